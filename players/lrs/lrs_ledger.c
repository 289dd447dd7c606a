/* lrs_ledger.c — the ledger of statements an LRS accepted, beside the records (lrs_ledger.h). */
#define _GNU_SOURCE
#include "lrs_ledger.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "casewalk_report.h"

#define LEDGER_MAX_BYTES (256L * 1024 * 1024)

/* The entry for session, added (with 0) when add is set; NULL when absent or out of memory. A
 * linear search: one ledger holds one folder's sessions, and each is looked up once per batch. */
static lrs_sent *entry(lrs_ledger *l, const char *session, int add)
{
    for (int i = l->n_sent - 1; i >= 0; i--)
        if (strcmp(l->sent[i].session, session) == 0)
            return &l->sent[i];
    if (!add || strlen(session) >= sizeof l->sent[0].session)
        return NULL;
    if (l->n_sent == l->cap_sent) {
        int cap = l->cap_sent ? 2 * l->cap_sent : 64;
        lrs_sent *more = realloc(l->sent, (size_t)cap * sizeof *more);
        if (!more)
            return NULL;
        l->sent = more;
        l->cap_sent = cap;
    }
    lrs_sent *e = &l->sent[l->n_sent++];
    snprintf(e->session, sizeof e->session, "%s", session);
    e->statements = 0;
    return e;
}

/* One ledger line: counted when it is whole JSON for this endpoint and mapping version. */
static int take_line(lrs_ledger *l, const char *text)
{
    cJSON *line = cJSON_Parse(text);
    const cJSON *endpoint = cJSON_GetObjectItemCaseSensitive(line, "endpoint");
    const cJSON *mapping = cJSON_GetObjectItemCaseSensitive(line, "mapping");
    const cJSON *session = cJSON_GetObjectItemCaseSensitive(line, "session");
    const cJSON *statements = cJSON_GetObjectItemCaseSensitive(line, "statements");
    int rc = 0;
    if (cJSON_IsString(endpoint) && strcmp(endpoint->valuestring, l->endpoint) == 0 && cJSON_IsNumber(mapping) &&
        mapping->valuedouble == CW_XAPI_MAPPING_VERSION && cJSON_IsString(session) && cJSON_IsNumber(statements) &&
        statements->valuedouble >= 0 && statements->valuedouble < 1e9) {
        lrs_sent *e = entry(l, session->valuestring, 1);
        if (!e)
            rc = -1;
        else if ((long)statements->valuedouble > e->statements)
            e->statements = (long)statements->valuedouble;
    }
    cJSON_Delete(line);
    return rc;
}

int lrs_ledger_load(lrs_ledger *l, const char *dir, const char *endpoint, cw_error *err)
{
    memset(l, 0, sizeof *l);
    l->fd = -1;
    size_t n = strlen(dir) + sizeof "/" LRS_LEDGER_NAME;
    l->dir = strdup(dir);
    l->endpoint = strdup(endpoint);
    l->path = malloc(n);
    if (!l->dir || !l->endpoint || !l->path) {
        cw_error_set(err, CW_ERR_SYSTEM, dir, 0, "out of memory");
        return -1;
    }
    snprintf(l->path, n, "%s/%s", dir, LRS_LEDGER_NAME);
    FILE *in = NULL;
    int fd = open(l->path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (fd < 0 && errno == ENOENT)
        return 0;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > LEDGER_MAX_BYTES ||
        !(in = fdopen(fd, "r"))) {
        cw_error_set(err, CW_ERR_INPUT, l->path, 0, "cannot read the ledger of what the LRS accepted: %s",
                     fd < 0 ? strerror(errno) : "not a regular file of at most 256 MB");
        if (fd >= 0)
            close(fd);
        return -1;
    }
    char *line = NULL;
    size_t size = 0;
    int rc = 0;
    while (rc == 0 && getline(&line, &size, in) >= 0)
        rc = take_line(l, line);
    free(line);
    fclose(in);
    if (rc != 0)
        cw_error_set(err, CW_ERR_SYSTEM, l->path, 0, "out of memory");
    return rc;
}

long lrs_ledger_sent(const lrs_ledger *l, const char *session)
{
    for (int i = l->n_sent - 1; i >= 0; i--)
        if (strcmp(l->sent[i].session, session) == 0)
            return l->sent[i].statements;
    return 0;
}

static int open_for_writing(lrs_ledger *l, cw_error *err)
{
    int fd = open(l->path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        cw_error_set(err, CW_ERR_NOT_SAVED, l->path, 0, "cannot write the ledger: %s", strerror(errno));
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        close(fd);
        cw_error_set(err, CW_ERR_INPUT, l->path, 0,
                     "another casewalk is sending from this folder now; run this again when it is done");
        return -1;
    }
    if (fchmod(fd, 0600) != 0) {
        close(fd);
        cw_error_set(err, CW_ERR_NOT_SAVED, l->path, 0, "cannot make the ledger private: %s", strerror(errno));
        return -1;
    }
    /* A line torn by a crash is ended here, so that the next line is not glued to it. */
    struct stat st;
    char last = '\n';
    if (fstat(fd, &st) == 0 && st.st_size > 0 && pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n' &&
        write(fd, "\n", 1) != 1) {
        close(fd);
        cw_error_set(err, CW_ERR_NOT_SAVED, l->path, 0, "cannot write the ledger: %s", strerror(errno));
        return -1;
    }
    l->fd = fd;
    return 0;
}

int lrs_ledger_record(lrs_ledger *l, const char *session, long statements, long seq, int ended, cw_error *err)
{
    if (l->fd < 0 && open_for_writing(l, err) != 0)
        return -1;
    cJSON *line = cJSON_CreateObject();
    cJSON_AddStringToObject(line, "endpoint", l->endpoint);
    cJSON_AddNumberToObject(line, "mapping", CW_XAPI_MAPPING_VERSION);
    cJSON_AddStringToObject(line, "session", session);
    cJSON_AddNumberToObject(line, "statements", (double)statements);
    cJSON_AddNumberToObject(line, "seq", (double)seq);
    cJSON_AddBoolToObject(line, "ended", ended);
    char *text = cJSON_PrintUnformatted(line);
    cJSON_Delete(line);
    lrs_sent *e = entry(l, session, 1);
    if (!text || !e) {
        free(text);
        cw_error_set(err, CW_ERR_SYSTEM, l->path, 0, "out of memory");
        return -1;
    }
    /* One write of the whole line on an O_APPEND descriptor, then to disk before going on. */
    size_t len = strlen(text);
    char *whole = realloc(text, len + 2);
    if (!whole) {
        free(text);
        cw_error_set(err, CW_ERR_SYSTEM, l->path, 0, "out of memory");
        return -1;
    }
    whole[len] = '\n';
    ssize_t wrote;
    do
        wrote = write(l->fd, whole, len + 1);
    while (wrote < 0 && errno == EINTR);
    free(whole);
    if (wrote != (ssize_t)(len + 1) || fdatasync(l->fd) != 0) {
        cw_error_set(err, CW_ERR_NOT_SAVED, l->path, 0,
                     "cannot write the ledger (%s): the statements the LRS accepted last will be sent "
                     "again next time, which is harmless",
                     wrote < 0 ? strerror(errno) : "disk full?");
        return -1;
    }
    if (statements > e->statements)
        e->statements = statements;
    return 0;
}

void lrs_ledger_free(lrs_ledger *l)
{
    if (l->fd >= 0)
        close(l->fd);
    free(l->dir);
    free(l->path);
    free(l->endpoint);
    free(l->sent);
    memset(l, 0, sizeof *l);
    l->fd = -1;
}
