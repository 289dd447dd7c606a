/* room_json.c — the long polls' answers: /state (one participant's view) and /board (counts only,
 * for projectors and load tools). Built with cJSON, so every phone's string is escaped. Called
 * with the room's lock held. */
#include "room_internal.h"
#include "room_rows.h"

#include <cjson/cJSON.h>
#include <stdlib.h>

static const char *stage_name(room_stage s)
{
    switch (s) {
    case ROOM_VOTING: return "voting";
    case ROOM_REVEALED: return "revealed";
    case ROOM_ENDED: return "ended";
    default: return "waiting";
    }
}

static cJSON *int_array(const int *v, int n)
{
    cJSON *a = cJSON_CreateArray();
    for (int i = 0; a && i < n; i++)
        cJSON_AddItemToArray(a, cJSON_CreateNumber(v[i]));
    return a;
}

static cJSON *step_json(const room *r)
{
    const room_step *s = &r->step;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "kind", s->kind == CW_STEP_ENDING ? "ending" : s->kind == CW_STEP_COMPOSE ? "compose" : "choice");
    cJSON_AddNumberToObject(o, "decision", s->decision);
    cJSON_AddStringToObject(o, "phase", s->phase ? s->phase : "");
    cJSON_AddStringToObject(o, "title", s->title ? s->title : "");
    cJSON_AddStringToObject(o, "text", s->text ? s->text : "");
    if (s->reason_prompt)
        cJSON_AddStringToObject(o, "reason_prompt", s->reason_prompt);
    else
        cJSON_AddNullToObject(o, "reason_prompt");
    cJSON *choices = cJSON_AddArrayToObject(o, "choices");
    cJSON *clauses = cJSON_AddArrayToObject(o, "clauses");
    for (int i = 0; i < s->n_choices; i++)
        cJSON_AddItemToArray(s->kind == CW_STEP_COMPOSE ? clauses : choices, cJSON_CreateString(s->choices[i]));
    cJSON_AddNumberToObject(o, "min", s->min_clauses);
    cJSON_AddNumberToObject(o, "max", s->max_clauses);
    cJSON_AddBoolToObject(o, "own", s->own_allowed);
    if (s->prompt)
        cJSON_AddStringToObject(o, "prompt", s->prompt);
    return o;
}

static const char *row_key(const room *r, int role)
{
    return role == ROOM_ROW_POOLED ? ROOM_KEY_POOLED : role == ROOM_ROW_ALL ? ROOM_KEY_ALL : r->role_ids[role];
}

/* The split as the room may see it (room_rows.h): a role with fewer than 3 answers has no row. */
static cJSON *counts_json(const room *r, const room_tally *t, int first)
{
    room_split split;
    room_split_of(t, first, &split);
    cJSON *o = cJSON_CreateObject();
    for (int i = 0; i < split.n; i++)
        cJSON_AddItemToObject(o, row_key(r, split.rows[i].role), int_array(split.rows[i].counts, t->n_choices));
    return o;
}

char *room_state_json(room *r, participant *p)
{
    room_tally t;
    room_tally_locked(r, &t);
    cJSON *o = cJSON_CreateObject();
    /* the phone's own version: other phones' votes do not change its view before the reveal */
    cJSON_AddNumberToObject(o, "version", (double)room_phone_version(r, p));
    cJSON_AddStringToObject(o, "stage", r->closing && r->stage != ROOM_ENDED ? "ended" : stage_name(r->stage));
    cJSON_AddNumberToObject(o, "round", r->round);
    if (r->step.present)
        cJSON_AddItemToObject(o, "step", step_json(r));
    else
        cJSON_AddNullToObject(o, "step");
    cJSON *me = cJSON_AddObjectToObject(o, "me");
    const room_vote *v = &p->vote[r->round - 1];
    cJSON_AddStringToObject(me, "pseudonym", p->pseudonym);
    cJSON_AddStringToObject(me, "role", r->role_ids[p->role]);
    if (v->choice >= 0)
        cJSON_AddNumberToObject(me, "vote", v->choice + 1);
    else
        cJSON_AddNullToObject(me, "vote");
    int plus_one[ROOM_MAX_CHOICES];
    for (int i = 0; i < v->n_clauses; i++)
        plus_one[i] = v->clauses[i] + 1;
    cJSON_AddItemToObject(me, "clauses", int_array(plus_one, v->n_clauses));
    cJSON_AddStringToObject(me, "reason", v->reason);
    if (p->feedback && r->o.mode == CW_MODE_PRACTICE) { /* kept once the next step is on screen */
        cJSON *f = cJSON_AddObjectToObject(me, "feedback");
        cJSON_AddNumberToObject(f, "decision", p->feedback_decision);
        cJSON_AddStringToObject(f, "text", p->feedback);
    }
    if (r->stage == ROOM_REVEALED || r->decided) {
        cJSON *res = cJSON_AddObjectToObject(o, "result");
        cJSON_AddItemToObject(res, "counts", counts_json(r, &t, 0));
        if (r->round == 2)
            cJSON_AddItemToObject(res, "first_counts", counts_json(r, &t, 1));
        if (r->decided)
            cJSON_AddNumberToObject(res, "room_choice", r->room_choice + 1);
        else
            cJSON_AddNullToObject(res, "room_choice");
        if (r->decided && r->n_room_clauses > 0) {
            for (int i = 0; i < r->n_room_clauses; i++)
                plus_one[i] = r->room_clauses[i] + 1;
            cJSON_AddItemToObject(res, "room_clauses", int_array(plus_one, r->n_room_clauses));
        }
        if (r->decided && p->feedback && p->feedback_decision == r->step.decision && r->o.mode == CW_MODE_PRACTICE)
            cJSON_AddStringToObject(res, "feedback", p->feedback);
    }
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return text;
}

char *room_board_json(room *r)
{
    room_tally t;
    room_tally_locked(r, &t);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "version", (double)r->version);
    cJSON_AddStringToObject(o, "stage", r->closing && r->stage != ROOM_ENDED ? "ended" : stage_name(r->stage));
    cJSON_AddNumberToObject(o, "round", r->round);
    cJSON_AddNumberToObject(o, "decision", r->step.present ? r->step.decision : 0);
    cJSON *joined = cJSON_AddObjectToObject(o, "joined");
    cJSON *answered = cJSON_AddObjectToObject(o, "answered");
    for (int g = 0; g <= r->n_roles; g++) {
        cJSON_AddNumberToObject(joined, r->role_ids[g], t.joined[g]);
        cJSON_AddNumberToObject(answered, r->role_ids[g], t.answered[g]);
    }
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return text;
}
