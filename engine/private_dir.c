/* private_dir.c — the one way casewalk makes a folder of its own: every missing level created
 * 0700, and the last one made 0700 whatever the umask, so records and settings stay private. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "casewalk.h"

int cw_private_dir(const char *dir, const char *what, cw_error *err)
{
    char path[PATH_MAX];
    if (!dir || !*dir || snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path) {
        cw_error_set(err, CW_ERR_NOT_SAVED, dir, 0, "%s name too long or empty", what);
        return -1;
    }
    for (char *p = path + 1;; p++) {
        if (*p != '/' && *p != '\0')
            continue;
        char saved = *p;
        *p = '\0';
        if (mkdir(path, 0700) != 0 && errno != EEXIST) {
            cw_error_set(err, CW_ERR_NOT_SAVED, path, 0, "cannot create %s: %s", what, strerror(errno));
            return -1;
        }
        *p = saved;
        if (saved == '\0')
            break;
    }
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        cw_error_set(err, CW_ERR_NOT_SAVED, path, 0, "%s is not a folder", what);
        return -1;
    }
    /* mkdir honors the umask; the folder must be private whatever it is. */
    if ((st.st_mode & 0077) != 0 && chmod(path, 0700) != 0) {
        cw_error_set(err, CW_ERR_NOT_SAVED, path, 0, "cannot make %s private: %s", what, strerror(errno));
        return -1;
    }
    return 0;
}
