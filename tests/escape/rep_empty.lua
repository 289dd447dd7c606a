-- Threat 5: string.rep of an empty string would loop 2^50 times in C; it returns at once.
local s = string.rep("", 1 << 50)
return s == ""
