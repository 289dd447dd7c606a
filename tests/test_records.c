/* test_records.c — records as untrusted data: the writer refuses what the reader refuses (a round
 * trip with hostile inputs), hostile lines read in linear time, bad seeds, dates and pseudonyms
 * refused naming file and line, and a failed line that says truly what was lost. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "casewalk.h"
#include "check.h"
#include "record_rules.h"
#include "roundtrip.h"

/* Well under a second; sanitizers make everything several times slower. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SECONDS_FOR_1_MIB 3.0
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SECONDS_FOR_1_MIB 3.0
#endif
#ifndef SECONDS_FOR_1_MIB
#define SECONDS_FOR_1_MIB 1.0
#endif

static char dir[64], fixtures[512];

static int ignore_line(void *ud, const cJSON *line, int line_no, cw_error *err)
{
    (void)ud, (void)line, (void)line_no, (void)err;
    return 0;
}

static const char *write_file(const char *name, const char *text, size_t len)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(text, 1, len, f);
        fclose(f);
    }
    return path;
}

/* ---- the round trip ------------------------------------------------------------------------- */

static void expect_roundtrip(const char *what, const char *pseudonym, const char *reason, const char *text,
                             int want_header, int want_decision)
{
    const char *texts[] = {text};
    roundtrip_input in = {pseudonym, reason, texts, 1};
    roundtrip_result out;
    int rc = roundtrip(dir, &in, &out);
    CHECK(rc == 0);
    CHECK(out.header_written == want_header && out.decision_written == want_decision);
    if (rc != 0 || out.header_written != want_header || out.decision_written != want_decision)
        fprintf(stderr, "  %s: header %d decision %d: %s\n", what, out.header_written, out.decision_written, out.why);
}

static void test_roundtrip_hostile(void)
{
    expect_roundtrip("plain", "owl-17", "She called for help herself.", "Talk to her alone.", 1, 1);
    expect_roundtrip("UTF-8", "Zoë-3", "Sí, señora — 子供 🙂", "Ask again.", 1, 1);
    expect_roundtrip("Latin-1 reason", "owl", "caf\xe9 au lait", "x", 1, 0);
    expect_roundtrip("Latin-1 pseudonym", "Zo\xeb", "fine", "x", 0, 0);
    expect_roundtrip("overlong slash", "owl", "a\xc0\xaf" "b", "x", 1, 0);
    expect_roundtrip("overlong NUL", "owl", "a\xc0\x80" "b", "x", 1, 0);
    expect_roundtrip("surrogate", "owl", "\xed\xa0\x80", "x", 1, 0);
    expect_roundtrip("above U+10FFFF", "owl", "\xf4\x90\x80\x80", "x", 1, 0);
    expect_roundtrip("cut sequence", "owl", "ok", "\xe2\x82", 1, 0);
    expect_roundtrip("escaped NUL as text", "owl", "\\u0000 and \\\\u0000", "x", 1, 1);
    expect_roundtrip("control characters", "owl", "tab\there, bell\a, escape\x1b[31m, DEL\x7f", "\x01\x1f", 1, 1);
    expect_roundtrip("control in pseudonym", "owl\x1b[2J", "fine", "x", 0, 0);
    expect_roundtrip("C1 control in pseudonym", "owl\xc2\x9b", "fine", "x", 0, 0);
    expect_roundtrip("e-mail pseudonym", "someone@example.org", "fine", "x", 0, 0);
    expect_roundtrip("long pseudonym", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "fine", "x", 0, 0);
    expect_roundtrip("quotes and brackets", "o'wl", "\"}]{[\\", "\"\"", 1, 1);

    size_t big = 2u * 1024 * 1024;
    char *reason = malloc(big + 1);
    memset(reason, 'r', big);
    reason[big] = '\0';
    expect_roundtrip("2 MiB reason", "owl", reason, "x", 1, 0);
    reason[RECORD_MAX_LINE_BYTES - 1000] = '\0'; /* just under the line cap with the frame */
    expect_roundtrip("a reason near 1 MiB", "owl", reason, "x", 1, 1);
    free(reason);

    /* More choices than a reader takes. */
    const char *many[RECORD_MAX_LIST_ITEMS + 1];
    for (int i = 0; i <= RECORD_MAX_LIST_ITEMS; i++)
        many[i] = "choice";
    roundtrip_input in = {"owl", "fine", many, RECORD_MAX_LIST_ITEMS + 1};
    roundtrip_result out;
    CHECK(roundtrip(dir, &in, &out) == 0 && out.header_written == 1 && out.decision_written == 0);
    in.n_texts = RECORD_MAX_LIST_ITEMS;
    CHECK(roundtrip(dir, &in, &out) == 0 && out.header_written == 1 && out.decision_written == 1);
}

