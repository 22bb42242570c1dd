/* arena.c - bump allocator for syntax trees and parser scratch data.
 *
 * Memory comes in blocks (64 KiB, or bigger for large requests) from calloc,
 * so everything handed out is zeroed; it is 16-byte aligned; nothing is freed
 * individually, arena_free() releases all blocks.  Allocation failure aborts:
 * the parser has no sensible way to continue without memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

#define ARENA_BLOCK 65536u
#define ARENA_ALIGN 16u

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t size; /* usable bytes after the header */
    size_t used;
} ArenaBlock;

struct Arena {
    ArenaBlock *head;
};

/* Header size rounded up so data starts 16-byte aligned (calloc's result is). */
#define HDR ((sizeof(ArenaBlock) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

static void arena_oom(void) {
    fputs("glassjit: out of memory in parser arena\n", stderr);
    abort();
}

Arena *arena_new(void) {
    Arena *a = calloc(1, sizeof *a);
    if (!a) arena_oom();
    return a;
}

void *arena_alloc(Arena *a, size_t n) {
    if (n == 0) n = 1;
    if (n > ((size_t)-1) / 4) arena_oom();
    n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK - HDR ? n : ARENA_BLOCK - HDR;
        b = calloc(1, HDR + size);
        if (!b) arena_oom();
        b->size = size;
        b->used = 0;
        if (a->head && n > ARENA_BLOCK / 4) {
            /* big one-off block: keep filling the current one afterwards */
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = (char *)b + HDR + b->used;
    b->used += n;
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *d = arena_alloc(a, n + 1);
    if (n) memcpy(d, s, n);
    d[n] = 0;
    return d;
}

void arena_free(Arena *a) {
    if (!a) return;
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void nodelist_push(Arena *a, NodeList *l, Node *n) {
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = arena_alloc(a, (size_t)cap * sizeof *items);
        if (l->len) memcpy(items, l->items, (size_t)l->len * sizeof *items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}
