/* debrief_room.c — what a room participant's debrief adds: the room's choice beside theirs where
 * it differs, their first vote where they changed it, and decisions they did not answer. */
#include <string.h>

#include "report/debrief.h"

/* The room's draft in words: its clauses' texts (ids without the scenario). */
static const char *room_draft_text(const cw_report_debrief *db, const cw_report_decision *d)
{
    report_arena *a = (report_arena *)&db->arena;
    const char *out = "";
    for (int i = 0; out && i < d->n_room_clauses; i++)
        out = arena_printf(a, "%s%s%s", out, i ? " " : "", debrief_choice_text(d, d->room_clauses[i]));
    return out ? out : "";
}

const char *debrief_room_choice(const cw_report_debrief *db, const cw_report_decision *d)
{
    if (d->room_clauses) {
        int same = !d->followed && d->n_clauses == d->n_room_clauses && (!d->own || !*d->own);
        for (int i = 0; same && i < d->n_clauses; i++)
            same = strcmp(d->clauses[i], d->room_clauses[i]) == 0;
        return same ? NULL : room_draft_text(db, d);
    }
    if (!d->room || (!d->followed && strcmp(d->room, d->chosen) == 0))
        return NULL;
    return debrief_choice_text(d, d->room);
}

const char *debrief_first_vote(const cw_report_decision *d)
{
    if (!d->first_chosen || d->followed || strcmp(d->first_chosen, d->chosen) == 0)
        return NULL;
    return debrief_choice_text(d, d->first_chosen);
}

int debrief_not_answered(const cw_report_session *s)
{
    int n = 0;
    for (int i = 0; i < s->n_decisions; i++)
        n += s->decisions[i].followed;
    return n;
}
