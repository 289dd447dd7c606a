/* args.c — what every command's option parsing shares: taking an option's value, usage errors. */
#include "args.h"

#include "casewalk.h"

#include <stdarg.h>
#include <stdio.h>
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
    for (int i = 0; i < *argc; i++) {
        if (strcmp(argv[i], "--limit") != 0) {
            argv[kept++] = argv[i];
            continue;
        }
        const char *assignment;
        if (option_value(command, *argc, argv, &i, &assignment) != 0)
            return EXIT_USAGE;
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
