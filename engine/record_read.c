/* record_read.c — reads a session record as untrusted data, one JSON line at a time. */
#include "record_read.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "json_arena.h"
#include "json_line.h"

/* Parses one line (without its newline) into a JSON object. A line that is not whole JSON may
 * be a torn write (*torn set); a whole object that breaks a record rule is damage. */
static cJSON *parse_line(const char *line, size_t len, int *torn, char *why, size_t why_size)
{
    *torn = 1;
    const char *problem = record_line_problem(line, len);
    if (problem) {
        snprintf(why, why_size, "%s", problem);
        return NULL;
    }
    const char *end = NULL;
    json_arena_begin();
    cJSON *json = json_line_parse(line, len, &end);
    json_arena_end();
    if (!json) {
        json_arena_delete(NULL);
        snprintf(why, why_size, "not valid JSON");
        return NULL;
    }
    while (end && (size_t)(end - line) < len && (*end == ' ' || *end == '\t' || *end == '\r'))
        end++;
    if (!end || (size_t)(end - line) != len) {
        snprintf(why, why_size, "text after the JSON object");
    } else if (!cJSON_IsObject(json)) {
        snprintf(why, why_size, "not a JSON object");
    } else {
        *torn = 0;
        if (record_json_problem(json, why, why_size) == 0)
            return json;
    }
    json_arena_delete(json);
    return NULL;
}

/* The descriptor behind record_open_regular, for readers that need no stdio buffer; its
 * size in *st. O_NONBLOCK stays set: it changes nothing for a regular file. */
static int open_regular_fd(const char *path, struct stat *st, cw_error *err)
{
    /* O_NONBLOCK: opening a FIFO waits for a writer, and a record must never hang a report */
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ELOOP)
            cw_error_set(err, CW_ERR_INPUT, path, 0, "a symbolic link; records are read only from "
                         "regular files, links are not followed");
        else if (errno == ENXIO)
            cw_error_set(err, CW_ERR_INPUT, path, 0, "not a regular file");
        else
            cw_error_set(err, CW_ERR_SYSTEM, path, 0, "cannot open record: %s", strerror(errno));
        return -1;
    }
    if (fstat(fd, st) == 0 && S_ISREG(st->st_mode))
        return fd;
    cw_error_set(err, CW_ERR_INPUT, path, 0, "not a regular file");
    close(fd);
    return -1;
}

FILE *record_open_regular(const char *path, cw_error *err)
{
    struct stat st;
    int fd = open_regular_fd(path, &st, err);
    if (fd < 0)
        return NULL;
    FILE *file = fdopen(fd, "rb");
    if (!file) {
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "cannot open record: %s", strerror(errno));
        close(fd);
    }
    return file;
}

int record_read_header(const char *path, record_line_fn fn, void *ud, cw_error *err)
{
    struct stat st;
    int fd = open_regular_fd(path, &st, err);
    if (fd < 0)
        return -1;
    /* a header is some 500 bytes: read a little more at a time until its newline */
    size_t capacity = 1024, len = 0;
    char *line = malloc(capacity);
    char *newline = NULL;
    int status = -1;
    while (line && !newline) {
        if (len == capacity) {
            char *grown = capacity > (size_t)RECORD_MAX_LINE_BYTES ? NULL : realloc(line, capacity * 2);
            if (!grown)
                break;
            line = grown;
            capacity *= 2;
        }
        ssize_t got = read(fd, line + len, capacity - len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        newline = memchr(line + len, '\n', (size_t)got);
        len += (size_t)got;
    }
    close(fd);
    if (!line) {
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "out of memory");
        return -1;
    }
    char why[160] = "the first line is incomplete (no newline)";
    int torn;
    cJSON *json = newline ? parse_line(line, (size_t)(newline - line), &torn, why, sizeof why) : NULL;
    if (json) {
        status = fn(ud, json, 1, err);
        json_arena_delete(json);
    } else {
        cw_error_set(err, CW_ERR_INPUT, path, 1, "%s", why);
    }
    free(line);
    return status;
}

/* The whole file open on fd, read into one buffer: a record is read in one or two reads and
 * its lines are parsed where they lie, never copied. size is what fstat saw; the file may grow
 * while it is read (a session still being played), but never past RECORD_MAX_FILE_BYTES. */
