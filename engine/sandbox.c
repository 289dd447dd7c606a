/* sandbox.c — the Lua state that runs untrusted scenario code: a counting allocator with a byte
 * budget, an instruction and wall-clock budget enforced by a count hook, the one protected call
 * into Lua with its message handler, and text-only loading of scenario files.
 * What a scenario can see is built in sandbox_library.c; the caps on long C loops are in
 * sandbox_caps.c; the threats and how each is met are listed in docs/sandbox.md. */
#include <errno.h>
#include <fcntl.h>
#include <lauxlib.h>
#include <lua.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "sandbox.h"
#include "sandbox_private.h"
#include "text_show.h"

#define DEFAULT_INSTRUCTIONS 200000000u
#define DEFAULT_MILLISECONDS 2000
#define MAX_MILLISECONDS ((int64_t)1000 * 1000 * 1000) /* keeps the deadline arithmetic in range */
#define HOOK_EVERY 1000     /* instructions between two budget checks */
#define FRAMES_SCANNED 32   /* stack levels searched for the line an error belongs to */
#define MESSAGE_KEPT 900    /* bytes of an error object kept in the message */
#define FIXED_SEED 0x63617365776b6cULL
#define MAX_TOTALS 4        /* cumulative budgets open at once (a step inside a check walk) */
#define TIME_ENV "CASEWALK_SCENARIO_TIME_MS"

enum { NOT_TRIPPED, TRIPPED_INSTRUCTIONS, TRIPPED_TIME, TRIPPED_TOTAL, TRIPPED_INTERRUPT };

/* The cumulative budgets of sandbox.h, in the order of sandbox_total. */
static const struct total_default {
    int64_t milliseconds;
    const char *what; /* ends "more than N ms in total ..." */
} total_defaults[] = {
    [SANDBOX_TOTAL_LOAD] = {5000, "while loading"},
    [SANDBOX_TOTAL_STEP] = {5000, "for one step"},
    [SANDBOX_TOTAL_CHECK] = {300000, "during check"},
};

typedef struct total_budget {
    int64_t limit_ns, used_ns;
    sandbox_total kind;
} total_budget;

/* Set from a signal handler (cw_interrupt), read by every budget check. */
static volatile sig_atomic_t interrupt_requested;

struct sandbox {
    lua_State *L;
    sandbox_limits limits;
    size_t in_use, peak; /* bytes held by the state */
    cw_rng own_rng;
    cw_rng *rng;
    char source[512]; /* the file last loaded: names errors that have no line of their own */

    /* The budget of the outermost sandbox_call in progress (nested calls share it). */
    int depth;
    uint64_t instructions;
    int64_t deadline_ns;
    int tripped;
    int64_t call_start_ns;
    int binding; /* the cumulative budget that set this call's deadline, or -1 */
    char trip_message[700];

    total_budget totals[MAX_TOTALS];
    int n_totals;
    int totals_ignored; /* begun past MAX_TOTALS: their ends are matched, nothing else */
    int no_lua_frame; /* the last error was raised with no Lua function on the stack */
};

static sandbox *sandbox_of(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    return ud;
}

cw_rng *sandbox_rng_of(lua_State *L)
{
    return sandbox_of(L)->rng;
}

int sandbox_budget_spent(lua_State *L)
{
    return sandbox_of(L)->tripped != NOT_TRIPPED;
}

void cw_interrupt(void)
{
    interrupt_requested = 1;
}

int sandbox_interrupted(void)
{
    return interrupt_requested != 0;
}

/* The budget clock. Every call into Lua reads it twice (its start, and its time added to the
 * cumulative budgets) and the hook once per 1,000 instructions: the coarse clock is read from
 * memory, three times cheaper, and its few milliseconds of grain are nothing against budgets of
 * seconds. */
#ifdef CLOCK_MONOTONIC_COARSE
#define BUDGET_CLOCK CLOCK_MONOTONIC_COARSE
#else
#define BUDGET_CLOCK CLOCK_MONOTONIC
#endif

