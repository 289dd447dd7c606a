/* test_units.c — the engine's small parts on their own: SHA-256, the seeded generator, the
 * record reader's refusals, the record writer's permissions and its printing of lines against
 * cJSON's own, the --choose syntax, and texts filled
 * in from a plan made at load, byte for byte as the scan at every step fills them. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "answers.h"
#include "check.h"
#include "ids.h"
#include "record_nodes.h"
#include "record_print.h"
#include "record_read.h"
#include "record_rules.h"
#include "record_write.h"
#include "rng.h"
#include "sha256.h"
#include "text.h"
#include "text_plan.h"

static char dir[256];

static void test_sha256(void)
{
    char hex[65];
    /* FIPS 180-4 examples and the empty string. */
    sha256_hex("", 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha256_hex("abc", 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha256_hex(two_blocks, strlen(two_blocks), hex);
    CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    /* Fed in uneven pieces, the digest is the same. */
    sha256_ctx ctx;
    unsigned char digest[32];
    sha256_init(&ctx);
    for (size_t i = 0; i < strlen(two_blocks); i += 7)
        sha256_update(&ctx, two_blocks + i, strlen(two_blocks) - i < 7 ? strlen(two_blocks) - i : 7);
    sha256_final(&ctx, digest);
    CHECK(digest[0] == 0x24 && digest[31] == 0xc1);
}

static void test_rng(void)
{
    cw_rng a, b;
    rng_seed(&a, 42);
    rng_seed(&b, 42);
    int same = 1;
    for (int i = 0; i < 1000; i++)
        same &= rng_next(&a) == rng_next(&b);
    CHECK(same);
    rng_seed(&b, 43);
    CHECK(rng_next(&a) != rng_next(&b));
    int counts[3] = {0, 0, 0}, in_range = 1;
    for (int i = 0; i < 30000; i++) {
        uint64_t v = rng_below(&a, 3);
        in_range &= v < 3;
        if (v < 3)
            counts[v]++;
    }
    CHECK(in_range);
    CHECK(counts[0] > 9000 && counts[1] > 9000 && counts[2] > 9000);
    double u = rng_unit(&a);
    CHECK(u >= 0.0 && u < 1.0);
}

static int count_lines(void *ud, const cJSON *line, int line_no, cw_error *err)
{
    (void)line, (void)line_no, (void)err;
    (*(int *)ud)++;
    return 0;
}

/* Writes content to a file and reads it back as a record. */
static int read_text(const char *content, size_t len, int *lines, record_tail *tail, cw_error *err)
{
    char path[300];
    snprintf(path, sizeof path, "%s/r.jsonl", dir);
    FILE *f = fopen(path, "wb");
    fwrite(content, 1, len, f);
    fclose(f);
    *lines = 0;
    memset(err, 0, sizeof *err);
    return record_read(path, count_lines, lines, tail, err);
}

#define READ(text, lines, tail, err) read_text(text, sizeof(text) - 1, lines, tail, err)

static void test_record_read(void)
{
    int lines;
    record_tail tail;
    cw_error err;
    CHECK(READ("{\"a\":1}\n{\"b\":\"x\"}\n", &lines, &tail, &err) == 0 && lines == 2 && !tail.torn);
    CHECK(tail.good_bytes == 18);
    /* A torn last line (no newline) is set aside, the rest is used. */
    CHECK(READ("{\"a\":1}\n{\"b\":\"x", &lines, &tail, &err) == 0 && lines == 1 && tail.torn);
    CHECK(tail.good_bytes == 8 && tail.torn_line_no == 2);
    /* The same damage in the middle is an error naming file and line. */
    CHECK(READ("{\"a\":1}\n{\"b\":\n{\"c\":2}\n", &lines, &tail, &err) == -1);
    CHECK(strstr(err.message, "r.jsonl:2:") != NULL);
    /* Ambiguous or hostile JSON, followed by a good line so it is not the torn tail. */
    const char *cases[][2] = {
        {"{\"a\":1,\"a\":2}\n{}\n", "twice"},
        {"{\"a\":1e999}\n{}\n", "finite"},
        {"{\"a\":\"x\\u0000y\"}\n{}\n", "u0000"},
        {"{\"a\":[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]}\n{}\n", "deeply"},
        {"{\"a\":\"\xff\"}\n{}\n", "UTF-8"},
        {"[1,2]\n{}\n", "object"},
        {"{\"a\":1} x\n{}\n", "after"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int rc = read_text(cases[i][0], strlen(cases[i][0]), &lines, &tail, &err);
        CHECK(rc == -1);
        CHECK(strstr(err.message, cases[i][1]) != NULL && strstr(err.message, ":1:") != NULL);
    }
    /* A line over 1 MiB is refused. */
    size_t big = RECORD_MAX_LINE_BYTES + 16;
    char *huge = malloc(big + 8);
    memcpy(huge, "{\"a\":\"", 6);
    memset(huge + 6, 'x', big - 8);
    memcpy(huge + big - 2, "\"}\n{}\n", 6);
    CHECK(read_text(huge, big + 4, &lines, &tail, &err) == -1 && strstr(err.message, "1 MiB"));
    free(huge);
}

static void test_record_write(void)
{
    mode_t old = umask(0); /* permissions must not depend on the umask */
    char records[300];
    snprintf(records, sizeof records, "%s/deep/records", dir);
    record_writer w;
    cw_error err = {CW_OK, ""};
    CHECK(record_create(&w, records, "s.jsonl", &err) == 0);
    char id[37] = "";
    cJSON *line = cJSON_CreateObject();
    cJSON_AddStringToObject(line, "scene", "arrival");
    CHECK(record_append(&w, "scene", line, id, &err) == 0);
    CHECK(strlen(id) == 36 && id[14] == '4');
    CHECK(record_append(&w, "scene", cJSON_CreateObject(), NULL, &err) == 0);
    record_close(&w);
    umask(old);
    struct stat st;
    char path[400];
    snprintf(path, sizeof path, "%s/s.jsonl", records);
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
    CHECK(stat(records, &st) == 0 && (st.st_mode & 0777) == 0700);
    int lines = 0;
    record_tail tail;
    CHECK(record_read(path, count_lines, &lines, &tail, &err) == 0 && lines == 2 && !tail.torn);
    FILE *f = fopen(path, "r");
    char text[512] = "";
    CHECK(f && fgets(text, sizeof text, f));
    if (f)
        fclose(f);
    CHECK(strncmp(text, "{\"type\":\"scene\",\"seq\":0,\"id\":\"", 30) == 0);
    CHECK(strstr(text, "\"scene\":\"arrival\"}\n") != NULL);
    /* Creating the same name again is refused rather than overwriting a record. */
    CHECK(record_create(&w, records, "s.jsonl", &err) == -1 && err.kind == CW_ERR_NOT_SAVED);
}

static long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

/* A new record r.jsonl in the folder folder of the test's directory; its path in path. */
static int create_record(record_writer *w, const char *folder, char *path, size_t path_size, cw_error *err)
{
    char records[300];
    snprintf(records, sizeof records, "%s/%s", dir, folder);
    snprintf(path, path_size, "%s/r.jsonl", records);
    return record_create(w, records, "r.jsonl", err);
}

/* A held line reaches the file only with the next appended one, in one write, numbered in order;
 * closing the writer writes what is still held, and a line the rules refuse writes it at once. */
static void test_record_hold(void)
{
    char path[400];
    record_writer w;
    cw_error err = {CW_OK, ""};
    CHECK(create_record(&w, "held", path, sizeof path, &err) == 0);
    CHECK(record_hold(&w, "decision", cJSON_CreateObject(), NULL, &err) == 0);
    CHECK(record_hold(&w, "phase", cJSON_CreateObject(), NULL, &err) == 0);
    CHECK(file_size(path) == 0);
    CHECK(record_append(&w, "scene", cJSON_CreateObject(), NULL, &err) == 0);
    long three = file_size(path);
    int lines = 0;
    record_tail tail;
    CHECK(three > 0 && record_read(path, count_lines, &lines, &tail, &err) == 0 && lines == 3);
    FILE *f = fopen(path, "r");
    char text[512] = "";
    for (int seq = 0; f && seq < 3 && fgets(text, sizeof text, f); seq++) {
        char want[40];
        snprintf(want, sizeof want, "\"seq\":%d,", seq);
        CHECK(strstr(text, want) != NULL);
    }
    if (f)
        fclose(f);
    /* refused (not finite): what was held is written, the refused line is not */
    CHECK(record_hold(&w, "decision", cJSON_CreateObject(), NULL, &err) == 0);
    cJSON *bad = cJSON_CreateObject();
    cJSON_AddNumberToObject(bad, "x", INFINITY);
    CHECK(record_append(&w, "scene", bad, NULL, &err) == -1 && err.kind == CW_ERR_INPUT);
    lines = 0;
    CHECK(record_read(path, count_lines, &lines, &tail, &err) == 0 && lines == 4 && !tail.torn);
    CHECK(record_hold(&w, "ending", cJSON_CreateObject(), NULL, &err) == 0);
    lines = 0;
    CHECK(record_read(path, count_lines, &lines, &tail, &err) == 0 && lines == 4);
    record_close(&w);
    lines = 0;
    CHECK(record_read(path, count_lines, &lines, &tail, &err) == 0 && lines == 5 && !tail.torn);
    /* closed, the record is its lines and nothing after them: the spaces written ahead are cut */
    CHECK(file_size(path) == tail.good_bytes && tail.end_bytes == tail.good_bytes);
}

/* record_print's text of item, NUL-terminated (the caller frees). */
static char *printed(const cJSON *item)
{
    strbuf b = {0};
    record_print(item, &b);
    return strbuf_take(&b);
}

/* 1 when record_print prints ours as cJSON_PrintUnformatted prints theirs. */
static int prints_as_cjson(const cJSON *ours, const cJSON *theirs)
{
    char *a = printed(ours), *b = cJSON_PrintUnformatted(theirs);
    int same = a && b && strcmp(a, b) == 0;
    free(a);
    free(b);
    return same;
}

/* A line built from the writer's reused nodes is the line cJSON would build: it prints the same,
 * across chunks, and the writer lets go of both kinds (cJSON's freed, its own taken back). */
static void test_record_nodes(void)
{
    record_nodes pool = {0};
    cJSON *mine = record_node(&pool, cJSON_Object), *theirs = cJSON_CreateObject();
    record_node_add(mine, "a", record_node_string(&pool, "x\"y"));
    cJSON_AddStringToObject(theirs, "a", "x\"y");
    cJSON *numbers = record_node(&pool, cJSON_Array);
    record_node_add(mine, "n", numbers);
    const double values[] = {1, 2.5, -3, 1e300, 4294967296.0};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++)
        record_node_add(numbers, NULL, record_node_number(&pool, values[i]));
    cJSON_AddItemToObject(theirs, "n", cJSON_CreateDoubleArray(values, 5));
    cJSON *inner = record_node(&pool, cJSON_Object);
    record_node_add(mine, "o", inner);
    record_node_add(inner, "t", record_node(&pool, cJSON_True));
    record_node_add(inner, "f", record_node(&pool, cJSON_False));
    cJSON *their_inner = cJSON_AddObjectToObject(theirs, "o");
    cJSON_AddTrueToObject(their_inner, "t");
    cJSON_AddFalseToObject(their_inner, "f");
    record_node_add(mine, "e", record_node(&pool, cJSON_Array));
    cJSON_AddArrayToObject(theirs, "e");
    CHECK(prints_as_cjson(mine, theirs));
    CHECK(cJSON_GetObjectItemCaseSensitive(mine, "o") == inner && cJSON_GetArraySize(numbers) == 5);
    cJSON_Delete(theirs);

    /* 1,000 nodes: many chunks, none moved while the line grows */
    record_nodes_reset(&pool);
    cJSON *many = record_node(&pool, cJSON_Array);
    int counts[999];
    for (int i = 0; i < 999; i++) {
        counts[i] = i * 7;
        record_node_add(many, NULL, record_node_number(&pool, counts[i]));
    }
    cJSON *same = cJSON_CreateIntArray(counts, 999);
    CHECK(prints_as_cjson(many, same));
    CHECK(pool.used == 1000 && record_nodes_own(&pool, many) && record_nodes_own(&pool, many->child->prev));
    CHECK(!record_nodes_own(&pool, same));
    cJSON_Delete(same);
    record_nodes_reset(&pool);
    CHECK(pool.used == 0 && pool.n_chunks <= 4);
    record_nodes_free(&pool);

    /* the writer: cJSON's line, its own, a refused one of its own, then cJSON's again */
    char path[400];
    record_writer w;
    cw_error err = {CW_OK, ""};
    CHECK(create_record(&w, "nodes", path, sizeof path, &err) == 0);
    cJSON *line = cJSON_CreateObject();
    cJSON_AddStringToObject(line, "scene", "first");
    CHECK(record_hold(&w, "scene", line, NULL, &err) == 0);
    line = record_node(&w.nodes, cJSON_Object);
    record_node_add(line, "scene", record_node_string(&w.nodes, "second"));
    CHECK(record_append(&w, "scene", line, NULL, &err) == 0);
    line = record_node(&w.nodes, cJSON_Object);
    record_node_add(line, "x", record_node_number(&w.nodes, NAN));
    CHECK(record_append(&w, "scene", line, NULL, &err) == -1 && err.kind == CW_ERR_INPUT);
    CHECK(w.nodes.used == 0);
    line = cJSON_CreateObject();
    cJSON_AddStringToObject(line, "scene", "third");
    CHECK(record_append(&w, "scene", line, NULL, &err) == 0);
    record_close(&w);
    FILE *f = fopen(path, "r");
    char text[512] = "";
    const char *scenes[] = {"\"scene\":\"first\"}\n", "\"scene\":\"second\"}\n", "\"scene\":\"third\"}\n"};
    for (int seq = 0; seq < 3; seq++) {
        char want[40];
        snprintf(want, sizeof want, "\"type\":\"scene\",\"seq\":%d,", seq);
        CHECK(f && fgets(text, sizeof text, f) && strncmp(text + 1, want, strlen(want)) == 0 &&
              strstr(text, scenes[seq]) != NULL);
    }
    CHECK(f && !fgets(text, sizeof text, f));
    if (f)
        fclose(f);
}

/* The writer prints lines itself; cJSON_PrintUnformatted is the oracle: the same text for every
 * string and for the numbers a record holds, and for any other number a text that reads back as
 * the same double. */
static void test_record_print(void)
{
    char every[128];
    for (int c = 1; c < 128; c++)
        every[c - 1] = (char)c;
    every[127] = '\0';
    const char *strings[] = {"", every, "Ni\xc3\xb1o \xe2\x80\x94 \xe2\x80\x9cquoted\xe2\x80\x9d", "a\"b\\c/d\x7f",
                             "\x01\x1f tab\there\r\n"};
    for (size_t i = 0; i < sizeof strings / sizeof *strings; i++) {
        cJSON *item = cJSON_CreateString(strings[i]);
        CHECK(prints_as_cjson(item, item));
        cJSON_Delete(item);
    }
    /* strings of any bytes but NUL, at every length and alignment around the eight-byte steps */
    cw_rng bytes_rng;
    rng_seed(&bytes_rng, 77);
    int random_same = 1;
    for (int round = 0; round < 3000; round++) {
        char text[48];
        size_t len = (size_t)rng_below(&bytes_rng, sizeof text);
        for (size_t i = 0; i < len; i++) /* mostly plain letters, so that whole words pass */
            text[i] = (char)(rng_below(&bytes_rng, 4) ? 'a' + rng_below(&bytes_rng, 26) : 1 + rng_below(&bytes_rng, 255));
        text[len] = '\0';
        cJSON *item = cJSON_CreateString(text);
        random_same &= prints_as_cjson(item, item);
        cJSON_Delete(item);
    }
    CHECK(random_same);
    /* text equal to cJSON's: whole numbers in int range, and fractions (15 digits, else 17) */
    const double same[] = {0, 1, -1, 42, 2147483647.0, -2147483648.0, 0.5, 0.1, 1.0 / 3, -2.5e-7, 123456.789, 1e300};
    for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
        cJSON *item = cJSON_CreateNumber(same[i]);
        CHECK(prints_as_cjson(item, item));
        cJSON_Delete(item);
    }
    /* digits where cJSON would write an exponent; read back exactly either way */
    const struct {
        double value;
        const char *text;
    } whole[] = {{1e14, "100000000000000"}, {-999999999999999.0, "-999999999999999"}, {-0.0, "0"},
                 {4294967296.0, "4294967296"}, {1e15, "1e+15"}, {1.0 / 3, "0.33333333333333331"}};
    for (size_t i = 0; i < sizeof whole / sizeof *whole; i++) {
        cJSON *item = cJSON_CreateNumber(whole[i].value);
        char *ours = printed(item);
        CHECK(ours && strcmp(ours, whole[i].text) == 0);
        cJSON *back = ours ? cJSON_Parse(ours) : NULL;
        CHECK(back && cJSON_IsNumber(back) && back->valuedouble == whole[i].value);
        cJSON_Delete(back);
        free(ours);
        cJSON_Delete(item);
    }
    /* a whole line: nesting, every kind of item, borrowed keys and strings */
    cJSON *line = cJSON_Parse("{\"a\":[1,-2,0.25,true,false,null,\"x\",[],{}],\"b\":{\"c\":{\"d\":[[\"e\"]]}},\"f\":\"\"}");
    cJSON *borrowed = cJSON_CreateStringReference("kept");
    CHECK(line && borrowed && cJSON_AddItemToObjectCS(line, "ref", borrowed));
    CHECK(prints_as_cjson(line, line));
    cJSON_Delete(line);
}

