/* layout.h — wrapping UTF-8 text into lines, and the cache that lays a text out once per change.
 *
 * Paragraphs are separated by a blank line; a single line break starts a new line. Lines break
 * between words; a word wider than the line breaks between characters (never inside one). */
#ifndef CW_WINDOW_LAYOUT_H
#define CW_WINDOW_LAYOUT_H

#include "words.h"

typedef struct layout_run {
    int start, len; /* bytes of the text */
    int x;          /* from the left edge of the layout */
} layout_run;

typedef struct layout_line {
    int first_run, n_runs;
    int y;     /* from the top of the layout */
    int start; /* byte offset where the line begins (for the cursor of a text box) */
} layout_line;

typedef struct layout {
    char *text; /* owned copy */
    int text_len;
    const font *font;
    int font_id, max_width;
    layout_run *runs;
    int n_runs;
    layout_line *lines;
    int n_lines;
    int width, height; /* the extent of the text */
    unsigned last_used;
    Uint32 hash;
} layout;

#define LAYOUT_CACHE_SIZE 160

typedef struct layout_cache {
    layout entries[LAYOUT_CACHE_SIZE];
    unsigned clock;
    long computed; /* layouts computed (for measurements) */
} layout_cache;

/* The layout of text in font f wrapped at max_width, from the cache or computed now. The pointer
 * is valid until the next layout_get or layout_cache_clear. Never NULL: out of memory gives an
 * empty layout. */
const layout *layout_get(layout_cache *cache, words *w, const font *f, const char *text, int max_width);

void layout_cache_clear(layout_cache *cache);

/* Where the cursor at byte offset sits: its x and the top y of its line. */
void layout_cursor_position(const layout *l, words *w, int offset, int *x, int *y);

#endif
