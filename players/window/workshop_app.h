/* workshop_app.h — workshop mode: one case played by a room at a projector. Every page fits one
 * screen: the scene (paged when long), then all the choices while the room votes (on phones
 * through the room server, or by hand counts the facilitator types), then the split by role once
 * revealed; the recommended choice on a separate key; a second vote after discussion. A fixed
 * action bar at the bottom always shows the timer and the next action. The group's choice moves
 * the story on; the session is recorded as a group session. The window's app (app.h) supplies
 * the SDL objects, fonts and widgets. */
#ifndef CW_WINDOW_WORKSHOP_APP_H
#define CW_WINDOW_WORKSHOP_APP_H

#include "app.h"
#include "workshop_votes.h"

typedef struct workshop_options {
    const char *scenario;    /* installed id or .lua path; NULL with resume_last */
    const char *resume;      /* an unfinished workshop record, or NULL */
    int resume_last;         /* --resume without a path: the newest unfinished workshop record */
    const char *role;        /* the role whose view the room follows; NULL = choose on screen */
    const char *name;        /* the workshop's name, recorded as the trainee */
    const char *records_dir; /* NULL = the default records folder */
    const char *votes;       /* --votes LIST, or NULL for the interactive window */
    const char *screenshot;  /* BMP file for the last frame, or NULL */
    const char *shots;       /* --shots DIR: every frame of a --votes run as DIR/NN-PAGE.bmp */
    int layout_report;       /* --layout-report: each frame's boxes on standard output */
    int windowed;            /* --windowed: a window (never larger than the screen), not full screen */
    const char *listen;      /* --listen [ADDR:]PORT: phones vote through the room server */
    int timer_seconds;       /* the discussion timer's length */
    unsigned long long seed; /* --seed: the session's seed (the order of the choices), if has_seed */
    int has_seed;
} workshop_options;

/* Runs the workshop; returns an EXIT_* code (play_options.h). */
int workshop_run(const workshop_options *options);

/* ---- shared between the workshop's files ------------------------------------------------ */

typedef enum ws_page {
    WS_PAGE_NOTES,   /* before the case: content notes, role, phones */
    WS_PAGE_JOIN,    /* phones: the QR code and who has joined */
    WS_PAGE_STEP,    /* a decision, a draft or the ending */
    WS_PAGE_MESSAGE  /* something went wrong, or paused */
} ws_page;

/* What the step page shows: the scene (one page of it), the choices while the room votes, the
 * results once revealed, the group's choice and its feedback. */
typedef enum ws_view { WS_VIEW_SCENE, WS_VIEW_CHOICES, WS_VIEW_RESULTS, WS_VIEW_FEEDBACK } ws_view;

typedef struct room room;

#define WS_MAX_PARTS 32
#define WS_MAX_BREAKS 2048

typedef struct workshop {
    app *a;
    const workshop_options *o;
    play_options play; /* what the app was opened with */
    ws_page page;
    ws_view view;
    int role;          /* index of the followed role among the scenario's roles */
    int menu;          /* the pause menu is open */

    /* the roles that vote: the scenario's, in its order (then "other" with phones) */
    int n_groups;
    const char *group_ids[WS_MAX_ROLES + 1];
    char group_labels[WS_MAX_ROLES + 1][32];

    /* the scene's pages: line where each page starts, for the scene on screen */
    int scene_page, scene_pages;
    int page_line[64];

    /* the decision on screen */
    int votes[WS_MAX_ROLES + 1][WS_MAX_CHOICES];     /* this round */
    int first_votes[WS_MAX_ROLES + 1][WS_MAX_CHOICES]; /* round 1, once round 2 opened */
    int changed[WS_MAX_ROLES + 1]; /* round 2 with phones: changed their choice */
    int answered[WS_MAX_ROLES + 1]; /* phones: have a vote in this round */
    int first_answered[WS_MAX_ROLES + 1]; /* phones, round 2: had a vote in round 1 */
    int pooled_votes[2][WS_MAX_CHOICES]; /* the pooled or whole-room row drawn (this round, round 1) */
    int joined[WS_MAX_ROLES + 1];
    int round;         /* 1, or 2 after a revote */
    int fresh_cell;    /* the focused cell has not been typed in yet: a digit replaces it */
    int revealed;
    int key_shown;     /* K: the recommended choice is marked */
    int shown_for;     /* decision number the vote state belongs to (0 = none) */
    const char *picked_by; /* after the choice: "majority" or "facilitator" */
    cw_rating ratings[WS_MAX_CHOICES]; /* what each choice would rate, known after a probe */
    int ratings_known;

    /* phones */
    int phones;        /* the start page's toggle: the room server takes the votes */
    room *room;
    unsigned char *qr; /* the join URL's QR code, qr_width squared modules */
    int qr_width;
    Uint32 room_event; /* SDL user event the room's changed callback pushes */

    /* the discussion timer */
    int timer_running;
    int timer_left_ms;
    Uint32 timer_started; /* SDL ticks when it last started */
    int timer_left_at_start;

    /* the frame's geometry, for --layout-report: the action bar and what the page placed */
    SDL_Rect action_bar;
    SDL_Rect boxes[WS_MAX_CHOICES];
    int n_boxes;
    int body_px;       /* body text size the page was drawn at */
    int content_h;     /* the page's height, to compare with the view's */
    long shot_number;

    /* a page taller than the view is shown in parts, split where a block or a line begins,
     * never shrunk below the room's size (workshop_parts.c) */
    int part, parts;                  /* the part on screen, how many there are */
    int part_start[WS_MAX_PARTS + 1]; /* content y of each part's first and last pixel row */
    int part_end[WS_MAX_PARTS + 1];
    int part_scroll;                  /* how far the content is moved up for the part */
    int part_items, part_first_item, part_last_item; /* boxes on the page and on this part */
    long part_key;                    /* which page the parts are of: a new page starts at part 1 */
    int breaks[WS_MAX_BREAKS];

    char status[1200];
} workshop;

