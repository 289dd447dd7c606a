/* scenario_helpers.c — functions written in Lua that the engine gives every scenario while it
 * loads, beside the constructors: for now `rubric_from_parts`, the drafting rubric of required,
 * extra and flagged clauses that several cases share (docs/scenario-format.md, "Rubrics from
 * parts").
 *
 * The helpers are compiled into the binary as source text and run in the scenario's own sandboxed
 * environment, under the same budgets as the scenario's code: they give an author nothing the
 * sandbox does not already allow. They keep the library functions they use in locals when they
 * are installed, so a scenario that reassigns `string` or `ipairs` cannot change how they score. */
#include <lauxlib.h>
#include <lua.h>
#include <string.h>

#include "scenario_load.h"

/* The scoring: a draft missing a required clause scores at most 2 ("harmful" with none of them,
 * "concerning" otherwise); a complete draft with a flagged clause, or a flagged phrase in the
 * trainee's own sentence, scores 3 ("concerning"); a complete, clean draft scores 5
 * ("acceptable") plus one for each extra clause, up to two ("recommended", out of 7). */
static const char rubric_from_parts_source[] =
    "local ipairs, pairs, type, error, min = ipairs, pairs, type, error, math.min\n"
    "local find, lower = string.find, string.lower\n"
    "local function need(cond, what)\n"
    "  if not cond then error('rubric_from_parts: ' .. what, 3) end\n"
    "end\n"
    "local function strings(list)\n"
    "  if type(list) ~= 'table' or #list == 0 then return false end\n"
    "  for _, v in ipairs(list) do if type(v) ~= 'string' then return false end end\n"
    "  return true\n"
    "end\n"
    "return function(parts)\n"
    "  need(type(parts) == 'table', 'takes a table')\n"
    "  local core, extras = parts.core, parts.extras\n"
    "  local flagged, own_flags = parts.flagged or {}, parts.own_text_flags or {}\n"
    "  local missing, fb = parts.missing, parts.feedback\n"
    "  need(strings(core), '`core` must list the clause ids a draft needs')\n"
    "  need(strings(extras), '`extras` must list the clause ids that add to a complete draft')\n"
    "  need(type(flagged) == 'table', '`flagged` must map clause ids to the reason each is flagged')\n"
    "  for k, v in pairs(flagged) do\n"
    "    need(type(k) == 'string' and type(v) == 'string', '`flagged` must map clause ids to the reason each is flagged')\n"
    "  end\n"
    "  need(type(own_flags) == 'table', '`own_text_flags` must be a list of { phrase, reason }')\n"
    "  for _, f in ipairs(own_flags) do\n"
    "    need(type(f) == 'table' and type(f[1]) == 'string' and type(f[2]) == 'string',\n"
    "         '`own_text_flags` must be a list of { phrase, reason }')\n"
    "  end\n"
    "  need(strings(missing) and #missing == #core,\n"
    "       '`missing` must say what is lacking for each `core` clause, in order')\n"
    "  need(type(missing.extra) == 'string', '`missing.extra` must say what is lacking without an extra')\n"
    "  need(type(fb) == 'table', '`feedback` must be a table')\n"
    "  for _, k in ipairs({ 'core', 'flags', 'thin', 'good' }) do\n"
    "    need(type(fb[k]) == 'string', '`feedback.' .. k .. '` must be a string')\n"
    "  end\n"
    "  return function(draft)\n"
    "    local has, flags, lacking = {}, {}, {}\n"
    "    for _, id in ipairs(draft.clauses) do\n"
    "      has[id] = true\n"
    "      if flagged[id] then flags[#flags + 1] = flagged[id] end\n"
    "    end\n"
    "    local own = lower(draft.own or '')\n"
    "    for _, f in ipairs(own_flags) do\n"
    "      if find(own, f[1], 1, true) then flags[#flags + 1] = f[2] end\n"
    "    end\n"
    "    local n_core, n_extra = 0, 0\n"
    "    for i, id in ipairs(core) do\n"
    "      if has[id] then n_core = n_core + 1 else lacking[#lacking + 1] = missing[i] end\n"
    "    end\n"
    "    for _, id in ipairs(extras) do\n"
    "      if has[id] then n_extra = n_extra + 1 end\n"
    "    end\n"
    "    n_extra = min(n_extra, 2)\n"
    "    if n_extra == 0 then lacking[#lacking + 1] = missing.extra end\n"
    "    local score, rating, feedback\n"
    "    if n_core < #core then\n"
    "      score, rating, feedback = min(n_core, 2), n_core == 0 and 'harmful' or 'concerning', fb.core\n"
    "    elseif #flags > 0 then\n"
    "      score, rating, feedback = 3, 'concerning', fb.flags\n"
    "    elseif n_extra == 0 then\n"
    "      score, rating, feedback = 5, 'acceptable', fb.thin\n"
    "    else\n"
    "      score, rating, feedback = 5 + n_extra, 'recommended', fb.good\n"
    "    end\n"
    "    return { score = score, max = 7, rating = rating, flags = flags, missing = lacking,\n"
    "             feedback = feedback }\n"
    "  end\n"
    "end\n";

/* Installs the helpers into the environment at the top of the stack. Runs inside the loader's
 * protected call: an error here (only ever out of memory) ends the load cleanly. */
void scenario_install_helpers(lua_State *L)
{
    if (luaL_loadbufferx(L, rubric_from_parts_source, sizeof rubric_from_parts_source - 1,
                         "=rubric_from_parts", "t") != LUA_OK)
        lua_error(L);
    lua_pushvalue(L, -2);
    if (!lua_setupvalue(L, -2, 1)) /* _ENV: the scenario's environment */
        lua_pop(L, 1);
    lua_call(L, 0, 1);
    lua_setfield(L, -2, "rubric_from_parts");
}
