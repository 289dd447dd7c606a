/* workshop_pages.c — workshop mode around the decisions: the start page (content notes, the
 * role whose view the room follows, phones or hand counts), starting or resuming the group
 * session, the pause menu (Continue, Save and quit), the ending, and what went wrong. */
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
    int u = a->unit, y = u * 2;
    char line[600];

    y += widget_caption(a, "Workshop \xC2\xB7 before the case", x, y, width) + u / 3;
    y += gfx_text(&a->g, FONT_TITLE, info->title, x, y, width, t->text) + u / 3;
    snprintf(line, sizeof line, "About %d minutes \xC2\xB7 played by the room as \xE2\x80\x9C%s\xE2\x80\x9D", info->minutes,
             w->o->name);
    y += gfx_text(&a->g, FONT_SMALL, line, x, y, width, t->muted) + u * 3 / 2;

    y += widget_heading(a, "Content notes", x, y, width) + u / 3;
    for (int i = 0; i < info->n_content_notes; i++)
        y += widget_bullet(a, info->content_notes[i], x, y, width) + u / 3;
    if (info->n_content_notes == 0)
        y += gfx_text(&a->g, FONT_BODY, "This case has no content notes.", x, y, width, t->muted);
    y += gfx_text(&a->g, FONT_SMALL, "Anyone may step out at any time. Esc opens the pause menu; a workshop saved "
                  "and quit resumes later.", x, y, width, t->muted) + u * 3 / 2;

    y += widget_heading(a, "Whose view does the room follow?", x, y, width) + u / 3;
    for (int i = 0; i < info->n_roles && i < 9; i++) {
        y += widget_option(a, WS_ROLE_FIRST + i, i + 1, info->roles[i].name, NULL, w->role == i, x, y, width) + u / 3;
    }
    y += u;
    y += widget_heading(a, "How does the room vote?", x, y, width) + u / 3;
    if (ws_room_available()) {
        y += widget_option(a, WS_PHONES, 0, "Phones vote (room server)",
                           w->o->listen ? "Everyone joins from their phone with a QR code; the answers come in live."
                                        : "Everyone joins from their phone with a QR code (any free port; --listen "
                                          "chooses one).",
                           w->phones, x, y, width) + u / 3;
    }
    y += widget_option(a, WS_HANDS, 0, "Hand counts", "The facilitator types the counts per role.", !w->phones,
                       x, y, width) + u / 3;
    if (w->status[0])
        y += gfx_text(&a->g, FONT_BOLD, w->status, x, y, width, t->rating[CW_RATING_HARMFUL]) + u / 2;
    a->ui.content_height = y + u;
}

void ws_begin_case(workshop *w)
{
    if (w->phones) {
        if (ws_room_open(w) == 0)
            w->page = WS_PAGE_JOIN;
        return;
    }
    if (w->a->session) { /* opened for a room, then back to hand counts: the same session */
        w->page = WS_PAGE_STEP;
        ws_sync(w);
        return;
    }
    ws_start(w);
}

