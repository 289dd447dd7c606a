/* walk.c — walks a scenario through the public session interface, recording nothing:
 * replays a record's answers to recover texts, finds the recommended route from each choice's
 * rating (and, at a drafting step, by trying drafts), or follows another role alongside a
 * trainee. A try is a fresh session that replays the answers so far, so the walk never depends
 * on the engine's internals. */
#include <stdlib.h>
#include <string.h>

#include "casewalk_report.h"
#include "report/arena.h"
#include "report/walk.h"

#define WALK_DEFAULT_MAX_STEPS 200

walk_plan_item walk_plan_from_decision(const cw_report_decision *d)
{
    walk_plan_item item = {d->scene, d->is_draft, d->chosen, d->clauses, d->n_clauses, d->own};
    if (d->room) /* a room participant: the story follows the room's choice */
        item.chosen = d->room;
    if (d->room_clauses) {
        item.clauses = d->room_clauses;
        item.n_clauses = d->n_room_clauses;
        item.own = NULL;
    }
    if (item.own && !*item.own)
        item.own = NULL;
    return item;
}

typedef struct walker {
    const walk_request *req;
    report_arena *arena;
    walk_answer *taken; /* answers given so far, to replay in a try */
    int n_taken;
    cw_error *err;
} walker;

static cw_session *walk_start(const walker *w, cw_error *err)
{
    cw_session_options options;
    memset(&options, 0, sizeof options);
    options.role = w->req->role;
    options.seed = w->req->seed;
    options.has_seed = 1;
    options.mode = CW_MODE_PRACTICE;
    return cw_session_start(w->req->scenario, &options, err);
}

static int walk_apply(cw_session *session, const walk_answer *a, cw_error *err)
{
    if (a->is_draft)
        return cw_session_compose(session, a->positions, a->n_positions, a->own, NULL, err);
    return cw_session_choose(session, a->positions[0], NULL, err);
}

/* How good an answer's result is, for comparing tries: rating, then points, then fewer flags
 * and missing elements. */
typedef struct outcome {
    int ok;
    cw_rating rating;
    int points, problems;
} outcome;

static int outcome_better(const outcome *a, const outcome *b)
{
    if (!b->ok)
        return a->ok;
    if (!a->ok)
        return 0;
    if (a->rating != b->rating)
        return a->rating > b->rating;
    if (a->points != b->points)
        return a->points > b->points;
    return a->problems < b->problems;
}

/* Replays the answers taken so far in a fresh session, then gives answer a. */
static outcome walk_try(const walker *w, const walk_answer *a)
{
    outcome o = {0, CW_RATING_NONE, 0, 0};
    cw_error err;
    cw_session *session = walk_start(w, &err);
    if (!session)
        return o;
    int i = 0;
    while (i < w->n_taken && walk_apply(session, &w->taken[i], &err) == 0)
        i++;
    if (i == w->n_taken && walk_apply(session, a, &err) == 0) {
        const cw_result *r = cw_session_result(session, cw_session_result_count(session) - 1);
        if (r) {
            o.ok = 1;
            o.rating = r->rating;
            o.points = r->points;
            o.problems = r->n_flags + r->n_missing;
        }
    }
    cw_session_free(session);
    return o;
}

static int find_option(const walk_step *ws, const char *id)
{
    for (int i = 0; id && i < ws->n_options; i++)
        if (strcmp(ws->options[i].id, id) == 0)
            return i;
    return -1;
}

/* The plan's answer translated to this step's positions; 0 when it does not fit. */
static int answer_from_plan(const walk_step *ws, const walk_plan_item *item, walk_answer *a)
{
    memset(a, 0, sizeof *a);
    if (!item || strcmp(item->scene, ws->scene) != 0)
        return 0;
    a->is_draft = ws->kind == CW_STEP_COMPOSE;
    if (a->is_draft != item->is_draft)
        return 0;
    if (!a->is_draft) {
        a->positions[0] = find_option(ws, item->chosen);
        a->n_positions = 1;
        return a->positions[0] >= 0;
    }
    if (item->n_clauses > (int)(sizeof a->positions / sizeof a->positions[0]))
        return 0;
    for (int i = 0; i < item->n_clauses; i++)
        if ((a->positions[i] = find_option(ws, item->clauses[i])) < 0)
            return 0;
    a->n_positions = item->n_clauses;
    a->own = item->own;
    return 1;
}

/* Each shown choice's rating, asked of the session standing at the step. */
static void rate_choices(const cw_session *session, walk_step *ws)
{
    for (int i = 0; i < ws->n_options; i++)
        ws->options[i].rating = cw_session_choice_rating(session, i);
}

/* The best-rated choice (the first of equals); preferred wins when it is as good. */
static int best_choice(const walk_step *ws, int preferred)
{
    int best = 0;
    for (int i = 1; i < ws->n_options; i++)
        if (ws->options[i].rating > ws->options[best].rating)
            best = i;
    if (preferred >= 0 && ws->options[preferred].rating >= ws->options[best].rating)
        return preferred;
    return best;
}

