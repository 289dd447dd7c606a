/* summary_lrs.h — `casewalk summary --lrs ENDPOINT --scenario ID`: the group summary made from
 * the statements a learning record store holds, paged through with lrs_fetch.c. */
#ifndef CW_SUMMARY_LRS_H
#define CW_SUMMARY_LRS_H

#include "casewalk_report.h"

typedef struct summary_lrs_options {
    const char *endpoint;
    const char *scenario_id;
    const char *homepage;   /* of the statements' IRIs, as exported */
    const char *since, *until; /* stored since / until, as the store takes them; NULL = open */
    const char *auth_file;
    int insecure_http;
    int page_size;          /* statements per page asked for */
    long max_pages;         /* per pass */
} summary_lrs_options;

/* Checks a --since/--until value: 2026-11-01, or a UTC or offset time such as
 * 2026-11-01T08:00:00Z; writes the form the store takes into out. 0, or -1. */
int summary_lrs_date(const char *text, char *out, size_t size);

/* Reads the store's statements for the scenario into g (both passes, cw_report_group_begin
 * between them) and finishes it. The view, or NULL with the reason shown on stderr. */
const cw_report_group_view *summary_lrs_run(const summary_lrs_options *o, cw_report_group *g);

#endif
