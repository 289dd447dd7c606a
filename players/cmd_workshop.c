/* cmd_workshop.c — `casewalk workshop SCENARIO [OPTIONS]`: one case played by a room in the
 * window, at a projector; recorded as a group session. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "commands.h"
#include "play_options.h"
#ifdef CASEWALK_HAVE_WINDOW
#include "window/window.h"
#include "window/workshop_app.h"
#include "show.h"
#endif

static void print_help(void)
{
    printf("Usage: casewalk workshop SCENARIO [OPTIONS]\n\n"
           "Runs one case for a room, in the window at a projector (large text). Before the case:\n"
           "the content notes, and whose view (cps, dv, ...) the room follows. At each decision the\n"
           "room votes; the facilitator enters the votes per choice for each role (Tab or arrows move\n"
           "between cells, digits type a count, + and - adjust; or click - and +). The results stay\n"
           "hidden until R reveals them as bars split by role, with the recommended choice marked.\n"
           "T starts or stops the discussion timer. M goes with the majority of all votes; a number\n"
           "key (or a click on a choice) is the facilitator's pick, needed when the votes are tied.\n"
           "At a drafting step the facilitator builds the room's draft. Esc pauses; the record stays\n"
           "resumable (--resume). SCENARIO is an installed id (see 'casewalk list') or a .lua file.\n\n"
           "Options:\n"
           "  --name WORKSHOP    the workshop's name, recorded as the trainee (default \"workshop\")\n"
           "  --role ROLE        the role whose view the room follows (default: asked on screen;\n"
           "                     with --votes, the case's first role)\n"
           "  --records DIR      where the record goes (default: $XDG_DATA_HOME/casewalk/records or\n"
           "                     ~/.local/share/casewalk/records)\n"
           "  --timer SECONDS    the discussion timer's length (default 180)\n"
           "  --resume RECORD    carry on with an unfinished workshop record of SCENARIO\n"
           "  --screenshot FILE  save the last window shown as a BMP file (with --votes: after the\n"
           "                     last vote; otherwise the page before the case), then close\n"
           "  --votes LIST       play without asking, with these votes; decisions separated by ',':\n"
           "                       cps=3/1/0;dv=0/4/1   counts per choice ('/'), per role (';');\n"
           "                                            the majority of all votes picks\n"
           "                       cps=2/2;dv=1/1@2     ... and the facilitator picks choice 2\n"
           "                                            (needed on a tie; missing counts are 0)\n"
           "                       draft=3+1            at a drafting step: clauses 3 then 1\n"
           "                       ...@hidden           last only: enter the votes, leave them hidden\n"
           "                       ...@shown            last only: reveal them, pick nothing yet\n"
           "                     e.g. --votes \"cps=3/1/0;dv=0/4/1,cps=2/2;dv=1/3@2\"\n\n"
           "The workshop needs a screen: without a display it says so and stops.\n\n"
           "Exit status: 0 an ending was reached (or the page before the case was saved); 1 bad\n"
           "input, no display, or the record could not be saved; 2 bad usage; 3 stopped before an\n"
           "ending (resumable).\n");
}

int cmd_workshop(int argc, char **argv)
{
#ifdef CASEWALK_HAVE_WINDOW
    workshop_options o = { .name = "workshop", .timer_seconds = 180 };
    const char *timer = NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = NULL;
        if (is_help(a)) {
            print_help();
            return EXIT_ENDING;
        }
        if (strcmp(a, "--name") == 0) slot = &o.name;
        else if (strcmp(a, "--role") == 0) slot = &o.role;
        else if (strcmp(a, "--records") == 0) slot = &o.records_dir;
        else if (strcmp(a, "--timer") == 0) slot = &timer;
        else if (strcmp(a, "--resume") == 0) slot = &o.resume;
        else if (strcmp(a, "--screenshot") == 0) slot = &o.screenshot;
        else if (strcmp(a, "--votes") == 0) slot = &o.votes;
        else if (a[0] == '-' && a[1])
            return usage_error("workshop", "unknown option '%s'", a);
        else if (o.scenario)
            return usage_error("workshop", "one scenario at a time ('%s' and '%s')", o.scenario, a);
        else
            o.scenario = a;
        if (slot && option_value("workshop", argc, argv, &i, slot) != 0)
            return EXIT_USAGE;
    }
    if (!o.scenario)
        return usage_error("workshop", "name a scenario (see 'casewalk list')");
    if (!o.name[0] || strlen(o.name) > 200)
        return usage_error("workshop", "--name takes a name of 1 to 200 characters");
    if (timer) {
        char *end;
        long v = strtol(timer, &end, 10);
        if (*end || end == timer || v < 10 || v > 3600)
            return usage_error("workshop", "--timer takes a number of seconds from 10 to 3600");
        o.timer_seconds = (int)v;
    }
    const char *why = NULL;
    if (!window_available(&why)) {
        fprintf(stderr, "casewalk workshop: the workshop needs a screen, and there is none here (%s).\n"
                        "Run it on a computer with a display or a projector attached.\n",
                show_line(why ? why : "no display").text);
        return EXIT_INPUT;
    }
    return workshop_run(&o);
#else
    (void)argc;
    (void)argv;
    (void)print_help;
    fprintf(stderr, "casewalk workshop: this build has no window, and the workshop needs one.\n");
    return EXIT_INPUT;
#endif
}
