/* workshop_app.c — workshop mode's window: opened full screen at the projector (or a window no
 * larger than the screen with --windowed), text sized from the window's height (body about 1/34
 * of it), a frame (title bar, the page fitted to the screen, the fixed action bar with the timer
 * and the next action, the pause menu over it), and input through the shared loop and key map. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loop.h"
#include "screenshot.h"
#include "widgets.h"
#include "workshop_app.h"
#include "show.h"

/* ---- metrics ------------------------------------------------------------------------------ */

/* Body text for the room: about a 34th of the window's height, scaled by Ctrl + / −. */
static int target_body(workshop *w)
{
    app *a = w->a;
    double pct = (double)a->settings.projector_text_size / PROJECTOR_TEXT_SIZE_DEFAULT;
    int body = (int)lround((double)a->height / 34.0 * pct);
    return body < 12 ? 12 : body;
}

static void set_body(workshop *w, int body)
{
    app *a = w->a;
    gfx_set_text_size(&a->g, body);
    a->unit = body / 2 > 4 ? body / 2 : 4;
}

static void update_metrics(workshop *w)
{
    app *a = w->a;
    app_update_metrics(a);
    a->line = a->height / 540 > 2 ? a->height / 540 : 2;
    set_body(w, target_body(w));
}

/* ---- the frame ------------------------------------------------------------------------------ */

static int bar_height(workshop *w)
{
    return gfx_font(&w->a->g, FONT_SMALL)->line_height + w->a->unit;
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
    char right[200] = "";
    if (w->room && w->page == WS_PAGE_STEP)
        snprintf(right, sizeof right, "Join: %s \xC2\xB7 code %s", ws_room_url(w), ws_room_code(w));
    else if (w->o->name)
        snprintf(right, sizeof right, "%s", w->o->name);
    int rw = gfx_label_width(&a->g, FONT_SMALL_BOLD, right);
    if (rw > a->width / 2)
        rw = 0, right[0] = '\0';
    if (right[0])
        gfx_label(&a->g, FONT_SMALL_BOLD, right, a->width - u * 2 - rw, y, t->text);
    x += gfx_label(&a->g, FONT_SMALL_BOLD, "casewalk workshop", x, y, t->text) + u;
    char text[600];
    const cw_scenario_info *info = cw_scenario_info_get(a->direct);
    if (w->page == WS_PAGE_STEP && w->role < w->n_groups)
        snprintf(text, sizeof text, "%s \xC2\xB7 %s view", info->title, w->group_labels[w->role]);
    else
        snprintf(text, sizeof text, "%s", info->title);
    if (gfx_label_width(&a->g, FONT_SMALL, text) < a->width - x - rw - u * 3)
        gfx_label(&a->g, FONT_SMALL, text, x, y, t->muted);
}

static const char *page_hints(workshop *w)
{
    switch (w->page) {
    case WS_PAGE_NOTES:
        return "1\xE2\x80\x93" "9 the role the room follows \xC2\xB7 P phones \xC2\xB7 Enter begin \xC2\xB7 F11 full screen \xC2\xB7 Esc quit";
    case WS_PAGE_JOIN:
        return "Enter begin the case \xC2\xB7 Esc back \xC2\xB7 F11 full screen";
    case WS_PAGE_STEP:
        if (w->a->step.kind == CW_STEP_COMPOSE)
            return "1\xE2\x80\x93" "9 add or remove \xC2\xB7 Backspace the last \xC2\xB7 Esc menu";
        if (w->a->step.kind == CW_STEP_ENDING)
            return "Space / Page Up the ending and the room's path \xC2\xB7 Esc close";
        return ws_step_hints(w);
    default:
        return "Enter or Esc close the window";
    }
}

/* The action bar's buttons: the next action first (primary), then the others. */
static void page_actions(workshop *w, int *ids, const char **labels, int *n)
{
    *n = 0;
    switch (w->page) {
    case WS_PAGE_NOTES:
        ids[0] = WS_BEGIN, labels[0] = w->phones ? "Open the room (Enter)" : "Begin the case (Enter)", *n = 1;
        break;
    case WS_PAGE_JOIN:
        ids[0] = WS_START_CASE, labels[0] = "Begin the case (Enter)", *n = 1;
        break;
    case WS_PAGE_STEP: ws_step_actions(w, ids, labels, n); break;
    default: ids[0] = WS_QUIT, labels[0] = "Close (Enter)", *n = 1; break;
    }
}

