/* screen_facilitator.c — the launcher's facilitator area: a records folder (typed, or the usual
 * one) and how many records it holds; the group summary in the browser; one trainee's debrief
 * from the finished sessions listed by pseudonym, case and local time; a workshop of the case
 * selected on the launcher, and the live view, each started as its own casewalk window. */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "casewalk_report.h"
#include "open_report.h"
#include "when.h"
#include "widgets.h"

extern char **environ;

enum {
    FAC_FOLDER = 1,
    FAC_READ,
    FAC_SUMMARY,
    FAC_DEBRIEF,
    FAC_WORKSHOP,
    FAC_WATCH,
    FAC_BACK,
    FAC_SESSION_FIRST = 100, /* + index of the finished session */
};

#define MAX_LISTED 500 /* finished sessions read for the list; a larger folder lists the first */

static void free_finished(facilitator_state *f)
{
    for (int i = 0; i < f->n_finished; i++)
        free(f->finished[i].path);
    free(f->finished);
    f->finished = NULL;
    f->n_finished = 0;
    f->picked = -1;
}

static int add_finished(void *ud, const char *path, cw_error *err)
{
    (void)err;
    facilitator_state *f = ud;
    if (f->n_finished >= MAX_LISTED)
        return 0;
    cw_error load_err = { 0 };
    cw_report_session *s = cw_report_session_new();
    if (!s || cw_report_session_load(s, path, &load_err) != 0 || !s->ending || s->group) {
        cw_report_session_free(s); /* unreadable, unfinished, or a workshop: not a trainee's debrief */
        return 0;
    }
    finished_session *grown = realloc(f->finished, (size_t)(f->n_finished + 1) * sizeof *grown);
    char *copy = strdup(path);
    if (!grown || !copy) {
        free(copy);
        if (grown)
            f->finished = grown;
        cw_report_session_free(s);
        return 0;
    }
    f->finished = grown;
    finished_session *e = &f->finished[f->n_finished++];
    e->path = copy;
    snprintf(e->trainee, sizeof e->trainee, "%s", s->trainee ? s->trainee : "");
    snprintf(e->title, sizeof e->title, "%s", s->scenario_title && s->scenario_title[0] ? s->scenario_title : s->scenario_id);
    snprintf(e->ended, sizeof e->ended, "%s", s->ending->time ? s->ending->time : "");
    cw_report_session_free(s);
    return 0;
}

static int newest_first(const void *x, const void *y)
{
    const finished_session *a = x, *b = y;
    return strcmp(b->ended, a->ended); /* ISO times in UTC sort as text */
}

static void read_folder(app *a)
{
    facilitator_state *f = &a->facilitator;
    char folder[TEXTFIELD_CAPACITY];
    textfield_trimmed(&f->folder, folder, sizeof folder);
    free_finished(f);
    f->n_records = folder[0] ? count_records(folder) : -1;
    if (f->n_records < 0) {
        snprintf(f->status, sizeof f->status, "That folder cannot be read. Type the path of a records folder.");
        return;
    }
    const char *paths[1] = { folder };
    cw_error err = { 0 };
    cw_report_each_record(paths, 1, 1, add_finished, f, NULL, &err);
    qsort(f->finished, (size_t)f->n_finished, sizeof *f->finished, newest_first);
}

void facilitator_free(app *a)
{
    free_finished(&a->facilitator);
}

void facilitator_enter(app *a)
{
    facilitator_state *f = &a->facilitator;
    if (f->folder.limit == 0) {
        textfield_init(&f->folder, 1000);
        textfield_insert(&f->folder, a->records_dir ? a->records_dir : "");
    }
    f->status[0] = '\0';
    while (waitpid(-1, NULL, WNOHANG) > 0) /* windows started from here that have closed */
        ;
    read_folder(a);
    app_show(a, SCREEN_FACILITATOR, FAC_SUMMARY);
}

/* Starts "casewalk ARGS..." as a window of its own; the launcher stays open. */
static void start_window(app *a, const char *what, char *const argv[])
{
    facilitator_state *f = &a->facilitator;
    pid_t pid;
    while (waitpid(-1, NULL, WNOHANG) > 0)
        ;
    if (posix_spawn(&pid, "/proc/self/exe", NULL, NULL, argv, environ) != 0)
        snprintf(f->status, sizeof f->status, "%s could not be started.", what);
    else
        snprintf(f->status, sizeof f->status, "%s opens in a window of its own.", what);
}

static const case_entry *launcher_case(const app *a)
{
    int i = a->launcher.selected;
    return i >= 0 && i < a->n_cases && a->cases[i].scenario ? &a->cases[i] : NULL;
}

