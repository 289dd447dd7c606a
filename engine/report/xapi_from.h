/* xapi_from.h — statements of casewalk's xAPI mapping read back into a session
 * (xapi_from.c), for the reader that pages through a record store (xapi_reader.c). */
#ifndef CW_REPORT_FROM_XAPI_H
#define CW_REPORT_FROM_XAPI_H

#include <cjson/cJSON.h>

#include "casewalk_report.h"
#include "report/arena.h"

/* The IRIs xapi_write.c builds from a home page and a scenario id, and its extension keys. */
typedef struct xapi_keys {
    char *home, *scenario_id, *scenario_iri, *scenes_prefix, *phases_prefix;
    char *role, *mode, *version, *sha256, *mapping, *rating, *tags, *rationale, *clauses, *flags,
        *missing, *score, *max, *votes, *picked_by, *ending, *ending_title, *classification;
} xapi_keys;

int xapi_keys_init(xapi_keys *k, const char *homepage, const char *scenario_id); /* 0, or -1: memory */
void xapi_keys_free(xapi_keys *k);

/* Parts of a statement; NULL when absent or of another type. xapi_verb gives the ADL verb's
 * name ("answered"), NULL for any other verb. */
const char *xapi_string(const cJSON *obj, const char *key);
const cJSON *xapi_object(const cJSON *obj, const char *key);
const char *xapi_verb(const cJSON *st);
const char *xapi_registration(const cJSON *st);
const cJSON *xapi_context_extensions(const cJSON *st);
int xapi_is_uuid(const char *s);

/* The mapping version the statement names (into text) when this casewalk does not read it; NULL
 * when it does (statements without one are version 1). */
const char *xapi_unknown_version(const xapi_keys *k, const cJSON *st, char *text, size_t size);

/* Rebuilds one session from its statements (initialized, answered and completed, in the order
 * they arrived; others are passed over) into *s, whose strings point into statements or arena.
 * path and session_id are left for the caller. NULL, or why the session cannot be used (naming
 * the statement, written into why or a constant). */
const char *xapi_session_from_statements(const xapi_keys *k, const cJSON *statements, int n,
                                         report_arena *arena, cw_report_session *s, char *why, size_t size);

#endif
