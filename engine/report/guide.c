/* guide.c — builds a facilitator guide's model from a scenario: a 90-minute and a 3-hour plan
 * for a room (where a case takes an hour or more, not its solo minutes), every decision's
 * discussion prompt by phase, how the roles' views differ, and the practice points cited. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/guide.h"
#include "scenario_model.h"

const char guide_reflection_prompt[] =
    "Think of a case of your own where the other system saw something you did not. What did it "
    "know, when could you have asked, and what will you do differently next time?";

/* Decisions beyond this many share the case's time as if there were this many. */
#define PLAN_MAX_DECISIONS 30

__attribute__((format(printf, 4, 5)))
static void add_slot(guide_plan *p, int minutes, int decision, const char *fmt, ...)
{
    if (p->n_slots >= GUIDE_MAX_SLOTS || minutes <= 0)
        return;
    guide_slot *s = &p->slots[p->n_slots++];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->what, sizeof s->what, fmt, ap);
    va_end(ap);
    s->minutes = minutes;
    s->decision = decision;
}

/* The case's decisions from first to last, sharing minutes; a break after decision
 * break_after (0: none). Each decision: two minutes to read and vote, the rest to discuss. */
static void add_decisions(guide_plan *p, int decisions, int minutes, int break_after, int break_minutes)
{
    int n = decisions < 1 ? 1 : decisions > PLAN_MAX_DECISIONS ? PLAN_MAX_DECISIONS : decisions;
    for (int k = 1; k <= n; k++) {
        int share = minutes / n + (k <= minutes % n ? 1 : 0);
        if (share >= 4)
            add_slot(p, share, k, "Decision %d: read the scene and vote (2 min), discuss (%d min)", k, share - 2);
        else
            add_slot(p, share, k, "Decision %d: read, vote and discuss briefly", k);
        if (k == break_after)
            add_slot(p, break_minutes, 0, "Break");
    }
}

static void plan_short(guide_plan *p, int decisions)
{
    p->total = 90;
    add_slot(p, 5, 0, "Welcome and introductions: each person's role and agency");
    add_slot(p, 3, 0, "Content notes and ground rules: anyone may step out or pause at any time");
    add_slot(p, 4, 0, "The roles and their briefs; how voting works");
    add_decisions(p, decisions, 62, 0, 0);
    add_slot(p, 13, 0, "Debrief: reactions, what happened, what each role saw, take-home points");
    add_slot(p, 3, 0, "Handout and close");
}

static void plan_long(guide_plan *p, int decisions)
{
    p->total = 180;
    add_slot(p, 10, 0, "Welcome and introductions: each person's role, agency and mandate");
    add_slot(p, 5, 0, "Content notes and ground rules: anyone may step out or pause at any time");
    add_slot(p, 10, 0, "The roles and their briefs; how voting works; play each role in a small group");
    int n = decisions < 1 ? 1 : decisions > PLAN_MAX_DECISIONS ? PLAN_MAX_DECISIONS : decisions;
    add_decisions(p, n, 75, (n + 1) / 2, 15);
    add_slot(p, 5, 0, "Debrief, reactions: how did that feel, in each role?");
    add_slot(p, 8, 0, "Debrief, description: what happened, and what the record shows");
    add_slot(p, 12, 0, "Debrief, analysis: the reasons behind the room's choices");
    add_slot(p, 5, 0, "Debrief, summary: what each person takes back to work");
    add_slot(p, 20, 0, "What each role saw that the other did not: compare the views");
    add_slot(p, 10, 0, "The practice points and their sources");
    add_slot(p, 5, 0, "Handout, reflection and close");
}

static int role_text_differs(const role_text *t)
{
    if (t->function != LUA_NOREF)
        return 1;
    for (int r = 0; r < MAX_ROLES; r++)
        if (role_text_own(t, r))
            return 1;
    return 0;
}

/* Does role r see choice c (by its roles and its text)? */
static int role_sees(const choice *c, int r)
{
    if (c->role_mask && !(c->role_mask & (1u << r)))
        return 0;
    if (c->text.function == LUA_NOREF && !c->text.fallback && !role_text_own(&c->text, r))
        return 0;
    return 1;
}

