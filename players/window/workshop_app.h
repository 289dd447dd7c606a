/* workshop_app.h — workshop mode: one case played by a room at a projector. The facilitator
 * enters the room's votes per choice and role, reveals them as bars split by role, leads the
 * discussion (with a timer), and the group's choice moves the story on. The session is recorded
 * as a group session. The window's app (app.h) supplies the SDL objects, fonts and widgets; the
 * workshop runs its own pages and event loop over it. */
#ifndef CW_WINDOW_WORKSHOP_APP_H
#define CW_WINDOW_WORKSHOP_APP_H

#include "app.h"
#include "workshop_votes.h"

typedef struct workshop_options {
    const char *scenario;    /* installed id or .lua path */
    const char *resume;      /* an unfinished workshop record, or NULL */
    const char *role;        /* the role whose view the room follows; NULL = choose on screen */
    const char *name;        /* the workshop's name, recorded as the trainee */
    const char *records_dir; /* NULL = the default records folder */
    const char *votes;       /* --votes LIST, or NULL for the interactive window */
    const char *screenshot;  /* BMP file for the last frame, or NULL */
    const char *listen;      /* --listen [ADDR:]PORT: phones vote in a room (players/room/room.h); NULL = none */
    int timer_seconds;       /* the discussion timer's length */
} workshop_options;

/* Runs the workshop; returns an EXIT_* code (play_options.h). */
int workshop_run(const workshop_options *options);

/* ---- shared between the workshop's files ------------------------------------------------ */

typedef enum ws_page { WS_PAGE_NOTES, WS_PAGE_STEP, WS_PAGE_MESSAGE } ws_page;

typedef struct workshop {
    app *a;
    const workshop_options *o;
    play_options play; /* what the app was opened with */
    ws_page page;
    int role;          /* index of the followed role among the scenario's roles */

    /* the roles that vote: the scenario's, in its order */
    int n_groups;
    const char *group_ids[WS_MAX_ROLES];
    char group_labels[WS_MAX_ROLES][32];

    /* the decision on screen */
    int votes[WS_MAX_ROLES][WS_MAX_CHOICES];
    int fresh_cell;    /* the focused cell has not been typed in yet: a digit replaces it */
    int revealed;
    int show_counts;   /* S: the counts show while entered (else only the focused cell's) */
    int shown_for;     /* decision number the vote state belongs to (0 = none) */
    const char *picked_by; /* after the choice: "majority" or "facilitator" */
    cw_rating ratings[WS_MAX_CHOICES]; /* what each choice would rate, known after a probe */
    int ratings_known;

    /* the discussion timer */
    int timer_running;
    int timer_left_ms;
    Uint32 timer_started; /* SDL ticks when it last started */
    int timer_left_at_start;

    char status[600];
} workshop;

/* workshop_step.c: the choice step */
void ws_step_enter(workshop *w);           /* a new step is on screen */
void ws_step_draw(workshop *w, int x, int width);
void ws_step_action(workshop *w, int id);
int ws_step_key(workshop *w, const SDL_Keysym *key); /* 1 = handled */
const char *ws_step_hints(workshop *w);
void ws_reveal(workshop *w, int revealed);
int ws_majority(const workshop *w, int *tied_with); /* position, or -1 when tied or no votes */
int ws_commit(workshop *w, int position, const char *picked_by);
int ws_total(const workshop *w, int group);

/* workshop_timer.c */
void ws_timer_toggle(workshop *w);
void ws_timer_reset(workshop *w);
int ws_timer_left(const workshop *w);    /* milliseconds left */
int ws_timer_wake_ms(const workshop *w); /* until the shown second changes; -1 when stopped */
void ws_timer_tick(workshop *w);
int ws_timer_draw(workshop *w, int x, int y, int width); /* the discussion block's timer row */

/* workshop_pages.c: before the case, the ending, messages */
void ws_notes_draw(workshop *w, int x, int width);
void ws_notes_action(workshop *w, int id);
void ws_end_draw(workshop *w, int x, int width);
void ws_message_draw(workshop *w, int x, int width);
int ws_start(workshop *w); /* starts (or resumes) the session; 0 or -1 (message shown) */
void ws_pause(workshop *w);
void ws_sync(workshop *w); /* after anything that may have moved the session on */

/* workshop_probe.c: what each choice of the current step would rate */
int ws_probe_ratings(workshop *w);

/* workshop_app.c: draws a frame, saving it to screenshot when not NULL; 0, or -1 if not saved */
int ws_frame(workshop *w, const char *screenshot);

/* workshop_script.c: --votes */
int ws_script_run(workshop *w);

/* control ids shared by the pages */
enum {
    WS_QUIT = 7000,
    WS_BEGIN,
    WS_REVEAL,
    WS_MAJORITY,
    WS_TIMER,
    WS_TIMER_RESET,
    WS_ROLE_FIRST = 7100,   /* + role index */
    WS_CHOICE_FIRST = 7200, /* + choice position */
    WS_CELL_FIRST = 7300,   /* + choice * WS_MAX_ROLES + group */
    WS_MINUS_FIRST = 7400,
    WS_PLUS_FIRST = 7500,
};

#endif
