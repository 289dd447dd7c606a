/* workshop_app.c — workshop mode's window: opening it in the projector preset, drawing a frame
 * (title bar, the page, key hints), and the event loop, which sleeps in SDL_WaitEvent and wakes
 * once a second only while the discussion timer runs. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screenshot.h"
#include "widgets.h"
#include "workshop_app.h"
#include "show.h"

static int bar_height(workshop *w)
{
    return gfx_font(&w->a->g, FONT_SMALL)->line_height + w->a->unit * 2;
}

static void draw_title_bar(workshop *w)
{
    app *a = w->a;
    const theme *t = a->theme;
    int h = bar_height(w), u = a->unit;
    gfx_fill(&a->g, (SDL_Rect){ 0, 0, a->width, h }, t->bar);
    gfx_fill(&a->g, (SDL_Rect){ 0, h - a->line, a->width, a->line }, t->border);
    int y = (h - gfx_font(&a->g, FONT_SMALL)->line_height) / 2;
    int x = u * 2;
    x += gfx_label(&a->g, FONT_SMALL_BOLD, "casewalk workshop", x, y, t->text) + u;
    char text[600];
    const cw_scenario_info *info = cw_scenario_info_get(a->direct);
    if (w->page == WS_PAGE_STEP && w->role < w->n_groups)
        snprintf(text, sizeof text, "%s \xC2\xB7 %s view", info->title, w->group_labels[w->role]);
    else
        snprintf(text, sizeof text, "%s", info->title);
    if (gfx_label_width(&a->g, FONT_SMALL, text) < a->width - x - u * 14)
        gfx_label(&a->g, FONT_SMALL, text, x, y, t->muted);
    if (w->o->name) {
        int nw = gfx_label_width(&a->g, FONT_SMALL, w->o->name);
        gfx_label(&a->g, FONT_SMALL, w->o->name, a->width - u * 2 - nw, y, t->muted);
    }
}

static const char *page_hints(workshop *w)
{
    switch (w->page) {
    case WS_PAGE_NOTES:
        return "1\xE2\x80\x93" "9 the role the room follows \xC2\xB7 Enter begin \xC2\xB7 Esc quit";
    case WS_PAGE_STEP:
        if (w->a->step.kind == CW_STEP_COMPOSE)
            return "1\xE2\x80\x93" "9 add or remove a clause \xC2\xB7 Backspace remove the last \xC2\xB7 Tab move \xC2\xB7 "
                   "Enter submit \xC2\xB7 T timer \xC2\xB7 Esc pause";
        return ws_step_hints(w);
    default:
        return "Enter or Esc close the window";
    }
}

static void draw_page(workshop *w, int x, int width)
{
    app *a = w->a;
    switch (w->page) {
    case WS_PAGE_NOTES: ws_notes_draw(w, x, width); break;
    case WS_PAGE_MESSAGE: ws_message_draw(w, x, width); break;
    case WS_PAGE_STEP:
        if (a->step.kind == CW_STEP_COMPOSE)
            compose_screen.draw(a, x, width);
        else if (a->step.kind == CW_STEP_ENDING)
            ws_end_draw(w, x, width);
        else
            ws_step_draw(w, x, width);
        break;
    }
}

static void draw_content(workshop *w, int x, int width)
{
    app *a = w->a;
    a->g.dx = a->g.dy = 0;
    gfx_set_clip(&a->g, a->ui.view);
    gfx_fill(&a->g, a->ui.view, a->theme->background);
    a->g.dy = a->ui.view.y - a->ui.scroll;
    ui_begin_frame(&a->ui);
    a->ui.content_height = 0;
    draw_page(w, x, width);
}

/* Draws a frame; saves it when a screenshot is pending. Returns 0, or -1 if the save failed. */
static int ws_draw(workshop *w, const char *screenshot)
{
    app *a = w->a;
    const theme *t = a->theme;
    words_next_frame(&a->g.words);
    SDL_RenderSetClipRect(a->renderer, NULL);
    a->g.dx = a->g.dy = 0;
    a->g.clip = (SDL_Rect){ 0, 0, a->width, a->height };
    const char *hints = page_hints(w);
    int top = bar_height(w);
    int bottom = gfx_layout(&a->g, FONT_SMALL, hints, a->width - a->unit * 4)->height + a->unit;
    a->ui.view = (SDL_Rect){ 0, top, a->width, a->height - top - bottom };
    if (a->ui.view.h < a->unit)
        a->ui.view.h = a->unit;
    int margin = a->unit * 3, column = a->width - 2 * margin;
    int widest = gfx_font(&a->g, FONT_BODY)->size * 46;
    if (column > widest)
        column = widest;
    int x = (a->width - column) / 2;
    draw_content(w, x, column);
    for (int pass = 0; pass < 2; pass++) {
        int moved = ui_clamp_scroll(&a->ui);
        moved |= ui_reveal(&a->ui);
        if (!moved)
            break;
        draw_content(w, x, column);
    }
    a->g.dx = a->g.dy = 0;
    gfx_set_clip(&a->g, (SDL_Rect){ 0, 0, a->width, a->height });
    draw_title_bar(w);
    int by = a->height - bottom;
    gfx_fill(&a->g, (SDL_Rect){ 0, by, a->width, bottom }, t->bar);
    gfx_fill(&a->g, (SDL_Rect){ 0, by, a->width, a->line }, t->border);
    gfx_text(&a->g, FONT_SMALL, hints, a->unit * 2, by + a->unit / 2, a->width - a->unit * 4, t->muted);
    SDL_RenderSetClipRect(a->renderer, NULL);
    if (a->ui.focus_id != UI_NONE && !ui_find(&a->ui, a->ui.focus_id))
        a->ui.focus_id = UI_NONE;
    int rc = 0;
    if (screenshot) {
        char why[600];
        if (screenshot_save(a->renderer, a->width, a->height, screenshot, why, sizeof why) != 0) {
            show_error("casewalk workshop", why);
            rc = -1;
        }
    }
    SDL_RenderPresent(a->renderer);
    a->dirty = 0;
    a->frames++;
    return rc;
}

