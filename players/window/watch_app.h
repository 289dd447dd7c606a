/* watch_app.h — `casewalk summary FOLDER --watch`: the group summary in the window, refreshed as
 * trainees' records arrive in a shared folder, with "answered N of M" per decision and each
 * decision's results hidden until the facilitator reveals them. */
#ifndef CW_WINDOW_WATCH_APP_H
#define CW_WINDOW_WATCH_APP_H

#include "casewalk_report.h"

#define WATCH_POLL_MS 2000

typedef struct watch_options {
    const char *const *paths; /* folders (or files) of records */
    int n_paths;
    cw_report_group_options group;
    int expect;              /* M of "answered N of M"; 0 = the number of records */
    int reveal_all;          /* start with every decision revealed */
    const char *screenshot;  /* save one frame as BMP and close: once --expect records are in
                                (waiting up to WATCH_SHOT_WAIT_MS), else at once */
} watch_options;

#define WATCH_SHOT_WAIT_MS 20000

/* Runs the live summary; returns an EXIT_* code. */
int watch_run(const watch_options *options);

#endif
