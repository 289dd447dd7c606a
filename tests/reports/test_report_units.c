/* test_report_units.c — the small pieces behind the reports: medians from log-bucket histograms,
 * practice-point citations, escaping untrusted text, derived UUIDs, and records written by hand
 * (good ones, for the xAPI durations and actor; bad ones, each refused naming its line). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casewalk_report.h"
#include "check.h"
#include "report_internal.h"

static void test_timing(void)
{
    timing_histogram h;
    memset(&h, 0, sizeof h);
    CHECK(timing_median(&h) == -1);
    timing_add(&h, 50);
    CHECK(timing_median(&h) < 100);
    memset(&h, 0, sizeof h);
    timing_add(&h, 1000);
    timing_add(&h, 2000);
    timing_add(&h, 3000);
    CHECK(fabs(timing_median(&h) - 2000) / 2000 < 0.045);
    memset(&h, 0, sizeof h);
    for (int i = 1; i <= 10000; i++) /* 6 ms to 60 s, evenly: the median is about 30 s */
        timing_add(&h, i * 6);
    CHECK(fabs(timing_median(&h) - 30000) / 30000 < 0.045);
    timing_histogram other;
    memset(&other, 0, sizeof other);
    timing_add(&other, 5000000); /* very long times land in the last buckets, not beyond */
    timing_add(&other, INT64_MAX / 2);
    timing_merge(&h, &other);
    CHECK(h.count == 10002);
}

static void test_citations(void)
{
    int n[8];
    CHECK(practice_points_cited("Partner first (points 2, 7).", n, 8) == 2 && n[0] == 2 && n[1] == 7);
    CHECK(practice_points_cited("See point 4.", n, 8) == 1 && n[0] == 4);
    CHECK(practice_points_cited("points 13 and 14", n, 8) == 2 && n[0] == 13 && n[1] == 14);
    CHECK(practice_points_cited("points 2–4", n, 8) == 3 && n[2] == 4);
    CHECK(practice_points_cited("a checkpoint 9 is no citation", n, 8) == 0);
    CHECK(practice_points_cited("point 99", n, 8) == 0);
    CHECK(practice_points_cited(NULL, n, 8) == 0);
    CHECK(practice_point(25) && !practice_point(26) && !practice_point(0));
}

static char *captured(void (*put)(FILE *, const char *), const char *s)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    put(out, s);
    fclose(out);
    return text;
}

