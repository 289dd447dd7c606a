/* svg.h — the pieces every figure shares: colors and labelled bars (svg.c). */
#ifndef CW_REPORT_SVG_H
#define CW_REPORT_SVG_H

#include <stdio.h>

#include "casewalk.h"

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

#endif
