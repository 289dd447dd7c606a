/* record_print.h — a record line's text: a cJSON tree printed onto the end of a growing string. */
#ifndef CW_RECORD_PRINT_H
#define CW_RECORD_PRINT_H

#include <cjson/cJSON.h>

#include "strbuf.h"

/* Appends item as compact JSON, as cJSON_PrintUnformatted would print it (whole numbers below
 * 10^15 as digits, other numbers in the fewest of 15 or 17 digits that read back the same).
 * out->failed is set if memory ran out. */
void record_print(const cJSON *item, strbuf *out);

#endif
