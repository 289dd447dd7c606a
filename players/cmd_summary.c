/* cmd_summary.c — `casewalk summary RECORDS_OR_FOLDERS... [--html FILE] [--json FILE]
 * [--min-group N] [--scenario FILE]`: a facilitator's summary of many sessions; with --watch,
 * the live summary in the window (players/window/watch_app.c); with --lrs, from the statements a
 * learning record store holds (summary_lrs.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "casewalk_report.h"
#include "commands.h"
#include "play_options.h"
#include "progress.h"
#include "show.h"
#include "text/wrap.h"
#include "summary_lrs.h"
#ifdef CASEWALK_HAVE_WINDOW
#include "window/watch_app.h"
#include "window/window.h"
#endif

static void print_help(void)
{
    printf("Usage: casewalk summary RECORDS_OR_FOLDERS... [OPTIONS]\n\n"
           "Summarizes many sessions of one scenario: for each decision, the choices split by role\n"
           "(CPS and DV side by side) with the recommended choice marked, how many answered and the\n"
           "median time to decide; the decisions where CPS and DV chose most differently, each with\n"
           "its discussion prompt; the endings reached; and the group's paths. Folders are searched,\n"
           "subfolders too, for .jsonl records; links in them are not followed. A session found in\n"
           "several records (a copy, or a mid-session copy beside the finished file) is counted once,\n"
           "from its most complete copy, and the other copies are listed.\n\n"
           "Options:\n"
           "  --html FILE       write the summary as one self-contained, printable HTML page\n"
           "  --json FILE       write it as JSON ('-' for standard output)\n"
           "  --csv FILE        write one row per decision, choice and role, as CSV\n"
           "  --csv-sessions FILE  write one row per session and decision, as CSV\n"
           "                    (with any of these, the text is not printed: a line says where each\n"
           "                    file went)\n"
           "  --min-group N     break a role group out only when it has at least N members (default %d)\n"
           "  --scenario FILE   summarize this scenario file's records (default: the scenario,\n"
           "                    version and file most of the records share)\n"
           "  --workshop ID     one room's workshop: its participants' own records, split by their\n"
           "                    discipline (ID: the workshop's session UUID, or at least its first 8\n"
           "                    hex digits); other records are passed over\n\n"
           "Live, in the window:\n"
           "  --watch           show the summary in the window and refresh it as records arrive\n"
           "                    (the folder is checked every 2 s): per decision \"answered N of M\",\n"
           "                    the results hidden until revealed (R the selected decision, A all)\n"
           "  --expect M        M of \"answered N of M\": the trainees expected (default: the\n"
           "                    records found so far)\n"
           "  --reveal          start with every decision's results shown\n"
           "  --screenshot FILE save the window as a BMP file and close, once M records are in\n"
           "                    (waiting at most 20 s), and print the counts shown\n\n"
           "From a learning record store (instead of records):\n"
           "  casewalk summary --lrs ENDPOINT --scenario ID [--since DATE] [--until DATE]\n"
           "  --lrs ENDPOINT    the store's xAPI base URL (https://; http:// only to this machine)\n"
           "  --scenario ID     the scenario's id (or its file: then only that version is summarized)\n"
           "  --since, --until  statements stored since / until DATE (2026-11-01 or\n"
           "                    2026-11-01T08:00:00Z); a session cut by them is set aside\n"
           "  --auth-file FILE  the store's credentials: one line KEY:SECRET, mode 600 (or set\n"
           "                    CASEWALK_LRS_AUTH); never on the command line\n"
           "  --homepage URL    the home page the statements were exported with (default %s)\n"
           "  --page-size N     statements per page asked of the store (default 500)\n"
           "  --insecure-http   allow plain http:// to another machine\n\n"
           "Records of another scenario or version, torn or malformed ones are listed with the\n"
           "reason, never mixed in; the good lines of a record with a torn last line are used.\n"
           "Trainees appear only as pseudonyms, and the summary names none of them.\n\n"
           "Exit status: 0 done (even with records set aside: they are listed); 1 no usable record,\n"
           "or a path that cannot be read; 2 bad usage.\n",
           CW_REPORT_DEFAULT_MIN_GROUP, CW_XAPI_DEFAULT_HOMEPAGE);
}

typedef struct summary_run {
    cw_report_group *group;
    progress_bar progress;
    long done, total;
    cw_report_skipped skipped;
    long reported; /* records whose notes the one pass showed already */
} summary_run;

