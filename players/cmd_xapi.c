/* cmd_xapi.c — `casewalk xapi RECORDS... [--out FILE] [--homepage URL]`: session records as
 * xAPI 1.0.3 statements for a learning record store. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "casewalk_report.h"
#include "commands.h"
#include "play_options.h"
#include "show.h"

static void print_help(void)
{
    printf("Usage: casewalk xapi RECORDS_OR_FOLDERS... [--out FILE] [--homepage URL]\n\n"
           "Writes the sessions as a JSON array of xAPI 1.0.3 statements, ready to POST to a learning\n"
           "record store: initialized, experienced (each scene), progressed (each phase), answered\n"
           "(each decision and draft), completed and terminated.\n\n"
           "Options:\n"
           "  --out FILE       write to FILE (whole, or not at all) instead of standard output\n"
           "  --homepage URL   the home page of the trainees' accounts, and the base of the activity\n"
           "                   and extension IRIs (default %s)\n\n"
           "Trainees are opaque accounts named by their pseudonyms; no e-mail address is ever made.\n"
           "Each statement's id is the record event's UUID, so exporting again gives the same\n"
           "statements, byte for byte, and a record store does not count them twice. A session\n"
           "found in several records (a copy, or a mid-session copy beside the finished file) is\n"
           "exported once, from its most complete copy; the other copies are named. Folders are\n"
           "searched, subfolders too, for .jsonl records; links in them are not followed.\n\n"
           "Exit status: 0 done; 1 a record is unreadable (the message names the file and line) —\n"
           "nothing is written then; 2 bad usage.\n",
           CW_XAPI_DEFAULT_HOMEPAGE);
}

typedef struct xapi_run {
    cw_report_session *session;
    cw_report_copies *copies;
    const char *homepage;
    FILE *out;
    long statements, records;
} xapi_run;

static int scan_one(void *ud, const char *path, cw_error *err)
{
    xapi_run *run = ud;
    (void)err;
    cw_report_copies_scan(run->copies, path);
    return 0;
}

/* Exports the session just read. */
static int write_session(xapi_run *run, const char *path, cw_error *err)
{
    if (run->session->torn_line)
        fprintf(stderr, "casewalk xapi: %s:%d: the last line is torn: %s; the lines before it are "
                        "exported\n",
                show_line(path).text, run->session->torn_line, show_line(run->session->torn_why).text);
    if (cw_xapi_write_session(run->session, run->homepage, run->out, &run->statements) != 0) {
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "the statements could not be written");
        return -1;
    }
    run->records++;
    return 0;
}

/* A session in several records is exported once, from its most complete copy, after the pass. */
static int export_one(void *ud, const char *path, cw_error *err)
{
    xapi_run *run = ud;
    if (cw_report_session_load(run->session, path, err) != 0)
        return -1;
    int verdict = cw_report_copies_offer(run->copies, run->session);
    if (verdict < 0) {
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "out of memory");
        return -1;
    }
    return verdict == CW_COPY_USE ? write_session(run, path, err) : 0;
}

/* The most complete copy of each session found in several records; then the copies left out. */
static int export_held(xapi_run *run, cw_error *err)
{
    const char *path;
    while ((path = cw_report_copies_next_held(run->copies)))
        if (cw_report_session_load(run->session, path, err) != 0 || write_session(run, path, err) != 0)
            return -1;
    int n;
    long total;
    const cw_report_duplicate *copies = cw_report_copies_duplicates(run->copies, &n, &total);
    for (int i = 0; copies && i < n; i++)
        fprintf(stderr, "casewalk xapi: %s: a copy of a session exported once, from %s\n",
                show_line(copies[i].path).text, copies[i].kept ? show_line(copies[i].kept).text : "another record");
    if (total > n)
        fprintf(stderr, "casewalk xapi: … and %ld more copies\n", total - n);
    return 0;
}

/* Copies the held statements to standard output. */
static int copy_out(FILE *held)
{
    char buffer[65536];
    size_t n;
    if (ferror(held) || fflush(held) != 0 || fseek(held, 0, SEEK_SET) != 0)
        return -1;
    while ((n = fread(buffer, 1, sizeof buffer, held)) > 0)
        if (fwrite(buffer, 1, n, stdout) != n)
            return -1;
    return ferror(held) || fflush(stdout) != 0 ? -1 : 0;
}

