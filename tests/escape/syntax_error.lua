-- A syntax error names the file and the line.
local ok = true
local x = = 1
