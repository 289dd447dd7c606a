/* bench_summary.c — how fast `casewalk summary` is on many records, next to its floor, and how
 * much memory it takes.
 *
 *   bench_summary CASEWALK [--records N] [--runs R] [--scenario FILE] [--dir DIR]
 *
 * Plays N sessions (default 10,000) of the scenario (an installed id or a file; default
 * night-call) through the engine's public interface, with random answers from a seeded generator
 * and CPS and DV roles in turn, so every record is written by the engine's own record writer.
 * Then, R times (default 5), runs `CASEWALK summary DIR --html … --json …` as a whole program and,
 * alternately before or after it, the floor: a program that only reads the same files and parses
 * every line with cJSON (this program again, with --floor). Both are measured alike, by the CPU
 * time (user + system) and peak resident memory the kernel reports for the child. It prints the
 * ratio summary/floor (min, median, max over the runs), and the summary's figures on a tenth of
 * the records, to show that memory does not grow with their number. Records go to DIR (default a
 * new folder under /dev/shm when it exists, else /tmp: each record line is fdatasync'ed, which is
 * slow on disk). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <dirent.h>
#include <fcntl.h>

#include <cjson/cJSON.h>
#include <time.h>
#include <unistd.h>

#include "casewalk.h"
#include "rng.h"

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Plays one session to its end with random answers. Returns 0, or -1 with err. */
static int play_one(cw_scenario *scenario, const char *role, const char *trainee, const char *dir,
                    cw_rng *rng, cw_error *err)
{
    cw_session_options options = {.role = role, .trainee = trainee, .records_dir = dir,
                                  .mode = CW_MODE_PRACTICE, .seed = rng_next(rng), .has_seed = 1};
    cw_session *s = cw_session_start(scenario, &options, err);
    if (!s)
        return -1;
    int rc = 0;
    for (int guard = 0; rc == 0 && guard < 200; guard++) {
        const cw_step *step = cw_session_step(s);
        if (!step || step->kind == CW_STEP_ENDING)
            break;
        if (step->kind == CW_STEP_CHOICE) {
            rc = cw_session_choose(s, (int)rng_below(rng, (uint64_t)step->n_choices), NULL, err);
        } else {
            int positions[64], n = step->n_clauses < 64 ? step->n_clauses : 64;
            for (int i = 0; i < n; i++)
                positions[i] = i;
            for (int i = n - 1; i > 0; i--) { /* shuffle, then take a random number of them */
                int j = (int)rng_below(rng, (uint64_t)i + 1), t = positions[i];
                positions[i] = positions[j];
                positions[j] = t;
            }
            int lo = step->min_clauses > 0 ? step->min_clauses : 1;
            int hi = step->max_clauses > 0 && step->max_clauses < n ? step->max_clauses : n;
            int take = lo >= hi ? lo : lo + (int)rng_below(rng, (uint64_t)(hi - lo + 1));
            rc = cw_session_compose(s, positions, take, NULL, NULL, err);
        }
    }
    cw_session_free(s);
    return rc;
}

static int make_records(const char *scenario_id, const char *dir, int count)
{
    cw_error err = {CW_OK, ""};
    char *path = cw_scenario_find(scenario_id, &err);
    cw_scenario *scenario = path ? cw_scenario_load(path, &err) : NULL;
    free(path);
    if (!scenario) {
        fprintf(stderr, "bench_summary: %s\n", err.message);
        return -1;
    }
    cw_rng rng;
    rng_seed(&rng, 20261122);
    double start = now_seconds();
    for (int i = 0; i < count; i++) {
        char trainee[32];
        snprintf(trainee, sizeof trainee, "bench-%05d", i);
        if (play_one(scenario, i % 2 ? "dv" : "cps", trainee, dir, &rng, &err) != 0) {
            fprintf(stderr, "bench_summary: session %d: %s\n", i, err.message);
            cw_scenario_free(scenario);
            return -1;
        }
        if ((i + 1) % 1000 == 0)
            fprintf(stderr, "\r%d sessions played", i + 1);
    }
    fprintf(stderr, "\r%d sessions played in %.1f s\n", count, now_seconds() - start);
    cw_scenario_free(scenario);
    return 0;
}