__attribute__((format(printf, 1, 2)))
static char *joined(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!s)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

static int add_difference(cw_report_guide *g, const scene *sc, char *what)
{
    if (!what)
        return -1;
    if (g->n_differences == g->differences_room) { /* doubling: a generated case has thousands */
        int room = g->differences_room ? g->differences_room * 2 : 64;
        guide_difference *d = realloc(g->differences, (size_t)room * sizeof *d);
        if (!d) {
            free(what);
            return -1;
        }
        g->differences = d;
        g->differences_room = room;
    }
    g->differences[g->n_differences++] = (guide_difference){sc ? sc->id : NULL, sc ? sc->phase : NULL, what};
    return 0;
}

/* Which choices only some roles get at a scene: one line when no choice is shared, else a line
 * per role that has choices of its own. */
static int choice_differences(cw_report_guide *g, const scene *s)
{
    const cw_scenario *sc = g->scenario;
    int own[MAX_ROLES] = {0}, shared = 0, any_own = 0;
    for (int c = 0; c < s->n_choices; c++) {
        int all = 1;
        for (int r = 0; r < sc->n_roles; r++)
            all = all && role_sees(&s->choices[c], r);
        shared += all;
        for (int r = 0; r < sc->n_roles && !all; r++)
            if (role_sees(&s->choices[c], r)) {
                own[r]++;
                any_own = 1;
            }
    }
    if (!any_own)
        return 0;
    if (shared == 0) {
        char counts[1024] = "";
        size_t used = 0;
        for (int r = 0; r < sc->n_roles && used < sizeof counts; r++) {
            int w = snprintf(counts + used, sizeof counts - used, "%s%s %d", r ? ", " : "", sc->roles[r].name, own[r]);
            used += w > 0 ? (size_t)w : 0;
        }
        return add_difference(g, s, joined("No choice is shared; each role has its own: %s.", counts));
    }
    for (int r = 0; r < sc->n_roles; r++)
        if (own[r] && add_difference(g, s, joined("%s also gets %d choice%s not every role gets.", sc->roles[r].name,
                                                  own[r], own[r] == 1 ? "" : "s")))
            return -1;
    return 0;
}

/* For each scene: whether its text differs by role, which choices only some roles are offered,
 * and which confidential items it shows to their holder only. */
static int find_differences(cw_report_guide *g)
{
    const cw_scenario *sc = g->scenario;
    for (int i = 0; i < sc->n_scenes; i++) {
        const scene *s = &sc->scenes[i];
        if (s->is_ending) {
            if (role_text_differs(&s->text) &&
                add_difference(g, s, joined("Ending \"%s\" reads differently for each role.", s->ending_title ? s->ending_title : s->id)))
                return -1;
            continue;
        }
        if (role_text_differs(&s->text) && add_difference(g, s, joined("The scene's text is written for each role.")))
            return -1;
        if (s->choices && choice_differences(g, s))
            return -1;
        for (int k = 0; k < s->n_reveal; k++) {
            const secret *sec = &sc->secrets[s->reveal[k]];
            const char *when = sec->released_var >= 0 ? sc->vars[sec->released_var].name : NULL;
            char *what = when ? joined("Confidential \"%s\": %s sees it; the others only once \"%s\" is true.", sec->id, sc->roles[sec->holder].name, when)
                              : joined("Confidential \"%s\": only %s sees it.", sec->id, sc->roles[sec->holder].name);
            if (add_difference(g, s, what))
                return -1;
        }
    }
    return 0;
}

