-- workshop-room: a short case for the workshop tests. Two choice decisions with discussion
-- prompts (the second meant to be tied by the tests' votes), one drafting step, two endings.
--
-- All names are invented.
return scenario {
  id = "workshop-room",
  title = "Workshop fixture: the note from the clinic",
  version = "1.0.0",
  summary = "A clinic nurse's note about a mother and her baby; used by the workshop tests.",
  minutes = 10,
  content_notes = { "Mentions a partner's threats and a bruise; no details." },
  objectives = { "Plan a first contact that keeps the survivor safe." },
  start = "note",

  roles = {
    role { id = "cps", name = "Child protective services investigator",
           brief = "The clinic sent a note about baby Noor and her mother, Ms. Haddad." },
    role { id = "dv", name = "Domestic violence advocate",
           brief = "Ms. Haddad asked the clinic nurse to put her in touch with you." },
  },

  state = { score = 0 },

  scenes = {
    scene {
      id = "note", phase = "intake",
      text = {
        cps = "The nurse saw a bruise on Ms. Haddad's arm at Noor's check-up. Ms. Haddad said her partner grabbed her and that she is afraid to go home tonight.",
        dv = "Ms. Haddad says her partner grabbed her this morning. She is at the clinic with Noor and does not want to go home tonight.",
      },
      discussion = "What does each of us need to know before anyone calls the home?",
      choices = {
        choice {
          id = "safe_call", text = "Talk with Ms. Haddad at the clinic, where it is safe to speak.",
          go = "plan", rating = "recommended",
          feedback = "Meeting her where it is safe lets her say what she needs and shows her protective steps.",
          rationale = "Partner with the protective parent first.",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "call_home", text = "Phone the home to hear the partner's side.",
          go = "plan", rating = "harmful",
          feedback = "Calling the home tells him she has spoken, and raises the danger to her.",
          rationale = "Contact with the perpetrator waits for a safety plan.",
          tags = { "risk_assessment" },
        },
        choice {
          id = "wait", text = "Wait for a second report before doing anything.",
          go = "plan", rating = "concerning",
          feedback = "She asked for help today; waiting leaves her without a plan tonight.",
          rationale = "A request for help is a window to act on.",
          tags = { "collaboration" },
        },
      },
    },

    scene {
      id = "plan", phase = "safety plan",
      text = "Ms. Haddad agrees to talk. She asks who will be told what she says.",
      discussion = "Who needs to hear what, and what must stay with her?",
      choices = {
        choice {
          id = "explain_limits", text = "Explain plainly what each of you must share and what stays private.",
          go = "draft", add = { score = 1 }, rating = "recommended",
          feedback = "Knowing the limits of confidentiality lets her choose what to say.",
          rationale = "Be open about what each system must share.",
          tags = { "confidentiality" },
        },
        choice {
          id = "promise", text = "Promise her that nothing she says will go further.",
          go = "draft", rating = "concerning",
          feedback = "A promise you cannot keep costs her trust when it breaks.",
          rationale = "Never promise confidentiality you cannot give.",
          tags = { "confidentiality" },
        },
        choice {
          id = "joint", text = "Ask her partner to join the conversation.",
          go = "draft", rating = "harmful",
          feedback = "Her safety plan must never be discussed in front of him.",
          rationale = "Safety planning stays out of joint meetings.",
          tags = { "risk_assessment" },
        },
      },
    },

    scene {
      id = "draft", phase = "case note",
      text = "Write the case note.",
      compose = {
        prompt = "Choose and order the sentences for the note.",
        clauses = {
          clause { id = "his_act", text = "Her partner grabbed Ms. Haddad this morning." },
          clause { id = "her_steps", text = "Ms. Haddad sought help at the clinic and is making a plan for tonight." },
          clause { id = "blame", text = "The mother exposed the baby to violence." },
        },
        min = 1, max = 3, own_text = true,
        rubric = function(draft, s, role)
          local good, flags, missing = 0, {}, {}
          for _, id in ipairs(draft.clauses) do
            if id == "his_act" or id == "her_steps" then good = good + 1 end
            if id == "blame" then flags[#flags + 1] = "exposed the baby" end
          end
          if good < 2 then missing[#missing + 1] = "his act and her protective steps" end
          local rating = (#flags == 0 and good == 2) and "recommended" or "concerning"
          return { score = good, max = 2, rating = rating, flags = flags, missing = missing,
                   feedback = "A good note names his act and her protective steps." }
        end,
        rationale = "Attribute harm to the person who caused it.",
        tags = { "documentation" },
      },
      go = {
        { "ending_plan", when = function(s) return s.score >= 1 end },
        { "ending_unsure" },
      },
    },

    ending { id = "ending_plan", title = "A plan she trusts", classification = "positive",
             text = "Ms. Haddad and Noor spend the night with her sister, with a plan both workers know." },
    ending { id = "ending_unsure", title = "A plan on thin ice", classification = "mixed",
             text = "Ms. Haddad has a plan, but she is unsure whom she can tell." },
  },
}
