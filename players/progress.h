/* progress.h — a progress bar on a terminal for long runs (summary over many records). The
 * engine knows nothing of it: a command calls progress_show from the callback it gives the
 * engine's record walk. */
#ifndef CW_PROGRESS_H
#define CW_PROGRESS_H

#include <stdint.h>
#include <stdio.h>

/* Draws "label [=====>    ] done/total" on stream when it is a terminal, at most ten times a
 * second; total 0 shows a count only. progress_end clears the line. */
typedef struct progress_bar {
    FILE *stream;
    int active;
    int64_t last_ms;
} progress_bar;

void progress_start(progress_bar *p, FILE *stream);
void progress_show(progress_bar *p, const char *label, long done, long total);
void progress_end(progress_bar *p);

#endif
