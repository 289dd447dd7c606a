/* cmd_guide.c — `casewalk guide ID [--html FILE] [--json] [--markdown]`: a facilitator guide for
 * one case, made from the scenario: timed plans for a room, discussion prompts, what each role
 * sees, the practice points with sources, and a one-page handout. */
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
    printf("Usage: casewalk guide ID [--html FILE] [--json] [--markdown]\n\n"
           "A facilitator guide for one case, made from the scenario itself: the objectives, the\n"
           "roles it suits, content notes, a timed plan for a 90-minute and a 3-hour room session,\n"
           "the discussion prompts in order, what each role sees that another does not, the\n"
           "practice points it teaches with their sources, and a one-page handout for participants.\n"
           "ID is an installed scenario's id or the path of a .lua file.\n\n"
           "Options:\n"
           "  --html FILE   also write the guide as one printable HTML page (US letter; the\n"
           "                handout prints on a page of its own; '-' writes it to standard output\n"
           "                instead of the text)\n"
           "  --json        write the guide as JSON instead of text\n"
           "  --markdown    write the guide as Markdown instead of text (docs/facilitator/ID.md)\n\n"
           "Exit status: 0 done; 1 the scenario does not load or the page could not be written;\n"
           "2 bad usage.\n");
}

static int write_html(const cw_report_guide *g, const char *path)
{
    cw_report_output o;
    cw_error err = {0};
    if (cw_report_output_open(&o, path, &err) != 0) {
        show_error("casewalk guide", err.message);
        return -1;
    }
    if (cw_report_guide_write_html(g, o.file) != 0 || cw_report_output_commit(&o, &err) != 0) {
        if (o.file)
            cw_report_output_abort(&o);
        show_error("casewalk guide", err.kind ? err.message : "the page could not be written");
        return -1;
    }
    if (strcmp(path, "-") != 0)
        fprintf(stderr, "Guide page written to %s\n", show_line(path).text);
    return 0;
}

int cmd_guide(int argc, char **argv)
{
    const char *html = NULL;
    int json = 0, markdown = 0;
    const option_spec specs[] = {{"html", &html, NULL}, {"json", NULL, &json}, {"markdown", NULL, &markdown},
                                 {NULL, NULL, NULL}};
    const char **operands;
    int n_operands, parsed = parse_options("guide", argc, argv, specs, print_help, &operands, &n_operands);
    if (parsed != OPTIONS_GO)
        return parsed;
    const char *id = n_operands ? operands[0] : NULL;
    free(operands);
    if (n_operands > 1)
        return usage_error("guide", "one case at a time");
    if (!id)
        return usage_error("guide", "which case? Give a scenario id ('casewalk list --ids') or a .lua file");
    if (json && markdown)
        return usage_error("guide", "--json or --markdown, not both");
    if (html && strcmp(html, "-") == 0 && (json || markdown))
        return usage_error("guide", "--html - writes the page to standard output: it cannot share it");

    cw_error err = {0};
    char *path = cw_scenario_find(id, &err);
    cw_scenario *scenario = path ? cw_scenario_load(path, &err) : NULL;
    free(path);
    if (!scenario) {
        show_error("casewalk guide", err.message);
        return EXIT_INPUT;
    }
    int status = EXIT_ENDING;
    cw_report_guide *g = cw_report_guide_new(scenario, &err);
    if (!g) {
        show_error("casewalk guide", err.message);
        status = EXIT_INPUT;
    } else {
        int failed = 0;
        if (json)
            failed = cw_report_guide_write_json(g, stdout);
        else if (markdown)
            failed = cw_report_guide_write_markdown(g, stdout);
        else if (!html || strcmp(html, "-") != 0)
            failed = cw_report_guide_write_text(g, stdout, report_width());
        if (html && write_html(g, html) != 0)
            status = EXIT_INPUT;
        if (failed || fflush(stdout) != 0)
            status = EXIT_INPUT;
    }
    cw_report_guide_free(g);
    cw_scenario_free(scenario);
    return status;
}
