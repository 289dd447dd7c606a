/* arena.h — memory for a report's strings, freed all at once (arena.c), and growing arrays. */
#ifndef CW_REPORT_ARENA_H
#define CW_REPORT_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;
typedef struct report_arena {
    arena_block *head; /* the block being filled; older blocks follow */
    int failed;        /* an allocation failed */
} report_arena;

void *arena_alloc(report_arena *a, size_t size);  /* zeroed, aligned; NULL when out of memory */
char *arena_strdup(report_arena *a, const char *s);  /* NULL in, NULL out */
char *arena_printf(report_arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void arena_reset(report_arena *a); /* keeps the first block for reuse */
void arena_free(report_arena *a);

/* A growing array of fixed-size items (malloc'd; kept across resets). */
typedef struct report_vec {
    void *items;
    int count, cap;
    size_t item_size;
} report_vec;

void *vec_push(report_vec *v); /* a zeroed new item, or NULL when out of memory */
void vec_free(report_vec *v);

#endif
