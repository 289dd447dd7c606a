/* room.c — the room's state: who joined, the step on the projector, the votes of each round, the
 * stage and the version that long polls wait on. One mutex guards it; the server thread and the
 * facilitator's thread both come through here. */
#include "room_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void step_clear(room_step *s)
{
    free(s->phase);
    free(s->title);
    free(s->text);
    free(s->reason_prompt);
    free(s->prompt);
    for (int i = 0; i < s->n_choices; i++)
        free(s->choices[i]);
    memset(s, 0, sizeof *s);
}

static void votes_clear(room_vote *v)
{
    memset(v, 0, sizeof *v);
    v->choice = -1;
}

void room_touch(room *r)
{
    r->version++;
}

void room_touch_phones(room *r)
{
    r->phones_version = ++r->version;
}

uint64_t room_phone_version(const room *r, const participant *p)
{
    return p && p->own_version > r->phones_version ? p->own_version : r->phones_version;
}

void room_changed(room *r, int phones, const participant *who)
{
    if (r->http)
        room_http_wake(r->http, phones, who);
    if (r->o.changed)
        r->o.changed(r->o.ud);
}

participant *room_find(room *r, const char *token)
{
    if (!token || strlen(token) != ROOM_TOKEN_HEX)
        return NULL;
    for (int i = 0; i < r->n_people; i++) {
        /* compare every byte so the time taken says nothing about how much matched */
        unsigned diff = 0;
        for (int k = 0; k < ROOM_TOKEN_HEX; k++)
            diff |= (unsigned char)(r->people[i].token[k] ^ token[k]);
        if (diff == 0)
            return &r->people[i];
    }
    return NULL;
}

static void make_code(char code[5])
{
    static const char letters[] = "ACDEFHJKMNPRTUVWXY";
    unsigned char raw[4];
    if (room_random_bytes(raw, sizeof raw) != 0)
        memset(raw, 0, sizeof raw);
    for (int i = 0; i < 4; i++)
        code[i] = letters[raw[i] % (sizeof letters - 1)];
    code[4] = '\0';
}

room *room_open(const room_options *options, cw_error *err)
{
    room *r = calloc(1, sizeof *r);
    if (!r || !(r->people = calloc(ROOM_MAX_PARTICIPANTS, sizeof *r->people))) {
        free(r);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&r->lock, NULL);
    r->o = *options;
    r->listen = dup_or_null(options->listen ? options->listen : "0");
    r->scenario_path = dup_or_null(options->scenario_path);
    r->records_dir = dup_or_null(options->records_dir);
    r->workshop = dup_or_null(options->workshop);
    r->followed_role = dup_or_null(options->followed_role);
    r->o.listen = r->listen;
    r->o.scenario_path = r->scenario_path;
    r->o.records_dir = r->records_dir;
    r->o.workshop = r->workshop;
    r->o.followed_role = r->followed_role;
    const cw_scenario_info *info = cw_scenario_info_get(options->scenario);
    for (int i = 0; i < info->n_roles && r->n_roles < ROOM_MAX_ROLES; i++) {
        r->role_ids[r->n_roles] = info->roles[i].id;
        r->role_names[r->n_roles] = info->roles[i].name;
        r->n_roles++;
    }
    r->role_ids[r->n_roles] = "other";
    r->role_names[r->n_roles] = room_word("role_other");
    r->stage = ROOM_WAITING;
    r->round = 1;
    r->version = 1;
    r->phones_version = 1;
    make_code(r->code);
    r->http = room_http_start(r, err);
    if (!r->http) {
        room_close(r);
        return NULL;
    }
    return r;
}

const char *room_url(const room *r)
{
    return r->url;
}

const char *room_code(const room *r)
{
    return r->code;
}

