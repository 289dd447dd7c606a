/* screen_message.c — a plain page with a title, a few sentences and a detail line: "Paused —
 * resume from the launcher", or what went wrong. */
#include <stdio.h>

#include "widgets.h"

enum { MESSAGE_BACK = 1, MESSAGE_QUIT = 2 };

void message_show(app *a, const char *title, const char *text, const char *detail)
{
    message_state *m = &a->message;
    snprintf(m->title, sizeof m->title, "%s", title);
    snprintf(m->text, sizeof m->text, "%s", text);
    snprintf(m->detail, sizeof m->detail, "%s", detail ? detail : "");
    app_show(a, SCREEN_MESSAGE, MESSAGE_BACK);
}

int message_body_draw(app *a, int x, int width)
{
    const message_state *m = &a->message;
    const theme *t = a->theme;
    int u = a->unit, y = u * 6;
    y += gfx_text(&a->g, FONT_TITLE, m->title, x, y, width, t->text) + u * 2;
    if (m->text[0])
        y += gfx_text(&a->g, FONT_BODY, m->text, x, y, width, t->text) + u * 2;
    if (m->detail[0])
        y += gfx_text(&a->g, FONT_SMALL, m->detail, x, y, width, t->muted) + u * 2;
    return y;
}

static void message_draw(app *a, int x, int width)
{
    int u = a->unit, y = message_body_draw(a, x, width);
    y += u;
    int bx = x;
    bx += widget_button(a, MESSAGE_BACK, "Back to the launcher", BUTTON_PRIMARY, bx, y, 0) + u * 2;
    widget_button(a, MESSAGE_QUIT, "Quit", BUTTON_SECONDARY, bx, y, 0);
    a->ui.content_height = y + widget_button_height(a, BUTTON_PRIMARY) + u * 4;
}

static void message_action(app *a, int id)
{
    if (id == MESSAGE_BACK)
        play_to_launcher(a);
    else if (id == MESSAGE_QUIT)
        app_quit(a);
}

static const char *message_hints(app *a)
{
    (void)a;
    return "Enter back to the launcher \xC2\xB7 Tab move \xC2\xB7 Ctrl + Q quit";
}

const screen_ops message_screen = {
    .draw = message_draw,
    .action = message_action,
    .hints = message_hints,
};
