/* record_write.h — the one way to write a record: append-only JSON Lines, each line whole and on
 * disk before the session shows what follows it. Files 0600, folders 0700, whatever the umask. */
#ifndef CW_RECORD_WRITE_H
#define CW_RECORD_WRITE_H

#include <sys/types.h>

#include <cjson/cJSON.h>

#include "casewalk.h"
#include "record_nodes.h"
#include "strbuf.h"

typedef struct record_writer {
    int fd;         /* -1 when closed */
    char *path;
    long next_seq;  /* seq of the next line */
    dev_t dev;      /* the file opened, to notice when path no longer names it */
    ino_t ino;
    off_t size;     /* the file's length, kept as lines are written: where a torn write is cut */
    int locked;     /* 1 when the flock was granted, so that nobody else appends and size holds */
    int in_place;   /* 1 when written at size with pwrite (locked, O_APPEND cleared); else appended */
    int spaces_ahead; /* 1 while spaces are written ahead of the lines (in place, and room for them) */
    off_t padded_to;  /* the file's length with the spaces ahead: lines end at size, spaces after */
    int plain_writes; /* 1 once the kernel refused a write with its sync (RWF_DSYNC): write, then sync */
    strbuf held;    /* lines checked and numbered by record_hold, not yet written */
    char held_type[16]; /* the first held line's type: what a failed write loses */
    record_nodes nodes; /* what lines are built from: a line's, then its frame's */
} record_writer;

/* Creates dir (and its parents) 0700 if missing, then a new file name in it, 0600, and fsyncs
 * the folder so the file survives a power loss. The writer holds an exclusive lock on the file
 * (flock) until record_close: one writer per record. */
int record_create(record_writer *writer, const char *dir, const char *file_name, cw_error *err);
/* Opens an existing record to append, locked as above; a record another process holds is
 * refused (CW_ERR_INPUT, "open elsewhere"). Nothing about the file changes until
 * record_ready_to_append, called once the record has been read and found good: it makes the
 * file private (0600), cuts it to length (the end of its last whole line, record_tail's
 * good_bytes: a torn line, or spaces a writer wrote ahead, go) and continues its numbering at
 * next_seq (on failure the caller closes). */
int record_open_append(record_writer *writer, const char *path, cw_error *err);
int record_ready_to_append(record_writer *writer, off_t length, long next_seq, cw_error *err);
/* Lets a line go unwritten: a line built from writer->nodes gives them back; any other is freed,
 * less the writer's nodes added first to it (record_node_add_first). */
void record_let_go(record_writer *writer, cJSON *line);

/* Adds "type", "seq", "id" (a fresh UUID, returned in id_out if not NULL) and "time" in front
 * of line's fields and checks the line against record_rules.h: what a reader would refuse is
 * CW_ERR_INPUT, nothing written, the writer still open. Otherwise checks the file is still at
 * its path, then writes the line with one write and makes it durable (fdatasync, or RWF_DSYNC):
 * at the record's end, in place over the spaces written ahead of it when the writer holds the
 * lock, else appended.
 * On any failure there: CW_ERR_NOT_SAVED, the partial line is cut off again where possible,
 * and the writer refuses further lines. Takes line, built either from writer->nodes
 * (record_nodes.h) or with cJSON's own functions, and lets it go as record_let_go does; it may
 * borrow its keys and strings: it is printed, into the buffer it is written from, before this
 * returns. */
int record_append(record_writer *writer, const char *type, cJSON *line, char id_out[37], cw_error *err);
/* Like record_append, but the line is only framed, checked and numbered, then held: it is
 * written by the next record_append (or record_flush), in the same write and under the same
 * fdatasync. A decision and the scene it leads to thus cost one flush; both are on disk before
 * the scene is shown, and a crash inside that one write leaves at most a torn last line, which
 * the reader sets aside. Takes ownership of line. */
int record_hold(record_writer *writer, const char *type, cJSON *line, char id_out[37], cw_error *err);
/* Writes and fdatasyncs what is held (nothing to do when nothing is): 0, or -1 as record_append. */
int record_flush(record_writer *writer, cw_error *err);
/* 1 while path still names the file the writer opened (not deleted, moved or replaced). */
int record_still_there(const record_writer *writer);
/* Removes a record that holds nothing worth keeping (its header failed), then closes. */
void record_discard(record_writer *writer);
/* Writes what is held (as record_flush), cuts off the spaces written ahead, then closes. */
void record_close(record_writer *writer);

#endif
