-- Threat 2: no loadfile: a scenario cannot read other files, text or bytecode.
local chunk = loadfile(target)
