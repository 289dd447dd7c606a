/* lrs_fetch.c — GET requests to a learning record store with libcurl (lrs_fetch.h says what is
 * checked). No redirect is followed: a store that answers elsewhere is an error, so credentials
 * never travel to another host or over plain HTTP. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "lrs_fetch.h"

#define MAX_AUTH_BYTES 1024
#define ATTEMPTS 3

struct lrs_conn {
    CURL *curl;
    char *endpoint;
    char *origin; /* scheme://host:port, to compare "more" links with */
    struct curl_slist *headers;
};

const char *lrs_endpoint(const lrs_conn *c)
{
    return c->endpoint;
}

void lrs_free(void *p)
{
    curl_free(p);
}

char *lrs_escape(lrs_conn *c, const char *value)
{
    return curl_easy_escape(c->curl, value, 0);
}

/* ---- the endpoint ------------------------------------------------------------------------------ */

static int is_loopback(const char *host)
{
    if (strcmp(host, "localhost") == 0 || strcmp(host, "[::1]") == 0)
        return 1;
    if (strncmp(host, "127.", 4) != 0)
        return 0;
    for (const char *p = host + 4; *p; p++)
        if (!isdigit((unsigned char)*p) && *p != '.')
            return 0;
    return 1;
}

/* "scheme://host:port" of url, malloc'd; NULL when it is not an http(s) URL with a host. */
static char *origin_of(const char *url, int *is_https, int *loopback, int *has_extras)
{
    CURLU *u = curl_url();
    char *scheme = NULL, *host = NULL, *port = NULL, *user = NULL, *query = NULL, *fragment = NULL;
    char *origin = NULL;
    if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK &&
        (strcmp(scheme, "https") == 0 || strcmp(scheme, "http") == 0)) {
        size_t n = strlen(scheme) + strlen(host) + strlen(port) + 5;
        if ((origin = malloc(n)))
            snprintf(origin, n, "%s://%s:%s", scheme, host, port);
        *is_https = strcmp(scheme, "https") == 0;
        *loopback = is_loopback(host);
        *has_extras = curl_url_get(u, CURLUPART_USER, &user, 0) == CURLUE_OK ||
                      curl_url_get(u, CURLUPART_QUERY, &query, 0) == CURLUE_OK ||
                      curl_url_get(u, CURLUPART_FRAGMENT, &fragment, 0) == CURLUE_OK;
    }
    curl_free(scheme);
    curl_free(host);
    curl_free(port);
    curl_free(user);
    curl_free(query);
    curl_free(fragment);
    curl_url_cleanup(u);
    return origin;
}

char *lrs_resolve(const lrs_conn *c, const char *link, char *why, size_t size)
{
    CURLU *u = curl_url();
    char *url = NULL;
    /* set on the endpoint, a relative link resolves against it as a browser would */
    if (!u || curl_url_set(u, CURLUPART_URL, c->endpoint, 0) != CURLUE_OK ||
        curl_url_set(u, CURLUPART_URL, link, 0) != CURLUE_OK ||
        curl_url_get(u, CURLUPART_URL, &url, 0) != CURLUE_OK) {
        curl_url_cleanup(u);
        snprintf(why, size, "the store's \"more\" link is not a URL");
        return NULL;
    }
    curl_url_cleanup(u);
    int https, loopback, extras;
    char *origin = origin_of(url, &https, &loopback, &extras);
    int same = origin && strcmp(origin, c->origin) == 0;
    free(origin);
    if (!same) {
        curl_free(url);
        snprintf(why, size, "the store's \"more\" link leads to another host, port or scheme; "
                            "credentials are sent only to the endpoint given");
        return NULL;
    }
    char *copy = strdup(url);
    curl_free(url);
    if (!copy)
        snprintf(why, size, "out of memory");
    return copy;
}

/* ---- credentials -------------------------------------------------------------------------------- */

static void base64(const unsigned char *in, size_t n, char *out)
{
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (i + 1 < n ? (unsigned)in[i + 1] << 8 : 0) |
                     (i + 2 < n ? in[i + 2] : 0);
        out[o++] = digits[v >> 18 & 63];
        out[o++] = digits[v >> 12 & 63];
        out[o++] = i + 1 < n ? digits[v >> 6 & 63] : '=';
        out[o++] = i + 2 < n ? digits[v & 63] : '=';
    }
    out[o] = '\0';
}

