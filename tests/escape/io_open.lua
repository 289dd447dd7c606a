-- Threat 2: there is no io library, so a scenario cannot open or create files.
local f = io.open(target, "w")
f:write("escaped")
f:close()
