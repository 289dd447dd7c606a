/* screen_compose.c — the drafting step: add clauses in order (click or number keys; each chosen
 * clause keeps its number and shows its place), remove and reorder them, add an own sentence,
 * watch the draft grow, submit within the min/max (Enter). What is missing is said beside the
 * control it is about; the text boxes keep their place while the trainee types. */
#include <stdio.h>
#include <string.h>

#include "result_view.h"
#include "scene_view.h"
#include "widgets.h"

enum {
    CLAUSE_FIRST = 1,     /* + clause position */
    DRAFT_ROW = 200,      /* + place in the draft */
    DRAFT_UP = 300,
    DRAFT_DOWN = 400,
    DRAFT_REMOVE = 500,
    OWN_BOX = 1000,
    REASON_BOX = 1001,
};

static int max_clauses(const app *a)
{
    int max = a->step.max_clauses;
    if (max <= 0 || max > a->step.n_options)
        max = a->step.n_options;
    return max < MAX_DRAFT ? max : MAX_DRAFT;
}

static int place_of(const decision_state *d, int clause)
{
    for (int i = 0; i < d->n_order; i++)
        if (d->order[i] == clause)
            return i;
    return -1;
}

static void remove_at(decision_state *d, int place)
{
    if (place < 0 || place >= d->n_order)
        return;
    memmove(&d->order[place], &d->order[place + 1], (size_t)(d->n_order - place - 1) * sizeof d->order[0]);
    d->n_order--;
}

static void move(app *a, int place, int dir)
{
    decision_state *d = &a->decision;
    int to = place + dir;
    if (place < 0 || place >= d->n_order || to < 0 || to >= d->n_order)
        return;
    int keep = d->order[place];
    d->order[place] = d->order[to];
    d->order[to] = keep;
    if (a->ui.focus_id == DRAFT_ROW + place)
        ui_focus(&a->ui, DRAFT_ROW + to);
}

static void toggle_clause(app *a, int clause)
{
    decision_state *d = &a->decision;
    int place = place_of(d, clause);
    d->status[0] = '\0';
    d->status_at = UI_NONE;
    if (place >= 0) {
        remove_at(d, place);
        return;
    }
    if (d->n_order >= max_clauses(a)) {
        snprintf(d->status, sizeof d->status, "The draft holds at most %d clauses: remove one first.", max_clauses(a));
        d->status_at = CLAUSE_FIRST + clause;
        return;
    }
    d->order[d->n_order++] = clause;
}

static const char *limits_text(const app *a, char *out, size_t size)
{
    int min = a->step.min_clauses > 0 ? a->step.min_clauses : 1, max = max_clauses(a);
    if (min == max)
        snprintf(out, size, "Choose exactly %d, in the order they should read.", min);
    else
        snprintf(out, size, "Choose %d to %d, in the order they should read. A number key adds or removes a clause.",
                 min, max);
    return out;
}

/* One sentence of the draft, with its number and, while drafting, move and remove buttons. */
static int draft_row(app *a, int place, const char *text, int x, int y, int width, int editable)
{
    const theme *t = a->theme;
    int u = a->unit;
    char number[16];
    snprintf(number, sizeof number, "%d.", place + 1);
    int num_w = gfx_label_width(&a->g, FONT_BOLD, "00.") + u;
    const char *labels[3] = { "\xE2\x86\x91", "\xE2\x86\x93", "\xE2\x9C\x95" }; /* ↑ ↓ ✕ */
    int bw = editable ? widget_button_width(a, labels[0], BUTTON_QUIET) : 0;
    int buttons_w = editable ? 3 * bw + 2 * (u / 2) + u : 0;
    const layout *l = gfx_layout(&a->g, FONT_BODY, text, width - num_w - buttons_w - u);
    int bh = widget_button_height(a, BUTTON_QUIET);
    int h = (l->height > bh ? l->height : bh) + u;
    SDL_Rect row = { x, y, width, h };
    int state = editable ? ui_add(&a->ui, DRAFT_ROW + place, row, 0, 0) : 0;
    widget_focus_ring(a, row, state, t->surface);
    gfx_label(&a->g, FONT_BOLD, number, x + u / 2, y + u / 2, t->muted);
    l = gfx_layout(&a->g, FONT_BODY, text, width - num_w - buttons_w - u);
    gfx_draw_layout(&a->g, l, x + num_w, y + u / 2, t->text);
    if (editable) {
        int bx = x + width - buttons_w + u, by = y + (h - bh) / 2;
        int ids[3] = { DRAFT_UP + place, DRAFT_DOWN + place, DRAFT_REMOVE + place };
        for (int i = 0; i < 3; i++)
            bx += widget_button(a, ids[i], labels[i], BUTTON_QUIET, bx, by, UI_NOFOCUS) + u / 2;
    }
    return h;
}

