/* room_play.h — plays a room through a scenario for the tests: one group session and N
 * participants, each with a session of their own that follows the room. The votes follow a fixed
 * pattern so tests can say what each record must hold:
 *   participant i % 3 == 0: votes the room's choice (or draft);
 *   participant i % 3 == 1: votes another choice (or another draft, with a sentence of their own
 *                           where allowed); on a choice step with a revote, voted the room's choice
 *                           in round 1 and changed;
 *   participant i % 3 == 2: does not answer on odd decisions, votes the room's choice on even ones.
 * The room picks by `policy`: the first recommended choice shown when policy is 0, else the choice
 * at (decision + policy) % n. Every third choice step is voted twice. Whoever answers gives a
 * reason (ROOM_PLAY_DRAFT_REASON on a drafting step that asks for one). */
#ifndef CW_TEST_ROOM_PLAY_H
#define CW_TEST_ROOM_PLAY_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "casewalk.h"

#define ROOM_PLAY_MAX 16
#define ROOM_PLAY_DRAFT_REASON "The father's conduct, in his own words."

typedef struct room_play {
    cw_session *group;
    cw_session *people[ROOM_PLAY_MAX];
    int n_people;
    int decisions, drafts, revotes;
    int reasoned_drafts; /* drafting steps that asked for a reason: who answered gave one */
    int order_mismatches; /* steps where a participant was shown another order than the group */
    int failures;          /* calls that returned an error */
    char failure[1024];
    char ending[128];
} room_play;

static const char *const room_play_disciplines[] = {"cps", "dv", "other"};

static int room_play_fail(room_play *rp, const cw_error *err)
{
    if (!rp->failures++)
        snprintf(rp->failure, sizeof rp->failure, "%s", err->message);
    return -1;
}

/* Starts the group and n participants. 0, or -1 with rp->failure. */
static int room_play_start(room_play *rp, cw_scenario *sc, const char *role, uint64_t seed, int n,
                           const char *records)
{
    memset(rp, 0, sizeof *rp);
    cw_error err = {CW_OK, ""};
    cw_session_options g = {role, "Tuesday-workshop", records, CW_MODE_PRACTICE, seed, 1, 1, NULL, NULL};
    if (!(rp->group = cw_session_start(sc, &g, &err)))
        return room_play_fail(rp, &err);
    for (int i = 0; i < n && i < ROOM_PLAY_MAX; i++) {
        char name[32];
        snprintf(name, sizeof name, "heron-%d", i + 1);
        cw_session_options p = {role, name, records, CW_MODE_PRACTICE, seed, 1, 0,
                                cw_session_id(rp->group), room_play_disciplines[i % 3]};
        if (!(rp->people[i] = cw_session_start(sc, &p, &err)))
            return room_play_fail(rp, &err);
        rp->n_people++;
    }
    return 0;
}

static int room_play_same_view(const cw_step *a, const cw_step *b)
{
    if (a->kind != b->kind || strcmp(a->scene_id, b->scene_id) != 0 || a->decision_number != b->decision_number)
        return 0;
    int n = a->kind == CW_STEP_COMPOSE ? a->n_clauses : a->n_choices;
    const cw_option_view *x = a->kind == CW_STEP_COMPOSE ? a->clauses : a->choices;
    const cw_option_view *y = b->kind == CW_STEP_COMPOSE ? b->clauses : b->choices;
    if (n != (b->kind == CW_STEP_COMPOSE ? b->n_clauses : b->n_choices))
        return 0;
    for (int i = 0; i < n; i++)
        if (strcmp(x[i].id, y[i].id) != 0 || strcmp(x[i].text, y[i].text) != 0)
            return 0;
    return 1;
}

static int room_play_choice(room_play *rp, const cw_step *st, int policy)
{
    int n = st->n_choices, d = st->decision_number, room = -1;
    for (int i = 0; policy == 0 && i < n && room < 0; i++)
        if (cw_session_choice_rating(rp->group, i) == CW_RATING_RECOMMENDED)
            room = i;
    if (room < 0)
        room = (d + policy) % n;
    int other = n > 1 ? (room + 1) % n : room, revote = d % 3 == 0;
    int counts[3][16] = {{0}}, first[3][16] = {{0}}, changed[3] = {0};
    cw_error err = {CW_OK, ""};
    for (int i = 0; i < rp->n_people; i++) {
        int kind = i % 3, vote = kind == 1 ? other : kind == 2 && d % 2 ? -1 : room;
        int first_vote = revote && vote >= 0 ? room : -1;
        if (vote >= 0)
            counts[kind][vote]++;
        if (first_vote >= 0)
            first[kind][first_vote]++;
        changed[kind] += first_vote >= 0 && first_vote != vote;
        if (cw_session_choose_in_room(rp->people[i], vote, first_vote, room, vote >= 0 ? "Because." : NULL, &err))
            return room_play_fail(rp, &err);
    }
    cw_votes votes[3];
    for (int k = 0; k < 3; k++)
        votes[k] = (cw_votes){room_play_disciplines[k], counts[k], revote ? first[k] : NULL, changed[k]};
    rp->revotes += revote;
    rp->decisions++;
    if (cw_session_choose_group(rp->group, room, votes, 3, "facilitator", NULL, &err))
        return room_play_fail(rp, &err);
    return 0;
}

static int room_play_draft(room_play *rp, const cw_step *st)
{
    int want = st->min_clauses > 0 ? st->min_clauses : 1;
    if (want > st->max_clauses)
        want = st->max_clauses;
    if (want > st->n_clauses)
        want = st->n_clauses;
    int room[64], mine[64];
    for (int i = 0; i < want; i++) {
        room[i] = i;
        mine[i] = st->n_clauses - 1 - i; /* another draft: the last clauses */
    }
    cw_error err = {CW_OK, ""};
    int d = st->decision_number;
    for (int i = 0; i < rp->n_people; i++) {
        int kind = i % 3;
        const int *vote = kind == 1 ? mine : room;
        int n_vote = kind == 2 && d % 2 ? -1 : want;
        const char *own = kind == 1 && st->own_text_allowed ? "The children stay with their mother." : NULL;
        const char *reason = n_vote >= 0 && st->reason_prompt ? ROOM_PLAY_DRAFT_REASON : NULL;
        if (cw_session_compose_in_room(rp->people[i], vote, n_vote, own, reason, room, want, &err))
            return room_play_fail(rp, &err);
    }
    rp->drafts++;
    rp->reasoned_drafts += st->reason_prompt != NULL;
    if (cw_session_compose(rp->group, room, want, NULL, NULL, &err))
        return room_play_fail(rp, &err);
    return 0;
}

/* One step of the room; 1 when the group has reached its ending, 0 when it moved on, -1 on error. */
static int room_play_step(room_play *rp, int policy)
{
    const cw_step *st = cw_session_step(rp->group);
    for (int i = 0; i < rp->n_people; i++)
        if (!room_play_same_view(st, cw_session_step(rp->people[i])))
            rp->order_mismatches++;
    if (st->kind == CW_STEP_ENDING) {
        snprintf(rp->ending, sizeof rp->ending, "%s", st->scene_id);
        return 1;
    }
    int rc = st->kind == CW_STEP_CHOICE ? room_play_choice(rp, st, policy) : room_play_draft(rp, st);
    return rc < 0 ? -1 : 0;
}

static void room_play_free(room_play *rp)
{
    for (int i = 0; i < rp->n_people; i++)
        cw_session_free(rp->people[i]);
    cw_session_free(rp->group);
    rp->group = NULL;
    rp->n_people = 0;
}

#endif
