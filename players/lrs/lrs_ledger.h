/* lrs_ledger.h — what a learning record store has accepted from one records folder: the file
 * .casewalk-lrs-ledger.jsonl in that folder (0600), one JSON line per accepted batch and session
 * (docs/xapi.md). A line is appended only after the LRS accepted the statements it counts, with
 * one write and fdatasync; the largest count per endpoint, mapping version and session wins; a
 * torn or unreadable line is ignored, which only means sending its statements again (an LRS keeps
 * one statement per id); a torn last line is ended before the next line is written. */
#ifndef CW_LRS_LEDGER_H
#define CW_LRS_LEDGER_H

#include "casewalk.h"

#define LRS_LEDGER_NAME ".casewalk-lrs-ledger.jsonl"

typedef struct lrs_sent {
    char session[37];
    long statements; /* how many of the session's statements the LRS accepted */
} lrs_sent;

typedef struct lrs_ledger {
    char *dir, *path;
    char *endpoint;
    int fd;          /* -1 until the first line is written (a dry run never opens it for writing) */
    lrs_sent *sent;  /* this endpoint's and mapping version's sessions */
    int n_sent, cap_sent;
} lrs_ledger;

/* Reads dir's ledger, if there is one, keeping the counts for endpoint and the current mapping
 * version. -1 with err when it exists but cannot be read (or is not a private regular file). */
int lrs_ledger_load(lrs_ledger *l, const char *dir, const char *endpoint, cw_error *err);
/* How many statements of session the LRS accepted already (0 when none). */
long lrs_ledger_sent(const lrs_ledger *l, const char *session);
/* Appends {"endpoint","mapping","session","statements","seq","ended"} and flushes it to disk,
 * creating the ledger (0600) and taking an exclusive lock on it the first time; a ledger locked
 * by another casewalk is refused. -1 with err when it cannot be written. */
int lrs_ledger_record(lrs_ledger *l, const char *session, long statements, long seq, int ended, cw_error *err);
void lrs_ledger_free(lrs_ledger *l);

#endif
