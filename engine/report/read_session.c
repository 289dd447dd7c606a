/* read_session.c — reads one session record into a cw_report_session, checking every line. */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_arena.h"
#include "record_read.h"
#include "record_rules.h"
#include "casewalk_report.h"
#include "report/arena.h"
#include "report/read.h"

#define MAX_LIST_ITEMS RECORD_MAX_LIST_ITEMS /* choices, clauses, tags, flags, votes per line */

typedef struct session_store {
    cw_report_session pub; /* first: a cw_report_session * is a session_store * */
    report_arena arena;
    report_vec events, decisions;
    const char *phase; /* the phase of the scene last shown */
    const char *scene; /* the scene last shown */
    int last_seq;
    int stopped;       /* paused, or ended: only "resumed" may follow a pause, nothing an ending */
} session_store;

cw_report_session *cw_report_session_new(void)
{
    json_arena_install(); /* reports read many lines: each parsed into one reused block */
    session_store *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    st->events.item_size = sizeof(cw_report_event);
    st->decisions.item_size = sizeof(cw_report_decision);
    return &st->pub;
}

void cw_report_session_free(cw_report_session *s)
{
    if (!s)
        return;
    session_store *st = (session_store *)s;
    arena_free(&st->arena);
    vec_free(&st->events);
    vec_free(&st->decisions);
    free(st);
}

/* ---- field checks ---------------------------------------------------------------------- */

/* The fields of the line being read, by a hash of their names: a line's fields are looked up
 * some twenty times, and comparing each name with every key before it was most of the reading. */
#define FIELD_SLOTS 64

typedef struct line_reader {
    session_store *st;
    const char *path;
    int line_no;
    cw_error *err;
    const cJSON *line;                /* the line indexed in slots; NULL when it has too many keys */
    const cJSON *slots[FIELD_SLOTS];  /* open addressing, at most half full */
    long long schema; /* the header's */
} line_reader;

/* A record's field names mostly differ in their first three bytes ("scene", "score", "seq",
 * "session"): those are the hash, and the names are compared only in the slot it gives. */
static unsigned field_slot(const char *key)
{
    const unsigned char *k = (const unsigned char *)key;
    unsigned h = k[0] * 961u;
    if (k[0]) {
        h += k[1] * 31u;
        if (k[1])
            h += k[2];
    }
    return (h ^ (h >> 6)) & (FIELD_SLOTS - 1);
}

/* Indexes line's fields (the record rules have refused a key that appears twice). */
static void index_fields(line_reader *r, const cJSON *line)
{
    memset(r->slots, 0, sizeof r->slots);
    r->line = NULL;
    int n = 0;
    for (const cJSON *f = line->child; f; f = f->next)
        if (++n > FIELD_SLOTS / 2)
            return; /* looked up the slow way */
    for (const cJSON *f = line->child; f; f = f->next) {
        if (!f->string)
            continue;
        unsigned k = field_slot(f->string);
        while (r->slots[k])
            k = (k + 1) & (FIELD_SLOTS - 1);
        r->slots[k] = f;
    }
    r->line = line;
}

/* Whether two short texts (field names, ids) are the same: compared in place, which for a few
 * bytes costs less than a call to strcmp (this runs some forty times a line). */
