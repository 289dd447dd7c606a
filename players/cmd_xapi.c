/* cmd_xapi.c — `casewalk xapi RECORDS... [--out FILE] [--homepage URL]`: session records as
 * xAPI 1.0.3 statements for a learning record store. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "casewalk_report.h"
#include "commands.h"
#include "lrs/lrs_auth.h"
#include "lrs/lrs_http.h"
#include "lrs/lrs_ledger.h"
#include "lrs/lrs_send.h"
#include "play_options.h"
#include "show.h"

static void print_help(void)
{
    printf("Usage: casewalk xapi RECORDS_OR_FOLDERS... [--out FILE] [--homepage URL]\n"
           "       casewalk xapi RECORDS_OR_FOLDERS... --send ENDPOINT [--auth-file FILE] [--dry-run]\n\n"
           "Writes the sessions as a JSON array of xAPI 1.0.3 statements, ready to POST to a learning\n"
           "record store (LRS), or sends them to one: initialized, experienced (each scene), progressed\n"
           "(each phase), answered (each decision and draft), completed and terminated.\n\n"
           "Options:\n"
           "  --out FILE       write to FILE (whole, or not at all) instead of standard output\n"
           "  --homepage URL   the home page of the trainees' accounts, and the base of the activity\n"
           "                   and extension IRIs (default %s)\n"
           "  --send ENDPOINT  POST the statements to the LRS whose xAPI base URL is ENDPOINT (https://;\n"
           "                   http:// only to this machine), sending only what it has not accepted yet\n"
           "  --auth-file FILE the LRS credentials, one line KEY:SECRET, in a file only you may read\n"
           "                   (chmod 600); else from $%s; never on the command line\n"
           "  --dry-run        say what would be sent, and send nothing\n"
           "  --batch N        statements per request (default %d, at most %d)\n"
           "  --tries N        requests per batch while the LRS fails or does not answer (default %d)\n"
           "  --timeout S      seconds one request may take (default %d)\n"
           "  --resend         send everything again, even what the ledger says was accepted\n"
           "  --insecure-http  allow http:// to another machine (credentials cross the network in clear)\n\n"
           "Trainees are opaque accounts named by their pseudonyms; no e-mail address is ever made.\n"
           "Each statement's id is derived from the record line's UUID and the mapping version\n"
           "(docs/xapi.md), so exporting again gives the same statements, byte for byte, and a\n"
           "record store does not count them twice. A session found in several records (a copy,\n"
           "or a mid-session copy beside the finished file) is exported once, from its most\n"
           "complete copy; the other copies are named. Folders are searched, subfolders too, for\n"
           ".jsonl records; links in them are not followed. What an LRS accepted is noted in the\n"
           "ledger %s in each records folder, so sending again sends only what is new.\n\n"
           "Exit status: 0 done; 1 a record is unreadable (the message names the file and line) —\n"
           "nothing is written then — or the LRS refused or did not answer; 2 bad usage.\n",
           CW_XAPI_DEFAULT_HOMEPAGE, LRS_AUTH_ENV, LRS_DEFAULT_BATCH, LRS_MAX_BATCH, LRS_DEFAULT_TRIES,
           LRS_DEFAULT_TIMEOUT, LRS_LEDGER_NAME);
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

/* For "--name N": a whole number from 1 to max (*out unchanged when not given). */
static int number_option(const char *name, const char *text, long max, long *out)
{
    if (!text)
        return 0;
    char *end;
    long n = strtol(text, &end, 10);
    if (!*text || *end || n < 1 || n > max) {
        usage_error("xapi", "%s needs a whole number from 1 to %ld", name, max);
        return -1;
    }
    *out = n;
    return 0;
}

int cmd_xapi(int argc, char **argv)
{
    lrs_send_options send = {NULL, NULL, NULL, LRS_DEFAULT_BATCH, LRS_DEFAULT_TRIES, LRS_DEFAULT_TIMEOUT, 0, 0, 0};
    long batch = LRS_DEFAULT_BATCH, tries = LRS_DEFAULT_TRIES;
    int out_given = 0;
    const char *out_path = "-", *homepage = CW_XAPI_DEFAULT_HOMEPAGE;
    const char *out_text = NULL, *batch_text = NULL, *tries_text = NULL, *timeout_text = NULL;
    const option_spec specs[] = {
        {"out", &out_text, NULL},          {"send", &send.endpoint, NULL},  {"auth-file", &send.auth_file, NULL},
        {"batch", &batch_text, NULL},      {"tries", &tries_text, NULL},    {"timeout", &timeout_text, NULL},
        {"dry-run", NULL, &send.dry_run},  {"resend", NULL, &send.resend},
        {"insecure-http", NULL, &send.insecure_http}, {"homepage", &homepage, NULL}, {NULL, NULL, NULL}};
    const char **paths;
    int n_paths, parsed = parse_options("xapi", argc, argv, specs, print_help, &paths, &n_paths);
    if (parsed != OPTIONS_GO)
        return parsed;
    if (out_text)
        out_path = out_text, out_given = 1;
    if (number_option("--batch", batch_text, LRS_MAX_BATCH, &batch) != 0 ||
        number_option("--tries", tries_text, 20, &tries) != 0 ||
        number_option("--timeout", timeout_text, 600, &send.timeout_s) != 0) {
        free(paths);
        return EXIT_USAGE;
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
    int sending_option = send.auth_file || send.dry_run || send.resend || send.insecure_http ||
                         batch != LRS_DEFAULT_BATCH || tries != LRS_DEFAULT_TRIES ||
                         send.timeout_s != LRS_DEFAULT_TIMEOUT;
    if (!send.endpoint && sending_option) {
        free(paths);
        return usage_error("xapi", "--auth-file, --dry-run, --batch, --tries, --timeout, --resend and "
                                   "--insecure-http go with --send ENDPOINT");
    }
    if (send.endpoint) {
        const char *why = out_given ? "--send and --out do not go together"
                                    : lrs_endpoint_problem(send.endpoint, send.insecure_http);
        if (why) {
            free(paths);
            return usage_error("xapi", "%s%s", out_given ? "" : "--send ENDPOINT ", why);
        }
        send.homepage = homepage;
        send.batch = (int)batch;
        send.tries = (int)tries;
        int status = lrs_send(paths, n_paths, &send);
        free(paths);
        return status;
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
