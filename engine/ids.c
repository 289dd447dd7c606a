/* ids.c — session and event UUIDs, timestamps, and the monotonic clock for time-to-decide. */
#include "ids.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

static void random_bytes(void *buffer, size_t size)
{
    unsigned char *p = buffer;
    while (size > 0) {
        ssize_t got = getrandom(p, size, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            /* No kernel generator: fall back on the clock, which is unique enough for ids. */
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            for (size_t i = 0; i < size; i++)
                p[i] = (unsigned char)((ts.tv_nsec >> (i % 4 * 8)) ^ (ts.tv_sec >> (i % 8)) ^ i * 131);
            return;
        }
        p += got;
        size -= (size_t)got;
    }
}

/* Sixteen bytes from the kernel's generator, drawn 512 at a time: a session that records nothing
 * (check's walks, random playthroughs) took a system call for its id, a twentieth of a short
 * playthrough. Per thread (the room creates sessions on its own), and forgotten in a child
 * process, which must never repeat its parent's ids (asking getpid at every id was a system
 * call of its own). */
static _Thread_local unsigned char pool[512];
static _Thread_local size_t left;

static void forget_pool(void) /* in a new child, on the thread that forked */
{
    left = 0;
}

static pthread_once_t fork_watch = PTHREAD_ONCE_INIT;

static void watch_forks(void)
{
    pthread_atfork(NULL, NULL, forget_pool);
}

static void id_bytes(unsigned char out[16])
{
    pthread_once(&fork_watch, watch_forks);
    if (left < 16) {
        random_bytes(pool, sizeof pool);
        left = sizeof pool;
    }
    left -= 16;
    memcpy(out, pool + left, 16);
    memset(pool + left, 0, 16); /* used once */
}

void uuid_v4(char out[37])
{
    unsigned char b[16];
    id_bytes(b);
    b[6] = (unsigned char)((b[6] & 0x0F) | 0x40);
    b[8] = (unsigned char)((b[8] & 0x3F) | 0x80);
    static const char hex[] = "0123456789abcdef";
    char *p = out;
    for (int i = 0; i < 16; i++) { /* 8-4-4-4-12 hex digits */
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = '-';
        *p++ = hex[b[i] >> 4];
        *p++ = hex[b[i] & 15];
    }
    *p = '\0';
}

uint64_t random_seed(void)
{
    uint64_t seed;
    random_bytes(&seed, sizeof seed);
    return seed;
}

/* The date and time to the second are kept per thread: a decision's lines fall within one
 * second, and a date's formatting (gmtime's lock, strftime) cost more than the rest of a line. */
void time_iso8601(char out[32])
{
    static _Thread_local time_t second = -1;
    static _Thread_local char date[24]; /* YYYY-MM-DDTHH:MM:SS */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (ts.tv_sec != second) {
        struct tm tm;
        gmtime_r(&ts.tv_sec, &tm);
        if (strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm) != 19)
            snprintf(date, sizeof date, "year out of range"); /* the record rules refuse it */
        second = ts.tv_sec;
    }
    int ms = (int)(ts.tv_nsec / 1000000);
    memcpy(out, date, 19);
    out[19] = '.';
    out[20] = (char)('0' + ms / 100);
    out[21] = (char)('0' + ms / 10 % 10);
    out[22] = (char)('0' + ms % 10);
    out[23] = 'Z';
    out[24] = '\0';
}

void time_compact(char out[20])
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(out, 20, "%Y%m%dT%H%M%SZ", &tm);
}

/* The coarse clock: read from memory, where the precise one reads the processor's counter, a
 * tenth of a decision made without a record; its few milliseconds of grain are nothing against
 * the seconds a person takes to decide, or a check's deadline. */
int64_t monotonic_ms(void)
{
    struct timespec ts;
#ifdef CLOCK_MONOTONIC_COARSE
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
#else
    clock_gettime(CLOCK_MONOTONIC, &ts);
#endif
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
