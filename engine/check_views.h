/* check_views.h — the views `casewalk check` has already built during one role's walk.
 *
 * Most points the walk reaches differ from one seen before only in variables the scene's texts
 * and conditions never read, and building what a scene shows runs the scenario's text functions
 * at every arrival. Given the role, the state variables they read and the generator (when they
 * draw from it), those functions are deterministic (the walk relies on it), so a view is kept
 * with the values of the variables its build read, and given back for any later state that
 * agrees on all of them. A build that drew from the generator is not kept. The scene a choice's
 * routes lead to is kept alike. */
#ifndef CW_CHECK_VIEWS_H
#define CW_CHECK_VIEWS_H

#include "session_internal.h"

typedef struct check_views check_views;

/* What was kept: a view, or the scene a set of routes led to (target). */
typedef struct check_kept {
    view shown;
    int target;
} check_kept;

/* Slots name what is kept: a scene's view, a choice's routes... (the caller numbers them). */
check_views *check_views_new(const cw_scenario *sc, int n_slots);
void check_views_free(check_views *k);

/* What was kept in slot for a state that agrees with state on what its build read, or NULL. */
const check_kept *check_views_find(const check_views *k, int slot, const value *state);

/* Keeps a copy of v (NULL: none) and target, computed in state for slot: reads[i] is 1 for each
 * state variable the computation read. Returns 0, or -1 when out of memory (it is then not kept). */
int check_views_keep(check_views *k, int slot, const value *state, const unsigned char *reads, const view *v,
                     int target);

#endif
