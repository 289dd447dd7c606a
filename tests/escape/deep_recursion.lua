-- Threat 8: unbounded recursion ends in a clean error, not a crash.
local function down(n)
  return 1 + down(n + 1)
end
down(1)
