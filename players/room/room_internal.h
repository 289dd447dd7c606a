/* room_internal.h — what the room's own files share: the room's state (room.c), the server
 * (room_http.c), the pages (room_page.c, room_json.c) and the participants' sessions
 * (room_participants.c). Nothing outside players/room/ includes it. */
#ifndef CW_ROOM_INTERNAL_H
#define CW_ROOM_INTERNAL_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "room.h"

#define ROOM_MAX_PARTICIPANTS 400
#define ROOM_TOKEN_HEX 32
#define ROOM_PSEUDONYM_MAX_CHARS 40
#define ROOM_PSEUDONYM_MAX_BYTES 160 /* 40 characters of up to 4 bytes */
#define ROOM_TEXT_MAX 1000           /* a reason, an own sentence */
#define ROOM_BODY_MAX 8192
#define ROOM_WRITES_PER_SECOND 10 /* joins and votes from one participant */
#define ROOM_READS_PER_SECOND 40  /* pages and polls: a phone redraws at each step, twice a change */
#define ROOM_POLL_SECONDS 25

/* The step on the projector, copied (the group session's strings change as it moves on). */
typedef struct room_step {
    int present;            /* 0 before the first step */
    cw_step_kind kind;
    int decision;
    char *phase, *title, *text, *reason_prompt, *prompt;
    char *choices[ROOM_MAX_CHOICES]; /* choice texts, or a drafting step's clauses */
    int n_choices;
    int min_clauses, max_clauses, own_allowed;
} room_step;

typedef struct room_vote {
    int choice;                          /* 0-based position; -1 = none */
    int clauses[ROOM_MAX_CHOICES];       /* drafting: 0-based positions in order */
    int n_clauses;                       /* drafting: 0 = none */
    char reason[ROOM_TEXT_MAX + 1];
    char own[ROOM_TEXT_MAX + 1];
} room_vote;

typedef struct participant {
    char token[ROOM_TOKEN_HEX + 1];
    char pseudonym[ROOM_PSEUDONYM_MAX_BYTES + 1];
    int role;                 /* index into the scenario's roles; n_roles = "other" */
    room_vote vote[2];        /* rounds 1 and 2 of the step on screen */
    char *feedback;           /* practice: what the own answer came to, after the room decided; kept
                                 through the next step (the console shows it at once) */
    int feedback_decision;    /* the decision feedback is about */
    int64_t rate_second;      /* the rate limit's current second, and requests in it */
    int rate_writes, rate_reads;
    cw_session *session;      /* touched only by the facilitator's thread (room_participants.c) */
    int decisions_followed;   /* of the room's history */
    uint64_t own_version;     /* the room's version when this participant last changed their vote */
} participant;

/* The room's decisions so far, for participants who join later (they follow them unanswered). */
typedef struct room_decision {
    int positions[ROOM_MAX_CHOICES];
    int n_positions;
    int is_compose;
} room_decision;

struct room_http;

struct room {
    pthread_mutex_t lock; /* guards everything below but the sessions and the history */
    room_options o;       /* strings copied below */
    char *listen, *scenario_path, *records_dir, *workshop, *followed_role;
    char code[5];
    char url[128];

    int n_roles;          /* the scenario's, then "other" at index n_roles */
    const char *role_ids[ROOM_MAX_ROLES + 1];
    const char *role_names[ROOM_MAX_ROLES + 1];

    participant *people;  /* ROOM_MAX_PARTICIPANTS; addresses stay put */
    int n_people;

    room_step step;
    room_stage stage;
    int round;
    int decided;          /* the room has decided the step on screen */
    int room_choice;      /* 0-based, when decided (a drafting step: its first clause) */
    int room_clauses[ROOM_MAX_CHOICES];
    int n_room_clauses;
    uint64_t version;         /* grows with every change (the board's) */
    uint64_t phones_version;  /* the version of the last change every phone sees (step, stage,
                                 round, decision, closing); a phone's view is at
                                 max(phones_version, its own_version) */
    int closing;

    room_decision *history; /* facilitator's thread only */
    int n_history, cap_history;

    struct room_http *http;
};

/* room.c: called with the lock held after any change: bumps the version (room_touch_phones: a
 * change every phone sees). The caller then calls room_changed (without the lock) to wake long
 * polls and the projector: only the board's and, when not NULL, one participant's when phones
 * is 0 (a vote, a join), else every one. */
void room_touch(room *r);
void room_touch_phones(room *r);
void room_changed(room *r, int phones, const participant *who);
uint64_t room_phone_version(const room *r, const participant *p);
participant *room_find(room *r, const char *token); /* lock held; NULL when unknown */
void room_tally_locked(const room *r, room_tally *out);

/* What a phone asked, checked; the answers are the HTTP statuses (room.c). */
int room_join(room *r, const char *pseudonym, const char *role_id, char token_out[ROOM_TOKEN_HEX + 1],
              const char **problem);
typedef struct room_vote_request {
    int round, decision;
    int choice;                       /* 1-based, 0 when absent */
    int clauses[ROOM_MAX_CHOICES];    /* 1-based */
    int n_clauses;                    /* -1 when absent */
    const char *reason, *own;
} room_vote_request;
int room_vote_submit(room *r, const char *token, const room_vote_request *v, const char **problem);
/* 1 when a participant's request is within the limit (or they have not joined): writes (POST) and
 * reads (GET) are counted apart, so a burst of redraws after a change never refuses a vote. */
int room_rate_ok(room *r, const char *token, int is_write);

/* room_http.c */
struct room_http *room_http_start(room *r, cw_error *err);
void room_http_wake(struct room_http *h, int phones, const participant *who);
void room_http_stop(struct room_http *h);

/* room_net.c: "[ADDR:]PORT" → address and port; the LAN address for the Join URL. */
int room_parse_listen(const char *listen, char *addr, size_t addr_size, int *port);
void room_lan_address(const char *bound, char *out, size_t size);
int room_random_bytes(void *buf, size_t n);

/* room_participants.c: the sessions (facilitator's thread) */
int room_people_decide(room *r, const room_decision *d, cw_error *err);
void room_people_close(room *r);

/* room_page.c / room_json.c: the bodies (lock held) */
typedef struct room_buf {
    char *data;
    size_t len, cap;
    int failed;
} room_buf;
void buf_add(room_buf *b, const char *s);
void buf_addn(room_buf *b, const char *s, size_t n);
void buf_printf(room_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void buf_html(room_buf *b, const char *s); /* escaped for HTML text and attributes */
void room_page_render(room *r, const char *token, const char *message, const char *pseudonym_typed,
                      room_buf *out);
char *room_state_json(room *r, participant *p);  /* malloc'd */
char *room_board_json(room *r);

/* room_form.c: application/x-www-form-urlencoded */
/* Finds name's first value in form (a body or query string), decoded into out (NUL-terminated).
 * Returns its length, -1 when absent, -2 when longer than out_size - 1 or badly encoded. */
int form_get(const char *form, size_t form_len, const char *name, char *out, size_t out_size);
/* Parses "3,1" (1-based numbers, comma-separated) into out; count, or -1 when malformed. */
int form_numbers(const char *s, int *out, int max);

/* room_words.c */
const char *room_word(const char *key);
void room_suggest_name(char *out, size_t size);

/* room_assets.c */
extern const char room_app_js[];
extern const char room_app_css[];

#endif
