/* scenario_length.c — about how many decisions a playthrough takes, for a player's progress line
 * ("Decision 3 of about 7"): over the scenario's map, the number of decisions on the shortest way
 * to the ending that is farthest away. Linear in scenes and routes; a cycle cannot make it run on. */
#include <stdlib.h>

#include "casewalk.h"

/* The index of a scene of the map (the map's scenes are one array), or -1. */
static int index_of(const cw_scenario *scenario, int n, const cw_scene_info *scene)
{
    const cw_scene_info *base = cw_scenario_scene(scenario, 0);
    if (!scene || !base || scene < base || scene - base >= n)
        return -1;
    int i = (int)(scene - base);
    return cw_scenario_scene(scenario, i) == scene ? i : -1;
}

int cw_scenario_decisions_estimate(const cw_scenario *scenario)
{
    int n = cw_scenario_scene_count(scenario);
    const cw_scenario_info *info = cw_scenario_info_get(scenario);
    const cw_scene_info *start = info ? cw_scenario_scene_find(scenario, info->start_scene) : NULL;
    if (n <= 0 || !start)
        return 0;
    int *depth = malloc((size_t)n * sizeof *depth), *queue = malloc((size_t)n * sizeof *queue);
    if (!depth || !queue) {
        free(depth);
        free(queue);
        return 0;
    }
    for (int i = 0; i < n; i++)
        depth[i] = -1;
    int head = 0, tail = 0, farthest = 0;
    int first = index_of(scenario, n, start);
    if (first >= 0) {
        depth[first] = 0;
        queue[tail++] = first;
    }
    while (head < tail) {
        int at = queue[head++];
        const cw_scene_info *s = cw_scenario_scene(scenario, at);
        if (s->is_ending) {
            if (depth[at] > farthest)
                farthest = depth[at];
            continue;
        }
        for (int c = -1; c < s->n_choices; c++) { /* -1: a drafting step's own routes */
            const char *const *targets = c < 0 ? s->targets : s->choices[c].targets;
            int n_targets = c < 0 ? s->n_targets : s->choices[c].n_targets;
            for (int t = 0; t < n_targets; t++) {
                int k = index_of(scenario, n, cw_scenario_scene_find(scenario, targets[t]));
                if (k >= 0 && depth[k] < 0) {
                    depth[k] = depth[at] + 1;
                    queue[tail++] = k;
                }
            }
        }
    }
    free(depth);
    free(queue);
    return farthest;
}