/* The refusal says what and why, and the session never moved. */
static void test_session_refuses_latin1(void)
{
    char path[700];
    snprintf(path, sizeof path, "%s/small-example.lua", fixtures);
    cw_error err = {CW_OK, ""};
    cw_scenario *sc = cw_scenario_load(path, &err);
    CHECK(sc != NULL);
    if (!sc)
        return;
    char records[128];
    snprintf(records, sizeof records, "%s/latin1", dir);
    cw_session_options o = {"cps", "Zo\xeb", records, CW_MODE_PRACTICE, 1, 1, 0, NULL, NULL};
    CHECK(cw_session_start(sc, &o, &err) == NULL && err.kind == CW_ERR_INPUT && strstr(err.message, "UTF-8"));
    o.trainee = "owl";
    cw_session *s = cw_session_start(sc, &o, &err);
    CHECK(s != NULL);
    if (s) {
        CHECK(cw_session_choose(s, 0, "caf\xe9", &err) == -1 && err.kind == CW_ERR_INPUT);
        CHECK(strstr(err.message, "reason is not valid UTF-8") != NULL);
        CHECK(cw_session_result_count(s) == 0);
        err.kind = CW_OK;
        CHECK(cw_session_choose(s, 0, "caf\xc3\xa9", &err) == 0); /* the same session goes on */
        cw_session_free(s);
    }
    cw_scenario_free(sc);
}

/* ---- reading hostile lines ------------------------------------------------------------------ */

#define HEADER_LINE                                                                                    \
    "{\"type\":\"header\",\"seq\":0,\"id\":\"11111111-1111-4111-8111-111111111111\","                \
    "\"time\":\"2026-11-22T08:00:00.000Z\",\"schema\":1,\"trainee\":\"owl\",\"seed\":\"1\"}\n"