static int64_t monotonic_ns(void)
{
    struct timespec ts;
    clock_gettime(BUDGET_CLOCK, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static double mebibytes(size_t bytes)
{
    return (double)bytes / (1024.0 * 1024.0);
}

/* ---- memory: a counting allocator with a byte budget ------------------------------------- */

/* Lua's lua_Alloc contract: ptr NULL means osize is a type tag, nsize 0 means free. Refusing
 * (returning NULL) makes Lua collect garbage, retry once, then raise a clean LUA_ERRMEM. */
static void *counting_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->in_use -= old;
        return NULL;
    }
    if (nsize > old) {
        size_t limit = sb->limits.memory_bytes;
        if (sb->in_use > limit || nsize - old > limit - sb->in_use)
            return NULL;
    }
    void *block = realloc(ptr, nsize);
    if (!block)
        return NULL;
    sb->in_use = sb->in_use - old + nsize;
    if (sb->in_use > sb->peak)
        sb->peak = sb->in_use;
    return block;
}

/* ---- where an error or a trip happened --------------------------------------------------- */

/* The name a chunk goes by in messages: a file's whole path, else Lua's short form. */
static const char *chunk_name(const lua_Debug *ar)
{
    return ar->source[0] == '@' ? ar->source + 1 : ar->short_src;
}

typedef struct error_site {
    lua_Debug inner; /* the innermost Lua function */
    lua_Debug file;  /* the innermost function from a file chunk (the scenario itself) */
    int inner_level, file_level; /* -1 when absent */
} error_site;

static void find_site(lua_State *L, int first_level, error_site *site)
{
    site->inner_level = site->file_level = -1;
    lua_Debug ar;
    int last = first_level + FRAMES_SCANNED;
    for (int level = first_level; level < last && lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0)
            continue;
        if (site->inner_level < 0) {
            site->inner = ar;
            site->inner_level = level;
        }
        if (ar.source[0] == '@') {
            site->file = ar;
            site->file_level = level;
            break;
        }
    }
}

/* Does text start with "name:" (and, when with_line, "name:DIGITS:")? */
static int starts_with_position(const char *text, size_t len, const char *name, int with_line)
{
    size_t n = strlen(name);
    if (n == 0 || len <= n || memcmp(text, name, n) != 0 || text[n] != ':')
        return 0;
    if (!with_line)
        return 1;
    size_t i = n + 1;
    while (i < len && text[i] >= '0' && text[i] <= '9')
        i++;
    return i > n + 1 && i < len && text[i] == ':';
}

/* Does the message already carry "chunk:LINE:" for a chunk on the stack or the scenario file? */
static int has_position(lua_State *L, const sandbox *sb, const char *text, size_t len)
{
    if (starts_with_position(text, len, sb->source, 1))
        return 1;
    lua_Debug ar;
    for (int level = 1; level <= FRAMES_SCANNED && lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "S", &ar) && ar.what[0] != 'C' &&
            (starts_with_position(text, len, ar.short_src, 1) ||
             starts_with_position(text, len, chunk_name(&ar), 1)))
            return 1;
    }
    return 0;
}

/* ---- time: the instruction and wall-clock budget ------------------------------------------ */

/* What a trip says after "FILE:LINE: ". */
static void trip_text(const sandbox *sb, int why, char *what, size_t size)
{
    if (why == TRIPPED_INTERRUPT) {
        snprintf(what, size, "scenario stopped (interrupted)");
    } else if (why == TRIPPED_TOTAL && sb->binding >= 0) {
        const total_budget *t = &sb->totals[sb->binding];
        snprintf(what, size, "scenario ran too long (more than %lld ms in total %s)",
                 (long long)(t->limit_ns / 1000000), total_defaults[t->kind].what);
    } else if (why == TRIPPED_TIME) {
        snprintf(what, size, "scenario ran too long (stopped after %lld ms)",
                 (long long)sb->limits.milliseconds);
    } else {
        snprintf(what, size, "scenario ran too long (over %llu instructions)",
                 (unsigned long long)sb->limits.instructions);
    }
}

