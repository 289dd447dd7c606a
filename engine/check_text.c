/* check_text.c — `casewalk check` on the text itself: control characters other than newline and
 * tab in any string of a scenario are an error, whether written in the file or given by one of
 * its functions during the walk. Players show such characters escaped, but a scenario that holds
 * them is either broken or an attack, and its author should hear so. Ids, tags, targets and
 * classifications are left out: the loader and the validator already allow only a few
 * characters there. */
#include "check_text.h"

#include <stdio.h>

#include "text_show.h"

typedef struct text_checker {
    const cw_scenario *sc;
    cw_finding_fn report;
    void *ud;
    int count;
} text_checker;

static void check(text_checker *c, int line, const char *where, const char *field, const char *text)
{
    unsigned long cp;
    if (!text || !text_find_control(text, &cp))
        return;
    char message[900];
    snprintf(message, sizeof message, "%s:%d: %s: %s holds control character U+%04lX, which a terminal "
             "would obey; write the text without it", c->sc->path, line, where, field, cp);
    c->report(c->ud, message);
    c->count++;
}

static void check_role_text(text_checker *c, int line, const char *where, const char *field,
                            const role_text *t)
{
    check(c, line, where, field, t->fallback);
    for (int r = 0; r < MAX_ROLES; r++)
        if (role_text_own(t, r) && role_text_own(t, r) != t->fallback)
            check(c, line, where, field, role_text_own(t, r));
}

static void check_list(text_checker *c, int line, const char *where, const char *field, char **items, int n)
{
    for (int i = 0; i < n; i++)
        check(c, line, where, field, items[i]);
}

static void check_value(text_checker *c, int line, const char *where, const char *field, const value *v)
{
    if (v->type == VALUE_STRING)
        check(c, line, where, field, v->string);
}

static void check_choice(text_checker *c, const choice *ch, const char *where)
{
    check_role_text(c, ch->line, where, "'text'", &ch->text);
    check(c, ch->line, where, "'feedback'", ch->feedback);
    check(c, ch->line, where, "'rationale'", ch->rationale);
    for (int i = 0; i < ch->n_effects; i++)
        check_value(c, ch->line, where, "a value it sets", &ch->effects[i].value);
}

static void check_scene(text_checker *c, const scene *s)
{
    char where[160];
    snprintf(where, sizeof where, "scene '%s'", s->id);
    check(c, s->line, where, "'phase'", s->phase);
    check_role_text(c, s->line, where, "'speaker'", &s->speaker);
    check_role_text(c, s->line, where, "'text'", &s->text);
    check(c, s->line, where, "'discussion'", s->discussion);
    check(c, s->line, where, "'reason'", s->reason);
    check(c, s->line, where, "'title'", s->is_ending ? s->ending_title : s->title);
    for (int i = 0; i < s->n_choices; i++) {
        char owner[240];
        snprintf(owner, sizeof owner, "choice '%s' in %s", s->choices[i].id, where);
        check_choice(c, &s->choices[i], owner);
    }
    const compose_step *cs = s->compose;
    if (!cs)
        return;
    check(c, s->line, where, "'prompt'", cs->prompt);
    check(c, s->line, where, "'rationale'", cs->rationale);
    for (int i = 0; i < cs->n_clauses; i++)
        check(c, cs->clauses[i].line, where, "a clause's 'text'", cs->clauses[i].text);
}

int check_scenario_text(const cw_scenario *sc, cw_finding_fn report, void *ud)
{
    text_checker c = {sc, report, ud, 0};
    const cw_scenario_info *info = &sc->info;
    const char *fields[][2] = {{"'title'", info->title},
                               {"'version'", info->version},
                               {"'summary'", info->summary},
                               {"'jurisdiction'", info->jurisdiction}};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        check(&c, sc->line, "scenario", fields[i][0], fields[i][1]);
    check_list(&c, sc->line, "scenario", "a content note", sc->content_notes, info->n_content_notes);
    check_list(&c, sc->line, "scenario", "an objective", sc->objectives, info->n_objectives);
    for (int r = 0; r < sc->n_roles; r++) {
        check(&c, sc->line, "a role", "'name'", sc->roles[r].name);
        check(&c, sc->line, "a role", "'brief'", sc->roles[r].brief);
    }
    for (int i = 0; i < sc->n_vars; i++) {
        check_value(&c, sc->line, "state", "a variable's first value", &sc->vars[i].initial);
    }
    for (int i = 0; i < sc->n_secrets; i++) {
        const secret *se = &sc->secrets[i];
        check(&c, se->line, "a confidential item", "'text'", se->text);
        check(&c, se->line, "a confidential item", "'withheld'", se->withheld);
    }
    for (int i = 0; i < sc->n_scenes; i++)
        check_scene(&c, &sc->scenes[i]);
    return c.count;
}

/* check() on a text shown as played at scene scene_id: the place is only written out for a finding. */
static void check_played(text_checker *c, int line, const char *scene_id, const char *field, const char *text)
{
    unsigned long cp;
    if (!text || !text_find_control(text, &cp))
        return;
    char where[160];
    snprintf(where, sizeof where, "scene '%s' (as played)", scene_id);
    check(c, line, where, field, text);
}

/* The feedback, flags and missing elements of r, a decision made at the scene of the given line.
 * A choice's feedback is the scenario's own string, checked before any walk: only a rubric's is
 * looked at again. */
static void check_result(text_checker *c, int line, const result_entry *e)
{
    const cw_result *r = &e->pub;
    if (e->owned_feedback)
        check_played(c, line, r->scene_id, "the feedback", r->feedback);
    for (int i = 0; i < r->n_flags; i++)
        check_played(c, line, r->scene_id, "a flagged phrase", r->flags[i]);
    for (int i = 0; i < r->n_missing; i++)
        check_played(c, line, r->scene_id, "a missing element", r->missing[i]);
}

void check_step_text(const cw_session *s, int decided_at, int step, cw_finding_fn report, void *ud)
{
    const cw_scenario *sc = s->sc;
    text_checker c = {sc, report, ud, 0};
    const cw_step *st = &s->step;
    const scene *sn = &sc->scenes[s->view.scene];
    if (step) {
        check_played(&c, sn->line, sn->id, "the speaker", st->speaker);
        check_played(&c, sn->line, sn->id, "the text", st->text);
        check_played(&c, sn->line, sn->id, "the discussion prompt", st->discussion);
        check_played(&c, sn->line, sn->id, "the reason prompt", st->reason_prompt);
        check_played(&c, sn->line, sn->id, "the drafting prompt", st->compose_prompt);
        check_played(&c, sn->line, sn->id, "the ending's title", st->ending_title);
        for (int i = 0; i < st->n_choices; i++)
            check_played(&c, sn->line, sn->id, "a choice's text", st->choices[i].text);
        for (int i = 0; i < st->n_clauses; i++)
            check_played(&c, sn->line, sn->id, "a clause's text", st->clauses[i].text);
    }
    if (s->n_results == 0)
        return;
    check_result(&c, sc->scenes[decided_at >= 0 ? decided_at : s->view.scene].line, &s->results[s->n_results - 1]);
}

void check_result_text(const cw_scenario *sc, int decided_at, const result_entry *r, cw_finding_fn report, void *ud)
{
    text_checker c = {sc, report, ud, 0};
    if (r)
        check_result(&c, sc->scenes[decided_at].line, r);
}
