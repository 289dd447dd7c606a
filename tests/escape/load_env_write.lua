-- Threat 3: a loaded chunk reads through to the library but cannot change it.
local chunk = assert(load("string.rep = nil"))
chunk()
