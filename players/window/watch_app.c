/* watch_app.c — the live group summary: polls the records folder every two seconds (the window's
 * only timed wake-up; otherwise it sleeps in the shared loop, loop.h), rebuilds the summary through
 * the report API when a record's size or time changed, and draws per decision "answered N of M"
 * and, once revealed, the choices as bars split by role (roles too small to break out stay
 * pooled, as in the printed summary). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "loop.h"
#include "screenshot.h"
#include "watch_app.h"
#include "widgets.h"
#include "workshop_chart.h"
#include "show.h"

#define WATCH_DECISION_FIRST 100

typedef struct watch {
    app *a;
    play_options play;
    const watch_options *o;
    cw_report_group *group;
    const cw_report_group_view *view;
    uint64_t signature;
    long n_paths_seen;
    int polled;
    char status[1200];
    char changed_at[16]; /* when the summary last changed, hh:mm:ss */
    int selected;
    char **revealed; /* scene ids of the decisions revealed */
    int n_revealed;
    Uint32 next_poll; /* SDL ticks of the next look at the folder */
} watch;

/* ---- the folder ---------------------------------------------------------------------------- */

typedef struct signature_run {
    uint64_t hash;
    long count;
} signature_run;

static void mix(uint64_t *h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        *h ^= p[i];
        *h *= 1099511628211ULL;
    }
}

static int sign_one(void *ud, const char *path, cw_error *err)
{
    signature_run *run = ud;
    struct stat st;
    (void)err;
    mix(&run->hash, path, strlen(path) + 1);
    if (stat(path, &st) == 0) {
        long long facts[3] = { (long long)st.st_size, (long long)st.st_mtim.tv_sec, (long long)st.st_mtim.tv_nsec };
        mix(&run->hash, facts, sizeof facts);
    }
    run->count++;
    return 0;
}

static int scan_one(void *ud, const char *path, cw_error *err)
{
    (void)err;
    cw_report_group_scan(ud, path);
    return 0;
}

static int add_one(void *ud, const char *path, cw_error *err)
{
    cw_error local = { 0 };
    int rc = cw_report_group_add(ud, path, &local);
    if (rc < 0) {
        *err = local;
        return -1;
    }
    return 0;
}

static void stamp_now(watch *wt)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(wt->changed_at, sizeof wt->changed_at, "%H:%M:%S", &tm);
}

static void rebuild(watch *wt)
{
    const watch_options *o = wt->o;
    cw_error err = { 0 };
    cw_report_group *g = cw_report_group_new(&o->group);
    const cw_report_group_view *view = NULL;
    if (!g) {
        snprintf(wt->status, sizeof wt->status, "Out of memory while reading the records.");
        return;
    }
    if (cw_report_each_record(o->paths, o->n_paths, 1, scan_one, g, NULL, &err) == 0 && cw_report_group_begin(g, &err) == 0
        && cw_report_each_record(o->paths, o->n_paths, 1, add_one, g, NULL, &err) == 0)
        view = cw_report_group_finish(g, &err);
    if (!view) {
        cw_report_group_free(g);
        if (wt->n_paths_seen == 0)
            snprintf(wt->status, sizeof wt->status, "Waiting for records in %s \xE2\x80\x94 they appear here as "
                     "trainees finish or pause.", o->paths[0]);
        else
            snprintf(wt->status, sizeof wt->status, "The records could not be summarized yet: %s", err.message);
        return;
    }
    if (wt->group)
        cw_report_group_free(wt->group);
    wt->group = g;
    wt->view = view;
    wt->status[0] = '\0';
    if (wt->selected >= view->n_decisions)
        wt->selected = view->n_decisions > 0 ? view->n_decisions - 1 : 0;
}

/* Looks at the folder; rebuilds when anything changed. Returns 1 when it did. */
static int poll_folder(watch *wt)
{
    signature_run run = { 1469598103934665603ULL, 0 };
    cw_error err = { 0 };
    if (cw_report_each_record(wt->o->paths, wt->o->n_paths, 1, sign_one, &run, NULL, &err) != 0) {
        snprintf(wt->status, sizeof wt->status, "%s", err.message);
        return 1;
    }
    if (wt->polled && run.hash == wt->signature)
        return 0;
    wt->polled = 1;
    wt->signature = run.hash;
    wt->n_paths_seen = run.count;
    rebuild(wt);
    stamp_now(wt);
    return 1;
}

