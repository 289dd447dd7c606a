-- Threats 22 and 4: 300 choices in one scene; records, the vote table and the players have room
-- for 16, so loading refuses the scene.
local choices = {}
for i = 1, 300 do
  choices[i] = choice { id = "c" .. i, text = "C", go = "end", rating = "recommended",
                        feedback = "f", rationale = "r", tags = { "child_safety" } }
end
return scenario {
  id = "many-choices", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  scenes = {
    scene { id = "one", phase = "p", text = "x", choices = choices },
    ending { id = "end", title = "End", classification = "mixed", text = "Done." },
  },
}
