/* text_wrap.h — the terminal writers' lines wrapped to a width on word boundaries (text_wrap.c):
 * a writer writes its report as long lines into a buffer, and each line too long for the width
 * is broken at spaces, its later lines indented under where its text began. */
#ifndef CW_REPORT_TEXT_WRAP_H
#define CW_REPORT_TEXT_WRAP_H

#include <stddef.h>
#include <stdio.h>

typedef struct text_wrap {
    FILE *out;     /* where the wrapped text goes */
    FILE *buffer;  /* what the writer writes to (out itself when width is 0) */
    char *data;
    size_t size;
    int width;
} text_wrap;

/* Returns the stream to write to: a buffer, or out itself when width <= 0 (no wrapping) or
 * memory ran out. */
FILE *text_wrap_begin(text_wrap *w, FILE *out, int width);
/* Writes what was buffered, wrapped, to out. Returns 0, or -1 when writing failed. */
int text_wrap_end(text_wrap *w);

/* Writes one line (no newline in it) wrapped to width: characters, not bytes, are counted, and a
 * continuation is indented by the line's hanging indent (its leading spaces, a list mark such as
 * "  3. " or "  + ", or a label column such as "     Feedback:    "). A word longer than a line
 * is broken. */
void text_wrap_line(FILE *out, const char *line, size_t n, int width);

#endif