static void facilitator_draw(app *a, int x, int width)
{
    facilitator_state *f = &a->facilitator;
    const theme *t = a->theme;
    int u = a->unit, y = u * 3;
    char line[1400], when[64];
    y += gfx_text(&a->g, FONT_TITLE, "Facilitator", x, y, width, t->text) + u / 2;
    y += gfx_text(&a->g, FONT_BODY, "Read the records of a group, open a trainee's debrief, or run a case for the room.",
                  x, y, width, t->muted) + u * 3;

    y += widget_caption(a, "Records folder", x, y, width) + u / 2;
    y += widget_textbox(a, FAC_FOLDER, &f->folder, "the path of a folder of records", FAC_READ, 1, x, y, width) + u / 2;
    if (f->n_records >= 0)
        snprintf(line, sizeof line, "%ld record%s here, %d finished session%s listed below.", f->n_records,
                 f->n_records == 1 ? "" : "s", f->n_finished, f->n_finished == 1 ? "" : "s");
    else
        snprintf(line, sizeof line, "This folder cannot be read.");
    y += gfx_text(&a->g, FONT_SMALL, line, x, y, width, t->muted) + u;
    int bx = x;
    bx += widget_button(a, FAC_READ, "Read this folder", BUTTON_SECONDARY, bx, y, 0) + u * 2;
    widget_button(a, FAC_SUMMARY, "Open the summary in the browser", BUTTON_PRIMARY, bx, y, 0);
    y += widget_button_height(a, BUTTON_PRIMARY) + u;
    if (f->status[0])
        y += gfx_text(&a->g, FONT_BOLD, f->status, x, y, width, t->text) + u;
    y += u * 2;

    const case_entry *c = launcher_case(a);
    y += widget_heading(a, "Run a case for the room", x, y, width) + u / 2;
    snprintf(line, sizeof line, "Case: %s (choose another on the launcher)",
             c ? cw_scenario_info_get(c->scenario)->title : "none selected");
    y += gfx_text(&a->g, FONT_SMALL, line, x, y, width, t->muted) + u;
    bx = x;
    bx += widget_button(a, FAC_WORKSHOP, "Start a workshop", BUTTON_SECONDARY, bx, y, 0) + u * 2;
    if (bx + widget_button_width(a, "Start the live view", BUTTON_SECONDARY) > x + width)
        bx = x, y += widget_button_height(a, BUTTON_SECONDARY) + u;
    widget_button(a, FAC_WATCH, "Start the live view", BUTTON_SECONDARY, bx, y, 0);
    y += widget_button_height(a, BUTTON_SECONDARY) + u * 3;

    y += widget_heading(a, "A trainee's debrief", x, y, width) + u / 2;
    if (f->n_finished == 0)
        y += gfx_text(&a->g, FONT_BODY, "No finished sessions in this folder yet.", x, y, width, t->muted) + u;
    for (int i = 0; i < f->n_finished; i++) {
        const finished_session *e = &f->finished[i];
        char detail[400];
        snprintf(detail, sizeof detail, "%s \xC2\xB7 finished %s", e->title, when_local(e->ended, when, sizeof when));
        y += widget_option(a, FAC_SESSION_FIRST + i, 0, e->trainee, detail, i == f->picked, x, y, width) + u / 2;
    }
    y += u;
    bx = x;
    bx += widget_button(a, FAC_DEBRIEF, "Open this debrief", f->picked >= 0 ? BUTTON_PRIMARY : BUTTON_SECONDARY, bx, y, 0)
          + u * 2;
    widget_button(a, FAC_BACK, "Back to the launcher", BUTTON_SECONDARY, bx, y, 0);
    a->ui.content_height = y + widget_button_height(a, BUTTON_PRIMARY) + u * 4;
}

static void facilitator_action(app *a, int id)
{
    facilitator_state *f = &a->facilitator;
    char folder[TEXTFIELD_CAPACITY];
    textfield_trimmed(&f->folder, folder, sizeof folder);
    report_opened opened;
    if (!folder[0] && id != FAC_BACK && id != FAC_FOLDER) {
        snprintf(f->status, sizeof f->status, "Type the path of a records folder first.");
        return;
    }
    if (id == FAC_READ) {
        f->status[0] = '\0';
        read_folder(a);
    } else if (id == FAC_SUMMARY) {
        open_summary(folder, &opened);
        snprintf(f->status, sizeof f->status, "%s", opened.message);
    } else if (id >= FAC_SESSION_FIRST && id < FAC_SESSION_FIRST + f->n_finished) {
        f->picked = id - FAC_SESSION_FIRST;
        ui_focus(&a->ui, FAC_DEBRIEF);
    } else if (id == FAC_DEBRIEF) {
        if (f->picked < 0) {
            snprintf(f->status, sizeof f->status, "Pick a finished session from the list first.");
            return;
        }
        open_debrief(f->finished[f->picked].path, NULL, &opened);
        snprintf(f->status, sizeof f->status, "%s", opened.message);
    } else if (id == FAC_WORKSHOP) {
        const case_entry *c = launcher_case(a);
        if (!c) {
            snprintf(f->status, sizeof f->status, "Choose a case on the launcher first.");
            return;
        }
        char *argv[] = { "casewalk", "workshop", (char *)c->path, "--records", folder, NULL };
        start_window(a, "The workshop", argv);
    } else if (id == FAC_WATCH) {
        char *argv[] = { "casewalk", "summary", "--watch", folder, NULL };
        start_window(a, "The live view", argv);
    } else if (id == FAC_BACK) {
        launcher_enter(a);
    }
}

static void facilitator_escape(app *a)
{
    launcher_enter(a);
}

static const char *facilitator_hints(app *a)
{
    (void)a;
    return "Tab or \xE2\x86\x91\xE2\x86\x93 move \xC2\xB7 Enter select \xC2\xB7 Esc back to the launcher \xC2\xB7 "
           "Ctrl + / Ctrl \xE2\x88\x92 text size \xC2\xB7 F2 high contrast";
}

const screen_ops facilitator_screen = {
    .draw = facilitator_draw,
    .action = facilitator_action,
    .escape = facilitator_escape,
    .hints = facilitator_hints,
};