static void trip(sandbox *sb, lua_State *L, int why)
{
    char what[160];
    trip_text(sb, why, what, sizeof what);
    error_site site;
    find_site(L, 0, &site);
    const lua_Debug *at = site.file_level >= 0    ? &site.file
                        : site.inner_level >= 0 ? &site.inner
                                                : NULL;
    if (at)
        snprintf(sb->trip_message, sizeof sb->trip_message, "%s:%d: %s", chunk_name(at),
                 at->currentline, what);
    else
        snprintf(sb->trip_message, sizeof sb->trip_message, "%s: %s",
                 sb->source[0] ? sb->source : "scenario", what);
    sb->tripped = why;
}

/* Runs every HOOK_EVERY instructions of every coroutine (threads inherit the hook). Once the
 * budget is spent it re-arms itself to run on every instruction and raises each time, so a
 * script's own pcall or xpcall can catch the error but cannot get past the next instruction. */
static void budget_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    sandbox *sb = sandbox_of(L);
    if (sb->depth == 0) /* Lua running outside sandbox_call has no budget to spend */
        return;
    if (!sb->tripped) {
        int every = lua_gethookcount(L);
        sb->instructions += (uint64_t)every;
        if (interrupt_requested) {
            trip(sb, L, TRIPPED_INTERRUPT);
        } else if (sb->instructions > sb->limits.instructions) {
            trip(sb, L, TRIPPED_INSTRUCTIONS);
        } else if (monotonic_ns() >= sb->deadline_ns) {
            trip(sb, L, sb->binding >= 0 ? TRIPPED_TOTAL : TRIPPED_TIME);
        } else {
            if (every != HOOK_EVERY) /* a coroutine still armed by an earlier call's trip */
                lua_sethook(L, budget_hook, LUA_MASKCOUNT, HOOK_EVERY);
            return;
        }
    }
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    lua_pushstring(L, sb->trip_message);
    lua_error(L);
}

/* For the library's C functions that can run long (the capped ones, load, the table functions):
 * the count hook never fires inside C, so they check the budget themselves on entry. A run of
 * such calls therefore overruns the deadline by one call at most. Raises like the hook does. */
void sandbox_budget_check(lua_State *L)
{
    sandbox *sb = sandbox_of(L);
    if (sb->depth == 0)
        return;
    if (!sb->tripped) {
        if (interrupt_requested)
            trip(sb, L, TRIPPED_INTERRUPT);
        else if (monotonic_ns() >= sb->deadline_ns)
            trip(sb, L, sb->binding >= 0 ? TRIPPED_TOTAL : TRIPPED_TIME);
        else
            return;
    }
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    lua_pushstring(L, sb->trip_message);
    lua_error(L);
}

/* The deadline of an outermost call: its own budget, or less if a cumulative budget has less
 * left. Returns the trip that stops the call before it starts, or NOT_TRIPPED. */
static int budget_start(sandbox *sb)
{
    int64_t ms = sb->limits.milliseconds;
    if (ms > MAX_MILLISECONDS)
        ms = MAX_MILLISECONDS;
    int64_t now = monotonic_ns();
    sb->instructions = 0;
    sb->tripped = NOT_TRIPPED;
    sb->call_start_ns = now;
    sb->deadline_ns = now + ms * 1000000;
    sb->binding = -1;
    for (int i = 0; i < sb->n_totals; i++) {
        int64_t left = sb->totals[i].limit_ns - sb->totals[i].used_ns;
        if (now + left < sb->deadline_ns) {
            sb->deadline_ns = now + left;
            sb->binding = i;
        }
    }
    lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, HOOK_EVERY);
    if (interrupt_requested)
        return TRIPPED_INTERRUPT;
    return sb->binding >= 0 && sb->deadline_ns <= now ? TRIPPED_TOTAL : NOT_TRIPPED;
}

/* Adds the time of the outermost call that just ended to every cumulative budget. */
static void budget_spend(sandbox *sb)
{
    int64_t spent = monotonic_ns() - sb->call_start_ns;
    for (int i = 0; i < sb->n_totals; i++)
        sb->totals[i].used_ns += spent;
}

