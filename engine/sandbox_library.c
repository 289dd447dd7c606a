/* sandbox_library.c — the allow-list: the part of Lua's standard library a scenario can see.
 *
 * The libraries are opened into the state as usual, then the real tables are cut down to the
 * allow-list (so a removed function cannot be reached even through ('').name), a few functions
 * are replaced by safe versions, and the scenario gets a fresh environment holding copies.
 * Replaced: load (source text only, a fresh environment), setmetatable (no __gc), math.random
 * (the engine's seeded generator), and xpcall, coroutine.wrap and coroutine.close (so that no
 * script code starts while the budget error is being raised, see sandbox_budget_spent).
 * Gone: string.dump, math.randomseed, and every library and base function not listed below. */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdint.h>
#include <string.h>

#include "sandbox_private.h"

/* One row per library, in the style of Lua's linit.c: to change what scenarios get, edit this
 * table. load and setmetatable are listed because the environment has them, in the safe versions
 * installed by sandbox_library_open. */
static const struct allowed_library {
    const char *name;      /* module name; LUA_GNAME for the base functions */
    lua_CFunction open;
    const char *functions; /* the allow-list, separated by single spaces */
} allowed_libraries[] = {
    {LUA_GNAME, luaopen_base,
     "assert error ipairs next pairs pcall rawequal rawget rawlen rawset select tonumber tostring "
     "type xpcall getmetatable setmetatable load _VERSION"},
    {LUA_STRLIBNAME, luaopen_string,
     "byte char find format gmatch gsub len lower match pack packsize rep reverse sub unpack "
     "upper"},
    {LUA_TABLIBNAME, luaopen_table, "concat insert move pack remove sort unpack"},
    {LUA_MATHLIBNAME, luaopen_math,
     "abs acos asin atan ceil cos deg exp floor fmod huge log max maxinteger min mininteger modf "
     "pi rad random sin sqrt tan tointeger type ult"},
    {LUA_UTF8LIBNAME, luaopen_utf8, "char charpattern codepoint codes len offset"},
    {LUA_COLIBNAME, luaopen_coroutine, "close create isyieldable resume running status wrap yield"},
    {LUA_OSLIBNAME, luaopen_os, "clock date time"},
};

#define N_LIBRARIES (sizeof allowed_libraries / sizeof allowed_libraries[0])

static const char env_key = 'E'; /* registry key (its address) of the scenario's environment */

static int in_list(const char *list, const char *name, size_t len)
{
    for (const char *word = list; *word;) {
        size_t word_len = strcspn(word, " ");
        if (word_len == len && memcmp(word, name, len) == 0)
            return 1;
        word += word_len;
        while (*word == ' ')
            word++;
    }
    return 0;
}

/* Removes from the table at index t every field the allow-list does not name. */
static void strip_to_list(lua_State *L, int t, const char *list)
{
    lua_pushnil(L);
    while (lua_next(L, t)) {
        size_t len = 0;
        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tolstring(L, -2, &len) : NULL;
        lua_pop(L, 1);
        if (!name || !in_list(list, name, len)) {
            lua_pushvalue(L, -1);
            lua_pushnil(L);
            lua_rawset(L, t); /* clearing a field during traversal is allowed */
        }
    }
}

static void copy_fields(lua_State *L, int from, int to)
{
    lua_pushnil(L);
    while (lua_next(L, from)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, to);
    }
}

/* ---- safe replacements ----------------------------------------------------------------------- */

/* setmetatable without finalizers: hooks do not run inside __gc, so a finalizer that never returns
 * would hang the collector and lua_close where no budget can stop it. Lua only marks an object for
 * finalization if __gc is present when the metatable is set, so checking here is enough. */
static int safe_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        int has_gc = lua_rawget(L, 2) != LUA_TNIL;
        lua_pop(L, 1);
        if (has_gc)
            return luaL_error(L, "setmetatable refused: metatables with a __gc field are not "
                                 "allowed in scenarios (a finalizer runs outside the time limit)");
    }
    lua_CFunction original = lua_tocfunction(L, lua_upvalueindex(1));
    return original(L);
}

/* A fresh environment for a chunk loaded without one: its own globals, reading through to a
 * read-only view of the library. Upvalue 1 of load is the shared metatable. */
static void push_fresh_env(lua_State *L)
{
    lua_newtable(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, LUA_GNAME);
}

