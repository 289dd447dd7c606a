-- Threat 17: elements whose __lt is a C function (rawequal): table.sort with no comparator makes
-- many of those calls and runs no Lua instruction, until it finds the order invalid; a loop of
-- such sorts under pcall reaches 1,000 instructions only after a minute or more.
local order = { __lt = rawequal }
local t = {}
for i = 1, 1 << 17 do t[i] = setmetatable({}, order) end
while true do pcall(table.sort, t) end
