/* test_report_debrief.c — the debrief of c3's session (make_records.sh), checked against what c3
 * answered: visit_now at the referral (concerning, 1 of 3, with a reason), a joint meeting
 * (harmful, 0 of 3), and a draft of the "failed to protect" clause alone (concerning, 1 of 3,
 * flagged, missing both required elements), ending on a thin file. Also: a malformed record is
 * refused with a message naming its file and line.
 *
 * Usage: test_report_debrief RECORDS_DIR FIXTURE_LUA */
#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "casewalk_report.h"
#include "check.h"

static char *record_in(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char *path = NULL;
    while (d && (e = readdir(d)))
        if (strstr(e->d_name, ".jsonl")) {
            path = malloc(strlen(dir) + strlen(e->d_name) + 2);
            sprintf(path, "%s/%s", dir, e->d_name);
            break;
        }
    if (d)
        closedir(d);
    return path;
}

/* The terminal's text unwrapped: the checks below look for whole lines. */
static int write_text(const cw_report_debrief *db, FILE *out)
{
    return cw_report_debrief_write_text(db, out, 0);
}

static char *written(const cw_report_debrief *db, int (*write)(const cw_report_debrief *, FILE *))
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    CHECK(out && write(db, out) == 0);
    if (out)
        fclose(out);
    return text;
}

