/* session.c — plays one scenario for one role: builds what each scene shows, applies decisions,
 * and writes each step to the record before the next scene is shown. */
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ids.h"
#include "record_rules.h"
#include "scenario_limits.h"
#include "scenario_load.h"
#include "session_internal.h"
#include "text.h"

#define MAX_OWN_TEXT 4000
#define MAX_REASON 4000

static void result_entry_clear(result_entry *r);
static void result_entry_release(result_entry *r);

static call_context context(cw_session *s, const value *state)
{
    call_context cx = {s->sc, state, s->role, &s->rng};
    return cx;
}

/* ---- state ------------------------------------------------------------------------------------ */

/* A state's strings are the scenario's own (a variable's first value, or a value a choice sets:
 * the loader checks that no other string can reach it), so a state shares them rather than
 * copying: copying a state is one block, and the scenario outlives every session. */

static void state_free(const cw_scenario *sc, value *state)
{
    (void)sc;
    free(state);
}

static value *state_copy(const cw_scenario *sc, const value *from, int initial)
{
    value *state = malloc(((size_t)sc->n_vars + 1) * sizeof *state);
    if (!state)
        return NULL;
    if (!initial) {
        memcpy(state, from, (size_t)sc->n_vars * sizeof *state);
        return state;
    }
    for (int i = 0; i < sc->n_vars; i++)
        state[i] = sc->vars[i].initial;
    return state;
}

/* The state a decision makes: a copy of the session's, in the block the state before it left
 * (state_retire) when there is one, so that a step allocates nothing for it. */
static value *state_next(cw_session *s)
{
    value *state = s->spare_state;
    s->spare_state = NULL;
    if (!state)
        return state_copy(s->sc, s->state, 0);
    memcpy(state, s->state, (size_t)s->sc->n_vars * sizeof *state);
    return state;
}

static void state_retire(cw_session *s, value *state)
{
    free(s->spare_state);
    s->spare_state = state;
}

static void apply_effects(value *state, const choice *c)
{
    for (int i = 0; i < c->n_effects; i++) {
        const effect *e = &c->effects[i];
        value *v = &state[e->var];
        if (e->is_add)
            v->number += e->value.number;
        else
            *v = e->value; /* its string, if any, the scenario's */
    }
}

/* ---- views -------------------------------------------------------------------------------------- */

void view_free(view *v)
{
    if (!v->borrows_texts) {
        free(v->owned_text);
        free(v->owned_speaker);
        for (int i = 0; i < v->n_options; i++)
            free(v->option_texts ? v->option_texts[i] : NULL);
    }
    free(v->options); /* the block behind option_texts and choice_index too */
    free(v->revealed);
    memset(v, 0, sizeof *v);
    v->scene = -1;
}

static int is_revealed(const cw_session *s, const value *state, const secret *sec)
{
    if (sec->holder == s->role)
        return 1;
    if (sec->released_var >= 0 && s->sc->reads)
        s->sc->reads[sec->released_var] = 1;
    return sec->released_var >= 0 && state[sec->released_var].boolean;
}

/* Scene text plus a paragraph per confidential item: its text where this role may see it, a
 * withheld notice where it may not. */
