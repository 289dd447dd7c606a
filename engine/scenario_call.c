/* scenario_call.c — calling a scenario's own functions with a read-only view of the state. */
#include "scenario_call.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record_rules.h"
#include "scenario_limits.h"

/* Lua keeps one copy of each string up to this length (LUAI_MAXSHORTLEN): pushing the name of a
 * key already in a table then finds that copy and allocates nothing. */
#define SHORT_NAME_BYTES 40

typedef struct invocation {
    const call_context *cx;
    int ref;
    int result_bool;
    char **result_text;
    const scene *scene;
    const char *const *clause_ids;
    int n_clauses;
    const char *own, *text;
    rubric_result *rubric;
    unsigned char *reads; /* a rubric's reads are marked here, or NULL */
} invocation;

static void push_value(lua_State *L, const value *v)
{
    if (v->type == VALUE_BOOL)
        lua_pushboolean(L, v->boolean);
    else if (v->type == VALUE_NUMBER) {
        if (v->number == (double)(lua_Integer)v->number)
            lua_pushinteger(L, (lua_Integer)v->number);
        else
            lua_pushnumber(L, v->number);
    } else
        lua_pushstring(L, v->string);
}

/* Forgets the view: the next call builds it afresh. */
static void drop_view(lua_State *L, cw_scenario *sc)
{
    luaL_unref(L, LUA_REGISTRYINDEX, sc->view_proxy);
    luaL_unref(L, LUA_REGISTRYINDEX, sc->view_values);
    sc->view_proxy = sc->view_values = LUA_NOREF;
    for (int i = 0; sc->view_state && i < sc->n_vars; i++)
        value_free(&sc->view_state[i]);
    free(sc->view_state);
    sc->view_state = NULL;
}

/* __index of P while check tracks reads: marks a declared name in sc->reads (when a view is being
 * built), then reads through V, which refuses undeclared names as in play. */
static int marking_index(lua_State *L)
{
    cw_scenario *sc = lua_touserdata(L, lua_upvalueindex(2));
    if (sc->reads && lua_type(L, 2) == LUA_TSTRING) {
        int var = scenario_var_index(sc, lua_tostring(L, 2));
        if (var >= 0)
            sc->reads[var] = 1;
    }
    lua_settop(L, 2);
    lua_gettable(L, lua_upvalueindex(1));
    return 1;
}

/* Builds the view of state: V holds the values and refuses undeclared names; P, an empty table
 * whose protected metatable reads from V and refuses every write, is what scripts get. */
