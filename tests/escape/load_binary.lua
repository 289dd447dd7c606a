-- Threat 1: load() on a string of bytecode is refused (load always works in text mode).
local bytecode = "\27Lua\84\0\25\147\13\10\26\10\4\8\8\120\86\0\0\0\0\0\0\0\0\0\0\0\40\119\64\1"
local chunk, why = load(bytecode, "=bytecode", "b")
assert(chunk, why)
