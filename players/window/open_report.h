/* open_report.h — a debrief or a group summary written as an HTML page to a private folder of
 * this user (0700; the page 0600; no pseudonym in its name) and opened in the browser. */
#ifndef CW_WINDOW_OPEN_REPORT_H
#define CW_WINDOW_OPEN_REPORT_H

#include <stddef.h>

#include "casewalk.h"

/* What came of it: the page's path (when written) and a sentence for the screen. */
typedef struct report_opened {
    int written, opened;
    char path[1024];
    char message[1200];
} report_opened;

/* The debrief of one record; scenario_path may be NULL (the installed one of the record's id). */
void open_debrief(const char *record_path, const char *scenario_path, report_opened *out);

/* The group summary of every record under folder. */
void open_summary(const char *folder, report_opened *out);

/* Counts the records (*.jsonl) under folder; -1 when it cannot be read. */
long count_records(const char *folder);

#endif
