/* room_rows.h — which rows a room's split shows, so that no one's vote can be told apart: a role
 * with fewer than ROOM_MIN_ROW answers in a round is not shown as its own row. Its answers join a
 * pooled row ("others (fewer than 3 per role)"); when even the pooled row would hold fewer than
 * ROOM_MIN_ROW, every answer is shown in one row for the whole room instead (a row of one or two,
 * or a total beside the other rows, would give those votes away by subtraction). Used by the
 * phones' page and /state and by the projector; records keep the exact counts per role. */
#ifndef CW_ROOM_ROWS_H
#define CW_ROOM_ROWS_H

#include "room.h"

#define ROOM_MIN_ROW 3

enum { ROOM_ROW_NONE = -1, ROOM_ROW_POOLED = -2, ROOM_ROW_ALL = -3 };

/* answers[g]: how many of role g answered this round (n_groups roles). Fills row_of[g]: g itself
 * (its own row), ROOM_ROW_POOLED, ROOM_ROW_ALL, or ROOM_ROW_NONE (no answers). Returns 1 when
 * the rows are one row for the whole room, else 0. */
int room_rows_plan(const int *answers, int n_groups, int *row_of);

/* A round's split as shown: rows of own roles (in the scenario's order), then the pooled row,
 * or the one row of the whole room. */
typedef struct room_split_row {
    int role;    /* the role's index in the tally, ROOM_ROW_POOLED or ROOM_ROW_ALL */
    int answers; /* who answered in this round */
    int changed; /* round 2: who changed their choice (0 for round 1) */
    int counts[ROOM_MAX_CHOICES];
} room_split_row;

typedef struct room_split {
    int n;
    room_split_row rows[ROOM_MAX_ROLES + 2];
} room_split;

/* The split of the tally's current round, or of round 1 when first_round (round 2 only). */
void room_split_of(const room_tally *t, int first_round, room_split *out);

#define ROOM_KEY_POOLED "others"
#define ROOM_KEY_ALL "all"

#endif
