-- Threat 4: coroutines inherit the count hook, so a loop inside one is stopped.
local co = coroutine.wrap(function()
  while true do end
end)
co()
