/* session_room.c — a participant in a room: their own session follows the room's path (the
 * room's choice moves the story) and records their own vote, so debrief, summary and xAPI work
 * per person. The record lines are in session_record.c; docs/record-format.md, "Room
 * participants". */
#include <stdlib.h>
#include <string.h>

#include "record_rules.h"
#include "session_internal.h"

int session_participant_check(const cw_scenario *sc, const cw_session_options *options, cw_error *err)
{
    if (!options->workshop || !options->discipline) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "a participant in a room needs both a workshop and a discipline");
        return -1;
    }
    if (options->group) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "a participant's session is not a group session");
        return -1;
    }
    if (!record_is_uuid(options->workshop)) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "the workshop is not a session UUID");
        return -1;
    }
    if (strcmp(options->discipline, "other") != 0 && scenario_role_index(sc, options->discipline) < 0) {
        cw_error_set(err, CW_ERR_INPUT, sc->path, 0, "this scenario has no role '%s' (a discipline is a role or \"other\")",
                     options->discipline);
        return -1;
    }
    return 0;
}

int session_set_participant(cw_session *s, const char *workshop, const char *discipline, cw_error *err)
{
    s->workshop = strdup(workshop);
    s->discipline = strdup(discipline);
    if (!s->workshop || !s->discipline) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    return 0;
}

static int participant(const cw_session *s, cw_error *err)
{
    if (s->workshop)
        return 1;
    cw_error_set(err, CW_ERR_INPUT, NULL, 0, "only a participant's session (started with a workshop) answers in a room");
    return 0;
}

int cw_session_choose_in_room(cw_session *s, int vote, int first_vote, int room, const char *reason, cw_error *err)
{
    if (!participant(s, err))
        return -1;
    if (vote < -1 || first_vote < -1) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "a vote is a choice position or -1 (did not answer)");
        return -1;
    }
    decision_extra extra = {NULL, 0, NULL, 1, vote < 0, first_vote, &room, 1};
    sandbox_total_begin(s->sc->sb, SANDBOX_TOTAL_STEP);
    int rc = session_decide_in_room(s, vote, room, vote < 0 ? NULL : reason, &extra, err);
    sandbox_total_end(s->sc->sb);
    return rc;
}

int cw_session_compose_in_room(cw_session *s, const int *vote, int n_vote, const char *own_text, const char *reason,
                               const int *room, int n_room, cw_error *err)
{
    if (!participant(s, err))
        return -1;
    if ((n_vote > 0 && !vote) || (n_room > 0 && !room)) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "clause positions are missing");
        return -1;
    }
    return session_compose_in_room(s, vote, n_vote, own_text, n_vote < 0 ? NULL : reason, room, n_room, err);
}

const char *cw_session_workshop(const cw_session *s)
{
    return s->workshop;
}

const char *cw_session_discipline(const cw_session *s)
{
    return s->discipline;
}
