/* json_guide.c — a case's facilitator guide as JSON for other tools (the same model as the
 * text and HTML guides). */
#include <stdlib.h>

#include <cjson/cJSON.h>

#include "report/guide.h"

static cJSON *plan_json(const guide_plan *p)
{
    cJSON *plan = cJSON_CreateObject(), *slots = cJSON_AddArrayToObject(plan, "slots");
    cJSON_AddNumberToObject(plan, "minutes", p->total);
    for (int i = 0; slots && i < p->n_slots; i++) {
        cJSON *s = cJSON_CreateObject();
        cJSON_AddStringToObject(s, "what", p->slots[i].what);
        cJSON_AddNumberToObject(s, "minutes", p->slots[i].minutes);
        if (p->slots[i].decision)
            cJSON_AddNumberToObject(s, "decision", p->slots[i].decision);
        cJSON_AddItemToArray(slots, s);
    }
    return plan;
}

static cJSON *strings_json(const char *const *items, int n)
{
    cJSON *list = cJSON_CreateArray();
    for (int i = 0; list && i < n; i++)
        cJSON_AddItemToArray(list, cJSON_CreateString(items[i]));
    return list;
}

static void add_maybe(cJSON *o, const char *name, const char *value)
{
    if (value)
        cJSON_AddStringToObject(o, name, value);
    else
        cJSON_AddNullToObject(o, name);
}

static cJSON *guide_json(const cw_report_guide *g)
{
    const cw_scenario_info *info = g->info;
    cJSON *root = cJSON_CreateObject();
    if (!root)
        return NULL;
    cJSON_AddStringToObject(root, "id", info->id);
    cJSON_AddStringToObject(root, "title", info->title);
    cJSON_AddStringToObject(root, "version", info->version);
    cJSON_AddStringToObject(root, "summary", info->summary);
    cJSON_AddNumberToObject(root, "minutes_alone", info->minutes);
    cJSON_AddNumberToObject(root, "decisions", g->decisions);
    cJSON_AddItemToObject(root, "objectives", strings_json(info->objectives, info->n_objectives));
    cJSON_AddItemToObject(root, "content_notes", strings_json(info->content_notes, info->n_content_notes));
    cJSON *roles = cJSON_AddArrayToObject(root, "roles");
    for (int i = 0; roles && i < info->n_roles; i++) {
        cJSON *r = cJSON_CreateObject();
        cJSON_AddStringToObject(r, "id", info->roles[i].id);
        cJSON_AddStringToObject(r, "name", info->roles[i].name);
        cJSON_AddStringToObject(r, "brief", info->roles[i].brief);
        cJSON_AddItemToArray(roles, r);
    }
    cJSON *plans = cJSON_AddArrayToObject(root, "plans");
    cJSON_AddItemToArray(plans, plan_json(&g->short_plan));
    cJSON_AddItemToArray(plans, plan_json(&g->long_plan));
    cJSON *prompts = cJSON_AddArrayToObject(root, "prompts");
    for (int i = 0; prompts && i < g->n_prompts; i++) {
        cJSON *p = cJSON_CreateObject();
        add_maybe(p, "phase", g->prompts[i].phase);
        cJSON_AddStringToObject(p, "scene", g->prompts[i].scene);
        cJSON_AddStringToObject(p, "prompt", g->prompts[i].prompt);
        cJSON_AddItemToArray(prompts, p);
    }
    cJSON *diffs = cJSON_AddArrayToObject(root, "differences");
    for (int i = 0; diffs && i < g->n_differences; i++) {
        cJSON *d = cJSON_CreateObject();
        add_maybe(d, "scene", g->differences[i].scene);
        add_maybe(d, "phase", g->differences[i].phase);
        cJSON_AddStringToObject(d, "what", g->differences[i].what);
        cJSON_AddItemToArray(diffs, d);
    }
    cJSON *secrets = cJSON_AddArrayToObject(root, "confidential");
    for (int i = 0; secrets && i < g->n_secrets; i++) {
        cJSON *s = cJSON_CreateObject();
        cJSON_AddStringToObject(s, "id", g->secrets[i].id);
        cJSON_AddStringToObject(s, "holder", g->secrets[i].holder);
        add_maybe(s, "released_when", g->secrets[i].released_when);
        cJSON_AddStringToObject(s, "scenes", g->secrets[i].scenes);
        cJSON_AddStringToObject(s, "text", g->secrets[i].text);
        cJSON_AddItemToArray(secrets, s);
    }
    cJSON *points = cJSON_AddArrayToObject(root, "practice_points");
    for (int i = 0; points && i < g->n_points; i++) {
        int n = g->points[i].number;
        cJSON *p = cJSON_CreateObject();
        cJSON_AddNumberToObject(p, "number", n);
        cJSON_AddStringToObject(p, "title", practice_point_title(n));
        cJSON_AddStringToObject(p, "text", practice_point(n));
        cJSON_AddStringToObject(p, "source", practice_point_source(n));
        cJSON_AddNumberToObject(p, "cited_by", g->points[i].choices);
        cJSON_AddItemToArray(points, p);
    }
    cJSON_AddStringToObject(root, "reflection", guide_reflection_prompt);
    return root;
}

int cw_report_guide_write_json(const cw_report_guide *g, FILE *out)
{
    cJSON *root = guide_json(g);
    char *text = root ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    if (!text)
        return -1;
    cw_json_put(out, text);
    fputc('\n', out);
    free(text);
    return ferror(out) ? -1 : 0;
}
