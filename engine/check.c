/* check.c — `casewalk check`: validation plus a breadth-first walk of every path for every role.
 *
 * Each point reached is kept as the unrecorded session that arrived there, and expanded once per
 * distinct (scene, state): two paths that arrive at the same scene with the same state have the
 * same future. Each move is tried on a copy of the point (no scenario function runs again to
 * rebuild it), and what the rubric returns is kept across states (check_memo.c), as are what a
 * scene shows and where routes lead (check_views.c): most arrivals differ from an earlier one only
 * in variables those never read. A move that leads to a point already explored, or to an ending
 * already shown in that state, stops before the view there is built (explored): only its own
 * result is left to check, and the copy it was tried on serves the next move. Breadth first, so
 * the first time an ending is met is on the fewest decisions.
 * Drafting steps are tried with a few drafts — each clause alone, every clause, and the rubric's
 * best and worst greedy drafts — so that routes depending on the score are reached. */
#include <lua.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_memo.h"
#include "check_text.h"
#include "check_views.h"
#include "ids.h"
#include "scenario_load.h"
#include "session_internal.h"
#include "text.h"

#define MAX_MOVE_CLAUSES 16

typedef struct move {
    int n;                     /* 0: a choice at pos[0]; else the clause positions of a draft */
    int pos[MAX_MOVE_CLAUSES];
} move;

typedef struct explorer {
    cw_scenario *sc;
    int role;
    cw_finding_fn report;
    void *ud;
    int findings;
    char **said; /* messages already reported, to say each once */
    int n_said;
    unsigned char **seen; /* open-addressing set of state keys (state_key) */
    uint64_t *seen_hash; /* their hashes, slot for slot */
    unsigned char *seen_steady; /* ... and whether the point's view came from (or went into) views */
    size_t seen_cap, seen_count;
    unsigned char **key_blocks; /* where the keys are kept, freed at the end of each role */
    size_t n_key_blocks, keys_used, keys_cap;
    unsigned char *keys; /* the block being filled */
    cw_session **queue; /* points waiting to be expanded, owned */
    cw_session *spare;  /* a copy whose every move stopped: the next move's (session_reclone) */
    size_t head, tail, cap;
    int expanded, stopped;
    int64_t deadline_ms;
    int *visited_scene; /* shared across roles */
    int *ending_seen;
    cw_role_paths *stats;
    check_memo *memo;     /* rubric scores already computed in this role's walk */
    unsigned char *reads; /* per state variable: read by the rubric call under way */
    int texts_id;         /* the memo's name for the clause texts the drafting step shows */
    int texts_scene;      /* ... at the scene of this index */
    unsigned char *key;   /* the state key being looked up, reused from point to point */
    size_t key_cap;
    uint64_t key_hash;    /* its hash, */
    int key_ready;        /* ... when the arrival hook built both for the move under way */
    check_views *views;   /* views built and routes chosen in this role's walk: a slot per scene, */
    int *route_base;      /* ... then per scene from n_scenes + route_base[scene], its choices' and its own */
    int view_kept;        /* the view of the session under way came from views: its texts were checked */
    int view_steady;      /* ... or its build was kept there: arriving again would show the same */
} explorer;

static void say(explorer *x, const char *message)
{
    for (int i = 0; i < x->n_said; i++)
        if (strcmp(x->said[i], message) == 0)
            return;
    char **grown = realloc(x->said, (size_t)(x->n_said + 1) * sizeof *grown);
    if (grown) {
        x->said = grown;
        if ((x->said[x->n_said] = strdup(message)) != NULL) /* a NULL here would reach strcmp */
            x->n_said++;
    }
    x->report(x->ud, message);
    x->findings++;
}

static void say_once(void *ud, const char *message)
{
    say(ud, message);
}

/* The key's hash, eight bytes at a time: keys run to a few hundred bytes. */
static uint64_t key_hash(const unsigned char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL ^ n;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
    return h ^ (h >> 32);
}