/* A good draft found greedily: add the clause that helps most, while it helps. Candidates
 * shorter than the step's minimum are filled up with the next unused clauses to be tried. */
static void best_draft(const walker *w, const walk_step *ws, int min, int max, walk_answer *out)
{
    walk_answer current = {1, {0}, 0, NULL}, best = current;
    outcome best_outcome = {0, CW_RATING_NONE, 0, 0};
    int limit = max < ws->n_options ? max : ws->n_options;
    if (limit > (int)(sizeof current.positions / sizeof current.positions[0]))
        limit = (int)(sizeof current.positions / sizeof current.positions[0]);
    while (current.n_positions < limit) {
        int pick = -1;
        outcome pick_outcome = {0, CW_RATING_NONE, 0, 0};
        walk_answer pick_answer = current;
        for (int c = 0; c < ws->n_options; c++) {
            int used = 0;
            for (int k = 0; k < current.n_positions; k++)
                used |= current.positions[k] == c;
            if (used)
                continue;
            walk_answer cand = current;
            cand.positions[cand.n_positions++] = c;
            for (int f = 0; cand.n_positions < min && f < ws->n_options; f++) {
                int taken = 0;
                for (int k = 0; k < cand.n_positions; k++)
                    taken |= cand.positions[k] == f;
                if (!taken)
                    cand.positions[cand.n_positions++] = f;
            }
            outcome o = walk_try(w, &cand);
            if (pick < 0 || outcome_better(&o, &pick_outcome)) {
                pick = c;
                pick_outcome = o;
                pick_answer = cand;
            }
        }
        if (pick < 0 || (best_outcome.ok && !outcome_better(&pick_outcome, &best_outcome)))
            break;
        best_outcome = pick_outcome;
        best = pick_answer;
        current.positions[current.n_positions++] = pick;
    }
    *out = best.n_positions ? best : current;
    if (!out->n_positions && ws->n_options) {
        out->positions[0] = 0;
        out->n_positions = 1;
    }
}

/* Copies what the step shows into ws. Returns -1 when memory ran out. */
static int copy_step(walker *w, const cw_step *step, walk_step *ws)
{
    report_arena *a = w->arena;
    ws->kind = step->kind;
    ws->scene = arena_strdup(a, step->scene_id);
    ws->phase = arena_strdup(a, step->phase ? step->phase : "");
    ws->speaker = arena_strdup(a, step->speaker ? step->speaker : "");
    ws->text = arena_strdup(a, step->text ? step->text : "");
    ws->discussion = arena_strdup(a, step->discussion);
    ws->picked = -1;
    ws->rating = CW_RATING_NONE;
    const cw_option_view *views = step->kind == CW_STEP_CHOICE ? step->choices : step->clauses;
    int n = step->kind == CW_STEP_CHOICE ? step->n_choices
            : step->kind == CW_STEP_COMPOSE ? step->n_clauses : 0;
    if (n > 0) {
        ws->options = arena_alloc(a, sizeof *ws->options * (size_t)n);
        if (!ws->options)
            return -1;
        for (int i = 0; i < n; i++) {
            ws->options[i].id = arena_strdup(a, views[i].id);
            ws->options[i].text = arena_strdup(a, views[i].text ? views[i].text : "");
            ws->options[i].rating = CW_RATING_NONE;
        }
        ws->n_options = n;
    }
    if (step->kind == CW_STEP_ENDING) {
        ws->ending_title = arena_strdup(a, step->ending_title ? step->ending_title : "");
        ws->classification = arena_strdup(a, step->classification ? step->classification : "");
    }
    return a->failed ? -1 : 0;
}

static const char **copy_list(report_arena *a, const char *const *list, int n)
{
    const char **out = arena_alloc(a, sizeof *out * (size_t)(n ? n : 1));
    for (int i = 0; out && i < n; i++)
        out[i] = arena_strdup(a, list[i]);
    return out;
}

static void copy_result(walker *w, const cw_result *r, walk_step *ws)
{
    report_arena *a = w->arena;
    ws->rating = r->rating;
    ws->points = r->points;
    ws->max_points = r->max_points;
    ws->chosen_text = arena_strdup(a, r->chosen_text);
    ws->feedback = arena_strdup(a, r->feedback);
    ws->rationale = arena_strdup(a, r->rationale);
    ws->flags = copy_list(a, r->flags, r->n_flags);
    ws->n_flags = r->n_flags;
    ws->missing = copy_list(a, r->missing, r->n_missing);
    ws->n_missing = r->n_missing;
}

/* The plan item for the next decision (by order), or NULL. */
static const walk_plan_item *plan_next(const walker *w)
{
    return w->n_taken < w->req->n_plan ? &w->req->plan[w->n_taken] : NULL;
}

