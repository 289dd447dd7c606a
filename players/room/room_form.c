/* room_form.c — reading application/x-www-form-urlencoded bodies and query strings from phones:
 * one name's value, decoded, bounded; never trusting the input's shape. */
#include "room_internal.h"

#include <string.h>

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes s[0..n) into out; -2 when it does not fit or a %XX is broken or decodes to NUL. */
static int decode(const char *s, size_t n, char *out, size_t out_size)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '+') {
            c = ' ';
        } else if (c == '%') {
            if (i + 2 >= n)
                return -2;
            int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
            if (hi < 0 || lo < 0 || (hi == 0 && lo == 0))
                return -2;
            c = (char)(hi * 16 + lo);
            i += 2;
        } else if (c == '\0') {
            return -2;
        }
        if (o + 1 >= out_size)
            return -2;
        out[o++] = c;
    }
    out[o] = '\0';
    return (int)o;
}

int form_get(const char *form, size_t form_len, const char *name, char *out, size_t out_size)
{
    if (!form || out_size == 0)
        return -1;
    size_t name_len = strlen(name);
    size_t i = 0;
    while (i < form_len) {
        size_t end = i;
        while (end < form_len && form[end] != '&')
            end++;
        const char *eq = memchr(form + i, '=', end - i);
        size_t key_end = eq ? (size_t)(eq - form) : end;
        char key[64];
        if (decode(form + i, key_end - i, key, sizeof key) == (int)name_len && memcmp(key, name, name_len) == 0) {
            if (!eq) {
                out[0] = '\0';
                return 0;
            }
            return decode(eq + 1, end - key_end - 1, out, out_size);
        }
        i = end + 1;
    }
    return -1;
}

int form_numbers(const char *s, int *out, int max)
{
    int n = 0;
    while (*s) {
        if (*s < '0' || *s > '9' || n == max)
            return -1;
        long v = 0;
        while (*s >= '0' && *s <= '9') {
            v = v * 10 + (*s - '0');
            if (v > 1000)
                return -1;
            s++;
        }
        out[n++] = (int)v;
        if (*s == ',')
            s++;
        else if (*s == '+')
            s++;
        else if (*s)
            return -1;
    }
    return n;
}
