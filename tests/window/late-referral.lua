-- late-referral: the window tests' case. Four decisions (one asks why, one is a drafting step),
-- accented names, paragraphs, and three endings. All names of people and places are invented.
return scenario {
  id = "window-late-referral",
  title = "A late referral",
  version = "1.0.0",
  summary = "Police refer a family after a night-time call; decide what happens before morning.",
  minutes = 10,
  content_notes = {
    "Describes an assault between adults in a family home; no graphic detail.",
    "Mentions threats made in front of children.",
  },
  objectives = {
    "Partner with the protective parent before any decision about the children.",
    "Ask about lethality cues rather than only about the latest incident.",
    "Write a petition line that names his acts and her protective steps.",
  },
  jurisdiction = "A state where a child's exposure to domestic violence alone is not neglect.",
  start = "doorstep",

  roles = {
    role { id = "cps", name = "Child protective services investigator",
           brief = "You are the on-call investigator. Police called you at 23:40." },
    role { id = "dv", name = "Domestic violence advocate",
           brief = "You are the advocate on call for the police department tonight." },
  },

  state = { trust = 0, cues_asked = false, draft_score = 0 },

  scenes = {
    scene {
      id = "doorstep", phase = "removal",
      speaker = { cps = "Officer Dana Lindqvist", dv = "Inés Núñez" },
      text = {
        cps = "Officer Lindqvist meets you on the porch. José Ruiz left before the patrol car arrived; "
           .. "his partner, Inés Núñez, has a cut above her eye and is holding Zoë, who is four. "
           .. "Mateo, seven, is asleep upstairs.\n\n"
           .. "“She called us herself,” the officer says. “Second call this year. The screen scored it low.” "
           .. "Through the window you can see Ms. Núñez watching you, her arms tight around Zoë.",
        dv = "Inés Núñez meets you in the kitchen while the officers talk on the porch. She asks, very "
          .. "quietly, whether the investigator will take Zoë and Mateo tonight.\n\n"
          .. "“He said if I ever called again, I would lose them,” she says.",
      },
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "talk_privately", text = "Ask to speak with Ms. Núñez privately, away from the officers.",
          add = { trust = 1 }, go = "risk", rating = "recommended",
          feedback = "Speaking privately lets her say what is not safe to say in front of others, and "
                  .. "shows that she is a partner in keeping the children safe.",
          rationale = "Partner with the protective parent first (points 2, 7).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "remove_tonight", text = "Remove Zoë and Mateo tonight as a precaution.", roles = { "cps" },
          go = "ending_removed", rating = "harmful",
          feedback = "Nothing yet shows harm that only removal can prevent, and removal punishes the "
                  .. "parent who called for help.",
          rationale = "Exposure alone is not neglect; removal is a last resort (points 1, 2).",
          tags = { "child_safety", "reasonable_efforts" },
        },
        choice {
          id = "wait_officer", text = "Wait for the officer to decide whether to arrest Mr. Ruiz.",
          go = "risk", rating = "concerning",
          feedback = "Waiting hands the decision to a system with a different mandate.",
          rationale = "Each system owns its part of the assessment (point 4).",
          tags = { "collaboration" },
        },
      },
    },

    scene {
      id = "risk", phase = "removal",
      text = "Ms. Núñez sits at the kitchen table. Zoë has fallen asleep against her shoulder.\n\n"
          .. "She tells you Mr. Ruiz keeps a handgun in the car, and that tonight he put his hands "
          .. "around her neck before the children came downstairs.",
      choices = {
        choice {
          id = "ask_cues", text = "Ask about the gun, the strangulation and any threats, and plan from what she says.",
          set = { cues_asked = true }, go = "petition", rating = "recommended",
          feedback = "Gun access and strangulation are among the strongest lethality cues; asking about "
                  .. "them is how the plan starts.",
          rationale = "Weigh real lethality cues (point 5).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "ask_witness", text = "Ask whether the children saw the assault.",
          go = "petition", rating = "acceptable",
          feedback = "Worth knowing, but whether the children saw it says little about the danger he poses.",
          rationale = "Assess his pattern, not only what the children saw (point 4).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "tell_leave", text = "Tell her she must leave him tonight or the children will be removed.",
          go = "petition", rating = "harmful",
          feedback = "An ultimatum makes her responsible for his violence and can raise the danger.",
          rationale = "Partner with her; intervene with him (points 2, 3).",
          tags = { "survivor_partnership" },
        },
      },
    },

    scene {
      id = "petition", phase = "petition",
      text = "Your supervisor asks for the key lines of the petition by nine in the morning.",
      compose = {
        prompt = "Choose and order the sentences for the petition.",
        clauses = {
          clause { id = "his_acts", text = "Mr. Ruiz strangled Ms. Núñez in the family home on the night of the call." },
          clause { id = "her_steps", text = "Ms. Núñez called the police and kept the children upstairs, away from him." },
          clause { id = "failed", text = "The mother failed to protect the children from the violence." },
          clause { id = "shelter", text = "Ms. Núñez and the children are staying at the Alder Street shelter." },
          clause { id = "relief", text = "The petition asks for an order excluding Mr. Ruiz from the home." },
        },
        min = 2, max = 4, own_text = true,
        score_var = "draft_score",
        rubric = function(draft)
          local score, flags, missing, has = 0, {}, {}, {}
          for _, id in ipairs(draft.clauses) do
            has[id] = true
            if id == "his_acts" or id == "her_steps" or id == "relief" then score = score + 1 end
            if id == "failed" then flags[#flags + 1] = "“failed to protect” blames the parent who called for help" end
            if id == "shelter" then flags[#flags + 1] = "the shelter's location may reach him through the petition" end
          end
          if not has.his_acts then missing[#missing + 1] = "his specific acts" end
          if not has.her_steps then missing[#missing + 1] = "her protective steps" end
          local rating = "concerning"
          if #flags == 0 and score == 3 then rating = "recommended"
          elseif #flags == 0 and score == 2 then rating = "acceptable"
          elseif #flags > 1 then rating = "harmful" end
          return { score = score, max = 3, rating = rating, flags = flags, missing = missing,
                   feedback = "A strong petition names his acts, her protective steps and relief aimed at him." }
        end,
        rationale = "Attribute harm to him, describe her protective efforts, keep her location out (points 13, 14, 17).",
        tags = { "documentation" },
      },
      go = "hearing",
    },

    scene {
      id = "hearing", phase = "court",
      speaker = "Counsel for Mr. Ruiz",
      text = "At the hearing, Mr. Ruiz's lawyer asks you where Ms. Núñez and the children are staying, "
          .. "“so that my client can arrange his visits.”",
      choices = {
        choice {
          id = "decline", text = "Say that her address is confidential and ask the court to arrange visits through the agency.",
          go = {
            { "ending_home", when = function(s) return s.draft_score >= 3 end },
            { "ending_thin" },
          },
          rating = "recommended",
          feedback = "Her location is identifying information; visits can be arranged without it.",
          rationale = "Keep the survivor's location out of his reach (points 12, 17).",
          tags = { "confidentiality" },
        },
        choice {
          id = "answer", text = "Give the address so the visits can be planned.",
          go = "ending_thin", rating = "harmful",
          feedback = "Telling his lawyer where she is tells him.",
          rationale = "Location is identifying information (point 12).",
          tags = { "confidentiality" },
        },
      },
    },

    ending { id = "ending_home", title = "Home, with an order and a plan", classification = "positive",
             text = "The court grants an order excluding Mr. Ruiz from the home. Zoë and Mateo stay with "
                 .. "their mother, and the advocate meets her again on Monday." },
    ending { id = "ending_thin", title = "Home, on a thin record", classification = "mixed",
             text = "The children stay home, but the petition will not help Ms. Núñez when Mr. Ruiz's "
                 .. "lawyer reads it." },
    ending { id = "ending_removed", title = "A night with strangers", classification = "negative",
             text = "Zoë and Mateo spend the night in an emergency placement. Ms. Núñez does not call the "
                 .. "police the next time." },
  },
}
