/* fuzz_room_request.c — libFuzzer target: what a phone sends the room (players/room/room_form.c),
 * any bytes as a form body or query string: every field the server reads, at the sizes it reads
 * them, the clause lists, and the HTML escaping of whatever was decoded. Must never crash, read
 * past the input, overflow a buffer or leak. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "room_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* the body is not NUL-terminated for form_get: a copy of exactly size bytes */
    char *body = malloc(size ? size : 1);
    if (!body)
        return 0;
    memcpy(body, data, size);
    static const char *const names[] = { "pseudonym", "role", "choice", "clauses", "reason", "own",
                                         "round", "step", "c1", "o1", "c16", "o16", "since" };
    static const size_t sizes[] = { 1, 2, 8, 64, 161, 3001 };
    char out[3001];
    for (size_t n = 0; n < sizeof names / sizeof names[0]; n++) {
        for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
            int got = form_get(body, size, names[n], out, sizes[k]);
            if (got >= 0) {
                if ((size_t)got >= sizes[k] || strlen(out) != (size_t)got)
                    abort(); /* the length said must be the string written */
                int numbers[ROOM_MAX_CHOICES];
                int count = form_numbers(out, numbers, ROOM_MAX_CHOICES);
                if (count > ROOM_MAX_CHOICES)
                    abort();
                room_buf b = { 0 };
                buf_html(&b, out);
                if (!b.failed && b.data && (strchr(b.data, '<') || strchr(b.data, '"')))
                    abort(); /* escaped HTML holds no markup */
                free(b.data);
            }
        }
    }
    free(body);
    return 0;
}
