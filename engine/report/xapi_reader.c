/* xapi_reader.c — a group summary from a learning record store's statements, page by page
 * (the caller does the HTTP): statements grouped by context.registration (the session's UUID)
 * and each session rebuilt by xapi_from.c and folded into the group.
 *
 * A session's statements usually come together (a sender posts a session's lines in order), but a
 * store may interleave sessions played at the same time, so each session stays open while its
 * statements arrive and is folded in once QUIET_STATEMENTS statements have passed without one of
 * its own (or when more than MAX_OPEN sessions are open: the one quiet longest goes first), and at
 * the end. Only the statements the summary reads are kept while a session is open (initialized,
 * answered, completed), stripped of the rest; nothing is kept once it is folded. So memory is
 * bounded by the open sessions, not by the number of statements.
 *
 * A statement that is not valid, or of a mapping version this reader does not know, is never
 * silently dropped: it is counted, and the session it belongs to is set aside with the reason. */
#include <stdlib.h>
#include <string.h>

#include "report/xapi_from.h"
#include "report/group.h"

#define QUIET_STATEMENTS 4096
#define MAX_OPEN 512
#define MAX_KEPT_PER_SESSION 4096 /* initialized + answered + completed statements of one session */

typedef struct open_session {
    char registration[37];
    cJSON *kept;       /* the statements the summary needs, in the order they arrived */
    int n_kept;
    long last_seen;    /* statement count when one of this session's last arrived */
    char *problem;     /* why the session is set aside, or NULL */
} open_session;

struct cw_report_xapi_reader {
    cw_report_group *g;
    xapi_keys keys;
    open_session open[MAX_OPEN];
    int n_open;
    report_arena scratch; /* one session's strings while it is folded in */
    cw_report_xapi_counts counts;
};

cw_report_xapi_reader *cw_report_xapi_reader_new(cw_report_group *g, const char *homepage,
                                                 const char *scenario_id)
{
    cw_report_xapi_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->g = g;
    if (xapi_keys_init(&r->keys, homepage, scenario_id) != 0) {
        free(r);
        return NULL;
    }
    return r;
}

const char *cw_report_xapi_reader_activity(const cw_report_xapi_reader *r)
{
    return r->keys.scenario_iri;
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
    xapi_keys_free(&r->keys);
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
                 xapi_string(st, "id"), why);
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

/* Rebuilds the session from its kept statements and folds it in (or sets it aside). */
static int fold_session(cw_report_xapi_reader *r, open_session *o, cw_error *err)
{
    r->counts.sessions++;
    char why[300];
    cw_report_session s;
    memset(&s, 0, sizeof s);
    arena_reset(&r->scratch);
    const char *problem_found = o->problem;
    if (!problem_found)
        problem_found = xapi_session_from_statements(&r->keys, o->kept, o->n_kept, &r->scratch, &s, why,
                                                     sizeof why);
    if (problem_found) {
        group_refuse_session(r->g, o->registration, problem_found);
        if (r->g->arena.failed || r->scratch.failed) {
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            return -1;
        }
        return 0;
    }
    s.path = o->registration;
    s.session_id = o->registration;
    r->g->files++;
    return group_add_session(r->g, &s, err) < 0 ? -1 : 0;
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
    const char *verb = xapi_verb(st);
    char version_text[64];
    if (!cJSON_IsObject(st) || !verb || strcmp(verb, "initialized") != 0 ||
        xapi_unknown_version(&r->keys, st, version_text, sizeof version_text))
        return;
    const cJSON *extensions = xapi_context_extensions(st);
    const cJSON *name = xapi_object(xapi_object(xapi_object(st, "object"), "definition"), "name");
    const char *version = xapi_string(extensions, r->keys.version), *sha = xapi_string(extensions, r->keys.sha256);
    const char *title = xapi_string(name, "en-US");
    group_candidate found;
    memset(&found, 0, sizeof found);
    r->g->scanned++;
    if (!version || !sha || strlen(version) >= sizeof found.version || strlen(sha) >= sizeof found.sha256 ||
        strlen(r->keys.scenario_id) >= sizeof found.id)
        return;
    snprintf(found.id, sizeof found.id, "%s", r->keys.scenario_id);
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
    const char *registration = xapi_registration(st);
    const char *verb = xapi_verb(st);
    const char *id = xapi_string(st, "id");
    if (!cJSON_IsObject(st) || !xapi_is_uuid(id)) {
        problem(r, st, "not a statement with a UUID id");
        return 0;
    }
    if (!xapi_is_uuid(registration)) {
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
    char version_text[64];
    const char *version = xapi_unknown_version(&r->keys, st, version_text, sizeof version_text);
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
