/* read_files.c — finds the record files under the paths a command was given. A collected
 * folder is data, not a file system to explore: its symbolic links are never followed (to files
 * or folders, so no walk leaves the folder or loops), FIFOs, sockets and devices are never
 * opened, and subfolders are searched only to a bounded depth, each opened relative to its
 * parent with O_NOFOLLOW. What was passed over is counted for the caller to report. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "casewalk_report.h"

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && strcmp(s + n - m, suffix) == 0;
}

/* Sorted entries are kept as the type's byte, then the name. */
static int by_name_after_type(const void *a, const void *b)
{
    return strcmp(*(char *const *)a + 1, *(char *const *)b + 1);
}

typedef struct walk_ctx {
    int sorted;
    cw_report_path_fn fn;
    void *ud;
    cw_report_skipped skipped;
    cw_error *err;
    char *path; /* the folder being read, then "/name" while an entry is visited */
    size_t len, cap;
} walk_ctx;

/* Makes room for need bytes of path. */
static int path_room(walk_ctx *c, size_t need)
{
    if (need > c->cap) {
        size_t cap = need * 2;
        char *grown = realloc(c->path, cap);
        if (!grown) {
            cw_error_set(c->err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            return -1;
        }
        c->path = grown;
        c->cap = cap;
    }
    return 0;
}

/* Appends "/name" to c->path; the caller truncates back to its length. */
static int push_name(walk_ctx *c, const char *name)
{
    size_t need = c->len + 1 + strlen(name) + 1;
    if (path_room(c, need) != 0)
        return -1;
    c->path[c->len] = '/';
    strcpy(c->path + c->len + 1, name);
    c->len = need - 1;
    return 0;
}

static int visit_folder(walk_ctx *c, int fd, int depth);

/* One entry of a folder: a record file, a folder to search, or something passed over. */
static int visit_entry(walk_ctx *c, int dir_fd, const char *name, unsigned char type, int depth)
{
    if (name[0] == '.')
        return 0; /* ".", "..", and hidden files such as a set-aside torn line */
    if (type == DT_UNKNOWN) { /* file systems that do not say: ask, without following a link */
        struct stat st;
        if (fstatat(dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            return 0; /* gone since the folder was listed */
        mode_t m = st.st_mode;
        type = S_ISLNK(m) ? DT_LNK : S_ISDIR(m) ? DT_DIR : S_ISREG(m) ? DT_REG : DT_FIFO; /* the rest: special */
    }
    switch (type) {
    case DT_LNK:
        c->skipped.links++;
        return 0;
    case DT_FIFO:
    case DT_SOCK:
    case DT_CHR:
    case DT_BLK:
        c->skipped.special++;
        return 0;
    case DT_REG:
    case DT_DIR:
        break;
    default:
        return 0;
    }
    if (type == DT_REG && !ends_with(name, ".jsonl"))
        return 0;
    if (type == DT_DIR && depth + 1 > CW_REPORT_MAX_DEPTH) {
        c->skipped.too_deep++;
        return 0;
    }
    size_t len = c->len;
    if (push_name(c, name) != 0)
        return -1;
    int rc = 0;
    if (type == DT_REG) {
        /* the reader opens it again with O_NOFOLLOW and refuses anything but a regular file */
        rc = c->fn(c->ud, c->path, c->err);
    } else {
        int fd = openat(dir_fd, name, O_RDONLY | O_NOFOLLOW | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            rc = visit_folder(c, fd, depth + 1);
        } else if (errno == ELOOP) {
            c->skipped.links++; /* replaced by a link since the folder was listed */
        } else if (errno != ENOTDIR && errno != ENOENT) { /* else replaced or gone: passed over */
            cw_error_set(c->err, CW_ERR_INPUT, c->path, 0, "cannot read the folder: %s", strerror(errno));
            rc = -1;
        }
    }
    c->len = len;
    c->path[len] = '\0';
    return rc;
}

/* The entries of a folder in name order: each name is one malloc'd string, its type in front. */
static int visit_sorted(walk_ctx *c, DIR *dir, int depth)
{
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **grown = realloc(names, cap * sizeof *names);
            if (!grown) {
                rc = -1;
                break;
            }
            names = grown;
        }
        size_t len = strlen(e->d_name);
        if (!(names[n] = malloc(len + 2))) {
            rc = -1;
            break;
        }
        memcpy(names[n] + 1, e->d_name, len + 1);
        names[n][0] = (char)e->d_type;
        n++;
    }
    if (rc != 0) {
        cw_error_set(c->err, CW_ERR_SYSTEM, c->path, 0, "out of memory");
    } else {
        qsort(names, n, sizeof *names, by_name_after_type);
        for (size_t i = 0; rc == 0 && i < n; i++)
            rc = visit_entry(c, dirfd(dir), names[i] + 1, (unsigned char)names[i][0], depth);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

/* Reads the folder open on fd (and closes it). */
static int visit_folder(walk_ctx *c, int fd, int depth)
{
    DIR *dir = fdopendir(fd);
    if (!dir) {
        cw_error_set(c->err, CW_ERR_INPUT, c->path, 0, "cannot read the folder: %s", strerror(errno));
        close(fd);
        return -1;
    }
    int rc = 0;
    if (c->sorted) {
        rc = visit_sorted(c, dir, depth);
    } else {
        struct dirent *e;
        while (rc == 0 && (e = readdir(dir)))
            rc = visit_entry(c, dirfd(dir), e->d_name, e->d_type, depth);
    }
    closedir(dir);
    return rc;
}

/* A path as named on the command line: the person chose it, so a link named there is followed
 * (to a folder, or to a record: then the record is read at the place it points to). */
static int visit_named(walk_ctx *c, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        cw_error_set(c->err, CW_ERR_INPUT, path, 0, "%s", strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) {
        struct stat link;
        char *real = lstat(path, &link) == 0 && S_ISLNK(link.st_mode) ? realpath(path, NULL) : NULL;
        int rc = c->fn(c->ud, real ? real : path, c->err);
        free(real);
        return rc;
    }
    /* O_NONBLOCK: what was a folder a moment ago may be a FIFO now */
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        cw_error_set(c->err, CW_ERR_INPUT, path, 0, "cannot read the folder: %s", strerror(errno));
        return -1;
    }
    c->len = strlen(path);
    if (path_room(c, c->len + 1) != 0) {
        close(fd);
        return -1;
    }
    memcpy(c->path, path, c->len + 1);
    return visit_folder(c, fd, 0);
}

int cw_report_each_record(const char *const *paths, int n_paths, int sorted, cw_report_path_fn fn,
                          void *ud, cw_report_skipped *skipped, cw_error *err)
{
    walk_ctx c = {sorted, fn, ud, {0, 0, 0}, err, NULL, 0, 0};
    int rc = 0;
    for (int i = 0; rc == 0 && i < n_paths; i++) {
        /* a folder named with a trailing slash reads as well without it */
        char *path = strdup(paths[i]);
        if (!path) {
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            rc = -1;
            break;
        }
        size_t len = strlen(path);
        while (len > 1 && path[len - 1] == '/')
            path[--len] = '\0';
        rc = visit_named(&c, path);
        free(path);
    }
    free(c.path);
    if (skipped) {
        skipped->links += c.skipped.links;
        skipped->special += c.skipped.special;
        skipped->too_deep += c.skipped.too_deep;
    }
    return rc;
}

static void add_count(char *out, size_t size, long n, const char *one, const char *many)
{
    if (n == 0)
        return;
    size_t used = strlen(out);
    snprintf(out + used, size - used, "%s%ld %s", used ? ", " : "", n, n == 1 ? one : many);
}

int cw_report_skipped_describe(const cw_report_skipped *s, char *out, size_t size)
{
    if (size == 0)
        return 0;
    out[0] = '\0';
    add_count(out, size, s->links, "symbolic link (not followed)", "symbolic links (not followed)");
    add_count(out, size, s->special, "FIFO, socket or device", "FIFOs, sockets or devices");
    add_count(out, size, s->too_deep, "folder nested too deep", "folders nested too deep");
    return out[0] != '\0';
}
