/* test_alloc_failure.c — out-of-memory at every step, in the style of Lua's and SQLite's malloc
 * tests: runs an operation once to count its allocations, then again and again with the Nth
 * allocation failing (N = 1, 2, 3, ...) until it runs through. Each run must end in a clean error
 * whose message says memory ran out, never a crash or an abort, and must leave nothing allocated
 * behind.
 *
 * How allocations are made to fail: the test is linked with -Wl,--wrap=malloc,... (tests/alloc.cmake),
 * so every call the engine's objects make to malloc, calloc, realloc or strdup lands in the
 * __wrap_ functions below; Lua allocates through the sandbox's lua_Alloc, which calls realloc and
 * free, and cJSON through the hooks installed in main. Once the Nth allocation has failed, every
 * later one fails too (the "persistent" mode of SQLite's tests): Lua answers a refused block by
 * collecting garbage and asking again, and a single refusal would mostly be absorbed by that.
 * A refusal while freeing at the end need not fail the operation (Lua's last collection may
 * try to shrink a table and carry on without), but must not crash or leak either.
 * The wrappers also keep the set of blocks handed out while measuring, so a leak shows up in
 * the plain build too, naming the N that caused it (the sanitizer build's LeakSanitizer checks
 * the whole run again at exit). */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casewalk.h"
#include "check.h"

/* Every allocation index up to this is failed in turn (all of small-example's load and session);
 * beyond it, a sample keeps the run short: each run up to N costs about N allocations' worth of
 * work, so the whole costs the square of the count, and night-call's load (about 4,300
 * allocations) done whole takes minutes in the sanitizer build on a busy machine. */
#define EVERY_INDEX_UP_TO 1100
#define SAMPLES_BEYOND 200 /* at most this many indexes past EVERY_INDEX_UP_TO, evenly spread */
#define LIVE_SLOTS (1u << 18)         /* the live set's table */
#define MAX_TRACKED (LIVE_SLOTS / 2) /* blocks handed out in one run that it can follow */

void *__real_malloc(size_t size);
void *__real_calloc(size_t count, size_t size);
void *__real_realloc(void *ptr, size_t size);
char *__real_strdup(const char *s);
void __real_free(void *ptr);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t count, size_t size);
void *__wrap_realloc(void *ptr, size_t size);
char *__wrap_strdup(const char *s);
void __wrap_free(void *ptr);

/* ---- the failing allocator ---------------------------------------------------------------- */

static struct {
    int measuring;      /* count and track only inside the operation under test */
    long count;         /* allocations asked for since measuring began */
    long fail_from;     /* the first allocation to refuse (0 = refuse none) */
    int cleaning;       /* in the frees that end the operation */
    long refused;       /* allocations refused in this run before cleaning */
    long live;          /* blocks handed out while measuring and not yet freed */
    uintptr_t *slots;   /* open-addressing set of those blocks, each stored as HIDDEN(p) */
    uint32_t *touched;  /* the slots this run wrote, to empty them for the next */
    size_t n_touched;
    int overflow;       /* more than MAX_TRACKED blocks in a run: the set lost count */
} alloc;

/* Stored disguised, so that LeakSanitizer does not count the set as a reference to a block. */
#define HIDDEN(p) ((uintptr_t)(p) ^ (uintptr_t)0xA5A5A5A5A5A5A5A5ull)
#define TOMBSTONE ((uintptr_t)1) /* a freed slot; 0 is an empty one */

