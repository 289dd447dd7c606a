/* pseudonym.c — suggesting a pseudonym: two short words and a number from a fresh random draw. */
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "pseudonym.h"

static const char *const adjectives[] = { "quiet", "brave", "steady", "bright", "calm",  "kind",
                                          "swift", "gentle", "clever", "patient", "warm", "keen" };
static const char *const birds[] = { "heron", "owl",   "wren",  "finch", "robin", "swift",
                                     "lark",  "crane", "kite",  "plover", "tern", "jay" };

static uint64_t fresh_number(void)
{
    uint64_t x = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f) {
        if (fread(&x, sizeof x, 1, f) != 1)
            x = 0;
        fclose(f);
    }
    if (x == 0) { /* no /dev/urandom: the clock and the process id are enough for a suggestion */
        struct timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        x = (uint64_t)now.tv_nsec * 6364136223846793005u ^ (uint64_t)now.tv_sec ^ (uint64_t)getpid() << 32;
    }
    return x;
}

void pseudonym_suggest(char *out, size_t size)
{
    uint64_t x = fresh_number();
    size_t n_adj = sizeof adjectives / sizeof adjectives[0], n_birds = sizeof birds / sizeof birds[0];
    snprintf(out, size, "%s-%s-%d", adjectives[x % n_adj], birds[(x / n_adj) % n_birds],
             (int)((x / n_adj / n_birds) % 90) + 10);
}
