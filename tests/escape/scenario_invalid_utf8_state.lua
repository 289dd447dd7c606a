-- Threat 22: a state label holding a UTF-16 surrogate encoded as UTF-8 (not valid UTF-8).
return scenario {
  id = "surrogate", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  state = { label = "\xED\xA0\x80" },
  scenes = {
    scene { id = "one", phase = "p", text = "x",
      choices = { choice { id = "a", text = "A", go = "end", rating = "recommended",
                           feedback = "f", rationale = "r", tags = { "child_safety" } } } },
    ending { id = "end", title = "End", classification = "mixed", text = "Done." },
  },
}