static int scan_one(void *ud, const char *path, cw_error *err)
{
    summary_run *run = ud;
    (void)err;
    cw_report_group_scan(run->group, path);
    progress_show(&run->progress, "Reading headers", ++run->total, 0);
    return 0;
}

/* Both passes in one (cw_report_group_read), or the second (cw_report_group_add). */
static int add_one(void *ud, const char *path, cw_error *err)
{
    summary_run *run = ud;
    int once = run->reported < 0;
    int rc = once ? cw_report_group_read(run->group, path, err) : cw_report_group_add(run->group, path, err);
    run->done++;
    if (rc < 0)
        return -1;
    if (err->kind != CW_OK && run->done > run->reported) { /* set aside, or partly used: say so as it happens */
        progress_end(&run->progress);
        fprintf(stderr, "casewalk summary: %s %s\n", rc == 0 ? "set aside" : "partly used",
                show_line(err->message).text);
    }
    progress_show(&run->progress, "Summarizing", run->done,
                            run->total > run->done ? run->total : run->done);
    return 0;
}

/* The records in one pass; in two when the group needs them after all (cw_report_group_read_done). */
static const cw_report_group_view *summary_once(summary_run *run, const char **paths, int n_paths, cw_error *err)
{
    run->reported = -1;
    if (cw_report_each_record(paths, n_paths, 0, add_one, run, &run->skipped, err) != 0)
        return NULL;
    int rc = cw_report_group_read_done(run->group, &run->reported, err);
    if (rc < 0)
        return NULL;
    if (rc == 0) {
        run->total = run->done;
        run->done = 0;
        if (cw_report_each_record(paths, n_paths, 0, add_one, run, NULL, err) != 0)
            return NULL;
    }
    return cw_report_group_finish(run->group, err);
}

static int write_file(const cw_report_group *g, const char *path,
                      int (*write)(const cw_report_group *, FILE *), const char *what)
{
    cw_report_output o;
    cw_error err = {0};
    if (cw_report_output_open(&o, path, &err) != 0) {
        show_error("casewalk summary", err.message);
        return -1;
    }
    if (write(g, o.file) != 0) {
        cw_report_output_abort(&o);
        fprintf(stderr, "casewalk summary: %s: the %s could not be written\n", show_line(path).text, what);
        return -1;
    }
    if (cw_report_output_commit(&o, &err) != 0) {
        show_error("casewalk summary", err.message);
        return -1;
    }
    if (strcmp(path, "-") != 0)
        printf("Summary %s written to %s\n", what, show_line(path).text);
    return 0;
}

/* --watch: checks its options, then hands over to the window. */
static int watch_summary(const char **paths, int n_paths, const cw_report_group_options *options, int watch,
                         const char *expect_text, int reveal, const char *screenshot, const char *html,
                         const char *json)
{
    if (!watch)
        return usage_error("summary", "--expect, --reveal and --screenshot go with --watch");
    if (html || json)
        return usage_error("summary", "--watch shows the summary in the window: leave out --html and --json");
    long expect = 0;
    if (expect_text) {
        char *end;
        expect = strtol(expect_text, &end, 10);
        if (*end || end == expect_text || expect < 1 || expect > 100000)
            return usage_error("summary", "--expect takes a whole number from 1 to 100000");
    }
#ifdef CASEWALK_HAVE_WINDOW
    const char *why = NULL;
    if (!window_available(&why)) {
        fprintf(stderr, "casewalk summary: --watch needs a screen, and there is none here (%s).\n"
                        "Without --watch, the summary is printed here.\n",
                show_line(why ? why : "no display").text);
        return EXIT_INPUT;
    }
    watch_options o = {paths, n_paths, *options, (int)expect, reveal, screenshot};
    return watch_run(&o);
#else
    (void)paths;
    (void)n_paths;
    (void)options;
    (void)reveal;
    (void)screenshot;
    fprintf(stderr, "casewalk summary: this build has no window, and --watch needs one.\n");
    return EXIT_INPUT;
#endif
}

/* --lrs and its options: checks them; the scenario named by id, or by its file (that version
 * alone, as --scenario FILE does for records). EXIT_ENDING when they are good. */
