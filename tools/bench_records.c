/* bench_records.c — what writing the record costs per decision, against the physical floor: a bare
 * write + fdatasync of the same bytes on the same disk.
 *
 *   bench_records [--scenario ID_OR_FILE] [--dir DIR] [--rounds N] [--decisions K]
 *
 * Each round plays K decisions of recorded sessions (random choices from a seeded generator, CPS
 * and DV in turn, a new session when one ends) with their records in DIR/casewalk, timing each
 * cw_session_choose / cw_session_compose call and noting how many bytes it added to the record.
 * Right after each decision (so that both meet the same load on a shared disk) the floor writes
 * the same byte count, one write() + fdatasync(), to files in DIR/floor, timed: a new file where
 * casewalk started a new session, beginning with as many bytes (untimed) as the session's start
 * wrote, so that both write the same files the same way. Starting a session is not timed. The
 * ratio is casewalk's mean time per decision over the floor's; the rounds (default 5 of 200
 * decisions) give min / median / max. Whatever the engine syncs per decision (two fdatasyncs or
 * one) is what the casewalk column measures. DIR defaults to a new folder under /var/tmp, which
 * is on disk where /tmp may be memory (tmpfs, where fdatasync costs nothing), removed at the end. */
#define _XOPEN_SOURCE 700 /* nftw */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#include "casewalk.h"
#include "rng.h"

