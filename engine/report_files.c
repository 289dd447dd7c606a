/* report_files.c — finds the record files under the paths a command was given. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "report_internal.h"

#define MAX_FOLDER_DEPTH 8

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && strcmp(s + n - m, suffix) == 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct walk_ctx {
    int sorted;
    cw_report_path_fn fn;
    void *ud;
    cw_error *err;
} walk_ctx;

static int visit(walk_ctx *c, const char *path, int depth, int named);

/* One entry of a folder: a record file, or a folder to search (not through symbolic links). */
static int visit_entry(walk_ctx *c, const char *dir, const char *name, int depth)
{
    if (name[0] == '.')
        return 0; /* ".", "..", and hidden files such as a set-aside torn line */
    size_t len = strlen(dir) + strlen(name) + 2;
    char *path = malloc(len);
    if (!path) {
        cw_error_set(c->err, CW_ERR_SYSTEM, dir, 0, "out of memory");
        return -1;
    }
    snprintf(path, len, "%s/%s", dir, name);
    struct stat st;
    int rc = 0;
    if (lstat(path, &st) == 0 && (S_ISDIR(st.st_mode) || ends_with(name, ".jsonl")))
        rc = visit(c, path, depth + 1, 0);
    free(path);
    return rc;
}

static int visit_folder(walk_ctx *c, const char *path, int depth)
{
    if (depth > MAX_FOLDER_DEPTH)
        return 0;
    DIR *dir = opendir(path);
    if (!dir) {
        cw_error_set(c->err, CW_ERR_INPUT, path, 0, "cannot read the folder: %s", strerror(errno));
        return -1;
    }
    int rc = 0;
    struct dirent *e;
    if (!c->sorted) {
        while (rc == 0 && (e = readdir(dir)))
            rc = visit_entry(c, path, e->d_name, depth);
        closedir(dir);
        return rc;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
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
        if (!(names[n] = strdup(e->d_name))) {
            rc = -1;
            break;
        }
        n++;
    }
    closedir(dir);
    if (rc != 0)
        cw_error_set(c->err, CW_ERR_SYSTEM, path, 0, "out of memory");
    else
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; rc == 0 && i < n; i++)
        rc = visit_entry(c, path, names[i], depth);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

static int visit(walk_ctx *c, const char *path, int depth, int named)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        cw_error_set(c->err, CW_ERR_INPUT, path, 0, "%s", strerror(errno));
        return named ? -1 : 0;
    }
    if (S_ISDIR(st.st_mode))
        return visit_folder(c, path, depth);
    return c->fn(c->ud, path, c->err);
}

int cw_report_each_record(const char *const *paths, int n_paths, int sorted, cw_report_path_fn fn,
                          void *ud, cw_error *err)
{
    walk_ctx c = {sorted, fn, ud, err};
    for (int i = 0; i < n_paths; i++) {
        /* a folder named with a trailing slash reads as well without it */
        char *path = strdup(paths[i]);
        if (!path) {
            cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            return -1;
        }
        size_t len = strlen(path);
        while (len > 1 && path[len - 1] == '/')
            path[--len] = '\0';
        int rc = visit(&c, path, 0, 1);
        free(path);
        if (rc != 0)
            return -1;
    }
    return 0;
}
