/* when.h — a record's UTC time ("2026-12-01T09:12:30.123Z") as a trainee reads it: local time in
 * words, "Today 14:05", "Yesterday 09:12", "Tue 1 Dec, 09:12" (and the year when not this one). */
#ifndef CW_WINDOW_WHEN_H
#define CW_WINDOW_WHEN_H

#include <stddef.h>
#include <time.h>

/* Parses the ISO 8601 UTC time at iso; -1 when it is not one. */
time_t when_parse(const char *iso);

/* t in local time, relative to now; writes out and returns it. */
const char *when_words(time_t t, time_t now, char *out, size_t size);

/* when_words of an ISO time; iso itself when it cannot be read. */
const char *when_local(const char *iso, char *out, size_t size);

#endif
