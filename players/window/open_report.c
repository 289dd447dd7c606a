/* open_report.c — writing a debrief or summary page for the browser. The page goes to
 * $XDG_RUNTIME_DIR/casewalk-pages (a per-user folder the system empties at logout), else to a
 * fresh private folder under $TMPDIR; SDL_OpenURL hands it to the browser, and where there is none
 * the message says where the page is. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SDL2/SDL.h>

#include "casewalk_report.h"
#include "open_report.h"

/* A folder only this user can read, made once per run. */
static const char *pages_folder(void)
{
    static char folder[900];
    if (folder[0])
        return folder;
    const char *runtime = getenv("XDG_RUNTIME_DIR");
    struct stat st;
    if (runtime && runtime[0] == '/' && stat(runtime, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid()
        && (st.st_mode & 0077) == 0) {
        snprintf(folder, sizeof folder, "%s/casewalk-pages", runtime);
        cw_error err = { 0 };
        /* made by the one private-folder helper; then it must be ours, and not a link */
        if (cw_private_dir(folder, "pages folder", &err) == 0 && lstat(folder, &st) == 0 && S_ISDIR(st.st_mode)
            && st.st_uid == geteuid())
            return folder;
    }
    const char *tmp = getenv("TMPDIR");
    snprintf(folder, sizeof folder, "%s/casewalk-pages-XXXXXX", tmp && tmp[0] == '/' ? tmp : "/tmp");
    if (!mkdtemp(folder)) {
        folder[0] = '\0';
        return NULL;
    }
    return folder;
}

/* SDL hands the page to xdg-open and does not wait for it, so "opened" can only mean that it was
 * handed over: the message says where the page is either way. */
static int have_xdg_open(void)
{
    const char *path = getenv("PATH");
    char candidate[1200];
    for (const char *p = path ? path : ""; *p;) {
        size_t len = strcspn(p, ":");
        snprintf(candidate, sizeof candidate, "%.*s/xdg-open", (int)len, p);
        if (len > 0 && access(candidate, X_OK) == 0)
            return 1;
        p += len + (p[len] == ':');
    }
    return 0;
}

static void hand_to_browser(report_opened *out, const char *what)
{
    char url[1100];
    snprintf(url, sizeof url, "file://%s", out->path);
    out->opened = have_xdg_open() && SDL_OpenURL(url) == 0;
    if (out->opened)
        snprintf(out->message, sizeof out->message,
                 "%.60s is opening in your browser. If none opens, open this file in a browser: %.1000s", what,
                 out->path);
    else
        snprintf(out->message, sizeof out->message,
                 "No browser could be started. %.60s is at %.1000s \xE2\x80\x94 open that file in a browser to read or print it.",
                 what, out->path);
}

/* Picks the page's path: NAME-N.html, a new number each time so an open page is never rewritten. */
static int page_path(report_opened *out, const char *name)
{
    static int pages;
    const char *folder = pages_folder();
    if (!folder) {
        snprintf(out->message, sizeof out->message, "No private folder for the page could be made: %s", strerror(errno));
        return -1;
    }
    snprintf(out->path, sizeof out->path, "%s/%s-%d-%d.html", folder, name, (int)getpid(), ++pages);
    return 0;
}

typedef int (*page_writer)(const void *report, FILE *out);

static int write_page(report_opened *out, page_writer write, const void *report)
{
    cw_report_output o;
    cw_error err = { 0 };
    if (cw_report_output_open(&o, out->path, &err) != 0) {
        snprintf(out->message, sizeof out->message, "The page could not be written: %.1100s", err.message);
        return -1;
    }
    if (write(report, o.file) != 0 || cw_report_output_commit(&o, &err) != 0) {
        if (o.file)
            cw_report_output_abort(&o);
        snprintf(out->message, sizeof out->message, "The page could not be written: %.1100s",
                 err.kind ? err.message : "write failed");
        return -1;
    }
    out->written = 1;
    return 0;
}

static int debrief_writer(const void *report, FILE *out)
{
    return cw_report_debrief_write_html(report, out);
}

static int summary_writer(const void *report, FILE *out)
{
    return cw_report_group_write_html(report, out);
}

void open_debrief(const char *record_path, const char *scenario_path, report_opened *out)
{
    memset(out, 0, sizeof *out);
    cw_error err = { 0 };
    cw_report_session *s = cw_report_session_new();
    if (!s || cw_report_session_load(s, record_path, &err) != 0) {
        snprintf(out->message, sizeof out->message, "The record could not be read: %.1100s", s ? err.message : "out of memory");
        cw_report_session_free(s);
        return;
    }
    int same_file = 0;
    cw_error scenario_err = { 0 };
    cw_scenario *scenario = cw_report_scenario_for(s, scenario_path, &same_file, &scenario_err);
    cw_report_debrief *d = cw_report_debrief_new(s, scenario, &err); /* without the case: ratings only */
    if (!d)
        snprintf(out->message, sizeof out->message, "The debrief could not be made: %.1100s", err.message);
    else if (page_path(out, "debrief") == 0 && write_page(out, debrief_writer, d) == 0)
        hand_to_browser(out, "Your debrief");
    cw_report_debrief_free(d);
    cw_scenario_free(scenario);
    cw_report_session_free(s);
}

typedef struct group_pass {
    cw_report_group *g;
    int second;
    long used;
} group_pass;

static int add_record(void *ud, const char *path, cw_error *err)
{
    group_pass *p = ud;
    if (!p->second) {
        cw_report_group_scan(p->g, path);
        return 0;
    }
    int rc = cw_report_group_add(p->g, path, err);
    if (rc < 0)
        return -1;
    p->used += rc;
    return 0;
}

void open_summary(const char *folder, report_opened *out)
{
    memset(out, 0, sizeof *out);
    cw_error err = { 0 };
    cw_report_group_options options = { 0 };
    group_pass pass = { cw_report_group_new(&options), 0, 0 };
    const char *paths[1] = { folder };
    if (!pass.g) {
        snprintf(out->message, sizeof out->message, "Out of memory.");
        return;
    }
    if (cw_report_each_record(paths, 1, 1, add_record, &pass, NULL, &err) != 0
        || cw_report_group_begin(pass.g, &err) != 0
        || (pass.second = 1, cw_report_each_record(paths, 1, 1, add_record, &pass, NULL, &err)) != 0
        || !cw_report_group_finish(pass.g, &err)) {
        snprintf(out->message, sizeof out->message, "No summary: %.1100s", err.message[0] ? err.message : "no records");
    } else if (page_path(out, "summary") == 0 && write_page(out, summary_writer, pass.g) == 0) {
        hand_to_browser(out, "The summary");
    }
    cw_report_group_free(pass.g);
}

static int count_one(void *ud, const char *path, cw_error *err)
{
    (void)path, (void)err;
    (*(long *)ud)++;
    return 0;
}

long count_records(const char *folder)
{
    long n = 0;
    cw_error err = { 0 };
    const char *paths[1] = { folder };
    return cw_report_each_record(paths, 1, 0, count_one, &n, NULL, &err) == 0 ? n : -1;
}