/* Reads the credentials' one line from an owner-only regular file. */
static int read_auth_file(const char *path, char *line, size_t size, char *why, size_t why_size)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        snprintf(why, why_size, "%s: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode) || (st.st_mode & 077) || st.st_uid != geteuid()) {
        close(fd);
        snprintf(why, why_size, "%s: credentials must be in a regular file of yours that only you can "
                                "read (chmod 600): this one is mode %03o",
                 path, (unsigned)(st.st_mode & 0777));
        return -1;
    }
    ssize_t n = read(fd, line, size - 1);
    close(fd);
    if (n < 0 || (size_t)n == size - 1) {
        snprintf(why, why_size, "%s: %s", path, n < 0 ? strerror(errno) : "longer than credentials can be");
        return -1;
    }
    line[n] = '\0';
    return 0;
}

/* The Authorization header for line ("KEY:SECRET", "Basic ...", "Bearer ..."), or -1. */
static int auth_header(char *line, char *header, size_t size)
{
    size_t n = strcspn(line, "\r\n");
    if (line[n] && line[n + strspn(line + n, "\r\n")])
        return -1; /* a second line */
    line[n] = '\0';
    for (const unsigned char *p = (const unsigned char *)line; *p; p++)
        if (*p < 0x20 || *p == 0x7F)
            return -1;
    if (strncmp(line, "Basic ", 6) == 0 || strncmp(line, "Bearer ", 7) == 0) {
        snprintf(header, size, "Authorization: %s", line);
        return 0;
    }
    if (!strchr(line, ':') || 4 * (n / 3 + 1) + 32 > size)
        return -1;
    char encoded[4 * (MAX_AUTH_BYTES / 3 + 1) + 1];
    base64((const unsigned char *)line, n, encoded);
    snprintf(header, size, "Authorization: Basic %s", encoded);
    return 0;
}

/* ---- the connection ---------------------------------------------------------------------------- */

lrs_conn *lrs_open(const char *endpoint, int insecure_http, const char *auth_file, char *why, size_t size)
{
    int https = 0, loopback = 0, extras = 0;
    char *origin = origin_of(endpoint, &https, &loopback, &extras);
    if (!origin) {
        snprintf(why, size, "%s is not an http:// or https:// URL", endpoint);
        return NULL;
    }
    if (extras) {
        free(origin);
        snprintf(why, size, "give the endpoint without a user name, query or fragment "
                            "(credentials go in --auth-file or %s)", LRS_AUTH_ENV);
        return NULL;
    }
    if (!https && !loopback && !insecure_http) {
        free(origin);
        snprintf(why, size, "%s is plain HTTP to another machine: credentials and records would cross "
                            "the network readable; use https://, or --insecure-http if you must",
                 endpoint);
        return NULL;
    }
    char line[MAX_AUTH_BYTES + 1], header[2 * MAX_AUTH_BYTES];
    const char *env = getenv(LRS_AUTH_ENV);
    if (auth_file) {
        if (read_auth_file(auth_file, line, sizeof line, why, size) != 0) {
            free(origin);
            return NULL;
        }
    } else if (env && *env && strlen(env) < sizeof line) {
        snprintf(line, sizeof line, "%s", env);
    } else {
        free(origin);
        snprintf(why, size, "no credentials: give --auth-file FILE (mode 600) or set %s", LRS_AUTH_ENV);
        return NULL;
    }
    int auth_ok = auth_header(line, header, sizeof header) == 0;
    memset(line, 0, sizeof line);
    if (!auth_ok) {
        free(origin);
        snprintf(why, size, "%s: the credentials are not one line of KEY:SECRET, \"Basic ...\" or "
                            "\"Bearer ...\"", auth_file ? auth_file : LRS_AUTH_ENV);
        return NULL;
    }
    static int initialised;
    if (!initialised && curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK)
        initialised = 1;
    lrs_conn *c = calloc(1, sizeof *c);
    if (c) {
        c->origin = origin;
        c->endpoint = strdup(endpoint);
        c->curl = initialised ? curl_easy_init() : NULL;
        struct curl_slist *h = curl_slist_append(NULL, "X-Experience-API-Version: 1.0.3");
        c->headers = h ? curl_slist_append(h, header) : NULL;
        if (!c->headers)
            curl_slist_free_all(h);
    }
    memset(header, 0, sizeof header);
    if (!c || !c->endpoint || !c->curl || !c->headers) {
        if (!c)
            free(origin);
        lrs_close(c);
        snprintf(why, size, "out of memory, or libcurl could not start");
        return NULL;
    }
    size_t n = strlen(c->endpoint);
    while (n > 0 && c->endpoint[n - 1] == '/')
        c->endpoint[--n] = '\0';
    return c;
}

