/* room_http.c — the room's web server (libmicrohttpd, one internal polling thread, epoll where
 * available): routes /CODE/..., caps bodies, limits each participant's rate, and parks long
 * polls (/state, /board) as suspended connections that a change or their 25 s deadline resumes,
 * so an idle room costs no CPU. No request ever names a file: everything comes from memory. */
#include "room_internal.h"

#include <arpa/inet.h>
#include <cjson/cJSON.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define CONNECTION_LIMIT 1000
#define CONNECTION_TIMEOUT_SECONDS 30
#define CONNECTION_MEMORY 32768

static const char csp[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

typedef struct request {
    struct MHD_Connection *c;
    int is_post;
    char *body;
    size_t len;
    int too_big;
    /* a long poll */
    int polling, is_board, suspended;
    const participant *who; /* a /state poll's participant (addresses stay put) */
    uint64_t since;
    int64_t deadline_ms;
    struct request *next, *prev;
    int listed;
} request;

/* One TCP connection: a request must arrive whole (headers and body) within its deadline, however
 * slowly its bytes trickle in; libmicrohttpd's own timeout only counts silence. */
typedef struct conn {
    int fd;
    int64_t deadline_ms; /* 0 = no request in progress (between requests, or answering) */
    struct conn *next, *prev;
} conn;

struct room_http {
    room *r;
    struct MHD_Daemon *d;
    pthread_mutex_t lock; /* guards the waiters, stopping, n_suspended */
    pthread_cond_t cond;
    pthread_t timer;
    int timer_started;
    int stopping;
    request *waiters;
    int n_suspended;
    conn *conns;
    char base[8]; /* "/CODE/" */
};

static int64_t now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* ---- the waiters: suspended long polls ------------------------------------------------------ */

static void unlist(struct room_http *h, request *q)
{
    if (!q->listed)
        return;
    if (q->prev)
        q->prev->next = q->next;
    else
        h->waiters = q->next;
    if (q->next)
        q->next->prev = q->prev;
    q->next = q->prev = NULL;
    q->listed = 0;
}

/* Lock held: resumes every waiter, or only those past their deadline. */
static void resume_waiters(struct room_http *h, int only_expired)
{
    int64_t now = now_ms();
    request *q = h->waiters;
    while (q) {
        request *next = q->next;
        if (!only_expired || q->deadline_ms <= now) {
            unlist(h, q);
            MHD_resume_connection(q->c);
        }
        q = next;
    }
}

/* Lock held: a change only the board shows (a join, a vote) wakes the board's polls and the
 * voter's own, not every phone's. */
static void resume_for(struct room_http *h, const participant *who)
{
    request *q = h->waiters;
    while (q) {
        request *next = q->next;
        if (q->is_board || (who && q->who == who)) {
            unlist(h, q);
            MHD_resume_connection(q->c);
        }
        q = next;
    }
}

void room_http_wake(struct room_http *h, int phones, const participant *who)
{
    pthread_mutex_lock(&h->lock);
    if (phones)
        resume_waiters(h, 0);
    else
        resume_for(h, who);
    pthread_cond_signal(&h->cond);
    pthread_mutex_unlock(&h->lock);
}

/* Lock held: cuts the connections whose request is overdue (shutdown: libmicrohttpd then sees the
 * end of the stream and closes it in its own thread); returns the earliest deadline left, or -1. */
static int64_t cut_overdue(struct room_http *h)
{
    int64_t now = now_ms(), earliest = -1;
    for (conn *k = h->conns; k; k = k->next) {
        if (!k->deadline_ms)
            continue;
        if (k->deadline_ms <= now) {
            shutdown(k->fd, SHUT_RDWR);
            k->deadline_ms = 0;
        } else if (earliest < 0 || k->deadline_ms < earliest) {
            earliest = k->deadline_ms;
        }
    }
    return earliest;
}

static void arm(struct room_http *h, struct MHD_Connection *c, int on)
{
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    conn *k = info ? info->socket_context : NULL;
    if (!k)
        return;
    pthread_mutex_lock(&h->lock);
    k->deadline_ms = on ? now_ms() + CONNECTION_TIMEOUT_SECONDS * 1000 : 0;
    if (on)
        pthread_cond_signal(&h->cond);
    pthread_mutex_unlock(&h->lock);
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
                          enum MHD_ConnectionNotificationCode toe)
{
    struct room_http *h = cls;
    if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
        conn *k = info ? calloc(1, sizeof *k) : NULL;
        if (!k)
            return;
        k->fd = info->connect_fd;
        k->deadline_ms = now_ms() + CONNECTION_TIMEOUT_SECONDS * 1000;
        pthread_mutex_lock(&h->lock);
        k->next = h->conns;
        if (h->conns)
            h->conns->prev = k;
        h->conns = k;
        pthread_cond_signal(&h->cond);
        pthread_mutex_unlock(&h->lock);
        *socket_context = k;
    } else if (toe == MHD_CONNECTION_NOTIFY_CLOSED && *socket_context) {
        conn *k = *socket_context; /* called before the socket is closed: no fd is reused under us */
        pthread_mutex_lock(&h->lock);
        if (k->prev)
            k->prev->next = k->next;
        else
            h->conns = k->next;
        if (k->next)
            k->next->prev = k->prev;
        pthread_mutex_unlock(&h->lock);
        free(k);
        *socket_context = NULL;
    }
}

