/* group.c — the group summary's aggregator: finds the scenario most records share, then
 * folds each record into bounded totals or sets it aside with the reason (group.h says
 * why memory stays flat). */
#include <stdlib.h>
#include <string.h>

#include "record_read.h"
#include "report/group.h"
#include "report/text_out.h"
#include "report/read.h"

cw_report_group *cw_report_group_new(const cw_report_group_options *options)
{
    cw_report_group *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->min_group = options && options->min_group > 0 ? options->min_group : CW_REPORT_DEFAULT_MIN_GROUP;
    g->scenario_path = options ? options->scenario_path : NULL;
    g->workshop_prefix = options && options->workshop ? options->workshop : NULL;
    g->sessions_csv = options ? options->sessions_csv : NULL;
    if (g->sessions_csv)
        group_csv_sessions_head(g->sessions_csv);
    g->decisions = calloc(GROUP_MAX_DECISIONS, sizeof *g->decisions);
    g->links = calloc(GROUP_MAX_LINKS, sizeof *g->links);
    g->link_slots = calloc(GROUP_LINK_SLOTS, sizeof *g->link_slots);
    g->scratch = cw_report_session_new();
    g->copies = cw_report_copies_new();
    if (!g->decisions || !g->links || !g->link_slots || !g->scratch || !g->copies) {
        cw_report_group_free(g);
        return NULL;
    }
    cw_report_copies_by_person(g->copies); /* a summary counts people, once each per role */
    return g;
}

static void free_example(group_example *e)
{
    free(e->path);
    free(e->plan);
    memset(e, 0, sizeof *e);
}

void cw_report_group_free(cw_report_group *g)
{
    if (!g)
        return;
    for (int d = 0; g->decisions && d < g->n_decisions; d++)
        for (int r = 0; r < GROUP_MAX_ROLES; r++)
            free_example(&g->decisions[d].example[r]);
    for (int i = 0; i < g->n_set_aside; i++) {
        free(g->set_aside[i].path);
        free(g->set_aside[i].reason);
    }
    free(g->decisions);
    free(g->links);
    free(g->link_slots);
    cw_report_session_free(g->scratch);
    free(g->trainees);
    cw_report_copies_free(g->copies);
    cw_scenario_free(g->scenario);
    arena_free(&g->arena);
    free(g);
}

/* ---- first pass: which scenario -------------------------------------------------------------- */

typedef struct header_scan {
    cw_report_group *g;
    group_candidate found;
    int ok;
    char session_id[40];
    char trainee[CW_MAX_TYPED_BYTES + 1], role[129];
    int group;
} header_scan;

static void copy_field(char *dst, size_t size, const char *src)
{
    snprintf(dst, size, "%s", src ? src : "");
}

static int scan_header(void *ud, const cJSON *line, int line_no, cw_error *err)
{
    header_scan *h = ud;
    const cJSON *scenario = cJSON_GetObjectItemCaseSensitive(line, "scenario");
    const char *id = record_string(scenario, "id"), *version = record_string(scenario, "version");
    const char *sha = record_string(scenario, "sha256");
    const char *session_id = record_string(line, "session");
    if (line_no == 1 && session_id && strlen(session_id) < sizeof h->session_id)
        copy_field(h->session_id, sizeof h->session_id, session_id);
    if (line_no == 1) { /* who: a trainee's tries count once (read_copies.c) */
        copy_field(h->trainee, sizeof h->trainee, record_string(line, "trainee"));
        copy_field(h->role, sizeof h->role, record_string(line, "role"));
        h->group = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(line, "group")) ||
                   cJSON_GetObjectItemCaseSensitive(line, "workshop") != NULL; /* rooms: not by person */
    }
    if (line_no == 1 && !group_workshop_header(h->g, line))
        return 0; /* --workshop: a record of something else */
    /* the id may name a file to load: only a plain id will do */
    if (line_no == 1 && report_is_id(id) && version && sha && strlen(id) < sizeof h->found.id &&
        strlen(version) < sizeof h->found.version && strlen(sha) < sizeof h->found.sha256) {
        copy_field(h->found.id, sizeof h->found.id, id);
        copy_field(h->found.version, sizeof h->found.version, version);
        copy_field(h->found.sha256, sizeof h->found.sha256, sha);
        copy_field(h->found.title, sizeof h->found.title, record_string(scenario, "title"));
        h->ok = 1;
    }
    (void)err;
    return 0;
}

