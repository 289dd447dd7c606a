/* xapi_write.c — a session record as xAPI 1.0.3 statements (docs: shared records/xapi-mapping):
 * opaque account actors, statement ids derived from the record's line UUIDs and the mapping
 * version, ISO 8601 durations, IRIs for extension keys, and output that depends only on the
 * record and the home page, so that exporting again gives the same bytes.
 *
 *   header   → initialized  (the scenario, a simulation)
 *   scene    → experienced  (the scene, an interaction)
 *   phase    → progressed   (the phase, a module)
 *   decision → answered     (cmi.interaction "choice", recommended ids as correct responses)
 *   draft    → answered     (cmi.interaction "long-fill-in")
 *   ending   → completed    (the scenario), then terminated
 *   paused   → terminated   (the session stopped before an ending)
 *   resumed  → no statement: the mapping has no verb for it and the session goes on as before. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "casewalk_report.h"
#include "report/uuid.h"

#define ADL_VERB "http://adlnet.gov/expapi/verbs/"
#define ADL_ACTIVITY "http://adlnet.gov/expapi/activities/"
#define LANG "en-US"

int cw_xapi_homepage_ok(const char *homepage)
{
    const char *rest;
    if (strncmp(homepage, "https://", 8) == 0)
        rest = homepage + 8;
    else if (strncmp(homepage, "http://", 7) == 0)
        rest = homepage + 7;
    else
        return 0;
    if (!*rest || *rest == '/' || strlen(homepage) > 200)
        return 0;
    for (const unsigned char *p = (const unsigned char *)rest; *p; p++)
        if (*p <= ' ' || *p >= 0x7F || strchr("\"'<>\\^`{|}#?", *p))
            return 0;
    return 1;
}

typedef struct xapi_writer {
    const cw_report_session *s;
    char home[256];           /* the home page without a trailing slash */
    char *scenario_iri;
    const char *phase;        /* the phase the session is in */
    int points, max_points;   /* so far */
    long seq;                 /* the record line the statements come from */
    cw_xapi_statement_fn each;
    void *ud;
    int failed;
} xapi_writer;

/* ---- IRIs ---------------------------------------------------------------------------------- */

/* Appends s percent-encoded (everything but unreserved characters) to a growing string. */
static char *iri_join(const char *prefix, const char *segment)
{
    size_t n = strlen(prefix), m = strlen(segment);
    char *out = malloc(n + 1 + 3 * m + 1);
    if (!out)
        return NULL;
    memcpy(out, prefix, n);
    char *o = out + n;
    *o++ = '/';
    for (const unsigned char *p = (const unsigned char *)segment; *p; p++) {
        if (isalnum(*p) || strchr("-._~", *p))
            *o++ = (char)*p;
        else
            o += sprintf(o, "%%%02X", *p);
    }
    *o = '\0';
    return out;
}

static char *extension_key(const xapi_writer *w, const char *name)
{
    char prefix[300];
    snprintf(prefix, sizeof prefix, "%s/xapi/extensions", w->home);
    return iri_join(prefix, name);
}

static void add_extension(xapi_writer *w, cJSON *extensions, const char *name, cJSON *value)
{
    char *key = extension_key(w, name);
    if (!key || !value) {
        w->failed = 1;
        free(key);
        cJSON_Delete(value);
        return;
    }
    cJSON_AddItemToObject(extensions, key, value);
    free(key);
}

static cJSON *strings(const char *const *list, int n)
{
    cJSON *array = cJSON_CreateArray();
    for (int i = 0; array && i < n; i++)
        cJSON_AddItemToArray(array, cJSON_CreateString(list[i]));
    return array;
}

static cJSON *language_map(const char *text)
{
    cJSON *map = cJSON_CreateObject();
    cJSON_AddStringToObject(map, LANG, text);
    return map;
}

/* ---- times --------------------------------------------------------------------------------- */

