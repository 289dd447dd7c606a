-- Threat 19: a 1 MB string referenced by every choice of 1,999 scenes: one copy is already over
-- the length a text may have, so loading stops at the first.
local huge = ("y"):rep(1000000)
local choices = {}
for i = 1, 16 do
  choices[i] = choice { id = "c" .. i, text = huge, go = "end", rating = "recommended",
                        feedback = "f", rationale = "r", tags = { "child_safety" } }
end
local one = scene { id = "one", phase = "p", text = "x", choices = choices }
local scenes = {}
for i = 1, 1999 do scenes[i] = one end
scenes[2000] = ending { id = "end", title = "End", classification = "mixed", text = "Done." }
return scenario {
  id = "big-string", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  scenes = scenes,
}
