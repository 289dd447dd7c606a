/* scenario_relocate.c — after loading, gives each of a scenario's functions a fresh copy laid
 * out in the order scenes are played, so that one step's functions lie side by side.
 *
 * Why: Lua compiles the whole file before running it, and running it builds the scene tables,
 * so a scene's conditions end up scattered over a heap of tens of megabytes among the texts and
 * tables the loader has finished with. With thousands of scenes every condition called was a
 * cold read of its closure, then of its prototype, then of its code: at 10,000 scenes, most of
 * a decision's time. A copy made from lua_dump and lua_load is the same function (the same code,
 * constants and lines, so the same messages), and lua_upvaluejoin makes it share the original's
 * upvalues, the cells themselves, so it sees and changes exactly what the original would. The
 * copy replaces the original under the same registry reference; the model keeps its numbers.
 *
 * Nothing here is the scenario's input: the bytes loaded are the ones lua_dump wrote a moment
 * earlier from a function Lua compiled from source, and the scenario never sees them. A step
 * that fails (out of memory) leaves that function and the rest where they were: relocation is
 * only ever a gain in speed, never a condition of loading. */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "scenario_load.h"

/* One growing buffer for every dump (malloc'd outside Lua, reused so that no temporary falls
 * between two copies), and the functions already copied: several references may hold the same
 * function, and each should still hold one function, not copies of it. */
typedef struct relocation {
    lua_State *L;
    char *bytes;
    size_t len, cap;
    int failed;
    const void **seen; /* open addressing: the original functions copied so far */
    int *seen_ref;     /* the reference that holds each one's copy */
    size_t seen_cap;
} relocation;

static int write_dump(lua_State *L, const void *p, size_t size, void *ud)
{
    (void)L;
    relocation *r = ud;
    if (r->len + size > r->cap) {
        size_t cap = r->cap ? r->cap : 4096;
        while (cap < r->len + size)
            cap *= 2;
        char *grown = realloc(r->bytes, cap);
        if (!grown)
            return 1;
        r->bytes = grown;
        r->cap = cap;
    }
    memcpy(r->bytes + r->len, p, size);
    r->len += size;
    return 0;
}

static size_t slot_of(const relocation *r, const void *fn)
{
    uintptr_t h = (uintptr_t)fn;
    h ^= h >> 17;
    h *= 0x9E3779B97F4A7C15u;
    size_t slot = (size_t)(h >> 7) & (r->seen_cap - 1);
    while (r->seen[slot] && r->seen[slot] != fn)
        slot = (slot + 1) & (r->seen_cap - 1);
    return slot;
}

/* Replaces the function under ref (when it is a Lua function) with its copy. */
static void relocate_ref(relocation *r, int ref)
{
    lua_State *L = r->L;
    if (r->failed || ref == LUA_NOREF || ref == LUA_REFNIL)
        return;
    int top = lua_gettop(L);
    if (lua_rawgeti(L, LUA_REGISTRYINDEX, ref) != LUA_TFUNCTION || lua_iscfunction(L, -1)) {
        lua_settop(L, top);
        return;
    }
    const void *original = lua_topointer(L, -1);
    size_t slot = slot_of(r, original);
    if (r->seen[slot]) { /* copied already for another reference: share that copy */
        lua_rawgeti(L, LUA_REGISTRYINDEX, r->seen_ref[slot]);
        lua_rawseti(L, LUA_REGISTRYINDEX, ref);
        lua_settop(L, top);
        return;
    }
    r->len = 0;
    if (lua_dump(L, write_dump, r, 0) != 0 ||
        luaL_loadbufferx(L, r->bytes, r->len, "=relocated", "b") != LUA_OK) {
        r->failed = 1; /* out of memory: the rest stay where they are */
        lua_settop(L, top);
        return;
    }
    lua_Debug ar;
    lua_pushvalue(L, -2);
    lua_getinfo(L, ">u", &ar);
    for (int n = 1; n <= ar.nups; n++)
        lua_upvaluejoin(L, -1, n, -2, n);
    lua_rawseti(L, LUA_REGISTRYINDEX, ref);
    r->seen[slot] = original;
    r->seen_ref[slot] = ref;
    lua_settop(L, top);
}

static void relocate_text(relocation *r, const role_text *t)
{
    relocate_ref(r, t->function);
}

static void relocate_routes(relocation *r, const routes *rs)
{
    for (int i = 0; i < rs->count; i++)
        relocate_ref(r, rs->items[i].when);
}

/* In the order a step uses them: the scene's texts, then each choice's condition, text and
 * routes, then a drafting step's rubric and routes. */
static void relocate_scene(relocation *r, const scene *sn)
{
    relocate_text(r, &sn->text);
    relocate_text(r, &sn->speaker);
    for (int i = 0; i < sn->n_choices; i++) {
        const choice *c = &sn->choices[i];
        relocate_ref(r, c->when);
        relocate_text(r, &c->text);
        relocate_routes(r, &c->go);
    }
    if (sn->compose)
        relocate_ref(r, sn->compose->rubric);
    relocate_routes(r, &sn->go);
}

static size_t count_refs(const cw_scenario *sc)
{
    size_t n = 0;
    for (int s = 0; s < sc->n_scenes; s++) {
        const scene *sn = &sc->scenes[s];
        n += 3 + (size_t)sn->go.count;
        for (int i = 0; i < sn->n_choices; i++)
            n += 2 + (size_t)sn->choices[i].go.count;
    }
    return n;
}

void scenario_relocate_functions(cw_scenario *sc)
{
    relocation r = {sandbox_lua(sc->sb), NULL, 0, 0, 0, NULL, NULL, 0};
    size_t refs = count_refs(sc);
    r.seen_cap = 16;
    while (r.seen_cap < 2 * refs)
        r.seen_cap *= 2;
    r.seen = calloc(r.seen_cap, sizeof *r.seen);
    r.seen_ref = malloc(r.seen_cap * sizeof *r.seen_ref);
    if (r.seen && r.seen_ref && lua_checkstack(r.L, 4))
        for (int s = 0; s < sc->n_scenes; s++)
            relocate_scene(&r, &sc->scenes[s]);
    free(r.seen);
    free(r.seen_ref);
    free(r.bytes);
}
