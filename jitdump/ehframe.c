/* ehframe.c - builds .eh_frame / .eh_frame_hdr for JIT code (see ehframe.h). */
#include "ehframe.h"

#include <stdlib.h>
#include <string.h>

#include "dwarf_cfa.h"

/* CFA = rsp + 8; rip saved at CFA - 8 (data_align -8, factored offset 1). */
static const uint8_t default_initial[] = {
    DW_CFA_def_cfa, DWARF_X86_64_RSP, 8,
    DW_CFA_offset | DWARF_X86_64_RIP, 1,
};

const gv_cfi gv_eh_default_cfi = {
    .initial = default_initial,
    .initial_len = sizeof default_initial,
    .insns = NULL,
    .insns_len = 0,
    .code_align = 1,
    .data_align = -8,
    .ra_reg = DWARF_X86_64_RIP,
};

static const gv_cfi *cfi_of(const gv_eh_fde *f) { return f->cfi ? f->cfi : &gv_eh_default_cfi; }

static size_t uleb_size(uint64_t v) {
    size_t n = 1;
    while (v >= 0x80) {
        v >>= 7;
        n++;
    }
    return n;
}

static size_t sleb_size(int64_t v) {
    size_t n = 1;
    for (;;) {
        uint8_t byte = v & 0x7f;
        v >>= 7; /* arithmetic shift on every compiler we support */
        if ((v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40)))
            return n;
        n++;
    }
}

static uint8_t *put_uleb(uint8_t *p, uint64_t v) {
    do {
        uint8_t byte = v & 0x7f;
        v >>= 7;
        *p++ = byte | (v ? 0x80 : 0);
    } while (v);
    return p;
}

static uint8_t *put_sleb(uint8_t *p, int64_t v) {
    for (;;) {
        uint8_t byte = v & 0x7f;
        v >>= 7;
        if ((v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40))) {
            *p++ = byte;
            return p;
        }
        *p++ = byte | 0x80;
    }
}

static uint8_t *put_u32(uint8_t *p, uint32_t v) {
    memcpy(p, &v, 4);
    return p + 4;
}

static uint8_t *put_u64(uint8_t *p, uint64_t v) {
    memcpy(p, &v, 8);
    return p + 8;
}

static int same_cie(const gv_cfi *a, const gv_cfi *b) {
    return a->code_align == b->code_align && a->data_align == b->data_align &&
           a->ra_reg == b->ra_reg && a->initial_len == b->initial_len &&
           (a->initial_len == 0 || memcmp(a->initial, b->initial, a->initial_len) == 0);
}

/* Records are padded to 8 bytes (the address size) including the length. */
static size_t pad8(size_t body) { return (body + 4 + 7) / 8 * 8 - 4; }

static size_t cie_body_size(const gv_cfi *c) {
    return pad8(4 + 1 + 3 + uleb_size(c->code_align) + sleb_size(c->data_align) + 1 +
                1 /* aug length */ + 1 /* 'R' */ + c->initial_len);
}

static size_t fde_body_size(const gv_cfi *c, int ptr_size) {
    return pad8(4 + 2 * (size_t)ptr_size + 1 /* aug length 0 */ + c->insns_len);
}

/* Index of the first FDE whose CIE content equals fde i's (CIE owners are
 * the FDEs where this returns i).  Quadratic in the worst case, but a JIT's
 * code has a handful of distinct CIEs, and n is per piece. */
static size_t cie_owner(const gv_eh_fde *fdes, size_t i) {
    for (size_t j = 0; j < i; j++)
        if (same_cie(cfi_of(&fdes[j]), cfi_of(&fdes[i])))
            return j;
    return i;
}

size_t gv_eh_frame_size(const gv_eh_fde *fdes, size_t n, int ptr_size) {
    size_t size = 4; /* terminator */
    for (size_t i = 0; i < n; i++) {
        if (cie_owner(fdes, i) == i)
            size += 4 + cie_body_size(cfi_of(&fdes[i]));
        size += 4 + fde_body_size(cfi_of(&fdes[i]), ptr_size);
    }
    return size;
}

