/* group_view.c — turns the group's totals into what the writers show: texts and prompts
 * (by replaying one example path per decision and role), splits by role under the privacy rule,
 * medians, and the ranking of decisions where the two systems chose most differently. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report/group.h"
#include "report/names.h"

/* ---- texts and prompts from the scenario ----------------------------------------------------- */

/* Where the scenario lists a choice: sessions show choices in an order drawn per session, so the
 * summary lists them as authored. fallback when the scene or choice is not found. */
static int authored_index(const cw_scenario *scenario, const char *scene, const char *id, int fallback)
{
    const cw_scene_info *si = scenario ? cw_scenario_scene_find(scenario, scene) : NULL;
    for (int i = 0; si && i < si->n_choices; i++)
        if (strcmp(si->choices[i].id, id) == 0)
            return i;
    return fallback;
}

/* The scenario's own words for a choice no example session was shown (its condition was not met
 * on their paths, or only a room met the scene): NULL when the text differs by role or comes
 * from a function, so that the id stands in. */
static const char *authored_text(const cw_scenario *scenario, const char *scene, const char *id)
{
    const cw_scene_info *si = scenario ? cw_scenario_scene_find(scenario, scene) : NULL;
    for (int i = 0; si && i < si->n_choices; i++)
        if (strcmp(si->choices[i].id, id) == 0)
            return si->choices[i].text && *si->choices[i].text ? si->choices[i].text : NULL;
    return NULL;
}

static void texts_from_example(cw_report_group *g, group_decision *gd, const char *role,
                               const group_example *e, int *order, int *ordered)
{
    walk_request req = {g->scenario, role, e->seed, WALK_REPLAY, e->plan, e->n_plan, 0, 0};
    walk_route route;
    cw_error err;
    if (walk_scenario(&req, &g->arena, &route, &err) != 0 || route.n_steps < e->n_plan)
        return;
    const walk_step *ws = &route.steps[e->n_plan - 1];
    if (strcmp(ws->scene, gd->scene) != 0)
        return;
    if (!gd->discussion && ws->discussion)
        gd->discussion = ws->discussion;
    if (!gd->scene_text && ws->text)
        gd->scene_text = ws->text;
    if (gd->is_draft)
        return;
    for (int o = 0; o < ws->n_options; o++) {
        int k = 0;
        while (k < gd->n_choices && strcmp(gd->choices[k].id, ws->options[o].id) != 0)
            k++;
        if (k == gd->n_choices)
            continue;
        if (!gd->choices[k].text)
            gd->choices[k].text = ws->options[o].text;
        if (!*ordered)
            order[k] = authored_index(g->scenario, gd->scene, ws->options[o].id, o);
    }
    *ordered = 1;
}

/* ---- the privacy rule ------------------------------------------------------------------------ */

/* Which roles each shown group holds (bit masks), so that every group shown has at least
 * min_group members: a role with enough stands alone, the others are pooled; a non-empty pool
 * that is still too small means nothing is split. Returns the number of groups (0: no split). */
static int plan_splits(const cw_report_group *g, const long *members, unsigned *masks, int *pooled)
{
    int n = 0;
    unsigned pool = 0;
    long pool_members = 0;
    for (int r = 0; r < g->n_roles; r++) {
        if (members[r] == 0)
            continue;
        if (members[r] >= g->min_group) {
            masks[n++] = 1u << r;
        } else {
            pool |= 1u << r;
            pool_members += members[r];
        }
    }
    *pooled = 0;
    if (pool) {
        if (pool_members < g->min_group)
            return 0;
        masks[n++] = pool;
        *pooled = 1;
    }
    return n;
}

static const char *split_label(const cw_report_group *g, unsigned mask, int is_pool)
{
    if (is_pool)
        return "Other roles";
    for (int r = 0; r < g->n_roles; r++)
        if (mask == 1u << r)
            return g->roles[r].label;
    return "?";
}

static int role_index_of(const cw_report_group *g, const char *id)
{
    for (int r = 0; r < g->n_roles; r++)
        if (strcmp(g->roles[r].id, id) == 0)
            return r;
    return 0;
}

