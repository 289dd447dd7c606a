/* workshop_timer.c — the discussion timer: a countdown shown as mm:ss. The window wakes once a
 * second only while it runs; stopped, it costs nothing. */
#include <stdio.h>

#include "widgets.h"
#include "workshop_app.h"

int ws_timer_left(const workshop *w)
{
    if (!w->timer_running)
        return w->timer_left_ms;
    int gone = (int)(SDL_GetTicks() - w->timer_started);
    int left = w->timer_left_at_start - gone;
    return left > 0 ? left : 0;
}

void ws_timer_reset(workshop *w)
{
    w->timer_running = 0;
    w->timer_left_ms = w->o->timer_seconds * 1000;
}

void ws_timer_toggle(workshop *w)
{
    if (w->timer_running) {
        w->timer_left_ms = ws_timer_left(w);
        w->timer_running = 0;
        return;
    }
    if (w->timer_left_ms <= 0)
        w->timer_left_ms = w->o->timer_seconds * 1000;
    w->timer_running = 1;
    w->timer_started = SDL_GetTicks();
    w->timer_left_at_start = w->timer_left_ms;
}

void ws_timer_tick(workshop *w)
{
    if (w->timer_running && ws_timer_left(w) <= 0) {
        w->timer_running = 0;
        w->timer_left_ms = 0;
    }
}

int ws_timer_wake_ms(const workshop *w)
{
    if (!w->timer_running)
        return -1;
    int left = ws_timer_left(w);
    int wake = left % 1000;
    return wake > 0 ? wake + 1 : (left > 0 ? 1000 : 0);
}

int ws_timer_draw(workshop *w, int x, int y, int flags)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit;
    int left = ws_timer_left(w);
    int seconds = (left + 999) / 1000;
    char clock[32];
    const char *label;
    snprintf(clock, sizeof clock, "%d:%02d", seconds / 60, seconds % 60);
    const font *title = gfx_font(&a->g, FONT_TITLE);
    int bh = widget_button_height(a, BUTTON_SECONDARY);
    int cx = x;
    SDL_Color ink = left <= 0 ? t->rating[CW_RATING_HARMFUL] : t->text;
    cx += gfx_label(&a->g, FONT_TITLE, clock, cx, y + (bh - title->line_height) / 2, ink) + u;
    if (w->timer_running)
        label = "Stop (T)";
    else if (left <= 0)
        label = "Time is up \xC2\xB7 again (T)";
    else if (left < w->o->timer_seconds * 1000)
        label = "Carry on (T)";
    else
        label = "Start (T)";
    cx += widget_button(a, WS_TIMER, label, BUTTON_SECONDARY, cx, y, flags) + u / 2;
    return cx - x;
}
