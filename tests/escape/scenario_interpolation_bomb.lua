-- Threat 19: 5,000 references to a 255-byte state value in a 25 KB text would fill in to 1.2 MB.
return scenario {
  id = "interpolation", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  state = { label = ("z"):rep(255) },
  scenes = {
    scene { id = "one", phase = "p", text = ("${label}"):rep(5000),
      choices = { choice { id = "a", text = "A", go = "end", rating = "recommended", feedback = "f",
                           rationale = "r", tags = { "child_safety" } } } },
    ending { id = "end", title = "End", classification = "mixed", text = "Done." },
  },
}
