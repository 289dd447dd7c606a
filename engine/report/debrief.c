/* debrief.c — works out a trainee's debrief from one session: the recommended route and
 * the other roles beside it (by walking the scenario), plus and delta lists, competency totals,
 * facilitator prompts and take-home points. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "report/debrief.h"
#include "report/names.h"
#include "report/text_out.h"
#include "report/practice.h"

const char *debrief_choice_text(const cw_report_decision *d, const char *id)
{
    for (int i = 0; d->shown_text && i < d->n_shown; i++)
        if (strcmp(d->shown[i], id) == 0 && d->shown_text[i] && *d->shown_text[i])
            return d->shown_text[i];
    return id;
}

int debrief_diverged(const cw_report_decision *d)
{
    if (d->followed)
        return 0; /* the participant chose nothing */
    if (d->is_draft)
        return d->rating != CW_RATING_RECOMMENDED;
    for (int i = 0; i < d->n_recommended; i++)
        if (strcmp(d->recommended[i], d->chosen) == 0)
            return 0;
    return 1;
}

const char *debrief_recommended_text(const cw_report_debrief *db, const cw_report_decision *d)
{
    report_arena *a = (report_arena *)&db->arena;
    if (d->is_draft)
        return "a draft the rubric rates recommended";
    if (d->n_recommended == 0)
        return "—";
    const char *out = "";
    for (int i = 0; i < d->n_recommended; i++)
        out = arena_printf(a, "%s%s%s", out, i ? " / " : "", debrief_choice_text(d, d->recommended[i]));
    return out ? out : "";
}

/* "I noticed you chose X at Y. I was concerned about this: Z How were you seeing it?" — an
 * observation, the facilitator's point of view, and a genuine question about the trainee's
 * reasoning (advocacy-inquiry; Rudolph et al., 2006). */
const char *debrief_prompt(const cw_report_debrief *db, const cw_report_decision *d)
{
    report_arena *a = (report_arena *)&db->arena;
    ptrdiff_t at = d - db->s->decisions; /* the scene by its title, as the rest of the debrief names it */
    const char *title = db->titles && at >= 0 && at < db->s->n_decisions && db->titles[at]
                            ? db->titles[at]
                            : report_scene_title(a, db->scenario, d->scene, d->scene_text);
    const char *where = d->phase && *d->phase
                            ? arena_printf(a, "decision %d (“%s”, %s)", d->number, title, d->phase)
                            : arena_printf(a, "decision %d (“%s”)", d->number, title);
    const char *concern = d->feedback && *d->feedback
                              ? d->feedback
                              : arena_printf(a, "the scenario rates this %s.", cw_rating_name(d->rating));
    if (!d->is_draft)
        return arena_printf(a, "I noticed you chose “%s” at %s. I was concerned about this: %s "
                               "How were you seeing it?",
                            debrief_choice_text(d, d->chosen), where, concern);
    const char *noticed;
    if (d->n_flags > 0)
        noticed = arena_printf(a, "I noticed your draft at %s says “%s”%s.", where, d->flags[0],
                               d->n_flags > 1 ? " among other phrases" : "");
    else if (d->n_missing > 0)
        noticed = arena_printf(a, "I noticed your draft at %s leaves out %s.", where, d->missing[0]);
    else
        noticed = arena_printf(a, "I noticed how you put together your draft at %s.", where);
    return arena_printf(a, "%s I was concerned about this: %s What were you weighing as you wrote it?",
                        noticed, concern);
}

const walk_step *debrief_other_step(const debrief_other *o, const cw_report_decision *d, int i)
{
    if (i >= o->route.n_steps)
        return NULL;
    const walk_step *ws = &o->route.steps[i];
    return strcmp(ws->scene, d->scene) == 0 && ws->kind != CW_STEP_ENDING ? ws : NULL;
}

