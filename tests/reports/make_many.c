/* make_many.c TEMPLATE_A TEMPLATE_B DIR COUNT — writes COUNT small records into DIR (r000001.jsonl
 * ...), alternately copies of the two template records, each with its own session id (in the
 * header and, from schema 2 on, on every line) and its own trainee (a summary counts a trainee's
 * tries once); for the test of summaries over a folder of very many records (many_files.sh). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    char *text = f ? malloc(1 << 20) : NULL;
    *size = text ? fread(text, 1, (1 << 20) - 1, f) : 0;
    if (f)
        fclose(f);
    if (text)
        text[*size] = '\0';
    return text;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: make_many TEMPLATE_A TEMPLATE_B DIR COUNT\n");
        return 2;
    }
    size_t size[2];
    char *text[2] = {slurp(argv[1], &size[0]), slurp(argv[2], &size[1])};
    const char *key = "\"session\":\"";
    /* where each template's session id stands: every line names it */
    enum { MAX_AT = 4096 };
    static char *at[2][MAX_AT];
    int n_at[2] = {0, 0};
    for (int t = 0; t < 2; t++) {
        for (char *p = text[t] ? strstr(text[t], key) : NULL; p && n_at[t] < MAX_AT; p = strstr(p, key)) {
            p += strlen(key); /* the 36 characters of the UUID start here */
            if (strlen(p) < 36)
                break;
            at[t][n_at[t]++] = p;
        }
        if (n_at[t] == 0) {
            fprintf(stderr, "make_many: %s has no session id\n", argv[1 + t]);
            return 1;
        }
    }
    long count = strtol(argv[4], NULL, 10);
    char path[4096];
    for (long i = 1; i <= count; i++) {
        int t = (int)(i % 2);
        char uuid[64];
        snprintf(uuid, sizeof uuid, "%08lx-0000-4000-8000-%012lx", (unsigned long)i, (unsigned long)i);
        for (int k = 0; k < n_at[t]; k++)
            memcpy(at[t][k], uuid, 36);
        snprintf(path, sizeof path, "%s/r%06ld.jsonl", argv[3], i);
        /* the header's pseudonym, made the record's own */
        const char *name = strstr(text[t], "\"trainee\":\"");
        size_t before = name ? (size_t)(name - text[t]) + strlen("\"trainee\":\"") : 0;
        const char *after = name ? strchr(text[t] + before, '"') : NULL;
        char trainee[32];
        snprintf(trainee, sizeof trainee, "t%07ld", i);
        FILE *f = fopen(path, "wb");
        int ok = f != NULL;
        if (ok && after)
            ok = fwrite(text[t], 1, before, f) == before && fputs(trainee, f) >= 0 &&
                 fwrite(after, 1, size[t] - (size_t)(after - text[t]), f) == size[t] - (size_t)(after - text[t]);
        else if (ok)
            ok = fwrite(text[t], 1, size[t], f) == size[t];
        if (!f || !ok || fclose(f) != 0) {
            fprintf(stderr, "make_many: cannot write %s\n", path);
            return 1;
        }
    }
    free(text[0]);
    free(text[1]);
    return 0;
}
