/* screen_message.c — a plain page with a title, a few sentences and a detail line: "Paused —
 * resume from the launcher", or what went wrong; and the pause screen itself, which keeps the
 * session waiting until the trainee carries on or saves and quits. */
#include <stdio.h>
#include <string.h>

#include "scene_view.h"
#include "widgets.h"

enum { MESSAGE_BACK = 1, MESSAGE_QUIT = 2, PAUSE_CARRY_ON = 3, PAUSE_SAVE_QUIT = 4, PAUSE_SAVE_LAUNCHER = 5 };

void pause_show(app *a)
{
    message_state *m = &a->message;
    if (!a->session || a->screen == SCREEN_MESSAGE || cw_session_finished(a->session))
        return; /* after the last decision there is nothing left to pause: the ending is recorded */
    m->pause = 1;
    m->back = a->screen;
    m->back_focus = a->ui.focus_id;
    m->back_scroll = a->ui.scroll;
    char where[96];
    snprintf(m->title, sizeof m->title, "Paused");
    snprintf(m->text, sizeof m->text,
             "Nothing is lost: the decisions you have made are saved. Carry on now, or save and quit and "
             "resume later from the launcher with the same pseudonym.");
    snprintf(m->detail, sizeof m->detail, "%s \xC2\xB7 %s", a->bar_title,
             scene_progress(a, a->step.decision_number, where, sizeof where));
    app_show(a, SCREEN_MESSAGE, PAUSE_CARRY_ON);
}

static void carry_on(app *a)
{
    message_state *m = &a->message;
    m->pause = 0;
    app_show(a, m->back, m->back_focus);
    a->ui.scroll = m->back_scroll;
    a->ui.reveal_focus = 0;
}

void message_show(app *a, const char *title, const char *text, const char *detail)
{
    message_state *m = &a->message;
    snprintf(m->title, sizeof m->title, "%s", title);
    snprintf(m->text, sizeof m->text, "%s", text);
    snprintf(m->detail, sizeof m->detail, "%s", detail ? detail : "");
    m->pause = 0;
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
    int bx = x, bh = widget_button_height(a, BUTTON_PRIMARY);
    if (a->message.pause) { /* one button a row where they do not fit side by side */
        struct { int id; const char *label; button_style style; } buttons[] = {
            { PAUSE_CARRY_ON, "Carry on now", BUTTON_PRIMARY },
            { PAUSE_SAVE_QUIT, "Save and quit", BUTTON_SECONDARY },
            { PAUSE_SAVE_LAUNCHER, "Save and go to the launcher", BUTTON_SECONDARY },
        };
        for (int i = 0; i < 3; i++) {
            int w = widget_button_width(a, buttons[i].label, buttons[i].style);
            if (bx > x && bx + w > x + width)
                bx = x, y += bh + u;
            bx += widget_button(a, buttons[i].id, buttons[i].label, buttons[i].style, bx, y, 0) + u * 2;
        }
        a->ui.content_height = y + bh + u * 4;
        return;
    }
    bx += widget_button(a, MESSAGE_BACK, "Back to the launcher", BUTTON_PRIMARY, bx, y, 0) + u * 2;
    widget_button(a, MESSAGE_QUIT, "Quit", BUTTON_SECONDARY, bx, y, 0);
    a->ui.content_height = y + bh + u * 4;
}

static void message_action(app *a, int id)
{
    if (id == PAUSE_CARRY_ON && a->message.pause && a->session) {
        carry_on(a);
    } else if ((id == PAUSE_SAVE_QUIT || id == PAUSE_SAVE_LAUNCHER) && a->message.pause && a->session) {
        play_pause(a); /* writes the pause and shows where the record is */
        if (id == PAUSE_SAVE_QUIT && strncmp(a->message.title, "Paused", 6) == 0) /* else: read why first */
            app_quit(a);
    } else if (id == MESSAGE_BACK)
        play_to_launcher(a);
    else if (id == MESSAGE_QUIT)
        app_quit(a);
}

static void message_escape(app *a)
{
    if (a->message.pause && a->session)
        carry_on(a);
}

static const char *message_hints(app *a)
{
    if (a->message.pause)
        return "Enter or Esc carry on \xC2\xB7 Tab move \xC2\xB7 Ctrl + Q save and quit";
    return "Enter back to the launcher \xC2\xB7 Tab move \xC2\xB7 Ctrl + Q quit";
}

const screen_ops message_screen = {
    .draw = message_draw,
    .action = message_action,
    .escape = message_escape,
    .hints = message_hints,
};