static void build_state_view(lua_State *L, cw_scenario *sc, const value *state)
{
    drop_view(L, sc);
    sc->view_state = calloc((size_t)sc->n_vars + 1, sizeof *sc->view_state);
    if (!sc->view_state)
        luaL_error(L, "out of memory");
    for (int i = 0; i < sc->n_vars; i++)
        if (value_copy(&sc->view_state[i], &state[i]) != 0) {
            sc->view_state[i].type = VALUE_BOOL; /* nothing owned to free */
            drop_view(L, sc);
            luaL_error(L, "out of memory");
        }
    lua_createtable(L, 0, sc->n_vars); /* V: the values */
    for (int i = 0; i < sc->n_vars; i++) {
        push_value(L, &state[i]);
        lua_setfield(L, -2, sc->vars[i].name);
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, sc->state_metatable);
    lua_setmetatable(L, -2); /* V refuses undeclared names */
    lua_newtable(L);         /* P */
    lua_createtable(L, 0, 3);
    lua_pushvalue(L, -3);
    sc->view_tracking = sc->view_tracks;
    if (sc->view_tracking) {
        lua_pushlightuserdata(L, sc);
        lua_pushcclosure(L, marking_index, 2);
    }
    lua_setfield(L, -2, "__index");
    lua_rawgeti(L, LUA_REGISTRYINDEX, sc->state_metatable);
    lua_getfield(L, -1, "__newindex");
    lua_setfield(L, -3, "__newindex");
    lua_pop(L, 1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    sc->view_proxy = luaL_ref(L, LUA_REGISTRYINDEX);
    sc->view_values = luaL_ref(L, LUA_REGISTRYINDEX);
}

/* Brings the kept view up to cx's state and returns 1; or returns 0 when it must be built afresh:
 * there is none yet, check's tracking was switched, or rawset put a field on P itself (scripts
 * cannot reach V, P's metatable is protected, but rawset can write P: a P no longer empty is
 * thrown away, so no call sees what an earlier one wrote). Only values that changed are written
 * into V. Without may_allocate it also returns 0, having changed nothing, when a changed value
 * is a string: pushing one may allocate, and only a protected call may. */
static int refresh_view(lua_State *L, const call_context *cx, int may_allocate)
{
    cw_scenario *sc = cx->sc;
    if (sc->view_proxy == LUA_NOREF || sc->view_tracking != sc->view_tracks)
        return 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, sc->view_proxy);
    lua_pushnil(L);
    int written = lua_next(L, -2) != 0;
    lua_settop(L, lua_gettop(L) - (written ? 3 : 1));
    if (written)
        return 0;
    for (int i = 0; !may_allocate && i < sc->n_vars; i++) /* a long name is a new string too */
        if (!value_equal(&sc->view_state[i], &cx->state[i]) &&
            (cx->state[i].type == VALUE_STRING || strlen(sc->vars[i].name) > SHORT_NAME_BYTES))
            return 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, sc->view_values);
    for (int i = 0; i < sc->n_vars; i++) {
        value *kept = &sc->view_state[i];
        if (value_equal(kept, &cx->state[i]))
            continue;
        lua_pushstring(L, sc->vars[i].name);
        push_value(L, &cx->state[i]);
        lua_rawset(L, -3);
        value_free(kept);
        if (value_copy(kept, &cx->state[i]) != 0) {
            kept->type = VALUE_BOOL;
            drop_view(L, sc);
            luaL_error(L, "out of memory");
        }
    }
    lua_pop(L, 1);
    return 1;
}

/* Pushes the view P of the state: reading a declared name gives its value, reading anything else
 * or writing anything raises an error naming it. Building two tables and a metatable for every
 * call was a third of a decision, so the view is kept and refreshed in place (refresh_view). */
static void push_state_view(lua_State *L, const call_context *cx)
{
    if (!refresh_view(L, cx, 1))
        build_state_view(L, cx->sc, cx->state);
    lua_rawgeti(L, LUA_REGISTRYINDEX, cx->sc->view_proxy);
}

/* __index of the tracking view: marks a declared name as read, then reads through the values
 * table, whose own metatable refuses undeclared names exactly as the plain view does. */
static int tracked_index(lua_State *L)
{
    const invocation *inv = lua_touserdata(L, lua_upvalueindex(2));
    if (lua_type(L, 2) == LUA_TSTRING) {
        int var = scenario_var_index(inv->cx->sc, lua_tostring(L, 2));
        if (var >= 0)
            inv->reads[var] = 1;
    }
    lua_settop(L, 2);
    lua_gettable(L, lua_upvalueindex(1));
    return 1;
}

/* The same view as push_state_view (a proxy P over a values table V that refuses undeclared
 * names), with reads marked in inv->reads: check keeps a rubric's score for every state that agrees
 * on the variables the rubric read. Built on its own so that the plain view may change freely. */
