/* cmd_check.c — `casewalk check SCENARIO...`: validate and explore; FILE:LINE: message per finding,
 * then the guessability audit (warnings, and its table when it warns or is asked for), and with
 * --library the practice-rating consistency of acts across the scenarios. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <errno.h>

#include "args.h"
#include "casewalk_report.h"
#include "check_random.h"
#include "commands.h"
#include "play_options.h"
#include "show.h"

typedef struct check_options {
    int stats, strict, json, library, table;
    long random; /* playthroughs per role for --random; 0: the full check */
    unsigned long long seed;
} check_options;

/* What one scenario's check found, kept for --json. */
typedef struct collected {
    cJSON *list; /* NULL: print each message instead */
    int count;
} collected;

static void on_message(void *ud, const char *message)
{
    collected *c = ud;
    c->count++;
    if (c->list)
        cJSON_AddItemToArray(c->list, cJSON_CreateString(message));
    else
        printf("%s\n", show_line(message).text);
}

static void print_help(void)
{
    printf("Usage: casewalk check [--stats] [--audit] [--strict] [--json] [--library] [SCENARIO...]\n"
           "       casewalk check --random N [--seed S] [--json] SCENARIO...\n\n"
           "Loads each scenario (an installed id or a .lua file) in the sandbox, validates it and\n"
           "explores every path for every role: missing targets, undeclared variables, unreachable\n"
           "scenes, dead ends, choices without rating, feedback, rationale or tags.\n"
           "Prints one 'FILE:LINE: message' line per finding. Exit 0 when clean, 1 otherwise.\n\n"
           "Then it audits whether the recommended choices can be guessed from their form: naive\n"
           "strategies (longest, shortest, first or last written, most words shared with the scene,\n"
           "avoiding absolute words, a word model of the other installed scenarios) play the case\n"
           "for each role. It warns when one picks recommended choices more than 15 points above\n"
           "chance or reaches a positive ending, and lists words found only in recommended choices.\n"
           "Warnings print as 'FILE: audit: ...' with a table of the strategies; they do not change\n"
           "the exit status unless --strict.\n\n"
           "  --stats    also print, per role, the states explored, the endings reachable and the\n"
           "             fewest and most decisions on the way to an ending\n"
           "  --audit    print the audit's table even when it does not warn\n"
           "  --strict   exit 1 when the audit (or --library) warns\n"
           "  --json     print everything as one JSON document instead\n"
           "  --library  check the scenarios given (none: every installed one) as one library, and\n"
           "             list choices sharing an act and a tag that are rated differently\n"
           "  --random N play N random playthroughs per role instead (seeded, unrecorded), and\n"
           "             print how often each scene, ending and choice was reached, those never\n"
           "             reached, and decisions per second; exit 1 if a playthrough fails\n"
           "  --seed S   the seed of --random (default 1): the same seed gives the same counts\n"
           "  --limit NAME=VALUE  raise a budget for a large scenario (docs/scenario-format.md)\n");
}

/* ---- the audit's table -------------------------------------------------------------------------- */

static void print_play(const cw_audit_play *p)
{
    char hits[32] = "-", chance[32] = "-", ending[sizeof(shown_line) + 400];
    if (p->decisions > 0) {
        snprintf(hits, sizeof hits, "%3.0f%%", 100 * p->hits / p->decisions);
        snprintf(chance, sizeof chance, "%3.0f%%", 100 * p->chance / p->decisions);
    }
    if (!p->played || !p->ending[0])
        snprintf(ending, sizeof ending, "%s", show_line(p->note).text);
    else
        snprintf(ending, sizeof ending, "%s (%s)", p->ending, p->classification);
    printf("    %-36s %6s %7s %10d   %s%s\n", p->label, hits, chance, p->decisions, ending,
           p->beats_chance || p->positive ? "   <- warning" : "");
}

static void print_audit_table(const cw_audit *a)
{
    printf("%s: guessability audit (on each strategy's own path; word model learned from %d other scenario%s)\n",
           show_line(a->path).text, a->library, a->library == 1 ? "" : "s");
    for (int r = 0; r < a->n_roles; r++) {
        printf("  role %-32s %6s %7s %10s   %s\n", a->roles[r].role, "picks", "chance", "decisions", "ending");
        for (int k = 0; k < CW_AUDIT_STRATEGIES; k++)
            print_play(&a->roles[r].plays[k]);
    }
    if (a->n_phrases == 0)
        return;
    printf("  only in recommended choices:");
    for (int i = 0; i < a->n_phrases; i++)
        printf("%s \"%s\" (%d)", i ? "," : "", show_line(a->phrases[i].text).text, a->phrases[i].choices);
    printf("\n");
}

