/* json_group.c — the group summary as JSON for other tools, under the same privacy rule
 * as the pages: role groups too small to show are not in it either. */
#include <stdlib.h>

#include <cjson/cJSON.h>

#include "report/group.h"

static cJSON *splits_json(const cw_report_split *splits, int n, int n_counts, int with_median)
{
    cJSON *list = cJSON_CreateArray();
    for (int s = 0; list && s < n; s++) {
        const cw_report_split *sp = &splits[s];
        cJSON *item = cJSON_CreateObject();
        if (sp->role)
            cJSON_AddStringToObject(item, "role", sp->role);
        else
            cJSON_AddNullToObject(item, "role");
        cJSON_AddStringToObject(item, "label", sp->label);
        cJSON_AddNumberToObject(item, "answered", sp->answered);
        if (n_counts > 0)
            cJSON_AddItemToObject(item, "counts", cJSON_CreateIntArray(sp->counts, n_counts));
        if (n_counts > 0 && sp->offered)
            cJSON_AddItemToObject(item, "offered", cJSON_CreateIntArray(sp->offered, n_counts));
        if (with_median && sp->median_ms >= 0)
            cJSON_AddNumberToObject(item, "median_ms", (double)(long long)(sp->median_ms + 0.5));
        cJSON_AddItemToArray(list, item);
    }
    return list;
}

static cJSON *decision_json(const cw_report_group_decision *d)
{
    cJSON *item = cJSON_CreateObject();
    cJSON_AddStringToObject(item, "scene", d->scene);
    cJSON_AddStringToObject(item, "phase", d->phase);
    cJSON_AddStringToObject(item, "title", d->title);
    cJSON_AddStringToObject(item, "kind", d->is_draft ? "draft" : "choice");
    cJSON_AddNumberToObject(item, "answered", d->answered);
    if (d->median_ms >= 0)
        cJSON_AddNumberToObject(item, "median_ms", (double)(long long)(d->median_ms + 0.5));
    if (d->discussion)
        cJSON_AddStringToObject(item, "discussion", d->discussion);
    else if (d->prompt)
        cJSON_AddStringToObject(item, "suggested_prompt", d->prompt);
    if (d->divergence >= 0) {
        cJSON_AddNumberToObject(item, "divergence", (double)(long long)(d->divergence * 1000 + 0.5) / 1000);
        cJSON_AddStringToObject(item, "divergence_of", d->divergence_by_rating ? "ratings" : "choices");
    }
    cJSON *choices = cJSON_AddArrayToObject(item, "choices");
    for (int c = 0; choices && c < d->n_choices; c++) {
        cJSON *ch = cJSON_CreateObject();
        cJSON_AddStringToObject(ch, "id", d->choices[c].id);
        cJSON_AddStringToObject(ch, "text", d->choices[c].text);
        cJSON_AddBoolToObject(ch, "recommended", d->choices[c].recommended);
        cJSON_AddNumberToObject(ch, "count", d->choices[c].count);
        if (d->choices[c].room_votes)
            cJSON_AddNumberToObject(ch, "room_votes", d->choices[c].room_votes);
        cJSON_AddItemToArray(choices, ch);
    }
    cJSON_AddItemToObject(item, "by_role", splits_json(d->splits, d->n_splits, d->n_choices, 1));
    if (d->not_split_why)
        cJSON_AddStringToObject(item, "not_split", d->not_split_why);
    if (d->is_draft) {
        cJSON *flags = cJSON_AddArrayToObject(item, "flags");
        for (int f = 0; flags && f < d->n_flags; f++) {
            cJSON *fl = cJSON_CreateObject();
            cJSON_AddStringToObject(fl, "phrase", d->flags[f]);
            cJSON_AddNumberToObject(fl, "count", d->flag_counts[f]);
            cJSON_AddItemToArray(flags, fl);
        }
        cJSON *missing = cJSON_AddArrayToObject(item, "missing");
        for (int m = 0; missing && m < d->n_missing; m++) {
            cJSON *mi = cJSON_CreateObject();
            cJSON_AddStringToObject(mi, "element", d->missing[m]);
            cJSON_AddNumberToObject(mi, "count", d->missing_counts[m]);
            cJSON_AddItemToArray(missing, mi);
        }
    }
    return item;
}

