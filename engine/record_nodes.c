/* record_nodes.c — record line nodes from chunks kept between lines (see record_nodes.h). */
#include "record_nodes.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define RECORD_CHUNK_NODES 64 /* a decision line and its frame: some 45 nodes */
#define RECORD_KEPT_CHUNKS 4  /* what a reset keeps: lines longer than that are rare */

cJSON *record_node(record_nodes *pool, int type)
{
    int chunk = pool->used / RECORD_CHUNK_NODES;
    if (chunk == pool->n_chunks) {
        cJSON **chunks = realloc(pool->chunks, (size_t)(chunk + 1) * sizeof *chunks);
        if (!chunks)
            return NULL;
        pool->chunks = chunks;
        if (!(chunks[chunk] = malloc(RECORD_CHUNK_NODES * sizeof **chunks)))
            return NULL;
        pool->n_chunks++;
    }
    cJSON *node = &pool->chunks[chunk][pool->used++ % RECORD_CHUNK_NODES];
    memset(node, 0, sizeof *node);
    node->type = type;
    return node;
}

cJSON *record_node_string(record_nodes *pool, const char *text)
{
    cJSON *node = record_node(pool, cJSON_String | cJSON_IsReference);
    if (node)
        node->valuestring = (char *)text;
    return node;
}

cJSON *record_node_number(record_nodes *pool, double number)
{
    cJSON *node = record_node(pool, cJSON_Number);
    if (node) { /* as cJSON_CreateNumber sets them */
        node->valuedouble = number;
        node->valueint = number >= INT_MAX ? INT_MAX : number <= (double)INT_MIN ? INT_MIN : (int)number;
    }
    return node;
}

/* cJSON's lists: the first child's prev is the last, the last's next NULL. */
static int link_child(cJSON *parent, const char *key, cJSON *item, int first_place)
{
    if (!item)
        return -1;
    if (key) {
        item->string = (char *)key;
        item->type |= cJSON_StringIsConst; /* cJSON then neither copies nor frees the key */
    }
    cJSON *first = parent->child;
    item->prev = first ? first->prev : item;
    if (first_place) {
        item->next = first;
        if (first)
            first->prev = item;
        parent->child = item;
    } else if (first) {
        first->prev->next = item;
        first->prev = item;
    } else {
        parent->child = item;
    }
    return 0;
}

int record_node_add(cJSON *parent, const char *key, cJSON *item)
{
    return link_child(parent, key, item, 0);
}

int record_node_add_first(cJSON *parent, const char *key, cJSON *item)
{
    return link_child(parent, key, item, 1);
}

int record_nodes_own(const record_nodes *pool, const cJSON *node)
{
    uintptr_t at = (uintptr_t)node;
    for (int i = 0; i < pool->n_chunks; i++)
        if (at >= (uintptr_t)pool->chunks[i] && at < (uintptr_t)(pool->chunks[i] + RECORD_CHUNK_NODES))
            return 1;
    return 0;
}

void record_nodes_reset(record_nodes *pool)
{
    while (pool->n_chunks > RECORD_KEPT_CHUNKS)
        free(pool->chunks[--pool->n_chunks]);
    pool->used = 0;
}

void record_nodes_free(record_nodes *pool)
{
    for (int i = 0; i < pool->n_chunks; i++)
        free(pool->chunks[i]);
    free(pool->chunks);
    memset(pool, 0, sizeof *pool);
}