void room_tally_locked(const room *r, room_tally *out)
{
    memset(out, 0, sizeof *out);
    out->stage = r->stage;
    out->round = r->round;
    out->n_roles = r->n_roles + 1;
    for (int i = 0; i <= r->n_roles; i++)
        out->role_ids[i] = r->role_ids[i];
    out->n_choices = r->step.n_choices;
    out->version = r->version;
    int current = r->round - 1;
    for (int i = 0; i < r->n_people; i++) {
        const participant *p = &r->people[i];
        int g = p->role;
        out->joined[g]++;
        const room_vote *now = &p->vote[current], *first = &p->vote[0];
        int voted_now = now->choice >= 0 || now->n_clauses > 0;
        if (voted_now)
            out->answered[g]++;
        if (now->choice >= 0 && now->choice < ROOM_MAX_CHOICES)
            out->counts[g][now->choice]++;
        for (int k = 0; k < now->n_clauses; k++)
            out->counts[g][now->clauses[k]]++;
        if (r->round == 2) {
            if (first->choice >= 0)
                out->first_counts[g][first->choice]++;
            for (int k = 0; k < first->n_clauses; k++)
                out->first_counts[g][first->clauses[k]]++;
            int voted_first = first->choice >= 0 || first->n_clauses > 0;
            out->first_answered[g] += voted_first;
            int same = first->choice == now->choice && first->n_clauses == now->n_clauses &&
                       memcmp(first->clauses, now->clauses, sizeof(int) * (size_t)now->n_clauses) == 0;
            if (voted_first && voted_now && !same)
                out->changed[g]++;
        }
    }
}

void room_snapshot(room *r, room_tally *out)
{
    pthread_mutex_lock(&r->lock);
    room_tally_locked(r, out);
    pthread_mutex_unlock(&r->lock);
}

void room_show_step(room *r, const cw_step *step)
{
    pthread_mutex_lock(&r->lock);
    room_step *s = &r->step;
    step_clear(s);
    s->present = 1;
    s->kind = step->kind;
    s->decision = step->decision_number;
    s->phase = dup_or_null(step->phase ? step->phase : "");
    s->title = dup_or_null(step->kind == CW_STEP_ENDING ? step->ending_title : step->speaker);
    s->text = dup_or_null(step->text ? step->text : "");
    s->reason_prompt = dup_or_null(step->reason_prompt);
    if (step->kind == CW_STEP_CHOICE) {
        for (int i = 0; i < step->n_choices && i < ROOM_MAX_CHOICES; i++)
            s->choices[s->n_choices++] = dup_or_null(step->choices[i].text);
    } else if (step->kind == CW_STEP_COMPOSE) {
        s->prompt = dup_or_null(step->compose_prompt);
        for (int i = 0; i < step->n_clauses && i < ROOM_MAX_CHOICES; i++)
            s->choices[s->n_choices++] = dup_or_null(step->clauses[i].text);
        s->min_clauses = step->min_clauses;
        s->max_clauses = step->max_clauses < s->n_choices ? step->max_clauses : s->n_choices;
        s->own_allowed = step->own_text_allowed;
    }
    for (int i = 0; i < r->n_people; i++) {
        votes_clear(&r->people[i].vote[0]);
        votes_clear(&r->people[i].vote[1]);
    }
    r->stage = step->kind == CW_STEP_ENDING ? ROOM_ENDED : ROOM_VOTING;
    r->round = 1;
    r->decided = 0;
    r->room_choice = -1;
    r->n_room_clauses = 0;
    room_touch_phones(r);
    pthread_mutex_unlock(&r->lock);
    room_changed(r, 1, NULL);
}

void room_reveal(room *r)
{
    pthread_mutex_lock(&r->lock);
    int moved = r->stage == ROOM_VOTING;
    if (moved) {
        r->stage = ROOM_REVEALED;
        room_touch_phones(r);
    }
    pthread_mutex_unlock(&r->lock);
    if (moved)
        room_changed(r, 1, NULL);
}

void room_revote(room *r)
{
    pthread_mutex_lock(&r->lock);
    int moved = r->round == 1 && !r->decided && (r->stage == ROOM_REVEALED || r->stage == ROOM_VOTING);
    if (moved) {
        r->round = 2;
        r->stage = ROOM_VOTING;
        for (int i = 0; i < r->n_people; i++)
            votes_clear(&r->people[i].vote[1]);
        room_touch_phones(r);
    }
    pthread_mutex_unlock(&r->lock);
    if (moved)
        room_changed(r, 1, NULL);
}

