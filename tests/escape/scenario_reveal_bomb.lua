-- Threat 19: one confidential item revealed 2,000 times by one scene: a few KB of file, but a
-- 120 MB text each time the scene is shown (and a record line with one key 2,000 times).
local reveal = {}
for i = 1, 2000 do reveal[i] = "note" end
return scenario {
  id = "reveal-bomb", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  confidential = { secret { id = "note", holder = "dv", text = ("n"):rep(60000) } },
  scenes = {
    scene { id = "one", phase = "p", text = "x", reveal = reveal,
      choices = { choice { id = "a", text = "A", go = "end", rating = "recommended",
                           feedback = "f", rationale = "r", tags = { "child_safety" } } } },
    ending { id = "end", title = "End", classification = "mixed", text = "Done." },
  },
}
