/* strbuf.c — a growing string: texts filled in, record lines printed. */
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

void strbuf_grow_add(strbuf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *grown = realloc(b->data, cap);
        if (!grown) {
            b->failed = 1;
            return;
        }
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void strbuf_adds(strbuf *b, const char *s)
{
    strbuf_add(b, s, strlen(s));
}

char *strbuf_take(strbuf *b)
{
    if (b->failed) {
        free(b->data);
        b->data = NULL;
        return NULL;
    }
    if (!b->data)
        strbuf_add(b, "", 0);
    char *s = b->data;
    memset(b, 0, sizeof *b);
    return s;
}
