/* check_acts.c — `casewalk check --library`: the same practice act rated the same way everywhere.
 *
 * A choice may name the act it stands for (`act = "flat_refusal"`). Across the scenarios given,
 * choices that share an act and a competency tag but carry different ratings in different
 * scenarios are listed together, so that an author sees where one case calls an act acceptable
 * and another calls it concerning (and can say in the rationale why the cases differ). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario_model.h"

typedef struct act_use {
    const char *act, *tag, *path, *scene, *choice;
    int file, line;
    cw_rating rating;
} act_use;

static int by_act_tag(const void *a, const void *b)
{
    const act_use *x = a, *y = b;
    int c = strcmp(x->act, y->act);
    if (c == 0)
        c = strcmp(x->tag, y->tag);
    if (c == 0)
        c = (int)y->rating - (int)x->rating;
    if (c == 0)
        c = x->file - y->file;
    return c != 0 ? c : x->line - y->line;
}

/* Reports the group uses[from..to) when it holds two ratings from two different files. */
static int report_group(const act_use *uses, int from, int to, cw_finding_fn report, void *ud)
{
    int mixed = 0;
    for (int i = from + 1; i < to && !mixed; i++)
        for (int k = from; k < i && !mixed; k++)
            mixed = uses[i].rating != uses[k].rating && uses[i].file != uses[k].file;
    if (!mixed)
        return 0;
    char m[4000];
    int len = snprintf(m, sizeof m, "act '%s' with tag '%s' is rated differently across scenarios:", uses[from].act,
                       uses[from].tag);
    for (int i = from; i < to && len < (int)sizeof m - 300; i++)
        len += snprintf(m + len, sizeof m - (size_t)len, "%s %s at %s:%d (scene '%s', choice '%s')", i > from ? ";" : "",
                        cw_rating_name(uses[i].rating), uses[i].path, uses[i].line, uses[i].scene, uses[i].choice);
    report(ud, m);
    return 1;
}

int cw_library_check_acts(const char *const *paths, int n_paths, cw_finding_fn report, void *ud)
{
    int messages = 0, n_uses = 0, cap = 0;
    act_use *uses = NULL;
    cw_scenario **loaded = calloc((size_t)n_paths + 1, sizeof *loaded);
    if (!loaded) {
        report(ud, "out of memory");
        return 1;
    }
    for (int f = 0; f < n_paths; f++) {
        cw_error err = {CW_OK, ""};
        if (!(loaded[f] = cw_scenario_load(paths[f], &err))) {
            report(ud, err.message);
            messages++;
            continue;
        }
        const cw_scenario *sc = loaded[f];
        for (int s = 0; s < sc->n_scenes; s++)
            for (int k = 0; k < sc->scenes[s].n_choices; k++) {
                const choice *c = &sc->scenes[s].choices[k];
                for (int t = 0; c->act && t < c->n_tags; t++) {
                    if (n_uses == cap) {
                        cap = cap ? cap * 2 : 64;
                        act_use *grown = realloc(uses, (size_t)cap * sizeof *grown);
                        if (!grown) {
                            report(ud, "out of memory");
                            messages++;
                            goto done;
                        }
                        uses = grown;
                    }
                    uses[n_uses++] = (act_use){c->act, c->tags[t], sc->path, sc->scenes[s].id, c->id, f, c->line,
                                               c->rating};
                }
            }
    }
    if (n_uses > 1)
        qsort(uses, (size_t)n_uses, sizeof *uses, by_act_tag);
    for (int from = 0, to; from < n_uses; from = to) {
        for (to = from + 1; to < n_uses && strcmp(uses[to].act, uses[from].act) == 0 &&
                            strcmp(uses[to].tag, uses[from].tag) == 0;
             to++)
            ;
        messages += report_group(uses, from, to, report, ud);
    }
done:
    free(uses);
    for (int f = 0; f < n_paths; f++)
        cw_scenario_free(loaded[f]);
    free(loaded);
    return messages;
}
