/* answers.c — scripted answers (--choose): parsed once, applied to decisions in order. */
#include "answers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads a quoted string at *p ("" is a quote inside it) or, unquoted, up to the next comma. */
static char *read_text(const char **p, int allow_unquoted, char *why, size_t why_size)
{
    const char *s = *p;
    size_t cap = strlen(s) + 1, n = 0;
    char *out = malloc(cap);
    if (!out) {
        snprintf(why, why_size, "out of memory");
        return NULL;
    }
    if (*s == '"') {
        for (s++;; s++) {
            if (*s == '\0') {
                free(out);
                snprintf(why, why_size, "a quoted text is never closed");
                return NULL;
            }
            if (*s == '"') {
                if (s[1] != '"')
                    break;
                s++;
            }
            out[n++] = *s;
        }
        s++;
    } else if (allow_unquoted) {
        while (*s && *s != ',')
            out[n++] = *s++;
    }
    out[n] = '\0';
    *p = s;
    return out;
}

static int parse_answer(const char **p, answer *a, int index, char *why, size_t why_size)
{
    const char *s = *p;
    memset(a, 0, sizeof *a);
    for (;;) {
        if (*s == '"') {
            if (a->own_text) {
                snprintf(why, why_size, "answer %d has two texts of its own", index);
                return -1;
            }
            if (!(a->own_text = read_text(&s, 0, why, why_size)))
                return -1;
        } else if (*s >= '0' && *s <= '9') {
            long v = strtol(s, (char **)&s, 10);
            if (v < 1 || v > 1000 || a->n_positions >= (int)(sizeof a->positions / sizeof a->positions[0])) {
                snprintf(why, why_size, "answer %d: %ld is not a position from 1 up", index, v);
                return -1;
            }
            a->positions[a->n_positions++] = (int)v;
        } else if (*s == '@' && a->n_positions < (int)(sizeof a->positions / sizeof a->positions[0])) {
            size_t n = strspn(s + 1, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
            if (n == 0 || n > 64) {
                snprintf(why, why_size, "answer %d: '@' must be followed by a choice or clause id", index);
                return -1;
            }
            a->positions[a->n_positions] = 0;
            if (!(a->ids[a->n_positions++] = strndup(s + 1, n))) {
                snprintf(why, why_size, "out of memory");
                return -1;
            }
            s += 1 + n;
        } else {
            snprintf(why, why_size, "answer %d: expected a number or @id (e.g. 2, @talk_alone, or 3+1 at a drafting step)",
                     index);
            return -1;
        }
        if (*s != '+')
            break;
        s++;
    }
    if (a->n_positions == 0) {
        snprintf(why, why_size, "answer %d has no position", index);
        return -1;
    }
    if (*s == ':') {
        s++;
        if (!(a->reason = read_text(&s, 1, why, why_size)))
            return -1;
    }
    if (*s != ',' && *s != '\0') {
        snprintf(why, why_size, "answer %d: unexpected '%c'", index, *s);
        return -1;
    }
    *p = s;
    return 0;
}

static void answer_clear(answer *a)
{
    free(a->own_text);
    free(a->reason);
    for (int i = 0; i < a->n_positions; i++)
        free(a->ids[i]);
}

void answers_free(answer_list *list)
{
    for (int i = 0; i < list->count; i++)
        answer_clear(&list->items[i]);
    free(list->items);
    memset(list, 0, sizeof *list);
}

int answers_parse(const char *spec, answer_list *list, char *why, size_t why_size)
{
    memset(list, 0, sizeof *list);
    const char *p = spec;
    while (*p) {
        answer *grown = realloc(list->items, (size_t)(list->count + 1) * sizeof *grown);
        if (!grown) {
            snprintf(why, why_size, "out of memory");
            answers_free(list);
            return -1;
        }
        list->items = grown;
        if (parse_answer(&p, &list->items[list->count], list->count + 1, why, why_size) != 0) {
            answer_clear(&list->items[list->count]);
            answers_free(list);
            return -1;
        }
        list->count++;
        if (*p == ',')
            p++;
    }
    if (list->count == 0) {
        snprintf(why, why_size, "no answers given");
        return -1;
    }
    return 0;
}

/* The 0-based position of answer part i among the options shown: as typed, or where its id is. */
static int position_of(const answer *a, int i, const cw_option_view *options, int n, const cw_step *step,
                       cw_error *err)
{
    if (!a->ids[i])
        return a->positions[i] - 1;
    for (int k = 0; k < n; k++)
        if (strcmp(options[k].id, a->ids[i]) == 0)
            return k;
    cw_error_set(err, CW_ERR_INPUT, NULL, 0, "decision %d (scene '%s') offers no %s '%s'", step->decision_number,
                 step->scene_id, step->kind == CW_STEP_COMPOSE ? "clause" : "choice", a->ids[i]);
    return -2;
}

int answers_apply_next(answer_list *list, cw_session *session, cw_error *err)
{
    if (list->next >= list->count)
        return 1;
    const answer *a = &list->items[list->next];
    const cw_step *step = cw_session_step(session);
    int rc;
    if (step->kind == CW_STEP_COMPOSE) {
        int positions[64];
        for (int i = 0; i < a->n_positions; i++)
            if ((positions[i] = position_of(a, i, step->clauses, step->n_clauses, step, err)) == -2)
                return -1;
        rc = cw_session_compose(session, positions, a->n_positions, a->own_text, a->reason, err);
    } else if (a->n_positions != 1 || a->own_text) {
        cw_error_set(err, CW_ERR_INPUT, NULL, 0,
                     "decision %d (scene '%s') is a choice: answer with one position, not clauses or text",
                     step->decision_number, step->scene_id);
        rc = -1;
    } else {
        int position = position_of(a, 0, step->choices, step->n_choices, step, err);
        if (position == -2)
            return -1;
        rc = cw_session_choose(session, position, a->reason, err);
    }
    if (rc == 0)
        list->next++;
    return rc;
}