int group_scan(cw_report_group *g, const char *path)
{
    header_scan h;
    memset(&h, 0, sizeof h);
    h.g = g;
    cw_error err;
    record_read_header(path, scan_header, &h, &err);
    g->scanned++;
    int copies = cw_report_copies_note_person(g->copies, h.session_id, h.trainee, h.role, h.group);
    if (h.ok)
        group_count_candidate(g, &h.found);
    return copies;
}

void cw_report_group_scan(cw_report_group *g, const char *path)
{
    group_scan(g, path);
}

int group_note_session(cw_report_group *g, const cw_report_session *s)
{
    g->scanned++;
    int copies = cw_report_copies_note_person(g->copies, s->session_id, s->trainee, s->role,
                                              s->group || s->workshop);
    for (int i = 0; i < g->n_candidates; i++) { /* nearly always the one scenario met before */
        group_candidate *c = &g->candidates[i];
        if (strcmp(c->id, s->scenario_id) == 0 && strcmp(c->version, s->scenario_version) == 0 &&
            strcmp(c->sha256, s->scenario_sha256) == 0) {
            c->count++;
            return copies;
        }
    }
    /* as scan_header counts a header: the reader has checked the id and the version's length */
    group_candidate found;
    memset(&found, 0, sizeof found);
    if (strlen(s->scenario_id) < sizeof found.id && strlen(s->scenario_version) < sizeof found.version &&
        strlen(s->scenario_sha256) < sizeof found.sha256) {
        copy_field(found.id, sizeof found.id, s->scenario_id);
        copy_field(found.version, sizeof found.version, s->scenario_version);
        copy_field(found.sha256, sizeof found.sha256, s->scenario_sha256);
        copy_field(found.title, sizeof found.title, s->scenario_title);
        group_count_candidate(g, &found);
    }
    return copies;
}

void group_count_candidate(cw_report_group *g, const group_candidate *found)
{
    for (int i = 0; i < g->n_candidates; i++) {
        group_candidate *c = &g->candidates[i];
        if (strcmp(c->id, found->id) == 0 && strcmp(c->version, found->version) == 0 &&
            strcmp(c->sha256, found->sha256) == 0) {
            c->count++;
            return;
        }
    }
    if (g->n_candidates < GROUP_MAX_CANDIDATES) {
        g->candidates[g->n_candidates] = *found;
        g->candidates[g->n_candidates++].count = 1;
    }
}

/* The most common scenario, version and file; ties go to the first in id and version order. */
const group_candidate *group_most_common(const cw_report_group *g)
{
    const group_candidate *best = NULL;
    for (int i = 0; i < g->n_candidates; i++) {
        const group_candidate *c = &g->candidates[i];
        int order = best ? strcmp(c->id, best->id) : 0;
        if (!order && best)
            order = strcmp(c->version, best->version);
        if (!order && best)
            order = strcmp(c->sha256, best->sha256);
        if (!best || c->count > best->count || (c->count == best->count && order < 0))
            best = c;
    }
    return best;
}

static void add_role(cw_report_group *g, const char *id)
{
    char buf[64];
    g->roles[g->n_roles].id = arena_strdup(&g->arena, id);
    g->roles[g->n_roles].label = arena_strdup(&g->arena, role_short_label(id, buf, sizeof buf));
    g->n_roles++;
}

