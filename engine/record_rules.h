/* record_rules.h — what a record line may hold, in one place: the record writer refuses exactly
 * what the record reader refuses, so nothing "saved" can be unreadable later. */
#ifndef CW_RECORD_RULES_H
#define CW_RECORD_RULES_H

#include <stddef.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#define RECORD_MAX_FILE_BYTES (64L * 1024 * 1024)
#define RECORD_MAX_LINE_BYTES (1024L * 1024)
#define RECORD_MAX_DEPTH 16
#define RECORD_MAX_LIST_ITEMS 64      /* shown, recommended, clauses, flags, missing, tags, votes */
#define RECORD_MAX_PSEUDONYM_BYTES 64 /* the trainee's pseudonym */
#define RECORD_MAX_ID_BYTES 128       /* a scenario, scene or choice id */


/* The text of one line (without its newline): its length, NUL bytes, UTF-8, nesting and \u0000.
 * NULL when fine, else why (a static string). */
const char *record_line_problem(const char *line, size_t len);

/* The parsed line, whose text record_line_problem has passed (so every text in it is valid
 * UTF-8): numbers finite, no key twice in an object, and the fields with rules of their own
 * (time, trainee, seed, list lengths). 0 when fine, else -1 with why filled in. */
int record_json_problem(const cJSON *line, char *why, size_t why_size);

/* Rules for single fields, for the writer, the readers and the players (through casewalk.h). */
const char *record_pseudonym_problem(const char *pseudonym); /* NULL when fine */
int record_seed_parse(const char *text, uint64_t *seed);     /* decimal, 0..2^64-1; 0 or -1 */
int record_time_valid(const char *text);                     /* 2026-11-22T08:20:54.123Z, a real date */
int record_is_id(const char *text);                          /* letters, digits, '-' and '_' */
int record_is_uuid(const char *text); /* 8-4-4-4-12 hexadecimal digits, either case */
/* From schema 2 on, every line after the header names its session: NULL when line carries the
 * header's session id (or the record is schema 1), else why. */
const char *record_session_problem(const cJSON *line, long long schema, const char *session);
/* The same, given the line's "session" item (NULL when it has none). */
const char *record_session_item_problem(const cJSON *named, long long schema, const char *session);

#endif