static const char *split_role(const cw_report_group *g, unsigned mask, int is_pool)
{
    if (is_pool)
        return NULL;
    for (int r = 0; r < g->n_roles; r++)
        if (mask == 1u << r)
            return g->roles[r].id;
    return NULL;
}

static double median_of(const group_decision *gd, unsigned mask)
{
    timing_histogram all;
    memset(&all, 0, sizeof all);
    for (int r = 0; r < GROUP_MAX_ROLES; r++)
        if (mask & (1u << r))
            timing_merge(&all, &gd->timing[r]);
    return timing_median(&all);
}

/* ---- decisions ------------------------------------------------------------------------------- */

static const cw_report_group_decision *sort_decisions;

static int by_first_met(const void *a, const void *b)
{
    const cw_report_group_decision *x = a, *y = b;
    if (x->first_number != y->first_number)
        return x->first_number - y->first_number;
    return strcmp(x->scene, y->scene);
}

static int most_divergent(const void *a, const void *b)
{
    double x = sort_decisions[*(const int *)a].divergence, y = sort_decisions[*(const int *)b].divergence;
    if (fabs(x - y) > 1e-9) /* equal shares computed in another order stay equal */
        return x < y ? 1 : -1;
    return *(const int *)a - *(const int *)b;
}

/* Half the sum of the differences between two distributions of counts: the share of answers
 * that would have to change for the two groups to answer alike (0 to 1). */
static double total_variation(const int *a, int a_total, const int *b, int b_total, int n)
{
    double sum = 0;
    for (int c = 0; c < n; c++)
        sum += fabs((double)a[c] / a_total - (double)b[c] / b_total);
    return sum / 2;
}

/* The two compared roles' difference at a decision: over the choices when both were offered the
 * same ones; over the ratings of what they chose when each role had choices of its own. */
static void divergence(const cw_report_group *g, const group_decision *gd, const cw_report_split *a,
                       const cw_report_split *b, int n, cw_report_group_decision *out)
{
    int ra = role_index_of(g, a->role), rb = role_index_of(g, b->role);
    int same = 1;
    for (int c = 0; c < n; c++)
        same &= a->offered[c] == b->offered[c];
    if (same) {
        out->divergence = total_variation(a->counts, a->answered, b->counts, b->answered, n);
        return;
    }
    int ta = 0, tb = 0;
    for (int k = 0; k < GROUP_DRAFT_BUCKETS; k++) {
        ta += gd->by_rating[ra][k];
        tb += gd->by_rating[rb][k];
    }
    if (ta > 0 && tb > 0) {
        out->divergence = total_variation(gd->by_rating[ra], ta, gd->by_rating[rb], tb, GROUP_DRAFT_BUCKETS);
        out->divergence_by_rating = 1;
    }
}

/* Phrases most often first; the view points into the decision's own list. */
static int by_count(const void *a, const void *b)
{
    return ((const group_phrase *)b)->count - ((const group_phrase *)a)->count;
}

static void phrases_view(report_arena *a, group_phrase *list, int n, const char *const **texts,
                         const int **counts, int *n_out)
{
    qsort(list, (size_t)n, sizeof *list, by_count);
    const char **t = arena_alloc(a, sizeof *t * (size_t)(n ? n : 1));
    int *c = arena_alloc(a, sizeof *c * (size_t)(n ? n : 1));
    for (int i = 0; t && c && i < n; i++) {
        t[i] = list[i].text;
        c[i] = list[i].count;
    }
    *texts = t;
    *counts = c;
    *n_out = n;
}

/* Numbers choices as each role had them: those every role was offered first, then each role's
 * own after those, so a DV trainee's four choices read 1-4 beside CPS's 1-4, not 5-8. */
