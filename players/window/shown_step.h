/* shown_step.h — a copy of the step on screen. The engine's step strings end with the next move
 * of the session, but the window keeps showing the scene while it shows the feedback. */
#ifndef CW_WINDOW_SHOWN_STEP_H
#define CW_WINDOW_SHOWN_STEP_H

#include "casewalk.h"

typedef struct shown_step {
    cw_step_kind kind;
    char *scene_id, *phase, *speaker, *text, *reason_prompt;
    char *compose_prompt, *ending_title, *classification;
    char **options; /* the choices, or the clauses of a compose step */
    char **option_ids;
    int n_options;
    int decision_number, min_clauses, max_clauses, own_text_allowed;
} shown_step;

/* Replaces dst with a copy of src. Returns 0, or -1 when out of memory (dst is then empty). */
int shown_step_copy(shown_step *dst, const cw_step *src);
void shown_step_free(shown_step *step);

#endif
