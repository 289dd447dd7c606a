/* group_workshop.c — `summary --workshop ID`: one room's records. The workshop is named by its
 * group session's UUID or a prefix of it (at least 8 hex digits) that no other workshop among the
 * records shares; its participants' records carry that UUID as "workshop", its group record as
 * "session". */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "record_read.h"
#include "report/group.h"

#define WORKSHOP_MIN_PREFIX 8

static int prefix_of(const char *prefix, const char *uuid)
{
    return uuid && strlen(uuid) == 36 && strncasecmp(prefix, uuid, strlen(prefix)) == 0;
}

int group_workshop_header(cw_report_group *g, const cJSON *header)
{
    if (!g->workshop_prefix)
        return 1;
    const char *workshop = record_string(header, "workshop");
    const cJSON *group = cJSON_GetObjectItemCaseSensitive(header, "group");
    if (!workshop && cJSON_IsTrue(group))
        workshop = record_string(header, "session");
    if (!workshop || !prefix_of(g->workshop_prefix, workshop))
        return 0;
    for (int i = 0; i < g->n_workshop_found; i++)
        if (strcasecmp(g->workshop_found[i], workshop) == 0)
            return 1;
    if (g->n_workshop_found < 2)
        snprintf(g->workshop_found[g->n_workshop_found++], sizeof g->workshop_found[0], "%s", workshop);
    return 1;
}

int group_workshop_settle(cw_report_group *g, cw_error *err)
{
    if (!g->workshop_prefix)
        return 0;
    const char *p = g->workshop_prefix;
    size_t n = strlen(p), hex = 0;
    for (size_t i = 0; i < n; i++)
        hex += isxdigit((unsigned char)p[i]) != 0;
    if (n > 36 || hex < WORKSHOP_MIN_PREFIX || strspn(p, "0123456789abcdefABCDEF-") != n) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0,
                     "--workshop takes a workshop's session UUID, or at least its first %d hex digits",
                     WORKSHOP_MIN_PREFIX);
        return -1;
    }
    if (g->n_workshop_found == 0) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "no record of workshop %s among the %ld files given", p,
                     g->scanned);
        return -1;
    }
    if (g->n_workshop_found > 1) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0, "%s starts more than one workshop's id (%s, %s): give more of it", p,
                     g->workshop_found[0], g->workshop_found[1]);
        return -1;
    }
    memcpy(g->workshop, g->workshop_found[0], sizeof g->workshop);
    g->view.workshop = g->workshop;
    return 0;
}

int group_workshop_member(const cw_report_group *g, const cw_report_session *s)
{
    if (s->workshop && strcasecmp(s->workshop, g->workshop) == 0)
        return 1;
    if (s->group && strcasecmp(s->session_id, g->workshop) == 0)
        return 2;
    return 0;
}
