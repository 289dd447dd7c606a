/* bench_records.c — what writing the record costs per decision, against the physical floor: a bare
 * write + fdatasync of the same bytes on the same disk.
 *
 *   bench_records [--scenario ID_OR_FILE] [--dir DIR] [--rounds N] [--decisions K] [--pause MS]
 *                 [--floor append|in-place]
 *
 * Each round plays K decisions of recorded sessions (random choices from a seeded generator, CPS
 * and DV in turn, a new session when one ends) with their records in DIR/casewalk, timing each
 * cw_session_choose / cw_session_compose call and noting how many bytes it added to the record.
 * A twin session without a record (same scenario, role and seed) makes the same decision, timed
 * too: the engine's own work, so that the record's cost is the difference of the two.
 *
 * The floor writes each decision's byte count with one write() + fdatasync(), timed, to files in
 * DIR/floor: a new file where casewalk started a new session, beginning with as many bytes
 * (untimed) as the session's start wrote, so that both write the same files the same way. With
 * --floor append (the default) it appends, the bare form of writing a log; with --floor in-place
 * it writes with pwrite() over 4 MiB of spaces written and synced (untimed) when the file is
 * started, the bare form of what casewalk does (record_write.c), without its checks. It
 * runs twice per decision, after the recorded decision and after its twin, so that each of them
 * starts right after a sync, as a trainee's next decision does (a sync leaves the processor's
 * caches to the kernel's I/O: the engine's decision, some 0.5 µs with its caches warm, then takes
 * ten or twenty times that), and both floor writes count. Starting a session is not timed.
 *
 * Ratios, per round (default 5 of 200 decisions), over the floor's mean time per decision:
 * the recorded decision's mean ("whole decision"), and that less its twin's ("the record's
 * cost"); min / median / max over the rounds. Whatever the engine syncs per decision is in both.
 * --pause MS waits MS milliseconds before each timed part (the recorded decision, each floor, the
 * twin), as a trainee reading the next scene does for seconds: everything then starts colder, the
 * floor's sync too. By default they follow one another at once.
 * DIR defaults to a new folder under /var/tmp, which is on disk where /tmp may be memory (tmpfs,
 * where fdatasync costs nothing), removed at the end. */
#define _GNU_SOURCE /* nftw, O_NOATIME */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <math.h>
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

/* How many bytes of lines the record at path holds: its length, less the spaces the writer put
 * ahead of its lines (it writes over them in place). */
static long lines_size(const char *path)
{
    /* Its length from lseek, not fstat, and read without touching its access time: a query of
     * its times, or a change to them, would slow the writer's next sync. */
    int fd = path ? open(path, O_RDONLY | O_CLOEXEC | O_NOATIME) : -1;
    long end = fd < 0 ? -1 : (long)lseek(fd, 0, SEEK_END);
    if (end < 0) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    char tail[4096];
    for (int spaces = 1; spaces && end > 0;) {
        long from = end > (long)sizeof tail ? end - (long)sizeof tail : 0;
        ssize_t got = pread(fd, tail, (size_t)(end - from), from);
        if (got != end - from) {
            end = -1;
            break;
        }
        while (end > from && tail[end - from - 1] == ' ')
            end--;
        spaces = end == from;
    }
    close(fd);
    return end;
}

/* The recorded sessions of one benchmark run: one open at a time. */
typedef struct player {
    cw_scenario *scenario;
    const char *dir;
    cw_session *session;
    cw_session *twin; /* the same session without a record */
    cw_rng rng;
    int sessions;
} player;

/* The decision at step of session: choice pick, or the first clauses of a drafting step. */
static int make_decision(cw_session *session, const cw_step *step, int pick, cw_error *err)
{
    if (step->kind == CW_STEP_CHOICE)
        return cw_session_choose(session, pick, NULL, err);
    int positions[64], take = step->min_clauses > 0 ? step->min_clauses : 1;
    for (int i = 0; i < take && i < 64; i++)
        positions[i] = i;
    return cw_session_compose(session, positions, take < 64 ? take : 64, NULL, NULL, err);
}

/* Starts a recorded session and its twin when none is open; sets *started_with to the bytes the
 * recorded one wrote first (else -1). Returns 0, or -1 with err. */
static int ensure_session(player *p, long *started_with, cw_error *err)
{
    *started_with = -1;
    if (p->session && cw_session_finished(p->session)) {
        cw_session_free(p->session);
        cw_session_free(p->twin);
        p->session = p->twin = NULL;
    }
    if (p->session)
        return 0;
    const cw_scenario_info *info = cw_scenario_info_get(p->scenario);
    cw_session_options options = {.role = info->roles[p->sessions % info->n_roles].id, .trainee = "bench",
                                  .records_dir = p->dir, .seed = rng_next(&p->rng), .has_seed = 1};
    p->session = cw_session_start(p->scenario, &options, err);
    if (!p->session)
        return -1;
    options.records_dir = options.trainee = NULL;
    p->twin = cw_session_start(p->scenario, &options, err);
    if (!p->twin)
        return -1;
    p->sessions++;
    *started_with = lines_size(cw_session_record_path(p->session));
    return 0;
}

