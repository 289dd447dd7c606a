/* bench_summary.c — how fast `casewalk summary` is on many records, and how much memory it takes.
 *
 *   bench_summary CASEWALK [--records N] [--scenario FILE] [--dir DIR] [--rounds R]
 *
 * Plays N sessions (default 10,000) of the scenario (an installed id or a file; default
 * night-call) through
 * the engine's public interface, with random answers from a seeded generator and CPS and DV
 * roles in turn, so every record is written by the engine's own record writer. Then runs
 * `CASEWALK summary DIR --html … --json …` as a whole program under /usr/bin/time -v and reports
 * its wall time, CPU time and peak resident memory, and does the same on a tenth of the records to
 * show that memory does not grow with their number. Side by side with the summary, R rounds
 * (default 5) alternate it with its floor: reading every record file once and parsing each line
 * with cJSON alone (cJSON_ParseWithLength, then cJSON_Delete), in this process; the ratio
 * summary/floor is printed as min / median / max of wall and of CPU time. Records go to DIR (default a new folder under
 * /dev/shm when it exists, else /tmp: each record line is fdatasync'ed, which is slow on disk). */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
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

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Reads one file whole and parses each line with cJSON; returns the lines parsed, or -1. */
static long parse_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    size_t room = 1 << 16, used = 0, got;
    char *buf = malloc(room);
    while (buf && (got = fread(buf + used, 1, room - used, f)) > 0) {
        used += got;
        char *bigger = used == room ? realloc(buf, room *= 2) : buf;
        if (!bigger)
            free(buf);
        buf = bigger;
    }
    fclose(f);
    if (!buf)
        return -1;
    long lines = 0;
    for (size_t start = 0; start < used;) {
        const char *end = memchr(buf + start, '\n', used - start);
        size_t length = end ? (size_t)(end - (buf + start)) : used - start;
        cJSON *line = cJSON_ParseWithLength(buf + start, length);
        lines += line != NULL;
        cJSON_Delete(line);
        start += length + 1;
    }
    free(buf);
    return lines;
}

/* The summary's floor: every .jsonl file of dir read once, each line parsed with cJSON alone. */
static long parse_records(const char *dir, double *wall, double *cpu)
{
    double wall_start = now_seconds(), cpu_start = cpu_seconds();
    DIR *d = opendir(dir);
    long lines = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        char path[1200];
        if (n < 6 || strcmp(e->d_name + n - 6, ".jsonl") != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        long parsed = parse_file(path);
        if (parsed < 0) {
            lines = -1;
            break;
        }
        lines += parsed;
    }
    if (d)
        closedir(d);
    *wall = now_seconds() - wall_start;
    *cpu = cpu_seconds() - cpu_start;
    return d ? lines : -1;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Prints "min / median / max" of n values (sorting them). */
static void print_spread(const char *what, double *values, int n)
{
    qsort(values, (size_t)n, sizeof *values, compare_doubles);
    double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    printf("%s %.2f / %.2f / %.2f (min / median / max over %d rounds)\n", what, values[0], median, values[n - 1], n);
}

/* Runs `time -v CASEWALK summary DIR ...`, reading wall time, CPU time (user + system) and peak
 * memory from its report. */
static int run_summary(const char *casewalk, const char *dir, const char *out_dir, double *wall,
                       double *cpu, long *peak_kb)
{
    char html[600], json[600], log[600], text[600];
    snprintf(html, sizeof html, "%s/summary.html", out_dir);
    snprintf(json, sizeof json, "%s/summary.json", out_dir);
    snprintf(log, sizeof log, "%s/time.txt", out_dir);
    snprintf(text, sizeof text, "%s/summary.txt", out_dir);
    fflush(stdout); /* or the child would print what is buffered a second time */
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        if (!freopen(text, "w", stdout) || !freopen(log, "w", stderr))
            _exit(127);
        execl("/usr/bin/time", "time", "-v", casewalk, "summary", dir, "--html", html, "--json", json,
              (char *)NULL);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "bench_summary: the summary failed; see %s\n", log);
        return -1;
    }
    FILE *f = fopen(log, "r");
    char line[512];
    *wall = -1;
    *peak_kb = -1;
    *cpu = 0;
    while (f && fgets(line, sizeof line, f)) {
        int h = 0, m = 0;
        double s = 0;
        const char *p;
        if ((p = strstr(line, "User time (seconds): ")) || (p = strstr(line, "System time (seconds): ")))
            *cpu += atof(strchr(p, ':') + 1);
        else if ((p = strstr(line, "Maximum resident set size (kbytes): ")))
            *peak_kb = atol(p + strlen("Maximum resident set size (kbytes): "));
        else if ((p = strstr(line, "Elapsed (wall clock) time (h:mm:ss or m:ss): "))) {
            p += strlen("Elapsed (wall clock) time (h:mm:ss or m:ss): ");
            if (sscanf(p, "%d:%d:%lf", &h, &m, &s) == 3)
                *wall = h * 3600 + m * 60 + s;
            else if (sscanf(p, "%d:%lf", &m, &s) == 2)
                *wall = m * 60 + s;
        }
    }
    if (f)
        fclose(f);
    return *wall >= 0 && *peak_kb >= 0 ? 0 : -1;
}

