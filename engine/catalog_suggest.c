/* catalog_suggest.c — "did you mean": when a scenario id or path names nothing, the installed
 * scenario closest to it by edit distance, and the list of those installed, so that a typo is
 * one look away from the right command. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "scenario_model.h"

/* Levenshtein distance of a and b, case-insensitive on ASCII letters ('_' and '-' alike). */
static int edit_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 128 || m > 128)
        return 1000;
    int row[129];
    for (size_t j = 0; j <= m; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        int diagonal = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= m; j++) {
            char x = a[i - 1], y = b[j - 1];
            x = x >= 'A' && x <= 'Z' ? (char)(x - 'A' + 'a') : x == '_' ? '-' : x;
            y = y >= 'A' && y <= 'Z' ? (char)(y - 'A' + 'a') : y == '_' ? '-' : y;
            int best = diagonal + (x != y);
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            diagonal = row[j];
            row[j] = best;
        }
    }
    return row[m];
}

/* The name a path or id stands for: a path's file name without ".lua". */
static void name_of(const char *given, char *out, size_t size)
{
    const char *slash = strrchr(given, '/');
    snprintf(out, size, "%s", slash ? slash + 1 : given);
    size_t len = strlen(out);
    if (len > 4 && strcmp(out + len - 4, ".lua") == 0)
        out[len - 4] = '\0';
}

void catalog_suggest(const char *given, char *out, size_t size)
{
    out[0] = '\0';
    cw_catalog cat;
    cw_catalog_load(&cat);
    char name[256];
    name_of(given, name, sizeof name);
    const char *closest = NULL;
    int best = 1000;
    for (int i = 0; i < cat.count; i++) {
        if (!cat.entries[i].scenario)
            continue;
        int d = edit_distance(name, cat.entries[i].scenario->info.id);
        if (d < best)
            best = d, closest = cat.entries[i].scenario->info.id;
    }
    /* a suggestion only where it is plausibly what was meant: a few letters off */
    int limit = (int)strlen(name) / 3 > 2 ? (int)strlen(name) / 3 : 2;
    size_t at = 0;
    if (closest && best > 0 && best <= limit)
        at += (size_t)snprintf(out, size, "; did you mean '%s'?", closest);
    for (int i = 0, listed = 0; i < cat.count && at < size; i++) {
        if (!cat.entries[i].scenario)
            continue;
        const char *id = cat.entries[i].scenario->info.id;
        if (at + strlen(id) + 24 >= size) {
            snprintf(out + at, size - at, ", …");
            break;
        }
        at += (size_t)snprintf(out + at, size - at, "%s%s", listed++ ? ", " : at ? " Installed: " : ". Installed: ",
                               id);
    }
    cw_catalog_free(&cat);
}
