/* session_internal.h — the session's insides, shared by the runner, its record lines and resume. */
#ifndef CW_SESSION_INTERNAL_H
#define CW_SESSION_INTERNAL_H

#include <cjson/cJSON.h>

#include "record_write.h"
#include "scenario_call.h"

/* What the trainee sees at one scene, built before anything is written. */
typedef struct view {
    int scene;
    const char *text, *speaker; /* the scenario's own strings, or the owned ones below */
    char *owned_text, *owned_speaker; /* filled-in copies, or NULL */
    int n_options;
    cw_option_view *options; /* choices shown, or a compose step's clauses; one allocation holds
                              * options, option_texts and choice_index */
    char **option_texts;     /* per option: its owned filled-in text, or NULL when options[i].text
                              * is the scenario's own string */
    int *choice_index;       /* per option shown: index into the scene's choices */
    int n_reveal;
    int *revealed;   /* per scene->reveal entry: 1 shown, 0 withheld; NULL when n_reveal is 0 */
    int borrows_texts; /* the owned texts belong to another view (view_borrow): not freed here */
    size_t block_bytes; /* the size of the block behind options */
} view;

typedef struct result_entry {
    cw_result pub;
    char *owned_reason, *owned_draft, *owned_ids, *owned_feedback;
    char **flags, **missing;
    double score; /* a drafting step's rubric score (check's search uses it) */
} result_entry;

/* Details of a decision that only some callers have. */
typedef struct decision_extra {
    const cw_votes *votes;
    int n_votes;
    const char *picked_by;
    /* a participant in a room: what the room chose moves the story; the line rates their vote */
    int in_room;
    int followed;             /* they did not answer: a "followed" line */
    int first_position;       /* their round-1 choice, or -1 */
    const int *room_positions; /* the room's choice (one) or clauses, positions in the view */
    int n_room;
} decision_extra;

/* Scores a draft in place of call_rubric (same contract): check keeps what rubrics returned. */
typedef int (*rubric_fn)(void *ud, const call_context *cx, const scene *sn, const char *const *clause_ids,
                         int n_clauses, const char *own, const char *text, rubric_result *out, cw_error *err);

/* Builds the view of scene index in state in place of session_build_view (same contract): check
 * keeps the views it has built. */
typedef int (*view_fn)(void *ud, cw_session *s, const value *state, int index, view *v, cw_error *err);

/* Chooses the route in place of choose_route (same contract) for the routes of choice
 * choice_index at scene scene_index (-1: a drafting step's own): check keeps where they led. */
typedef int (*route_fn)(void *ud, const call_context *cx, int scene_index, int choice_index, const routes *rs,
                        int line, int *next_scene, cw_error *err);

/* Told where a decision leads (next_scene, in next_state, with r the result it rates, or NULL)
 * before that scene's view is built; nonzero stops the decision there: its state and result are
 * dropped, the session stays where it was, and the decision returns 1. Check stops at points it
 * has already explored. */
typedef int (*arrival_fn)(void *ud, const cw_session *s, const value *next_state, int next_scene,
                          const result_entry *r);