static int build_text(cw_session *s, const value *state, const scene *sc_scene, view *v, cw_error *err)
{
    call_context cx = context(s, state);
    const char *shown = NULL;
    char *body = NULL;
    if (text_for_role(&cx, &sc_scene->text, sc_scene->line, &shown, &body, err) != 0)
        return -1;
    if (sc_scene->n_reveal == 0) { /* the text as it is: no confidential paragraphs to add */
        v->owned_text = body;
        v->text = shown ? shown : "";
        return 0;
    }
    strbuf b = {0};
    strbuf_adds(&b, shown ? shown : "");
    free(body);
    v->n_reveal = sc_scene->n_reveal;
    v->revealed = calloc((size_t)sc_scene->n_reveal + 1, sizeof *v->revealed);
    if (!v->revealed) {
        free(strbuf_take(&b));
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    for (int i = 0; i < sc_scene->n_reveal; i++) {
        const secret *sec = &s->sc->secrets[sc_scene->reveal[i]];
        const cw_role *holder = &s->sc->roles[sec->holder];
        v->revealed[i] = is_revealed(s, state, sec);
        char *piece = NULL;
        char fallback[400];
        const char *source = v->revealed[i] ? sec->text : sec->withheld;
        if (!source) {
            snprintf(fallback, sizeof fallback,
                     "Held in confidence by the other role (%s). It can be shared with you only with the "
                     "survivor's informed, written, time-limited release.",
                     holder->name);
            source = fallback;
        }
        if (text_interpolate(&cx, source, sec->line, &piece, err) != 0) {
            free(strbuf_take(&b));
            return -1;
        }
        strbuf_adds(&b, "\n\n");
        if (v->revealed[i])
            strbuf_adds(&b, sec->holder == s->role ? "[Confidential — you hold this] "
                                                   : "[Shared with the survivor's consent] ");
        else
            strbuf_adds(&b, "[Withheld] ");
        strbuf_adds(&b, piece);
        free(piece);
    }
    v->text = v->owned_text = strbuf_take(&b);
    if (!v->text) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    return 0;
}

/* Room for n options: one zeroed block for the three arrays (each has a spare entry), in the
 * order of their alignment, so a view costs one allocation rather than three; and none when the
 * session s (NULL for a copy) kept the block of the view it showed last (keep_block): an
 * allocation per step searched a heap the loader had left in pieces, a cold read at every step. */
static int alloc_options(cw_session *s, view *v, int n, cw_error *err)
{
    size_t slots = (size_t)n + 1;
    size_t size = slots * (sizeof *v->options + sizeof *v->option_texts + sizeof *v->choice_index);
    char *block = NULL;
    if (s && s->spare_block && s->spare_bytes >= size) {
        block = s->spare_block, size = s->spare_bytes;
        s->spare_block = NULL;
        memset(block, 0, size);
    } else {
        block = calloc(1, size);
    }
    v->block_bytes = size;
    if (!block) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    v->options = (cw_option_view *)(void *)block;
    v->option_texts = (char **)(void *)(block + slots * sizeof *v->options);
    v->choice_index = (int *)(void *)(block + slots * (sizeof *v->options + sizeof *v->option_texts));
    return 0;
}

/* The slot a pinned choice asks for among n shown, or -1 when it is not pinned. Where some
 * choices are not offered, a pin past the end falls on the last slot. */
static int pinned_slot(const choice *c, int n)
{
    if (c->pin == 0)
        return -1;
    int slot = c->pin > 0 ? c->pin - 1 : n + c->pin;
    return slot < 0 ? 0 : slot >= n ? n - 1 : slot;
}

/* Puts the options shown in the session's order: pinned choices in their slots (a taken slot
 * passes to the next free one), the rest shuffled by Fisher–Yates on the session's seeded
 * generator into the free slots. The seed and the decisions so far fix every draw, so a record
 * replays to the same order. */
static int order_options(cw_session *s, const scene *sn, view *v, cw_error *err)
{
    /* A scene has at most SCENARIO_MAX_CHOICES choices (checked at load): room on the stack. */
    enum { MOST = SCENARIO_MAX_CHOICES };
    int n = v->n_options;
    if (n > MOST) {
        cw_error_set(err, CW_ERR_INPUT, s->sc->path, sn->line, "scene '%s' shows more than %d choices", sn->id, MOST);
        return -1;
    }
    if (!sn->pinned) { /* the same draws, swapped in place: what the general case below does then */
        for (int i = n - 1; i > 0; i--) {
            int j = (int)rng_below(&s->rng, (uint64_t)i + 1);
            cw_option_view option = v->options[i];
            char *text = v->option_texts[i];
            int index = v->choice_index[i];
            v->options[i] = v->options[j], v->options[j] = option;
            v->option_texts[i] = v->option_texts[j], v->option_texts[j] = text;
            v->choice_index[i] = v->choice_index[j], v->choice_index[j] = index;
        }
        return 0;
    }
    int slot_of[MOST], free_items[MOST], taken[MOST] = {0}, index[MOST];
    cw_option_view options[MOST];
    char *texts[MOST];
    int n_free = 0;
    for (int i = 0; i < n; i++) {
        int slot = pinned_slot(&sn->choices[v->choice_index[i]], n);
        for (int tries = 0; slot >= 0 && taken[slot] && tries < n; tries++)
            slot = (slot + 1) % n;
        slot_of[i] = slot;
        if (slot >= 0)
            taken[slot] = 1;
        else
            free_items[n_free++] = i;
    }
    for (int i = n_free - 1; i > 0; i--) {
        int j = (int)rng_below(&s->rng, (uint64_t)i + 1);
        int k = free_items[i];
        free_items[i] = free_items[j];
        free_items[j] = k;
    }
    for (int i = 0, next = 0, slot = 0; i < n_free; i++, slot++) {
        while (taken[slot])
            slot++;
        slot_of[free_items[next++]] = slot;
    }
    for (int i = 0; i < n; i++) {
        options[slot_of[i]] = v->options[i];
        texts[slot_of[i]] = v->option_texts[i];
        index[slot_of[i]] = v->choice_index[i];
    }
    memcpy(v->options, options, (size_t)n * sizeof *options);
    memcpy(v->option_texts, texts, (size_t)n * sizeof *texts);
    memcpy(v->choice_index, index, (size_t)n * sizeof *index);
    return 0;
}

static int build_choices(cw_session *s, const value *state, const scene *sn, view *v, cw_error *err)
{
    call_context cx = context(s, state);
    if (alloc_options(s, v, sn->n_choices, err) != 0)
        return -1;
    for (int i = 0; i < sn->n_choices; i++) {
        const choice *c = &sn->choices[i];
        if (c->role_mask && !(c->role_mask & (1u << s->role)))
            continue;
        int offered = 1;
        if (c->when != LUA_NOREF && call_condition(&cx, c->when, c->line, &offered, err) != 0)
            return -1;
        if (!offered)
            continue;
        const char *text = NULL;
        char *owned = NULL;
        if (text_for_role(&cx, &c->text, c->line, &text, &owned, err) != 0)
            return -1;
        if (!text) /* a role table without this role: the choice is not for it */
            continue;
        v->option_texts[v->n_options] = owned;
        v->choice_index[v->n_options] = i;
        v->options[v->n_options].id = c->id;
        v->options[v->n_options].text = text;
        v->n_options++;
    }
    if (v->n_options == 0) {
        cw_error_set(err, CW_ERR_INPUT, s->sc->path, sn->line,
                     "scene '%s' offers role '%s' no choice in this state (a dead end)", sn->id,
                     s->sc->roles[s->role].id);
        return -1;
    }
    return 0;
}

static int build_clauses(cw_session *s, const value *state, const scene *sn, view *v, cw_error *err)
{
    call_context cx = context(s, state);
    const compose_step *cs = sn->compose;
    if (alloc_options(s, v, cs->n_clauses, err) != 0)
        return -1;
    for (int i = 0; i < cs->n_clauses; i++) {
        if (text_interpolate(&cx, cs->clauses[i].text, cs->clauses[i].line, &v->option_texts[i], err) != 0)
            return -1;
        v->options[i].id = cs->clauses[i].id;
        v->options[i].text = v->option_texts[i];
        v->choice_index[i] = i;
        v->n_options++;
    }
    return 0;
}

int session_build_view(cw_session *s, const value *state, int index, view *v, cw_error *err)
{
    memset(v, 0, sizeof *v);
    v->scene = index;
    const scene *sn = &s->sc->scenes[index];
    call_context cx = context(s, state);
    int rc = build_text(s, state, sn, v, err);
    if (rc == 0)
        rc = text_for_role(&cx, &sn->speaker, sn->line, &v->speaker, &v->owned_speaker, err);
    if (rc == 0 && sn->compose)
        rc = build_clauses(s, state, sn, v, err);
    else if (rc == 0 && !sn->is_ending)
        rc = build_choices(s, state, sn, v, err);
    if (rc != 0)
        view_free(v);
    return rc;
}

/* What the trainee sees at scene index: the scene as session_build_view (or check's copy of it)
 * gives it, its choices then put in the session's order. */
static int build_view(cw_session *s, const value *state, int index, view *v, cw_error *err)
{
    const scene *sn = &s->sc->scenes[index];
    int rc = s->view_fn ? s->view_fn(s->view_ud, s, state, index, v, err) : session_build_view(s, state, index, v, err);
    if (rc == 0 && !sn->compose && !sn->is_ending && (sn->shuffle == 1 || (sn->shuffle < 0 && !s->authored_order_default)))
        rc = order_options(s, sn, v, err);
    if (rc != 0)
        view_free(v);
    return rc;
}

/* The public step is a window onto the current view. */
static void refresh_step(cw_session *s)
{
    const scene *sn = &s->sc->scenes[s->view.scene];
    cw_step *st = &s->step;
    memset(st, 0, sizeof *st);
    st->kind = sn->is_ending ? CW_STEP_ENDING : sn->compose ? CW_STEP_COMPOSE : CW_STEP_CHOICE;
    st->scene_id = sn->id;
    st->phase = sn->phase ? sn->phase : (s->phase ? s->phase : "");
    st->speaker = s->view.speaker ? s->view.speaker : "";
    st->text = s->view.text;
    st->discussion = sn->discussion;
    st->reason_prompt = sn->reason;
    st->decision_number = s->decisions + 1;
    if (st->kind == CW_STEP_CHOICE) {
        st->choices = s->view.options;
        st->n_choices = s->view.n_options;
    } else if (st->kind == CW_STEP_COMPOSE) {
        st->compose_prompt = sn->compose->prompt;
        st->clauses = s->view.options;
        st->n_clauses = s->view.n_options;
        st->min_clauses = sn->compose->min;
        st->max_clauses = sn->compose->max;
        st->own_text_allowed = sn->compose->own_text;
    } else {
        st->ending_title = sn->ending_title;
        st->classification = sn->classification;
        st->decision_number = s->decisions;
    }
}

/* Keeps the options block of the view the session leaves for the next view (alloc_options);
 * the texts in it are freed here, and view_free frees the rest. */
static void keep_block(cw_session *s, view *v)
{
    if (!v->options)
        return;
    for (int i = 0; !v->borrows_texts && i < v->n_options; i++)
        free(v->option_texts[i]);
    free(s->spare_block);
    s->spare_block = v->options;
    s->spare_bytes = v->block_bytes;
    v->options = NULL, v->option_texts = NULL, v->choice_index = NULL;
    v->n_options = 0;
}

/* Writes the arrival at v's scene (phase, scene, ending lines) and makes it current. */
static int arrive(cw_session *s, view *v, cw_error *err)
{
    const scene *sn = &s->sc->scenes[v->scene];
    if (s->recording && !s->replaying && session_write_arrival(s, v, s->phase, err) != 0) {
        s->stopped = 1;
        view_free(v);
        return -1;
    }
    if (!s->borrows_view) {
        keep_block(s, &s->view);
        view_free(&s->view);
    }
    s->borrows_view = 0;
    s->view = *v;
    memset(v, 0, sizeof *v);
    if (sn->phase)
        s->phase = sn->phase; /* borrowed: the scenario outlives the session */
    s->finished = sn->is_ending;
    s->shown_at = s->step_clock;
    refresh_step(s);
    return 0;
}

/* ---- life ----------------------------------------------------------------------------------------- */

cw_session *session_create(cw_scenario *sc, int role, const char *trainee, cw_mode mode, uint64_t seed,
                           int group, cw_error *err)
{
    cw_session *s = malloc(sizeof *s); /* not calloc: see alloc_options */
    if (!s) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    memset(s, 0, sizeof *s);
    s->sc = sc;
    s->role = role;
    s->mode = mode;
    s->seed = seed;
    s->group = group;
    s->writer.fd = -1;
    s->view.scene = -1;
    rng_seed(&s->rng, seed);
    uuid_v4(s->id);
    s->trainee = strdup(trainee ? trainee : ""); /* as given, or as an older record has it */
    s->state = state_copy(sc, NULL, 1);
    if (!s->trainee || !s->state) {
        cw_session_free(s);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    return s;
}

/* The clock is read once per step (the one read is a tenth of a decision's cost when nothing is
 * recorded): a decision's time ends when it is taken, and the scene it leads to counts as shown
 * at that moment, microseconds before it is. */
static void read_step_clock(cw_session *s)
{
    s->step_clock = s->untimed ? 0 : monotonic_ms();
}

int session_enter_start(cw_session *s, cw_error *err)
{
    view v;
    read_step_clock(s);
    if (build_view(s, s->state, s->sc->start, &v, err) != 0)
        return -1;
    return arrive(s, &v, err);
}

/* A copy of what v shows, or -1 when out of memory (dst is then empty). */
int view_copy(view *dst, const view *src)
{
    int n = src->n_options;
    memset(dst, 0, sizeof *dst);
    dst->scene = src->scene;
    dst->n_reveal = src->n_reveal;
    /* The scenario's own strings are shared (the scenario outlives the copy); owned ones copied. */
    dst->owned_text = src->owned_text ? strdup(src->owned_text) : NULL;
    dst->owned_speaker = src->owned_speaker ? strdup(src->owned_speaker) : NULL;
    dst->text = src->owned_text ? dst->owned_text : src->text;
    dst->speaker = src->owned_speaker ? dst->owned_speaker : src->speaker;
    int ok = (dst->owned_text || !src->owned_text) && (dst->owned_speaker || !src->owned_speaker) &&
             alloc_options(NULL, dst, n, NULL) == 0;
    if (ok && src->n_reveal > 0) {
        dst->revealed = malloc((size_t)src->n_reveal * sizeof *dst->revealed);
        ok = dst->revealed != NULL;
        if (ok)
            memcpy(dst->revealed, src->revealed, (size_t)src->n_reveal * sizeof *dst->revealed);
    }
    for (int i = 0; ok && i < n; i++) {
        dst->options[i] = src->options[i];
        if (src->option_texts[i]) {
            ok = (dst->option_texts[i] = strdup(src->option_texts[i])) != NULL;
            dst->options[i].text = dst->option_texts[i];
        }
        dst->choice_index[i] = src->choice_index[i];
        dst->n_options++;
    }
    if (!ok)
        view_free(dst);
    return ok ? 0 : -1;
}

int view_borrow(view *dst, const view *src)
{
    int n = src->n_options;
    memset(dst, 0, sizeof *dst);
    dst->scene = src->scene;
    dst->n_reveal = src->n_reveal;
    dst->text = src->text;
    dst->speaker = src->speaker;
    dst->owned_text = src->owned_text;
    dst->owned_speaker = src->owned_speaker;
    dst->borrows_texts = 1;
    if (alloc_options(NULL, dst, n, NULL) != 0)
        return -1;
    if (src->n_reveal > 0) {
        dst->revealed = malloc((size_t)src->n_reveal * sizeof *dst->revealed);
        if (!dst->revealed) {
            view_free(dst);
            return -1;
        }
        memcpy(dst->revealed, src->revealed, (size_t)src->n_reveal * sizeof *dst->revealed);
    }
    memcpy(dst->options, src->options, (size_t)n * sizeof *dst->options);
    memcpy(dst->option_texts, src->option_texts, (size_t)n * sizeof *dst->option_texts);
    memcpy(dst->choice_index, src->choice_index, (size_t)n * sizeof *dst->choice_index);
    dst->n_options = n;
    return 0;
}

/* Makes s stand where from stands, as an unrecorded copy that borrows from's state and view: all
 * of a clone but what it owns (its pseudonym and its room for a decision). */
static void stand_as_copy(cw_session *s, const cw_session *from)
{
    s->sc = from->sc;
    s->role = from->role;
    s->mode = from->mode;
    s->seed = from->seed;
    s->rng = from->rng;
    memcpy(s->id, from->id, sizeof s->id);
    s->group = from->group;
    s->authored_order_default = from->authored_order_default;
    s->phase = from->phase;
    s->decisions = from->decisions;
    s->finished = from->finished;
    s->shown_at = from->shown_at;
    s->rubric = from->rubric;
    s->rubric_ud = from->rubric_ud;
    s->view_fn = from->view_fn;
    s->view_ud = from->view_ud;
    s->route_fn = from->route_fn;
    s->route_ud = from->route_ud;
    s->arrival = from->arrival;
    s->untimed = from->untimed;
    s->arrival_ud = from->arrival_ud;
    s->writer.fd = -1;
    s->state = from->state; /* borrowed until the copy moves: a decision reads them, never writes */
    s->view = from->view;
    s->borrows_state = s->borrows_view = 1;
    refresh_step(s);
}

cw_session *session_clone(const cw_session *from, cw_error *err)
{
    cw_session *s = calloc(1, sizeof *s);
    if (!s) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    s->trainee = strdup(from->trainee);
    s->results = malloc(sizeof *s->results); /* room for the one decision a copy is made for */
    s->cap_results = 1;
    if (!s->trainee || !s->results) {
        cw_session_free(s);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    stand_as_copy(s, from);
    return s;
}

int session_reclone(cw_session *copy, const cw_session *from)
{
    if (strcmp(copy->trainee, from->trainee) != 0) {
        char *trainee = strdup(from->trainee);
        if (!trainee)
            return -1;
        free(copy->trainee);
        copy->trainee = trainee;
    }
    stand_as_copy(copy, from);
    return 0;
}

void session_trim(cw_session *s)
{
    if (!s->view.borrows_texts) {
        free(s->view.owned_text);
        free(s->view.owned_speaker);
    }
    s->view.text = s->view.speaker = NULL;
    s->view.owned_text = s->view.owned_speaker = NULL;
    for (int i = 0; i < s->n_results; i++)
        result_entry_clear(&s->results[i]);
    free(s->results);
    s->results = NULL;
    s->n_results = s->cap_results = 0;
    free(s->spare_block);
    free(s->spare_state);
    s->spare_block = NULL, s->spare_state = NULL;
    refresh_step(s);
}

/* The trainee is named only by a pseudonym: the record's rules (no e-mail address, short, UTF-8). */
static int pseudonym_ok(const char *trainee, cw_error *err)
{
    const char *problem = *trainee ? record_pseudonym_problem(trainee) : NULL;
    if (problem)
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "%s", problem);
    return problem == NULL;
}

/* A reason or own sentence the record could not hold is refused before the session moves. */
static int typed_text_ok(const char *text, const char *what, cw_error *err)
{
    if (!text || cw_utf8_valid(text, strlen(text)))
        return 1;
    cw_error_set(err, CW_ERR_INPUT, NULL, 0, "the %s is not valid UTF-8 text (is the terminal set to UTF-8?)", what);
    return 0;
}

cw_session *cw_session_start(cw_scenario *scenario, const cw_session_options *options, cw_error *err)
{
    int role = options->role ? scenario_role_index(scenario, options->role) : 0;
    if (role < 0) {
        cw_error_set(err, CW_ERR_INPUT, scenario->path, 0, "this scenario has no role '%s'", options->role);
        return NULL;
    }
    /* A record names its trainee: never a name shared by everyone who left it out. (Sessions that
     * write nothing, such as the walks behind a debrief, need none.) */
    if (options->records_dir && (!options->trainee || !*options->trainee)) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "a pseudonym is needed for the record");
        return NULL;
    }
    if (options->trainee && !pseudonym_ok(options->trainee, err))
        return NULL;
    uint64_t seed = options->has_seed ? options->seed : random_seed();
    if ((options->workshop || options->discipline) && session_participant_check(scenario, options, err) != 0)
        return NULL;
    cw_session *s = session_create(scenario, role, options->trainee, options->mode, seed, options->group, err);
    if (!s)
        return NULL;
    if (options->workshop && session_set_participant(s, options->workshop, options->discipline, err) != 0) {
        cw_session_free(s);
        return NULL;
    }
    if (options->records_dir) {
        char *name = session_file_name(s);
        if (!name || record_create(&s->writer, options->records_dir, name, err) != 0) {
            if (!name)
                cw_error_set(err, CW_ERR_SYSTEM, options->records_dir, 0, "out of memory");
            free(name);
            cw_session_free(s);
            return NULL;
        }
        free(name);
        s->recording = 1;
        if (session_write_header(s, err) != 0) {
            cw_session_free(s);
            return NULL;
        }
    }
    sandbox_total_begin(scenario->sb, SANDBOX_TOTAL_STEP);
    int entered = session_enter_start(s, err);
    sandbox_total_end(scenario->sb);
    if (entered != 0) {
        cw_session_free(s);
        return NULL;
    }
    return s;
}

