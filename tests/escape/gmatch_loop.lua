-- Threats 4 and 5: the loop around a gmatch iterator is Lua code under the budget.
local text = ("a b "):rep(1000)
while true do for word in text:gmatch("%a+") do local _ = word end end
