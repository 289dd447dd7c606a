/* scenario_pack.c — after loading, moves what every step reads of a scene into one block, scene
 * after scene: its choices, their effects and routes, and the plans of the texts it fills in.
 *
 * Why: the loader builds each of these with an allocation of its own, so with thousands of
 * scenes a step followed a chain of pointers to places far apart, each a cold read: the choices,
 * then each text's plan, then the chosen effects, then the routes. Side by side, a step reads
 * one stretch of memory that the processor fetches ahead of it. The strings a step only passes
 * on (ids, feedback, tags) stay where they are; only arrays of structs and plans move, and each
 * pointer to them is set to the copy. A scenario that cannot get the block (out of memory) is
 * left as it was: packing is a gain in speed, never a condition of loading. */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "scenario_load.h"
#include "text_plan.h"

/* Each part starts on the strictest alignment of the structs here (a double, a pointer). */
#define PART_ALIGN 8

static size_t rounded(size_t n)
{
    return (n + PART_ALIGN - 1) & ~(size_t)(PART_ALIGN - 1);
}

static size_t plan_bytes(const text_plan *plan)
{
    return plan ? rounded(sizeof *plan + (size_t)plan->n * sizeof plan->pieces[0] + strlen(plan->text) + 1) : 0;
}

static size_t routes_bytes(const routes *rs)
{
    return rounded((size_t)rs->count * sizeof *rs->items);
}

static size_t scene_bytes(const scene *sn)
{
    size_t n = rounded((size_t)sn->n_choices * sizeof *sn->choices) + plan_bytes(sn->text.plan) +
               plan_bytes(sn->speaker.plan) + routes_bytes(&sn->go);
    for (int i = 0; i < sn->n_choices; i++) {
        const choice *c = &sn->choices[i];
        n += rounded((size_t)c->n_effects * sizeof *c->effects) + routes_bytes(&c->go) + plan_bytes(c->text.plan);
    }
    return n;
}

typedef struct packer {
    char *next;
} packer;

/* Copies size bytes of from into the block, frees from, and returns the copy. */
static void *move(packer *p, void *from, size_t size)
{
    if (!from || size == 0)
        return from;
    void *to = p->next;
    memcpy(to, from, size);
    free(from);
    p->next += rounded(size);
    return to;
}

/* A plan's text lives in its own block after the pieces; the role text shows that copy. */
static void move_plan(packer *p, role_text *t)
{
    text_plan *plan = t->plan;
    if (!plan)
        return;
    size_t pieces = sizeof *plan + (size_t)plan->n * sizeof plan->pieces[0];
    size_t size = pieces + strlen(plan->text) + 1;
    int shows_plan = t->fallback == plan->text;
    text_plan *copy = move(p, plan, size);
    copy->text = (char *)copy + pieces;
    t->plan = copy;
    if (shows_plan)
        t->fallback = copy->text;
}

static void move_routes(packer *p, routes *rs)
{
    rs->items = move(p, rs->items, (size_t)rs->count * sizeof *rs->items);
}

static void pack_scene(packer *p, scene *sn)
{
    move_plan(p, &sn->text);
    move_plan(p, &sn->speaker);
    sn->choices = move(p, sn->choices, (size_t)sn->n_choices * sizeof *sn->choices);
    for (int i = 0; i < sn->n_choices; i++) {
        choice *c = &sn->choices[i];
        move_plan(p, &c->text);
        c->effects = move(p, c->effects, (size_t)c->n_effects * sizeof *c->effects);
        move_routes(p, &c->go);
    }
    move_routes(p, &sn->go);
}

/* Where each scene's choice conditions live in memory (lua_topointer of each function: Lua never
 * moves an object, and the registry holds these as long as the scenario), scene after scene, so
 * that a step can ask for them with the scene. After scenario_relocate_functions each one's
 * closure, prototype, code and constants lie together. Left out when out of memory. */