/* ---- JSON ---------------------------------------------------------------------------------------- */

static cJSON *audit_json(const cw_audit *a, cJSON *warnings)
{
    cJSON *obj = cJSON_CreateObject(), *roles = cJSON_AddArrayToObject(obj, "roles");
    cJSON_AddNumberToObject(obj, "library", a->library);
    cJSON_AddNumberToObject(obj, "margin", CW_AUDIT_MARGIN);
    for (int r = 0; r < a->n_roles; r++) {
        cJSON *role = cJSON_CreateObject(), *plays = NULL;
        cJSON_AddStringToObject(role, "role", a->roles[r].role);
        plays = cJSON_AddArrayToObject(role, "strategies");
        for (int k = 0; k < CW_AUDIT_STRATEGIES; k++) {
            const cw_audit_play *p = &a->roles[r].plays[k];
            cJSON *s = cJSON_CreateObject();
            cJSON_AddStringToObject(s, "strategy", p->strategy);
            cJSON_AddStringToObject(s, "label", p->label);
            cJSON_AddBoolToObject(s, "played", p->played);
            cJSON_AddNumberToObject(s, "decisions", p->decisions);
            cJSON_AddNumberToObject(s, "recommended_picked", p->hits);
            cJSON_AddNumberToObject(s, "rate", p->decisions ? p->hits / p->decisions : 0);
            cJSON_AddNumberToObject(s, "chance", p->decisions ? p->chance / p->decisions : 0);
            cJSON_AddStringToObject(s, "ending", p->ending);
            cJSON_AddStringToObject(s, "classification", p->classification);
            cJSON_AddStringToObject(s, "note", p->note);
            cJSON_AddBoolToObject(s, "beats_chance", p->beats_chance);
            cJSON_AddBoolToObject(s, "reaches_positive", p->positive);
            cJSON_AddItemToArray(plays, s);
        }
        cJSON_AddItemToArray(roles, role);
    }
    cJSON *phrases = cJSON_AddArrayToObject(obj, "only_in_recommended");
    for (int i = 0; i < a->n_phrases; i++) {
        cJSON *ph = cJSON_CreateObject();
        cJSON_AddStringToObject(ph, "text", a->phrases[i].text);
        cJSON_AddNumberToObject(ph, "choices", a->phrases[i].choices);
        cJSON_AddItemToArray(phrases, ph);
    }
    cJSON_AddItemToObject(obj, "warnings", warnings);
    return obj;
}

static void print_json(cJSON *doc)
{
    char *text = cJSON_Print(doc);
    if (text) {
        cw_json_put(stdout, text);
        putchar('\n');
    }
    free(text);
}

/* ---- one scenario ----------------------------------------------------------------------------------- */

/* Checks and audits one file; returns its findings and adds its audit warnings to *warnings. */
static int check_one(const char *path, const check_options *o, cJSON *scenarios, int *warnings)
{
    cJSON *entry = o->json ? cJSON_CreateObject() : NULL;
    collected findings = {entry ? cJSON_AddArrayToObject(entry, "findings") : NULL, 0};
    if (entry) {
        cJSON_AddStringToObject(entry, "file", path);
        cJSON_AddItemToArray(scenarios, entry);
    }
    cw_check_stats st;
    cw_scenario_check(path, on_message, &findings, &st);
    for (int r = 0; o->stats && !o->json && r < st.n_roles; r++)
        printf("%s: role %s: %d states, %d endings reachable, %d to %d decisions to an ending\n",
               show_line(path).text,
               st.roles[r].role, st.roles[r].states, st.roles[r].endings, st.roles[r].fewest_decisions,
               st.roles[r].most_decisions);
    if (findings.count > 0)
        return findings.count; /* the audit plays the case: only a clean one */
    cw_error err = {CW_OK, ""};
    cw_audit *a = cw_scenario_audit(path, &err);
    if (!a) {
        on_message(&findings, err.message);
        return findings.count;
    }
    /* decisions the summary has no prompt for: warned, not counted by --strict */
    collected prompts = {entry ? cJSON_AddArrayToObject(entry, "missing_prompts") : NULL, 0};
    cw_scenario *sc = cw_scenario_load(path, &err);
    if (sc)
        cw_scenario_prompt_warnings(sc, on_message, &prompts);
    cw_scenario_free(sc);
    collected warned = {o->json ? cJSON_CreateArray() : NULL, 0};
    cw_audit_report(a, on_message, &warned);
    *warnings += warned.count;
    if (entry)
        cJSON_AddItemToObject(entry, "audit", audit_json(a, warned.list));
    else if (warned.count > 0 || o->table)
        print_audit_table(a);
    cw_audit_free(a);
    return findings.count;
}

