/* text_plan.h — a text's ${name} placeholders, found once at load, so that showing the text
 * copies its literal spans and formats its variables without scanning it or looking names up. */
#ifndef CW_TEXT_PLAN_H
#define CW_TEXT_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "scenario_call.h"

typedef struct text_piece {
    uint32_t literal; /* bytes copied as they are before the placeholder */
    uint32_t skip;    /* the placeholder's own bytes: "${", the name, "}" */
    int var;          /* the state variable filled in */
} text_piece;

/* One block: the pieces, then a copy of the text they describe. A step that fills the text in
 * reads one place in memory, not two: with thousands of scenes, each a cold read. */
typedef struct text_plan {
    int n;           /* placeholders */
    uint32_t tail;   /* bytes copied after the last one */
    size_t literals; /* all literal bytes: the shortest the result can be */
    char *text;      /* the text, NUL-terminated, in this block after the pieces */
    text_piece pieces[];
} text_plan;

/* The plan of text, read exactly as text_interpolate reads it, or NULL when text names a variable
 * sc does not declare (text_interpolate then reports it when the text is shown) or memory ran out.
 * *bytes is what the plan takes besides the copy of the text, for the loader's budget. The caller
 * may free text and use plan->text in its place. Free with free(). */
text_plan *text_plan_new(const cw_scenario *sc, const char *text, size_t *bytes);

/* plan->text with every placeholder filled in from cx's state, in *out (malloc'd): the same bytes
 * as text_interpolate(cx, plan->text, ...). */
int text_plan_fill(const call_context *cx, const text_plan *plan, int line, char **out, cw_error *err);

#endif
