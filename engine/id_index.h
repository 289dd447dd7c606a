/* id_index.h — an open-addressing hash table from an id (a string the model owns) to its index,
 * built once at load so routes, validation and sessions find a scene or variable in constant time
 * rather than by comparing it with every id. */
#ifndef CW_ID_INDEX_H
#define CW_ID_INDEX_H

#include <stddef.h>
#include <stdint.h>

typedef struct id_slot {
    const char *id; /* borrowed; NULL: empty */
    uint32_t hash;
    int index;
} id_slot;

typedef struct id_index {
    id_slot *slots;
    size_t mask; /* slots - 1; the table is a power of two at least twice the ids */
} id_index;

/* Room for n ids; -1 when out of memory. Frees what ix held before. */
int id_index_init(id_index *ix, size_t n);
/* Adds id → index unless id is there already; returns the index it had (a duplicate), else -1.
 * The table must have room (id_index_init with enough). */
int id_index_add(id_index *ix, const char *id, int index);
/* The index of id, or -1 (also for an empty table). */
int id_index_find(const id_index *ix, const char *id);
void id_index_free(id_index *ix);

#endif
