-- Threat 2: no debug library: no removing the hook, no registry, no upvalue surgery.
debug.sethook()
