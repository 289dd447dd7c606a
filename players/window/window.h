/* window.h — the SDL2 window front end: launcher, reading view, compose step, end screen. */
#ifndef CW_WINDOW_H
#define CW_WINDOW_H

#include "play_options.h"

/* True when a window can be opened here (a display, or SDL_VIDEODRIVER=offscreen/dummy).
 * Sets *why to a one-line reason when it cannot. */
int window_available(const char **why);

/* Plays options->scenario (or shows the launcher when it is NULL) in the window.
 * Returns one of the EXIT_* codes of play_options.h. */
int window_play(const play_options *options);

#endif
