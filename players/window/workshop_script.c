/* workshop_script.c — --votes: the room's votes given on the command line, applied through the
 * same steps as the interactive window (enter, reveal, pick), each drawn on the way. Leaves on
 * screen what the facilitator would see last, and saves it for --screenshot. */
#include <stdio.h>
#include <string.h>

#include "workshop_app.h"
#include "show.h"

/* Draws the page on screen, every part of it when it is shown in parts; the last part stays. */
static int show(workshop *w, const char *screenshot)
{
    int rc = 0;
    w->part = 0;
    w->part_key = ws_part_key(w); /* drawn from its first part even when the page is the same */
    for (int guard = 0; guard < WS_MAX_PARTS; guard++) {
        rc |= ws_frame(w, screenshot);
        if (!ws_next_part(w, +1))
            break;
    }
    return rc;
}

static int group_index(const workshop *w, const char *role)
{
    for (int g = 0; g < w->n_groups; g++)
        if (strcmp(w->group_ids[g], role) == 0)
            return g;
    return -1;
}

/* The scene's pages, each drawn, then the choices. */
static void read_scene(workshop *w)
{
    for (int guard = 0; guard < 64 && w->view == WS_VIEW_SCENE; guard++) {
        show(w, NULL);
        ws_next_scene_page(w, +1);
    }
}

/* Enters one round's votes; -1 with a message when they do not fit the step. */
static int enter_votes(workshop *w, const ws_role_votes *roles, int n_roles, int number)
{
    int n = w->a->step.n_options;
    for (int r = 0; r < n_roles; r++) {
        const ws_role_votes *e = roles;
        int g = group_index(w, e[r].role);
        if (g < 0) {
            fprintf(stderr, "casewalk workshop: --votes decision %d: the case has no role '%s'\n", number,
                    show_line(e[r].role).text);
            return -1;
        }
        if (e[r].n_counts > n) {
            fprintf(stderr, "casewalk workshop: --votes decision %d: %d counts for '%s', but %d choices\n", number,
                    e[r].n_counts, show_line(e[r].role).text, n);
            return -1;
        }
        for (int c = 0; c < e[r].n_counts; c++)
            w->votes[g][c] = e[r].counts[c];
    }
    return 0;
}

static int apply_draft(workshop *w, const ws_entry *e, int number)
{
    app *a = w->a;
    int positions[WS_MAX_CLAUSES];
    read_scene(w);
    for (int i = 0; i < e->n_clauses; i++) {
        if (e->clauses[i] > a->step.n_options) {
            fprintf(stderr, "casewalk workshop: --votes decision %d: clause %d, but the step has %d\n", number,
                    e->clauses[i], a->step.n_options);
            return -1;
        }
        positions[i] = e->clauses[i] - 1;
        a->decision.order[i] = positions[i];
    }
    a->decision.n_order = e->n_clauses;
    show(w, NULL);
    if (w->room && ws_room_decide(w, positions, e->n_clauses) != 0)
        return -1;
    cw_error err = { 0 };
    if (cw_session_compose(a->session, positions, e->n_clauses, NULL, NULL, &err) != 0) {
        fprintf(stderr, "casewalk workshop: --votes decision %d: %s\n", number, show_line(err.message).text);
        if (err.kind == CW_ERR_NOT_SAVED)
            play_end_session(a);
        return -1;
    }
    play_decided(a);
    ws_sync(w);
    return 0;
}

/* One decision: 0 on, 1 stop here (the script said so), -1 error. */
static int apply_choice(workshop *w, const ws_entry *e, int number)
{
    app *a = w->a;
    read_scene(w);
    show(w, NULL); /* the choices, nothing counted yet */
    if (enter_votes(w, e->roles, e->n_roles, number) != 0)
        return -1;
    show(w, NULL);
    if (e->pick == WS_STOP_HIDDEN)
        return 1;
    if (e->pick == WS_STOP_MENU) {
        w->menu = 1;
        return 1;
    }
    ws_reveal(w);
    show(w, NULL);
    if (e->pick == WS_STOP_SHOWN && e->n_again == 0)
        return 1;
    ws_step_action(w, WS_SHOW_KEY);
    show(w, NULL);
    if (e->n_again > 0) {
        ws_revote(w);
        show(w, NULL);
        if (enter_votes(w, e->again, e->n_again, number) != 0)
            return -1;
        show(w, NULL);
        ws_reveal(w);
        show(w, NULL);
        if (e->pick == WS_STOP_SHOWN)
            return 1;
        ws_step_action(w, WS_SHOW_KEY);
        show(w, NULL);
    }
    int position;
    const char *picked_by;
    if (e->pick == WS_PICK_FACILITATOR) {
        if (e->pick_number > a->step.n_options) {
            fprintf(stderr, "casewalk workshop: --votes decision %d: no choice %d (there are %d)\n", number,
                    e->pick_number, a->step.n_options);
            return -1;
        }
        position = e->pick_number - 1;
        picked_by = "facilitator";
    } else {
        int ties = 0;
        position = ws_majority(w, &ties);
        if (position < 0) {
            fprintf(stderr, "casewalk workshop: --votes decision %d: %s; add @N for the facilitator's pick\n", number,
                    ties > 1 ? "the votes are tied" : "no votes");
            return -1;
        }
        picked_by = "majority";
    }
    if (ws_commit(w, position, picked_by) != 0) {
        fprintf(stderr, "casewalk workshop: --votes decision %d: %s\n", number,
                show_line(a->decision.status[0] ? a->decision.status : a->message.detail).text);
        return -1;
    }
    return 0;
}

int ws_script_run(workshop *w)
{
    app *a = w->a;
    ws_script script;
    char why[512];
    if (ws_script_parse(w->o->votes, &script, why, sizeof why) != 0) {
        show_error("casewalk workshop: --votes", why);
        return EXIT_USAGE;
    }
    int code = EXIT_PAUSED, stopped = 0;
    while (a->session && !cw_session_finished(a->session) && script.next < script.count) {
        const ws_entry *e = &script.items[script.next++];
        int number = script.next;
        int rc;
        if (a->step.kind == CW_STEP_COMPOSE) {
            if (!e->is_draft) {
                fprintf(stderr, "casewalk workshop: --votes decision %d is a drafting step: give draft=N+N...\n", number);
                rc = -1;
            } else {
                rc = apply_draft(w, e, number);
            }
        } else if (e->is_draft) {
            fprintf(stderr, "casewalk workshop: --votes decision %d is a choice: give votes, not a draft\n", number);
            rc = -1;
        } else {
            rc = apply_choice(w, e, number);
        }
        if (rc < 0) {
            code = EXIT_INPUT;
            break;
        }
        if (rc > 0) {
            stopped = 1;
            break;
        }
        /* the feedback, as the room sees it; then on, unless this was the last answer */
        if (script.next < script.count || cw_session_finished(a->session)) {
            show(w, NULL);
            play_show_step(a);
            ws_sync(w);
        }
    }
    if (code != EXIT_INPUT && a->session && cw_session_finished(a->session)) {
        code = EXIT_ENDING;
        if (a->step.kind == CW_STEP_ENDING) { /* the ending, then the room's path */
            w->scene_page = 0;
            show(w, NULL);
            w->scene_page = 1;
        }
    }
    (void)stopped;
    if (show(w, w->o->screenshot) != 0)
        code = EXIT_INPUT;
    ws_script_free(&script);
    return code;
}
