/* fonts.c — looks for DejaVu Sans where fonts-dejavu-core installs it, then in casewalk's own assets
 * folder, and opens it at the window's sizes. Font files come from these places only. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "casewalk.h"
#include "fonts.h"

static const char *const font_folders[] = {
    "/usr/share/fonts/truetype/dejavu", /* Debian and Ubuntu: fonts-dejavu-core */
    "/usr/share/fonts/dejavu",          /* Fedora, Arch */
    NULL,                               /* casewalk's own assets folder (cw_data_dir) */
};

#define FONT_FILE_MAX (32L * 1024 * 1024)

static int is_font_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && st.st_size < FONT_FILE_MAX;
}

static void *read_whole_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    void *data = NULL;
    long n = -1;
    if (fseek(f, 0, SEEK_END) == 0)
        n = ftell(f);
    if (n > 0 && n < FONT_FILE_MAX && fseek(f, 0, SEEK_SET) == 0 && (data = malloc((size_t)n))) {
        if (fread(data, 1, (size_t)n, f) != (size_t)n) {
            free(data);
            data = NULL;
        }
    }
    fclose(f);
    *size = data ? (size_t)n : 0;
    return data;
}

int fonts_locate(fonts *f, char *why, size_t why_size)
{
    memset(f, 0, sizeof *f);
    f->next_id = 1;
    char assets[sizeof f->regular_path - sizeof "/DejaVuSans-Bold.ttf"], data[PATH_MAX];
    snprintf(assets, sizeof assets, "%s/assets", cw_data_dir(data, sizeof data, NULL));
    for (size_t i = 0; i < sizeof font_folders / sizeof font_folders[0]; i++) {
        const char *folder = font_folders[i] ? font_folders[i] : assets;
        snprintf(f->regular_path, sizeof f->regular_path, "%s/DejaVuSans.ttf", folder);
        if (!is_font_file(f->regular_path))
            continue;
        snprintf(f->bold_path, sizeof f->bold_path, "%s/DejaVuSans-Bold.ttf", folder);
        if (!is_font_file(f->bold_path))
            f->bold_path[0] = '\0'; /* bold is then drawn by SDL_ttf's emboldening */
        return 0;
    }
    f->regular_path[0] = '\0';
    snprintf(why, why_size,
             "no font found: install fonts-dejavu-core (DejaVuSans.ttf in /usr/share/fonts/truetype/dejavu)"
             " or put DejaVuSans.ttf in %s",
             assets);
    return -1;
}

int fonts_open(fonts *f, char *why, size_t why_size)
{
    if (fonts_locate(f, why, why_size) != 0)
        return -1;
    f->regular_data = read_whole_file(f->regular_path, &f->regular_size);
    if (f->bold_path[0])
        f->bold_data = read_whole_file(f->bold_path, &f->bold_size);
    if (!f->regular_data) {
        snprintf(why, why_size, "cannot read the font %s", f->regular_path);
        return -1;
    }
    return 0;
}

static void close_roles(fonts *f)
{
    for (int i = 0; i < FONT_ROLE_COUNT; i++) {
        if (f->role[i].ttf)
            TTF_CloseFont(f->role[i].ttf);
        f->role[i].ttf = NULL;
    }
}

static int open_role(fonts *f, font_role role, int size, int bold, double line_spacing)
{
    int own_bold = bold && f->bold_data;
    const void *data = own_bold ? f->bold_data : f->regular_data;
    size_t data_size = own_bold ? f->bold_size : f->regular_size;
    SDL_RWops *rw = SDL_RWFromConstMem(data, (int)data_size);
    TTF_Font *ttf = rw ? TTF_OpenFontRW(rw, 1, size) : NULL;
    if (!ttf)
        return -1;
    if (bold && !own_bold)
        TTF_SetFontStyle(ttf, TTF_STYLE_BOLD);
    TTF_SetFontHinting(ttf, TTF_HINTING_LIGHT);
    font *out = &f->role[role];
    out->ttf = ttf;
    out->id = f->next_id++;
    out->size = size;
    out->height = TTF_FontHeight(ttf);
    out->line_height = (int)(size * line_spacing + 0.5);
    if (out->line_height < out->height)
        out->line_height = out->height;
    int w = 0, h = 0;
    TTF_SizeUTF8(ttf, " ", &w, &h);
    out->space = w > 0 ? w : size / 4;
    return 0;
}

int fonts_set_size(fonts *f, int body_size)
{
    if (body_size < 6)
        body_size = 6;
    if (body_size == f->body_size)
        return 0;
    close_roles(f);
    int small = (body_size * 86 + 50) / 100;
    int ok = open_role(f, FONT_BODY, body_size, 0, 1.5) == 0
          && open_role(f, FONT_BOLD, body_size, 1, 1.5) == 0
          && open_role(f, FONT_SMALL, small, 0, 1.45) == 0
          && open_role(f, FONT_SMALL_BOLD, small, 1, 1.45) == 0
          && open_role(f, FONT_HEADING, (body_size * 128 + 50) / 100, 1, 1.3) == 0
          && open_role(f, FONT_TITLE, (body_size * 165 + 50) / 100, 1, 1.25) == 0;
    if (!ok) {
        close_roles(f);
        f->body_size = 0;
        return -1;
    }
    f->body_size = body_size;
    return 1;
}

void fonts_close(fonts *f)
{
    close_roles(f);
    free(f->regular_data);
    free(f->bold_data);
    f->regular_data = f->bold_data = NULL;
}