static void test_escaping(void)
{
    char *t = captured(text_put, "\x1b]0;title\x07red\tok\n\xc2\x9b" "2J");
    CHECK_STR(t, "\\x1b]0;title\\x07red\tok\n\\u009b2J"); /* escape sequences cannot reach the terminal */
    free(t);
    t = captured(text_put, "a\rb\xff\xc0\x9b\x7f\xe2\x80"); /* bare CR, bytes that are not UTF-8, DEL */
    CHECK_STR(t, "a\\rb\\xff\\xc0\\x9b\\x7f\\xe2\\x80");
    free(t);
    t = NULL;
    size_t size = 0;
    FILE *line = open_memstream(&t, &size);
    text_put_line(line, "one\ntwo\tthree", -1);
    fclose(line);
    CHECK_STR(t, "one\\ntwo\tthree"); /* a newline cannot fake a line of output */
    free(t);
    t = captured(html_put, "<script>alert('x')</script> & \"q\"");
    CHECK_STR(t, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    free(t);
    CHECK(text_chars("Café ✓") == 6);
}

static void test_uuid(void)
{
    char a[37], b[37], c[37];
    uuid_derived("79a026c3-a566-466b-a953-90a13d2657fc", "terminated", a);
    uuid_derived("79a026c3-a566-466b-a953-90a13d2657fc", "terminated", b);
    uuid_derived("79a026c3-a566-466b-a953-90a13d2657fc", "other", c);
    CHECK_STR(a, b);
    CHECK(strcmp(a, c) != 0);
    CHECK(strlen(a) == 36 && a[8] == '-' && a[14] == '8' && strchr("89ab", a[19]));
}

/* ---- records written by hand ---------------------------------------------------------------- */

#define HEADER                                                                                     \
    "{\"type\":\"header\",\"seq\":0,\"id\":\"11111111-1111-4111-8111-111111111111\","              \
    "\"time\":\"2026-11-22T08:00:00.000Z\",\"schema\":1,"                                          \
    "\"session\":\"22222222-2222-4222-8222-222222222222\",\"scenario\":{\"id\":\"hand\","          \
    "\"version\":\"1.0.0\",\"title\":\"By hand\",\"sha256\":\"00\"},\"role\":\"dv\","              \
    "\"trainee\":\"wren-4\",\"mode\":\"practice\",\"seed\":\"5\",\"engine\":\"0.1.0\",\"group\":false}\n"
#define HEADER2 /* schema 2: the session named on every line */                               \
    "{\"type\":\"header\",\"seq\":0,\"id\":\"11111111-1111-4111-8111-111111111111\","              \
    "\"time\":\"2026-11-22T08:00:00.000Z\",\"schema\":2,"                                          \
    "\"session\":\"22222222-2222-4222-8222-222222222222\",\"scenario\":{\"id\":\"hand\","          \
    "\"version\":\"1.0.0\",\"title\":\"By hand\",\"sha256\":\"00\"},\"role\":\"dv\","              \
    "\"trainee\":\"wren-4\",\"mode\":\"practice\",\"seed\":\"5\",\"engine\":\"0.1.0\",\"group\":false}\n"
#define SCENE2(session)                                                                            \
    "{\"type\":\"scene\",\"seq\":1,\"id\":\"33333333-3333-4333-8333-333333333333\","               \
    "\"time\":\"2026-11-22T08:00:01.000Z\"," session "\"scene\":\"door\",\"phase\":\"removal\"}\n"
#define SCENE                                                                                      \
    "{\"type\":\"scene\",\"seq\":1,\"id\":\"33333333-3333-4333-8333-333333333333\","               \
    "\"time\":\"2026-11-22T08:00:01.000Z\",\"scene\":\"door\",\"phase\":\"removal\"}\n"
#define DECISION(ms)                                                                               \
    "{\"type\":\"decision\",\"seq\":2,\"id\":\"44444444-4444-4444-8444-444444444444\","             \
    "\"time\":\"2026-11-22T08:01:06.250Z\",\"scene\":\"door\",\"decision\":1,"                     \
    "\"shown\":[\"a\",\"b\"],\"chosen\":\"b\",\"position\":2,\"recommended\":[\"a\"],"             \
    "\"rating\":\"concerning\",\"points\":1,\"max_points\":3,\"tags\":[\"collaboration\"],"        \
    "\"ms\":" ms ",\"changes\":[]}\n"
#define ENDING                                                                                     \
    "{\"type\":\"ending\",\"seq\":3,\"id\":\"55555555-5555-4555-8555-555555555555\","              \
    "\"time\":\"2026-11-22T08:01:06.250Z\",\"ending\":\"end\",\"title\":\"The end\","              \
    "\"classification\":\"mixed\"}\n"

static char dir[64];

static const char *write_record(const char *name, const char *text)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

static char *xapi_of(cw_report_session *s)
{
    char *text = NULL;
    size_t size = 0;
    long count = 0;
    FILE *out = open_memstream(&text, &size);
    CHECK(cw_xapi_write_session(s, "https://lrs.example/", out, &count) == 0);
    fclose(out);
    CHECK(count == 5); /* initialized, experienced, answered, completed, terminated */
    return text;
}

static void test_hand_records(void)
{
    cw_report_session *s = cw_report_session_new();
    cw_error err = {CW_OK, ""};
    const char *path = write_record("good.jsonl", HEADER SCENE DECISION("41200") ENDING);
    CHECK(cw_report_session_load(s, path, &err) == 0);
    char *x = xapi_of(s);
    CHECK(strstr(x, "\"duration\":\"PT41.2S\""));
    CHECK(strstr(x, "\"duration\":\"PT1M6.25S\"")); /* the session, header to ending */
    CHECK(strstr(x, "\"account\":{\"homePage\":\"https://lrs.example\",\"name\":\"wren-4\"}"));
    /* statement ids: derived from the line's UUID and the mapping version, never the line's own */
    char expected_id[37], id_text[64];
    uuid_derived("44444444-4444-4444-8444-444444444444", "casewalk xapi mapping 2", expected_id);
    snprintf(id_text, sizeof id_text, "\"id\":\"%s\"", expected_id);
    CHECK(strstr(x, id_text));
    CHECK(strstr(x, "44444444-4444-4444-8444-444444444444") == NULL);
    CHECK(strstr(x, "\"https://lrs.example/xapi/extensions/mapping-version\":2"));
    CHECK(strstr(x, "\"registration\":\"22222222-2222-4222-8222-222222222222\""));
    CHECK(strstr(x, "\"https://lrs.example/xapi/extensions/role\":\"dv\""));
    CHECK(strstr(x, "\"correctResponsesPattern\":[\"a\"]"));
    CHECK(strstr(x, "\"success\":false"));
    CHECK(strstr(x, "mbox") == NULL);
    free(x);
    path = write_record("zero.jsonl", HEADER SCENE DECISION("0") ENDING);
    CHECK(cw_report_session_load(s, path, &err) == 0);
    x = xapi_of(s);
    CHECK(strstr(x, "\"duration\":\"PT0S\""));
    free(x);
    CHECK(cw_xapi_homepage_ok("https://lrs.example"));
    CHECK(!cw_xapi_homepage_ok("mailto:someone@example.org"));
    CHECK(!cw_xapi_homepage_ok("https://lrs.example/\"><x"));

    static const struct {
        const char *name, *text, *message;
    } bad[] = {
        {"dup.jsonl", HEADER "{\"type\":\"scene\",\"seq\":1,\"seq\":1}\n" SCENE, ":2: a key appears twice"},
        {"seq.jsonl", HEADER "{\"type\":\"scene\",\"seq\":5,\"id\":\"x\",\"time\":\"2026-11-22T08:00:01.000Z\"}\n" ENDING,
         ":2: \"seq\" is 5 where 1 was due"},
        {"nul.jsonl", HEADER "{\"type\":\"scene\\u0000\",\"seq\":1}\n" ENDING, ":2: a string holds \\u0000"},
        {"huge.jsonl", HEADER "{\"type\":\"scene\",\"seq\":1e999}\n" ENDING, ":2: "},
        {"deep.jsonl", HEADER "[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]\n" ENDING, ":2: nested too deeply"},
        {"first.jsonl", SCENE HEADER, ":1: the first line is not a header"},
        {"chosen.jsonl", HEADER SCENE
         "{\"type\":\"decision\",\"seq\":2,\"id\":\"44444444-4444-4444-8444-444444444444\","
         "\"time\":\"2026-11-22T08:01:06.250Z\",\"scene\":\"door\",\"decision\":1,\"shown\":[\"a\"],"
         "\"chosen\":\"z\",\"position\":1,\"recommended\":[\"a\"],\"rating\":\"recommended\","
         "\"points\":3,\"max_points\":3,\"tags\":[],\"ms\":1}\n" ENDING,
         ":3: \"chosen\" is not among the choices shown"},
        {"points.jsonl", HEADER SCENE
         "{\"type\":\"decision\",\"seq\":2,\"id\":\"44444444-4444-4444-8444-444444444444\","
         "\"time\":\"2026-11-22T08:01:06.250Z\",\"scene\":\"door\",\"decision\":1,\"shown\":[\"a\"],"
         "\"chosen\":\"a\",\"position\":1,\"recommended\":[\"a\"],\"rating\":\"recommended\","
         "\"points\":7,\"max_points\":3,\"tags\":[],\"ms\":1}\n" ENDING,
         ":3: \"points\" is out of range"},
        {"uuid.jsonl", HEADER "{\"type\":\"scene\",\"seq\":1,\"id\":\"not-a-uuid\",\"time\":\"2026-11-22T08:00:01.000Z\","
         "\"scene\":\"door\"}\n" ENDING, ":2: \"id\" is not a UUID"},
        {"after.jsonl", HEADER
         "{\"type\":\"ending\",\"seq\":1,\"id\":\"55555555-5555-4555-8555-555555555555\","
         "\"time\":\"2026-11-22T08:01:06.250Z\",\"ending\":\"end\",\"title\":\"The end\","
         "\"classification\":\"mixed\"}\n"
         "{\"type\":\"paused\",\"seq\":2,\"id\":\"66666666-6666-4666-8666-666666666666\","
         "\"time\":\"2026-11-22T08:01:07.000Z\"}\n" ENDING,
         ":3: a \"paused\" line follows the ending"},
        {"schema.jsonl", "{\"type\":\"header\",\"seq\":0,\"schema\":3}\n", ":1: record schema 3; this casewalk reads schemas 1 to 2"},
        {"nosession.jsonl", HEADER2 SCENE2(""), ":2: the line has no \"session\""},
        {"othersession.jsonl", HEADER2 SCENE2("\"session\":\"99999999-2222-4222-8222-222222222222\","),
         ":2: the line's \"session\" is not the header's"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        path = write_record(bad[i].name, bad[i].text);
        err.kind = CW_OK;
        int rc = cw_report_session_load(s, path, &err);
        char expected[256];
        snprintf(expected, sizeof expected, "%s%s", path, bad[i].message);
        CHECK(rc == -1 && err.kind == CW_ERR_INPUT);
        if (strncmp(err.message, expected, strlen(expected)) != 0) {
            CHECK(!"message names the file and line");
            fprintf(stderr, "  %s\n  got:      %s\n  expected: %s...\n", bad[i].name, err.message, expected);
        }
    }
    /* schema 2 with the session on every line reads like schema 1 */
    path = write_record("schema2.jsonl", HEADER2 SCENE2("\"session\":\"22222222-2222-4222-8222-222222222222\","));
    CHECK(cw_report_session_load(s, path, &err) == 0 && s->n_events == 1);
    /* a torn last line is set aside, and what comes before it is used */
    path = write_record("torn.jsonl", HEADER SCENE "{\"type\":\"decision\",\"seq\":2,\"id\":\"44");
    CHECK(cw_report_session_load(s, path, &err) == 0 && s->torn_line == 3 && s->n_events == 1);
    cw_report_session_free(s);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/cw-report-units-XXXXXX");
    if (!mkdtemp(dir))
        return 1;
    test_timing();
    test_citations();
    test_escaping();
    test_uuid();
    test_hand_records();
    char command[128];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    if (system(command) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_report("report_units");
}
