/* check_memo.c — the rubric scores `casewalk check` has already computed during one role's walk.
 *
 * Three tables, so that a lookup costs the same however many states the walk has seen:
 *   drafts: (scene, clause texts, clause positions) -> the read sets its calls had (usually one);
 *   reads:  the distinct read sets (which variables, whether the generator was drawn from);
 *   scores: (draft, read set, the values of those variables, the generator) -> the score. */
#include "check_memo.h"
#include "check_hash.h"

#include <stdlib.h>
#include <string.h>

#define MAX_POS 16

typedef struct draft_key {
    int scene_index, texts_id, n, pos[MAX_POS];
    int *shapes; /* read sets seen for this draft */
    int n_shapes;
} draft_key;

typedef struct read_shape {
    int *vars, n_vars, drew;
} read_shape;

typedef struct score_entry {
    int draft, shape;
    uint64_t hash;
    value *values; /* of shape's variables, in its order */
    cw_rng rng, rng_after;
    rubric_result result;
} score_entry;

typedef struct text_set {
    int scene_index, n;
    char **texts;
} text_set;

struct check_memo {
    const cw_scenario *sc;
    draft_key *drafts;
    int n_drafts, cap_drafts;
    int *draft_slots; /* open addressing: index + 1, or 0 */
    size_t draft_cap;
    read_shape *shapes;
    int n_shapes, cap_shapes;
    score_entry *scores;
    int n_scores, cap_scores;
    int *score_slots;
    size_t score_cap;
    text_set *sets;
    int n_sets, cap_sets;
};

static int grow_array(void **items, int *cap, int n, size_t size)
{
    if (n < *cap)
        return 0;
    int next = *cap ? *cap * 2 : 64;
    void *grown = realloc(*items, (size_t)next * size);
    if (!grown)
        return -1;
    *items = grown;
    *cap = next;
    return 0;
}

check_memo *check_memo_new(const cw_scenario *sc)
{
    check_memo *m = calloc(1, sizeof *m);
    if (m)
        m->sc = sc;
    return m;
}

void check_memo_free(check_memo *m)
{
    if (!m)
        return;
    for (int i = 0; i < m->n_drafts; i++)
        free(m->drafts[i].shapes);
    for (int i = 0; i < m->n_shapes; i++)
        free(m->shapes[i].vars);
    for (int i = 0; i < m->n_scores; i++) {
        for (int k = 0; k < m->shapes[m->scores[i].shape].n_vars; k++)
            value_free(&m->scores[i].values[k]);
        free(m->scores[i].values);
        rubric_result_free(&m->scores[i].result);
    }
    for (int i = 0; i < m->n_sets; i++) {
        for (int k = 0; k < m->sets[i].n; k++)
            free(m->sets[i].texts[k]);
        free(m->sets[i].texts);
    }
    free(m->drafts), free(m->draft_slots), free(m->shapes), free(m->scores), free(m->score_slots), free(m->sets);
    free(m);
}

int check_memo_texts(check_memo *m, int scene_index, const char *const *texts, int n)
{
    for (int i = m->n_sets - 1; i >= 0; i--) { /* a scene shows few distinct lists */
        const text_set *t = &m->sets[i];
        int same = t->scene_index == scene_index && t->n == n;
        for (int k = 0; same && k < n; k++)
            same = strcmp(t->texts[k], texts[k]) == 0;
        if (same)
            return i;
    }
    if (grow_array((void **)&m->sets, &m->cap_sets, m->n_sets, sizeof *m->sets) != 0)
        return -1;
    text_set *t = &m->sets[m->n_sets];
    t->scene_index = scene_index;
    t->n = 0;
    t->texts = calloc((size_t)n + 1, sizeof *t->texts);
    for (int k = 0; t->texts && k < n; k++) {
        if (!(t->texts[k] = strdup(texts[k]))) {
            for (int j = 0; j < k; j++)
                free(t->texts[j]);
            free(t->texts);
            return -1;
        }
        t->n++;
    }
    if (!t->texts)
        return -1;
    return m->n_sets++;
}

static uint64_t draft_hash(int scene_index, int texts_id, const int *pos, int n)
{
    uint64_t h = check_hash_mix(check_hash_mix(0, (uint64_t)scene_index), (uint64_t)texts_id);
    h = check_hash_mix(h, (uint64_t)n);
    for (int i = 0; i < n; i++)
        h = check_hash_mix(h, (uint64_t)pos[i]);
    return check_hash_spread(h);
}

