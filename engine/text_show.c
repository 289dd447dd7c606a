/* text_show.c — the one rule for putting untrusted text on a terminal: every character a
 * terminal could obey (control characters, bytes that are not UTF-8) is shown as a visible
 * escape, never sent as it is. */
#include <stdio.h>

#include "casewalk.h"
#include "text_show.h"

int text_is_control(unsigned long cp)
{
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0);
}

const char *text_find_control(const char *s, unsigned long *cp)
{
    for (const unsigned char *p = (const unsigned char *)s; p && *p;) {
        if (*p >= 0x20 && *p < 0x7F) { /* printable ASCII, most of any text: no need to decode */
            p++;
            continue;
        }
        int len = cw_utf8_decode((const char *)p, 4, cp);
        if (len == 0) {
            p++;
            continue;
        }
        if (text_is_control(*cp) && *cp != '\n' && *cp != '\t')
            return (const char *)p;
        p += len;
    }
    return NULL;
}

size_t cw_text_show_char(const char *s, int one_line, char shown[CW_SHOWN_CHAR_MAX])
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned long cp;
    int len = cw_utf8_decode(s, 4, &cp);
    if (len == 0) { /* not UTF-8: the byte, in hex (a raw 0x9B is CSI to an 8-bit terminal) */
        snprintf(shown, CW_SHOWN_CHAR_MAX, "\\x%02x", p[0]);
        return 1;
    }
    if (cp == '\n')
        snprintf(shown, CW_SHOWN_CHAR_MAX, "%s", one_line ? "\\n" : "\n");
    else if (cp == '\r') /* a bare carriage return would let later text overwrite the line */
        snprintf(shown, CW_SHOWN_CHAR_MAX, "\\r");
    else if (cp == '\t' || !text_is_control(cp))
        snprintf(shown, CW_SHOWN_CHAR_MAX, "%.*s", len, s);
    else if (cp < 0x80)
        snprintf(shown, CW_SHOWN_CHAR_MAX, "\\x%02lx", cp);
    else
        snprintf(shown, CW_SHOWN_CHAR_MAX, "\\u%04lx", cp);
    return (size_t)len;
}
