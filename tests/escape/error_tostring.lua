-- An error object whose __tostring never returns: the message handler does not call it.
local evil = setmetatable({}, { __tostring = function() while true do end end })
error(evil)
