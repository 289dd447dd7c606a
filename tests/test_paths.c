/* test_paths.c — every shipped scenario, played along the paths in tests/paths/ID.paths.
 *
 * Each line names a role, a kind, the answers and the ending they must reach. A "recommended"
 * path must rate every decision recommended and end positively; a "concerning" path must take at
 * least one concerning or harmful decision and end mixed or negative; an "acceptable" path takes
 * at least one acceptable decision and none concerning or harmful. Every path is at least 8
 * decisions long, its record must hold exactly the decisions taken, and each scenario must pass
 * check with at least 8 decisions on the shortest way to any ending for every role. */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdlib.h>
#include <unistd.h>

#include "answers.h"
#include "casewalk.h"
#include "check.h"

#define MIN_DECISIONS 8

static char records[256];

static void print_finding(void *ud, const char *message)
{
    (void)ud;
    fprintf(stderr, "  check: %s\n", message);
}

/* The chosen ids, in order, from a record's decision and draft lines. */
static int record_choices(const char *path, char ids[][128], int max, char *ending, size_t ending_size)
{
    FILE *f = fopen(path, "r");
    static char line[1 << 20];
    int n = 0;
    ending[0] = '\0';
    while (f && fgets(line, sizeof line, f)) {
        cJSON *json = cJSON_Parse(line);
        const char *type = cJSON_GetStringValue(cJSON_GetObjectItem(json, "type"));
        if (type && strcmp(type, "decision") == 0 && n < max)
            snprintf(ids[n++], 128, "%s", cJSON_GetStringValue(cJSON_GetObjectItem(json, "chosen")));
        else if (type && strcmp(type, "draft") == 0 && n < max) {
            ids[n][0] = '\0';
            const cJSON *c;
            cJSON_ArrayForEach(c, cJSON_GetObjectItem(json, "clauses"))
            {
                if (ids[n][0])
                    strncat(ids[n], "+", 127 - strlen(ids[n]));
                strncat(ids[n], c->valuestring, 127 - strlen(ids[n]));
            }
            n++;
        } else if (type && strcmp(type, "ending") == 0)
            snprintf(ending, ending_size, "%s", cJSON_GetStringValue(cJSON_GetObjectItem(json, "ending")));
        cJSON_Delete(json);
    }
    if (f)
        fclose(f);
    return n;
}

static void play_path(cw_scenario *sc, const char *where, const char *role, const char *kind,
                      const char *answers, const char *expected)
{
    answer_list list;
    char why[256];
    cw_error err = {CW_OK, ""};
    if (answers_parse(answers, &list, why, sizeof why) != 0) {
        fprintf(stderr, "%s: %s\n", where, why);
        CHECK(!"answers parse");
        return;
    }
    cw_session_options o = {role, "path-test", records, CW_MODE_PRACTICE, 1, 1, 0, NULL, NULL};
    cw_session *s = cw_session_start(sc, &o, &err);
    CHECK(s != NULL);
    int rc = 0;
    while (s && !cw_session_finished(s) && (rc = answers_apply_next(&list, s, &err)) == 0)
        ;
    if (!s || !cw_session_finished(s)) {
        fprintf(stderr, "%s: did not reach an ending (%s)\n", where, rc < 0 ? err.message : "answers ran out");
        CHECK(!"reached an ending");
        cw_session_free(s);
        answers_free(&list);
        return;
    }
    const cw_step *st = cw_session_step(s);
    int n = cw_session_result_count(s), concerning = 0, acceptable = 0, all_recommended = 1;
    for (int i = 0; i < n; i++) {
        cw_rating r = cw_session_result(s, i)->rating;
        concerning |= r == CW_RATING_CONCERNING || r == CW_RATING_HARMFUL;
        acceptable |= r == CW_RATING_ACCEPTABLE;
        all_recommended &= r == CW_RATING_RECOMMENDED;
    }
    int ok_ending = strcmp(st->scene_id, expected) == 0;
    int ok_length = n >= MIN_DECISIONS && list.next == list.count;
    int ok_kind;
    if (strcmp(kind, "recommended") == 0)
        ok_kind = all_recommended && strcmp(st->classification, "positive") == 0;
    else if (strcmp(kind, "acceptable") == 0) /* a defensible way, not the recommended one */
        ok_kind = acceptable && !concerning;
    else
        ok_kind = concerning && strcmp(st->classification, "positive") != 0;
    if (!ok_ending || !ok_length || !ok_kind)
        fprintf(stderr, "%s: ended at %s (%s) after %d decisions, %d answers unused; expected %s, %s\n", where,
                st->scene_id, st->classification, n, list.count - list.next, expected, kind);
    CHECK(ok_ending);
    CHECK(ok_length);
    CHECK(ok_kind);

    char ids[128][128], ending[128];
    int recorded = record_choices(cw_session_record_path(s), ids, 128, ending, sizeof ending);
    int same = recorded == n;
    for (int i = 0; same && i < n; i++)
        same = strcmp(ids[i], cw_session_result(s, i)->chosen_id) == 0;
    CHECK(same);
    CHECK_STR(ending, expected);
    unlink(cw_session_record_path(s));
    cw_session_free(s);
    answers_free(&list);
}

