/* wrap.h — plain text for the terminal: paragraphs wrapped to its width, no cursor tricks, so a
 * screen reader reads it as written. */
#ifndef CW_WRAP_H
#define CW_WRAP_H

#include <stdio.h>

/* The terminal's columns (standard output), else $COLUMNS, else 80; kept between 40 and 100. */
int terminal_width(void);

/* The width reports are wrapped to: the terminal's columns when standard output is one (at
 * least 40), else $COLUMNS when it says 40 or more, else 80. */
int report_width(void);

/* Prints text wrapped to width; the first line starts with prefix, later lines are indented by
 * its width. Blank lines in text separate paragraphs and are kept. text may be untrusted (it is
 * shown by show.h's rule); prefix is the caller's own. */
void print_wrapped(FILE *out, const char *prefix, const char *text, int width);

#endif