static int has_timer(workshop *w)
{
    return w->page == WS_PAGE_STEP && w->a->step.kind != CW_STEP_ENDING;
}

static int buttons_width(app *a, const char *const *labels, int n)
{
    int width = 0;
    for (int i = 0; i < n; i++)
        width += widget_button_width(a, labels[i], i ? BUTTON_SECONDARY : BUTTON_PRIMARY) + a->unit;
    return width;
}

/* The bar's actions in fewer words, for a window too narrow for the timer and every full name
 * (a projector at 800x600); the key in brackets stays. */
static const char *short_label(int id, const char *label)
{
    switch (id) {
    case WS_MAJORITY: return "Majority (M)";
    case WS_SHOW_KEY: return "Key (K)";
    case WS_REVEAL: return "Reveal (R)";
    default: return label;
    }
}

/* The fixed bar at the bottom: the timer, the next actions, and the keys (between them when they
 * fit on the same row, else under them). Returns its height. */
static int action_bar(workshop *w, int draw)
{
    app *a = w->a;
    const theme *t = a->theme;
    int u = a->unit;
    const char *hints = page_hints(w);
    char paged[400] = "";
    if (w->parts > 1)
        ws_part_label(w, paged, sizeof paged);
    int bh = widget_button_height(a, BUTTON_PRIMARY);
    int ids[8], n = 0;
    const char *labels[8];
    page_actions(w, ids, labels, &n);
    int timer_w = 0;
    if (has_timer(w)) {
        int was = a->g.measuring;
        a->g.measuring = 1;
        int registered = a->ui.n_controls;
        timer_w = ws_timer_draw(w, 0, 0, UI_FIXED) + u * 2;
        a->ui.n_controls = registered;
        a->g.measuring = was;
    }
    int buttons = buttons_width(a, labels, n);
    if (timer_w + buttons > a->width - u * 4) { /* a small window: the short names, same keys */
        for (int i = 0; i < n; i++)
            labels[i] = short_label(ids[i], labels[i]);
        buttons = buttons_width(a, labels, n);
    }
    /* still too wide (the largest text): the buttons take a row of their own under the timer */
    int two_rows = timer_w > 0 && timer_w + buttons > a->width - u * 4;
    int gap = two_rows ? a->width - u * 4 - timer_w : a->width - u * 4 - timer_w - buttons - u * 2;
    int inline_hints = gfx_label_width(&a->g, FONT_SMALL, hints) <= gap;
    if (!inline_hints && n >= 2)
        hints = ""; /* the buttons name their keys: the room keeps the space */
    font_role hint_font = FONT_SMALL;
    if (paged[0]) { /* which part is on screen, and its keys, is never left out */
        hint_font = FONT_SMALL_BOLD;
        hints = paged;
        inline_hints = gfx_label_width(&a->g, hint_font, hints) <= gap;
    }
    const layout *hl = gfx_layout(&a->g, hint_font, hints, a->width - u * 4);
    int row2 = two_rows ? bh + u : 0;
    int h = u + bh + u + row2 + (inline_hints || !hints[0] ? 0 : hl->height);
    if (!draw)
        return h;
    int y = a->height - h;
    w->action_bar = (SDL_Rect){ 0, y, a->width, h };
    gfx_fill(&a->g, w->action_bar, t->bar);
    gfx_fill(&a->g, (SDL_Rect){ 0, y, a->width, a->line }, t->border_strong);
    int x = u * 2;
    if (has_timer(w))
        x += ws_timer_draw(w, x, y + u, UI_FIXED) + u * 2;
    int bx = a->width - u * 2 - buttons + u, by = y + u + row2;
    if (bx < (two_rows ? u * 2 : x))
        bx = two_rows ? u * 2 : x;
    for (int i = 0; i < n; i++)
        bx += widget_button(a, ids[i], labels[i], i ? BUTTON_SECONDARY : BUTTON_PRIMARY, bx, by, UI_FIXED) + u;
    if (!hints[0])
        ;
    else if (inline_hints)
        gfx_label(&a->g, hint_font, hints, x, y + u + (bh - gfx_font(&a->g, hint_font)->line_height) / 2,
                  paged[0] ? t->text : t->muted);
    else
        gfx_draw_layout(&a->g, gfx_layout(&a->g, hint_font, hints, a->width - u * 4), u * 2, y + u + row2 + bh + u / 2,
                        paged[0] ? t->text : t->muted);
    return h;
}

