/* room_load.c — a room full of phones against `casewalk workshop --console`, over loopback.
 *
 *   room_load [--phones N] [--seed S] [--casewalk PATH] [--scenario ID_OR_FILE] [--keep DIR]
 *             [--guests DIR]
 *
 * Starts `casewalk workshop SCENARIO --listen 127.0.0.1:0 --console --records DIR` itself, reads
 * its `Join: URL` line and plays the facilitator by writing console commands to its standard
 * input. N phones (plain sockets and poll; one request per connection) join with pseudonyms,
 * roles split roughly a third each among the scenario's first two roles and "other"; each
 * long-polls /state and re-polls whenever it answers, as the phone page does. At every decision
 * each phone votes a seeded random choice (with a reason when the step asks for one) at a random
 * moment of a short window, some change their vote, some drop their long poll and come back on
 * a new connection with the same cookie; the facilitator reveals, sometimes calls a revote
 * (round 2: some change), and decides the majority. Drafting steps: phones send clauses.
 * Until the case's ending.
 *
 * Checked (each failure is printed; exit 1 if any): every vote is answered {"ok":true}; /board's
 * joined and answered counts per role equal what the phones sent; after each reveal every
 * phone's /state result counts per role and choice equal the phones' final votes; the console's
 * status agrees; the workshop ends and exits 0; the records folder holds one group record and
 * exactly one record per participant (matched by pseudonym and role), each readable by
 * `casewalk debrief`, whose decisions are that phone's final votes (clauses for drafting) and
 * reasons; the group record's votes per role equal the sum of the phones'.
 *
 * Measured and printed as one block: vote-to-projector latency — from a vote's POST being sent
 * until a /board long poll shows at least as many answers in the round as first votes had been
 * sent by then (an upper bound on the time until that vote shows: earlier votes must show too);
 * the server's CPU ticks (utime+stime from /proc) over 5 s with every phone long-polling and
 * nobody voting; and its memory per participant, (RSS with N joined − RSS before) / N.
 *
 * --guests DIR: participants from elsewhere (real browsers, tests/room/guest.js) share the room.
 * The tool writes DIR/join (the Join URL), waits for DIR/guests (one "ROLE PSEUDONYM" line each,
 * written once they joined), and counts them in every check: guest g votes position
 * 1 + (g + round - 1) % choices at every decision and, at a drafting step, clauses 1..k (guest 0)
 * or k..1 (the others), k = max(min, 1); it waits for their votes on /board before revealing
 * (their records are checked like the phones'). The first decision with choices always has a
 * second round. After each reveal it waits until every guest's DIR/seen-G names the revealed
 * step (the guest's page showed it), and after the ending for DIR/done before it closes the room.
 *
 * JSON is read with cJSON, which every tool links through the engine. */
#define _GNU_SOURCE /* pipe2, accept4-free sockets, strcasestr */
#include <arpa/inet.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#define MAX_ROLES 9
#define MAX_CHOICES 16
#define MAX_DECISIONS 64
#define LONG_POLL_S 25
#define MAX_GUESTS 8

/* ---------- small helpers ---------- */

static int failures;

static void fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "room_load: FAIL: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    failures++;
}

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "room_load: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static uint64_t rng_state;
static uint32_t rnd(void) /* splitmix64, seeded by --seed */
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return (uint32_t)((z ^ (z >> 31)) >> 32);
}
static int rnd_below(int n) { return n > 0 ? (int)(rnd() % (uint32_t)n) : 0; }
static int chance(int percent) { return rnd_below(100) < percent; }

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p) die("out of memory");
    return p;
}

/* Appends s form-urlencoded to buf (of cap bytes). */
static void form_append(char *buf, size_t cap, const char *key, const char *s)
{
    size_t n = strlen(buf);
    int w = snprintf(buf + n, cap - n, "%s%s=", n ? "&" : "", key);
    if (w < 0 || (size_t)w >= cap - n) die("form too long");
    n += (size_t)w;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (n + 4 >= cap) die("form too long");
        if (isalnum(*p) || *p == '-' || *p == '_' || *p == '.' || *p == '~')
            buf[n++] = (char)*p;
        else
            n += (size_t)snprintf(buf + n, cap - n, "%%%02X", *p);
    }
    buf[n] = 0;
}

/* ---------- the server process and its console ---------- */

static pid_t server_pid;
static int console_in = -1, console_out = -1;
static char console_buf[65536];
static size_t console_len;
static int console_lines_done; /* complete lines already looked at */
static int ending_seen;
static char server_port[16], room_code[8];

static long proc_rss_kib(void)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)server_pid);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    long kib = -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmRSS: %ld kB", &kib) == 1) break;
    fclose(f);
    return kib;
}

static long proc_cpu_ticks(void)
{
    char path[64], buf[4096];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)server_pid);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    char *p = strrchr(buf, ')'); /* the command name may hold spaces */
    if (!p) return -1;
    unsigned long utime = 0, stime = 0;
    /* after ")": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime */
    if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) != 2)
        return -1;
    return (long)(utime + stime);
}

static void start_server(const char *casewalk, const char *scenario, const char *records)
{
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0) die("pipe: %s", strerror(errno));
    server_pid = fork();
    if (server_pid < 0) die("fork: %s", strerror(errno));
    if (server_pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        execl(casewalk, casewalk, "workshop", scenario, "--listen", "127.0.0.1:0", "--console",
              "--records", records, (char *)NULL);
        fprintf(stderr, "room_load: cannot run %s: %s\n", casewalk, strerror(errno));
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    console_in = in[1];
    console_out = out[0];
    fcntl(console_out, F_SETFL, O_NONBLOCK);
}

/* Reads what the console printed; echoes each new complete line (escaped) to stderr. */
static void console_read(void)
{
    for (;;) {
        if (console_len + 1 >= sizeof console_buf) die("the console printed too much");
        ssize_t n = read(console_out, console_buf + console_len, sizeof console_buf - 1 - console_len);
        if (n > 0) {
            console_len += (size_t)n;
            continue;
        }
        break;
    }
    console_buf[console_len] = 0;
}

/* The index-th complete line the console printed (0-based), or NULL. */
static const char *console_line(int index, size_t *len)
{
    const char *p = console_buf;
    for (int i = 0; i < index; i++) {
        const char *nl = strchr(p, '\n');
        if (!nl) return NULL;
        p = nl + 1;
    }
    const char *nl = strchr(p, '\n');
    if (!nl) return NULL;
    *len = (size_t)(nl - p);
    return p;
}

/* ---------- HTTP over one connection per request ---------- */

enum kind { K_NAME, K_JOIN, K_STATE, K_BOARD, K_VOTE, K_PAGE, K_SYNC };

typedef struct phone phone;

typedef struct conn {
    int fd;
    enum kind kind;
    phone *ph;
    char *out;
    size_t out_len, out_off;
    char *in;
    size_t in_len, in_cap;
    double t_sent;
    int connected;
    int choice_sent; /* a vote: its choice (0 for clauses) */
} conn;

#define MAX_CONNS 2048
static conn *conns[MAX_CONNS];
static int n_conns;
static long requests_sent;

static conn *http_start(enum kind kind, phone *ph, const char *method, const char *path,
                        const char *cookie, const char *body, int want_json)
{
    if (n_conns >= MAX_CONNS) die("too many connections");
    requests_sent++;
    conn *c = xcalloc(1, sizeof *c);
    c->kind = kind;
    c->ph = ph;
    size_t body_len = body ? strlen(body) : 0;
    c->out = xcalloc(1, 1024 + body_len);
    int n = snprintf(c->out, 1024, "%s %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n%s%s%s%s",
                     method, path, server_port, cookie ? "Cookie: cw_room=" : "", cookie ? cookie : "",
                     cookie ? "\r\n" : "", want_json ? "Accept: application/json\r\n" : "");
    if (body)
        n += snprintf(c->out + n, 1024 - (size_t)n,
                      "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %zu\r\n", body_len);
    n += snprintf(c->out + n, 1024 - (size_t)n, "\r\n");
    if (body) memcpy(c->out + n, body, body_len);
    c->out_len = (size_t)n + body_len;
    c->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c->fd < 0) die("socket: %s", strerror(errno));
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(server_port)) };
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(c->fd, (struct sockaddr *)&a, sizeof a) != 0 && errno != EINPROGRESS)
        die("connect: %s", strerror(errno));
    c->t_sent = now_ms();
    conns[n_conns++] = c;
    return c;
}