/* The bytes of a key: its length, then as many bytes. */
static size_t key_size(const unsigned char *key)
{
    uint32_t n;
    memcpy(&n, key, sizeof n);
    return sizeof n + n;
}

/* A copy of key in the role's key store; NULL when out of memory. */
static unsigned char *store_key(explorer *x, const unsigned char *key)
{
    size_t n = key_size(key);
    if (!x->keys || x->keys_used + n > x->keys_cap) {
        size_t cap = n > 65536 ? n : 65536;
        unsigned char **grown = realloc(x->key_blocks, (x->n_key_blocks + 1) * sizeof *grown);
        if (!grown)
            return NULL;
        x->key_blocks = grown;
        if (!(x->keys = malloc(cap)))
            return NULL;
        x->key_blocks[x->n_key_blocks++] = x->keys;
        x->keys_used = 0;
        x->keys_cap = cap;
    }
    unsigned char *copy = x->keys + x->keys_used;
    memcpy(copy, key, n);
    x->keys_used += n;
    return copy;
}

/* The slot of the key with hash h in the set: where it is, or the empty one where it would go. */
static size_t seen_slot(const explorer *x, const unsigned char *key, uint64_t h)
{
    size_t k = h & (x->seen_cap - 1), n = key_size(key);
    for (; x->seen[k]; k = (k + 1) & (x->seen_cap - 1))
        if (x->seen_hash[k] == h && memcmp(x->seen[k], key, n) == 0) /* the lengths first */
            break;
    return k;
}

/* Adds a copy of key (hash h) to the set, noting steady (view_steady) with it; returns 1 if it
 * was new. */
static int remember(explorer *x, const unsigned char *key, uint64_t h, int steady)
{
    if ((x->seen_count + 1) * 2 > x->seen_cap) {
        size_t cap = x->seen_cap ? x->seen_cap * 2 : 1024;
        unsigned char **table = calloc(cap, sizeof *table);
        uint64_t *hashes = calloc(cap, sizeof *hashes);
        unsigned char *steadies = calloc(cap, 1);
        if (!table || !hashes || !steadies) {
            free(table);
            free(hashes);
            free(steadies);
            return 0;
        }
        for (size_t i = 0; i < x->seen_cap; i++)
            if (x->seen[i]) {
                size_t k = x->seen_hash[i] & (cap - 1);
                while (table[k])
                    k = (k + 1) & (cap - 1);
                table[k] = x->seen[i];
                hashes[k] = x->seen_hash[i];
                steadies[k] = x->seen_steady[i];
            }
        free(x->seen);
        free(x->seen_hash);
        free(x->seen_steady);
        x->seen = table;
        x->seen_hash = hashes;
        x->seen_steady = steadies;
        x->seen_cap = cap;
    }
    size_t k = seen_slot(x, key, h);
    if (x->seen[k])
        return 0;
    if (!(x->seen[k] = store_key(x, key)))
        return 0;
    x->seen_hash[k] = h;
    x->seen_steady[k] = (unsigned char)steady;
    x->seen_count++;
    return 1;
}

/* Room in x->key for n bytes; 0 when out of memory. */
static int key_room(explorer *x, size_t n)
{
    if (n <= x->key_cap)
        return 1;
    size_t cap = x->key_cap ? x->key_cap : 256;
    while (cap < n)
        cap *= 2;
    unsigned char *grown = realloc(x->key, cap);
    if (!grown)
        return 0;
    x->key = grown;
    x->key_cap = cap;
    return 1;
}

/* The key of (scene, state) into x->key: its length in four bytes, then the scene's index, then
 * per variable 'F' or 'T', or 'N' and the number's eight bytes, or 'S' and the text with its NUL.
 * Each value is read back unambiguously from the bytes, and numbers compare as value_equal
 * compares them (-0 is 0; no effect makes a NaN), so two keys are the same bytes exactly when
 * the states are equal.
 * Built once per move, with no formatting: it is most of what a move to a known point costs.
 * Returns 0 when out of memory. */
