/* app.c — the window itself: opening and closing it, its metrics (HiDPI scale, text size),
 * remembered settings, switching screens, and the event loop that sleeps until something happens.
 * Drawing a frame is in frame.c, input in input.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "loop.h"
#include "show.h"

#define BASE_TEXT_SIZE 17 /* body text in pixels at 100 % on a 1x screen */

static const screen_ops *const screens[SCREEN_COUNT] = {
    [SCREEN_LAUNCHER] = &launcher_screen, [SCREEN_NOTES] = &notes_screen,
    [SCREEN_CHOICE] = &choice_screen,     [SCREEN_COMPOSE] = &compose_screen,
    [SCREEN_END] = &end_screen,           [SCREEN_MESSAGE] = &message_screen,
    [SCREEN_HELP] = &help_screen,         [SCREEN_FACILITATOR] = &facilitator_screen,
};

const screen_ops *app_screen(const app *a)
{
    return screens[a->screen];
}

/* Recomputes sizes after a resize, a move to another screen, or a change of text size. */
int app_update_metrics(app *a)
{
    int ww = 0, wh = 0, dw = 0, dh = 0;
    SDL_GetWindowSize(a->window, &ww, &wh);
    if (SDL_GetRendererOutputSize(a->renderer, &dw, &dh) != 0 || dw <= 0 || dh <= 0)
        dw = ww, dh = wh;
    a->width = dw;
    a->height = dh;
    a->scale = ww > 0 ? (float)dw / (float)ww : 1.0f;
    if (a->scale < 0.5f)
        a->scale = 1.0f;
    int body = (int)lroundf(BASE_TEXT_SIZE * a->scale * (float)settings_text_size(&a->settings) / 100.0f);
    if (gfx_set_text_size(&a->g, body) != 0)
        return -1;
    a->unit = body / 2 > 4 ? body / 2 : 4;
    a->line = (int)lroundf((float)a->theme->line * a->scale);
    if (a->line < 1)
        a->line = 1;
    a->dirty = 1;
    return 0;
}

int app_open(app *a, const play_options *options, char *why, size_t why_size)
{
    memset(a, 0, sizeof *a);
    a->options = options;
    a->ui.focus_id = a->ui.hover_id = a->ui.press_id = UI_NONE;
    a->outcome = EXIT_ENDING;
    a->running = 1;
    settings_defaults(&a->settings);
    settings_load(&a->settings);
    a->theme = theme_get(a->settings.theme);
    a->timing = getenv("CASEWALK_WINDOW_TIMING") != NULL;

    if (fonts_open(&a->g.fonts, why, why_size) != 0)
        return -1;
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    SDL_SetHint(SDL_HINT_MOUSE_FOCUS_CLICKTHROUGH, "1");
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        snprintf(why, why_size, "cannot open a window: %s", SDL_GetError());
        return -1;
    }
    SDL_Rect usable; /* a size saved on a larger screen; headless drivers have no screen to fit */
    const char *driver = SDL_GetCurrentVideoDriver();
    int headless = driver && (strcmp(driver, "offscreen") == 0 || strcmp(driver, "dummy") == 0);
    if (!headless && SDL_GetDisplayUsableBounds(0, &usable) == 0)
        settings_fit_window(&a->settings, usable.w, usable.h);
    a->window = SDL_CreateWindow("casewalk", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                 a->settings.width, a->settings.height,
                                 SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!a->window) {
        snprintf(why, why_size, "cannot open a window: %s", SDL_GetError());
        return -1;
    }
    SDL_SetWindowMinimumSize(a->window, 360, 320);
    a->renderer = SDL_CreateRenderer(a->window, -1, SDL_RENDERER_ACCELERATED);
    if (!a->renderer)
        a->renderer = SDL_CreateRenderer(a->window, -1, SDL_RENDERER_SOFTWARE);
    if (!a->renderer) {
        snprintf(why, why_size, "cannot draw in the window: %s", SDL_GetError());
        return -1;
    }
    if (gfx_init(&a->g, a->renderer) != 0 || app_update_metrics(a) != 0) {
        snprintf(why, why_size, "cannot open the font %s: %s", a->g.fonts.regular_path, TTF_GetError());
        return -1;
    }
    SDL_StartTextInput(); /* always on: typing is only taken while a text box has the focus */
    return 0;
}

static void save_settings(app *a)
{
    if (!a->interactive || !a->settings_changed)
        return;
    char why[512];
    if (settings_save(&a->settings, why, sizeof why) != 0)
        show_error("casewalk: window settings not saved", why);
    a->settings_changed = 0;
}

void app_close(app *a)
{
    save_settings(a);
    if (a->session)
        cw_session_free(a->session);
    shown_step_free(&a->step);
    cw_unfinished_free(a->launcher.unfinished, a->launcher.n_unfinished);
    facilitator_free(a);
    cw_unfinished_free(a->workshops, a->n_workshops);
    free(a->launch_workshop);
    free(a->cases);
    if (a->catalog_loaded)
        cw_catalog_free(&a->catalog);
    if (a->direct)
        cw_scenario_free(a->direct);
    free(a->records_dir);
    if (a->renderer) {
        gfx_free(&a->g);
        SDL_DestroyRenderer(a->renderer);
    }
    fonts_close(&a->g.fonts);
    if (a->window)
        SDL_DestroyWindow(a->window);
    if (TTF_WasInit())
        TTF_Quit();
    SDL_Quit();
}

void app_show(app *a, screen_id screen, int focus_id)
{
    a->screen = screen;
    a->ui.scroll = 0;
    a->ui.focus_id = focus_id;
    a->ui.hover_id = a->ui.press_id = UI_NONE;
    a->ui.reveal_focus = focus_id != UI_NONE;
    a->dirty = 1;
}

void app_quit(app *a)
{
    a->running = 0;
}

static void change_settings(app *a)
{
    a->theme = theme_get(a->settings.theme);
    a->settings_changed = 1;
    app_update_metrics(a);
    save_settings(a);
}

void app_toggle_theme(app *a, theme_id target)
{
    a->settings.theme = a->settings.theme == target ? THEME_CALM : target;
    change_settings(a);
}

void app_step_text_size(app *a, int dir)
{
    settings_step_text_size(&a->settings, dir);
    change_settings(a);
    a->ui.reveal_focus = 1;
}

/* The shared loop (loop.c) wakes for the launcher's pending refresh, else sleeps until an event. */
static void run_draw(void *ud)
{
    app_draw(ud);
}

static void run_event(void *ud, const SDL_Event *e)
{
    app_handle_event(ud, e);
}

static int run_wake(void *ud)
{
    app *a = ud;
    Uint32 due = a->launcher.refresh_due;
    if (!due)
        return -1;
    Uint32 now = SDL_GetTicks();
    return SDL_TICKS_PASSED(now, due) ? 0 : (int)(due - now);
}

static void run_tick(void *ud)
{
    app *a = ud;
    if (a->launcher.refresh_due && SDL_TICKS_PASSED(SDL_GetTicks(), a->launcher.refresh_due))
        launcher_tick(a);
}

void app_run(app *a)
{
    a->interactive = 1;
    loop_handler h = { a, run_draw, run_event, run_wake, run_tick };
    loop_run(a, &h);
    save_settings(a);
}
