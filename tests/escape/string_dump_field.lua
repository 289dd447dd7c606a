-- Threat 1: no string.dump in the environment's string table.
local dumped = string.dump(function() return 1 end)
