/* casewalk_report.h — what the records teach: a trainee's debrief, a facilitator's group summary
 * and an xAPI export, over the engine's public interface.
 *
 * Records are untrusted data (they come back from many laptops): every record is read through
 * the engine's record reader, every string from a record is escaped where it is written, and a
 * record that is wrong is refused with a message naming the file and line.
 *
 * Ownership: a cw_report_session owns every string it points to until cw_report_session_free (or
 * the next cw_report_session_load into it). A debrief or group owns its results until freed. The
 * writers return 0, or -1 when the stream failed (ferror). */
#ifndef CASEWALK_REPORT_H
#define CASEWALK_REPORT_H

#include <stdint.h>
#include <stdio.h>

#include "casewalk.h"

/* ---- one session, read from its record ---------------------------------------------------- */

typedef enum cw_report_event_kind {
    CW_EVENT_SCENE,
    CW_EVENT_PHASE,
    CW_EVENT_DECISION, /* a choice step, or a compose step ("draft" line): see decision */
    CW_EVENT_ENDING,
    CW_EVENT_PAUSED,
    CW_EVENT_RESUMED
} cw_report_event_kind;

/* A workshop's votes at one decision: counts per choice, in the order shown. */
typedef struct cw_report_votes {
    const char *role;
    const int *counts; /* n_shown entries */
} cw_report_votes;

typedef struct cw_report_decision {
    int line;        /* line of the record */
    const char *id;  /* the event's UUID */
    const char *time;
    const char *scene, *phase;
    int number;      /* 1-based decision number in the session */
    int is_draft;    /* a compose step */
    const char *const *shown; /* choice ids (a draft: clause ids) in the order shown */
    int n_shown;
    const char *chosen;       /* choice id; a draft: the clause ids joined with "+" */
    int position;             /* 1-based among shown; 0 for a draft */
    const char *const *recommended; /* choice ids; none for a draft */
    int n_recommended;
    cw_rating rating;
    int points, max_points;
    const char *const *tags;
    int n_tags;
    int64_t ms;          /* time to decide */
    const char *reason;  /* the trainee's stated reason; NULL when not asked */

    /* drafts */
    const char *const *clauses;
    int n_clauses;
    const char *own, *text; /* own sentence ("" if none) and the whole draft */
    double score, score_max; /* the rubric's score */
    const char *const *flags;
    int n_flags;
    const char *const *missing;
    int n_missing;

    /* workshop sessions */
    const cw_report_votes *votes;
    int n_votes;
    const char *picked_by; /* "majority" or "facilitator"; NULL otherwise */

    /* a room participant's record (docs/record-format.md, "Room participants"): the room's
     * choice moved the story on; chosen, rating and the rest are the participant's own vote */
    int followed;             /* did not answer: chosen is the room's choice (a draft: clauses are
                                 the room's), rating CW_RATING_NONE, points and max_points 0 */
    const char *room;         /* the room's choice id; NULL outside a room and on drafts */
    const char *const *room_clauses; /* a draft: the room's clause ids */
    int n_room_clauses;
    const char *first_chosen; /* their round-1 vote after a revote; NULL otherwise */

    /* Filled by cw_report_session_replay; NULL (and shown_text all NULL) until then. */
    const char *scene_text, *speaker, *discussion;
    const char *const *shown_text; /* n_shown entries: what each choice or clause said */
    const char *chosen_text;       /* the choice's text, or the draft */
    const char *feedback, *rationale;
} cw_report_decision;

typedef struct cw_report_event {
    cw_report_event_kind kind;
    int line, seq;
    const char *id, *time;
    const char *scene;  /* scene shown; decision's scene; the ending's id */
    const char *phase;  /* phase reached, or the phase of the scene or decision */
    /* CW_EVENT_SCENE: confidential items the scene brought up, and "shown" or "withheld" */
    const char *const *secret_ids;
    const char *const *secret_states;
    int n_secrets;
    int decision;       /* CW_EVENT_DECISION: index into decisions */
    const char *ending_title, *classification; /* CW_EVENT_ENDING */
    long long from_seq; /* CW_EVENT_RESUMED */
} cw_report_event;

