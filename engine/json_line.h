/* json_line.h — one record line parsed into a cJSON tree, by a strict parser for the JSON that
 * records hold and by cJSON for anything else. */
#ifndef CW_JSON_LINE_H
#define CW_JSON_LINE_H

#include <stddef.h>

#include <cjson/cJSON.h>

/* Parses the object at the start of text (len bytes, no NUL needed) as cJSON_ParseWithLengthOpts
 * does, with the same tree and the same *end (just past the value) for every text it accepts,
 * and NULL for every text it refuses. The strict parser reads only an object of plain JSON
 * (RFC 8259 numbers of up to 63 characters, strings without \u escapes or control characters,
 * spaces, tabs and line breaks between tokens, at most 64 levels deep) and only in a process
 * that has called json_arena_install; cJSON reads whatever it gives up on, so what is accepted
 * and how never depends on which of the two read it. */
cJSON *json_line_parse(const char *text, size_t len, const char **end);

/* The strict parser alone: NULL where it gives up (for the differential fuzz target and tests). */
cJSON *json_line_parse_strict(const char *text, size_t len, const char **end);

#endif
