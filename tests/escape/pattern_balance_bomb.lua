-- Threat 5: %b scans for the closing bracket from every position.
local subject = ("("):rep(100000)
local at = subject:find("%b()")
