/* window.c — the window's two entry points: can a window open here, and play in it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app.h"
#include "scripted.h"
#include "window.h"
#include "workshop_app.h"
#include "show.h"

int window_available(const char **why)
{
    static char reason[600];
    fonts probe;
    if (fonts_locate(&probe, reason, sizeof reason) != 0) {
        *why = reason;
        return 0;
    }
    /* Without a display server there is nothing to show a window on; SDL would fall back to its
     * offscreen driver, which only SDL_VIDEODRIVER=offscreen (tests, screenshots) should get. */
    const char *requested = getenv("SDL_VIDEODRIVER");
    int asked = requested && requested[0];
    if (!asked && !getenv("DISPLAY") && !getenv("WAYLAND_DISPLAY")) {
        *why = "no display: neither DISPLAY nor WAYLAND_DISPLAY is set";
        return 0;
    }
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        snprintf(reason, sizeof reason, "no display for the window (%s)", SDL_GetError());
        *why = reason;
        return 0;
    }
    const char *driver = SDL_GetCurrentVideoDriver();
    int headless = driver && (strcmp(driver, "offscreen") == 0 || strcmp(driver, "dummy") == 0);
    if (SDL_GetNumVideoDisplays() < 1 || (headless && !asked)) {
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        snprintf(reason, sizeof reason, "no display for the window");
        *why = reason;
        return 0;
    }
    return 1; /* video stays initialised for window_play, which closes it with SDL_Quit */
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* Loads the scenario named on the command line into a->direct. */
static int load_direct(app *a)
{
    cw_error err = { 0 };
    char *path = cw_scenario_find(a->options->scenario, &err);
    if (path)
        a->direct = cw_scenario_load(path, &err);
    free(path);
    if (!a->direct) {
        show_error("casewalk", err.message);
        return -1;
    }
    const char *role = a->options->role;
    if (role && !cw_scenario_role(a->direct, role)) {
        fprintf(stderr, "casewalk: %s has no role \"%s\"\n",
                show_line(cw_scenario_info_get(a->direct)->path).text, show_line(role).text);
        return -1;
    }
    return 0;
}

/* The first screen of an interactive window. */
static void first_screen(app *a)
{
    const play_options *o = a->options;
    if (o->resume) {
        play_resume(a, o->resume, a->direct ? cw_scenario_info_get(a->direct)->path : NULL);
    } else if (a->direct) {
        launcher_use_direct(a);
        if (o->role && o->trainee)
            notes_enter(a, 0, o->role, o->trainee, o->mode);
        else
            launcher_enter(a);
    } else {
        launcher_use_catalog(a);
        launcher_enter(a);
    }
}

int window_play(const play_options *options)
{
    const char *usage = NULL;
    if (options->screenshot && !ends_with(options->screenshot, ".bmp"))
        usage = "--screenshot writes a BMP file: name it with .bmp";
    else if (options->choose && !options->scenario && !options->resume)
        usage = "--choose needs a scenario or --resume";
    app *a = usage ? NULL : calloc(1, sizeof *a);
    if (!a) {
        show_error("casewalk", usage ? usage : "out of memory");
        SDL_Quit(); /* window_available left the video subsystem open */
        return usage ? EXIT_USAGE : EXIT_INPUT;
    }
    char why[600];
    int code = EXIT_INPUT;
    cw_error err = { 0 };
    if (app_open(a, options, why, sizeof why) != 0) {
        show_error("casewalk", why);
    } else if (!(a->records_dir = cw_records_dir(options->records_dir, &err))) {
        show_error("casewalk", err.message);
    } else if (options->scenario && load_direct(a) != 0) {
        /* said on stderr */
    } else if (options->choose) {
        code = scripted_play(a);
    } else {
        first_screen(a);
        if (options->screenshot) { /* the first screen, as a picture */
            a->screenshot = options->screenshot;
            app_draw(a);
            code = a->screenshot_failed ? EXIT_INPUT : EXIT_ENDING;
            if (a->session && !cw_session_finished(a->session))
                cw_session_pause(a->session, &err);
        } else {
            app_run(a);
            code = a->outcome;
        }
    }
    char *resume_workshop = a->launch_workshop; /* the launcher chose an unfinished workshop */
    a->launch_workshop = NULL;
    char scenario[sizeof a->launch_scenario];
    snprintf(scenario, sizeof scenario, "%s", a->launch_scenario);
    app_close(a);
    if (resume_workshop) {
        workshop_options wo = { .scenario = scenario, .resume = resume_workshop, .name = "workshop",
                                .records_dir = options->records_dir, .timer_seconds = 180 };
        code = workshop_run(&wo);
        free(resume_workshop);
    }
    free(a);
    return code;
}