/* A line refused for its text (not UTF-8) is taken off what is held: the line held before it is
 * written whole on its own, and the record reads back with nothing torn. */
static void test_record_refused_text(void)
{
    char path[400];
    record_writer w;
    cw_error err = {CW_OK, ""};
    CHECK(create_record(&w, "refused", path, sizeof path, &err) == 0);
    CHECK(record_hold(&w, "decision", cJSON_CreateObject(), NULL, &err) == 0);
    cJSON *bad = cJSON_CreateObject();
    cJSON_AddStringToObject(bad, "reason", "caf\xe9 \xff");
    CHECK(record_append(&w, "scene", bad, NULL, &err) == -1 && err.kind == CW_ERR_INPUT);
    CHECK(strstr(err.message, "cannot be recorded") != NULL);
    CHECK(record_append(&w, "scene", cJSON_CreateObject(), NULL, &err) == 0);
    record_close(&w);
    int lines = 0;
    record_tail tail;
    CHECK(record_read(path, count_lines, &lines, &tail, &err) == 0 && lines == 2 && !tail.torn);
    FILE *f = fopen(path, "r");
    char text[512] = "";
    CHECK(f && fgets(text, sizeof text, f) && strstr(text, "\"type\":\"decision\",\"seq\":0,"));
    CHECK(f && fgets(text, sizeof text, f) && strstr(text, "\"type\":\"scene\",\"seq\":1,"));
    if (f)
        fclose(f);
}

