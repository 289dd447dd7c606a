-- Threat 17: table.concat driven by an __index metamethod that is a C function (rawlen runs no
-- Lua instruction, so the count hook would never see the 2^40 calls).
local t = setmetatable({}, { __index = rawlen })
return table.concat(t, "", 1, 1 << 40)