typedef struct cw_report_session {
    const char *path;
    const char *session_id; /* UUID */
    const char *header_id, *started; /* the header line's event UUID and time */
    const char *scenario_id, *scenario_version, *scenario_title, *scenario_sha256;
    const char *role, *trainee, *mode, *engine;
    uint64_t seed;
    int group; /* a workshop session: trainee names the workshop */
    /* a room participant: the group session's UUID and their own role (or "other"); NULL else */
    const char *workshop, *discipline;
    const cw_report_event *events;
    int n_events;
    const cw_report_decision *decisions;
    int n_decisions;
    const cw_report_event *ending; /* NULL while unfinished */
    /* a torn last line set aside: its line number and why (torn_line 0 when none) */
    int torn_line;
    const char *torn_why;
    /* after cw_report_session_replay: decisions replayed through the scenario, and why the
     * replay stopped early ("" when it did not) */
    int replayed;
    const char *replay_note;
} cw_report_session;

/* The first call gives cJSON an allocator of its own for the rest of the process (record lines
 * are parsed into one reused block; elsewhere it is malloc): a program with cJSON hooks of its
 * own installs them after. */
cw_report_session *cw_report_session_new(void);
/* Reads a record into s (emptying it first). A torn last line is set aside and reported in
 * torn_line; anything else wrong is an error naming the file and line. Returns 0 or -1. */
int cw_report_session_load(cw_report_session *s, const char *path, cw_error *err);
/* Replays the recorded answers through scenario (same role and seed, recording nothing) to
 * fill the texts a record does not hold: scene text, choice texts, feedback, rationale. Stops
 * where the scenario no longer matches the record and says why in replay_note. Returns the
 * number of decisions replayed. */
int cw_report_session_replay(cw_report_session *s, cw_scenario *scenario);
void cw_report_session_free(cw_report_session *s);

/* The scenario a record was made with: from scenario_path if given, else the installed
 * scenario of its id. NULL (and err) when none loads; *same_file says whether its sha256 is the
 * one in the record. */
cw_scenario *cw_report_scenario_for(const cw_report_session *s, const char *scenario_path,
                                    int *same_file, cw_error *err);

/* ---- records named on a command line ---------------------------------------------------- */

/* Calls fn for each record under paths: a file as named; a folder searched (subfolders too, to
 * CW_REPORT_MAX_DEPTH levels) for *.jsonl files. Collected folders are data: inside them no
 * symbolic link is followed, to a file or a folder, and no FIFO, socket or device is opened;
 * those are counted in *skipped (when not NULL; added to what it holds). A path named here is
 * followed if it is a link. sorted: each folder's entries in name order (costs memory for one
 * folder's names); otherwise in the order the folder lists them. fn returns 0 to go on. Returns
 * 0, or -1 with err (a path that cannot be read). */
#define CW_REPORT_MAX_DEPTH 8
typedef struct cw_report_skipped {
    long links;    /* symbolic links, not followed */
    long special;  /* FIFOs, sockets and devices, not opened */
    long too_deep; /* folders nested deeper than CW_REPORT_MAX_DEPTH, not searched */
} cw_report_skipped;
typedef int (*cw_report_path_fn)(void *ud, const char *path, cw_error *err);
int cw_report_each_record(const char *const *paths, int n_paths, int sorted, cw_report_path_fn fn,
                          void *ud, cw_report_skipped *skipped, cw_error *err);
/* "2 symbolic links (not followed), 1 FIFO, socket or device" into out; 0 when nothing was
 * skipped (out ""). */
int cw_report_skipped_describe(const cw_report_skipped *s, char *out, size_t size);

/* ---- one session collected more than once ------------------------------------------------- */

/* Records are copied from laptop to stick to folder: the same file twice, or a mid-session copy
 * beside the finished file. Sessions are told apart by their header's session id, and each is
 * counted once: of several copies the most complete is used (finished first, then the most
 * decisions, the most lines, one without a torn line, the first by path); the others are listed
 * as duplicates. Memory: a small slot per distinct session, a path per session found twice. */
typedef struct cw_report_copies cw_report_copies;

typedef enum cw_copy_verdict {
    CW_COPY_USE,  /* the session's only copy: use it now */
    CW_COPY_HOLD, /* the most complete of several copies so far: cw_report_copies_next_held
                     gives it back after the pass if it stays so */
    CW_COPY_SKIP  /* a duplicate: a session used, or held in a more complete copy */
} cw_copy_verdict;

