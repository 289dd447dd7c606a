/* pseudonym.h — a friendly pseudonym to offer when the trainee leaves theirs blank, so that no
 * two trainees share one record name such as "anonymous". */
#ifndef CW_PLAYERS_PSEUDONYM_H
#define CW_PLAYERS_PSEUDONYM_H

#include <stddef.h>

/* Writes an adjective, a bird and a number, e.g. "quiet-heron-42", into out. */
void pseudonym_suggest(char *out, size_t size);

#endif
