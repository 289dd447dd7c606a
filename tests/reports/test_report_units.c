/* test_report_units.c — the small pieces behind the reports: medians from log-bucket histograms,
 * practice-point citations, escaping untrusted text, derived UUIDs, and records written by hand
 * (good ones, for the xAPI durations and actor; bad ones, each refused naming its line). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casewalk_report.h"
#include "check.h"
#include "report/text_out.h"
#include "report/svg.h"
#include "report/practice.h"
#include "report/uuid.h"
#include "report/timing.h"

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
    /* the public names: lists, "and", ranges with a hyphen or an en dash, mixed, capitalized */
    int m[CW_PRACTICE_POINTS];
    CHECK(cw_practice_points_cited("(point 17)", m, CW_PRACTICE_POINTS) == 1 && m[0] == 17);
    CHECK(cw_practice_points_cited("(points 18–21; also 5)", m, CW_PRACTICE_POINTS) == 4 && m[0] == 18 && m[3] == 21);
    CHECK(cw_practice_points_cited("(points 1-3, 7 and 12)", m, CW_PRACTICE_POINTS) == 5 && m[2] == 3 && m[3] == 7 &&
          m[4] == 12);
    CHECK(cw_practice_points_cited("Point 4, then point 4 again (points 3, 4)", m, CW_PRACTICE_POINTS) == 2 &&
          m[0] == 4 && m[1] == 3);
    CHECK(cw_practice_points_cited("points 24–27", m, CW_PRACTICE_POINTS) == 2 && m[1] == 25);
    CHECK(cw_practice_points_cited("endpoints 3", m, CW_PRACTICE_POINTS) == 0);
    CHECK(cw_practice_points_cited("no citation here", m, CW_PRACTICE_POINTS) == 0);
    CHECK(cw_practice_points_cited("points 2, 7", m, 1) == 1 && m[0] == 2);
    for (int k = 1; k <= CW_PRACTICE_POINTS; k++)
        CHECK(cw_practice_point_title(k) && cw_practice_point_source(k) && cw_practice_point_text(k) &&
              strlen(cw_practice_point_title(k)) < 60);
    CHECK(!cw_practice_point_title(0) && !cw_practice_point_source(CW_PRACTICE_POINTS + 1));
    char line[600];
    CHECK(cw_practice_sources_line("Partner first (points 2, 7).", line, sizeof line) == 2);
    CHECK_STR(line, "Point 2, Removal from the protective parent is a last resort (Safe & Together model "
                    "principles); point 7, Document her protective efforts (Safe & Together practice "
                    "considerations)");
    CHECK(cw_practice_sources_line("none", line, sizeof line) == 0 && line[0] == '\0');
    char tiny[12];
    CHECK(cw_practice_sources_line("point 1", tiny, sizeof tiny) == 1 && strlen(tiny) == sizeof tiny - 1);
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
    CHECK(cw_utf8_chars("Café ✓") == 6);
}

/* Whether s[0..n) is well-formed UTF-8 with no NUL. */
static int utf8_clean(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        int len = p[i] < 0x80 ? 1 : (p[i] & 0xE0) == 0xC0 ? 2 : (p[i] & 0xF0) == 0xE0 ? 3 : (p[i] & 0xF8) == 0xF0 ? 4 : 0;
        if (p[i] == 0 || len == 0 || (len == 2 && p[i] < 0xC2) || i + (size_t)len > n)
            return 0;
        for (int k = 1; k < len; k++)
            if ((p[i + k] & 0xC0) != 0x80)
                return 0;
        i += (size_t)len;
    }
    return 1;
}

/* The text of each <tspan> of svg, joined with "|"; NULL when the SVG is not clean UTF-8. */
static char *svg_lines_of(const char *text, int width, int max_lines, int *lines)
{
    char *svg = NULL, *joined = NULL;
    size_t size = 0, joined_size = 0;
    FILE *out = open_memstream(&svg, &size);
    *lines = svg_text_lines(out, text, width, max_lines, 5, 18);
    fclose(out);
    if (!utf8_clean(svg, size) || strlen(svg) != size) {
        free(svg);
        return NULL;
    }
    FILE *j = open_memstream(&joined, &joined_size);
    for (const char *p = svg; (p = strstr(p, "<tspan x=\"5\" dy=\"")); p++) {
        const char *open_end = strchr(p, '>'), *close = strstr(p, "</tspan>");
        if (!open_end || !close)
            break;
        fprintf(j, "%s%.*s", p == strstr(svg, "<tspan") ? "" : "|", (int)(close - open_end - 1), open_end + 1);
    }
    fclose(j);
    free(svg);
    return joined;
}

static char *repeat(const char *unit, int n)
{
    size_t len = strlen(unit);
    char *s = malloc(len * (size_t)n + 1);
    for (int i = 0; i < n; i++)
        memcpy(s + len * (size_t)i, unit, len);
    s[len * (size_t)n] = '\0';
    return s;
}

/* Very long words in figures: each line holds at most width characters, a word longer than a
 * line is broken across lines at character boundaries, and what is shown is the text put in. */