/* What one child process cost. */
typedef struct cost {
    double cpu, wall; /* seconds */
    long peak_kb;
} cost;

/* Runs argv (stdout to out, stderr to log) and measures it; 0 when it exits with status 0. */
static int measure(char *const argv[], const char *out, const char *log, cost *c)
{
    double start = now_seconds();
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        if (!freopen(out, "w", stdout) || !freopen(log, "w", stderr))
            _exit(127);
        execv(argv[0], argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "bench_summary: %s failed; see %s\n", argv[0], log);
        return -1;
    }
    c->wall = now_seconds() - start;
    c->cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
             ru.ru_stime.tv_usec / 1e6;
    c->peak_kb = ru.ru_maxrss;
    return 0;
}

static int run_summary(const char *casewalk, const char *dir, const char *out_dir, cost *c)
{
    char html[600], json[600], log[600], text[600];
    snprintf(html, sizeof html, "%s/summary.html", out_dir);
    snprintf(json, sizeof json, "%s/summary.json", out_dir);
    snprintf(log, sizeof log, "%s/summary.log", out_dir);
    snprintf(text, sizeof text, "%s/summary.txt", out_dir);
    char *argv[] = {(char *)casewalk, "summary", (char *)dir, "--html", html, "--json", json, NULL};
    return measure(argv, text, log, c);
}

static int run_floor(const char *dir, const char *out_dir, cost *c)
{
    char log[600], text[600];
    snprintf(log, sizeof log, "%s/floor.log", out_dir);
    snprintf(text, sizeof text, "%s/floor.txt", out_dir);
    char *argv[] = {"/proc/self/exe", "--floor", (char *)dir, NULL};
    return measure(argv, text, log, c);
}

/* The floor: read every .jsonl file in dir whole and parse each of its lines with cJSON. */
static int floor_main(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        perror(dir);
        return 1;
    }
    char *data = NULL;
    size_t capacity = 0;
    long lines = 0, bad = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 6 || strcmp(e->d_name + n - 6, ".jsonl") != 0)
            continue;
        int fd = openat(dirfd(d), e->d_name, O_RDONLY | O_CLOEXEC);
        struct stat st;
        if (fd < 0 || fstat(fd, &st) != 0) {
            perror(e->d_name);
            return 1;
        }
        size_t size = (size_t)st.st_size, got = 0;
        if (size + 1 > capacity) {
            capacity = size + 1;
            if (!(data = realloc(data, capacity)))
                return 1;
        }
        ssize_t r;
        while (got < size && (r = read(fd, data + got, size - got)) > 0)
            got += (size_t)r;
        close(fd);
        for (const char *line = data, *end = data + got; line < end;) {
            const char *newline = memchr(line, '\n', (size_t)(end - line));
            if (!newline)
                newline = end;
            cJSON *json = cJSON_ParseWithLength(line, (size_t)(newline - line));
            lines++;
            bad += json == NULL;
            cJSON_Delete(json);
            line = newline + 1;
        }
    }
    closedir(d);
    free(data);
    printf("%ld lines parsed, %ld not JSON\n", lines, bad);
    return 0;
}

static int by_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* min / median / max of n values (sorts them). */
static void spread(double *v, int n, double out[3])
{
    qsort(v, (size_t)n, sizeof *v, by_double);
    out[0] = v[0];
    out[1] = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    out[2] = v[n - 1];
}

