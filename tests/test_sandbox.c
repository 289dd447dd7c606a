/* test_sandbox.c — the sandbox's escape suite and the checks that what is allowed still works.
 *
 * Usage: test_sandbox ESCAPE_DIR. Each file of the escape table tries one threat of
 * docs/sandbox.md the way a scenario file would. It must fail with a message naming the file and
 * the line of the offending statement (or, in the rows marked RUNS_SAFELY, return true because the
 * danger was absent), finish well within its deadline, and leave no side effect on disk.
 * Prints one line per check and exits 1 if any check failed. */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sandbox.h"

#define DEADLINE_SECONDS 5.0 /* every escape finishes well within this, with the 2 s budget */

static int checks, failures;

static void check(int ok, const char *detail, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void check(int ok, const char *detail, const char *fmt, ...)
{
    char name[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(name, sizeof name, fmt, ap);
    va_end(ap);
    checks++;
    if (!ok)
        failures++;
    printf("%s %s", ok ? "ok  " : "FAIL", name);
    if (!ok && detail)
        printf("\n       got: %s", detail);
    printf("\n");
}

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

static double cpu_seconds(void) /* steadier than wall time on a busy machine */
{
    return seconds(CLOCK_PROCESS_CPUTIME_ID);
}

static int exists(const char *path)
{
    return access(path, F_OK) == 0;
}

static int write_file(const char *path, const void *bytes, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int ok = fwrite(bytes, 1, size, f) == size;
    return (fclose(f) == 0 && ok) ? 0 : -1;
}

static int starts_with(const char *text, const char *prefix)
{
    return strncmp(text, prefix, strlen(prefix)) == 0;
}

/* ---- files made at test time ------------------------------------------------------------- */

static int write_chunk(lua_State *L, const void *p, size_t size, void *ud)
{
    (void)L;
    return fwrite(p, 1, size, ud) != size;
}

/* Real bytecode, made by a normal Lua state (the sandbox has no string.dump to make it). */
static int make_bytecode(const char *path)
{
    lua_State *L = luaL_newstate();
    FILE *f = fopen(path, "wb");
    int ok = L && f && luaL_loadstring(L, "return 'ran from bytecode'") == LUA_OK &&
             lua_dump(L, write_chunk, f, 0) == 0;
    if (f && fclose(f) != 0)
        ok = 0;
    if (L)
        lua_close(L);
    return ok ? 0 : -1;
}

static int make_generated_files(const char *dir)
{
    char path[4096];
    int failed = 0;
    snprintf(path, sizeof path, "%s/bytecode.luac", dir);
    failed |= make_bytecode(path);
    static const char nul[] = "local a = 1\nlocal b = 2 -- \0 hidden\nreturn a + b\n";
    snprintf(path, sizeof path, "%s/nul_byte.lua", dir);
    failed |= write_file(path, nul, sizeof nul - 1);
    size_t big_size = 17u * 1024 * 1024; /* over the default file-mib limit */
    char *big = malloc(big_size);
    if (!big)
        return -1;
    memset(big, '-', big_size); /* one huge comment line */
    snprintf(path, sizeof path, "%s/too_big.lua", dir);
    failed |= write_file(path, big, big_size);
    free(big);
    static const char bom[] = "\xEF\xBB\xBFreturn 5\n";
    snprintf(path, sizeof path, "%s/bom.lua", dir);
    failed |= write_file(path, bom, sizeof bom - 1);
    return failed ? -1 : 0;
}

/* ---- the escape suite ------------------------------------------------------------------------ */

typedef enum { FAILS_TO_LOAD, FAILS_TO_RUN, RUNS_SAFELY } outcome;
typedef enum { NO_TARGET, TARGET_NOT_CREATED, TARGET_KEPT } target_rule;

typedef struct escape_row {
    const char *file;
    int threat;       /* row of the threat table in docs/sandbox.md (0: error reporting) */
    outcome expect;
    int line;         /* the line the message must name; 0: the file alone ("FILE: ...") */
    const char *says; /* a phrase the message must contain */
    target_rule target; /* the global `target` names a file the script would create or delete */
    int generated;    /* made at test time in the temporary folder */
} escape_row;

static const escape_row escapes[] = {
    {"bytecode.luac", 1, FAILS_TO_LOAD, 0, "bytecode is refused", NO_TARGET, 1},
    {"nul_byte.lua", 1, FAILS_TO_LOAD, 2, "NUL byte", NO_TARGET, 1},
    {"too_big.lua", 8, FAILS_TO_LOAD, 0, "larger than 16 MiB", NO_TARGET, 1},
    {"syntax_error.lua", 1, FAILS_TO_LOAD, 3, "unexpected symbol", NO_TARGET, 0},
    {"load_binary.lua", 1, FAILS_TO_RUN, 4, "binary chunk", NO_TARGET, 0},
    {"load_function.lua", 1, FAILS_TO_RUN, 4, "only Lua source text", NO_TARGET, 0},
    {"load_env.lua", 2, FAILS_TO_RUN, 3, "global 'io'", TARGET_NOT_CREATED, 0},
    {"load_env_write.lua", 3, FAILS_TO_RUN, 3, "read-only", NO_TARGET, 0},
    {"io_open.lua", 2, FAILS_TO_RUN, 2, "global 'io'", TARGET_NOT_CREATED, 0},
    {"os_execute.lua", 2, FAILS_TO_RUN, 2, "field 'execute'", TARGET_NOT_CREATED, 0},
    {"os_remove.lua", 2, FAILS_TO_RUN, 2, "field 'remove'", TARGET_KEPT, 0},
    {"os_exit.lua", 2, FAILS_TO_RUN, 2, "field 'exit'", NO_TARGET, 0},
    {"os_getenv.lua", 16, FAILS_TO_RUN, 2, "field 'getenv'", NO_TARGET, 0},
    {"require.lua", 2, FAILS_TO_RUN, 2, "global 'require'", NO_TARGET, 0},
    {"package_loadlib.lua", 2, FAILS_TO_RUN, 2, "global 'package'", NO_TARGET, 0},
    {"debug.lua", 2, FAILS_TO_RUN, 2, "global 'debug'", NO_TARGET, 0},
    {"dofile.lua", 2, FAILS_TO_RUN, 2, "global 'dofile'", NO_TARGET, 0},
    {"loadfile.lua", 2, FAILS_TO_RUN, 2, "global 'loadfile'", NO_TARGET, 0},
    {"collectgarbage.lua", 7, FAILS_TO_RUN, 2, "global 'collectgarbage'", NO_TARGET, 0},
    {"string_dump.lua", 1, FAILS_TO_RUN, 3, "dump", NO_TARGET, 0},
    {"string_dump_field.lua", 1, FAILS_TO_RUN, 2, "field 'dump'", NO_TARGET, 0},
    {"string_metatable.lua", 3, FAILS_TO_RUN, 3, "boolean value", NO_TARGET, 0},
    {"string_metatable_set.lua", 3, FAILS_TO_RUN, 2, "table expected", NO_TARGET, 0},
    {"global_leak.lua", 2, RUNS_SAFELY, 0, NULL, NO_TARGET, 0},
    {"gc_finalizer.lua", 6, FAILS_TO_RUN, 3, "__gc", NO_TARGET, 0},
    {"gc_finalizer_late.lua", 6, RUNS_SAFELY, 0, NULL, NO_TARGET, 0},
    {"endless_loop.lua", 4, FAILS_TO_RUN, 3, "scenario ran too long", NO_TARGET, 0},
    {"pcall_loop.lua", 4, FAILS_TO_RUN, 3, "scenario ran too long", NO_TARGET, 0},
    {"xpcall_handler_loop.lua", 4, FAILS_TO_RUN, 3, "scenario ran too long", NO_TARGET, 0},
    {"coroutine_loop.lua", 4, FAILS_TO_RUN, 3, "scenario ran too long", NO_TARGET, 0},
    {"coroutine_resume_loop.lua", 4, FAILS_TO_RUN, 3, "scenario ran too long", NO_TARGET, 0},
    {"close_loop.lua", 4, FAILS_TO_RUN, 3, "scenario ran too long", NO_TARGET, 0},
    {"coroutine_close_loop.lua", 4, FAILS_TO_RUN, 4, "scenario ran too long", NO_TARGET, 0},
    {"sort_loop.lua", 4, FAILS_TO_RUN, 3, "scenario ran too long", NO_TARGET, 0},
    {"gsub_function_loop.lua", 4, FAILS_TO_RUN, 3, "scenario ran too long", NO_TARGET, 0},
    {"gmatch_loop.lua", 4, FAILS_TO_RUN, 3, "scenario ran too long", NO_TARGET, 0},
    {"pattern_bomb.lua", 5, FAILS_TO_RUN, 3, "string.find refused", NO_TARGET, 0},
    {"pattern_bomb_method.lua", 5, FAILS_TO_RUN, 3, "string.gsub refused", NO_TARGET, 0},
    {"pattern_long.lua", 5, FAILS_TO_RUN, 3, "cap 256 bytes", NO_TARGET, 0},
    {"pattern_plain_bomb.lua", 5, FAILS_TO_RUN, 4, "plain search", NO_TARGET, 0},
    {"pattern_balance_bomb.lua", 5, FAILS_TO_RUN, 3, "string.find refused", NO_TARGET, 0},
    {"rep_empty.lua", 5, RUNS_SAFELY, 0, NULL, NO_TARGET, 0},
    {"table_move.lua", 5, FAILS_TO_RUN, 2, "table.move refused", NO_TARGET, 0},
    {"table_insert_sparse.lua", 5, FAILS_TO_RUN, 4, "table.insert refused", NO_TARGET, 0},
    {"table_remove_len.lua", 5, FAILS_TO_RUN, 3, "table.remove refused", NO_TARGET, 0},
    {"memory_rep.lua", 8, FAILS_TO_RUN, 0, "more than 64 MiB of memory", NO_TARGET, 0},
    {"memory_table.lua", 8, FAILS_TO_RUN, 0, "more than 64 MiB of memory", NO_TARGET, 0},
    {"memory_concat.lua", 8, FAILS_TO_RUN, 0, "more than 64 MiB of memory", NO_TARGET, 0},
    {"deep_recursion.lua", 8, FAILS_TO_RUN, 3, "stack overflow", NO_TARGET, 0},
    {"c_stack_overflow.lua", 8, FAILS_TO_RUN, 3, "stack overflow", NO_TARGET, 0},
    {"nested_braces.lua", 8, FAILS_TO_LOAD, 0, "C stack overflow while compiling", NO_TARGET, 0},
    {"nested_parentheses.lua", 8, FAILS_TO_LOAD, 0, "C stack overflow while compiling", NO_TARGET, 0},
    {"nested_concat.lua", 8, FAILS_TO_LOAD, 0, "C stack overflow while compiling", NO_TARGET, 0},
    {"concat_metamethod.lua", 17, FAILS_TO_RUN, 4, "table.concat refused", NO_TARGET, 0},
    {"sort_metamethod.lua", 17, FAILS_TO_RUN, 3, "table.sort refused", NO_TARGET, 0},
    {"unpack_metamethod.lua", 17, FAILS_TO_RUN, 3, "table.unpack refused", NO_TARGET, 0},
    {"sort_c_comparator.lua", 17, FAILS_TO_RUN, 5, "scenario ran too long", NO_TARGET, 0},
    {"sort_lt_metamethod.lua", 17, FAILS_TO_RUN, 7, "scenario ran too long", NO_TARGET, 0},
    {"load_loop.lua", 17, FAILS_TO_RUN, 4, "scenario ran too long", NO_TARGET, 0},
    {"pattern_calls_loop.lua", 17, FAILS_TO_RUN, 3, "scenario ran too long", NO_TARGET, 0},
    {"error_table.lua", 0, FAILS_TO_RUN, 2, "error object is a table value", NO_TARGET, 0},
    {"error_level_zero.lua", 0, FAILS_TO_RUN, 2, "no position here", NO_TARGET, 0},
    {"error_tostring.lua", 0, FAILS_TO_RUN, 3, "error object is a table value", NO_TARGET, 0},
    {"error_nil.lua", 0, FAILS_TO_RUN, 2, "error object is a nil value", NO_TARGET, 0},
};

static void run_escape(const escape_row *row, const char *escape_dir, const char *tmp)
{
    char path[4096], target[4096], prefix[4200];
    snprintf(path, sizeof path, "%s/%s", row->generated ? tmp : escape_dir, row->file);
    snprintf(target, sizeof target, "%s/%s.target", tmp, row->file);
    remove(target);
    if (row->target == TARGET_KEPT && write_file(target, "keep\n", 5) != 0)
        check(0, target, "%s: could not create the target file", row->file);

    double start = now_seconds();
    cw_error err = {CW_OK, ""};
    sandbox *sb = sandbox_new(NULL, &err);
    if (!sb) {
        check(0, err.message, "%s: sandbox_new", row->file);
        return;
    }
    lua_State *L = sandbox_lua(sb);
    sandbox_push_env(sb);
    lua_pushstring(L, target);
    lua_setfield(L, -2, "target");
    lua_pop(L, 1);
    int loaded = sandbox_load_file(sb, path, &err) == 0;
    int ran = loaded && sandbox_call(sb, 0, 1, &err) == 0;
    int returned_true = ran && lua_isboolean(L, -1) && lua_toboolean(L, -1);
    char returned[256] = "";
    if (ran) {
        snprintf(returned, sizeof returned, "returned %s", luaL_tolstring(L, -1, NULL));
        lua_pop(L, 2);
    }
    int stack_left = lua_gettop(L);
    size_t peak = sandbox_memory_peak(sb);
    sandbox_free(sb);
    double elapsed = now_seconds() - start;

    const char *expected = row->expect == FAILS_TO_LOAD ? "refused when loading"
                         : row->expect == FAILS_TO_RUN  ? "fails when run"
                                                        : "runs safely";
    int as_expected = row->expect == FAILS_TO_LOAD ? !loaded
                    : row->expect == FAILS_TO_RUN  ? loaded && !ran
                                                   : returned_true;
    check(as_expected, ran ? returned : err.message, "%s (threat %d): %s", row->file, row->threat,
          expected);
    if (row->expect != RUNS_SAFELY) {
        if (row->line > 0)
            snprintf(prefix, sizeof prefix, "%s:%d: ", path, row->line);
        else
            snprintf(prefix, sizeof prefix, "%s: ", path);
        check(!ran && starts_with(err.message, prefix), err.message,
              "%s: message starts with \"FILE%s\"", row->file, row->line > 0 ? ":LINE: " : ": ");
        check(!ran && strstr(err.message, row->says) != NULL, err.message, "%s: message says \"%s\"",
              row->file, row->says);
        check(!ran && err.kind == CW_ERR_INPUT, NULL, "%s: error kind is CW_ERR_INPUT", row->file);
        printf("       message: %s\n", err.message);
    }
    check(elapsed < DEADLINE_SECONDS, NULL, "%s: finished in %.3f s (< %.0f s)", row->file, elapsed,
          DEADLINE_SECONDS);
    check(stack_left == 0, NULL, "%s: nothing left on the Lua stack", row->file);
    check(peak <= sandbox_default_limits().memory_bytes, NULL,
          "%s: peak memory %.1f MiB within the budget", row->file, (double)peak / 1048576.0);
    if (row->target == TARGET_NOT_CREATED)
        check(!exists(target), target, "%s: no file was created", row->file);
    if (row->target == TARGET_KEPT)
        check(exists(target), target, "%s: the file is still there", row->file);
    remove(target);
}

/* ---- scenario files: what the loader builds, what a session step runs -------------------------- */

typedef enum { AT_LOAD, AT_START } scenario_stage;

typedef struct scenario_row {
    const char *file;
    int threat;
    scenario_stage fails_at; /* cw_scenario_load, or cw_session_start after a good load */
    int line;                /* the line the message must name; 0: "FILE: ..." */
    const char *says;
    double seconds;          /* must fail within this */
} scenario_row;

static const scenario_row scenario_escapes[] = {
    {"scenario_shared_string.lua", 19, AT_LOAD, 7, "more than 32 MiB", 3.0},
    {"scenario_big_string.lua", 19, AT_LOAD, 6, "longer than 65536 bytes", 3.0},
    {"scenario_interpolation_bomb.lua", 19, AT_LOAD, 7, "once ${...} are filled in", 3.0},
    {"scenario_reveal_bomb.lua", 19, AT_LOAD, 10, "reveals confidential item 'note' twice", 3.0},
    {"scenario_reveal_long.lua", 19, AT_LOAD, 13, "with the confidential items it reveals could be",
     3.0},
    {"scenario_many_choices.lua", 22, AT_LOAD, 12, "has 300 choices; a scene may have at most 16",
     3.0},
    {"scenario_many_clauses.lua", 22, AT_LOAD, 8, "has 300 clauses; a drafting step may have at most 64",
     3.0},
    {"scenario_long_record_line.lua", 22, AT_LOAD, 9, "could write a record line", 3.0},
    {"scenario_invalid_utf8.lua", 22, AT_LOAD, 7, "'text' is not valid UTF-8", 3.0},
    {"scenario_invalid_utf8_state.lua", 22, AT_LOAD, 2, "'label' is not valid UTF-8", 3.0},
    {"scenario_function_utf8.lua", 22, AT_START, 7, "not valid UTF-8", 3.0},
    {"scenario_slow_conditions.lua", 18, AT_START, 6, "more than 5000 ms in total for one step",
     8.0},
};

/* What loading one hostile file may add to the process's peak memory (the 32 MiB the loader may
 * build, Lua's 64 MiB, and room for a sanitizer's bookkeeping); without the loader's count the
 * shared string alone reached 1 GB. */
#define SCENARIO_RSS_KIB (150 * 1024)

/* Resident memory now, from /proc/self/statm; 0 when unknown. */
static long resident_kib(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f && fscanf(f, "%ld %ld", &pages, &resident) != 2)
        resident = 0;
    if (f)
        fclose(f);
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static void keep_first(void *ud, const char *message)
{
    char *first = ud;
    if (!first[0])
        snprintf(first, 1100, "%s", message);
}

/* Loads (and starts) the file in a child process, so that its peak memory can be measured on
 * its own; the child sends back whether it failed where expected and the message. */
static void run_scenario_escape(const scenario_row *row, const char *escape_dir)
{
    char path[4096], prefix[4200], message[1100] = "";
    snprintf(path, sizeof path, "%s/%s", escape_dir, row->file);
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) {
        check(0, NULL, "%s: pipe", row->file);
        return;
    }
    fflush(stdout);
    double start = now_seconds();
    pid_t child = fork();
    if (child == 0) {
        close(pipe_fds[0]);
#if defined(__GLIBC__)
        malloc_trim(0); /* so that what loading builds shows as growth, not reuse of freed memory */
#endif
        long at_start = resident_kib();
        cw_error err = {CW_OK, ""};
        cw_scenario *sc = cw_scenario_load(path, &err);
        int where = sc ? 1 : 0; /* 0: failed to load, 1: loaded, 2: failed to start, 3: started */
        if (sc) {
            cw_session_options options = {.role = "cps", .trainee = "sandbox-test", .has_seed = 1, .seed = 1};
            cw_session *session = cw_session_start(sc, &options, &err);
            where = session ? 3 : 2;
            cw_session_free(session);
            cw_scenario_free(sc);
        }
        struct rusage own;
        getrusage(RUSAGE_SELF, &own);
        char out[1100];
        int n = snprintf(out, sizeof out, "%d%ld|%s", where, own.ru_maxrss - at_start, err.message);
        ssize_t wrote = write(pipe_fds[1], out, (size_t)n);
        _exit(wrote == n ? 0 : 1);
    }
    close(pipe_fds[1]);
    size_t got = 0;
    ssize_t n;
    while (child > 0 && got < sizeof message - 1 &&
           (n = read(pipe_fds[0], message + got, sizeof message - 1 - got)) > 0)
        got += (size_t)n;
    message[got] = '\0';
    close(pipe_fds[0]);
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child) {
        check(0, NULL, "%s: could not run a child process", row->file);
        return;
    }
    double elapsed = now_seconds() - start;
    int where = message[0] ? message[0] - '0' : -1;
    long grown = message[0] ? strtol(message + 1, NULL, 10) : -1;
    const char *text = strchr(message, '|') ? strchr(message, '|') + 1 : "";
    int expected = row->fails_at == AT_LOAD ? 0 : 2;
    check(WIFEXITED(status) && WEXITSTATUS(status) == 0 && where == expected, text, "%s (threat %d): %s",
          row->file, row->threat, row->fails_at == AT_LOAD ? "refused when loading" : "fails when starting");
    if (row->line > 0)
        snprintf(prefix, sizeof prefix, "%s:%d: ", path, row->line);
    else
        snprintf(prefix, sizeof prefix, "%s: ", path);
    check(starts_with(text, prefix), text, "%s: message starts with \"FILE%s\"", row->file,
          row->line > 0 ? ":LINE: " : ": ");
    check(strstr(text, row->says) != NULL, text, "%s: message says \"%s\"", row->file, row->says);
    printf("       message: %s\n", text);
    check(elapsed < row->seconds, NULL, "%s: failed in %.3f s (< %.0f s)", row->file, elapsed,
          row->seconds);
    check(grown >= 0 && grown < SCENARIO_RSS_KIB, NULL,
          "%s: the process's peak memory grew by %ld KiB (< %d KiB)", row->file, grown,
          SCENARIO_RSS_KIB);
    if (row->fails_at == AT_LOAD) { /* `casewalk check` says the same as loading */
        char first[1100] = "";
        int findings = cw_scenario_check(path, keep_first, first, NULL);
        check(findings > 0 && strcmp(first, text) == 0, first, "%s: check reports the same message",
              row->file);
    }
}

