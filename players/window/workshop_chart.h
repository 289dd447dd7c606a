/* workshop_chart.h — bars of votes split by role, for the workshop and the live summary: one row
 * per role under each choice, each role with its own pattern (solid, striped, dotted, outlined)
 * as well as its own colour, and every bar written out in numbers. */
#ifndef CW_WINDOW_WORKSHOP_CHART_H
#define CW_WINDOW_WORKSHOP_CHART_H

#include "app.h"

#define CHART_MAX_GROUPS 4

typedef struct chart_group {
    const char *label;  /* "CPS", "DV", "All" */
    const int *counts;  /* per choice */
    const int *offered; /* per choice, 1 where offered; NULL = all offered */
    int total;          /* answers of the group: bars show each count's share of it */
    int pattern;        /* chart_pattern_for(role id) */
} chart_group;

/* The pattern a role always gets: cps 0 (solid), dv 1 (striped), others 2 and 3, pooled 3. */
int chart_pattern_for(const char *role_id, int index);

/* Orders groups by pattern, so that CPS comes first and DV second wherever they are shown. */
void chart_sort(chart_group *groups, int n_groups);

/* Fills r with a pattern. */
void chart_swatch(app *a, int pattern, SDL_Rect r);

/* The bars of one choice, a row per group. Returns the height. */
int chart_bars(app *a, const chart_group *groups, int n_groups, int choice, int x, int y, int width);

/* "■ CPS  ▥ DV": what each pattern stands for. Returns the height. */
int chart_legend(app *a, const chart_group *groups, int n_groups, int x, int y, int width);

#endif
