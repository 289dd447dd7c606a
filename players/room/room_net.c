/* room_net.c — the network facts the room needs: where to listen ("[ADDR:]PORT"), which address
 * of this computer the Join URL names, and random bytes for codes and tokens. */
#include "room_internal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

int room_parse_listen(const char *listen, char *addr, size_t addr_size, int *port)
{
    const char *colon = strrchr(listen, ':');
    const char *digits = colon ? colon + 1 : listen;
    addr[0] = '\0';
    if (colon) {
        size_t n = (size_t)(colon - listen);
        if (n == 0 || n >= addr_size)
            return -1;
        memcpy(addr, listen, n);
        addr[n] = '\0';
        struct in_addr probe;
        if (strcmp(addr, "localhost") == 0)
            snprintf(addr, addr_size, "127.0.0.1");
        if (inet_pton(AF_INET, addr, &probe) != 1)
            return -1;
    }
    if (!*digits || strlen(digits) > 5)
        return -1;
    for (const char *d = digits; *d; d++)
        if (*d < '0' || *d > '9')
            return -1;
    long v = strtol(digits, NULL, 10);
    if (v > 65535)
        return -1;
    *port = (int)v;
    return 0;
}

void room_lan_address(const char *bound, char *out, size_t size)
{
    if (bound && bound[0] && strcmp(bound, "0.0.0.0") != 0) {
        snprintf(out, size, "%s", bound); /* a chosen address, loopback included */
        return;
    }
    snprintf(out, size, "127.0.0.1");
    struct ifaddrs *list = NULL;
    if (getifaddrs(&list) != 0)
        return;
    for (struct ifaddrs *i = list; i; i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET)
            continue;
        if (!(i->ifa_flags & IFF_UP) || (i->ifa_flags & IFF_LOOPBACK))
            continue;
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)i->ifa_addr;
        if (inet_ntop(AF_INET, &in->sin_addr, out, (socklen_t)size))
            break;
    }
    freeifaddrs(list);
}

int room_random_bytes(void *buf, size_t n)
{
    unsigned char *p = buf;
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += got;
        n -= (size_t)got;
    }
    return 0;
}
