/* text_wrap.c — wrapping the terminal reports' long lines at a width, on word boundaries, by
 * UTF-8 characters. The lines were already made safe (text_out.c): this only breaks them. */
#include <stdlib.h>
#include <string.h>

#include "casewalk.h"
#include "report/text_wrap.h"

/* Bytes of the character at s (a byte that is not UTF-8 counts as one character). */
static size_t char_len(const char *s, size_t left)
{
    unsigned long cp;
    int len = cw_utf8_decode(s, left < 4 ? left : 4, &cp);
    return len > 0 ? (size_t)len : 1;
}

static int columns(const char *s, size_t n)
{
    int cols = 0;
    for (size_t i = 0; i < n; i += char_len(s + i, n - i))
        cols++;
    return cols;
}

/* Where continuation lines start, in columns: under the text after a list mark or a label. */
static int hanging_indent(const char *s, size_t n, int width)
{
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    size_t lead = i;
    /* list marks: "3. ", "12 ", "+ ", "- ", "✓ ", "✗ ", "• ", and a mark then a number: "✓ 2. " */
    static const char *const marks[] = {"✓", "✗", "•", "⇒", "→"};
    for (int round = 0; round < 2; round++) {
        size_t j = i;
        while (j < n && s[j] >= '0' && s[j] <= '9')
            j++;
        if (j > i && j < n && s[j] == '.')
            j++;
        if (j == i && j < n && (s[j] == '+' || s[j] == '-' || s[j] == '*'))
            j++;
        for (size_t k = 0; j == i && k < sizeof marks / sizeof marks[0]; k++)
            if (n - j >= strlen(marks[k]) && memcmp(s + j, marks[k], strlen(marks[k])) == 0)
                j += strlen(marks[k]);
        if (j == i || j >= n || s[j] != ' ')
            break;
        while (j < n && s[j] == ' ')
            j++;
        i = j;
    }
    /* a label column: "Feedback:" or "Recommended:" (a word ending in ':' then spaces), or a
     * column made by two or more spaces near the start */
    size_t w = i;
    while (w < n && s[w] != ' ')
        w++;
    if (w > i && w < n && s[w - 1] == ':' && columns(s, w) < width / 2) {
        while (w < n && s[w] == ' ')
            w++;
        if (w < n)
            return columns(s, w);
    }
    for (size_t k = i; k + 2 < n && columns(s, k) < width / 2; k += char_len(s + k, n - k))
        if (s[k] != ' ' && s[k + 1] == ' ' && s[k + 2] == ' ') {
            k += 1;
            while (k < n && s[k] == ' ')
                k++;
            if (k < n)
                i = k;
            break;
        }
    int indent = columns(s, i);
    if (indent > width / 2)
        indent = columns(s, lead) < width / 2 ? columns(s, lead) : 0;
    return indent;
}

void text_wrap_line(FILE *out, const char *s, size_t n, int width)
{
    if (width <= 0 || columns(s, n) <= width) {
        fwrite(s, 1, n, out);
        fputc('\n', out);
        return;
    }
    int indent = hanging_indent(s, n, width);
    size_t at = 0;
    int first = 1;
    while (at < n) {
        int room = first ? width : width - indent;
        if (!first) {
            while (at < n && s[at] == ' ')
                at++;
            if (at == n)
                break;
            fprintf(out, "%*s", indent, "");
        }
        /* the longest run of whole words that fits; a word longer than a line is broken */
        size_t end = at, last_space = 0;
        int cols = 0;
        while (end < n && cols < room) {
            if (s[end] == ' ' && end > at)
                last_space = end;
            end += char_len(s + end, n - end);
            cols++;
        }
        if (end < n && s[end] != ' ') {
            if (last_space > at)
                end = last_space;
            else /* a word longer than a line (a file's path) stays whole, to be copied whole */
                while (end < n && s[end] != ' ')
                    end += char_len(s + end, n - end);
        }
        size_t keep = end;
        while (keep > at && s[keep - 1] == ' ')
            keep--;
        fwrite(s + at, 1, keep - at, out);
        fputc('\n', out);
        at = end;
        first = 0;
    }
}

FILE *text_wrap_begin(text_wrap *w, FILE *out, int width)
{
    memset(w, 0, sizeof *w);
    w->out = out;
    w->width = width;
    w->buffer = width > 0 ? open_memstream(&w->data, &w->size) : NULL;
    if (!w->buffer)
        w->buffer = out;
    return w->buffer;
}

int text_wrap_end(text_wrap *w)
{
    if (w->buffer == w->out)
        return ferror(w->out) ? -1 : 0;
    int failed = fclose(w->buffer) != 0;
    for (size_t at = 0; !failed && at < w->size;) {
        const char *nl = memchr(w->data + at, '\n', w->size - at);
        size_t len = nl ? (size_t)(nl - (w->data + at)) : w->size - at;
        text_wrap_line(w->out, w->data + at, len, w->width);
        at += len + (nl ? 1 : 0);
    }
    free(w->data);
    w->data = NULL;
    return failed || ferror(w->out) ? -1 : 0;
}