static char *read_whole(int fd, size_t size, size_t *len, const char *path, cw_error *err)
{
    size_t capacity = size + 1, used = 0; /* one byte more: the read that finds the end */
    char *data = malloc(capacity);
    for (;;) {
        if (!data) {
            cw_error_set(err, CW_ERR_SYSTEM, path, 0, "out of memory");
            return NULL;
        }
        if (used == capacity) {
            if (capacity > (size_t)RECORD_MAX_FILE_BYTES) {
                cw_error_set(err, CW_ERR_INPUT, path, 0, "record larger than %ld MiB; not read",
                             RECORD_MAX_FILE_BYTES >> 20);
                free(data);
                return NULL;
            }
            char *grown = realloc(data, capacity * 2);
            if (!grown)
                free(data);
            data = grown;
            capacity *= 2;
            continue;
        }
        ssize_t got = read(fd, data + used, capacity - used);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            cw_error_set(err, CW_ERR_SYSTEM, path, 0, "read error: %s", strerror(errno));
            free(data);
            return NULL;
        }
        if (got == 0)
            break;
        used += (size_t)got;
        if (used < capacity)
            break; /* a short read of a regular file: its end as it stands (no read more to learn it) */
    }
    *len = used;
    return data;
}

int record_read(const char *path, record_line_fn fn, void *ud, record_tail *tail, cw_error *err)
{
    if (tail)
        memset(tail, 0, sizeof *tail);
    struct stat st;
    int fd = open_regular_fd(path, &st, err);
    if (fd < 0)
        return -1;
    if (st.st_size > RECORD_MAX_FILE_BYTES) {
        cw_error_set(err, CW_ERR_INPUT, path, 0, "record larger than %ld MiB; not read",
                     RECORD_MAX_FILE_BYTES >> 20);
        close(fd);
        return -1;
    }
    size_t len = 0;
    char *data = read_whole(fd, (size_t)st.st_size, &len, path, err);
    close(fd);
    if (!data)
        return -1;
    while (len > 0 && data[len - 1] == ' ')
        len--; /* spaces written ahead of the lines that were to come */
    if (tail)
        tail->end_bytes = (long)len;

    long offset = 0;
    int line_no = 0, status = 0;
    for (size_t pos = 0; pos < len;) {
        line_no++;
        char *line = data + pos;
        char *newline = memchr(line, '\n', len - pos);
        size_t line_len = newline ? (size_t)(newline - line) : len - pos;
        size_t got = newline ? line_len + 1 : line_len; /* with its newline */
        char why[160] = "the line is incomplete (no newline)";
        int torn = 1;
        cJSON *json = newline ? parse_line(line, line_len, &torn, why, sizeof why) : NULL;
        if (!json) {
            /* A bad last line is a torn write; a bad line with more after it is damage. */
            int is_last = pos + got >= len;
            if (is_last && torn && tail) {
                tail->torn = 1;
                tail->good_bytes = offset;
                tail->torn_line_no = line_no;
                snprintf(tail->torn_why, sizeof tail->torn_why, "%s", why);
            } else {
                cw_error_set(err, CW_ERR_INPUT, path, line_no, "%s", why);
                status = -1;
            }
            break;
        }
        offset += (long)got;
        pos += got;
        int rc = fn(ud, json, line_no, err);
        json_arena_delete(json);
        if (rc != 0) {
            if (err && err->kind == CW_OK)
                cw_error_set(err, CW_ERR_INPUT, path, line_no, "unexpected line");
            status = -1;
            break;
        }
    }
    if (tail && !tail->torn)
        tail->good_bytes = offset;
    free(data);
    return status;
}

const char *record_string(const cJSON *obj, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

int record_int(const cJSON *obj, const char *key, long long *out)
{
    return record_int_value(cJSON_GetObjectItemCaseSensitive(obj, key), out);
}

int record_int_value(const cJSON *item, long long *out)
{
    if (!cJSON_IsNumber(item))
        return -1;
    double v = item->valuedouble;
    if (!isfinite(v) || v != floor(v) || fabs(v) > 9007199254740992.0)
        return -1;
    *out = (long long)v;
    return 0;
}