typedef struct cw_report_duplicate {
    const char *path;       /* the copy not used */
    const char *kept;       /* the copy used instead; NULL when it was used before this one
                               appeared (a copy that was not there in the first pass) */
    const char *session_id;
    int other_try; /* another session of the same trainee and role (counting people), not a copy */
} cw_report_duplicate;

cw_report_copies *cw_report_copies_new(void);
void cw_report_copies_free(cw_report_copies *c);
/* First pass: notes the session id in path's header (cw_report_copies_note: one read elsewhere). */
void cw_report_copies_scan(cw_report_copies *c, const char *path);
void cw_report_copies_note(cw_report_copies *c, const char *session_id);
/* Counting people (the summary): a trainee's sessions in one role count once, the most complete
 * kept and the others listed as other tries, as copies are. Call before the first pass; the note
 * then needs the header's trainee, role and whether it is a room's record. */
void cw_report_copies_by_person(cw_report_copies *c);
/* Returns how many records of that session (or person) are noted so far; 0 when it has no id. */
int cw_report_copies_note_person(cw_report_copies *c, const char *session_id, const char *trainee,
                                 const char *role, int group);
/* Keeps what was noted but forgets what was offered: the second pass starts again. */
void cw_report_copies_restart(cw_report_copies *c);
/* Second pass, for each session read whole: a cw_copy_verdict, or -1 when out of memory. */
int cw_report_copies_offer(cw_report_copies *c, const cw_report_session *s);
/* After the second pass: the held copies to use now, one per session, by path; NULL when done. */
const char *cw_report_copies_next_held(cw_report_copies *c);
/* The duplicates, the first CW_REPORT_SET_ASIDE_LISTED by path (n of them); *total counts all.
 * Valid until the next call or cw_report_copies_free. */
const cw_report_duplicate *cw_report_copies_duplicates(cw_report_copies *c, int *n, long *total);

/* ---- debrief: one trainee, one session ---------------------------------------------------- */

typedef struct cw_report_debrief cw_report_debrief;

/* Analyses a session for its debrief. scenario may be NULL (a record alone gives the path,
 * ratings, times and reasons, but no texts, feedback or the other role's view). The debrief
 * borrows s and scenario: both must outlive it. */
cw_report_debrief *cw_report_debrief_new(cw_report_session *s, cw_scenario *scenario, cw_error *err);
/* The terminal's debrief, its lines wrapped at width columns on word boundaries (0: not wrapped). */
int cw_report_debrief_write_text(const cw_report_debrief *d, FILE *out, int width);
int cw_report_debrief_write_html(const cw_report_debrief *d, FILE *out);
void cw_report_debrief_free(cw_report_debrief *d);

/* ---- group summary: a facilitator, many sessions ------------------------------------------ */

#define CW_REPORT_DEFAULT_MIN_GROUP 3

typedef struct cw_report_group cw_report_group;

typedef struct cw_report_group_options {
    int min_group;             /* a role group smaller than this is not broken out; 0 = default */
    const char *scenario_path; /* the scenario file; NULL = the installed one of the records' id */
    /* one room's workshop: its group session's UUID, or a prefix of it of at least 8 hex digits
     * that only that workshop has. Only its participants' records are summarized, split by their
     * discipline; its group record counts as the workshop. NULL = every record. */
    const char *workshop;
    FILE *sessions_csv;        /* when set: a CSV row per session and decision as each is used */
} cw_report_group_options;

/* How many answers each group gave at one decision, per choice. */
typedef struct cw_report_split {
    const char *role;  /* role id, or NULL for smaller roles pooled together */
    const char *label; /* "CPS", "DV", "Other roles", ... */
    int answered;
    const int *counts;  /* n_choices entries, as in the decision's choices */
    const int *offered; /* n_choices entries: 1 where the group was offered the choice */
    double median_ms;   /* -1 when none */
} cw_report_split;

typedef struct cw_report_group_choice {
    const char *id, *text; /* text "" when the scenario is not at hand */
    int recommended;
    int count;
    /* numbered per role, as a trainee of that role had them: choices every role was offered
     * first (1, 2, ...), then each role's own after them; for_roles names the roles of a choice
     * not every role was offered ("DV", "CPS · DV"), NULL otherwise */
    int number;
    const char *for_roles;
    int room_votes; /* votes of rooms (workshop records), kept apart from count */
} cw_report_group_choice;

