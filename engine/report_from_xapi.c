/* report_from_xapi.c — the inverse of report_xapi.c: xAPI statements, as a learning record store
 * returns them page by page, back into the sessions the group summary folds in.
 *
 * Statements are keyed by context.registration (the session's UUID). A session's statements
 * usually come together (a sender posts a session's lines in order), but a store may interleave
 * sessions played at the same time, so each session stays open while its statements arrive and
 * is folded in once QUIET_STATEMENTS statements have passed without one of its own (or when more
 * than MAX_OPEN sessions are open: the one quiet longest goes first), and at the end. Only the
 * statements the summary needs are kept while a session is open (initialized, answered,
 * completed), stripped of what it does not read; nothing is kept once it is folded. So memory is
 * bounded by the open sessions, not by the number of statements.
 *
 * A statement that is not valid, or of a mapping version this reader does not know, is never
 * silently dropped: it is counted, and the session it belongs to is set aside with the reason.
 * Statements carry no seed: the examples replayed for texts and prompts use seed 0 (the shipped
 * scenarios draw only the order of choices from the seed, and examples replay by id). A draft's
 * own sentence is not a statement field of its own, so an example replays a draft without it. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "record_rules.h"
#include "report_group.h"

#define ADL_VERB "http://adlnet.gov/expapi/verbs/"
#define QUIET_STATEMENTS 4096
#define MAX_OPEN 512
#define MAX_KEPT_PER_SESSION 4096 /* initialized + answered + completed statements of one session */

/* The mapping versions this reader understands: statements without a mapping-version extension
 * were written by the first mapping, which is version "1". */
static const char *const known_mapping_versions[] = {"1"};

typedef struct open_session {
    char registration[37];
    cJSON *kept;       /* the statements the summary needs, in the order they arrived */
    int n_kept;
    long last_seen;    /* statement count when one of this session's last arrived */
    char *problem;     /* why the session is set aside, or NULL */
} open_session;

struct cw_report_xapi_reader {
    cw_report_group *g;
    char *home, *scenario_id, *scenario_iri, *scenes_prefix, *phases_prefix;
    char *key_role, *key_mode, *key_version, *key_sha256, *key_mapping, *key_rating, *key_tags,
        *key_rationale, *key_clauses, *key_flags, *key_missing, *key_score, *key_max, *key_votes,
        *key_picked_by, *key_ending, *key_ending_title, *key_classification;
    open_session open[MAX_OPEN];
    int n_open;
    report_arena scratch; /* one session's strings while it is folded in */
    cw_report_xapi_counts counts;
};

/* ---- small helpers ---------------------------------------------------------------------------- */

static char *joined(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    char *s = malloc(n + m + 1);
    if (s) {
        memcpy(s, a, n);
        memcpy(s + n, b, m + 1);
    }
    return s;
}

static int is_uuid(const char *s)
{
    if (!s || strlen(s) != 36)
        return 0;
    for (int i = 0; i < 36; i++) {
        int dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isxdigit((unsigned char)s[i]))
            return 0;
    }
    return 1;
}

