/* timing.c — times to decide kept as logarithmic histograms, so a median needs 192
 * counters however many answers there are (the bucket layout is in timing.h). */
#include <math.h>

#include "report/timing.h"

#define TIMING_FLOOR_MS 100.0
#define TIMING_STEPS_PER_DOUBLING 8

static int bucket_of(int64_t ms)
{
    if (ms < (int64_t)TIMING_FLOOR_MS)
        return 0;
    int b = 1 + (int)floor(TIMING_STEPS_PER_DOUBLING * log2((double)ms / TIMING_FLOOR_MS));
    return b < 1 ? 1 : b >= TIMING_BUCKETS ? TIMING_BUCKETS - 1 : b;
}

void timing_add(timing_histogram *h, int64_t ms)
{
    h->bucket[bucket_of(ms < 0 ? 0 : ms)]++;
    h->count++;
}

void timing_merge(timing_histogram *into, const timing_histogram *from)
{
    for (int b = 0; b < TIMING_BUCKETS; b++)
        into->bucket[b] += from->bucket[b];
    into->count += from->count;
}

/* The geometric middle of the bucket holding the middle answer (for an even count, of the
 * lower middle one). */
double timing_median(const timing_histogram *h)
{
    if (h->count == 0)
        return -1;
    uint32_t target = (h->count - 1) / 2, seen = 0;
    for (int b = 0; b < TIMING_BUCKETS; b++) {
        seen += h->bucket[b];
        if (seen > target) {
            if (b == 0)
                return TIMING_FLOOR_MS / 2;
            return TIMING_FLOOR_MS * exp2((b - 0.5) / TIMING_STEPS_PER_DOUBLING);
        }
    }
    return -1;
}