/* What an entry owns, freed (the entry itself left as it is). */
static void result_entry_release(result_entry *r)
{
    free(r->owned_reason);
    free(r->owned_draft);
    free(r->owned_ids);
    free(r->owned_feedback);
    for (int k = 0; r->flags && r->flags[k]; k++)
        free(r->flags[k]);
    free(r->flags);
    for (int k = 0; r->missing && r->missing[k]; k++)
        free(r->missing[k]);
    free(r->missing);
}

static void result_entry_clear(result_entry *r)
{
    result_entry_release(r);
    memset(r, 0, sizeof *r);
}

void cw_session_free(cw_session *s)
{
    if (!s)
        return;
    record_close(&s->writer);
    if (!s->borrows_view)
        view_free(&s->view);
    if (!s->borrows_state)
        state_free(s->sc, s->state);
    for (int i = 0; i < s->n_results; i++)
        result_entry_release(&s->results[i]);
    free(s->results);
    free(s->spare_block);
    free(s->spare_state);
    free(s->trainee);
    free(s->workshop);
    free(s->discipline);
    if (s->owns_scenario)
        cw_scenario_free(s->sc);
    free(s);
}

/* ---- decisions ---------------------------------------------------------------------------------- */

static int ready_for(cw_session *s, cw_step_kind kind, cw_error *err)
{
    if (s->stopped) {
        cw_error_set(err, CW_ERR_NOT_SAVED, NULL, 0, "the session stopped after a record failure");
        return -1;
    }
    if (s->finished) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "the session has already reached an ending");
        return -1;
    }
    if (s->step.kind != kind) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "decision %d (scene '%s') is a %s step", s->decisions + 1,
                     s->step.scene_id, s->step.kind == CW_STEP_COMPOSE ? "drafting" : "choice");
        return -1;
    }
    return 0;
}

