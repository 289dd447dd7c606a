-- Drafting the dependency-court petition (practice points 13-17).
--
-- CPS path: the caseworker frames the petition, decides how to use the co-located advocate,
-- may hold a three-way call with Thuy, drafts three sections (allegations against the father,
-- the parties and the mother, the relief requested), responds to review, answers Thuy's and
-- Renee's wish to keep Brian's Saturdays when he threatens her rent money, prepares Thuy, and
-- answers the judge. The draft scores route the hearing.
--
-- DV path: the advocate handles the release, reviews the caseworker's draft, composes notes on
-- it, is asked about danger (holding a confidential disclosure), keeps location out, pushes back
-- on a "back door" allegation against Thuy, is asked by Thuy to argue against supervised visits
-- (the caseworker is right to keep them), prepares her for court, and handles the courthouse.
--
-- Score conventions (routes can read only a score, so the lowest values are reserved and the
-- graded scores start above them):
--   father_score: 0..8 (9 with the clause Thuy chose to add); 8 or more is a full draft.
--   mother_score: 0 = it names her as a respondent or makes an allegation against her;
--                 1 = it gives the street, the school and the pickup time;
--                 2 = it gives the advocate's office (and nothing worse);
--                 3 = the trainee's own sentence says where Thuy or the children are;
--                 otherwise 4 + elements - penalties, 4..11; 11 is a full draft.
--   relief_score: 0 = the stay-away clause names the street and the school;
--                 1 = the trainee's own sentence names a place;
--                 otherwise 2 + elements - penalties, 2..9; 8 or more is a full draft.
-- (Several low values so that the review and the hearing can say which detail gave them away.)
--   comment_score (DV notes): 0 = shares what Thuy told in confidence; 1 = adds location or
--                 safety-plan details to the CPS file; otherwise 2 + elements - penalties,
--                 2..12; 12 is a full set of notes.

local function has(list, id)
  for _, x in ipairs(list) do
    if x == id then return true end
  end
  return false
end

-- The whole draft, lower-cased, with the trainee's own sentence included exactly once.
local function draft_text(draft)
  local t = (draft.text or ""):lower()
  local own = (draft.own or ""):lower()
  if own ~= "" and not string.find(t, own, 1, true) then t = t .. " " .. own end
  return t
end

-- A phrase matches as whole words only, so "stressed" does not fire inside "distressed" nor
-- "shift" inside "shifted"; a phrase ending in "*" matches any word that begins with it.
local function phrase_pattern(p)
  local open = p:sub(-1) == "*"
  if open then p = p:sub(1, -2) end
  local pat = "%f[%w]" .. p:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")
  if not open then pat = pat .. "%f[^%w]" end
  return pat
end