static cJSON *summary_json(const cw_report_group_view *v)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *scenario = cJSON_AddObjectToObject(root, "scenario");
    cJSON_AddStringToObject(scenario, "id", v->scenario_id);
    cJSON_AddStringToObject(scenario, "version", v->scenario_version);
    cJSON_AddStringToObject(scenario, "title", v->scenario_title);
    cJSON_AddStringToObject(scenario, "sha256", v->scenario_sha256);
    if (v->scenario_note)
        cJSON_AddStringToObject(root, "note", v->scenario_note);
    cJSON_AddNumberToObject(root, "min_group", v->min_group);
    cJSON *records = cJSON_AddObjectToObject(root, "records");
    cJSON_AddNumberToObject(records, "read", (double)v->files);
    cJSON_AddNumberToObject(records, "used", (double)v->included);
    cJSON_AddNumberToObject(records, "finished", (double)v->finished);
    cJSON_AddNumberToObject(records, "workshops", (double)v->workshops);
    cJSON_AddNumberToObject(records, "workshop_votes", (double)v->votes);
    cJSON_AddNumberToObject(records, "trainees", (double)v->trainees);
    cJSON_AddNumberToObject(records, "trainee_sessions", (double)v->trainee_sessions);
    cJSON_AddNumberToObject(records, "room_participants", (double)v->room_participants);
    cJSON_AddNumberToObject(records, "participant_rooms", (double)v->participant_rooms);
    cJSON_AddNumberToObject(records, "used_in_part", (double)v->partly_used);
    cJSON_AddNumberToObject(records, "set_aside", (double)(v->set_aside_total - v->partly_used));
    cJSON_AddNumberToObject(records, "duplicates", (double)v->duplicates_total);
    if (v->workshop) { /* --workshop: one room's participants, split by discipline */
        cJSON_AddStringToObject(root, "workshop", v->workshop);
        cJSON_AddNumberToObject(records, "other_workshops", (double)v->other_workshops);
    }
    cJSON_AddItemToObject(root, "sessions_by_role", splits_json(v->sessions, v->n_sessions_split, 0, 0));
    if (v->compared[0]) {
        cJSON *compared = cJSON_AddArrayToObject(root, "compared_roles");
        cJSON_AddItemToArray(compared, cJSON_CreateString(v->compared[0]));
        cJSON_AddItemToArray(compared, cJSON_CreateString(v->compared[1]));
    }
    cJSON *decisions = cJSON_AddArrayToObject(root, "decisions");
    for (int i = 0; decisions && i < v->n_decisions; i++)
        cJSON_AddItemToArray(decisions, decision_json(&v->decisions[i]));
    cJSON *ranking = cJSON_AddArrayToObject(root, "divergence_ranking");
    for (int i = 0; ranking && i < v->n_ranking; i++)
        cJSON_AddItemToArray(ranking, cJSON_CreateString(v->decisions[v->ranking[i]].scene));
    cJSON *endings = cJSON_AddArrayToObject(root, "endings");
    for (int e = 0; endings && e < v->n_endings; e++) {
        cJSON *en = cJSON_CreateObject();
        cJSON_AddStringToObject(en, "id", v->endings[e].id);
        cJSON_AddStringToObject(en, "title", v->endings[e].title);
        cJSON_AddStringToObject(en, "classification", v->endings[e].classification);
        cJSON_AddNumberToObject(en, "count", v->endings[e].count);
        cJSON_AddItemToObject(en, "by_role", splits_json(v->endings[e].splits, v->endings[e].n_splits, 1, 0));
        cJSON_AddItemToArray(endings, en);
    }
    cJSON *paths = cJSON_AddArrayToObject(root, "paths");
    for (int i = 0; paths && i < v->n_links; i++) {
        cJSON *link = cJSON_CreateObject();
        cJSON_AddStringToObject(link, "from", v->nodes[v->links[i].from].id);
        cJSON_AddStringToObject(link, "to", v->nodes[v->links[i].to].id);
        cJSON_AddStringToObject(link, "from_title", v->nodes[v->links[i].from].title);
        cJSON_AddStringToObject(link, "to_title", v->nodes[v->links[i].to].title);
        cJSON_AddNumberToObject(link, "count", v->links[i].count);
        cJSON_AddItemToArray(paths, link);
    }
    cJSON *aside = cJSON_AddArrayToObject(root, "set_aside");
    for (int i = 0; aside && i < v->n_set_aside; i++) {
        cJSON *a = cJSON_CreateObject();
        cJSON_AddStringToObject(a, "file", v->set_aside[i].path);
        if (v->set_aside[i].line)
            cJSON_AddNumberToObject(a, "line", v->set_aside[i].line);
        cJSON_AddStringToObject(a, "reason", v->set_aside[i].reason);
        cJSON_AddBoolToObject(a, "partly_used", v->set_aside[i].partly_used);
        cJSON_AddItemToArray(aside, a);
    }
    cJSON *copies = cJSON_AddArrayToObject(root, "duplicates");
    for (int i = 0; copies && i < v->n_duplicates; i++) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "file", v->duplicates[i].path);
        if (v->duplicates[i].kept)
            cJSON_AddStringToObject(d, "counted_from", v->duplicates[i].kept);
        else
            cJSON_AddNullToObject(d, "counted_from");
        cJSON_AddStringToObject(d, "session", v->duplicates[i].session_id);
        cJSON_AddStringToObject(d, "kind", v->duplicates[i].other_try ? "other try" : "copy");
        cJSON_AddItemToArray(copies, d);
    }
    return root;
}

int cw_report_group_write_json(const cw_report_group *g, FILE *out)
{
    cJSON *root = summary_json(&g->view);
    char *text = root ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    if (!text)
        return -1;
    cw_json_put(out, text);
    fputc('\n', out);
    free(text);
    return ferror(out) ? -1 : 0;
}
