/* lrs_fetch.h — reading from a learning record store's xAPI endpoint with libcurl: the endpoint
 * checked (HTTPS with the certificate verified; plain HTTP only to this machine unless allowed),
 * credentials from a file (0600) or CASEWALK_LRS_AUTH and never from the command line, and one
 * GET at a time with the xAPI version header, bounded in size and time. */
#ifndef CW_LRS_FETCH_H
#define CW_LRS_FETCH_H

#include <stddef.h>

#define LRS_MAX_PAGE_BYTES (64L * 1024 * 1024)
#define LRS_AUTH_ENV "CASEWALK_LRS_AUTH"

typedef struct lrs_conn lrs_conn;

typedef struct lrs_body {
    char *data; /* NUL-terminated */
    size_t len, cap;
} lrs_body;

/* Checks endpoint (an http(s) URL: the store's xAPI base, such as https://lrs.example/xAPI) and
 * reads the credentials: auth_file when given, else the environment variable. A file or
 * variable holds one line: "KEY:SECRET" (sent as HTTP Basic) or a whole "Basic ..." or
 * "Bearer ..." value. NULL with a message in why on refusal. */
lrs_conn *lrs_open(const char *endpoint, int insecure_http, const char *auth_file, char *why, size_t size);
void lrs_close(lrs_conn *c);

/* The endpoint without a trailing slash. */
const char *lrs_endpoint(const lrs_conn *c);

/* The absolute URL a "more" link stands for: relative to the endpoint's host, or absolute on the
 * same scheme, host and port (credentials go nowhere else). NULL with why otherwise. Free it. */
char *lrs_resolve(const lrs_conn *c, const char *link, char *why, size_t size);

/* GETs url into body (emptied first). Server errors (5xx, 429) and network failures are tried
 * again twice, after 1 s and 2 s. Returns 0 with a 200 answer; -1 with why ("HTTP 401: the
 * store's own message", or what failed). */
int lrs_get(lrs_conn *c, const char *url, lrs_body *body, char *why, size_t size);

/* Query values escaped for a URL; free with lrs_free. */
char *lrs_escape(lrs_conn *c, const char *value);
void lrs_free(void *p);

#endif