/* ---- positive checks ---------------------------------------------------------------------- */

/* Compiles code as a chunk of the scenario's environment (chunk name "test") and runs it. */
static int run_code(sandbox *sb, const char *code, int nresults, cw_error *err)
{
    lua_State *L = sandbox_lua(sb);
    if (luaL_loadbufferx(L, code, strlen(code), "=test", "t") != LUA_OK) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "%s", lua_tostring(L, -1));
        lua_pop(L, 1);
        return -1;
    }
    sandbox_push_env(sb);
    lua_setupvalue(L, -2, 1);
    return sandbox_call(sb, 0, nresults, err);
}

/* Runs code that returns one value and compares its string form with expected. */
static void expect_result(sandbox *sb, const char *name, const char *code, const char *expected)
{
    cw_error err = {CW_OK, ""};
    lua_State *L = sandbox_lua(sb);
    if (run_code(sb, code, 1, &err) != 0) {
        check(0, err.message, "%s", name);
        return;
    }
    const char *got = luaL_tolstring(L, -1, NULL);
    check(strcmp(got, expected) == 0, got, "%s", name);
    lua_pop(L, 2);
}

/* Runs code that must fail; its message must contain says. */
static void expect_error(sandbox *sb, const char *name, const char *code, const char *says)
{
    cw_error err = {CW_OK, ""};
    int failed = run_code(sb, code, 0, &err) != 0;
    check(failed && strstr(err.message, says) != NULL, failed ? err.message : "it succeeded", "%s",
          name);
    check(lua_gettop(sandbox_lua(sb)) == 0, NULL, "%s: stack balanced", name);
}

