-- Threat 17: table.sort over a table whose __len, __index and __newindex are C functions.
local t = setmetatable({}, { __len = function() return (1 << 31) - 2 end, __index = rawequal, __newindex = rawequal })
table.sort(t, rawequal)
