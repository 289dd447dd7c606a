/* frame.c — drawing one frame: the top bar (title, text size, themes, pause; what fits), the
 * content of the screen in a scrolling view, the scroll indicator and one line of key hints; a
 * pending screenshot is taken before the frame is shown. Frames are drawn only when something
 * changed. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "screenshot.h"
#include "widgets.h"
#include "show.h"

static int top_bar_height(app *a)
{
    return gfx_font(&a->g, FONT_SMALL)->line_height + a->unit * 2;
}

static void draw_top_bar(app *a)
{
    const theme *t = a->theme;
    int h = top_bar_height(a);
    gfx_fill(&a->g, (SDL_Rect){ 0, 0, a->width, h }, t->bar);
    gfx_fill(&a->g, (SDL_Rect){ 0, h - a->line, a->width, a->line }, t->border);

    int contrast = a->settings.theme == THEME_HIGH_CONTRAST, projector = a->settings.theme == THEME_PROJECTOR;
    struct { int id; const char *label, *short_label; } tools[] = { /* short labels for narrow windows */
        { TOOL_PAUSE, "Pause (Esc)", "Pause" },
        { TOOL_SMALLER, "A\xE2\x88\x92", "A\xE2\x88\x92" }, /* A− */
        { TOOL_LARGER, "A+", "A+" },
        { TOOL_CONTRAST, contrast ? "\xE2\x9C\x93 High contrast" : "High contrast", contrast ? "\xE2\x9C\x93 Contrast" : "Contrast" },
        { TOOL_PROJECTOR, projector ? "\xE2\x9C\x93 Projector" : "Projector", projector ? "\xE2\x9C\x93 Projector" : "Projector" },
    };
    int first = app_screen(a)->in_session ? 0 : 1;
    int n = (int)(sizeof tools / sizeof tools[0]);
    int gap = a->unit * 2 / 3, total = 0;
    int widths[sizeof tools / sizeof tools[0]];
    /* Full labels, else short ones, else without Projector (F3), else without Contrast (F2) too:
     * the text size buttons stay, so very large text can always be made smaller again. */
    for (int pass = 0; pass < 4; pass++) {
        if (pass >= 2)
            n--;
        total = 0;
        for (int i = first; i < n; i++) {
            if (pass == 1)
                tools[i].label = tools[i].short_label;
            widths[i] = widget_button_width(a, tools[i].label, BUTTON_QUIET);
            total += widths[i] + gap;
        }
        if (total < a->width - a->unit * 4)
            break;
    }
    int x = a->width - a->unit * 2 - total + gap;
    int bh = widget_button_height(a, BUTTON_QUIET);
    int tools_left = x;
    for (int i = first; i < n; i++) {
        widget_button(a, tools[i].id, tools[i].label, BUTTON_QUIET, x, (h - bh) / 2, UI_FIXED);
        x += widths[i] + gap;
    }
    int left = a->unit * 2;
    int y = (h - gfx_font(&a->g, FONT_SMALL)->line_height) / 2;
    int name_w = gfx_label_width(&a->g, FONT_SMALL_BOLD, "casewalk");
    if (left + name_w < tools_left - a->unit)
        gfx_label(&a->g, FONT_SMALL_BOLD, "casewalk", left, y, t->text);
    if (a->bar_title[0]) { /* "Title · Role", or the title alone, or nothing: whatever fits */
        int tx = left + name_w + a->unit, room = tools_left - a->unit - tx;
        char text[sizeof a->bar_title + sizeof a->bar_role + 8];
        snprintf(text, sizeof text, "%s \xC2\xB7 %s", a->bar_title, a->bar_role);
        if (!a->bar_role[0] || gfx_label_width(&a->g, FONT_SMALL, text) >= room)
            snprintf(text, sizeof text, "%s", a->bar_title);
        if (gfx_label_width(&a->g, FONT_SMALL, text) < room)
            gfx_label(&a->g, FONT_SMALL, text, tx, y, t->muted);
    }
}

/* The key hints on one line: as many as fit, in the screen's order (the most useful first), and
 * "F1 keys" at the end, where the whole list is. The projector preset leaves them out. */
#define HINT_SEPARATOR " \xC2\xB7 "

static const char *fit_hints(app *a, const char *hints, int width)
{
    static char out[sizeof a->hints + 64];
    const char *help = "F1 all keys";
    size_t sep = strlen(HINT_SEPARATOR);
    out[0] = '\0';
    int help_w = gfx_label_width(&a->g, FONT_SMALL, HINT_SEPARATOR) + gfx_label_width(&a->g, FONT_SMALL, help);
    for (const char *p = hints; *p;) {
        const char *end = strstr(p, HINT_SEPARATOR);
        size_t len = end ? (size_t)(end - p) : strlen(p);
        char candidate[sizeof out];
        int n = snprintf(candidate, sizeof candidate, "%s%s%.*s", out, out[0] ? HINT_SEPARATOR : "", (int)len, p);
        if (n < 0 || (size_t)n >= sizeof candidate - 16 || gfx_label_width(&a->g, FONT_SMALL, candidate) + help_w > width)
            break;
        memcpy(out, candidate, (size_t)n + 1);
        p = end ? end + sep : p + len;
    }
    size_t n = strlen(out);
    if (strstr(hints, "F1")) /* the help screen itself */
        return out;
    snprintf(out + n, sizeof out - n, "%s%s", n ? HINT_SEPARATOR : "", help);
    if (gfx_label_width(&a->g, FONT_SMALL, out) > width)
        snprintf(out, sizeof out, "%s", gfx_label_width(&a->g, FONT_SMALL, help) <= width ? help : "");
    return out;
}