/* Paths are matched as sent: "%00" or "%2e" never decode into something that matches. */
static size_t keep_escapes(void *cls, struct MHD_Connection *c, char *s)
{
    (void)cls;
    (void)c;
    return strlen(s);
}

/* Sleeps until the earliest deadline (or a change of the lists), resumes or cuts who is due: no
 * polling. */
static void *timer_main(void *arg)
{
    struct room_http *h = arg;
    pthread_mutex_lock(&h->lock);
    while (!h->stopping) {
        int64_t earliest = cut_overdue(h);
        for (request *q = h->waiters; q; q = q->next)
            if (earliest < 0 || q->deadline_ms < earliest)
                earliest = q->deadline_ms;
        if (earliest < 0) {
            pthread_cond_wait(&h->cond, &h->lock);
            continue;
        }
        int64_t wait = earliest - now_ms();
        if (wait > 0) {
            struct timespec until;
            clock_gettime(CLOCK_REALTIME, &until);
            until.tv_sec += (time_t)(wait / 1000);
            until.tv_nsec += (long)(wait % 1000) * 1000000L;
            if (until.tv_nsec >= 1000000000L) {
                until.tv_sec++;
                until.tv_nsec -= 1000000000L;
            }
            pthread_cond_timedwait(&h->cond, &h->lock, &until);
            continue;
        }
        resume_waiters(h, 1);
    }
    pthread_mutex_unlock(&h->lock);
    return NULL;
}

/* ---- answers ------------------------------------------------------------------------------ */

static enum MHD_Result send_response(struct MHD_Connection *c, unsigned status, const char *type,
                                     struct MHD_Response *resp)
{
    if (!resp)
        return MHD_NO;
    MHD_add_response_header(resp, "Content-Type", type);
    MHD_add_response_header(resp, "Content-Security-Policy", csp);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
    enum MHD_Result ok = MHD_queue_response(c, status, resp);
    MHD_destroy_response(resp);
    return ok;
}

static enum MHD_Result send_static(struct MHD_Connection *c, unsigned status, const char *type, const char *body)
{
    return send_response(c, status, type,
                         MHD_create_response_from_buffer(strlen(body), (void *)body, MHD_RESPMEM_PERSISTENT));
}

/* Takes ownership of body (malloc'd; NULL = out of memory). */
static enum MHD_Result send_owned(struct MHD_Connection *c, unsigned status, const char *type, char *body)
{
    if (!body)
        return send_static(c, 500, "text/plain; charset=utf-8", "out of memory\n");
    return send_response(c, status, type, MHD_create_response_from_buffer(strlen(body), body, MHD_RESPMEM_MUST_FREE));
}

static enum MHD_Result send_buf(struct MHD_Connection *c, unsigned status, room_buf *b)
{
    if (b->failed || !b->data) {
        free(b->data);
        return send_static(c, 500, "text/plain; charset=utf-8", "out of memory\n");
    }
    return send_owned(c, status, "text/html; charset=utf-8", b->data);
}

static enum MHD_Result send_redirect(struct room_http *h, struct MHD_Connection *c, const char *cookie)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    if (!resp)
        return MHD_NO;
    MHD_add_response_header(resp, "Location", h->base);
    if (cookie)
        MHD_add_response_header(resp, "Set-Cookie", cookie);
    return send_response(c, 303, "text/plain; charset=utf-8", resp);
}

static enum MHD_Result not_found(struct MHD_Connection *c)
{
    return send_static(c, 404, "text/plain; charset=utf-8", "not found\n");
}

static int wants_json(struct MHD_Connection *c)
{
    const char *accept = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept");
    return accept && strstr(accept, "application/json") != NULL;
}

static const char *cookie_token(struct MHD_Connection *c)
{
    return MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "cw_room");
}

