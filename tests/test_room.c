/* test_room.c — a room's participants: each has a session of their own that shows the group
 * session's order and follows the room's choice, records their own vote (or that they did not
 * answer), resumes as a participant, and the record rules know every field they write. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "casewalk_report.h"
#include "check.h"
#include "record_rules.h"
#include "room_play.h"

static char scenarios[512];

/* ---- reading a record back ------------------------------------------------------------------ */

typedef struct lines {
    cJSON *items[512];
    int n;
} lines;

static int read_lines(const char *path, lines *out)
{
    memset(out, 0, sizeof *out);
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    static char buf[1 << 20];
    while (fgets(buf, sizeof buf, f) && out->n < 512)
        out->items[out->n++] = cJSON_Parse(buf);
    fclose(f);
    return 0;
}

static void free_lines(lines *l)
{
    for (int i = 0; i < l->n; i++)
        cJSON_Delete(l->items[i]);
}

static const char *str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int num(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? v->valueint : -999;
}

static int is_step(const cJSON *line)
{
    const char *t = str(line, "type");
    return t && (!strcmp(t, "decision") || !strcmp(t, "draft") || !strcmp(t, "followed"));
}

/* The room's choice on the group record's line for decision d, as a participant's "room" holds it. */
static cJSON *group_choice(const lines *g, int d)
{
    for (int i = 0; i < g->n; i++)
        if (is_step(g->items[i]) && num(g->items[i], "decision") == d) {
            const char *t = str(g->items[i], "type");
            if (!strcmp(t, "decision"))
                return cJSON_CreateString(str(g->items[i], "chosen"));
            return cJSON_Duplicate(cJSON_GetObjectItemCaseSensitive(g->items[i], "clauses"), 1);
        }
    return NULL;
}

/* Every participant's record: header, one line per group decision with the room's choice, their
 * own vote by the pattern in room_play.h, numbering 1..n. */
static void check_participant_record(const room_play *rp, int who, const lines *g)
{
    lines p;
    const char *path = cw_session_record_path(rp->people[who]);
    CHECK(path && read_lines(path, &p) == 0);
    if (!path)
        return;
    const cJSON *h = p.items[0];
    CHECK_STR(str(h, "type"), "header");
    CHECK_STR(str(h, "workshop"), cw_session_id(rp->group));
    CHECK_STR(str(h, "discipline"), room_play_disciplines[who % 3]);
    CHECK(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(h, "group")));
    CHECK_STR(str(h, "role"), str(g->items[0], "role"));
    int d = 0, followed = 0, firsts = 0, differs = 0, draft_reasons = 0;
    for (int i = 1; i < p.n; i++) {
        const cJSON *l = p.items[i];
        if (!is_step(l))
            continue;
        CHECK(num(l, "decision") == ++d);
        cJSON *room = group_choice(g, d);
        CHECK(room && cJSON_Compare(room, cJSON_GetObjectItemCaseSensitive(l, "room"), 1));
        const char *type = str(l, "type");
        if (!strcmp(type, "followed")) {
            followed++;
            CHECK(who % 3 == 2 && d % 2 == 1);
            CHECK(!cJSON_GetObjectItemCaseSensitive(l, "rating") && !cJSON_GetObjectItemCaseSensitive(l, "chosen"));
        } else if (!strcmp(type, "decision")) {
            const char *chosen = str(l, "chosen");
            CHECK(chosen && str(l, "rating"));
            differs += strcmp(chosen, room->valuestring) != 0;
            if (who % 3 != 1)
                CHECK_STR(chosen, room->valuestring);
            if (str(l, "first_chosen")) {
                firsts++;
                CHECK(d % 3 == 0);
                CHECK_STR(str(l, "first_chosen"), room->valuestring);
            }
        } else {
            CHECK(cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(l, "clauses")) && str(l, "rating"));
            const char *reason = str(l, "reason");
            if (reason) {
                CHECK_STR(reason, ROOM_PLAY_DRAFT_REASON);
                draft_reasons++;
            }
            if (who % 3 != 1)
                CHECK(cJSON_Compare(room, cJSON_GetObjectItemCaseSensitive(l, "clauses"), 1));
        }
        cJSON_Delete(room);
    }
    CHECK(d == rp->decisions + rp->drafts);
    if (who % 3 == 2)
        CHECK(followed == (d + 1) / 2);
    else
        CHECK(followed == 0);
    if (who % 3 == 1)
        CHECK(differs > 0 && firsts > 0);
    if (who % 3 != 2) /* answered every draft: each asked reason is on its line */
        CHECK(draft_reasons == rp->reasoned_drafts);
    free_lines(&p);
}

