/* text_out.c — writing untrusted text safely to a terminal or into HTML, and small formats. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "casewalk_report.h"
#include "report/text_out.h"
#include "text_show.h"

/* The character at s: its length in bytes and code point (U+FFFD for a byte that is not UTF-8). */
static int next_char(const unsigned char *s, unsigned long *cp)
{
    int len = cw_utf8_decode((const char *)s, 4, cp);
    if (len > 0)
        return len;
    *cp = 0xFFFD;
    return 1;
}

/* The one loop behind every writer: each character of s, up to max_chars (-1: all). */
static void put_text(FILE *out, const char *s, int max_chars, int one_line, int html)
{
    if (!s)
        return;
    int n = 0;
    unsigned long cp;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        if (max_chars >= 0 && n == max_chars) {
            fputs("…", out);
            return;
        }
        if (!html) { /* the terminal's rule, shared with the players */
            char shown[CW_SHOWN_CHAR_MAX];
            p += cw_text_show_char((const char *)p, one_line, shown);
            fputs(shown, out);
            n++;
            continue;
        }
        int len = next_char(p, &cp);
        if (cp == '\n' || cp == '\t') {
            fputc(one_line ? ' ' : (int)cp, out);
        } else if (text_is_control(cp) || cp == 0xFFFD) {
            /* dropped: a page shows no control characters */
        } else if (cp < 0x80 && strchr("&<>\"'", (int)cp)) { /* strchr sees only a byte */
            fputs(cp == '&' ? "&amp;" : cp == '<' ? "&lt;" : cp == '>' ? "&gt;" : cp == '"' ? "&quot;" : "&#39;",
                  out);
        } else {
            fwrite(p, 1, (size_t)len, out);
        }
        p += len;
        n++;
    }
}

void text_put(FILE *out, const char *s)
{
    put_text(out, s, -1, 0, 0);
}

void text_put_line(FILE *out, const char *s, int max_chars)
{
    put_text(out, s, max_chars, 1, 0);
}

void html_put(FILE *out, const char *s)
{
    put_text(out, s, -1, 0, 1);
}

void html_put_cut(FILE *out, const char *s, int max_chars)
{
    put_text(out, s, max_chars, 1, 1);
}

void cw_json_put(FILE *out, const char *json)
{
    const unsigned char *run = (const unsigned char *)json, *p = run;
    while (*p) {
        unsigned long cp;
        int len = cw_utf8_decode((const char *)p, 4, &cp); /* outside strings JSON is ASCII, so this sees only text */
        if (len > 0 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0)) {
            p += len;
            continue;
        }
        fwrite(run, 1, (size_t)(p - run), out);
        fprintf(out, "\\u%04lx", len > 0 ? cp : 0xFFFDul);
        p += len > 0 ? len : 1;
        run = p;
    }
    fputs((const char *)run, out);
}

void format_duration(int64_t ms, char *out, size_t size)
{
    if (ms < 0)
        snprintf(out, size, "—");
    else if (ms < 60000)
        snprintf(out, size, "%.1f s", (double)ms / 1000.0);
    else if (ms < 3600000)
        snprintf(out, size, "%d min %02d s", (int)(ms / 60000), (int)(ms / 1000 % 60));
    else
        snprintf(out, size, "%d h %02d min", (int)(ms / 3600000), (int)(ms / 60000 % 60));
}

void format_local_time(const char *iso, char *out, size_t size)
{
    static const char *const days[] = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
    static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December" };
    struct tm tm, at;
    memset(&tm, 0, sizeof tm);
    time_t t = (time_t)-1;
    if (iso && sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min,
                      &tm.tm_sec) == 6 && tm.tm_mon >= 1 && tm.tm_mon <= 12 && tm.tm_mday >= 1 && tm.tm_mday <= 31
        && tm.tm_hour <= 23 && tm.tm_min <= 59 && tm.tm_sec <= 60) {
        tm.tm_year -= 1900;
        tm.tm_mon -= 1;
        t = timegm(&tm);
    }
    if (t == (time_t)-1 || !localtime_r(&t, &at)) {
        snprintf(out, size, "%s", iso ? iso : "");
        return;
    }
    char zone[16] = "";
    strftime(zone, sizeof zone, "%Z", &at); /* "CST"; empty where the zone has no name */
    int hour = at.tm_hour % 12 == 0 ? 12 : at.tm_hour % 12;
    snprintf(out, size, "%s, %s %d, %d at %d:%02d %s%s%s", days[at.tm_wday], months[at.tm_mon], at.tm_mday,
             at.tm_year + 1900, hour, at.tm_min, at.tm_hour < 12 ? "AM" : "PM", zone[0] ? " " : "", zone);
}

void format_median(double ms, char *out, size_t size)
{
    if (ms < 0) {
        snprintf(out, size, "no times");
    } else if (ms < 100) {
        snprintf(out, size, "under 0.1 s"); /* the histogram's first bucket */
    } else {
        char time[32];
        format_duration((int64_t)(ms + 0.5), time, sizeof time);
        snprintf(out, size, "≈ %s", time);
    }
}

const char *role_short_label(const char *role_id, char *buf, size_t size)
{
    if (!role_id)
        return "Other roles";
    if (strcmp(role_id, "cps") == 0)
        return "CPS";
    if (strcmp(role_id, "dv") == 0)
        return "DV";
    snprintf(buf, size, "%s", role_id);
    if (buf[0])
        buf[0] = (char)toupper((unsigned char)buf[0]);
    return buf;
}
