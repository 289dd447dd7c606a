-- hostile.lua — a scenario whose every text tries to drive the terminal: OSC 0 (window title),
-- OSC 52 (clipboard), CSI 6n (a device query whose answer lands in standard input), CSI 2K (erase
-- line), CSI 8m (hidden text), C1 CSI and OSC (U+009B, U+009D), a bare carriage return, BEL, and
-- newlines inside one-line fields. Ids cannot hold any of these (the loader refuses them).
local title = "\27]0;owned\7"
local clip = "\27]52;c;cm0gLXJmIH4=\7"
local query = "\27[6n"
local erase = "\r\27[2K"
local hidden = "\27[8mhidden"
local c1 = "\u{9b}31m\u{9d}0;c1\u{9c}"

return scenario {
  id = "hostile",
  title = "Hostile " .. title .. "title",
  version = "1.0" .. query,
  summary = "Summary " .. clip .. " clipboard",
  minutes = 5,
  content_notes = { "Note " .. erase .. " erased", "Note " .. c1 .. " c1" },
  objectives = { "Objective " .. hidden },
  jurisdiction = "Setting \7 bell",
  start = "door",

  roles = {
    role { id = "cps", name = "CPS " .. title .. "\nfake line", brief = "Brief " .. query },
    role { id = "dv", name = "DV " .. c1, brief = "Brief " .. hidden },
  },

  state = { note = "state" .. title },

  scenes = {
    scene {
      id = "door", phase = "phase\nfake line " .. query,
      speaker = "Speaker " .. erase,
      text = function(s, role) return "Text from a function " .. clip .. " " .. title end,
      discussion = "Discuss " .. hidden,
      reason = "Why " .. query .. "\nfake prompt",
      choices = {
        choice {
          id = "talk", text = "Talk " .. title .. " ${note}",
          go = "draft", rating = "recommended",
          feedback = "Feedback " .. erase .. " " .. c1,
          rationale = "Rationale " .. clip,
          tags = { "survivor_partnership" },
        },
        choice {
          id = "leave", text = function(s, role) return "Leave " .. hidden .. "\r" end,
          go = "ending_bad", rating = "harmful",
          feedback = "Leaving " .. query,
          rationale = "Rationale " .. c1,
          tags = { "child_safety" },
        },
      },
    },
    scene {
      id = "draft", phase = "petition " .. c1,
      text = "Draft " .. hidden,
      compose = {
        prompt = "Prompt " .. title,
        clauses = {
          clause { id = "one", text = "Clause " .. erase },
          clause { id = "two", text = "Clause " .. c1 },
        },
        min = 1, max = 2, own_text = false,
        rubric = function(draft, s, role)
          return { score = 1, max = 2, rating = "acceptable",
                   flags = { "flag " .. title .. "\nfake flag" },
                   missing = { "missing " .. clip },
                   feedback = "Rubric feedback " .. query .. " " .. c1 }
        end,
        rationale = "Rationale " .. hidden,
        tags = { "documentation" },
      },
      go = "ending_good",
    },
    ending { id = "ending_good", title = "Good " .. title .. "\nfake ending", classification = "positive",
             text = "Ending " .. erase .. " " .. c1 },
    ending { id = "ending_bad", title = "Bad " .. clip, classification = "negative",
             text = function(s, role) return "Bad ending " .. query end },
  },
}
