/* session_resume.c — reopening an unfinished record: replay its decisions exactly, set aside a
 * torn last line, and go on appending to the same file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "ids.h"
#include "record_read.h"
#include "record_rules.h"
#include "session_internal.h"

typedef struct replay_step {
    int is_draft;
    int followed;       /* a participant did not answer: the story followed the room */
    int in_room;        /* a participant's line: room / room_clauses move the story */
    char *room, *first_chosen;
    char *room_clauses[64];
    int n_room;
    int line_no;
    char *scene, *chosen, *own, *reason;
    char *clauses[64];
    int n_clauses;
    char **shown; /* the ids in the order the record says they were shown */
    int n_shown;
    int64_t ms;
} replay_step;

typedef struct replay {
    const char *path;
    int have_header;
    char scenario_id[128], sha256[65], role[65], trainee[128], mode[16], session[37];
    uint64_t seed;
    int group;
    char workshop[37], discipline[129]; /* a participant in a room; "" otherwise */
    int authored_order_default; /* the header does not say "order": "drawn" */
    int ended;
    long long schema; /* the header's */
    long last_seq;
    replay_step *steps;
    int n_steps, cap_steps;
} replay;

static void replay_free(replay *r)
{
    for (int i = 0; i < r->n_steps; i++) {
        replay_step *st = &r->steps[i];
        free(st->scene), free(st->chosen), free(st->own), free(st->reason);
        free(st->room), free(st->first_chosen);
        for (int k = 0; k < st->n_room; k++)
            free(st->room_clauses[k]);
        for (int k = 0; k < st->n_clauses; k++)
            free(st->clauses[k]);
        for (int k = 0; k < st->n_shown; k++)
            free(st->shown[k]);
        free(st->shown);
    }
    free(r->steps);
}

static int copy_field(const cJSON *obj, const char *key, char *out, size_t size, const char *path, int line,
                      cw_error *err)
{
    const char *v = record_string(obj, key);
    if (!v || strlen(v) >= size) {
        cw_error_set(err, CW_ERR_INPUT, path, line, "the header's '%s' is missing or too long", key);
        return -1;
    }
    memcpy(out, v, strlen(v) + 1);
    return 0;
}

static int read_header(replay *r, const cJSON *line, int line_no, cw_error *err)
{
    long long schema = 0;
    const cJSON *scenario = cJSON_GetObjectItemCaseSensitive(line, "scenario");
    if (record_int(line, "schema", &schema) != 0 || schema < CW_RECORD_SCHEMA_OLDEST || schema > CW_RECORD_SCHEMA) {
        cw_error_set(err, CW_ERR_INPUT, r->path, line_no, "record schema is not %d to %d", CW_RECORD_SCHEMA_OLDEST,
                     CW_RECORD_SCHEMA);
        return -1;
    }
    r->schema = schema;
    if (!cJSON_IsObject(scenario) ||
        copy_field(scenario, "id", r->scenario_id, sizeof r->scenario_id, r->path, line_no, err) ||
        copy_field(scenario, "sha256", r->sha256, sizeof r->sha256, r->path, line_no, err) ||
        copy_field(line, "role", r->role, sizeof r->role, r->path, line_no, err) ||
        copy_field(line, "trainee", r->trainee, sizeof r->trainee, r->path, line_no, err) ||
        copy_field(line, "mode", r->mode, sizeof r->mode, r->path, line_no, err) ||
        copy_field(line, "session", r->session, sizeof r->session, r->path, line_no, err)) {
        if (err->kind == CW_OK)
            cw_error_set(err, CW_ERR_INPUT, r->path, line_no, "the header has no scenario");
        return -1;
    }
    /* The id is looked up among installed scenarios; a record never names a file to run. */
    if (!record_is_id(r->scenario_id) || !record_is_id(r->role)) {
        cw_error_set(err, CW_ERR_INPUT, r->path, line_no,
                     "the header's scenario or role is not an id (letters, digits, '-' and '_'); "
                     "a record cannot name a file to run");
        return -1;
    }
    if (record_seed_parse(record_string(line, "seed"), &r->seed) != 0) {
        cw_error_set(err, CW_ERR_INPUT, r->path, line_no, "the header's seed is not a number");
        return -1;
    }
    r->group = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(line, "group"));
    const char *workshop = record_string(line, "workshop"), *discipline = record_string(line, "discipline");
    if ((workshop || discipline) &&
        (r->group || !workshop || !discipline || !record_is_uuid(workshop) || !record_is_id(discipline) ||
         strlen(discipline) >= sizeof r->discipline)) {
        cw_error_set(err, CW_ERR_INPUT, r->path, line_no,
                     "a participant's header needs a workshop UUID and a discipline, and is not a group session");
        return -1;
    }
    if (workshop) {
        snprintf(r->workshop, sizeof r->workshop, "%s", workshop);
        snprintf(r->discipline, sizeof r->discipline, "%s", discipline);
    }
    const char *order = record_string(line, "order");
    r->authored_order_default = !order || strcmp(order, "drawn") != 0;
    r->have_header = 1;
    return 0;
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* The clause ids of a list into out (at most 64, copied); -1 when out of memory. */
static int copy_ids(const cJSON *list, char **out, int *n)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, list)
    {
        if (!cJSON_IsString(c) || *n >= 64)
            break;
        if (!(out[*n] = strdup(c->valuestring)))
            return -1;
        (*n)++;
    }
    return 0;
}

