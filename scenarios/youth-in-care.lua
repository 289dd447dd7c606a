-- youth-in-care: teen dating violence for a sixteen-year-old in foster care.
--
-- Yesi Ortiz, sixteen, has lived with her foster mother, Denise Quarles, for fourteen months: the
-- longest of her six placements. Her girlfriend, Jade, seventeen, checks her phone, follows her
-- location, pushed her at practice, and threatens to tell Yesi's mother "what she is". The CPS
-- caseworker responsible for her placement, a teen dating violence advocate at a community DV
-- program's youth project, and her foster mother each meet her over three weeks: the first call, her own account, her
-- phone, what may pass between the two agencies, a mistake by the advocate, a foster parent's
-- lockout that must be reported, a placement review, the safety plan made with her, the court
-- report, and what to do when Jade turns up again.
--
-- All names of people, schools and agencies are invented.

-- Joins the non-empty paragraphs of a scene with a blank line between them.
local function paras(list)
  local out = {}
  for _, p in ipairs(list) do
    if p and p ~= "" then out[#out + 1] = p end
  end
  return table.concat(out, "\n\n")
end

-- Where the case goes after the last decision. Tried in order; the last has no condition.
local function ending_routes()
  return {
    { "ending_missing", when = function(s) return s.trust <= -5 end },
    { "ending_outed", when = function(s) return s.outed or s.plan_score < 0 end },
    { "ending_moved", when = function(s) return s.moved end },
    { "ending_silent", when = function(s) return s.breach or s.trust < 0 end },
    { "ending_rules", when = function(s) return s.rules or s.plan_score < 4 or not s.report_ok end },
    { "ending_staying", when = function(s) return s.good >= 8 and s.plan_score >= 6 and s.harm == 0 end },
    { "ending_partial" },
  }
end

-- The written safety plan: made with Yesi, or made for her. It is scored on her own words, the
-- arrangement that replaces a locked door, practical steps she chose, and on lines that impose
-- rules on her, frame the abuse as mutual, or name her relationship in a file her mother reads.
local PLAN_FLAGS = {
  no_contact_rule = "imposes a rule on Yesi in place of a plan she agreed to",
  phone_night = "takes away the phone that is also her way to call for help",
  mutual_fights = "treats Jade's behavior as a conflict both girls share",
}
local OWN_TEXT_FLAGS = {
  { "mutual", "\"mutual\" framing" },
  { "both girls", "\"both girls\" framing" },
  { "drama", "treats the abuse as teenage drama" },
  { "chose to stay", "blames Yesi for staying in the relationship" },
  { "chooses to stay", "blames Yesi for staying in the relationship" },
  { "girlfriend", "names her relationship in a file her mother's attorney reads" },
  { "lesbian", "names her sexual orientation in a file her mother's attorney reads" },
  { "gay", "names her sexual orientation in a file her mother's attorney reads" },
  { "queer", "names her sexual orientation in a file her mother's attorney reads" },
}

local function plan_rubric(draft)
  local has, flags, missing = {}, {}, {}
  for _, id in ipairs(draft.clauses) do
    has[id] = true
    if PLAN_FLAGS[id] then flags[#flags + 1] = PLAN_FLAGS[id] end
  end
  local own = " " .. string.lower(draft.own or "") .. " "
  for _, f in ipairs(OWN_TEXT_FLAGS) do
    if string.find(own, f[1], 1, true) then flags[#flags + 1] = f[2] end
  end
  if has.mother_told then
    return { score = -1, max = 7, rating = "harmful",
             flags = { "tells Yesi's mother about her relationship without Yesi's consent" }, missing = {},
             feedback = "This line outs Yesi to her mother in a document her mother's attorney will read, which is exactly what Jade has been threatening. Whom Yesi tells, and when, is hers to decide." }
  end
  local practical = (has.code_word and 1 or 0) + (has.rides and 1 or 0) + (has.school_plan and 1 or 0)
    + (has.advocate_option and 1 or 0)
  if not has.her_words then missing[#missing + 1] = "what Yesi herself named as unsafe" end
  if not has.curfew_plan then missing[#missing + 1] = "what happens when she is late, so a door is never locked again" end
  if practical < 2 then missing[#missing + 1] = "practical steps she chose: a code word, rides, school, her advocate" end
  local score = (has.her_words and 1 or 0) + (has.curfew_plan and 1 or 0) + math.min(practical, 3)
  if #flags == 0 then score = score + 2 end
  local rating, feedback
  if #flags > 0 then
    rating = "concerning"
    feedback = "Some lines are rules made for Yesi, or frame Jade's behavior as shared, or name what Yesi asked to keep private. A plan she did not make is a plan she will work around."
  elseif has.her_words and has.curfew_plan and practical >= 2 then
    rating = "recommended"
    feedback = "The plan starts from what Yesi named, replaces the locked door with an arrangement Denise can keep, and holds practical steps Yesi chose herself."
  else
    rating = "acceptable"
    feedback = "Nothing here works against Yesi, but the plan is thin: it needs her own account, what happens when she is late, and at least two steps she chose."
  end
  return { score = score, max = 7, rating = rating, flags = flags, missing = missing, feedback = feedback }
end

return scenario {
  id = "youth-in-care",
  title = "Her phone, her plan: Yesi in foster care",
  version = "1.0.0",
  summary = "A sixteen-year-old in foster care is being monitored, threatened and pushed by her girlfriend. Her caseworker, a teen dating violence advocate and her foster mother each have to work with her and with each other, without deciding everything for her.",
  minutes = 26,
  license = "CC-BY-4.0",
  content_notes = {
    "Dating violence between two teenage girls: a shove that leaves a scrape, described briefly.",
    "Digital abuse: a partner who checks a phone, tracks a location and sends a stream of demanding messages.",
    "Threats to tell a young person's mother about her sexual orientation and to share private photos; no images are described.",
    "A foster parent locks a sixteen-year-old out overnight; she sleeps in a car.",
    "Placement moves for a youth in foster care, and a youth who runs from care in one ending.",
  },
  objectives = {
    "Hear a young person's own views and make a safety plan with her, not for her, including what she will and will not accept.",
    "Explain the limits of confidentiality to a minor before she discloses, and act on a reportable disclosure in a way that keeps as much of her trust as possible.",
    "Recognize digital abuse (location sharing, phone checks, threats to share photos or to out her) and plan changes to a phone around what the abusive partner would notice.",
    "Weigh a placement move as a risk in itself, not only as protection.",
    "Handle a minor's confidential information lawfully: her own written, time-limited release where she may consent to services, and a custodian who cannot sign it for her.",
    "Take dating violence seriously when both partners are girls, and keep a youth's sexual orientation out of records she has not chosen to share it in.",
    "Respond to a colleague's mistake from the other system in a way that repairs it rather than ends the collaboration.",
    "As a foster parent: supervise without surveilling, support a confidential service without needing to know what is said there, and own a caregiver's mistake.",
  },
  jurisdiction = "A state where a minor of fourteen or older may consent on her own to domestic violence services and sign her own release: a VAWA/FVPSA-funded program may not share her identifying information without it, and the agency that has custody of her cannot sign for her. Caseworkers, advocates and foster parents are mandated reporters of abuse or neglect by a caregiver, foster parents included; locking a minor out overnight is reportable neglect. Dating violence by a peer is reported to police only if the youth chooses; a minor may petition for a protective order with an adult's help. Dependency court reports go to the parents and their attorneys.",
  start = "first_call",

  roles = {
    role { id = "cps", name = "CPS caseworker for the youth's placement",
           brief = "You are the ongoing foster care caseworker for Yesenia (Yesi) Ortiz, sixteen. Your agency has legal custody of her; she has lived with her foster mother, Denise Quarles, for fourteen months, the longest of her six placements. You are responsible for her placement, her case plan and the reports the dependency court reads every six months. Her mother, Marta, has visits every other Saturday." },
    role { id = "dv", name = "Teen dating violence advocate",
           brief = "You are the youth advocate of a community domestic violence program. You run a weekly healthy-relationships group at Eastbrook High and see young people at the program's youth project. Your services are voluntary and confidential; in this state a young person of fourteen or older may use them on her own and decides, in a written release, what you may share. You are also a mandated reporter of abuse or neglect by a parent or caregiver." },
    role { id = "foster", name = "Foster parent",
           brief = "You are Denise Quarles, Yesi Ortiz's foster mother for fourteen months, the longest she has stayed anywhere since she came into care at thirteen. Two younger foster children also live with you. You make day-to-day decisions for Yesi under the reasonable and prudent parent standard, you tell her caseworker, Hector Villanueva, about injuries and anything serious within a day, and, like every foster parent in your state, you are a mandated reporter. Yesi's mother, Marta, picks her up from your house for visits every other Saturday." },
  },

  state = {
    trust = 0,              -- Yesi's trust in the trainee's agency
    good = 0,               -- decisions taken as recommended (the positive ending needs nearly all)
    release = false,        -- Yesi signed a release between the advocate and CPS
    texted = false,         -- dv: the appointment and plan went to the phone Jade reads
    rules = false,          -- rules were imposed on Yesi in place of a plan she agreed to
    report_ok = false,      -- the lockout went through the proper channel, with Yesi told
    moved = false,          -- Yesi was moved from Denise's home
    breach = false,         -- something Yesi said in confidence went somewhere without her consent
    outed = false,          -- her relationship reached her mother, or a record her mother reads
    plan_score = 0,         -- score of the written safety plan
    harm = 0,               -- choices rated harmful (any one rules out the positive ending)
    options = false,        -- Yesi chose, from options laid out for her, how to stop Jade
  },

  scenes = {
    ---------------------------------------------------------------------------------------------
    scene {
      id = "first_call", phase = "referral", title = "The first call",
      speaker = { cps = "Denise Quarles, foster mother", dv = "Yesi Ortiz", foster = "Your kitchen" },
      text = {
        cps = paras {
          "Monday, 4:50 p.m. Denise Quarles calls your cell. Yesi came home from soccer practice with a long scrape down her forearm and the screen of her phone cracked. She said she slipped on the bleachers.",
          "\"Then the phone kept lighting up on the counter. Thirty-one messages in an hour from Jade, the girl she's been seeing. 'Who are you with.' 'Send me a picture of where you are right now.' 'You know what happens if you lie to me.' I want to take that phone and tell Yesi she's done with that girl. And if Jade knows where we live, maybe Yesi is safer somewhere else. I've got two little ones here too.\"",
          "Yesi is upstairs with her door shut. She is a junior and a midfielder on the varsity team, and she has never mentioned Jade to you.",
        },
        dv = paras {
          "Tuesday, 12:40 p.m. The healthy-relationships group at Eastbrook High has just ended. Yesi, a junior you have seen at group four times, hangs back while the others leave, her sleeve pulled down over one arm.",
          "\"Can I ask you something? Like, hypothetically.\" She glances at the door. \"I'm in foster care, so everybody's always in my business. If I told you something, you can't tell anyone, right? Not my caseworker, not my foster mom.\"",
          "The bell for fifth period rings in ten minutes.",
        },
        foster = paras {
          "Monday, 4:50 p.m. Yesi came in from soccer practice with a long scrape down her forearm and the screen of her phone cracked. \"I slipped on the bleachers,\" she said, and went upstairs. She left the phone on the kitchen counter.",
          "It has lit up thirty-one times in an hour, all from Jade, the girl Yesi has been seeing. You can read the previews without touching it: \"Who are you with.\" \"Send me a picture of where you are right now.\" \"You know what happens if you lie to me.\"",
          "Your two younger foster children are doing homework at the table. Your agency asks foster parents to tell the caseworker about a youth's injuries within a day.",
        },
      },
      discussion = "When the partner is a girl, do the adults around a young person respond differently? What would each of you want to know before deciding anything?",
      choices = {
        choice {
          id = "back_rules", roles = { "cps" },
          text = "Back Denise and help her set clear limits: the phone stays with her this week, and Yesi is not to see Jade until you meet.",
          add = { trust = -1 }, set = { rules = true }, go = "her_account",
          rating = "concerning",
          feedback = "It sounds protective, and Denise feels supported. Yesi hears that telling the adults costs her the phone and the person she cares about, and that the phone she loses is also how she would call for help.",
          rationale = "Rules imposed before anyone hears the young person push dating violence out of sight and repeat the control she is already living with (points 4, 7).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "visit_first", roles = { "cps" },
          text = "Set up a visit tomorrow after school to hear Yesi out first, and have Denise leave things as they are at home until then.",
          add = { trust = 1, good = 1 }, go = "her_account",
          rating = "recommended",
          feedback = "Denise agrees to wait a day. You will hear from Yesi before anything about her phone, her girlfriend or her placement is decided.",
          rationale = "A young person has views of her own and an assessment starts with her account, not with the adults' fears; the pattern matters more than tonight's messages (point 4; balance: young people have views of their own).",
          tags = { "survivor_partnership", "child_safety" },
        },
        choice {
          id = "start_move", roles = { "cps" },
          text = "Since Jade may know the address and there are young children in the home, ask the placement unit to look for a different home.",
          add = { trust = -1 }, go = "her_account",
          rating = "concerning",
          feedback = "A search for a new home becomes the agency's first response to Yesi being hurt. Moves are a risk of their own for a youth on her sixth placement: school, team, and the one adult she has stayed with.",
          rationale = "An unnecessary move adds trauma and cuts the relationships a young person's resilience rests on; act on the source of danger first (points 2, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },
        choice {
          id = "note_it", roles = { "cps" },
          text = "Tell Denise that fights between teenage girls often settle down, and see how things look at your monthly visit next week.",
          add = { trust = -1 }, go = "her_account",
          rating = "concerning",
          feedback = "Thirty-one messages an hour, a threat and an injury are a pattern of control, whoever the partner is. A week of waiting is a week in which Yesi learns the adults did not think it mattered.",
          rationale = "Assess the pattern of coercive control, not the gender of the partner; monitoring and threats are warning signs (points 4, 5, 23).",
          tags = { "risk_assessment", "cultural_responsiveness" },
        },

        choice {
          id = "promise_secret", roles = { "dv" },
          text = "Explain that what she tells you stays between the two of you, so she can feel safe enough to speak about what's going on.",
          add = { trust = 1, harm = 1 }, go = "her_account",
          rating = "harmful",
          feedback = "She talks, and it feels like trust. But you are a mandated reporter, and a promise you may have to break is the surest way to lose a young person who has already learned that adults do not keep their word.",
          rationale = "Confidentiality has exceptions compelled by statute, such as mandated reports; say so before the disclosure, not after (point 20).",
          tags = { "confidentiality", "trauma_informed" },
        },
        choice {
          id = "hypothetical", roles = { "dv" },
          text = "Go along with the hypothetical: ask what she'd tell a friend in that spot, and come back to privacy if it gets specific.",
          go = "her_account",
          rating = "acceptable",
          feedback = "Talking in hypotheticals lets her test you, and many young people need that. But she is already close to telling you, and she still does not know what you would have to do with it.",
          rationale = "Meeting a young person where she is helps; the limits of confidentiality still belong before the disclosure (points 18, 20).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "limits_first", roles = { "dv" },
          text = "Before she goes on, tell her the few things you'd have to pass on and to whom; the rest of what she says stays hers.",
          add = { trust = 1, good = 1 }, go = "her_account",
          rating = "recommended",
          feedback = "She thinks about it, then says the thing is not about home, it is about her girlfriend. Because she knows the limits now, nothing you do later will feel like a trick.",
          rationale = "Explain confidentiality and its exceptions before a young person discloses; her reportable disclosures are acted on, her feelings and plans stay confidential (points 18, 20).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "ask_caseworker", roles = { "dv" },
          text = "Say you're glad she came, and offer to help her bring in her caseworker, so the adults on her side can work on this together.",
          add = { trust = -1 }, go = "her_account",
          rating = "concerning",
          feedback = "She has just asked you not to tell her caseworker. Working across systems is good practice, but with her, on her terms; she goes quiet and says she has to get to class.",
          rationale = "Advocacy is voluntary and directed by the young person; any sharing needs her written release (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },

        choice {
          id = "f_knock", roles = { "foster" },
          text = "Take the phone up, tell her you saw the messages and you're worried, not angry, and that you'll let Hector know about the arm.",
          add = { trust = 1, good = 1 }, go = "her_account",
          rating = "recommended",
          feedback = "She takes the phone and says it's nothing. An hour later she comes down for dinner and sits next to you. You told her the truth about what you report, and kept the rest of her business hers.",
          rationale = "A caregiver who is honest about what she must report, and leaves the rest private, keeps the door open for the young person to tell more (points 7, 20).",
          tags = { "survivor_partnership", "child_safety" },
        },
        choice {
          id = "f_read_phone", roles = { "foster" },
          text = "Unlock the phone with the code you've seen her use and read back through the messages, so you know exactly what you're dealing with.",
          add = { trust = -1 }, go = "her_account",
          rating = "concerning",
          feedback = "You learn a lot, and Yesi notices the phone has moved. Reading her messages without asking is what Jade does; now two people do it.",
          rationale = "Covert checking repeats the control the young person is living with and closes the door to telling (points 4, 7).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "f_ban", roles = { "foster" },
          text = "Tell Yesi the phone stays with you this week and she's done seeing Jade; you'll explain it all to Hector first thing in the morning.",
          add = { trust = -1 }, set = { rules = true }, go = "her_account",
          rating = "concerning",
          feedback = "She hands over the phone without a word. Jade, hearing nothing, turns up at the end of your street the next afternoon. Yesi has learned what telling costs.",
          rationale = "Rules imposed before anyone hears the young person push dating violence out of sight and can escalate a controlling partner (points 4, 5, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "f_ask_move", roles = { "foster" },
          text = "Call Hector tonight and ask whether Yesi might be safer in another home, since Jade may know the address and the little ones are here.",
          add = { trust = -1 }, go = "her_account",
          rating = "concerning",
          feedback = "Hector hears your fear and opens a search. Yesi hears from one of the younger children that you called about moving her, and stops coming down for dinner.",
          rationale = "A move is a harm of its own for a youth on her sixth placement; act on the source of danger first (points 2, 3).",
          tags = { "child_safety", "reasonable_efforts" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "her_account", phase = "the young person's voice", title = "Yesi's own account",
      speaker = "Yesi Ortiz",
      text = function(s, role)
        if role == "foster" then
          return paras {
            "Tuesday, 10:30 p.m. Hector came by after school and talked with Yesi on the back steps. Now she wanders into the kitchen while you pack lunches" .. (s.rules and ", and looks at her phone on top of the refrigerator." or "."),
            "\"Jade's not like that. She's stressed, her mom put her out.\" She picks at the label of a water bottle. \"And you can't say anything to my mom at visits. She doesn't know about Jade. She doesn't know I like girls.\"",
          }
        end
        if role == "cps" then
          return paras {
            s.rules and "Tuesday, 4:10 p.m. Yesi agreed to talk only outside, on the back steps. Her phone is on top of Denise's refrigerator." or "Tuesday, 4:10 p.m. Yesi agreed to talk only outside, on the back steps.",
            "\"It's not what Denise thinks. Jade's stressed, her mom put her out, she's staying at her aunt's. She grabbed for my phone and I slipped on the bleachers. That's all.\"",
            "Then, quieter: \"If you write 'girlfriend' in your report, my mom reads it. My mom doesn't know. Nobody at visits knows. And if you move me over this, I'm done. I'm not doing a seventh house.\"",
          }
        end
        return paras {
          "Wednesday, 3:30 p.m. Yesi comes to the youth project after school and tells you, in pieces.",
          "Jade has her passcode and shares locations with her, \"because that's what couples do.\" Jade reads her messages. At practice on Monday Jade got angry that Yesi was laughing with a teammate, grabbed for her phone, and Yesi went down against the bleachers. Jade has said that if Yesi ever leaves, she will tell Yesi's mother \"what you are\" and post the pictures they took together.",
          "\"But she's been through so much. Her mom put her out. I'm the only one she has. I don't want to break up. I just want her to stop being like this.\"",
        }
      end,
      reason = "What did you hear Yesi ask for, and what did you do with it?",
      discussion = "What can a young person in care refuse? What does a sixteen-year-old's 'no' mean to each of your systems?",
      choices = {
        choice {
          id = "promise_stay", roles = { "cps" },
          text = "Promise her nobody is moving her over this, so she feels safe enough to let you hear what Jade has really been doing.",
          add = { trust = 1 }, go = "phone",
          rating = "concerning",
          feedback = "She relaxes, and you hear about the passcode and the location sharing. But placement decisions are not yours alone, and if the team decides otherwise, you will be one more adult who said something that was not true.",
          rationale = "Honesty about the mandate comes first; you cannot promise an outcome before assessing it (points 2, 22).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "condition_breakup", roles = { "cps" },
          text = "Explain clearly that staying at Denise's depends on her ending things with Jade, since the agency can't keep her safe otherwise.",
          add = { trust = -2, harm = 1 }, set = { rules = true }, go = "phone",
          rating = "harmful",
          feedback = "She says fine, it's over. It is not over; it has gone underground, and now losing her home is the price of telling you anything.",
          rationale = "Making the young person's placement depend on her leaving puts the consequence of the abuser's behavior on her, the way a 'failure to protect' frame does for an adult survivor (points 2, 14).",
          tags = { "survivor_partnership", "child_safety" },
        },
        choice {
          id = "honest_file", roles = { "cps" },
          text = "Be straight with her: you can't keep everything out of every report. Tell her who reads them, and find out what she'd want left out.",
          add = { trust = 1, good = 1 }, go = "phone",
          rating = "recommended",
          feedback = "She tells you the court report is the one she fears, because her mother's lawyer gets it. You now know what she is protecting, and she knows you will not pretend.",
          rationale = "Be honest about the mandate and about who reads case records; they can reach people the youth has not chosen to tell (points 17, 22).",
          tags = { "survivor_partnership", "documentation" },
        },
        choice {
          id = "leave_out", roles = { "cps" },
          text = "Offer to keep Jade out of the written record entirely for now, to protect her trust while you learn more about the danger she's in.",
          add = { trust = 1 }, go = "phone",
          rating = "concerning",
          feedback = "It keeps her talking today. But a file silent about an injury and a threat leaves your supervisor, the court and the next worker blind, and it is a promise your job will not let you keep.",
          rationale = "Record the behavior and its effect without exposing what the youth has not chosen to share; silence is not protection (points 13, 17).",
          tags = { "documentation", "survivor_partnership" },
        },

        choice {
          id = "say_leave", roles = { "dv" },
          text = "Tell her clearly that this is abuse, whatever Jade has been through, and that the safest step she can take is to end it with Jade this week.",
          add = { trust = -1 }, go = "phone",
          rating = "concerning",
          feedback = "You are right about the behavior. But she came in saying she did not want to break up, and now she is defending Jade to you. Leaving is also when control often gets worse.",
          rationale = "Advocacy follows the young person's own goals; separation can raise danger and needs planning, not an order (points 5, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "name_behaviors", roles = { "dv" },
          text = "Go over what she has described (the passcode, the location, the bleachers, what Jade said about her mother) and hear what she thinks of it.",
          add = { trust = 1, good = 1 }, go = "phone",
          rating = "recommended",
          feedback = "She is quiet for a while. \"When you say it all together it sounds bad.\" She does not want to break up, and she does want help with the phone. That is where you start.",
          rationale = "Name the pattern of control, not just one incident, and let the young person draw her own conclusions (points 4, 7).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "sit_both", roles = { "dv" },
          text = "Offer to sit down with the two girls together, to help them work out how Jade handles her stress and her jealousy.",
          add = { trust = -1, harm = 1 }, go = "phone",
          rating = "harmful",
          feedback = "A joint session treats control as a problem they share, and anything Yesi says in the room she may pay for afterwards. Jade's behavior is Jade's to change.",
          rationale = "Joint sessions are unsafe where one partner controls the other; the behavior is the abusive partner's responsibility (points 4, 8).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "photos_law", roles = { "dv" },
          text = "Start with the photos: explain what the law says about images of minors and what she can do if Jade posts any.",
          go = "phone",
          rating = "acceptable",
          feedback = "She needs that information, and it steadies her a little. But starting with the law skips what she came in with: she loves Jade and wants her to stop.",
          rationale = "Threats to share images are a real danger to plan around; the plan still starts with what the young person wants (points 5, 7).",
          tags = { "risk_assessment" },
        },

        choice {
          id = "f_drama", roles = { "foster" },
          text = "Tell her every couple fights, and teenage girls can get intense with each other; give Jade some space and it'll blow over.",
          add = { trust = -1 }, go = "phone",
          rating = "concerning",
          feedback = "She says \"yeah, probably\" and goes upstairs. Treating control as girls' drama tells her that what is happening to her doesn't count.",
          rationale = "Dating violence between girls is dating violence; assess the pattern, not the gender of the partner (points 4, 23).",
          tags = { "risk_assessment", "cultural_responsiveness" },
        },
        choice {
          id = "f_mom_soon", roles = { "foster" },
          text = "Promise to keep it to yourself for now, but say her mom will need to know sooner or later, and offer to help her find the words.",
          add = { trust = -1 }, go = "phone",
          rating = "concerning",
          feedback = "Meant kindly, it puts a clock on something that is Yesi's to decide. She hears one more adult with a plan for her life.",
          rationale = "Whom a young person tells about her sexual orientation, and when, is hers to decide (points 22, 23).",
          tags = { "cultural_responsiveness", "survivor_partnership" },
        },
        choice {
          id = "f_handout", roles = { "foster" },
          text = "Leave the healthy-relationships handout from your foster parent training on her desk, with a note saying you're around whenever she wants to talk.",
          go = "phone",
          rating = "acceptable",
          feedback = "She reads it; you find it folded in her backpack a week later. It is something, and it keeps its distance. She will need a person as well as a handout.",
          rationale = "Information helps; a caregiver who listens helps more (points 4, 7).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "f_listen", roles = { "foster" },
          text = "Tell her that's hers to share, not yours, and ask how things have been with Jade lately; listen without trying to fix it tonight.",
          add = { trust = 1, good = 1 }, go = "phone",
          rating = "recommended",
          feedback = "She talks for twenty minutes, mostly about Jade's mom. Near the end she mentions the passcode. You don't pounce; you say it sounds like a lot of checking, and she says, \"Yeah. It is.\"",
          rationale = "Whom a young person tells about her sexual orientation is hers to decide; a caregiver who listens without an agenda hears the pattern (points 4, 23).",
          tags = { "survivor_partnership", "cultural_responsiveness" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "phone", phase = "digital safety", title = "Who watches the phone",
      speaker = { cps = "Denise Quarles", dv = "Yesi Ortiz", foster = "Your phone" },
      text = function(s, role)
        if role == "foster" then
          return paras {
            "Thursday, 8:15 p.m. At church on Sunday a friend showed you an app that lets a parent see a teenager's location, texts and browsing. It is on your phone now, waiting for a code from Yesi's.",
            "Yesi is in the shower. Her phone is on your family plan, and you pay the bill. Under your agency's reasonable and prudent parent standard, day-to-day supervision is yours to decide.",
          }
        end
        if role == "cps" then
          return paras {
            "Thursday, 8:15 p.m. Denise calls again. A friend from her church showed her an app that lets a parent see a teenager's location, texts and browsing. \"I can put it on tonight while she's in the shower. If that girl tries anything, I'll know where Yesi is.\"",
            "An hour earlier Yesi texted you: \"if she puts a tracker on me i swear.\"",
            "Agency guidance leaves day-to-day supervision to foster parents under the reasonable and prudent parent standard.",
          }
        end
        return paras {
          "Thursday, at the youth project. Yesi holds out her phone, screen still cracked. \"Should I just turn off the location thing? And change my passcode?\"",
          "Jade checks where Yesi is \"like every ten minutes\" and texts the moment Yesi's dot stops somewhere she does not know. The phone is on Denise's family plan.",
        }
      end,
      discussion = "What is the difference between a foster parent's supervision and a partner's surveillance? Who decides how a sixteen-year-old's phone is watched?",
      choices = {
        choice {
          id = "app_ok", roles = { "cps" },
          text = "Tell Denise it's her decision as the foster parent; knowing where Yesi is seems a reasonable, protective step while a girl harasses her.",
          add = { trust = -2 }, set = { rules = true }, go = "share",
          rating = "concerning",
          feedback = "Yesi finds the app within two days. Now two people watch her phone, and the adult she might have turned to is one of them.",
          rationale = "Covert monitoring repeats the control she is living with and closes the door to telling; safety plans are made with the young person (points 4, 7).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "flat_no_app", roles = { "cps" },
          text = "Explain to Denise that secretly reading a sixteen-year-old's messages crosses a line, and the agency won't help her do it.",
          go = "share",
          rating = "acceptable",
          feedback = "The app stays off, and you are right that covert monitoring would backfire. But Denise is left with her fear and nothing to do with it.",
          rationale = "Say no to surveillance, and give the foster parent something protective to do instead (points 4, 7).",
          tags = { "child_safety" },
        },
        choice {
          id = "phone_away", roles = { "cps" },
          text = "Offer a middle way: Denise keeps the phone downstairs at night and on weekends, so Jade can't reach Yesi at home.",
          add = { trust = -1 }, set = { rules = true }, go = "share",
          rating = "concerning",
          feedback = "Jade reads the silence as Yesi hiding something, and the messages the next morning are worse. Yesi has also lost her way to call anyone at night.",
          rationale = "Cutting a phone off abruptly can escalate a controlling partner and strands the youth; plan phone changes around what the abuser will notice (points 5, 7).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "check_ins", roles = { "cps" },
          text = "Suggest Denise hold off tonight and come to a meeting with Yesi and you on Saturday to agree on check-in times and a word for a ride.",
          add = { trust = 1, good = 1 }, go = "share",
          rating = "recommended",
          feedback = "Saturday is awkward for ten minutes and then practical. Yesi picks the word; Denise gets to know how to help without watching. Neither of them gets everything they wanted.",
          rationale = "A plan made with the young person and her caregiver builds on her own protective steps instead of adding another layer of monitoring (points 4, 7).",
          tags = { "survivor_partnership", "collaboration" },
        },

        choice {
          id = "switch_off_now", roles = { "dv" },
          text = "Help her turn off location sharing and change the passcode right now, while you're beside her and can check every setting.",
          add = { trust = -1 }, go = "share",
          rating = "concerning",
          feedback = "It is done in five minutes. Jade notices in twelve, and is waiting at Yesi's bus stop the next morning asking where she went.",
          rationale = "Changes a controlling partner will notice can raise the danger; plan their timing with her (points 5, 7).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "second_phone", roles = { "dv" },
          text = "Offer her a cheap second phone that Jade doesn't know about, from the program's donated stock, for calls she needs to keep private.",
          add = { trust = 1 }, go = "share",
          rating = "concerning",
          feedback = "A safe phone helps many adult survivors. For a youth in care it is a secret from her foster mother and caseworker too, and if Jade or Denise finds it, Yesi carries the blame.",
          rationale = "A plan that only works in secret from every adult around her leaves her alone with it; plan with her what the people in her life will see (points 7, 21).",
          tags = { "survivor_partnership", "child_safety" },
        },
        choice {
          id = "leave_phone", roles = { "dv" },
          text = "Leave the phone as it is for now, and help her work out who she'd call and where she'd go if Jade turned up.",
          go = "share",
          rating = "acceptable",
          feedback = "She has a plan for if Jade turns up, which matters. The phone, the main way Jade keeps track of her, is still a question nobody has looked at with her.",
          rationale = "A safety plan covers the digital monitoring as well as physical contact (points 4, 7).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "map_phone", roles = { "dv" },
          text = "Go through her apps one by one: which share her location, what Jade would notice if a setting moved, and when Yesi wants it moved.",
          add = { trust = 1, good = 1 }, go = "share",
          rating = "recommended",
          feedback = "Three apps share her location, one she had forgotten. She decides to leave the main one on for now, turn off the forgotten one, and think about the rest after the weekend.",
          rationale = "Digital monitoring is part of the pattern of control and a stalking cue; the young person decides, knowing what the abuser will see (points 4, 5, 7).",
          tags = { "risk_assessment", "survivor_partnership" },
        },

        choice {
          id = "f_install", roles = { "foster" },
          text = "Install it tonight while she's in the shower: it's your phone plan, and if Jade tries anything at all you'll know where Yesi is.",
          add = { trust = -2 }, set = { rules = true }, go = "share",
          rating = "concerning",
          feedback = "Yesi finds the app within two days. Now two people watch her phone, and one of them is the adult she might have told.",
          rationale = "Covert monitoring repeats the control she is living with and closes the door to telling; safety plans are made with the young person (points 4, 7).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "f_check_ins", roles = { "foster" },
          text = "Leave the app off and ask Hector to help you and Yesi agree on check-in times and a word she can text when she needs a ride.",
          add = { trust = 1, good = 1 }, go = "share",
          rating = "recommended",
          feedback = "Saturday is awkward for ten minutes and then practical. Yesi picks the word. You give up knowing where she is every minute and gain a way to hear when it matters.",
          rationale = "A plan made with the young person builds on her own protective steps instead of adding another layer of monitoring (points 4, 7).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "f_phone_night", roles = { "foster" },
          text = "Skip the app, but start a house rule: phones charge in the kitchen overnight, everyone's, so Jade can't reach her at home.",
          add = { trust = -1 }, set = { rules = true }, go = "share",
          rating = "concerning",
          feedback = "It's fair on paper. Jade reads the silence as Yesi hiding something, the messages the next morning are worse, and Yesi has no phone at night if she needs one.",
          rationale = "Cutting off a phone abruptly can escalate a controlling partner; plan changes around what the abuser will notice (points 5, 7).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "f_delete_app", roles = { "foster" },
          text = "Delete the app and say nothing about it; she has enough people watching her, and you'll just keep a closer eye at home.",
          go = "share",
          rating = "acceptable",
          feedback = "You spare her one more watcher. But your fear has nowhere to go, and Yesi still has no agreed way to reach you when something goes wrong.",
          rationale = "Saying no to surveillance is right; giving the caregiver something protective to do is better (points 4, 7).",
          tags = { "child_safety" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "share", phase = "information sharing", title = "Who gets told",
      speaker = { cps = "Mireille Delacroix, youth advocate", dv = "Hector Villanueva, CPS caseworker", foster = "The laundry room" },
      text = {
        cps = paras {
          "Friday, 10 a.m. Yesi mentioned \"a lady at school\" who runs a group; you track her down as Mireille Delacroix, the youth advocate of a community domestic violence program. Your placement review is next Thursday, and you want to know what Yesi has told her.",
          "\"I can't tell you whether I work with any young person,\" Mireille says, \"unless she signs a written release. In this state a sixteen-year-old signs her own. I know you have custody. That doesn't change it.\"",
        },
        dv = paras {
          "Friday, 10 a.m. Hector Villanueva, a CPS caseworker, calls the youth project. \"I'm Yesi Ortiz's caseworker, so I'm her legal custodian, basically. I know she's been coming to you. What's going on with this girl Jade? I have a placement review Thursday and I need to know if she's safe at her foster home.\"",
          "Yesi has not signed a release for anyone.",
        },
        foster = paras {
          "Friday, 9 a.m. Doing laundry, you find a card in the pocket of Yesi's hoodie: the youth project of a community domestic violence program, a first name, Mireille, and \"Sat 11\" written on the back.",
          "Hector has asked you to let him know anything that would help before next Thursday's placement review.",
        },
      },
      discussion = "Who may consent for a sixteen-year-old in care? How does each of your systems define 'the client' here?",
      choices = {
        choice {
          id = "sign_for_her", roles = { "cps" },
          text = "Explain that the agency is her legal custodian, and offer to sign a release on Yesi's behalf so Mireille can help you today.",
          add = { trust = -1, harm = 1 }, go = "slip",
          rating = "harmful",
          feedback = "Mireille declines: where a minor may consent to services on her own, only she can release her information. If Yesi hears you tried, she learns that even her advocate is not hers.",
          rationale = "A release must be the young person's own informed, written, time-limited choice; custody does not stand in for it (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "yesi_decides", roles = { "cps" },
          text = "Let Yesi know you'd find a talk with Mireille useful, and leave it to her: yes or no, about what, and for how long.",
          add = { trust = 1, good = 1 }, set = { release = true }, go = "slip",
          rating = "recommended",
          feedback = "Yesi signs a release with Mireille for two things only, the phone plan and the review, until the end of the month. She crossed out the line about her mother.",
          rationale = "The young person decides what passes between agencies in a written, time-limited release that can never be a condition of help (points 18, 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "general_info", roles = { "cps" },
          text = "Ask Mireille for the general information she can share without a release: how dating violence and phone monitoring tend to look.",
          go = "slip",
          rating = "acceptable",
          feedback = "Mireille is generous with general information, and it helps you prepare. Yesi's own account of what she wants stays out of the review unless someone asks her.",
          rationale = "Without a release an advocate can share general dynamics (point 21); the young person could still have been offered a say (point 18).",
          tags = { "collaboration", "confidentiality" },
        },
        choice {
          id = "escalate_records", roles = { "cps" },
          text = "Tell Mireille you'll note her refusal, and ask your supervisor whether the agency's attorney can get the program's records.",
          add = { trust = -1 }, go = "slip",
          rating = "concerning",
          feedback = "Mireille is not refusing to help, she is following the law she works under. Treating it as obstruction costs you the partner you will need by Thursday.",
          rationale = "Confidentiality rules protect the survivor, not the program; use general information and the youth's own release (points 19, 21, 22).",
          tags = { "collaboration", "confidentiality" },
        },

        choice {
          id = "general_offer", roles = { "dv" },
          text = "Keep Yesi's name out of it: talk with him about teen dating violence and phone tracking, and take his number in case a young person calls.",
          add = { good = 1 }, go = "slip",
          rating = "recommended",
          feedback = "Hector is frustrated for a minute, then asks good questions about location tracking. You tell Yesi he called; she decides to sign a release for the review only.",
          rationale = "Without a release an advocate can share general dynamics and offer the young person a way to speak for herself (point 21).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "confirm_client", roles = { "dv" },
          text = "Confirm that Yesi comes to the youth project, but explain clearly that you can't share anything she has said there.",
          set = { breach = true }, go = "slip",
          rating = "concerning",
          feedback = "It feels like the minimum. But that she comes to a domestic violence program is itself confidential, and it is now in a CPS case note her mother's attorney may read.",
          rationale = "Even confirming that someone uses the program is identifying information that needs a release (point 18).",
          tags = { "confidentiality" },
        },
        choice {
          id = "tell_custodian", roles = { "dv" },
          text = "Help him with the phone and the bleachers: he is her legal custodian, she is a minor, and he has a placement decision to make by Thursday's review.",
          add = { trust = -2, harm = 1 }, set = { breach = true }, go = "slip",
          rating = "harmful",
          feedback = "Hector is grateful. When Yesi learns that what she told you reached her caseworker before she did, she stops answering your messages.",
          rationale = "Where a minor may consent to services, only her own written, informed, time-limited release allows sharing; custody does not replace it (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "end_call", roles = { "dv" },
          text = "Explain that you can't discuss who your clients are or anything about them, and end the call politely.",
          go = "slip",
          rating = "concerning",
          feedback = "Right on the law, and it leaves a caseworker to plan a placement review with nothing. You could have given him general information and offered Yesi a way in.",
          rationale = "Without a release an advocate can still share general dynamics and offer a way for the young person to speak (point 21).",
          tags = { "collaboration", "confidentiality" },
        },

        choice {
          id = "f_call_program", roles = { "foster" },
          text = "Call the number on the card, explain that you're Yesi's foster mother, and ask what she's been telling them so you can help at home.",
          add = { trust = -1 }, go = "slip",
          rating = "concerning",
          feedback = "Mireille cannot say whether Yesi is a client, and says so kindly. Yesi hears on Saturday that her foster mother called, and wonders what else you found.",
          rationale = "A youth's advocate may not share without her own written release, and a caregiver cannot sign it for her (points 18, 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "f_tell_hector", roles = { "foster" },
          text = "Text Hector a photo of the card and the appointment time, since he asked for anything that could help before the review.",
          add = { trust = -1 }, set = { breach = true }, go = "slip",
          rating = "concerning",
          feedback = "Hector now knows where Yesi goes and when, from you and not from her. Where a sixteen-year-old may use these services on her own, that was hers to tell.",
          rationale = "A youth's use of a confidential program is hers to disclose; let information pass through her (points 18, 21).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "f_put_back", roles = { "foster" },
          text = "Put the card back where it was, and tell Yesi later that you're glad she has someone to talk to, without asking who or about what.",
          add = { trust = 1, good = 1 }, go = "slip",
          rating = "recommended",
          feedback = "She goes still, then says, \"She's nice.\" That's all, and it's enough. She knows you saw it and didn't take it anywhere.",
          rationale = "The young person decides what passes between the people in her life; a caregiver can back a confidential service without knowing what is said there (points 18, 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "f_ask_release", roles = { "foster" },
          text = "Ask Yesi to sign something so the program can keep you in the loop, since you're the one at home with her every day.",
          add = { trust = -1 }, go = "slip",
          rating = "concerning",
          feedback = "She says she'll think about it, which means no. A release signed to please the adult she lives with is not the free choice it has to be.",
          rationale = "A release must be voluntary, informed, written and time-limited, never a condition or a favor (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "slip", phase = "after a mistake", title = "Jade in the parking lot",
      speaker = { cps = "Yesi Ortiz", dv = "Yesi Ortiz", foster = "Yesi Ortiz" },
      text = function(s, role)
        if role == "foster" then
          return paras {
            "Saturday, 11:40 a.m. Yesi comes home early from her appointment, white in the face. Jade was waiting in the parking lot of the youth project. The advocate had texted Yesi a reminder on Friday, with the place and the time, and Jade reads Yesi's messages.",
            "\"She knew everything. She said, 'So you're making a plan to get rid of me.' I'm never going back there.\"",
          }
        end
        if role == "cps" then
          return paras {
            "Monday, 8:20 a.m. Denise calls, then puts Yesi on.",
            "On Saturday, Jade was waiting in the parking lot of the youth project when Yesi got off the bus for an appointment. Mireille had texted Yesi on Friday: \"Safety plan review Sat 11am, Youth Project 2nd floor, bring your phone so we can go through settings.\" Jade reads Yesi's messages.",
            "\"She knew everything. She said, 'So you're making a plan to get rid of me.' I'm never going back there.\"",
            s.release and "Mireille has also left you a message, within Yesi's release: she knows what happened, has told her director, and wants to put it right with Yesi if Yesi is willing."
              or "You have no release with Mireille's program; whatever Mireille knows about Saturday, she cannot tell you.",
          }
        end
        return paras {
          "Friday, 3 p.m. Yesi is coming in tomorrow at 11 to finish her phone plan with you. The program's scheduling system sends text reminders to every client's phone by default; the reminder for her appointment is queued with your note, \"Safety plan review, bring your phone so we can go through settings.\"",
          "Yesi told you on Wednesday that Jade reads her messages.",
        }
      end,
      discussion = "When someone in the other system makes a real mistake, what do you do with it? What would you want done with yours?",
      choices = {
        choice {
          id = "repair_offer", roles = { "cps" },
          text = "Tell Yesi the slip was the program's, not hers, and see if she'd be willing to hear Mireille out once, with you or Denise in the room.",
          add = { trust = 1, good = 1 }, go = "lockout",
          rating = "recommended",
          feedback = "She agrees to one meeting. Mireille owns the mistake without excuses, the program turns off text reminders for Yesi, and Yesi decides to keep going, on Tuesdays, in person only.",
          rationale = "Name the other system's error plainly and work on the repair together; collaboration is uneven and survives mistakes when both sides own them (points 22, 24).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "drop_program", roles = { "cps" },
          text = "Agree that Yesi doesn't have to go back, and offer her a different counselor: the agency's contract therapist, this week.",
          go = "lockout",
          rating = "concerning",
          feedback = "Yesi is relieved for a day. She also loses the only adult she talks to who is not part of her case, and the one with the most practice at phones like hers.",
          rationale = "One mistake rarely decides everything; a confidential advocate is a support the youth chose, and repair is worth trying (points 22, 24).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "what_jade_knows", roles = { "cps" },
          text = "Set the advocacy question aside for now and help Denise work out what Jade now knows: the address, Saturday mornings, the bus Yesi takes.",
          go = "lockout",
          rating = "acceptable",
          feedback = "The practical safety work is real and needed. Whether Yesi keeps her advocate is left to drift, and she drifts away from the program.",
          rationale = "Stalking and knowledge of routines are danger cues (point 5); the relationship with the advocate is worth repair (point 22).",
          tags = { "risk_assessment", "child_safety" },
        },
        choice {
          id = "ask_notes", roles = { "cps" },
          text = "Email the program's director about the breach, and ask for Mireille's notes so you can judge what else Jade may now know.",
          add = { trust = -1, harm = 1 }, set = { breach = true }, go = "lockout",
          rating = "harmful",
          feedback = "Raising it with the director is fair. Asking for the notes is not: they are Yesi's, and if the director sent them she would be making a second breach to answer the first.",
          rationale = "An advocate's records need the young person's own release; a mistake does not open them (points 18, 19).",
          tags = { "confidentiality", "collaboration" },
        },

        choice {
          id = "send_reminder", roles = { "dv" },
          text = "Let the reminder go: Yesi asked for the Saturday slot, and young people often miss appointments they aren't reminded of.",
          add = { trust = -2, harm = 1 }, set = { texted = true }, go = "lockout",
          rating = "harmful",
          feedback = "Jade reads it on Friday night. On Saturday she is waiting in the parking lot: \"So you're making a plan to get rid of me.\"",
          rationale = "Messages to a phone the abuser monitors reveal location and plans; location is identifying information (points 5, 12).",
          tags = { "risk_assessment", "confidentiality" },
        },
        choice {
          id = "cancel_reminder", roles = { "dv" },
          text = "Cancel the queued text and mark her file \"no texts\"; at group you'll find out from her how and when it's safe to reach her.",
          add = { trust = 1, good = 1 }, go = "lockout",
          rating = "recommended",
          feedback = "At lunch she tells you: never text, email her school account, and only on weekdays. She also asks you to move Saturday to Tuesday.",
          rationale = "How to reach a young person is part of her safety plan, and she decides it; the program's defaults bend to her danger (points 5, 7, 12).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "vague_reminder", roles = { "dv" },
          text = "Edit the reminder down to \"See you tomorrow at 11\" with no program name, so it reads like a message from a friend.",
          add = { trust = -1 }, set = { texted = true }, go = "lockout",
          rating = "concerning",
          feedback = "Better, but Jade asks who is texting Yesi about tomorrow at 11, and she follows Yesi's location there on Saturday.",
          rationale = "With a monitored phone, even a vague message and the location it leads to can reveal the plan; ask her how to reach her (points 5, 12).",
          tags = { "risk_assessment", "confidentiality" },
        },
        choice {
          id = "call_denise", roles = { "dv" },
          text = "Cancel the text, and call Denise's landline instead to ask her to remind Yesi about tomorrow at 11.",
          set = { breach = true }, go = "lockout",
          rating = "concerning",
          feedback = "Jade does not learn of it. Denise does, and she asks Yesi that evening why a domestic violence program is calling the house.",
          rationale = "Telling a foster parent that a youth uses the program is sharing identifying information without her release (point 18).",
          tags = { "confidentiality" },
        },

        choice {
          id = "f_drive", roles = { "foster" },
          text = "Tell her the mistake was theirs, not hers, and that if she wants to go back some day and have it out with them, you'll drive her.",
          add = { trust = 1, good = 1 }, go = "lockout",
          rating = "recommended",
          feedback = "She says never. On Tuesday she asks for a ride. The program owns its mistake and stops texting her; she keeps going, in person only.",
          rationale = "Support the young person's own choice, and leave room for the other system to repair its error (points 22, 24).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "f_angry_call", roles = { "foster" },
          text = "Call the program and tell them exactly what their text did, and that they won't be seeing Yesi again.",
          add = { trust = -1 }, go = "lockout",
          rating = "concerning",
          feedback = "They apologize; they also lose the chance to put it right with Yesi, because you decided for her. Whether to go back was hers to decide.",
          rationale = "Name the mistake, and leave the young person to decide about her own advocate; one error rarely decides everything (points 22, 24).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "f_quit_ok", roles = { "foster" },
          text = "Agree that she's done with them, and suggest the counselor at school instead, who at least knows her and her schedule.",
          go = "lockout",
          rating = "concerning",
          feedback = "Yesi is relieved for a day. She also loses the one adult she talks to who isn't part of her case, and who knows phones like hers.",
          rationale = "A confidential advocate is a support the youth chose; repair is worth trying (points 22, 24).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "f_jade_knows", roles = { "foster" },
          text = "Set the program aside for today and work out with her what Jade now knows: the address, Saturday mornings, the bus she takes.",
          go = "lockout",
          rating = "acceptable",
          feedback = "The practical work matters, and you do it well. Whether Yesi keeps her advocate is left to drift, and she drifts away from the program.",
          rationale = "Stalking and knowledge of routines are danger cues (point 5); the relationship with the advocate is worth repair (point 22).",
          tags = { "risk_assessment", "child_safety" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "lockout", phase = "mandated report", title = "A locked door",
      speaker = { cps = "Denise Quarles", dv = "Yesi Ortiz", foster = "The foster home investigator" },
      text = function(s, role)
        if role == "foster" then
          return paras {
            "Saturday night you did what you had told Yesi you would do. Whatever the two of you had agreed since, you were tired and angry. At eleven she was not home, so you locked the door and went to bed. At 11:20 you heard her try the handle and did not get up. In the morning she came in from Jade's aunt's, where she had slept in Jade's car, and went to her room without a word.",
            "Wednesday, 9 a.m. An investigator from the unit that looks at reports on foster homes calls: a mandated reporter has reported the lockout. Hector has called too: Yesi has told him she wants to stay.",
          }
        end
        if role == "cps" then
          return paras {
            "Wednesday, 9 a.m. Your supervisor forwards a hotline report: on Saturday night Yesi came home twenty minutes past her eleven o'clock curfew, found the door locked, and slept in a car. The reporter works with youth; the unit that investigates foster homes has the report. Your supervisor wants your plan for Yesi by noon.",
            "Denise calls before you have finished reading. \"I told her last week if she went to that girl's again, the door would be locked. I thought she'd be scared enough to come home on time. I didn't sleep either.\" She sounds ashamed, and then defensive. \"I have other children to think of.\"",
            "Yesi, at school, has texted you one line: \"i want to stay.\"",
          }
        end
        return paras {
          s.texted and "Tuesday, after group. Yesi barely looks at you; she has not forgotten Saturday's parking lot. Still, she stays behind." or "Tuesday, after group. Yesi stays behind.",
          "\"Saturday Jade wouldn't drive me home till late. I got there at 11:20 and the door was locked. Denise said last week if I went to Jade's again it would be. I slept in Jade's car at her aunt's.\" She pulls her sleeves over her hands. \"Don't tell anyone. If Hector finds out they'll move me, and it's my fault anyway.\"",
        }
      end,
      reason = "What did you tell Yesi, and when?",
      discussion = "What must be reported here, and what must not travel with the report? How do you keep a young person's trust through a report she begged you not to make?",
      choices = {
        choice {
          id = "shelter_move", roles = { "cps" },
          text = "Place Yesi at the county's emergency youth shelter tonight, while the foster home investigation runs, to keep her safe and protected.",
          add = { trust = -2 }, set = { moved = true, report_ok = true }, go = "review",
          rating = "concerning",
          feedback = "The report runs its course. Yesi spends nine nights in a shelter across the county, misses two games, and reads the move as punishment for something that was done to her.",
          rationale = "A single substantiated lapse can often be met with a plan rather than a move; moves carry harm of their own (points 2, 3).",
          tags = { "child_safety", "reasonable_efforts" },
        },
        choice {
          id = "informal", roles = { "cps" },
          text = "Ask intake to let you handle this directly with Denise; she is a strong foster parent who made one bad call under strain.",
          add = { trust = 1, harm = 1 }, go = "review",
          rating = "harmful",
          feedback = "Denise is relieved. But a report about a foster home is not yours to settle privately, and Yesi learns that a locked door is something the adults smooth over.",
          rationale = "Reportable neglect by a caregiver goes through the proper channel, whoever the caregiver is (point 20).",
          tags = { "child_safety", "documentation" },
        },
        choice {
          id = "contract", roles = { "cps" },
          text = "Report Yesi's part too: she broke curfew to see Jade, so write a clear behavior contract with her as part of the response.",
          add = { trust = -1 }, set = { rules = true, report_ok = true }, go = "review",
          rating = "concerning",
          feedback = "The report goes through, but your note turns the night into Yesi's misconduct. She was late because her abusive partner would not drive her home; the contract makes that her fault twice.",
          rationale = "Attribute the harm to those who caused it: Jade's control and a caregiver's lockout, not the young person (points 13, 14).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "let_it_run", roles = { "cps" },
          text = "Let the investigation run, hear from Yesi today, and set up respite and a late-night plan with Denise that never ends at a locked door.",
          add = { trust = 1, good = 1 }, set = { report_ok = true }, go = "review",
          rating = "recommended",
          feedback = "Denise is hurt, then relieved to have a plan: respite one weekend a month and a phone call, not a lock, when Yesi is late. Yesi stays while the investigation runs.",
          rationale = "The report is acted on through its channel; the response weighs the youth's view and the harm of a move, and gives the caregiver support (points 2, 3, 20).",
          tags = { "child_safety", "survivor_partnership" },
        },

        choice {
          id = "house_rules", roles = { "dv" },
          text = "Treat it as a house-rules dispute between a teenager and her foster mother, and help Yesi plan how she'll get home on time from now on, with or without Jade.",
          add = { trust = 1, harm = 1 }, go = "review",
          rating = "harmful",
          feedback = "She is grateful. But a sixteen-year-old sleeping in a car because her caregiver locked her out is the neglect the law asks you to report, and the next time may be in January.",
          rationale = "Reportable neglect by a caregiver is acted on, whatever the youth asks; what stays confidential is her feelings and safety plan (point 20).",
          tags = { "child_safety", "confidentiality" },
        },
        choice {
          id = "report_after", roles = { "dv" },
          text = "Make the report once she has gone, so she isn't worried all night, and explain it to her at next week's group.",
          add = { trust = -2 }, set = { report_ok = true }, go = "review",
          rating = "concerning",
          feedback = "Hector calls her the next afternoon. She hears about your report from him, not from you, and decides you are like every other adult in her file.",
          rationale = "Tell a young person before you report, and involve her in how; surprise breaks the trust that keeps her safe (points 20, 22).",
          tags = { "confidentiality", "trauma_informed" },
        },
        choice {
          id = "report_with_her", roles = { "dv" },
          text = "Tell her you have to report the lockout and why, what follows the call, and that she can be in the room for it and give her own account.",
          add = { trust = 1, good = 1 }, set = { report_ok = true }, go = "review",
          rating = "recommended",
          feedback = "She is furious for a minute, then stays. On the call she tells the hotline herself that she wants to stay at Denise's. Nothing about Jade goes into the report beyond why she was late.",
          rationale = "A child's reportable disclosure is acted on; the youth's feelings and safety plan stay confidential, and her wishes travel with the report (point 20).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "report_all", roles = { "dv" },
          text = "Report it, and since the hotline will ask why she was out so late, explain Jade's control and the threats as well.",
          add = { trust = -1 }, set = { report_ok = true, breach = true }, go = "review",
          rating = "concerning",
          feedback = "The hotline now has her dating violence, her girlfriend's name and the threat about her mother, none of it reportable and none of it hers to decide about anymore.",
          rationale = "Report what the law requires; the young person's feelings, relationship and safety plan stay confidential (points 18, 20).",
          tags = { "confidentiality" },
        },

        choice {
          id = "f_minimize", roles = { "foster" },
          text = "Tell the investigator that Yesi chose to stay out at Jade's: the door was locked for the night, as agreed, and she knew perfectly well she could have called.",
          add = { trust = -2, harm = 1 }, set = { report_ok = true }, go = "review",
          rating = "harmful",
          feedback = "The investigator has Yesi's account and the reporter's. Your version makes a sixteen-year-old responsible for sleeping in a car, and costs you the investigator's confidence as well as Yesi's.",
          rationale = "Attribute the harm to the act that caused it; a caregiver who shifts the blame to the youth makes the placement less safe (points 13, 14).",
          tags = { "documentation", "child_safety" },
        },
        choice {
          id = "f_give_notice", roles = { "foster" },
          text = "Tell Hector you can't keep doing this with two little ones at home, and ask him to find Yesi another placement this week.",
          add = { trust = -2 }, set = { moved = true, report_ok = true }, go = "review",
          rating = "concerning",
          feedback = "Hector finds a bed at the county's youth shelter. Yesi, who asked to stay, leaves with two bags of clothes and reads the move as punishment for something that was done to her.",
          rationale = "Moves are a harm of their own; support for the caregiver comes before ending a placement (points 2, 3).",
          tags = { "child_safety", "reasonable_efforts" },
        },
        choice {
          id = "f_contract", roles = { "foster" },
          text = "Cooperate with the investigation, but tell Hector you'll need a behavior contract with Yesi first: curfew, no Jade, phone in the kitchen.",
          add = { trust = -1 }, set = { rules = true, report_ok = true }, go = "review",
          rating = "concerning",
          feedback = "The contract turns the night into Yesi's misconduct. She was late because Jade would not drive her home; now that is her fault twice.",
          rationale = "Attribute the harm to those who caused it: Jade's control and a caregiver's lockout, not the young person (points 13, 14).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "f_own_it", roles = { "foster" },
          text = "Tell the investigator what happened as it happened, tell Yesi you shouldn't have locked her out, and see Hector about respite and a late-night plan.",
          add = { trust = 1, good = 1 }, set = { report_ok = true }, go = "review",
          rating = "recommended",
          feedback = "The investigator finds it substantiated as a single incident. Yesi takes the apology with a shrug and, two days later, a cup of tea. The plan for late nights is a phone call and the on-call line, not a lock.",
          rationale = "A caregiver's lapse goes through its channel; owning it and asking for support is what keeps a placement safe (points 2, 20).",
          tags = { "child_safety", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "review", phase = "placement review", title = "The placement review",
      speaker = { cps = "Gwen Tolliver, supervisor", dv = "Gwen Tolliver, CPS supervisor", foster = "Gwen Tolliver, CPS supervisor" },
      text = function(s, role)
        local where = s.moved and "Yesi has come from the youth shelter for the meeting." or "Yesi sits beside Denise, arms folded."
        if role == "foster" then
          return paras {
            "Thursday, 2 p.m. The placement review. The investigator has found the lockout substantiated as a single incident; you have agreed to training and to a written plan for late nights, and the home may keep Yesi if the team agrees. " .. (s.moved and "Yesi has come from the youth shelter for the meeting." or "Yesi sits beside you, arms folded."),
            "Hector's supervisor, Gwen Tolliver, opens: \"There's a residential program an hour north with awake staff overnight. Structure, distance. This girl wouldn't be able to get to her there.\" Everyone looks at you first.",
          }
        end
        if role == "cps" then
          return paras {
            "Thursday, 2 p.m. The placement review. The foster home investigator has found the lockout substantiated as a single incident; Denise has agreed to training and to a written plan for late nights, and the home may keep Yesi if the team agrees. " .. where,
            "Your supervisor, Gwen Tolliver, opens: \"There's a residential program an hour north with awake staff overnight. Structure, distance. This girl wouldn't be able to get to her there. I think that's our safest option.\"",
          }
        end
        return paras {
          "Thursday, 2 p.m. " .. (s.trust < 0 and "Yesi has said little to you since last week, but she still asked you to come to her placement review" or "Yesi asked you to come to her placement review") .. ", and signed a release for this meeting only. " .. where .. " The foster home investigator has found the lockout substantiated as a single incident; Denise has agreed to training and a plan for late nights.",
          "The CPS supervisor, Gwen Tolliver, opens: \"There's a residential program an hour north with awake staff overnight. This girl wouldn't be able to get to her there.\" Yesi looks at you. Last night she wrote three sentences on her phone's notes about what she wants to say.",
        }
      end,
      discussion = "What does a move protect a young person from, and what does it cost her? How does each of your systems count the cost?",
      choices = {
        choice {
          id = "residential", roles = { "cps" },
          text = "Support the residential program: awake staff and an hour's distance offer more protection than the agency can at Denise's.",
          add = { trust = -2 }, set = { moved = true }, go = "plan",
          rating = "concerning",
          feedback = "Distance does not reach a phone. Yesi loses her school, her team and Denise, and Jade becomes the one person from her old life who still texts her every night.",
          rationale = "Moves are a harm of their own and can isolate a youth with the abusive partner as her main tie; act on the source of danger first (points 2, 3).",
          tags = { "child_safety", "reasonable_efforts" },
        },
        choice {
          id = "yesi_first", roles = { "cps" },
          text = "Before anything is settled, give Yesi the floor: what keeps her safe, what a move would take from her. Then weigh it with the findings.",
          add = { trust = 1, good = 1 }, set = { moved = false }, go = "plan",
          rating = "recommended",
          feedback = "Yesi talks about the team, about Denise learning her schedule, about the week since the lockout. Gwen listens, and the team keeps her at Denise's with a review in thirty days.",
          rationale = "A young person's views shape decisions about her; the harm of a move is weighed against the danger it would address (points 2, 23).",
          tags = { "survivor_partnership", "child_safety" },
        },
        choice {
          id = "adults_decide", roles = { "cps" },
          text = "Ask Yesi to step out of the room while the adults talk it through, so she isn't put on the spot, and explain the decision to her alone, in private, afterwards.",
          add = { trust = -1 }, set = { moved = false }, go = "plan",
          rating = "concerning",
          feedback = "The team keeps her at Denise's, this time. Yesi hears it in the hallway and thinks it was luck. The meeting was about her, and she was the one person asked to leave.",
          rationale = "Young people have views of their own; deciding without her teaches her that her voice does not change anything (points 22, 23).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "ninety_days", roles = { "cps" },
          text = "Recommend that Yesi stay where she is, as the findings allow, and set the next review for ninety days out.",
          set = { moved = false }, go = "plan",
          rating = "acceptable",
          feedback = "Yesi stays, which is what she wanted. But nobody asked her, and ninety days is a long time with a partner who still tracks her phone.",
          rationale = "Keeping the placement is defensible; the youth's voice and closer follow-up were missing (points 2, 4).",
          tags = { "child_safety" },
        },

        choice {
          id = "speak_for_her", roles = { "dv" },
          text = "Speak up for Yesi: tell the team what Jade has been doing, and why a move would leave her more alone with the danger.",
          add = { trust = -1 }, set = { breach = true, moved = false }, go = "plan",
          rating = "concerning",
          feedback = "The team keeps her at Denise's. But Yesi's release covered your presence, not her story, and she watched you tell a room of adults what she told you in private.",
          rationale = "A release covers only what the young person agreed to; advocacy supports her voice rather than replacing it (points 18, 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "say_nothing", roles = { "dv" },
          text = "Stay quiet in the meeting: it is a CPS decision, and your role is to help Yesi afterwards, whatever they decide.",
          add = { trust = -1 }, set = { moved = true }, go = "plan",
          rating = "concerning",
          feedback = "Yesi waits for you to say something, then says nothing herself. The residential placement is approved by a team that never heard from her.",
          rationale = "Supporting a young person's voice in the meetings that decide her life is part of advocacy, within her release (points 21, 22).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "general_moves", roles = { "dv" },
          text = "Without any of Yesi's details, share what is known in general about placement moves, isolation and dating violence.",
          set = { moved = false }, go = "plan",
          rating = "acceptable",
          feedback = "It gives Gwen pause, and the team keeps Yesi at Denise's. Yesi's own three sentences stay in her pocket.",
          rationale = "General information needs no release (point 21); the young person's own voice would have carried more (point 23).",
          tags = { "collaboration", "confidentiality" },
        },
        choice {
          id = "her_notes", roles = { "dv" },
          text = "Hand the floor to Yesi: she can read her three sentences herself, or have you read them for her.",
          add = { trust = 1, good = 1 }, set = { moved = false }, go = "plan",
          rating = "recommended",
          feedback = "She reads them herself, fast, looking at the table: she wants to stay, she is on the team, Denise and she have a word now. Gwen asks two questions, and the team keeps her at Denise's.",
          rationale = "The young person speaks for herself, and the advocate makes room for it; nothing outside her release is shared (points 18, 21).",
          tags = { "survivor_partnership", "confidentiality" },
        },

        choice {
          id = "f_agree_res", roles = { "foster" },
          text = "Say residential may be best for her: awake staff can do what you can't, and you have the little ones to think about.",
          add = { trust = -2 }, set = { moved = true }, go = "plan",
          rating = "concerning",
          feedback = "The team takes your word as the deciding one. Yesi loses her school, her team and you, and Jade becomes the one person from her old life who still texts every night.",
          rationale = "Moves are a harm of their own and can leave the abusive partner as a youth's main tie; act on the source of danger first (points 2, 3).",
          tags = { "child_safety", "reasonable_efforts" },
        },
        choice {
          id = "f_conditions", roles = { "foster" },
          text = "Say she can stay if she keeps to a contract: no Jade, phone in the kitchen at night, and home by ten on weekends.",
          add = { trust = -1 }, set = { rules = true, moved = false }, go = "plan",
          rating = "concerning",
          feedback = "The team keeps her with you, on your terms. Yesi hears that staying depends on giving up her phone and the person she loves, and the relationship goes underground.",
          rationale = "Making a young person's placement depend on leaving her partner puts the consequence of the abuser's behavior on her (points 2, 14).",
          tags = { "survivor_partnership", "child_safety" },
        },
        choice {
          id = "f_own_team", roles = { "foster" },
          text = "Say the lockout was your mistake and not Yesi's, that you want her to stay and what you've put in place since; then leave room for Yesi.",
          add = { trust = 1, good = 1 }, set = { moved = false }, go = "plan",
          rating = "recommended",
          feedback = "Yesi talks, briefly, about the team and about the week since the lockout. Gwen asks you two hard questions about Saturday, and the team keeps Yesi with you, with a review in thirty days.",
          rationale = "A caregiver who owns her part and makes room for the young person's voice gives the team what it needs to weigh a move (points 2, 23).",
          tags = { "survivor_partnership", "child_safety" },
        },
        choice {
          id = "f_defer", roles = { "foster" },
          text = "Say you want her to stay and you've done the training, and leave the rest for Hector and his supervisor to decide.",
          set = { moved = false }, go = "plan",
          rating = "acceptable",
          feedback = "Yesi stays, which is what she wanted. But no one heard from her, and your own part in Saturday went unsaid.",
          rationale = "Keeping the placement is defensible; the youth's voice and the caregiver's own account were missing (points 2, 23).",
          tags = { "child_safety" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "plan", phase = "safety planning", title = "A plan for the file",
      speaker = { cps = "Yesi Ortiz", dv = "Yesi Ortiz", foster = "Yesi Ortiz" },
      text = function(s, role)
        local where = s.moved and ("The plan has to work from the residential program, where Yesi now lives; " .. (role == "foster" and "you have" or "Denise has") .. " asked to stay in her life and to be the one Yesi calls.")
          or ("The plan has to work at " .. (role == "foster" and "your house" or "Denise's") .. ", at school and at practice.")
        if role == "foster" then
          return paras {
            "The following Monday. Hector sits at your kitchen table with Yesi to write the safety plan for her case file, and asks you to help choose the lines; many of them are things you will do. You will have a copy; so will the court, and with it her mother's attorney.",
            where,
            "\"If it's rules, I'm not signing it,\" Yesi says. \"If it's a plan, fine.\"",
          }
        end
        if role == "cps" then
          return paras {
            "The following Monday. You sit down with Yesi to write the safety plan for her case file. Denise will have a copy; so will the court, and with it her mother's attorney.",
            where,
            "Yesi reads each line as you suggest it. \"If it's rules, I'm not signing it,\" she says. \"If it's a plan, fine.\"",
          }
        end
        return paras {
          "The following Monday. Yesi's caseworker has asked her for a safety plan for her case file, and Yesi asks you to help her choose the lines. Her own plan with you stays at the program; this one will be read by Denise, the court and her mother's attorney.",
          where,
          "\"If it's rules, I'm not signing it,\" she says. \"If it's a plan, fine.\"",
        }
      end,
      discussion = "Whose plan is this, once the court and her mother's attorney read it? Which lines protect Yesi, and which only tell her what not to do?",
      compose = {
        prompt = "Choose the lines for the written safety plan, in order. Add a line of your own if you wish.",
        clauses = {
          clause { id = "her_words", text = "Yesi has named what makes her feel unsafe: her phone being checked, being followed after practice, and threats to share private information about her." },
          clause { id = "no_contact_rule", text = "Yesi will have no contact with the other youth, in person or online; any contact breaks the house rules." },
          clause { id = "code_word", text = "If Yesi texts Denise the word they agreed on, Denise picks her up wherever she is, with no questions that night." },
          clause { id = "phone_night", text = "Yesi hands her phone to the foster parent at 9 p.m. each night." },
          clause { id = "rides", text = "On the practice days Yesi picks, she rides home with Denise or a teammate's parent." },
          clause { id = "mother_told", text = "Yesi's mother is told about the relationship at the next visit, so she can support her daughter." },
          clause { id = "school_plan", text = "With Yesi's agreement, the school changes her locker and schedule so she is not alone near the other youth." },
          clause { id = "mutual_fights", text = "Both youths will work on handling arguments calmly." },
          clause { id = "curfew_plan", text = "If Yesi is late, Denise calls her, then the on-call worker; the door is not locked against her." },
          clause { id = "advocate_option", text = "Yesi may keep seeing an advocate of her choosing; what she tells the advocate stays between them." },
        },
        min = 1, max = 10, own_text = true,
        score_var = "plan_score",
        rubric = function(draft) return plan_rubric(draft) end,
        rationale = "A safety plan made with the young person starts from her account, aims at the abusive partner's behavior and at the caregiver's part, avoids mutual or blaming framing, and keeps out what she has not chosen to share in a record her parent's attorney reads (points 4, 7, 14, 17).",
        tags = { "survivor_partnership", "documentation", "child_safety" },
      },
      go = "court_report",
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "court_report", phase = "court report", title = "The court report",
      speaker = { cps = "Your court report", dv = "Ms. Pendergast, guardian ad litem", foster = "Ms. Pendergast, guardian ad litem" },
      text = function(s, role)
        if role == "foster" then
          return paras {
            "Two weeks later. Ms. Pendergast, Yesi's guardian ad litem, calls you before the six-month hearing. She asks about school, soccer and how Yesi seems at home.",
            "Then: \"Her mother mentioned a friend called Jade, and asked me whether Yesi is seeing someone. Is she? Is it a girl?\"",
          }
        end
        if role == "cps" then
          return paras {
            "Two weeks later. Your six-month report to the dependency court is due Friday. The judge, Yesi's guardian ad litem, her mother and her mother's attorney will all read it.",
            "The section headed \"Safety and well-being\" is blank. Yesi has asked you twice what it will say.",
          }
        end
        return paras {
          "Two weeks later. An email from Ms. Pendergast, Yesi's guardian ad litem: \"I represent Yesi's best interests in the dependency case and I understand she has been working with your program. Please send me a short summary of your work with her for my report to the court by Friday.\"",
          "Yesi's release covered the placement review only, and it has ended.",
        }
      end,
      discussion = "Who reads a dependency court report, and what can it do to a young person's life outside the case? What belongs in it?",
      choices = {
        choice {
          id = "named_partner", roles = { "cps" },
          text = "\"Yesi is in a same-sex relationship with Jade Moravec, 17, who has been abusive; the agency is watching for specific danger signs.\"",
          add = { trust = -2, harm = 1 }, set = { outed = true }, go = "jade_again",
          rating = "harmful",
          feedback = "Accurate and specific, and it does exactly what Jade has been threatening: Yesi's mother learns from a court report what Yesi had not told her.",
          rationale = "Court reports reach the parents and their attorneys; a youth's sexual orientation is hers to share (points 17, 23).",
          tags = { "documentation", "cultural_responsiveness" },
        },
        choice {
          id = "curfew_issues", roles = { "cps" },
          text = "\"Yesi has had curfew violations and some conflict at home over a relationship her foster parent does not approve of; a behavior plan is now in place.\"",
          add = { trust = -1 }, go = "jade_again",
          rating = "concerning",
          feedback = "Nothing in it is false, and it reads as a teenager's behavior problem. The partner's control and the locked door disappear, and so does everything Yesi did to stay safe.",
          rationale = "Name the behavior of the person who caused harm and record the youth's protective efforts, not her 'violations' (points 13, 14).",
          tags = { "documentation" },
        },
        choice {
          id = "behaviors_only", roles = { "cps" },
          text = "\"A dating partner has tracked Yesi's phone and pushed her at school. Yesi came forward, made a plan with her foster mother, and sees an advocate.\"",
          add = { good = 1 }, go = "jade_again",
          rating = "recommended",
          feedback = "The court learns what happened and what Yesi did about it. Yesi reads it twice and says, \"Okay. That's true.\" Nothing in it tells her mother more than she has chosen to.",
          rationale = "Attribute the harm to the partner's specific behavior, record the youth's protective steps, and keep out what she has not chosen to share in a document her parent's attorney reads (points 7, 13, 17).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "no_concerns", roles = { "cps" },
          text = "\"No new safety concerns this period; placement is stable and Yesi is doing well in school and sports, with help from her foster mother.\"",
          go = "jade_again",
          rating = "concerning",
          feedback = "It protects her privacy, and it leaves the judge and the guardian ad litem unaware of an injury, a lockout and a partner who tracks her. They cannot act on what they are not told.",
          rationale = "Silence is not protection: record the behavior and the youth's own steps without what she has not chosen to share (points 7, 13).",
          tags = { "documentation", "child_safety" },
        },

        choice {
          id = "ask_yesi_gal", roles = { "dv" },
          text = "Tell Yesi about the request and who reads a guardian's report, and work out with her what, if anything, should be said and by whom.",
          add = { trust = 1, good = 1 }, go = "jade_again",
          rating = "recommended",
          feedback = "Yesi decides to call Ms. Pendergast herself, with you beside her. She talks about the phone and the lockout and leaves Jade's name and her mother out of it.",
          rationale = "Without a release, the young person can speak for herself; the advocate helps her decide what to share and with whom (points 18, 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "send_summary", roles = { "dv" },
          text = "Send Ms. Pendergast a short summary: she represents Yesi's best interests in court, and the judge should know the danger Yesi has been facing.",
          add = { trust = -2, harm = 1 }, set = { breach = true, outed = true }, go = "jade_again",
          rating = "harmful",
          feedback = "The summary goes into the guardian's report. Her mother's attorney reads about Jade before Yesi has told her mother anything.",
          rationale = "A guardian ad litem's request is not a court order or a release; sharing without the young person's written release breaks confidentiality (points 18, 20).",
          tags = { "confidentiality" },
        },
        choice {
          id = "no_reply", roles = { "dv" },
          text = "Leave the email unanswered: you can't confirm Yesi is a client, and a reply of any kind would confirm it.",
          go = "jade_again",
          rating = "concerning",
          feedback = "Nothing leaks. But a guardian ad litem is one of the few adults whose job is Yesi, and Yesi never learns that she asked.",
          rationale = "Without a release you can still tell the young person about the request and let her decide (point 21).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "generic_reply", roles = { "dv" },
          text = "Reply that your program can't confirm who uses its services without a written release, and attach the general brochure.",
          go = "jade_again",
          rating = "acceptable",
          feedback = "Lawful and polite. Ms. Pendergast writes her report without Yesi's view of the last month, because nobody told Yesi she could give it.",
          rationale = "A correct refusal; offering the young person a way to speak for herself would have done more (points 18, 21).",
          tags = { "confidentiality" },
        },

        choice {
          id = "f_tell_gal", roles = { "foster" },
          text = "Tell her honestly: yes, Yesi's girlfriend has been controlling, the judge ought to know, and her mother probably should too, sooner or later.",
          add = { trust = -2, harm = 1 }, set = { outed = true }, go = "jade_again",
          rating = "harmful",
          feedback = "The guardian puts it in her report. Marta reads about Jade in a court document before Yesi has said a word to her.",
          rationale = "Court reports reach the parents and their attorneys; a youth's sexual orientation is hers to share (points 17, 23).",
          tags = { "cultural_responsiveness", "confidentiality" },
        },
        choice {
          id = "f_her_story", roles = { "foster" },
          text = "Tell her how Yesi is doing at home and school, and say her personal life is hers to tell; suggest she put that question to Yesi herself.",
          add = { trust = 1, good = 1 }, go = "jade_again",
          rating = "recommended",
          feedback = "Ms. Pendergast meets Yesi on her own at school. Yesi tells her about the phone and the lockout, and leaves her mother and Jade's name out of it.",
          rationale = "The guardian hears from the young person directly, and what she shares about her identity stays her choice (points 21, 23).",
          tags = { "survivor_partnership", "cultural_responsiveness" },
        },
        choice {
          id = "f_deny", roles = { "foster" },
          text = "Say no, there's nobody you know of; Yesi's private life is private, and a small untruth keeps it from reaching her mother.",
          go = "jade_again",
          rating = "concerning",
          feedback = "It protects her today. It also leaves the guardian ad litem, one of the few adults whose job is Yesi, with a false picture, and you with a lie to keep up.",
          rationale = "Protect a youth's privacy without misleading the court's representative: say what is not yours to tell (points 17, 22).",
          tags = { "documentation", "cultural_responsiveness" },
        },
        choice {
          id = "f_refer_hector", roles = { "foster" },
          text = "Say you'd rather she put questions about Yesi's personal life to Hector, and keep to school, soccer and home.",
          go = "jade_again",
          rating = "acceptable",
          feedback = "Careful and lawful. Hector now has the same question to answer, and Yesi still doesn't know anyone asked.",
          rationale = "Keeping to what is yours to say is sound; pointing the guardian to the young person herself would have done more (points 21, 23).",
          tags = { "confidentiality" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "jade_again", phase = "follow-up", title = "Jade's next message",
      speaker = "Yesi Ortiz",
      text = function(s, role)
        local where = s.moved and "at the residential program's Saturday outing" or "at Saturday's home game"
        return paras {
          "Three weeks after the review. Jade turned up " .. where .. ", sat behind the bench, and left before the end. That night she sent Yesi a message: \"Your mom's visit is next Saturday right? Maybe I'll come say hi and tell her everything.\"",
          role == "cps" and "Yesi forwards it to you at 11 p.m. with one line: \"can they stop her.\""
            or role == "foster" and ((s.moved and "Yesi calls you from the residential program at eleven." or "Yesi shows it to you at the kitchen table at eleven.") .. " \"Can they stop her?\" Marta is due to pick her up from your house on Saturday at ten.")
            or "Yesi shows it to you on Monday at the youth project. \"Can they stop her? Can you?\"",
          role ~= "foster" and "Jade lives with her aunt, whose number is on the school's contact list." or "",
        }
      end,
      reason = "What choice did Yesi get to make here?",
      discussion = "What does accountability look like for a seventeen-year-old who abuses a partner? Who works with Jade?",
      choices = {
        choice {
          id = "call_aunt", roles = { "cps" },
          text = "Call Jade's aunt, explain what Yesi has told you about the threats, and ask her to help keep Jade away before it becomes a police matter.",
          add = { trust = -1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "The aunt is shocked and says she will talk to Jade. Jade's next message to Yesi reads: \"You told on me.\"",
          rationale = "Confront the abusive partner through third-party evidence and formal channels, never with what the victim disclosed (points 5, 10).",
          tags = { "perpetrator_accountability", "risk_assessment" },
        },
        choice {
          id = "options_cps", roles = { "cps" },
          text = "Lay out what a protective order, a school stay-away plan or a police report would do for Yesi and cost her, and back her pick.",
          add = { trust = 1, good = 1 }, set = { options = true }, go = ending_routes(),
          rating = "recommended",
          feedback = "Yesi picks the school plan first and asks about the order if Jade comes near the visit. You arrange for the visit to move to the agency's visiting room on Saturday.",
          rationale = "Options aimed at the abusive partner's behavior, chosen by the young person; threats and stalking are danger cues (points 3, 5, 16).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "sit_out", roles = { "cps" },
          text = "Ask Yesi to sit out the rest of the season for her own protection: Jade knows the schedule, and the games are open to anyone.",
          add = { trust = -1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "It would work, in a narrow way. It also takes from Yesi the part of her life Jade does not control, so that Jade does not have to change anything.",
          rationale = "Reasonable efforts aim at the source of danger, not at shrinking the victim's life (points 3, 16).",
          tags = { "reasonable_efforts", "survivor_partnership" },
        },
        choice {
          id = "tell_mom", roles = { "cps" },
          text = "Offer to speak to Yesi's mother yourself at the start of Saturday's visit, so she hears it from someone supportive before Jade can.",
          add = { trust = -2, harm = 1 }, set = { outed = true }, go = ending_routes(),
          rating = "harmful",
          feedback = "Yesi says no, and you go ahead because it seems kinder than hearing it from Jade. It is still her coming out, told by someone else.",
          rationale = "Whom a young person tells about her sexual orientation, and when, is hers to decide (points 12, 23).",
          tags = { "cultural_responsiveness", "survivor_partnership" },
        },

        choice {
          id = "reply_firm", roles = { "dv" },
          text = "Help her write Jade one firm, clear message saying it's over and that she has screenshots saved, so the threat about her mom loses its power.",
          add = { trust = -1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "Jade replies within a minute, and the next ten messages are worse. Contact on Jade's terms keeps Jade in charge of the conversation.",
          rationale = "Responding to threats on the abuser's terms can escalate them; plan responses that do not depend on her reaction (points 4, 5).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "options_dv", roles = { "dv" },
          text = "Lay out what a protective order, a school stay-away plan or a police report would do for her and cost her, and back the one she picks.",
          add = { trust = 1, good = 1 }, set = { options = true }, go = ending_routes(),
          rating = "recommended",
          feedback = "Yesi picks the protective order. You help her with the petition; she decides to tell Hector herself so the visit can move to the agency's visiting room.",
          rationale = "Options aimed at the abusive partner's behavior, chosen by the young person; threats and stalking are danger cues (points 5, 7, 16).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "call_sro", roles = { "dv" },
          text = "Report the threat yourself to the school resource officer, so the adults at school can act before the next game.",
          add = { trust = -2 }, set = { breach = true }, go = ending_routes(),
          rating = "concerning",
          feedback = "The officer calls Jade into his office on Tuesday, and Jade knows at once who told. Yesi learns of it from Jade.",
          rationale = "Dating violence by a peer is reported to police only if the young person chooses; sharing without her release is a breach (points 18, 20).",
          tags = { "confidentiality" },
        },
        choice {
          id = "save_only", roles = { "dv" },
          text = "Help her save the message and the earlier ones, with dates, and leave the reporting decision until your next meeting.",
          go = ending_routes(),
          rating = "acceptable",
          feedback = "The screenshots will matter. But the visit is next Saturday, and waiting a week leaves Yesi to handle it alone.",
          rationale = "Documenting threats helps; a threat tied to a date calls for planning now (points 5, 7).",
          tags = { "documentation", "risk_assessment" },
        },

        choice {
          id = "f_confront", roles = { "foster" },
          text = "At the next game, walk over to Jade and tell her to leave Yesi alone, or you'll get a protective order against her.",
          add = { trust = -1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "Jade smiles and leaves. That night she messages Yesi: \"Your foster mom is crazy. You told her everything.\"",
          rationale = "Hold an abusive partner to account through formal channels and third-party evidence, never with what the victim confided (points 5, 10).",
          tags = { "perpetrator_accountability", "risk_assessment" },
        },
        choice {
          id = "f_options", roles = { "foster" },
          text = "Go over with her what the school, a judge or the police could do about Jade, and phone Hector together about moving Saturday's visit.",
          add = { trust = 1, good = 1 }, set = { options = true }, go = ending_routes(),
          rating = "recommended",
          feedback = "Yesi picks the school plan and calls Hector herself, with you beside her. The visit moves to the agency's visiting room; Marta is told only that it's a scheduling change.",
          rationale = "Options aimed at the abusive partner's behavior, chosen by the young person; threats and stalking are danger cues (points 5, 7, 16).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "f_cancel_visit", roles = { "foster" },
          text = "Text Marta that Yesi is sick and can't make Saturday, so Jade has no visit to show up to and nothing to tell.",
          add = { trust = -1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "Jade has nothing to show up to, and Yesi loses a visit with her mother so that Jade doesn't have to change anything. The lie is now yours to keep.",
          rationale = "Aim at the source of danger, not at shrinking the young person's life (points 3, 16).",
          tags = { "reasonable_efforts", "survivor_partnership" },
        },
        choice {
          id = "f_tell_marta", roles = { "foster" },
          text = "Tell Marta yourself at Saturday's pickup, gently, so she hears it from someone who cares about Yesi before Jade can get to her with it.",
          add = { trust = -2, harm = 1 }, set = { outed = true }, go = ending_routes(),
          rating = "harmful",
          feedback = "Marta is quiet for a long time. Yesi, waiting in the car, sees your faces and knows. It is still her coming out, told by someone else.",
          rationale = "Whom a young person tells about her sexual orientation, and when, is hers to decide (points 12, 23).",
          tags = { "cultural_responsiveness", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    ending {
      id = "ending_staying", title = "Staying, with a plan she made", classification = "positive",
      text = function(s, role)
        local denise = role == "foster" and "you" or "Denise"
        local start = ({
          cps = "Yesi is still at Denise's and still on the team.",
          dv = "Yesi is still at Denise's, still on the team, and still coming to the youth project on Tuesdays.",
          foster = "Yesi is still with you and still on the team.",
        })[role] or "Yesi is still at Denise's and still on the team."
        local jade = s.options and (({
          cps = "The school put a stay-away plan in place for Jade, and Yesi's visits moved to the agency's visiting room.",
          dv = "A judge granted her protective order, with your help on the petition, and the school put a stay-away plan in place.",
          foster = "The school put a stay-away plan in place for Jade, and the visits moved to the agency's visiting room.",
        })[role] or "") or "Jade came to one more game and then stopped."
        return paras {
          start .. " " .. jade .. " The messages slowed, then stopped, then started again once in March, and Yesi showed them to " .. denise .. " the same night. She and Jade broke up in February and were back together for two weeks in April; she ended it herself, with her plan in her pocket. Her mother still does not know, and when she tells her will be her own decision.",
          (role == "foster" and "You took" or "Denise took") .. " the training, and the door has not been locked since. Not everything is fixed. But when something happens, Yesi tells an adult.",
        }
      end,
    },
    ending {
      id = "ending_partial", title = "Staying, with loose ends", classification = "mixed",
      text = {
        cps = "Yesi stayed at Denise's, and the locked door did not happen again. But some of the last month was done to her rather than with her, and it shows: she tells you what she has to at visits and little more. Jade still knows her schedule. When the messages started again in March, Denise found out from the phone bill, not from Yesi.",
        foster = "Yesi stayed with you, and the door was not locked again. But some of the last month was done to her rather than with her, and it shows: she is polite, and careful. When the messages started again in March, you found out from the phone bill, not from her.",
        dv = "Yesi stayed at Denise's and kept coming to group, though less often. Some of the last month was done to her rather than with her, and she noticed. When the messages started again in March, she waited two weeks before telling you, and she only told you part.",
      },
    },
    ending {
      id = "ending_rules", title = "Safe on paper", classification = "mixed",
      text = function(s, role)
        local why = {}
        if s.rules then why[#why + 1] = "The adults' answer was rules: the phone, the breakup, the contract." end
        if s.plan_score < 4 then why[#why + 1] = "The plan in her file was not one she had made." end
        if not s.report_ok then why[#why + 1] = "And the locked door was never reported; in January it happened again." end
        return paras {
          "On paper, Yesi is safe: no incidents logged, placement stable.",
          table.concat(why, " "),
          "Yesi kept seeing Jade, on a second account Jade set up for her, and stopped telling any adult anything that might cost her something. By spring the only person who knew what was happening was Jade.",
        }
      end,
    },
    ending {
      id = "ending_silent", title = "Safe for now, without her trust", classification = "mixed",
      text = {
        cps = "Yesi is safe for now. But something she said in confidence traveled without her, or she was told what she had to do or sign, and she has drawn her conclusion: adults in her case are people to manage. She answers your questions at visits in single words. When Jade showed up at school again in April, Yesi handled it alone.",
        foster = "Yesi is safe for now. But something she kept private traveled without her, or she was told what she had to do, and she has drawn her conclusion: the adults at home are people to manage. She is polite at dinner. When Jade showed up at school again in April, Yesi handled it alone.",
        dv = "Yesi is safe for now. But something she told you in confidence traveled without her, and she stopped coming to group. The program's number is still in her phone. Whether she will ever call it again is hers to decide, and she has not.",
      },
    },
    ending {
      id = "ending_moved", title = "Moved, and still within reach", classification = "mixed",
      text = function(s, role)
        return "Yesi was moved: her seventh placement, an hour from her school and her team. The distance kept Jade from turning up, and it did nothing about the phone. Jade was the one person from her old life who texted every night, and within a month she was the person Yesi talked to most. The staff at the new program are kind and awake at night. Yesi is polite to them." .. (role == "foster" and " She has stopped asking when she can come back to your house. You still send her a text every Sunday night." or " She has stopped asking when she can go back to Denise's. Denise still sends a text every Sunday night.")
      end,
    },
    ending {
      id = "ending_outed", title = "Her mother read it first", classification = "negative",
      text = function(s, role)
        return paras {
          "Yesi's mother learned about Jade from someone other than Yesi: a report, a plan, or an adult who thought it would be kinder coming from them. The next visit was short and very quiet. Jade did not have to carry out her threat, because the system did it for her.",
          s.good >= 5 and (role == "foster"
              and "Much of what you did in those weeks was sound, and Yesi knows it; she still comes down for dinner. But this one thing was hers, and it was taken."
              or role == "cps"
              and "Much of what you did in those weeks was sound, and Yesi knows it; she still answers your calls. But this one thing was hers, and it was taken."
              or "Much of what you did in those weeks was sound, and Yesi knows it; she still comes to group now and then. But this one thing was hers, and it was taken.")
            or "",
          "Yesi has not missed a visit since, but she has stopped talking at them. She told a teammate there is no point in having secrets when every adult writes them down.",
        }
      end,
    },
    ending {
      id = "ending_missing", title = "Gone for three nights", classification = "negative",
      text = "Two weeks later Yesi did not come home from practice. She was at Jade's aunt's, the one place where, as she put it, nobody made decisions about her. She was reported missing from care and came back on the third night, with a new phone Jade had given her. She is safe, in the narrow sense. Every adult in her case had tried to protect her; too few of them had asked her what she wanted, or told her the truth about what they would do.",
    },
  },
}
