/* bench_story.c — casewalk's side of tools/bench_vs_ink: loads a scenario and plays seeded random
 * playthroughs, without records, for a given time; prints one line of JSON.
 *
 *   bench_story SCENARIO.lua SECONDS [SEED] [LOADS]
 *
 * Loads the file LOADS times (default 3; cw_scenario_load: sandbox, file, validation) and reports
 * each load's time (wall clock, and CPU time of the process); then, with the last load, plays playthroughs of the first role from its start
 * to an ending, a random choice at every decision, until SECONDS have passed. Prints
 *   {"loads_ms":[...],"loads_cpu_ms":[...],"decisions":N,"playthroughs":P,"seconds":S,"decisions_per_s":D,
 *    "cpu_seconds":C,"decisions_per_cpu_s":E}
 * (the playthroughs' CPU time, C, is the whole process's, as for the loads)
 * or, when casewalk refuses the file, {"refused":"FILE: message"} (a playthrough that stops:
 * {"failed":...}) and exits 1. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "casewalk.h"
#include "rng.h"

static double seconds_of(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now_seconds(void)
{
    return seconds_of(CLOCK_MONOTONIC);
}

/* CPU time of the whole process: what a load costs whatever else the machine runs meanwhile. */
static double cpu_seconds(void)
{
    return seconds_of(CLOCK_PROCESS_CPUTIME_ID);
}

static void print_json(cJSON *json)
{
    char *text = cJSON_PrintUnformatted(json);
    if (text)
        puts(text);
    free(text);
    cJSON_Delete(json);
}

/* key: "refused" when casewalk will not load the file, "failed" when a playthrough stopped. */
static int fail(const char *key, const char *message)
{
    cJSON *json = cJSON_CreateObject();
    cJSON_AddStringToObject(json, key, message);
    print_json(json);
    return 1;
}

/* Plays one playthrough to its end; returns the decisions made, or -1 with err. A compose step
 * (the benchmark story has none) takes the first clause. */
static long play_once(cw_scenario *scenario, uint64_t seed, cw_rng *rng, cw_error *err)
{
    cw_session_options options = {.trainee = "bench", .records_dir = NULL, .mode = CW_MODE_PRACTICE, .seed = seed, .has_seed = 1};
    cw_session *session = cw_session_start(scenario, &options, err);
    if (!session)
        return -1;
    long decisions = 0;
    for (;;) {
        const cw_step *step = cw_session_step(session);
        if (!step || step->kind == CW_STEP_ENDING)
            break;
        int first = 0, rc;
        if (step->kind == CW_STEP_CHOICE)
            rc = cw_session_choose(session, (int)rng_below(rng, (uint64_t)step->n_choices), NULL, err);
        else
            rc = cw_session_compose(session, &first, 1, NULL, NULL, err);
        if (rc != 0) {
            decisions = -1;
            break;
        }
        decisions++;
    }
    cw_session_free(session);
    return decisions;
}

int main(int argc, char **argv)
{
    double seconds = argc > 2 ? atof(argv[2]) : 0;
    uint64_t seed = argc > 3 ? strtoull(argv[3], NULL, 10) : 1;
    int loads = argc > 4 ? atoi(argv[4]) : 3;
    if (argc < 3 || argc > 5 || seconds <= 0 || loads < 1) {
        fprintf(stderr, "usage: bench_story SCENARIO.lua SECONDS [SEED] [LOADS]\n");
        return 2;
    }
    cJSON *json = cJSON_CreateObject(), *load_times = cJSON_AddArrayToObject(json, "loads_ms");
    cJSON *load_cpu = cJSON_AddArrayToObject(json, "loads_cpu_ms");
    cw_error err = {CW_OK, ""};
    cw_scenario *scenario = NULL;
    for (int i = 0; i < loads; i++) {
        cw_scenario_free(scenario);
        double start = now_seconds(), cpu_start = cpu_seconds();
        scenario = cw_scenario_load(argv[1], &err);
        double elapsed = now_seconds() - start, cpu = cpu_seconds() - cpu_start;
        if (!scenario) {
            cJSON_Delete(json);
            return fail("refused", err.message);
        }
        cJSON_AddItemToArray(load_times, cJSON_CreateNumber(elapsed * 1e3));
        cJSON_AddItemToArray(load_cpu, cJSON_CreateNumber(cpu * 1e3));
    }

    cw_rng rng;
    rng_seed(&rng, seed);
    long decisions = 0, playthroughs = 0;
    double start = now_seconds(), cpu_start = cpu_seconds(), elapsed = 0;
    while (elapsed < seconds) {
        long made = play_once(scenario, rng_next(&rng), &rng, &err);
        if (made < 0) {
            cw_scenario_free(scenario);
            cJSON_Delete(json);
            return fail("failed", err.message);
        }
        decisions += made;
        playthroughs++;
        elapsed = now_seconds() - start;
    }
    double cpu = cpu_seconds() - cpu_start;
    cw_scenario_free(scenario);
    cJSON_AddNumberToObject(json, "decisions", (double)decisions);
    cJSON_AddNumberToObject(json, "playthroughs", (double)playthroughs);
    cJSON_AddNumberToObject(json, "seconds", elapsed);
    cJSON_AddNumberToObject(json, "decisions_per_s", (double)decisions / elapsed);
    cJSON_AddNumberToObject(json, "cpu_seconds", cpu);
    cJSON_AddNumberToObject(json, "decisions_per_cpu_s", cpu > 0 ? (double)decisions / cpu : 0);
    print_json(json);
    return 0;
}
