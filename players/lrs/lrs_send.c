/* lrs_send.c — sends the statements of session records to a learning record store, in batches,
 * and notes in each records folder's ledger what the LRS accepted, so that the next run sends
 * only what is new (lrs_send.h, docs/xapi.md). The statements come from the engine
 * (cw_xapi_each_statement); this file only batches, posts, retries and keeps the ledger. */
#define _GNU_SOURCE
#include "lrs_send.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "casewalk_report.h"
#include "lrs_auth.h"
#include "lrs_http.h"
#include "lrs_ledger.h"
#include "play_options.h"
#include "show.h"

#define WHO "casewalk xapi"
#define MAX_DELAY_S 8.0

/* A session with statements in the batch waiting for the LRS's answer. */
typedef struct pending_session {
    lrs_ledger *ledger;
    char session[37];
    char *path;       /* the record, for messages */
    long statements;  /* the count the ledger gets once the batch is accepted */
    long seq;         /* the record line of the last of them */
    int ended;
} pending_session;

typedef struct pending_statement {
    size_t offset, len; /* in the batch's body */
    int session;        /* index into the batch's sessions */
    long index, seq;    /* its place among the session's statements (1-based); its record line */
} pending_statement;

typedef struct sender {
    const lrs_send_options *o;
    lrs_http http;
    cw_report_session *session;
    lrs_ledger **ledgers;
    int n_ledgers;
    /* the batch */
    char *body;
    size_t body_len, body_cap;
    pending_statement *statements;
    int n_statements;
    pending_session *sessions;
    int n_sessions;
    /* the record being read */
    lrs_ledger *ledger;
    const char *path;
    long index, skip;
    long record_new;
    /* totals */
    long sent, before, records, to_send;
    int status; /* EXIT_* once something failed; the message is already printed */
} sender;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void pause_s(double seconds)
{
    struct timespec t = {(time_t)seconds, (long)((seconds - (double)(time_t)seconds) * 1e9)};
    while (nanosleep(&t, &t) != 0 && errno == EINTR)
        ;
}

/* ---- ledgers, one per records folder ----------------------------------------------------- */

static lrs_ledger *ledger_for(sender *s, const char *path, cw_error *err)
{
    char *copy = strdup(path), real[PATH_MAX];
    if (!copy) {
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "out of memory");
        return NULL;
    }
    const char *dir = realpath(dirname(copy), real) ? real : NULL;
    free(copy);
    if (!dir) {
        cw_error_set(err, CW_ERR_INPUT, path, 0, "cannot find the record's folder: %s", strerror(errno));
        return NULL;
    }
    for (int i = 0; i < s->n_ledgers; i++)
        if (strcmp(s->ledgers[i]->dir, dir) == 0)
            return s->ledgers[i];
    lrs_ledger **more = realloc(s->ledgers, (size_t)(s->n_ledgers + 1) * sizeof *more);
    lrs_ledger *l = calloc(1, sizeof *l);
    if (more)
        s->ledgers = more;
    if (!more || !l) {
        free(l);
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "out of memory");
        return NULL;
    }
    if (lrs_ledger_load(l, dir, s->o->endpoint, err) != 0) {
        lrs_ledger_free(l);
        free(l);
        return NULL;
    }
    s->ledgers[s->n_ledgers++] = l;
    return l;
}

/* ---- the batch ------------------------------------------------------------------------------ */

static void batch_clear(sender *s)
{
    for (int i = 0; i < s->n_sessions; i++)
        free(s->sessions[i].path);
    s->n_sessions = 0;
    s->n_statements = 0;
    s->body_len = 0;
}

static int body_add(sender *s, const char *text, size_t len)
{
    if (s->body_len + len + 2 > s->body_cap) {
        size_t cap = (s->body_len + len + 2) * 2;
        char *more = realloc(s->body, cap);
        if (!more)
            return -1;
        s->body = more;
        s->body_cap = cap;
    }
    memcpy(s->body + s->body_len, text, len);
    s->body_len += len;
    s->body[s->body_len] = '\0';
    return 0;
}