/* Makes one decision in the recorded session: sets *seconds to the time of the call and *bytes to
 * what it added to the record, and *pick to the choice made, for the twin. Returns 0, or -1. */
static int decide(player *p, int *pick, double *seconds, long *bytes, cw_error *err)
{
    const cw_step *step = cw_session_step(p->session);
    const char *path = cw_session_record_path(p->session);
    long before = lines_size(path);
    *pick = step->kind == CW_STEP_CHOICE ? (int)rng_below(&p->rng, (uint64_t)step->n_choices) : 0;
    double start = now_seconds();
    int rc = make_decision(p->session, step, *pick, err);
    *seconds = now_seconds() - start;
    *bytes = lines_size(path) - before;
    return rc;
}

/* The same decision in the twin, timed. */
static int decide_twin(player *p, int pick, double *seconds, cw_error *err)
{
    const cw_step *step = cw_session_step(p->twin);
    double start = now_seconds();
    int rc = make_decision(p->twin, step, pick, err);
    *seconds = now_seconds() - start;
    return rc;
}

/* One of the floor's files: open, and where its next bytes go. */
typedef struct floor_file {
    int fd; /* -1 before the first */
    off_t end;
} floor_file;

/* With --floor in-place, each floor file starts with this many spaces written and synced, untimed:
 * more than a session of the shipped scenarios writes. */
#define FLOOR_SPACES (4 << 20)

/* Writes size bytes (a line of x) at the file's end (over its spaces, in place) and syncs them. */
static int write_synced(floor_file *f, long bytes, int in_place)
{
    static char line[1 << 16];
    size_t size = bytes > 0 && bytes < (long)sizeof line ? (size_t)bytes : 1;
    memset(line, 'x', size - 1);
    line[size - 1] = '\n';
    ssize_t wrote = in_place ? pwrite(f->fd, line, size, f->end) : write(f->fd, line, size);
    f->end += (off_t)size;
    return wrote == (ssize_t)size && fdatasync(f->fd) == 0 ? 0 : -1;
}

/* The floor: one write of a decision's byte count and one fdatasync() after it, timed; appended,
 * or with in_place written over spaces written ahead, as casewalk writes. Its files follow the
 * sessions: where casewalk started a session before the decision (started_with >= 0), the floor
 * starts a new file in dir and writes (untimed) as many bytes as the session's start did; f is
 * the file open now, kept from round to round as the session is. */
static int write_floor(const char *dir, floor_file *f, int in_place, long bytes, long started_with, double *seconds)
{
    static int files;
    if (f->fd < 0 || started_with >= 0) {
        char path[700];
        snprintf(path, sizeof path, "%s/floor-%d.jsonl", dir, ++files);
        if (f->fd >= 0)
            close(f->fd);
        f->fd = open(path, O_WRONLY | O_CREAT | (in_place ? 0 : O_APPEND) | O_CLOEXEC, 0600);
        f->end = 0;
        if (f->fd < 0)
            return -1;
        if (in_place) {
            static char spaces[64 << 10];
            memset(spaces, ' ', sizeof spaces);
            for (off_t at = 0; at < FLOOR_SPACES; at += (off_t)sizeof spaces)
                if (pwrite(f->fd, spaces, sizeof spaces, at) != (ssize_t)sizeof spaces)
                    return -1;
            if (fdatasync(f->fd) != 0)
                return -1;
        }
        if (started_with > 0 && write_synced(f, started_with, in_place) != 0)
            return -1;
    }
    if (in_place && f->end + bytes > FLOOR_SPACES)
        return -1;
    double start = now_seconds();
    if (write_synced(f, bytes, in_place) != 0)
        return -1;
    *seconds = now_seconds() - start;
    return 0;
}

/* Says what went wrong; the exit status. */
static int failed(const cw_error *err)
{
    fprintf(stderr, "bench_records: %s\n", err->message);
    return 1;
}

