/* screenshot.c — SDL_RenderReadPixels into a BGR24 surface, written with SDL_SaveBMP. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "screenshot.h"

int screenshot_save(SDL_Renderer *renderer, int width, int height, const char *path, char *why, size_t why_size)
{
    SDL_Surface *shot = SDL_CreateRGBSurfaceWithFormat(0, width, height, 24, SDL_PIXELFORMAT_BGR24);
    if (!shot) {
        snprintf(why, why_size, "screenshot: %s", SDL_GetError());
        return -1;
    }
    int rc = SDL_RenderReadPixels(renderer, NULL, SDL_PIXELFORMAT_BGR24, shot->pixels, shot->pitch);
    if (rc == 0)
        rc = SDL_SaveBMP(shot, path);
    if (rc != 0)
        snprintf(why, why_size, "screenshot %s: %s", path, SDL_GetError());
    SDL_FreeSurface(shot);
    return rc == 0 ? 0 : -1;
}

int screenshot_name_ok(const char *path)
{
    size_t n = strlen(path);
    return n > 4 && strcasecmp(path + n - 4, ".bmp") == 0;
}
