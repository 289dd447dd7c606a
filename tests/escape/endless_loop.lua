-- Threat 4: an endless loop is stopped by the instruction and time budget.
local n = 0
while true do n = n + 1 end