int room_decide(room *r, const int *positions, int n_positions, cw_error *err)
{
    pthread_mutex_lock(&r->lock);
    int kind_ok = r->step.present && r->stage != ROOM_ENDED && !r->decided;
    int is_compose = r->step.kind == CW_STEP_COMPOSE;
    int valid = kind_ok && n_positions >= 1 && n_positions <= ROOM_MAX_CHOICES && (is_compose || n_positions == 1);
    for (int i = 0; valid && i < n_positions; i++) {
        if (positions[i] < 0 || positions[i] >= r->step.n_choices)
            valid = 0;
        for (int k = 0; k < i; k++)
            if (positions[k] == positions[i])
                valid = 0;
    }
    if (valid && is_compose && (n_positions < r->step.min_clauses || n_positions > r->step.max_clauses))
        valid = 0;
    if (!valid) {
        pthread_mutex_unlock(&r->lock);
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, kind_ok ? "no such choice here" : "there is nothing to decide now");
        return -1;
    }
    r->stage = ROOM_REVEALED; /* voting closes, if the facilitator decided without a reveal */
    pthread_mutex_unlock(&r->lock);

    room_decision d = { .n_positions = n_positions, .is_compose = is_compose };
    memcpy(d.positions, positions, sizeof(int) * (size_t)n_positions);
    if (r->n_history == r->cap_history) {
        int cap = r->cap_history ? r->cap_history * 2 : 16;
        room_decision *h = realloc(r->history, sizeof *h * (size_t)cap);
        if (!h) {
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            return -1;
        }
        r->history = h;
        r->cap_history = cap;
    }
    r->history[r->n_history++] = d;
    int rc = room_people_decide(r, &d, err);

    pthread_mutex_lock(&r->lock);
    r->decided = 1;
    r->room_choice = positions[0];
    memcpy(r->room_clauses, positions, sizeof(int) * (size_t)n_positions);
    r->n_room_clauses = is_compose ? n_positions : 0;
    room_touch_phones(r);
    pthread_mutex_unlock(&r->lock);
    room_changed(r, 1, NULL);
    return rc;
}

void room_close(room *r)
{
    if (!r)
        return;
    pthread_mutex_lock(&r->lock);
    r->closing = 1;
    room_touch_phones(r);
    pthread_mutex_unlock(&r->lock);
    if (r->http)
        room_http_stop(r->http);
    r->http = NULL;
    room_people_close(r);
    for (int i = 0; i < r->n_people; i++)
        free(r->people[i].feedback);
    step_clear(&r->step);
    free(r->people);
    free(r->history);
    free(r->listen);
    free(r->scenario_path);
    free(r->records_dir);
    free(r->workshop);
    free(r->followed_role);
    pthread_mutex_destroy(&r->lock);
    free(r);
}

/* ---- what phones ask ---------------------------------------------------------------------- */

static int utf8_chars(const char *s)
{
    int n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

static int has_control(const char *s, int newlines_ok)
{
    for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
        if ((*u < 0x20 && !(newlines_ok && (*u == '\n' || *u == '\r' || *u == '\t'))) || *u == 0x7f)
            return 1;
        if (*u == 0xC2 && u[1] >= 0x80 && u[1] <= 0x9F) /* C1 controls */
            return 1;
    }
    return 0;
}

