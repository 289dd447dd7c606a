/* check.c — `casewalk check`: validation plus a breadth-first walk of every path for every role.
 *
 * Each point reached is kept as a snapshot (scene, state, generator) and expanded once per
 * distinct (scene, state): two paths that arrive at the same scene with the same state have the
 * same future. Breadth first, so the first time an ending is met is on the fewest decisions.
 * Drafting steps are tried with a few drafts — each clause alone, every clause, and the rubric's
 * best and worst greedy drafts — so that routes depending on the score are reached. */
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_text.h"
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
    char **seen; /* open-addressing set of "scene|state" keys */
    size_t seen_cap, seen_count;
    snapshot *queue;
    size_t head, tail, cap;
    int expanded, stopped;
    int64_t deadline_ms;
    int *visited_scene; /* shared across roles */
    int *ending_seen;
    cw_role_paths *stats;
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

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* Adds key to the set (taking it); returns 1 if it was new. */
static int remember(explorer *x, char *key)
{
    if ((x->seen_count + 1) * 2 > x->seen_cap) {
        size_t cap = x->seen_cap ? x->seen_cap * 2 : 1024;
        char **table = calloc(cap, sizeof *table);
        if (!table) {
            free(key);
            return 0;
        }
        for (size_t i = 0; i < x->seen_cap; i++)
            if (x->seen[i]) {
                size_t k = fnv1a(x->seen[i]) & (cap - 1);
                while (table[k])
                    k = (k + 1) & (cap - 1);
                table[k] = x->seen[i];
            }
        free(x->seen);
        x->seen = table;
        x->seen_cap = cap;
    }
    size_t k = fnv1a(key) & (x->seen_cap - 1);
    for (; x->seen[k]; k = (k + 1) & (x->seen_cap - 1))
        if (strcmp(x->seen[k], key) == 0) {
            free(key);
            return 0;
        }
    x->seen[k] = key;
    x->seen_count++;
    return 1;
}

static char *state_key(const cw_session *s)
{
    strbuf b = {0};
    strbuf_adds(&b, s->step.scene_id);
    for (int i = 0; i < s->sc->n_vars; i++) {
        char v[300];
        value_format(&s->state[i], v, sizeof v);
        strbuf_adds(&b, "|");
        strbuf_adds(&b, v);
    }
    return strbuf_take(&b);
}

static int apply_move(cw_session *s, const move *m, cw_error *err)
{
    if (m->n == 0)
        return cw_session_choose(s, m->pos[0], NULL, err);
    return cw_session_compose(s, m->pos, m->n, NULL, NULL, err);
}

/* A session standing where snap stands, with m applied; NULL after reporting a failure. */
static cw_session *step_from(explorer *x, const snapshot *snap, const move *m)
{
    cw_error err = {CW_OK, ""};
    sandbox_total_begin(x->sc->sb, SANDBOX_TOTAL_STEP); /* restoring runs conditions too */
    cw_session *s = session_restore(x->sc, x->role, snap, &err);
    if (s && m && apply_move(s, m, &err) != 0) {
        cw_session_free(s);
        s = NULL;
    }
    sandbox_total_end(x->sc->sb);
    if (!s)
        say(x, err.message);
    return s;
}

static void push(explorer *x, const cw_session *s)
{
    if (x->tail == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 256;
        snapshot *grown = realloc(x->queue, cap * sizeof *grown);
        if (!grown)
            return;
        x->queue = grown;
        x->cap = cap;
    }
    if (session_snapshot(s, &x->queue[x->tail]) == 0)
        x->tail++;
}

/* Notes where s arrived: an ending counts towards the statistics, a new point is queued. */
static void visit(explorer *x, const cw_session *s)
{
    const scene *sn = &x->sc->scenes[s->view.scene];
    x->visited_scene[s->view.scene] = 1;
    check_step_text(s, say_once, x); /* text the scenario's functions gave */
    if (sn->is_ending) {
        if (!x->ending_seen[s->view.scene]++)
            x->stats->endings++;
        if (x->stats->fewest_decisions < 0 || s->decisions < x->stats->fewest_decisions)
            x->stats->fewest_decisions = s->decisions;
        if (s->decisions > x->stats->most_decisions)
            x->stats->most_decisions = s->decisions;
        return;
    }
    char *key = state_key(s);
    if (!key || !remember(x, key))
        return;
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
        return;
    }
    push(x, s);
}

/* The rubric's score for draft m in session s (standing at the drafting step), or -1e18 when it
 * fails. The rubric is called directly on the state: no session is built for a trial draft. */
static double draft_score(explorer *x, const cw_session *s, const move *m)
{
    const scene *sn = &x->sc->scenes[s->view.scene];
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
    int rc = draft ? call_rubric(&cx, sn, ids, m->n, "", draft, &r, &err) : -1;
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
    x->stats->fewest_decisions = -1;
    cw_error err = {CW_OK, ""};
    cw_session *start = session_create(x->sc, x->role, "check", CW_MODE_PRACTICE, 1, 0, &err);
    sandbox_total_begin(x->sc->sb, SANDBOX_TOTAL_STEP);
    int entered = start && session_enter_start(start, &err) == 0;
    sandbox_total_end(x->sc->sb);
    if (entered)
        visit(x, start);
    else
        say(x, err.message);
    cw_session_free(start);
    while (x->head < x->tail && !x->stopped) {
        if (sandbox_total_spent(x->sc->sb) || sandbox_interrupted()) {
            x->stopped = 1; /* the failing call has said why */
            break;
        }
        snapshot snap = x->queue[x->head++];
        cw_session *here = step_from(x, &snap, NULL);
        move moves[MAX_MOVE_CLAUSES + 8];
        int n = here ? moves_at(x, here, moves, MAX_MOVE_CLAUSES + 8) : 0;
        cw_session_free(here);
        for (int i = 0; i < n; i++) {
            cw_session *next = step_from(x, &snap, &moves[i]);
            if (next)
                visit(x, next);
            cw_session_free(next);
        }
        snapshot_free(x->sc, &snap);
    }
    for (size_t i = x->head; i < x->tail; i++)
        snapshot_free(x->sc, &x->queue[i]);
    free(x->queue);
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
        for (size_t i = 0; i < x.seen_cap; i++)
            free(x.seen[i]);
        free(x.seen);
        x.seen = NULL;
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
    for (int i = 0; i < x.n_said; i++)
        free(x.said[i]);
    free(x.said);
    free(x.visited_scene);
    free(x.ending_seen);
    cw_scenario_free(sc);
    return x.findings;
}
