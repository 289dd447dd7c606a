-- Threat 4: resuming looping coroutines again and again, swallowing each error, is stopped too.
while true do
  coroutine.resume(coroutine.create(function() while true do end end))
end
