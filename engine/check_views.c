/* check_views.c — the views (and routes) `casewalk check` has already computed during one role's
 * walk.
 *
 * Per slot, the read sets its computations have had (usually one or two); one table of entries
 * (slot, read set, the values of those variables) -> what was kept, so that a lookup costs the
 * same however many states the walk has seen. */
#include "check_views.h"
#include "check_hash.h"

#include <stdlib.h>
#include <string.h>

typedef struct shape_list {
    int **vars; /* per read set: its variables, vars[s][0] of them, then their indices */
    int n;
} shape_list;

typedef struct view_entry {
    int slot, shape;
    uint64_t hash;
    value *values; /* of the read set's variables, in its order */
    check_kept kept;
} view_entry;

struct check_views {
    const cw_scenario *sc;
    shape_list *shapes; /* per slot */
    int n_slots;
    view_entry *entries;
    size_t n, cap;
    size_t *slots; /* open addressing: index + 1, or 0 */
    size_t slot_cap;
};

static uint64_t entry_hash(int slot, int shape, const int *vars, const value *state)
{
    uint64_t h = check_hash_mix(check_hash_mix(0, (uint64_t)slot), (uint64_t)shape);
    for (int i = 1; i <= vars[0]; i++)
        h = check_hash_value(h, &state[vars[i]]);
    return check_hash_spread(h);
}

check_views *check_views_new(const cw_scenario *sc, int n_slots)
{
    check_views *k = calloc(1, sizeof *k);
    if (k && !(k->shapes = calloc((size_t)n_slots + 1, sizeof *k->shapes))) {
        free(k);
        return NULL;
    }
    if (k)
        k->sc = sc, k->n_slots = n_slots;
    return k;
}

void check_views_free(check_views *k)
{
    if (!k)
        return;
    for (size_t i = 0; i < k->n; i++) {
        view_entry *e = &k->entries[i];
        for (int v = 0; v < k->shapes[e->slot].vars[e->shape][0]; v++)
            value_free(&e->values[v]);
        free(e->values);
        view_free(&e->kept.shown);
    }
    for (int s = 0; s < k->n_slots; s++) {
        for (int i = 0; i < k->shapes[s].n; i++)
            free(k->shapes[s].vars[i]);
        free(k->shapes[s].vars);
    }
    free(k->shapes);
    free(k->entries);
    free(k->slots);
    free(k);
}

const check_kept *check_views_find(const check_views *k, int slot, const value *state)
{
    const shape_list *sl = &k->shapes[slot];
    for (int s = 0; s < sl->n && k->slot_cap; s++) {
        const int *vars = sl->vars[s];
        uint64_t h = entry_hash(slot, s, vars, state);
        for (size_t i = h & (k->slot_cap - 1); k->slots[i]; i = (i + 1) & (k->slot_cap - 1)) {
            const view_entry *e = &k->entries[k->slots[i] - 1];
            if (e->hash != h || e->slot != slot || e->shape != s)
                continue;
            int same = 1;
            for (int v = 1; same && v <= vars[0]; v++)
                same = value_equal(&e->values[v - 1], &state[vars[v]]);
            if (same)
                return &e->kept;
        }
    }
    return NULL;
}

/* The index of the scene's read set (added when new), or -1 when out of memory. */
static int shape_index(check_views *k, int slot, const unsigned char *reads)
{
    shape_list *sl = &k->shapes[slot];
    int n = 0;
    for (int i = 0; i < k->sc->n_vars; i++)
        n += reads[i] != 0;
    for (int s = 0; s < sl->n; s++) {
        int same = sl->vars[s][0] == n;
        for (int i = 1; same && i <= n; i++)
            same = reads[sl->vars[s][i]] != 0;
        if (same)
            return s;
    }
    int **grown = realloc(sl->vars, (size_t)(sl->n + 1) * sizeof *grown);
    if (!grown)
        return -1;
    sl->vars = grown;
    int *vars = malloc((size_t)(n + 1) * sizeof *vars);
    if (!vars)
        return -1;
    vars[0] = 0;
    for (int i = 0; i < k->sc->n_vars; i++)
        if (reads[i])
            vars[++vars[0]] = i;
    sl->vars[sl->n] = vars;
    return sl->n++;
}

/* Room for one more entry and its slot; -1 when out of memory. */
static int grow(check_views *k)
{
    if (k->n == k->cap) {
        size_t cap = k->cap ? k->cap * 2 : 256;
        view_entry *grown = realloc(k->entries, cap * sizeof *grown);
        if (!grown)
            return -1;
        k->entries = grown;
        k->cap = cap;
    }
    if ((k->n + 1) * 2 <= k->slot_cap)
        return 0;
    size_t cap = k->slot_cap ? k->slot_cap * 2 : 1024;
    size_t *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < k->n; i++) {
        size_t at = k->entries[i].hash & (cap - 1);
        while (slots[at])
            at = (at + 1) & (cap - 1);
        slots[at] = i + 1;
    }
    free(k->slots);
    k->slots = slots;
    k->slot_cap = cap;
    return 0;
}

int check_views_keep(check_views *k, int slot, const value *state, const unsigned char *reads, const view *v,
                     int target)
{
    int shape = shape_index(k, slot, reads);
    if (shape < 0 || grow(k) != 0)
        return -1;
    const int *vars = k->shapes[slot].vars[shape];
    view_entry *e = &k->entries[k->n];
    e->slot = slot;
    e->shape = shape;
    e->values = calloc((size_t)vars[0] + 1, sizeof *e->values);
    if (!e->values)
        return -1;
    for (int i = 0; i < vars[0]; i++)
        if (value_copy(&e->values[i], &state[vars[i + 1]]) != 0) {
            for (int j = 0; j < i; j++)
                value_free(&e->values[j]);
            free(e->values);
            return -1;
        }
    e->kept.target = target;
    memset(&e->kept.shown, 0, sizeof e->kept.shown);
    if (v && view_copy(&e->kept.shown, v) != 0) {
        for (int i = 0; i < vars[0]; i++)
            value_free(&e->values[i]);
        free(e->values);
        return -1;
    }
    e->hash = entry_hash(slot, shape, vars, state);
    size_t at = e->hash & (k->slot_cap - 1);
    while (k->slots[at])
        at = (at + 1) & (k->slot_cap - 1);
    k->slots[at] = k->n + 1;
    k->n++;
    return 0;
}
