/* answers.h — scripted answers (--choose): parsed once, applied to decisions in order by any player.
 *
 * Syntax: answers separated by commas, one per decision.
 *   2            the 2nd choice shown (at a compose step: clause 2 alone)
 *   3+1+4        at a compose step: clauses 3, 1 and 4, in that order
 *   3+1+"text"   ... and the trainee's own sentence (a doubled "" is a quote inside it)
 *   2:"reason"   any answer may carry the trainee's reason after a colon (quotes optional when
 *                the reason holds no comma)
 *   @talk_alone  the choice (or, at a compose step, the clause) with this id, wherever it is
 *                shown: choice order is drawn per session, so scripts that must take a given
 *                choice name it; @a+@b and 3+@b work at a compose step */
#ifndef CW_ANSWERS_H
#define CW_ANSWERS_H

#include <stddef.h>

#include "casewalk.h"

typedef struct answer {
    int positions[64]; /* 1-based, as typed; 0 where the answer names an id instead */
    char *ids[64];     /* the id named with @, or NULL */
    int n_positions;
    char *own_text; /* NULL when none */
    char *reason;   /* NULL when none */
} answer;

typedef struct answer_list {
    answer *items;
    int count;
    int next; /* the next answer to apply */
} answer_list;

/* Returns 0, or -1 with a message in why. */
int answers_parse(const char *spec, answer_list *list, char *why, size_t why_size);
void answers_free(answer_list *list);

/* Answers the session's current step with the next answer. Returns 0 when applied, 1 when no
 * answer is left, -1 on error (err says which decision and why; CW_ERR_NOT_SAVED stops). */
int answers_apply_next(answer_list *list, cw_session *session, cw_error *err);

#endif