static void test_svg_long_words(void)
{
    char *faces = repeat("😀", 300), *as = repeat("a", 1100), *face96 = repeat("😀", 96);
    char *a96 = repeat("a", 96), *text = malloc(strlen(faces) + strlen(as) + 16);
    sprintf(text, "%s %s tail", faces, as);
    int lines;
    char *got = svg_lines_of(text, 96, 2, &lines);
    char *want = malloc(strlen(face96) * 2 + 8);
    sprintf(want, "%s|%s…", face96, face96);
    CHECK(lines == 2);
    CHECK_STR(got, want);
    free(got);

    got = svg_lines_of(text, 96, 20, &lines);
    /* 300 faces: 96 + 96 + 96 + 12; then 1100 a's: 11 lines of 96 and one of 44 with "tail" */
    CHECK(lines == 16);
    CHECK(got && strncmp(got, want, strlen(face96) * 2 + 1) == 0);
    CHECK(got && strstr(got, a96) && !strstr(got, "…"));
    size_t n = got ? strlen(got) : 0;
    CHECK(n > 5 && strcmp(got + n - 5, " tail") == 0);
    free(got);

    /* a lead byte followed by far more continuation bytes than a line holds */
    char *broken = malloc(3003);
    broken[0] = (char)0xF0;
    memset(broken + 1, 0x80, 3000);
    strcpy(broken + 3001, "x");
    got = svg_lines_of(broken, 96, 3, &lines);
    CHECK(got != NULL && lines <= 3);
    free(got);

    /* characters whose low byte is an HTML special character are not escaped as one */
    got = svg_lines_of("Ħ 😀 <&>", 96, 2, &lines);
    CHECK_STR(got, "Ħ 😀 &lt;&amp;&gt;");
    free(got);
    CHECK(svg_text_lines(NULL, "", 96, 2, 0, 18) == 1);
    free(faces);
    free(as);
    free(face96);
    free(a96);
    free(text);
    free(want);
    free(broken);
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
        {"time.jsonl", HEADER "{\"type\":\"scene\",\"seq\":1,\"id\":\"33333333-3333-4333-8333-333333333333\","
         "\"time\":\"2026-02-30T08:00:01.000Z\",\"scene\":\"door\"}\n" ENDING,
         ":2: \"time\" is not a UTC time such as 2026-11-22T08:20:54.123Z"},
        {"headertime.jsonl", "{\"type\":\"header\",\"seq\":0,\"time\":\"yesterday\"}\n" SCENE ENDING,
         ":1: \"time\" is not a UTC time such as 2026-11-22T08:20:54.123Z"},
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

/* Copies of one session: the most complete is held and given back after the pass; a copy that
 * turns up after its session was used (it was not there in the first pass) is still skipped. */
static void test_copies(void)
{
    cw_report_session *s = cw_report_session_new();
    cw_report_copies *c = cw_report_copies_new();
    cw_error err = {CW_OK, ""};
    char partial[256], whole[256];
    snprintf(partial, sizeof partial, "%s", write_record("a-partial.jsonl", HEADER SCENE));
    snprintf(whole, sizeof whole, "%s", write_record("b-whole.jsonl", HEADER SCENE DECISION("41200") ENDING));
    cw_report_copies_scan(c, partial);
    cw_report_copies_scan(c, whole);
    CHECK(cw_report_session_load(s, partial, &err) == 0 && cw_report_copies_offer(c, s) == CW_COPY_HOLD);
    CHECK(cw_report_session_load(s, whole, &err) == 0 && cw_report_copies_offer(c, s) == CW_COPY_HOLD);
    CHECK(cw_report_session_load(s, partial, &err) == 0 && cw_report_copies_offer(c, s) == CW_COPY_SKIP);
    CHECK_STR(cw_report_copies_next_held(c), whole);
    CHECK(cw_report_copies_next_held(c) == NULL);
    int n;
    long total;
    const cw_report_duplicate *d = cw_report_copies_duplicates(c, &n, &total);
    CHECK(n == 2 && total == 2 && d && strcmp(d[0].path, partial) == 0 && strcmp(d[1].path, partial) == 0);
    CHECK(d && d[0].kept && strcmp(d[0].kept, whole) == 0);
    CHECK_STR(d ? d[0].session_id : NULL, "22222222-2222-4222-8222-222222222222");
    cw_report_copies_free(c);

    c = cw_report_copies_new(); /* no first pass: the first copy is used, the next skipped */
    CHECK(cw_report_session_load(s, whole, &err) == 0 && cw_report_copies_offer(c, s) == CW_COPY_USE);
    CHECK(cw_report_session_load(s, partial, &err) == 0 && cw_report_copies_offer(c, s) == CW_COPY_SKIP);
    d = cw_report_copies_duplicates(c, &n, &total);
    CHECK(n == 1 && d && d[0].kept == NULL && strcmp(d[0].path, partial) == 0);
    cw_report_copies_free(c);
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
    test_svg_long_words();
    test_hand_records();
    test_copies();
    char command[128];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    if (system(command) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_report("report_units");
}
