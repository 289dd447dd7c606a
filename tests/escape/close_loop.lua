-- Threat 4: a __close handler that loops runs under the budget like any other Lua code.
do
  local guard <close> = setmetatable({}, { __close = function() while true do end end })
end
