/* shown_step.c — copying a cw_step so it outlives the session's next move. */
#include <stdlib.h>
#include <string.h>

#include "shown_step.h"

static char *copy_text(const char *s, int *failed)
{
    char *out = strdup(s ? s : "");
    if (!out)
        *failed = 1;
    return out;
}

void shown_step_free(shown_step *step)
{
    char **texts[] = { &step->scene_id, &step->phase, &step->speaker, &step->text, &step->reason_prompt,
                       &step->compose_prompt, &step->ending_title, &step->classification };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        free(*texts[i]);
    for (int i = 0; i < step->n_options; i++) {
        free(step->options[i]);
        free(step->option_ids[i]);
    }
    free(step->options);
    free(step->option_ids);
    memset(step, 0, sizeof *step);
}

int shown_step_copy(shown_step *dst, const cw_step *src)
{
    shown_step_free(dst);
    int failed = 0;
    dst->kind = src->kind;
    dst->scene_id = copy_text(src->scene_id, &failed);
    dst->phase = copy_text(src->phase, &failed);
    dst->speaker = copy_text(src->speaker, &failed);
    dst->text = copy_text(src->text, &failed);
    dst->reason_prompt = src->reason_prompt ? copy_text(src->reason_prompt, &failed) : NULL;
    dst->compose_prompt = copy_text(src->compose_prompt, &failed);
    dst->ending_title = copy_text(src->ending_title, &failed);
    dst->classification = copy_text(src->classification, &failed);
    dst->decision_number = src->decision_number;
    dst->min_clauses = src->min_clauses;
    dst->max_clauses = src->max_clauses;
    dst->own_text_allowed = src->own_text_allowed;

    const cw_option_view *options = src->kind == CW_STEP_COMPOSE ? src->clauses : src->choices;
    int n = src->kind == CW_STEP_COMPOSE ? src->n_clauses : src->kind == CW_STEP_CHOICE ? src->n_choices : 0;
    if (n > 0) {
        dst->options = calloc((size_t)n, sizeof *dst->options);
        dst->option_ids = calloc((size_t)n, sizeof *dst->option_ids);
        if (!dst->options || !dst->option_ids) {
            free(dst->options);
            free(dst->option_ids);
            dst->options = dst->option_ids = NULL;
            failed = 1;
        }
        for (int i = 0; dst->options && i < n; i++, dst->n_options++) {
            dst->options[i] = copy_text(options[i].text, &failed);
            dst->option_ids[i] = copy_text(options[i].id, &failed);
        }
    }
    if (failed) {
        shown_step_free(dst);
        return -1;
    }
    return 0;
}
