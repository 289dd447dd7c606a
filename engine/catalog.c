/* catalog.c — where things live: scenarios (list and find by id, in the search order casewalk.h
 * gives) and records folders (the default location, and the unfinished sessions of one trainee). */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "catalog.h"
#include "record_read.h"
#include "record_write.h"
#include "scenario_model.h"

/* ---- scenario folders ----------------------------------------------------------------------- */

typedef void (*dir_fn)(void *ud, const char *dir, cw_scenario_origin origin);

const char *cw_origin_name(cw_scenario_origin origin)
{
    switch (origin) {
    case CW_ORIGIN_INSTALLED: return "installed";
    case CW_ORIGIN_BUILD: return "build";
    case CW_ORIGIN_USER: return "user";
    case CW_ORIGIN_SYSTEM: return "system";
    case CW_ORIGIN_ENV: return "env"; /* a folder of $CASEWALK_SCENARIOS */
    }
    return "?";
}

/* Calls fn once per existing folder, each folder once however many ways it is named: casewalk's
 * installed folder is often also one of $XDG_DATA_DIRS, and must not shadow its own files. */
typedef struct folder_walk {
    dir_fn fn;
    void *ud;
    char seen[16][PATH_MAX];
    int n_seen;
} folder_walk;

static void visit(folder_walk *w, const char *dir, cw_scenario_origin origin)
{
    char real[PATH_MAX];
    if (!realpath(dir, real))
        return; /* absent, or unreadable: nothing to list */
    for (int i = 0; i < w->n_seen; i++)
        if (strcmp(w->seen[i], real) == 0)
            return;
    if (w->n_seen < (int)(sizeof w->seen / sizeof w->seen[0]))
        snprintf(w->seen[w->n_seen++], PATH_MAX, "%s", real);
    w->fn(w->ud, dir, origin);
}

/* Each colon-separated folder of list + suffix; relative ones are skipped, as XDG says. */
static void visit_list(folder_walk *w, const char *list, const char *suffix, cw_scenario_origin origin)
{
    char copy[4096];
    snprintf(copy, sizeof copy, "%s", list);
    char *save = NULL;
    for (char *dir = strtok_r(copy, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
        char path[PATH_MAX];
        if ((dir[0] == '/' || origin == CW_ORIGIN_ENV) &&
            snprintf(path, sizeof path, "%s%s", dir, suffix) < (int)sizeof path)
            visit(w, path, origin);
    }
}

static void each_scenario_dir(dir_fn fn, void *ud)
{
    folder_walk *w = calloc(1, sizeof *w);
    if (!w)
        return;
    w->fn = fn;
    w->ud = ud;
    const char *env = getenv("CASEWALK_SCENARIOS");
    if (env && *env) {
        visit_list(w, env, "", CW_ORIGIN_ENV); /* an explicit list replaces the defaults */
        free(w);
        return;
    }
    char data[PATH_MAX], path[PATH_MAX];
    int from_build = 0;
    cw_data_dir(data, sizeof data, &from_build);
    if (snprintf(path, sizeof path, "%s/scenarios", data) < (int)sizeof path)
        visit(w, path, from_build ? CW_ORIGIN_BUILD : CW_ORIGIN_INSTALLED);
    /* The XDG spec says to ignore a relative value. */
    const char *xdg_home = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    int user = 0;
    if (xdg_home && xdg_home[0] == '/')
        user = snprintf(path, sizeof path, "%s/casewalk/scenarios", xdg_home) < (int)sizeof path;
    else if (home && home[0] == '/')
        user = snprintf(path, sizeof path, "%s/.local/share/casewalk/scenarios", home) < (int)sizeof path;
    if (user)
        visit(w, path, CW_ORIGIN_USER);
    const char *xdg_dirs = getenv("XDG_DATA_DIRS");
    visit_list(w, xdg_dirs && *xdg_dirs ? xdg_dirs : "/usr/local/share:/usr/share", "/casewalk/scenarios",
               CW_ORIGIN_SYSTEM);
    free(w);
}

static int has_suffix(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n > k && strcmp(name + n - k, suffix) == 0;
}

static int by_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int append_entry(cw_catalog_entry **list, int *count, cw_catalog_entry entry)
{
    cw_catalog_entry *grown = realloc(*list, (size_t)(*count + 1) * sizeof *grown);
    if (!grown)
        return -1;
    *list = grown;
    grown[(*count)++] = entry;
    return 0;
}

static void add_dir(void *ud, const char *dir, cw_scenario_origin origin)
{
    cw_catalog *cat = ud;
    DIR *d = opendir(dir);
    if (!d)
        return;
    char *paths[512];
    int n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL && n < 512;) {
        if (e->d_name[0] == '.' || !has_suffix(e->d_name, ".lua"))
            continue;
        char path[PATH_MAX];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) < (int)sizeof path)
            paths[n++] = strdup(path);
        if (n > 0 && !paths[n - 1])
            n--;
    }
    closedir(d);
    qsort(paths, (size_t)n, sizeof *paths, by_path);
    for (int i = 0; i < n; i++) {
        cw_catalog_entry entry = {paths[i], NULL, {CW_OK, ""}, origin};
        entry.scenario = cw_scenario_load(paths[i], &entry.error);
        /* The first folder that has an id wins; later copies are kept aside to be reported. */
        int duplicate = 0;
        for (int k = 0; entry.scenario && k < cat->count; k++)
            if (cat->entries[k].scenario &&
                strcmp(cat->entries[k].scenario->info.id, entry.scenario->info.id) == 0)
                duplicate = 1;
        if (duplicate ? append_entry(&cat->shadowed, &cat->n_shadowed, entry)
                      : append_entry(&cat->entries, &cat->count, entry)) {
            cw_scenario_free(entry.scenario);
            free(entry.path);
        }
    }
}

