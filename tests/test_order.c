/* test_order.c — the order choices are shown in: drawn per session from its seed, pinned choices
 * in their place whatever the seed, authored order where a scene turns shuffling off, the same
 * order again when a record is resumed (and a record whose order differs refused), pins that
 * cannot hold refused by check, and group summaries that count by choice id whatever the order.
 *
 * Usage: test_order FIXTURES_DIR (tests/fixtures/order) */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <unistd.h>

#include "casewalk.h"
#include "casewalk_report.h"
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

/* The current step's choice ids joined with ",". */
static void order_of(cw_session *s, char *out, size_t size)
{
    const cw_step *st = cw_session_step(s);
    out[0] = '\0';
    for (int i = 0; i < st->n_choices; i++) {
        if (i)
            strncat(out, ",", size - strlen(out) - 1);
        strncat(out, st->choices[i].id, size - strlen(out) - 1);
    }
}

static int at(cw_session *s, const char *id)
{
    const cw_step *st = cw_session_step(s);
    for (int i = 0; i < st->n_choices; i++)
        if (strcmp(st->choices[i].id, id) == 0)
            return i;
    return -1;
}

/* Each recorded session by a trainee of its own: a summary counts one trainee's tries once. */
static cw_session *start(cw_scenario *sc, uint64_t seed, const char *dir)
{
    static int sessions;
    char trainee[32];
    snprintf(trainee, sizeof trainee, "order-test-%d", ++sessions);
    cw_error err = {CW_OK, ""};
    cw_session_options o = {"cps", trainee, dir, CW_MODE_PRACTICE, seed, 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &o, &err);
    if (!s)
        fprintf(stderr, "start: %s\n", err.message);
    return s;
}

/* Over many seeds: pins hold, shuffle = false keeps the authored order, and every drawn choice
 * reaches every free slot. */
static void test_pins_and_authored_order(cw_scenario *sc)
{
    int pins_held = 1, authored = 1, seen_free[3][3] = {{0}}, seen_three[3] = {0};
    const char *free_ids[3] = {"x1", "x2", "x3"}, *three_ids[3] = {"r", "s", "t"};
    const int free_slots[3] = {1, 3, 4};
    cw_error err = {CW_OK, ""};
    for (uint64_t seed = 1; seed <= 300; seed++) {
        cw_session *s = start(sc, seed, NULL);
        if (!s) {
            CHECK(!"session starts");
            return;
        }
        const cw_step *st = cw_session_step(s);
        pins_held &= st->n_choices == 6 && strcmp(st->choices[0].id, "p_first") == 0 &&
                     strcmp(st->choices[2].id, "p_third") == 0 && strcmp(st->choices[5].id, "p_last") == 0;
        for (int f = 0; f < 3; f++)
            for (int k = 0; k < 3; k++)
                seen_free[f][k] |= strcmp(st->choices[free_slots[k]].id, free_ids[f]) == 0;
        char order[256];
        CHECK(cw_session_choose(s, at(s, "x1"), NULL, &err) == 0);
        order_of(s, order, sizeof order);
        authored &= strcmp(order, "u,v,w") == 0;
        CHECK(cw_session_choose(s, 0, NULL, &err) == 0);
        for (int k = 0; k < 3; k++)
            seen_three[k] |= strcmp(cw_session_step(s)->choices[0].id, three_ids[k]) == 0;
        cw_session_free(s);
    }
    CHECK(pins_held);
    CHECK(authored);
    int everywhere = 1;
    for (int f = 0; f < 3; f++)
        for (int k = 0; k < 3; k++)
            everywhere &= seen_free[f][k];
    CHECK(everywhere);
    CHECK(seen_three[0] && seen_three[1] && seen_three[2]);
}

/* A record made before choices were drawn by default: its header has no "order", and scenes that
 * do not set shuffle were shown in the written order. Resume replays it that way and goes on in
 * the written order, so an unfinished session from an earlier version can still be finished. */
static void test_resume_before_drawn_order(const char *path, const char *scenario_path)
{
    FILE *in = fopen(path, "r");
    char legacy[600];
    snprintf(legacy, sizeof legacy, "%s.legacy.jsonl", path);
    FILE *out = fopen(legacy, "w");
    char line[65536];
    int header = 0, first = 0;
    while (in && out && fgets(line, sizeof line, in)) {
        cJSON *json = cJSON_Parse(line);
        const char *type = cJSON_GetStringValue(cJSON_GetObjectItem(json, "type"));
        if (type && strcmp(type, "header") == 0) {
            CHECK_STR(cJSON_GetStringValue(cJSON_GetObjectItem(json, "order")), "drawn");
            cJSON_DeleteItemFromObject(json, "order");
            header = 1;
        } else if (type && strcmp(type, "decision") == 0 && !first) {
            const char *written[] = {"p_last", "x1", "p_third", "x2", "x3", "p_first"};
            cJSON_ReplaceItemInObject(json, "shown", cJSON_CreateStringArray(written, 6));
            cJSON_ReplaceItemInObject(json, "position", cJSON_CreateNumber(4)); /* x2 */
            first = 1;
        }
        char *text = cJSON_PrintUnformatted(json);
        fprintf(out, "%s\n", text);
        free(text);
        cJSON_Delete(json);
    }
    if (in)
        fclose(in);
    if (out)
        fclose(out);
    CHECK(header && first);
    cw_error err = {CW_OK, ""};
    cw_session *s = cw_session_resume(legacy, scenario_path, NULL, 0, &err);
    CHECK(s != NULL);
    if (!s) {
        fprintf(stderr, "resume of a record from before drawn order: %s\n", err.message);
        return;
    }
    char order[256];
    order_of(s, order, sizeof order);
    CHECK_STR(order, "r,s,t"); /* scene three does not set shuffle: the written order */
    cw_session_free(s);
}

