/* words.h — the glyph cache: one texture per (font, word), measured once and drawn many times.
 *
 * Words rather than single glyphs: SDL_ttf then kerns within a word exactly as it measured it,
 * and a screen of text is a few hundred copies instead of a few thousand. Textures are white;
 * colour comes from SDL_SetTextureColorMod, so one texture serves every theme. */
#ifndef CW_WINDOW_WORDS_H
#define CW_WINDOW_WORDS_H

#include <SDL2/SDL.h>

#include "fonts.h"

typedef struct word_entry {
    char *bytes; /* NUL-terminated copy of the word; NULL for an empty slot */
    int len;
    int font_id;
    Uint32 hash;
    int width, height;
    SDL_Texture *texture; /* made on first draw */
    unsigned last_frame;
} word_entry;

typedef struct words {
    SDL_Renderer *renderer;
    word_entry *slots;
    int capacity, count;
    unsigned frame;
    long textures_made; /* for measurements */
} words;

int words_init(words *w, SDL_Renderer *renderer); /* 0, or -1 when out of memory */
void words_free(words *w);
void words_clear(words *w); /* after the fonts change */

/* Marks the start of a frame: words unused for a while may be dropped when the cache is full. */
void words_next_frame(words *w);

/* Width in pixels of s[0..len) in font f. */
int words_width(words *w, const font *f, const char *s, int len);

/* Width of s[0..len) without keeping it (used to break over-long words). */
int words_measure_once(const font *f, const char *s, int len);

/* Draws s[0..len) with its top-left corner at x, y. */
void words_draw(words *w, const font *f, const char *s, int len, int x, int y, SDL_Color color);

#endif