int cw_report_group_begin(cw_report_group *g, cw_error *err)
{
    cw_error local;
    if (group_workshop_settle(g, err) != 0)
        return -1;
    if (g->scenario_path) {
        char *path = cw_scenario_find(g->scenario_path, err);
        g->scenario = path ? cw_scenario_load(path, err) : NULL;
        free(path);
        if (!g->scenario)
            return -1;
        const cw_scenario_info *info = cw_scenario_info_get(g->scenario);
        g->scenario_id = arena_strdup(&g->arena, info->id);
        g->scenario_version = arena_strdup(&g->arena, info->version);
        g->scenario_sha256 = arena_strdup(&g->arena, info->sha256);
        g->scenario_title = arena_strdup(&g->arena, info->title);
    } else {
        const group_candidate *c = group_most_common(g);
        if (!c) {
            cw_error_set(err, CW_ERR_INPUT, NULL, 0, "no readable record among the %ld files given",
                         g->scanned);
            return -1;
        }
        g->scenario_id = arena_strdup(&g->arena, c->id);
        g->scenario_version = arena_strdup(&g->arena, c->version);
        g->scenario_sha256 = arena_strdup(&g->arena, c->sha256);
        g->scenario_title = arena_strdup(&g->arena, c->title);
        char *path = cw_scenario_find(c->id, &local);
        g->scenario = path ? cw_scenario_load(path, &local) : NULL;
        free(path);
        if (!g->scenario) {
            g->scenario_note = arena_printf(&g->arena, "The scenario \"%s\" is not at hand (%s): "
                                            "choices are shown by id, without discussion prompts.",
                                            c->id, local.message);
        } else if (strcmp(cw_scenario_info_get(g->scenario)->sha256, c->sha256) != 0) {
            g->scenario_note = arena_printf(&g->arena, "The installed scenario file (version %s) "
                                            "differs from the one these records were made with; "
                                            "texts and prompts come from the installed file.",
                                            cw_scenario_info_get(g->scenario)->version);
        }
    }
    if (g->scenario) {
        const cw_scenario_info *info = cw_scenario_info_get(g->scenario);
        for (int r = 0; r < info->n_roles && g->n_roles < GROUP_MAX_ROLES; r++)
            add_role(g, info->roles[r].id);
    }
    if (g->arena.failed) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    return 0;
}

const char *group_role_label(cw_report_group *g, const char *role_id)
{
    for (int r = 0; r < g->n_roles; r++)
        if (strcmp(g->roles[r].id, role_id) == 0)
            return g->roles[r].label;
    return role_id;
}

/* ---- second pass: one record ---------------------------------------------------------------- */

/* Lists a record set aside, keeping the CW_REPORT_SET_ASIDE_LISTED smallest paths. */
static void set_aside(cw_report_group *g, const char *path, int line, const char *reason, int partly)
{
    g->set_aside_total++;
    int slot = g->n_set_aside;
    if (slot == CW_REPORT_SET_ASIDE_LISTED) {
        slot = 0;
        for (int i = 1; i < g->n_set_aside; i++)
            if (strcmp(g->set_aside[i].path, g->set_aside[slot].path) > 0)
                slot = i;
        if (strcmp(path, g->set_aside[slot].path) >= 0)
            return;
        free(g->set_aside[slot].path);
        free(g->set_aside[slot].reason);
    } else {
        g->n_set_aside++;
    }
    group_set_aside *e = &g->set_aside[slot];
    e->path = strdup(path);
    e->reason = strdup(reason);
    e->line = line;
    e->partly_used = partly;
    if (!e->path || !e->reason) { /* keep the count; drop the listing rather than fail */
        free(e->path);
        free(e->reason);
        g->set_aside[slot] = g->set_aside[--g->n_set_aside];
    }
}

/* Sets the record aside; says why in err (kind CW_ERR_INPUT, "FILE:LINE: reason"). */
static int refuse(cw_report_group *g, const char *path, int line, const char *reason, cw_error *err)
{
    set_aside(g, path, line, reason, 0);
    cw_error_set(err, CW_ERR_INPUT, path, line, "%s", reason);
    return 0;
}

/* Splits "FILE:LINE: reason" (as the record reader writes it) into line and reason. */
static const char *reason_of(const char *message, const char *path, int *line)
{
    *line = 0;
    size_t n = strlen(path);
    if (strncmp(message, path, n) != 0 || message[n] != ':')
        return message;
    const char *p = message + n + 1;
    char *end;
    long v = strtol(p, &end, 10);
    if (end != p && *end == ':') {
        *line = (int)v;
        p = end + 1;
    }
    return *p == ' ' ? p + 1 : p;
}

int group_unreadable(cw_report_group *g, const char *path, cw_error *err)
{
    if (err->kind == CW_ERR_SYSTEM && strstr(err->message, "out of memory"))
        return -1;
    int line;
    const char *reason = reason_of(err->message, path, &line);
    set_aside(g, path, line, reason, 0);
    return 0;
}

int group_refuse(cw_report_group *g, const char *path, const char *reason, cw_error *err)
{
    return refuse(g, path, 0, reason, err);
}