static void conn_free(conn *c)
{
    if (c->fd >= 0) close(c->fd);
    free(c->out);
    free(c->in);
    free(c);
}

/* Drops a connection without waiting for its answer (a phone losing its network). */
static void conn_drop(conn *c)
{
    for (int i = 0; i < n_conns; i++)
        if (conns[i] == c) {
            conns[i] = conns[--n_conns];
            conn_free(c);
            return;
        }
}

typedef struct response {
    int status;
    char cookie[64];
    char *body; /* NUL-terminated, dechunked */
} response;

static int parse_response(conn *c, response *r)
{
    memset(r, 0, sizeof *r);
    if (!c->in) return -1;
    c->in[c->in_len] = 0;
    char *end = strstr(c->in, "\r\n\r\n");
    if (!end || sscanf(c->in, "HTTP/1.%*d %d", &r->status) != 1) return -1;
    *end = 0;
    char *body = end + 4;
    const char *cookie = strcasestr(c->in, "\nSet-Cookie: cw_room=");
    if (cookie) {
        cookie += strlen("\nSet-Cookie: cw_room=");
        size_t n = strcspn(cookie, ";\r\n");
        if (n < sizeof r->cookie) memcpy(r->cookie, cookie, n);
    }
    if (strcasestr(c->in, "\nTransfer-Encoding: chunked")) {
        char *from = body, *to = body;
        for (;;) {
            unsigned long size = strtoul(from, NULL, 16);
            char *line_end = strstr(from, "\r\n");
            if (!line_end || size == 0) break;
            from = line_end + 2;
            if ((size_t)(c->in + c->in_len - from) < size) return -1;
            memmove(to, from, size);
            to += size;
            from += size + 2;
        }
        *to = 0;
    }
    r->body = body;
    return 0;
}

/* ---------- the room as the phones and the projector see it ---------- */

typedef struct step_view {
    uint64_t version;
    char stage[16];
    int round, decision;
    char kind[16];
    int n_choices, n_clauses, min, max, own, reason_asked;
} step_view;

typedef struct sent {
    int choice[3];       /* per round (1, 2): the phone's last vote; 0 none */
    int first_choice[3]; /* per round: its first vote */
    int clauses[MAX_CHOICES], n_clauses;
    char reason[128];
    int reasoned;
} sent;

struct phone {
    int index;
    char token[64];
    char pseudonym[64];
    int role;
    conn *poll;
    int polling;
    double poll_retry_at;
    step_view seen;
    sent votes[MAX_DECISIONS];
    cJSON *counts; /* the result counts this phone saw at the last reveal */
    int record_found;
    int guest; /* 1 + its number: a participant from elsewhere, not played here */
};

static phone *phones;
static int n_phones;
static char role_ids[MAX_ROLES][32];
static int n_roles;

static step_view board;
static int board_joined[MAX_ROLES], board_answered[MAX_ROLES];
static int board_errors, state_errors, state_429, vote_errors;

typedef struct pending { int ordinal, decision, round; double t0; } pending;
static pending *pend;
static int n_pend, pend_cap;
static double *latencies;
static int n_lat, lat_cap;

static int role_index(const char *id)
{
    for (int i = 0; i < n_roles; i++)
        if (strcmp(role_ids[i], id) == 0) return i;
    return -1;
}

static void read_step_view(cJSON *j, step_view *v)
{
    cJSON *x;
    if ((x = cJSON_GetObjectItem(j, "version")) && cJSON_IsNumber(x)) v->version = (uint64_t)x->valuedouble;
    if ((x = cJSON_GetObjectItem(j, "stage")) && cJSON_IsString(x))
        snprintf(v->stage, sizeof v->stage, "%s", x->valuestring);
    if ((x = cJSON_GetObjectItem(j, "round")) && cJSON_IsNumber(x)) v->round = x->valueint;
    if ((x = cJSON_GetObjectItem(j, "decision")) && cJSON_IsNumber(x)) v->decision = x->valueint;
    cJSON *step = cJSON_GetObjectItem(j, "step");
    if (cJSON_IsObject(step)) {
        if ((x = cJSON_GetObjectItem(step, "decision")) && cJSON_IsNumber(x)) v->decision = x->valueint;
        if ((x = cJSON_GetObjectItem(step, "kind")) && cJSON_IsString(x))
            snprintf(v->kind, sizeof v->kind, "%s", x->valuestring);
        v->n_choices = cJSON_GetArraySize(cJSON_GetObjectItem(step, "choices"));
        v->n_clauses = cJSON_GetArraySize(cJSON_GetObjectItem(step, "clauses"));
        v->min = (x = cJSON_GetObjectItem(step, "min")) && cJSON_IsNumber(x) ? x->valueint : 1;
        v->max = (x = cJSON_GetObjectItem(step, "max")) && cJSON_IsNumber(x) ? x->valueint : v->n_clauses;
        v->own = cJSON_IsTrue(cJSON_GetObjectItem(step, "own"));
        x = cJSON_GetObjectItem(step, "reason_prompt");
        v->reason_asked = cJSON_IsString(x) && x->valuestring[0];
    }
}

static void poll_state(phone *p)
{
    char path[96];
    snprintf(path, sizeof path, "/%s/state?since=%llu", room_code, (unsigned long long)p->seen.version);
    p->poll = http_start(K_STATE, p, "GET", path, p->token, NULL, 1);
}

static conn *board_conn;
static int board_polling;
static void poll_board(void)
{
    char path[96];
    snprintf(path, sizeof path, "/%s/board?since=%llu", room_code, (unsigned long long)board.version);
    board_conn = http_start(K_BOARD, NULL, "GET", path, NULL, NULL, 1);
}

static void on_board(conn *c, response *r, double t)
{
    board_conn = NULL;
    cJSON *j = r->status == 200 ? cJSON_Parse(r->body) : NULL;
    if (!j) {
        if (board_errors++ < 5) fail("/board answered %d: %.200s", r->status, r->body ? r->body : "");
    } else {
        memset(&board.kind, 0, sizeof board.kind);
        read_step_view(j, &board);
        int total = 0;
        for (int i = 0; i < n_roles; i++) {
            cJSON *x = cJSON_GetObjectItem(cJSON_GetObjectItem(j, "joined"), role_ids[i]);
            board_joined[i] = cJSON_IsNumber(x) ? x->valueint : -1;
            x = cJSON_GetObjectItem(cJSON_GetObjectItem(j, "answered"), role_ids[i]);
            board_answered[i] = cJSON_IsNumber(x) ? x->valueint : -1;
            if (board_answered[i] > 0) total += board_answered[i];
        }
        /* Every vote whose ordinal the board's answered count has reached has shown. */
        for (int i = 0; i < n_pend;) {
            pending *q = &pend[i];
            if (q->decision == board.decision && q->round == board.round && q->ordinal <= total) {
                if (n_lat == lat_cap) {
                    lat_cap = lat_cap ? lat_cap * 2 : 256;
                    latencies = realloc(latencies, (size_t)lat_cap * sizeof *latencies);
                    if (!latencies) die("out of memory");
                }
                latencies[n_lat++] = t - q->t0;
                pend[i] = pend[--n_pend];
            } else
                i++;
        }
        cJSON_Delete(j);
    }
    (void)c;
    if (board_polling) poll_board();
}