/* Writes a draft with the flagged phrases marked: <mark> in HTML, [[...]] in text. */
void debrief_put_draft(FILE *out, const cw_report_decision *d, int html)
{
    const char *text = d->text ? d->text : "";
    size_t len = strlen(text), i = 0, plain = 0;
    char *segment = malloc(len + 1);
    if (!segment)
        return;
    while (i <= len) {
        size_t match = 0;
        for (int f = 0; i < len && f < d->n_flags && !match; f++) {
            size_t n = strlen(d->flags[f]);
            if (n && i + n <= len && strncasecmp(text + i, d->flags[f], n) == 0)
                match = n;
        }
        if (match || i == len) {
            memcpy(segment, text + plain, i - plain);
            segment[i - plain] = '\0';
            html ? html_put(out, segment) : text_put(out, segment);
            if (!match)
                break;
            memcpy(segment, text + i, match);
            segment[match] = '\0';
            fputs(html ? "<mark class=\"flag\">" : "[[", out);
            html ? html_put(out, segment) : text_put(out, segment);
            fputs(html ? "</mark>" : "]]", out);
            i += match;
            plain = i;
        } else {
            i++;
        }
    }
    free(segment);
}

int debrief_step_picked(const walk_step *ws, int option)
{
    if (ws->kind == CW_STEP_CHOICE)
        return ws->picked == option;
    for (int i = 0; i < ws->answer.n_positions; i++)
        if (ws->answer.positions[i] == option)
            return i + 1;
    return 0;
}

/* ---- building ----------------------------------------------------------------------------- */

static int cost(const cw_report_decision *d)
{
    return d->max_points - d->points;
}

static const cw_report_decision *sort_base;

static int costliest_first(const void *a, const void *b)
{
    const cw_report_decision *x = &sort_base[*(const int *)a], *y = &sort_base[*(const int *)b];
    if (cost(x) != cost(y))
        return cost(y) - cost(x);
    if (x->rating != y->rating)
        return (int)x->rating - (int)y->rating;
    return x->number - y->number;
}

static void split_plus_delta(cw_report_debrief *db)
{
    const cw_report_session *s = db->s;
    for (int i = 0; i < s->n_decisions; i++) {
        const cw_report_decision *d = &s->decisions[i];
        if (d->followed)
            continue; /* not answered: neither a strength nor something to discuss */
        db->points += d->points;
        db->max_points += d->max_points;
        db->total_ms += d->ms;
        if (d->points < d->max_points || debrief_diverged(d))
            db->delta[db->n_delta++] = i;
        else
            db->plus[db->n_plus++] = i;
    }
    sort_base = s->decisions;
    qsort(db->delta, (size_t)db->n_delta, sizeof *db->delta, costliest_first);
}

static void tally_competencies(cw_report_debrief *db)
{
    for (int i = 0; i < db->s->n_decisions; i++) {
        const cw_report_decision *d = &db->s->decisions[i];
        for (int t = 0; t < d->n_tags; t++) {
            int c = cw_competency_find(d->tags[t]);
            if (c >= 0) {
                db->tag_points[c] += d->points;
                db->tag_max[c] += d->max_points;
            }
        }
    }
}

/* The practice points the rationales cite, weighted toward the costliest divergences. */
static void pick_take_home(cw_report_debrief *db)
{
    debrief_take_home all[PRACTICE_POINT_COUNT + 1];
    memset(all, 0, sizeof all);
    for (int i = 0; i < db->s->n_decisions; i++) {
        const cw_report_decision *d = &db->s->decisions[i];
        int cited[PRACTICE_POINT_COUNT];
        int n = practice_points_cited(d->rationale, cited, PRACTICE_POINT_COUNT);
        for (int k = 0; k < n; k++) {
            debrief_take_home *t = &all[cited[k]];
            t->point = cited[k];
            t->weight += 1 + 2 * cost(d);
            if (t->n_decisions < (int)(sizeof t->decisions / sizeof t->decisions[0]))
                t->decisions[t->n_decisions++] = i;
        }
    }
    for (int pick = 0; pick < DEBRIEF_TAKE_HOME; pick++) {
        int best = 0;
        for (int p = 1; p <= PRACTICE_POINT_COUNT; p++)
            if (all[p].weight > all[best].weight)
                best = p;
        if (all[best].weight == 0)
            break;
        db->take_home[db->n_take_home++] = all[best];
        all[best].weight = 0;
    }
}

static walk_plan_item *plan_of(const cw_report_session *s)
{
    walk_plan_item *plan = calloc((size_t)(s->n_decisions ? s->n_decisions : 1), sizeof *plan);
    for (int i = 0; plan && i < s->n_decisions; i++)
        plan[i] = walk_plan_from_decision(&s->decisions[i]);
    return plan;
}

int debrief_offered(const cw_choice_info *choice, const char *role)
{
    if (choice->n_roles == 0)
        return 1;
    for (int i = 0; role && i < choice->n_roles; i++)
        if (strcmp(choice->roles[i], role) == 0)
            return 1;
    return 0;
}

