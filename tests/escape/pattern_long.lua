-- Threat 5: patterns with special characters are limited to 256 bytes.
local pattern = ("a?"):rep(200)
local found = ("a"):rep(10):match(pattern)
