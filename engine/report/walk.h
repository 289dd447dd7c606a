/* walk.h — walking a scenario through the public session interface (walk.c). */
#ifndef CW_REPORT_WALK_H
#define CW_REPORT_WALK_H

#include <stdint.h>

#include "casewalk.h"
#include "casewalk_report.h"
#include "report/arena.h"

/* One answer as ids, the way a record keeps it. */
typedef struct walk_plan_item {
    const char *scene;
    int is_draft;
    const char *chosen;             /* choice id */
    const char *const *clauses;     /* drafts: clause ids in order */
    int n_clauses;
    const char *own;                /* drafts: own sentence, or NULL */
} walk_plan_item;

typedef struct walk_answer {
    int is_draft;
    int positions[64]; /* 0-based among what the step shows */
    int n_positions;
    const char *own;
} walk_answer;

typedef struct walk_option {
    const char *id, *text;
    cw_rating rating; /* CW_RATING_NONE when not tried */
} walk_option;

typedef struct walk_step {
    cw_step_kind kind;
    const char *scene, *phase, *speaker, *text, *discussion;
    walk_option *options; /* choices, or clauses */
    int n_options;
    int picked;           /* choice steps: the option picked; -1 otherwise */
    walk_answer answer;
    /* what the pick came to (choice and compose steps) */
    cw_rating rating;
    int points, max_points;
    const char *chosen_text, *feedback, *rationale;
    const char *const *flags;
    int n_flags;
    const char *const *missing;
    int n_missing;
    const char *ending_title, *classification; /* endings */
} walk_step;

typedef struct walk_route {
    walk_step *steps;
    int n_steps;
    const char *stopped; /* why the walk ended before an ending, or NULL */
} walk_route;

typedef enum walk_policy {
    WALK_REPLAY,      /* the plan, answer by answer; stop where it no longer fits */
    WALK_RECOMMENDED, /* a recommended option at each step (the plan's where it is one) */
    WALK_ALONGSIDE    /* another role beside the plan: its answer where offered, else a
                         recommended one; stop where the scenes part */
} walk_policy;

typedef struct walk_request {
    cw_scenario *scenario;
    const char *role;
    uint64_t seed;
    walk_policy policy;
    const walk_plan_item *plan;
    int n_plan;
    int rate_options; /* try every choice to learn its rating (a replay per choice) */
    int max_steps;    /* 0 = 200 */
} walk_request;

/* Walks the scenario; the route's strings live in arena. Returns 0 (a mismatch only ends the
 * walk, with route->stopped saying why), or -1 with err when memory ran out. */
int walk_scenario(const walk_request *req, report_arena *arena, walk_route *route, cw_error *err);

/* A recorded decision as a plan item. */
walk_plan_item walk_plan_from_decision(const cw_report_decision *d);

#endif
