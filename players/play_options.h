/* play_options.h — what `casewalk play` (and the launcher) asks of a player, whichever it is. */
#ifndef CW_PLAY_OPTIONS_H
#define CW_PLAY_OPTIONS_H

#include <stdint.h>

#include "casewalk.h"

/* Exit codes shared by every command. */
enum {
    EXIT_ENDING = 0,  /* an ending was reached, or the command did its work */
    EXIT_INPUT = 1,   /* bad input: a scenario or record is wrong (the message names file:line) */
    EXIT_USAGE = 2,   /* bad command line */
    EXIT_PAUSED = 3   /* stopped before an ending; the record is resumable */
};

/* The case the launcher and the terminal offer first. */
#define DEFAULT_SCENARIO "night-call"

typedef struct play_options {
    const char *scenario;    /* installed id or path to a .lua file; NULL = the launcher */
    const char *role;        /* NULL = ask (interactive) or the first role (scripted) */
    const char *trainee;     /* pseudonym; NULL = ask (interactive) or a fresh suggestion (scripted) */
    const char *records_dir; /* NULL = the default records folder */
    cw_mode mode;
    uint64_t seed;
    int has_seed;
    const char *choose;      /* --choose LIST (see answers.h), or NULL for interactive play */
    const char *resume;      /* --resume RECORD, or NULL */
    const char *screenshot;  /* --screenshot FILE: the window saves what it shows at the end */
} play_options;

#endif
