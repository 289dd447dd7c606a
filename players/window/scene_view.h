/* scene_view.h — the top of a decision: the quiet progress line, the speaker and the scene text. */
#ifndef CW_WINDOW_SCENE_VIEW_H
#define CW_WINDOW_SCENE_VIEW_H

#include "app.h"

/* Draws a->step's progress, speaker and text at x, y; returns the height used. */
int scene_view(app *a, int x, int y, int width);

/* Fills a->hints with the keys of a decision screen and returns it. */
const char *scene_hints(app *a, const char *keys);

#endif
