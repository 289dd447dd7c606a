/* record_nodes.h — the nodes a record line's tree is built from, reused line after line: a line
 * is built, printed and let go while a trainee waits for the decision to be saved, and asking
 * malloc for each of its forty-odd nodes and freeing them again was a tenth of the writer's
 * own work. */
#ifndef CW_RECORD_NODES_H
#define CW_RECORD_NODES_H

#include <cjson/cJSON.h>

typedef struct record_nodes {
    cJSON **chunks; /* RECORD_CHUNK_NODES each; a chunk never moves, so nodes can point at nodes */
    int n_chunks;
    int used;       /* nodes handed out since the last record_nodes_reset */
} record_nodes;

/* A zeroed node of the given cJSON type, or NULL when memory runs out. Its key and string are
 * borrowed, never copied or freed (cJSON_StringIsConst, cJSON_IsReference): a literal, or a
 * text that outlives the line. */
cJSON *record_node(record_nodes *pool, int type);
cJSON *record_node_string(record_nodes *pool, const char *text);
cJSON *record_node_number(record_nodes *pool, double number);

/* Adds item last among parent's children, under key (NULL in an array), which it borrows. 0, or
 * -1 when item is NULL. */
int record_node_add(cJSON *parent, const char *key, cJSON *item);
/* Puts item first among parent's children instead: how the writer frames a line, and a session
 * names itself. */
int record_node_add_first(cJSON *parent, const char *key, cJSON *item);

/* 1 when node came from pool: such a node is never given to cJSON_Delete. */
int record_nodes_own(const record_nodes *pool, const cJSON *node);

/* Takes every node back (the lines built from them are gone); a pool grown by one huge line
 * gives its extra chunks back to the system. */
void record_nodes_reset(record_nodes *pool);
void record_nodes_free(record_nodes *pool);

#endif
