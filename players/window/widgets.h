/* widgets.h — the window's controls, drawn and registered in one call: numbered choice buttons,
 * plain buttons, option rows (radio-like), text boxes, rating marks and bars. Each returns the
 * height (or width) it used, so screens lay out top to bottom. */
#ifndef CW_WINDOW_WIDGETS_H
#define CW_WINDOW_WIDGETS_H

#include "app.h"

/* The keyboard focus: a ring with a clear gap around r, drawn when state has UI_FOCUSED and the
 * keyboard was used last. behind is the colour under the gap. */
void widget_focus_ring(app *a, SDL_Rect r, int state, SDL_Color behind);

typedef enum choice_look {
    LOOK_NORMAL, /* can be chosen */
    LOOK_PICKED, /* the trainee's choice: accent frame, check mark and a word */
    LOOK_DIMMED  /* not chosen, after a choice was made */
} choice_look;

/* A large numbered button. id UI_NONE draws it without making it a control. tag (may be NULL) is
 * a short line under the text, e.g. "Your choice". */
int widget_choice(app *a, int id, int number, const char *text, const char *tag, choice_look look,
                  int x, int y, int width);

/* The same, with order > 0: a picked clause keeps its number and shows its place in the draft
 * (1, 2, 3) in a round mark at the right. */
int widget_choice_ordered(app *a, int id, int number, const char *text, const char *tag, choice_look look,
                          int order, int x, int y, int width);

typedef enum button_style { BUTTON_PRIMARY, BUTTON_SECONDARY, BUTTON_QUIET } button_style;

int widget_button_height(app *a, button_style style);
int widget_button_width(app *a, const char *label, button_style style);
/* Draws a button at x, y; returns its width. flags: UI_FIXED for the bars. */
int widget_button(app *a, int id, const char *label, button_style style, int x, int y, int flags);

/* A selectable row: a ● or ○ mark, a bold label and an optional detail line (id UI_NONE: shown,
 * not selectable). */
int widget_option(app *a, int id, int key, const char *label, const char *detail, int selected,
                  int x, int y, int width);

/* A text box; Enter in it activates enter_id. min_lines sets its smallest height. */
int widget_textbox(app *a, int id, textfield *field, const char *placeholder, int enter_id,
                   int min_lines, int x, int y, int width);

/* A rating as a shape and a word ("✔ Recommended"); returns the width. */
int widget_rating(app *a, cw_rating rating, font_role role, int x, int y);
const char *widget_rating_word(cw_rating rating);

/* A labelled bar: value of max, with the numbers written out. Returns the height. */
int widget_bar(app *a, const char *label, int value, int max, int x, int y, int width);

/* A small caption in capitals-free muted bold, e.g. section labels. Returns the height. */
int widget_caption(app *a, const char *text, int x, int y, int width);
int widget_heading(app *a, const char *text, int x, int y, int width);

/* A phase name as a label: "family meeting" → "Family meeting" (in out; "Scene" when empty). */
const char *widget_phase(const char *phase, char *out, size_t size);

/* A bulleted list item. Returns the height. */
int widget_bullet(app *a, const char *text, int x, int y, int width);

#endif
