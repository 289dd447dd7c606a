/* bench_sandbox.c — what the sandbox costs and how fast it stops a script.
 *
 *   bench_sandbox            all figures: hook cost, pattern-bomb refusal, endless-loop stop
 *   bench_sandbox hook       one run of the CPU-heavy script through sandbox_call (count hook on)
 *   bench_sandbox nohook     the same script, same state, hook removed (for whole-program timing)
 *
 * The CPU script is timed in process CPU time (best of 7, the two variants alternating), the stops
 * in CLOCK_MONOTONIC wall time; on a busy machine run it a few times. */
#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "sandbox.h"

/* Mostly VM work (arithmetic, calls, table stores), where the count hook costs most. */
static const char cpu_script[] =
    "local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end\n"
    "local t, s = {}, 0\n"
    "for i = 1, 4000000 do\n"
    "  s = s + (i % 7) * 3\n"
    "  t[i % 1000 + 1] = s\n"
    "  if i % 100 == 0 then s = s // 2 end\n"
    "end\n"
    "local words = {}\n"
    "for i = 1, 100000 do words[#words + 1] = tostring(i) end\n"
    "local count = 0\n"
    "for w in table.concat(words, ' '):gmatch('%d+') do count = count + #w end\n"
    "return s + count + fib(27)\n";

static double seconds(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double now_seconds(void)
{
    return seconds(CLOCK_MONOTONIC);
}

static double cpu_seconds(void)
{
    return seconds(CLOCK_PROCESS_CPUTIME_ID);
}

static int load_string(sandbox *sb, const char *code)
{
    lua_State *L = sandbox_lua(sb);
    if (luaL_loadbufferx(L, code, strlen(code), "=bench", "t") != LUA_OK) {
        fprintf(stderr, "bench: %s\n", lua_tostring(L, -1));
        return -1;
    }
    sandbox_push_env(sb);
    lua_setupvalue(L, -2, 1);
    return 0;
}

/* Runs the CPU script once; with_hook 0 removes the hook and calls lua_pcall directly. */
static double run_cpu_script(sandbox *sb, int with_hook, lua_Integer *result)
{
    lua_State *L = sandbox_lua(sb);
    cw_error err = {CW_OK, ""};
    if (load_string(sb, cpu_script) != 0)
        return -1;
    double start = cpu_seconds();
    int failed;
    if (with_hook) {
        failed = sandbox_call(sb, 0, 1, &err) != 0;
    } else {
        lua_sethook(L, NULL, 0, 0);
        failed = lua_pcall(L, 0, 1, 0) != LUA_OK;
        if (failed)
            snprintf(err.message, sizeof err.message, "%s", lua_tostring(L, -1));
    }
    double elapsed = cpu_seconds() - start;
    if (failed) {
        fprintf(stderr, "bench: %s\n", err.message);
        lua_settop(L, 0);
        return -1;
    }
    *result = lua_tointeger(L, -1);
    lua_settop(L, 0);
    return elapsed;
}

static sandbox *roomy_sandbox(void)
{
    sandbox_limits limits = {0, UINT64_C(1) << 50, 600000};
    cw_error err = {CW_OK, ""};
    sandbox *sb = sandbox_new(&limits, &err);
    if (!sb)
        fprintf(stderr, "bench: %s\n", err.message);
    return sb;
}

static int one_run(int with_hook)
{
    sandbox *sb = roomy_sandbox();
    lua_Integer result = 0;
    double t = sb ? run_cpu_script(sb, with_hook, &result) : -1;
    sandbox_free(sb);
    if (t < 0)
        return 1;
    printf("%s: %.3f s of CPU (result %lld)\n", with_hook ? "hook" : "nohook", t, (long long)result);
    return 0;
}

static double time_call(const sandbox_limits *limits, const char *code, char *message, size_t size)
{
    cw_error err = {CW_OK, ""};
    sandbox *sb = sandbox_new(limits, &err);
    if (!sb || load_string(sb, code) != 0)
        return -1;
    double start = now_seconds();
    int status = sandbox_call(sb, 0, 0, &err);
    double elapsed = now_seconds() - start;
    snprintf(message, size, "%s", status == 0 ? "(succeeded)" : err.message);
    sandbox_free(sb);
    return elapsed;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "hook") == 0)
        return one_run(1);
    if (argc == 2 && strcmp(argv[1], "nohook") == 0)
        return one_run(0);
    if (argc != 1) {
        fprintf(stderr, "usage: %s [hook|nohook]\n", argv[0]);
        return 2;
    }

    /* Alternate the two so that a busy machine slows both alike; keep the best of each. */
    sandbox *sb = roomy_sandbox();
    if (!sb)
        return 1;
    double best[2] = {1e9, 1e9};
    lua_Integer result = 0;
    for (int round = 0; round < 7; round++)
        for (int with_hook = 0; with_hook < 2; with_hook++) {
            double t = run_cpu_script(sb, with_hook, &result);
            if (t < 0)
                return 1;
            if (t < best[with_hook])
                best[with_hook] = t;
        }
    printf("CPU-heavy script, best of 7 (CPU time): without hook %.3f s, with count hook %.3f s "
           "(%+.1f%%)\n",
           best[0], best[1], (best[1] / best[0] - 1) * 100);
    printf("sandbox memory after those runs: %zu bytes in use, peak %zu bytes\n",
           sandbox_memory_in_use(sb), sandbox_memory_peak(sb));
    sandbox_free(sb);

    char message[1100];
    sandbox_limits defaults = sandbox_default_limits();
    double t = time_call(&defaults, "return string.find(('a'):rep(400), 'a*a*a*b')", message, sizeof message);
    printf("pattern bomb refused in %.6f s: %s\n", t, message);
    t = time_call(&defaults, "while true do end", message, sizeof message);
    printf("endless loop stopped in %.3f s: %s\n", t, message);
    t = time_call(&defaults, "while true do pcall(function() while true do end end) end", message,
                  sizeof message);
    printf("pcall loop stopped in %.3f s: %s\n", t, message);
    sandbox_limits time_only = {0, UINT64_C(1) << 50, 2000};
    t = time_call(&time_only, "while true do end", message, sizeof message);
    printf("endless loop, time budget only, stopped in %.3f s: %s\n", t, message);
    return 0;
}
