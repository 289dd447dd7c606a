/* text_show.h — reading UTF-8 and finding the characters a terminal would obey; the rule for
 * showing them is cw_text_show_char in casewalk.h. */
#ifndef CW_TEXT_SHOW_H
#define CW_TEXT_SHOW_H

#include <stdio.h>

/* Length (1-4) of the valid UTF-8 sequence at s, with its code point in *cp; 0 when the bytes at
 * s are not UTF-8 (a stray or cut-short sequence, an overlong form, a surrogate, above U+10FFFF).
 * s must be NUL-terminated (the NUL ends any sequence). */
int utf8_decode(const unsigned char *s, unsigned long *cp);

/* Whether a terminal would obey code point cp: C0 controls, DEL and C1 controls. Newline and tab
 * count too; callers that allow them say so. */
int text_is_control(unsigned long cp);

/* The first control character in s other than newline and tab (as a code point in *cp), or NULL
 * when there is none. Bytes that are not UTF-8 are not looked at here. */
const char *text_find_control(const char *s, unsigned long *cp);

/* Writes s to out by that rule, on one line (for the engine's own rare messages on stderr). */
void text_show_line(FILE *out, const char *s);

#endif
