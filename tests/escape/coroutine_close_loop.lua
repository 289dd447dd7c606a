-- Threat 4: a coroutine stopped by the budget keeps a __close that loops; it is never run.
local co = coroutine.wrap(function()
  local guard <close> = setmetatable({}, { __close = function() while true do end end })
  while true do end
end)
co()
