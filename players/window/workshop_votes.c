/* workshop_votes.c — reading --votes (the grammar is in workshop_votes.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "workshop_votes.h"

/* Reads a whole number at *p (at most WS_MAX_COUNT); -1 when there is none. */
static int read_number(const char **p)
{
    const char *s = *p;
    if (!isdigit((unsigned char)*s))
        return -1;
    long v = 0;
    while (isdigit((unsigned char)*s)) {
        v = v * 10 + (*s - '0');
        if (v > WS_MAX_COUNT)
            return -1;
        s++;
    }
    *p = s;
    return (int)v;
}

static int parse_draft(const char *s, const char *end, ws_entry *e, char *why, size_t size, int n)
{
    e->is_draft = 1;
    while (s < end) {
        int v = read_number(&s);
        if (v < 1 || e->n_clauses >= WS_MAX_CLAUSES) {
            snprintf(why, size, "decision %d: a draft is clause numbers joined by '+', e.g. draft=2+1", n);
            return -1;
        }
        e->clauses[e->n_clauses++] = v;
        if (s < end && *s != '+') {
            snprintf(why, size, "decision %d: unexpected '%c' in the draft", n, *s);
            return -1;
        }
        if (s < end)
            s++;
    }
    if (e->n_clauses == 0) {
        snprintf(why, size, "decision %d: the draft names no clause", n);
        return -1;
    }
    return 0;
}

/* "cps=3/1/0" from s to end. */
static int parse_role(const char *s, const char *end, ws_entry *e, char *why, size_t size, int n)
{
    const char *eq = memchr(s, '=', (size_t)(end - s));
    if (!eq || eq == s || eq - s >= (long)sizeof e->roles[0].role) {
        snprintf(why, size, "decision %d: votes are ROLE=COUNT/COUNT/..., e.g. cps=3/1/0", n);
        return -1;
    }
    if (e->n_roles >= WS_MAX_ROLES) {
        snprintf(why, size, "decision %d: at most %d roles", n, WS_MAX_ROLES);
        return -1;
    }
    ws_role_votes *r = &e->roles[e->n_roles];
    memcpy(r->role, s, (size_t)(eq - s));
    r->role[eq - s] = '\0';
    for (int i = 0; i < e->n_roles; i++)
        if (strcmp(e->roles[i].role, r->role) == 0) {
            snprintf(why, size, "decision %d: votes for '%s' given twice", n, r->role);
            return -1;
        }
    const char *p = eq + 1;
    while (p < end) {
        int v = read_number(&p);
        if (v < 0 || r->n_counts >= WS_MAX_CHOICES || (p < end && *p != '/')) {
            snprintf(why, size, "decision %d: '%s' takes counts (0 to %d) separated by '/'", n, r->role, WS_MAX_COUNT);
            return -1;
        }
        r->counts[r->n_counts++] = v;
        if (p < end)
            p++;
    }
    if (r->n_counts == 0) {
        snprintf(why, size, "decision %d: no counts for '%s'", n, r->role);
        return -1;
    }
    e->n_roles++;
    return 0;
}

/* One round's votes, "cps=3/1/0;dv=0/4/1", from s to end. */
static int parse_round(const char *s, const char *end, ws_entry *e, char *why, size_t size, int n)
{
    while (s < end) {
        const char *semi = memchr(s, ';', (size_t)(end - s));
        const char *part_end = semi ? semi : end;
        if (parse_role(s, part_end, e, why, size, n) != 0)
            return -1;
        s = semi ? semi + 1 : end;
    }
    if (e->n_roles == 0) {
        snprintf(why, size, "decision %d: no votes given", n);
        return -1;
    }
    return 0;
}

static int parse_entry(const char *s, const char *end, ws_entry *e, char *why, size_t size, int n)
{
    memset(e, 0, sizeof *e);
    if ((size_t)(end - s) >= 6 && strncmp(s, "draft=", 6) == 0)
        return parse_draft(s + 6, end, e, why, size, n);
    const char *at = memchr(s, '@', (size_t)(end - s));
    const char *votes_end = at ? at : end;
    if (at) {
        const char *p = at + 1;
        size_t len = (size_t)(end - p);
        if (len == 6 && strncmp(p, "hidden", 6) == 0) {
            e->pick = WS_STOP_HIDDEN;
        } else if (len == 5 && strncmp(p, "shown", 5) == 0) {
            e->pick = WS_STOP_SHOWN;
        } else if (len == 4 && strncmp(p, "menu", 4) == 0) {
            e->pick = WS_STOP_MENU;
        } else {
            int v = read_number(&p);
            if (v < 1 || p != end) {
                snprintf(why, size, "decision %d: after '@' comes a choice number, 'hidden' or 'shown'", n);
                return -1;
            }
            e->pick = WS_PICK_FACILITATOR;
            e->pick_number = v;
        }
    }
    const char *again = memchr(s, '>', (size_t)(votes_end - s));
    if (parse_round(s, again ? again : votes_end, e, why, size, n) != 0)
        return -1;
    if (again) { /* the second round: parsed into roles, then moved to again */
        ws_role_votes first[WS_MAX_ROLES];
        int n_first = e->n_roles;
        memcpy(first, e->roles, sizeof first);
        e->n_roles = 0;
        memset(e->roles, 0, sizeof e->roles);
        if (parse_round(again + 1, votes_end, e, why, size, n) != 0)
            return -1;
        memcpy(e->again, e->roles, sizeof e->again);
        e->n_again = e->n_roles;
        memcpy(e->roles, first, sizeof first);
        e->n_roles = n_first;
    }
    return 0;
}

int ws_script_parse(const char *text, ws_script *script, char *why, size_t why_size)
{
    memset(script, 0, sizeof *script);
    int n = 1;
    for (const char *p = text; *p; p++)
        n += *p == ',';
    script->items = calloc((size_t)n, sizeof *script->items);
    if (!script->items) {
        snprintf(why, why_size, "out of memory");
        return -1;
    }
    const char *s = text;
    for (int i = 0; i < n; i++) {
        const char *comma = strchr(s, ',');
        const char *end = comma ? comma : s + strlen(s);
        if (end == s) {
            snprintf(why, why_size, "decision %d is empty", i + 1);
            ws_script_free(script);
            return -1;
        }
        if (parse_entry(s, end, &script->items[i], why, why_size, i + 1) != 0) {
            ws_script_free(script);
            return -1;
        }
        ws_pick pick = script->items[i].pick;
        if ((pick == WS_STOP_HIDDEN || pick == WS_STOP_SHOWN || pick == WS_STOP_MENU) && i + 1 < n) {
            snprintf(why, why_size, "decision %d: '@hidden', '@shown' and '@menu' stop the script, so they come last",
                     i + 1);
            ws_script_free(script);
            return -1;
        }
        script->count++;
        s = end + (comma != NULL);
    }
    return 0;
}

void ws_script_free(ws_script *script)
{
    free(script->items);
    memset(script, 0, sizeof *script);
}
