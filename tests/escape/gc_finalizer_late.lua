-- Threat 6: a __gc field added after setmetatable does not mark the object for finalization,
-- so closing the state still returns at once.
local mt = {}
keep = setmetatable({}, mt)
mt.__gc = function() while true do end end
return true