static const char *string_at(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static const cJSON *object_at(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsObject(v) ? v : NULL;
}

static const char *verb_of(const cJSON *st)
{
    const char *id = string_at(object_at(st, "verb"), "id");
    size_t n = strlen(ADL_VERB);
    return id && strncmp(id, ADL_VERB, n) == 0 ? id + n : NULL;
}

static const char *registration_of(const cJSON *st)
{
    return string_at(object_at(st, "context"), "registration");
}

static const cJSON *context_extensions(const cJSON *st)
{
    return object_at(object_at(st, "context"), "extensions");
}

/* Decodes the percent-encoded segment that follows prefix in iri and ends at the next '/' or at
 * the end (into out); the rest after it in *rest. 0, or -1 when iri does not start so, or the
 * segment is not an id (want_id) or holds a control character. */
static int iri_segment(const char *iri, const char *prefix, int want_id, char *out, size_t size,
                       const char **rest)
{
    size_t n = strlen(prefix);
    if (!iri || strncmp(iri, prefix, n) != 0)
        return -1;
    const char *p = iri + n;
    size_t k = 0;
    while (*p && *p != '/') {
        int c = (unsigned char)*p;
        if (c == '%') {
            if (!isxdigit((unsigned char)p[1]) || !isxdigit((unsigned char)p[2]))
                return -1;
            char hex[3] = {p[1], p[2], 0};
            c = (int)strtol(hex, NULL, 16);
            p += 3;
        } else {
            p++;
        }
        if (k + 1 >= size || c < 0x20 || c == 0x7F)
            return -1;
        out[k++] = (char)c;
    }
    out[k] = '\0';
    *rest = p;
    return k > 0 && (!want_id || report_is_id(out)) ? 0 : -1;
}

/* "PT41.2S", "PT1M5.25S", "PT1H2M3S" in milliseconds; -1 when it does not parse. */
static long long iso_duration_ms(const char *s)
{
    if (!s || strncmp(s, "PT", 2) != 0 || !s[2])
        return -1;
    long long total = 0;
    for (const char *p = s + 2; *p;) {
        char *end;
        double v = strtod(p, &end);
        if (end == p || v < 0 || v > 1e9 || !isdigit((unsigned char)*p))
            return -1;
        long long scale = *end == 'H' ? 3600000 : *end == 'M' ? 60000 : *end == 'S' ? 1000 : 0;
        if (!scale)
            return -1;
        total += (long long)(v * (double)scale + 0.5);
        p = end + 1;
    }
    return total;
}

/* "2026-11-22T08:20:54.123Z" and the like: compared as text, so the shape must be fixed. */
static int is_timestamp(const char *s)
{
    static const char shape[] = "dddd-dd-ddTdd:dd:dd";
    if (!s || strlen(s) < sizeof shape - 1 || strlen(s) > 40)
        return 0;
    for (size_t i = 0; i < sizeof shape - 1; i++)
        if (shape[i] == 'd' ? !isdigit((unsigned char)s[i]) : s[i] != shape[i])
            return 0;
    return 1;
}

/* ---- the reader --------------------------------------------------------------------------------- */

cw_report_xapi_reader *cw_report_xapi_reader_new(cw_report_group *g, const char *homepage,
                                                 const char *scenario_id)
{
    cw_report_xapi_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->g = g;
    r->home = strdup(homepage);
    r->scenario_id = strdup(scenario_id);
    if (!r->home || !r->scenario_id) {
        free(r->scenario_id);
        free(r->home);
        free(r);
        return NULL;
    }
    size_t n = strlen(r->home);
    while (n > 0 && r->home[n - 1] == '/')
        r->home[--n] = '\0';
    char *scenarios = joined(r->home, "/xapi/scenarios/");
    char *enc = scenarios ? malloc(3 * strlen(scenario_id) + 1) : NULL;
    if (enc) { /* as report_xapi.c encodes a segment */
        char *o = enc;
        for (const unsigned char *p = (const unsigned char *)scenario_id; *p; p++)
            o += isalnum(*p) || strchr("-._~", *p) ? (*o = (char)*p, 1) : sprintf(o, "%%%02X", *p);
        *o = '\0';
        r->scenario_iri = joined(scenarios, enc);
    }
    free(scenarios);
    free(enc);
    char *ext = joined(r->home, "/xapi/extensions/");
    int ok = r->scenario_iri && ext;
    if (ok) {
        r->scenes_prefix = joined(r->scenario_iri, "/scenes/");
        r->phases_prefix = joined(r->scenario_iri, "/phases/");
        ok = r->scenes_prefix && r->phases_prefix;
    }
    struct {
        char **key;
        const char *name;
    } keys[] = {{&r->key_role, "role"},       {&r->key_mode, "mode"},
                {&r->key_version, "scenario-version"}, {&r->key_sha256, "scenario-sha256"},
                {&r->key_mapping, "mapping-version"}, {&r->key_rating, "rating"},
                {&r->key_tags, "tags"},       {&r->key_rationale, "rationale"},
                {&r->key_clauses, "clauses"}, {&r->key_flags, "flags"},
                {&r->key_missing, "missing"}, {&r->key_score, "rubric-score"},
                {&r->key_max, "rubric-max"},  {&r->key_votes, "votes"},
                {&r->key_picked_by, "picked-by"}, {&r->key_ending, "ending"},
                {&r->key_ending_title, "ending-title"}, {&r->key_classification, "classification"}};
    for (size_t i = 0; ok && i < sizeof keys / sizeof keys[0]; i++)
        ok = (*keys[i].key = joined(ext, keys[i].name)) != NULL;
    free(ext);
    if (!ok) {
        cw_report_xapi_reader_free(r);
        return NULL;
    }
    return r;
}

const char *cw_report_xapi_reader_activity(const cw_report_xapi_reader *r)
{
    return r->scenario_iri;
}

const cw_report_xapi_counts *cw_report_xapi_reader_counts(const cw_report_xapi_reader *r)
{
    return &r->counts;
}

static void close_slot(cw_report_xapi_reader *r, int i)
{
    cJSON_Delete(r->open[i].kept);
    free(r->open[i].problem);
    r->open[i] = r->open[--r->n_open];
}

void cw_report_xapi_reader_free(cw_report_xapi_reader *r)
{
    if (!r)
        return;
    while (r->n_open > 0)
        close_slot(r, r->n_open - 1);
    char **owned[] = {&r->home, &r->scenario_id, &r->scenario_iri, &r->scenes_prefix, &r->phases_prefix,
                      &r->key_role, &r->key_mode, &r->key_version, &r->key_sha256, &r->key_mapping,
                      &r->key_rating, &r->key_tags, &r->key_rationale, &r->key_clauses,
                      &r->key_flags, &r->key_missing, &r->key_score, &r->key_max, &r->key_votes,
                      &r->key_picked_by, &r->key_ending, &r->key_ending_title,
                      &r->key_classification};
    for (size_t i = 0; i < sizeof owned / sizeof owned[0]; i++)
        free(*owned[i]);
    arena_free(&r->scratch);
    free(r);
}

/* Counts a statement that cannot be used; the first problem is kept to be shown. */
static void note_problem(char *first, size_t size, long *count, const char *id, const char *why)
{
    if ((*count)++ == 0)
        snprintf(first, size, "statement %s: %s", id ? id : "(without an id)", why);
}

static void problem(cw_report_xapi_reader *r, const cJSON *st, const char *why)
{
    note_problem(r->counts.first_invalid, sizeof r->counts.first_invalid, &r->counts.invalid,
                 string_at(st, "id"), why);
}

/* The session's problem: the first one found is the reason it is set aside. */
static void session_problem(open_session *o, const char *id, const char *why)
{
    if (o->problem)
        return;
    size_t n = strlen(why) + (id ? strlen(id) : 0) + 32;
    o->problem = malloc(n);
    if (o->problem)
        snprintf(o->problem, n, "statement %s: %s", id ? id : "(without an id)", why);
}

/* ---- one session, folded in --------------------------------------------------------------------- */

typedef struct session_build {
    cw_report_xapi_reader *r;
    report_arena *a;
    cw_report_session s;
    cw_report_decision *decisions;
    const char **times;  /* each decision's timestamp, to put them in order */
    int *arrival;
    cw_report_event ending;
    const char *why;     /* the first problem found, or NULL */
    char why_buffer[300];
} session_build;

static int bad(session_build *b, const cJSON *st, const char *why)
{
    if (!b->why) {
        snprintf(b->why_buffer, sizeof b->why_buffer, "statement %s: %s",
                 string_at(st, "id") ? string_at(st, "id") : "(without an id)", why);
        b->why = b->why_buffer;
    }
    return -1;
}

/* A list of ids (want_ids) or of texts, at most RECORD_MAX_LIST_ITEMS long; -1 when it is not. */
static int list_of(session_build *b, const cJSON *array, int want_ids, const char *const **out)
{
    if (!cJSON_IsArray(array) || cJSON_GetArraySize(array) > RECORD_MAX_LIST_ITEMS)
        return -1;
    int n = cJSON_GetArraySize(array);
    const char **items = arena_alloc(b->a, sizeof *items * (size_t)(n ? n : 1));
    if (!items)
        return -1;
    int i = 0;
    for (const cJSON *e = array->child; e; e = e->next) {
        const char *text = cJSON_IsString(e) ? e->valuestring : NULL;
        if (!text || (want_ids && !report_is_id(text)))
            return -1;
        items[i++] = text;
    }
    *out = items;
    return n;
}

static int index_in(const char *id, const char *const *list, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(list[i], id) == 0)
            return i;
    return -1;
}

