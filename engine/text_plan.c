/* text_plan.c — finding a text's ${name} placeholders once at load, and filling them in from the
 * plan at every step: no scan of the text, no strlen of it, no name lookup. */
#include "text_plan.h"

#include <stdlib.h>
#include <string.h>

#include "scenario_limits.h"
#include "text.h"

text_plan *text_plan_new(const cw_scenario *sc, const char *text, size_t *bytes)
{
    int n = 0;
    for (const char *p = text; (p = strstr(p, "${")) != NULL && strchr(p + 2, '}'); p = strchr(p + 2, '}') + 1)
        n++;
    *bytes = sizeof(text_plan) + (size_t)n * sizeof(text_piece);
    size_t length = strlen(text);
    text_plan *plan = malloc(*bytes + length + 1);
    if (!plan)
        return NULL;
    plan->n = 0;
    plan->literals = 0;
    plan->text = (char *)&plan->pieces[n];
    memcpy(plan->text, text, length + 1);
    const char *p = text;
    /* The same reading as text_interpolate: a "${" never closed is kept as it is, with the rest. */
    for (const char *open; (open = strstr(p, "${")) != NULL;) {
        const char *end = strchr(open + 2, '}');
        if (!end)
            break;
        char name[65];
        size_t len = (size_t)(end - open - 2);
        int var = -1;
        if (len < sizeof name) {
            memcpy(name, open + 2, len);
            name[len] = '\0';
            var = scenario_var_index(sc, name);
        }
        if (var < 0) { /* shown through text_interpolate, which reports it */
            free(plan);
            return NULL;
        }
        text_piece *piece = &plan->pieces[plan->n++];
        piece->literal = (uint32_t)(open - p);
        piece->skip = (uint32_t)(len + 3);
        piece->var = var;
        plan->literals += piece->literal;
        p = end + 1;
    }
    plan->tail = (uint32_t)(length - (size_t)(p - text));
    plan->literals += plan->tail;
    return plan;
}

int text_plan_fill(const call_context *cx, const text_plan *plan, int line, char **out, cw_error *err)
{
    strbuf b = {0};
    /* Most values are a few digits. Rounded up to a power of two from 256: texts of every length
     * then ask for a few sizes, which glibc serves from the blocks the last views freed. Measured
     * with 10,000 scenes, texts asking for their own lengths, mostly in the 128-byte class, sent
     * malloc searching a heap the loader left in pieces: a cold read, a tenth of a decision. */
    size_t need = plan->literals + 16 * (size_t)plan->n + 1, guess = 256;
    while (guess < need)
        guess *= 2;
    if ((b.data = malloc(guess)) != NULL)
        b.cap = guess, b.data[0] = '\0';
    const char *p = plan->text;
    for (int i = 0; i < plan->n; i++) {
        const text_piece *piece = &plan->pieces[i];
        strbuf_add(&b, p, piece->literal);
        if (cx->sc->reads) /* check keeps a view for the states that agree on what it read */
            cx->sc->reads[piece->var] = 1;
        char formatted[256]; /* as text_interpolate cuts a long string value */
        value_format(&cx->state[piece->var], formatted, sizeof formatted);
        strbuf_adds(&b, formatted);
        p += piece->literal + piece->skip;
    }
    strbuf_add(&b, p, plan->tail);
    return text_filled(cx, &b, line, out, err);
}
