/* report_internal.h — what the report_*.c files share and nothing outside them needs: an arena
 * for strings, safe text output, the scenario walker, SVG pieces and the practice points. */
#ifndef CW_REPORT_INTERNAL_H
#define CW_REPORT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "casewalk.h"
#include "casewalk_report.h"

/* ---- report_arena.c: memory freed all at once ---------------------------------------------- */

typedef struct arena_block arena_block;
typedef struct report_arena {
    arena_block *head; /* the block being filled; older blocks follow */
    int failed;        /* an allocation failed */
} report_arena;

void *arena_alloc(report_arena *a, size_t size);  /* zeroed, aligned; NULL when out of memory */
char *arena_strdup(report_arena *a, const char *s);  /* NULL in, NULL out */
char *arena_printf(report_arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void arena_reset(report_arena *a); /* keeps the first block for reuse */
void arena_free(report_arena *a);

/* A growing array of fixed-size items (malloc'd; kept across resets). */
typedef struct report_vec {
    void *items;
    int count, cap;
    size_t item_size;
} report_vec;

void *vec_push(report_vec *v); /* a zeroed new item, or NULL when out of memory */
void vec_free(report_vec *v);

/* report_session.c: the arena a session's strings live in (for texts filled in later), and
 * whether s is a stable id (letters, digits, '-', '_'). */
report_arena *report_session_arena(cw_report_session *s);
int report_is_id(const char *s);

/* ---- report_text.c: writing untrusted text ----------------------------------------------- */

/* Writes s shown by cw_text_show_char (control characters as \x1b, \u009b ...), so a record or
 * a scenario cannot drive the terminal. */
void text_put(FILE *out, const char *s);
/* As text_put, on one line (a newline shows as \n); cut at max_chars characters with "…". */
void text_put_line(FILE *out, const char *s, int max_chars);
/* HTML-escapes s (& < > " ') and drops control characters. NULL writes nothing. */
void html_put(FILE *out, const char *s);
/* html_put of at most max_chars characters, with "…" when cut. */
void html_put_cut(FILE *out, const char *s, int max_chars);
/* UTF-8 characters in s (not bytes). */
int text_chars(const char *s);
/* "41.2 s", "2 min 05 s" */
void format_duration(int64_t ms, char *out, size_t size);
/* A median read from a timing histogram: "≈ 41.2 s", "under 0.1 s", "no times". */
void format_median(double ms, char *out, size_t size);
/* "CPS", "DV", or the role id as written. */
const char *role_short_label(const char *role_id, char *buf, size_t size);

/* ---- report_html.c: the page around a report ---------------------------------------------- */

/* Opens a self-contained page: inline style sheet (screen and print), no scripts, no network. */
void html_begin(FILE *out, const char *title);
void html_end(FILE *out);

/* ---- report_svg.c: figures ---------------------------------------------------------------- */

typedef struct svg_bar {
    const char *label;  /* shown left of the bar */
    double value, max;  /* bar length value/max */
    const char *note;   /* shown right of the bar, e.g. "7 of 9" */
    const char *colour; /* CSS colour */
} svg_bar;

/* Horizontal bars, one per row, label column of label_width px. */
void svg_bars(FILE *out, const svg_bar *bars, int n, int width, int label_width, const char *title);
/* Writes text as <tspan> lines of at most width characters (broken at spaces, a word longer than
 * a line broken across lines, the last line cut with "…"), starting at x, each line_height below
 * the last; out NULL only counts. Returns the number of lines. */
int svg_text_lines(FILE *out, const char *text, int width, int max_lines, int x, int line_height);
/* Colours shared by every figure. */
const char *svg_rating_colour(cw_rating rating);
const char *svg_rating_mark(cw_rating rating); /* ✓ recommended, ~ acceptable, ! concerning, ✕ harmful */
const char *svg_role_colour(int role_index); /* 0: CPS blue, 1: DV amber, then greys */
const char *svg_ending_colour(const char *classification);

/* ---- report_route.c: walking a scenario through the public session interface ------------- */

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

/* ---- report_practice.c: the practice points a rationale cites ------------------------------- */

#define PRACTICE_POINT_COUNT 25
/* The point's short statement, or NULL when number is out of range. */
const char *practice_point(int number);
/* The point numbers a text cites as "point 4" or "points 13, 14" (at most max). */
int practice_points_cited(const char *text, int *numbers, int max);

/* ---- report_uuid.c ---------------------------------------------------------------------------- */

/* A UUID (version 8) derived from namespace_uuid and name: the same inputs, the same UUID. */
void uuid_derived(const char *namespace_uuid, const char *name, char out[37]);

/* ---- report_timing.c: medians in bounded memory ------------------------------------------- */

/* Times to decide in logarithmic buckets: bucket 0 holds [0, 100 ms); bucket b >= 1 holds
 * [100·2^((b-1)/8), 100·2^(b/8)) ms, so each bucket is 9 % wide and a median read from the
 * buckets is within about 4.5 % of the true one, in 192 counters whatever the number of
 * answers. */
#define TIMING_BUCKETS 192
typedef struct timing_histogram {
    uint32_t bucket[TIMING_BUCKETS];
    uint32_t count;
} timing_histogram;

void timing_add(timing_histogram *h, int64_t ms);
void timing_merge(timing_histogram *into, const timing_histogram *from);
double timing_median(const timing_histogram *h); /* ms; -1 when empty */

#endif