static int count(const char *text, const char *needle)
{
    int n = 0;
    for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

/* Whether id appears in the page's text as a whole word (letters, digits, _ and - around it
 * ending it), outside tags: attribute values such as data-scene hold ids for anchors, and
 * nobody reads them. */
static int id_in_text(const char *page, const char *id)
{
    size_t n = strlen(id);
    int in_tag = 0;
    for (const char *p = page; *p; p++) {
        if (*p == '<')
            in_tag = 1;
        else if (*p == '>')
            in_tag = 0;
        else if (!in_tag && strncmp(p, id, n) == 0) {
            char before = p > page ? p[-1] : ' ', after = p[n];
            if (!isalnum((unsigned char)before) && before != '_' && before != '-' && !isalnum((unsigned char)after)
                && after != '_' && after != '-')
                return 1;
        }
    }
    return 0;
}

/* No id of the scenario's scenes, choices or endings in what a person reads on the page. Ids
 * that are plain words ("meeting", "joint") may be words of the case's own text, so only ids
 * written as identifiers (with _ or -) are looked for. Returns how many were found. */
static int ids_in_text(const char *page, const cw_scenario *scenario, const char *what)
{
    int found = 0, looked = 0;
    for (int i = 0; i < cw_scenario_scene_count(scenario); i++) {
        const cw_scene_info *sc = cw_scenario_scene(scenario, i);
        const char *ids[64];
        int n = 0;
        ids[n++] = sc->id;
        for (int c = 0; c < sc->n_choices && n < 64; c++)
            ids[n++] = sc->choices[c].id;
        for (int k = 0; k < n; k++) {
            if (!ids[k] || !strpbrk(ids[k], "_-"))
                continue;
            looked++;
            if (id_in_text(page, ids[k])) {
                fprintf(stderr, "%s: the id \"%s\" is in the text\n", what, ids[k]);
                found++;
            }
        }
    }
    CHECK(looked >= 5); /* the fixture has ids such as visit_now and ending_thin */
    return found;
}

static void test_record(cw_report_session *s)
{
    CHECK_STR(s->scenario_id, "report-fixture");
    CHECK_STR(s->role, "cps");
    CHECK_STR(s->trainee, "c3");
    CHECK(s->seed == 7);
    CHECK(s->n_decisions == 3);
    CHECK(s->ending && strcmp(s->ending->scene, "ending_thin") == 0);
    CHECK(s->torn_line == 0);

    const cw_report_decision *d = s->decisions;
    CHECK_STR(d[0].scene, "referral");
    CHECK_STR(d[0].phase, "removal");
    CHECK_STR(d[0].chosen, "visit_now");
    CHECK(d[0].n_shown == 3 && d[0].position >= 1 && d[0].position <= 3); /* the order is drawn */
    CHECK_STR(d[0].position >= 1 && d[0].position <= d[0].n_shown ? d[0].shown[d[0].position - 1] : NULL,
              "visit_now");
    CHECK(d[0].n_recommended == 1);
    CHECK_STR(d[0].recommended[0], "call_first");
    CHECK(d[0].rating == CW_RATING_CONCERNING && d[0].points == 1 && d[0].max_points == 3);
    CHECK_STR(d[0].reason, "I wanted to see the home for myself.");

    CHECK_STR(d[1].scene, "meeting");
    CHECK_STR(d[1].chosen, "joint");
    CHECK(d[1].rating == CW_RATING_HARMFUL && d[1].points == 0);
    CHECK(d[1].reason == NULL); /* not asked at this scene */

    CHECK(d[2].is_draft);
    CHECK_STR(d[2].chosen, "failed");
    CHECK(d[2].rating == CW_RATING_CONCERNING && d[2].points == 1);
    CHECK(d[2].n_flags == 1 && d[2].n_missing == 1);
    CHECK_STR(d[2].text, "The mother failed to protect the children from violence.");
}

static void test_debrief(cw_report_session *s, cw_scenario *scenario)
{
    cw_error err = {CW_OK, ""};
    cw_report_debrief *db = cw_report_debrief_new(s, scenario, &err);
    CHECK(db != NULL);
    if (!db)
        return;
    CHECK(s->replayed == 3);
    CHECK_STR(s->decisions[0].chosen_text, "Go to the home unannounced this evening.");
    CHECK_STR(s->decisions[1].feedback, "A joint meeting puts her safety plan in front of the man she fears.");

    /* The start in local time, in words, with its zone (TZ written out: no zone files needed) */
    const char *started = s->started;
    s->started = "2026-12-02T15:59:42.882Z";
    setenv("TZ", "CST6", 1);
    tzset();
    char *text = written(db, write_text);
    char *page = written(db, cw_report_debrief_write_html);
    s->started = started;
    unsetenv("TZ");
    tzset();
    CHECK(text && page);
    if (!text || !page)
        return;
    CHECK(strstr(text, " mode · started Wednesday, December 2, 2026 at 9:59 AM CST\n"));
    CHECK(strstr(page, " · started Wednesday, December 2, 2026 at 9:59 AM CST</p>"));
    CHECK(!strstr(text, "2026-12-02T") && !strstr(page, "2026-12-02T"));
    /* ids stay in JSON and CSV: the page names scenes, choices and endings in words */
    CHECK(ids_in_text(page, scenario, "debrief page") == 0);
    /* the decision rows: chosen, recommended, rating and points, the stated reason */
    CHECK(strstr(text, "Chose:       Go to the home unannounced this evening."));
    CHECK(strstr(text, "Recommended: Call Ms. Reyes to arrange a safe time and place to talk."));
    CHECK(strstr(text, "Rating:      concerning, 1 of 3"));
    CHECK(strstr(text, "Rating:      harmful, 0 of 3"));
    CHECK(strstr(text, "Your reason: I wanted to see the home for myself."));
    CHECK(strstr(text, "2 of 9 points over 3 decisions"));
    /* delta, costliest first: the joint meeting (3 short), then the referral and the draft */
    /* scenes named by their first words, never by their ids */
    char *joint = strstr(text, "  - 2 Both parents have asked to talk about the…"),
         *referral = strstr(text, "  - 1 Mia told the counsellor her father shouted that…"),
         *draft = strstr(text, "  - 3 Draft the summary for the case file.");
    CHECK(joint && referral && draft && joint < referral && referral < draft);
    /* the prompt in advocacy-inquiry form, and the flagged phrase marked in the draft */
    CHECK(strstr(text, "I noticed you chose “Hold one joint meeting with both parents.” at decision 2"));
    CHECK(strstr(text, "I was concerned about this: A joint meeting puts her safety plan"));
    CHECK(strstr(text, "How were you seeing it?"));
    CHECK(strstr(text, "The mother [[failed to protect]] the children from violence."));
    CHECK(strstr(text, "Missing: both his threats and her protective steps"));
    /* competencies: risk assessment 1 of 6 (referral 1/3, meeting 0/3) */
    CHECK(strstr(text, "Assessing risk and lethality"));
    CHECK(strstr(text, " 1/6"));
    /* take-home points: 8 and 9 (the costliest divergence cites them), then 5 */
    char *p8 = strstr(text, "Practice point 8:"), *p9 = strstr(text, "Practice point 9:"),
         *p5 = strstr(text, "Practice point 5:");
    CHECK(p8 && p9 && p5 && p8 < p9 && p9 < p5);
    /* sources: a footnote per point the chosen path cited (5; 8, 9; 13, 14), in number order,
     * and none for the points only the choices not taken cite (1, 2, 7, 12) */
    char *sources = strstr(text, "\nSources\n");
    CHECK(sources);
    if (sources) {
        char *s5 = strstr(sources, "[5] Weigh the lethality cues. Source: Campbell, Danger Assessment"),
             *s8 = strstr(sources, "[8] Meet each parent separately first. Source: Family Violence Prevention Fund"),
             *s9 = strstr(sources, "[9] "), *s13 = strstr(sources, "[13] "), *s14 = strstr(sources, "[14] Describe protective efforts");
        CHECK(s5 && s8 && s9 && s13 && s14 && s5 < s8 && s8 < s9 && s9 < s13 && s13 < s14);
        CHECK(!strstr(sources, "[1] ") && !strstr(sources, "[2] ") && !strstr(sources, "[7] ") && !strstr(sources, "[12] "));
    }
    char *page_sources = strstr(page, "<h3 id=\"sources\">Sources</h3>");
    CHECK(page_sources && strstr(page_sources, "<li value=\"14\" id=\"point-14\"><strong>Describe protective efforts, not blame.</strong>"));
    CHECK(page_sources && strstr(page_sources, "Source: Greene &amp; Unruh"));
    /* the other role at the same junctures */
    CHECK(strstr(text, "Domestic violence advocate:"));
    CHECK(strstr(text, "Ms. Reyes says her husband threatened her last night."));
    /* the recommended route */
    CHECK(strstr(text, "Recommended route: Mia told the counsellor her father shouted that… → Both parents "
                       "have asked to talk about the… → Draft the summary for the case file. → Home, with a plan"));
    CHECK(!strstr(text, "referral →") && !strstr(text, "ending_home"));

    /* the path figure is the scenario map for the CPS role: all six scenes it can reach, the
     * placement (offered to CPS only) among them though neither route goes there, and the three
     * divergences still marked on the trainee's route */
    CHECK(strstr(page, "class=\"map\""));
    CHECK(count(page, "<g class=\"scene\" data-scene=") == 6);
    const char *placed = strstr(page, "<g class=\"scene\" data-scene=\"ending_placed\">");
    CHECK(placed && strstr(placed, "on neither route</title>"));
    CHECK(placed && strstr(placed, "Placed tonight"));
    CHECK(strstr(page, "data-scene=\"ending_thin\"><title>Ending “Home, on a thin file”, mixed; your ending</title>"));
    /* hover titles name a scene by phase and title, as the rest of the page does */
    CHECK(strstr(page, "<title>Removal · Mia told the counsellor her father shouted that…; your decision 1, concerning"));
    CHECK(count(page, "<circle class=\"diverged\"") == 3);
    CHECK(strstr(page, "reach: 6, 3 of them endings"));

    CHECK(strstr(page, "<mark class=\"flag\">failed to protect</mark>"));
    CHECK(strstr(page, "<svg"));
    CHECK(strstr(page, "@media print"));
    CHECK(strstr(page, "<script") == NULL);
    CHECK(strstr(page, "http://") == NULL || strstr(page, "http://www.w3.org/2000/svg"));
    CHECK(strstr(page, "I wanted to see the home for myself."));
    free(text);
    free(page);
    cw_report_debrief_free(db);
}

/* Without the scenario: what the record holds, and no crash. */
static void test_record_only(cw_report_session *s)
{
    cw_error err = {CW_OK, ""};
    cw_report_debrief *db = cw_report_debrief_new(s, NULL, &err);
    CHECK(db != NULL);
    char *text = db ? written(db, write_text) : NULL;
    CHECK(text && strstr(text, "the scenario file is not at hand"));
    CHECK(text && strstr(text, "Chose:       visit_now"));
    /* without the scenario there is no map: the trainee's route alone */
    char *page = db ? written(db, cw_report_debrief_write_html) : NULL;
    CHECK(page && strstr(page, "<svg") && !strstr(page, "class=\"map\""));
    CHECK(page && count(page, "<circle class=\"diverged\"") == 3);
    free(page);
    free(text);
    cw_report_debrief_free(db);
}

static void test_malformed(const char *records)
{
    char path[600];
    snprintf(path, sizeof path, "%s/group/malformed.jsonl", records);
    cw_report_session *s = cw_report_session_new();
    cw_error err = {CW_OK, ""};
    CHECK(cw_report_session_load(s, path, &err) == -1);
    CHECK(err.kind == CW_ERR_INPUT);
    char expected[700];
    snprintf(expected, sizeof expected, "%s:3: not valid JSON", path);
    CHECK_STR(err.message, expected);

    snprintf(path, sizeof path, "%s/group/torn-t1.jsonl", records);
    CHECK(cw_report_session_load(s, path, &err) == 0);
    CHECK(s->torn_line == 5 && s->n_decisions == 1 && !s->ending);
    cw_report_session_free(s);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_report_debrief RECORDS_DIR FIXTURE_LUA\n");
        return 2;
    }
    char dir[600];
    snprintf(dir, sizeof dir, "%s/debrief", argv[1]);
    char *path = record_in(dir);
    cw_error err = {CW_OK, ""};
    cw_report_session *s = cw_report_session_new();
    CHECK(path && cw_report_session_load(s, path, &err) == 0);
    if (err.kind != CW_OK)
        fprintf(stderr, "%s\n", err.message);
    test_record(s);
    test_record_only(s);
    cw_scenario *scenario = cw_scenario_load(argv[2], &err);
    CHECK(scenario != NULL);
    if (scenario)
        test_debrief(s, scenario);
    test_malformed(argv[1]);
    cw_report_session_free(s);
    cw_scenario_free(scenario);
    free(path);
    return check_report("report_debrief");
}
