/* casewalk.h — the engine's public interface: load a scenario, play a session, read its record.
 *
 * Front ends (the text player, the window, the reports) use only this header. The engine knows
 * nothing of terminals or windows. Strings returned by the engine are owned by the engine: a
 * scenario's strings live until cw_scenario_free, a step's until the next call that moves the
 * session on (cw_session_choose, cw_session_compose, cw_session_pause, cw_session_free). */
#ifndef CASEWALK_H
#define CASEWALK_H

#include <stddef.h>
#include <stdint.h>

#define CASEWALK_VERSION "0.1.0"
/* Records are written in schema 2 (the session id on every line); schema 1 is still read. */
#define CW_RECORD_SCHEMA 2
#define CW_RECORD_SCHEMA_OLDEST 1

/* ---- errors: one way to report a failure ------------------------------------------------ */

typedef enum cw_error_kind {
    CW_OK = 0,
    CW_ERR_INPUT,     /* a scenario or record is wrong: message names the file and line */
    CW_ERR_NOT_SAVED, /* the record could not be written: the session stopped */
    CW_ERR_SYSTEM     /* out of memory, no such file, and the like */
} cw_error_kind;

typedef struct cw_error {
    cw_error_kind kind;
    char message[1024]; /* "FILE:LINE: what went wrong", or "FILE: ..." where no line applies */
} cw_error;