static result_entry *new_result(cw_session *s, cw_error *err)
{
    if (s->n_results == s->cap_results) {
        int cap = s->cap_results ? s->cap_results * 2 : 16;
        result_entry *grown = realloc(s->results, (size_t)cap * sizeof *grown);
        if (!grown) {
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            return NULL;
        }
        s->results = grown;
        s->cap_results = cap;
    }
    result_entry *r = &s->results[s->n_results];
    memset(r, 0, sizeof *r);
    return r;
}

static int64_t time_to_decide(const cw_session *s)
{
    return s->replaying ? s->replay_ms : s->step_clock - s->shown_at;
}

static char *clean_copy(const char *text, size_t max)
{
    if (!text)
        return strdup("");
    size_t n = strlen(text);
    if (n > max)
        n = max;
    while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80 && n < strlen(text))
        n--; /* never cut a UTF-8 character in half */
    char *copy = malloc(n + 1);
    if (copy) {
        memcpy(copy, text, n);
        copy[n] = '\0';
    }
    return copy;
}

/* Moves on to next_scene with next_state: builds the view, writes the decision, then the arrival.
 * r is NULL when a participant did not answer (the line says whom the story followed). Returns 1,
 * without moving, when the arrival hook says to stop (the generator alone may have been drawn
 * from: session_reclone puts it back). */
