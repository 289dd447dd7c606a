/* screen_help.c — F1 or ?: every key of the window in one list, over the screen it came from;
 * Esc, Enter, F1 or ? go back to it just as it was. */
#include <stdio.h>

#include "widgets.h"

enum { HELP_BACK = 1 };

static const char *const keys[][2] = {
    { "1\xE2\x80\x93" "9", "Select a choice, or add or remove a clause of a draft" },
    { "Enter", "Confirm the choice selected; submit a draft; press the focused button" },
    { "Tab, Shift+Tab, \xE2\x86\x91 \xE2\x86\x93", "Move between choices, boxes and buttons" },
    { "Space", "Press the focused button" },
    { "Esc", "Pause (Carry on now, or Save and quit); go back" },
    { "Backspace", "In a draft: remove the last clause" },
    { "Ctrl + \xE2\x86\x91 \xE2\x86\x93, Delete", "In a draft, on a sentence: move it, remove it" },
    { "Ctrl+Enter", "Confirm or submit, even from a text box" },
    { "Ctrl+A", "In a text box: select all (typing replaces it)" },
    { "Ctrl+V", "In a text box: paste" },
    { "Page Up, Page Down, Home, End", "Scroll" },
    { "Ctrl + +, Ctrl + \xE2\x88\x92, Ctrl+0", "Larger, smaller, usual text size" },
    { "F2", "High contrast on or off" },
    { "F3", "Projector preset on or off" },
    { "F11", "Full screen" },
    { "F1 or ?", "This list" },
    { "Ctrl+Q", "Quit (a session under way is saved first)" },
};

void help_toggle(app *a)
{
    message_state *m = &a->message;
    if (a->screen == SCREEN_HELP) {
        app_show(a, m->help_back, m->help_focus);
        a->ui.scroll = m->help_scroll;
        a->ui.reveal_focus = 0;
        return;
    }
    m->help_back = a->screen;
    m->help_focus = a->ui.focus_id;
    m->help_scroll = a->ui.scroll;
    app_show(a, SCREEN_HELP, HELP_BACK);
    a->ui.reveal_focus = 0; /* read from the top; Enter or Esc still go back */
}

static void help_draw(app *a, int x, int width)
{
    const theme *t = a->theme;
    int u = a->unit, y = u * 3;
    y += gfx_text(&a->g, FONT_TITLE, "Keys", x, y, width, t->text) + u * 2;
    int key_w = width * 2 / 5;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        int kh = gfx_text(&a->g, FONT_BOLD, keys[i][0], x, y, key_w - u, t->text);
        int dh = gfx_text(&a->g, FONT_BODY, keys[i][1], x + key_w, y, width - key_w, t->text);
        y += (kh > dh ? kh : dh) + u / 2;
    }
    y += u * 2;
    widget_button(a, HELP_BACK, "Back", BUTTON_PRIMARY, x, y, 0);
    a->ui.content_height = y + widget_button_height(a, BUTTON_PRIMARY) + u * 4;
}

static void help_action(app *a, int id)
{
    if (id == HELP_BACK)
        help_toggle(a);
}

static void help_escape(app *a)
{
    help_toggle(a);
}

static const char *help_hints(app *a)
{
    (void)a;
    return "Esc, Enter or F1 back";
}

const screen_ops help_screen = {
    .draw = help_draw,
    .action = help_action,
    .escape = help_escape,
    .hints = help_hints,
};
