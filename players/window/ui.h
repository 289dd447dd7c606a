/* ui.h — the controls of the frame on screen: where they are, which has the focus, which the
 * pointer is over, and how far the content is scrolled. Screens register controls as they draw
 * them; events are then matched against the controls of the last frame. */
#ifndef CW_WINDOW_UI_H
#define CW_WINDOW_UI_H

#include <SDL2/SDL.h>

#include "textfield.h"

#define UI_MAX_CONTROLS 256
#define UI_NONE (-1)

enum ui_flag {
    UI_FIXED = 1, /* in the bars, not scrolled with the content */
    UI_TEXT = 2,  /* a text box: takes typing */
    UI_NOFOCUS = 4 /* for the pointer only: Tab passes over it (it has a keyboard equivalent) */
};

enum ui_state_bits { UI_FOCUSED = 1, UI_HOVERED = 2, UI_PRESSED = 4 };

typedef struct ui_control {
    int id;
    SDL_Rect rect; /* content coordinates, or drawable coordinates when UI_FIXED */
    int key;       /* the number key (1-9) that activates it, 0 for none */
    int flags;
    int enter_id;      /* UI_TEXT: the control Enter activates, UI_NONE for none */
    textfield *field;  /* UI_TEXT: the text it edits */
} ui_control;

typedef struct ui_state {
    ui_control controls[UI_MAX_CONTROLS];
    int n_controls;
    int focus_id;      /* UI_NONE when nothing has the focus */
    int focus_visible; /* the ring shows after keyboard use, not after a click */
    int hover_id, press_id;
    SDL_Rect view;      /* the scrolling area, in drawable pixels */
    int scroll;         /* pixels of content above the view */
    int content_height; /* set by the screen as it draws */
    int reveal_focus;   /* scroll the focused control into view after the next frame */
} ui_state;

void ui_begin_frame(ui_state *ui);

/* Registers a control for this frame and returns its UI_FOCUSED/HOVERED/PRESSED bits. */
int ui_add(ui_state *ui, int id, SDL_Rect rect, int key, int flags);
/* Registers a text box; Enter in it activates enter_id. */
int ui_add_text(ui_state *ui, int id, SDL_Rect rect, textfield *field, int enter_id);

const ui_control *ui_find(const ui_state *ui, int id);
const ui_control *ui_focused(const ui_state *ui);
int ui_control_at(const ui_state *ui, int x, int y); /* drawable coordinates → id or UI_NONE */
int ui_control_for_key(const ui_state *ui, int number);

void ui_focus(ui_state *ui, int id);
void ui_focus_step(ui_state *ui, int direction); /* +1 next, -1 previous; wraps */

/* Scrolling: keep scroll within the content; bring the focused control into view. Each returns
 * 1 when the scroll changed (the frame must be drawn again). */
int ui_clamp_scroll(ui_state *ui);
int ui_reveal(ui_state *ui);
void ui_scroll_by(ui_state *ui, int dy);

#endif