/* "PT41.2S", "PT1M5.25S", "PT1H2M3S" */
static void iso_duration(int64_t ms, char *out, size_t size)
{
    if (ms < 0)
        ms = 0;
    int64_t h = ms / 3600000, m = ms / 60000 % 60, s = ms / 1000 % 60, frac = ms % 1000;
    int n = snprintf(out, size, "PT");
    if (h)
        n += snprintf(out + n, size - (size_t)n, "%lldH", (long long)h);
    if (m)
        n += snprintf(out + n, size - (size_t)n, "%lldM", (long long)m);
    if (s || frac || (!h && !m)) {
        n += snprintf(out + n, size - (size_t)n, "%lld", (long long)s);
        if (frac) {
            char digits[8];
            snprintf(digits, sizeof digits, "%03lld", (long long)frac);
            for (int k = 2; k > 0 && digits[k] == '0'; k--)
                digits[k] = '\0';
            n += snprintf(out + n, size - (size_t)n, ".%s", digits);
        }
        snprintf(out + n, size - (size_t)n, "S");
    }
}

/* Milliseconds since the epoch of "2026-11-22T08:20:54.123Z"; -1 when it does not parse. */
static int64_t epoch_ms(const char *t)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    int ms = 0;
    if (sscanf(t, "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
               &tm.tm_min, &tm.tm_sec) != 6)
        return -1;
    const char *dot = strchr(t, '.');
    if (dot)
        for (int k = 1, scale = 100; k <= 3 && isdigit((unsigned char)dot[k]); k++, scale /= 10)
            ms += (dot[k] - '0') * scale;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    time_t secs = timegm(&tm);
    return secs == (time_t)-1 ? -1 : (int64_t)secs * 1000 + ms;
}

static void add_session_duration(cJSON *result, const xapi_writer *w, const char *until)
{
    int64_t start = epoch_ms(w->s->started), end = epoch_ms(until);
    if (start >= 0 && end >= start) {
        char duration[48];
        iso_duration(end - start, duration, sizeof duration);
        cJSON_AddStringToObject(result, "duration", duration);
    }
}

/* ---- statement parts ------------------------------------------------------------------------- */

static cJSON *actor(const xapi_writer *w)
{
    cJSON *a = cJSON_CreateObject();
    cJSON_AddStringToObject(a, "objectType", w->s->group ? "Group" : "Agent");
    cJSON *account = cJSON_AddObjectToObject(a, "account");
    cJSON_AddStringToObject(account, "homePage", w->home);
    cJSON_AddStringToObject(account, "name", *w->s->trainee ? w->s->trainee : "anonymous");
    return a;
}

static cJSON *verb(const char *name)
{
    char id[96];
    snprintf(id, sizeof id, ADL_VERB "%s", name);
    cJSON *v = cJSON_CreateObject();
    cJSON_AddStringToObject(v, "id", id);
    cJSON_AddItemToObject(v, "display", language_map(name));
    return v;
}

/* An activity with a type and, where given, a name. */
static cJSON *activity(const char *id, const char *type, const char *name)
{
    cJSON *a = cJSON_CreateObject();
    cJSON_AddStringToObject(a, "objectType", "Activity");
    cJSON_AddStringToObject(a, "id", id);
    cJSON *definition = cJSON_AddObjectToObject(a, "definition");
    if (name)
        cJSON_AddItemToObject(definition, "name", language_map(name));
    cJSON_AddStringToObject(definition, "type", type);
    return a;
}

static cJSON *scenario_activity(const xapi_writer *w)
{
    return activity(w->scenario_iri, ADL_ACTIVITY "simulation", w->s->scenario_title);
}

static char *child_iri(xapi_writer *w, const char *kind, const char *id)
{
    char *base = iri_join(w->scenario_iri, kind);
    char *iri = base ? iri_join(base, id) : NULL;
    free(base);
    if (!iri)
        w->failed = 1;
    return iri;
}

