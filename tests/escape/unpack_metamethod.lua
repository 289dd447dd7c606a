-- Threat 17: table.unpack calls __index once per element, here a C function.
local t = setmetatable({}, { __index = rawlen })
return table.unpack(t, 1, 999999)
