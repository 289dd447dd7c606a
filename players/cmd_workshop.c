/* cmd_workshop.c — `casewalk workshop SCENARIO [OPTIONS]`: one case played by a room in the
 * window at a projector, or with --console from a terminal; phones may vote over the local
 * network (--listen). Recorded as a group session, and one record per phone. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "commands.h"
#include "play_options.h"
#include "room/room_console.h"
#include "show.h"
#ifdef CASEWALK_HAVE_WINDOW
#include "window/window.h"
#include "window/workshop_app.h"
#endif

static void print_help(void)
{
    printf("Usage: casewalk workshop SCENARIO [OPTIONS]\n"
           "       casewalk workshop [SCENARIO] --resume [RECORD]\n\n"
           "Runs one case for a room, full screen at a projector, every page sized to be read from the\n"
           "back of the room. Before the case: the content notes, whose view (cps, dv, ...) the room\n"
           "follows, and how the room votes: on phones (the room server; a join page shows a QR code)\n"
           "or by hand counts the facilitator types (Tab or arrows move between cells, digits type a\n"
           "count, + and - adjust; only the cell being typed shows its number). Each decision: the scene\n"
           "(Space for its next page), then the choices while the room votes (only how many answered\n"
           "shows), R reveals the split by role, K then marks the recommended choice, V opens a second\n"
           "vote after the discussion (the projector then shows both rounds and who changed their\n"
           "mind). M goes with the majority; a number key is the facilitator's pick (needed on a tie).\n"
           "T starts or stops the discussion timer. At a drafting step the facilitator builds the\n"
           "room's draft; Enter submits it. A page too long for the screen is shown in parts: Page\n"
           "Down and Page Up move between them. Esc opens the pause menu (Continue, Save and quit);\n"
           "F11 toggles full screen. SCENARIO is an installed id (see 'casewalk list') or a .lua file.\n\n"
           "Options:\n"
           "  --name WORKSHOP    the workshop's name, recorded as the trainee (default \"workshop\")\n"
           "  --role ROLE        the role whose view the room follows (default: asked on screen;\n"
           "                     with --votes, the case's first role)\n"
           "  --records DIR      where the record goes (default: $XDG_DATA_HOME/casewalk/records or\n"
           "                     ~/.local/share/casewalk/records)\n"
           "  --timer SECONDS    the discussion timer's length (default 180)\n"
           "  --seed N           the session's seed (0 to 2^64-1): the same seed shows the choices in\n"
           "                     the same order, so --votes counts mean the same choices every run\n"
           "                     (default: drawn afresh for each workshop)\n"
           "  --resume [RECORD]  carry on with an unfinished workshop record (RECORD.jsonl); without\n"
           "                     RECORD, the newest unfinished workshop of this --name in the records\n"
           "                     folder (SCENARIO may then be left out)\n"
           "  --listen [ADDR:]PORT  open the room: phones on the local network join at the URL (and QR\n"
           "                     code) shown and vote themselves; PORT 0 picks a free port; without\n"
           "                     ADDR, every address of this computer (see docs/room.md). The start\n"
           "                     page can also turn phones on or off\n"
           "  --console          with --listen: no window; prints 'Join: URL', then reads commands\n"
           "                     from standard input: status, reveal, revote, decide N, decide 3+1,\n"
           "                     majority, next, quit (each answered by a line 'ok' or 'error: ...')\n"
           "  --windowed         a window (never larger than the screen) instead of full screen\n"
           "  --screenshot FILE  save the last window shown as a BMP file (with --votes: after the\n"
           "                     last vote; otherwise the page before the case), then close\n"
           "  --shots DIR        with --votes: save every frame drawn as DIR/NNN-PAGE.bmp\n"
           "  --layout-report    print each frame's page, text size and boxes (tests of the fit)\n"
           "  --votes LIST       play without asking, with these votes; decisions separated by ',':\n"
           "                       cps=3/1/0;dv=0/4/1   counts per choice ('/'), per role (';');\n"
           "                                            the majority of all votes picks\n"
           "                       cps=2/2;dv=1/1@2     ... and the facilitator picks choice 2\n"
           "                                            (needed on a tie; missing counts are 0)\n"
           "                       cps=3/1;dv=0/4>cps=1/3;dv=0/4   a second round after discussion\n"
           "                       draft=3+1            at a drafting step: clauses 3 then 1\n"
           "                       ...@hidden           last only: enter the votes, leave them hidden\n"
           "                       ...@shown            last only: reveal them, pick nothing yet\n"
           "                       ...@menu             last only: votes entered, the pause menu open\n"
           "                     e.g. --votes \"cps=3/1/0;dv=0/4/1,cps=2/2;dv=1/3@2\"\n\n"
           "Without --console the workshop needs a screen: without a display it says so and stops.\n\n"
           "Exit status: 0 an ending was reached (or the page before the case was saved); 1 bad\n"
           "input, no display, or the record could not be saved; 2 bad usage; 3 stopped before an\n"
           "ending (resumable).\n");
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

typedef struct workshop_args {
    const char *scenario, *name, *role, *records_dir, *timer, *resume, *screenshot, *votes, *listen, *shots, *seed;
    int console, resume_last, windowed, layout_report;
} workshop_args;

/* The one way commands read options (args.h): "--opt value", "--opt=value" and "--" all work. */
static int parse(int argc, char **argv, workshop_args *w)
{
    const option_spec specs[] = {
        {"name", &w->name, NULL},       {"role", &w->role, NULL},           {"records", &w->records_dir, NULL},
        {"timer", &w->timer, NULL},     {"resume", &w->resume, NULL},       {"screenshot", &w->screenshot, NULL},
        {"votes", &w->votes, NULL},     {"listen", &w->listen, NULL},       {"console", NULL, &w->console},
        {"shots", &w->shots, NULL},     {"windowed", NULL, &w->windowed},   {"layout-report", NULL, &w->layout_report},
        {"resume-last", NULL, &w->resume_last}, {"seed", &w->seed, NULL}, {NULL, NULL, NULL}};
    /* --resume takes a record (RECORD.jsonl) or nothing: without one it means the newest
     * unfinished workshop, read as --resume-last */
    char **args = malloc((size_t)(argc + 1) * sizeof *args);
    if (!args)
        return usage_error("workshop", "out of memory");
    for (int i = 0; i < argc; i++) {
        int bare = strcmp(argv[i], "--resume") == 0 && (i + 1 >= argc || !ends_with(argv[i + 1], ".jsonl"));
        args[i] = bare ? "--resume-last" : argv[i];
        if (strcmp(argv[i], "--") == 0) { /* operands only from here on */
            for (int k = i + 1; k < argc; k++)
                args[k] = argv[k];
            break;
        }
    }
    args[argc] = NULL;
    const char **operands;
    int n_operands, status = parse_options("workshop", argc, args, specs, print_help, &operands, &n_operands);
    free(args);
    if (status != OPTIONS_GO)
        return status;
    if (n_operands > 1)
        status = usage_error("workshop", "one scenario at a time ('%s' and '%s')", operands[0], operands[1]);
    else
        w->scenario = n_operands ? operands[0] : NULL;
    free(operands);
    return n_operands > 1 ? status : OPTIONS_GO;
}