static void test_allowed_functions(void)
{
    sandbox *sb = sandbox_new(NULL, NULL);
    expect_result(sb, "string.format works", "return string.format('%5.2f|%d|%s', math.pi, 42, 'x')",
                  " 3.14|42|x");
    expect_result(sb, "table.sort with a comparator works",
                  "local t = {5, 3, 9, 1} table.sort(t, function(a, b) return a > b end) "
                  "return table.concat(t, ',')",
                  "9,5,3,1");
    expect_result(sb, "utf8.char works", "return utf8.char(72, 228, 8364)", "H\xC3\xA4\xE2\x82\xAC");
    expect_result(sb, "coroutine.wrap works",
                  "local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i * 10) end end) "
                  "return gen() + gen() + gen()",
                  "60");
    expect_result(sb, "os.time, os.clock and os.date work",
                  "return type(os.time()) .. type(os.clock()) .. type(os.date('%Y'))",
                  "numbernumberstring");
    expect_result(sb, "pcall, select, tonumber and table.unpack work",
                  "return tostring(pcall(error, 'x')) .. select('#', table.unpack({1, 2, 3})) .. "
                  "tonumber('0x10')",
                  "false316");
    expect_result(sb, "string methods still work after getmetatable('')",
                  "local mt = getmetatable('') return tostring(mt) .. ('abc'):upper()", "falseABC");
    expect_result(sb, "setmetatable without __gc works",
                  "local t = setmetatable({}, {__index = function(_, k) return k .. '!' end}) return t.hi",
                  "hi!");
    expect_result(sb, "load with an environment table works",
                  "return load('return 1 + x', 'chunk', 't', {x = 41})()", "42");
    expect_result(sb, "load without one gets a fresh environment over the library",
                  "x = 7 local f = load('y = 5 return y .. string.upper(\"a\") .. tostring(_G == _ENV) "
                  ".. tostring(x)') return f() .. tostring(y)",
                  "5Atruenilnil");
    expect_result(sb, "load of bad source returns nil and the message",
                  "local f, why = load('return (') return tostring(f) .. ' ' .. type(why)", "nil string");
    expect_result(sb, "string.rep with content still works", "return ('ab'):rep(3, '-')", "ab-ab-ab");
    expect_result(sb, "table.insert, remove and move still work",
                  "local t = {1, 2, 3} table.insert(t, 1, 0) table.remove(t) "
                  "local u = table.move(t, 1, 3, 2, {}) return table.concat(t, ',') .. '|' .. #u",
                  "0,1,2|4");
    sandbox_free(sb);
}

