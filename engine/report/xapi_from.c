/* xapi_from.c — the inverse of xapi_write.c: the statements of one session, as a learning
 * record store returns them, back into the cw_report_session the group summary folds in
 * (xapi_reader.c pages through a store and groups the statements by session).
 *
 * Every field the summary reads is checked as the record reader checks a record's line: ids are
 * ids, the response is among the choices listed, durations are ISO 8601, ratings are ratings; the
 * first problem names the statement. Statements carry no seed: the examples replayed for texts
 * and prompts use seed 0 (the shipped scenarios draw only the order of choices from the seed, and
 * examples replay by id). A draft's own sentence is not a statement field of its own, so an
 * example replays a draft without it. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "record_rules.h"
#include "report/xapi_from.h"
#include "report/read.h"

#define ADL_VERB "http://adlnet.gov/expapi/verbs/"

/* The mapping versions this reader understands: statements without a mapping-version extension
 * were written by the first mapping, which is version "1". */
static const char *const known_mapping_versions[] = {"1", "2"}; /* 2: ids include the version */

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

int xapi_is_uuid(const char *s)
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

const char *xapi_string(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

const cJSON *xapi_object(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsObject(v) ? v : NULL;
}

const char *xapi_verb(const cJSON *st)
{
    const char *id = xapi_string(xapi_object(st, "verb"), "id");
    size_t n = strlen(ADL_VERB);
    return id && strncmp(id, ADL_VERB, n) == 0 ? id + n : NULL;
}

const char *xapi_registration(const cJSON *st)
{
    return xapi_string(xapi_object(st, "context"), "registration");
}

const cJSON *xapi_context_extensions(const cJSON *st)
{
    return xapi_object(xapi_object(st, "context"), "extensions");
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

/* ---- the IRIs and extension keys of one home page and scenario --------------------------------- */

int xapi_keys_init(xapi_keys *k, const char *homepage, const char *scenario_id)
{
    memset(k, 0, sizeof *k);
    k->home = strdup(homepage);
    k->scenario_id = strdup(scenario_id);
    if (!k->home || !k->scenario_id) {
        xapi_keys_free(k);
        return -1;
    }
    size_t n = strlen(k->home);
    while (n > 0 && k->home[n - 1] == '/')
        k->home[--n] = '\0';
    char *scenarios = joined(k->home, "/xapi/scenarios/");
    char *enc = scenarios ? malloc(3 * strlen(scenario_id) + 1) : NULL;
    if (enc) { /* as xapi_write.c encodes a segment */
        char *o = enc;
        for (const unsigned char *p = (const unsigned char *)scenario_id; *p; p++)
            o += isalnum(*p) || strchr("-._~", *p) ? (*o = (char)*p, 1) : sprintf(o, "%%%02X", *p);
        *o = '\0';
        k->scenario_iri = joined(scenarios, enc);
    }
    free(scenarios);
    free(enc);
    char *ext = joined(k->home, "/xapi/extensions/");
    int ok = k->scenario_iri && ext;
    if (ok) {
        k->scenes_prefix = joined(k->scenario_iri, "/scenes/");
        k->phases_prefix = joined(k->scenario_iri, "/phases/");
        ok = k->scenes_prefix && k->phases_prefix;
    }
    struct {
        char **key;
        const char *name;
    } keys[] = {{&k->role, "role"},       {&k->mode, "mode"},
                {&k->version, "scenario-version"}, {&k->sha256, "scenario-sha256"},
                {&k->mapping, "mapping-version"}, {&k->rating, "rating"},
                {&k->tags, "tags"},       {&k->rationale, "rationale"},
                {&k->clauses, "clauses"}, {&k->flags, "flags"},
                {&k->missing, "missing"}, {&k->score, "rubric-score"},
                {&k->max, "rubric-max"},  {&k->votes, "votes"},
                {&k->picked_by, "picked-by"}, {&k->ending, "ending"},
                {&k->ending_title, "ending-title"}, {&k->classification, "classification"}};
    for (size_t i = 0; ok && i < sizeof keys / sizeof keys[0]; i++)
        ok = (*keys[i].key = joined(ext, keys[i].name)) != NULL;
    free(ext);
    if (!ok) {
        xapi_keys_free(k);
        return -1;
    }
    return 0;
}

void xapi_keys_free(xapi_keys *k)
{
    char **owned[] = {&k->home, &k->scenario_id, &k->scenario_iri, &k->scenes_prefix, &k->phases_prefix,
                      &k->role, &k->mode, &k->version, &k->sha256, &k->mapping, &k->rating, &k->tags,
                      &k->rationale, &k->clauses, &k->flags, &k->missing, &k->score, &k->max,
                      &k->votes, &k->picked_by, &k->ending, &k->ending_title, &k->classification};
    for (size_t i = 0; i < sizeof owned / sizeof owned[0]; i++) {
        free(*owned[i]);
        *owned[i] = NULL;
    }
}

const char *xapi_unknown_version(const xapi_keys *k, const cJSON *st, char *text, size_t size)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(xapi_context_extensions(st), k->mapping);
    if (!v)
        return NULL;
    if (cJSON_IsNumber(v))
        snprintf(text, size, "%g", v->valuedouble);
    else
        snprintf(text, size, "%s", cJSON_IsString(v) ? v->valuestring : "(not text)");
    for (size_t i = 0; i < sizeof known_mapping_versions / sizeof known_mapping_versions[0]; i++)
        if (strcmp(text, known_mapping_versions[i]) == 0)
            return NULL;
    return text;
}

/* ---- one session's statements, read ---------------------------------------------------------- */

typedef struct session_build {
    const xapi_keys *k;
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
                 xapi_string(st, "id") ? xapi_string(st, "id") : "(without an id)", why);
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
    const cJSON *votes = cJSON_GetObjectItemCaseSensitive(extensions, b->k->votes);
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
    d->picked_by = xapi_string(extensions, b->k->picked_by);
    return 0;
}

