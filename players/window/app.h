/* app.h — the window's state: SDL objects, settings, the session being played, and what each
 * screen remembers. One app exists while the window is open. */
#ifndef CW_WINDOW_APP_H
#define CW_WINDOW_APP_H

#include <SDL2/SDL.h>
#include <time.h>

#include "casewalk.h"
#include "gfx.h"
#include "play_options.h"
#include "settings.h"
#include "shown_step.h"
#include "textfield.h"
#include "theme.h"
#include "ui.h"

typedef enum screen_id {
    SCREEN_LAUNCHER, /* cases, role, pseudonym, mode, unfinished sessions */
    SCREEN_NOTES,    /* content notes before a scenario */
    SCREEN_CHOICE,   /* reading view: scene, choices, reason, feedback */
    SCREEN_COMPOSE,  /* drafting: pick and order clauses */
    SCREEN_END,      /* ending, path, tallies, where the record is */
    SCREEN_MESSAGE,  /* paused, or something went wrong */
    SCREEN_HELP,     /* F1 or ?: every key, over the screen it came from */
    SCREEN_FACILITATOR, /* records folder, summary, debriefs, workshop and live view */
    SCREEN_COUNT
} screen_id;

/* Control ids at or above this belong to the bars, not to a screen. */
#define TOOL_IDS 9000
enum { TOOL_PAUSE = TOOL_IDS + 1, TOOL_SMALLER, TOOL_LARGER, TOOL_CONTRAST, TOOL_PROJECTOR };
/* The button that goes on after a decision (submit, then continue after the feedback). */
#define CONTROL_CONTINUE 5000

/* A case the launcher offers: from the catalog, or the one named on the command line. */
typedef struct case_entry {
    const char *path;
    cw_scenario *scenario; /* NULL when it failed to load */
    const char *error;
} case_entry;

typedef struct launcher_state {
    int selected; /* index into app.cases */
    int role;     /* index into the selected scenario's roles */
    cw_mode mode;
    textfield pseudonym;
    cw_unfinished *unfinished;
    int n_unfinished;
    char listed_for[TEXTFIELD_CAPACITY]; /* the pseudonym the unfinished list was read for */
    Uint32 refresh_due;                  /* SDL ticks when to reread it, 0 when not pending */
    char suggestion[64];                 /* a pseudonym offered while the box is blank */
    char problem[300];                   /* why the pseudonym cannot be used, beside its box */
    char problem_for[TEXTFIELD_CAPACITY]; /* the text the problem is about: typing clears it */
    char status[1200];
} launcher_state;

typedef struct notes_state {
    int case_index;
    char role[64];
    char trainee[TEXTFIELD_CAPACITY];
    cw_mode mode;
} notes_state;

typedef enum decision_stage { STAGE_DECIDING, STAGE_FEEDBACK } decision_stage;

#define MAX_DRAFT 64

/* A choice or compose step while the trainee decides, and its feedback afterwards. */
typedef struct decision_state {
    decision_stage stage;
    int picked;          /* choice position, -1 while none */
    int order[MAX_DRAFT]; /* compose: clause positions in the order chosen */
    int n_order;
    textfield reason, own;
    int result_index;  /* STAGE_FEEDBACK: which cw_result */
    char status[1200]; /* what is needed or what went wrong, shown in words */
    int status_at;     /* the control the status is about (shown beside it), UI_NONE: the page's end */
    time_t finished_at; /* when the ending was reached, for the end screen */
} decision_state;

/* A finished session found in the facilitator's records folder. */
typedef struct finished_session {
    char *path;
    char trainee[128], title[256], ended[32];
} finished_session;

typedef struct facilitator_state {
    textfield folder;      /* the records folder to read */
    long n_records;        /* records found there, -1 when it cannot be read */
    finished_session *finished; /* newest first */
    int n_finished, picked;     /* picked: index, -1 when none */
    char status[1500];          /* where a page went, or what went wrong */
} facilitator_state;

typedef struct message_state {
    int pause;            /* the pause screen: the session waits, Carry on returns to it */
    screen_id back;       /* the screen the pause or help came from */
    int back_focus, back_scroll;
    screen_id help_back;  /* the help screen's own way back */
    int help_focus, help_scroll;
    char title[256];
    char text[1536];
    char detail[1200]; /* e.g. the record's path */
} message_state;

struct app {
    const play_options *options;
    SDL_Window *window;
    SDL_Renderer *renderer;
    gfx g;
    settings settings;
    const theme *theme;
    int interactive; /* 0 while playing scripted answers: nothing is saved to window.conf */

    /* metrics, in drawable pixels */
    int width, height;
    float scale; /* drawable pixels per screen coordinate (HiDPI) */
    int unit;    /* spacing unit, follows the text size */
    int line;    /* border thickness */

