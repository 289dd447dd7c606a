/* scenario_map.c — the scenario as a read-only map for reports (cw_scenario_scene): each scene,
 * its choices with their ratings, and every scene a route may lead to. Built once after the
 * scenario is validated; it points into the model's own strings. */
#include <stdlib.h>
#include <string.h>

#include "scenario_model.h"

typedef struct scenario_map {
    cw_scene_info *scenes;
    int n_scenes;
    void **blocks; /* every array allocated for the map, to free */
    int n_blocks, cap_blocks;
} scenario_map;

static void *map_alloc(scenario_map *m, size_t count, size_t size)
{
    if (m->n_blocks == m->cap_blocks) {
        int cap = m->cap_blocks ? m->cap_blocks * 2 : 64;
        void **grown = realloc(m->blocks, (size_t)cap * sizeof *grown);
        if (!grown)
            return NULL;
        m->blocks = grown;
        m->cap_blocks = cap;
    }
    void *p = calloc(count ? count : 1, size);
    if (p)
        m->blocks[m->n_blocks++] = p;
    return p;
}

/* The distinct target scene ids of a list of routes. */
static const char **route_targets(scenario_map *m, const routes *rs, int *n)
{
    const char **out = map_alloc(m, (size_t)rs->count, sizeof *out);
    *n = 0;
    for (int i = 0; out && i < rs->count; i++) {
        int seen = 0;
        for (int k = 0; k < *n; k++)
            seen |= strcmp(out[k], rs->items[i].target) == 0;
        if (!seen)
            out[(*n)++] = rs->items[i].target;
    }
    return out;
}

static int build_choice(scenario_map *m, const cw_scenario *sc, const choice *c, cw_choice_info *ci)
{
    ci->id = c->id;
    ci->text = c->text.function == LUA_NOREF && c->text.fallback ? c->text.fallback : "";
    ci->rating = c->rating;
    ci->feedback = c->feedback ? c->feedback : "";
    ci->rationale = c->rationale ? c->rationale : "";
    ci->tags = (const char *const *)c->tags;
    ci->n_tags = c->n_tags;
    const char **roles = map_alloc(m, (size_t)sc->n_roles, sizeof *roles);
    if (!roles)
        return -1;
    for (int r = 0; c->role_mask && r < sc->n_roles; r++)
        if (c->role_mask & (1u << r))
            roles[ci->n_roles++] = sc->roles[r].id;
    ci->roles = roles;
    ci->targets = route_targets(m, &c->go, &ci->n_targets);
    return ci->targets ? 0 : -1;
}

int scenario_map_build(cw_scenario *sc)
{
    scenario_map *m = calloc(1, sizeof *m);
    if (!m)
        return -1;
    sc->map = m;
    m->scenes = map_alloc(m, (size_t)sc->n_scenes, sizeof *m->scenes);
    if (!m->scenes)
        return -1;
    for (int i = 0; i < sc->n_scenes; i++) {
        const scene *s = &sc->scenes[i];
        cw_scene_info *si = &m->scenes[m->n_scenes++];
        si->id = s->id;
        si->phase = s->phase;
        si->title = s->is_ending ? s->ending_title : s->title;
        si->discussion = s->discussion;
        si->is_ending = s->is_ending;
        si->is_compose = s->compose != NULL;
        si->ending_title = s->ending_title;
        si->classification = s->classification;
        cw_choice_info *choices = map_alloc(m, (size_t)s->n_choices, sizeof *choices);
        if (!choices)
            return -1;
        for (int k = 0; k < s->n_choices; k++)
            if (build_choice(m, sc, &s->choices[k], &choices[k]) != 0)
                return -1;
        si->choices = choices;
        si->n_choices = s->n_choices;
        if (!(si->targets = route_targets(m, &s->go, &si->n_targets)))
            return -1;
    }
    return 0;
}

void scenario_map_free(scenario_map *m)
{
    if (!m)
        return;
    for (int i = 0; i < m->n_blocks; i++)
        free(m->blocks[i]);
    free(m->blocks);
    free(m);
}

int cw_scenario_scene_count(const cw_scenario *sc)
{
    return sc->map ? sc->map->n_scenes : 0;
}

const cw_scene_info *cw_scenario_scene(const cw_scenario *sc, int index)
{
    return sc->map && index >= 0 && index < sc->map->n_scenes ? &sc->map->scenes[index] : NULL;
}

const cw_scene_info *cw_scenario_scene_find(const cw_scenario *sc, const char *id)
{
    int index = sc->map && id ? scenario_scene_index(sc, id) : -1; /* the map follows the model's order */
    return index >= 0 && index < sc->map->n_scenes ? &sc->map->scenes[index] : NULL;
}
