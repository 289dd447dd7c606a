/* wrap.c — plain text for the terminal: paragraphs wrapped to its width, counted in characters.
 * The text is untrusted: each word is written as show.h shows it. */
#include "wrap.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "show.h"

int terminal_width(void)
{
    int width = 0;
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
        width = ws.ws_col;
    const char *columns = getenv("COLUMNS");
    if (width <= 0 && columns)
        width = atoi(columns);
    if (width <= 0)
        width = 80;
    return width < 40 ? 40 : width > 100 ? 100 : width;
}

int report_width(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col < 40 ? 40 : ws.ws_col;
    const char *columns = getenv("COLUMNS"); /* as for ls: a width asked for where there is none */
    int asked = columns ? atoi(columns) : 0;
    return asked >= 40 ? asked : 80;
}

/* Characters, not bytes: UTF-8 continuation bytes do not take a column. */
static int columns_of(const char *s, size_t n)
{
    int cols = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            cols++;
    return cols;
}

static void print_paragraph(FILE *out, const char *p, size_t n, int indent, int first_col, int width)
{
    int col = first_col;
    int line_has_word = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (p[i] == ' ' || p[i] == '\n' || p[i] == '\t'))
            i++;
        size_t start = i;
        while (i < n && p[i] != ' ' && p[i] != '\n' && p[i] != '\t')
            i++;
        if (i == start)
            break;
        int w = show_columns(p + start, i - start);
        if (line_has_word && col + 1 + w > width) {
            fprintf(out, "\n%*s", indent, "");
            col = indent;
            line_has_word = 0;
        }
        if (line_has_word) {
            fputc(' ', out);
            col++;
        }
        show_text(out, p + start, i - start);
        col += w;
        line_has_word = 1;
    }
    fputc('\n', out);
}

void print_wrapped(FILE *out, const char *prefix, const char *text, int width)
{
    int indent = columns_of(prefix, strlen(prefix));
    fputs(prefix, out);
    const char *p = text;
    int first = 1;
    for (;;) {
        const char *end = strstr(p, "\n\n");
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (!first)
            fprintf(out, "\n%*s", indent, "");
        print_paragraph(out, p, n, indent, indent, width);
        first = 0;
        if (!end)
            break;
        p = end + 2;
        while (*p == '\n')
            p++;
    }
}
