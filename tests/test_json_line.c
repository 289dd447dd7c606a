/* test_json_line.c — the strict parser of record lines against cJSON: what it reads, it reads to
 * the very tree cJSON builds (types, texts, keys, numbers to the bit, links, where the value
 * ends); what it gives up on, json_line_parse hands to cJSON; and every line casewalk's printer
 * writes without a \u escape is one it reads. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "json_same.h"
#include "json_arena.h"
#include "json_line.h"
#include "record_print.h"
#include "strbuf.h"

/* The strict parser reads text (given as exactly len bytes) as cJSON does. */
static int read_alike(const char *text, size_t len)
{
    char *exact = malloc(len ? len : 1); /* no NUL after it: reading past len is caught by ASan */
    if (!exact)
        return 0;
    memcpy(exact, text, len);
    const char *stop = NULL;
    cJSON *ours = json_line_parse_strict(exact, len, &stop);
    long cjson_end;
    cJSON *theirs = json_cjson_reads(text, len, &cjson_end);
    int alike = ours && theirs && json_same_tree(ours, theirs) && stop - exact == cjson_end;
    if (!alike)
        fprintf(stderr, "  not read alike: %.*s\n", (int)len, text);
    cJSON_Delete(ours);
    cJSON_Delete(theirs);
    free(exact);
    return alike;
}

/* The strict parser gives up on text, and json_line_parse answers as cJSON does. */
static int left_to_cjson(const char *text, size_t len)
{
    const char *stop = NULL;
    cJSON *strict = json_line_parse_strict(text, len, &stop);
    cJSON *ours = json_line_parse(text, len, &stop);
    long cjson_end;
    cJSON *theirs = json_cjson_reads(text, len, &cjson_end);
    int left = !strict && !ours == !theirs && (!ours || json_same_tree(ours, theirs));
    if (!left)
        fprintf(stderr, "  not left to cJSON: %.*s\n", (int)len, text);
    cJSON_Delete(strict);
    cJSON_Delete(ours);
    cJSON_Delete(theirs);
    return left;
}

static char *nested(int levels)
{
    char *text = malloc((size_t)levels * 6 + 8);
    size_t n = 0;
    for (int i = 0; i < levels; i++)
        n += (size_t)sprintf(text + n, "{\"a\":");
    n += (size_t)sprintf(text + n, "1");
    for (int i = 0; i < levels; i++)
        text[n++] = '}';
    text[n] = '\0';
    return text;
}

static void test_read_alike(void)
{
    const char *texts[] = {
        "{}", " \t\r\n{ } ", "{\"a\":1}", "{\"\":\"\"}", "{\"a\":1} trailing",
        "{\"a\":[1,-2,0.25,true,false,null,\"x\",[],{}],\"b\":{\"c\":{\"d\":[[\"e\"]]}},\"f\":\"\"}",
        "{ \"a\" : [ 1 , 2 ] , \"b\" : { } }",
        /* numbers: exact integers, then those strtod converts */
        "{\"n\":[0,-0,7,-7,123456789012345,-999999999999999,2147483647,2147483648,-2147483648,-2147483649]}",
        "{\"n\":[1234567890123456,9007199254740993,12345678901234567890,0.1,1.5e3,1E+2,2e-3,-0.0,1e999,-1e999,1e-999]}",
        "{\"n\":100000000000000000000000000000000000000000000000000000000000000}", /* 63 characters */
        /* strings: every escape but \u, UTF-8, quotes and backslashes on either side of 16 bytes */
        "{\"s\":\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"}",
        "{\"caf\xc3\xa9\":\"\xe2\x80\x9cquoted\xe2\x80\x9d \xf0\x9f\x98\x80\"}",
        "{\"s\":\"0123456789abcde\\\"0123456789abcdef\\\\0123456789abcdef\"}",
        "{\"s\":\"0123456789abcdef0123456789abcdef\"}",
        "{\"a\":1,\"a\":2}", /* a key twice: both read it; the record rules refuse it after */
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        CHECK(read_alike(texts[i], strlen(texts[i])));
    char *deep = nested(64);
    CHECK(read_alike(deep, strlen(deep)));
    free(deep);
    /* the end is found by the length, not by a NUL */
    CHECK(read_alike("{\"a\":\"b\"}", 9));
}