static void number_per_role(cw_report_group *g, const group_decision *gd, const int *rank,
                            cw_report_group_choice *choices, int n)
{
    unsigned every = 0;
    for (int i = 0; i < n; i++)
        every |= gd->choices[rank[i]].offered_to;
    int shared = 0;
    for (int i = 0; i < n; i++)
        shared += gd->choices[rank[i]].offered_to == every;
    int next_shared = 0;
    for (int i = 0; i < n; i++) {
        unsigned mask = gd->choices[rank[i]].offered_to;
        if (gd->is_draft || mask == every || mask == 0) {
            choices[i].number = ++next_shared;
            continue;
        }
        int before = 0; /* this role's own choices before this one */
        for (int j = 0; j < i; j++) {
            unsigned other = gd->choices[rank[j]].offered_to;
            before += other != every && (other & mask) != 0;
        }
        choices[i].number = shared + before + 1;
        char roles[128] = "";
        for (int r = 0; r < g->n_roles; r++)
            if (mask & (1u << r))
                snprintf(roles + strlen(roles), sizeof roles - strlen(roles), "%s%s", roles[0] ? " · " : "",
                         g->roles[r].label);
        choices[i].for_roles = arena_strdup(&g->arena, roles);
    }
}

/* The choice a group made most often, or -1 when it made none. */
static int most_chosen(const cw_report_split *sp, int n_choices)
{
    int best = -1;
    for (int c = 0; c < n_choices; c++)
        if (sp->counts[c] > 0 && (best < 0 || sp->counts[c] > sp->counts[best]))
            best = c;
    return best;
}

/* Where the scenario gives no prompt but the roles diverged: one built from the answers, so the
 * facilitator has a question to open with. NULL where the roles were not compared. */
static const char *suggested_prompt(cw_report_group *g, const cw_report_group_decision *d,
                                    const cw_report_split *first, const cw_report_split *second)
{
    report_arena *a = &g->arena;
    if (!first || !second || d->divergence < 0)
        return NULL;
    const char *x = g->view.compared_labels[0], *y = g->view.compared_labels[1];
    if (d->divergence_by_rating || d->is_draft)
        return arena_printf(a, "%s and %s were weighing different options here. Ask each group what it "
                               "needed to know at this point, and what the other system could have told it.",
                            x, y);
    int i = most_chosen(first, d->n_choices), k = most_chosen(second, d->n_choices);
    if (i < 0 || k < 0)
        return NULL;
    const char *ti = *d->choices[i].text ? d->choices[i].text : d->choices[i].id;
    const char *tk = *d->choices[k].text ? d->choices[k].text : d->choices[k].id;
    if (i == k)
        return arena_printf(a, "Most of %s and of %s chose “%s”, yet %.0f%% of their answers differ: "
                               "ask those who chose otherwise what they saw.", x, y, ti, 100 * d->divergence);
    return arena_printf(a, "Most of %s chose “%s”; most of %s chose “%s”. Ask each group what it saw "
                           "that led there, and what the other system would need to know to agree.",
                        x, ti, y, tk);
}

