/* fuzz_json_line.c — libFuzzer target: the strict parser of record lines held to cJSON's answer.
 * Any bytes, whole and line by line: whatever the strict parser reads, cJSON must read to the
 * same tree (types, texts, keys, numbers to the bit, links) ending at the same byte, and
 * json_line_parse must answer as cJSON does. A difference aborts, and is kept as a crash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../json_same.h"
#include "json_arena.h"
#include "json_line.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void differ(const char *what, const char *text, size_t len)
{
    fprintf(stderr, "fuzz_json_line: %s: %.*s\n", what, (int)(len > 300 ? 300 : len), text);
    abort();
}

static void compare(const char *text, size_t len)
{
    char *exact = malloc(len ? len : 1);
    if (!exact)
        return;
    memcpy(exact, text, len); /* no NUL after it: a read past len is ASan's to catch */
    const char *strict_end = NULL, *line_end = NULL;
    long cjson_end;
    cJSON *strict = json_line_parse_strict(exact, len, &strict_end);
    cJSON *cjson = json_cjson_reads(text, len, &cjson_end);
    cJSON *line = json_line_parse(exact, len, &line_end);
    if (strict && !cjson)
        differ("read by the strict parser, refused by cJSON", text, len);
    if (strict && (!json_same_tree(strict, cjson) || strict_end - exact != cjson_end))
        differ("read otherwise than cJSON reads it", text, len);
    if (!line != !cjson || (line && !json_same_tree(line, cjson)))
        differ("json_line_parse answers otherwise than cJSON", text, len);
    cJSON_Delete(strict);
    cJSON_Delete(cjson);
    cJSON_Delete(line);
    free(exact);
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
