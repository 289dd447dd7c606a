-- Threats 4 and 5: a gsub replacement function is Lua code, so the budget covers it.
local text = ("word "):rep(10)
text = text:gsub("%w+", function(word) while true do end end)