static int make_dir(const char *path)
{
    return mkdir(path, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

int main(int argc, char **argv)
{
    const char *casewalk = NULL, *scenario = "night-call";
    const char *dir = NULL;
    int count = 10000, rounds = 5;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--records") == 0 && i + 1 < argc)
            count = atoi(argv[++i]);
        else if (strcmp(argv[i], "--scenario") == 0 && i + 1 < argc)
            scenario = argv[++i];
        else if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            dir = argv[++i];
        else if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (!casewalk && argv[i][0] != '-')
            casewalk = argv[i];
        else {
            fprintf(stderr, "usage: bench_summary CASEWALK [--records N] [--scenario FILE] [--dir DIR] [--rounds R]\n");
            return 2;
        }
    }
    if (!casewalk || count < 10 || rounds < 1 || access("/usr/bin/time", X_OK) != 0) {
        fprintf(stderr, "usage: bench_summary CASEWALK [--records N] [--scenario FILE] [--dir DIR] [--rounds R]\n"
                        "(needs /usr/bin/time; N at least 10)\n");
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
    if (make_dir(base) != 0 || make_dir(out) != 0 || make_records(scenario, tenth, count / 10) != 0 ||
        make_records(scenario, all, count) != 0)
        return 1;

    double wall_all, wall_tenth, cpu_all, cpu_tenth;
    long peak_all, peak_tenth;
    if (run_summary(casewalk, tenth, out, &wall_tenth, &cpu_tenth, &peak_tenth) != 0 ||
        run_summary(casewalk, all, out, &wall_all, &cpu_all, &peak_all) != 0)
        return 1;
    printf("casewalk summary of %d records: %.2f s wall, %.2f s CPU, %.1f MiB peak resident (%.0f records/s)\n",
           count, wall_all, cpu_all, peak_all / 1024.0, count / (wall_all > 0 ? wall_all : 1e-9));
    printf("casewalk summary of %d records: %.2f s wall, %.2f s CPU, %.1f MiB peak resident\n", count / 10,
           wall_tenth, cpu_tenth, peak_tenth / 1024.0);

    /* Side by side with the floor, the first of the two alternating from round to round. */
    double *wall_ratios = malloc((size_t)rounds * sizeof *wall_ratios);
    double *cpu_ratios = malloc((size_t)rounds * sizeof *cpu_ratios);
    if (!wall_ratios || !cpu_ratios)
        return 1;
    for (int round = 0; round < rounds; round++) {
        double floor_wall = 0, floor_cpu = 0;
        long lines = 0;
        for (int turn = 0; turn < 2; turn++) {
            if ((turn + round) % 2 == 0 && run_summary(casewalk, all, out, &wall_all, &cpu_all, &peak_all) != 0)
                return 1;
            if ((turn + round) % 2 == 1 && (lines = parse_records(all, &floor_wall, &floor_cpu)) < 0) {
                fprintf(stderr, "bench_summary: cannot read the records in %s\n", all);
                return 1;
            }
        }
        wall_ratios[round] = wall_all / floor_wall;
        cpu_ratios[round] = cpu_all / floor_cpu;
        printf("round %d: summary %.2f s wall, %.2f s CPU; reading + cJSON parsing alone (%ld lines) %.2f s wall, "
               "%.2f s CPU\n",
               round + 1, wall_all, cpu_all, lines, floor_wall, floor_cpu);
    }
    print_spread("summary / reading + cJSON parsing, wall:", wall_ratios, rounds);
    print_spread("summary / reading + cJSON parsing, CPU: ", cpu_ratios, rounds);
    free(wall_ratios);
    free(cpu_ratios);
    printf("records, pages and /usr/bin/time reports are in %s\n", base);
    return 0;
}
