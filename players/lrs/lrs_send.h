/* lrs_send.h — `casewalk xapi ... --send ENDPOINT`: sends the records' statements to a learning
 * record store in batches, exactly once across runs (the ledger beside the records), retrying
 * what a server or network failure interrupted (docs/xapi.md). */
#ifndef CW_LRS_SEND_H
#define CW_LRS_SEND_H

typedef struct lrs_send_options {
    const char *endpoint, *homepage, *auth_file;
    int batch;          /* statements per request */
    int tries;          /* requests per batch before giving up on 5xx, timeouts, no connection */
    long timeout_s;     /* per request */
    int dry_run, resend, insecure_http;
} lrs_send_options;

#define LRS_DEFAULT_BATCH 100
#define LRS_MAX_BATCH 1000
#define LRS_DEFAULT_TRIES 6
#define LRS_DEFAULT_TIMEOUT 30

/* Returns an EXIT_* code (play_options.h): 0 when every statement is accepted (or none was new). */
int lrs_send(const char *const *paths, int n_paths, const lrs_send_options *options);

#endif
