/* progress.c — a progress bar on standard error for long runs, only on a terminal. */
#include "progress.h"

#include <time.h>
#include <unistd.h>

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void progress_start(progress_bar *p, FILE *stream)
{
    p->stream = stream;
    p->active = stream && isatty(fileno(stream));
    p->last_ms = 0;
}

void progress_show(progress_bar *p, const char *label, long done, long total)
{
    if (!p->active)
        return;
    int64_t now = now_ms();
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

void progress_end(progress_bar *p)
{
    if (!p->active)
        return;
    fprintf(p->stream, "\r\033[K");
    fflush(p->stream);
}