/* Index of the draft, or -1; with add, adds it when absent (-1 only when out of memory). */
static int draft_index(check_memo *m, int scene_index, int texts_id, const int *pos, int n, int add)
{
    if (n > MAX_POS)
        return -1;
    uint64_t h = draft_hash(scene_index, texts_id, pos, n);
    if (m->draft_cap) {
        for (size_t k = h & (m->draft_cap - 1); m->draft_slots[k]; k = (k + 1) & (m->draft_cap - 1)) {
            const draft_key *d = &m->drafts[m->draft_slots[k] - 1];
            if (d->scene_index == scene_index && d->texts_id == texts_id && d->n == n &&
                memcmp(d->pos, pos, (size_t)n * sizeof *pos) == 0)
                return m->draft_slots[k] - 1;
        }
    }
    if (!add)
        return -1;
    if ((size_t)(m->n_drafts + 1) * 2 > m->draft_cap) {
        size_t cap = m->draft_cap ? m->draft_cap * 2 : 256;
        int *slots = calloc(cap, sizeof *slots);
        if (!slots)
            return -1;
        for (int i = 0; i < m->n_drafts; i++) {
            const draft_key *d = &m->drafts[i];
            size_t k = draft_hash(d->scene_index, d->texts_id, d->pos, d->n) & (cap - 1);
            while (slots[k])
                k = (k + 1) & (cap - 1);
            slots[k] = i + 1;
        }
        free(m->draft_slots);
        m->draft_slots = slots;
        m->draft_cap = cap;
    }
    if (grow_array((void **)&m->drafts, &m->cap_drafts, m->n_drafts, sizeof *m->drafts) != 0)
        return -1;
    draft_key *d = &m->drafts[m->n_drafts];
    memset(d, 0, sizeof *d);
    d->scene_index = scene_index, d->texts_id = texts_id, d->n = n;
    memcpy(d->pos, pos, (size_t)n * sizeof *pos);
    size_t k = h & (m->draft_cap - 1);
    while (m->draft_slots[k])
        k = (k + 1) & (m->draft_cap - 1);
    m->draft_slots[k] = m->n_drafts + 1;
    return m->n_drafts++;
}

static uint64_t score_hash(int draft, int shape, const read_shape *r, const value *state, const cw_rng *rng)
{
    uint64_t h = check_hash_mix(check_hash_mix(0, (uint64_t)draft), (uint64_t)shape);
    for (int i = 0; i < r->n_vars; i++)
        h = check_hash_value(h, &state[r->vars[i]]);
    for (int i = 0; r->drew && i < 4; i++)
        h = check_hash_mix(h, rng->s[i]);
    return check_hash_spread(h);
}

static int score_matches(const score_entry *e, const read_shape *r, const value *state, const cw_rng *rng)
{
    for (int i = 0; i < r->n_vars; i++)
        if (!value_equal(&e->values[i], &state[r->vars[i]]))
            return 0;
    return !r->drew || memcmp(&e->rng, rng, sizeof *rng) == 0;
}

const rubric_result *check_memo_find(const check_memo *m, int scene_index, int texts_id, const int *pos, int n,
                                     const value *state, const cw_rng *rng, cw_rng *rng_after)
{
    int d = draft_index((check_memo *)m, scene_index, texts_id, pos, n, 0);
    if (d < 0 || !m->score_cap)
        return NULL;
    for (int s = 0; s < m->drafts[d].n_shapes; s++) {
        int shape = m->drafts[d].shapes[s];
        const read_shape *r = &m->shapes[shape];
        uint64_t h = score_hash(d, shape, r, state, rng);
        for (size_t k = h & (m->score_cap - 1); m->score_slots[k]; k = (k + 1) & (m->score_cap - 1)) {
            const score_entry *e = &m->scores[m->score_slots[k] - 1];
            if (e->hash == h && e->draft == d && e->shape == shape && score_matches(e, r, state, rng)) {
                *rng_after = r->drew ? e->rng_after : *rng;
                return &e->result;
            }
        }
    }
    return NULL;
}

