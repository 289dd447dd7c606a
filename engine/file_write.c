/* file_write.c — the one way casewalk writes a whole file (reports, window settings): a temporary
 * file (0600) beside it, fsync, rename, fsync of the folder, so a reader never sees half a file. */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casewalk_report.h"

int cw_report_output_open(cw_report_output *o, const char *path, cw_error *err)
{
    memset(o, 0, sizeof *o);
    if (strcmp(path, "-") == 0) {
        o->file = stdout;
        return 0;
    }
    size_t len = strlen(path) + 16;
    o->path = strdup(path);
    o->temp_path = malloc(len);
    if (!o->path || !o->temp_path) {
        cw_report_output_abort(o);
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "out of memory");
        return -1;
    }
    /* beside the target, so the rename stays within one file system; mkstemp makes it 0600 */
    snprintf(o->temp_path, len, "%s.tmp-XXXXXX", path);
    int fd = mkstemp(o->temp_path);
    if (fd < 0) {
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "cannot write: %s", strerror(errno));
        free(o->temp_path);
        o->temp_path = NULL;
        cw_report_output_abort(o);
        return -1;
    }
    fchmod(fd, 0600);
    o->file = fdopen(fd, "w");
    if (!o->file) {
        close(fd);
        cw_error_set(err, CW_ERR_SYSTEM, path, 0, "cannot write: %s", strerror(errno));
        cw_report_output_abort(o);
        return -1;
    }
    return 0;
}

static int sync_folder_of(const char *path)
{
    char *copy = strdup(path);
    if (!copy)
        return -1;
    int fd = open(dirname(copy), O_RDONLY | O_DIRECTORY);
    free(copy);
    if (fd < 0)
        return -1;
    int rc = fsync(fd);
    close(fd);
    return rc;
}

int cw_report_output_commit(cw_report_output *o, cw_error *err)
{
    if (o->file == stdout) {
        o->file = NULL;
        if (fflush(stdout) != 0 || ferror(stdout)) {
            cw_error_set(err, CW_ERR_SYSTEM, "standard output", 0, "write failed");
            return -1;
        }
        return 0;
    }
    int failed = ferror(o->file) || fflush(o->file) != 0 || fsync(fileno(o->file)) != 0;
    int saved = errno;
    if (fclose(o->file) != 0 && !failed) {
        failed = 1;
        saved = errno;
    }
    o->file = NULL;
    if (!failed && rename(o->temp_path, o->path) != 0) {
        failed = 1;
        saved = errno;
    }
    if (failed) {
        cw_error_set(err, CW_ERR_SYSTEM, o->path, 0, "not written: %s",
                     saved ? strerror(saved) : "write failed");
        cw_report_output_abort(o);
        return -1;
    }
    free(o->temp_path);
    o->temp_path = NULL;
    int rc = sync_folder_of(o->path);
    if (rc != 0)
        cw_error_set(err, CW_ERR_SYSTEM, o->path, 0, "written, but its folder could not be synced: %s",
                     strerror(errno));
    free(o->path);
    o->path = NULL;
    return rc;
}

void cw_report_output_abort(cw_report_output *o)
{
    if (o->file && o->file != stdout)
        fclose(o->file);
    if (o->temp_path)
        unlink(o->temp_path);
    free(o->temp_path);
    free(o->path);
    memset(o, 0, sizeof *o);
}
