-- court-hearing: the dependency-court hearing, from the caseworker's, the advocate's and the
-- judge's seats.
--
-- Luciana Ferraz, who speaks Portuguese and has no immigration status, and her husband Wade
-- Corliss, a U.S. citizen, come to the adjudication and disposition of a petition filed after he
-- pressed his forearm across her throat in June. The petition as filed blames her as well as him.
-- The case tests its counts in court, plans safety around the courthouse (arrival, waiting,
-- seating, leaving), puts a teenager's views before the judge without putting her in the middle,
-- and reaches a disposition where a court-ordered separation (supervised contact only) is right
-- although the mother, and her advocate's first instinct, ask for less.
--
-- Three roles: cps (the ongoing caseworker, who testifies), dv (the advocate who goes to court
-- with Luciana and holds what she says in confidence), court (the judge who decides findings,
-- orders and safety at the courthouse). Each plays nine decisions, one of them a drafting step.
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

-- Where the case goes after the review hearing. Tried in order; the last has no condition.
local function ending_routes()
  return {
    { "ending_foster", when = function(s) return s.visits == "foster" end },
    { "ending_weekend", when = function(s) return s.visits == "agreement" or s.unsup_later end },
    { "ending_exposed", when = function(s) return s.breach end },
    { "ending_close_call", when = function(s) return s.safety_gap >= 2 end },
    { "ending_record", when = function(s) return s.blame >= 1 or s.draft_score < 5 end },
    { "ending_thin", when = function(s) return s.trust < 0 or s.lapses >= 2 or s.visits == "none" end },
    { "ending_steady" },
  }
end

-- Phrases in the trainee's own sentence that blame Luciana, make the violence mutual, or put
-- her status or whereabouts in a paper Wade's lawyer reads.
local OWN_TEXT_FLAGS = {
  { "failed to protect", "\"failure to protect\" language" },
  { "failure to protect", "\"failure to protect\" language" },
  { "allowed", "\"allowed\" language that puts his acts on her" },
  { "mutual", "\"mutual\" framing" },
  { "both parents", "\"both parents\" framing" },
  { "undocumented", "her immigration status" },
  { "illegal", "her immigration status" },
  { "deport", "her immigration status" },
  { "address", "an address" },
}

-- The three drafting steps' rubrics (rubric_from_parts, docs/scenario-format.md): every `core`
-- clause is needed, `extras` add up to two points, and a `flagged` clause or phrase caps the score
-- at 3, so that a flagged draft always leads to the ending about the record.
local CPS_RUBRIC = rubric_from_parts {
  core = { "his_acts", "her_steps", "relief" },
  extras = { "his_pattern", "her_services" },
  flagged = {
    failed = "says she failed to protect the children",
    mutual = "makes his violence mutual",
    status = "puts her immigration status in the report",
    new_home = "puts where the family lives in a report his lawyer reads",
  },
  missing = {
    "what Wade did on June 3, attributed to him",
    "what Luciana did to keep the children safe",
    "relief aimed at Wade: supervised contact, the exclusion order, a batterer program",
    extra = "his pattern (the passport, the threats, Theo) or services that fit her work",
  },
  feedback = {
    core = "The report leaves out one of its pillars: what Wade did, what Luciana did to keep the children safe, or what the court should order him to do. The judge reads the gaps as much as the lines.",
    flags = "Some lines put Wade's violence on Luciana, make it mutual, or put her status or her home in a report Mr. Danforth will read. Write what he did, what she did, and nothing that tells him where she is.",
    thin = "The core is right: his acts, her protective steps, relief aimed at him. Add his pattern (the passport, what he tells the children) or services that fit her work, and the report will carry the review too.",
    good = "The report attributes the harm to Wade, records how Luciana protected the children, aims the relief at him, and leaves out her status and her home.",
  },
  own_text_flags = OWN_TEXT_FLAGS,
}

local DV_RUBRIC = rubric_from_parts {
  core = { "leave_first", "center_only" },
  extras = { "bia_plan", "school_list", "legal_service" },
  flagged = {
    promise = "makes Luciana answerable for Wade's conduct",
    copy_all = "sends her plan to other agencies without a release",
    reply_nice = "has her answer Wade on his terms",
    arlene = "puts the handoffs back where the order does not reach",
  },
  missing = {
    "leaving the courthouse while the deputy holds Wade",
    "every visit and handoff at the visitation center",
    extra = "the practical pieces: Bia's own plan, the school, the legal appointment",
  },
  feedback = {
    core = "The plan misses today's two risky moments: leaving the courthouse, and where Theo changes hands. Those are where a man under a new order most often reaches her.",
    flags = "Some lines make Luciana answerable for what Wade does, send her plan out without a release, or put the handoffs where nothing protects her. The plan is hers and stays with her.",
    thin = "The two risky moments are covered. Add the practical pieces Luciana and Bia will lean on: Bia's own plan, the school, the legal appointment.",
    good = "The plan covers leaving, the handoffs, and the everyday pieces, and it stays in Luciana's hands.",
  },
  own_text_flags = OWN_TEXT_FLAGS,
}

local COURT_RUBRIC = rubric_from_parts {
  core = { "find_father", "find_efforts", "supervised" },
  extras = { "interpreter", "departure" },
  flagged = {
    failed = "finds that the mother failed to protect the children",
    mutual = "makes the violence mutual",
    status = "writes the mother's immigration status into the order",
    service_address = "puts the mother's address in an order the father receives",
    counseling = "orders the parents into counseling together",
  },
  missing = {
    "findings on what the father did",
    "findings on the mother's protective steps",
    "supervised contact and exchanges at the center, the exclusion continued, a batterer program",
    extra = "the interpreter and departure arrangements for every later hearing",
  },
  feedback = {
    core = "The order leaves out one of its pillars: the findings on his conduct, the findings on her protective steps, or the supervised arrangement the evidence supports. An order is read at every later hearing; what it omits is lost.",
    flags = "Some lines put the father's violence on the mother, make it mutual, order them into a room together, or put her status or her address in a paper he will hold.",
    thin = "Findings and orders are sound. Writing in the interpreter and the departure arrangements makes them the court's standing practice for this family, not a favor to be asked again.",
    good = "The order finds what the father did and what the mother did to protect the children, aims the relief at him, and writes the courthouse arrangements in for every hearing to come.",
  },
  own_text_flags = OWN_TEXT_FLAGS,
}

