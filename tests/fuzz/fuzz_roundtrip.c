/* fuzz_roundtrip.c — libFuzzer target: any bytes as what a trainee types (a pseudonym, a reason,
 * choice texts) through record_append, then record_read. Whenever the writer accepted a line the
 * reader must give back exactly what was written; whatever it refused must leave the file as it
 * was. A broken round trip aborts, so the fuzzer keeps the input. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../roundtrip.h"

#define MAX_TEXTS 80 /* past the 64 choices a record line may hold */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void remove_dir(void)
{
    char path[128];
    snprintf(path, sizeof path, "%s/roundtrip.jsonl", dir);
    unlink(path);
    rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/casewalk-fuzz-roundtrip-XXXXXX");
        if (!mkdtemp(dir))
            abort();
        atexit(remove_dir);
    }
    /* NUL bytes split the input: pseudonym, reason, then the texts. */
    char *copy = malloc(size + 1);
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    copy[size] = '\0';
    const char *pieces[MAX_TEXTS + 2] = {"", ""};
    int n = 0;
    for (char *p = copy; n < MAX_TEXTS + 2 && p <= copy + size; p += strlen(p) + 1)
        pieces[n++] = p;
    roundtrip_input in = {pieces[0], pieces[1], pieces + 2, n > 2 ? n - 2 : 0};
    roundtrip_result out;
    if (roundtrip(dir, &in, &out) != 0) {
        fprintf(stderr, "round trip broken: %s\n", out.why);
        abort();
    }
    free(copy);
    return 0;
}
