/* result_view.h — one decision's outcome: rating (shape and word), points, feedback, the phrases
 * a rubric flagged and what a draft lacks. Shown after a decision in practice mode and, for every
 * decision, on the end screen. */
#ifndef CW_WINDOW_RESULT_VIEW_H
#define CW_WINDOW_RESULT_VIEW_H

#include "app.h"

/* Draws the panel at x, y; with_choice adds what was chosen and the reason given (end screen).
 * Returns its height. */
int result_view(app *a, const cw_result *r, int with_choice, int x, int y, int width);

/* Ends a decision's page from y: once decided, the result panel (when r) and the Continue
 * button; then the status line and the page's content height. */
void result_view_close_page(app *a, int decided, const cw_result *r, int x, int y, int width);

#endif
