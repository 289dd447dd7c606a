/* scenario_validate.c — what can be checked in a loaded scenario without playing it: unique ids,
 * targets that exist, declared variables in ${...}, ratings, feedback, tags and endings. */
#include <lua.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "scenario_model.h"
#include "text.h"

typedef struct validator {
    const cw_scenario *sc;
    cw_finding_fn report;
    void *ud;
    int count;
    int line; /* for text_each_name's callback */
} validator;

static void finding(validator *v, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void finding(validator *v, int line, const char *fmt, ...)
{
    char message[600], full[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    if (line > 0)
        snprintf(full, sizeof full, "%s:%d: %s", v->sc->path, line, message);
    else
        snprintf(full, sizeof full, "%s: %s", v->sc->path, message);
    v->report(v->ud, full);
    v->count++;
}

static void check_name(void *ud, const char *name, size_t len)
{
    validator *v = ud;
    char copy[80];
    snprintf(copy, sizeof copy, "%.*s", (int)(len < 70 ? len : 70), name);
    if (scenario_var_index(v->sc, copy) < 0)
        finding(v, v->line, "text uses undeclared state variable '%s'", copy);
}

static void check_text(validator *v, const char *text, int line)
{
    if (!text)
        return;
    v->line = line;
    if (text_each_name(text, check_name, v) != 0)
        finding(v, line, "text has a '${' that is never closed with '}'");
}

static void check_role_text(validator *v, const role_text *t, int line)
{
    check_text(v, t->fallback, line);
    for (int r = 0; r < MAX_ROLES; r++)
        check_text(v, role_text_own(t, r), line);
}

static void check_routes(validator *v, routes *rs, int line, const char *owner)
{
    for (int i = 0; i < rs->count; i++) {
        route *r = &rs->items[i];
        r->scene = scenario_scene_index(v->sc, r->target);
        if (r->scene < 0)
            finding(v, line, "%s goes to scene '%s', which does not exist", owner, r->target);
    }
    if (rs->count > 0 && rs->items[rs->count - 1].when != LUA_NOREF)
        finding(v, line, "%s: the last route has a 'when', so some states may match no route", owner);
}

static void check_tags(validator *v, char **tags, int n, int line, const char *owner)
{
    if (n == 0)
        finding(v, line, "%s has no competency tags", owner);
    for (int i = 0; i < n; i++)
        if (cw_competency_find(tags[i]) < 0)
            finding(v, line, "%s: unknown competency tag '%s' (see docs/scenario-format.md)", owner, tags[i]);
}

static void check_choice(validator *v, choice *c, const scene *s, int index)
{
    char owner[160];
    snprintf(owner, sizeof owner, "choice '%s' in scene '%s'", c->id, s->id);
    for (int k = 0; k < index; k++)
        if (strcmp(s->choices[k].id, c->id) == 0)
            finding(v, c->line, "scene '%s' has two choices with id '%s'", s->id, c->id);
    check_role_text(v, &c->text, c->line);
    if (c->go.count == 0)
        finding(v, c->line, "%s has no 'go' (where it leads)", owner);
    check_routes(v, &c->go, c->line, owner);
    if (c->rating == CW_RATING_NONE)
        finding(v, c->line, "%s has no rating", owner);
    if (!c->feedback || !*c->feedback)
        finding(v, c->line, "%s has no feedback", owner);
    if (!c->rationale || !*c->rationale)
        finding(v, c->line, "%s has no rationale", owner);
    check_tags(v, c->tags, c->n_tags, c->line, owner);
}

/* A pinned position must exist among the scene's choices, and two choices cannot hold the same. */
static void check_pins(validator *v, const scene *s)
{
    for (int i = 0; i < s->n_choices; i++) {
        const choice *c = &s->choices[i];
        int slot = c->pin > 0 ? c->pin - 1 : s->n_choices + c->pin;
        if (c->pin == 0)
            continue;
        if (slot < 0 || slot >= s->n_choices) {
            finding(v, c->line, "choice '%s' in scene '%s' is pinned to a position the scene's %d choices do not have",
                    c->id, s->id, s->n_choices);
            continue;
        }
        for (int k = 0; k < i; k++) {
            const choice *o = &s->choices[k];
            if (o->pin != 0 && (o->pin > 0 ? o->pin - 1 : s->n_choices + o->pin) == slot)
                finding(v, c->line, "choices '%s' and '%s' in scene '%s' are pinned to the same position", o->id,
                        c->id, s->id);
        }
    }
}

static void check_scene(validator *v, scene *s, int index)
{
    const cw_scenario *sc = v->sc;
    if (scenario_scene_index(sc, s->id) != index) /* the id table keeps the first holder */
        finding(v, s->line, "two scenes have the id '%s'", s->id);
    check_role_text(v, &s->text, s->line);
    check_role_text(v, &s->speaker, s->line);
    if (s->is_ending) {
        const char *c = s->classification;
        if (strcmp(c, "positive") != 0 && strcmp(c, "mixed") != 0 && strcmp(c, "negative") != 0)
            finding(v, s->line, "ending '%s': classification must be positive, mixed or negative", s->id);
        return;
    }
    if (s->compose) {
        compose_step *cs = s->compose;
        char owner[160];
        snprintf(owner, sizeof owner, "compose step of scene '%s'", s->id);
        check_text(v, cs->prompt, s->line);
        if (cs->n_clauses == 0)
            finding(v, s->line, "%s has no clauses", owner);
        for (int i = 0; i < cs->n_clauses; i++) {
            check_text(v, cs->clauses[i].text, cs->clauses[i].line);
            for (int k = 0; k < i; k++)
                if (strcmp(cs->clauses[k].id, cs->clauses[i].id) == 0)
                    finding(v, cs->clauses[i].line, "%s has two clauses with id '%s'", owner, cs->clauses[i].id);
        }
        if (cs->min < 1 || cs->min > cs->max || cs->max > cs->n_clauses)
            finding(v, s->line, "%s: need 1 <= min <= max <= number of clauses", owner);
        if (!cs->rationale || !*cs->rationale)
            finding(v, s->line, "%s has no rationale", owner);
        check_tags(v, cs->tags, cs->n_tags, s->line, owner);
        if (s->go.count == 0)
            finding(v, s->line, "%s has no 'go' (where the scene leads)", owner);
        check_routes(v, &s->go, s->line, owner);
        return;
    }
    if (s->n_choices == 0)
        finding(v, s->line, "scene '%s' has no choices, no compose step, and is not an ending", s->id);
    if (s->go.count > 0)
        finding(v, s->line, "scene '%s' has choices and a 'go'; each choice says where it leads", s->id);
    for (int i = 0; i < s->n_choices; i++)
        check_choice(v, &s->choices[i], s, i);
    check_pins(v, s);
}

int scenario_validate(const cw_scenario *sc, cw_finding_fn report, void *ud)
{
    validator v = {sc, report, ud, 0, 0};
    if (scenario_role_index(sc, "cps") < 0 || scenario_role_index(sc, "dv") < 0)
        finding(&v, sc->line, "the scenario needs a 'cps' role and a 'dv' role");
    for (int i = 0; i < sc->n_roles; i++)
        for (int k = 0; k < i; k++)
            if (strcmp(sc->roles[i].id, sc->roles[k].id) == 0)
                finding(&v, sc->line, "two roles have the id '%s'", sc->roles[i].id);
    for (int i = 0; i < sc->n_secrets; i++) {
        check_text(&v, sc->secrets[i].text, sc->secrets[i].line);
        check_text(&v, sc->secrets[i].withheld, sc->secrets[i].line);
        for (int k = 0; k < i; k++)
            if (strcmp(sc->secrets[i].id, sc->secrets[k].id) == 0)
                finding(&v, sc->secrets[i].line, "two confidential items have the id '%s'", sc->secrets[i].id);
    }
    for (int i = 0; i < sc->n_scenes; i++)
        check_scene(&v, &sc->scenes[i], i);
    cw_scenario *writable = (cw_scenario *)sc; /* the start index is resolved here, once */
    writable->start = scenario_scene_index(sc, sc->info.start_scene);
    if (writable->start < 0)
        finding(&v, sc->line, "'start' names scene '%s', which does not exist", sc->info.start_scene);
    else if (sc->scenes[writable->start].is_ending)
        finding(&v, sc->line, "'start' names an ending");
    return v.count;
}
