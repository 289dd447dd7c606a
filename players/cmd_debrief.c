/* cmd_debrief.c — `casewalk debrief RECORD [--html FILE] [--scenario FILE]`: one trainee's
 * debrief of one session, in the terminal and as a printable page. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "casewalk_report.h"
#include "commands.h"
#include "play_options.h"
#include "show.h"
#include "text/wrap.h"

static void print_help(void)
{
    printf("Usage: casewalk debrief RECORD [--html FILE] [--scenario FILE]\n\n"
           "A debrief of one session, in the order of a debriefing conversation: reactions,\n"
           "description (the path against the recommended path, each decision with its rating,\n"
           "feedback, time and the reason given), analysis (plus and delta, prompts for the\n"
           "facilitator, competencies, drafted text, what the other role saw) and take-home points.\n\n"
           "Options:\n"
           "  --html FILE      write the debrief as one self-contained, printable HTML page instead\n"
           "                   of the text, and say where it is ('-': to standard output)\n"
           "  --scenario FILE  the scenario file, when it is not installed under the record's id\n\n"
           "The scenario is needed for texts, feedback, the recommended route and the other role's\n"
           "view; without it the debrief shows what the record holds.\n\n"
           "Exit status: 0 done; 1 the record is unreadable (the message names the file and line);\n"
           "2 bad usage.\n");
}

/* Writes the HTML page whole (temporary file, then rename). */
static int write_html(const cw_report_debrief *db, const char *path)
{
    cw_report_output o;
    cw_error err;
    if (cw_report_output_open(&o, path, &err) != 0) {
        show_error("casewalk debrief", err.message);
        return -1;
    }
    if (cw_report_debrief_write_html(db, o.file) != 0 || cw_report_output_commit(&o, &err) != 0) {
        if (o.file)
            cw_report_output_abort(&o);
        show_error("casewalk debrief", err.kind ? err.message : "the page could not be written");
        return -1;
    }
    if (strcmp(path, "-") != 0)
        printf("Debrief page written to %s\n", show_line(path).text);
    return 0;
}

int cmd_debrief(int argc, char **argv)
{
    const char *record = NULL, *html = NULL, *scenario_path = NULL;
    const option_spec specs[] = {{"html", &html, NULL}, {"scenario", &scenario_path, NULL}, {NULL, NULL, NULL}};
    const char **operands;
    int n_operands, parsed = parse_options("debrief", argc, argv, specs, print_help, &operands, &n_operands);
    if (parsed != OPTIONS_GO)
        return parsed;
    record = n_operands ? operands[0] : NULL;
    free(operands);
    if (n_operands > 1)
        return usage_error("debrief", "one record at a time (for many, see 'casewalk summary')");
    if (!record)
        return usage_error("debrief", "which record? Give the path of a .jsonl record");

    cw_error err = {0};
    cw_report_session *s = cw_report_session_new();
    if (!s || cw_report_session_load(s, record, &err) != 0) {
        show_error("casewalk debrief", s ? err.message : "out of memory");
        cw_report_session_free(s);
        return EXIT_INPUT;
    }
    if (s->torn_line)
        fprintf(stderr, "casewalk debrief: %s:%d: the last line is torn: %s; the lines before it "
                        "are used\n", show_line(record).text, s->torn_line, show_line(s->torn_why).text);
    int same_file = 0;
    cw_scenario *scenario = cw_report_scenario_for(s, scenario_path, &same_file, &err);
    if (!scenario) {
        if (scenario_path) {
            show_error("casewalk debrief", err.message);
            cw_report_session_free(s);
            return EXIT_INPUT;
        }
        fprintf(stderr, "casewalk debrief: the scenario \"%s\" is not at hand (%s); the debrief "
                        "shows what the record holds\n",
                show_line(s->scenario_id).text, show_line(err.message).text);
    }
    int status = EXIT_ENDING;
    cw_report_debrief *db = cw_report_debrief_new(s, scenario, &err);
    if (!db) {
        show_error("casewalk debrief", err.message);
        status = EXIT_INPUT;
    } else {
        if (!html) /* with a page, one line says where it went */
            cw_report_debrief_write_text(db, stdout, report_width());
        if (html && write_html(db, html) != 0)
            status = EXIT_INPUT;
        if (fflush(stdout) != 0)
            status = EXIT_INPUT;
    }
    cw_report_debrief_free(db);
    cw_scenario_free(scenario);
    cw_report_session_free(s);
    return status;
}