/* Ids come from a pool drawn from the kernel: a child process must not draw its parent's next
 * ones. Times are kept to the second: each is a valid record time, within a second of the clock. */
static void test_ids_and_times(void)
{
    char first[37], parents[37], childs[37] = "";
    uuid_v4(first); /* the pool is drawn */
    int pipe_fds[2];
    CHECK(pipe(pipe_fds) == 0);
    pid_t child = fork();
    if (child == 0) {
        char id[37];
        uuid_v4(id);
        ssize_t wrote = write(pipe_fds[1], id, sizeof id);
        _exit(wrote == (ssize_t)sizeof id ? 0 : 1);
    }
    close(pipe_fds[1]);
    CHECK(child > 0 && read(pipe_fds[0], childs, sizeof childs) == (ssize_t)sizeof childs);
    close(pipe_fds[0]);
    int status = 1;
    CHECK(child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    uuid_v4(parents);
    CHECK(strlen(childs) == 36 && strcmp(childs, parents) != 0 && strcmp(childs, first) != 0);

    char before[32], after[32];
    time_t then = time(NULL);
    time_iso8601(before);
    for (int i = 0; i < 1000; i++)
        time_iso8601(after);
    time_t now = time(NULL);
    CHECK(record_time_valid(before) && record_time_valid(after) && strlen(after) == 24);
    CHECK(strcmp(before, after) <= 0);
    struct tm tm;
    char second[24];
    gmtime_r(&then, &tm);
    strftime(second, sizeof second, "%Y-%m-%dT%H:%M:%S", &tm);
    int matches = strncmp(before, second, 19) == 0;
    gmtime_r(&now, &tm);
    strftime(second, sizeof second, "%Y-%m-%dT%H:%M:%S", &tm);
    CHECK(matches || strncmp(before, second, 19) == 0);
}

static void test_answers(void)
{
    answer_list list;
    char why[256];
    CHECK(answers_parse("2,1,3", &list, why, sizeof why) == 0 && list.count == 3);
    CHECK(list.items[0].positions[0] == 2 && list.items[2].positions[0] == 3);
    answers_free(&list);
    CHECK(answers_parse("3+1+4,2", &list, why, sizeof why) == 0 && list.count == 2);
    CHECK(list.items[0].n_positions == 3 && list.items[0].positions[1] == 1);
    answers_free(&list);
    CHECK(answers_parse("3+1+\"He said \"\"no\"\", then left.\",1:because, really", &list, why, sizeof why) == -1);
    CHECK(answers_parse("3+1+\"He said \"\"no\"\", then left.\",1:\"because, really\"", &list, why, sizeof why) == 0);
    CHECK(list.count == 2);
    CHECK_STR(list.items[0].own_text, "He said \"no\", then left.");
    CHECK_STR(list.items[1].reason, "because, really");
    answers_free(&list);
    CHECK(answers_parse("2:her safety first,1", &list, why, sizeof why) == 0);
    CHECK_STR(list.items[0].reason, "her safety first");
    answers_free(&list);
    CHECK(answers_parse("0", &list, why, sizeof why) == -1);
    CHECK(answers_parse("a", &list, why, sizeof why) == -1);
    CHECK(answers_parse("", &list, why, sizeof why) == -1);
    CHECK(answers_parse("1,\"x", &list, why, sizeof why) == -1);
    /* @id names a choice or clause wherever the session shows it. */
    CHECK(answers_parse("@talk_alone:she asked,3+@her_call", &list, why, sizeof why) == 0 && list.count == 2);
    CHECK(list.items[0].n_positions == 1 && list.items[0].positions[0] == 0);
    CHECK_STR(list.items[0].ids[0], "talk_alone");
    CHECK_STR(list.items[0].reason, "she asked");
    CHECK(list.items[1].n_positions == 2 && list.items[1].positions[0] == 3 && list.items[1].ids[0] == NULL);
    CHECK_STR(list.items[1].ids[1], "her_call");
    answers_free(&list);
    CHECK(answers_parse("@", &list, why, sizeof why) == -1 && strstr(why, "id"));
    CHECK(answers_parse("@a b", &list, why, sizeof why) == -1);
}

/* Fills text from its plan and by the scan; both must give want. */
static void check_plan(const call_context *cx, const char *text, const char *want)
{
    size_t bytes = 0;
    text_plan *plan = text_plan_new(cx->sc, text, &bytes);
    CHECK(plan != NULL && bytes >= sizeof *plan);
    char *planned = NULL, *scanned = NULL;
    cw_error err = {CW_OK, ""};
    CHECK(plan && plan->text != text && strcmp(plan->text, text) == 0); /* its own copy */
    CHECK(plan && text_plan_fill(cx, plan, 1, &planned, &err) == 0);
    CHECK(text_interpolate(cx, text, 1, &scanned, &err) == 0);
    CHECK_STR(planned, want);
    CHECK_STR(scanned, want);
    free(planned);
    free(scanned);
    free(plan);
}

static void test_text_plan(void)
{
    char long_value[301], cut[256];
    memset(long_value, 'x', 300);
    long_value[300] = '\0';
    memset(cut, 'x', 255); /* a value fills in at most 255 bytes */
    cut[255] = '\0';
    char names[][6] = {"long", "name", "risk", "seen", "trust"}, ana[] = "Ana";
    state_var vars[] = {{.name = names[0]}, {.name = names[1]}, {.name = names[2]}, {.name = names[3]},
                        {.name = names[4]}};
    value state[] = {{.type = VALUE_STRING, .string = long_value}, {.type = VALUE_STRING, .string = ana},
                     {.type = VALUE_NUMBER, .number = 2.5}, {.type = VALUE_BOOL, .boolean = 1},
                     {.type = VALUE_NUMBER, .number = -3}};
    char path[] = "plan.lua";
    cw_scenario sc = {.path = path, .vars = vars, .n_vars = 5};
    call_context cx = {&sc, state, 0, NULL};
    check_plan(&cx, "${trust}", "-3");
    check_plan(&cx, "Trust ${trust}, risk ${risk}.", "Trust -3, risk 2.5.");
    check_plan(&cx, "${name}${seen}", "Anatrue");
    check_plan(&cx, "no placeholder: $trust {trust}", "no placeholder: $trust {trust}");
    check_plan(&cx, "open ${ never closed", "open ${ never closed");
    check_plan(&cx, "x ${trust} y ${ z", "x -3 y ${ z");
    check_plan(&cx, "${long}", cut);
    check_plan(&cx, "caf\xc3\xa9 ${name} \xe2\x80\x94 ${trust}", "caf\xc3\xa9 Ana \xe2\x80\x94 -3");
    /* A name the scenario does not declare has no plan: the scan reports it where it is shown. */
    size_t bytes;
    CHECK(text_plan_new(&sc, "Hello ${nobody}", &bytes) == NULL);
    CHECK(text_plan_new(&sc, "${a${trust}}", &bytes) == NULL);
    char *out = NULL;
    cw_error err = {CW_OK, ""};
    CHECK(text_interpolate(&cx, "Hello ${nobody}", 7, &out, &err) != 0 && out == NULL);
    CHECK(strstr(err.message, "undeclared state variable 'nobody'") != NULL);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/casewalk-units-XXXXXX");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    test_sha256();
    test_rng();
    test_record_read();
    test_record_write();
    test_record_hold();
    test_record_print();
    test_record_nodes();
    test_record_refused_text();
    test_ids_and_times();
    test_answers();
    test_text_plan();
    char command[300];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    if (system(command) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_report("units");
}