static int by_id(const void *a, const void *b)
{
    const cw_catalog_entry *x = a, *y = b;
    const char *ix = x->scenario ? x->scenario->info.id : x->path;
    const char *iy = y->scenario ? y->scenario->info.id : y->path;
    return strcmp(ix, iy);
}

int cw_catalog_load(cw_catalog *cat)
{
    cat->entries = cat->shadowed = NULL;
    cat->count = cat->n_shadowed = 0;
    each_scenario_dir(add_dir, cat);
    if (cat->count > 1)
        qsort(cat->entries, (size_t)cat->count, sizeof *cat->entries, by_id);
    return cat->count;
}

static void free_entries(cw_catalog_entry *list, int count)
{
    for (int i = 0; i < count; i++) {
        cw_scenario_free(list[i].scenario);
        free(list[i].path);
    }
    free(list);
}

void cw_catalog_free(cw_catalog *cat)
{
    free_entries(cat->entries, cat->count);
    free_entries(cat->shadowed, cat->n_shadowed);
    cat->entries = cat->shadowed = NULL;
    cat->count = cat->n_shadowed = 0;
}

typedef struct finder {
    const char *id;
    char *found;
} finder;

static void find_in_dir(void *ud, const char *dir, cw_scenario_origin origin)
{
    (void)origin;
    finder *f = ud;
    if (f->found)
        return;
    char path[PATH_MAX];
    struct stat st;
    if (snprintf(path, sizeof path, "%s/%s.lua", dir, f->id) < (int)sizeof path && stat(path, &st) == 0 &&
        S_ISREG(st.st_mode))
        f->found = strdup(path);
}

char *catalog_find_installed(const char *id, cw_error *err)
{
    if (!record_is_id(id)) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0,
                     "'%.*s' is not a scenario id (letters, digits, '-' and '_')", RECORD_MAX_ID_BYTES, id);
        return NULL;
    }
    /* Installed scenarios are named after their id; fall back on reading every file's id. */
    finder f = {id, NULL};
    each_scenario_dir(find_in_dir, &f);
    if (f.found)
        return f.found;
    cw_catalog cat;
    cw_catalog_load(&cat);
    for (int i = 0; i < cat.count && !f.found; i++)
        if (cat.entries[i].scenario && strcmp(cat.entries[i].scenario->info.id, id) == 0)
            f.found = strdup(cat.entries[i].path);
    cw_catalog_free(&cat);
    if (!f.found) {
        char suggestion[700];
        catalog_suggest(id, suggestion, sizeof suggestion);
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "no installed scenario '%s'%s (see: casewalk list)", id,
                     suggestion);
    }
    return f.found;
}

/* A path the user typed is theirs to run; anything else is an installed id. */
char *cw_scenario_find(const char *id_or_path, cw_error *err)
{
    if (strchr(id_or_path, '/') || has_suffix(id_or_path, ".lua")) {
        struct stat st;
        if (stat(id_or_path, &st) != 0 || !S_ISREG(st.st_mode)) {
            char suggestion[700];
            catalog_suggest(id_or_path, suggestion, sizeof suggestion);
            cw_error_set(err, CW_ERR_INPUT, id_or_path, 0, "no such scenario file%s", suggestion);
            return NULL;
        }
        return strdup(id_or_path);
    }
    return catalog_find_installed(id_or_path, err);
}

