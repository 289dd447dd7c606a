/* text_show.h — finding the characters a terminal would obey; the rule for
 * showing them is cw_text_show_char in casewalk.h. */
#ifndef CW_TEXT_SHOW_H
#define CW_TEXT_SHOW_H

#include <stdio.h>

/* Whether a terminal would obey code point cp: C0 controls, DEL and C1 controls. Newline and tab
 * count too; callers that allow them say so. */
int text_is_control(unsigned long cp);

/* The first control character in s other than newline and tab (as a code point in *cp), or NULL
 * when there is none. Bytes that are not UTF-8 are not looked at here. */
const char *text_find_control(const char *s, unsigned long *cp);

#endif
