-- report-fixture: a short case for the report tests. Three decisions (one a drafting step), a
-- choice only one role is offered, discussion prompts, a reason asked, and three endings, so that
-- a handful of scripted sessions give counts that can be worked out by hand.
--
-- All names are invented.
return scenario {
  id = "report-fixture",
  title = "Report fixture: a call from the school",
  version = "1.0.0",
  summary = "A school counsellor's call about two children; used by the report tests.",
  minutes = 5,
  content_notes = { "Mentions threats between adults; no details." },
  objectives = { "Weigh a survivor's protective efforts before deciding." },
  start = "referral",

  roles = {
    role { id = "cps", name = "Child protective services investigator",
           brief = "A school counsellor called the hotline about Mia and Leo." },
    role { id = "dv", name = "Domestic violence advocate",
           brief = "Ms. Reyes called your hotline from the school car park." },
  },

  state = { trust = 0, draft_score = 0 },

  scenes = {
    scene {
      id = "referral", phase = "removal",
      speaker = { cps = "The counsellor", dv = "Ms. Reyes" },
      text = {
        cps = "Mia told the counsellor her father shouted that he would hurt her mother. Their mother picked the children up early and asked the school to keep them safe until then.",
        dv = "Ms. Reyes says her husband threatened her last night. She kept the children at school today and is afraid a report will make things worse.",
      },
      discussion = "What does each system need to know before anyone goes to the house?",
      reason = "What made you choose this?",
      choices = {
        choice {
          id = "call_first", text = "Call Ms. Reyes to arrange a safe time and place to talk.",
          add = { trust = 1 }, go = "meeting",
          rating = "recommended",
          feedback = "A planned, safe contact lets her speak freely and shows her protective steps.",
          rationale = "Partner with the protective parent first and note her efforts (points 2, 7).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "visit_now", text = "Go to the home unannounced this evening.",
          go = "meeting",
          rating = "concerning",
          feedback = "An unannounced visit may meet Mr. Reyes at the door and raise the danger to her.",
          rationale = "Threats to kill are a lethality cue to weigh before any contact (point 5).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "place_now", text = "Ask for an emergency placement of the children tonight.",
          roles = { "cps" }, go = "ending_placed",
          rating = "harmful",
          feedback = "Nothing yet shows a harm that only removal can prevent.",
          rationale = "Exposure alone is not neglect; removal is a last resort (points 1, 2).",
          tags = { "child_safety", "reasonable_efforts" },
        },
      },
    },

    scene {
      id = "meeting", phase = "family meeting",
      text = "Both parents have asked to talk about the children's safety.",
      discussion = "Who should be in the room, and who should not?",
      choices = {
        choice {
          id = "separate", text = "Meet each parent separately first.",
          go = "draft",
          rating = "recommended",
          feedback = "Separate meetings let her speak about safety without him present.",
          rationale = "Meet each parent separately before any joint meeting (point 8).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "joint", text = "Hold one joint meeting with both parents.",
          go = "draft",
          rating = "harmful",
          feedback = "A joint meeting puts her safety plan in front of the man she fears.",
          rationale = "Safety planning stays out of joint meetings (points 8, 9).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "share_plan", text = "Share her safety plan with the whole team, father included.",
          go = "draft",
          rating = "harmful",
          feedback = "Her plan and whereabouts must never reach him.",
          rationale = "Her location never comes up in front of the perpetrator (point 12).",
          tags = { "confidentiality" },
        },
      },
    },

    scene {
      id = "draft", phase = "petition",
      text = "Draft the summary for the case file.",
      compose = {
        prompt = "Choose and order the sentences for the summary.",
        clauses = {
          clause { id = "his_threats", text = "Mr. Reyes threatened to hurt Ms. Reyes in front of Mia." },
          clause { id = "her_steps", text = "Ms. Reyes asked the school to keep the children safe and called the hotline." },
          clause { id = "failed", text = "The mother failed to protect the children from violence." },
        },
        min = 1, max = 3, own_text = true,
        score_var = "draft_score",
        rubric = function(draft, s, role)
          local score, flags, missing = 0, {}, {}
          for _, id in ipairs(draft.clauses) do
            if id == "his_threats" or id == "her_steps" then score = score + 1 end
            if id == "failed" then flags[#flags + 1] = "failed to protect" end
          end
          if score < 2 then missing[#missing + 1] = "both his threats and her protective steps" end
          local rating = "concerning"
          if #flags == 0 and score == 2 then rating = "recommended"
          elseif #flags == 0 and score == 1 then rating = "acceptable" end
          return { score = score, max = 2, rating = rating, flags = flags, missing = missing,
                   feedback = "A good summary names his threats and her protective steps." }
        end,
        rationale = "Attribute harm to his behaviour; describe her protective efforts (points 13, 14).",
        tags = { "documentation" },
      },
      go = {
        { "ending_home", when = function(s) return s.draft_score >= 2 end },
        { "ending_thin" },
      },
    },

    ending { id = "ending_home", title = "Home, with a plan", classification = "positive",
             text = "The children stay with their mother, with a safety plan and an order against him." },
    ending { id = "ending_thin", title = "Home, on a thin file", classification = "mixed",
             text = "The children stay home, but the file will not help her in court." },
    ending { id = "ending_placed", title = "Placed tonight", classification = "negative",
             text = "Mia and Leo spend the night with strangers." },
  },
}
