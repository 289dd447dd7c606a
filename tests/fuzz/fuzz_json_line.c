/* fuzz_json_line.c — libFuzzer target: the strict parser of record lines held to cJSON's answer.
 * Any bytes, whole and line by line: whatever the strict parser reads, cJSON must read to the
 * same tree (types, texts, keys, numbers to the bit, links) ending at the same byte, and
 * json_line_parse must answer as cJSON does. A difference aborts, and is kept as a crash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_arena.h"
#include "json_line.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int same_items(const cJSON *a, const cJSON *b, int in_list)
{
    const cJSON *first = a, *last = NULL;
    for (; a && b; last = a, a = a->next, b = b->next) {
        if (a->type != b->type || a->valueint != b->valueint ||
            memcmp(&a->valuedouble, &b->valuedouble, sizeof a->valuedouble) != 0 ||
            !a->string != !b->string || (a->string && strcmp(a->string, b->string) != 0) ||
            !a->valuestring != !b->valuestring || (a->valuestring && strcmp(a->valuestring, b->valuestring) != 0) ||
            (a != first && a->prev != last) || !same_items(a->child, b->child, 1))
            return 0;
    }
    return !a && !b && (!first || !in_list || first->prev == last);
}

static void differ(const char *what, const char *text, size_t len)
{
    fprintf(stderr, "fuzz_json_line: %s: %.*s\n", what, (int)(len > 300 ? 300 : len), text);
    abort();
}

static void compare(const char *text, size_t len)
{
    char *exact = malloc(len ? len : 1), *terminated = malloc(len + 1);
    if (!exact || !terminated) {
        free(exact);
        free(terminated);
        return;
    }
    memcpy(exact, text, len); /* no NUL after it: a read past len is ASan's to catch */
    memcpy(terminated, text, len);
    terminated[len] = '\0';
    const char *strict_end = NULL, *cjson_end = NULL, *line_end = NULL;
    cJSON *strict = json_line_parse_strict(exact, len, &strict_end);
    cJSON *cjson = cJSON_ParseWithLengthOpts(terminated, len, &cjson_end, 0);
    cJSON *line = json_line_parse(exact, len, &line_end);
    if (strict && !cjson)
        differ("read by the strict parser, refused by cJSON", text, len);
    if (strict && (!same_items(strict, cjson, 0) || strict_end - exact != cjson_end - terminated))
        differ("read otherwise than cJSON reads it", text, len);
    if (!line != !cjson || (line && !same_items(line, cjson, 0)))
        differ("json_line_parse answers otherwise than cJSON", text, len);
    cJSON_Delete(strict);
    cJSON_Delete(cjson);
    cJSON_Delete(line);
    free(exact);
    free(terminated);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    json_arena_install();
    const char *text = (const char *)data;
    compare(text, size);
    for (const char *line = text, *end = text + size; line < end;) {
        const char *newline = memchr(line, '\n', (size_t)(end - line));
        size_t len = newline ? (size_t)(newline - line) : (size_t)(end - line);
        compare(line, len);
        line += len + 1;
    }
    return 0;
}
