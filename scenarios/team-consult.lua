-- team-consult: the multidisciplinary team's case consultation, from the CPS investigator's and
-- the co-located DV advocate's seats.
--
-- Maren Dunmore, who is Deaf and whose first language is ASL, left Curtis Bellamy three weeks ago
-- with her children Owen (10, hearing) and Hazel (3) and is living in a motel room on a short
-- voucher. A school referral brings CPS in: missed school, a hungry boy, a three-year-old heard
-- crying in the room while her mother worked a night shift. The case asks what the co-located
-- advocate may share at the team's table and what she can offer instead; how to tell reportable
-- neglect from parenting under the strain of poverty and flight; how the facts about Curtis's
-- dangerousness (strangulation, a rifle, a recent separation, threats, watching the motel)
-- change the plan; and how a Deaf mother gets qualified interpreting rather than her son.
--
-- Two roles: cps (the investigator) and dv (the co-located advocate). Each plays nine decisions,
-- one of them a drafting step. All names of people and places are invented.

-- Joins the non-empty paragraphs of a scene with a blank line between them.
local function paras(list)
  local out = {}
  for _, p in ipairs(list) do
    if p and p ~= "" then out[#out + 1] = p end
  end
  return table.concat(out, "\n\n")
end

-- Where the case goes after the team's review. Tried in order; the last has no condition.
local function ending_routes()
  return {
    { "ending_removed", when = function(s) return s.removed end },
    { "ending_exposed", when = function(s) return s.breaches >= 2 end },
    { "ending_missed", when = function(s) return s.misses >= 2 or (s.misses >= 1 and s.safety_gap >= 1) end },
    { "ending_record", when = function(s) return s.blame >= 1 or s.draft_score < 5 end },
    { "ending_close_call", when = function(s) return s.safety_gap >= 2 or s.misses >= 1 end },
    { "ending_thin", when = function(s)
        return s.trust < 0 or s.lapses >= 2 or s.safety_gap >= 1 or s.breaches >= 1
      end },
    { "ending_steady" },
  }
end

-- Phrases in the trainee's own sentence that blame Maren, make her deafness the problem, or put
-- where she lives in a paper Curtis can reach.
local OWN_TEXT_FLAGS = {
  { "failed to protect", "\"failure to protect\" language" },
  { "failure to protect", "\"failure to protect\" language" },
  { "allowed", "\"allowed\" language that puts his acts on her" },
  { "mutual", "\"mutual\" framing" },
  { "deafness", "her deafness treated as the risk" },
  { "cannot hear", "her deafness treated as the risk" },
  { "can't hear", "her deafness treated as the risk" },
  { "larkspur", "where the family is staying" },
  { "room 14", "where the family is staying" },
}

-- The drafting rubrics (rubric_from_parts, docs/scenario-format.md): every `core` clause is
-- needed, `extras` add up to two points, and a `flagged` clause or phrase caps the score at 3, so
-- that a flagged draft leads to the ending about the record.
local CPS_RUBRIC = rubric_from_parts {
  core = { "his_acts", "her_steps", "school_cause" },
  extras = { "his_threats", "nights_fixed" },
  flagged = {
    deaf_limits = "treats her deafness as the risk to the children",
    motel_room = "puts where the family is staying in a record Curtis's lawyer can read",
    failed = "says she failed to protect the children",
    both_conflict = "makes his violence mutual",
    advocate_says = "puts the advocate's confidential relationship with Maren in the record",
  },
  missing = {
    "what Curtis did in March, attributed to him",
    "what Maren did to keep the children safe",
    "why Owen missed school, and what is being done about it",
    extra = "his threats since she left, or how the overnights were solved",
  },
  feedback = {
    core = "The summary leaves out one of its pillars: what Curtis did, what Maren did to protect the children, or the plain reason Owen missed school. The next worker will read the gap as much as the lines.",
    flags = "Some lines put Curtis's violence on Maren, treat her deafness as the danger, name where the family sleeps, or record that she works with the advocate. The record will be read by people she never chose.",
    thin = "The core is right: his acts, her protective steps, the school gap as the transport problem it is. Add his threats since she left, or how the overnights were solved, and the summary will carry the plan too.",
    good = "The summary attributes the danger to Curtis, records how Maren protected the children, sorts the poverty from the risk, and keeps her whereabouts and her advocate out.",
  },
  own_text_flags = OWN_TEXT_FLAGS,
}

local DV_RUBRIC = rubric_from_parts {
  core = { "text_911", "desk_plan" },
  extras = { "owen_plan", "school_list", "rifle_order", "alert_kit" },
  flagged = {
    owen_calls = "makes Owen the family's interpreter in an emergency",
    no_replies = "makes Maren answerable for what Curtis does",
    copy_cps = "sends her plan to CPS without a release",
    vicki_keys = "gives Curtis's sister a way to the room",
  },
  missing = {
    "a way to reach police that does not depend on hearing or on Owen",
    "the front desk: no one is told her room, and police are called if his truck comes",
    extra = "the practical pieces: Owen's own plan, the school, the rifle, the alert equipment",
  },
  feedback = {
    core = "The plan misses one of the two things that keep her safe tonight: a way to call for help that works for her, and a front desk that will not give her room away.",
    flags = "Some lines make Owen her interpreter in a crisis, make Maren answerable for Curtis, hand her plan to others, or open a door to his family. The plan is hers.",
    thin = "The two essentials are there. Add the practical pieces she and the children will lean on: Owen's own plan, the school's list, the rifle, a door alert she can see.",
    good = "The plan gives Maren a way to call for help that does not run through her son, closes the front desk, and covers the children and the rifle, and it stays in her hands.",
  },
  own_text_flags = OWN_TEXT_FLAGS,
}

return scenario {
  id = "team-consult",
  title = "Around the table: the Dunmore consultation",
  version = "1.0.0",
  summary = "A multidisciplinary team consults on a Deaf mother who left her partner and lives with her two children in a motel room: what the co-located advocate can share, what is neglect and what is poverty, and how the facts about his dangerousness change the plan. Played as the CPS investigator or the advocate.",
  minutes = 28,
  license = "CC-BY-4.0",
  content_notes = {
    "An adult's account that her partner pressed on her throat; described briefly, without graphic detail.",
    "A partner's threats to find a mother and take their child, a rifle in the home, and a man watching the motel where the family stays.",
    "A family living in a motel after leaving: missed school, a hungry child, a three-year-old left with her ten-year-old brother at night.",
    "A partner who uses a mother's deafness against her, and a child asked to interpret for his parent.",
    "A mother's low mood and her return to the partner she left.",
    "The possible removal of children into foster care, and, on some paths, an assault on the mother that the children witness.",
  },
  objectives = {
    "Say what a co-located advocate may share at a team consultation without the survivor's written, informed, time-limited release, and use what she can offer instead: general expertise, options, and a warm referral.",
    "Respond to an advocate's improper disclosure without making it worse, and get the facts through lawful channels.",
    "Tell reportable neglect from parenting under the strain of poverty, housing loss and flight, and match each strand to the right response.",
    "Weigh the facts about a perpetrator's dangerousness (strangulation, a firearm, recent separation, threats, stalking, escalation) and let them change the plan toward him.",
    "Provide qualified ASL interpreting chosen with the Deaf parent, rather than relying on her child, written notes, or someone tied to her partner.",
    "Keep partnering with a survivor whose low mood or return to her partner invites a neglect finding.",
  },
  jurisdiction = "A county whose CPS agency houses an advocate from a community domestic violence program, funded under VAWA and FVPSA, and holds a weekly multidisciplinary case consultation; the team's confidentiality agreement does not replace a survivor's release. A child's exposure to domestic violence is not, by itself, neglect, and poverty alone is not neglect. Children without a fixed home may stay in their school of origin, with transportation, under the federal homeless-student law. Public agencies and courts must provide effective communication, including qualified sign-language interpreters, to Deaf people under the ADA. The county's 911 centers accept text messages.",
  start = "first_contact",

  roles = {
    role { id = "cps", name = "CPS investigator",
           brief = "You are Jonah Kessler, an investigator in the county CPS agency. A school referral about the Dunmore children is yours. Your mandate is the children's safety, preferably within their family. The agency's weekly team consultation, chaired by your supervisor Aiko Yamada, includes a co-located advocate from the community DV program." },
    role { id = "dv", name = "Co-located domestic violence advocate",
           brief = "You are Farida Nasser, an advocate of a community domestic violence program, based two days a week in the county CPS office and a member of its team consultation. Your work is voluntary, directed by the survivor, and confidential: your program may not share what a survivor tells you, or even that she is a client, without her informed, written, time-limited release, and a release can never be a condition of your help. You know conversational ASL; you are not an interpreter." },
    role { id = "supervisor", name = "CPS supervisor and team chair",
           brief = "You are Aiko Yamada, a CPS supervisor in the county agency. You supervise the investigator, Jonah Kessler, approve his plans and dispositions, and chair the weekly multidisciplinary team consultation, where a co-located advocate from the community DV program has a seat. Your unit's interpreting budget and its caseload are both stretched." },
  },

  state = {
    trust = 0,             -- Maren's trust in the trainee's office
    blame = 0,             -- moves that put Curtis's violence or the family's poverty on Maren
    lapses = 0,            -- other concerning moves
    safety_gap = 0,        -- gaps in safety around Curtis
    misses = 0,            -- moves that set the danger from Curtis aside
    breaches = 0,          -- confidential or identifying information passed without a release
    removed = false,       -- the children were placed in foster care
    release = false,       -- Maren signed a release from the advocate's program to CPS
    interp = "",           -- how the first interview was interpreted: "qualified", "vri", "owen", "notes"
    draft_score = 0,       -- score of the drafting step
  },

  confidential = {
    secret {
      id = "what_maren_said", holder = "dv", released_when = "release",
      text = "What Maren told you in your office two weeks ago, in ASL: in March Curtis pressed on her throat until she saw spots, and it was the second time; he keeps a deer rifle in the bedroom closet and once told her he would \"use it on both of us\" before she took Hazel from him. She went back in March because the court date came with no interpreter and she thought no one would listen to her.",
      withheld = "What Maren may have told the DV program stays with the program unless she signs a written release to the agency.",
    },
  },

  scenes = {
    ---------------------------------------------------------------------------------------------
    scene {
      id = "first_contact", phase = "first contact", title = "Monday's first contact",
      speaker = { cps = "Room 14, the Larkspur Motor Inn", dv = "Maren Dunmore, by video message", supervisor = "Jonah Kessler, on the phone" },
      text = {
        supervisor = paras {
          "Monday afternoon. Jonah Kessler calls you from the parking lot of the Larkspur Motor Inn. The referral came from Owen Dunmore's school: Owen, 10, has missed nine of twenty school days and came in hungry twice; the motel's night clerk called about a small child crying alone in room 14 after midnight. A March police report names Hazel's father, Curtis Bellamy, arrested after a neighbor's call.",
          "\"The mother, Maren Dunmore, is Deaf,\" Jonah says. \"Her son says he always interprets for her, and she seems fine with it. The contract interpreters need a day's notice unless you approve the emergency line tonight, which is overtime for two of them. I have the tablet for video. What do you want me to do?\" Your unit's interpreting budget is two-thirds spent, and it is October.",
        },
        cps = paras {
          "Monday afternoon. The referral came from Owen Dunmore's school: Owen, 10, has missed nine of the last twenty school days, came in hungry twice, and told the counselor the family \"lives at the motel now.\" The hotline added a call from the motel's night clerk last Thursday: a small child crying alone in room 14 for most of an hour after midnight. The intake notes say the mother, Maren Dunmore, is Deaf. A police report from March lists the same family at an address across the county and Curtis Bellamy, Hazel's father, arrested after a neighbor's call.",
          "You knock. Maren opens the door with Hazel, 3, on her hip. Owen slips in front of her. \"She's Deaf. I do the talking for her,\" he says. \"I always do.\" Maren signs something to him, and he nods. The agency's interpreter contract needs a day's notice; the tablet in your bag can reach a remote interpreter by video, if the motel's Wi-Fi holds.",
        },
        dv = paras {
          "Monday evening. A video message from Maren Dunmore arrives on your program's videophone line. You have met her three times since she came to the program's walk-in hours two weeks ago, the last time to arrange the motel voucher that runs out in ten days.",
          "She signs fast. A CPS man came to the motel today, about Owen missing school and the night Hazel cried. \"He came back this evening with real interpreters, a Deaf one and a hearing one. He asked what I wanted, not Owen. But he asked about Curtis. If I tell him everything, they will say I took the kids back to a dangerous man in March. Should I tell him? Or should you call him for me?\"",
        },
      },
      discussion = "Who speaks for a Deaf parent at a first visit, and what does each choice cost the parent and the child? What does each system count as a successful first contact?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "owen_interprets", roles = { "cps" },
          text = "Let Owen interpret for a short welfare check right now: he is fluent, his mother signals that she wants him to, and any delay leaves a toddler's safety unseen.",
          set = { interp = "owen" }, add = { lapses = 1 }, go = "the_table",
          rating = "concerning",
          feedback = "Owen filters what his mother says to protect her and himself. She cannot speak about Curtis with her son translating, and Owen learns that the family's safety runs through him.",
          rationale = "A child interpreter cannot carry an interview about violence and puts the child in the middle; the agency owes the parent qualified interpreting under the ADA (points 4, 23). Rated concerning rather than harmful (as a child interpreting testimony in court is) because the children are seen and nothing is decided on his words yet.",
          tags = { "cultural_responsiveness", "child_safety" },
          act = "child_interprets_visit",
        },
        choice {
          id = "write_notes", roles = { "cps" },
          text = "Ask Owen to wait outside, then talk with his mother by writing back and forth in your notebook, which keeps it private between the two adults.",
          set = { interp = "notes" }, add = { lapses = 1 }, go = "the_table",
          rating = "concerning",
          feedback = "It keeps Owen out, which is right, but written English is a second language for many Deaf adults. Her short answers will read as evasive in your notes, and what she knows about Curtis does not fit on a notepad.",
          rationale = "Effective communication means the parent's own language; a note pad is not equal access for a conversation about risk (points 7, 23).",
          tags = { "cultural_responsiveness", "trauma_informed" },
        },
        choice {
          id = "video_now", roles = { "cps" },
          text = "See the children and the room, then reach a remote ASL interpreter on the tablet for the questions that cannot wait, with Owen out of the room.",
          set = { interp = "vri" }, go = "the_table",
          rating = "acceptable",
          feedback = "Defensible for today: the children are seen, and Maren speaks in her own language. The picture freezes twice on the motel Wi-Fi, and she says little about Curtis to a stranger on a screen.",
          rationale = "Remote interpreting can do for an urgent check; a full interview about violence needs an interpreter the parent can work with (points 5, 23).",
          tags = { "cultural_responsiveness", "child_safety" },
        },
        choice {
          id = "book_qualified", roles = { "cps" },
          text = "See the children, then come back tonight with a Deaf and a hearing interpreter from the contract, once she has texted you any name she would refuse.",
          set = { interp = "qualified" }, add = { trust = 1 }, go = "the_table",
          rating = "recommended",
          feedback = "The Deaf community is small: she names one interpreter she will not have, a friend of Curtis's sister. With a Deaf interpreter beside the hearing one, she tells you about the texts and shows you them.",
          rationale = "Qualified interpreting chosen with the parent; a child is not the interpreter; the children are seen first (points 4, 5, 23).",
          tags = { "cultural_responsiveness", "survivor_partnership" },
        },

        choice {
          id = "explain_options", roles = { "dv" },
          text = "Tell her what CPS can and cannot do, what a release would and would not let you share, and that you can sit in on his next visit if she asks him.",
          add = { trust = 1 }, go = "the_table",
          rating = "recommended",
          feedback = "Maren decides to tell the investigator about March herself, at the next visit, with you in the room. Nothing has left your program, and she knows what a release would mean before anyone asks her for one.",
          rationale = "Informed choice about releases; the survivor speaks for herself, with the advocate present if she wants (points 18, 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "say_less", roles = { "dv" },
          text = "Tell her to keep what she says about Curtis short until she has a lawyer; anything she tells an investigator can be used in a petition against her.",
          add = { lapses = 1, trust = -1 }, go = "the_table",
          rating = "concerning",
          feedback = "It is true that it can be written down. But the investigator is asking about Curtis, and silence leaves him weighing a missed school week without the danger that explains it.",
          rationale = "Help her deal with the mandate rather than avoid it; her protective efforts and his pattern are what a worker needs to see (points 4, 7, 22).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "vouch_call", roles = { "dv" },
          text = "Offer to call the investigator tomorrow and vouch for her: he works down the hall from you, and he will listen to a colleague more than to a stranger.",
          add = { lapses = 1, breaches = 1 }, go = "the_table",
          rating = "concerning",
          feedback = "Her asking is not a written release. The call tells CPS she is your client, and whatever you say goes into a file that Curtis's lawyer may one day read.",
          rationale = "Even confirming that someone is a client is identifying information; a verbal request is not an informed, written, time-limited release (points 17, 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "sign_release", roles = { "dv" },
          text = "Have her sign the program's release form to the county agency tonight, covering her whole file, so the team can speak openly at Thursday's consult.",
          add = { lapses = 1 }, set = { release = true }, go = "the_table",
          rating = "concerning",
          feedback = "A release signed in a hurry, for everything, is not informed: she does not yet know what the team will do with March. A release should name what, to whom, and for how long.",
          rationale = "A release must be informed, written, specific and time-limited, and never pressed; one release per agency (points 18, 19).",
          tags = { "confidentiality", "survivor_partnership" },
        },

        choice {
          id = "sup_owen_basics", roles = { "supervisor" },
          text = "Tell him to let Owen interpret the basics today, since she seems to want it, and book the contract interpreter for a full interview later in the week.",
          add = { lapses = 1 }, set = { interp = "owen" }, go = "the_table",
          rating = "concerning",
          feedback = "Owen filters what his mother says, and she cannot talk about Curtis through her son. The \"basics\" become the file's first account of the family.",
          rationale = "A child is not the interpreter in an interview about violence; the agency owes the parent qualified interpreting (points 4, 23).",
          tags = { "cultural_responsiveness", "child_safety" },
          act = "child_interprets_visit",
        },

        choice {
          id = "sup_night_pair", roles = { "supervisor" },
          text = "Approve the emergency line for tonight, a Deaf and a hearing interpreter, once he has seen the children, and have him ask her first whom she would refuse.",
          add = { trust = 1 }, set = { interp = "qualified" }, go = "the_table",
          rating = "recommended",
          feedback = "The overtime is real money. Maren refuses one interpreter, a friend of Curtis's sister, and with two she can work with she tells Jonah about the texts and shows them to him.",
          rationale = "Qualified interpreting chosen with the parent is part of assessing risk, not an extra (points 5, 23).",
          tags = { "cultural_responsiveness", "survivor_partnership" },
        },

        choice {
          id = "sup_tablet", roles = { "supervisor" },
          text = "Tell him the remote video service on his tablet is what the contract pays for, and good enough for a first conversation with her about the referral.",
          set = { interp = "vri" }, go = "the_table",
          rating = "acceptable",
          feedback = "Defensible: she speaks in her own language. The picture freezes on the motel Wi-Fi, and she says little about Curtis to a stranger on a screen.",
          rationale = "Remote interpreting can do for a first check; an interview about violence needs interpreters she can work with (points 5, 23).",
          tags = { "cultural_responsiveness" },
        },

        choice {
          id = "sup_next_week", roles = { "supervisor" },
          text = "Have him see the children, leave his card, and set the interview for next week when the contract interpreter is free, since the budget is two-thirds spent.",
          add = { lapses = 1 }, set = { interp = "notes" }, go = "the_table",
          rating = "concerning",
          feedback = "The budget holds, and a week passes in which nobody asks Maren about the man who is texting her. The children were seen; the danger was not.",
          rationale = "Effective communication is owed when it matters, and lethality questions cannot wait a week (points 5, 23).",
          tags = { "risk_assessment", "cultural_responsiveness" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "the_table", phase = "team consultation", title = "Second on the agenda",
      speaker = { cps = "Aiko Yamada, CPS supervisor", dv = "Aiko Yamada, CPS supervisor", supervisor = "The team consultation" },
      text = function(s, role)
        if role == "supervisor" then
          return paras {
            "Thursday's team consultation, which you chair: Jonah Kessler, a public health nurse, the school district's homeless-education liaison, and Farida Nasser, the community DV program's advocate who works from your office two days a week. Everyone signed the team's confidentiality agreement in September.",
            "The Dunmore family is second on the agenda. Jonah's notes mention the March arrest, and you have a feeling the DV program knows this family. Eleven cases, ninety minutes.",
          }
        end
        if role == "cps" then
          return paras {
            "Thursday's team consultation: Ms. Yamada in the chair, a public health nurse, the school district's homeless-education liaison, and Farida Nasser, the community DV program's advocate who works from your office two days a week. The team's confidentiality agreement is in the binder on the table.",
            s.interp == "qualified" and "Your notes from Monday night: Maren told you, through the interpreters, that she left Curtis three weeks ago, and showed you his texts."
              or "Your notes from Monday are thin on Curtis: Maren said he \"never hurt the kids\" and little else.",
            "Ms. Yamada turns to you. \"Walk us through it. And Farida, I think this family may be known to your program?\"",
          }
        end
        return paras {
          "Thursday's team consultation. The Dunmore family is second on the agenda. Jonah Kessler, the investigator, lays out the referral: the missed school, the night clerk's call, the motel, the March police report. He has not mentioned your program.",
          "Ms. Yamada turns to you. \"Farida, I think this family may be known to your program? Anything you can tell us would help Jonah.\" Everyone at the table signed the team's confidentiality agreement in September.",
        }
      end,
      discussion = "What does a team confidentiality agreement cover, and what can it never cover? What can an advocate bring to the table when she cannot speak about a family?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "general_expertise", roles = { "cps" },
          text = "Say you will not ask about the family, and ask Farida what Deaf women three weeks out of a violent home usually face, and where they could turn.",
          add = { trust = 1 }, go = "hallway",
          rating = "recommended",
          feedback = "Farida talks about isolation when a partner controls the phone, the relay service, the few interpreters who know everyone, and the program's Deaf-survivor line. You learn more than a yes or no would have told you.",
          rationale = "Without a release the advocate can still share general dynamics, service information and aggregate figures (point 21); the question keeps her within her duty (point 19).",
          tags = { "collaboration", "confidentiality" },
        },
        choice {
          id = "ask_farida", roles = { "cps" },
          text = "Back the supervisor's question: ask Farida whether Maren is a client, since the team signed an agreement that covers what is said at this table.",
          add = { lapses = 1 }, go = "hallway",
          rating = "concerning",
          feedback = "Farida can only decline, and now looks as if she is hiding something. The agreement binds the team; it cannot stand in for Maren's release to the program.",
          rationale = "Co-location and a team agreement change nothing about the advocate's duty; only the survivor's release does (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "neglect_only", roles = { "cps" },
          text = "Present it as a supervision and school case: the March arrest ended in dropped charges, and nothing in the referral itself is about Curtis or about his violence.",
          add = { lapses = 1, misses = 1 }, go = "hallway",
          rating = "concerning",
          feedback = "The team works on attendance and babysitting. Nobody asks why a mother with two children is living in a motel three weeks after leaving a man arrested for hurting her.",
          rationale = "Assess the perpetrator's pattern, not only the latest referral; dropped charges say little about danger (points 4, 5, 6).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "warm_referral", roles = { "cps" },
          text = "Ask Farida for the program's Deaf-survivor line and intake steps, so you can offer Maren a warm handoff to the program without anyone naming her here.",
          go = "hallway",
          rating = "acceptable",
          feedback = "A sound move: Maren gets a way in that does not depend on the team. It leaves Farida's general knowledge of the dynamics, which would help your assessment, unused.",
          rationale = "Service information and a warm referral are what an advocate can give without a release (point 21).",
          tags = { "collaboration", "survivor_partnership" },
        },

        choice {
          id = "confirm_client", roles = { "dv" },
          text = "Say only that she is working with your program and doing everything right, and nothing about what she told you, to keep the team from a neglect finding.",
          add = { trust = -1, breaches = 1 }, go = "hallway",
          rating = "harmful",
          feedback = "Well meant, and a disclosure: that she is your client is identifying information, and it is now in Jonah's notes. The agreement in the binder does not make it lawful.",
          rationale = "Confirming services is sharing personally identifying information; the team agreement does not replace her release (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "general_only", roles = { "dv" },
          text = "Explain that the program won't say who is or is not its client, then describe what Deaf women face after leaving and what any family can get there.",
          add = { trust = 1 }, go = "hallway",
          rating = "recommended",
          feedback = "The team hears about controlled phones, the scarcity of interpreters, the program's Deaf-survivor line and emergency childcare fund. Jonah writes it all down. Nobody learns whether Maren is a client.",
          rationale = "Without a release, share general dynamics and services; the team agreement is no substitute for her release (points 19, 21).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "sit_out", roles = { "dv" },
          text = "Step out of the room for this family's discussion, as the team's agreement allows when a member may have a conflict, so the lines stay clear.",
          add = { lapses = 1 }, go = "hallway",
          rating = "concerning",
          feedback = "Leaving protects confidentiality, but it signals the answer to everyone at the table, and the team loses the only member who knows how DV looks for a Deaf mother.",
          rationale = "Stepping out can itself confirm a client; general expertise is what the advocate is there to give (points 19, 21).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "release_speaks", roles = { "dv" },
          when = function(s) return s.release end,
          text = "Tell the team what the release Maren signed on Monday lets you say, and go through her account of March, the rifle and the threats in full.",
          add = { lapses = 1 }, go = "hallway",
          rating = "concerning",
          feedback = "The release is lawful on paper, but Maren signed it in a hurry, for everything, before she knew how the team would use March. What you say now shapes her case in ways she did not choose.",
          rationale = "A release must be informed and specific; the survivor speaking for herself is better than an advocate speaking for her (points 18, 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },

        choice {
          id = "sup_ask_known", roles = { "supervisor" },
          text = "Ask Farida whether the family is known to her program: everyone at the table signed the team's agreement, and Jonah needs whatever can help him.",
          add = { lapses = 1 }, go = "hallway",
          rating = "concerning",
          feedback = "Farida can only decline, and the table watches her do it. The agreement binds the team; it cannot replace Maren's release to the program.",
          rationale = "Co-location and a team agreement change nothing about the advocate's duty (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },

        choice {
          id = "sup_ground_rule", roles = { "supervisor" },
          text = "State once for the table that Farida speaks to patterns, not to who her clients are; then turn to her on the first weeks out for Deaf mothers.",
          add = { trust = 1 }, go = "hallway",
          rating = "recommended",
          feedback = "Farida talks about controlled phones, the few interpreters who know everyone, and the program's Deaf-survivor line. Nobody is put in the position of asking, or of refusing.",
          rationale = "The chair sets the rule that keeps the advocate within her duty and uses her general expertise (points 19, 21).",
          tags = { "collaboration", "confidentiality" },
        },

        choice {
          id = "sup_skip", roles = { "supervisor" },
          text = "Keep Farida's part for the end of the hour: the referral is about supervision and school, and eleven cases are waiting behind this one, some with kids hurt.",
          add = { lapses = 1, misses = 1 }, go = "hallway",
          rating = "concerning",
          feedback = "The hour runs out before the end. The team plans for attendance and babysitting, and nobody asks why the family is in a motel.",
          rationale = "Assess the perpetrator's pattern, not only the referral's words; the advocate's expertise is why she has a seat (points 4, 5, 21).",
          tags = { "risk_assessment", "collaboration" },
        },

        choice {
          id = "sup_step_out", roles = { "supervisor" },
          text = "Ask Farida to step out for this family, so that nobody at the table can put her in the bind of being asked about a client she may or may not have.",
          add = { lapses = 1 }, go = "hallway",
          rating = "concerning",
          feedback = "Kindly meant, and it tells everyone the answer. The team also loses the one member who knows how DV looks for a Deaf mother.",
          rationale = "Stepping out can itself confirm a client; general expertise is what the advocate is there to give (points 19, 21).",
          tags = { "confidentiality", "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "hallway", phase = "after the consult", title = "By the copier",
      speaker = { cps = "Farida Nasser", dv = "Jonah Kessler", supervisor = "Jonah Kessler" },
      text = {
        supervisor = paras {
          "After the meeting, Jonah comes to your office and closes the door. Farida caught him by the copier: \"Off the record, because I am worried. He has a rifle, he has threatened her with it, and March was not the first time he choked her. Please don't write that it came from me.\"",
          "\"What do I do with that?\" he asks.",
        },
        cps = paras {
          "After the meeting, Farida catches up with you by the copier. She lowers her voice. \"Off the record, because I am worried. He has a rifle, he has threatened her with it, and March was not the first time he choked her. Please don't write that it came from me.\"",
          "She glances toward the stairs. Ms. Yamada's door is open down the hall.",
        },
        dv = paras {
          "After the meeting, Jonah stops by your desk. \"I don't want to make this a poverty case,\" he says. \"I'm seeing her Monday, with the same two interpreters, if she agrees. I want to assess Curtis properly, not just the motel. What should I be asking about him? And if she wants you there, would you come?\"",
          "You know what Maren told you about the rifle and about March. She has not signed anything.",
        },
      },
      reveal = { "what_maren_said" },
      discussion = "When a colleague from the other system oversteps, what do you do with what you heard, and with the relationship? What does a good question about a perpetrator sound like?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "note_source", roles = { "cps" },
          text = "Thank her, and write it in your notes as a collateral contact with the program's advocate, since a file has to say where every fact came from.",
          add = { lapses = 1, breaches = 1 }, go = "danger",
          rating = "harmful",
          feedback = "Accurate about the source, and a second breach: her words and the program's link to Maren are now in a CPS file that can be subpoenaed or read in court by Curtis's lawyer.",
          rationale = "CPS records reach the perpetrator through court; an improper disclosure should not be made permanent (points 17, 18).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "quiet_use", roles = { "cps" },
          text = "Thank her, say nothing to anyone, and rate the danger high on what she said, without writing down where the new facts came from.",
          add = { lapses = 1 }, go = "danger",
          rating = "concerning",
          feedback = "The risk level is right, and the basis for it is nowhere. If the case goes to court you cannot say why you rated it high, and the breach stays between two colleagues as a habit.",
          rationale = "Get lethality facts through lawful channels you can document: the parent herself and the police record (points 5, 19).",
          tags = { "risk_assessment", "confidentiality" },
        },
        choice {
          id = "redirect_farida", roles = { "cps" },
          text = "Stop her kindly: say that is not how you can use it, and that Maren herself will be asked about guns and strangulation, through the interpreters.",
          add = { trust = 1 }, go = "danger",
          rating = "recommended",
          feedback = "Farida is relieved. On Monday you ask Maren directly about weapons, strangulation and threats; what she tells you is hers to tell, and you can write it down. The March police report already notes the rifle.",
          rationale = "Ask the survivor directly about lethality cues and use the police record; do not build on an advocate's breach (points 5, 19, 21).",
          tags = { "risk_assessment", "confidentiality", "collaboration" },
        },
        choice {
          id = "tell_supervisor", roles = { "cps" },
          text = "Tell Ms. Yamada what just happened, so she can take the breach up with the program's director under the co-location agreement before it happens again.",
          go = "danger",
          rating = "acceptable",
          feedback = "Reasonable: the co-location agreement has a liaison for this. It treats Farida as a problem to report rather than a colleague to stop, and it leaves the risk question unanswered until Monday.",
          rationale = "Designated liaisons handle breaches between agencies (point 25); the lethality facts still have to come from Maren or the record (point 5).",
          tags = { "collaboration", "confidentiality" },
        },

        choice {
          id = "hint_rifle", roles = { "dv" },
          text = "Tell him that in this case he might want to ask about guns and about the choking in March in particular, and leave it there, without saying why.",
          add = { lapses = 1, breaches = 1 }, go = "danger",
          rating = "concerning",
          feedback = "A hint about \"this case\" is a disclosure in disguise: Jonah now knows she is your client and that you know about a gun. He writes \"advocate suggests firearm concern\" in his notes.",
          rationale = "Anything that identifies her or what she said is covered; hints are disclosures (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "teach_questions", roles = { "dv" },
          text = "Go over the signs that come before a partner kills, how to raise them through interpreters, and forward his invitation to any family he thinks of.",
          add = { trust = 1 }, go = "danger",
          rating = "recommended",
          feedback = "Jonah leaves with the questions: strangulation, weapons, threats to kill, the separation, stalking, threats about the children. You tell Maren about the invitation; she asks you to come.",
          rationale = "Share general dynamics and lethality cues; let the survivor decide whether to meet with both of you (points 5, 21).",
          tags = { "risk_assessment", "collaboration", "confidentiality" },
        },
        choice {
          id = "off_record", roles = { "dv" },
          text = "Tell him, off the record, about the rifle and March, and ask him not to log that it came from you: the danger to the kids matters more than the form.",
          add = { lapses = 1, breaches = 1 }, go = "danger",
          rating = "harmful",
          feedback = "The danger is real, and the breach is too. \"Off the record\" does not exist in a CPS office, and Maren has lost control of the most dangerous thing she has told anyone.",
          rationale = "No sharing without an informed, written, time-limited release; lethality facts can come from the survivor herself (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "not_my_role", roles = { "dv" },
          text = "Tell him that assessing Curtis is CPS's job and the program does not do risk work for the agency, so that the two roles stay clear to both families.",
          add = { lapses = 1 }, go = "danger",
          rating = "concerning",
          feedback = "The roles are different, and general expertise is exactly what you are at the table to give. Jonah goes into Monday with a checklist written for neglect.",
          rationale = "Collaboration includes sharing general DV expertise and lethality cues without identifying anyone (points 5, 21, 22).",
          tags = { "collaboration" },
        },

        choice {
          id = "sup_guide", roles = { "supervisor" },
          text = "Keep it out of the file, have him ask Maren about guns and strangulation himself, and raise the lapse with the program's director, colleague to colleague.",
          add = { trust = 1 }, go = "danger",
          rating = "recommended",
          feedback = "Jonah asks Maren on Monday, and what she tells him is hers to tell. You and Farida's director set up a refresher; Farida keeps her seat.",
          rationale = "Do not build on a breach; ask the survivor directly; repair the collaboration through designated liaisons (points 5, 19, 25).",
          tags = { "risk_assessment", "confidentiality", "collaboration" },
        },
        choice {
          id = "sup_quiet", roles = { "supervisor" },
          text = "Tell him to raise the risk level on what Farida said and leave the source out of the file, so that she is protected and the danger is still counted.",
          add = { lapses = 1 }, go = "danger",
          rating = "concerning",
          feedback = "The rating is right and its basis is nowhere. If the case reaches court Jonah cannot say why, and the hallway becomes the team's back channel.",
          rationale = "Get lethality facts through lawful channels you can document: the parent herself and the police record (points 5, 19).",
          tags = { "risk_assessment", "confidentiality" },
        },


        choice {
          id = "sup_complain", roles = { "supervisor" },
          text = "Write to the program's director today asking for a different advocate at the table, since a breach like this puts the whole co-location agreement at risk.",
          add = { lapses = 1 }, go = "danger",
          rating = "concerning",
          feedback = "The program sends someone new in a month. The team loses the advocate who knew its cases, and the risk question is still unanswered.",
          rationale = "Look for repair rather than retreat; collaboration improves unevenly (points 22, 24).",
          tags = { "collaboration" },
        },

        choice {
          id = "sup_source", roles = { "supervisor" },
          text = "Have him record it with its source: the agency cannot base a risk rating on an unnamed remark, and a court will ask where the threat with the rifle came from.",
          add = { lapses = 1, breaches = 1 }, go = "danger",
          rating = "harmful",
          feedback = "Accurate, and the breach is now permanent: the program's link to Maren and her words sit in a file Curtis's lawyer may one day read.",
          rationale = "CPS records reach the perpetrator through court; an improper disclosure should not be made part of the record (points 17, 18).",
          tags = { "confidentiality", "documentation" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "danger", phase = "dangerousness assessment", title = "What Curtis has done",
      speaker = { cps = "Maren Dunmore, through the interpreters", dv = "Maren Dunmore", supervisor = "Jonah Kessler" },
      text = function(s, role)
        if role == "supervisor" then
          return paras {
            "Monday afternoon. Jonah brings you what he has, from the March police report and from Maren herself, through two interpreters: officers saw red marks on her neck after Curtis \"held her down by the throat\"; a deer rifle was noted in the bedroom closet and left there; charges were dropped when Maren did not appear, after a court notice that came by voice call. She left three weeks ago, after he lost his job. Since then he has texted: \"You won't keep Hazel from me. I know every motel in this county.\" The night clerk says a gray pickup circled the lot twice on Saturday.",
            "The motel voucher ends next week. Jonah needs your approval for a plan today.",
          }
        end
        if role == "cps" then
          local told = s.interp ~= "qualified"
          return paras {
            "Monday. You sit with Maren at a table in the library's quiet room, two interpreters beside you. Owen and Hazel are at school and daycare.",
            "What you have, from the March police report and from Maren: officers saw red marks on her neck after Curtis \"held her down by the throat\"; a deer rifle was noted in the bedroom closet and left there; charges were dropped when Maren did not appear, after a notice that came by voice call. She left three weeks ago, after he lost his job. Since then he has texted: \"You won't keep Hazel from me. I know every motel in this county.\" The night clerk says a gray pickup circled the lot twice on Saturday." ..
              (told and " On Monday last week you had none of this; today she tells you because the interpreters are hers." or ""),
            "Maren signs: \"He says he will find us. I believe him. But I can't pay for the motel after next week.\"",
          }
        end
        return paras {
          "Monday, in your program's office, after the meeting with Jonah. Maren stays to talk alone.",
          "Curtis's truck circled the motel on Saturday. His texts come every night now. The voucher ends next week, and the transitional unit has a waiting list. \"Maybe I go back,\" she signs. \"At his house, at least I see him coming. Hazel has her room. He is calmer when he has us.\"",
        }
      end,
      reveal = { "what_maren_said" },
      discussion = "Which facts in this case predict lethal danger, and which only feel alarming? How should an assessment of him change the plan for her and the children?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "moderate_risk", roles = { "cps" },
          text = "Rate the danger as moderate, not high: no conviction, no contact with the children since the separation, and texts are how many men vent after a breakup.",
          add = { lapses = 1, misses = 1 }, go = "reportable",
          rating = "concerning",
          feedback = "Every fact you set aside is a known predictor: strangulation, a gun, a recent separation, threats, a truck circling the lot. A record with no conviction says little about his danger.",
          rationale = "Put real lethality cues ahead of criminal history; tools built on prior records miss cases like this one (points 5, 6).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "foster_until", roles = { "cps" },
          text = "Place Owen and Hazel in a foster home until Curtis is located and the rifle is seized, since a motel room is not a place where he cannot reach them at night.",
          add = { trust = -2 }, set = { removed = true }, go = "reportable",
          rating = "harmful",
          feedback = "The danger is his, and the plan takes the children from the parent who is protecting them. Maren loses the one thing that kept her going; the children lose their mother in the same month they lost their home.",
          rationale = "Removal from the non-offending parent is a last resort, after efforts aimed at the perpetrator (points 1, 2, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },
        choice {
          id = "plan_around_him", roles = { "cps" },
          text = "Call the risk grave on the March marks, the rifle, the breakup and his texts, and point the plan at him: the rifle, a court order if Maren agrees, the desk.",
          add = { trust = 1 }, go = "reportable",
          rating = "recommended",
          feedback = "You call the detective about the rifle, explain the protective-order options to Maren and what a firearm surrender would mean, and ask the motel to keep her room confidential. The plan is about what Curtis might do.",
          rationale = "Weigh the real lethality cues together, and aim the plan at the perpetrator rather than the mother (points 3, 4, 5).",
          tags = { "risk_assessment", "perpetrator_accountability" },
        },
        choice {
          id = "order_or_else", roles = { "cps" },
          text = "Tell Maren she must file for a protective order by Friday, with the rifle named, or the agency will have to ask the court to step in for the kids.",
          add = { trust = -1, blame = 1 }, go = "reportable",
          rating = "concerning",
          feedback = "The order may be right, and she may want it. As a condition it makes her responsible for restraining him, and filing can raise the danger for a while; the choice of when should be hers.",
          rationale = "Protective orders are one reasonable effort among several, offered and supported, not imposed on the survivor (points 2, 3, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },

        choice {
          id = "argue_stay", roles = { "dv" },
          text = "Tell her plainly that going back is the most dangerous thing she could do, and that you cannot help her plan for a move back to his house.",
          add = { trust = -1, safety_gap = 1 }, go = "reportable",
          rating = "concerning",
          feedback = "Your fear is well founded and the message lands as judgment. If she goes back, she goes back without a plan, and with one fewer person she can tell.",
          rationale = "Advocacy is survivor-directed: plan for the choice she makes, including returning (points 5, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "weigh_together", roles = { "dv" },
          text = "Go over with her what is known to predict a killing, using the facts of her own case, and plan with her for every road, going back to his house among them.",
          add = { trust = 1 }, go = "reportable",
          rating = "recommended",
          feedback = "Maren counts them herself: the throat, twice; the rifle; the separation; the texts; the truck. She does not decide today. She does decide to ask about an order that names the rifle, and to keep planning either way.",
          rationale = "Put the lethality cues before the survivor and plan around her decision, not against it (points 5, 7).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "warn_report", roles = { "dv" },
          text = "Tell her that if she takes the children back to his house you will have to let CPS know, since a three-year-old would live with a man with a gun.",
          add = { trust = -1, blame = 1 }, go = "reportable",
          rating = "concerning",
          feedback = "Returning to a partner is not, by itself, child abuse you must report, and the threat makes your program one more place where what she says is used against her.",
          rationale = "Mandated reports are for reportable abuse or neglect, not a survivor's choices; exposure alone is not neglect (points 1, 20).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "voucher_first", roles = { "dv" },
          text = "Work on the voucher first, since housing is what is driving her, and come back to the danger talk next week when she has somewhere to stay.",
          add = { lapses = 1, misses = 1 }, go = "reportable",
          rating = "concerning",
          feedback = "Housing is the lever, and the extension comes through. But the danger talk never happens, and the next time Curtis's truck circles the lot she has no plan for it.",
          rationale = "Lethality cues are weighed with the survivor when they appear, alongside practical help (point 5).",
          tags = { "risk_assessment" },
        },

        choice {
          id = "sup_removal", roles = { "supervisor" },
          text = "Approve a removal to foster care until Curtis is found and the rifle is with police, since a motel room cannot be locked against a man hunting for it.",
          add = { trust = -2 }, set = { removed = true }, go = "reportable",
          rating = "harmful",
          feedback = "The danger is his, and the plan takes the children from the parent protecting them. They lose their mother in the month they lost their home.",
          rationale = "Removal from the non-offending parent is a last resort, after efforts aimed at the perpetrator (points 1, 2, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },

        choice {
          id = "sup_plan_him", roles = { "supervisor" },
          text = "Approve a plan aimed at him, with flexible funds to move the family to a motel he does not know, and ask the detective to act on the rifle this week.",
          add = { trust = 1 }, go = "reportable",
          rating = "recommended",
          feedback = "The move costs four nights' rent. The detective gets a surrender order for the rifle, and Curtis's truck has nowhere to circle.",
          rationale = "Weigh the lethality cues together and make reasonable efforts aimed at the perpetrator (points 3, 5).",
          tags = { "risk_assessment", "reasonable_efforts" },
        },

        choice {
          id = "sup_condition", roles = { "supervisor" },
          text = "Approve leaving the children home on condition that she files for a protective order by Friday, which puts the court's weight behind the plan.",
          add = { trust = -1, blame = 1 }, go = "reportable",
          rating = "concerning",
          feedback = "The order may be right. As a condition it makes her responsible for restraining him, and the timing is the agency's, not hers.",
          rationale = "Protective orders are offered and supported, not imposed on the survivor (points 2, 3, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },

        choice {
          id = "sup_moderate", roles = { "supervisor" },
          text = "Rate it moderate for the unit's priorities: the charges were dropped, he has not come near the children, and three other cases this week have injuries.",
          add = { lapses = 1, misses = 1 }, go = "reportable",
          rating = "concerning",
          feedback = "Every fact set aside is a known predictor: strangulation, a gun, a recent separation, threats, a truck in the lot. Injuries elsewhere do not lower his danger.",
          rationale = "Put real lethality cues ahead of criminal history and caseload pressure (points 5, 6).",
          tags = { "risk_assessment" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "reportable", phase = "neglect or poverty", title = "A disposition by Friday",
      speaker = { cps = "Aiko Yamada", dv = "Maren Dunmore", supervisor = "The agency's quality reviewer" },
      text = {
        supervisor = paras {
          "Wednesday. The allegations need a disposition by Friday. Jonah's facts: Owen's absences began the week they moved, because the motel is outside his school's bus routes and Maren has no car; the room has a microwave and a mini fridge. Three nights a week Maren stocks shelves from ten to six, and Owen, 10, watches Hazel, 3, with the clerk's number. On the night of the call Owen had gone to the vending machine. The children look well cared for and at ease with their mother.",
          "The agency's quality reviewer has already written to you: \"A ten-year-old caring for a three-year-old overnight meets our definition of inadequate supervision. Please document the reason for any other disposition.\"",
        },
        cps = paras {
          "Wednesday. Ms. Yamada wants a disposition on the allegations by Friday. What you know now:",
          "Owen's absences began the week they moved: the motel is outside his school's bus routes, and Maren has no car. The school breakfast program does not reach him on those days; the room has a microwave and a mini fridge. Three nights a week Maren stocks shelves at a warehouse from ten to six, a job that needs no phone calls; Owen watches Hazel, and he has the clerk's number. On the night of the call, Hazel woke and cried; Owen had gone to the vending machine. Both children look well cared for and are at ease with their mother.",
        },
        dv = paras {
          "Wednesday. Maren comes to your office with Hazel. She is worried about the night shifts: \"If the CPS man finds out Owen watches Hazel, they will take them. Don't tell him. Help me keep it quiet until I find something else.\"",
          "The job is three nights a week, ten to six. Owen, 10, has the clerk's number. Your program has a small emergency childcare fund, and the warehouse has a day shift with a waiting list.",
        },
      },
      discussion = "Where is the line between reportable neglect and parenting under the strain of poverty and flight? Who decides, on what facts, and what does a finding do to a family like this one?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "substantiate", roles = { "cps" },
          text = "Substantiate inadequate supervision and educational neglect: the facts meet the definitions, and a finding opens funded services to the family sooner.",
          add = { blame = 1, trust = -1 }, go = "draft_cps",
          rating = "concerning",
          feedback = "A finding does open doors, and it stays in her name: a registry entry that follows her into job applications and any custody fight Curtis starts. The school days were a bus problem, and the nights a childcare problem.",
          rationale = "Poverty and flight are not neglect; attribute harm to its real cause and avoid findings that blame the non-offending parent (points 1, 13, 14).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "sort_strands", roles = { "cps" },
          text = "Take the facts one by one: bus and food to the district's homeless-education office and benefits, the overnights to a childcare plan Maren makes, the risk to Curtis.",
          add = { trust = 1 }, go = "draft_cps",
          rating = "recommended",
          feedback = "The liaison arranges a cab to Owen's own school from Monday; the nurse starts the food benefit; Maren moves to day shifts with two weeks of childcare from the DV program's fund. The supervision gap is closed without a finding in her name.",
          rationale = "Tell reportable neglect from poverty; meet each need with the right service; keep the danger where it belongs (points 1, 3, 13).",
          tags = { "child_safety", "reasonable_efforts" },
        },
        choice {
          id = "close_poverty", roles = { "cps" },
          text = "Close the report as unfounded: it is a poverty case, CPS is the wrong door for a family that needs housing help, and the referral list covers each of the clear steps.",
          add = { lapses = 1, safety_gap = 1 }, go = "draft_cps",
          rating = "concerning",
          feedback = "Right about poverty, wrong about what is left: a three-year-old alone with a ten-year-old from ten to six is a gap someone has to help close, and the danger from Curtis has no plan.",
          rationale = "Not every concern is neglect, and some still need a plan; closing leaves the real risks unmet (points 3, 5).",
          tags = { "child_safety", "risk_assessment" },
        },
        choice {
          id = "no_night_work", roles = { "cps" },
          text = "Keep the case open with a safety plan that says Maren will not work nights while it is open, and check at the motel twice a week until it closes.",
          add = { lapses = 1, trust = -1 }, go = "draft_cps",
          rating = "concerning",
          feedback = "The nights stop, and so does the income that was going to pay a deposit. Twice-weekly visits to a motel room also tell the clerk, and anyone watching, which room is hers.",
          rationale = "A plan that costs a fleeing family its income trades one risk for another; reasonable efforts meet the need behind the gap (points 3, 12).",
          tags = { "reasonable_efforts", "survivor_partnership" },
        },

        choice {
          id = "solve_nights", roles = { "dv" },
          text = "Work the problem with her: the childcare fund, the day-shift list, and how she could tell Jonah herself what is already in place.",
          add = { trust = 1 }, go = "draft_dv",
          rating = "recommended",
          feedback = "Maren tells Jonah on Friday, through the interpreters, with the childcare already booked. He writes it down as a problem she solved, not one he found.",
          rationale = "Help the survivor close the gap and speak for herself; her protective efforts are part of the record she can shape (points 7, 21).",
          tags = { "survivor_partnership", "child_safety" },
        },
        choice {
          id = "keep_secret", roles = { "dv" },
          text = "Agree to keep the night shifts between the two of you and help her look for day work or childcare; the children are fed, loved, and in school when they can be.",
          add = { lapses = 1, safety_gap = 1 }, go = "draft_dv",
          rating = "concerning",
          feedback = "Keeping her confidence is right; helping her hide a real gap is not. Hazel is still alone with Owen from ten to six, and if Jonah learns it from the clerk, it looks like concealment.",
          rationale = "Confidentiality protects what she tells you; it does not make a child-care gap go away. Help her solve it and decide what to tell CPS herself (points 20, 22).",
          tags = { "child_safety", "survivor_partnership" },
        },
        choice {
          id = "hotline_nights", roles = { "dv" },
          text = "Call the hotline about the night shifts: you are a mandated reporter, a three-year-old is involved, and a report made early protects you and the program.",
          add = { trust = -2, blame = 1 }, go = "draft_dv",
          rating = "concerning",
          feedback = "CPS already knows the family, the children are not being abused, and a report made to protect your program costs Maren the one place she could say this.",
          rationale = "Reports are for reportable abuse or neglect; poverty-driven gaps call for help. Children's safety plans and a parent's confidences stay with the program (points 1, 20).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "quit_nights", roles = { "dv" },
          text = "Tell her she needs to leave the night job this week whatever it costs, because if CPS learns of it first, the rest of her case gets much harder.",
          add = { lapses = 1 }, go = "draft_dv",
          rating = "acceptable",
          feedback = "Direct and not wrong about the risk, but it decides for her and costs the family its income. The childcare fund and the day-shift list could have solved it without that loss.",
          rationale = "Survivor-directed advocacy offers options and resources rather than orders (points 7, 22).",
          tags = { "survivor_partnership" },
        },

        choice {
          id = "sup_policy_finding", roles = { "supervisor" },
          text = "Substantiate inadequate supervision as the reviewer asks: the facts meet the written definition, and a supervisor who departs from it has to defend that in writing.",
          add = { blame = 1, trust = -1 }, go = "draft_cps",
          rating = "concerning",
          feedback = "The reviewer is satisfied, and a registry entry now follows Maren into job applications and any custody fight Curtis starts. The gap was childcare.",
          rationale = "Poverty and flight are not neglect; avoid findings that blame the non-offending parent (points 1, 13, 14).",
          tags = { "documentation", "survivor_partnership" },
        },

        choice {
          id = "sup_no_finding", roles = { "supervisor" },
          text = "Approve no finding and reply to the reviewer in a memo: the absences were a bus, the food was an empty wallet, the nights are covered by a childcare plan she made.",
          add = { trust = 1 }, go = "draft_cps",
          rating = "recommended",
          feedback = "The reviewer accepts the reasons. The cab to Owen's own school starts Monday; the childcare fund covers two weeks while Maren moves to day shifts.",
          rationale = "Tell reportable neglect from poverty; close the real gap with the parent; document why (points 1, 3, 7).",
          tags = { "child_safety", "documentation" },
        },

        choice {
          id = "sup_close_now", roles = { "supervisor" },
          text = "Close it as unfounded and call it a housing case: the agency is not a housing program, its flexible funds are for children at risk.",
          add = { lapses = 1, safety_gap = 1 }, go = "draft_cps",
          rating = "concerning",
          feedback = "Right about poverty, wrong about what is left: a three-year-old alone with her brother from ten to six, and a danger from Curtis with no plan.",
          rationale = "Not every concern is neglect, and some still need a plan (points 3, 5).",
          tags = { "child_safety", "risk_assessment" },
        },

        choice {
          id = "sup_indicated", roles = { "supervisor" },
          text = "Record an \"indicated\" disposition, the middle category the policy allows with no registry listing, so the reviewer is answered and her record stays light.",
          add = { blame = 1 }, go = "draft_cps",
          rating = "concerning",
          feedback = "A softer word for the same finding. It stays in the agency's files, and the next worker reads \"indicated\" before reading why.",
          rationale = "A gentler category still places poverty and his danger on her (points 1, 14).",
          tags = { "documentation", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "draft_cps", phase = "assessment summary", title = "The summary paragraph",
      speaker = { cps = "Aiko Yamada", supervisor = "Jonah Kessler's draft" },
      text = {
        cps = "Ms. Yamada asks for the summary paragraph of your assessment. It goes into the case record, which Curtis's lawyer could one day read if the case reaches court.",
        supervisor = "Jonah's summary paragraph comes to you to finish and approve. It goes into the case record, which Curtis's lawyer could one day read if the case reaches court.",
      },
      discussion = "Who will read this paragraph one day, and what will it teach them about who caused the danger? Which true facts belong in a record, and which put the family at risk there?",
      compose = {
        prompt = "Choose and order the sentences for the assessment summary.",
        clauses = {
          clause { id = "his_acts", text = "In March, police saw marks on Ms. Dunmore's neck after Mr. Bellamy held her down by the throat; a rifle was noted in the home and left there." },
          clause { id = "deaf_limits", text = "Ms. Dunmore's deafness limits her ability to hear the children at night, which adds to the supervision concern." },
          clause { id = "her_steps", text = "Ms. Dunmore left with both children three weeks ago, found them a room, took work, kept Owen in his own school, and sought help." },
          clause { id = "motel_room", text = "The family is staying in room 14 of the Larkspur Motor Inn on a short-term voucher." },
          clause { id = "school_cause", text = "Owen's absences began with the move: the motel is outside his school's bus routes, and transportation has now been arranged." },
          clause { id = "failed", text = "Ms. Dunmore failed to protect the children by returning to Mr. Bellamy after the March incident." },
          clause { id = "his_threats", text = "Since she left, Mr. Bellamy has texted that he will find her and take Hazel, and his truck has circled the motel lot." },
          clause { id = "nights_fixed", text = "The overnight care arrangement was a gap; Ms. Dunmore moved to day shifts with childcare in place." },
          clause { id = "both_conflict", text = "Both parents describe a history of conflict, and the relationship has been volatile on both sides." },
          clause { id = "advocate_says", text = "The co-located advocate reports that Ms. Dunmore is engaged with the DV program." },
        },
        min = 1, max = 10, own_text = true,
        score_var = "draft_score",
        rubric = CPS_RUBRIC,
        rationale = "Attribute harm to the perpetrator; record the survivor's protective efforts; sort poverty from risk; keep location and the advocate's relationship out of the record (points 13, 14, 17, 18).",
        tags = { "documentation", "perpetrator_accountability" },
      },
      go = "curtis_move",
    },

    scene {
      id = "draft_dv", phase = "safety plan", title = "Lines for the motel",
      speaker = "Maren Dunmore",
      text = "You and Maren write down her plan for the motel, in English with ASL glosses she chose. It stays with her, and a copy stays in your program's file.",
      discussion = "Whose plan is this, and who does each line ask something of? What would change if a copy went to CPS, or if a child's part in it grew?",
      compose = {
        prompt = "Choose and order the lines of Maren's plan.",
        clauses = {
          clause { id = "text_911", text = "Text-to-911 is set up on her phone and tested with the dispatcher's test line." },
          clause { id = "owen_calls", text = "If Curtis comes, Owen calls 911 and tells them what his mother signs." },
          clause { id = "desk_plan", text = "The front desk will not confirm her room to anyone and calls police if the gray pickup comes." },
          clause { id = "no_replies", text = "Maren will not answer Curtis's texts, so that he has no reason to come looking." },
          clause { id = "owen_plan", text = "Owen's own plan: if there is shouting, he takes Hazel to the front desk; he does not step in." },
          clause { id = "copy_cps", text = "A copy goes to Jonah Kessler, so the agency knows the plan is in place." },
          clause { id = "school_list", text = "Owen's school and Hazel's daycare have the pickup list, and the order once there is one." },
          clause { id = "vicki_keys", text = "Curtis's sister Vicki, who signs, keeps a spare key card in case Maren needs help." },
          clause { id = "rifle_order", text = "If she files for an order, she asks the judge to order the rifle surrendered." },
          clause { id = "alert_kit", text = "A flashing doorbell and a bed-shaker alarm from the program's equipment fund." },
        },
        min = 1, max = 10, own_text = true,
        score_var = "draft_score",
        rubric = DV_RUBRIC,
        rationale = "A safety plan built with the survivor, accessible to her, that does not make a child her interpreter or make her answerable for him, and stays with her (points 5, 7, 18, 20).",
        tags = { "risk_assessment", "survivor_partnership" },
      },
      go = "curtis_move",
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "curtis_move", phase = "his move", title = "Curtis calls",
      speaker = { cps = "Curtis Bellamy, on the phone", dv = "The clerk of the family court", supervisor = "Curtis Bellamy, on the phone" },
      text = {
        supervisor = paras {
          "Friday afternoon. Curtis Bellamy is put through to you after Jonah declined to tell him where Hazel is sleeping. He is calm and precise. \"Her mother can't hear her cry at night. She can't hear a smoke alarm. Your investigator won't even look at that. I want a capacity evaluation, and I'm filing a complaint that he's biased against fathers. My lawyer will be calling you.\"",
        },
        cps = paras {
          "Friday. Curtis Bellamy calls the agency and is put through to you. He is calm and articulate. He has heard from his sister that CPS is involved. \"I want to know where my daughter is sleeping. Her mother can't hear her cry at night. She can't hear a smoke alarm. I'm not trying to start trouble. I'm asking you to do your job.\"",
          "He asks for a meeting, and for Hazel's school.",
        },
        dv = paras {
          "Friday. Maren has decided to ask for a protective order, with the rifle named. At the family court's help desk, the clerk says the court's one certified ASL interpreter is booked for two weeks.",
          "\"She could bring someone who signs,\" the clerk says. \"Or the boy, for a filing this short.\" In the waiting area, Vicki Bellamy, Curtis's sister, who signs fluently, is filing something of her own. She sees Maren and offers to help.",
        },
      },
      discussion = "How do perpetrators use a survivor's disability, or the child protection system, against her? What does a court or an agency owe a Deaf litigant, and what happens when the community of interpreters is small?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "assess_deafness", roles = { "cps" },
          text = "Add a parenting-capacity assessment for Maren to the plan: his concern about alarms and night cries is a fair one, and helping her stay safe is the agency's job.",
          add = { blame = 1, trust = -1 }, go = "return",
          rating = "concerning",
          feedback = "Deaf parents raise children safely with visual and vibrating alerts every day. Ordering an assessment on his word turns his control into the agency's question, and tells Maren the agency listens to him.",
          rationale = "Perpetrators use CPS and a survivor's disability against her; assess his pattern, not the survivor on his terms (points 4, 23).",
          tags = { "cultural_responsiveness", "perpetrator_accountability" },
        },
        choice {
          id = "joint_plan", roles = { "cps" },
          text = "Offer a family meeting with both parents to set up time for Hazel with her father, since a plan they both sign is likelier to hold than one imposed.",
          add = { safety_gap = 1, trust = -1 }, go = "return",
          rating = "harmful",
          feedback = "A joint meeting puts Maren in a room with the man who texts that he will find her, three weeks after she left, and tells him when and where she will be.",
          rationale = "No joint meetings where there is recent violence and a separation; meet each parent separately (points 8, 9).",
          tags = { "risk_assessment", "trauma_informed" },
        },
        choice {
          id = "father_meeting", roles = { "cps" },
          text = "Tell him Hazel is fine and where she sleeps stays with the agency, and invite him to talk about being her father, starting with what officers wrote that night.",
          add = { trust = 1 }, go = "return",
          rating = "recommended",
          feedback = "Curtis is angry and comes anyway. You talk about Hazel, about what he wants for her, and about the police report, not about anything Maren said. He leaves with a referral to a batterer intervention program and no address.",
          rationale = "Engage him as a father with accountability, from third-party evidence; keep her location out of his reach (points 10, 12, 23).",
          tags = { "perpetrator_accountability", "confidentiality" },
        },
        choice {
          id = "reassure_school", roles = { "cps" },
          text = "Reassure him that both children are doing well and back in their usual school every day, so that he has less reason to go looking for them himself.",
          add = { safety_gap = 2, breaches = 1 }, go = "return",
          rating = "harmful",
          feedback = "\"Their usual school\" is an address. On Monday afternoon Curtis's truck is in the pickup line.",
          rationale = "Children's schools are identifying information; nothing about the survivor's or the children's whereabouts reaches the perpetrator (point 12).",
          tags = { "confidentiality", "child_safety" },
        },

        choice {
          id = "you_sign", roles = { "dv" },
          text = "Interpret the filing for her yourself: you know her and the case, it is a short form, and waiting two weeks for interpreters leaves her without any order at all.",
          add = { safety_gap = 1 }, go = "return",
          rating = "concerning",
          feedback = "You are not a qualified interpreter, and you are her advocate. When Curtis's lawyer later disputes her petition, what it says is \"what the advocate wrote down.\"",
          rationale = "An advocate is not an interpreter; a qualified interpreter protects the record and the survivor (points 21, 23).",
          tags = { "cultural_responsiveness" },
        },
        choice {
          id = "vicki_helps", roles = { "dv" },
          text = "Let Vicki help, if Maren nods: she signs fluently, she is here today, and she has been kind to Maren and the children in the past.",
          add = { safety_gap = 2, breaches = 1 }, go = "return",
          rating = "harmful",
          feedback = "Vicki reads the petition as she signs it, including the motel. By evening Curtis knows where Maren is and what she has asked the court for.",
          rationale = "Anyone tied to the perpetrator cannot interpret; the survivor's location never reaches him (points 12, 23).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "request_ada", roles = { "dv" },
          text = "Have Maren ask the court in writing for a qualified interpreter under the ADA, with names she refuses, and use the emergency-order line for today.",
          add = { trust = 1 }, go = "return",
          rating = "recommended",
          feedback = "The court finds a Deaf and a hearing interpreter from the next county for Tuesday. The emergency order, with the rifle named, goes through by the judge's written procedure today. Vicki is not involved.",
          rationale = "Courts owe effective communication; the survivor chooses and refuses interpreters; no child interprets (points 12, 23).",
          tags = { "cultural_responsiveness", "survivor_partnership" },
        },
        choice {
          id = "owen_files", roles = { "dv" },
          text = "Bring Owen from school for the filing: it is one page, he knows the words for this, and Maren says she trusts him more than a stranger.",
          add = { lapses = 1, safety_gap = 1 }, go = "return",
          rating = "harmful",
          feedback = "Owen interprets his father's violence to a clerk, in his mother's words, and goes back to class. The order goes through; the court learns only what a ten-year-old could say.",
          rationale = "A child is not the interpreter in his parents' case; a court owes a qualified interpreter (points 4, 23). Rated harmful, as a child interpreting in court is in the court-hearing case: what he says becomes the court's record.",
          tags = { "child_safety", "cultural_responsiveness" },
          act = "child_interprets_court",
        },

        choice {
          id = "sup_eval", roles = { "supervisor" },
          text = "Order a parenting-capacity evaluation for Maren: it answers his complaint, it may well clear her, and it protects Jonah if the complaint goes any further.",
          add = { blame = 1, trust = -1 }, go = "return",
          rating = "concerning",
          feedback = "Deaf parents raise children safely with visual and vibrating alerts every day. An evaluation on his word makes his control the agency's question.",
          rationale = "Perpetrators use CPS and a survivor's disability against her; assess his pattern, not her on his terms (points 4, 23).",
          tags = { "cultural_responsiveness", "perpetrator_accountability" },
        },

        choice {
          id = "sup_back_jonah", roles = { "supervisor" },
          text = "Explain how a grievance is made, tell him nothing about where the children are, and repeat Jonah's offer of a meeting about his part as Hazel's father.",
          add = { trust = 1 }, go = "return",
          rating = "recommended",
          feedback = "Curtis files the complaint; it is reviewed and closed. He comes to the meeting, angry, and leaves with a referral to a batterer intervention program and no address.",
          rationale = "Back the worker, keep location out of the perpetrator's reach, and engage him as a father with accountability (points 10, 12, 23).",
          tags = { "perpetrator_accountability", "confidentiality" },
        },

        choice {
          id = "sup_reassign", roles = { "supervisor" },
          text = "Move the case to another investigator to take the heat out of it, and tell Curtis that a fresh pair of eyes will look at everything he has raised.",
          add = { lapses = 1, trust = -1 }, go = "return",
          rating = "concerning",
          feedback = "Curtis learns that a complaint moves workers. Maren loses the investigator she trusted and starts again with a stranger.",
          rationale = "Perpetrators use complaints and the system itself as tools; do not reward them (points 4, 22).",
          tags = { "perpetrator_accountability", "collaboration" },
        },

        choice {
          id = "sup_joint_call", roles = { "supervisor" },
          text = "Propose a call with both parents and an interpreter on the line, so that he hears from Maren herself that the children are fine and the matter settles.",
          add = { safety_gap = 1, trust = -1 }, go = "return",
          rating = "harmful",
          feedback = "The call puts Maren on the line with the man who texts that he will find her, and gives him her voice, her mood and her number.",
          rationale = "No joint contact where there is recent violence and a separation; meet each parent separately (points 8, 9).",
          tags = { "risk_assessment", "trauma_informed" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "return", phase = "a low point", title = "Two weeks later",
      speaker = { cps = "Owen's school counselor", dv = "Maren Dunmore, by text", supervisor = "The agency's attorney" },
      text = function(s, role)
        if role == "supervisor" then
          return paras {
            "Two weeks later. Owen's counselor has called Jonah: Owen says his mother \"sleeps all day and cries,\" and that they went back to Curtis's house last weekend \"because the motel money ran out.\" He has missed two more days. The voucher extension was refused; the transitional unit has no opening yet.",
            "The agency's attorney, copied on the school's email, writes to you: \"She is back with a man who has a rifle and choked her. Do we file?\"",
          }
        end
        if role == "cps" then
          return paras {
            s.removed and "Two weeks later. Owen and Hazel are in a foster home across the county; Maren has supervised visits twice a week." or "Two weeks later.",
            "Owen's counselor calls. Owen says his mother \"sleeps all day and cries,\" and that last weekend they went back to Curtis's house \"for a while, because the motel money ran out.\" He has missed two more days. The counselor asks whether this is now a case of a mother who cannot keep her children safe.",
            "You know from Maren's last visit that the voucher extension was refused and the transitional unit still has no opening.",
          }
        end
        return paras {
          "Two weeks later. Maren has missed her last two appointments. Then, late one night, a text: \"I'm back at his house. Don't judge me. I can't get out of bed. Owen does everything.\"",
          "She does not say whether Curtis reads her phone.",
        }
      end,
      discussion = "When a survivor returns, or is depressed, or drinks, does the case become one about her? What does partnering with her look like now, for each system?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "meet_apart", roles = { "cps" },
          text = "See Maren away from the house, at the clinic, with her interpreters: why she is back there, what she does for the children there, and what comes next.",
          add = { trust = 1 }, go = "review",
          rating = "recommended",
          feedback = "She went back because the money ran out, and she is not sleeping. She agrees to see the clinic's Deaf-services counselor, and the transitional unit calls the next week. The plan is still aimed at Curtis and the rifle.",
          rationale = "Keep partnering with a survivor who has returned or is depressed; meet her away from him; document her protective efforts (points 2, 7, 8).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "petition_return", roles = { "cps" },
          text = "Ask the agency's attorney to file a petition: she has taken the children back to a man with a rifle who choked her, and Owen is caring for a depressed parent.",
          add = { blame = 1, trust = -2 }, set = { removed = true }, go = "review",
          rating = "harmful",
          feedback = "The facts are serious, and the petition names the wrong parent. The children are placed; Maren's depression deepens; Curtis tells his lawyer the agency has agreed she is unfit.",
          rationale = "Returning and depression are common effects of the abuse and of poverty; remove the danger, not the children from the protective parent (points 1, 2, 14).",
          tags = { "reasonable_efforts", "survivor_partnership" },
        },
        choice {
          id = "home_both", roles = { "cps" },
          text = "Make an unannounced visit to Curtis's house to see the children where they live now, and talk with both parents there through the interpreters.",
          add = { safety_gap = 1, trust = -1 }, go = "review",
          rating = "concerning",
          feedback = "You see the children, who are fine. Maren cannot say anything in front of Curtis, and after you leave he wants to know what she told the agency.",
          rationale = "Meet each parent separately; a joint interview in his home endangers her (points 8, 9).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "substantiate_ftp", roles = { "cps" },
          text = "Leave the children where they are but substantiate a finding of failure to protect, so the record is clear if this goes wrong again.",
          add = { blame = 1, trust = -1 }, go = "review",
          rating = "concerning",
          feedback = "The children stay home, and the record now says his danger is her failure. The next worker reads that first.",
          rationale = "Avoid \"failure to protect\" findings against the non-offending parent; record his acts and her efforts (points 13, 14).",
          tags = { "documentation", "survivor_partnership" },
        },

        choice {
          id = "close_file", roles = { "dv" },
          text = "Close her file for now and release the voucher slot to the next family on the waiting list, since she has gone back, and tell her the door stays open whenever she is ready.",
          add = { trust = -1, safety_gap = 1 }, go = "review",
          rating = "concerning",
          feedback = "The slot helps someone else, and Maren reads the closure as the judgment she feared. She does not text again until the next crisis.",
          rationale = "Advocacy does not end when a survivor returns; the program's door stays open (points 7, 22).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "tell_jonah", roles = { "dv" },
          text = "Tell Jonah that she is back at Curtis's house, since he is already involved, so that someone checks on Owen and Hazel this week.",
          add = { trust = -2, breaches = 1 }, go = "review",
          rating = "harmful",
          feedback = "Well meant, and it is a breach: her location and her state are in a CPS file, and she learns that texting you reaches the agency.",
          rationale = "No disclosure without her written release; a return is not itself reportable abuse (points 18, 20).",
          tags = { "confidentiality" },
        },
        choice {
          id = "door_open", roles = { "dv" },
          text = "Tell her there is no judgment, find out first whether he checks her phone, and plan for life in that house: a code between them, and the counselor who signs.",
          add = { trust = 1 }, go = "review",
          rating = "recommended",
          feedback = "She answers the next day: he does not read her texts, but he checks the call log. You agree on a code word and a time to meet at the clinic. She starts seeing the Deaf-services counselor.",
          rationale = "Keep partnering with a survivor who returns or is depressed; safety planning for staying is safety planning (points 5, 7).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "leave_tonight", roles = { "dv" },
          text = "Tell her CPS will likely act now that she is back, and offer a shelter bed tonight if she can get the children out of the house before he gets home.",
          add = { safety_gap = 1 }, go = "review",
          rating = "concerning",
          feedback = "The shelter bed is real. The fear of CPS and a rushed exit, the most dangerous moment, push her toward a plan made in panic.",
          rationale = "Leaving is the most dangerous time; plan with her, at her pace, rather than by fear (points 5, 7).",
          tags = { "risk_assessment", "survivor_partnership" },
        },

        choice {
          id = "sup_file", roles = { "supervisor" },
          text = "Tell the attorney to file: a mother who has taken her children back to a man with a rifle, and is too low to get out of bed, cannot keep them safe.",
          add = { blame = 1, trust = -2 }, set = { removed = true }, go = "review",
          rating = "harmful",
          feedback = "The facts are serious and the petition names the wrong parent. The children are placed; Curtis tells his lawyer the agency agrees she is unfit.",
          rationale = "Returning and depression are common effects of abuse and poverty; remove the danger, not the children (points 1, 2, 14).",
          tags = { "reasonable_efforts", "survivor_partnership" },
        },


        choice {
          id = "sup_ftp", roles = { "supervisor" },
          text = "Leave the children home but add a finding of failure to protect to the record, so that the agency is covered if something happens in that house.",
          add = { blame = 1, trust = -1 }, go = "review",
          rating = "concerning",
          feedback = "The children stay home, and the record now says his danger is her failure. The next worker reads that first.",
          rationale = "Avoid \"failure to protect\" findings against the non-offending parent (points 13, 14).",
          tags = { "documentation", "survivor_partnership" },
        },

        choice {
          id = "sup_visit_both", roles = { "supervisor" },
          text = "Send Jonah to the house unannounced with an interpreter, to see the children and talk with both parents together about how they will keep them safe.",
          add = { safety_gap = 1, trust = -1 }, go = "review",
          rating = "concerning",
          feedback = "The children are fine. Maren cannot say anything in front of Curtis, and after Jonah leaves he wants to know what she told the agency.",
          rationale = "Meet each parent separately; a joint interview in his home endangers her (points 8, 9).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "sup_partner", roles = { "supervisor" },
          text = "Tell the attorney not yet: have Jonah see Maren away from the house, approve the deposit the agency can cover, and keep the plan pointed at Curtis.",
          add = { trust = 1 }, go = "review",
          rating = "recommended",
          feedback = "Maren went back because the money ran out. With the deposit approved, the transitional unit takes the family the next week; she starts with the clinic's Deaf-services counselor.",
          rationale = "Keep partnering with a survivor who returns or is depressed; reasonable efforts meet the need that sent her back (points 2, 3, 7).",
          tags = { "survivor_partnership", "reasonable_efforts" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "review", phase = "team review", title = "The monthly review",
      speaker = { cps = "Aiko Yamada", dv = "Aiko Yamada", supervisor = "The team's monthly review" },
      text = function(s, role)
        if role == "supervisor" then
          return paras {
            "The team's monthly review, which you chair. " .. (s.removed and "The Dunmore children are in foster care;" or "The Dunmore children are with their mother;") .. (s.misses == 0 and " the rifle is on a surrender order;" or " the rifle is still in Curtis's closet;") .. " Curtis has been to one batterer-program intake session. The interpreting line went over budget this month.",
            "You ask yourself what the team should change, and what it should keep, after this case.",
          }
        end
        if role == "cps" then
          return paras {
            "The team's monthly review. Ms. Yamada asks for your plan for the Dunmore case and what the team should learn from it.",
            s.removed and "Owen and Hazel are in foster care; Maren visits twice a week." or "The children are with their mother.",
            (s.misses == 0 and "The detective has the rifle on a surrender order. " or "The rifle is still in Curtis's closet; nobody asked the detective about it. ") ..
              "Curtis has been to one batterer-program intake session. The transitional unit has an opening; the deposit is the problem.",
          }
        end
        return paras {
          "The team's monthly review. Ms. Yamada asks each member what worked in the cases of the month and what should change. The Dunmore case is on the list. Jonah Kessler is at the table.",
          "You know what Maren has said about Jonah: that he was the first person in any office who asked her what she wanted, not her son.",
        }
      end,
      discussion = "How does each system define success in this case? What worked between the two systems, and what would you change in how the team works?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "close_list", roles = { "cps" },
          text = "Close the case with a referral list and a letter: no finding, the children are safe, and the agency's caseload cannot carry a housing problem.",
          add = { lapses = 1 }, go = ending_routes(),
          rating = "acceptable",
          feedback = "Defensible: no finding, and the children are not in danger from her. But the deposit and his program's reports were the plan's two supports, and a letter carries neither.",
          rationale = "Closing without a finding is right when the risk is met; here the plan still needs funding and his accountability (points 3, 16).",
          tags = { "reasonable_efforts" },
        },
        choice {
          id = "court_supervision", roles = { "cps" },
          text = "Petition for court-ordered supervision naming both parents, so that every part of the plan can be enforced if either of them stops taking part.",
          add = { blame = 1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "Court orders can hold him, and they also name her a respondent for his violence. A petition aimed at him alone could do the enforcing.",
          rationale = "Name the perpetrator alone where the evidence is about him; relief aimed at him (points 15, 16).",
          tags = { "documentation", "perpetrator_accountability" },
        },
        choice {
          id = "voluntary_plan", roles = { "cps" },
          text = "Keep the case open by consent for a few months: the deposit paid by the agency, Farida's program if Maren chooses it, and reports from his program.",
          add = { trust = 1 }, go = ending_routes(),
          rating = "recommended",
          feedback = "The plan puts money where the danger came from, housing and his program, and leaves Maren the parent in charge.",
          rationale = "Reasonable efforts aimed at the real needs and at him; voluntary services with a warm handoff she chooses (points 3, 16, 21).",
          tags = { "reasonable_efforts", "perpetrator_accountability" },
        },
        choice {
          id = "name_farida", roles = { "cps" },
          text = "Tell the team that the advocate's hallway disclosure shows co-location is not working as set up, and ask that advocates step out of consults on families they know.",
          add = { lapses = 1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "The breach was real, and the answer to it is training and a liaison, not losing the team's DV expertise. The room goes quiet; Farida does not speak again that morning.",
          rationale = "Look for what works as well as what failed; collaboration improves practice unevenly and needs repair rather than retreat (points 22, 24).",
          tags = { "collaboration" },
        },

        choice {
          id = "her_praise", roles = { "dv" },
          text = "Tell Jonah, in front of the team, what Maren said about him: that he was the first person who asked her what she wanted, not her son.",
          add = { lapses = 1, breaches = 1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "A kind thing to pass on, and it confirms to the whole table that she is your client, and what she tells you. Praise is covered too.",
          rationale = "What a survivor says, and that she is a client, is confidential, even when it is good news (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "system_gaps", roles = { "dv" },
          text = "Use the time for the gaps instead: the agency has no ASL roster, no text line, and no policy on children interpreting, and Deaf parents pay for each of those gaps.",
          go = ending_routes(),
          rating = "acceptable",
          feedback = "Every gap is real, and naming them is part of the job. Without the success beside them, the agency hears one more list of failures from the program.",
          rationale = "Name the hard topics openly and also the successes to build on (points 22, 24).",
          tags = { "collaboration", "cultural_responsiveness" },
        },
        choice {
          id = "pass_review", roles = { "dv" },
          text = "Say the case went fine and let the team move on to the next family: the review is the agency's, and praise from the program can look like a favor.",
          add = { lapses = 1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "Nothing is lost today, and nothing is learned. The practice that worked stays one investigator's habit instead of the team's.",
          rationale = "Cross-system dialogue builds on what worked; collaboration is hard to sustain without it (points 22, 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "name_jonah", roles = { "dv" },
          text = "Tell the team what Jonah did well, item by item: the interpreters she chose, the questions about Curtis, no finding for being poor; then press for an ASL roster.",
          add = { trust = 1 }, go = ending_routes(),
          rating = "recommended",
          feedback = "Jonah is surprised, and pleased. Ms. Yamada takes the roster to the agency's contracts office. The next Deaf parent the agency meets gets interpreters on the first visit.",
          rationale = "Good cross-system dialogue looks for successes to build on, names them, and turns them into practice (points 22, 25).",
          tags = { "collaboration", "cultural_responsiveness" },
        },

        choice {
          id = "sup_roster", roles = { "supervisor" },
          text = "Press the agency for a standing ASL roster, arrange a short refresher on releases with Farida's team, and tell Jonah and Farida what each did well.",
          add = { trust = 1 }, go = ending_routes(),
          rating = "recommended",
          feedback = "Jonah and Farida both hear what they did right. The roster goes to the contracts office, and the refresher is on the calendar for next month.",
          rationale = "Build on successes, name hard topics, and turn them into practice: liaisons, training, policy (points 22, 24, 25).",
          tags = { "collaboration", "cultural_responsiveness" },
        },

        choice {
          id = "sup_end_seat", roles = { "supervisor" },
          text = "Propose that the advocate sit in only on cases where her program has no client, since the hallway remark showed how hard the seat is to hold.",
          add = { lapses = 1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "Nobody can know which cases those are without the disclosure the rule is meant to prevent. The team loses its DV expertise where it is needed most.",
          rationale = "Repair, not retreat; collaboration improves practice unevenly (points 19, 24).",
          tags = { "collaboration" },
        },

        choice {
          id = "sup_team_release", roles = { "supervisor" },
          text = "Add a release to the DV program to the agency's intake packet, so that the advocate can talk freely at consults about every family the agency opens.",
          add = { lapses = 1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "A release in an intake packet is neither informed nor voluntary, and it is the program's release to give, not the agency's. Farida still cannot use it.",
          rationale = "A release is informed, written, time-limited and voluntary, one per agency, never a condition (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },

        choice {
          id = "sup_move_on", roles = { "supervisor" },
          text = "Note that the case went as it should and move to the next family on the list: review time is short, and this family has a plan in place.",
          add = { lapses = 1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "Nothing is lost today and nothing is learned. The interpreting and the way the team used Farida stay habits of two people.",
          rationale = "Cross-system dialogue builds on what worked (points 22, 24).",
          tags = { "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    ending {
      id = "ending_steady", title = "A deposit, an order, and a mother in charge", classification = "positive",
      text = function(s, role)
        return paras {
          "Maren and the children move into the transitional unit in the spring. Owen rides a cab to his own school until the bus route changes; Hazel's daycare knows who may pick her up. The rifle is with the police; Curtis attends his program, and its reports come to the agency.",
          role == "dv" and "Maren still texts you on bad nights. She sees the Deaf-services counselor every week, and she decides what comes next."
            or "Your record says what happened: Curtis's acts, Maren's protective steps, and a school gap that was a bus. No finding is in her name.",
          "Nothing about the next year is certain. Curtis's texts have slowed, not stopped. But the plan is aimed at the person who was dangerous, and the team learned to do it with a Deaf parent in her own language.",
        }
      end,
    },
    ending {
      id = "ending_thin", title = "Safe for now, on thin ground", classification = "mixed",
      text = function(s, role)
        local why = {}
        if s.trust < 0 then
          why[#why + 1] = role == "dv" and "Maren answers your program more slowly now; she has learned that help can come with conditions."
            or "Maren answers the agency's calls, but briefly, and no longer without an advocate."
        end
        if s.lapses >= 2 then
          why[#why + 1] = "Along the way, several things were done in a way that left gaps: a child carrying more than he should, a question not asked, a colleague's expertise left unused."
        end
        if s.safety_gap >= 1 then
          why[#why + 1] = "Curtis came closer than the plan meant him to, once; nobody was hurt."
        end
        if s.breaches >= 1 then
          why[#why + 1] = "Something Maren said in confidence, or the fact that she is a client, reached a file without her release. So far it has not reached Curtis; nobody can say it never will."
        end
        return paras {
          "Maren and the children are together, and the rifle has been surrendered. There is no finding in her name.",
          table.concat(why, " "),
          "When the next crisis comes, the family will meet it with less trust in the people around them than it might have had.",
        }
      end,
    },
    ending {
      id = "ending_close_call", title = "A close call", classification = "mixed",
      text = paras {
        "In the spring Maren and the children move out of Curtis's house again, to a small apartment. One evening his truck pulls into the lot. Owen takes Hazel to the manager's office, as his plan says; the manager calls police, and Curtis drives off before they come. Nobody is hurt.",
        "Somewhere in the plan, a door was left open: the danger set aside for a week, an address, a meeting, a person tied to him. The family moves again that week, and Owen misses three more days of school.",
      },
    },
    ending {
      id = "ending_record", title = "Together, on a record that blames her", classification = "mixed",
      text = function(s, role)
        return paras {
          "The children are with their mother, and Curtis is under an order. They are safe for now.",
          "But the record reads differently from what happened. Somewhere in the findings, the summary or the plan, his violence or the family's poverty became Maren's failure, or her deafness became the risk.",
          role == "dv" and "When Curtis files for custody of Hazel in the summer, his lawyer quotes the record, and Maren spends months answering for what he did."
            or "When Curtis files for custody of Hazel in the summer, his lawyer quotes your agency's record.",
        }
      end,
    },
    ending {
      id = "ending_missed", title = "The danger nobody weighed", classification = "negative",
      text = paras {
        "The plan was about attendance, childcare and where the family slept. One Saturday night in the spring, after Maren told Curtis she was leaving again, he took the rifle out of the closet. Owen ran to a neighbor's; police came in minutes. Maren was hurt, not gravely; the children were not, but they saw it.",
        "Every fact that predicted it was in the file or in someone's knowledge: the throat, twice; the rifle; the separation; the texts; the truck in the lot. Nobody put them side by side in time.",
      },
    },
    ending {
      id = "ending_exposed", title = "What she said, in his hands", classification = "negative",
      text = function(s, role)
        return paras {
          "Something Maren had told in confidence, or where she was, reached a file or a person she never chose: a hallway remark written down, a note in a record, a relative at the help desk.",
          "Curtis's lawyer quotes it in a custody motion for Hazel. Maren stops answering the program and the agency both.",
          role == "dv" and "Your program's director reviews the disclosure with you. The program's Deaf-survivor line gets fewer calls that spring."
            or "The team's co-location agreement is reviewed. Farida's program asks that its advocate sit out the consults for a while.",
        }
      end,
    },
    ending {
      id = "ending_removed", title = "Foster care, for his danger", classification = "negative",
      text = paras {
        "Owen and Hazel spend three months in a foster home across the county. Owen, who was his mother's interpreter at ten, now has a foster family that does not sign; Hazel stops speaking for a while.",
        "The danger that brought the removal was Curtis's, and it could have been met where he was: the rifle, an order, a plan at the motel desk. When the children come home, Maren is still Deaf, still poor, and slower to trust anyone who knocks.",
      },
    },
  },
}
