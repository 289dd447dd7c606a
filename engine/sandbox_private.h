/* sandbox_private.h — what the three sandbox files share: the environment builder
 * (sandbox_library.c), the caps on long C loops (sandbox_caps.c) and the state itself (sandbox.c).
 * Nothing outside engine/sandbox*.c includes this; the rest of the engine uses sandbox.h. */
#ifndef CW_SANDBOX_PRIVATE_H
#define CW_SANDBOX_PRIVATE_H

#include <lua.h>

#include "rng.h"

/* Largest chunk of source text a script's own load() accepts (files: the file-mib limit). */
#define SANDBOX_MAX_SOURCE_BYTES (4u * 1024u * 1024u)

/* Opens the allow-listed libraries, strips and hardens the real library tables, and stores a fresh
 * environment in the registry. A lua_CFunction: run it under lua_pcall. */
int sandbox_library_open(lua_State *L);

/* Pushes the environment built by sandbox_library_open. */
void sandbox_library_push_env(lua_State *L);

/* Replaces the library functions that loop inside C (string.find/match/gmatch/gsub/rep,
 * table.concat/insert/move/remove/sort/unpack) in the real string and table tables with capped
 * wrappers that also check the time budget on entry. Expects
 * those libraries opened; may raise a Lua error (memory). */
void sandbox_caps_install(lua_State *L);

/* The generator math.random draws from in the sandbox that owns L. Defined in sandbox.c. */
cw_rng *sandbox_rng_of(lua_State *L);

/* Whether the current call has spent its instruction or time budget. From then on the count hook
 * raises on every instruction, and because Lua turns hooks off while a hook runs, anything Lua
 * starts from inside that error (an xpcall handler, the __close methods of a coroutine killed by
 * it) would run with no hook at all: the library must not start script code then. */
int sandbox_budget_spent(lua_State *L);

/* Raises the budget error if the current call's time is spent or an interrupt was asked for;
 * returns otherwise. The count hook never fires inside a C function, so every library function
 * that can take long in C (the capped ones, load, the table functions) calls this on entry. */
void sandbox_budget_check(lua_State *L);

#endif