/* ---- what is revealed --------------------------------------------------------------------- */

static int revealed_at(const watch *wt, const char *scene)
{
    for (int i = 0; i < wt->n_revealed; i++)
        if (strcmp(wt->revealed[i], scene) == 0)
            return i;
    return -1;
}

static int is_revealed(const watch *wt, const char *scene)
{
    return revealed_at(wt, scene) >= 0;
}

static void set_revealed(watch *wt, const char *scene, int on)
{
    int at = revealed_at(wt, scene);
    if (on && at < 0) {
        char **grown = realloc(wt->revealed, (size_t)(wt->n_revealed + 1) * sizeof *grown);
        char *copy = strdup(scene);
        if (!grown || !copy) {
            free(copy);
            if (grown)
                wt->revealed = grown;
            return;
        }
        wt->revealed = grown;
        wt->revealed[wt->n_revealed++] = copy;
    } else if (!on && at >= 0) {
        free(wt->revealed[at]);
        wt->revealed[at] = wt->revealed[--wt->n_revealed];
    }
}

static void reveal_all(watch *wt)
{
    if (!wt->view)
        return;
    int all = 1;
    for (int i = 0; i < wt->view->n_decisions; i++)
        all &= is_revealed(wt, wt->view->decisions[i].scene);
    for (int i = 0; i < wt->view->n_decisions; i++)
        set_revealed(wt, wt->view->decisions[i].scene, !all);
}

/* ---- drawing -------------------------------------------------------------------------------- */

/* M of "answered N of M": --expect, else the records in; a workshop's votes count one each, so
 * with workshop records M is at least the most answers any decision had. */
static long expected(const watch *wt)
{
    if (wt->o->expect > 0)
        return wt->o->expect;
    if (!wt->view)
        return 0;
    return wt->view->trainee_sessions; /* rooms' votes are counted apart */
}

static int header(watch *wt, int x, int y, int width)
{
    app *a = wt->a;
    const theme *t = a->theme;
    const cw_report_group_view *v = wt->view;
    int u = a->unit, h = 0;
    char line[1400];
    h += widget_caption(a, "Live group summary", x, y + h, width) + u / 3;
    h += gfx_text(&a->g, FONT_TITLE, v && v->scenario_title ? v->scenario_title : "casewalk", x, y + h, width, t->text) + u / 2;
    int n = 0;
    if (v) {
        if (wt->o->expect > 0)
            n = snprintf(line, sizeof line, "%ld of %d expected sessions in", v->trainee_sessions, wt->o->expect);
        else
            n = snprintf(line, sizeof line, "%ld session%s in", v->trainee_sessions,
                         v->trainee_sessions == 1 ? "" : "s");
        if (v->set_aside_total > v->partly_used)
            n += snprintf(line + n, sizeof line - (size_t)n, " \xC2\xB7 %ld set aside (see casewalk summary)",
                          v->set_aside_total - v->partly_used);
        if (v->workshops > 0)
            n += snprintf(line + n, sizeof line - (size_t)n, " \xC2\xB7 %ld room%s (votes apart)", v->workshops,
                          v->workshops == 1 ? "" : "s");
        for (int i = 0; i < v->n_sessions_split && n < (int)sizeof line; i++)
            n += snprintf(line + n, sizeof line - (size_t)n, " \xC2\xB7 %s %d", v->sessions[i].label, v->sessions[i].answered);
    }
    if (n < (int)sizeof line)
        snprintf(line + n, sizeof line - (size_t)n, "%sthe folder is checked every 2 s%s%s", n ? " \xC2\xB7 " : "",
                 wt->changed_at[0] ? ", last change " : "", wt->changed_at);
    h += gfx_text(&a->g, FONT_SMALL, line, x, y + h, width, t->muted) + u;
    if (wt->status[0])
        h += gfx_text(&a->g, FONT_BOLD, wt->status, x, y + h, width, t->text) + u;
    if (v && v->scenario_note)
        h += gfx_text(&a->g, FONT_SMALL, v->scenario_note, x, y + h, width, t->muted) + u;
    return h;
}

