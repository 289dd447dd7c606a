/* args.c — the one way commands read their options (getopt_long), and usage errors. */
#include "args.h"

#include "casewalk.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "play_options.h"
#include "show.h"

int usage_error(const char *command, const char *fmt, ...)
{
    char message[1024]; /* quotes the command line, which may hold a hostile file name */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    fprintf(stderr, "casewalk %s: %s\nTry 'casewalk %s --help'.\n", command, show_line(message).text,
            command);
    return EXIT_USAGE;
}

enum { HELP_OPTION = 'h', FIRST_SPEC = 256 };

/* Whether the option as written is "--name" or "--name=..." (name NULL: the short "-h"). */
static int exact_name(const char *given, const char *name)
{
    if (!name)
        return strcmp(given, "-h") == 0;
    size_t n = strlen(name);
    return strncmp(given, "--", 2) == 0 && strncmp(given + 2, name, n) == 0 &&
           (given[2 + n] == '\0' || given[2 + n] == '=');
}

int parse_options(const char *command, int argc, char **argv, const option_spec *specs, void (*help)(void),
                  const char ***operands, int *n_operands)
{
    int n_specs = 0;
    while (specs && specs[n_specs].name)
        n_specs++;
    /* getopt_long wants a program name first and reorders what it is given: it gets a copy */
    char **args = calloc((size_t)argc + 2, sizeof *args);
    struct option *longs = calloc((size_t)n_specs + 2, sizeof *longs);
    *operands = calloc((size_t)argc + 1, sizeof **operands);
    *n_operands = 0;
    if (!args || !longs || !*operands) {
        free(args), free(longs), free(*operands);
        *operands = NULL;
        fprintf(stderr, "casewalk %s: out of memory\n", command);
        return EXIT_INPUT;
    }
    char program[64];
    snprintf(program, sizeof program, "casewalk %s", command);
    args[0] = program;
    for (int i = 0; i < argc; i++)
        args[i + 1] = argv[i];
    for (int k = 0; k < n_specs; k++)
        longs[k] = (struct option){specs[k].name, specs[k].value ? required_argument : no_argument, NULL,
                                   FIRST_SPEC + k};
    longs[n_specs] = (struct option){"help", no_argument, NULL, HELP_OPTION};

    int status = OPTIONS_GO;
    opterr = 0; /* the messages are ours, through usage_error */
    optind = 0; /* 0: glibc starts afresh, as a second command line in one process needs */
    int which = -1;
    for (int c; status == OPTIONS_GO && (which = -1, c = getopt_long(argc + 1, args, ":h", longs, &which)) != -1;) {
        /* the option as written: before its value when the value came as the next argument */
        const char *given = args[optind - 1];
        if (optarg && optarg == given && optind >= 2)
            given = args[optind - 2];
        if ((c == HELP_OPTION || c >= FIRST_SPEC) && !exact_name(given, c == HELP_OPTION && which < 0 ? NULL
                                                                          : longs[which].name)) {
            /* getopt_long takes "--auth" for "--auth-file": a name is written whole, so that no
             * future option changes what an old command line means */
            status = usage_error(command, "unknown option '%s'", given);
        } else if (c == HELP_OPTION) {
            help();
            status = EXIT_ENDING;
        } else if (c >= FIRST_SPEC && c < FIRST_SPEC + n_specs) {
            const option_spec *o = &specs[c - FIRST_SPEC];
            if (o->value)
                *o->value = optarg;
            else
                *o->flag = 1;
        } else if (c == ':') {
            status = usage_error(command, "%s needs a value", given);
        } else if (optopt >= FIRST_SPEC && optopt < FIRST_SPEC + n_specs) {
            status = usage_error(command, "--%s takes no value ('%s')", specs[optopt - FIRST_SPEC].name, given);
        } else if (optopt > 0 && optopt < FIRST_SPEC && optopt != HELP_OPTION) {
            status = usage_error(command, "unknown option '-%c'", optopt);
        } else {
            status = usage_error(command, "unknown option '%s'", given);
        }
    }
    for (int i = optind; status == OPTIONS_GO && i < argc + 1; i++)
        (*operands)[(*n_operands)++] = args[i];
    free(args);
    free(longs);
    if (status != OPTIONS_GO) {
        free(*operands);
        *operands = NULL;
        *n_operands = 0;
    }
    return status;
}

int option_value(const char *command, int argc, char **argv, int *i, const char **value)
{
    if (*i + 1 >= argc) {
        usage_error(command, "%s needs a value", argv[*i]);
        return -1;
    }
    *value = argv[++*i];
    return 0;
}

int take_limit_options(const char *command, int *argc, char **argv)
{
    cw_limits limits = cw_limits_get();
    int kept = 0, any = 0;
    int ended = 0; /* after "--" everything is an operand, "--limit" too */
    for (int i = 0; i < *argc; i++) {
        const char *assignment = NULL;
        ended = ended || strcmp(argv[i], "--") == 0;
        if (!ended && strncmp(argv[i], "--limit=", 8) == 0) {
            assignment = argv[i] + 8;
        } else if (!ended && strcmp(argv[i], "--limit") == 0) {
            if (i + 1 >= *argc)
                return usage_error(command, "%s needs a value", argv[i]);
            assignment = argv[++i];
        } else {
            argv[kept++] = argv[i];
            continue;
        }
        cw_error err = {CW_OK, ""};
        if (cw_limits_parse(&limits, assignment, &err) != 0)
            return usage_error(command, "%s", err.message);
        any = 1;
    }
    *argc = kept;
    if (any)
        cw_limits_set(&limits);
    return 0;
}

int is_help(const char *arg)
{
    return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}
