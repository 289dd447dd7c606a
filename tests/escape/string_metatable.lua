-- Threat 3: the string metatable is protected: getmetatable('') gives false, not the table.
local mt = getmetatable("")
mt.__index = { upper = function() return "hijacked" end }