static void test_many_keys_linear(void)
{
    size_t cap = RECORD_MAX_LINE_BYTES + 4096, len = 0;
    char *text = malloc(cap);
    len += (size_t)snprintf(text, cap, "%s{\"type\":\"scene\",\"seq\":1", HEADER_LINE);
    int keys = 0;
    while (len < sizeof HEADER_LINE + RECORD_MAX_LINE_BYTES - 32)
        len += (size_t)snprintf(text + len, cap - len, ",\"k%d\":0", keys++);
    len += (size_t)snprintf(text + len, cap - len, "}\n");
    const char *path = write_file("keys.jsonl", text, len);
    struct timespec t0, t1;
    cw_error err = {CW_OK, ""};
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = record_read(path, ignore_line, NULL, NULL, &err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    CHECK(rc == 0);
    CHECK(keys > 90000);
    CHECK(seconds < SECONDS_FOR_1_MIB); /* the quadratic check took 15 to 36 s */
    printf("a 1 MiB line of %d distinct keys read in %.3f s\n", keys, seconds);
    /* and the same line with its first key repeated at its end is refused */
    len = len - 2 + (size_t)snprintf(text + len - 2, cap - len + 2, ",\"k0\":1}\n");
    path = write_file("keys-dup.jsonl", text, len);
    CHECK(record_read(path, ignore_line, NULL, NULL, &err) == -1);
    CHECK(strstr(err.message, "keys-dup.jsonl:2: a key appears twice") != NULL);
    free(text);
}

static void expect_refused(const char *name, const char *second_line, int line, const char *why)
{
    char text[2048];
    int len = snprintf(text, sizeof text, "%s%s\n", line == 1 ? "" : HEADER_LINE, second_line);
    const char *path = write_file(name, text, (size_t)len);
    cw_error err = {CW_OK, ""};
    record_tail tail;
    int rc = record_read(path, ignore_line, NULL, &tail, &err);
    char expected[512];
    snprintf(expected, sizeof expected, "%s:%d: %s", path, line, why);
    CHECK(rc == -1 && err.kind == CW_ERR_INPUT);
    if (strncmp(err.message, expected, strlen(expected)) != 0) {
        CHECK(!"refusal names file, line and why");
        fprintf(stderr, "  got:      %s\n  expected: %s...\n", err.message, expected);
    }
}

#define LINE(fields) "{\"type\":\"scene\",\"seq\":1,\"id\":\"22222222-2222-4222-8222-222222222222\"," fields "}"
#define TIME(t) LINE("\"time\":\"" t "\"")
#define HEADER_WITH(fields)                                                                          \
    "{\"type\":\"header\",\"seq\":0,\"id\":\"11111111-1111-4111-8111-111111111111\","              \
    "\"time\":\"2026-11-22T08:00:00.000Z\",\"schema\":1," fields "}"

static void test_fields_checked_on_reading(void)
{
    static const char *bad_time = "\"time\" is not a UTC time";
    expect_refused("feb30.jsonl", TIME("2026-02-30T08:00:00.000Z"), 2, bad_time);
    expect_refused("month13.jsonl", TIME("2026-13-01T08:00:00.000Z"), 2, bad_time);
    expect_refused("notleap.jsonl", TIME("2025-02-29T08:00:00Z"), 2, bad_time);
    expect_refused("hour24.jsonl", TIME("2026-11-22T24:00:00Z"), 2, bad_time);
    expect_refused("nozone.jsonl", TIME("2026-11-22T08:00:00.000"), 2, bad_time);
    expect_refused("shape.jsonl", TIME("t"), 2, bad_time);
    static const char *bad_seed = "\"seed\" is not a decimal number";
    expect_refused("overflow.jsonl", HEADER_WITH("\"seed\":\"18446744073709551616\""), 1, bad_seed);
    expect_refused("huge.jsonl", HEADER_WITH("\"seed\":\"99999999999999999999\""), 1, bad_seed);
    expect_refused("negative.jsonl", HEADER_WITH("\"seed\":\"-1\""), 1, bad_seed);
    expect_refused("float.jsonl", HEADER_WITH("\"seed\":\"1e5\""), 1, bad_seed);
    expect_refused("number.jsonl", HEADER_WITH("\"seed\":12"), 1, bad_seed);
    expect_refused("email.jsonl", HEADER_WITH("\"trainee\":\"someone@example.org\""), 1, "the trainee id looks like an e-mail");
    expect_refused("escape.jsonl", HEADER_WITH("\"trainee\":\"owl\\u001b[2J\""), 1, "the trainee pseudonym holds a control");
    expect_refused("c1.jsonl", HEADER_WITH("\"trainee\":\"owl\\u009b\""), 1, "the trainee pseudonym holds a control");
    expect_refused("toolong.jsonl", HEADER_WITH("\"trainee\":\"" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" "\""), 1,
                   "the trainee pseudonym is longer");
    expect_refused("shown.jsonl",
                   LINE("\"shown\":[\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\","
                        "\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\","
                        "\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\","
                        "\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\",\"a\","
                        "\"a\",\"a\",\"a\"]"),
                   2, "\"shown\" holds 65 items");
    /* what is fine */
    static const char fine[] = HEADER_WITH("\"seed\":\"18446744073709551615\",\"trainee\":\"Zoë-3\"") "\n" TIME(
        "2024-02-29T23:59:59Z") "\n" TIME("2026-11-22T08:00:00.123456789Z") "\n";
    const char *path = write_file("fine.jsonl", fine, sizeof fine - 1);
    cw_error err = {CW_OK, ""};
    CHECK(record_read(path, ignore_line, NULL, NULL, &err) == 0);
    CHECK(record_time_valid("2024-02-29T23:59:59Z") && record_time_valid("2026-11-22T08:00:00.123Z"));
    uint64_t seed = 0;
    CHECK(record_seed_parse("18446744073709551615", &seed) == 0 && seed == UINT64_MAX);
    CHECK(record_seed_parse("18446744073709551616", &seed) == -1 && record_seed_parse("", &seed) == -1);
    CHECK(record_pseudonym_problem("Zoë-3") == NULL && record_pseudonym_problem("") != NULL);
}

/* ---- what a failed line says ---------------------------------------------------------------- */

/* Bytes the first decision adds to a record (with the lines it brings), measured on a dry run. */
static long decision_line_bytes(cw_scenario *sc, const char *records)
{
    cw_session_options o = {"cps", "owl", records, CW_MODE_PRACTICE, 7, 1, 0, NULL, NULL};
    cw_error err = {CW_OK, ""};
    cw_session *s = cw_session_start(sc, &o, &err);
    if (!s)
        return -1;
    char path[512];
    snprintf(path, sizeof path, "%s", cw_session_record_path(s));
    long before = record_lines_size(path);
    cw_session_choose(s, 0, "first", &err);
    FILE *f = fopen(path, "r");
    long bytes = -1;
    if (f && fseek(f, before, SEEK_SET) == 0) {
        char line[8192];
        if (fgets(line, sizeof line, f) && strstr(line, "\"type\":\"decision\""))
            bytes = (long)strlen(line);
    }
    if (f)
        fclose(f);
    cw_session_free(s);
    return bytes;
}

static void test_decision_waits_for_its_scene(void)
{
    char path[700], records[128];
    snprintf(path, sizeof path, "%s/small-example.lua", fixtures);
    cw_error err = {CW_OK, ""};
    cw_scenario *sc = cw_scenario_load(path, &err);
    CHECK(sc != NULL);
    if (!sc)
        return;
    snprintf(records, sizeof records, "%s/dry", dir);
    long decision = decision_line_bytes(sc, records);
    CHECK(decision > 100);
    snprintf(records, sizeof records, "%s/limit", dir);
    cw_session_options o = {"cps", "owl", records, CW_MODE_PRACTICE, 7, 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &o, &err);
    CHECK(s != NULL);
    if (!s || decision <= 0) {
        cw_session_free(s);
        cw_scenario_free(sc);
        return;
    }
    char record[512];
    snprintf(record, sizeof record, "%s", cw_session_record_path(s));
    /* Room for the decision line (its "ms" may be a few digits longer) but not the scene after it:
     * the two are written and synced together, so neither is kept and the decision is not saved. */
    struct rlimit saved, limit;
    getrlimit(RLIMIT_FSIZE, &saved);
    limit = saved;
    limit.rlim_cur = (rlim_t)(record_lines_size(record) + decision + 8);
    setrlimit(RLIMIT_FSIZE, &limit);
    int rc = cw_session_choose(s, 0, "first", &err);
    setrlimit(RLIMIT_FSIZE, &saved);
    CHECK(rc == -1 && err.kind == CW_ERR_NOT_SAVED);
    CHECK(strstr(err.message, "the last decision was NOT saved") != NULL);
    CHECK(strstr(err.message, "decisions before this point are saved") == NULL);
    /* and the record holds whole lines, without the decision */
    FILE *f = fopen(record, "r");
    char line[8192];
    int decisions = 0, lines = 0;
    while (f && fgets(line, sizeof line, f)) {
        lines++;
        decisions += strstr(line, "\"type\":\"decision\"") != NULL;
        CHECK(line[strlen(line) - 1] == '\n');
    }
    if (f)
        fclose(f);
    CHECK(decisions == 0 && lines >= 2);
    cw_session_free(s);
    cw_scenario_free(sc);
}

/* An owl's CPS session of small-example with its record in DIR/folder: the scenario's file in
 * path, the scenario in *sc (the caller frees it and the session), the record's path in record.
 * NULL, with nothing left open, when it cannot start. */
static cw_session *start_recorded(const char *folder, char path[700], cw_scenario **sc, char record[512])
{
    char records[128];
    snprintf(path, 700, "%s/small-example.lua", fixtures);
    snprintf(records, sizeof records, "%s/%s", dir, folder);
    cw_error err = {CW_OK, ""};
    *sc = cw_scenario_load(path, &err);
    cw_session_options o = {"cps", "owl", records, CW_MODE_PRACTICE, 7, 1, 0, NULL, NULL};
    cw_session *s = *sc ? cw_session_start(*sc, &o, &err) : NULL;
    CHECK(s != NULL);
    if (!s) {
        cw_scenario_free(*sc);
        return NULL;
    }
    snprintf(record, 512, "%s", cw_session_record_path(s));
    return s;
}

/* A resumed record whose torn last line was cut off, then a write that fails halfway: the record
 * is cut back to where it ended after the cut, not to its length before it (which would leave
 * the torn bytes' length in NUL bytes), and holds whole lines only. */
static void test_failed_write_after_resume_cut(void)
{
    char path[700], record[512], notice[600] = "";
    cw_error err = {CW_OK, ""};
    cw_scenario *sc;
    cw_session *s = start_recorded("resumed", path, &sc, record);
    if (!s)
        return;
    cw_session_free(s);
    cw_scenario_free(sc);
    FILE *f = fopen(record, "a");
    const char torn[] = "{\"type\":\"decision\",\"seq\":3,\"id\":\"0ecadd17-2872-443c-b465-9023211dc8e9\",\"ti";
    CHECK(f && fputs(torn, f) >= 0);
    if (f)
        fclose(f);
    s = cw_session_resume(record, path, notice, sizeof notice, &err);
    CHECK(s != NULL && strstr(notice, "set aside") != NULL);
    if (!s)
        return;
    long cut = record_lines_size(record);
    struct rlimit saved, limit;
    getrlimit(RLIMIT_FSIZE, &saved);
    limit = saved;
    limit.rlim_cur = (rlim_t)(cut + 40); /* part of the decision line, then EFBIG */
    setrlimit(RLIMIT_FSIZE, &limit);
    int rc = cw_session_choose(s, 0, "first", &err);
    setrlimit(RLIMIT_FSIZE, &saved);
    CHECK(rc == -1 && err.kind == CW_ERR_NOT_SAVED);
    CHECK(record_lines_size(record) == cut);
    f = fopen(record, "r");
    char line[8192];
    int lines = 0, whole = 1;
    while (f && fgets(line, sizeof line, f)) {
        lines++;
        whole &= line[strlen(line) - 1] == '\n';
    }
    if (f)
        fclose(f);
    CHECK(lines >= 2 && whole);
    cw_session_free(s);
}

/* The whole of the file at path, malloc'd, its length in *len (NULL if it cannot be read). */
static char *slurp(const char *path, long *len)
{
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    *len = -1;
    if (f && fseek(f, 0, SEEK_END) == 0 && (*len = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (data = malloc((size_t)*len + 1)) && fread(data, 1, (size_t)*len, f) == (size_t)*len)
        data[*len] = '\0';
    else
        free(data), data = NULL;
    if (f)
        fclose(f);
    return data;
}

/* 1 when every line of the file is whole, starts its JSON at once and nothing follows the last. */
static int lines_only(const char *path)
{
    long len;
    char *data = slurp(path, &len);
    int ok = data && len > 0 && data[len - 1] == '\n';
    for (long i = 0; ok && i < len; i++)
        ok = (i == 0 || data[i - 1] == '\n' ? data[i] == '{' : 1) && data[i] != '\0';
    free(data);
    return ok;
}

static int count_decisions(void *ud, const cJSON *line, int line_no, cw_error *err)
{
    (void)line_no, (void)err;
    *(int *)ud += strcmp(record_string(line, "type"), "decision") == 0;
    return 0;
}

/* A session that stops without closing its record (a crash, a power loss) leaves the spaces its
 * writer put ahead of its lines: the record reads as its lines, a resume goes on from the last
 * one without leaving the spaces between them, and a torn line before the spaces is set aside
 * without them. */
static void test_crash_leaves_spaces_ahead(void)
{
    char path[700], record[512];
    cw_error err = {CW_OK, ""};
    cw_scenario *sc;
    cw_session *s = start_recorded("crashed", path, &sc, record);
    if (!s)
        return;
    long running_len, lines = record_lines_size(record);
    char *running = slurp(record, &running_len); /* the file as a crash would leave it */
    CHECK(running && running_len > lines + 4096 && lines > 0);
    record_tail tail;
    CHECK(record_read(record, ignore_line, NULL, &tail, &err) == 0 && !tail.torn && tail.good_bytes == lines &&
          tail.end_bytes == lines);
    cw_session_free(s);
    cw_scenario_free(sc);
    CHECK(lines_only(record) && record_lines_size(record) == lines); /* closed: the spaces are cut */
    if (!running)
        return;

    /* resumed from the crash: no spaces left between the lines */
    CHECK(rename(write_file("crashed-copy", running, (size_t)running_len), record) == 0);
    char notice[600] = "";
    s = cw_session_resume(record, path, notice, sizeof notice, &err);
    CHECK(s != NULL && notice[0] == '\0');
    if (!s)
        fprintf(stderr, "  resume after a crash: %s\n", err.message);
    CHECK(s && cw_session_choose(s, 0, "after the crash", &err) == 0);
    cw_session_free(s);
    int decisions = 0;
    CHECK(lines_only(record) && record_read(record, count_decisions, &decisions, &tail, &err) == 0 &&
          decisions == 1 && !tail.torn);

    /* a torn line before the spaces: set aside alone */
    const char torn[] = "{\"type\":\"decision\",\"seq\":3,\"ti";
    memcpy(running + lines, torn, sizeof torn - 1);
    CHECK(rename(write_file("crashed-copy", running, (size_t)running_len), record) == 0);
    s = cw_session_resume(record, path, notice, sizeof notice, &err);
    char *aside = strstr(notice, "set aside in ");
    CHECK(s != NULL && aside != NULL);
    if (aside) {
        aside += strlen("set aside in ");
        char *end = strstr(aside, " and the session");
        if (end)
            *end = '\0';
        long aside_len;
        char *kept = slurp(aside, &aside_len);
        CHECK(kept && aside_len == (long)sizeof torn - 1 && memcmp(kept, torn, sizeof torn - 1) == 0);
        free(kept);
    }
    cw_session_free(s);
    CHECK(lines_only(record));
    free(running);
}

/* The line check reads eight ASCII bytes at a time: a problem must be found wherever it lies
 * against those words (first byte, last byte, across a boundary, after a multi-byte character),
 * and the first of two problems named as the checks come (NUL, then UTF-8, then structure). */
static void test_line_check_at_every_offset(void)
{
    char line[160];
    for (int at = 0; at < 40; at++) { /* 40 bytes: two words of sixteen, one of eight */
        memset(line, 'a', sizeof line);
        line[at] = '\0';
        CHECK(strcmp(record_line_problem(line, 40) ? record_line_problem(line, 40) : "", "line holds a NUL byte") == 0);
        line[at] = (char)0xff;
        CHECK(strcmp(record_line_problem(line, 40) ? record_line_problem(line, 40) : "", "line is not valid UTF-8") == 0);
        int nul = 39 - at % 8; /* a NUL before or after the bad byte comes first */
        line[nul] = '\0';
        if (nul != at)
            CHECK(strcmp(record_line_problem(line, 40), "line holds a NUL byte") == 0);
    }
    /* 16 opening brackets pass and 17 do not, wherever the words (of eight or sixteen bytes)
     * split them; a UTF-8 character first shifts the rest off the grid */
    for (int shift = 0; shift < 17; shift++) {
        for (int depth = 16; depth <= 17; depth++) {
            size_t n = 0;
            for (int i = 0; i < shift; i++)
                line[n++] = ' ';
            memcpy(line + n, "\"\xc3\xa9\",", 5);
            n += 5;
            for (int i = 0; i < depth; i++)
                line[n++] = i % 2 ? '[' : '{';
            for (int i = depth - 1; i >= 0; i--)
                line[n++] = i % 2 ? ']' : '}';
            const char *why = record_line_problem(line, n);
            CHECK(depth == 16 ? why == NULL : why != NULL && strcmp(why, "nested too deeply") == 0);
        }
    }
    /* brackets inside strings count toward the walk but not the depth; an escaped NUL anywhere */
    const char *quoted = "{\"a\":\"[[[[[[[[[[[[[[[[[[[[\"}";
    CHECK(record_line_problem(quoted, strlen(quoted)) == NULL);
    const char *escaped = "{\"some words first\":\"x\\u0000\"}";
    CHECK(record_line_problem(escaped, strlen(escaped)) != NULL &&
          strcmp(record_line_problem(escaped, strlen(escaped)), "a string holds \\u0000") == 0);
    const char *backslash = "{\"a\":\"\\\\u0000 is text\"}"; /* an escaped backslash, then u0000 */
    CHECK(record_line_problem(backslash, strlen(backslash)) == NULL);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_records FIXTURES_DIR\n");
        return 2;
    }
    snprintf(fixtures, sizeof fixtures, "%s", argv[1]);
    snprintf(dir, sizeof dir, "/tmp/cw-test-records-XXXXXX");
    if (!mkdtemp(dir))
        return 2;
    test_roundtrip_hostile();
    test_session_refuses_latin1();
    test_many_keys_linear();
    test_fields_checked_on_reading();
    test_decision_waits_for_its_scene();
    test_failed_write_after_resume_cut();
    test_crash_leaves_spaces_ahead();
    test_line_check_at_every_offset();
    char cleanup[128];
    snprintf(cleanup, sizeof cleanup, "rm -rf %s", dir);
    if (system(cleanup) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_report("records");
}
