-- night-call: a removal decision after a night-time police call.
--
-- Around midnight, police respond to a domestic violence call in a suburban home where two young
-- children live. They refer to the on-call CPS investigator and the on-call advocate of a community
-- domestic violence program. The juncture: do Emma and Noah stay with their mother under a safety
-- plan, or are they removed? Rachel, their mother, grew up in Haiti and speaks Haitian Creole; her
-- English serves her at work, but tonight the officers took her account through her six-year-old
-- daughter, and the first decision is how to hear her. She went back to Scott once,
-- in March, and drinks wine most nights to sleep: a presentation that invites a "failure to protect"
-- finding, which the case facts do not support. The police screen scored the incident "low"; the
-- case facts hold the lethality cues the screen cannot see. The advocate holds what Rachel told her
-- in confidence until Rachel signs a written, time-limited release; seen from CPS, the advocate
-- also oversteps once, answering for Rachel.
--
-- All names of people and places are invented.

-- Joins the non-empty paragraphs of a scene with a blank line between them.
local function paras(list)
  local out = {}
  for _, p in ipairs(list) do
    if p and p ~= "" then out[#out + 1] = p end
  end
  return table.concat(out, "\n\n")
end

-- What the written safety plan's score means (plan_rubric below sets it; the endings read it).
local PLAN_NEITHER, PLAN_ORDER_ONLY, PLAN_GUN_ONLY = 0, 1, 2   -- the core is missing
local PLAN_BLAMING, PLAN_ADDRESS = 3, 4                         -- the core, with unsafe lines
local PLAN_THIN = 5                                             -- 5 or 6: the core, few arrangements
local PLAN_FULL = 7                                             -- 7 or 8: the core and the nights

-- Where the case goes after the morning follow-up. Tried in order; the last has no condition.
local function ending_routes()
  return {
    { "ending_removed", when = function(s) return s.placement == "foster" end },
    { "ending_with_aunt", when = function(s) return s.placement == "kin" end },
    { "ending_danger_missed", when = function(s)
        return s.placement == "verbal" or s.plan_score <= PLAN_GUN_ONLY
      end },
    { "ending_trust_lost", when = function(s) return s.breach or s.trust < 0 end },
    { "ending_home_safe", when = function(s)
        return s.placement == "home" and s.plan_score >= PLAN_FULL and s.doc == "" and s.followup == ""
          and (s.interp == "" or s.interp == "qualified") and not s.drink_unspoken
      end },
    { "ending_home_thin" },
  }
end

-- The written safety plan: scored on whether it acts on the lethality cues (the order that keeps
-- Scott out, the handgun), on practical arrangements, and on blaming or unsafe lines. The score
-- says which of these the plan holds, so that each ending tells what this plan actually did.
local BLAMING_FLAGS = {
  her_promise = "makes Rachel responsible for keeping Scott away",
  no_exposure = "makes Rachel responsible for Scott's violence",
  mutual = "treats Scott's violence as a mutual conflict",
  no_alcohol = "sets a condition on Rachel that tonight's facts do not call for, which she can be found in breach of",
}
local OWN_TEXT_FLAGS = {
  { "failed to protect", "\"failure to protect\" language" },
  { "failure to protect", "\"failure to protect\" language" },
  { "allowed the children", "\"allowed the children\" language" },
  { "mutual", "\"mutual\" framing" },
  { "both parents", "\"both parents\" framing" },
}

local function plan_rubric(draft)
  local has, flags, missing = {}, {}, {}
  local blaming = false
  for _, id in ipairs(draft.clauses) do
    has[id] = true
    if BLAMING_FLAGS[id] then flags[#flags + 1] = BLAMING_FLAGS[id]; blaming = true end
  end
  if has.sister_address then
    flags[#flags + 1] = "puts her sister's address in a record Scott's lawyer may read"
  end
  local own = string.lower(draft.own or "")
  for _, f in ipairs(OWN_TEXT_FLAGS) do
    if string.find(own, f[1], 1, true) then flags[#flags + 1] = f[2]; blaming = true end
  end
  local extras = (has.night_care and 1 or 0) + (has.school and 1 or 0) + (has.call_plan and 1 or 0)
  if not has.order_out then missing[#missing + 1] = "Scott kept away from the home under the order" end
  if not has.gun then missing[#missing + 1] = "the handgun surrendered" end
  if extras < 2 then
    missing[#missing + 1] = "practical arrangements: her work nights, school pickup, what to do if he comes"
  end

  local score, rating, feedback
  if not (has.order_out and has.gun) then
    score = has.gun and PLAN_GUN_ONLY or (has.order_out and PLAN_ORDER_ONLY or PLAN_NEITHER)
    rating = "harmful"
    feedback = "The plan does not act on both things that make tonight dangerous: Scott's access to the house and to the gun. Whatever else it says, it leaves a lethality cue where it was."
  elseif #flags > 0 then
    score = blaming and PLAN_BLAMING or PLAN_ADDRESS
    rating = "concerning"
    feedback = "The plan keeps Scott out and takes the gun, but some lines put his behavior on Rachel, set conditions on her, or put her sister's address where he may read it. Write what Scott must do, and keep locations out of the file."
  elseif extras < 2 then
    score = PLAN_THIN + extras
    rating = "acceptable"
    feedback = "The core is right: Scott out, the gun gone. Add the practical arrangements Rachel and the children will rely on, such as her work nights, school pickup and what to do if he comes."
  else
    score = PLAN_FULL + (extras - 2)
    rating = "recommended"
    feedback = "The plan aims at the source of danger, keeps locations out of the file, and builds on what Rachel already does to keep the children safe."
  end
  return { score = score, max = PLAN_FULL + 1, rating = rating, flags = flags, missing = missing, feedback = feedback }
end

return scenario {
  id = "night-call",
  title = "Night call: the Lindqvist children",
  version = "2.0.0",
  summary = "Just after midnight, police call CPS and the on-call advocate to a home where a mother reports being strangled, her six-year-old has been interpreting her Haitian Creole for the officers, and the police screen says low risk: do Emma and Noah stay with her under a safety plan, or are they removed?",
  minutes = 24,
  license = "CC-BY-4.0",
  content_notes = {
    "An adult reports that her husband strangled her; it is described briefly, without graphic detail.",
    "A handgun in the home and a threat to kill her and then himself (a murder-suicide threat); no one is shot.",
    "Two young children in the house during the incident, a six-year-old made to interpret for her mother, and the possible removal of children from their mother.",
    "A mother who drinks to sleep and once went back to her abuser, and the suspicion that invites.",
    "Coercive control, including stalking through a phone and a father using the children against their mother.",
  },
  objectives = {
    "Find and weigh the lethality cues in the case facts (strangulation, gun access, a recent separation, a threat to kill) instead of relying on a police screen built on prior records.",
    "Hear a parent with limited English through a qualified interpreter, never through her child or her partner, and see how the first account shapes every later decision.",
    "Tell a child's exposure to domestic violence apart from specific evidence of imminent harm, and weigh the harm that removal itself does.",
    "Make reasonable efforts before placement: an emergency protective order, firearm surrender, shelter, and removing the perpetrator rather than the children.",
    "Partner with a mother whose drinking and earlier return invite a \"failure to protect\" finding: ask about them plainly, and document her protective efforts as well.",
    "Assess the perpetrator's pattern of coercive control and his use of the children, not only tonight's incident.",
    "Handle the advocate's confidential information lawfully: an informed, written, time-limited release, never a condition, and never a substitute for the survivor's own voice.",
  },
  jurisdiction = "A state whose courts hold that a child's exposure to domestic violence is not, by itself, neglect: emergency removal needs specific evidence of imminent danger that reasonable efforts cannot avert, and a court reviews any removal within three days. Non-fatal strangulation is a felony. At night, police may ask an on-call judge by phone for an emergency protective order of up to seven days, which can exclude a person from the home and require firearms to be surrendered. Agencies that receive public funds must give people with limited English free language assistance through qualified interpreters, and may not rely on a minor child to interpret except in an emergency with no interpreter available.",
  start = "midnight_call",

  roles = {
    role { id = "cps", name = "On-call CPS investigator",
           brief = "It is 12:20 a.m. on a Wednesday. Police have called the CPS hotline from a domestic violence call at a suburban home with two young children, and you are the investigator on call. Your mandate is the children's safety, preferably within their family. Tonight you decide whether Emma and Noah can stay home safely, and what that takes. Your agency's interpreter line can put a Haitian Creole interpreter on video at any hour, usually within twenty minutes." },
    role { id = "dv", name = "On-call domestic violence advocate",
           brief = "You are the on-call advocate for a community domestic violence program that responds to this police department's calls. Your work is voluntary for the survivor, directed by her, and confidential: your program may not share what she tells you without her informed, written, time-limited release, and a release can never be a condition of your help. Your program contracts a language line with video interpreters, bound by the same confidentiality. CPS has also been called." },
  },

  state = {
    trust = 0,               -- Rachel's trust in the trainee's agency tonight
    interp = "",             -- how the trainee first heard Rachel: "qualified", "child", "parent", "english" or ""
    epo = false,             -- Scott arrested and an emergency protective order granted
    release_signed = false,  -- Rachel's written release of the advocate's information to CPS
    scott_first = false,     -- cps heard Scott before Rachel
    bed_held = false,        -- cps held a foster bed before assessing
    rachel_spoke = false,    -- cps had a private conversation with Rachel
    dv_private = false,      -- dv spoke with Rachel alone before CPS
    da_done = false,         -- dv went through a danger assessment with Rachel
    drink_unspoken = false,  -- the wine and March were kept out of what CPS heard from Rachel
    breach = false,          -- confidential information shared without Rachel's consent
    placement = "",          -- "home", "burden", "verbal", "kin" or "foster"
    plan_score = 0,          -- score of the written safety plan (PLAN_* above)
    doc = "",                -- the night's record: "", "thin", "blame", "mutual", "full", "none" or "copy"
    followup = "",           -- the morning: "", "her" (new case on Rachel), "source" (Rachel named to
                             -- Scott), "unrecorded" (screened out without a reason), "reply"
                             -- (she answered him) or "unsaved" (texts deleted)
  },

  confidential = {
    secret {
      id = "gun_threats", holder = "dv", released_when = "release_signed",
      text = "What Rachel told the advocate in confidence: twice since the spring, during arguments about her leaving, Scott took the handgun out of the closet lockbox, laid it on the kitchen table, and said that if she ever tried to take the children from him he would kill her and then himself. She has never told the police. He also follows where she is through a location app on her phone.",
      withheld = "Before you arrived, Rachel spoke alone with the on-call advocate. What she said stays with the advocate's program unless Rachel signs a written release for your agency.",
    },
  },

  scenes = {
    ---------------------------------------------------------------------------------------------
    scene {
      id = "midnight_call", phase = "removal",
      title = "Arriving after midnight",
      speaker = "Sergeant Ruiz",
      text = {
        cps = paras {
          "12:40 a.m. A cul-de-sac of split-level houses, two patrol cars, a landscaping truck in the driveway. Sergeant Ruiz meets you at the curb.",
          "\"Rachel Lindqvist called 911 at 11:52 from her daughter's bedroom. Her English is fine most days, but tonight she's shaking and losing words, so the daughter, Emma, six, has been interpreting Creole for us; sharp kid. Through her, Rachel says her husband, Scott, held her against the hallway wall by the throat. There's a faint red mark. He says it was an argument about money. There's a handgun, his, in a lockbox in the bedroom closet. The little one, Noah, is two, asleep, unhurt. Our risk screen came out low: no prior arrests, one call here two years ago. Per the daughter, Rachel doesn't want him arrested. She'd had a couple of glasses of wine; the bottle's on the counter. With the gun and the kids, we figured you'd want to look at placing them.\"",
          "Scott, who speaks some Creole, is standing by his truck with an officer. Rachel is in the kitchen. Emma sits on the stairs in her pajamas, wide awake.",
        },
        dv = paras {
          "12:40 a.m. A cul-de-sac of split-level houses, two patrol cars, a landscaping truck in the driveway. Sergeant Ruiz gives you the short version at the curb.",
          "Rachel Lindqvist called 911 at 11:52 from her daughter's bedroom. Her first language is Haitian Creole, and through Emma, six, who has been interpreting for the officers, she told them her husband, Scott, held her against the hallway wall by the throat; there is a faint red mark. There is a handgun, his, in a bedroom lockbox. Noah, two, is asleep and unhurt. The department's screen scored the incident low. \"Per the daughter, she doesn't want him arrested,\" the sergeant says. \"She'd been drinking some. CPS is on the way. They'll probably look at the kids.\"",
          "Rachel is alone at the kitchen table with an ice pack. Emma is on the stairs in her pajamas, watching the door. The CPS investigator is ten minutes out.",
        },
      },
      discussion = "Who has been speaking for Rachel tonight, and what might have been lost on the way? What does a child carry when she interprets her mother's account of violence?",
      choices = {
        choice {
          id = "emma_interprets", roles = { "cps" },
          text = "Ask Emma, who is awake anyway and has interpreted for the officers all night, to help for a few minutes so you can start with her mother.",
          set = { interp = "child" }, add = { trust = -1 }, go = "kitchen",
          rating = "harmful",
          feedback = "It saves twenty minutes and puts a six-year-old back between her mother and the worst night of her mother's life. Rachel softens every answer for her daughter's sake, and Emma hears what her father did in words she has to say aloud.",
          rationale = "Never interview an adult victim through her child: the child is harmed by carrying it, and the victim cannot speak freely in front of her (points 2, 8). Rated harmful, not concerning as a child relaying only an introduction is in the advocate's role, because here Emma carries the account of the assault itself, an hour after it, and that account steers the removal decision.",
          tags = { "trauma_informed", "child_safety", "survivor_partnership" },
        },
        choice {
          id = "scott_first", roles = { "cps" },
          text = "While the interpreter line connects, start with Scott by his truck: he speaks English, he is calm now, and his account will be quicker to get.",
          set = { scott_first = true, interp = "qualified" }, go = "kitchen",
          rating = "concerning",
          feedback = "Hearing him is not wrong in itself, and the wait is real. But his account now frames the night before you have heard from the person he is reported to have hurt, and Rachel watches you listen to him through the window.",
          rationale = "Start with the adult victim and the children; assess the perpetrator's pattern rather than adopting his framing (points 2, 4).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "in_english", roles = { "cps" },
          text = "Sit down with Rachel now and go slowly in English; she works in English every day, and the interpreter line can take half an hour.",
          set = { interp = "english", rachel_spoke = true }, go = "kitchen",
          rating = "concerning",
          feedback = "Work English is fine for \"Are the children hurt?\" It is not enough for strangulation, a gun and a marriage, an hour after being choked. Her answers are short and careful, and English is not the language she is frightened in.",
          rationale = "An account of danger needs a conversation the survivor can fully take part in; a thin first account weakens every later decision (points 5, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "see_kids_then_rachel", roles = { "cps" },
          text = "Call your agency's line for a video interpreter, and while it connects, look in on Noah with the sergeant and walk Emma back up to bed.",
          set = { interp = "qualified" }, add = { trust = 1 }, go = "kitchen",
          rating = "recommended",
          feedback = "Twenty minutes feels long at this hour, but it buys you Rachel's own account, in her own language, and it takes Emma out of the middle of the night. You also see for yourself that both children are safe.",
          rationale = "Partnering with the non-offending parent starts with a conversation she can actually have; a child who interprets her mother's account of violence is harmed by it, and the account is bent by it (points 2, 8).",
          tags = { "survivor_partnership", "child_safety", "trauma_informed" },
        },
        choice {
          id = "hold_bed", roles = { "cps" },
          text = "Call the placement desk to hold an emergency foster bed while you wait for the interpreter line, in case you see a need for one later.",
          set = { bed_held = true, interp = "qualified" }, go = "kitchen",
          rating = "concerning",
          feedback = "A held bed feels prudent at this hour, but it builds momentum toward removal before you have assessed anything, and the police framing quietly becomes your plan.",
          rationale = "Removal needs specific evidence of imminent harm and comes after reasonable efforts, not before the assessment (points 1, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },
        choice {
          id = "joint_talk", roles = { "cps" },
          text = "Ask the officers to bring Scott into the kitchen; he speaks Creole, so he can relay for Rachel while you hear both parents together and save time.",
          set = { interp = "parent" }, add = { trust = -1 }, go = "joint_kitchen",
          rating = "harmful",
          feedback = "The man she reports is now the only channel for her words. Whatever she says, you hear his version of it.",
          rationale = "Never interview a reported victim in front of the person she reports, let alone through him; meet each parent separately (points 2, 8).",
          tags = { "survivor_partnership", "trauma_informed" },
        },

        choice {
          id = "emma_intro", roles = { "dv" },
          text = "Ask Emma to interpret for you just long enough to tell her mother who you are; she has been doing it for the officers all night.",
          set = { interp = "child", dv_private = true }, go = "kitchen",
          rating = "concerning",
          feedback = "It is only an introduction, and Emma is willing. But \"domestic violence advocate\" is one more thing a six-year-old has to explain to her mother tonight, and Rachel's first impression of you is that you used her daughter too.",
          rationale = "Rated concerning rather than harmful, unlike interviewing through a child, because nothing of the incident passes through Emma; still, children are not interpreters in their parents' crises (points 2, 20).",
          tags = { "trauma_informed", "survivor_partnership" },
        },
        choice {
          id = "wait_for_cps", roles = { "dv" },
          text = "Wait for the CPS investigator and share her interpreter when it connects, so that Rachel has to tell the night only once, to one interpreter, in one sitting.",
          go = "kitchen",
          rating = "concerning",
          feedback = "Sparing her a retelling is kind, but in a joint interview she cannot tell which of you is voluntary and confidential, and she gets no chance to speak with you alone first.",
          rationale = "Advocacy is voluntary and confidential; folding it into a mandated interview blurs both roles (points 2, 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "intro_private", roles = { "dv" },
          text = "Ring your program's video interpreter and sit down with Rachel; until it connects, say in simple English only your name and that you don't work for CPS.",
          set = { interp = "qualified", dv_private = true }, add = { trust = 1 }, go = "kitchen",
          rating = "recommended",
          feedback = "When the interpreter comes on, you explain who you are, that talking with you is voluntary and confidential, and what the limits of that are, in her language. She learns before CPS arrives that she decides what happens to what she tells you.",
          rationale = "Confidentiality and its exceptions explained up front, in a language the survivor fully understands; advocacy she directs (points 18, 20).",
          tags = { "confidentiality", "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "read_report", roles = { "dv" },
          text = "Sit in the patrol car and read the officer's notes first, so that once the video interpreter connects she won't have to repeat the worst of it.",
          set = { dv_private = true }, go = "kitchen",
          rating = "acceptable",
          feedback = "Knowing the facts helps, but Rachel sits alone and frightened in the meantime, and you come to her having read a police version that was filtered through her six-year-old.",
          rationale = "The survivor's own account and her immediate safety come first (points 2, 7).",
          tags = { "trauma_informed", "survivor_partnership" },
        },
        choice {
          id = "tell_leave", roles = { "dv" },
          text = "Tell Rachel, in English while you wait, that for the children's sake she should go to a shelter tonight, and that you will see to the drive.",
          add = { trust = -1 }, set = { dv_private = true }, go = "kitchen",
          rating = "concerning",
          feedback = "She has already said no to shelter; opening with a directive, in her second language, tells her you are one more person deciding for her.",
          rationale = "Advocacy follows the survivor's own choices; directives shut down disclosure, and shelter is only one of the options (points 2, 3).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "joint_kitchen", phase = "removal",
      title = "Scott at the table",
      speaker = "Scott Lindqvist",
      text = paras {
        "Scott pulls out a chair beside Rachel, says something to her in Creole, then speaks for her. \"She says it was an argument about the business. She's running on no sleep, and she's had a few.\" He nods at the bottle. \"She works three nights a week at the rehab center and I have the kids those nights, every week. She got upset, I held her off, that's all.\"",
        "Rachel keeps her eyes on the ice pack. When you ask her, in English, what happened, she looks at Scott before she answers: \"Argument. I want everyone calm.\"",
        "Noah's stuffed otter lies at the foot of the stairs, where it must have fallen when she carried him up to Emma's room. The sergeant watches from the doorway.",
      },
      discussion = "What did you hear from Rachel in this scene, and what did you hear from Scott?",
      choices = {
        choice {
          id = "keep_going",
          text = "Carry on together; both are calm, Scott's Creole sounds fluent, and you can put the harder questions to Rachel plainly while everyone is at the table.",
          add = { trust = -1 }, go = "screen",
          rating = "harmful",
          feedback = "Rachel has just shown you she cannot speak freely. Carrying on turns her silence, in his words, into your record.",
          rationale = "A survivor cannot disclose danger in front of the person she fears; meet each parent separately (points 2, 8).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "separate_now",
          text = "Stop: say you see each parent alone in every case, have the officer walk Scott outside, and phone the agency for an interpreter.",
          add = { trust = 1 }, set = { rachel_spoke = true, interp = "qualified" }, go = "screen",
          rating = "recommended",
          feedback = "Presenting separate interviews as your standard practice keeps Rachel from looking as though she asked for it. Twenty minutes later, through the interpreter, she describes the locked door, the text to 911, her sister, March, and the divorce she has started.",
          rationale = "Separate meetings, presented as standard policy rather than the survivor's request (points 8, 9).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "ask_shifts",
          text = "Follow up on Scott's point and ask who watches the children on Rachel's work nights, and how much she drinks on the nights she is home.",
          add = { trust = -1 }, go = "screen",
          rating = "concerning",
          feedback = "You have taken up the questions Scott wanted asked, through the man she reports. Rachel cannot tell you, in front of him and in his words, that he is the childcare she has been trying to get away from.",
          rationale = "Perpetrators use the children and CPS against the other parent; joint interviews hand him the agenda (points 4, 8).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "kitchen", phase = "removal",
      title = "Rachel's first account",
      speaker = "Rachel Lindqvist",
      text = function(s, role)
        if role == "cps" then
          local how = ({
            qualified = "The interpreter, Josette Hollis, is on your tablet, propped against the fruit bowl.",
            child = "For ten minutes Emma stood at the table relaying your questions; Rachel kept her answers to a few words and watched her daughter's face. When the interpreter line finally connected, Nadia took Emma back up to bed.",
            english = "For ten minutes you and Rachel went slowly in English; her answers were short and careful. Then the interpreter line connected on your tablet.",
          })[s.interp] or ""
          return paras {
            s.scott_first and "Scott has already told you she is \"not stable,\" \"drinks,\" and is \"never home at night.\" Rachel watched you listen to him through the kitchen window." or "",
            "Rachel, thirty-four, sits at the kitchen table in a sweatshirt. The on-call advocate, Nadia Farouk, sits beside her. Rachel's work lanyard from the rehabilitation center hangs by the door; Emma's drawing of a cardinal is on the fridge; an open bottle of wine, a third gone, stands by the sink. " .. how,
            "\"Are you going to take them?\" Rachel asks, in Creole, before you sit down. \"He said if I ever called anyone, CPS would see I'm never home at night, and that I drink.\" She took both children into Emma's room, locked the door and called 911 from there. She works three twelve-hour nights a week as a nursing assistant, Thursday to Saturday; Scott has the children those nights. Two weeks ago she told him she wants a divorce.",
            "When you ask about the wine, Nadia answers before the interpreter has finished: \"She had two glasses after the kids were asleep. She left in March and went back, and she isn't going to discuss either with CPS tonight.\" Rachel looks from Nadia to you, and says nothing.",
          }
        end
        local how = ({
          qualified = "Rachel talks low, in Creole, her back to the stairs, and the interpreter on your phone keeps her voice low too.",
          child = "Emma interpreted your introduction and went back up to bed; the video interpreter connected a few minutes later.",
        })[s.interp] or "The program's video interpreter connects on your phone."
        return paras {
          s.dv_private and how
            or "You sat beside Rachel while the CPS investigator asked her questions through the agency's interpreter; she kept glancing at you, unsure whom you work for. Afterwards, on the back steps, your own interpreter on your phone, you explain that you are separate from CPS and the police, and she talks.",
          "She took Emma and Noah into Emma's room, locked the door and called 911 from there. She works three twelve-hour nights a week as a nursing assistant at a rehabilitation center, Thursday to Saturday; Scott has the children those nights. Two weeks ago she told him she wants a divorce. In March she took the children to her sister Karine's for ten days, and went back when Scott cried and said he would stop. Since then she has been drinking wine most nights to get to sleep.",
          "\"They'll say I'm a drunk who went back to him,\" she says. \"He told me if I ever called anyone, CPS would take the kids. Is that true?\"",
          "Then, after a long pause, she tells you something she has told no one else.",
        }
      end,
      reveal = { "gun_threats" },
      reason = "What do you make of the wine and of March, and what did you do with them?",
      discussion = "How does each system read a mother who went back once and drinks to sleep? What would it take for her to talk about both honestly with CPS?",
      choices = {
        choice {
          id = "what_emma_saw", roles = { "cps" },
          text = "Ask Rachel to walk you through what Emma saw and heard tonight, from the hallway to the bedroom, and what Emma told the officers afterward.",
          set = { rachel_spoke = true }, go = "screen",
          rating = "concerning",
          feedback = "What Emma saw matters, but opening there frames the night as a question of exposure and of Rachel's parenting, not of what Scott did and how Rachel kept the children safe.",
          rationale = "Assess the perpetrator's behavior and its effect on the children, not only whether the children saw it (points 1, 4).",
          tags = { "child_safety", "risk_assessment" },
        },
        choice {
          id = "accept_nadia", roles = { "cps" },
          text = "Let it go for tonight, as Nadia asks, leave the wine out of your notes, and turn to what happened in the hallway and where the children were.",
          set = { rachel_spoke = true, drink_unspoken = true }, go = "screen",
          rating = "concerning",
          feedback = "It feels respectful, but the advocate answered for Rachel, not Rachel. The police report already notes \"odor of alcohol\", and now nothing in your file answers it in her own words.",
          rationale = "An advocate speaking for the survivor is a mistake even when it protects her; the survivor's own account, and her protective efforts, belong in the record (points 7, 22).",
          tags = { "survivor_partnership", "collaboration", "documentation" },
        },
        choice {
          id = "explain_and_ask", roles = { "cps" },
          text = "Tell Nadia that Rachel can answer for herself, and ask Rachel about the wine and March in the same tone as everything else tonight.",
          add = { trust = 1 }, set = { rachel_spoke = true }, go = "screen",
          rating = "recommended",
          feedback = "Rachel answers for herself: two glasses after the children were asleep, most nights since March, because she cannot sleep in the same house as him; she went back because he controls the money. She also tells you what she does every day to keep them safe. Nadia sits back. You now have the whole picture, not the police note alone.",
          rationale = "Partner with the non-offending parent, including on what invites a failure-to-protect finding; document her protective efforts alongside it (points 2, 7, 22).",
          tags = { "survivor_partnership", "documentation" },
        },
        choice {
          id = "shelter_or_place", roles = { "cps" },
          text = "Explain that with the drinking and her going back in March, you may have to place the children tonight unless she takes them to a shelter.",
          add = { trust = -2 }, set = { rachel_spoke = true }, go = "screen",
          rating = "harmful",
          feedback = "This is the threat Scott told her to expect. It turns his violence into her failure, and it makes it unlikely she will tell you anything more.",
          rationale = "Removal from the non-offending parent is a last resort; coercing her into shelter is not partnership, and the wine is not evidence of imminent harm (points 1, 2, 3).",
          tags = { "survivor_partnership", "reasonable_efforts" },
        },
        choice {
          id = "promise_home", roles = { "cps" },
          text = "Reassure her that the wine and March won't count against her and the children will stay with her, so she can talk.",
          add = { trust = 1 }, set = { rachel_spoke = true }, go = "screen",
          rating = "concerning",
          feedback = "It is kind, but you cannot know that yet. If your assessment changes, the broken promise will cost her trust in every service that follows.",
          rationale = "Honest partnership includes honesty about the mandate; you cannot promise an outcome before assessing the danger (points 2, 5).",
          tags = { "survivor_partnership", "trauma_informed" },
        },

        choice {
          id = "advise_hide", roles = { "dv" },
          text = "Advise her to keep the wine and March to herself when CPS asks; neither caused tonight, and both can be used against her in a file.",
          set = { drink_unspoken = true }, go = "screen",
          rating = "concerning",
          feedback = "You are right that both can be used against her, and wrong about what protects her. The police report already notes the wine. Silence about it will look like hiding; her own account, beside what she did tonight, is her best answer.",
          rationale = "Help the survivor decide how to speak about what invites a failure-to-protect finding; honesty about the mandated system, and her protective efforts on the record (points 7, 22).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "promise_kids", roles = { "dv" },
          text = "Reassure her that CPS won't take the children as long as she cooperates with the investigator and keeps the drinking under control.",
          go = "screen",
          rating = "concerning",
          feedback = "You cannot promise what another agency will decide, and \"as long as she cooperates\" quietly makes the children's fate her responsibility.",
          rationale = "Be honest about the difference between voluntary and mandated services; don't speak for CPS (points 2, 22).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "practical_only", roles = { "dv" },
          text = "Go straight to the practical: where she and the children could sleep tonight if she wanted to leave, and who could drive them there.",
          go = "screen",
          rating = "acceptable",
          feedback = "Practical options matter tonight, but skipping her own account of the danger means the plan will rest on less than she knows.",
          rationale = "Her sense of danger and the lethality cues shape the plan; safety planning starts from her account (points 5, 7).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "listen_and_assess", roles = { "dv" },
          text = "Ask what frightens her most about this week, and offer to go through a danger checklist with her, question by question.",
          add = { trust = 1 }, set = { da_done = true }, go = "screen",
          rating = "recommended",
          feedback = "Her own sense of danger is one of the best guides you have, and a structured assessment lets her see the gun, the strangulation and the separation laid out together. She also asks how to talk to CPS about the wine, and you work it out with her.",
          rationale = "Lethality cues: strangulation, gun access, threats to kill, recent separation (point 5); safety planning directed by the survivor (point 7).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "must_leave", roles = { "dv" },
          text = "Tell her that, after what she has just told you about the gun, she has to leave him tonight, and that you will find her a bed.",
          add = { trust = -1 }, go = "screen",
          rating = "concerning",
          feedback = "Your alarm is warranted, but the time around leaving is the most dangerous, and the decision is hers. Telling her what she must do repeats the control she lives with.",
          rationale = "Advocacy is survivor-directed; separation raises lethality, so leaving needs planning, not an order (points 5, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "screen", phase = "removal",
      title = "The police risk screen",
      speaker = "Sergeant Ruiz",
      text = function(s, role)
        local screen = "Sergeant Ruiz shows you the department's risk screen on his tablet: a short actuarial checklist, scored mostly from criminal history (prior assault arrests, prior custody, prior violations of court orders, prior calls to the address) with a few items about the incident. Scott has no record. The result reads LOW in green letters. Under it, the officer's notes: \"Victim does not want arrest (per daughter, 6, interpreting). Odor of alcohol on victim.\""
        local plan = "\"No record, she doesn't want an arrest, the mark's faint,\" he says. \"Plan is he spends the night at his brother's, and we send the report up for review in the morning. Unless you see it differently.\""
        if role == "cps" then
          return paras {
            "1:15 a.m. Back outside. " .. screen,
            plan,
            "Scott is leaning on his truck with his keys in his hand. The handgun is still in the closet upstairs.",
          }
        end
        return paras {
          "1:15 a.m. The sergeant steps into the hallway. " .. screen,
          plan,
          "Rachel stands in the kitchen doorway, watching his face, not his words. Scott is leaning on his truck with his keys in his hand; the handgun is still in the closet upstairs.",
        }
      end,
      reason = "What in the case facts does the screen leave out, and what did you do about it?",
      discussion = "What can an actuarial screen built on prior records tell you about a man with no prior arrests, and what can't it? Whose words are in the officer's notes?",
      choices = {
        choice {
          id = "accept_screen", roles = { "cps" },
          text = "Go along with the sergeant's plan: the screen is the department's validated tool, and a night at his brother's takes the heat out of things.",
          go = "release",
          rating = "concerning",
          feedback = "The screen could not see the strongest danger signs in this case, and the \"does not want arrest\" came through a six-year-old. A night at his brother's, with his key and his truck and his gun still in the house, is not a plan.",
          rationale = "Police actuarial screens have limits, notably for men with no prior record; weigh the lethality cues yourself (points 5, 6).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "then_remove", roles = { "cps" },
          text = "Tell the sergeant that unless Scott is held tonight, the children will have to come into care, and ask him to keep a car here until you decide.",
          go = "release",
          rating = "harmful",
          feedback = "You have sensed the danger correctly and then aimed the response at the children instead of at the man who is dangerous. The sergeant shrugs: that is your call, not his.",
          rationale = "Reasonable efforts in domestic violence cases include removing the perpetrator rather than the child (points 1, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },
        choice {
          id = "name_limits", roles = { "cps" },
          text = "Tell the sergeant what his checklist can't see (the hands on her neck, his gun, the divorce she asked for) and ask if that is grounds to arrest him.",
          set = { epo = true }, go = "release",
          rating = "recommended",
          feedback = "You put the missing facts on the table without taking over his job. He rereads his notes, retakes Rachel's statement through the interpreter, calls his lieutenant, arrests Scott on the strangulation report, and phones the on-call judge for an emergency order.",
          rationale = "Screens built on records miss men never arrested before; strangulation and gun access are major lethality cues; removing the perpetrator is a reasonable effort (points 3, 5, 6).",
          tags = { "risk_assessment", "perpetrator_accountability", "reasonable_efforts" },
        },
        choice {
          id = "note_low", roles = { "cps" },
          text = "Record the screen's low result as the risk level in your safety assessment, with the officer's notes on the alcohol and the arrest.",
          go = "release",
          rating = "concerning",
          feedback = "Borrowing the score imports its blind spots into your record, and the note about the arrest is a six-year-old's rendering of her mother. A later reader will find \"low risk\" written beside a strangulation report.",
          rationale = "An actuarial screen built on criminal history is not a lethality assessment (points 5, 6).",
          tags = { "risk_assessment", "documentation" },
        },

        choice {
          id = "police_matter", roles = { "dv" },
          text = "Stay out of the arrest question: that is police business, and your place tonight is in the kitchen with Rachel and the interpreter, not in the hallway.",
          go = "release",
          rating = "concerning",
          feedback = "Your place is with Rachel, and that includes making sure she knows what an emergency order could do tonight. Saying nothing leaves the screen's blind spots, and a child's interpretation, unchallenged.",
          rationale = "Limits of actuarial screens (point 6); an order that removes the perpetrator is a key reasonable effort (point 3).",
          tags = { "risk_assessment", "reasonable_efforts" },
        },
        choice {
          id = "general_dynamics", roles = { "dv" },
          text = "Without any of Rachel's details, tell the sergeant that arrest-based screens miss many dangerous men, and that strangulation is a leading warning sign.",
          set = { epo = true }, go = "release",
          rating = "acceptable",
          feedback = "That is information you may share without a release, and it helps: the sergeant rethinks and arrests Scott. Rachel's own account of the gun threats stays out of it unless she chooses to give it.",
          rationale = "Without a release an advocate can still share general dynamics (point 21); the limits of actuarial screens (point 6).",
          tags = { "risk_assessment", "confidentiality", "collaboration" },
        },
        choice {
          id = "rachel_voice", roles = { "dv" },
          text = "Go back to the kitchen, explain to Rachel what a judge's order could do tonight, gun included, and offer to stand beside her if she goes to the sergeant.",
          add = { trust = 1 }, set = { epo = true }, go = "release",
          rating = "recommended",
          feedback = "Rachel decides to tell him, through your interpreter, with you beside her. Her own account of the threats moves the sergeant: he arrests Scott on the strangulation report and phones the on-call judge for an order that includes firearm surrender.",
          rationale = "The survivor decides what to share; the lethality cues reach the people who can act on them; the response removes the perpetrator (points 3, 5, 18).",
          tags = { "survivor_partnership", "risk_assessment", "perpetrator_accountability" },
        },
        choice {
          id = "tell_sergeant", roles = { "dv" },
          text = "Tell the sergeant yourself what Rachel told you about the gun threats; he needs it for his screen, and she is too shaken to go through it again.",
          add = { trust = -2 }, set = { epo = true, breach = true }, go = "release",
          rating = "harmful",
          feedback = "The sergeant acts on it, but Rachel did not agree. Minutes later she hears him repeat the threats into his radio: what she told you in confidence is now in a police report that Scott's lawyer will one day read.",
          rationale = "An advocate may not share a survivor's information without her informed, written, time-limited release; the exceptions are statutes and court orders, not an advocate's judgment (points 18, 20).",
          tags = { "confidentiality" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "release", phase = "information sharing",
      title = "What the advocate holds",
      speaker = { cps = "Nadia Farouk, DV advocate", dv = "Lena Okafor, CPS investigator" },
      text = function(s, role)
        local outside = s.epo and "Through the front window, you see an officer guide Scott into the back of a patrol car."
          or "Scott is still out by his truck."
        if role == "cps" then
          return paras {
            "1:35 a.m. You ask Nadia Farouk, the advocate, what Rachel told her before you arrived.",
            "\"I can't share anything Rachel told me without her written release,\" she says. \"My program can't, and it's her call. I can tell you in general what we look for on nights like this.\"",
            outside,
          }
        end
        return paras {
          "1:35 a.m. Lena Okafor, the CPS investigator, catches you by the front door. \"I need to know what she told you. If there's something about that gun, I can't leave those kids here without knowing it.\"",
          "She is not wrong that it matters. Rachel is in the kitchen with the interpreter still on your phone. In your folder is a one-page release form: one agency, a blank for what may be shared, and a date it expires.",
          s.breach and "Rachel has not looked at you since she heard the sergeant repeat the gun threats into his radio." or outside,
        }
      end,
      reason = true,
      discussion = "What can an advocate share without a release? What does an informed, written, time-limited release look like at two in the morning, through an interpreter, and how do you know it is voluntary? What should it never cover?",
      choices = {
        choice {
          id = "press_nadia", roles = { "cps" },
          text = "Remind Nadia that you are both here for the children, and ask her to tell you informally; it won't go in the file, and it stays between the two of you.",
          go = "weighing",
          rating = "concerning",
          feedback = "She declines, as she must. Asking her to break the rules her program works under costs you her trust, and \"informally\" is not a category the law recognizes.",
          rationale = "Domestic violence programs may not share identifying information without an informed, written, time-limited release; working together does not change that (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "three_way_yes", roles = { "cps" },
          when = function(s) return s.trust >= 1 end,
          text = "Ask Nadia if Rachel might talk with the two of you together and decide what you hear, and say you need no form from her to keep the children.",
          set = { release_signed = true }, go = "weighing",
          rating = "recommended",
          feedback = "Rachel agrees to talk with you both. She tells you about the gun threats herself, and signs a release for CPS covering the threats and the location tracking, valid until Friday at 5 p.m. Her safety plan with Nadia stays with the program. She chose this, so she will stand behind it.",
          rationale = "A three-way meeting lets the survivor speak for herself; a release must be informed, written, time-limited and voluntary, and her own safety plan stays out of a record the perpetrator may read (points 17, 18, 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "three_way_no", roles = { "cps" },
          when = function(s) return s.trust < 1 end,
          text = "Ask Nadia if Rachel might talk with the two of you together and decide what you hear, and say you need no form from her to keep the children.",
          go = "weighing",
          rating = "recommended",
          feedback = "Rachel agrees to sit down with you both but, after the night so far, decides not to sign anything. That is her right. Nadia shares what she can in general terms, and you plan on what you know.",
          rationale = "A three-way meeting lets the survivor speak for herself; a release must be voluntary, and a refusal is respected (points 18, 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "skip_info", roles = { "cps" },
          text = "Decide that the police report and your own interview are enough to go on, even if Rachel told Nadia more, and move on to your assessment.",
          go = "weighing",
          rating = "concerning",
          feedback = "You may be able to decide without it, but you never gave Rachel the chance to tell you what she told the advocate, which is exactly the kind of danger information a removal decision turns on.",
          rationale = "Without a release the advocate can still offer a three-way meeting so the survivor speaks for herself; lethality information matters here (points 5, 21).",
          tags = { "collaboration", "risk_assessment" },
        },
        choice {
          id = "release_condition", roles = { "cps" },
          text = "Tell Rachel plainly that to keep the children home tonight, you will need her to sign the advocate's release form, covering everything she knows.",
          add = { trust = -2 }, go = "weighing",
          rating = "harmful",
          feedback = "A release signed to keep her children would not be voluntary. Nadia tells Rachel she does not have to sign, and Rachel, frightened and angry, signs nothing.",
          rationale = "A release must be informed and voluntary and can never be a condition; coercion also breaks the partnership with the protective parent (points 2, 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },

        choice {
          id = "share_informally", roles = { "dv" },
          text = "Tell Lena about the gun threats off the record, in plain terms, so she can weigh them tonight; the children's safety comes first, and she won't write it down.",
          add = { trust = -2 }, set = { breach = true }, go = "weighing",
          rating = "harmful",
          feedback = "There is no \"off the record\" for your program. Rachel did not agree, and what you said can now go into a CPS file that Scott's lawyer may read.",
          rationale = "No sharing of identifying information without the survivor's written release; CPS records can reach the perpetrator through court (points 17, 18).",
          tags = { "confidentiality" },
        },
        choice {
          id = "offer_three_way_yes", roles = { "dv" },
          when = function(s) return s.trust >= 1 end,
          text = "Give Lena the general picture, no details; then see if Rachel would sit down with Lena herself, and go over the release form with her, clause by clause.",
          set = { release_signed = true }, go = "weighing",
          rating = "recommended",
          feedback = "Rachel decides to tell Lena about the gun threats herself, and signs a release for CPS covering the threats and the location tracking, valid until Friday at 5 p.m. Her safety plan with you stays out of it. You note the release's scope and its expiry.",
          rationale = "General information and a three-way meeting without a release; a release that is informed, written, time-limited and never a condition of service, and that keeps her safety plan out of a CPS file (points 17, 18, 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "offer_three_way_no", roles = { "dv" },
          when = function(s) return s.trust < 1 end,
          text = "Give Lena the general picture, no details; then see if Rachel would sit down with Lena herself, and go over the release form with her, clause by clause.",
          go = "weighing",
          rating = "recommended",
          feedback = "Rachel agrees to the conversation but is not ready to sign anything tonight. You respect that, and you give Lena only general information about strangulation and guns.",
          rationale = "General information and a three-way meeting without a release; the survivor's refusal is respected (points 18, 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "refuse_flat", roles = { "dv" },
          text = "Tell Lena you cannot discuss Rachel at all without a signed release, and leave it there; the law is clear, and it protects Rachel.",
          go = "weighing",
          rating = "concerning",
          feedback = "Right on the law, but it closes doors you could open: general information about danger, and the offer of a three-way conversation that Rachel controls. Flat refusal is rated the same way in every case.",
          rationale = "Without a release an advocate can still share general dynamics and offer a three-way meeting (point 21).",
          tags = { "collaboration", "confidentiality" },
        },
        choice {
          id = "urge_sign", roles = { "dv" },
          text = "Suggest to Rachel that signing the release form for everything would show CPS she is cooperating; if Rachel hesitates, make clear the choice is hers.",
          set = { release_signed = true }, go = "weighing",
          rating = "concerning",
          feedback = "She signs, but a blanket release signed to look cooperative is not the informed, limited choice the law requires, and it may send her safety plan and more into a CPS file than she would ever want there.",
          rationale = "A release must be informed, specific and time-limited, and the survivor's own choice; her safety plan stays out of records the perpetrator may read (points 17, 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "weighing", phase = "removal",
      title = "Weighing the risk",
      speaker = { cps = "Your notes", dv = "Rachel Lindqvist" },
      text = function(s, role)
        local status = s.epo and "Scott is under arrest; the sergeant has asked the on-call judge for an emergency order."
          or "Scott is still in the driveway. No one has asked for an order."
        if role == "cps" then
          return paras {
            "1:50 a.m. You sit in your car for five minutes with your notes.",
            "Rachel's report that Scott held her by the throat, with a mark to match. A handgun in the house, his, in a lockbox he has the key to. " ..
              (s.rachel_spoke and "Rachel told him two weeks ago that she wants a divorce, and he told her CPS would take the children if she ever called anyone."
                or "The officer's notes say Rachel recently asked Scott for a divorce.") ..
              (s.rachel_spoke and " She left once, in March, for ten days, and went back. She drinks wine to sleep; tonight, two glasses after the children were in bed."
                or " The officers noted alcohol on her breath; Scott says she drinks.") ..
              " No prior arrests; the department's screen says low. Emma and Noah were upstairs, behind a locked door their mother put between them and him.",
            status,
          }
        end
        return paras {
          "1:50 a.m. " .. (s.da_done and "You finish the danger assessment with Rachel at the kitchen table."
            or "Rachel agrees to go through a danger assessment with you at the kitchen table."),
          "She answers yes to more questions than she expected. He strangled her tonight. He has a gun and has used it to threaten her. She told him two weeks ago that she is leaving. He tracks her phone. He has said he would kill her and then himself. She looks at the total for a long moment. \"That's not low,\" she says quietly.",
          status,
        }
      end,
      reveal = { "gun_threats" },
      reason = "Which facts carry the most weight for you, and why?",
      discussion = "Which of tonight's facts are about Scott, and which are about Rachel? Which of them say anything about the next three days?",
      choices = {
        choice {
          id = "exposure_enough", roles = { "cps" },
          text = "The children were in the house during a strangulation, near a gun, with their mother drinking: enough to place them.",
          go = "pattern",
          rating = "harmful",
          feedback = "Their exposure is real and it matters, but in this jurisdiction it is not neglect by itself, and two glasses after bedtime did not put them in danger. The danger comes from Scott; the question is whether it can be stopped without taking the children from the parent who protected them.",
          rationale = "Exposure alone is not neglect; removal needs imminent harm that other efforts cannot avert, weighed against the harm of removal (points 1, 2).",
          tags = { "child_safety", "reasonable_efforts" },
        },
        choice {
          id = "first_incident", roles = { "cps" },
          text = "No prior arrests, a low screen and a mother who called for help: treat it as a first incident of moderate risk and plan for review in the morning.",
          go = "pattern",
          rating = "concerning",
          feedback = "A first police call is rarely a first incident; Rachel went back to him in March. The screen's silence about strangulation and the gun is a gap in the tool, not evidence of safety.",
          rationale = "Lethality cues outweigh a records-based score, which is weakest for men with no prior record (points 5, 6).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "high_danger_him", roles = { "cps" },
          text = "Call it high danger from him (the choking, a gun in reach, a wife who is leaving) and keep the wine and March on the page as context.",
          go = "pattern",
          rating = "recommended",
          feedback = "You have named the lethality cues and aimed the response at their source, without pretending the wine is not there. Tonight, the children's safety and Rachel's are the same problem.",
          rationale = "Strangulation, gun access, a recent separation and threats to kill are strong lethality cues; reasonable efforts target the perpetrator; a survivor's coping is assessed, not used against her (points 3, 5, 7).",
          tags = { "risk_assessment", "perpetrator_accountability" },
        },
        choice {
          id = "mother_reluctant", roles = { "cps" },
          text = "Weigh heavily that she went back in March and drinks most nights: however the night started, she may not be able to keep him away from the children.",
          go = "pattern",
          rating = "concerning",
          feedback = "Her return had reasons (money, fear, his promises), and the wine is how she gets through nights in a house with him. Her actions tonight say more: the locked door, the text, the divorce. This is the \"failure to protect\" lens the facts contradict.",
          rationale = "Document and credit her protective efforts; avoid failure-to-protect framing; going back is common and is not evidence she will not protect (points 2, 7, 14).",
          tags = { "survivor_partnership", "risk_assessment" },
        },

        choice {
          id = "keep_to_self", roles = { "dv" },
          text = "Keep your own read of the total to yourself for tonight, so as not to frighten her further while the children are asleep upstairs and Lena is outside.",
          go = "pattern",
          rating = "concerning",
          feedback = "She has a right to what her own answers show, and the plan you make together depends on her knowing it.",
          rationale = "Lethality information belongs to the survivor and drives her safety plan (points 5, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "honest_result", roles = { "dv" },
          text = "Tell her straight that the total means her life is in serious danger, that none of it is her fault, and that what happens next is up to her.",
          go = "pattern",
          rating = "recommended",
          feedback = "Rachel hears it from someone on her side, and starts thinking aloud about the gun and about her work nights. Honest risk information is what survivor-directed planning runs on.",
          rationale = "Lethality cues named and weighed with the survivor; her plan built on them (points 5, 7).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "trust_screen", roles = { "dv" },
          text = "Point out that the police screen came out low and that he has no record, so tonight's risk may be lower than it feels to her.",
          go = "pattern",
          rating = "concerning",
          feedback = "The screen is scored on his record, and he has none. Her fear, the strangulation and the gun are far better guides than that number.",
          rationale = "Actuarial screens have limits with no prior record; lethality cues and the survivor's own fear weigh more (points 5, 6).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "shelter_now", roles = { "dv" },
          text = "Tell her the result means she has to go to a shelter tonight with the children, and that you will call ahead for a bed.",
          go = "pattern",
          rating = "concerning",
          feedback = "The result calls for a strong plan, not one answer chosen for her. Shelter is one option; keeping Scott out and getting the gun may be safer for her and the children than moving them at 2 a.m.",
          rationale = "Survivor-directed planning; removing the perpetrator is often a better reasonable effort than moving the family (points 3, 7).",
          tags = { "survivor_partnership", "reasonable_efforts" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "pattern", phase = "removal",
      title = "Each side of the story",
      speaker = { cps = "Scott Lindqvist", dv = "Rachel Lindqvist" },
      text = function(s, role)
        if role == "cps" then
          return paras {
            (s.epo and "2:05 a.m. Before transport, the sergeant gives you five minutes with Scott at the open door of the patrol car."
              or "2:05 a.m. Scott is leaning against his truck, waiting to drive to his brother's.") ..
              " He is thirty-seven, polite and tired. He runs a small landscaping business with two employees and mows half the lawns on this street." ..
              (s.scott_first and " It is your second conversation tonight; the story has not changed, but it has grown longer." or ""),
            "\"I'm not the problem here,\" he says. \"She drinks. She can't even talk to the kids' teachers. Three nights a week she leaves them with me. She walked out in March and came crawling back. Ask Emma. Emma tells me everything.\"",
            "He mentions twice that the house and the business accounts are in his name. \"She's not taking my kids anywhere.\"",
          }
        end
        return paras {
          "2:05 a.m. While Lena talks with Scott outside, Rachel tells you more, in pieces.",
          "Her paycheck goes into an account Scott manages; she gets cash for groceries. He checks where she is through the location app on her phone. In March he found her at Karine's within a day. Since she asked for a divorce he has been telling Emma, \"If Mommy leaves, she's leaving you too,\" and asking Emma what Mommy says on the phone to her sister in Creole, since he cannot follow it all. Last week Emma asked her whether she was going away.",
          "\"Tonight was the first time anyone came,\" Rachel says. \"It wasn't the first time.\"",
        }
      end,
      discussion = "What does it look like to engage Scott as a father and hold him accountable in the same conversation? What in his words is about the children, and what is about Rachel?",
      choices = {
        choice {
          id = "check_her_shifts", roles = { "cps" },
          text = "Take up his concern and add to your plan a check of Rachel's night-time care: who has the children on her shifts, and whether she can deal with their school in English.",
          go = "juncture",
          rating = "concerning",
          feedback = "Her work nights are a real planning question, but this version of it comes from him, framed as her neglect, and it turns her English into a charge. Using the children, and CPS, against her is part of the pattern you are assessing.",
          rationale = "Assess the perpetrator's pattern, including his use of the children and of the system against the mother (point 4).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "confront_with_disclosure", roles = { "cps" },
          text = "Tell him what Rachel has said about his threats and about March, and watch how he reacts; his answer will tell you a lot.",
          go = "juncture",
          rating = "harmful",
          feedback = "Anything he hears as coming from Rachel raises her danger the moment he is free. Hold him to account with the police report, not with her disclosures.",
          rationale = "Confront the perpetrator with third-party evidence, never with what the survivor disclosed (points 5, 10).",
          tags = { "perpetrator_accountability", "risk_assessment" },
        },
        choice {
          id = "mutual_conflict", roles = { "cps" },
          text = "Note that the parents give conflicting accounts of the night, that both have problems to work on, and record it as a mutual conflict.",
          go = "juncture",
          rating = "concerning",
          feedback = "Nothing in the facts is mutual: a strangulation report, a mark, a gun that is his. Her drinking is not the other half of his violence. \"Mutual conflict\" erases the pattern you are here to assess.",
          rationale = "Assess his pattern of behavior; avoid mutual-violence framing (points 4, 14).",
          tags = { "documentation", "perpetrator_accountability" },
        },
        choice {
          id = "father_and_accountable", roles = { "cps" },
          text = "Speak to him as Emma and Noah's dad, who can be a good one and stop hurting their mom; tell him the next steps rest on the evidence, not on Rachel.",
          go = "juncture",
          rating = "recommended",
          feedback = "You engage him without colluding. His own words (Emma as his informant, the accounts in his name, \"she's not taking my kids\", her English as a charge) are the pattern of control you need on record.",
          rationale = "Assess the perpetrator's pattern, including use of the children; engage fathers with accountability, relying on third-party evidence (points 4, 10).",
          tags = { "perpetrator_accountability", "risk_assessment" },
        },

        choice {
          id = "tonight_only", roles = { "dv" },
          text = "Keep to tonight's incident; the longer history, March included, can wait for a follow-up appointment when she has slept.",
          go = "juncture",
          rating = "acceptable",
          feedback = "Tonight gives you enough to plan around, but the money, the phone and what he says to Emma change what a safe plan looks like, starting with that location app.",
          rationale = "The pattern of coercive control, not just the latest incident, shapes risk and the plan (point 4).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "couples", roles = { "dv" },
          text = "Suggest couples counseling with a counselor who speaks Creole, once things have calmed down, for the children's sake and to make the divorce less bitter.",
          go = "juncture",
          rating = "harmful",
          feedback = "Couples counseling treats control as a shared problem and can put her in danger for what she says in the room. It is not recommended where one partner abuses the other.",
          rationale = "His pattern of control is his responsibility, and the lethality cues make joint sessions unsafe (points 4, 5).",
          tags = { "survivor_partnership", "perpetrator_accountability" },
        },
        choice {
          id = "name_pattern", roles = { "dv" },
          text = "Put the pieces together with her (the money, the app, what he says to Emma, the CPS threat) and ask which of them belong in her request to the judge.",
          go = "juncture",
          rating = "recommended",
          feedback = "Putting the pieces together shows her, and later a judge, that tonight belongs to a pattern of control. She decides to mention the tracking and what he says to Emma in her petition for a longer order.",
          rationale = "Assess the perpetrator's pattern, including coercive control and use of the children; plan with the survivor (points 4, 7).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "pass_to_cps", roles = { "dv" },
          text = "Pass the pattern along to Lena yourself on her way back in, since every piece of it supports Rachel's side against him.",
          set = { breach = true }, go = "juncture",
          rating = "concerning",
          feedback = "It may well help her, but it is hers to share. Without her agreement, and outside any release she signed, telling Lena is a disclosure your program cannot make.",
          rationale = "Share only within the scope of the survivor's release; offer her the chance to tell CPS herself (points 18, 21).",
          tags = { "confidentiality" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "juncture", phase = "removal",
      title = "Where the children sleep",
      speaker = { cps = "Your supervisor, on the phone", dv = "Lena Okafor, CPS investigator" },
      text = function(s, role)
        local order = s.epo and "Scott is on his way to booking. The on-call judge has granted a seven-day emergency order that excludes him from the house and requires him to surrender his firearms. The handgun is still in the lockbox; the sergeant says he can take it tonight if someone asks."
          or "Scott is waiting by his truck to drive to his brother's. No order has been requested, and the handgun is still in the closet."
        if role == "cps" then
          return paras {
            "2:20 a.m. Your supervisor is on the phone, waiting for your call. Upstairs, Emma and Noah are asleep in Emma's bed, Noah's otter back under his arm.",
            s.bed_held and "The placement desk is holding a foster bed across the county until 3 a.m." or "",
            order,
            "\"Strangulation, a gun, and a mother who's been drinking and went back to him once,\" your supervisor says. \"Talk me through it.\" Rachel wants the children with her and Scott out. Her sister Karine can take the children on Rachel's work nights. Nadia says her program can hold a shelter bed if Rachel wants one.",
          }
        end
        return paras {
          "2:20 a.m. Lena comes in from the porch with her phone in her hand. \"My supervisor wants a decision. With the strangulation and the gun, and the drinking, I'm leaning toward placing the kids tonight, maybe with the sister, maybe a foster home.\"",
          order,
          "Rachel is sitting on the stairs, watching the interpreter on your phone. \"Please,\" she says in English, to both of you. \"He's the one who did this.\"",
        }
      end,
      reason = "What specific harm does your decision prevent, and what harm might it cause?",
      discussion = "What would have to be true tonight for removal to be the right decision? Which of those things are true here? How does each system define success for this family?",
      choices = {
        choice {
          id = "foster", roles = { "cps" },
          text = "Tell your supervisor you are placing the children in emergency foster care until the hearing, so that no one has to judge at 2 a.m. whether the drinking will stop.",
          set = { placement = "foster" }, go = "removal_night",
          rating = "harmful",
          feedback = "Nothing tonight shows a danger that keeping Scott out and taking the gun cannot meet, and two glasses after bedtime is not one. Two small children will wake among strangers who do not speak their mother's language, away from the parent who protected them.",
          rationale = "Exposure alone is not neglect; unnecessary removal adds trauma and cuts the children's key relationship; reasonable efforts come first (points 1, 2, 3).",
          tags = { "reasonable_efforts", "child_safety", "trauma_informed" },
        },
        choice {
          id = "kin_only", roles = { "cps" },
          text = "Place Emma and Noah with their aunt Karine tonight, without Rachel, as a precaution until the hearing; they know Karine well, and she can take them within the hour.",
          set = { placement = "kin" }, go = "removal_night",
          rating = "concerning",
          feedback = "A relative they know is gentler than strangers, but it is still a removal from the parent who protected them, made while the danger itself, Scott, has other answers.",
          rationale = "Exposure alone is not neglect; removal from the non-offending parent is a last resort after reasonable efforts aimed at the perpetrator (points 1, 2, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },
        choice {
          id = "stay_home_plan", roles = { "cps" },
          when = function(s) return s.epo end,
          text = "Tell your supervisor the children stay put with their mother tonight, and that you will write the plan with her and Nadia at the kitchen table.",
          set = { placement = "home" }, go = "plan",
          rating = "recommended",
          feedback = "The danger is real, and the order and the gun's surrender meet it where it comes from. The children sleep in their own beds, with the parent who protected them.",
          rationale = "Removal needs imminent harm that reasonable efforts cannot avert; here the order, firearm surrender and partnership with the mother avert it (points 1, 2, 3).",
          tags = { "reasonable_efforts", "survivor_partnership", "child_safety" },
        },
        choice {
          id = "stay_home_late_order", roles = { "cps" },
          when = function(s) return not s.epo end,
          text = "Catch the sergeant before he clears, ask him for the judge and the handgun after all, and tell Rachel the children can stay with her.",
          set = { placement = "home", epo = true }, go = "plan",
          rating = "recommended",
          feedback = "Late, but in time: the sergeant arrests Scott on the strangulation report, the on-call judge grants the order, and the plan now rests on something stronger than Scott's promise.",
          rationale = "Reasonable efforts aimed at the perpetrator, driven by the lethality cues (points 3, 5).",
          tags = { "reasonable_efforts", "perpetrator_accountability" },
        },
        choice {
          id = "sisters_condition", roles = { "cps" },
          when = function(s) return s.epo end,
          text = "Tell Rachel the children can stay with her on one condition: that she takes them to her sister's tonight and stays there until the hearing.",
          set = { placement = "burden" }, go = "plan",
          rating = "concerning",
          feedback = "It keeps them together, but it moves a mother and two small children out at 2 a.m. instead of moving him, and it makes their staying together depend on her compliance.",
          rationale = "Reasonable efforts remove the perpetrator rather than the family; partnership is not a condition (points 2, 3).",
          tags = { "reasonable_efforts", "survivor_partnership" },
        },
        choice {
          id = "verbal_only", roles = { "cps" },
          when = function(s) return not s.epo end,
          text = "Leave the children with Rachel on her written promise not to let Scott in and not to drink; he's going to his brother's.",
          set = { placement = "verbal" }, go = "record",
          rating = "harmful",
          feedback = "This keeps the family together but ignores what you found: a strangulation, a gun, a separation. Rachel's promise cannot stop Scott; only measures aimed at him can.",
          rationale = "A safety plan must act on the lethality cues through measures aimed at the perpetrator (points 3, 5).",
          tags = { "risk_assessment", "reasonable_efforts" },
        },

        choice {
          id = "stay_quiet_order", roles = { "dv" },
          when = function(s) return s.epo end,
          text = "Say nothing to Lena: removal is CPS's decision, and your program needs this investigator's goodwill for the next hundred families.",
          set = { placement = "kin" }, go = "removal_night",
          rating = "concerning",
          feedback = "With no one setting out the alternatives, Lena's supervisor approves placing the children with Karine, without Rachel. Your program's relationship with CPS exists for exactly this moment.",
          rationale = "Removal from the non-offending parent is a last resort; advocates help put reasonable efforts on the table (points 2, 3, 22).",
          tags = { "collaboration", "reasonable_efforts" },
        },
        choice {
          id = "stay_quiet_no_order", roles = { "dv" },
          when = function(s) return not s.epo end,
          text = "Say nothing to Lena: removal is CPS's decision, and your program needs this investigator's goodwill for the next hundred families.",
          set = { placement = "foster" }, go = "removal_night",
          rating = "concerning",
          feedback = "With no order in place and no one setting out the alternatives, Lena's supervisor approves emergency foster care. Your program's relationship with CPS exists for exactly this moment.",
          rationale = "Removal from the non-offending parent is a last resort; advocates help put reasonable efforts on the table (points 2, 3, 22).",
          tags = { "collaboration", "reasonable_efforts" },
        },
        choice {
          id = "lay_out", roles = { "dv" },
          text = "With Rachel's yes, tell Lena what would make home safe tonight (him out, the gun taken, Karine for work nights) and what Rachel did already.",
          set = { placement = "home", epo = true }, go = "plan",
          rating = "recommended",
          feedback = "Lena takes it to her supervisor as a plan rather than a plea, with the emergency order at its center. The children stay with Rachel.",
          rationale = "Reasonable efforts before placement; partnering with and crediting the protective parent; joint work across systems (points 2, 3, 7).",
          tags = { "collaboration", "reasonable_efforts", "survivor_partnership" },
        },
        choice {
          id = "threaten", roles = { "dv" },
          text = "Tell Lena that removing children over domestic violence is plainly illegal in this state, and that you will go over her head to her supervisor if she does it.",
          set = { placement = "kin" }, go = "removal_night",
          rating = "concerning",
          feedback = "Exposure alone is not neglect here, but this case holds real danger, and removal is not simply illegal. Put as a threat, your point hardens positions: the supervisor approves placing the children with Karine, without Rachel.",
          rationale = "State the legal standard accurately and name the hard topics openly, without turning them into threats (points 1, 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "breach_to_stop", roles = { "dv" },
          when = function(s) return not s.release_signed end,
          text = "Tell Lena about the gun threats after all, so she understands that Scott, not Rachel and not the wine, is the danger in this house.",
          set = { breach = true, placement = "foster" }, go = "removal_night",
          rating = "harmful",
          feedback = "Lena hears \"threats with a gun\" with no plan attached, and her supervisor approves foster care. Rachel did not agree to this, and it is now in a CPS file.",
          rationale = "No disclosure without the survivor's release; share general information and offer a three-way meeting instead (points 18, 21).",
          tags = { "confidentiality" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "removal_night", phase = "removal",
      title = "Three in the morning",
      speaker = "Rachel Lindqvist",
      text = function(s, role)
        local where = s.placement == "kin"
          and "3:00 a.m. Karine is on her way, a coat thrown over her pajamas. The children will go with her; Rachel will stay here, alone, until the hearing."
          or "3:00 a.m. The foster home is across the county. The placement worker will be here in twenty minutes; no one at the foster home speaks Creole."
        return paras {
          where,
          "Rachel is packing a bag on the landing: Emma's school shoes, two books about birds, Noah's otter and the green cup he drinks from. Her hands are steady until she gets to the cup.",
          role == "cps" and "Your supervisor has approved the placement. A hearing must follow within three days, and the judge will ask what was done to keep the children with their mother."
            or "Lena is on the phone in the hallway. A hearing must follow within three days.",
        }
      end,
      discussion = "If a removal does happen, what keeps the children's bond with their mother alive until the hearing?",
      choices = {
        choice {
          id = "carry_asleep", roles = { "cps" },
          text = "Carry the children out to the car while they are still asleep, to spare them a scene in the hallway and a goodbye at three in the morning.",
          go = "record",
          rating = "concerning",
          feedback = "Waking somewhere strange without their mother's goodbye is more frightening for a six- and a two-year-old than a hard goodbye. Let Rachel tell them, in their own language.",
          rationale = "Removal does its own harm; minimize it and protect the bond with the non-offending parent (point 2).",
          tags = { "trauma_informed", "child_safety" },
        },
        choice {
          id = "rachel_tells", roles = { "cps" },
          text = "Let Rachel wake the children and tell them herself while she finishes packing; arrange a video call with them at breakfast.",
          go = "record",
          rating = "acceptable",
          feedback = "This is the kindest way to carry out a removal. The harder question is still whether it needs to happen.",
          rationale = "If removal happens, keep the children's bond with their mother at the center; but removal is a last resort (points 1, 2).",
          tags = { "trauma_informed", "child_safety" },
        },
        choice {
          id = "reconsider", roles = { "cps" },
          text = "Before anyone wakes the children, phone your supervisor once more and take the order, the gun and Karine's help one at a time.",
          set = { placement = "home", epo = true }, go = "plan",
          rating = "recommended",
          feedback = "It is never too late to stop an unnecessary removal. Your supervisor agrees the danger can be met by measures aimed at Scott; the sergeant arranges the order, and the children stay asleep in their own house.",
          rationale = "Removal needs imminent harm that reasonable efforts cannot avert; removing the perpetrator comes first (points 1, 2, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },
        choice {
          id = "no_contact", roles = { "cps" },
          text = "Tell Rachel she should not contact the children until the hearing, so they can settle in without video calls that upset them.",
          go = "record",
          rating = "harmful",
          feedback = "Cutting contact deepens the harm removal already does. Their relationship with her is their main source of resilience, and for a two-year-old, her voice on the phone at bedtime is what settles him.",
          rationale = "Unnecessary separation from the non-offending parent adds trauma (point 2).",
          tags = { "trauma_informed", "survivor_partnership" },
        },

        choice {
          id = "leave_card", roles = { "dv" },
          text = "Your part was the police call and the release. Leave Rachel your card and the program's video line, tell her to call at any hour, and head home.",
          go = "record",
          rating = "concerning",
          feedback = "She will be alone in an empty house, with the man who strangled her a short drive away. This is when advocacy matters most.",
          rationale = "Her danger continues after the children leave; the lethality cues have not changed (points 5, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "support_rachel", roles = { "dv" },
          text = "Stay with Rachel: go over the hearing due within three days, plan her call to a lawyer at eight, and keep working on her own safety.",
          go = "record",
          rating = "recommended",
          feedback = "Removal does not end your role or her danger. Knowing the hearing is coming, and that she can describe everything she did tonight, gives her something to hold onto.",
          rationale = "Advocacy continues through removal; document and present her protective efforts; lethality does not end with the placement (points 5, 7).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "blame_cps", roles = { "dv" },
          text = "Tell Rachel that CPS is out to punish her for the wine and March, and that she owes them nothing beyond what the law requires of her.",
          go = "record",
          rating = "concerning",
          feedback = "Her anger is understandable, and so is yours. But advising her against engaging with the agency that holds her children's case will hurt her at the hearing.",
          rationale = "Name the tensions between the systems openly, but keep working across them for the family (points 2, 22).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "ask_review", roles = { "dv" },
          text = "Catch Lena in the hallway, out of Rachel's sight, and ask her to ring her supervisor back with a plan that can be in place before sunrise.",
          set = { placement = "home", epo = true }, go = "plan",
          rating = "recommended",
          feedback = "Lena agrees to call. Her supervisor hears the plan (an order against Scott, the gun, Karine on work nights) and agrees the children can stay. It is never too late to stop an unnecessary removal.",
          rationale = "Reasonable efforts before placement, put forward across systems (points 2, 3).",
          tags = { "collaboration", "reasonable_efforts" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "plan", phase = "safety planning",
      title = "Writing the safety plan",
      speaker = { cps = "Rachel Lindqvist", dv = "Lena Okafor, CPS investigator" },
      text = function(s, role)
        if role == "cps" then
          return paras {
            "2:40 a.m. At the kitchen table, with Nadia beside Rachel and the interpreter on your tablet, you write the safety plan that will go into the CPS file. Rachel reads each line as you suggest it, and now and then changes a word. Upstairs, Emma and Noah are still asleep.",
            s.placement == "burden" and "As you required, she will take the children to Karine's tonight; Karine is on her way." or "",
            "The plan has to work on Thursday night, when Rachel goes back to work, as well as tonight. And anything in this file may one day be read by Scott's lawyer.",
          }
        end
        return paras {
          "2:40 a.m. Lena writes the safety plan for the CPS file at the kitchen table, and Rachel asks you to help her choose the lines. She wants it to work on Thursday, when she goes back to work, not just tonight.",
          "Your own safety plan with Rachel stays with your program. This one does not: anything in a CPS file may one day be read by Scott's lawyer, so what goes into it matters twice.",
        }
      end,
      discussion = "Which lines of this plan ask something of Scott, and which ask something of Rachel? Who will read it, and what could it cost her?",
      compose = {
        prompt = "Choose the lines for the written safety plan, in order. Add a line of your own if you wish.",
        clauses = {
          clause { id = "her_promise", text = "Rachel will not allow Scott into the home or let the children have contact with him." },
          clause { id = "order_out", text = "Scott must stay away from the home, Rachel and the children, as the emergency protective order requires; any breach is reported to police." },
          clause { id = "sister_address", text = "On Rachel's work nights the children sleep at her sister's house at 14 Linden Court." },
          clause { id = "gun", text = "Scott's handgun is surrendered to police tonight, and the order bars him from having firearms." },
          clause { id = "no_exposure", text = "Rachel will ensure the children are not exposed to further domestic violence." },
          clause { id = "night_care", text = "On Rachel's work nights the children stay with a relative whose address the investigator holds, not with Scott." },
          clause { id = "school", text = "Emma's school and Noah's daycare receive a copy of the order and a list of who may collect the children." },
          clause { id = "call_plan", text = "If Scott comes to the house, Rachel calls 911 and takes the children to Emma's room, as she did tonight." },
          clause { id = "mutual", text = "Both parents will avoid arguing in front of the children." },
          clause { id = "no_alcohol", text = "Rachel will not drink alcohol while the children are in her care." },
        },
        min = 1, max = 10, own_text = true,
        score_var = "plan_score",
        rubric = function(draft) return plan_rubric(draft) end,
        rationale = "A safety plan acts on the lethality cues through measures aimed at the perpetrator, builds on the mother's own protective routines, avoids blaming or mutual framing and conditions the facts do not call for, and keeps locations out of records he may read (points 3, 5, 7, 14, 17).",
        tags = { "reasonable_efforts", "risk_assessment", "survivor_partnership" },
      },
      go = "record",
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "record", phase = "documentation",
      title = "The night's record",
      speaker = { cps = "Your safety assessment", dv = "Your program's notes" },
      text = function(s, role)
        if role == "cps" then
          local where = ({
            home = "The children are asleep upstairs; Scott is at the jail.",
            burden = "Rachel and the children are on their way to Karine's.",
            verbal = "The children are asleep upstairs; Scott has driven to his brother's.",
            kin = "The children have left with Karine.",
            foster = "The children have left for the foster home.",
          })[s.placement] or ""
          return paras {
            "3:30 a.m., in your car outside. " .. where,
            "Your safety assessment has a field headed \"Protective actions of the non-offending parent,\" and below it another, \"Caregiver substance use.\" Your supervisor will read them, a judge may read them, and if this reaches court, so may Scott's lawyer.",
            "You are tired, and the fields are small. What do you write?",
          }
        end
        return paras {
          "3:30 a.m. Before you leave, you write up the call for your program. Your notes are confidential, but a subpoena may arrive someday, and a court order could reach them.",
          "Across the table, Rachel has started writing down, for the hearing, what happened tonight and what she did about it. She asks you how to describe locking herself and the children in Emma's room without it sounding as though she was hiding, and whether to mention the wine.",
        }
      end,
      discussion = "Who will read tonight's record, and what will each reader learn about Rachel from it?",
      choices = {
        choice {
          id = "cooperative", roles = { "cps" },
          text = "\"Mother was cooperative with police and CPS, agreed to a safety plan, and was not impaired at the time of the interview.\"",
          set = { doc = "thin" }, go = "next_day",
          rating = "acceptable",
          feedback = "True and not blaming, but thin. It leaves out everything she did to protect the children, which is what a judge or a later worker most needs to know.",
          rationale = "Document the full range of the survivor's protective efforts (point 7).",
          tags = { "documentation" },
        },
        choice {
          id = "dispute", roles = { "cps" },
          text = "\"Parents had a domestic dispute with the children in the home; alcohol was involved; both were cooperative with the officers.\"",
          set = { doc = "mutual" }, go = "next_day",
          rating = "concerning",
          feedback = "\"Domestic dispute,\" \"alcohol was involved\" and \"both\" erase who did what. The record now reads as a mutual conflict fueled by her drinking.",
          rationale = "Attribute the behavior to the perpetrator; avoid mutual framing (points 4, 14).",
          tags = { "documentation", "perpetrator_accountability" },
        },
        choice {
          id = "full_efforts", roles = { "cps" },
          text = "\"Took both children into a bedroom, bolted the door and called 911; reported the choking; filing for divorce. Drinks wine to sleep; sober when seen.\"",
          go = "next_day",
          rating = "recommended",
          feedback = "A later reader sees a mother who protected her children under pressure, which is what happened, and sees the wine named plainly, so no one can say it was hidden. The record will stand up in court and against Scott's counter-claims.",
          rationale = "Document the full range of the survivor's protective efforts, and what invites a failure-to-protect finding, in specific, neutral language (points 7, 14).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "failed_protect", roles = { "cps" },
          text = "\"Mother, who had been drinking, failed to protect the children from exposure to domestic violence, and has gone back to the abuser before.\"",
          set = { doc = "blame" }, go = "next_day",
          rating = "harmful",
          feedback = "Every fact behind this sentence is about Scott's violence, yet the sentence is about her. It will follow her into court and into the divorce.",
          rationale = "Avoid failure-to-protect language; describe the non-offending parent's protective efforts (points 7, 14).",
          tags = { "documentation" },
        },

        choice {
          id = "detailed", roles = { "dv" },
          text = "Write a full narrative of everything Rachel told you tonight, in her own words, March and the wine included, in case a judge needs it.",
          set = { doc = "full" }, go = "next_day",
          rating = "concerning",
          feedback = "The more detail in your file, the more there is to fight over if Scott's lawyer seeks it. Record what you need to serve her, not a case file.",
          rationale = "Confidential advocacy records can be sought by subpoena or court order; keep them minimal (points 18, 20).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "minimal_and_help", roles = { "dv" },
          text = "Log the release's scope and end date and little more; then help Rachel list, in her words, what she did tonight and how she'll speak of the wine.",
          go = "next_day",
          rating = "recommended",
          feedback = "Your file stays lean, and Rachel walks into any hearing with a clear account of how she protected her children (the locked door, the call, Karine, the order) and a plain sentence about the wine that she wrote herself.",
          rationale = "Document the survivor's protective efforts; keep advocacy records minimal and within the release (points 7, 18).",
          tags = { "documentation", "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "copy_cps", roles = { "dv" },
          text = "Send Lena a copy of your notes tonight so that the two agencies' records match when the judge reads them at the hearing.",
          set = { doc = "copy", breach = true }, go = "next_day",
          rating = "harmful",
          feedback = "That shares far more than any release Rachel signed. One release per agency, limited in scope and time, is the rule you work under.",
          rationale = "Share only within a written, time-limited release; working together is no substitute for the survivor's consent (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "skip_notes", roles = { "dv" },
          text = "Skip notes tonight; you will remember the important parts, and a thin file is the safest file a survivor can have.",
          set = { doc = "none" }, go = "next_day",
          rating = "concerning",
          feedback = "Without notes you cannot show what was shared and under which release, or follow up on what Rachel asked you for.",
          rationale = "A release's scope and expiry must be recorded and honored (point 18).",
          tags = { "documentation", "confidentiality" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "next_day", phase = "follow-up",
      title = "The morning after",
      speaker = { cps = "CPS hotline", dv = "Rachel Lindqvist, on the phone" },
      text = function(s, role)
        local status = ({
          home = "Emma went to school late this morning; Rachel called in a sick day.",
          burden = "Emma missed school; the drive from Karine's was too long this morning.",
          verbal = "Rachel says Scott texted at seven to say he would be by later to collect clean clothes.",
          kin = "The children are at Karine's. Scott's lawyer has already filed for temporary custody, citing the removal from Rachel.",
          foster = "Emma and Noah woke up in a foster home. Scott's lawyer has already filed for temporary custody, citing the removal.",
        })[s.placement] or ""
        if role == "cps" then
          return paras {
            "11:10 a.m. the same day. " .. (s.epo and "Scott was released at ten and served with the order at the jail."
              or "Scott spent the night at his brother's; he was not arrested."),
            "At 10:45 the hotline took a call from him: his wife \"leaves two small kids alone to work nights,\" \"drinks every night,\" and \"can't even talk to their school.\" Your supervisor forwards it to you with one line: \"Your case?\" Rachel does not know about the call.",
            status,
          }
        end
        return paras {
          "11:10 a.m. the same day. Rachel calls you; the program's interpreter joins the line. " .. (s.epo and "Scott was released at ten and served with the order at the jail."
            or "Scott was not arrested; he spent the night at his brother's."),
          "Since then he has sent her fourteen texts: she is \"destroying the family,\" \"CPS will see what you are,\" and one photo of the house, taken from the street this morning. She has also found that the location app is still sharing her phone with his.",
          status,
        }
      end,
      discussion = "How can each system tell a genuine child-safety report from one used as a weapon in a separation? What does each system need from the other to do that well?",
      choices = {
        choice {
          id = "new_case", roles = { "cps" },
          text = "Open a separate neglect investigation into Rachel's drinking and her night-time care, so that the allegation is assessed on its own merits.",
          set = { followup = "her" }, go = ending_routes(),
          rating = "concerning",
          feedback = "You would be investigating an arrangement Scott himself provided and a drinking pattern you already assessed, on a report that arrived within an hour of his release, exactly as he had threatened. That is the system being used as a weapon.",
          rationale = "Perpetrators may use CPS reports against their partners; assess his pattern and credit her protective arrangements (points 4, 7).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "screen_out", roles = { "cps" },
          text = "Screen the call out as retaliation; you assessed the drinking and the night shifts at the house last night, and nothing in it is new.",
          set = { followup = "unrecorded" }, go = ending_routes(),
          rating = "acceptable",
          feedback = "Your instinct is probably right, but recording why (the timing, his earlier threat, who actually provided the night-time care) is what protects Rachel if he calls again.",
          rationale = "Document his use of the system as part of his pattern, alongside her protective arrangements (points 4, 7).",
          tags = { "documentation", "perpetrator_accountability" },
        },
        choice {
          id = "link_and_check", roles = { "cps" },
          text = "File the call under last night's case, note its timing against his threat, and ask Emma's teacher how she and Rachel get along.",
          go = ending_routes(),
          rating = "recommended",
          feedback = "You take the report seriously without letting it redirect the case. Scott was the night-shift care; the plan already covers those nights; and Emma's teacher, it turns out, has always talked with Rachel in English without trouble.",
          rationale = "His use of the children and CPS against her is part of the pattern; her protective arrangements are documented (points 4, 7).",
          tags = { "perpetrator_accountability", "documentation" },
        },
        choice {
          id = "call_scott", roles = { "cps" },
          text = "Phone Scott, tell him Rachel warned you last night that he'd threatened to call CPS on her, and ask why he went ahead.",
          set = { followup = "source" }, go = ending_routes(),
          rating = "harmful",
          feedback = "Naming Rachel as your source tells him she talked, hours after his release. Hold him to account with third-party facts, never with her disclosures.",
          rationale = "Confront the perpetrator only with third-party evidence; her disclosures raise her danger (points 5, 10).",
          tags = { "perpetrator_accountability", "risk_assessment" },
        },

        choice {
          id = "reply_calm", roles = { "dv" },
          text = "Suggest she reply to him once, calmly and in writing, asking him to stop, so that he does not escalate before the hearing.",
          set = { followup = "reply" }, go = ending_routes(),
          rating = "harmful",
          feedback = "A reply tells him pressure works and can muddy enforcement of the order. The photo of the house means the plan needs updating, not a calmer tone from her.",
          rationale = "Contact on his terms is part of the control; stalking is a lethality cue (points 4, 5).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "document_update", roles = { "dv" },
          text = "Screenshot the texts and the photo with her, talk over when turning off the app is safest, and rework her plan for Thursday.",
          go = ending_routes(),
          rating = "recommended",
          feedback = "Saved texts are evidence, and the photo of the house goes into her plan. She decides to report them, and police log it; she turns off the app once Karine is with her, knowing he may notice. The decisions stay hers.",
          rationale = "Stalking and monitoring are lethality cues; the plan is hers and keeps changing with the danger (points 5, 7).",
          tags = { "risk_assessment", "survivor_partnership", "perpetrator_accountability" },
        },
        choice {
          id = "block", roles = { "dv" },
          text = "Tell her to block his number and turn off the app right away, and try not to read anything more; texts cannot hurt her.",
          set = { followup = "unsaved" }, go = ending_routes(),
          rating = "concerning",
          feedback = "Blocking without saving destroys the evidence, switching off the app without a plan can tell him she is moving, and a photo of her house taken from the street is stalking, a lethality cue, not just noise.",
          rationale = "Stalking and monitoring are lethality cues; document them and plan around them (points 5, 7).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "tell_lena", roles = { "dv" },
          text = "Call Lena yourself to tell her about the texts and the photo of the house, so that CPS knows what Scott is doing before he calls them.",
          set = { breach = true }, go = ending_routes(),
          rating = "concerning",
          feedback = "Whether Lena hears about this is Rachel's call, and any release she signed covers only the threats and the tracking. Passing on what she tells you without asking is the same disclosure whenever you make it. Offer to help her tell Lena herself.",
          rationale = "Share only within the release; offer the survivor a way to speak for herself (points 18, 21). Rated as passing on the pattern last night is.",
          tags = { "confidentiality", "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    ending {
      id = "ending_home_safe", title = "Home, with him out", classification = "positive",
      text = "Emma finished her cardinal drawing at school that week. Scott was served with the emergency order on his release, and his handgun went to the police property room. A week later a judge extended the order for a year, gave Scott supervised time with the children on Saturdays, and ordered him into a batterer intervention program. The plan Rachel helped write held on her first work nights. The divorce is slow, money is short, and some nights she still pours a glass to get to sleep; she has begun to talk about that with a counselor at the program, on her own schedule. But the record says what Rachel did that night: the locked door, the call to 911, the plan. When Scott's lawyer raised her night shifts and the wine, the file had already answered him.",
    },
    ending {
      id = "ending_home_thin", title = "Home, on thin ground", classification = "mixed",
      text = function(s, role)
        local why = {}
        if s.placement == "burden" then
          why[#why + 1] = "It was Rachel and the children who had moved, not Scott: Emma spent two weeks making a forty-minute drive to school from Karine's, and the file said they could stay together only on that condition."
        end
        if s.interp == "child" then
          why[#why + 1] = role == "cps" and "The first account in the file came through Emma, six, interpreting for her mother at the kitchen table, and the judge asked why."
            or "Emma had been made her mother's interpreter once more that night, by you as well as the officers; for weeks she asked Rachel whether she had said something wrong."
        elseif s.interp == "english" then
          why[#why + 1] = "Your first conversation with Rachel was in halting English, and the file's account of the night is shorter and flatter than the one she later gave through an interpreter."
        elseif s.interp == "parent" then
          why[#why + 1] = "The first account in the file was the one Scott gave for her."
        end
        if s.drink_unspoken then
          why[#why + 1] = role == "cps" and "The police note about alcohol stood in the file with nothing from Rachel beside it, and Scott's lawyer built his motion around it."
            or "When CPS read \"odor of alcohol\" in the police report, Rachel's silence about the wine looked like hiding, and it took a month to undo."
        end
        if s.plan_score == PLAN_BLAMING then
          why[#why + 1] = "Some lines of the safety plan in the CPS file put Scott's behavior, or conditions the facts did not call for, on Rachel."
        elseif s.plan_score == PLAN_ADDRESS then
          why[#why + 1] = "The safety plan put Karine's street address in a file Scott's lawyer could read, and Karine stopped keeping the children overnight."
        elseif s.plan_score >= PLAN_THIN and s.plan_score < PLAN_FULL then
          why[#why + 1] = "The safety plan kept Scott out and took the gun, but left most of the practical arrangements unwritten, and on the first Thursday Rachel had to work out the rest alone at six in the evening."
        end
        local doc = ({
          thin = "Your assessment said only that she had been cooperative; nothing in it told a later reader what she had done to protect the children.",
          blame = "Your assessment said she had failed to protect the children, and that sentence, not the locked door, was what Scott's lawyer quoted.",
          mutual = "Your assessment called it a domestic dispute with alcohol involved, and Scott's lawyer read it as a quarrel between equals.",
          full = "Your program's file held every word Rachel had said that night, and Scott's lawyer spent a month trying to subpoena it.",
          none = "You kept no notes that night, so when Rachel asked what had been shared with CPS and under which release, you could not tell her.",
        })[s.doc]
        if doc then why[#why + 1] = doc end
        local followup = ({
          her = "When Scott's hotline call came in, it was opened as a new investigation of Rachel's drinking and her nights, just as he had told her it would be.",
          source = "Once Scott heard from CPS that Rachel had warned them about him, the texts began again within the hour, and Rachel changed her number.",
          unrecorded = "Scott's hotline call was screened out with no reason written down, so when he called again in May, a new screener opened it as a fresh concern about Rachel's nights.",
          reply = "Rachel answered Scott once, calmly, as you suggested; he answered forty times, and his lawyer showed the court her reply as proof that the two of them were communicating fine.",
          unsaved = "Rachel blocked Scott's number without saving his texts or the photo of the house, so when he kept it up there was little to show a judge.",
        })[s.followup]
        if followup then why[#why + 1] = followup end
        if #why == 0 then
          why[#why + 1] = "Nothing in the file was wrong, exactly; it was only thinner than the night had been."
        end
        return paras {
          "Emma and Noah stayed with their mother, and Scott stayed away under the order. But the night left Rachel on thin ground.",
          table.concat(why, " "),
          "When Scott filed for custody that spring, his lawyer built on whatever the record gave him. The order held, but Rachel spent months defending her parenting while the court heard little about his violence. She told Karine she was not sure she would call 911 again.",
        }
      end,
    },
    ending {
      id = "ending_trust_lost", title = "Safe for now, without her trust", classification = "mixed",
      text = function(s, role)
        if role == "cps" then
          return "The children stayed home and Scott was kept out under the order. But Rachel came away from the night having learned that talking with CPS has a price. She gave your agency only what she had to, and was relieved when the case closed. When Scott began sending messages again in the spring, she told no one for three weeks."
        end
        local lesson = s.breach and "what she tells an advocate can travel without her"
          or "an advocate, too, will tell her what she must do"
        return "The children stayed home and Scott was kept out under the order. But Rachel came away from the night having learned that " .. lesson .. ". She stopped answering the program's calls. When Scott began sending messages again in the spring, she told no one for three weeks."
      end,
    },
    ending {
      id = "ending_with_aunt", title = "With their aunt, without their mother", classification = "mixed",
      text = "Emma and Noah spent three nights at Karine's while Rachel waited for the hearing in an empty house, and did not drink. Noah stopped sleeping through the night; Emma missed two days of school and asked every evening, in Creole, whether Mommy was in trouble. At the hearing on Friday the judge heard about the wine and about March, found no reason the children could not be with their mother while an order kept Scott away, and sent them home. The children were safe throughout. The cost was the time apart, and a record that now says CPS once removed them from Rachel, which Scott's lawyer cited within the week.",
    },
    ending {
      id = "ending_removed", title = "Removed at three in the morning", classification = "negative",
      text = "Emma and Noah spent three nights in a foster home across the county where no one spoke Creole. Noah, who has more Creole words than English ones, could not make anyone understand that he wanted his cup; Emma interpreted for him, and missed most of the week of school. At the hearing on Friday the judge asked what had been done to keep the children with their mother, found no danger that an order against Scott could not have met, and sent them home. By then Scott had filed for custody, citing the removal and the wine. Rachel told the advocate that she would never call the police again.",
    },
    ending {
      id = "ending_danger_missed", title = "A plan that missed the danger", classification = "negative",
      text = function(s)
        if not s.epo then
          return "Rachel and the children stayed home. The plan on file rested on Rachel's promise; nothing in it kept Scott out or made sure the gun was gone, and no one followed up. On Thursday evening, as Rachel got ready for her first work night, Scott let himself in with his key. Rachel got the children into Emma's room and called 911 again; officers arrived within minutes. No one was physically hurt. The next investigator to read the file asked why Rachel had let him in."
        end
        if s.plan_score == PLAN_GUN_ONLY then
          return "Rachel and the children stayed home, and the handgun went to the police property room that night. But the plan on file never mentioned the order or what it required of Scott. Rachel had no copy, and on Thursday afternoon Scott collected Emma from a friend's birthday party, where the other parents knew him only as her father. He kept her at his brother's until nine, and brought her back only when officers came to the door. Emma was not hurt. She would not say what he had asked her about her mother."
        end
        if s.plan_score == PLAN_ORDER_ONLY then
          return "Rachel and the children stayed home, and Scott stayed away under the order. But the plan on file never said who would take the handgun, and no one did. It sat in the closet lockbox until, eleven days later, Rachel found the box empty and the spare key gone from its hook. No one could say when it had been taken, or by whom. Scott told police he had sold it months ago. Rachel moved the children to Karine's that night, and did not sleep."
        end
        return "Rachel and the children stayed home, and the judge's order existed on paper. But the plan on file said nothing about the order and nothing about the gun. No one took the handgun from the lockbox. On Thursday afternoon Scott collected Emma from a friend's birthday party, where the other parents knew him only as her father, and kept her at his brother's until officers came to the door at nine. Emma was not hurt. The handgun was gone from the closet when Rachel looked that night."
      end,
    },
  },
}