static int read_step(replay *r, const cJSON *line, int line_no, int is_draft, int followed, cw_error *err)
{
    if (r->n_steps == r->cap_steps) {
        int cap = r->cap_steps ? r->cap_steps * 2 : 32;
        replay_step *grown = realloc(r->steps, (size_t)cap * sizeof *grown);
        if (!grown) {
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            return -1;
        }
        r->steps = grown, r->cap_steps = cap;
    }
    replay_step *st = &r->steps[r->n_steps++];
    memset(st, 0, sizeof *st);
    st->is_draft = is_draft;
    st->followed = followed;
    st->line_no = line_no;
    const cJSON *room = cJSON_GetObjectItemCaseSensitive(line, "room");
    if (room && !r->workshop[0]) {
        cw_error_set(err, CW_ERR_INPUT, r->path, line_no, "a line says what a room chose in a record of no room");
        return -1;
    }
    if (!room && r->workshop[0]) {
        cw_error_set(err, CW_ERR_INPUT, r->path, line_no, "a participant's line does not say what the room chose");
        return -1;
    }
    st->in_room = room != NULL;
    if (cJSON_IsArray(room)) {
        st->is_draft = 1;
        if (copy_ids(room, st->room_clauses, &st->n_room) != 0) {
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            return -1;
        }
    } else if (room) {
        st->room = dup_or_null(record_string(line, "room"));
        st->first_chosen = dup_or_null(record_string(line, "first_chosen"));
    }
    st->scene = dup_or_null(record_string(line, "scene"));
    st->reason = dup_or_null(record_string(line, "reason"));
    long long ms = 0;
    st->ms = record_int(line, "ms", &ms) == 0 && ms >= 0 ? ms : 0;
    if (followed) {
        /* nothing of the participant's own */
    } else if (!is_draft) {
        st->chosen = dup_or_null(record_string(line, "chosen"));
    } else {
        st->own = dup_or_null(record_string(line, "own"));
        if (copy_ids(cJSON_GetObjectItemCaseSensitive(line, "clauses"), st->clauses, &st->n_clauses) != 0) {
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            return -1;
        }
    }
    const cJSON *shown = cJSON_GetObjectItemCaseSensitive(line, "shown"), *id;
    int n_shown = cJSON_GetArraySize(shown);
    st->shown = n_shown > 0 ? calloc((size_t)n_shown, sizeof *st->shown) : NULL;
    cJSON_ArrayForEach(id, shown)
    {
        if (!st->shown || !cJSON_IsString(id) || !(st->shown[st->n_shown] = strdup(id->valuestring))) {
            cw_error_set(err, CW_ERR_INPUT, r->path, line_no, "the decision's 'shown' is not a list of ids");
            return -1;
        }
        st->n_shown++;
    }
    if (!st->scene || (!is_draft && !followed && !st->chosen) || (room && !st->is_draft && !st->room)) {
        cw_error_set(err, CW_ERR_INPUT, r->path, line_no, "a decision line without its scene or choice");
        return -1;
    }
    return 0;
}