int ws_frame(workshop *w, const char *screenshot)
{
    return ws_draw(w, screenshot);
}

/* ---- input ------------------------------------------------------------------------------ */

static void activate(workshop *w, int id)
{
    app *a = w->a;
    const ui_control *c = ui_find(&a->ui, id);
    if (c && (c->flags & UI_TEXT)) {
        ui_focus(&a->ui, id);
    } else if (id == WS_QUIT) {
        app_quit(a);
    } else if (id == WS_TIMER) {
        ws_timer_toggle(w);
    } else if (id == WS_TIMER_RESET) {
        ws_timer_reset(w);
    } else if (w->page == WS_PAGE_NOTES) {
        ws_notes_action(w, id);
    } else if (w->page == WS_PAGE_MESSAGE) {
        app_quit(a);
    } else if (a->step.kind == CW_STEP_COMPOSE) {
        compose_screen.action(a, id);
        ws_sync(w);
    } else {
        ws_step_action(w, id);
    }
    a->dirty = 1;
}

static int text_key(workshop *w, const ui_control *c, const SDL_Keysym *key)
{
    if (app_edit_key(c->field, key))
        return 1;
    if (key->sym == SDLK_RETURN || key->sym == SDLK_KP_ENTER) {
        if (c->enter_id != UI_NONE)
            activate(w, c->enter_id);
        return 1;
    }
    return 0;
}

static void escape(workshop *w)
{
    if (w->page == WS_PAGE_STEP && w->a->session && !cw_session_finished(w->a->session))
        ws_pause(w);
    else
        app_quit(w->a);
}

