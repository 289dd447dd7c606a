/* args.c — what every command's option parsing shares: taking an option's value, usage errors. */
#include "args.h"

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

int is_help(const char *arg)
{
    return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}
