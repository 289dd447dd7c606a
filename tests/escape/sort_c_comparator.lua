-- Threat 17: a plain table sorted by a C comparator (math.ult) makes n log n C calls and runs no
-- Lua instruction; a loop of such sorts passes 1,000 instructions only after many seconds.
local t = {}
for i = 1, 1 << 18 do t[i] = (i * 7919) % 1000003 end
while true do table.sort(t, math.ult) end
