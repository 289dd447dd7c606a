/* resume_words.c — the progress line of a "Resume" entry, for a session or a workshop alike, so
 * both read their start time the same way: local, in words. */
#include <stdio.h>

#include "resume_words.h"
#include "when.h"

const char *resume_progress(int decisions, const char *started_iso, time_t now, char *out, size_t size)
{
    char started[64];
    time_t t = when_parse(started_iso);
    if (t == (time_t)-1)
        snprintf(started, sizeof started, "%s", started_iso ? started_iso : "");
    else
        when_words(t, now, started, sizeof started);
    snprintf(out, size, "%d decision%s so far \xC2\xB7 started %s", decisions, decisions == 1 ? "" : "s", started);
    return out;
}
