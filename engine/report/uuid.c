/* uuid.c — name-based UUIDs (RFC 9562 version 8, from SHA-256) for the few xAPI
 * statements that no record event names by itself, so that exporting again gives the same id. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "report/uuid.h"
#include "sha256.h"

/* The UUID derived from a namespace UUID and a name: SHA-256 of the namespace's 16 bytes and the
 * name, cut to 128 bits, with the version (8) and variant (10) bits set. */
void uuid_derived(const char *namespace_uuid, const char *name, char out[37])
{
    unsigned char bytes[16] = {0}, digest[32];
    int n = 0;
    for (const char *p = namespace_uuid; *p && n < 32; p++) {
        if (!isxdigit((unsigned char)*p))
            continue;
        int v = isdigit((unsigned char)*p) ? *p - '0' : tolower((unsigned char)*p) - 'a' + 10;
        bytes[n / 2] = (unsigned char)(bytes[n / 2] | (n % 2 ? v : v << 4));
        n++;
    }
    sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, bytes, sizeof bytes);
    sha256_update(&ctx, name, strlen(name));
    sha256_final(&ctx, digest);
    digest[6] = (unsigned char)((digest[6] & 0x0F) | 0x80);
    digest[8] = (unsigned char)((digest[8] & 0x3F) | 0x80);
    char *o = out;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *o++ = '-';
        o += snprintf(o, 3, "%02x", digest[i]);
    }
    *o = '\0';
}
