-- Confidentiality and information sharing with a co-located advocate (practice points 18-21).
-- The Delgado-Salas family is fictional; so are Ashcombe County, the Tallowfield Advocacy
-- Project, Tern Lake and every person named here.

-- ---- helpers ------------------------------------------------------------------------------

-- Every condition the good ending needs, in one place so the routes and the debrief agree.
local function all_kept(s)
  return s.three_way and s.release_signed and s.release_quality >= 6 and not s.rel_location
     and s.note_score >= 5 and s.trust >= 3 and s.strain == 0 and s.bed == "near"
     and not s.report_problem and not s.child_conf_broken
end

-- The routes that close the case, tried in order. `first` (optional) is tried before them.
local function closing(first)
  local r = {}
  if first then r[#r + 1] = first end
  r[#r + 1] = { "ending_reaches_renata",
                when = function(s) return s.leaked or s.renata_knows or s.note_score == 0 end }
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

-- What left the advocate's office or the CPS file, said as what happened (the most serious first).
local function leak_story(s)
  local w = s.leak_what
  if w == "file" or w == "move_plan" then
    return "Renata's lawyer now holds a record that gives the date Rafael meant to move and the street he was moving to. "
        .. "Rafael moved the children ten days early, into a room nobody had checked, and Sofía missed a week of school."
  elseif w == "cps_file" then
    return "Your file went to Renata's lawyer outside the court's process, with everything Rafael had told you himself. "
        .. "Renata read it the same evening. Rafael took the children to his sister's that night and asked for a new caseworker."
  elseif w == "motel" then
    return "The name of the place where Rafael and the children slept that weekend went into writing that Renata's side could read. "
        .. "On Sunday her truck was in the parking lot across the road. Rafael packed the children into his sister's car at midnight."
  elseif w == "confronted" or w == "reporter" then
    return "Renata left her CPS interview knowing where the information came from. "
        .. "That night she texted Rafael forty times; he changed his number, and Sofía stopped going to group."
  elseif w == "client" then
    return "Renata now knows that Rafael has been talking to the advocacy program. She does not know what he said. "
        .. "She has told her lawyer, and the custody papers say he 'is being coached by a women's organization.'"
  elseif w == "bookings" or w == "refusal_note" then
    return "Your case notes said that Rafael had been meeting the advocacy program, and nothing more. "
        .. "Renata's lawyer read them in discovery and asked, in court, what he had been telling 'those people.' "
        .. "Rafael does not know how much she knows, and he has stopped telling anyone anything."
  end
  if w == "disclosures" then
    return "What Rafael told his advocate about the choking and the gun reached a CPS record without his release, "
        .. "and from there Renata's lawyer. Renata knows he told. Rafael moved the children to his sister's that night."
  end
  return "Your safety assessment carried a line that no release covered and no record should hold. Renata's lawyer "
      .. "read it in discovery and put it to Rafael at the first hearing. He moved the children that night."
end

-- What the week cost, said for this path only.
local function costs(s, role)
  local r = {}
  if not s.three_way then
    r[#r + 1] = role == "cps" and "Rafael met you alone, and told you less than he knew."
                              or "Rafael met CPS without you beside him."
  end
  if s.strain > 0 then
    r[#r + 1] = role == "cps" and "Joy now answers your questions in writing, copied to her director."
                              or "Marisa now sends her questions by email, copied to her supervisor."
  end
  if not s.release_signed then
    r[#r + 1] = role == "cps" and "No release was signed, so the risk history stayed with Joy."
                              or "No release was signed, so Marisa assessed the risk without the history you hold."
  elseif s.rel_location then
    r[#r + 1] = "The release he signed let his moving plans travel to CPS, where a lawyer may one day read them."
  elseif s.release_quality < 6 then
    r[#r + 1] = "The release he signed was missing part of what makes a release valid."
  end
  if s.note_score < 5 then
    r[#r + 1] = "Your safety assessment did less for him than it could have."
  end
  local weekend = {
    far = "The family spent three nights at the motel by the interstate, and Rafael lost a shift getting Sofía to school on Monday.",
    sister = "The family spent the weekend at his sister's, a place Renata knows; by Sunday the landlord wanted them gone.",
    home = "Rafael and the children were at home when Renata came back. He lost a shift, and left with them by bus an hour later.",
    waiting = "The director's answer came on Monday; the family spent the weekend on his sister's floor, a place Renata knows.",
  }
  if weekend[s.bed] then r[#r + 1] = weekend[s.bed] end
  if s.trust < 3 then
    r[#r + 1] = "Rafael trusts the building a little less than he did on Monday."
  end
  return table.concat(r, " ")
end

return scenario {
  id = "information-sharing",
  title = "Down the hall: what the advocate knows",
  version = "2.0.0",
  summary = "A CPS investigator and a co-located DV advocate share a building and a family, a father "
         .. "whose partner abuses him; what may pass between them, when, and on whose say-so.",
  minutes = 26,
  license = "CC-BY-4.0",
  content_notes = {
    "Domestic violence against a man by his female partner, including a past choking, mentioned briefly and without detail.",
    "A handgun in the home and a threat to a father about his son.",
    "A nine-year-old tells an adult she was hit with a belt; a bruise is mentioned, not described.",
    "Housing insecurity and the risk of losing a job during a crisis.",
  },
  objectives = {
    "Say what a VAWA/FVPSA-funded advocate may and may not share without a written, informed, time-limited release, and why a release can never be a condition of service.",
    "Recognize that co-location, a team confidentiality agreement or another agency's release does not stand in for the survivor's own release to your agency.",
    "Act on a child's reportable disclosure through the proper channel while keeping the child's feelings and safety plan confidential.",
    "Respond to a subpoena without treating it as a court order.",
    "Use what can be shared without a release: general dynamics, service information, aggregate figures and a three-way meeting where the survivor speaks for himself.",
    "Build or read a release: recipient, scope, time limit, revocation, written signature, and voluntariness.",
    "Plan safety for a male survivor with a job he cannot lose, when the shelter is built for women.",
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
           .. "domestic violence program, has had an office down your hall; you referred Rafael Delgado to her. "
           .. "You play one week of the case and the weeks after it.",
    },
    role {
      id = "dv", name = "DV advocate (co-located)",
      brief = "You are Joy Amadi, an advocate with the Tallowfield Advocacy Project, a domestic violence program funded "
           .. "under VAWA and FVPSA, with an office inside the Ashcombe County Children's Services "
           .. "building. You also co-lead the program's Wednesday children's group. Rafael Delgado came to "
           .. "you on a CPS referral; what he tells you is his. In this state you are a mandated reporter "
           .. "of child abuse, and you tell every client so at the first visit. You play one week of the "
           .. "case and the weeks after it.",
    },
  },

  state = {
    trust = 3,                 -- Rafael's trust in the people around this case
    strain = 0,                -- avoidable damage to the collaboration or to Rafael's standing
    leaked = false,            -- identifying information moved without a valid release
    renata_knows = false,      -- something confidential reached Renata or her lawyer
    leak_what = "",            -- what moved, so the ending can say it
    conditioned = false,       -- a release was made the price of help, or pressed on him
    price_how = "",            -- how it was pressed
    report_problem = false,    -- the mandated report was late or left to the parent
    child_conf_broken = false, -- Sofía's feelings or safety plan left the group
    child_how = "",            -- how
    three_way = false,         -- Rafael met CPS with his advocate beside him
    release_signed = false,
    rel_risk = false,          -- the release covers the risk history
    rel_steps = false,         -- the release covers his protective steps
    rel_location = false,      -- the release (wrongly) covers where he will live
    release_quality = 0,       -- 0-6, from the advocate's drafting step (6 when CPS plays)
    note_score = 5,            -- 0-5, from the investigator's drafting step (0 = unsafe)
    bed = "",                  -- where the family slept on the weekend
    how1 = "",                 -- what happened on Monday
    how3 = "",                 -- what happened on Wednesday
  },

  confidential = {
    secret {
      id = "risk_history", holder = "dv", released_when = "rel_risk",
      text = "Joy Amadi's notes of Monday's meeting, in Rafael's words: last April Renata choked him from behind "
          .. "during an argument about money; for days afterwards it hurt to swallow, and he told no one, because "
          .. "he did not think anyone would believe it. She keeps a handgun in the cab of her truck and brings it "
          .. "into the bedroom closet when she is home. In February she told him that if he ever took Mateo he "
          .. "would 'never see either of them again.' The danger assessment he and Joy went through together "
          .. "fell in the highest range.",
      withheld = "Joy's notes of her meetings with Rafael are confidential. Without a written release from "
              .. "Rafael that names CPS, you will not see them, and Joy will not confirm or deny what they hold.",
    },
    secret {
      id = "protective_steps", holder = "dv", released_when = "rel_steps",
      text = "Joy's notes, Rafael's protective steps: when Renata comes home from a run in a bad mood he "
          .. "takes the children to his sister's for the night; when she is home he sleeps in the "
          .. "children's room; he changed the school and daycare pickup lists to himself and his sister; "
          .. "he has met Joy every week since the referral and asked how protective orders work.",
      withheld = "What Rafael has done to keep himself and the children safe, as he has told it to Joy, is "
              .. "held in confidence until he signs a release that covers it.",
    },
    secret {
      id = "move_plan", holder = "dv", released_when = "rel_location",
      text = "Rafael's plan, as he told Joy: when Renata leaves on her next long run, on the 21st, he will "
          .. "move with the children into the apartment on Heron Street in Tern Lake that his sister Lucía "
          .. "rented in the spring, and move Sofía to the school two blocks away. Renata has never been "
          .. "there and does not know the address.",
      withheld = "Any plan Rafael has made for where he and the children will live is held by his advocate "
              .. "and is not covered by anything you hold.",
    },
    secret {
      id = "sofia_group", holder = "dv", released_when = "child_conf_broken",
      text = "What Sofía said in group beyond the belt: she thinks it happened because she was careless, and "
          .. "that if she tells anyone else Mateo will lose his mom and it will be her fault. Her own safety "
          .. "plan, made in group last week: if the shouting starts, she takes Mateo into her room, pushes "
          .. "the beanbag against the door and calls Aunt Lucía on the tablet.",
      withheld = "What Sofía says in the children's group - her feelings, her worries, the safety plan she made "
              .. "there - stays in the group. Only what the law required to be reported has come to you.",
    },
  },

  scenes = {

    -- 1 ------------------------------------------------------------------------------------
    scene {
      id = "the_ask", phase = "information sharing", title = "Monday at 3:15",
      speaker = { cps = "Your office", dv = "Marisa Kowal, CPS investigator" },
      text = {
        cps = [[Monday, 3:15 p.m. Rafael Delgado left Joy Amadi's office ten minutes ago. He walked past your door with his eyes down.

Your file is thin. Three weeks ago a neighbor called police to the Delgado-Salas apartment. Officers found a fresh bruise on Rafael's upper arm; he said his partner, Renata Salas, had shoved him into a door frame. Renata had already driven off. Sofía, 9, Rafael's daughter, and Mateo, 3, their son, were in the bedroom. No arrest, no prior record. At your first visit Rafael, a cook in the cafeteria at Sofía's school, was polite and said almost nothing.

Your safety assessment is due Friday. Renata, a long-haul driver, left Sunday on a run and is due back around noon on Friday. You do not know whether there is a gun in the home.

Joy's door is open.]],
        dv = [[Monday, 3:15 p.m. Rafael Delgado has just left after an hour with you. He came on a referral from Marisa Kowal, the CPS investigator down the hall. At the start you told him what stays between you, and what you would have to report.

He talked more than he expected to. More than once he said, "I know how this sounds, from a man." Your notes are below; you lock them in your drawer.

Marisa leans in your doorway. "Was that Rafael? What did he tell you? Is she still living there? Any guns? My safety assessment is due Friday and he gave me nothing." She means it; she is worried about two children.

Nobody else is in the hallway.]],
      },
      reveal = { "risk_history", "protective_steps" },
      discussion = "What does each of you need from the other this week, and what can actually move between you without Rafael's signature?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "ask_details", roles = { "cps" },
          text = "Ask Joy straight out whether Rafael mentioned a gun and whether Renata still lives there; two children's safety comes before paperwork.",
          set = { how1 = "ask_details", strain = 1 }, go = "team_huddle",
          rating = "concerning",
          feedback = "Joy cannot answer without Rafael's written release, so the question only puts her in a bind. Asking what she can share in general would have got you further.",
          rationale = "A federally funded DV program may not share personally identifying information without an informed, written, time-limited release, and co-location does not change that (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "intake_release", roles = { "dv" },
          text = "Tell Marisa not to worry: you'll add a CPS release to Rafael's paperwork at his next visit, along with the intake forms, so you two can talk.",
          set = { how1 = "intake_release", conditioned = true, price_how = "intake" }, go = "team_huddle",
          rating = "harmful",
          feedback = "A release folded into routine paperwork is not freely chosen. Rafael's help from you can never depend on signing one, and he should decide whether CPS hears anything at all.",
          rationale = "A release may never be a condition of service, and it must be informed and voluntary (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "ask_general", roles = { "cps" },
          text = "Ask Joy what warning signs she'd look for in a home like this one, what Tallowfield offers fathers, and whether a joint meeting is possible.",
          set = { how1 = "ask_general" }, go = "team_huddle",
          rating = "recommended",
          feedback = "You asked for what Joy can give: general risk information, services, and a way for Rafael to speak for himself. That keeps Joy's door open to you and Rafael's to both of you.",
          rationale = "Without a release an advocate can still share general dynamics, service information and aggregate figures, and offer a three-way meeting (point 21); asking for that respects point 18.",
          tags = { "collaboration", "confidentiality" },
        },
        choice {
          id = "quick_facts", roles = { "dv" },
          text = "Close the door and give Marisa the two facts she most needs for the children, the gun and the strangling, and nothing else.",
          set = { how1 = "quick_facts", leaked = true, leak_what = "disclosures" }, go = "team_huddle",
          rating = "harmful",
          feedback = "However few, these are Rafael's words, shared without his release. Once they are in a CPS file they can reach Renata's lawyer, and Rafael will know where they came from.",
          rationale = "Sharing identifying information without a written release breaks the program's legal duty and the survivor's trust; CPS records can reach the perpetrator (points 18, 17).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "calendar", roles = { "cps" },
          text = "Before going down the hall, look up the shared room calendar to see how often Rafael has met the advocate, and note it in the file.",
          set = { how1 = "calendar", leaked = true, leak_what = "bookings" }, go = "team_huddle",
          rating = "harmful",
          feedback = "Whether Rafael uses a DV program is itself identifying information. Taking it from a shared system and putting it in a file Renata's lawyer may read turns co-location into a leak.",
          rationale = "Co-location does not make the program's information CPS's; client status is personally identifying, and CPS records can reach the perpetrator (points 18, 19, 17).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "explain_offer", roles = { "dv" },
          text = "Explain you can't confirm anyone is a client; offer studies on firearms and strangling, county numbers, and to raise a joint meeting.",
          set = { how1 = "explain_offer" }, go = "team_huddle",
          rating = "recommended",
          feedback = "You held the line on Rafael's information and still gave Marisa something she can use. Offering a three-way meeting lets Rafael decide what CPS hears, in his own words.",
          rationale = "No identifying information without a written, time-limited release (point 18); general information, services and a three-way meeting are always available (point 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "own_interview", roles = { "cps" },
          text = "Leave Joy out of it and call Rafael to set up a second interview.",
          set = { how1 = "own_interview" }, go = "team_huddle",
          rating = "acceptable",
          feedback = "Your own interview is yours to do. You miss the general guidance and the joint meeting Joy could have offered.",
          rationale = "CPS keeps its own mandate to assess; point 21 describes what the advocate could have added without a release.",
          tags = { "child_safety", "collaboration" },
        },
        choice {
          id = "close_door", roles = { "dv" },
          text = "Tell Marisa you can't talk about anything to do with CPS families, not even in general, and turn back to your desk.",
          set = { how1 = "close_door" }, go = "team_huddle",
          rating = "concerning",
          feedback = "Rafael's information is safe, but general risk information and service details were never his to protect. A flat refusal teaches Marisa that the advocate down the hall is no use to her.",
          rationale = "Confidentiality held (point 18), but a flat refusal withholds what point 21 says an advocate can always offer; rated as flat refusals are across the library.",
          tags = { "confidentiality", "collaboration" },
        },
      },
    },

    -- 2 ------------------------------------------------------------------------------------
    scene {
      id = "team_huddle", phase = "team meeting", title = "Tuesday with Paula",
      speaker = { cps = "Paula Marchetti, your supervisor", dv = "Paula Marchetti, CPS supervisor" },
      text = function(s, role)
        local before = ""
        if role == "cps" then
          if s.how1 == "ask_general" then
            before = "Yesterday Joy would not tell you anything about Rafael, not even that he had been in. "
                  .. "She did tell you that a past choking and a gun in the home are two of the strongest "
                  .. "warning signs in lethality research, whoever the victim is; that her program served "
                  .. "forty-one families from this county last year, six of them with a male victim; and that "
                  .. "she would raise a joint meeting.\n\n"
          elseif s.how1 == "ask_details" then
            before = "Yesterday Joy said she could not answer questions about anyone without a written release. "
                  .. "She offered general information instead; you left before she finished.\n\n"
          elseif s.how1 == "calendar" then
            before = "Yesterday you found Rafael's first name three times among Joy's room bookings and wrote "
                  .. "it in your case notes.\n\n"
          else
            before = "Yesterday you left Rafael a voicemail asking for a second interview this week.\n\n"
          end
          return before .. [[Tuesday, 9:00 a.m. The co-located team meets in the small conference room: your supervisor Paula Marchetti, two other investigators, the school liaison, and Joy.

When you reach the Delgado case, one investigator says, "A shove from her, at his size? I'd want to know what he did first." Paula turns to Joy. "We all signed the team confidentiality agreement when Tallowfield moved in, so this stays in the room. And Mr. Okonjo, the school counselor, says Rafael signed a release so Joy could talk to him about Sofía. So we're covered. Joy, fill in the gaps?"

Joy looks at her hands. Everyone else looks at you; it is your case to present.]]
        end
        if s.how1 == "quick_facts" then
          before = "This morning, passing Marisa's desk, you saw a new line in her draft assessment: "
                .. "'Per DV advocate, father reports a handgun and prior choking.'\n\n"
        elseif s.how1 == "intake_release" then
          before = "A CPS release is clipped to the front of Rafael's file, ready for his next visit.\n\n"
        elseif s.how1 == "explain_offer" then
          before = "Yesterday you gave Marisa what you could. Last night you texted Rafael on the number he "
                .. "gave you as safe; he said he would think about meeting Marisa with you.\n\n"
        else
          before = "Yesterday Marisa walked away from your door unhappy.\n\n"
        end
        return before .. [[Tuesday, 9:00 a.m. The co-located team meets in the small conference room: Paula Marchetti, the CPS supervisor; Marisa and two other investigators; the school liaison; and you.

When Marisa reaches the Delgado case, one investigator says, "A shove from her, at his size? I'd want to know what he did first." Paula turns to you. "We all signed the team confidentiality agreement when Tallowfield moved in, so this stays in the room. And Mr. Okonjo at the school says Rafael signed a release for you to talk to him about Sofía. So we're covered. Fill in the gaps?"

Rafael did sign a release last week: to Mr. Okonjo only, about a quiet place for Sofía at school, for sixty days.]]
      end,
      discussion = "What does your team's confidentiality agreement actually cover, and who signed it? And what did the remark about his size assume?",
      reason = "What were you weighing?",
      choices = {
        choice {
          id = "explain_scope", roles = { "dv" },
          text = "Explain the agreement binds staff, not Rafael, and his form for the counselor covers nobody else; then share studies on strangling and firearms.",
          go = "group_disclosure",
          rating = "recommended",
          feedback = "You named the rule without a lecture and kept helping: general risk information, which holds whoever the victim is, is exactly what the team can use without anyone's signature.",
          rationale = "A team agreement is no substitute for the survivor's release; one release per agency (point 19); general information is always shareable (points 21, 5).",
          tags = { "confidentiality", "collaboration", "risk_assessment" },
        },
        choice {
          id = "present_own", roles = { "cps" },
          text = "Present the police account as it stands, note that neither paper reaches CPS, and put to Joy what strangling and a gun mean for risk.",
          go = "group_disclosure",
          rating = "recommended",
          feedback = "You took Joy out of an impossible position and named the rule for the room: each agency needs its own release from Rafael. Keeping to the report also answers the remark about his size: the evidence says who shoved whom.",
          rationale = "A team agreement is no substitute for the survivor's release, and a release reaches only the agency it names (point 19); general risk information is always shareable (points 21, 5); assess the pattern, not assumptions (point 4).",
          tags = { "confidentiality", "collaboration", "risk_assessment" },
        },
        choice {
          id = "call_rafael", roles = { "dv" },
          text = "Step out and phone Rafael at work to ask if he'll agree, by phone, to a release for the team, so that nobody has to guess.",
          set = { strain = 1 }, add = { trust = -1 }, go = "group_disclosure",
          rating = "concerning",
          feedback = "Permission asked by phone in the middle of his shift, in a kitchen full of coworkers, with a room waiting on his answer, is neither written nor freely given.",
          rationale = "A release must be informed, written and time-limited; pressured verbal consent does not meet it (point 18), and co-location does not lower the bar (point 19).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "ask_joy_fill", roles = { "cps" },
          text = "Agree with Paula: the agreement was written for exactly this, and Joy can fill in what Rafael has told her.",
          set = { strain = 1 }, go = "group_disclosure",
          rating = "concerning",
          feedback = "Joy has to refuse you in front of the team, and the room learns the wrong rule. The school release and the team agreement do not cover CPS.",
          rationale = "Co-location and team agreements change nothing about what the program may share; a release covers only the agency it names (point 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "summarize", roles = { "dv" },
          text = "Accept that the agreement covers it and give the team a short summary of what Rafael has told you, mainly to correct the remark made about his size.",
          set = { leaked = true, leak_what = "disclosures" }, go = "group_disclosure",
          rating = "harmful",
          feedback = "Wanting to defend him is understandable, but the school release names Mr. Okonjo alone, and the team agreement is a promise among staff, not Rafael's consent. His information is now with six people and in their notes.",
          rationale = "One release per agency; a team confidentiality agreement never replaces the survivor's own release (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "rewrite_agreement", roles = { "cps" },
          text = "Propose the team rewrite its agreement so the advocate shares whatever bears on child safety; she is a mandated reporter already.",
          set = { strain = 1 }, go = "group_disclosure",
          rating = "concerning",
          feedback = "A local agreement cannot override the federal confidentiality rules the program works under, and proposing it tells Joy her limits are a local inconvenience. Mandated reports already cover abuse that must be reported.",
          rationale = "The program's duties come from its funding statutes, not from a team agreement; reportable abuse is already an exception (points 18, 19, 20).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "stay_quiet", roles = { "dv" },
          text = "Say you can't discuss the family, and let Marisa carry on.",
          go = "group_disclosure",
          rating = "acceptable",
          feedback = "Rafael's information stays safe. The team is left thinking the agreement might have covered it, with the remark about his size unanswered.",
          rationale = "Confidentiality held (point 18), but the misunderstanding about the team agreement goes uncorrected (point 19) and point 21's options go unused.",
          tags = { "confidentiality" },
        },
        choice {
          id = "move_on", roles = { "cps" },
          text = "Present the police report and move to the next case.",
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
      id = "group_disclosure", phase = "mandated report", title = "A report from group",
      speaker = { cps = "The hotline report", dv = "Sofía Delgado, 9" },
      text = {
        cps = [[Wednesday, 6:05 p.m. A new report is assigned to you and linked to the Delgado case. The reporter is the Tallowfield advocate; Rafael was on the call with her.

The report: at a children's group this afternoon, Sofía, 9, said her father's partner, Renata Salas, hit her with a belt on Saturday after she spilled juice in Renata's truck. The reporter saw a bruise on the back of Sofía's leg. Renata is on the road and due home around noon on Friday. Rafael told the hotline he will keep the children with a relative until then.

The report says nothing else about Sofía or about the group.

Your protocol calls for face-to-face contact with the child within 24 hours.]],
        dv = [[Wednesday, 4:20 p.m. The children's group is drawing "my safe place." Sofía Delgado draws her aunt's kitchen. Without looking up, she tells you that Renata hit her with a belt on Saturday because she spilled juice in her truck. When she shifts in her chair you see the edge of a bruise on the back of her leg, below her shorts.

She says more, about how she feels and about the safety plan she made in group last week. It is below.

Group ends at 5:00; Rafael picks up Sofía and Mateo at 5:15. Renata is on the road until Friday around noon.

In this state you are a mandated reporter, and Rafael heard that at his first visit.]],
      },
      reveal = { "sofia_group" },
      discussion = "Where exactly is the line between what a child's disclosure requires you to report and what the child has trusted you with?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "wait_for_rafael", roles = { "dv" },
          text = "Tell Rafael at pickup and let him decide whether to call CPS; he is the protective parent, and it should come from him.",
          set = { how3 = "waited", report_problem = true, child_how = "late" }, go = "after_report",
          rating = "harmful",
          feedback = "A mandated report is not Rafael's decision or yours to delegate. Handing it to him also puts him between Sofía and Renata, two days before she comes home.",
          rationale = "Reportable child abuse is a statutory exception to confidentiality and must be acted on by the reporter (point 20).",
          tags = { "child_safety", "confidentiality" },
        },
        choice {
          id = "group_notes", roles = { "cps" },
          text = "Ask Joy for her notes from the children's group, so you know everything Sofía has said before anyone interviews her.",
          set = { how3 = "notes", strain = 1 }, go = "after_report",
          rating = "concerning",
          feedback = "The report gave you what the law requires. Sofía's other words in group are hers, and the forensic interview is the place to hear her account.",
          rationale = "A child's reportable disclosure is shared; the child's feelings and safety plan stay confidential (point 20).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "report_everything", roles = { "dv" },
          text = "Call the hotline now and give the full picture: the belt, the bruise, how Sofía feels about it and the safety plan she made with you in group.",
          set = { how3 = "everything", child_conf_broken = true, child_how = "report" }, go = "after_report",
          rating = "concerning",
          feedback = "The belt and the bruise had to be reported. Sofía's feelings and her safety plan did not, and a safety plan that reaches a CPS file can reach Renata.",
          rationale = "Children's reportable disclosures are acted on; their feelings and safety plans stay confidential (point 20); records can reach the perpetrator (point 17).",
          tags = { "child_safety", "confidentiality" },
        },
        choice {
          id = "call_renata", roles = { "cps" },
          text = "Call Renata's cell tonight to hear her side before she hears about it some other way and turns up angry.",
          set = { how3 = "renata", strain = 1 }, add = { trust = -1 }, go = "after_report",
          rating = "harmful",
          feedback = "Renata hears of the report two days before she gets home, while Rafael and the children have no plan in place. She will wonder who talked, and the group is the obvious answer.",
          rationale = "Contact with the perpetrator comes after the child and survivor are safe, and rests on evidence CPS holds itself (points 10, 20).",
          tags = { "child_safety", "risk_assessment" },
        },
        choice {
          id = "tell_marisa", roles = { "dv" },
          text = "Walk down the hall after group and report what Sofía said to Marisa; she has the family's case already.",
          set = { how3 = "hallway", strain = 1 }, go = "after_report",
          rating = "concerning",
          feedback = "A word in the hallway is not the report the law requires, and it leaves no record of what you said. Marisa will have to send you to the hotline anyway.",
          rationale = "The statutory exception is met through the formal report, not through co-location (points 19, 20).",
          tags = { "child_safety", "collaboration" },
        },
        choice {
          id = "cac_tomorrow", roles = { "cps" },
          text = "Schedule Sofía's forensic interview at the child advocacy center for tomorrow, and reach Rafael before Renata is back.",
          set = { how3 = "cac" }, go = "after_report",
          rating = "recommended",
          feedback = "A forensic interview gets Sofía's account once, well, from a trained interviewer. Seeing Rafael before Friday lets you build the weekend's plan with the parent who is protecting the children.",
          rationale = "The reportable disclosure is acted on through the proper channel (point 20); the evidence CPS gathers itself is what it can later rely on with Renata (point 10).",
          tags = { "child_safety", "trauma_informed" },
        },
        choice {
          id = "report_limited", roles = { "dv" },
          text = "Call in the belt and the bruise today, nothing else; at pickup, tell Rafael out of earshot and check whether he wants to be on the call.",
          set = { how3 = "limited" }, go = "after_report",
          rating = "recommended",
          feedback = "The report goes in the same day, with what the law requires and no more. Telling Rafael first, with Renata away, keeps him in the loop and lets him be part of protecting Sofía.",
          rationale = "Mandated reports are an exception to confidentiality; children's feelings and safety plans stay confidential (point 20); transparency with the survivor keeps the relationship (point 18).",
          tags = { "child_safety", "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "home_tonight", roles = { "cps" },
          text = "Drive out tonight to see both children where they are staying and look at the bruise yourself, within the protocol's hours.",
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
      id = "after_report", phase = "information sharing", title = "The morning after",
      speaker = { cps = "Your case", dv = "Rafael Delgado" },
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
            first = "Renata did not pick up last night. At 6 a.m. she left you an angry voicemail asking who "
                 .. "'made up this story.' Rafael called the office, shaken: she had phoned him from the road."
          end
          local joy = ""
          if s.how1 == "ask_general" then
            joy = " On Monday Joy said she would raise a joint meeting with Rafael."
          end
          return "Thursday, 11:30 a.m. " .. first .. "\n\n"
              .. "You need to see Rafael today, before Renata is home at midday tomorrow, to talk about where "
              .. "the children will be this weekend and what happens next." .. joy .. "\n\n"
              .. "Rafael works in the school kitchen until 1:30. He is paid by the hour and has already missed "
              .. "two shifts this month. Mateo is at daycare; Sofía is at school."
        end
        local first
        if s.how3 == "waited" then
          first = "At pickup yesterday Rafael begged you to let him handle it: 'If CPS hears this, they'll "
               .. "give Mateo to her. Everybody thinks kids belong with their mother.' You let him go. At 7:30 "
               .. "your director, Naomi Fisk, reminded you the law gives you no such choice, and you made the "
               .. "report from the office."
        elseif s.how3 == "everything" then
          first = "You made the report before pickup yesterday, the belt and the bruise along with Sofía's "
               .. "worries and her plan. You told Rafael afterwards."
        elseif s.how3 == "hallway" then
          first = "Marisa heard you out yesterday and sent you to the hotline; you reported an hour later and "
               .. "told Rafael at pickup."
        else
          first = "At pickup yesterday you told Rafael, in the small room, what Sofía said and that you had "
               .. "to report it. He made the call with you, his voice shaking."
        end
        return first .. "\n\n"
            .. "Thursday, 7:20 a.m. Rafael is waiting at your door when you come in; his shift in the school "
            .. "kitchen starts at 8:00. He has not slept.\n\n"
            .. "\"I trusted you. Now CPS is all over us. What did you tell them? What else are you going to "
            .. "tell them? If this goes to court, they'll give Mateo to her.\"\n\n"
            .. "Sofía's forensic interview is at ten. Marisa wants to see Rafael today, before Renata is home."
      end,
      discussion = "After a mandated report, what does a parent need to hear to keep talking to either of you?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "law_made_me", roles = { "dv" },
          text = "Tell him the law made you report it, and that it's better for him if you don't go over the details.",
          add = { trust = -1 }, go = "thursday_meeting",
          rating = "concerning",
          feedback = "True, but it leaves him guessing what CPS knows. Telling him exactly what was and was not reported is what lets him trust you with anything else.",
          rationale = "Transparency about the limits of confidentiality is part of informed consent (points 18, 20).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "summon_alone", roles = { "cps" },
          text = "Call Rafael at work and ask him to meet you at 3:00, on his own; a CPS interview should be just CPS and the parent.",
          add = { trust = -1 }, go = "thursday_meeting",
          rating = "concerning",
          feedback = "You will get your interview, but a call at work and a summons to come alone tell him this is being done to him. Joy could have sat beside him.",
          rationale = "A three-way meeting lets the survivor speak for himself with support (point 21).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "offer_three_way", roles = { "dv" },
          text = "Go through what the hotline was told and what it wasn't, say everything else stays here, and that you'll sit in with him and Marisa.",
          set = { three_way = true }, add = { trust = 1 }, go = "thursday_meeting",
          rating = "recommended",
          feedback = "He now knows what CPS has and what it does not, and he will not face Marisa alone. That is how trust survives a mandated report.",
          rationale = "The report was a statutory exception; his own disclosures stay confidential (points 18, 20); a three-way meeting lets him speak for himself (point 21).",
          tags = { "survivor_partnership", "confidentiality", "collaboration" },
        },
        choice {
          id = "removal_warning", roles = { "cps" },
          text = "Phone Rafael and tell him that if Renata comes home to the children this weekend, you will have to consider removal.",
          add = { trust = -2 }, go = "thursday_meeting",
          rating = "concerning",
          feedback = "He is already keeping the children away from her; a threat lands on the parent who is protecting them. Building the weekend plan with him would do more.",
          rationale = "Removal from the non-offending parent is a last resort after partnering with him (points 1, 2); coercion undermines every later consent (point 18).",
          tags = { "survivor_partnership", "reasonable_efforts" },
        },
        choice {
          id = "sign_today", roles = { "dv" },
          text = "Tell him the best way to have you in his corner with CPS, and to keep Mateo, is a release for Marisa today.",
          set = { conditioned = true, price_how = "corner" }, add = { trust = -1 }, go = "thursday_meeting",
          rating = "harmful",
          feedback = "That ties your help to his signature, on the worst morning of his week, and uses his fear for his son to get it. A release signed to keep an advocate is not a free choice.",
          rationale = "A release can never be a condition of service (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "joy_offers", roles = { "cps" },
          text = "Have Joy pass word to Rafael: any time after his shift suits you, and she can sit in too if he'd rather.",
          set = { three_way = true }, add = { trust = 1 }, go = "thursday_meeting",
          rating = "recommended",
          feedback = "Joy can pass on your request without sharing anything, and Rafael gets to choose how he meets you, at an hour that does not cost him pay. People say more when they are not alone.",
          rationale = "A three-way meeting lets the survivor speak for himself and needs no release (point 21).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "give_space", roles = { "dv" },
          text = "Say you're sorry this is so hard, and you'll be here whenever he wants.",
          go = "thursday_meeting",
          rating = "acceptable",
          feedback = "Kind, and it keeps the door open. He still does not know what CPS heard, and he goes to Marisa alone.",
          rationale = "Explaining what was and was not reported (point 20) and offering a joint meeting (point 21) would have done more.",
          tags = { "survivor_partnership", "trauma_informed" },
        },
      },
    },

    -- 5 ------------------------------------------------------------------------------------
    scene {
      id = "thursday_meeting", phase = "joint meeting", title = "Thursday at two",
      speaker = { cps = "Rafael Delgado", dv = "Rafael Delgado" },
      text = function(s, role)
        if role == "cps" then
          if s.three_way then
            return [[Thursday, 2:00 p.m., the small interview room. Rafael came straight from the school kitchen when his shift ended at 1:30, still in his white work shirt. He sits close to Joy.

You have the police report, the hotline report, and Sofía's recorded interview. Joy has told you nothing about Rafael and will not unless Rafael tells her to.

Rafael speaks first. "I didn't know about the belt. She's never touched the kids before. When you came to the house I wanted to tell you things, and I couldn't. Who believes a man about this?" He stops and looks at Joy, then at you.]]
          end
          return [[Thursday, 3:00 p.m., the small interview room. Rafael came alone, by bus from the school, still in his white work shirt. He keeps his jacket on.

You have the police report, the hotline report and Sofía's recorded interview. Rafael says he didn't know about the belt and that Renata has never touched the children before. Then he stops talking.

He looks at the door twice.]]
        end
        if s.three_way then
          return [[Thursday, 2:00 p.m. You sit beside Rafael in the small interview room; Marisa sits across. He came straight from his shift.

Before the meeting Rafael told you one more thing, the plan he has been building for weeks. It is below.

Marisa explains the report and asks Rafael what he wants her to understand. He begins - "She's never touched the kids before" - and stops. He looks at you. You know about the choking and the gun. He hasn't said either.]]
        end
        return [[Thursday, 2:35 p.m. Rafael has a 3:00 meeting with Marisa, alone. He stops at your door first, still in his white work shirt from the school kitchen.

He tells you the plan he has been building for weeks. It is below.

Then: "What do I say in there? If I tell them what she does, they'll think I'm the one who can't handle his own house. What if they give Mateo to her?"

He has twenty-five minutes before he has to walk down the hall, and he keeps checking the clock over your door.]]
      end,
      reveal = { "move_plan" },
      discussion = "What would it take for a man in Rafael's place to be believed here, and what does each of you do to make it safe for him to speak for himself?",
      reason = "What were you weighing here?",
      choices = {
        choice {
          id = "both_ways", roles = { "cps" }, when = function(s) return s.three_way end,
          text = "Ask him, gently, whether things get physical both ways at home; the report is one night, and he is much bigger than she is.",
          add = { trust = -2 }, go = "release_talk",
          rating = "concerning",
          feedback = "The police report says who shoved whom. Asking him to clear himself first tells him what he feared: that a man who reports abuse is assumed to have started it.",
          rationale = "Avoid 'mutual violence' framing; assess the perpetrator's pattern, not size or gender (points 14, 4); name his protective efforts (point 7).",
          tags = { "survivor_partnership", "cultural_responsiveness" },
        },
        choice {
          id = "explain_listen", roles = { "cps" }, when = function(s) return s.three_way end,
          text = "Set out what CPS is required to do next and which parts are up to him, then let him tell it his way.",
          add = { trust = 1 }, go = "release_talk",
          rating = "recommended",
          feedback = "Being clear about the mandated and the voluntary parts gives him firm ground. Then he decides what to tell you, in his own words.",
          rationale = "The three-way meeting works when the survivor speaks for himself (point 21); honesty about what is required is part of informed consent (point 18).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "joy_summarize", roles = { "cps" }, when = function(s) return s.three_way end,
          text = "Ask Joy to sum up what Rafael told her on Monday, so he can sit back and not go through all of it again.",
          set = { strain = 1 }, add = { trust = -1 }, go = "release_talk",
          rating = "concerning",
          feedback = "Kindly meant, but it asks Joy to disclose without a release, in front of Rafael, and turns him into the subject of a conversation about him. Joy hands the question back to Rafael.",
          rationale = "Being in the room is not a release; the point of the meeting is that he speaks for himself (points 18, 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "explain_listen_alone", roles = { "cps" }, when = function(s) return not s.three_way end,
          text = "Set out what CPS is required to do and what is up to him, note he kept the kids away from her, and mention Joy could come next time.",
          add = { trust = 1 }, go = "release_talk",
          rating = "recommended",
          feedback = "Naming what he has done as protective, and offering him the advocate's support, gives him a reason to keep talking to you.",
          rationale = "Document and name protective efforts (point 7); offer the three-way route (point 21).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "sign_to_show", roles = { "cps" }, when = function(s) return not s.three_way end,
          text = "Tell him a release with the advocate is his choice, but signing would show CPS he is cooperating, which will help with Mateo.",
          set = { conditioned = true, price_how = "cooperating" }, go = "release_talk",
          rating = "harmful",
          feedback = "A release signed to look cooperative for an investigator is not a free choice. Whether he signs should never count for or against him.",
          rationale = "Consent to release must be informed and voluntary, never a condition (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "leave_or_lose", roles = { "cps" }, when = function(s) return not s.three_way end,
          text = "Tell him that unless he leaves Renata, you can't promise the children stay with him.",
          add = { trust = -2 }, go = "release_talk",
          rating = "concerning",
          feedback = "Leaving is the most dangerous time, and he may already be planning it. An ultimatum puts the burden on him instead of on Renata's behavior.",
          rationale = "Partner with the protective parent; removal is a last resort; separation raises risk (points 2, 5).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "beside_her", roles = { "dv" }, when = function(s) return s.three_way end,
          text = "Let the silence be; lean over and offer him a pause, or a hand finding the first sentence.",
          add = { trust = 1 }, go = "release_talk",
          rating = "recommended",
          feedback = "He stays in charge of his own story, with support. What he chooses to say, he can stand behind.",
          rationale = "The three-way meeting lets the survivor speak for himself; the advocate does not disclose for him (points 18, 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "fill_in", roles = { "dv" }, when = function(s) return s.three_way end,
          text = "Help by filling the silence: tell Marisa about the strangling and the gun, so he doesn't have to say it and risk not being believed.",
          set = { leaked = true, leak_what = "disclosures" }, go = "release_talk",
          rating = "harmful",
          feedback = "He had not decided to say it. Sitting in the room is not a release, and what you said is now in Marisa's notes.",
          rationale = "No identifying information without a written release, even in a joint meeting; the meeting exists so he speaks for himself (points 18, 21). Speaking a survivor's disclosure for him is rated harmful across the library.",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "silent", roles = { "dv" }, when = function(s) return s.three_way end,
          text = "Say nothing at all: it's his meeting and Marisa's interview, and anything from you would look like coaching.",
          go = "release_talk",
          rating = "acceptable",
          feedback = "You did not speak for him. A quiet offer of a pause or help finding words would have supported him more.",
          rationale = "In a three-way meeting the advocate supports the survivor to speak for himself (point 21).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "good_word", roles = { "dv" }, when = function(s) return not s.three_way end,
          text = "Tell him not to worry: you'll stop by Marisa's office first and tell her that he's the careful parent in that home.",
          set = { leaked = true, leak_what = "client" }, go = "release_talk",
          rating = "harmful",
          feedback = "Even good news about him is his information. Without a release you cannot vouch for him, and anything you say can end up in a record Renata's lawyer reads.",
          rationale = "Confirming a client and describing him is disclosure of identifying information (points 18, 17).",
          tags = { "confidentiality" },
        },
        choice {
          id = "leaflet", roles = { "dv" }, when = function(s) return not s.three_way end,
          text = "Give him the program's leaflet on parents' rights in a CPS investigation and wish him luck.",
          go = "release_talk",
          rating = "acceptable",
          feedback = "Useful information, but he goes in alone and frightened. Offering to sit beside him would have cost you an hour.",
          rationale = "Service information is shareable (point 21); so is the offer of a three-way meeting.",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "prepare_offer", roles = { "dv" }, when = function(s) return not s.three_way end,
          text = "Go over what Marisa is likely to ask and what is his to decide, and offer to come in with him.",
          set = { three_way = true }, add = { trust = 1 }, go = "release_talk",
          rating = "recommended",
          feedback = "He goes in knowing the ground, and he says yes to having you there. What he tells Marisa will be his own choice.",
          rationale = "Service information and a three-way meeting are always available without a release (point 21).",
          tags = { "survivor_partnership", "collaboration" },
        },
      },
    },

    -- 6 ------------------------------------------------------------------------------------
    scene {
      id = "release_talk", phase = "release", title = "Talking about a release",
      speaker = { cps = "Rafael Delgado", dv = "Rafael Delgado" },
      text = function(s, role)
        if role == "cps" then
          if s.trust < 3 then
            return [[Thursday, 3:40 p.m. Rafael has answered your questions in as few words as he can.

When you mention that his advocate could share information with you if he signs a release, he shakes his head. "No. Nothing else goes anywhere. I've seen this week what happens when people know things."

He picks up his bag. He has not said where the children will sleep this weekend.]]
          end
          local lead
          if s.three_way then
            lead = "Joy turns to him: \"If you want, there's a form that would let me talk directly with the investigator here - "
                .. "only about what you choose, only with her, only for as long as you choose. It's up to you, "
                .. "and nothing about my help depends on it.\""
          else
            lead = "Near the end he says, \"The woman down the hall told me there's a form I could sign so "
                .. "she can talk to you. Only what I choose, and I can take it back.\""
          end
          return (s.three_way and "Thursday, 2:40 p.m." or "Thursday, 3:40 p.m.")
              .. " In his own words, Rafael has told you that Renata owns a handgun and that "
              .. "he wants it nowhere near the children. He has not worked out where they will sleep this weekend.\n\n"
              .. lead .. "\n\n"
              .. "Rafael looks at you. \"What would you want it to cover?\""
        end
        if s.trust < 3 then
          local where = s.three_way and "Thursday, 2:50 p.m. Marisa has stepped out of the room."
                                     or "Thursday, 3:50 p.m. Rafael is back from his meeting with Marisa."
          return where .. [[


"Marisa asked if I'd sign something so you two can talk. I'm not signing anything. Not after this week."

He is holding his bus pass. Mateo is at daycare until 5:30, and he has not eaten since breakfast. He glances at the folder on your desk as if it might already hold his name.

Renata is home tomorrow at midday. He has not worked out where the children will sleep.]]
        end
        local lead
        if s.three_way then
          lead = "Thursday, 2:40 p.m. In his own words, Rafael has told Marisa that Renata has a handgun and that "
              .. "he wants it away from the children. He has not mentioned the choking, the threat or the plan. "
              .. "Marisa steps out to let the two of you talk."
        else
          lead = "Thursday, 3:50 p.m. Rafael is back from his meeting with Marisa. \"She asked if I'd let you "
              .. "talk to her. I don't know what that means.\""
        end
        return lead .. "\n\n"
            .. "Rafael says he might want you to be able to talk to Marisa - \"so I don't have to say everything "
            .. "twice, and so she knows I'm not making it up\" - but he is frightened of where it could end up.\n\n"
            .. "You have the program's release form in your folder."
      end,
      discussion = "What makes a release informed? What would Rafael need to know about where his information can travel once CPS holds it?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "county_form", roles = { "cps" }, when = function(s) return s.trust >= 3 end,
          text = "Offer the county's consent form instead: one signature covers every agency in the building and all records, so no one asks him twice.",
          set = { strain = 1 }, add = { trust = -1 }, go = "weekend_bed",
          rating = "concerning",
          feedback = "A blanket form for every agency and every record is the opposite of what he asked for, and Joy's program needs its own specific release. Rafael puts the pen down.",
          rationale = "One release per agency, specific in scope; a team or county form is no substitute for the survivor's release to the program (points 18, 19).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "narrow_ask", roles = { "cps" }, when = function(s) return s.trust >= 3 end,
          text = "Request the risk history and what he has done to protect the kids, to you alone for a month, and say no is an answer too.",
          set = { release_signed = true, rel_risk = true, rel_steps = true, release_quality = 6 },
          go = "weekend_bed",
          rating = "recommended",
          feedback = "A narrow, time-limited request is one he can say yes to safely. Joy writes it up with him, and Rafael signs.",
          rationale = "A release is written, informed, time-limited and specific about what and to whom (points 18, 19); his location stays out (point 12).",
          tags = { "confidentiality", "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "add_address", roles = { "cps" }, when = function(s) return s.trust >= 3 end,
          text = "Ask that it also cover where he and the children will live in the days ahead, so home visits don't depend on him calling.",
          set = { release_signed = true, rel_risk = true, rel_steps = true, rel_location = true, release_quality = 6 },
          add = { trust = -1 }, go = "weekend_bed",
          rating = "concerning",
          feedback = "He agrees because he feels he must. His location is now in CPS's hands, and CPS records can reach Renata's lawyer; you could have arranged visits without holding the address in the file.",
          rationale = "Location is identifying information and should stay out of records the perpetrator may see (points 12, 17); ask for what you need (point 18).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "looks_like_hiding", roles = { "cps" }, when = function(s) return s.trust < 3 end,
          text = "Tell him, as a friendly warning, that a judge may read refusing as having something to hide.",
          set = { conditioned = true, price_how = "hiding" }, go = "weekend_bed",
          rating = "harmful",
          feedback = "A release signed under that threat is not consent, and the threat itself tells him that CPS is not safe to talk to.",
          rationale = "A release must be voluntary; refusing it must cost him nothing (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "respect_no", roles = { "cps" }, when = function(s) return s.trust < 3 end,
          text = "Say that's his right, the assessment carries on with what you have, and leave him your number.",
          go = "weekend_bed",
          rating = "recommended",
          feedback = "His no costs him nothing with you, and he knows it. That is what makes a later yes possible.",
          rationale = "Declining a release can never be held against a survivor (point 18).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "ask_again_later", roles = { "cps" }, when = function(s) return s.trust < 3 end,
          text = "Leave the form with him and say you'll ask again on Monday, once the weekend is over and he has had time to think about it.",
          go = "weekend_bed",
          rating = "acceptable",
          feedback = "No threat, but a promise to ask again keeps the question hanging over him. Telling him plainly that no is a full answer would have freed him.",
          rationale = "A release must be voluntary and declining it must cost nothing (point 18).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "walk_through", roles = { "dv" }, when = function(s) return s.trust >= 3 end,
          text = "One part at a time: what Marisa would learn, where CPS records go, for how long, how to end it. He keeps or strikes every line.",
          set = { release_signed = true, rel_risk = true, rel_steps = true },
          go = "release_form",
          rating = "recommended",
          feedback = "Informed consent means he knows where his words can travel. He chooses the choking, the gun, the threat and the steps he has taken, and nothing about where he is going.",
          rationale = "An informed, written, time-limited release, specific to one agency and one scope (points 18, 19); location stays out (point 12).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "prefilled", roles = { "dv" }, when = function(s) return s.trust >= 3 end,
          text = "Hand him the program's standard release with every box already ticked, so he won't have to come back and sign a second form later.",
          set = { release_signed = true, rel_risk = true, rel_steps = true, rel_location = true, strain = 1 },
          go = "release_form",
          rating = "concerning",
          feedback = "Ticked boxes he did not choose are not informed consent, and 'everything' includes his plan to move. He signs to get it over with.",
          rationale = "A release must be informed and specific about what is shared (point 18); location is identifying and must not travel (point 12).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "think_day", roles = { "dv" }, when = function(s) return s.trust >= 3 end,
          text = "Suggest he take a day to think it over and come back to sign it here if he still wants to.",
          go = "weekend_bed",
          rating = "acceptable",
          feedback = "No pressure, and he keeps control. But Marisa's assessment is due tomorrow, and Rafael did want Marisa to understand; walking through it with him now would have served his wish.",
          rationale = "A release must be voluntary (point 18); helping him make an informed choice today was possible.",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "only_if_sign", roles = { "dv" }, when = function(s) return s.trust < 3 end,
          text = "Tell him you can only speak up for him with CPS if he lets you talk to Marisa.",
          set = { conditioned = true, price_how = "only_if" }, go = "weekend_bed",
          rating = "harmful",
          feedback = "That makes your help the price of his signature. He hears that the one confidential place in the building has a condition attached.",
          rationale = "A release can never be a condition of service (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "services_continue", roles = { "dv" }, when = function(s) return s.trust < 3 end,
          text = "Tell him it's his decision and your door stays open either way; then turn to where the kids stay tonight.",
          add = { trust = 1 }, go = "weekend_bed",
          rating = "recommended",
          feedback = "His no is respected and the weekend is still planned. You can still give Marisa general information without his name in it.",
          rationale = "Services never depend on a release (point 18); general information remains shareable (point 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "talk_him_round", roles = { "dv" }, when = function(s) return s.trust < 3 end,
          text = "Explain again, patiently, how much easier CPS will be with a release in place, and ask him to sleep on it before deciding for good.",
          add = { trust = -1 }, go = "weekend_bed",
          rating = "concerning",
          feedback = "He has said no. Arguing for the release after a no turns your help into pressure, even when it is kindly meant.",
          rationale = "A release must be voluntary; a no is a complete answer (point 18).",
          tags = { "survivor_partnership", "confidentiality" },
        },
      },
    },

    -- 7a (advocate) ---------------------------------------------------------------------------
    scene {
      id = "release_form", phase = "release", title = "The form itself",
      speaker = { default = "The release" },
      text = function(s)
        local scope
        if s.rel_location then
          scope = "The form as it stands would also let you tell Marisa where he is moving."
        else
          scope = "He wants Marisa to know about the choking, the gun, the threat, the danger assessment and "
               .. "the steps he has taken, and nothing about where he is going or about the children's group."
        end
        return "Thursday afternoon. Rafael has decided to let you talk with Marisa. " .. scope .. "\n\n"
            .. "Write the release from the lines below, in order. Rafael will read every line before he "
            .. "signs, and a copy goes to Marisa with whatever you share. He keeps a copy too, if it is safe "
            .. "for him to have one; he says it can stay in his locker at work."
      end,
      discussion = "Which line of a release protects the survivor most, and which is most often left out in a hurry?",
      compose = {
        prompt = "Choose and order the lines of Rafael's release to CPS.",
        clauses = {
          clause { id = "to_marisa", text = "I allow Tallowfield Advocacy Project to share information with Marisa Kowal, investigator, Ashcombe County Children's Services, and no one else." },
          clause { id = "to_team", text = "I allow Tallowfield Advocacy Project to share information with all members of the co-located family services team." },
          clause { id = "scope_all", text = "Information to be shared: any and all records the program holds about me and my children." },
          clause { id = "scope_risk", text = "Information to be shared: Renata Salas's past violence and threats, the danger assessment, and the steps I have taken to keep my children safe." },
          clause { id = "not_shared", text = "Not to be shared: where I or my children live or will live, my children's group, and my counseling notes." },
          clause { id = "until_closed", text = "This release stays in effect until the CPS case is closed." },
          clause { id = "expires", text = "This release ends 30 days after I sign it." },
          clause { id = "revocable", text = "I can take this release back at any time by telling my advocate; that does not undo what was already shared." },
          clause { id = "condition", text = "I understand I must sign this release to keep receiving services from Tallowfield." },
          clause { id = "voluntary", text = "My services from Tallowfield do not depend on whether I sign this release." },
          clause { id = "verbal", text = "Mr. Delgado gave verbal permission; the advocate will note it in the file." },
          clause { id = "signed", text = "My advocate explained what CPS may do with this information, including that CPS records can reach a court. Signed and dated by Rafael Delgado." },
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
            { "revocable", "how he can take it back" },
            { "voluntary", "a statement that services do not depend on it" },
            { "signed", "his informed, written signature" },
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
            fb = "One named recipient, a specific scope, an end date, a way to take it back, a plain statement that his services do not depend on it, and his informed signature: this release does what the law requires and what he asked for."
          else
            fb = "A valid release names one recipient, says exactly what may be shared, ends on a date, can be taken back, says services do not depend on it, and carries his informed, written signature."
          end
          return { score = score, max = 6, rating = rating, flags = flags, missing = missing, feedback = fb }
        end,
        rationale = "Informed, written, time-limited, never a condition of service (point 18); one release per agency, not a team (point 19); location and the children's group stay out (points 12, 20).",
        tags = { "confidentiality", "documentation", "survivor_partnership" },
      },
      go = "weekend_bed",
    },

    -- 7 (both) -----------------------------------------------------------------------------
    scene {
      id = "weekend_bed", phase = "safety planning", title = "Where they sleep",
      speaker = { cps = "Rafael Delgado", dv = "Rafael Delgado" },
      text = {
        cps = [[Thursday, 4:15 p.m. Where will the children sleep from tomorrow, when Renata gets home?

Rafael's plan was his sister Lucía's one-bedroom apartment. Renata knows it well, and Lucía's landlord has already warned her about overnight guests. Tallowfield's shelter takes women and their children; for men the program offers motel vouchers, three nights at most, at a motel by the interstate, fifty minutes by bus from Sofía's school and the kitchen where Rafael works 8:00 to 1:30. He is paid by the hour, rent is due on the first, and a third missed shift this month means a written warning.

Your county has emergency flex funds that a supervisor can approve the same day.]],
        dv = [[Thursday, 5:45 p.m. Rafael is back at your door with Mateo on his hip, picked up from daycare.

Marisa has offered him county money for a week in a motel of his choice near Sofía's school. She told him CPS needs to know the children are safe, not the motel's name, and asked whether you would do the safety planning with him.

"I don't want to owe CPS anything," he says. "Can't we come to your shelter?" The shelter takes women and their children; for men the program has motel vouchers, three nights at most, at the motel by the interstate, fifty minutes by bus from the school kitchen where he works 8:00 to 1:30. He is paid by the hour and has missed two shifts this month. His sister's one-bedroom is a place Renata knows well.]],
      },
      discussion = "How does a shelter built for women and children, and a job paid by the hour, change what safety looks like for this family? What did CPS get right here?",
      reason = "What were you weighing?",
      choices = {
        choice {
          id = "flex_funds", roles = { "cps" },
          text = "Get Paula's sign-off on agency money for a week at a motel near the school, Rafael's choice, and leave its name out of the file.",
          set = { bed = "near" }, go = "joy_email",
          rating = "recommended",
          feedback = "He keeps his shifts, Sofía keeps her school, and Renata does not know the place. CPS knows the children are safe without holding an address a lawyer could read.",
          rationale = "Reasonable efforts in DV cases include concrete help such as shelter or housing (point 3); location stays out of records the perpetrator can read (points 12, 17).",
          tags = { "reasonable_efforts", "child_safety", "survivor_partnership" },
        },
        choice {
          id = "shelter_referral", roles = { "cps" },
          text = "Refer the family to the Tallowfield shelter for the weekend: it has staff, locked doors and a hidden address, which is what these children need.",
          set = { bed = "far" }, add = { trust = -1 }, go = "joy_email",
          rating = "concerning",
          feedback = "The shelter houses women and their children. Rafael is offered three nights at the motel by the interstate instead, and loses a shift getting Sofía to school on Monday.",
          rationale = "Reasonable efforts must fit the family (point 3); services built for mothers do not automatically serve a male survivor (point 22).",
          tags = { "reasonable_efforts", "cultural_responsiveness" },
        },
        choice {
          id = "stay_home", roles = { "cps" },
          text = "Suggest he keep the children at home, where their routine is, and take Friday off to be there when Renata arrives.",
          set = { bed = "home", strain = 1 }, add = { trust = -1 }, go = "joy_email",
          rating = "concerning",
          feedback = "It puts him and the children in the apartment with Renata the day she learns of the report, and costs him the shift that brings the written warning. Routine is not safety here.",
          rationale = "Separation and a new report are high-risk moments (point 5); reasonable efforts keep the perpetrator, not the family, out of the home (point 3).",
          tags = { "risk_assessment", "child_safety" },
        },
        choice {
          id = "sister_ok", roles = { "cps" },
          text = "Accept his sister's place for two nights, as he planned, and phone him Saturday.",
          set = { bed = "sister" }, go = "joy_email",
          rating = "acceptable",
          feedback = "It is his plan and it keeps him near work. But Renata knows the apartment, and the landlord's warning makes it a place they may have to leave at short notice.",
          rationale = "Partner with the protective parent's plan (point 2), while weighing what the perpetrator knows (point 5).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "weigh_offer", roles = { "dv" },
          text = "Tell him the county's offer comes with no strings on what he tells you, and work out with him a week near the kids' classes.",
          set = { bed = "near" }, add = { trust = 1 }, go = "friday",
          rating = "recommended",
          feedback = "Marisa made a good offer and you helped him use it: he keeps his shifts and Sofía's school, and the plan for the week is his.",
          rationale = "CPS doing well is a success to build on (point 22); reasonable efforts include housing (point 3); the safety plan stays with the survivor (point 18).",
          tags = { "survivor_partnership", "collaboration", "reasonable_efforts" },
        },
        choice {
          id = "refuse_cps_money", roles = { "dv" },
          text = "Tell him he's right to be wary: turn down CPS money and plan on the program's voucher, so CPS has no hold over where the family sleeps.",
          set = { bed = "far", strain = 1 }, go = "friday",
          rating = "concerning",
          feedback = "Marisa asked for nothing in return. The voucher buys three nights fifty minutes from his job, and on Monday he chooses between his shift and Sofía's school.",
          rationale = "The other discipline is not the villain; build on what CPS does well (point 22); a plan has to work for his job and the children's school (point 3).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "ask_exception", roles = { "dv" },
          text = "Ask your director for a one-off shelter room for him and the kids, and tell him to wait for her answer.",
          set = { bed = "waiting" }, go = "friday",
          rating = "acceptable",
          feedback = "Worth asking, and the program should hear that men need more than a voucher. But the answer comes Monday, and tonight he still has nowhere settled.",
          rationale = "Advocacy for a male survivor inside a program built for women (point 22); a plan for tonight comes first (point 5).",
          tags = { "survivor_partnership", "cultural_responsiveness" },
        },
        choice {
          id = "tell_marisa_motel", roles = { "dv" },
          text = "Once he picks the motel, email Marisa its name and room number, so CPS can look in on the children over the weekend.",
          set = { bed = "near", leaked = true, leak_what = "motel" }, go = "friday",
          rating = "harmful",
          feedback = "Marisa did not ask for it, and Rafael did not agree to it. His location is now in a CPS inbox, and from there in a record Renata's lawyer can read.",
          rationale = "Location is identifying information and never moves without a release (points 12, 18); CPS records can reach the perpetrator (point 17).",
          tags = { "confidentiality", "risk_assessment" },
        },
      },
    },

    -- 7c (investigator) -------------------------------------------------------------------------
    scene {
      id = "joy_email", phase = "information sharing", title = "Joy's email",
      speaker = { cps = "Joy Amadi, DV advocate" },
      text = function(s)
        if s.release_signed then
          return "Thursday, 4:50 p.m. Joy's email arrives, with Rafael's signed release attached and a summary "
              .. "of what it covers.\n\n"
              .. "The last line of the summary is not risk information at all. It gives the date Rafael plans "
              .. "to move with the children and the street he is moving to. Nothing in the release covers it, "
              .. "and Rafael chose, line by line, to leave it out.\n\n"
              .. "Joy has left for the day."
        end
        return "Thursday, 4:50 p.m. You knock on Joy's door with a question that names nobody: for your risk "
            .. "section, what does the research say when a partner keeps a gun in the home, and does her "
            .. "program run anything for fathers?\n\n"
            .. "Joy does not look up. \"I'm sorry. I can't talk about anything to do with CPS cases. You'd "
            .. "need a release.\" She closes her door.\n\n"
            .. "Your assessment is due at nine tomorrow."
      end,
      discussion = "The advocate got it wrong here. How do you tell a colleague from the other system that, so the partnership is stronger afterwards?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "flag_to_joy", roles = { "cps" }, when = function(s) return s.release_signed end,
          text = "Delete that sentence, keep it out of every note, and let Joy know tomorrow so she can tell Rafael what went out.",
          go = "safety_note",
          rating = "recommended",
          feedback = "The slip goes no further than your inbox, Joy hears it from you privately, and Rafael learns from his own advocate what left her office. That is how a partnership absorbs a mistake.",
          rationale = "Information beyond the release's scope is not yours to keep (point 18); location stays out of CPS records (points 12, 17); naming problems openly between the systems builds trust (point 22).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "keep_for_visits", roles = { "cps" }, when = function(s) return s.release_signed end,
          text = "Copy the date and street into your case notes: it has reached you now, and after the move you'll need somewhere to make home visits.",
          set = { leaked = true, leak_what = "move_plan" }, go = "safety_note",
          rating = "harmful",
          feedback = "The advocate's mistake becomes a CPS record, and CPS records can reach Renata's lawyer. Where Rafael is moving is the one thing he chose to keep back.",
          rationale = "A release covers only what it names (point 18); location is identifying and stays out of records the perpetrator can read (points 12, 17).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "forward_paula", roles = { "cps" }, when = function(s) return s.release_signed end,
          text = "Forward the email to Paula, so your supervisor knows the program slipped and can raise it with Tallowfield's director.",
          set = { strain = 1 }, go = "safety_note",
          rating = "concerning",
          feedback = "Now two inboxes hold his moving date, and Joy hears of her mistake from her director. Telling her directly would have fixed it with less harm.",
          rationale = "Out-of-scope information is contained, not spread (point 18); problems are raised openly and directly between partners (point 22).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "delete_quietly", roles = { "cps" }, when = function(s) return s.release_signed end,
          text = "Delete the email quietly and say nothing to anyone; no harm was done.",
          go = "safety_note",
          rating = "acceptable",
          feedback = "The information goes no further. But Joy does not learn of the slip, and Rafael never hears that his plan left her office.",
          rationale = "Containment respects point 18; telling the advocate, so the survivor can be told, would complete it (point 22).",
          tags = { "confidentiality" },
        },
        choice {
          id = "ask_again_general", roles = { "cps" }, when = function(s) return not s.release_signed end,
          text = "Send Joy a short note: you asked only what anyone could, which needs no release; could she answer in the morning?",
          go = "safety_note",
          rating = "recommended",
          feedback = "Joy reads it at 8:00 and answers: a gun and a past choking are among the strongest signs, whoever the victim; and Tallowfield runs a fathers' support group on Tuesdays. She adds, \"You were right. Sorry.\"",
          rationale = "General dynamics and service information are always shareable (point 21); raising a disagreement directly and without blame is how the systems improve (point 22).",
          tags = { "collaboration", "risk_assessment" },
        },
        choice {
          id = "to_director", roles = { "cps" }, when = function(s) return not s.release_signed end,
          text = "Email Tallowfield's director, copying Paula, that the advocate is refusing CPS even general help on an open case.",
          set = { strain = 1 }, go = "safety_note",
          rating = "concerning",
          feedback = "The director backs you on the rule, but Joy hears of it from her boss, and the email names an open case. Talking to Joy first would have cost less.",
          rationale = "Name the problem openly but start with the person (point 22); general information is shareable (point 21).",
          tags = { "collaboration" },
        },
        choice {
          id = "note_refusal", roles = { "cps" }, when = function(s) return not s.release_signed end,
          text = "Note in the file that the family's advocate declined to cooperate with CPS, so the record shows you tried to get the information.",
          set = { leaked = true, leak_what = "refusal_note" }, go = "safety_note",
          rating = "harmful",
          feedback = "The note tells anyone who reads the file, Renata's lawyer included, that Rafael has a DV advocate. Joy's mistake becomes his exposure.",
          rationale = "Client status is identifying information and CPS records can reach the perpetrator (points 18, 17).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "published_guide", roles = { "cps" }, when = function(s) return not s.release_signed end,
          text = "Let it go and use the state's published lethality guidance for the risk section.",
          go = "safety_note",
          rating = "acceptable",
          feedback = "Your risk section will be sound. But Joy never hears that she refused something she could give, and Rafael never hears of the fathers' group.",
          rationale = "General risk information is public (point 5); an advocate can share general and service information (point 21), and saying so helps both systems (point 22).",
          tags = { "risk_assessment" },
        },
      },
    },

    -- 7b (investigator) -----------------------------------------------------------------------
    scene {
      id = "safety_note", phase = "documentation", title = "The safety assessment",
      speaker = { default = "Your safety assessment" },
      text = function(s)
        local first
        if s.release_signed then
          first = "Thursday, 5:10 p.m. What Joy sent under Rafael's signed release is below; anything the "
               .. "release does not cover stays with her."
        else
          first = "Thursday, 5:10 p.m. Rafael signed no release. What Joy holds stays with her; below is what "
               .. "that looks like from your side of the hall."
        end
        return first .. "\n\n"
            .. "Your safety assessment is due tomorrow. If the case goes to court, Renata's lawyer will be "
            .. "able to read it. Paula wants it on her desk by nine; you have the police report, Sofía's "
            .. "recorded interview and your notes from this afternoon, including what Rafael told you about "
            .. "the weekend.\n\n"
            .. "Write the section on risk and on what is keeping the children safe."
      end,
      reveal = { "risk_history", "protective_steps", "move_plan" },
      discussion = "Who will read this assessment besides your supervisor? Which of its lines came from whom, and under what authority?",
      compose = {
        prompt = "Choose and order the lines for the risk section of your safety assessment.",
        clauses = {
          clause { id = "police", text = "Three weeks ago police found a fresh bruise on Mr. Delgado's upper arm; he said Ms. Salas shoved him into a door frame while the children were in the next room." },
          clause { id = "failed", text = "Mr. Delgado failed to protect Sofía from Ms. Salas's discipline." },
          clause { id = "belt", text = "In a forensic interview, Sofía (9) said Ms. Salas hit her with a belt on Saturday; the bruise on her leg was photographed." },
          clause { id = "mutual", text = "Given the difference in size between the adults, the violence between them may be mutual." },
          clause { id = "offrecord", text = "The co-located advocate indicated informally that the situation is more serious than the father reports." },
          clause { id = "released", text = "Risk factors and earlier protective steps shared by the advocate under Mr. Delgado's written release, limited to this investigation (summary attached)." },
          clause { id = "steps", text = "Mr. Delgado's protective steps, as he told this worker: he kept the children away from Ms. Salas after the report and arranged where they will sleep this weekend." },
          clause { id = "address", text = "Where Mr. Delgado and the children are sleeping this weekend, with the address, recorded here for home visits." },
        },
        min = 1, max = 7, own_text = true,
        score_var = "note_score",
        rubric = function(draft, s)
          local c = draft.clauses
          local flags, missing = {}, {}
          local unsafe = false
          if has(c, "address") then
            flags[#flags + 1] = "where the family is staying (location)"; unsafe = true
          end
          if has(c, "offrecord") then
            flags[#flags + 1] = "an advocate's informal remark, shared without a release"; unsafe = true
          end
          if has(c, "released") and not s.rel_risk then
            flags[#flags + 1] = "advocate information that no release covers"; unsafe = true
          end
          if unsafe then
            return { score = 0, max = 5, rating = "harmful", flags = flags, missing = missing,
                     feedback = "This record can reach Renata's lawyer. It now carries something that must never travel: his location, or the advocate's information without his release." }
          end
          local score = 1
          if has(c, "police") then score = score + 1 else missing[#missing + 1] = "the police report of her assault" end
          if has(c, "belt") then score = score + 1 else missing[#missing + 1] = "Sofía's account from the forensic interview" end
          if has(c, "steps") then score = score + 1 else missing[#missing + 1] = "Mr. Delgado's protective steps, as he told you" end
          if s.rel_risk then
            if has(c, "released") then score = score + 1
            else missing[#missing + 1] = "the risk factors he chose to release to you" end
          else
            score = score + 1
          end
          if has(c, "failed") then
            flags[#flags + 1] = "'failed to protect' and 'discipline'"
            score = score - 1
          end
          if has(c, "mutual") then
            flags[#flags + 1] = "'mutual' violence, from size alone"
            score = score - 1
          end
          if score < 1 then score = 1 end
          local rating
          if #flags == 0 and score == 5 then rating = "recommended"
          elseif #flags == 0 and score >= 4 then rating = "acceptable"
          else rating = "concerning" end
          local fb
          if rating == "recommended" then
            fb = "Her acts, his protective steps, Sofía's account, and nothing from the advocate that a release does not cover: nothing here helps Renata find him or blames him for what she did."
          else
            fb = "A safe risk section names her acts, Sofía's account and Rafael's protective steps, includes only what a release covers, and leaves out blaming language, guesses from size, and anything that locates him."
          end
          return { score = score, max = 5, rating = rating, flags = flags, missing = missing, feedback = fb }
        end,
        rationale = "Use only information a release covers (point 18); keep location out of records the perpetrator can read (points 12, 17); attribute harm to her and name his protective efforts (points 13, 14, 7); no 'mutual violence' framing (point 14).",
        tags = { "documentation", "confidentiality", "risk_assessment" },
      },
      go = "friday",
    },

    -- 8 ------------------------------------------------------------------------------------
    scene {
      id = "friday", phase = "perpetrator contact", title = "Renata on Friday",
      speaker = { cps = "Renata Salas", dv = "Renata Salas" },
      text = function(s, role)
        if role == "cps" then
          local holds = "the police report, Sofía's forensic interview and the photograph, and what Rafael "
                     .. "told you himself"
          if s.rel_risk then
            holds = "the police report, Sofía's forensic interview and the photograph, what Rafael told you "
                 .. "himself, and what Joy shared under Rafael's release"
          end
          local home = "She got in at noon and found the apartment empty."
          if s.bed == "home" then
            home = "She got in at noon to find Rafael and the children at home; a neighbor heard shouting, and "
                .. "Rafael left with the children an hour later, by bus, for his sister's."
          end
          return "Friday, 2:30 p.m. Renata Salas arrives on time for her interview, in a clean work jacket, "
              .. "tired from the road. " .. home .. " She has the allegation letter in her hand.\n\n"
              .. "You hold " .. holds .. ".\n\n"
              .. "\"Who is making up these stories? I've never hit that girl. I raised her like my own. And I "
              .. "want to see my son this weekend.\" She is controlled, and she is watching you closely."
        end
        local extra = ""
        if s.leak_what == "disclosures" then
          extra = "\n\nMarisa's assessment went to her supervisor this morning. It quotes the DV advocate."
        end
        local where = "Rafael and the children are somewhere she does not know."
        if s.bed ~= "near" and s.bed ~= "far" then
          where = "Rafael and the children are at his sister's, for now."
        end
        return "Friday, 2:10 p.m. Renata Salas is early for her 2:30 interview with Marisa. She is a compact "
            .. "woman in a clean work jacket, polite, tired from the road. She stops at your open door and "
            .. "reads the sign: Tallowfield Advocacy Project.\n\n"
            .. "\"Excuse me. Is my partner coming here? Rafael Delgado. Somebody's been putting ideas in his "
            .. "head, and I've got a right to know who.\"\n\n"
            .. "The hallway is empty. " .. where .. extra
      end,
      discussion = "How do you engage a parent who harms as a parent, and hold her accountable, without ever pointing back at the survivor?",
      reason = "What did you base this on?",
      choices = {
        choice {
          id = "soft_general", roles = { "cps" },
          text = "Keep it general - ask how things are at home - and leave the belt for a later visit, so she doesn't walk out before you've built anything.",
          set = { strain = 1 }, go = "subpoena",
          rating = "concerning",
          feedback = "She leaves knowing there is an allegation and hearing nothing about what must change. Engagement without accountability leaves the children's safety resting on Rafael alone.",
          rationale = "Engage the perpetrator as a parent and hold her accountable, using third-party evidence (point 10).",
          tags = { "perpetrator_accountability" },
        },
        choice {
          id = "third_party", roles = { "cps" },
          text = "Keep to the police report and Sofía's interview; ask about her as a mother, and say what has to change.",
          go = "subpoena",
          rating = "recommended",
          feedback = "Everything you put to her came from sources that are not Rafael. She cannot trace it to him, and she hears both respect and a clear line.",
          rationale = "Confront with third-party evidence, never the survivor's disclosures; engagement as a parent with accountability (point 10); released information is for assessment, not for confronting her (point 18).",
          tags = { "perpetrator_accountability", "confidentiality", "child_safety" },
        },
        choice {
          id = "confront_disclosures", roles = { "cps" },
          text = function(s)
            if s.rel_risk then
              return "Ask her straight out about choking Rafael last April and the gun in the bedroom closet, since you know about both now."
            end
            return "Tell her the advocate down the hall has concerns about her as well, so she knows this isn't just one report."
          end,
          set = { renata_knows = true, leak_what = "confronted" }, go = "subpoena",
          rating = "harmful",
          feedback = "Only Rafael could be the source of that, and she knows it. She leaves this room knowing what he told, and she is looking for him tonight.",
          rationale = "Never confront the perpetrator with the survivor's disclosures; a release lets CPS know, not tell her (points 10, 18).",
          tags = { "confidentiality", "perpetrator_accountability", "risk_assessment" },
        },
        choice {
          id = "name_reporter", roles = { "cps" },
          text = "Tell her the report came from the advocacy program's children's group, so she understands it wasn't Rafael's doing.",
          set = { renata_knows = true, leak_what = "reporter" }, go = "subpoena",
          rating = "harmful",
          feedback = "Meant to shield Rafael, it tells her Sofía is in a group for children living with abuse, and that Rafael is in the program. The reporter's identity is confidential for good reason.",
          rationale = "Reporter identity and program participation are identifying information; the mandated report does not license further disclosure (points 18, 20).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "not_here", roles = { "dv" },
          text = "Tell her, kindly, that he isn't here today.",
          set = { strain = 1 }, add = { trust = -1 }, go = "subpoena",
          rating = "concerning",
          feedback = "'Not today' tells her he comes. That evening she texts Rafael asking what he does at 'that women's office'. Neither confirming nor denying protects everyone who walks past that door.",
          rationale = "Whether someone is a client is itself personally identifying information (point 18); co-location makes the hallway a place to guard it (point 19).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "confirm", roles = { "dv" },
          text = "Tell her that yes, he's a client, but you can't share anything more than that, and she should ask him directly.",
          set = { renata_knows = true, leak_what = "client" }, go = "subpoena",
          rating = "harmful",
          feedback = "That one word is the most dangerous thing you could give her. She now knows Rafael has told someone, two weeks before he plans to leave.",
          rationale = "Client status is personally identifying information; separation is a high-risk time (points 18, 5).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "neither", roles = { "dv" },
          text = "Say you can't say who is or isn't a client, point her to the front desk, then warn security, and Rafael on his safe number.",
          go = "subpoena",
          rating = "recommended",
          feedback = "Neither confirming nor denying is the only answer that gives her nothing. Warning Rafael, without alarm, helps him plan for her mood tonight.",
          rationale = "Client status is identifying and is never confirmed without a release (point 18); co-location means planning for perpetrators in the building (point 19).",
          tags = { "confidentiality", "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "explain_program", roles = { "dv" },
          text = "Explain what the program does for families in general, and give her the number of the partner accountability program, which also works with women.",
          set = { strain = 1 }, go = "subpoena",
          rating = "concerning",
          feedback = "General information, kindly meant, but answering her question with an accountability referral tells her you know who she is and why she is asking.",
          rationale = "Client status is identifying; anything that answers 'is he here?' confirms it (point 18).",
          tags = { "confidentiality", "perpetrator_accountability" },
        },
      },
    },

    -- 9 ------------------------------------------------------------------------------------
    scene {
      id = "subpoena", phase = "subpoena", title = "The attorney's call",
      speaker = { cps = "Alan Prescott, Renata's attorney", dv = "A process server" },
      text = function(s, role)
        if role == "cps" then
          local holds = "your safety assessment and your notes"
          if s.rel_risk then holds = holds .. ", and what Joy shared under Rafael's release" end
          return "The following Tuesday. Alan Prescott, Renata's new attorney, calls you. He has filed for "
              .. "custody of Mateo.\n\n"
              .. "\"I've served a subpoena on the advocacy program down your hall. Do me a favor: tell the "
              .. "advocate to send her file over and save everyone a hearing. And whatever she gave you about "
              .. "my client, I'd like copies today.\"\n\n"
              .. "Your agency's records are confidential by law and reach parties through the court's own "
              .. "process. You hold " .. holds .. "."
        end
        local known = ""
        if s.renata_knows then
          known = " The cover letter says the father 'has been a client of the Tallowfield program.'"
        end
        return "The following Tuesday. A process server leaves an envelope at your desk: a subpoena signed by "
            .. "Renata's attorney, Alan Prescott, for 'all records concerning Rafael Delgado, Sofía Delgado "
            .. "and Mateo Salas,' to be produced at his office in ten days, for a custody case he has filed."
            .. known .. "\n\n"
            .. "No judge has signed it. Your director, Naomi Fisk, is in court until 3:00; the program has an "
            .. "attorney on retainer.\n\n"
            .. "As far as you know, Rafael has not been told."
      end,
      discussion = "What is the difference between a subpoena and a court order, and who in your agency decides how to answer each?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "counsel_object", roles = { "dv" },
          text = "Confirm nothing to his firm; get your director and the program's counsel on it today, tell Rafael safely, and object.",
          go = "sofia_plan",
          rating = "recommended",
          feedback = "The program answers through its lawyer, Rafael hears about it from you first, and his file stays closed unless a judge orders otherwise after hearing the objection.",
          rationale = "Only a statute or court order compels disclosure; a subpoena usually is not one, and it is answered through counsel (point 20); the survivor is told (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "tell_joy_comply", roles = { "cps" },
          text = "Walk down the hall and tell Joy she has to comply with it; it's a legal document, and ignoring it will only make things worse for the family.",
          set = { strain = 1 }, go = "sofia_plan",
          rating = "concerning",
          feedback = "A subpoena is usually not a court order, and how the program answers it is for the program and its lawyer. Joy calls her director, who is not pleased.",
          rationale = "A subpoena is usually not a court order (point 20); CPS does not direct the program's confidentiality decisions (point 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "send_file", roles = { "dv" },
          text = "Copy the file and send it on time, keeping a note of what went; ignoring a subpoena could mean contempt, and the program can't risk that.",
          set = { renata_knows = true, leak_what = "file" }, go = "sofia_plan",
          rating = "harmful",
          feedback = "A subpoena from an attorney is not a court order. Rafael's file, his plan and his children's names are now in the hands of the partner he is leaving.",
          rationale = "Disclosure is compelled by statute or court order; a subpoena is usually neither (point 20); the program may not release without his consent (point 18).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "send_copies", roles = { "cps" },
          text = "Email him the parts of your file he asked for, to keep things moving and show CPS has nothing to hide.",
          set = { renata_knows = true, leak_what = "cps_file" }, go = "sofia_plan",
          rating = "harmful",
          feedback = "Your file goes to Renata's lawyer outside the court's process, with everything Rafael trusted CPS with. A release to CPS never covered Renata.",
          rationale = "Information shared under a release to CPS is not for onward disclosure, and CPS records reach parties only through the court (points 18, 17).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "set_aside", roles = { "dv" },
          text = "Put it in your drawer: it isn't a court order, so it can wait until things calm down.",
          set = { strain = 1 }, go = "sofia_plan",
          rating = "concerning",
          feedback = "Right that it is not a court order, wrong that it can be ignored. A subpoena needs a timely answer through counsel, or the program loses its chance to object.",
          rationale = "A subpoena is usually not a court order (point 20), but it is answered and objected to, not set aside.",
          tags = { "confidentiality" },
        },
        choice {
          id = "process", roles = { "cps" },
          text = "Say CPS records go through the court, the program answers its own subpoenas, and tell Joy only that he called.",
          go = "sofia_plan",
          rating = "recommended",
          feedback = "You gave him nothing, left the program's decision to the program, and let Joy know a lawyer is asking. The court's process protects everyone's rights, his client's included.",
          rationale = "A subpoena is not a court order and each agency answers for its own records (points 20, 19); CPS records reach him only through the court (point 17).",
          tags = { "confidentiality", "collaboration", "documentation" },
        },
      },
    },

    -- 10 -----------------------------------------------------------------------------------
    scene {
      id = "sofia_plan", phase = "case planning", title = "Sofía's plan",
      speaker = { cps = "Your case plan", dv = "Marisa Kowal, CPS investigator" },
      text = function(s, role)
        local tense = ""
        if s.renata_knows then
          tense = " Rafael says Renata has been texting him about 'those people down at the county.'"
        end
        if role == "cps" then
          return "Two weeks later. Renata is staying with her brother while the investigation finishes; the "
              .. "children are with Rafael." .. tense .. "\n\n"
              .. "You are writing the family's case plan. Sofía is back at school and still goes to the "
              .. "Wednesday group. You want the plan to fit her, and you know she made a safety plan in group. "
              .. "What you hold about Sofía is below.\n\n"
              .. "Joy is at her desk. So is the form for requesting records from other agencies."
        end
        return "Two weeks later. Renata is staying with her brother while the investigation finishes; the "
            .. "children are with Rafael." .. tense .. "\n\n"
            .. "Marisa stops at your door with her laptop. \"I'm writing the case plan. Could you send me "
            .. "Sofía's safety plan from group, and anything she's said about how she's doing? I want the "
            .. "plan to fit her.\"\n\n"
            .. "Sofía came to group last Wednesday and drew a dog she doesn't have. What she has told you "
            .. "is below."
      end,
      reveal = { "sofia_group" },
      discussion = "Does exposure to the same violence affect Sofía and Mateo the same way? How would each system find out what Sofía needs without taking what is hers?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "send_sofia_plan", roles = { "dv" },
          text = "Send Marisa Sofía's safety plan; it's about the child's safety, after all, and Marisa has been careful with everything so far.",
          set = { child_conf_broken = true, child_how = "plan" },
          go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "concerning",
          feedback = "Sofía's plan only works if Renata doesn't know it, and a case plan can reach her. Sofía made it in a room where she was told it was hers.",
          rationale = "A child's feelings and safety plan stay confidential even after a reportable disclosure (point 20); records can reach the perpetrator (point 17).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "request_group", roles = { "cps" },
          text = "Send Joy the records request form for Sofía's group notes and safety plan, so the case plan can include them.",
          set = { strain = 1 }, go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "concerning",
          feedback = "Joy returns the form with a polite no. Sofía's plan is hers, and putting it in a case plan is how it reaches Renata.",
          rationale = "Children's feelings and safety plans stay confidential (point 20); a records request does not replace a release (point 18).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "general_help", roles = { "dv" },
          text = "Explain that what Sofía says in group is hers; go over how kids her age tend to cope, and suggest a family meeting with Rafael and her.",
          go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "recommended",
          feedback = "Marisa gets what she needs for the plan, and Sofía keeps what is hers. In a family meeting, Sofía and Rafael can choose what to share.",
          rationale = "Children's safety plans and feelings stay confidential (point 20); general information and joint meetings need no release (point 21).",
          tags = { "confidentiality", "child_safety", "collaboration" },
        },
        choice {
          id = "family_planning", roles = { "cps" },
          text = "Ask Rafael and Sofía to build a family plan with Joy, leave Sofía's own plan out of the file, and ask Joy what helps at nine.",
          go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "recommended",
          feedback = "Sofía and her father decide what the family plan says, and the details that keep Sofía safe stay out of a file Renata's lawyer can read. Joy's general knowledge shapes the plan without any breach.",
          rationale = "Children's safety plans stay confidential (point 20); general information and joint meetings need no release (point 21); keep safety plans out of court records (point 17).",
          tags = { "child_safety", "confidentiality", "collaboration" },
        },
        choice {
          id = "needs_both", roles = { "dv" },
          text = "Tell Marisa that anything about Sofía would need a release agreed with both Sofía and Rafael, and that you'll raise it with them this week.",
          go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "acceptable",
          feedback = "Careful and honest. But even with a release, her safety plan does not belong in a case plan, and Marisa mostly needs to know what helps children like Sofía, which you can tell her now.",
          rationale = "A child's safety plan stays confidential (point 20); general information is shareable without a release (point 21).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "reinterview", roles = { "cps" },
          text = "Arrange to see Sofía again at school and ask her, gently, about the plan she made in group, so the case plan matches what she already does.",
          set = { child_conf_broken = true, child_how = "reinterview", strain = 1 },
          go = closing({ "revocation", when = function(s) return s.release_signed end }),
          rating = "concerning",
          feedback = "Another interview asks a nine-year-old to hand over the one thing she made for herself, and she does: it goes into your notes. A family planning meeting lets her choose what to share.",
          rationale = "Children's safety plans stay theirs (point 20); a joint meeting with her father and advocate is the better route (point 21).",
          tags = { "child_safety", "trauma_informed" },
        },
      },
    },

    -- 11 -----------------------------------------------------------------------------------
    scene {
      id = "revocation", phase = "release", title = "Three weeks later",
      speaker = { cps = "Joy Amadi, DV advocate", dv = "Rafael Delgado" },
      text = {
        cps = [[Three weeks after Rafael signed. Joy calls you.

"Rafael has revoked his release, as of this morning. I won't be sharing anything further, and I can't tell you anything about why."

What Joy sent you while the release was in force is in your file. Your case review is Friday. Paula, your supervisor, asks whether a father taking back his release should count against his cooperation.]],
        dv = [[Three weeks after Rafael signed. Rafael calls from the school kitchen on his break.

Since the papers from Renata's lawyer he hasn't slept well. "I want to take back that form. I don't want anything else going to CPS. Can I even do that?"

His release said he could, at any time, by telling you. Marisa has a case review on Friday.]],
      },
      discussion = "What does a revocation mean for each agency, and how should a case review treat it?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "honor_now", roles = { "dv" },
          text = "Tell him it's done as of now; note the time, let Marisa know in writing it's revoked, not why, and that nothing else changes.",
          go = closing(),
          rating = "recommended",
          feedback = "Revocation took effect the moment he said it. Marisa knows to stop asking, Rafael knows nothing else changes, and what was shared stays within the release's terms.",
          rationale = "Releases are time-limited and revocable; services never depend on them (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "red_flag", roles = { "cps" },
          text = "Note in the assessment that the revocation suggests Mr. Delgado may be minimizing the risk to the children.",
          set = { strain = 1 }, go = closing(),
          rating = "concerning",
          feedback = "Taking back a release is his right, and treating it as a warning sign punishes him for using it. It also teaches every parent in this building not to sign one.",
          rationale = "A release is revocable and voluntary; using its revocation against him makes it a condition in disguise (point 18); avoid blaming framings (point 14).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "keep_it", roles = { "dv" },
          text = "Suggest he keep it in place for now and note how he feels; revoking it, with the custody case open, might make CPS wonder what changed.",
          set = { strain = 1 }, add = { trust = -1 }, go = closing(),
          rating = "concerning",
          feedback = "That pressures him to keep sharing out of fear of how it looks. A revocable release means nothing if the advocate talks him out of revoking.",
          rationale = "Consent must stay voluntary for as long as the release lasts (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "acknowledge", roles = { "cps" },
          text = "Note the date, keep what came while it stood, stop asking Joy for updates, and carry on your own contact with Rafael.",
          go = closing(),
          rating = "recommended",
          feedback = "You honored the revocation without penalty and kept your own line to Rafael open. His cooperation is measured by what he does for the children, not by a form.",
          rationale = "Releases are time-limited and revocable, and declining or revoking is never held against him (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "come_sign", roles = { "dv" },
          text = "Tell him he'll need to come in and sign a revocation form; until then the release stays in force.",
          set = { strain = 1 }, go = closing(),
          rating = "concerning",
          feedback = "His release said he could take it back by telling you, and he just did. Making revocation harder than signing keeps information flowing against his wishes.",
          rationale = "A release must be revocable as easily as it was given (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "last_update", roles = { "cps" },
          text = "Ask Joy for one last update before the revocation goes through.",
          set = { strain = 1 }, go = closing(),
          rating = "concerning",
          feedback = "There is nothing to 'go through': the revocation took effect when Rafael said it. Asking puts Joy in the position of refusing you again.",
          rationale = "Revocation ends the authority to share at once (point 18).",
          tags = { "confidentiality", "collaboration" },
        },
      },
    },

    -- endings ------------------------------------------------------------------------------
    ending {
      id = "ending_trust_kept", title = "His story, his say", classification = "positive",
      text = {
        cps = [[Sofía's report was acted on the day it was made, and she told her story once, to someone trained to hear it. Your file shows Renata's acts, Rafael's protective steps, and the risk factors he chose to let you see - nothing about where he sleeps, nothing from Sofía's group. The week near the school kept his job and her classroom.

When Renata's lawyer came asking, there was nothing in your file that could help her find him. When Rafael took back his release, you took him at his word. He still returns your calls.

The custody case is not over, and Renata still has the gun. Joy's door is still open to you, and both of you know what can pass through it and what cannot.]],
        dv = [[Sofía's report went in the day she made it, with what the law required and nothing more; her feelings and her plan are still hers. Rafael met CPS with you beside him and told his own story, and the release he signed said exactly what it allowed, to whom, and for how long. He kept his job through the worst week of the year.

When Renata stood at your door, and when her lawyer's subpoena came, she got nothing. When Rafael took the release back, it ended that minute.

The custody case is not over. He still comes on Mondays, and now brings a flyer for the fathers' group. Marisa still stops at your door, and now she asks the questions you can answer.]],
      },
    },
    ending {
      id = "ending_partial", title = "Safe for now, not together", classification = "mixed",
      text = function(s, role)
        local c = costs(s, role)
        if c == "" then c = "Nothing broke; nothing much was built either." end
        if role == "cps" then
          return "The children are safe this month, and nothing confidential reached Renata. Your assessment "
              .. "stands on what CPS gathered itself.\n\n" .. c .. "\n\n"
              .. "Rafael answers your questions, briefly. Renata's custody filing is still open."
        end
        return "The children are safe this month, and nothing confidential reached Renata.\n\n"
            .. c .. "\n\n"
            .. "Rafael still comes, less often. Renata's custody filing is still open."
      end,
    },
    ending {
      id = "ending_child_cost", title = "The report cost Sofía", classification = "mixed",
      text = function(s, role)
        local what
        if s.child_how == "late" then
          what = "The report went in hours late, after Rafael was asked to decide about it himself. "
              .. "For an evening Sofía waited to see whether telling mattered."
        elseif s.child_how == "report" then
          what = "The report carried Sofía's feelings and her safety plan into a CPS file that Renata's lawyer can read."
        elseif s.child_how == "reinterview" then
          what = "Sofía was asked at school about the plan she made in group, and told it; it is in the case notes now."
        else
          what = "Sofía's safety plan from group went into the family's case plan, where Renata's lawyer can read it."
        end
        local tail = role == "dv"
            and "Sofía still comes to group on Wednesdays. She draws, and she doesn't say much any more. Rafael says she asked him whether \"the lady at group tells everybody.\""
            or "At your next home visit Sofía would not look at you. Rafael says she has gone quiet at home, too."
        local c = costs(s, role)
        if c ~= "" then c = "\n\n" .. c end
        return "Sofía's report was acted on and the children are safe for now. "
            .. what .. c .. "\n\n" .. tail
      end,
    },
    ending {
      id = "ending_reaches_renata", title = "It reached Renata", classification = "negative",
      text = function(s, role)
        local tail = role == "cps"
            and "He no longer answers calls from the county, and Joy has asked that CPS route every request through her director."
            or "He has stopped coming to Tallowfield. Your director is reviewing the program's co-location agreement."
        return "Something Rafael had not chosen to share traveled.\n\n" .. leak_story(s) .. "\n\n" .. tail
      end,
    },
    ending {
      id = "ending_price_of_help", title = "Help with a price", classification = "negative",
      text = function(s, role)
        local how = {
          intake = "A CPS release was put into his intake paperwork, as if signing were part of getting help.",
          corner = "He was told the way to keep his advocate, and his son, was to sign.",
          cooperating = "He was told that signing would show CPS he was cooperating.",
          hiding = "He was told that refusing would look like having something to hide.",
          only_if = "He was told his advocate could only speak up for him if he signed.",
        }
        local what = how[s.price_how] or "The release he signed said his services depended on it."
        if role == "cps" then
          return what .. " He learned that anything he gives the people in this building can be used to measure him.\n\n"
              .. "He has stopped meeting Joy. When you call, he says he is fine and the children are fine, and "
              .. "ends the call. Your assessment will go to court without the one person who knows most about "
              .. "the danger Renata poses."
        end
        return what .. " The one confidential place in the building turned out to have a price.\n\n"
            .. "He canceled his Monday appointments, and Sofía stopped coming to group. Your director has "
            .. "asked you to walk her through how a release came to be pressed on a client."
      end,
    },
  },
}