static int read_votes(session_build *b, const cJSON *st, const cJSON *extensions, cw_report_decision *d)
{
    const cJSON *votes = cJSON_GetObjectItemCaseSensitive(extensions, b->r->key_votes);
    if (!votes)
        return 0;
    int n = cJSON_GetArraySize(votes);
    if (!cJSON_IsObject(votes) || n > RECORD_MAX_LIST_ITEMS)
        return bad(b, st, "the votes are not an object of roles");
    cw_report_votes *out = arena_alloc(b->a, sizeof *out * (size_t)(n ? n : 1));
    if (!out)
        return bad(b, st, "out of memory");
    int i = 0;
    for (const cJSON *role = votes->child; role; role = role->next, i++) {
        if (!report_is_id(role->string) || !cJSON_IsArray(role) || cJSON_GetArraySize(role) != d->n_shown)
            return bad(b, st, "the votes need, per role, one count per choice shown");
        int *counts = arena_alloc(b->a, sizeof *counts * (size_t)(d->n_shown ? d->n_shown : 1));
        if (!counts)
            return bad(b, st, "out of memory");
        int k = 0;
        for (const cJSON *c = role->child; c; c = c->next, k++) {
            double v = cJSON_IsNumber(c) ? c->valuedouble : -1;
            if (v < 0 || v > 100000 || v != (double)(int)v)
                return bad(b, st, "a vote count is not a whole number from 0 to 100000");
            counts[k] = (int)v;
        }
        out[i].role = role->string;
        out[i].counts = counts;
    }
    d->votes = out;
    d->n_votes = n;
    d->picked_by = string_at(extensions, b->r->key_picked_by);
    return 0;
}

