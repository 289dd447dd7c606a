/* cmd_workshop.c — `casewalk workshop SCENARIO [OPTIONS]`: one case played by a room in the
 * window at a projector, or with --console from a terminal; phones may vote over the local
 * network (--listen). Recorded as a group session, and one record per phone. */
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
           "                     e.g. --votes \"cps=3/1/0;dv=0/4/1,cps=2/2;dv=1/3@2\"\n"
           "  --listen [ADDR:]PORT  open the room: phones on the local network join at the URL (and QR\n"
           "                     code) shown and vote themselves; PORT 0 picks a free port; without\n"
           "                     ADDR, every address of this computer (see docs/room.md)\n"
           "  --console          with --listen: no window; prints 'Join: URL', then reads commands\n"
           "                     from standard input: status, reveal, revote, decide N, decide 3+1,\n"
           "                     majority, next, quit (each answered by a line 'ok' or 'error: ...')\n\n"
           "Without --console the workshop needs a screen: without a display it says so and stops.\n\n"
           "Exit status: 0 an ending was reached (or the page before the case was saved); 1 bad\n"
           "input, no display, or the record could not be saved; 2 bad usage; 3 stopped before an\n"
           "ending (resumable).\n");
}

typedef struct workshop_args {
    const char *scenario, *name, *role, *records_dir, *timer, *resume, *screenshot, *votes, *listen;
    int console;
} workshop_args;

/* The one way commands read options (args.h): "--opt value", "--opt=value" and "--" all work. */
static int parse(int argc, char **argv, workshop_args *w)
{
    const option_spec specs[] = {
        {"name", &w->name, NULL},       {"role", &w->role, NULL},           {"records", &w->records_dir, NULL},
        {"timer", &w->timer, NULL},     {"resume", &w->resume, NULL},       {"screenshot", &w->screenshot, NULL},
        {"votes", &w->votes, NULL},     {"listen", &w->listen, NULL},       {"console", NULL, &w->console},
        {NULL, NULL, NULL}};
    const char **operands;
    int n_operands, status = parse_options("workshop", argc, argv, specs, print_help, &operands, &n_operands);
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
    if (!w.scenario)
        return usage_error("workshop", "name a scenario (see 'casewalk list')");
    if (!w.name[0] || strlen(w.name) > 200)
        return usage_error("workshop", "--name takes a name of 1 to 200 characters");
    if (w.console && !w.listen)
        return usage_error("workshop", "--console needs --listen [ADDR:]PORT: the console runs a room of phones");
    if (w.console && (w.votes || w.screenshot || w.resume))
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
    };
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