static void draw_page(workshop *w, int x, int width)
{
    app *a = w->a;
    switch (w->page) {
    case WS_PAGE_NOTES: ws_notes_draw(w, x, width); break;
    case WS_PAGE_JOIN: ws_join_draw(w, x, width); break;
    case WS_PAGE_MESSAGE: ws_message_draw(w, x, width); break;
    case WS_PAGE_STEP:
        if (a->step.kind == CW_STEP_COMPOSE)
            ws_draft_draw(w, x, width);
        else if (a->step.kind == CW_STEP_ENDING)
            ws_end_draw(w, x, width);
        else
            ws_step_draw(w, x, width);
        break;
    }
}

/* Draws the page; only the content rows first..end show (the part on screen, below the page's
 * top margin for a later part). */
static void draw_content(workshop *w, int first, int end)
{
    app *a = w->a;
    int margin = a->unit * 3, column = a->width - 2 * margin;
    int widest = target_body(w) * 56; /* the same column at every fitted size */
    if (column > widest)
        column = widest;
    int x = (a->width - column) / 2;
    a->g.dx = a->g.dy = 0;
    gfx_set_clip(&a->g, a->ui.view);
    gfx_fill(&a->g, a->ui.view, a->theme->background);
    a->g.dy = a->ui.view.y - a->ui.scroll;
    if (end > first) {
        SDL_Rect band = { a->ui.view.x, a->g.dy + first, a->ui.view.w, end - first };
        SDL_IntersectRect(&band, &a->ui.view, &band);
        gfx_set_clip(&a->g, band);
    }
    ui_begin_frame(&a->ui);
    a->ui.content_height = 0;
    w->n_boxes = 0;
    draw_page(w, x, column);
}

/* Draws the page at the room's text size. A page taller than the view is shown in parts
 * (workshop_parts.c); only a single block taller than the view makes the text a step smaller,
 * and never below the default size (a 34th of the height), so that Ctrl + never pushes a
 * choice off the screen. */
static void draw_fitted(workshop *w)
{
    app *a = w->a;
    int target = target_body(w), body = target, floor = (int)lround((double)a->height / 34.0);
    if (floor > target)
        floor = target;
    long key = ws_part_key(w);
    if (key != w->part_key)
        w->part_key = key, w->part = 0;
    int fits;
    for (;;) {
        set_body(w, body);
        a->ui.scroll = 0;
        a->g.breaks = w->breaks, a->g.n_breaks = 0, a->g.max_breaks = WS_MAX_BREAKS, a->g.keep = 0;
        draw_content(w, 0, 0);
        fits = ws_parts_plan(w);
        a->g.breaks = NULL;
        if (fits || body <= floor)
            break;
        body -= body / 12 > 1 ? body / 12 : 1;
        if (body < floor)
            body = floor;
    }
    if (w->part >= w->parts)
        w->part = w->parts - 1;
    w->part_scroll = 0;
    if (fits && w->parts > 1) {
        int lead = w->part > 0 ? a->unit * 2 : 0;
        int first = w->part_start[w->part], end = w->part_end[w->part];
        w->part_scroll = a->ui.scroll = first - lead;
        draw_content(w, first, end);
        ws_part_keep(w);
        w->content_h = lead + end - first + a->unit;
    } else {
        for (int pass = 0; !fits && pass < 2; pass++) { /* a last resort: scroll what still does not fit */
            int moved = ui_clamp_scroll(&a->ui);
            moved |= ui_reveal(&a->ui);
            if (!moved)
                break;
            draw_content(w, 0, 0);
        }
        w->part_scroll = a->ui.scroll;
        ws_part_keep(w);
        w->content_h = a->ui.content_height;
    }
    w->body_px = body;
    set_body(w, target);
}

/* The pause menu over the page, which stays visible but dimmed. */
static void draw_menu(workshop *w)
{
    app *a = w->a;
    SDL_SetRenderDrawBlendMode(a->renderer, SDL_BLENDMODE_BLEND);
    gfx_fill(&a->g, (SDL_Rect){ 0, 0, a->width, a->height }, (SDL_Color){ 0, 0, 0, 150 });
    SDL_SetRenderDrawBlendMode(a->renderer, SDL_BLENDMODE_NONE);
    ws_menu_draw(w);
}