static char *sorted_keys(lua_State *L, int t)
{
    const char *names[128];
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, t) && n < 128) {
        names[n++] = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "(not a string)";
        lua_pop(L, 1);
    }
    for (int i = 1; i < n; i++) /* insertion sort: small lists */
        for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            const char *swap = names[j];
            names[j] = names[j - 1];
            names[j - 1] = swap;
        }
    static char joined[2048];
    joined[0] = '\0';
    for (int i = 0; i < n; i++) {
        strncat(joined, names[i], sizeof joined - strlen(joined) - 2);
        if (i + 1 < n)
            strcat(joined, " ");
    }
    return joined;
}

static void test_environment_contents(void)
{
    static const struct {
        const char *table;
        const char *keys;
    } expected[] = {
        {NULL, "_G _VERSION assert coroutine error getmetatable ipairs load math next os pairs pcall "
               "rawequal rawget rawlen rawset select setmetatable string table tonumber tostring "
               "type utf8 xpcall"},
        {"string", "byte char find format gmatch gsub len lower match pack packsize rep reverse sub "
                   "unpack upper"},
        {"table", "concat insert move pack remove sort unpack"},
        {"math", "abs acos asin atan ceil cos deg exp floor fmod huge log max maxinteger min "
                 "mininteger modf pi rad random sin sqrt tan tointeger type ult"},
        {"utf8", "char charpattern codepoint codes len offset"},
        {"coroutine", "close create isyieldable resume running status wrap yield"},
        {"os", "clock date time"},
    };
    sandbox *sb = sandbox_new(NULL, NULL);
    lua_State *L = sandbox_lua(sb);
    sandbox_push_env(sb);
    int env = lua_gettop(L);
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        if (expected[i].table)
            lua_getfield(L, env, expected[i].table);
        else
            lua_pushvalue(L, env);
        const char *keys = lua_istable(L, -1) ? sorted_keys(L, lua_gettop(L)) : "(not a table)";
        check(strcmp(keys, expected[i].keys) == 0, keys, "environment: %s holds exactly the allow-list",
              expected[i].table ? expected[i].table : "the global table");
        lua_pop(L, 1);
    }
    lua_getfield(L, env, "_G");
    check(lua_rawequal(L, -1, env), NULL, "environment: _G is the environment itself");
    lua_pop(L, 2);
    sandbox_free(sb);
}