static int build_decision(cw_report_group *g, group_decision *gd, cw_report_group_decision *out)
{
    report_arena *a = &g->arena;
    int order[GROUP_MAX_CHOICES], ordered = 0;
    for (int k = 0; k < GROUP_MAX_CHOICES; k++)
        order[k] = GROUP_MAX_CHOICES + k; /* choices no example showed keep their first-seen order */
    for (int r = 0; g->scenario && r < g->n_roles; r++)
        if (gd->example[r].plan)
            texts_from_example(g, gd, g->roles[gd->example[r].walk_role ? gd->example[r].walk_role - 1 : r].id,
                               &gd->example[r], order, &ordered);

    out->scene = gd->scene;
    out->phase = gd->phase;
    out->title = report_scene_title(a, g->scenario, gd->scene, gd->scene_text);
    out->label = report_scene_label(a, gd->phase, out->title);
    out->discussion = gd->discussion;
    out->is_draft = gd->is_draft;
    out->first_number = gd->first_number;
    out->room_votes = gd->workshop_votes;
    out->divergence = -1;
    long members[GROUP_MAX_ROLES] = {0};
    for (int r = 0; r < g->n_roles; r++) {
        members[r] = gd->answered[r];
        out->answered += gd->answered[r];
    }
    out->median_ms = median_of(gd, ~0u);

    /* choices in the order the scenario shows them */
    int n = gd->n_choices, rank[GROUP_MAX_CHOICES];
    for (int k = 0; k < n; k++)
        rank[k] = k;
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && order[rank[j]] < order[rank[j - 1]]; j--) {
            int t = rank[j];
            rank[j] = rank[j - 1];
            rank[j - 1] = t;
        }
    cw_report_group_choice *choices = arena_alloc(a, sizeof *choices * (size_t)(n ? n : 1));
    if (!choices)
        return -1;
    if (gd->is_draft) { /* a rating nobody's draft got is left out */
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int total = 0;
            for (int r = 0; r < g->n_roles; r++)
                total += gd->choices[rank[i]].by_role[r];
            if (total > 0 || gd->choices[rank[i]].recommended)
                rank[kept++] = rank[i];
        }
        n = kept;
    }
    for (int i = 0; i < n; i++) {
        const group_choice *c = &gd->choices[rank[i]];
        choices[i].id = c->id;
        const char *text = c->text ? c->text : gd->is_draft ? NULL : authored_text(g->scenario, gd->scene, c->id);
        choices[i].text = text ? text : "";
        choices[i].recommended = c->recommended;
        choices[i].room_votes = c->room_votes;
        for (int r = 0; r < g->n_roles; r++)
            choices[i].count += c->by_role[r];
    }
    number_per_role(g, gd, rank, choices, n);
    out->choices = choices;
    out->n_choices = n;

    unsigned masks[GROUP_MAX_ROLES + 1];
    int pooled;
    int n_splits = plan_splits(g, members, masks, &pooled);
    if (n_splits == 0 && out->answered > 0) {
        out->not_split_why = arena_printf(a, "not split by role: a role group has fewer than %d "
                                          "answers here", g->min_group);
    }
    cw_report_split *splits = arena_alloc(a, sizeof *splits * (size_t)(n_splits ? n_splits : 1));
    if (!splits)
        return -1;
    for (int s = 0; s < n_splits; s++) {
        int is_pool = pooled && s == n_splits - 1;
        int *counts = arena_alloc(a, sizeof *counts * (size_t)(n ? n : 1));
        int *offered = arena_alloc(a, sizeof *offered * (size_t)(n ? n : 1));
        if (!counts || !offered)
            return -1;
        for (int r = 0; r < g->n_roles; r++) {
            if (!(masks[s] & (1u << r)))
                continue;
            splits[s].answered += gd->answered[r];
            for (int i = 0; i < n; i++) {
                counts[i] += gd->choices[rank[i]].by_role[r];
                offered[i] |= (gd->choices[rank[i]].offered_to >> r) & 1u;
            }
        }
        splits[s].offered = offered;
        splits[s].role = split_role(g, masks[s], is_pool);
        splits[s].label = split_label(g, masks[s], is_pool);
        splits[s].counts = counts;
        splits[s].median_ms = median_of(gd, masks[s]);
    }
    out->splits = splits;
    out->n_splits = n_splits;

    const cw_report_split *first = NULL, *second = NULL;
    for (int s = 0; s < n_splits; s++) {
        if (splits[s].role && g->view.compared[0] && strcmp(splits[s].role, g->view.compared[0]) == 0)
            first = &splits[s];
        if (splits[s].role && g->view.compared[1] && strcmp(splits[s].role, g->view.compared[1]) == 0)
            second = &splits[s];
    }
    if (first && second && first->answered > 0 && second->answered > 0)
        divergence(g, gd, first, second, n, out);

    out->prompt = out->discussion ? out->discussion : suggested_prompt(g, out, first, second);
    phrases_view(a, gd->flags, gd->n_flags, &out->flags, &out->flag_counts, &out->n_flags);
    phrases_view(a, gd->missing, gd->n_missing, &out->missing, &out->missing_counts, &out->n_missing);
    return a->failed ? -1 : 0;
}

/* ---- sessions, endings, paths, set-aside records ------------------------------------------- */

