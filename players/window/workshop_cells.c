/* workshop_cells.c — hand counts: the cells the facilitator types the room's counts into, one per
 * choice and role, with − and + for the pointer. Only the cell being typed shows its number;
 * the others show •• so that the room sees counting, not how the votes fall. */
#include <stdio.h>

#include "widgets.h"
#include "workshop_app.h"

/* Groups that hand counts are typed for: the scenario's roles (phones add "other"). */
int ws_typed_groups(const workshop *w)
{
    return w->room ? w->n_groups : (w->n_groups < WS_MAX_ROLES ? w->n_groups : WS_MAX_ROLES);
}

int ws_cell_id(int choice, int group)
{
    return WS_CELL_FIRST + choice * (WS_MAX_ROLES + 1) + group;
}

/* The focused cell as choice and group; 0 when no cell has the focus. */
static int focused_cell(const workshop *w, int *choice, int *group)
{
    int id = w->a->ui.focus_id - WS_CELL_FIRST;
    if (id < 0 || id >= WS_CELLS)
        return 0;
    *choice = id / (WS_MAX_ROLES + 1);
    *group = id % (WS_MAX_ROLES + 1);
    return *choice < ws_n_choices(w) && *group < ws_typed_groups(w);
}

/* A square button with a sign, for − and +: the pointer's way to adjust a count (the keyboard
 * has + and −, so Tab passes over it). */
static int sign_button(workshop *w, int id, const char *sign, int x, int y, int size)
{
    app *a = w->a;
    const theme *t = a->theme;
    SDL_Rect r = { x, y, size, size };
    int state = ui_add(&a->ui, id, r, 0, UI_NOFOCUS);
    SDL_Color fill = (state & (UI_HOVERED | UI_PRESSED)) ? t->accent_soft : t->surface;
    gfx_round_frame(&a->g, r, a->unit / 2, a->line, (state & UI_HOVERED) ? t->accent : t->border, fill);
    const font *f = gfx_font(&a->g, FONT_SMALL_BOLD);
    int tw = gfx_label_width(&a->g, FONT_SMALL_BOLD, sign);
    gfx_label(&a->g, FONT_SMALL_BOLD, sign, x + (size - tw) / 2, y + (size - f->line_height) / 2, t->muted);
    return size;
}

static int cell_height(workshop *w)
{
    return gfx_font(&w->a->g, FONT_SMALL_BOLD)->line_height + w->a->unit / 3;
}

static int cell_width(workshop *w)
{
    return gfx_label_width(&w->a->g, FONT_SMALL_BOLD, "0000") + w->a->unit;
}

/* One role's counter: "CPS − [ •• ] +". Only the focused cell shows its number: the room
 * sees that votes are being counted, not how they fall. Returns its height. */
int ws_counter(workshop *w, int choice, int group, int x, int y, int label_w)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit, bh = cell_height(w), cw = cell_width(w), gap = u / 3;
    const font *small = gfx_font(&a->g, FONT_SMALL_BOLD);
    gfx_label(&a->g, FONT_SMALL_BOLD, w->group_labels[group], x, y + (bh - small->line_height) / 2, t->muted);
    int cx = x + label_w;
    int at = choice * (WS_MAX_ROLES + 1) + group;
    cx += sign_button(w, WS_MINUS_FIRST + at, "\xE2\x88\x92", cx, y, bh) + gap;
    SDL_Rect cell = { cx, y, cw, bh };
    int state = ui_add(&a->ui, ws_cell_id(choice, group), cell, 0, 0);
    int focused = state & UI_FOCUSED;
    if (focused)
        gfx_focus_ring(&a->g, cell, u / 2, a->line, a->line * 2 + 1, t->focus, t->surface);
    gfx_round_frame(&a->g, cell, u / 2, focused ? a->line * 2 : a->line, focused ? t->accent : t->border,
                    focused ? t->accent_soft : t->panel);
    char text[16];
    if (focused)
        snprintf(text, sizeof text, "%d", w->votes[group][choice]);
    else
        snprintf(text, sizeof text, "\xE2\x80\xA2\xE2\x80\xA2"); /* ••: hidden from the room */
    int tw = gfx_label_width(&a->g, FONT_SMALL_BOLD, text);
    gfx_label(&a->g, FONT_SMALL_BOLD, text, cx + (cw - tw) / 2, y + (bh - small->line_height) / 2, t->text);
    cx += cw + gap;
    sign_button(w, WS_PLUS_FIRST + at, "+", cx, y, bh);
    return bh;
}

