-- functions.lua — a scenario whose written text is clean but whose functions give text that
-- would drive a terminal: check finds it only by playing every path.
return scenario {
  id = "functions",
  title = "Clean on paper",
  version = "1.0",
  summary = "Every string in the file is plain; the functions are not.",
  minutes = 5,
  start = "door",
  roles = {
    role { id = "cps", name = "Investigator" },
    role { id = "dv", name = "Advocate" },
  },
  state = { knocked = false },
  scenes = {
    scene {
      id = "door", phase = "removal",
      text = function(s, role) return "The door opens. " .. string.char(27) .. "]52;c;cm0gLXJmIH4=" .. string.char(7) end,
      choices = {
        choice {
          id = "knock", text = "Knock again.", set = { knocked = true },
          go = "draft", rating = "recommended",
          feedback = "Patience.", rationale = "Point 2.", tags = { "survivor_partnership" },
        },
      },
    },
    scene {
      id = "draft", phase = "petition",
      text = "Draft a line.",
      compose = {
        prompt = "Choose.",
        clauses = { clause { id = "one", text = "A plain clause." } },
        min = 1, max = 1,
        rubric = function(draft, s, role)
          return { score = 1, max = 1, rating = "recommended",
                   flags = { "plain then " .. utf8.char(0x9b) .. "2J" }, missing = {},
                   feedback = "Fine." }
        end,
        rationale = "Point 13.", tags = { "documentation" },
      },
      go = "end",
    },
    ending { id = "end", title = "The end", classification = "positive",
             text = function(s, role) return "Over.\rOverwritten" end },
  },
}