static int handle_key(workshop *w, const SDL_Keysym *key)
{
    app *a = w->a;
    SDL_Keycode sym = key->sym;
    int ctrl = key->mod & KMOD_CTRL, shift = key->mod & KMOD_SHIFT;
    if (ctrl && sym == SDLK_q) {
        SDL_Event quit = { .type = SDL_QUIT };
        SDL_PushEvent(&quit);
        return 1;
    }
    if (ctrl && (sym == SDLK_EQUALS || sym == SDLK_PLUS || sym == SDLK_KP_PLUS || sym == SDLK_MINUS
                 || sym == SDLK_KP_MINUS || sym == SDLK_0)) {
        settings_step_text_size(&a->settings, sym == SDLK_0 ? 0 : (sym == SDLK_MINUS || sym == SDLK_KP_MINUS) ? -1 : +1);
        app_update_metrics(w->a);
        return 1;
    }
    if (sym == SDLK_F11) {
        a->fullscreen = !a->fullscreen;
        SDL_SetWindowFullscreen(a->window, a->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
        return 1;
    }
    const ui_control *focused = ui_focused(&a->ui);
    int typing = focused && (focused->flags & UI_TEXT);
    if (sym == SDLK_ESCAPE) {
        escape(w);
        return 1;
    }
    if (!typing && sym == SDLK_t && w->page == WS_PAGE_STEP && a->step.kind != CW_STEP_ENDING) {
        if (shift)
            ws_timer_reset(w);
        else
            ws_timer_toggle(w);
        return 1;
    }
    if (w->page == WS_PAGE_STEP && a->step.kind == CW_STEP_CHOICE && ws_step_key(w, key))
        return 1;
    if (w->page == WS_PAGE_STEP && a->step.kind == CW_STEP_COMPOSE && compose_screen.key(a, key))
        return 1;
    if (typing && text_key(w, focused, key))
        return 1;
    switch (sym) {
    case SDLK_TAB: ui_focus_step(&a->ui, shift ? -1 : +1); break;
    case SDLK_DOWN: case SDLK_RIGHT: ui_focus_step(&a->ui, +1); break;
    case SDLK_UP: case SDLK_LEFT: ui_focus_step(&a->ui, -1); break;
    case SDLK_PAGEDOWN: ui_scroll_by(&a->ui, a->ui.view.h * 9 / 10); break;
    case SDLK_PAGEUP: ui_scroll_by(&a->ui, -a->ui.view.h * 9 / 10); break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE:
        if (typing)
            return 0;
        if (!focused) {
            if (w->page == WS_PAGE_MESSAGE || (w->page == WS_PAGE_STEP && a->step.kind == CW_STEP_ENDING))
                app_quit(a);
            return 0;
        }
        a->ui.focus_visible = 1;
        activate(w, focused->id);
        break;
    default: {
        int n = typing ? 0 : app_number_key(sym);
        int id = n ? ui_control_for_key(&a->ui, n) : UI_NONE;
        if (id == UI_NONE)
            return 0;
        a->ui.focus_visible = 1;
        activate(w, id);
    }
    }
    return 1;
}

static void handle_event(workshop *w, const SDL_Event *e)
{
    app *a = w->a;
    switch (e->type) {
    case SDL_QUIT:
        if (w->page == WS_PAGE_STEP && a->session && !cw_session_finished(a->session))
            ws_pause(w);
        app_quit(a);
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e->window.event == SDL_WINDOWEVENT_EXPOSED
            || e->window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED)
            app_update_metrics(w->a);
        break;
    case SDL_KEYDOWN:
        a->eat_text = handle_key(w, &e->key.keysym);
        if (a->eat_text)
            a->dirty = 1;
        break;
    default: {
        int clicked = app_pointer_and_text_event(a, e, INT_MAX);
        if (clicked != UI_NONE)
            activate(w, clicked);
        break;
    }
    }
}

static void ws_loop(workshop *w)
{
    app *a = w->a;
    while (a->running) {
        if (a->dirty)
            ws_draw(w, NULL);
        SDL_Event e;
        int wake = ws_timer_wake_ms(w);
        int got = wake >= 0 ? SDL_WaitEventTimeout(&e, wake) : SDL_WaitEvent(&e);
        if (got)
            handle_event(w, &e);
        if (w->timer_running) {
            ws_timer_tick(w);
            a->dirty = 1;
        }
    }
}

/* ---- opening -------------------------------------------------------------------------- */

