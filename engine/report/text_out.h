/* text_out.h — writing untrusted text safely to a terminal or into HTML, and small formats (text_out.c). */
#ifndef CW_REPORT_TEXT_OUT_H
#define CW_REPORT_TEXT_OUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "casewalk.h"

/* Writes s shown by cw_text_show_char (control characters as \x1b, \u009b ...), so a record or
 * a scenario cannot drive the terminal. */
void text_put(FILE *out, const char *s);
/* As text_put, on one line (a newline shows as \n); cut at max_chars characters with "…". */
void text_put_line(FILE *out, const char *s, int max_chars);
/* HTML-escapes s (& < > " ') and drops control characters. NULL writes nothing. */
void html_put(FILE *out, const char *s);
/* html_put of at most max_chars characters, with "…" when cut. */
void html_put_cut(FILE *out, const char *s, int max_chars);
/* "41.2 s", "2 min 05 s" */
void format_duration(int64_t ms, char *out, size_t size);
/* A record's UTC time ("2026-12-02T15:59:42.882Z") as people read it, in local time with its
 * zone: "Wednesday, December 2, 2026 at 9:59 AM CST". The text as written when it is not such a
 * time. The one form every report prints (JSON and CSV keep the ISO time). */
void format_local_time(const char *iso, char *out, size_t size);
/* A median read from a timing histogram: "≈ 41.2 s", "under 0.1 s", "no times". */
void format_median(double ms, char *out, size_t size);
/* "CPS", "DV", or the role id as written. */
const char *role_short_label(const char *role_id, char *buf, size_t size);

#endif