static int state_key(explorer *x, int scene_index, const value *state)
{
    int n_vars = x->sc->n_vars;
    size_t len = 4 + sizeof scene_index;
    if (!key_room(x, len + 9 * (size_t)n_vars))
        return 0;
    memcpy(x->key + 4, &scene_index, sizeof scene_index);
    for (int i = 0; i < n_vars; i++) {
        const value *v = &state[i];
        if (v->type == VALUE_BOOL) {
            x->key[len++] = v->boolean ? 'T' : 'F';
        } else if (v->type == VALUE_NUMBER) {
            double d = v->number == 0 ? 0 : v->number;
            x->key[len++] = 'N';
            memcpy(x->key + len, &d, sizeof d);
            len += sizeof d;
        } else {
            size_t n = strlen(v->string) + 1;
            if (!key_room(x, len + 1 + n + 9 * (size_t)(n_vars - i)))
                return 0;
            x->key[len++] = 'S';
            memcpy(x->key + len, v->string, n);
            len += n;
        }
    }
    if (len - 4 > UINT32_MAX)
        return 0; /* a key past 4 GiB: as out of memory */
    uint32_t size = (uint32_t)(len - 4);
    memcpy(x->key, &size, sizeof size);
    x->key_hash = key_hash(x->key, len);
    return 1;
}

static int apply_move(cw_session *s, const move *m, cw_error *err)
{
    if (m->n == 0)
        return cw_session_choose(s, m->pos[0], NULL, err);
    return cw_session_compose(s, m->pos, m->n, NULL, NULL, err);
}

/* A copy of here with m applied (here itself does not move); NULL after reporting a failure, or
 * when the move stops at a point already explored or an ending already shown (explored says so):
 * the copy is then kept for the next move, as most moves stop. */
static cw_session *step_from(explorer *x, const cw_session *here, const move *m)
{
    cw_error err = {CW_OK, ""};
    x->view_kept = x->view_steady = x->key_ready = 0;
    cw_session *s = x->spare;
    x->spare = NULL;
    if (s && session_reclone(s, here) != 0) {
        cw_session_free(s);
        s = NULL;
    }
    if (!s)
        s = session_clone(here, &err);
    int rc = s ? apply_move(s, m, &err) : -1;
    if (rc == 1)
        x->spare = s;
    else if (rc < 0)
        cw_session_free(s);
    if (rc < 0)
        say(x, err.message);
    return rc == 0 ? s : NULL;
}

/* Queues s (taking it); returns 0 when out of memory (s is then the caller's to free). */
static int push(explorer *x, cw_session *s)
{
    if (x->tail == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 256;
        cw_session **grown = realloc(x->queue, cap * sizeof *grown);
        if (!grown)
            return 0;
        x->queue = grown;
        x->cap = cap;
    }
    session_trim(s);
    x->queue[x->tail++] = s;
    return 1;
}

/* Counts an arrival at the ending of index scene_index after that many decisions. */
static void note_ending(explorer *x, int scene_index, int decisions)
{
    x->visited_scene[scene_index] = 1;
    if (!x->ending_seen[scene_index]++)
        x->stats->endings++;
    if (x->stats->fewest_decisions < 0 || decisions < x->stats->fewest_decisions)
        x->stats->fewest_decisions = decisions;
    if (decisions > x->stats->most_decisions)
        x->stats->most_decisions = decisions;
}

/* Notes where s arrived from the scene of index from (-1 at the start): an ending counts towards
 * the statistics, a new point is queued (then the queue owns s: returns 1). */
