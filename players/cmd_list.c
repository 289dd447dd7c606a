/* cmd_list.c — `casewalk list [--json]`: the installed scenarios. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "casewalk_report.h"
#include "commands.h"
#include "play_options.h"
#include "show.h"

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
        cJSON_AddStringToObject(item, "path", info->path);
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

int cmd_list(int argc, char **argv)
{
    int json = 0;
    for (int i = 0; i < argc; i++) {
        if (is_help(argv[i])) {
            printf("Usage: casewalk list [--json]\n\n"
                   "Lists the installed scenarios: id, length, roles and title. --json prints an array of\n"
                   "objects with id, title, version, summary, roles, minutes and path.\n"
                   "Scenarios are read from $CASEWALK_SCENARIOS (folders separated by ':') when set,\n"
                   "else from casewalk's own scenarios folder.\n");
            return EXIT_ENDING;
        }
        if (strcmp(argv[i], "--json") == 0)
            json = 1;
        else
            return usage_error("list", "unknown option '%s'", argv[i]);
    }
    cw_catalog cat;
    cw_catalog_load(&cat);
    int status = EXIT_ENDING;
    for (int i = 0; i < cat.count; i++)
        if (!cat.entries[i].scenario) {
            show_error("casewalk list: skipped", cat.entries[i].error.message);
            status = EXIT_INPUT;
        }
    if (json) {
        int rc = print_json(&cat);
        cw_catalog_free(&cat);
        return rc != EXIT_ENDING ? rc : status;
    }
    if (cat.count == 0)
        printf("No scenarios are installed.\n");
    for (int i = 0; i < cat.count; i++) {
        const cw_scenario *sc = cat.entries[i].scenario;
        if (!sc)
            continue;
        const cw_scenario_info *info = cw_scenario_info_get(sc);
        char roles[256] = "";
        for (int r = 0; r < info->n_roles; r++) {
            strncat(roles, r ? "," : "", sizeof roles - strlen(roles) - 1);
            strncat(roles, info->roles[r].id, sizeof roles - strlen(roles) - 1);
        }
        printf("%-24s %3d min  %-16s %s\n", show_line(info->id).text, info->minutes, show_line(roles).text,
               show_line(info->title).text);
    }
    cw_catalog_free(&cat);
    return status;
}