static int run_file(const char *scenarios, const char *paths_dir, const char *file)
{
    char id[256], scenario_path[1024], paths_path[1024];
    snprintf(id, sizeof id, "%.*s", (int)(strlen(file) - strlen(".paths")), file);
    snprintf(scenario_path, sizeof scenario_path, "%s/%s.lua", scenarios, id);
    snprintf(paths_path, sizeof paths_path, "%s/%s", paths_dir, file);
    cw_error err = {CW_OK, ""};
    cw_scenario *sc = cw_scenario_load(scenario_path, &err);
    if (!sc) {
        fprintf(stderr, "%s\n", err.message);
        CHECK(!"scenario loads");
        return 0;
    }
    cw_check_stats stats;
    int findings = cw_scenario_check(scenario_path, print_finding, NULL, &stats);
    CHECK(findings == 0);
    int most_endings = 0;
    for (int r = 0; r < stats.n_roles; r++) {
        if (stats.roles[r].fewest_decisions < MIN_DECISIONS || stats.roles[r].endings < 2)
            fprintf(stderr, "%s: role %s: %d decisions on the shortest way, %d endings\n", id, stats.roles[r].role,
                    stats.roles[r].fewest_decisions, stats.roles[r].endings);
        CHECK(stats.roles[r].fewest_decisions >= MIN_DECISIONS);
        CHECK(stats.roles[r].endings >= 2);
        if (stats.roles[r].endings > most_endings)
            most_endings = stats.roles[r].endings;
    }
    CHECK(most_endings >= 3);

    FILE *f = fopen(paths_path, "r");
    char line[4096];
    int line_no = 0, played = 0;
    char kinds_seen[4][160] = {{0}};
    while (f && fgets(line, sizeof line, f)) {
        line_no++;
        char role[64], kind[64], answers[3000], expected[128];
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        /* role kind ANSWERS... ending: the answers are everything between, so own text may hold spaces */
        int answers_start = 0;
        if (sscanf(line, "%63s %63s %n", role, kind, &answers_start) != 2 || answers_start == 0)
            continue;
        char *rest = line + answers_start, *end = rest + strlen(rest);
        while (end > rest && (end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
            *--end = '\0';
        char *last_space = strrchr(rest, ' ');
        if (!last_space || strlen(last_space + 1) >= sizeof expected || (size_t)(last_space - rest) >= sizeof answers)
            continue;
        snprintf(expected, sizeof expected, "%s", last_space + 1);
        while (last_space > rest && last_space[-1] == ' ')
            last_space--;
        snprintf(answers, sizeof answers, "%.*s", (int)(last_space - rest), rest);
        char where[1200];
        snprintf(where, sizeof where, "%s:%d", paths_path, line_no);
        CHECK(strcmp(kind, "recommended") == 0 || strcmp(kind, "concerning") == 0 || strcmp(kind, "acceptable") == 0);
        play_path(sc, where, role, kind, answers, expected);
        played++;
        if (strcmp(kind, "acceptable") != 0) {
            int slot = (strcmp(role, "dv") == 0) * 2 + (strcmp(kind, "concerning") == 0);
            snprintf(kinds_seen[slot], sizeof kinds_seen[slot], "%s %s", role, kind);
        }
    }
    if (f)
        fclose(f);
    /* Each role has a recommended and a concerning path. */
    for (int k = 0; k < 4; k++)
        if (!kinds_seen[k][0])
            fprintf(stderr, "%s: missing a %s %s path\n", paths_path, k < 2 ? "cps" : "dv",
                    k % 2 ? "concerning" : "recommended");
    CHECK(kinds_seen[0][0] && kinds_seen[1][0] && kinds_seen[2][0] && kinds_seen[3][0]);
    printf("%s: %d paths played\n", id, played);
    cw_scenario_free(sc);
    return played;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: test_paths SCENARIOS_DIR PATHS_DIR\n");
        return 2;
    }
    snprintf(records, sizeof records, "/tmp/casewalk-paths-XXXXXX");
    if (!mkdtemp(records))
        return 1;
    DIR *d = opendir(argv[2]);
    int files = 0;
    for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
        size_t n = strlen(e->d_name);
        if (n > 6 && strcmp(e->d_name + n - 6, ".paths") == 0) {
            run_file(argv[1], argv[2], e->d_name);
            files++;
        }
    }
    if (d)
        closedir(d);
    CHECK(files > 0);
    char command[300];
    snprintf(command, sizeof command, "rm -rf '%s'", records);
    if (system(command) != 0)
        fprintf(stderr, "could not remove %s\n", records);
    return check_report("scenario paths");
}