/* Start with a seed, choose, stop, resume: the next step shows the order a fresh session with the
 * same seed and the same decisions shows. A record whose 'shown' order differs is refused. */
static void test_resume_replays_the_order(cw_scenario *sc)
{
    cw_error err = {CW_OK, ""};
    cw_session *s = start(sc, 4242, records);
    CHECK(s && cw_session_choose(s, at(s, "x2"), NULL, &err) == 0);
    CHECK(s && cw_session_choose(s, 1, NULL, &err) == 0); /* v */
    char before[256], path[512];
    order_of(s, before, sizeof before);
    CHECK(cw_session_pause(s, &err) == 0);
    snprintf(path, sizeof path, "%s", cw_session_record_path(s));
    cw_session_free(s);

    s = cw_session_resume(path, cw_scenario_info_get(sc)->path, NULL, 0, &err);
    CHECK(s != NULL);
    if (!s) {
        fprintf(stderr, "resume: %s\n", err.message);
        return;
    }
    char resumed[256], fresh[256];
    order_of(s, resumed, sizeof resumed);
    cw_session_free(s);
    cw_session *f = start(sc, 4242, NULL);
    CHECK(f && cw_session_choose(f, at(f, "x2"), NULL, &err) == 0 && cw_session_choose(f, 1, NULL, &err) == 0);
    order_of(f, fresh, sizeof fresh);
    cw_session_free(f);
    CHECK_STR(resumed, before);
    CHECK_STR(resumed, fresh);

    /* The same record with the first decision's shown order reversed: resume refuses it. */
    FILE *in = fopen(path, "r");
    char tampered[600];
    snprintf(tampered, sizeof tampered, "%s.tampered.jsonl", path);
    FILE *out = fopen(tampered, "w");
    char line[65536];
    int reversed = 0;
    while (in && out && fgets(line, sizeof line, in)) {
        cJSON *json = cJSON_Parse(line);
        const char *type = cJSON_GetStringValue(cJSON_GetObjectItem(json, "type"));
        if (type && strcmp(type, "decision") == 0 && !reversed) {
            cJSON *shown = cJSON_GetObjectItem(json, "shown"), *flipped = cJSON_CreateArray();
            for (int i = cJSON_GetArraySize(shown) - 1; i >= 0; i--)
                cJSON_AddItemToArray(flipped, cJSON_CreateString(cJSON_GetArrayItem(shown, i)->valuestring));
            cJSON_ReplaceItemInObject(json, "shown", flipped);
            char *text = cJSON_PrintUnformatted(json);
            fprintf(out, "%s\n", text);
            free(text);
            reversed = 1;
        } else {
            fputs(line, out);
        }
        cJSON_Delete(json);
    }
    if (in)
        fclose(in);
    if (out)
        fclose(out);
    CHECK(reversed);
    s = cw_session_resume(tampered, cw_scenario_info_get(sc)->path, NULL, 0, &err);
    CHECK(s == NULL && strstr(err.message, "another order") && strstr(err.message, "scene 'one'"));
    cw_session_free(s);
    test_resume_before_drawn_order(path, cw_scenario_info_get(sc)->path);
}

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

/* Two sessions choose x1, shown at different positions; a third chooses x3. The summary counts x1
 * twice and x3 once: by id, never by position. */
