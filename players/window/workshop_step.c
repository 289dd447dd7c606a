/* workshop_step.c — a choice step in workshop mode: the scene, the choices with a vote counter
 * per role (hidden from the room while entered), the reveal as bars split by role with the
 * recommended choice marked, the discussion prompt and timer, and the group's choice. */
#include <stdio.h>
#include <string.h>

#include "result_view.h"
#include "scene_view.h"
#include "widgets.h"
#include "workshop_app.h"
#include "workshop_chart.h"

enum { WS_SHOW_COUNTS = 7050 };

static int n_choices(const workshop *w)
{
    int n = w->a->step.n_options;
    return n < WS_MAX_CHOICES ? n : WS_MAX_CHOICES;
}

static int cell_id(int choice, int group)
{
    return WS_CELL_FIRST + choice * WS_MAX_ROLES + group;
}

/* The focused cell as choice and group; 0 when no cell has the focus. */
static int focused_cell(const workshop *w, int *choice, int *group)
{
    int id = w->a->ui.focus_id - WS_CELL_FIRST;
    if (id < 0 || id >= WS_MAX_CHOICES * WS_MAX_ROLES)
        return 0;
    *choice = id / WS_MAX_ROLES;
    *group = id % WS_MAX_ROLES;
    return *choice < n_choices(w) && *group < w->n_groups;
}

int ws_total(const workshop *w, int group)
{
    int total = 0;
    for (int i = 0; i < n_choices(w); i++)
        total += w->votes[group][i];
    return total;
}

int ws_majority(const workshop *w, int *tied_with)
{
    int best = -1, best_votes = 0, ties = 0;
    for (int i = 0; i < n_choices(w); i++) {
        int v = 0;
        for (int g = 0; g < w->n_groups; g++)
            v += w->votes[g][i];
        if (v > best_votes)
            best = i, best_votes = v, ties = 1;
        else if (v == best_votes && v > 0)
            ties++;
    }
    if (tied_with)
        *tied_with = ties;
    return ties == 1 ? best : -1;
}

void ws_step_enter(workshop *w)
{
    app *a = w->a;
    memset(w->votes, 0, sizeof w->votes);
    w->revealed = 0;
    w->ratings_known = 0;
    w->picked_by = NULL;
    w->fresh_cell = 1;
    w->status[0] = '\0';
    ws_timer_reset(w);
    w->shown_for = cw_session_result_count(a->session) + 1;
    if (a->step.kind == CW_STEP_CHOICE) {
        a->ui.focus_id = cell_id(0, 0);
        a->ui.focus_visible = 1;
    }
    a->ui.scroll = 0;
    a->dirty = 1;
}

void ws_reveal(workshop *w, int revealed)
{
    w->revealed = revealed;
    if (revealed && !w->ratings_known)
        ws_probe_ratings(w);
    if (revealed)
        w->a->ui.focus_id = ws_majority(w, NULL) >= 0 ? WS_MAJORITY : UI_NONE;
    else
        w->a->ui.focus_id = cell_id(0, 0);
    w->fresh_cell = 1;
}

int ws_commit(workshop *w, int position, const char *picked_by)
{
    app *a = w->a;
    cw_votes votes[WS_MAX_ROLES];
    for (int g = 0; g < w->n_groups; g++)
        votes[g] = (cw_votes){ w->group_ids[g], w->votes[g], NULL, 0 };
    cw_error err = { 0 };
    if (cw_session_choose_group(a->session, position, votes, w->n_groups, picked_by, NULL, &err) != 0) {
        play_failed(a, &err);
        ws_sync(w);
        return -1;
    }
    w->picked_by = picked_by;
    a->decision.picked = position;
    play_decided(a);
    ws_timer_reset(w);
    return 0;
}

/* ---- drawing ---------------------------------------------------------------------------- */

static int badge(workshop *w, const char *text, int filled, int x, int y)
{
    app *a = w->a;
    const theme *t = a->theme;
    int size = gfx_font(&a->g, FONT_BODY)->line_height + a->unit / 2;
    SDL_Rect r = { x, y, size, size };
    if (filled)
        gfx_round_fill(&a->g, r, a->unit * 2 / 3, t->accent);
    else
        gfx_round_frame(&a->g, r, a->unit * 2 / 3, a->line, t->border_strong, t->surface);
    const font *f = gfx_font(&a->g, FONT_BOLD);
    int tw = gfx_label_width(&a->g, FONT_BOLD, text);
    gfx_label(&a->g, FONT_BOLD, text, x + (size - tw) / 2, y + (size - f->line_height) / 2,
              filled ? t->on_accent : t->text);
    return size;
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
    gfx_round_frame(&a->g, r, a->unit / 2, a->line, (state & UI_HOVERED) ? t->accent : t->border_strong, fill);
    const font *f = gfx_font(&a->g, FONT_BOLD);
    int tw = gfx_label_width(&a->g, FONT_BOLD, sign);
    gfx_label(&a->g, FONT_BOLD, sign, x + (size - tw) / 2, y + (size - f->line_height) / 2, t->text);
    return size;
}