static int commit(cw_session *s, value *next_state, int next_scene, result_entry *r, int position,
                  const decision_extra *extra, const int *positions, int n_positions, const char *own,
                  double score, double max, cw_error *err)
{
    if (s->arrival && s->arrival(s->arrival_ud, s, next_state, next_scene, r)) {
        if (r)
            result_entry_clear(r);
        state_retire(s, next_state); /* its block serves the next decision of this copy */
        return 1;
    }
    view next;
    if (build_view(s, next_state, next_scene, &next, err) != 0) {
        if (r)
            result_entry_clear(r);
        state_free(s->sc, next_state);
        return -1;
    }
    if (r)
        s->n_results++; /* r is now part of the history */
    if (s->recording && !s->replaying &&
        session_write_decision(s, &s->view, r, position, s->state, next_state, extra, positions, n_positions,
                               own, score, max, err) != 0) {
        s->stopped = 1;
        view_free(&next);
        state_free(s->sc, next_state);
        return -1;
    }
    if (!s->borrows_state)
        state_retire(s, s->state);
    s->borrows_state = 0;
    s->state = next_state;
    s->decisions++;
    return arrive(s, &next, err);
}

/* Where the routes rs lead in cx's state (those of choice_index at scene_index; -1: the step's). */
static int take_route(cw_session *s, const call_context *cx, int scene_index, int choice_index, const routes *rs,
                 int line, int *next_scene, cw_error *err)
{
    if (s->route_fn)
        return s->route_fn(s->route_ud, cx, scene_index, choice_index, rs, line, next_scene, err);
    return choose_route(cx, rs, line, next_scene, err);
}