/* Draws a frame; saves it when a screenshot is pending. Returns 0, or -1 if the save failed. */
static int ws_draw(workshop *w, const char *screenshot)
{
    app *a = w->a;
    words_next_frame(&a->g.words);
    SDL_RenderSetViewport(a->renderer, NULL); /* the whole drawable, even before the resize event arrives */
    SDL_RenderSetClipRect(a->renderer, NULL);
    a->g.dx = a->g.dy = 0;
    a->g.clip = (SDL_Rect){ 0, 0, a->width, a->height };
    set_body(w, target_body(w));
    int top = bar_height(w);
    /* the action bar names the part on screen: once the parts are known, its height may change.
     * The room it is given only grows, so this settles: a shorter bar than reserved leaves a
     * gap above it, never an overlap. */
    int bottom = 0;
    for (int pass = 0; pass < 6; pass++) {
        int need = action_bar(w, 0);
        if (pass > 0 && need <= bottom)
            break;
        bottom = need;
        a->ui.view = (SDL_Rect){ 0, top, a->width, a->height - top - bottom };
        if (a->ui.view.h < a->unit)
            a->ui.view.h = a->unit;
        set_body(w, target_body(w));
        draw_fitted(w);
    }
    a->g.dx = a->g.dy = 0;
    gfx_set_clip(&a->g, (SDL_Rect){ 0, 0, a->width, a->height });
    draw_title_bar(w);
    action_bar(w, 1);
    if (w->menu)
        draw_menu(w);
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
    if (w->o->shots) {
        char path[4096], why[600];
        snprintf(path, sizeof path, "%s/%03ld-%s.bmp", w->o->shots, ++w->shot_number, ws_view_name(w));
        if (screenshot_save(a->renderer, a->width, a->height, path, why, sizeof why) != 0) {
            show_error("casewalk workshop", why);
            rc = -1;
        }
    }
    if (w->o->layout_report)
        ws_layout_report(w);
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
    if (w->menu) {
        if (id == WS_MENU_CONTINUE)
            w->menu = 0;
        else if (id == WS_MENU_SAVE_QUIT)
            ws_save_and_quit(w);
    } else if (c && (c->flags & UI_TEXT)) {
        ui_focus(&a->ui, id);
    } else if (id == WS_QUIT) {
        app_quit(a);
    } else if (id == WS_NEXT_PART) {
        ws_next_part(w, +1);
    } else if (id == WS_TIMER) {
        ws_timer_toggle(w);
    } else if (id == WS_TIMER_RESET) {
        ws_timer_reset(w);
    } else if (id == WS_NEXT_PAGE && w->page == WS_PAGE_STEP && a->step.kind == CW_STEP_ENDING) {
        w->scene_page = 1;
    } else if (id == WS_NEXT_PAGE && w->page == WS_PAGE_STEP) {
        ws_next_scene_page(w, +1);
    } else if (w->page == WS_PAGE_NOTES || w->page == WS_PAGE_JOIN) {
        ws_notes_action(w, id);
    } else if (w->page == WS_PAGE_MESSAGE) {
        app_quit(a);
    } else if (a->step.kind == CW_STEP_COMPOSE) {
        if (id == CONTROL_CONTINUE && w->room && a->decision.stage == STAGE_DECIDING
            && ws_room_decide(w, a->decision.order, a->decision.n_order) != 0)
            return;
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

/* Esc: the pause menu during the case (never an end on one key), back from the join page. */
static void escape(workshop *w)
{
    app *a = w->a;
    if (w->menu)
        w->menu = 0;
    else if (w->page == WS_PAGE_STEP && a->session && !cw_session_finished(a->session))
        w->menu = 1;
    else if (w->page == WS_PAGE_JOIN) {
        ws_room_close(w);
        ws_discard_unbegun(w);
        w->page = WS_PAGE_NOTES;
    } else
        app_quit(a);
}

static int menu_key(workshop *w, const SDL_Keysym *key, key_command cmd)
{
    app *a = w->a;
    if (cmd == KEY_NEXT || cmd == KEY_PREVIOUS) {
        a->ui.focus_id = a->ui.focus_id == WS_MENU_CONTINUE ? WS_MENU_SAVE_QUIT : WS_MENU_CONTINUE;
        a->ui.focus_visible = 1;
    } else if (cmd == KEY_ACTIVATE) {
        activate(w, a->ui.focus_id == WS_MENU_SAVE_QUIT ? WS_MENU_SAVE_QUIT : WS_MENU_CONTINUE);
    } else if (key->sym == SDLK_c) {
        w->menu = 0;
    } else if (key->sym == SDLK_q || key->sym == SDLK_s) {
        ws_save_and_quit(w);
    }
    return 1;
}

/* The main action of the page, for Enter when nothing else takes it. */
static int main_action(workshop *w)
{
    int ids[8], n = 0;
    const char *labels[8];
    page_actions(w, ids, labels, &n);
    return n > 0 ? ids[0] : UI_NONE;
}

static int handle_key(workshop *w, const SDL_Keysym *key)
{
    app *a = w->a;
    SDL_Keycode sym = key->sym;
    int shift = key->mod & KMOD_SHIFT;
    key_command cmd = keymap_command(key);
    switch (cmd) {
    case KEY_QUIT: {
        SDL_Event quit = { .type = SDL_QUIT };
        SDL_PushEvent(&quit);
        return 1;
    }
    case KEY_TEXT_LARGER:
    case KEY_TEXT_SMALLER:
    case KEY_TEXT_RESET:
        settings_step_text_size(&a->settings, cmd == KEY_TEXT_RESET ? 0 : cmd == KEY_TEXT_LARGER ? +1 : -1);
        update_metrics(w);
        return 1;
    case KEY_FULLSCREEN: loop_toggle_fullscreen(a); return 1;
    case KEY_BACK: escape(w); return 1;
    default: break;
    }
    if (w->menu)
        return menu_key(w, key, cmd);
    const ui_control *focused = ui_focused(&a->ui);
    int typing = focused && (focused->flags & UI_TEXT);
    if (!typing && sym == SDLK_t && has_timer(w)) {
        if (shift)
            ws_timer_reset(w);
        else
            ws_timer_toggle(w);
        return 1;
    }
    if (w->page == WS_PAGE_NOTES && sym == SDLK_p && !typing) {
        ws_notes_action(w, WS_PHONES);
        return 1;
    }
    /* a page in parts: Page Down and Page Up move between them (a clicker's keys); Space and
     * Enter too where the next part is the page's next action */
    if (!typing && w->parts > 1 && (sym == SDLK_PAGEDOWN || sym == SDLK_PAGEUP)
        && ws_next_part(w, sym == SDLK_PAGEDOWN ? +1 : -1))
        return 1;
    if (!typing && main_action(w) == WS_NEXT_PART && (sym == SDLK_SPACE || sym == SDLK_RETURN || sym == SDLK_KP_ENTER))
        return ws_next_part(w, +1), 1;
    int paging = a->step.kind == CW_STEP_COMPOSE && (w->view == WS_VIEW_SCENE || a->decision.stage == STAGE_FEEDBACK);
    if (w->page == WS_PAGE_STEP && (a->step.kind == CW_STEP_CHOICE || paging) && ws_step_key(w, key))
        return 1;
    if (w->page == WS_PAGE_STEP && a->step.kind == CW_STEP_COMPOSE && compose_screen.key(a, key))
        return 1;
    if (w->page == WS_PAGE_STEP && a->step.kind == CW_STEP_ENDING
        && (sym == SDLK_SPACE || sym == SDLK_PAGEDOWN || sym == SDLK_PAGEUP || sym == SDLK_RIGHT || sym == SDLK_LEFT)) {
        w->scene_page = sym == SDLK_PAGEUP || sym == SDLK_LEFT ? 0 : 1;
        return 1;
    }
    if (typing && text_key(w, focused, key))
        return 1;
    switch (cmd) {
    case KEY_NEXT: ui_focus_step(&a->ui, +1); break;
    case KEY_PREVIOUS: ui_focus_step(&a->ui, -1); break;
    case KEY_PAGE_DOWN: ui_scroll_by(&a->ui, a->ui.view.h * 9 / 10); break;
    case KEY_PAGE_UP: ui_scroll_by(&a->ui, -a->ui.view.h * 9 / 10); break;
    case KEY_TOP: ui_scroll_by(&a->ui, -a->ui.content_height); break;
    case KEY_BOTTOM: ui_scroll_by(&a->ui, a->ui.content_height); break;
    case KEY_ACTIVATE:
        if (typing)
            return 0;
        if (focused && sym == SDLK_SPACE) { /* Space presses the focused control */
            a->ui.focus_visible = 1;
            activate(w, focused->id);
        } else if (focused && !(sym == SDLK_RETURN || sym == SDLK_KP_ENTER)) {
            activate(w, focused->id);
        } else { /* Enter: the page's main action, as the bar says */
            int id = focused && w->page != WS_PAGE_STEP ? focused->id : main_action(w);
            if (id != UI_NONE)
                activate(w, id);
        }
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

static void handle_event(void *ud, const SDL_Event *e)
{
    workshop *w = ud;
    app *a = w->a;
    if (w->room_event && e->type == w->room_event) {
        ws_room_refresh(w);
        a->dirty = 1;
        return;
    }
    switch (e->type) {
    case SDL_QUIT:
        if (w->page == WS_PAGE_STEP && a->session && !cw_session_finished(a->session))
            ws_pause(w);
        app_quit(a);
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e->window.event == SDL_WINDOWEVENT_EXPOSED
            || e->window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED)
            update_metrics(w);
        break;
    case SDL_KEYDOWN:
        a->eat_text = handle_key(w, &e->key.keysym);
        if (a->eat_text)
            a->dirty = 1;
        break;
    default: {
        int clicked = app_pointer_and_text_event(a, e, INT_MAX);
        if (clicked != UI_NONE && (!w->menu || clicked == WS_MENU_CONTINUE || clicked == WS_MENU_SAVE_QUIT))
            activate(w, clicked);
        break;
    }
    }
}

static void loop_draw(void *ud)
{
    ws_draw(ud, NULL);
}

static int loop_wake(void *ud)
{
    return ws_timer_wake_ms(ud);
}

static void loop_tick(void *ud)
{
    workshop *w = ud;
    if (w->timer_running) {
        ws_timer_tick(w);
        w->a->dirty = 1;
    }
}

static void ws_loop(workshop *w)
{
    loop_handler h = { w, loop_draw, handle_event, loop_wake, loop_tick };
    loop_run(w->a, &h);
}

/* ---- opening -------------------------------------------------------------------------- */

static int load_scenario(workshop *w, const char *scenario)
{
    app *a = w->a;
    cw_error err = { 0 };
    char *path = cw_scenario_find(scenario, &err);
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

/* Full screen on the projector by default; a window never larger than the screen otherwise. */
static void place_window(workshop *w)
{
    app *a = w->a;
    SDL_Rect usable;
    int display = SDL_GetWindowDisplayIndex(a->window);
    if (SDL_GetDisplayUsableBounds(display < 0 ? 0 : display, &usable) == 0 && usable.w > 0 && usable.h > 0) {
        int ww, wh;
        SDL_GetWindowSize(a->window, &ww, &wh);
        if (ww > usable.w || wh > usable.h) {
            SDL_SetWindowSize(a->window, ww < usable.w ? ww : usable.w, wh < usable.h ? wh : usable.h);
            SDL_SetWindowPosition(a->window, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED);
        }
    }
    if (!w->o->windowed) {
        a->fullscreen = 1;
        SDL_Rect screen;
        if (SDL_GetDisplayBounds(display < 0 ? 0 : display, &screen) == 0) { /* also without a window manager */
            SDL_SetWindowPosition(a->window, screen.x, screen.y);
            SDL_SetWindowSize(a->window, screen.w, screen.h);
        }
        SDL_SetWindowFullscreen(a->window, SDL_WINDOW_FULLSCREEN_DESKTOP);
        /* the window manager answers in its own time: wait (a second at most) for the resize
         * to arrive, so that the first frame already fills the screen */
        SDL_DisplayMode mode;
        int want_w = 0, want_h = 0;
        if (SDL_GetDesktopDisplayMode(display < 0 ? 0 : display, &mode) == 0)
            want_w = mode.w, want_h = mode.h;
        for (int tries = 0; tries < 100; tries++) {
            SDL_Event e;
            int resized = 0;
            SDL_PumpEvents();
            while (SDL_PeepEvents(&e, 1, SDL_GETEVENT, SDL_WINDOWEVENT, SDL_WINDOWEVENT) > 0)
                resized |= e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED;
            int ww = 0, wh = 0;
            SDL_GetWindowSize(a->window, &ww, &wh);
            if (resized || (ww >= want_w && wh >= want_h && tries > 0))
                break;
            SDL_Delay(10);
        }
        for (int i = 0; i < 2; i++) { /* GL drivers take the new size at a buffer swap */
            SDL_RenderSetViewport(a->renderer, NULL);
            SDL_RenderClear(a->renderer);
            SDL_RenderPresent(a->renderer);
        }
    }
}

/* --resume without a path: the newest unfinished workshop record in the records folder. */
static int find_last_workshop(workshop *w, char **record, char **scenario)
{
    cw_error err = { 0 };
    cw_unfinished *list = NULL;
    int n = cw_records_unfinished(w->a->records_dir, NULL, &list, &err);
    if (n < 0) {
        show_error("casewalk workshop", err.message);
        return -1;
    }
    int found = -1;
    for (int i = 0; i < n && found < 0; i++)
        if (list[i].group)
            found = i;
    if (found < 0) {
        fprintf(stderr, "casewalk workshop: no unfinished workshop in %s\n", show_line(w->a->records_dir).text);
        cw_unfinished_free(list, n);
        return -1;
    }
    *record = strdup(list[found].path);
    *scenario = strdup(list[found].scenario_id);
    cw_unfinished_free(list, n);
    return *record && *scenario ? 0 : -1;
}

int workshop_run(const workshop_options *given)
{
    if (given->screenshot && !screenshot_name_ok(given->screenshot)) {
        fprintf(stderr, "casewalk workshop: --screenshot writes a BMP file: name it with .bmp\n");
        return EXIT_USAGE;
    }
    workshop_options o = *given;
    workshop *w = calloc(1, sizeof *w);
    app *a = calloc(1, sizeof *a);
    if (!w || !a) {
        free(w);
        free(a);
        fprintf(stderr, "casewalk workshop: out of memory\n");
        return EXIT_INPUT;
    }
    w->a = a;
    w->o = &o;
    w->phones = o.listen != NULL;
    w->play = (play_options){ .scenario = o.scenario, .records_dir = o.records_dir, .mode = CW_MODE_PRACTICE,
                              .screenshot = o.screenshot };
    char why[600];
    char *found_record = NULL, *found_scenario = NULL;
    cw_error err = { 0 };
    int code = EXIT_INPUT, ready = 0;
    if (app_open(a, &w->play, why, sizeof why) != 0) {
        show_error("casewalk workshop", why);
    } else if (!(a->records_dir = cw_records_dir(o.records_dir, &err))) {
        show_error("casewalk workshop", err.message);
    } else if (o.resume_last && find_last_workshop(w, &found_record, &found_scenario) != 0) {
        /* said on stderr */
    } else {
        if (found_record)
            o.resume = found_record;
        ready = load_scenario(w, o.scenario ? o.scenario : found_scenario) == 0 && setup_roles(w) == 0;
    }
    if (ready) {
        a->settings.theme = THEME_PROJECTOR; /* large text, strong contrast; not saved */
        a->theme = theme_get(THEME_PROJECTOR);
        SDL_SetWindowTitle(a->window, "casewalk workshop");
        place_window(w);
        update_metrics(w);
        if (o.votes || o.resume) {
            if (ws_start(w) != 0)
                code = EXIT_INPUT;
            else if (w->phones && !o.votes && ws_room_open(w) != 0)
                show_error("casewalk workshop", w->status), code = EXIT_INPUT;
            else if (o.votes)
                code = ws_script_run(w);
            else if (o.screenshot)
                code = ws_draw(w, o.screenshot) == 0 ? a->outcome : EXIT_INPUT;
            else
                ws_loop(w), code = a->outcome;
        } else if (o.screenshot) { /* the page before the case, as a picture */
            w->page = WS_PAGE_NOTES;
            code = ws_draw(w, o.screenshot) == 0 ? EXIT_ENDING : EXIT_INPUT;
        } else {
            w->page = WS_PAGE_NOTES;
            ws_loop(w);
            code = a->outcome;
        }
        if (w->page == WS_PAGE_JOIN) { /* left from the join page: the case never began */
            ws_room_close(w);
            if (ws_discard_unbegun(w))
                code = EXIT_ENDING;
        }
        if (a->session && !cw_session_finished(a->session)) { /* keep the record resumable */
            if (cw_session_pause(a->session, &err) != 0) {
                show_error("casewalk workshop", err.message);
                code = EXIT_INPUT;
            } else if (code == EXIT_ENDING) {
                code = EXIT_PAUSED;
            }
        }
        ws_room_close(w);
    }
    free(w->qr);
    app_close(a);
    free(found_record);
    free(found_scenario);
    free(a);
    free(w);
    return code;
}