static int read_draft(session_build *b, const cJSON *st, const cJSON *extensions, cw_report_decision *d)
{
    const cJSON *score = cJSON_GetObjectItemCaseSensitive(extensions, b->k->score);
    const cJSON *max = cJSON_GetObjectItemCaseSensitive(extensions, b->k->max);
    if ((d->n_clauses = list_of(b, cJSON_GetObjectItemCaseSensitive(extensions, b->k->clauses), 1,
                                &d->clauses)) < 0 ||
        (d->n_flags = list_of(b, cJSON_GetObjectItemCaseSensitive(extensions, b->k->flags), 0,
                              &d->flags)) < 0 ||
        (d->n_missing = list_of(b, cJSON_GetObjectItemCaseSensitive(extensions, b->k->missing), 0,
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
        if (!report_is_id(shown[i++] = xapi_string(c, "id")))
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
    const xapi_keys *k = b->k;
    cw_report_decision *d = &b->decisions[b->s.n_decisions];
    const cJSON *object = xapi_object(st, "object"), *definition = xapi_object(object, "definition");
    const cJSON *result = xapi_object(st, "result"), *extensions = xapi_object(result, "extensions");
    char scene[RECORD_MAX_ID_BYTES + 1];
    const char *rest;
    if (iri_segment(xapi_string(object, "id"), k->scenes_prefix, 1, scene, sizeof scene, &rest) != 0)
        return bad(b, st, "the object is not a decision of this scenario");
    const char *type = xapi_string(definition, "interactionType");
    d->is_draft = strcmp(rest, "/draft") == 0;
    if (!type || (strcmp(rest, "/decision") != 0 && !d->is_draft) ||
        strcmp(type, d->is_draft ? "long-fill-in" : "choice") != 0)
        return bad(b, st, "the object is neither a decision (choice) nor a draft (long-fill-in)");
    d->scene = arena_strdup(b->a, scene);
    d->id = xapi_string(st, "id");
    d->time = xapi_string(st, "timestamp");
    if (!is_timestamp(d->time))
        return bad(b, st, "the timestamp is not a UTC time such as 2026-11-22T08:20:54.123Z");
    long long ms = iso_duration_ms(xapi_string(result, "duration"));
    if (ms < 0 || ms > 366LL * 24 * 3600 * 1000)
        return bad(b, st, "the result has no duration such as PT41.2S");
    d->ms = ms;
    d->rating = cw_rating_parse(xapi_string(extensions, k->rating));
    if (d->rating == CW_RATING_NONE)
        return bad(b, st, "the result has no practice rating");
    if ((d->n_tags = list_of(b, cJSON_GetObjectItemCaseSensitive(extensions, k->tags), 1, &d->tags)) < 0)
        return bad(b, st, "the competency tags are not a list of ids");
    const cJSON *rationale = cJSON_GetObjectItemCaseSensitive(extensions, k->rationale);
    if (rationale && !cJSON_IsString(rationale))
        return bad(b, st, "the rationale is not text");
    d->reason = rationale ? rationale->valuestring : NULL;
    const char *response = xapi_string(result, "response");
    const cJSON *parents = cJSON_GetObjectItemCaseSensitive(
        xapi_object(xapi_object(st, "context"), "contextActivities"), "parent");
    char phase[1024] = "";
    if (parents && (!cJSON_IsArray(parents) || cJSON_GetArraySize(parents) != 1 ||
                    iri_segment(xapi_string(parents->child, "id"), k->phases_prefix, 0, phase, sizeof phase,
                                &rest) != 0 || *rest))
        return bad(b, st, "the parent activity is not a phase of this scenario");
    d->phase = *phase ? arena_strdup(b->a, phase) : NULL;
    const cJSON *score = xapi_object(result, "score");
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
    const cJSON *extensions = xapi_object(xapi_object(st, "result"), "extensions");
    const char *ending = xapi_string(extensions, b->k->ending);
    const char *title = xapi_string(extensions, b->k->ending_title);
    const char *classification = xapi_string(extensions, b->k->classification);
    if (!report_is_id(ending) || !title || !classification)
        return bad(b, st, "the completed statement has no ending, title and classification");
    if (b->s.ending)
        return bad(b, st, "a second ending for the same session");
    b->ending.kind = CW_EVENT_ENDING;
    b->ending.id = xapi_string(st, "id");
    b->ending.time = xapi_string(st, "timestamp");
    b->ending.scene = ending;
    b->ending.ending_title = title;
    b->ending.classification = classification;
    b->s.ending = &b->ending;
    return 0;
}

/* What every statement of the session says about it: role, mode, scenario version and file. */
static int read_session_fields(session_build *b, const cJSON *st)
{
    const cJSON *extensions = xapi_context_extensions(st);
    const char *role = xapi_string(extensions, b->k->role);
    const char *mode = xapi_string(extensions, b->k->mode);
    const char *version = xapi_string(extensions, b->k->version);
    const char *sha = xapi_string(extensions, b->k->sha256);
    const char *actor_type = xapi_string(xapi_object(st, "actor"), "objectType");
    int group = actor_type && strcmp(actor_type, "Group") == 0;
    if (!report_is_id(role) || !mode || !version || !sha)
        return bad(b, st, "the context has no role, mode, scenario version or sha256");
    if (!b->s.role) {
        b->s.role = role;
        b->s.mode = mode;
        b->s.scenario_version = version;
        b->s.scenario_sha256 = sha;
        b->s.group = group;
        const cJSON *account = xapi_object(xapi_object(st, "actor"), "account");
        b->s.trainee = xapi_string(account, "name") ? xapi_string(account, "name") : "";
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
    const char *id = xapi_string(st, "id");
    for (const cJSON *e = kept->child; e && e != st; e = e->next)
        if (strcmp(xapi_string(e, "id"), id) == 0)
            return 1;
    return 0;
}

/* ---- one session ------------------------------------------------------------------------------- */

const char *xapi_session_from_statements(const xapi_keys *k, const cJSON *statements, int n,
                                         report_arena *arena, cw_report_session *s, char *why, size_t size)
{
    session_build b;
    memset(&b, 0, sizeof b);
    b.k = k;
    b.a = arena;
    b.decisions = arena_alloc(b.a, sizeof *b.decisions * (size_t)(n ? n : 1));
    b.times = arena_alloc(b.a, sizeof *b.times * (size_t)(n ? n : 1));
    b.arrival = arena_alloc(b.a, sizeof *b.arrival * (size_t)(n ? n : 1));
    cw_report_event *ending = arena_alloc(b.a, sizeof *ending);
    if (!b.decisions || !b.times || !b.arrival || !ending)
        return "out of memory";
    int arrival = 0, initialized = 0;
    for (const cJSON *st = statements->child; st && !b.why; st = st->next, arrival++) {
        if (duplicate_id(statements, st))
            continue; /* a store may return a statement twice; it counts once */
        const char *verb = xapi_verb(st);
        if (!verb || read_session_fields(&b, st) != 0)
            break;
        if (strcmp(verb, "initialized") == 0) {
            initialized = 1;
            b.s.header_id = xapi_string(st, "id");
            b.s.started = xapi_string(st, "timestamp");
            const cJSON *name = xapi_object(xapi_object(xapi_object(st, "object"), "definition"), "name");
            b.s.scenario_title = xapi_string(name, "en-US");
        } else if (strcmp(verb, "answered") == 0) {
            read_answered(&b, st, arrival);
        } else if (strcmp(verb, "completed") == 0) {
            read_completed(&b, st);
        }
    }
    if (!b.why && !initialized)
        b.why = "no \"initialized\" statement for this session: it was not sent, lies outside "
                "--since/--until, or came too long after the session's other statements";
    if (b.why) {
        snprintf(why, size, "%s", b.why);
        return why;
    }
    sort_decisions(&b);
    if (b.s.ending) {
        *ending = b.ending;
        b.s.ending = ending;
    }
    b.s.scenario_id = k->scenario_id;
    b.s.scenario_title = b.s.scenario_title ? b.s.scenario_title : "";
    b.s.engine = "";
    b.s.decisions = b.decisions;
    b.s.replay_note = "";
    *s = b.s;
    return NULL;
}