static int bottom_bar_height(app *a)
{
    if (a->settings.theme == THEME_PROJECTOR)
        return 0;
    return gfx_font(&a->g, FONT_SMALL)->line_height + a->unit;
}

static void draw_bottom_bar(app *a, const char *hints, int h)
{
    const theme *t = a->theme;
    if (h == 0)
        return;
    int y = a->height - h;
    gfx_fill(&a->g, (SDL_Rect){ 0, y, a->width, h }, t->bar);
    gfx_fill(&a->g, (SDL_Rect){ 0, y, a->width, a->line }, t->border);
    gfx_label(&a->g, FONT_SMALL, fit_hints(a, hints, a->width - a->unit * 4), a->unit * 2, y + a->unit / 2, t->muted);
}

static void draw_content(app *a, int x, int width)
{
    SDL_Rect view = a->ui.view;
    a->g.dx = 0;
    a->g.dy = 0;
    gfx_set_clip(&a->g, view);
    gfx_fill(&a->g, view, a->theme->background);
    a->g.dy = view.y - a->ui.scroll;
    ui_begin_frame(&a->ui);
    a->ui.content_height = 0;
    app_screen(a)->draw(a, x, width);
}

static void draw_scroll_indicator(app *a)
{
    ui_state *ui = &a->ui;
    if (ui->content_height <= ui->view.h)
        return;
    int track_h = ui->view.h - a->unit;
    int thumb_h = (int)((long)track_h * ui->view.h / ui->content_height);
    if (thumb_h < a->unit * 2)
        thumb_h = a->unit * 2;
    int max_scroll = ui->content_height - ui->view.h;
    int thumb_y = ui->view.y + a->unit / 2 + (int)((long)(track_h - thumb_h) * ui->scroll / max_scroll);
    int w = a->unit * 2 / 3;
    gfx_round_fill(&a->g, (SDL_Rect){ a->width - w - a->unit / 2, thumb_y, w, thumb_h }, w / 2,
                   a->theme->border_strong);
}

/* With CASEWALK_WINDOW_TIMING: the frame's drawing time, the caches' work, and when the first
 * frame reached the screen (wall clock, to compare with the time the program was started). */
static void report_timing(app *a, Uint64 start, Uint64 drawn)
{
    double freq = (double)SDL_GetPerformanceFrequency();
    double draw_ms = (double)(drawn - start) * 1000.0 / freq;
    double total_ms = (double)(SDL_GetPerformanceCounter() - start) * 1000.0 / freq;
    fprintf(stderr, "window-timing: frame %ld draw %.3f ms present %.3f ms words %d textures %ld layouts %ld\n",
            a->frames, draw_ms, total_ms - draw_ms, a->g.words.count, a->g.words.textures_made, a->g.layouts.computed);
    if (a->frames == 1) {
        struct timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        fprintf(stderr, "window-timing: first frame shown at %lld.%09ld\n", (long long)now.tv_sec, now.tv_nsec);
    }
}

void app_draw(app *a)
{
    Uint64 start = a->timing ? SDL_GetPerformanceCounter() : 0;
    const screen_ops *ops = app_screen(a);
    words_next_frame(&a->g.words);
    SDL_RenderSetClipRect(a->renderer, NULL);
    a->g.dx = a->g.dy = 0;
    a->g.clip = (SDL_Rect){ 0, 0, a->width, a->height };

    const char *hints = ops->hints(a);
    int top = top_bar_height(a), bottom = bottom_bar_height(a);
    a->ui.view = (SDL_Rect){ 0, top, a->width, a->height - top - bottom };
    if (a->ui.view.h < a->unit)
        a->ui.view.h = a->unit;
    int margin = a->unit * 3;
    int column = a->width - 2 * margin;
    int readable = gfx_font(&a->g, FONT_BODY)->size * 38; /* about 75 characters a line */
    if (column > readable)
        column = readable;
    int x = (a->width - column) / 2;

    draw_content(a, x, column);
    for (int pass = 0; pass < 2; pass++) {
        int moved = ui_clamp_scroll(&a->ui);
        moved |= ui_reveal(&a->ui);
        if (!moved)
            break;
        draw_content(a, x, column);
    }
    a->g.dx = a->g.dy = 0;
    gfx_set_clip(&a->g, (SDL_Rect){ 0, 0, a->width, a->height });
    draw_scroll_indicator(a);
    draw_top_bar(a);
    draw_bottom_bar(a, hints, bottom);
    SDL_RenderSetClipRect(a->renderer, NULL);

    if (a->ui.focus_id != UI_NONE && !ui_find(&a->ui, a->ui.focus_id))
        a->ui.focus_id = UI_NONE; /* the focused control went away */
    if (a->screenshot) {
        char why[512];
        if (screenshot_save(a->renderer, a->width, a->height, a->screenshot, why, sizeof why) != 0) {
            show_error("casewalk", why);
            a->screenshot_failed = 1;
        }
        a->screenshot = NULL;
    }
    Uint64 drawn = a->timing ? SDL_GetPerformanceCounter() : 0;
    SDL_RenderPresent(a->renderer);
    a->dirty = 0;
    a->frames++;
    if (a->timing)
        report_timing(a, start, drawn);
}