/* "Answered 3 of 4" and a thin bar of the same. */
static int answered_line(watch *wt, const cw_report_group_decision *d, int x, int y, int width)
{
    app *a = wt->a;
    const theme *t = a->theme;
    long m = expected(wt);
    char line[128];
    snprintf(line, sizeof line, "Answered %d of %ld", d->answered, m);
    const font *f = gfx_font(&a->g, FONT_HEADING);
    int lw = gfx_label(&a->g, FONT_HEADING, line, x, y, t->text) + a->unit * 2;
    int track_w = width - lw;
    if (track_w > a->unit * 4 && m > 0) {
        int bar_h = a->unit;
        SDL_Rect track = { x + lw, y + (f->line_height - bar_h) / 2, track_w, bar_h };
        gfx_round_frame(&a->g, track, bar_h / 2, a->line, t->border_strong, t->panel);
        long filled = d->answered > m ? m : d->answered;
        int fw = (int)((long)(track_w - 2 * a->line) * filled / m);
        if (fw > 0)
            gfx_round_fill(&a->g, (SDL_Rect){ track.x + a->line, track.y + a->line, fw, bar_h - 2 * a->line },
                           (bar_h - 2 * a->line) / 2, t->accent);
    }
    return f->line_height;
}

/* The decision's panel content (or its measure). */
static int decision_content(watch *wt, int i, int x, int y, int width)
{
    app *a = wt->a;
    const theme *t = a->theme;
    const cw_report_group_decision *d = &wt->view->decisions[i];
    int u = a->unit, h = 0;
    int shown = is_revealed(wt, d->scene);
    char line[600], phase[128];
    snprintf(line, sizeof line, "Decision %d \xC2\xB7 %s \xC2\xB7 %s%s", d->first_number,
             widget_phase(d->phase, phase, sizeof phase), d->title, d->is_draft ? " (drafts, by rating)" : "");
    h += widget_caption(a, line, x, y + h, width) + u / 3;
    h += answered_line(wt, d, x, y + h, width) + u;

    chart_group groups[CHART_MAX_GROUPS];
    int counts_all[64], n_groups = 0;
    if (d->n_splits > 0) {
        for (int s = 0; s < d->n_splits && n_groups < CHART_MAX_GROUPS; s++, n_groups++)
            groups[n_groups] = (chart_group){ d->splits[s].label, d->splits[s].counts, d->splits[s].offered,
                                              d->splits[s].answered, chart_pattern_for(d->splits[s].role, s) };
        chart_sort(groups, n_groups);
    } else {
        for (int c = 0; c < d->n_choices && c < 64; c++)
            counts_all[c] = d->choices[c].count;
        groups[n_groups++] = (chart_group){ "All", counts_all, NULL, d->answered, 3 };
    }
    for (int c = 0; c < d->n_choices && c < 64; c++) {
        const cw_report_group_choice *ch = &d->choices[c];
        snprintf(line, sizeof line, "%s%s%d. %s", ch->for_roles ? ch->for_roles : "", ch->for_roles ? " " : "",
                 ch->number, ch->text && ch->text[0] ? ch->text : ch->id);
        h += gfx_text(&a->g, FONT_BODY, line, x, y + h, width, t->text);
        if (shown && ch->recommended)
            h += gfx_text(&a->g, FONT_SMALL_BOLD, "\xE2\x9C\x94 Recommended", x + u * 2, y + h, width - u * 2,
                          t->rating[CW_RATING_RECOMMENDED]);
        if (shown) {
            h += u / 3;
            h += chart_bars(a, groups, n_groups, c, x + u * 2, y + h, width - u * 2);
        }
        h += u / 2;
    }
    if (shown) {
        h += chart_legend(a, groups, n_groups, x, y + h, width) + u / 2;
        if (d->not_split_why)
            h += gfx_text(&a->g, FONT_SMALL, d->not_split_why, x, y + h, width, t->muted) + u / 2;
        if (d->prompt && d->prompt[0]) {
            snprintf(line, sizeof line, "%s: %s", d->discussion ? "Discussion" : "Discussion (suggested)", d->prompt);
            h += gfx_text(&a->g, FONT_BOLD, line, x, y + h, width, t->text);
        }
    } else {
        h += gfx_text(&a->g, FONT_SMALL_BOLD, "Results hidden \xC2\xB7 R reveals this decision, A all of them",
                      x, y + h, width, t->muted);
    }
    return h;
}

