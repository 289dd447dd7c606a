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
