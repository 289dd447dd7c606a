/* main.c — the casewalk program: dispatches to one function per command (commands.h). */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "casewalk.h"
#include "commands.h"
#include "play_options.h"
#include "show.h"

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    {"play", cmd_play, "play a scenario (in the terminal, or in the window with --ui gui)"},
    {"list", cmd_list, "list the scenarios casewalk finds, and where each comes from"},
    {"check", cmd_check, "validate scenario files, exploring every path for every role"},
    {"debrief", cmd_debrief, "a trainee's debrief of one record, in the terminal or as HTML"},
    {"summary", cmd_summary, "a facilitator's summary of many records: where CPS and DV diverged"},
    {"xapi", cmd_xapi, "export records as xAPI 1.0.3 statements"},
    {"workshop", cmd_workshop, "run one case with a room at a projector: votes per role, reveal, discuss"},
    {"guide", cmd_guide, "a facilitator guide for one case: timed plans, prompts, sources, handout"},
};

static void print_help(void)
{
    printf("casewalk %s — branching case scenarios for CPS and DV cross-training\n\n", CASEWALK_VERSION);
    printf("Usage: casewalk [COMMAND] [OPTIONS]\n\n"
           "With no command, casewalk opens the window on its launcher (or, without a display,\n"
           "starts the default scenario in the terminal).\n\nCommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        printf("  %-9s %s\n", commands[i].name, commands[i].summary);
    printf("\nEvery command takes --limit NAME=VALUE to raise a budget a large scenario needs\n"
           "(scenes, file-mib, memory-mib, ...: see 'Limits' in docs/scenario-format.md).\n");
    printf("\n'casewalk COMMAND --help' tells more. Records stay on this computer, named only by the\n"
           "pseudonym you choose.\n");
}

static void say_engine_bug(const char *what, const char *detail)
{
    char message[1200];
    snprintf(message, sizeof message, "%s: %s", what, detail);
    show_error("casewalk", message);
}

int main(int argc, char **argv)
{
    cw_on_engine_bug(say_engine_bug);
    if (argc < 2)
        return cmd_play(0, argv + 1);
    if (is_help(argv[1])) {
        print_help();
        return EXIT_ENDING;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("casewalk %s\n", CASEWALK_VERSION);
        return EXIT_ENDING;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0) {
            int rest = argc - 2, refused = take_limit_options(commands[i].name, &rest, argv + 2);
            return refused ? refused : commands[i].run(rest, argv + 2);
        }
    fprintf(stderr, "casewalk: unknown command '%s'\nTry 'casewalk --help'.\n", show_line(argv[1]).text);
    return EXIT_USAGE;
}
