/* room_participants.c — each participant's own session: it follows the room's path (the room's
 * seed and followed role, so its choices come in the room's order) and records the participant's
 * answer beside the room's choice, naming the workshop and their discipline. Runs on the
 * facilitator's thread only, so the server thread never waits on a disk. */
#include "room_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct answer {
    participant *p;
    room_vote final, first;
    int two_rounds;
} answer;

static int answered(const room_vote *v)
{
    return v->choice >= 0 || v->n_clauses > 0;
}

/* One step of the room's history that this participant did not answer (joined later). */
static int follow_unanswered(cw_session *s, const room_decision *d, cw_error *err)
{
    if (d->is_compose)
        return cw_session_compose_in_room(s, NULL, -1, NULL, NULL, d->positions, d->n_positions, err);
    return cw_session_choose_in_room(s, -1, -1, d->positions[0], NULL, err);
}

/* Starts the participant's session and brings it up to the room's step: upto decisions. */
static int ensure_session(room *r, participant *p, int upto, cw_error *err)
{
    if (!p->session) {
        cw_session_options so = {
            .role = r->followed_role,
            .trainee = p->pseudonym,
            .records_dir = r->records_dir,
            .mode = r->o.mode,
            .seed = r->o.seed,
            .has_seed = 1,
            .workshop = r->workshop,
            .discipline = r->role_ids[p->role],
        };
        p->session = cw_session_start(r->o.scenario, &so, err);
        if (!p->session)
            return -1;
        p->decisions_followed = 0;
    }
    while (p->decisions_followed < upto) {
        if (cw_session_finished(p->session))
            return 0;
        if (follow_unanswered(p->session, &r->history[p->decisions_followed], err) != 0)
            return -1;
        p->decisions_followed++;
    }
    return 0;
}

static int record_answer(room *r, const answer *a, const room_decision *d, cw_error *err)
{
    participant *p = a->p;
    if (ensure_session(r, p, r->n_history - 1, err) != 0)
        return -1;
    if (cw_session_finished(p->session))
        return 0;
    int rc;
    if (d->is_compose) {
        rc = cw_session_compose_in_room(p->session, a->final.clauses, answered(&a->final) ? a->final.n_clauses : -1,
                                        a->final.own[0] ? a->final.own : NULL, a->final.reason[0] ? a->final.reason : NULL,
                                        d->positions, d->n_positions, err);
    } else {
        int first = a->two_rounds ? a->first.choice : -1;
        rc = cw_session_choose_in_room(p->session, a->final.choice, first, d->positions[0],
                                       a->final.reason[0] ? a->final.reason : NULL, err);
    }
    if (rc != 0)
        return -1;
    p->decisions_followed = r->n_history;
    return 0;
}

int room_people_decide(room *r, const room_decision *d, cw_error *err)
{
    pthread_mutex_lock(&r->lock);
    int n = r->n_people;
    int two_rounds = r->round == 2;
    answer *answers = calloc((size_t)(n ? n : 1), sizeof *answers);
    for (int i = 0; answers && i < n; i++) {
        participant *p = &r->people[i];
        answers[i].p = p;
        answers[i].first = p->vote[0];
        answers[i].two_rounds = two_rounds;
        /* the answer is the last vote cast: round 2's, or round 1's for who did not vote again */
        answers[i].final = two_rounds && answered(&p->vote[1]) ? p->vote[1] : p->vote[0];
    }
    pthread_mutex_unlock(&r->lock);
    if (!answers) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    int failures = 0;
    char failed[sizeof err->message] = "";
    for (int i = 0; i < n; i++) {
        cw_error one = { 0 };
        char *feedback = NULL;
        if (record_answer(r, &answers[i], d, &one) != 0) {
            if (failures++ == 0)
                snprintf(failed, sizeof failed, "%s", one.message);
        } else if (answered(&answers[i].final) && cw_session_result_count(answers[i].p->session) > 0) {
            const cw_result *res = cw_session_result(answers[i].p->session,
                                                     cw_session_result_count(answers[i].p->session) - 1);
            if (res && res->feedback && res->feedback[0])
                feedback = strdup(res->feedback);
        }
        pthread_mutex_lock(&r->lock);
        free(answers[i].p->feedback);
        answers[i].p->feedback = feedback;
        answers[i].p->feedback_decision = r->step.decision;
        pthread_mutex_unlock(&r->lock);
    }
    free(answers);
    if (failures) {
        cw_error_set(err, CW_ERR_NOT_SAVED, NULL, 0, "%d participant record%s could not be written (the others were): %s",
                     failures, failures == 1 ? "" : "s", failed);
        return -1;
    }
    return 0;
}

void room_people_close(room *r)
{
    int begun = r->step.present || r->n_history > 0; /* a room left before the case began: no records */
    for (int i = 0; i < r->n_people; i++) {
        participant *p = &r->people[i];
        cw_error err = { 0 };
        /* once the case began, who joined and saw no decision still gets a record that says
         * they were there */
        if (begun && ensure_session(r, p, r->n_history, &err) == 0 && !cw_session_finished(p->session))
            cw_session_pause(p->session, &err);
        cw_session_free(p->session);
        p->session = NULL;
    }
}
