/* workshop_room.c — phones in the workshop: opens the room server (room.h) for the group
 * session, draws the join page (a large QR code, the URL and the room code, who has joined by
 * role), and keeps the projector in step with the room: each step shown, the answered counts
 * (never the choices) while voting, the split after the reveal, the second round, the room's
 * decision. The room wakes the window through an SDL user event; nothing polls. Without the room
 * server in the build, phones are not offered. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "widgets.h"
#include "workshop_app.h"

#ifdef CASEWALK_HAVE_ROOM
#include "room/room.h"

int ws_room_available(void)
{
    return 1;
}

/* Called on the server's thread: only wakes the window. */
static void room_changed(void *ud)
{
    workshop *w = ud;
    SDL_Event e;
    SDL_zero(e);
    e.type = w->room_event;
    SDL_PushEvent(&e);
}

int ws_room_open(workshop *w)
{
    app *a = w->a;
    if (w->room)
        return 0;
    /* the group session first: the room names its UUID and follows its seed */
    if (!a->session && ws_start(w) != 0)
        return -1;
    if (!w->room_event) {
        Uint32 type = SDL_RegisterEvents(1);
        if (type == (Uint32)-1) {
            snprintf(w->status, sizeof w->status, "The room could not be opened: no event for it.");
            return -1;
        }
        w->room_event = type;
    }
    const cw_scenario_info *info = cw_scenario_info_get(a->direct);
    room_options ro = {
        .listen = w->o->listen ? w->o->listen : "0",
        .scenario = a->direct,
        .scenario_path = info->path,
        .records_dir = a->records_dir,
        .workshop = cw_session_id(a->session),
        .followed_role = info->n_roles > 0 ? info->roles[w->role].id : NULL,
        .seed = cw_session_seed(a->session),
        .mode = CW_MODE_PRACTICE,
        .changed = room_changed,
        .ud = w,
    };
    cw_error err = { 0 };
    w->room = room_open(&ro, &err);
    if (!w->room) {
        snprintf(w->status, sizeof w->status, "The room could not be opened: %s", err.message);
        return -1;
    }
    free(w->qr);
    w->qr = room_qr(room_url(w->room), &w->qr_width);
    printf("Join: %s\n", room_url(w->room)); /* for the facilitator's terminal, and for scripts */
    fflush(stdout);
    /* phones add "other" to the scenario's roles */
    room_tally t;
    room_snapshot(w->room, &t);
    int n = t.n_roles <= WS_MAX_ROLES + 1 ? t.n_roles : WS_MAX_ROLES + 1;
    for (int g = w->n_groups; g < n; g++) {
        w->group_ids[g] = t.role_ids[g];
        snprintf(w->group_labels[g], sizeof w->group_labels[g], "%s", t.role_ids[g]);
    }
    w->n_groups = n;
    w->page = WS_PAGE_JOIN;
    ws_room_refresh(w);
    return 0;
}

void ws_room_close(workshop *w)
{
    if (!w->room)
        return;
    room_close(w->room);
    w->room = NULL;
}

/* The room was opened (which starts the group session: the room names its UUID and follows its
 * seed) and left before the case began: no group record is left behind, and room_close writes
 * no participant records for a case that never began. A record with decisions is kept. */
int ws_discard_unbegun(workshop *w)
{
    app *a = w->a;
    if (!a->session || w->o->resume || w->page == WS_PAGE_STEP || cw_session_result_count(a->session) > 0)
        return 0;
    cw_error err = { 0 };
    if (cw_session_discard(a->session, &err) != 0)
        return 0; /* decisions: the record stays, and is paused like any */
    play_end_session(a);
    a->outcome = EXIT_ENDING; /* nothing was begun, so nothing is paused */
    return 1;
}

void ws_room_refresh(workshop *w)
{
    if (!w->room)
        return;
    room_tally t;
    room_snapshot(w->room, &t);
    int n = t.n_roles < w->n_groups ? t.n_roles : w->n_groups;
    int choices = t.n_choices < WS_MAX_CHOICES ? t.n_choices : WS_MAX_CHOICES;
    for (int g = 0; g < n; g++) {
        w->joined[g] = t.joined[g];
        w->answered[g] = t.answered[g];
        w->first_answered[g] = t.round == 2 ? t.first_answered[g] : 0;
        if (t.stage == ROOM_REVEALED || t.stage == ROOM_ENDED) { /* never the choices before the reveal */
            for (int c = 0; c < choices; c++) {
                w->votes[g][c] = t.counts[g][c];
                if (t.round == 2)
                    w->first_votes[g][c] = t.first_counts[g][c];
            }
            w->changed[g] = t.round == 2 ? t.changed[g] : 0;
        }
    }
}

void ws_room_show_step(workshop *w)
{
    const cw_step *step = w->a->session ? cw_session_step(w->a->session) : NULL;
    if (w->room && step)
        room_show_step(w->room, step);
    ws_room_refresh(w);
}