static void test_random(void)
{
    sandbox *sb = sandbox_new(NULL, NULL);
    cw_rng rng, mirror;
    const char *code = "local t = {} for i = 1, 8 do t[i] = math.random(1, 100) end "
                       "t[9] = math.random(6) t[10] = math.random(-5, 5) return table.concat(t, ',')";
    char expected[256] = "";
    rng_seed(&mirror, 42);
    for (int i = 0; i < 10; i++) {
        long long value = i < 8 ? (long long)rng_below(&mirror, 100) + 1
                        : i == 8 ? (long long)rng_below(&mirror, 6) + 1
                                 : (long long)rng_below(&mirror, 11) - 5;
        snprintf(expected + strlen(expected), sizeof expected - strlen(expected), "%s%lld",
                 i ? "," : "", value);
    }
    rng_seed(&rng, 42);
    sandbox_set_rng(sb, &rng);
    expect_result(sb, "math.random(m, n) and (m) draw from the seeded engine generator", code, expected);
    rng_seed(&rng, 42);
    expect_result(sb, "math.random repeats exactly from the same seed", code, expected);

    rng_seed(&rng, 7);
    rng_seed(&mirror, 7);
    char text[64];
    snprintf(text, sizeof text, "%.14g", rng_unit(&mirror));
    expect_result(sb, "math.random() is a float from the generator", "return string.format('%.14g', math.random())",
                  text);
    snprintf(text, sizeof text, "%lld", (long long)rng_next(&mirror));
    expect_result(sb, "math.random(0) is a whole random integer", "return math.random(0)", text);
    expect_error(sb, "math.random(2, 1) says the interval is empty", "math.random(2, 1)",
                 "interval is empty");
    expect_error(sb, "math.random(0, 1, 2) says wrong number of arguments", "math.random(0, 1, 2)",
                 "wrong number of arguments");
    expect_error(sb, "math.random(1.5) needs an integer", "math.random(1.5)",
                 "number has no integer representation");
    expect_result(sb, "math.randomseed is gone", "return math.randomseed == nil", "true");
    sandbox_free(sb);

    sandbox *a = sandbox_new(NULL, NULL), *b = sandbox_new(NULL, NULL);
    cw_error err = {CW_OK, ""};
    int same = run_code(a, "return math.random(1, 1000000)", 1, &err) == 0 &&
               run_code(b, "return math.random(1, 1000000)", 1, &err) == 0 &&
               lua_tointeger(sandbox_lua(a), -1) == lua_tointeger(sandbox_lua(b), -1);
    check(same, err.message, "without sandbox_set_rng, math.random uses a fixed-seed generator");
    sandbox_free(a);
    sandbox_free(b);
}

