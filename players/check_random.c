/* check_random.c — prints what `casewalk check --random N` found: one line of totals, one line
 * each for scenes, endings and choices (how many reached, how often), and the ids never reached,
 * the first few of them (--json lists every count). */
#include "check_random.h"

#include <stdio.h>
#include <stdlib.h>

#include "casewalk.h"
#include "show.h"

#define LISTED 20 /* never-reached ids listed in the text output */

typedef struct spread {
    int items, reached;
    long least, most; /* over the items reached */
} spread;

static void count(spread *s, long times)
{
    s->items++;
    if (times == 0)
        return;
    if (s->reached == 0 || times < s->least)
        s->least = times;
    if (times > s->most)
        s->most = times;
    s->reached++;
}

static void print_spread(const char *label, const char *verb, const spread *s)
{
    printf("  %-8s %d of %d %s", label, s->reached, s->items, verb);
    if (s->reached > 0 && s->least == s->most)
        printf(" (each %ld times)", s->least);
    else if (s->reached > 0)
        printf(" (each %ld to %ld times)", s->least, s->most);
    printf("\n");
}

static double per_second(const cw_random_run *run)
{
    return run->seconds > 0 ? (double)run->decisions / run->seconds : 0;
}

static void print_text(const char *path, const cw_random_run *run)
{
    spread scenes = {0}, endings = {0}, choices = {0};
    for (int i = 0; i < run->n_scenes; i++)
        count(run->scenes[i].is_ending ? &endings : &scenes, run->scenes[i].reached);
    for (int i = 0; i < run->n_choices; i++)
        count(&choices, run->choices[i].taken);
    printf("%s: %ld random playthroughs per role (seed %llu, %d roles): %ld decisions, %.0f decisions/s\n",
           show_line(path).text, run->playthroughs, (unsigned long long)run->seed, run->n_roles,
           run->decisions, per_second(run));
    print_spread("scenes", "reached", &scenes);
    print_spread("endings", "reached", &endings);
    print_spread("choices", "taken", &choices);
    if (run->unfinished > 0)
        printf("  %ld playthroughs met no ending within %ld decisions\n", run->unfinished, run->max_decisions);
    int missing = 0;
    for (int i = 0; i < run->n_scenes; i++)
        if (run->scenes[i].reached == 0 && missing++ < LISTED)
            printf("  never reached: %s '%s'\n", run->scenes[i].is_ending ? "ending" : "scene",
                   show_line(run->scenes[i].id).text);
    for (int i = 0; i < run->n_choices; i++)
        if (run->choices[i].taken == 0 && missing++ < LISTED)
            printf("  never taken: choice '%s' in scene '%s'\n", show_line(run->choices[i].id).text,
                   show_line(run->choices[i].scene_id).text);
    if (missing > LISTED)
        printf("  ... and %d more never reached (--json lists every count)\n", missing - LISTED);
}

static cJSON *run_json(const char *path, const cw_random_run *run)
{
    cJSON *entry = cJSON_CreateObject();
    cJSON_AddStringToObject(entry, "file", path);
    cJSON *random = cJSON_AddObjectToObject(entry, "random");
    cJSON_AddNumberToObject(random, "playthroughs_per_role", (double)run->playthroughs);
    char seed[24];
    snprintf(seed, sizeof seed, "%llu", (unsigned long long)run->seed);
    cJSON_AddStringToObject(random, "seed", seed); /* 64 bits do not fit a JSON number exactly */
    cJSON_AddNumberToObject(random, "roles", run->n_roles);
    cJSON_AddNumberToObject(random, "decisions", (double)run->decisions);
    cJSON_AddNumberToObject(random, "seconds", run->seconds);
    cJSON_AddNumberToObject(random, "decisions_per_second", per_second(run));
    cJSON_AddNumberToObject(random, "failed", (double)run->failed);
    cJSON_AddNumberToObject(random, "unfinished", (double)run->unfinished);
    cJSON *scenes = cJSON_AddArrayToObject(random, "scenes");
    cJSON *never_scenes = cJSON_CreateArray(), *never_choices = cJSON_CreateArray();
    for (int i = 0; i < run->n_scenes; i++) {
        cJSON *s = cJSON_CreateObject();
        cJSON_AddStringToObject(s, "id", run->scenes[i].id);
        cJSON_AddBoolToObject(s, "ending", run->scenes[i].is_ending);
        cJSON_AddNumberToObject(s, "reached", (double)run->scenes[i].reached);
        cJSON_AddItemToArray(scenes, s);
        if (run->scenes[i].reached == 0)
            cJSON_AddItemToArray(never_scenes, cJSON_CreateString(run->scenes[i].id));
    }
    cJSON *choices = cJSON_AddArrayToObject(random, "choices");
    for (int i = 0; i < run->n_choices; i++) {
        cJSON *c = cJSON_CreateObject();
        cJSON_AddStringToObject(c, "scene", run->choices[i].scene_id);
        cJSON_AddStringToObject(c, "id", run->choices[i].id);
        cJSON_AddNumberToObject(c, "taken", (double)run->choices[i].taken);
        cJSON_AddItemToArray(choices, c);
        if (run->choices[i].taken == 0) {
            cJSON *n = cJSON_CreateObject();
            cJSON_AddStringToObject(n, "scene", run->choices[i].scene_id);
            cJSON_AddStringToObject(n, "id", run->choices[i].id);
            cJSON_AddItemToArray(never_choices, n);
        }
    }
    cJSON *never = cJSON_AddObjectToObject(random, "never_reached");
    cJSON_AddItemToObject(never, "scenes", never_scenes);
    cJSON_AddItemToObject(never, "choices", never_choices);
    return entry;
}

int check_random_one(const char *path, long playthroughs, uint64_t seed, cJSON *scenarios)
{
    cw_error err = {CW_OK, ""};
    cw_random_run *run = cw_scenario_random(path, playthroughs, seed, &err);
    cJSON *findings = NULL;
    if (scenarios) {
        cJSON *entry = run ? run_json(path, run) : cJSON_CreateObject();
        if (!run)
            cJSON_AddStringToObject(entry, "file", path);
        findings = cJSON_AddArrayToObject(entry, "findings");
        cJSON_AddItemToArray(scenarios, entry);
    } else if (run) {
        print_text(path, run);
    }
    const char *problem = !run ? err.message : run->failed ? run->failure : NULL;
    if (problem && findings)
        cJSON_AddItemToArray(findings, cJSON_CreateString(problem));
    else if (problem)
        printf("%s\n", show_line(problem).text);
    if (run && run->failed && !findings)
        printf("%s: %ld of %ld playthroughs stopped on an error\n", show_line(path).text, run->failed,
               run->playthroughs * run->n_roles);
    cw_random_run_free(run);
    return problem ? 1 : 0;
}