/* "Your sentence: ..." cut to one line with an ellipsis; the whole sentence is in its box. */
static int own_line(app *a, int x, int y, int width)
{
    const decision_state *d = &a->decision;
    char line[TEXTFIELD_CAPACITY + 64];
    if (d->own.len == 0) {
        snprintf(line, sizeof line, "Your sentence: none (optional, in the box below)");
        gfx_label(&a->g, FONT_SMALL, line, x, y, a->theme->muted);
        return gfx_font(&a->g, FONT_BODY)->line_height;
    }
    int n = snprintf(line, sizeof line, "Your sentence: %s", d->own.text);
    if (n > (int)sizeof line - 4)
        n = (int)sizeof line - 4;
    while (n > 16 && gfx_label_width(&a->g, FONT_BODY, line) > width) {
        n--;
        while (n > 16 && ((unsigned char)line[n] & 0xC0) == 0x80) /* a whole character */
            n--;
        memcpy(line + n, "\xE2\x80\xA6", 4); /* … */
    }
    gfx_label(&a->g, FONT_BODY, line, x, y, a->theme->text);
    return gfx_font(&a->g, FONT_BODY)->line_height;
}

static int draft_block(app *a, int x, int y, int width, int editable)
{
    const decision_state *d = &a->decision;
    const theme *t = a->theme;
    int u = a->unit, pad = u;
    int h = pad;
    for (int i = 0; i < d->n_order; i++)
        h += draft_row(a, i, a->step.options[d->order[i]], x + pad, y + h, width - 2 * pad, editable);
    if (a->step.own_text_allowed && (editable || d->own.len > 0)) /* one line, so typing never moves what is below */
        h += own_line(a, x + pad + u / 2, y + h + u / 2, width - 2 * pad - u) + u;
    if (d->n_order == 0)
        h += gfx_text(&a->g, FONT_BODY, "Nothing yet. Add clauses above in the order they should read.",
                      x + pad + u / 2, y + h + u / 2, width - 2 * pad - u, t->muted) + u;
    return h + pad;
}