int ws_counters_width(workshop *w, int *label_w)
{
    app *a = w->a;
    int lw = 0;
    for (int g = 0; g < ws_typed_groups(w); g++) {
        int l = gfx_label_width(&a->g, FONT_SMALL_BOLD, w->group_labels[g]);
        lw = l > lw ? l : lw;
    }
    *label_w = lw + a->unit / 2;
    return *label_w + 2 * cell_height(w) + cell_width(w) + a->unit;
}

static void adjust(workshop *w, int choice, int group, int delta)
{
    int *v = &w->votes[group][choice];
    *v += delta;
    if (*v < 0)
        *v = 0;
    if (*v > WS_MAX_COUNT)
        *v = WS_MAX_COUNT;
    w->fresh_cell = 0;
}

static void focus_cell(workshop *w, int choice, int group)
{
    ui_focus(&w->a->ui, ws_cell_id(choice, group));
    w->a->ui.focus_visible = 1;
    w->fresh_cell = 1;
}

static int digit_of(SDL_Keycode sym)
{
    if (sym >= SDLK_0 && sym <= SDLK_9)
        return (int)(sym - SDLK_0);
    if (sym >= SDLK_KP_1 && sym <= SDLK_KP_9)
        return (int)(sym - SDLK_KP_1) + 1;
    if (sym == SDLK_KP_0)
        return 0;
    return -1;
}

/* Keys while hand counts are typed: digits, +/−, Backspace and arrows on the cells. */
int ws_cell_key(workshop *w, const SDL_Keysym *key)
{
    int c, g;
    SDL_Keycode sym = key->sym;
    int shift = key->mod & KMOD_SHIFT;
    if (!focused_cell(w, &c, &g)) {
        if (sym == SDLK_UP || sym == SDLK_DOWN || sym == SDLK_LEFT || sym == SDLK_RIGHT || sym == SDLK_TAB) {
            focus_cell(w, 0, 0);
            return 1;
        }
        return 0;
    }
    int digit = digit_of(sym);
    if (digit >= 0 && !(key->mod & (KMOD_CTRL | KMOD_ALT))) {
        int *v = &w->votes[g][c];
        int next = w->fresh_cell ? digit : *v * 10 + digit;
        *v = next > WS_MAX_COUNT ? *v : next;
        w->fresh_cell = 0;
        return 1;
    }
    if (sym == SDLK_KP_PLUS || sym == SDLK_PLUS || sym == SDLK_EQUALS) {
        adjust(w, c, g, +1);
        return 1;
    }
    if (sym == SDLK_MINUS || sym == SDLK_KP_MINUS) {
        adjust(w, c, g, -1);
        return 1;
    }
    if (sym == SDLK_BACKSPACE || sym == SDLK_DELETE) {
        w->votes[g][c] /= 10;
        w->fresh_cell = 0;
        return 1;
    }
    int n = ws_n_choices(w), groups = ws_typed_groups(w);
    switch (sym) {
    case SDLK_UP: focus_cell(w, (c + n - 1) % n, g); return 1;
    case SDLK_DOWN: focus_cell(w, (c + 1) % n, g); return 1;
    case SDLK_LEFT: focus_cell(w, c, (g + groups - 1) % groups); return 1;
    case SDLK_RIGHT: focus_cell(w, c, (g + 1) % groups); return 1;
    case SDLK_TAB:
    case SDLK_RETURN:
    case SDLK_KP_ENTER: { /* the next cell, across then down; after the last, back to the first */
        int at = c * groups + g + (shift ? -1 : +1);
        at = (at + n * groups) % (n * groups);
        focus_cell(w, at / groups, at % groups);
        return 1;
    }
    default: return 0;
    }
}

/* A click on a cell, a − or a +. */
void ws_cell_action(workshop *w, int id)
{
    if (id >= WS_CELL_FIRST && id < WS_CELL_FIRST + WS_CELLS) {
        focus_cell(w, (id - WS_CELL_FIRST) / (WS_MAX_ROLES + 1), (id - WS_CELL_FIRST) % (WS_MAX_ROLES + 1));
    } else if (id >= WS_MINUS_FIRST && id < WS_MINUS_FIRST + WS_CELLS) {
        int c = (id - WS_MINUS_FIRST) / (WS_MAX_ROLES + 1), g = (id - WS_MINUS_FIRST) % (WS_MAX_ROLES + 1);
        adjust(w, c, g, -1);
        ui_focus(&w->a->ui, ws_cell_id(c, g));
    } else if (id >= WS_PLUS_FIRST && id < WS_PLUS_FIRST + WS_CELLS) {
        int c = (id - WS_PLUS_FIRST) / (WS_MAX_ROLES + 1), g = (id - WS_PLUS_FIRST) % (WS_MAX_ROLES + 1);
        adjust(w, c, g, +1);
        ui_focus(&w->a->ui, ws_cell_id(c, g));
    }
}

