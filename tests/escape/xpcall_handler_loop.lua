-- Threat 4: a message handler that loops for ever is stopped as well.
while true do
  xpcall(function() error("first") end, function() while true do end end)
end
