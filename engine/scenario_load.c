/* scenario_load.c — turns the table a scenario file returns into the C model (scenario_model.h).
 *
 * The whole extraction runs as one protected C function through sandbox_call, so a malformed
 * file, a hostile metatable or an allocation failure ends in a clean "FILE:LINE: message" rather
 * than a crash. Fields are read with raw access only: a scenario's metatables never run here.
 * Everything allocated goes straight into the scenario struct, which cw_scenario_free releases
 * whether or not loading finished. */
#include <lauxlib.h>
#include <lua.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>
#include <string.h>

#include "record_rules.h"
#include "scenario_limits.h"
#include "scenario_load.h"
#include "text_plan.h"

#define MAX_TEXT_BYTES SCENARIO_MAX_TEXT_BYTES
#define MAX_ID_BYTES 64
#define MAX_LIST_ITEMS 2000

typedef struct loader {
    lua_State *L;
    cw_scenario *sc;
    char **scratch; /* a list read for a moment; freed after the protected call if it fails */
    size_t bytes; /* C memory built so far, counted against max_bytes */
    size_t max_bytes; /* the model-mib limit */
} loader;

/* Frees a NULL-terminated list of strings (as get_string_list makes). */
static void free_list(char **list)
{
    for (size_t i = 0; list && list[i]; i++)
        free(list[i]);
    free(list);
}

/* ---- errors ------------------------------------------------------------------------------ */

static noreturn void load_fail(loader *ld, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Raises the message in the protected call the loader runs in: lua_error unwinds (longjmp) to
 * sandbox_call's lua_pcall and never comes back, so the caller's next line never runs. */
static noreturn void load_fail(loader *ld, int line, const char *fmt, ...)
{
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    if (line > 0)
        lua_pushfstring(ld->L, "%s:%d: %s", ld->sc->path, line, message);
    else
        lua_pushfstring(ld->L, "%s: %s", ld->sc->path, message);
    lua_error(ld->L);
    abort(); /* unreachable: lua_error is not declared noreturn in lua.h */
}

/* One table or string can be referenced from thousands of places in the file, and the Lua
 * allocator's budget sees it once while each reference is copied here: so every copy counts. */
static void charge(loader *ld, size_t count, size_t size, int line)
{
    size_t bytes = count * size;
    if ((size && bytes / size != count) || bytes > ld->max_bytes - ld->bytes)
        load_fail(ld, line, "the scenario builds more than %zu MiB of text and lists from its file "
                  "(is one large string or table used in many places? raise it with --limit "
                  "model-mib=N)", ld->max_bytes >> 20);
    ld->bytes += bytes;
}

static void *checked_calloc(loader *ld, size_t count, size_t size)
{
    charge(ld, count ? count : 1, size, 0);
    void *p = calloc(count ? count : 1, size);
    if (!p)
        load_fail(ld, 0, "out of memory");
    return p;
}

/* ---- raw field access -------------------------------------------------------------------- */

/* Pushes t[key] without metamethods and returns its type. */
static int raw_field(lua_State *L, int t, const char *key)
{
    t = lua_absindex(L, t);
    lua_pushstring(L, key);
    return lua_rawget(L, t);
}

/* The line a constructor remembered for the table at t, or fallback. */
static int table_line(lua_State *L, int t, int fallback)
{
    int line = fallback;
    if (raw_field(L, t, "_line") == LUA_TNUMBER && lua_isinteger(L, -1))
        line = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return line;
}

/* "OWNER: 'KEY'", cut to size: what a message says a field is. Built for every field read, and
 * snprintf was a twentieth of loading 10,000 scenes, so it is copied together by hand. */
static void field_name(char *out, size_t size, const char *owner, const char *key)
{
    size_t used = 0;
    const char *parts[] = {owner, ": '", key, "'"};
    for (size_t p = 0; p < sizeof parts / sizeof parts[0]; p++) {
        size_t n = strlen(parts[p]);
        if (n > size - 1 - used)
            n = size - 1 - used;
        memcpy(out + used, parts[p], n);
        used += n;
    }
    out[used] = '\0';
}

static char *dup_lua_string(loader *ld, int index, int line, const char *what)
{
    size_t len;
    const char *s = lua_tolstring(ld->L, index, &len);
    if (len > MAX_TEXT_BYTES)
        load_fail(ld, line, "%s is longer than %d bytes", what, MAX_TEXT_BYTES);
    if (strlen(s) != len)
        load_fail(ld, line, "%s holds a NUL byte", what);
    if (!cw_utf8_valid(s, len))
        load_fail(ld, line, "%s is not valid UTF-8 text", what);
    charge(ld, len + 1, 1, line);
    char *copy = malloc(len + 1);
    if (!copy)
        load_fail(ld, line, "out of memory");
    memcpy(copy, s, len + 1);
    return copy;
}

/* Reads t[key] as a string into *dst (NULL when absent and optional). */
static void get_string(loader *ld, int t, const char *key, char **dst, int required, int line,
                       const char *owner)
{
    lua_State *L = ld->L;
    int type = raw_field(L, t, key);
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        if (required)
            load_fail(ld, line, "%s has no '%s'", owner, key);
        return;
    }
    if (type != LUA_TSTRING)
        load_fail(ld, line, "%s: '%s' must be a string, not a %s", owner, key, lua_typename(L, type));
    char what[160];
    field_name(what, sizeof what, owner, key);
    *dst = dup_lua_string(ld, -1, line, what);
    lua_pop(L, 1);
}