static int cell_height(workshop *w)
{
    return gfx_font(&w->a->g, FONT_BOLD)->line_height + w->a->unit / 2;
}

static int cell_width(workshop *w)
{
    return gfx_label_width(&w->a->g, FONT_BOLD, "0000") + w->a->unit;
}

/* One role's counter: "CPS  − [ 3 ] +". Returns its height. */
static int counter(workshop *w, int choice, int group, int x, int y, int label_w)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit, bh = cell_height(w), cw = cell_width(w), gap = u / 2;
    const font *small = gfx_font(&a->g, FONT_SMALL_BOLD);
    gfx_label(&a->g, FONT_SMALL_BOLD, w->group_labels[group], x, y + (bh - small->line_height) / 2, t->text);
    int cx = x + label_w;
    int at = choice * WS_MAX_ROLES + group;
    cx += sign_button(w, WS_MINUS_FIRST + at, "\xE2\x88\x92", cx, y, bh) + gap;
    SDL_Rect cell = { cx, y, cw, bh };
    int state = ui_add(&a->ui, cell_id(choice, group), cell, 0, 0);
    int focused = state & UI_FOCUSED;
    if (focused)
        gfx_focus_ring(&a->g, cell, u / 2, a->line, a->line * 2 + 1, t->focus, t->surface);
    gfx_round_frame(&a->g, cell, u / 2, focused ? a->line * 2 : a->line, focused ? t->accent : t->border_strong,
                    focused ? t->accent_soft : t->panel);
    char text[16];
    if (focused || w->show_counts)
        snprintf(text, sizeof text, "%d", w->votes[group][choice]);
    else
        snprintf(text, sizeof text, "\xE2\x80\xA2\xE2\x80\xA2"); /* ••: hidden from the room */
    const font *bold = gfx_font(&a->g, FONT_BOLD);
    int tw = gfx_label_width(&a->g, FONT_BOLD, text);
    gfx_label(&a->g, FONT_BOLD, text, cx + (cw - tw) / 2, y + (bh - bold->line_height) / 2, t->text);
    cx += cw + gap;
    sign_button(w, WS_PLUS_FIRST + at, "+", cx, y, bh);
    return bh;
}

static int counters_width(workshop *w, int *label_w)
{
    app *a = w->a;
    int lw = 0;
    for (int g = 0; g < w->n_groups; g++) {
        int l = gfx_label_width(&a->g, FONT_SMALL_BOLD, w->group_labels[g]);
        lw = l > lw ? l : lw;
    }
    *label_w = lw + a->unit;
    return *label_w + 2 * cell_height(w) + cell_width(w) + a->unit;
}

static void chart_groups(workshop *w, chart_group *groups)
{
    for (int g = 0; g < w->n_groups; g++)
        groups[g] = (chart_group){ w->group_labels[g], w->votes[g], NULL, ws_total(w, g), chart_pattern_for(w->group_ids[g], g) };
}

typedef struct row_geometry {
    int text_x, text_w, counters_x, label_w;
} row_geometry;

/* What a choice's frame holds: its text, tags, then counters (entering) or bars (revealed).
 * Returns the height of the content. */
