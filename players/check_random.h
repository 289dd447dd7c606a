/* check_random.h — `casewalk check --random N [--seed S]`: the coverage of random playthroughs,
 * printed short for a person or added to check's --json document. */
#ifndef CW_CHECK_RANDOM_H
#define CW_CHECK_RANDOM_H

#include <cjson/cJSON.h>
#include <stdint.h>

/* Plays and prints (or, with scenarios non-NULL, adds an entry to that JSON array) for one file.
 * Returns the number of problems: 1 when it does not load, 1 when a playthrough failed. */
int check_random_one(const char *path, long playthroughs, uint64_t seed, cJSON *scenarios);

#endif
