/* check_random.c — `casewalk check --random N`: N seeded random playthroughs per role, without
 * records, counting how often each scene, ending and choice was reached, and how many decisions
 * a second the engine makes while doing it. Like ChoiceScript's randomtest, it finds what random
 * play never reaches: a choice offered only under a condition no path makes true, say. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rng.h"
#include "session_internal.h"

static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct tally {
    cw_random_run *run;
    int *first_choice; /* per scene: index of its first choice in run->choices */
} tally;

static void arrived(tally *t, const cw_session *s)
{
    t->run->scenes[s->view.scene].reached++;
}

/* A random draft: between min and max distinct clauses, in a random order. */
static int random_draft(cw_session *s, cw_rng *rng, cw_error *err)
{
    const cw_step *st = cw_session_step(s);
    int order[64], n = st->n_clauses < 64 ? st->n_clauses : 64;
    for (int i = 0; i < n; i++)
        order[i] = i;
    for (int i = n - 1; i > 0; i--) {
        int j = (int)rng_below(rng, (uint64_t)i + 1), k = order[i];
        order[i] = order[j];
        order[j] = k;
    }
    int most = st->max_clauses < n ? st->max_clauses : n;
    int least = st->min_clauses < most ? st->min_clauses : most;
    int take = least + (int)rng_below(rng, (uint64_t)(most - least) + 1);
    return cw_session_compose(s, order, take, NULL, NULL, err);
}

/* One playthrough for one role. Returns -1 after keeping the first failure's message. */
static int play_once(tally *t, cw_scenario *sc, const char *role, cw_rng *rng)
{
    cw_random_run *run = t->run;
    cw_error err = {CW_OK, ""};
    cw_session_options options = {role, "random", NULL, CW_MODE_PRACTICE, rng_next(rng), 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &options, &err);
    long decisions = 0;
    int rc = s ? 0 : -1;
    if (s)
        arrived(t, s);
    while (rc == 0 && !cw_session_finished(s) && decisions < run->max_decisions) {
        const cw_step *st = cw_session_step(s);
        if (st->kind == CW_STEP_COMPOSE) {
            rc = random_draft(s, rng, &err);
        } else {
            int position = (int)rng_below(rng, (uint64_t)st->n_choices);
            int picked = t->first_choice[s->view.scene] + s->view.choice_index[position];
            rc = cw_session_choose(s, position, NULL, &err);
            if (rc == 0)
                run->choices[picked].taken++;
        }
        if (rc == 0) {
            decisions++;
            arrived(t, s);
        }
    }
    run->decisions += decisions;
    if (rc == 0 && !cw_session_finished(s))
        run->unfinished++;
    cw_session_free(s);
    if (rc != 0 && run->failed++ == 0)
        memcpy(run->failure, err.message, sizeof run->failure);
    return rc;
}

static cw_random_run *new_run(cw_scenario *sc, long playthroughs, uint64_t seed, int **first_choice)
{
    cw_random_run *run = calloc(1, sizeof *run);
    int total = 0;
    for (int i = 0; i < sc->n_scenes; i++)
        total += sc->scenes[i].n_choices;
    *first_choice = calloc((size_t)sc->n_scenes + 1, sizeof **first_choice);
    if (run) {
        run->scenes = calloc((size_t)sc->n_scenes + 1, sizeof *run->scenes);
        run->choices = calloc((size_t)total + 1, sizeof *run->choices);
    }
    if (!run || !*first_choice || !run->scenes || !run->choices) {
        cw_random_run_free(run);
        free(*first_choice);
        return NULL;
    }
    run->scenario = sc;
    run->playthroughs = playthroughs;
    run->seed = seed;
    run->n_roles = sc->n_roles;
    /* A story with a cycle can keep a random player going for ever. */
    run->max_decisions = 10L * sc->n_scenes + 100;
    for (int i = 0; i < sc->n_scenes; i++) {
        const scene *sn = &sc->scenes[i];
        run->scenes[i] = (cw_random_scene){sn->id, sn->is_ending, 0};
        (*first_choice)[i] = run->n_choices;
        for (int k = 0; k < sn->n_choices; k++)
            run->choices[run->n_choices++] = (cw_random_choice){sn->id, sn->choices[k].id, 0};
    }
    run->n_scenes = sc->n_scenes;
    return run;
}

cw_random_run *cw_scenario_random(const char *path, long playthroughs, uint64_t seed, cw_error *err)
{
    cw_scenario *sc = cw_scenario_load(path, err);
    if (!sc)
        return NULL;
    int *first_choice = NULL;
    cw_random_run *run = new_run(sc, playthroughs, seed, &first_choice);
    if (!run) {
        cw_scenario_free(sc);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    tally t = {run, first_choice};
    cw_rng rng;
    rng_seed(&rng, seed);
    double start = seconds_now();
    sandbox_total_begin(sc->sb, SANDBOX_TOTAL_CHECK); /* the scenario's time over the whole run */
    for (int r = 0; r < sc->n_roles; r++)
        for (long i = 0; i < playthroughs; i++) {
            if (sandbox_total_spent(sc->sb) || sandbox_interrupted())
                break; /* the failing call has said why */
            play_once(&t, sc, sc->roles[r].id, &rng);
        }
    sandbox_total_end(sc->sb);
    run->seconds = seconds_now() - start;
    free(first_choice);
    return run;
}

void cw_random_run_free(cw_random_run *run)
{
    if (!run)
        return;
    free(run->scenes);
    free(run->choices);
    cw_scenario_free(run->scenario);
    free(run);
}
