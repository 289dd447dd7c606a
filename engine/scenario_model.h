/* scenario_model.h — a loaded scenario as C data: what scenario_load.c builds from the Lua table,
 * what the session runs and what check explores. Lua functions are kept as registry references. */
#ifndef CW_SCENARIO_MODEL_H
#define CW_SCENARIO_MODEL_H

#include <lauxlib.h> /* LUA_NOREF */

#include "casewalk.h"
#include "id_index.h"
#include "sandbox.h"

#define MAX_ROLES 16

typedef enum value_type { VALUE_BOOL, VALUE_NUMBER, VALUE_STRING } value_type;

typedef struct value {
    value_type type;
    int boolean;
    double number;
    char *string; /* owned */
} value;

typedef struct state_var {
    char *name;
    value initial;
} state_var;

typedef struct effect {
    int var;    /* index into scenario->vars */
    int is_add; /* add a number rather than set */
    value value;
} effect;

typedef struct route {
    char *target;
    int scene; /* index of the target scene */
    int when;  /* registry ref of function(s, role), or LUA_NOREF */
    int line;
} route;

typedef struct routes {
    route *items;
    int count;
} routes;

/* Text that may differ by role: a function, or per-role strings with a default. */
typedef struct role_text {
    char **by_role;  /* MAX_ROLES entries, NULL where the role has none; NULL when no role has its own
                      * (most texts: a session touches 24 bytes per text, not 150) */
    char *fallback;  /* the plain string, or the "default" key */
    int function;    /* registry ref, or LUA_NOREF */
    unsigned fills;  /* bit r: by_role[r] has a ${...} to fill in; bit MAX_ROLES: the fallback has.
                      * A text without one is shown as it is, never copied or scanned */
    struct text_plan *plan;        /* the fallback's placeholders (text_plan.h), or NULL: held here
                                    * rather than in an array, one cold pointer fewer per step */
    struct text_plan **role_plans; /* MAX_ROLES entries for by_role's, or NULL when none fills */
} role_text;

#define ROLE_TEXT_FALLBACK_FILLS (1u << MAX_ROLES)

/* The role's own string of t, or NULL. */
static inline const char *role_text_own(const role_text *t, int role)
{
    return t->by_role ? t->by_role[role] : NULL;
}

typedef struct choice {
    char *id;
    int line;
    role_text text;
    unsigned role_mask; /* bit per role index; 0 = every role */
    int when;           /* registry ref, or LUA_NOREF */
    effect *effects;
    int n_effects;
    routes go;
    cw_rating rating;
    char *feedback, *rationale;
    char **tags;
    int n_tags;
    int pin;   /* 0: drawn with the rest; n > 0: n-th shown; -n: n-th from the end (-1 = last) */
    char *act; /* the practice act this choice stands for, compared across scenarios; or NULL */
} choice;

typedef struct clause {
    char *id, *text;
    int line;
} clause;

typedef struct compose_step {
    char *prompt;
    clause *clauses;
    int n_clauses;
    int min, max;
    int own_text;
    int rubric;    /* registry ref */
    int score_var; /* index, or -1 */
    char *rationale;
    char **tags;
    int n_tags;
} compose_step;

typedef struct secret {
    char *id;
    int line;
    int holder;        /* role index */
    int released_var;  /* index of the state variable that releases it, or -1 */
    char *text, *withheld;
} secret;

typedef struct scene {
    char *id;
    int line;
    int is_ending;
    char *phase;
    char *title; /* a short title for reports (optional), e.g. "Weighing the risk" */
    role_text speaker, text;
    char *discussion, *reason;
    int *reveal; /* secret indexes */
    int n_reveal;
    int pinned;  /* some choice has a pin: the drawn order puts it in its slot */
    int shuffle; /* -1 not said (drawn; authored in records made before drawing was the default),
                  * 1 drawn, 0 authored order */
    choice *choices;
    int n_choices;
    compose_step *compose; /* NULL unless a drafting step */
    routes go;             /* a drafting step's way on */
    char *ending_title, *classification;
} scene;

struct cw_scenario {
    cw_scenario_info info;
    sandbox *sb;
    char *path;
    int line; /* of the scenario constructor */
    char *strings[8]; /* owned metadata strings behind info */
    char **content_notes, **objectives;
    cw_role roles[MAX_ROLES];
    int n_roles;
    state_var *vars;
    int n_vars;
    secret *secrets;
    int n_secrets;
    scene *scenes;
    int n_scenes;
    int start;
    int state_metatable; /* registry ref: refuses undeclared names and writes */
    /* The state view scenario functions get, built once and refreshed in place (scenario_call.c):
     * registry refs of the proxy and of the values behind it, and a C copy of those values. */
    int view_proxy, view_values;
    value *view_state;
    /* check: the view marks in reads[i] each state variable a function reads (while reads is not
     * NULL); built that way only when view_tracks is set, so that play reads the values directly. */
    int view_tracks, view_tracking;
    unsigned char *reads;
    id_index scene_ids, var_ids; /* built by the loader; a duplicate id maps to its first holder */
    struct scenario_map *map; /* the read-only map for reports, built after validation */
    char *pack; /* what steps read of each scene, scene after scene (scenario_pack.c), or NULL */
    size_t pack_bytes;
    size_t *pack_at; /* where each scene's part of pack starts, and (at n_scenes) its end */
    const void **conditions; /* each scene's choice conditions in memory, scene after scene */
    size_t *conditions_at;   /* where each scene's start in conditions, and (at n_scenes) the end */
};

/* Lookups by id; -1 when absent. */
int scenario_scene_index(const cw_scenario *scenario, const char *id);
int scenario_var_index(const cw_scenario *scenario, const char *name);
int scenario_role_index(const cw_scenario *scenario, const char *id);

/* Static validation after loading (ids, targets, declared variables, ratings, tags). Reports each
 * problem through report; returns the number reported. */
int scenario_validate(const cw_scenario *scenario, cw_finding_fn report, void *ud);

/* scenario_map.c: builds and frees the map behind cw_scenario_scene. */
int scenario_map_build(cw_scenario *scenario);
void scenario_map_free(struct scenario_map *map);

/* Copies value (the string too); frees a value's string. */
int value_copy(value *dst, const value *src);
void value_free(value *v);
int value_equal(const value *a, const value *b);
/* "true"/"false", a number without a needless ".0", or the string. */
void value_format(const value *v, char *out, size_t size);

#endif