static void on_state(conn *c, response *r, double t)
{
    phone *p = c->ph;
    p->poll = NULL;
    if (r->status == 429) { /* a real page waits and tries again */
        state_429++;
        p->poll_retry_at = t + 1000;
        return;
    }
    cJSON *j = r->status == 200 ? cJSON_Parse(r->body) : NULL;
    if (!j) {
        if (state_errors++ < 5) fail("phone %d: /state answered %d: %.200s", p->index, r->status, r->body ? r->body : "");
        p->poll_retry_at = t + 1000;
        return;
    }
    step_view v = { 0 };
    read_step_view(j, &v);
    p->seen = v;
    cJSON *result = cJSON_GetObjectItem(j, "result");
    cJSON *counts = cJSON_IsObject(result) ? cJSON_GetObjectItem(result, "counts") : NULL;
    if (counts && strcmp(v.stage, "revealed") == 0) {
        cJSON_Delete(p->counts);
        p->counts = cJSON_Duplicate(counts, 1);
    }
    cJSON_Delete(j);
    if (p->polling && strcmp(v.stage, "ended") != 0) poll_state(p);
}

static int votes_answered;
static void on_vote(conn *c, response *r)
{
    votes_answered++;
    cJSON *j = r->body ? cJSON_Parse(r->body) : NULL;
    if (r->status != 200 || !j || !cJSON_IsTrue(cJSON_GetObjectItem(j, "ok"))) {
        if (vote_errors++ < 10)
            fail("phone %d: a vote answered %d: %.200s", c->ph->index, r->status, r->body ? r->body : "");
    }
    cJSON_Delete(j);
}

static int joins_done;
static void on_join(conn *c, response *r)
{
    phone *p = c->ph;
    joins_done++;
    if (r->status != 303 || !r->cookie[0])
        fail("phone %d: joining answered %d%s", p->index, r->status, r->cookie[0] ? "" : " without a cookie");
    else if (strlen(r->cookie) != 32 || strspn(r->cookie, "0123456789abcdefABCDEF") != 32)
        fail("phone %d: the cookie is not 32 hex digits: %s", p->index, r->cookie);
    snprintf(p->token, sizeof p->token, "%s", r->cookie);
}

static int names_done;
static void on_name(conn *c, response *r)
{
    phone *p = c->ph;
    names_done++;
    cJSON *j = r->status == 200 ? cJSON_Parse(r->body) : NULL;
    cJSON *name = cJSON_GetObjectItem(j, "name");
    if (!cJSON_IsString(name) || !name->valuestring[0] || strlen(name->valuestring) > 30) {
        fail("phone %d: /name answered %d: %.200s", p->index, r->status, r->body ? r->body : "");
        snprintf(p->pseudonym, sizeof p->pseudonym, "phone-%d", p->index);
    } else
        snprintf(p->pseudonym, sizeof p->pseudonym, "%s-%d", name->valuestring, p->index);
    cJSON_Delete(j);
}

static int pages_done;
static void on_page(conn *c, response *r)
{
    pages_done++;
    /* Joined: the page names the phone's pseudonym and never offers the join form again. */
    if (r->status != 200 || !r->body || strstr(r->body, "name=\"pseudonym\"") || !strstr(r->body, c->ph->pseudonym))
        fail("phone %d: the page on a new connection is not its own (%d): %.300s", c->ph->index, r->status,
             r->body ? r->body : "");
}

static int sync_done;
static char *sync_raw;
static response sync_response;

static void complete(conn *c, double t)
{
    response r;
    if (parse_response(c, &r) != 0) {
        r.status = 0;
        r.body = "";
    }
    switch (c->kind) {
    case K_NAME: on_name(c, &r); break;
    case K_JOIN: on_join(c, &r); break;
    case K_STATE: on_state(c, &r, t); break;
    case K_BOARD: on_board(c, &r, t); break;
    case K_VOTE: on_vote(c, &r); break;
    case K_PAGE: on_page(c, &r); break;
    case K_SYNC: sync_done = 1; sync_raw = c->in; c->in = NULL; sync_response = r; break;
    }
}

/* Serves every connection for up to timeout ms (returns earlier once something completed). */
static void pump(int timeout)
{
    static struct pollfd fds[MAX_CONNS + 1];
    static conn *who[MAX_CONNS + 1];
    int n = 0;
    for (int i = 0; i < n_conns; i++) {
        conn *c = conns[i];
        fds[n] = (struct pollfd){ .fd = c->fd, .events = c->out_off < c->out_len ? POLLOUT : POLLIN };
        who[n++] = c;
    }
    fds[n] = (struct pollfd){ .fd = console_out, .events = POLLIN };
    int ready = poll(fds, (nfds_t)n + 1, timeout);
    if (ready < 0 && errno != EINTR) die("poll: %s", strerror(errno));
    if (fds[n].revents) console_read();
    double t = now_ms();
    for (int i = 0; i < n && ready > 0; i++) {
        if (!fds[i].revents) continue;
        conn *c = who[i];
        int finished = 0;
        if (c->out_off < c->out_len) {
            ssize_t w = send(c->fd, c->out + c->out_off, c->out_len - c->out_off, MSG_NOSIGNAL);
            if (w > 0) c->out_off += (size_t)w;
            else if (w < 0 && errno != EAGAIN) finished = 1;
        } else {
            for (;;) {
                if (c->in_cap - c->in_len < 4097) {
                    c->in_cap = c->in_cap ? c->in_cap * 2 : 8192;
                    c->in = realloc(c->in, c->in_cap);
                    if (!c->in) die("out of memory");
                }
                ssize_t got = recv(c->fd, c->in + c->in_len, c->in_cap - c->in_len - 1, 0);
                if (got > 0) c->in_len += (size_t)got;
                else {
                    if (got == 0 || errno != EAGAIN) finished = 1;
                    break;
                }
            }
        }
        if (finished) {
            for (int k = 0; k < n_conns; k++)
                if (conns[k] == c) {
                    conns[k] = conns[--n_conns];
                    break;
                }
            complete(c, t);
            conn_free(c);
        }
    }
    /* Phones whose poll failed come back after a pause. */
    for (int i = 0; i < n_phones; i++) {
        phone *p = &phones[i];
        if (p->polling && !p->poll && p->poll_retry_at && t >= p->poll_retry_at && strcmp(p->seen.stage, "ended") != 0) {
            p->poll_retry_at = 0;
            poll_state(p);
        }
    }
}

/* One request, waited for (the others go on being served meanwhile). Returns the raw answer to
 * free; *r points into it. */
static char *http_sync(const char *method, const char *path, const char *cookie, const char *body, int json, response *r)
{
    sync_done = 0;
    sync_raw = NULL;
    http_start(K_SYNC, NULL, method, path, cookie, body, json);
    double until = now_ms() + 30000;
    while (!sync_done && now_ms() < until) pump(50);
    if (!sync_done) die("no answer to %s %s", method, path);
    *r = sync_response;
    return sync_raw;
}

typedef int (*done_fn)(void *);
static int wait_until(done_fn done, void *arg, double timeout_ms, const char *what)
{
    double until = now_ms() + timeout_ms;
    while (!done(arg)) {
        double left = until - now_ms();
        if (left <= 0) {
            fail("timed out waiting for %s", what);
            return -1;
        }
        pump(left < 50 ? (int)left + 1 : 50);
    }
    return 0;
}

/* Sends a console command; returns its answer line (static), "" if none came. */
static const char *console(const char *cmd)
{
    static char answer[512];
    size_t len = strlen(cmd);
    char line[256];
    snprintf(line, sizeof line, "%s\n", cmd);
    if (write(console_in, line, len + 1) != (ssize_t)len + 1) die("the console's input is closed");
    double until = now_ms() + 30000;
    answer[0] = 0;
    while (now_ms() < until) {
        size_t n;
        const char *l;
        while ((l = console_line(console_lines_done, &n))) {
            console_lines_done++;
            if (n >= 7 && strncmp(l, "Ending:", 7) == 0) ending_seen = 1;
            if ((n >= 2 && strncmp(l, "ok", 2) == 0) || (n >= 6 && strncmp(l, "error:", 6) == 0) ||
                (n >= 7 && strncmp(l, "joined ", 7) == 0)) {
                snprintf(answer, sizeof answer, "%.*s", (int)n, l);
                return answer;
            }
        }
        pump(50);
    }
    fail("the console did not answer '%s'", cmd);
    return answer;
}

static int console_ok(const char *cmd)
{
    const char *a = console(cmd);
    if (strncmp(a, "ok", 2) != 0) {
        fail("console '%s' answered '%s'", cmd, a);
        return -1;
    }
    return 0;
}

