/* progress_words.h — the words of a decision screen's progress line (progress_words.c). */
#ifndef CW_WINDOW_PROGRESS_WORDS_H
#define CW_WINDOW_PROGRESS_WORDS_H

#include <stddef.h>

/* "Decision 3 of about 7" while number is within estimate (the scenario's usual length, from
 * cw_scenario_decisions_estimate), else "Decision 9": never an "of about" plainly wrong. Writes
 * out and returns it. */
const char *decision_progress(int number, int estimate, char *out, size_t size);

#endif