static int read_draft(session_build *b, const cJSON *st, const cJSON *extensions, cw_report_decision *d)
{
    const cJSON *score = cJSON_GetObjectItemCaseSensitive(extensions, b->r->key_score);
    const cJSON *max = cJSON_GetObjectItemCaseSensitive(extensions, b->r->key_max);
    if ((d->n_clauses = list_of(b, cJSON_GetObjectItemCaseSensitive(extensions, b->r->key_clauses), 1,
                                &d->clauses)) < 0 ||
        (d->n_flags = list_of(b, cJSON_GetObjectItemCaseSensitive(extensions, b->r->key_flags), 0,
                              &d->flags)) < 0 ||
        (d->n_missing = list_of(b, cJSON_GetObjectItemCaseSensitive(extensions, b->r->key_missing), 0,
                                &d->missing)) < 0)
        return bad(b, st, "a draft's clauses, flags or missing elements are not lists");
    if (!cJSON_IsNumber(score) || !cJSON_IsNumber(max))
        return bad(b, st, "a draft has no rubric score and maximum");
    d->score = score->valuedouble;
    d->score_max = max->valuedouble;
    d->shown = d->clauses;
    d->n_shown = d->n_clauses;
    size_t len = 1;
    for (int i = 0; i < d->n_clauses; i++)
        len += strlen(d->clauses[i]) + 1;
    char *chosen = arena_alloc(b->a, len);
    if (!chosen)
        return bad(b, st, "out of memory");
    for (int i = 0; i < d->n_clauses; i++) {
        if (i)
            strcat(chosen, "+");
        strcat(chosen, d->clauses[i]);
    }
    d->chosen = chosen;
    d->own = "";
    return 0;
}

static int read_choice(session_build *b, const cJSON *st, const cJSON *definition, const char *response,
                       cw_report_decision *d)
{
    const cJSON *choices = cJSON_GetObjectItemCaseSensitive(definition, "choices");
    int n = cJSON_IsArray(choices) ? cJSON_GetArraySize(choices) : -1;
    if (n < 1 || n > RECORD_MAX_LIST_ITEMS)
        return bad(b, st, "a decision lists no choices, or too many");
    const char **shown = arena_alloc(b->a, sizeof *shown * (size_t)n);
    if (!shown)
        return bad(b, st, "out of memory");
    int i = 0;
    for (const cJSON *c = choices->child; c; c = c->next)
        if (!report_is_id(shown[i++] = string_at(c, "id")))
            return bad(b, st, "a choice has no id");
    d->shown = shown;
    d->n_shown = n;
    if ((d->n_recommended = list_of(b, cJSON_GetObjectItemCaseSensitive(definition, "correctResponsesPattern"),
                                    1, &d->recommended)) < 0)
        return bad(b, st, "the correct responses are not a list of choice ids");
    for (int k = 0; k < d->n_recommended; k++)
        if (index_in(d->recommended[k], shown, n) < 0)
            return bad(b, st, "a correct response names a choice that was not shown");
    int at = response ? index_in(response, shown, n) : -1;
    if (at < 0)
        return bad(b, st, "the response is not among the choices shown");
    d->chosen = response;
    d->position = at + 1;
    return 0;
}