static int lrs_usage(summary_lrs_options *lrs, int n_paths, int watching, const char *page_text, char *since,
                     char *until, cw_report_group_options *options, char **scenario_id)
{
    if (!lrs->endpoint)
        return usage_error("summary", "--since, --until, --auth-file, --homepage, --page-size and "
                                      "--insecure-http go with --lrs");
    if (n_paths > 0 || watching)
        return usage_error("summary", "--lrs reads the store: leave out record folders and --watch");
    if (!options->scenario_path)
        return usage_error("summary", "--lrs needs --scenario ID: the scenario to summarize");
    if (lrs->since && summary_lrs_date(lrs->since, since, 64) != 0)
        return usage_error("summary", "--since takes a date such as 2026-11-01 or 2026-11-01T08:00:00Z");
    if (lrs->until && summary_lrs_date(lrs->until, until, 64) != 0)
        return usage_error("summary", "--until takes a date such as 2026-11-30 or 2026-11-30T18:00:00Z");
    lrs->since = lrs->since ? since : NULL;
    lrs->until = lrs->until ? until : NULL;
    if (!cw_xapi_homepage_ok(lrs->homepage))
        return usage_error("summary", "--homepage takes an http(s) URL without spaces, quotes or a fragment");
    if (page_text) {
        char *end;
        long v = strtol(page_text, &end, 10);
        if (*end || end == page_text || v < 1 || v > 10000)
            return usage_error("summary", "--page-size takes a whole number from 1 to 10000");
        lrs->page_size = (int)v;
    }
    const char *name = options->scenario_path;
    size_t n = strlen(name), plain = strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");
    if (n > 0 && n <= 128 && plain == n) { /* an id: the version most sessions share */
        options->scenario_path = NULL;
        *scenario_id = strdup(name);
    } else { /* a file: its id, and only its version */
        cw_error err = {0};
        char *path = cw_scenario_find(name, &err);
        cw_scenario *scenario = path ? cw_scenario_load(path, &err) : NULL;
        free(path);
        if (!scenario) {
            show_error("casewalk summary", err.message);
            return EXIT_INPUT;
        }
        *scenario_id = strdup(cw_scenario_info_get(scenario)->id);
        cw_scenario_free(scenario);
    }
    if (!*scenario_id)
        return EXIT_INPUT;
    lrs->scenario_id = *scenario_id;
    return EXIT_ENDING;
}