return scenario {
  id = "court-hearing",
  title = "Before the judge: the Ferraz-Corliss hearing",
  version = "1.0.0",
  summary = "A dependency-court hearing after a father pressed his forearm across the mother's throat: the petition blames her too, she speaks Portuguese and has no status, her fourteen-year-old wants to be heard, and the father asks for weekends she has agreed to. Played as the caseworker, the advocate or the judge.",
  minutes = 30,
  license = "CC-BY-4.0",
  content_notes = {
    "An adult's account that her husband pressed his forearm across her throat; described briefly, without graphic detail.",
    "Threats to have a mother deported, to take her son, and to kill her; immigration status used as a means of control.",
    "A fourteen-year-old's disclosure that her stepfather slapped her.",
    "A father keeping a child after a visit; the child is found unhurt.",
    "Courtroom conflict, and the possible placement of children in foster care.",
  },
  objectives = {
    "Test a petition's allegations against the evidence: attribute harm to the perpetrator's acts and pattern, and drop counts that blame the survivor for his violence.",
    "Plan safety around the courthouse: arrival, waiting, seating and leaving, arranged as the court's and the agency's standard practice rather than the survivor's request.",
    "Provide a qualified interpreter rather than letting a child interpret, and know why it matters for the record as well as for the child.",
    "Hear a teenager's own views without putting her in the middle, and route a child's reportable disclosure properly.",
    "Know what an advocate may share in court without a release, and that a subpoena is not a court order.",
    "Recognize when a court-ordered separation (supervised contact) is right even when the survivor, pressured, asks for less, and why the order helps her by being the court's.",
    "Keep immigration status out of the parenting question, and know the basic facts of a VAWA self-petition and a U visa certification.",
  },
  jurisdiction = "A state whose dependency court first holds a contested hearing on the petition's allegations, may amend or dismiss counts to fit the evidence, and then decides disposition the same day, with a review within ninety days. Each parent has appointed counsel; the children have a guardian ad litem; a child of twelve or older may be heard by the judge in chambers, on the record. The court must provide a qualified interpreter to a party with limited English. A child's exposure to domestic violence is not, by itself, neglect. Under federal law, the abused spouse of a U.S. citizen may be able to self-petition for status under VAWA, on her own and without his knowledge, and a victim of certain crimes who helps an investigation or prosecution may seek a U visa with a certification signed by a qualifying agency; in this state the child welfare agency has a process for such certifications.",
  start = "file_review",

  roles = {
    role { id = "cps", name = "CPS caseworker",
           brief = "You are the ongoing caseworker on the Ferraz-Corliss case, which you took over from the intake investigator a month ago. You will prepare the agency's report and testify at the hearing. Your mandate is the children's safety, preferably within their family; the agency's attorney, Ms. Sato, presents the case." },
    role { id = "dv", name = "Domestic violence advocate",
           brief = "You are an advocate with a community domestic violence program, and you go to court with Luciana Ferraz. Your work is voluntary, directed by her, and confidential: your program may not share what she tells you without her informed, written, time-limited release, and a release can never be a condition of your help. You speak some Portuguese, enough for planning, not for court." },
    role { id = "court", name = "Dependency court judge",
           brief = "You are the judge of the county's dependency court, hearing the petition concerning Beatriz (Bia) Ferraz, 14, and Theo Corliss, 7. You decide the findings and the orders, and you are responsible for safety in your courtroom and its hallway. Your calendar is full." },
  },

  state = {
    trust = 0,            -- Luciana's trust in the trainee's office
    blame = 0,            -- moves that put Wade's violence on Luciana
    lapses = 0,           -- other concerning moves
    safety_gap = 0,       -- gaps in safety at the courthouse and after
    breach = false,       -- confidential or identifying information reached Wade's side
    release_signed = false, -- Luciana's written release to her own attorney (dv)
    visits = "",          -- "supervised", "agreement", "none", "burden" or "foster"
    unsup_later = false,  -- unsupervised weekends granted or backed at the review
    draft_score = 0,      -- score of the drafting step
  },

  confidential = {
    secret {
      id = "why_agreed", holder = "dv", released_when = "release_signed",
      text = "What Luciana told you in confidence, in the waiting room this morning: Wade told her last week that if she \"fights him\" about the weekends he will call immigration and she will never see Theo again. In July, the day of the birthday party, he said that if she ever took his son from him she would not live to see it. She has told no one else.",
      withheld = "Luciana has talked privately with her advocate about the visits. What she said stays with the advocate's program unless Luciana signs a written release.",
    },
  },

  scenes = {
    ---------------------------------------------------------------------------------------------
    scene {
      id = "file_review", phase = "before the hearing", title = "The petition as filed",
      speaker = { cps = "Ms. Sato, agency counsel", dv = "Luciana Ferraz", court = "The case file" },
      text = {
        cps = paras {
          "Three weeks before the hearing. The petition the intake investigator filed has three counts. Count 1, against Wade Corliss: on June 3 he \"engaged in domestic violence against the mother in the children's presence.\" Count 2, against Luciana Ferraz: she \"failed to protect the children, in that she allowed the father to return to the home after an incident in March and minimized the June incident to police.\" Count 3, against both: \"the parents engage in mutual domestic violence.\"",
          "The file: Bia, fourteen, called 911 from the locked bathroom. Officers saw redness across Luciana's throat; she said Wade pressed his forearm across it, then took her phone and her passport. Wade had a scratch on his arm and said she attacked him. Luciana's statement that it was \"nothing\" was taken with Bia interpreting and Wade in the next room. Since June an order keeps Wade out of the home; Luciana changed the locks and gave Theo's school a pickup list. Bia told the intake worker that Wade says her mother \"will be sent back\" if she calls the police again. In July Luciana let Wade come to Theo's seventh birthday party, against the order, after he called her eleven times that morning. She has missed two of your appointments and once hung up on you.",
          "Ms. Sato calls: \"Are we going forward on the petition as filed?\"",
        },
        dv = paras {
          "Three weeks before the hearing. Luciana Ferraz sits in your program's office with the petition her court-appointed attorney mailed her. A neighbor's son translated it for her on his phone.",
          "\"They say I failed my children,\" she says in Portuguese. \"And that I fight him like he fights me.\" The scratch on Wade's arm, she says, is from pulling his arm off her throat. She is angry at the agency, at Wade, and at herself for letting him back in March and for the birthday party in July. She has missed two appointments with the new caseworker, and she does not want to meet her again.",
          "\"Will you come to court with me?\"",
        },
        court = paras {
          "Pretrial conference. The petition concerning Bia Ferraz, 14, and Theo Corliss, 7, has three counts: against the father, that on June 3 he \"engaged in domestic violence against the mother in the children's presence\"; against the mother, that she \"failed to protect the children\" by letting him return after a March incident and \"minimized\" June to police; against both, \"mutual domestic violence.\" A temporary order keeps the father out of the home. Nora Hensley is the children's guardian ad litem.",
          "Mr. Danforth, for the father, asks you to send the parents to the court's family mediation program, \"so this family can work out visits without a trial.\" Ms. Abernathy, for the mother, says her client will not sit in a room with Mr. Corliss. The agency takes no position. Mediation has an opening in ten days.",
        },
      },
      discussion = "What does each system mean by \"failure to protect\"? Who decides what a petition says about the survivor, and who can change it once it is filed?",
      reason = "Why did you choose this?",
      choices = {
        choice {
          id = "keep_as_filed", roles = { "cps" },
          text = "Go forward as filed: the intake worker saw the family first, in June, and the hearing itself is the right place to test which of the counts hold up.",
          add = { blame = 1 }, go = "courthouse_morning",
          rating = "concerning",
          feedback = "The hearing will test them, but the agency is the one asserting them. Going forward on counts you doubt puts Luciana on trial for Wade's violence and hands his lawyer his first argument.",
          rationale = "The agency owns its allegations; counts that blame the survivor for his violence should be withdrawn (points 14, 15).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "soften_count", roles = { "cps" },
          text = "Keep one count about Luciana, reworded as the children's \"exposure\" in her home, which reads more gently and keeps her in the case plan.",
          add = { blame = 1 }, go = "courthouse_morning",
          rating = "concerning",
          feedback = "A gentler word for the same count still makes Wade's violence an allegation against her. This is the \"back door\": the violence comes in against the parent who was assaulted.",
          rationale = "Exposure alone is not neglect; watch for allegations that bring the violence in against the mother through the back door (points 1, 15).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "amend_counts", roles = { "cps" },
          text = "Have it amended: count 1 rebuilt around Wade's own acts, the other two withdrawn, and Luciana listed as a non-respondent.",
          add = { trust = 1 }, go = "courthouse_morning",
          rating = "recommended",
          feedback = "The petition now says what the evidence shows: what Wade did, and to whom. Luciana is still a parent the court can hear from, not an accused one, and Mr. Danforth loses the easiest story he had.",
          rationale = "Attribute harm to the perpetrator's acts; avoid \"failure to protect\" and \"mutual\" framings; consider naming him alone as respondent (points 13, 14, 15).",
          tags = { "documentation", "perpetrator_accountability", "survivor_partnership" },
        },
        choice {
          id = "offer_admission", roles = { "cps" },
          text = "Have Ms. Sato offer a settlement: Luciana admits count 2, the agency drops count 3, and the case closes months sooner.",
          add = { blame = 1, trust = -1 }, go = "courthouse_morning",
          rating = "concerning",
          feedback = "A quick admission looks kind, but it writes \"failed to protect\" into her record for good, where Mr. Danforth and any later court will find it. The speed is bought with her name.",
          rationale = "Avoid \"failure to protect\" findings against the non-offending parent; her record follows her into custody and later cases (points 14, 15).",
          tags = { "documentation", "survivor_partnership" },
        },

        choice {
          id = "call_caseworker", roles = { "dv" },
          text = "Call the new caseworker and explain what Luciana told you about March, so the agency understands why she let him back and drops her count.",
          add = { trust = -1 }, set = { breach = true }, go = "courthouse_morning",
          rating = "harmful",
          feedback = "Your reasons are good and the call is still a disclosure without a release. What you say goes into a file that Mr. Danforth can read before the hearing.",
          rationale = "No sharing without the survivor's informed, written, time-limited release; CPS files reach the perpetrator through court (points 17, 18).",
          tags = { "confidentiality" },
        },
        choice {
          id = "efforts_for_attorney", roles = { "dv" },
          text = "Help her write, in Portuguese and in her own words, what Wade did and what she did, to take to her attorney.",
          add = { trust = 1 }, go = "courthouse_morning",
          rating = "recommended",
          feedback = "Luciana arrives at her attorney's office with her own account of the passport, the locked bathroom, the neighbor, the new locks. Ms. Abernathy has something to build on, and nothing left your program.",
          rationale = "Document the survivor's protective efforts; she speaks for herself, and nothing is shared without her release (points 7, 21).",
          tags = { "survivor_partnership", "documentation" },
        },
        choice {
          id = "stop_talking_cps", roles = { "dv" },
          text = "Tell her the petition shows where the agency stands, and that she can skip the caseworker's visits until the hearing is over and done.",
          add = { lapses = 1 }, go = "courthouse_morning",
          rating = "concerning",
          feedback = "Her anger is understandable, and the caseworker is new and may read the case differently. Missed visits will be read in court as the noncooperation Mr. Danforth wants to show.",
          rationale = "Voluntary and mandated services work differently; help her deal with the mandate rather than avoid it, and look for what can go right (points 7, 22).",
          tags = { "collaboration", "survivor_partnership" },
        },
        choice {
          id = "program_letter", roles = { "dv" },
          text = "Write the court a letter on program letterhead saying Luciana is a protective mother you have worked with.",
          add = { lapses = 1 }, go = "courthouse_morning",
          rating = "concerning",
          feedback = "A letter confirms she is your client, invites a subpoena for your records, and lands in a file his lawyer reads. Her own account, through her attorney, does the same work without those costs.",
          rationale = "Confirming services is itself identifying information; papers filed in court reach the perpetrator (points 17, 18).",
          tags = { "confidentiality", "documentation" },
        },

        choice {
          id = "order_mediation", roles = { "court" },
          text = "Refer the parents to the mediation program: agreements that parents reach themselves tend to be followed more often than ones a court orders.",
          add = { lapses = 1 }, go = "courthouse_morning",
          rating = "concerning",
          feedback = "Mediation assumes two people who can bargain freely. Under a protective order, after an assault, one of them cannot, and the agreement will carry his leverage.",
          rationale = "Whether a joint process suits a case with domestic violence is decided case by case, and not while a survivor's safety is at stake (points 8, 11).",
          tags = { "risk_assessment", "survivor_partnership" },
        },
        choice {
          id = "separate_track", roles = { "court" },
          text = "Set the hearing; counsel can talk settlement in separate rooms, as in every case under a protective order.",
          go = "courthouse_morning",
          rating = "recommended",
          feedback = "Nobody has to ask for the separation, so nobody is blamed for it. Counsel can still settle what can be settled, and the counts go to a hearing.",
          rationale = "Separate processes where a protective order is in place, presented as standard practice rather than a party's request; conferencing is decided case by case (points 9, 11).",
          tags = { "risk_assessment", "trauma_informed" },
        },
        choice {
          id = "joint_conference", roles = { "court" },
          text = "Hold a short settlement conference in chambers, both parents and counsel present, with the deputy at the door in case it gets heated.",
          add = { safety_gap = 1 }, go = "courthouse_morning",
          rating = "concerning",
          feedback = "A deputy at the door does not make a room safe to speak in. With Mr. Corliss across the table, Ms. Ferraz cannot say what she fears, and he learns what she wants.",
          rationale = "Meet each party separately where there is violence and an order; separation is standard practice, not a favor (points 8, 9).",
          tags = { "risk_assessment", "trauma_informed" },
        },
        choice {
          id = "ask_mother", roles = { "court" },
          text = "Ask Ms. Abernathy whether her client would try mediation if a support person of her own sat beside her the whole time.",
          add = { lapses = 1 }, go = "courthouse_morning",
          rating = "concerning",
          feedback = "It sounds accommodating, but it makes her the one who says no, in a courtroom with him present, and a refusal can be painted as obstruction later.",
          rationale = "Present safety arrangements as the court's practice, not as the survivor's choice or refusal (points 9, 11).",
          tags = { "trauma_informed", "survivor_partnership" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "courthouse_morning", phase = "court day", title = "The morning of the hearing",
      speaker = { cps = "The agency's court liaison", dv = "Luciana Ferraz, on the phone", court = "Deputy Alvarado" },
      text = {
        cps = paras {
          "The day before the hearing. It is set for 9:00 in courtroom 3B. The second floor has one long hallway of benches outside the courtrooms, a small family waiting room behind the clerk's office, and a deputy at the far end. Mr. Danforth has told Ms. Sato that his client will be early. Luciana's attorney wants her there by 8:30 to prepare.",
          "The agency's court liaison asks what you want arranged for the morning.",
        },
        dv = paras {
          "The evening before the hearing, you plan the morning with Luciana. Her notice and Wade's both say 9:00. She does not drive; the bus stops across from the main entrance, where people smoke between hearings.",
          "She asks whether she can bring Theo, \"so the judge sees he is happy with me,\" and whether she will have to sit near Wade.",
        },
        court = paras {
          "The morning of the hearing, 8:40. Deputy Alvarado calls chambers: both parents are on the hallway benches outside 3B, about ten feet apart. Mr. Corliss has moved once, to sit nearer the mother and her advocate. The family waiting room behind the clerk's office is free.",
          "Four other hearings follow this one on your calendar.",
        },
      },
      discussion = "Who is responsible for safety between the front door and the courtroom, and after the hearing ends? What does each system do today, and what falls between them?",
      choices = {
        choice {
          id = "court_job", roles = { "cps" },
          text = "Leave the hallway to the court: the deputy keeps order on that floor, and an agency should not look as if it has taken sides before the hearing even starts.",
          add = { safety_gap = 1 }, go = "no_interpreter",
          rating = "concerning",
          feedback = "Neutrality sounds right, but separate waiting is not taking sides; it is what the order already requires. Without a plan, the deputy learns about the order when something happens.",
          rationale = "Safety arrangements around court are standard practice in cases with an order, not partisanship (points 9, 12).",
          tags = { "risk_assessment", "collaboration" },
        },
        choice {
          id = "liaison_plan", roles = { "cps" },
          text = "Have the liaison book the family room for Luciana and brief the deputy, asking for staggered arrival and departure as standard practice.",
          go = "no_interpreter",
          rating = "recommended",
          feedback = "Luciana waits out of Wade's sight, the deputy knows why, and nobody had to ask for it, so nobody can be blamed for asking.",
          rationale = "Separate spaces where there is an order, arranged as standard practice; her location and movements are protected (points 9, 12).",
          tags = { "risk_assessment", "collaboration" },
        },
        choice {
          id = "hallway_huddle", roles = { "cps" },
          text = "Book the hallway conference room at 8:30 for a short meeting with both parents, to walk them through the case plan before the judge sees them.",
          add = { safety_gap = 1, trust = -1 }, go = "no_interpreter",
          rating = "harmful",
          feedback = "A joint meeting puts Luciana in a small room with the man the order keeps away from her, on the morning he is most likely to pressure her.",
          rationale = "Never bring the parents together where there is an order and recent violence; meet each separately (points 8, 9).",
          tags = { "risk_assessment", "trauma_informed" },
        },
        choice {
          id = "bring_children", roles = { "cps" },
          text = "Bring Bia and Theo in the agency car, so the guardian ad litem can see each of them with each parent before the hearing starts.",
          add = { safety_gap = 1, lapses = 1 }, go = "no_interpreter",
          rating = "concerning",
          feedback = "The children end up in a hallway with their father under an order, watching their parents on opposite benches. Ms. Hensley can see them, apart, on any other day.",
          rationale = "Children in the courthouse hallway are exposed to the conflict and can be used in it; see each family member separately (points 4, 8).",
          tags = { "child_safety", "trauma_informed" },
        },

        choice {
          id = "bring_theo", roles = { "dv" },
          text = "Tell her Theo can come along; a judge who sees him at ease with his mother may weigh that more heavily than anything that is said on the stand.",
          add = { safety_gap = 1 }, go = "no_interpreter",
          rating = "concerning",
          feedback = "Theo would spend the morning in a hallway with his father, who has told him his mother may \"go away.\" A seven-year-old in the hallway becomes part of the contest.",
          rationale = "Children used in the conflict are part of the perpetrator's pattern; keep them out of the courthouse hallway (points 4, 12).",
          tags = { "child_safety", "risk_assessment" },
        },
        choice {
          id = "meet_hallway", roles = { "dv" },
          text = "Meet her on the bench right outside 3B at 8:45, where Ms. Abernathy will look for her first and where the deputy at the end of the hall can see.",
          add = { safety_gap = 1 }, go = "no_interpreter",
          rating = "concerning",
          feedback = "The bench outside 3B is where Wade will be. A deputy in sight at the far end of a hallway is not the same as a place he cannot reach.",
          rationale = "Plan arrival and waiting apart from the perpetrator; the hallway is where contact happens (points 5, 12).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "skip_hearing", roles = { "dv" },
          text = "Suggest she let Ms. Abernathy appear for her, so that she never has to face Wade in that building and can keep her shift at work.",
          add = { lapses = 1 }, go = "no_interpreter",
          rating = "concerning",
          feedback = "It spares her a hard morning, and it leaves the judge with his account in person and hers on paper. A safe way to be there is something you can plan.",
          rationale = "Safety planning makes participation possible rather than replacing it; her voice is part of her protective efforts (points 7, 21).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "stagger_room", roles = { "dv" },
          text = "Have her arrive early at the side door; she waits in the family room, takes a seat across the aisle from him, and leaves while the deputy holds him.",
          add = { trust = 1 }, go = "no_interpreter",
          rating = "recommended",
          feedback = "Luciana knows where she will be at every minute, and so do you. She decides against bringing Theo once she hears how long the day may be.",
          rationale = "Courthouse safety planning: arrival, waiting, seating and leaving; her movements kept from him (points 5, 7, 12).",
          tags = { "risk_assessment", "survivor_partnership" },
        },

        choice {
          id = "court_protocol", roles = { "court" },
          text = "Tell the deputy to put the mother in the side room, seat him between the parties, and let her go first, as in every case with a protective order.",
          go = "no_interpreter",
          rating = "recommended",
          feedback = "The deputy moves her without comment, and Mr. Corliss is told it is how your courtroom runs. Nobody asked; nobody can be blamed.",
          rationale = "Separation around the hearing presented as the court's standard practice; protect the survivor's movements (points 9, 12).",
          tags = { "risk_assessment", "trauma_informed" },
        },
        choice {
          id = "announce_request", roles = { "court" },
          text = "Have the deputy move the mother to the family room, and state on the record that it is at her request, so the father understands the reason.",
          add = { lapses = 1 }, go = "no_interpreter",
          rating = "concerning",
          feedback = "Transparency sounds fair, but it tells Mr. Corliss that she asked to be kept from him, on the morning he is most likely to hold it against her.",
          rationale = "Present separation as standard practice, never as the survivor's request (point 9).",
          tags = { "trauma_informed", "risk_assessment" },
        },
        choice {
          id = "counsel_manage", roles = { "court" },
          text = "Ask both attorneys to keep their clients apart in the hallway, since the deputy also covers the other three courtrooms on that floor this morning.",
          add = { safety_gap = 1 }, go = "no_interpreter",
          rating = "concerning",
          feedback = "Counsel have clients to prepare and cannot police a hallway. Safety in the courthouse is the court's to organize.",
          rationale = "Courthouse safety is organized, not delegated to the parties (points 9, 12).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "start_early", roles = { "court" },
          text = "Call the case in now, ahead of the calendar, so that the parents spend as little time as possible sitting in the hallway together.",
          go = "no_interpreter",
          rating = "acceptable",
          feedback = "Less waiting helps. But the riskiest minutes are the ones after the hearing, when both leave at once; nothing yet says who goes first.",
          rationale = "Plan the whole day, leaving included (points 5, 12).",
          tags = { "risk_assessment" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "no_interpreter", phase = "hearing", title = "Language in the courtroom",
      speaker = "The clerk",
      text = function(s, role)
        local facts = "9:05. The clerk reports that the interpreter booked for the Ferraz matter speaks Spanish; the request was entered wrong. A Portuguese interpreter can join by video at 11:00. Mr. Danforth objects to any delay, since his client took the day off, and points out that Bia, who came with the guardian ad litem, \"interprets for her mother every day.\" Ms. Abernathy says her client \"understands some English.\" From the front row, Bia says quietly that she can do it."
        if role == "cps" then
          return paras { facts, "Ms. Sato leans over to you. \"The agency wants this heard today. What do we say?\" You remember that the \"minimized\" statement in the intake was interpreted by Bia." }
        elseif role == "dv" then
          return paras { facts, "Luciana looks at you. She has followed the word \"Bia\" and not much else." }
        end
        return paras { facts, "Ms. Sato says the agency is ready to proceed either way. Ms. Hensley, the guardian ad litem, says nothing yet." }
      end,
      discussion = "What is lost, for the record and for the child, when a child interprets for a parent? How does each of our systems arrange language access, and where does it fail?",
      choices = {
        choice {
          id = "bia_for_now", roles = { "cps" },
          text = "Suggest that Bia interpret only the procedural part, as she has at your home visits, and that the video interpreter take over for the testimony.",
          add = { lapses = 1 }, go = "allegations",
          rating = "harmful",
          feedback = "Procedure in this hearing is about her mother's count and her stepfather's violence. Bia would voice both, facing him, and the record would hold a child's interpretation.",
          rationale = "Children never interpret in proceedings about violence in their family; it uses them in the conflict and corrupts the record (points 4, 23).",
          tags = { "cultural_responsiveness", "child_safety" },
        },
        choice {
          id = "spanish_close", roles = { "cps" },
          text = "Suggest the Spanish interpreter try for now; Luciana has followed some Spanish at your visits, and the agency's witnesses are all here today.",
          add = { lapses = 1 }, go = "allegations",
          rating = "concerning",
          feedback = "Following some Spanish is not understanding testimony about her own case. An appeal on that ground would cost the family months.",
          rationale = "A qualified interpreter in the party's own language is part of treating families of every culture with respect (points 22, 23).",
          tags = { "cultural_responsiveness" },
        },
        choice {
          id = "say_nothing", roles = { "cps" },
          text = "Tell Ms. Sato interpreters are the court's business, and the agency should not ask to put off its own hearing.",
          add = { lapses = 1 }, go = "allegations",
          rating = "concerning",
          feedback = "The agency's silence lets the court go ahead on a record the agency will have to defend, and leaves the \"minimized\" line standing as her words.",
          rationale = "Language access is a shared duty; the agency should not rely on a statement taken through a child (points 14, 23).",
          tags = { "cultural_responsiveness", "documentation" },
        },
        choice {
          id = "wait_for_qualified", roles = { "cps" },
          text = "Back a two-hour wait, and warn that the line quoted from the first interview was a child's rendering, not Luciana's words.",
          add = { trust = 1 }, go = "allegations",
          rating = "recommended",
          feedback = "The agency loses two hours and gains a record it can stand on. Ms. Sato drops the \"minimized\" line from her questions.",
          rationale = "Language access and respect for the family; a statement interpreted by a child in front of the perpetrator cannot carry weight against the mother (points 14, 23).",
          tags = { "cultural_responsiveness", "documentation" },
        },

        choice {
          id = "you_interpret", roles = { "dv" },
          text = "Offer the court your own Portuguese; Luciana trusts you far more than a stranger on a screen.",
          add = { lapses = 1 }, go = "allegations",
          rating = "concerning",
          feedback = "You are not a qualified court interpreter, and in that chair you stop being her advocate: everything you say is on the record, and Mr. Danforth can challenge every word.",
          rationale = "The advocate's role is confidential and on the survivor's side; it cannot double as the court's interpreter (points 18, 23).",
          tags = { "confidentiality", "cultural_responsiveness" },
        },
        choice {
          id = "let_bia", roles = { "dv" },
          text = "Let Bia interpret; she wants to help, she knows the family's words, and her mother is more at ease with her than with anyone else here.",
          add = { lapses = 1 }, go = "allegations",
          rating = "harmful",
          feedback = "Bia would have to say out loud, to her mother and in front of her stepfather, everything said about the night she called 911. That is not help a child should be asked to give.",
          rationale = "Children must not interpret in proceedings about violence in their family; it uses them in the conflict (points 4, 23).",
          tags = { "child_safety", "cultural_responsiveness" },
        },
        choice {
          id = "tell_attorney", roles = { "dv" },
          text = "Explain in Portuguese what is being decided and that the court can get her an interpreter, then go with her to Ms. Abernathy.",
          add = { trust = 1 }, go = "allegations",
          rating = "recommended",
          feedback = "Luciana tells Ms. Abernathy, through you, that she wants the interpreter and not her daughter. Ms. Abernathy asks for the recess; Bia looks relieved.",
          rationale = "The survivor speaks for herself through her own counsel; language access is part of respect for the family (points 21, 23).",
          tags = { "survivor_partnership", "cultural_responsiveness" },
        },
        choice {
          id = "object_yourself", roles = { "dv" },
          text = "Stand up and tell the judge that Luciana needs a Portuguese interpreter, and that her fourteen-year-old daughter should not be asked to do it.",
          go = "allegations",
          rating = "acceptable",
          feedback = "You are right, and the judge recesses. But you are not a party, you spoke over her attorney, and Luciana watched someone else speak for her again.",
          rationale = "The survivor and her counsel speak for her; the advocate supports rather than substitutes (points 21, 23).",
          tags = { "cultural_responsiveness", "survivor_partnership" },
        },

        choice {
          id = "bia_interprets", roles = { "court" },
          text = "Let Bia interpret, since both parents consent and she knows the family's words, rather than keep four people and a witness waiting two hours.",
          add = { lapses = 1 }, go = "allegations",
          rating = "harmful",
          feedback = "Consent given in a hallway by a mother without an interpreter is not consent. And a fourteen-year-old would have to voice testimony about her stepfather's assault, facing him.",
          rationale = "Children do not interpret in proceedings about violence in their family (points 4, 23).",
          tags = { "child_safety", "cultural_responsiveness" },
        },
        choice {
          id = "recess_interpreter", roles = { "court" },
          text = "Recess for the video interpreter, take the next case meanwhile, and note that children do not interpret in this courtroom.",
          go = "allegations",
          rating = "recommended",
          feedback = "Mr. Danforth grumbles; the record is protected. Bia goes back to the waiting room with Ms. Hensley.",
          rationale = "A qualified interpreter for a party with limited English; a child interpreting in a case about violence in her family is used in the conflict (points 4, 23).",
          tags = { "cultural_responsiveness", "child_safety" },
        },
        choice {
          id = "english_ok", roles = { "court" },
          text = "Go ahead in English; her attorney says she understands some, and can explain the rest at breaks.",
          add = { lapses = 1 }, go = "allegations",
          rating = "concerning",
          feedback = "\"Some English\" is not enough to follow testimony about herself, and a finding made without an interpreter invites an appeal.",
          rationale = "Language access is part of treating every family with respect (points 22, 23).",
          tags = { "cultural_responsiveness" },
        },
        choice {
          id = "spanish_try", roles = { "court" },
          text = "Go ahead with the Spanish interpreter, and check with the mother on the record from time to time that she is following what is said.",
          add = { lapses = 1 }, go = "allegations",
          rating = "concerning",
          feedback = "Asking a witness whether she follows a language that is not hers invites a polite yes. The record will not show what she missed.",
          rationale = "A qualified interpreter in the party's own language (points 22, 23).",
          tags = { "cultural_responsiveness" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "allegations", phase = "adjudication", title = "Testing the counts",
      speaker = { cps = "Mr. Danforth, the father's attorney", dv = "Ms. Abernathy, Luciana's attorney", court = "The evidence" },
      text = function(s, role)
        if role == "cps" then
          return paras {
            "11:20, with the interpreter on the screen. You are on the stand. Mr. Danforth stands to cross-examine.",
            "\"In March, my client came back into the home two days after police were called. In July, she let him into the home for a birthday party, against a court order. Isn't that a mother who cannot protect her children?\"",
            s.blame == 0 and "The counts against Luciana are gone from the petition, but Mr. Danforth is building his case for the weekends. Luciana watches you from beside her attorney."
              or "Luciana watches you from the respondents' table, beside her attorney.",
          }
        elseif role == "dv" then
          return paras {
            "The lunch recess. The caseworker has testified all morning, and Mr. Danforth spent an hour on March and July. Luciana is in the restroom.",
            "Ms. Abernathy finds you by the water fountain. \"Would you take the stand after lunch? You could tell the judge about March, and why she let him back, and the night she spent at your shelter. It would help her.\"",
          }
        end
        return paras {
          "The evidence is in. The police report: redness across the mother's throat; her account that the father pressed his forearm across it and took her phone and passport; a scratch on his arm. The 911 recording: Bia whispering from a locked bathroom. The caseworker's testimony: the mother taught Bia the 911 plan, took the children to a neighbor on nights he drank, sought the order, changed the locks, gave the school a pickup list, and let the father into Theo's birthday party in July, after he called her eleven times that morning.",
          "Mr. Danforth argues the scratch shows mutual violence, and that March and July show a mother who cannot protect. Ms. Sato, for the agency, stands on the petition as filed. Ms. Abernathy asks you to dismiss counts 2 and 3. Ms. Hensley, for the children, says the danger to them came from one parent.",
        }
      end,
      discussion = "What is the difference between what the petition says the mother did and what the father did? Where in our own records does his violence become her failure?",
      choices = {
        choice {
          id = "facts_both", roles = { "cps" },
          text = "Answer yes, and go on: the threats, the calls that morning, and the steps she has taken since to keep the children safe.",
          add = { trust = 1 }, go = "recess",
          rating = "recommended",
          feedback = "You answer the question honestly and then finish it. The judge hears why he could come back (the passport, the threats, eleven calls on the morning of the party) and what Luciana does to keep the children safe.",
          rationale = "Testify to the perpetrator's pattern of coercive control and the survivor's protective efforts, not only the incidents his counsel chooses (points 4, 7, 13).",
          tags = { "perpetrator_accountability", "documentation" },
        },
        choice {
          id = "concede", roles = { "cps" },
          text = "Agree that letting him back in twice was a lapse in judgment, and one that the agency is already working on with her in the case plan.",
          add = { blame = 1 }, go = "recess",
          rating = "concerning",
          feedback = "Honest as far as it goes, but it leaves out why. On the record, his pressure becomes her lapse, which is the case Mr. Danforth came to make.",
          rationale = "Describe the survivor's protective efforts and the pressure she was under; avoid framing his acts as her failure (points 7, 14).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "mutual_answer", roles = { "cps" },
          text = "Say the agency sees a volatile relationship, with poor choices on both sides, hence a case plan for each.",
          add = { blame = 2 }, go = "recess",
          rating = "harmful",
          feedback = "\"Volatile\" and \"both sides\" erase who pressed his arm across whose throat. Mr. Danforth thanks you and sits down.",
          rationale = "Avoid mutual framings; attribute the violence to the person who used it (points 13, 14).",
          tags = { "documentation", "perpetrator_accountability" },
        },
        choice {
          id = "defer_intake", roles = { "cps" },
          text = "Say that you were not yet assigned in March or July, and that the intake investigator's notes would be the better source for those events.",
          add = { lapses = 1 }, go = "recess",
          rating = "concerning",
          feedback = "Accurate, and it leaves his framing unanswered. You know the file; the court needs what it shows, from the witness in front of it.",
          rationale = "The caseworker testifies to the whole pattern and the survivor's protective efforts in the file (points 4, 7).",
          tags = { "documentation" },
        },

        choice {
          id = "agree_testify", roles = { "dv" },
          text = "Agree to take the stand after lunch: Ms. Abernathy is Luciana's own lawyer, and what you know could be what wins her the count.",
          add = { trust = -1 }, set = { breach = true }, go = "recess",
          rating = "harmful",
          feedback = "On the stand you can be cross-examined by Mr. Danforth about everything Luciana told you, and where she stayed. Her own lawyer asking is not Luciana deciding.",
          rationale = "Testimony discloses confidential information and can expose her shelter; only her informed, written release permits it (points 12, 18).",
          tags = { "confidentiality" },
        },
        choice {
          id = "her_decision", roles = { "dv" },
          text = "Tell Ms. Abernathy you cannot discuss Luciana without a release she has signed; the two of them can decide it at the break, with you present.",
          add = { trust = 1 }, set = { release_signed = true }, go = "recess",
          rating = "recommended",
          feedback = "Luciana decides to testify herself about March, with the interpreter, and signs a release letting you talk with Ms. Abernathy about the visits until Friday. The shelter stays out of it.",
          rationale = "No disclosure without an informed, written, time-limited release; the survivor can speak for herself, and her shelter stays out of the record (points 12, 18, 21).",
          tags = { "confidentiality", "survivor_partnership" },
        },
        choice {
          id = "notes_to_atty", roles = { "dv" },
          text = "Give Ms. Abernathy a copy of your June notes instead, so she can use what she needs without putting you on the stand at all.",
          add = { trust = -1 }, set = { breach = true }, go = "recess",
          rating = "harmful",
          feedback = "Notes handed over can be filed, shown and subpoenaed. You have given away more than any testimony would have, without Luciana knowing.",
          rationale = "No disclosure of records without the survivor's informed, written, time-limited release (point 18).",
          tags = { "confidentiality", "documentation" },
        },
        choice {
          id = "flat_no", roles = { "dv" },
          text = "Tell Ms. Abernathy that your program does not testify in dependency cases, as a rule, and go back to the gallery to wait for Luciana to come out.",
          add = { lapses = 1 }, go = "recess",
          rating = "concerning",
          feedback = "The law is on your side, and the answer still closes a door Luciana could have opened herself. Her attorney is left guessing.",
          rationale = "Without a release the advocate can still help the survivor speak for herself (point 21).",
          tags = { "confidentiality", "collaboration" },
        },

        choice {
          id = "sustain_all", roles = { "court" },
          text = "Sustain all three counts: findings against both parents keep both of them under the court's orders and open services to the whole family.",
          add = { blame = 2 }, go = "recess",
          rating = "harmful",
          feedback = "Services do not need a finding against her. The mutual count in particular makes an assault into a fight, and it will be quoted in every later case.",
          rationale = "Findings against the survivor for his violence, and mutual framings, are what the evidence here does not support (points 14, 15).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "reserve_mother", roles = { "court" },
          text = "Sustain count 1, and hold count 2 over until the review, to see whether the mother keeps to the protective order this time around.",
          add = { blame = 1 }, go = "recess",
          rating = "concerning",
          feedback = "Holding a count over her makes the order hers to keep. Mr. Corliss's next eleven phone calls become her test.",
          rationale = "Do not make the survivor responsible for the perpetrator's compliance; aim orders at him (points 14, 16).",
          tags = { "survivor_partnership", "perpetrator_accountability" },
        },
        choice {
          id = "find_him_dismiss_her", roles = { "court" },
          text = "Sustain count 1 with findings on the throat, the phone and the documents, dismiss the other two, and record her protective steps.",
          go = "recess",
          rating = "recommended",
          feedback = "The findings say who did what. Ms. Ferraz remains a parent before the court without a finding against her, and the record of her protective steps is there for the next judge.",
          rationale = "Exposure alone is not neglect; findings attribute harm to the perpetrator and record the survivor's protective efforts; no back-door count against her (points 1, 13, 14, 15).",
          tags = { "perpetrator_accountability", "documentation" },
        },
        choice {
          id = "amend_neutral", roles = { "court" },
          text = "Sustain count 1, and amend count 2 to a finding that the children were exposed to violence in the home, without naming either of the parents.",
          add = { blame = 1 }, go = "recess",
          rating = "concerning",
          feedback = "A finding without an actor sounds neutral, and it still leaves a neglect finding where the mother lives. The law here says exposure alone is not neglect.",
          rationale = "Exposure alone is not neglect; name the person whose acts caused the harm (points 1, 13).",
          tags = { "documentation", "perpetrator_accountability" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "recess", phase = "adjudication", title = "The afternoon recess",
      speaker = { cps = "Bia Ferraz", dv = "A process server", court = "Ms. Hensley, guardian ad litem" },
      text = {
        cps = paras {
          "The afternoon recess. Bia finds you by the vending machines.",
          "\"He slapped me last spring, when I wouldn't get off the phone. I never told anyone.\" She is talking fast. \"Don't tell the judge. If Wade knows I said it, he'll say my mom made me. And don't tell my mom. She has enough.\"",
          "Ms. Hensley, the guardian ad litem, is down the hall.",
        },
        dv = paras {
          "The afternoon recess. A process server hands you a subpoena from Mr. Danforth's office: all of your program's records concerning Luciana Ferraz, to be brought to court at 2:00.",
          "Luciana is in the waiting room with Ms. Abernathy and has not seen it.",
        },
        court = paras {
          "Before disposition, Ms. Hensley reports: Bia, fourteen, wants to tell you herself that she wants to stay with her mother, does not want to see Wade, and is \"scared they'll send my mom back.\" She is also angry at her mother for letting Wade come to the party. Theo, seven, has told Ms. Hensley he misses his dad.",
          "Mr. Danforth asks that Bia testify from the stand, subject to cross-examination like any witness.",
        },
      },
      discussion = "What may each of us carry out of a conversation: a child's disclosure, a subpoena, a teenager's words to a judge? Whose say-so does each need?",
      choices = {
        choice {
          id = "keep_secret", roles = { "cps" },
          text = "Tell her it can stay between the two of you for today, so she keeps trusting you, and come back to it with her once the hearing is over.",
          add = { lapses = 1 }, go = "visits",
          rating = "harmful",
          feedback = "A promise you cannot keep. The slap bears on the visits the court is about to decide, and when it comes out later, Bia learns that adults' promises do not hold.",
          rationale = "A child's reportable disclosure is acted on; do not promise secrecy you cannot keep (point 20).",
          tags = { "child_safety", "trauma_informed" },
        },
        choice {
          id = "confront_wade", roles = { "cps" },
          text = "Ask Mr. Danforth for five minutes with his client, and put Bia's account to Wade before court resumes.",
          add = { safety_gap = 1 }, set = { breach = true }, go = "visits",
          rating = "harmful",
          feedback = "Wade now knows what Bia said, in a courthouse hallway, hours before he learns where the children will be this weekend. Bia was right to fear it.",
          rationale = "Never confront the perpetrator with a family member's disclosure; use third-party evidence and the proper channel (points 5, 10).",
          tags = { "perpetrator_accountability", "child_safety" },
        },
        choice {
          id = "pass_on_properly", roles = { "cps" },
          text = "Tell her honestly that this can't stay with you and what happens next, note her words, and let Ms. Sato and Ms. Hensley know.",
          go = "visits",
          rating = "recommended",
          feedback = "Bia is angry for a minute, then asks what happens next. You tell her. Ms. Sato raises it through the proper channel; nobody confronts Wade with it in the hallway.",
          rationale = "A child's reportable disclosure is acted on through the proper channel, honestly explained to her; her feelings and safety plan are handled with care (points 10, 20).",
          tags = { "child_safety", "trauma_informed" },
        },
        choice {
          id = "tell_mother", roles = { "cps" },
          text = "Tell Luciana what Bia said, through the interpreter, so that she and her attorney can decide together whether to raise it this afternoon.",
          add = { lapses = 1 }, go = "visits",
          rating = "concerning",
          feedback = "Luciana hears it from you in a waiting room, and the decision about a reportable disclosure lands on her. Reporting it is your job, not hers.",
          rationale = "A child's disclosure goes through the proper channel, not onto the non-offending parent (point 20).",
          tags = { "child_safety", "survivor_partnership" },
        },

        choice {
          id = "comply_records", roles = { "dv" },
          text = "Bring the file to the clerk at 2:00: a subpoena carries the court's name, and ignoring one could put your program in contempt of court.",
          add = { trust = -1 }, set = { breach = true }, go = "visits",
          rating = "harmful",
          feedback = "A subpoena from counsel is not the judge's order. The file, with her shelter stay and safety plan, is now in the court's hands and Mr. Danforth's.",
          rationale = "A subpoena is usually not a court order; confidential records are not produced without the survivor's release or an order after review (points 18, 20).",
          tags = { "confidentiality" },
        },
        choice {
          id = "partial_records", roles = { "dv" },
          text = "Bring only her safety plan and the dates she came in, since those show she is protective and give Wade's lawyer very little to use.",
          add = { trust = -1 }, set = { breach = true }, go = "visits",
          rating = "harmful",
          feedback = "Her safety plan is exactly what he can use: where she goes, who she calls, what she does when he comes. Less paper is not less disclosure.",
          rationale = "A safety plan is the most sensitive thing a program holds; nothing is produced without her release or a court order (points 12, 18, 20).",
          tags = { "confidentiality", "risk_assessment" },
        },
        choice {
          id = "ignore_it", roles = { "dv" },
          text = "Put it in your bag until next week; his attorney signed it, not the judge.",
          add = { lapses = 1 }, go = "visits",
          rating = "concerning",
          feedback = "You are right that it is not an order. Ignored, though, it can become one, without your program's objection in the file, and Luciana does not know it exists.",
          rationale = "Respond to a subpoena through counsel and tell the survivor; do not treat it as an order or as nothing (points 18, 20).",
          tags = { "confidentiality" },
        },
        choice {
          id = "counsel_quash", roles = { "dv" },
          text = "Bring nothing at two; have the program's lawyer file an objection today, and tell Luciana what the papers ask for.",
          add = { trust = 1 }, go = "visits",
          rating = "recommended",
          feedback = "Your program's attorney files an objection; the judge will decide after reviewing it, and no records leave your office. Luciana hears it from you first.",
          rationale = "A subpoena is usually not a court order; records stay confidential unless a court orders otherwise after review (points 18, 20).",
          tags = { "confidentiality", "survivor_partnership" },
        },

        choice {
          id = "open_court", roles = { "court" },
          text = "Let Bia testify from the witness stand like any other witness, so that both attorneys can question her in the ordinary way, on the record.",
          add = { lapses = 1, safety_gap = 1 }, go = "visits",
          rating = "harmful",
          feedback = "Bia is cross-examined by her stepfather's lawyer, facing him, about her mother. She stops halfway and asks to leave.",
          rationale = "Do not put a child in front of the perpetrator to be questioned about her family; hear her views safely (points 4, 23).",
          tags = { "child_safety", "trauma_informed" },
        },
        choice {
          id = "chambers", roles = { "court" },
          text = "Hear Bia in chambers with Ms. Hensley and the reporter, take counsel's questions in writing, and tell her what you can promise.",
          go = "visits",
          rating = "recommended",
          feedback = "Bia talks for twenty minutes: about her mother, about Theo, about being scared of being sent away. She leaves knowing the decision is yours, not hers.",
          rationale = "A young person's views are heard without putting her in the middle or in front of the perpetrator; exposure affects each child differently (points 4, 23).",
          tags = { "child_safety", "trauma_informed" },
        },
        choice {
          id = "gal_only", roles = { "court" },
          text = "Rely on Ms. Hensley's report; speaking to a judge would put Bia in the middle of her parents' case.",
          add = { lapses = 1 }, go = "visits",
          rating = "concerning",
          feedback = "Protective in intent, but Bia asked to be heard. She learns that adults decide about her without listening, which is what she already believed.",
          rationale = "Young people have views of their own and a right to be heard in a safe way (points 4, 23).",
          tags = { "child_safety" },
        },
        choice {
          id = "ask_choose", roles = { "court" },
          text = "Meet Bia in chambers, and ask her which parent she thinks Theo should live with and how often he should see his father on weekends.",
          add = { lapses = 1 }, go = "visits",
          rating = "concerning",
          feedback = "Hearing her is right; asking her to decide for her brother is not. Bia carries the weight of Theo's visits home with her.",
          rationale = "Hear a child's views without making her the decision-maker between her parents (points 4, 23).",
          tags = { "child_safety", "trauma_informed" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "visits", phase = "disposition", title = "Time with the father",
      speaker = { cps = "Tess Molloy, Luciana's advocate", dv = "Luciana Ferraz", court = "Counsel" },
      text = function(s, role)
        local ask = "Disposition. Mr. Danforth asks for unsupervised weekends for Wade with Theo, Friday to Sunday, with handoffs at Wade's mother's house across town, and says the parents have agreed. Ms. Abernathy, after a word with Luciana, confirms the agreement. The agency's report recommends supervised visits at the county visitation center; Ms. Hensley supports the agency."
        if role == "cps" then
          return paras {
            ask,
            "At the break, Tess Molloy, Luciana's advocate, stops you in the hallway. \"Please don't press for the center. She agreed for her own reasons, and if the court orders supervision, he'll blame her. Our program's view is that she knows her own safety best.\" She says she cannot tell you more.",
          }
        elseif role == "dv" then
          return paras {
            ask,
            "At the break, Luciana asks you to come with her to Ms. Abernathy: she wants her lawyer to fight for the weekends. \"If the judge sends him to that center, he will know it was me.\"",
            "Your program director's line, repeated at every staff meeting, is that \"we don't second-guess a survivor's decisions about her own family.\"",
          }
        end
        return paras {
          ask,
          "Ms. Abernathy adds that the mother's advocate, from the community program, supports \"the mother's judgment about her own family.\" Ms. Sato says the agency \"prefers\" the center. On the record: this morning's findings, the July party against the order, and the guardian ad litem's report that Mr. Corliss has told Theo his mother \"might have to go away.\"",
        }
      end,
      reveal = { "why_agreed" },
      reason = "What in the case facts carries the most weight for you here, and why?",
      discussion = "When a survivor, under pressure, agrees to an arrangement that leaves a child unsafe, what does survivor-directed advocacy ask of the advocate? What does an order that is the court's own, and not her request, do for her?",
      choices = {
        choice {
          id = "withdraw_rec", roles = { "cps" },
          text = "Withdraw the recommendation: the mother and her advocate know the risks far better than you do, and a plan that she resents is unlikely to hold.",
          set = { visits = "agreement" }, go = "draft_cps",
          rating = "concerning",
          feedback = "Respecting her view is right; dropping your own assessment of Theo's safety is not. With the agency silent, the judge approves the weekends.",
          rationale = "The agency's mandate is the child's safety; a survivor's agreement under pressure does not remove the risk the perpetrator poses (points 4, 5, 16).",
          tags = { "child_safety", "perpetrator_accountability" },
        },
        choice {
          id = "hold_supervised", roles = { "cps" },
          text = "Keep the recommendation, and explain to the court that it rests on his conduct (the police file, July, what he tells his son), not on anything she asked.",
          set = { visits = "supervised" }, go = "draft_cps",
          rating = "recommended",
          feedback = "Judge Nakashima orders supervised visits and handoffs at the center and says why, from the evidence. Tess is unhappy with you at the break; a week later she tells you Luciana slept through the night for the first time since June.",
          rationale = "Relief aimed at the perpetrator, grounded in third-party evidence and presented as the agency's position, not the survivor's request (points 9, 10, 16).",
          tags = { "perpetrator_accountability", "child_safety" },
        },
        choice {
          id = "foster_until", roles = { "cps" },
          text = "Recommend both children come into foster care until the review, since neither parent has kept to the order so far and this agreement shows it.",
          set = { visits = "foster" }, go = "draft_cps",
          rating = "harmful",
          feedback = "You would take the children from the parent who protected them to solve a problem their father creates. The danger is his contact, and it can be supervised.",
          rationale = "Removal from the non-offending parent is a last resort after efforts aimed at the perpetrator (points 2, 3).",
          tags = { "reasonable_efforts", "child_safety" },
        },
        choice {
          id = "mother_supervises", roles = { "cps" },
          text = "Recommend the weekends on the condition that Luciana is present at every handoff, to watch how Theo is doing with his father.",
          add = { blame = 1 }, set = { visits = "burden" }, go = "draft_cps",
          rating = "concerning",
          feedback = "That puts her face to face with him twice a week and makes her responsible for his conduct. The judge orders the center instead, and your recommendation stays in the file.",
          rationale = "Do not make the survivor supervise the perpetrator; aim relief at him (points 14, 16).",
          tags = { "survivor_partnership", "perpetrator_accountability" },
        },

        choice {
          id = "back_agreement", roles = { "dv" },
          text = "Go with her to Ms. Abernathy and back the weekends there and with the agency: your job is to carry her decision, not to weigh it for her or second-guess it.",
          set = { visits = "agreement" }, go = "draft_dv",
          rating = "concerning",
          feedback = "Ms. Abernathy presses the agreement with your program behind it, the agency only \"prefers\" the center, and the judge approves the weekends. What Luciana agreed to, she agreed to under his threat.",
          rationale = "Survivor-directed advocacy includes honest risk information; an agreement made under threat does not make a child's contact safe (points 4, 5, 16).",
          tags = { "child_safety", "risk_assessment" },
        },
        choice {
          id = "danger_and_court", roles = { "dv" },
          text = "Talk through the danger with her first (his threats, the party, her son), and that an order for supervision would be the court's to make, not hers.",
          add = { trust = 1 }, set = { visits = "supervised" }, go = "draft_dv",
          rating = "recommended",
          feedback = "Luciana tells Ms. Abernathy she will not oppose the center. The judge orders it on the evidence, says so on the record, and Wade hears it from the judge, not from her.",
          rationale = "Honest lethality information, a plan built with her, and relief aimed at the perpetrator; a court-ordered separation can protect her by not being her request (points 5, 7, 16).",
          tags = { "risk_assessment", "survivor_partnership", "child_safety" },
        },
        choice {
          id = "tell_priya", roles = { "dv" },
          text = "Tell the caseworker about the immigration threat behind the agreement, so that the agency keeps pressing the court for the center.",
          add = { trust = -1 }, set = { breach = true, visits = "supervised" }, go = "draft_dv",
          rating = "harmful",
          feedback = "The agency keeps its recommendation, and what Luciana told you in confidence goes into its report, which Mr. Danforth reads the next week.",
          rationale = "No disclosure without her written release; CPS reports reach the perpetrator (points 17, 18).",
          tags = { "confidentiality" },
        },
        choice {
          id = "stay_out", roles = { "dv" },
          text = "Tell her this is between the lawyers now, and wait in the gallery while she and Ms. Abernathy talk it through on their own.",
          add = { lapses = 1, trust = -1 }, set = { visits = "supervised" }, go = "draft_dv",
          rating = "concerning",
          feedback = "The judge orders the center on the agency's evidence anyway. Luciana, who asked you for help at the hardest moment of the day, went into it alone.",
          rationale = "Safety planning with the survivor at the moment of decision; honest risk information is part of advocacy (points 5, 7).",
          tags = { "survivor_partnership" },
        },

        choice {
          id = "approve_agreement", roles = { "court" },
          text = "Approve the parents' agreement: the mother has counsel and an advocate, and parents follow orders they agreed to more readily than ones imposed on them.",
          set = { visits = "agreement" }, go = "draft_court",
          rating = "concerning",
          feedback = "The agreement carries the pressure it was made under. Counsel and an advocate do not change what the findings show about his conduct, or what he has told Theo.",
          rationale = "Orders rest on the evidence about the perpetrator's conduct; an agreement under coercion does not make contact safe (points 4, 5, 16).",
          tags = { "child_safety", "perpetrator_accountability" },
        },
        choice {
          id = "no_contact", roles = { "court" },
          text = "Suspend all contact between Mr. Corliss and Theo until the review, so there is nothing to arrange or negotiate in the meantime.",
          add = { lapses = 1 }, set = { visits = "none" }, go = "draft_court",
          rating = "concerning",
          feedback = "Safe for now, and more than the evidence needs. Theo loses his father for three months, and supervised contact would have let him keep that relationship safely.",
          rationale = "Supervised contact meets the danger; engaging fathers with accountability is part of the plan (points 16, 23).",
          tags = { "child_safety", "perpetrator_accountability" },
        },
        choice {
          id = "coparent_class", roles = { "court" },
          text = "Approve the weekends on condition that both parents first complete a co-parenting class together at the family center.",
          add = { safety_gap = 1 }, set = { visits = "agreement" }, go = "draft_court",
          rating = "harmful",
          feedback = "Joint classes put her in a room with him every week, and the weekends still start with handoffs the order does not reach.",
          rationale = "Joint interventions are unsafe where there is violence; relief is aimed at the perpetrator (points 8, 16).",
          tags = { "risk_assessment", "perpetrator_accountability" },
        },
        choice {
          id = "order_supervised", roles = { "court" },
          text = "Order contact and handoffs at the center, keep him out of the home, send him to a batterer program, and give your reasons.",
          set = { visits = "supervised" }, go = "draft_court",
          rating = "recommended",
          feedback = "Mr. Corliss hears the reasons from you, tied to his conduct. The mother did not ask for it, and the record shows she did not.",
          rationale = "Relief aimed at the perpetrator (supervised contact, exclusion, batterer intervention), ordered on the evidence rather than on either party's request (points 9, 16).",
          tags = { "perpetrator_accountability", "child_safety" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "draft_cps", phase = "disposition", title = "The agency's written summary",
      speaker = "Ms. Sato",
      text = "The judge asks the agency to submit its proposed findings and recommendations in writing by Friday; they will be served on every party. Ms. Sato asks you for the summary paragraph.",
      discussion = "Who reads the agency's findings, and what can each sentence do in that reader's hands? Whose acts does the summary name, and whose efforts does it leave out?",
      compose = {
        prompt = "Choose and order the sentences for the agency's summary.",
        clauses = {
          clause { id = "his_acts", text = "On June 3, Mr. Corliss pressed his forearm across Ms. Ferraz's throat and took her phone and passport while Bia and Theo were home; Bia called 911." },
          clause { id = "failed", text = "Ms. Ferraz failed to protect the children by allowing Mr. Corliss into the home in March and again in July." },
          clause { id = "his_pattern", text = "Mr. Corliss took Ms. Ferraz's passport in June, called her eleven times on the morning of Theo's party, and told Theo his mother may \"go away.\"" },
          clause { id = "status", text = "Ms. Ferraz has no immigration status, which limits her work and the stability of the home." },
          clause { id = "her_steps", text = "Ms. Ferraz taught Bia to call 911 from a locked room, took the children to a neighbor on nights he drank, sought the order, changed the locks and gave the school a pickup list." },
          clause { id = "mutual", text = "Both parents have been physical during arguments, as the scratch on Mr. Corliss's arm shows." },
          clause { id = "relief", text = "The agency recommends supervised visits and handoffs at the visitation center, continued exclusion of Mr. Corliss from the home, and a batterer intervention program." },
          clause { id = "new_home", text = "Ms. Ferraz and the children now live near Theo's school, in the apartments on the east side." },
          clause { id = "her_services", text = "The agency will offer Ms. Ferraz a support group and child care at times that fit her early work shift." },
        },
        min = 1, max = 9, own_text = true,
        score_var = "draft_score",
        rubric = CPS_RUBRIC,
        rationale = "Attribute harm to the perpetrator and link it to the children; record the survivor's protective efforts; ask for relief aimed at him; keep location and status out of papers he reads (points 13, 14, 16, 17).",
        tags = { "documentation", "perpetrator_accountability" },
      },
      go = "after_ruling",
    },

    scene {
      id = "draft_dv", phase = "disposition", title = "Her plan on paper",
      speaker = "Luciana Ferraz",
      text = "The ruling is in. Before she leaves the waiting room, you and Luciana write down her plan for leaving today and for the first weeks of visits. It stays with her, and a copy stays in your program's file.",
      discussion = "Which lines of a plan belong to the survivor, and which belong to the court, the agency or the center? Who should hold a copy, and who should not?",
      compose = {
        prompt = "Choose and order the lines of Luciana's plan.",
        clauses = {
          clause { id = "leave_first", text = "Leave first, by the side door, while the deputy keeps Wade in the courtroom for fifteen minutes." },
          clause { id = "promise", text = "Luciana will make sure Wade does not see the children outside the visits." },
          clause { id = "center_only", text = "Every visit and handoff happens at the visitation center, with arrival and departure staggered." },
          clause { id = "copy_all", text = "A copy goes to the caseworker and both attorneys, so everyone works from the same plan." },
          clause { id = "bia_plan", text = "Bia keeps her own plan: the code word, Mrs. Dunlap's number, and what to do if Wade comes to school." },
          clause { id = "reply_nice", text = "If Wade texts, Luciana answers politely and briefly, so he stays calm before the review." },
          clause { id = "school_list", text = "Theo's school has the order and the list of who may pick him up." },
          clause { id = "arlene", text = "If the center is full, Wade's mother can do the handoffs at her house, since Theo knows her." },
          clause { id = "legal_service", text = "Luciana keeps her appointment at the immigration legal service next week; you can go with her." },
        },
        min = 1, max = 9, own_text = true,
        score_var = "draft_score",
        rubric = DV_RUBRIC,
        rationale = "A safety plan built with the survivor covers the riskiest moments (leaving, handoffs), the children's own plans, and stays in her hands (points 5, 7, 18).",
        tags = { "risk_assessment", "survivor_partnership" },
      },
      go = "after_ruling",
    },

    scene {
      id = "draft_court", phase = "disposition", title = "The written order",
      speaker = "Your clerk",
      text = "Your clerk has the order open. The findings and orders you write will be served on both parents and read at every review.",
      discussion = "An order is read at every review and by both parents: what must it say about who did what, and what must stay out of it?",
      compose = {
        prompt = "Choose and order the paragraphs of the written order.",
        clauses = {
          clause { id = "find_father", text = "The court finds that on June 3 the father pressed his forearm across the mother's throat and took her phone and passport while the children were home." },
          clause { id = "failed", text = "The court finds that the mother failed to protect the children by allowing the father to return to the home." },
          clause { id = "find_efforts", text = "The court finds that the mother acted to protect the children: the 911 plan, the neighbor, the protective order, the new locks and the school." },
          clause { id = "mutual", text = "The court finds that both parents engaged in acts of domestic violence." },
          clause { id = "supervised", text = "The father's time with Theo is supervised at the visitation center, with handoffs there; he remains excluded from the home and is referred to a batterer intervention program." },
          clause { id = "status", text = "The mother's immigration status is noted as a risk to the stability of the children's home." },
          clause { id = "interpreter", text = "A Portuguese interpreter is provided for the mother at every hearing; no child interprets." },
          clause { id = "service_address", text = "The mother's current address is stated below for service of papers." },
          clause { id = "departure", text = "At every hearing the mother leaves first, and the father waits with the deputy for fifteen minutes." },
          clause { id = "counseling", text = "The parents are to attend co-parenting counseling together." },
        },
        min = 1, max = 10, own_text = true,
        score_var = "draft_score",
        rubric = COURT_RUBRIC,
        rationale = "Findings attribute harm to the perpetrator and record the survivor's protective efforts; relief aimed at him; nothing identifying in an order he holds (points 12, 13, 14, 16).",
        tags = { "documentation", "perpetrator_accountability" },
      },
      go = "after_ruling",
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "after_ruling", phase = "after the hearing", title = "After the ruling",
      speaker = { cps = "Luciana Ferraz, through the interpreter", dv = "Priya Raman, the caseworker", court = "Mr. Danforth" },
      text = function(s, role)
        if role == "cps" then
          return paras {
            s.safety_gap == 0 and "3:40 p.m. Luciana is about to leave first, with her advocate, while the deputy keeps Wade in the courtroom."
              or "3:40 p.m. The hallway is crowded; Wade is at the elevators, and Luciana is waiting for them to close before she moves.",
            "Through the interpreter, she asks you two things. Will the agency report her to immigration? And can CPS sign \"a paper\" that an immigration attorney told her about in July? She has never told you her status; Mr. Danforth hinted at it twice today.",
          }
        elseif role == "dv" then
          return paras {
            "3:40 p.m. The agency withdrew its counts against Luciana before the hearing. On the stand this morning, the caseworker, Priya Raman, said the \"minimized\" statement in the intake was taken with Bia interpreting and Wade in the next room. She described the 911 plan and the new locks before anyone asked, and when Mr. Danforth asked where the children go to school, she said the agency would give it to the court in writing, under seal.",
            "In the hallway she tells you, a little stiffly, that she would like the agency and your program to talk about how intake interviews get interpreted.",
          }
        end
        return paras {
          "Before you rise, Mr. Danforth files a motion. The mother should give the court her address \"for visitation logistics,\" surrender her Brazilian passport, which police returned to her in June, \"because she has no status here and may take Theo out of the country,\" and state her immigration status on the record.",
          "Ms. Abernathy objects. Ms. Sato says the agency has no concern that the mother will flee.",
        }
      end,
      discussion = "What should every caseworker, advocate and judge know about VAWA self-petitions and U visa certifications, and what should none of us ever say to a family about immigration?",
      choices = {
        choice {
          id = "no_immigration", roles = { "cps" },
          text = "Tell her you cannot discuss immigration at all; every question about it belongs with her attorney.",
          add = { lapses = 1 }, go = "review",
          rating = "concerning",
          feedback = "Her first question was about your agency, not about the law: will you report her? Silence answers it the way Wade has taught her to expect.",
          rationale = "Fear of reporting is part of his control; she needs an honest answer about what the agency does (points 4, 22).",
          tags = { "cultural_responsiveness", "survivor_partnership" },
        },
        choice {
          id = "promise_safe", roles = { "cps" },
          text = "Reassure her that nothing she tells the agency can ever reach immigration authorities, so that she can speak to you freely from now on.",
          add = { lapses = 1 }, go = "review",
          rating = "concerning",
          feedback = "Kind, and not yours to promise: agency records go to court, where Mr. Danforth reads them. A broken promise would cost more than an honest limit.",
          rationale = "Be honest about what the agency's records can and cannot protect; court papers reach the perpetrator (points 17, 22).",
          tags = { "survivor_partnership", "cultural_responsiveness" },
        },
        choice {
          id = "advise_vawa", roles = { "cps" },
          text = "Tell her that as Wade's wife she qualifies for a VAWA self-petition and should file it this month, before he has a chance to do anything.",
          add = { lapses = 1 }, go = "review",
          rating = "concerning",
          feedback = "The fact is worth knowing; telling her she qualifies is legal advice you cannot give, and a filing on the wrong footing can hurt her. Point her to an immigration attorney.",
          rationale = "Know the options exist and refer to immigration legal help; do not advise outside the mandate (points 4, 22).",
          tags = { "cultural_responsiveness" },
        },
        choice {
          id = "honest_mandate", roles = { "cps" },
          text = "Explain that your job is the children's safety, not visas, and that her lawyer can write to your legal office about certification.",
          add = { trust = 1 }, go = "review",
          rating = "recommended",
          feedback = "Luciana asks you to repeat the last part. Her immigration attorney sends the request the next week, and the agency's legal office handles it. She calls you back for the first time since June.",
          rationale = "Honesty about the mandate; the perpetrator's threats about her status are part of his coercive control, and fear of reporting shrinks when the agency is clear about what it does and does not do (points 4, 22).",
          tags = { "cultural_responsiveness", "survivor_partnership" },
        },

        choice {
          id = "name_what_worked", roles = { "dv" },
          text = "Tell her what in her testimony mattered for Luciana, and agree to it; your director will call her unit with dates this week.",
          go = "review",
          rating = "recommended",
          feedback = "Priya relaxes. Three weeks later her supervisor and your director agree on a short protocol for interpreters at intake. It is small, and it holds.",
          rationale = "Good dialogue looks for successes to build on; a designated point of contact and small policy changes are what collaboration is made of (points 22, 25).",
          tags = { "collaboration" },
        },
        choice {
          id = "keep_distance", roles = { "dv" },
          text = "Thank her briefly and leave it there; the agency filed the count against Luciana in the first place, and you are here for Luciana.",
          add = { lapses = 1 }, go = "review",
          rating = "concerning",
          feedback = "The agency's first petition was hard on Luciana, and this caseworker changed the record in court. Without a word from you, the next worker does not hear what worked.",
          rationale = "Cross-system dialogue names successes as well as problems (points 22, 24).",
          tags = { "collaboration" },
        },
        choice {
          id = "now_trust_cps", roles = { "dv" },
          text = "Tell Luciana, where Priya can hear, that this caseworker is one of the good ones and can be told anything.",
          add = { lapses = 1 }, go = "review",
          rating = "concerning",
          feedback = "Priya is good at her job, and her job is mandated: what Luciana tells her can go into a court report. Trust in a person is not the same as a confidential service.",
          rationale = "Be clear about the difference between voluntary, confidential advocacy and mandated services (points 18, 22).",
          tags = { "collaboration", "confidentiality" },
        },
        choice {
          id = "send_plan", roles = { "dv" },
          text = "Offer Priya a copy of Luciana's safety plan by the end of the day, so that the agency and your program are working from the same plan.",
          add = { trust = -1 }, set = { breach = true }, go = "review",
          rating = "harmful",
          feedback = "Her plan would go into an agency file that is served on Mr. Danforth. Working well together today does not replace a release.",
          rationale = "No sharing without her written release; collaboration is no substitute for consent (points 18, 19).",
          tags = { "confidentiality" },
        },

        choice {
          id = "address_counsel", roles = { "court" },
          text = "Order the address given to counsel only, on Mr. Danforth's word that it stays in his office.",
          add = { safety_gap = 1 }, go = "review",
          rating = "concerning",
          feedback = "An address in a lawyer's file is an address one step from his client, and nothing about the handoffs needed it.",
          rationale = "The survivor's location is identifying information; keep it out of the perpetrator's reach (points 12, 17).",
          tags = { "risk_assessment", "confidentiality" },
        },
        choice {
          id = "hold_passport", roles = { "court" },
          text = "Have the clerk hold the mother's passport until the review; the flight concern is not unreasonable, and it costs her very little.",
          add = { lapses = 1, trust = -1 }, go = "review",
          rating = "harmful",
          feedback = "The court has just done what Mr. Corliss did in June. Nothing in the evidence suggests flight; the concern came from him.",
          rationale = "Taking her documents repeats his coercive control; her status is not evidence of risk (points 4, 22).",
          tags = { "cultural_responsiveness", "perpetrator_accountability" },
        },
        choice {
          id = "deny_all", roles = { "court" },
          text = "Deny it: handoffs run through the center, her address stays sealed, and her immigration status has nothing to do with how she parents her children.",
          add = { trust = 1 }, go = "review",
          rating = "recommended",
          feedback = "The ruling takes two minutes. Ms. Ferraz, through the interpreter, asks Ms. Abernathy whether she heard it right.",
          rationale = "Her location is identifying information; her status is not a parenting question, and his use of it is part of his control (points 4, 12, 17).",
          tags = { "risk_assessment", "cultural_responsiveness" },
        },
        choice {
          id = "ask_status", roles = { "court" },
          text = "Ask the mother about her status on the record, through the interpreter, so that the question is settled once and is not raised again.",
          add = { lapses = 1, trust = -1 }, go = "review",
          rating = "concerning",
          feedback = "It settles nothing the court needs, and it puts her answer in a transcript his lawyer keeps. Her status is not a question about her parenting.",
          rationale = "Status is not a parenting question; questions about it in court deter survivors from coming forward (points 17, 22).",
          tags = { "cultural_responsiveness" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    scene {
      id = "review", phase = "review hearing", title = "Ninety days on",
      speaker = { cps = "The review report", dv = "Luciana Ferraz, on the phone", court = "The review file" },
      text = function(s, role)
        local visits_line = ({
          supervised = "The visitation center reports eleven visits: nine warm and uneventful; in two, Wade asked Theo where his mother lives now, and the monitor ended one visit early.",
          none = "Theo has not seen his father since the hearing. He asks about him every night, his school counselor reports.",
          burden = "The center reports eleven visits: nine warm and uneventful; in two, Wade asked Theo where his mother lives now.",
          agreement = "The weekends have gone ahead at Wade's mother's house. Twice Wade brought Theo back late, and once he told Luciana at the door that she would \"be gone by Christmas.\"",
          foster = "Bia and Theo have been in two foster homes since the hearing; Bia has run back to her mother's twice.",
        })[s.visits] or ""
        if role == "cps" then
          return paras {
            "Ninety days on. " .. visits_line,
            "Wade has enrolled in a batterer intervention program and attended four sessions; its report says \"too early to assess.\" Luciana has missed three of eight parenting-class sessions: the class meets at 9 a.m., during her cleaning shift. Mr. Danforth has filed a motion calling her \"noncompliant\" and asking for unsupervised weekends.",
          }
        elseif role == "dv" then
          return paras {
            "Ninety days on. " .. visits_line,
            "Luciana calls you. Wade has told her that if she drops the protective order before the review, he will \"finally file her papers\" as her husband, which he promised when they married six years ago. She wants to do it. She has an appointment next week at the immigration legal service, but thinks it is pointless: \"Without him I have nothing to stand on.\"",
          }
        end
        return paras {
          "Ninety days on. " .. visits_line,
          "Mr. Corliss's batterer intervention program reports enrollment and four sessions attended, and that it is \"too early to assess.\" Mr. Danforth asks for unsupervised weekends and says the mother is \"noncompliant\": she has missed three of eight parenting classes, which meet during her work shift.",
        }
      end,
      discussion = "What does change look like in a father who has used violence, and how would each of our systems know? What does compliance mean for a survivor who works early shifts?",
      choices = {
        choice {
          id = "fix_barrier", roles = { "cps" },
          text = "Find her an evening class, arrange the child care the agency offered, and report both her progress and why mornings failed.",
          add = { trust = 1 }, go = ending_routes(),
          rating = "recommended",
          feedback = "The report says what Luciana has done and what got in her way. Mr. Danforth's \"noncompliant\" motion has nothing left to stand on.",
          rationale = "Services fit to the survivor's life and her protective efforts documented; poverty and work shifts are not neglect (points 7, 22).",
          tags = { "survivor_partnership", "documentation" },
        },
        choice {
          id = "report_missed", roles = { "cps" },
          text = "Report the missed sessions as they stand; the court needs accurate numbers, and explanations are for her own attorney to make.",
          add = { blame = 1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "Accurate and incomplete. The report now tells the court that she did not comply, without the shift schedule that explains it.",
          rationale = "Document the survivor's efforts and the barriers she faces, not only her gaps (points 7, 14).",
          tags = { "documentation", "survivor_partnership" },
        },
        choice {
          id = "support_unsupervised", roles = { "cps" },
          text = "Support moving to unsupervised weekends, since Wade enrolled in the program on time and has attended every session so far, as ordered.",
          set = { unsup_later = true }, go = ending_routes(),
          rating = "concerning",
          feedback = "Attendance is not change, and the center has just told you he is asking Theo where his mother lives. Those questions are his pattern, still running.",
          rationale = "Assess the perpetrator's pattern and behavior, not enrollment; relief stays aimed at him until change is shown (points 4, 16).",
          tags = { "perpetrator_accountability", "risk_assessment" },
        },
        choice {
          id = "drop_class", roles = { "cps" },
          text = "Recommend dropping her class requirement entirely, since she is no longer a respondent and the class adds little to anyone's safety.",
          go = ending_routes(),
          rating = "acceptable",
          feedback = "Reasonable: as a non-respondent she can be offered services rather than ordered into them. Say so in the report, so the missed mornings are not read as defiance.",
          rationale = "Services for the survivor are offered, not used as leverage; document why (points 7, 14).",
          tags = { "survivor_partnership" },
        },

        choice {
          id = "must_keep_order", roles = { "dv" },
          text = "Tell her that dropping the order now could bring the agency back into her life and cost her the children, so she needs to keep it in place.",
          add = { lapses = 1, trust = -1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "It may even be true, and it uses the agency as a threat, the way Wade uses immigration. She keeps the order and stops calling you.",
          rationale = "Advocacy is survivor-directed; threats, even well-meant, repeat the control (points 7, 22).",
          tags = { "survivor_partnership" },
        },
        choice {
          id = "support_drop", roles = { "dv" },
          text = "Support her decision to drop it: she knows her own life best, and legal status would change everything for her and for the children.",
          add = { lapses = 1, safety_gap = 1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "You respected her choice without the fact that would have changed it: she may not need him at all for her papers. Wade moves back in a week later.",
          rationale = "Survivor-directed advocacy includes accurate information; his promise of papers is part of his control (points 4, 5).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "self_petition_facts", roles = { "dv" },
          text = "Tell her an abused spouse of a citizen may be able to apply for status on her own, without Wade knowing; the legal service can advise.",
          add = { trust = 1 }, go = ending_routes(),
          rating = "recommended",
          feedback = "Luciana is quiet for a long time. She keeps the appointment, and the order. Whatever she decides, she decides knowing that her papers do not have to come from him.",
          rationale = "His control over her status is part of his pattern; accurate information lets her decide, and the plan stays hers (points 4, 7).",
          tags = { "survivor_partnership", "cultural_responsiveness" },
        },
        choice {
          id = "alert_cps", roles = { "dv" },
          text = "Call Priya, so that the agency can raise it at the review and make sure the order stays in place before Luciana can withdraw it.",
          add = { trust = -1 }, set = { breach = true }, go = ending_routes(),
          rating = "harmful",
          feedback = "What she told you reaches the agency, then the review report, then Mr. Danforth, who now knows she is thinking about her immigration options.",
          rationale = "No disclosure without her written release; CPS reports reach the perpetrator (points 17, 18).",
          tags = { "confidentiality" },
        },

        choice {
          id = "grant_weekends", roles = { "court" },
          text = "Grant the weekends with handoffs at the center; he has complied with every order so far, and compliance of that kind deserves a step forward.",
          set = { unsup_later = true }, go = ending_routes(),
          rating = "concerning",
          feedback = "Compliance with supervision is not safety without it. The center has just reported that he is asking Theo where his mother lives.",
          rationale = "Change is shown by behavior, not attendance; his questions about her location are a warning sign (points 4, 5).",
          tags = { "risk_assessment", "perpetrator_accountability" },
        },
        choice {
          id = "keep_and_review", roles = { "court" },
          text = "Keep the visits supervised, ask the program to report on his progress, not only attendance, and set another review in sixty days.",
          go = ending_routes(),
          rating = "recommended",
          feedback = "Mr. Corliss is told what he must show, and how the court will know. The mother's classes are moved to the evening without a finding against her.",
          rationale = "Assess the perpetrator's pattern and real change, not enrollment; keep relief aimed at him (points 4, 16).",
          tags = { "perpetrator_accountability", "child_safety" },
        },
        choice {
          id = "end_visits", roles = { "court" },
          text = "End his visits altogether: he asked Theo where his mother lives after being told not to.",
          add = { lapses = 1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "The monitor already handled it, which is what supervision is for. Ending contact costs Theo his father for a problem the center can manage.",
          rationale = "Supervised contact meets the danger; engaging fathers with accountability (points 16, 23).",
          tags = { "child_safety", "perpetrator_accountability" },
        },
        choice {
          id = "warn_mother", roles = { "court" },
          text = "Find the mother out of compliance with her case plan for the missed classes, and warn her on the record that she needs to attend.",
          add = { blame = 1, trust = -1 }, go = ending_routes(),
          rating = "concerning",
          feedback = "A warning to the parent who works mornings, in the same hearing where his attendance is praised. Mr. Danforth will quote it.",
          rationale = "Document the survivor's efforts and barriers; do not hold her to a standard his conduct created (points 7, 14).",
          tags = { "survivor_partnership", "documentation" },
        },
      },
    },

    ---------------------------------------------------------------------------------------------
    ending {
      id = "ending_steady", title = "Findings against him, a plan that holds", classification = "positive",
      text = function(s, role)
        return paras {
          "At the review, the visits stayed at the center. Wade's program began to report on what he does, not only that he comes; Theo looks forward to Saturdays, and the monitor no longer has to step in. Bia sees a counselor and has started to speak to her mother about July without shouting.",
          "The record says what happened: Wade pressed his arm across Luciana's throat, took her passport, and used her status to control her; Luciana got her children out of the way, called for help, and kept them safe. " ..
            (role == "dv" and "Luciana kept her appointment at the immigration legal service, and decides for herself what comes next."
              or "When Mr. Danforth raised her status again, the file had already answered him."),
          "Nothing about the next year is certain. But the family came out of the courthouse with orders aimed at the person who was dangerous, and a mother who will call again if she needs to.",
        }
      end,
    },
    ending {
      id = "ending_thin", title = "Orders in place, on thin ground", classification = "mixed",
      text = function(s, role)
        local why = {}
        if s.trust < 0 then
          why[#why + 1] = role == "dv" and "Luciana stopped returning your program's calls for a while; she had learned that help could come with conditions."
            or "Luciana answers the agency's calls, but briefly; she has learned what she says may be used."
        end
        if s.lapses >= 2 then
          why[#why + 1] = "Along the way, several things were done in a way that left gaps: a child asked to carry more than she should, an interpreter's place filled by someone else, a question left unanswered, a hearing arranged around convenience."
        end
        return paras {
          s.visits == "none" and "Luciana is not a respondent in the record, and Wade is kept away. But Theo has not seen his father since the hearing, and asks for him every night; contact at the center would have kept him safe without that loss."
            or "Theo's visits with his father are supervised, and Luciana is not a respondent in the record. The orders are right.",
          table.concat(why, " "),
          "When Wade's lawyer files again in the spring, the family will face it with less trust in the people around them than they might have had.",
        }
      end,
    },
    ending {
      id = "ending_record", title = "Safe for now, on a record that blames her", classification = "mixed",
      text = function(s, role)
        return paras {
          "The order keeps Wade out of the home, and Theo sees his father only where someone is watching. The children are safe for now.",
          "But the record reads differently from what happened. Somewhere in the petition, the testimony, the findings or the papers, Wade's violence became Luciana's failure: a count left standing, a mutual framing, a missed class read as defiance, or a line about her status or her home.",
          role == "court" and "Your order will be read at every later hearing. When Mr. Danforth files for custody, he quotes it."
            or "When Mr. Danforth files for custody in the spring, he quotes the record, and Luciana spends months answering for what Wade did.",
        }
      end,
    },
    ending {
      id = "ending_close_call", title = "A close call", classification = "mixed",
      text = function(s, role)
        return paras {
          "The orders were sound on paper. The gaps were in the spaces between them: a hallway, a shared room, an elevator, an address in someone's file, a promise of papers.",
          "One evening, Wade was waiting by the bus stop where Luciana gets off after work. A neighbor saw him and called the police, who came within minutes. No one was hurt. Luciana told " ..
            (role == "dv" and "you" or "her advocate") .. " she was not sure she would come to the next hearing.",
          "The court extended the order. The children are safe. The question every system asked afterward was how he knew where to wait.",
        }
      end,
    },
    ending {
      id = "ending_weekend", title = "Sunday evening, no Theo", classification = "negative",
      text = function(s, role)
        return paras {
          "The weekends went ahead. On the sixth Sunday, Wade did not bring Theo back. His phone was off. Luciana called the police at 8 p.m., and " ..
            (role == "dv" and "you" or "her advocate") .. " at 8:05.",
          "Police found them two days later at a motel two states away, where Wade said he had \"taken his son on a trip.\" Theo was unhurt and frightened. The court suspended all contact, and the agreement that had seemed to keep the peace was read back to everyone at the emergency hearing.",
          "Luciana told " .. (role == "dv" and "you" or "her advocate") .. " she had agreed because he said he would call immigration. Nobody in the courtroom had made it the judge's decision instead of hers.",
        }
      end,
    },
    ending {
      id = "ending_exposed", title = "What she said, in his hands", classification = "negative",
      text = {
        cps = "The children are safe and the orders hold. But something that should never have left a conversation reached Wade's side: Bia's words, put to him in a hallway, or the family's whereabouts. Bia stopped talking to any adult about home. When the agency needed her account months later, she said she did not remember.",
        dv = "The orders hold. But what Luciana told you, or her safety plan, reached Wade's side through a file, a call or the stand. Mr. Danforth used it at the review: where she had stayed, why she had agreed, what she feared. Luciana stopped working with your program. When Wade began sending messages again in the spring, she told no one for a month.",
        court = "The orders hold. But information that should have stayed with the mother reached the father's side through the court's own process. She stopped answering her attorney's calls for a month, and came to the review without her advocate.",
      },
    },
    ending {
      id = "ending_foster", title = "Foster care, for his conduct", classification = "negative",
      text = "The judge agreed to place Bia and Theo in foster care until the review. Bia ran back to her mother's apartment twice in the first month; Theo wet the bed and asked every night when he could go home. At the review the judge found that the danger had come from the father's conduct, that supervised contact could have met it, and sent the children home. By then Mr. Danforth had filed for custody, citing the placement. Luciana told her advocate that she would never call the police again.",
    },
  },
}
