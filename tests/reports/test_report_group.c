/* test_report_group.c — the group summary over records made by make_records.sh, against counts
 * worked out by hand from the answers each scripted session gave:
 *
 *   CPS  c1, c2 call_first, separate, 1+2   c3 visit_now, joint, 3   c4 place_now
 *        t1 call_first, … torn after decision 1
 *   DV   d1 call_first, separate, 1+2   d2 visit_now, share_plan, 1   d3 visit_now, joint, 2+1
 *
 *   referral  CPS: call_first 3, visit_now 1, place_now 1 (5)   DV: call_first 1, visit_now 2 (3)
 *             difference ½(|3/5−1/3| + |1/5−2/3| + |1/5−0|) = 7/15
 *   meeting   CPS: separate 2, joint 1 (3)   DV: separate 1, joint 1, share_plan 1 (3)   → 1/3
 *   draft     CPS: recommended 2, concerning 1   DV: recommended 2, acceptable 1   → 1/3
 *   endings   home 4 (CPS 2, DV 2), thin 2 (1, 1), placed 1 (CPS 1)
 *
 * and the workshop record of make_workshop.c: its votes count as answers, one each, by role.
 *
 * Usage: test_report_group RECORDS_DIR FIXTURE_LUA */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casewalk_report.h"
#include "check.h"

static const char *fixture;

static int scan(void *ud, const char *path, cw_error *err)
{
    (void)err;
    cw_report_group_scan(ud, path);
    return 0;
}

static int add(void *ud, const char *path, cw_error *err)
{
    return cw_report_group_add(ud, path, err) < 0 ? -1 : 0;
}

static cw_report_group *summarise(const char *dir, int min_group, const char *scenario_path)
{
    cw_report_group_options options = {.min_group = min_group, .scenario_path = scenario_path};
    cw_report_group *g = cw_report_group_new(&options);
    cw_error err = {CW_OK, ""};
    const char *paths[] = {dir};
    if (!g || cw_report_each_record(paths, 1, 0, scan, g, NULL, &err) != 0 || cw_report_group_begin(g, &err) != 0 ||
        cw_report_each_record(paths, 1, 0, add, g, NULL, &err) != 0 || !cw_report_group_finish(g, &err)) {
        fprintf(stderr, "summary of %s failed: %s\n", dir, err.message);
        exit(1);
    }
    return g;
}

static const cw_report_group_decision *decision(const cw_report_group_view *v, const char *scene)
{
    for (int i = 0; i < v->n_decisions; i++)
        if (strcmp(v->decisions[i].scene, scene) == 0)
            return &v->decisions[i];
    return NULL;
}

static const cw_report_split *split(const cw_report_group_decision *d, const char *role)
{
    for (int s = 0; d && s < d->n_splits; s++)
        if (d->splits[s].role && strcmp(d->splits[s].role, role) == 0)
            return &d->splits[s];
    return NULL;
}

static int choice_at(const cw_report_group_decision *d, const char *id)
{
    for (int c = 0; d && c < d->n_choices; c++)
        if (strcmp(d->choices[c].id, id) == 0)
            return c;
    return -1;
}

/* The count of choice id among role's answers (-1 when absent). */
static int count(const cw_report_group_decision *d, const char *role, const char *id)
{
    const cw_report_split *s = split(d, role);
    int c = choice_at(d, id);
    return s && c >= 0 ? s->counts[c] : -1;
}

static const cw_report_set_aside *aside(const cw_report_group_view *v, const char *name_part)
{
    for (int i = 0; i < v->n_set_aside; i++)
        if (strstr(v->set_aside[i].path, name_part))
            return &v->set_aside[i];
    return NULL;
}