/* Any plan item for this scene (the trainee may have met it at another point of the path). */
static const walk_plan_item *plan_for_scene(const walker *w, const char *scene)
{
    for (int i = 0; i < w->req->n_plan; i++)
        if (strcmp(w->req->plan[i].scene, scene) == 0)
            return &w->req->plan[i];
    return NULL;
}

/* Decides the answer at a choice or compose step. Returns 0, or 1 to stop (route->stopped). */
static int decide(walker *w, const cw_session *session, const cw_step *step, walk_step *ws, walk_answer *a,
                  const char **why)
{
    const walk_request *req = w->req;
    const walk_plan_item *next = plan_next(w);
    int fits = answer_from_plan(ws, next, a);
    if (req->policy == WALK_REPLAY || req->policy == WALK_ALONGSIDE) {
        if (!next) {
            *why = req->policy == WALK_REPLAY ? NULL : "the trainee's session stops here";
            return 1;
        }
        if (strcmp(next->scene, ws->scene) != 0) {
            *why = arena_printf(w->arena, "this role is at scene \"%s\" where the record has \"%s\"",
                                ws->scene, next->scene);
            return 1;
        }
        if (req->policy == WALK_REPLAY && !fits) {
            *why = arena_printf(w->arena, "scene \"%s\" no longer offers the recorded answer",
                                ws->scene);
            return 1;
        }
    }
    if (ws->kind == CW_STEP_CHOICE && (req->rate_options || (req->policy != WALK_REPLAY && !fits) ||
                                       req->policy == WALK_RECOMMENDED))
        rate_choices(session, ws);

    if (req->policy == WALK_RECOMMENDED) {
        walk_answer own;
        const walk_plan_item *mine = plan_for_scene(w, ws->scene);
        int own_fits = answer_from_plan(ws, mine, &own);
        if (ws->kind == CW_STEP_CHOICE) {
            int pick = best_choice(ws, own_fits ? own.positions[0] : -1);
            *a = (walk_answer){0, {pick}, 1, NULL};
        } else if (own_fits && walk_try(w, &own).rating == CW_RATING_RECOMMENDED) {
            *a = own;
        } else {
            best_draft(w, ws, step->min_clauses, step->max_clauses, a);
        }
    } else if (!fits) { /* alongside, where the trainee's answer is not offered to this role */
        if (ws->kind == CW_STEP_CHOICE)
            *a = (walk_answer){0, {best_choice(ws, -1)}, 1, NULL};
        else
            best_draft(w, ws, step->min_clauses, step->max_clauses, a);
    }
    if (ws->kind == CW_STEP_CHOICE)
        ws->picked = a->positions[0];
    ws->answer = *a;
    if (a->own)
        ws->answer.own = arena_strdup(w->arena, a->own);
    return 0;
}

int walk_scenario(const walk_request *req, report_arena *arena, walk_route *route, cw_error *err)
{
    memset(route, 0, sizeof *route);
    int max_steps = req->max_steps > 0 ? req->max_steps : WALK_DEFAULT_MAX_STEPS;
    walker w = {req, arena, NULL, 0, err};
    route->steps = arena_alloc(arena, sizeof *route->steps * (size_t)max_steps);
    w.taken = calloc((size_t)max_steps, sizeof *w.taken);
    if (!route->steps || !w.taken) {
        free(w.taken);
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    cw_error local;
    cw_session *session = walk_start(&w, &local);
    if (!session) {
        route->stopped = arena_strdup(arena, local.message);
        free(w.taken);
        return 0;
    }
    int status = 0;
    while (route->n_steps < max_steps) {
        const cw_step *step = cw_session_step(session);
        if (!step) {
            route->stopped = "the scenario showed no step";
            break;
        }
        walk_step *ws = &route->steps[route->n_steps];
        if (copy_step(&w, step, ws) != 0) {
            status = -1;
            break;
        }
        route->n_steps++;
        if (step->kind == CW_STEP_ENDING)
            break;
        walk_answer a;
        const char *why = NULL;
        if (decide(&w, session, step, ws, &a, &why) != 0) {
            route->stopped = why;
            break;
        }
        /* the step's strings die with the next call: everything needed was copied above */
        if (walk_apply(session, &a, &local) != 0) {
            route->stopped = arena_strdup(arena, local.message);
            break;
        }
        const cw_result *r = cw_session_result(session, cw_session_result_count(session) - 1);
        if (r)
            copy_result(&w, r, ws);
        w.taken[w.n_taken++] = a;
    }
    if (route->n_steps == max_steps && !route->stopped)
        route->stopped = "the walk went on longer than any scenario should";
    cw_session_free(session);
    free(w.taken);
    if (status != 0 || arena->failed) {
        cw_error_set(err, CW_ERR_SYSTEM, NULL, 0, "out of memory");
        return -1;
    }
    return 0;
}
