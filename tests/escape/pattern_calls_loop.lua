-- Threat 17: each call is under the pattern cap (about 0.2 s), but a loop of them is not.
local text = ("a"):rep(9000)
while true do local _ = text:find("a.-b") end
