-- Threat 22: a choice text in Latin-1 ("café" with a lone 0xE9 byte) is not UTF-8.
return scenario {
  id = "latin1", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  scenes = {
    scene { id = "one", phase = "p", text = "x",
      choices = { choice { id = "a", text = "Meet at the caf\xE9", go = "end", rating = "recommended",
                           feedback = "f", rationale = "r", tags = { "child_safety" } } } },
    ending { id = "end", title = "End", classification = "mixed", text = "Done." },
  },
}
