/* record_write.c — the one way to write a record: append-only JSON Lines, each line fdatasync'ed
 * before what follows it is shown (a decision together with the scene it leads to). */
#include "record_write.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ids.h"
#include "record_print.h"
#include "record_rules.h"

static int sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int rc = fsync(fd);
    close(fd);
    return rc;
}

static void close_fd(record_writer *writer)
{
    if (writer->fd >= 0)
        close(writer->fd);
    writer->fd = -1;
}

static void init_writer(record_writer *writer)
{
    memset(writer, 0, sizeof *writer);
    writer->fd = -1;
}

/* One writer per record: two processes appending to one file would interleave their lines. A
 * file system without locks (some network mounts) is written unlocked rather than not at all. */
static int lock_record(record_writer *writer, const char *path, cw_error *err)
{
    if (flock(writer->fd, LOCK_EX | LOCK_NB) == 0) {
        writer->locked = 1;
        return 0;
    }
    if (errno == ENOLCK || errno == EOPNOTSUPP)
        return 0;
    if (errno == EWOULDBLOCK)
        cw_error_set(err, CW_ERR_INPUT, path, 0,
                     "this session is open elsewhere (another casewalk is playing it); close that one first");
    else
        cw_error_set(err, CW_ERR_NOT_SAVED, path, 0, "cannot lock the record: %s", strerror(errno));
    return -1;
}