static int decision_panel(watch *wt, int i, int x, int y, int width)
{
    app *a = wt->a;
    const theme *t = a->theme;
    int pad = a->unit * 3 / 2;
    int registered = a->ui.n_controls;
    a->g.measuring = 1;
    int h = decision_content(wt, i, x + pad, y + pad, width - 2 * pad) + 2 * pad;
    a->g.measuring = 0;
    a->ui.n_controls = registered;
    SDL_Rect r = { x, y, width, h };
    int state = ui_add(&a->ui, WATCH_DECISION_FIRST + i, r, 0, 0);
    int selected = i == wt->selected;
    if ((state & UI_FOCUSED) && a->ui.focus_visible)
        gfx_focus_ring(&a->g, r, a->unit * 2 / 3, a->line + 1, a->line * 2 + 1, t->focus, t->background);
    gfx_round_frame(&a->g, r, a->unit * 2 / 3, selected ? a->line * 2 + 1 : a->line,
                    selected ? t->accent : t->border, t->surface);
    decision_content(wt, i, x + pad, y + pad, width - 2 * pad);
    return h;
}

static void draw_page(watch *wt, int x, int width)
{
    app *a = wt->a;
    int u = a->unit, y = u * 3;
    y += header(wt, x, y, width) + u;
    if (wt->view)
        for (int i = 0; i < wt->view->n_decisions; i++)
            y += decision_panel(wt, i, x, y, width) + u * 2;
    a->ui.content_height = y + u * 2;
}

static const char *hints(void)
{
    return "\xE2\x86\x91\xE2\x86\x93 or Tab choose a decision \xC2\xB7 R reveal or hide it \xC2\xB7 A reveal or hide all "
           "\xC2\xB7 Ctrl + / Ctrl \xE2\x88\x92 text size \xC2\xB7 F11 full screen \xC2\xB7 Esc close";
}

static void draw_content(watch *wt, int x, int width)
{
    app *a = wt->a;
    a->g.dx = a->g.dy = 0;
    gfx_set_clip(&a->g, a->ui.view);
    gfx_fill(&a->g, a->ui.view, a->theme->background);
    a->g.dy = a->ui.view.y - a->ui.scroll;
    ui_begin_frame(&a->ui);
    draw_page(wt, x, width);
}

static int draw(watch *wt, const char *screenshot)
{
    app *a = wt->a;
    const theme *t = a->theme;
    int u = a->unit;
    words_next_frame(&a->g.words);
    SDL_RenderSetClipRect(a->renderer, NULL);
    a->g.dx = a->g.dy = 0;
    a->g.clip = (SDL_Rect){ 0, 0, a->width, a->height };
    int top = gfx_font(&a->g, FONT_SMALL)->line_height + u * 2;
    int bottom = gfx_layout(&a->g, FONT_SMALL, hints(), a->width - u * 4)->height + u;
    a->ui.view = (SDL_Rect){ 0, top, a->width, a->height - top - bottom };
    int column = a->width - u * 6, widest = gfx_font(&a->g, FONT_BODY)->size * 46;
    if (column > widest)
        column = widest;
    int x = (a->width - column) / 2;
    draw_content(wt, x, column);
    if (ui_clamp_scroll(&a->ui) | ui_reveal(&a->ui))
        draw_content(wt, x, column);
    a->g.dx = a->g.dy = 0;
    gfx_set_clip(&a->g, (SDL_Rect){ 0, 0, a->width, a->height });
    gfx_fill(&a->g, (SDL_Rect){ 0, 0, a->width, top }, t->bar);
    gfx_fill(&a->g, (SDL_Rect){ 0, top - a->line, a->width, a->line }, t->border);
    gfx_label(&a->g, FONT_SMALL_BOLD, "casewalk summary \xC2\xB7 live", u * 2, u, t->text);
    gfx_fill(&a->g, (SDL_Rect){ 0, a->height - bottom, a->width, bottom }, t->bar);
    gfx_fill(&a->g, (SDL_Rect){ 0, a->height - bottom, a->width, a->line }, t->border);
    gfx_text(&a->g, FONT_SMALL, hints(), u * 2, a->height - bottom + u / 2, a->width - u * 4, t->muted);
    SDL_RenderSetClipRect(a->renderer, NULL);
    int rc = 0;
    if (screenshot) {
        char why[600];
        if (screenshot_save(a->renderer, a->width, a->height, screenshot, why, sizeof why) != 0) {
            show_error("casewalk summary", why);
            rc = -1;
        }
    }
    SDL_RenderPresent(a->renderer);
    a->dirty = 0;
    return rc;
}