static int visit(explorer *x, cw_session *s, int from)
{
    const scene *sn = &x->sc->scenes[s->view.scene];
    x->visited_scene[s->view.scene] = 1;
    check_step_text(s, from, !x->view_kept, say_once, x); /* text the scenario's functions gave */
    if (sn->is_ending) {
        note_ending(x, s->view.scene, s->decisions);
        return 0;
    }
    if (!x->key_ready && !state_key(x, s->view.scene, s->state))
        return 0;
    if (!remember(x, x->key, x->key_hash, x->view_steady))
        return 0;
    /* check-states and check-seconds (cw_limits): a crafted file must not keep check busy for hours */
    cw_limits limits = cw_limits_get();
    int over_states = ++x->expanded > limits.check_states, over_time = monotonic_ms() > x->deadline_ms;
    if (over_states || over_time) {
        if (!x->stopped) {
            char m[600];
            char seconds[64] = "";
            if (over_time)
                snprintf(seconds, sizeof seconds, " and %d seconds", limits.check_seconds);
            snprintf(m, sizeof m, "%s: exploring role '%s' stopped after %d states%s; simplify the state "
                     "(or raise --limit check-states=N, check-seconds=N)",
                     x->sc->path, x->sc->roles[x->role].id, x->expanded - 1, seconds);
            say(x, m);
        }
        x->stopped = 1;
        return 0;
    }
    return push(x, s);
}

/* The session's view builder while check walks (view_fn): a copy of the view kept for a state that
 * agrees on what its build read, or a build, with its reads marked, that is then kept unless it
 * drew from the generator. */
static int kept_view(void *ud, cw_session *s, const value *state, int index, view *v, cw_error *err)
{
    explorer *x = ud;
    const check_kept *kept = x->views ? check_views_find(x->views, index, state) : NULL;
    if (kept) {
        if (view_borrow(v, &kept->shown) != 0) { /* the views outlive every point of the walk */
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            return -1;
        }
        x->view_kept = x->view_steady = 1;
        return 0;
    }
    cw_rng before = s->rng;
    memset(x->reads, 0, (size_t)x->sc->n_vars);
    x->sc->reads = x->reads;
    int rc = session_build_view(s, state, index, v, err);
    x->sc->reads = NULL;
    if (rc == 0 && x->views && memcmp(&before, &s->rng, sizeof before) == 0)
        x->view_steady = check_views_keep(x->views, index, state, x->reads, v, index) == 0;
    return rc;
}

/* The session's routes while check walks (route_fn): where routes that call functions led in a
 * state that agrees on what those read, or choose_route, its reads marked and kept alike. */
static int kept_route(void *ud, const call_context *cx, int scene_index, int choice_index, const routes *rs, int line,
                      int *next_scene, cw_error *err)
{
    explorer *x = ud;
    int calls = 0;
    for (int i = 0; i < rs->count; i++)
        calls |= rs->items[i].when != LUA_NOREF;
    if (!calls || !x->views)
        return choose_route(cx, rs, line, next_scene, err);
    const scene *sn = &x->sc->scenes[scene_index];
    int slot = x->sc->n_scenes + x->route_base[scene_index] + (choice_index >= 0 ? choice_index : sn->n_choices);
    const check_kept *kept = check_views_find(x->views, slot, cx->state);
    if (kept) {
        *next_scene = kept->target;
        return 0;
    }
    cw_rng before = *cx->rng;
    memset(x->reads, 0, (size_t)x->sc->n_vars);
    x->sc->reads = x->reads;
    int rc = choose_route(cx, rs, line, next_scene, err);
    x->sc->reads = NULL;
    if (rc >= 0 && memcmp(&before, cx->rng, sizeof before) == 0)
        check_views_keep(x->views, slot, cx->state, x->reads, NULL, *next_scene);
    return rc;
}

/* The session's arrival hook while check walks (arrival_fn): a move that leads to a point already
 * explored, whose view came from the kept views, stops before that view is built: arriving would
 * show nothing new, and only the decision's own result (its feedback...) is left to check. So does
 * a move to an ending whose view is kept for this state, once counted. The key built here serves
 * visit when the move goes on. */