static void test_patterns(void)
{
    sandbox *sb = sandbox_new(NULL, NULL);
    double start = cpu_seconds();
    const char *setup = "local text = ('The worker spoke with the family about safety. '):rep(110) "
                        "local draft = ('We will not fail to act; we protect the children. '):rep(40) ";
    char code[2048];
    snprintf(code, sizeof code, "%s return #text .. ' ' .. #draft", setup);
    expect_result(sb, "patterns: a 5,170-char text and a 2,000-char draft", code, "5170 2000");
    snprintf(code, sizeof code, "%s return (text:find('spoke.-family'))", setup);
    expect_result(sb, "patterns: '.-' on the 5,170-char text", code, "12");
    snprintf(code, sizeof code, "%s local t = text .. 'end' return (select(2, t:find('^(.-)end$')))", setup);
    expect_result(sb, "patterns: anchored '^(.-)end$' on the 5,170-char text", code, "5173");
    snprintf(code, sizeof code, "%s return select(2, text:gsub('%%s+', ' '))", setup);
    expect_result(sb, "patterns: '%s+' on the 5,170-char text", code, "880");
    snprintf(code, sizeof code, "%s return (draft:find('fail.-protect'))", setup);
    expect_result(sb, "patterns: 'fail.-protect' on the 2,000-char draft", code, "13");
    snprintf(code, sizeof code, "%s return #draft:match('^%%s*(.-)%%s*$')", setup);
    expect_result(sb, "patterns: trimming the draft", code, "1999");
    snprintf(code, sizeof code, "%s local n = 0 for w in text:gmatch('%%a+') do n = n + 1 end return n", setup);
    expect_result(sb, "patterns: gmatch over the text", code, "880");
    snprintf(code, sizeof code,
             "%s local s = text:gsub('%%a+', function(w) return w:upper() end) return s:sub(1, 10)", setup);
    expect_result(sb, "patterns: gsub with a replacement function", code, "THE WORKER");
    snprintf(code, sizeof code, "%s return (text:find('family about', 1, true))", setup);
    expect_result(sb, "patterns: a plain find", code, "27");
    double elapsed = cpu_seconds() - start;
    check(elapsed < 1.0, NULL, "patterns: ordinary uses took %.3f s of CPU (< 1 s)", elapsed);
    start = cpu_seconds();
    expect_error(sb, "patterns: string.find(('a'):rep(400), 'a*a*a*b') is refused",
                 "string.find(('a'):rep(400), 'a*a*a*b')", "string.find refused");
    elapsed = cpu_seconds() - start;
    check(elapsed < 0.05, NULL, "patterns: the refusal took %.6f s of CPU (< 0.05 s)", elapsed);
    sandbox_free(sb);
}

