/* hindex.c - see hindex.h. */
#include "hindex.h"

#include <stdio.h>
#include <stdlib.h>

#define HINDEX_MIN_SLOTS 16u

static HIndexSlot *alloc_slots(uint32_t n) {
    HIndexSlot *s = malloc(sizeof(HIndexSlot) * (size_t)n);
    if (!s) {
        fprintf(stderr, "glassjit: out of memory in the compiler\n");
        abort();
    }
    for (uint32_t i = 0; i < n; i++) s[i] = (HIndexSlot){0, -1};
    return s;
}

static void place(HIndexSlot *slots, uint32_t mask, uint32_t hash, int32_t pos) {
    uint32_t i = hash & mask;
    while (slots[i].pos >= 0) i = (i + 1) & mask;
    slots[i] = (HIndexSlot){hash, pos};
}

int32_t hindex_find(const HIndex *ix, uint32_t hash, HIndexEq eq, const void *items, const void *key) {
    if (!ix->slots) return -1;
    /* Equal keys are never added twice (see hindex_add), so the first match
     * is the only one. */
    for (uint32_t i = hash & ix->mask;; i = (i + 1) & ix->mask) {
        const HIndexSlot *s = &ix->slots[i];
        if (s->pos < 0) return -1;
        if (s->hash == hash && eq(items, s->pos, key)) return s->pos;
    }
}

void hindex_add(HIndex *ix, uint32_t hash, int32_t pos) {
    uint32_t nslots = ix->slots ? ix->mask + 1 : 0;
    if (2 * ((uint64_t)ix->count + 1) > nslots) { /* keep at most half full */
        uint32_t n = nslots ? nslots * 2 : HINDEX_MIN_SLOTS;
        HIndexSlot *slots = alloc_slots(n);
        for (uint32_t i = 0; i < nslots; i++)
            if (ix->slots[i].pos >= 0) place(slots, n - 1, ix->slots[i].hash, ix->slots[i].pos);
        free(ix->slots);
        ix->slots = slots;
        ix->mask = n - 1;
    }
    place(ix->slots, ix->mask, hash, pos);
    ix->count++;
}

void hindex_free(HIndex *ix) {
    free(ix->slots);
    *ix = (HIndex){0};
}

/* splitmix64's finaliser: every input bit reaches the low bits the table
 * uses. */
static uint64_t mix64(uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

uint32_t hindex_hash_u64(uint64_t x) { return (uint32_t)mix64(x); }

uint32_t hindex_hash_bytes(const void *p, size_t n) {
    const unsigned char *b = p;
    uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 0x100000001b3ull;
    }
    return (uint32_t)mix64(h);
}

uint32_t hindex_hash_cstr(const char *s) {
    const unsigned char *b = (const unsigned char *)s;
    uint64_t h = 0xcbf29ce484222325ull;
    for (; *b; b++) {
        h ^= *b;
        h *= 0x100000001b3ull;
    }
    return (uint32_t)mix64(h);
}