/* The group's decision lines: first-round votes and how many changed, only after a revote. */
static void check_group_record(const room_play *rp, const lines *g)
{
    int revotes = 0;
    for (int i = 0; i < g->n; i++) {
        const cJSON *l = g->items[i];
        if (!is_step(l) || strcmp(str(l, "type"), "decision") != 0)
            continue;
        const cJSON *first = cJSON_GetObjectItemCaseSensitive(l, "first_votes");
        const cJSON *changed = cJSON_GetObjectItemCaseSensitive(l, "changed");
        CHECK(!first == !changed);
        if (!first)
            continue;
        revotes++;
        CHECK(num(l, "decision") % 3 == 0);
        int n_shown = cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(l, "shown"));
        CHECK(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(first, "dv")) == n_shown);
        /* round 1: everyone who voted in round 2 voted the room's choice; the dv third changed */
        int dv_people = (rp->n_people + 1) / 3;
        CHECK(num(changed, "dv") == (n_shown > 1 ? dv_people : 0));
        CHECK(num(changed, "cps") == 0);
    }
    CHECK(revotes == rp->revotes);
}

/* The report reader gives back what the participant's record holds: their vote, the room's
 * choice, their first vote, and the decisions they did not answer, unrated. */
static void check_report_reading(const room_play *rp, int who, const lines *g)
{
    cw_report_session *s = cw_report_session_new();
    cw_error err = {CW_OK, ""};
    CHECK(s && cw_report_session_load(s, cw_session_record_path(rp->people[who]), &err) == 0);
    if (!s || err.kind != CW_OK) {
        fprintf(stderr, "  %s\n", err.message);
        cw_report_session_free(s);
        return;
    }
    CHECK_STR(s->workshop, cw_session_id(rp->group));
    CHECK_STR(s->discipline, room_play_disciplines[who % 3]);
    CHECK(!s->group && s->n_decisions == rp->decisions + rp->drafts);
    for (int i = 0; i < s->n_decisions; i++) {
        const cw_report_decision *d = &s->decisions[i];
        cJSON *room = group_choice(g, d->number);
        CHECK(d->number == i + 1 && room);
        if (!room)
            continue;
        if (d->followed) {
            CHECK(d->rating == CW_RATING_NONE && d->points == 0 && d->max_points == 0);
            CHECK(who % 3 == 2 && d->number % 2 == 1);
        }
        if (d->is_draft) {
            CHECK(d->room == NULL && d->n_room_clauses == cJSON_GetArraySize(room));
            for (int k = 0; k < d->n_room_clauses && k < cJSON_GetArraySize(room); k++)
                CHECK_STR(d->room_clauses[k], cJSON_GetArrayItem(room, k)->valuestring);
        } else {
            CHECK_STR(d->room, room->valuestring);
            if (d->followed)
                CHECK_STR(d->chosen, room->valuestring); /* the story's step, not a vote */
            CHECK(!d->first_chosen == !(d->number % 3 == 0 && !d->followed));
        }
        cJSON_Delete(room);
    }
    /* the replay walks the room's path to the end and gives the participant's own texts */
    const char *id = s->scenario_id;
    char file[1024];
    snprintf(file, sizeof file, "%s/%s.lua", scenarios, id);
    cw_scenario *sc = cw_scenario_load(file, &err);
    CHECK(sc && cw_report_session_replay(s, sc) == s->n_decisions);
    for (int i = 0; sc && i < s->n_decisions; i++) {
        const cw_report_decision *d = &s->decisions[i];
        if (d->is_draft || d->followed || !d->chosen_text)
            continue;
        for (int k = 0; k < d->n_shown; k++)
            if (!strcmp(d->shown[k], d->chosen))
                CHECK_STR(d->chosen_text, d->shown_text[k]);
    }
    cw_scenario_free(sc);
    cw_report_session_free(s);
}

/* ---- a whole path ----------------------------------------------------------------------------- */

