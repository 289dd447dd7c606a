-- Threat 18: 16 conditions of about 1 s each (until the clock's next second), every one within
-- the 2 s a call may take; together they would hold the first step for 16 s. The step's
-- cumulative budget stops them at 5 s.
local function slow()
  local finish = os.time() + 1
  while os.time() < finish do end
  return true
end
local choices = {}
for i = 1, 16 do
  choices[i] = choice { id = "c" .. i, text = "C", when = slow, go = "end", rating = "recommended",
                        feedback = "f", rationale = "r", tags = { "child_safety" } }
end
return scenario {
  id = "slow-conditions", title = "t", version = "1", summary = "s", minutes = 1, start = "one",
  roles = { role { id = "cps", name = "CPS" }, role { id = "dv", name = "DV" } },
  scenes = {
    scene { id = "one", phase = "p", text = "x", choices = choices },
    ending { id = "end", title = "End", classification = "mixed", text = "Done." },
  },
}
