/* loop.h — the window's one event loop and key map, shared by the trainee's window (app.c), the
 * workshop (workshop_app.c) and the live summary (watch_app.c): sleep until an event or the
 * next timed wake-up, dispatch it, redraw when something changed. One key map gives the keys
 * that mean the same everywhere (Esc: the pause menu or back; F11 full screen; Ctrl + / − / 0
 * text size; Ctrl+Q quit; Tab and arrows move; Enter and Space activate). */
#ifndef CW_WINDOW_LOOP_H
#define CW_WINDOW_LOOP_H

#include <SDL2/SDL.h>

typedef struct app app;

typedef enum key_command {
    KEY_NONE,
    KEY_BACK,          /* Esc: the pause menu, or back */
    KEY_QUIT,          /* Ctrl+Q */
    KEY_TEXT_LARGER,   /* Ctrl + = / + */
    KEY_TEXT_SMALLER,  /* Ctrl + − */
    KEY_TEXT_RESET,    /* Ctrl + 0 */
    KEY_FULLSCREEN,    /* F11 */
    KEY_CONTRAST,      /* F2 */
    KEY_PROJECTOR,     /* F3 */
    KEY_NEXT,          /* Tab, ↓, → */
    KEY_PREVIOUS,      /* Shift+Tab, ↑, ← */
    KEY_PAGE_DOWN,     /* Page Down */
    KEY_PAGE_UP,       /* Page Up */
    KEY_TOP,           /* Home */
    KEY_BOTTOM,        /* End */
    KEY_ACTIVATE       /* Enter, Space */
} key_command;

/* What a key means in every window; KEY_NONE for the screen's own keys (letters, digits). */
key_command keymap_command(const SDL_Keysym *key);

typedef struct loop_handler {
    void *ud;
    void (*draw)(void *ud);                      /* called when the app is dirty */
    void (*event)(void *ud, const SDL_Event *e); /* one event */
    int (*wake_ms)(void *ud);                    /* optional: ms until a timed wake-up, -1 none */
    void (*tick)(void *ud);                      /* optional: after every wake-up */
} loop_handler;

/* Runs until the app stops running (app_quit). */
void loop_run(app *a, const loop_handler *h);

/* F11: full screen on the desktop's resolution, or back to a window. */
void loop_toggle_fullscreen(app *a);

#endif