static int find_secrets(cw_report_guide *g)
{
    const cw_scenario *sc = g->scenario;
    if (sc->n_secrets == 0)
        return 0;
    g->secrets = calloc((size_t)sc->n_secrets, sizeof *g->secrets);
    if (!g->secrets)
        return -1;
    for (int k = 0; k < sc->n_secrets; k++) {
        const secret *sec = &sc->secrets[k];
        guide_secret *gs = &g->secrets[g->n_secrets++];
        gs->id = sec->id;
        gs->holder = sc->roles[sec->holder].name;
        gs->text = sec->text;
        gs->released_when = sec->released_var >= 0 ? sc->vars[sec->released_var].name : NULL;
        size_t len = 1;
        for (int i = 0; i < sc->n_scenes; i++)
            for (int r = 0; r < sc->scenes[i].n_reveal; r++)
                if (sc->scenes[i].reveal[r] == k)
                    len += strlen(sc->scenes[i].id) + 2;
        gs->scenes = calloc(len, 1);
        if (!gs->scenes)
            return -1;
        for (int i = 0; i < sc->n_scenes; i++)
            for (int r = 0; r < sc->scenes[i].n_reveal; r++)
                if (sc->scenes[i].reveal[r] == k) {
                    if (*gs->scenes)
                        strcat(gs->scenes, ", ");
                    strcat(gs->scenes, sc->scenes[i].id);
                }
    }
    return 0;
}

static void count_cited(int *counts, const char *text)
{
    int numbers[PRACTICE_POINT_COUNT];
    int n = practice_points_cited(text, numbers, PRACTICE_POINT_COUNT);
    for (int i = 0; i < n; i++)
        counts[numbers[i] - 1]++;
}

static int same_phase(const char *a, const char *b)
{
    return (a == NULL) == (b == NULL) && (!a || strcmp(a, b) == 0);
}

/* By phase, the phases in the order the file first names them; scenes in file order. A case
 * has few phases, so this is linear in the scenes for any real file. */
static int find_prompts(cw_report_guide *g)
{
    const cw_scenario *sc = g->scenario;
    g->prompts = calloc((size_t)sc->n_scenes + 1, sizeof *g->prompts);
    const char **phases = calloc((size_t)sc->n_scenes + 1, sizeof *phases);
    if (!g->prompts || !phases) {
        free(phases);
        return -1;
    }
    int n_phases = 0;
    for (int i = 0; i < sc->n_scenes; i++) {
        const scene *s = &sc->scenes[i];
        if (s->is_ending || !s->discussion || !*s->discussion)
            continue;
        int seen = 0;
        for (int k = 0; k < n_phases && !seen; k++)
            seen = same_phase(phases[k], s->phase);
        if (!seen)
            phases[n_phases++] = s->phase;
    }
    for (int k = 0; k < n_phases; k++)
        for (int i = 0; i < sc->n_scenes; i++) {
            const scene *s = &sc->scenes[i];
            if (!s->is_ending && s->discussion && *s->discussion && same_phase(phases[k], s->phase))
                g->prompts[g->n_prompts++] = (guide_prompt){s->phase, s->id, s->discussion};
        }
    free(phases);
    return 0;
}

void cw_report_guide_free(cw_report_guide *g)
{
    if (!g)
        return;
    for (int i = 0; i < g->n_differences; i++)
        free(g->differences[i].what);
    free(g->differences);
    for (int i = 0; i < g->n_secrets; i++)
        free(g->secrets[i].scenes);
    free(g->secrets);
    free(g->prompts);
    free(g);
}

cw_report_guide *cw_report_guide_new(const cw_scenario *scenario, cw_error *err)
{
    cw_report_guide *g = calloc(1, sizeof *g);
    if (!g) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    g->scenario = scenario;
    g->info = cw_scenario_info_get(scenario);
    g->decisions = cw_scenario_decisions_estimate(scenario);
    if (g->decisions < 1)
        g->decisions = 1;
    plan_short(&g->short_plan, g->decisions);
    plan_long(&g->long_plan, g->decisions);

    int counts[PRACTICE_POINT_COUNT] = {0};
    for (int i = 0; i < scenario->n_scenes; i++) {
        const scene *s = &scenario->scenes[i];
        for (int c = 0; c < s->n_choices; c++)
            count_cited(counts, s->choices[c].rationale);
        if (s->compose)
            count_cited(counts, s->compose->rationale);
    }
    for (int k = 0; k < PRACTICE_POINT_COUNT; k++)
        if (counts[k])
            g->points[g->n_points++] = (guide_point){k + 1, counts[k]};

    if (find_prompts(g) || find_differences(g) || find_secrets(g)) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        cw_report_guide_free(g);
        return NULL;
    }
    return g;
}
