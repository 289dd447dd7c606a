/* strbuf.h — a growing string: texts filled in, record lines printed. */
#ifndef CW_STRBUF_H
#define CW_STRBUF_H

#include <stddef.h>

typedef struct strbuf {
    char *data;
    size_t len, cap;
    int failed; /* an allocation failed; data is unusable */
} strbuf;

void strbuf_add(strbuf *b, const char *s, size_t n);
void strbuf_adds(strbuf *b, const char *s);
/* Returns the string (caller frees) or NULL if an allocation failed. */
char *strbuf_take(strbuf *b);

#endif