static int row_content(workshop *w, int i, const row_geometry *gm, int y)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit;
    int deciding = a->decision.stage == STAGE_DECIDING;
    int picked = !deciding && a->decision.picked == i;
    int recommended = w->revealed && w->ratings_known && w->ratings[i] == CW_RATING_RECOMMENDED;
    int h = gfx_text(&a->g, FONT_BODY, a->step.options[i], gm->text_x, y, gm->text_w,
                     picked || deciding ? t->text : t->muted);
    if (recommended || picked) {
        char tag[160];
        const char *group = !picked ? ""
                          : w->picked_by && strcmp(w->picked_by, "facilitator") == 0
                              ? "\xE2\x96\xB6 The group's choice (the facilitator's pick)"
                              : "\xE2\x96\xB6 The group's choice (the majority)";
        snprintf(tag, sizeof tag, "%s%s%s", recommended ? "\xE2\x9C\x94 Recommended" : "",
                 recommended && picked ? "   " : "", group);
        h += gfx_text(&a->g, FONT_SMALL_BOLD, tag, gm->text_x, y + h, gm->text_w,
                      recommended ? t->rating[CW_RATING_RECOMMENDED] : t->accent);
    }
    if (w->revealed) {
        chart_group groups[WS_MAX_ROLES];
        chart_groups(w, groups);
        h += u / 2;
        h += chart_bars(a, groups, w->n_groups, i, gm->text_x, y + h, gm->text_w);
    } else if (deciding) {
        int ch = 0;
        for (int g = 0; g < w->n_groups; g++)
            ch += counter(w, i, g, gm->counters_x, y + ch, gm->label_w) + u / 2;
        ch -= u / 2;
        h = h > ch ? h : ch;
    }
    return h;
}

/* One choice in a frame with its number; clickable (and its number key) once revealed. */
static int choice_row(workshop *w, int i, int x, int y, int width)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit, pad = u * 5 / 4;
    int deciding = a->decision.stage == STAGE_DECIDING;
    int picked = !deciding && a->decision.picked == i;
    int badge_w = gfx_font(&a->g, FONT_BODY)->line_height + u / 2;
    row_geometry gm = { 0, 0, 0, 0 };
    gm.text_x = x + pad + badge_w + u * 3 / 2;
    int counters_w = w->revealed || !deciding ? 0 : counters_width(w, &gm.label_w) + u * 2;
    gm.counters_x = x + width - pad - counters_w + u * 2;
    gm.text_w = x + width - pad - counters_w - gm.text_x;

    int registered = a->ui.n_controls;
    a->g.measuring = 1;
    int h = row_content(w, i, &gm, y + pad) + 2 * pad;
    a->g.measuring = 0;
    a->ui.n_controls = registered;

    SDL_Rect r = { x, y, width, h };
    int state = 0;
    if (w->revealed && deciding)
        state = ui_add(&a->ui, WS_CHOICE_FIRST + i, r, i < 9 ? i + 1 : 0, 0);
    if ((state & UI_FOCUSED) && a->ui.focus_visible)
        gfx_focus_ring(&a->g, r, u * 2 / 3, a->line + 1, a->line * 2 + 1, t->focus, t->background);
    SDL_Color border = picked ? t->accent : (state & UI_HOVERED) ? t->border_strong : t->border;
    gfx_round_frame(&a->g, r, u * 2 / 3, picked ? a->line * 2 + 1 : a->line, border,
                    picked ? t->accent_soft : t->surface);
    char number[16];
    snprintf(number, sizeof number, "%d", i + 1);
    badge(w, number, picked, x + pad, y + pad);
    row_content(w, i, &gm, y + pad);
    return h;
}

static int votes_line(workshop *w, int x, int y, int width)
{
    app *a = w->a;
    char line[400];
    int n, all = 0;
    for (int g = 0; g < w->n_groups; g++)
        all += ws_total(w, g);
    n = snprintf(line, sizeof line, "Votes entered: %d (", all);
    for (int g = 0; g < w->n_groups && n < (int)sizeof line; g++)
        n += snprintf(line + n, sizeof line - (size_t)n, "%s%s %d", g ? " \xC2\xB7 " : "", w->group_labels[g], ws_total(w, g));
    if (n < (int)sizeof line)
        snprintf(line + n, sizeof line - (size_t)n, ")%s", w->revealed ? "" : " \xE2\x80\x94 the results stay hidden until you reveal them");
    return gfx_text(&a->g, FONT_SMALL_BOLD, line, x, y, width, a->theme->muted);
}