typedef struct cw_report_group_decision {
    const char *scene, *phase, *discussion; /* discussion NULL when none or unknown */
    const char *title;   /* the scene's short title (names.h): its own, else its first words */
    const char *label;   /* what people read: "Removal · Weighing the risk" */
    int is_draft;        /* then the choices are the drafts' ratings */
    int first_number;    /* the earliest decision number it was met at, for ordering */
    int answered;        /* trainees' answers (rooms' votes are in room_votes) */
    int room_votes;      /* rooms' votes at this decision, all choices */
    double median_ms;    /* of individual sessions; -1 when none */
    const cw_report_group_choice *choices;
    int n_choices;
    const cw_report_split *splits; /* by role; n_splits 0 when not broken out */
    int n_splits;
    const char *not_split_why;     /* why not, or NULL */
    const char *prompt;  /* what to discuss: the scenario's prompt, else (on a decision where the
                            roles diverged) one built from what each role chose most */
    double divergence;   /* total variation distance between the two compared roles; -1 if none */
    int divergence_by_rating; /* the roles were offered different choices: compared by rating */
    /* drafts: the phrases flagged and elements missing most often, with counts */
    const char *const *flags;
    const int *flag_counts;
    int n_flags;
    const char *const *missing;
    const int *missing_counts;
    int n_missing;
} cw_report_group_decision;

typedef struct cw_report_group_ending {
    const char *id, *title, *classification;
    int count;  /* trainees' sessions */
    int rooms;  /* rooms' sessions, apart */
    const cw_report_split *splits; /* counts has one entry: the sessions of the group */
    int n_splits;
} cw_report_group_ending;

typedef struct cw_report_flow_node {
    const char *id;
    const char *title;          /* a scene's short title, an ending's title */
    const char *classification; /* endings only, else NULL */
    int column, visits;
} cw_report_flow_node;

typedef struct cw_report_flow_link {
    int from, to; /* node indexes */
    int count;
} cw_report_flow_link;

typedef struct cw_report_set_aside {
    const char *path;
    int line;           /* 0 when the whole file */
    const char *reason;
    int partly_used;    /* a torn record whose good lines were used */
} cw_report_set_aside;

typedef struct cw_report_group_view {
    const char *scenario_id, *scenario_version, *scenario_title, *scenario_sha256;
    const char *scenario_note;  /* why texts and prompts are missing, or NULL */
    int min_group;
    long files, included, finished, workshops, votes;
    const char *workshop;  /* the workshop summarized (its UUID), or NULL */
    long other_workshops;  /* records passed over: not of that workshop */
    long trainees;    /* distinct pseudonyms among the trainees' sessions */
    long trainee_sessions; /* trainees' sessions used (included less the rooms') */
    long room_participants, participant_rooms; /* room participants' records, kept apart */
    const char *const *rooms;  /* the first few of those rooms' ids (n_rooms_listed) */
    int n_rooms_listed;
    const cw_report_split *sessions; /* sessions by role (counts unused); n 0 when not split */
    int n_sessions_split;
    const char *compared[2], *compared_labels[2]; /* the two roles the divergence compares */
    const cw_report_group_decision *decisions; /* in the order met */
    int n_decisions;
    const int *ranking; /* decision indexes, most divergent first */
    int n_ranking;
    const cw_report_group_ending *endings;
    int n_endings;
    const cw_report_flow_node *nodes;
    int n_nodes;
    const cw_report_flow_link *links;
    int n_links;
    const cw_report_set_aside *set_aside; /* the first CW_REPORT_SET_ASIDE_LISTED by path */
    int n_set_aside;
    long set_aside_total; /* records listed: set aside, or used in part */
    long partly_used;     /* of those, records whose good lines were used */
    /* copies of a session another record holds more completely (or already counted): read,
     * neither used nor set aside; the first CW_REPORT_SET_ASIDE_LISTED by path */
    const cw_report_duplicate *duplicates;
    int n_duplicates;
    long duplicates_total;
} cw_report_group_view;

#define CW_REPORT_SET_ASIDE_LISTED 500

cw_report_group *cw_report_group_new(const cw_report_group_options *options);
/* First pass: reads only the header of a record, to find the scenario most records share. */
void cw_report_group_scan(cw_report_group *g, const char *path);
/* Settles on that scenario (and loads it where it can). Returns -1 with err if no record has a
 * readable header. */
