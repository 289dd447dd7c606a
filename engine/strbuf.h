/* strbuf.h — a growing string: texts filled in, record lines printed. */
#ifndef CW_STRBUF_H
#define CW_STRBUF_H

#include <stddef.h>
#include <string.h>

typedef struct strbuf {
    char *data;
    size_t len, cap;
    int failed; /* an allocation failed: data keeps what was added before it, nothing after */
} strbuf;

/* Grows b to take n more bytes, then adds them (strbuf_add when there is no room). */
void strbuf_grow_add(strbuf *b, const char *s, size_t n);

/* Adds n bytes, keeping data NUL-terminated. Inline while there is room: a record line is some
 * 80 small pieces, and it is printed while a trainee waits for the decision to be saved. */
static inline void strbuf_add(strbuf *b, const char *s, size_t n)
{
    if (!b->failed && b->len + n < b->cap) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
    } else {
        strbuf_grow_add(b, s, n);
    }
}

void strbuf_adds(strbuf *b, const char *s);
/* Returns the string (caller frees) or NULL if an allocation failed. */
char *strbuf_take(strbuf *b);

#endif