/* Waits ms milliseconds (none for 0). */
static void wait_ms(double ms)
{
    struct timespec left = {(time_t)(ms / 1000), (long)(fmod(ms, 1000) * 1e6)};
    while (ms > 0 && nanosleep(&left, &left) != 0 && errno == EINTR)
        ;
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
    double pause_ms = 0;
    int in_place = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--scenario") == 0 && i + 1 < argc)
            scenario_name = argv[++i];
        else if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            dir = argv[++i];
        else if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "--decisions") == 0 && i + 1 < argc)
            decisions = atoi(argv[++i]);
        else if (strcmp(argv[i], "--pause") == 0 && i + 1 < argc)
            pause_ms = atof(argv[++i]);
        else if (strcmp(argv[i], "--floor") == 0 && i + 1 < argc && strcmp(argv[i + 1], "append") == 0)
            in_place = 0, i++;
        else if (strcmp(argv[i], "--floor") == 0 && i + 1 < argc && strcmp(argv[i + 1], "in-place") == 0)
            in_place = 1, i++;
        else
            rounds = 0;
    }
    if (rounds < 1 || decisions < 1 || !(pause_ms >= 0 && pause_ms <= 10000)) {
        fprintf(stderr, "usage: bench_records [--scenario ID_OR_FILE] [--dir DIR] [--rounds N] [--decisions K] "
                        "[--pause MS] [--floor append|in-place]\n");
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
    if (!p.scenario)
        return failed(&err);
    rng_seed(&p.rng, 20261202);

    double *whole = malloc((size_t)rounds * sizeof *whole), *own = malloc((size_t)rounds * sizeof *own);
    double *cw_means = malloc((size_t)rounds * sizeof *cw_means), *twin_means = malloc((size_t)rounds * sizeof *twin_means);
    double *floor_means = malloc((size_t)rounds * sizeof *floor_means);
    double *all_bytes = malloc((size_t)rounds * (size_t)decisions * sizeof *all_bytes);
    if (!whole || !own || !cw_means || !twin_means || !floor_means || !all_bytes) {
        fprintf(stderr, "bench_records: out of memory\n");
        return 1;
    }
    printf("bench_records: %s, %d rounds of %d decisions, %g ms before each timed part, records in %s%s\n",
           cw_scenario_info_get(p.scenario)->id, rounds, decisions, pause_ms, base,
           on_tmpfs ? " (tmpfs: fdatasync does not reach a disk here)" : "");
    printf("floor: the same bytes %s, then fdatasync\n",
           in_place ? "written in place over spaces written ahead (--floor in-place)" : "appended (--floor append)");
    floor_file floors[2] = {{-1, 0}, {-1, 0}}; /* the floor's files: after the recorded decision, and after its twin */
    for (int round = 0; round < rounds; round++) {
        double cw_sum = 0, twin_sum = 0, floor_sum = 0;
        for (int i = 0; i < decisions; i++) {
            long started_with, bytes;
            int pick;
            double cw_time, twin_time, floor_time[2];
            if (ensure_session(&p, &started_with, &err) != 0)
                return failed(&err);
            wait_ms(pause_ms);
            if (decide(&p, &pick, &cw_time, &bytes, &err) != 0)
                return failed(&err);
            wait_ms(pause_ms);
            if (write_floor(floor_dir, &floors[0], in_place, bytes, started_with, &floor_time[0]) != 0) {
                perror(floor_dir);
                return 1;
            }
            wait_ms(pause_ms);
            if (decide_twin(&p, pick, &twin_time, &err) != 0)
                return failed(&err);
            wait_ms(pause_ms);
            if (write_floor(floor_dir, &floors[1], in_place, bytes, started_with, &floor_time[1]) != 0) {
                perror(floor_dir);
                return 1;
            }
            all_bytes[round * decisions + i] = (double)bytes;
            cw_sum += cw_time;
            twin_sum += twin_time;
            floor_sum += floor_time[0] + floor_time[1];
        }
        cw_means[round] = cw_sum / decisions;
        twin_means[round] = twin_sum / decisions;
        floor_means[round] = floor_sum / (2.0 * decisions);
        whole[round] = cw_means[round] / floor_means[round];
        own[round] = (cw_means[round] - twin_means[round]) / floor_means[round];
        printf("round %d: casewalk %.1f us per decision (the same without a record %.1f us), floor %.1f us; "
               "whole decision / floor %.2f, the record's cost / floor %.2f\n",
               round + 1, cw_means[round] * 1e6, twin_means[round] * 1e6, floor_means[round] * 1e6, whole[round],
               own[round]);
    }
    cw_session_free(p.session);
    cw_session_free(p.twin);
    cw_scenario_free(p.scenario);
    for (int i = 0; i < 2; i++)
        if (floors[i].fd >= 0)
            close(floors[i].fd);
    printf("record bytes per decision: median %.0f\n", median_of(all_bytes, rounds * decisions));
    printf("per decision (median of rounds): casewalk %.1f us, without a record %.1f us, floor %.1f us\n",
           median_of(cw_means, rounds) * 1e6, median_of(twin_means, rounds) * 1e6, median_of(floor_means, rounds) * 1e6);
    /* median_of sorts: then [0] is the min and [rounds-1] the max */
    double whole_median = median_of(whole, rounds), own_median = median_of(own, rounds);
    printf("whole decision / floor: %.2f / %.2f / %.2f (min / median / max over %d rounds)\n", whole[0], whole_median,
           whole[rounds - 1], rounds);
    printf("the record's cost / floor: %.2f / %.2f / %.2f (min / median / max over %d rounds)\n", own[0], own_median,
           own[rounds - 1], rounds);
    free(whole);
    free(own);
    free(cw_means);
    free(twin_means);
    free(floor_means);
    free(all_bytes);
    if (!dir) /* a folder of our own: leave nothing behind */
        nftw(base, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return 0;
}
