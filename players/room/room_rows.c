/* room_rows.c — the rows a room's split may show (room_rows.h says why). */
#include "room_rows.h"

#include <string.h>

int room_rows_plan(const int *answers, int n_groups, int *row_of)
{
    int pooled = 0;
    for (int g = 0; g < n_groups; g++)
        if (answers[g] < ROOM_MIN_ROW)
            pooled += answers[g];
    int whole = pooled > 0 && pooled < ROOM_MIN_ROW;
    for (int g = 0; g < n_groups; g++) {
        if (answers[g] == 0)
            row_of[g] = ROOM_ROW_NONE;
        else if (whole)
            row_of[g] = ROOM_ROW_ALL;
        else
            row_of[g] = answers[g] >= ROOM_MIN_ROW ? g : ROOM_ROW_POOLED;
    }
    return whole;
}

static room_split_row *row_for(room_split *out, int role)
{
    for (int i = 0; i < out->n; i++)
        if (out->rows[i].role == role)
            return &out->rows[i];
    room_split_row *row = &out->rows[out->n++];
    memset(row, 0, sizeof *row);
    row->role = role;
    return row;
}

void room_split_of(const room_tally *t, int first_round, room_split *out)
{
    const int *answers = first_round ? t->first_answered : t->answered;
    int row_of[ROOM_MAX_ROLES + 1];
    int n_groups = t->n_roles < ROOM_MAX_ROLES + 1 ? t->n_roles : ROOM_MAX_ROLES + 1;
    room_rows_plan(answers, n_groups, row_of);
    out->n = 0;
    /* own rows first, in the roles' order; then the pooled row or the whole room */
    for (int pass = 0; pass < 2; pass++)
        for (int g = 0; g < n_groups; g++) {
            if (row_of[g] == ROOM_ROW_NONE || (pass == 0) != (row_of[g] >= 0))
                continue;
            room_split_row *row = row_for(out, row_of[g]);
            row->answers += answers[g];
            row->changed += first_round ? 0 : t->changed[g];
            for (int c = 0; c < t->n_choices && c < ROOM_MAX_CHOICES; c++)
                row->counts[c] += first_round ? t->first_counts[g][c] : t->counts[g][c];
        }
}