static cJSON *context(xapi_writer *w, int object_is_scenario)
{
    const cw_report_session *s = w->s;
    cJSON *c = cJSON_CreateObject();
    cJSON_AddStringToObject(c, "registration", s->session_id);
    char platform[80];
    snprintf(platform, sizeof platform, "casewalk %s", s->engine ? s->engine : "");
    cJSON_AddStringToObject(c, "platform", platform);
    cJSON *activities = cJSON_AddObjectToObject(c, "contextActivities");
    cJSON *grouping = cJSON_CreateArray();
    if (!object_is_scenario)
        cJSON_AddItemToArray(grouping, scenario_activity(w));
    if (s->group) {
        char prefix[300];
        snprintf(prefix, sizeof prefix, "%s/xapi/workshops", w->home);
        char *iri = iri_join(prefix, s->trainee);
        if (iri)
            cJSON_AddItemToArray(grouping, activity(iri, ADL_ACTIVITY "meeting", s->trainee));
        else
            w->failed = 1;
        free(iri);
    }
    if (s->workshop) { /* a room participant: the workshop, by its group session's UUID */
        char prefix[300];
        snprintf(prefix, sizeof prefix, "%s/xapi/workshops", w->home);
        char *iri = iri_join(prefix, s->workshop);
        if (iri)
            cJSON_AddItemToArray(grouping, activity(iri, ADL_ACTIVITY "meeting", s->workshop));
        else
            w->failed = 1;
        free(iri);
    }
    if (cJSON_GetArraySize(grouping) > 0)
        cJSON_AddItemToObject(activities, "grouping", grouping);
    else
        cJSON_Delete(grouping);
    if (!object_is_scenario && w->phase && *w->phase) {
        char *iri = child_iri(w, "phases", w->phase);
        if (iri) {
            cJSON *parent = cJSON_AddArrayToObject(activities, "parent");
            cJSON_AddItemToArray(parent, activity(iri, ADL_ACTIVITY "module", w->phase));
        }
        free(iri);
    }
    if (cJSON_GetArraySize(activities) == 0)
        cJSON_DeleteItemFromObject(c, "contextActivities");
    cJSON *extensions = cJSON_AddObjectToObject(c, "extensions");
    add_extension(w, extensions, "role", cJSON_CreateString(s->role));
    add_extension(w, extensions, "mode", cJSON_CreateString(s->mode));
    add_extension(w, extensions, "scenario-version", cJSON_CreateString(s->scenario_version));
    add_extension(w, extensions, "scenario-sha256", cJSON_CreateString(s->scenario_sha256));
    add_extension(w, extensions, "mapping-version", cJSON_CreateNumber(CW_XAPI_MAPPING_VERSION));
    if (s->workshop) {
        add_extension(w, extensions, "workshop", cJSON_CreateString(s->workshop));
        add_extension(w, extensions, "discipline", cJSON_CreateString(s->discipline));
    }
    return c;
}

/* The statement id: a name-based UUID of the record line's UUID and the mapping version (and a
 * suffix where one line gives two statements), so a new mapping never reuses an older one's ids
 * (docs/xapi.md). */
static void statement_id(const char *line_id, const char *suffix, char out[37])
{
    char name[64];
    snprintf(name, sizeof name, "casewalk xapi mapping %d%s%s", CW_XAPI_MAPPING_VERSION, suffix ? " " : "",
             suffix ? suffix : "");
    uuid_derived(line_id, name, out);
}

static void emit(xapi_writer *w, const char *line_id, const char *suffix, const char *time, const char *verb_name,
                 cJSON *object, cJSON *result, cJSON *ctx)
{
    char id[37];
    statement_id(line_id, suffix, id);
    cJSON *st = cJSON_CreateObject();
    cJSON_AddStringToObject(st, "id", id);
    cJSON_AddItemToObject(st, "actor", actor(w));
    cJSON_AddItemToObject(st, "verb", verb(verb_name));
    cJSON_AddItemToObject(st, "object", object);
    if (result)
        cJSON_AddItemToObject(st, "result", result);
    cJSON_AddItemToObject(st, "context", ctx);
    cJSON_AddStringToObject(st, "timestamp", time);
    char *text = cJSON_PrintUnformatted(st);
    cJSON_Delete(st);
    if (!text) {
        w->failed = 1;
        return;
    }
    if (w->each(w->ud, w->seq, text) != 0)
        w->failed = 1;
    free(text);
}

static cJSON *score(int points, int max_points)
{
    cJSON *sc = cJSON_CreateObject();
    cJSON_AddNumberToObject(sc, "scaled", (double)(int)(1000.0 * points / max_points + 0.5) / 1000);
    cJSON_AddNumberToObject(sc, "raw", points);
    cJSON_AddNumberToObject(sc, "min", 0);
    cJSON_AddNumberToObject(sc, "max", max_points);
    return sc;
}

