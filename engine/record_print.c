/* record_print.c — a record line's text: its cJSON tree printed straight onto the end of the
 * writer's buffer, in the form cJSON_PrintUnformatted gives, without the copy cJSON allocates
 * for every line or the sscanf it runs on every number to prove it reads back. A decision is
 * written and synced while the trainee waits, so whatever the writer spends before its write is
 * waited for too. */
#include "record_print.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* JSON's two-character escapes; 0 where a byte needs \u00XX or no escape at all. */
static char short_escape(unsigned char c)
{
    switch (c) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\t':
        return 't';
    default:
        return 0;
    }
}

/* 0x80 in each byte of w that JSON must escape (a control character, '"' or '\\'), and nowhere
 * else but possibly above one that is: enough to pass words that need nothing. */
static uint64_t needs_escape(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
    return (((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)) & highs;
}

static void print_string(strbuf *out, const char *text)
{
    size_t n = strlen(text);
    const unsigned char *s = (const unsigned char *)text, *run = s, *end = s + n;
    strbuf_add(out, "\"", 1);
    for (const unsigned char *p = s; p < end;) {
        uint64_t w;
        if (end - p >= 8 && (memcpy(&w, p, 8), !needs_escape(w))) { /* eight bytes that need nothing */
            p += 8;
            continue;
        }
        if (*p >= 0x20 && *p != '"' && *p != '\\') {
            p++;
            continue;
        }
        strbuf_add(out, (const char *)run, (size_t)(p - run));
        char escape[8] = {'\\', short_escape(*p)};
        if (escape[1])
            strbuf_add(out, escape, 2);
        else {
            snprintf(escape, sizeof escape, "\\u%04x", *p);
            strbuf_add(out, escape, 6);
        }
        run = ++p;
    }
    strbuf_add(out, (const char *)run, (size_t)(end - run));
    strbuf_add(out, "\"", 1);
}

/* Digits of a whole number, written backwards from the end of buf; returns where they start. */
static char *integer_digits(char *end, long long n)
{
    unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
    do {
        *--end = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (n < 0)
        *--end = '-';
    return end;
}

/* A whole number below 10^15 as its digits (every number a record's own fields hold: seq, points,
 * positions, milliseconds); any other the shortest of 15 or 17 significant digits that reads back
 * as the same double. casewalk never calls setlocale, so printf's decimal point is a point. */
static void print_number(strbuf *out, double d)
{
    char text[40];
    if (!isfinite(d)) { /* the record rules refuse these before a line is printed */
        strbuf_add(out, "null", 4);
        return;
    }
    if (d > -1e15 && d < 1e15 && d == (double)(long long)d) {
        char *end = text + sizeof text, *start = integer_digits(end, (long long)d);
        strbuf_add(out, start, (size_t)(end - start));
        return;
    }
    int n = snprintf(text, sizeof text, "%1.15g", d);
    if (strtod(text, NULL) != d)
        n = snprintf(text, sizeof text, "%1.17g", d);
    strbuf_add(out, text, (size_t)n);
}

void record_print(const cJSON *item, strbuf *out)
{
    switch (item->type & 0xFF) {
    case cJSON_False:
        strbuf_add(out, "false", 5);
        return;
    case cJSON_True:
        strbuf_add(out, "true", 4);
        return;
    case cJSON_Number:
        print_number(out, item->valuedouble);
        return;
    case cJSON_String:
        print_string(out, item->valuestring ? item->valuestring : "");
        return;
    case cJSON_Array:
    case cJSON_Object: {
        int object = (item->type & 0xFF) == cJSON_Object;
        strbuf_add(out, object ? "{" : "[", 1);
        for (const cJSON *child = item->child; child; child = child->next) {
            if (object) {
                print_string(out, child->string ? child->string : "");
                strbuf_add(out, ":", 1);
            }
            record_print(child, out);
            if (child->next)
                strbuf_add(out, ",", 1);
        }
        strbuf_add(out, object ? "}" : "]", 1);
        return;
    }
    default: /* cJSON_NULL; the writer builds no raw or invalid items */
        strbuf_add(out, "null", 4);
        return;
    }
}
