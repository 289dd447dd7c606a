-- Threat 3: setmetatable only takes tables, so the string metatable cannot be replaced.
setmetatable("", { __index = {} })