/* An "answered" statement as the decision it was recorded from. */
static int read_answered(session_build *b, const cJSON *st, int arrival)
{
    cw_report_xapi_reader *r = b->r;
    cw_report_decision *d = &b->decisions[b->s.n_decisions];
    const cJSON *object = object_at(st, "object"), *definition = object_at(object, "definition");
    const cJSON *result = object_at(st, "result"), *extensions = object_at(result, "extensions");
    char scene[RECORD_MAX_ID_BYTES + 1];
    const char *rest;
    if (iri_segment(string_at(object, "id"), r->scenes_prefix, 1, scene, sizeof scene, &rest) != 0)
        return bad(b, st, "the object is not a decision of this scenario");
    const char *type = string_at(definition, "interactionType");
    d->is_draft = strcmp(rest, "/draft") == 0;
    if (!type || (strcmp(rest, "/decision") != 0 && !d->is_draft) ||
        strcmp(type, d->is_draft ? "long-fill-in" : "choice") != 0)
        return bad(b, st, "the object is neither a decision (choice) nor a draft (long-fill-in)");
    d->scene = arena_strdup(b->a, scene);
    d->id = string_at(st, "id");
    d->time = string_at(st, "timestamp");
    if (!is_timestamp(d->time))
        return bad(b, st, "the timestamp is not a UTC time such as 2026-11-22T08:20:54.123Z");
    long long ms = iso_duration_ms(string_at(result, "duration"));
    if (ms < 0 || ms > 366LL * 24 * 3600 * 1000)
        return bad(b, st, "the result has no duration such as PT41.2S");
    d->ms = ms;
    d->rating = cw_rating_parse(string_at(extensions, r->key_rating));
    if (d->rating == CW_RATING_NONE)
        return bad(b, st, "the result has no practice rating");
    if ((d->n_tags = list_of(b, cJSON_GetObjectItemCaseSensitive(extensions, r->key_tags), 1, &d->tags)) < 0)
        return bad(b, st, "the competency tags are not a list of ids");
    const cJSON *rationale = cJSON_GetObjectItemCaseSensitive(extensions, r->key_rationale);
    if (rationale && !cJSON_IsString(rationale))
        return bad(b, st, "the rationale is not text");
    d->reason = rationale ? rationale->valuestring : NULL;
    const char *response = string_at(result, "response");
    const cJSON *parents = cJSON_GetObjectItemCaseSensitive(
        object_at(object_at(st, "context"), "contextActivities"), "parent");
    char phase[1024] = "";
    if (parents && (!cJSON_IsArray(parents) || cJSON_GetArraySize(parents) != 1 ||
                    iri_segment(string_at(parents->child, "id"), r->phases_prefix, 0, phase, sizeof phase,
                                &rest) != 0 || *rest))
        return bad(b, st, "the parent activity is not a phase of this scenario");
    d->phase = *phase ? arena_strdup(b->a, phase) : NULL;
    const cJSON *score = object_at(result, "score");
    d->points = (int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(score, "raw"));
    d->max_points = (int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(score, "max"));
    if (!score)
        d->points = d->max_points = 0;
    if (d->is_draft) {
        d->text = response ? response : "";
        if (read_draft(b, st, extensions, d) != 0)
            return -1;
    } else if (read_choice(b, st, definition, response, d) != 0 || read_votes(b, st, extensions, d) != 0) {
        return -1;
    }
    b->times[b->s.n_decisions] = d->time;
    b->arrival[b->s.n_decisions] = arrival;
    b->s.n_decisions++;
    return 0;
}

static int read_completed(session_build *b, const cJSON *st)
{
    const cJSON *extensions = object_at(object_at(st, "result"), "extensions");
    const char *ending = string_at(extensions, b->r->key_ending);
    const char *title = string_at(extensions, b->r->key_ending_title);
    const char *classification = string_at(extensions, b->r->key_classification);
    if (!report_is_id(ending) || !title || !classification)
        return bad(b, st, "the completed statement has no ending, title and classification");
    if (b->s.ending)
        return bad(b, st, "a second ending for the same session");
    b->ending.kind = CW_EVENT_ENDING;
    b->ending.id = string_at(st, "id");
    b->ending.time = string_at(st, "timestamp");
    b->ending.scene = ending;
    b->ending.ending_title = title;
    b->ending.classification = classification;
    b->s.ending = &b->ending;
    return 0;
}

