-- Threats 17 and 4: an endless loop whose every turn is a long capped C call (about 0.2 s), for
-- the signal tests: run with a huge time budget, it ends only when the process is told to stop.
local text = ("a"):rep(9000)
while true do local _ = text:find("a.-b") end
