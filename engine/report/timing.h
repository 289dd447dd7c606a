/* timing.h — medians of times to decide in bounded memory (timing.c). */
#ifndef CW_REPORT_TIMING_H
#define CW_REPORT_TIMING_H

#include <stdint.h>

/* Times to decide in logarithmic buckets: bucket 0 holds [0, 100 ms); bucket b >= 1 holds
 * [100·2^((b-1)/8), 100·2^(b/8)) ms, so each bucket is 9 % wide and a median read from the
 * buckets is within about 4.5 % of the true one, in 192 counters whatever the number of
 * answers. */
#define TIMING_BUCKETS 192
typedef struct timing_histogram {
    uint32_t bucket[TIMING_BUCKETS];
    uint32_t count;
} timing_histogram;

void timing_add(timing_histogram *h, int64_t ms);
void timing_merge(timing_histogram *into, const timing_histogram *from);
double timing_median(const timing_histogram *h); /* ms; -1 when empty */

#endif