static enum MHD_Result send_page(struct room_http *h, struct MHD_Connection *c, unsigned status,
                                 const char *message, const char *typed)
{
    room_buf b = { 0 };
    pthread_mutex_lock(&h->r->lock);
    room_page_render(h->r, cookie_token(c), message, typed, &b);
    pthread_mutex_unlock(&h->r->lock);
    return send_buf(c, status, &b);
}

static enum MHD_Result send_json_error(struct MHD_Connection *c, unsigned status, const char *message)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddBoolToObject(o, "ok", 0);
    cJSON_AddStringToObject(o, "error", message); /* escaped, whatever a translation puts there */
    char *body = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return send_owned(c, status, "application/json", body);
}

/* ---- the routes ------------------------------------------------------------------------------ */

static enum MHD_Result on_join(struct room_http *h, request *q)
{
    char pseudonym[ROOM_PSEUDONYM_MAX_BYTES * 2], role[64];
    int np = form_get(q->body, q->len, "pseudonym", pseudonym, sizeof pseudonym);
    int nr = form_get(q->body, q->len, "role", role, sizeof role);
    const char *problem = room_word("err_name_long");
    int status = 400;
    char token[ROOM_TOKEN_HEX + 1];
    if (np == -1)
        pseudonym[0] = '\0';
    if (np >= -1 && nr >= 0)
        status = room_join(h->r, np == -1 ? "" : pseudonym, role, token, &problem);
    else if (nr < 0)
        problem = room_word("err_role");
    if (status == 200) {
        char cookie[128];
        snprintf(cookie, sizeof cookie, "cw_room=%s; HttpOnly; SameSite=Strict; Path=%s", token, h->base);
        return send_redirect(h, q->c, cookie);
    }
    return send_page(h, q->c, (unsigned)status, problem, np >= 0 ? pseudonym : "");
}

/* The drafting step without JavaScript: checkboxes cN and order numbers oN. */
static int clauses_from_boxes(const request *q, int *out)
{
    int order[ROOM_MAX_CHOICES], n = 0;
    for (int i = 1; i <= ROOM_MAX_CHOICES; i++) {
        char name[8], value[16];
        snprintf(name, sizeof name, "c%d", i);
        if (form_get(q->body, q->len, name, value, sizeof value) < 0)
            continue;
        snprintf(name, sizeof name, "o%d", i);
        int o = 1000;
        if (form_get(q->body, q->len, name, value, sizeof value) > 0) {
            char *end;
            long v = strtol(value, &end, 10);
            if (!*end && v >= 0 && v < 1000)
                o = (int)v;
        }
        int at = n++;
        while (at > 0 && order[at - 1] > o) { /* stable: ties keep the clauses' own order */
            order[at] = order[at - 1];
            out[at] = out[at - 1];
            at--;
        }
        order[at] = o;
        out[at] = i;
    }
    return n;
}

static enum MHD_Result on_vote(struct room_http *h, request *q)
{
    int json = wants_json(q->c);
    static char reason[ROOM_TEXT_MAX * 3 + 1], own[ROOM_TEXT_MAX * 3 + 1]; /* server thread only */
    char number[32], list[256];
    room_vote_request v = { .n_clauses = -1 };
    int bad = 0;
    if (form_get(q->body, q->len, "round", number, sizeof number) > 0)
        v.round = atoi(number);
    if (form_get(q->body, q->len, "step", number, sizeof number) > 0)
        v.decision = atoi(number);
    int got = form_get(q->body, q->len, "choice", number, sizeof number);
    if (got > 0) {
        char *end;
        long c = strtol(number, &end, 10);
        v.choice = (*end || c < 1 || c > ROOM_MAX_CHOICES) ? -1 : (int)c;
    } else if (got == -2) {
        bad = 1;
    }
    got = form_get(q->body, q->len, "clauses", list, sizeof list);
    if (got > 0)
        v.n_clauses = form_numbers(list, v.clauses, ROOM_MAX_CHOICES);
    else if (got == -1)
        v.n_clauses = clauses_from_boxes(q, v.clauses);
    else
        bad = 1;
    if (v.n_clauses == 0 && got == -1)
        v.n_clauses = -1;
    got = form_get(q->body, q->len, "reason", reason, sizeof reason);
    v.reason = got >= 0 ? reason : NULL;
    bad |= got == -2;
    got = form_get(q->body, q->len, "own", own, sizeof own);
    v.own = got >= 0 ? own : NULL;
    bad |= got == -2;