int cmd_xapi(int argc, char **argv)
{
    const char *out_path = "-", *homepage = CW_XAPI_DEFAULT_HOMEPAGE;
    const char **paths = calloc((size_t)(argc ? argc : 1), sizeof *paths);
    int n_paths = 0;
    if (!paths)
        return EXIT_INPUT;
    for (int i = 0; i < argc; i++) {
        int bad = 0;
        if (is_help(argv[i])) {
            print_help();
            free(paths);
            return EXIT_ENDING;
        }
        if (strcmp(argv[i], "--out") == 0)
            bad = option_value("xapi", argc, argv, &i, &out_path);
        else if (strcmp(argv[i], "--homepage") == 0)
            bad = option_value("xapi", argc, argv, &i, &homepage);
        else if (argv[i][0] == '-' && argv[i][1])
            bad = usage_error("xapi", "unknown option '%s'", argv[i]) ? -1 : 0;
        else
            paths[n_paths++] = argv[i];
        if (bad) {
            free(paths);
            return EXIT_USAGE;
        }
    }
    if (n_paths == 0) {
        free(paths);
        return usage_error("xapi", "which records? Give record files or folders of them");
    }
    if (!cw_xapi_homepage_ok(homepage)) {
        free(paths);
        return usage_error("xapi", "--homepage needs an http:// or https:// URL without spaces, "
                                   "quotes, '?' or '#'");
    }

    /* Standard output gets the statements only once all are made (held in a temporary file
     * until then), so a bad record never leaves half an array behind; a file is written whole. */
    cw_report_output o = {0};
    cw_error err = {0};
    xapi_run run = {cw_report_session_new(), cw_report_copies_new(), homepage, NULL, 0, 0};
    int to_stdout = strcmp(out_path, "-") == 0;
    if (to_stdout)
        run.out = tmpfile();
    else if (cw_report_output_open(&o, out_path, &err) == 0)
        run.out = o.file;
    if (!run.session || !run.copies || !run.out) {
        show_error("casewalk xapi", run.session && run.copies && !to_stdout ? err.message : "out of memory");
        if (to_stdout && run.out)
            fclose(run.out);
        else if (run.out)
            cw_report_output_abort(&o);
        cw_report_session_free(run.session);
        cw_report_copies_free(run.copies);
        free(paths);
        return EXIT_INPUT;
    }
    fputs("[\n", run.out);
    int status = EXIT_ENDING;
    cw_report_skipped skipped = {0, 0, 0};
    if (cw_report_each_record(paths, n_paths, 1, scan_one, &run, &skipped, &err) != 0 ||
        cw_report_each_record(paths, n_paths, 1, export_one, &run, NULL, &err) != 0 ||
        export_held(&run, &err) != 0) {
        show_error("casewalk xapi", err.message);
        status = EXIT_INPUT;
    } else {
        fputs(run.statements ? "\n]\n" : "]\n", run.out);
    }
    char skipped_text[200];
    if (cw_report_skipped_describe(&skipped, skipped_text, sizeof skipped_text))
        fprintf(stderr, "casewalk xapi: passed over in the folders: %s\n", skipped_text);
    if (to_stdout) {
        if (status == EXIT_ENDING && copy_out(run.out) != 0) {
            fprintf(stderr, "casewalk xapi: standard output: write failed\n");
            status = EXIT_INPUT;
        }
        fclose(run.out);
    } else if (status != EXIT_ENDING) {
        cw_report_output_abort(&o);
    } else if (cw_report_output_commit(&o, &err) != 0) {
        show_error("casewalk xapi", err.message);
        status = EXIT_INPUT;
    } else {
        fprintf(stderr, "%ld statements from %ld records written to %s\n", run.statements, run.records,
                show_line(out_path).text);
    }
    cw_report_session_free(run.session);
    cw_report_copies_free(run.copies);
    free(paths);
    return status;
}
