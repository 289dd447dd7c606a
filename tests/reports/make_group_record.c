/* make_group_record.c — writes one room's (workshop) record of any scenario through the engine's public
 * interface, for the printing test's realistic folder: at each decision a CPS room of five and a
 * DV room of four vote, spread over the choices by a fixed rule, and the majority's choice is
 * taken; at a drafting step the first clauses it needs.
 *
 * Usage: make_room SCENARIO_LUA RECORDS_DIR */
#include <stdio.h>

#include "casewalk.h"

static int fail(const cw_error *err)
{
    fprintf(stderr, "make_room: %s\n", err->message);
    return 1;
}

/* people votes over n choices: most on choice (turn % n), the rest on the next ones */
static int spread(int *counts, int n, int people, int turn)
{
    for (int i = 0; i < n; i++)
        counts[i] = 0;
    for (int p = 0; p < people; p++)
        counts[(turn + (p * p) % 3) % n]++;
    int best = 0;
    for (int i = 1; i < n; i++)
        if (counts[i] > counts[best])
            best = i;
    return best;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: make_room SCENARIO_LUA RECORDS_DIR\n");
        return 2;
    }
    cw_error err = {CW_OK, ""};
    cw_scenario *scenario = cw_scenario_load(argv[1], &err);
    if (!scenario)
        return fail(&err);
    cw_session_options options = {.role = "cps", .trainee = "Thursday room", .records_dir = argv[2],
                                  .mode = CW_MODE_PRACTICE, .seed = 7, .has_seed = 1, .group = 1};
    cw_session *s = cw_session_start(scenario, &options, &err);
    if (!s)
        return fail(&err);
    for (int turn = 0; turn < 100 && !cw_session_finished(s); turn++) {
        const cw_step *st = cw_session_step(s);
        int rc;
        if (st->kind == CW_STEP_CHOICE) {
            int cps[64], dv[64];
            int pick = spread(cps, st->n_choices, 5, turn);
            spread(dv, st->n_choices, 4, turn + 1);
            const cw_votes votes[] = {{.role = "cps", .counts = cps}, {.role = "dv", .counts = dv}};
            rc = cw_session_choose_group(s, pick, votes, 2, "majority", NULL, &err);
        } else if (st->kind == CW_STEP_COMPOSE) {
            int clauses[64];
            for (int i = 0; i < st->min_clauses; i++)
                clauses[i] = i;
            rc = cw_session_compose(s, clauses, st->min_clauses, NULL, NULL, &err);
        } else {
            break;
        }
        if (rc != 0)
            return fail(&err);
    }
    int finished = cw_session_finished(s);
    cw_session_free(s);
    cw_scenario_free(scenario);
    return finished ? 0 : 1;
}