/* The index of the read set (added when new), or -1 when out of memory. */
static int shape_index(check_memo *m, const unsigned char *reads, int drew)
{
    int n = 0;
    for (int i = 0; i < m->sc->n_vars; i++)
        n += reads[i] != 0;
    for (int s = 0; s < m->n_shapes; s++) {
        const read_shape *r = &m->shapes[s];
        int same = r->drew == drew && r->n_vars == n;
        for (int i = 0; same && i < n; i++)
            same = reads[r->vars[i]] != 0;
        if (same)
            return s;
    }
    if (grow_array((void **)&m->shapes, &m->cap_shapes, m->n_shapes, sizeof *m->shapes) != 0)
        return -1;
    read_shape *r = &m->shapes[m->n_shapes];
    if (!(r->vars = malloc((size_t)n * sizeof *r->vars + 1)))
        return -1;
    r->n_vars = 0;
    r->drew = drew;
    for (int i = 0; i < m->sc->n_vars; i++)
        if (reads[i])
            r->vars[r->n_vars++] = i;
    return m->n_shapes++;
}

static int grow_scores(check_memo *m)
{
    if ((size_t)(m->n_scores + 1) * 2 <= m->score_cap)
        return grow_array((void **)&m->scores, &m->cap_scores, m->n_scores, sizeof *m->scores);
    size_t cap = m->score_cap ? m->score_cap * 2 : 1024;
    int *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (int i = 0; i < m->n_scores; i++) {
        size_t k = m->scores[i].hash & (cap - 1);
        while (slots[k])
            k = (k + 1) & (cap - 1);
        slots[k] = i + 1;
    }
    free(m->score_slots);
    m->score_slots = slots;
    m->score_cap = cap;
    return grow_array((void **)&m->scores, &m->cap_scores, m->n_scores, sizeof *m->scores);
}

static int copy_list(char ***dst, char *const *src, int n)
{
    *dst = NULL;
    if (!src)
        return 0;
    if (!(*dst = calloc((size_t)n + 1, sizeof **dst)))
        return -1;
    for (int i = 0; i < n; i++)
        if (!((*dst)[i] = strdup(src[i])))
            return -1;
    return 0;
}

int rubric_result_copy(rubric_result *dst, const rubric_result *src)
{
    *dst = *src;
    dst->feedback = NULL, dst->flags = dst->missing = NULL;
    if ((src->feedback && !(dst->feedback = strdup(src->feedback))) || copy_list(&dst->flags, src->flags, src->n_flags) ||
        copy_list(&dst->missing, src->missing, src->n_missing)) {
        rubric_result_free(dst);
        return -1;
    }
    return 0;
}

void check_memo_keep(check_memo *m, int scene_index, int texts_id, const int *pos, int n, const value *state,
                     const unsigned char *reads, const cw_rng *rng, const cw_rng *rng_after,
                     const rubric_result *result)
{
    int drew = memcmp(rng, rng_after, sizeof *rng) != 0;
    int d = draft_index(m, scene_index, texts_id, pos, n, 1);
    int shape = d >= 0 ? shape_index(m, reads, drew) : -1;
    if (shape < 0 || grow_scores(m) != 0)
        return; /* out of memory: the score is simply computed again */
    draft_key *dk = &m->drafts[d];
    int known = 0;
    for (int s = 0; s < dk->n_shapes && !known; s++)
        known = dk->shapes[s] == shape;
    if (!known) {
        int *grown = realloc(dk->shapes, (size_t)(dk->n_shapes + 1) * sizeof *grown);
        if (!grown)
            return;
        dk->shapes = grown;
        dk->shapes[dk->n_shapes++] = shape;
    }
    const read_shape *r = &m->shapes[shape];
    score_entry *e = &m->scores[m->n_scores];
    e->values = calloc((size_t)r->n_vars + 1, sizeof *e->values);
    if (!e->values)
        return;
    if (rubric_result_copy(&e->result, result) != 0) {
        free(e->values);
        return;
    }
    for (int i = 0; i < r->n_vars; i++)
        if (value_copy(&e->values[i], &state[r->vars[i]]) != 0) {
            for (int k = 0; k < i; k++)
                value_free(&e->values[k]);
            free(e->values);
            rubric_result_free(&e->result);
            return;
        }
    e->draft = d, e->shape = shape, e->rng = *rng, e->rng_after = *rng_after;
    e->hash = score_hash(d, shape, r, state, rng);
    size_t k = e->hash & (m->score_cap - 1);
    while (m->score_slots[k])
        k = (k + 1) & (m->score_cap - 1);
    m->score_slots[k] = m->n_scores + 1;
    m->n_scores++;
}
