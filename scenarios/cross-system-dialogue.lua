-- Cross-system dialogue: the leaders of a county child protective services agency and a domestic
-- violence program set up a collaboration after a removal that hurt a family and the relationship.
-- Written for facilitated group use: every decision scene carries a discussion prompt.
-- All people, agencies and places are invented.

-- How the person across the table is behaving, given the trust built so far.
local function mood(s, role)
  if s.trust <= -2 then
    if role == "dv" then
      return "Dana has stopped taking notes. Carmen is reading something on her phone under the table."
    end
    return "Theodora has pushed her chair back from the table. When she speaks, she speaks to June, not to you."
  elseif s.trust < 0 then
    if role == "dv" then
      return "Dana's answers have become short and careful, and Carmen has folded her arms."
    end
    return "Theodora's answers have become short and careful. Nia has stopped looking up."
  elseif s.named_hard then
    if role == "dv" then
      return "Dana said, as the openings ended, 'That was hard to hear, and we needed to hear it.' Carmen frowned but stayed in her seat."
    end
    return "Theodora said, as the openings ended, 'I did not expect CPS to say those words first.' Nia wrote something down."
  end
  return "The room is polite and a little guarded; nobody has yet said what everyone is thinking."
end

-- What has happened to the Ashby review by the second meeting.
local function ashby_update(s, role)
  if s.ashby_release then
    return "Nia reports that Ms. Ashby has signed a written release, limited to the joint review and valid for sixty days, and has asked to speak to the review group herself next month."
  elseif s.breach and not s.breach_owned and role == "dv" then
    return "Nia tells you that Ms. Ashby has heard, from someone at CPS, that Saltmarsh talked about her case. She has stopped returning Nia's calls."
  elseif s.breach_owned and role == "dv" then
    return "Ms. Ashby, told by Nia what was said about her, has asked Saltmarsh not to raise her case with anyone again. The joint review has a date, with agency files only."
  elseif s.case_handled == "repair" or s.case_handled == "repair_late" then
    return "The joint review of the Ashby case has a date, but only agency files will be on the table."
  end
  if role == "dv" then
    return "Nobody has mentioned the Ashby case since the first meeting, and nobody has scheduled anything about it."
  end
  return "Nobody has mentioned the Ashby case since the first meeting. Carmen has told you her workers are relieved."
end

