-- Threats 2, 3 and 16: the environment is fresh (_G is the environment itself) and nothing
-- dangerous is reachable from it, directly or through a string's metatable.
local leaks = {}
local function absent(name, value) if value ~= nil then leaks[#leaks + 1] = name end end
absent("print", print) absent("dofile", dofile) absent("loadfile", loadfile)
absent("collectgarbage", collectgarbage) absent("require", require) absent("package", package)
absent("io", io) absent("debug", debug) absent("warn", warn)
absent("os.execute", os.execute) absent("os.getenv", os.getenv) absent("os.exit", os.exit)
absent("os.remove", os.remove) absent("os.rename", os.rename) absent("os.tmpname", os.tmpname)
absent("os.setlocale", os.setlocale) absent("string.dump", string.dump)
absent("(''):dump", ("").dump) absent("math.randomseed", math.randomseed)
if _G ~= _ENV then leaks[#leaks + 1] = "_G is not the environment" end
if getmetatable("") ~= false then leaks[#leaks + 1] = "string metatable reachable" end
return #leaks == 0 or table.concat(leaks, ", ")
