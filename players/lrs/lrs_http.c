/* lrs_http.c — the HTTP side of sending statements, over libcurl (see lrs_http.h). */
#define _GNU_SOURCE
#include "lrs_http.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

static int host_is_loopback(const char *host)
{
    struct in_addr v4;
    struct in6_addr v6;
    char bare[64];
    size_t n = strlen(host);
    if (strcasecmp(host, "localhost") == 0)
        return 1; /* libcurl resolves "localhost" to loopback itself, never through DNS */
    if (inet_pton(AF_INET, host, &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    if (n > 2 && n < sizeof bare && host[0] == '[' && host[n - 1] == ']') {
        memcpy(bare, host + 1, n - 2);
        bare[n - 2] = '\0';
        return inet_pton(AF_INET6, bare, &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
    }
    return 0;
}

const char *lrs_endpoint_problem(const char *endpoint, int insecure_http)
{
    const char *why = NULL;
    CURLU *url = curl_url();
    char *scheme = NULL, *host = NULL, *query = NULL, *fragment = NULL;
    if (!url)
        return "out of memory";
    if (curl_url_set(url, CURLUPART_URL, endpoint, 0) != CURLUE_OK ||
        curl_url_get(url, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
        curl_url_get(url, CURLUPART_HOST, &host, 0) != CURLUE_OK)
        why = "is not a URL such as https://lrs.example.org/xapi";
    else if (curl_url_get(url, CURLUPART_QUERY, &query, 0) == CURLUE_OK ||
             curl_url_get(url, CURLUPART_FRAGMENT, &fragment, 0) == CURLUE_OK)
        why = "must not have a query or fragment: give the xAPI base URL (statements go to ENDPOINT/statements)";
    else if (strcmp(scheme, "https") == 0)
        why = NULL;
    else if (strcmp(scheme, "http") != 0)
        why = "must be an https:// URL";
    else if (!insecure_http && !host_is_loopback(host))
        why = "is plain http:// to another machine: statements and credentials would cross the network "
              "unencrypted; use https://, or --insecure-http if you really mean it";
    curl_free(scheme);
    curl_free(host);
    curl_free(query);
    curl_free(fragment);
    curl_url_cleanup(url);
    return why;
}

typedef struct reply {
    lrs_answer *answer;
    size_t used;
} reply;

/* Keeps the start of the answer (the LRS's message), drops the rest. */
static size_t keep_reply(char *data, size_t size, size_t count, void *ud)
{
    reply *r = ud;
    size_t n = size * count, room = sizeof r->answer->body - 1 - r->used;
    size_t take = n < room ? n : room;
    memcpy(r->answer->body + r->used, data, take);
    r->used += take;
    r->answer->body[r->used] = '\0';
    return n;
}

int lrs_http_open(lrs_http *h, const char *endpoint, const char *credentials, long timeout_s, cw_error *err)
{
    memset(h, 0, sizeof *h);
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "libcurl could not start");
        return -1;
    }
    h->started = 1;
    size_t n = strlen(endpoint);
    while (n > 0 && endpoint[n - 1] == '/')
        n--;
    h->statements_url = malloc(n + sizeof "/statements");
    CURL *curl = curl_easy_init();
    struct curl_slist *headers = NULL;
    const char *lines[] = {"X-Experience-API-Version: 1.0.3", "Content-Type: application/json; charset=utf-8",
                           "Expect:" /* no 100-continue round trip */};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        struct curl_slist *more = curl_slist_append(headers, lines[i]);
        if (!more)
            break;
        headers = more;
    }
    h->curl = curl;
    h->headers = headers;
    if (!h->statements_url || !curl || !headers) {
        lrs_http_close(h);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    memcpy(h->statements_url, endpoint, n);
    strcpy(h->statements_url + n, "/statements");
    int ok = curl_easy_setopt(curl, CURLOPT_URL, h->statements_url) == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https") == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L) == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L) == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L) == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC) == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_USERPWD, credentials) == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers) == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_USERAGENT, "casewalk/" CASEWALK_VERSION) == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L) == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout_s < 10 ? timeout_s : 10L) == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout_s) == CURLE_OK &&
             curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, keep_reply) == CURLE_OK;
    if (!ok) {
        lrs_http_close(h);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "libcurl refused an option (is it older than 7.85?)");
        return -1;
    }
    return 0;
}

void lrs_http_post(lrs_http *h, const char *body, size_t len, lrs_answer *answer)
{
    reply r = {answer, 0};
    memset(answer, 0, sizeof *answer);
    curl_easy_setopt(h->curl, CURLOPT_WRITEDATA, &r);
    curl_easy_setopt(h->curl, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(h->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
    CURLcode rc = curl_easy_perform(h->curl);
    if (rc != CURLE_OK) {
        answer->status = 0;
        answer->lasting = rc == CURLE_PEER_FAILED_VERIFICATION || rc == CURLE_SSL_CACERT_BADFILE ||
                          rc == CURLE_SSL_CERTPROBLEM || rc == CURLE_SSL_ISSUER_ERROR ||
                          rc == CURLE_SSL_PINNEDPUBKEYNOTMATCH || rc == CURLE_UNSUPPORTED_PROTOCOL ||
                          rc == CURLE_URL_MALFORMAT || rc == CURLE_LOGIN_DENIED;
        snprintf(answer->body, sizeof answer->body, "%s", curl_easy_strerror(rc));
        return;
    }
    curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &answer->status);
}

void lrs_http_close(lrs_http *h)
{
    if (h->curl)
        curl_easy_cleanup(h->curl);
    curl_slist_free_all(h->headers);
    free(h->statements_url);
    if (h->started)
        curl_global_cleanup();
    memset(h, 0, sizeof *h);
}