int cw_report_group_begin(cw_report_group *g, cw_error *err);
/* Second pass: adds one record, or sets it aside with the reason. Returns 1 when used, 0 when
 * set aside, -1 on a system failure (err). A session in several records is counted once, from
 * its most complete copy (see cw_report_copies): its copies return 1 with err CW_OK, and the one
 * used is added by cw_report_group_finish. Memory grows only by a small slot per session. */
int cw_report_group_add(cw_report_group *g, const char *path, cw_error *err);
/* Or both passes in one, reading each record once (group_once.c), when no --workshop and no
 * sessions CSV are asked for: cw_report_group_read for each record instead of scan, begin and add
 * (it returns what cw_report_group_add does), then cw_report_group_read_done. Returns 1 when the
 * totals stand (call cw_report_group_finish), or 0 when the records need the two passes after all
 * (a session found in several records, or a first scenario that turned out not to be the most
 * common): the headers are all noted and the totals begun again, so call cw_report_group_add for
 * each record. *reported: how many records the one pass read whole (whose set-aside notes were
 * shown already); -1 with err on a system failure. */
int cw_report_group_read(cw_report_group *g, const char *path, cw_error *err);
int cw_report_group_read_done(cw_report_group *g, long *reported, cw_error *err);
/* Works out texts, prompts, medians and the divergence ranking (once; later calls return the
 * same view). The writers below write that view: call them after this. */
const cw_report_group_view *cw_report_group_finish(cw_report_group *g, cw_error *err);
int cw_report_group_write_text(const cw_report_group *g, FILE *out, int width); /* 0: not wrapped */
int cw_report_group_write_html(const cw_report_group *g, FILE *out);
int cw_report_group_write_json(const cw_report_group *g, FILE *out);
/* A CSV row per decision, choice and role (RFC 4180, UTF-8 with a byte order mark, CRLF; cells a
 * spreadsheet would take for a formula begin with '). */
int cw_report_group_write_csv(const cw_report_group *g, FILE *out);
void cw_report_group_free(cw_report_group *g);

/* ---- a group summary from a learning record store's statements ------------------------------ */

/* Reads xAPI statements of one scenario written by cw_xapi_write_session (from a record store,
 * page by page: the caller does the HTTP) back into sessions and folds them into a group.
 * Sessions are keyed by context.registration; each is folded in once its statements stop
 * coming, so memory stays bounded by the sessions whose statements are interleaved, not by the
 * number of statements (report/xapi_from.c says how). Statements that cannot be used are
 * counted, with the first of each kind described; a session with one is set aside with the
 * reason, named by its registration. */
typedef struct cw_report_xapi_reader cw_report_xapi_reader;

typedef struct cw_report_xapi_counts {
    long statements;      /* read in the second pass */
    long sessions;        /* registrations folded in or set aside */
    long invalid;         /* not a statement, or without a registration */
    long foreign;         /* verbs casewalk's mapping does not use */
    long unknown_version; /* of a mapping version this casewalk does not read */
    char first_invalid[300], first_foreign[300], first_unknown_version[300];
} cw_report_xapi_counts;

/* homepage as given to cw_xapi_write_session; scenario_id the scenario summarised. The reader
 * borrows g. NULL when out of memory. */
cw_report_xapi_reader *cw_report_xapi_reader_new(cw_report_group *g, const char *homepage,
                                                 const char *scenario_id);
/* The scenario's activity IRI: what to ask the store for (activity=, related_activities=true). */
const char *cw_report_xapi_reader_activity(const cw_report_xapi_reader *r);
/* One page of a StatementResult ({"statements": [...], "more": "..."}), len bytes of body. The
 * first pass (before cw_report_group_begin) reads only "initialized" statements, to find the
 * scenario version and file most sessions share; the second pass (after it) reads every
 * statement. Writes the "more" link into more ("" on the last page). Returns the number of
 * statements on the page, or -1 with err (not a statement result; a link too long; out of
 * memory). */
long cw_report_xapi_reader_page(cw_report_xapi_reader *r, int first_pass, const char *body, size_t len,
                                char *more, size_t more_size, cw_error *err);
/* After the second pass's last page: folds in the sessions still open. 0, or -1 with err. */
int cw_report_xapi_reader_end(cw_report_xapi_reader *r, cw_error *err);
const cw_report_xapi_counts *cw_report_xapi_reader_counts(const cw_report_xapi_reader *r);
void cw_report_xapi_reader_free(cw_report_xapi_reader *r);