static int explored(void *ud, const cw_session *s, const value *next_state, int next_scene, const result_entry *r)
{
    explorer *x = ud;
    if (x->sc->scenes[next_scene].is_ending) {
        if (!x->views || !check_views_find(x->views, next_scene, next_state))
            return 0;
        note_ending(x, next_scene, s->decisions + 1);
    } else {
        if (!x->seen_cap || !state_key(x, next_scene, next_state))
            return 0;
        x->key_ready = 1;
        size_t k = seen_slot(x, x->key, x->key_hash);
        if (!x->seen[k] || !x->seen_steady[k])
            return 0;
    }
    check_result_text(x->sc, s->view.scene, r, say_once, x);
    return 1;
}

/* Whether the memo may serve the drafting step at this scene (the one moves_at named the texts of). */
static int memo_applies(const explorer *x, int scene_index)
{
    return x->texts_id >= 0 && x->texts_scene == scene_index;
}

/* Calls the rubric on the draft of the clauses pos[0..n) and keeps what it returns in the memo.
 * A failure is not kept: a spent time budget says nothing of the draft. */
static int rubric_kept(explorer *x, const call_context *cx, int scene_index, const int *pos, const char *const *ids,
                       int n, const char *text, rubric_result *out, cw_error *err)
{
    cw_rng before = *cx->rng;
    memset(x->reads, 0, (size_t)x->sc->n_vars);
    int rc = call_rubric_tracked(cx, &x->sc->scenes[scene_index], ids, n, "", text, x->reads, out, err);
    if (rc == 0)
        check_memo_keep(x->memo, scene_index, x->texts_id, pos, n, cx->state, x->reads, &before, cx->rng, out);
    return rc;
}

/* The session's rubric while check walks (rubric_fn): the memo's copy of what the rubric returned
 * for this draft in an agreeing state, or a call that the memo then keeps. */
