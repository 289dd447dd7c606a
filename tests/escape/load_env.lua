-- Threats 2 and 3: a chunk loaded without an environment gets a fresh one: no io there either.
local chunk = assert(load("local f = io.open(" .. string.format("%q", target) .. ", 'w') f:write('x')"))
chunk()
