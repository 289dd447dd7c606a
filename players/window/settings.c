/* settings.c — reading and writing window.conf: "key = value" lines, unknown keys ignored. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casewalk_report.h"
#include "settings.h"

static const int text_size_steps[] = { 70, 80, 90, 100, 110, 125, 140, 160, 180, 200, 225, 250, 275, 300 };
#define N_TEXT_SIZE_STEPS ((int)(sizeof text_size_steps / sizeof text_size_steps[0]))

void settings_defaults(settings *s)
{
    s->theme = THEME_CALM;
    s->text_size = TEXT_SIZE_DEFAULT;
    s->projector_text_size = PROJECTOR_TEXT_SIZE_DEFAULT;
    s->width = 1100;
    s->height = 760;
}

/* The folder holding window.conf; 0 on success. */
static int settings_dir(char *out, size_t size)
{
    const char *config = getenv("XDG_CONFIG_HOME");
    int n;
    if (config && config[0] == '/') {
        n = snprintf(out, size, "%s/casewalk", config);
    } else {
        const char *home = getenv("HOME");
        if (!home || home[0] != '/')
            return -1;
        n = snprintf(out, size, "%s/.config/casewalk", home);
    }
    return (n < 0 || (size_t)n >= size) ? -1 : 0;
}

static int clamp(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static void apply_line(settings *s, char *line)
{
    char *eq = strchr(line, '=');
    if (!eq)
        return;
    *eq = '\0';
    char *key = line, *value = eq + 1;
    while (*key == ' ' || *key == '\t')
        key++;
    for (char *e = key + strlen(key); e > key && (e[-1] == ' ' || e[-1] == '\t'); e--)
        e[-1] = '\0';
    while (*value == ' ' || *value == '\t')
        value++;
    value[strcspn(value, " \t\r\n")] = '\0';

    char *end;
    long number = strtol(value, &end, 10);
    int is_number = *value && *end == '\0' && number > -100000 && number < 100000;
    if (strcmp(key, "theme") == 0)
        s->theme = theme_parse(value);
    else if (strcmp(key, "text_size") == 0 && is_number)
        s->text_size = clamp((int)number, TEXT_SIZE_MIN, TEXT_SIZE_MAX);
    else if (strcmp(key, "projector_text_size") == 0 && is_number)
        s->projector_text_size = clamp((int)number, TEXT_SIZE_MIN, TEXT_SIZE_MAX);
    else if (strcmp(key, "width") == 0 && is_number)
        s->width = clamp((int)number, 320, 16384);
    else if (strcmp(key, "height") == 0 && is_number)
        s->height = clamp((int)number, 240, 16384);
}

void settings_load(settings *s)
{
    char path[4096];
    if (settings_dir(path, sizeof path - 16) != 0)
        return;
    strcat(path, "/window.conf");
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[256];
    int lines = 0;
    while (lines++ < 100 && fgets(line, sizeof line, f))
        if (line[0] != '#')
            apply_line(s, line);
    fclose(f);
}

int settings_save(const settings *s, char *why, size_t why_size)
{
    char dir[4096], path[4200];
    if (settings_dir(dir, sizeof dir) != 0) {
        snprintf(why, why_size, "no XDG_CONFIG_HOME or HOME to keep window settings in");
        return -1;
    }
    /* ~/.config/casewalk and any missing parent are created private, as records folders are */
    cw_error err = {0};
    if (cw_private_dir(dir, "settings folder", &err) != 0) {
        snprintf(why, why_size, "%s", err.message);
        return -1;
    }
    snprintf(path, sizeof path, "%s/window.conf", dir);
    cw_report_output out;
    if (cw_report_output_open(&out, path, &err) != 0) {
        snprintf(why, why_size, "%s", err.message);
        return -1;
    }
    fprintf(out.file,
            "# casewalk window settings; written by the window, safe to delete.\n"
            "theme = %s\ntext_size = %d\nprojector_text_size = %d\nwidth = %d\nheight = %d\n",
            theme_get(s->theme)->name, s->text_size, s->projector_text_size, s->width, s->height);
    if (cw_report_output_commit(&out, &err) != 0) {
        snprintf(why, why_size, "%s", err.message);
        return -1;
    }
    return 0;
}

int settings_text_size(const settings *s)
{
    return s->theme == THEME_PROJECTOR ? s->projector_text_size : s->text_size;
}

void settings_step_text_size(settings *s, int dir)
{
    int *size = s->theme == THEME_PROJECTOR ? &s->projector_text_size : &s->text_size;
    if (dir == 0) {
        *size = s->theme == THEME_PROJECTOR ? PROJECTOR_TEXT_SIZE_DEFAULT : TEXT_SIZE_DEFAULT;
        return;
    }
    if (dir > 0) {
        for (int i = 0; i < N_TEXT_SIZE_STEPS; i++)
            if (text_size_steps[i] > *size) {
                *size = text_size_steps[i];
                return;
            }
    } else {
        for (int i = N_TEXT_SIZE_STEPS - 1; i >= 0; i--)
            if (text_size_steps[i] < *size) {
                *size = text_size_steps[i];
                return;
            }
    }
}
