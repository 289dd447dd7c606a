/* group.h — the group summary's running totals, shared by the aggregator
 * (group.c), the step that turns totals into a view (group_view.c) and the writers
 * (text_group.c, html_group.c, json_group.c).
 *
 * Why memory stays flat: a record is read into one reused scratch session, checked, and folded
 * into totals keyed by what the scenario defines (roles, decision scenes, choices, endings,
 * scene-to-scene links), each with a fixed cap; times to decide go into fixed-size logarithmic
 * histograms (timing.c); for each decision and role one example path is kept, to replay
 * for texts and prompts. Only the first CW_REPORT_SET_ASIDE_LISTED set-aside records are listed
 * (by path); the rest are counted. Nothing kept grows with the number of records but the table
 * of session ids that counts each session once (read_copies.c: a slot per session). */
#ifndef CW_REPORT_GROUP_H
#define CW_REPORT_GROUP_H

#include <cjson/cJSON.h>

#include "casewalk_report.h"
#include "report/arena.h"
#include "report/walk.h"
#include "report/timing.h"

#define GROUP_MAX_ROLES 8
#define GROUP_MAX_DECISIONS 256
#define GROUP_MAX_CHOICES 64
#define GROUP_MAX_PHRASES 32
#define GROUP_MAX_ENDINGS 64
#define GROUP_MAX_NODES 512
#define GROUP_MAX_LINKS 2048
#define GROUP_LINK_SLOTS (2 * GROUP_MAX_LINKS) /* a power of two */
#define GROUP_MAX_CANDIDATES 64

/* A draft's "choices" are its four ratings, best first. */
#define GROUP_DRAFT_BUCKETS 4

typedef struct group_role {
    const char *id, *label;
    long sessions;
} group_role;

typedef struct group_choice {
    const char *id, *text;
    int recommended;
    unsigned offered_to; /* a bit per role that was shown this choice */
    int by_role[GROUP_MAX_ROLES];
    int room_votes;      /* rooms' votes: a section of their own, never mixed with trainees' */
} group_choice;

typedef struct group_phrase {
    const char *text;
    int count;
} group_phrase;

/* One example path to a decision, replayed at the end for its texts; malloc'd as one block. */
typedef struct group_example {
    char *path;     /* the record it came from: the smallest path wins, for a stable result */
    uint64_t seed;
    int walk_role;  /* 1 + the index of the role its session played, when that is not the role
                       it is counted under (a room participant: their discipline); 0 otherwise */
    walk_plan_item *plan;
    int n_plan;
} group_example;

typedef struct group_decision {
    const char *scene, *phase, *discussion;
    const char *scene_text; /* as an example replayed it, for a title; NULL until then */
    int is_draft;
    int first_number;
    group_choice choices[GROUP_MAX_CHOICES];
    int n_choices;
    int answered[GROUP_MAX_ROLES];
    int by_rating[GROUP_MAX_ROLES][GROUP_DRAFT_BUCKETS]; /* individual answers by their rating */
    int workshop_votes;
    timing_histogram timing[GROUP_MAX_ROLES];
    group_phrase flags[GROUP_MAX_PHRASES], missing[GROUP_MAX_PHRASES];
    int n_flags, n_missing;
    group_example example[GROUP_MAX_ROLES];
} group_decision;

typedef struct group_ending {
    const char *id, *title, *classification;
    int by_role[GROUP_MAX_ROLES];
    int workshops;
} group_ending;

typedef struct group_node {
    const char *id, *classification;
    int column, visits;
} group_node;

typedef struct group_link {
    int from, to, count;
} group_link;

typedef struct group_candidate {
    char id[129], version[65], sha256[65], title[201];
    long count;
} group_candidate;

typedef struct group_set_aside {
    char *path, *reason;
    int line, partly_used;
} group_set_aside;