    const char *problem = room_word("err_text_long");
    int status = bad ? 400 : room_vote_submit(h->r, cookie_token(q->c), &v, &problem);
    if (json)
        return status == 200 ? send_static(q->c, 200, "application/json", "{\"ok\":true}")
                             : send_json_error(q->c, (unsigned)status, problem);
    if (status == 200)
        return send_redirect(h, q->c, NULL);
    return send_page(h, q->c, (unsigned)status, problem, NULL);
}

static enum MHD_Result on_poll(struct room_http *h, request *q)
{
    room *r = h->r;
    if (!q->polling) {
        const char *since = MHD_lookup_connection_value(q->c, MHD_GET_ARGUMENT_KIND, "since");
        q->since = since ? strtoull(since, NULL, 10) : 0;
        q->polling = 1;
        q->deadline_ms = now_ms() + ROOM_POLL_SECONDS * 1000;
    }
    pthread_mutex_lock(&h->lock);
    if (q->suspended) {
        q->suspended = 0;
        h->n_suspended--;
    }
    pthread_mutex_lock(&r->lock);
    participant *p = q->is_board ? NULL : room_find(r, cookie_token(q->c));
    q->who = p;
    uint64_t now_at = q->is_board ? r->version : room_phone_version(r, p);
    int ready = now_at > q->since || r->closing;
    if (!q->is_board && !p) {
        pthread_mutex_unlock(&r->lock);
        pthread_mutex_unlock(&h->lock);
        return send_static(q->c, 401, "application/json", "{\"joined\":false}");
    }
    if (!ready && !h->stopping && now_ms() < q->deadline_ms) {
        pthread_mutex_unlock(&r->lock);
        q->listed = 1;
        q->prev = NULL;
        q->next = h->waiters;
        if (h->waiters)
            h->waiters->prev = q;
        h->waiters = q;
        q->suspended = 1;
        h->n_suspended++;
        MHD_suspend_connection(q->c);
        pthread_cond_signal(&h->cond);
        pthread_mutex_unlock(&h->lock);
        return MHD_YES;
    }
    char *body = q->is_board ? room_board_json(r) : room_state_json(r, p);
    pthread_mutex_unlock(&r->lock);
    pthread_mutex_unlock(&h->lock);
    return send_owned(q->c, 200, "application/json", body);
}

static enum MHD_Result on_name(struct MHD_Connection *c)
{
    char name[64], body[128];
    room_suggest_name(name, sizeof name);
    snprintf(body, sizeof body, "{\"name\":\"%s\"}", name);
    return send_owned(c, 200, "application/json", strdup(body));
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_data_size,
                              void **con_cls)
{
    (void)version;
    struct room_http *h = cls;
    request *q = *con_cls;
    if (!q) {
        q = calloc(1, sizeof *q);
        if (!q)
            return MHD_NO;
        q->c = c;
        q->is_post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;
        *con_cls = q;
        const char *length = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (length && strtoull(length, NULL, 10) > ROOM_BODY_MAX) {
            arm(h, c, 0);
            return send_static(c, 413, "text/plain; charset=utf-8", "request too large\n");
        }
        return MHD_YES;
    }
    if (*upload_data_size) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        if (q->too_big || q->len + n > ROOM_BODY_MAX) {
            q->too_big = 1;
            free(q->body);
            q->body = NULL;
            q->len = 0;
            return MHD_YES;
        }
        char *grown = realloc(q->body, q->len + n + 1);
        if (!grown)
            return MHD_NO;
        q->body = grown;
        memcpy(q->body + q->len, upload_data, n);
        q->len += n;
        q->body[q->len] = '\0';
        return MHD_YES;
    }
    if (!q->polling)
        arm(h, c, 0); /* the request has arrived whole: answering it is ours */
    if (q->too_big)
        return send_static(c, 413, "text/plain; charset=utf-8", "request too large\n");
    if (strncmp(url, h->base, 6) != 0)
        return not_found(c);
    const char *path = url + 6;
    int get = strcmp(method, MHD_HTTP_METHOD_GET) == 0 || strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
    const char *token = cookie_token(c);
    if (!q->polling && !room_rate_ok(h->r, token, q->is_post))
        return wants_json(c) ? send_json_error(c, 429, room_word("err_rate"))
                             : send_static(c, 429, "text/plain; charset=utf-8", "too many requests\n");
    if (get && strcmp(path, "") == 0)
        return send_page(h, c, 200, NULL, NULL);
    if (get && strcmp(path, "app.js") == 0)
        return send_static(c, 200, "text/javascript; charset=utf-8", room_app_js);
    if (get && strcmp(path, "app.css") == 0)
        return send_static(c, 200, "text/css; charset=utf-8", room_app_css);
    if (get && strcmp(path, "name") == 0)
        return on_name(c);
    if (get && (strcmp(path, "state") == 0 || strcmp(path, "board") == 0)) {
        q->is_board = path[0] == 'b';
        return on_poll(h, q);
    }
    if (q->is_post && strcmp(path, "join") == 0)
        return on_join(h, q);
    if (q->is_post && strcmp(path, "vote") == 0)
        return on_vote(h, q);
    return not_found(c);
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode why)
{
    (void)why;
    struct room_http *h = cls;
    arm(h, c, 1); /* the next request on this connection has its own 30 s */
    request *q = *con_cls;
    if (!q)
        return;
    pthread_mutex_lock(&h->lock);
    unlist(h, q);
    if (q->suspended) {
        q->suspended = 0;
        h->n_suspended--;
    }
    pthread_mutex_unlock(&h->lock);
    free(q->body);
    free(q);
    *con_cls = NULL;
}