static int position_in_range(const cw_session *s, int position, const char *whose, cw_error *err)
{
    if (position >= 0 && position < s->view.n_options)
        return 1;
    cw_error_set(err, CW_ERR_INPUT, NULL, 0, "decision %d (scene '%s'): %schoice %d is out of range (1-%d)",
                 s->decisions + 1, s->step.scene_id, whose, position + 1, s->view.n_options);
    return 0;
}

/* rated: the position the line rates (the trainee's answer, or a participant's vote; -1 when a
 * participant did not answer); story: the position that moves the story on (the same, or the
 * room's choice). */
static int decide(cw_session *s, int rated, int story, const char *reason, const decision_extra *extra,
                  cw_error *err)
{
    if (ready_for(s, CW_STEP_CHOICE, err) != 0 || !typed_text_ok(reason, "reason", err))
        return -1;
    if (!position_in_range(s, story, extra && extra->in_room ? "the room's " : "", err) ||
        (rated != -1 && !position_in_range(s, rated, "the participant's ", err)) ||
        (extra && extra->in_room && extra->first_position != -1 &&
         !position_in_range(s, extra->first_position, "the participant's first ", err)))
        return -1;
    read_step_clock(s);
    const scene *sn = &s->sc->scenes[s->view.scene];
    const choice *c = &sn->choices[s->view.choice_index[story]];
    value *next_state = state_next(s);
    if (!next_state) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    apply_effects(next_state, c);
    call_context cx = context(s, next_state);
    int next_scene = -1;
    if (take_route(s, &cx, s->view.scene, (int)(c - sn->choices), &c->go, c->line, &next_scene, err) < 0) {
        state_free(s->sc, next_state);
        return -1;
    }
    scenario_prefetch_scene(s->sc, next_scene);
    if (rated < 0) /* a participant who did not answer: the story follows the room, nothing is rated */
        return commit(s, next_state, next_scene, NULL, -1, extra, NULL, 0, NULL, 0, 0, err);
    const choice *answer = &sn->choices[s->view.choice_index[rated]];
    result_entry *r = new_result(s, err);
    if (!r) {
        state_free(s->sc, next_state);
        return -1;
    }
    r->owned_reason = reason && *reason ? clean_copy(reason, MAX_REASON) : NULL; /* none: "" */
    cw_result *p = &r->pub;
    p->scene_id = sn->id;
    p->phase = sn->phase;
    p->decision_number = s->decisions + 1;
    p->chosen_id = answer->id;
    p->reason = r->owned_reason ? r->owned_reason : "";
    p->rating = answer->rating;
    p->points = answer->rating;
    p->max_points = CW_RATING_MAX_POINTS;
    p->feedback = answer->feedback;
    p->rationale = answer->rationale;
    p->tags = (const char *const *)answer->tags;
    p->n_tags = answer->n_tags;
    p->ms_to_decide = time_to_decide(s);
    /* Views are freed: a filled-in text is copied; the scenario's own string outlives the session. */
    if (s->view.option_texts[rated]) {
        r->owned_draft = strdup(s->view.option_texts[rated]);
        p->chosen_text = r->owned_draft ? r->owned_draft : "";
    } else {
        p->chosen_text = s->view.options[rated].text;
    }
    return commit(s, next_state, next_scene, r, rated, extra, NULL, 0, NULL, 0, 0, err);
}

