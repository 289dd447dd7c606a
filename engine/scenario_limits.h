/* scenario_limits.h — what a scenario may hold so that playing it stays within what the rest of
 * casewalk accepts: record lines the record reader takes (RECORD_MAX_LINE_BYTES), as many choices
 * and clauses as the players and records have room for, texts of valid UTF-8 and bounded length,
 * and a bounded amount of C memory built from the file. What the file says is checked at load;
 * what its functions return is checked when they return it. */
#ifndef CW_SCENARIO_LIMITS_H
#define CW_SCENARIO_LIMITS_H

#include <stddef.h>

#include "scenario_model.h"

#define SCENARIO_MAX_CHOICES 16          /* per scene: the workshop's vote table has 16 rows */
#define SCENARIO_MAX_CLAUSES 64          /* per drafting step: a draft holds up to 64 clauses */
#define SCENARIO_MAX_TEXT_BYTES (64 * 1024) /* any text, also once its ${...} are filled in */
#define SCENARIO_MAX_RUBRIC_JSON (256 * 1024) /* feedback, flags and missing, as JSON */
#define SCENARIO_MAX_SCENE_BYTES (256 * 1024) /* a scene's text with the items it reveals */
#define SCENARIO_MAX_VALUE_TEXT 255      /* what one ${name} can become (value_format's buffer) */


/* Bytes s takes as a JSON string as cJSON writes it, quotes included. */
size_t scenario_json_length(const char *s);

/* After loading: refuses a static text that could pass SCENARIO_MAX_TEXT_BYTES once its ${...}
 * are filled in, a scene whose text with its confidential items could pass
 * SCENARIO_MAX_SCENE_BYTES or that reveals one item twice (a record's keys must be unique), and
 * a scene whose decision could write a record line longer than the record reader accepts. Sets err ("FILE:LINE: ...") and returns -1, or returns 0. */
int scenario_check_limits(const cw_scenario *sc, cw_error *err);

#endif
