-- Threat 22: 64 clauses of 20 KB each; a draft of all of them would be a record line of more
-- than 1 MiB, which the record reader refuses. Loading says so instead.
local clauses = {}
for i = 1, 64 do clauses[i] = clause { id = "k" .. i, text = ("w"):rep(20000) } end
return scenario {
  id = "long-line", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  scenes = {
    scene { id = "one", phase = "p", text = "x", go = "end",
      compose = { prompt = "Draft.", clauses = clauses, min = 1, max = 64, rationale = "r",
                  tags = { "child_safety" },
                  rubric = function() return { score = 1, max = 1, rating = "recommended", feedback = "f" } end } },
    ending { id = "end", title = "End", classification = "mixed", text = "Done." },
  },
}
