-- Threat 5: the same through a string's metatable: the real string table is capped.
local subject = ("a"):rep(400)
local n = select(2, subject:gsub("a*a*a*b", ""))
