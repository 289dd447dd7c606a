/* record_read.h — reads a session record as untrusted data, one JSON line at a time.
 * Size caps before reading, then every line checked against record_rules.h (the writer's rules
 * too), and a torn last line set aside rather than trusted. */
#ifndef CW_RECORD_READ_H
#define CW_RECORD_READ_H

#include <cjson/cJSON.h>
#include <stdio.h>

#include "casewalk.h"
#include "record_rules.h"

typedef struct record_tail {
    int torn;         /* the last line was incomplete or unreadable: it was not passed on */
    long good_bytes;  /* bytes up to the end of the last good line */
    long end_bytes;   /* bytes before the spaces a writer wrote ahead of its lines (record_write.c) */
    int torn_line_no; /* 1-based line number of the torn line */
    char torn_why[160];
} record_tail;

/* Called once per good line, in order (line_no is 1-based). Return 0 to go on, or -1 with err
 * set to stop. The callback does not own line; it is freed after the call. */
typedef int (*record_line_fn)(void *ud, const cJSON *line, int line_no, cw_error *err);

/* Opens path for reading if it is a regular file: a symbolic link (as the last part of path) is
 * not followed, and a FIFO, socket or device is refused without blocking. NULL with err
 * otherwise. */
FILE *record_open_regular(const char *path, cw_error *err);

/* Reads path line by line, up to the spaces a writer wrote ahead of its lines, if any. A
 * malformed line in the middle is an error naming file and line; a
 * LAST line that is unterminated or not whole JSON is reported in tail (if tail is NULL it is an
 * error); a whole line that breaks a record rule is an error wherever it is.
 * Returns 0, or -1 with err. */
int record_read(const char *path, record_line_fn fn, void *ud, record_tail *tail, cw_error *err);

/* Reads only the first line of path (the header), with the same checks, and passes it to fn:
 * fn's result, or -1 with err when the line is not there whole or not good. */
int record_read_header(const char *path, record_line_fn fn, void *ud, cw_error *err);

/* Field helpers that refuse wrong types: NULL / fallback when absent or of another type. */
const char *record_string(const cJSON *obj, const char *key);
int record_int(const cJSON *obj, const char *key, long long *out); /* 0 when an integer */
int record_int_value(const cJSON *item, long long *out);           /* the same, for an item */

#endif