static int on_line(void *ud, const cJSON *line, int line_no, cw_error *err)
{
    replay *r = ud;
    const char *type = record_string(line, "type");
    long long seq = -1;
    if (!type || record_int(line, "seq", &seq) != 0) {
        cw_error_set(err, CW_ERR_INPUT, r->path, line_no, "a line without 'type' and 'seq'");
        return -1;
    }
    if (seq != r->last_seq + 1) {
        cw_error_set(err, CW_ERR_INPUT, r->path, line_no, "line numbered %lld where %ld was expected", seq,
                     r->last_seq + 1);
        return -1;
    }
    r->last_seq = (long)seq;
    if (line_no == 1)
        return strcmp(type, "header") == 0 ? read_header(r, line, line_no, err)
                                           : (cw_error_set(err, CW_ERR_INPUT, r->path, 1, "the first line is not a header"), -1);
    const char *why = record_session_problem(line, r->schema, r->session);
    if (why) {
        cw_error_set(err, CW_ERR_INPUT, r->path, line_no, "%s", why);
        return -1;
    }
    if (strcmp(type, "decision") == 0)
        return read_step(r, line, line_no, 0, 0, err);
    if (strcmp(type, "draft") == 0)
        return read_step(r, line, line_no, 1, 0, err);
    if (strcmp(type, "followed") == 0)
        return read_step(r, line, line_no, 0, 1, err);
    if (strcmp(type, "ending") == 0)
        r->ended = 1;
    return 0;
}

