/* json_arena.c — parsed record lines built in one reused block (json_arena.h says when). A line
 * of some 600 bytes is 40 to 80 items and their strings: with malloc, building and freeing them
 * cost more than reading the text. */
#include "json_arena.h"

#include <stdint.h>
#include <stdlib.h>

#define BLOCK_BYTES (256u * 1024) /* a line's tree rarely needs 16 KiB; longer lines spill */
#define ALIGN 16u

typedef struct json_arena {
    char *block;
    size_t used;
    int active;  /* between begin and end */
    long spilled; /* items from malloc since the last reset: then the tree must be walked */
} json_arena;

static int installed;   /* the block's hooks are cJSON's */
static int hooks_known; /* cJSON frees with the block's hooks, or with free (under a sanitizer) */
static _Thread_local json_arena arena;

static int in_block(const void *p)
{
    return arena.block && (const char *)p >= arena.block && (const char *)p < arena.block + BLOCK_BYTES;
}

static void *arena_malloc(size_t size)
{
    if (arena.active) {
        size_t need = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
        if (!arena.block)
            arena.block = malloc(BLOCK_BYTES);
        if (arena.block && need <= BLOCK_BYTES - arena.used) {
            void *p = arena.block + arena.used;
            arena.used += need;
            return p;
        }
        arena.spilled++;
    }
    return malloc(size);
}

static void arena_free(void *p)
{
    if (!in_block(p))
        free(p);
}

/* Under AddressSanitizer the block stays off: every item is then malloc'd and freed alone, so
 * the sanitizer still sees a tree used after its line was let go. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_UNDER_SANITIZER 1
#endif
#endif

void json_arena_install(void)
{
    if (hooks_known)
        return;
    hooks_known = 1;
#ifdef ARENA_UNDER_SANITIZER
    cJSON_InitHooks(NULL); /* malloc and free, which json_arena_alloc then uses too */
    return;
#endif
    cJSON_Hooks hooks = {arena_malloc, arena_free};
    cJSON_InitHooks(&hooks);
    installed = 1;
}

int json_arena_hooks_known(void)
{
    return hooks_known;
}

void *json_arena_alloc(size_t size)
{
    return installed ? arena_malloc(size) : malloc(size);
}

void json_arena_begin(void)
{
    arena.active = installed;
}

void json_arena_end(void)
{
    arena.active = 0;
}

void json_arena_delete(cJSON *tree)
{
    if (!installed || arena.spilled)
        cJSON_Delete(tree); /* items in the block are passed over by arena_free */
    arena.used = 0;
    arena.spilled = 0;
}
