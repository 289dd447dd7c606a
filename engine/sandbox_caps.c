/* sandbox_caps.c — caps on the library functions that loop inside C, where the count hook cannot
 * interrupt them.
 *
 * string.find/match/gmatch/gsub: Lua's matcher backtracks, so a short pattern can take hours on a
 * few hundred bytes (string.find(('a'):rep(400), 'a*a*a*b')). Before each call the worst case is
 * estimated from the subject and the pattern and the call is refused above a cap. string.rep of an
 * empty string, table.move over a huge range, and table.insert/remove on a table whose length is
 * huge (a sparse table or a __len metamethod) would loop without allocating anything; they are
 * capped too. Everything else that loops in C is bounded by the memory budget.
 *
 * Each wrapper also checks the time budget on entry, so a Lua loop of capped calls (each under
 * its cap, none counted by the hook) stops at the deadline. And the table functions refuse a
 * table with a metatable: table.concat, sort, unpack and the rest call __index, __newindex,
 * __len and __lt once per element, and a metamethod that is itself a C function (rawlen,
 * rawequal, ...) runs no Lua instruction at all, so the hook could not stop a loop of 2^40 of
 * them. table.sort compares through a function that checks the budget, since a C comparator or
 * the elements' own __lt could drive its n log n comparisons with no Lua instruction either. */
#include <ctype.h>
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <string.h>

#include "sandbox_private.h"

#define PATTERN_MAX_BYTES 256 /* longest pattern with special characters */
#define PATTERN_MAX_STEPS 2.5e8 /* estimated matcher steps; worst allowed calls measured: 0.7 s */
#define PLAIN_MAX_STEPS 1e10    /* byte comparisons of a plain find (memchr + memcmp: ~0.2 s) */
#define SCAN_MAX_BYTES (64u << 20) /* subject bytes the estimate may read to sharpen itself */
#define PREFIX_MAX_ITEMS 16     /* leading items used to count where a match can start */
#define TABLE_MAX_ELEMENTS ((lua_Integer)1 << 24) /* elements moved or shifted by one call */
#define SORT_UNCHECKED_MAX 65536 /* numbers or strings sorted with Lua's own comparison: ~20 ms */

#define SPECIALS "^$*+?.([%-"

static int has_specials(const char *p, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (p[i] != '\0' && strchr(SPECIALS, p[i]))
            return 1;
    return 0;
}

/* ---- the pattern cost estimate ------------------------------------------------------------ */

/* %a, %d, ... as Lua's matcher reads them; any other escaped character stands for itself. */
static int class_matches(int c, int cl)
{
    int yes;
    switch (tolower(cl)) {
    case 'a': yes = isalpha(c); break;
    case 'c': yes = iscntrl(c); break;
    case 'd': yes = isdigit(c); break;
    case 'g': yes = isgraph(c); break;
    case 'l': yes = islower(c); break;
    case 'p': yes = ispunct(c); break;
    case 's': yes = isspace(c); break;
    case 'u': yes = isupper(c); break;
    case 'w': yes = isalnum(c); break;
    case 'x': yes = isxdigit(c); break;
    default: return cl == c;
    }
    return isupper(cl) ? !yes : yes != 0;
}

/* A [set]: p at '[', close at its ']'. */
static int set_matches(int c, const unsigned char *p, const unsigned char *close)
{
    int found = 1;
    p++;
    if (*p == '^') {
        found = 0;
        p++;
    }
    for (; p < close; p++) {
        if (*p == '%' && p + 1 < close) {
            p++;
            if (class_matches(c, *p))
                return found;
        } else if (p + 2 < close && p[1] == '-') {
            if (p[0] <= c && c <= p[2])
                return found;
            p += 2;
        } else if (*p == c) {
            return found;
        }
    }
    return !found;
}

/* Where the single-character class at p ends, or NULL if the pattern is malformed there. */
static const unsigned char *class_end(const unsigned char *p, const unsigned char *end)
{
    if (*p == '%')
        return p + 1 < end ? p + 2 : NULL;
    if (*p != '[')
        return p + 1;
    p++;
    if (p < end && *p == '^')
        p++;
    for (;;) { /* the first character belongs to the set even if it is ']' */
        if (p >= end)
            return NULL;
        if (*p++ == '%') {
            if (p >= end)
                return NULL;
            p++;
        }
        if (p >= end)
            return NULL;
        if (*p == ']')
            return p + 1;
    }
}

typedef struct class_span {
    const unsigned char *p, *end;
} class_span;

static void class_members(class_span cl, unsigned char member[256])
{
    for (int c = 0; c < 256; c++) {
        switch (*cl.p) {
        case '.': member[c] = 1; break;
        case '%': member[c] = (unsigned char)class_matches(c, cl.p[1]); break;
        case '[': member[c] = (unsigned char)set_matches(c, cl.p, cl.end - 1); break;
        default: member[c] = *cl.p == c; break;
        }
    }
}