/* Every installed scenario's file, for --library without files. */
static int installed_paths(char ***out)
{
    cw_catalog cat;
    cw_catalog_load(&cat);
    char **paths = calloc((size_t)cat.count + 1, sizeof *paths);
    int n = 0;
    for (int i = 0; paths && i < cat.count; i++)
        if ((paths[n] = strdup(cat.entries[i].path)))
            n++;
    cw_catalog_free(&cat);
    *out = paths;
    return n;
}

static int check_operands(const check_options *options, const char **operands, int files, int seeded);

int cmd_check(int argc, char **argv)
{
    check_options o = {0};
    o.seed = 1;
    int seeded = 0;
    const char *random_text = NULL, *seed_text = NULL;
    const option_spec specs[] = {{"stats", NULL, &o.stats},   {"audit", NULL, &o.table},
                                 {"strict", NULL, &o.strict}, {"json", NULL, &o.json},
                                 {"library", NULL, &o.library}, {"random", &random_text, NULL},
                                 {"seed", &seed_text, NULL},  {NULL, NULL, NULL}};
    const char **operands;
    int files, status = parse_options("check", argc, argv, specs, print_help, &operands, &files);
    if (status != OPTIONS_GO)
        return status;
    for (int k = 0; k < 2; k++) {
        const char *text = k == 0 ? random_text : seed_text;
        if (!text)
            continue;
        char *end = NULL;
        errno = 0;
        unsigned long long n = text[0] >= '0' && text[0] <= '9' ? strtoull(text, &end, 10) : 0;
        int random = k == 0;
        if (!end || *end || errno || (random && (n < 1 || n > 100000000))) {
            free(operands);
            return usage_error("check", random ? "--random needs a number of playthroughs from 1 to "
                                                 "100000000, not '%s'" : "--seed needs a whole number "
                                                 "from 0 to 2^64-1, not '%s'", text);
        }
        if (random)
            o.random = (long)n;
        else
            o.seed = n, seeded = 1;
    }
    status = check_operands(&o, operands, files, seeded);
    free(operands);
    return status;
}

/* Checks the scenarios named (or the installed ones) the way the options say. */
static int check_operands(const check_options *options, const char **operands, int files, int seeded)
{
    check_options o = *options;
    if (seeded && !o.random)
        return usage_error("check", "--seed goes with --random");
    if (o.random && (o.library || o.stats || o.table || o.strict || files == 0))
        return usage_error("check", "--random takes the scenarios to play, with --seed and --json only");
    if (files == 0 && !o.library)
        return usage_error("check", "name at least one scenario (or --library for every installed one)");
    char **paths = NULL;
    int n_paths = 0, findings = 0, warnings = 0;
    cJSON *doc = o.json ? cJSON_CreateObject() : NULL;
    cJSON *scenarios = doc ? cJSON_AddArrayToObject(doc, "scenarios") : NULL;
    collected missing = {scenarios ? cJSON_AddArrayToObject(doc, "errors") : NULL, 0};
    if (files == 0) {
        n_paths = installed_paths(&paths);
    } else {
        paths = calloc((size_t)files + 1, sizeof *paths);
        for (int i = 0; paths && i < files; i++) {
            cw_error err = {CW_OK, ""};
            if (!(paths[n_paths] = cw_scenario_find(operands[i], &err))) {
                on_message(&missing, err.message);
                continue;
            }
            n_paths++;
        }
    }
    findings += missing.count;
    for (int i = 0; i < n_paths; i++)
        findings += o.random ? check_random_one(paths[i], o.random, o.seed, scenarios)
                             : check_one(paths[i], &o, scenarios, &warnings);
    if (o.library) {
        collected acts = {doc ? cJSON_AddArrayToObject(doc, "library") : NULL, 0};
        cw_library_check_acts((const char *const *)paths, n_paths, on_message, &acts);
        warnings += acts.count;
    }
    if (doc) {
        print_json(doc);
        cJSON_Delete(doc);
    }
    for (int i = 0; paths && i < n_paths; i++)
        free(paths[i]);
    free(paths);
    return findings || (o.strict && warnings) ? EXIT_INPUT : EXIT_ENDING;
}