int gv_eh_frame_write(uint8_t *dst, const gv_eh_fde *fdes, size_t n, int ptr_size,
                      uint64_t eh_addr, uint32_t *fde_off) {
    if (ptr_size != 4 && ptr_size != 8)
        return -1;
    uint8_t enc = DW_EH_PE_pcrel | (ptr_size == 4 ? DW_EH_PE_sdata4 : DW_EH_PE_sdata8);
    /* cie_at[i]: offset of the CIE FDE i uses (valid for owners first). */
    uint32_t *cie_at = malloc((n ? n : 1) * sizeof *cie_at);
    if (!cie_at)
        return -1;
    uint8_t *p = dst;
    for (size_t i = 0; i < n; i++) {
        if (cie_owner(fdes, i) != i)
            continue;
        const gv_cfi *c = cfi_of(&fdes[i]);
        size_t body = cie_body_size(c);
        uint8_t *end = p + 4 + body;
        cie_at[i] = (uint32_t)(p - dst);
        p = put_u32(p, (uint32_t)body);
        p = put_u32(p, 0); /* CIE id */
        *p++ = 1;          /* version */
        memcpy(p, "zR", 3);
        p += 3;
        p = put_uleb(p, c->code_align);
        p = put_sleb(p, c->data_align);
        *p++ = c->ra_reg;
        p = put_uleb(p, 1);
        *p++ = enc;
        if (c->initial_len)
            memcpy(p, c->initial, c->initial_len);
        p += c->initial_len;
        memset(p, DW_CFA_nop, (size_t)(end - p));
        p = end;
    }
    for (size_t i = 0; i < n; i++) {
        const gv_cfi *c = cfi_of(&fdes[i]);
        uint32_t cie = cie_at[cie_owner(fdes, i)];
        size_t body = fde_body_size(c, ptr_size);
        uint8_t *end = p + 4 + body;
        if (fde_off)
            fde_off[i] = (uint32_t)(p - dst);
        p = put_u32(p, (uint32_t)body);
        p = put_u32(p, (uint32_t)(p - dst) - cie); /* back to the CIE */
        uint64_t field = eh_addr + (uint64_t)(p - dst);
        int64_t rel = (int64_t)(fdes[i].pc - field);
        if (ptr_size == 4) {
            if (rel < INT32_MIN || rel > INT32_MAX) {
                free(cie_at);
                return -1;
            }
            p = put_u32(p, (uint32_t)(int32_t)rel);
            p = put_u32(p, fdes[i].len);
        } else {
            p = put_u64(p, (uint64_t)rel);
            p = put_u64(p, fdes[i].len);
        }
        p = put_uleb(p, 0);
        if (c->insns_len)
            memcpy(p, c->insns, c->insns_len);
        p += c->insns_len;
        memset(p, DW_CFA_nop, (size_t)(end - p));
        p = end;
    }
    put_u32(p, 0);
    free(cie_at);
    return 0;
}

size_t gv_eh_hdr_size(size_t n) { return GV_EH_HDR_TABLE_OFFSET + n * sizeof(gv_eh_table_entry); }

/* Rows carry their FDE offset, so sorting them by start needs no index. */
static int cmp_entry(const void *a, const void *b) {
    const gv_eh_table_entry *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

int gv_eh_table_write(gv_eh_table_entry *dst, const gv_eh_fde *fdes, const uint32_t *fde_off,
                      size_t n, uint64_t ip_base, uint64_t eh_addr, uint64_t segbase) {
    for (size_t i = 0; i < n; i++) {
        int64_t start = (int64_t)(fdes[i].pc - ip_base);
        int64_t fde = (int64_t)(eh_addr + fde_off[i] - segbase);
        if (start < INT32_MIN || start > INT32_MAX || fde < INT32_MIN || fde > INT32_MAX)
            return -1;
        dst[i].start = (int32_t)start;
        dst[i].fde = (int32_t)fde;
    }
    qsort(dst, n, sizeof *dst, cmp_entry);
    return 0;
}

int gv_eh_hdr_write(uint8_t *dst, uint64_t hdr_addr, uint64_t eh_addr, const gv_eh_fde *fdes,
                    const uint32_t *fde_off, size_t n) {
    int64_t eh_rel = (int64_t)(eh_addr - (hdr_addr + 4));
    if (eh_rel < INT32_MIN || eh_rel > INT32_MAX || n > UINT32_MAX)
        return -1;
    dst[0] = 1; /* version */
    dst[1] = DW_EH_PE_pcrel | DW_EH_PE_sdata4;
    dst[2] = DW_EH_PE_udata4;
    dst[3] = DW_EH_PE_datarel | DW_EH_PE_sdata4;
    put_u32(dst + 4, (uint32_t)(int32_t)eh_rel);
    put_u32(dst + 8, (uint32_t)n);
    gv_eh_table_entry *table = malloc((n ? n : 1) * sizeof *table);
    if (!table)
        return -1;
    int rc = gv_eh_table_write(table, fdes, fde_off, n, hdr_addr, eh_addr, hdr_addr);
    if (rc == 0)
        memcpy(dst + GV_EH_HDR_TABLE_OFFSET, table, n * sizeof *table);
    free(table);
    return rc;
}

int gv_eh_build(const gv_eh_fde *fdes, size_t n, uint64_t eh_addr, int ptr_size, gv_eh_blob *out) {
    memset(out, 0, sizeof *out);
    size_t eh_size = gv_eh_frame_size(fdes, n, ptr_size);
    size_t hdr_size = gv_eh_hdr_size(n);
    uint8_t *bytes = malloc(eh_size + hdr_size);
    uint32_t *fde_off = malloc((n ? n : 1) * sizeof *fde_off);
    if (!bytes || !fde_off ||
        gv_eh_frame_write(bytes, fdes, n, ptr_size, eh_addr, fde_off) != 0 ||
        gv_eh_hdr_write(bytes + eh_size, eh_addr + eh_size, eh_addr, fdes, fde_off, n) != 0) {
        free(bytes);
        free(fde_off);
        return -1;
    }
    free(fde_off);
    out->bytes = bytes;
    out->eh_size = eh_size;
    out->hdr_size = hdr_size;
    return 0;
}

void gv_eh_blob_free(gv_eh_blob *blob) {
    free(blob->bytes);
    memset(blob, 0, sizeof *blob);
}