/* Notes in the ledger that the LRS accepted the session's statements up to statements. */
static int note_accepted(sender *s, const pending_session *p, long statements, long seq, int ended)
{
    cw_error err = {0};
    if (lrs_ledger_record(p->ledger, p->session, statements, seq, ended, &err) == 0)
        return 0;
    show_error(WHO, err.message);
    s->status = EXIT_INPUT;
    return -1;
}

static const char *answer_text(const lrs_answer *a)
{
    return *a->body ? a->body : "(the LRS said nothing more)";
}

/* POSTs body, again after a pause (doubling up to MAX_DELAY_S) while the LRS answers 5xx, 408 or
 * 429 or no answer comes, up to o->tries requests. Fills answer with the last one. */
static void post(sender *s, const char *body, size_t len, lrs_answer *answer)
{
    double delay = 0.5;
    for (int attempt = 1;; attempt++) {
        lrs_http_post(&s->http, body, len, answer);
        long st = answer->status;
        int again = (st == 0 && !answer->lasting) || st >= 500 || st == 408 || st == 429;
        if (!again || attempt >= s->o->tries)
            return;
        char http[32];
        snprintf(http, sizeof http, "HTTP %ld", st);
        fprintf(stderr, "%s: %s: %s (try %d of %d); trying again in %.1f s\n", WHO, show_line(s->o->endpoint).text,
                show_line(st ? http : answer->body).text, attempt, s->o->tries, delay);
        pause_s(delay);
        delay = delay * 2 > MAX_DELAY_S ? MAX_DELAY_S : delay * 2;
    }
}

static int accepted(const lrs_answer *a)
{
    return a->status >= 200 && a->status < 300;
}

/* Says why the LRS did not take a request and stops the run. */
static void report_failure(sender *s, const lrs_answer *a, const pending_statement *culprit)
{
    const char *endpoint = show_line(s->o->endpoint).text;
    if (a->status == 0)
        fprintf(stderr, "%s: %s: no answer after %d tries: %s\n", WHO, endpoint, s->o->tries,
                show_line(a->body).text);
    else if (a->status >= 500 || a->status == 408 || a->status == 429)
        fprintf(stderr, "%s: %s: still HTTP %ld after %d tries: %s\n", WHO, endpoint, a->status, s->o->tries,
                show_line(answer_text(a)).text);
    else if (a->status == 401 || a->status == 403)
        fprintf(stderr, "%s: %s refused the credentials (HTTP %ld): %s\n", WHO, endpoint, a->status,
                show_line(answer_text(a)).text);
    else if (a->status < 400)
        fprintf(stderr, "%s: %s answered HTTP %ld (a redirect?); give the LRS's xAPI endpoint itself\n", WHO,
                endpoint, a->status);
    else
        fprintf(stderr, "%s: %s refused a statement (HTTP %ld): %s\n", WHO, endpoint, a->status,
                show_line(answer_text(a)).text);
    if (culprit) {
        const pending_session *p = &s->sessions[culprit->session];
        char *text = strndup(s->body + culprit->offset, culprit->len);
        fprintf(stderr, "%s: %s:%ld: the statement it refused: %s\n", WHO, show_line(p->path).text,
                culprit->seq + 1, text ? show_line(text).text : "(out of memory)");
        free(text);
    }
    if (s->sent > 0 || a->status == 0 || a->status >= 500)
        fprintf(stderr, "%s: what the LRS accepted is in the ledger; the same command goes on from there\n", WHO);
    s->status = EXIT_INPUT;
}

/* After a 4xx to a batch: the statements one by one, to find the one the LRS refuses (those
 * before it are accepted and noted) and show it with the LRS's message. */