static cw_report_split *count_splits(cw_report_group *g, const long *members, const int *counts,
                                     int *n_out)
{
    unsigned masks[GROUP_MAX_ROLES + 1];
    int pooled;
    int n = plan_splits(g, members, masks, &pooled);
    cw_report_split *splits = arena_alloc(&g->arena, sizeof *splits * (size_t)(n ? n : 1));
    for (int s = 0; splits && s < n; s++) {
        int is_pool = pooled && s == n - 1;
        int *one = arena_alloc(&g->arena, sizeof *one);
        if (!one)
            return NULL;
        for (int r = 0; r < g->n_roles; r++)
            if (masks[s] & (1u << r)) {
                splits[s].answered += (int)members[r];
                *one += counts ? counts[r] : (int)members[r];
            }
        splits[s].role = split_role(g, masks[s], is_pool);
        splits[s].label = split_label(g, masks[s], is_pool);
        splits[s].counts = one;
        splits[s].median_ms = -1;
    }
    *n_out = n;
    return splits;
}

static int by_ending_count(const void *a, const void *b)
{
    const cw_report_group_ending *x = a, *y = b;
    if (x->count != y->count)
        return y->count - x->count;
    return strcmp(x->id, y->id);
}

static int set_aside_by_path(const void *a, const void *b)
{
    const group_set_aside *x = a, *y = b;
    return strcmp(x->path, y->path);
}

static void pick_compared(cw_report_group *g)
{
    cw_report_group_view *v = &g->view;
    int cps = -1, dv = -1;
    for (int r = 0; r < g->n_roles; r++) {
        if (strcmp(g->roles[r].id, "cps") == 0)
            cps = r;
        if (strcmp(g->roles[r].id, "dv") == 0)
            dv = r;
    }
    if (cps < 0 || dv < 0) {
        cps = g->n_roles > 0 ? 0 : -1;
        dv = g->n_roles > 1 ? 1 : -1;
    }
    if (cps >= 0 && dv >= 0) {
        v->compared[0] = g->roles[cps].id;
        v->compared[1] = g->roles[dv].id;
        v->compared_labels[0] = g->roles[cps].label;
        v->compared_labels[1] = g->roles[dv].label;
    }
}

static int build_endings(cw_report_group *g)
{
    cw_report_group_view *v = &g->view;
    long finished_by_role[GROUP_MAX_ROLES] = {0};
    for (int e = 0; e < g->n_endings; e++)
        for (int r = 0; r < g->n_roles; r++)
            finished_by_role[r] += g->endings[e].by_role[r];
    cw_report_group_ending *endings = arena_alloc(&g->arena, sizeof *endings * (size_t)(g->n_endings + 1));
    if (!endings)
        return -1;
    for (int e = 0; e < g->n_endings; e++) {
        const group_ending *ge = &g->endings[e];
        endings[e].id = ge->id;
        endings[e].title = ge->title;
        endings[e].classification = ge->classification;
        endings[e].count = 0;
        endings[e].rooms = ge->workshops;
        for (int r = 0; r < g->n_roles; r++)
            endings[e].count += ge->by_role[r];
        /* the group whose privacy counts is the role's finished sessions */
        endings[e].splits = count_splits(g, finished_by_role, ge->by_role, &endings[e].n_splits);
        if (!endings[e].splits)
            return -1;
    }
    qsort(endings, (size_t)g->n_endings, sizeof *endings, by_ending_count);
    v->endings = endings;
    v->n_endings = g->n_endings;
    return 0;
}

/* A path's scene by its title: an ending's, a decision's as the view names it, else the scene's. */
static const char *node_title(cw_report_group *g, const cw_report_group_decision *decisions, const char *id)
{
    for (int e = 0; e < g->n_endings; e++)
        if (strcmp(g->endings[e].id, id) == 0 && g->endings[e].title)
            return g->endings[e].title;
    for (int i = 0; i < g->n_decisions; i++)
        if (strcmp(decisions[i].scene, id) == 0)
            return decisions[i].title;
    return report_scene_title(&g->arena, g->scenario, id, NULL);
}

