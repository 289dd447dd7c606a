/* check_text.h — `casewalk check` on the text itself: no string of a scenario, written in the file
 * or given by one of its functions while check walks the paths, may hold a control character
 * other than newline and tab (a terminal would obey it). */
#ifndef CW_CHECK_TEXT_H
#define CW_CHECK_TEXT_H

#include "session_internal.h"

/* Reports each string written in the scenario that holds a control character, as "FILE:LINE:
 * where: 'field' holds control character U+001B, ..."; returns the number reported. */
int check_scenario_text(const cw_scenario *sc, cw_finding_fn report, void *ud);

/* Reports each text that session s shows now (its step, unless step is 0, and the last decision's
 * feedback, flags and missing elements, made at the scene of index decided_at) holding a control
 * character. A step whose texts were checked before (the same view) need not be again. */
void check_step_text(const cw_session *s, int decided_at, int step, cw_finding_fn report, void *ud);

/* The same for the result r (NULL: none) of a decision made at the scene of index decided_at, as
 * check_step_text reports it once the session has moved on. */
void check_result_text(const cw_scenario *sc, int decided_at, const result_entry *r, cw_finding_fn report, void *ud);

#endif