static int find_refused(sender *s)
{
    lrs_answer a;
    for (int i = 0; i < s->n_statements; i++) {
        const pending_statement *st = &s->statements[i];
        char *one = malloc(st->len + 3);
        if (!one) {
            fprintf(stderr, "%s: out of memory\n", WHO);
            s->status = EXIT_INPUT;
            return -1;
        }
        one[0] = '[';
        memcpy(one + 1, s->body + st->offset, st->len);
        strcpy(one + 1 + st->len, "]");
        post(s, one, st->len + 2, &a);
        free(one);
        if (!accepted(&a)) {
            report_failure(s, &a, a.status >= 400 && a.status < 500 ? st : NULL);
            return -1;
        }
        s->sent++;
        const pending_session *p = &s->sessions[st->session];
        int last_of_session = i + 1 == s->n_statements || s->statements[i + 1].session != st->session;
        if (note_accepted(s, p, st->index, st->seq, last_of_session && p->ended) != 0)
            return -1;
    }
    return 0;
}

static int flush(sender *s)
{
    if (s->n_statements == 0)
        return 0;
    s->body[0] = '[';
    if (body_add(s, "]", 1) != 0) {
        fprintf(stderr, "%s: out of memory\n", WHO);
        s->status = EXIT_INPUT;
        return -1;
    }
    lrs_answer a;
    post(s, s->body, s->body_len, &a);
    int rc = 0;
    if (accepted(&a)) {
        s->sent += s->n_statements;
        for (int i = 0; i < s->n_sessions && rc == 0; i++) {
            const pending_session *p = &s->sessions[i];
            rc = note_accepted(s, p, p->statements, p->seq, p->ended);
        }
    } else if (a.status >= 400 && a.status < 500 && a.status != 401 && a.status != 403 && s->n_statements > 1) {
        rc = find_refused(s);
        if (rc == 0) { /* one by one, all went in: the batch was too big for the LRS */
            fprintf(stderr, "%s: the LRS refused a batch (HTTP %ld) but took its statements one by one; a "
                            "smaller --batch may suit it\n", WHO, a.status);
        }
    } else {
        report_failure(s, &a, a.status >= 400 && a.status < 500 && a.status != 401 && a.status != 403
                                  ? &s->statements[0] : NULL);
        rc = -1;
    }
    batch_clear(s);
    return rc;
}

/* ---- statements of one record ----------------------------------------------------------------- */

static int take_statement(void *ud, long seq, const char *json)
{
    sender *s = ud;
    long index = ++s->index;
    if (index <= s->skip)
        return 0;
    s->record_new++;
    if (s->o->dry_run)
        return 0;
    if (s->n_statements == s->o->batch && flush(s) != 0)
        return -1;
    if (s->n_statements == 0 && body_add(s, "[", 1) != 0)
        return -1;
    pending_session *p = s->n_sessions ? &s->sessions[s->n_sessions - 1] : NULL;
    if (!p || p->ledger != s->ledger || strcmp(p->session, s->session->session_id) != 0) {
        pending_session *more = realloc(s->sessions, (size_t)(s->n_sessions + 1) * sizeof *more);
        if (!more)
            return -1;
        s->sessions = more;
        p = &s->sessions[s->n_sessions];
        memset(p, 0, sizeof *p);
        p->ledger = s->ledger;
        snprintf(p->session, sizeof p->session, "%s", s->session->session_id);
        if (!(p->path = strdup(s->path)))
            return -1;
        s->n_sessions++;
    }
    p->statements = index;
    p->seq = seq;
    pending_statement *more = realloc(s->statements, (size_t)(s->n_statements + 1) * sizeof *more);
    if (!more)
        return -1;
    s->statements = more;
    size_t len = strlen(json);
    if (s->n_statements > 0 && body_add(s, ",", 1) != 0)
        return -1;
    s->statements[s->n_statements++] = (pending_statement){s->body_len, len, s->n_sessions - 1, index, seq};
    return body_add(s, json, len);
}

