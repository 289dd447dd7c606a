-- Threat 2: no package library: package.loadlib would open any shared library.
local system = package.loadlib("libc.so.6", "system")