static int valid_id(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > MAX_ID_BYTES)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '-'))
            return 0;
    }
    return 1;
}

static void get_id(loader *ld, int t, char **dst, int line, const char *kind)
{
    get_string(ld, t, "id", dst, 1, line, kind);
    if (!valid_id(*dst))
        load_fail(ld, line, "%s id '%s' must be 1-%d letters, digits, '-' or '_'", kind, *dst, MAX_ID_BYTES);
}

/* Length of the list at t (raw), requiring a table when present and at most most items. */
static int list_length_within(loader *ld, int t, int line, const char *what, int most, const char *raise)
{
    if (!lua_istable(ld->L, t))
        load_fail(ld, line, "%s must be a list (a table)", what);
    lua_Unsigned n = lua_rawlen(ld->L, t);
    if (n > (lua_Unsigned)most)
        load_fail(ld, line, "%s has more than %d items%s", what, most, raise);
    return (int)n;
}

static int list_length(loader *ld, int t, int line, const char *what)
{
    return list_length_within(ld, t, line, what, MAX_LIST_ITEMS, "");
}

/* Reads an optional list of strings at t[key]. */
static int get_string_list(loader *ld, int t, const char *key, char ***dst, int line, const char *owner)
{
    lua_State *L = ld->L;
    if (raw_field(L, t, key) == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    char what[160];
    field_name(what, sizeof what, owner, key);
    int n = list_length(ld, -1, line, what);
    *dst = checked_calloc(ld, (size_t)n + 1, sizeof **dst);
    for (int i = 1; i <= n; i++) {
        if (lua_rawgeti(L, -1, i) != LUA_TSTRING)
            load_fail(ld, line, "%s: item %d must be a string", what, i);
        (*dst)[i - 1] = dup_lua_string(ld, -1, line, what);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return n;
}

static int get_function(loader *ld, int t, const char *key, int line, const char *owner)
{
    lua_State *L = ld->L;
    int type = raw_field(L, t, key);
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return LUA_NOREF;
    }
    if (type != LUA_TFUNCTION)
        load_fail(ld, line, "%s: '%s' must be a function", owner, key);
    return luaL_ref(L, LUA_REGISTRYINDEX);
}

static int get_boolean(loader *ld, int t, const char *key, int line, const char *owner)
{
    int type = raw_field(ld->L, t, key);
    if (type != LUA_TNIL && type != LUA_TBOOLEAN)
        load_fail(ld, line, "%s: '%s' must be true or false", owner, key);
    int v = lua_toboolean(ld->L, -1);
    lua_pop(ld->L, 1);
    return v;
}

static int get_integer(loader *ld, int t, const char *key, int fallback, int line, const char *owner)
{
    lua_State *L = ld->L;
    int type = raw_field(L, t, key);
    int v = fallback;
    if (type != LUA_TNIL) {
        if (type != LUA_TNUMBER || !lua_isinteger(L, -1) || lua_tointeger(L, -1) < 0 ||
            lua_tointeger(L, -1) > 100000)
            load_fail(ld, line, "%s: '%s' must be a whole number from 0 to 100000", owner, key);
        v = (int)lua_tointeger(L, -1);
    }
    lua_pop(L, 1);
    return v;
}

static void read_value(loader *ld, int index, value *v, int line, const char *what)
{
    lua_State *L = ld->L;
    switch (lua_type(L, index)) {
    case LUA_TBOOLEAN:
        v->type = VALUE_BOOL;
        v->boolean = lua_toboolean(L, index);
        break;
    case LUA_TNUMBER:
        v->type = VALUE_NUMBER;
        v->number = lua_tonumber(L, index);
        if (!isfinite(v->number))
            load_fail(ld, line, "%s must be a finite number", what);
        break;
    case LUA_TSTRING:
        v->type = VALUE_STRING;
        v->string = dup_lua_string(ld, index, line, what);
        break;
    default:
        load_fail(ld, line, "%s must be a boolean, number or string, not a %s", what,
                  lua_typename(L, lua_type(L, index)));
    }
}

/* ---- parts of the format ----------------------------------------------------------------- */

/* The plans of t's strings that fill something in (text_plan.h): the state is read already. A
 * string with a plan is the copy in the plan's block from then on (one cold read per step, not
 * two); the loader's own copy is freed. */
static void plan_role_text(loader *ld, role_text *t, int line)
{
    size_t bytes = 0;
    if (t->fills & ROLE_TEXT_FALLBACK_FILLS) {
        t->plan = text_plan_new(ld->sc, t->fallback, &bytes);
        if (t->plan) {
            free(t->fallback);
            t->fallback = t->plan->text;
        }
        charge(ld, 1, bytes, line);
    }
    if (!(t->fills & ~ROLE_TEXT_FALLBACK_FILLS))
        return;
    t->role_plans = checked_calloc(ld, MAX_ROLES, sizeof *t->role_plans);
    for (int r = 0; r < MAX_ROLES; r++)
        if (t->fills & (1u << r)) {
            t->role_plans[r] = text_plan_new(ld->sc, t->by_role[r], &bytes);
            if (t->role_plans[r]) {
                free(t->by_role[r]);
                t->by_role[r] = t->role_plans[r]->text;
            }
            charge(ld, 1, bytes, line);
        }
}

/* A string, a table by role id with an optional "default", or a function(s, role). */
static void get_role_text(loader *ld, int t, const char *key, role_text *dst, int required, int line,
                          const char *owner)
{
    lua_State *L = ld->L;
    dst->function = LUA_NOREF;
    int type = raw_field(L, t, key);
    char what[160];
    field_name(what, sizeof what, owner, key);
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        if (required)
            load_fail(ld, line, "%s has no '%s'", owner, key);
        return;
    }
    if (type == LUA_TSTRING) {
        dst->fallback = dup_lua_string(ld, -1, line, what);
        dst->fills = strstr(dst->fallback, "${") ? ROLE_TEXT_FALLBACK_FILLS : 0;
        lua_pop(L, 1);
    } else if (type == LUA_TFUNCTION) {
        dst->function = luaL_ref(L, LUA_REGISTRYINDEX);
    } else if (type == LUA_TTABLE) {
        if (raw_field(L, -1, "default") == LUA_TSTRING) {
            dst->fallback = dup_lua_string(ld, -1, line, what);
            dst->fills = strstr(dst->fallback, "${") ? ROLE_TEXT_FALLBACK_FILLS : 0;
        }
        lua_pop(L, 1);
        for (int r = 0; r < ld->sc->n_roles; r++) {
            int rt = raw_field(L, -1, ld->sc->roles[r].id);
            if (rt == LUA_TSTRING) {
                if (!dst->by_role)
                    dst->by_role = checked_calloc(ld, MAX_ROLES, sizeof *dst->by_role);
                dst->by_role[r] = dup_lua_string(ld, -1, line, what);
                if (strstr(dst->by_role[r], "${"))
                    dst->fills |= 1u << r;
            } else if (rt != LUA_TNIL)
                load_fail(ld, line, "%s for role '%s' must be a string", what, ld->sc->roles[r].id);
            lua_pop(L, 1);
        }
        /* Every key must be a role id or "default": a misspelt role would hide text. */
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            lua_pop(L, 1);
            if (lua_type(L, -1) != LUA_TSTRING ||
                (strcmp(lua_tostring(L, -1), "default") != 0 &&
                 scenario_role_index(ld->sc, lua_tostring(L, -1)) < 0))
                load_fail(ld, line, "%s has a key that is not a role id: %s", what,
                          lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "(not a string)");
        }
        lua_pop(L, 1);
    } else {
        load_fail(ld, line, "%s must be a string, a table by role, or a function", what);
    }
    plan_role_text(ld, dst, line);
}