/* ---- one statement per event ----------------------------------------------------------------- */

static void scene_statement(xapi_writer *w, const cw_report_event *ev)
{
    w->phase = ev->phase;
    char *iri = child_iri(w, "scenes", ev->scene);
    if (!iri)
        return;
    cJSON *ctx = context(w, 0);
    if (ev->n_secrets > 0) {
        cJSON *secrets = cJSON_CreateObject();
        for (int i = 0; i < ev->n_secrets; i++)
            cJSON_AddStringToObject(secrets, ev->secret_ids[i], ev->secret_states[i]);
        add_extension(w, cJSON_GetObjectItemCaseSensitive(ctx, "extensions"), "confidential", secrets);
    }
    emit(w, ev->id, NULL, ev->time, "experienced", activity(iri, ADL_ACTIVITY "interaction", ev->scene), NULL, ctx);
    free(iri);
}

static void decision_statement(xapi_writer *w, const cw_report_decision *d)
{
    if (d->followed)
        return; /* a room participant who did not answer: nothing was answered */
    char *scene = child_iri(w, "scenes", d->scene);
    char *iri = scene ? iri_join(scene, d->is_draft ? "draft" : "decision") : NULL;
    free(scene);
    if (!iri) {
        w->failed = 1;
        return;
    }
    cJSON *object = activity(iri, ADL_ACTIVITY "cmi.interaction", d->scene);
    free(iri);
    cJSON *definition = cJSON_GetObjectItemCaseSensitive(object, "definition");
    cJSON_AddStringToObject(definition, "interactionType", d->is_draft ? "long-fill-in" : "choice");
    if (!d->is_draft) {
        cJSON_AddItemToObject(definition, "correctResponsesPattern", strings(d->recommended, d->n_recommended));
        cJSON *choices = cJSON_AddArrayToObject(definition, "choices");
        for (int i = 0; i < d->n_shown; i++) {
            cJSON *component = cJSON_CreateObject();
            cJSON_AddStringToObject(component, "id", d->shown[i]);
            cJSON_AddItemToArray(choices, component);
        }
    }
    cJSON *result = cJSON_CreateObject();
    if (!d->is_draft) {
        int success = 0;
        for (int i = 0; i < d->n_recommended; i++)
            success |= strcmp(d->recommended[i], d->chosen) == 0;
        cJSON_AddBoolToObject(result, "success", success);
    }
    cJSON_AddStringToObject(result, "response", d->is_draft ? d->text : d->chosen);
    if (d->max_points > 0)
        cJSON_AddItemToObject(result, "score", score(d->points, d->max_points));
    char duration[48];
    iso_duration(d->ms, duration, sizeof duration);
    cJSON_AddStringToObject(result, "duration", duration);
    cJSON *extensions = cJSON_AddObjectToObject(result, "extensions");
    add_extension(w, extensions, "rating", cJSON_CreateString(cw_rating_name(d->rating)));
    add_extension(w, extensions, "tags", strings(d->tags, d->n_tags));
    if (d->reason)
        add_extension(w, extensions, "rationale", cJSON_CreateString(d->reason));
    if (d->is_draft) {
        add_extension(w, extensions, "clauses", strings(d->clauses, d->n_clauses));
        add_extension(w, extensions, "flags", strings(d->flags, d->n_flags));
        add_extension(w, extensions, "missing", strings(d->missing, d->n_missing));
        add_extension(w, extensions, "rubric-score", cJSON_CreateNumber(d->score));
        add_extension(w, extensions, "rubric-max", cJSON_CreateNumber(d->score_max));
    }
    if (d->room) /* a room participant: the room's choice, and their first vote after a revote */
        add_extension(w, extensions, "room-response", cJSON_CreateString(d->room));
    if (d->room_clauses)
        add_extension(w, extensions, "room-clauses", strings(d->room_clauses, d->n_room_clauses));
    if (d->first_chosen)
        add_extension(w, extensions, "first-response", cJSON_CreateString(d->first_chosen));
    if (d->n_votes > 0) {
        cJSON *votes = cJSON_CreateObject();
        for (int v = 0; v < d->n_votes; v++)
            cJSON_AddItemToObject(votes, d->votes[v].role, cJSON_CreateIntArray(d->votes[v].counts, d->n_shown));
        add_extension(w, extensions, "votes", votes);
        if (d->picked_by)
            add_extension(w, extensions, "picked-by", cJSON_CreateString(d->picked_by));
    }
    w->points += d->points;
    w->max_points += d->max_points;
    emit(w, d->id, NULL, d->time, "answered", object, result, context(w, 0));
}

