-- Threat 4: Lua called back from C (a sort comparator) runs under the budget.
local t = { 3, 2, 1 }
table.sort(t, function(a, b) while true do end end)
