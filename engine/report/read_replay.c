/* read_replay.c — finds the scenario a record was made with, and replays the record through
 * it to fill in the texts a record does not keep (scenes, choices, feedback, rationale). */
#include <stdlib.h>
#include <string.h>

#include "casewalk_report.h"
#include "report/arena.h"
#include "report/walk.h"
#include "report/read.h"

cw_scenario *cw_report_scenario_for(const cw_report_session *s, const char *scenario_path,
                                    int *same_file, cw_error *err)
{
    *same_file = 0;
    char *path = cw_scenario_find(scenario_path ? scenario_path : s->scenario_id, err);
    if (!path)
        return NULL;
    cw_scenario *scenario = cw_scenario_load(path, err);
    free(path);
    if (!scenario)
        return NULL;
    const cw_scenario_info *info = cw_scenario_info_get(scenario);
    *same_file = info->sha256 && strcmp(info->sha256, s->scenario_sha256) == 0;
    return scenario;
}

/* A room participant's replay walks the room's path: where their own vote differs, the texts
 * are their vote's (a draft's text is in the record; its rubric's feedback is not). */
static void own_vote_texts(cw_report_decision *d, cw_scenario *scenario)
{
    if (d->followed) {
        d->feedback = d->rationale = NULL;
        return;
    }
    if (d->is_draft) {
        int same = d->n_clauses == d->n_room_clauses && !*d->own;
        for (int i = 0; same && i < d->n_clauses; i++)
            same = strcmp(d->clauses[i], d->room_clauses[i]) == 0;
        if (!same) {
            d->chosen_text = d->text;
            d->feedback = NULL;
        }
        return;
    }
    if (strcmp(d->chosen, d->room) == 0)
        return;
    for (int k = 0; k < d->n_shown; k++)
        if (strcmp(d->shown[k], d->chosen) == 0 && d->shown_text)
            d->chosen_text = d->shown_text[k];
    const cw_scene_info *scene = cw_scenario_scene_find(scenario, d->scene);
    for (int c = 0; scene && c < scene->n_choices; c++)
        if (strcmp(scene->choices[c].id, d->chosen) == 0) {
            d->feedback = scene->choices[c].feedback;
            d->rationale = scene->choices[c].rationale;
        }
}

int cw_report_session_replay(cw_report_session *s, cw_scenario *scenario)
{
    report_arena *arena = report_session_arena(s);
    cw_report_decision *decisions = (cw_report_decision *)s->decisions; /* the session's own */
    walk_plan_item *plan = calloc((size_t)(s->n_decisions ? s->n_decisions : 1), sizeof *plan);
    if (!plan) {
        s->replay_note = "out of memory";
        return 0;
    }
    for (int i = 0; i < s->n_decisions; i++)
        plan[i] = walk_plan_from_decision(&decisions[i]);
    walk_request req = {scenario, s->role, s->seed, WALK_REPLAY, plan, s->n_decisions, 0, 0};
    walk_route route;
    cw_error err;
    int replayed = 0;
    if (walk_scenario(&req, arena, &route, &err) != 0) {
        s->replay_note = arena_strdup(arena, err.message);
    } else {
        for (int i = 0; i < route.n_steps && replayed < s->n_decisions; i++) {
            const walk_step *ws = &route.steps[i];
            if (ws->kind == CW_STEP_ENDING || !ws->chosen_text)
                continue;
            cw_report_decision *d = &decisions[replayed++];
            d->scene_text = ws->text;
            d->speaker = ws->speaker;
            d->discussion = ws->discussion;
            const char **texts = arena_alloc(arena, sizeof *texts * (size_t)(d->n_shown ? d->n_shown : 1));
            for (int k = 0; texts && k < d->n_shown; k++)
                for (int o = 0; o < ws->n_options; o++)
                    if (strcmp(ws->options[o].id, d->shown[k]) == 0)
                        texts[k] = ws->options[o].text;
            d->shown_text = texts;
            d->chosen_text = ws->chosen_text;
            d->feedback = ws->feedback;
            d->rationale = ws->rationale;
            if (d->room || d->room_clauses)
                own_vote_texts(d, scenario);
        }
        if (route.stopped)
            s->replay_note = route.stopped;
        else if (replayed < s->n_decisions)
            s->replay_note = "the scenario ended before the record did";
    }
    free(plan);
    s->replayed = replayed;
    return replayed;
}