/* What every statement of the session says about it: role, mode, scenario version and file. */
static int read_session_fields(session_build *b, const cJSON *st)
{
    const cJSON *extensions = context_extensions(st);
    const char *role = string_at(extensions, b->r->key_role);
    const char *mode = string_at(extensions, b->r->key_mode);
    const char *version = string_at(extensions, b->r->key_version);
    const char *sha = string_at(extensions, b->r->key_sha256);
    const char *actor_type = string_at(object_at(st, "actor"), "objectType");
    int group = actor_type && strcmp(actor_type, "Group") == 0;
    if (!report_is_id(role) || !mode || !version || !sha)
        return bad(b, st, "the context has no role, mode, scenario version or sha256");
    if (!b->s.role) {
        b->s.role = role;
        b->s.mode = mode;
        b->s.scenario_version = version;
        b->s.scenario_sha256 = sha;
        b->s.group = group;
        const cJSON *account = object_at(object_at(st, "actor"), "account");
        b->s.trainee = string_at(account, "name") ? string_at(account, "name") : "";
    } else if (strcmp(b->s.role, role) != 0 || strcmp(b->s.scenario_version, version) != 0 ||
               strcmp(b->s.scenario_sha256, sha) != 0 || b->s.group != group) {
        return bad(b, st, "the session's statements disagree on its role, actor or scenario version");
    }
    return 0;
}

/* Decisions in the order they were made: by timestamp, then in the order they arrived. */
static void sort_decisions(session_build *b)
{
    for (int i = 1; i < b->s.n_decisions; i++)
        for (int j = i; j > 0; j--) {
            int order = strcmp(b->times[j - 1], b->times[j]);
            if (order < 0 || (order == 0 && b->arrival[j - 1] < b->arrival[j]))
                break;
            cw_report_decision d = b->decisions[j];
            b->decisions[j] = b->decisions[j - 1];
            b->decisions[j - 1] = d;
            const char *t = b->times[j];
            b->times[j] = b->times[j - 1];
            b->times[j - 1] = t;
            int a = b->arrival[j];
            b->arrival[j] = b->arrival[j - 1];
            b->arrival[j - 1] = a;
        }
    for (int i = 0; i < b->s.n_decisions; i++)
        b->decisions[i].number = i + 1;
}

static int duplicate_id(const cJSON *kept, const cJSON *st)
{
    const char *id = string_at(st, "id");
    for (const cJSON *e = kept->child; e && e != st; e = e->next)
        if (strcmp(string_at(e, "id"), id) == 0)
            return 1;
    return 0;
}

/* Rebuilds the session from its kept statements and folds it in (or sets it aside). */
static int fold_session(cw_report_xapi_reader *r, open_session *o, cw_error *err)
{
    r->counts.sessions++;
    if (o->problem) {
        group_refuse_session(r->g, o->registration, o->problem);
        return r->g->arena.failed ? -1 : 0;
    }
    arena_reset(&r->scratch);
    session_build b;
    memset(&b, 0, sizeof b);
    b.r = r;
    b.a = &r->scratch;
    int n = o->n_kept;
    b.decisions = arena_alloc(b.a, sizeof *b.decisions * (size_t)(n ? n : 1));
    b.times = arena_alloc(b.a, sizeof *b.times * (size_t)(n ? n : 1));
    b.arrival = arena_alloc(b.a, sizeof *b.arrival * (size_t)(n ? n : 1));
    if (!b.decisions || !b.times || !b.arrival) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    int arrival = 0, initialized = 0;
    for (const cJSON *st = o->kept->child; st && !b.why; st = st->next, arrival++) {
        if (duplicate_id(o->kept, st))
            continue; /* a store may return a statement twice; it counts once */
        const char *verb = verb_of(st);
        if (read_session_fields(&b, st) != 0)
            break;
        if (strcmp(verb, "initialized") == 0) {
            initialized = 1;
            b.s.header_id = string_at(st, "id");
            b.s.started = string_at(st, "timestamp");
            const cJSON *name = object_at(object_at(object_at(st, "object"), "definition"), "name");
            b.s.scenario_title = string_at(name, "en-US");
        } else if (strcmp(verb, "answered") == 0) {
            read_answered(&b, st, arrival);
        } else {
            read_completed(&b, st);
        }
    }
    if (!b.why && !initialized)
        b.why = "no \"initialized\" statement for this session: it was not sent, lies outside "
                "--since/--until, or came too long after the session's other statements";
    if (b.why) {
        group_refuse_session(r->g, o->registration, b.why);
        return r->g->arena.failed ? -1 : 0;
    }
    sort_decisions(&b);
    b.s.path = o->registration;
    b.s.session_id = o->registration;
    b.s.scenario_id = r->g->scenario_id;
    b.s.scenario_title = b.s.scenario_title ? b.s.scenario_title : "";
    b.s.engine = "";
    b.s.decisions = b.decisions;
    b.s.replay_note = "";
    r->g->files++;
    return group_add_session(r->g, &b.s, err) < 0 ? -1 : 0;
}