-- Adds every phrase from `phrases` found in `text` to `flags`; returns how many were found.
-- Most phrases are absent from a draft: a plain search rules them out first, at a fraction of
-- the cost of the word-bounded pattern, which can match only where the plain words occur.
local function scan(text, phrases, flags)
  local n = 0
  for _, p in ipairs(phrases) do
    local words = p:sub(-1) == "*" and p:sub(1, -2) or p
    if string.find(text, words, 1, true) and string.find(text, phrase_pattern(p)) then
      flags[#flags + 1] = p
      n = n + 1
    end
  end
  return n
end

-- Wording that makes his violence shared, unexplained or excused, or blames the mother.
local BLAME = {
  "mutual", "engaged in domestic violence", "exposed to domestic violence",
  "exposed to violence", "exposed the children", "witnessed domestic violence",
  "stress of", "stressed", "lost his temper", "high-conflict", "high conflict",
  "domestic dispute", "volatile relationship", "both parents", "provoked",
  "chose to stay", "chose to return", "should have left",
}

-- Wording that makes an allegation against the mother (names her, or brings the violence in
-- against her "through the back door").
local AGAINST_MOTHER = {
  "respondents: brian caldwell and thuy", "failed to protect", "failure to protect",
  "allowed the children", "let the children see", "missed four school days",
  "did not tell the school", "neglected the children",
}

-- Details in the trainee's own sentence that say where Thuy and the children are, or how her
-- safety plan works: names and places Brian knows. General words ("safety plan", "her shift",
-- "exposed to his threats") say nothing he can use and are not flagged.
local LOCATION = {
  "birch lane", "wrenfield", "larch hill", "3:15", "cousin*", "front street",
  "safety project", "code word", "dental practice", "41 birch",
}

-- Score thresholds (see the conventions above).
local MOTHER_BASE, MOTHER_FULL = 4, 11
local RELIEF_BASE, RELIEF_FULL = 2, 8

local function sentence_join(parts)
  return table.concat(parts, " ")
end

---------------------------------------------------------------------------------------------
-- Rubric: allegations against the father (CPS).
local function father_rubric(draft, s, role)
  local text = draft_text(draft)
  local flags, missing = {}, {}
  local n_against = scan(text, AGAINST_MOTHER, flags)
  local n_flags = scan(text, BLAME, flags) + n_against
  local told_under_promise = s.promised_confidential and has(draft.clauses, "f_strangle")
  if told_under_promise then
    flags[#flags + 1] = "what Thuy said after being told it was confidential"
    n_flags = n_flags + 1
  end

  local score, max = 0, 8
  if has(draft.clauses, "f_phone") then score = score + 2
  else missing[#missing + 1] = "what Brian did on March 3" end
  if has(draft.clauses, "f_jail") then score = score + 2
  else missing[#missing + 1] = "how Brian used Lily against her mother" end
  if has(draft.clauses, "f_impact") then score = score + 2
  else missing[#missing + 1] = "what his conduct has done to Lily and Ethan" end
  if has(draft.clauses, "f_pattern") then score = score + 2
  else missing[#missing + 1] = "his pattern: the earlier order, the messages, waiting at her work" end
  if s.thuy_told_cps then
    max = 9
    if has(draft.clauses, "f_strangle") and not told_under_promise then score = score + 1 end
  end
  score = score - 2 * n_flags
  if score < 0 then score = 0 end

  local rating, fb
  if n_flags == 0 and #missing == 0 then
    rating = "recommended"
    fb = "Each allegation names something Brian did and ties it to Lily or Ethan, and it shows a pattern rather than one bad night."
  elseif n_flags >= 3 then
    rating = "harmful"
    fb = "Several phrases make the violence sound shared, faceless or excused; his lawyer will read them aloud. Name what he did and what it did to the children."
  elseif n_flags > 0 then
    rating = "concerning"
    if told_under_promise then
      fb = "Thuy told you about last year after you said it would stay confidential; putting it in his copy breaks that."
    elseif n_against > 0 then
      fb = "This section is about what Brian did, and a line in it blames Thuy. In his lawyer's hands, that line becomes the case against her."
    else
      fb = "Some wording makes the violence sound shared, faceless or excused, and his lawyer will use it. Say what Brian did and what it did to the children."
    end
  elseif has(missing, "what his conduct has done to Lily and Ethan") then
    rating = "concerning"
    fb = "The draft lists his acts but never says what they did to Lily and Ethan; in this state that link is the case."
  else
    rating = "acceptable"
    fb = "Nothing here blames Thuy, but part of Brian's conduct is missing, so the court sees less of the pattern than you know."
  end
  return { score = score, max = max, rating = rating, feedback = fb, flags = flags, missing = missing }
end

---------------------------------------------------------------------------------------------
-- Rubric: the parties and the mother (CPS).
local function mother_rubric(draft, s, role)
  local text = draft_text(draft)
  local flags, missing = {}, {}
  local own_loc = scan((draft.own or ""):lower(), LOCATION, flags)
  local home_loc = has(draft.clauses, "m_protect_detail")
  local office_loc = has(draft.clauses, "m_advocate")
  if home_loc then flags[#flags + 1] = "the street, the school and the pickup time" end
  if office_loc then flags[#flags + 1] = "the advocate's office" end
  local n_against = scan(text, AGAINST_MOTHER, flags)
  if has(draft.clauses, "m_both") and n_against == 0 then
    flags[#flags + 1] = "respondents: both parents"
    n_against = 1
  end
  local n_soft = scan(text, BLAME, flags) + scan(text, { "will seek removal" }, flags)

  local elements = 0
  if has(draft.clauses, "m_resp") then elements = elements + 2
  else missing[#missing + 1] = "Brian named as the respondent" end
  if has(draft.clauses, "m_nonresp") then elements = elements + 2
  else missing[#missing + 1] = "Thuy named as a non-respondent parent" end
  if has(draft.clauses, "m_protect") or has(draft.clauses, "m_protect_detail") then
    elements = elements + 3
  else
    missing[#missing + 1] = "what Thuy has done to protect the children"
  end

  local score, rating, fb
  if home_loc or office_loc or own_loc > 0 then
    score = home_loc and 1 or (office_loc and 2 or 3)
    rating = "harmful"
    fb = "This section tells Brian's lawyer, and so Brian, where Thuy and the children can be found. Protective steps can be described without a street, a school, a time or an office."
  elseif n_against > 0 then
    score, rating = 0, "harmful"
    fb = "This makes an allegation against Thuy: as a respondent, for failing to protect, or by the back door of the school days she lost while moving the children to safety."
  else
    score = elements - 2 * n_soft
    if score < 0 then score = 0 end; score = score + MOTHER_BASE
    if n_soft > 0 then
      rating = "concerning"
      fb = "Threatening removal if she 'allows' contact makes her answerable for his conduct; the order should bind him."
    elseif #missing == 0 then
      rating = "recommended"
      fb = "Brian alone is the respondent, Thuy's status is stated plainly, and her protective steps are on the record with no clue to where she is."
    elseif has(missing, "what Thuy has done to protect the children") then
      rating = "concerning"
      fb = "Nothing here records what Thuy did to keep the children safe, so the court hears only about him and about risk."
    else
      rating = "acceptable"
      fb = "Nothing blames Thuy, but the parties are not both stated; say plainly who is the respondent and who is not."
    end
  end
  return { score = score, max = MOTHER_FULL, rating = rating, feedback = fb, flags = flags, missing = missing }
end

---------------------------------------------------------------------------------------------
-- Rubric: the relief requested (CPS).
local function relief_rubric(draft, s, role)
  local text = draft_text(draft)
  local flags, missing = {}, {}
  local map_clause = has(draft.clauses, "r_address")
  if map_clause then flags[#flags + 1] = "the street and the school" end
  local own_loc = scan((draft.own or ""):lower(), LOCATION, flags)
  local n_soft = scan(text, { "anger management", "the mother attend", "joint counseling",
                              "couples", "unsupervised weekends" }, flags)
                 + scan(text, BLAME, flags) + scan(text, AGAINST_MOTHER, flags)

  local elements = 0
  if has(draft.clauses, "r_op") then elements = elements + 2
  else missing[#missing + 1] = "an order of protection excluding Brian from the home" end
  if has(draft.clauses, "r_supervised") then elements = elements + 2
  else missing[#missing + 1] = "supervised contact with the children" end
  if has(draft.clauses, "r_bip") then elements = elements + 2
  else missing[#missing + 1] = "a batterer intervention program" end
  if has(draft.clauses, "r_kids") then elements = elements + 1 end

  local score, rating, fb
  if map_clause or own_loc > 0 then
    score, rating = map_clause and 0 or 1, "harmful"
    fb = "Relief that names a street, a school, a town, a shelter or a schedule hands Brian the map. The order can cover wherever they live and study, with the address kept by the court."
  else
    score = elements - 2 * n_soft
    if score < 0 then score = 0 end; score = score + RELIEF_BASE
    if n_soft > 0 then
      rating = "concerning"
      fb = "Some relief aims at the wrong person or the wrong problem: classes for Thuy, joint sessions, anger management or unsupervised weekends do not address his pattern of control."
    elseif #missing == 0 then
      rating = "recommended"
      fb = "Every order asked for is aimed at Brian's conduct: exclusion, supervised contact, batterer intervention."
    else
      rating = "acceptable"
      fb = "What you ask for is aimed at Brian, but some of the protection the children need is missing."
    end
  end
  return { score = score, max = RELIEF_BASE + 7, rating = rating, feedback = fb, flags = flags, missing = missing }
end

---------------------------------------------------------------------------------------------
-- Rubric: the advocate's notes on the caseworker's draft (DV).
local function comments_rubric(draft, s, role)
  local text = draft_text(draft)
  local flags, missing = {}, {}
  local n_breach = 0
  if not s.thuy_told_cps then
    n_breach = scan(text, { "throat", "strangl*", "choke*", "choking" }, flags)
  end
  -- New identifying details the advocate would be adding to the CPS file (the draft's own
  -- address is already there, so a note asking to remove it is not flagged).
  local n_loc = scan(text, { "our shelter", "at the shelter", "3:15", "code word", "larch hill",
                             "dental practice" }, flags)
  if has(draft.clauses, "c_shelter") and n_loc == 0 then
    flags[#flags + 1] = "the shelter bed and the safety plan at her work"
    n_loc = 1
  end
  local n_soft = scan(text, { "co-parenting", "getting back together", "thrown out",
                              "bias against" }, flags)
                 + scan(text, BLAME, flags) + scan(text, AGAINST_MOTHER, flags)

  local elements = 0
  local wanted = {
    { "c_respondent", "Brian alone as respondent, Thuy as non-respondent" },
    { "c_location", "taking the address out" },
    { "c_blame", "replacing the shared and blaming wording with his acts" },
    { "c_protect", "adding Thuy's protective steps" },
    { "c_relief", "relief aimed at Brian" },
  }
  for _, w in ipairs(wanted) do
    if has(draft.clauses, w[1]) then elements = elements + 2
    else missing[#missing + 1] = w[2] end
  end

  local score, rating, fb
  if n_breach > 0 then
    score, rating = 0, "harmful"
    fb = "Thuy has not agreed to share what she told you about last year. Your notes go into the CPS file, and from there they can reach Brian."
  elseif n_loc > 0 then
    score, rating = 1, "harmful"
    fb = "Your notes become part of the CPS record, which the parties' lawyers can reach. Shelter, employer and safety-plan details do not belong in it."
  else
    score = elements - 2 * n_soft
    if score < 0 then score = 0 end; score = score + 2
    if n_soft > 0 then
      rating = "concerning"
      fb = "Some notes work against Thuy or against being heard: 'balance' between the parents, speaking for her about reconciling, or an attack instead of better wording."
    elseif #missing == 0 then
      rating = "recommended"
      fb = "Your notes are specific and usable: who the respondent is, what to take out, what to say instead, and what to ask the court for."
    elseif #missing >= 2 then
      rating = "concerning"
      fb = "Your notes fix some things but leave serious problems in the draft standing; the worker can only change what you point to."
    else
      rating = "acceptable"
      fb = "Useful notes, with one problem in the draft left unaddressed."
    end
  end
  return { score = score, max = 12, rating = rating, feedback = fb, flags = flags, missing = missing }
end

---------------------------------------------------------------------------------------------
-- Clause banks.
-- Built fresh for each scene that uses it; the second variant adds what Thuy chose to tell.
local function father_clauses(told)
  local list = {
    clause { id = "f_engaged",
             text = "On March 3 the parents engaged in domestic violence in the presence of Lily and Ethan." },
    clause { id = "f_impact",
             text = "Since then Lily has had trouble sleeping, has twice asked her teacher whether her mother is going to jail, and has refused to go to school on two Mondays; Ethan hid in the bathroom during the incident and now cries at drop-off." },
    clause { id = "f_stress",
             text = "The father, a sales manager, has been under heavy pressure at work, and the incidents reflect the stress of a difficult breakup." },
    clause { id = "f_phone",
             text = "On March 3, at the family's former apartment, the respondent took the mother's phone from her hand as she tried to call for help, smashed it on the floor, and stood in the doorway so she could not leave, while Lily and Ethan were in the room." },
    clause { id = "f_mutual",
             text = "The parents have a history of mutual conflict, and the children have been exposed to ongoing arguments in the home." },
    clause { id = "f_pattern",
             text = "This was not a single incident: an order of protection was issued against the respondent in the mother's favor two years ago, and since the separation he has sent her dozens of messages a day and waited outside her workplace." },
    clause { id = "f_jail",
             text = "On March 8, during his weekend with the children, the respondent told Lily that her mother would 'go to jail' and that the children would live with him if she 'kept telling lies to the police'." },
    clause { id = "f_witnessed",
             text = "Lily and Ethan have witnessed domestic violence in the home on several occasions." },
  }
  if told then
    table.insert(list, 6, clause { id = "f_strangle",
      text = "About eight months before the separation, the respondent pressed his forearm across the mother's throat during an argument so that she could not breathe, while the children slept in the next room. Strangulation is a recognized warning sign of lethal violence." })
  end
  return list
end

local function father_text(s, role)
  local lines = {
    "Wednesday evening. The attorney's deadline is tomorrow at noon. First, the allegations against the respondent: what the agency says Brian did, and why it matters for Lily and Ethan.",
    "Your working notes cover March 3 and March 8, what Lily's teacher and the school counselor have seen, the old order of protection, and the messages and the waiting outside Thuy's work.",
  }
  if s.thuy_told_cps and s.promised_confidential then
    lines[#lines + 1] = "On the call, Thuy told you about last year because you said it would stay confidential."
  elseif s.thuy_told_cps then
    lines[#lines + 1] = "On the call, Thuy told you about last year. She wants the judge to know, as long as nothing in the papers says where she is."
  end
  if s.frame == "template" then
    lines[#lines + 1] = "The unit template's opening line, about the parents engaging in violence, sits in your clause bank."
  elseif s.frame == "exposure" then
    lines[#lines + 1] = "Your notes are organized under one heading: did the children see it?"
  elseif s.frame == "police" then
    lines[#lines + 1] = "The police narrative covers March 3 in detail and nothing else."
  end
  lines[#lines + 1] = "Remember who reads this: the judge, and Brian's lawyer, who will go over every word with Brian."
  return table.concat(lines, "\n\n")
end

local father_compose = function(clauses)
  return {
    prompt = "Choose and order the allegations, up to six. You may add one sentence of your own.",
    clauses = clauses,
    min = 1, max = 6, own_text = true,
    score_var = "father_score",
    rubric = father_rubric,
    rationale = "Attribute harm to Brian's specific behaviors and link each to the children's safety or functioning (point 13), showing the pattern rather than one incident (point 4); shared, faceless or excusing language is flagged (point 14).",
    tags = { "documentation", "perpetrator_accountability", "child_safety" },
  }
end

---------------------------------------------------------------------------------------------
-- Routing helpers (CPS).
local function draft_leak(s)
  return (s.mother_score >= 1 and s.mother_score < MOTHER_BASE) or s.relief_score < RELIEF_BASE
end
local function strong(s)
  return s.father_score >= 8 and s.mother_score >= MOTHER_FULL and s.relief_score >= RELIEF_FULL
end
local function leaked(s)
  return s.leaked or (draft_leak(s) and not s.revised)
end
local function mother_named(s)
  return s.mother_score == 0 and not s.revised and not s.softened
end
local function saturdays(s) return s.money == "weekends" end
local function renee_reviews(s)
  return s.consult == "threeway" or s.consult == "ask_all" or s.consult == "pressed"
end

-- Routing helpers (DV).
local function dv_breach(s) return s.comment_score == 0 or s.shared_without_release end
local function dv_leak(s) return s.comment_score == 1 or not s.location_held end
local function dv_no_apartment(s) return s.dv_money == "press" or s.dv_money == "exchange" end
local function dv_positive(s)
  return s.comment_score >= 12 and s.release_scope == "limited" and s.thuy_voice
     and s.mother_protected and s.thuy_prepared and s.hall_ok and s.dv_money == "help"
end

---------------------------------------------------------------------------------------------
return scenario {
  id = "petition-drafting",
  title = "Drafting the dependency-court petition",
  version = "2.0.1",
  summary = "A case must go to court. The caseworker drafts the petition against the father; the advocate reviews it. Every word will be read by his lawyer, and his money still pays part of the rent.",
  minutes = 32,
  license = "CC-BY-4.0",
  content_notes = {
    "Domestic violence toward a mother: a smashed phone, a blocked doorway, and a father telling his daughter her mother will go to jail.",
    "On some paths, a past strangulation is mentioned briefly, without detail.",
    "Children's distress (trouble sleeping, fear at school) and a court hearing about them.",
    "Economic control: a father threatening to stop paying for his children, and a mother close to losing her housing; on some paths, a family in a shelter.",
    "On some paths, stalking: the father's car parked outside the house where the children are staying.",
    "On some paths, a caseworker threatening the mother with placement of the children.",
  },
  objectives = {
    "Write allegations that attribute harm to the perpetrator's specific behaviors and link each to a child.",
    "Record the non-offending parent's protective efforts and recognize blaming language, including your own.",
    "Name the perpetrator alone as respondent and spot allegations that bring the violence in against the mother by the back door.",
    "Ask for relief aimed at the perpetrator: exclusion, supervised contact, batterer intervention.",
    "Keep the survivor's location and safety plan out of papers the perpetrator's lawyer will read.",
    "Use the advocate's review and the survivor's own voice without breaching confidentiality.",
    "Keep a court-ordered separation from the perpetrator where the children need it, even against the survivor's and the advocate's wish, and work the poverty and housing barriers behind that wish.",
  },
  jurisdiction = "A state whose child protection law lets the agency name one parent as respondent and the other as a non-respondent parent; where a child's exposure to domestic violence is not, by itself, neglect; and where a petition, and the agency's case record, are available to every party and their lawyers.",
  start = "monday",

  roles = {
    role { id = "cps", name = "Child protective services caseworker",
           brief = "You investigated the report about Lily (7) and Ethan (5) in Pinecrest County. Your supervisor has decided the agency will file a petition in family court, and you are drafting it for the agency attorney. Thuy Nguyen (31, a dental hygienist), their mother, has cooperated with you; Brian Caldwell (35, a sales manager), their father, has refused any voluntary plan." },
    role { id = "dv", name = "Domestic violence advocate",
           brief = "You are Renee Akana, an advocate with the Pinecrest Family Safety Project, based in the county CPS office two days a week. Thuy Nguyen has worked with you since March 3. Your service is voluntary, confidential and led by her: nothing about her goes to CPS without her informed, written, time-limited release." },
  },

  state = {
    -- CPS
    frame = "none",            -- "behaviors", "template", "exposure", "police"
    consult = "none",          -- "threeway", "ask_all", "pressed", "after", "self"
    thuy_told_cps = false,     -- Thuy has told the caseworker about last year herself
    promised_confidential = false,
    father_score = 0,
    mother_score = 0,
    relief_score = 0,
    revised = false,           -- the draft was reworked with the advocate before filing
    softened = false,          -- only the blaming words were changed
    leaked = false,            -- a location detail was added outside the composed sections
    said_in_court = false,     -- ... said aloud by the caseworker at the hearing
    thuy_prepared = false,
    money = "none",            -- "weekends", "help", "court", "warn": Brian's money threat
    -- DV
    release_scope = "none",    -- "limited", "broad", "pressured"
    release_signed = false,
    dv_first = "none",         -- "call", "tracked", "forward", "escalate", "general", "declined"
    comment_score = 0,
    shared_without_release = false,
    confessed = false,
    thuy_voice = false,        -- Thuy decided for herself what the worker hears
    location_held = false,
    mother_protected = false,
    legal_help = false,
    thuy_withdrew = false,
    hall_ok = false,
    dv_money = "none",         -- "press", "help", "exchange", "shelter"
    addr = "none",             -- what the petition kept of the address: "town", "street", "shelter"
  },

  confidential = {
    secret { id = "strangulation", holder = "dv", released_when = "thuy_told_cps",
             text = "What Thuy told her advocate at their second meeting: about eight months before they separated, Brian pressed his forearm across her throat during an argument until she could not breathe. The children were asleep. She had told no one else, and she is afraid that if it ever appears on paper, Brian will know she told.",
             withheld = "Renee has told you nothing of what Thuy said to her in confidence; anything more would have to come from Thuy." },
  },

  scenes = {
    -----------------------------------------------------------------------------------------
    scene {
      id = "monday", phase = "petition",
      title = "The agency will file",
      speaker = { cps = "Marisol Ferrante, CPS supervisor", dv = "Thuy Nguyen" },
      text = {
        cps = "Monday, 8:40 am. Your supervisor, Marisol Ferrante, has signed off: the agency will file in family court. Brian Caldwell refuses any voluntary plan and has texted Thuy Nguyen that he will collect Lily and Ethan on Saturday, because no order says he can't.\n\nThe file holds the police report of March 3, when Brian took Thuy's phone as she tried to call for help, smashed it, and stood in the doorway while Lily (7) and Ethan (5) were in the room; the school counselor's note that Lily twice asked whether her mother was going to jail, which Brian had told her on his weekend; the order of protection Thuy held against him two years ago, now expired; and your interview notes. Thuy, a dental hygienist, has moved the children to her cousin's home across town.\n\nThe agency attorney, Ruth Ambler, wants your draft by Thursday noon. Where do you start?",
        dv = "Monday, 12:15 pm. Thuy Nguyen calls from her car on her lunch break at the dental practice. You have worked with her since March 3, when Brian smashed her phone and blocked the door with Lily and Ethan in the room.\n\n'The caseworker says they're taking Brian to court,' she says. 'He wants you to look at what they write. Do I have to sign something for that? If I don't, will they think I'm hiding things? I just don't want the kids taken.'\n\nShe and the children are staying at her cousin's house across town. At your second meeting she told you something she has told no one else, and she has said she is afraid of it ever appearing on paper.",
      },
      discussion = "The phrase 'failure to protect' means different things in your two systems. What does it mean in your agency's practice, and who does it usually point at? (points 14, 22)",
      reason = "Why did you choose this?",
      choices = {
        -- CPS
        choice {
          id = "cps_template", roles = { "cps" },
          text = "Open the unit's domestic violence petition template, which begins 'The parents engage in domestic violence in the presence of the children,' and fill in the dates.",
          set = { frame = "template" }, go = "cps_advocate",
          rating = "concerning",
          feedback = "The template's first line makes the violence something both parents do and makes 'presence' the harm. It starts the petition pointing at Thuy as well as Brian.",
          rationale = "Harm must be attributed to the perpetrator's specific behaviors (point 13); 'the parents engage in' is a shared, blaming framing (point 14) and exposure alone is not neglect in this jurisdiction (point 1).",
          tags = { "documentation", "perpetrator_accountability" },
        },
        choice {
          id = "cps_police", roles = { "cps" },
          text = "Paste the police narrative in as the allegations; it's third-party evidence and the attorney likes that.",
          set = { frame = "police" }, go = "cps_advocate",
          rating = "acceptable",
          feedback = "Third-party evidence is valuable, but a police narrative covers one night. It says nothing about what Brian told Lily, how the children have changed, or what Thuy did to protect them.",
          rationale = "Third-party evidence strengthens a case against the perpetrator (point 10), but the petition must show his pattern and link it to the children (points 4, 13) and record her protective efforts (points 7, 14).",
          tags = { "documentation", "risk_assessment" },
        },
        choice {
          id = "cps_behaviors", roles = { "cps" },
          text = "Start a working list: each act of his, what it did to Lily or Ethan, and each step their mother took for them.",
          set = { frame = "behaviors" }, go = "cps_advocate",
          rating = "recommended",
          feedback = "This builds the petition around his choices and their effect on the children, and puts her protective steps on the record from the start.",
          rationale = "Attribute harm to the perpetrator's behaviors and link each to the child (point 13); document the survivor's protective efforts (points 7, 14); look at the pattern, not one incident (point 4).",
          tags = { "documentation", "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "cps_exposure", roles = { "cps" },
          text = "Organize the draft around the question the court will ask first: did the children see the violence?",
          set = { frame = "exposure" }, go = "cps_advocate",
          rating = "concerning",
          feedback = "In this state, seeing violence is not by itself neglect, and 'did they see it' leaves out the harm Brian did directly, such as telling Lily her mother would go to jail.",
          rationale = "Exposure alone is not neglect here (point 1); assess the perpetrator's pattern, including using the children against the mother (point 4), and link his acts to the child (point 13).",
          tags = { "child_safety", "documentation" },
        },
        -- DV
        choice {
          id = "dv_not_our_role", roles = { "dv" },
          text = "Tell her advocates stay out of CPS paperwork, and that she should speak to the caseworker herself.",
          go = "dv_no_release",
          rating = "concerning",
          feedback = "She asked for help with the part of this that frightens her most. Stepping back leaves her alone with a document that will shape her family's case.",
          rationale = "Advocacy is survivor-directed: she can choose to have the advocate speak with CPS under a limited release (point 18); co-located advocates reduce blaming language in case records (point 14).",
          tags = { "survivor_partnership", "collaboration" },
        },
        choice {
          id = "dv_limited_release", roles = { "dv" },
          text = "Tell her the work with you goes on either way; if the caseworker is to get your view, offer a release covering the petition alone, for a month.",
          set = { release_signed = true, release_scope = "limited" }, go = "dv_draft",
          rating = "recommended",
          feedback = "She gets a real choice, a release narrow enough to match it, and a say over what stays private. That is what makes the release informed.",
          rationale = "A release must be informed, written and time-limited, and can never be a condition of service (point 18); it covers one agency and one purpose (point 19).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "dv_sign_or_else", roles = { "dv" },
          text = "Tell her it's best to sign, since CPS may read a refusal as being uncooperative, and that you'll keep what you share to a minimum.",
          set = { release_signed = true, release_scope = "pressured" }, go = "dv_draft",
          rating = "harmful",
          feedback = "A release signed under that kind of pressure is not a free choice, and it teaches her that your help comes with strings.",
          rationale = "A release can never be a condition of service and must be informed and voluntary (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "dv_broad_release", roles = { "dv" },
          text = "Have her sign the program's standard release today, so you can speak with CPS freely about the petition and anything that comes up around it; one form keeps it simple.",
          set = { release_signed = true, release_scope = "broad" }, go = "dv_draft",
          rating = "concerning",
          feedback = "A blanket release gives away more than she asked for, including things she has said she fears seeing on paper.",
          rationale = "Releases must be specific, informed and time-limited (point 18); co-location and convenience do not change that (point 19).",
          tags = { "confidentiality" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- CPS: using the advocate.
    scene {
      id = "cps_advocate", phase = "petition",
      title = "The advocate's visit",
      speaker = "Renee Akana, domestic violence advocate",
      text = function(s, role)
        local extra = ""
        if s.frame == "template" then
          extra = "\n\nShe glances at the template open on your screen and says nothing about it yet."
        elseif s.frame == "exposure" then
          extra = "\n\nShe reads the heading on your notepad, 'Did the children see it?', and raises an eyebrow."
        end
        return "Tuesday morning. Renee Akana, the advocate from the Pinecrest Family Safety Project who works in your office on Tuesdays and Thursdays, knocks on your open door.\n\nThuy has asked Renee to help with the court part, and yesterday signed a written release, good for thirty days, letting Renee talk with you about the petition. 'It covers the petition and nothing wider,' Renee says." .. extra .. "\n\nYou have until Thursday noon and a full caseload. How do you use Renee?"
      end,
      discussion = "The advocate sits down the hall two days a week. What does your office actually use her for, and what would change if every domestic violence petition crossed her desk before filing? (points 14, 19, 25)",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "adv_send_after",
          text = "Thank her, draft on your own to make the deadline, and send her a copy once it's filed.",
          set = { consult = "after" }, go = "cps_allegations",
          rating = "concerning",
          feedback = "A copy after filing can't change what Brian's lawyer reads. The review is worth most before the attorney files.",
          rationale = "Case records reviewed with a co-located advocate carry markedly less victim-blaming language (point 14); anything filed reaches the perpetrator's counsel (point 17).",
          tags = { "collaboration", "documentation" },
        },
        choice {
          id = "adv_tell_me_all",
          text = "Ask Renee to fill you in on whatever else Thuy has told her; the children's safety comes first, and the court needs the full picture by Thursday.",
          set = { consult = "ask_all" }, go = "cps_renee_declines",
          rating = "concerning",
          feedback = "Renee can share only what Thuy has released. Asking puts her in a bind and, if she gave in, would cost Thuy the one confidential place she has.",
          rationale = "A DV program may not share personally identifying information beyond an informed, written release (point 18); co-location changes nothing (point 19).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "adv_review_and_call",
          text = "Ask Renee to mark up your draft before Ruth gets it, and to sound Thuy out about a call with you both first.",
          set = { consult = "threeway" }, go = "threeway",
          rating = "recommended",
          feedback = "You get an expert reader before filing, and Thuy gets to speak for herself instead of through anyone else.",
          rationale = "Advocate review lowers blaming language (point 14); a three-way meeting lets the survivor decide what to share (point 21); she needs to know what the petition will say because he will read it (point 17).",
          tags = { "collaboration", "survivor_partnership", "documentation" },
        },
        choice {
          id = "adv_call_self",
          text = "Tell Renee you'll phone Thuy yourself once the draft is done, so that Thuy hears it from the agency first.",
          set = { consult = "self" }, go = "cps_allegations",
          rating = "acceptable",
          feedback = "Talking with Thuy matters, but after the draft is written she can react to it, not shape it, and you lose Renee's read.",
          rationale = "The survivor's own voice (point 21) and advocate review (point 14) are worth most before the allegations are fixed.",
          tags = { "survivor_partnership", "collaboration" },
        },
      },
    },

    scene {
      id = "cps_renee_declines", phase = "information sharing",
      title = "What Renee keeps",
      speaker = "Renee Akana, domestic violence advocate",
      text = "Renee doesn't take offense, and she doesn't move. 'I can't,' she says. 'Her release covers talking with you about the petition. What she has told me is hers.' She adds that if Thuy ever told her of abuse or neglect of a child, the program would report it like anyone else. 'This isn't that.'\n\nYou still have a deadline on Thursday noon, a supervisor who will ask what the advocate said, and the sense that there is something in this family you don't know.",
      discussion = "Renee said no. In your experience, does a partner agency's 'no' end the conversation or start a different one? What can still be asked, and of whom? (points 18, 19, 21)",
      reason = "What do you do with a 'no' from a partner agency?",
      choices = {
        choice {
          id = "decl_insist",
          text = "Remind her that she works out of a CPS office, and that anything bearing on how safe the children are belongs in the file.",
          set = { consult = "pressed" }, go = "cps_allegations",
          rating = "concerning",
          feedback = "Her desk in your office doesn't make her CPS staff or change her program's duties. Pressing her strains the partnership you need for this case and the next.",
          rationale = "Co-location changes no confidentiality duty and a team agreement is no substitute for a release (point 19); the exceptions are mandated child-abuse reports and court orders (point 20).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "decl_hint",
          text = "Ask her for just a yes or a no: is there anything that would change how dangerous you should think Brian is?",
          set = { consult = "pressed" }, go = "cps_allegations",
          rating = "concerning",
          feedback = "A yes would itself be the disclosure. Renee says she can't answer that either, and the two of you leave the room a little further apart.",
          rationale = "Confirming that a confidential fact exists discloses it; only the survivor's release opens it (point 18). The route the rules leave open runs through Thuy herself (point 21).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "decl_accept",
          text = "Ask if she would speak with the two of you before your deadline, and what Renee would listen for in a case like this.",
          set = { consult = "threeway" }, go = "threeway",
          rating = "recommended",
          feedback = "Renee names the general warning signs at once and sets up a call for tomorrow at four. What Thuy says, if anything, will be her own decision.",
          rationale = "Without a release an advocate can still share general dynamics and offer a three-way meeting so the survivor speaks for herself (point 21); lethality cues matter to both systems (point 5).",
          tags = { "collaboration", "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "decl_drop",
          text = "Let it go and draft from your own file; the police report and the school notes are enough, and Thursday is close.",
          go = "cps_allegations",
          rating = "acceptable",
          feedback = "You respect the limit, but you leave an open door unused: Thuy may have wanted the court to know something.",
          rationale = "A three-way meeting lets the survivor choose what the agency hears (point 21).",
          tags = { "confidentiality" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- Shared: the three-way call.
    scene {
      id = "threeway", phase = "information sharing",
      title = "The three-way call",
      speaker = "Thuy Nguyen",
      text = {
        cps = "Wednesday, 4 pm. You call from a small meeting room at the office. Thuy is with Renee in a quiet room at Renee's program, on the speaker; she sounds tired.\n\nRenee explains why the three of you are on the line. Then Thuy speaks to you directly: 'Will Brian see what I tell you? Will he see what you write?'\n\nYou know how it works in this court: the respondent and his lawyer receive the petition, and the parties' lawyers can reach the agency's file.",
        dv = "Wednesday, 4 pm. A three-way call: Jordan Pell, the caseworker, from a meeting room at his office; you and Thuy together in a quiet room at your program, the phone on speaker between you. Thuy holds a cup of tea she hasn't touched.\n\nThuy asks Jordan, 'Will Brian see what I tell you?' Jordan says yes: Brian and his lawyer will get the petition, though not her address. There is a long pause.\n\nThen Thuy turns to you. 'Renee, what would you do?'",
      },
      reveal = { "strangulation" },
      discussion = "Where does a survivor's right to decide what is shared end, and a child-protection duty begin? Is there any fact here that would change your answer? (points 17, 18, 20, 21)",
      reason = "What did you want Thuy to understand before she decided what to say?",
      choices = {
        -- CPS
        choice {
          id = "tw_confidential", roles = { "cps" },
          text = "Reassure her that petitions are confidential court papers, so she can tell you anything she thinks the judge should hear.",
          set = { thuy_told_cps = true, promised_confidential = true },
          go = { { "cps_allegations_told", when = function(s) return s.thuy_told_cps end }, { "cps_allegations" } },
          rating = "harmful",
          feedback = "That isn't true in this court, and she decides what to tell you on the strength of it. Whatever you write now, she has been misled.",
          rationale = "Petitions are read by the perpetrator's counsel; anything in them may reach him (point 17). Consent given on false information is not informed (point 18).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "tw_facts_only", roles = { "cps" },
          text = "Keep the call short: confirm the dates and ask how Lily and Ethan are sleeping and eating.",
          go = "cps_allegations",
          rating = "acceptable",
          feedback = "Useful facts, but she asked a direct question and didn't get an answer, so she chose to say nothing more.",
          rationale = "The survivor needs to know who will read the petition before she can choose what goes in it (points 17, 21).",
          tags = { "child_safety", "documentation" },
        },
        choice {
          id = "tw_honest", roles = { "cps" },
          text = "Say yes, his side receives the petition, though not where she lives; then ask what she would like the judge to learn.",
          set = { thuy_told_cps = true },
          go = { { "cps_allegations_told", when = function(s) return s.thuy_told_cps end }, { "cps_allegations" } },
          rating = "recommended",
          feedback = "With the truth in front of her, Thuy decides to tell you about last year herself, and asks that nothing say where she is.",
          rationale = "Tell the survivor the petition will reach the perpetrator and keep her location out (point 17); the three-way meeting lets her speak for herself (point 21).",
          tags = { "survivor_partnership", "confidentiality", "risk_assessment" },
        },
        choice {
          id = "tw_release_all", roles = { "cps" },
          text = "Tell her it would all go more smoothly if she'd sign a full release, so that you and Renee could talk about everything without checking back each time.",
          go = "cps_allegations",
          rating = "concerning",
          feedback = "It sounds like a condition, and it asks for far more than the petition needs. Thuy goes quiet and says she'll think about it.",
          rationale = "A release can never be made a condition, and must be specific and time-limited (points 18, 19).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        -- DV
        choice {
          id = "tw_adv_discourage", roles = { "dv" },
          text = "Advise her to keep last year out of it for now; once it's in a court paper Brian will know she told, and a man like him gets angrier, not safer.",
          go = "dv_address",
          rating = "concerning",
          feedback = "Your fear for her is real, but she asked what you would do and got your decision instead of the information to make hers.",
          rationale = "Advocacy is survivor-directed: give her what she needs to decide, including that the petition will reach him (points 17, 21).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "tw_adv_let_lead", roles = { "dv" },
          text = "Say it's for her to settle, then go over where a petition's words end up: who reads them, and what they can do for her in court.",
          set = { thuy_told_cps = true, thuy_voice = true }, go = "dv_address",
          rating = "recommended",
          feedback = "Thuy takes a breath and tells Jordan herself. She asks that nothing in the papers say where she is, and Jordan agrees.",
          rationale = "Without a release you share nothing, but a three-way meeting lets her speak for herself (point 21); she chooses knowing the petition will reach him (point 17).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "tw_adv_speak_for", roles = { "dv" },
          text = "Spare her having to say it aloud: tell Jordan about last year yourself, gently, while she listens and can stop you.",
          set = { thuy_told_cps = true }, go = "dv_address",
          rating = "harmful",
          feedback = "She never said yes. Speaking for her, even kindly and with her present, takes the decision out of her hands.",
          rationale = "Speaking a survivor's disclosure for her is rated harmful across the library, kindness included: disclosure of what she told in confidence needs her informed consent (point 18), and the point of the meeting is that she speaks for herself (point 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- CPS: drafting.
    scene {
      id = "cps_allegations", phase = "petition",
      title = "Writing the allegations",
      text = father_text,
      reveal = { "strangulation" },
      discussion = "Read your allegations as Brian's lawyer would. Which sentence could he quote back to show the agency is describing a quarrel, and which ones leave him nothing to quote? (points 4, 13, 14)",
      reason = "Which allegation did you hesitate over, and why?",
      compose = father_compose(father_clauses(false)),
      go = "cps_mother",
    },
    scene {
      id = "cps_allegations_told", phase = "petition",
      title = "Writing the allegations",
      text = father_text,
      reveal = { "strangulation" },
      discussion = "Thuy chose to tell you about last year. How does that change what you owe her in the way it is written, and who will read it? (points 5, 13, 17, 21)",
      reason = "Which allegation did you hesitate over, and why?",
      compose = father_compose(father_clauses(true)),
      go = "cps_mother",
    },

    scene {
      id = "cps_mother", phase = "petition",
      title = "The section on Thuy",
      text = "Next, the parties and the mother. The petition form has lines for the respondent and for any non-respondent parent, and a section for the facts about each parent.\n\nYour notes on Thuy: after Brian left on March 3 she called police from a neighbor's phone; she ended Brian's unsupervised weekends; she moved herself and the children to her cousin's house across town; she has changed her shift at work; the cousin collects the children from school. Lily missed four school days during the move. Thuy let Brian back into the home a year ago, after the earlier order expired.\n\nEverything on this page goes to Brian's lawyer.",
      discussion = "In one state study, case records written without a co-located advocate carried victim-blaming language far more often than records written with one. Which of these clauses would your own office have written without thinking twice? (point 14)",
      reason = "How did you decide what to say about Thuy?",
      compose = {
        prompt = "Choose and order the clauses for the parties and the mother, up to five. You may add one sentence of your own.",
        clauses = {
          clause { id = "m_nonresp",
                   text = "Non-respondent parent: Thuy Nguyen, 31, mother of Lily and Ethan. The agency makes no allegation against her." },
          clause { id = "m_both",
                   text = "Respondents: Brian Caldwell and Thuy Nguyen, the parents of Lily and Ethan." },
          clause { id = "m_protect_detail",
                   text = "The mother has protected the children: she moved them to her cousin's house on Birch Lane in Wrenfield, her cousin collects them from Larch Hill Elementary at 3:15, and she has changed her shift so she never closes the office alone." },
          clause { id = "m_resp",
                   text = "Respondent: Brian Caldwell, 35, father of Lily and Ethan." },
          clause { id = "m_school",
                   text = "Lily missed four school days in March while the mother moved homes, and the mother did not tell the school why." },
          clause { id = "m_protect",
                   text = "The mother has acted to protect the children: she reported the March 3 incident to police, ended the respondent's unsupervised weekends, moved herself and the children to a safe home whose address is on file with the agency, and has kept them in school and their usual routines." },
          clause { id = "m_ftp",
                   text = "The mother failed to protect the children by letting the respondent back into the home after the earlier order of protection expired." },
          clause { id = "m_warning",
                   text = "The mother has agreed to keep the children away from the respondent, and understands the agency will seek removal if she lets him have any contact." },
          clause { id = "m_advocate",
                   text = "The mother meets weekly with an advocate at the Pinecrest Family Safety Project's office on Front Street, who confirms the respondent's threats." },
        },
        min = 1, max = 5, own_text = true,
        score_var = "mother_score",
        rubric = mother_rubric,
        rationale = "Name the perpetrator alone as respondent and the mother as non-respondent; watch for allegations that bring the violence in against her by the back door (point 15). Describe her protective efforts without blaming framings (points 7, 14). Location, safety plan and advocate details stay out (points 12, 17).",
        tags = { "documentation", "survivor_partnership", "confidentiality" },
      },
      go = "cps_relief",
    },

    scene {
      id = "cps_relief", phase = "petition",
      title = "The relief requested",
      text = function(s, role)
        local t = "Last, the relief requested: what the agency asks the judge to order at Tuesday's first appearance.\n\nBrian has said he will collect the children on Saturday. There is no custody order. He has told you he will 'do any class they want' if it keeps him seeing the kids, and that he is not a violent man, just under pressure."
        if s.frame == "template" then
          t = t .. "\n\nThe template's relief section offers anger management and parenting classes 'for both parents'."
        end
        return t .. "\n\nA stay-away order has to work on the ground, and Brian's lawyer will receive a copy of it."
      end,
      discussion = "Which of these orders changes what Brian does, and which ones change what Thuy does? How does your office usually fill in the relief section? (points 3, 16, 17)",
      reason = "What did you want the order to change for Lily and Ethan?",
      compose = {
        prompt = "Choose and order the relief requested, up to six. You may add one sentence of your own.",
        clauses = {
          clause { id = "r_anger",
                   text = "That the respondent attend an anger management course." },
          clause { id = "r_op",
                   text = "A temporary order of protection directing the respondent to stay away from the mother and the children and excluding him from their home, wherever it is, and from their schools and the mother's workplace." },
          clause { id = "r_mother_classes",
                   text = "That the mother attend a domestic violence education group and parenting classes." },
          clause { id = "r_address",
                   text = "An order that the respondent stay away from 41 Birch Lane, Wrenfield, and from Larch Hill Elementary School." },
          clause { id = "r_supervised",
                   text = "That any contact between the respondent and the children be supervised by a professional visitation program, with separate arrival and departure times so the parents do not meet." },
          clause { id = "r_couples",
                   text = "Joint counseling for the parents to improve their co-parenting communication." },
          clause { id = "r_bip",
                   text = "That the respondent enroll in and complete a batterer intervention program, with the program reporting his attendance and participation to the court." },
          clause { id = "r_kids",
                   text = "Counseling for Lily and Ethan with a provider experienced with children who have lived with domestic violence, arranged with the non-respondent mother." },
          clause { id = "r_unsup",
                   text = "That the respondent's unsupervised weekends continue, to preserve his bond with the children." },
        },
        min = 1, max = 6, own_text = true,
        score_var = "relief_score",
        rubric = relief_rubric,
        rationale = "Ask for relief aimed at the perpetrator: an order of protection excluding him, supervised visitation, batterer intervention (point 16), rather than services for the survivor or joint sessions. The order must not list her address (point 17).",
        tags = { "perpetrator_accountability", "child_safety", "reasonable_efforts" },
      },
      go = {
        { "cps_review", when = renee_reviews },
        { "cps_attorney_review" },
      },
    },

    -----------------------------------------------------------------------------------------
    -- CPS: review before filing.
    scene {
      id = "cps_review", phase = "petition",
      title = "Renee reads the draft",
      speaker = "Renee Akana, domestic violence advocate",
      text = function(s, role)
        local lines = { "Thursday, 9 am. Renee reads your draft at the corner table with a pen, slowly, the way Brian's lawyer will read it: looking for anything that could be turned against Thuy or used to find her." }
        if strong(s) then
          lines[#lines + 1] = "'This is clear,' she says. 'Brian's acts, what they did to the kids, what Thuy did, and nothing that tells him where she is.'"
          lines[#lines + 1] = "One suggestion: Thuy wants the court to know that she is the one who called the police, from a neighbor's phone, the night he smashed hers."
        else
          if s.mother_score == 1 then
            lines[#lines + 1] = "She stops first at Thuy's protective steps. 'Birch Lane, Larch Hill Elementary, the cousin at 3:15. His lawyer gets this Friday. This tells Brian where the kids sleep and where to wait.'"
          elseif s.mother_score == 2 then
            lines[#lines + 1] = "She stops first at the line about her own program. 'Our office on Front Street, and that Thuy comes every week. Brian can sit outside it on the right morning.'"
          elseif s.mother_score == 3 then
            lines[#lines + 1] = "She stops first at the sentence you wrote yourself about Thuy. 'Brian knows these people and these places. That sentence is enough for him to find her.'"
          end
          if s.relief_score == 0 then
            lines[#lines + 1] = "At the relief she taps the stay-away clause. 'A street number and a school. You've asked the judge to hand him the map.'"
          elseif s.relief_score == 1 then
            lines[#lines + 1] = "At the relief she taps the sentence you added. 'That names a place he knows. Let the order cover wherever they are instead.'"
          end
          if s.mother_score == 0 then
            lines[#lines + 1] = "She circles the lines about Thuy. 'This makes her a respondent, or accuses her of something. Nothing in your file says she harmed them.'"
          end
          if s.father_score < 8 then
            lines[#lines + 1] = "'The part about Brian either reads like two adults fighting or leaves out what it did to Lily and Ethan.'"
          end
          if s.mother_score >= MOTHER_BASE and s.mother_score < MOTHER_FULL then
            lines[#lines + 1] = "'Say plainly who the respondent is, and put in what Thuy did to protect them.'"
          end
          if s.relief_score >= RELIEF_BASE and s.relief_score < RELIEF_FULL then
            lines[#lines + 1] = "'The relief doesn't reach him the way it should. Check it against three things: keeping him out of their home, supervised visits, a batterer program. Nothing for Thuy to do about his violence.'"
          end
          if s.frame == "template" then
            lines[#lines + 1] = "'And that template line about the parents? Your whole unit is using it.'"
          end
          lines[#lines + 1] = "Ruth Ambler wants the petition by noon. Renee caps her pen and waits to hear what you will do."
        end
        return table.concat(lines, "\n\n")
      end,
      discussion = "What makes it hard, in your office, to take a partner agency's edits on your own writing? What would make it easier? (points 14, 22)",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "rev_keep", when = function(s) return not strong(s) end,
          text = "Keep your wording: petition language is the agency's call, and the attorney will catch anything legal.",
          go = "cps_money",
          rating = "concerning",
          feedback = "The attorney reads for legal sufficiency, not for what tells Brian where the children are or what blames Thuy. Those are the notes you just set aside.",
          rationale = "Advocate review is what lowers blaming language in records (point 14); location and safety details stay out of papers he will read (point 17).",
          tags = { "collaboration", "documentation" },
        },
        choice {
          id = "rev_revise", when = function(s) return not strong(s) end,
          text = "Go through each of Renee's notes with her and revise before the attorney files, even if you have to ask Ruth for the afternoon.",
          set = { revised = true }, go = "cps_money",
          rating = "recommended",
          feedback = "The worst of it comes out before it can reach Brian. The rewrite is rushed, but it is safe.",
          rationale = "Review with a co-located advocate reduces blaming language (point 14); removing location details before filing is the only time it can be done (point 17).",
          tags = { "collaboration", "documentation", "confidentiality" },
        },
        choice {
          id = "rev_soften_blame", when = function(s) return not strong(s) and not draft_leak(s) end,
          text = "Change only the words she calls blaming and leave the rest; there is no time to rebuild the allegations.",
          set = { softened = true }, go = "cps_money",
          rating = "acceptable",
          feedback = "The blaming words go, which matters. What is missing stays missing, and Mr. Keel will find the gaps.",
          rationale = "Removing blaming framings is the first fix (point 14); the petition still needs his specific acts linked to the children and relief aimed at him (points 13, 16).",
          tags = { "documentation", "collaboration" },
        },
        choice {
          id = "rev_soften", when = function(s) return not strong(s) and draft_leak(s) end,
          text = "Change the words she calls blaming, but keep the facts as written: the court needs to know where the children are and who is helping.",
          set = { softened = true }, go = "cps_money",
          rating = "concerning",
          feedback = "Softer words help Thuy, but where the children sleep is exactly what Brian's lawyer must not read. The court can have the address without his copy carrying it.",
          rationale = "Blaming framings should go (point 14), but location is identifying information that stays out of the petition (points 12, 17).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "rev_cousin", when = function(s) return strong(s) end,
          text = "Add her account of the call, and name the cousin who is helping, so the court sees the family support around the children.",
          set = { leaked = true }, go = "cps_money",
          rating = "harmful",
          feedback = "Brian knows the cousin and knows where she lives. Naming her tells him where the children are.",
          rationale = "Any detail from which he can work out her location is identifying information and must stay out (points 12, 17).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "rev_accept", when = function(s) return strong(s) end,
          text = "Add Thuy's own account of the call, and ask Renee to be there when you go over the final petition with Thuy.",
          go = "cps_money",
          rating = "recommended",
          feedback = "Her own protective act is now on the record in her terms, and she will see the petition with someone she trusts before Brian's lawyer quotes it to her.",
          rationale = "Describe the survivor's protective efforts (points 7, 14); she should know what the petition says because it will reach him (point 17).",
          tags = { "survivor_partnership", "documentation", "collaboration" },
        },
        choice {
          id = "rev_decline", when = function(s) return strong(s) end,
          text = "Thank her and file it as it stands; the draft already says Thuy reported to police, and Ruth is waiting on it.",
          go = "cps_money",
          rating = "acceptable",
          feedback = "The petition is sound. You passed up a small chance to put her protective act in her own terms.",
          rationale = "Protective efforts are on the record (point 14); the survivor's voice adds weight (point 7).",
          tags = { "documentation" },
        },
      },
    },

    scene {
      id = "cps_attorney_review", phase = "petition",
      title = "The attorney's read",
      speaker = "Ruth Ambler, agency attorney",
      text = function(s, role)
        local t = "Thursday, 11:40 am. Ruth Ambler skims your draft, fixes the caption, and checks the statute cited. She reads for one thing: whether the allegations, if proved, meet the legal standard. She does not read for tone. 'Legally it holds,' she says. 'Ready to file?'\n\nRenee Akana is down the hall until noon. She hasn't seen the draft."
        if s.consult == "self" then
          t = t .. " You haven't called Thuy yet either."
        end
        return t .. "\n\nThe petition will be served on Brian's lawyer tomorrow, and the first appearance is Tuesday."
      end,
      discussion = "The attorney reads for legal sufficiency. Who, in your office, reads a petition for blame and for location before it is filed? (points 14, 17)",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "att_cousin",
          text = "Before filing, add the cousin's name and relationship, so the court knows who is caring for the children with Thuy.",
          set = { leaked = true }, go = "cps_money",
          rating = "harmful",
          feedback = "Brian knows the cousin and where she lives. Her name in his copy tells him where the children are.",
          rationale = "Any detail from which he can work out her location is identifying information and must stay out (points 12, 17).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "att_renee_fix", when = function(s) return not strong(s) end,
          text = "Bring the draft to Renee down the hall for a twenty-minute read before it's filed.",
          set = { revised = true }, go = "cps_money",
          rating = "recommended",
          feedback = "Renee marks what would reach Brian or blame Thuy, and you fix the worst of it before filing. The rewrite is rushed, but it is safe.",
          rationale = "Advocate review before filing reduces blaming language (point 14) and catches identifying details while they can still be removed (point 17).",
          tags = { "collaboration", "documentation" },
        },
        choice {
          id = "att_renee_ok", when = function(s) return strong(s) end,
          text = "Bring the draft to Renee down the hall for a twenty-minute read before it's filed.",
          go = "cps_money",
          rating = "recommended",
          feedback = "Renee finds nothing to change and offers to be there when you go over it with Thuy. A second reader costs twenty minutes and is worth it.",
          rationale = "Advocate review before filing is the practice that lowers blaming language (point 14).",
          tags = { "collaboration", "documentation" },
        },
        choice {
          id = "att_file_bad", when = function(s) return not strong(s) end,
          text = "File it; you've read it twice, the statute is cited correctly, and it's nearly noon.",
          go = "cps_money",
          rating = "concerning",
          feedback = "What you missed is now in Brian's lawyer's hands. A legal check is not a check for blame or location.",
          rationale = "Petitions reach the perpetrator's counsel (point 17); advocate review reduces blaming language (point 14).",
          tags = { "documentation" },
        },
        choice {
          id = "att_file_ok", when = function(s) return strong(s) end,
          text = "File it; you've read it twice, the statute is cited correctly, and it's nearly noon.",
          go = "cps_money",
          rating = "acceptable",
          feedback = "The petition is sound. A second reader would have cost twenty minutes.",
          rationale = "Advocate review before filing is the practice that lowers blaming language (point 14).",
          tags = { "documentation" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- CPS: Brian's money and Thuy's lease (poverty and housing; a separation that is right).
    scene {
      id = "cps_money", phase = "petition",
      title = "Brian's $900 a month",
      speaker = "Thuy Nguyen",
      text = function(s, role)
        local lines = {
          "Thursday, 4:30 pm. Thuy calls, with Renee beside her at the program. An hour after Brian's lawyer heard a petition was coming, Brian texted her: if the agency asks for supervised visits, the $900 a month he has been paying toward the children stops. There is no support order; it has always been his money, on his terms.",
          "Thuy has the deposit and first month's rent due Monday on a two-bedroom apartment of her own. Her cousin's landlord has said the guests must be out by the end of the month. On a hygienist's pay, without Brian's money, she can cover the rent or Ethan's daycare, not both.",
          "'He has never hurt the kids,' she says. 'Let him have Saturdays. If we end up in a shelter, that's worse for them than a few hours with their dad.'",
          "Renee says Thuy knows Brian better than anyone, and her read of the risk should count. Whatever the petition says, Ruth can still shape what the agency asks for on Tuesday, and she wants to know by tomorrow what to ask about Brian's time with Lily and Ethan.",
        }
        return table.concat(lines, "\n\n")
      end,
      discussion = "Thuy and her advocate both want the weekends kept; the agency's client is the children. When is a survivor's preference the plan, and when is it one voice the court should hear? What does money have to do with it? (points 2, 3, 4, 16, 22)",
      reason = "What did you weigh between Thuy's wish and the children's safety?",
      choices = {
        choice {
          id = "money_weekends",
          text = "Ask Ruth to drop the supervised request for daytime Saturdays, with exchanges at a police station; Thuy has read Brian's moods for years, and losing the apartment would hurt the children more.",
          set = { money = "weekends" }, go = "cps_tell",
          rating = "concerning",
          feedback = "It feels like partnering with her, and the risk to her housing is real. But his last unsupervised weekend is when Brian told Lily her mother would go to jail, and the threat to cut off money is the same control in another form.",
          rationale = "Here separating the children from their father's unsupervised care is the right call, even against the mother's and the advocate's wish: supervised contact is relief aimed at the perpetrator (point 16), and his use of the children and of money against their mother is the pattern to weigh (point 4). Her voice is heard; the housing problem is solved another way (point 3).",
          tags = { "child_safety", "perpetrator_accountability" },
        },
        choice {
          id = "money_help",
          text = "Keep the supervised request, tell Thuy it's for what Lily heard on his most recent weekend, and sort out the rent with her and Renee today.",
          set = { money = "help" }, go = "cps_tell",
          rating = "recommended",
          feedback = "Thuy is angry for a day. The fund pays the deposit on Monday, the support petition is filed, and once Renee hears why, she helps Thuy with the landlord. The request for supervised visits stands.",
          rationale = "Supervised contact protects Lily and Ethan from the conduct the petition describes (points 4, 16); reasonable efforts include the concrete help that keeps a protective parent housed (point 3); working the money with her is partnering with her, not overruling her (point 2).",
          tags = { "child_safety", "reasonable_efforts", "survivor_partnership" },
        },
        choice {
          id = "money_court",
          text = "Keep asking for supervised visits, and explain kindly that support and housing are matters for her own lawyer and the family court, not for the agency.",
          set = { money = "court" }, go = "cps_tell",
          rating = "concerning",
          feedback = "You hold the right line on the visits and leave her alone with the rent. By Monday the apartment has gone to someone else.",
          rationale = "Reasonable efforts owed to the family include shelter and housing help, not only orders (point 3); a protective parent pushed into poverty is pushed back toward the man she left (point 2).",
          tags = { "reasonable_efforts", "survivor_partnership" },
        },
        choice {
          id = "money_warn",
          text = "Tell Thuy gently that if Brian gets the children without supervision before Tuesday, the agency would have to think about placing them somewhere safer.",
          set = { money = "warn" }, go = "cps_tell",
          rating = "harmful",
          feedback = "You turn her fear about money into a threat against her. She stops telling you what Brian says to her.",
          rationale = "Removal from the non-offending parent is a last resort after real efforts to partner with her and to intervene with him (point 2); a threat of removal makes her answerable for his conduct (point 14).",
          tags = { "survivor_partnership", "child_safety" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- CPS: preparing Thuy.
    scene {
      id = "cps_tell", phase = "petition",
      title = "The petition is filed",
      speaker = "Thuy Nguyen",
      text = function(s, role)
        local lines = { "The petition is filed. Brian's lawyer will have it tomorrow; the first appearance is Tuesday at 9:30." }
        if s.consult == "threeway" then
          lines[#lines + 1] = "Thuy heard the outline on the three-way call, but she has not seen the filed version."
        else
          lines[#lines + 1] = "Thuy has not seen any of it."
        end
        if s.promised_confidential then
          lines[#lines + 1] = "She still believes the petition is a confidential paper."
        end
        lines[#lines + 1] = "At intake she told you Brian used to read her email, and she isn't sure he can't still. Her new phone number is in your file."
        lines[#lines + 1] = "Renee has said she is free on Monday afternoon if Thuy wants company for whatever comes next."
        return table.concat(lines, "\n\n")
      end,
      discussion = "How does a survivor in your caseload usually first hear what a petition says about her? Who should she hear it from, and where? (points 12, 17)",
      reason = "What did Thuy need from you before Tuesday?",
      choices = {
        choice {
          id = "tell_email",
          text = "Email her the filed petition with the hearing time and a note on each part, so she has in writing what Brian's lawyer will have.",
          go = { { "cps_hearing_leak", when = leaked }, { "cps_hearing_respondent", when = mother_named },
                 { "cps_hearing_strong", when = strong }, { "cps_hearing_weak" } },
          rating = "concerning",
          feedback = "She reads it alone at work, on an account Brian may still be reading. The hard parts land without anyone beside her.",
          rationale = "She should know what the petition says because it will reach him (point 17), but how it reaches her is part of her safety (point 12).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "tell_nothing",
          text = "Give her only the date and time; reading the allegations before court will just upset her.",
          go = { { "cps_hearing_leak", when = leaked }, { "cps_hearing_respondent", when = mother_named },
                 { "cps_hearing_strong", when = strong }, { "cps_hearing_weak" } },
          rating = "concerning",
          feedback = "She will hear the petition for the first time from Brian's lawyer, in a courtroom, with Brian ten feet away.",
          rationale = "Everything in the petition will reach him (point 17); she needs to know it first. Protecting her from information is not trauma-informed.",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "tell_walkthrough",
          text = function(s, role)
            if s.promised_confidential then
              return "See her with Renee on Monday, correct what you said about confidentiality, and go through every line together."
            end
            return "See her with Renee on Monday, go through it together line by line, and say Brian's side has the same copy."
          end,
          set = { thuy_prepared = true },
          go = { { "cps_hearing_leak", when = leaked }, { "cps_hearing_respondent", when = mother_named },
                 { "cps_hearing_strong", when = strong }, { "cps_hearing_weak" } },
          rating = "recommended",
          feedback = "She walks into court knowing every word Brian's lawyer will quote, with a plan for arriving, waiting and leaving that appears in no paper.",
          rationale = "Petitions reach the perpetrator, so the survivor should know their contents; her court-day safety plan stays out of the record (points 12, 17).",
          tags = { "survivor_partnership", "collaboration", "trauma_informed" },
        },
        choice {
          id = "tell_reassure",
          text = "Tell her the case is about Brian, so she has nothing to worry about on Tuesday.",
          go = { { "cps_hearing_leak", when = leaked }, { "cps_hearing_respondent", when = mother_named },
                 { "cps_hearing_strong", when = strong }, { "cps_hearing_weak" } },
          rating = "acceptable",
          feedback = "Kind, and true about who the respondent is meant to be, but his lawyer will still go after her, and she walks in unprepared for that.",
          rationale = "The survivor should know what the petition says and what his counsel will make of it (points 15, 17).",
          tags = { "survivor_partnership" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- CPS: the hearing, four ways.
    scene {
      id = "cps_hearing_strong", phase = "hearing",
      title = "Tuesday in family court",
      speaker = "Judge Ostrander",
      text = function(s, role)
        local seat
        if s.thuy_prepared then
          seat = "Thuy sits behind the agency's table with Renee. She knows what the petition says; she came in by the side door the court officers showed her."
        else
          seat = "Thuy sits behind the agency's table, reading a copy of the petition for the first time. Her hands are not steady."
        end
        return "Tuesday, Pinecrest County Family Court. Brian sits beside his lawyer, Mr. Keel. " .. seat .. "\n\nMr. Keel argues that exposure to an argument is not neglect in this state, that Brian has never laid a hand on the children, and that the mother 'is using this court to win custody'.\n\nJudge Ostrander turns to the agency. 'What has this father done that puts these children at risk, and what do you want me to order today?' Ruth Ambler nods to you to take the facts."
      end,
      discussion = "Mr. Keel says the agency has taken sides in a custody fight. How would each of your systems answer him? What does engaging Brian as a father, while holding him accountable, look like here? (points 16, 22, 23)",
      reason = "Why did you answer the judge this way?",
      choices = {
        choice {
          id = "hs_safe_now",
          text = "Reassure the judge the children are safe now at Thuy's cousin's home in Wrenfield, well away from him.",
          set = { leaked = true, said_in_court = true }, go = "cps_end_location_leaked",
          rating = "harmful",
          feedback = "You said it in open court, in front of Brian. A petition can be kept clean and still be undone by one sentence of testimony.",
          rationale = "The survivor's location never comes up in front of the perpetrator (point 12); the courtroom is the place he is sure to hear it (point 17).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "hs_specifics",
          text = "Give the judge what Brian did on March 3 and told Lily on the 8th, how both children have changed since, and the orders asked for.",
          go = { { "cps_end_accountable",
                   when = function(s) return s.thuy_prepared and not s.promised_confidential and s.money == "help" end },
                 { "cps_end_saturdays", when = saturdays }, { "cps_end_partial" } },
          rating = "recommended",
          feedback = "You answer 'exposure' with his acts and their effects on two named children, and ask for orders aimed at him.",
          rationale = "Specific behaviors linked to the child (point 13) meet the standard where exposure alone would not (point 1); relief aimed at the perpetrator (point 16).",
          tags = { "perpetrator_accountability", "child_safety", "documentation" },
        },
        choice {
          id = "hs_exposure",
          text = "Say that seeing violence between parents harms any child, and these children saw it.",
          go = { { "cps_end_saturdays", when = saturdays }, { "cps_end_partial" } },
          rating = "concerning",
          feedback = "That is the argument Mr. Keel just told the judge is not enough, and in this state he is right. The petition's specifics go unused.",
          rationale = "Exposure alone is not neglect in this jurisdiction (point 1); the case rests on his behaviors and their link to each child (points 4, 13). Not every child is affected the same way (point 23).",
          tags = { "child_safety", "documentation" },
        },
        choice {
          id = "hs_compromise",
          text = "Offer unsupervised daytime visits as a sign the agency is fair to fathers, if the judge grants the order of protection and Brian starts the program.",
          go = { { "cps_end_saturdays", when = saturdays }, { "cps_end_partial" } },
          rating = "concerning",
          feedback = "Fairness to Brian as a father runs through supervised contact and batterer intervention, not through giving back the unsupervised time he used to frighten Lily.",
          rationale = "Relief aimed at the perpetrator includes supervised visitation (point 16); engaging fathers is combined with accountability (points 10, 23).",
          tags = { "perpetrator_accountability", "child_safety" },
        },
      },
    },

    scene {
      id = "cps_hearing_weak", phase = "hearing",
      title = "Tuesday in family court",
      speaker = "Judge Ostrander",
      text = function(s, role)
        local lines = { "Tuesday, Pinecrest County Family Court. Brian sits beside his lawyer, Mr. Keel; Thuy sits behind the agency's table." }
        if s.revised or s.softened then
          lines[#lines + 1] = "Your late changes took out the worst of the draft, but it was rewritten in a hurry, and it shows."
        end
        local gaps = {}
        if s.father_score < 8 then
          gaps[#gaps + 1] = "the allegations read like a fight between two adults, or leave out what it did to the children"
        end
        if s.mother_score >= MOTHER_BASE and s.mother_score < MOTHER_FULL then
          gaps[#gaps + 1] = "the petition says little about what Thuy did to protect them"
        end
        if s.relief_score >= RELIEF_BASE and s.relief_score < RELIEF_FULL then
          gaps[#gaps + 1] = "the relief asks for less than the risk calls for"
        end
        if #gaps > 0 then
          lines[#lines + 1] = "Mr. Keel has found the soft spots: " .. table.concat(gaps, "; ") .. ". He reads your own sentences back to the judge."
        end
        lines[#lines + 1] = "Judge Ostrander looks at you. 'Is the agency alleging anything against the mother? And what exactly is the father supposed to have done to these children?'"
        return table.concat(lines, "\n\n")
      end,
      discussion = "What you say from the witness stand can repair a thin petition, or deepen the damage. What has the court already heard from the papers, and what can testimony still change? (points 13, 14, 15)",
      reason = "What did you want the judge to hear?",
      choices = {
        choice {
          id = "hw_both",
          text = "Say both parents could benefit from services while the court sorts out the facts, so the case keeps moving and nobody is cast as the villain.",
          go = "cps_end_both_services",
          rating = "concerning",
          feedback = "It answers the judge's question the way Mr. Keel wanted: as if the violence were shared and the cure were classes for two.",
          rationale = "Avoid mutual framings and keep relief aimed at the perpetrator (points 14, 16); services for the survivor are not a substitute for his accountability (point 3).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "hw_clarify",
          text = "Say the agency alleges nothing against the mother, then tell what she did for the children and what Brian did to them, and ask to exclude him.",
          go = { { "cps_end_saturdays", when = saturdays }, { "cps_end_partial" } },
          rating = "recommended",
          feedback = "You repair in testimony what the petition should have said. It helps, but the written record is what everyone will quote later.",
          rationale = "Attribute harm to his specific behaviors (point 13), describe her protective efforts (point 14), and name him alone as respondent (point 15).",
          tags = { "perpetrator_accountability", "documentation", "survivor_partnership" },
        },
        choice {
          id = "hw_defer",
          text = "Defer to the agency attorney and let the petition speak for itself; the judge asked the agency, and Ruth speaks for it.",
          go = "cps_end_both_services",
          rating = "concerning",
          feedback = "It does speak for itself, and Mr. Keel has just read out the parts that help him.",
          rationale = "The caseworker is the witness to his specific acts and her protective efforts (points 13, 14).",
          tags = { "documentation" },
        },
        choice {
          id = "hw_safe_now",
          text = "Reassure the judge the children are safe now at Thuy's cousin's home in Wrenfield, well away from him.",
          set = { leaked = true, said_in_court = true }, go = "cps_end_location_leaked",
          rating = "harmful",
          feedback = "You said it in open court, in front of Brian. The location he could not find is now his.",
          rationale = "The survivor's location never comes up in front of the perpetrator (points 12, 17).",
          tags = { "confidentiality", "child_safety" },
        },
      },
    },

    scene {
      id = "cps_hearing_respondent", phase = "hearing",
      title = "Thuy as a respondent",
      speaker = "Judge Ostrander",
      text = "Tuesday, Pinecrest County Family Court. Thuy was served on Friday as a respondent. She met her assigned lawyer twenty minutes ago, in the hallway, twenty feet from Brian.\n\nMr. Keel is brief. He reads the petition's own sentences about Thuy aloud and says the agency itself agrees the mother is part of the problem. Brian, he adds, is willing to take any class the court likes.\n\nThuy's lawyer asks for the allegations against her client to be dismissed. Judge Ostrander turns to the agency table. 'Does the agency stand by what it wrote about the mother?' Ruth Ambler looks at you; it was your draft.",
      discussion = "How did a line about school days or 'letting him back' end up carrying the case against Thuy? 'Failure to protect' allegations do not fall evenly across communities: whose families in your caseload are most often written up this way? (points 15, 22)",
      reason = "What did you want the court to do with what you wrote?",
      choices = {
        choice {
          id = "hr_services_both",
          text = "Suggest the case resolve with both parents in services and no findings against the mother or the father.",
          go = "cps_end_thuy_respondent",
          rating = "concerning",
          feedback = "It sounds even-handed, but it puts Thuy under a court order for violence she did not commit, and lets Brian off with classes.",
          rationale = "Relief should be aimed at the perpetrator (point 16); the mother should be a non-respondent, not a co-party to his violence (points 14, 15).",
          tags = { "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "hr_stand_by",
          text = "Stand by the agency's petition: she let him back into the home after the last order expired, and the children were there when he came back.",
          go = "cps_end_thuy_respondent",
          rating = "harmful",
          feedback = "You are now arguing Brian's case for him. Survivors often return for reasons of safety and survival; blaming her for it tells every mother in her position not to call.",
          rationale = "Avoid 'failure to protect' framings (point 14); consider naming the perpetrator alone (point 15); removal or findings against the protective parent are a last resort (point 2).",
          tags = { "survivor_partnership", "perpetrator_accountability" },
        },
        choice {
          id = "hr_withdraw",
          text = "Ask Ruth to withdraw the allegations against Thuy on the record and to state what Thuy did to protect the children.",
          go = "cps_end_withdrawn",
          rating = "recommended",
          feedback = "The allegations against her come off today. The words stay in the file, and Mr. Keel has already written them down.",
          rationale = "Name the perpetrator alone as respondent (point 15) and describe her protective efforts (point 14); correcting the record is the next-best thing to getting it right.",
          tags = { "survivor_partnership", "documentation" },
        },
      },
    },

    scene {
      id = "cps_hearing_leak", phase = "hearing",
      title = "What Brian learned",
      speaker = "Thuy Nguyen",
      text = function(s, role)
        local how
        if s.leaked then
          how = "The petition named her cousin."
        elseif s.mother_score == 1 then
          how = "The section about Thuy gave the street, the school and the pickup time."
        elseif s.relief_score == 0 then
          how = "The stay-away order you asked for named the street and the school."
        elseif s.mother_score == 2 then
          how = "The section about Thuy named the advocate's office she visits every week; on Friday he waited outside it, and followed her cousin's car home."
        else
          how = "A sentence you wrote yourself said enough for him to work out where she and the children were."
        end
        return "Saturday, 7:50 am. Brian's lawyer received the petition yesterday. " .. how .. "\n\nThuy calls you, whispering. This morning her cousin saw Brian's car parked across the street from the house. He didn't get out. He left after ten minutes. Lily saw the car from the window and has not stopped crying.\n\nThuy asks what she is supposed to do now, and whether the papers will tell him wherever she goes next."
      end,
      discussion = "When the agency's own paper puts a family in danger, what does owning that look like with the survivor, and with the advocate? (points 3, 5, 12, 17)",
      reason = "What does Thuy need first?",
      choices = {
        choice {
          id = "hl_minimize",
          text = "Tell her he only parked and drove off, that nothing happened, and that the judge will hear about it on Tuesday when the order is argued.",
          go = "cps_end_location_leaked",
          rating = "concerning",
          feedback = "A man under a pending petition who finds the children's new address within a day is telling her something. She hears that you don't see it.",
          rationale = "Stalking and recent separation are lethality cues (point 5); the harm came from the petition (point 17).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "hl_emergency",
          text = "Tell her the address came from the petition; get Renee started on an emergency plan, ask police for a check, and ask Ruth to redact.",
          go = "cps_end_location_leaked",
          rating = "recommended",
          feedback = "You own the mistake, and you move on every front at once. None of it undoes what Brian now knows.",
          rationale = "Location is identifying information (points 12, 17); reasonable efforts include shelter and protective orders (point 3); stalking after separation is a lethality cue (point 5).",
          tags = { "child_safety", "risk_assessment", "collaboration" },
        },
        choice {
          id = "hl_her_fault",
          text = "Tell her she should have warned you the cousin's address wasn't safe to use, so that it doesn't happen again.",
          go = "cps_end_location_leaked",
          rating = "harmful",
          feedback = "She trusted the agency to know what goes in court papers. Moving the blame to her ends that trust.",
          rationale = "Keeping her location out of the petition is the agency's duty (point 17); blaming framings drive survivors away (point 14).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- DV: the draft arrives.
    scene {
      id = "dv_draft", phase = "petition",
      title = "The caseworker's draft",
      speaker = "Jordan Pell, CPS caseworker",
      text = function(s, role)
        local lines = {
          "Tuesday, 6:10 pm. Jordan Pell, the caseworker, emails the draft petition with a note: 'Be honest. It goes to our attorney Thursday.'",
          "You read it twice. It names both parents as respondents. It says the parents 'engaged in domestic violence' and that the mother 'allowed the children to witness it'. It gives the street address of the house where Thuy and the children are staying. It asks for anger management for Brian and parenting classes for Thuy. Nothing in it says what Thuy has done to keep Lily and Ethan safe.",
        }
        if s.release_scope == "broad" then
          lines[#lines + 1] = "Jordan's note adds: 'Your release covers everything, so add whatever you know.'"
        elseif s.release_scope == "pressured" then
          lines[#lines + 1] = "Jordan mentions that Thuy told him she signed the release 'because Renee said I had to'."
        end
        return table.concat(lines, "\n\n")
      end,
      discussion = "A caseworker asked you to 'be honest'. How do you give hard notes on another agency's writing so that they are used? What has worked between your two offices? (points 14, 22)",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "draft_forward",
          text = "Forward the draft to Thuy tonight so she knows what CPS is saying about her.",
          set = { dv_first = "forward" }, go = "dv_comments",
          rating = "concerning",
          feedback = "She will read 'allowed the children to witness it' alone at midnight, on a phone Brian once smashed. A draft can still change; read it with her, not at her.",
          rationale = "She should know what the petition says (point 17), but timing, support and a safe channel matter (point 12); a draft is the moment to change it (point 14).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "draft_call",
          text = "Phone Jordan first thing, say you've gone over it closely, and suggest the two of you go through it before Ruth does.",
          set = { dv_first = "call" }, go = "dv_comments",
          rating = "recommended",
          feedback = "A conversation lets you explain why each change matters, and gives Jordan a way to take your notes without losing face.",
          rationale = "Joint case consultation is how collaboration works, and advocate review lowers blaming language (point 14); good dialogue names hard topics openly (point 22).",
          tags = { "collaboration", "documentation" },
        },
        choice {
          id = "draft_escalate",
          text = "Email the CPS supervisor that this draft blames a victim in nearly every paragraph, and copy your program director so there's a record.",
          set = { dv_first = "escalate" }, go = "dv_comments",
          rating = "concerning",
          feedback = "The language is a real problem, but Jordan asked for your read. Going over his head first makes him defend the draft instead of fixing it.",
          rationale = "Cross-system dialogue names 'failure to protect' openly and builds on what works (point 22); escalation has its place after dialogue fails.",
          tags = { "collaboration" },
        },
        choice {
          id = "draft_tracked",
          text = "Send tracked changes tonight without a call; the edits speak for themselves.",
          set = { dv_first = "tracked" }, go = "dv_comments",
          rating = "acceptable",
          feedback = "Fast, and better than nothing. Without the reasons, some edits will look like preferences and be rejected.",
          rationale = "Advocate review lowers blaming language (point 14); explaining why builds shared definitions (point 23).",
          tags = { "collaboration", "documentation" },
        },
      },
    },

    scene {
      id = "dv_no_release", phase = "information sharing",
      title = "A call from Jordan",
      speaker = "Jordan Pell, CPS caseworker",
      text = "Tuesday, 5:30 pm. Jordan Pell, the CPS caseworker, calls. 'Renee, I'm drafting a petition for the Caldwell children. The mother says she works with your program. Can you look it over before Thursday? I'd rather hear it from you now than from a judge later.'\n\nOn Monday you told Thuy that advocates stay out of CPS paperwork. She signed nothing and has not called since. Jordan sounds tired and sincere; he has the draft open and says it goes to the agency attorney on Thursday.",
      discussion = "Without a release, what can an advocate in your program say to a caseworker who calls about a family? What do you say when you can say nothing? (points 18, 19, 21)",
      reason = "What did you weigh before answering Jordan?",
      choices = {
        choice {
          id = "nr_general",
          text = "Say you can't talk about any particular family, but you'll read the draft for how it describes domestic violence in general.",
          set = { dv_first = "general" }, go = "dv_comments",
          rating = "acceptable",
          feedback = "General comments on wording are allowed without a release, and they can still change the draft. Thuy, though, still doesn't know she had a say.",
          rationale = "Without a release an advocate can share general dynamics (point 21) and disclose nothing identifying (point 18).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "nr_confirm",
          text = "Tell him yes, she's a client, and go through the draft with him tonight so the worst of it is gone before the attorney sees it.",
          set = { dv_first = "general", shared_without_release = true }, go = "dv_comments",
          rating = "harmful",
          feedback = "Without her release, even confirming she is your client breaks her confidentiality, and what you fill in is now in the CPS file.",
          rationale = "No personally identifying information without an informed, written, time-limited release (point 18); co-location changes nothing (point 19).",
          tags = { "confidentiality" },
        },
        choice {
          id = "nr_hang_up",
          text = "Tell him that without a signed release you can't discuss anything about any family, and keep the call short.",
          set = { dv_first = "declined" }, go = "dv_comments",
          rating = "concerning",
          feedback = "Confidentiality is kept, but 'can't discuss anything' is more than the rules require. Jordan emails the draft anyway, asking for general comments.",
          rationale = "Flat refusal is rated concerning across the library: without a release the advocate can still offer general information and a three-way meeting (point 21).",
          tags = { "collaboration", "confidentiality" },
        },
        choice {
          id = "nr_ask_thuy",
          text = "Say you can't tell him who you do or don't work with; then phone Thuy tonight and ask if she has changed her mind about you being involved.",
          set = { dv_first = "call", release_signed = true, release_scope = "limited" }, go = "dv_comments",
          rating = "recommended",
          feedback = "You keep her confidence and give the choice back to her. She signs a thirty-day release for the petition the next morning.",
          rationale = "Releases are informed, written, time-limited and never a condition (point 18); the survivor decides what is shared (point 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- DV: notes on the draft.
    scene {
      id = "dv_comments", phase = "petition",
      title = "Notes for Jordan",
      text = function(s, role)
        local lines = {}
        if s.dv_first == "call" then
          lines[#lines + 1] = "Wednesday, 9 am. Jordan has a pen ready and half an hour."
        elseif s.dv_first == "forward" then
          lines[#lines + 1] = "Wednesday, 9 am. Thuy texted you at midnight: 'They're saying I let the kids see it?' You write your notes for Jordan."
        elseif s.dv_first == "escalate" then
          lines[#lines + 1] = "Wednesday, 9 am. Jordan's supervisor has forwarded your email to him. His reply is two words: 'Noted. Comments?'"
        else
          lines[#lines + 1] = "Wednesday, 9 am. You open the draft to write your notes for Jordan."
        end
        lines[#lines + 1] = "The draft, in short: both parents named as respondents; 'the parents engaged in domestic violence'; 'the mother allowed the children to witness it'; the street address where Thuy and the children are staying; anger management for Brian; classes for Thuy; nothing about what Thuy did to protect the children."
        if not s.release_signed then
          lines[#lines + 1] = "You have no release, so your notes can speak only to general practice and to the words on the page."
        end
        lines[#lines + 1] = "Whatever you send becomes part of the CPS case file, which the parties' lawyers can reach."
        return table.concat(lines, "\n\n")
      end,
      reveal = { "strangulation" },
      discussion = "Your notes will sit in the CPS file, where the parties' lawyers can reach them. What belongs in them, and what would you only ever say in the room? (points 13, 14, 15, 16, 17)",
      reason = "Which note did you think hardest about leaving in or out?",
      compose = {
        prompt = "Choose and order the notes you will give Jordan, up to six. You may add one of your own.",
        clauses = {
          clause { id = "c_hostile",
                   text = "This draft shows the agency's bias against battered mothers; it should be thrown out and started over." },
          clause { id = "c_respondent",
                   text = "Name Brian alone as respondent and Thuy as a non-respondent parent. Nothing in your facts says she did anything to harm Lily or Ethan." },
          clause { id = "c_shelter",
                   text = "For the court's peace of mind, note that Thuy has a bed at our shelter if she needs it and a safety plan with her employer." },
          clause { id = "c_location",
                   text = "Take out the street address and the town. Brian's lawyer will get this; the court can have the address through its confidential procedure." },
          clause { id = "c_blame",
                   text = "Rewrite the lines that make the violence sound shared, and the line that blames Thuy for what the children saw, so they say what Brian did: took and smashed her phone, blocked the door, told Lily her mother would go to jail." },
          clause { id = "c_strangle",
                   text = "Add that Thuy told me Brian put his arm across her throat last year. The court should know how dangerous he is." },
          clause { id = "c_protect",
                   text = "Add what Thuy has done to protect Lily and Ethan: she reported to police, stopped his unsupervised weekends, moved them somewhere safe and kept their routines." },
          clause { id = "c_coparent",
                   text = "To keep it balanced, suggest a co-parenting class for Brian and Thuy together." },
          clause { id = "c_relief",
                   text = "Aim the relief at Brian: an order excluding him from the children's home, supervised visits, and a batterer intervention program instead of anger management. Drop the classes for Thuy." },
          clause { id = "c_reconcile",
                   text = "Mention that Thuy would consider getting back together if Brian gets help, so the court knows she isn't trying to cut him out." },
        },
        min = 1, max = 6, own_text = true,
        score_var = "comment_score",
        rubric = comments_rubric,
        rationale = "An advocate's review should move harm onto the perpetrator's acts (point 13), describe her protective efforts and remove blaming framings (point 14), name him alone as respondent (point 15), aim relief at him (point 16), and keep location and safety plans out of a record his lawyer can reach (point 17). Nothing she told in confidence goes in without her consent (point 18).",
        tags = { "documentation", "confidentiality", "collaboration" },
      },
      go = "dv_danger",
    },

    -----------------------------------------------------------------------------------------
    -- DV: the danger question.
    scene {
      id = "dv_danger", phase = "information sharing",
      title = "Jordan asks about danger",
      speaker = "Jordan Pell, CPS caseworker",
      text = function(s, role)
        local lines = {}
        if s.dv_first == "escalate" then
          lines[#lines + 1] = "Wednesday, 11 am. Jordan calls, a little stiff after your email to his supervisor."
        else
          lines[#lines + 1] = "Wednesday, 11 am. Jordan calls to thank you for the notes."
        end
        lines[#lines + 1] = "Then: 'Before this goes to Ruth, is there anything about how dangerous he is that I should know? I've got the phone, the doorway, the old order, him waiting outside her work.'"
        if s.release_scope == "broad" then
          lines[#lines + 1] = "'And your release covers everything, right?'"
        elseif not s.release_signed then
          lines[#lines + 1] = "You still have no release from Thuy."
        end
        lines[#lines + 1] = "Thuy has not decided whether to tell CPS what she told you, and she has said she fears it on paper."
        return table.concat(lines, "\n\n")
      end,
      reveal = { "strangulation" },
      discussion = "Strangulation is one of the strongest warning signs of lethal violence. Does that change who should decide whether the agency hears about it? What would each of your systems do with it? (points 5, 18, 20, 21)",
      reason = "What did you weigh in answering Jordan?",
      choices = {
        choice {
          id = "danger_nothing",
          text = "Tell Jordan there's nothing more you know of.",
          go = "dv_after",
          rating = "concerning",
          feedback = "It keeps her secret but it isn't true, and when it surfaces Jordan will not trust your word again. 'I can't share that' is honest and enough.",
          rationale = "Without a release the advocate shares nothing identifying (point 18) but can be honest about the limit and offer a three-way meeting (point 21).",
          tags = { "confidentiality", "collaboration" },
        },
        choice {
          id = "danger_threeway",
          text = function(s, role)
            if not s.release_signed then
              return "Without confirming anything, go over the warning signs that matter, and say a mother in that spot could call him with an advocate beside her."
            end
            return "Say you can pass on only what Thuy agrees to, go over the warning signs that matter, and suggest he ask her directly with you there."
          end,
          go = "threeway",
          rating = "recommended",
          feedback = "Jordan gets real general knowledge now and a route to the specifics that runs through Thuy's own decision.",
          rationale = "Without a release an advocate can share general dynamics and offer a three-way meeting so the survivor speaks for herself (point 21); lethality cues matter to both systems (point 5).",
          tags = { "confidentiality", "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "danger_share",
          text = "Tell Jordan about last year; a danger that serious outweighs the limits of the release, and the court can't weigh what it never hears.",
          set = { shared_without_release = true }, go = "dv_after",
          rating = "harmful",
          feedback = "This isn't a child-abuse report or a court order, and Thuy had not decided. What she told you in confidence is now in the CPS file, and may be in a paper Brian reads.",
          rationale = "No sharing beyond an informed, written release (point 18); the exceptions are mandated child-abuse reports and court orders (point 20); petitions reach the perpetrator (point 17).",
          tags = { "confidentiality" },
        },
        choice {
          id = "danger_general",
          text = "Give Jordan a list of general warning signs to ask about, without saying anything about Thuy.",
          go = "dv_after",
          rating = "acceptable",
          feedback = "Within the rules and useful. But you leave it to chance whether Thuy ever gets to decide about telling him.",
          rationale = "General dynamics may be shared without a release (point 21); the three-way offer is the missing step.",
          tags = { "confidentiality", "risk_assessment" },
        },
      },
    },

    scene {
      id = "dv_after", phase = "information sharing",
      title = "Wednesday evening with Thuy",
      speaker = "Thuy Nguyen",
      text = function(s, role)
        if s.shared_without_release then
          return "Wednesday evening. Thuy calls to ask how the petition is going. She sounds steadier than on Monday; Lily slept through the night. Ethan asked at breakfast whether Daddy is coming on Saturday, and she told him not this Saturday.\n\nShe does not know that Jordan now knows about last year, or that he heard it from you.\n\nShe asks whether anything she told you will be in the papers."
        end
        return "Wednesday evening. Thuy calls to ask how the petition is going. She sounds steadier than on Monday; Lily slept through the night. Ethan asked at breakfast whether Daddy is coming on Saturday, and she told him not this Saturday.\n\nJordan's question about danger is still on your mind. Thuy does not know he asked it.\n\nShe asks whether there is anything she should be doing before Tuesday."
      end,
      discussion = "What does a survivor need to know before she decides whether the agency hears something from her? Who tells her, and when? (points 17, 18, 21)",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "after_hide", when = function(s) return s.shared_without_release end,
          text = "Tell her not to worry about the papers; it's the agency's document, and you'll ask Jordan to keep her words out of it.",
          go = "dv_address",
          rating = "harmful",
          feedback = "She asked you directly. If she learns it from Brian's lawyer, she will lose her trust in you and in every advocate after you.",
          rationale = "Confidentiality breaches must be faced honestly with the survivor (point 18); she needs to know what the petition may say because he will read it (point 17).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "after_confess", when = function(s) return s.shared_without_release end,
          text = "Tell her exactly what you told Jordan, say you were wrong to share it, and ask what should happen now.",
          set = { confessed = true }, go = "dv_address",
          rating = "recommended",
          feedback = "It is the hardest call of the week, and the only honest one. She is angry, and she stays on the line.",
          rationale = "A breach of confidentiality must be disclosed to the survivor so she can plan for it (points 17, 18).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "after_offer", when = function(s) return not s.shared_without_release end,
          text = "Tell her Jordan asked about danger, that the petition goes to Brian too, and that she could call Jordan with you beside her.",
          set = { thuy_voice = true, thuy_told_cps = true }, go = "dv_address",
          rating = "recommended",
          feedback = "Thuy decides to call Jordan herself on Thursday, with you beside her. What he hears, he hears from her.",
          rationale = "The survivor speaks for herself in a three-way meeting (point 21), knowing the petition reaches him (point 17).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "after_leave", when = function(s) return not s.shared_without_release end,
          text = "Leave it for now: the danger question is Jordan's job, she has enough to carry this week, and you can ask her about it after Tuesday.",
          go = "dv_address",
          rating = "concerning",
          feedback = "Protecting her from a decision is still making it for her. She never learns that she could have been heard.",
          rationale = "Advocacy is survivor-directed; a three-way meeting lets her decide (point 21).",
          tags = { "survivor_partnership" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- DV: the address.
    scene {
      id = "dv_address", phase = "petition",
      title = "The address question",
      speaker = "Jordan Pell, CPS caseworker",
      text = function(s, role)
        local t = "Thursday, 10 am. Jordan calls back. 'Ruth says a stay-away order has to tell him where not to go. If we take the address out, how does the order work? And the form has a box for where the children live.'"
        if s.comment_score == 1 then
          t = t .. "\n\nHe adds that he has kept your note about the shelter and her employer in the file, 'in case the judge asks'."
        end
        if not s.release_signed then
          t = t .. "\n\nHe puts it as a general question, since you still have no release."
        end
        return t .. "\n\nRuth has a point: an order nobody can enforce protects no one. The petition goes to the court on Friday, and Brian's lawyer gets a copy the same day."
      end,
      discussion = "An order has to work on the ground, and the address must stay out of his copy. How do your courts square those two? Who in your system knows the procedure? (points 12, 16, 17)",
      reason = "How did you decide what the court and Brian should each know?",
      choices = {
        choice {
          id = "addr_town",
          text = "Agree to keep just the town, Wrenfield, in the order: it's a big place, the police need to know where it applies, and the street address comes out.",
          set = { addr = "town" }, go = "dv_backdoor",
          rating = "concerning",
          feedback = "Brian knows Thuy's cousin lives in Wrenfield. The town is the clue he needs.",
          rationale = "Location is identifying information, including details from which it can be worked out (points 12, 17).",
          tags = { "confidentiality", "child_safety" },
        },
        choice {
          id = "addr_their_call",
          text = "Tell him it's the agency's petition and Ruth's decision; you can give a view, but the drafting is theirs.",
          set = { addr = "street" }, go = "dv_backdoor",
          rating = "concerning",
          feedback = "It is their document, but they asked you because you know how orders work for survivors. Stepping back leaves the address where it is.",
          rationale = "Advocates can share general information on how protective orders are drafted (point 21); the survivor's location stays out of the petition (point 17).",
          tags = { "collaboration", "confidentiality" },
        },
        choice {
          id = "addr_confidential",
          text = "Explain that the order can name places by kind rather than by street, with the exact places lodged privately with the court.",
          set = { location_held = true }, go = "dv_backdoor",
          rating = "recommended",
          feedback = "The order works on the ground and the map stays out of Brian's hands. Jordan takes it to Ruth, who agrees.",
          rationale = "Keep the survivor's location out of papers the perpetrator's counsel reads (points 12, 17), while still asking for an order that excludes him (point 16).",
          tags = { "confidentiality", "perpetrator_accountability" },
        },
        choice {
          id = "addr_shelter",
          text = "Suggest listing the shelter's address instead; it has cameras and staff, and his lawyer can't do anything with it.",
          set = { addr = "shelter" }, go = "dv_backdoor",
          rating = "harmful",
          feedback = "Thuy isn't at the shelter, and a shelter's address protects every family in it. Putting it in a court paper exposes them all.",
          rationale = "Shelter locations and advocate details are identifying information that never goes before the perpetrator (point 12).",
          tags = { "confidentiality" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- DV: the back door.
    scene {
      id = "dv_backdoor", phase = "petition",
      title = "One more count",
      speaker = "Jordan Pell, CPS caseworker",
      text = function(s, role)
        local t
        if s.comment_score >= 8 then
          t = "Friday morning. Jordan has rewritten most of the draft from your notes: Brian is the only respondent now, and the relief is aimed at him.\n\nBut Ruth wants one more count: 'educational neglect' against Thuy for the four school days Lily missed during the move. 'It keeps her engaged with services,' Ruth has said, 'and gives the court a hold on both parents.'"
        else
          t = "Friday morning. Jordan says Ruth is keeping Thuy as a respondent 'so the court can order her to keep the kids away from him', and wants to add 'educational neglect' for the four school days Lily missed during the move."
        end
        return t .. "\n\nLily missed those days because Thuy was moving the children somewhere Brian could not find them. The petition is filed at two."
      end,
      discussion = "An allegation can be true on its face and still bring the violence in against the mother by the back door. How would you explain the difference to an agency attorney? (points 15, 22)",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "bd_formality",
          text = "Let it go; being named is a formality, and her lawyer can get it dismissed later.",
          go = "dv_money",
          rating = "concerning",
          feedback = "For Thuy it is not a formality: a lawyer, hearings, a possible finding, and Brian's lawyer quoting the agency against her.",
          rationale = "Naming the survivor as respondent, or adding back-door allegations, shifts the case onto her (point 15).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "bd_explain",
          text = "Tell Jordan it's the violence coming in by the back door: Lily missed school because Thuy was hiding them from Brian, and the orders can bind him alone.",
          set = { mother_protected = true }, go = "dv_money",
          rating = "recommended",
          feedback = "Jordan takes your words to Ruth almost verbatim. The count comes out, and Thuy stays a non-respondent parent.",
          rationale = "Consider naming the perpetrator alone and watch for other allegations used to bring the violence in by the back door (point 15); her protective efforts explain the absences (point 14).",
          tags = { "survivor_partnership", "collaboration", "documentation" },
        },
        choice {
          id = "bd_stop_talking",
          text = "Tell Thuy that CPS is coming after her and she should stop talking to the caseworker.",
          set = { thuy_withdrew = true }, go = "dv_money",
          rating = "concerning",
          feedback = "She stops answering Jordan, and Ruth reads her silence as the lack of cooperation the count was meant to address.",
          rationale = "Good dialogue names the hard topics openly with the other system (point 22); cutting contact leaves the allegation standing (point 15).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "bd_lawyer",
          text = "Tell Thuy about the count today and connect her with a family-court lawyer who can fight it properly; the legal argument over the petition belongs with lawyers.",
          set = { legal_help = true }, go = "dv_money",
          rating = "acceptable",
          feedback = "She will have a lawyer on her side, which matters. But one conversation with Jordan now might have kept the count out of the petition at all.",
          rationale = "Connecting her to counsel is sound; the back-door allegation could have been raised with the agency first (point 15).",
          tags = { "survivor_partnership" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- DV: Brian's money and Thuy's lease (poverty and housing; a separation that is right).
    scene {
      id = "dv_money", phase = "petition",
      title = "Brian's $900 a month",
      speaker = "Thuy Nguyen",
      text = function(s, role)
        local lines = {
          "Friday, 12:30 pm. Thuy comes to your office on her lunch break. Brian has texted her: if the agency asks for supervised visits, the $900 a month he has been paying toward the children stops. There is no support order; it has always been his money, on his terms.",
          "She has the deposit and first month's rent due Monday on a two-bedroom apartment of her own, and her cousin's landlord wants them out by the end of the month. On her pay she can cover the rent or Ethan's daycare, not both.",
          s.thuy_withdrew
            and "Jordan left her a voicemail this morning, which she plays for you: the agency will ask the judge for supervised visits only, because of what Brian said to Lily on his last weekend. He would look into help with the deposit, he says, and can promise nothing."
            or "Jordan phoned her this morning. The agency will ask the judge for supervised visits only, he told her, because of what Brian said to Lily on his last weekend. He said he would look into help with the deposit, and could promise nothing.",
          "'He has never hurt the kids,' Thuy says. 'If Jordan drops the supervised part, Brian keeps paying and we get the apartment. You're on my side. Will you tell him that?'",
        }
        return table.concat(lines, "\n\n")
      end,
      discussion = "Advocacy is survivor-directed. Does that mean arguing for what Thuy asks here? Where do an advocate's mandate and the children's safety part ways, and what can the advocate do about the money? (points 2, 3, 4, 16, 22)",
      reason = "What did you owe Thuy when she asked you to take her side?",
      choices = {
        choice {
          id = "dvm_press",
          text = "Call Jordan and tell him Thuy wants the Saturdays kept, and that as her advocate you back her; she knows Brian's danger better than the agency does.",
          set = { dv_money = "press" }, go = "dv_prepare",
          rating = "concerning",
          feedback = "Jordan hears you out, says he will tell the judge exactly what Thuy wants, and keeps the request: the agency is asking because of Lily. Meanwhile the hour you had with Thuy for the rent is gone.",
          rationale = "Survivor-directed advocacy carries her voice, but here the separation protects the children from his pattern (point 4) and supervised contact is the relief aimed at him (point 16); his money threat is control to plan around, not a reason to drop it (point 3).",
          tags = { "child_safety", "collaboration" },
        },
        choice {
          id = "dvm_help",
          text = "Tell her you won't argue against supervision after what Lily heard, that she can tell the judge her view, and start on the rent gap with her today.",
          set = { dv_money = "help" }, go = "dv_prepare",
          rating = "recommended",
          feedback = "She is angry with you, and she stays. By five you have a support petition started, a call in to your program's relocation fund, and Jordan's deposit application confirmed.",
          rationale = "The supervised order protects Lily and Ethan (points 4, 16); Thuy keeps her voice in court; the housing help that keeps a protective parent out of his reach is part of reasonable efforts on both sides (point 3).",
          tags = { "survivor_partnership", "child_safety", "reasonable_efforts" },
        },
        choice {
          id = "dvm_exchange",
          text = "Plan safer Saturday exchanges with her, at a police station with a friend present, and offer that to Jordan as a middle way the agency and Brian could both accept.",
          set = { dv_money = "exchange" }, go = "dv_prepare",
          rating = "concerning",
          feedback = "A careful plan for the wrong problem. The danger to Lily was never the handover; it was what Brian says to her when they are alone. Jordan declines, politely.",
          rationale = "Safety planning is the advocate's craft, but the children's risk here lies in his conduct during unsupervised time (point 4); supervised visitation is the relief aimed at it (point 16).",
          tags = { "child_safety", "risk_assessment" },
        },
        choice {
          id = "dvm_shelter",
          text = "Hold a family room at the shelter for her in case the apartment falls through, and leave the question of visits to Jordan and the court.",
          set = { dv_money = "shelter" }, go = "dv_prepare",
          rating = "acceptable",
          feedback = "A real fallback, and you stayed out of the agency's lane. But she asked you a direct question and got a bed instead of an answer, and the rent gap is still open.",
          rationale = "Shelter is a reasonable effort (point 3); the honest answer about supervision, and help with the money, were the rest of it (points 2, 16).",
          tags = { "reasonable_efforts", "survivor_partnership" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- DV: preparing Thuy.
    scene {
      id = "dv_prepare", phase = "petition",
      title = "What the petition says",
      speaker = "Thuy Nguyen",
      text = function(s, role)
        local lines = { "The petition is filed Friday at two. That evening, after the children are asleep, Thuy calls you, keeping her voice low: 'What does it say? Will Brian see it?'" }
        if s.thuy_told_cps then
          lines[#lines + 1] = "'And is what Jordan heard about last year in there?'"
        end
        if s.shared_without_release and not s.confessed then
          lines[#lines + 1] = "She still does not know that Jordan heard about last year, or that he heard it from you."
        elseif s.confessed then
          lines[#lines + 1] = "Since you told her what you shared with Jordan, she has been short with you. She still calls."
        end
        if s.dv_first == "forward" then
          lines[#lines + 1] = "She has already read the first draft alone, at midnight, and it frightened her."
        end
        if s.thuy_withdrew then
          lines[#lines + 1] = "She has not spoken to Jordan since Friday morning."
        end
        lines[#lines + 1] = "The first appearance is Tuesday. She has taken the morning off and told no one at work why. Brian used to read her email, and she is not sure he can't still. You have Monday afternoon free."
        return table.concat(lines, "\n\n")
      end,
      discussion = "What does a survivor need before her first appearance? Which parts of a court-day plan belong on paper, and which never should? (points 12, 17)",
      reason = "What did Thuy need from you before Tuesday?",
      choices = {
        choice {
          id = "prep_text",
          text = "Text her a summary tonight so she isn't left waiting over the weekend.",
          go = "dv_hallway",
          rating = "concerning",
          feedback = "She reads it alone, in pieces, on a device Brian may be able to see. The hard parts need a voice beside her.",
          rationale = "She should know what the petition says (point 17), but how it reaches her is part of her safety (point 12).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "prep_walkthrough",
          text = "Meet her Monday, go through the filed petition together, tell her Brian's lawyer has the same copy, and plan the court day with her.",
          set = { thuy_prepared = true }, go = "dv_hallway",
          rating = "recommended",
          feedback = "She knows every word Brian's lawyer will quote, and she has a court-day plan that appears in no paper.",
          rationale = "Petitions reach the perpetrator, so she should know them first; the safety plan stays out of the record (points 12, 17).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
        choice {
          id = "prep_sealed",
          text = "Tell her not to worry: petitions are sealed, Brian will only hear what the judge says in court on Tuesday, and the judge won't let his lawyer read it out.",
          go = "dv_hallway",
          rating = "harmful",
          feedback = "It isn't true. She will find out in court, from Brian's lawyer, what Brian has read.",
          rationale = "Petitions are read by the perpetrator's counsel; anything in them may reach him (point 17).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "prep_kids",
          text = "Suggest she bring Lily and Ethan to court so the judge can see how close they are to her.",
          go = "dv_hallway",
          rating = "concerning",
          feedback = "It puts the children in a hallway with their father and his lawyer, and makes them part of the case against him.",
          rationale = "Brian has already used Lily against her mother (point 4); children's safety plans stay confidential and out of court (point 20).",
          tags = { "child_safety", "trauma_informed" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- DV: the courthouse.
    scene {
      id = "dv_hallway", phase = "hearing",
      title = "The courthouse corridor",
      speaker = "Mr. Keel, Brian's lawyer",
      text = function(s, role)
        local where
        if s.thuy_prepared then
          where = "Thuy arrived early, as planned, and is waiting in the room the court officers keep for people seeking protection."
        else
          where = "Thuy is on a bench in the main hallway, twenty feet from Brian."
        end
        return "Tuesday, Pinecrest County Family Court. The corridor is crowded; the court officers are at the far end, by the doors to Part 3. " .. where .. "\n\nBrian's lawyer, Mr. Keel, comes over with a friendly smile. He needs 'a current address for service,' he says, 'and are the kids still at the cousin's? My client only wants to know they're all right.'\n\nThuy looks at you."
      end,
      discussion = "The other side's lawyer approaches your client in the hallway. What do advocates in your program say, and who else in the courthouse can help? (points 12, 17)",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "hall_let_answer",
          text = "Stay quiet; Thuy is an adult and can decide what to say to him.",
          go = { { "dv_end_trust_broken", when = dv_breach }, { "dv_end_location_leaked", when = dv_leak },
                 { "dv_end_thuy_respondent", when = function(s) return not s.mother_protected and not s.legal_help end },
                 { "dv_end_legal_fight", when = function(s) return s.legal_help and not s.mother_protected end },
                 { "dv_end_no_apartment", when = dv_no_apartment }, { "dv_end_partial" } },
          rating = "concerning",
          feedback = "Respecting her choices includes telling her, in the moment, that she doesn't have to answer him. She looked to you for that.",
          rationale = "Survivor-directed advocacy means giving her the information to choose; her location never comes up in front of the perpetrator's side (point 12).",
          tags = { "survivor_partnership", "confidentiality" },
        },
        choice {
          id = "hall_program",
          text = "Give him your program's office address as a place to send her papers, so nothing needs to go to where she lives.",
          go = { { "dv_end_trust_broken", when = dv_breach }, { "dv_end_location_leaked", when = dv_leak },
                 { "dv_end_thuy_respondent", when = function(s) return not s.mother_protected and not s.legal_help end },
                 { "dv_end_legal_fight", when = function(s) return s.legal_help and not s.mother_protected end },
                 { "dv_end_no_apartment", when = dv_no_apartment }, { "dv_end_partial" } },
          rating = "concerning",
          feedback = "Now Brian's side knows where Thuy goes for help and on what days she might be there. The court has its own procedure for this.",
          rationale = "The advocate's details are identifying information that never comes up in front of the perpetrator (point 12).",
          tags = { "confidentiality" },
        },
        choice {
          id = "hall_step_in",
          text = "Tell him she has nothing to say without counsel and the court already has what it needs, then go with her to the officers' room.",
          set = { hall_ok = true },
          go = { { "dv_end_trust_broken", when = dv_breach }, { "dv_end_location_leaked", when = dv_leak },
                 { "dv_end_thuy_respondent", when = function(s) return not s.mother_protected and not s.legal_help end },
                 { "dv_end_legal_fight", when = function(s) return s.legal_help and not s.mother_protected end },
                 { "dv_end_accountable", when = dv_positive },
                 { "dv_end_no_apartment", when = dv_no_apartment }, { "dv_end_partial" } },
          rating = "recommended",
          feedback = "Calm, accurate and brief. Mr. Keel gets nothing, and Thuy sees that she did not have to give him anything.",
          rationale = "The survivor's location and the advocate's details never come up in front of the perpetrator or his side (point 12); the court holds the address (point 17).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "hall_confront",
          text = "Tell Mr. Keel, loud enough for the hallway to hear, that his client is an abuser who smashed her phone in front of the kids, and he should be ashamed.",
          go = { { "dv_end_trust_broken", when = dv_breach }, { "dv_end_location_leaked", when = dv_leak },
                 { "dv_end_thuy_respondent", when = function(s) return not s.mother_protected and not s.legal_help end },
                 { "dv_end_legal_fight", when = function(s) return s.legal_help and not s.mother_protected end },
                 { "dv_end_no_apartment", when = dv_no_apartment }, { "dv_end_partial" } },
          rating = "concerning",
          feedback = "It feels like standing up for her, but it makes a scene Brian can use and puts Thuy at the center of it.",
          rationale = "Advocacy in court keeps the survivor safe and out of view of the perpetrator's side (point 12); accountability runs through the court's orders (point 16).",
          tags = { "survivor_partnership", "trauma_informed" },
        },
      },
    },

    -----------------------------------------------------------------------------------------
    -- Endings: CPS.
    ending {
      id = "cps_end_accountable", title = "A petition that holds him to account", classification = "positive",
      text = "Judge Ostrander issues a temporary order of protection excluding Brian from the children's home and barring contact with Thuy, sends his time with Lily and Ethan to a supervised visitation program, and orders him into a batterer intervention program, with a compliance date in six weeks. Thuy is named in the order as the protective parent, not as a respondent. Her address appears nowhere in Brian's copy.\n\nBrian's payments stop the day he is served, as he said they would. The agency's fund paid the deposit, the support hearing is a month away, and Thuy moves into her own apartment with two mattresses and a borrowed table. Money is tight.\n\nThree weeks later, Lily's teacher writes that she has stopped asking whether her mother is going to jail. Whether Brian shows up for his first batterer intervention session is anyone's guess. Renee tells you Thuy read the petition twice and said it was the first official paper that described what she had done for her children.",
    },
    ending {
      id = "cps_end_partial", title = "An order, on a thinner record", classification = "mixed",
      text = function(s, role)
        local lines = { "Judge Ostrander grants a temporary order of protection excluding Brian from the children's home. The record gives less than it could, and part of what the children need waits for the next date." }
        if s.money == "help" then
          lines[#lines + 1] = "Supervised visits are ordered. Brian's payments stop, as he said they would; the agency's fund covered the deposit and the support petition is set for next month. Thuy moves into her own apartment at the end of the month, short of money and sleeping better."
        elseif s.money == "court" then
          lines[#lines + 1] = "Supervised visits are ordered. Brian stops paying the next day. Thuy loses the apartment, and by the end of the month she and the children are in a family shelter. She asks Renee, more than once, whether it would be easier to let him come back."
        elseif s.money == "warn" then
          lines[#lines + 1] = "Supervised visits are ordered. Thuy keeps the children away from Brian and stops telling you what he says to her; you learn about his texts from Renee, a week late."
        end
        if not s.thuy_prepared then
          lines[#lines + 1] = "Thuy leaves court shaken by what Mr. Keel made of the file, most of which she heard for the first time from him."
        end
        lines[#lines + 1] = "Lily is sleeping a little better. The next hearing is in five weeks, and everything then will be argued from the words on the page."
        return table.concat(lines, "\n\n")
      end,
    },
    ending {
      id = "cps_end_saturdays", title = "Saturdays, unsupervised", classification = "mixed",
      text = "The judge grants a temporary order excluding Brian from the children's home and, since the agency asks for nothing more, daytime Saturday visits with exchanges at the police station. Brian keeps paying. Thuy signs her lease on Monday, and for a few weeks it looks like the right trade.\n\nOn the third Saturday Lily comes back quiet and asks her mother whether the judge is going to send her away. Her teacher writes that she has stopped eating lunch. Renee asks whether the agency will go back to court; Ruth says it will need something new to go on, and you both know what that would have to be.",
    },
    ending {
      id = "cps_end_both_services", title = "Treated as a high-conflict couple", classification = "mixed",
      text = "The judge, with nothing clearer in front of her, treats the case as a difficult separation. Both parents are ordered to parenting classes. The order of protection only tells Brian to refrain from offensive conduct; it does not exclude him, and his weekends continue.\n\nThuy now has a court order to comply with for violence she did not commit. She tells Renee she is not sure calling the police was worth it. Lily asks whether she still has to go to her father's on Saturday.",
    },
    ending {
      id = "cps_end_withdrawn", title = "Withdrawn, but on the record", classification = "mixed",
      text = "The allegations against Thuy are withdrawn on the record, and a temporary order of protection issues against Brian. But the words stay in the file. Within a month Mr. Keel quotes them in a custody petition Brian files, and Thuy has to answer them again, this time with her own lawyer and her own money.\n\nShe stops returning your calls for ten days. When she does, she asks that everything go through Renee.",
    },
    ending {
      id = "cps_end_thuy_respondent", title = "The mother in the dock", classification = "negative",
      text = "Thuy remains a respondent. She has an assigned lawyer, a fact-finding date, and an order to cooperate with services. Brian's visits continue while the court sorts out 'both parents'. Mr. Keel quotes the agency's own petition at every appearance.\n\nThuy tells Renee she will never call the police again. Lily asks her mother whether this is the jail her father told her about.",
    },
    ending {
      id = "cps_end_location_leaked", title = "He knows where they are", classification = "negative",
      text = function(s, role)
        local how
        if s.said_in_court then
          how = "Brian heard where Thuy and the children were from you, in open court, while his lawyer wrote it down."
        elseif s.leaked then
          how = "The petition named Thuy's cousin, and Brian has known for years where she lives."
        elseif s.mother_score == 1 or s.relief_score == 0 then
          how = "Brian learned where Thuy and the children were from the agency's own petition: the street, and the school."
        elseif s.mother_score == 2 then
          how = "Brian found them through the advocate's office the petition named: he waited outside it on Friday and followed the cousin's car home."
        else
          how = "Brian worked out where Thuy and the children were from a sentence the agency wrote about them."
        end
        return how .. " The children are moved again, this time to a shelter two counties away. Lily changes schools in the middle of the year; Ethan stops speaking at preschool for a week.\n\nThe order of protection is granted, and it protects them less than it should have, because he found them before it did. Thuy's trust in the agency does not recover."
      end,
    },

    -- Endings: DV.
    ending {
      id = "dv_end_accountable", title = "A petition that holds him to account", classification = "positive",
      text = "Judge Ostrander issues a temporary order of protection excluding Brian from the children's home, sends his contact with Lily and Ethan to a supervised visitation program, and orders batterer intervention. Thuy is named as the protective parent, not a respondent; her address is with the court and nowhere in Brian's copy. What she chose to tell Jordan is in the petition as Brian's act, in her words. She told the judge herself that she had wanted the Saturdays kept; the judge thanked her and ordered supervision anyway.\n\nBrian stops paying. Between Jordan's deposit fund and your program's relocation money, Thuy gets the apartment, with a support hearing still a month off and no slack at all in her budget.\n\nA week later Jordan asks whether you would read his next domestic violence petition before it is filed. You set up a standing half hour on Thursdays. Thuy tells you the petition was the first official paper that described what she had done for her children.",
    },
    ending {
      id = "dv_end_partial", title = "An order, and some damage", classification = "mixed",
      text = function(s, role)
        local gave = {}
        if s.release_scope == "broad" then gave[#gave + 1] = "a release broader than she wanted"
        elseif s.release_scope == "pressured" then gave[#gave + 1] = "a release she signed because you said she had to"
        elseif s.release_scope == "none" then gave[#gave + 1] = "a draft reviewed before she had any say in it" end
        if s.comment_score < 12 then gave[#gave + 1] = "notes that left problems in the draft" end
        if not s.thuy_voice then gave[#gave + 1] = "a week in which others decided what the agency heard" end
        if s.dv_money == "shelter" then gave[#gave + 1] = "a lost apartment and a shelter room in its place" end
        if not s.thuy_prepared then gave[#gave + 1] = "a court day she walked into unprepared" end
        if not s.hall_ok then gave[#gave + 1] = "a hallway where no one stood between her and Mr. Keel" end
        local what = ""
        if #gave > 0 then
          what = " What gave way this week: " .. table.concat(gave, "; ") .. "."
        end
        return "The court grants a temporary order of protection against Brian, with supervised visits, and Thuy is not a respondent." .. what .. "\n\nThuy keeps working with you, a little more guarded than before. The next hearing is in five weeks."
      end,
    },
    ending {
      id = "dv_end_no_apartment", title = "An order, and no apartment", classification = "mixed",
      text = function(s, role)
        local first
        if s.dv_money == "press" then
          first = "Jordan tells the judge what Thuy wants, and Mr. Keel adds that even the mother's advocate thinks the children are safe with his client. The judge orders supervised visits on the agency's evidence, and sets Brian's request for unsupervised time down for review in three weeks."
        else
          first = "The judge orders supervised visits on the agency's evidence. The exchange plan you drew up with Thuy is never used."
        end
        return first .. "\n\nBrian stops paying the day he is served. No one worked the rent gap in time; the apartment goes to someone else, and at the end of the month Thuy and the children move into a family shelter. Lily sleeps better anyway. Thuy asks you, once, whether it would be simpler to let Brian come back."
      end,
    },
    ending {
      id = "dv_end_legal_fight", title = "Won in court, later", classification = "mixed",
      text = "The court issues an order of protection against Brian, but the count against Thuy stays in the petition. Her new lawyer gets it dismissed after six weeks and two appearances, during which Mr. Keel quotes it every time.\n\nBrian's supervised visits begin in the meantime. Thuy is grateful for the lawyer. She also asks you, quietly, why no one stopped it before it was filed.",
    },
    ending {
      id = "dv_end_thuy_respondent", title = "The mother in the dock", classification = "negative",
      text = "Thuy is a respondent in her own children's case. She has an assigned lawyer, a fact-finding date, and an order to cooperate with services. Mr. Keel reads the agency's words about her aloud at the first appearance, and Brian's weekends continue while the court sorts out 'both parents'.\n\nThuy tells you she will never call the police again. Lily asks her mother whether this is the jail her father told her about.",
    },
    ending {
      id = "dv_end_location_leaked", title = "He knows where they are", classification = "negative",
      text = function(s, role)
        local how
        if s.addr == "town" then
          how = "The town stayed in the court papers, and Brian knows whose house in Wrenfield to watch."
        elseif s.addr == "street" then
          how = "The street address stayed in the court papers. Ruth never heard why it should come out."
        elseif s.addr == "shelter" then
          how = "The shelter's address went into the court papers, and the shelter has to move two other families. Thuy's own street address was never taken out, and Brian read it too."
        else
          how = "Your note about the shelter bed and her safety plan at work went into the CPS file, and Mr. Keel's request for the file reached it. Brian was outside the dental practice at closing on Monday and followed her home."
        end
        return how .. " On Saturday morning his car is parked across from her cousin's house. The family moves again, to a shelter two counties away; Lily changes schools in the middle of the year.\n\nThe order of protection is granted, and it protects them less than it should have, because he found them first."
      end,
    },
    ending {
      id = "dv_end_trust_broken", title = "Her words in his hands", classification = "negative",
      text = "What Thuy told you in confidence reached CPS without her consent, and from the CPS file it reached the petition Brian's lawyer read. Mr. Keel uses it to paint her as someone who 'tells different people different stories'.\n\nThuy stops answering your calls. A month later she tells Jordan she has no advocate and does not want one. Your program's director asks you to write up what happened.",
    },
  },
}
