/* cmd_list.c — `casewalk list [--json | --ids]`: the scenarios casewalk finds, and where each
 * comes from; a file whose id an earlier folder already has is reported, never silently used. */
#include <cjson/cJSON.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "casewalk_report.h"
#include "commands.h"
#include "play_options.h"
#include "show.h"

/* The entry a shadowed file lost to: the used one with the same id. */
static const cw_catalog_entry *used_entry(const cw_catalog *cat, const cw_scenario *shadowed)
{
    const char *id = cw_scenario_info_get(shadowed)->id;
    for (int i = 0; i < cat->count; i++)
        if (cat->entries[i].scenario && strcmp(cw_scenario_info_get(cat->entries[i].scenario)->id, id) == 0)
            return &cat->entries[i];
    return NULL;
}

static int print_json(const cw_catalog *cat)
{
    cJSON *array = cJSON_CreateArray();
    for (int i = 0; array && i < cat->count; i++) {
        const cw_scenario *sc = cat->entries[i].scenario;
        if (!sc)
            continue;
        const cw_scenario_info *info = cw_scenario_info_get(sc);
        cJSON *item = cJSON_CreateObject();
        cJSON *roles = cJSON_CreateArray();
        for (int r = 0; roles && r < info->n_roles; r++)
            cJSON_AddItemToArray(roles, cJSON_CreateString(info->roles[r].id));
        cJSON_AddStringToObject(item, "id", info->id);
        cJSON_AddStringToObject(item, "title", info->title);
        cJSON_AddStringToObject(item, "version", info->version);
        cJSON_AddStringToObject(item, "summary", info->summary);
        cJSON_AddItemToObject(item, "roles", roles);
        cJSON_AddNumberToObject(item, "minutes", info->minutes);
        cJSON_AddStringToObject(item, "license", info->license);
        cJSON_AddStringToObject(item, "path", info->path);
        cJSON_AddStringToObject(item, "from", cw_origin_name(cat->entries[i].origin));
        cJSON *shadowed = cJSON_CreateArray();
        for (int k = 0; shadowed && k < cat->n_shadowed; k++)
            if (used_entry(cat, cat->shadowed[k].scenario) == &cat->entries[i])
                cJSON_AddItemToArray(shadowed, cJSON_CreateString(cat->shadowed[k].path));
        cJSON_AddItemToObject(item, "shadowed", shadowed);
        cJSON_AddItemToArray(array, item);
    }
    char *text = array ? cJSON_Print(array) : NULL;
    cJSON_Delete(array);
    if (!text) {
        fprintf(stderr, "casewalk list: out of memory\n");
        return EXIT_INPUT;
    }
    cw_json_put(stdout, text);
    putchar('\n');
    free(text);
    return EXIT_ENDING;
}

static void folder_of(const char *path, char *folder, size_t size)
{
    snprintf(folder, size, "%s", path);
    char *slash = strrchr(folder, '/');
    if (slash)
        *slash = '\0';
}

static void print_table(const cw_catalog *cat)
{
    if (cat->count == 0)
        printf("No scenarios are installed.\n");
    for (int i = 0; i < cat->count; i++) {
        const cw_scenario *sc = cat->entries[i].scenario;
        if (!sc)
            continue;
        const cw_scenario_info *info = cw_scenario_info_get(sc);
        char roles[256] = "";
        for (int r = 0; r < info->n_roles; r++) {
            strncat(roles, r ? "," : "", sizeof roles - strlen(roles) - 1);
            strncat(roles, info->roles[r].id, sizeof roles - strlen(roles) - 1);
        }
        printf("%-24s %3d min  %-16s %-10s %s\n", show_line(info->id).text, info->minutes,
               show_line(roles).text, cw_origin_name(cat->entries[i].origin), show_line(info->title).text);
    }
    /* Each folder that gave a scenario, once, in the order they were searched. */
    char shown[16][PATH_MAX];
    int n_shown = 0;
    for (int i = 0; i < cat->count && n_shown < 16; i++) {
        char folder[PATH_MAX];
        folder_of(cat->entries[i].path, folder, sizeof folder);
        int seen = 0;
        for (int k = 0; k < n_shown; k++)
            seen |= strcmp(shown[k], folder) == 0;
        if (seen)
            continue;
        snprintf(shown[n_shown++], PATH_MAX, "%s", folder);
    }
    if (n_shown)
        printf("\n");
    for (int k = 0; k < n_shown; k++)
        for (int i = 0; i < cat->count; i++) {
            char folder[PATH_MAX];
            folder_of(cat->entries[i].path, folder, sizeof folder);
            if (strcmp(folder, shown[k]) == 0) {
                printf("%-10s %s\n", cw_origin_name(cat->entries[i].origin), show_line(folder).text);
                break;
            }
        }
}

