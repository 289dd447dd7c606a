/* input.c — keys, typing, pointer and wheel in the trainee's window: the keys every window shares
 * (loop.h's key map: Tab and arrows move the focus, Enter and Space activate, Esc goes to the
 * screen's pause or back, Ctrl + / − text size, F2 high contrast, F3 projector, F11 full screen,
 * Ctrl+Q quit), number keys, then the screen's own keys. */
#include <math.h>

#include "app.h"
#include "loop.h"

static void activate(app *a, int id)
{
    switch (id) {
    case TOOL_PAUSE:
        if (app_screen(a)->escape)
            app_screen(a)->escape(a);
        break;
    case TOOL_SMALLER: app_step_text_size(a, -1); break;
    case TOOL_LARGER: app_step_text_size(a, +1); break;
    case TOOL_CONTRAST: app_toggle_theme(a, THEME_HIGH_CONTRAST); break;
    case TOOL_PROJECTOR: app_toggle_theme(a, THEME_PROJECTOR); break;
    default: {
        const ui_control *c = ui_find(&a->ui, id);
        if (c && (c->flags & UI_TEXT))
            ui_focus(&a->ui, id);
        else
            app_screen(a)->action(a, id);
    }
    }
    a->dirty = 1;
}

static void paste(textfield *field)
{
    if (!SDL_HasClipboardText())
        return;
    char *text = SDL_GetClipboardText();
    if (text)
        textfield_insert(field, text);
    SDL_free(text);
}

int app_edit_key(textfield *f, const SDL_Keysym *key)
{
    switch (key->sym) {
    case SDLK_BACKSPACE: textfield_backspace(f); return 1;
    case SDLK_DELETE: textfield_delete(f); return 1;
    case SDLK_LEFT: textfield_left(f); return 1;
    case SDLK_RIGHT: textfield_right(f); return 1;
    case SDLK_HOME: textfield_home(f); return 1;
    case SDLK_END: textfield_end(f); return 1;
    case SDLK_v:
        if (key->mod & KMOD_CTRL) {
            paste(f);
            return 1;
        }
        return 0;
    case SDLK_a:
        if (key->mod & KMOD_CTRL) {
            textfield_select_all(f);
            return 1;
        }
        return 0;
    default: return 0;
    }
}

/* Keys of a focused text box; returns 1 when the key was for it. */
static int text_key(app *a, const ui_control *c, const SDL_Keysym *key)
{
    if (app_edit_key(c->field, key))
        return 1;
    if (key->sym == SDLK_RETURN || key->sym == SDLK_KP_ENTER) {
        if (c->enter_id != UI_NONE)
            activate(a, c->enter_id);
        return 1;
    }
    return 0;
}

int app_number_key(SDL_Keycode sym)
{
    if (sym >= SDLK_1 && sym <= SDLK_9)
        return (int)(sym - SDLK_1) + 1;
    if (sym >= SDLK_KP_1 && sym <= SDLK_KP_9)
        return (int)(sym - SDLK_KP_1) + 1;
    return 0;
}

/* Returns 1 when the key did something (its text, if any, is then not typed). The keys every
 * window shares come from the one key map (loop.h). */
static int handle_key(app *a, const SDL_Keysym *key)
{
    int ctrl = key->mod & KMOD_CTRL;
    SDL_Keycode sym = key->sym;
    key_command cmd = keymap_command(key);
    switch (cmd) {
    case KEY_TEXT_LARGER: app_step_text_size(a, +1); return 1;
    case KEY_TEXT_SMALLER: app_step_text_size(a, -1); return 1;
    case KEY_TEXT_RESET: app_step_text_size(a, 0); return 1;
    case KEY_QUIT: {
        SDL_Event quit = { .type = SDL_QUIT };
        SDL_PushEvent(&quit);
        return 1;
    }
    case KEY_CONTRAST: app_toggle_theme(a, THEME_HIGH_CONTRAST); return 1;
    case KEY_PROJECTOR: app_toggle_theme(a, THEME_PROJECTOR); return 1;
    case KEY_FULLSCREEN: loop_toggle_fullscreen(a); return 1;
    default: break;
    }
    if (ctrl && (sym == SDLK_RETURN || sym == SDLK_KP_ENTER) && ui_find(&a->ui, CONTROL_CONTINUE)) {
        activate(a, CONTROL_CONTINUE); /* submit from anywhere, even from a text box */
        return 1;
    }
    const ui_control *in_box = ui_focused(&a->ui);
    int in_text = in_box && (in_box->flags & UI_TEXT);
    if (sym == SDLK_F1 || (!in_text && (sym == SDLK_QUESTION || (sym == SDLK_SLASH && (key->mod & KMOD_SHIFT))))) {
        help_toggle(a);
        return 1;
    }
    const screen_ops *ops = app_screen(a);
    if (ops->key && ops->key(a, key))
        return a->dirty = 1;
    const ui_control *focused = ui_focused(&a->ui);
    if (focused && (focused->flags & UI_TEXT) && text_key(a, focused, key)) {
        a->dirty = 1;
        return 1;
    }
    int typing = focused && (focused->flags & UI_TEXT);
    switch (cmd) {
    case KEY_NEXT: ui_focus_step(&a->ui, +1); break;
    case KEY_PREVIOUS: ui_focus_step(&a->ui, -1); break;
    case KEY_PAGE_DOWN: ui_scroll_by(&a->ui, a->ui.view.h * 9 / 10); break;
    case KEY_PAGE_UP: ui_scroll_by(&a->ui, -a->ui.view.h * 9 / 10); break;
    case KEY_TOP: ui_scroll_by(&a->ui, -a->ui.content_height); break;
    case KEY_BOTTOM: ui_scroll_by(&a->ui, a->ui.content_height); break;
    case KEY_BACK: /* Esc: the screen's pause or back */
        if (ops->escape)
            ops->escape(a);
        break;
    case KEY_ACTIVATE:
        if (typing || !focused)
            return 0;
        a->ui.focus_visible = 1;
        activate(a, focused->id);
        break;
    default: {
        int n = typing ? 0 : app_number_key(sym);
        int id = n ? ui_control_for_key(&a->ui, n) : UI_NONE;
        if (id == UI_NONE)
            return 0;
        a->ui.focus_visible = 1;
        activate(a, id);
    }
    }
    a->dirty = 1;
    return 1;
}

