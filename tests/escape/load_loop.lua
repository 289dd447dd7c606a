-- Threat 17: each load of a 3.6 MB chunk is one C call of about 0.07 s; a loop of them reaches
-- the 1,000 instructions between two checks of the count hook only after 15 s or more.
local source = ("a = 1\n"):rep(600000)
while true do local _ = load(source) end