/* ---------- what the phones do ---------- */

static int all_joined(void *unused) { (void)unused; return joins_done == n_phones; }
static int all_named(void *unused) { (void)unused; return names_done == n_phones; }
static int votes_all_answered(void *want) { return votes_answered >= *(int *)want; }
static int pages_seen(void *want) { return pages_done >= *(int *)want; }

typedef struct target { int decision, round; const char *stage; } target;
static int phones_see(void *arg)
{
    const target *tg = arg;
    for (int i = 0; i < n_phones; i++) {
        const step_view *v = &phones[i].seen;
        if (phones[i].guest) continue; /* guests see the room through their own pages */
        if (strcmp(v->stage, "ended") == 0 && strcmp(tg->stage, "ended") == 0) continue;
        if (strcmp(v->stage, tg->stage) != 0 || v->decision != tg->decision || v->round != tg->round) return 0;
        if (!phones[i].poll) return 0; /* and each has its next long poll waiting */
    }
    return 1;
}
static int phones_see_next(void *arg) /* a new decision, or the ending */
{
    int after = *(int *)arg;
    for (int i = 0; i < n_phones; i++) {
        const step_view *v = &phones[i].seen;
        if (phones[i].guest || strcmp(v->stage, "ended") == 0) continue;
        if (strcmp(v->stage, "voting") != 0 || v->decision <= after || v->round != 1 || !phones[i].poll) return 0;
    }
    return 1;
}
static int board_shows(void *want)
{
    int total = 0;
    for (int i = 0; i < n_roles; i++) total += board_answered[i] > 0 ? board_answered[i] : 0;
    return total >= *(int *)want && board.decision == phones[0].seen.decision && board.round == phones[0].seen.round;
}

static void send_vote(phone *p, const step_view *v, int choice, const int *clauses, int n_clauses,
                      const char *reason, const char *own)
{
    char body[2048] = "", num[16];
    if (choice) {
        snprintf(num, sizeof num, "%d", choice);
        form_append(body, sizeof body, "choice", num);
    } else {
        char list[256] = "";
        for (int i = 0; i < n_clauses; i++)
            snprintf(list + strlen(list), sizeof list - strlen(list), "%s%d", i ? "," : "", clauses[i]);
        form_append(body, sizeof body, "clauses", list);
        if (own) form_append(body, sizeof body, "own", own);
    }
    if (reason) form_append(body, sizeof body, "reason", reason);
    snprintf(num, sizeof num, "%d", v->round);
    form_append(body, sizeof body, "round", num);
    snprintf(num, sizeof num, "%d", v->decision);
    form_append(body, sizeof body, "step", num);
    char path[32];
    snprintf(path, sizeof path, "/%s/vote", room_code);
    conn *c = http_start(K_VOTE, p, "POST", path, p->token, body, 1);
    c->choice_sent = choice;
}

typedef struct planned { double at; phone *p; int change; } planned;
static int by_time(const void *a, const void *b)
{
    double x = ((const planned *)a)->at, y = ((const planned *)b)->at;
    return (x > y) - (x < y);
}

static int first_votes_sent;
static int n_guests;
static const char *guests_dir;

/* Whether every guest's page has shown the reveal of this round (DIR/seen-G: its page's key). */
static int guests_saw(void *arg)
{
    const target *tg = arg;
    char want[64], path[4096], got[64];
    snprintf(want, sizeof want, "revealed|%d|%d|", tg->round, tg->decision);
    for (int g = 0; g < n_guests; g++) {
        snprintf(path, sizeof path, "%s/seen-%d", guests_dir, g);
        FILE *f = fopen(path, "r");
        size_t n = f ? fread(got, 1, sizeof got - 1, f) : 0;
        if (f) fclose(f);
        got[n] = 0;
        if (strncmp(got, want, strlen(want)) != 0) return 0;
    }
    return 1;
}

/* What guest g votes (the rule in the header comment, which tests/room/guest.js follows too). */
static void guest_votes(phone *p, int d, const step_view *v)
{
    int g = p->guest - 1;
    sent *s = &p->votes[d];
    if (strcmp(v->kind, "compose") == 0) {
        int k = v->min > 1 ? v->min : 1;
        if (k > v->n_clauses) k = v->n_clauses;
        s->n_clauses = k;
        for (int c = 0; c < k; c++) s->clauses[c] = g == 0 ? c + 1 : k - c;
    } else if (v->n_choices > 0) {
        s->choice[v->round] = s->first_choice[v->round] = 1 + (g + v->round - 1) % v->n_choices;
    }
}

/* One round of votes at decision d: each phone votes once at a random moment within spread ms,
 * some vote again later with another choice; some drop their long poll and come back. */
static void vote_round(int d, const step_view *v, double spread)
{
    int compose = strcmp(v->kind, "compose") == 0;
    planned *plan = xcalloc((size_t)n_phones * 2, sizeof *plan);
    int n = 0;
    for (int i = 0; i < n_phones; i++) {
        if (phones[i].guest) {
            guest_votes(&phones[i], d, v);
            continue;
        }
        plan[n++] = (planned){ .at = rnd_below((int)spread), .p = &phones[i] };
        if (chance(20)) plan[n++] = (planned){ .at = spread + rnd_below((int)spread / 2 + 1), .p = &phones[i], .change = 1 };
    }
    qsort(plan, (size_t)n, sizeof *plan, by_time);
    first_votes_sent = 0;
    int expected_answers = votes_answered + n;
    double start = now_ms();
    for (int k = 0; k < n; k++) {
        while (now_ms() - start < plan[k].at) pump((int)(plan[k].at - (now_ms() - start)) + 1);
        phone *p = plan[k].p;
        sent *s = &p->votes[d];
        if (!plan[k].change && chance(5) && p->poll) { /* loses its network and comes back */
            conn_drop(p->poll);
            poll_state(p);
        }
        const char *reason = NULL;
        if (v->reason_asked) {
            snprintf(s->reason, sizeof s->reason, "Reason %d.%d from %s — ça va", v->round, plan[k].change, p->pseudonym);
            reason = s->reason;
            s->reasoned = 1;
        }
        if (compose) {
            int cap = v->n_clauses < MAX_CHOICES ? v->n_clauses : MAX_CHOICES;
            int lo = v->min > 0 ? v->min : 1, hi = v->max >= lo && v->max <= cap ? v->max : cap;
            int count = lo + rnd_below(hi - lo + 1), used[MAX_CHOICES + 1] = { 0 };
            s->n_clauses = 0;
            while (s->n_clauses < count) {
                int c = 1 + rnd_below(cap);
                if (!used[c]) used[c] = 1, s->clauses[s->n_clauses++] = c;
            }
            send_vote(p, v, 0, s->clauses, s->n_clauses, reason, NULL);
        } else {
            int choice = 1 + rnd_below(v->n_choices);
            if (plan[k].change && v->n_choices > 1)
                while (choice == s->choice[v->round]) choice = 1 + rnd_below(v->n_choices);
            if (v->round == 2 && !plan[k].change && chance(60) && s->choice[1]) choice = s->choice[1];
            s->choice[v->round] = choice;
            if (!plan[k].change) s->first_choice[v->round] = choice;
        }
        if (!compose) send_vote(p, v, s->choice[v->round], NULL, 0, reason, NULL);
        if (!plan[k].change) {
            first_votes_sent++;
            if (n_pend == pend_cap) {
                pend_cap = pend_cap ? pend_cap * 2 : 256;
                pend = realloc(pend, (size_t)pend_cap * sizeof *pend);
                if (!pend) die("out of memory");
            }
            pend[n_pend++] = (pending){ first_votes_sent, v->decision, v->round, now_ms() };
        }
    }
    free(plan);
    wait_until(votes_all_answered, &expected_answers, 60000, "the votes' answers");
    int all = n_phones;
    wait_until(board_shows, &all, n_guests ? 180000 : 30000, "the board to show every answer");
}

