/* limits.c — the budgets an author can raise: one process-wide set, its defaults, and the parser
 * behind `--limit NAME=VALUE`. The table in docs/scenario-format.md ("Limits") lists the same
 * names, defaults and ranges; the engine reads them where each is enforced. */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "casewalk.h"

typedef struct limit_spec {
    const char *name;
    size_t offset;
    int fallback, lowest, highest;
} limit_spec;

/* The defaults cover a 10,000-scene, 16 MiB story (its Lua state peaks near 48 MiB). */
static const limit_spec specs[] = {
    {"file-mib", offsetof(cw_limits, file_mib), 16, 1, 1024},
    {"scenes", offsetof(cw_limits, scenes), 20000, 1, 10000000},
    {"memory-mib", offsetof(cw_limits, memory_mib), 64, 1, 65536},
    {"model-mib", offsetof(cw_limits, model_mib), 32, 1, 65536},
    {"load-seconds", offsetof(cw_limits, load_seconds), 5, 1, 86400},
    {"check-states", offsetof(cw_limits, check_states), 200000, 1, 1000000000},
    {"check-seconds", offsetof(cw_limits, check_seconds), 120, 1, 864000},
};

#define N_SPECS (sizeof specs / sizeof specs[0])

static cw_limits current; /* zeros: the defaults */

static int *field(cw_limits *limits, const limit_spec *spec)
{
    return (int *)((char *)limits + spec->offset);
}

cw_limits cw_limits_get(void)
{
    cw_limits limits = current;
    for (size_t i = 0; i < N_SPECS; i++)
        if (*field(&limits, &specs[i]) <= 0)
            *field(&limits, &specs[i]) = specs[i].fallback;
    return limits;
}

void cw_limits_set(const cw_limits *limits)
{
    current = limits ? *limits : (cw_limits){0};
}

int cw_limits_parse(cw_limits *limits, const char *assignment, cw_error *err)
{
    const char *equals = strchr(assignment, '=');
    size_t name_length = equals ? (size_t)(equals - assignment) : strlen(assignment);
    for (size_t i = 0; i < N_SPECS; i++) {
        const limit_spec *spec = &specs[i];
        if (strlen(spec->name) != name_length || strncmp(spec->name, assignment, name_length) != 0)
            continue;
        char *end = NULL;
        errno = 0;
        long value = equals && equals[1] ? strtol(equals + 1, &end, 10) : 0;
        if (!end || *end || errno || value < spec->lowest || value > spec->highest) {
            cw_error_set(err, CW_ERR_INPUT, NULL, 0, "--limit %s needs a whole number from %d to %d",
                         spec->name, spec->lowest, spec->highest);
            return -1;
        }
        *field(limits, spec) = (int)value;
        return 0;
    }
    cw_error_set(err, CW_ERR_INPUT, NULL, 0, "--limit: unknown limit '%.*s' (file-mib, scenes, "
                 "memory-mib, model-mib, load-seconds, check-states, check-seconds)",
                 (int)(name_length > 64 ? 64 : name_length), assignment);
    return -1;
}