static void note_conditions(cw_scenario *sc)
{
    lua_State *L = sandbox_lua(sc->sb);
    size_t n = 0;
    for (int s = 0; s < sc->n_scenes; s++)
        for (int i = 0; i < sc->scenes[s].n_choices; i++)
            n += sc->scenes[s].choices[i].when != LUA_NOREF;
    sc->conditions_at = malloc(((size_t)sc->n_scenes + 1) * sizeof *sc->conditions_at);
    sc->conditions = malloc((n ? n : 1) * sizeof *sc->conditions);
    if (!sc->conditions_at || !sc->conditions || !lua_checkstack(L, 1)) {
        free(sc->conditions_at);
        free(sc->conditions);
        sc->conditions_at = NULL, sc->conditions = NULL;
        return;
    }
    n = 0;
    for (int s = 0; s < sc->n_scenes; s++) {
        sc->conditions_at[s] = n;
        for (int i = 0; i < sc->scenes[s].n_choices; i++) {
            int ref = sc->scenes[s].choices[i].when;
            if (ref == LUA_NOREF)
                continue;
            lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
            sc->conditions[n++] = lua_topointer(L, -1);
            lua_pop(L, 1);
        }
    }
    sc->conditions_at[sc->n_scenes] = n;
}

void scenario_pack(cw_scenario *sc)
{
    size_t total = 0;
    for (int s = 0; s < sc->n_scenes; s++)
        total += scene_bytes(&sc->scenes[s]);
    sc->pack_at = malloc(((size_t)sc->n_scenes + 1) * sizeof *sc->pack_at);
    if (total == 0 || !sc->pack_at || !(sc->pack = aligned_alloc(64, (total + 63) & ~(size_t)63))) {
        free(sc->pack_at);
        sc->pack_at = NULL;
        return;
    }
    sc->pack_bytes = total;
    packer p = {sc->pack};
    for (int s = 0; s < sc->n_scenes; s++) {
        sc->pack_at[s] = (size_t)(p.next - sc->pack);
        pack_scene(&p, &sc->scenes[s]);
    }
    sc->pack_at[sc->n_scenes] = total;
    note_conditions(sc);
}

/* A step knows the scene it leads to some hundreds of instructions before it builds its view:
 * asking for the scene and its block then lets their cold reads overlap one another and that
 * work, where following the pointers would wait for each in turn. At most PREFETCH_LINES of the
 * block (most scenes need a dozen). */
#define LINE_BYTES 64
#define PREFETCH_LINES 32
#define PREFETCH_CONDITIONS 8
#define CONDITION_LINES 5 /* a closure, its prototype, a short function's code and constants */

void scenario_prefetch_scene(const cw_scenario *sc, int index)
{
#if defined(__GNUC__)
    const char *at = (const char *)&sc->scenes[index];
    for (size_t i = 0; i < sizeof(scene); i += LINE_BYTES)
        __builtin_prefetch(at + i);
    if (sc->pack) {
        const char *block = sc->pack + sc->pack_at[index], *end = sc->pack + sc->pack_at[index + 1];
        for (int line = 0; block < end && line < PREFETCH_LINES; block += LINE_BYTES, line++)
            __builtin_prefetch(block);
    }
    if (sc->conditions) {
        size_t first = sc->conditions_at[index], last = sc->conditions_at[index + 1];
        if (last > first + PREFETCH_CONDITIONS)
            last = first + PREFETCH_CONDITIONS;
        for (size_t i = first; i < last; i++)
            for (int line = 0; line < CONDITION_LINES; line++)
                __builtin_prefetch((const char *)sc->conditions[i] + line * LINE_BYTES);
    }
#else
    (void)sc, (void)index;
#endif
}

void scenario_unpacked_free(const cw_scenario *sc, void *part)
{
    const char *at = part;
    if (!sc->pack || at < sc->pack || at >= sc->pack + sc->pack_bytes)
        free(part);
}