/* $CASEWALK_SCENARIO_TIME_MS, read once: every session step begins a budget. */
static int64_t env_milliseconds(void)
{
    static int64_t asked = -1;
    if (asked >= 0)
        return asked;
    const char *text = getenv(TIME_ENV);
    char *end = NULL;
    long long ms = text && *text ? strtoll(text, &end, 10) : 0;
    asked = end && *end == '\0' && ms > 0 ? (ms < MAX_MILLISECONDS ? ms : MAX_MILLISECONDS) : 0;
    return asked;
}

void sandbox_total_begin(sandbox *sb, sandbox_total kind)
{
    if (sb->n_totals == MAX_TOTALS) {
        sb->totals_ignored++;
        return;
    }
    int64_t ms = total_defaults[kind].milliseconds, asked = env_milliseconds();
    if (kind == SANDBOX_TOTAL_LOAD) /* the one an author may raise (--limit load-seconds=N) */
        ms = (int64_t)cw_limits_get().load_seconds * 1000;
    if (asked > ms)
        ms = asked;
    sb->totals[sb->n_totals++] = (total_budget){ms * 1000000, 0, kind};
}

void sandbox_total_end(sandbox *sb)
{
    if (sb->totals_ignored > 0)
        sb->totals_ignored--;
    else if (sb->n_totals > 0)
        sb->n_totals--;
}

int sandbox_total_spent(const sandbox *sb)
{
    for (int i = 0; i < sb->n_totals; i++)
        if (sb->totals[i].used_ns >= sb->totals[i].limit_ns)
            return 1;
    return 0;
}

/* ---- the one protected call ---------------------------------------------------------------- */

/* Turns any error object into "FILE:LINE: message". Keeps the position Lua already put in front;
 * gives a position to errors raised without one (error(t), error("x", 0), non-string objects);
 * and when the error comes from a chunk a script load()ed, puts the scenario file's line in front
 * too. Never calls a metamethod of the error object, so a hostile __tostring cannot run here. */
static int message_handler(lua_State *L)
{
    sandbox *sb = sandbox_of(L);
    if (sb->tripped) /* sandbox_call reports the trip whatever the object */
        return 1;
    size_t len;
    const char *text;
    switch (lua_type(L, 1)) {
    case LUA_TSTRING: text = lua_tolstring(L, 1, &len); break;
    case LUA_TNUMBER:
        lua_pushvalue(L, 1);
        text = lua_tolstring(L, -1, &len);
        break;
    default:
        text = lua_pushfstring(L, "error object is a %s value", luaL_typename(L, 1));
        len = strlen(text);
        break;
    }
    int positioned = has_position(L, sb, text, len);
    lua_pushlstring(L, text, len < MESSAGE_KEPT ? len : MESSAGE_KEPT);

    error_site site;
    find_site(L, 1, &site);
    sb->no_lua_frame = site.inner_level < 0;
    if (site.inner_level >= 0 && !positioned) {
        lua_pushfstring(L, "%s:%d: %s", chunk_name(&site.inner), site.inner.currentline,
                        lua_tostring(L, -1));
        lua_remove(L, -2);
    }
    if (site.file_level >= 0) {
        const char *now = lua_tolstring(L, -1, &len);
        if (!starts_with_position(now, len, chunk_name(&site.file), 0) &&
            !starts_with_position(now, len, site.file.short_src, 0)) {
            lua_pushfstring(L, "%s:%d: %s", chunk_name(&site.file), site.file.currentline, now);
            lua_remove(L, -2);
        }
    }
    return 1;
}

/* The file a failed call belongs to: the called function's file, else the file last loaded,
 * else the called function's chunk name. Copied into buffer: the function may be collected. */
static const char *call_file(sandbox *sb, int function_index, char *buffer, size_t size)
{
    lua_Debug ar;
    lua_pushvalue(sb->L, function_index);
    int known = lua_getinfo(sb->L, ">S", &ar);
    const char *name = known && ar.source[0] == '@' ? ar.source + 1
                     : sb->source[0]                ? sb->source
                     : known && ar.what[0] != 'C'   ? ar.short_src
                                                    : "scenario";
    snprintf(buffer, size, "%s", name);
    return buffer;
}

