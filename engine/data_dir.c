/* data_dir.c — where casewalk's own data (scenarios/, assets/) lives: beside the running program,
 * as bin/../share/casewalk, so an installed tree works wherever it is unpacked; or the source
 * folder, when the program is the one in its build tree. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "casewalk.h"

#ifndef CASEWALK_BUILD_DIR
#define CASEWALK_BUILD_DIR ""
#endif
#ifndef CASEWALK_SOURCE_DIR
#define CASEWALK_SOURCE_DIR ""
#endif
#ifndef CASEWALK_DATA_FROM_BIN /* the data folder relative to the program's own folder */
#define CASEWALK_DATA_FROM_BIN "../share/casewalk"
#endif
#ifndef CASEWALK_INSTALLED_DATA /* only where the program cannot tell where it is */
#define CASEWALK_INSTALLED_DATA "/usr/local/share/casewalk"
#endif

/* The build writes this file beside the program it builds; `cmake --install` never copies it. */
#define BUILD_TREE_MARKER "casewalk-build-tree.txt"

/* True only for the program in the build tree it was compiled for: the marker must be beside it
 * and its folder must be that build folder. The build folder's path is not looked at otherwise,
 * so an installed program never touches the build tree, even while the tree still exists. */
static int is_build_tree(const char *program_dir)
{
    char marker[PATH_MAX], build_dir[PATH_MAX];
    if (!*CASEWALK_BUILD_DIR || !*CASEWALK_SOURCE_DIR)
        return 0;
    if (snprintf(marker, sizeof marker, "%s/%s", program_dir, BUILD_TREE_MARKER) >= (int)sizeof marker ||
        access(marker, F_OK) != 0)
        return 0;
    return realpath(CASEWALK_BUILD_DIR, build_dir) && strcmp(build_dir, program_dir) == 0;
}

const char *cw_data_dir(char *buf, size_t size, int *from_build_tree)
{
    char program[PATH_MAX];
    if (from_build_tree)
        *from_build_tree = 0;
    /* The kernel's link names the running file with every symbolic link resolved. */
    ssize_t n = readlink("/proc/self/exe", program, sizeof program - 1);
    program[n > 0 ? n : 0] = '\0';
    char *slash = strrchr(program, '/');
    if (!slash || n >= (ssize_t)sizeof program - 1) {
        snprintf(buf, size, "%s", CASEWALK_INSTALLED_DATA);
        return buf;
    }
    *slash = '\0';
    if (slash == program) /* a program in / itself */
        program[0] = '\0';
    if (is_build_tree(program)) {
        if (from_build_tree)
            *from_build_tree = 1;
        snprintf(buf, size, "%s", CASEWALK_SOURCE_DIR);
        return buf;
    }
    char joined[PATH_MAX + sizeof CASEWALK_DATA_FROM_BIN], resolved[PATH_MAX];
    snprintf(joined, sizeof joined, "%s/%s", program, CASEWALK_DATA_FROM_BIN);
    /* Resolved where it exists, so messages and `casewalk list` show a plain path. */
    snprintf(buf, size, "%s", realpath(joined, resolved) ? resolved : joined);
    return buf;
}
