/* utf8.c — the one UTF-8 decoder: records, scenarios, reports, the terminal's escapes and the
 * window's text boxes all read characters through it, so they agree on what is valid. */
#include <stdint.h>
#include <string.h>

#include "casewalk.h"

int cw_utf8_decode(const char *text, size_t avail, unsigned long *cp)
{
    const unsigned char *s = (const unsigned char *)text;
    if (avail == 0)
        return 0;
    unsigned long c = s[0];
    int len;
    unsigned long min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c < 0xE0) {
        len = 2, c &= 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c < 0xF0) {
        len = 3, c &= 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c < 0xF5) {
        len = 4, c &= 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)len > avail)
        return 0;
    for (int i = 1; i < len; i++) { /* a NUL is no continuation byte: a string's end stops here */
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

int cw_utf8_valid(const char *text, size_t n)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            /* records are nearly all ASCII: pass over eight such bytes at a time */
            uint64_t word;
            while (i + 8 <= n && (memcpy(&word, s + i, 8), (word & 0x8080808080808080ULL) == 0))
                i += 8;
            if (i < n && s[i] < 0x80)
                i++;
            continue;
        }
        unsigned long cp;
        int len = cw_utf8_decode(text + i, n - i, &cp);
        if (len == 0)
            return 0;
        i += (size_t)len;
    }
    return 1;
}

int cw_utf8_chars(const char *s)
{
    int n = 0;
    size_t left = s ? strlen(s) : 0;
    for (const char *p = s; p && *p; n++) {
        unsigned long cp;
        int len = cw_utf8_decode(p, left, &cp);
        len = len > 0 ? len : 1; /* a byte that is not UTF-8 shows as one character */
        p += len, left -= (size_t)len;
    }
    return n;
}
