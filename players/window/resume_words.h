/* resume_words.h — the progress line of a "Resume" entry on the launcher (resume_words.c). */
#ifndef CW_WINDOW_RESUME_WORDS_H
#define CW_WINDOW_RESUME_WORDS_H

#include <stddef.h>
#include <time.h>

/* "3 decisions so far · started Today 14:05": the start in local words relative to now
 * (when.h), never the record's UTC time. Writes out and returns it. */
const char *resume_progress(int decisions, const char *started_iso, time_t now, char *out, size_t size);

#endif
