/* gfx.h — drawing: filled and rounded rectangles, focus rings, and text through the caches.
 * Coordinates are drawable pixels, shifted by the origin (which is how content scrolls). */
#ifndef CW_WINDOW_GFX_H
#define CW_WINDOW_GFX_H

#include <SDL2/SDL.h>

#include "fonts.h"
#include "layout.h"
#include "words.h"

#define GFX_CORNER_SLOTS 8

typedef struct gfx {
    SDL_Renderer *renderer;
    fonts fonts;
    words words;
    layout_cache layouts;
    int dx, dy;     /* origin: added to every coordinate */
    SDL_Rect clip;  /* only this part of the drawable is visible (culling) */
    int measuring;  /* when set, nothing is drawn: screens measure a block before framing it */
    /* Where a page of content may end (content y, before the origin), collected while breaks is
     * set: each wrapped line's top, and what gfx_break adds; none inside a kept block (keep > 0). */
    int *breaks;
    int n_breaks, max_breaks, keep;
    SDL_Texture *corner[GFX_CORNER_SLOTS]; /* anti-aliased discs, white, one per radius */
    int corner_radius[GFX_CORNER_SLOTS];
    unsigned corner_used[GFX_CORNER_SLOTS], corner_clock;
} gfx;

/* Fonts must be open; sets up the caches. Returns 0 or -1. */
int gfx_init(gfx *g, SDL_Renderer *renderer);
void gfx_free(gfx *g);

/* Sets the body text size in pixels; drops cached words and layouts when fonts change. */
int gfx_set_text_size(gfx *g, int body_size);

const font *gfx_font(const gfx *g, font_role role);

void gfx_set_clip(gfx *g, SDL_Rect clip); /* in drawable pixels, not shifted */
void gfx_fill(gfx *g, SDL_Rect r, SDL_Color c);
void gfx_round_fill(gfx *g, SDL_Rect r, int radius, SDL_Color c);
/* A rounded rectangle with a border of thickness line. */
void gfx_round_frame(gfx *g, SDL_Rect r, int radius, int line, SDL_Color border, SDL_Color fill);
/* A ring of thickness line drawn gap pixels outside r, over background bg. */
void gfx_focus_ring(gfx *g, SDL_Rect r, int radius, int gap, int line, SDL_Color ring, SDL_Color bg);

/* Wrapped text: the layout (cached), and drawing it with its top-left at x, y. */
const layout *gfx_layout(gfx *g, font_role role, const char *text, int max_width);
void gfx_draw_layout(gfx *g, const layout *l, int x, int y, SDL_Color c);
/* Lays out and draws; returns the height used. */
int gfx_text(gfx *g, font_role role, const char *text, int x, int y, int max_width, SDL_Color c);

/* A place where a page may end, as collected above (nothing when not collecting or kept). */
void gfx_break(gfx *g, int y);

/* One line, unwrapped: its width, and drawing it (returns the width). y is the line's top. */
int gfx_label_width(gfx *g, font_role role, const char *text);
int gfx_label(gfx *g, font_role role, const char *text, int x, int y, SDL_Color c);

#endif