int room_join(room *r, const char *pseudonym, const char *role_id, char token_out[ROOM_TOKEN_HEX + 1],
              const char **problem)
{
    const char *why = cw_pseudonym_problem(pseudonym);
    if (!why && utf8_chars(pseudonym) > ROOM_PSEUDONYM_MAX_CHARS)
        why = room_word("err_name_long");
    if (!why && strlen(pseudonym) > ROOM_PSEUDONYM_MAX_BYTES)
        why = room_word("err_name_long");
    if (!why && has_control(pseudonym, 0))
        why = room_word("err_name_control");
    if (why) {
        *problem = why;
        return 400;
    }
    pthread_mutex_lock(&r->lock);
    int role = -1;
    for (int i = 0; i <= r->n_roles; i++)
        if (role_id && strcmp(role_id, r->role_ids[i]) == 0)
            role = i;
    if (role < 0) {
        pthread_mutex_unlock(&r->lock);
        *problem = room_word("err_role");
        return 400;
    }
    if (r->n_people >= ROOM_MAX_PARTICIPANTS || r->closing) {
        pthread_mutex_unlock(&r->lock);
        *problem = room_word("err_full");
        return 409;
    }
    unsigned char raw[ROOM_TOKEN_HEX / 2];
    if (room_random_bytes(raw, sizeof raw) != 0) {
        pthread_mutex_unlock(&r->lock);
        *problem = room_word("err_internal");
        return 500;
    }
    participant *p = &r->people[r->n_people];
    memset(p, 0, sizeof *p);
    for (size_t i = 0; i < sizeof raw; i++)
        snprintf(p->token + 2 * i, 3, "%02x", raw[i]);
    snprintf(p->pseudonym, sizeof p->pseudonym, "%s", pseudonym);
    p->role = role;
    votes_clear(&p->vote[0]);
    votes_clear(&p->vote[1]);
    r->n_people++;
    memcpy(token_out, p->token, ROOM_TOKEN_HEX + 1);
    room_touch(r);
    p->own_version = r->version;
    pthread_mutex_unlock(&r->lock);
    room_changed(r, 0, NULL);
    return 200;
}

static const char *text_problem(const char *s)
{
    if (!s)
        return NULL;
    if (strlen(s) > ROOM_TEXT_MAX)
        return room_word("err_text_long");
    if (has_control(s, 1))
        return room_word("err_text_control");
    return cw_typed_text_problem(s);
}

int room_vote_submit(room *r, const char *token, const room_vote_request *v, const char **problem)
{
    const char *why = text_problem(v->reason);
    if (!why)
        why = text_problem(v->own);
    if (why) {
        *problem = why;
        return 400;
    }
    pthread_mutex_lock(&r->lock);
    participant *p = room_find(r, token);
    int status = 200;
    if (!p) {
        status = 401;
        *problem = room_word("err_not_joined");
    } else if (r->stage != ROOM_VOTING || v->round != r->round || v->decision != r->step.decision) {
        status = 409;
        *problem = room_word("err_closed");
    } else if (r->step.kind == CW_STEP_CHOICE) {
        if (v->choice < 1 || v->choice > r->step.n_choices) {
            status = 400;
            *problem = room_word("err_choice");
        }
    } else if (r->step.kind == CW_STEP_COMPOSE) {
        int n = v->n_clauses;
        if (n < r->step.min_clauses || n > r->step.max_clauses || n < 1)
            status = 400;
        for (int i = 0; status == 200 && i < n; i++) {
            if (v->clauses[i] < 1 || v->clauses[i] > r->step.n_choices)
                status = 400;
            for (int k = 0; k < i; k++)
                if (v->clauses[k] == v->clauses[i])
                    status = 400;
        }
        if (status == 200 && v->own && v->own[0] && !r->step.own_allowed)
            status = 400;
        if (status != 200)
            *problem = room_word("err_clauses");
    }
    if (status == 200) {
        room_vote *mine = &p->vote[r->round - 1];
        if (r->step.kind == CW_STEP_CHOICE) {
            mine->choice = v->choice - 1;
        } else {
            mine->n_clauses = v->n_clauses;
            for (int i = 0; i < v->n_clauses; i++)
                mine->clauses[i] = v->clauses[i] - 1;
            snprintf(mine->own, sizeof mine->own, "%s", v->own ? v->own : "");
        }
        snprintf(mine->reason, sizeof mine->reason, "%s", v->reason ? v->reason : "");
        room_touch(r);
        p->own_version = r->version;
    }
    pthread_mutex_unlock(&r->lock);
    if (status == 200)
        room_changed(r, 0, p);
    return status;
}

int room_rate_ok(room *r, const char *token, int is_write)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int ok = 1;
    pthread_mutex_lock(&r->lock);
    participant *p = room_find(r, token);
    if (p) {
        if (p->rate_second != (int64_t)now.tv_sec) {
            p->rate_second = (int64_t)now.tv_sec;
            p->rate_writes = p->rate_reads = 0;
        }
        ok = is_write ? ++p->rate_writes <= ROOM_WRITES_PER_SECOND : ++p->rate_reads <= ROOM_READS_PER_SECOND;
    }
    pthread_mutex_unlock(&r->lock);
    return ok;
}