int session_decide(cw_session *s, int position, const char *reason, const decision_extra *extra, cw_error *err)
{
    return decide(s, position, position, reason, extra, err);
}

int session_decide_in_room(cw_session *s, int vote, int room, const char *reason, const decision_extra *extra,
                           cw_error *err)
{
    return decide(s, vote, room, reason, extra, err);
}

/* Everything one step runs in the scenario shares one cumulative time budget. */
static int decide_within_budget(cw_session *s, int position, const char *reason,
                                const decision_extra *extra, cw_error *err)
{
    sandbox_total_begin(s->sc->sb, SANDBOX_TOTAL_STEP);
    int rc = session_decide(s, position, reason, extra, err);
    sandbox_total_end(s->sc->sb);
    return rc;
}

int cw_session_choose(cw_session *s, int position, const char *reason, cw_error *err)
{
    if (s->workshop) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "a participant in a room answers with cw_session_choose_in_room");
        return -1;
    }
    return decide_within_budget(s, position, reason, NULL, err);
}

int cw_session_choose_group(cw_session *s, int position, const cw_votes *votes, int n_votes,
                            const char *picked_by, const char *reason, cw_error *err)
{
    if (s->workshop) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "a participant in a room answers with cw_session_choose_in_room");
        return -1;
    }
    decision_extra extra = {votes, n_votes, picked_by, 0, 0, -1, NULL, 0};
    return decide_within_budget(s, position, reason, &extra, err);
}

/* Clause positions within the step's range and minimum/maximum, none twice. */
static int clauses_ok(const cw_session *s, const scene *sn, const int *positions, int n_positions,
                      const char *whose, cw_error *err)
{
    const compose_step *cs = sn->compose;
    int decision = s->decisions + 1;
    if (n_positions < cs->min || n_positions > cs->max) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "decision %d (scene '%s'): %schoose from %d to %d clauses, not %d",
                     decision, sn->id, whose, cs->min, cs->max, n_positions);
        return 0;
    }
    for (int i = 0; i < n_positions; i++) {
        if (positions[i] < 0 || positions[i] >= cs->n_clauses) {
            cw_error_set(err, CW_ERR_INPUT, NULL, 0, "decision %d (scene '%s'): clause %d is out of range (1-%d)",
                         decision, sn->id, positions[i] + 1, cs->n_clauses);
            return 0;
        }
        for (int k = 0; k < i; k++)
            if (positions[k] == positions[i]) {
                cw_error_set(err, CW_ERR_INPUT, NULL, 0, "decision %d (scene '%s'): clause %d is chosen twice",
                             decision, sn->id, positions[i] + 1);
                return 0;
            }
    }
    return 1;
}

/* A draft's clause ids (into ids), its text and its ids joined with "+" (malloc'd; NULL when out
 * of memory). */
static void build_draft(const cw_session *s, const compose_step *cs, const int *positions, int n_positions,
                        const char *own, const char **ids, char **text, char **joined_ids)
{
    strbuf draft = {0}, joined = {0};
    for (int i = 0; i < n_positions && i < 64; i++) {
        ids[i] = cs->clauses[positions[i]].id;
        if (i)
            strbuf_adds(&draft, " "), strbuf_adds(&joined, "+");
        strbuf_adds(&draft, s->view.options[positions[i]].text);
        strbuf_adds(&joined, ids[i]);
    }
    if (own && *own) {
        if (draft.len)
            strbuf_adds(&draft, " ");
        strbuf_adds(&draft, own);
    }
    *text = strbuf_take(&draft);
    *joined_ids = strbuf_take(&joined);
}

static int score_draft(cw_session *s, const scene *sn, cw_rng *rng, const char *const *ids, int n_ids,
                       const char *own, const char *text, rubric_result *out, cw_error *err)
{
    call_context cx = {s->sc, s->state, s->role, rng};
    return s->rubric ? s->rubric(s->rubric_ud, &cx, sn, ids, n_ids, own, text, out, err)
                     : call_rubric(&cx, sn, ids, n_ids, own, text, out, err);
}

/* A drafting step. positions (n_positions of them; -1 when a participant did not answer) and own
 * text are what the line rates; room (n_room) moves the story on. A trainee alone passes the same
 * positions as both, and room_extra NULL. A participant's own draft is scored on a copy of the
 * generator, so their session draws exactly what the room's session draws. */
