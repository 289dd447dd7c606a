/* fonts.h — the UI font, found at run time and opened at the sizes the window needs. */
#ifndef CW_WINDOW_FONTS_H
#define CW_WINDOW_FONTS_H

#include <stddef.h>

#include <SDL2/SDL_ttf.h>

typedef enum font_role {
    FONT_BODY,       /* scene text, choices */
    FONT_BOLD,       /* speaker, emphasis */
    FONT_SMALL,      /* progress line, hints, captions */
    FONT_SMALL_BOLD, /* labels */
    FONT_HEADING,    /* section headings */
    FONT_TITLE,      /* the scenario or ending title */
    FONT_ROLE_COUNT
} font_role;

typedef struct font {
    TTF_Font *ttf;
    int id;          /* unique for every font opened: keys the word and layout caches */
    int size;        /* pixel size */
    int height;      /* TTF_FontHeight: the height of a rendered word */
    int line_height; /* distance between lines of wrapped text */
    int space;       /* width of a space */
} font;

typedef struct fonts {
    char regular_path[1024], bold_path[1024];
    void *regular_data, *bold_data; /* the font files, read once */
    size_t regular_size, bold_size;
    font role[FONT_ROLE_COUNT];
    int body_size; /* 0 until fonts_set_size */
    int next_id;
} fonts;

/* Finds DejaVu Sans (and Bold) in the system's fonts-dejavu-core folder, else in the build's
 * assets folder: sets the paths only. Never uses a font named by a scenario. Returns 0, or -1
 * with a message saying what to install. */
int fonts_locate(fonts *f, char *why, size_t why_size);

/* fonts_locate, then reads the files. Returns 0, or -1 with why. */
int fonts_open(fonts *f, char *why, size_t why_size);

/* Opens every role at sizes derived from the body size in pixels. Returns 1 when the sizes
 * changed (callers drop cached words and layouts), 0 when unchanged, -1 on failure. */
int fonts_set_size(fonts *f, int body_size);

void fonts_close(fonts *f);

#endif
