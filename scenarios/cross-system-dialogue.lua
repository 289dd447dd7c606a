-- Cross-system dialogue: the leaders of a county child protective services agency and a domestic
-- violence program set up a collaboration after a removal that hurt a family and the relationship.
-- Written for facilitated group use: every decision scene carries a discussion prompt.
-- All people, agencies and places are invented.

-- How the person across the table is behaving, given the trust built so far.
local function mood(s, role)
  if s.trust <= -2 then
    if role == "dv" then
      return "Dana has stopped taking notes. Lorraine is reading something on her phone under the table."
    end
    return "Theodora has pushed her chair back from the table. When she speaks, she speaks to Irene, not to you."
  elseif s.trust < 0 then
    if role == "dv" then
      return "Dana's answers have become short and careful, and Lorraine has folded her arms."
    end
    return "Theodora's answers have become short and careful. Nia has stopped looking up."
  elseif s.named_hard then
    if role == "dv" then
      return "Dana said, as the openings ended, 'That was hard to hear, and we needed to hear it.' Lorraine frowned but stayed in her seat."
    end
    return "Theodora said, as the openings ended, 'I did not expect CPS to say those words first.' Nia wrote something down."
  end
  return "The room is polite and a little guarded; nobody has yet said what everyone is thinking."
end

-- What has happened to the Ashby review by the second meeting.
local function ashby_update(s, role)
  if s.ashby_release then
    return (role == "dv"
      and "Nia reports that Ms. Ashby has signed a written release, limited to the joint review and valid for sixty days, and has asked to speak to the review group herself next month."
      or "Irene reports that Ms. Ashby has asked to speak to the joint review group herself next month. What she tells the review stays within it.")
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
  return "Nobody has mentioned the Ashby case since the first meeting. Lorraine has told you her workers are relieved."
end

