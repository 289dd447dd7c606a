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

/* Valid UTF-8, no overlong forms, no surrogates, nothing above U+10FFFF. */
static int utf8_valid(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t len;
        unsigned long cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07;
        } else {
            return 0;
        }
        if (i + len > n)
            return 0;
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += len;
    }
    return 1;
}

/* Nesting depth of brackets outside strings, and whether an escaped NUL appears. */
static const char *scan_structure(const char *s, size_t n)
{
    int depth = 0, in_string = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (in_string) {
            if (c == '\\' && i + 1 < n) {
                if (s[i + 1] == 'u' && i + 5 < n && strncmp(s + i + 2, "0000", 4) == 0)
                    return "a string holds \\u0000";
                i++;
            } else if (c == '"') {
                in_string = 0;
            }
        } else if (c == '"') {
            in_string = 1;
        } else if (c == '{' || c == '[') {
            if (++depth > RECORD_MAX_DEPTH)
                return "nested too deeply";
        } else if (c == '}' || c == ']') {
            depth--;
        }
    }
    return NULL;
}

/* Duplicate keys and non-finite numbers, anywhere in the tree. */
static const char *check_values(const cJSON *item)
{
    if (cJSON_IsNumber(item) && !isfinite(item->valuedouble))
        return "a number is not finite";
    if (cJSON_IsObject(item)) {
        for (const cJSON *a = item->child; a; a = a->next)
            for (const cJSON *b = a->next; b; b = b->next)
                if (a->string && b->string && strcmp(a->string, b->string) == 0)
                    return "a key appears twice";
    }
    for (const cJSON *child = item->child; child; child = child->next) {
        const char *why = check_values(child);
        if (why)
            return why;
    }
    return NULL;
}

/* Parses one line (without its newline) into a JSON object, or says why not. */
static cJSON *parse_line(const char *line, size_t len, const char **why)
{
    *why = NULL;
    if (len > RECORD_MAX_LINE_BYTES) {
        *why = "line longer than 1 MiB";
        return NULL;
    }
    if (memchr(line, '\0', len)) {
        *why = "line holds a NUL byte";
        return NULL;
    }
    if (!utf8_valid((const unsigned char *)line, len)) {
        *why = "line is not valid UTF-8";
        return NULL;
    }
    if ((*why = scan_structure(line, len)))
        return NULL;
    const char *end = NULL;
    cJSON *json = cJSON_ParseWithLengthOpts(line, len, &end, 0);
    if (!json) {
        *why = "not valid JSON";
        return NULL;
    }
    while (end && (size_t)(end - line) < len && (*end == ' ' || *end == '\t' || *end == '\r'))
        end++;
    if (!end || (size_t)(end - line) != len)
        *why = "text after the JSON object";
    else if (!cJSON_IsObject(json))
        *why = "not a JSON object";
    else
        *why = check_values(json);
    if (*why) {
        cJSON_Delete(json);
        return NULL;
    }
    return json;
}

FILE *record_open_regular(const char *path, cw_error *err)
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
        return NULL;
    }
    struct stat st;
    int flags = fcntl(fd, F_GETFL);
    FILE *file = NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        cw_error_set(err, CW_ERR_INPUT, path, 0, "not a regular file");
    else if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0 || !(file = fdopen(fd, "rb")))
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "cannot open record: %s", strerror(errno));
    if (!file)
        close(fd);
    return file;
}

int record_read(const char *path, record_line_fn fn, void *ud, record_tail *tail, cw_error *err)
{
    if (tail)
        memset(tail, 0, sizeof *tail);
    FILE *file = record_open_regular(path, err);
    if (!file)
        return -1;
    struct stat st;
    if (fstat(fileno(file), &st) != 0 || !S_ISREG(st.st_mode)) {
        cw_error_set(err, CW_ERR_INPUT, path, 0, "not a regular file");
        fclose(file);
        return -1;
    }
    if (st.st_size > RECORD_MAX_FILE_BYTES) {
        cw_error_set(err, CW_ERR_INPUT, path, 0, "record larger than %ld MiB; not read",
                     RECORD_MAX_FILE_BYTES >> 20);
        fclose(file);
        return -1;
    }

    char *line = NULL;
    size_t capacity = 0;
    long offset = 0;
    int line_no = 0, status = 0;
    ssize_t got;
    while ((got = getline(&line, &capacity, file)) > 0) {
        line_no++;
        size_t len = (size_t)got;
        int terminated = line[len - 1] == '\n';
        if (terminated)
            len--;
        const char *why = terminated ? NULL : "the line is incomplete (no newline)";
        cJSON *json = why ? NULL : parse_line(line, len, &why);
        if (!json) {
            /* A bad last line is a torn write; a bad line with more after it is damage. */
            int is_last = fgetc(file) == EOF;
            if (is_last && tail) {
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
        offset += got;
        int rc = fn(ud, json, line_no, err);
        cJSON_Delete(json);
        if (rc != 0) {
            if (err && err->kind == CW_OK)
                cw_error_set(err, CW_ERR_INPUT, path, line_no, "unexpected line");
            status = -1;
            break;
        }
    }
    if (status == 0 && ferror(file)) {
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "read error: %s", strerror(errno));
        status = -1;
    }
    if (tail && !tail->torn)
        tail->good_bytes = offset;
    free(line);
    fclose(file);
    return status;
}

const char *record_string(const cJSON *obj, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

int record_int(const cJSON *obj, const char *key, long long *out)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!cJSON_IsNumber(item))
        return -1;
    double v = item->valuedouble;
    if (!isfinite(v) || v != floor(v) || fabs(v) > 9007199254740992.0)
        return -1;
    *out = (long long)v;
    return 0;
}
