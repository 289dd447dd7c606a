/* theme.h — the window's colour themes: calm (default), high contrast, and the projector preset. */
#ifndef CW_WINDOW_THEME_H
#define CW_WINDOW_THEME_H

#include <SDL2/SDL.h>

#include "casewalk.h"

typedef enum theme_id { THEME_CALM, THEME_HIGH_CONTRAST, THEME_PROJECTOR, THEME_COUNT } theme_id;

typedef struct theme {
    const char *name;  /* as written in window.conf */
    const char *label; /* as shown to the trainee */
    SDL_Color background, surface, panel, bar;
    SDL_Color text, muted, border, border_strong;
    SDL_Color accent, on_accent, accent_soft, focus;
    SDL_Color rating[CW_RATING_MAX_POINTS + 1]; /* indexed by cw_rating; always with a shape and a word */
    int line;                                   /* border thickness at 1x, in pixels */
} theme;

const theme *theme_get(theme_id id);
theme_id theme_parse(const char *name); /* THEME_CALM for anything unknown */

#endif