int debrief_map_find(const debrief_map *map, const char *scene)
{
    for (int i = 0; scene && i < map->n_scenes; i++)
        if (strcmp(map->scenes[i]->id, scene) == 0)
            return i;
    return -1;
}

/* Every scene the role may go to from s, as (list, count) pairs: the choices offered to the
 * role, then the drafting step's own routes. Returns the number of lists written. */
static int map_targets(const cw_scene_info *s, const char *role, const char *const **lists, int *counts,
                       int max)
{
    int n = 0;
    for (int c = 0; c < s->n_choices && n < max; c++)
        if (debrief_offered(&s->choices[c], role)) {
            lists[n] = s->choices[c].targets;
            counts[n++] = s->choices[c].n_targets;
        }
    if (s->n_targets > 0 && n < max) {
        lists[n] = s->targets;
        counts[n++] = s->n_targets;
    }
    return n;
}

/* The scenes the role can reach, breadth-first from the start, and the ways between them. */
static int build_map(cw_report_debrief *db)
{
    debrief_map *m = &db->map;
    const cw_scenario_info *info = cw_scenario_info_get(db->scenario);
    const cw_scene_info *start = cw_scenario_scene_find(db->scenario, info->start_scene);
    int total = cw_scenario_scene_count(db->scenario);
    if (!start || total <= 0)
        return 0;
    m->scenes = arena_alloc(&db->arena, sizeof *m->scenes * (size_t)total);
    m->depth = arena_alloc(&db->arena, sizeof *m->depth * (size_t)total);
    if (!m->scenes || !m->depth)
        return -1;
    int n_lists = 0;
    for (int i = 0; i < total; i++) {
        const cw_scene_info *s = cw_scenario_scene(db->scenario, i);
        n_lists = s && s->n_choices + 1 > n_lists ? s->n_choices + 1 : n_lists;
    }
    const char *const **lists = arena_alloc(&db->arena, sizeof *lists * (size_t)n_lists);
    int *counts = arena_alloc(&db->arena, sizeof *counts * (size_t)n_lists);
    if (!lists || !counts)
        return -1;
    m->scenes[m->n_scenes++] = start;
    int n_links = 0;
    for (int head = 0; head < m->n_scenes; head++) {
        int n = map_targets(m->scenes[head], db->s->role, lists, counts, n_lists);
        for (int l = 0; l < n; l++)
            for (int t = 0; t < counts[l]; t++) {
                n_links++;
                if (debrief_map_find(m, lists[l][t]) >= 0)
                    continue;
                const cw_scene_info *next = cw_scenario_scene_find(db->scenario, lists[l][t]);
                if (next && m->n_scenes < total) {
                    m->depth[m->n_scenes] = m->depth[head] + 1;
                    m->scenes[m->n_scenes++] = next;
                }
            }
    }
    m->edge_from = arena_alloc(&db->arena, sizeof *m->edge_from * (size_t)(n_links ? n_links : 1));
    m->edge_to = arena_alloc(&db->arena, sizeof *m->edge_to * (size_t)(n_links ? n_links : 1));
    if (!m->edge_from || !m->edge_to)
        return -1;
    for (int from = 0; from < m->n_scenes; from++) {
        int first = m->n_edges;
        m->n_endings += m->scenes[from]->is_ending != 0;
        int n = map_targets(m->scenes[from], db->s->role, lists, counts, n_lists);
        for (int l = 0; l < n; l++)
            for (int t = 0; t < counts[l]; t++) {
                int to = debrief_map_find(m, lists[l][t]), seen = 0;
                for (int e = first; e < m->n_edges && !seen; e++)
                    seen = m->edge_to[e] == to;
                if (to >= 0 && to != from && !seen && m->n_edges < n_links) {
                    m->edge_from[m->n_edges] = from;
                    m->edge_to[m->n_edges++] = to;
                }
            }
    }
    return 0;
}