static void test_left_to_cjson(void)
{
    const char *texts[] = {
        "{\"s\":\"\\u00e9\"}",    /* cJSON reads it: \u escapes are its */
        "{\"s\":\"\\ud83d\"}",    /* and refuses a lone surrogate */
        "{\"n\":01}",             /* cJSON reads 1 */
        "{\"n\":1.}", "{\"n\":.5}", "{\"n\":+1}", "{\"n\":1e}", "{\"n\":-}", "{\"n\":0x10}",
        "{\"n\":1000000000000000000000000000000000000000000000000000000000000000}", /* 64 characters */
        "{\"s\":\"a\x01\"}",      /* a control character in a string: cJSON takes it as it is */
        "\x01{}",                 /* and passes over any byte below 33 between tokens */
        "{\"a\":\x0b 1}",
        "\xef\xbb\xbf{}",         /* a byte order mark */
        "[1]", "\"text\"", "1", "",
        "{\"a\":tru}", "{\"a\":nulls}", "{\"a\":1,}", "{,}", "{\"a\" 1}", "{\"a\":1", "{\"a\":\"b\\q\"}",
        "{\"a\":\"b\\", "{\"a\"", "{\"a\":[1,]}", "{\"a\":[", "{\"a\":}", "{a:1}",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        CHECK(left_to_cjson(texts[i], strlen(texts[i])));
    CHECK(left_to_cjson("{\"a\":\"b\0c\"}", 11)); /* a NUL byte inside a string */
    char *deep = nested(65);
    CHECK(left_to_cjson(deep, strlen(deep))); /* deeper than the strict parser goes */
    free(deep);
}

/* What casewalk's printer writes is read by the strict parser back to the tree printed, unless
 * the printer had to write a \u escape (a control character in a text). */
static void test_printed_lines(void)
{
    const char *texts[] = {"plain", "", "she said \"leave\"", "C:\\path", "tab\there\nnew line\r",
                           "caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x98\x80", "a/b", "bell\x07"};
    const double numbers[] = {0, 1, -1, 42, 0.1, 1.0 / 3, -2.5e-7, 1e300, 1e15, 123456789012345678.0, -0.0};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        cJSON *line = cJSON_CreateObject();
        cJSON_AddStringToObject(line, "type", "decision");
        cJSON_AddStringToObject(line, "reason", texts[i]);
        cJSON *list = cJSON_AddArrayToObject(line, "n");
        for (size_t k = 0; k < sizeof numbers / sizeof *numbers; k++)
            cJSON_AddItemToArray(list, cJSON_CreateNumber(numbers[k]));
        cJSON_AddItemToObject(line, "t", cJSON_CreateTrue());
        cJSON_AddItemToObject(line, "f", cJSON_CreateFalse());
        cJSON_AddItemToObject(line, "z", cJSON_CreateNull());
        cJSON_AddItemToObject(line, "o", cJSON_CreateObject());
        strbuf out = {0};
        record_print(line, &out);
        CHECK(!out.failed && out.data);
        if (out.data) {
            int escaped = strstr(out.data, "\\u") != NULL;
            CHECK(escaped == (strchr(texts[i], '\x07') != NULL));
            const char *stop;
            cJSON *back = json_line_parse_strict(out.data, out.len, &stop);
            CHECK(escaped ? back == NULL : back != NULL && read_alike(out.data, out.len));
            cJSON_Delete(back);
            back = json_line_parse(out.data, out.len, &stop);
            CHECK(back && strcmp(cJSON_GetObjectItem(back, "reason")->valuestring, texts[i]) == 0);
            cJSON_Delete(back);
        }
        free(out.data);
        cJSON_Delete(line);
    }
}

/* A process that has not installed json_arena's hooks (cJSON's allocator may be anyone's) is
 * read by cJSON alone. */
static void test_only_with_known_hooks(void)
{
    CHECK(json_arena_hooks_known() == 0);
    CHECK(json_line_parse_strict("{}", 2, NULL) == NULL);
    cJSON *tree = json_line_parse("{\"a\":1}", 7, NULL);
    CHECK(tree && cJSON_GetObjectItem(tree, "a")->valuedouble == 1);
    cJSON_Delete(tree);
    json_arena_install();
    CHECK(json_arena_hooks_known() == 1);
}

int main(void)
{
    test_only_with_known_hooks();
    test_read_alike();
    test_left_to_cjson();
    test_printed_lines();
    return check_report("json_line");
}