static int role_index(const cw_report_group *g, const char *id)
{
    for (int r = 0; r < g->n_roles; r++)
        if (strcmp(g->roles[r].id, id) == 0)
            return r;
    return -1;
}

/* The lookups below run for every decision of every record: ids of a few bytes compared in
 * place, without a call to strcmp each. */
static int same_text(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

static int decision_index(const cw_report_group *g, const char *scene)
{
    for (int i = 0; i < g->n_decisions; i++)
        if (same_text(g->decisions[i].scene, scene))
            return i;
    return -1;
}

static int choice_index(const group_decision *gd, const char *id)
{
    for (int i = 0; i < gd->n_choices; i++)
        if (same_text(gd->choices[i].id, id))
            return i;
    return -1;
}

static int node_index(const cw_report_group *g, const char *id)
{
    for (int i = 0; i < g->n_nodes; i++)
        if (same_text(g->nodes[i].id, id))
            return i;
    return -1;
}

static int ending_index(const cw_report_group *g, const char *id)
{
    for (int i = 0; i < g->n_endings; i++)
        if (same_text(g->endings[i].id, id))
            return i;
    return -1;
}

/* Links are found by (from, to) in an open-addressing table of twice their cap (a path of ten
 * scenes looks up ten links per record, among hundreds). */
static unsigned link_slot(int from, int to)
{
    uint32_t h = ((uint32_t)from * 2654435761u) ^ ((uint32_t)to * 40503u);
    return (h ^ (h >> 15)) & (GROUP_LINK_SLOTS - 1);
}

static int link_index(const cw_report_group *g, int from, int to)
{
    for (unsigned k = link_slot(from, to); g->link_slots[k]; k = (k + 1) & (GROUP_LINK_SLOTS - 1)) {
        const group_link *l = &g->links[g->link_slots[k] - 1];
        if (l->from == from && l->to == to)
            return g->link_slots[k] - 1;
    }
    return -1;
}

/* A new link, at the end of the list (the order they were met) and in the table. */
static int add_link(cw_report_group *g, int from, int to)
{
    int i = g->n_links++;
    g->links[i].from = from;
    g->links[i].to = to;
    unsigned k = link_slot(from, to);
    while (g->link_slots[k])
        k = (k + 1) & (GROUP_LINK_SLOTS - 1);
    g->link_slots[k] = i + 1;
    return i;
}

/* The scene ids a session passes through: its decisions, then its ending. */
static const char *path_node(const cw_report_session *s, int i)
{
    return i < s->n_decisions ? s->decisions[i].scene : s->ending->scene;
}

static int path_length(const cw_report_session *s)
{
    return s->n_decisions + (s->ending ? 1 : 0);
}

/* Whether the totals have room for everything this record would add; the reason if not. */
static const char *room_for(const cw_report_group *g, const cw_report_session *s)
{
    int new_decisions = 0, new_nodes = 0, new_links = 0, prev = -1;
    for (int i = 0; i < s->n_decisions; i++) {
        const cw_report_decision *d = &s->decisions[i];
        int k = decision_index(g, d->scene);
        int dup = 0;
        for (int j = 0; j < i; j++)
            dup |= strcmp(s->decisions[j].scene, d->scene) == 0;
        if (k < 0 && !dup)
            new_decisions++;
        int choices = k < 0 ? 0 : g->decisions[k].n_choices;
        int surely = choices + d->n_shown <= GROUP_MAX_CHOICES; /* room even if every choice were new */
        for (int c = 0; c < d->n_shown && !d->is_draft && !surely; c++)
            if (k < 0 || choice_index(&g->decisions[k], d->shown[c]) < 0)
                choices++;
        if (choices > GROUP_MAX_CHOICES)
            return "more choices at one scene than a summary can hold";
        if (k >= 0 && g->decisions[k].is_draft != d->is_draft)
            return "a scene that is a drafting step in other records is a choice here";
    }
    for (int i = 0; i < path_length(s); i++) {
        int node = node_index(g, path_node(s, i));
        if (node < 0)
            new_nodes++;
        if (prev >= 0 && node >= 0 && link_index(g, prev, node) < 0)
            new_links++;
        else if (i > 0 && (prev < 0 || node < 0))
            new_links++;
        prev = node;
    }
    if (g->n_decisions + new_decisions > GROUP_MAX_DECISIONS)
        return "more decision scenes than a summary can hold";
    if (g->n_nodes + new_nodes > GROUP_MAX_NODES || g->n_links + new_links > GROUP_MAX_LINKS)
        return "more scenes and paths than a summary can hold";
    if (s->ending && ending_index(g, s->ending->scene) < 0 && g->n_endings == GROUP_MAX_ENDINGS)
        return "more endings than a summary can hold";
    return NULL;
}

/* Keeps the path to decision i as an example for (decision, role) if its record sorts first. */
static void offer_example(group_example *e, const cw_report_session *s, int i, int walk_role)
{
    if (e->path && strcmp(s->path, e->path) >= 0)
        return;
    size_t bytes = strlen(s->path) + 1;
    for (int k = 0; k <= i; k++) {
        const cw_report_decision *d = &s->decisions[k];
        walk_plan_item item = walk_plan_from_decision(d); /* a participant's: the room's answers */
        bytes += strlen(d->scene) + strlen(item.chosen) + strlen(d->own ? d->own : "") + 3;
        for (int c = 0; c < item.n_clauses; c++)
            bytes += strlen(item.clauses[c]) + 1 + sizeof(char *);
        bytes += sizeof(char *); /* aligning the clause list */
    }
    walk_plan_item *plan = malloc(sizeof *plan * (size_t)(i + 1) + bytes);
    char *path = malloc(strlen(s->path) + 1);
    if (!plan || !path) {
        free(plan);
        free(path);
        return;
    }
    free_example(e);
    strcpy(path, s->path);
    char *p = (char *)(plan + i + 1);
#define PACK(dst, src) (dst = strcpy(p, src), p += strlen(src) + 1)
    for (int k = 0; k <= i; k++) {
        const cw_report_decision *d = &s->decisions[k];
        walk_plan_item *item = &plan[k];
        *item = walk_plan_from_decision(d);
        const char *scene, *chosen;
        PACK(scene, d->scene);
        PACK(chosen, item->chosen);
        item->scene = scene;
        item->chosen = chosen;
        if (item->own) {
            const char *own;
            PACK(own, item->own);
            item->own = own;
        }
        if (item->n_clauses > 0) {
            size_t misalign = (size_t)(p - (char *)plan) % sizeof(char *);
            p += misalign ? sizeof(char *) - misalign : 0;
            const char **clauses = (const char **)(void *)p;
            p += sizeof(char *) * (size_t)item->n_clauses;
            for (int c = 0; c < item->n_clauses; c++)
                PACK(clauses[c], item->clauses[c]);
            item->clauses = clauses;
        }
    }
#undef PACK
    e->path = path;
    e->seed = s->seed;
    e->walk_role = walk_role + 1;
    e->plan = plan;
    e->n_plan = i + 1;
}

static void count_phrases(cw_report_group *g, group_phrase *list, int *n, const char *const *found,
                          int n_found)
{
    for (int f = 0; f < n_found; f++) {
        int k = 0;
        while (k < *n && strcmp(list[k].text, found[f]) != 0)
            k++;
        if (k == *n) {
            if (*n == GROUP_MAX_PHRASES)
                continue; /* the first 32 distinct phrases are counted */
            list[k].text = arena_strdup(&g->arena, found[f]);
            list[k].count = 0;
            (*n)++;
        }
        list[k].count++;
    }
}

static const char *const draft_buckets[GROUP_DRAFT_BUCKETS] = {"recommended", "acceptable",
                                                               "concerning", "harmful"};
static const char *const draft_bucket_texts[GROUP_DRAFT_BUCKETS] = {
    "Drafts rated recommended", "Drafts rated acceptable", "Drafts rated concerning",
    "Drafts rated harmful"};

static group_decision *decision_for(cw_report_group *g, const cw_report_decision *d)
{
    int k = decision_index(g, d->scene);
    if (k >= 0) {
        group_decision *gd = &g->decisions[k];
        if (d->number < gd->first_number)
            gd->first_number = d->number;
        return gd;
    }
    group_decision *gd = &g->decisions[g->n_decisions++];
    gd->scene = arena_strdup(&g->arena, d->scene);
    gd->phase = arena_strdup(&g->arena, d->phase ? d->phase : "");
    gd->is_draft = d->is_draft;
    gd->first_number = d->number;
    if (d->is_draft) {
        for (int b = 0; b < GROUP_DRAFT_BUCKETS; b++) {
            gd->choices[b].id = draft_buckets[b];
            gd->choices[b].text = draft_bucket_texts[b];
            gd->choices[b].recommended = b == 0;
            gd->choices[b].offered_to = ~0u; /* every draft can get every rating */
        }
        gd->n_choices = GROUP_DRAFT_BUCKETS;
    }
    return gd;
}

static void add_decision(cw_report_group *g, const cw_report_session *s, int i, int role)
{
    const cw_report_decision *d = &s->decisions[i];
    group_decision *gd = decision_for(g, d);
    /* a room participant who did not answer: the decision is met, nothing is counted */
    int counted = !d->followed;
    if (d->is_draft) {
        int bucket = CW_RATING_RECOMMENDED - (int)d->rating;
        if (!s->group && role >= 0 && bucket >= 0 && bucket < GROUP_DRAFT_BUCKETS) {
            gd->choices[bucket].by_role[role]++;
            gd->answered[role]++;
            timing_add(&gd->timing[role], d->ms);
        }
        count_phrases(g, gd->flags, &gd->n_flags, d->flags, d->n_flags);
        count_phrases(g, gd->missing, &gd->n_missing, d->missing, d->n_missing);
    } else {
        int at[GROUP_MAX_CHOICES];
        for (int c = 0; c < d->n_shown; c++) {
            int k = choice_index(gd, d->shown[c]);
            if (k < 0) {
                k = gd->n_choices++;
                gd->choices[k].id = arena_strdup(&g->arena, d->shown[c]);
            }
            at[c] = k;
        }
        for (int c = 0; c < d->n_recommended; c++)
            gd->choices[choice_index(gd, d->recommended[c])].recommended = 1;
        if (s->group) { /* a room's votes count people in the room, not trainees' sessions */
            for (int v = 0; v < d->n_votes; v++) {
                int r = role_index(g, d->votes[v].role);
                for (int c = 0; r >= 0 && c < d->n_shown; c++) {
                    gd->choices[at[c]].offered_to |= 1u << r;
                    gd->choices[at[c]].room_votes += d->votes[v].counts[c];
                    gd->workshop_votes += d->votes[v].counts[c];
                    g->votes += d->votes[v].counts[c];
                }
            }
        } else {
            for (int c = 0; c < d->n_shown; c++)
                gd->choices[at[c]].offered_to |= 1u << role;
        }
        if (!s->group && counted) {
            gd->choices[at[d->position - 1]].by_role[role]++;
            gd->answered[role]++;
            gd->by_rating[role][CW_RATING_RECOMMENDED - (int)d->rating]++;
            timing_add(&gd->timing[role], d->ms);
        }
    }
    if (!s->group)
        offer_example(&gd->example[role], s, i, s->workshop ? role_index(g, s->role) : -1);
}

static void add_path(cw_report_group *g, const cw_report_session *s, int role)
{
    int prev = -1;
    for (int i = 0; i < path_length(s); i++) {
        const char *id = path_node(s, i);
        int node = node_index(g, id);
        if (node < 0) {
            node = g->n_nodes++;
            g->nodes[node].id = arena_strdup(&g->arena, id);
            g->nodes[node].column = i;
            if (i == s->n_decisions)
                g->nodes[node].classification = arena_strdup(&g->arena, s->ending->classification);
        }
        if (i < g->nodes[node].column)
            g->nodes[node].column = i;
        g->nodes[node].visits++;
        if (prev >= 0) {
            int k = link_index(g, prev, node);
            if (k < 0)
                k = add_link(g, prev, node);
            g->links[k].count++;
        }
        prev = node;
    }
    if (s->ending) {
        int k = ending_index(g, s->ending->scene);
        if (k < 0) {
            k = g->n_endings++;
            g->endings[k].id = arena_strdup(&g->arena, s->ending->scene);
            g->endings[k].title = arena_strdup(&g->arena, s->ending->ending_title);
            g->endings[k].classification = arena_strdup(&g->arena, s->ending->classification);
        }
        if (s->group)
            g->endings[k].workshops++;
        else
            g->endings[k].by_role[role]++;
    }
}

/* Why a readable record does not belong with the others (written into why), or NULL. */
const char *group_mismatch(cw_report_group *g, const cw_report_session *s, int *role, char *why,
                           size_t size)
{
    if (strcmp(s->scenario_id, g->scenario_id) != 0) {
        snprintf(why, size, "another scenario (\"%s\"); this summary is of \"%s\"", s->scenario_id,
                 g->scenario_id);
        return why;
    }
    if (strcmp(s->scenario_version, g->scenario_version) != 0) {
        snprintf(why, size, "another version of the scenario (%s); this summary is of %s",
                 s->scenario_version, g->scenario_version);
        return why;
    }
    if (strcmp(s->scenario_sha256, g->scenario_sha256) != 0)
        return "the same version number but a different scenario file (sha256 differs)";
    int closed = g->scenario || g->n_roles == GROUP_MAX_ROLES; /* no new roles may join */
    *role = role_index(g, s->workshop ? s->discipline : s->role); /* a participant: their own role */
    if (s->workshop && *role < 0 && g->n_roles < GROUP_MAX_ROLES && strcmp(s->discipline, "other") == 0)
        return NULL; /* "other" joins the roles as it is met */
    if (s->group) {
        /* a room counts those of no role of the scenario as "other", which joins as it is met */
        for (int i = 0; i < s->n_decisions && !g->workshop_prefix; i++)
            for (int v = 0; v < s->decisions[i].n_votes; v++)
                if (role_index(g, s->decisions[i].votes[v].role) < 0 && closed &&
                    (strcmp(s->decisions[i].votes[v].role, "other") != 0 || g->n_roles == GROUP_MAX_ROLES))
                    return "a workshop's votes name a role the scenario does not have";
        return NULL;
    }
    if (*role < 0 && closed) {
        snprintf(why, size, "role \"%s\" is not a role of this scenario", s->role);
        return why;
    }
    return NULL;
}

/* Counts a trainee once however many sessions they played; "anonymous" cannot be told apart, so
 * each such session counts as one. */
static void count_trainee(cw_report_group *g, const char *pseudonym)
{
    if (!pseudonym || strcmp(pseudonym, "anonymous") == 0) {
        g->n_trainees++;
        return;
    }
    uint64_t h = 1469598103934665603ULL;
    for (const unsigned char *p = (const unsigned char *)pseudonym; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    h |= 1; /* never 0, the empty slot */
    if ((size_t)(g->n_trainees + 1) * 2 > g->n_trainee_slots) {
        size_t n = g->n_trainee_slots ? g->n_trainee_slots * 2 : 256;
        uint64_t *grown = calloc(n, sizeof *grown);
        if (!grown) {
            g->arena.failed = 1;
            return;
        }
        for (size_t i = 0; i < g->n_trainee_slots; i++)
            if (g->trainees[i]) {
                size_t k = g->trainees[i] & (n - 1);
                while (grown[k])
                    k = (k + 1) & (n - 1);
                grown[k] = g->trainees[i];
            }
        free(g->trainees);
        g->trainees = grown;
        g->n_trainee_slots = n;
    }
    size_t k = h & (g->n_trainee_slots - 1);
    while (g->trainees[k] && g->trainees[k] != h)
        k = (k + 1) & (g->n_trainee_slots - 1);
    if (!g->trainees[k]) {
        g->trainees[k] = h;
        g->n_trainees++;
    }
}

/* Folds a session that belongs with the others into the totals (or sets it aside when they
 * have no room for it). role is its role's index, or -1 when it is not yet listed. */
int group_fold(cw_report_group *g, cw_report_session *s, int role, cw_error *err)
{
    const char *path = s->path, *why;
    if (!s->group && role < 0) { /* no scenario at hand (or "other"): roles come from the records */
        add_role(g, s->workshop ? s->discipline : s->role);
        role = g->n_roles - 1;
    }
    int workshop_record = g->workshop_prefix && s->group; /* --workshop: counts as the workshop */
    if (s->group && !g->workshop_prefix) { /* roles named by votes join the list the same way */
        for (int i = 0; i < s->n_decisions; i++)
            for (int v = 0; v < s->decisions[i].n_votes; v++)
                if (role_index(g, s->decisions[i].votes[v].role) < 0 && g->n_roles < GROUP_MAX_ROLES)
                    add_role(g, s->decisions[i].votes[v].role);
    }
    if (s->workshop && !g->workshop_prefix) { /* a room participant: see summary --workshop ID */
        g->room_participants++;
        int known = 0;
        for (int i = 0; i < g->n_rooms_seen; i++)
            known |= strcmp(g->rooms_seen[i], s->workshop) == 0;
        if (!known) {
            g->n_rooms++;
            if (g->n_rooms_seen < 8)
                g->rooms_seen[g->n_rooms_seen++] = arena_strdup(&g->arena, s->workshop);
        }
        cw_error_set(err, CW_OK, NULL, 0, "%s", "");
        return 1;
    }
    if ((why = room_for(g, s)))
        return refuse(g, path, 0, why, err);

    for (int i = 0; i < s->n_decisions && !workshop_record; i++)
        add_decision(g, s, i, role);
    if (!workshop_record) {
        add_path(g, s, role);
        g->included++;
        g->finished += s->ending != NULL;
    }
    if (s->group) {
        g->workshops++;
    } else {
        g->roles[role].sessions++;
        count_trainee(g, s->trainee);
    }
    if (g->sessions_csv)
        group_csv_session_rows(g, s, g->sessions_csv);
    if (s->torn_line) {
        char reason[256];
        snprintf(reason, sizeof reason, "the last line is torn: %s; the %d lines before it are used",
                 s->torn_why, s->torn_line - 1);
        set_aside(g, path, s->torn_line, reason, 1);
        g->partly_used++;
        cw_error_set(err, CW_ERR_INPUT, path, s->torn_line, "%s", reason);
    } else {
        cw_error_set(err, CW_OK, NULL, 0, "%s", "");
    }
    if (g->arena.failed) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    return 1;
}

/* Reads path into the scratch session; 1 when it belongs with the others (role set), 0 when it
 * was set aside, -1 when memory ran out. */
static int load(cw_report_group *g, const char *path, int *role, cw_error *err)
{
    cw_report_session *s = g->scratch;
    if (cw_report_session_load(s, path, err) != 0)
        return group_unreadable(g, path, err);
    if (g->workshop_prefix && !group_workshop_member(g, s)) { /* passed over, not set aside */
        g->files--;
        g->view.other_workshops++;
        cw_error_set(err, CW_OK, NULL, 0, "%s", "");
        return 0;
    }
    char buffer[512];
    const char *why = group_mismatch(g, s, role, buffer, sizeof buffer);
    if (why)
        return refuse(g, path, 0, why, err);
    return 1;
}

int cw_report_group_add(cw_report_group *g, const char *path, cw_error *err)
{
    int role = -1;
    g->files++;
    int rc = load(g, path, &role, err);
    if (rc != 1)
        return rc;
    int verdict = cw_report_copies_offer(g->copies, g->scratch);
    if (verdict < 0) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    if (verdict != CW_COPY_USE) { /* a copy: the most complete one is added after the pass */
        cw_error_set(err, CW_OK, NULL, 0, "%s", "");
        return 1;
    }
    return group_fold(g, g->scratch, role, err);
}

int group_add_held_copies(cw_report_group *g, cw_error *err)
{
    const char *path;
    while ((path = cw_report_copies_next_held(g->copies))) {
        int role = -1;
        /* read again: the file may have changed since, and then it says so */
        int rc = load(g, path, &role, err);
        if (rc == 1)
            rc = group_fold(g, g->scratch, role, err);
        if (rc < 0)
            return -1;
    }
    int n;
    long total;
    g->view.duplicates = cw_report_copies_duplicates(g->copies, &n, &total);
    g->view.n_duplicates = g->view.duplicates ? n : 0;
    g->view.duplicates_total = total;
    return 0;
}

int group_add_session(cw_report_group *g, cw_report_session *s, cw_error *err)
{
    int role = -1;
    char buffer[512];
    const char *why = group_mismatch(g, s, &role, buffer, sizeof buffer);
    if (why)
        return refuse(g, s->path, 0, why, err);
    return group_fold(g, s, role, err);
}

void group_refuse_session(cw_report_group *g, const char *name, const char *reason)
{
    g->files++;
    set_aside(g, name, 0, reason, 0);
}