static int compose_step_run(cw_session *s, const int *positions, int n_positions, const char *own_text,
                            const char *reason, const int *room, int n_room, const decision_extra *room_extra,
                            cw_error *err)
{
    if (ready_for(s, CW_STEP_COMPOSE, err) != 0 || !typed_text_ok(reason, "reason", err) ||
        !typed_text_ok(own_text, "sentence of your own", err))
        return -1;
    const scene *sn = &s->sc->scenes[s->view.scene];
    const compose_step *cs = sn->compose;
    int in_room = room_extra != NULL, answered = n_positions >= 0;
    if (!clauses_ok(s, sn, room, n_room, in_room ? "the room's draft: " : "", err) ||
        (in_room && answered && !clauses_ok(s, sn, positions, n_positions, "the participant's draft: ", err)))
        return -1;
    if (answered && own_text && *own_text && !cs->own_text) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "decision %d (scene '%s'): this step takes no text of your own",
                     s->decisions + 1, sn->id);
        return -1;
    }
    read_step_clock(s);
    char *own = clean_copy(answered ? own_text : NULL, MAX_OWN_TEXT);
    const char *story_ids[64], *ids[64];
    char *story_text = NULL, *story_joined = NULL, *draft_text = NULL, *joined_ids = NULL;
    build_draft(s, cs, room, n_room, in_room ? NULL : own, story_ids, &story_text, &story_joined);
    if (answered)
        build_draft(s, cs, positions, n_positions, own, ids, &draft_text, &joined_ids);
    value *next_state = state_next(s);
    result_entry *r = NULL;
    rubric_result story = {0}, rubric = {0};
    if (!own || !story_text || !story_joined || (answered && (!draft_text || !joined_ids)) || !next_state) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        goto fail;
    }
    if (score_draft(s, sn, &s->rng, story_ids, n_room, in_room ? "" : own, story_text, &story, err) != 0)
        goto fail;
    if (in_room && answered) {
        cw_rng aside = s->rng;
        if (score_draft(s, sn, &aside, ids, n_positions, own, draft_text, &rubric, err) != 0)
            goto fail;
    } else if (answered) {
        rubric = story; /* alone: the draft that moves the story is the trainee's */
        memset(&story, 0, sizeof story);
    }
    if (cs->score_var >= 0)
        next_state[cs->score_var].number = in_room ? story.score : rubric.score;
    call_context next_cx = context(s, next_state);
    int next_scene = -1;
    if (take_route(s, &next_cx, s->view.scene, -1, &sn->go, sn->line, &next_scene, err) < 0)
        goto fail;
    rubric_result_free(&story);
    free(story_text);
    free(story_joined);
    story_text = story_joined = NULL;
    if (!answered) {
        free(own);
        return commit(s, next_state, next_scene, NULL, -1, room_extra, NULL, 0, NULL, 0, 0, err);
    }
    if (!(r = new_result(s, err)))
        goto fail;
    r->owned_reason = clean_copy(reason, MAX_REASON);
    r->owned_draft = draft_text;
    r->owned_ids = joined_ids;
    r->flags = rubric.flags;
    r->missing = rubric.missing;
    cw_result *p = &r->pub;
    p->scene_id = sn->id;
    p->phase = sn->phase;
    p->decision_number = s->decisions + 1;
    p->is_compose = 1;
    p->chosen_id = joined_ids;
    p->chosen_text = draft_text;
    p->reason = r->owned_reason ? r->owned_reason : "";
    p->rating = rubric.rating;
    p->points = rubric.rating;
    p->max_points = CW_RATING_MAX_POINTS;
    p->rationale = cs->rationale;
    p->tags = (const char *const *)cs->tags;
    p->n_tags = cs->n_tags;
    p->flags = (const char *const *)rubric.flags;
    p->n_flags = rubric.n_flags;
    p->missing = (const char *const *)rubric.missing;
    p->n_missing = rubric.n_missing;
    p->ms_to_decide = time_to_decide(s);
    r->owned_feedback = rubric.feedback; /* the entry owns what the rubric returned */
    r->score = rubric.score;
    p->feedback = rubric.feedback;
    double score = rubric.score, max = rubric.max;
    memset(&rubric, 0, sizeof rubric);
    int rc = commit(s, next_state, next_scene, r, -1, room_extra, positions, n_positions, own, score, max, err);
    free(own);
    return rc;
fail:
    rubric_result_free(&story);
    rubric_result_free(&rubric);
    state_free(s->sc, next_state);
    free(own);
    free(story_text);
    free(story_joined);
    free(draft_text);
    free(joined_ids);
    return -1;
}

int cw_session_compose(cw_session *s, const int *positions, int n_positions, const char *own_text,
                       const char *reason, cw_error *err)
{
    if (s->workshop) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "a participant in a room answers with cw_session_compose_in_room");
        return -1;
    }
    if (n_positions < 0)
        n_positions = -2; /* never "did not answer": clauses_ok refuses it */
    sandbox_total_begin(s->sc->sb, SANDBOX_TOTAL_STEP);
    int rc = compose_step_run(s, positions, n_positions, own_text, reason, positions, n_positions, NULL, err);
    sandbox_total_end(s->sc->sb);
    return rc;
}

int session_compose_in_room(cw_session *s, const int *vote, int n_vote, const char *own_text, const char *reason,
                            const int *room, int n_room, cw_error *err)
{
    decision_extra extra = {NULL, 0, NULL, 1, n_vote < 0, -1, room, n_room};
    if (n_room < 0) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "the room's draft has no clauses");
        return -1;
    }
    sandbox_total_begin(s->sc->sb, SANDBOX_TOTAL_STEP);
    int rc = compose_step_run(s, vote, n_vote < 0 ? -1 : n_vote, own_text, reason, room, n_room, &extra, err);
    sandbox_total_end(s->sc->sb);
    return rc;
}
