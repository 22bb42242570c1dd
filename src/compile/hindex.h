/* hindex.h - a hash index over an array the caller owns.
 *
 * The compiler keeps its symbols, constants, names and slots in plain arrays
 * whose order is part of the output (it becomes co_consts, co_names, slot
 * numbers).  An HIndex sits next to such an array and maps a key to the
 * position of its first equal element in O(1) expected time, so a lookup no
 * longer scans the array.  It stores only positions and their hashes: the
 * caller supplies the hash of a key and an equality test against an element,
 * so one table serves strings, pointers and constants with their own
 * equality.
 *
 * Open addressing with linear probing, at most half full; no deletion (the
 * compiler's arrays only grow).  A zeroed HIndex is an empty index and
 * allocates nothing until the first hindex_add.
 */
#ifndef GJ_HINDEX_H
#define GJ_HINDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct HIndexSlot {
    uint32_t hash;
    int32_t pos; /* -1: empty */
} HIndexSlot;

typedef struct HIndex {
    HIndexSlot *slots;
    uint32_t mask; /* slot count - 1 (a power of two); 0 when slots is NULL */
    int32_t count;
} HIndex;

/* Is element pos of the caller's array (items) equal to key? */
typedef bool (*HIndexEq)(const void *items, int32_t pos, const void *key);

/* The position recorded for an element equal to key (hash being key's
 * hash), the earliest one added if several are; -1 if none. */
int32_t hindex_find(const HIndex *ix, uint32_t hash, HIndexEq eq, const void *items, const void *key);
/* Records that element pos has the given hash.  The caller adds a position
 * only if hindex_find found no equal element, so that lookups return what a
 * front-to-back scan of the array would. */
void hindex_add(HIndex *ix, uint32_t hash, int32_t pos);
void hindex_free(HIndex *ix);

/* Hashes for keys: a NUL-terminated string, a byte string (the same hash as
 * the string of those bytes), a 64-bit word (pointers, NaN-boxed values). */
uint32_t hindex_hash_cstr(const char *s);
uint32_t hindex_hash_bytes(const void *p, size_t n);
uint32_t hindex_hash_u64(uint64_t x);

#endif