struct cw_session {
    cw_scenario *sc;
    int role;
    char *trainee;
    cw_mode mode;
    uint64_t seed;
    cw_rng rng;
    char id[37];
    int group;
    char *workshop;   /* a participant in a room: the group session's UUID, else NULL */
    char *discipline; /* a participant's own role id or "other", else NULL */
    int authored_order_default; /* a record from before drawn order: scenes that do not say keep it */
    value *state;
    const char *phase; /* the phase of the last scene shown (the scenario's string) */
    view view;
    cw_step step;
    int decisions;
    int finished;
    int stopped; /* the record failed: nothing more may happen */
    int64_t shown_at;
    int64_t step_clock; /* the clock read by the step under way (session.c read_step_clock) */
    result_entry *results;
    int n_results, cap_results;
    record_writer writer;
    int recording;
    int replaying;     /* resume: rebuild without writing */
    int64_t replay_ms; /* resume: the recorded time to decide */
    int owns_scenario; /* resume loaded it: free it with the session */
    rubric_fn rubric;  /* NULL: call_rubric; copied by session_clone */
    void *rubric_ud;
    view_fn view_fn; /* NULL: session_build_view; copied by session_clone */
    void *view_ud;
    route_fn route_fn; /* NULL: choose_route; copied by session_clone */
    void *route_ud;
    arrival_fn arrival; /* NULL: every decision moves on; copied by session_clone */
    void *arrival_ud;
    int untimed; /* reads no clock: every decision takes 0 ms (check's points); copied by session_clone */
    int borrows_state, borrows_view; /* a copy not yet moved: its state and view are the original's */
    void *spare_block;  /* the options block of the last view left, for the next (session.c) */
    size_t spare_bytes;
    value *spare_state; /* the block of the state before this one, for the next decision */
};

/* session.c */
cw_session *session_create(cw_scenario *sc, int role, const char *trainee, cw_mode mode, uint64_t seed,
                           int group, cw_error *err);
int session_enter_start(cw_session *s, cw_error *err);
int session_decide(cw_session *s, int position, const char *reason, const decision_extra *extra, cw_error *err);
/* An unrecorded copy of s standing where s stands (state, view, generator), without its history:
 * check tries each move on one instead of rebuilding the point. Until its first decision it
 * borrows s's state and view (s must stay as it is and outlive it); the decision gives it its own. */
cw_session *session_clone(const cw_session *s, cw_error *err);
/* Makes copy a clone of from, as session_clone would, reusing what it owns. copy is a clone whose
 * every decision so far the arrival hook stopped (so it has not moved: it still borrows the point
 * it was cloned from, which may now be freed); from is a point of the same walk. Check tries moves
 * on one copy until a move goes on: most stop. -1 when out of memory (copy is then unchanged). */
int session_reclone(cw_session *copy, const cw_session *from);
/* What scene index shows in state (its choices in written order, before the session's own
 * order), or -1 with err (v is then empty). */
int session_build_view(cw_session *s, const value *state, int index, view *v, cw_error *err);
/* A deep copy of src, or -1 when out of memory (dst is then empty); view_free frees one. */
int view_copy(view *dst, const view *src);
/* A copy of src that shares its texts (src must outlive it) and owns the rest, which the session
 * reorders; -1 when out of memory (dst is then empty). */
int view_borrow(view *dst, const view *src);
void view_free(view *v);
/* Frees what a point waiting in check's queue no longer needs: the text shown (already checked)
 * and the history. Its choices or clauses, state and generator stay. */
void session_trim(cw_session *s);

/* session_room.c: a participant in a room */
/* options name a workshop (a UUID) and a discipline (a role of the scenario or "other"), both or
 * neither, and the session is not a group session: 0, else -1 with err. */
int session_participant_check(const cw_scenario *sc, const cw_session_options *options, cw_error *err);
int session_set_participant(cw_session *s, const char *workshop, const char *discipline, cw_error *err);

/* session.c: a participant's step (session_room.c calls it) */
int session_decide_in_room(cw_session *s, int vote, int room, const char *reason, const decision_extra *extra,
                           cw_error *err);
int session_compose_in_room(cw_session *s, const int *vote, int n_vote, const char *own_text, const char *reason,
                            const int *room, int n_room, cw_error *err);

/* session_record.c: the lines of the record, each through record_append */
int session_write_header(cw_session *s, cw_error *err);
int session_write_arrival(cw_session *s, const view *v, const char *previous_phase, cw_error *err);
int session_write_decision(cw_session *s, const view *shown, const result_entry *r, int position,
                           const value *before, const value *after, const decision_extra *extra,
                           const int *positions, int n_positions, const char *own_text, double score,
                           double max, cw_error *err);
int session_write_simple(cw_session *s, const char *type, cJSON *fields, cw_error *err);
char *session_file_name(const cw_session *s);

#endif