return scenario {
  id = "cross-system-dialogue",
  title = "At the same table: building a CPS and DV partnership",
  version = "2.0.0",
  summary = "The leaders of a county child welfare agency and a domestic violence program meet to set up a collaboration after a removal that damaged trust; designed to be run with a group.",
  minutes = 30,
  license = "CC-BY-4.0",
  content_notes = {
    "Discusses a past removal of two children from a mother who was being abused, including a partner's gun ownership and threats; no graphic detail.",
    "Discusses racial, cultural and language disparities in child welfare reporting, and a program run by and for Black and African immigrant women.",
    "Describes, without detail, a child's injury from a belt, a mandated report that was delayed, and a police report of strangulation.",
    "Parts of the meeting are tense; a group leader may want to pause after the hard case comes up.",
  },
  objectives = {
    "Name the hard topics between the two systems openly — voluntary and mandated services, 'failure to protect', disparate impact, power and resources — while looking for successes to build on.",
    "Use shared definitions and each system's idea of success as the starting point of a joint protocol.",
    "Keep data sharing to aggregate, non-identifying figures and survivor-signed releases.",
    "Set realistic, measurable expectations for a pilot, and plan how to revisit it.",
    "Design a modest pilot from joint training, designated liaisons and policy revision, as Texas Project S.A.F.E. did.",
    "Bring a culturally specific program in as a partner with its own voice and budget, not as an adviser.",
    "Handle a partner's staff error as shared work, and credit the other agency's good work where your own staff can hear it.",
  },
  jurisdiction = "A state whose courts hold that a child's exposure to domestic violence is not, by itself, neglect. The county's domestic violence program receives federal VAWA and FVPSA funds and is bound by their confidentiality rules.",
  start = "opening",

  roles = {
    role {
      id = "cps", name = "CPS deputy director",
      brief = "You are Dana Achterberg, deputy director of the Tamarack County Department of Children and Family Services. You oversee intake and investigations: about forty investigators, a caseload that grew eighteen percent this year, and a legal duty to act on every report your agency screens in. Nearly four in ten of your investigations mention domestic violence. After a case that went badly, the county board has given your agency and the local domestic violence program a one-year grant to build a partnership. You want something your workers will actually use, without promising what your agency cannot deliver.",
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
    pilot_score = 0,         -- quality of the drafted agreement
    kindred_seat = false,    -- the culturally specific program was brought in on its own terms
    midterm = "none",        -- how the leaders handled the three-month case: good, poor
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
      title = "The first session",
      speaker = "Irene Castellanos, facilitator",
      text = {
        cps = [[
The meeting room at the Tamarack County library has a round table, a jug of water and eight chairs. Irene Castellanos, a retired juvenile court referee both agencies accepted as facilitator, sets one rule: no one discusses a family who is not here unless the facts are already public.

Across from you sit Theodora Lund, Saltmarsh's executive director, and Nia Ferreira, who leads its children's advocacy. Beside you is Lorraine Petrakis, your intake supervisor, nineteen years in investigations. Everyone knows why the county board paid for this: the Ashby case, last spring.

Irene asks each leader to open with a few minutes on why they are here and what they hope for. She turns to you first.]],
        dv = [[
The meeting room at the Tamarack County library has a round table, a jug of water and eight chairs. Irene Castellanos, a retired juvenile court referee both agencies accepted as facilitator, sets one rule: no one discusses a family who is not here unless the facts are already public.

Across from you sit Dana Achterberg, the CPS deputy director, and Lorraine Petrakis, CPS's intake supervisor of nineteen years. Beside you is Nia Ferreira, who leads your children's advocacy. Everyone knows why the county board paid for this: the Ashby case, last spring.

Irene asks each leader to open with a few minutes on why they are here and what they hope for. She turns to you first.]],
      },
      discussion = "What are the hard topics between our two systems that nobody says out loud? And what is one thing already working between us that we could build on?",
      reason = "What did you most want the other side to hear first?",
      choices = {
        choice {
          id = "mission_first", roles = { "cps" },
          text = "Open with why CPS is here: forty investigators, a caseload up eighteen percent, four in ten cases touching DV. Then ask what Saltmarsh could take on so your workers are not carrying it alone.",
          add = { trust = -1 }, go = "definitions",
          rating = "concerning",
          feedback = "Leading with what the smaller agency can do for yours acts out the power difference the room already feels. Saltmarsh hears that it is being recruited as a service provider, not met as a partner.",
          rationale = "Dialogue should name the power and resource differences between the systems, not repeat them; a DV program is not an arm of CPS (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "polite", roles = { "dv" },
          text = "Keep the opening warm: thank CPS for coming, say Saltmarsh wants this to work, and raise the Ashby case with Dana privately afterwards, where she need not defend her staff in public.",
          go = "definitions",
          rating = "acceptable",
          feedback = "Courtesy matters at a first meeting, but hard topics put off for a private talk often never come back, and your staff may read the silence as giving in.",
          rationale = "Good dialogue names the hard topics openly — voluntary vs mandated services, 'failure to protect', disparate impact, power (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "success_story",
          text = {
            cps = "Tell the room about a family last year where an investigator and a Saltmarsh advocate met early and the children stayed home, with no names, and ask what made that one work.",
            dv = "Start from something good: describe, without names, a mother whose CPS worker and Saltmarsh advocate planned together last year, and ask what let the two of them trust each other.",
          },
          set = { strengths = true }, go = "definitions",
          rating = "acceptable",
          feedback = "Starting from a success gives the group something to build on. On its own, though, it lets everyone avoid the topics that brought them here.",
          rationale = "Look for successes to build on, and also name the hard topics (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "name_hard",
          text = {
            cps = "Say it first: CPS is mandated and Saltmarsh is not, mothers here have been blamed for 'failure to protect', some families are reported far more than others, and CPS holds most of the power.",
            dv = "Say what advocates hear: mothers too scared of CPS to call anyone. Name 'failure to protect', who gets reported, the difference in size and funding, and one thing CPS did well.",
          },
          set = { named_hard = true }, add = { trust = 1 }, go = "definitions",
          rating = "recommended",
          feedback = "You named the hard topics plainly and without attacking anyone. That makes an honest answer possible from the other side of the table; a success to build on can come next.",
          rationale = "Good dialogue names voluntary vs mandated services, 'failure to protect', disparate impact and the power and resource gap openly — especially when the larger system does it — and looks for successes to build on (point 22).",
          tags = { "collaboration", "cultural_responsiveness" },
        },
        choice {
          id = "apology_first", roles = { "dv" },
          text = "Tell the room plainly that survivors will not trust any partnership until CPS publicly apologizes for the Ashby removal, and that Saltmarsh needs that before it signs anything.",
          add = { trust = -2 }, go = "definitions",
          rating = "concerning",
          feedback = "Your anger is shared by many survivors, but a precondition in the first five minutes leaves CPS only two moves: refuse or retreat. The harm in that case is better named as something to learn from together.",
          rationale = "Dialogue names hard topics openly but also looks for something to build on; setting terms before talking closes the conversation (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "all_is_well", roles = { "cps" },
          text = "Say that most days the two agencies' workers get on well, that the Ashby case was one hard call among thousands, and that this meeting is a chance to put on paper what already works.",
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
      title = "Words each side uses",
      speaker = "Irene Castellanos, facilitator",
      text = function(s, role)
        return mood(s, role) .. [[


Irene hands out index cards: on one side, how your agency defines 'domestic violence'; on the other, what counts as success when you close a case that involved it.

CPS's cards say 'child safe at home', 'no new report within a year', 'permanency within federal timelines'. Saltmarsh's say 'she reached the goals she set', 'she feels safer', 'she knows she can come back'. CPS defines domestic violence by incidents in police reports; Saltmarsh defines it as a pattern of coercive control in which assault is one tool among many. To Lorraine, a 'safety plan' is the written plan a worker signs with a parent; to Nia, it is the survivor's own plan, often never written down because paper can be found.

Irene asks what to do with the gap.]]
      end,
      discussion = "How does each system define success in a domestic violence case? Write your own definitions of 'domestic violence', 'assessment' and 'safety planning': where do they match, and where do they truly conflict?",
      choices = {
        choice {
          id = "skip",
          text = {
            cps = "Suggest parking definitions for now: the grant needs a signed agreement by spring, your workers need practical steps, and the words can be settled once people have worked real cases together.",
            dv = "Suggest moving on to practical steps: definitions can come once advocates and investigators have worked some cases side by side, and the board expects a signed agreement by spring.",
          },
          go = "the_case",
          rating = "concerning",
          feedback = "Without shared terms, a joint protocol will mean different things to each agency's staff — 'safety plan' alone could cause the first dispute.",
          rationale = "Shared definitions of domestic violence, assessment and safety planning are a foundation, not a detour (point 23).",
          tags = { "collaboration" },
        },
        choice {
          id = "send_policies",
          text = {
            cps = "Offer to send Saltmarsh CPS's policy sections on DV, intake screening and safety plans this week, and ask for its written definitions in return, so each side can study the other's.",
            dv = "Offer to send CPS Saltmarsh's training chapters on coercive control and survivor-led safety planning, and ask for CPS's policy definitions in return, so everyone reads before next time.",
          },
          go = "the_case",
          rating = "acceptable",
          feedback = "Exchanging policies helps, but reading each other's manuals is not the same as agreeing on what the words will mean in a joint protocol.",
          rationale = "Shared definitions need to be worked out together to be shared (point 23).",
          tags = { "collaboration" },
        },
        choice {
          id = "both",
          text = {
            cps = "Suggest keeping both lists side by side and circling where they meet, since a safer mother usually means a safer child, then ask staff from each agency to draft a glossary.",
            dv = "Propose leaving both lists up, marking where they overlap, and asking staff from each agency to write a short glossary, starting with 'safety plan'.",
          },
          set = { glossary = true }, add = { trust = 1 }, go = "the_case",
          rating = "recommended",
          feedback = "Keeping both definitions visible treats the difference as information. A glossary written by staff of both agencies is concrete, cheap and builds the protocol from the ground up.",
          rationale = "Shared definitions and each system's view of success are core discussion points; domestic violence as a pattern of control, not single incidents, is the better shared base (points 4, 23).",
          tags = { "collaboration", "risk_assessment" },
        },
        choice {
          id = "override",
          text = {
            cps = "Say, kindly but firmly, that CPS's mandate is the child: where the two lists conflict, the child's safety has to define success, and the mother's own goals come second.",
            dv = "Say, kindly but firmly, that Saltmarsh answers to survivors: where the lists conflict, her own choices have to define success, and CPS timelines will have to bend around them.",
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
      title = "A family both agencies know",
      speaker = "Lorraine Petrakis, CPS intake supervisor",
      text = {
        cps = [[
Irene moves to how each agency handles a family both are involved with. Lorraine speaks before anyone else.

'Let's not pretend. Everyone here is thinking about the Ashby family. My worker had three police calls in four months, a report that the father kept a handgun and had threatened her, and a mother who had let him back twice. We were blamed at a public meeting for doing our job.'

The public facts: last spring CPS removed Ms. Ashby's son, 7, and daughter, 4. The petition said she 'failed to protect' them. They spent five months in foster care and went home once a protective order excluded their father. In the summer Ms. Ashby told her story at a county board meeting.

Nia has put her pen down. Theodora is looking at you, not at Lorraine.]],
        dv = [[
Irene moves to how each agency handles a family both are involved with. Lorraine speaks before anyone else.

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
          text = "Back Lorraine in front of the room: the danger her worker saw was real, she followed policy, and the court process worked as it should when the children went home in the fall.",
          set = { case_handled = "defend" }, add = { trust = -1 }, go = "after_the_break",
          rating = "concerning",
          feedback = "The danger was real and deserves saying. Stopping there tells the room that five months in foster care for two children and their mother does not count, and that nothing will change.",
          rationale = "Lethality cues such as a gun and threats matter (point 5), but removal from a protective parent is a last resort after reasonable efforts — protective orders, shelter, removing him (points 2, 3) — and 'failed to protect' blames her (point 14). Good dialogue names this openly (point 22).",
          tags = { "collaboration", "reasonable_efforts" },
        },
        choice {
          id = "tell_room", roles = { "dv" },
          text = "Set the record straight for the room: Ms. Ashby had sought a protective order three weeks before, and a Saltmarsh shelter bed was being held for her and the children.",
          set = { case_handled = "breach", breach = true }, go = "after_the_break",
          rating = "harmful",
          feedback = "That was Ms. Ashby's information, not Saltmarsh's. Without her written, time-limited release, even confirming she was a client breaks federal confidentiality and her trust — however much it would help her side of the story.",
          rationale = "A VAWA/FVPSA-funded program may not disclose identifying information, including that someone is a client, without an informed, written, time-limited release (point 18); without one, share only general dynamics and offer a way for her to speak for herself (point 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "ask_client", roles = { "cps" },
          text = "Ask Theodora, openly and without blame, whether Ms. Ashby had been in touch with Saltmarsh before the removal, and what an advocate may have known that the worker did not.",
          set = { case_handled = "asked_client" }, add = { trust = -1 }, go = "after_the_break",
          rating = "concerning",
          feedback = "Theodora cannot answer: without Ms. Ashby's written release, even saying she was a client would breach federal confidentiality. Asking in front of the room puts her in an impossible position.",
          rationale = "DV programs may not confirm or share identifying information without an informed, written, time-limited release (point 18); the way forward is to invite the survivor to speak for herself (point 21).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "silent", roles = { "dv" },
          text = "Let Irene handle it: say nothing now, so Saltmarsh is not drawn into defending a family's private story, and raise Lorraine's framing with Irene quietly at the break.",
          set = { case_handled = "silent" }, go = "after_the_break",
          rating = "concerning",
          feedback = "Your staff and the survivors you serve needed their director to say something. Silence lets Lorraine's framing — 'let him back twice' — stand as the agencies' shared account.",
          rationale = "Good dialogue names 'failure to protect' and similar blaming framings openly (points 14, 22).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "repair",
          text = {
            cps = "Say the worker saw real danger and the removal still cost two children and their mother five months; ask for a joint review of what both agencies might have done, not a trial.",
            dv = "Say the gun and threats were real danger and the removal still did real harm; ask for a joint review of each agency's part, without saying whom Saltmarsh served.",
          },
          set = { case_handled = "repair" }, add = { trust = 1 }, go = "ashby_voice",
          rating = "recommended",
          feedback = "You held both truths: the danger the workers saw and the harm the removal did. Framing a joint review as learning rather than blame gives both agencies a reason to stay, and touches no one's confidential information.",
          rationale = "Real lethality cues (point 5) are weighed against the harm of removing children from a protective parent, a last resort after reasonable efforts such as protective orders and shelter (points 1, 2, 3); 'failed to protect' blames her (point 14); client information stays confidential without a release (point 18); hard topics named openly (point 22).",
          tags = { "collaboration", "reasonable_efforts", "confidentiality" },
        },
        choice {
          id = "avoid", roles = { "cps" },
          text = "Remind the room that a closed case with a grieving family and a worker under strain is not for this table, and offer to brief Irene on it privately before the next meeting.",
          set = { case_handled = "avoid" }, go = "after_the_break",
          rating = "concerning",
          feedback = "Irene's rule allows public facts, and these are public. Closing the subject tells Saltmarsh the case that brought everyone here is off limits.",
          rationale = "Good dialogue names hard topics — including 'failure to protect' — openly (points 14, 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "walk_out", roles = { "dv" },
          text = "Tell Irene that your staff should not have to sit through a mother being blamed for her own abuse, and step out with Nia until the room can talk about it differently.",
          set = { case_handled = "walked" }, add = { trust = -2 }, go = "after_the_break",
          rating = "concerning",
          feedback = "Lorraine's words were blaming, and saying so is right. Leaving, though, hands the room her version of the case and leaves CPS nobody to learn from.",
          rationale = "Good dialogue names 'failure to protect' openly and stays at the table to work through it (points 14, 22).",
          tags = { "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "ashby_voice", phase = "the hard case",
      title = "Whose story it is",
      speaker = "Irene Castellanos, facilitator",
      text = {
        cps = [[
The room agrees to a joint review of the Ashby case by two people from each agency. Lorraine nods slowly; she asks that her worker be interviewed, not summoned.

Irene then asks the question nobody has raised: 'Whose voice is missing from this review?'

Lorraine says the case file has everything. Theodora is quiet for a moment. 'Saltmarsh can't tell you whom we serve. But nobody should review a family's story without that family getting a chance to speak.']],
        dv = [[
The room agrees to a joint review of the Ashby case by two people from each agency. Lorraine nods slowly; she asks that her worker be interviewed, not summoned.

Irene then asks the question nobody has raised: 'Whose voice is missing from this review?'

Dana turns to you. 'If Ms. Ashby had anything to do with your program, I know you can't say. Is there any way her own account could be part of this?' Nia catches your eye. You both know what Ms. Ashby told her last month.]],
      },
      reveal = { "ashby_client" },
      discussion = "What would it take for a survivor to speak to the systems that affected her on her own terms? What might make her feel she cannot say no?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "request_file", roles = { "cps" },
          text = "Ask Saltmarsh to send CPS whatever it may hold on the family through the usual records request, so the review works from a complete file and nobody has to speak from memory.",
          add = { trust = -1 }, go = "who_gets_reported",
          rating = "concerning",
          feedback = "Saltmarsh cannot send, or even confirm, records without Ms. Ashby's written release. The request tells Theodora that CPS still sees her files as its evidence.",
          rationale = "Identifying information leaves a DV program only with an informed, written, time-limited release, one per agency (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "speak_for_her", roles = { "dv" },
          text = "Offer to bring the survivor perspective to the review yourself, from what hundreds of women have told Saltmarsh over the years, so that no one woman has to carry it alone or relive it.",
          go = "who_gets_reported",
          rating = "acceptable",
          feedback = "General knowledge of DV dynamics is yours to share, and useful. But it is not Ms. Ashby's account, and she has said she wants the agencies to learn from what happened.",
          rationale = "Without a release an advocate can share general dynamics and offer a way for the survivor to speak for herself (point 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "call_her", roles = { "cps" },
          text = "Have the worker who closed the case call Ms. Ashby this week, apologize for how the removal went, and invite her to speak to the review group in person or by phone, whichever she prefers.",
          go = "who_gets_reported",
          rating = "acceptable",
          feedback = "Inviting her is right. A call from the agency that took her children, though, is hard to refuse and can feel like a summons; she does not call back.",
          rationale = "Power differences shape what a survivor can say; an invitation through someone she trusts, with a real option to decline, respects her choice (points 21, 22).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "invite_trusted", roles = { "cps" },
          text = "Say CPS should not be the one to ask her. Suggest her lawyer, or anyone she trusts, tell her about the review and her options, including no, and that CPS will accept her answer.",
          set = { ashby_release = true }, add = { trust = 1 }, go = "who_gets_reported",
          rating = "recommended",
          feedback = "You asked for her voice without asking Saltmarsh to confirm anything, and you made 'no' a real option. Two weeks later, she chooses to take part.",
          rationale = "Without a release, the route is to let the survivor speak for herself; any release must be her informed, written, time-limited choice (points 18, 21); naming the power difference shapes the invitation (point 22).",
          tags = { "survivor_partnership", "confidentiality", "collaboration" },
        },
        choice {
          id = "invite", roles = { "dv" },
          text = "Ask Nia to tell Ms. Ashby about the review and her options (speaking, writing, a release limited to it and dated, or nothing) and make clear her services do not change either way.",
          set = { ashby_release = true }, add = { trust = 1 }, go = "who_gets_reported",
          rating = "recommended",
          feedback = "You confirmed nothing in the room and put the decision with Ms. Ashby, where it belongs. Two weeks later, she chooses to take part.",
          rationale = "A release must be informed, written and time-limited, and never a condition of service (point 18); offering the survivor a way to speak for herself is the advocate's tool (point 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "off_record", roles = { "dv" },
          text = "After the meeting, tell Dana privately what Saltmarsh knew about the case, off the record, so the review gets the facts right and Ms. Ashby never has to retell it.",
          set = { breach = true }, go = "who_gets_reported",
          rating = "harmful",
          feedback = "'Off the record' is still a disclosure. Without Ms. Ashby's written release you have shared a client's identity and history with the agency that removed her children.",
          rationale = "No identifying information without an informed, written, time-limited release — a private conversation is not an exception (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "cps_only", roles = { "cps" },
          text = "Propose that CPS run its own internal review first, with its quality team, and bring the findings and the family's file to a joint group once its staff have had their say.",
          add = { trust = -1 }, go = "who_gets_reported",
          rating = "concerning",
          feedback = "An internal review of a joint failure repeats the problem: only one system's account is heard, and the family's not at all.",
          rationale = "Cross-system dialogue depends on hearing both systems and the people they serve (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "decline", roles = { "dv" },
          text = "Tell Dana kindly that Saltmarsh cannot confirm or help with anything about that family, and suggest the review rely on the public facts and CPS's own file.",
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
      title = "After the break",
      speaker = "Irene Castellanos, facilitator",
      text = function(s, role)
        local first
        if s.case_handled == "walked" then
          first = "Irene catches up with you in the parking lot. She says she will not restart the meeting without Saltmarsh, and asks what it would take for you to come back in."
        elseif s.case_handled == "breach" then
          first = "Irene calls a fifteen-minute break. In the corridor Nia says quietly: 'She never signed anything. We don't have a release.'"
        elseif s.case_handled == "asked_client" then
          first = "Irene calls a fifteen-minute break. At the coffee urn Theodora says, evenly, that she could not have answered your question without breaking federal law, and that her staff noticed it was asked."
        else
          first = "Irene calls a fifteen-minute break. The room empties fast."
        end
        local second
        if s.case_handled == "walked" then
          second = "Through the library window you can see Lorraine on the phone and Dana standing alone with a cold coffee, reading the agenda as if it might have changed. Nia is waiting in your car."
        elseif role == "dv" then
          second = "Lorraine is on the phone in the corridor, telling someone the meeting is 'going about as expected'. Dana stands alone by the window with a cold coffee, reading the agenda as if it might have changed."
        else
          second = "Nia and Theodora are talking in low voices by the door. Lorraine tells you, not quietly, that she is not going to apologize for keeping two children alive, and that her worker has not slept well since the board meeting."
        end
        local last = "Irene says she will restart in a quarter of an hour, with or without a plan. What happens in those minutes will decide whether there is a second meeting."
        if s.case_handled == "walked" then
          last = "Irene waits for your answer. What you say in the next few minutes will decide whether there is a second meeting."
        end
        return first .. "\n\n" .. second .. "\n\n" .. last
      end,
      discussion = "When a meeting between two systems goes badly, what repairs it? What does each side need to hear, and from whom?",
      reason = "What were you trying to repair, or protect?",
      choices = {
        choice {
          id = "lawyer", roles = { "cps" },
          text = "Spend the break with CPS's counsel drafting a short statement that the agency acted within policy and state law, so the room has the facts in front of it before it goes any further.",
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
              return "Apologize to Theodora for asking her to confirm a client; say the removal cost a family five months, and ask to restart with a joint review, not a trial."
            end
            return "Find Theodora and say the removal cost a family five months and the agencies each other's trust; ask to restart with a joint review of the case, not a trial of anyone."
          end,
          set = { case_handled = "repair_late" }, add = { trust = 1 }, go = "who_gets_reported",
          rating = "recommended",
          feedback = "Repair in private, before the room reconvenes, lets Theodora return without losing face. The joint review gives Lorraine's worker a hearing too.",
          rationale = "Naming the harm of removal from a protective parent openly, and respecting confidentiality, keeps the dialogue alive (points 2, 18, 22).",
          tags = { "collaboration", "reasonable_efforts" },
        },
        choice {
          id = "own_breach", roles = { "dv" },
          when = function(s) return s.breach end,
          text = "Tell Irene and Dana you shared a client's details without a release; ask that they stay out of the minutes, start Saltmarsh's breach procedure, and tell Ms. Ashby yourself.",
          set = { breach_owned = true, case_handled = "repair_late" }, go = "who_gets_reported",
          rating = "recommended",
          feedback = "Owning a breach quickly limits the harm and shows CPS how seriously Saltmarsh takes confidentiality. Ms. Ashby has a right to know what was said about her.",
          rationale = "Identifying information may not be shared without a written, time-limited release (point 18); when it has been, the program owns it and tells the survivor.",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "let_it_stand", roles = { "dv" },
          when = function(s) return s.breach end,
          text = "Leave it: the facts are out, they were true, and they gave the room the side of the story CPS's file never had. Raising it again only helps CPS change the subject.",
          go = "who_gets_reported",
          rating = "harmful",
          feedback = "Leaving it unaddressed tells CPS that Saltmarsh's confidentiality bends when it is convenient — and Ms. Ashby never learns that her story was told.",
          rationale = "A release is the survivor's decision, not the program's (point 18).",
          tags = { "confidentiality" },
        },
        choice {
          id = "pull_out_talk", roles = { "dv" },
          when = function(s) return not s.breach end,
          text = "Gather your staff in the corridor and tell them honestly that Saltmarsh may have to leave the partnership if this is how survivors will be talked about here.",
          add = { trust = -1 }, go = "who_gets_reported",
          rating = "concerning",
          feedback = "Your staff deserve to know where things stand, but deciding in the corridor, before anyone has tried to repair the meeting, makes the outcome likelier.",
          rationale = "Dialogue depends on staying with the hard topics long enough to find something to build on (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "come_back", roles = { "dv" },
          when = function(s) return not s.breach end,
          text = "Find Dana and say openly what the removal cost, own that her workers saw real danger, and ask to restart with a joint review of what both agencies could have done.",
          set = { case_handled = "repair_late" }, add = { trust = 1 }, go = "who_gets_reported",
          rating = "recommended",
          feedback = "Acknowledging the danger CPS saw, in private, makes it possible for Dana to acknowledge the harm in public.",
          rationale = "Weigh lethality cues (point 5) against the harm of removal from a protective parent (point 2); good dialogue keeps the hard topic on the table (point 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "drop_case",
          text = {
            cps = "Ask Irene to take the Ashby case off the agenda for good: Lorraine's worker has suffered enough, and the group can get to the practical matters the board is paying for.",
            dv = "Ask Irene to take the Ashby case off the agenda for good: the family has been through enough, and the group can get to the practical matters the board is paying for.",
          },
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
      title = "Who gets reported",
      speaker = "Irene Castellanos, facilitator",
      text = function(s, role)
        local slides
        if role == "dv" then
          slides = "Tomasz Wieczorek, CPS's data analyst, puts up two slides. In the county's DV-related reports last year, Black families were reported at about twice their share of the population and Native families at nearly three times; Spanish-speaking mothers waited a median of four days longer for an interpreter at their first CPS visit. Then, as Irene asked, you show Saltmarsh's own figures: four in five shelter residents are white and English-speaking, in a county where barely half the population is. Nia adds that in three years no shelter resident has disclosed a same-sex partner."
        else
          slides = "Tomasz Wieczorek, your data analyst, puts up two slides. In the county's DV-related reports last year, Black families were reported at about twice their share of the population and Native families at nearly three times; Spanish-speaking mothers waited a median of four days longer for an interpreter at their first CPS visit. Then, as Irene asked, Theodora shows Saltmarsh's own figures: four in five shelter residents are white and English-speaking, in a county where barely half the population is. Nia adds that in three years no shelter resident has disclosed a same-sex partner."
        end
        local guest = "Irene has also invited Gloria Ekwueme, who directs Kindred House, a small program run by and for Black and African immigrant women in the county, with two staff and no government money. 'The women we serve do not call the hotline or the police,' she says, 'because they know whose children get taken. Some of them have heard that Saltmarsh is for someone else. If this partnership is about them, they need to be in it, not described in it.' She adds that she has sat on four county advisory groups in three years, unpaid, and seen little come of them."
        return "Two weeks later the group meets again. " .. ashby_update(s, role) .. "\n\n" .. slides ..
          "\n\n" .. guest .. "\n\nIrene asks each leader: what will your agency do with its own numbers?"
      end,
      discussion = "Are families of every race, culture, language and identity treated with respect in each of our systems? What numbers, and whose voices, would tell us? What does a culturally specific program need in order to be a partner rather than an adviser?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "bias_training", roles = { "cps" },
          text = "Commit to funding implicit-bias training for every investigator this year, and ask Gloria whether Kindred House would help choose a trainer the women it serves would trust.",
          go = "children_and_fathers",
          rating = "acceptable",
          feedback = "Training is a real step and CPS can fund it quickly. On its own it rarely changes who is screened in or removed, and it asks Kindred House for one more unpaid favor; tracing your own decisions would show where the gap opens.",
          rationale = "Disparate impact is named openly and traced in each system's own decisions (points 22, 23); a smaller program's time is a resource, not a courtesy (point 22).",
          tags = { "cultural_responsiveness" },
        },
        choice {
          id = "speak_for_women", roles = { "dv" },
          text = "Offer that Saltmarsh will carry the concerns of women of color into the partnership through its new outreach worker, so that Kindred House, already stretched, is not asked for more.",
          go = "children_and_fathers",
          rating = "concerning",
          feedback = "It sounds considerate, and Kindred House is stretched. But Gloria has just told the room that the women she serves do not see Saltmarsh as theirs; speaking for them repeats the pattern she named, and she says so.",
          rationale = "Whether families of every race and culture are treated with respect is asked of both systems (point 23); the larger program standing in for a culturally specific one acts out the power gap dialogue should name (point 22).",
          tags = { "cultural_responsiveness", "collaboration" },
        },
        choice {
          id = "cps_numbers_only", roles = { "dv" },
          text = "Keep the focus where the power is: CPS's disparity removes children, while Saltmarsh's numbers mostly reflect who chooses to come to a shelter in the first place.",
          add = { trust = -1 }, go = "children_and_fathers",
          rating = "concerning",
          feedback = "Who 'chooses' to come depends on who knows about you, trusts you and can be served in their language. Gloria has just told you some women think Saltmarsh is for someone else. Holding CPS to a standard you exempt yourself from costs credibility.",
          rationale = "Whether families of every race, culture and identity are treated with respect is a question for both systems (points 22, 23).",
          tags = { "cultural_responsiveness", "collaboration" },
        },
        choice {
          id = "explain_away", roles = { "cps" },
          text = "Point out, carefully, that most DV reports come from police, schools and hospitals, so much of the gap lies in who calls CPS, and ask Tomasz to break the figures down by who made each report.",
          go = "children_and_fathers",
          rating = "concerning",
          feedback = "Reporting sources matter, but CPS decides what to screen in, what to investigate and what to file in court. Explaining the gap away closes the conversation Gloria came to have.",
          rationale = "Good dialogue names disparate impact openly, including each system's own part in it (points 22, 23).",
          tags = { "cultural_responsiveness" },
        },
        choice {
          id = "counter", roles = { "cps" },
          text = "Ask Theodora, fairly, why Saltmarsh's shelter serves so few families of color if disparity is the issue, since both agencies' numbers are up on the screen.",
          add = { trust = -1 }, go = "children_and_fathers",
          rating = "concerning",
          feedback = "Her numbers deserve the question, and she put them up herself. Asked as a counter-punch, it turns a shared problem into a contest, and Gloria watches the two larger agencies argue about her community.",
          rationale = "Disparate impact is a shared topic to name openly, not a point to score (points 22, 23).",
          tags = { "cultural_responsiveness", "collaboration" },
        },
        choice {
          id = "later", roles = { "dv" },
          text = "Suggest that race deserves its own session with Kindred House and others, once trust between the two agencies is stronger, rather than a few minutes at a second meeting.",
          go = "children_and_fathers",
          rating = "concerning",
          feedback = "It sounds respectful, and Gloria has heard it at four advisory groups. Trust grows from having hard conversations, not from scheduling them, and the families most affected cannot wait for the agencies to feel ready.",
          rationale = "Disparate impact on marginalized communities is one of the hard topics good dialogue names openly (point 22).",
          tags = { "cultural_responsiveness" },
        },
        choice {
          id = "own_it", roles = { "cps" },
          text = "Say CPS owns its numbers: trace DV reports by race and language from screening to removal, and ask Kindred House to review what you find, paid for its time, before anything is published.",
          set = { named_hard = true, kindred_seat = true }, add = { trust = 1 }, go = "children_and_fathers",
          rating = "recommended",
          feedback = "Owning your agency's part of the gap, and paying the women's own program to check the work, turns a disparity into a shared problem. Gloria says Kindred House will do it, and asks to see the first draft, not the last.",
          rationale = "Disparate impact on marginalized communities, and whether families of every race and culture are treated with respect, are topics for both systems; the larger system naming its own part first opens the way (points 22, 23). A culturally specific program's time is paid for, not borrowed (point 22).",
          tags = { "cultural_responsiveness", "collaboration" },
        },
        choice {
          id = "seat_at_table", roles = { "dv" },
          text = "Say both sets of numbers are problems, Saltmarsh's too, and propose Kindred House a seat at this table and its own part of the grant, as an equal, not a consultant.",
          set = { named_hard = true, kindred_seat = true }, add = { trust = 1 }, go = "children_and_fathers",
          rating = "recommended",
          feedback = "You named your own gap and made room for the program those women already trust, with money and a vote rather than a request for advice. Dana backs it; Gloria says she will bring two women Kindred House serves to the next meeting.",
          rationale = "Whether families of every race and culture are treated with respect is asked of both systems (points 22, 23); a culturally specific program is a partner with its own voice, and the power and resource gap applies between DV programs too (point 22).",
          tags = { "cultural_responsiveness", "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "children_and_fathers", phase = "practice",
      title = "Children and their fathers",
      speaker = "Irene Castellanos, facilitator",
      text = {
        cps = [[
Gil Moreau, the county board's liaison, has sent a question ahead: should CPS open an investigation on every police report of domestic violence in a home with children? One commissioner believes it would have spared the Ashby children. Your counsel has reminded you that in this state the courts hold exposure alone is not neglect.

Lorraine shares her unit's audit: in last year's DV-involved cases, case plans gave mothers an average of six tasks — counseling, parenting class, a protective order, moving out — and fathers fewer than one.

Nia describes the children she sees. Some are anxious and sleepless; some are doing well at school with one steady parent; a few are being used by their fathers to watch and report on their mothers.

Irene asks what a joint approach to children and fathers should look like.]],
        dv = [[
Gil Moreau, the county board's liaison, has sent a question ahead: should CPS open an investigation on every police report of domestic violence in a home with children? One commissioner believes it would have spared the Ashby children. In this state, the courts hold exposure alone is not neglect.

Lorraine shares her unit's audit: in last year's DV-involved cases, case plans gave mothers an average of six tasks — counseling, parenting class, a protective order, moving out — and fathers fewer than one.

Nia describes the children your program sees. Some are anxious and sleepless; some are doing well at school with one steady parent; a few are being used by their fathers to watch and report on their mothers.

Irene asks what a joint approach to children and fathers should look like.]],
      },
      discussion = "Does exposure to domestic violence affect every child the same way? What does engaging men as fathers — while holding them accountable — look like in each system?",
      choices = {
        choice {
          id = "screen_all",
          text = {
            cps = "Support Gil's idea for a year: investigate every DV police report involving children, and measure whether it finds harm that the current screening misses.",
            dv = "Support it for now: if CPS looks at every DV police report with children, no family in Ms. Ashby's place slips through, and advocates can meet mothers earlier.",
          },
          go = "data_sharing",
          rating = "concerning",
          feedback = "Investigating every report treats exposure as neglect, which this state's courts reject. It buries investigators and teaches survivors that calling the police puts their children at risk.",
          rationale = "Exposure alone is not neglect (point 1); assess the perpetrator's pattern and the child's actual situation rather than the incident (point 4); children are affected differently (point 23).",
          tags = { "child_safety", "risk_assessment" },
        },
        choice {
          id = "leave_or_lose", roles = { "cps" },
          text = "Keep current practice: mothers in DV cases get a protective order and separate from him within thirty days, or CPS considers removal. It is clear to families, and it protects children.",
          go = "data_sharing",
          rating = "harmful",
          feedback = "Ordering her to leave on pain of removal puts his behavior on her, and separation is often the most dangerous time. Reasonable efforts aim at him: orders excluding him, shelter if she wants it, accountability.",
          rationale = "Removal is a last resort after partnering with her and intervening with him (points 2, 3); recent separation is a lethality cue (point 5); relief should target the perpetrator (point 16).",
          tags = { "reasonable_efforts", "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "cps_does_fathers", roles = { "dv" },
          text = "Agree that CPS should engage fathers and hold them to account, but ask that Saltmarsh stay out of that work entirely, since its advocates serve survivors, their children and nobody else.",
          go = "data_sharing",
          rating = "acceptable",
          feedback = "Saltmarsh rightly does not serve men who abuse, and saying so is fair. Saying what you want CPS to do with fathers — and how it should protect mothers while doing it — is still part of your job at this table.",
          rationale = "Engaging men as fathers and holding them accountable is a shared question even if the work sits with CPS and batterer programs (points 10, 23).",
          tags = { "perpetrator_accountability", "collaboration" },
        },
        choice {
          id = "pattern_and_fathers",
          text = {
            cps = "Propose a joint screening guide that looks at his pattern and how each child is doing, sends lower-risk reports to community help, and puts his tasks in the case plan, not hers.",
            dv = "Back a screening guide that weighs what he has done over time and how each child is doing, sends lower-risk reports to community help, and gives him the case-plan tasks instead of her.",
          },
          add = { trust = 1 }, go = "data_sharing",
          rating = "recommended",
          feedback = "This matches the law, spends investigators' time where the danger is, and moves the tasks onto the person causing the harm, while still engaging him as a father.",
          rationale = "Exposure is not neglect on its own (point 1); assess his pattern and its effect on each child (point 4); attribute harm to him and aim relief at him (points 13, 16); engaging men as fathers with accountability (points 10, 23).",
          tags = { "perpetrator_accountability", "risk_assessment", "child_safety" },
        },
        choice {
          id = "mothers_only",
          text = {
            cps = "Keep fathers out of this pilot and put the money into support for mothers; the criminal courts and probation already have the men, and the budget is small.",
            dv = "Keep fathers out of the pilot and put every dollar into mothers and children; the criminal courts already deal with the men, and advocates should not have to.",
          },
          go = "data_sharing",
          rating = "concerning",
          feedback = "Leaving him out keeps every task on her and leaves his relationship with the children unexamined — and many children will go on seeing their fathers.",
          rationale = "Assess his pattern, including use of the children (point 4); attribute harm to him (point 13); engaging men as fathers and holding them accountable is part of the work (points 10, 23).",
          tags = { "perpetrator_accountability" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "data_sharing", phase = "information sharing",
      title = "Sharing data",
      speaker = "Tomasz Wieczorek, CPS data analyst",
      text = {
        cps = [[
The draft plan pencils in a Saltmarsh advocate at CPS intake two days a week, and the grant requires 'outcome measures'. Tomasz says he could show far more if the agencies linked their records. 'If I knew which mothers in our open cases were already working with Saltmarsh, I could prove the partnership works — and workers would stop sending them duplicate referrals.'

Theodora writes something on her pad and underlines it twice. The grant flows through your agency's budget; Saltmarsh's share would pay for a third of its children's program for a year. Everyone at the table knows that.

Irene asks what each agency can share, and how.]],
        dv = [[
The draft plan pencils in a Saltmarsh advocate at CPS intake two days a week, and the grant requires 'outcome measures'. Tomasz says he could show far more if the agencies linked their records. 'If I knew which mothers in our open cases were already working with Saltmarsh, I could prove the partnership works — and workers would stop sending them duplicate referrals.'

The grant flows through CPS's budget. Saltmarsh's share would pay for a third of your children's program for a year, and your board chair has asked you twice this week whether it is secure. Dana looks at you and waits.

Irene asks what each agency can share, and how.]],
      },
      discussion = "What does each agency actually need to know to do its job — and what can it learn without knowing who anyone is?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "team_agreement",
          text = {
            cps = "Propose that the co-located advocate sign CPS's team confidentiality agreement, as every case conference member does, so what she learns stays inside the team and nowhere else.",
            dv = "Agree that your advocate will sign CPS's team confidentiality agreement as a standing release, so she can take full part in case conferences while all that is said stays inside the team.",
          },
          set = { data_plan = "team_agreement" }, go = "the_promise",
          rating = "concerning",
          feedback = "A team agreement cannot stand in for each survivor's own release. The advocate would be caught between the agreement and federal law, and survivors would stop telling her things.",
          rationale = "Co-location changes nothing about confidentiality; a team confidentiality agreement is no substitute for the survivor's release, one per agency (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "refuse_all", roles = { "dv" },
          text = "Say Saltmarsh will not provide figures of any kind this year: even counts can be traced back to women in a small county, and survivors were promised nothing about them leaves the building.",
          set = { data_plan = "none" }, add = { trust = -1 }, go = "the_promise",
          rating = "concerning",
          feedback = "Counts with no identifying detail can be shared, and without them the partnership cannot show what it does. Refusing everything confirms CPS's fear that Saltmarsh will not be accountable.",
          rationale = "Without a release an advocate can still share aggregate figures, general DV dynamics and service information (point 21).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "aggregate",
          text = {
            cps = "Ask for quarterly counts that name no one, offer CPS's counts in return, and agree that anything about one mother moves only with her dated release or in a meeting she asks for.",
            dv = "Offer quarterly counts that name no one and general training on DV dynamics; say details about any one mother move only with her dated, written release, which services never depend on.",
          },
          set = { data_plan = "aggregate" }, add = { trust = 1 }, go = "the_promise",
          rating = "recommended",
          feedback = "The partnership gets something real to measure, both sides know the limit and can plan around it, and survivors' names stay where federal law and their trust require.",
          rationale = "No identifying information without an informed, written, time-limited release, never a condition of service (point 18); aggregate figures, general information and three-way meetings remain available (point 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "agree_match", roles = { "dv" },
          text = "Agree to a monthly match of the client list against CPS's open cases, names only, so workers stop sending duplicate referrals; the money keeps the children's program open.",
          set = { data_plan = "identifying" }, go = "the_promise",
          rating = "harmful",
          feedback = "A client's name — even the fact that she is a client — cannot leave Saltmarsh without her written release, and a release can never be the price of service. Once survivors learn of the match, many will stop calling.",
          rationale = "VAWA and FVPSA forbid sharing personally identifying information without an informed, written, time-limited release, which can never be a condition of service (point 18); no team or funding agreement changes that (point 19).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "condition_grant", roles = { "cps" },
          text = "Make Saltmarsh's share of the grant depend on a monthly match of its client list against open cases, names only, so the board can see the pilot reach the families it pays for.",
          set = { data_plan = "identifying" }, add = { trust = -1 }, go = "the_promise",
          rating = "harmful",
          feedback = "Under that pressure Saltmarsh agrees — but a survivor's name cannot lawfully leave a VAWA-funded program without her own release, and a release can never be a condition of service. Survivors will stop coming once they hear.",
          rationale = "No identifying information without the survivor's informed, written, time-limited release (point 18); an agreement between agencies does not substitute for it (point 19); using money to force it acts out the power imbalance (point 22).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "drop_measures", roles = { "cps" },
          text = "Drop outcome measures from the agreement for the first year rather than fight over data now, and tell Gil the pilot will report on its activity until trust is built.",
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
      title = "What each side promises",
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
          text = "Tell Gil that Saltmarsh is stepping back from the partnership for now: CPS has not shown it is ready, and your staff cannot keep defending it to survivors.",
          go = "ending_collapse",
          rating = "concerning",
          feedback = "You may be right about CPS's readiness, but ending the talks leaves the next family in Ms. Ashby's place with two systems that have never met.",
          rationale = "Collaboration is slow and uneven; dialogue that names hard topics and looks for something to build on is how it moves (points 22, 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "go_it_alone", roles = { "cps" },
          when = function(s) return s.trust <= -2 end,
          text = "Tell Gil that CPS will build its own in-house DV specialist unit with the grant instead and let the partnership go; it would be faster, and under your control.",
          go = "ending_collapse",
          rating = "concerning",
          feedback = "An in-house unit cannot offer what a survivor gets from a voluntary, confidential program — and the mothers most afraid of CPS will not go near it.",
          rationale = "CPS is mandated and DV advocacy is voluntary and confidential; each system does what the other cannot (points 18, 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "realistic",
          text = {
            cps = "Tell Gil what the Greenbook sites found: practice improved, but results varied and were hard to keep. Offer first-year counts (trainings, families offered an advocate) and a public review.",
            dv = "Say the federal demonstration sites saw better practice but uneven, fragile results; offer counts the board can watch this year, such as trainings held, and a six-month public review.",
          },
          add = { trust = 1 }, go = "draft_agreement",
          rating = "recommended",
          feedback = "Gil looks disappointed for a moment, then writes down the measures. A promise you can keep protects the partnership when the next hard case arrives.",
          rationale = "Collaboration improved practice in the Greenbook sites but results varied and were hard to sustain; realistic, measurable expectations and a plan to revisit (point 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "say_yes",
          text = {
            cps = "Tell Gil yes: with an advocate at intake and new petition language, removals from protective mothers can end, and the board can say so when it announces the grant.",
            dv = "Tell Gil yes: with an advocate at CPS intake, protective mothers should no longer lose their children here, and the board can say so when it announces a larger grant.",
          },
          set = { overpromise = true }, go = "draft_agreement",
          rating = "concerning",
          feedback = "It is the headline everyone wants, and no partnership can guarantee it. When the next hard removal comes, the board will feel misled and the partnership will take the blame.",
          rationale = "In the Greenbook demonstration sites collaboration improved practice, but results varied and were hard to sustain; promise what can be measured (point 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "too_early",
          text = {
            cps = "Tell Gil it is too early to promise numbers of any kind; the agencies will report back to the board in a year, once they know what the pilot has actually done.",
            dv = "Tell Gil that Saltmarsh will not put numbers on survivors' lives in the first year; the board will hear from both agencies once there is something honest to report.",
          },
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
              return "Offer to go further: place Saltmarsh advocates in all nine CPS units from the first month, hiring on the larger grant, so the board sees commitment across the county."
            end
            return "Offer to go further: run the pilot in all nine CPS units from the first month, with the advocate rotating between them, so the board sees commitment countywide."
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
      title = "Drafting the agreement",
      speaker = "Irene Castellanos, facilitator",
      text = function(s, role)
        local extra = ""
        if s.overpromise then
          extra = "\n\nGil's office has already drafted a press release using the words you gave him."
        end
        return "Irene circulates a summary of Texas Project S.A.F.E., a statewide pilot that joined child welfare and domestic violence work. It rested on three things: joint trainings for both agencies' staff, a designated liaison in each agency, and revisions to policy. It helped; it also needed constant attention.\n\n" ..
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
          clause { id = "petitions", text = "CPS revises its petition template and case-plan guidance to describe the perpetrator's behavior and the protective parent's efforts, and drops 'failure to protect'." },
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
        rationale = "A pilot can combine joint trainings, designated liaisons and policy revisions (point 25) at a scale that can be sustained and revisited (point 24); co-located advocacy stays voluntary and confidential (points 18, 19); petitions describe his behavior and her protective efforts (points 13, 14).",
        tags = { "collaboration", "confidentiality", "documentation" },
      },
      go = "three_months",
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "three_months", phase = "a case in the pilot",
      title = "Three months in",
      speaker = "Irene Castellanos, facilitator",
      text = {
        cps = [[
Three months into the pilot, Irene asks each liaison to bring one case to the leaders' meeting, told with the family's consent or without names.

Saltmarsh's liaison brings a hard one. A Saltmarsh advocate, Paige Renner, told a mother who had called the hotline that nothing she said would go to CPS. Two weeks later the mother's son, 9, showed Paige a welt from his father's belt. Paige waited four days, hoping his mother would call CPS herself, before she made the report. Your investigator found the mark fading and the father back in the home; the mother now refuses to see anyone from either agency.

Theodora says Paige told her supervisor the same day she reported, and that Saltmarsh has already changed its intake script. Lorraine wants Paige kept away from CPS families. Everyone looks at you.]],
        dv = [[
Three months into the pilot, Irene asks each liaison to bring one case to the leaders' meeting, told with the family's consent or without names.

CPS's liaison brings one from Unit 2. After a police report of strangulation, the investigator, Julian Amaya, asked the mother whether she wanted to talk with a Saltmarsh advocate, called the hotline for her from the driveway, and helped her get an emergency protective order that put the father out the same afternoon. The children stayed home. His petition names the father alone and lists what the mother had done to keep them safe.

Before the meeting, Nia told you privately that the mother is still angry CPS opened a case at all and wants Saltmarsh to make it go away; two of your advocates say Amaya was 'covering himself'. Dana is waiting to hear what you make of it.]],
      },
      discussion = "What does each agency do when its own staff get something wrong inside the partnership, and when the other agency's staff get something right? Who hears about each, and how?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "bench_advocate", roles = { "cps" },
          text = "Back Lorraine: ask Saltmarsh to take Paige off work with CPS families until a review is done, and tell the units why, so every worker knows the rule was taken seriously.",
          set = { midterm = "poor" }, add = { trust = -1 }, go = "six_month_review",
          rating = "concerning",
          feedback = "The delay was serious and saying so is right. Removing the advocate and announcing why, before Saltmarsh has been heard, tells both staffs that one mistake ends the partnership, and the units lose the help that was working.",
          rationale = "Children's disclosures are reported promptly (point 20), and mistakes are expected as collaboration finds its way; they are worked on with the partner, not announced over its head (points 22, 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "let_it_pass", roles = { "cps" },
          text = "Let it pass quietly: the report was made in the end, the boy is being seen, and making an issue of it now could cost the pilot an advocate who reports when she must.",
          set = { midterm = "poor" }, go = "six_month_review",
          rating = "concerning",
          feedback = "Protecting the pilot is a good instinct, but a four-day delay on a child's injury is exactly what both agencies must be able to name. Silence now makes the next delay likelier.",
          rationale = "A child's reportable disclosure is acted on, not held (point 20); good dialogue names hard topics, including the partner's errors (point 22).",
          tags = { "child_safety", "collaboration" },
        },
        choice {
          id = "interview_paige", roles = { "cps" },
          text = "Have your investigator interview Paige formally about the delay, as with any late reporter, and add her statement, with her notes on the mother, to the family's case file.",
          set = { midterm = "poor" }, add = { trust = -1 }, go = "six_month_review",
          rating = "concerning",
          feedback = "Asking about a late report is CPS's job. Taking the advocate's notes on the mother into the case file is not: nothing beyond the reportable disclosure leaves Saltmarsh without the mother's release.",
          rationale = "The mandated report is the exception; the survivor's own information stays confidential without her written release (points 18, 20).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "review_with_saltmarsh", roles = { "cps" },
          text = "Ask Theodora to go through it with you and both liaisons this week: why the report waited, what Paige now tells families on day one, and how to reach the mother again.",
          set = { midterm = "good" }, add = { trust = 1 }, go = "six_month_review",
          rating = "recommended",
          feedback = "The advocate's mistake was real: a promise no mandated reporter can keep, and four days' delay for a child with a welt. Handling it as shared work keeps the pilot and the child's safety both in view; Saltmarsh's new script now says, on the first day, what an advocate must report.",
          rationale = "Children's reportable disclosures are acted on promptly, and advocates tell survivors the limits of confidentiality at the start (point 20); uneven results and mistakes are expected in a pilot, and are worked on together (points 22, 24).",
          tags = { "child_safety", "collaboration", "confidentiality" },
        },
        choice {
          id = "ask_to_close", roles = { "dv" },
          text = "Ask Dana to close the case as a sign of good faith: the order is in place, the mother wants CPS out of her life, and her advocate says she and the children are coping well.",
          set = { midterm = "poor" }, go = "six_month_review",
          rating = "concerning",
          feedback = "Strangulation is among the strongest signs of future homicide, and CPS has a duty to assess it. Passing on her advocate's view of how she is coping also shares her information without a release.",
          rationale = "Strangulation is a lethality cue CPS must assess (point 5). Passing on the advocate's view of how she is coping is rated concerning here rather than harmful, as speaking a disclosure for her is elsewhere, because CPS already knows of the advocate's part and no new fact is disclosed; the better route is a meeting where she speaks for herself (points 18, 21).",
          tags = { "risk_assessment", "confidentiality" },
        },
        choice {
          id = "back_staff", roles = { "dv" },
          text = "Side with your advocates: whatever Amaya meant, it is still CPS in her home, and the partnership does not mean Saltmarsh has to defend CPS's cases to survivors.",
          set = { midterm = "poor" }, add = { trust = -1 }, go = "six_month_review",
          rating = "concerning",
          feedback = "Your staff's loyalty to survivors is right. But this investigator did what Saltmarsh has asked CPS to do for years; if that earns no credit, CPS staff learn that nothing they do will.",
          rationale = "Good dialogue looks for successes to build on, not only problems (point 22); keeping children with the protective parent and the order aimed at him is the practice both agencies want (points 2, 16).",
          tags = { "collaboration" },
        },
        choice {
          id = "stay_neutral", roles = { "dv" },
          text = "Say nothing either way: it is CPS's case, and praising an investigator in public could look to survivors as though Saltmarsh approves of CPS in their homes.",
          set = { midterm = "poor" }, go = "six_month_review",
          rating = "acceptable",
          feedback = "Neutrality protects Saltmarsh's standing with survivors, which matters. It also lets the best case of the pilot pass without anyone learning from it.",
          rationale = "Look for successes to build on (point 22); realistic expectations include noticing what works (point 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "credit_cps", roles = { "dv" },
          text = "Tell Dana, and then your own staff, what Amaya did right; invite him to co-teach the next training, and offer the mother, through Nia, a meeting to put her complaint to CPS herself.",
          set = { midterm = "good" }, add = { trust = 1 }, go = "six_month_review",
          rating = "recommended",
          feedback = "You credited good CPS work where your own staff could hear it, and gave the mother a way to speak for herself rather than speaking for her. Amaya agrees to co-teach; the mother takes the meeting, and her case closes two months later with the order in place.",
          rationale = "Look for successes to build on (point 22); he treated her as the protective parent and aimed relief at the father (points 2, 3, 16); strangulation is a lethality cue CPS must assess (point 5); a survivor can speak for herself in a meeting she chooses (point 21).",
          tags = { "collaboration", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "six_month_review", phase = "review",
      title = "The six-month review",
      speaker = "Irene Castellanos, facilitator",
      text = function(s, role)
        local body
        if s.data_plan == "identifying" then
          body = "Six months on, the client-list match has run five times. Within weeks, word spread among survivors that talking to Saltmarsh puts your name on a CPS list. Hotline calls from mothers have fallen by a third; Nia says three women with children have told her they will not come in. The advocate at CPS intake has seen four families in two months."
        elseif s.pilot_score >= 6 then
          body = "Six months on, the results are uneven. In Unit 2 the advocate has met forty-one families; in Unit 4, whose supervisor never introduced her, five. The first joint training ran; the second was postponed when CPS's liaison left and the post sat empty for six weeks. In a sample of twenty recent petitions, 'failure to protect' appeared in three, down from eleven a year ago. About half the families offered the advocate said yes. Saltmarsh's quarterly counts arrived a month late twice, and its board chair asked CPS for more money before the first report was in."
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
        local people
        if role == "dv" then
          people = s.midterm == "good"
            and "Julian Amaya now calls Saltmarsh's hotline before DV home visits in Unit 2, and two of the advocates who doubted him call him first."
            or "Unit 2's investigators call Saltmarsh less since the three-month case; Dana tells you Julian Amaya asked her what a worker has to do to be noticed."
        else
          people = s.midterm == "good"
            and "Saltmarsh's new first-day script, which tells families what an advocate must report, is now read out by advocates and investigators alike."
            or "Since the three-month case, advocates and investigators speak mostly through their supervisors, and nobody has asked what became of the boy with the welt."
        end
        local kindred = s.kindred_seat
          and "Kindred House's review of CPS's data found the gap widest where police reports are screened in, and two women Kindred House serves now sit on the review group, paid for their time."
          or "Gloria Ekwueme has not come back; Kindred House, she wrote, has no time for another advisory group."
        body = body .. "\n\n" .. people .. " " .. kindred
        if s.overpromise then
          body = body .. "\n\nIn October CPS removed two children from another mother in a DV case. Gil has asked twice why that happened after the board's announcement."
        end
        return body .. "\n\nIrene asks both leaders what happens next."
      end,
      discussion = "What does success look like six months in, for each system? How does a partnership keep going when results are uneven and the people who started it move on?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "declare_success",
          text = function(s, role)
            if role == "dv" then
              return "Tell the board the partnership is in place and stop attending the leadership meetings; Nia and the liaison can carry it from here, and your time is badly needed back at the shelter."
            end
            return "Report to the board that the agreement is in place and end the leadership meetings; Lorraine and the liaisons can carry it from here while you turn to next year's budget and caseload."
          end,
          go = {
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
            cps = "Withdraw the grant condition and stop the match today, tell the board why it was wrong, and ask Saltmarsh what it needs from CPS to rebuild survivors' trust.",
            dv = "End the match today, tell survivors plainly what happened, and report it to your funders under their rules, even though the grant may be lost.",
          },
          go = "ending_match_stopped",
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
                return "Say the delays are CPS's doing: its job description held everything up for months, and fixing that is CPS's problem, not Saltmarsh's."
              end
              return "Say the delays are Saltmarsh's doing: it never gave its advocate a start date, and fixing that is Saltmarsh's problem, not CPS's."
            end
            if role == "dv" then
              return "Say the weak units show that CPS supervisors never took the pilot seriously, and that fixing them is CPS's problem before Saltmarsh invests more."
            end
            return "Say the weak units show that Saltmarsh never promoted its advocate well enough, and that fixing it is Saltmarsh's problem before CPS invests more."
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
          text = function(s, role)
            if role == "dv" then
              return "Say what Saltmarsh got wrong as well as CPS, give each unfinished piece a named owner and budget line, tell the board the results are uneven, and set the next date."
            end
            return "Keep what works and fix what does not: fill the liaison post, ask Unit 2's supervisor to brief Unit 4, tell the board the results are uneven, and set the next date."
          end,
          add = { trust = 1 }, go = {
            { "ending_collapse", when = function(s) return s.trust <= -3 end },
            { "ending_modest_agreement", when = function(s)
                return s.pilot_score >= 6 and s.data_plan == "aggregate" and s.named_hard
                  and not s.overpromise and not s.breach and s.trust >= 3
                  and s.midterm == "good" and s.kindred_seat
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
          text = {
            cps = "End the pilot at six months: it costs investigators time the units do not have, and results this uneven will not persuade the board to renew it anyway.",
            dv = "End the pilot at six months: it costs advocates time the shelter cannot spare, and survivors have not seen enough change to justify the hours.",
          },
          go = "ending_collapse",
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

Results are uneven — one unit still rarely calls — and the report to the board says so. The Ashby review led to one concrete change: before a removal in a DV case, the worker asks the mother whether she has an advocate and offers a three-way call. Kindred House holds its own seat and budget line, and its first report did not flatter either agency. The next review is on the calendar.]],
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
      id = "ending_match_stopped", title = "Stopped, and starting again", classification = "mixed",
      text = [[
The client-list match ends the day of the review, and both agencies say why in public. A state grant monitor still opens a review of Saltmarsh's funding, and hotline calls from mothers stay low through the winter; some women who had been told about the match never come back.

But the partnership survives its worst decision. The advocate at CPS intake keeps her desk, the counts Saltmarsh now sends name no one, and the next board report begins with what went wrong. Whether survivors come to believe it will take longer than the grant.]],
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
