/* group_once.c — the group summary reading each record once. The two passes (group.c) read
 * every header first, to know the scenario most records share and which sessions are in several
 * records, and then every record whole. Most folders hold one scenario and each session once:
 * then one pass can settle on the scenario of the first record read and fold each record as it
 * comes, noting its header as the first pass would. When a session turns up a second time, or
 * the first scenario is not the most common after all, the totals so far would not be the two
 * passes' totals: the rest of the records are only noted, the totals are begun again, and the
 * caller makes the second pass (so the result is always the same as the two passes'). */
#include <stdlib.h>
#include <string.h>

#include "report/group.h"

/* Two passes are needed after all. Records read whole so far had their notes shown; when it is a
 * second scenario that breaks the pass, the second pass may judge them otherwise (the most common
 * scenario may change), so then it shows every note again. */
static int fall_back(cw_report_group *g, int another_scenario)
{
    g->once_broken = 1;
    if (another_scenario)
        g->once_read = 0;
    return 0;
}

int cw_report_group_read(cw_report_group *g, const char *path, cw_error *err)
{
    cw_error_set(err, CW_OK, NULL, 0, "%s", "");
    if (g->once_broken) {
        group_scan(g, path);
        return 0;
    }
    g->files++;
    cw_report_session *s = g->scratch;
    if (cw_report_session_load(s, path, err) != 0) {
        int rc = group_unreadable(g, path, err);
        g->once_read++;
        int copies = group_scan(g, path); /* its header may still name a session or a scenario */
        if (copies > 1 || (!g->scenario_path && g->n_candidates > 1))
            fall_back(g, g->n_candidates > 1);
        return rc;
    }
    if (group_note_session(g, s) > 1)
        return fall_back(g, 0);
    if (!g->scenario_path && g->n_candidates != 1) /* another scenario, or one not counted */
        return fall_back(g, 1);
    g->once_read++;
    if (!g->once_begun) {
        if (cw_report_group_begin(g, err) != 0)
            return -1;
        g->once_begun = 1;
    }
    int role = -1;
    char buffer[512];
    const char *why = group_mismatch(g, s, &role, buffer, sizeof buffer);
    if (why)
        return group_refuse(g, path, why, err);
    int verdict = cw_report_copies_offer(g->copies, s); /* noted once: used at once */
    if (verdict < 0) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    return group_fold(g, s, role, err);
}

/* Begins the totals again, keeping what the headers said (scenarios and sessions noted). */
static int begin_again(cw_report_group *g, cw_error *err)
{
    cw_report_group_options options = {g->min_group, g->scenario_path, g->workshop_prefix, g->sessions_csv};
    cw_report_group *fresh = cw_report_group_new(&options);
    if (!fresh) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    memcpy(fresh->candidates, g->candidates, sizeof g->candidates);
    fresh->n_candidates = g->n_candidates;
    fresh->scanned = g->scanned;
    cw_report_copies *noted = g->copies;
    g->copies = fresh->copies;
    fresh->copies = noted;
    cw_report_copies_restart(noted);
    cw_report_group old = *g;
    *g = *fresh;
    *fresh = old;
    cw_report_group_free(fresh); /* the totals of the one pass */
    return cw_report_group_begin(g, err);
}

int cw_report_group_read_done(cw_report_group *g, long *reported, cw_error *err)
{
    *reported = g->once_read;
    if (g->once_broken)
        return begin_again(g, err) == 0 ? 0 : -1;
    if (!g->once_begun) /* no record read whole: the headers alone settle it, as in two passes */
        return cw_report_group_begin(g, err) == 0 ? 1 : -1;
    const group_candidate *c = group_most_common(g);
    if (!g->scenario_path && c &&
        (strcmp(c->id, g->scenario_id) != 0 || strcmp(c->version, g->scenario_version) != 0 ||
         strcmp(c->sha256, g->scenario_sha256) != 0))
        return begin_again(g, err) == 0 ? 0 : -1;
    return 1;
}