int cmd_workshop(int argc, char **argv)
{
    workshop_args w = { .name = "workshop" };
    int rc = parse(argc, argv, &w);
    if (rc != OPTIONS_GO)
        return rc;
    if (!w.scenario && !w.resume_last)
        return usage_error("workshop", "name a scenario (see 'casewalk list')");
    if (w.shots && !w.votes)
        return usage_error("workshop", "--shots saves the frames of a --votes run: add --votes");
    if (!w.name[0] || strlen(w.name) > 200)
        return usage_error("workshop", "--name takes a name of 1 to 200 characters");
    if (w.console && !w.listen)
        return usage_error("workshop", "--console needs --listen [ADDR:]PORT: the console runs a room of phones");
    if (w.console && (w.votes || w.screenshot || w.resume || w.resume_last))
        return usage_error("workshop", "--console takes no --votes, --screenshot or --resume");
    if (w.console) {
        room_console_options co = {
            .scenario = w.scenario, .role = w.role, .name = w.name, .records_dir = w.records_dir, .listen = w.listen,
        };
        return room_console_run(&co);
    }
#ifdef CASEWALK_HAVE_WINDOW
    workshop_options o = {
        .scenario = w.scenario, .resume = w.resume, .role = w.role, .name = w.name, .records_dir = w.records_dir,
        .votes = w.votes, .screenshot = w.screenshot, .listen = w.listen, .timer_seconds = 180,
        .resume_last = w.resume_last, .shots = w.shots, .windowed = w.windowed, .layout_report = w.layout_report,
    };
    if (w.seed) {
        char *end = NULL;
        errno = 0;
        unsigned long long n = w.seed[0] >= '0' && w.seed[0] <= '9' ? strtoull(w.seed, &end, 10) : 0;
        if (!end || *end || errno)
            return usage_error("workshop", "--seed needs a whole number from 0 to 2^64-1, not '%s'", w.seed);
        o.seed = n, o.has_seed = 1;
    }
    if (w.timer) {
        char *end;
        long v = strtol(w.timer, &end, 10);
        if (*end || end == w.timer || v < 10 || v > 3600)
            return usage_error("workshop", "--timer takes a number of seconds from 10 to 3600");
        o.timer_seconds = (int)v;
    }
    const char *why = NULL;
    if (!window_available(&why)) {
        fprintf(stderr, "casewalk workshop: the workshop needs a screen, and there is none here (%s).\n"
                        "Run it on a computer with a display or a projector attached, or use --console.\n",
                show_line(why ? why : "no display").text);
        return EXIT_INPUT;
    }
    return workshop_run(&o);
#else
    fprintf(stderr, "casewalk workshop: this build has no window; use --listen PORT --console.\n");
    return EXIT_INPUT;
#endif
}
