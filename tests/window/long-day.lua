-- long-day: a window test case with a screen full of text, for the frame-time measurement and for
-- wrapping at large text sizes. All names of people and places are invented.
local function paras(list) return table.concat(list, "\n\n") end

return scenario {
  id = "window-long-day",
  title = "The long day after",
  version = "1.0.0",
  summary = "A full page of case notes to read before one decision about a joint meeting.",
  minutes = 5,
  content_notes = { "Describes controlling behaviour and threats in a family." },
  objectives = { "Meet each parent separately before any joint meeting." },
  start = "notes",
  roles = {
    role { id = "cps", name = "Child protective services investigator", brief = "Your case, day two." },
    role { id = "dv", name = "Domestic violence advocate", brief = "Ms. Ødegård asked for you by name." },
  },
  state = { separate = false },
  scenes = {
    scene {
      id = "notes", phase = "family meeting", speaker = "Case notes, day two",
      text = paras {
        "Søren Ødegård called the office at 08:10 to ask when the family meeting would be. He said he "
          .. "wanted to “clear things up” and that his wife, Małgorzata, exaggerates when she is tired. "
          .. "He asked twice whether the meeting would be at the house, and once whether she would be there alone.",
        "Małgorzata Ødegård met the advocate at the library at 10:30. She described a pattern that started "
          .. "after their second child was born: he checks her phone each evening, keeps the car keys, and "
          .. "decides which friends she may see. Last month he told her that if she ever left, she would "
          .. "never see the children again, and that no court would believe “a woman with her history”.",
        "The children, Ångström (nine) and Zuzanna (six), are doing well at school. Their teacher reports "
          .. "that Zuzanna has become quiet on Mondays and asks each Friday whether her father will be home "
          .. "for the weekend. Ångström told the school counsellor that he keeps his sister in his room "
          .. "when “Dad gets loud”, and that he knows how to call for help.",
        "Ms. Ødegård has not decided whether to leave. She has asked about a protective order and about "
          .. "what the court would need to see. She does not want the children to be interviewed at home, "
          .. "and she asked that nothing she says about the order be repeated in front of her husband.",
        "Your supervisor suggests holding a joint family meeting tomorrow so that both parents can hear the "
          .. "same plan at the same time. The meeting room at the office is free from 09:00.",
      },
      choices = {
        choice {
          id = "separate", text = "Meet each parent separately first, check for orders and safety concerns, "
                               .. "and present separate meetings to Mr. Ødegård as standard policy.",
          set = { separate = true }, go = "end_separate", rating = "recommended",
          feedback = "Separate meetings keep her safety plan out of his hearing and protect what she shared.",
          rationale = "Meet separately before any joint meeting (points 8, 9).",
          tags = { "survivor_partnership", "risk_assessment" },
        },
        choice {
          id = "joint", text = "Hold the joint meeting tomorrow as your supervisor suggests, and ask both "
                            .. "parents to speak openly about what has been happening at home.",
          go = "end_joint", rating = "harmful",
          feedback = "A joint meeting puts her in front of him while he is looking for where she will be.",
          rationale = "Joint meetings in DV cases are decided case by case, after separate meetings (points 8, 11).",
          tags = { "risk_assessment" },
        },
        choice {
          id = "postpone", text = "Postpone any meeting until Ms. Ødegård decides whether to leave, and "
                               .. "tell Mr. Ødegård that the case is on hold for now.",
          go = "end_separate", rating = "concerning",
          feedback = "Waiting leaves the children's safety unplanned and tells him something has changed.",
          rationale = "Plan with her now; don't make the plan wait on her decision (points 2, 4).",
          tags = { "child_safety" },
        },
        choice {
          id = "interview", text = "Interview the children at home this evening so that you have their account "
                                .. "before any meeting takes place.",
          go = "end_separate", rating = "concerning",
          feedback = "She asked that the children not be interviewed at home, where he can hear.",
          rationale = "Partner with the protective parent (points 2, 7).",
          tags = { "survivor_partnership", "child_safety" },
        },
      },
    },
    ending { id = "end_separate", title = "Separate rooms", classification = "positive",
             text = "The meetings happen one at a time, and the plan stays with the people it protects." },
    ending { id = "end_joint", title = "One room", classification = "negative",
             text = "Mr. Ødegård learns in the meeting that his wife asked about an order." },
  },
}
