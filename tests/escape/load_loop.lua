-- Threat 17: each load of a large chunk is one long C call; a loop of them never reaches the
-- 1,000 instructions between two checks of the hook in time.
local source = ("local a = 1\n"):rep(300000)
while true do local _ = load(source) end