/* ---- statements as they arrive ------------------------------------------------------------------- */

static open_session *session_for(cw_report_xapi_reader *r, const char *registration, cw_error *err)
{
    for (int i = r->n_open - 1; i >= 0; i--)
        if (strcmp(r->open[i].registration, registration) == 0)
            return &r->open[i];
    if (r->n_open == MAX_OPEN) { /* too many at once: the one quiet longest goes first */
        int oldest = 0;
        for (int i = 1; i < r->n_open; i++)
            if (r->open[i].last_seen < r->open[oldest].last_seen)
                oldest = i;
        if (fold_session(r, &r->open[oldest], err) != 0)
            return NULL;
        close_slot(r, oldest);
    }
    open_session *o = &r->open[r->n_open];
    memset(o, 0, sizeof *o);
    if (!(o->kept = cJSON_CreateArray())) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    snprintf(o->registration, sizeof o->registration, "%s", registration);
    r->n_open++;
    return o;
}

/* The mapping version a statement names; NULL when this reader knows it. */
static const char *unknown_version(const cw_report_xapi_reader *r, const cJSON *st)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(context_extensions(st), r->key_mapping);
    if (!v)
        return NULL;
    static char text[64];
    if (cJSON_IsNumber(v))
        snprintf(text, sizeof text, "%g", v->valuedouble);
    else
        snprintf(text, sizeof text, "%s", cJSON_IsString(v) ? v->valuestring : "(not text)");
    for (size_t i = 0; i < sizeof known_mapping_versions / sizeof known_mapping_versions[0]; i++)
        if (strcmp(text, known_mapping_versions[i]) == 0)
            return NULL;
    return text;
}

/* Keeps only what the summary reads of a statement: saves memory while its session is open. */
static void strip(cJSON *st)
{
    cJSON_DeleteItemFromObjectCaseSensitive(st, "authority");
    cJSON_DeleteItemFromObjectCaseSensitive(st, "stored");
    cJSON_DeleteItemFromObjectCaseSensitive(st, "version");
    cJSON_DeleteItemFromObjectCaseSensitive(cJSON_GetObjectItemCaseSensitive(st, "verb"), "display");
    cJSON *context = cJSON_GetObjectItemCaseSensitive(st, "context");
    cJSON_DeleteItemFromObjectCaseSensitive(context, "platform");
    cJSON_DeleteItemFromObjectCaseSensitive(cJSON_GetObjectItemCaseSensitive(context, "contextActivities"),
                                            "grouping");
}

/* First pass: an "initialized" statement names the scenario version and file its session was
 * made with, so that the summary can settle on the one most sessions share. */
static void scan_statement(cw_report_xapi_reader *r, const cJSON *st)
{
    const char *verb = verb_of(st);
    if (!cJSON_IsObject(st) || !verb || strcmp(verb, "initialized") != 0 || unknown_version(r, st))
        return;
    const cJSON *extensions = context_extensions(st);
    const cJSON *name = object_at(object_at(object_at(st, "object"), "definition"), "name");
    const char *version = string_at(extensions, r->key_version), *sha = string_at(extensions, r->key_sha256);
    const char *title = string_at(name, "en-US");
    group_candidate found;
    memset(&found, 0, sizeof found);
    r->g->scanned++;
    if (!version || !sha || strlen(version) >= sizeof found.version || strlen(sha) >= sizeof found.sha256 ||
        strlen(r->scenario_id) >= sizeof found.id)
        return;
    snprintf(found.id, sizeof found.id, "%s", r->scenario_id);
    snprintf(found.version, sizeof found.version, "%s", version);
    snprintf(found.sha256, sizeof found.sha256, "%s", sha);
    snprintf(found.title, sizeof found.title, "%s", title ? title : "");
    group_count_candidate(r->g, &found);
}

