/* make_workshop.c — writes one workshop (group) record of tests/reports/fixture.lua through the
 * engine's public interface, with known votes, for the report tests:
 *
 *   referral  CPS votes 4, 1, 0   DV votes 1, 3, 0   → the majority picks call_first
 *   meeting   CPS votes 3, 2, 0   DV votes 2, 2, 1   → the majority picks separate
 *   draft     clauses 1 and 2 (his threats, her steps) → ending_home
 *
 * Usage: make_workshop FIXTURE_LUA RECORDS_DIR */
#include <stdio.h>

#include "casewalk.h"

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
    static const int referral_cps[] = {4, 1, 0}, referral_dv[] = {1, 3, 0};
    static const int meeting_cps[] = {3, 2, 0}, meeting_dv[] = {2, 2, 1};
    const cw_votes referral[] = {{"cps", referral_cps}, {"dv", referral_dv}};
    const cw_votes meeting[] = {{"cps", meeting_cps}, {"dv", meeting_dv}};
    const int clauses[] = {0, 1};
    if (cw_session_choose_group(s, 0, referral, 2, "majority", NULL, &err) != 0 ||
        cw_session_choose_group(s, 0, meeting, 2, "majority", NULL, &err) != 0 ||
        cw_session_compose(s, clauses, 2, NULL, NULL, &err) != 0)
        return fail(&err);
    int finished = cw_session_finished(s);
    cw_session_free(s);
    cw_scenario_free(scenario);
    return finished ? 0 : 1;
}
