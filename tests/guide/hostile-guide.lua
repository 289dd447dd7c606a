-- hostile-guide.lua — a scenario whose every text a facilitator guide prints tries to become
-- markup: a script, an attribute break-out, an entity, and a terminal escape.
local tag = "<script>alert(1)</script>"
local attr = "\"><img src=x onerror=alert(2)>"

return scenario {
  id = "hostile-guide",
  title = "Guide " .. tag,
  version = "1.0" .. attr,
  summary = "Summary " .. tag .. " &amp; \27]0;owned\7",
  minutes = 5,
  content_notes = { "Note " .. attr },
  objectives = { "Objective " .. tag },
  jurisdiction = "Setting " .. attr,
  start = "door",
  roles = {
    role { id = "cps", name = "CPS " .. tag, brief = "Brief " .. attr },
    role { id = "dv", name = "DV " .. attr, brief = "Brief " .. tag },
  },
  state = { released = false },
  confidential = {
    secret { id = "said", holder = "dv", released_when = "released", text = "Secret " .. tag },
  },
  scenes = {
    scene {
      id = "door", phase = "phase " .. tag,
      text = { cps = "For CPS " .. tag, dv = "For DV " .. attr },
      reveal = { "said" },
      discussion = "Discuss " .. tag,
      choices = {
        choice { id = "a", text = "Talk " .. tag, go = "end", rating = "recommended",
                 feedback = "Good " .. tag, rationale = "Partner first (points 2, 7).",
                 tags = { "survivor_partnership" } },
        choice { id = "b", text = "Remove " .. attr, roles = { "cps" }, go = "end",
                 rating = "harmful", feedback = "No " .. attr,
                 rationale = "A last resort (points 1–3).", tags = { "child_safety" } },
      },
    },
    ending { id = "end", title = "End " .. tag, classification = "mixed", text = "Done " .. tag },
  },
}
