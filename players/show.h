/* show.h — printing untrusted text (scenario text, record fields, file names, error messages) on
 * a terminal, by the engine's one rule (cw_text_show_char): control characters are shown as
 * visible escapes such as \x1b, never sent. */
#ifndef CW_SHOW_H
#define CW_SHOW_H

#include <stddef.h>
#include <stdio.h>

/* A one-line field made safe to print, returned by value so that it can wrap a printf argument:
 *     printf("%s\n", show_line(info->title).text);
 * The text lives until the end of the statement. Room for a whole cw_error message even when
 * every byte is escaped; longer text is cut with "…". */
typedef struct shown_line {
    char text[4 * 1024 + 8];
} shown_line;

shown_line show_line(const char *s);

/* Prints "who: message" and a newline on standard error, the message shown on one line: the one
 * way a command prints a cw_error (or any message quoting a scenario, record or file name). */
void show_error(const char *who, const char *message);

/* Writes the first n bytes of s (whole characters: n ends at a space, tab, newline or the end),
 * newlines kept, everything else shown by the rule; and the columns that takes. */
void show_text(FILE *out, const char *s, size_t n);
int show_columns(const char *s, size_t n);

#endif