int group_build_view(cw_report_group *g, cw_error *err)
{
    cw_report_group_view *v = &g->view;
    v->scenario_id = g->scenario_id;
    v->scenario_version = g->scenario_version;
    v->scenario_title = g->scenario_title;
    v->scenario_sha256 = g->scenario_sha256;
    v->scenario_note = g->scenario_note;
    v->min_group = g->min_group;
    v->files = g->files;
    v->included = g->included;
    v->finished = g->finished;
    v->workshops = g->workshops;
    v->trainees = g->n_trainees;
    v->room_participants = g->room_participants;
    v->participant_rooms = g->n_rooms;
    v->rooms = g->rooms_seen;
    v->n_rooms_listed = g->n_rooms_seen;
    /* a group record is in "included" only when every record is summarized: under --workshop it
     * is the room being summarized, not one of its participants' sessions */
    v->trainee_sessions = g->included - (g->workshop_prefix ? 0 : g->workshops);
    v->votes = g->votes;
    pick_compared(g);

    long sessions[GROUP_MAX_ROLES] = {0};
    for (int r = 0; r < g->n_roles; r++)
        sessions[r] = g->roles[r].sessions;
    v->sessions = count_splits(g, sessions, NULL, &v->n_sessions_split);

    cw_report_group_decision *decisions =
        arena_alloc(&g->arena, sizeof *decisions * (size_t)(g->n_decisions ? g->n_decisions : 1));
    int *ranking = arena_alloc(&g->arena, sizeof *ranking * (size_t)(g->n_decisions ? g->n_decisions : 1));
    if (!decisions || !ranking || !v->sessions)
        goto out_of_memory;
    for (int i = 0; i < g->n_decisions; i++)
        if (build_decision(g, &g->decisions[i], &decisions[i]) != 0)
            goto out_of_memory;
    qsort(decisions, (size_t)g->n_decisions, sizeof *decisions, by_first_met);
    v->decisions = decisions;
    v->n_decisions = g->n_decisions;
    for (int i = 0; i < g->n_decisions; i++)
        if (decisions[i].divergence >= 0)
            ranking[v->n_ranking++] = i;
    sort_decisions = decisions;
    qsort(ranking, (size_t)v->n_ranking, sizeof *ranking, most_divergent);
    v->ranking = ranking;

    if (build_endings(g) != 0)
        goto out_of_memory;
    cw_report_flow_node *nodes = arena_alloc(&g->arena, sizeof *nodes * (size_t)(g->n_nodes + 1));
    cw_report_flow_link *links = arena_alloc(&g->arena, sizeof *links * (size_t)(g->n_links + 1));
    if (!nodes || !links)
        goto out_of_memory;
    for (int i = 0; i < g->n_nodes; i++)
        nodes[i] = (cw_report_flow_node){g->nodes[i].id, node_title(g, decisions, g->nodes[i].id),
                                         g->nodes[i].classification, g->nodes[i].column, g->nodes[i].visits};
    for (int i = 0; i < g->n_links; i++)
        links[i] = (cw_report_flow_link){g->links[i].from, g->links[i].to, g->links[i].count};
    v->nodes = nodes;
    v->n_nodes = g->n_nodes;
    v->links = links;
    v->n_links = g->n_links;

    qsort(g->set_aside, (size_t)g->n_set_aside, sizeof *g->set_aside, set_aside_by_path);
    cw_report_set_aside *aside = arena_alloc(&g->arena, sizeof *aside * (size_t)(g->n_set_aside + 1));
    if (!aside)
        goto out_of_memory;
    for (int i = 0; i < g->n_set_aside; i++)
        aside[i] = (cw_report_set_aside){g->set_aside[i].path, g->set_aside[i].line,
                                         g->set_aside[i].reason, g->set_aside[i].partly_used};
    v->set_aside = aside;
    v->n_set_aside = g->n_set_aside;
    v->set_aside_total = g->set_aside_total;
    v->partly_used = g->partly_used;
    return 0;
out_of_memory:
    cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
    return -1;
}

const cw_report_group_view *cw_report_group_finish(cw_report_group *g, cw_error *err)
{
    if (!g->finished_view) {
        if (group_add_held_copies(g, err) != 0 || group_build_view(g, err) != 0)
            return NULL;
        g->finished_view = 1;
    }
    return &g->view;
}
