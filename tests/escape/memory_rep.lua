-- Threat 8: one huge string: the allocator refuses past the memory budget.
local s = string.rep("x", 1 << 30)