    ui_state ui;
    screen_id screen;
    int dirty, running, eat_text, fullscreen;
    int settings_changed;
    int outcome; /* EXIT_ENDING, or EXIT_PAUSED while the last session is unfinished */

    char *records_dir;
    cw_catalog catalog;
    int catalog_loaded;
    cw_scenario *direct; /* the scenario named on the command line */
    case_entry *cases;
    int n_cases;

    cw_session *session;
    shown_step step;
    char bar_title[256]; /* the scenario's title in the top bar, and the role played */
    char bar_role[128];

    launcher_state launcher;
    cw_unfinished *workshops;   /* unfinished workshops the launcher offers (launcher_workshops.c) */
    int n_workshops, workshops_listed;
    char *launch_workshop;      /* a workshop record to resume once the window closes */
    char launch_scenario[128];  /* its scenario's id */
    notes_state notes;
    decision_state decision;
    message_state message;
    facilitator_state facilitator;

    int timing;  /* CASEWALK_WINDOW_TIMING is set: each frame's time goes to stderr (tools/) */
    long frames; /* frames drawn so far */
    char hints[512];        /* the key hints of the bottom bar */
    const char *screenshot; /* save the next frame drawn here, then clear */
    int screenshot_failed;
};

typedef struct app app;

/* One screen: how it draws its content into the column, and how it answers input. */
typedef struct screen_ops {
    void (*draw)(app *a, int x, int width); /* sets a->ui.content_height */
    void (*action)(app *a, int id);
    int (*key)(app *a, const SDL_Keysym *key); /* optional; 1 = handled */
    void (*escape)(app *a);                     /* optional */
    const char *(*hints)(app *a);
    int in_session; /* shows the Pause button */
} screen_ops;

extern const screen_ops launcher_screen, notes_screen, choice_screen, compose_screen, end_screen,
    message_screen, help_screen, facilitator_screen;

/* app.c */
int app_open(app *a, const play_options *options, char *why, size_t why_size);
void app_close(app *a);
void app_run(app *a); /* the event loop, until the window closes or Quit */
void app_show(app *a, screen_id screen, int focus_id);
void app_quit(app *a);
const screen_ops *app_screen(const app *a);
int app_update_metrics(app *a);                  /* after a resize or a change of text size */
void app_toggle_theme(app *a, theme_id target);  /* target or back to calm; remembered */
void app_step_text_size(app *a, int direction);  /* +1, -1, or 0 to reset; remembered */

/* frame.c */
void app_draw(app *a); /* lays out and draws a frame; saves a pending screenshot */

/* input.c */
void app_handle_event(app *a, const SDL_Event *e);
/* What every window does alike with an event: typing into the focused text box, hover, press and
 * release, the wheel. Returns the id of a control clicked (pressed and released on it), else
 * UI_NONE. A press focuses the control when its id is below focus_limit. */
int app_pointer_and_text_event(app *a, const SDL_Event *e, int focus_limit);
/* Editing keys of a text box (Backspace, Delete, arrows, Home, End, Ctrl+V); 1 when used. */
int app_edit_key(textfield *f, const SDL_Keysym *key);
int app_number_key(SDL_Keycode sym); /* 1-9 (also on the keypad), else 0 */
void app_pointer(const app *a, int wx, int wy, int *x, int *y); /* window → drawable pixels */

/* play.c: moving the session on */
int play_start(app *a, const case_entry *c, const char *role, const char *trainee, cw_mode mode);
int play_resume(app *a, const char *record_path, const char *scenario_path);
void play_show_step(app *a);
void play_decided(app *a);              /* after a decision was recorded */
void play_recall_answer(app *a);        /* sets the choice or draft shown from the last result */
void play_pause(app *a);                /* Esc: pause, record stays resumable */
void play_failed(app *a, const cw_error *err);
void play_end_session(app *a);          /* frees the session (after an ending or a pause) */
void play_to_launcher(app *a);        /* ends the session; the launcher with every case */

/* launcher_workshops.c: the launcher's "Resume workshop" entries */
int launcher_workshops_block(app *a, int x, int y, int width); /* returns the height */
int launcher_workshops_action(app *a, int id);                  /* 1 when id was one of them */

/* screen entry points */
void launcher_enter(app *a);
void launcher_use_catalog(app *a); /* offer the installed cases (and the one named, if any) */
void launcher_use_direct(app *a);  /* offer only the case named on the command line */
void launcher_tick(app *a); /* a timed refresh is due */
void notes_enter(app *a, int case_index, const char *role, const char *trainee, cw_mode mode);
void message_show(app *a, const char *title, const char *text, const char *detail);
void pause_show(app *a);  /* Esc in a session: Carry on now, or Save and quit */
void help_toggle(app *a); /* F1 or ?: the keys, and back */
void facilitator_enter(app *a);
void facilitator_free(app *a);
/* Draws the message's title, text and detail; returns the y below them. */
int message_body_draw(app *a, int x, int width);

#endif
