/* session_query.c — what front ends may read of a session, and pausing it. */
#include <string.h>

#include "session_internal.h"

const cw_step *cw_session_step(cw_session *s)
{
    return &s->step;
}

cw_rating cw_session_choice_rating(const cw_session *s, int position)
{
    if (s->step.kind != CW_STEP_CHOICE || position < 0 || position >= s->view.n_options)
        return CW_RATING_NONE;
    return s->sc->scenes[s->view.scene].choices[s->view.choice_index[position]].rating;
}

int cw_session_result_count(const cw_session *s)
{
    return s->n_results;
}

const cw_result *cw_session_result(const cw_session *s, int index)
{
    return index >= 0 && index < s->n_results ? &s->results[index].pub : NULL;
}

void cw_session_tally(const cw_session *s, int *points, int *max_points)
{
    int n = cw_competency_count();
    memset(points, 0, (size_t)n * sizeof *points);
    memset(max_points, 0, (size_t)n * sizeof *max_points);
    for (int i = 0; i < s->n_results; i++) {
        const cw_result *r = &s->results[i].pub;
        for (int t = 0; t < r->n_tags; t++) {
            int k = cw_competency_find(r->tags[t]);
            if (k < 0)
                continue;
            points[k] += r->points;
            max_points[k] += r->max_points;
        }
    }
}

const cw_scenario *cw_session_scenario(const cw_session *s)
{
    return s->sc;
}

const cw_role *cw_session_role(const cw_session *s)
{
    return &s->sc->roles[s->role];
}

const char *cw_session_trainee(const cw_session *s)
{
    return s->trainee;
}

cw_mode cw_session_mode(const cw_session *s)
{
    return s->mode;
}

uint64_t cw_session_seed(const cw_session *s)
{
    return s->seed;
}

const char *cw_session_id(const cw_session *s)
{
    return s->id;
}

const char *cw_session_record_path(const cw_session *s)
{
    /* A record deleted or moved away is not where players would tell the trainee it is. */
    return s->recording && record_still_there(&s->writer) ? s->writer.path : NULL;
}

int cw_session_finished(const cw_session *s)
{
    return s->finished;
}

int cw_session_discard(cw_session *s, cw_error *err)
{
    if (s->decisions > 0) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "the record holds %d decision%s: it is kept", s->decisions,
                     s->decisions == 1 ? "" : "s");
        return -1;
    }
    if (s->recording)
        record_discard(&s->writer);
    s->recording = 0;
    s->stopped = 1; /* nothing more is recorded, and there is nothing to pause */
    return 0;
}

int cw_session_pause(cw_session *s, cw_error *err)
{
    if (!s->recording || s->finished || s->stopped)
        return 0;
    cJSON *fields = cJSON_CreateObject();
    if (fields) {
        cJSON_AddStringToObject(fields, "scene", s->step.scene_id);
        cJSON_AddNumberToObject(fields, "decisions", s->decisions);
    }
    return session_write_simple(s, "paused", fields, err);
}
