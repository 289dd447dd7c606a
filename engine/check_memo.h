/* check_memo.h — the rubric scores `casewalk check` has already computed during one role's walk.
 *
 * The walk tries dozens of drafts at every state that stands at a drafting step, and many states
 * differ only in variables the rubric never reads. A rubric sees the draft (its clauses and their
 * texts), the role, the state variables it reads and, if it calls math.random, the session's
 * generator; it is deterministic given those (scenario functions are: the walk already relies
 * on it). So a score is kept with the values of the variables the call read (and the generator,
 * when the call drew from it), and given back for any later state that agrees on all of them. */
#ifndef CW_CHECK_MEMO_H
#define CW_CHECK_MEMO_H

#include "scenario_call.h"

typedef struct check_memo check_memo;

check_memo *check_memo_new(const cw_scenario *sc);
void check_memo_free(check_memo *m);

/* A small number naming the list of clause texts a drafting step shows (texts may interpolate
 * state, so the same scene can show different ones); -1 when out of memory. */
int check_memo_texts(check_memo *m, int scene_index, const char *const *texts, int n);

/* What the rubric returned for the draft of the clause positions pos[0..n) at scene with the
 * clause texts texts_id, in state with the generator rng, and the generator after the call; NULL
 * when nothing kept applies. */
const rubric_result *check_memo_find(const check_memo *m, int scene_index, int texts_id, const int *pos, int n,
                                     const value *state, const cw_rng *rng, cw_rng *rng_after);

/* Keeps a copy of what the rubric returned: reads[i] is 1 for each state variable the call read;
 * rng and rng_after are the generator before and after (if they differ, the call drew from it,
 * and rng must match too). */
void check_memo_keep(check_memo *m, int scene_index, int texts_id, const int *pos, int n, const value *state,
                     const unsigned char *reads, const cw_rng *rng, const cw_rng *rng_after,
                     const rubric_result *result);

/* A deep copy of a rubric's result; -1 when out of memory (dst then needs no freeing). */
int rubric_result_copy(rubric_result *dst, const rubric_result *src);

#endif