/* The phones' final votes of this round, per role and choice, against what a phone saw. A role
 * with fewer than 3 answers has no row of its own (docs/room.md): its votes are in "others" when
 * the small roles hold 3 or more answers together, else every vote is in one row, "all". */
static void check_counts(int d, int round, int n_choices, int *majority)
{
    int want[MAX_ROLES + 2][MAX_CHOICES + 1] = { { 0 } }, total[MAX_CHOICES + 1] = { 0 };
    int answers[MAX_ROLES] = { 0 }, pooled = 0;
    for (int i = 0; i < n_phones; i++) {
        int c = phones[i].votes[d].choice[round];
        if (c >= 1 && c <= n_choices) want[phones[i].role][c]++, total[c]++, answers[phones[i].role]++;
    }
    for (int r = 0; r < n_roles; r++)
        if (answers[r] < 3) pooled += answers[r];
    int whole = pooled > 0 && pooled < 3, row_of[MAX_ROLES];
    const char *key[MAX_ROLES + 2];
    for (int r = 0; r < n_roles; r++) key[r] = role_ids[r];
    key[MAX_ROLES] = "others", key[MAX_ROLES + 1] = "all";
    for (int r = 0; r < n_roles; r++) {
        row_of[r] = whole ? MAX_ROLES + 1 : answers[r] >= 3 ? r : MAX_ROLES;
        if (row_of[r] != r)
            for (int c = 1; c <= n_choices; c++) want[row_of[r]][c] += want[r][c];
    }
    *majority = 1;
    for (int c = 2; c <= n_choices; c++)
        if (total[c] > total[*majority]) *majority = c;
    int checked = 0;
    for (int i = 0; i < n_phones; i++) {
        cJSON *counts = phones[i].counts;
        if (phones[i].guest) continue; /* its page checks what it shows */
        if (!counts) {
            fail("phone %d saw no result counts after the reveal", i);
            continue;
        }
        for (int r = 0; r < MAX_ROLES + 2; r++) {
            if (r >= n_roles && r < MAX_ROLES) continue;
            int shown = r < n_roles ? row_of[r] == r : r == MAX_ROLES ? !whole && pooled > 0 : whole;
            cJSON *row = cJSON_GetObjectItem(counts, key[r]);
            if (!shown) {
                if (row) {
                    fail("decision %d round %d: phone %d sees a row \"%s\" of fewer than 3 answers", d, round, i, key[r]);
                    return;
                }
                continue;
            }
            for (int c = 1; c <= n_choices; c++) {
                cJSON *x = cJSON_GetArrayItem(row, c - 1);
                int got = cJSON_IsNumber(x) ? x->valueint : -1;
                if (got != want[r][c]) {
                    fail("decision %d round %d: phone %d sees %d %s votes for choice %d; the phones sent %d",
                         d, round, i, got, key[r], c, want[r][c]);
                    return;
                }
            }
        }
        checked++;
    }
    (void)checked;
}

static int votes_counted; /* the answers /board showed at the reveals, each checked against the votes sent */
static void check_board_answers(int d, int round)
{
    int want[MAX_ROLES] = { 0 }, joined[MAX_ROLES] = { 0 };
    for (int i = 0; i < n_phones; i++) {
        joined[phones[i].role]++;
        if (phones[i].votes[d].choice[round] || (round == 1 && phones[i].votes[d].n_clauses)) want[phones[i].role]++;
    }
    for (int r = 0; r < n_roles; r++) {
        if (board_joined[r] != joined[r])
            fail("the board shows %d %s joined; %d did", board_joined[r], role_ids[r], joined[r]);
        if (board_answered[r] != want[r])
            fail("decision %d round %d: the board shows %d %s answers; %d phones voted", d, round,
                 board_answered[r], role_ids[r], want[r]);
        if (board_answered[r] > 0) votes_counted += board_answered[r];
    }
}

/* ---------- the records ---------- */

static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = xcalloc(1, (size_t)size + 1);
    if (fread(s, 1, (size_t)size, f) != (size_t)size) size = 0;
    s[size] = 0;
    fclose(f);
    return s;
}

