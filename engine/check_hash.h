/* check_hash.h — hashing a state's values for the tables `casewalk check` keeps (check_memo.c,
 * check_views.c): one mixing step, a final spread of the high bits into the low ones the tables
 * index by, and values hashed as they compare (-0 equals 0). */
#ifndef CW_CHECK_HASH_H
#define CW_CHECK_HASH_H

#include <stdint.h>
#include <string.h>

#include "scenario_model.h"

static inline uint64_t check_hash_mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdULL;
}

/* The tables take a hash's low bits, which a product leaves poor: fold the high ones in. */
static inline uint64_t check_hash_spread(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}

static inline uint64_t check_hash_text(uint64_t h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static inline uint64_t check_hash_value(uint64_t h, const value *v)
{
    if (v->type == VALUE_STRING)
        return check_hash_mix(check_hash_text(h, v->string), 2);
    if (v->type == VALUE_BOOL)
        return check_hash_mix(h, v->boolean ? 1 : 0);
    double d = v->number == 0 ? 0 : v->number; /* -0 and 0 are equal */
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return check_hash_mix(h, bits);
}

#endif
