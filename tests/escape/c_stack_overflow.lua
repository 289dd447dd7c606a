-- Threat 8: recursion through C (an __index metamethod) stops at Lua's C-stack limit.
local t = setmetatable({}, {})
getmetatable(t).__index = function(self, key) return self[key] end
local _ = t.anything