typedef struct pattern_shape {
    int anchored;
    double items;                            /* elements of the pattern: the work along one path */
    int costly;                              /* %b and back-references: each may scan the subject */
    class_span prefix[PREFIX_MAX_ITEMS];     /* plain one-character items the pattern starts with */
    int n_prefix;
    class_span quantified[PATTERN_MAX_BYTES / 2]; /* items followed by * + - ? */
    int n_quantified;
} pattern_shape;

/* Splits a pattern into items the way Lua's matcher walks it. Returns -1 if malformed. */
static int pattern_parse(const unsigned char *p, size_t len, int can_anchor, pattern_shape *shape)
{
    const unsigned char *end = p + len;
    int prefix_open = 1;
    memset(shape, 0, sizeof *shape);
    if (can_anchor && p < end && *p == '^') {
        shape->anchored = 1;
        p++;
    }
    while (p < end) {
        shape->items++;
        if (*p == '(' || *p == ')') { /* captures consume nothing */
            p += (*p == '(' && p + 1 < end && p[1] == ')') ? 2 : 1;
            continue;
        }
        if (*p == '$' && p + 1 == end) {
            p++;
            continue;
        }
        if (*p == '%' && p + 1 < end && (p[1] == 'b' || p[1] == 'f' || isdigit(p[1]))) {
            prefix_open = 0;
            if (p[1] == 'b') {
                if (end - p < 4)
                    return -1;
                shape->costly++;
                p += 4;
            } else if (p[1] == 'f') {
                p += 2;
                if (p >= end || *p != '[' || !(p = class_end(p, end)))
                    return -1;
            } else {
                shape->costly++;
                p += 2;
            }
            continue;
        }
        const unsigned char *ep = class_end(p, end);
        if (!ep)
            return -1;
        class_span cl = {p, ep};
        if (ep < end && *ep != '\0' && strchr("*+-?", *ep)) {
            prefix_open = 0;
            if (shape->n_quantified == PATTERN_MAX_BYTES / 2)
                return -1;
            shape->quantified[shape->n_quantified++] = cl;
            p = ep + 1;
        } else {
            if (prefix_open && shape->n_prefix < PREFIX_MAX_ITEMS)
                shape->prefix[shape->n_prefix++] = cl;
            p = ep;
        }
    }
    if (shape->items < 1)
        shape->items = 1;
    return 0;
}

static size_t longest_run(const unsigned char *s, size_t n, const unsigned char member[256])
{
    size_t best = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        run = member[s[i]] ? run + 1 : 0;
        if (run > best)
            best = run;
    }
    return best;
}

/* Positions where the pattern's plain leading items all match: only there can the matcher get as
 * far as the first quantifier. Returns n + 1 (every position) if that would read too much. */
static double prefix_hits(const unsigned char *s, size_t n, const pattern_shape *shape,
                          size_t *scan_left)
{
    size_t k = (size_t)shape->n_prefix;
    if (k == 0 || k > n || n > *scan_left / k)
        return k > n ? 0 : (double)n + 1;
    *scan_left -= n * k;
    unsigned char member[PREFIX_MAX_ITEMS][256];
    for (size_t j = 0; j < k; j++)
        class_members(shape->prefix[j], member[j]);
    double hits = 0;
    for (size_t i = 0; i + k <= n; i++) {
        size_t j = 0;
        while (j < k && member[j][s[i + j]])
            j++;
        hits += j == k;
    }
    return hits;
}

/* Worst-case steps of Lua's matcher for one call: the positions where a match can start, times
 * the choices at each quantifier (at most the longest run of its class in the subject, plus one),
 * times the items walked along one path, plus the cost of trying the plain prefix everywhere.
 * The cheap bound subject^(1+quantifiers) is tried first; the subject is read only when that bound
 * is over the cap. A malformed pattern gets the cheap bound with every * + - ? counted. */
