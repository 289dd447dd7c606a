/* screen_choice.c — the reading view: scene, numbered choices, the "why" box where the scene asks,
 * and in practice mode the rating and feedback before moving on. */
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

    if (deciding && d->picked >= 0 && s->reason_prompt) {
        y += u;
        y += gfx_text(&a->g, FONT_BOLD, s->reason_prompt, x, y, width, t->text) + u / 2;
        y += widget_textbox(a, REASON_BOX, &d->reason, "A sentence or two in your own words (optional)",
                            CONTROL_CONTINUE, 3, x, y, width);
        y += u * 3 / 2;
        widget_button(a, CONTROL_CONTINUE, "Continue", BUTTON_PRIMARY, x, y, 0);
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
        return;
    }
    int picked = id - CHOICE_FIRST;
    if (d->stage != STAGE_DECIDING || picked < 0 || picked >= a->step.n_options)
        return;
    d->picked = picked;
    d->status[0] = '\0';
    if (a->step.reason_prompt)
        ui_focus(&a->ui, REASON_BOX);
    else
        commit(a);
}

static void choice_escape(app *a)
{
    play_pause(a);
}

static const char *choice_hints(app *a)
{
    const decision_state *d = &a->decision;
    if (d->stage == STAGE_FEEDBACK)
        return scene_hints(a, "Enter continue \xC2\xB7 Page Up / Page Down scroll");
    if (d->picked >= 0 && a->step.reason_prompt)
        return scene_hints(a, "Type your reason \xC2\xB7 Enter continue \xC2\xB7 Tab move");
    char keys[128];
    snprintf(keys, sizeof keys, "1\xE2\x80\x93%d choose \xC2\xB7 Tab or \xE2\x86\x91\xE2\x86\x93 move \xC2\xB7 Enter select",
             a->step.n_options < 9 ? a->step.n_options : 9);
    return scene_hints(a, keys);
}

const screen_ops choice_screen = {
    .draw = choice_draw,
    .action = choice_action,
    .escape = choice_escape,
    .hints = choice_hints,
    .in_session = 1,
};
