-- Threat 19: five different 60 KB confidential items revealed by one scene: each text is within
-- its cap, but the scene would show 300 KB at once.
local items, reveal = {}, {}
for i = 1, 5 do
  items[i] = secret { id = "note" .. i, holder = "dv", text = ("n"):rep(60000) }
  reveal[i] = "note" .. i
end
return scenario {
  id = "reveal-long", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  confidential = items,
  scenes = {
    scene { id = "one", phase = "p", text = "x", reveal = reveal,
      choices = { choice { id = "a", text = "A", go = "end", rating = "recommended",
                           feedback = "f", rationale = "r", tags = { "child_safety" } } } },
    ending { id = "end", title = "End", classification = "mixed", text = "Done." },
  },
}
