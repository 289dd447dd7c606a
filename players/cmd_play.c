/* cmd_play.c — `casewalk play` (and casewalk with no command): parse the options, then hand over
 * to the window or the text player. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "commands.h"
#include "play_options.h"
#include "text/text_player.h"
#ifdef CASEWALK_HAVE_WINDOW
#include "window/window.h"
#include "show.h"
#endif

static void print_help(void)
{
    printf("Usage: casewalk play SCENARIO [OPTIONS]\n"
           "       casewalk play --resume RECORD [OPTIONS]\n\n"
           "Plays a scenario: SCENARIO is an installed id (see 'casewalk list') or a .lua file.\n\n"
           "Options:\n"
           "  --role ROLE        the role to play (cps, dv, ...); asked when not given\n"
           "  --trainee ID       your pseudonym for the record (never your real name)\n"
           "  --mode MODE        practice (feedback after each choice, the default) or assessment\n"
           "                     (all feedback at the end)\n"
           "  --records DIR      where records go (default: $XDG_DATA_HOME/casewalk/records or\n"
           "                     ~/.local/share/casewalk/records)\n"
           "  --seed N           the seed for the order of choices and anything the scenario draws\n"
           "  --ui text|gui      the terminal (default) or the window\n"
           "  --resume RECORD    continue an unfinished record where it stopped\n"
           "  --choose LIST      answer decisions in order without asking, e.g. 2,1,3:\n"
           "                       N            the Nth choice shown (at a drafting step: clause N alone)\n"
           "                       @ID          the choice (or clause) with this id, wherever it is shown\n"
           "                       3+1+4        at a drafting step: clauses 3, 1, 4 in that order\n"
           "                       3+1+\"text\"   ... and a sentence of your own (\"\" for a quote)\n"
           "                       2:\"reason\"   any answer can carry your reason after a colon\n"
           "  --screenshot FILE  (window) save what the window shows at the end, as BMP\n\n"
           "Exit status: 0 an ending was reached; 1 bad input (the message names the file and line)\n"
           "or the record could not be saved; 2 bad usage; 3 stopped before an ending (resumable).\n");
}

static int parse_seed(const char *text, uint64_t *seed)
{
    char *end = NULL;
    errno = 0;
    if (!*text || *text == '-')
        return -1;
    unsigned long long v = strtoull(text, &end, 10);
    if (*end || errno)
        return -1;
    *seed = v;
    return 0;
}

int cmd_play(int argc, char **argv)
{
    play_options o = {0};
    const char *ui = NULL, *mode = NULL, *seed = NULL;
    const option_spec specs[] = {
        {"role", &o.role, NULL},       {"trainee", &o.trainee, NULL}, {"records", &o.records_dir, NULL},
        {"seed", &seed, NULL},         {"ui", &ui, NULL},             {"mode", &mode, NULL},
        {"choose", &o.choose, NULL},   {"resume", &o.resume, NULL},   {"screenshot", &o.screenshot, NULL},
        {NULL, NULL, NULL}};
    const char **operands;
    int n_operands, status = parse_options("play", argc, argv, specs, print_help, &operands, &n_operands);
    if (status != OPTIONS_GO)
        return status;
    if (n_operands > 1) {
        status = usage_error("play", "one scenario at a time ('%s' and '%s')", operands[0], operands[1]);
        free(operands);
        return status;
    }
    o.scenario = n_operands ? operands[0] : NULL;
    free(operands);
    if (seed) {
        if (parse_seed(seed, &o.seed) != 0)
            return usage_error("play", "--seed takes a whole number from 0 to 18446744073709551615");
        o.has_seed = 1;
    }
    if (mode && strcmp(mode, "practice") != 0 && strcmp(mode, "assessment") != 0)
        return usage_error("play", "--mode is practice or assessment, not '%s'", mode);
    o.mode = mode && strcmp(mode, "assessment") == 0 ? CW_MODE_ASSESSMENT : CW_MODE_PRACTICE;
    if (ui && strcmp(ui, "text") != 0 && strcmp(ui, "gui") != 0)
        return usage_error("play", "--ui is text or gui, not '%s'", ui);
    int gui = ui && strcmp(ui, "gui") == 0;
    if (argc > 0 && !o.scenario && !o.resume && !gui) /* the window can start on its launcher */
        return usage_error("play", "name a scenario (see 'casewalk list') or --resume RECORD");
    if (o.screenshot && !gui)
        return usage_error("play", "--screenshot needs --ui gui");

    /* No arguments at all: the window's launcher. --ui gui: the window. Otherwise the terminal. */
    int want_window = argc == 0 || gui;
    if (want_window) {
#ifdef CASEWALK_HAVE_WINDOW
        const char *why = NULL;
        if (window_available(&why))
            return window_play(&o);
        fprintf(stderr, "casewalk: no window here (%s); using the text player.\n",
                show_line(why ? why : "no display").text);
#else
        fprintf(stderr, "casewalk: this build has no window; using the text player.\n");
#endif
    }
    return text_play(&o);
}
