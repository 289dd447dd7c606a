/* room.h — the room: phones on the local network vote on the decision the projector shows.
 *
 * A room is a small web server (libmicrohttpd, its own thread) plus the room's state: who has
 * joined (a pseudonym, their discipline among the scenario's roles, a random token kept in a
 * cookie), the step on the projector, each participant's vote and reason, and the round (a first
 * vote, then after discussion a second). Every participant has a session of their own that
 * follows the room's path and records their own answers (records: "workshop" and "discipline"
 * in the header; docs/record-format.md), so debrief, summary and xAPI work per person.
 *
 * The facilitator side (the projector window, or the console) drives the room through the
 * functions below; every function is safe to call while phones are being served. Nothing here
 * knows SDL: the window learns of changes through the changed callback (called from the server
 * thread; it must only wake the window, e.g. SDL_PushEvent). */
#ifndef CW_ROOM_H
#define CW_ROOM_H

#include <stddef.h>
#include <stdint.h>

#include "casewalk.h"

#define ROOM_MAX_ROLES 8
#define ROOM_MAX_CHOICES 16

typedef struct room room;

typedef struct room_options {
    const char *listen;       /* "[ADDR:]PORT"; PORT 0 picks a free port; ADDR default: every
                                 address of this computer */
    cw_scenario *scenario;    /* the case being played; outlives the room */
    const char *scenario_path;
    const char *records_dir;  /* where the participants' records go (NULL = default folder) */
    const char *workshop;     /* the room's group session UUID: participants' records name it */
    const char *followed_role; /* the role whose view the room follows (the choices shown) */
    uint64_t seed;            /* the group session's seed: participants see the room's order */
    cw_mode mode;             /* practice: phones see feedback after the reveal */
    void (*changed)(void *ud); /* called (server thread) after anything a projector shows */
    void *ud;
} room_options;

/* Starts the server. NULL with err set when the address cannot be used. */
room *room_open(const room_options *options, cw_error *err);

const char *room_url(const room *r);  /* "http://192.168.1.20:8080/K7QF/" — the Join URL */
const char *room_code(const room *r); /* "K7QF": four letters, no look-alikes, in every URL */

/* What the projector may show. Before the reveal only joined/answered counts are meaningful
 * to show; counts are filled in but a projector shows them only once revealed. */
typedef enum room_stage {
    ROOM_WAITING,  /* no step yet (the join page) */
    ROOM_VOTING,   /* phones may vote and change their vote */
    ROOM_REVEALED, /* voting closed; phones see the room's result */
    ROOM_ENDED     /* the case reached its ending; phones see it */
} room_stage;

typedef struct room_tally {
    room_stage stage;
    int round;                       /* 1, or 2 after a revote */
    int n_roles;                     /* the scenario's roles, in its order, then "other" */
    const char *role_ids[ROOM_MAX_ROLES + 1];
    int joined[ROOM_MAX_ROLES + 1];  /* participants per role */
    int answered[ROOM_MAX_ROLES + 1]; /* have a vote in this round */
    int counts[ROOM_MAX_ROLES + 1][ROOM_MAX_CHOICES];       /* this round, per role per choice */
    int first_counts[ROOM_MAX_ROLES + 1][ROOM_MAX_CHOICES]; /* round 1, when round is 2 */
    int first_answered[ROOM_MAX_ROLES + 1]; /* had a vote in round 1, when round is 2 */
    int changed[ROOM_MAX_ROLES + 1]; /* round 2: voted in both rounds and changed their choice */
    int n_choices;
    uint64_t version;                /* grows with every change */
} room_tally;

void room_snapshot(room *r, room_tally *out);

/* A new step is on the projector (a choice, a drafting step, or the ending): phones show it and
 * voting opens in round 1. step belongs to the group session and is copied. */
void room_show_step(room *r, const cw_step *step);

void room_reveal(room *r); /* voting closes; phones see the room's split */
void room_revote(room *r); /* after discussion: round 2 opens; round 1's votes are kept */

/* The room's choice (choice position, or for a drafting step the clause positions in order):
 * every participant's session records their own answer (or that they did not answer) and
 * follows the room's. Returns 0, or -1 with err naming who could not be recorded (the others
 * are). */
int room_decide(room *r, const int *positions, int n_positions, cw_error *err);

/* Stops the server; every participant's unfinished session is paused. */
void room_close(room *r);

/* A QR code of text as a square of modules (1 = dark), width × width, malloc'd; NULL on
 * failure. Made with libqrencode. */
unsigned char *room_qr(const char *text, int *width);

#endif