void ws_room_reveal(workshop *w)
{
    if (!w->room)
        return;
    room_reveal(w->room);
    ws_room_refresh(w);
}

void ws_room_revote(workshop *w)
{
    if (!w->room)
        return;
    room_revote(w->room);
    ws_room_refresh(w);
}

int ws_room_decide(workshop *w, const int *positions, int n)
{
    if (!w->room)
        return 0;
    cw_error err = { 0 };
    if (room_decide(w->room, positions, n, &err) != 0) {
        /* the others are recorded; say who was not, and go on */
        snprintf(w->status, sizeof w->status, "Not every phone's answer was recorded: %s", err.message);
    }
    return 0;
}

const char *ws_room_url(const workshop *w)
{
    return w->room ? room_url(w->room) : "";
}

const char *ws_room_code(const workshop *w)
{
    return w->room ? room_code(w->room) : "";
}

#else /* built without the room server */

int ws_room_available(void)
{
    return 0;
}

int ws_room_open(workshop *w)
{
    snprintf(w->status, sizeof w->status, "This build has no room server: the room votes by hand counts.");
    return -1;
}

void ws_room_close(workshop *w)
{
    (void)w;
}

void ws_room_refresh(workshop *w)
{
    (void)w;
}

void ws_room_show_step(workshop *w)
{
    (void)w;
}

void ws_room_reveal(workshop *w)
{
    (void)w;
}

void ws_room_revote(workshop *w)
{
    (void)w;
}

int ws_room_decide(workshop *w, const int *positions, int n)
{
    (void)w;
    (void)positions;
    (void)n;
    return 0;
}

const char *ws_room_url(const workshop *w)
{
    (void)w;
    return "";
}

const char *ws_room_code(const workshop *w)
{
    (void)w;
    return "";
}

#endif

/* The join page: the QR code large on the left (dark modules on white, a quiet zone of four),
 * the URL and the code in large type, and who has joined, live. */
void ws_join_draw(workshop *w, int x, int width)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit, y = u * 2;
    int side = a->ui.view.h - u * 4;
    if (side > width / 2)
        side = width / 2;
    int modules = w->qr_width + 8;
    int cell = w->qr && modules > 0 ? side / modules : 0;
    if (cell > 0) {
        int qs = cell * modules;
        gfx_fill(&a->g, (SDL_Rect){ x, y, qs, qs }, (SDL_Color){ 255, 255, 255, 255 });
        gfx_round_frame(&a->g, (SDL_Rect){ x - a->line, y - a->line, qs + 2 * a->line, qs + 2 * a->line }, 0, a->line,
                        t->border, (SDL_Color){ 255, 255, 255, 255 });
        for (int r = 0; r < w->qr_width; r++)
            for (int c = 0; c < w->qr_width; c++)
                if (w->qr[r * w->qr_width + c])
                    gfx_fill(&a->g, (SDL_Rect){ x + (c + 4) * cell, y + (r + 4) * cell, cell, cell },
                             (SDL_Color){ 0, 0, 0, 255 });
        if (w->n_boxes < WS_MAX_CHOICES)
            w->boxes[w->n_boxes++] = (SDL_Rect){ x, y + a->ui.view.y, qs, qs };
    }
    int tx = cell > 0 ? x + cell * modules + u * 3 : x, tw = x + width - tx;
    int ty = y;
    ty += widget_caption(a, "Join on your phone", tx, ty, tw) + u / 2;
    ty += gfx_text(&a->g, FONT_BODY, "Scan the code, or open:", tx, ty, tw, t->text) + u / 3;
    ty += gfx_text(&a->g, FONT_HEADING, ws_room_url(w), tx, ty, tw, t->text) + u;
    char line[300];
    snprintf(line, sizeof line, "Room code %s", ws_room_code(w));
    ty += gfx_text(&a->g, FONT_TITLE, line, tx, ty, tw, t->accent) + u * 2;
    int joined = 0;
    for (int g = 0; g < w->n_groups; g++)
        joined += w->joined[g];
    int n = snprintf(line, sizeof line, "Joined: %d", joined);
    for (int g = 0; g < w->n_groups && n < (int)sizeof line; g++)
        n += snprintf(line + n, sizeof line - (size_t)n, "%s%s %d", g ? " \xC2\xB7 " : " (", w->group_labels[g],
                      w->joined[g]);
    if (w->n_groups > 0 && n < (int)sizeof line)
        snprintf(line + n, sizeof line - (size_t)n, ")");
    ty += gfx_text(&a->g, FONT_TITLE, line, tx, ty, tw, t->text) + u;
    ty += gfx_text(&a->g, FONT_SMALL, "Pick any name (not your real one) and your discipline. Enter begins the case; "
                   "late arrivals can still join with the code at the top of the screen.", tx, ty, tw, t->muted) + u;
    if (w->status[0])
        ty += gfx_text(&a->g, FONT_BOLD, w->status, tx, ty, tw, t->text) + u;
    int qh = cell * modules + u * 2;
    a->ui.content_height = (ty > y + qh ? ty : y + qh) + u;
}
