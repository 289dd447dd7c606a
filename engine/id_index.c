/* id_index.c — the open-addressing id table of id_index.h: FNV-1a hashes, linear probing, at most
 * half full, never resized (the number of ids is known when it is built). */
#include "id_index.h"

#include <stdlib.h>
#include <string.h>

static uint32_t hash_id(const char *id)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

int id_index_init(id_index *ix, size_t n)
{
    id_index_free(ix);
    size_t cap = 16;
    while (cap < 2 * n + 1)
        cap *= 2;
    ix->slots = calloc(cap, sizeof *ix->slots);
    if (!ix->slots)
        return -1;
    ix->mask = cap - 1;
    return 0;
}

int id_index_add(id_index *ix, const char *id, int index)
{
    uint32_t h = hash_id(id);
    size_t k = h & ix->mask;
    for (; ix->slots[k].id; k = (k + 1) & ix->mask)
        if (ix->slots[k].hash == h && strcmp(ix->slots[k].id, id) == 0)
            return ix->slots[k].index;
    ix->slots[k] = (id_slot){id, h, index};
    return -1;
}

int id_index_find(const id_index *ix, const char *id)
{
    if (!ix->slots || !id)
        return -1;
    uint32_t h = hash_id(id);
    for (size_t k = h & ix->mask; ix->slots[k].id; k = (k + 1) & ix->mask)
        if (ix->slots[k].hash == h && strcmp(ix->slots[k].id, id) == 0)
            return ix->slots[k].index;
    return -1;
}

void id_index_free(id_index *ix)
{
    free(ix->slots);
    ix->slots = NULL;
    ix->mask = 0;
}
