/* debrief.h — what a debrief works out from one session, shared by its text and HTML
 * writers (text_debrief.c, html_debrief.c). */
#ifndef CW_REPORT_DEBRIEF_H
#define CW_REPORT_DEBRIEF_H

#include "casewalk_report.h"
#include "report/arena.h"
#include "report/walk.h"

#define DEBRIEF_MAX_OTHERS 8
#define DEBRIEF_TAKE_HOME 3

typedef struct debrief_other {
    const char *role, *name; /* role id and full name */
    walk_route route;        /* that role alongside the trainee */
} debrief_other;

typedef struct debrief_take_home {
    int point;        /* practice point number */
    int weight;
    int decisions[8]; /* indexes of the decisions whose rationale cites it */
    int n_decisions;
} debrief_take_home;

/* The scenario as one role can travel it: every scene reachable from the start scene through
 * the choices offered to that role and the drafting steps' routes. */
typedef struct debrief_map {
    const cw_scene_info **scenes; /* breadth-first from the start scene: scenes[0] is the start */
    int *depth;                   /* each scene's breadth-first distance from the start */
    int n_scenes, n_endings;
    int *edge_from, *edge_to;     /* indexes into scenes; each pair once, grouped by edge_from */
    int n_edges;
} debrief_map;

struct cw_report_debrief {
    cw_report_session *s;
    cw_scenario *scenario;     /* NULL when not at hand */
    const char *scenario_note; /* a caution about the scenario, or NULL */
    report_arena arena;
    const char *role_name;
    walk_route recommended;    /* n_steps 0 without the scenario */
    debrief_map map;           /* n_scenes 0 without the scenario */
    debrief_other others[DEBRIEF_MAX_OTHERS];
    int n_others;
    int *plus, *delta;         /* decision indexes; delta costliest first */
    int n_plus, n_delta;
    int points, max_points;
    int64_t total_ms;
    int *tag_points, *tag_max; /* per competency (cw_competency_count entries) */
    debrief_take_home take_home[DEBRIEF_TAKE_HOME];
    int n_take_home;
    const char **titles; /* each decision's scene by its short title (names.h), never its id */
};

/* Decision i's scene as people read it: its short title. */
const char *debrief_title(const cw_report_debrief *db, int i);
/* A scene of a route by its short title (an ending by its own). */
const char *debrief_step_title(const cw_report_debrief *db, const walk_step *ws);

/* A choice's words: the replayed text, else its id. */
const char *debrief_choice_text(const cw_report_decision *d, const char *id);
/* Whether the decision left the recommended path (a draft: whether it fell short). */
int debrief_diverged(const cw_report_decision *d);
/* The recommended choices' words, joined with " / ", in the debrief's arena. */
const char *debrief_recommended_text(const cw_report_debrief *db, const cw_report_decision *d);
/* The facilitator's prompt in advocacy-inquiry form for a decision that fell short. */
const char *debrief_prompt(const cw_report_debrief *db, const cw_report_decision *d);
/* The step of another role's walk at the trainee's decision i, or NULL where the walks parted. */
const walk_step *debrief_other_step(const debrief_other *o, const cw_report_decision *d, int i);

/* A room participant's decision (debrief_room.c): the room's choice in words where it differs
 * from theirs or they did not answer, else NULL; their round-1 vote where they changed it, else
 * NULL; how many decisions they did not answer. */
const char *debrief_room_choice(const cw_report_debrief *db, const cw_report_decision *d);
const char *debrief_first_vote(const cw_report_decision *d);
int debrief_not_answered(const cw_report_session *s);
/* The practice points any decision's rationale cites, in number order, into numbers
 * (PRACTICE_POINT_COUNT entries); returns how many: the debrief's footnoted sources. */
int debrief_cited_points(const cw_report_debrief *db, int *numbers);

/* Whether a walk picked option at its step: for a draft, the clause's place in it (1-based). */
int debrief_step_picked(const walk_step *ws, int option);
/* Writes a draft with the flagged phrases marked: <mark> in HTML, [[...]] in text. */
void debrief_put_draft(FILE *out, const cw_report_decision *d, int html);

/* Whether the role is offered the choice (none listed: every role). */
int debrief_offered(const cw_choice_info *choice, const char *role);
/* The map's index of a scene, or -1. */
int debrief_map_find(const debrief_map *map, const char *scene);

/* The path figure: the scenario map for the trainee's role with the trainee's route and the
 * recommended route overlaid, divergences marked. Where there is no map, or it is too big to
 * draw clearly, the two routes alone. Returns 1 when the map was drawn; *note (in the debrief's
 * arena) says what the figure holds, or why the map was left out; NULL when nothing to say. */
int svg_path_figure(FILE *out, const cw_report_debrief *db, const char **note);

#endif