void lrs_close(lrs_conn *c)
{
    if (!c)
        return;
    curl_slist_free_all(c->headers);
    if (c->curl)
        curl_easy_cleanup(c->curl);
    free(c->endpoint);
    free(c->origin);
    free(c);
}

/* ---- GET ----------------------------------------------------------------------------------------- */

static size_t take_bytes(char *data, size_t one, size_t n, void *ud)
{
    lrs_body *b = ud;
    size_t bytes = one * n;
    if (b->len + bytes + 1 > (size_t)LRS_MAX_PAGE_BYTES)
        return 0; /* stops the transfer: the page is too big */
    if (b->len + bytes + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 65536;
        while (cap < b->len + bytes + 1)
            cap *= 2;
        char *grown = realloc(b->data, cap);
        if (!grown)
            return 0;
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, bytes);
    b->len += bytes;
    b->data[b->len] = '\0';
    return bytes;
}

static void pause_ms(long ms)
{
    struct timespec t = {ms / 1000, ms % 1000 * 1000000L};
    while (nanosleep(&t, &t) != 0 && errno == EINTR) {
    }
}

/* The store's own message for a refusal: its body on one line, cut. */
static void refusal(long status, const lrs_body *body, char *why, size_t size)
{
    char text[301];
    size_t n = body->len < sizeof text - 1 ? body->len : sizeof text - 1;
    memcpy(text, body->data ? body->data : "", body->data ? n : 0);
    text[body->data ? n : 0] = '\0';
    for (char *p = text; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    snprintf(why, size, "HTTP %ld%s%s%s", status, *text ? ": " : "", text,
             body->len > sizeof text - 1 ? "…" : "");
}

int lrs_get(lrs_conn *c, const char *url, lrs_body *body, char *why, size_t size)
{
    for (int attempt = 1;; attempt++) {
        body->len = 0;
        if (body->data)
            body->data[0] = '\0';
        CURL *h = c->curl;
        curl_easy_reset(h);
        char error[CURL_ERROR_SIZE] = "";
        curl_easy_setopt(h, CURLOPT_URL, url);
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, c->headers);
        curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 15L);
        curl_easy_setopt(h, CURLOPT_TIMEOUT, 300L);
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, 60L);
        curl_easy_setopt(h, CURLOPT_USERAGENT, "casewalk");
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, take_bytes);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, body);
        CURLcode rc = curl_easy_perform(h);
        long status = 0;
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
        int again = 0;
        if (rc == CURLE_WRITE_ERROR) {
            snprintf(why, size, "the store's answer is larger than %ld MiB, or memory ran out",
                     LRS_MAX_PAGE_BYTES / (1024 * 1024));
            return -1;
        }
        if (rc != CURLE_OK) {
            snprintf(why, size, "%s", *error ? error : curl_easy_strerror(rc));
            again = rc == CURLE_COULDNT_CONNECT || rc == CURLE_OPERATION_TIMEDOUT ||
                    rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR || rc == CURLE_GOT_NOTHING ||
                    rc == CURLE_PARTIAL_FILE;
        } else if (status == 200) {
            if (!body->data) { /* an empty answer: keep the buffer a string */
                body->data = calloc(1, 1);
                body->cap = body->data ? 1 : 0;
                if (!body->data) {
                    snprintf(why, size, "out of memory");
                    return -1;
                }
            }
            return 0;
        } else {
            refusal(status, body, why, size);
            again = status >= 500 || status == 429;
        }
        if (!again || attempt == ATTEMPTS)
            return -1;
        pause_ms(1000L * attempt);
    }
}
