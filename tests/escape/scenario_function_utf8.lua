-- Threat 22: a text function returns half a UTF-8 character; the session refuses it when it is
-- produced, naming the file and the scene.
return scenario {
  id = "function-utf8", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  scenes = {
    scene { id = "one", phase = "p", text = function(s, role) return "caf\xC3" end,
      choices = { choice { id = "a", text = "A", go = "end", rating = "recommended",
                           feedback = "f", rationale = "r", tags = { "child_safety" } } } },
    ending { id = "end", title = "End", classification = "mixed", text = "Done." },
  },
}
