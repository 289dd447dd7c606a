/* test_session.c — sessions through the public API: what each role sees, what a decision and a
 * draft write to the record, confidentiality, pause and resume, and seeded replay. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casewalk.h"
#include "check.h"

static char fixtures[512], records[256];

static cw_scenario *load(const char *name)
{
    char path[700];
    snprintf(path, sizeof path, "%s/%s", fixtures, name);
    cw_error err = {CW_OK, ""};
    cw_scenario *sc = cw_scenario_load(path, &err);
    if (!sc)
        fprintf(stderr, "load %s: %s\n", name, err.message);
    return sc;
}

/* Reads every line of a record into a cJSON array. */
static cJSON *read_record(const char *path)
{
    cJSON *lines = cJSON_CreateArray();
    FILE *f = fopen(path, "r");
    char buffer[65536];
    while (f && fgets(buffer, sizeof buffer, f))
        cJSON_AddItemToArray(lines, cJSON_Parse(buffer));
    if (f)
        fclose(f);
    return lines;
}

static const cJSON *line_of_type(const cJSON *lines, const char *type, int nth)
{
    const cJSON *line;
    cJSON_ArrayForEach(line, lines)
    {
        const cJSON *t = cJSON_GetObjectItem(line, "type");
        if (cJSON_IsString(t) && strcmp(t->valuestring, type) == 0 && nth-- == 0)
            return line;
    }
    return NULL;
}

