/* workshop_pages.c — workshop mode around the decisions: before the case (content notes and the
 * role whose view the room follows), starting or resuming the group session, the ending, a
 * pause, and what went wrong. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "result_view.h"
#include "widgets.h"
#include "workshop_app.h"
#include "show.h"

void ws_notes_draw(workshop *w, int x, int width)
{
    app *a = w->a;
    const cw_scenario_info *info = cw_scenario_info_get(a->direct);
    const theme *t = a->theme;
    int u = a->unit, y = u * 3;
    char line[600];

    y += widget_caption(a, "Workshop \xC2\xB7 before the case", x, y, width) + u / 2;
    y += gfx_text(&a->g, FONT_TITLE, info->title, x, y, width, t->text) + u / 2;
    snprintf(line, sizeof line, "About %d minutes \xC2\xB7 played by the room as \xE2\x80\x9C%s\xE2\x80\x9D", info->minutes,
             w->o->name);
    y += gfx_text(&a->g, FONT_SMALL, line, x, y, width, t->muted) + u * 3;

    y += widget_heading(a, "Content notes", x, y, width) + u / 2;
    for (int i = 0; i < info->n_content_notes; i++)
        y += widget_bullet(a, info->content_notes[i], x, y, width) + u / 3;
    if (info->n_content_notes == 0)
        y += gfx_text(&a->g, FONT_BODY, "This case has no content notes.", x, y, width, t->muted);
    y += u;
    y += gfx_text(&a->g, FONT_SMALL, "Anyone may step out at any time. Esc pauses the case; the record is kept and "
                  "the workshop can resume it later.", x, y, width, t->muted) + u * 3;

    y += widget_heading(a, "Whose view does the room follow?", x, y, width) + u / 2;
    y += gfx_text(&a->g, FONT_SMALL, "Everyone votes, whatever their role; the scenes and choices shown are "
                  "this role's.", x, y, width, t->muted) + u;
    for (int i = 0; i < info->n_roles && i < 9; i++) {
        y += widget_option(a, WS_ROLE_FIRST + i, i + 1, info->roles[i].name, info->roles[i].brief,
                           w->role == i, x, y, width) + u / 2;
    }
    y += u * 2;
    int bx = x;
    bx += widget_button(a, WS_BEGIN, "Begin the case", BUTTON_PRIMARY, bx, y, 0) + u * 2;
    widget_button(a, WS_QUIT, "Quit", BUTTON_SECONDARY, bx, y, 0);
    a->ui.content_height = y + widget_button_height(a, BUTTON_PRIMARY) + u * 4;
}

void ws_notes_action(workshop *w, int id)
{
    const cw_scenario_info *info = cw_scenario_info_get(w->a->direct);
    if (id >= WS_ROLE_FIRST && id < WS_ROLE_FIRST + info->n_roles) {
        w->role = id - WS_ROLE_FIRST;
        ui_focus(&w->a->ui, WS_BEGIN);
    } else if (id == WS_BEGIN) {
        ws_start(w);
    }
}

int ws_start(workshop *w)
{
    app *a = w->a;
    cw_error err = { 0 };
    const workshop_options *o = w->o;
    if (o->resume) {
        char notice[512] = "";
        a->session = cw_session_resume(o->resume, cw_scenario_info_get(a->direct)->path, notice, sizeof notice, &err);
        if (a->session) {
            const cw_role *role = cw_session_role(a->session);
            const cw_scenario_info *info = cw_scenario_info_get(a->direct);
            for (int i = 0; i < info->n_roles; i++)
                if (role && strcmp(info->roles[i].id, role->id) == 0)
                    w->role = i;
            if (notice[0])
                show_error("casewalk workshop", notice);
        }
    } else {
        const cw_scenario_info *info = cw_scenario_info_get(a->direct);
        cw_session_options so = {
            .role = info->n_roles > 0 ? info->roles[w->role].id : NULL,
            .trainee = o->name,
            .records_dir = a->records_dir,
            .mode = CW_MODE_PRACTICE,
            .group = 1,
        };
        a->session = cw_session_start(a->direct, &so, &err);
    }
    if (!a->session) {
        show_error("casewalk workshop", err.message);
        message_show(a, "The workshop could not start", "", err.message);
        w->page = WS_PAGE_MESSAGE;
        return -1;
    }
    a->outcome = EXIT_PAUSED;
    w->page = WS_PAGE_STEP;
    w->shown_for = 0;
    play_show_step(a);
    ws_sync(w);
    return 0;
}

void ws_sync(workshop *w)
{
    app *a = w->a;
    if (!a->session) {
        w->page = WS_PAGE_MESSAGE;
        return;
    }
    int done = cw_session_result_count(a->session);
    if (a->decision.stage == STAGE_DECIDING && w->shown_for != done + 1)
        ws_step_enter(w);
    a->dirty = 1;
}

void ws_pause(workshop *w)
{
    app *a = w->a;
    char detail[1200];
    const char *path = cw_session_record_path(a->session);
    snprintf(detail, sizeof detail, "Record: %s", path ? path : "(not recorded)");
    cw_error err = { 0 };
    if (cw_session_pause(a->session, &err) != 0)
        message_show(a, "The pause was not saved", "The decisions so far are in the record, but the pause could "
                     "not be written.", err.message);
    else
        message_show(a, "Paused",
                     "The room's decisions so far are saved. To carry on, run casewalk workshop with the same case "
                     "and --resume followed by the record below.", detail);
    a->outcome = EXIT_PAUSED;
    play_end_session(a);
    w->page = WS_PAGE_MESSAGE;
    w->timer_running = 0;
}

void ws_end_draw(workshop *w, int x, int width)
{
    app *a = w->a;
    const shown_step *s = &a->step;
    const theme *t = a->theme;
    int u = a->unit, y = u * 3;
    char line[1300];
    y += widget_caption(a, "The ending the room reached", x, y, width) + u / 2;
    y += gfx_text(&a->g, FONT_TITLE, s->ending_title, x, y, width, t->text) + u / 2;
    snprintf(line, sizeof line, "Outcome: %s", s->classification[0] ? s->classification : "not classified");
    y += gfx_text(&a->g, FONT_SMALL_BOLD, line, x, y, width, t->muted) + u * 3 / 2;
    y += gfx_text(&a->g, FONT_BODY, s->text, x, y, width, t->text) + u * 3;
    y += widget_heading(a, "The room's path", x, y, width) + u;
    int n = cw_session_result_count(a->session);
    for (int i = 0; i < n; i++)
        y += result_view(a, cw_session_result(a->session, i), 1, x, y, width) + u * 3 / 2;
    const char *path = cw_session_record_path(a->session);
    snprintf(line, sizeof line, "Record saved to %s \xE2\x80\x94 casewalk debrief and casewalk summary read it.",
             path ? path : "nowhere");
    y += gfx_text(&a->g, FONT_SMALL, line, x, y, width, t->muted) + u * 2;
    widget_button(a, WS_QUIT, "Close (Esc)", BUTTON_PRIMARY, x, y, 0);
    a->ui.content_height = y + widget_button_height(a, BUTTON_PRIMARY) + u * 4;
    (void)w;
}

void ws_message_draw(workshop *w, int x, int width)
{
    app *a = w->a;
    int u = a->unit, y = message_body_draw(a, x, width);
    widget_button(a, WS_QUIT, "Close (Enter)", BUTTON_PRIMARY, x, y + u, 0);
    a->ui.content_height = y + u + widget_button_height(a, BUTTON_PRIMARY) + u * 4;
}