/* Plays the room to its ending; resume_at > 0 reopens participant 1 from its record before that
 * decision (its session freed without a pause, as after a crash). */
static int play_through(cw_scenario *sc, const char *file, const char *role, uint64_t seed, int policy,
                        int n_people, int resume_at, const char *records, room_play *rp)
{
    if (room_play_start(rp, sc, role, seed, n_people, records) != 0)
        return -1;
    int rc = 0, steps = 0;
    while ((rc = room_play_step(rp, policy)) == 0 && steps++ < 200) {
        if (resume_at > 0 && cw_session_step(rp->group)->decision_number == resume_at && n_people > 1) {
            char path[1024], notice[512];
            snprintf(path, sizeof path, "%s", cw_session_record_path(rp->people[1]));
            cw_session_free(rp->people[1]);
            /* killed while writing: a torn last line, set aside on resume */
            FILE *f = fopen(path, "ab");
            CHECK(f && fputs("{\"type\":\"decision\",\"seq\":", f) >= 0 && fclose(f) == 0);
            cw_error err = {CW_OK, ""};
            rp->people[1] = cw_session_resume(path, file, notice, sizeof notice, &err);
            CHECK(strstr(notice, "incomplete") != NULL);
            CHECK(rp->people[1] != NULL);
            if (!rp->people[1]) {
                fprintf(stderr, "  resume: %s\n", err.message);
                rp->n_people = 1;
                return -1;
            }
            CHECK_STR(cw_session_workshop(rp->people[1]), cw_session_id(rp->group));
            CHECK_STR(cw_session_discipline(rp->people[1]), "dv");
            CHECK(cw_session_step(rp->people[1])->decision_number == resume_at);
            resume_at = 0;
        }
    }
    if (rc < 0)
        fprintf(stderr, "  room: %s\n", rp->failure);
    return rc == 1 ? 0 : -1;
}

/* want_draft: 1 = some path drafts; 2 = some path drafts at a step that asks for a reason */
static void test_paths_of(const char *name, const char *role, int want_draft)
{
    char file[1024];
    snprintf(file, sizeof file, "%s/%s.lua", scenarios, name);
    cw_error err = {CW_OK, ""};
    cw_scenario *sc = cw_scenario_load(file, &err);
    CHECK(sc != NULL);
    if (!sc) {
        fprintf(stderr, "  %s\n", err.message);
        return;
    }
    int drafted = 0, reasoned = 0;
    for (int policy = 0; policy < 4; policy++) {
        char records[64] = "/tmp/cw-room-XXXXXX";
        CHECK(mkdtemp(records) != NULL);
        room_play rp;
        int rc = play_through(sc, file, role, 1000 + (uint64_t)policy, policy, 6, policy == 0 ? 3 : 0, records, &rp);
        CHECK(rc == 0);
        CHECK(rp.order_mismatches == 0);
        CHECK(rp.failures == 0);
        drafted += rp.drafts > 0;
        reasoned += rp.reasoned_drafts > 0;
        for (int i = 0; rc == 0 && i < rp.n_people; i++) {
            CHECK(cw_session_finished(rp.people[i]));
            CHECK_STR(cw_session_step(rp.people[i])->scene_id, rp.ending);
        }
        lines g;
        if (rc == 0 && read_lines(cw_session_record_path(rp.group), &g) == 0) {
            check_group_record(&rp, &g);
            for (int i = 0; i < rp.n_people; i++) {
                check_participant_record(&rp, i, &g);
                check_report_reading(&rp, i, &g);
            }
            free_lines(&g);
        }
        room_play_free(&rp);
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf %s", records);
        CHECK(system(cmd) == 0);
    }
    if (want_draft)
        CHECK(drafted > 0); /* some path went through the drafting step */
    if (want_draft == 2)
        CHECK(reasoned > 0);
    cw_scenario_free(sc);
}

/* ---- what the engine refuses ---------------------------------------------------------------- */

