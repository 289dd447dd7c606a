-- Threat 5: a sparse table can have a huge length; table.insert would shift 2^40 slots in C.
local t = {}
for k = 40, 0, -1 do t[1 << k] = true end
table.insert(t, 1, "first")