static void test_reuse(void)
{
    sandbox *sb = sandbox_new(NULL, NULL);
    double start = now_seconds();
    expect_error(sb, "reuse: an endless loop is stopped", "while true do end", "ran too long");
    double elapsed = now_seconds() - start;
    check(elapsed < DEADLINE_SECONDS, NULL, "reuse: the endless loop was stopped after %.3f s", elapsed);
    expect_result(sb, "reuse: a call after the budget trip succeeds", "return 1 + 1", "2");
    expect_error(sb, "reuse: a 1 GiB string is refused", "local s = string.rep('x', 1 << 30)",
                 "test: scenario used more than 64 MiB of memory");
    expect_result(sb, "reuse: a call after the memory error succeeds", "return ('x'):rep(10)", "xxxxxxxxxx");
    expect_error(sb, "reuse: a table growing without end is refused",
                 "local t = {} for i = 1, 1e9 do t[i] = i end", "MiB of memory");
    expect_result(sb, "reuse: its memory comes back for the next call",
                  "return #('y'):rep(30 * 1024 * 1024)", "31457280");
    check(sandbox_memory_peak(sb) <= 64u * 1024 * 1024, NULL,
          "reuse: peak memory %zu bytes stayed within 64 MiB", sandbox_memory_peak(sb));
    sandbox_free(sb);
}

static void test_budgets(void)
{
    sandbox_limits time_only = {0, UINT64_C(1) << 62, 300};
    sandbox *sb = sandbox_new(&time_only, NULL);
    cw_error err = {CW_OK, ""};
    double start = now_seconds();
    int failed = run_code(sb, "local n = 0\nwhile true do n = n + 1 end", 0, &err) != 0;
    double elapsed = now_seconds() - start;
    check(failed && strcmp(err.message, "test:2: scenario ran too long (stopped after 300 ms)") == 0,
          err.message, "budget: the wall-clock deadline gives \"test:2: ... (stopped after 300 ms)\"");
    check(elapsed >= 0.29 && elapsed < 2.0, NULL, "budget: stopped after %.3f s (300 ms deadline)",
          elapsed);
    sandbox_free(sb);

    sandbox_limits count_only = {0, 1000000, 60000};
    sb = sandbox_new(&count_only, NULL);
    failed = run_code(sb, "while true do end", 0, &err) != 0;
    check(failed && strcmp(err.message, "test:1: scenario ran too long (over 1000000 instructions)") == 0,
          err.message, "budget: the instruction budget gives \"... (over 1000000 instructions)\"");
    for (int i = 1; i <= 3; i++) /* each ~600,000 instructions: fits only if every call starts afresh */
        expect_result(sb, "budget: the instruction count starts afresh on each call",
                      "local n = 0 for i = 1, 200000 do n = n + 1 end return n", "200000");
    expect_error(sb, "budget: a pcall caught just before returning still fails the call",
                 "return pcall(function() while true do end end)", "ran too long");
    expect_error(sb, "budget: a coroutine with a looping __close is stopped",
                 "co = coroutine.create(function()\n"
                 "  local guard <close> = setmetatable({}, {__close = function() while true do end end})\n"
                 "  while true do end\n"
                 "end)\n"
                 "coroutine.resume(co)",
                 "test:3: scenario ran too long");
    expect_result(sb, "budget: closing it in a later call does not run its __close",
                  "return tostring(coroutine.close(co))", "false");
    expect_result(sb, "budget: a coroutine that failed normally still reports its error on close",
                  "local c = coroutine.create(function() error('boom', 0) end) coroutine.resume(c) "
                  "return select(2, coroutine.close(c))", "boom");
    sandbox_free(sb);
}

/* Many calls that each stay under the per-call budget add up to the cumulative one; then calls
 * fail at once until it ends, and nested budgets take the tighter of the two. */
static int sleep_seconds(lua_State *L) /* wall-clock time, whatever the machine's load */
{
    double s = luaL_checknumber(L, 1);
    struct timespec ts = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
    while (nanosleep(&ts, &ts) != 0)
        ;
    return 0;
}

static void test_totals(void)
{
    sandbox *sb = sandbox_new(NULL, NULL);
    cw_error err = {CW_OK, ""};
    sandbox_push_env(sb);
    lua_pushcfunction(sandbox_lua(sb), sleep_seconds);
    lua_setfield(sandbox_lua(sb), -2, "sleep");
    lua_pop(sandbox_lua(sb), 1);
    const char *slow = "sleep(0.35) local n = 0 for i = 1, 100000 do n = n + 1 end return n";
    sandbox_total_begin(sb, SANDBOX_TOTAL_CHECK);
    sandbox_total_begin(sb, SANDBOX_TOTAL_STEP);
    double start = now_seconds();
    int calls = 0;
    while (run_code(sb, slow, 1, &err) == 0 && calls < 100) {
        lua_pop(sandbox_lua(sb), 1);
        calls++;
    }
    double elapsed = now_seconds() - start;
    check(strcmp(err.message, "test:1: scenario ran too long (more than 5000 ms in total for one step)") == 0,
          err.message, "totals: 0.35 s calls stop at the step's 5 s (\"test:1: ... in total for one step\")");
    check(calls >= 10 && calls <= 14 && elapsed >= 4.9 && elapsed < 6.5, NULL,
          "totals: %d calls succeeded, stopped after %.2f s", calls, elapsed);
    check(sandbox_total_spent(sb), NULL, "totals: the step's budget reads as spent");
    start = now_seconds();
    int refused = run_code(sb, "return 1", 1, &err) != 0;
    check(refused && now_seconds() - start < 0.1 && strstr(err.message, "in total for one step"),
          err.message, "totals: the next call is refused at once");
    sandbox_total_end(sb);
    check(!sandbox_total_spent(sb), NULL, "totals: the check walk's budget still has time left");
    expect_result(sb, "totals: once the step's budget ends, calls run again", "return 7", "7");
    sandbox_total_end(sb);
    sandbox_free(sb);
}

/* A C function that makes a nested sandbox_call into an endless loop and carries on. */
static sandbox *nested_sandbox;
static int nested_call(lua_State *L)
{
    cw_error err = {CW_OK, ""};
    int result = run_code(nested_sandbox, "while true do end", 0, &err);
    lua_pushboolean(L, result == 0);
    return 1;
}