static void test_refusals(void)
{
    char file[1024];
    snprintf(file, sizeof file, "%s/night-call.lua", scenarios);
    cw_error err = {CW_OK, ""};
    cw_scenario *sc = cw_scenario_load(file, &err);
    CHECK(sc != NULL);
    if (!sc)
        return;
    const char *uuid = "0b6f3c2e-1d2a-4b7c-8e9f-0a1b2c3d4e5f";
    cw_session_options bad = {"cps", "wren", NULL, CW_MODE_PRACTICE, 5, 1, 0, "not-a-uuid", "dv"};
    CHECK(cw_session_start(sc, &bad, &err) == NULL && strstr(err.message, "UUID"));
    cw_session_options no_role = {"cps", "wren", NULL, CW_MODE_PRACTICE, 5, 1, 0, uuid, "police"};
    CHECK(cw_session_start(sc, &no_role, &err) == NULL && strstr(err.message, "police"));
    cw_session_options half = {"cps", "wren", NULL, CW_MODE_PRACTICE, 5, 1, 0, uuid, NULL};
    CHECK(cw_session_start(sc, &half, &err) == NULL);
    cw_session_options group = {"cps", "wren", NULL, CW_MODE_PRACTICE, 5, 1, 1, uuid, "dv"};
    CHECK(cw_session_start(sc, &group, &err) == NULL);

    char records[64] = "/tmp/cw-room-XXXXXX";
    CHECK(mkdtemp(records) != NULL);
    cw_session_options ok = {"cps", "wren", records, CW_MODE_PRACTICE, 5, 1, 0, uuid, "other"};
    cw_session *s = cw_session_start(sc, &ok, &err);
    CHECK(s != NULL);
    if (s) {
        struct stat before, after;
        CHECK(stat(cw_session_record_path(s), &before) == 0);
        int n = cw_session_step(s)->n_choices;
        CHECK(cw_session_choose(s, 0, NULL, &err) == -1 && strstr(err.message, "in_room"));
        CHECK(cw_session_choose_in_room(s, 0, -1, n, NULL, &err) == -1 && strstr(err.message, "room's choice"));
        CHECK(cw_session_choose_in_room(s, n, -1, 0, NULL, &err) == -1 && strstr(err.message, "participant"));
        CHECK(cw_session_choose_in_room(s, -2, -1, 0, NULL, &err) == -1);
        CHECK(cw_session_choose_in_room(s, 0, n + 3, 0, NULL, &err) == -1);
        CHECK(stat(cw_session_record_path(s), &after) == 0 && after.st_size == before.st_size);
        CHECK(cw_session_step(s)->decision_number == 1);
        CHECK(cw_session_choose_in_room(s, -1, -1, 0, NULL, &err) == 0);
        CHECK(cw_session_result_count(s) == 0); /* not answered: nothing rated */
        CHECK(cw_session_step(s)->decision_number == 2);
        cw_session_free(s);
        /* unfinished, but the room's to reopen: not offered to a trainee who resumes */
        cw_unfinished *list = NULL;
        CHECK(cw_records_unfinished(records, "wren", &list, &err) == 0);
        cw_unfinished_free(list, 0);
    }
    /* a solo session cannot answer in a room */
    cw_session_options solo = {"cps", "wren", NULL, CW_MODE_PRACTICE, 5, 1, 0, NULL, NULL};
    s = cw_session_start(sc, &solo, &err);
    CHECK(s && cw_session_choose_in_room(s, 0, -1, 0, NULL, &err) == -1);
    cw_session_free(s);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", records);
    CHECK(system(cmd) == 0);
    cw_scenario_free(sc);
}

/* ---- the rules ------------------------------------------------------------------------------- */

static int line_ok(const char *text)
{
    cJSON *line = cJSON_Parse(text);
    char why[256] = "";
    int ok = line && record_json_problem(line, why, sizeof why) == 0;
    cJSON_Delete(line);
    return ok;
}

#define DECISION "{\"type\":\"decision\",\"shown\":[\"a\",\"b\",\"c\"],\"chosen\":\"a\","
#define DRAFT "{\"type\":\"draft\",\"shown\":[\"a\",\"b\",\"c\"],\"clauses\":[\"a\"],"
#define FOLLOWED "{\"type\":\"followed\",\"shown\":[\"a\",\"b\",\"c\"],"

