/* workshop_votes.h — the room's votes given on the command line (--votes), for scripts and tests.
 *
 *   LIST     = DECISION { "," DECISION }
 *   DECISION = VOTES [ ">" VOTES ] [ "@" PICK ]  |  "draft=" N { "+" N }
 *   VOTES    = ROLE "=" COUNT { "/" COUNT } { ";" ROLE "=" COUNT { "/" COUNT } }
 *   PICK     = N         the facilitator picks choice N (picked_by "facilitator")
 *            | "hidden"  stop here: the votes are entered, the results still hidden
 *            | "shown"   stop here: the results revealed, the group's choice not yet made
 *            | "menu"    stop here: the votes entered, the pause menu open
 *
 * "> VOTES" is a second round: after the reveal (and the key), the room votes again; the
 * second round's counts decide and are recorded.
 *
 * Without "@", the majority of all votes picks (a tie is an error: say "@N"). Counts missing at
 * the end of a role's list are 0. "draft=2+1" builds a drafting step's draft from clauses 2, 1. */
#ifndef CW_WINDOW_WORKSHOP_VOTES_H
#define CW_WINDOW_WORKSHOP_VOTES_H

#include <stddef.h>

#define WS_MAX_ROLES 4
#define WS_MAX_CHOICES 16
#define WS_MAX_CLAUSES 64
#define WS_MAX_COUNT 9999

typedef enum ws_pick {
    WS_PICK_MAJORITY,
    WS_PICK_FACILITATOR,
    WS_STOP_HIDDEN,
    WS_STOP_SHOWN,
    WS_STOP_MENU
} ws_pick;

typedef struct ws_role_votes {
    char role[64];
    int counts[WS_MAX_CHOICES];
    int n_counts;
} ws_role_votes;

typedef struct ws_entry {
    int is_draft;
    int clauses[WS_MAX_CLAUSES]; /* 1-based clause numbers, in order */
    int n_clauses;
    ws_role_votes roles[WS_MAX_ROLES];
    int n_roles;
    ws_role_votes again[WS_MAX_ROLES]; /* the second round, when n_again > 0 */
    int n_again;
    ws_pick pick;
    int pick_number; /* 1-based, for WS_PICK_FACILITATOR */
} ws_entry;

typedef struct ws_script {
    ws_entry *items;
    int count, next;
} ws_script;

/* Parses text into script. Returns 0, or -1 with why (naming the decision and the fault). */
int ws_script_parse(const char *text, ws_script *script, char *why, size_t why_size);
void ws_script_free(ws_script *script);

#endif
