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
           "room's draft; Enter submits it. Esc opens the pause menu (Continue, Save and quit); F11\n"
           "toggles full screen. SCENARIO is an installed id (see 'casewalk list') or a .lua file.\n\n"
           "Options:\n"
           "  --name WORKSHOP    the workshop's name, recorded as the trainee (default \"workshop\")\n"
           "  --role ROLE        the role whose view the room follows (default: asked on screen;\n"
           "                     with --votes, the case's first role)\n"
           "  --records DIR      where the record goes (default: $XDG_DATA_HOME/casewalk/records or\n"
           "                     ~/.local/share/casewalk/records)\n"
           "  --timer SECONDS    the discussion timer's length (default 180)\n"
           "  --resume [RECORD]  carry on with an unfinished workshop record; without RECORD, the\n"
           "                     newest unfinished workshop of this --name in the records folder\n"
           "  --listen [ADDR:]PORT  phones vote through the room server at this address\n"
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
           "The workshop needs a screen: without a display it says so and stops.\n\n"
           "Exit status: 0 an ending was reached (or the page before the case was saved); 1 bad\n"
           "input, no display, or the record could not be saved; 2 bad usage; 3 stopped before an\n"
           "ending (resumable).\n");
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
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
        else if (strcmp(a, "--resume") == 0) {
            /* a record (.jsonl) may follow; without one, the newest unfinished workshop */
            if (i + 1 < argc && argv[i + 1][0] != '-' && (ends_with(argv[i + 1], ".jsonl") || o.scenario))
                o.resume = argv[++i];
            else
                o.resume_last = 1;
            continue;
        }
        else if (strcmp(a, "--listen") == 0) slot = &o.listen;
        else if (strcmp(a, "--shots") == 0) slot = &o.shots;
        else if (strcmp(a, "--windowed") == 0) { o.windowed = 1; continue; }
        else if (strcmp(a, "--layout-report") == 0) { o.layout_report = 1; continue; }
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
    if (!o.scenario && !o.resume_last)
        return usage_error("workshop", "name a scenario (see 'casewalk list')");
    if (o.shots && !o.votes)
        return usage_error("workshop", "--shots saves the frames of a --votes run: add --votes");
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
