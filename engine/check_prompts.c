/* check_prompts.c — `casewalk check` warns where a decision has no discussion prompt: the
 * facilitator's summary leads its ranking of where CPS and DV diverged with that prompt, and
 * without one it can only suggest a question built from the answers. */
#include <stdio.h>

#include "casewalk.h"
#include "scenario_model.h"

int cw_scenario_prompt_warnings(const cw_scenario *sc, cw_finding_fn report, void *ud)
{
    int count = 0;
    for (int i = 0; i < sc->n_scenes; i++) {
        const scene *s = &sc->scenes[i];
        if (s->is_ending || (s->n_choices == 0 && !s->compose) || (s->discussion && *s->discussion))
            continue;
        char message[512];
        snprintf(message, sizeof message,
                 "%s:%d: warning: scene '%s' is a decision without a discussion prompt (the summary "
                 "then suggests one from the answers)", sc->path, s->line, s->id);
        report(ud, message);
        count++;
    }
    return count;
}