static const char *str(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItem(obj, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The position (0-based) at which the current step shows option id, or -1: choice order is drawn
 * per session, so tests name the choice they mean. */
static int at(cw_session *s, const char *id)
{
    const cw_step *st = cw_session_step(s);
    const cw_option_view *o = st->kind == CW_STEP_COMPOSE ? st->clauses : st->choices;
    int n = st->kind == CW_STEP_COMPOSE ? st->n_clauses : st->n_choices;
    for (int i = 0; i < n; i++)
        if (strcmp(o[i].id, id) == 0)
            return i;
    return -1;
}

/* The read-only map reports draw: scenes, choices, ratings, roles and where routes lead. */
static void test_scenario_map(const cw_scenario *sc)
{
    CHECK(cw_scenario_scene_count(sc) == 5);
    const cw_scene_info *door = cw_scenario_scene(sc, 0);
    CHECK(door && strcmp(door->id, "doorstep") == 0 && door->n_choices == 3 && !door->is_compose);
    CHECK_STR(door->phase, "removal");
    CHECK(door->discussion && strstr(door->discussion, "each system"));
    const cw_choice_info *remove = &door->choices[1];
    CHECK_STR(remove->id, "remove_now");
    CHECK(remove->rating == CW_RATING_HARMFUL && remove->n_roles == 1 && remove->n_targets == 1);
    CHECK_STR(remove->roles[0], "cps");
    CHECK_STR(remove->targets[0], "ending_removed");
    CHECK(door->choices[0].n_roles == 0); /* every role */
    const cw_scene_info *draft = cw_scenario_scene_find(sc, "draft");
    CHECK(draft && draft->is_compose && draft->n_targets == 2);
    CHECK_STR(draft->targets[1], "ending_mixed");
    const cw_scene_info *end = cw_scenario_scene_find(sc, "ending_removed");
    CHECK(end && end->is_ending && strcmp(end->classification, "negative") == 0);
    CHECK(cw_scenario_scene(sc, 5) == NULL && cw_scenario_scene_find(sc, "nowhere") == NULL);
    /* doorstep, then the draft, then an ending: two decisions (the removal ends after one) */
    CHECK(cw_scenario_decisions_estimate(sc) == 2);
}

static void test_roles_see_their_own_case(cw_scenario *sc)
{
    const cw_scenario_info *info = cw_scenario_info_get(sc);
    CHECK_STR(info->id, "small-example");
    CHECK(info->minutes == 5 && info->n_roles == 2 && info->n_content_notes == 1);
    CHECK(strlen(info->sha256) == 64);

    cw_error err = {CW_OK, ""};
    cw_session_options cps = {"cps", "owl-17", NULL, CW_MODE_PRACTICE, 7, 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &cps, &err);
    CHECK(s != NULL);
    const cw_step *st = cw_session_step(s);
    CHECK(st->kind == CW_STEP_CHOICE && st->n_choices == 3 && st->decision_number == 1);
    CHECK_STR(st->speaker, "Officer Lind");
    CHECK(strstr(st->text, "Trust so far: 0.") != NULL);
    /* CPS does not hold the advocate's information and has no release yet. */
    CHECK(strstr(st->text, "[Withheld]") != NULL && strstr(st->text, "abroad") == NULL);
    /* A facilitator's reveal can ask each shown choice's rating without making it. */
    CHECK(cw_session_choice_rating(s, at(s, "talk_alone")) == CW_RATING_RECOMMENDED);
    CHECK(cw_session_choice_rating(s, at(s, "remove_now")) == CW_RATING_HARMFUL);
    CHECK(cw_session_choice_rating(s, at(s, "wait")) == CW_RATING_CONCERNING);
    CHECK(cw_session_choice_rating(s, 3) == CW_RATING_NONE);
    CHECK(cw_session_result_count(s) == 0);
    cw_session_free(s);

    cw_session_options dv = {"dv", "owl-17", NULL, CW_MODE_PRACTICE, 7, 1, 0, NULL, NULL};
    s = cw_session_start(sc, &dv, &err);
    st = cw_session_step(s);
    CHECK(st->n_choices == 2); /* remove_now is for the CPS role only */
    CHECK(at(s, "remove_now") < 0 && at(s, "talk_alone") >= 0 && at(s, "wait") >= 0);
    CHECK(strstr(st->text, "abroad") != NULL && strstr(st->text, "you hold this") != NULL);
    CHECK(cw_session_choose(s, 2, NULL, &err) == -1);
    CHECK(strstr(err.message, "decision 1") && strstr(err.message, "out of range (1-2)"));
    cw_session_free(s);

    cw_session_options email = {"cps", "jane.doe@example.org", NULL, CW_MODE_PRACTICE, 7, 1, 0, NULL, NULL};
    CHECK(cw_session_start(sc, &email, &err) == NULL && strstr(err.message, "pseudonym"));
}

static void test_record_of_a_session(cw_scenario *sc)
{
    cw_error err = {CW_OK, ""};
    cw_session_options o = {"cps", "owl-17", records, CW_MODE_ASSESSMENT, 7, 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &o, &err);
    CHECK(s && cw_session_record_path(s));
    int talk = at(s, "talk_alone");
    CHECK(cw_session_choose(s, talk, "She called for help herself.", &err) == 0);
    const cw_result *r = cw_session_result(s, 0);
    CHECK(r->rating == CW_RATING_RECOMMENDED && r->points == 3 && strstr(r->feedback, "privately"));
    CHECK_STR(r->reason, "She called for help herself.");
    const cw_step *st = cw_session_step(s);
    CHECK(st->kind == CW_STEP_COMPOSE && st->n_clauses == 3 && st->decision_number == 2);
    int draft[2] = {0, 1};
    CHECK(cw_session_compose(s, draft, 2, "", NULL, &err) == 0);
    r = cw_session_result(s, 1);
    CHECK(r->is_compose && r->rating == CW_RATING_RECOMMENDED && r->n_flags == 0);
    CHECK(strstr(r->chosen_text, "pushed") && strstr(r->chosen_text, "neighbour"));
    st = cw_session_step(s);
    CHECK(st->kind == CW_STEP_ENDING && cw_session_finished(s));
    CHECK_STR(st->scene_id, "ending_home");
    int points[32], max[32];
    cw_session_tally(s, points, max);
    int k = cw_competency_find("survivor_partnership");
    CHECK(points[k] == 3 && max[k] == 3);

    char path[512];
    snprintf(path, sizeof path, "%s", cw_session_record_path(s));
    cw_session_free(s);
    struct stat stt;
    CHECK(stat(path, &stt) == 0 && (stt.st_mode & 0777) == 0600);
    CHECK(strstr(path, "owl") == NULL); /* no trainee identity in the file name */

    cJSON *lines = read_record(path);
    const cJSON *header = cJSON_GetArrayItem(lines, 0);
    CHECK_STR(str(header, "type"), "header");
    CHECK(cJSON_GetObjectItem(header, "schema")->valueint == 2);
    /* schema 2: every line names the session, the same id as the header's */
    const cJSON *each;
    cJSON_ArrayForEach(each, lines)
        CHECK_STR(str(each, "session"), str(header, "session"));
    CHECK_STR(str(header, "role"), "cps");
    CHECK_STR(str(header, "trainee"), "owl-17");
    CHECK_STR(str(header, "mode"), "assessment");
    CHECK_STR(str(header, "seed"), "7");
    CHECK_STR(str(header, "engine"), CASEWALK_VERSION);
    CHECK(strlen(str(header, "session")) == 36);
    const cJSON *scenario = cJSON_GetObjectItem(header, "scenario");
    CHECK_STR(str(scenario, "id"), "small-example");
    CHECK_STR(str(scenario, "sha256"), cw_scenario_info_get(sc)->sha256);

    const cJSON *scene = line_of_type(lines, "scene", 0);
    CHECK_STR(str(cJSON_GetObjectItem(scene, "confidential"), "threats"), "withheld");
    const cJSON *decision = line_of_type(lines, "decision", 0);
    CHECK(decision != NULL);
    CHECK_STR(str(decision, "chosen"), "talk_alone");
    CHECK_STR(str(decision, "rating"), "recommended");
    CHECK_STR(str(decision, "reason"), "She called for help herself.");
    CHECK(cJSON_GetArraySize(cJSON_GetObjectItem(decision, "shown")) == 3);
    CHECK_STR(cJSON_GetArrayItem(cJSON_GetObjectItem(decision, "recommended"), 0)->valuestring, "talk_alone");
    CHECK(cJSON_GetObjectItem(decision, "position")->valueint == talk + 1);
    CHECK_STR(cJSON_GetArrayItem(cJSON_GetObjectItem(decision, "shown"), talk)->valuestring, "talk_alone");
    const cJSON *changes = cJSON_GetObjectItem(decision, "changes");
    CHECK(cJSON_GetArraySize(changes) == 2);
    CHECK_STR(str(cJSON_GetArrayItem(changes, 0), "var"), "release_signed");
    CHECK_STR(str(cJSON_GetArrayItem(changes, 1), "var"), "trust");
    CHECK(cJSON_GetObjectItem(cJSON_GetArrayItem(changes, 1), "to")->valuedouble == 1);
    const cJSON *drafted = line_of_type(lines, "draft", 0);
    CHECK(drafted && cJSON_GetObjectItem(drafted, "score")->valuedouble == 2);
    CHECK_STR(cJSON_GetArrayItem(cJSON_GetObjectItem(drafted, "clauses"), 1)->valuestring, "her_call");
    const cJSON *ending = line_of_type(lines, "ending", 0);
    CHECK_STR(str(ending, "ending"), "ending_home");
    CHECK_STR(str(ending, "classification"), "positive");
    /* seq runs 0, 1, 2, ... with a fresh UUID per line */
    int n = cJSON_GetArraySize(lines), in_order = 1;
    for (int i = 0; i < n; i++) {
        const cJSON *line = cJSON_GetArrayItem(lines, i);
        in_order &= cJSON_GetObjectItem(line, "seq")->valueint == i && strlen(str(line, "id")) == 36;
    }
    CHECK(in_order && n >= 8);
    cJSON_Delete(lines);
}

static void test_blaming_draft_is_flagged(cw_scenario *sc)
{
    cw_error err = {CW_OK, ""};
    cw_session_options o = {"dv", "owl-3", NULL, CW_MODE_PRACTICE, 1, 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &o, &err);
    CHECK(cw_session_choose(s, at(s, "wait"), NULL, &err) == 0);
    int draft[1] = {2};                              /* "The mother failed to protect" */
    CHECK(cw_session_compose(s, draft, 1, "", NULL, &err) == 0);
    const cw_result *r = cw_session_result(s, 1);
    CHECK(r->rating == CW_RATING_CONCERNING && r->n_flags == 1 && r->n_missing == 1);
    CHECK_STR(r->flags[0], "failed to protect");
    CHECK_STR(cw_session_step(s)->scene_id, "ending_mixed");
    int bad[2] = {0, 0};
    cw_session_free(s);
    s = cw_session_start(sc, &o, &err);
    CHECK(cw_session_choose(s, at(s, "wait"), NULL, &err) == 0);
    CHECK(cw_session_compose(s, bad, 2, "", NULL, &err) == -1 && strstr(err.message, "chosen twice"));
    cw_session_free(s);
}

static void test_pause_and_resume(cw_scenario *sc)
{
    cw_error err = {CW_OK, ""};
    cw_session_options o = {"cps", "kestrel", records, CW_MODE_PRACTICE, 99, 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &o, &err);
    CHECK(cw_session_choose(s, at(s, "talk_alone"), "first reason", &err) == 0);
    CHECK(cw_session_pause(s, &err) == 0);
    char path[512];
    snprintf(path, sizeof path, "%s", cw_session_record_path(s));
    char id[37];
    snprintf(id, sizeof id, "%s", cw_session_id(s));
    cw_session_free(s);

    cw_unfinished *list = NULL;
    int count = cw_records_unfinished(records, "kestrel", &list, &err);
    CHECK(count == 1 && list && list[0].decisions == 1);
    if (count == 1)
        CHECK_STR(list[0].scenario_id, "small-example");
    cw_unfinished_free(list, count);

    char notice[512];
    s = cw_session_resume(path, cw_scenario_info_get(sc)->path, notice, sizeof notice, &err);
    CHECK(s != NULL);
    if (!s) {
        fprintf(stderr, "resume: %s\n", err.message);
        return;
    }
    CHECK(notice[0] == '\0');
    CHECK_STR(cw_session_id(s), id);
    CHECK(cw_session_result_count(s) == 1);
    CHECK_STR(cw_session_result(s, 0)->reason, "first reason");
    CHECK(cw_session_step(s)->kind == CW_STEP_COMPOSE && cw_session_step(s)->decision_number == 2);
    int draft[1] = {2};
    CHECK(cw_session_compose(s, draft, 1, "He broke the door.", NULL, &err) == 0);
    CHECK(cw_session_finished(s));
    cw_session_free(s);
    cJSON *lines = read_record(path);
    CHECK(line_of_type(lines, "header", 1) == NULL);
    CHECK(line_of_type(lines, "paused", 0) && line_of_type(lines, "resumed", 0));
    CHECK_STR(str(line_of_type(lines, "draft", 0), "own"), "He broke the door.");
    cJSON_Delete(lines);
    /* A finished record cannot be resumed again. */
    CHECK(cw_session_resume(path, NULL, notice, sizeof notice, &err) == NULL && strstr(err.message, "ending"));
}

static void test_seeded_replay(void)
{
    cw_scenario *sc = load("shuffled.lua");
    CHECK(sc != NULL);
    if (!sc)
        return;
    cw_error err = {CW_OK, ""};
    cw_session_options o = {"cps", "wren", records, CW_MODE_PRACTICE, 12345, 1, 0, NULL, NULL};
    cw_session *a = cw_session_start(sc, &o, &err), *b = cw_session_start(sc, &o, &err);
    char order_a[16] = "", order_b[16] = "", text[128];
    for (int i = 0; i < 4; i++) {
        strcat(order_a, cw_session_step(a)->choices[i].id);
        strcat(order_b, cw_session_step(b)->choices[i].id);
    }
    CHECK_STR(order_a, order_b);
    CHECK_STR(cw_session_step(a)->text, cw_session_step(b)->text);
    snprintf(text, sizeof text, "%s", cw_session_step(a)->text);
    int differs = 0; /* another seed gives another order or draw */
    for (uint64_t seed = 1; seed < 6 && !differs; seed++) {
        cw_session_options other = {"cps", "wren", NULL, CW_MODE_PRACTICE, seed, 1, 0, NULL, NULL};
        cw_session *c = cw_session_start(sc, &other, &err);
        differs = strcmp(cw_session_step(c)->text, text) != 0;
        cw_session_free(c);
    }
    CHECK(differs);
    CHECK(cw_session_choose(a, 2, NULL, &err) == 0);
    char second[16] = "";
    for (int i = 0; i < 3; i++)
        strcat(second, cw_session_step(a)->choices[i].id);
    char path[512];
    snprintf(path, sizeof path, "%s", cw_session_record_path(a));
    cw_session_free(a);
    cw_session_free(b);
    /* Resuming replays the same draws, so the second scene's order matches. */
    cw_session *r = cw_session_resume(path, cw_scenario_info_get(sc)->path, NULL, 0, &err);
    CHECK(r != NULL);
    if (r) {
        char resumed[16] = "";
        for (int i = 0; i < 3; i++)
            strcat(resumed, cw_session_step(r)->choices[i].id);
        CHECK_STR(resumed, second);
        cw_session_free(r);
    }
    cw_scenario_free(sc);
}

static void test_load_errors(void)
{
    char path[700];
    snprintf(path, sizeof path, "%s/bad-undeclared.lua", fixtures);
    cw_error err = {CW_OK, ""};
    CHECK(cw_scenario_load(path, &err) == NULL && err.kind == CW_ERR_INPUT);
    char expected[760];
    snprintf(expected, sizeof expected, "%s:10:", path);
    CHECK(strstr(err.message, expected) == err.message);
    CHECK(strstr(err.message, "undeclared state variable 'trsut'") != NULL);
}

/* Scenario functions share one state view between calls: a field one of them rawsets on it is
 * gone by the next call, and the next scene's calls see the state the decision made. */
static void test_state_view_is_fresh_each_call(void)
{
    cw_scenario *sc = load("state-view.lua");
    CHECK(sc != NULL);
    if (!sc)
        return;
    cw_error err = {CW_OK, ""};
    cw_session_options o = {"cps", "view", NULL, CW_MODE_PRACTICE, 3, 1, 0, NULL, NULL};
    for (int round = 0; round < 2; round++) { /* the second session starts from a used view */
        cw_session *s = cw_session_start(sc, &o, &err);
        CHECK(s != NULL);
        if (!s)
            break;
        CHECK(cw_session_step(s)->n_choices == 2);
        CHECK(at(s, "tamper") >= 0 && at(s, "sees_zero") >= 0 && at(s, "sees_tamper") < 0);
        CHECK(strstr(cw_session_step(s)->text, "Trust is 0.") != NULL);
        CHECK(cw_session_choose(s, at(s, "tamper"), NULL, &err) == 0);
        CHECK(cw_session_step(s)->n_choices == 1 && at(s, "sees_one") == 0);
        CHECK(strstr(cw_session_step(s)->text, "Trust is 1.") != NULL);
        cw_session_free(s);
    }
    cw_scenario_free(sc);
}

/* Functions keep working as written once the loader has moved them (scenario_relocate.c): they
 * share upvalues with the functions they were written beside, and read the scenario's globals. */
static void test_relocated_functions(void)
{
    cw_scenario *sc = load("relocated.lua");
    CHECK(sc != NULL);
    if (!sc)
        return;
    cw_error err = {CW_OK, ""};
    cw_session_options o = {"cps", "moved", NULL, CW_MODE_PRACTICE, 5, 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &o, &err);
    CHECK(s != NULL);
    if (s) {
        const cw_step *st = cw_session_step(s);
        CHECK(strstr(st->text, "Calls so far: 0.") != NULL); /* the text is built before the choices */
        CHECK(st->n_choices == 3 && at(s, "one") >= 0 && at(s, "two") >= 0 && at(s, "env") >= 0);
        CHECK(at(s, "hidden") < 0);
        CHECK(cw_session_choose(s, at(s, "one"), NULL, &err) == 0);
        /* three calls of counted functions on the first scene, each counted in the one cell */
        CHECK(strstr(cw_session_step(s)->text, "Calls so far: 3.") != NULL);
        CHECK(cw_session_step(s)->n_choices == 1 && at(s, "on") == 0);
        if (!strstr(cw_session_step(s)->text, "Calls so far: 3."))
            fprintf(stderr, "relocated: %s\n", cw_session_step(s)->text);
        cw_session_free(s);
    }
    cw_scenario_free(sc);
}

/* rubric_from_parts scores as docs/scenario-format.md says, whatever the scenario does to the
 * globals it uses, and a part of the wrong shape stops the load at the line that called it. */
static int score_draft(cw_scenario *sc, const char *const *ids, int n, const char *own,
                       cw_rating *rating, char *feedback, size_t feedback_size)
{
    cw_error err = {CW_OK, ""};
    cw_session_options o = {"cps", "parts", NULL, CW_MODE_PRACTICE, 1, 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &o, &err);
    int draft[8], score = -100;
    for (int i = 0; i < n; i++)
        draft[i] = at(s, ids[i]);
    if (cw_session_compose(s, draft, n, own, NULL, &err) == 0) {
        const cw_result *r = cw_session_result(s, 0);
        *rating = r->rating;
        snprintf(feedback, feedback_size, "%s", r->feedback); /* the rubric's: gone with the session */
        const char *ending = cw_session_step(s)->scene_id; /* "score_N", routed on the score */
        if (strncmp(ending, "score_", 6) == 0)
            score = atoi(ending + 6);
    }
    cw_session_free(s);
    return score;
}

static void test_rubric_from_parts(void)
{
    cw_scenario *sc = load("rubric-parts.lua");
    CHECK(sc != NULL);
    if (!sc)
        return;
    static const struct {
        const char *ids[6];
        int n;
        const char *own;
        int score;
        cw_rating rating;
        const char *feedback;
    } drafts[] = {
        {{"pattern"}, 1, "", 0, CW_RATING_HARMFUL, "Core missing."},
        {{"his_acts", "pattern", "school"}, 3, "", 1, CW_RATING_CONCERNING, "Core missing."},
        {{"his_acts", "her_steps", "failed", "pattern"}, 4, "", 3, CW_RATING_CONCERNING, "Flagged."},
        {{"his_acts", "her_steps"}, 2, "It was MUTUAL.", 3, CW_RATING_CONCERNING, "Flagged."},
        {{"her_steps", "his_acts"}, 2, "", 5, CW_RATING_ACCEPTABLE, "Thin."},
        {{"his_acts", "her_steps", "school"}, 3, "", 6, CW_RATING_RECOMMENDED, "Good."},
        {{"his_acts", "her_steps", "school", "pattern", "services"}, 5, "", 7, CW_RATING_RECOMMENDED, "Good."},
    };
    for (size_t i = 0; i < sizeof drafts / sizeof drafts[0]; i++) {
        cw_rating rating = CW_RATING_NONE;
        char feedback[64] = "";
        int score = score_draft(sc, drafts[i].ids, drafts[i].n, drafts[i].own, &rating, feedback,
                                sizeof feedback);
        CHECK(score == drafts[i].score && rating == drafts[i].rating);
        CHECK_STR(feedback, drafts[i].feedback);
        if (score != drafts[i].score)
            fprintf(stderr, "draft %zu scored %d, wanted %d\n", i, score, drafts[i].score);
    }
    cw_scenario_free(sc);

    char path[700], expected[760];
    snprintf(path, sizeof path, "%s/rubric-parts-bad.lua", fixtures);
    cw_error err = {CW_OK, ""};
    CHECK(cw_scenario_load(path, &err) == NULL && err.kind == CW_ERR_INPUT);
    snprintf(expected, sizeof expected, "%s:3:", path);
    CHECK(strstr(err.message, expected) == err.message);
    CHECK(strstr(err.message, "rubric_from_parts: `missing` must say what is lacking") != NULL);
    if (!strstr(err.message, "`missing`"))
        fprintf(stderr, "rubric-parts-bad: %s\n", err.message);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_session FIXTURES\n");
        return 2;
    }
    snprintf(fixtures, sizeof fixtures, "%s", argv[1]);
    snprintf(records, sizeof records, "/tmp/casewalk-session-XXXXXX");
    if (!mkdtemp(records))
        return 1;
    cw_scenario *sc = load("small-example.lua");
    CHECK(sc != NULL);
    if (sc) {
        test_scenario_map(sc);
        test_roles_see_their_own_case(sc);
        test_record_of_a_session(sc);
        test_blaming_draft_is_flagged(sc);
        test_pause_and_resume(sc);
        cw_scenario_free(sc);
    }
    test_seeded_replay();
    test_load_errors();
    test_state_view_is_fresh_each_call();
    test_relocated_functions();
    test_rubric_from_parts();
    char command[300];
    snprintf(command, sizeof command, "rm -rf '%s'", records);
    if (system(command) != 0)
        fprintf(stderr, "could not remove %s\n", records);
    return check_report("session");
}
