-- Threats 22 and 4: 300 clauses in one drafting step; a draft holds at most 64.
local clauses = {}
for i = 1, 300 do clauses[i] = clause { id = "k" .. i, text = "Clause." } end
return scenario {
  id = "many-clauses", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  scenes = {
    scene { id = "one", phase = "p", text = "x", go = "end",
      compose = { prompt = "Draft.", clauses = clauses, min = 1, max = 300, rationale = "r",
                  tags = { "child_safety" },
                  rubric = function() return { score = 1, max = 1, rating = "recommended", feedback = "f" } end } },
    ending { id = "end", title = "End", classification = "mixed", text = "Done." },
  },
}
