/* lrs_http.h — POSTs statements to a learning record store with libcurl: HTTPS with the
 * certificate verified, plain HTTP only to a loopback address or when asked for, Basic
 * authentication, X-Experience-API-Version 1.0.3 on every request. Nothing else in casewalk
 * speaks HTTP. */
#ifndef CW_LRS_HTTP_H
#define CW_LRS_HTTP_H

#include <stddef.h>

#include "casewalk.h"

typedef struct lrs_http {
    void *curl; /* CURL * */
    void *headers; /* struct curl_slist * */
    char *statements_url;
    int started; /* curl_global_init done */
} lrs_http;

typedef struct lrs_answer {
    long status;          /* the HTTP status; 0 when no answer came (no connection, timeout) */
    int lasting;          /* status 0 for a reason trying again cannot mend (a certificate) */
    char body[2048];      /* the start of the LRS's answer, or libcurl's reason when status is 0 */
} lrs_answer;

/* NULL when endpoint may be used: an https:// URL, or an http:// one whose host is a loopback
 * address (127.0.0.0/8, ::1, localhost) or insecure_http is set; else why not. */
const char *lrs_endpoint_problem(const char *endpoint, int insecure_http);
/* Prepares requests to ENDPOINT/statements with credentials ("KEY:SECRET", copied by libcurl);
 * timeout_s bounds each request. -1 with err when libcurl cannot start. */
int lrs_http_open(lrs_http *h, const char *endpoint, const char *credentials, long timeout_s, cw_error *err);
/* POSTs a JSON body; fills answer. */
void lrs_http_post(lrs_http *h, const char *body, size_t len, lrs_answer *answer);
void lrs_http_close(lrs_http *h);

#endif