static void push_tracking_view(lua_State *L, const invocation *inv)
{
    const call_context *cx = inv->cx;
    const cw_scenario *sc = cx->sc;
    luaL_checkstack(L, 6, "state view");
    lua_createtable(L, 0, sc->n_vars); /* V */
    for (int i = 0; i < sc->n_vars; i++) {
        const value *v = &cx->state[i];
        if (v->type == VALUE_BOOL)
            lua_pushboolean(L, v->boolean);
        else if (v->type == VALUE_NUMBER && v->number == (double)(lua_Integer)v->number)
            lua_pushinteger(L, (lua_Integer)v->number);
        else if (v->type == VALUE_NUMBER)
            lua_pushnumber(L, v->number);
        else
            lua_pushstring(L, v->string);
        lua_setfield(L, -2, sc->vars[i].name);
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, sc->state_metatable);
    lua_setmetatable(L, -2);
    lua_newtable(L); /* P */
    lua_createtable(L, 0, 3);
    lua_pushvalue(L, -3);
    lua_pushlightuserdata(L, (void *)inv);
    lua_pushcclosure(L, tracked_index, 2);
    lua_setfield(L, -2, "__index");
    lua_rawgeti(L, LUA_REGISTRYINDEX, sc->state_metatable);
    lua_getfield(L, -1, "__newindex");
    lua_setfield(L, -3, "__newindex");
    lua_pop(L, 1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_remove(L, -2); /* leave P */
}

static void push_role(lua_State *L, const call_context *cx)
{
    lua_pushstring(L, cx->sc->roles[cx->role].id);
}

static int invoke_condition(lua_State *L)
{
    invocation *inv = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, inv->ref);
    push_state_view(L, inv->cx);
    push_role(L, inv->cx);
    lua_call(L, 2, 1);
    inv->result_bool = lua_toboolean(L, -1);
    return 0;
}

static int invoke_text(lua_State *L)
{
    invocation *inv = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, inv->ref);
    push_state_view(L, inv->cx);
    push_role(L, inv->cx);
    lua_call(L, 2, 1);
    if (lua_type(L, -1) != LUA_TSTRING)
        return luaL_error(L, "a text function must return a string, not %s", luaL_typename(L, -1));
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    if (strlen(s) != len || len > SCENARIO_MAX_TEXT_BYTES)
        return luaL_error(L, "a text function returned a string with a NUL byte or over %d bytes",
                          SCENARIO_MAX_TEXT_BYTES);
    if (!cw_utf8_valid(s, len))
        return luaL_error(L, "a text function returned a string that is not valid UTF-8");
    *inv->result_text = strdup(s);
    if (!*inv->result_text)
        return luaL_error(L, "out of memory");
    return 0;
}

/* An error raised after the scenario's function returned (a result of the wrong type) has no
 * line of its own: it gets the line of the part it was for. */
static int place_failure(const call_context *cx, int line, cw_error *err)
{
    size_t n = strlen(cx->sc->path);
    if (err && strncmp(err->message, cx->sc->path, n) != 0) {
        char message[sizeof err->message];
        snprintf(message, sizeof message, "%s", err->message);
        cw_error_set(err, CW_ERR_INPUT, cx->sc->path, line, "%s", message);
    } else if (err && line > 0 && strncmp(err->message + n, ": ", 2) == 0) {
        char message[sizeof err->message]; /* "FILE: ..." with no line: give it the part's */
        snprintf(message, sizeof message, "%s", err->message + n + 2);
        cw_error_set(err, CW_ERR_INPUT, cx->sc->path, line, "%s", message);
    }
    return -1;
}

/* Runs fn(inv) through sandbox_call. */
static int sandboxed(const call_context *cx, lua_CFunction fn, invocation *inv, int line, cw_error *err)
{
    lua_State *L = sandbox_lua(cx->sc->sb);
    sandbox_set_rng(cx->sc->sb, cx->rng);
    if (sandbox_check_stack(cx->sc->sb, 8, err) != 0)
        return -1;
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, inv);
    if (sandbox_call(cx->sc->sb, 1, 0, err) == 0)
        return 0;
    return place_failure(cx, line, err);
}

/* A condition is called at every choice it guards, the most frequent call into a scenario. When
 * the kept view is brought up to date without allocating, the function is called directly with
 * it: through sandbox_call, as every call is, but without a C function around it that builds the
 * view inside the protected call. Otherwise, that way. */
