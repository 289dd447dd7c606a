-- Planning a team decision-making meeting when domestic violence is present.
-- Teaches practice points 8-12 (screening each parent first, joint or separate sessions, confronting
-- the father with third-party evidence, whether a conference fits at all, keeping the mother's
-- location out of his sight), with 2, 4, 5, 7, 13, 14, 17, 18, 20-24 along the way. Second edition: a
-- mother whose coping invites a neglect finding, an advocate's mistake seen from CPS and a caseworker's
-- good work seen from the shelter, a 14-year-old with views of her own, and an aunt who asks for a
-- Twi interpreter, whose place as the family's elder is respected without making her a go-between.
-- All people, agencies and places are invented.

-- Joins the non-empty paragraphs given, with a blank line between them.
local function para(...)
  local parts, out = table.pack(...), {}
  for i = 1, parts.n do
    local p = parts[i]
    if p and p ~= "" then out[#out + 1] = p end
  end
  return table.concat(out, "\n\n")
end

-- What the meeting is called, given the format chosen.
local function meeting_name(s)
  if s.format == "joint" then return "the joint meeting" end
  if s.format == "none" then return "the planning sessions" end
  return "the sessions"
end

-- Where the family's location or identifying details have reached Kofi. A joint meeting that
-- went on after his question leaks only where Esi, unbriefed, was there to finish her sentence
-- once the room had moved on; a briefed Esi stopped herself, and without her no one said it.
local function location_out(s)
  return s.leak or (s.kept_going and s.aunt == "unbriefed" and not s.safeguards)
end

-- Where Grace's own words have reached Kofi, or sit where he will read them.
local function words_out(s)
  return s.kofi == "her_words" or (s.in_file and not s.packet_clean)
end

-- Everything a positive ending needs beyond the format.
local function sound_plan(s)
  return not s.slipped and s.plan_good and not s.blamed_her and s.visits ~= "aunt"
    and (s.kofi == "engaged" or s.kofi == "unseen") and s.summary_score >= 5
end

return scenario {
  id = "family-meeting",
  title = "Two rooms or one: a family meeting when there is violence",
  version = "2.0.0",
  summary = "A caseworker organizes a team decision-making meeting, and a shelter advocate supports the mother, after a father's arrest for assaulting her; screening, format, confronting him with evidence, and keeping her location out of his reach.",
  minutes = 27,
  license = "CC-BY-4.0",
  content_notes = {
    "A police report mentions marks on a woman's neck after an assault by her partner (strangulation); no detail is described.",
    "A father's threat to kill, his access to a handgun, and his tracking of his partner's phone are mentioned.",
    "Two children, aged 14 and 4, appear; no harm to them is described. A four-year-old's asthma care lapses for a week.",
    "A mother who is not sleeping takes sleeping pills that were not prescribed to her, some nights with alcohol.",
  },
  objectives = {
    "Screen each parent separately before any joint meeting: orders, safety concerns, and an agreed signal to pause.",
    "Decide case by case whether a family team conference suits a domestic violence case, and in what form.",
    "Hold separate sessions when the survivor's safety plan is on the table, and present the separation as standard practice, not as her request.",
    "Confront a father with third-party evidence, never with what the mother disclosed, while engaging him as a father.",
    "Keep the mother's location, shelter, school and advocate's details out of every meeting, packet and summary the father can see.",
    "Respect the advocate's confidentiality: a specific, written, time-limited release, or the survivor speaking for herself.",
    "Partner with a mother whose depression or self-medication after abuse could be written up as neglect, and attribute the harm to the abuser's behavior.",
    "Hear an older child's own views, and give a relative who needs one a qualified interpreter, never a child.",
  },
  jurisdiction = "A state where a child's exposure to domestic violence is not, by itself, neglect, and where agency policy allows a team decision-making meeting to be held in separate sessions, or not at all, in domestic violence cases. The shelter program receives federal VAWA and FVPSA funds and is bound by their confidentiality rules; in this state its confidentiality yields only to child-abuse reports that statute compels and to court orders.",
  start = "assignment",

  roles = {
    role { id = "cps", name = "CPS caseworker",
           brief = "You are the ongoing caseworker for the Mensah-Asante family. A police report of Kofi Asante's arrest for assaulting Grace Mensah has reached the agency, and the children now live with Grace at a domestic violence shelter. Agency policy asks for a team decision-making meeting when children's living arrangements change after a safety event. You organize it." },
    role { id = "dv", name = "Shelter advocate",
           brief = "You are the advocate working with Grace Mensah at the domestic violence shelter where she and her two children have stayed for eleven days. Your program is voluntary, survivor-directed and confidential: nothing identifying about Grace leaves it without her informed, written, time-limited release, and a release is never a condition of help." },
  },

  state = {
    slipped = false,            -- any concerning or harmful decision so far
    first_contact = "none",     -- "joint": a joint date went out before screening; "aunt": Esi carried it
    screened = false,           -- the order's terms checked and a pause signal agreed with Grace
    safety_shared = false,      -- Grace chose to share the gun and the threat with CPS
    in_file = false,            -- Grace's words or plans sit in the CPS file beyond what she agreed
    move_shared = false,        -- Grace told CPS about her move herself
    visits = "none",            -- "center" (supervised, staggered) or "aunt" (Sundays at Esi's)
    format = "undecided",       -- "separate", "joint" or "none"
    same_day = false,           -- both sessions on one afternoon in one building
    safeguards = false,         -- a joint meeting with staggered arrival, exits and a pause signal
    blamed_her = false,         -- the separation or the secrecy was put on Grace in front of Kofi
    aunt = "undecided",         -- "briefed" or "unbriefed" when Esi takes part
    packet_clean = false,       -- nothing identifying in what Kofi receives
    leak = false,               -- identifying details reached Kofi
    kept_going = false,         -- a joint meeting went on after his question
    kofi = "unseen",            -- his session: "engaged", "unaccountable", "shut_out", "her_words"
    plan_good = false,
    summary_score = 0,
    neglect_noted = false,      -- her coping and the missed clinic visits written up as her neglect
  },


  confidential = {
    secret { id = "threats_gun", holder = "dv", released_when = "safety_shared",
             text = "Grace has said that Kofi keeps a handgun in his car, and that the night she left he told her that if she ever took Kwame from him she would not live to raise him. She has not told the police.",
             withheld = "Whatever Grace has told the program in confidence stays there unless she tells you herself or signs a written, time-limited release." },
    secret { id = "move_plan", holder = "dv", released_when = "move_shared",
             text = "Grace plans to move with the children to her sister's city, about three hours away, in roughly six weeks, once a housing transfer comes through. Not even her aunt knows.",
             withheld = "Grace's longer-term plans, if she has told the program any, stay with the program unless she shares them herself." },
    secret { id = "shelter_site", holder = "dv",
             text = "The shelter sits on a quiet residential street three blocks from the school Ama now attends. Anyone who learns the school's name can narrow the search to a few streets.",
             withheld = "The program does not share the shelter's location with any agency. It offers a contact route through its main line that names no one." },
  },

  scenes = {
    ---------------------------------------------------------------- 1
    scene {
      id = "assignment", phase = "family meeting",
      title = "A case from a police report",
      speaker = { cps = "Case assignment", dv = "Grace Mensah" },
      text = {
        cps = para(
          "On Monday a police report from twelve days ago reached the agency. Officers called by a neighbor found Grace Mensah, 34, with red marks on her neck; her partner, Kofi Asante, 38, was arrested, and the criminal court issued a temporary order of protection. The next morning Grace took Ama, 14, and Kwame, 4, to a domestic violence shelter.",
          "The case is yours, and agency policy asks for a team decision-making meeting within two weeks. Kofi has called twice: he wants to see his children and says 'this whole thing is being blown up.' Grace's aunt, Esi Darko, has left a message asking when the meeting is, so she can be there 'for the whole family.'",
          "You can reach Grace only through the shelter program's advocate line."),
        dv = para(
          "Grace Mensah, 34, and her children, Ama, 14, and Kwame, 4, have been at the shelter for eleven days. Grace is a home health aide and has kept every one of her morning clients. Ama has started at a new school; Kwame asks most nights when he will see his dad.",
          "Today Grace tells you a caseworker left a message through the program's line about a 'family team meeting.' She asks, quietly, whether Kofi will be in the room. She has a temporary order of protection from the criminal court. Her aunt Esi keeps asking about the meeting too, and still talks to Kofi on the phone.",
          "Grace has not decided anything yet. She is looking at you."),
      },
      discussion = "Who should hear about a family meeting first, and through whom? What does each system lose if the first contact goes wrong?",
      choices = {
        choice {
          id = "invite_both", roles = { "cps" },
          text = "Send both parents the standard meeting letter with a date next week, so the meeting happens inside the two-week policy window.",
          set = { first_contact = "joint", slipped = true }, go = "screen_grace",
          rating = "concerning",
          feedback = "A joint invitation sent before you have spoken to either parent alone skips the screening that tells you whether a joint meeting is safe, or even allowed under the order.",
          rationale = "Screen each parent separately before any joint meeting; whether a conference fits is decided case by case (points 8, 11).",
          tags = { "risk_assessment", "child_safety" },
        },
        choice {
          id = "aunt_messenger", roles = { "cps" },
          text = "Call Esi Darko back: she is family, in touch with both parents every day, and could pass a date on to each of them for you.",
          set = { first_contact = "aunt", slipped = true }, go = "screen_grace",
          rating = "harmful",
          feedback = "A relative who still talks to Kofi every day should not carry messages about Grace. Whatever Esi hears about times, places or contacts can travel straight to him.",
          rationale = "Routing contact through someone close to the perpetrator risks identifying information and puts the relative in the middle (points 8, 12).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "screen_first", roles = { "cps" },
          text = "Call the advocate line and ask to see Grace on her own first, with her advocate if she likes; reach Kofi separately after that.",
          go = "screen_grace",
          rating = "recommended",
          feedback = "Speaking with each parent alone before planning anything joint lets you learn about orders, fears and wishes, and lets Grace choose who supports her.",
          rationale = "Separate screening comes before any joint meeting; a three-way conversation lets the survivor speak for herself (points 8, 21).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "kofi_first", roles = { "cps" },
          text = "Return Kofi's calls first, since he is the one asking for contact, and agree a meeting date with him while you wait to reach Grace.",
          set = { first_contact = "joint", slipped = true }, go = "screen_grace",
          rating = "concerning",
          feedback = "You do need to hear from Kofi, but fixing a date with him before Grace is screened lets him shape the process and sets up a joint meeting by default.",
          rationale = "Screen both parents before setting any joint meeting, and do not let the format be decided with the perpetrator first (points 8, 9).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "tell_worker_all", roles = { "dv" },
          text = "Call the caseworker back yourself and explain what Grace has been through, so she does not have to tell it all again to a stranger today.",
          set = { in_file = true, slipped = true }, go = "screen_grace",
          rating = "harmful",
          feedback = "Kindly meant, but you would be sharing Grace's story with a mandated agency without her informed, written release, and what you say can end up in a file Kofi's lawyer may read.",
          rationale = "Funded programs share nothing identifying without a written, time-limited release; CPS records can reach the perpetrator's counsel (points 17, 18).",
          tags = { "confidentiality" },
        },
        choice {
          id = "number_only", roles = { "dv" },
          text = "Give Grace the caseworker's number and let her decide whether and when to call, in her own time and on her own terms.",
          go = "screen_grace",
          rating = "acceptable",
          feedback = "This respects her choice, but she would go in without knowing what a team meeting is, what CPS can require, or what she can ask for.",
          rationale = "Survivor-directed advocacy includes accurate information about the mandated system and an offer of a three-way call (points 21, 22).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "explain_options", roles = { "dv" },
          text = "Explain what a team meeting is and what CPS can and cannot require, and offer a call with the worker that Grace leads, with you there.",
          go = "screen_grace",
          rating = "recommended",
          feedback = "Grace gets accurate information about both systems and keeps control of what she shares and how.",
          rationale = "A three-way meeting lets the survivor speak for herself; naming the difference between voluntary and mandated services helps her choose (points 21, 22).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "skip_cps", roles = { "dv" },
          text = "Reassure Grace that your program is voluntary, so she does not need to return the agency's call until she feels ready for it.",
          set = { slipped = true }, go = "screen_grace",
          rating = "concerning",
          feedback = "Your services are voluntary; CPS's are not. Ignoring the call can leave the agency planning with Kofi alone, and can be read against her.",
          rationale = "Name the difference between voluntary and mandated services openly; the survivor needs accurate information to protect herself and the children (points 21, 22).",
          tags = { "collaboration", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------- 2
    scene {
      id = "screen_grace", phase = "family meeting",
      title = "First meeting with Grace",
      speaker = "Grace Mensah",
      text = function(s, role)
        if role == "dv" then
          return para(
            "Grace asks you to sit beside her when the caseworker comes to the program's outreach office; workers never come to the shelter itself. She arrives in her work scrubs, on her way to an afternoon client.",
            "While you wait she goes back to what she told you on her first night, below. She has not decided whether CPS should hear it: 'They'll say the kids aren't safe because of me.'",
            "The caseworker arrives and asks how the children are. Grace shows a photo on her phone: Ama holding a science-fair ribbon. She mentions her new phone, too: Kofi had her old one sharing its location with his.")
        end
        return para(
          "Grace meets you at the advocate program's outreach office, never the shelter, with her advocate beside her. She is in her work scrubs, on her way to an afternoon client. She shows you a photo on her phone: Ama holding a science-fair ribbon.",
          (s.first_contact == "joint"
            and "She already knows the date you set for a joint meeting. 'Will he be there?' is the first thing she asks.")
            or (s.first_contact == "aunt"
              and "She heard the meeting date from her aunt, who heard it from you. 'Does Kofi know it too?' is the first thing she asks.")
            or "'Kwame asks for his dad every night,' she says. 'I'm not trying to keep them from him. I just can't sit across a table from him.'",
          "She got a new phone at the shelter: Kofi had her old one sharing its location with his. You have forty minutes before she has to leave.")
      end,
      reveal = { "threats_gun" },
      reason = "Why did you choose this?",
      discussion = "What does a screening conversation need to cover before any meeting is planned, and how do you ask about fear without making her retell the violence?",
      choices = {
        choice {
          id = "kids_only", roles = { "cps" },
          text = "Keep it light and focused on the children's routines and schooling; the facilitator covers safety questions at the start of every meeting anyway.",
          set = { slipped = true }, go = "release",
          rating = "concerning",
          feedback = "The children matter, but leaving safety to the meeting itself means no one checks the order, her fears or a pause signal before she is in a room.",
          rationale = "Before any joint meeting, check for no-contact orders and safety concerns and agree a signal to pause (point 8).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "full_screen", roles = { "cps" },
          text = "Ask about the order's terms, her fears about any meeting and what she wants for the children, and agree a signal that stops a meeting at once.",
          set = { screened = true }, go = "release",
          rating = "recommended",
          feedback = "You learn that the order bars Kofi from any contact with her, directly or through others, that she dreads being in a room with him, and that she will take off her watch and put it on the table if she needs everything to stop.",
          rationale = "Separate screening: orders, safety concerns, a pause signal; the phone tracking and recent separation are lethality cues to weigh (points 5, 8).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "night_details", roles = { "cps" },
          text = "Ask her to take you through the night she left, step by step, so you have her account to put to Kofi.",
          set = { slipped = true }, go = "release",
          rating = "harmful",
          feedback = "A detailed retelling is not needed to plan a meeting, and gathering her account in order to confront him with it sets her up for retaliation. The police report already records what officers saw.",
          rationale = "Confront the perpetrator with third-party evidence, never with what the survivor disclosed; avoid retelling that the decision does not need (point 10).",
          tags = { "trauma_informed", "perpetrator_accountability" },
        },
        choice {
          id = "sell_joint", roles = { "cps" },
          text = "Explain that joint meetings usually settle things faster, and ask whether she could manage one if her advocate comes too.",
          set = { slipped = true }, go = "release",
          rating = "concerning",
          feedback = "Grace may agree just to please the agency deciding about her children. The question is what is safe, not what is quickest.",
          rationale = "Screening asks about orders, fears and a pause signal; the format follows from safety, case by case (points 8, 9, 11).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "speak_for_her", roles = { "dv" },
          text = "Answer the worker's questions for Grace where you can, so that she does not have to go over her fear and the order again before work.",
          set = { slipped = true }, go = "release",
          rating = "concerning",
          feedback = "Speaking for her takes away her voice in a process about her own children, and you may say more than she would choose to.",
          rationale = "The survivor speaks for herself in a three-way meeting; the advocate shares nothing she has not released (points 18, 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "stay_quiet", roles = { "dv" },
          text = "Stay in the background and let Grace and the worker talk; step in only if she asks.",
          go = "release",
          rating = "acceptable",
          feedback = "Her voice stays central, but no one raises the order's terms or a way to stop a meeting unless she thinks of it herself.",
          rationale = "Screening should cover orders, safety concerns and a pause signal; the advocate can help the survivor raise them (points 8, 21).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "tell_gun_now", roles = { "dv" },
          text = "Tell the worker about the gun and the threat yourself; it is too important to wait.",
          set = { in_file = true, slipped = true }, go = "release",
          rating = "harmful",
          feedback = "The danger is real, but telling CPS without Grace's written release breaks her confidence and the rules your program works under. Ask her whether, and how, she wants it shared.",
          rationale = "No release, no sharing. In this state the exceptions are child-abuse reports that statute compels and court orders; a threat against Grace is neither (points 18, 20).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "prep_and_choose", roles = { "dv" },
          text = "Let Grace lead, and before the questions start, help her bring up the order's terms, the room she dreads, and a sign for a pause.",
          set = { screened = true }, go = "release",
          rating = "recommended",
          feedback = "Grace tells the worker herself that the order bars any contact, that she dreads a shared room, and that she will take off her watch and put it on the table if she needs everything to stop.",
          rationale = "Separate screening covers orders, safety concerns and a pause signal, with the survivor speaking for herself (points 8, 21).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
      },
    },

    ---------------------------------------------------------------- 3
    scene {
      id = "release", phase = "information sharing",
      title = "What the agency should know",
      speaker = { cps = "The advocate", dv = "Grace Mensah" },
      text = function(s, role)
        if role == "dv" then
          return para(
            "The caseworker asks whether there is anything about safety the agency should know. Grace turns to you: 'What happens if I tell them about the gun?'",
            "She has real options: say it herself now, sign your program's own release (specific, written, time-limited, naming this one agency), or keep it to herself. The caseworker has also brought the agency's two-page consent form, which covers 'all records, all agencies, until the case closes.'",
            "Whatever CPS writes down may one day be read by Kofi's lawyer.")
        end
        return para(
          s.slipped and "Grace has said less and less as the conversation went on." or "",
          "Near the end, the advocate says Grace may have something about safety she wants you to know, and that the program can pass it on only with Grace's informed, written, time-limited release.",
          "Your supervisor's rule of thumb is 'get everything before the meeting.' The agency's own consent form, in your folder, covers 'all records, all agencies, until the case closes.' Grace glances at the clock; her client is waiting.")
      end,
      discussion = "What makes consent informed? Compare the program's release with the agency's form: what does each let travel, to whom, and for how long?",
      choices = {
        choice {
          id = "off_record", roles = { "cps" },
          text = "Ask the advocate to tell you informally, just between professionals who trust each other, so nothing has to be in writing yet.",
          set = { slipped = true }, go = "appointments",
          rating = "concerning",
          feedback = "An informal word still breaks the program's confidentiality. A good working relationship is not a release, and the advocate should say no.",
          rationale = "Collegial trust or a team agreement is no substitute for the survivor's own release (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "condition", roles = { "cps" },
          text = "Tell the advocate that if the program will not share what it knows, you will have to note that the mother is not cooperating.",
          set = { slipped = true }, go = "appointments",
          rating = "harmful",
          feedback = "Threatening a 'non-cooperation' note turns a release into a condition, which the law forbids, and tells Grace that CPS will hold her safety against her. She shares nothing.",
          rationale = "A release can never be a condition of service; blaming framings push survivors away (points 18, 22).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "agency_form", roles = { "cps" },
          text = "Hand Grace the agency's standard consent form: one signature covers everything you need, and she is already short of time.",
          set = { safety_shared = true, in_file = true, slipped = true }, go = "appointments",
          rating = "concerning",
          feedback = "A blanket, open-ended form is not informed consent to share something specific. Signed in a hurry, it pulls her shelter records and plans into a file others will read.",
          rationale = "One release per agency, specific and time-limited; anything in CPS records may reach the perpetrator (points 17, 18, 19).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "ask_specific", roles = { "cps" },
          text = "Say that nothing depends on it, and ask whether Grace wants to sign the program's release, tell you herself, or do neither.",
          set = { safety_shared = true }, go = "appointments",
          rating = "recommended",
          feedback = "Grace decides. With the advocate beside her she signs the program's release (this one safety concern, thirty days, your agency only) and asks that it never be put to Kofi as coming from her.",
          rationale = "A release is informed, written, time-limited and never a condition of service; the survivor can also speak for herself (points 18, 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "agency_form_ok", roles = { "dv" },
          text = "Tell Grace the agency's form is fine to sign; it saves everyone paperwork, and the caseworker seems to be on her side.",
          set = { safety_shared = true, in_file = true, slipped = true }, go = "appointments",
          rating = "concerning",
          feedback = "A blanket form covering all records until the case closes is not informed consent to share one concern. It would pull her shelter records and plans into a file others will read.",
          rationale = "Releases are specific, written and time-limited, one per agency; CPS records can reach the perpetrator (points 17, 18, 19).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "discourage", roles = { "dv" },
          text = "Advise Grace not to mention the gun for now; CPS might decide the children are unsafe with her, and she wants to keep them.",
          set = { slipped = true }, go = "appointments",
          rating = "concerning",
          feedback = "That decision is Grace's, made with accurate information. Steering her away keeps a serious lethality cue out of the plan, and a gun in his car matters at every handover.",
          rationale = "Gun access and threats to kill are lethality cues; the survivor decides what to share, with the facts (points 5, 21).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "explain_release", roles = { "dv" },
          text = "Go through the choices with her, and who may read CPS records; if she decides to share, offer the program's own release, for a month.",
          set = { safety_shared = true }, go = "appointments",
          rating = "recommended",
          feedback = "Grace understands the trade-offs. She decides to share the gun and the threat, and nothing else, and asks that Kofi never hear it came from her.",
          rationale = "An informed, written, time-limited release for one agency; what CPS holds may reach the perpetrator (points 17, 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "decide_later", roles = { "dv" },
          text = "Tell Grace there is no hurry; she can decide after the meeting, once she has seen for herself how the agency treats her and the children.",
          go = "appointments",
          rating = "acceptable",
          feedback = "No pressure is right, but the meeting will then be planned without a known risk. She might want to decide before it.",
          rationale = "The survivor decides on a release; the timing affects whether lethality cues reach the plan (points 5, 18).",
          tags = { "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------- 3b
    scene {
      id = "appointments", phase = "family meeting",
      title = "Missed asthma checks",
      speaker = { cps = "The children's clinic", dv = "The caseworker" },
      text = function(s, role)
        if role == "dv" then
          return para(
            "Two days later the children's clinic tells the caseworker that Kwame missed his last two asthma checks and that his controller inhaler ran out a week ago. Grace has not been sleeping. She told you, and no one else, that she has been taking sleeping pills a friend gave her, some nights with a glass of wine, and that twice she slept through the alarm.",
            "The caseworker calls you before writing anything. 'I'm not treating this as neglect. Kwame needs his inhaler and his checks, and his mom needs sleep. Can we sort it out with her, today?' She has already found a clinic slot for Friday.",
            "Grace, when you tell her, says flatly: 'So now they'll say I'm a bad mother.'")
        end
        return para(
          "Two days later the children's clinic calls you. Kwame missed his last two asthma checks, and his controller inhaler ran out a week ago. The nurse says his mother 'sounded out of it' on the phone.",
          "When you first called the program about the children's health care, she told you it was 'all in hand' and asked you not to call the clinic. It was not in hand. She says now she was afraid the agency would build a case against Grace.",
          "On a call the program sets up, Grace is slow and flat. She tells you she has been taking sleeping pills a friend gave her, some nights with a glass of wine, since she left. Twice she slept through the morning. 'Go on. Write that I'm a bad mother.'")
      end,
      reason = "Why did you choose this?",
      discussion = "A mother who is depressed or self-medicating after abuse can look like a neglectful one. What in this case tells you which it is, and what would partnering with her look like on the page?",
      choices = {
        choice {
          id = "partner_health", roles = { "cps" },
          text = "Ask Grace what has made mornings so hard since she left, then agree the Friday slot, a refill today, a ride, and a doctor for her sleep.",
          go = "kofi_and_kids",
          rating = "recommended",
          feedback = "Grace cries, then says the nights are when she hears him at the door. She takes the Friday slot and the ride, and says she will see a doctor about sleep. The pills go back to her friend. Kwame has his inhaler by evening.",
          rationale = "Her coping follows from the abuse; partner with the protective parent and record her efforts, and keep the harm attributed to his behavior (points 2, 4, 7, 13).",
          tags = { "survivor_partnership", "child_safety" },
        },
        choice {
          id = "neglect_finding", roles = { "cps" },
          text = "Write up a medical-neglect concern for the missed checks and the pills: the facts meet the definition, and a finding opens services to her faster.",
          set = { neglect_noted = true, slipped = true }, go = "kofi_and_kids",
          rating = "concerning",
          feedback = "The facts are real, and Kwame's care did lapse. But written as her neglect, the record now says the problem is Grace, not what Kofi's violence did to her sleep and her mornings, and it will sit in a file his lawyer can read.",
          rationale = "Depression and self-medication after abuse invite a neglect finding; attribute harm to the perpetrator's behavior and document her protective efforts (points 2, 13, 14, 17).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "screens_first", roles = { "cps" },
          text = "Require a substance-use assessment and weekly drug screens before planning goes further, and ask shelter staff to check on her each morning.",
          set = { slipped = true }, go = "kofi_and_kids",
          rating = "concerning",
          feedback = "Kwame needs an inhaler this week, not a screening calendar. Conditions set before anyone asks what is behind the pills tell Grace that talking to you costs her, and the shelter will not report on her mornings.",
          rationale = "Partner with the non-offending parent before conditions; a DV program's confidentiality does not bend to monitoring requests (points 2, 18).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "let_it_pass", roles = { "cps" },
          text = "Let the missed checks pass for now: Grace is a victim under great strain, and pressing her about pills could push her away from the agency.",
          set = { slipped = true }, go = "kofi_and_kids",
          rating = "concerning",
          feedback = "Kindly meant, but a four-year-old with asthma and no inhaler is a child-safety matter this week. Partnering with her means solving it with her, not looking away.",
          rationale = "Partnering with a survivor includes the children's real needs; her coping is part of the picture to plan around, not to ignore (points 2, 7).",
          tags = { "child_safety", "survivor_partnership" },
        },
        choice {
          id = "drop_advocate", roles = { "cps" },
          text = "Tell the program's director the advocate misled the agency, and ask that contact with Grace go through shelter staff from now on, not through her.",
          set = { slipped = true }, go = "kofi_and_kids",
          rating = "concerning",
          feedback = "The advocate was wrong, and it cost Kwame a week without his inhaler. Say so to her directly. Going over her head to remove Grace's chosen supporter punishes Grace for it, and shelter staff will not report on her either.",
          rationale = "Each discipline errs; name it between colleagues and keep working through the survivor's chosen route (points 21, 22, 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "with_worker", roles = { "dv" },
          text = "Get Grace and the caseworker on a call, and help Grace book the Friday slot and, if she likes, see a doctor about her sleep.",
          go = "kofi_and_kids",
          rating = "recommended",
          feedback = "The worker is doing this well, and Grace hears it from her: the clinic, a ride, no finding. Grace decides to tell her about the pills herself, and about the nights when she hears Kofi at the door.",
          rationale = "CPS staff also do excellent work; a survivor who self-medicates still gets partnered with, and she speaks for herself (points 2, 7, 21).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "shield_her", roles = { "dv" },
          text = "Tell the caseworker the shelter has Kwame's health in hand and ask her to leave it with you; Grace is too fragile for agency calls today.",
          set = { slipped = true }, go = "kofi_and_kids",
          rating = "concerning",
          feedback = "It was not in hand, and this worker was offering exactly the partnership Grace needs. Shielding her from a good caseworker delays Kwame's care and tells the agency the program cannot be trusted on facts.",
          rationale = "Advocates err too: keeping a willing CPS worker away from a child's unmet medical need helps no one; the survivor can speak for herself (points 21, 22).",
          tags = { "collaboration", "child_safety" },
        },
        choice {
          id = "pills_private", roles = { "dv" },
          text = "Tell Grace the pills are understandable after what she has been through, and nothing she owes CPS an account of; you will keep it between you.",
          set = { slipped = true }, go = "kofi_and_kids",
          rating = "concerning",
          feedback = "It stays confidential either way; that is her right. But telling her it is nothing skips her sleep, her safety with pills and wine, and the trade-offs of talking to a worker who is on her side.",
          rationale = "Survivor-directed means informed: she decides what to share, knowing the facts about both systems and her own health (points 18, 21, 22).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "tell_pills", roles = { "dv" },
          text = "Tell the caseworker about the pills and the wine yourself, so she sees the program is being straight with her after the missed checks.",
          set = { in_file = true, slipped = true }, go = "kofi_and_kids",
          rating = "harmful",
          feedback = "Honesty with a colleague is not a release. What Grace told you about the pills is hers, and spoken for her it goes into a file Kofi's lawyer may read.",
          rationale = "No sharing without an informed, written, time-limited release; speaking a survivor's disclosure for her is harmful in every case (points 17, 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------- 4
    scene {
      id = "kofi_and_kids", phase = "family meeting",
      title = "Kofi and the children",
      speaker = { cps = "Kofi Asante", dv = "Grace Mensah" },
      text = function(s, role)
        if role == "dv" then
          return para(
            "Back at the shelter, Grace is folding laundry while Kwame builds a tower of paper cups. 'He's a good dad to Kwame,' she says. 'He just uses them. He used to ask Ama where I'd been all day, and she'd tell him.'",
            "She wants the children to see their father, but not to hand them over herself. Aunt Esi has offered: 'Bring them to my place on Sundays; Kofi can come by.'",
            "Ama, 14, has her own ideas. She has been texting her dad from her own phone, and she told Grace last night: 'I'm not telling him where we are. But I want to say myself what visits look like. Nobody asks me anything.' Grace asks what you think.")
        end
        local third
        if s.screened then
          third = "From Grace you know the order bars him from any contact with her, directly or through other people."
        elseif s.first_contact ~= "none" then
          third = "He already has the date: 'So next week we all sit down like adults?'"
        else
          third = "You have not yet seen the terms of the order."
        end
        return para(
          "Kofi comes to the agency on his way to the warehouse, where he supervises the night loading crew, already in his high-visibility vest. He shows you a video of Kwame wobbling along on a balance bike. 'I taught him that. Every Saturday we go to the barber together. Twelve days now without his father.'",
          "He calls the night of his arrest 'an argument that got loud' and says Grace 'has people in her ear.' Then he asks which school Ama goes to now. 'I went to her old school twice and they told me nothing. I have a right to know where my kids are.'",
          third .. " His shift starts in forty minutes.")
      end,
      discussion = "How do you keep a father in his children's lives when he has used them to track their mother? What does a 14-year-old get to decide, and what should she not have to carry?",
      choices = {
        choice {
          id = "policy_screen", roles = { "cps" },
          text = "Tell him, as the agency's rule, that the children's whereabouts stay private under an order; then ask about the order, his worries, his hopes.",
          go = "fit",
          rating = "recommended",
          feedback = "He hears a rule that applies to everyone, not a decision Grace made. You learn how he reads the order, and that what he talks about most is Kwame.",
          rationale = "Screen the father separately; keep location out and frame limits as agency practice, not her request (points 8, 9, 12).",
          tags = { "perpetrator_accountability", "confidentiality" },
        },
        choice {
          id = "reassure_location", roles = { "cps" },
          text = "Reassure him the children are safe and settled at a shelter across town, and that Ama is doing well at her new school and misses him.",
          set = { leak = true, slipped = true }, go = "fit",
          rating = "harmful",
          feedback = "'A shelter across town' and 'her new school' narrow a search he has already started at the old school. Location is identifying information.",
          rationale = "The survivor's location never comes up in front of the perpetrator; his school visits are part of a pattern, not a one-off (points 4, 12).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "skip_screen", roles = { "cps" },
          text = "Keep it short: tell him a meeting is coming and you will send the details by letter, so he goes back to work calm and on time.",
          set = { slipped = true }, go = "fit",
          rating = "concerning",
          feedback = "You leave without knowing how he reads the order, whom he might bring, or what would set him off: the screening any meeting depends on.",
          rationale = "Each parent is screened separately before any joint meeting (point 8).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "grace_decided", roles = { "cps" },
          text = "Tell him honestly that Grace has asked that he not be told where they are, so that part is out of your hands for now.",
          set = { blamed_her = true, slipped = true }, go = "fit",
          rating = "concerning",
          feedback = "It may feel honest, but putting the decision on Grace makes her the target of his anger. The rule should come from the agency.",
          rationale = "Present safety measures as standard policy, never as the survivor's request (points 9, 10).",
          tags = { "confidentiality", "perpetrator_accountability" },
        },
        choice {
          id = "visit_center", roles = { "dv" },
          text = "Talk through visits run by trained staff at a neutral place, with arrivals at separate times and talk kept off where they live.",
          set = { visits = "center" }, go = "fit",
          rating = "recommended",
          feedback = "The children can see their father without Grace or the shelter being exposed, and staff can stop him asking Ama where they live.",
          rationale = "Plan around his use of the children against her; location stays out of every handover (points 4, 12).",
          tags = { "child_safety", "confidentiality" },
        },
        choice {
          id = "aunt_sundays", roles = { "dv" },
          text = "Say that Sundays at Aunt Esi's, supervised by family, sound like a warm option, and Grace would not have to see Kofi herself.",
          set = { visits = "aunt", slipped = true }, go = "fit",
          rating = "concerning",
          feedback = "Unsupervised time at the home of a relative who talks to Kofi daily gives him a route to Ama's answers and to Grace's routines, and puts Esi in the middle.",
          rationale = "Using the children to track the mother is part of his pattern; her whereabouts must not travel through visits (points 4, 12).",
          tags = { "child_safety", "confidentiality" },
        },
        choice {
          id = "ama_voice", roles = { "dv" },
          text = "Suggest Ama meet the caseworker herself to say what visits should look like, and go over with her what her phone and photos can give away.",
          go = "fit",
          rating = "recommended",
          feedback = "At fourteen Ama has views worth hearing, and she can hold her own line with her father if she knows how a photo or a shared location can travel. She keeps texting him, with the location off.",
          rationale = "Young people have views of their own; exposure affects each child differently; a child's feelings and safety plan stay hers (points 20, 23).",
          tags = { "child_safety", "trauma_informed" },
        },
        choice {
          id = "take_phone", roles = { "dv" },
          text = "Suggest Grace keep Ama's phone until the case settles; one text or one photo with a school logo could show him where they are.",
          set = { slipped = true }, go = "fit",
          rating = "concerning",
          feedback = "The risk is real, but taking the phone cuts Ama off from her father and her friends at once, and a teenager who loses a phone usually finds another one, in secret. Teach her what gives a place away instead.",
          rationale = "Exposure affects each child differently and young people have views of their own; the plan is built with them, not around them (points 7, 23).",
          tags = { "child_safety", "survivor_partnership" },
        },
        choice {
          id = "no_contact_advice", roles = { "dv" },
          text = "Tell Grace contact is too risky for now, and she should refuse all visits until the criminal case ends.",
          set = { slipped = true }, go = "fit",
          rating = "concerning",
          feedback = "Your worry is understandable, but the choice is hers, and the children's bond with their father can often be kept safely. Offer options, not a ruling.",
          rationale = "Advocacy is survivor-directed; engaging the father as a father is part of the plan (points 10, 21).",
          tags = { "survivor_partnership", "child_safety" },
        },
      },
    },

    ---------------------------------------------------------------- 5
    scene {
      id = "fit", phase = "family meeting",
      title = "The meeting's format",
      speaker = "Joan Pruitt, meeting facilitator",
      text = function(s, role)
        if role == "dv" then
          return para(
            "Joan Pruitt, the meeting facilitator, calls you; Grace has said she may. 'Our default is one table: parents, relatives, providers. Will you be there with her?'",
            s.screened
              and "Grace told you this morning what she wants: to be heard about the children, with her aunt's support if possible, but not to sit across from Kofi."
              or "Grace has said little about the format. She wants the children to see their father, and she goes quiet whenever the room comes up.",
            "Joan does not know what you know, below. What you say next will shape what she recommends to the agency.")
        end
        return para(
          "Joan Pruitt, the facilitator, needs a decision by Friday. The agency checklist says 'team meeting within 14 days; parents, relatives and providers around one table,' but policy lets you adapt the format in domestic violence cases, or decide a conference does not fit.",
          "What you have: a police report of marks on Grace's neck and Kofi's arrest; an order of protection "
            .. (s.screened and "barring any contact with Grace" or "whose terms you have not checked")
            .. "; a recent separation; a father who minimizes the assault and has twice gone to Ama's old school looking for her. "
            .. (s.screened
                and "Grace wants the children to see him and wants a say, but not at his table."
                or "You are not sure what Grace wants from a meeting."),
          (s.first_contact == "joint" and "Kofi already has a date from you for a joint meeting.")
            or (s.first_contact == "aunt" and "Through Esi, both parents already have a date for a joint meeting.")
            or "Esi Darko has called again to ask for a seat.")
      end,
      reveal = { "threats_gun" },
      reason = "What in this case decided the format for you?",
      discussion = "Does a family team conference suit this case at all? What would have to be true for a joint meeting to be safe here, and who decides?",
      choices = {
        choice {
          id = "joint_unchecked", roles = { "cps" },
          when = function(s) return not s.screened end,
          text = "Hold the standard joint meeting, with a guard downstairs and the advocate beside Grace; policy expects one table.",
          set = { format = "joint", slipped = true }, go = "joint_prep",
          rating = "concerning",
          feedback = "With a strangulation report, a recent separation and an order whose terms you have not checked, one table is not a given. A guard downstairs does not make the room safe for her.",
          rationale = "Fit is decided case by case; when the survivor's safety plan is on the table, hold separate sessions (points 5, 9, 11).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "joint_anyway", roles = { "cps" },
          when = function(s) return s.screened end,
          text = "Hold the standard joint meeting anyway, with a guard downstairs; the order is the criminal court's business, and this is a child welfare meeting.",
          set = { format = "joint", slipped = true }, go = "joint_prep",
          rating = "harmful",
          feedback = "You know the order bars any contact with Grace. Seating them at one table may put Kofi in breach and puts Grace in the room she told you she dreads.",
          rationale = "Check for no-contact orders before any joint meeting and let them shape the format; fit is decided case by case (points 8, 9, 11).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "no_conference", roles = { "cps" },
          text = "Decide a conference does not fit this case for now: plan with each parent individually and join the pieces up yourself.",
          set = { format = "none" }, go = "no_conference",
          rating = "acceptable",
          feedback = "A defensible judgment with a strangulation report and an active order. You lose the family-team elements Grace asked for, so build her voice and her support into the individual planning.",
          rationale = "Whether a family team conference suits a DV case is decided case by case (points 5, 11).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "adapted_separate", roles = { "cps" },
          text = "Hold the conference, adapted: a separate session for each parent, on different days, with the agency joining up the plan.",
          set = { format = "separate" }, go = "framing",
          rating = "recommended",
          feedback = "This keeps what a team meeting offers (Grace's voice, family support, a shared plan) without putting her in a room with the man the order protects her from.",
          rationale = "Case-by-case fit; separate sessions when the survivor's safety plan is on the table, with strangulation and separation weighed as lethality cues (points 5, 9, 11).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "joan_decides", roles = { "dv" },
          text = "Say the format is the agency's call, and you will go along with whatever Joan sets up, as long as Grace can bring you.",
          set = { format = "joint", slipped = true }, go = "joint_prep",
          rating = "concerning",
          feedback = "The agency's default is one table. Without Grace's view in front of Joan, that default is what happens.",
          rationale = "Format is decided case by case, and the advocate carries the survivor's view into it (points 9, 11).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "relay_separate", roles = { "dv" },
          text = "Check with Grace, then tell Joan what she authorizes: separate sessions only, put to Kofi as the agency's practice.",
          set = { format = "separate" }, go = "framing",
          rating = "recommended",
          feedback = "You carry Grace's decision, not her reasons, and you protect her from being blamed for the format.",
          rationale = "Separate sessions when her safety plan is on the table, presented to him as policy; the advocate shares only what the survivor authorises (points 9, 18, 21).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "question_fit", roles = { "dv" },
          text = "Say that, given the order, you question whether a conference suits this case at all, and ask Joan to plan with each parent instead.",
          set = { format = "none" }, go = "no_conference",
          rating = "acceptable",
          feedback = "A fair question, since fit is decided case by case. Make sure it is Grace, not you, who decides whether she wants a family meeting.",
          rationale = "Conference fit is decided case by case; advocacy follows the survivor's wishes (points 11, 21).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "sit_beside", roles = { "dv" },
          text = "Say yes: you will sit next to Grace at the joint meeting, so she is not alone with him and has someone who knows her story.",
          set = { format = "joint", slipped = true }, go = "joint_prep",
          rating = "concerning",
          feedback = "Your presence does not make the room safe. It also puts a shelter advocate's face and name in front of Kofi, which itself points toward where Grace is.",
          rationale = "Separate sessions when her safety plan is on the table; the advocate's details never come up in front of the perpetrator (points 9, 12).",
          tags = { "confidentiality", "risk_assessment" },
        },
      },
    },

    ---------------------------------------------------------------- 6a (separate sessions)
    scene {
      id = "framing", phase = "family meeting",
      title = "Setting up the sessions",
      speaker = { cps = "Kofi Asante", dv = "Joan Pruitt, meeting facilitator" },
      text = function(s, role)
        if role == "dv" then
          return para(
            "Joan agrees to separate sessions and asks, through you, how Grace would like her part arranged. Grace works mornings and some afternoons; Ama finishes school at three; Kwame is in the shelter's playroom most days.",
            "Joan mentions that Kofi keeps asking whether Grace will be there, and that the agency's easiest slot is one afternoon with both sessions back to back in the same building.",
            "Grace is at work. She has asked you to sort out the details with Joan and tell her tonight.")
        end
        return para(
          "Joan books Grace's session for Tuesday at the agency's satellite office and Kofi's for Thursday at the main office. She asks you to let Kofi know how the sessions will work.",
          (s.blamed_her and "Kofi already believes Grace is behind the secrecy about the children. " or "")
            .. "He calls while you have the calendar open: 'So when's the meeting? Is she coming? I want to sit down like adults.'",
          "How he hears your answer will shape how he walks in on Thursday, and what he says to Grace's family in between.")
      end,
      discussion = "Why should the separation be presented to the father as standard practice rather than as the mother's wish? What does each framing do to her safety and to his engagement?",
      choices = {
        choice {
          id = "say_grace", roles = { "cps" },
          text = "Tell him honestly that Grace did not feel able to be in the same room, and that the agency respects what she asked for.",
          set = { blamed_her = true, slipped = true }, go = "aunt",
          rating = "concerning",
          feedback = "It is true, but it hands him a grievance against her and tells him she is afraid, which is information he can use.",
          rationale = "Present separate sessions to the perpetrator as standard policy, not the survivor's request (point 9).",
          tags = { "perpetrator_accountability", "confidentiality" },
        },
        choice {
          id = "say_policy", roles = { "cps" },
          text = "Tell him separate sessions are how the agency works under a protective order, and Thursday is his time about the children.",
          go = "aunt",
          rating = "recommended",
          feedback = "The rule is the agency's, so there is nothing to hold against Grace, and he hears that his session is about him as a father.",
          rationale = "Separation presented as policy; engagement as a father from the first contact (points 9, 10).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "not_tell", roles = { "cps" },
          text = "Do not mention Grace's session; confirm Thursday and let him hear the rest on the day, when Joan can explain the agency's practice.",
          set = { slipped = true }, go = "aunt",
          rating = "concerning",
          feedback = "A surprise on the day is when anger peaks, and he may come early or wait around hoping to see her.",
          rationale = "Screening and clear framing before the meeting reduce risk on the day (points 8, 9).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "say_police", roles = { "cps" },
          text = "Tell him plainly that because of his arrest, the agency will not put him in a room with Grace, on the same day or on different ones.",
          go = "aunt",
          rating = "acceptable",
          feedback = "Accurate, and it keeps the reason on his conduct rather than on her. Framed as standard practice, it would do the same with less heat before you have engaged him.",
          rationale = "Separation as policy keeps the focus off the survivor; accountability works best alongside engagement (points 9, 10).",
          tags = { "perpetrator_accountability" },
        },
        choice {
          id = "same_day", roles = { "dv" },
          text = "Say back-to-back sessions on one afternoon are fine; different days would cost Grace another shift, and the building has a guard.",
          set = { same_day = true, slipped = true }, go = "aunt",
          rating = "concerning",
          feedback = "Same-day sessions in one building invite a meeting in the lobby or the parking lot. A different day costs little.",
          rationale = "Separate sessions only protect her if the two parents cannot meet on the way in or out (points 9, 12).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "grace_calls", roles = { "dv" },
          text = "Suggest Grace sort out the days and offices with Joan directly tomorrow, with you on the line, so the details are her own.",
          go = "aunt",
          rating = "acceptable",
          feedback = "Good for her voice. Make sure someone asks for different days and for the separation to be framed to Kofi as policy.",
          rationale = "The survivor speaks for herself; the separation should reach him as policy (points 9, 21).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "logistics", roles = { "dv" },
          text = "Ask for Grace's session on another day and at another office from Kofi's, and for him to hear the split as agency practice.",
          go = "aunt",
          rating = "recommended",
          feedback = "Different days and places remove the chance of a meeting in the parking lot, and the policy framing keeps her out of his anger.",
          rationale = "Separate sessions, presented as policy; her whereabouts and schedule stay out of his reach (points 9, 12).",
          tags = { "risk_assessment", "confidentiality" },
        },
        choice {
          id = "grace_request_ok", roles = { "dv" },
          text = "Tell Joan she can say Grace asked for separate sessions; Kofi will work it out anyway, and honesty may calm him down.",
          set = { blamed_her = true, slipped = true }, go = "aunt",
          rating = "concerning",
          feedback = "He may suspect it, but hearing it from the agency confirms it and gives him a grievance against her.",
          rationale = "Present the separation as policy, never as the survivor's request (point 9).",
          tags = { "confidentiality", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------- 6b (joint meeting planned)
    scene {
      id = "joint_prep", phase = "family meeting",
      title = "Before Thursday's meeting",
      speaker = { cps = "Joan Pruitt, meeting facilitator", dv = "Grace Mensah" },
      text = function(s, role)
        if role == "dv" then
          return para(
            "The joint meeting is set for Thursday at ten in the agency's large conference room. Grace has taken the morning off work. She wants Esi there, and asks you what it will be like.",
            (s.screened
              and "She reminds you of the signal she agreed: she will take off her watch and put it on the table."
              or "She asks what she should do if it all becomes too much.")
              .. " Kofi will come straight from a night shift.",
            "With Grace's agreement, you could still ask Joan to change the format.")
        end
        return para(
          "Joan has booked the large conference room for Thursday at ten: Grace with her advocate, Kofi straight from a night shift, and perhaps Esi. The guard desk is two floors down, by the main entrance both parents would use.",
          s.screened
            and "Joan asks: 'The order bars contact with her. Does a meeting we host count as contact? I honestly don't know.'"
            or "You still have not seen the order's terms.",
          s.screened
            and "Grace has a pause signal agreed with you. You have two days to set this up."
            or "No one has agreed a way for Grace to stop the meeting. You have two days to set this up.")
      end,
      discussion = "If a joint meeting goes ahead, what has to be in place before anyone walks in? Is it ever too late to change the format, and who pays for the change?",
      choices = {
        choice {
          id = "as_booked", roles = { "cps" },
          text = "Go ahead as booked; Joan has run dozens of these meetings, the guard is in the building, and a change now would unsettle both parents.",
          set = { slipped = true }, go = "aunt",
          rating = "harmful",
          feedback = "Nothing has been set up to stop the meeting, keep the parents apart in the building, or get Grace out first. Experience is not a safety plan.",
          rationale = "Screening, a pause signal and a safety plan for the day come before any joint meeting; separate sessions when her safety plan is on the table (points 8, 9).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "reconsider", roles = { "cps" },
          text = "Switch to separate sessions, a few days apart, and tell Kofi the agency does this as standard when there is a protective order.",
          set = { format = "separate" }, go = "aunt",
          rating = "recommended",
          feedback = "Changing course costs a phone call. What you know now does not fit one table, and the policy framing keeps Grace out of it.",
          rationale = "Fit is decided case by case and can be revisited; separation is presented as policy (points 9, 11).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "safeguards", roles = { "cps" },
          text = "Keep the joint meeting, and add staggered arrivals, separate waiting rooms, a guard at the door, and a pause signal agreed with both.",
          set = { safeguards = true }, go = "aunt",
          rating = "acceptable",
          act = "joint_meeting_safeguards",
          feedback = "Real damage limitation: Grace can stop the meeting and leave first, and the parents never share a hallway. But the safeguards manage a room the facts say she should not be in, and her safety plan will be discussed in front of him.",
          rationale = "Safeguards for a joint meeting are rated acceptable here as in every case: a pause signal, staggered arrival and exits are the minimum; separate sessions remain the better call when her safety plan is on the table (points 8, 9).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "let_it_go", roles = { "dv" },
          text = "Tell Grace you will be right beside her the whole time and that Joan is good at this; too much planning may only make her more anxious.",
          set = { slipped = true }, go = "aunt",
          rating = "concerning",
          feedback = "Reassurance is not a plan. Nothing keeps the parents apart in the building or gets Grace out first if it goes wrong.",
          rationale = "Before a joint meeting: orders, safety concerns and a way to stop it; ideally separate sessions (points 8, 9).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "plan_pause", roles = { "dv" },
          text = "Prepare Grace for the room: the pause signal, a seat near the door, a side entrance, and leaving first while Kofi is held back.",
          set = { safeguards = true }, go = "aunt",
          rating = "acceptable",
          act = "joint_meeting_safeguards",
          feedback = "Solid damage limitation that gives Grace some control. The better move is still to ask, with her agreement, for separate sessions.",
          rationale = "A pause signal and an exit plan are the minimum for a joint meeting; separate sessions remain the standard here (points 8, 9).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "ask_separate_now", roles = { "dv" },
          text = "With Grace's agreement, call Joan back and ask for separate sessions on different days, put to Kofi as the agency's practice.",
          set = { format = "separate" }, go = "aunt",
          rating = "recommended",
          feedback = "It is not too late. Joan agrees, and Kofi will hear it as the agency's practice.",
          rationale = "Separate sessions when the survivor's safety plan is on the table, presented as policy (points 9, 11).",
          tags = { "survivor_partnership", "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------- 6c (no conference)
    scene {
      id = "no_conference", phase = "family meeting",
      title = "Planning without a conference",
      speaker = { cps = "Joan Pruitt, meeting facilitator", dv = "Grace Mensah" },
      text = function(s, role)
        if role == "dv" then
          return para(
            "Joan tells you the agency will not hold a team conference for now, and will plan with each parent separately. She asks how Grace wants to take part in her own planning, and whether her aunt should be involved.",
            "Grace is relieved, and a little disappointed. 'I wanted Auntie to hear me say it, that I'm not keeping them from him.' She can take one afternoon off this week; her clients need her the rest.",
            "She asks you how this kind of planning usually works.")
        end
        return para(
          "You tell Joan there will be no team conference for now; you will plan with each parent on their own and join the pieces up yourself. Joan agrees, and notes that Grace had asked to have a say and to have her aunt's support.",
          "Kofi calls for 'the meeting date.' Esi has left another message. "
            .. (s.first_contact ~= "none" and "Both of them have the date that went out earlier, which now needs undoing." or "Neither knows yet how things will run."),
          "How you set up the individual planning decides whose voice the plan is built on.")
      end,
      discussion = "Without a conference, how does the survivor's voice, and her family's support, still reach the plan? What does individual planning lose?",
      choices = {
        choice {
          id = "kofi_only", roles = { "cps" },
          text = "Book most of the planning with Kofi at the main office, since Grace's needs are already covered by the shelter and its advocate.",
          set = { slipped = true }, go = "aunt",
          rating = "concerning",
          feedback = "A plan built with the father alone is shaped around his wishes. Grace is the children's protective parent and has the most to tell you about what keeps them safe.",
          rationale = "Partner with the non-offending parent; her protective efforts belong in the plan (points 2, 7).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "letter_plan", roles = { "cps" },
          text = "Write to each parent with a proposed plan and a date for comments, so each can answer in their own time and words.",
          go = "aunt",
          rating = "acceptable",
          feedback = "Low risk, but a letter engages no one, and Kofi's letter must carry no trace of where Grace or the children are.",
          rationale = "Case-by-case planning without a conference still needs each parent engaged; location stays out of anything he receives (points 10, 11, 12).",
          tags = { "collaboration" },
        },
        choice {
          id = "individual_voice", roles = { "cps" },
          text = "Book a session with Grace and her advocate (Esi too, if Grace likes), and one with Kofi; tell Kofi it is how the agency works.",
          go = "aunt",
          rating = "recommended",
          feedback = "Both parents are heard, on their own ground, and Kofi hears the arrangement as the agency's practice.",
          rationale = "Case-by-case choice of format; separation presented as policy; the survivor's voice in the plan (points 9, 11, 21).",
          tags = { "survivor_partnership", "perpetrator_accountability" },
        },
        choice {
          id = "represent_her", roles = { "dv" },
          text = "Offer to attend the planning on Grace's behalf, whether or not Esi joins, so she does not lose another afternoon of work.",
          set = { slipped = true }, go = "aunt",
          rating = "concerning",
          feedback = "Kind, but the agency needs to hear Grace, and you can share nothing she has not released. She would be left out of her own plan.",
          rationale = "The survivor speaks for herself; the advocate cannot speak for her without a release (points 18, 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "written_statement", roles = { "dv" },
          text = "Help Grace write a short statement of what she wants for the children, for the caseworker, in her own words and in her own time.",
          go = "aunt",
          rating = "acceptable",
          feedback = "Her words reach the worker, but a page cannot answer questions. Anything she writes will sit in a record Kofi's lawyer may read.",
          rationale = "The survivor's voice in planning; CPS records can reach the perpetrator (points 17, 21).",
          tags = { "survivor_partnership", "documentation" },
        },
        choice {
          id = "three_way_session", roles = { "dv" },
          text = "Book a planning session for Grace, the caseworker and you, away from the shelter, with Esi there too if Grace asks for her.",
          go = "aunt",
          rating = "recommended",
          feedback = "Grace speaks for herself, on safe ground, with the support she chooses.",
          rationale = "A three-way meeting lets the survivor speak for herself; no conference does not mean no voice (points 11, 21).",
          tags = { "survivor_partnership", "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------- 7
    -- Every choice here resets first_contact, which no later scene reads: fewer states for `check`.
    scene {
      id = "aunt", phase = "family meeting",
      title = "Aunt Esi calls",
      speaker = "Esi Darko, Grace's aunt",
      text = function(s, role)
        local what = s.format == "none" and "sit in when you make the plans" or "come to the meeting"
        if role == "dv" then
          return para(
            "Esi calls Grace during dinner, and Grace puts her on speaker so you can both hear. 'I went to Ama's assembly at the new school, I'm so proud of her. Kofi asked me about it. I only told him she won a prize.'",
            "Esi wants to " .. what .. ", and offers to drive Kofi, since he has no car after his shift. 'In our family the elders settle these things between a husband and wife,' she says. 'Let me do my part.' After she hangs up, Grace looks at you, torn. 'She's the only family I have here. She was there when Ama was born.'",
            "Grace asks what she should tell her aunt.")
        end
        return para(
          "Esi Darko, Grace's aunt, comes by the office with a tin of cookies 'for the children, whenever you see them.' She came from Kumasi six years ago and runs a braiding salon; her English is good for the shop, but for anything official she asks for someone who speaks Twi, and today she has brought no one. She has known Kofi for ten years. 'He calls me every day, crying. In our family the elders settle things between a husband and wife. Let me " .. what .. "; I can help them talk.'",
          "She is bursting with pride about Ama: 'I went to the assembly at her new school; she read a page out loud in front of everyone! Kofi asked me all about it. I only told him she won a prize.' He has no ride after his night shift, she adds; she could bring him. Ama, she says, could explain anything in Twi for her after school.",
          s.first_contact == "aunt"
            and "She tells you she has already passed on the date you gave her, and told Kofi that Grace would be there."
            or (s.screened and "The order bars Kofi from contacting Grace through other people, too." or ""))
      end,
      discussion = "How do you respect a relative who loves both parents and wants to help, while keeping what she knows from reaching the father? How would your answer change for families of different backgrounds, and should it?",
      choices = {
        choice {
          id = "aunt_both", roles = { "cps" },
          text = "Welcome Esi as the family's elder, with an interpreter at the meeting, and invite her to help both parents talk it through; her role matters here.",
          set = { first_contact = "none", aunt = "unbriefed", slipped = true }, go = "packet",
          rating = "concerning",
          feedback = "Respecting her place in the family is right; asking her to mediate between a man and the woman the order protects is not. Unbriefed, she carries news both ways, and she has already told Kofi about an assembly at Ama's new school.",
          rationale = "Extended family deserves a real role, but not as a go-between with the perpetrator; relatives need briefing, not only a seat (points 8, 12, 23).",
          tags = { "confidentiality", "cultural_responsiveness" },
        },
        choice {
          id = "exclude_aunt", roles = { "cps" },
          text = "Tell Esi, in English, that meetings are for parents and professionals only, thank her for the cookies, and say you will tell the family she called.",
          set = { first_contact = "none" }, go = "packet",
          rating = "acceptable",
          feedback = "Safe for the meeting, but decided without asking Grace, who may want her aunt's support, and said in a language Esi asked not to do official business in. She still does not know what she must not pass on.",
          rationale = "The survivor chooses her supports; language access is part of treating a family with respect; location and school stay away from the perpetrator (points 12, 21, 23).",
          tags = { "confidentiality", "cultural_responsiveness" },
        },
        choice {
          id = "aunt_brief", roles = { "cps" },
          text = "Ask Grace first; if she wants Esi with her, meet Esi with a Twi phone interpreter: what stays private, and why no messages or rides for Kofi.",
          set = { first_contact = "none", aunt = "briefed" }, go = "packet",
          rating = "recommended",
          feedback = "In her own language Esi understands what 'only a prize' might have told him, and is shaken. She keeps her place beside Grace, and Grace's session, not Kofi's, is where she will be the elder.",
          rationale = "Location, school and advocate details never reach the perpetrator; the survivor decides who supports her; a qualified interpreter, never a child, for a relative (points 12, 21, 23).",
          tags = { "confidentiality", "cultural_responsiveness" },
        },
        choice {
          id = "ama_explains", roles = { "cps" },
          text = "Ask Grace first; if she wants Esi with her, let Ama, whom Esi trusts most, go over the rules on messages and rides with her in Twi.",
          set = { first_contact = "none", aunt = "unbriefed", slipped = true }, go = "packet",
          rating = "concerning",
          act = "child_interprets_family",
          feedback = "Asking Grace first is right. But Ama is fourteen and the subject is her own father and where she lives: she softens what she cannot bear to say, and Esi hears 'don't worry, Auntie.' A child is never the interpreter.",
          rationale = "Language access means a qualified interpreter; a child interpreting about her own family's violence carries a load that is not hers, and the message gets lost (points 12, 23).",
          tags = { "cultural_responsiveness", "child_safety" },
        },
        choice {
          id = "call_aunt_yourself", roles = { "dv" },
          text = "Call Esi yourself tomorrow to explain how confidentiality works, so Grace does not have to have that hard conversation.",
          set = { first_contact = "none", slipped = true }, go = "packet",
          rating = "concerning",
          feedback = "You would be contacting a relative who talks to Kofi daily, confirming there is an advocate and a program. Let Grace decide what Esi hears, and from whom.",
          rationale = "The advocate's details are identifying; the advocate acts on the survivor's direction (points 12, 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "coach_grace_aunt", roles = { "dv" },
          text = "Help Grace decide if she'd like Esi at her session, and what she'll ask Esi to keep to herself: the school, the neighborhood, you.",
          set = { first_contact = "none", aunt = "briefed" }, go = "packet",
          rating = "recommended",
          feedback = "Grace keeps her aunt and sets the limits herself. Esi is upset to realize what 'only a prize' could have told him, and promises to say nothing more.",
          rationale = "Location, school and advocate details never reach the perpetrator; the survivor directs what is shared (points 12, 21).",
          tags = { "confidentiality", "cultural_responsiveness" },
        },
        choice {
          id = "fine_aunt", roles = { "dv" },
          text = "Tell Grace that Esi, as the family's elder, could be good support at the meeting and a calming voice with Kofi; she clearly loves them all.",
          set = { first_contact = "none", aunt = "unbriefed", slipped = true }, go = "packet",
          rating = "concerning",
          feedback = "'An assembly at the new school' is already a clue. Esi needs to hear, from Grace, what must stay private before she sits in any meeting.",
          rationale = "The children's school is identifying information and must never reach the perpetrator (point 12).",
          tags = { "confidentiality" },
        },
        choice {
          id = "cut_off", roles = { "dv" },
          text = "Tell Grace she should stop telling Esi anything about the children until this is over, however hard that is with family.",
          set = { first_contact = "none", slipped = true }, go = "packet",
          rating = "concerning",
          feedback = "Cutting Grace off from her main family support is a real loss. The aim is to agree what Esi keeps private, not to isolate Grace.",
          rationale = "Her family support is part of her protective efforts; advocacy follows her choices (points 7, 21).",
          tags = { "survivor_partnership", "cultural_responsiveness" },
        },
      },
    },

    ---------------------------------------------------------------- 8
    scene {
      id = "packet", phase = "family meeting",
      title = "The family information form",
      speaker = { cps = "The meeting packets", dv = "Joan Pruitt, meeting facilitator" },
      text = function(s, role)
        if role == "dv" then
          return para(
            "Joan emails you a 'Family information' form to complete for the meeting file. It asks for 'Mother's current address', 'Children's school and childcare', 'Support persons and contacts' and 'Mother's housing plans'. A line at the bottom says the form goes into every participant's packet.",
            "Grace is at work until six; Joan needs it by five."
              .. (s.in_file and " Joan adds that the worker's case notes, including what the program has passed on, will be attached." or ""),
            "What you know, below, is exactly what the form asks for.")
        end
        local which = s.format == "joint" and "the joint meeting" or "Kofi's session"
        return para(
          "The evening before " .. which .. ", the coordinator leaves the packets on your desk, one for each person attending, and heads home. The system fills the 'Family information' page from the case record.",
          "On Kofi's copy you find: the name of Ama's new school, pulled from the enrollment record; 'Mother's contact: c/o' with the advocate's name and the program's phone line; and the old school's log of his two visits, which ends 'records transferred to' the new school.",
          s.in_file and "Behind them is a printout of case notes that set out, in Grace's own words, what she and the program have passed to the agency." or "")
      end,
      reveal = { "shelter_site", "move_plan" },
      reason = "Why did you choose this?",
      discussion = "Which details on an ordinary form are, in fact, a map to where someone lives? Who checks what goes into a packet, and when?",
      choices = {
        choice {
          id = "coordinator_fix", roles = { "cps" },
          text = "Leave the coordinator a clear note asking her to take out anything sensitive or identifying before the packets go out first thing in the morning.",
          set = { leak = true, slipped = true }, go = {
            { "joint_meeting", when = function(s) return s.format == "joint" end },
            { "kofi_session" },
          },
          rating = "concerning",
          feedback = "The coordinator removes the contact line but not the school's name in the records log: she did not know it mattered. Location includes the children's school.",
          rationale = "The survivor's location, shelter and advocate's details never come up in front of the perpetrator; the worker who knows the risk checks the packet (points 12, 17).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "address_only", roles = { "cps" },
          text = "Black out the contact line on Kofi's copy and send the rest; the enrollment and school pages are standard records any parent is entitled to see.",
          set = { leak = true, slipped = true }, go = {
            { "joint_meeting", when = function(s) return s.format == "joint" end },
            { "kofi_session" },
          },
          rating = "harmful",
          feedback = "The school's name is still there twice. For a father who has been searching school by school, that is the address.",
          rationale = "Location includes the children's school; it never reaches the perpetrator (point 12).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "no_packet", roles = { "cps" },
          text = "Pull Kofi's packet altogether, and tell him on the day that, as the agency's practice, documents stay confidential under an order.",
          set = { packet_clean = true, slipped = true }, go = {
            { "joint_meeting", when = function(s) return s.format == "joint" end },
            { "kofi_session" },
          },
          rating = "concerning",
          feedback = "Safe for Grace, but he is entitled to see the concerns he is asked to address. A redacted packet lets you engage him with the evidence.",
          rationale = "Accountability rests on third-party evidence he can see; redaction, not withholding, protects her location (points 10, 12).",
          tags = { "perpetrator_accountability", "documentation" },
        },
        choice {
          id = "redact_all", roles = { "cps" },
          text = "Work through Kofi's packet yourself: cut the school, the program and Grace's words; keep the police report and the log, minus its last line.",
          set = { packet_clean = true }, go = {
            { "joint_meeting", when = function(s) return s.format == "joint" end },
            { "kofi_session" },
          },
          rating = "recommended",
          feedback = "Kofi still gets the third-party evidence he will be asked to answer, and nothing in it leads to Ama's school, the shelter or the advocate.",
          rationale = "Location is identifying information; confront him with third-party records, not her words; anything he receives may go further (points 10, 12, 17).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "program_name", roles = { "dv" },
          text = "Leave the address blank, but put the program's name and your direct line under 'support persons', so the agency can reach Grace.",
          set = { leak = true, slipped = true }, go = {
            { "joint_meeting", when = function(s) return s.format == "joint" end },
            { "kofi_session" },
          },
          rating = "concerning",
          feedback = "A program's name and an advocate's number identify where she is; a few searches can lead from the name to the street.",
          rationale = "The shelter and the advocate's details are identifying information and never come up in front of the perpetrator (point 12).",
          tags = { "confidentiality" },
        },
        choice {
          id = "ask_grace_first", roles = { "dv" },
          text = "Tell Joan it will be late, and fill the form in with Grace when she is back from work at six, since it is her information.",
          go = {
            { "joint_meeting", when = function(s) return s.format == "joint" end },
            { "kofi_session" },
          },
          rating = "acceptable",
          feedback = "Grace's say is right, but the safer default is that location and plans are never on a form that goes to Kofi. Tell her that when you sit down together.",
          rationale = "The survivor directs what is shared; location never goes where the perpetrator can see it (points 12, 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "fill_housing", roles = { "dv" },
          text = "Leave the address blank, but fill in the housing plans line, so the agency knows Grace is planning a move and can plan visits around it.",
          set = { in_file = true, slipped = true }, go = {
            { "joint_meeting", when = function(s) return s.format == "joint" end },
            { "kofi_session" },
          },
          rating = "harmful",
          feedback = "Her plan to move, and where, is identifying information she has told no one. On this form it goes straight into Kofi's packet, in her name.",
          rationale = "No sharing without her release, and never in front of the perpetrator (points 12, 18).",
          tags = { "confidentiality" },
        },
        choice {
          id = "return_blank", roles = { "dv" },
          text = function(s)
            return "Send the form back with those fields empty, and the main number as the way to reach her"
              .. (s.in_file and ", and ask that case notes stay out of every packet." or ", and tell Joan who gets this form.")
          end,
          set = { packet_clean = true }, go = {
            { "joint_meeting", when = function(s) return s.format == "joint" end },
            { "kofi_session" },
          },
          rating = "recommended",
          feedback = "Joan thanks you; she had not thought about where the form goes. The agency can still reach Grace, and nothing on paper leads to her.",
          rationale = "Location, shelter and advocate details never come up in front of the perpetrator; anything in agency papers may reach him (points 12, 17, 18).",
          tags = { "confidentiality", "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------- 9a (separate or individual sessions)
    -- Every choice here resets same_day, which no later scene reads: fewer states for `check`.
    scene {
      id = "kofi_session", phase = "family meeting",
      title = "Tuesday's session",
      speaker = { cps = "Kofi Asante", dv = "Grace Mensah" },
      text = function(s, role)
        if role == "dv" then
          local none = s.format == "none"
          return para(
            (none and "Tuesday. Grace's planning session is at the program's outreach office, with the caseworker and you."
                  or "Tuesday. Grace's session is at the agency's satellite office. Joan facilitates; the caseworker is there.")
              .. ((s.aunt == "briefed" or s.aunt == "unbriefed") and " Esi sits beside Grace, holding her hand." or "")
              .. (s.same_day and " Kofi's session is in this building in an hour, and Grace keeps looking at the door." or ""),
            "Grace talks about Ama's reading and Kwame's asthma plan, and says she wants the children to see their father, safely. Then "
              .. (none and "the caseworker" or "Joan")
              .. " turns to safety planning: 'For the visiting plan it would help to know where you'll be in the next few months. Are you staying in the area?'",
            "Grace glances at you: you are the only person she has told about her sister's city. The notes from this session go into the case record.")
        end
        local opener
        if s.blamed_her then
          opener = "He opens with: 'So she won't be in a room with me. Nice.'"
        else
          opener = "He opens with: 'I'm not the one who ran off with my kids. She's turning them against me.'"
        end
        local aunt_line
        if s.aunt == "briefed" then
          aunt_line = "He says Esi 'won't tell me anything now,' and sounds more hurt than angry."
        else
          aunt_line = "He mentions that Esi told him Ama won a prize at an assembly. 'Which school? Just tell me which school.'"
        end
        return para(
          "Thursday, at the main office. " .. (s.format == "none" and "You meet Kofi for his planning session. " or "Joan facilitates; you set out the agency's concerns. ")
            .. opener .. " Then, quieter, he asks whether Kwame still sleeps with his blue dinosaur.",
          aunt_line .. " You have the police report: officers saw red marks on Grace's neck, photographed them, and arrested Kofi at the scene. You have the old school's log of his two visits.")
      end,
      reveal = { "threats_gun" },
      reason = "What do you want this session to leave behind?",
      discussion = "What does engaging a man as a father and holding him accountable look like in the same conversation? Where does the evidence you use come from, and who pays if it came from her?",
      choices = {
        choice {
          id = "only_visits", roles = { "cps" },
          text = "Leave the assault aside for now to keep him talking, and spend the session on a visiting schedule; the criminal court has the rest.",
          set = { same_day = false, kofi = "unaccountable", slipped = true }, go = "plan",
          rating = "concerning",
          feedback = "He leaves pleased and unchallenged. Engagement without accountability tells him the violence is not the agency's concern.",
          rationale = "Combine engagement as a father with accountability; assess his pattern, not only his wishes (points 4, 10).",
          tags = { "perpetrator_accountability" },
        },
        choice {
          id = "name_gun", roles = { "cps" },
          when = function(s) return s.safety_shared end,
          text = "Tell him the agency knows about the handgun in his car and what he said the night she left, so he understands denial will not work.",
          set = { same_day = false, kofi = "her_words", slipped = true }, go = "plan",
          rating = "harmful",
          feedback = "Only Grace could have told you those things, and he will know it. Raise firearms through the order's terms and the court, not through her words.",
          rationale = "Confront the perpetrator with third-party evidence, never with what the survivor disclosed (points 5, 10).",
          tags = { "perpetrator_accountability", "confidentiality" },
        },
        choice {
          id = "her_version", roles = { "cps" },
          when = function(s) return not s.safety_shared end,
          text = "Tell him Grace has described that night to the agency in detail, so he should stop calling it an argument that got loud.",
          set = { same_day = false, kofi = "her_words", slipped = true }, go = "plan",
          rating = "harmful",
          feedback = "Now his quarrel is with Grace's account, and with Grace. The police report says what officers saw; that is what to put to him.",
          rationale = "Confront the perpetrator with third-party evidence, never with what the survivor disclosed (point 10).",
          tags = { "perpetrator_accountability", "confidentiality" },
        },
        choice {
          id = "third_party", roles = { "cps" },
          text = "Walk him through what the police report and the school's log show, then ask what he will do, as Kwame and Ama's father, to make contact safe.",
          set = { same_day = false, kofi = "engaged" }, go = "plan",
          rating = "recommended",
          feedback = "He argues with the report at first, then goes quiet when you talk about what Kwame needs from him. He agrees to supervised visits, to ask Ama nothing about where they live, and takes the leaflet for a program for men who use violence.",
          rationale = "Third-party evidence, not her disclosures; engagement as a father together with accountability for his pattern (points 4, 10).",
          tags = { "perpetrator_accountability", "child_safety" },
        },
        choice {
          id = "hard_line", roles = { "cps" },
          text = "Tell him that until he admits what he did to Grace that night, the agency will not discuss visits with his children.",
          set = { same_day = false, kofi = "shut_out", slipped = true }, go = "plan",
          rating = "concerning",
          feedback = "Accountability with no engagement as a father usually ends the conversation. He leaves with a grievance and nothing to work on.",
          rationale = "Combine engagement as a father with accountability (points 10, 23).",
          tags = { "perpetrator_accountability" },
        },
        choice {
          id = "remind_record", roles = { "dv" },
          text = "Ask for a short break with Grace; remind her the notes go into a record Kofi's lawyer may read, and back whatever she says.",
          set = { same_day = false }, go = "plan",
          rating = "recommended",
          feedback = "Grace goes back in and says her housing is 'not settled yet', and that she will talk with the caseworker about it separately.",
          rationale = "What is said in a recorded meeting may reach the perpetrator; the survivor decides with the facts (points 12, 17, 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "answer_for_her", roles = { "dv" },
          text = "Answer for Grace: say she is likely to move to her sister's city in a few weeks, so the visiting plan can allow for it now.",
          set = { same_day = false, in_file = true, slipped = true }, go = "plan",
          rating = "harmful",
          feedback = "Her plan, and where, is hers to share or not. Said here, it goes into session notes that can reach Kofi and his lawyer.",
          rationale = "No sharing without her release; location and plans never go where the perpetrator may read them (points 12, 17, 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "object", roles = { "dv" },
          text = "Say firmly that location and housing plans are not discussed in a session whose notes may reach the other parent or his lawyer.",
          set = { same_day = false }, go = "plan",
          rating = "acceptable",
          feedback = "Right on substance, but said over Grace's head. Check with her before speaking for her.",
          rationale = "Location stays out of records the perpetrator may see; the survivor directs her advocacy (points 12, 17, 21).",
          tags = { "confidentiality" },
        },
        choice {
          id = "say_nothing", roles = { "dv" },
          text = "Let the question hang; it is Grace's session, and she can answer as she likes without you steering her in front of the agency.",
          set = { same_day = false, slipped = true }, go = "plan",
          rating = "concerning",
          feedback = "Her session, yes, but she is being asked, in a recorded setting, for information that could reach Kofi, and she may not know that.",
          rationale = "Anything in CPS records may reach the perpetrator; the advocate makes sure the survivor knows before she chooses (points 17, 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------- 9b (joint meeting)
    scene {
      id = "joint_meeting", phase = "family meeting",
      title = "Thursday at ten",
      speaker = "The joint meeting",
      text = function(s, role)
        local first = "Thursday, ten o'clock. Kofi arrives early and takes the chair nearest the door."
          .. ((s.aunt == "briefed" or s.aunt == "unbriefed") and " Esi sits between the two sides, smiling at everyone." or "")
          .. (s.safeguards and " Grace came in by the side entrance and will leave first." or "")
        local moment
        if s.aunt == "briefed" then
          moment = "Then Esi, beaming, says: 'And Kofi, you should have seen Ama at the assembly at her new school, the one on—' She stops herself mid-word, flustered."
        elseif s.aunt == "unbriefed" then
          moment = "Then Esi, beaming, says: 'And Kofi, you should have seen Ama at the assembly at her new school, the one on—' Joan's phone rings, and Esi loses her thread, for now."
        else
          moment = "Then Kofi turns to Grace: 'Esi says Ama won a prize at some assembly. Which school? I have a right to know.'"
        end
        return para(
          first,
          "For twenty minutes it goes better than you feared. Kofi talks about barbershop Saturdays; Grace about Kwame's inhaler. " .. moment,
          "Kofi leans toward Grace: 'Where?' Grace has gone very still." .. ((s.screened or s.safeguards) and " Her hand moves to her watch." or ""))
      end,
      reason = "What were you weighing in that moment?",
      discussion = "What made this moment possible, and which earlier decision could have prevented it? What is the cost of stopping a meeting, against the cost of going on?",
      choices = {
        choice {
          id = "redirect", roles = { "cps" },
          text = "Say smoothly that school details are not needed today, and move the group on to the visiting schedule before the mood turns.",
          set = { kept_going = true, slipped = true }, go = "plan",
          rating = "concerning",
          feedback = "The question is parked, not gone. Grace sits through the rest across from a man who now knows roughly what to look for, and the meeting ends with everyone leaving at once unless something is in place.",
          rationale = "When identifying information surfaces in front of the perpetrator, stop and separate; the agreed pause exists for this (points 8, 12).",
          tags = { "risk_assessment", "confidentiality" },
        },
        choice {
          id = "pause_now", roles = { "cps" },
          text = function(s)
            return ((s.screened or s.safeguards) and "Act on Grace's signal at once" or "Stop the meeting now")
              .. ": thank everyone, say the rest goes to separate sessions, and have Grace leave first while Kofi stays."
          end,
          go = "plan",
          rating = "recommended",
          feedback = "Stopping costs a moment of awkwardness. Kofi is angry at the agency, not at Grace, and she is away before he leaves the room.",
          rationale = "A pause stops the meeting when safety is at stake; separation follows as policy; location never comes up in front of him (points 8, 9, 12).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "ask_grace", roles = { "cps" },
          text = "Turn to Grace and ask, gently, whether she is comfortable sharing the name of the school with him today.",
          set = { blamed_her = true, kept_going = true, slipped = true }, go = "plan",
          rating = "concerning",
          feedback = "You have made her refuse him to his face. Whatever she says, the 'no' is now hers, and so is his anger.",
          rationale = "Limits are set by the agency as policy, never put on the survivor in front of the perpetrator (points 9, 12).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "let_answer", roles = { "cps" },
          text = "Let the conversation run; he is the children's father, and the school will tell him eventually anyway.",
          set = { leak = true, slipped = true }, go = "plan",
          rating = "harmful",
          feedback = "Esi finishes the sentence, or Grace answers to calm him. Either way, he now knows the street.",
          rationale = "The survivor's location, including the children's school, never comes up in front of the perpetrator (point 12).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "hush_aunt", roles = { "dv" },
          text = "Say quietly to Esi, 'Let's not get into that today,' and let the meeting carry on with the visiting plan.",
          set = { kept_going = true, slipped = true }, go = "plan",
          rating = "concerning",
          feedback = "The question is parked, not gone, and Grace stays in the room with a man who now knows roughly what to look for.",
          rationale = "When identifying details surface in front of the perpetrator, stop and separate (points 8, 12).",
          tags = { "risk_assessment", "confidentiality" },
        },
        choice {
          id = "grace_answer", roles = { "dv" },
          text = "Whisper to Grace that she may as well answer; he will find out anyway, and refusing will only make him angrier.",
          set = { leak = true, slipped = true }, go = "plan",
          rating = "harmful",
          feedback = "He does not have to find out. Now he knows the school, and so, within a few streets, the shelter.",
          rationale = "The survivor's location never comes up in front of the perpetrator (point 12).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "speak_up", roles = { "dv" },
          text = "Tell the room firmly that the children's school will not be discussed here, and stay put beside Grace.",
          set = { kept_going = true, slipped = true }, go = "plan",
          rating = "concerning",
          feedback = "It stops the question but puts you, and Grace beside you, in the line of his anger, and keeps her in the room.",
          rationale = "Use the agreed pause and separate; do not hold the line in front of him (points 8, 9, 12).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "signal_pause", roles = { "dv" },
          text = function(s)
            return ((s.screened or s.safeguards) and "Back Grace's signal out loud" or "Call a pause out loud")
              .. ", and walk Grace out of the building while Kofi stays behind with the caseworker and Joan."
          end,
          go = "plan",
          rating = "recommended",
          feedback = "Joan stops the meeting. Grace is out of the building before Kofi leaves the room.",
          rationale = "The pause signal exists for this moment; location never comes up in front of him (points 8, 12).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------- 10
    scene {
      id = "plan", phase = "family meeting",
      title = "The visiting plan",
      speaker = { cps = "The case plan", dv = "Grace Mensah" },
      text = function(s, role)
        if role == "dv" then
          local draft
          if s.visits == "aunt" then
            draft = "It builds on the idea of Sundays at Esi's home, with Esi supervising."
          elseif s.visits == "center" then
            draft = "It follows what Grace asked for: supervised visits at a visitation center, staggered times, staff who steer the children's talk away from where they live, and a program for Kofi."
          else
            draft = "Supervised visits at a visitation center, and a program for Kofi."
          end
          return para(
            "Joan sends the draft plan to Grace through you. " .. draft,
            "Grace is relieved, then quiet. She is six weeks from a move the plan knows nothing about, and the visiting center is on this side of the state. 'If I go, will they think I'm running off with the kids? Will it count against me?'",
            s.format == "joint" and "Since Thursday she has said she will not sit in a room with Kofi again." or "She wants to get this right.")
        end
        local kofi
        if s.kofi == "her_words" then
          kofi = "Kofi left his session saying Grace 'has been telling stories', and Esi has called you twice since."
        elseif s.kofi == "shut_out" then
          kofi = "Kofi walked out of his session saying he would get a lawyer."
        elseif s.kofi == "unaccountable" then
          kofi = "Kofi left his session pleased about visits; the assault never came up."
        elseif s.format == "joint" then
          kofi = "After Thursday, the advocate tells you Grace will not sit in a room with Kofi again."
        else
          kofi = "Kofi left his session saying he would 'do what it takes for Kwame', with the program's leaflet in his pocket."
        end
        return para(
          "Back at your desk, you draft the case plan. " .. kofi,
          "Grace wants the children to see their father, safely. A visitation center on the other side of the county has Saturday slots with staggered arrival times. Kwame's daycare place at the shelter ends when the family leaves it.",
          "Ama, 14, asked through the program to speak to you herself, and did, by phone: she wants to see her dad, at the center, not at Esi's; she does not want to be the one he asks where they live; and she wants a say in how often. 'Kwame's little. I'm not.'")
      end,
      reveal = { "move_plan" },
      discussion = "What does a plan that engages a man as a father and holds him accountable look like on paper? How do a teenager's stated wishes and a mother's unshared plans shape it?",
      choices = {
        choice {
          id = "plan_full", roles = { "cps" },
          text = function(s)
            return "Plan center visits for both children on Ama's terms, and a fathering program for Kofi"
              .. (s.safety_shared and "; ask Grace if the gun should go to the court" or "")
              .. "; ask Grace what else the plan must allow for."
          end,
          set = { plan_good = true, move_shared = true, visits = "center" }, go = "summary",
          rating = "recommended",
          feedback = "The plan engages Kofi as a father and holds him to account, and Grace tells you herself about her move, asking that it stay out of anything Kofi or his lawyer will see.",
          rationale = "Services aimed at the perpetrator; supervised visits that keep her location out; firearms raised through the order and the court with her agreement, never put to him as her words; the survivor speaks for herself (points 5, 10, 16, 21).",
          tags = { "perpetrator_accountability", "reasonable_efforts" },
        },
        choice {
          id = "couples", roles = { "cps" },
          text = "Refer both parents to couples counseling and Kofi to an anger class, so they learn to co-parent; both start soon and cost nothing.",
          set = { slipped = true }, go = "summary",
          rating = "harmful",
          feedback = "Couples counseling puts a survivor in a room where honesty is dangerous, and anger management treats a pattern of control as a temper problem.",
          rationale = "Relief aimed at the perpetrator's pattern: intervention programs and supervised visits, not joint therapy (points 4, 16).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "kwame_only", roles = { "cps" },
          text = "Plan supervised visits for Kwame only for now, and leave Ama out of it until the case settles, so a teenager is not caught between her parents.",
          set = { slipped = true }, go = "summary",
          rating = "concerning",
          feedback = "Protective in intent, but Ama asked to be heard and told you what she needs. Leaving her out cuts her off from her father and teaches her that speaking up changes nothing.",
          rationale = "Young people have views of their own, and exposure affects each child differently; plan with Ama, not around her (points 4, 23).",
          tags = { "child_safety", "trauma_informed" },
        },
        choice {
          id = "wait_criminal", roles = { "cps" },
          text = "Hold off on visits and on any services for Kofi until the criminal case is decided, so nothing the agency does can affect it.",
          set = { kofi = "shut_out", slipped = true }, go = "summary",
          rating = "concerning",
          feedback = "That could be months. The children lose their father in the meantime, and Kofi has nothing to work on.",
          rationale = "Engaging men as fathers and holding them accountable go together; real efforts to intervene with the perpetrator are part of protecting the children (points 2, 10, 23).",
          tags = { "perpetrator_accountability", "child_safety" },
        },
        choice {
          id = "aunt_visits", roles = { "cps" },
          text = "Let Kofi visit the children at Esi's home on Sundays, with Esi supervising; it is family-based, costs nothing, and keeps Ama's church.",
          set = { visits = "aunt", slipped = true }, go = "summary",
          rating = "concerning",
          feedback = "Esi loves them all and talks to Kofi daily. She cannot be expected to stop him asking Ama where they live, or to refuse him.",
          rationale = "He has used the children to track the mother; visits must not become a route to her location (points 4, 12).",
          tags = { "child_safety", "confidentiality" },
        },
        choice {
          id = "just_go", roles = { "dv" },
          text = "Tell Grace she does not have to tell anyone; she can simply move when the transfer comes through, as any parent may.",
          set = { slipped = true }, go = "summary",
          rating = "concerning",
          feedback = "It is her choice, but moving without a word while a CPS case is open can be read as flight, and may clash with the visiting plan or a later custody order. She deserves to know that first.",
          rationale = "Survivor-directed means informed: the mandated system's reactions are part of the facts she needs (points 21, 22).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "tell_cps_yourself", roles = { "dv" },
          text = "Let the caseworker know about the move yourself, so the plan is realistic and Grace is not blamed for leaving later.",
          set = { in_file = true, slipped = true }, go = "summary",
          rating = "harmful",
          feedback = "You would be releasing her plans without her written consent, and they would land in a file that can reach Kofi.",
          rationale = "Nothing identifying is shared without an informed, written, time-limited release (points 17, 18).",
          tags = { "confidentiality" },
        },
        choice {
          id = "three_way_move", roles = { "dv" },
          text = function(s)
            return "Offer a call where Grace tells the caseworker herself, and asks that the move stay out of all Kofi's papers"
              .. (s.visits == "aunt" and ", and that visits move to a center." or ".")
          end,
          set = { plan_good = true, move_shared = true, visits = "center" }, go = "summary",
          rating = "recommended",
          feedback = "Grace tells the worker herself. The plan can now allow for the move, and the worker agrees to keep it out of shared papers.",
          rationale = "A three-way conversation lets the survivor speak for herself; her plans stay out of what the perpetrator can read (points 12, 17, 21).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "write_questions", roles = { "dv" },
          text = "Help Grace write down her questions about the move and the visiting plan, to raise with the caseworker when she feels ready.",
          go = "summary",
          rating = "acceptable",
          feedback = "It respects her pace, but the plan will be signed off this week without knowing about a move six weeks away.",
          rationale = "The survivor decides when to share; timing has consequences she should weigh (points 21, 22).",
          tags = { "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------- 11
    scene {
      id = "summary", phase = "family meeting",
      title = "The draft summary",
      speaker = { cps = "The meeting summary", dv = "Grace Mensah" },
      text = function(s, role)
        if role == "dv" then
          return para(
            "With Grace's permission, the caseworker has sent her the draft summary of " .. meeting_name(s) .. ". It will go to everyone who took part, Kofi included, and into the case record, where his lawyer in the criminal case may read it.",
            "Grace asks you to go through it with her at the shelter's kitchen table after the children are asleep. Together you mark the sentences that should stay, in the order they should read; she will ask the worker to take the rest out.")
        end
        return para(
          "Your supervisor asks you to write the summary of " .. meeting_name(s) .. ". It goes to everyone who took part, Kofi included, and into the case record. Anything in it may also reach his lawyer in the criminal case, and a family court later on.",
          "Choose the sentences you will use, in the order they should read. You may add one sentence of your own.")
      end,
      reason = "Why did you choose this?",
      discussion = "Read your summary as Kofi's lawyer would. Which sentence would you use first, and what does each sentence do for Grace in court?",
      compose = {
        prompt = "Choose and order the sentences for a summary that Kofi and his lawyer will read.",
        clauses = {
          clause { id = "police", text = "A police report records that officers saw marks on Ms. Mensah's neck and arrested Mr. Asante at the scene; a temporary order of protection is in place." },
          clause { id = "mutual", text = "The parents have a volatile relationship, with conflict on both sides." },
          clause { id = "protective", text = "Ms. Mensah called for help, obtained an order of protection, kept Ama in school without a break, and has rebooked Kwame's asthma care." },
          clause { id = "location", text = "The children are staying at a shelter and Ama now attends a school nearby." },
          clause { id = "school_log", text = "The children's former school recorded two visits by Mr. Asante seeking Ama's whereabouts; he was asked to leave the second time." },
          clause { id = "mother_says", text = "Ms. Mensah has told the agency, in confidence, what Mr. Asante said to her the night she left, and she fears what he may do." },
          clause { id = "father_role", text = "Mr. Asante wants to keep his close bond with Kwame and Ama; supervised visits and a program for men who use violence are part of the plan." },
          clause { id = "allowed", text = "Ms. Mensah allowed the children to be exposed to violence in the home." },
          clause { id = "policy", text = "As is standard when a protective order is in place, each parent was seen separately." },
          clause { id = "nearby", text = "The family is staying within a short drive of the old home, so the children keep their friends, church and doctor." },
          clause { id = "missed", text = "Ms. Mensah missed two of Kwame's clinic appointments and seemed unable to cope; her parenting is a concern." },
        },
        min = 1, max = 11, own_text = true,
        score_var = "summary_score",
        -- The score is what the debrief shows, out of 5: one point for a summary that leads Kofi
        -- to no one, and one each for the police report, her protective efforts, his part as a
        -- father, and the separation as policy (or, after a joint meeting, the school's log).
        -- A harmful draft scores 0, and only a harmful draft does: the route below reads 0 as harm.
        rubric = function(draft, s, role)
          local score, flags, missing, seen = 0, {}, {}, {}
          local identifying, attributed, blaming = false, false, false
          for _, id in ipairs(draft.clauses) do
            seen[id] = true
            if id == "policy" and s.format == "joint" then
              blaming = true; flags[#flags + 1] = "says the parents were seen separately, which is not what happened"
            end
            if id == "location" then identifying = true; flags[#flags + 1] = "the shelter and the school's area (location)" end
            if id == "nearby" then identifying = true; flags[#flags + 1] = "how far the family is from the old home (location)" end
            if id == "mother_says" then attributed = true; flags[#flags + 1] = "a disclosure attributed to Ms. Mensah" end
            if id == "mutual" then blaming = true; flags[#flags + 1] = "'conflict on both sides' (mutual framing)" end
            if id == "allowed" then blaming = true; flags[#flags + 1] = "'allowed the children to be exposed' (blaming)" end
            if id == "missed" then blaming = true; flags[#flags + 1] = "her coping and the missed visits, told without his part in them (blaming)" end
          end
          local own = string.lower(draft.own or "")
          -- The old school is already in the log he is shown; any other school is where Ama is now.
          local other_school = own:gsub("old school", ""):gsub("former school", ""):gsub("previous school", "")
          if other_school:find("school", 1, true) then
            identifying = true; flags[#flags + 1] = "your own sentence mentions a school other than the old one"
          end
          for _, word in ipairs({ "shelter", "relocat", "moving", "to move", "street", "violence program", "advocate", "sister" }) do
            if own:find(word, 1, true) then
              identifying = true; flags[#flags + 1] = "your own sentence mentions where the family is, the shelter or its advocate, or a move"
              break
            end
          end
          if own:find("failed to protect", 1, true) or own:find("failure to protect", 1, true) or own:find("allowed", 1, true) then
            blaming = true; flags[#flags + 1] = "your own sentence uses a blaming phrase"
          end
          if own:find("she told", 1, true) or own:find("she reported", 1, true) or own:find("mother reports", 1, true)
            or own:find("she said", 1, true) or own:find("she disclosed", 1, true) then
            attributed = true; flags[#flags + 1] = "your own sentence attributes a disclosure to Ms. Mensah"
          end
          if seen.police then score = score + 1 else missing[#missing + 1] = "the third-party evidence: the police report" end
          if seen.protective then score = score + 1 else missing[#missing + 1] = "Ms. Mensah's protective efforts" end
          if seen.father_role then score = score + 1 else missing[#missing + 1] = "Mr. Asante's role as a father and what he is asked to do" end
          if s.format == "joint" then
            if seen.school_log then score = score + 1 else missing[#missing + 1] = "the school's log of his visits" end
          elseif seen.policy then
            score = score + 1
          else
            missing[#missing + 1] = "the separate sessions, framed as standard practice"
          end
          local rating, feedback
          if identifying or attributed then
            score = 0
            rating = "harmful"
            feedback = identifying
              and "This summary tells Kofi where to look. The shelter, the school, the area and her plans never go in a document he will read."
              or "Written as her report, what she told the agency becomes Grace's words in Kofi's hands. Firearms go through the order and the court, and her disclosures stay out."
          else
            score = score + 1 -- nothing in it leads to her or puts her words in his hands
            if blaming or score < 3 then
              score = math.min(score, 2)
              rating = "concerning"
              feedback = "The summary blames Grace, misstates what happened, or says too little. Name his behavior through third-party evidence, her protective efforts, and his part in the plan."
            elseif score < 5 then
              rating = "acceptable"
              feedback = "Safe, but thin: a strong summary rests on the police report, describes Grace's protective steps, and sets out Kofi's part as a father."
            else
              rating = "recommended"
              feedback = "Third-party evidence, her protective efforts, his role as a father and how the sessions were held, with nothing that leads to her or puts her words in his hands."
            end
          end
          return { score = score, max = 5, rating = rating, feedback = feedback, flags = flags, missing = missing }
        end,
        rationale = "Anything in a summary may reach the perpetrator and his counsel: keep location and her disclosures out, rest on third-party evidence, describe her protective efforts without blaming framings (points 7, 10, 12, 14, 17).",
        tags = { "documentation", "confidentiality" },
      },
      go = {
        { "ending_summary_read", when = function(s) return s.summary_score == 0 end },
        { "ending_location_reached", when = function(s) return location_out(s) end },
        { "ending_words_used", when = function(s) return words_out(s) end },
        { "ending_joint_close", when = function(s) return s.format == "joint" end },
        { "ending_two_rooms", when = function(s) return s.format == "separate" and sound_plan(s) end },
        { "ending_own_plan", when = function(s) return s.format == "none" and sound_plan(s) end },
        { "ending_safe_thin" },
      },
    },

    ---------------------------------------------------------------- endings
    ending {
      id = "ending_two_rooms", title = "Two rooms, one plan", classification = "positive",
      text = function(s)
        return para(
          "Grace and Kofi each had their say, on different days, and never crossed paths. Kofi heard the police report and the school's log, not Grace's words, and has started a program for men who use violence. His first supervised visit at the center went well: Kwame brought the balance bike, and Ama showed him her science-fair project. She has asked for a say in how often they meet, and she will have one.",
          (s.aunt == "briefed" and "Esi sat beside Grace in her session and has kept what she knows to herself. " or "")
            .. "Nothing about the shelter, Ama's school or the advocate reached him. Grace told the caseworker about her move herself, and it is nowhere in the papers Kofi can see.",
          "None of this is finished. The criminal case is months away, and Kofi has missed one group session already. But the plan rests on what Grace, Ama and the evidence said, and it can bend when the move comes.")
      end,
    },
    ending {
      id = "ending_own_plan", title = "A sound plan, without the family in the room", classification = "mixed",
      text = function(s)
        return para(
          "There was no team conference; each parent was planned with on their own, a defensible call with a strangulation report and an active order. Kofi was shown the police report and the school's log, not Grace's words, and has started a program for men who use violence. Supervised visits at the center have begun, and Ama helped set their rules.",
          "What was lost is smaller, and real. Grace had wanted her family to hear her say she is not keeping the children from their father, and no one did"
            .. (s.aunt == "briefed" and "; Esi knows what to keep private, but has heard the plan only secondhand." or ".")
            .. " Whether Kofi keeps going to his program once the criminal case is decided, no one can yet say.")
      end,
    },
    ending {
      id = "ending_safe_thin", title = "Safe for now, on thin ground", classification = "mixed",
      text = function(s)
        local costs = {}
        if s.blamed_her then costs[#costs + 1] = "Kofi has heard, from the agency, that the separation was Grace's doing, and says so to Esi." end
        if s.kofi == "unaccountable" then costs[#costs + 1] = "Kofi has visits, but nothing has asked him to face the assault." end
        if s.kofi == "shut_out" then costs[#costs + 1] = "Kofi has a lawyer and nothing to work on, and the children have not seen him." end
        if s.visits == "aunt" then costs[#costs + 1] = "Visits are planned at Esi's home, where Ama's answers can travel." end
        if not s.plan_good then costs[#costs + 1] = "The plan was signed off without Grace's own account of what it must allow for." end
        if s.summary_score < 5 then costs[#costs + 1] = "The meeting summary is thin or blaming, and it will be read in court." end
        if s.neglect_noted then costs[#costs + 1] = "A medical-neglect concern against Grace's name, for the missed clinic visits, is in the record with nothing about what Kofi's violence did to her nights." end
        if s.in_file then costs[#costs + 1] = "Grace's own words and plans sit in the case file beyond what she agreed, where Kofi's lawyer may one day read them." end
        if s.slipped then costs[#costs + 1] = "Grace answers the agency's questions now, but no more than that." end
        if #costs == 0 then costs[1] = "Several steps along the way cost trust or time." end
        return para(
          "Kofi has not found Grace or the children, and a visiting plan exists. But this case now stands on thinner ground than it needed to.",
          table.concat(costs, " "),
          "The next hard moment will land on that ground. The debrief shows which decisions made it thinner.")
      end,
    },
    ending {
      id = "ending_joint_close", title = "One table, a close call", classification = "mixed",
      text = function(s)
        return para(
          "Kofi did not learn where the family is staying, but only just. "
            .. (s.kept_going
              and "Grace sat through the rest of the joint meeting across from him, and left by the side door while he was held back."
              or "The meeting was stopped in time, and Grace left first."),
          "She has told her advocate she will not sit in a room with him again. She still works with the agency, more warily. Kofi now says the agency 'hid his kids' and is harder to engage. The plan may hold, but the meeting itself became the riskiest moment in the case.")
      end,
    },
    ending {
      id = "ending_location_reached", title = "He found the street", classification = "negative",
      text = "Nine days later Kofi's car was parked on the shelter's street when Grace walked back from the bus stop. She got inside, staff called the police, and no one was hurt. That night the program moved the family to a shelter in another county. Ama has changed schools twice in a month, Kwame has stopped sleeping through the night, and Grace no longer returns the agency's calls.\n\nWhat led him there came from something he heard or read during this process. The debrief shows where it slipped out.",
    },
    ending {
      id = "ending_summary_read", title = "One paragraph too many", classification = "negative",
      text = "Kofi's lawyer received the meeting summary and went through it with him line by line. It told him something only Grace or the agency could have known, and he called Esi that night to say so. Grace has stopped answering the agency's calls, and the program is planning a move to another county a month before she was ready.\n\nMuch in this case was done with care. One document, read by the person it was meant to protect her from, undid a good part of it. The debrief shows which sentence.",
    },
    ending {
      id = "ending_words_used", title = "Her words reached him", classification = "negative",
      text = "Kofi now knows what Grace told the agency. He called Esi, furious, repeating her words back, and Esi passed it on in tears. Grace has told her advocate she will not say anything more to CPS, and she is thinking of asking the court to lift the order 'to calm him down.'\n\nThe lethality cues in this case are unchanged. What has changed is that the person best placed to report them has stopped talking.",
    },
  },
}
