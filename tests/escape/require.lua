-- Threat 2: no require: no C modules and no other Lua files.
local lfs = require("lfs")
