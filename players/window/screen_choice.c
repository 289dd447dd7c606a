/* screen_choice.c — the reading view: scene, numbered choices, the "why" box where the scene asks,
 * and in practice mode the rating and feedback before moving on. Choosing is two steps: a click or
 * a number key selects ("Your choice: ..."), Enter or Confirm records it. */
#include <stdio.h>

#include "result_view.h"
#include "scene_view.h"
#include "widgets.h"

enum { CHOICE_FIRST = 1, REASON_BOX = 1000 };

static void choice_draw(app *a, int x, int width)
{
    const shown_step *s = &a->step;
    decision_state *d = &a->decision;
    const theme *t = a->theme;
    int u = a->unit, y = u * 3;
    int deciding = d->stage == STAGE_DECIDING;

    y += scene_view(a, x, y, width) + u * 3;
    y += widget_caption(a, "What do you do?", x, y, width) + u / 2;
    for (int i = 0; i < s->n_options; i++) {
        choice_look look = d->picked == i ? LOOK_PICKED : deciding ? LOOK_NORMAL : LOOK_DIMMED;
        y += widget_choice(a, deciding ? CHOICE_FIRST + i : UI_NONE, i + 1, s->options[i],
                           d->picked == i ? "Your choice" : NULL, look, x, y, width);
        y += u;
    }

    if (deciding) { /* choosing is a second, deliberate step: the selection, then Confirm */
        y += u;
        if (d->picked >= 0 && s->reason_prompt) {
            y += gfx_text(&a->g, FONT_BOLD, s->reason_prompt, x, y, width, t->text) + u / 2;
            y += widget_textbox(a, REASON_BOX, &d->reason, "A sentence or two in your own words (optional)",
                                CONTROL_CONTINUE, 3, x, y, width) + u * 3 / 2;
        }
        char line[1400];
        if (d->picked >= 0)
            snprintf(line, sizeof line, "Your choice: %d. %s", d->picked + 1, s->options[d->picked]);
        else
            snprintf(line, sizeof line, "Select a choice above (click it or press its number), then confirm.");
        int pad = u;
        a->g.measuring = 1;
        int line_h = gfx_text(&a->g, d->picked >= 0 ? FONT_BOLD : FONT_BODY, line, x + pad, y, width - 2 * pad, t->text);
        a->g.measuring = 0;
        if (d->picked >= 0)
            gfx_round_frame(&a->g, (SDL_Rect){ x, y, width, line_h + 2 * pad }, u / 2, a->line * 2, t->accent, t->accent_soft);
        gfx_text(&a->g, d->picked >= 0 ? FONT_BOLD : FONT_BODY, line, x + pad, y + pad, width - 2 * pad,
                 d->picked >= 0 ? t->text : t->muted);
        y += line_h + 2 * pad + u;
        widget_button(a, CONTROL_CONTINUE, "Confirm (Enter)", d->picked >= 0 ? BUTTON_PRIMARY : BUTTON_SECONDARY, x, y, 0);
        y += widget_button_height(a, BUTTON_PRIMARY) + u;
    }
    const cw_result *r = deciding ? NULL : cw_session_result(a->session, d->result_index);
    if (r && r->reason && r->reason[0]) {
        char line[1700];
        snprintf(line, sizeof line, "Your reason: %s", r->reason);
        y += gfx_text(&a->g, FONT_SMALL, line, x, y, width, t->muted) + u;
    }
    result_view_close_page(a, !deciding, r, x, y, width);
}

static void commit(app *a)
{
    decision_state *d = &a->decision;
    char reason[TEXTFIELD_CAPACITY];
    textfield_trimmed(&d->reason, reason, sizeof reason);
    cw_error err = { 0 };
    if (cw_session_choose(a->session, d->picked, a->step.reason_prompt ? reason : NULL, &err) != 0) {
        play_failed(a, &err);
        return;
    }
    play_decided(a);
}

static void choice_action(app *a, int id)
{
    decision_state *d = &a->decision;
    if (id == CONTROL_CONTINUE) {
        if (d->stage == STAGE_FEEDBACK)
            play_show_step(a);
        else if (d->picked >= 0)
            commit(a);
        else
            snprintf(d->status, sizeof d->status, "Select a choice first: click it or press its number.");
        return;
    }
    int picked = id - CHOICE_FIRST;
    if (d->stage != STAGE_DECIDING || picked < 0 || picked >= a->step.n_options)
        return;
    d->picked = picked; /* nothing is recorded yet: another choice may still be selected */
    d->status[0] = '\0';
    ui_focus(&a->ui, a->step.reason_prompt ? REASON_BOX : CONTROL_CONTINUE);
    a->ui.reveal_focus = 1;
}

/* Enter with nothing focused confirms the selection. */
static int choice_key(app *a, const SDL_Keysym *key)
{
    if ((key->sym == SDLK_RETURN || key->sym == SDLK_KP_ENTER) && !ui_focused(&a->ui)) {
        choice_action(a, CONTROL_CONTINUE);
        return 1;
    }
    return 0;
}

static void choice_escape(app *a)
{
    pause_show(a);
}

static const char *choice_hints(app *a)
{
    const decision_state *d = &a->decision;
    if (d->stage == STAGE_FEEDBACK)
        return scene_hints(a, "Enter continue \xC2\xB7 Page Up / Page Down scroll");
    char keys[160];
    int n = a->step.n_options < 9 ? a->step.n_options : 9;
    const ui_control *focused = ui_focused(&a->ui);
    if (d->picked >= 0 && focused && (focused->flags & UI_TEXT)) /* digits type here */
        snprintf(keys, sizeof keys, "Enter confirm \xC2\xB7 click another choice to change it \xC2\xB7 Tab move");
    else if (d->picked >= 0)
        snprintf(keys, sizeof keys, "Enter confirm \xC2\xB7 1\xE2\x80\x93%d change the choice \xC2\xB7 Tab move", n);
    else
        snprintf(keys, sizeof keys, "1\xE2\x80\x93%d select \xC2\xB7 then Enter confirm \xC2\xB7 Tab or \xE2\x86\x91\xE2\x86\x93 move", n);
    return scene_hints(a, keys);
}

const screen_ops choice_screen = {
    .draw = choice_draw,
    .action = choice_action,
    .key = choice_key,
    .escape = choice_escape,
    .hints = choice_hints,
    .in_session = 1,
};