/* Lua shortens long chunk names to "...end/of/path"; put the scenario's whole path back. */
static const char *whole_path(const sandbox *sb, const char *message, char *buffer, size_t size)
{
    if (strncmp(message, "...", 3) != 0 || !sb->source[0])
        return message;
    const char *colon = strchr(message, ':');
    size_t tail = colon ? (size_t)(colon - message) - 3 : 0;
    size_t n = strlen(sb->source);
    if (!colon || tail == 0 || tail > n || memcmp(sb->source + n - tail, message + 3, tail) != 0)
        return message;
    snprintf(buffer, size, "%s%s", sb->source, colon);
    return buffer;
}

static void report_failure(sandbox *sb, int status, int function_index, cw_error *err)
{
    lua_State *L = sb->L;
    if (sb->tripped) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "%s", sb->trip_message);
        return;
    }
    char file_buffer[sizeof sb->source];
    const char *file = call_file(sb, function_index, file_buffer, sizeof file_buffer);
    if (status == LUA_ERRMEM) {
        cw_error_set(err, CW_ERR_INPUT, file, 0, "scenario used more than %.4g MiB of memory",
                     mebibytes(sb->limits.memory_bytes));
        return;
    }
    const char *message = lua_tostring(L, -1);
    if (!message)
        message = "error object is not a string";
    char buffer[sizeof err->message];
    message = whole_path(sb, message, buffer, sizeof buffer);
    int unplaced = sb->no_lua_frame && !starts_with_position(message, strlen(message), file, 0);
    if (status == LUA_ERRERR || unplaced)
        cw_error_set(err, CW_ERR_INPUT, file, 0, "%s", message);
    else
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "%s", message);
}

int sandbox_call(sandbox *sb, int nargs, int nresults, cw_error *err)
{
    lua_State *L = sb->L;
    int function = lua_gettop(L) - nargs;
    if (nargs < 0 || function < 1) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "sandbox_call: no function on the stack");
        return -1;
    }
    if (!lua_checkstack(L, 2)) {
        lua_settop(L, function - 1);
        cw_error_set(err, CW_ERR_INPUT, sb->source[0] ? sb->source : NULL, 0,
                     "scenario nested too deeply (no room left on the Lua stack)");
        return -1;
    }
    /* Below the function: a copy of it (to name its file if the call fails) and the handler. */
    lua_pushvalue(L, function);
    lua_pushcfunction(L, message_handler);
    lua_rotate(L, function, 2);
    if (sb->depth == 0) {
        int refused = budget_start(sb);
        if (refused != NOT_TRIPPED) { /* interrupted, or a cumulative budget already spent */
            char file[sizeof sb->source], what[160];
            call_file(sb, function + 2, file, sizeof file);
            trip_text(sb, refused, what, sizeof what);
            cw_error_set(err, CW_ERR_INPUT, file, 0, "%s", what);
            lua_settop(L, function - 1);
            return -1;
        }
    }
    sb->depth++;
    sb->no_lua_frame = 0;
    int status = lua_pcall(L, nargs, nresults, function + 1);
    if (--sb->depth == 0)
        budget_spend(sb);
    if (status == LUA_OK && !sb->tripped && nresults >= 0) {
        /* the results down over the copy and the handler: copied, where two removes would
         * rotate the stack twice (a tenth of a short call) */
        for (int i = 0; i < nresults; i++)
            lua_copy(L, function + 2 + i, function + i);
        lua_settop(L, function + nresults - 1);
        return 0;
    }
    lua_remove(L, function + 1);
    if (status == LUA_OK && !sb->tripped) {
        lua_remove(L, function);
        return 0;
    }
    /* A trip that a script's pcall caught just before returning still fails the call. */
    report_failure(sb, status, function, err);
    lua_settop(L, function - 1);
    if (status == LUA_ERRMEM && sb->depth == 0)
        lua_gc(L, LUA_GCCOLLECT);
    return -1;
}

/* ---- loading a scenario file --------------------------------------------------------------- */

