/* bench_engine.c — how fast the engine is, measured as a whole program: scenario load time, time
 * per decision with and without the record's fdatasync, and peak memory.
 *
 *   bench_engine SCENARIO.lua [SESSIONS] [RECORDS_DIR]
 *
 * Each session plays the first choice (or first clause) at every step until an ending. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "casewalk.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void report(const char *what, double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, compare);
    printf("%-34s median %8.3f ms   p95 %8.3f ms   max %8.3f ms   (n=%d)\n", what, v[n / 2], v[n * 95 / 100],
           v[n - 1], n);
}

/* Plays one session; appends each decision's time to times. Returns the decisions made. */
static int play(cw_scenario *sc, const char *role, const char *records, uint64_t seed, double *times, int room)
{
    cw_error err = {CW_OK, ""};
    cw_session_options o = {role, "bench", records, CW_MODE_PRACTICE, seed, 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &o, &err);
    if (!s) {
        fprintf(stderr, "%s\n", err.message);
        exit(1);
    }
    int n = 0;
    while (!cw_session_finished(s) && n < room) {
        const cw_step *st = cw_session_step(s);
        int first = 0, rc;
        double t0 = now_ms();
        if (st->kind == CW_STEP_COMPOSE)
            rc = cw_session_compose(s, &first, 1, NULL, NULL, &err);
        else
            rc = cw_session_choose(s, 0, NULL, &err);
        times[n++] = now_ms() - t0;
        if (rc != 0) {
            fprintf(stderr, "%s\n", err.message);
            exit(1);
        }
    }
    cw_session_free(s);
    return n;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_engine SCENARIO.lua [SESSIONS] [RECORDS_DIR]\n");
        return 2;
    }
    int sessions = argc > 2 ? atoi(argv[2]) : 200;
    const char *records = argc > 3 ? argv[3] : NULL;
    if (sessions < 1)
        sessions = 1;
    double *loads = malloc((size_t)sessions * sizeof *loads);
    double *unrecorded = malloc((size_t)sessions * 64 * sizeof *unrecorded);
    double *recorded = malloc((size_t)sessions * 64 * sizeof *recorded);
    int n_unrecorded = 0, n_recorded = 0;
    cw_error err = {CW_OK, ""};
    for (int i = 0; i < sessions; i++) {
        double t0 = now_ms();
        cw_scenario *sc = cw_scenario_load(argv[1], &err);
        loads[i] = now_ms() - t0;
        if (!sc) {
            fprintf(stderr, "%s\n", err.message);
            return 1;
        }
        const char *role = cw_scenario_info_get(sc)->roles[i % 2].id;
        n_unrecorded += play(sc, role, NULL, (uint64_t)i, unrecorded + n_unrecorded, 64);
        if (records && i < 50) /* each recorded decision waits for the disk: fewer of them */
            n_recorded += play(sc, role, records, (uint64_t)i, recorded + n_recorded, 64);
        cw_scenario_free(sc);
    }
    printf("scenario %s, %d sessions\n", argv[1], sessions);
    report("load (sandbox + file + validation)", loads, sessions);
    report("decision, no record", unrecorded, n_unrecorded);
    if (n_recorded)
        report("decision, recorded with fdatasync", recorded, n_recorded);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak resident memory                %ld KiB\n", ru.ru_maxrss);
    free(loads);
    free(unrecorded);
    free(recorded);
    return 0;
}