void ws_notes_action(workshop *w, int id)
{
    const cw_scenario_info *info = cw_scenario_info_get(w->a->direct);
    if (id >= WS_ROLE_FIRST && id < WS_ROLE_FIRST + info->n_roles) {
        w->role = id - WS_ROLE_FIRST;
    } else if (id == WS_PHONES) {
        w->phones = ws_room_available() ? !w->phones : 0;
    } else if (id == WS_HANDS) {
        w->phones = 0;
    } else if (id == WS_BEGIN) {
        w->status[0] = '\0';
        ws_begin_case(w);
    } else if (id == WS_START_CASE) { /* from the join page: the session is open already */
        if (!w->a->session) {
            ws_start(w);
        } else {
            w->page = WS_PAGE_STEP;
            ws_room_show_step(w);
        }
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
            .seed = o->seed,
            .has_seed = o->has_seed,
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
    if (a->step.kind == CW_STEP_ENDING && w->room)
        ws_room_show_step(w);
    a->dirty = 1;
}

/* The window was closed: the record is paused (resumable), the terminal says where it is. */
void ws_pause(workshop *w)
{
    app *a = w->a;
    cw_error err = { 0 };
    const char *path = cw_session_record_path(a->session);
    if (cw_session_pause(a->session, &err) != 0) {
        show_error("casewalk workshop: the pause was not saved", err.message);
    } else if (path) {
        fprintf(stderr, "casewalk workshop: paused; carry on with: casewalk workshop --resume\n");
    }
    a->outcome = EXIT_PAUSED;
    play_end_session(a);
    w->page = WS_PAGE_MESSAGE;
    w->timer_running = 0;
}

void ws_save_and_quit(workshop *w)
{
    w->menu = 0;
    if (w->a->session && !cw_session_finished(w->a->session))
        ws_pause(w);
    app_quit(w->a);
}

/* The pause menu, over the page: Continue, or Save and quit (the workshop resumes later from
 * the launcher or with `casewalk workshop --resume`). */
void ws_menu_draw(workshop *w)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit;
    int width = a->width * 2 / 3;
    const char *title = "Paused";
    const char *text = "The room's decisions so far are saved. Save and quit to carry on later: the launcher offers "
                       "\xE2\x80\x9CResume workshop\xE2\x80\x9D, or run casewalk workshop --resume.";
    const layout *l = gfx_layout(&a->g, FONT_BODY, text, width - u * 6);
    int bh = widget_button_height(a, BUTTON_PRIMARY);
    int h = u * 3 + gfx_font(&a->g, FONT_TITLE)->line_height + u + l->height + u * 2 + bh + u * 3;
    int x = (a->width - width) / 2, y = (a->height - h) / 2;
    gfx_round_frame(&a->g, (SDL_Rect){ x, y, width, h }, u, a->line * 2, t->border_strong, t->surface);
    int cy = y + u * 3;
    cy += gfx_text(&a->g, FONT_TITLE, title, x + u * 3, cy, width - u * 6, t->text) + u;
    l = gfx_layout(&a->g, FONT_BODY, text, width - u * 6);
    gfx_draw_layout(&a->g, l, x + u * 3, cy, t->text);
    cy += l->height + u * 2;
    if (a->ui.focus_id != WS_MENU_CONTINUE && a->ui.focus_id != WS_MENU_SAVE_QUIT)
        a->ui.focus_id = WS_MENU_CONTINUE;
    int bx = x + u * 3;
    bx += widget_button(a, WS_MENU_CONTINUE, "Continue (Esc)",
                        a->ui.focus_id == WS_MENU_CONTINUE ? BUTTON_PRIMARY : BUTTON_SECONDARY, bx, cy, UI_FIXED) + u * 2;
    widget_button(a, WS_MENU_SAVE_QUIT, "Save and quit (Q)",
                  a->ui.focus_id == WS_MENU_SAVE_QUIT ? BUTTON_PRIMARY : BUTTON_SECONDARY, bx, cy, UI_FIXED);
}

/* The ending on one page, the room's path on the next (Space). */
void ws_end_draw(workshop *w, int x, int width)
{
    app *a = w->a;
    const shown_step *s = &a->step;
    const theme *t = a->theme;
    int u = a->unit, y = u * 2;
    char line[1300];
    if (w->scene_page == 0) {
        y += widget_caption(a, "The ending the room reached", x, y, width) + u / 3;
        y += gfx_text(&a->g, FONT_TITLE, s->ending_title, x, y, width, t->text) + u / 3;
        snprintf(line, sizeof line, "Outcome: %s", s->classification[0] ? s->classification : "not classified");
        y += gfx_text(&a->g, FONT_SMALL_BOLD, line, x, y, width, t->muted) + u;
        y += gfx_text(&a->g, FONT_BODY, s->text, x, y, width, t->text) + u;
        a->ui.content_height = y + u;
        return;
    }
    y += widget_caption(a, "The ending the room reached", x, y, width) + u / 3;
    y += widget_heading(a, "The room's path", x, y, width) + u / 2;
    int n = cw_session_result_count(a->session);
    for (int i = 0; i < n; i++) {
        const cw_result *r = cw_session_result(a->session, i);
        int rw = widget_rating(a, r->rating, FONT_BOLD, x, y);
        snprintf(line, sizeof line, "%d. %s", r->decision_number, r->chosen_text);
        int h = gfx_text(&a->g, FONT_BODY, line, x + rw + u, y, width - rw - u, t->text);
        int lh = gfx_font(&a->g, FONT_BOLD)->line_height;
        y += (h > lh ? h : lh) + u / 3;
    }
    y += gfx_text(&a->g, FONT_SMALL, "The record is saved: casewalk debrief and casewalk summary read it.", x, y + u / 2,
                  width, t->muted) + u;
    a->ui.content_height = y + u;
}

void ws_message_draw(workshop *w, int x, int width)
{
    app *a = w->a;
    int u = a->unit, y = message_body_draw(a, x, width);
    a->ui.content_height = y + u * 2;
}
