/* sandbox.h — a Lua state that untrusted scenario code cannot escape, and the one way to call
 * into it. Every row of the scenario-file threats in docs/sandbox.md is handled here: text-only
 * loading, an allow-listed library, a protected string metatable, no __gc, an instruction and
 * wall-clock budget that pcall cannot swallow, a memory budget, and capped pattern functions. */
#ifndef CW_SANDBOX_H
#define CW_SANDBOX_H

#include <stddef.h>
#include <stdint.h>

#include <lua.h>

#include "casewalk.h"
#include "rng.h"

typedef struct sandbox sandbox;

typedef struct sandbox_limits {
    size_t memory_bytes;   /* whole state; default 64 MiB */
    uint64_t instructions; /* per sandbox_call; default 200 million */
    int64_t milliseconds;  /* per sandbox_call, monotonic clock; default 2000 */
} sandbox_limits;

/* Default limits (64 MiB, 200M instructions, 2 s). */
sandbox_limits sandbox_default_limits(void);

/* A fresh state with the allow-listed library in a fresh environment table. limits may be NULL. */
sandbox *sandbox_new(const sandbox_limits *limits, cw_error *err);
void sandbox_free(sandbox *sb); /* full collection, then lua_close */
lua_State *sandbox_lua(sandbox *sb);

/* Pushes the scenario's environment table (to add the format's constructors before loading). */
void sandbox_push_env(sandbox *sb);

/* math.random draws from this generator (NULL: a fixed-seed generator owned by the sandbox). */
void sandbox_set_rng(sandbox *sb, cw_rng *rng);

/* Reads path as text (refusing bytecode, files over 4 MiB, and NUL bytes) and pushes the compiled
 * chunk with the environment as its _ENV. Chunk name "@path", so messages read "path:LINE: …". */
int sandbox_load_file(sandbox *sb, const char *path, cw_error *err);

/* The one way to call into Lua: like lua_pcall(L, nargs, nresults) under the budget. On failure
 * pops the function and arguments, sets err to "FILE:LINE: message" (CW_ERR_INPUT) naming the
 * scenario line that was running, and returns -1. Returns 0 on success. */
int sandbox_call(sandbox *sb, int nargs, int nresults, cw_error *err);

/* Ensures room for n more stack slots, or sets err and returns -1. */
int sandbox_check_stack(sandbox *sb, int n, cw_error *err);

/* Bytes the state holds now and at its peak (for benchmarks). */
size_t sandbox_memory_in_use(const sandbox *sb);
size_t sandbox_memory_peak(const sandbox *sb);

#endif