/* load for scenarios: a string of source text only (never bytecode, never a reader function),
 * mode forced to "t", and the environment given as 4th argument if it is a table, else a fresh one.
 * Like Lua's load, a chunk that does not compile gives nil and the message. */
static int safe_load(lua_State *L)
{
    size_t len;
    sandbox_budget_check(L); /* compiling 4 MiB takes long enough to matter in a loop */
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_argerror(L, 1, "only Lua source text in a string can be loaded");
    const char *text = lua_tolstring(L, 1, &len);
    if (len > SANDBOX_MAX_SOURCE_BYTES)
        return luaL_argerror(L, 1, "source text larger than 4 MiB");
    const char *name = luaL_optstring(L, 2, text);
    if (name[0] == '@') /* "@..." would read as a file name in messages */
        name = lua_pushfstring(L, "=%s", name + 1);
    if (luaL_loadbufferx(L, text, len, name, "t") != LUA_OK) {
        luaL_pushfail(L);
        lua_insert(L, -2);
        return 2;
    }
    if (lua_type(L, 4) == LUA_TTABLE)
        lua_pushvalue(L, 4);
    else
        push_fresh_env(L);
    if (!lua_setupvalue(L, -2, 1))
        lua_pop(L, 1);
    return 1;
}

/* math.random with Lua 5.4's arguments and messages, drawing from the engine's generator so that a
 * session's seed decides everything. */
static int safe_random(lua_State *L)
{
    cw_rng *rng = sandbox_rng_of(L);
    lua_Integer low, up;
    switch (lua_gettop(L)) {
    case 0:
        lua_pushnumber(L, (lua_Number)rng_unit(rng));
        return 1;
    case 1:
        low = 1;
        up = luaL_checkinteger(L, 1);
        if (up == 0) { /* math.random(0): an integer with all bits random */
            lua_pushinteger(L, (lua_Integer)rng_next(rng));
            return 1;
        }
        break;
    case 2:
        low = luaL_checkinteger(L, 1);
        up = luaL_checkinteger(L, 2);
        break;
    default:
        return luaL_error(L, "wrong number of arguments");
    }
    luaL_argcheck(L, low <= up, 1, "interval is empty");
    uint64_t span = (uint64_t)up - (uint64_t)low;
    uint64_t offset = span == UINT64_MAX ? rng_next(rng) : rng_below(rng, span + 1);
    lua_pushinteger(L, (lua_Integer)((uint64_t)low + offset));
    return 1;
}

/* xpcall whose handler is skipped once the budget is spent: the budget error is raised inside the
 * count hook, and Lua calls message handlers before leaving it, with hooks off, so a handler that
 * loops would never be stopped. Upvalue 1: Lua's xpcall. */
static int xpcall_handler(lua_State *L)
{
    if (sandbox_budget_spent(L))
        return 1; /* the error object, untouched */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int safe_xpcall(lua_State *L)
{
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, xpcall_handler, 1);
    lua_replace(L, 2);
    return lua_tocfunction(L, lua_upvalueindex(1))(L);
}

/* A coroutine killed by the budget error died inside the hook, and its thread keeps hooks off;
 * closing it would run its pending __close methods with no budget. So a coroutine that died in an
 * error is never closed here (its to-be-closed variables stay unclosed): coroutine.close reports
 * the error as Lua's does, and coroutine.wrap propagates it without closing. */
static int safe_close(lua_State *L) /* upvalue 1: Lua's coroutine.close */
{
    lua_State *co = lua_tothread(L, 1);
    int status = co ? lua_status(co) : LUA_OK;
    if (status == LUA_OK || status == LUA_YIELD)
        return lua_tocfunction(L, lua_upvalueindex(1))(L);
    lua_pushboolean(L, 0);
    if (lua_gettop(co) > 0 && lua_checkstack(co, 1)) {
        lua_pushvalue(co, -1);
        lua_xmove(co, L, 1);
    } else {
        lua_pushnil(L);
    }
    return 2;
}

static int wrapped_call(lua_State *L) /* upvalues: Lua's coroutine.resume, the coroutine */
{
    int nargs = lua_gettop(L);
    luaL_checkstack(L, 2, "too many arguments to resume");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_rotate(L, 1, 2);
    lua_call(L, nargs + 1, LUA_MULTRET);
    if (lua_toboolean(L, 1)) {
        lua_remove(L, 1);
        return lua_gettop(L);
    }
    lua_settop(L, 2);
    if (lua_type(L, 2) == LUA_TSTRING) { /* as Lua's wrap does: say where it was called from */
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

static int safe_wrap(lua_State *L) /* upvalue 1: Lua's coroutine.resume */
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, -2);
    lua_pushcclosure(L, wrapped_call, 2);
    return 1;
}