int cmd_summary(int argc, char **argv)
{
    const char *html = NULL, *json = NULL, *min_text = NULL, *csv = NULL, *csv_sessions = NULL;
    const char *expect_text = NULL, *screenshot = NULL;
    int watch = 0, reveal = 0;
    summary_lrs_options lrs = {NULL, NULL, CW_XAPI_DEFAULT_HOMEPAGE, NULL, NULL, NULL, 0, 500, 1000000};
    const char *page_text = NULL, *homepage = NULL;
    cw_report_group_options options = {0};
    const option_spec specs[] = {
        {"html", &html, NULL},           {"json", &json, NULL},           {"min-group", &min_text, NULL},
        {"scenario", &options.scenario_path, NULL}, {"watch", NULL, &watch}, {"reveal", NULL, &reveal},
        {"expect", &expect_text, NULL},  {"screenshot", &screenshot, NULL}, {"lrs", &lrs.endpoint, NULL},
        {"since", &lrs.since, NULL},     {"until", &lrs.until, NULL},     {"auth-file", &lrs.auth_file, NULL},
        {"homepage", &homepage, NULL},   {"page-size", &page_text, NULL},
        {"insecure-http", NULL, &lrs.insecure_http}, {"workshop", &options.workshop, NULL}, {"csv", &csv, NULL},
        {"csv-sessions", &csv_sessions, NULL}, {NULL, NULL, NULL}};
    const char **paths;
    int n_paths, parsed = parse_options("summary", argc, argv, specs, print_help, &paths, &n_paths);
    if (parsed != OPTIONS_GO)
        return parsed;
    if (min_text) {
        char *end;
        long v = strtol(min_text, &end, 10);
        if (*end || end == min_text || v < 1 || v > 1000) {
            free(paths);
            return usage_error("summary", "--min-group takes a whole number from 1 to 1000");
        }
        options.min_group = (int)v;
    }
    char since[64], until[64], *scenario_id = NULL;
    if (homepage)
        lrs.homepage = homepage;
    if (options.workshop && lrs.endpoint) {
        free(paths);
        return usage_error("summary", "--workshop reads a room's record files: leave out --lrs");
    }
    if (lrs.endpoint || lrs.since || lrs.until || lrs.auth_file || page_text || lrs.insecure_http || homepage) {
        int status = lrs_usage(&lrs, n_paths, watch || expect_text || reveal || screenshot, page_text,
                               since, until, &options, &scenario_id);
        if (status != EXIT_ENDING) {
            free(paths);
            return status;
        }
    }
    if (n_paths == 0 && !lrs.endpoint) {
        free(paths);
        return usage_error("summary", "which records? Give record files or folders of them");
    }
    if (watch || expect_text || reveal || screenshot) {
        int status = watch_summary(paths, n_paths, &options, watch, expect_text, reveal, screenshot, html, json);
        free(paths);
        return status;
    }

    /* the sessions CSV is written as sessions are read: opened first, kept only if all went well */
    cw_report_output sessions_out = {0};
    cw_error err = {0};
    if (csv_sessions) {
        if ((watch || expect_text || reveal || screenshot) ||
            cw_report_output_open(&sessions_out, csv_sessions, &err) != 0) {
            if (err.kind != CW_OK)
                show_error("casewalk summary", err.message);
            free(paths);
            return err.kind != CW_OK ? EXIT_INPUT : usage_error("summary", "--csv-sessions does not go with --watch");
        }
        options.sessions_csv = sessions_out.file;
    }
    summary_run run = {cw_report_group_new(&options), {0}, 0, 0, {0, 0, 0}, 0};
    int status = EXIT_INPUT;
    if (!run.group) {
        fprintf(stderr, "casewalk summary: out of memory\n");
        free(paths);
        return EXIT_INPUT;
    }
    progress_start(&run.progress, stderr);
    const cw_report_group_view *view = NULL;
    if (lrs.endpoint)
        view = summary_lrs_run(&lrs, run.group);
    else if (!options.workshop && !csv_sessions) /* each record read once, as a rule */
        view = summary_once(&run, paths, n_paths, &err);
    else if (cw_report_each_record(paths, n_paths, 0, scan_one, &run, &run.skipped, &err) == 0 &&
        cw_report_group_begin(run.group, &err) == 0 &&
        cw_report_each_record(paths, n_paths, 0, add_one, &run, NULL, &err) == 0)
        view = cw_report_group_finish(run.group, &err);
    progress_end(&run.progress);
    char skipped[200];
    if (cw_report_skipped_describe(&run.skipped, skipped, sizeof skipped))
        fprintf(stderr, "casewalk summary: passed over in the folders: %s\n", skipped);
    if (!view) {
        if (!lrs.endpoint) /* the store's reading says why itself */
            show_error("casewalk summary", err.message);
    } else if (view->included == 0) {
        fprintf(stderr, "casewalk summary: none of the %ld records could be used (see the reasons "
                        "above)\n", view->files);
    } else {
        status = EXIT_ENDING;
        /* the text only when no file was asked for: a page or JSON is said where it went */
        if (!html && !json && !csv && !csv_sessions)
            cw_report_group_write_text(run.group, stdout, report_width());
        if (csv && write_file(run.group, csv, cw_report_group_write_csv, "CSV") != 0)
            status = EXIT_INPUT;
        if (csv_sessions) {
            if (cw_report_output_commit(&sessions_out, &err) != 0) {
                show_error("casewalk summary", err.message);
                status = EXIT_INPUT;
            } else if (strcmp(csv_sessions, "-") != 0) {
                printf("Sessions CSV written to %s\n", show_line(csv_sessions).text);
            }
            csv_sessions = NULL;
        }
        if (html && write_file(run.group, html, cw_report_group_write_html, "page") != 0)
            status = EXIT_INPUT;
        if (json && write_file(run.group, json, cw_report_group_write_json, "JSON") != 0)
            status = EXIT_INPUT;
        if (fflush(stdout) != 0)
            status = EXIT_INPUT;
    }
    if (csv_sessions) /* not committed: the run failed */
        cw_report_output_abort(&sessions_out);
    cw_report_group_free(run.group);
    free(scenario_id);
    free(paths);
    return status;
}
