/* progress_words.c — "Decision 3 of about 7": where a trainee is in a case, in words. */
#include <stdio.h>

#include "progress_words.h"

const char *decision_progress(int number, int estimate, char *out, size_t size)
{
    if (estimate >= number)
        snprintf(out, size, "Decision %d of about %d", number, estimate);
    else
        snprintf(out, size, "Decision %d", number);
    return out;
}