static void print_help(void)
{
    printf("Usage: casewalk list [--json | --ids]\n\n"
           "Lists the scenarios casewalk finds: id, length, roles, where it comes from and title,\n"
           "then the folder behind each source.\n\n"
           "Options:\n"
           "  --json  an array of objects with id, title, version, summary, roles, minutes,\n"
           "          license, path, from and shadowed (files with the same id not used)\n"
           "  --ids   only the ids, one a line\n\n"
           "Folders, in order: casewalk's own (installed: share/casewalk/scenarios beside the\n"
           "program; build: the source tree, for the program in its build tree), then user:\n"
           "$XDG_DATA_HOME/casewalk/scenarios (default ~/.local/share/casewalk/scenarios), then\n"
           "system: casewalk/scenarios in each folder of $XDG_DATA_DIRS (default /usr/local/share\n"
           "and /usr/share). $CASEWALK_SCENARIOS (folders separated by ':') replaces them all.\n"
           "The first file with an id is used; a later file with the same id is reported here\n"
           "and not used: give an adapted scenario an id of its own.\n");
}

int cmd_list(int argc, char **argv)
{
    int json = 0, ids = 0;
    const option_spec specs[] = {{"json", NULL, &json}, {"ids", NULL, &ids}, {NULL, NULL, NULL}};
    const char **operands;
    int n_operands, status = parse_options("list", argc, argv, specs, print_help, &operands, &n_operands);
    if (status != OPTIONS_GO)
        return status;
    if (n_operands > 0) {
        status = usage_error("list", "'%s': list takes only --json or --ids", operands[0]);
        free(operands);
        return status;
    }
    free(operands);
    if (json && ids)
        return usage_error("list", "--json and --ids cannot be used together");
    cw_catalog cat;
    cw_catalog_load(&cat);
    status = EXIT_ENDING;
    for (int i = 0; i < cat.count; i++)
        if (!cat.entries[i].scenario) {
            show_error("casewalk list: skipped", cat.entries[i].error.message);
            status = EXIT_INPUT;
        }
    for (int k = 0; k < cat.n_shadowed; k++) {
        const cw_catalog_entry *s = &cat.shadowed[k], *used = used_entry(&cat, s->scenario);
        fprintf(stderr, "casewalk list: %s (%s) is not used: it has the id '%s' of %s (%s); give it an id of its own\n",
                show_line(s->path).text, cw_origin_name(s->origin), cw_scenario_info_get(s->scenario)->id,
                used ? show_line(used->path).text : "another file", used ? cw_origin_name(used->origin) : "?");
    }
    if (json)
        status = print_json(&cat) != EXIT_ENDING ? EXIT_INPUT : status;
    else if (ids)
        for (int i = 0; i < cat.count; i++) {
            if (cat.entries[i].scenario)
                printf("%s\n", show_line(cw_scenario_info_get(cat.entries[i].scenario)->id).text);
        }
    else
        print_table(&cat);
    cw_catalog_free(&cat);
    return status;
}