static void get_tags(loader *ld, int t, char ***tags, int *n_tags, int line, const char *owner)
{
    *n_tags = get_string_list(ld, t, "tags", tags, line, owner);
}

/* go = "scene" or { {"scene", when = fn}, ... } */
static void get_routes(loader *ld, int t, routes *dst, int line, const char *owner)
{
    lua_State *L = ld->L;
    int type = raw_field(L, t, "go");
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (type == LUA_TSTRING) {
        dst->items = checked_calloc(ld, 1, sizeof *dst->items);
        dst->count = 1;
        dst->items[0].when = LUA_NOREF;
        dst->items[0].line = line;
        dst->items[0].scene = -1;
        dst->items[0].target = dup_lua_string(ld, -1, line, "go");
        lua_pop(L, 1);
        return;
    }
    char what[160];
    field_name(what, sizeof what, owner, "go");
    if (type != LUA_TTABLE)
        load_fail(ld, line, "%s must be a scene id or a list of routes", what);
    int n = list_length(ld, -1, line, what);
    if (n == 0)
        load_fail(ld, line, "%s is an empty list of routes", what);
    dst->items = checked_calloc(ld, (size_t)n, sizeof *dst->items);
    for (int i = 0; i < n; i++)
        dst->items[i].when = LUA_NOREF, dst->items[i].scene = -1;
    dst->count = n;
    for (int i = 1; i <= n; i++) {
        route *r = &dst->items[i - 1];
        r->line = line;
        if (lua_rawgeti(L, -1, i) != LUA_TTABLE)
            load_fail(ld, line, "%s: route %d must be a table like { \"scene\", when = function(s) ... end }",
                      what, i);
        if (lua_rawgeti(L, -1, 1) != LUA_TSTRING)
            load_fail(ld, line, "%s: route %d must start with a scene id", what, i);
        r->target = dup_lua_string(ld, -1, line, "route");
        lua_pop(L, 1);
        r->when = get_function(ld, -1, "when", line, what);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void get_effects(loader *ld, int t, choice *c, int line, const char *owner)
{
    lua_State *L = ld->L;
    const char *keys[2] = {"set", "add"};
    int counts[2] = {0, 0};
    for (int k = 0; k < 2; k++) {
        int type = raw_field(L, t, keys[k]);
        if (type != LUA_TNIL && type != LUA_TTABLE)
            load_fail(ld, line, "%s: '%s' must be a table of state variables", owner, keys[k]);
        if (type == LUA_TTABLE) {
            lua_pushnil(L);
            while (lua_next(L, -2)) {
                lua_pop(L, 1);
                counts[k]++;
            }
        }
        lua_pop(L, 1);
    }
    c->effects = checked_calloc(ld, (size_t)(counts[0] + counts[1]), sizeof *c->effects);
    for (int k = 0; k < 2; k++) {
        if (raw_field(L, t, keys[k]) != LUA_TTABLE) {
            lua_pop(L, 1);
            continue;
        }
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (lua_type(L, -2) != LUA_TSTRING)
                load_fail(ld, line, "%s: '%s' keys must be state variable names", owner, keys[k]);
            const char *name = lua_tostring(L, -2);
            int var = scenario_var_index(ld->sc, name);
            if (var < 0)
                load_fail(ld, line, "%s: '%s' names undeclared state variable '%s'", owner, keys[k], name);
            effect *e = &c->effects[c->n_effects++];
            e->var = var;
            e->is_add = k == 1;
            char what[400];
            snprintf(what, sizeof what, "%s: %s.%s", owner, keys[k], name);
            read_value(ld, -1, &e->value, line, what);
            const value *declared = &ld->sc->vars[var].initial;
            if (e->is_add && (e->value.type != VALUE_NUMBER || declared->type != VALUE_NUMBER))
                load_fail(ld, line, "%s: 'add' needs a number variable and a number", owner);
            if (!e->is_add && e->value.type != declared->type)
                load_fail(ld, line, "%s: sets '%s' to a value of another type than it was declared with",
                          owner, name);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    /* lua_next's order varies between runs; a fixed order keeps records identical. */
    for (int i = 1; i < c->n_effects; i++)
        for (int j = i; j > 0 && c->effects[j - 1].var > c->effects[j].var; j--) {
            effect tmp = c->effects[j];
            c->effects[j] = c->effects[j - 1];
            c->effects[j - 1] = tmp;
        }
}

static unsigned get_role_mask(loader *ld, int t, int line, const char *owner)
{
    int n = get_string_list(ld, t, "roles", &ld->scratch, line, owner);
    unsigned mask = 0;
    for (int i = 0; i < n; i++) {
        int r = scenario_role_index(ld->sc, ld->scratch[i]);
        if (r < 0)
            load_fail(ld, line, "%s: 'roles' names unknown role '%.*s'", owner, MAX_ID_BYTES, ld->scratch[i]);
        mask |= 1u << r;
    }
    free_list(ld->scratch);
    ld->scratch = NULL;
    if (raw_field(ld->L, t, "roles") == LUA_TTABLE && n == 0)
        load_fail(ld, line, "%s: 'roles' is empty", owner);
    lua_pop(ld->L, 1);
    return mask;
}

/* A choice's `pin`: "first", "last" or a position from 1; 0 when absent (the order is drawn). */
static int get_pin(loader *ld, int t, int line, const char *owner)
{
    lua_State *L = ld->L;
    int type = raw_field(L, t, "pin"), pin = 0;
    if (type == LUA_TSTRING && strcmp(lua_tostring(L, -1), "first") == 0)
        pin = 1;
    else if (type == LUA_TSTRING && strcmp(lua_tostring(L, -1), "last") == 0)
        pin = -1;
    else if (type == LUA_TNUMBER && lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 && lua_tointeger(L, -1) <= 100)
        pin = (int)lua_tointeger(L, -1);
    else if (type != LUA_TNIL)
        load_fail(ld, line, "%s: 'pin' must be \"first\", \"last\" or a position from 1 to 100", owner);
    lua_pop(L, 1);
    return pin;
}

static void get_choice(loader *ld, int t, choice *c, int scene_line, const char *scene_id)
{
    c->line = table_line(ld->L, t, scene_line);
    c->when = LUA_NOREF;
    c->text.function = LUA_NOREF;
    char owner[160];
    snprintf(owner, sizeof owner, "choice in scene '%s'", scene_id);
    get_id(ld, t, &c->id, c->line, owner);
    snprintf(owner, sizeof owner, "choice '%s'", c->id);
    get_role_text(ld, t, "text", &c->text, 1, c->line, owner);
    c->role_mask = get_role_mask(ld, t, c->line, owner);
    c->when = get_function(ld, t, "when", c->line, owner);
    get_effects(ld, t, c, c->line, owner);
    get_routes(ld, t, &c->go, c->line, owner);
    char *rating = NULL;
    get_string(ld, t, "rating", &rating, 0, c->line, owner);
    c->rating = rating ? cw_rating_parse(rating) : CW_RATING_NONE;
    int unknown_rating = rating && c->rating == CW_RATING_NONE;
    free(rating);
    if (unknown_rating)
        load_fail(ld, c->line, "%s: rating must be recommended, acceptable, concerning or harmful", owner);
    get_string(ld, t, "feedback", &c->feedback, 0, c->line, owner);
    get_string(ld, t, "rationale", &c->rationale, 0, c->line, owner);
    get_tags(ld, t, &c->tags, &c->n_tags, c->line, owner);
    c->pin = get_pin(ld, t, c->line, owner);
    get_string(ld, t, "act", &c->act, 0, c->line, owner);
    if (c->act && !valid_id(c->act))
        load_fail(ld, c->line, "%s: act '%s' must be 1-%d letters, digits, '-' or '_'", owner, c->act, MAX_ID_BYTES);
}

static void get_compose(loader *ld, int t, scene *s)
{
    lua_State *L = ld->L;
    char owner[160];
    snprintf(owner, sizeof owner, "compose step of scene '%s'", s->id);
    int line = table_line(L, t, s->line);
    compose_step *cs = checked_calloc(ld, 1, sizeof *cs);
    s->compose = cs;
    cs->rubric = LUA_NOREF;
    cs->score_var = -1;
    get_string(ld, t, "prompt", &cs->prompt, 1, line, owner);
    if (raw_field(L, t, "clauses") == LUA_TNIL)
        load_fail(ld, line, "%s has no 'clauses'", owner);
    int n = list_length(ld, -1, line, "clauses");
    if (n > SCENARIO_MAX_CLAUSES)
        load_fail(ld, line, "%s has %d clauses; a drafting step may have at most %d", owner, n,
                  SCENARIO_MAX_CLAUSES);
    cs->clauses = checked_calloc(ld, (size_t)n, sizeof *cs->clauses);
    for (int i = 1; i <= n; i++) {
        if (lua_rawgeti(L, -1, i) != LUA_TTABLE)
            load_fail(ld, line, "%s: clause %d must be clause { id = ..., text = ... }", owner, i);
        clause *cl = &cs->clauses[cs->n_clauses++];
        cl->line = table_line(L, -1, line);
        get_id(ld, -1, &cl->id, cl->line, "clause");
        get_string(ld, -1, "text", &cl->text, 1, cl->line, "clause");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    cs->min = get_integer(ld, t, "min", 1, line, owner);
    cs->max = get_integer(ld, t, "max", cs->n_clauses, line, owner);
    cs->own_text = get_boolean(ld, t, "own_text", line, owner);
    cs->rubric = get_function(ld, t, "rubric", line, owner);
    if (cs->rubric == LUA_NOREF)
        load_fail(ld, line, "%s has no 'rubric' function", owner);
    char *score_var = NULL;
    get_string(ld, t, "score_var", &score_var, 0, line, owner);
    if (score_var) {
        cs->score_var = scenario_var_index(ld->sc, score_var);
        int ok = cs->score_var >= 0 && ld->sc->vars[cs->score_var].initial.type == VALUE_NUMBER;
        free(score_var);
        if (!ok)
            load_fail(ld, line, "%s: 'score_var' must name a declared number variable", owner);
    }
    get_string(ld, t, "rationale", &cs->rationale, 0, line, owner);
    get_tags(ld, t, &cs->tags, &cs->n_tags, line, owner);
}

static void get_scene(loader *ld, int t, scene *s, int fallback_line)
{
    lua_State *L = ld->L;
    s->line = table_line(L, t, fallback_line);
    s->speaker.function = s->text.function = LUA_NOREF;
    get_id(ld, t, &s->id, s->line, "scene");
    char owner[160];
    snprintf(owner, sizeof owner, "scene '%s'", s->id);
    int kind = raw_field(L, t, "_kind");
    s->is_ending = kind == LUA_TSTRING && strcmp(lua_tostring(L, -1), "ending") == 0;
    lua_pop(L, 1);
    get_role_text(ld, t, "text", &s->text, 1, s->line, owner);
    if (s->is_ending) {
        get_string(ld, t, "title", &s->ending_title, 1, s->line, owner);
        get_string(ld, t, "classification", &s->classification, 1, s->line, owner);
        return;
    }
    get_string(ld, t, "phase", &s->phase, 1, s->line, owner);
    get_string(ld, t, "title", &s->title, 0, s->line, owner);
    get_role_text(ld, t, "speaker", &s->speaker, 0, s->line, owner);
    get_string(ld, t, "discussion", &s->discussion, 0, s->line, owner);
    int reason = raw_field(L, t, "reason");
    if (reason == LUA_TBOOLEAN && lua_toboolean(L, -1)) {
        if (!(s->reason = strdup("Why did you choose this?")))
            load_fail(ld, s->line, "out of memory");
    } else if (reason == LUA_TSTRING)
        s->reason = dup_lua_string(ld, -1, s->line, "reason");
    else if (reason != LUA_TNIL && reason != LUA_TBOOLEAN)
        load_fail(ld, s->line, "%s: 'reason' must be a question or true", owner);
    lua_pop(L, 1);
    int has_shuffle = raw_field(L, t, "shuffle") != LUA_TNIL;
    lua_pop(L, 1);
    s->shuffle = has_shuffle ? get_boolean(ld, t, "shuffle", s->line, owner) : -1; /* drawn unless turned off */

    int n_reveal = get_string_list(ld, t, "reveal", &ld->scratch, s->line, owner);
    s->reveal = checked_calloc(ld, (size_t)n_reveal, sizeof *s->reveal);
    s->n_reveal = n_reveal;
    for (int i = 0; i < n_reveal; i++) {
        s->reveal[i] = -1;
        for (int k = 0; k < ld->sc->n_secrets; k++)
            if (strcmp(ld->sc->secrets[k].id, ld->scratch[i]) == 0)
                s->reveal[i] = k;
        if (s->reveal[i] < 0)
            load_fail(ld, s->line, "%s reveals unknown confidential item '%.*s'", owner, MAX_ID_BYTES,
                      ld->scratch[i]);
    }
    free_list(ld->scratch);
    ld->scratch = NULL;

    int has_choices = raw_field(L, t, "choices") != LUA_TNIL;
    if (has_choices) {
        int n = list_length(ld, -1, s->line, "choices");
        if (n > SCENARIO_MAX_CHOICES)
            load_fail(ld, s->line, "%s has %d choices; a scene may have at most %d", owner, n,
                      SCENARIO_MAX_CHOICES);
        s->choices = checked_calloc(ld, (size_t)n, sizeof *s->choices);
        for (int i = 1; i <= n; i++) {
            if (lua_rawgeti(L, -1, i) != LUA_TTABLE)
                load_fail(ld, s->line, "%s: choice %d must be a table", owner, i);
            choice *c = &s->choices[s->n_choices++]; /* counted first: freed if it fails half-built */
            get_choice(ld, -1, c, s->line, s->id);
            s->pinned |= c->pin != 0;
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    if (raw_field(L, t, "compose") == LUA_TTABLE) {
        if (has_choices)
            load_fail(ld, s->line, "%s has both 'choices' and 'compose'", owner);
        get_compose(ld, -1, s);
    } else if (lua_type(L, -1) != LUA_TNIL) {
        load_fail(ld, s->line, "%s: 'compose' must be a table", owner);
    }
    lua_pop(L, 1);
    get_routes(ld, t, &s->go, s->line, owner);
}

static void get_roles(loader *ld, int t, int line)
{
    lua_State *L = ld->L;
    if (raw_field(L, t, "roles") == LUA_TNIL)
        load_fail(ld, line, "the scenario has no 'roles'");
    int n = list_length(ld, -1, line, "roles");
    if (n > MAX_ROLES)
        load_fail(ld, line, "more than %d roles", MAX_ROLES);
    for (int i = 1; i <= n; i++) {
        if (lua_rawgeti(L, -1, i) != LUA_TTABLE)
            load_fail(ld, line, "role %d must be role { id = ..., name = ... }", i);
        int role_line = table_line(L, -1, line);
        cw_role *r = &ld->sc->roles[ld->sc->n_roles++];
        get_id(ld, -1, (char **)&r->id, role_line, "role");
        get_string(ld, -1, "name", (char **)&r->name, 1, role_line, "role");
        get_string(ld, -1, "brief", (char **)&r->brief, 0, role_line, "role");
        if (!r->brief && !(r->brief = strdup("")))
            load_fail(ld, role_line, "out of memory");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void get_state(loader *ld, int t, int line)
{
    lua_State *L = ld->L;
    int type = raw_field(L, t, "state");
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (type != LUA_TTABLE)
        load_fail(ld, line, "'state' must be a table of variable = initial value");
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        if (++n > MAX_LIST_ITEMS)
            load_fail(ld, line, "more than %d state variables", MAX_LIST_ITEMS);
    }
    ld->sc->vars = checked_calloc(ld, (size_t)n, sizeof *ld->sc->vars);
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        if (lua_type(L, -2) != LUA_TSTRING || !valid_id(lua_tostring(L, -2)))
            load_fail(ld, line, "state variable names must be identifiers");
        state_var *v = &ld->sc->vars[ld->sc->n_vars++];
        v->name = dup_lua_string(ld, -2, line, "state variable");
        char what[160];
        snprintf(what, sizeof what, "state variable '%s'", v->name);
        read_value(ld, -1, &v->initial, line, what);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    /* Sorted by name: a fixed order for records and lookups, whatever lua_next did. */
    for (int i = 1; i < ld->sc->n_vars; i++)
        for (int j = i; j > 0 && strcmp(ld->sc->vars[j - 1].name, ld->sc->vars[j].name) > 0; j--) {
            state_var tmp = ld->sc->vars[j];
            ld->sc->vars[j] = ld->sc->vars[j - 1];
            ld->sc->vars[j - 1] = tmp;
        }
    if (id_index_init(&ld->sc->var_ids, (size_t)ld->sc->n_vars) != 0)
        load_fail(ld, line, "out of memory");
    for (int i = 0; i < ld->sc->n_vars; i++)
        id_index_add(&ld->sc->var_ids, ld->sc->vars[i].name, i); /* names of a table are distinct */
}

static void get_secrets(loader *ld, int t, int line)
{
    lua_State *L = ld->L;
    if (raw_field(L, t, "confidential") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int n = list_length(ld, -1, line, "confidential");
    ld->sc->secrets = checked_calloc(ld, (size_t)n, sizeof *ld->sc->secrets);
    for (int i = 1; i <= n; i++) {
        if (lua_rawgeti(L, -1, i) != LUA_TTABLE)
            load_fail(ld, line, "confidential item %d must be secret { ... }", i);
        secret *s = &ld->sc->secrets[ld->sc->n_secrets++];
        s->line = table_line(L, -1, line);
        s->released_var = -1;
        get_id(ld, -1, &s->id, s->line, "confidential item");
        get_string(ld, -1, "text", &s->text, 1, s->line, "confidential item");
        get_string(ld, -1, "withheld", &s->withheld, 0, s->line, "confidential item");
        char *holder = NULL, *released = NULL;
        get_string(ld, -1, "holder", &holder, 1, s->line, "confidential item");
        s->holder = scenario_role_index(ld->sc, holder);
        free(holder);
        if (s->holder < 0)
            load_fail(ld, s->line, "confidential item '%s': 'holder' must be a role id", s->id);
        get_string(ld, -1, "released_when", &released, 0, s->line, "confidential item");
        if (released) {
            s->released_var = scenario_var_index(ld->sc, released);
            int ok = s->released_var >= 0 && ld->sc->vars[s->released_var].initial.type == VALUE_BOOL;
            free(released);
            if (!ok)
                load_fail(ld, s->line, "confidential item '%s': 'released_when' must name a declared boolean",
                          s->id);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void get_metadata(loader *ld, int t, int line)
{
    cw_scenario *sc = ld->sc;
    cw_scenario_info *info = &sc->info;
    get_id(ld, t, &sc->strings[0], line, "scenario");
    get_string(ld, t, "title", &sc->strings[1], 1, line, "scenario");
    get_string(ld, t, "version", &sc->strings[2], 1, line, "scenario");
    get_string(ld, t, "summary", &sc->strings[3], 1, line, "scenario");
    get_string(ld, t, "jurisdiction", &sc->strings[4], 0, line, "scenario");
    get_string(ld, t, "start", &sc->strings[5], 1, line, "scenario");
    get_string(ld, t, "license", &sc->strings[7], 0, line, "scenario");
    if (!sc->strings[4] && !(sc->strings[4] = strdup("")))
        load_fail(ld, line, "out of memory");
    info->id = sc->strings[0];
    info->title = sc->strings[1];
    info->version = sc->strings[2];
    info->summary = sc->strings[3];
    info->jurisdiction = sc->strings[4] ? sc->strings[4] : "";
    info->start_scene = sc->strings[5];
    info->license = sc->strings[7] ? sc->strings[7] : "";
    info->minutes = get_integer(ld, t, "minutes", 0, line, "scenario");
    if (info->minutes < 1)
        load_fail(ld, line, "scenario: 'minutes' (the estimated length) must be at least 1");
    info->n_content_notes = get_string_list(ld, t, "content_notes", &sc->content_notes, line, "scenario");
    info->content_notes = (const char *const *)sc->content_notes;
    info->n_objectives = get_string_list(ld, t, "objectives", &sc->objectives, line, "scenario");
    info->objectives = (const char *const *)sc->objectives;
}

/* The protected body: stack holds (loader*, returned table). */
static int extract_model(lua_State *L)
{
    loader *ld = lua_touserdata(L, 1);
    cw_scenario *sc = ld->sc;
    if (!lua_istable(L, 2))
        load_fail(ld, 0, "the file must end with: return scenario { ... }");
    sc->line = table_line(L, 2, 0);
    get_metadata(ld, 2, sc->line);
    get_roles(ld, 2, sc->line);
    sc->info.roles = sc->roles;
    sc->info.n_roles = sc->n_roles;
    get_state(ld, 2, sc->line);
    get_secrets(ld, 2, sc->line);
    if (raw_field(L, 2, "scenes") == LUA_TNIL)
        load_fail(ld, sc->line, "the scenario has no 'scenes'");
    int n = list_length_within(ld, -1, sc->line, "scenes", cw_limits_get().scenes,
                               " (raise it with --limit scenes=N)");
    sc->scenes = checked_calloc(ld, (size_t)n, sizeof *sc->scenes);
    for (int i = 1; i <= n; i++) {
        if (lua_rawgeti(L, -1, i) != LUA_TTABLE)
            load_fail(ld, sc->line, "scene %d must be scene { ... } or ending { ... }", i);
        get_scene(ld, -1, &sc->scenes[sc->n_scenes++], sc->line);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    /* Every look-up of a scene by id goes through this table; validation reports duplicates. */
    if (id_index_init(&sc->scene_ids, (size_t)sc->n_scenes) != 0)
        load_fail(ld, sc->line, "out of memory");
    for (int i = 0; i < sc->n_scenes; i++)
        id_index_add(&sc->scene_ids, sc->scenes[i].id, i);
    return 0;
}

/* ---- constructors the file calls while it loads ------------------------------------------- */

/* scene { ... } etc.: remembers the kind and the line it was written on, returns the table. */
static int constructor(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    lua_Debug ar;
    int line = 0;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar))
        line = ar.currentline;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_setfield(L, 1, "_kind");
    lua_pushinteger(L, line);
    lua_setfield(L, 1, "_line");
    return 1;
}

static int install_constructors(lua_State *L)
{
    static const char *const kinds[] = {"scenario", "role", "secret", "scene", "choice", "clause", "ending"};
    lua_settop(L, 1); /* the environment */
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        lua_pushstring(L, kinds[i]);
        lua_pushcclosure(L, constructor, 1);
        lua_setfield(L, 1, kinds[i]);
    }
    scenario_install_helpers(L);
    return 0;
}

/* Reading an undeclared state variable, or writing any, from a scenario function. */
static int state_index(lua_State *L)
{
    return luaL_error(L, "undeclared state variable '%s'", luaL_optstring(L, 2, "?"));
}

static int state_newindex(lua_State *L)
{
    return luaL_error(L, "state cannot be changed here ('%s'): use a choice's set or add",
                      luaL_optstring(L, 2, "?"));
}

static int make_state_metatable(lua_State *L)
{
    lua_createtable(L, 0, 3);
    lua_pushcfunction(L, state_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, state_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pushinteger(L, luaL_ref(L, LUA_REGISTRYINDEX)); /* here: luaL_ref can run out of memory */
    return 1;
}

static int load_model(cw_scenario *sc, cw_error *err)
{
    lua_State *L = sandbox_lua(sc->sb);
    loader ld = {L, sc, NULL, 0, (size_t)cw_limits_get().model_mib << 20};
    sc->state_metatable = LUA_NOREF;

    lua_pushcfunction(L, install_constructors);
    sandbox_push_env(sc->sb);
    if (sandbox_call(sc->sb, 1, 0, err) != 0)
        return -1;
    lua_pushcfunction(L, make_state_metatable);
    if (sandbox_call(sc->sb, 0, 1, err) != 0)
        return -1;
    sc->state_metatable = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);

    if (sandbox_load_file(sc->sb, sc->path, err) != 0)
        return -1;
    if (sandbox_call(sc->sb, 0, 1, err) != 0)
        return -1;
    lua_pushcfunction(L, extract_model);
    lua_insert(L, -2);
    lua_pushlightuserdata(L, &ld);
    lua_insert(L, -2);
    int status = sandbox_call(sc->sb, 2, 0, err);
    free_list(ld.scratch);
    return status;
}

/* Everything loading runs shares one cumulative time budget; then the limits of
 * scenario_limits.h are checked on what was built. */
int scenario_load_model(cw_scenario *sc, cw_error *err)
{
    sandbox_total_begin(sc->sb, SANDBOX_TOTAL_LOAD);
    int rc = load_model(sc, err);
    sandbox_total_end(sc->sb);
    if (rc == 0) {
        scenario_relocate_functions(sc);
        scenario_pack(sc);
    }
    return rc == 0 ? scenario_check_limits(sc, err) : rc;
}
