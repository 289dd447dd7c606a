/* workshop_probe.c — which choice the scenario recommends at the step on screen, so the reveal
 * can mark it. The engine rates a choice only once it is made, so the probe replays the room's
 * decisions so far in unrecorded sessions (same role and seed), one per choice, and makes that
 * choice there. */
#include <string.h>

#include "workshop_app.h"

static int position_of(const cw_option_view *options, int n, const char *id, size_t len)
{
    for (int i = 0; i < n; i++)
        if (strlen(options[i].id) == len && strncmp(options[i].id, id, len) == 0)
            return i;
    return -1;
}

/* Replays result r of the real session in probe p; 0 when it went the same way. */
static int replay_one(workshop *w, cw_session *p, const cw_result *r, int index)
{
    const cw_step *step = cw_session_step(p);
    cw_error err = { 0 };
    if (!step || !r->chosen_id)
        return -1;
    if (!r->is_compose) {
        if (step->kind != CW_STEP_CHOICE)
            return -1;
        int at = position_of(step->choices, step->n_choices, r->chosen_id, strlen(r->chosen_id));
        return at < 0 ? -1 : cw_session_choose(p, at, NULL, &err);
    }
    if (step->kind != CW_STEP_COMPOSE)
        return -1;
    int positions[WS_MAX_CLAUSES], n = 0;
    for (const char *s = r->chosen_id; *s && n < WS_MAX_CLAUSES;) {
        size_t len = strcspn(s, "+");
        int at = position_of(step->clauses, step->n_clauses, s, len);
        if (at < 0)
            return -1;
        positions[n++] = at;
        s += len + (s[len] == '+');
    }
    const char *own = index < (int)(sizeof w->own_texts / sizeof w->own_texts[0]) ? w->own_texts[index] : NULL;
    return cw_session_compose(p, positions, n, own && own[0] ? own : NULL, NULL, &err);
}

int ws_probe_ratings(workshop *w)
{
    app *a = w->a;
    const cw_step *now = cw_session_step(a->session);
    int n = now && now->kind == CW_STEP_CHOICE ? now->n_choices : 0;
    if (n > WS_MAX_CHOICES)
        n = WS_MAX_CHOICES;
    const cw_role *role = cw_session_role(a->session);
    int done = cw_session_result_count(a->session);
    for (int c = 0; c < n; c++) {
        cw_session_options so = { .role = role ? role->id : NULL, .trainee = "probe", .records_dir = NULL,
                                  .mode = CW_MODE_PRACTICE, .seed = cw_session_seed(a->session), .has_seed = 1 };
        cw_error err = { 0 };
        cw_session *p = cw_session_start(a->direct, &so, &err);
        if (!p)
            return -1;
        int ok = 1;
        for (int i = 0; i < done && ok; i++)
            ok = replay_one(w, p, cw_session_result(a->session, i), i) == 0;
        const cw_step *step = ok ? cw_session_step(p) : NULL;
        ok = ok && step && step->kind == CW_STEP_CHOICE && step->n_choices == now->n_choices
          && strcmp(step->choices[c].id, a->step.option_ids[c]) == 0
          && cw_session_choose(p, c, NULL, &err) == 0;
        const cw_result *r = ok ? cw_session_result(p, done) : NULL;
        w->ratings[c] = r ? r->rating : CW_RATING_NONE;
        cw_session_free(p);
        if (!ok)
            return -1;
    }
    w->ratings_known = n > 0;
    return 0;
}