/* A room of 1000 connections needs more open files than the usual soft limit of 1024 allows
 * once the records and the window's are counted: raise it to the hard limit. */
static void raise_file_limit(void)
{
    struct rlimit l;
    if (getrlimit(RLIMIT_NOFILE, &l) == 0 && l.rlim_cur < l.rlim_max && l.rlim_cur < 4096) {
        l.rlim_cur = l.rlim_max < 4096 ? l.rlim_max : 4096;
        setrlimit(RLIMIT_NOFILE, &l);
    }
}

struct room_http *room_http_start(room *r, cw_error *err)
{
    char addr[64];
    int port = 0;
    if (room_parse_listen(r->o.listen, addr, sizeof addr, &port) != 0) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0,
                     "--listen takes [ADDR:]PORT, e.g. 8080 or 192.168.1.20:8080 (an IPv4 address, port 0-65535)");
        return NULL;
    }
    struct room_http *h = calloc(1, sizeof *h);
    if (!h) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    h->r = r;
    snprintf(h->base, sizeof h->base, "/%s/", r->code);
    pthread_mutex_init(&h->lock, NULL);
    pthread_cond_init(&h->cond, NULL);
    raise_file_limit();
    struct sockaddr_in sin;
    memset(&sin, 0, sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_port = htons((uint16_t)port);
    sin.sin_addr.s_addr = htonl(INADDR_ANY);
    if (addr[0])
        inet_pton(AF_INET, addr, &sin.sin_addr);
    h->d = MHD_start_daemon(MHD_USE_AUTO_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME, (uint16_t)port, NULL, NULL,
                            handle, h,
                            MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sin,
                            MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONNECTION_LIMIT,
                            MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)CONNECTION_TIMEOUT_SECONDS,
                            MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)CONNECTION_MEMORY,
                            MHD_OPTION_NOTIFY_COMPLETED, completed, h,
                            MHD_OPTION_NOTIFY_CONNECTION, on_connection, h,
                            MHD_OPTION_UNESCAPE_CALLBACK, keep_escapes, NULL,
                            MHD_OPTION_END);
    if (!h->d) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "cannot listen on %s (in use, or not an address of this computer)",
                     r->o.listen);
        pthread_mutex_destroy(&h->lock);
        pthread_cond_destroy(&h->cond);
        free(h);
        return NULL;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(h->d, MHD_DAEMON_INFO_BIND_PORT);
    int bound = info ? info->port : port;
    char host[64];
    room_lan_address(addr, host, sizeof host);
    snprintf(r->url, sizeof r->url, "http://%s:%d/%s/", host, bound, r->code);
    if (pthread_create(&h->timer, NULL, timer_main, h) == 0)
        h->timer_started = 1;
    return h;
}

void room_http_stop(struct room_http *h)
{
    pthread_mutex_lock(&h->lock);
    h->stopping = 1;
    resume_waiters(h, 0);
    pthread_cond_broadcast(&h->cond);
    pthread_mutex_unlock(&h->lock);
    if (h->timer_started)
        pthread_join(h->timer, NULL);
    /* resumed polls answer with the room's last state; give them a moment to leave */
    for (int i = 0; i < 200; i++) {
        pthread_mutex_lock(&h->lock);
        int left = h->n_suspended;
        if (left)
            resume_waiters(h, 0);
        pthread_mutex_unlock(&h->lock);
        if (!left)
            break;
        usleep(10000);
    }
    MHD_stop_daemon(h->d);
    pthread_mutex_destroy(&h->lock);
    pthread_cond_destroy(&h->cond);
    free(h);
}