static int group_choice(workshop *w, int x, int y, int width)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit, h = 0, ties = 0;
    int best = ws_majority(w, &ties);
    char line[1200];
    h += widget_heading(a, "The group's choice", x, y + h, width) + u / 2;
    if (best >= 0) {
        int votes = 0, all = 0;
        for (int g = 0; g < w->n_groups; g++)
            votes += w->votes[g][best], all += ws_total(w, g);
        snprintf(line, sizeof line, "The majority chose %d (%d of %d votes). Go with it, or pick another choice: "
                 "press its number or click it.", best + 1, votes, all);
        h += gfx_text(&a->g, FONT_BODY, line, x, y + h, width, t->text) + u;
        widget_button(a, WS_MAJORITY, "Go with the majority (M)", BUTTON_PRIMARY, x, y + h, 0);
        h += widget_button_height(a, BUTTON_PRIMARY);
    } else {
        if (ties > 1)
            snprintf(line, sizeof line, "A tie: %d choices have the most votes. The facilitator picks: press a "
                     "choice's number or click it.", ties);
        else
            snprintf(line, sizeof line, "No votes were entered. The facilitator picks: press a choice's number or click it.");
        h += gfx_text(&a->g, FONT_BODY, line, x, y + h, width, t->text);
    }
    return h;
}

void ws_step_draw(workshop *w, int x, int width)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit, y = u * 3;
    int deciding = a->decision.stage == STAGE_DECIDING;

    y += scene_view(a, x, y, width) + u * 3;
    y += widget_caption(a, w->revealed ? "How the room voted" : "The room votes: enter the votes for each choice",
                        x, y, width) + u / 3;
    y += votes_line(w, x, y, width) + u;
    for (int i = 0; i < n_choices(w); i++)
        y += choice_row(w, i, x, y, width) + u;
    if (w->revealed) {
        chart_group groups[WS_MAX_ROLES];
        chart_groups(w, groups);
        y += chart_legend(a, groups, w->n_groups, x, y, width) + u;
    }
    if (deciding) {
        widget_button(a, WS_REVEAL, w->revealed ? "Hide the results (R)" : "Reveal the results (R)",
                      w->revealed ? BUTTON_SECONDARY : BUTTON_PRIMARY, x, y, 0);
        y += widget_button_height(a, BUTTON_PRIMARY) + u * 3;
    }
    if (w->revealed || !deciding) {
        y += widget_heading(a, "Discussion", x, y, width) + u / 2;
        if (a->decision.stage == STAGE_DECIDING) {
            const cw_step *step = cw_session_step(a->session);
            if (step && step->discussion && step->discussion[0])
                y += gfx_text(&a->g, FONT_BODY, step->discussion, x, y, width, t->text) + u;
        }
        y += ws_timer_draw(w, x, y, width) + u * 3;
    }
    if (w->revealed && deciding)
        y += group_choice(w, x, y, width) + u * 3;
    if (!deciding) {
        const cw_result *r = cw_session_result(a->session, a->decision.result_index);
        if (r)
            y += result_view(a, r, 0, x, y, width) + u * 2;
        widget_button(a, CONTROL_CONTINUE, cw_session_finished(a->session) ? "See the ending (Enter)" : "Continue (Enter)",
                      BUTTON_PRIMARY, x, y, 0);
        y += widget_button_height(a, BUTTON_PRIMARY) + u;
    }
    if (w->status[0])
        y += gfx_text(&a->g, FONT_BOLD, w->status, x, y, width, t->text) + u;
    if (a->decision.status[0])
        y += gfx_text(&a->g, FONT_BOLD, a->decision.status, x, y, width, t->text) + u;
    a->ui.content_height = y + u * 3;
}

/* ---- input ------------------------------------------------------------------------------ */

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
    ui_focus(&w->a->ui, cell_id(choice, group));
    w->a->ui.focus_visible = 1;
    w->fresh_cell = 1;
}

