/* scene_view.h — the top of a decision: the quiet progress line, the speaker and the scene text. */
#ifndef CW_WINDOW_SCENE_VIEW_H
#define CW_WINDOW_SCENE_VIEW_H

#include <stddef.h>

#include "app.h"

/* Draws a->step's progress, speaker and text at x, y; returns the height used. */
int scene_view(app *a, int x, int y, int width);

/* "Decision 3 of about 7": the number, and the scenario's usual length when it is not past it. */
const char *scene_progress(app *a, int number, char *out, size_t size);

/* Fills a->hints with the keys of a decision screen and returns it. */
const char *scene_hints(app *a, const char *keys);

#endif