void app_pointer(const app *a, int wx, int wy, int *x, int *y)
{
    *x = (int)lroundf((float)wx * a->scale);
    *y = (int)lroundf((float)wy * a->scale);
}

int app_pointer_and_text_event(app *a, const SDL_Event *e, int focus_limit)
{
    int x, y;
    switch (e->type) {
    case SDL_TEXTINPUT: {
        if (a->eat_text) { /* the text of a key that was a command */
            a->eat_text = 0;
            break;
        }
        const ui_control *c = ui_focused(&a->ui);
        if (c && (c->flags & UI_TEXT) && textfield_insert(c->field, e->text.text))
            a->dirty = 1;
        break;
    }
    case SDL_MOUSEMOTION: {
        app_pointer(a, e->motion.x, e->motion.y, &x, &y);
        int over = ui_control_at(&a->ui, x, y);
        if (over != a->ui.hover_id) {
            a->ui.hover_id = over;
            a->dirty = 1;
        }
        break;
    }
    case SDL_MOUSEBUTTONDOWN:
        if (e->button.button != SDL_BUTTON_LEFT)
            break;
        app_pointer(a, e->button.x, e->button.y, &x, &y);
        a->ui.press_id = ui_control_at(&a->ui, x, y);
        a->ui.focus_visible = 0;
        if (a->ui.press_id != UI_NONE && a->ui.press_id < focus_limit)
            a->ui.focus_id = a->ui.press_id;
        a->dirty = 1;
        break;
    case SDL_MOUSEBUTTONUP: {
        if (e->button.button != SDL_BUTTON_LEFT)
            break;
        app_pointer(a, e->button.x, e->button.y, &x, &y);
        int pressed = a->ui.press_id;
        a->ui.press_id = UI_NONE;
        a->dirty = 1;
        if (pressed != UI_NONE && pressed == ui_control_at(&a->ui, x, y))
            return pressed;
        break;
    }
    case SDL_MOUSEWHEEL: {
        float dy = e->wheel.preciseY;
        if (e->wheel.direction == SDL_MOUSEWHEEL_FLIPPED)
            dy = -dy;
        int before = a->ui.scroll;
        ui_scroll_by(&a->ui, (int)lroundf(-dy * (float)gfx_font(&a->g, FONT_BODY)->line_height * 3.0f));
        if (a->ui.scroll != before)
            a->dirty = 1;
        break;
    }
    default:
        break;
    }
    return UI_NONE;
}

void app_handle_event(app *a, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_QUIT:
        if (a->session && !cw_session_finished(a->session))
            play_pause(a);
        app_quit(a);
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
            if (!a->fullscreen && !(SDL_GetWindowFlags(a->window) & SDL_WINDOW_MAXIMIZED)) {
                SDL_GetWindowSize(a->window, &a->settings.width, &a->settings.height);
                a->settings_changed = 1;
            }
            app_update_metrics(a);
            a->ui.reveal_focus = 1;
        } else if (e->window.event == SDL_WINDOWEVENT_EXPOSED || e->window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED) {
            app_update_metrics(a); /* redraw; a new screen may have another scale */
        } else if (e->window.event == SDL_WINDOWEVENT_LEAVE && a->ui.hover_id != UI_NONE) {
            a->ui.hover_id = UI_NONE;
            a->dirty = 1;
        }
        break;
    case SDL_KEYDOWN:
        a->eat_text = handle_key(a, &e->key.keysym);
        break;
    default: {
        int clicked = app_pointer_and_text_event(a, e, TOOL_IDS);
        if (clicked != UI_NONE)
            activate(a, clicked);
        break;
    }
    }
}