/* Reads a whole regular file of at most the file-mib limit; returns malloc'd bytes. */
static char *read_source(const char *path, size_t *size, cw_error *err)
{
    int mib = cw_limits_get().file_mib;
    size_t limit = (size_t)mib << 20;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        cw_error_set(err, CW_ERR_INPUT, path, 0, "not a regular file");
        close(fd);
        return NULL;
    }
    if ((uintmax_t)st.st_size > limit) {
        close(fd);
        cw_error_set(err, CW_ERR_INPUT, path, 0, "file is larger than %d MiB; scenario files are "
                     "limited to that size (raise it with --limit file-mib=N)", mib);
        return NULL;
    }
    /* One byte more than the size seen, to notice a file that grew since (up to the limit + 1). */
    size_t cap = (size_t)st.st_size + 1;
    char *text = malloc(cap);
    size_t used = 0;
    while (text) {
        if (used == cap) {
            size_t bigger = cap * 2;
            if (bigger > limit + 1)
                bigger = limit + 1;
            char *grown = bigger > cap ? realloc(text, bigger) : NULL;
            if (!grown)
                break; /* full at the limit: too big, reported below */
            text = grown;
            cap = bigger;
        }
        ssize_t got = read(fd, text + used, cap - used);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            cw_error_set(err, CW_ERR_SYSTEM, path, 0, "cannot read: %s", strerror(errno));
            free(text);
            close(fd);
            return NULL;
        }
        if (got == 0)
            break;
        used += (size_t)got;
    }
    close(fd);
    if (!text) {
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "out of memory reading the file");
        return NULL;
    }
    if (used > limit) {
        cw_error_set(err, CW_ERR_INPUT, path, 0, "file is larger than %d MiB; scenario files are "
                     "limited to that size (raise it with --limit file-mib=N)", mib);
        free(text);
        return NULL;
    }
    *size = used;
    return text;
}

static int line_of(const char *text, size_t offset)
{
    int line = 1;
    for (size_t i = 0; i < offset; i++)
        line += text[i] == '\n';
    return line;
}

int sandbox_load_file(sandbox *sb, const char *path, cw_error *err)
{
    lua_State *L = sb->L;
    snprintf(sb->source, sizeof sb->source, "%s", path);
    size_t size;
    char *text = read_source(path, &size, err);
    if (!text)
        return -1;
    const char *start = text;
    if (size >= 3 && memcmp(start, "\xEF\xBB\xBF", 3) == 0) { /* a UTF-8 byte order mark */
        start += 3;
        size -= 3;
    }
    const char *nul = memchr(start, '\0', size);
    if (size > 0 && start[0] == LUA_SIGNATURE[0]) {
        cw_error_set(err, CW_ERR_INPUT, path, 0, "precompiled Lua bytecode is refused; scenario "
                     "files must be Lua source text");
    } else if (nul) {
        cw_error_set(err, CW_ERR_INPUT, path, line_of(start, (size_t)(nul - start)),
                     "NUL byte in the file; scenario files must be text");
    } else if (!lua_checkstack(L, 2)) {
        cw_error_set(err, CW_ERR_INPUT, path, 0, "no room left on the Lua stack");
    } else {
        size_t name_size = strlen(path) + 2;
        char *name = malloc(name_size);
        int status = LUA_ERRMEM, pushed = name != NULL; /* loading pushes a chunk or a message */
        if (name) {
            snprintf(name, name_size, "@%s", path);
            status = luaL_loadbufferx(L, start, size, name, "t");
            free(name);
        }
        free(text);
        text = NULL;
        if (status == LUA_OK) {
            sandbox_library_push_env(L);
            if (!lua_setupvalue(L, -2, 1))
                lua_pop(L, 1);
            return 0;
        }
        if (status == LUA_ERRMEM) {
            cw_error_set(err, CW_ERR_INPUT, path, 0, "scenario used more than %.4g MiB of memory",
                         mebibytes(sb->limits.memory_bytes));
        } else {
            char buffer[sizeof err->message];
            const char *message = lua_tostring(L, -1);
            message = message ? whole_path(sb, message, buffer, sizeof buffer) : "cannot load";
            /* Lua's parser reports running out of C stack (code nested ~200 deep) with no
             * position at all; every other message already starts with "path:LINE:". */
            if (starts_with_position(message, strlen(message), path, 0))
                cw_error_set(err, CW_ERR_INPUT, NULL, 0, "%s", message);
            else if (strstr(message, "C stack overflow"))
                cw_error_set(err, CW_ERR_INPUT, path, 0, "%s while compiling: brackets, "
                             "parentheses, calls or '..' are nested too deeply", message);
            else
                cw_error_set(err, CW_ERR_INPUT, path, 0, "%s", message);
        }
        if (pushed)
            lua_pop(L, 1);
    }
    free(text);
    return -1;
}