#define TMPFS_MAGIC_NUMBER 0x01021994

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median_of(double *values, int n)
{
    qsort(values, (size_t)n, sizeof *values, compare_doubles);
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static long file_size(const char *path)
{
    struct stat st;
    return path && stat(path, &st) == 0 ? (long)st.st_size : -1;
}

/* The recorded sessions of one benchmark run: one open at a time. */
typedef struct player {
    cw_scenario *scenario;
    const char *dir;
    cw_session *session;
    cw_rng rng;
    int sessions;
} player;

/* Makes one decision in the open session (starting one first if needed); sets *seconds to the
 * time of the decision call and *bytes to what it added to the record, and *started_with to the
 * bytes a session started for it wrote first (else -1). Returns 0, or -1 with err. */
static int decide(player *p, double *seconds, long *bytes, long *started_with, cw_error *err)
{
    *started_with = -1;
    if (p->session && cw_session_finished(p->session)) {
        cw_session_free(p->session);
        p->session = NULL;
    }
    if (!p->session) {
        const cw_scenario_info *info = cw_scenario_info_get(p->scenario);
        cw_session_options options = {.role = info->roles[p->sessions % info->n_roles].id, .trainee = "bench",
                                      .records_dir = p->dir, .seed = rng_next(&p->rng), .has_seed = 1};
        p->session = cw_session_start(p->scenario, &options, err);
        if (!p->session)
            return -1;
        p->sessions++;
        *started_with = file_size(cw_session_record_path(p->session));
    }
    const cw_step *step = cw_session_step(p->session);
    const char *path = cw_session_record_path(p->session);
    long before = file_size(path);
    int positions[64], rc;
    double start = now_seconds();
    if (step->kind == CW_STEP_CHOICE) {
        rc = cw_session_choose(p->session, (int)rng_below(&p->rng, (uint64_t)step->n_choices), NULL, err);
    } else {
        int take = step->min_clauses > 0 ? step->min_clauses : 1;
        for (int i = 0; i < take && i < 64; i++)
            positions[i] = i;
        rc = cw_session_compose(p->session, positions, take, NULL, NULL, err);
    }
    *seconds = now_seconds() - start;
    *bytes = file_size(path) - before;
    return rc;
}

/* Writes size bytes (a line of x) and syncs them. */
static int write_synced(int fd, long bytes)
{
    static char line[1 << 16];
    size_t size = bytes > 0 && bytes < (long)sizeof line ? (size_t)bytes : 1;
    memset(line, 'x', size - 1);
    line[size - 1] = '\n';
    return write(fd, line, size) == (ssize_t)size && fdatasync(fd) == 0 ? 0 : -1;
}

/* The floor: one write() of each decision's byte count and one fdatasync() after it, timed per
 * decision. Its files follow the sessions: where casewalk started a session before a decision,
 * the floor starts a new file in dir and writes (untimed) as many bytes as the session's start
 * did; *fd (-1 at first) is the file open now, kept from round to round as the session is. */
static int write_floor(const char *dir, int *fd, const long *bytes, const long *started_with,
                       double *seconds, int n)
{
    static int files;
    for (int i = 0; i < n; i++) {
        if (*fd < 0 || started_with[i] >= 0) {
            char path[700];
            snprintf(path, sizeof path, "%s/floor-%d.jsonl", dir, ++files);
            if (*fd >= 0)
                close(*fd);
            *fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
            if (*fd < 0 || (started_with[i] > 0 && write_synced(*fd, started_with[i]) != 0))
                return -1;
        }
        double start = now_seconds();
        if (write_synced(*fd, bytes[i]) != 0)
            return -1;
        seconds[i] = now_seconds() - start;
    }
    return 0;
}

static double mean_of(const double *values, int n)
{
    double sum = 0;
    for (int i = 0; i < n; i++)
        sum += values[i];
    return sum / n;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static int make_dir(const char *path)
{
    return mkdir(path, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

int main(int argc, char **argv)
{
    const char *scenario_name = "night-call", *dir = NULL;
    int rounds = 5, decisions = 200;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--scenario") == 0 && i + 1 < argc)
            scenario_name = argv[++i];
        else if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            dir = argv[++i];
        else if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "--decisions") == 0 && i + 1 < argc)
            decisions = atoi(argv[++i]);
        else
            rounds = 0;
    }
    if (rounds < 1 || decisions < 1) {
        fprintf(stderr, "usage: bench_records [--scenario ID_OR_FILE] [--dir DIR] [--rounds N] [--decisions K]\n");
        return 2;
    }
    char base[512], records[600], floor_dir[600];
    snprintf(base, sizeof base, "%s", dir ? dir : "/var/tmp/casewalk-bench-records-XXXXXX");
    if (dir ? make_dir(base) != 0 : !mkdtemp(base)) {
        perror(base);
        return 1;
    }
    snprintf(records, sizeof records, "%s/casewalk", base);
    snprintf(floor_dir, sizeof floor_dir, "%s/floor", base);
    if (make_dir(records) != 0 || make_dir(floor_dir) != 0) {
        perror(base);
        return 1;
    }
    struct statfs fs;
    int on_tmpfs = statfs(base, &fs) == 0 && fs.f_type == TMPFS_MAGIC_NUMBER;

    cw_error err = {CW_OK, ""};
    char *path = cw_scenario_find(scenario_name, &err);
    player p = {.scenario = path ? cw_scenario_load(path, &err) : NULL, .dir = records};
    free(path);
    if (!p.scenario) {
        fprintf(stderr, "bench_records: %s\n", err.message);
        return 1;
    }
    rng_seed(&p.rng, 20261202);

    double *cw_times = malloc((size_t)decisions * sizeof *cw_times);
    double *floor_times = malloc((size_t)decisions * sizeof *floor_times);
    long *bytes = malloc((size_t)decisions * sizeof *bytes);
    long *started_with = malloc((size_t)decisions * sizeof *started_with);
    double *ratios = malloc((size_t)rounds * sizeof *ratios), *cw_means = malloc((size_t)rounds * sizeof *cw_means);
    double *floor_means = malloc((size_t)rounds * sizeof *floor_means);
    double *all_bytes = malloc((size_t)rounds * (size_t)decisions * sizeof *all_bytes);
    if (!cw_times || !floor_times || !bytes || !started_with || !ratios || !cw_means || !floor_means || !all_bytes) {
        fprintf(stderr, "bench_records: out of memory\n");
        return 1;
    }
    printf("bench_records: %s, %d rounds of %d decisions, records in %s%s\n", cw_scenario_info_get(p.scenario)->id,
           rounds, decisions, base, on_tmpfs ? " (tmpfs: fdatasync does not reach a disk here)" : "");
    int floor_fd = -1;
    for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < decisions; i++) {
            if (decide(&p, &cw_times[i], &bytes[i], &started_with[i], &err) != 0) {
                fprintf(stderr, "bench_records: %s\n", err.message);
                return 1;
            }
            all_bytes[round * decisions + i] = (double)bytes[i];
            if (write_floor(floor_dir, &floor_fd, &bytes[i], &started_with[i], &floor_times[i], 1) != 0) {
                perror(floor_dir);
                return 1;
            }
        }
        cw_means[round] = mean_of(cw_times, decisions);
        floor_means[round] = mean_of(floor_times, decisions);
        ratios[round] = cw_means[round] / floor_means[round];
        printf("round %d: casewalk %.3f ms per decision, write+fdatasync of the same bytes %.3f ms, ratio %.2f\n",
               round + 1, cw_means[round] * 1e3, floor_means[round] * 1e3, ratios[round]);
    }
    cw_session_free(p.session);
    cw_scenario_free(p.scenario);
    if (floor_fd >= 0)
        close(floor_fd);
    double bytes_median = median_of(all_bytes, rounds * decisions);
    double cw_median = median_of(cw_means, rounds), floor_median = median_of(floor_means, rounds);
    double ratio_median = median_of(ratios, rounds); /* sorts ratios: [0] is min, [rounds-1] max */
    printf("record bytes per decision: median %.0f\n", bytes_median);
    printf("per decision (median of rounds): casewalk %.3f ms, floor %.3f ms\n", cw_median * 1e3, floor_median * 1e3);
    printf("casewalk / floor: %.2f / %.2f / %.2f (min / median / max over %d rounds)\n", ratios[0], ratio_median,
           ratios[rounds - 1], rounds);
    free(cw_times);
    free(floor_times);
    free(bytes);
    free(started_with);
    free(ratios);
    free(cw_means);
    free(floor_means);
    free(all_bytes);
    if (!dir) /* a folder of our own: leave nothing behind */
        nftw(base, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return 0;
}