static size_t slot_of(const void *p)
{
    return (size_t)(((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull) & (LIVE_SLOTS - 1);
}

static void live_add(void *p)
{
    if (alloc.n_touched == MAX_TRACKED) {
        alloc.overflow = 1;
        return;
    }
    size_t i = slot_of(p);
    while (alloc.slots[i] && alloc.slots[i] != TOMBSTONE)
        i = (i + 1) & (LIVE_SLOTS - 1);
    alloc.slots[i] = HIDDEN(p);
    alloc.touched[alloc.n_touched++] = (uint32_t)i;
    alloc.live++;
}

/* Forgets p if it was handed out while measuring; blocks from before (or from libc) are not. */
static void live_remove(void *p)
{
    for (size_t i = slot_of(p); alloc.slots[i]; i = (i + 1) & (LIVE_SLOTS - 1))
        if (alloc.slots[i] == HIDDEN(p)) {
            alloc.slots[i] = TOMBSTONE;
            alloc.live--;
            return;
        }
}

/* Counts one allocation; says whether to refuse it. */
static int refuse(void)
{
    if (!alloc.measuring)
        return 0;
    alloc.count++;
    if (alloc.fail_from > 0 && alloc.count >= alloc.fail_from) {
        alloc.refused += !alloc.cleaning; /* freeing may ask for memory and live without it */
        return 1;
    }
    return 0;
}

static void *track(void *p)
{
    if (p && alloc.measuring)
        live_add(p);
    return p;
}

void *__wrap_malloc(size_t size)
{
    return refuse() ? NULL : track(__real_malloc(size));
}

void *__wrap_calloc(size_t count, size_t size)
{
    return refuse() ? NULL : track(__real_calloc(count, size));
}

void *__wrap_realloc(void *ptr, size_t size)
{
    if (refuse())
        return NULL; /* ptr stays as it was, as realloc promises */
    void *moved = __real_realloc(ptr, size);
    if (moved && ptr && alloc.measuring)
        live_remove(ptr);
    return track(moved);
}

char *__wrap_strdup(const char *s)
{
    return refuse() ? NULL : track(__real_strdup(s));
}

void __wrap_free(void *ptr)
{
    if (ptr && alloc.slots)
        live_remove(ptr);
    __real_free(ptr);
}

/* cJSON is a shared library: its allocations reach the wrappers through its hooks. */
static void *json_malloc(size_t size)
{
    return __wrap_malloc(size);
}

static void json_free(void *ptr)
{
    __wrap_free(ptr);
}

static void start_measuring(long fail_from)
{
    for (size_t k = 0; k < alloc.n_touched; k++)
        alloc.slots[alloc.touched[k]] = 0;
    alloc.n_touched = 0;
    alloc.overflow = 0;
    alloc.count = alloc.refused = alloc.live = 0;
    alloc.fail_from = fail_from;
    alloc.measuring = 1;
}

static void stop_measuring(void)
{
    alloc.measuring = 0;
}

/* ---- the operations -------------------------------------------------------------------------- */

static char records[256];
static long only; /* from CASEWALK_ALLOC_ONLY: run this index alone */

/* Runs an operation with allocations from fail_from on refused (0: none); returns 0 when it
 * succeeded, -1 when it failed, and fills err. Everything it allocated is freed by the time it
 * returns. */
typedef int (*operation)(const char *scenario_path, cw_error *err);

/* (a) Loading a scenario (and freeing it). */
static int load_scenario(const char *path, cw_error *err)
{
    cw_scenario *sc = cw_scenario_load(path, err);
    alloc.cleaning = 1; /* Lua's last collection shrinks its tables, and may do without */
    cw_scenario_free(sc);
    alloc.cleaning = 0;
    return sc ? 0 : -1;
}

/* Empties the records folder (records are files directly in it). */
static void remove_records(void)
{
    DIR *d = opendir(records);
    struct dirent *entry;
    char path[600];
    while (d && (entry = readdir(d)))
        if (entry->d_name[0] != '.') {
            snprintf(path, sizeof path, "%s/%s", records, entry->d_name);
            unlink(path);
        }
    if (d)
        closedir(d);
}

/* (b) A session with a record: start, one decision, free. The scenario is loaded and freed
 * inside the operation too, so whatever the session leaves in its Lua state counts. */
static int play_one_step(const char *path, cw_error *err)
{
    int failed = -1;
    cw_scenario *sc = cw_scenario_load(path, err);
    if (!sc)
        return -1;
    cw_session_options options = {NULL, "alloc-test", records, CW_MODE_PRACTICE, 7, 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &options, err);
    if (s) {
        const cw_step *step = cw_session_step(s);
        if (!step || step->kind != CW_STEP_CHOICE)
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "no choice step to answer");
        else if (cw_session_choose(s, 0, "why not", err) == 0)
            failed = 0;
    }
    alloc.cleaning = 1;
    cw_session_free(s);
    cw_scenario_free(sc);
    alloc.cleaning = 0;
    remove_records();
    return failed;
}

/* Fails allocation N of the operation for N = 1 .. its whole count (sampled past
 * EVERY_INDEX_UP_TO) and checks each run ends cleanly. */
static void fail_each_allocation(const char *what, operation op, const char *path)
{
    cw_error err = {CW_OK, ""};
    start_measuring(0);
    int rc = op(path, &err);
    stop_measuring();
    long total = alloc.count;
    CHECK(rc == 0);
    CHECK(alloc.live == 0);
    CHECK(!alloc.overflow); /* else raise LIVE_SLOTS */
    if (rc != 0) {
        fprintf(stderr, "%s: fails without any refused allocation: %s\n", what, err.message);
        return;
    }
    long step = total > EVERY_INDEX_UP_TO ? (total - EVERY_INDEX_UP_TO) / SAMPLES_BEYOND + 1 : 1;
    int runs = 0, kinds[CW_ERR_SYSTEM + 1] = {0};
    for (long n = 1, next; n <= total + 1; n = next) {
        next = n < EVERY_INDEX_UP_TO ? n + 1 : n + step;
        if (n <= total && next > total + 1)
            next = total + 1; /* the run with nothing refused always comes last */
        if (only && n != only)
            continue;
        cw_error e = {CW_OK, ""};
        start_measuring(n);
        rc = op(path, &e);
        stop_measuring();
        runs++;
        int refused = alloc.refused > 0;
        /* A refused allocation must fail the operation, saying memory ran out; none refused, it runs. */
        int says_memory = strstr(e.message, "memory") || strstr(e.message, " MiB");
        int clean = refused ? rc == -1 && e.kind != CW_OK && says_memory : rc == 0;
        CHECK(clean);
        if (!clean)
            fprintf(stderr, "%s: allocation %ld of %ld refused: rc %d, kind %d, message \"%s\"\n", what, n,
                    total, rc, (int)e.kind, e.message);
        CHECK(alloc.live == 0);
        if (alloc.live != 0)
            fprintf(stderr, "%s: allocation %ld of %ld refused: %ld blocks left allocated (%s)\n", what, n,
                    total, alloc.live, e.message);
        if (rc != 0)
            kinds[e.kind]++;
    }
    printf("%s: %ld allocations, %d runs with one refused (every index up to %d, then one in %ld); "
           "errors: %d input, %d not saved, %d system\n",
           what, total, runs - 1, EVERY_INDEX_UP_TO, step, kinds[CW_ERR_INPUT], kinds[CW_ERR_NOT_SAVED],
           kinds[CW_ERR_SYSTEM]);
}

/* Malformed lists the loader reads into a temporary list (a choice's roles, a scene's reveal):
 * each is refused with the file's name, and the list read so far is freed. */
static void refuse_bad_lists(const char *fixture)
{
    static const char *const edits[][2] = {
        {"roles = { \"cps\" }", "roles = { \"cps\", 3 }"},
        {"roles = { \"cps\" }", "roles = { \"cps\", \"nobody\" }"},
        {"reveal = { \"threats\" }", "reveal = { \"threats\", 5 }"},
        {"reveal = { \"threats\" }", "reveal = { \"threats\", \"nothing\" }"},
    };
    static char text[65536];
    FILE *f = fopen(fixture, "r");
    size_t n = f ? fread(text, 1, sizeof text - 1, f) : 0;
    if (f)
        fclose(f);
    text[n] = '\0';
    for (size_t i = 0; i < sizeof edits / sizeof edits[0]; i++) {
        char *at = strstr(text, edits[i][0]);
        CHECK(at != NULL);
        if (!at)
            continue;
        char path[300];
        snprintf(path, sizeof path, "%s/bad-list.lua", records);
        FILE *out = fopen(path, "w");
        if (!out)
            continue;
        fprintf(out, "%.*s%s%s", (int)(at - text), text, edits[i][1], at + strlen(edits[i][0]));
        fclose(out);
        cw_error err = {CW_OK, ""};
        start_measuring(0);
        int rc = load_scenario(path, &err);
        stop_measuring();
        CHECK(rc == -1 && err.kind == CW_ERR_INPUT && strstr(err.message, path) == err.message);
        CHECK(alloc.live == 0);
        if (alloc.live != 0)
            fprintf(stderr, "%s: %ld blocks left allocated (%s)\n", edits[i][1], alloc.live, err.message);
        unlink(path);
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_alloc_failure FIXTURES_DIR SCENARIOS_DIR\n"
                        "  CASEWALK_ALLOC_ONLY=N refuses allocations from N on only (to follow one up)\n");
        return 2;
    }
    only = getenv("CASEWALK_ALLOC_ONLY") ? atol(getenv("CASEWALK_ALLOC_ONLY")) : 0;
    alloc.slots = __real_calloc(LIVE_SLOTS, sizeof *alloc.slots);
    alloc.touched = __real_calloc(MAX_TRACKED, sizeof *alloc.touched);
    if (!alloc.slots || !alloc.touched)
        return 2;
    cJSON_Hooks hooks = {json_malloc, json_free};
    cJSON_InitHooks(&hooks);
    /* Each run writes and fsyncs a record: in memory (/dev/shm) when there is one, it costs nothing. */
    snprintf(records, sizeof records, "/dev/shm/casewalk-alloc-XXXXXX");
    if (!mkdtemp(records)) {
        snprintf(records, sizeof records, "/tmp/casewalk-alloc-XXXXXX");
        if (!mkdtemp(records))
            return 2;
    }

    char fixture[700], shipped[700];
    snprintf(fixture, sizeof fixture, "%s/small-example.lua", argv[1]);
    snprintf(shipped, sizeof shipped, "%s/night-call.lua", argv[2]);
    refuse_bad_lists(fixture);
    fail_each_allocation("load small-example", load_scenario, fixture);
    fail_each_allocation("load night-call", load_scenario, shipped);
    fail_each_allocation("start, choose, free (small-example)", play_one_step, fixture);

    rmdir(records);
    __real_free(alloc.slots);
    __real_free(alloc.touched);
    return check_report("alloc_failure");
}
