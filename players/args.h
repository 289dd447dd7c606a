/* args.h — the one way commands read their options (getopt_long), and usage errors. */
#ifndef CW_ARGS_H
#define CW_ARGS_H

/* Prints "casewalk COMMAND: message" and a pointer to --help on stderr; returns EXIT_USAGE. */
int usage_error(const char *command, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* One long option of a command. With value set it takes a value, as "--name VALUE" or
 * "--name=VALUE" (the last one given wins); with flag set it takes none and sets *flag to 1. */
typedef struct option_spec {
    const char *name; /* without the dashes */
    const char **value;
    int *flag;
} option_spec;

/* What parse_options returns when the command should go on. */
#define OPTIONS_GO (-1)

/* The one way a command reads its command line (getopt_long): options and operands in any order,
 * "--name=VALUE", "--" ending the options (an operand after it may begin with '-'), and -h or
 * --help calling help. The operands, in order, go to a malloc'd array (*operands, free it; NULL
 * when out of memory) of *n_operands. Returns OPTIONS_GO, EXIT_ENDING after help, or EXIT_USAGE
 * after a usage error ("unknown option", "needs a value", "takes no value"). */
int parse_options(const char *command, int argc, char **argv, const option_spec *specs, void (*help)(void),
                  const char ***operands, int *n_operands);

/* For "--name VALUE" at argv[*i]: stores VALUE, advances *i, returns 0; -1 after a usage error.
 * Only for a command not yet on parse_options. */
int option_value(const char *command, int argc, char **argv, int *i, const char **value);

/* Takes every "--limit NAME=VALUE" (or --limit=NAME=VALUE) before any "--" out of argv (shortening *argc) and sets the engine's limits
 * (cw_limits) from them, once, for the whole command. Returns 0, or EXIT_USAGE after a usage error. */
int take_limit_options(const char *command, int *argc, char **argv);

/* True when arg is --help or -h. */
int is_help(const char *arg);

#endif
