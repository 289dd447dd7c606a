-- Threat 6: a finalizer that never returns would hang lua_close (hooks are off there).
local mt = { __gc = function() while true do end end }
setmetatable({}, mt)