/* Second pass: a statement goes to its session (kept while the session is open when the summary
 * reads it), or is counted as unusable. */
static int take_statement(cw_report_xapi_reader *r, cJSON *page, cJSON *st, cw_error *err)
{
    r->counts.statements++;
    const char *registration = registration_of(st);
    const char *verb = verb_of(st);
    const char *id = string_at(st, "id");
    if (!cJSON_IsObject(st) || !is_uuid(id)) {
        problem(r, st, "not a statement with a UUID id");
        return 0;
    }
    if (!is_uuid(registration)) {
        problem(r, st, "no context.registration (the session's UUID)");
        return 0;
    }
    int known = verb && (strcmp(verb, "initialized") == 0 || strcmp(verb, "answered") == 0 ||
                         strcmp(verb, "completed") == 0 || strcmp(verb, "experienced") == 0 ||
                         strcmp(verb, "progressed") == 0 || strcmp(verb, "terminated") == 0);
    if (!known) {
        note_problem(r->counts.first_foreign, sizeof r->counts.first_foreign, &r->counts.foreign, id,
                     "a verb casewalk's mapping does not use");
        return 0;
    }
    open_session *o = session_for(r, registration, err);
    if (!o)
        return -1;
    o->last_seen = r->counts.statements;
    const char *version = unknown_version(r, st);
    if (version) {
        char why[128];
        snprintf(why, sizeof why, "mapping version \"%s\", which this casewalk does not read", version);
        note_problem(r->counts.first_unknown_version, sizeof r->counts.first_unknown_version,
                     &r->counts.unknown_version, id, why);
        session_problem(o, id, why);
        return 0;
    }
    if (strcmp(verb, "initialized") != 0 && strcmp(verb, "answered") != 0 && strcmp(verb, "completed") != 0)
        return 0;
    if (o->n_kept == MAX_KEPT_PER_SESSION) {
        session_problem(o, id, "the session has more statements than a summary reads");
        return 0;
    }
    cJSON_DetachItemViaPointer(cJSON_GetObjectItemCaseSensitive(page, "statements"), st);
    strip(st);
    cJSON_AddItemToArray(o->kept, st);
    o->n_kept++;
    return 0;
}

/* Folds in the sessions that have been quiet for QUIET_STATEMENTS statements. */
static int fold_quiet(cw_report_xapi_reader *r, long quiet, cw_error *err)
{
    for (int i = r->n_open - 1; i >= 0; i--) {
        if (r->counts.statements - r->open[i].last_seen < quiet)
            continue;
        if (fold_session(r, &r->open[i], err) != 0)
            return -1;
        close_slot(r, i);
    }
    return 0;
}

long cw_report_xapi_reader_page(cw_report_xapi_reader *r, int first_pass, const char *body, size_t len,
                                char *more, size_t more_size, cw_error *err)
{
    *more = '\0';
    cJSON *page = cJSON_ParseWithLength(body, len);
    const cJSON *statements = cJSON_GetObjectItemCaseSensitive(page, "statements");
    const cJSON *link = cJSON_GetObjectItemCaseSensitive(page, "more");
    if (!cJSON_IsObject(page) || !cJSON_IsArray(statements) || (link && !cJSON_IsString(link) && !cJSON_IsNull(link))) {
        cJSON_Delete(page);
        cw_error_set(err, CW_ERR_INPUT, NULL, 0,
                     "the answer is not a statement result (a JSON object with a \"statements\" list)");
        return -1;
    }
    if (cJSON_IsString(link)) {
        if (strlen(link->valuestring) >= more_size) {
            cJSON_Delete(page);
            cw_error_set(err, CW_ERR_INPUT, NULL, 0, "the \"more\" link is longer than %zu bytes", more_size - 1);
            return -1;
        }
        snprintf(more, more_size, "%s", link->valuestring);
    }
    long n = 0;
    cJSON *next;
    for (cJSON *st = statements->child; st; st = next, n++) {
        next = st->next; /* st may be moved to its session */
        if (first_pass)
            scan_statement(r, st);
        else if (take_statement(r, page, st, err) != 0) {
            cJSON_Delete(page);
            return -1;
        }
    }
    cJSON_Delete(page);
    if (!first_pass && fold_quiet(r, QUIET_STATEMENTS, err) != 0)
        return -1;
    return n;
}

int cw_report_xapi_reader_end(cw_report_xapi_reader *r, cw_error *err)
{
    return fold_quiet(r, 0, err);
}
