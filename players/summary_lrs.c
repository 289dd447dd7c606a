/* summary_lrs.c — pages through a learning record store's statements of one scenario (GET
 * /statements with activity=, related_activities=true, ascending=true, since/until and limit,
 * following "more" links) and hands each page to the engine's statement reader; one page is held
 * at a time. Twice: first only "initialized" statements (one per session, to settle on the
 * scenario version most sessions share, as a summary of folders does), then all. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lrs_fetch.h"
#include "show.h"
#include "summary_lrs.h"

#define MORE_BYTES 8192
#define LOOP_MEMORY 4096 /* the last links remembered, to see a store's "more" links go round */
#define MAX_EMPTY_PAGES 10

int summary_lrs_date(const char *text, char *out, size_t size)
{
    static const char date[] = "dddd-dd-dd", time_part[] = "Tdd:dd:dd";
    size_t n = strlen(text);
    for (size_t i = 0; i < sizeof date - 1; i++)
        if (i >= n || (date[i] == 'd' ? !isdigit((unsigned char)text[i]) : text[i] != date[i]))
            return -1;
    if (n == sizeof date - 1) {
        snprintf(out, size, "%sT00:00:00Z", text);
        return 0;
    }
    const char *p = text + sizeof date - 1;
    for (size_t i = 0; i < sizeof time_part - 1; i++)
        if (!p[i] || (time_part[i] == 'd' ? !isdigit((unsigned char)p[i]) : p[i] != time_part[i]))
            return -1;
    p += sizeof time_part - 1;
    if (*p == '.')
        for (p++; isdigit((unsigned char)*p); p++) {
        }
    int zone = strcmp(p, "Z") == 0 ||
               ((*p == '+' || *p == '-') && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
                p[3] == ':' && isdigit((unsigned char)p[4]) && isdigit((unsigned char)p[5]) && !p[6]);
    if (!zone || n >= size)
        return -1;
    snprintf(out, size, "%s", text);
    return 0;
}

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

typedef struct pager {
    const summary_lrs_options *o;
    lrs_conn *conn;
    cw_report_xapi_reader *reader;
    lrs_body body;
    uint64_t seen[LOOP_MEMORY];
    long pages;
} pager;

/* The first page's URL of a pass. */
static char *first_url(pager *p, int first_pass)
{
    char *activity = lrs_escape(p->conn, cw_report_xapi_reader_activity(p->reader));
    char *since = p->o->since ? lrs_escape(p->conn, p->o->since) : NULL;
    char *until = p->o->until ? lrs_escape(p->conn, p->o->until) : NULL;
    char *verb = lrs_escape(p->conn, "http://adlnet.gov/expapi/verbs/initialized");
    size_t n = strlen(lrs_endpoint(p->conn)) + (activity ? strlen(activity) : 0) +
               (since ? strlen(since) : 0) + (until ? strlen(until) : 0) + (verb ? strlen(verb) : 0) + 200;
    char *url = activity && verb && (since || !p->o->since) && (until || !p->o->until) ? malloc(n) : NULL;
    if (url)
        snprintf(url, n, "%s/statements?activity=%s&related_activities=true&ascending=true&limit=%d%s%s%s%s%s%s",
                 lrs_endpoint(p->conn), activity, p->o->page_size, since ? "&since=" : "",
                 since ? since : "", until ? "&until=" : "", until ? until : "",
                 first_pass ? "&verb=" : "", first_pass ? verb : "");
    lrs_free(activity);
    lrs_free(since);
    lrs_free(until);
    lrs_free(verb);
    return url;
}