static void test_group(const char *records)
{
    char dir[600];
    snprintf(dir, sizeof dir, "%s/group", records);
    cw_report_group *g = summarise(dir, 0, fixture);
    const cw_report_group_view *v = cw_report_group_finish(g, NULL);

    CHECK_STR(v->scenario_id, "report-fixture");
    CHECK(v->files == 12);
    CHECK(v->included == 8);
    CHECK(v->finished == 7);
    CHECK(v->partly_used == 1);
    CHECK(v->set_aside_total == 5); /* four set aside, one used in part */
    CHECK(v->n_sessions_split == 2);
    CHECK_STR(v->sessions[0].role, "cps");
    CHECK(v->sessions[0].answered == 5);
    CHECK_STR(v->sessions[1].role, "dv");
    CHECK(v->sessions[1].answered == 3);

    const cw_report_group_decision *referral = decision(v, "referral");
    CHECK(referral && referral->answered == 8);
    CHECK(count(referral, "cps", "call_first") == 3);
    CHECK(count(referral, "cps", "visit_now") == 1);
    CHECK(count(referral, "cps", "place_now") == 1);
    CHECK(count(referral, "dv", "call_first") == 1);
    CHECK(count(referral, "dv", "visit_now") == 2);
    CHECK(count(referral, "dv", "place_now") == 0);
    CHECK(split(referral, "cps") && split(referral, "cps")->answered == 5);
    CHECK(referral && referral->choices[choice_at(referral, "call_first")].recommended);
    CHECK(referral && !referral->choices[choice_at(referral, "visit_now")].recommended);
    CHECK(referral && fabs(referral->divergence - 7.0 / 15) < 1e-9);
    CHECK_STR(referral ? referral->discussion : NULL,
              "What does each system need to know before anyone goes to the house?");
    CHECK_STR(referral ? referral->choices[0].text : NULL,
              "Call Ms. Reyes to arrange a safe time and place to talk.");
    CHECK(referral && referral->median_ms >= 0 && referral->median_ms < 100); /* scripted: instant */

    const cw_report_group_decision *meeting = decision(v, "meeting");
    CHECK(meeting && meeting->answered == 6);
    CHECK(count(meeting, "cps", "separate") == 2);
    CHECK(count(meeting, "cps", "joint") == 1);
    CHECK(count(meeting, "cps", "share_plan") == 0);
    CHECK(count(meeting, "dv", "separate") == 1);
    CHECK(count(meeting, "dv", "joint") == 1);
    CHECK(count(meeting, "dv", "share_plan") == 1);
    CHECK(meeting && fabs(meeting->divergence - 1.0 / 3) < 1e-9);

    const cw_report_group_decision *draft = decision(v, "draft");
    CHECK(draft && draft->is_draft && draft->answered == 6);
    CHECK(count(draft, "cps", "recommended") == 2);
    CHECK(count(draft, "cps", "concerning") == 1);
    CHECK(count(draft, "dv", "recommended") == 2);
    CHECK(count(draft, "dv", "acceptable") == 1);
    CHECK(choice_at(draft, "harmful") < 0); /* a rating no draft got is left out */
    CHECK(draft && draft->n_flags == 1 && draft->flag_counts[0] == 1);
    CHECK_STR(draft && draft->n_flags ? draft->flags[0] : NULL, "failed to protect");
    CHECK(draft && draft->n_missing == 1 && draft->missing_counts[0] == 2);

    /* the agenda: the referral first, then the two decisions that differ by a third, in order */
    CHECK(v->n_ranking == 3);
    CHECK_STR(v->decisions[v->ranking[0]].scene, "referral");
    CHECK_STR(v->decisions[v->ranking[1]].scene, "meeting");
    CHECK_STR(v->decisions[v->ranking[2]].scene, "draft");

    CHECK(v->n_endings == 3);
    CHECK_STR(v->endings[0].id, "ending_home");
    CHECK(v->endings[0].count == 4);
    CHECK(v->endings[0].n_splits == 2 && v->endings[0].splits[0].counts[0] == 2 &&
          v->endings[0].splits[1].counts[0] == 2);
    CHECK_STR(v->endings[1].id, "ending_thin");
    CHECK(v->endings[1].count == 2);
    CHECK_STR(v->endings[2].id, "ending_placed");
    CHECK(v->endings[2].count == 1);

    /* paths: referral → meeting taken 6 times (t1 stopped before it showed) */
    int found = 0;
    for (int i = 0; i < v->n_links; i++)
        if (strcmp(v->nodes[v->links[i].from].id, "referral") == 0 &&
            strcmp(v->nodes[v->links[i].to].id, "meeting") == 0)
            found = v->links[i].count;
    CHECK(found == 6);

    const cw_report_set_aside *torn = aside(v, "torn-t1");
    CHECK(torn && torn->partly_used && torn->line == 5);
    CHECK(torn && strstr(torn->reason, "torn"));
    const cw_report_set_aside *bad = aside(v, "malformed");
    CHECK(bad && !bad->partly_used && bad->line == 3);
    CHECK(bad && strstr(bad->reason, "not valid JSON"));
    CHECK(aside(v, "empty") != NULL);
    int other_scenario = 0, other_version = 0;
    for (int i = 0; i < v->n_set_aside; i++) {
        other_scenario += strstr(v->set_aside[i].reason, "another scenario (\"report-fixture-b\")") != NULL;
        other_version += strstr(v->set_aside[i].reason, "another version of the scenario (1.1.0)") != NULL;
    }
    CHECK(other_scenario == 1);
    CHECK(other_version == 1);
    cw_report_group_free(g);

    /* Without --scenario: the scenario most records share, found through CASEWALK_SCENARIOS. */
    g = summarise(dir, 0, NULL);
    v = cw_report_group_finish(g, NULL);
    CHECK_STR(v->scenario_id, "report-fixture");
    CHECK_STR(v->scenario_version, "1.0.0");
    CHECK(v->included == 8);
    cw_report_group_free(g);
}

/* What a writer writes, as a string (malloc'd). */
/* The terminal's text unwrapped: the checks below look for whole lines. */
static int write_text(const cw_report_group *g, FILE *out)
{
    return cw_report_group_write_text(g, out, 0);
}

