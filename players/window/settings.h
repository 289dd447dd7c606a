/* settings.h — what the window remembers between runs: theme, text sizes, window size.
 * Kept in $XDG_CONFIG_HOME/casewalk/window.conf (else ~/.config/casewalk/window.conf), 0600. */
#ifndef CW_WINDOW_SETTINGS_H
#define CW_WINDOW_SETTINGS_H

#include <stddef.h>

#include "theme.h"

typedef struct settings {
    theme_id theme;
    int text_size;           /* percent, for the calm and high-contrast themes */
    int projector_text_size; /* percent, for the projector preset */
    int width, height;       /* window size in screen coordinates */
} settings;

#define TEXT_SIZE_MIN 70
#define TEXT_SIZE_MAX 300
#define TEXT_SIZE_DEFAULT 100
#define PROJECTOR_TEXT_SIZE_DEFAULT 160

void settings_defaults(settings *s);

/* Reads window.conf over the defaults; a missing file or a bad line keeps the default. */
void settings_load(settings *s);

/* Writes window.conf whole (temporary file, fsync, rename). Returns 0, or -1 with why. */
int settings_save(const settings *s, char *why, size_t why_size);

/* Makes the remembered window size fit a display's usable area (without panels and docks): a
 * window restored from a larger screen opens whole. Sizes of 0 or less leave it as it is. */
void settings_fit_window(settings *s, int usable_w, int usable_h);

/* The text size in effect (percent) and a step up or down from it (dir +1 / -1, 0 = reset). */
int settings_text_size(const settings *s);
void settings_step_text_size(settings *s, int dir);

#endif