static void compose_draw(app *a, int x, int width)
{
    const shown_step *s = &a->step;
    decision_state *d = &a->decision;
    const theme *t = a->theme;
    int u = a->unit, y = u * 3;
    int drafting = d->stage == STAGE_DECIDING;
    char text[256];

    y += scene_view(a, x, y, width) + u * 3;
    if (s->compose_prompt[0])
        y += gfx_text(&a->g, FONT_BOLD, s->compose_prompt, x, y, width, t->text) + u / 2;
    y += widget_caption(a, limits_text(a, text, sizeof text), x, y, width) + u / 2;
    for (int i = 0; i < s->n_options; i++) {
        int place = place_of(d, i);
        char tag[64];
        snprintf(tag, sizeof tag, "In the draft as sentence %d", place + 1);
        choice_look look = place >= 0 ? LOOK_PICKED : drafting ? LOOK_NORMAL : LOOK_DIMMED;
        y += widget_choice_ordered(a, drafting ? CLAUSE_FIRST + i : UI_NONE, i + 1, s->options[i],
                                   place >= 0 ? tag : NULL, look, place + 1, x, y, width) + u;
        if (d->status[0] && d->status_at == CLAUSE_FIRST + i) /* beside the clause that was pressed */
            y += gfx_text(&a->g, FONT_BOLD, d->status, x, y, width, t->text) + u;
    }

    y += u;
    snprintf(text, sizeof text, "Your draft \xC2\xB7 %d of at most %d clauses", d->n_order, max_clauses(a));
    y += widget_caption(a, text, x, y, width) + u / 2;
    int registered = a->ui.n_controls; /* measure the block, then frame and draw it */
    a->g.measuring = 1;
    int block_h = draft_block(a, x, y, width, drafting);
    a->g.measuring = 0;
    a->ui.n_controls = registered;
    gfx_round_frame(&a->g, (SDL_Rect){ x, y, width, block_h }, u / 2, a->line, t->border, t->surface);
    y += draft_block(a, x, y, width, drafting) + u * 2;

    if (drafting) {
        if (s->own_text_allowed) {
            y += widget_caption(a, "Your own sentence (optional)", x, y, width) + u / 2;
            y += widget_textbox(a, OWN_BOX, &d->own, "Add a sentence of your own", CONTROL_CONTINUE, 3, x, y, width)
                 + u * 2;
        }
        if (s->reason_prompt) {
            y += gfx_text(&a->g, FONT_BOLD, s->reason_prompt, x, y, width, t->text) + u / 2;
            y += widget_textbox(a, REASON_BOX, &d->reason, "A sentence or two in your own words (optional)",
                                CONTROL_CONTINUE, 3, x, y, width) + u * 2;
        }
        int ready = d->n_order >= (s->min_clauses > 0 ? s->min_clauses : 1);
        int bw = widget_button(a, CONTROL_CONTINUE, "Submit the draft (Enter)", ready ? BUTTON_PRIMARY : BUTTON_SECONDARY,
                               x, y, 0);
        int bh = widget_button_height(a, BUTTON_PRIMARY);
        if (d->status[0] && d->status_at == CONTROL_CONTINUE) { /* beside the button, or under it */
            int room = width - bw - u * 2;
            if (gfx_layout(&a->g, FONT_BOLD, d->status, room)->n_lines <= 2 && room > width / 3) {
                int th = gfx_layout(&a->g, FONT_BOLD, d->status, room)->height;
                gfx_text(&a->g, FONT_BOLD, d->status, x + bw + u * 2, y + (bh - th) / 2, room, t->text);
                y += (th > bh ? th : bh) + u;
            } else {
                y += bh + u / 2;
                y += gfx_text(&a->g, FONT_BOLD, d->status, x, y, width, t->text) + u;
            }
        } else {
            y += bh + u;
        }
        if (d->status[0] && (d->status_at == CONTROL_CONTINUE || (d->status_at >= CLAUSE_FIRST && d->status_at < CLAUSE_FIRST + s->n_options))) {
            char keep[sizeof d->status]; /* shown beside its control: not again at the page's end */
            snprintf(keep, sizeof keep, "%s", d->status);
            d->status[0] = '\0';
            result_view_close_page(a, 0, NULL, x, y, width);
            snprintf(d->status, sizeof d->status, "%s", keep);
            return;
        }
    }
    result_view_close_page(a, !drafting, drafting ? NULL : cw_session_result(a->session, d->result_index), x, y,
                           width);
}