/* ---- input -------------------------------------------------------------------------------- */

static void select_decision(watch *wt, int i)
{
    if (!wt->view || wt->view->n_decisions == 0)
        return;
    int n = wt->view->n_decisions;
    wt->selected = ((i % n) + n) % n;
    ui_focus(&wt->a->ui, WATCH_DECISION_FIRST + wt->selected);
    wt->a->ui.focus_visible = 1;
}

static void toggle_selected(watch *wt)
{
    if (!wt->view || wt->selected >= wt->view->n_decisions)
        return;
    const char *scene = wt->view->decisions[wt->selected].scene;
    set_revealed(wt, scene, !is_revealed(wt, scene));
}

/* The shared key map (loop.h) first: Esc (back: this view closes), F11, Ctrl + / −, Ctrl+Q. */
static void handle_key(watch *wt, const SDL_Keysym *key)
{
    app *a = wt->a;
    SDL_Keycode sym = key->sym;
    key_command cmd = keymap_command(key);
    switch (cmd) {
    case KEY_TEXT_LARGER:
    case KEY_TEXT_SMALLER:
    case KEY_TEXT_RESET:
        settings_step_text_size(&a->settings, cmd == KEY_TEXT_RESET ? 0 : cmd == KEY_TEXT_LARGER ? +1 : -1);
        app_update_metrics(wt->a);
        return;
    case KEY_BACK:
    case KEY_QUIT: app_quit(a); return;
    case KEY_FULLSCREEN: loop_toggle_fullscreen(a); return;
    case KEY_ACTIVATE: toggle_selected(wt); break;
    case KEY_NEXT:
    case KEY_PREVIOUS:
        if (sym == SDLK_LEFT || sym == SDLK_RIGHT)
            return;
        select_decision(wt, wt->selected + (cmd == KEY_NEXT ? +1 : -1));
        break;
    case KEY_PAGE_DOWN: ui_scroll_by(&a->ui, a->ui.view.h * 9 / 10); break;
    case KEY_PAGE_UP: ui_scroll_by(&a->ui, -a->ui.view.h * 9 / 10); break;
    case KEY_TOP: ui_scroll_by(&a->ui, -a->ui.content_height); break;
    case KEY_BOTTOM: ui_scroll_by(&a->ui, a->ui.content_height); break;
    default:
        if (sym == SDLK_q)
            app_quit(a);
        else if (sym == SDLK_r)
            toggle_selected(wt);
        else if (sym == SDLK_a)
            reveal_all(wt);
        else
            return;
    }
    a->dirty = 1;
}

static void handle_event(void *ud, const SDL_Event *e)
{
    watch *wt = ud;
    app *a = wt->a;
    switch (e->type) {
    case SDL_QUIT: app_quit(a); break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e->window.event == SDL_WINDOWEVENT_EXPOSED)
            app_update_metrics(wt->a);
        break;
    case SDL_KEYDOWN: handle_key(wt, &e->key.keysym); break;
    case SDL_MOUSEBUTTONUP: {
        if (e->button.button != SDL_BUTTON_LEFT)
            break;
        int x = (int)lroundf((float)e->button.x * a->scale), y = (int)lroundf((float)e->button.y * a->scale);
        int id = ui_control_at(&a->ui, x, y);
        if (id >= WATCH_DECISION_FIRST) {
            wt->selected = id - WATCH_DECISION_FIRST;
            a->ui.focus_visible = 0;
            a->dirty = 1;
        }
        break;
    }
    case SDL_MOUSEWHEEL: {
        float dy = e->wheel.preciseY;
        if (e->wheel.direction == SDL_MOUSEWHEEL_FLIPPED)
            dy = -dy;
        ui_scroll_by(&a->ui, (int)lroundf(-dy * (float)gfx_font(&a->g, FONT_BODY)->line_height * 3.0f));
        a->dirty = 1;
        break;
    }
    default: break;
    }
}

