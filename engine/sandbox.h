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

/* Default limits (64 MiB, 200M instructions, 2 s). $CASEWALK_SCENARIO_TIME_MS, when set to a
 * whole number of milliseconds, replaces the 2 s (and raises the cumulative budgets below to at
 * least that much): for very slow machines and for tests. */
sandbox_limits sandbox_default_limits(void);

/* A fresh state with the allow-listed library in a fresh environment table. limits may be NULL. */
sandbox *sandbox_new(const sandbox_limits *limits, cw_error *err);
void sandbox_free(sandbox *sb); /* full collection, then lua_close */
lua_State *sandbox_lua(sandbox *sb);

/* Pushes the scenario's environment table (to add the format's constructors before loading). */
void sandbox_push_env(sandbox *sb);

/* math.random draws from this generator (NULL: a fixed-seed generator owned by the sandbox). */
void sandbox_set_rng(sandbox *sb, cw_rng *rng);

/* Reads path as text (refusing bytecode, files over the file-mib limit, and NUL bytes) and pushes the compiled
 * chunk with the environment as its _ENV. Chunk name "@path", so messages read "path:LINE: …". */
int sandbox_load_file(sandbox *sb, const char *path, cw_error *err);

/* The one way to call into Lua: like lua_pcall(L, nargs, nresults) under the budget. On failure
 * pops the function and arguments, sets err to "FILE:LINE: message" (CW_ERR_INPUT) naming the
 * scenario line that was running, and returns -1. Returns 0 on success. */
int sandbox_call(sandbox *sb, int nargs, int nresults, cw_error *err);

/* Cumulative budgets: the wall-clock time of every outermost sandbox_call made between
 * sandbox_total_begin and sandbox_total_end, added up, so that many calls that each stay within
 * the per-call budget cannot add up to minutes. They nest (a step inside a check walk): a call
 * gets whatever time the tightest of them has left, and once one is spent every call fails at
 * once until it ends. The defaults are in docs/sandbox.md. */
typedef enum sandbox_total {
    SANDBOX_TOTAL_LOAD,  /* loading one scenario file: 5 s */
    SANDBOX_TOTAL_STEP,  /* one session step (start, choose, compose, a replayed decision): 5 s */
    SANDBOX_TOTAL_CHECK  /* a whole `casewalk check` walk: 300 s */
} sandbox_total;

void sandbox_total_begin(sandbox *sb, sandbox_total kind);
void sandbox_total_end(sandbox *sb);
/* Whether an enclosing cumulative budget is spent (callers that loop stop then). */
int sandbox_total_spent(const sandbox *sb);

/* Whether cw_interrupt was called (Ctrl-C, SIGTERM, SIGHUP): every sandbox_call then fails at
 * once, and one in progress stops at its next budget check. */
int sandbox_interrupted(void);

/* Ensures room for n more stack slots, or sets err and returns -1. */
int sandbox_check_stack(sandbox *sb, int n, cw_error *err);

/* Bytes the state holds now and at its peak (for benchmarks). */
size_t sandbox_memory_in_use(const sandbox *sb);
size_t sandbox_memory_peak(const sandbox *sb);

#endif
