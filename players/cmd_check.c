/* cmd_check.c — `casewalk check SCENARIO...`: validate and explore; FILE:LINE: message per finding. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "commands.h"
#include "play_options.h"
#include "show.h"

static void print_finding(void *ud, const char *message)
{
    (void)ud;
    printf("%s\n", show_line(message).text);
}

int cmd_check(int argc, char **argv)
{
    int stats = 0, files = 0;
    for (int i = 0; i < argc; i++) {
        if (is_help(argv[i])) {
            printf("Usage: casewalk check [--stats] SCENARIO...\n\n"
                   "Loads each scenario (an installed id or a .lua file) in the sandbox, validates it and\n"
                   "explores every path for every role: missing targets, undeclared variables, unreachable\n"
                   "scenes, dead ends, choices without rating, feedback, rationale or tags.\n"
                   "Prints one 'FILE:LINE: message' line per finding. Exit 0 when clean, 1 otherwise.\n"
                   "--stats also prints, per role, the states explored, the endings reachable and the\n"
                   "fewest and most decisions on the way to an ending.\n");
            return EXIT_ENDING;
        }
        if (strcmp(argv[i], "--stats") == 0)
            stats = 1;
        else if (argv[i][0] == '-' && argv[i][1])
            return usage_error("check", "unknown option '%s'", argv[i]);
        else
            files++;
    }
    if (files == 0)
        return usage_error("check", "name at least one scenario");
    int findings = 0;
    for (int i = 0; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1])
            continue;
        cw_error err = {CW_OK, ""};
        char *path = cw_scenario_find(argv[i], &err);
        if (!path) {
            printf("%s\n", show_line(err.message).text);
            findings++;
            continue;
        }
        cw_check_stats st;
        findings += cw_scenario_check(path, print_finding, NULL, &st);
        for (int r = 0; stats && r < st.n_roles; r++)
            printf("%s: role %s: %d states, %d endings reachable, %d to %d decisions to an ending\n",
                   show_line(path).text,
                   st.roles[r].role, st.roles[r].states, st.roles[r].endings, st.roles[r].fewest_decisions,
                   st.roles[r].most_decisions);
        free(path);
    }
    return findings ? EXIT_INPUT : EXIT_ENDING;
}
