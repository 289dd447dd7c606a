/* clipboard_owner.c — a helper for the Xvfb test: puts its argument on the clipboard and serves it
 * to other windows for a few seconds (an X11 selection needs a living owner).
 * Usage: clipboard_owner TEXT [SECONDS] */
#include <stdio.h>
#include <stdlib.h>

#include <SDL2/SDL.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: clipboard_owner TEXT [SECONDS]\n");
        return 2;
    }
    int seconds = argc > 2 ? atoi(argv[2]) : 5;
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "clipboard_owner: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Window *window = SDL_CreateWindow("clipboard", 0, 0, 8, 8, SDL_WINDOW_HIDDEN);
    int status = window && SDL_SetClipboardText(argv[1]) == 0 ? 0 : 1;
    printf("ready\n");
    fflush(stdout);
    Uint32 end = SDL_GetTicks() + (Uint32)seconds * 1000;
    while (status == 0 && !SDL_TICKS_PASSED(SDL_GetTicks(), end)) {
        SDL_Event e;
        while (SDL_PollEvent(&e)) /* pumping events answers the selection requests */
            ;
        SDL_Delay(10);
    }
    if (window)
        SDL_DestroyWindow(window);
    SDL_Quit();
    return status;
}