static void submit(app *a)
{
    decision_state *d = &a->decision;
    int min = a->step.min_clauses > 0 ? a->step.min_clauses : 1;
    if (d->n_order < min) {
        snprintf(d->status, sizeof d->status, "Choose at least %d clause%s first (the draft has %d).", min,
                 min == 1 ? "" : "s", d->n_order);
        d->status_at = CONTROL_CONTINUE;
        return;
    }
    char own[TEXTFIELD_CAPACITY], reason[TEXTFIELD_CAPACITY];
    textfield_trimmed(&d->own, own, sizeof own);
    textfield_trimmed(&d->reason, reason, sizeof reason);
    cw_error err = { 0 };
    if (cw_session_compose(a->session, d->order, d->n_order, own[0] ? own : NULL,
                           a->step.reason_prompt ? reason : NULL, &err) != 0) {
        play_failed(a, &err);
        return;
    }
    play_decided(a);
}

static void compose_action(app *a, int id)
{
    decision_state *d = &a->decision;
    if (id == CONTROL_CONTINUE) {
        if (d->stage == STAGE_FEEDBACK)
            play_show_step(a);
        else
            submit(a);
    } else if (d->stage != STAGE_DECIDING) {
        return;
    } else if (id >= CLAUSE_FIRST && id < CLAUSE_FIRST + a->step.n_options) {
        toggle_clause(a, id - CLAUSE_FIRST);
    } else if (id >= DRAFT_UP && id < DRAFT_UP + MAX_DRAFT) {
        move(a, id - DRAFT_UP, -1);
    } else if (id >= DRAFT_DOWN && id < DRAFT_DOWN + MAX_DRAFT) {
        move(a, id - DRAFT_DOWN, +1);
    } else if (id >= DRAFT_REMOVE && id < DRAFT_REMOVE + MAX_DRAFT) {
        remove_at(d, id - DRAFT_REMOVE);
    }
}

static void submit(app *a);

/* Enter with nothing focused submits; Backspace removes the last clause; on a draft sentence, Delete removes it and Ctrl/Alt + ↑↓
 * move it. */
static int compose_key(app *a, const SDL_Keysym *key)
{
    decision_state *d = &a->decision;
    if (d->stage != STAGE_DECIDING)
        return 0;
    const ui_control *focused = ui_focused(&a->ui);
    if (focused && (focused->flags & UI_TEXT))
        return 0;
    if ((key->sym == SDLK_RETURN || key->sym == SDLK_KP_ENTER) && !focused) {
        submit(a);
        return 1;
    }
    int place = focused && focused->id >= DRAFT_ROW && focused->id < DRAFT_ROW + d->n_order ? focused->id - DRAFT_ROW : -1;
    int moving = key->mod & (KMOD_CTRL | KMOD_ALT);
    if (key->sym == SDLK_BACKSPACE && d->n_order > 0) {
        remove_at(d, place >= 0 ? place : d->n_order - 1);
        return 1;
    }
    if (key->sym == SDLK_DELETE && place >= 0) {
        remove_at(d, place);
        return 1;
    }
    if (moving && place >= 0 && (key->sym == SDLK_UP || key->sym == SDLK_DOWN)) {
        move(a, place, key->sym == SDLK_UP ? -1 : +1);
        return 1;
    }
    return 0;
}

static void compose_escape(app *a)
{
    pause_show(a);
}

static const char *compose_hints(app *a)
{
    if (a->decision.stage == STAGE_FEEDBACK)
        return scene_hints(a, "Enter continue \xC2\xB7 Page Up / Page Down scroll");
    return scene_hints(a, "1\xE2\x80\x93" "9 add or remove a clause \xC2\xB7 Enter submit the draft \xC2\xB7 "
                          "Backspace remove the last \xC2\xB7 on a sentence: Ctrl + \xE2\x86\x91\xE2\x86\x93 move, Delete remove "
                          "\xC2\xB7 Tab move");
}

const screen_ops compose_screen = {
    .draw = compose_draw,
    .action = compose_action,
    .key = compose_key,
    .escape = compose_escape,
    .hints = compose_hints,
    .in_session = 1,
};
