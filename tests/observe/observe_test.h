/* observe_test.h - tiny check helpers and an .eh_frame decoder shared by
 * the glassview unit tests (tests/observe/test_*.c). */
#ifndef OBSERVE_TEST_H
#define OBSERVE_TEST_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int test_failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);               \
            test_failures++;                                                                       \
        }                                                                                          \
    } while (0)

#define CHECK_EQ(a, b)                                                                             \
    do {                                                                                           \
        long long a_ = (long long)(a), b_ = (long long)(b);                                        \
        if (a_ != b_) {                                                                            \
            fprintf(stderr, "%s:%d: CHECK_EQ failed: %s == %lld, %s == %lld\n", __FILE__,         \
                    __LINE__, #a, a_, #b, b_);                                                     \
            test_failures++;                                                                       \
        }                                                                                          \
    } while (0)

static inline uint64_t rd_uleb(const uint8_t **p) {
    uint64_t v = 0;
    int shift = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        v |= (uint64_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    return v;
}

static inline int64_t rd_sleb(const uint8_t **p) {
    int64_t v = 0;
    int shift = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        v |= (int64_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    if (shift < 64 && (b & 0x40))
        v |= -((int64_t)1 << shift);
    return v;
}

static inline uint32_t rd_u32(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* A decoded .eh_frame record. */
typedef struct dec_rec {
    int is_cie;
    uint32_t off;       /* of the record in the section */
    uint32_t cie_off;   /* FDE: the CIE it points to */
    /* CIE fields */
    uint64_t code_align;
    int64_t data_align;
    uint8_t ra, enc;
    /* FDE fields */
    uint64_t pc, len;
    const uint8_t *insns; /* CIE initial or FDE instructions, incl. padding */
    size_t insns_len;
} dec_rec;

/* Decodes .eh_frame bytes at address eh_addr (zR CIEs, pcrel sdata4/8
 * pointers).  Returns the number of records, -1 on malformed input. */
static inline int decode_eh_frame(const uint8_t *eh, size_t size, uint64_t eh_addr, dec_rec *out,
                                  int max) {
    size_t off = 0;
    int n = 0;
    while (off + 4 <= size) {
        uint32_t len = rd_u32(eh + off);
        if (len == 0)
            return off + 4 == size ? n : -1; /* the terminator must end it */
        if (n == max || off + 4 + len > size || (4 + len) % 8 != 0)
            return -1;
        const uint8_t *p = eh + off + 8, *end = eh + off + 4 + len;
        uint32_t id = rd_u32(eh + off + 4);
        dec_rec *r = &out[n];
        memset(r, 0, sizeof *r);
        r->off = (uint32_t)off;
        if (id == 0) {
            r->is_cie = 1;
            if (*p++ != 1 || strcmp((const char *)p, "zR") != 0)
                return -1;
            p += 3;
            r->code_align = rd_uleb(&p);
            r->data_align = rd_sleb(&p);
            r->ra = *p++;
            if (rd_uleb(&p) != 1)
                return -1;
            r->enc = *p++;
        } else {
            r->cie_off = (uint32_t)(off + 4 - id);
            int k;
            for (k = 0; k < n && !(out[k].is_cie && out[k].off == r->cie_off); k++)
                ;
            if (k == n)
                return -1;
            uint8_t enc = out[k].enc;
            uint64_t field = eh_addr + (uint64_t)(p - eh);
            if (enc == 0x1b) { /* pcrel | sdata4 */
                int32_t rel;
                memcpy(&rel, p, 4);
                r->pc = field + (uint64_t)(int64_t)rel;
                r->len = rd_u32(p + 4);
                p += 8;
            } else if (enc == 0x1c) { /* pcrel | sdata8 */
                int64_t rel;
                memcpy(&rel, p, 8);
                r->pc = field + (uint64_t)rel;
                memcpy(&r->len, p + 8, 8);
                p += 16;
            } else {
                return -1;
            }
            if (rd_uleb(&p) != 0)
                return -1;
        }
        r->insns = p;
        r->insns_len = (size_t)(end - p);
        off += 4 + len;
        n++;
    }
    return -1;
}

#endif /* OBSERVE_TEST_H */
