/* text.c — the words a trainee reads: a role's version of a text, with ${name} filled in. */
#include "text.h"

#include "scenario_limits.h"
#include "text_plan.h"

#include <lua.h>
#include <stdlib.h>
#include <string.h>

int text_each_name(const char *text, void (*fn)(void *ud, const char *name, size_t len), void *ud)
{
    for (const char *p = text; (p = strstr(p, "${")) != NULL;) {
        const char *end = strchr(p + 2, '}');
        if (!end)
            return -1;
        fn(ud, p + 2, (size_t)(end - p - 2));
        p = end + 1;
    }
    return 0;
}

int text_interpolate(const call_context *cx, const char *in, int line, char **out, cw_error *err)
{
    size_t length = strlen(in);
    if (!memchr(in, '$', length)) { /* most texts fill nothing in: one copy */
        *out = malloc(length + 1);
        if (!*out) {
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            return -1;
        }
        memcpy(*out, in, length + 1);
        return 0;
    }
    strbuf b = {0};
    b.data = malloc(length + 64); /* room for the text and a few values at once */
    if (b.data)
        b.cap = length + 64, b.data[0] = '\0';
    const char *p = in;
    for (const char *open; (open = strstr(p, "${")) != NULL;) {
        const char *end = strchr(open + 2, '}');
        if (!end)
            break;
        strbuf_add(&b, p, (size_t)(open - p));
        char name[65];
        size_t len = (size_t)(end - open - 2);
        int var = -1;
        if (len < sizeof name) {
            memcpy(name, open + 2, len);
            name[len] = '\0';
            var = scenario_var_index(cx->sc, name);
        }
        if (var < 0) {
            free(strbuf_take(&b));
            cw_error_set(err, CW_ERR_INPUT, cx->sc->path, line, "text uses undeclared state variable '%.*s'",
                         (int)(len > 64 ? 64 : len), open + 2);
            return -1;
        }
        if (cx->sc->reads)
            cx->sc->reads[var] = 1;
        char formatted[256];
        value_format(&cx->state[var], formatted, sizeof formatted);
        strbuf_adds(&b, formatted);
        p = end + 1;
    }
    strbuf_adds(&b, p);
    return text_filled(cx, &b, line, out, err);
}

int text_filled(const call_context *cx, strbuf *b, int line, char **out, cw_error *err)
{
    if (!b->failed && b->len > SCENARIO_MAX_TEXT_BYTES) { /* a text function's ${...} filled in */
        free(strbuf_take(b));
        cw_error_set(err, CW_ERR_INPUT, cx->sc->path, line,
                     "text is longer than %d bytes once ${...} are filled in", SCENARIO_MAX_TEXT_BYTES);
        return -1;
    }
    *out = strbuf_take(b);
    if (!*out) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    return 0;
}

int text_for_role(const call_context *cx, const role_text *t, int line, const char **shown, char **owned,
                  cw_error *err)
{
    *shown = NULL;
    *owned = NULL;
    const char *own = role_text_own(t, cx->role);
    const char *plain = own ? own : t->fallback;
    if (plain) {
        unsigned bit = own ? 1u << cx->role : ROLE_TEXT_FALLBACK_FILLS;
        if (!(t->fills & bit)) { /* nothing to fill in: the scenario's string, shown as it is */
            *shown = plain;
            return 0;
        }
        const struct text_plan *plan = !own ? t->plan : t->role_plans ? t->role_plans[cx->role] : NULL;
        if ((plan ? text_plan_fill(cx, plan, line, owned, err)
                  : text_interpolate(cx, plain, line, owned, err)) != 0)
            return -1;
        *shown = *owned;
        return 0;
    }
    if (t->function == LUA_NOREF)
        return 0;
    char *raw = NULL;
    if (call_text(cx, t->function, line, &raw, err) != 0)
        return -1;
    int rc = text_interpolate(cx, raw, line, owned, err);
    free(raw);
    *shown = *owned;
    return rc;
}