static int open_writer(record_writer *writer, const char *path, int flags, cw_error *err)
{
    /* A write past a file-size limit must fail with EFBIG, not kill the process unsaved. */
    signal(SIGXFSZ, SIG_IGN);
    /* O_NONBLOCK: a FIFO named as a record fails to open instead of waiting for a reader. */
    writer->fd = open(path, flags | O_WRONLY | O_APPEND | O_CLOEXEC | O_NONBLOCK, 0600);
    if (writer->fd < 0) {
        cw_error_set(err, CW_ERR_NOT_SAVED, path, 0, "cannot open record for writing: %s",
                     strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(writer->fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        cw_error_set(err, CW_ERR_INPUT, path, 0, "not a regular file");
        close_fd(writer);
        return -1;
    }
    if (lock_record(writer, path, err) != 0) {
        close_fd(writer);
        return -1;
    }
    writer->dev = st.st_dev;
    writer->ino = st.st_ino;
    writer->path = strdup(path);
    if (!writer->path) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        close_fd(writer);
        return -1;
    }
    return 0;
}

int record_ready_to_append(record_writer *writer, long next_seq, cw_error *err)
{
    /* The length now, after whatever a resume cut off the end (a torn last line). */
    struct stat st;
    if (fchmod(writer->fd, 0600) != 0 || fstat(writer->fd, &st) != 0) {
        cw_error_set(err, CW_ERR_NOT_SAVED, writer->path, 0, "cannot make record private: %s", strerror(errno));
        return -1;
    }
    writer->size = st.st_size;
    writer->next_seq = next_seq;
    return 0;
}

int record_create(record_writer *writer, const char *dir, const char *file_name, cw_error *err)
{
    init_writer(writer);
    if (cw_private_dir(dir, "records folder", err) != 0)
        return -1;
    char path[PATH_MAX];
    if (snprintf(path, sizeof path, "%s/%s", dir, file_name) >= (int)sizeof path) {
        cw_error_set(err, CW_ERR_NOT_SAVED, dir, 0, "record path too long");
        return -1;
    }
    if (open_writer(writer, path, O_CREAT | O_EXCL, err) != 0)
        return -1;
    if (record_ready_to_append(writer, 0, err) != 0) {
        record_discard(writer);
        return -1;
    }
    if (sync_dir(dir) != 0) {
        cw_error_set(err, CW_ERR_NOT_SAVED, dir, 0, "cannot sync records folder: %s", strerror(errno));
        record_discard(writer);
        return -1;
    }
    return 0;
}

int record_open_append(record_writer *writer, const char *path, cw_error *err)
{
    init_writer(writer);
    return open_writer(writer, path, 0, err);
}

void record_let_go(record_writer *writer, cJSON *line)
{
    if (line && !record_nodes_own(&writer->nodes, line)) {
        /* the frame and the session's name, added first: the writer's, not cJSON's to free */
        cJSON *first = line->child, *last = first ? first->prev : NULL;
        while (first && record_nodes_own(&writer->nodes, first))
            first = first->next;
        if (first)
            first->prev = last;
        line->child = first;
        cJSON_Delete(line);
    }
    record_nodes_reset(&writer->nodes);
}

/* Puts "type", "seq", "id" and "time" in front of line's fields (last first), borrowing type,
 * id and now: the line is printed before they go. */
static int frame_line(record_writer *writer, cJSON *line, const char *type, long seq, const char *id,
                      const char *now)
{
    record_nodes *nodes = &writer->nodes;
    return record_node_add_first(line, "time", record_node_string(nodes, now)) == 0 &&
                   record_node_add_first(line, "id", record_node_string(nodes, id)) == 0 &&
                   record_node_add_first(line, "seq", record_node_number(nodes, (double)seq)) == 0 &&
                   record_node_add_first(line, "type", record_node_string(nodes, type)) == 0
               ? 0
               : -1;
}

/* What a failed line costs, in words: a failed scene line comes after its decision was saved. */
static const char *what_is_lost(const char *type)
{
    if (strcmp(type, "header") == 0)
        return "the session was NOT saved";
    if (strcmp(type, "decision") == 0 || strcmp(type, "draft") == 0)
        return "the last decision was NOT saved";
    return "the decisions before this point are saved, but nothing after them is (NOT saved)";
}

/* Lines held and not written are lost with the writer: the first of them says what that costs. */
static int fail(record_writer *writer, const char *type, off_t before, const char *why, int error_number,
                cw_error *err)
{
    if (before >= 0 && ftruncate(writer->fd, before) == 0)
        (void)fdatasync(writer->fd);
    /* After a failed fsync the kernel may have dropped the data: never write "saved" again. */
    close_fd(writer);
    cw_error_set(err, CW_ERR_NOT_SAVED, writer->path, 0, "%s (%s): %s; the session has stopped", why,
                 strerror(error_number), what_is_lost(writer->held.len ? writer->held_type : type));
    writer->held.len = 0;
    return -1;
}

/* Writes bytes (whole lines) with one write on the O_APPEND descriptor, checks the file is still
 * at its path, and fdatasyncs. type names the first line, for a failure's message. */
static int write_synced(record_writer *writer, const char *type, const char *bytes, size_t len, cw_error *err)
{
    /* Under the lock nobody else appends, so the length kept is the file's; unlocked, ask. */
    struct stat st;
    off_t before = writer->locked ? writer->size : fstat(writer->fd, &st) == 0 ? st.st_size : -1;
    size_t done = 0;
    while (done < len) {
        ssize_t wrote = write(writer->fd, bytes + done, len - done);
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            return fail(writer, type, before, "cannot write the record", wrote < 0 ? errno : ENOSPC, err);
        done += (size_t)wrote;
    }
    writer->size = before + (off_t)len;
    /* Written to a file nobody can find again (its folder deleted, the file moved) is not saved.
     * Asked before the sync, while the path's entries are still in the processor's caches. */
    if (!record_still_there(writer))
        return fail(writer, type, -1, "the record file was deleted or moved while the session ran", ENOENT,
                    err);
    if (fdatasync(writer->fd) != 0)
        return fail(writer, type, -1, "cannot flush the record to disk", errno, err);
    return 0;
}

int record_flush(record_writer *writer, cw_error *err)
{
    if (writer->held.len == 0)
        return 0;
    int rc = write_synced(writer, writer->held_type, writer->held.data, writer->held.len, err);
    writer->held.len = 0;
    return rc;
}

/* Frames, checks and numbers line, and adds its text to what is held. A line the rules refuse
 * is not held, and what was held before it is written at once: it must not wait on a line that
 * will never come. */
static int hold_line(record_writer *writer, const char *type, cJSON *line, char id[37], cw_error *err)
{
    uuid_v4(id);
    if (writer->fd < 0) {
        record_let_go(writer, line);
        cw_error_set(err, CW_ERR_NOT_SAVED, writer->path, 0,
                     "the record is closed after an earlier failure: NOT saved");
        return -1;
    }
    char now[32];
    time_iso8601(now);
    if (!line || frame_line(writer, line, type, writer->next_seq, id, now) != 0) {
        record_let_go(writer, line);
        return fail(writer, type, -1, "out of memory", ENOMEM, err);
    }
    /* Printed where it will be written from, with its newline; a line refused is taken off again. */
    strbuf *held = &writer->held;
    size_t start = held->len;
    record_print(line, held);
    strbuf_add(held, "\n", 1);
    if (held->failed) {
        record_let_go(writer, line);
        held->failed = 0; /* realloc kept what was held before the line */
        held->len = start;
        return fail(writer, type, -1, "out of memory", ENOMEM, err);
    }
    char why[200];
    const char *problem = record_line_problem(held->data + start, held->len - start - 1);
    if (!problem && record_json_problem(line, why, sizeof why) != 0)
        problem = why;
    record_let_go(writer, line);
    if (problem) {
        held->len = start;
        cw_error_set(err, CW_ERR_INPUT, writer->path, 0, "this %s cannot be recorded: %s; nothing was written",
                     type, problem);
        if (start > 0) { /* what was held before this line is whole: it goes to disk on its own */
            cw_error refused = *err;
            if (record_flush(writer, err) == 0)
                *err = refused;
        }
        return -1;
    }
    if (start == 0)
        snprintf(writer->held_type, sizeof writer->held_type, "%s", type);
    writer->next_seq++;
    return 0;
}

int record_hold(record_writer *writer, const char *type, cJSON *line, char id_out[37], cw_error *err)
{
    char id[37];
    if (hold_line(writer, type, line, id, err) != 0)
        return -1;
    if (id_out)
        memcpy(id_out, id, 37);
    return 0;
}

int record_append(record_writer *writer, const char *type, cJSON *line, char id_out[37], cw_error *err)
{
    char id[37];
    if (hold_line(writer, type, line, id, err) != 0 || record_flush(writer, err) != 0)
        return -1;
    if (id_out)
        memcpy(id_out, id, 37);
    return 0;
}

/* A path that still names the same file links it, so the file was not deleted either. */
int record_still_there(const record_writer *writer)
{
    struct stat st;
    return writer->path && stat(writer->path, &st) == 0 && st.st_dev == writer->dev && st.st_ino == writer->ino;
}

void record_discard(record_writer *writer)
{
    writer->held.len = 0;
    if (writer->path && record_still_there(writer) && unlink(writer->path) == 0) {
        char *slash = strrchr(writer->path, '/');
        if (slash) {
            *slash = '\0';
            (void)sync_dir(slash == writer->path ? "/" : writer->path);
            *slash = '/';
        }
    }
    record_close(writer);
}

void record_close(record_writer *writer)
{
    if (writer->fd >= 0 && writer->held.len > 0) {
        cw_error ignored; /* a failure closes the writer; nobody is left to tell */
        (void)record_flush(writer, &ignored);
    }
    close_fd(writer);
    free(writer->path);
    writer->path = NULL;
    free(writer->held.data);
    memset(&writer->held, 0, sizeof writer->held);
    record_nodes_free(&writer->nodes);
}
