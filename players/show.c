/* show.c — printing untrusted text on a terminal: the players' side of cw_text_show_char. */
#include "show.h"

#include <string.h>

#include "casewalk.h"

shown_line show_line(const char *s)
{
    shown_line line;
    size_t used = 0, room = sizeof line.text - sizeof "…";
    for (const char *p = s ? s : ""; *p;) {
        char one[CW_SHOWN_CHAR_MAX];
        size_t taken = cw_text_show_char(p, 1, one), len = strlen(one);
        if (used + len > room) {
            memcpy(line.text + used, "…", sizeof "…" - 1);
            used += sizeof "…" - 1;
            break;
        }
        memcpy(line.text + used, one, len);
        used += len;
        p += taken;
    }
    line.text[used] = '\0';
    return line;
}

void show_error(const char *who, const char *message)
{
    fprintf(stderr, "%s: %s\n", who, show_line(message).text);
}

void show_text(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i];) {
        char one[CW_SHOWN_CHAR_MAX];
        i += cw_text_show_char(s + i, 0, one);
        fputs(one, out);
    }
}

/* Characters, not bytes: each escape's characters take a column each. */
int show_columns(const char *s, size_t n)
{
    int cols = 0;
    for (size_t i = 0; i < n && s[i];) {
        char one[CW_SHOWN_CHAR_MAX];
        i += cw_text_show_char(s + i, 0, one);
        for (const char *c = one; *c; c++)
            cols += ((unsigned char)*c & 0xC0) != 0x80;
    }
    return cols;
}
