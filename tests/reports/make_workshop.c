/* make_workshop.c — writes one workshop (group) record of tests/reports/fixture.lua through the
 * engine's public interface, with known votes, for the report tests:
 *
 *   referral  CPS votes 4, 1, 0   DV votes 1, 3, 0   → the majority picks call_first
 *   meeting   CPS votes 3, 2, 0   DV votes 2, 2, 1   → the majority picks separate
 *   draft     clauses 1 and 2 (his threats, her steps) → ending_home
 *
 * The counts above are per choice in the scenario's order (call_first, visit_now, place_now;
 * separate, joint, share_plan); the session shows the choices in an order drawn from its seed,
 * so they are laid out in the order shown, as a facilitator enters them under each button.
 *
 * Usage: make_workshop FIXTURE_LUA RECORDS_DIR */
#include <stdio.h>
#include <string.h>

#include "casewalk.h"

/* Lays counts given per choice id out in the order the step shows the choices; returns the
 * position shown of pick, or -1. */
static int lay_out(const cw_step *st, const char *const ids[3], const int by_id[3], int counts[3], const char *pick)
{
    int at = -1;
    for (int i = 0; i < st->n_choices && i < 3; i++) {
        counts[i] = 0;
        for (int k = 0; k < 3; k++)
            if (strcmp(st->choices[i].id, ids[k]) == 0)
                counts[i] = by_id[k];
        if (strcmp(st->choices[i].id, pick) == 0)
            at = i;
    }
    return at;
}

static int fail(const cw_error *err)
{
    fprintf(stderr, "make_workshop: %s\n", err->message);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: make_workshop FIXTURE_LUA RECORDS_DIR\n");
        return 2;
    }
    cw_error err = {CW_OK, ""};
    cw_scenario *scenario = cw_scenario_load(argv[1], &err);
    if (!scenario)
        return fail(&err);
    cw_session_options options = {.role = "cps", .trainee = "Tuesday workshop", .records_dir = argv[2],
                                  .mode = CW_MODE_PRACTICE, .seed = 11, .has_seed = 1, .group = 1};
    cw_session *s = cw_session_start(scenario, &options, &err);
    if (!s)
        return fail(&err);
    static const char *const referral_ids[] = {"call_first", "visit_now", "place_now"};
    static const char *const meeting_ids[] = {"separate", "joint", "share_plan"};
    static const int referral_cps[] = {4, 1, 0}, referral_dv[] = {1, 3, 0};
    static const int meeting_cps[] = {3, 2, 0}, meeting_dv[] = {2, 2, 1};
    int cps[3], dv[3];
    const cw_votes votes[] = {{"cps", cps, NULL, 0}, {"dv", dv, NULL, 0}};
    const int clauses[] = {0, 1};
    const cw_step *st = cw_session_step(s);
    int pick = lay_out(st, referral_ids, referral_cps, cps, "call_first");
    lay_out(st, referral_ids, referral_dv, dv, "call_first");
    if (pick < 0 || cw_session_choose_group(s, pick, votes, 2, "majority", NULL, &err) != 0)
        return fail(&err);
    st = cw_session_step(s);
    pick = lay_out(st, meeting_ids, meeting_cps, cps, "separate");
    lay_out(st, meeting_ids, meeting_dv, dv, "separate");
    if (pick < 0 || cw_session_choose_group(s, pick, votes, 2, "majority", NULL, &err) != 0 ||
        cw_session_compose(s, clauses, 2, NULL, NULL, &err) != 0)
        return fail(&err);
    int finished = cw_session_finished(s);
    cw_session_free(s);
    cw_scenario_free(scenario);
    return finished ? 0 : 1;
}