static int raise_plain(lua_State *L)
{
    return luaL_error(L, "plain failure");
}

static int raise_table(lua_State *L)
{
    lua_newtable(L);
    return lua_error(L);
}

static void test_calls(const char *escape_dir)
{
    sandbox *sb = sandbox_new(NULL, NULL);
    nested_sandbox = sb;
    lua_State *L = sandbox_lua(sb);
    sandbox_push_env(sb);
    lua_pushcfunction(L, nested_call);
    lua_setfield(L, -2, "nested");
    lua_pop(L, 1);
    expect_error(sb, "calls: a nested call shares the budget of the outer one", "return nested()",
                 "test:1: scenario ran too long");

    char path[4096], expected[4200];
    snprintf(path, sizeof path, "%s/endless_loop.lua", escape_dir);
    cw_error err = {CW_OK, ""};
    int loaded = sandbox_load_file(sb, path, &err) == 0;
    lua_pop(L, loaded);
    lua_pushcfunction(L, raise_plain);
    snprintf(expected, sizeof expected, "%s: plain failure", path);
    check(sandbox_call(sb, 0, 0, &err) != 0 && strcmp(err.message, expected) == 0, err.message,
          "calls: an error from C with no Lua frame names the scenario file");
    lua_pushcfunction(L, raise_table);
    snprintf(expected, sizeof expected, "%s: error object is a table value", path);
    check(sandbox_call(sb, 0, 0, &err) != 0 && strcmp(err.message, expected) == 0, err.message,
          "calls: a table raised from C is described safely");
    check(lua_gettop(L) == 0, NULL, "calls: stack balanced");

    check(sandbox_check_stack(sb, 100, &err) == 0, NULL, "check_stack: room for 100 values");
    check(sandbox_check_stack(sb, 100000000, &err) != 0 && strstr(err.message, "no room") != NULL,
          err.message, "check_stack: 100 million values refused with a message");

    snprintf(path, sizeof path, "%s/no_such_file.lua", escape_dir);
    check(sandbox_load_file(sb, path, &err) != 0 && err.kind == CW_ERR_SYSTEM &&
              starts_with(err.message, path),
          err.message, "load_file: a missing file is a system error naming it");
    check(sandbox_memory_in_use(sb) > 0 && sandbox_memory_peak(sb) >= sandbox_memory_in_use(sb),
          NULL, "memory: %zu bytes in use, peak %zu", sandbox_memory_in_use(sb), sandbox_memory_peak(sb));
    sandbox_free(sb);

    sandbox *fresh = sandbox_new(NULL, NULL);
    printf("       a fresh sandbox holds %zu bytes\n", sandbox_memory_in_use(fresh));
    sandbox_free(fresh);
}

static void test_generated(const char *tmp)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/bom.lua", tmp);
    sandbox *sb = sandbox_new(NULL, NULL);
    cw_error err = {CW_OK, ""};
    int ok = sandbox_load_file(sb, path, &err) == 0 && sandbox_call(sb, 0, 1, &err) == 0 &&
             lua_tointeger(sandbox_lua(sb), -1) == 5;
    check(ok, err.message, "load_file: a leading UTF-8 byte order mark is skipped");
    sandbox_free(sb);
}

/* Allocation failure at every point of start-up and of a small run, in the spirit of Lua's own
 * tests: budgets from 8 KiB up, each ending in a clean error or a success, never a crash. */
static void test_tight_budgets(void)
{
    int created = 0, clean = 1;
    char bad[1100] = "";
    for (size_t budget = 8 * 1024; budget <= 512 * 1024; budget += 4 * 1024) {
        sandbox_limits limits = {budget, 0, 0};
        cw_error err = {CW_OK, ""};
        sandbox *sb = sandbox_new(&limits, &err);
        if (!sb) {
            if (!err.message[0] || err.kind != CW_ERR_SYSTEM) {
                clean = 0;
                snprintf(bad, sizeof bad, "%s", err.message);
            }
            continue;
        }
        created++;
        int status = run_code(sb, "local t = {} for i = 1, 2000 do t[i] = tostring(i) end return #t", 1, &err);
        if (status == 0 ? lua_tointeger(sandbox_lua(sb), -1) != 2000
                        : !strstr(err.message, "MiB of memory") && !strstr(err.message, "not enough memory")) {
            clean = 0;
            snprintf(bad, sizeof bad, "%s", err.message);
        }
        lua_settop(sandbox_lua(sb), 0);
        sandbox_free(sb);
    }
    check(clean && created > 0, bad, "tight budgets: every budget from 8 KiB to 512 KiB fails cleanly "
          "or works (%d created)", created);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s ESCAPE_DIR\n", argv[0]);
        return 2;
    }
    char tmp[] = "/tmp/casewalk-sandbox-XXXXXX";
    if (!mkdtemp(tmp) || make_generated_files(tmp) != 0) {
        fprintf(stderr, "cannot prepare a temporary folder\n");
        return 2;
    }
    for (size_t i = 0; i < sizeof escapes / sizeof escapes[0]; i++)
        run_escape(&escapes[i], argv[1], tmp);
    test_allowed_functions();
    test_environment_contents();
    test_random();
    test_patterns();
    test_reuse();
    test_budgets();
    test_calls(argv[1]);
    test_generated(tmp);
    test_tight_budgets();
    for (size_t i = 0; i < sizeof scenario_escapes / sizeof scenario_escapes[0]; i++)
        run_scenario_escape(&scenario_escapes[i], argv[1]);
    test_totals();

    const char *made[] = {"bytecode.luac", "nul_byte.lua", "too_big.lua", "bom.lua"};
    for (size_t i = 0; i < sizeof made / sizeof made[0]; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", tmp, made[i]);
        remove(path);
    }
    rmdir(tmp);
    printf("%d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