static void test_rules(void)
{
    CHECK(line_ok("{\"type\":\"header\",\"workshop\":\"0b6f3c2e-1d2a-4b7c-8e9f-0a1b2c3d4e5f\",\"discipline\":\"dv\"}"));
    CHECK(line_ok("{\"type\":\"header\",\"workshop\":\"0B6F3C2E-1D2A-4B7C-8E9F-0A1B2C3D4E5F\",\"discipline\":\"other\"}"));
    CHECK(!line_ok("{\"type\":\"header\",\"workshop\":\"Tuesday\",\"discipline\":\"dv\"}"));
    CHECK(!line_ok("{\"type\":\"header\",\"workshop\":\"0b6f3c2e-1d2a-4b7c-8e9f-0a1b2c3d4e5\",\"discipline\":\"dv\"}"));
    CHECK(!line_ok("{\"type\":\"header\",\"workshop\":\"0b6f3c2e-1d2a-4b7c-8e9f-0a1b2c3d4e5g\",\"discipline\":\"dv\"}"));
    CHECK(!line_ok("{\"type\":\"header\",\"workshop\":7,\"discipline\":\"dv\"}"));
    CHECK(!line_ok("{\"type\":\"header\",\"workshop\":\"0b6f3c2e-1d2a-4b7c-8e9f-0a1b2c3d4e5f\",\"discipline\":\"d v\"}"));
    CHECK(!line_ok("{\"type\":\"header\",\"discipline\":[\"dv\"]}"));

    CHECK(line_ok(DECISION "\"room\":\"b\",\"first_chosen\":\"c\"}"));
    CHECK(!line_ok(DECISION "\"room\":\"z\"}"));      /* not among shown */
    CHECK(!line_ok(DECISION "\"room\":[\"a\"]}"));    /* a list on a decision line */
    CHECK(!line_ok(DECISION "\"room\":3}"));
    CHECK(!line_ok(DECISION "\"room\":\"a\",\"first_chosen\":\"q\"}"));
    CHECK(!line_ok(DECISION "\"room\":\"a\",\"first_chosen\":2}"));

    CHECK(line_ok(DRAFT "\"room\":[\"b\",\"a\"]}"));
    CHECK(!line_ok(DRAFT "\"room\":\"b\"}"));         /* a draft's room is a list */
    CHECK(!line_ok(DRAFT "\"room\":[\"b\",\"x\"]}"));
    CHECK(!line_ok(DRAFT "\"room\":[\"b\",1]}"));

    CHECK(line_ok(FOLLOWED "\"room\":\"c\"}"));
    CHECK(line_ok(FOLLOWED "\"room\":[\"c\",\"a\"]}"));
    CHECK(!line_ok(FOLLOWED "\"decision\":2}"));      /* no room */
    CHECK(!line_ok(FOLLOWED "\"room\":\"d\"}"));
    CHECK(!line_ok(FOLLOWED "\"room\":{\"id\":\"c\"}}"));

    CHECK(line_ok(DECISION "\"votes\":{\"cps\":[1,0,2]},\"first_votes\":{\"cps\":[2,1,0]},\"changed\":{\"cps\":1}}"));
    CHECK(!line_ok(DECISION "\"first_votes\":{\"cps\":[2,1]}}"));       /* not a count per choice shown */
    CHECK(!line_ok(DECISION "\"first_votes\":{\"cps\":[2,-1,0]}}"));
    CHECK(!line_ok(DECISION "\"first_votes\":{\"cps\":[2,1.5,0]}}"));
    CHECK(!line_ok(DECISION "\"first_votes\":{\"cps\":[\"2\",1,0]}}"));
    CHECK(!line_ok(DECISION "\"first_votes\":[[2,1,0]]}"));
    CHECK(!line_ok(DECISION "\"first_votes\":{\"c p s\":[2,1,0]}}"));
    CHECK(!line_ok(DECISION "\"changed\":{\"cps\":-1}}"));
    CHECK(!line_ok(DECISION "\"changed\":{\"cps\":\"1\"}}"));
    CHECK(!line_ok(DECISION "\"changed\":[1]}"));
    /* the lines of solo sessions stay as they were */
    CHECK(line_ok(DECISION "\"rating\":\"recommended\"}"));
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_room SCENARIOS_DIR\n");
        return 2;
    }
    snprintf(scenarios, sizeof scenarios, "%s", argv[1]);
    test_rules();
    test_refusals();
    test_paths_of("night-call", "cps", 1);
    test_paths_of("cross-system-dialogue", "dv", 1);
    test_paths_of("petition-drafting", "cps", 2);
    test_paths_of("petition-drafting", "dv", 1);
    return check_report("room");
}