static int run_quiet(const char *casewalk, const char *a1, const char *a2)
{
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execl(casewalk, casewalk, a1, a2, (char *)NULL);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/* decision number -> index into votes[] (the order the tool met them) */
static int decision_numbers[MAX_DECISIONS];
static int n_decisions;
static int decision_slot(int number)
{
    for (int i = 0; i < n_decisions; i++)
        if (decision_numbers[i] == number) return i;
    return -1;
}
static int revoted[MAX_DECISIONS], room_choice[MAX_DECISIONS];
static int *first_votes, *changed; /* per decision, role (and choice), from the participants' records */

static void check_participant(const char *path, cJSON **lines, int n, int *group_votes)
{
    cJSON *h = lines[0];
    cJSON *trainee = cJSON_GetObjectItem(h, "trainee");
    cJSON *disc = cJSON_GetObjectItem(h, "discipline");
    if (!disc) disc = cJSON_GetObjectItem(h, "role");
    phone *p = NULL;
    for (int i = 0; i < n_phones && cJSON_IsString(trainee); i++)
        if (strcmp(phones[i].pseudonym, trainee->valuestring) == 0) p = &phones[i];
    if (!p) {
        fail("%s: a record for nobody who joined (%s)", path, cJSON_IsString(trainee) ? trainee->valuestring : "?");
        return;
    }
    if (p->record_found++) {
        fail("%s: a second record for %s", path, p->pseudonym);
        return;
    }
    if (!cJSON_IsString(disc) || strcmp(disc->valuestring, role_ids[p->role]) != 0)
        fail("%s: discipline %s; %s joined as %s", path, cJSON_IsString(disc) ? disc->valuestring : "?",
             p->pseudonym, role_ids[p->role]);
    int seen_decisions = 0;
    for (int k = 1; k < n; k++) {
        cJSON *type = cJSON_GetObjectItem(lines[k], "type");
        int draft = cJSON_IsString(type) && strcmp(type->valuestring, "draft") == 0;
        if (!cJSON_IsString(type) || (!draft && strcmp(type->valuestring, "decision") != 0)) continue;
        cJSON *num = cJSON_GetObjectItem(lines[k], "decision");
        int d = cJSON_IsNumber(num) ? decision_slot(num->valueint) : -1;
        if (d < 0) {
            fail("%s: a decision the room did not vote on", path);
            continue;
        }
        seen_decisions++;
        const sent *s = &p->votes[d];
        if (draft) {
            cJSON *shown = cJSON_GetObjectItem(lines[k], "shown"), *clauses = cJSON_GetObjectItem(lines[k], "clauses");
            int ok = cJSON_GetArraySize(clauses) == s->n_clauses;
            for (int c = 0; ok && c < s->n_clauses; c++) {
                cJSON *want = cJSON_GetArrayItem(shown, s->clauses[c] - 1), *got = cJSON_GetArrayItem(clauses, c);
                ok = cJSON_IsString(want) && cJSON_IsString(got) && strcmp(want->valuestring, got->valuestring) == 0;
            }
            if (!ok) fail("%s: decision %d's clauses are not the ones %s sent", path, num->valueint, p->pseudonym);
        } else {
            int final = s->choice[revoted[d] ? 2 : 1];
            if (!final && revoted[d]) final = s->choice[1];
            cJSON *pos = cJSON_GetObjectItem(lines[k], "position");
            if (!cJSON_IsNumber(pos) || pos->valueint != final)
                fail("%s: decision %d records position %d; %s's final vote was %d", path, num->valueint,
                     cJSON_IsNumber(pos) ? pos->valueint : -1, p->pseudonym, final);
            cJSON *shown = cJSON_GetObjectItem(lines[k], "shown");
            cJSON *first = cJSON_GetObjectItem(lines[k], "first_chosen");
            if (revoted[d]) { /* the first round's vote is kept too, as a choice id */
                cJSON *want = cJSON_GetArrayItem(shown, s->choice[1] - 1);
                if (!cJSON_IsString(first) || !cJSON_IsString(want) || strcmp(first->valuestring, want->valuestring) != 0)
                    fail("%s: decision %d's first_chosen is %s; %s's round-1 vote was %s", path, num->valueint,
                         cJSON_IsString(first) ? first->valuestring : "missing", p->pseudonym,
                         cJSON_IsString(want) ? want->valuestring : "?");
            } else if (first)
                fail("%s: decision %d has a first_chosen but the room voted once", path, num->valueint);
            cJSON *room = cJSON_GetObjectItem(lines[k], "room"), *want_room = cJSON_GetArrayItem(shown, room_choice[d] - 1);
            if (!cJSON_IsString(room) || !cJSON_IsString(want_room) || strcmp(room->valuestring, want_room->valuestring) != 0)
                fail("%s: decision %d's room choice is %s; the room decided %d", path, num->valueint,
                     cJSON_IsString(room) ? room->valuestring : "missing", room_choice[d]);
            if (revoted[d] && s->choice[1] >= 1 && s->choice[1] <= MAX_CHOICES)
                first_votes[d * MAX_ROLES * MAX_CHOICES + p->role * MAX_CHOICES + s->choice[1] - 1]++;
            if (revoted[d] && s->choice[1] && s->choice[2] && s->choice[1] != s->choice[2]) changed[d * MAX_ROLES + p->role]++;
            if (final >= 1 && final <= MAX_CHOICES) group_votes[d * MAX_ROLES * MAX_CHOICES + p->role * MAX_CHOICES + final - 1]++;
        }
        cJSON *reason = cJSON_GetObjectItem(lines[k], "reason");
        if (s->reasoned && (!cJSON_IsString(reason) || strcmp(reason->valuestring, s->reason) != 0))
            fail("%s: decision %d's reason is not the last one %s sent", path, num->valueint, p->pseudonym);
    }
    if (seen_decisions != n_decisions)
        fail("%s: %d decisions recorded; the room made %d", path, seen_decisions, n_decisions);
}

static int others_joined; /* phones that joined as "other" */
static void check_group(const char *path, cJSON **lines, int n, const int *group_votes)
{
    int seen = 0;
    for (int k = 1; k < n; k++) {
        cJSON *type = cJSON_GetObjectItem(lines[k], "type");
        if (!cJSON_IsString(type) || strcmp(type->valuestring, "decision") != 0) continue;
        cJSON *num = cJSON_GetObjectItem(lines[k], "decision");
        int d = cJSON_IsNumber(num) ? decision_slot(num->valueint) : -1;
        cJSON *votes = cJSON_GetObjectItem(lines[k], "votes");
        if (d < 0 || !votes) {
            fail("%s: a decision without votes", path);
            continue;
        }
        seen++;
        cJSON *first = cJSON_GetObjectItem(lines[k], "first_votes"), *chg = cJSON_GetObjectItem(lines[k], "changed");
        if (revoted[d] != (first != NULL) || revoted[d] != (chg != NULL))
            fail("%s: decision %d: first_votes/changed %s; the room voted %s", path, num->valueint,
                 first ? "present" : "missing", revoted[d] ? "twice" : "once");
        /* The group record holds the scenario's roles, and "other" whenever someone joined as
         * Other (docs/record-format.md): its counts are checked like any role's. */
        int other = role_index("other");
        int with_other = cJSON_GetObjectItem(votes, "other") != NULL;
        if (!with_other && others_joined > 0)
            fail("%s: decision %d: the group record leaves out the %d phones that joined as other", path,
                 num->valueint, others_joined);
        for (int r = 0; revoted[d] && r < n_roles; r++) {
            if (r == other && !with_other) continue;
            cJSON *row = cJSON_GetObjectItem(first, role_ids[r]), *x = cJSON_GetObjectItem(chg, role_ids[r]);
            for (int c = 0; c < MAX_CHOICES; c++) {
                int want = first_votes[d * MAX_ROLES * MAX_CHOICES + r * MAX_CHOICES + c];
                cJSON *y = c < cJSON_GetArraySize(row) ? cJSON_GetArrayItem(row, c) : NULL;
                if ((cJSON_IsNumber(y) ? y->valueint : 0) != want)
                    fail("%s: decision %d: %d %s first-round votes for choice %d; the participants' records hold %d",
                         path, num->valueint, cJSON_IsNumber(y) ? y->valueint : 0, role_ids[r], c + 1, want);
            }
            if (!cJSON_IsNumber(x) || x->valueint != changed[d * MAX_ROLES + r])
                fail("%s: decision %d: %d %s changed their vote; the participants' records say %d", path,
                     num->valueint, cJSON_IsNumber(x) ? x->valueint : -1, role_ids[r], changed[d * MAX_ROLES + r]);
        }
        for (int r = 0; r < n_roles; r++) {
            if (r == other && !with_other) continue;
            cJSON *row = cJSON_GetObjectItem(votes, role_ids[r]);
            int width = cJSON_GetArraySize(row);
            for (int c = 0; c < MAX_CHOICES; c++) {
                int want = group_votes[d * MAX_ROLES * MAX_CHOICES + r * MAX_CHOICES + c];
                cJSON *x = c < width ? cJSON_GetArrayItem(row, c) : NULL;
                int got = cJSON_IsNumber(x) ? x->valueint : 0;
                if (got != want)
                    fail("%s: decision %d: %d %s votes for choice %d; the participants' records hold %d", path,
                         num->valueint, got, role_ids[r], c + 1, want);
            }
        }
    }
    if (seen == 0) fail("%s: the group record holds no decisions", path);
}

static int records_counted;
static void check_records(const char *casewalk, const char *dir)
{
    int *group_votes = xcalloc((size_t)MAX_DECISIONS * MAX_ROLES * MAX_CHOICES, sizeof *group_votes);
    first_votes = xcalloc((size_t)MAX_DECISIONS * MAX_ROLES * MAX_CHOICES, sizeof *first_votes);
    changed = xcalloc((size_t)MAX_DECISIONS * MAX_ROLES, sizeof *changed);
    char group_path[8192] = "";
    cJSON **group_lines = NULL;
    int group_n = 0, n_groups = 0, n_records = 0;
    DIR *dh = opendir(dir);
    if (!dh) die("cannot read %s", dir);
    struct dirent *e;
    while ((e = readdir(dh))) {
        size_t len = strlen(e->d_name);
        if (len < 7 || strcmp(e->d_name + len - 6, ".jsonl") != 0) continue;
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        n_records++;
        struct stat st;
        if (stat(path, &st) == 0 && (st.st_mode & 0777) != 0600) fail("%s: mode %o, not 600", path, st.st_mode & 0777);
        if (run_quiet(casewalk, "debrief", path) != 0) fail("%s: casewalk debrief cannot read it", path);
        char *text = read_text(path);
        if (!text) {
            fail("%s: cannot read it", path);
            continue;
        }
        int cap = 64, n = 0;
        cJSON **lines = xcalloc((size_t)cap, sizeof *lines);
        for (char *line = text, *nl; *line; line = nl + 1) {
            nl = strchr(line, '\n');
            if (!nl) {
                fail("%s: the last line has no newline", path);
                break;
            }
            *nl = 0;
            if (n == cap) {
                lines = realloc(lines, (size_t)(cap *= 2) * sizeof *lines);
                if (!lines) die("out of memory");
            }
            if (!(lines[n++] = cJSON_Parse(line))) fail("%s: line %d is not JSON", path, n);
        }
        free(text);
        if (n > 0 && lines[0] && cJSON_IsTrue(cJSON_GetObjectItem(lines[0], "group"))) {
            n_groups++;
            snprintf(group_path, sizeof group_path, "%s", path);
            group_lines = lines;
            group_n = n;
            continue;
        }
        if (n > 0 && lines[0]) check_participant(path, lines, n, group_votes);
        for (int k = 0; k < n; k++) cJSON_Delete(lines[k]);
        free(lines);
    }
    closedir(dh);
    if (n_groups != 1) fail("%d group records; wanted 1", n_groups);
    if (n_records != n_phones + 1) fail("%d records; wanted %d (one per participant and the group's)", n_records, n_phones + 1);
    records_counted = n_records;
    for (int i = 0; i < n_phones; i++)
        if (!phones[i].record_found) fail("no record for %s", phones[i].pseudonym);
    if (group_lines) {
        check_group(group_path, group_lines, group_n, group_votes);
        for (int k = 0; k < group_n; k++) cJSON_Delete(group_lines[k]);
        free(group_lines);
    }
    free(group_votes);
    free(first_votes);
    free(changed);
}

/* ---------- the workshop ---------- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int remove_entry(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh) return -1;
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2]))) continue;
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) remove_entry(path);
        else unlink(path);
    }
    closedir(dh);
    return rmdir(dir);
}

static void usage(void)
{
    fprintf(stderr, "usage: room_load [--phones N] [--seed S] [--casewalk PATH] [--scenario ID_OR_FILE] [--keep DIR]"
                    " [--guests DIR]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    int n = 30;
    unsigned long long seed = 1;
    const char *scenario = "petition-drafting", *keep = NULL, *guests = NULL;
    /* casewalk is built beside this tool */
    char casewalk_default[4096];
    const char *slash = strrchr(argv[0], '/');
    snprintf(casewalk_default, sizeof casewalk_default, "%.*scasewalk", slash ? (int)(slash - argv[0] + 1) : 0, argv[0]);
    const char *casewalk = casewalk_default;
    for (int i = 1; i < argc; i++) {
        if (i + 1 >= argc) usage();
        if (strcmp(argv[i], "--phones") == 0) n = atoi(argv[++i]);
        else if (strcmp(argv[i], "--seed") == 0) seed = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--casewalk") == 0) casewalk = argv[++i];
        else if (strcmp(argv[i], "--scenario") == 0) scenario = argv[++i];
        else if (strcmp(argv[i], "--keep") == 0) keep = argv[++i];
        else if (strcmp(argv[i], "--guests") == 0) guests = guests_dir = argv[++i];
        else usage();
    }
    if (n < 1 || n > 900) die("--phones takes 1 to 900");
    rng_state = seed;
    signal(SIGPIPE, SIG_IGN);
    struct rlimit lim;
    if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur < 4096) {
        lim.rlim_cur = lim.rlim_max < 4096 ? lim.rlim_max : 4096;
        setrlimit(RLIMIT_NOFILE, &lim);
    }

    char records[4096];
    if (keep) {
        snprintf(records, sizeof records, "%s", keep);
        mkdir(records, 0700);
    } else {
        const char *tmp = getenv("TMPDIR");
        snprintf(records, sizeof records, "%s/room_load.XXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (!mkdtemp(records)) die("mkdtemp: %s", strerror(errno));
    }
    start_server(casewalk, scenario, records);

    /* The Join line. */
    double until = now_ms() + 30000;
    const char *url = NULL;
    while (!url && now_ms() < until) {
        pump(50);
        size_t len;
        const char *l;
        while ((l = console_line(console_lines_done, &len))) {
            console_lines_done++;
            if (len > 6 && strncmp(l, "Join: ", 6) == 0) {
                static char copy[512];
                snprintf(copy, sizeof copy, "%.*s", (int)(len - 6), l + 6);
                url = copy;
                break;
            }
        }
        int status;
        if (waitpid(server_pid, &status, WNOHANG) == server_pid) die("casewalk workshop stopped before its Join line");
    }
    if (!url) die("no Join line from casewalk workshop within 30 s");
    const char *port = strrchr(url, ':'), *code = port ? strchr(port, '/') : NULL;
    if (strncmp(url, "http://127.0.0.1:", 17) != 0 || !code || strlen(code) != 6 || code[5] != '/')
        die("the Join line's URL is not http://127.0.0.1:PORT/CODE/: %s", url);
    snprintf(server_port, sizeof server_port, "%.*s", (int)(code - port - 1), port + 1);
    snprintf(room_code, sizeof room_code, "%.4s", code + 1);
    if (strspn(room_code, "ACDEFHJKMNPRTUVWXY") != 4) fail("room code %s uses letters outside the protocol's", room_code);

    /* The roles: the board's joined keys (the scenario's roles, then "other"). */
    {
        char path[64];
        snprintf(path, sizeof path, "/%s/board", room_code);
        response r;
        char *raw = http_sync("GET", path, NULL, NULL, 1, &r);
        cJSON *j = r.status == 200 ? cJSON_Parse(r.body) : NULL;
        cJSON *joined = cJSON_GetObjectItem(j, "joined"), *x;
        cJSON_ArrayForEach(x, joined) if (n_roles < MAX_ROLES) snprintf(role_ids[n_roles++], sizeof role_ids[0], "%s", x->string);
        if (n_roles < 2 || role_index("other") < 0) die("/board (%d) names no roles: %.300s", r.status, r.body ? r.body : "");
        read_step_view(j, &board);
        cJSON_Delete(j);
        free(raw);
    }
    fprintf(stderr, "room_load: %d phones, room %s on port %s, scenario %s, seed %llu\n", n, room_code, server_port,
            scenario, seed);
    long rss_before = proc_rss_kib();
    double t_start = now_ms();

    /* The guests join first, from elsewhere, and say who they are. */
    char guest_lines[MAX_GUESTS][96];
    if (guests) {
        char path[4096], tmp[4200];
        snprintf(path, sizeof path, "%s/join", guests);
        snprintf(tmp, sizeof tmp, "%s.tmp", path);
        FILE *f = fopen(tmp, "w");
        if (!f || fprintf(f, "%s\n", url) < 0 || fclose(f) != 0 || rename(tmp, path) != 0) die("cannot write %s", path);
        snprintf(path, sizeof path, "%s/guests", guests);
        double by = now_ms() + 180000;
        while (!(f = fopen(path, "r")) && now_ms() < by) pump(100);
        if (!f) die("no guests in %s within 180 s", path);
        while (n_guests < MAX_GUESTS && fgets(guest_lines[n_guests], sizeof guest_lines[0], f))
            if (strchr(guest_lines[n_guests], ' ')) n_guests++;
        fclose(f);
        if (n_guests == 0) die("%s names no guests", path);
    }

    /* Everyone joins: half take the suggested name (made unique), roles a third each. */
    n_phones = n + n_guests;
    phones = xcalloc((size_t)n_phones, sizeof *phones);
    int other = role_index("other");
    for (int g = 0; g < n_guests; g++) {
        phone *p = &phones[n + g];
        char *sp = strchr(guest_lines[g], ' '), *nl = strchr(guest_lines[g], '\n');
        if (nl) *nl = 0;
        *sp = 0;
        p->index = n + g;
        p->guest = g + 1;
        p->role = role_index(guest_lines[g]);
        if (p->role < 0) die("guest %d joined as %s, a role the board does not name", g, guest_lines[g]);
        if (p->role == other) others_joined++;
        snprintf(p->pseudonym, sizeof p->pseudonym, "%s", sp + 1);
        names_done++;
        joins_done++;
    }
    for (int i = 0; i < n; i++) {
        phone *p = &phones[i];
        p->index = i;
        p->role = i % 3 == 2 ? other : i % 3 == 0 ? 0 : 1;
        if (p->role == other && other < 2) p->role = 0;
        if (p->role == other) others_joined++;
        if (i % 2 == 0) {
            char path[32];
            snprintf(path, sizeof path, "/%s/name", room_code);
            http_start(K_NAME, p, "GET", path, NULL, NULL, 1);
        } else {
            snprintf(p->pseudonym, sizeof p->pseudonym, "Phone %d \xc3\xa9t\xc3\xa9", i);
            names_done++;
        }
    }
    wait_until(all_named, NULL, 60000, "suggested names");
    for (int i = 0; i < n; i++) {
        char body[256] = "", path[32];
        form_append(body, sizeof body, "pseudonym", phones[i].pseudonym);
        form_append(body, sizeof body, "role", role_ids[phones[i].role]);
        snprintf(path, sizeof path, "/%s/join", room_code);
        http_start(K_JOIN, &phones[i], "POST", path, NULL, body, 0);
        if (n_conns > 200) pump(0);
    }
    if (wait_until(all_joined, NULL, 60000, "every phone to join") != 0 || failures) die("joining failed");
    {
        const char *st = console("status");
        int joined = -1;
        if (sscanf(st, "joined %d", &joined) != 1 && sscanf(st, "ok joined %d", &joined) != 1) joined = -1;
        if (joined != n_phones) fail("the console's status says '%s'; %d joined", st, n_phones);
    }

    /* Every phone long-polls /state; the projector long-polls /board. */
    for (int i = 0; i < n; i++) { /* the guests are after the first n */
        phones[i].polling = 1;
        poll_state(&phones[i]);
    }
    board_polling = 1;
    poll_board();
    long rss_joined = proc_rss_kib();

    long idle_ticks = -1;
    int any_revote = 0;
    int steps = 0;
    double spread = n >= 100 ? 3000 : 1500;
    for (;;) {
        /* The next step on every phone (the first may need the facilitator to have started). */
        int last = n_decisions ? decision_numbers[n_decisions - 1] : 0;
        if (wait_until(phones_see_next, &last, 60000, "the next step on every phone") != 0) break;
        step_view v = phones[0].seen;
        int ended = 1;
        for (int i = 0; i < n; i++)
            if (strcmp(phones[i].seen.stage, "ended") != 0) ended = 0, v = phones[i].seen;
        if (ended) break;
        if (n_decisions == MAX_DECISIONS) die("too many decisions");
        int d = n_decisions;
        decision_numbers[n_decisions++] = v.decision;
        if (rss_joined < 0 || steps == 0) rss_joined = proc_rss_kib();
        if (steps++ == 0) { /* idle: every phone waiting on its long poll, nobody voting */
            long t0 = proc_cpu_ticks();
            double end = now_ms() + 5000;
            while (now_ms() < end) pump((int)(end - now_ms()) + 1);
            long t1 = proc_cpu_ticks();
            idle_ticks = t0 >= 0 && t1 >= 0 ? t1 - t0 : -1;
        }
        int compose = strcmp(v.kind, "compose") == 0;
        if (!compose && (v.n_choices < 1 || v.n_choices > MAX_CHOICES)) die("decision %d shows %d choices", v.decision, v.n_choices);
        vote_round(d, &v, spread);
        check_board_answers(d, 1);
        console_ok("reveal");
        target tg = { v.decision, 1, "revealed" };
        wait_until(phones_see, &tg, 30000, "the reveal on every phone");
        if (n_guests) wait_until(guests_saw, &tg, 180000, "the reveal on the guests' pages");
        int majority = 1;
        if (!compose) check_counts(d, 1, v.n_choices, &majority);
        int second = chance(50);
        if (!compose && n_guests && !any_revote) second = 1; /* a second round, at least once */
        if (!compose && second) {
            any_revote = 1;
            revoted[d] = 1;
            console_ok("revote");
            target t2 = { v.decision, 2, "voting" };
            wait_until(phones_see, &t2, 30000, "round 2 on every phone");
            step_view v2 = v;
            v2.round = 2;
            vote_round(d, &v2, spread);
            check_board_answers(d, 2);
            console_ok("reveal");
            target t3 = { v.decision, 2, "revealed" };
            wait_until(phones_see, &t3, 30000, "round 2's reveal on every phone");
            if (n_guests) wait_until(guests_saw, &t3, 180000, "round 2's reveal on the guests' pages");
            check_counts(d, 2, v.n_choices, &majority);
        }
        char cmd[256];
        if (compose) {
            const sent *s = &phones[0].votes[d];
            snprintf(cmd, sizeof cmd, "decide ");
            for (int c = 0; c < s->n_clauses; c++)
                snprintf(cmd + strlen(cmd), sizeof cmd - strlen(cmd), "%s%d", c ? "+" : "", s->clauses[c]);
        } else
            snprintf(cmd, sizeof cmd, "decide %d", majority);
        room_choice[d] = majority;
        console_ok(cmd);
        /* One phone in ten comes back on a new connection and gets its page with the cookie. */
        int reloads = 0;
        for (int i = 0; i < n; i += 10) {
            char path[32];
            snprintf(path, sizeof path, "/%s/", room_code);
            http_start(K_PAGE, &phones[i], "GET", path, phones[i].token, NULL, 0);
            reloads++;
        }
        int want_pages = pages_done + reloads;
        wait_until(pages_seen, &want_pages, 30000, "the reloaded pages");
        if (failures > 20) break;
    }
    if (!ending_seen) {
        console_read();
        size_t len;
        const char *l;
        while ((l = console_line(console_lines_done, &len))) {
            console_lines_done++;
            if (len >= 7 && strncmp(l, "Ending:", 7) == 0) ending_seen = 1;
        }
    }
    if (!ending_seen) fail("the console printed no Ending line");
    if (guests) { /* the guests see the ending and leave before the room closes */
        char path[4096];
        snprintf(path, sizeof path, "%s/done", guests);
        double by = now_ms() + 180000;
        while (access(path, F_OK) != 0 && now_ms() < by) pump(100);
        if (access(path, F_OK) != 0) fail("the guests did not say they were done within 180 s");
        const char *st = console("status");
        int joined = -1;
        if (sscanf(st, "joined %d", &joined) != 1 && sscanf(st, "ok joined %d", &joined) != 1) joined = -1;
        if (joined != n_phones) fail("at the end the console's status says '%s'; %d joined", st, n_phones);
    }
    board_polling = 0;
    for (int i = 0; i < n; i++) phones[i].polling = 0;
    while (n_conns) conn_drop(conns[0]);
    close(console_in);
    int status = 0;
    double stop_by = now_ms() + 30000;
    while (waitpid(server_pid, &status, WNOHANG) == 0) {
        if (now_ms() > stop_by) {
            fail("casewalk workshop did not exit within 30 s of its input ending");
            kill(server_pid, SIGKILL);
            waitpid(server_pid, &status, 0);
            break;
        }
        pump(50);
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail("casewalk workshop exited with %d", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    if (state_errors) fail("%d /state answers were errors", state_errors);
    if (vote_errors) fail("%d votes were refused", vote_errors);
    check_records(casewalk, records);

    qsort(latencies, (size_t)n_lat, sizeof *latencies, cmp_double);
    double p50 = n_lat ? latencies[(n_lat - 1) / 2] : -1, p99 = n_lat ? latencies[(int)((n_lat - 1) * 0.99)] : -1;
    printf("room_load summary\n"
           "  phones                      %d (", n);
    for (int r = 0; r < n_roles; r++) {
        int c = 0;
        for (int i = 0; i < n; i++) c += phones[i].role == r;
        printf("%s%s %d", r ? ", " : "", role_ids[r], c);
    }
    { int rv = 0; for (int d = 0; d < n_decisions; d++) rv += revoted[d]; printf(")\n  decisions                   %d (%d with a revote)\n", n_decisions, rv); }
    printf("  votes timed                 %d\n", n_lat);
    if (n_guests) printf("  guests                      %d (from elsewhere)\n", n_guests);
    printf("  votes counted               %d (answers on /board at the reveals, each checked)\n", votes_counted);
    printf("  requests sent               %ld\n", requests_sent);
    printf("  records                     %d\n", records_counted);
    printf("  wall time                   %.1f s\n", (now_ms() - t_start) / 1000.0);
    printf("  vote-to-projector latency   p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", p50, p99, n_lat ? latencies[n_lat - 1] : -1);
    printf("  server CPU while idle       %ld ticks in 5 s (%ld ticks/s)\n", idle_ticks, sysconf(_SC_CLK_TCK));
    printf("  memory per participant      %.1f KiB (RSS %ld KiB before joining, %ld KiB with %d joined)\n",
           rss_before > 0 && rss_joined > 0 ? (double)(rss_joined - rss_before) / n : -1.0, rss_before, rss_joined, n);
    printf("  /state answered 429         %d times\n", state_429);
    printf("  result                      %s\n", failures ? "FAILED" : "ok");
    fflush(stdout);
    for (int i = 0; i < n; i++) cJSON_Delete(phones[i].counts);
    free(phones);
    free(pend);
    free(latencies);
    if (!keep && !failures) remove_entry(records);
    else fprintf(stderr, "room_load: records kept in %s\n", records);
    return failures ? 1 : 0;
}