static int load_scenario(workshop *w)
{
    app *a = w->a;
    cw_error err = { 0 };
    if (!w->o->scenario)
        return 0;
    char *path = cw_scenario_find(w->o->scenario, &err);
    if (path)
        a->direct = cw_scenario_load(path, &err);
    free(path);
    if (!a->direct) {
        show_error("casewalk workshop", err.message);
        return -1;
    }
    return 0;
}

/* The roles that vote, and the followed one. */
static int setup_roles(workshop *w)
{
    const cw_scenario_info *info = cw_scenario_info_get(w->a->direct);
    w->n_groups = info->n_roles < WS_MAX_ROLES ? info->n_roles : WS_MAX_ROLES;
    for (int i = 0; i < w->n_groups; i++) {
        const char *id = info->roles[i].id;
        w->group_ids[i] = id;
        size_t len = strlen(id);
        if (len <= 4) {
            for (size_t k = 0; k <= len; k++)
                w->group_labels[i][k] = (char)(id[k] >= 'a' && id[k] <= 'z' ? id[k] - 'a' + 'A' : id[k]);
        } else {
            snprintf(w->group_labels[i], sizeof w->group_labels[i], "%s", id);
        }
    }
    w->role = 0;
    if (w->o->role) {
        int found = -1;
        for (int i = 0; i < info->n_roles; i++)
            if (strcmp(info->roles[i].id, w->o->role) == 0)
                found = i;
        if (found < 0) {
            fprintf(stderr, "casewalk workshop: %s has no role \"%s\"\n", show_line(info->path).text,
                    show_line(w->o->role).text);
            return -1;
        }
        w->role = found;
    }
    return 0;
}

int workshop_run(const workshop_options *o)
{
    if (o->screenshot && !screenshot_name_ok(o->screenshot)) {
        fprintf(stderr, "casewalk workshop: --screenshot writes a BMP file: name it with .bmp\n");
        return EXIT_USAGE;
    }
    workshop *w = calloc(1, sizeof *w);
    app *a = calloc(1, sizeof *a);
    if (!w || !a) {
        free(w);
        free(a);
        fprintf(stderr, "casewalk workshop: out of memory\n");
        return EXIT_INPUT;
    }
    w->a = a;
    w->o = o;
    w->play = (play_options){ .scenario = o->scenario, .records_dir = o->records_dir, .mode = CW_MODE_PRACTICE,
                              .screenshot = o->screenshot };
    char why[600];
    cw_error err = { 0 };
    int code = EXIT_INPUT;
    if (app_open(a, &w->play, why, sizeof why) != 0) {
        show_error("casewalk workshop", why);
    } else if (!(a->records_dir = cw_records_dir(o->records_dir, &err))) {
        show_error("casewalk workshop", err.message);
    } else if (load_scenario(w) == 0 && setup_roles(w) == 0) {
        a->settings.theme = THEME_PROJECTOR; /* large text, strong contrast; not saved */
        a->theme = theme_get(THEME_PROJECTOR);
        SDL_SetWindowTitle(a->window, "casewalk workshop");
        app_update_metrics(w->a);
        if (o->votes || o->resume) {
            if (ws_start(w) != 0)
                code = EXIT_INPUT;
            else if (o->votes)
                code = ws_script_run(w);
            else if (o->screenshot)
                code = ws_draw(w, o->screenshot) == 0 ? a->outcome : EXIT_INPUT;
            else
                ws_loop(w), code = a->outcome;
        } else if (o->screenshot) { /* the page before the case, as a picture */
            w->page = WS_PAGE_NOTES;
            code = ws_draw(w, o->screenshot) == 0 ? EXIT_ENDING : EXIT_INPUT;
        } else {
            w->page = WS_PAGE_NOTES;
            a->ui.focus_id = WS_BEGIN;
            ws_loop(w);
            code = a->outcome;
        }
        if (a->session && !cw_session_finished(a->session)) { /* keep the record resumable */
            if (cw_session_pause(a->session, &err) != 0) {
                show_error("casewalk workshop", err.message);
                code = EXIT_INPUT;
            } else if (code == EXIT_ENDING) {
                code = EXIT_PAUSED;
            }
        }
    }
    app_close(a);
    free(a);
    free(w);
    return code;
}