/* ---- records folders ------------------------------------------------------------------------ */

char *cw_records_dir(const char *dir, cw_error *err)
{
    char path[PATH_MAX];
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (dir && *dir)
        snprintf(path, sizeof path, "%s", dir);
    else if (xdg && xdg[0] == '/') /* the XDG spec says to ignore a relative value */
        snprintf(path, sizeof path, "%s/casewalk/records", xdg);
    else if (home && *home)
        snprintf(path, sizeof path, "%s/.local/share/casewalk/records", home);
    else {
        cw_error_set(err, CW_ERR_NOT_SAVED, NULL, 0, "no records folder: set HOME or use --records DIR");
        return NULL;
    }
    if (cw_private_dir(path, "records folder", err) != 0)
        return NULL;
    char *copy = strdup(path);
    if (!copy)
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
    return copy;
}

typedef struct summary_scan {
    char trainee[128], scenario[128], role[64], started[32];
    int decisions, ended, have_header;
} summary_scan;

static int scan_line(void *ud, const cJSON *line, int line_no, cw_error *err)
{
    (void)err;
    summary_scan *s = ud;
    const char *type = record_string(line, "type");
    if (!type)
        return 0;
    if (line_no == 1 && strcmp(type, "header") == 0) {
        const cJSON *sc = cJSON_GetObjectItemCaseSensitive(line, "scenario");
        const char *t = record_string(line, "trainee"), *r = record_string(line, "role");
        const char *id = record_string(sc, "id"), *when = record_string(line, "time");
        if (!t || !r || !id || !when || record_string(line, "workshop"))
            return 0; /* a room participant's record is the room's to reopen */
        snprintf(s->trainee, sizeof s->trainee, "%s", t);
        snprintf(s->role, sizeof s->role, "%s", r);
        snprintf(s->scenario, sizeof s->scenario, "%s", id);
        snprintf(s->started, sizeof s->started, "%s", when);
        s->have_header = 1;
    } else if (strcmp(type, "decision") == 0 || strcmp(type, "draft") == 0 || strcmp(type, "followed") == 0) {
        s->decisions++;
    } else if (strcmp(type, "ending") == 0) {
        s->ended = 1;
    }
    return 0;
}

static int newest_first(const void *a, const void *b)
{
    return strcmp(((const cw_unfinished *)b)->started, ((const cw_unfinished *)a)->started);
}

int cw_records_unfinished(const char *dir, const char *trainee, cw_unfinished **out, cw_error *err)
{
    *out = NULL;
    DIR *d = opendir(dir);
    if (!d) {
        if (errno == ENOENT)
            return 0;
        cw_error_set(err, CW_ERR_SYSTEM, dir, 0, "cannot read records folder: %s", strerror(errno));
        return -1;
    }
    int count = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (e->d_name[0] == '.' || !has_suffix(e->d_name, ".jsonl"))
            continue;
        char path[PATH_MAX];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path)
            continue;
        summary_scan scan = {0};
        record_tail tail;
        cw_error ignored;
        if (record_read(path, scan_line, &scan, &tail, &ignored) != 0 || !scan.have_header || scan.ended ||
            strcmp(scan.trainee, trainee) != 0)
            continue;
        cw_unfinished *grown = realloc(*out, (size_t)(count + 1) * sizeof *grown);
        char *copy = strdup(path);
        if (!grown || !copy) {
            free(copy);
            if (grown)
                *out = grown;
            break;
        }
        *out = grown;
        cw_unfinished *u = &grown[count++];
        memset(u, 0, sizeof *u);
        u->path = copy;
        snprintf(u->scenario_id, sizeof u->scenario_id, "%s", scan.scenario);
        snprintf(u->role, sizeof u->role, "%s", scan.role);
        snprintf(u->started, sizeof u->started, "%s", scan.started);
        u->decisions = scan.decisions;
    }
    closedir(d);
    if (count > 1)
        qsort(*out, (size_t)count, sizeof **out, newest_first);
    return count;
}

void cw_unfinished_free(cw_unfinished *list, int count)
{
    for (int i = 0; i < count; i++)
        free(list[i].path);
    free(list);
}