static void test_summary_counts_by_id(cw_scenario *sc)
{
    char dir[300];
    snprintf(dir, sizeof dir, "%s/summary", records);
    cw_error err = {CW_OK, ""};
    int first_position = -1, second_seed = 0;
    for (uint64_t seed = 1; seed < 100 && !second_seed; seed++) {
        cw_session *s = start(sc, seed, NULL);
        int p = s ? at(s, "x1") : -1;
        cw_session_free(s);
        if (seed == 1)
            first_position = p;
        else if (p != first_position)
            second_seed = (int)seed;
    }
    CHECK(second_seed > 0);
    const struct {
        uint64_t seed;
        const char *id;
    } plays[] = {{1, "x1"}, {(uint64_t)second_seed, "x1"}, {1, "x3"}};
    for (int i = 0; i < 3; i++) {
        cw_session *s = start(sc, plays[i].seed, dir);
        CHECK(s && cw_session_choose(s, at(s, plays[i].id), NULL, &err) == 0);
        CHECK(s && cw_session_choose(s, 0, NULL, &err) == 0 && cw_session_choose(s, 0, NULL, &err) == 0);
        CHECK(s && cw_session_finished(s));
        cw_session_free(s);
    }
    cw_report_group_options options = {.min_group = 1, .scenario_path = cw_scenario_info_get(sc)->path};
    cw_report_group *g = cw_report_group_new(&options);
    const char *paths[] = {dir};
    const cw_report_group_view *v = NULL;
    if (g && cw_report_each_record(paths, 1, 0, scan, g, NULL, &err) == 0 && cw_report_group_begin(g, &err) == 0 &&
        cw_report_each_record(paths, 1, 0, add, g, NULL, &err) == 0)
        v = cw_report_group_finish(g, &err);
    CHECK(v != NULL);
    const cw_report_group_decision *one = NULL;
    for (int i = 0; v && i < v->n_decisions; i++)
        if (strcmp(v->decisions[i].scene, "one") == 0)
            one = &v->decisions[i];
    CHECK(one && one->answered == 3);
    int x1 = -1, x3 = -1, p_first = -1;
    for (int c = 0; one && c < one->n_choices; c++) {
        if (strcmp(one->choices[c].id, "x1") == 0)
            x1 = one->choices[c].count;
        if (strcmp(one->choices[c].id, "x3") == 0)
            x3 = one->choices[c].count;
        if (strcmp(one->choices[c].id, "p_first") == 0)
            p_first = one->choices[c].count;
    }
    CHECK(x1 == 2);
    CHECK(x3 == 1);
    CHECK(p_first == 0);
    /* Listed as authored, whatever order the sessions showed. */
    CHECK(one && one->n_choices == 6 && strcmp(one->choices[0].id, "p_last") == 0 &&
          strcmp(one->choices[5].id, "p_first") == 0);
    cw_report_group_free(g);
}

struct findings {
    char text[4096];
};

static void collect(void *ud, const char *message)
{
    struct findings *f = ud;
    strncat(f->text, message, sizeof f->text - strlen(f->text) - 2);
    strcat(f->text, "\n");
}

/* Writes the fixture with one choice's fields replaced, and returns check's findings. */
static int check_variant(const char *from, const char *to, struct findings *f)
{
    char src[700], dst[700];
    snprintf(src, sizeof src, "%s/pinned.lua", fixtures);
    snprintf(dst, sizeof dst, "%s/variant.lua", records);
    FILE *in = fopen(src, "r"), *out = fopen(dst, "w");
    char line[1024];
    while (in && out && fgets(line, sizeof line, in)) {
        char *hit = strstr(line, from);
        if (hit)
            fprintf(out, "%.*s%s%s", (int)(hit - line), line, to, hit + strlen(from));
        else
            fputs(line, out);
    }
    if (in)
        fclose(in);
    if (out)
        fclose(out);
    f->text[0] = '\0';
    return cw_scenario_check(dst, collect, f, NULL);
}

static void test_pins_checked(void)
{
    struct findings f;
    CHECK(check_variant("{ pin = 3 }", "{ pin = \"last\" }", &f) > 0);
    CHECK(strstr(f.text, "'p_last' and 'p_third'") && strstr(f.text, "same position"));
    CHECK(check_variant("{ pin = 3 }", "{ pin = 7 }", &f) > 0);
    CHECK(strstr(f.text, "pinned to a position the scene's 6 choices do not have"));
    CHECK(check_variant("{ pin = 3 }", "{ pin = \"middle\" }", &f) == 1);
    CHECK(strstr(f.text, "'pin' must be \"first\", \"last\" or a position"));
    CHECK(check_variant("act = \"none_of_these\"", "act = \"none of these\"", &f) == 1);
    CHECK(strstr(f.text, "act 'none of these' must be"));
    CHECK(check_variant("shuffle = false", "shuffle = \"no\"", &f) == 1);
    CHECK(strstr(f.text, "'shuffle' must be true or false"));
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_order FIXTURES_DIR\n");
        return 2;
    }
    snprintf(fixtures, sizeof fixtures, "%s", argv[1]);
    snprintf(records, sizeof records, "/tmp/casewalk-order-XXXXXX");
    if (!mkdtemp(records))
        return 1;
    cw_scenario *sc = load("pinned.lua");
    CHECK(sc != NULL);
    if (sc) {
        struct findings f = {""};
        CHECK(cw_scenario_check(cw_scenario_info_get(sc)->path, collect, &f, NULL) == 0);
        if (f.text[0])
            fprintf(stderr, "%s", f.text);
        test_pins_and_authored_order(sc);
        test_resume_replays_the_order(sc);
        test_summary_counts_by_id(sc);
        cw_scenario_free(sc);
    }
    test_pins_checked();
    char command[300];
    snprintf(command, sizeof command, "rm -rf '%s'", records);
    if (system(command) != 0)
        fprintf(stderr, "could not remove %s\n", records);
    return check_report("order");
}