/* Copies the torn tail to RECORD.torn-TIME (0600), then cuts the record back to its last good line. */
static int set_aside_tail(const char *path, const record_tail *tail, char *notice, size_t notice_size,
                          cw_error *err)
{
    char aside[4200], when[20];
    time_compact(when);
    snprintf(aside, sizeof aside, "%s.torn-%s", path, when);
    int in = open(path, O_RDWR | O_CLOEXEC);
    int out = in < 0 ? -1 : open(aside, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (in < 0 || out < 0 || lseek(in, tail->good_bytes, SEEK_SET) < 0) {
        cw_error_set(err, CW_ERR_NOT_SAVED, path, 0, "cannot set the torn last line aside: %s", strerror(errno));
        if (in >= 0)
            close(in);
        if (out >= 0)
            close(out);
        return -1;
    }
    char buffer[65536];
    ssize_t got = 0;
    int ok = 1;
    for (long left = tail->end_bytes - tail->good_bytes; left > 0 && ok; left -= got) {
        got = read(in, buffer, left < (long)sizeof buffer ? (size_t)left : sizeof buffer);
        ok = got > 0 && write(out, buffer, (size_t)got) == got;
    }
    ok = ok && fsync(out) == 0 && ftruncate(in, tail->good_bytes) == 0 && fsync(in) == 0;
    close(out);
    close(in);
    if (!ok) {
        cw_error_set(err, CW_ERR_NOT_SAVED, path, 0, "cannot set the torn last line aside: %s", strerror(errno));
        return -1;
    }
    if (notice)
        snprintf(notice, notice_size,
                 "Line %d of the record was incomplete (%s), probably from a crash or power loss. It was set "
                 "aside in %s and the session goes on from the last complete line.",
                 tail->torn_line_no, tail->torn_why, aside);
    return 0;
}

static int position_of(const cw_session *s, const char *id)
{
    for (int i = 0; i < s->view.n_options; i++)
        if (strcmp(s->view.options[i].id, id) == 0)
            return i;
    return -1;
}

/* The replay must show what the record says was shown, in the same order: the seed and the
 * decisions fix the order, so a difference means the record and the scenario do not belong. */
static int same_order(const cw_session *s, const replay_step *st, const char *path, cw_error *err)
{
    int same = st->n_shown == s->view.n_options;
    for (int i = 0; same && i < st->n_shown; i++)
        same = strcmp(st->shown[i], s->view.options[i].id) == 0;
    if (!same)
        cw_error_set(err, CW_ERR_INPUT, path, st->line_no,
                     "replay shows the choices of scene '%s' in another order than the record: the record does "
                     "not match the scenario or this version of casewalk",
                     st->scene);
    return same ? 0 : -1;
}

/* The positions of ids in the view, or -1 with err naming the first not offered. */
static int positions_of(const cw_session *s, char *const *ids, int n, int *out, const char *path, int line_no,
                        cw_error *err)
{
    for (int k = 0; k < n; k++)
        if ((out[k] = position_of(s, ids[k])) < 0) {
            cw_error_set(err, CW_ERR_INPUT, path, line_no, "'%s' is not offered on replay", ids[k]);
            return -1;
        }
    return 0;
}

/* A participant's line: their answer (or none) and the room's, which moves the story. */
static int replay_in_room(cw_session *s, const replay_step *st, const char *path, cw_error *err)
{
    if (st->is_draft) {
        int vote[64], room[64];
        if (positions_of(s, st->room_clauses, st->n_room, room, path, st->line_no, err) != 0 ||
            (!st->followed && positions_of(s, st->clauses, st->n_clauses, vote, path, st->line_no, err) != 0))
            return -1;
        return cw_session_compose_in_room(s, vote, st->followed ? -1 : st->n_clauses, st->own, st->reason, room,
                                          st->n_room, err);
    }
    int vote = -1, first = -1, room;
    char *const ids[] = {st->room, st->chosen, st->first_chosen};
    if (positions_of(s, ids, 1, &room, path, st->line_no, err) != 0 ||
        (!st->followed && positions_of(s, ids + 1, 1, &vote, path, st->line_no, err) != 0) ||
        (st->first_chosen && positions_of(s, ids + 2, 1, &first, path, st->line_no, err) != 0))
        return -1;
    return cw_session_choose_in_room(s, vote, first, room, st->reason, err);
}

static int replay_steps(cw_session *s, const replay *r, cw_error *err)
{
    s->replaying = 1;
    for (int i = 0; i < r->n_steps; i++) {
        const replay_step *st = &r->steps[i];
        if (s->finished || strcmp(s->step.scene_id, st->scene) != 0) {
            cw_error_set(err, CW_ERR_INPUT, r->path, st->line_no,
                         "replay reached scene '%s' where the record has '%s': the record does not match the "
                         "scenario",
                         s->finished ? "(an ending)" : s->step.scene_id, st->scene);
            return -1;
        }
        if (same_order(s, st, r->path, err) != 0)
            return -1;
        s->replay_ms = st->ms;
        int rc;
        if (st->in_room) {
            rc = replay_in_room(s, st, r->path, err);
        } else if (!st->is_draft) {
            int position = position_of(s, st->chosen);
            if (position < 0) {
                cw_error_set(err, CW_ERR_INPUT, r->path, st->line_no, "choice '%s' is not offered on replay",
                             st->chosen);
                return -1;
            }
            rc = cw_session_choose(s, position, st->reason, err);
        } else {
            int positions[64];
            for (int k = 0; k < st->n_clauses; k++)
                if ((positions[k] = position_of(s, st->clauses[k])) < 0) {
                    cw_error_set(err, CW_ERR_INPUT, r->path, st->line_no, "clause '%s' is not offered on replay",
                                 st->clauses[k]);
                    return -1;
                }
            rc = cw_session_compose(s, positions, st->n_clauses, st->own, st->reason, err);
        }
        if (rc != 0)
            return -1;
    }
    s->replaying = 0;
    return 0;
}

cw_session *cw_session_resume(const char *record_path, const char *scenario_path, char *notice,
                              size_t notice_size, cw_error *err)
{
    if (notice && notice_size)
        notice[0] = '\0';
    replay r = {.path = record_path, .last_seq = -1};
    record_tail tail;
    record_writer writer = {.fd = -1};
    cw_scenario *sc = NULL;
    cw_session *s = NULL;
    char *found = NULL;
    /* Locked before reading: a second player of the same record stops here, before it reads a
     * file the first is appending to or cuts a torn tail the first is writing. */
    if (record_open_append(&writer, record_path, err) != 0)
        goto fail;
    if (record_read(record_path, on_line, &r, &tail, err) != 0)
        goto fail;
    if (!r.have_header) {
        cw_error_set(err, CW_ERR_INPUT, record_path, 0, "the record has no complete header: nothing to resume");
        goto fail;
    }
    if (r.ended) {
        cw_error_set(err, CW_ERR_INPUT, record_path, 0, "this session already reached an ending");
        goto fail;
    }
    if (!scenario_path && !(scenario_path = found = catalog_find_installed(r.scenario_id, err))) {
        cw_error_set(err, CW_ERR_INPUT, record_path, 0,
                     "scenario '%s' is not installed; name its file: casewalk play FILE.lua --resume RECORD",
                     r.scenario_id);
        goto fail;
    }
    if (!(sc = cw_scenario_load(scenario_path, err)))
        goto fail;
    if (strcmp(sc->info.id, r.scenario_id) != 0 || strcmp(sc->info.sha256, r.sha256) != 0) {
        cw_error_set(err, CW_ERR_INPUT, record_path, 0,
                     "scenario '%s' has changed since this record was made; it can be resumed only with the "
                     "same version (%s)",
                     r.scenario_id, scenario_path);
        goto fail;
    }
    int role = scenario_role_index(sc, r.role);
    if (role < 0) {
        cw_error_set(err, CW_ERR_INPUT, record_path, 1, "the scenario has no role '%s'", r.role);
        goto fail;
    }
    cw_mode mode = strcmp(r.mode, "assessment") == 0 ? CW_MODE_ASSESSMENT : CW_MODE_PRACTICE;
    if (!(s = session_create(sc, role, r.trainee, mode, r.seed, r.group, err)))
        goto fail;
    s->owns_scenario = 1;
    if (r.workshop[0] && (strcmp(r.discipline, "other") != 0 && scenario_role_index(sc, r.discipline) < 0)) {
        cw_error_set(err, CW_ERR_INPUT, record_path, 1, "the scenario has no role '%s' (the discipline)", r.discipline);
        sc = NULL;
        goto fail;
    }
    if (r.workshop[0] && session_set_participant(s, r.workshop, r.discipline, err) != 0) {
        sc = NULL;
        goto fail;
    }
    s->authored_order_default = r.authored_order_default;
    sc = NULL;
    memcpy(s->id, r.session, sizeof s->id);
    s->replaying = 1;
    if (session_enter_start(s, err) != 0 || replay_steps(s, &r, err) != 0)
        goto fail;
    if (s->finished) {
        cw_error_set(err, CW_ERR_INPUT, record_path, 0, "this session already reached an ending");
        goto fail;
    }
    if (tail.torn && set_aside_tail(record_path, &tail, notice, notice_size, err) != 0)
        goto fail;
    if (record_ready_to_append(&writer, tail.good_bytes, r.last_seq + 1, err) != 0)
        goto fail;
    s->writer = writer;
    memset(&writer, 0, sizeof writer); /* the session owns it now, and all it holds */
    writer.fd = -1;
    s->recording = 1;
    cJSON *fields = cJSON_CreateObject();
    if (fields)
        cJSON_AddNumberToObject(fields, "from_seq", (double)r.last_seq);
    if (session_write_simple(s, "resumed", fields, err) != 0)
        goto fail;
    s->shown_at = monotonic_ms();
    replay_free(&r);
    free(found);
    return s;
fail:
    record_close(&writer);
    replay_free(&r);
    free(found);
    cw_scenario_free(sc);
    cw_session_free(s);
    return NULL;
}