void ws_step_action(workshop *w, int id)
{
    app *a = w->a;
    decision_state *d = &a->decision;
    if (id == CONTROL_CONTINUE) {
        if (d->stage == STAGE_FEEDBACK) {
            play_show_step(a);
            ws_sync(w);
        }
        return;
    }
    if (d->stage != STAGE_DECIDING)
        return;
    if (id == WS_REVEAL) {
        ws_reveal(w, !w->revealed);
    } else if (id == WS_MAJORITY) {
        int best = ws_majority(w, NULL);
        if (best >= 0 && w->revealed)
            ws_commit(w, best, "majority");
    } else if (id >= WS_CHOICE_FIRST && id < WS_CHOICE_FIRST + n_choices(w)) {
        if (w->revealed)
            ws_commit(w, id - WS_CHOICE_FIRST, "facilitator");
    } else if (id >= WS_CELL_FIRST && id < WS_CELL_FIRST + WS_MAX_CHOICES * WS_MAX_ROLES) {
        focus_cell(w, (id - WS_CELL_FIRST) / WS_MAX_ROLES, (id - WS_CELL_FIRST) % WS_MAX_ROLES);
    } else if (id >= WS_MINUS_FIRST && id < WS_MINUS_FIRST + WS_MAX_CHOICES * WS_MAX_ROLES) {
        int c = (id - WS_MINUS_FIRST) / WS_MAX_ROLES, g = (id - WS_MINUS_FIRST) % WS_MAX_ROLES;
        adjust(w, c, g, -1);
        ui_focus(&a->ui, cell_id(c, g));
    } else if (id >= WS_PLUS_FIRST && id < WS_PLUS_FIRST + WS_MAX_CHOICES * WS_MAX_ROLES) {
        int c = (id - WS_PLUS_FIRST) / WS_MAX_ROLES, g = (id - WS_PLUS_FIRST) % WS_MAX_ROLES;
        adjust(w, c, g, +1);
        ui_focus(&a->ui, cell_id(c, g));
    }
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

/* Keys while the votes are entered: digits, +/−, Backspace and arrows on the cells. */
static int cell_key(workshop *w, const SDL_Keysym *key)
{
    int c, g;
    SDL_Keycode sym = key->sym;
    int shift = key->mod & KMOD_SHIFT;
    if (!focused_cell(w, &c, &g)) {
        if (sym == SDLK_UP || sym == SDLK_DOWN || sym == SDLK_LEFT || sym == SDLK_RIGHT) {
            focus_cell(w, 0, 0);
            return 1;
        }
        return 0;
    }
    int digit = digit_of(sym);
    if (digit >= 0 && !(key->mod & (KMOD_CTRL | KMOD_ALT)) && !(sym == SDLK_EQUALS)) {
        int *v = &w->votes[g][c];
        int next = w->fresh_cell ? digit : *v * 10 + digit;
        *v = next > WS_MAX_COUNT ? *v : next;
        w->fresh_cell = 0;
        return 1;
    }
    if (sym == SDLK_KP_PLUS || sym == SDLK_PLUS || (sym == SDLK_EQUALS && shift) || sym == SDLK_EQUALS) {
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
    int n = n_choices(w);
    switch (sym) {
    case SDLK_UP: focus_cell(w, (c + n - 1) % n, g); return 1;
    case SDLK_DOWN: focus_cell(w, (c + 1) % n, g); return 1;
    case SDLK_LEFT: focus_cell(w, c, (g + w->n_groups - 1) % w->n_groups); return 1;
    case SDLK_RIGHT: focus_cell(w, c, (g + 1) % w->n_groups); return 1;
    case SDLK_TAB:
    case SDLK_RETURN:
    case SDLK_KP_ENTER: { /* the next cell, across then down; after the last, the Reveal button */
        int at = c * w->n_groups + g + (shift ? -1 : +1);
        if (at >= n * w->n_groups) {
            ui_focus(&w->a->ui, WS_REVEAL);
            w->a->ui.focus_visible = 1;
        } else {
            if (at < 0)
                at = n * w->n_groups - 1;
            focus_cell(w, at / w->n_groups, at % w->n_groups);
        }
        return 1;
    }
    default: return 0;
    }
}

int ws_step_key(workshop *w, const SDL_Keysym *key)
{
    app *a = w->a;
    if (a->decision.stage != STAGE_DECIDING)
        return 0;
    if (key->sym == SDLK_r && !(key->mod & (KMOD_CTRL | KMOD_ALT))) {
        ws_reveal(w, !w->revealed);
        return 1;
    }
    if (key->sym == SDLK_s && !w->revealed) {
        w->show_counts = !w->show_counts;
        return 1;
    }
    if (!w->revealed)
        return cell_key(w, key);
    if (key->sym == SDLK_m) {
        ws_step_action(w, WS_MAJORITY);
        return 1;
    }
    return 0;
}

const char *ws_step_hints(workshop *w)
{
    app *a = w->a;
    if (a->decision.stage != STAGE_DECIDING)
        return "Enter continue \xC2\xB7 T timer \xC2\xB7 Esc pause";
    if (!w->revealed)
        return "Tab / arrows move between cells \xC2\xB7 digits type a count \xC2\xB7 + / \xE2\x88\x92 adjust \xC2\xB7 "
               "S show or hide the counts \xC2\xB7 R reveal \xC2\xB7 T timer \xC2\xB7 Esc pause";
    return "M the majority's choice \xC2\xB7 1\xE2\x80\x93" "9 the facilitator's pick \xC2\xB7 R hide \xC2\xB7 "
           "T timer \xC2\xB7 Esc pause";
}