/* A record stops growing once it reached an ending or a pause (until it is resumed). */
static int record_stopped(const cw_report_session *r)
{
    return r->ending || (r->n_events > 0 && r->events[r->n_events - 1].kind == CW_EVENT_PAUSED);
}

static int send_record(void *ud, const char *path, cw_error *err)
{
    sender *s = ud;
    if (cw_report_session_load(s->session, path, err) != 0)
        return -1;
    if (s->session->torn_line)
        fprintf(stderr, "%s: %s:%d: the last line is torn: %s; the lines before it are sent\n", WHO,
                show_line(path).text, s->session->torn_line, show_line(s->session->torn_why).text);
    if (!(s->ledger = ledger_for(s, path, err)))
        return -1;
    s->path = path;
    s->index = 0;
    s->record_new = 0;
    s->skip = s->o->resend ? 0 : lrs_ledger_sent(s->ledger, s->session->session_id);
    if (cw_xapi_each_statement(s->session, s->o->homepage, take_statement, s) != 0) {
        if (s->status == EXIT_ENDING)
            cw_error_set(err, CW_ERR_SYSTEM, path, 0, "out of memory");
        return -1;
    }
    if (s->n_sessions > 0 && s->sessions[s->n_sessions - 1].ledger == s->ledger &&
        strcmp(s->sessions[s->n_sessions - 1].session, s->session->session_id) == 0)
        s->sessions[s->n_sessions - 1].ended = record_stopped(s->session);
    long before = s->index - s->record_new;
    if (s->o->dry_run)
        printf("%s: %ld statements to send, %ld sent before\n", show_line(path).text, s->record_new, before);
    s->to_send += s->record_new;
    s->before += before;
    s->records++;
    return 0;
}

int lrs_send(const char *const *paths, int n_paths, const lrs_send_options *o)
{
    sender s;
    memset(&s, 0, sizeof s);
    s.o = o;
    s.status = EXIT_ENDING;
    cw_error err = {0};
    if (!o->dry_run) {
        char *credentials = lrs_auth_read(o->auth_file, &err);
        if (!credentials) {
            show_error(WHO, err.message);
            return EXIT_INPUT;
        }
        int rc = lrs_http_open(&s.http, o->endpoint, credentials, o->timeout_s, &err);
        lrs_auth_free(credentials);
        if (rc != 0) {
            show_error(WHO, err.message);
            return EXIT_INPUT;
        }
    }
    s.session = cw_report_session_new();
    double started = now_s();
    if (!s.session) {
        fprintf(stderr, "%s: out of memory\n", WHO);
        s.status = EXIT_INPUT;
    } else if (cw_report_each_record(paths, n_paths, 1, send_record, &s, NULL, &err) != 0) {
        if (s.status == EXIT_ENDING) {
            show_error(WHO, err.message);
            s.status = EXIT_INPUT;
        }
    } else if (!o->dry_run) {
        flush(&s);
    }
    double took = now_s() - started;
    if (o->dry_run && s.status == EXIT_ENDING)
        printf("%ld statements from %ld records would be sent to %s; %ld were sent before\n", s.to_send, s.records,
               show_line(o->endpoint).text, s.before);
    else if (s.status == EXIT_ENDING)
        fprintf(stderr, "%ld statements from %ld records sent to %s in %.2f s (%.0f a second); %ld sent before\n",
                s.sent, s.records, show_line(o->endpoint).text, took, took > 0 ? (double)s.sent / took : 0.0,
                s.before);
    batch_clear(&s);
    free(s.body);
    free(s.statements);
    free(s.sessions);
    for (int i = 0; i < s.n_ledgers; i++) {
        lrs_ledger_free(s.ledgers[i]);
        free(s.ledgers[i]);
    }
    free(s.ledgers);
    cw_report_session_free(s.session);
    if (!o->dry_run)
        lrs_http_close(&s.http);
    return s.status;
}