return scenario {
  id = "cross-system-dialogue",
  title = "At the same table: building a CPS and DV partnership",
  version = "1.0.0",
  summary = "The leaders of a county child welfare agency and a domestic violence program meet to set up a collaboration after a removal that damaged trust; designed to be run with a group.",
  minutes = 25,
  license = "CC-BY-4.0",
  content_notes = {
    "Discusses a past removal of two children from a mother who was being abused, including a partner's gun ownership and threats; no graphic detail.",
    "Discusses racial, cultural and language disparities in child welfare reporting.",
    "Parts of the meeting are tense; a group leader may want to pause after the hard case comes up.",
  },
  objectives = {
    "Name the hard topics between the two systems openly — voluntary and mandated services, 'failure to protect', disparate impact, power and resources — while looking for successes to build on.",
    "Use shared definitions and each system's idea of success as the starting point of a joint protocol.",
    "Keep data sharing to aggregate, non-identifying figures and survivor-signed releases.",
    "Set realistic, measurable expectations for a pilot, and plan how to revisit it.",
    "Design a modest pilot from joint training, designated liaisons and policy revision.",
  },
  jurisdiction = "A state whose courts hold that a child's exposure to domestic violence is not, by itself, neglect. The county's domestic violence program receives federal VAWA and FVPSA funds and is bound by their confidentiality rules.",
  start = "opening",

  roles = {
    role {
      id = "cps", name = "CPS deputy director",
      brief = "You are Dana Achterberg, deputy director of the Alder County Department of Children and Family Services. You oversee intake and investigations: about forty investigators, a caseload that grew eighteen percent this year, and a legal duty to act on every report your agency screens in. Nearly four in ten of your investigations mention domestic violence. After a case that went badly, the county board has given your agency and the local domestic violence program a one-year grant to build a partnership. You want something your workers will actually use, without promising what your agency cannot deliver.",
    },
    role {
      id = "dv", name = "DV program executive director",
      brief = "You are Theodora Lund, executive director of Saltmarsh Family Safety Center: a twelve-bed shelter, a hotline, legal and children's advocacy, sixteen staff and a budget about one-fortieth the size of the county child welfare agency's. Your services are voluntary, survivor-directed and confidential, and your federal funding forbids sharing a survivor's identifying information without her written, time-limited release. Survivors often tell your advocates they are afraid to call anyone because of CPS. The county board's grant is the largest your program has been offered in years.",
    },
  },

  state = {
    trust = 0,               -- the working relationship across the table
    named_hard = false,      -- someone named the hard topics openly
    strengths = false,       -- the group found a success to build on
    glossary = false,        -- shared definitions are being written
    case_handled = "none",   -- repair, repair_late, defend, avoid, asked_client, breach, silent, walked
    breach = false,          -- Saltmarsh disclosed a survivor's information without a release
    breach_owned = false,    -- ... and owned and reported it
    ashby_release = false,   -- Ms. Ashby signed a limited, time-limited release for the review
    data_plan = "undecided", -- aggregate, identifying, team_agreement, none
    overpromise = false,     -- the board was promised more than a pilot can deliver
    walked = false,          -- one side left the partnership
    pilot_score = 0,         -- quality of the drafted agreement
    sustained = false,       -- the six-month review led to adjustments and a next date
  },

  confidential = {
    secret {
      id = "ashby_client", holder = "dv", released_when = "ashby_release",
      text = "Ms. Ashby was a Saltmarsh client. Three weeks before the removal an advocate helped her file for a protective order, and a shelter bed was being held for her and the children that weekend. CPS never knew: nobody had asked Ms. Ashby whether she wanted her advocate to speak with CPS, and she had signed no release. She has since told Nia she wants both agencies to learn from what happened.",
      withheld = "Whether Ms. Ashby ever used Saltmarsh's services is confidential. Saltmarsh can neither confirm nor deny it without her written, time-limited release.",
    },
  },

  scenes = {
    ---------------------------------------------------------------------------------------------
    scene {
      id = "opening", phase = "opening",
      speaker = "June Halvorsen, facilitator",
      text = {
        cps = [[
The meeting room at the Alder County library has a round table, a jug of water and eight chairs. June Halvorsen, a retired juvenile court referee both agencies accepted as facilitator, sets one rule: no one discusses a family who is not here unless the facts are already public.

Across from you sit Theodora Lund, Saltmarsh's executive director, and Nia Whitcombe, who leads its children's advocacy. Beside you is Carmen Iturbide, your intake supervisor, nineteen years in investigations. Everyone knows why the county board paid for this: the Ashby case, last spring.

June asks each leader to open with a few minutes on why they are here and what they hope for. She turns to you first.]],
        dv = [[
The meeting room at the Alder County library has a round table, a jug of water and eight chairs. June Halvorsen, a retired juvenile court referee both agencies accepted as facilitator, sets one rule: no one discusses a family who is not here unless the facts are already public.

Across from you sit Dana Achterberg, the CPS deputy director, and Carmen Iturbide, CPS's intake supervisor of nineteen years. Beside you is Nia Whitcombe, who leads your children's advocacy. Everyone knows why the county board paid for this: the Ashby case, last spring.

June asks each leader to open with a few minutes on why they are here and what they hope for. She turns to you first.]],
      },
      discussion = "What are the hard topics between our two systems that nobody says out loud? And what is one thing already working between us that we could build on?",
      reason = "What did you most want the other side to hear first?",
      choices = {
        choice {
          id = "mission_first", roles = { "cps" },
          text = "Open with the agency's mission and caseload figures, then ask what Saltmarsh can offer your investigators.",
          add = { trust = -1 }, go = "definitions",
          rating = "concerning",
          feedback = "Leading with what the smaller agency can do for yours acts out the power difference the room already feels. Saltmarsh hears that it is being recruited as a service provider, not met as a partner.",
          rationale = "Dialogue should name the power and resource differences between the systems, not repeat them; a DV program is not an arm of CPS (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "polite", roles = { "dv" },
          text = "Keep it warm and general: thank CPS for coming and save the criticism for a private conversation later.",
          go = "definitions",
          rating = "acceptable",
          feedback = "Courtesy matters at a first meeting, but hard topics put off for a private talk often never come back, and your staff may read the silence as giving in.",
          rationale = "Good dialogue names the hard topics openly — voluntary vs mandated services, 'failure to protect', disparate impact, power (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "success_story",
          text = "Describe, without identifying anyone, a family where a CPS worker and a Saltmarsh advocate worked well together last year, and ask what made it work.",
          set = { strengths = true }, go = "definitions",
          rating = "acceptable",
          feedback = "Starting from a success gives the group something to build on. On its own, though, it lets everyone avoid the topics that brought them here.",
          rationale = "Look for successes to build on, and also name the hard topics (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "name_hard",
          text = {
            cps = "Say what sits between the systems: CPS is mandated and Saltmarsh is voluntary, mothers have been blamed for 'failure to protect', some communities are reported far more than others, and CPS is much the bigger agency. Then point to one joint case that went well, without identifying the family.",
            dv = "Say what survivors tell your advocates — that fear of losing their children keeps them from calling for help. Name 'failure to protect', voluntary versus mandated services, who gets reported and the gap in size and money. Then name something a CPS worker did well this year.",
          },
          set = { named_hard = true, strengths = true }, add = { trust = 1 }, go = "definitions",
          rating = "recommended",
          feedback = "You named the hard topics plainly and without attacking anyone, and gave the room a success to stand on. That makes an honest answer possible from the other side of the table.",
          rationale = "Good dialogue names voluntary vs mandated services, 'failure to protect', disparate impact and the power and resource gap openly — especially when the larger system does it — and looks for successes to build on (point 22).",
          tags = { "collaboration", "cultural_responsiveness" },
        },
        choice {
          id = "apology_first", roles = { "dv" },
          text = "Say that Saltmarsh will not discuss any partnership until CPS publicly apologises for the Ashby removal.",
          add = { trust = -2 }, go = "definitions",
          rating = "concerning",
          feedback = "Your anger is shared by many survivors, but a precondition in the first five minutes leaves CPS only two moves: refuse or retreat. The harm in that case is better named as something to learn from together.",
          rationale = "Dialogue names hard topics openly but also looks for something to build on; setting terms before talking closes the conversation (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "all_is_well", roles = { "cps" },
          text = "Say that relations between the agencies are mostly good and this meeting is a chance to put on paper what already works.",
          go = "definitions",
          rating = "concerning",
          feedback = "With the Ashby case in everyone's mind, 'mostly good' sounds like denial. Saltmarsh's staff will conclude that CPS is here for the grant, not for change.",
          rationale = "Good dialogue names the hard topics — 'failure to protect', power, disparate impact — rather than smoothing them over (point 22).",
          tags = { "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "definitions", phase = "shared definitions",
      speaker = "June Halvorsen, facilitator",
      text = function(s, role)
        return mood(s, role) .. [[


June hands out index cards: on one side, how your agency defines 'domestic violence'; on the other, what counts as success when you close a case that involved it.

CPS's cards say 'child safe at home', 'no new report within a year', 'permanency within federal timelines'. Saltmarsh's say 'she reached the goals she set', 'she feels safer', 'she knows she can come back'. CPS defines domestic violence by incidents in police reports; Saltmarsh defines it as a pattern of coercive control in which assault is one tool among many. To Carmen, a 'safety plan' is the written plan a worker signs with a parent; to Nia, it is the survivor's own plan, often never written down because paper can be found.

June asks what to do with the gap.]]
      end,
      discussion = "How does each system define success in a domestic violence case? Write your own definitions of 'domestic violence', 'assessment' and 'safety planning': where do they match, and where do they truly conflict?",
      choices = {
        choice {
          id = "both",
          text = "Propose keeping both definitions of success side by side and marking where they meet — when the protective parent is safer, usually so is the child — and ask staff from both agencies to write a short shared glossary for 'domestic violence', 'assessment' and 'safety plan'.",
          set = { glossary = true }, add = { trust = 1 }, go = "the_case",
          rating = "recommended",
          feedback = "Keeping both definitions visible treats the difference as information. A glossary written by staff of both agencies is concrete, cheap and builds the protocol from the ground up.",
          rationale = "Shared definitions and each system's view of success are core discussion points; domestic violence as a pattern of control, not single incidents, is the better shared base (points 4, 23).",
          tags = { "collaboration", "risk_assessment" },
        },
        choice {
          id = "skip",
          text = "Suggest leaving definitions aside: time is short and the grant needs a signed agreement by spring.",
          go = "the_case",
          rating = "concerning",
          feedback = "Without shared terms, a joint protocol will mean different things to each agency's staff — 'safety plan' alone could cause the first dispute.",
          rationale = "Shared definitions of domestic violence, assessment and safety planning are a foundation, not a detour (point 23).",
          tags = { "collaboration" },
        },
        choice {
          id = "send_policies",
          text = "Ask each agency to send the other its written policy definitions after the meeting.",
          go = "the_case",
          rating = "acceptable",
          feedback = "Exchanging policies helps, but reading each other's manuals is not the same as agreeing on what the words will mean in a joint protocol.",
          rationale = "Shared definitions need to be worked out together to be shared (point 23).",
          tags = { "collaboration" },
        },
        choice {
          id = "override",
          text = {
            cps = "Say that, in the end, the child's safety must define success, and the survivor's own goals come second.",
            dv = "Say that, in the end, the survivor's own choices must define success, and CPS timelines will have to bend.",
          },
          add = { trust = -1 }, go = "the_case",
          rating = "concerning",
          feedback = "Your mandate is real, and so is theirs. Ranking one definition above the other leaves the other agency nowhere to meet you — and a mother's safety and her child's are usually bound together.",
          rationale = "Each system defines success differently; the work is to find where the definitions meet, and partnering with the protective parent is usually the route to the child's safety (points 2, 22, 23).",
          tags = { "collaboration", "child_safety" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "the_case", phase = "the hard case",
      speaker = "Carmen Iturbide, CPS intake supervisor",
      text = {
        cps = [[
June moves to how each agency handles a family both are involved with. Carmen speaks before anyone else.

'Let's not pretend. Everyone here is thinking about the Ashby family. My worker had three police calls in four months, a report that the father kept a handgun and had threatened her, and a mother who had let him back twice. We were blamed at a public meeting for doing our job.'

The public facts: last spring CPS removed Ms. Ashby's son, 7, and daughter, 4. The petition said she 'failed to protect' them. They spent five months in foster care and went home once a protective order excluded their father. In the summer Ms. Ashby told her story at a county board meeting.

Nia has put her pen down. Theodora is looking at you, not at Carmen.]],
        dv = [[
June moves to how each agency handles a family both are involved with. Carmen speaks before anyone else.

'Let's not pretend. Everyone here is thinking about the Ashby family. My worker had three police calls in four months, a report that the father kept a handgun and had threatened her, and a mother who had let him back twice. We were blamed at a public meeting for doing our job.'

The public facts: last spring CPS removed Ms. Ashby's son, 7, and daughter, 4. The petition said she 'failed to protect' them. They spent five months in foster care and went home once a protective order excluded their father. In the summer Ms. Ashby told her story at a county board meeting.

Nia has put her pen down. Dana is watching to see what you will say.]],
      },
      reveal = { "ashby_client" },
      discussion = "How can a group learn from a case that hurt a family without retrying it? Whose account of the case is in the room, and whose is missing?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "defend", roles = { "cps" },
          text = "Back Carmen: the gun and the threats were real, the worker followed policy, and the court process worked in the end.",
          set = { case_handled = "defend" }, add = { trust = -1 }, go = "after_the_break",
          rating = "concerning",
          feedback = "The danger was real and deserves saying. Stopping there tells the room that five months in foster care for two children and their mother does not count, and that nothing will change.",
          rationale = "Lethality cues such as a gun and threats matter (point 5), but removal from a protective parent is a last resort after reasonable efforts — protective orders, shelter, removing him (points 2, 3) — and 'failed to protect' blames her (point 14). Good dialogue names this openly (point 22).",
          tags = { "collaboration", "reasonable_efforts" },
        },
        choice {
          id = "tell_room", roles = { "dv" },
          text = "Set the record straight: tell the room about Ms. Ashby's protective order petition and the shelter bed Saltmarsh was holding.",
          set = { case_handled = "breach", breach = true }, go = "after_the_break",
          rating = "harmful",
          feedback = "That was Ms. Ashby's information, not Saltmarsh's. Without her written, time-limited release, even confirming she was a client breaks federal confidentiality and her trust — however much it would help her side of the story.",
          rationale = "A VAWA/FVPSA-funded program may not disclose identifying information, including that someone is a client, without an informed, written, time-limited release (point 18); without one, share only general dynamics and offer a way for her to speak for herself (point 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "ask_client", roles = { "cps" },
          text = "Ask Theodora directly whether Ms. Ashby was working with Saltmarsh, and what her advocate knew.",
          set = { case_handled = "asked_client" }, add = { trust = -1 }, go = "after_the_break",
          rating = "concerning",
          feedback = "Theodora cannot answer: without Ms. Ashby's written release, even saying she was a client would breach federal confidentiality. Asking in front of the room puts her in an impossible position.",
          rationale = "DV programs may not confirm or share identifying information without an informed, written, time-limited release (point 18); the way forward is to invite the survivor to speak for herself (point 21).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "silent", roles = { "dv" },
          text = "Say nothing, and leave it to June to handle.",
          set = { case_handled = "silent" }, go = "after_the_break",
          rating = "concerning",
          feedback = "Your staff and the survivors you serve needed their director to say something. Silence lets Carmen's framing — 'let him back twice' — stand as the agencies' shared account.",
          rationale = "Good dialogue names 'failure to protect' and similar blaming framings openly (points 14, 22).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "avoid", roles = { "cps" },
          text = "Say that individual cases cannot be discussed at this table, and steer back to the agenda.",
          set = { case_handled = "avoid" }, go = "after_the_break",
          rating = "concerning",
          feedback = "June's rule allows public facts, and these are public. Closing the subject tells Saltmarsh the case that brought everyone here is off limits.",
          rationale = "Good dialogue names hard topics — including 'failure to protect' — openly (points 14, 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "walk_out", roles = { "dv" },
          text = "Tell June that your staff should not have to hear a mother blamed for her own abuse, and leave the room with Nia.",
          set = { case_handled = "walked" }, add = { trust = -2 }, go = "after_the_break",
          rating = "concerning",
          feedback = "Carmen's words were blaming, and saying so is right. Leaving, though, hands the room her version of the case and leaves CPS nobody to learn from.",
          rationale = "Good dialogue names 'failure to protect' openly and stays at the table to work through it (points 14, 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "repair",
          text = {
            cps = "Say that Carmen's worker faced real danger cues, and that the removal also did real harm to two children and a mother the court later found could keep them safe. Propose a joint review of what both agencies could have done differently — not a trial of one worker.",
            dv = "Say the workers saw real danger — the gun, the threats — and that the removal still did real harm to two children and their mother. Propose a joint review of what both agencies could have done differently, without confirming or denying whom Saltmarsh serves.",
          },
          set = { case_handled = "repair" }, add = { trust = 1 }, go = "ashby_voice",
          rating = "recommended",
          feedback = "You held both truths: the danger the workers saw and the harm the removal did. Framing a joint review as learning rather than blame gives both agencies a reason to stay, and touches no one's confidential information.",
          rationale = "Real lethality cues (point 5) are weighed against the harm of removing children from a protective parent, a last resort after reasonable efforts such as protective orders and shelter (points 1, 2, 3); 'failed to protect' blames her (point 14); client information stays confidential without a release (point 18); hard topics named openly (point 22).",
          tags = { "collaboration", "reasonable_efforts", "confidentiality" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "ashby_voice", phase = "the hard case",
      speaker = "June Halvorsen, facilitator",
      text = {
        cps = [[
The room agrees to a joint review of the Ashby case by two people from each agency. Carmen nods slowly; she asks that her worker be interviewed, not summoned.

June then asks the question nobody has raised: 'Whose voice is missing from this review?'

Carmen says the case file has everything. Theodora is quiet for a moment. 'Saltmarsh can't tell you whom we serve. But nobody should review a family's story without that family getting a chance to speak.']],
        dv = [[
The room agrees to a joint review of the Ashby case by two people from each agency. Carmen nods slowly; she asks that her worker be interviewed, not summoned.

June then asks the question nobody has raised: 'Whose voice is missing from this review?'

Dana turns to you. 'If Ms. Ashby had anything to do with your program, I know you can't say. Is there any way her own account could be part of this?' Nia catches your eye. You both know what Ms. Ashby told her last month.]],
      },
      reveal = { "ashby_client" },
      discussion = "What would it take for a survivor to speak to the systems that affected her on her own terms? What might make her feel she cannot say no?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "request_file", roles = { "cps" },
          text = "Ask Saltmarsh to send whatever records it holds on Ms. Ashby, so the review is complete.",
          add = { trust = -1 }, go = "who_gets_reported",
          rating = "concerning",
          feedback = "Saltmarsh cannot send, or even confirm, records without Ms. Ashby's written release. The request tells Theodora that CPS still sees her files as its evidence.",
          rationale = "Identifying information leaves a DV program only with an informed, written, time-limited release, one per agency (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "speak_for_her", roles = { "dv" },
          text = "Offer to represent 'the survivor perspective' in the review yourself, drawing on what many survivors have told Saltmarsh over the years.",
          go = "who_gets_reported",
          rating = "acceptable",
          feedback = "General knowledge of DV dynamics is yours to share, and useful. But it is not Ms. Ashby's account, and she has said she wants the agencies to learn from what happened.",
          rationale = "Without a release an advocate can share general dynamics and offer a way for the survivor to speak for herself (point 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "call_her", roles = { "cps" },
          text = "Have a CPS worker call Ms. Ashby from the closed case file and invite her to the review.",
          go = "who_gets_reported",
          rating = "acceptable",
          feedback = "Inviting her is right. A call from the agency that took her children, though, is hard to refuse and can feel like a summons; she does not call back.",
          rationale = "Power differences shape what a survivor can say; an invitation through someone she trusts, with a real option to decline, respects her choice (points 21, 22).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "invite_trusted", roles = { "cps" },
          text = "Ask whether someone Ms. Ashby trusts — her lawyer, or any advocate she chooses — could tell her about the review and offer her ways to take part: speaking herself, a written statement, a limited release, or none of these. Say CPS will accept whatever she decides.",
          set = { ashby_release = true }, add = { trust = 1 }, go = "who_gets_reported",
          rating = "recommended",
          feedback = "You asked for her voice without asking Saltmarsh to confirm anything, and you made 'no' a real option. Two weeks later, she chooses to take part.",
          rationale = "Without a release, the route is to let the survivor speak for herself; any release must be her informed, written, time-limited choice (points 18, 21); naming the power difference shapes the invitation (point 22).",
          tags = { "survivor_partnership", "confidentiality", "collaboration" },
        },
        choice {
          id = "invite", roles = { "dv" },
          text = "Ask Nia to tell Ms. Ashby about the review and offer her choices: speak herself, send a statement, sign a written release limited to the review and to a set period, or do nothing — and make clear her services do not depend on her answer.",
          set = { ashby_release = true }, add = { trust = 1 }, go = "who_gets_reported",
          rating = "recommended",
          feedback = "You confirmed nothing in the room and put the decision with Ms. Ashby, where it belongs. Two weeks later, she chooses to take part.",
          rationale = "A release must be informed, written and time-limited, and never a condition of service (point 18); offering the survivor a way to speak for herself is the advocate's tool (point 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "off_record", roles = { "dv" },
          text = "Afterwards, tell Dana privately what Saltmarsh knew — off the record, so the review gets it right.",
          set = { breach = true }, go = "who_gets_reported",
          rating = "harmful",
          feedback = "'Off the record' is still a disclosure. Without Ms. Ashby's written release you have shared a client's identity and history with the agency that removed her children.",
          rationale = "No identifying information without an informed, written, time-limited release — a private conversation is not an exception (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "cps_only", roles = { "cps" },
          text = "Keep the review internal to CPS for now; outside voices can come later.",
          add = { trust = -1 }, go = "who_gets_reported",
          rating = "concerning",
          feedback = "An internal review of a joint failure repeats the problem: only one system's account is heard, and the family's not at all.",
          rationale = "Cross-system dialogue depends on hearing both systems and the people they serve (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "decline", roles = { "dv" },
          text = "Tell Dana that Saltmarsh cannot help with anything about that case.",
          go = "who_gets_reported",
          rating = "concerning",
          feedback = "Confidentiality stops you confirming anything, but it does not stop you offering a survivor the chance to speak for herself — and you know Ms. Ashby wants the agencies to learn.",
          rationale = "Without a release an advocate can still offer a meeting where the survivor speaks for herself (point 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "after_the_break", phase = "the hard case",
      speaker = "June Halvorsen, facilitator",
      text = function(s, role)
        local first
        if s.case_handled == "walked" then
          first = "June catches up with you in the car park. She says she will not restart the meeting without Saltmarsh, and asks what it would take for you to come back in."
        elseif s.case_handled == "breach" then
          first = "June calls a fifteen-minute break. In the corridor Nia says quietly: 'She never signed anything. We don't have a release.'"
        elseif s.case_handled == "asked_client" then
          first = "June calls a fifteen-minute break. At the coffee urn Theodora says, evenly, that she could not have answered your question without breaking federal law, and that her staff noticed it was asked."
        else
          first = "June calls a fifteen-minute break. The room empties fast."
        end
        local second
        if s.case_handled == "walked" then
          second = "Through the library window you can see Carmen on the phone and Dana standing alone with a cold coffee, reading the agenda as if it might have changed. Nia is waiting in your car."
        elseif role == "dv" then
          second = "Carmen is on the phone in the corridor, telling someone the meeting is 'going about as expected'. Dana stands alone by the window with a cold coffee, reading the agenda as if it might have changed."
        else
          second = "Nia and Theodora are talking in low voices by the door. Carmen tells you, not quietly, that she is not going to apologise for keeping two children alive, and that her worker has not slept well since the board meeting."
        end
        local last = "June says she will restart in a quarter of an hour, with or without a plan. What happens in those minutes will decide whether there is a second meeting."
        if s.case_handled == "walked" then
          last = "June waits for your answer. What you say in the next few minutes will decide whether there is a second meeting."
        end
        return first .. "\n\n" .. second .. "\n\n" .. last
      end,
      discussion = "When a meeting between two systems goes badly, what repairs it? What does each side need to hear, and from whom?",
      reason = "What were you trying to repair, or protect?",
      choices = {
        choice {
          id = "lawyer", roles = { "cps" },
          text = "Spend the break with CPS's counsel, preparing a statement that the agency acted within policy.",
          add = { trust = -1 }, go = "who_gets_reported",
          rating = "concerning",
          feedback = "A statement of compliance answers a lawsuit, not a partner. Saltmarsh will read it as CPS closing ranks.",
          rationale = "Dialogue needs the hard topics named, including the harm of removal and 'failure to protect' (points 2, 14, 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "repair_late", roles = { "cps" },
          text = function(s)
            if s.case_handled == "asked_client" then
              return "Apologise to Theodora for asking her to confirm a client. Then say the removal cost a family five months and the agencies each other's trust, and ask to restart with a joint review — not a trial."
            end
            return "Find Theodora and say the removal cost a family five months and cost the agencies each other's trust. Ask to restart after the break with a joint review of the case — not a trial of anyone."
          end,
          set = { case_handled = "repair_late" }, add = { trust = 1 }, go = "who_gets_reported",
          rating = "recommended",
          feedback = "Repair in private, before the room reconvenes, lets Theodora return without losing face. The joint review gives Carmen's worker a hearing too.",
          rationale = "Naming the harm of removal from a protective parent openly, and respecting confidentiality, keeps the dialogue alive (points 2, 18, 22).",
          tags = { "collaboration", "reasonable_efforts" },
        },
        choice {
          id = "own_breach", roles = { "dv" },
          when = function(s) return s.breach end,
          text = "Tell June and Dana that you shared client details without a release; ask that they stay out of the minutes, and begin Saltmarsh's breach procedure, including telling Ms. Ashby herself.",
          set = { breach_owned = true, case_handled = "repair_late" }, go = "who_gets_reported",
          rating = "recommended",
          feedback = "Owning a breach quickly limits the harm and shows CPS how seriously Saltmarsh takes confidentiality. Ms. Ashby has a right to know what was said about her.",
          rationale = "Identifying information may not be shared without a written, time-limited release (point 18); when it has been, the program owns it and tells the survivor.",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "let_it_stand", roles = { "dv" },
          when = function(s) return s.breach end,
          text = "Say nothing more about it: the facts are out, and they helped Ms. Ashby's side of the story.",
          go = "who_gets_reported",
          rating = "harmful",
          feedback = "Leaving it unaddressed tells CPS that Saltmarsh's confidentiality bends when it is convenient — and Ms. Ashby never learns that her story was told.",
          rationale = "A release is the survivor's decision, not the program's (point 18).",
          tags = { "confidentiality" },
        },
        choice {
          id = "come_back", roles = { "dv" },
          when = function(s) return not s.breach end,
          text = "Find Dana and say plainly what the removal cost; acknowledge the danger the workers saw; ask to restart with a joint review of what both agencies could have done differently.",
          set = { case_handled = "repair_late" }, add = { trust = 1 }, go = "who_gets_reported",
          rating = "recommended",
          feedback = "Acknowledging the danger CPS saw, in private, makes it possible for Dana to acknowledge the harm in public.",
          rationale = "Weigh lethality cues (point 5) against the harm of removal from a protective parent (point 2); good dialogue keeps the hard topic on the table (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "pull_out_talk", roles = { "dv" },
          when = function(s) return not s.breach end,
          text = "Tell your staff, there and then, that Saltmarsh may have to pull out of the partnership.",
          add = { trust = -1 }, go = "who_gets_reported",
          rating = "concerning",
          feedback = "Your staff deserve to know where things stand, but deciding in the corridor, before anyone has tried to repair the meeting, makes the outcome likelier.",
          rationale = "Dialogue depends on staying with the hard topics long enough to find something to build on (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "drop_case",
          text = "Ask June to take the Ashby case off the agenda for good, so the group can get to practical matters.",
          go = "who_gets_reported",
          rating = "concerning",
          feedback = "The practical matters will run into the Ashby case anyway: petition language, removals, confidentiality. Dropping it leaves everyone guarding the same wound.",
          rationale = "Hard topics named openly are what make the practical work possible (point 22).",
          tags = { "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "who_gets_reported", phase = "hard topics",
      speaker = "June Halvorsen, facilitator",
      text = function(s, role)
        local slides
        if role == "dv" then
          slides = "Tomasz Wieczorek, CPS's data analyst, puts up two slides. In the county's DV-related reports last year, Black families were reported at about twice their share of the population and Native families at nearly three times; Spanish-speaking mothers waited a median of four days longer for an interpreter at their first CPS visit. Then, as June asked, you show Saltmarsh's own figures: four in five shelter residents are white and English-speaking, in a county where barely half the population is. Nia adds that in three years no shelter resident has disclosed a same-sex partner."
        else
          slides = "Tomasz Wieczorek, your data analyst, puts up two slides. In the county's DV-related reports last year, Black families were reported at about twice their share of the population and Native families at nearly three times; Spanish-speaking mothers waited a median of four days longer for an interpreter at their first CPS visit. Then, as June asked, Theodora shows Saltmarsh's own figures: four in five shelter residents are white and English-speaking, in a county where barely half the population is. Nia adds that in three years no shelter resident has disclosed a same-sex partner."
        end
        return "Two weeks later the group meets again. " .. ashby_update(s, role) .. "\n\n" .. slides ..
          "\n\nJune asks each leader: what will your agency do with its own numbers?"
      end,
      reveal = { "ashby_client" },
      discussion = "Are families of every race, culture, language and identity treated with respect in each of our systems? What numbers, and whose voices, would tell us?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "own_it",
          text = {
            cps = "Say CPS owns its numbers: commit to tracing DV-involved reports by race, language and disability from screening to removal, with culturally specific community groups and survivors reviewing what you find. Ask Saltmarsh to do the same with its figures.",
            dv = "Name both sets of numbers as problems: ask CPS to trace its disparity from screening to removal, and commit Saltmarsh to a plan for its own gap — language access, culturally specific partners, outreach where families actually are.",
          },
          set = { named_hard = true }, add = { trust = 1 }, go = "children_and_fathers",
          rating = "recommended",
          feedback = "Owning your own agency's numbers, and asking the other to do the same, turns a disparity into a shared problem instead of an accusation — and invites the communities affected to check the work.",
          rationale = "Disparate impact on marginalized communities, and whether families of every race, culture and identity are treated with respect, are core topics for cross-system dialogue, in both systems (points 22, 23).",
          tags = { "cultural_responsiveness", "collaboration" },
        },
        choice {
          id = "templates_only",
          text = {
            cps = "Commit to removing 'failure to protect' from CPS petition templates, but say race and language are beyond this pilot's scope.",
            dv = "Ask CPS to drop 'failure to protect' from its petitions, and leave the data for another day.",
          },
          go = "children_and_fathers",
          rating = "acceptable",
          feedback = "Dropping blaming language is a real step CPS can take quickly. Setting the data aside, though, leaves out the families most likely to meet both systems.",
          rationale = "Avoid 'failure to protect' framings (point 14); disparate impact on marginalized communities belongs in the dialogue (points 22, 23).",
          tags = { "documentation", "cultural_responsiveness" },
        },
        choice {
          id = "cps_numbers_only", roles = { "dv" },
          text = "Keep the focus on CPS: Saltmarsh's numbers only reflect who chooses to come.",
          add = { trust = -1 }, go = "children_and_fathers",
          rating = "concerning",
          feedback = "Who 'chooses' to come depends on who knows about you, trusts you and can be served in their language. Holding CPS to a standard you exempt yourself from costs credibility.",
          rationale = "Whether families of every race, culture and identity are treated with respect is a question for both systems (points 22, 23).",
          tags = { "cultural_responsiveness", "collaboration" },
        },
        choice {
          id = "explain_away", roles = { "cps" },
          text = "Point out that most reports come from police, schools and hospitals, so the disparity lies in who reports, not in CPS's decisions.",
          go = "children_and_fathers",
          rating = "concerning",
          feedback = "Reporting sources matter, but CPS decides what to screen in, what to investigate and what to file in court. Explaining the gap away closes the conversation the room needs to have.",
          rationale = "Good dialogue names disparate impact openly, including each system's own part in it (points 22, 23).",
          tags = { "cultural_responsiveness" },
        },
        choice {
          id = "counter", roles = { "cps" },
          text = "Ask Theodora why Saltmarsh's own shelter serves so few families of colour, if disparity is the issue.",
          add = { trust = -1 }, go = "children_and_fathers",
          rating = "concerning",
          feedback = "Her numbers deserve the question, and she put them up herself. Asked as a counter-punch, it turns a shared problem into a contest.",
          rationale = "Disparate impact is a shared topic to name openly, not a point to score (points 22, 23).",
          tags = { "cultural_responsiveness", "collaboration" },
        },
        choice {
          id = "later", roles = { "dv" },
          text = "Suggest that race is too charged a topic for a second meeting and should wait until trust is stronger.",
          go = "children_and_fathers",
          rating = "concerning",
          feedback = "Trust grows from having hard conversations, not from waiting for them. The families most affected cannot wait for the agencies to feel ready.",
          rationale = "Disparate impact on marginalized communities is one of the hard topics good dialogue names openly (point 22).",
          tags = { "cultural_responsiveness" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "children_and_fathers", phase = "practice",
      speaker = "June Halvorsen, facilitator",
      text = {
        cps = [[
Gil Moreau, the county board's liaison, has sent a question ahead: should CPS open an investigation on every police report of domestic violence in a home with children? One commissioner believes it would have spared the Ashby children. Your counsel has reminded you that in this state the courts hold exposure alone is not neglect.

Carmen shares her unit's audit: in last year's DV-involved cases, case plans gave mothers an average of six tasks — counselling, parenting class, a protective order, moving out — and fathers fewer than one.

Nia describes the children she sees. Some are anxious and sleepless; some are doing well at school with one steady parent; a few are being used by their fathers to watch and report on their mothers.

June asks what a joint approach to children and fathers should look like.]],
        dv = [[
Gil Moreau, the county board's liaison, has sent a question ahead: should CPS open an investigation on every police report of domestic violence in a home with children? One commissioner believes it would have spared the Ashby children. In this state, the courts hold exposure alone is not neglect.

Carmen shares her unit's audit: in last year's DV-involved cases, case plans gave mothers an average of six tasks — counselling, parenting class, a protective order, moving out — and fathers fewer than one.

Nia describes the children your program sees. Some are anxious and sleepless; some are doing well at school with one steady parent; a few are being used by their fathers to watch and report on their mothers.

June asks what a joint approach to children and fathers should look like.]],
      },
      discussion = "Does exposure to domestic violence affect every child the same way? What does engaging men as fathers — while holding them accountable — look like in each system?",
      choices = {
        choice {
          id = "screen_all",
          text = "Support opening an investigation on every DV police report involving children, to be safe.",
          go = "data_sharing",
          rating = "concerning",
          feedback = "Investigating every report treats exposure as neglect, which this state's courts reject. It buries investigators and teaches survivors that calling the police puts their children at risk.",
          rationale = "Exposure alone is not neglect (point 1); assess the perpetrator's pattern and the child's actual situation rather than the incident (point 4); children are affected differently (point 23).",
          tags = { "child_safety", "risk_assessment" },
        },
        choice {
          id = "leave_or_lose", roles = { "cps" },
          text = "Keep current practice: mothers in DV cases must get a protective order and separate from him, or risk removal.",
          go = "data_sharing",
          rating = "harmful",
          feedback = "Ordering her to leave on pain of removal puts his behaviour on her, and separation is often the most dangerous time. Reasonable efforts aim at him: orders excluding him, shelter if she wants it, accountability.",
          rationale = "Removal is a last resort after partnering with her and intervening with him (points 2, 3); recent separation is a lethality cue (point 5); relief should target the perpetrator (point 16).",
          tags = { "reasonable_efforts", "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "cps_does_fathers", roles = { "dv" },
          text = "Agree that CPS should engage fathers and hold them accountable, but ask that Saltmarsh be kept out of any work with them.",
          go = "data_sharing",
          rating = "acceptable",
          feedback = "Saltmarsh rightly does not serve men who abuse, and saying so is fair. Saying what you want CPS to do with fathers — and how it should protect mothers while doing it — is still part of your job at this table.",
          rationale = "Engaging men as fathers and holding them accountable is a shared question even if the work sits with CPS and batterer programs (points 10, 23).",
          tags = { "perpetrator_accountability", "collaboration" },
        },
        choice {
          id = "mothers_only",
          text = "Keep fathers out of the pilot and focus on supporting mothers; the criminal courts can deal with the men.",
          go = "data_sharing",
          rating = "concerning",
          feedback = "Leaving him out keeps every task on her and leaves his relationship with the children unexamined — and many children will go on seeing their fathers.",
          rationale = "Assess his pattern, including use of the children (point 4); attribute harm to him (point 13); engaging men as fathers and holding them accountable is part of the work (points 10, 23).",
          tags = { "perpetrator_accountability" },
        },
        choice {
          id = "pattern_and_fathers",
          text = "Propose a joint screening guide that looks at the father's pattern of behaviour and how each child is actually doing, sends lower-risk reports to voluntary community help, and writes case plans that give him the tasks: a batterer intervention program, fathering work, keeping to any order.",
          add = { trust = 1 }, go = "data_sharing",
          rating = "recommended",
          feedback = "This matches the law, spends investigators' time where the danger is, and moves the tasks onto the person causing the harm, while still engaging him as a father.",
          rationale = "Exposure is not neglect on its own (point 1); assess his pattern and its effect on each child (point 4); attribute harm to him and aim relief at him (points 13, 16); engaging men as fathers with accountability (points 10, 23).",
          tags = { "perpetrator_accountability", "risk_assessment", "child_safety" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "data_sharing", phase = "information sharing",
      speaker = "Tomasz Wieczorek, CPS data analyst",
      text = {
        cps = [[
The draft plan pencils in a Saltmarsh advocate at CPS intake two days a week, and the grant requires 'outcome measures'. Tomasz says he could show far more if the agencies linked their records. 'If I knew which mothers in our open cases were already working with Saltmarsh, I could prove the partnership works — and workers would stop sending them duplicate referrals.'

Theodora writes something on her pad and underlines it twice. The grant flows through your agency's budget; Saltmarsh's share would pay for a third of its children's program for a year. Everyone at the table knows that.

June asks what each agency can share, and how.]],
        dv = [[
The draft plan pencils in a Saltmarsh advocate at CPS intake two days a week, and the grant requires 'outcome measures'. Tomasz says he could show far more if the agencies linked their records. 'If I knew which mothers in our open cases were already working with Saltmarsh, I could prove the partnership works — and workers would stop sending them duplicate referrals.'

The grant flows through CPS's budget. Saltmarsh's share would pay for a third of your children's program for a year, and your board chair has asked you twice this week whether it is secure. Dana looks at you and waits.

June asks what each agency can share, and how.]],
      },
      discussion = "What does each agency actually need to know to do its job — and what can it learn without knowing who anyone is?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "team_agreement",
          text = {
            cps = "Propose that the co-located advocate sign CPS's team confidentiality agreement, so she can share what she learns in case conferences.",
            dv = "Agree that your co-located advocate will sign CPS's team confidentiality agreement so she can take full part in case conferences.",
          },
          set = { data_plan = "team_agreement" }, go = "the_promise",
          rating = "concerning",
          feedback = "A team agreement cannot stand in for each survivor's own release. The advocate would be caught between the agreement and federal law, and survivors would stop telling her things.",
          rationale = "Co-location changes nothing about confidentiality; a team confidentiality agreement is no substitute for the survivor's release, one per agency (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "refuse_all", roles = { "dv" },
          text = "Refuse to provide any figures at all; Saltmarsh's data is nobody's business.",
          set = { data_plan = "none" }, add = { trust = -1 }, go = "the_promise",
          rating = "concerning",
          feedback = "Counts with no identifying detail can be shared, and without them the partnership cannot show what it does. Refusing everything confirms CPS's fear that Saltmarsh will not be accountable.",
          rationale = "Without a release an advocate can still share aggregate figures, general DV dynamics and service information (point 21).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "aggregate",
          text = {
            cps = "Ask for aggregate, non-identifying figures each quarter — referrals, services used, outcomes — and offer CPS's own aggregate figures in return. Anything about an individual moves only with her written, time-limited release, or in a three-way meeting she chooses.",
            dv = "Offer aggregate, non-identifying figures each quarter, plus general information on DV dynamics and services. Explain that anything about an individual moves only with her written, time-limited release — never a condition of service — and offer three-way meetings when a survivor wants to speak for herself.",
          },
          set = { data_plan = "aggregate" }, add = { trust = 1 }, go = "the_promise",
          rating = "recommended",
          feedback = "The partnership gets something real to measure, both sides know the limit and can plan around it, and survivors' names stay where federal law and their trust require.",
          rationale = "No identifying information without an informed, written, time-limited release, never a condition of service (point 18); aggregate figures, general information and three-way meetings remain available (point 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "agree_match", roles = { "dv" },
          text = "Agree to a monthly match of Saltmarsh's client list against CPS's open cases: the money matters, and CPS says it will help mothers.",
          set = { data_plan = "identifying" }, go = "the_promise",
          rating = "harmful",
          feedback = "A client's name — even the fact that she is a client — cannot leave Saltmarsh without her written release, and a release can never be the price of service. Once survivors learn of the match, many will stop calling.",
          rationale = "VAWA and FVPSA forbid sharing personally identifying information without an informed, written, time-limited release, which can never be a condition of service (point 18); no team or funding agreement changes that (point 19).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "condition_grant", roles = { "cps" },
          text = "Make Saltmarsh's share of the grant conditional on a monthly match of its client list against CPS's open cases.",
          set = { data_plan = "identifying" }, add = { trust = -1 }, go = "the_promise",
          rating = "harmful",
          feedback = "Under that pressure Saltmarsh agrees — but a survivor's name cannot lawfully leave a VAWA-funded program without her own release, and a release can never be a condition of service. Survivors will stop coming once they hear.",
          rationale = "No identifying information without the survivor's informed, written, time-limited release (point 18); an agreement between agencies does not substitute for it (point 19); using money to force it acts out the power imbalance (point 22).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "drop_measures", roles = { "cps" },
          text = "Drop measurement from the agreement rather than fight about it.",
          set = { data_plan = "none" }, go = "the_promise",
          rating = "concerning",
          feedback = "Without any figures the pilot cannot show the board what it does, or show the agencies what to fix. Aggregate counts would have cost nobody their privacy.",
          rationale = "Aggregate, non-identifying figures are available without a release (point 21); realistic expectations need measures (point 24).",
          tags = { "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "the_promise", phase = "expectations",
      speaker = "Gil Moreau, county board liaison",
      text = function(s, role)
        local who
        if role == "dv" then
          who = "Dana answers before you can: 'Halving re-reports is realistic. My workers want this to work.' Your board chair has told you a bigger grant would secure the children's program for three years."
        else
          who = "Theodora answers before you can: 'With an advocate at intake, no protective mother in this county should lose her children again.' Your director has told you the board wants good news before the budget vote."
        end
        local match = ""
        if s.data_plan == "identifying" then
          match = " Tomasz has already told Gil about the client-list match; Gil calls it 'real accountability'."
        end
        return "At the end of the second meeting Gil Moreau joins for twenty minutes, friendly and in a hurry. 'The board wants to tell the public this fixes what happened to the Ashby children. Can I say removals from protective mothers will end, and re-reports will drop by half within a year? Numbers like that, I think the board would double the grant.'\n\n" ..
          who .. match .. "\n\nGil turns to you."
      end,
      discussion = "What can this partnership honestly promise in its first year? Who is hurt when a collaboration promises more than it can deliver?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "withdraw", roles = { "dv" },
          when = function(s) return s.trust <= -2 end,
          text = "Tell Gil that Saltmarsh is stepping back from the partnership: CPS has not shown it is ready.",
          set = { walked = true }, go = "ending_collapse",
          rating = "concerning",
          feedback = "You may be right about CPS's readiness, but ending the talks leaves the next family in Ms. Ashby's place with two systems that have never met.",
          rationale = "Collaboration is slow and uneven; dialogue that names hard topics and looks for something to build on is how it moves (points 22, 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "go_it_alone", roles = { "cps" },
          when = function(s) return s.trust <= -2 end,
          text = "Tell Gil that CPS will build its own in-house DV unit instead, and let the partnership go.",
          set = { walked = true }, go = "ending_collapse",
          rating = "concerning",
          feedback = "An in-house unit cannot offer what a survivor gets from a voluntary, confidential program — and the mothers most afraid of CPS will not go near it.",
          rationale = "CPS is mandated and DV advocacy is voluntary and confidential; each system does what the other cannot (points 18, 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "realistic",
          text = "Tell him what the record shows: in the federal Greenbook demonstration sites, collaboration improved practice, but results varied and were hard to sustain. Offer first-year measures instead — trainings held, families offered an advocate, petitions free of blaming language — and a public six-month review.",
          add = { trust = 1 }, go = "draft_agreement",
          rating = "recommended",
          feedback = "Gil looks disappointed for a moment, then writes down the measures. A promise you can keep protects the partnership when the next hard case arrives.",
          rationale = "Collaboration improved practice in the Greenbook sites but results varied and were hard to sustain; realistic, measurable expectations and a plan to revisit (point 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "say_yes",
          text = "Tell Gil yes: with this partnership in place, removals from protective mothers will end.",
          set = { overpromise = true }, go = "draft_agreement",
          rating = "concerning",
          feedback = "It is the headline everyone wants, and no partnership can guarantee it. When the next hard removal comes, the board will feel misled and the partnership will take the blame.",
          rationale = "In the Greenbook demonstration sites collaboration improved practice, but results varied and were hard to sustain; promise what can be measured (point 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "too_early",
          text = "Tell Gil it is too early to promise anything, and that the board will hear from you in a year.",
          go = "draft_agreement",
          rating = "acceptable",
          feedback = "Honest, but it gives the board nothing to watch for a year. Concrete early measures and a public review date keep its support without overselling.",
          rationale = "Set realistic expectations, and give the board something concrete to revisit (point 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "everywhere",
          text = function(s, role)
            if role == "dv" then
              return "Offer to go further: put Saltmarsh advocates in all nine CPS units from the first month, so the board sees real commitment."
            end
            return "Offer to go further: run the pilot in all nine CPS units from the first month, so the board sees real commitment."
          end,
          set = { overpromise = true }, go = "draft_agreement",
          rating = "concerning",
          feedback = "Nine units at once is more than either agency can staff or support, and a pilot spread that thin will show weak results in exactly the places it most needed to work.",
          rationale = "Results in demonstration sites varied and were hard to sustain; start small, measure, expand (point 24).",
          tags = { "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "draft_agreement", phase = "agreement",
      speaker = "June Halvorsen, facilitator",
      text = function(s, role)
        local extra = ""
        if s.overpromise then
          extra = "\n\nGil's office has already drafted a press release using the words you gave him."
        end
        return "June circulates a summary of a statewide pilot in another state that joined child welfare and domestic violence work. It rested on three things: joint trainings for both agencies' staff, a designated liaison in each agency, and revisions to policy. It helped; it also needed constant attention.\n\n" ..
          "She asks both leaders to draft the heart of the agreement that will go to both boards, choosing from the commitments staff have proposed and putting them in order of priority." .. extra
      end,
      discussion = "Which parts of a pilot could survive after the grant ends? Who in each agency owns each piece — and what happens when that person leaves?",
      compose = {
        prompt = "Choose the commitments for the agreement, in order of priority. You may add one of your own.",
        clauses = {
          clause { id = "advocate", text = "Saltmarsh places one advocate at CPS intake two days a week for a year; families may accept or decline her help, and declining carries no consequence." },
          clause { id = "training", text = "The agencies co-design and co-teach a cross-training each quarter for CPS investigators and Saltmarsh advocates together." },
          clause { id = "shared_files", text = "The co-located advocate may read CPS case files and add her notes to them, and CPS workers may read hers." },
          clause { id = "liaisons", text = "Each agency names a liaison, with time set aside in the job for it, to handle questions and problems between the agencies." },
          clause { id = "mandatory", text = "Any mother in a DV-involved case must meet with the advocate as part of her case plan." },
          clause { id = "petitions", text = "CPS revises its petition template and case-plan guidance to describe the perpetrator's behaviour and the protective parent's efforts, and drops 'failure to protect'." },
          clause { id = "data", text = "Saltmarsh reports aggregate, non-identifying figures each quarter; information about an individual moves only with her written, time-limited release." },
          clause { id = "overreach", text = "The pilot covers all nine CPS units from the first month and will end removals from non-offending parents." },
          clause { id = "review", text = "Both leaders meet again in six months with both agencies' figures and two survivors who have used both systems, paid for their time, to decide what to keep, change or drop." },
        },
        min = 3, max = 9, own_text = true,
        score_var = "pilot_score",
        rubric = function(draft, s, role)
          local good = { advocate = "a voluntary co-located advocate", training = "joint cross-training",
                         liaisons = "designated liaisons", petitions = "petition and case-plan revision",
                         data = "aggregate data only, with releases for individuals",
                         review = "a six-month review with survivors" }
          local bad = { shared_files = "advocate's notes in CPS case files",
                        mandatory = "a voluntary service made a condition of the case plan",
                        overreach = "every unit at once and a promise to end removals" }
          local have, flags, missing = {}, {}, {}
          local n_good, n_bad = 0, 0
          for _, id in ipairs(draft.clauses) do
            have[id] = true
            if good[id] then n_good = n_good + 1 end
            if bad[id] then
              n_bad = n_bad + 1
              flags[#flags + 1] = bad[id]
            end
          end
          for _, id in ipairs({ "advocate", "training", "liaisons", "petitions", "data", "review" }) do
            if not have[id] then missing[#missing + 1] = good[id] end
          end
          local rating
          if have.shared_files and have.mandatory then
            rating = "harmful"
          elseif n_bad > 0 then
            rating = "concerning"
          elseif n_good == 6 then
            rating = "recommended"
          elseif n_good >= 4 then
            rating = "acceptable"
          else
            rating = "concerning"
          end
          local fb
          if n_bad > 0 then
            local why = {}
            if have.shared_files then why[#why + 1] = "an advocate's notes cannot sit in CPS files without each survivor's release" end
            if have.mandatory then why[#why + 1] = "a voluntary service cannot be ordered as part of a case plan" end
            if have.overreach then why[#why + 1] = "no pilot can cover every unit at once or promise to end removals" end
            fb = "Some commitments undo the rest: " .. table.concat(why, "; ") .. "."
          elseif n_good == 6 then
            fb = "A modest, complete pilot: a voluntary advocate, joint training, named liaisons, a policy change, lawful data and a date to look again."
          else
            fb = "Sound as far as it goes; a pilot without training, liaisons, a policy change or a review tends to fade when its first champion moves on."
          end
          if s.data_plan == "identifying" and have.data then
            fb = fb .. " The data clause contradicts the client-list match agreed at the last meeting."
          end
          return { score = n_good - 2 * n_bad, max = 6, rating = rating, feedback = fb,
                   flags = flags, missing = missing }
        end,
        rationale = "A pilot can combine joint trainings, designated liaisons and policy revisions (point 25) at a scale that can be sustained and revisited (point 24); co-located advocacy stays voluntary and confidential (points 18, 19); petitions describe his behaviour and her protective efforts (points 13, 14).",
        tags = { "collaboration", "confidentiality", "documentation" },
      },
      go = "six_month_review",
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "six_month_review", phase = "review",
      speaker = "June Halvorsen, facilitator",
      text = function(s, role)
        local body
        if s.data_plan == "identifying" then
          body = "Six months on, the client-list match has run five times. Within weeks, word spread among survivors that talking to Saltmarsh puts your name on a CPS list. Hotline calls from mothers have fallen by a third; Nia says three women with children have told her they will not come in. The advocate at CPS intake has seen four families in two months."
        elseif s.pilot_score >= 6 then
          body = "Six months on, the results are uneven. In Unit 2 the advocate has met forty-one families; in Unit 4, whose supervisor never introduced her, five. The first joint training ran; the second was postponed when CPS's liaison left and the post sat empty for six weeks. In a sample of twenty recent petitions, 'failure to protect' appeared in three, down from eleven a year ago. About half the families offered the advocate said yes."
        elseif s.pilot_score >= 3 then
          body = "Six months on, the results are uneven. In Unit 2 the advocate has met forty-one families; in Unit 4, whose supervisor never introduced her, five. About half the families offered her help said yes. The CPS manager who championed the pilot has moved to another county, and the commitments nobody was named to carry have mostly waited. In a sample of twenty recent petitions, 'failure to protect' appeared in seven, down from eleven a year ago."
        else
          body = "Six months on, the signed memorandum hangs framed in the lobby of the county building. No advocate has been placed: Saltmarsh was waiting for a desk and a parking pass, CPS for a signed job description. The first joint training has been postponed twice. Nobody is sure who the liaisons are. Asked about the partnership, staff in both agencies say 'we have an agreement with them'."
        end
        if s.data_plan ~= "identifying" and s.pilot_score >= 3 then
          if s.strengths and s.pilot_score >= 6 then
            body = body .. " The worker and advocate from the joint case named at the first meeting co-taught the first training."
          end
          if s.glossary then
            body = body .. " The one-page shared glossary is taped above desks in both offices."
          end
        end
        if s.overpromise then
          body = body .. "\n\nIn October CPS removed two children from another mother in a DV case. Gil has asked twice why that happened after the board's announcement."
        end
        return body .. "\n\nJune asks both leaders what happens next."
      end,
      discussion = "What does success look like six months in, for each system? How does a partnership keep going when results are uneven and the people who started it move on?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "declare_success",
          text = function(s)
            if s.pilot_score < 3 and s.data_plan ~= "identifying" then
              return "Tell the board the agreement is in place and end the leadership meetings; staff can carry it from here."
            end
            return "Report the pilot a success to the board and end the leadership meetings; staff can carry it from here."
          end,
          set = { sustained = false }, go = {
            { "ending_identifying", when = function(s) return s.data_plan == "identifying" end },
            { "ending_memo" },
          },
          rating = "concerning",
          feedback = "Partnerships in the demonstration sites that stopped tending the relationship at the top tended to drift. Calling it done now leaves the gaps nobody is responsible for.",
          rationale = "Results varied and were hard to sustain; a plan to revisit is part of a realistic pilot (point 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "end_match",
          when = function(s) return s.data_plan == "identifying" end,
          text = {
            cps = "Withdraw the grant condition and stop the client-list match today, and ask Saltmarsh what it needs to rebuild survivors' trust.",
            dv = "End the client-list match today, tell survivors plainly what happened, and report it under your funders' rules — even if it puts the grant at risk.",
          },
          set = { sustained = true }, go = "ending_identifying",
          rating = "recommended",
          feedback = "Stopping the match and telling the truth is the only way back to survivors' trust. The harm already done will take far longer to repair than it took to cause.",
          rationale = "Identifying information may not be shared without each survivor's written, time-limited release, which can never be a condition of service (points 18, 19); the agency with more power can use it to undo the harm (point 22).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "blame",
          text = function(s, role)
            if s.pilot_score < 3 and s.data_plan ~= "identifying" then
              if role == "dv" then
                return "Say the delays are CPS's doing: its job description held everything up, and fixing that is CPS's problem."
              end
              return "Say the delays are Saltmarsh's doing: it never gave its advocate a start date, and fixing that is Saltmarsh's problem."
            end
            if role == "dv" then
              return "Say the weak units show that CPS supervisors never took the pilot seriously; fixing that is CPS's problem."
            end
            return "Say the weak units show Saltmarsh never promoted its advocate well enough; fixing that is Saltmarsh's problem."
          end,
          add = { trust = -1 }, go = {
            { "ending_identifying", when = function(s) return s.data_plan == "identifying" end },
            { "ending_memo" },
          },
          rating = "concerning",
          feedback = "There may be truth in it, but blame makes each agency defend its own staff instead of fixing the gap together.",
          rationale = "Look for successes to build on, not only problems; uneven results are expected and are shared work (points 22, 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "adjust",
          when = function(s) return s.data_plan ~= "identifying" end,
          text = function(s)
            if s.pilot_score >= 3 and s.pilot_score < 6 then
              return "Keep what works and fix what does not: ask the Unit 2 supervisor to brief Unit 4, give every unfinished commitment a named owner and a budget line, report the uneven results honestly to the board, and set the next review date."
            end
            if s.pilot_score < 3 then
              return "Say honestly what has not happened. Pick the two smallest commitments, give each a named owner and a start date this month, tell the board the truth, and set the next review date."
            end
            return "Keep what works and fix what does not: fill the liaison post and write liaison time into both budgets, ask the Unit 2 supervisor to brief Unit 4, report the uneven results honestly to the board, and set the next review date."
          end,
          set = { sustained = true }, add = { trust = 1 }, go = {
            { "ending_collapse", when = function(s) return s.trust <= -3 end },
            { "ending_modest_agreement", when = function(s)
                return s.pilot_score >= 6 and s.data_plan == "aggregate" and s.named_hard
                  and not s.overpromise and not s.breach and s.trust >= 3
              end },
            { "ending_uneven", when = function(s) return s.pilot_score >= 3 end },
            { "ending_memo" },
          },
          rating = "recommended",
          feedback = "Naming what fell short, building on what worked and putting the next review on the calendar is what kept the partnerships that lasted going.",
          rationale = "Collaboration improves practice unevenly and is hard to sustain; build on successes, keep designated liaisons funded, and revisit (points 22, 24, 25).",
          tags = { "collaboration" },
        },
        choice {
          id = "end_pilot",
          when = function(s) return s.data_plan ~= "identifying" end,
          text = "End the pilot: it costs staff time neither agency has.",
          set = { walked = true }, go = "ending_collapse",
          rating = "concerning",
          feedback = "Uneven results at six months are what the demonstration sites saw too. Ending now throws away the parts that were working.",
          rationale = "Results varied and were hard to sustain even where collaboration improved practice; build on what works (points 22, 24).",
          tags = { "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    ending {
      id = "ending_modest_agreement", title = "A modest agreement that holds", classification = "positive",
      text = [[
A year after the first meeting, the partnership is smaller than Gil once hoped and sturdier than anyone expected. One advocate works at CPS intake two days a week; families can say no, and about half say yes. Each agency has a liaison whose time is written into its budget. Joint trainings are co-taught by an investigator and an advocate, and CPS's petition template now describes what the father did and what the mother did to keep the children safe. Saltmarsh sends counts each quarter and names no one.

Results are uneven — one unit still rarely calls — and the report to the board says so. The Ashby review led to one concrete change: before a removal in a DV case, the worker asks the mother whether she has an advocate and offers a three-way call. The next review is on the calendar.]],
    },
    ending {
      id = "ending_uneven", title = "Still standing, on thin ground", classification = "mixed",
      text = [[
The pilot survives its first year, but it rests on a few people. The advocate at intake is busy in one unit and unknown in others. Trainings happen when the liaisons have time. Some of what was agreed is working; some of it was never quite what one side or the other believed it had signed.

Families in the units that use the advocate see something different — a worker and an advocate who know each other's names. Whether that lasts depends on whether either agency makes the work part of someone's job before the people who started it move on.]],
    },
    ending {
      id = "ending_memo", title = "A memorandum nobody implements", classification = "mixed",
      text = [[
The signed memorandum is cited in both agencies' annual reports, but little of it lasts. Whatever was started depended on a few people, nobody at the top kept watch, and when those people moved on it stopped. CPS petitions in DV cases read much as they did; Saltmarsh's advocates still meet CPS workers for the first time at court. When the grant ends, nobody applies to renew it.

The next time a mother in a DV case faces a removal, her worker and her advocate will meet as strangers, with an agreement neither of them has read.]],
    },
    ending {
      id = "ending_collapse", title = "The talks end", classification = "negative",
      text = [[
CPS and Saltmarsh stop meeting. The county board moves the grant to other work, and each agency tells its own story about why the partnership failed.

Investigators go on writing 'failure to protect' because no one has offered them other words. Survivors go on hearing that calling for help puts their children at risk. The next family in Ms. Ashby's place meets two systems that have never worked a case together.]],
    },
    ending {
      id = "ending_identifying", title = "Names for money", classification = "negative",
      text = [[
The client-list match has done lasting damage. A state grant monitor flags it as a breach of the program's federal confidentiality conditions, and Saltmarsh's funding is under review. Fewer mothers call the hotline; some who had shelter beds held never arrive. CPS's workers had a monthly list of names and no new way to help anyone on it.

Even once the match stops, trust of this kind is lost in weeks and rebuilt over years. The advocate at CPS intake now spends most of her days explaining what Saltmarsh will and will not share.]],
    },
  },
}