/* ---- xAPI 1.0.3 statements ---------------------------------------------------------------- */

#define CW_XAPI_DEFAULT_HOMEPAGE "https://casewalk.example"
/* The version of the mapping from records to statements (docs/xapi.md). Each statement carries
 * it (context extension .../mapping-version), and it is part of every statement id: a statement
 * id is a name-based UUID of the record line's UUID and this version, so statements of a new
 * mapping never reuse an older mapping's ids. Raise it whenever a statement's bytes change. */
#define CW_XAPI_MAPPING_VERSION 2

/* Checks a --homepage value: an http(s) URL without spaces, quotes or a fragment. */
int cw_xapi_homepage_ok(const char *homepage);
/* Writes the session's statements, each a JSON object on its own line, preceded by ",\n" when
 * *count is not 0 (so a caller can wrap them in "[\n" ... "\n]\n"); adds to *count. The output
 * depends only on the record and homepage: exporting again gives the same bytes. */
int cw_xapi_write_session(const cw_report_session *s, const char *homepage, FILE *out, long *count);
/* Calls each(ud, seq, json) for every statement of the session, in order: seq is the record
 * line the statement comes from (0 for the header; an ending's line gives two), json one
 * statement on one line as cJSON prints it. Returns -1 when memory runs out or each returns
 * non-zero (it stops there), else 0. The statements of a line never change when lines are added
 * after it, so a sender may skip the first statements it already delivered. */
typedef int (*cw_xapi_statement_fn)(void *ud, long seq, const char *json);
int cw_xapi_each_statement(const cw_report_session *s, const char *homepage, cw_xapi_statement_fn each,
                           void *ud);

/* ---- a facilitator guide: one case, for a room --------------------------------------------- */

typedef struct cw_report_guide cw_report_guide;

/* Builds a case's facilitator guide from the scenario alone: a timed 90-minute and 3-hour plan,
 * the discussion prompts by phase, what each role sees that another does not, the practice points
 * it cites with their sources, and a one-page handout. scenario must outlive the guide. */
cw_report_guide *cw_report_guide_new(const cw_scenario *scenario, cw_error *err);
int cw_report_guide_write_text(const cw_report_guide *g, FILE *out, int width); /* 0: not wrapped */
int cw_report_guide_write_html(const cw_report_guide *g, FILE *out);
int cw_report_guide_write_markdown(const cw_report_guide *g, FILE *out);
int cw_report_guide_write_json(const cw_report_guide *g, FILE *out);
void cw_report_guide_free(cw_report_guide *g);

/* ---- practice points: what a rationale cites as "(point 17)" ------------------------------- */

#define CW_PRACTICE_POINTS 25
/* The point numbers text cites as "point 4", "points 13, 14", "points 2-4" or "points 2–4",
 * in the order cited, each once (at most max). NULL cites none. */
int cw_practice_points_cited(const char *text, int *numbers, int max);
/* A point's short title, its one-line statement, and the source to read further; NULL when
 * number is not a point. */
const char *cw_practice_point_title(int number);
const char *cw_practice_point_text(int number);
const char *cw_practice_point_source(int number);
/* "Point 2, Removal from the protective parent is a last resort (Safe & Together model
 * principles); point 7, ..." for the points text cites, into out; "" when it cites none.
 * Returns how many points. */
int cw_practice_sources_line(const char *text, char *out, size_t size);

/* ---- files written whole ------------------------------------------------------------------ */

/* A report file: written to a temporary file (0600) beside path, then fsync, rename, and fsync
 * of the folder, so a reader never sees half a report. "-" writes to standard output. */
typedef struct cw_report_output {
    FILE *file;
    char *path, *temp_path;
} cw_report_output;

int cw_report_output_open(cw_report_output *o, const char *path, cw_error *err);
int cw_report_output_commit(cw_report_output *o, cw_error *err);
void cw_report_output_abort(cw_report_output *o);

/* Writes JSON text as cJSON prints it, with what cJSON leaves raw inside strings made safe for
 * a terminal: DEL and the C1 controls (U+0080-U+009F) as \u007f and \u0080-\u009f (the same
 * JSON to a parser), and a byte that is not UTF-8 (a file name's, say) as \ufffd, so that the
 * output is valid JSON. */
void cw_json_put(FILE *out, const char *json);

#endif
