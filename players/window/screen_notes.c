/* screen_notes.c — before a scenario: its content notes, objectives and the role's brief, with
 * "Go back" and "Begin". */
#include <stdio.h>

#include "widgets.h"

enum { NOTES_BACK = 1, NOTES_BEGIN = 2 };

void notes_enter(app *a, int case_index, const char *role, const char *trainee, cw_mode mode)
{
    notes_state *n = &a->notes;
    n->case_index = case_index;
    snprintf(n->role, sizeof n->role, "%s", role ? role : "");
    snprintf(n->trainee, sizeof n->trainee, "%s", trainee ? trainee : "");
    n->mode = mode;
    const cw_scenario_info *info = cw_scenario_info_get(a->cases[case_index].scenario);
    snprintf(a->bar_title, sizeof a->bar_title, "%s", info->title);
    app_show(a, SCREEN_NOTES, NOTES_BEGIN);
    a->ui.reveal_focus = 0; /* open at the top: the content notes are read before anything else */
}

static void notes_draw(app *a, int x, int width)
{
    const notes_state *n = &a->notes;
    const cw_scenario *scenario = a->cases[n->case_index].scenario;
    const cw_scenario_info *info = cw_scenario_info_get(scenario);
    const cw_role *role = cw_scenario_role(scenario, n->role);
    if (!role && info->n_roles > 0)
        role = &info->roles[0];
    const theme *t = a->theme;
    int u = a->unit, y = u * 3;
    char line[512];

    y += widget_caption(a, "Before you begin", x, y, width) + u / 2;
    y += gfx_text(&a->g, FONT_TITLE, info->title, x, y, width, t->text) + u / 2;
    snprintf(line, sizeof line, "About %d minutes \xC2\xB7 You play: %s \xC2\xB7 %s mode", info->minutes,
             role ? role->name : "", n->mode == CW_MODE_ASSESSMENT ? "Assessment" : "Practice");
    y += gfx_text(&a->g, FONT_SMALL, line, x, y, width, t->muted) + u * 3;

    y += widget_heading(a, "Content notes", x, y, width) + u / 2;
    for (int i = 0; i < info->n_content_notes; i++)
        y += widget_bullet(a, info->content_notes[i], x, y, width) + u / 3;
    if (info->n_content_notes == 0)
        y += gfx_text(&a->g, FONT_BODY, "This case has no content notes.", x, y, width, t->muted);
    y += u * 2;
    y += gfx_text(&a->g, FONT_SMALL,
                  "You can pause at any time with Esc or the Pause button: your decisions are kept and you "
                  "can resume later from the launcher.", x, y, width, t->muted) + u * 3;

    if (info->n_objectives > 0) {
        y += widget_heading(a, "What this case practices", x, y, width) + u / 2;
        for (int i = 0; i < info->n_objectives; i++)
            y += widget_bullet(a, info->objectives[i], x, y, width) + u / 3;
        y += u * 2;
    }
    if (role) {
        snprintf(line, sizeof line, "Your role: %s", role->name);
        y += widget_heading(a, line, x, y, width) + u / 2;
        if (role->brief[0])
            y += gfx_text(&a->g, FONT_BODY, role->brief, x, y, width, t->text) + u;
    }
    if (info->jurisdiction && info->jurisdiction[0]) {
        snprintf(line, sizeof line, "Legal setting: %s", info->jurisdiction);
        y += gfx_text(&a->g, FONT_SMALL, line, x, y, width, t->muted) + u;
    }
    y += u * 2;
    int bx = x;
    bx += widget_button(a, NOTES_BACK, "Go back", BUTTON_SECONDARY, bx, y, 0) + u * 2;
    widget_button(a, NOTES_BEGIN, "Begin", BUTTON_PRIMARY, bx, y, 0);
    a->ui.content_height = y + widget_button_height(a, BUTTON_PRIMARY) + u * 4;
}

static void notes_action(app *a, int id)
{
    const notes_state *n = &a->notes;
    if (id == NOTES_BACK) {
        a->bar_title[0] = a->bar_role[0] = '\0';
        launcher_enter(a);
    } else if (id == NOTES_BEGIN) {
        play_start(a, &a->cases[n->case_index], n->role, n->trainee, n->mode);
    }
}

static void notes_escape(app *a)
{
    notes_action(a, NOTES_BACK);
}

static const char *notes_hints(app *a)
{
    (void)a;
    return "Enter begin \xC2\xB7 Esc go back \xC2\xB7 Tab move \xC2\xB7 Ctrl + / Ctrl \xE2\x88\x92 text size "
           "\xC2\xB7 F2 high contrast \xC2\xB7 F3 projector";
}

const screen_ops notes_screen = {
    .draw = notes_draw,
    .action = notes_action,
    .escape = notes_escape,
    .hints = notes_hints,
};