static int make_dir(const char *path)
{
    return mkdir(path, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

#define USAGE "usage: bench_summary CASEWALK [--records N] [--runs R] [--scenario FILE] [--dir DIR]\n"
#define MAX_RUNS 50

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--floor") == 0)
        return floor_main(argv[2]);
    const char *casewalk = NULL, *scenario = "night-call";
    const char *dir = NULL;
    int count = 10000, runs = 5;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--records") == 0 && i + 1 < argc)
            count = atoi(argv[++i]);
        else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--scenario") == 0 && i + 1 < argc)
            scenario = argv[++i];
        else if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            dir = argv[++i];
        else if (!casewalk && argv[i][0] != '-')
            casewalk = argv[i];
        else {
            fprintf(stderr, USAGE);
            return 2;
        }
    }
    if (!casewalk || count < 10 || runs < 1 || runs > MAX_RUNS) {
        fprintf(stderr, USAGE "(N at least 10; R from 1 to %d)\n", MAX_RUNS);
        return 2;
    }
    char base[512];
    if (dir)
        snprintf(base, sizeof base, "%s", dir);
    else
        snprintf(base, sizeof base, "%s/casewalk-bench-XXXXXX", access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
    if (!dir && !mkdtemp(base)) {
        perror("bench_summary");
        return 1;
    }
    char all[600], tenth[600], out[600];
    snprintf(all, sizeof all, "%s/records", base);
    snprintf(tenth, sizeof tenth, "%s/records-tenth", base);
    snprintf(out, sizeof out, "%s/out", base);
    struct stat st;
    int have_records = dir && stat(all, &st) == 0 && stat(tenth, &st) == 0; /* --dir of a run before */
    if (make_dir(base) != 0 || make_dir(out) != 0 ||
        (!have_records && (make_records(scenario, tenth, count / 10) != 0 || make_records(scenario, all, count) != 0)))
        return 1;

    double cpu[MAX_RUNS], floor_cpu[MAX_RUNS], ratio[MAX_RUNS], wall_ratio[MAX_RUNS], peak[MAX_RUNS];
    for (int r = 0; r < runs; r++) {
        cost summary, base_cost;
        int rc = r % 2 ? run_floor(all, out, &base_cost) || run_summary(casewalk, all, out, &summary)
                       : run_summary(casewalk, all, out, &summary) || run_floor(all, out, &base_cost);
        if (rc)
            return 1;
        cpu[r] = summary.cpu;
        floor_cpu[r] = base_cost.cpu;
        ratio[r] = summary.cpu / (base_cost.cpu > 0 ? base_cost.cpu : 1e-9);
        wall_ratio[r] = summary.wall / (base_cost.wall > 0 ? base_cost.wall : 1e-9);
        peak[r] = summary.peak_kb / 1024.0;
        fprintf(stderr, "run %d: summary %.2f s CPU (%.2f s wall), floor %.2f s CPU (%.2f s wall)\n", r + 1,
                summary.cpu, summary.wall, base_cost.cpu, base_cost.wall);
    }
    cost small;
    if (run_summary(casewalk, tenth, out, &small) != 0)
        return 1;
    double s_ratio[3], s_wall[3], s_cpu[3], s_floor[3], s_peak[3];
    spread(ratio, runs, s_ratio);
    spread(wall_ratio, runs, s_wall);
    spread(cpu, runs, s_cpu);
    spread(floor_cpu, runs, s_floor);
    spread(peak, runs, s_peak);
    printf("casewalk summary of %d records: %.2f / %.2f / %.2f s CPU (min / median / max of %d runs), "
           "%.1f MiB peak resident\n", count, s_cpu[0], s_cpu[1], s_cpu[2], runs, s_peak[2]);
    printf("floor (read the same files, parse every line with cJSON): %.2f / %.2f / %.2f s CPU\n", s_floor[0],
           s_floor[1], s_floor[2]);
    printf("summary / floor: %.2f / %.2f / %.2f x in CPU time (%.2f / %.2f / %.2f x wall)\n", s_ratio[0],
           s_ratio[1], s_ratio[2], s_wall[0], s_wall[1], s_wall[2]);
    printf("casewalk summary of %d records: %.2f s CPU, %.1f MiB peak resident\n", count / 10, small.cpu,
           small.peak_kb / 1024.0);
    printf("records, pages and logs are in %s\n", base);
    return 0;
}
