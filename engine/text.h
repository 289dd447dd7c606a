/* text.h — the words a trainee reads: a role's version of a text, with ${name} filled in from state. */
#ifndef CW_TEXT_H
#define CW_TEXT_H

#include "scenario_call.h"
#include "strbuf.h"

/* The role's text (its own, else the default, else the function's result), interpolated, in
 * *shown; NULL when the text has nothing for this role. *owned is what the caller frees: the
 * filled-in copy, or NULL when *shown is the scenario's own string (a text with no ${...}), which
 * outlives every session and is neither copied nor scanned. */
int text_for_role(const call_context *cx, const role_text *t, int line, const char **shown, char **owned,
                  cw_error *err);

/* Replaces every ${name} with the state variable's value; *out is malloc'd. */
int text_interpolate(const call_context *cx, const char *in, int line, char **out, cw_error *err);

/* Calls fn for each ${name} in text (name is not NUL-terminated). Returns -1 if a "${" is never
 * closed, else 0. */
int text_each_name(const char *text, void (*fn)(void *ud, const char *name, size_t len), void *ud);

/* Hands a text with its ${...} filled in to *out, or frees it and reports why: longer than a text
 * may be, or out of memory. Both ways of filling a text in end here. */
int text_filled(const call_context *cx, strbuf *b, int line, char **out, cw_error *err);

#endif
