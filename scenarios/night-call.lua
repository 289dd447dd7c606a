-- night-call: a removal decision after a night-time police call.
--
-- Around midnight, police respond to a domestic violence call in a suburban home where two young
-- children live. They refer to the on-call CPS investigator and the on-call advocate of a community
-- domestic violence program. The juncture: do Emma and Noah stay with their mother under a safety
-- plan, or are they removed? The police screen scored the incident "low"; the case facts hold the
-- lethality cues the screen cannot see. The advocate holds what Rachel told her in confidence until
-- Rachel signs a written, time-limited release.
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

-- Where the case goes after the morning follow-up. Tried in order; the last has no condition.
local function ending_routes()
  return {
    { "ending_removed", when = function(s) return s.placement == "foster" end },
    { "ending_with_aunt", when = function(s) return s.placement == "kin" end },
    { "ending_danger_missed", when = function(s) return s.placement == "verbal" or s.plan_score <= 1 end },
    { "ending_trust_lost", when = function(s) return s.breach or s.trust < 0 end },
    { "ending_home_safe", when = function(s)
        return s.placement == "home" and s.plan_score >= 5 and not s.doc_poor and not s.followup_bad
      end },
    { "ending_home_thin" },
  }
end

-- The written safety plan: scored on whether it acts on the lethality cues (the order that keeps
-- Scott out, the handgun), on practical arrangements, and on blaming or unsafe lines.
local PLAN_FLAGS = {
  her_promise = "makes Rachel responsible for keeping Scott away",
  no_exposure = "makes Rachel responsible for Scott's violence",
  mutual = "treats Scott's violence as a mutual conflict",
  sister_address = "puts her sister's address in a record Scott's lawyer may read",
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
  for _, id in ipairs(draft.clauses) do
    has[id] = true
    if PLAN_FLAGS[id] then flags[#flags + 1] = PLAN_FLAGS[id] end
  end
  local own = string.lower(draft.own or "")
  for _, f in ipairs(OWN_TEXT_FLAGS) do
    if string.find(own, f[1], 1, true) then flags[#flags + 1] = f[2] end
  end
  local core = (has.order_out and 1 or 0) + (has.gun and 1 or 0)
  local extras = (has.night_care and 1 or 0) + (has.school and 1 or 0) + (has.call_plan and 1 or 0)
  if not has.order_out then missing[#missing + 1] = "Scott kept away from the home under the order" end
  if not has.gun then missing[#missing + 1] = "the handgun surrendered" end
  if extras < 2 then
    missing[#missing + 1] = "practical arrangements: her work nights, school pickup, what to do if he comes"
  end

  local score, rating, feedback
  if core < 2 then
    score = core
    rating = "harmful"
    feedback = "The plan does not act on the two things that make tonight dangerous: Scott's access to the house and to the gun. Whatever else it says, it leaves the lethality cues where they were."
  else
    score = 2 + math.min(extras, 2) + (#flags == 0 and 3 or 0)
    if #flags > 0 then
      rating = "concerning"
      feedback = "The plan keeps Scott out and takes the gun, but some lines put his behavior on Rachel or put her sister's address where he may read it. Write what Scott must do, and keep locations out of the file."
    elseif extras >= 2 then
      rating = "recommended"
      feedback = "The plan aims at the source of danger, keeps locations out of the file, and builds on what Rachel already does to keep the children safe."
    else
      rating = "acceptable"
      feedback = "The core is right: Scott out, the gun gone. Add the practical arrangements Rachel and the children will rely on, such as her work nights, school pickup and what to do if he comes."
    end
  end
  return { score = score, max = 7, rating = rating, flags = flags, missing = missing, feedback = feedback }
end

return scenario {
  id = "night-call",
  title = "Night call: the Lindqvist children",
  version = "1.0.0",
  summary = "Just after midnight, police call CPS and the on-call advocate to a home where a mother reports being strangled and the police screen says low risk: do Emma and Noah stay with her under a safety plan, or are they removed?",
  minutes = 22,
  license = "CC-BY-4.0",
  content_notes = {
    "An adult reports that her husband strangled her; it is described briefly, without graphic detail.",
    "A handgun in the home and threats to kill; no one is shot.",
    "Two young children in the house during the incident, and the possible removal of children from their mother.",
    "Coercive control, including a father using the children against their mother.",
  },
  objectives = {
    "Find and weigh the lethality cues in the case facts (strangulation, gun access, a recent separation, threats to kill) instead of relying on a police screen built on prior records.",
    "Tell a child's exposure to domestic violence apart from specific evidence of imminent harm, and weigh the harm that removal itself does.",
    "Make reasonable efforts before placement: an emergency protective order, firearm surrender, shelter, and removing the perpetrator rather than the children.",
    "Partner with the non-offending mother: build the safety plan with her and document her protective efforts.",
    "Assess the perpetrator's pattern of coercive control and his use of the children, not only tonight's incident.",
    "Handle the advocate's confidential information lawfully: an informed, written, time-limited release, never a condition.",
  },
  jurisdiction = "A state whose courts hold that a child's exposure to domestic violence is not, by itself, neglect: emergency removal needs specific evidence of imminent danger that reasonable efforts cannot avert, and a court reviews any removal within three days. Non-fatal strangulation is a felony. At night, police may ask an on-call judge by phone for an emergency protective order of up to seven days, which can exclude a person from the home and require firearms to be surrendered.",
  start = "midnight_call",

  roles = {
    role { id = "cps", name = "On-call CPS investigator",
           brief = "It is 12:20 a.m. on a Wednesday. Police have called the CPS hotline from a domestic violence call at a suburban home with two young children, and you are the investigator on call. Your mandate is the children's safety, preferably within their family. Tonight you decide whether Emma and Noah can stay home safely, and what that takes." },
    role { id = "dv", name = "On-call domestic violence advocate",
           brief = "You are the on-call advocate for a community domestic violence program that responds to this police department's calls. Your work is voluntary for the survivor, directed by her, and confidential: your program may not share what she tells you without her informed, written, time-limited release, and a release can never be a condition of your help. CPS has also been called." },
  },

  state = {
    trust = 0,               -- Rachel's trust in the trainee's agency tonight
    epo = false,             -- Scott arrested and an emergency protective order granted
    release_signed = false,  -- Rachel's written release of the advocate's information to CPS
    scott_first = false,     -- cps heard Scott before Rachel
    bed_held = false,        -- cps held a foster bed before assessing
    rachel_spoke = false,    -- cps had a private conversation with Rachel
    dv_private = false,      -- dv spoke with Rachel alone before CPS
    da_done = false,         -- dv went through a danger assessment with Rachel
    breach = false,          -- confidential information shared without Rachel's consent
    placement = "",          -- "home", "burden", "verbal", "kin" or "foster"
    plan_score = 0,          -- score of the written safety plan
    doc_poor = false,        -- the night's record blames Rachel or is unsafe
    followup_bad = false,    -- the morning follow-up let Scott set the agenda
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
      speaker = "Sergeant Ruiz",
      text = {
        cps = paras {
          "12:40 a.m. A cul-de-sac of split-level houses, two patrol cars, a landscaping truck in the driveway. Sergeant Ruiz meets you at the curb.",
          "\"Rachel Lindqvist called 911 at 11:52 from her daughter's bedroom. She says her husband, Scott, held her against the hallway wall by the throat until she couldn't speak. There's a faint red mark. He says it was an argument about money. There's a handgun, his, in a lockbox in the bedroom closet. The kids are Emma, six, and Noah, two, upstairs and unhurt. Our risk screen came out low: no prior arrests, one call here two years ago, no report. She doesn't want him arrested and won't go to a shelter. With the gun and the kids, we figured you'd want to look at placing them.\"",
          "Scott is standing by his truck with an officer. Rachel is in the kitchen.",
        },
        dv = paras {
          "12:40 a.m. A cul-de-sac of split-level houses, two patrol cars, a landscaping truck in the driveway. Sergeant Ruiz gives you the short version at the curb.",
          "Rachel Lindqvist called 911 at 11:52 from her daughter's bedroom. She told officers her husband, Scott, held her against the hallway wall by the throat until she couldn't speak; there is a faint red mark. There is a handgun, his, in a bedroom lockbox. The children, Emma, six, and Noah, two, are upstairs and unhurt. The department's screen scored the incident low. \"She doesn't want him arrested,\" the sergeant says. \"CPS is on the way. They'll probably look at the kids.\"",
          "Rachel is alone at the kitchen table with an ice pack. The CPS investigator is ten minutes out.",
        },
      },
      choices = {
        choice {
          id = "scott_first", roles = { "cps" },
          text = "Start with Scott while he is calm and available, to get his account before he leaves.",
          set = { scott_first = true }, go = "kitchen",
          rating = "concerning",
          feedback = "Hearing him is not wrong in itself, but his account now frames the night before you have heard from the person he is reported to have hurt. Rachel sits alone, watching you talk with him.",
          rationale = "Start with the adult victim and the children; assess the perpetrator's pattern rather than adopting his framing (points 2, 4).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "see_kids_then_rachel", roles = { "cps" },
          text = "With Rachel's permission, look in on Emma and Noah, then ask to speak with Rachel alone.",
          add = { trust = 1 }, go = "kitchen",
          rating = "recommended",
          feedback = "You see for yourself that the children are safe and asleep, and you give Rachel a private space to speak, which she cannot have with Scott in earshot.",
          rationale = "Partnering with the non-offending parent starts with a safe, private conversation; seeing the children grounds the assessment in fact (points 2, 7).",
          tags = { "survivor_partnership", "child_safety" },
        },
        choice {
          id = "hold_bed", roles = { "cps" },
          text = "Call the placement desk now to hold an emergency foster bed, in case you need one.",
          set = { bed_held = true }, go = "kitchen",
          rating = "concerning",
          feedback = "A held bed feels prudent at this hour, but it builds momentum toward removal before you have assessed anything, and the police framing quietly becomes your plan.",
          rationale = "Removal needs specific evidence of imminent harm and comes after reasonable efforts, not before the assessment (points 1, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },
        choice {
          id = "joint_talk", roles = { "cps" },
          text = "Ask the officers to bring Scott into the kitchen so you can hear both parents together and save time.",
          add = { trust = -1 }, go = "joint_kitchen",
          rating = "harmful",
          feedback = "With Scott in the room Rachel cannot safely say what happened or what she fears, and anything she says may be used against her once he is home.",
          rationale = "Never interview a reported victim in front of the person she reports; meet each parent separately (points 2, 8).",
          tags = { "survivor_partnership", "trauma_informed" },
        },

        choice {
          id = "wait_for_cps", roles = { "dv" },
          text = "Wait for the CPS investigator and sit in on her interview, so Rachel only has to tell it once.",
          go = "kitchen",
          rating = "concerning",
          feedback = "Sparing her a retelling is kind, but in a joint interview she cannot tell which of you is voluntary and confidential, and she gets no chance to speak with you alone first.",
          rationale = "Advocacy is voluntary and confidential; folding it into a mandated interview blurs both roles (points 2, 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "read_report", roles = { "dv" },
          text = "Read the officer's notes in the patrol car first, so you won't make her repeat details.",
          set = { dv_private = true }, go = "kitchen",
          rating = "acceptable",
          feedback = "Knowing the facts helps, but Rachel sits alone and frightened in the meantime, and you come to her having heard the police version first.",
          rationale = "The survivor's own account and her immediate safety come first (points 2, 7).",
          tags = { "trauma_informed", "survivor_partnership" },
        },
        choice {
          id = "intro_private", roles = { "dv" },
          text = "Sit down with Rachel, explain who you are, that talking with you is voluntary and confidential, and what the limits of that are.",
          add = { trust = 1 }, set = { dv_private = true }, go = "kitchen",
          rating = "recommended",
          feedback = "She learns who you are before CPS arrives, and that she decides what happens to what she tells you. Naming the limits now avoids a broken promise later.",
          rationale = "Confidentiality and its exceptions explained up front; advocacy that the survivor directs (points 18, 20).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "tell_leave", roles = { "dv" },
          text = "Tell Rachel straight away that, for the children's sake, she should go to a shelter tonight.",
          add = { trust = -1 }, set = { dv_private = true }, go = "kitchen",
          rating = "concerning",
          feedback = "She has already said no to shelter; opening with a directive tells her you are one more person deciding for her.",
          rationale = "Advocacy follows the survivor's own choices; directives shut down disclosure, and shelter is only one of the options (points 2, 3).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "joint_kitchen", phase = "removal",
      speaker = "Scott Lindqvist",
      text = paras {
        "Scott pulls out a chair beside Rachel and does most of the talking. \"We had words about the business. She's running on no sleep. She works three nights a week at the rehab center and I have the kids those nights, every week. She got upset, I held her off, that's all.\"",
        "Rachel keeps her eyes on the ice pack. When you ask her what happened, she looks at Scott before she answers. \"It was an argument. I just want everyone to calm down.\"",
        "Noah's stuffed otter lies at the foot of the stairs, where it must have fallen when she carried him up to Emma's room. The sergeant watches from the doorway.",
      },
      choices = {
        choice {
          id = "ask_shifts",
          text = "Follow up on Scott's point and ask Rachel who watches the children on her work nights.",
          add = { trust = -1 }, go = "screen",
          rating = "concerning",
          feedback = "You have taken up the question Scott wanted asked. In front of him, Rachel cannot say that he is the childcare she has been trying to get away from.",
          rationale = "Perpetrators use the children and CPS against the other parent; joint interviews hand him the agenda (points 4, 8).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "separate_now",
          text = "Stop, explain that you always speak with each parent on their own, and ask the officer to wait outside with Scott.",
          add = { trust = 1 }, set = { rachel_spoke = true }, go = "screen",
          rating = "recommended",
          feedback = "Presenting separate interviews as your standard practice keeps Rachel from looking as though she asked for it. Alone with you, she describes the locked door, the call, her sister and the divorce she has started.",
          rationale = "Separate meetings, presented as standard policy rather than the survivor's request (points 8, 9).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "keep_going",
          text = "Carry on together; both are calm, and you can ask Rachel the harder questions now.",
          add = { trust = -1 }, go = "screen",
          rating = "harmful",
          feedback = "Rachel has just shown you she cannot speak freely. Carrying on turns her silence into your record.",
          rationale = "A survivor cannot disclose danger in front of the person she fears; meet each parent separately (points 2, 8).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "kitchen", phase = "removal",
      speaker = "Rachel Lindqvist",
      text = function(s, role)
        if role == "cps" then
          return paras {
            s.scott_first and "Scott has already told you she is \"not stable\" and \"never home at night.\" Rachel watched you listen to him through the kitchen window." or "",
            "Rachel, thirty-four, sits at the kitchen table in a sweatshirt. Her work lanyard from the rehabilitation center hangs on a hook by the door, and Emma's drawing of a cardinal, from her first-grade unit on birds, is on the fridge.",
            "\"Are you going to take them?\" she asks before you sit down. \"He said you would. He said if I ever called anyone, CPS would see I'm never home at night.\"",
            "She took both children into Emma's room, locked the door and called 911 from there. She works three twelve-hour nights a week as a nursing assistant, Thursday to Saturday; Scott has the children those nights. Two weeks ago she told him she wants a divorce, and since then he has slept in the basement. Her sister Karin, forty minutes away, has said she can come any time.",
          }
        end
        return paras {
          s.dv_private and "Rachel talks in a low voice so it won't carry upstairs."
            or "You sat beside Rachel while the CPS investigator asked her questions; she kept glancing at you, unsure whom you work for. Afterwards, on the back steps, you explain that you are separate from CPS and the police, and she talks.",
          "She took Emma and Noah into Emma's room, locked the door and called 911 from there. She works three twelve-hour nights a week as a nursing assistant at a rehabilitation center, Thursday to Saturday; Scott has the children those nights. Two weeks ago she told him she wants a divorce. Her sister Karin, forty minutes away, has said she can come any time.",
          "\"He told me if I ever called anyone, CPS would take the kids because I'm never home at night. Is that true?\"",
          "Then, after a long pause, she tells you something she has told no one else.",
        }
      end,
      reveal = { "gun_threats" },
      choices = {
        choice {
          id = "what_emma_saw", roles = { "cps" },
          text = "Ask Rachel to walk you through exactly what Emma saw and heard tonight.",
          set = { rachel_spoke = true }, go = "screen",
          rating = "concerning",
          feedback = "What Emma saw matters, but opening there frames the night as a question of exposure and of Rachel's parenting, not of what Scott did and how Rachel kept the children safe.",
          rationale = "Assess the perpetrator's behavior and its effect on the children, not only whether the children saw it (points 1, 4).",
          tags = { "child_safety", "risk_assessment" },
        },
        choice {
          id = "shelter_or_place", roles = { "cps" },
          text = "Explain that if she will not go to a shelter tonight, you may have to place the children.",
          add = { trust = -2 }, set = { rachel_spoke = true }, go = "screen",
          rating = "harmful",
          feedback = "This is the threat Scott told her to expect. It puts the consequence of his violence on her, and it makes it unlikely she will tell you anything more.",
          rationale = "Removal from the non-offending parent is a last resort; coercing her into shelter is not partnership, and shelter is not the only reasonable effort (points 2, 3).",
          tags = { "survivor_partnership", "reasonable_efforts" },
        },
        choice {
          id = "explain_and_ask", roles = { "cps" },
          text = "Tell her plainly why you are here and that your aim is to keep the children safe with her; then ask what she did tonight, and does day to day, to keep them safe.",
          add = { trust = 1 }, set = { rachel_spoke = true }, go = "screen",
          rating = "recommended",
          feedback = "She hears your mandate honestly and describes her own protective steps: the locked door, the call, her sister, the divorce she has started. That is the start of a plan you build with her.",
          rationale = "Partner with the non-offending parent and document the full range of her protective efforts (points 2, 7).",
          tags = { "survivor_partnership", "documentation" },
        },
        choice {
          id = "promise_home", roles = { "cps" },
          text = "Reassure her that the children will definitely stay with her, so she can relax and talk.",
          add = { trust = 1 }, set = { rachel_spoke = true }, go = "screen",
          rating = "concerning",
          feedback = "It is kind, but you cannot know that yet. If your assessment changes, the broken promise will cost her trust in every service that follows.",
          rationale = "Honest partnership includes honesty about the mandate; you cannot promise an outcome before assessing the danger (points 2, 5).",
          tags = { "survivor_partnership", "trauma_informed" },
        },

        choice {
          id = "promise_kids", roles = { "dv" },
          text = "Reassure her that CPS won't take the children as long as she cooperates.",
          go = "screen",
          rating = "concerning",
          feedback = "You cannot promise what another agency will decide, and \"as long as she cooperates\" quietly makes the children's fate her responsibility.",
          rationale = "Be honest about the difference between voluntary and mandated services; don't speak for CPS (points 2, 22).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "practical_only", roles = { "dv" },
          text = "Go straight to the practical: where she and the children could sleep tonight if she wanted to leave.",
          go = "screen",
          rating = "acceptable",
          feedback = "Practical options matter tonight, but skipping her own account of the danger means the plan will rest on less than she knows.",
          rationale = "Her sense of danger and the lethality cues shape the plan; safety planning starts from her account (points 5, 7).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "must_leave", roles = { "dv" },
          text = "Tell her that, after what she has just told you about the gun, she has to leave him tonight.",
          add = { trust = -1 }, go = "screen",
          rating = "concerning",
          feedback = "Your alarm is warranted, but the time around leaving is the most dangerous, and the decision is hers. Telling her what she must do repeats the control she lives with.",
          rationale = "Advocacy is survivor-directed; separation raises lethality, so leaving needs planning, not an order (points 5, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "listen_and_assess", roles = { "dv" },
          text = "Listen, ask what she is most afraid of in the next few days, and offer to go through a danger assessment with her.",
          add = { trust = 1 }, set = { da_done = true }, go = "screen",
          rating = "recommended",
          feedback = "Her own sense of danger is one of the best guides you have, and a structured assessment lets her see the gun, the strangulation and the separation laid out together.",
          rationale = "Lethality cues: strangulation, gun access, threats to kill, recent separation (point 5); safety planning directed by the survivor (point 7).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "screen", phase = "removal",
      speaker = "Sergeant Ruiz",
      text = function(s, role)
        local screen = "Sergeant Ruiz shows you the department's risk screen on his tablet: a short actuarial checklist, scored mostly from criminal history (prior assault arrests, prior custody, prior violations of court orders, prior calls to the address) with a few items about the incident. Scott has no record. The result reads LOW in green letters."
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
          "Rachel stands in the kitchen doorway and says nothing. Scott is leaning on his truck with his keys in his hand; the handgun is still in the closet upstairs.",
        }
      end,
      reason = "What in the case facts does the screen leave out, and what did you do about it?",
      discussion = "What can an actuarial screen built on prior records tell you about a man with no prior arrests, and what can't it? Who decides what happens next?",
      choices = {
        choice {
          id = "accept_screen", roles = { "cps" },
          text = "Go along with the sergeant's plan: the screen is the department's tool, and Scott leaving for the night takes the heat out of things.",
          go = "release",
          rating = "concerning",
          feedback = "The screen could not see the strongest danger signs in this case. A night at his brother's, with his key and his truck and his gun still in the house, is not a plan.",
          rationale = "Police actuarial screens have limits, notably for men with no prior record; weigh the lethality cues yourself (points 5, 6).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "then_remove", roles = { "cps" },
          text = "Tell the sergeant that if Scott is not being held, the children will have to come into care tonight.",
          go = "release",
          rating = "harmful",
          feedback = "You have sensed the danger correctly and then aimed the response at the children instead of at the man who is dangerous. The sergeant shrugs: that is your call, not his.",
          rationale = "Reasonable efforts in domestic violence cases include removing the perpetrator rather than the child (points 1, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },
        choice {
          id = "name_limits", roles = { "cps" },
          text = "Tell the sergeant what the screen cannot see (the strangulation, the handgun, the separation) and ask whether the strangulation report supports an arrest and an emergency order that keeps Scott out and takes the gun.",
          set = { epo = true }, go = "release",
          rating = "recommended",
          feedback = "You put the missing facts on the table without taking over his job. He rereads his notes, calls his lieutenant, arrests Scott on the strangulation report, and phones the on-call judge for an emergency order.",
          rationale = "Screens built on records miss men never arrested before; strangulation and gun access are major lethality cues; removing the perpetrator is a reasonable effort (points 3, 5, 6).",
          tags = { "risk_assessment", "perpetrator_accountability", "reasonable_efforts" },
        },
        choice {
          id = "note_low", roles = { "cps" },
          text = "Record the screen's \"low\" result as the risk level in your own safety assessment.",
          go = "release",
          rating = "concerning",
          feedback = "Borrowing the score imports its blind spots into your record. A later reader will find \"low risk\" written beside a strangulation report.",
          rationale = "An actuarial screen built on criminal history is not a lethality assessment (points 5, 6).",
          tags = { "risk_assessment", "documentation" },
        },

        choice {
          id = "police_matter", roles = { "dv" },
          text = "Stay out of it: arrest and court orders are police business, and your place is with Rachel.",
          go = "release",
          rating = "concerning",
          feedback = "Your place is with Rachel, and that includes making sure she knows what an emergency order could do tonight. Saying nothing leaves the screen's blind spots unchallenged.",
          rationale = "Limits of actuarial screens (point 6); an order that removes the perpetrator is a key reasonable effort (point 3).",
          tags = { "risk_assessment", "reasonable_efforts" },
        },
        choice {
          id = "rachel_voice", roles = { "dv" },
          text = "Go back to Rachel: explain what an emergency order could do tonight, including the gun, and ask whether she wants to tell the sergeant about the threats herself, with you beside her.",
          add = { trust = 1 }, set = { epo = true }, go = "release",
          rating = "recommended",
          feedback = "Rachel decides to tell him. Her own account of the threats moves the sergeant: he arrests Scott on the strangulation report and phones the on-call judge for an order that includes firearm surrender.",
          rationale = "The survivor decides what to share; the lethality cues reach the people who can act on them; the response removes the perpetrator (points 3, 5, 18).",
          tags = { "survivor_partnership", "risk_assessment", "perpetrator_accountability" },
        },
        choice {
          id = "tell_sergeant", roles = { "dv" },
          text = "Tell the sergeant yourself what Rachel told you about the gun threats; this is too serious to keep to yourself.",
          add = { trust = -2 }, set = { epo = true, breach = true }, go = "release",
          rating = "harmful",
          feedback = "The sergeant acts on it, but Rachel did not agree. Within the hour she learns that what she told you in confidence is in a police report that Scott's lawyer will read.",
          rationale = "An advocate may not share a survivor's information without her informed, written, time-limited release; the exceptions are statutes and court orders, not an advocate's judgment (points 18, 20).",
          tags = { "confidentiality" },
        },
        choice {
          id = "general_dynamics", roles = { "dv" },
          text = "Without any of Rachel's details, tell the sergeant that screens built on arrest records miss many dangerous men, and that strangulation is one of the strongest warning signs there is.",
          set = { epo = true }, go = "release",
          rating = "acceptable",
          feedback = "That is information you may share without a release, and it helps: the sergeant rethinks and arrests Scott. Rachel's own account of the gun threats stays out of it unless she chooses to give it.",
          rationale = "Without a release an advocate can still share general dynamics (point 21); the limits of actuarial screens (point 6).",
          tags = { "risk_assessment", "confidentiality", "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "release", phase = "information sharing",
      speaker = { cps = "Nadia Farouk, DV advocate", dv = "Lena Brandt, CPS investigator" },
      text = function(s, role)
        local outside = s.epo and "Through the front window, you see an officer guide Scott into the back of a patrol car."
          or "Scott is still out by his truck."
        if role == "cps" then
          return paras {
            "1:35 a.m. The advocate from the community domestic violence program, Nadia Farouk, has been with Rachel since before you arrived. You ask her what Rachel has told her.",
            "\"I can't share anything Rachel told me without her written release,\" she says. \"My program can't, and it's her call. I can tell you in general what we look for on nights like this. And I can ask Rachel whether she'd like to sit down with both of us and decide for herself what you hear.\"",
            outside,
          }
        end
        return paras {
          "1:35 a.m. Lena Brandt, the CPS investigator, catches you by the front door. \"I need to know what she told you. If there's something about that gun, I can't leave those kids here without knowing it.\"",
          "She is not wrong that it matters. Rachel is in the kitchen. In your folder is a one-page release form: one agency, a blank for what may be shared, and a date it expires.",
          s.breach and "Rachel has not looked at you since she heard the sergeant repeat the gun threats into his radio." or outside,
        }
      end,
      reason = true,
      discussion = "What can an advocate share without a release? What does an informed, written, time-limited release look like at two in the morning, and how do you know it is voluntary?",
      choices = {
        choice {
          id = "press_nadia", roles = { "cps" },
          text = "Remind Nadia that you are both here for the children, and ask her to tell you informally; it won't go in the file.",
          go = "weighing",
          rating = "concerning",
          feedback = "She declines, as she must. Asking her to break the rules her program works under costs you her trust, and \"informally\" is not a category the law recognizes.",
          rationale = "Domestic violence programs may not share identifying information without an informed, written, time-limited release; working together does not change that (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "skip_info", roles = { "cps" },
          text = "Decide that the police report and your own interview are enough, and move on.",
          go = "weighing",
          rating = "concerning",
          feedback = "You may be able to decide without it, but you never gave Rachel the chance to tell you what she told the advocate, which is exactly the kind of danger information a removal decision turns on.",
          rationale = "Without a release the advocate can still offer a three-way meeting so the survivor speaks for herself; lethality information matters here (points 5, 21).",
          tags = { "collaboration", "risk_assessment" },
        },
        choice {
          id = "three_way_yes", roles = { "cps" },
          when = function(s) return s.trust >= 1 end,
          text = "Ask Nadia to see whether Rachel would sit down with you both, and tell Rachel plainly that signing anything is her choice and not a condition.",
          set = { release_signed = true }, go = "weighing",
          rating = "recommended",
          feedback = "Rachel agrees to talk with you both and signs a release for CPS covering the gun threats and her safety plan, valid until Friday at 5 p.m. She chose it, so she will stand behind it.",
          rationale = "A three-way meeting lets the survivor speak for herself; a release must be informed, written, time-limited and voluntary (points 18, 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "three_way_no", roles = { "cps" },
          when = function(s) return s.trust < 1 end,
          text = "Ask Nadia to see whether Rachel would sit down with you both, and tell Rachel plainly that signing anything is her choice and not a condition.",
          go = "weighing",
          rating = "recommended",
          feedback = "Rachel agrees to sit down with you both but, after the night so far, decides not to sign anything. That is her right. Nadia shares what she can in general terms, and you plan on what you know.",
          rationale = "A three-way meeting lets the survivor speak for herself; a release must be voluntary, and a refusal is respected (points 18, 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "release_condition", roles = { "cps" },
          text = "Tell Rachel that to keep the children home tonight, you will need her to sign a release for everything the advocate knows.",
          add = { trust = -2 }, go = "weighing",
          rating = "harmful",
          feedback = "A release signed to keep her children would not be voluntary. Nadia tells Rachel she does not have to sign, and Rachel, frightened and angry, signs nothing.",
          rationale = "A release must be informed and voluntary and can never be a condition; coercion also breaks the partnership with the protective parent (points 2, 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },

        choice {
          id = "share_informally", roles = { "dv" },
          text = "Tell Lena about the gun threats off the record; the children's safety comes first.",
          add = { trust = -2 }, set = { breach = true }, go = "weighing",
          rating = "harmful",
          feedback = "There is no \"off the record\" for your program. Rachel did not agree, and what you said can now go into a CPS file that Scott's lawyer may read.",
          rationale = "No sharing of identifying information without the survivor's written release; CPS records can reach the perpetrator through court (points 17, 18).",
          tags = { "confidentiality" },
        },
        choice {
          id = "offer_three_way_yes", roles = { "dv" },
          when = function(s) return s.trust >= 1 end,
          text = "Explain that you cannot share without Rachel's written release, offer what you can share in general, and ask Rachel whether she wants a three-way talk, making clear that signing is her choice and never a condition of your help.",
          set = { release_signed = true }, go = "weighing",
          rating = "recommended",
          feedback = "Rachel decides to tell Lena about the gun threats herself and signs a release for CPS covering the threats and her safety plan, valid until Friday at 5 p.m. You note its scope and its expiry.",
          rationale = "General information and a three-way meeting without a release; a release that is informed, written, time-limited and never a condition of service (points 18, 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "offer_three_way_no", roles = { "dv" },
          when = function(s) return s.trust < 1 end,
          text = "Explain that you cannot share without Rachel's written release, offer what you can share in general, and ask Rachel whether she wants a three-way talk, making clear that signing is her choice and never a condition of your help.",
          go = "weighing",
          rating = "recommended",
          feedback = "Rachel agrees to the conversation but is not ready to sign anything tonight. You respect that, and you give Lena only general information about strangulation and guns.",
          rationale = "General information and a three-way meeting without a release; the survivor's refusal is respected (points 18, 21).",
          tags = { "confidentiality", "collaboration", "survivor_partnership" },
        },
        choice {
          id = "refuse_flat", roles = { "dv" },
          text = "Tell Lena you cannot discuss Rachel at all, and leave it there.",
          go = "weighing",
          rating = "concerning",
          feedback = "Right on the law, but it closes doors you could open: general information about danger, and the offer of a three-way conversation that Rachel controls.",
          rationale = "Without a release an advocate can still share general dynamics and offer a three-way meeting (point 21).",
          tags = { "collaboration", "confidentiality" },
        },
        choice {
          id = "urge_sign", roles = { "dv" },
          text = "Tell Rachel she should sign a release for everything, so CPS can see she is cooperating.",
          set = { release_signed = true }, go = "weighing",
          rating = "concerning",
          feedback = "She signs, but a blanket release signed to look cooperative is not the informed, limited choice the law requires, and it may send more into a CPS file than she would ever want there.",
          rationale = "A release must be informed, specific and time-limited, and the survivor's own choice (points 17, 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "weighing", phase = "removal",
      speaker = { cps = "Your notes", dv = "Rachel Lindqvist" },
      text = function(s, role)
        local status = s.epo and "Scott is under arrest; the sergeant has asked the on-call judge for an emergency order."
          or "Scott is still in the driveway. No one has asked for an order."
        if role == "cps" then
          return paras {
            "1:50 a.m. You sit in your car for five minutes with your notes.",
            "Rachel's report that Scott held her by the throat until she couldn't speak, with a mark to match. A handgun in the house, his, in a lockbox he has the key to. " ..
              (s.rachel_spoke and "Rachel told him two weeks ago that she wants a divorce, and he told her CPS would take the children if she ever called anyone."
                or "The officer's notes say Rachel recently asked Scott for a divorce.") ..
              " No prior arrests; the department's screen says low. Emma and Noah were upstairs, behind a locked door their mother put between them and him.",
            status,
          }
        end
        return paras {
          "1:50 a.m. " .. (s.da_done and "You finish the danger assessment with Rachel at the kitchen table."
            or "Rachel agrees to go through a danger assessment with you at the kitchen table."),
          "She answers yes to more questions than she expected. He strangled her tonight. He has a gun and has used it to threaten her. She told him two weeks ago that she is leaving. He tracks her phone. He has said he would kill her. She looks at the total for a long moment. \"That's not low,\" she says quietly.",
          status,
        }
      end,
      reveal = { "gun_threats" },
      reason = "Which facts carry the most weight for you, and why?",
      choices = {
        choice {
          id = "exposure_enough", roles = { "cps" },
          text = "The children were in the house during a strangulation, with a gun nearby; that exposure is enough to place them tonight.",
          go = "pattern",
          rating = "harmful",
          feedback = "Their exposure is real and it matters, but in this jurisdiction it is not neglect by itself. The danger comes from Scott, and the question is whether it can be stopped without taking the children from the parent who protected them.",
          rationale = "Exposure alone is not neglect; removal needs imminent harm that other efforts cannot avert, weighed against the harm of removal (points 1, 2).",
          tags = { "child_safety", "reasonable_efforts" },
        },
        choice {
          id = "high_danger_him", roles = { "cps" },
          text = "Treat this as high danger that comes from Scott: the strangulation, the gun, the separation and what he has threatened call for keeping him out and getting the gun, not for separating the children from their mother.",
          go = "pattern",
          rating = "recommended",
          feedback = "You have named the lethality cues and aimed the response at their source. Tonight, the children's safety and Rachel's are the same problem.",
          rationale = "Strangulation, gun access, a recent separation and threats to kill are strong lethality cues; reasonable efforts target the perpetrator (points 3, 5).",
          tags = { "risk_assessment", "perpetrator_accountability" },
        },
        choice {
          id = "first_incident", roles = { "cps" },
          text = "No prior arrests, a low screen and a mother who called for help: treat it as a first incident of moderate risk.",
          go = "pattern",
          rating = "concerning",
          feedback = "A first police call is rarely a first incident. The screen's silence about strangulation and the gun is a gap in the tool, not evidence of safety.",
          rationale = "Lethality cues outweigh a records-based score, which is weakest for men with no prior record (points 5, 6).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "mother_reluctant", roles = { "cps" },
          text = "Weigh heavily that Rachel does not want Scott arrested: it suggests she may not protect the children from him.",
          go = "pattern",
          rating = "concerning",
          feedback = "Her reluctance has reasons: money, his business, fear of what an arrest sets off. Her actions tonight say more than her wishes about the arrest. This is the \"failure to protect\" lens the facts contradict.",
          rationale = "Document and credit her protective efforts; avoid failure-to-protect framing (points 2, 7, 14).",
          tags = { "survivor_partnership", "risk_assessment" },
        },

        choice {
          id = "keep_to_self", roles = { "dv" },
          text = "Keep your read of the result to yourself, so as not to frighten her further tonight.",
          go = "pattern",
          rating = "concerning",
          feedback = "She has a right to what her own answers show, and the plan you make together depends on her knowing it.",
          rationale = "Lethality information belongs to the survivor and drives her safety plan (points 5, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "trust_screen", roles = { "dv" },
          text = "Point out that the police screen came out low, so tonight may be less dangerous than it feels.",
          go = "pattern",
          rating = "concerning",
          feedback = "The screen is scored on his record, and he has none. Her fear, the strangulation and the gun are far better guides than that number.",
          rationale = "Actuarial screens have limits with no prior record; lethality cues and the survivor's own fear weigh more (points 5, 6).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "shelter_now", roles = { "dv" },
          text = "Tell her the result means she has to go to a shelter tonight.",
          go = "pattern",
          rating = "concerning",
          feedback = "The result calls for a strong plan, not one answer chosen for her. Shelter is one option; keeping Scott out and getting the gun may be safer for her and the children than moving them at 2 a.m.",
          rationale = "Survivor-directed planning; removing the perpetrator is often a better reasonable effort than moving the family (points 3, 7).",
          tags = { "survivor_partnership", "reasonable_efforts" },
        },
        choice {
          id = "honest_result", roles = { "dv" },
          text = "Go over the result with her honestly (the strangulation, the gun, the separation and his threats put her life at serious risk) and plan from there with her.",
          go = "pattern",
          rating = "recommended",
          feedback = "Rachel hears it from someone on her side, and starts thinking aloud about the gun and about her work nights. Honest risk information is what survivor-directed planning runs on.",
          rationale = "Lethality cues named and weighed with the survivor; her plan built on them (points 5, 7).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "pattern", phase = "removal",
      speaker = { cps = "Scott Lindqvist", dv = "Rachel Lindqvist" },
      text = function(s, role)
        if role == "cps" then
          return paras {
            (s.epo and "2:05 a.m. Before transport, the sergeant gives you five minutes with Scott at the open door of the patrol car."
              or "2:05 a.m. Scott is leaning against his truck, waiting to drive to his brother's.") ..
              " He is thirty-seven, polite and tired. He runs a small landscaping business with two employees and mows half the lawns on this street." ..
              (s.scott_first and " It is your second conversation tonight; the story has not changed, but it has grown longer." or ""),
            "\"I'm not the problem here,\" he says. \"She's exhausted, she's not stable. Three nights a week she leaves the kids with me. If anyone's neglecting them... Ask Emma. Emma tells me everything.\"",
            "He mentions twice that the house and the business accounts are in his name. \"She's not taking my kids anywhere.\"",
          }
        end
        return paras {
          "2:05 a.m. While Lena talks with Scott outside, Rachel tells you more, in pieces.",
          "Her paycheck goes into an account Scott manages; she gets cash for groceries. He checks where she is through the location app on her phone. Since she asked for a divorce he has been telling Emma, \"If Mommy leaves, she's leaving you too,\" and asking Emma what Mommy does on her phone. Last week Emma asked Rachel whether she was going away.",
          "\"Tonight was the first time anyone came,\" Rachel says. \"It wasn't the first time.\"",
        }
      end,
      choices = {
        choice {
          id = "confront_with_disclosure", roles = { "cps" },
          text = "Tell him what Rachel has told you about his threats, and watch how he reacts.",
          go = "juncture",
          rating = "harmful",
          feedback = "Anything he hears as coming from Rachel raises her danger the moment he is free. Hold him to account with the police report, not with her disclosures.",
          rationale = "Confront the perpetrator with third-party evidence, never with what the survivor disclosed (points 5, 10).",
          tags = { "perpetrator_accountability", "risk_assessment" },
        },
        choice {
          id = "check_her_shifts", roles = { "cps" },
          text = "Take up his concern and add a check of Rachel's night-shift childcare to your plan.",
          go = "juncture",
          rating = "concerning",
          feedback = "Her work nights are a real planning question, but this version of it comes from him, framed as her neglect. Using the children, and CPS, against her is part of the pattern you are assessing.",
          rationale = "Assess the perpetrator's pattern, including his use of the children and of the system against the mother (point 4).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "father_and_accountable", roles = { "cps" },
          text = "Speak to him as a father: the children need a dad who does not hurt their mother. Tell him what happens next rests on the police report, and note what he says about Rachel, the money and Emma.",
          go = "juncture",
          rating = "recommended",
          feedback = "You engage him without colluding. His own words (Emma as his informant, the accounts in his name, \"she's not taking my kids\") are the pattern of control you need on record.",
          rationale = "Assess the perpetrator's pattern, including use of the children; engage fathers with accountability, relying on third-party evidence (points 4, 10).",
          tags = { "perpetrator_accountability", "risk_assessment" },
        },
        choice {
          id = "mutual_conflict", roles = { "cps" },
          text = "Note that the parents give conflicting accounts, and record the night as a mutual conflict.",
          go = "juncture",
          rating = "concerning",
          feedback = "Nothing in the facts is mutual: a strangulation report, a mark, a gun that is his. \"Mutual conflict\" erases the pattern you are here to assess.",
          rationale = "Assess his pattern of behavior; avoid mutual-violence framing (points 4, 14).",
          tags = { "documentation", "perpetrator_accountability" },
        },

        choice {
          id = "name_pattern", roles = { "dv" },
          text = "Help her name the pattern (the money, the tracking, using Emma, the threat about CPS) and ask whether she wants any of it in her protective order request or her plan.",
          go = "juncture",
          rating = "recommended",
          feedback = "Putting the pieces together shows her, and later a judge, that tonight belongs to a pattern of control. She decides to mention the tracking and what he says to Emma in her petition for a longer order.",
          rationale = "Assess the perpetrator's pattern, including coercive control and use of the children; plan with the survivor (points 4, 7).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "tonight_only", roles = { "dv" },
          text = "Keep to tonight's incident; the longer history can wait for a follow-up appointment.",
          go = "juncture",
          rating = "acceptable",
          feedback = "Tonight gives you enough to plan around, but the money, the phone and what he says to Emma change what a safe plan looks like, starting with that location app.",
          rationale = "The pattern of coercive control, not just the latest incident, shapes risk and the plan (point 4).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "couples", roles = { "dv" },
          text = "Suggest couples counseling once things have calmed down, for the children's sake.",
          go = "juncture",
          rating = "harmful",
          feedback = "Couples counseling treats control as a shared problem and can put her in danger for what she says in the room. It is not recommended where one partner abuses the other.",
          rationale = "His pattern of control is his responsibility, and the lethality cues make joint sessions unsafe (points 4, 5).",
          tags = { "survivor_partnership", "perpetrator_accountability" },
        },
        choice {
          id = "pass_to_cps", roles = { "dv" },
          text = "Pass the pattern along to Lena yourself, since it supports Rachel's side.",
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
      speaker = { cps = "Your supervisor, on the phone", dv = "Lena Brandt, CPS investigator" },
      text = function(s, role)
        local order = s.epo and "Scott is on his way to booking. The on-call judge has granted a seven-day emergency order that excludes him from the house and requires him to surrender his firearms. The handgun is still in the lockbox; the sergeant says he can take it tonight if someone asks."
          or "Scott is waiting by his truck to drive to his brother's. No order has been requested, and the handgun is still in the closet."
        if role == "cps" then
          return paras {
            "2:20 a.m. Your supervisor is on the phone, waiting for your call. Upstairs, Emma and Noah are asleep in Emma's bed, Noah's otter back under his arm.",
            s.bed_held and "The placement desk is holding a foster bed across the county until 3 a.m." or "",
            order,
            "Rachel wants the children with her and Scott out. Her sister Karin can take the children on Rachel's work nights. Nadia says her program can hold a shelter bed if Rachel wants one.",
          }
        end
        return paras {
          "2:20 a.m. Lena comes in from the porch with her phone in her hand. \"My supervisor wants a decision. With the strangulation and the gun, I'm leaning toward placing the kids tonight, maybe with the sister, maybe a foster home.\"",
          order,
          "Rachel is sitting on the stairs, listening. \"Please,\" she says, to both of you. \"He's the one who did this.\"",
        }
      end,
      reason = "What specific harm does your decision prevent, and what harm might it cause?",
      discussion = "What would have to be true tonight for removal to be the right decision? Which of those things are true here? How does each system define success for this family?",
      choices = {
        choice {
          id = "kin_only", roles = { "cps" },
          text = "Place Emma and Noah with Rachel's sister tonight, without Rachel, as a precaution until the hearing.",
          set = { placement = "kin" }, go = "removal_night",
          rating = "concerning",
          feedback = "A relative is gentler than strangers, but it is still a removal from the parent who protected them, made while the danger itself, Scott, has other answers.",
          rationale = "Exposure alone is not neglect; removal from the non-offending parent is a last resort after reasonable efforts aimed at the perpetrator (points 1, 2, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },
        choice {
          id = "stay_home_plan", roles = { "cps" },
          when = function(s) return s.epo end,
          text = "Leave Emma and Noah at home with Rachel under a written safety plan built with her, resting on the order that keeps Scott out, the gun's surrender and her sister's help.",
          set = { placement = "home" }, go = "plan",
          rating = "recommended",
          feedback = "The danger is real, and you have met it where it comes from. The children sleep in their own beds, with the parent who protected them.",
          rationale = "Removal needs imminent harm that reasonable efforts cannot avert; here the order, firearm surrender and partnership with the mother avert it (points 1, 2, 3).",
          tags = { "reasonable_efforts", "survivor_partnership", "child_safety" },
        },
        choice {
          id = "stay_home_late_order", roles = { "cps" },
          when = function(s) return not s.epo end,
          text = "Tell Rachel the children can stay with her, and ask the sergeant now, before he leaves, to request an emergency order and take the handgun.",
          set = { placement = "home", epo = true }, go = "plan",
          rating = "recommended",
          feedback = "Late, but in time: the sergeant arrests Scott on the strangulation report, the on-call judge grants the order, and the plan now rests on something stronger than Scott's promise.",
          rationale = "Reasonable efforts aimed at the perpetrator, driven by the lethality cues (points 3, 5).",
          tags = { "reasonable_efforts", "perpetrator_accountability" },
        },
        choice {
          id = "foster", roles = { "cps" },
          text = "Place the children in emergency foster care tonight, until things are more settled.",
          set = { placement = "foster" }, go = "removal_night",
          rating = "harmful",
          feedback = "Nothing tonight shows a danger that keeping Scott out and taking the gun cannot meet. Two small children will wake among strangers, away from the parent who protected them.",
          rationale = "Exposure alone is not neglect; unnecessary removal adds trauma and cuts the children's key relationship; reasonable efforts come first (points 1, 2, 3).",
          tags = { "reasonable_efforts", "child_safety", "trauma_informed" },
        },
        choice {
          id = "sisters_condition", roles = { "cps" },
          when = function(s) return s.epo end,
          text = "Tell Rachel the children can stay with her only if she takes them to her sister's tonight and stays there.",
          set = { placement = "burden" }, go = "plan",
          rating = "concerning",
          feedback = "It keeps them together, but it moves a mother and two small children out at 2 a.m. instead of moving him, and it makes their staying together depend on her compliance.",
          rationale = "Reasonable efforts remove the perpetrator rather than the family; partnership is not a condition (points 2, 3).",
          tags = { "reasonable_efforts", "survivor_partnership" },
        },
        choice {
          id = "verbal_only", roles = { "cps" },
          when = function(s) return not s.epo end,
          text = "Leave the children with Rachel on her promise not to let Scott back in; he is going to his brother's anyway.",
          set = { placement = "verbal" }, go = "record",
          rating = "harmful",
          feedback = "This keeps the family together but ignores what you found: a strangulation, a gun, a separation. Rachel's promise cannot stop Scott; only measures aimed at him can.",
          rationale = "A safety plan must act on the lethality cues through measures aimed at the perpetrator (points 3, 5).",
          tags = { "risk_assessment", "reasonable_efforts" },
        },

        choice {
          id = "stay_quiet_order", roles = { "dv" },
          when = function(s) return s.epo end,
          text = "Say nothing: removal is CPS's decision, and you don't want to damage the program's working relationship.",
          set = { placement = "kin" }, go = "removal_night",
          rating = "concerning",
          feedback = "With no one setting out the alternatives, Lena's supervisor approves placing the children with Karin, without Rachel. Your program's relationship with CPS exists for exactly this moment.",
          rationale = "Removal from the non-offending parent is a last resort; advocates help put reasonable efforts on the table (points 2, 3, 22).",
          tags = { "collaboration", "reasonable_efforts" },
        },
        choice {
          id = "stay_quiet_no_order", roles = { "dv" },
          when = function(s) return not s.epo end,
          text = "Say nothing: removal is CPS's decision, and you don't want to damage the program's working relationship.",
          set = { placement = "foster" }, go = "removal_night",
          rating = "concerning",
          feedback = "With no order in place and no one setting out the alternatives, Lena's supervisor approves emergency foster care. Your program's relationship with CPS exists for exactly this moment.",
          rationale = "Removal from the non-offending parent is a last resort; advocates help put reasonable efforts on the table (points 2, 3, 22).",
          tags = { "collaboration", "reasonable_efforts" },
        },
        choice {
          id = "threaten", roles = { "dv" },
          text = "Tell Lena that removing children because of domestic violence is illegal, and that you will go over her head if she does it.",
          set = { placement = "kin" }, go = "removal_night",
          rating = "concerning",
          feedback = "Exposure alone is not neglect here, but this case holds real danger, and removal is not simply illegal. Put as a threat, your point hardens positions: the supervisor approves placing the children with Karin, without Rachel.",
          rationale = "State the legal standard accurately and name the hard topics openly, without turning them into threats (points 1, 22).",
          tags = { "collaboration" },
        },
        choice {
          id = "lay_out", roles = { "dv" },
          text = "With Rachel's agreement, set out for Lena what can keep the children safe at home tonight (the order, the gun, Karin on work nights, a shelter bed if Rachel wants it) and what Rachel has already done.",
          set = { placement = "home", epo = true }, go = "plan",
          rating = "recommended",
          feedback = "Lena takes it to her supervisor as a plan rather than a plea, with the emergency order at its center. The children stay with Rachel.",
          rationale = "Reasonable efforts before placement; partnering with and crediting the protective parent; joint work across systems (points 2, 3, 7).",
          tags = { "collaboration", "reasonable_efforts", "survivor_partnership" },
        },
        choice {
          id = "breach_to_stop", roles = { "dv" },
          when = function(s) return not s.release_signed end,
          text = "Tell Lena about the gun threats, so she understands that Scott, not Rachel, is the danger.",
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
      speaker = "Rachel Lindqvist",
      text = function(s, role)
        local where = s.placement == "kin"
          and "3:00 a.m. Karin is on her way, a coat thrown over her pajamas. The children will go with her; Rachel will stay here, alone, until the hearing."
          or "3:00 a.m. The foster home is across the county. The placement worker will be here in twenty minutes."
        return paras {
          where,
          "Rachel is packing a bag on the landing: Emma's school shoes, two books about birds, Noah's otter and the green cup he drinks from. Her hands are steady until she gets to the cup.",
          role == "cps" and "Your supervisor has approved the placement. A hearing must follow within three days, and the judge will ask what was done to keep the children with their mother."
            or "Lena is on the phone in the hallway. A hearing must follow within three days.",
        }
      end,
      choices = {
        choice {
          id = "carry_asleep", roles = { "cps" },
          text = "Carry the children out while they are asleep, to spare them a scene.",
          go = "record",
          rating = "concerning",
          feedback = "Waking somewhere strange without their mother's goodbye is more frightening for a six- and a two-year-old than a hard goodbye. Let Rachel tell them.",
          rationale = "Removal does its own harm; minimize it and protect the bond with the non-offending parent (point 2).",
          tags = { "trauma_informed", "child_safety" },
        },
        choice {
          id = "reconsider", roles = { "cps" },
          text = "Before anyone wakes the children, call your supervisor back and ask to review whether an order against Scott, the gun's removal and Karin's help make removal unnecessary.",
          set = { placement = "home", epo = true }, go = "plan",
          rating = "recommended",
          feedback = "It is never too late to stop an unnecessary removal. Your supervisor agrees the danger can be met by measures aimed at Scott; the sergeant arranges the order, and the children stay asleep in their own house.",
          rationale = "Removal needs imminent harm that reasonable efforts cannot avert; removing the perpetrator comes first (points 1, 2, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },
        choice {
          id = "no_contact", roles = { "cps" },
          text = "Tell Rachel she should not contact the children until the hearing, to let them settle.",
          go = "record",
          rating = "harmful",
          feedback = "Cutting contact deepens the harm removal already does. Their relationship with her is their main source of resilience.",
          rationale = "Unnecessary separation from the non-offending parent adds trauma (point 2).",
          tags = { "trauma_informed", "survivor_partnership" },
        },
        choice {
          id = "rachel_tells", roles = { "cps" },
          text = "Let Rachel wake the children, tell them herself and finish packing; arrange for her to call them in the morning.",
          go = "record",
          rating = "acceptable",
          feedback = "This is the kindest way to carry out a removal. The harder question is still whether it needs to happen.",
          rationale = "If removal happens, keep the children's bond with their mother at the center; but removal is a last resort (points 1, 2).",
          tags = { "trauma_informed", "child_safety" },
        },

        choice {
          id = "support_rachel", roles = { "dv" },
          text = "Stay with Rachel: explain the hearing that must follow within three days, help her plan to call a lawyer at eight, and keep working on her own safety, since Scott is still a danger to her.",
          go = "record",
          rating = "recommended",
          feedback = "Removal does not end your role or her danger. Knowing the hearing is coming, and that she can describe everything she did tonight, gives her something to hold onto.",
          rationale = "Advocacy continues through removal; document and present her protective efforts; lethality does not end with the placement (points 5, 7).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "ask_review", roles = { "dv" },
          text = "Ask Lena, away from Rachel, whether she would call her supervisor back and review the decision against a plan you can put in place tonight.",
          set = { placement = "home", epo = true }, go = "plan",
          rating = "recommended",
          feedback = "Lena agrees to call. Her supervisor hears the plan (an order against Scott, the gun, Karin on work nights) and agrees the children can stay. It is never too late to stop an unnecessary removal.",
          rationale = "Reasonable efforts before placement, put forward across systems (points 2, 3).",
          tags = { "collaboration", "reasonable_efforts" },
        },
        choice {
          id = "leave_card", roles = { "dv" },
          text = "Your part was the police call. Leave Rachel your card and go.",
          go = "record",
          rating = "concerning",
          feedback = "She will be alone in an empty house, with the man who strangled her a short drive away. This is when advocacy matters most.",
          rationale = "Her danger continues after the children leave; the lethality cues have not changed (points 5, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "blame_cps", roles = { "dv" },
          text = "Tell Rachel that CPS is out to punish her, and that she shouldn't cooperate with them.",
          go = "record",
          rating = "concerning",
          feedback = "Her anger is understandable, and so is yours. But advising her against engaging with the agency that holds her children's case will hurt her at the hearing.",
          rationale = "Name the tensions between the systems openly, but keep working across them for the family (points 2, 22).",
          tags = { "collaboration", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "plan", phase = "safety planning",
      speaker = { cps = "Rachel Lindqvist", dv = "Lena Brandt, CPS investigator" },
      text = function(s, role)
        if role == "cps" then
          return paras {
            "2:40 a.m. At the kitchen table, with Nadia beside Rachel, you write the safety plan that will go into the CPS file. Rachel reads each line as you suggest it, and now and then changes a word. Upstairs, Emma and Noah are still asleep.",
            s.placement == "burden" and "As you required, she will take the children to Karin's tonight; Karin is on her way." or "",
            "The plan has to work on Thursday night, when Rachel goes back to work, as well as tonight. And anything in this file may one day be read by Scott's lawyer.",
          }
        end
        return paras {
          "2:40 a.m. Lena writes the safety plan for the CPS file at the kitchen table, and Rachel asks you to help her choose the lines. She wants it to work on Thursday, when she goes back to work, not just tonight.",
          "Your own safety plan with Rachel stays with your program. This one does not: anything in a CPS file may one day be read by Scott's lawyer, so what goes into it matters twice.",
        }
      end,
      compose = {
        prompt = "Choose the lines for the written safety plan, in order. Add a line of your own if you wish.",
        clauses = {
          clause { id = "her_promise", text = "Rachel will not allow Scott into the home or let the children have contact with him." },
          clause { id = "order_out", text = "Scott must stay away from the home, Rachel and the children, as the emergency protective order requires; any breach is reported to police." },
          clause { id = "sister_address", text = "On Rachel's work nights the children sleep at her sister's house at 14 Alder Court." },
          clause { id = "gun", text = "Scott's handgun is surrendered to police tonight, and the order bars him from having firearms." },
          clause { id = "no_exposure", text = "Rachel will ensure the children are not exposed to further domestic violence." },
          clause { id = "night_care", text = "On Rachel's work nights the children stay with a relative whose address the investigator holds, not with Scott." },
          clause { id = "school", text = "Emma's school and Noah's childminder receive a copy of the order and a list of who may collect the children." },
          clause { id = "call_plan", text = "If Scott comes to the house, Rachel calls 911 and takes the children to Emma's room, as she did tonight." },
          clause { id = "mutual", text = "Both parents will avoid arguing in front of the children." },
        },
        min = 1, max = 9, own_text = true,
        score_var = "plan_score",
        rubric = function(draft) return plan_rubric(draft) end,
        rationale = "A safety plan acts on the lethality cues through measures aimed at the perpetrator, builds on the mother's own protective routines, avoids blaming or mutual framing, and keeps locations out of records he may read (points 3, 5, 7, 14, 17).",
        tags = { "reasonable_efforts", "risk_assessment", "survivor_partnership" },
      },
      go = "record",
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "record", phase = "documentation",
      speaker = { cps = "Your safety assessment", dv = "Your program's notes" },
      text = function(s, role)
        if role == "cps" then
          local where = ({
            home = "The children are asleep upstairs; Scott is at the jail.",
            burden = "Rachel and the children are on their way to Karin's.",
            verbal = "The children are asleep upstairs; Scott has driven to his brother's.",
            kin = "The children have left with Karin.",
            foster = "The children have left for the foster home.",
          })[s.placement] or ""
          return paras {
            "3:30 a.m., in your car outside. " .. where,
            "Your safety assessment has a field headed \"Protective actions of the non-offending parent.\" Your supervisor will read it, a judge may read it, and if this reaches court, so may Scott's lawyer.",
            "You are tired, and the field is small. Whatever goes into it is what the next reader will know about Rachel from tonight. What do you write?",
          }
        end
        return paras {
          "3:30 a.m. Before you leave, you write up the call for your program. Your notes are confidential, but a subpoena may arrive someday, and a court order could reach them.",
          "Across the table, Rachel has started writing down, for the hearing, what happened tonight and what she did about it. She asks you how to describe locking herself and the children in Emma's room without it sounding as though she was hiding.",
        }
      end,
      choices = {
        choice {
          id = "full_efforts", roles = { "cps" },
          text = "\"Ms. Lindqvist took both children into a bedroom, locked the door and called 911; told police about the strangulation; asked that Mr. Lindqvist leave; arranged her sister's help on her work nights.\"",
          go = "next_day",
          rating = "recommended",
          feedback = "A later reader sees a mother who protected her children under pressure, which is what happened. The record will stand up in court and against Scott's counter-claims.",
          rationale = "Document the full range of the survivor's protective efforts, in specific, neutral language (points 7, 14).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "cooperative", roles = { "cps" },
          text = "\"Mother was cooperative with police and CPS and agreed to a safety plan.\"",
          go = "next_day",
          rating = "acceptable",
          feedback = "True and not blaming, but thin. It leaves out everything she did to protect the children, which is what a judge or a later worker most needs to know.",
          rationale = "Document the full range of the survivor's protective efforts (point 7).",
          tags = { "documentation" },
        },
        choice {
          id = "failed_protect", roles = { "cps" },
          text = "\"Mother failed to protect the children from exposure to domestic violence and declined shelter.\"",
          set = { doc_poor = true }, go = "next_day",
          rating = "harmful",
          feedback = "Every fact behind this sentence is about Scott's violence, yet the sentence is about her. It will follow her into court and into the divorce.",
          rationale = "Avoid failure-to-protect language; describe the non-offending parent's protective efforts (points 7, 14).",
          tags = { "documentation" },
        },
        choice {
          id = "dispute", roles = { "cps" },
          text = "\"Parents had a domestic dispute with the children in the home; both were cooperative.\"",
          set = { doc_poor = true }, go = "next_day",
          rating = "concerning",
          feedback = "\"Domestic dispute\" and \"both\" erase who did what. The record now reads as a mutual conflict.",
          rationale = "Attribute the behavior to the perpetrator; avoid mutual framing (points 4, 14).",
          tags = { "documentation", "perpetrator_accountability" },
        },

        choice {
          id = "detailed", roles = { "dv" },
          text = "Write a full narrative of everything Rachel told you, in her words, in case it is needed later.",
          set = { doc_poor = true }, go = "next_day",
          rating = "concerning",
          feedback = "The more detail in your file, the more there is to fight over if Scott's lawyer seeks it. Record what you need to serve her, not a case file.",
          rationale = "Confidential advocacy records can be sought by subpoena or court order; keep them minimal (points 18, 20).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "copy_cps", roles = { "dv" },
          text = "Send Lena a copy of your notes so the two agencies' records match.",
          set = { doc_poor = true, breach = true }, go = "next_day",
          rating = "harmful",
          feedback = "That shares far more than any release Rachel signed. One release per agency, limited in scope and time, is the rule you work under.",
          rationale = "Share only within a written, time-limited release; working together is no substitute for the survivor's consent (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "skip_notes", roles = { "dv" },
          text = "Skip notes tonight; you will remember the important parts.",
          set = { doc_poor = true }, go = "next_day",
          rating = "concerning",
          feedback = "Without notes you cannot show what was shared and under which release, or follow up on what Rachel asked you for.",
          rationale = "A release's scope and expiry must be recorded and honored (point 18).",
          tags = { "documentation", "confidentiality" },
        },
        choice {
          id = "minimal_and_help", roles = { "dv" },
          text = "Keep your notes brief and factual, log any release with its scope and expiry, and help Rachel list her own protective steps, in her words, for the hearing.",
          go = "next_day",
          rating = "recommended",
          feedback = "Your file stays lean, and Rachel walks into the hearing with a clear account of how she protected her children: the locked door, the call, Karin, the order.",
          rationale = "Document the survivor's protective efforts; keep advocacy records minimal and within the release (points 7, 18).",
          tags = { "documentation", "confidentiality", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "next_day", phase = "follow-up",
      speaker = { cps = "CPS hotline", dv = "Rachel Lindqvist, on the phone" },
      text = function(s, role)
        local status = ({
          home = "Emma went to school late this morning; Rachel called in a sick day.",
          burden = "Emma missed school; the drive from Karin's was too long this morning.",
          verbal = "Rachel says Scott texted at seven to say he would be by later to collect clean clothes.",
          kin = "The children are at Karin's. Scott's lawyer has already filed for temporary custody, citing the removal from Rachel.",
          foster = "Emma and Noah woke up in a foster home. Scott's lawyer has already filed for temporary custody, citing the removal.",
        })[s.placement] or ""
        if role == "cps" then
          return paras {
            "11:10 a.m. the same day. " .. (s.epo and "Scott was released at ten and served with the order at the jail."
              or "Scott spent the night at his brother's; he was not arrested."),
            "At 10:45 the hotline took a call from him: his wife \"leaves two small kids alone to work nights\" and \"has mental problems.\" Your supervisor forwards it to you with one line: \"Your case?\" Rachel does not know about the call.",
            status,
          }
        end
        return paras {
          "11:10 a.m. the same day. Rachel calls you. " .. (s.epo and "Scott was released at ten and served with the order at the jail."
            or "Scott was not arrested; he spent the night at his brother's."),
          "Since then he has sent her fourteen texts: she is \"destroying the family,\" \"CPS will see what you are,\" and one photo of the house, taken from the street this morning. She has also found that the location app is still sharing her phone with his.",
          status,
        }
      end,
      discussion = "How can each system tell a genuine child-safety report from one used as a weapon in a separation? What does each system need from the other to do that well?",
      choices = {
        choice {
          id = "new_case", roles = { "cps" },
          text = "Open a separate neglect investigation into Rachel's night-shift childcare.",
          set = { followup_bad = true }, go = ending_routes(),
          rating = "concerning",
          feedback = "You would be investigating an arrangement Scott himself provided, on a report that arrived within an hour of his release, exactly as he had threatened. That is the system being used as a weapon.",
          rationale = "Perpetrators may use CPS reports against their partners; assess his pattern and credit her protective arrangements (points 4, 7).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "screen_out", roles = { "cps" },
          text = "Screen the call out as retaliation, without looking further.",
          go = ending_routes(),
          rating = "acceptable",
          feedback = "Your instinct is probably right, but recording why (the timing, his earlier threat, who actually provided the night-time childcare) is what protects Rachel if he calls again.",
          rationale = "Document his use of the system as part of his pattern, alongside her protective arrangements (points 4, 7).",
          tags = { "documentation", "perpetrator_accountability" },
        },
        choice {
          id = "call_scott", roles = { "cps" },
          text = "Phone Scott, tell him Rachel warned you he had threatened to call CPS, and ask why he did it.",
          set = { followup_bad = true }, go = ending_routes(),
          rating = "harmful",
          feedback = "Naming Rachel as your source tells him she talked, hours after his release. Hold him to account with third-party facts, never with her disclosures.",
          rationale = "Confront the perpetrator only with third-party evidence; her disclosures raise her danger (points 5, 10).",
          tags = { "perpetrator_accountability", "risk_assessment" },
        },
        choice {
          id = "link_and_check", roles = { "cps" },
          text = "Add the call to the existing case, note that it came within an hour of his release and matches his threat, and check the one fact it turns on, her night-shift childcare, calmly with Rachel.",
          go = ending_routes(),
          rating = "recommended",
          feedback = "You take the report seriously without letting it redirect the case: Scott was the night-shift childcare, and the plan already covers those nights.",
          rationale = "His use of the children and CPS against her is part of the pattern; her protective arrangements are documented (points 4, 7).",
          tags = { "perpetrator_accountability", "documentation" },
        },

        choice {
          id = "document_update", roles = { "dv" },
          text = "Help her save the texts and the photo, report them to police if she wants to, think through with her when to turn off the location sharing, and update her plan for the nights she works.",
          go = ending_routes(),
          rating = "recommended",
          feedback = "Saved texts are evidence, and the photo of the house goes into her plan. She decides to report, and police log it; she turns off the app once Karin is with her, knowing he may notice. The decisions stay hers.",
          rationale = "Stalking and monitoring are lethality cues; the plan is hers and keeps changing with the danger (points 5, 7).",
          tags = { "risk_assessment", "survivor_partnership", "perpetrator_accountability" },
        },
        choice {
          id = "reply_calm", roles = { "dv" },
          text = "Suggest she reply once, calmly, so he does not escalate.",
          set = { followup_bad = true }, go = ending_routes(),
          rating = "harmful",
          feedback = "A reply tells him pressure works and can muddy enforcement of the order. The photo of the house means the plan needs updating, not a calmer tone from her.",
          rationale = "Contact on his terms is part of the control; stalking is a lethality cue (points 4, 5).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "block", roles = { "dv" },
          text = "Tell her to block his number and try not to worry; texts cannot hurt her.",
          set = { followup_bad = true }, go = ending_routes(),
          rating = "concerning",
          feedback = "Blocking without saving destroys the evidence, and a photo of her house taken from the street is stalking, a lethality cue, not just noise.",
          rationale = "Stalking and monitoring are lethality cues; document them (points 5, 7).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "tell_lena", roles = { "dv" },
          text = "Call Lena yourself to tell her about the texts, so CPS knows what Scott is doing.",
          set = { followup_bad = true }, go = ending_routes(),
          rating = "concerning",
          feedback = "Whether Lena hears about this is Rachel's call, and any release she signed covers only what she agreed to. Offer to help her tell Lena herself.",
          rationale = "Share only within the release; offer the survivor a way to speak for herself (points 18, 21).",
          tags = { "confidentiality", "collaboration" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    ending {
      id = "ending_home_safe", title = "Home, with him out", classification = "positive",
      text = "Emma went back to school with her cardinal drawing to finish. Scott was served with the emergency order on his release, and his handgun stayed in the police property room. A week later a judge extended the order for a year, gave Scott supervised time with the children on Saturdays, and ordered him into a batterer intervention program. On Rachel's work nights the children sleep at Karin's. The divorce is slow and some nights are hard. But the record says what Rachel did: the locked door, the call, the plan. When Scott's lawyer raised her night shifts, the file had already answered him.",
    },
    ending {
      id = "ending_home_thin", title = "Home, on thin ground", classification = "mixed",
      text = function(s, role)
        local why = {}
        if s.placement == "burden" then
          why[#why + 1] = "It was Rachel and the children who had moved, not Scott: Emma spent two weeks making a forty-minute drive to school from Karin's, and the file said they could stay together only on that condition."
        end
        if s.plan_score < 5 then
          why[#why + 1] = "The safety plan in the CPS file leaned on Rachel, with lines about what she must do and must not allow, or details that should never have been written down."
        end
        if s.doc_poor then
          why[#why + 1] = role == "cps" and "Your assessment described the night in words that blurred who had done what."
            or "Your program's notes became a problem of their own: too much in them to protect, or too little to show what had been shared and why."
        end
        if s.followup_bad then
          why[#why + 1] = role == "cps" and "And when Scott's hotline call came in, it was handled as a question about Rachel rather than as part of his pattern."
            or "And Scott's messages that first morning were never properly saved or acted on, so when he kept sending them there was little to show a judge."
        end
        return paras {
          "Emma and Noah stayed with their mother, and Scott stayed away under the order. But the night left Rachel on thin ground.",
          table.concat(why, " "),
          "When Scott filed for custody that spring, his lawyer built on whatever the record gave him. The order held, but Rachel spent months defending her parenting while the court heard little about his violence. She told Karin she was not sure she would call 911 again.",
        }
      end,
    },
    ending {
      id = "ending_trust_lost", title = "Safe for now, without her trust", classification = "mixed",
      text = {
        cps = "The children stayed home and Scott was kept out under the order. But Rachel came away from the night having learned that talking with CPS has a price: she was questioned in front of him, or told what she had to do or sign to keep her children. She gave your agency only what she had to, and was relieved when the case closed. When Scott began sending messages again in the spring, she told no one for three weeks.",
        dv = "The children stayed home and Scott was kept out under the order. But Rachel came away from the night having learned that what she tells an advocate can travel without her, or that an advocate will tell her what she must do. She stopped answering the program's calls. When Scott began sending messages again in the spring, she told no one for three weeks.",
      },
    },
    ending {
      id = "ending_with_aunt", title = "With their aunt, without their mother", classification = "mixed",
      text = "Emma and Noah spent five nights at Karin's while Rachel waited for the hearing in an empty house. Noah stopped sleeping through the night; Emma missed four days of school and asked every evening whether Mommy was in trouble. At the hearing the judge found no reason the children could not be with their mother while an order kept Scott away, and sent them home. The children were safe throughout. The cost was the time apart, and a record that now says CPS once removed them from Rachel, which Scott's lawyer cited within the week.",
    },
    ending {
      id = "ending_removed", title = "Removed at three in the morning", classification = "negative",
      text = "Emma and Noah spent four nights in a foster home across the county. Noah, who had never slept away from his mother, barely ate; Emma missed most of a week of school. At the hearing the judge asked what had been done to keep the children with their mother, found no danger that an order against Scott could not have met, and sent them home. By then Scott had filed for custody, citing the removal. Rachel told the advocate that she would never call the police again.",
    },
    ending {
      id = "ending_danger_missed", title = "A plan that missed the danger", classification = "negative",
      text = "Rachel and the children stayed home. The plan on file said what Rachel would do, but nothing in it kept Scott out or made sure the gun was gone, and no one followed up. On Thursday evening, as Rachel got ready for her first work night, Scott let himself in with his key. Rachel got the children into Emma's room and called 911 again; officers arrived within minutes. No one was physically hurt. The next investigator to read the file asked why Rachel had let him in.",
    },
  },
}
