/* json_arena.h — the trees of parsed record lines built in one reused block instead of one
 * malloc per item. A record line lives only while its callback runs, so its items can all be
 * let go at once; cJSON takes its allocator process-wide, so the block is used only between
 * json_arena_begin and json_arena_end on the thread that began, and plain malloc elsewhere. */
#ifndef CW_JSON_ARENA_H
#define CW_JSON_ARENA_H

#include <stddef.h>

#include <cjson/cJSON.h>

/* Gives cJSON the arena's allocator (once; before any other cJSON use in the process; under
 * AddressSanitizer, malloc and free). A program that installs cJSON hooks of its own (a test
 * counting allocations) simply does not call it: then begin and end change nothing, and record
 * lines are parsed by cJSON alone (json_line.h). */
void json_arena_install(void);

/* Whether json_arena_install has run: then memory from json_arena_alloc is freed by cJSON_Delete
 * as cJSON's own is. */
int json_arena_hooks_known(void);

/* Memory for a tree item or its text, as cJSON's allocator would give it (from the block between
 * begin and end). */
void *json_arena_alloc(size_t size);

/* Items cJSON makes between begin and end on this thread come from the block while it has room
 * (then from malloc). */
void json_arena_begin(void);
void json_arena_end(void);

/* Frees a tree parsed between begin and end, and makes the block free for the next line: when
 * every item came from the block, nothing is walked. */
void json_arena_delete(cJSON *tree);

#endif