struct cw_report_group {
    int min_group;
    FILE *sessions_csv;
    const char *scenario_path;
    report_arena arena; /* strings keyed by what the scenario defines: bounded by the caps */
    group_candidate candidates[GROUP_MAX_CANDIDATES];
    int n_candidates;
    long scanned;
    const char *scenario_id, *scenario_version, *scenario_sha256, *scenario_title;
    cw_scenario *scenario;
    const char *scenario_note;
    group_role roles[GROUP_MAX_ROLES];
    int n_roles;
    group_decision *decisions; /* GROUP_MAX_DECISIONS, allocated once */
    int n_decisions;
    group_ending endings[GROUP_MAX_ENDINGS];
    int n_endings;
    group_node nodes[GROUP_MAX_NODES];
    int n_nodes;
    group_link *links; /* GROUP_MAX_LINKS */
    int *link_slots;   /* GROUP_LINK_SLOTS: 1 + the index of a link, by (from, to); 0 empty */
    int n_links;
    group_set_aside set_aside[CW_REPORT_SET_ASIDE_LISTED];
    int n_set_aside;
    long set_aside_total, partly_used, files, included, finished, workshops, votes;
    uint64_t *trainees; /* pseudonyms seen (hashed; 0 empty), an open-addressing set */
    size_t n_trainee_slots;
    long n_trainees;     /* distinct pseudonyms of trainees' sessions ("anonymous" each once) */
    long room_participants; /* records of people voting in a room: kept apart, counted here */
    const char *rooms_seen[8]; /* their rooms' ids, the first few */
    int n_rooms_seen;
    long n_rooms;
    cw_report_session *scratch;
    cw_report_copies *copies; /* sessions by id: each counted once, from its most complete copy */
    cw_report_group_view view;
    int finished_view;
    /* --workshop (group_workshop.c) */
    const char *workshop_prefix;  /* as given; NULL when every record is summarized */
    char workshop[37];            /* the workshop settled on */
    char workshop_found[2][37];   /* the first two distinct workshops the prefix matched */
    int n_workshop_found;
    /* one pass (group_once.c) */
    int once_begun;   /* settled on a scenario at the first record read whole */
    int once_broken;  /* two passes are needed after all: the rest are only noted */
    long once_read;   /* records read whole before that */
};

/* The label a role is shown under ("CPS", "DV", else the id). */
const char *group_role_label(cw_report_group *g, const char *role_id);

/* group.c, for group_once.c: the first pass's note of one header (the copies noted of its
 * session), or of a session read whole; the most common scenario noted; a record the reader
 * refused, set aside (0, or -1 when memory ran out); why a readable record does not belong with
 * the others; a record set aside for that reason (0); and folding a session into the totals. */
int group_scan(cw_report_group *g, const char *path);
int group_note_session(cw_report_group *g, const cw_report_session *s);
const group_candidate *group_most_common(const cw_report_group *g);
int group_unreadable(cw_report_group *g, const char *path, cw_error *err);
const char *group_mismatch(cw_report_group *g, const cw_report_session *s, int *role, char *why, size_t size);
int group_refuse(cw_report_group *g, const char *path, const char *reason, cw_error *err);
int group_fold(cw_report_group *g, cw_report_session *s, int role, cw_error *err);

/* group.c: adds the most complete copy of each session found in several records (after
 * the second pass). Returns 0, or -1 with err when memory ran out. */
int group_add_held_copies(cw_report_group *g, cw_error *err);
/* group.c, for xapi_from.c: a scenario, version and file a session was made
 * with (the first pass); a session read some other way than from a record file, checked and
 * folded in as cw_report_group_add does (s->path names it in the list of those set aside); a
 * session that could not be read, set aside under name with the reason. */
void group_count_candidate(cw_report_group *g, const group_candidate *found);
int group_add_session(cw_report_group *g, cw_report_session *s, cw_error *err);
void group_refuse_session(cw_report_group *g, const char *name, const char *reason);

/* group_workshop.c: --workshop. Whether a header (first pass) belongs to the workshop asked for,
 * noting which workshops the prefix matched; settling on the one workshop (-1 with err when none
 * or several match); and, for a session read whole, 1 for the workshop's participant, 2 for its
 * group record, 0 for a record of anything else. */
int group_workshop_header(cw_report_group *g, const cJSON *header);
int group_workshop_settle(cw_report_group *g, cw_error *err);
int group_workshop_member(const cw_report_group *g, const cw_report_session *s);

/* csv_group.c: the sessions CSV's head, and the rows of one session as it is folded in. */
void group_csv_sessions_head(FILE *out);
void group_csv_session_rows(cw_report_group *g, cw_report_session *s, FILE *out);

/* group_view.c: fills g->view from the totals. */
int group_build_view(cw_report_group *g, cw_error *err);

/* svg_flow.c: the group's paths as a flow from scene to scene. */
void svg_flow_figure(FILE *out, const cw_report_group_view *v);
/* html_group.c uses these for the bars of one decision. */
void svg_decision_bars(FILE *out, const cw_report_group_view *v, const cw_report_group_decision *d);

#endif
