/* json_same.h — the strict line parser held to cJSON, shared by test_json_line and its fuzz
 * target: cJSON's own reading of a text, and whether two trees are the same as cJSON builds
 * them. */
#ifndef CW_TEST_JSON_SAME_H
#define CW_TEST_JSON_SAME_H

#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

/* Items of a list compared one by one (types, numbers to the bit, keys, texts, children), with
 * their links as cJSON makes them: prev back, the first's prev the last (a root has no list). */
static int json_same_items(const cJSON *a, const cJSON *b, int in_list)
{
    const cJSON *first = a, *last = NULL;
    for (; a && b; last = a, a = a->next, b = b->next) {
        if (a->type != b->type || a->valueint != b->valueint ||
            memcmp(&a->valuedouble, &b->valuedouble, sizeof a->valuedouble) != 0)
            return 0;
        if (!a->string != !b->string || (a->string && strcmp(a->string, b->string) != 0))
            return 0;
        if (!a->valuestring != !b->valuestring || (a->valuestring && strcmp(a->valuestring, b->valuestring) != 0))
            return 0;
        if ((a != first && a->prev != last) || !json_same_items(a->child, b->child, 1))
            return 0;
    }
    return !a && !b && (!first || !in_list || first->prev == last);
}

static int json_same_tree(const cJSON *a, const cJSON *b)
{
    return json_same_items(a, b, 0);
}

/* cJSON's reading of the len bytes of text, from a NUL-terminated copy so that cJSON is never the
 * one to read past len; *end is where the value ends, as an offset (-1 when it is refused). */
static cJSON *json_cjson_reads(const char *text, size_t len, long *end)
{
    char *copy = malloc(len + 1);
    *end = -1;
    if (!copy)
        return NULL;
    memcpy(copy, text, len);
    copy[len] = '\0';
    const char *stop = NULL;
    cJSON *tree = cJSON_ParseWithLengthOpts(copy, len, &stop, 0);
    if (tree)
        *end = (long)(stop - copy);
    free(copy);
    return tree;
}

#endif