/* One pass over every page. 0, or -1 after saying why on stderr. */
static int read_pass(pager *p, int first_pass)
{
    char why[1024], more[MORE_BYTES];
    cw_error err = {0};
    char *url = first_url(p, first_pass);
    if (!url) {
        fprintf(stderr, "casewalk summary: out of memory\n");
        return -1;
    }
    memset(p->seen, 0, sizeof p->seen);
    long empty = 0;
    for (long page = 0;; page++) {
        if (page == p->o->max_pages) {
            fprintf(stderr, "casewalk summary: the store gave more than %ld pages; stopped (more "
                            "statements than expected, or its \"more\" links never end)\n",
                    p->o->max_pages);
            break;
        }
        if (lrs_get(p->conn, url, &p->body, why, sizeof why) != 0) {
            show_error("casewalk summary", why);
            break;
        }
        p->pages++;
        long n = cw_report_xapi_reader_page(p->reader, first_pass, p->body.data, p->body.len, more,
                                            sizeof more, &err);
        if (n < 0) {
            char message[1200];
            snprintf(message, sizeof message, "%s: %s", url, err.message);
            show_error("casewalk summary", message);
            break;
        }
        if (!*more) {
            free(url);
            return 0;
        }
        empty = n == 0 ? empty + 1 : 0;
        uint64_t h = fnv1a(more);
        int loop = 0;
        for (int i = 0; i < LOOP_MEMORY && !loop; i++)
            loop = p->seen[i] == h && h != 0;
        if (loop || empty > MAX_EMPTY_PAGES) {
            fprintf(stderr, "casewalk summary: the store's \"more\" links %s; stopped after %ld pages\n",
                    loop ? "lead back to a page already read" : "keep giving empty pages", page + 1);
            break;
        }
        p->seen[page % LOOP_MEMORY] = h;
        free(url);
        if (!(url = lrs_resolve(p->conn, more, why, sizeof why))) {
            show_error("casewalk summary", why);
            return -1;
        }
    }
    free(url);
    return -1;
}

static void say_count(long count, const char *what, const char *first)
{
    if (count > 0)
        fprintf(stderr, "casewalk summary: %ld %s, not used (the first: %s)\n", count, what,
                show_line(first).text);
}

const cw_report_group_view *summary_lrs_run(const summary_lrs_options *o, cw_report_group *g)
{
    char why[1024];
    pager *p = calloc(1, sizeof *p);
    if (!p) {
        fprintf(stderr, "casewalk summary: out of memory\n");
        return NULL;
    }
    p->o = o;
    p->conn = lrs_open(o->endpoint, o->insecure_http, o->auth_file, why, sizeof why);
    if (!p->conn) {
        show_error("casewalk summary", why);
        free(p);
        return NULL;
    }
    p->reader = cw_report_xapi_reader_new(g, o->homepage, o->scenario_id);
    const cw_report_group_view *view = NULL;
    cw_error err = {0};
    if (!p->reader) {
        fprintf(stderr, "casewalk summary: out of memory\n");
    } else if (read_pass(p, 1) == 0) {
        if (cw_report_group_begin(g, &err) != 0) {
            char message[1200];
            snprintf(message, sizeof message, "the store holds no session of \"%s\" %s(%s)", o->scenario_id,
                     o->since || o->until ? "in the time given " : "", err.message);
            show_error("casewalk summary", message);
        } else if (read_pass(p, 0) == 0 && cw_report_xapi_reader_end(p->reader, &err) == 0) {
            const cw_report_xapi_counts *c = cw_report_xapi_reader_counts(p->reader);
            fprintf(stderr, "Read %ld statements of %ld sessions from the store in %ld pages\n",
                    c->statements, c->sessions, p->pages);
            say_count(c->invalid, "statements that are not valid", c->first_invalid);
            say_count(c->foreign, "statements of other verbs", c->first_foreign);
            say_count(c->unknown_version, "statements of a mapping version this casewalk does not read",
                      c->first_unknown_version);
            if (!(view = cw_report_group_finish(g, &err)))
                show_error("casewalk summary", err.message);
        } else if (err.kind != CW_OK) {
            show_error("casewalk summary", err.message);
        }
    }
    cw_report_xapi_reader_free(p->reader);
    lrs_close(p->conn);
    free(p->body.data);
    free(p);
    return view;
}
