/* bytebuf.h - a growable little-endian byte buffer for the ELF and DWARF writers.
 *
 * Every writer appends to a bytebuf and checks for failure once at the end:
 * an allocation failure sets `oom`, after which all appends are ignored.  That
 * keeps the encoders free of per-call error handling.  Values are written in
 * host order, which is little-endian on x86-64, the only target (see
 * glassview.h).
 */
#ifndef GV_BYTEBUF_H
#define GV_BYTEBUF_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct bytebuf {
    uint8_t *p;
    size_t len, cap;
    int oom;
} bytebuf;

/* Makes room for n more bytes; 0 when they are there. */
static inline int bb_room(bytebuf *b, size_t n) {
    if (b->oom)
        return -1;
    if (b->cap - b->len >= n)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len < n)
        cap *= 2;
    uint8_t *p = realloc(b->p, cap);
    if (!p) {
        b->oom = 1;
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

static inline void bb_bytes(bytebuf *b, const void *src, size_t n) {
    if (n && bb_room(b, n) == 0) {
        memcpy(b->p + b->len, src, n);
        b->len += n;
    }
}

static inline void bb_zeros(bytebuf *b, size_t n) {
    if (n && bb_room(b, n) == 0) {
        memset(b->p + b->len, 0, n);
        b->len += n;
    }
}

static inline void bb_u8(bytebuf *b, uint8_t v) { bb_bytes(b, &v, 1); }
static inline void bb_u16(bytebuf *b, uint16_t v) { bb_bytes(b, &v, 2); }
static inline void bb_u32(bytebuf *b, uint32_t v) { bb_bytes(b, &v, 4); }
static inline void bb_u64(bytebuf *b, uint64_t v) { bb_bytes(b, &v, 8); }

/* A NUL-terminated string, terminator included. */
static inline void bb_str(bytebuf *b, const char *s) { bb_bytes(b, s, strlen(s) + 1); }

static inline void bb_uleb(bytebuf *b, uint64_t v) {
    do {
        uint8_t byte = v & 0x7f;
        v >>= 7;
        bb_u8(b, byte | (v ? 0x80 : 0));
    } while (v);
}

static inline void bb_sleb(bytebuf *b, int64_t v) {
    for (;;) {
        uint8_t byte = v & 0x7f;
        v >>= 7; /* arithmetic shift: gcc and clang define it for signed values */
        if ((v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40))) {
            bb_u8(b, byte);
            return;
        }
        bb_u8(b, byte | 0x80);
    }
}

/* Pads with zeros to a multiple of `align` (a power of two). */
static inline void bb_align(bytebuf *b, size_t align) { bb_zeros(b, (align - (b->len & (align - 1))) & (align - 1)); }

/* Overwrites a 32-bit field written earlier, e.g. a length known only later. */
static inline void bb_patch_u32(bytebuf *b, size_t at, uint32_t v) {
    if (!b->oom)
        memcpy(b->p + at, &v, 4);
}

static inline void bb_free(bytebuf *b) {
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}

#endif /* GV_BYTEBUF_H */
