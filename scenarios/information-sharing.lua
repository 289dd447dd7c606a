-- Confidentiality and information sharing with a co-located advocate (practice points 18-21).
-- The Delgado-Salas family is fictional; so are Ashcombe County, the Tallowfield Advocacy
-- Project, Tern Lake and every person named here.

-- ---- helpers ------------------------------------------------------------------------------

-- Every condition the good ending needs, in one place so the routes and the debrief agree.
local function all_kept(s)
  return s.three_way and s.release_signed and s.release_quality >= 6 and not s.rel_location
     and s.note_score >= 5 and s.trust >= 3 and s.strain == 0
     and not s.report_problem and not s.child_conf_broken
end

-- The routes that close the case, tried in order. `first` (optional) is tried before them.
local function closing(first)
  local r = {}
  if first then r[#r + 1] = first end
  r[#r + 1] = { "ending_reaches_victor",
                when = function(s) return s.leaked or s.victor_knows or s.note_score == 0 end }
  r[#r + 1] = { "ending_price_of_help",
                when = function(s) return s.conditioned or (s.release_signed and s.release_quality == 0) end }
  r[#r + 1] = { "ending_trust_kept", when = all_kept }
  r[#r + 1] = { "ending_child_cost",
                when = function(s) return s.report_problem or s.child_conf_broken end }
  r[#r + 1] = { "ending_partial" }
  return r
end

local function has(list, id)
  for _, v in ipairs(list) do if v == id then return true end end
  return false
end

return scenario {
  id = "information-sharing",
  title = "Down the hall: what the advocate knows",
  version = "1.0.0",
  summary = "A CPS investigator and a co-located DV advocate share a building and a family; "
         .. "what may pass between them, when, and on whose say-so.",
  minutes = 22,
  license = "CC-BY-4.0",
  content_notes = {
    "Domestic violence between adults, including a past choking, mentioned briefly and without detail.",
    "A handgun in the home and a threat to a mother about her children.",
    "A nine-year-old tells an adult she was hit with a belt; a bruise is mentioned, not described.",
  },
  objectives = {
    "Say what a VAWA/FVPSA-funded advocate may and may not share without a written, informed, time-limited release, and why a release can never be a condition of service.",
    "Recognise that co-location, a team confidentiality agreement or another agency's release does not stand in for the survivor's own release to your agency.",
    "Act on a child's reportable disclosure through the proper channel while keeping the child's feelings and safety plan confidential.",
    "Respond to a subpoena without treating it as a court order.",
    "Use what can be shared without a release: general dynamics, service information, aggregate figures and a three-way meeting where the survivor speaks for herself.",
    "Build or read a release: recipient, scope, time limit, revocation, written signature, and voluntariness.",
  },
  jurisdiction = "A state where domestic violence advocates are mandated reporters of child abuse, "
              .. "where the DV program is funded under VAWA and FVPSA and bound by their confidentiality "
              .. "rules, where a subpoena signed by an attorney is not a court order, and where a child's "
              .. "exposure to domestic violence is not, by itself, neglect.",
  start = "the_ask",

  roles = {
    role {
      id = "cps", name = "CPS investigator (co-located office)",
      brief = "You are Marisa Kowal, an investigator with Ashcombe County Children's Services. Three weeks ago police "
           .. "sent you a referral about a shove in the Delgado-Salas home, and the assessment is yours. "
           .. "Since last spring Joy Amadi, an advocate from the Tallowfield Advocacy Project, a community "
           .. "domestic violence program, has had an office down your hall; you referred Carmen Delgado to her. "
           .. "You play one week of the case and the weeks after it.",
    },
    role {
      id = "dv", name = "DV advocate (co-located)",
      brief = "You are Joy Amadi, an advocate with the Tallowfield Advocacy Project, a domestic violence program funded "
           .. "under VAWA and FVPSA, with an office inside the Ashcombe County Children's Services "
           .. "building. You also co-lead the program's Wednesday children's group. Carmen Delgado came to "
           .. "you on a CPS referral; what she tells you is hers. In this state you are a mandated reporter "
           .. "of child abuse, and you tell every client so at the first visit. You play one week of the "
           .. "case and the weeks after it.",
    },
  },

  state = {
    trust = 3,                 -- Carmen's trust in the people around this case
    strain = 0,                -- avoidable damage to the collaboration or to Carmen's standing
    leaked = false,            -- identifying information moved without a valid release
    victor_knows = false,      -- something confidential reached Victor or his lawyer
    conditioned = false,       -- a release was made the price of help, or pressed on her
    report_problem = false,    -- the mandated report was late or left to the parent
    child_conf_broken = false, -- Sofía's feelings or safety plan left the group
    three_way = false,         -- Carmen met CPS with her advocate beside her
    release_signed = false,
    rel_risk = false,          -- the release covers the risk history
    rel_steps = false,         -- the release covers her protective steps
    rel_location = false,      -- the release (wrongly) covers where she will live
    release_quality = 0,       -- 0-6, from the advocate's drafting step (6 when CPS plays)
    note_score = 5,            -- 0-5, from the investigator's drafting step (0 = unsafe)
    how1 = "",                 -- what happened on Monday
    how3 = "",                 -- what happened on Wednesday
  },

  confidential = {
    secret {
      id = "risk_history", holder = "dv", released_when = "rel_risk",
      text = "Joy Amadi's notes of Monday's meeting, in Carmen's words: last April Victor choked her during "
          .. "an argument about money; for days afterwards it hurt to swallow, and she told no one. He keeps "
          .. "a handgun in the cab of his truck and brings it into the bedroom closet when he is home. In "
          .. "February he told her that if she ever took Mateo she would 'never see either of them again.' "
          .. "The danger assessment she and Joy completed together fell in the highest range.",
      withheld = "Joy's notes of her meetings with Carmen are confidential. Without a written release from "
              .. "Carmen that names CPS, you will not see them, and Joy will not confirm or deny what they hold.",
    },
    secret {
      id = "protective_steps", holder = "dv", released_when = "rel_steps",
      text = "Joy's notes, Carmen's protective steps: when Victor comes home from a run in a bad mood she "
          .. "takes the children to her sister's for the night; when he is home she sleeps in the "
          .. "children's room; she changed the school and daycare pickup lists to herself and her sister; "
          .. "she has met Joy every week since the referral and asked how protective orders work.",
      withheld = "What Carmen has done to keep herself and the children safe, as she has told it to Joy, is "
              .. "held in confidence until she signs a release that covers it.",
    },
    secret {
      id = "move_plan", holder = "dv", released_when = "rel_location",
      text = "Carmen's plan, as she told Joy: when Victor leaves on his next long run, on the 21st, she will "
          .. "move with the children into the apartment on Heron Street in Tern Lake that her sister Lucía "
          .. "rented in the spring, and move Sofía to the school two blocks away. Victor has never been "
          .. "there and does not know the address.",
      withheld = "Any plan Carmen has made for where she and the children will live is held by her advocate "
              .. "and is not covered by anything you hold.",
    },
    secret {
      id = "sofia_group", holder = "dv", released_when = "child_conf_broken",
      text = "What Sofía said in group beyond the belt: she thinks it happened because she was careless, and "
          .. "that if she tells anyone else Mateo will lose his dad and it will be her fault. Her own safety "
          .. "plan, made in group last week: if the shouting starts, she takes Mateo into her room, pushes "
          .. "the beanbag against the door and calls Aunt Lucía on the tablet.",
      withheld = "What Sofía says in the children's group - her feelings, her worries, the safety plan she made "
              .. "there - stays in the group. Only what the law required to be reported has come to you.",
    },
  },

  scenes = {

    -- 1 ------------------------------------------------------------------------------------
    scene {
      id = "the_ask", phase = "information sharing",
      speaker = { cps = "Your office", dv = "Marisa Kowal, CPS investigator" },
      text = {
        cps = [[Monday, 3:15 p.m. Carmen Delgado left Joy Amadi's office ten minutes ago. She walked past your door with her eyes down.

Your file is thin. Three weeks ago a neighbour called police to the Delgado-Salas apartment. Officers found a fresh bruise on Carmen's upper arm; she said Victor Salas had shoved her into a door frame. Victor had already driven off. Sofía, 9, and Mateo, 3, were in the bedroom. No arrest, no prior record. At your first visit Carmen, who manages the cafeteria at Sofía's school, was polite and said almost nothing.

Your safety assessment is due Friday. Victor, a long-haul driver, left Sunday on a run and is due back Friday night. You do not know whether there is a gun in the home.

Joy's door is open.]],
        dv = [[Monday, 3:15 p.m. Carmen Delgado has just left after an hour with you. She came on a referral from Marisa Kowal, the CPS investigator down the hall. At the start you told her what stays between you, and what you would have to report.

She talked more than she expected to. Your notes are below; you lock them in your drawer.

Marisa leans in your doorway. "Was that Carmen? What did she tell you? Is he still living there? Any guns? My safety assessment is due Friday and she gave me nothing." She means it; she is worried about two children.

Nobody else is in the hallway.]],
      },
      reveal = { "risk_history", "protective_steps" },
      discussion = "What does each of you need from the other this week, and what can actually move between you without Carmen's signature?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "ask_details", roles = { "cps" },
          text = "Ask Joy straight out whether Carmen mentioned a gun and whether Victor still lives there; the children's safety comes first.",
          set = { how1 = "ask_details" }, add = { strain = 1 }, go = "team_huddle",
          rating = "concerning",
          feedback = "Joy cannot answer without Carmen's written release, so the question only puts her in a bind. Asking what she can share in general would have got you further.",
          rationale = "A federally funded DV program may not share personally identifying information without an informed, written, time-limited release, and co-location does not change that (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "intake_release", roles = { "dv" },
          text = "Tell Marisa not to worry: you will add a CPS release to Carmen's paperwork at her next visit, so the two of you can talk freely.",
          set = { how1 = "intake_release", conditioned = true }, go = "team_huddle",
          rating = "harmful",
          feedback = "A release folded into routine paperwork is not freely chosen. Carmen's help from you can never depend on signing one, and she should decide whether CPS hears anything at all.",
          rationale = "A release may never be a condition of service, and it must be informed and voluntary (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "ask_general", roles = { "cps" },
          text = "Ask Joy what she can tell you without a release - what to watch for, what her program offers - and whether she would ask Carmen about meeting with you both.",
          set = { how1 = "ask_general" }, go = "team_huddle",
          rating = "recommended",
          feedback = "You asked for what Joy can give: general risk information, services, and a way for Carmen to speak for herself. That keeps Joy's door open to you and Carmen's to both of you.",
          rationale = "Without a release an advocate can still share general dynamics, service information and aggregate figures, and offer a three-way meeting (point 21); asking for that respects point 18.",
          tags = { "collaboration", "confidentiality" },
        },
        choice {
          id = "quick_facts", roles = { "dv" },
          text = "Close the door and give Marisa only the two facts that matter most for the children - the gun and the choking - and nothing else.",
          set = { how1 = "quick_facts", leaked = true }, go = "team_huddle",
          rating = "harmful",
          feedback = "However few, these are Carmen's words, shared without her release. Once they are in a CPS file they can reach Victor's lawyer, and Carmen will know where they came from.",
          rationale = "Sharing identifying information without a written release breaks the program's legal duty and the survivor's trust; CPS records can reach the perpetrator (points 18, 17).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "calendar", roles = { "cps" },
          text = "Before going to Joy, check the building's shared room calendar to see how often Carmen has met her, and note it in your file.",
          set = { how1 = "calendar", leaked = true }, go = "team_huddle",
          rating = "harmful",
          feedback = "Whether Carmen uses a DV program is itself identifying information. Taking it from a shared system and putting it in a file Victor's lawyer may read turns co-location into a leak.",
          rationale = "Co-location does not make the program's information CPS's; client status is personally identifying, and CPS records can reach the perpetrator (points 18, 19, 17).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "explain_offer", roles = { "dv" },
          text = "Tell Marisa you can't confirm or discuss any client without a written release; then offer general risk information, the program's services and last year's numbers, and to ask Carmen about a meeting with you both.",
          set = { how1 = "explain_offer" }, go = "team_huddle",
          rating = "recommended",
          feedback = "You held the line on Carmen's information and still gave Marisa something she can use. Offering a three-way meeting lets Carmen decide what CPS hears, in her own words.",
          rationale = "No identifying information without a written, time-limited release (point 18); general information, services and a three-way meeting are always available (point 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "own_interview", roles = { "cps" },
          text = "Leave Joy out of it and call Carmen to set up a second interview at the office on a day Victor is on the road.",
          set = { how1 = "own_interview" }, go = "team_huddle",
          rating = "acceptable",
          feedback = "Your own interview is yours to do, and timing it while Victor is away is careful. You miss the general guidance and the joint meeting Joy could have offered.",
          rationale = "CPS keeps its own mandate to assess; point 21 describes what the advocate could have added without a release.",
          tags = { "child_safety", "collaboration" },
        },
        choice {
          id = "close_door", roles = { "dv" },
          text = "Tell Marisa you can't talk about clients, and turn back to your desk.",
          set = { how1 = "close_door" }, go = "team_huddle",
          rating = "acceptable",
          feedback = "Carmen's information is safe. But Marisa leaves with nothing, when you could have given her general risk information and the offer of a meeting.",
          rationale = "Confidentiality held (point 18); point 21 lists what an advocate can still offer without a release.",
          tags = { "confidentiality", "collaboration" },
        },
      },
    },

    -- 2 ------------------------------------------------------------------------------------
    scene {
      id = "team_huddle", phase = "team meeting",
      speaker = { cps = "Paula Brandt, your supervisor", dv = "Paula Brandt, CPS supervisor" },
      text = function(s, role)
        local before = ""
        if role == "cps" then
          if s.how1 == "ask_general" then
            before = "Yesterday Joy would not tell you anything about Carmen, not even that she had been in. "
                  .. "She did tell you that a past choking and a gun in the home are two of the strongest "
                  .. "warning signs in lethality research, that her program served forty-one families from "
                  .. "this county last year, and that she would ask Carmen about meeting you together.\n\n"
          elseif s.how1 == "ask_details" then
            before = "Yesterday Joy said she could not answer questions about anyone without a written release. "
                  .. "She offered general information instead; you left before she finished.\n\n"
          elseif s.how1 == "calendar" then
            before = "Yesterday you found Carmen's first name three times among Joy's room bookings and wrote "
                  .. "it in your case notes.\n\n"
          else
            before = "Yesterday you left Carmen a voicemail asking for a second interview this week.\n\n"
          end
          return before .. [[Tuesday, 9:00 a.m. The co-located team meets in the small conference room: your supervisor Paula Brandt, two other investigators, the school liaison, and Joy.

When you reach the Delgado case, Paula turns to Joy. "We all signed the team confidentiality agreement when Tallowfield moved in, so this stays in the room. And Mr. Whitby, the school counselor, told you that Carmen signed a release so Joy could talk to him about Sofía. So we're covered. Joy, fill in the gaps?"

Joy looks at her hands. Everyone else looks at you; it is your case to present.]]
        end
        if s.how1 == "quick_facts" then
          before = "This morning, passing Marisa's desk, you saw a new line in her draft assessment: "
                .. "'Per DV advocate, mother reports a handgun and prior choking.'\n\n"
        elseif s.how1 == "intake_release" then
          before = "A CPS release is clipped to the front of Carmen's file, ready for her next visit.\n\n"
        elseif s.how1 == "explain_offer" then
          before = "Yesterday you gave Marisa what you could. Last night you texted Carmen on the number she "
                .. "gave you as safe; she said she would think about meeting Marisa with you.\n\n"
        else
          before = "Yesterday Marisa walked away from your door unhappy.\n\n"
        end
        return before .. [[Tuesday, 9:00 a.m. The co-located team meets in the small conference room: Paula Brandt, the CPS supervisor; Marisa and two other investigators; the school liaison; and you.

When Marisa reaches the Delgado case, Paula turns to you. "We all signed the team confidentiality agreement when Tallowfield moved in, so this stays in the room. And Mr. Whitby at the school says Carmen signed a release for you to talk to him about Sofía. So we're covered. Fill in the gaps?"

Carmen did sign a release last week: to Mr. Whitby only, about a quiet place for Sofía at school, for sixty days.]]
      end,
      discussion = "What does your team's confidentiality agreement actually cover, and who signed it? Who did not?",
      choices = {
        choice {
          id = "explain_scope", roles = { "dv" },
          text = "Say the team agreement binds the people in this room but cannot replace Carmen's own release, and her school release covers Mr. Whitby only; then offer general information on gun access and strangulation as risk factors.",
          go = "group_disclosure",
          rating = "recommended",
          feedback = "You named the rule without a lecture and kept helping: general risk information is exactly what the team can use without anyone's signature.",
          rationale = "A team agreement is no substitute for the survivor's release; one release per agency (point 19); general information is always shareable (points 21, 5).",
          tags = { "confidentiality", "collaboration", "risk_assessment" },
        },
        choice {
          id = "present_own", roles = { "cps" },
          text = "Present what CPS holds, say that neither the school release nor the team agreement reaches CPS, and ask Joy for general guidance on guns and strangulation as risk factors.",
          go = "group_disclosure",
          rating = "recommended",
          feedback = "You took Joy out of an impossible position and named the rule for the room: each agency needs its own release from Carmen. Asking for general guidance still brings her expertise into the case.",
          rationale = "A team agreement is no substitute for the survivor's release, and a release reaches only the agency it names (point 19); general risk information is always shareable (points 21, 5).",
          tags = { "confidentiality", "collaboration", "risk_assessment" },
        },
        choice {
          id = "call_carmen", roles = { "dv" },
          text = "Step out and phone Carmen at work to ask whether it's all right to tell the team what she said.",
          add = { trust = -1, strain = 1 }, go = "group_disclosure",
          rating = "concerning",
          feedback = "Permission asked by phone in the middle of her shift, with a room waiting on her answer, is neither written nor freely given. A call to her workplace may not be safe either.",
          rationale = "A release must be informed, written and time-limited; pressured verbal consent does not meet it (point 18), and co-location does not lower the bar (point 19).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "ask_joy_fill", roles = { "cps" },
          text = "Agree with Paula and ask Joy to fill in what Carmen has told her.",
          add = { strain = 1 }, go = "group_disclosure",
          rating = "concerning",
          feedback = "Joy has to refuse you in front of the team, and the room learns the wrong rule. The school release and the team agreement do not cover CPS.",
          rationale = "Co-location and team agreements change nothing about what the program may share; a release covers only the agency it names (point 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "summarize", roles = { "dv" },
          text = "Accept that the agreement and the school release cover it, and give the team a short summary.",
          set = { leaked = true }, go = "group_disclosure",
          rating = "harmful",
          feedback = "The school release names Mr. Whitby alone, and the team agreement is a promise among staff, not Carmen's consent. Her information is now with six people and in their notes.",
          rationale = "One release per agency; a team confidentiality agreement never replaces the survivor's own release (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "rewrite_agreement", roles = { "cps" },
          text = "Propose that the team rewrite its agreement so the advocate shares anything bearing on child safety by default.",
          add = { strain = 1 }, go = "group_disclosure",
          rating = "concerning",
          feedback = "A local agreement cannot override the federal confidentiality rules the program works under, and proposing it tells Joy her limits are a local inconvenience. Mandated reports already cover abuse that must be reported.",
          rationale = "The program's duties come from its funding statutes, not from a team agreement; reportable abuse is already an exception (points 18, 19, 20).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "stay_quiet", roles = { "dv" },
          text = "Say only that you can't discuss the family, and let Marisa carry on.",
          go = "group_disclosure",
          rating = "acceptable",
          feedback = "Carmen's information stays safe. The team is left thinking the agreement might have covered it, and without the general risk information you could have given.",
          rationale = "Confidentiality held (point 18), but the misunderstanding about the team agreement goes uncorrected (point 19) and point 21's options go unused.",
          tags = { "confidentiality" },
        },
        choice {
          id = "move_on", roles = { "cps" },
          text = "Present the police report and move to the next case without raising the release question.",
          go = "group_disclosure",
          rating = "acceptable",
          feedback = "You spared Joy the spotlight, but the room still believes the team agreement and the school release cover CPS.",
          rationale = "The misunderstanding about team agreements and agency-specific releases goes uncorrected (point 19).",
          tags = { "confidentiality", "collaboration" },
        },
      },
    },

    -- 3 ------------------------------------------------------------------------------------
    scene {
      id = "group_disclosure", phase = "mandated report",
      speaker = { cps = "The hotline report", dv = "Sofía Delgado, 9" },
      text = {
        cps = [[Wednesday, 6:05 p.m. A new report is assigned to you and linked to the Delgado case. The reporter is the Tallowfield advocate; Carmen was on the call with her.

The report: at a children's group this afternoon, Sofía, 9, said her mother's partner, Victor Salas, hit her with a belt on Saturday after she spilled juice in his truck. The reporter saw a bruise on the back of Sofía's leg. Victor is on the road and due home Friday night. Carmen told the hotline she will keep the children with a relative until then.

The report says nothing else about Sofía or about the group.

Your protocol calls for face-to-face contact with the child within 24 hours.]],
        dv = [[Wednesday, 4:20 p.m. The children's group is drawing "my safe place." Sofía Delgado draws her aunt's kitchen. Without looking up, she tells you that Victor hit her with a belt on Saturday because she spilled juice in his truck. When she shifts in her chair you see the edge of a bruise on the back of her leg, below her shorts.

She says more, about how she feels and about the safety plan she made in group last week. It is below.

Group ends at 5:00; Carmen picks up Sofía and Mateo at 5:15. Victor is on the road until Friday night.

In this state you are a mandated reporter, and Carmen heard that at her first visit.]],
      },
      reveal = { "sofia_group" },
      discussion = "Where exactly is the line between what a child's disclosure requires you to report and what the child has trusted you with?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "wait_for_carmen", roles = { "dv" },
          text = "Tell Carmen at pickup and let her decide whether to call CPS herself; she is the protective parent.",
          set = { how3 = "waited", report_problem = true }, go = "after_report",
          rating = "harmful",
          feedback = "A mandated report is not Carmen's decision or yours to delegate. Handing it to her also puts her between Sofía and Victor, two days before he comes home.",
          rationale = "Reportable child abuse is a statutory exception to confidentiality and must be acted on by the reporter (point 20).",
          tags = { "child_safety", "confidentiality" },
        },
        choice {
          id = "group_notes", roles = { "cps" },
          text = "Ask Joy for her notes from the children's group, so you know everything Sofía has said.",
          set = { how3 = "notes" }, add = { strain = 1 }, go = "after_report",
          rating = "concerning",
          feedback = "The report gave you what the law requires. Sofía's other words in group are hers, and the forensic interview is the place to hear her account.",
          rationale = "A child's reportable disclosure is shared; the child's feelings and safety plan stay confidential (point 20).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "report_everything", roles = { "dv" },
          text = "Call the hotline now and give the full picture: the belt, the bruise, Sofía's worries and her safety plan.",
          set = { how3 = "everything", child_conf_broken = true }, go = "after_report",
          rating = "concerning",
          feedback = "The belt and the bruise had to be reported. Sofía's feelings and her safety plan did not, and a safety plan that reaches a CPS file can reach Victor.",
          rationale = "Children's reportable disclosures are acted on; their feelings and safety plans stay confidential (point 20); records can reach the perpetrator (point 17).",
          tags = { "child_safety", "confidentiality" },
        },
        choice {
          id = "call_victor", roles = { "cps" },
          text = "Call Victor's cell tonight to get his side before he hears about it from someone else.",
          set = { how3 = "victor" }, add = { strain = 1, trust = -1 }, go = "after_report",
          rating = "harmful",
          feedback = "Victor hears of the report two days before he gets home, while Carmen and the children have no plan in place. He will wonder who talked, and the group is the obvious answer.",
          rationale = "Contact with the perpetrator comes after the child and survivor are safe, and rests on evidence CPS holds itself (points 10, 20).",
          tags = { "child_safety", "risk_assessment" },
        },
        choice {
          id = "tell_marisa", roles = { "dv" },
          text = "Walk down the hall after group and tell Marisa what Sofía said; she already has the family's case.",
          set = { how3 = "hallway" }, add = { strain = 1 }, go = "after_report",
          rating = "concerning",
          feedback = "A word in the hallway is not the report the law requires, and it leaves no record of what you said. Marisa will have to send you to the hotline anyway.",
          rationale = "The statutory exception is met through the formal report, not through co-location (points 19, 20).",
          tags = { "child_safety", "collaboration" },
        },
        choice {
          id = "cac_tomorrow", roles = { "cps" },
          text = "Set up a forensic interview for Sofía at the child advocacy center tomorrow morning, and plan to see Carmen before Victor gets home.",
          set = { how3 = "cac" }, go = "after_report",
          rating = "recommended",
          feedback = "A forensic interview gets Sofía's account once, well, from a trained interviewer. Seeing Carmen before Friday lets you build the weekend's safety plan with the parent who is protecting the children.",
          rationale = "The reportable disclosure is acted on through the proper channel (point 20); the evidence CPS gathers itself is what it can later rely on with Victor (point 10).",
          tags = { "child_safety", "trauma_informed" },
        },
        choice {
          id = "report_limited", roles = { "dv" },
          text = "Report today what Sofía said and what you saw, and nothing else from group. Tell Carmen privately at pickup that you must report it, and invite her to make the call with you.",
          set = { how3 = "limited" }, go = "after_report",
          rating = "recommended",
          feedback = "The report goes in the same day, with what the law requires and no more. Telling Carmen first, with Victor away, keeps her in the loop and lets her be part of protecting Sofía.",
          rationale = "Mandated reports are an exception to confidentiality; children's feelings and safety plans stay confidential (point 20); transparency with the survivor keeps the relationship (point 18).",
          tags = { "child_safety", "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "home_tonight", roles = { "cps" },
          text = "Drive out tonight to see both children where they are staying and look at the bruise yourself.",
          set = { how3 = "home" }, go = "after_report",
          rating = "acceptable",
          feedback = "Seeing the children within the day meets your protocol. A forensic interview would spare Sofía telling it more than once.",
          rationale = "The reportable disclosure is acted on (point 20); a trained interviewer reduces repeated telling.",
          tags = { "child_safety" },
        },
      },
    },

    -- 4 ------------------------------------------------------------------------------------
    scene {
      id = "after_report", phase = "information sharing",
      speaker = { cps = "Your case", dv = "Carmen Delgado" },
      text = function(s, role)
        if role == "cps" then
          local first
          if s.how3 == "cac" then
            first = "Sofía's forensic interview this morning went as well as these go: she described Saturday "
                 .. "in her own words, and the nurse photographed the bruise."
          elseif s.how3 == "home" then
            first = "Last night you saw both children. Sofía showed you the bruise and said little; this "
                 .. "morning's forensic interview recorded her account."
          elseif s.how3 == "notes" then
            first = "Last night Joy told you she could share nothing from group beyond what she had reported. "
                 .. "This morning's forensic interview recorded Sofía's account."
          else
            first = "Victor did not pick up last night. At 6 a.m. he left you an angry voicemail asking who "
                 .. "'made up this story.' Carmen called the office in tears: he had phoned her from the road."
          end
          local joy = ""
          if s.how1 == "ask_general" then
            joy = " On Monday Joy said she would ask Carmen whether she wants to meet with you both."
          end
          return "Thursday, 11:30 a.m. " .. first .. "\n\n"
              .. "You need to see Carmen today, before Victor is home tomorrow night, to talk about where "
              .. "the children will be this weekend and what happens next." .. joy .. "\n\n"
              .. "Carmen works until 1:30. Mateo is at daycare; Sofía is at school, where Carmen works."
        end
        local first
        if s.how3 == "waited" then
          first = "At pickup yesterday Carmen begged you to let her handle it: 'If CPS hears this, they'll "
               .. "take them.' You let her go. At 7:30 your director, Naomi Fisk, reminded you the law gives "
               .. "you no such choice, and you made the report from the office."
        elseif s.how3 == "everything" then
          first = "You made the report before pickup yesterday, the belt and the bruise along with Sofía's "
               .. "worries and her plan. You told Carmen afterwards."
        elseif s.how3 == "hallway" then
          first = "Marisa heard you out yesterday and sent you to the hotline; you reported an hour later and "
               .. "told Carmen at pickup."
        else
          first = "At pickup yesterday you told Carmen, in the small room, what Sofía said and that you had "
               .. "to report it. She made the call with you, her voice shaking."
        end
        return first .. "\n\n"
            .. "Thursday, 8:40 a.m. Carmen is at your door before her shift, still in her cafeteria polo. "
            .. "She has not slept.\n\n"
            .. "\"I trusted you. Now CPS is all over us. What did you tell them? What else are you going to "
            .. "tell them?\"\n\n"
            .. "Sofía's forensic interview is at ten. Marisa wants to see Carmen today, before Victor is home."
      end,
      choices = {
        choice {
          id = "law_made_me", roles = { "dv" },
          text = "Tell her the law gave you no choice, and that you'd rather not go over the details.",
          add = { trust = -1 }, go = "thursday_meeting",
          rating = "concerning",
          feedback = "True, but it leaves her guessing what CPS knows. Telling her exactly what was and was not reported is what lets her trust you with anything else.",
          rationale = "Transparency about the limits of confidentiality is part of informed consent (points 18, 20).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "summon_alone", roles = { "cps" },
          text = "Call Carmen at work and ask her to come in at 3:00 on her own; this is a CPS interview.",
          add = { trust = -1 }, go = "thursday_meeting",
          rating = "concerning",
          feedback = "You will get your interview, but a call at work and a summons to come alone tell her this is being done to her. Joy could have sat beside her.",
          rationale = "A three-way meeting lets the survivor speak for herself with support (point 21).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "offer_three_way", roles = { "dv" },
          text = "Tell her exactly what went in the report and what did not, that what she tells you stays with you, and offer to sit beside her this afternoon when she meets Marisa.",
          set = { three_way = true }, add = { trust = 1 }, go = "thursday_meeting",
          rating = "recommended",
          feedback = "She now knows what CPS has and what it does not, and she will not face Marisa alone. That is how trust survives a mandated report.",
          rationale = "The report was a statutory exception; her own disclosures stay confidential (points 18, 20); a three-way meeting lets her speak for herself (point 21).",
          tags = { "survivor_partnership", "confidentiality", "collaboration" },
        },
        choice {
          id = "removal_warning", roles = { "cps" },
          text = "Phone Carmen and tell her that if Victor comes home to the children this weekend, you will have to consider removal.",
          add = { trust = -2 }, go = "thursday_meeting",
          rating = "concerning",
          feedback = "She is already keeping the children away from him; a threat lands on the parent who is protecting them. Building the weekend plan with her would do more.",
          rationale = "Removal from the non-offending parent is a last resort after partnering with her (points 1, 2); coercion undermines every later consent (point 18).",
          tags = { "survivor_partnership", "reasonable_efforts" },
        },
        choice {
          id = "sign_today", roles = { "dv" },
          text = "Tell her the best way to keep you in her corner with CPS is to sign a release for Marisa today.",
          set = { conditioned = true }, add = { trust = -1 }, go = "thursday_meeting",
          rating = "harmful",
          feedback = "That ties your help to her signature, on the worst morning of her week. A release signed to keep an advocate is not a free choice.",
          rationale = "A release can never be a condition of service (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "joy_offers", roles = { "cps" },
          text = "Ask Joy to let Carmen know you'd like to meet today, with Joy beside her if she wants, at a time that works for her.",
          set = { three_way = true }, add = { trust = 1 }, go = "thursday_meeting",
          rating = "recommended",
          feedback = "Joy can pass on your request without sharing anything, and Carmen gets to choose how she meets you. People say more when they are not alone.",
          rationale = "A three-way meeting lets the survivor speak for herself and needs no release (point 21).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "give_space", roles = { "dv" },
          text = "Say you are sorry this is so hard, and that you'll be here whenever she wants to talk.",
          go = "thursday_meeting",
          rating = "acceptable",
          feedback = "Kind, and it keeps the door open. She still does not know what CPS heard, and she goes to Marisa alone.",
          rationale = "Explaining what was and was not reported (point 20) and offering a joint meeting (point 21) would have done more.",
          tags = { "survivor_partnership", "trauma_informed" },
        },
      },
    },

    -- 5 ------------------------------------------------------------------------------------
    scene {
      id = "thursday_meeting", phase = "joint meeting",
      speaker = { cps = "Carmen Delgado", dv = "Carmen Delgado" },
      text = function(s, role)
        if role == "cps" then
          if s.three_way then
            return [[Thursday, 2:00 p.m., the small interview room. Carmen sits close to Joy, still in her cafeteria polo; she found cover for the lunch clean-up to be here.

You have the police report, the hotline report, and Sofía's recorded interview. Joy has told you nothing about Carmen and will not unless Carmen tells her to.

Carmen speaks first. "I didn't know about the belt. He's never touched the kids before. When you came to the house I wanted to tell you things, and I couldn't." She stops and looks at Joy, then at you.]]
          end
          return [[Thursday, 3:00 p.m., the small interview room. Carmen came alone, straight from work, still in her cafeteria polo. She keeps her coat on.

You have the police report, the hotline report and Sofía's recorded interview. Carmen says she didn't know about the belt and that Victor has never touched the children before. Then she stops talking.

She looks at the door twice.]]
        end
        if s.three_way then
          return [[Thursday, 2:00 p.m. You sit beside Carmen in the small interview room; Marisa sits across.

Before the meeting Carmen told you one more thing, the plan she has been building for weeks. It is below.

Marisa explains the report and asks Carmen what she wants her to understand. Carmen begins - "He's never touched the kids before" - and stops. She looks at you. You know about the choking and the gun. She hasn't said either.]]
        end
        return [[Thursday, 1:30 p.m. Carmen has a 3:00 meeting with Marisa, alone. She stops at your door first, still in her cafeteria polo.

She tells you the plan she has been building for weeks. It is below.

Then: "What do I say in there? What if I say the wrong thing and they take Mateo?"

She has twenty minutes before she has to walk down the hall, and she keeps checking the clock over your door.]]
      end,
      reveal = { "move_plan" },
      reason = "What were you weighing here?",
      choices = {
        choice {
          id = "start_with_blame", roles = { "cps" }, when = function(s) return s.three_way end,
          text = "Ask her why she didn't stop Victor before it came to this.",
          add = { trust = -2 }, go = "release_talk",
          rating = "concerning",
          feedback = "She is the one who has been keeping the children away from him. Starting with blame tells her anything she says will be used against her.",
          rationale = "Avoid failure-to-protect framing and look for her protective efforts (points 14, 7).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "explain_listen", roles = { "cps" }, when = function(s) return s.three_way end,
          text = "Tell her plainly what CPS must do about the report and what is her choice, then ask what she wants you to understand.",
          add = { trust = 1 }, go = "release_talk",
          rating = "recommended",
          feedback = "Being clear about the mandated and the voluntary parts gives her firm ground. Then she decides what to tell you, in her own words.",
          rationale = "The three-way meeting works when the survivor speaks for herself (point 21); honesty about what is required is part of informed consent (point 18).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "joy_summarize", roles = { "cps" }, when = function(s) return s.three_way end,
          text = "Ask Joy to sum up what Carmen told her on Monday, so Carmen doesn't have to go through it again.",
          add = { strain = 1, trust = -1 }, go = "release_talk",
          rating = "concerning",
          feedback = "Kindly meant, but it asks Joy to disclose without a release, in front of Carmen, and turns Carmen into the subject of a conversation about her. Joy hands the question back to Carmen.",
          rationale = "Being in the room is not a release; the point of the meeting is that she speaks for herself (points 18, 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "explain_listen_alone", roles = { "cps" }, when = function(s) return not s.three_way end,
          text = "Tell her what CPS must do and what is her choice, note that she called for help three weeks ago, and ask whether she'd like Joy with her next time.",
          add = { trust = 1 }, go = "release_talk",
          rating = "recommended",
          feedback = "Naming her call for help as protective, and offering her the advocate's support, gives her a reason to keep talking to you.",
          rationale = "Document and name protective efforts (point 7); offer the three-way route (point 21).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "sign_to_show", roles = { "cps" }, when = function(s) return not s.three_way end,
          text = "Tell her that signing a release with the advocate would show CPS she is cooperating.",
          set = { conditioned = true }, go = "release_talk",
          rating = "harmful",
          feedback = "A release signed to look cooperative for an investigator is not a free choice. Whether she signs should never count for or against her.",
          rationale = "Consent to release must be informed and voluntary, never a condition (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "leave_or_lose", roles = { "cps" }, when = function(s) return not s.three_way end,
          text = "Tell her that unless she leaves Victor, you can't promise the children stay with her.",
          add = { trust = -2 }, go = "release_talk",
          rating = "concerning",
          feedback = "Leaving is the most dangerous time, and she may already be planning it. An ultimatum puts the burden on her instead of on Victor's behaviour.",
          rationale = "Partner with the protective parent; removal is a last resort; separation raises risk (points 2, 5).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "beside_her", roles = { "dv" }, when = function(s) return s.three_way end,
          text = "Give her time; ask quietly whether she wants a break or help finding the words, and let her decide what to say.",
          add = { trust = 1 }, go = "release_talk",
          rating = "recommended",
          feedback = "She stays in charge of her own story, with support. What she chooses to say, she can stand behind.",
          rationale = "The three-way meeting lets the survivor speak for herself; the advocate does not disclose for her (points 18, 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "fill_in", roles = { "dv" }, when = function(s) return s.three_way end,
          text = "Fill the silence for her: tell Marisa about the choking and the gun, so Carmen doesn't have to say it.",
          set = { leaked = true }, go = "release_talk",
          rating = "harmful",
          feedback = "She had not decided to say it. Sitting in the room is not a release, and what you said is now in Marisa's notes.",
          rationale = "No identifying information without a written release, even in a joint meeting; the meeting exists so she speaks for herself (points 18, 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "silent", roles = { "dv" }, when = function(s) return s.three_way end,
          text = "Say nothing; this is her meeting and Marisa's interview.",
          go = "release_talk",
          rating = "acceptable",
          feedback = "You did not speak for her. A quiet offer of a pause or help finding words would have supported her more.",
          rationale = "In a three-way meeting the advocate supports the survivor to speak for herself (point 21).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "good_word", roles = { "dv" }, when = function(s) return not s.three_way end,
          text = "Tell her not to worry: you'll stop by Marisa's office first and tell her what a careful mother Carmen has been.",
          set = { leaked = true }, go = "release_talk",
          rating = "harmful",
          feedback = "Even good news about her is her information. Without a release you cannot vouch for her, and anything you say can end up in a record Victor's lawyer reads.",
          rationale = "Confirming a client and describing her is disclosure of identifying information (points 18, 17).",
          tags = { "confidentiality" },
        },
        choice {
          id = "leaflet", roles = { "dv" }, when = function(s) return not s.three_way end,
          text = "Give her the program's leaflet on parents' rights in a CPS investigation and wish her luck.",
          go = "release_talk",
          rating = "acceptable",
          feedback = "Useful information, but she goes in alone and frightened. Offering to sit beside her would have cost you an hour.",
          rationale = "Service information is shareable (point 21); so is the offer of a three-way meeting.",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "prepare_offer", roles = { "dv" }, when = function(s) return not s.three_way end,
          text = "Go over what Marisa is likely to ask and what is Carmen's to decide, and offer to sit in with her.",
          set = { three_way = true }, add = { trust = 1 }, go = "release_talk",
          rating = "recommended",
          feedback = "She goes in knowing the ground, and she says yes to having you there. What she tells Marisa will be her own choice.",
          rationale = "Service information and a three-way meeting are always available without a release (point 21).",
          tags = { "survivor_partnership", "collaboration" },
        },
      },
    },

    -- 6 ------------------------------------------------------------------------------------
    scene {
      id = "release_talk", phase = "release",
      speaker = { cps = "Carmen Delgado", dv = "Carmen Delgado" },
      text = function(s, role)
        if role == "cps" then
          if s.trust < 3 then
            return [[Thursday, 3:40 p.m. Carmen has answered your questions in as few words as she can.

When you mention that her advocate could share information with you if she signs a release, she shakes her head. "No. Nothing else goes anywhere. I've seen this week what happens when people know things."

She picks up her bag. The children are with a relative tonight; she does not say which.]]
          end
          local lead
          if s.three_way then
            lead = "Joy turns to her: \"If you want, there's a form that would let me talk directly with the investigator here - "
                .. "only about what you choose, only with her, only for as long as you choose. It's up to you, "
                .. "and nothing about my help depends on it.\""
          else
            lead = "Near the end she says, \"The woman down the hall told me there's a form I could sign so "
                .. "she can talk to you. Only what I choose, and I can take it back.\""
          end
          return (s.three_way and "Thursday, 2:40 p.m." or "Thursday, 3:40 p.m.")
              .. " In her own words, Carmen has told you that Victor owns a handgun and that "
              .. "she wants it nowhere near the children. The children will stay with family this weekend; "
              .. "she does not say where.\n\n" .. lead .. "\n\n"
              .. "Carmen looks at you. \"What would you want it to cover?\""
        end
        if s.trust < 3 then
          local where = s.three_way and "Thursday, 2:50 p.m. Marisa has stepped out of the room."
                                     or "Thursday, 4:30 p.m. Carmen is back from her meeting with Marisa."
          return where .. [[


"Marisa asked if I'd sign something so you two can talk. I'm not signing anything. Not after this week."

She is holding her car keys. Mateo is at daycare until 5:30, and she has not eaten since breakfast. She glances at the folder on your desk as if it might already hold her name.

Victor is home tomorrow night. The children will be at her sister's.]]
        end
        local lead
        if s.three_way then
          lead = "Thursday, 2:40 p.m. In her own words, Carmen has told Marisa that Victor has a handgun and that "
              .. "she wants it away from the children. She has not mentioned the choking, the threat or the plan. "
              .. "Marisa steps out to let the two of you talk."
        else
          lead = "Thursday, 4:30 p.m. Carmen is back from her meeting with Marisa. \"She asked if I'd let you "
              .. "talk to her. I don't know what that means.\""
        end
        return lead .. "\n\n"
            .. "Carmen says she might want you to be able to talk to Marisa - \"so I don't have to say everything "
            .. "twice, and so she knows why I've been so careful\" - but she is frightened of where it could end up.\n\n"
            .. "You have the program's release form in your folder."
      end,
      discussion = "What makes a release informed? What would Carmen need to know about where her information can travel once CPS holds it?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "county_form", roles = { "cps" }, when = function(s) return s.trust >= 3 end,
          text = "Offer the county's consent form instead: it covers every agency in the building and all records, so nobody has to ask her again.",
          add = { trust = -1, strain = 1 }, go = "safety_note",
          rating = "concerning",
          feedback = "A blanket form for every agency and every record is the opposite of what she asked for, and Joy's program needs its own specific release. Carmen puts the pen down.",
          rationale = "One release per agency, specific in scope; a team or county form is no substitute for the survivor's release to the program (points 18, 19).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "narrow_ask", roles = { "cps" }, when = function(s) return s.trust >= 3 end,
          text = "Ask only for what this investigation needs - the risk information and the steps she has taken - shared with you alone, for a set time; tell her she can say no or take it back.",
          set = { release_signed = true, rel_risk = true, rel_steps = true, release_quality = 6 },
          go = "safety_note",
          rating = "recommended",
          feedback = "A narrow, time-limited request is one she can say yes to safely. Joy writes it up with her, and Carmen signs.",
          rationale = "A release is written, informed, time-limited and specific about what and to whom (points 18, 19); her location stays out (point 12).",
          tags = { "confidentiality", "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "add_address", roles = { "cps" }, when = function(s) return s.trust >= 3 end,
          text = "Ask that it also include where she and the children will be staying, so you can visit them there.",
          set = { release_signed = true, rel_risk = true, rel_steps = true, rel_location = true, release_quality = 6 },
          add = { trust = -1 }, go = "safety_note",
          rating = "concerning",
          feedback = "She agrees because she feels she must. Her location is now in CPS's hands, and CPS records can reach Victor's lawyer; you could have arranged visits without holding the address in the file.",
          rationale = "Location is identifying information and should stay out of records the perpetrator may see (points 12, 17); ask for what you need (point 18).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "looks_like_hiding", roles = { "cps" }, when = function(s) return s.trust < 3 end,
          text = "Tell her that refusing will look like she has something to hide.",
          set = { conditioned = true }, go = "safety_note",
          rating = "harmful",
          feedback = "A release signed under that threat is not consent, and the threat itself tells her that CPS is not safe to talk to.",
          rationale = "A release must be voluntary; refusing it must cost her nothing (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "respect_no", roles = { "cps" }, when = function(s) return s.trust < 3 end,
          text = "Tell her that's her right, that your assessment goes on with what you have, and how to reach you if anything changes.",
          go = "safety_note",
          rating = "recommended",
          feedback = "Her no costs her nothing with you, and she knows it. That is what makes a later yes possible.",
          rationale = "Declining a release can never be held against a survivor (point 18).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "walk_through", roles = { "dv" }, when = function(s) return s.trust >= 3 end,
          text = "Go through each part with her: what Marisa would learn, what CPS might do with it, that CPS files can reach a court, for how long, and how to take it back. She decides each line.",
          set = { release_signed = true, rel_risk = true, rel_steps = true },
          go = "release_form",
          rating = "recommended",
          feedback = "Informed consent means she knows where her words can travel. She chooses the choking, the gun, the threat and the steps she has taken, and nothing about where she is going.",
          rationale = "An informed, written, time-limited release, specific to one agency and one scope (points 18, 19); location stays out (point 12).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "prefilled", roles = { "dv" }, when = function(s) return s.trust >= 3 end,
          text = "Hand her the program's standard release with every box already ticked, so she won't need a second form later.",
          set = { release_signed = true, rel_risk = true, rel_steps = true, rel_location = true },
          add = { strain = 1 }, go = "release_form",
          rating = "concerning",
          feedback = "Ticked boxes she did not choose are not informed consent, and 'everything' includes her plan to move. She signs to get it over with.",
          rationale = "A release must be informed and specific about what is shared (point 18); location is identifying and must not travel (point 12).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "think_day", roles = { "dv" }, when = function(s) return s.trust >= 3 end,
          text = "Suggest she take a day to think it over and come back to sign here if she still wants to.",
          go = "friday",
          rating = "acceptable",
          feedback = "No pressure, and she keeps control. But Marisa's assessment is due tomorrow, and Carmen did want Marisa to understand; walking through it with her now would have served her wish.",
          rationale = "A release must be voluntary (point 18); helping her make an informed choice today was possible.",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "only_if_sign", roles = { "dv" }, when = function(s) return s.trust < 3 end,
          text = "Tell her you can only advocate for her with CPS if she lets you talk to Marisa.",
          set = { conditioned = true }, go = "friday",
          rating = "harmful",
          feedback = "That makes your help the price of her signature. She hears that the one confidential place in the building has a condition attached.",
          rationale = "A release can never be a condition of service (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "services_continue", roles = { "dv" }, when = function(s) return s.trust < 3 end,
          text = "Tell her that's entirely her call, that nothing about your help changes, and ask what she needs for this weekend.",
          add = { trust = 1 }, go = "friday",
          rating = "recommended",
          feedback = "Her no is respected and her weekend is still planned. You can still give Marisa general information without her name in it.",
          rationale = "Services never depend on a release (point 18); general information remains shareable (point 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
      },
    },

    -- 7a (advocate) ---------------------------------------------------------------------------
    scene {
      id = "release_form", phase = "release",
      speaker = { default = "The release" },
      text = function(s)
        local scope
        if s.rel_location then
          scope = "The form as it stands would also let you tell Marisa where she is moving."
        else
          scope = "She wants Marisa to know about the choking, the gun, the threat, the danger assessment and "
               .. "the steps she has taken, and nothing about where she is going or about the children's group."
        end
        return "Thursday afternoon. Carmen has decided to let you talk with Marisa. " .. scope .. "\n\n"
            .. "Write the release from the lines below, in order. Carmen will read every line before she "
            .. "signs, and a copy goes to Marisa with whatever you share. She keeps a copy too, if it is safe "
            .. "for her to have one; she says it can stay in her locker at work."
      end,
      compose = {
        prompt = "Choose and order the lines of Carmen's release to CPS.",
        clauses = {
          clause { id = "to_team", text = "I allow Tallowfield Advocacy Project to share information with all members of the co-located family services team." },
          clause { id = "to_marisa", text = "I allow Tallowfield Advocacy Project to share information with Marisa Kowal, investigator, Ashcombe County Children's Services, and no one else." },
          clause { id = "scope_all", text = "Information to be shared: any and all records the program holds about me and my children." },
          clause { id = "scope_risk", text = "Information to be shared: Victor Salas's past violence and threats, the danger assessment, and the steps I have taken to keep my children safe." },
          clause { id = "not_shared", text = "Not to be shared: where I or my children live or will live, my children's group, and my counseling notes." },
          clause { id = "until_closed", text = "This release stays in effect until the CPS case is closed." },
          clause { id = "expires", text = "This release ends 30 days after I sign it." },
          clause { id = "revocable", text = "I can take this release back at any time by telling my advocate; that does not undo what was already shared." },
          clause { id = "condition", text = "I understand I must sign this release to keep receiving services from Tallowfield." },
          clause { id = "voluntary", text = "My services from Tallowfield do not depend on whether I sign this release." },
          clause { id = "verbal", text = "Ms. Delgado gave verbal permission; the advocate will note it in the file." },
          clause { id = "signed", text = "My advocate explained what CPS may do with this information, including that CPS records can reach a court. Signed and dated by Carmen Delgado." },
        },
        min = 1, max = 8, own_text = true,
        score_var = "release_quality",
        rubric = function(draft, s)
          local c = draft.clauses
          if has(c, "condition") then
            return { score = 0, max = 6, rating = "harmful",
                     flags = { "release made a condition of services" },
                     missing = {},
                     feedback = "A release can never be a condition of service. With that line in it, this is not consent, whatever else the form says." }
          end
          local need = {
            { "to_marisa", "one named recipient at one agency" },
            { "scope_risk", "a specific description of what may be shared" },
            { "expires", "a time limit" },
            { "revocable", "how she can take it back" },
            { "voluntary", "a statement that services do not depend on it" },
            { "signed", "her informed, written signature" },
          }
          local present, missing = 0, {}
          for _, n in ipairs(need) do
            if has(c, n[1]) then present = present + 1 else missing[#missing + 1] = n[2] end
          end
          local flags = {}
          if has(c, "to_team") then flags[#flags + 1] = "a whole team as recipient (one release per agency)" end
          if has(c, "scope_all") then flags[#flags + 1] = "'any and all records'" end
          if has(c, "until_closed") then flags[#flags + 1] = "no fixed end date" end
          if has(c, "verbal") then flags[#flags + 1] = "verbal permission instead of a written signature" end
          local score = present - #flags
          if score < 1 then score = 1 end
          local rating
          if #flags == 0 and present == 6 then
            rating = "recommended"
          elseif #flags == 0 and present >= 4 then
            rating = "acceptable"
          else
            rating = "concerning"
          end
          local fb
          if rating == "recommended" then
            fb = "One named recipient, a specific scope, an end date, a way to take it back, a plain statement that her services do not depend on it, and her informed signature: this release does what the law requires and what she asked for."
          else
            fb = "A valid release names one recipient, says exactly what may be shared, ends on a date, can be taken back, says services do not depend on it, and carries her informed, written signature."
          end
          return { score = score, max = 6, rating = rating, flags = flags, missing = missing, feedback = fb }
        end,
        rationale = "Informed, written, time-limited, never a condition of service (point 18); one release per agency, not a team (point 19); location and the children's group stay out (points 12, 20).",
        tags = { "confidentiality", "documentation", "survivor_partnership" },
      },
      go = "friday",
    },

    -- 7b (investigator) -----------------------------------------------------------------------
    scene {
      id = "safety_note", phase = "documentation",
      speaker = { default = "Your safety assessment" },
      text = function(s)
        local first
        if s.release_signed then
          first = "Thursday, 5:10 p.m. Joy has sent you, under Carmen's signed release, what it covers. It is "
               .. "below; anything the release does not cover stays with her."
        else
          first = "Thursday, 5:10 p.m. Carmen signed no release. What Joy holds stays with her; below is what "
               .. "that looks like from your side of the hall."
        end
        return first .. "\n\n"
            .. "Your safety assessment is due tomorrow. If the case goes to court, Victor's lawyer will be "
            .. "able to read it. Paula wants the assessment on her desk by nine tomorrow; you have the "
            .. "police report, Sofía's recorded interview and your notes from this afternoon.\n\n"
            .. "Write the section on risk and on what is keeping the children safe."
      end,
      reveal = { "risk_history", "protective_steps", "move_plan" },
      compose = {
        prompt = "Choose and order the lines for the risk section of your safety assessment.",
        clauses = {
          clause { id = "police", text = "Three weeks ago police found a fresh bruise on Ms. Delgado's upper arm; she said Mr. Salas shoved her into a door frame while the children were in the next room." },
          clause { id = "failed", text = "Ms. Delgado failed to protect Sofía from Mr. Salas's discipline." },
          clause { id = "belt", text = "In a forensic interview, Sofía (9) said Mr. Salas hit her with a belt on Saturday; the bruise on her leg was photographed." },
          clause { id = "offrecord", text = "The co-located advocate indicated informally that the situation is more serious than the mother reports." },
          clause { id = "released", text = "Risk factors shared by the advocate under Ms. Delgado's written release, limited to this investigation (summary attached)." },
          clause { id = "steps", text = "Ms. Delgado's protective steps: she called for help on the night of the incident, keeps the children with her when Mr. Salas is home, and arranged for them to stay with family this weekend." },
          clause { id = "address", text = "This weekend the children are at their aunt's apartment; the address is recorded here for home visits." },
        },
        min = 1, max = 6, own_text = true,
        score_var = "note_score",
        rubric = function(draft, s)
          local c = draft.clauses
          local flags, missing = {}, {}
          local unsafe = false
          if has(c, "address") then
            flags[#flags + 1] = "where the children are staying (location)"; unsafe = true
          end
          if has(c, "offrecord") then
            flags[#flags + 1] = "an advocate's informal remark, shared without a release"; unsafe = true
          end
          if has(c, "released") and not s.rel_risk then
            flags[#flags + 1] = "advocate information that no release covers"; unsafe = true
          end
          if unsafe then
            return { score = 0, max = 5, rating = "harmful", flags = flags, missing = missing,
                     feedback = "This record can reach Victor's lawyer. It now carries something that must never travel: her location, or the advocate's information without her release." }
          end
          local score = 1
          if has(c, "police") then score = score + 1 else missing[#missing + 1] = "the police report of his assault" end
          if has(c, "belt") then score = score + 1 else missing[#missing + 1] = "Sofía's account from the forensic interview" end
          if has(c, "steps") then score = score + 1 else missing[#missing + 1] = "Ms. Delgado's protective steps" end
          if s.rel_risk then
            if has(c, "released") then score = score + 1
            else missing[#missing + 1] = "the risk factors she chose to release to you" end
          else
            score = score + 1
          end
          if has(c, "failed") then
            flags[#flags + 1] = "'failed to protect' and 'discipline'"
            score = score - 1
          end
          local rating
          if #flags == 0 and score == 5 then rating = "recommended"
          elseif #flags == 0 and score >= 4 then rating = "acceptable"
          else rating = "concerning" end
          local fb
          if rating == "recommended" then
            fb = "His acts, her protective steps, Sofía's account and only what Carmen released: nothing here helps Victor find her or blames her for what he did."
          else
            fb = "A safe risk section names his acts, Sofía's account and Carmen's protective steps, includes only what a release covers, and leaves out blaming language and anything that locates her."
          end
          return { score = score, max = 5, rating = rating, flags = flags, missing = missing, feedback = fb }
        end,
        rationale = "Use only information a release covers (point 18); keep location out of records the perpetrator can read (points 12, 17); attribute harm to him and name her protective efforts (points 13, 14, 7).",
        tags = { "documentation", "confidentiality", "risk_assessment" },
      },
      go = "friday",
    },

    -- 8 ------------------------------------------------------------------------------------
    scene {
      id = "friday", phase = "perpetrator contact",
      speaker = { cps = "Victor Salas", dv = "Victor Salas" },
      text = function(s, role)
        if role == "cps" then
          local holds = "the police report, Sofía's forensic interview and the photograph, and what Carmen "
                     .. "told you herself"
          if s.rel_risk then
            holds = "the police report, Sofía's forensic interview and the photograph, what Carmen told you "
                 .. "herself, and what Joy shared under Carmen's release"
          end
          return "Friday, 2:30 p.m. Victor Salas arrives on time for his interview, in a clean work jacket, "
              .. "tired from the road. He got in at noon and found the apartment empty. He has the allegation "
              .. "letter in his hand.\n\n"
              .. "You hold " .. holds .. ".\n\n"
              .. "\"Who is making up these stories? I've never hit that girl. And I want to see my son this "
              .. "weekend.\" He is controlled, and he is watching you closely."
        end
        local extra = ""
        if s.leaked then
          extra = "\n\nDana's assessment went to her supervisor this morning. It quotes the DV advocate."
        end
        return "Friday, 2:10 p.m. Victor Salas is early for his 2:30 interview with Marisa. He is a big man in "
            .. "a clean work jacket, polite, tired from the road. He stops at your open door and reads the "
            .. "sign: Tallowfield Advocacy Project.\n\n"
            .. "\"Excuse me. Is my wife coming here? Carmen Delgado. Somebody's been putting ideas in her "
            .. "head, and I've got a right to know who.\"\n\n"
            .. "The hallway is empty. Carmen and the children are where she planned them to be." .. extra
      end,
      reason = "What did you base this on?",
      choices = {
        choice {
          id = "soft_general", roles = { "cps" },
          text = "Keep it general - ask how things are at home - and leave the belt for a later visit, so he doesn't walk out.",
          add = { strain = 1 }, go = "subpoena",
          rating = "concerning",
          feedback = "He leaves knowing there is an allegation and hearing nothing about what must change. Engagement without accountability leaves the children's safety resting on Carmen alone.",
          rationale = "Engage him as a father and hold him accountable, using third-party evidence (point 10).",
          tags = { "perpetrator_accountability" },
        },
        choice {
          id = "third_party", roles = { "cps" },
          text = "Keep to the police report and Sofía's interview; ask about him as a father, and be clear about what must change for the children to be safe with him.",
          go = "subpoena",
          rating = "recommended",
          feedback = "Everything you put to him came from sources that are not Carmen. He cannot trace it to her, and he hears both respect and a clear line.",
          rationale = "Confront with third-party evidence, never the survivor's disclosures; engagement as a father with accountability (point 10); released information is for assessment, not for confronting him (point 18).",
          tags = { "perpetrator_accountability", "confidentiality", "child_safety" },
        },
        choice {
          id = "confront_disclosures", roles = { "cps" },
          text = function(s)
            if s.rel_risk then
              return "Ask him directly about choking Carmen last April and the gun in the bedroom closet, since you know about them now."
            end
            return "Tell him the DV advocate down the hall has concerns about him too."
          end,
          set = { victor_knows = true }, go = "subpoena",
          rating = "harmful",
          feedback = "Only Carmen could be the source of that, and he knows it. He leaves this room knowing what she told, and he is going home tonight.",
          rationale = "Never confront the perpetrator with the survivor's disclosures; a release lets CPS know, not tell him (points 10, 18).",
          tags = { "confidentiality", "perpetrator_accountability", "risk_assessment" },
        },
        choice {
          id = "name_reporter", roles = { "cps" },
          text = "Tell him the report came from the advocacy program's children's group, so he understands it wasn't Carmen's doing.",
          set = { victor_knows = true }, go = "subpoena",
          rating = "harmful",
          feedback = "Meant to shield Carmen, it tells him Sofía is in a group for children of abused mothers, and that Carmen is in the program. The reporter's identity is confidential for good reason.",
          rationale = "Reporter identity and program participation are identifying information; the mandated report does not license further disclosure (points 18, 20).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "not_here", roles = { "dv" },
          text = "Tell him, kindly, that she isn't here today.",
          add = { strain = 1, trust = -1 }, go = "subpoena",
          rating = "concerning",
          feedback = "'Not today' tells him she comes. That evening he asks Carmen what she does at the advocacy office. Neither confirming nor denying protects everyone who walks past that door.",
          rationale = "Whether someone is a client is itself personally identifying information (point 18); co-location makes the hallway a place to guard it (point 19).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "confirm", roles = { "dv" },
          text = "Tell him yes, she's a client, but you can't share anything more than that.",
          set = { victor_knows = true }, go = "subpoena",
          rating = "harmful",
          feedback = "That one word is the most dangerous thing you could give him. He now knows Carmen has told someone, two weeks before she plans to leave.",
          rationale = "Client status is personally identifying information; separation is a high-risk time (points 18, 5).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "neither", roles = { "dv" },
          text = "Tell him you can't say whether anyone is or isn't a client here, and point him to the CPS front desk; then let security and Carmen know, through her safe contact.",
          go = "subpoena",
          rating = "recommended",
          feedback = "Neither confirming nor denying is the only answer that gives him nothing. Warning Carmen, without alarm, helps her plan for his mood tonight.",
          rationale = "Client status is identifying and is never confirmed without a release (point 18); co-location means planning for perpetrators in the building (point 19).",
          tags = { "confidentiality", "risk_assessment", "survivor_partnership" },
        },
      },
    },

    -- 9 ------------------------------------------------------------------------------------
    scene {
      id = "subpoena", phase = "subpoena",
      speaker = { cps = "Alan Whitcomb, Victor's attorney", dv = "A process server" },
      text = function(s, role)
        if role == "cps" then
          local holds = "your safety assessment and your notes"
          if s.rel_risk then holds = holds .. ", and what Joy shared under Carmen's release" end
          return "The following Tuesday. Alan Whitcomb, Victor's new attorney, calls you. He has filed for "
              .. "custody of Mateo.\n\n"
              .. "\"I've served a subpoena on the advocacy program down your hall. Do me a favour: tell the "
              .. "advocate to send her file over and save everyone a hearing. And whatever she gave you about "
              .. "my client, I'd like copies today.\"\n\n"
              .. "Your agency's records are confidential by law and reach parties through the court's own "
              .. "process. You hold " .. holds .. "."
        end
        local known = ""
        if s.victor_knows then
          known = " The cover letter says the mother 'has been a client of the Tallowfield program.'"
        end
        return "The following Tuesday. A process server leaves an envelope at your desk: a subpoena signed by "
            .. "Victor's attorney, Alan Whitcomb, for 'all records concerning Carmen Delgado, Sofía Delgado "
            .. "and Mateo Salas,' to be produced at his office in ten days, for a custody case he has filed."
            .. known .. "\n\n"
            .. "No judge has signed it. Your director, Naomi Fisk, is in court until 3:00; the program has an "
            .. "attorney on retainer.\n\n"
            .. "As far as you know, Carmen has not been told."
      end,
      discussion = "What is the difference between a subpoena and a court order, and who in your agency decides how to answer each?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "counsel_object", roles = { "dv" },
          text = "Neither confirm nor deny anything to the attorney's office; call your director and the program's attorney today, let Carmen know safely, and object. Nothing goes out without a court order.",
          go = "sofia_plan",
          rating = "recommended",
          feedback = "The program answers through its lawyer, Carmen hears about it from you first, and her file stays closed unless a judge orders otherwise after hearing the objection.",
          rationale = "Only a statute or court order compels disclosure; a subpoena usually is not one, and it is answered through counsel (point 20); the survivor is told (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "tell_joy_comply", roles = { "cps" },
          text = "Walk down the hall and tell Joy she has to comply; it's a legal document.",
          add = { strain = 1 }, go = "sofia_plan",
          rating = "concerning",
          feedback = "A subpoena is usually not a court order, and how the program answers it is for the program and its lawyer. Joy calls her director, who is not pleased.",
          rationale = "A subpoena is usually not a court order (point 20); CPS does not direct the program's confidentiality decisions (point 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "send_file", roles = { "dv" },
          text = "Copy the file and send it; ignoring a subpoena could mean contempt.",
          set = { victor_knows = true }, go = "sofia_plan",
          rating = "harmful",
          feedback = "A subpoena from an attorney is not a court order. Carmen's file, her plan and her children's names are now in the hands of the man she is leaving.",
          rationale = "Disclosure is compelled by statute or court order; a subpoena is usually neither (point 20); the program may not release without her consent (point 18).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "send_copies", roles = { "cps" },
          text = "Email him the parts of your file he asked for, to keep things moving and show CPS has nothing to hide.",
          set = { victor_knows = true }, go = "sofia_plan",
          rating = "harmful",
          feedback = "Your file goes to Victor's lawyer outside the court's process, with everything Carmen trusted CPS with. A release to CPS never covered Victor.",
          rationale = "Information shared under a release to CPS is not for onward disclosure, and CPS records reach parties only through the court (points 18, 17).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "set_aside", roles = { "dv" },
          text = "Put it in your drawer: it isn't a court order, so it can wait until things calm down.",
          add = { strain = 1 }, go = "sofia_plan",
          rating = "concerning",
          feedback = "Right that it is not a court order, wrong that it can be ignored. A subpoena needs a timely answer through counsel, or the program loses its chance to object.",
          rationale = "A subpoena is usually not a court order (point 20), but it is answered and objected to, not set aside.",
          tags = { "confidentiality" },
        },
        choice {
          id = "process", roles = { "cps" },
          text = "Tell him CPS records go through the court's process, not a phone call, and that the advocacy program answers its own subpoenas; then tell Joy only that he called.",
          go = "sofia_plan",
          rating = "recommended",
          feedback = "You gave him nothing, left the program's decision to the program, and let Joy know a lawyer is asking. The court's process protects everyone's rights, his included.",
          rationale = "A subpoena is not a court order and each agency answers for its own records (points 20, 19); CPS records reach him only through the court (point 17).",
          tags = { "confidentiality", "collaboration", "documentation" },
        },
      },
    },

    -- 10 -----------------------------------------------------------------------------------
    scene {
      id = "sofia_plan", phase = "case planning",
      speaker = { cps = "Your case plan", dv = "Marisa Kowal, CPS investigator" },
      text = function(s, role)
        local tense = ""
        if s.victor_knows then
          tense = " Carmen says Victor has been texting her about 'those people down at the county.'"
        end
        if role == "cps" then
          return "Two weeks later. Victor is staying with his brother while the investigation finishes; the "
              .. "children are with Carmen." .. tense .. "\n\n"
              .. "You are writing the family's case plan. Sofía is back at school and still goes to the "
              .. "Wednesday group. You want the plan to fit her, and you know she made a safety plan in group. "
              .. "What you hold about Sofía is below.\n\n"
              .. "Joy is at her desk. So is the form for requesting records from other agencies."
        end
        return "Two weeks later. Victor is staying with his brother while the investigation finishes; the "
            .. "children are with Carmen." .. tense .. "\n\n"
            .. "Marisa stops at your door with her laptop. \"I'm writing the case plan. Could you send me "
            .. "Sofía's safety plan from group, and anything she's said about how she's doing? I want the "
            .. "plan to fit her.\"\n\n"
            .. "Sofía came to group last Wednesday and drew a dog she doesn't have. What she has told you "
            .. "is below."
      end,
      reveal = { "sofia_group" },
      discussion = "Does exposure to the same violence affect Sofía and Mateo the same way? How would each system find out what Sofía needs without taking what is hers?",
      choices = {
        choice {
          id = "send_sofia_plan", roles = { "dv" },
          text = "Send Marisa Sofía's safety plan; it is about her safety, after all.",
          set = { child_conf_broken = true },
          go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "concerning",
          feedback = "Sofía's plan only works if Victor doesn't know it, and a case plan can reach him. She made it in a room where she was told it was hers.",
          rationale = "A child's feelings and safety plan stay confidential even after a reportable disclosure (point 20); records can reach the perpetrator (point 17).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "request_group", roles = { "cps" },
          text = "Send Joy the records request form for Sofía's group notes and safety plan, so the case plan can include them.",
          add = { strain = 1 }, go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "concerning",
          feedback = "Joy returns the form with a polite no. Sofía's plan is hers, and putting it in a case plan is how it reaches Victor.",
          rationale = "Children's feelings and safety plans stay confidential (point 20); a records request does not replace a release (point 18).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "general_help", roles = { "dv" },
          text = "Tell Marisa that what Sofía says in group stays there, then offer what you can: how children her age often respond, what the group covers, and a family safety-planning meeting with Carmen and Sofía.",
          go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "recommended",
          feedback = "Marisa gets what she needs for the plan, and Sofía keeps what is hers. In a family meeting, Sofía and Carmen can choose what to share.",
          rationale = "Children's safety plans and feelings stay confidential (point 20); general information and joint meetings need no release (point 21).",
          tags = { "confidentiality", "child_safety", "collaboration" },
        },
        choice {
          id = "family_planning", roles = { "cps" },
          text = "Ask Carmen and Sofía, with Joy, to build a family safety plan together, keep Sofía's own plan out of the file, and ask Joy in general what helps children her age.",
          go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "recommended",
          feedback = "Sofía and her mother decide what the family plan says, and the details that keep Sofía safe stay out of a file Victor's lawyer can read. Joy's general knowledge shapes the plan without any breach.",
          rationale = "Children's safety plans stay confidential (point 20); general information and joint meetings need no release (point 21); keep safety plans out of court records (point 17).",
          tags = { "child_safety", "confidentiality", "collaboration" },
        },
        choice {
          id = "needs_both", roles = { "dv" },
          text = "Tell Marisa that anything about Sofía would need a release agreed with both Sofía and Carmen, and that you'll raise it with them.",
          go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "acceptable",
          feedback = "Careful and honest. But even with a release, her safety plan does not belong in a case plan, and Marisa mostly needs to know what helps children like Sofía, which you can tell her now.",
          rationale = "A child's safety plan stays confidential (point 20); general information is shareable without a release (point 21).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "reinterview", roles = { "cps" },
          text = "Arrange to talk to Sofía again at school and ask her about her plan from group.",
          add = { strain = 1 }, go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "concerning",
          feedback = "Another interview asks a nine-year-old to hand over the one thing she made for herself. A family planning meeting lets her choose what to share.",
          rationale = "Children's safety plans stay theirs (point 20); a joint meeting with her mother and advocate is the better route (point 21).",
          tags = { "child_safety", "trauma_informed" },
        },
      },
    },

    -- 11 -----------------------------------------------------------------------------------
    scene {
      id = "revocation", phase = "release",
      speaker = { cps = "Joy Amadi, DV advocate", dv = "Carmen Delgado" },
      text = {
        cps = [[Three weeks after Carmen signed. Joy calls you.

"Carmen has revoked her release, as of this morning. I won't be sharing anything further, and I can't tell you anything about why."

What Joy sent you while the release was in force is in your file. Your case review is Friday. Paula, your supervisor, asks whether a mother taking back her release should count against her cooperation.]],
        dv = [[Three weeks after Carmen signed. Carmen calls from the cafeteria office on her break.

Since the papers from Victor's lawyer she hasn't slept well. "I want to take back that form. I don't want anything else going to CPS. Can I even do that?"

Her release said she could, at any time, by telling you. Marisa has a case review on Friday.]],
      },
      choices = {
        choice {
          id = "honour_now", roles = { "dv" },
          text = "Tell her yes, as of now; note the date and time, tell Marisa in writing that the release is revoked - nothing about why - and tell Carmen her services go on as before.",
          go = closing(),
          rating = "recommended",
          feedback = "Revocation took effect the moment she said it. Marisa knows to stop asking, Carmen knows nothing else changes, and what was shared stays within the release's terms.",
          rationale = "Releases are time-limited and revocable; services never depend on them (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "red_flag", roles = { "cps" },
          text = "Note in the assessment that the revocation suggests Ms. Delgado may be minimizing the risk.",
          add = { strain = 1 }, go = closing(),
          rating = "concerning",
          feedback = "Taking back a release is her right, and treating it as a warning sign punishes her for using it. It also teaches every mother in this building not to sign one.",
          rationale = "A release is revocable and voluntary; using its revocation against her makes it a condition in disguise (point 18); avoid blaming framings (point 14).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "keep_it", roles = { "dv" },
          text = "Suggest she keep it in place, since revoking it might make CPS wonder what has changed.",
          add = { trust = -1, strain = 1 }, go = closing(),
          rating = "concerning",
          feedback = "That pressures her to keep sharing out of fear of how it looks. A revocable release means nothing if the advocate talks her out of revoking.",
          rationale = "Consent must stay voluntary for as long as the release lasts (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "acknowledge", roles = { "cps" },
          text = "Note the date, keep what was shared while the release stood, stop asking Joy for updates, and keep talking with Carmen directly.",
          go = closing(),
          rating = "recommended",
          feedback = "You honoured the revocation without penalty and kept your own line to Carmen open. Her cooperation is measured by what she does for the children, not by a form.",
          rationale = "Releases are time-limited and revocable, and declining or revoking is never held against her (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "come_sign", roles = { "dv" },
          text = "Tell her she'll need to come in and sign a revocation form; until then the release stays in force.",
          add = { strain = 1 }, go = closing(),
          rating = "concerning",
          feedback = "Her release said she could take it back by telling you, and she just did. Making revocation harder than signing keeps information flowing against her wishes.",
          rationale = "A release must be revocable as easily as it was given (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "last_update", roles = { "cps" },
          text = "Ask Joy for one last update before the revocation goes through.",
          add = { strain = 1 }, go = closing(),
          rating = "concerning",
          feedback = "There is nothing to 'go through': the revocation took effect when Carmen said it. Asking puts Joy in the position of refusing you again.",
          rationale = "Revocation ends the authority to share at once (point 18).",
          tags = { "confidentiality", "collaboration" },
        },
      },
    },

    -- endings ------------------------------------------------------------------------------
    ending {
      id = "ending_trust_kept", title = "Her story, her say", classification = "positive",
      text = {
        cps = [[Sofía's report was acted on the day it was made, and she told her story once, to someone trained to hear it. Your file shows Victor's acts, Carmen's protective steps, and the risk factors she chose to let you see - nothing about where she sleeps, nothing from Sofía's group.

When Victor's lawyer came asking, there was nothing in your file that could help him find her. When Carmen took back her release, you took her at her word. She still returns your calls.

Joy's door is still open to you, and both of you know what can pass through it and what cannot.]],
        dv = [[Sofía's report went in the day she made it, with what the law required and nothing more; her feelings and her plan are still hers. Carmen met CPS with you beside her and told her own story, and the release she signed said exactly what it allowed, to whom, and for how long.

When Victor stood at your door, and when his lawyer's subpoena came, he got nothing. When Carmen took the release back, it ended that minute.

She still comes on Mondays. Marisa still stops at your door, and now she asks the questions you can answer.]],
      },
    },
    ending {
      id = "ending_partial", title = "Safe for now, not together", classification = "mixed",
      text = {
        cps = [[The children are safe this month, and nothing confidential reached Victor. But some of what could have passed between you and Joy, with Carmen's say-so, never did, or passed at a cost: a request that strained the working relationship, a meeting Carmen faced with less support than she could have had, a release that asked for more than you needed, or a record that did less for her than it could.

Your assessment stands on what CPS gathered itself. Carmen answers your questions, briefly. Next time, start with what Joy can share without a release, and with a meeting where Carmen speaks for herself.]],
        dv = [[The children are safe this month, and nothing confidential reached Victor. But the week cost more than it had to: a release that was missing something or was never signed, a hallway answer that said too much, a request handled in a way that strained things with Marisa, or a moment when Carmen had less support than she could have had.

Carmen still comes, less often. Marisa has learned to stop asking you anything. Next time, offer what you can share without a release, and make the release itself one Carmen chose line by line.]],
      },
    },
    ending {
      id = "ending_child_cost", title = "The report cost Sofía", classification = "mixed",
      text = {
        cps = [[Sofía's report was acted on and the children are safe for now. But the report did not go as it should have: it came late, or it carried more than the law required. Sofía's feelings and her plan are in a file now, or she learned that telling means waiting.

She has stopped talking in group.]],
        dv = [[Sofía's report was acted on and the children are safe for now. But the report did not go as it should have: it went in late, after you left the decision to Carmen, or it carried Sofía's feelings and her safety plan into a CPS file that Victor's lawyer can read.

Sofía still comes to group on Wednesdays. She draws, and she doesn't say much any more. Carmen says Sofía asked her whether "the lady at group tells everybody."]],
      },
    },
    ending {
      id = "ending_reaches_victor", title = "It reached Victor", classification = "negative",
      text = {
        cps = [[Something Carmen had not chosen to share travelled: her use of the advocacy program, what she had told her advocate, where the children were staying, or what Sofía said. It went into a record Victor's lawyer could read, or straight to Victor.

Victor now knows what Carmen told, and roughly when she means to leave. Carmen moved the children a week early, with no plan for Sofía's school. She no longer answers calls from the county, and Joy has asked that CPS route every request through her director.]],
        dv = [[Something Carmen had not chosen to share travelled: what she told you, that she is your client, or her file. It went into a CPS record his lawyer could read, or straight to Victor.

Victor now knows what she told, and that she was planning to leave. Carmen moved the children a week early, with no plan for Sofía's school. She has stopped coming to Tallowfield. Your director is reviewing the program's co-location agreement.]],
      },
    },
    ending {
      id = "ending_price_of_help", title = "Help with a price", classification = "negative",
      text = {
        cps = [[Carmen was told, one way or another, that signing a release was what a cooperative mother does. She learned that anything she gives the people in this building can be used to measure her.

She has stopped meeting Joy. When you call, she says she is fine and the children are fine, and ends the call. Your assessment will go to court without the one person who knows most about the danger Victor poses.]],
        dv = [[Carmen was told, one way or another, that your help came with a signature attached. The one confidential place in the building turned out to have a price.

She cancelled her Monday appointments, and Sofía stopped coming to group. Your director has pulled the release from the intake packet and asked you to walk her through how it got there.]],
      },
    },
  },
}