/* ---- the state ------------------------------------------------------------------------------ */

sandbox_limits sandbox_default_limits(void)
{
    sandbox_limits limits = {(size_t)cw_limits_get().memory_mib << 20, DEFAULT_INSTRUCTIONS,
                             DEFAULT_MILLISECONDS};
    int64_t asked = env_milliseconds();
    if (asked > 0)
        limits.milliseconds = asked;
    return limits;
}

/* An error outside any protected call is a bug in the engine; the front end is told (it decides
 * where to say so) before Lua aborts. */
static cw_bug_fn bug_handler;

void cw_on_engine_bug(cw_bug_fn fn)
{
    bug_handler = fn;
}

static int panic(lua_State *L)
{
    const char *message = lua_tostring(L, -1);
    if (bug_handler)
        bug_handler("Lua error outside a protected call", message ? message : "(not a string)");
    return 0;
}

sandbox *sandbox_new(const sandbox_limits *limits, cw_error *err)
{
    sandbox *sb = calloc(1, sizeof *sb);
    if (!sb) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    sb->limits = sandbox_default_limits();
    if (limits && limits->memory_bytes)
        sb->limits.memory_bytes = limits->memory_bytes;
    if (limits && limits->instructions)
        sb->limits.instructions = limits->instructions;
    if (limits && limits->milliseconds > 0)
        sb->limits.milliseconds = limits->milliseconds;
    rng_seed(&sb->own_rng, FIXED_SEED);
    sb->rng = &sb->own_rng;
    sb->L = lua_newstate(counting_alloc, sb);
    if (!sb->L) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "cannot create a Lua state within %.4g MiB",
                     mebibytes(sb->limits.memory_bytes));
        free(sb);
        return NULL;
    }
    lua_atpanic(sb->L, panic);
    lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, HOOK_EVERY);
    lua_pushcfunction(sb->L, sandbox_library_open);
    int status = lua_pcall(sb->L, 0, 0, 0);
    if (status != LUA_OK) {
        if (status == LUA_ERRMEM)
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "cannot set up a Lua state within %.4g MiB",
                         mebibytes(sb->limits.memory_bytes));
        else
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "cannot set up the Lua state: %s",
                         lua_tostring(sb->L, -1) ? lua_tostring(sb->L, -1) : "unknown error");
        lua_close(sb->L);
        free(sb);
        return NULL;
    }
    return sb;
}

/* No script can own a finalizer (setmetatable refuses __gc), so neither the collection nor
 * lua_close can run script code that never returns. */
void sandbox_free(sandbox *sb)
{
    if (!sb)
        return;
    lua_gc(sb->L, LUA_GCCOLLECT);
    lua_close(sb->L);
    free(sb);
}

lua_State *sandbox_lua(sandbox *sb)
{
    return sb->L;
}

void sandbox_push_env(sandbox *sb)
{
    sandbox_library_push_env(sb->L);
}

void sandbox_set_rng(sandbox *sb, cw_rng *rng)
{
    sb->rng = rng ? rng : &sb->own_rng;
}

int sandbox_check_stack(sandbox *sb, int n, cw_error *err)
{
    if (n >= 0 && lua_checkstack(sb->L, n))
        return 0;
    cw_error_set(err, CW_ERR_INPUT, sb->source[0] ? sb->source : NULL, 0,
                 "scenario data too large or too deeply nested (no room for %d more values on the "
                 "Lua stack)", n);
    return -1;
}

size_t sandbox_memory_in_use(const sandbox *sb)
{
    return sb->in_use;
}

size_t sandbox_memory_peak(const sandbox *sb)
{
    return sb->peak;
}