/* workshop_step.c: the choice step */
void ws_step_enter(workshop *w);           /* a new step is on screen */
void ws_step_draw(workshop *w, int x, int width);
void ws_step_action(workshop *w, int id);
int ws_step_key(workshop *w, const SDL_Keysym *key); /* 1 = handled */
const char *ws_step_hints(workshop *w);
void ws_step_actions(workshop *w, int *ids, const char **labels, int *n); /* the action bar's buttons */
void ws_reveal(workshop *w);
void ws_revote(workshop *w);
void ws_show_choices(workshop *w);
int ws_next_scene_page(workshop *w, int dir); /* 1 when it moved */
int ws_majority(const workshop *w, int *tied_with); /* position, or -1 when tied or no votes */
int ws_commit(workshop *w, int position, const char *picked_by);
int ws_total(const workshop *w, int group);
int ws_n_choices(const workshop *w);
const char *ws_view_name(const workshop *w);

/* workshop_cells.c: hand counts typed per choice and role */
int ws_typed_groups(const workshop *w); /* the roles hand counts are typed for */
int ws_cell_id(int choice, int group);
int ws_counter(workshop *w, int choice, int group, int x, int y, int label_w); /* one role's cell; height */
int ws_counters_width(workshop *w, int *label_w);
int ws_cell_key(workshop *w, const SDL_Keysym *key); /* 1 = handled */
void ws_cell_action(workshop *w, int id);            /* a click on a cell, − or + */

/* workshop_draft.c: a drafting step's page */
void ws_draft_draw(workshop *w, int x, int width);

/* workshop_timer.c */
void ws_timer_toggle(workshop *w);
void ws_timer_reset(workshop *w);
int ws_timer_left(const workshop *w);    /* milliseconds left */
int ws_timer_wake_ms(const workshop *w); /* until the shown second changes; -1 when stopped */
void ws_timer_tick(workshop *w);
int ws_timer_draw(workshop *w, int x, int y, int flags); /* the clock and its button; the width */

/* workshop_pages.c: before the case, the ending, messages, the pause menu */
void ws_notes_draw(workshop *w, int x, int width);
void ws_notes_action(workshop *w, int id);
void ws_end_draw(workshop *w, int x, int width);
void ws_message_draw(workshop *w, int x, int width);
void ws_menu_draw(workshop *w);
int ws_start(workshop *w); /* starts (or resumes) the session; 0 or -1 (message shown) */
void ws_begin_case(workshop *w); /* from the start page: the join page with phones, else the case */
void ws_pause(workshop *w);
void ws_save_and_quit(workshop *w);
void ws_sync(workshop *w); /* after anything that may have moved the session on */

/* workshop_room.c: phones, through the room server (room.h) */
int ws_room_available(void);          /* built with the room server */
int ws_room_open(workshop *w);        /* 0, or -1 with w->status set */
void ws_room_close(workshop *w);
int ws_discard_unbegun(workshop *w); /* 1: a room opened and left before the case began left no record */
void ws_room_refresh(workshop *w);    /* counts from the room's snapshot */
void ws_room_show_step(workshop *w);
void ws_room_reveal(workshop *w);
void ws_room_revote(workshop *w);
/* The room's choice to the phones' sessions; who could not be recorded goes to w->status (the
 * others are recorded and the case goes on). Returns 0. */
int ws_room_decide(workshop *w, const int *positions, int n);
const char *ws_room_url(const workshop *w);
const char *ws_room_code(const workshop *w);
void ws_join_draw(workshop *w, int x, int width);

/* workshop_probe.c: what each choice of the current step would rate */
int ws_probe_ratings(workshop *w);

/* workshop_parts.c: a long page in parts */
long ws_part_key(const workshop *w);   /* changes when another page is on screen */
int ws_parts_plan(workshop *w);        /* from the breaks drawn: 1 when every part fits the view */
void ws_part_keep(workshop *w);        /* only the part's controls and boxes stay */
int ws_next_part(workshop *w, int dir); /* 1 when it moved */
int ws_more_parts(const workshop *w);  /* 1 when a part follows the one on screen */
void ws_part_label(const workshop *w, char *out, size_t size); /* "Page 1 of 2 · clauses 1–6 of 11 · ..." */

/* workshop_layout.c: --layout-report, a frame's boxes in words */
void ws_layout_report(workshop *w);

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
    WS_NEXT_PAGE,
    WS_SHOW_CHOICES,
    WS_REVOTE,
    WS_SHOW_KEY,
    WS_PHONES,
    WS_HANDS,
    WS_START_CASE,
    WS_MENU_CONTINUE,
    WS_MENU_SAVE_QUIT,
    WS_NEXT_PART,
    WS_ROLE_FIRST = 7100,   /* + role index */
    WS_CHOICE_FIRST = 7200, /* + choice position */
    WS_CELL_FIRST = 7300,   /* + choice * (WS_MAX_ROLES + 1) + group */
    WS_MINUS_FIRST = 7400,
    WS_PLUS_FIRST = 7500,
};
#define WS_CELLS (WS_MAX_CHOICES * (WS_MAX_ROLES + 1))

#endif