static double pattern_steps(const unsigned char *s, size_t n, const unsigned char *p, size_t len,
                            int can_anchor)
{
    pattern_shape shape;
    double positions = (double)n + 1;
    if (pattern_parse(p, len, can_anchor, &shape) != 0) { /* Lua will say what is wrong; but it */
        double crude = positions * (double)len; /* may backtrack a long time before getting there */
        for (size_t i = 0; i < len && crude <= PATTERN_MAX_STEPS; i++)
            if (p[i] != '\0' && strchr("*+-?", p[i]))
                crude *= positions;
        return crude;
    }
    double per_start = shape.items;
    for (int i = 0; i < shape.costly; i++)
        per_start *= positions;
    double starts = shape.anchored ? 1 : positions;
    double crude = starts * per_start;
    for (int i = 0; i < shape.n_quantified; i++)
        crude *= positions;
    if (crude <= PATTERN_MAX_STEPS)
        return crude;

    /* Sharpen the bound by reading the subject, as long as it may still come under the cap. */
    size_t scan_left = SCAN_MAX_BYTES;
    double trying = (shape.anchored ? 1 : positions) * (shape.n_prefix > 0 ? shape.n_prefix : 1);
    if (!shape.anchored)
        starts = prefix_hits(s, n, &shape, &scan_left);
    double steps = starts * per_start;
    unsigned char member[256];
    for (int i = 0; i < shape.n_quantified; i++) {
        class_span cl = shape.quantified[i];
        double choices = positions;
        if (*cl.p != '.' && n <= scan_left && steps + trying <= PATTERN_MAX_STEPS) {
            scan_left -= n;
            class_members(cl, member);
            choices = (double)longest_run(s, n, member) + 1;
        }
        steps *= choices;
    }
    return steps + trying;
}

/* ---- the wrappers ------------------------------------------------------------------------- */


/* Checks a find/match/gmatch/gsub call at entry, then runs Lua's own function (upvalue 1). The
 * matcher runs no Lua code of its own, but gsub's replacement function and the loop around a
 * gmatch iterator do, so the budget still covers them. */
static int capped_match(lua_State *L, const char *function, int can_anchor, int is_find)
{
    size_t n, len;
    sandbox_budget_check(L);
    const char *s = luaL_checklstring(L, 1, &n);
    const char *p = luaL_checklstring(L, 2, &len);
    lua_CFunction original = lua_tocfunction(L, lua_upvalueindex(1));
    char why[200];
    if (is_find && (lua_toboolean(L, 4) || !has_specials(p, len))) {
        double steps = len > n ? 0 : (double)(n - len + 1) * (double)len;
        if (steps <= PLAIN_MAX_STEPS)
            return original(L);
        snprintf(why, sizeof why, "a plain search this size could take about %.2g byte comparisons "
                 "(cap %.0e); search a shorter text", steps, PLAIN_MAX_STEPS);
    } else if (len > PATTERN_MAX_BYTES && has_specials(p, len)) {
        snprintf(why, sizeof why, "the pattern is %zu bytes long (cap %d bytes)", len,
                 PATTERN_MAX_BYTES);
    } else {
        double steps = pattern_steps((const unsigned char *)s, n, (const unsigned char *)p, len,
                                     can_anchor);
        if (steps <= PATTERN_MAX_STEPS)
            return original(L);
        snprintf(why, sizeof why, "on a %zu-byte text this pattern could take up to %.2g matching "
                 "steps (cap %.1e); use fewer repetitions (* + - ?) or a shorter text", n,
                 steps < 1e30 ? steps : 1e30, PATTERN_MAX_STEPS);
    }
    return luaL_error(L, "string.%s refused: %s", function, why);
}

static int capped_find(lua_State *L)
{
    return capped_match(L, "find", 1, 1);
}

static int capped_str_match(lua_State *L)
{
    return capped_match(L, "match", 1, 0);
}

static int capped_gmatch(lua_State *L)
{
    return capped_match(L, "gmatch", 0, 0); /* '^' is an ordinary character in gmatch */
}

static int capped_gsub(lua_State *L)
{
    return capped_match(L, "gsub", 1, 0);
}

/* string.rep('', n) would copy nothing n times, for any n up to 2^63. */
static int capped_rep(lua_State *L)
{
    size_t len, sep_len;
    sandbox_budget_check(L);
    luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &sep_len);
    if (n > 0 && len == 0 && sep_len == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    return lua_tocfunction(L, lua_upvalueindex(1))(L);
}

static int refuse_table(lua_State *L, const char *function, lua_Integer count)
{
    return luaL_error(L, "table.%s refused: %I elements (cap %I); work on a smaller table",
                      function, count, TABLE_MAX_ELEMENTS);
}

/* Checks the time budget, then refuses argument arg if it has a metatable (see the top). */
static void plain_table(lua_State *L, const char *function, int arg)
{
    sandbox_budget_check(L);
    if (lua_getmetatable(L, arg)) {
        lua_pop(L, 1);
        luaL_error(L, "table.%s refused: the table has a metatable, whose metamethods would run "
                      "outside the time limit; use a plain table", function);
    }
}

static int capped_concat(lua_State *L)
{
    plain_table(L, "concat", 1);
    return lua_tocfunction(L, lua_upvalueindex(1))(L);
}

static int capped_unpack(lua_State *L)
{
    plain_table(L, "unpack", 1);
    return lua_tocfunction(L, lua_upvalueindex(1))(L);
}

