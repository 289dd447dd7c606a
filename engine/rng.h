/* rng.h — the engine's only source of randomness: a seeded xoshiro256** generator.
 * A session's seed and decisions determine everything it shows, so a record replays exactly. */
#ifndef CW_RNG_H
#define CW_RNG_H

#include <stdint.h>

typedef struct cw_rng {
    uint64_t s[4];
} cw_rng;

void rng_seed(cw_rng *rng, uint64_t seed);
uint64_t rng_next(cw_rng *rng);
/* A uniform integer in [0, bound) without modulo bias; bound must be > 0. */
uint64_t rng_below(cw_rng *rng, uint64_t bound);
/* A uniform double in [0, 1). */
double rng_unit(cw_rng *rng);

#endif