/* Polls the folder when due; the shared loop (loop.h) sleeps until then or an event. */
static void poll_if_due(watch *wt)
{
    if (!SDL_TICKS_PASSED(SDL_GetTicks(), wt->next_poll))
        return;
    if (poll_folder(wt)) {
        if (wt->o->reveal_all && wt->view)
            for (int i = 0; i < wt->view->n_decisions; i++)
                set_revealed(wt, wt->view->decisions[i].scene, 1);
        wt->a->dirty = 1;
    }
    wt->next_poll = SDL_GetTicks() + WATCH_POLL_MS;
}

static int loop_wake(void *ud)
{
    watch *wt = ud;
    Uint32 now = SDL_GetTicks();
    return SDL_TICKS_PASSED(now, wt->next_poll) ? 0 : (int)(wt->next_poll - now);
}

static void loop_tick(void *ud)
{
    poll_if_due(ud);
}

static void loop_draw(void *ud)
{
    draw(ud, NULL);
}

/* Waits for an event or the next poll; polls when due (for the screenshot's wait). */
static void wait_and_poll(watch *wt)
{
    SDL_Event e;
    if (SDL_WaitEventTimeout(&e, loop_wake(wt)))
        handle_event(wt, &e);
    poll_if_due(wt);
}

/* For --screenshot: what the picture shows, in words, on standard output. */
static void print_counts(const watch *wt)
{
    if (!wt->view) {
        printf("no records\n");
        return;
    }
    printf("records %ld\n", wt->view->included);
    for (int i = 0; i < wt->view->n_decisions; i++) {
        const cw_report_group_decision *d = &wt->view->decisions[i];
        printf("decision %d %s: answered %d of %ld, %s\n", d->first_number, show_line(d->scene).text,
               d->answered, expected(wt), is_revealed(wt, d->scene) ? "revealed" : "hidden");
    }
}

int watch_run(const watch_options *o)
{
    if (o->screenshot && !screenshot_name_ok(o->screenshot)) {
        fprintf(stderr, "casewalk summary: --screenshot writes a BMP file: name it with .bmp\n");
        return EXIT_USAGE;
    }
    watch *wt = calloc(1, sizeof *wt);
    app *a = calloc(1, sizeof *a);
    if (!wt || !a) {
        free(wt);
        free(a);
        fprintf(stderr, "casewalk summary: out of memory\n");
        return EXIT_INPUT;
    }
    wt->a = a;
    wt->o = o;
    wt->play.screenshot = o->screenshot;
    char why[600];
    int code = EXIT_INPUT;
    if (app_open(a, &wt->play, why, sizeof why) != 0) {
        show_error("casewalk summary", why);
    } else {
        a->settings.theme = THEME_PROJECTOR; /* large text for a room; not saved */
        a->theme = theme_get(THEME_PROJECTOR);
        SDL_SetWindowTitle(a->window, "casewalk summary");
        app_update_metrics(wt->a);
        poll_folder(wt);
        if (o->reveal_all && wt->view)
            for (int i = 0; i < wt->view->n_decisions; i++)
                set_revealed(wt, wt->view->decisions[i].scene, 1);
        wt->next_poll = SDL_GetTicks() + WATCH_POLL_MS;
        if (o->screenshot) {
            Uint32 give_up = SDL_GetTicks() + WATCH_SHOT_WAIT_MS;
            while (a->running && o->expect > 0 && (!wt->view || wt->view->included < o->expect)
                   && !SDL_TICKS_PASSED(SDL_GetTicks(), give_up))
                wait_and_poll(wt);
            code = draw(wt, o->screenshot) == 0 && wt->view ? EXIT_ENDING : EXIT_INPUT;
            print_counts(wt);
        } else {
            a->interactive = 0;
            loop_handler h = { wt, loop_draw, handle_event, loop_wake, loop_tick };
            loop_run(a, &h);
            code = EXIT_ENDING;
        }
    }
    if (wt->group)
        cw_report_group_free(wt->group);
    for (int i = 0; i < wt->n_revealed; i++)
        free(wt->revealed[i]);
    free(wt->revealed);
    app_close(a);
    free(a);
    free(wt);
    return code;
}
