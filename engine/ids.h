/* ids.h — session and event UUIDs, timestamps, and the monotonic clock for time-to-decide. */
#ifndef CW_IDS_H
#define CW_IDS_H

#include <stdint.h>

/* A random (version 4) UUID from the kernel's generator: 36 characters and a NUL. */
void uuid_v4(char out[37]);
/* A 64-bit seed from the kernel's generator. */
uint64_t random_seed(void);
/* Now, UTC, "2026-11-22T08:20:54.123Z". */
void time_iso8601(char out[32]);
/* Now, UTC, "20261122T082054Z" (for file names). */
void time_compact(char out[20]);
/* Milliseconds on the monotonic clock. */
int64_t monotonic_ms(void);

#endif