static int same_text(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

/* obj's field key: from the index when obj is the line being read. */
static const cJSON *field(const line_reader *r, const cJSON *obj, const char *key)
{
    if (obj != r->line || !obj)
        return cJSON_GetObjectItemCaseSensitive(obj, key);
    for (unsigned k = field_slot(key); r->slots[k]; k = (k + 1) & (FIELD_SLOTS - 1))
        if (same_text(r->slots[k]->string, key))
            return r->slots[k];
    return NULL;
}

static const char *field_string(const line_reader *r, const cJSON *obj, const char *key)
{
    const cJSON *item = field(r, obj, key);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

static int fail(line_reader *r, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static int fail(line_reader *r, const char *fmt, ...)
{
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    cw_error_set(r->err, CW_ERR_INPUT, r->path, r->line_no, "%s", message);
    return -1;
}

/* 8-4-4-4-12 hexadecimal digits. It runs on every line: the length and the four dashes first,
 * then the digits without a branch per byte. */
static int is_uuid(const char *s)
{
    if (!s || strnlen(s, 37) != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-')
        return 0;
    static const unsigned char at[32] = {0,  1,  2,  3,  4,  5,  6,  7,  9,  10, 11, 12, 14, 15, 16, 17,
                                         19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35};
    unsigned bad = 0;
    for (int i = 0; i < 32; i++) {
        unsigned c = (unsigned char)s[at[i]];
        bad |= (c - '0') >= 10u && ((c | 0x20u) - 'a') >= 6u;
    }
    return !bad;
}

/* A stable id as scenarios write them: letters, digits, '-' and '_'. */
int report_is_id(const char *s)
{
    /* the characters of an id as bits, by byte value: '-' and '0'-'9' below 64, then 'A'-'Z', '_'
     * and 'a'-'z' */
    static const uint64_t low = (1ULL << '-') | (0x3FFULL << '0');
    static const uint64_t high = (0x3FFFFFFULL << ('A' - 64)) | (1ULL << ('_' - 64)) | (0x3FFFFFFULL << ('a' - 64));
    if (!s || !*s)
        return 0;
    const unsigned char *p = (const unsigned char *)s;
    for (; *p; p++) { /* one pass: the characters, and the length (at most 128 bytes) on the way */
        unsigned c = *p;
        if (c >= 128 || !(((c < 64 ? low : high) >> (c & 63)) & 1) || p - (const unsigned char *)s >= 128)
            return 0;
    }
    return 1;
}

static const char *need_string(line_reader *r, const cJSON *obj, const char *key)
{
    const char *v = field_string(r, obj, key);
    if (!v) {
        fail(r, "the line has no text field \"%s\"", key);
        return NULL;
    }
    char *copy = arena_strdup(&r->st->arena, v);
    if (!copy)
        cw_error_set(r->err, CW_ERR_SYSTEM, r->path, r->line_no, "out of memory");
    return copy;
}

static const char *need_id(line_reader *r, const cJSON *obj, const char *key)
{
    const char *v = need_string(r, obj, key);
    if (v && !report_is_id(v)) {
        fail(r, "\"%s\" is not an id (letters, digits, '-' and '_')", key);
        return NULL;
    }
    return v;
}

static const char *optional_string(line_reader *r, const cJSON *obj, const char *key, int *bad)
{
    const cJSON *item = field(r, obj, key);
    if (!item)
        return NULL;
    if (!cJSON_IsString(item)) {
        *bad = 1;
        fail(r, "\"%s\" is not text", key);
        return NULL;
    }
    const char *copy = arena_strdup(&r->st->arena, item->valuestring);
    if (!copy) {
        *bad = 1;
        cw_error_set(r->err, CW_ERR_SYSTEM, r->path, r->line_no, "out of memory");
    }
    return copy;
}

static int need_int(line_reader *r, const cJSON *obj, const char *key, long long lo, long long hi,
                    long long *out)
{
    if (record_int_value(field(r, obj, key), out) != 0)
        return fail(r, "the line has no whole number \"%s\"", key);
    if (*out < lo || *out > hi)
        return fail(r, "\"%s\" is out of range", key);
    return 0;
}

/* A finite number within ±1e9 (the reader has already refused non-finite ones). */
static int need_number(line_reader *r, const cJSON *obj, const char *key, double *out)
{
    const cJSON *item = field(r, obj, key);
    if (!cJSON_IsNumber(item) || item->valuedouble < -1e9 || item->valuedouble > 1e9)
        return fail(r, "the line has no number \"%s\" within ±1e9", key);
    *out = item->valuedouble;
    return 0;
}

/* A list of strings; ids when want_ids. Returns the count, or -1. */
static int need_strings(line_reader *r, const cJSON *obj, const char *key, int want_ids,
                        const char *const **out)
{
    const cJSON *list = field(r, obj, key);
    if (!cJSON_IsArray(list))
        return fail(r, "the line has no list \"%s\"", key);
    int n = cJSON_GetArraySize(list);
    if (n > MAX_LIST_ITEMS)
        return fail(r, "the list \"%s\" is too long", key);
    const char **items = arena_alloc(&r->st->arena, sizeof *items * (size_t)(n ? n : 1));
    if (!items) {
        cw_error_set(r->err, CW_ERR_SYSTEM, r->path, r->line_no, "out of memory");
        return -1;
    }
    int i = 0;
    for (const cJSON *it = list->child; it; it = it->next, i++) {
        if (!cJSON_IsString(it))
            return fail(r, "the list \"%s\" holds something other than text", key);
        if (want_ids && !report_is_id(it->valuestring))
            return fail(r, "the list \"%s\" holds something that is not an id", key);
        if (!(items[i] = arena_strdup(&r->st->arena, it->valuestring))) {
            cw_error_set(r->err, CW_ERR_SYSTEM, r->path, r->line_no, "out of memory");
            return -1;
        }
    }
    *out = items;
    return n;
}

static int in_list(const char *id, const char *const *list, int n)
{
    for (int i = 0; i < n; i++)
        if (same_text(list[i], id))
            return 1;
    return 0;
}

/* ---- lines --------------------------------------------------------------------------------- */

static int read_header(line_reader *r, const cJSON *line)
{
    cw_report_session *s = &r->st->pub;
    long long schema;
    if (record_int_value(field(r, line, "schema"), &schema) != 0)
        return fail(r, "the header has no %s number", "schema");
    if (schema < CW_RECORD_SCHEMA_OLDEST || schema > CW_RECORD_SCHEMA) {
        cw_error_set(r->err, CW_ERR_INPUT, r->path, r->line_no,
                     "record schema %lld; this casewalk reads schemas %d to %d", schema,
                     CW_RECORD_SCHEMA_OLDEST, CW_RECORD_SCHEMA);
        return -1;
    }
    r->schema = schema;
    /* a line's time is a UTC time of the writer's form: the record rules have checked it */
    if (!(s->header_id = need_string(r, line, "id")) || !(s->started = need_string(r, line, "time")))
        return -1;
    if (!is_uuid(s->header_id))
        return fail(r, "\"%s\" is not a UUID", "id");
    const cJSON *scenario = field(r, line, "scenario");
    if (!cJSON_IsObject(scenario))
        return fail(r, "the header has no \"%s\" object", "scenario");
    if (!(s->session_id = need_string(r, line, "session")))
        return -1;
    if (!is_uuid(s->session_id))
        return fail(r, "\"%s\" is not a UUID", "session");
    if (!(s->scenario_id = need_id(r, scenario, "id")) ||
        !(s->scenario_version = need_string(r, scenario, "version")) ||
        !(s->scenario_title = need_string(r, scenario, "title")) ||
        !(s->scenario_sha256 = need_string(r, scenario, "sha256")) ||
        !(s->role = need_id(r, line, "role")) || !(s->trainee = need_string(r, line, "trainee")) ||
        !(s->mode = need_string(r, line, "mode")))
        return -1;
    if (strlen(s->scenario_version) > 64)
        return fail(r, "the scenario %s is too long", "version");
    if (strlen(s->trainee) > 256)
        return fail(r, "the %s pseudonym is too long", "trainee");
    const char *seed = field_string(r, line, "seed");
    char *end = NULL;
    if (!seed || !*seed || strlen(seed) > 20 || !isdigit((unsigned char)seed[0]))
        return fail(r, "the header has no decimal \"%s\"", "seed");
    s->seed = strtoull(seed, &end, 10);
    if (*end)
        return fail(r, "the header has no decimal \"%s\"", "seed");
    int bad = 0;
    s->engine = optional_string(r, line, "engine", &bad);
    if (bad)
        return -1;
    const cJSON *group = field(r, line, "group");
    if (group && !cJSON_IsBool(group))
        return fail(r, "\"%s\" is not true or false", "group");
    s->group = cJSON_IsTrue(group);
    s->workshop = optional_string(r, line, "workshop", &bad);
    s->discipline = optional_string(r, line, "discipline", &bad);
    if (bad)
        return -1;
    if (!s->workshop != !s->discipline || (s->workshop && (s->group || !is_uuid(s->workshop) ||
                                                           !report_is_id(s->discipline))))
        return fail(r, "a participant's header has a workshop UUID and a discipline, and is not a group's");
    return 0;
}

static int read_votes(line_reader *r, const cJSON *line, cw_report_decision *d)
{
    const cJSON *votes = field(r, line, "votes");
    if (!votes)
        return 0;
    if (!cJSON_IsObject(votes))
        return fail(r, "\"%s\" is not an object of roles", "votes");
    int n = cJSON_GetArraySize(votes);
    if (n > MAX_LIST_ITEMS)
        return fail(r, "\"%s\" names too many roles", "votes");
    cw_report_votes *out = arena_alloc(&r->st->arena, sizeof *out * (size_t)(n ? n : 1));
    if (!out)
        return fail(r, "out of memory reading %s", "votes");
    int i = 0;
    for (const cJSON *role = votes->child; role; role = role->next, i++) {
        if (!report_is_id(role->string) || !cJSON_IsArray(role) ||
            cJSON_GetArraySize(role) != d->n_shown)
            return fail(r, "\"%s\" needs, per role, one count per choice shown", "votes");
        int *counts = arena_alloc(&r->st->arena, sizeof *counts * (size_t)(d->n_shown ? d->n_shown : 1));
        if (!counts)
            return fail(r, "out of memory reading %s", "votes");
        int k = 0;
        for (const cJSON *c = role->child; c; c = c->next, k++) {
            double v = cJSON_IsNumber(c) ? c->valuedouble : -1;
            if (v < 0 || v > 100000 || v != (double)(int)v)
                return fail(r, "\"%s\" holds a count that is not a whole number from 0 to 100000",
                            "votes");
            counts[k] = (int)v;
        }
        out[i].role = arena_strdup(&r->st->arena, role->string);
        out[i].counts = counts;
    }
    d->votes = out;
    d->n_votes = n;
    int bad = 0;
    d->picked_by = optional_string(r, line, "picked_by", &bad);
    return bad ? -1 : 0;
}

static int join_clauses(line_reader *r, cw_report_decision *d);

/* A participant's line: what the room chose (the record rules have checked it is among shown). */
static int read_room(line_reader *r, const cJSON *line, cw_report_decision *d, int is_draft)
{
    const cJSON *room = field(r, line, "room");
    if (!room != !r->st->pub.workshop)
        return fail(r, room ? "\"room\" in the record of no room" : "a participant's line has no \"room\"");
    if (!room)
        return 0;
    if (is_draft)
        return (d->n_room_clauses = need_strings(r, line, "room", 1, &d->room_clauses)) < 0 ? -1 : 0;
    int bad = 0;
    if (!(d->room = need_id(r, line, "room")))
        return -1;
    d->first_chosen = optional_string(r, line, "first_chosen", &bad);
    return bad ? -1 : 0;
}

/* A participant did not answer: the story followed the room. Read as a decision of the room's
 * choice that is not rated. */
static int read_followed(line_reader *r, const cJSON *line, cw_report_decision *d)
{
    const cJSON *room = field(r, line, "room");
    d->followed = 1;
    d->rating = CW_RATING_NONE;
    if (!r->st->pub.workshop)
        return fail(r, "a \"followed\" line in the record of no room");
    if (read_room(r, line, d, cJSON_IsArray(room)) != 0)
        return -1;
    if (!cJSON_IsArray(room)) {
        d->chosen = d->room;
        for (int i = 0; i < d->n_shown; i++)
            if (strcmp(d->shown[i], d->room) == 0)
                d->position = i + 1;
        return 0;
    }
    d->is_draft = 1;
    d->clauses = d->room_clauses;
    d->n_clauses = d->n_room_clauses;
    d->own = d->text = "";
    return join_clauses(r, d);
}

static int read_choice_decision(line_reader *r, const cJSON *line, cw_report_decision *d)
{
    long long position;
    if (read_room(r, line, d, 0) != 0)
        return -1;
    if (!(d->chosen = need_id(r, line, "chosen")))
        return -1;
    if ((d->n_recommended = need_strings(r, line, "recommended", 1, &d->recommended)) < 0)
        return -1;
    if (!in_list(d->chosen, d->shown, d->n_shown))
        return fail(r, "\"%s\" is not among the choices shown", "chosen");
    for (int i = 0; i < d->n_recommended; i++)
        if (!in_list(d->recommended[i], d->shown, d->n_shown))
            return fail(r, "\"%s\" names a choice that was not shown", "recommended");
    if (need_int(r, line, "position", 1, d->n_shown, &position) != 0)
        return -1;
    if (strcmp(d->shown[position - 1], d->chosen) != 0)
        return fail(r, "\"%s\" does not point at the chosen id", "position");
    d->position = (int)position;
    return read_votes(r, line, d);
}

static int read_draft(line_reader *r, const cJSON *line, cw_report_decision *d)
{
    if ((d->n_clauses = need_strings(r, line, "clauses", 1, &d->clauses)) < 0 ||
        (d->n_flags = need_strings(r, line, "flags", 0, &d->flags)) < 0 ||
        (d->n_missing = need_strings(r, line, "missing", 0, &d->missing)) < 0 ||
        !(d->own = need_string(r, line, "own")) || !(d->text = need_string(r, line, "text")) ||
        need_number(r, line, "score", &d->score) != 0 || need_number(r, line, "max", &d->score_max) != 0)
        return -1;
    for (int i = 0; i < d->n_clauses; i++)
        if (!in_list(d->clauses[i], d->shown, d->n_shown))
            return fail(r, "\"%s\" names a clause that was not shown", "clauses");
    d->is_draft = 1;
    return read_room(r, line, d, 1) != 0 ? -1 : join_clauses(r, d);
}

/* The clause ids joined with "+": a draft's chosen. */
static int join_clauses(line_reader *r, cw_report_decision *d)
{
    size_t len = 1;
    for (int i = 0; i < d->n_clauses; i++)
        len += strlen(d->clauses[i]) + 1;
    char *joined = arena_alloc(&r->st->arena, len);
    if (!joined)
        return fail(r, "out of memory reading %s", "clauses");
    for (int i = 0; i < d->n_clauses; i++) {
        if (i)
            strcat(joined, "+");
        strcat(joined, d->clauses[i]);
    }
    d->chosen = joined;
    return 0;
}

static int read_decision(line_reader *r, const cJSON *line, cw_report_event *ev, int is_draft, int followed)
{
    session_store *st = r->st;
    cw_report_decision *d = vec_push(&st->decisions);
    if (!d)
        return fail(r, "out of memory reading a %s", "decision");
    ev->decision = st->decisions.count - 1;
    d->line = r->line_no;
    d->id = ev->id;
    d->time = ev->time;
    long long number, points = 0, max_points = 0, ms = 0;
    const char *rating = NULL;
    if (followed) {
        if (!(d->scene = need_id(r, line, "scene")) || need_int(r, line, "decision", 1, 100000, &number) != 0 ||
            (d->n_shown = need_strings(r, line, "shown", 1, &d->shown)) < 0)
            return -1;
    } else if (!(d->scene = need_id(r, line, "scene")) ||
        need_int(r, line, "decision", 1, 100000, &number) != 0 ||
        (d->n_shown = need_strings(r, line, "shown", 1, &d->shown)) < 0 ||
        !(rating = need_string(r, line, "rating")) ||
        need_int(r, line, "max_points", 0, 1000, &max_points) != 0 ||
        need_int(r, line, "points", 0, max_points, &points) != 0 ||
        (d->n_tags = need_strings(r, line, "tags", 1, &d->tags)) < 0 ||
        need_int(r, line, "ms", 0, 366LL * 24 * 3600 * 1000, &ms) != 0)
        return -1;
    if (d->n_shown == 0)
        return fail(r, "\"%s\" is empty", "shown");
    if (!followed && (d->rating = cw_rating_parse(rating)) == CW_RATING_NONE)
        return fail(r, "\"%s\" is not a practice rating", "rating");
    if (st->scene && strcmp(st->scene, d->scene) != 0)
        return fail(r, "the decision is for scene \"%s\", not the scene last shown", d->scene);
    if (number != st->decisions.count)
        return fail(r, "\"%s\" is out of order", "decision");
    d->number = (int)number;
    d->points = (int)points;
    d->max_points = (int)max_points;
    d->ms = ms;
    d->phase = st->phase;
    ev->scene = d->scene;
    ev->phase = d->phase;
    int bad = 0;
    d->reason = optional_string(r, line, "reason", &bad);
    if (bad)
        return -1;
    if (followed)
        return read_followed(r, line, d);
    return is_draft ? read_draft(r, line, d) : read_choice_decision(r, line, d);
}

static int read_scene(line_reader *r, const cJSON *line, cw_report_event *ev)
{
    int bad = 0;
    if (!(ev->scene = need_id(r, line, "scene")))
        return -1;
    ev->phase = optional_string(r, line, "phase", &bad); /* an ending's scene has none */
    if (bad)
        return -1;
    if (!ev->phase)
        ev->phase = r->st->phase ? r->st->phase : "";
    const cJSON *secrets = field(r, line, "confidential");
    if (secrets) {
        int n = cJSON_GetArraySize(secrets);
        if (!cJSON_IsObject(secrets) || n > MAX_LIST_ITEMS)
            return fail(r, "\"%s\" is not an object of items", "confidential");
        const char **ids = arena_alloc(&r->st->arena, sizeof *ids * (size_t)(n ? n : 1));
        const char **states = arena_alloc(&r->st->arena, sizeof *states * (size_t)(n ? n : 1));
        if (!ids || !states)
            return fail(r, "out of memory reading %s", "confidential");
        int i = 0;
        for (const cJSON *it = secrets->child; it; it = it->next, i++) {
            if (!report_is_id(it->string) || !cJSON_IsString(it) ||
                (strcmp(it->valuestring, "shown") != 0 && strcmp(it->valuestring, "withheld") != 0))
                return fail(r, "\"%s\" items must be \"shown\" or \"withheld\"", "confidential");
            ids[i] = arena_strdup(&r->st->arena, it->string);
            states[i] = strcmp(it->valuestring, "shown") == 0 ? "shown" : "withheld";
        }
        ev->secret_ids = ids;
        ev->secret_states = states;
        ev->n_secrets = n;
    }
    r->st->scene = ev->scene;
    r->st->phase = ev->phase;
    return 0;
}

static int read_event(line_reader *r, const cJSON *line, const char *type)
{
    session_store *st = r->st;
    cw_report_event *ev = vec_push(&st->events);
    if (!ev)
        return fail(r, "out of memory reading a %s line", type);
    ev->line = r->line_no;
    ev->seq = st->last_seq;
    ev->decision = -1;
    if (!(ev->id = need_string(r, line, "id")) || !(ev->time = need_string(r, line, "time")))
        return -1; /* the time's form is the record rules' to check, the id's this reader's */
    if (!is_uuid(ev->id))
        return fail(r, "\"%s\" is not a UUID", "id");
    if (st->stopped == 2)
        return fail(r, "a \"%s\" line follows the ending", type);
    if (st->stopped == 1 && strcmp(type, "resumed") != 0)
        return fail(r, "a \"%s\" line follows a pause without a \"resumed\" line", type);

    if (strcmp(type, "scene") == 0) {
        ev->kind = CW_EVENT_SCENE;
        return read_scene(r, line, ev);
    }
    if (strcmp(type, "phase") == 0) {
        ev->kind = CW_EVENT_PHASE;
        ev->phase = need_string(r, line, "phase");
        return ev->phase ? 0 : -1;
    }
    if (strcmp(type, "decision") == 0 || strcmp(type, "draft") == 0 || strcmp(type, "followed") == 0) {
        ev->kind = CW_EVENT_DECISION;
        return read_decision(r, line, ev, type[1] == 'r', type[0] == 'f');
    }
    if (strcmp(type, "ending") == 0) {
        ev->kind = CW_EVENT_ENDING;
        ev->phase = st->phase;
        if (!(ev->scene = need_id(r, line, "ending")) ||
            !(ev->ending_title = need_string(r, line, "title")) ||
            !(ev->classification = need_string(r, line, "classification")))
            return -1;
        st->stopped = 2;
        return 0;
    }
    if (strcmp(type, "paused") == 0) {
        ev->kind = CW_EVENT_PAUSED;
        st->stopped = 1;
        return 0;
    }
    if (strcmp(type, "resumed") == 0) {
        ev->kind = CW_EVENT_RESUMED;
        if (need_int(r, line, "from_seq", 0, ev->seq, &ev->from_seq) != 0)
            return -1;
        st->stopped = 0;
        return 0;
    }
    return fail(r, "unknown line type \"%s\"", type);
}

static int read_line(void *ud, const cJSON *line, int line_no, cw_error *err)
{
    line_reader *r = ud;
    r->line_no = line_no;
    r->err = err;
    index_fields(r, line);
    const char *type = field_string(r, line, "type");
    long long seq;
    if (!type)
        return fail(r, "the line has no %s", "\"type\"");
    if (record_int_value(field(r, line, "seq"), &seq) != 0)
        return fail(r, "the line has no whole number %s", "\"seq\"");
    if (line_no == 1) {
        if (strcmp(type, "header") != 0 || seq != 0)
            return fail(r, "the first line is not a %s (type \"header\", seq 0)", "header");
        r->st->last_seq = 0;
        return read_header(r, line);
    }
    if (seq != (long long)r->st->last_seq + 1) {
        cw_error_set(err, CW_ERR_INPUT, r->path, line_no, "\"seq\" is %lld where %d was due", seq,
                     r->st->last_seq + 1);
        return -1;
    }
    r->st->last_seq = (int)seq;
    const char *why = record_session_item_problem(field(r, line, "session"), r->schema, r->st->pub.session_id);
    if (why)
        return fail(r, "%s", why);
    return read_event(r, line, type);
}

static void empty_store(session_store *st)
{
    arena_reset(&st->arena);
    st->events.count = 0;
    st->decisions.count = 0;
    memset(&st->pub, 0, sizeof st->pub);
    st->phase = st->scene = NULL;
    st->last_seq = 0;
    st->stopped = 0;
}

int cw_report_session_load(cw_report_session *s, const char *path, cw_error *err)
{
    session_store *st = (session_store *)s;
    empty_store(st);
    line_reader r = {.st = st, .path = path, .err = err};
    record_tail tail;
    cw_error_set(err, CW_OK, NULL, 0, "%s", "");
    if (record_read(path, read_line, &r, &tail, err) != 0)
        return -1;
    if (!s->session_id) {
        if (tail.torn)
            cw_error_set(err, CW_ERR_INPUT, path, tail.torn_line_no, "the header is torn: %s",
                         tail.torn_why);
        else
            cw_error_set(err, CW_ERR_INPUT, path, 0, "the record is empty");
        return -1;
    }
    if (st->arena.failed) {
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "out of memory");
        return -1;
    }
    s->path = arena_strdup(&st->arena, path);
    if (tail.torn) {
        s->torn_line = tail.torn_line_no;
        s->torn_why = arena_strdup(&st->arena, tail.torn_why);
    }
    s->events = st->events.items;
    s->n_events = st->events.count;
    s->decisions = st->decisions.items;
    s->n_decisions = st->decisions.count;
    for (int i = 0; i < s->n_events; i++)
        if (s->events[i].kind == CW_EVENT_ENDING)
            s->ending = &s->events[i];
    s->replay_note = "";
    return 0;
}

report_arena *report_session_arena(cw_report_session *s)
{
    return &((session_store *)s)->arena;
}
