/* loop.c — the shared event loop and key map (loop.h). */
#include "app.h"
#include "loop.h"

key_command keymap_command(const SDL_Keysym *key)
{
    int ctrl = key->mod & KMOD_CTRL, shift = key->mod & KMOD_SHIFT;
    SDL_Keycode sym = key->sym;
    if (ctrl) {
        switch (sym) {
        case SDLK_EQUALS: case SDLK_PLUS: case SDLK_KP_PLUS: return KEY_TEXT_LARGER;
        case SDLK_MINUS: case SDLK_KP_MINUS: return KEY_TEXT_SMALLER;
        case SDLK_0: case SDLK_KP_0: return KEY_TEXT_RESET;
        case SDLK_q: return KEY_QUIT;
        default: return KEY_NONE;
        }
    }
    switch (sym) {
    case SDLK_ESCAPE: return KEY_BACK;
    case SDLK_F11: return KEY_FULLSCREEN;
    case SDLK_F2: return KEY_CONTRAST;
    case SDLK_F3: return KEY_PROJECTOR;
    case SDLK_TAB: return shift ? KEY_PREVIOUS : KEY_NEXT;
    case SDLK_DOWN: case SDLK_RIGHT: return KEY_NEXT;
    case SDLK_UP: case SDLK_LEFT: return KEY_PREVIOUS;
    case SDLK_PAGEDOWN: return KEY_PAGE_DOWN;
    case SDLK_PAGEUP: return KEY_PAGE_UP;
    case SDLK_HOME: return KEY_TOP;
    case SDLK_END: return KEY_BOTTOM;
    case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_SPACE: return KEY_ACTIVATE;
    default: return KEY_NONE;
    }
}

void loop_toggle_fullscreen(app *a)
{
    a->fullscreen = !a->fullscreen;
    SDL_SetWindowFullscreen(a->window, a->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    a->dirty = 1;
}

void loop_run(app *a, const loop_handler *h)
{
    while (a->running) {
        if (a->dirty)
            h->draw(h->ud);
        SDL_Event e;
        int wake = h->wake_ms ? h->wake_ms(h->ud) : -1;
        int got = wake >= 0 ? SDL_WaitEventTimeout(&e, wake) : SDL_WaitEvent(&e);
        if (got) {
            h->event(h->ud, &e);
            while (a->running && SDL_PollEvent(&e)) /* take what queued up before drawing again */
                h->event(h->ud, &e);
        }
        if (h->tick)
            h->tick(h->ud);
    }
}
