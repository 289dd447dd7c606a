/* launcher_workshops.c — the launcher offers unfinished workshops too: "Resume workshop" entries
 * (group sessions, whoever's name they run under). Choosing one closes the trainee's window and
 * reopens the workshop full screen at the projector (window.c runs it). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resume_words.h"
#include "widgets.h"

#define WORKSHOP_RESUME_FIRST 4000 /* + index into a->workshops */
#define MAX_OFFERED 3

static void list_workshops(app *a)
{
    a->workshops_listed = 1;
    cw_unfinished *all = NULL;
    cw_error err = { 0 };
    int n = cw_records_unfinished(a->records_dir, NULL, &all, &err);
    int kept = 0;
    for (int i = 0; i < n; i++) {
        if (all[i].group && kept < MAX_OFFERED) {
            cw_unfinished keep = all[i];
            all[i] = all[kept];
            all[kept++] = keep;
        }
    }
    for (int i = kept; i < n; i++) /* only the newest workshops stay */
        free(all[i].path);
    if (kept == 0) {
        free(all);
        all = NULL;
    }
    a->workshops = all;
    a->n_workshops = kept;
}

int launcher_workshops_block(app *a, int x, int y, int width)
{
    if (!a->workshops_listed && a->records_dir)
        list_workshops(a);
    if (a->n_workshops == 0)
        return 0;
    int u = a->unit, h = 0;
    char line[512], detail[512], progress[128];
    h += widget_caption(a, "Unfinished workshops", x, y + h, width) + u / 2;
    for (int i = 0; i < a->n_workshops; i++) {
        const cw_unfinished *f = &a->workshops[i];
        const char *title = f->scenario_id;
        for (int c = 0; c < a->n_cases; c++)
            if (a->cases[c].scenario && strcmp(cw_scenario_info_get(a->cases[c].scenario)->id, f->scenario_id) == 0)
                title = cw_scenario_info_get(a->cases[c].scenario)->title;
        snprintf(line, sizeof line, "Resume workshop: %s", title);
        resume_progress(f->decisions, f->started, time(NULL), progress, sizeof progress);
        snprintf(detail, sizeof detail, "%s \xC2\xB7 opens full screen", progress);
        h += widget_option(a, WORKSHOP_RESUME_FIRST + i, 0, line, detail, 0, x, y + h, width) + u;
    }
    return h + u;
}

int launcher_workshops_action(app *a, int id)
{
    if (id < WORKSHOP_RESUME_FIRST || id >= WORKSHOP_RESUME_FIRST + a->n_workshops)
        return 0;
    free(a->launch_workshop);
    const cw_unfinished *f = &a->workshops[id - WORKSHOP_RESUME_FIRST];
    a->launch_workshop = strdup(f->path);
    snprintf(a->launch_scenario, sizeof a->launch_scenario, "%s", f->scenario_id);
    if (a->launch_workshop)
        app_quit(a);
    return 1;
}
