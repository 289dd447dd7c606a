-- Threat 5: a __len metamethod can claim any length; table.remove would shift that many.
local t = setmetatable({}, { __len = function() return 1 << 40 end })
table.remove(t, 1)
