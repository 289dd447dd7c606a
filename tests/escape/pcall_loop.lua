-- Threat 4: pcall cannot swallow the budget error: once spent, it is raised on every instruction.
while true do
  pcall(function() while true do end end)
end
