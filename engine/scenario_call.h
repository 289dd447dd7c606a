/* scenario_call.h — calling a scenario's own functions (when, routes, text, rubric) with the
 * session's state as a read-only view that refuses undeclared names. All go through sandbox_call. */
#ifndef CW_SCENARIO_CALL_H
#define CW_SCENARIO_CALL_H

#include "scenario_model.h"

typedef struct call_context {
    cw_scenario *sc;
    const value *state; /* sc->n_vars values */
    int role;           /* role index */
    cw_rng *rng;        /* math.random draws from it */
} call_context;

/* line: the scenario line the function belongs to, for errors without one.
 * Calls function(s, role) and returns its truth in *result. */
int call_condition(const call_context *cx, int ref, int line, int *result, cw_error *err);
/* Calls function(s, role) that must return a string; *out is malloc'd. */
int call_text(const call_context *cx, int ref, int line, char **out, cw_error *err);

typedef struct rubric_result {
    double score, max;
    cw_rating rating;
    char *feedback;
    char **flags; /* NULL-terminated */
    int n_flags;
    char **missing; /* NULL-terminated */
    int n_missing;
} rubric_result;

/* Calls rubric(draft, s, role) with draft = { clauses = {...}, own = "...", text = "..." }. The
 * caller frees out with rubric_result_free whether it succeeds or not. */
int call_rubric(const call_context *cx, const scene *s, const char *const *clause_ids, int n_clauses,
                const char *own, const char *text, rubric_result *out, cw_error *err);
/* The same, marking in reads[i] (cleared by the caller) each state variable the rubric reads:
 * check keeps the score for every state that agrees on those. */
int call_rubric_tracked(const call_context *cx, const scene *s, const char *const *clause_ids, int n_clauses,
                        const char *own, const char *text, unsigned char *reads, rubric_result *out, cw_error *err);
void rubric_result_free(rubric_result *r);

/* The index of the first route that applies, or -1 with err (none applies, or a when failed). */
int choose_route(const call_context *cx, const routes *rs, int line, int *scene_index, cw_error *err);

#endif
