/* report_progress.c — a progress bar on standard error for long runs, only on a terminal. */
#include <stdio.h>
#include <unistd.h>

#include "ids.h"
#include "report_internal.h"

void cw_report_progress_start(cw_report_progress *p, FILE *stream)
{
    p->stream = stream;
    p->active = stream && isatty(fileno(stream));
    p->last_ms = 0;
}

void cw_report_progress_show(cw_report_progress *p, const char *label, long done, long total)
{
    if (!p->active)
        return;
    int64_t now = monotonic_ms();
    if (now - p->last_ms < 100 && done != total)
        return;
    p->last_ms = now;
    if (total > 0) {
        enum { WIDTH = 30 };
        int filled = (int)(WIDTH * (double)done / (double)total);
        char bar[WIDTH + 1];
        for (int i = 0; i < WIDTH; i++)
            bar[i] = i < filled ? '=' : i == filled ? '>' : ' ';
        bar[WIDTH] = '\0';
        fprintf(p->stream, "\r%s [%s] %ld/%ld", label, bar, done, total);
    } else {
        fprintf(p->stream, "\r%s %ld", label, done);
    }
    fflush(p->stream);
}

void cw_report_progress_end(cw_report_progress *p)
{
    if (!p->active)
        return;
    fprintf(p->stream, "\r\033[K");
    fflush(p->stream);
}
