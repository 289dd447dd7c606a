/* arena.c — memory for one report's strings, freed all at once, and growing arrays. */
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/arena.h"

#define ARENA_BLOCK_BYTES (64 * 1024)

struct arena_block {
    arena_block *next;
    size_t used, size;
    max_align_t data[]; /* aligned storage */
};

void *arena_alloc(report_arena *a, size_t size)
{
    const size_t align = sizeof(max_align_t);
    if (size > SIZE_MAX / 2) {
        a->failed = 1;
        return NULL;
    }
    size = (size + align - 1) / align * align;
    arena_block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t block_size = size > ARENA_BLOCK_BYTES ? size : ARENA_BLOCK_BYTES;
        /* A block too big for the standard size goes behind the current one, so the space
         * left in the current block stays usable. */
        arena_block *fresh = malloc(sizeof *fresh + block_size);
        if (!fresh) {
            a->failed = 1;
            return NULL;
        }
        fresh->used = 0;
        fresh->size = block_size;
        if (b && block_size > ARENA_BLOCK_BYTES) {
            fresh->next = b->next;
            b->next = fresh;
        } else {
            fresh->next = b;
            a->head = fresh;
        }
        b = fresh;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strdup(report_arena *a, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *copy = arena_alloc(a, n);
    if (copy)
        memcpy(copy, s, n);
    return copy;
}

char *arena_printf(report_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *out = arena_alloc(a, (size_t)n + 1);
    if (!out)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(out, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return out;
}

void arena_reset(report_arena *a)
{
    arena_block *keep = NULL;
    for (arena_block *b = a->head; b;) {
        arena_block *next = b->next;
        if (!keep && b->size == ARENA_BLOCK_BYTES)
            keep = b;
        else
            free(b);
        b = next;
    }
    if (keep) {
        keep->next = NULL;
        keep->used = 0;
    }
    a->head = keep;
    a->failed = 0;
}

void arena_free(report_arena *a)
{
    for (arena_block *b = a->head; b;) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->failed = 0;
}

void *vec_push(report_vec *v)
{
    if (v->count == v->cap) {
        int cap = v->cap ? v->cap * 2 : 16;
        if (cap < 0 || (size_t)cap > SIZE_MAX / v->item_size)
            return NULL;
        void *grown = realloc(v->items, (size_t)cap * v->item_size);
        if (!grown)
            return NULL;
        v->items = grown;
        v->cap = cap;
    }
    void *item = (char *)v->items + (size_t)v->count * v->item_size;
    memset(item, 0, v->item_size);
    v->count++;
    return item;
}

void vec_free(report_vec *v)
{
    free(v->items);
    v->items = NULL;
    v->count = v->cap = 0;
}