/* The recommended route and the other roles alongside, by walking the scenario. */
static int walk_routes(cw_report_debrief *db, cw_error *err)
{
    const cw_report_session *s = db->s;
    walk_plan_item *plan = plan_of(s);
    if (!plan) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    walk_request req = {db->scenario, s->role, s->seed, WALK_RECOMMENDED, plan, s->n_decisions, 0, 0};
    int rc = walk_scenario(&req, &db->arena, &db->recommended, err);
    const cw_scenario_info *info = cw_scenario_info_get(db->scenario);
    for (int r = 0; rc == 0 && r < info->n_roles && db->n_others < DEBRIEF_MAX_OTHERS; r++) {
        if (strcmp(info->roles[r].id, s->role) == 0)
            continue;
        debrief_other *o = &db->others[db->n_others++];
        o->role = info->roles[r].id;
        o->name = info->roles[r].name;
        walk_request beside = {db->scenario, o->role, s->seed, WALK_ALONGSIDE, plan, s->n_decisions, 1, 0};
        rc = walk_scenario(&beside, &db->arena, &o->route, err);
    }
    free(plan);
    return rc;
}

cw_report_debrief *cw_report_debrief_new(cw_report_session *s, cw_scenario *scenario, cw_error *err)
{
    cw_report_debrief *db = calloc(1, sizeof *db);
    if (!db) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    db->s = s;
    db->scenario = scenario;
    db->role_name = s->role;
    int n = s->n_decisions ? s->n_decisions : 1, tags = cw_competency_count();
    db->plus = arena_alloc(&db->arena, sizeof *db->plus * (size_t)n);
    db->delta = arena_alloc(&db->arena, sizeof *db->delta * (size_t)n);
    db->tag_points = arena_alloc(&db->arena, sizeof *db->tag_points * (size_t)(tags ? tags : 1));
    db->tag_max = arena_alloc(&db->arena, sizeof *db->tag_max * (size_t)(tags ? tags : 1));
    if (db->arena.failed) {
        cw_report_debrief_free(db);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return NULL;
    }
    if (scenario) {
        const cw_role *role = cw_scenario_role(scenario, s->role);
        if (role)
            db->role_name = role->name;
        if (!s->replayed && s->n_decisions > 0)
            cw_report_session_replay(s, scenario);
        const cw_scenario_info *info = cw_scenario_info_get(scenario);
        if (!info->sha256 || strcmp(info->sha256, s->scenario_sha256) != 0)
            db->scenario_note = arena_printf(&db->arena, "The scenario file has changed since this "
                                             "session (version %s then, %s now): its texts may "
                                             "differ from what the trainee read.",
                                             s->scenario_version, info->version ? info->version : "?");
        if (s->replay_note && *s->replay_note)
            db->scenario_note = arena_printf(&db->arena, "The scenario file no longer matches this "
                                             "record after decision %d: %s.", s->replayed,
                                             s->replay_note);
        if (build_map(db) != 0 || walk_routes(db, err) != 0) {
            if (db->arena.failed)
                cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
            cw_report_debrief_free(db);
            return NULL;
        }
    }
    db->titles = arena_alloc(&db->arena, sizeof *db->titles * (size_t)(s->n_decisions ? s->n_decisions : 1));
    for (int i = 0; db->titles && i < s->n_decisions; i++)
        db->titles[i] = report_scene_title(&db->arena, scenario, s->decisions[i].scene, s->decisions[i].scene_text);
    split_plus_delta(db);
    tally_competencies(db);
    pick_take_home(db);
    return db;
}

const char *debrief_title(const cw_report_debrief *db, int i)
{
    return db->titles && db->titles[i] ? db->titles[i] : db->s->decisions[i].scene;
}

const char *debrief_step_title(const cw_report_debrief *db, const walk_step *ws)
{
    if (ws->ending_title)
        return ws->ending_title;
    return report_scene_title((report_arena *)&db->arena, db->scenario, ws->scene, ws->text);
}

void cw_report_debrief_free(cw_report_debrief *db)
{
    if (!db)
        return;
    arena_free(&db->arena);
    free(db);
}

int debrief_cited_points(const cw_report_debrief *db, int *numbers)
{
    int seen[PRACTICE_POINT_COUNT + 1] = {0}, n = 0;
    for (int i = 0; i < db->s->n_decisions; i++) {
        int cited[PRACTICE_POINT_COUNT];
        int k = practice_points_cited(db->s->decisions[i].rationale, cited, PRACTICE_POINT_COUNT);
        while (k-- > 0)
            seen[cited[k]] = 1;
    }
    for (int p = 1; p <= PRACTICE_POINT_COUNT; p++)
        if (seen[p])
            numbers[n++] = p;
    return n;
}