static int refuse_write(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TSTRING)
        return luaL_error(L, "cannot assign '%s': the standard library is read-only here",
                          lua_tostring(L, 2));
    return luaL_error(L, "cannot assign: the standard library is read-only here");
}

/* Replaces the table on top with an empty proxy that reads through to it and refuses writes. */
static void make_read_only(lua_State *L)
{
    lua_newtable(L);
    lua_createtable(L, 0, 3);
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, refuse_write);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_replace(L, -2);
}

/* ---- building the environment ------------------------------------------------------------- */

/* Pushes a new table holding every allow-listed function, each library in a new table. */
static void push_library_copy(lua_State *L)
{
    lua_newtable(L);
    int copy = lua_gettop(L);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    for (size_t i = 0; i < N_LIBRARIES; i++) {
        const struct allowed_library *lib = &allowed_libraries[i];
        lua_getfield(L, -1, lib->name);
        if (strcmp(lib->name, LUA_GNAME) == 0) {
            copy_fields(L, lua_gettop(L), copy);
        } else {
            lua_newtable(L);
            copy_fields(L, lua_gettop(L) - 1, lua_gettop(L));
            lua_setfield(L, copy, lib->name);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* Sets field name of the real library lib to a closure of fn over that library's C function
 * named over. */
static void wrap_real(lua_State *L, const char *lib, const char *name, lua_CFunction fn,
                      const char *over)
{
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_getfield(L, -1, lib);
    if (lua_getfield(L, -1, over) != LUA_TFUNCTION || !lua_tocfunction(L, -1))
        luaL_error(L, "%s.%s is not a C function", lib, over);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, -2, name);
    lua_pop(L, 2);
}

/* Installs the safe replacements in the real tables: the string metatable's __index is the real
 * string table, so a copy alone would not do. load_meta: the metatable of load's environments. */
static void harden_real_libraries(lua_State *L, int load_meta)
{
    sandbox_caps_install(L);
    wrap_real(L, LUA_GNAME, "setmetatable", safe_setmetatable, "setmetatable");
    wrap_real(L, LUA_GNAME, "xpcall", safe_xpcall, "xpcall");
    wrap_real(L, LUA_COLIBNAME, "close", safe_close, "close");
    wrap_real(L, LUA_COLIBNAME, "wrap", safe_wrap, "resume");
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_getfield(L, -1, LUA_MATHLIBNAME);
    lua_pushcfunction(L, safe_random);
    lua_setfield(L, -2, "random");
    lua_pop(L, 1);
    lua_getfield(L, -1, LUA_GNAME);
    lua_pushvalue(L, load_meta);
    lua_pushcclosure(L, safe_load, 1);
    lua_setfield(L, -2, "load");
    lua_pop(L, 1);
    for (size_t i = 0; i < N_LIBRARIES; i++) {
        lua_getfield(L, -1, allowed_libraries[i].name);
        strip_to_list(L, lua_gettop(L), allowed_libraries[i].functions);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);

    /* getmetatable('') gives false; the metatable itself cannot be reached or changed. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
}

/* What load's fresh environments read through: a read-only view of a copy of the library, each
 * library table in it read-only as well. */
static void fill_load_metatable(lua_State *L, int load_meta)
{
    push_library_copy(L);
    int view = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, view)) {
        if (lua_type(L, -1) == LUA_TTABLE) {
            make_read_only(L);
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, view); /* replacing an existing field during traversal is allowed */
        } else {
            lua_pop(L, 1);
        }
    }
    make_read_only(L);
    lua_setfield(L, load_meta, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, load_meta, "__metatable");
}

int sandbox_library_open(lua_State *L)
{
    for (size_t i = 0; i < N_LIBRARIES; i++) {
        luaL_requiref(L, allowed_libraries[i].name, allowed_libraries[i].open, 0);
        lua_pop(L, 1);
    }
    lua_newtable(L);
    int load_meta = lua_gettop(L);
    harden_real_libraries(L, load_meta);
    fill_load_metatable(L, load_meta);

    /* The scenario's own environment: copies it may change, and _G is itself. */
    push_library_copy(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, LUA_GNAME);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &env_key);
    lua_pop(L, 1);
    return 0;
}

void sandbox_library_push_env(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &env_key);
}
