-- Threat 19: one 60 KB string, referenced by 16 choices of one scene table that the scene list
-- names 1,999 times: a few KB of file and of Lua memory, but 1.9 GB if the loader copied every
-- reference. The loader counts what it copies and stops at its cap.
local long = ("x"):rep(60000)
local choices = {}
for i = 1, 16 do
  choices[i] = choice { id = "c" .. i, text = long, go = "end", rating = "recommended",
                        feedback = long, rationale = long, tags = { "child_safety" } }
end
local one = scene { id = "one", phase = "p", text = long, choices = choices }
local scenes = {}
for i = 1, 1999 do scenes[i] = one end
scenes[2000] = ending { id = "end", title = "End", classification = "mixed", text = "Done." }
return scenario {
  id = "shared-string", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  scenes = scenes,
}
