/* room_console.h — `casewalk workshop SCENARIO --listen [ADDR:]PORT --console`: the room driven
 * from standard input instead of the window (for terminals, scripts and tests). The commands and
 * what they print are in docs/room.md ("The console"). */
#ifndef CW_ROOM_CONSOLE_H
#define CW_ROOM_CONSOLE_H

typedef struct room_console_options {
    const char *scenario;    /* installed id or .lua path */
    const char *role;        /* the role the room follows; NULL = the case's first */
    const char *name;        /* the workshop's name, recorded as the group session's trainee */
    const char *records_dir; /* NULL = the default records folder */
    const char *listen;      /* "[ADDR:]PORT" */
} room_console_options;

/* Runs the room until standard input ends or `quit`; returns an EXIT_* code (play_options.h):
 * 0 when the case reached an ending, 3 when it was paused, 1 when it could not start. */
int room_console_run(const room_console_options *options);

#endif
