/* args.h — what every command's option parsing shares: taking an option's value, usage errors. */
#ifndef CW_ARGS_H
#define CW_ARGS_H

/* Prints "casewalk COMMAND: message" and a pointer to --help on stderr; returns EXIT_USAGE. */
int usage_error(const char *command, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* For "--name VALUE" at argv[*i]: stores VALUE, advances *i, returns 0; -1 after a usage error. */
int option_value(const char *command, int argc, char **argv, int *i, const char **value);

/* Takes every "--limit NAME=VALUE" out of argv (shortening *argc) and sets the engine's limits
 * (cw_limits) from them, once, for the whole command. Returns 0, or EXIT_USAGE after a usage error. */
int take_limit_options(const char *command, int *argc, char **argv);

/* True when argv[i] is --help or -h. */
int is_help(const char *arg);

#endif
