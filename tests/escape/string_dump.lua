-- Threats 1 and 3: string.dump is gone from the real string table, so a string's metatable
-- cannot reach it either.
local dumped = ("").dump(function() return 1 end)
