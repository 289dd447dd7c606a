/* screenshot.h — saving what the window shows as a BMP file (--screenshot). */
#ifndef CW_WINDOW_SCREENSHOT_H
#define CW_WINDOW_SCREENSHOT_H

#include <stddef.h>

#include <SDL2/SDL.h>

/* Reads the frame being drawn (call before SDL_RenderPresent) and writes it as a 24-bit BMP.
 * Returns 0, or -1 with why. */
int screenshot_save(SDL_Renderer *renderer, int width, int height, const char *path, char *why, size_t why_size);

/* True when path names a .bmp file (the only format written). */
int screenshot_name_ok(const char *path);

#endif