/* table.sort's comparison when none is given: a < b (with the elements' __lt), budget checked. */
static int checked_less(lua_State *L)
{
    sandbox_budget_check(L);
    lua_pushboolean(L, lua_compare(L, 1, 2, LUA_OPLT));
    return 1;
}

/* A comparator that is a C function (upvalue 1), budget checked on every comparison. */
static int checked_comparator(lua_State *L)
{
    sandbox_budget_check(L);
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

/* Whether t (a table without metatable) holds at most SORT_UNCHECKED_MAX numbers or strings
 * only, which Lua compares without any metamethod, quickly enough to need no check. */
static int quick_to_sort(lua_State *L)
{
    if (lua_type(L, 1) != LUA_TTABLE)
        return 0;
    lua_Unsigned n = lua_rawlen(L, 1);
    if (n > SORT_UNCHECKED_MAX)
        return 0;
    for (lua_Integer i = 1; i <= (lua_Integer)n; i++) {
        int type = lua_rawgeti(L, 1, i);
        lua_pop(L, 1);
        if (type != LUA_TNUMBER && type != LUA_TSTRING)
            return 0;
    }
    return 1;
}

/* A Lua comparator runs under the count hook; any other comparison goes through a check, except
 * in a small table of numbers or strings. */
static int capped_sort(lua_State *L)
{
    plain_table(L, "sort", 1);
    if (lua_isnoneornil(L, 2) && quick_to_sort(L)) {
        lua_settop(L, 1);
    } else if (lua_isnoneornil(L, 2)) {
        lua_settop(L, 1);
        lua_pushcfunction(L, checked_less);
    } else if (lua_iscfunction(L, 2)) {
        lua_pushvalue(L, 2);
        lua_pushcclosure(L, checked_comparator, 1);
        lua_replace(L, 2);
    }
    lua_settop(L, 2);
    return lua_tocfunction(L, lua_upvalueindex(1))(L);
}

/* table.move(a, f, e, t) over a huge range of absent keys would loop in C without allocating. */
static int capped_move(lua_State *L)
{
    plain_table(L, "move", 1);
    if (!lua_isnoneornil(L, 5))
        plain_table(L, "move", 5);
    lua_Integer first = luaL_checkinteger(L, 2);
    lua_Integer last = luaL_checkinteger(L, 3);
    lua_Unsigned span = (lua_Unsigned)last - (lua_Unsigned)first;
    if (last >= first && span >= (lua_Unsigned)TABLE_MAX_ELEMENTS)
        return refuse_table(L, "move", (lua_Integer)(span + 1u));
    return lua_tocfunction(L, lua_upvalueindex(1))(L);
}

/* table.insert/remove shift every element up to #t, and #t can be huge for a sparse table (keys
 * 2^40, 2^39, ... 1) or one with a __len metamethod. */
static int capped_shift(lua_State *L, const char *function)
{
    plain_table(L, function, 1);
    if (lua_type(L, 1) == LUA_TTABLE) {
        lua_Integer length = luaL_len(L, 1);
        if (length > TABLE_MAX_ELEMENTS)
            return refuse_table(L, function, length);
    }
    return lua_tocfunction(L, lua_upvalueindex(1))(L);
}

static int capped_insert(lua_State *L)
{
    return capped_shift(L, "insert");
}

static int capped_remove(lua_State *L)
{
    return capped_shift(L, "remove");
}

static const struct capped_function {
    const char *library, *name;
    lua_CFunction wrapper;
} capped_functions[] = {
    {LUA_STRLIBNAME, "find", capped_find},     {LUA_STRLIBNAME, "match", capped_str_match},
    {LUA_STRLIBNAME, "gmatch", capped_gmatch}, {LUA_STRLIBNAME, "gsub", capped_gsub},
    {LUA_STRLIBNAME, "rep", capped_rep},       {LUA_TABLIBNAME, "move", capped_move},
    {LUA_TABLIBNAME, "insert", capped_insert}, {LUA_TABLIBNAME, "remove", capped_remove},
    {LUA_TABLIBNAME, "concat", capped_concat}, {LUA_TABLIBNAME, "sort", capped_sort},
    {LUA_TABLIBNAME, "unpack", capped_unpack},
};

void sandbox_caps_install(lua_State *L)
{
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    for (size_t i = 0; i < sizeof capped_functions / sizeof capped_functions[0]; i++) {
        const struct capped_function *f = &capped_functions[i];
        lua_getfield(L, -1, f->library);
        if (lua_getfield(L, -1, f->name) != LUA_TFUNCTION || !lua_tocfunction(L, -1))
            luaL_error(L, "%s.%s is not a C function: cannot cap it", f->library, f->name);
        lua_pushcclosure(L, f->wrapper, 1);
        lua_setfield(L, -2, f->name);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}