static char *written(const cw_report_group *g, int (*write)(const cw_report_group *, FILE *))
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (!out)
        return NULL;
    CHECK(write(g, out) == 0);
    fclose(out);
    return text;
}

/* Whether any object in the JSON tree has "role": role (and frees the tree). */
static int mentions_role_in(const cJSON *item, const char *role)
{
    const cJSON *r = cJSON_GetObjectItemCaseSensitive(item, "role");
    if (cJSON_IsObject(item) && cJSON_IsString(r) && strcmp(r->valuestring, role) == 0)
        return 1;
    for (const cJSON *child = item ? item->child : NULL; child; child = child->next)
        if (mentions_role_in(child, role))
            return 1;
    return 0;
}

static int mentions_role(cJSON *root, const char *role)
{
    int found = !root || mentions_role_in(root, role);
    cJSON_Delete(root);
    return found;
}

static void test_privacy(const char *records)
{
    char dir[600];
    snprintf(dir, sizeof dir, "%s/small", records);
    cw_report_group *g = summarise(dir, 0, fixture);
    const cw_report_group_view *v = cw_report_group_finish(g, NULL);
    CHECK(v->included == 6);
    CHECK(v->n_sessions_split == 0); /* DV: two sessions, not broken out */
    const cw_report_group_decision *referral = decision(v, "referral");
    CHECK(referral && referral->n_splits == 0 && referral->not_split_why);
    CHECK(referral && referral->answered == 6 && referral->choices[0].count == 6);
    CHECK(referral && referral->divergence < 0);
    CHECK(v->n_ranking == 0);
    CHECK(v->n_endings == 1 && v->endings[0].n_splits == 0);
    char *json = written(g, cw_report_group_write_json), *page = written(g, cw_report_group_write_html);
    char *text = written(g, write_text);
    CHECK(json && !mentions_role(cJSON_Parse(json), "dv")); /* the pair appears in no split */
    CHECK(page && strstr(page, ">DV<") == NULL);
    CHECK(text && strstr(text, "not broken out"));
    for (const char *name = "s1\0s2\0s3\0s4\0s5\0s6\0"; *name; name += 3) /* nor any pseudonym */
        CHECK(!strstr(json, name) && !strstr(page, name) && !strstr(text, name));
    free(json);
    free(page);
    free(text);
    cw_report_group_free(g);

    g = summarise(dir, 2, fixture); /* --min-group 2 breaks the pair out */
    v = cw_report_group_finish(g, NULL);
    CHECK(v->n_sessions_split == 2);
    referral = decision(v, "referral");
    CHECK(count(referral, "dv", "call_first") == 2);
    CHECK(count(referral, "cps", "call_first") == 4);
    CHECK(referral && referral->divergence == 0);
    cw_report_group_free(g);
}

/* The votes rooms gave a choice. */
static int room_votes(const cw_report_group_decision *d, const char *id)
{
    for (int c = 0; d && c < d->n_choices; c++)
        if (strcmp(d->choices[c].id, id) == 0)
            return d->choices[c].room_votes;
    return -1;
}

static void test_workshop(const char *records)
{
    char dir[600];
    snprintf(dir, sizeof dir, "%s/workshop", records);
    cw_report_group *g = summarise(dir, 0, fixture);
    const cw_report_group_view *v = cw_report_group_finish(g, NULL);
    CHECK(v->included == 1 && v->workshops == 1);
    CHECK(v->votes == 19); /* 5 + 4 at the referral, 5 + 5 at the meeting */
    CHECK(v->n_sessions_split == 0); /* no individual sessions to break out */
    /* a room's votes are counted apart from trainees' answers: none of them is a trainee */
    CHECK(v->trainees == 0 && v->trainee_sessions == 0);
    const cw_report_group_decision *referral = decision(v, "referral");
    CHECK(referral && referral->answered == 0 && referral->room_votes == 9);
    CHECK(room_votes(referral, "call_first") == 5); /* CPS 4 + DV 1 */
    CHECK(room_votes(referral, "visit_now") == 4);  /* CPS 1 + DV 3 */
    CHECK(room_votes(referral, "place_now") == 0);
    CHECK(referral && referral->median_ms < 0); /* a room's vote has no time of its own */
    const cw_report_group_decision *meeting = decision(v, "meeting");
    CHECK(meeting && meeting->room_votes == 10 && room_votes(meeting, "share_plan") == 1);
    CHECK(v->n_endings == 1 && v->endings[0].count == 0 && v->endings[0].rooms == 1);
    cw_report_group_free(g);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_report_group RECORDS_DIR FIXTURE_LUA\n");
        return 2;
    }
    fixture = argv[2];
    test_group(argv[1]);
    test_privacy(argv[1]);
    test_workshop(argv[1]);
    return check_report("report_group");
}
