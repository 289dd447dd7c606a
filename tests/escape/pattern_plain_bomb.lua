-- Threat 5: a plain find compares bytes at every position: a huge search is refused.
local subject = ("a"):rep(2000000)
local needle = ("a"):rep(1000000) .. "b"
local at = subject:find(needle, 1, true)