static void ending_statements(xapi_writer *w, const cw_report_event *ev)
{
    cJSON *result = cJSON_CreateObject();
    cJSON_AddBoolToObject(result, "completion", 1);
    if (w->max_points > 0)
        cJSON_AddItemToObject(result, "score", score(w->points, w->max_points));
    add_session_duration(result, w, ev->time);
    cJSON *extensions = cJSON_AddObjectToObject(result, "extensions");
    add_extension(w, extensions, "ending", cJSON_CreateString(ev->scene));
    add_extension(w, extensions, "ending-title", cJSON_CreateString(ev->ending_title));
    add_extension(w, extensions, "classification", cJSON_CreateString(ev->classification));
    emit(w, ev->id, NULL, ev->time, "completed", scenario_activity(w), result, context(w, 1));

    cJSON *end = cJSON_CreateObject();
    add_session_duration(end, w, ev->time);
    emit(w, ev->id, "terminated", ev->time, "terminated", scenario_activity(w), end, context(w, 1));
}

static void event_statement(xapi_writer *w, const cw_report_event *ev)
{
    switch (ev->kind) {
    case CW_EVENT_SCENE:
        scene_statement(w, ev);
        break;
    case CW_EVENT_PHASE: {
        w->phase = ev->phase;
        char *iri = child_iri(w, "phases", ev->phase);
        if (iri)
            emit(w, ev->id, NULL, ev->time, "progressed", activity(iri, ADL_ACTIVITY "module", ev->phase), NULL,
                 context(w, 1));
        free(iri);
        break;
    }
    case CW_EVENT_DECISION:
        decision_statement(w, &w->s->decisions[ev->decision]);
        break;
    case CW_EVENT_ENDING:
        ending_statements(w, ev);
        break;
    case CW_EVENT_PAUSED: {
        cJSON *result = cJSON_CreateObject();
        cJSON_AddBoolToObject(result, "completion", 0);
        add_session_duration(result, w, ev->time);
        emit(w, ev->id, NULL, ev->time, "terminated", scenario_activity(w), result, context(w, 1));
        break;
    }
    case CW_EVENT_RESUMED:
        break;
    }
}

int cw_xapi_each_statement(const cw_report_session *s, const char *homepage, cw_xapi_statement_fn each, void *ud)
{
    xapi_writer w;
    memset(&w, 0, sizeof w);
    w.s = s;
    w.each = each;
    w.ud = ud;
    snprintf(w.home, sizeof w.home, "%s", homepage);
    size_t n = strlen(w.home);
    while (n > 0 && w.home[n - 1] == '/')
        w.home[--n] = '\0';
    char prefix[300];
    snprintf(prefix, sizeof prefix, "%s/xapi/scenarios", w.home);
    w.scenario_iri = iri_join(prefix, s->scenario_id);
    if (!w.scenario_iri)
        return -1;
    emit(&w, s->header_id, NULL, s->started, "initialized", scenario_activity(&w), NULL, context(&w, 1));
    for (int i = 0; i < s->n_events && !w.failed; i++) {
        w.seq = s->events[i].seq;
        event_statement(&w, &s->events[i]);
    }
    free(w.scenario_iri);
    return w.failed ? -1 : 0;
}

typedef struct array_writer {
    FILE *out;
    long *count;
} array_writer;

static int write_statement(void *ud, long seq, const char *json)
{
    (void)seq;
    array_writer *a = ud;
    fputs(*a->count ? ",\n" : "", a->out);
    cw_json_put(a->out, json);
    (*a->count)++;
    return ferror(a->out) ? -1 : 0;
}

int cw_xapi_write_session(const cw_report_session *s, const char *homepage, FILE *out, long *count)
{
    array_writer a = {out, count};
    return cw_xapi_each_statement(s, homepage, write_statement, &a) != 0 || ferror(out) ? -1 : 0;
}
