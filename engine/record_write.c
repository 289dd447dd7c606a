/* record_write.c — the one way to write a record: JSON Lines, only ever added at the end, each
 * line on disk before what follows it is shown (a decision together with the scene it leads to). */
#define _GNU_SOURCE /* pwritev2 and RWF_DSYNC */
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
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <unistd.h>

#include "ids.h"
#include "record_print.h"
#include "record_rules.h"

/* A locked record is written in place, over spaces written ahead of its lines PAD_AHEAD bytes
 * at a time, as database logs are: the sync after a line then carries the line alone to the disk,
 * where the sync after an append must also commit the file's new length to the file system's
 * journal (on ext4 that is a third of the time, 110 against 160 µs a line on one disk). The
 * reader takes spaces after the last line for the end of the record (record_read.c), and
 * closing the writer cuts them off. */
#define PAD_AHEAD 65536

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
    /* Nobody else writes a locked record: it is written in place, at the length kept. */
    int status_flags = fcntl(writer->fd, F_GETFL);
    writer->in_place = writer->locked && status_flags >= 0 && fcntl(writer->fd, F_SETFL, status_flags & ~O_APPEND) == 0;
    writer->spaces_ahead = writer->in_place;
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

int record_ready_to_append(record_writer *writer, off_t length, long next_seq, cw_error *err)
{
    /* What follows the last whole line (spaces a writer wrote ahead, a torn line set aside) goes. */
    struct stat st;
    if (fchmod(writer->fd, 0600) != 0 || fstat(writer->fd, &st) != 0) {
        cw_error_set(err, CW_ERR_NOT_SAVED, writer->path, 0, "cannot make record private: %s", strerror(errno));
        return -1;
    }
    if (st.st_size > length && (ftruncate(writer->fd, length) != 0 || fdatasync(writer->fd) != 0)) {
        cw_error_set(err, CW_ERR_NOT_SAVED, writer->path, 0, "cannot cut the record back to its last whole line: %s",
                     strerror(errno));
        return -1;
    }
    writer->size = writer->padded_to = st.st_size < length ? st.st_size : length;
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
    if (record_ready_to_append(writer, 0, 0, err) != 0) {
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

/* Writes up to len bytes at offset at (at < 0: at the end, through O_APPEND). Unless
 * *sync_after is set already, returns once they are on disk: one system call, the write and
 * its fdatasync together (RWF_DSYNC, which syncs the bytes written and no others), where the
 * kernel has it; else a plain write, and *sync_after is set. Returns what write() would. */
static ssize_t write_some(record_writer *writer, const char *bytes, size_t len, off_t at, int *sync_after)
{
#ifdef RWF_DSYNC
    if (!writer->plain_writes && !*sync_after) {
        struct iovec piece = {(void *)bytes, len};
        ssize_t wrote = pwritev2(writer->fd, &piece, 1, at, RWF_DSYNC);
        if (wrote >= 0 || (errno != EOPNOTSUPP && errno != ENOSYS && errno != EINVAL))
            return wrote;
        writer->plain_writes = 1; /* a kernel that refused the flag once always will */
    }
#endif
    *sync_after = 1;
    return at < 0 ? write(writer->fd, bytes, len) : pwrite(writer->fd, bytes, len, at);
}

/* Writes all of bytes at offset at (< 0: at the end) and makes them durable, with all the file
 * holds when whole_file is set: 0, or -1 with errno. */
static int write_all(record_writer *writer, const char *bytes, size_t len, off_t at, int whole_file)
{
    int sync_after = whole_file;
    for (size_t done = 0; done < len;) {
        ssize_t wrote = write_some(writer, bytes + done, len - done, at < 0 ? -1 : at + (off_t)done, &sync_after);
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0) {
            if (wrote == 0)
                errno = ENOSPC;
            return -1;
        }
        done += (size_t)wrote;
    }
    return sync_after && fdatasync(writer->fd) != 0 ? -1 : 0;
}

/* Writes spaces from the lines' end on (from where the lines about to be written go, so that a
 * crash before they are cannot leave a hole behind the last line), without a sync of their own:
 * the lines' sync takes them along. As many as there is room for; a file that can take no more
 * is written without them from then on. */
static void write_spaces_ahead(record_writer *writer, off_t from)
{
#define SPACES_64 "                                                                "
#define SPACES_1024 SPACES_64 SPACES_64 SPACES_64 SPACES_64 SPACES_64 SPACES_64 SPACES_64 SPACES_64 \
    SPACES_64 SPACES_64 SPACES_64 SPACES_64 SPACES_64 SPACES_64 SPACES_64 SPACES_64
    static const char spaces[] = SPACES_1024 SPACES_1024 SPACES_1024 SPACES_1024;
    struct iovec pieces[PAD_AHEAD / (sizeof spaces - 1)];
    for (size_t i = 0; i < sizeof pieces / sizeof pieces[0]; i++)
        pieces[i] = (struct iovec){(void *)spaces, sizeof spaces - 1};
    ssize_t wrote = pwritev(writer->fd, pieces, (int)(sizeof pieces / sizeof pieces[0]), from);
    if (wrote > 0)
        writer->padded_to = from + wrote;
    else if (wrote < 0 && (errno == ENOSPC || errno == EFBIG || errno == EDQUOT))
        writer->spaces_ahead = 0;
}

int record_flush(record_writer *writer, cw_error *err)
{
    size_t len = writer->held.len;
    if (len == 0)
        return 0;
    /* Written to a file nobody can find again (its folder deleted, the file moved) is not saved. */
    if (!record_still_there(writer))
        return fail(writer, writer->held_type, -1, "the record file was deleted or moved while the session ran",
                    ENOENT, err);
    /* Under the lock nobody else writes, so the length kept is the file's; unlocked, ask. */
    struct stat st;
    off_t before = writer->locked ? writer->size : fstat(writer->fd, &st) == 0 ? st.st_size : -1;
    off_t after = before + (off_t)len;
    /* New spaces go to disk with the lines, blocks allocated, so that the lines written over them
     * later sync alone (the spaces left in the page cache would be allocated at each such sync). */
    int new_spaces = writer->spaces_ahead && after > writer->padded_to && after + PAD_AHEAD <= RECORD_MAX_FILE_BYTES;
    if (new_spaces)
        write_spaces_ahead(writer, before);
    if (write_all(writer, writer->held.data, len, writer->in_place ? before : -1, new_spaces) != 0)
        return fail(writer, writer->held_type, before, "cannot write the record to disk", errno, err);
    writer->size = after;
    if (after > writer->padded_to)
        writer->padded_to = after;
    writer->held.len = 0;
    return 0;
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

/* A path that still names the same file links it, so the file was not deleted either. Only the
 * inode number is asked for: a query of the file's times (stat) makes the kernel give the next
 * write a fine-grained time, and the sync after that write then commits the file system's journal
 * as an append's does (multigrain timestamps, Linux 6.13 and later). */
int record_still_there(const record_writer *writer)
{
    struct statx st;
    return writer->path && statx(AT_FDCWD, writer->path, 0, STATX_INO, &st) == 0 && (st.stx_mask & STATX_INO) &&
           makedev(st.stx_dev_major, st.stx_dev_minor) == writer->dev && st.stx_ino == writer->ino;
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
    /* The lines are on disk already; should the cut not reach it, a reader skips the spaces. */
    if (writer->fd >= 0 && writer->padded_to > writer->size && ftruncate(writer->fd, writer->size) == 0)
        (void)fdatasync(writer->fd);
    close_fd(writer);
    free(writer->path);
    writer->path = NULL;
    free(writer->held.data);
    memset(&writer->held, 0, sizeof writer->held);
    record_nodes_free(&writer->nodes);
}