/* Sets err (if not NULL) to "file:line: message"; line 0 leaves the line out, file NULL both. */
void cw_error_set(cw_error *err, cw_error_kind kind, const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* ---- showing untrusted text on a terminal ------------------------------------------------ */

/* The one rule for printing text that comes from a scenario, a record, a file name, the
 * environment or an error message: nothing in it may drive the terminal. Reads the character at
 * s (s not empty) and writes what shows it into shown, NUL-terminated; returns how many bytes of
 * s that was. A printable character and a tab show as themselves, and so does a newline unless
 * one_line; the rest is written as a visible escape:
 *   a newline on one line    \n        a carriage return         \r
 *   other C0 controls, DEL   \x1b      C1 controls (U+0080-009F) \u009b
 *   a byte that is not UTF-8 \xff
 * A backslash stays as it is: the escapes are for reading, not for decoding back. */
#define CW_SHOWN_CHAR_MAX 8
size_t cw_text_show_char(const char *s, int one_line, char shown[CW_SHOWN_CHAR_MAX]);

/* Asks the engine to stop any scenario code running now or later in this process: the call in
 * progress ends with "FILE:LINE: scenario stopped (interrupted)". Async-signal-safe: a front end
 * calls it from its SIGINT/SIGTERM/SIGHUP handler, so a scenario stuck in a loop cannot keep the
 * process from ending. */
void cw_interrupt(void);

/* ---- limits an author can raise ---------------------------------------------------------- */

/* The budgets that keep a hostile or runaway scenario from taking all memory or time. The table
 * in docs/scenario-format.md ("Limits") says what each protects; `--limit NAME=VALUE` raises one
 * from the command line. Process-wide: set them before loading. A zero field means the default. */
typedef struct cw_limits {
    int file_mib;      /* file-mib: a scenario file's size (16) */
    int scenes;        /* scenes: scenes in one scenario (20,000) */
    int memory_mib;    /* memory-mib: memory of the scenario's Lua state (64) */
    int model_mib;     /* model-mib: C memory the loader builds from the file (32) */
    int load_seconds;  /* load-seconds: the scenario's own time while its file loads (5) */
    int check_states;  /* check-states: points `check` explores per role (200,000) */
    int check_seconds; /* check-seconds: wall-clock time of `check`'s walk per role (120) */
} cw_limits;

cw_limits cw_limits_get(void); /* the limits in force, defaults filled in */
void cw_limits_set(const cw_limits *limits);
/* Sets one limit from "NAME=VALUE" (a name above, a whole number in range); -1 and err if not. */
int cw_limits_parse(cw_limits *limits, const char *assignment, cw_error *err);

/* ---- scenarios ------------------------------------------------------------------------ */

typedef struct cw_scenario cw_scenario;

typedef struct cw_role {
    const char *id;    /* "cps", "dv", ... */
    const char *name;  /* "Child protective services investigator" */
    const char *brief; /* what this role knows and is for at the start; may be "" */
} cw_role;

typedef struct cw_scenario_info {
    const char *id, *title, *version, *summary;
    const char *jurisdiction; /* "" where no law is involved */
    const char *license;      /* the content's license as an SPDX id, e.g. "CC-BY-4.0"; "" if unstated */
    const char *path;         /* the file it was loaded from */
    const char *sha256;       /* hex digest of the file's bytes */
    const char *start_scene;
    int minutes;
    const char *const *content_notes;
    int n_content_notes;
    const char *const *objectives;
    int n_objectives;
    const cw_role *roles;
    int n_roles;
} cw_scenario_info;

/* Loads and validates a scenario file inside the sandbox. Returns NULL and sets err on failure. */
cw_scenario *cw_scenario_load(const char *path, cw_error *err);
const cw_scenario_info *cw_scenario_info_get(const cw_scenario *scenario);
const cw_role *cw_scenario_role(const cw_scenario *scenario, const char *role_id); /* NULL if none */
void cw_scenario_free(cw_scenario *scenario);

/* What exploring every path found for one role. */
typedef struct cw_role_paths {
    char role[65];
    int states;           /* distinct (scene, state) points explored */
    int endings;          /* distinct endings reachable */
    int fewest_decisions; /* on the shortest way to any ending */
    int most_decisions;   /* on the longest way to an ending that exploration met */
} cw_role_paths;

typedef struct cw_check_stats {
    cw_role_paths roles[16];
    int n_roles;
} cw_check_stats;

/* Validates a scenario beyond loading: explores every path for every role. Calls report once
 * per finding, with the message already formatted as "FILE:LINE: message". Returns the number
 * of findings (0 = clean). A file that fails to load is one finding. stats may be NULL. */
typedef void (*cw_finding_fn)(void *ud, const char *message);
int cw_scenario_check(const char *path, cw_finding_fn report, void *ud, cw_check_stats *stats);

/* ---- random playthroughs (`casewalk check --random N`) -------------------------------------- */

/* Plays N seeded random playthroughs per role, unrecorded, and counts what they reached: each
 * step picks one of the choices shown at random (a drafting step: a random draft within its
 * minimum and maximum), so a choice offered only in a state no path makes is never taken. */
typedef struct cw_random_scene {
    const char *id;
    int is_ending;
    long reached; /* arrivals over every playthrough of every role */
} cw_random_scene;

typedef struct cw_random_choice {
    const char *scene_id, *id;
    long taken;
} cw_random_choice;

typedef struct cw_random_run {
    long playthroughs;   /* per role */
    uint64_t seed;
    int n_roles;
    long decisions;      /* over every playthrough */
    double seconds;      /* spent playing (loading not included) */
    long failed;         /* playthroughs stopped by an error; the first one's message is kept */
    char failure[1024];
    long unfinished;     /* playthroughs that met no ending within max_decisions */
    long max_decisions;
    cw_random_scene *scenes; /* in the file's order */
    int n_scenes;
    cw_random_choice *choices; /* every choice of every scene, in the file's order */
    int n_choices;
    cw_scenario *scenario; /* owns the ids above */
} cw_random_run;

/* NULL and err when the file does not load (or out of memory); otherwise the counts, also when
 * playthroughs failed (failed, failure). */
cw_random_run *cw_scenario_random(const char *path, long playthroughs, uint64_t seed, cw_error *err);
void cw_random_run_free(cw_random_run *run);

/* ---- the guessability audit (`casewalk check`) ------------------------------------------------ */

/* Can a test-wise trainee find the recommended choice without knowing the practice? Each naive
 * strategy plays the whole case for each role (seeded, unrecorded); docs/scenario-format.md says
 * what each does, how ties are broken and what it does at a drafting step. */
#define CW_AUDIT_STRATEGIES 7
#define CW_AUDIT_MARGIN 0.15  /* a strategy warns when it beats chance by more than this share */
#define CW_AUDIT_MIN_DECISIONS 3 /* either warning needs a path of at least this many decisions */
#define CW_AUDIT_MIN_PHRASE 3 /* a phrase only recommended choices use, in at least this many */

typedef struct cw_audit_play {
    const char *strategy; /* "longest", "shortest", "first", "last", "scene_words", "no_absolutes", "word_model" */
    const char *label;    /* "always the longest choice", ... */
    int played;           /* 0: not played (note says why, e.g. no other scenarios to learn from) */
    int decisions;        /* choice decisions on the path it played */
    double hits;          /* of those, where it picked a recommended choice (a tie counts its share) */
    double chance;        /* what picking at random scores on the same decisions */
    char ending[65], classification[16]; /* the ending reached, or "" */
    char note[300];       /* why no ending was reached, or "" */
    int beats_chance, positive; /* the two warnings */
} cw_audit_play;

typedef struct cw_audit_role {
    char role[65];
    cw_audit_play plays[CW_AUDIT_STRATEGIES];
} cw_audit_role;

typedef struct cw_audit_phrase {
    char text[160]; /* one to three words, lower case */
    int choices;    /* recommended choices that use it (no other choice does) */
} cw_audit_phrase;

typedef struct cw_audit {
    char path[1024];
    cw_audit_role roles[16];
    int n_roles;
    cw_audit_phrase *phrases;
    int n_phrases;
    int library; /* other installed scenarios the word model learned from */
    int warnings;
} cw_audit;

/* Audits a scenario that loads; NULL and err when it does not. The word model learns from the
 * installed scenarios other than this one (by id). */
cw_audit *cw_scenario_audit(const char *path, cw_error *err);
void cw_audit_free(cw_audit *audit);
/* Calls report with "FILE: audit: ..." once per warning; returns how many. */
int cw_audit_report(const cw_audit *audit, cw_finding_fn report, void *ud);
/* Calls report with "FILE:LINE: warning: scene '...' is a decision without a discussion prompt"
 * for each such scene; returns how many. */
int cw_scenario_prompt_warnings(const cw_scenario *scenario, cw_finding_fn report, void *ud);

/* Practice-rating consistency across scenarios: choices that share an `act` and a competency tag
 * but carry different ratings in different scenarios, one message per act and tag. Files that do
 * not load are reported too. Returns the number of messages. */
int cw_library_check_acts(const char *const *paths, int n_paths, cw_finding_fn report, void *ud);

/* casewalk's own data folder (scenarios/, assets/) into buf, which it returns: bin/../share/casewalk
 * beside the running program, or the source folder when the program runs from its build tree
 * (then *from_build_tree, if not NULL, is set to 1). An installed program never uses the build tree. */
const char *cw_data_dir(char *buf, size_t size, int *from_build_tree);

/* Where scenarios are found, in this order: casewalk's own data folder (the build's source folder
 * when run from the build tree), $XDG_DATA_HOME/casewalk/scenarios (else ~/.local/share/...), then
 * casewalk/scenarios in each of $XDG_DATA_DIRS (else /usr/local/share:/usr/share). When set,
 * $CASEWALK_SCENARIOS (folders separated by ':') replaces that list. A path to a .lua file given on
 * the command line is used as it is. The first file with an id wins; later ones are shadowed. */
typedef enum cw_scenario_origin {
    CW_ORIGIN_INSTALLED, /* casewalk's own share folder, beside the program */
    CW_ORIGIN_BUILD,     /* the source tree, for the program in its build tree */
    CW_ORIGIN_USER,      /* $XDG_DATA_HOME/casewalk/scenarios */
    CW_ORIGIN_SYSTEM,    /* casewalk/scenarios in a folder of $XDG_DATA_DIRS */
    CW_ORIGIN_ENV        /* a folder of $CASEWALK_SCENARIOS */
} cw_scenario_origin;

const char *cw_origin_name(cw_scenario_origin origin); /* "installed", "build", "user", "system", "env" */

typedef struct cw_catalog_entry {
    char *path;
    cw_scenario *scenario; /* loaded, or NULL when it failed (error holds why) */
    cw_error error;
    cw_scenario_origin origin; /* which folder it came from */
} cw_catalog_entry;

typedef struct cw_catalog {
    cw_catalog_entry *entries; /* one per id */
    int count;
    cw_catalog_entry *shadowed; /* files whose id an earlier folder already has: never played */
    int n_shadowed;
} cw_catalog;

int cw_catalog_load(cw_catalog *catalog); /* entries sorted by scenario id; returns count */
void cw_catalog_free(cw_catalog *catalog);
/* An installed id or a path to a .lua file → the file's path (malloc'd), or NULL and err. Only for
 * what a user typed: a name read from a record must be an id (resume looks ids up itself). */
char *cw_scenario_find(const char *id_or_path, cw_error *err);

/* ---- practice vocabulary ------------------------------------------------------------------ */

typedef enum cw_rating {
    CW_RATING_NONE = -1,
    CW_RATING_HARMFUL = 0,
    CW_RATING_CONCERNING = 1,
    CW_RATING_ACCEPTABLE = 2,
    CW_RATING_RECOMMENDED = 3 /* the points a decision scores equal the rating's value */
} cw_rating;

#define CW_RATING_MAX_POINTS 3
const char *cw_rating_name(cw_rating rating); /* "recommended", ... */
cw_rating cw_rating_parse(const char *name);  /* CW_RATING_NONE if unknown */

/* The one shared list of competency tags, e.g. "survivor_partnership". */
int cw_competency_count(void);
const char *cw_competency_id(int index);
const char *cw_competency_label(int index); /* "Partnering with the survivor" */
int cw_competency_find(const char *id);     /* index, or -1 */

/* The scenario as a map, for reports: every scene with its choices and where they may lead. */
typedef struct cw_choice_info {
    const char *id;
    const char *text; /* the default text; "" when it differs by role or comes from a function */
    cw_rating rating;
    const char *feedback, *rationale;
    const char *const *tags;
    int n_tags;
    const char *const *roles; /* the roles offered it; none listed = every role */
    int n_roles;
    const char *const *targets; /* every scene its routes may lead to */
    int n_targets;
} cw_choice_info;

typedef struct cw_scene_info {
    const char *id, *phase, *discussion; /* phase and discussion may be NULL */
    const char *title; /* a short title for reports: the scene's own, an ending's; may be NULL */
    int is_ending, is_compose;
    const char *ending_title, *classification; /* endings only */
    const cw_choice_info *choices;
    int n_choices;
    const char *const *targets; /* a drafting step's routes */
    int n_targets;
} cw_scene_info;

int cw_scenario_scene_count(const cw_scenario *scenario);
const cw_scene_info *cw_scenario_scene(const cw_scenario *scenario, int index); /* NULL out of range */
const cw_scene_info *cw_scenario_scene_find(const cw_scenario *scenario, const char *id);
/* About how many decisions a playthrough takes: the decisions on the shortest way to the ending
 * farthest from the start (0 when unknown). For a progress line, not for scoring. */
int cw_scenario_decisions_estimate(const cw_scenario *scenario);

/* ---- sessions --------------------------------------------------------------------------- */

typedef struct cw_session cw_session;

typedef enum cw_mode { CW_MODE_PRACTICE = 0, CW_MODE_ASSESSMENT = 1 } cw_mode;
const char *cw_mode_name(cw_mode mode);

typedef struct cw_session_options {
    const char *role;        /* role id; NULL = the scenario's first role */
    const char *trainee;     /* pseudonym chosen by the trainee or facilitator; required with records_dir */
    const char *records_dir; /* NULL = write no record (previews, exploration) */
    cw_mode mode;
    uint64_t seed; /* used when has_seed; otherwise a fresh random seed */
    int has_seed;
    int group; /* a workshop session played by a room: trainee names the workshop */
    /* A participant in a room: their own session follows the room's path (start it with the
     * group session's seed and the followed role, so it shows the same order) and records their
     * own answers through cw_session_choose_in_room / cw_session_compose_in_room. */
    const char *workshop;   /* the room's group session UUID; NULL otherwise */
    const char *discipline; /* the participant's own role: a role id of the scenario or "other"; NULL otherwise */
} cw_session_options;

typedef enum cw_step_kind { CW_STEP_CHOICE, CW_STEP_COMPOSE, CW_STEP_ENDING } cw_step_kind;

typedef struct cw_option_view {
    const char *id;
    const char *text;
} cw_option_view;

typedef struct cw_step {
    cw_step_kind kind;
    const char *scene_id;
    const char *phase;       /* "removal", "family meeting", "petition", ... */
    const char *speaker;     /* may be "" */
    const char *text;        /* interpolated; paragraphs separated by a blank line */
    const char *discussion;  /* prompt for group debriefs, or NULL */
    const char *reason_prompt; /* ask the trainee why, with this question; NULL = don't ask */
    int decision_number;     /* 1-based number of this decision in the session */

    /* CW_STEP_CHOICE: the choices, in the order shown */
    const cw_option_view *choices;
    int n_choices;

    /* CW_STEP_COMPOSE: pick and order clauses, optionally add own text */
    const char *compose_prompt;
    const cw_option_view *clauses;
    int n_clauses;
    int min_clauses, max_clauses;
    int own_text_allowed;

    /* CW_STEP_ENDING */
    const char *ending_title;
    const char *classification; /* "positive", "mixed" or "negative" */
} cw_step;

/* What one decision came to: what a player shows after it, and what the end screen lists. */
typedef struct cw_result {
    const char *scene_id;
    const char *phase;
    int decision_number;
    int is_compose;
    const char *chosen_id;   /* choice id; for a compose step, the clause ids joined with "+" */
    const char *chosen_text; /* the choice text; for a compose step, the draft */
    const char *reason;      /* "" if none */
    cw_rating rating;
    int points, max_points;
    const char *feedback;
    const char *rationale;
    const char *const *tags;
    int n_tags;
    const char *const *flags;   /* compose: phrases the rubric flagged */
    int n_flags;
    const char *const *missing; /* compose: required elements the draft lacks */
    int n_missing;
    int64_t ms_to_decide;
} cw_result;

/* Starts a session at the scenario's first scene and, with records_dir, creates its record.
 * The scenario must outlive the session. */
cw_session *cw_session_start(cw_scenario *scenario, const cw_session_options *options, cw_error *err);

/* Reopens an unfinished record: loads the scenario (scenario_path, or the installed scenario of
 * the record's id when NULL), checks its hash, replays the recorded decisions, and appends from
 * there on. A torn last line is set aside beside the record and reported through notice. */
cw_session *cw_session_resume(const char *record_path, const char *scenario_path,
                              char *notice, size_t notice_size, cw_error *err);

const cw_step *cw_session_step(cw_session *session);

/* Answers a choice step with the 0-based position among the choices shown. reason may be NULL.
 * The decision and the next scene are on disk when this returns 0. On -1 the session has
 * stopped if err->kind is CW_ERR_NOT_SAVED. */
int cw_session_choose(cw_session *session, int position, const char *reason, cw_error *err);

/* Answers a compose step: clause positions (0-based, in the order chosen) and optional own text. */
int cw_session_compose(cw_session *session, const int *positions, int n_positions,
                       const char *own_text, const char *reason, cw_error *err);

/* Workshop sessions: the room's votes per role (counts in the order the choices are shown),
 * and how the choice was picked ("majority" or "facilitator"). Otherwise as cw_session_choose. */
typedef struct cw_votes {
    const char *role;
    const int *counts;       /* n_choices entries; the round that decided */
    const int *first_counts; /* round 1, NULL when voted once */
    int changed;             /* round 2: how many of this role changed their choice */
} cw_votes;
int cw_session_choose_group(cw_session *session, int position, const cw_votes *votes, int n_votes,
                            const char *picked_by, const char *reason, cw_error *err);

/* A participant in a room (a session started with options.workshop) answers the step the room
 * is on. vote: their choice position (0-based, in the order shown) or -1 when they did not
 * answer; first_vote: their round-1 position when the room voted twice, else -1; room: the
 * position the room chose, which moves the story on. reason may be NULL. The record line and
 * the next scene are on disk when it returns 0. */
int cw_session_choose_in_room(cw_session *session, int vote, int first_vote, int room, const char *reason,
                              cw_error *err);
/* Drafting step: the participant's clause positions (n_vote -1 = did not answer), own text and
 * reason (each may be NULL; the reason is recorded where the step asks for one, like a trainee's
 * draft); the room's clause positions move the story. */
int cw_session_compose_in_room(cw_session *session, const int *vote, int n_vote, const char *own_text,
                               const char *reason, const int *room, int n_room, cw_error *err);

/* Writes a "paused" line so the record says where it stopped; the record stays resumable. */
int cw_session_pause(cw_session *session, cw_error *err);

/* Removes the record of a session that holds no decision yet (a workshop whose room was opened
 * and left before the case began) and stops recording; the session may only be freed after.
 * Returns -1 with err, and touches nothing, when the record holds any decision. */
int cw_session_discard(cw_session *session, cw_error *err);

/* The practice rating of the choice shown at position (0-based) of the current choice step,
 * without choosing it: for a facilitator's reveal, never for the trainee's own view. */
cw_rating cw_session_choice_rating(const cw_session *session, int position);

int cw_session_result_count(const cw_session *session);
const cw_result *cw_session_result(const cw_session *session, int index);

/* Points and maximum per competency tag over the decisions so far (arrays of
 * cw_competency_count() ints). */
void cw_session_tally(const cw_session *session, int *points, int *max_points);

const cw_scenario *cw_session_scenario(const cw_session *session);
const cw_role *cw_session_role(const cw_session *session);
const char *cw_session_trainee(const cw_session *session);
cw_mode cw_session_mode(const cw_session *session);
uint64_t cw_session_seed(const cw_session *session);
const char *cw_session_id(const cw_session *session);          /* UUID */
const char *cw_session_workshop(const cw_session *session);    /* a participant's workshop, else NULL */
const char *cw_session_discipline(const cw_session *session);  /* a participant's discipline, else NULL */
/* NULL when not recording, or when the record is no longer at its path (deleted or moved). */
const char *cw_session_record_path(const cw_session *session);
int cw_session_finished(const cw_session *session);            /* an ending was reached */
void cw_session_free(cw_session *session);

/* ---- records ------------------------------------------------------------------------------- */

/* The records folder: dir if given, else $XDG_DATA_HOME/casewalk/records, else
 * ~/.local/share/casewalk/records. Created 0700 (with its parents). Returns malloc'd path. */
char *cw_records_dir(const char *dir, cw_error *err);

/* An unfinished session found in a records folder. */
typedef struct cw_unfinished {
    char *path;
    char scenario_id[128];
    char role[64];
    char started[32];
    int decisions;
    int group; /* a workshop's group session */
} cw_unfinished;

/* Lists the unfinished sessions of one trainee (NULL: of everyone) in a records folder, newest first. */
int cw_records_unfinished(const char *dir, const char *trainee, cw_unfinished **out, cw_error *err);
void cw_unfinished_free(cw_unfinished *list, int count);

/* Called (before the program aborts) when the engine meets a bug it cannot report through a
 * cw_error, such as a Lua error outside any protected call. The engine writes nothing to the
 * terminal itself: the front end says it, showing detail as untrusted text. */
typedef void (*cw_bug_fn)(const char *what, const char *detail);
void cw_on_engine_bug(cw_bug_fn fn);

/* UTF-8, read one way everywhere (engine/utf8.c). cw_utf8_decode: the length (1-4) of the valid
 * sequence at s within avail bytes, with its code point in *cp; 0 when the bytes are not UTF-8
 * (a stray or cut-short sequence, an overlong form, a surrogate, above U+10FFFF). A NUL ends any
 * sequence, so avail may be 4 on a NUL-terminated string. cw_utf8_valid: all n bytes are valid.
 * cw_utf8_chars: characters in s, a byte that is not UTF-8 counting as one. */
int cw_utf8_decode(const char *s, size_t avail, unsigned long *cp);
int cw_utf8_valid(const char *s, size_t n);
int cw_utf8_chars(const char *s);

/* Creates dir and any missing parents with mode 0700, and makes dir itself 0700 (a folder that
 * holds records or settings is private whatever the umask). what names it in errors ("records
 * folder"). Returns 0, or -1 with err. */
int cw_private_dir(const char *dir, const char *what, cw_error *err);

/* What a record accepts from the trainee, for players to check input before using it. NULL when
 * fine, else a short reason to show before asking again. */
#define CW_MAX_TYPED_BYTES 4000
const char *cw_pseudonym_problem(const char *pseudonym); /* empty, too long, e-mail, not UTF-8 */
const char *cw_typed_text_problem(const char *text);     /* a reason or own sentence */

#endif