static int memo_rubric(void *ud, const call_context *cx, const scene *sn, const char *const *clause_ids, int n_clauses,
                       const char *own, const char *text, rubric_result *out, cw_error *err)
{
    explorer *x = ud;
    int scene_index = (int)(sn - x->sc->scenes), pos[MAX_MOVE_CLAUSES];
    int usable = memo_applies(x, scene_index) && (!own || !*own) && n_clauses <= MAX_MOVE_CLAUSES;
    for (int i = 0; usable && i < n_clauses; i++) { /* the ids are the scenario's own strings */
        pos[i] = -1;
        for (int k = 0; k < sn->compose->n_clauses && pos[i] < 0; k++)
            if (sn->compose->clauses[k].id == clause_ids[i])
                pos[i] = k;
        usable = pos[i] >= 0;
    }
    if (!usable)
        return call_rubric(cx, sn, clause_ids, n_clauses, own, text, out, err);
    cw_rng after;
    const rubric_result *kept = check_memo_find(x->memo, scene_index, x->texts_id, pos, n_clauses, cx->state,
                                                cx->rng, &after);
    if (!kept)
        return rubric_kept(x, cx, scene_index, pos, clause_ids, n_clauses, text, out, err);
    if (rubric_result_copy(out, kept) != 0) {
        memset(out, 0, sizeof *out);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    *cx->rng = after;
    return 0;
}

/* The rubric's score for draft m in session s (standing at the drafting step), or -1e18 when it
 * fails. The rubric is called directly on the state: no session is built for a trial draft. A
 * score the memo holds for a state that agrees on what the rubric reads is taken from there. */
static double draft_score(explorer *x, const cw_session *s, const move *m)
{
    const scene *sn = &x->sc->scenes[s->view.scene];
    int memo = memo_applies(x, s->view.scene);
    cw_rng after;
    const rubric_result *kept =
        memo ? check_memo_find(x->memo, s->view.scene, x->texts_id, m->pos, m->n, s->state, &s->rng, &after) : NULL;
    if (kept)
        return kept->score;
    const char *ids[MAX_MOVE_CLAUSES];
    strbuf text = {0};
    for (int i = 0; i < m->n; i++) {
        ids[i] = s->view.options[m->pos[i]].id;
        if (i)
            strbuf_adds(&text, " ");
        strbuf_adds(&text, s->view.options[m->pos[i]].text);
    }
    char *draft = strbuf_take(&text);
    cw_rng rng = s->rng;
    call_context cx = {x->sc, s->state, x->role, &rng};
    rubric_result r;
    cw_error err = {CW_OK, ""};
    int rc = !draft ? -1
             : memo ? rubric_kept(x, &cx, s->view.scene, m->pos, ids, m->n, draft, &r, &err)
                    : call_rubric(&cx, sn, ids, m->n, "", draft, &r, &err);
    double score = rc == 0 ? r.score : -1e18;
    if (draft)
        rubric_result_free(&r);
    else
        say(x, "out of memory");
    if (rc != 0 && draft)
        say(x, err.message);
    free(draft);
    return score;
}

/* Tries every combination of k clauses (in list order) and keeps the best or worst scoring one
 * in *out. Gives up (returns 0) when there are more than 300 combinations. */
static int extreme_combination(explorer *x, const cw_session *s, const compose_step *cs, int k, int best,
                               move *out, double *score)
{
    int n = cs->n_clauses, idx[MAX_MOVE_CLAUSES];
    if (k > MAX_MOVE_CLAUSES || k > n)
        return 0;
    double combinations = 1;
    for (int i = 0; i < k; i++)
        combinations = combinations * (n - i) / (i + 1);
    if (combinations > 300)
        return 0;
    for (int i = 0; i < k; i++)
        idx[i] = i;
    int found = 0;
    for (;;) {
        move m = {k, {0}};
        memcpy(m.pos, idx, (size_t)k * sizeof *idx);
        double v = draft_score(x, s, &m);
        if (v > -1e18 && (!found || (best ? v > *score : v < *score))) {
            *out = m;
            *score = v;
            found = 1;
        }
        int i = k - 1; /* next combination in lexicographic order */
        while (i >= 0 && idx[i] == n - k + i)
            i--;
        if (i < 0)
            break;
        idx[i]++;
        for (int j = i + 1; j < k; j++)
            idx[j] = idx[j - 1] + 1;
    }
    return found;
}

/* Greedily adds the clause that raises (best) or lowers (worst) the score most, until no clause
 * improves it or the step's maximum is reached. A step that needs several clauses starts from
 * its best (or worst) combination of that many, where there are few enough to try them all. */
static move greedy_draft(explorer *x, const cw_session *s, const compose_step *cs, int best)
{
    move m = {0, {0}};
    int limit = cs->max < MAX_MOVE_CLAUSES ? cs->max : MAX_MOVE_CLAUSES;
    double current = 0;
    int have_current = 0;
    if (cs->min > 1) {
        have_current = extreme_combination(x, s, cs, cs->min, best, &m, &current);
        if (!have_current)
            for (int c = 0; c < cs->min - 1 && m.n < limit; c++)
                m.pos[m.n++] = c;
    }
    while (m.n < limit) {
        int pick = -1;
        double pick_score = 0;
        for (int c = 0; c < cs->n_clauses; c++) {
            int used = 0;
            for (int k = 0; k < m.n; k++)
                used |= m.pos[k] == c;
            if (used)
                continue;
            move trial = m;
            trial.pos[trial.n++] = c;
            double score = draft_score(x, s, &trial);
            if (score > -1e18 && (pick < 0 || (best ? score > pick_score : score < pick_score)))
                pick = c, pick_score = score;
        }
        if (pick < 0 || (have_current && (best ? pick_score <= current : pick_score >= current)))
            break;
        m.pos[m.n++] = pick;
        current = pick_score;
        have_current = 1;
    }
    return m;
}

/* The moves worth trying at a point: every choice; or, at a drafting step, each clause alone,
 * every clause, and the greedy best and worst drafts. */
static int moves_at(explorer *x, const cw_session *s, move *moves, int max)
{
    const scene *sn = &x->sc->scenes[s->view.scene];
    int n = 0;
    if (!sn->compose) {
        for (int i = 0; i < s->view.n_options && n < max; i++)
            moves[n++] = (move){0, {i}};
        return n;
    }
    const compose_step *cs = sn->compose;
    const char *texts[MAX_MOVE_CLAUSES * 4];
    x->texts_id = -1; /* a step with more clauses than that is scored without the memo */
    if (s->view.n_options <= (int)(sizeof texts / sizeof *texts)) {
        for (int i = 0; i < s->view.n_options; i++)
            texts[i] = s->view.options[i].text;
        x->texts_id = check_memo_texts(x->memo, s->view.scene, texts, s->view.n_options);
        x->texts_scene = s->view.scene;
    }
    if (cs->min <= 1)
        for (int c = 0; c < cs->n_clauses && c < MAX_MOVE_CLAUSES && n < max - 3; c++)
            moves[n++] = (move){1, {c}};
    move all = {0, {0}};
    for (int c = 0; c < cs->max && c < MAX_MOVE_CLAUSES; c++)
        all.pos[all.n++] = c;
    moves[n++] = all;
    moves[n++] = greedy_draft(x, s, cs, 1);
    moves[n++] = greedy_draft(x, s, cs, 0);
    int kept = 0;
    for (int i = 0; i < n; i++) {
        int duplicate = moves[i].n < cs->min || moves[i].n > cs->max;
        for (int k = 0; k < kept && !duplicate; k++)
            duplicate = moves[k].n == moves[i].n &&
                        memcmp(moves[k].pos, moves[i].pos, (size_t)moves[i].n * sizeof(int)) == 0;
        if (!duplicate)
            moves[kept++] = moves[i];
    }
    return kept;
}

static void explore_role(explorer *x)
{
    x->queue = NULL;
    x->head = x->tail = x->cap = 0;
    x->expanded = x->stopped = 0;
    x->deadline_ms = monotonic_ms() + (int64_t)cw_limits_get().check_seconds * 1000;
    x->memo = check_memo_new(x->sc);
    x->route_base = calloc((size_t)x->sc->n_scenes + 1, sizeof *x->route_base);
    int slots = x->sc->n_scenes;
    for (int i = 0; x->route_base && i < x->sc->n_scenes; i++) { /* a slot per choice's routes, and the step's */
        x->route_base[i] = slots - x->sc->n_scenes;
        slots += x->sc->scenes[i].n_choices + 1;
    }
    x->views = x->route_base ? check_views_new(x->sc, slots) : NULL;
    x->reads = calloc((size_t)x->sc->n_vars + 1, 1);
    x->texts_id = -1;
    x->view_kept = x->view_steady = x->key_ready = 0;
    x->sc->view_tracks = 1; /* the state view marks what a view's build reads */
    if (!x->memo || !x->views || !x->reads) {
        say(x, "out of memory");
        x->stopped = 1;
    }
    x->stats->fewest_decisions = -1;
    cw_error err = {CW_OK, ""};
    cw_session *start = session_create(x->sc, x->role, "check", CW_MODE_PRACTICE, 1, 0, &err);
    if (start) { /* every point is a copy of this one: they all score drafts through the memo */
        start->rubric = memo_rubric;
        start->rubric_ud = x;
        start->view_fn = kept_view;
        start->view_ud = x;
        start->route_fn = kept_route;
        start->route_ud = x;
        start->arrival = explored;
        start->arrival_ud = x;
        start->untimed = 1; /* nothing here reads how long a decision took */
    }
    sandbox_total_begin(x->sc->sb, SANDBOX_TOTAL_STEP);
    int entered = start && session_enter_start(start, &err) == 0;
    sandbox_total_end(x->sc->sb);
    if (!entered)
        say(x, err.message);
    if (!entered || !visit(x, start, -1))
        cw_session_free(start);
    while (x->head < x->tail && !x->stopped) {
        if (sandbox_total_spent(x->sc->sb) || sandbox_interrupted()) {
            x->stopped = 1; /* the failing call has said why */
            break;
        }
        cw_session *here = x->queue[x->head++];
        move moves[MAX_MOVE_CLAUSES + 8];
        int n = moves_at(x, here, moves, MAX_MOVE_CLAUSES + 8);
        for (int i = 0; i < n; i++) {
            cw_session *next = step_from(x, here, &moves[i]);
            if (next && !visit(x, next, here->view.scene))
                cw_session_free(next);
        }
        cw_session_free(here); /* the spare copy still points at it, and no longer reads it */
    }
    cw_session_free(x->spare);
    x->spare = NULL;
    for (size_t i = x->head; i < x->tail; i++)
        cw_session_free(x->queue[i]);
    free(x->queue);
    check_memo_free(x->memo);
    check_views_free(x->views);
    free(x->route_base);
    x->route_base = NULL;
    x->sc->view_tracks = 0;
    free(x->reads);
    x->views = NULL;
    x->memo = NULL;
    x->reads = NULL;
    x->stats->states = x->expanded;
    if (x->stats->endings == 0 && !x->stopped) { /* a stopped walk proves nothing about endings */
        char m[600];
        snprintf(m, sizeof m, "%s:%d: role '%s' can reach no ending", x->sc->path, x->sc->line,
                 x->sc->roles[x->role].id);
        say(x, m);
    }
}

static void count_finding(void *ud, const char *message)
{
    explorer *x = ud;
    x->report(x->ud, message);
    x->findings++;
}

int cw_scenario_check(const char *path, cw_finding_fn report, void *ud, cw_check_stats *stats)
{
    cw_error err = {CW_OK, ""};
    if (stats)
        memset(stats, 0, sizeof *stats);
    cw_scenario *sc = scenario_load_unchecked(path, &err);
    if (!sc) {
        report(ud, err.message);
        return 1;
    }
    explorer x = {.sc = sc, .report = report, .ud = ud};
    if (scenario_validate(sc, count_finding, &x) + check_scenario_text(sc, count_finding, &x) > 0) {
        cw_scenario_free(sc);
        return x.findings;
    }
    x.visited_scene = calloc((size_t)sc->n_scenes + 1, sizeof *x.visited_scene);
    x.ending_seen = calloc((size_t)sc->n_scenes + 1, sizeof *x.ending_seen);

    cw_check_stats local;
    if (!stats)
        stats = &local;
    sandbox_total_begin(sc->sb, SANDBOX_TOTAL_CHECK); /* the scenario's time over the whole walk */
    for (int r = 0; x.visited_scene && x.ending_seen && r < sc->n_roles && r < 16; r++) {
        x.role = r;
        x.stats = &stats->roles[r];
        memset(x.stats, 0, sizeof *x.stats);
        snprintf(x.stats->role, sizeof x.stats->role, "%s", sc->roles[r].id);
        memset(x.ending_seen, 0, (size_t)sc->n_scenes * sizeof *x.ending_seen);
        explore_role(&x);
        stats->n_roles = r + 1;
        for (size_t i = 0; i < x.n_key_blocks; i++)
            free(x.key_blocks[i]);
        free(x.key_blocks);
        free(x.seen);
        free(x.seen_hash);
        free(x.seen_steady);
        x.seen = NULL;
        x.seen_hash = NULL;
        x.seen_steady = NULL;
        x.key_blocks = NULL;
        x.keys = NULL;
        x.n_key_blocks = x.keys_used = x.keys_cap = 0;
        x.seen_cap = x.seen_count = 0;
    }
    for (int i = 0; x.visited_scene && i < sc->n_scenes && x.findings == 0; i++)
        if (!x.visited_scene[i]) {
            char m[600];
            snprintf(m, sizeof m, "%s:%d: scene '%s' cannot be reached by any role", sc->path, sc->scenes[i].line,
                     sc->scenes[i].id);
            say(&x, m);
        }
    sandbox_total_end(sc->sb);
    free(x.key);
    for (int i = 0; i < x.n_said; i++)
        free(x.said[i]);
    free(x.said);
    free(x.visited_scene);
    free(x.ending_seen);
    cw_scenario_free(sc);
    return x.findings;
}
