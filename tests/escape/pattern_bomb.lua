-- Threat 5: a backtracking pattern would keep the C matcher busy for seconds; refused at once.
local subject = ("a"):rep(400)
local found = string.find(subject, "a*a*a*b")