int call_condition(const call_context *cx, int ref, int line, int *result, cw_error *err)
{
    sandbox *sb = cx->sc->sb;
    lua_State *L = sandbox_lua(sb);
    if (sandbox_check_stack(sb, 8, err) != 0)
        return -1;
    if (!refresh_view(L, cx, 0)) {
        invocation inv = {.cx = cx, .ref = ref};
        if (sandboxed(cx, invoke_condition, &inv, line, err) != 0)
            return -1;
        *result = inv.result_bool;
        return 0;
    }
    sandbox_set_rng(sb, cx->rng);
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    lua_rawgeti(L, LUA_REGISTRYINDEX, cx->sc->view_proxy);
    push_role(L, cx);
    if (sandbox_call(sb, 2, 1, err) != 0)
        return place_failure(cx, line, err);
    *result = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return 0;
}

int call_text(const call_context *cx, int ref, int line, char **out, cw_error *err)
{
    *out = NULL;
    invocation inv = {.cx = cx, .ref = ref, .result_text = out};
    return sandboxed(cx, invoke_text, &inv, line, err);
}

/* Copies a list of strings from the rubric's result field into a NULL-terminated array. */
static int rubric_list(lua_State *L, const char *key, char ***dst, int *count)
{
    *count = 0;
    lua_pushstring(L, key);
    int type = lua_rawget(L, -2);
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (type != LUA_TTABLE)
        return luaL_error(L, "the rubric's '%s' must be a list of strings", key);
    lua_Unsigned n = lua_rawlen(L, -1);
    if (n > 200)
        return luaL_error(L, "the rubric's '%s' has more than 200 items", key);
    *dst = calloc(n + 1, sizeof **dst);
    if (!*dst)
        return luaL_error(L, "out of memory");
    for (lua_Unsigned i = 1; i <= n; i++) {
        if (lua_rawgeti(L, -1, (lua_Integer)i) != LUA_TSTRING)
            return luaL_error(L, "the rubric's '%s' item %d is not a string", key, (int)i);
        size_t len;
        const char *s = lua_tolstring(L, -1, &len);
        if (len > 4096 || strlen(s) != len)
            return luaL_error(L, "the rubric's '%s' item %d is too long or holds a NUL", key, (int)i);
        if (!cw_utf8_valid(s, len))
            return luaL_error(L, "the rubric's '%s' item %d is not valid UTF-8", key, (int)i);
        if (!((*dst)[*count] = strdup(s)))
            return luaL_error(L, "out of memory");
        (*count)++;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return 0;
}

static double rubric_number(lua_State *L, const char *key)
{
    lua_pushstring(L, key);
    if (lua_rawget(L, -2) != LUA_TNUMBER)
        return luaL_error(L, "the rubric must return a number '%s'", key);
    double v = lua_tonumber(L, -1);
    lua_pop(L, 1);
    if (!(v >= -1e9 && v <= 1e9))
        return luaL_error(L, "the rubric's '%s' is out of range", key);
    return v;
}

static int invoke_rubric(lua_State *L)
{
    invocation *inv = lua_touserdata(L, 1);
    rubric_result *out = inv->rubric;
    luaL_checkstack(L, 8, "rubric");
    lua_rawgeti(L, LUA_REGISTRYINDEX, inv->scene->compose->rubric);
    lua_createtable(L, 0, 3); /* draft */
    lua_createtable(L, inv->n_clauses, 0);
    for (int i = 0; i < inv->n_clauses; i++) {
        lua_pushstring(L, inv->clause_ids[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "clauses");
    lua_pushstring(L, inv->own ? inv->own : "");
    lua_setfield(L, -2, "own");
    lua_pushstring(L, inv->text);
    lua_setfield(L, -2, "text");
    if (inv->reads)
        push_tracking_view(L, inv);
    else
        push_state_view(L, inv->cx);
    push_role(L, inv->cx);
    lua_call(L, 3, 1);
    if (!lua_istable(L, -1))
        return luaL_error(L, "the rubric must return a table { score, max, rating, feedback, ... }");
    out->score = rubric_number(L, "score");
    out->max = rubric_number(L, "max");
    lua_pushstring(L, "rating");
    lua_rawget(L, -2);
    out->rating = lua_type(L, -1) == LUA_TSTRING ? cw_rating_parse(lua_tostring(L, -1)) : CW_RATING_NONE;
    if (out->rating == CW_RATING_NONE)
        return luaL_error(L, "the rubric's rating must be recommended, acceptable, concerning or harmful");
    lua_pop(L, 1);
    lua_pushstring(L, "feedback");
    if (lua_rawget(L, -2) != LUA_TSTRING)
        return luaL_error(L, "the rubric must return a 'feedback' string");
    size_t len;
    const char *feedback = lua_tolstring(L, -1, &len);
    if (strlen(feedback) != len || len > SCENARIO_MAX_TEXT_BYTES)
        return luaL_error(L, "the rubric's feedback holds a NUL or is over %d bytes",
                          SCENARIO_MAX_TEXT_BYTES);
    if (!cw_utf8_valid(feedback, len))
        return luaL_error(L, "the rubric's feedback is not valid UTF-8");
    if (!(out->feedback = strdup(feedback)))
        return luaL_error(L, "out of memory");
    lua_pop(L, 1);
    rubric_list(L, "flags", &out->flags, &out->n_flags);
    rubric_list(L, "missing", &out->missing, &out->n_missing);
    /* All of it goes into one record line, which the record reader takes up to 1 MiB. */
    size_t json = scenario_json_length(out->feedback);
    for (int i = 0; i < out->n_flags; i++)
        json += scenario_json_length(out->flags[i]) + 1;
    for (int i = 0; i < out->n_missing; i++)
        json += scenario_json_length(out->missing[i]) + 1;
    if (json > SCENARIO_MAX_RUBRIC_JSON)
        return luaL_error(L, "the rubric returned %d bytes of feedback, flags and missing (cap %d)",
                          (int)json, SCENARIO_MAX_RUBRIC_JSON);
    return 0;
}

int call_rubric(const call_context *cx, const scene *s, const char *const *clause_ids, int n_clauses,
                const char *own, const char *text, rubric_result *out, cw_error *err)
{
    return call_rubric_tracked(cx, s, clause_ids, n_clauses, own, text, NULL, out, err);
}

int call_rubric_tracked(const call_context *cx, const scene *s, const char *const *clause_ids, int n_clauses,
                        const char *own, const char *text, unsigned char *reads, rubric_result *out, cw_error *err)
{
    memset(out, 0, sizeof *out);
    out->rating = CW_RATING_NONE;
    invocation inv = {.cx = cx, .scene = s, .clause_ids = clause_ids, .n_clauses = n_clauses,
                      .own = own, .text = text, .rubric = out, .reads = reads};
    if (sandbox_check_stack(cx->sc->sb, n_clauses + 8, err) != 0)
        return -1;
    return sandboxed(cx, invoke_rubric, &inv, s->line, err);
}

void rubric_result_free(rubric_result *r)
{
    free(r->feedback);
    for (int i = 0; r->flags && r->flags[i]; i++)
        free(r->flags[i]);
    free(r->flags);
    for (int i = 0; r->missing && r->missing[i]; i++)
        free(r->missing[i]);
    free(r->missing);
    memset(r, 0, sizeof *r);
}

int choose_route(const call_context *cx, const routes *rs, int line, int *scene_index, cw_error *err)
{
    for (int i = 0; i < rs->count; i++) {
        int applies = 1;
        if (rs->items[i].when != LUA_NOREF && call_condition(cx, rs->items[i].when, rs->items[i].line, &applies, err) != 0)
            return -1;
        if (applies) {
            *scene_index = rs->items[i].scene;
            return i;
        }
    }
    cw_error_set(err, CW_ERR_INPUT, cx->sc->path, line, "no route applies in this state (a dead end)");
    return -1;
}
