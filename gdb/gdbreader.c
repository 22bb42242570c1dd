/* gdbreader.c - the jit-reader sink: JIT code described to gdb in the
 * compact format of reader_format.h, read by glassjit's gdb plugin
 * (gdb/reader/glassjit_reader.c, loaded with `jit-reader-load`), through the
 * same GDB JIT interface as the ELF sink (jitiface.c).
 *
 * Batching and removal are shared with the ELF sink (jitbatch.h): each flush
 * encodes the pieces added since the last flush into one entry (several
 * above ENTRY_MAX_PIECES) and registers it with one call of
 * __jit_debug_register_code; removing a piece unregisters its entry at once
 * and, if other pieces remain, registers an entry rebuilt without it.  After unregistering, an entry's serial is
 * cleared before its bytes are freed: that is how the plugin, which gdb does
 * not tell about unregistrations, learns that the unwind rules it read from
 * the entry are gone (reader_format.h).
 *
 * The ranges' CFI is interpreted here, once, into rows (gv_reader_cfi_rows),
 * so the plugin needs no CFI interpreter; ranges with identical rows share
 * them, as do identical strings.
 */
#include "gdbreader.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bytebuf.h"
#include "gv_internal.h"
#include "jitbatch.h"
#include "jitiface.h"

/* A removal rebuilds and re-registers its whole entry: a bound here bounds
 * what gdb re-reads then (as gdbjit.c's OBJ_MAX_PIECES). */
#define ENTRY_MAX_PIECES 256u

/* --- CFI -> rows ----------------------------------------------------------- */

enum { MAX_ROWS = 64, STATE_STACK = 8 };

typedef struct cfa_state {
    int cfa_reg; /* -1: not defined yet */
    int64_t cfa_off;
    unsigned saved;
    int64_t off[GJR_NSLOTS];
} cfa_state;

static int slot_of(uint64_t reg) {
    for (int s = 0; s < GJR_NSLOTS; s++)
        if ((uint64_t)gjr_slot_dwarf_reg(s) == reg)
            return s;
    return -1;
}

typedef struct cfi_reader {
    const uint8_t *p, *end;
    int bad;
} cfi_reader;

static uint64_t rd_uleb(cfi_reader *r) {
    uint64_t v = 0;
    for (unsigned shift = 0;; shift += 7) {
        if (r->p >= r->end || shift > 63) {
            r->bad = 1;
            return 0;
        }
        uint8_t b = *r->p++;
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
    }
}

static int64_t rd_sleb(cfi_reader *r) {
    uint64_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        if (r->p >= r->end || shift > 63) {
            r->bad = 1;
            return 0;
        }
        b = *r->p++;
        v |= (uint64_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    if (shift < 64 && (b & 0x40))
        v |= ~(uint64_t)0 << shift;
    return (int64_t)v;
}

static uint64_t rd_fixed(cfi_reader *r, int n) {
    if (r->end - r->p < n) {
        r->bad = 1;
        return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v |= (uint64_t)r->p[i] << (8 * i);
    r->p += n;
    return v;
}

typedef struct rows_out {
    gjr_row *rows;
    size_t n, max;
    uint32_t size; /* the range's */
    int bad;
} rows_out;

/* The state as a row at pc; consecutive identical rows are merged, a later
 * row at the same pc replaces the earlier one. */
static void emit(rows_out *o, uint32_t pc, const cfa_state *st) {
    if (pc >= o->size && o->n > 0)
        return; /* beyond the range: never used */
    if (st->cfa_reg < 0 || st->cfa_reg >= 16 || st->cfa_off < INT32_MIN || st->cfa_off > INT32_MAX ||
        !(st->saved & (1u << GJR_SLOT_RIP))) {
        o->bad = 1;
        return;
    }
    gjr_row row = {.pc = pc, .cfa_offset = (int32_t)st->cfa_off, .cfa_reg = (uint8_t)st->cfa_reg,
                   .saved = (uint8_t)st->saved};
    for (int s = 0; s < GJR_NSLOTS; s++) {
        if (!(st->saved & (1u << s)))
            continue;
        if (st->off[s] < INT16_MIN || st->off[s] > INT16_MAX) {
            o->bad = 1;
            return;
        }
        row.off[s] = (int16_t)st->off[s];
    }
    if (o->n > 0 && o->rows[o->n - 1].pc == pc) {
        o->rows[o->n - 1] = row;
    } else {
        if (o->n == o->max) {
            o->bad = 1;
            return;
        }
        o->rows[o->n++] = row;
    }
    /* Merge with the row before if the rules are the same. */
    if (o->n >= 2) {
        gjr_row a = o->rows[o->n - 2], b = o->rows[o->n - 1];
        a.pc = b.pc = 0;
        if (memcmp(&a, &b, sizeof a) == 0)
            o->n--;
    }
}

/* Runs one instruction program.  `initial`: the state DW_CFA_restore
 * returns to (NULL while running the CIE's own program). */
static void run_program(const uint8_t *p, uint32_t len, const gv_cfi *cfi, cfa_state *st,
                        const cfa_state *initial, uint32_t *loc, rows_out *o) {
    cfi_reader r = {p, p + len, 0};
    cfa_state stack[STATE_STACK];
    int depth = 0;
    int64_t caf = cfi->code_align ? cfi->code_align : 1, daf = cfi->data_align;
    while (r.p < r.end && !r.bad && !o->bad) {
        uint8_t op = *r.p++;
        uint64_t reg = 0, delta = 0;
        int64_t off = 0;
        int slot;
        switch (op & 0xc0) {
        case 0x40: /* DW_CFA_advance_loc */
            delta = (uint64_t)(op & 0x3f) * (uint64_t)caf;
            goto advance;
        case 0x80: /* DW_CFA_offset */
            reg = op & 0x3f;
            off = (int64_t)rd_uleb(&r) * daf;
            goto offset;
        case 0xc0: /* DW_CFA_restore */
            reg = op & 0x3f;
            goto restore;
        }
        switch (op) {
        case 0x00: /* DW_CFA_nop */
            continue;
        case 0x02: /* DW_CFA_advance_loc1 */
            delta = rd_fixed(&r, 1) * (uint64_t)caf;
            goto advance;
        case 0x03: /* DW_CFA_advance_loc2 */
            delta = rd_fixed(&r, 2) * (uint64_t)caf;
            goto advance;
        case 0x04: /* DW_CFA_advance_loc4 */
            delta = rd_fixed(&r, 4) * (uint64_t)caf;
            goto advance;
        case 0x05: /* DW_CFA_offset_extended */
            reg = rd_uleb(&r);
            off = (int64_t)rd_uleb(&r) * daf;
            goto offset;
        case 0x11: /* DW_CFA_offset_extended_sf */
            reg = rd_uleb(&r);
            off = rd_sleb(&r) * daf;
            goto offset;
        case 0x2f: /* DW_CFA_GNU_negative_offset_extended */
            reg = rd_uleb(&r);
            off = -(int64_t)rd_uleb(&r) * daf;
            goto offset;
        case 0x06: /* DW_CFA_restore_extended */
            reg = rd_uleb(&r);
            goto restore;
        case 0x07: /* DW_CFA_undefined */
        case 0x08: /* DW_CFA_same_value */
            reg = rd_uleb(&r);
            slot = slot_of(reg);
            if (slot == GJR_SLOT_RIP || (op == 0x07 && slot >= 0)) {
                o->bad = 1; /* rows cannot say "undefined" */
            } else if (slot >= 0) {
                st->saved &= ~(1u << slot);
            }
            continue;
        case 0x0a: /* DW_CFA_remember_state */
            if (depth == STATE_STACK) {
                o->bad = 1;
                continue;
            }
            stack[depth++] = *st;
            continue;
        case 0x0b: /* DW_CFA_restore_state (the CFA rule too, as gdb and libgcc do) */
            if (depth == 0) {
                o->bad = 1;
                continue;
            }
            *st = stack[--depth];
            continue;
        case 0x0c: /* DW_CFA_def_cfa */
            st->cfa_reg = (int)(reg = rd_uleb(&r));
            st->cfa_off = (int64_t)rd_uleb(&r);
            if (reg > 15)
                o->bad = 1;
            continue;
        case 0x12: /* DW_CFA_def_cfa_sf */
            st->cfa_reg = (int)(reg = rd_uleb(&r));
            st->cfa_off = rd_sleb(&r) * daf;
            if (reg > 15)
                o->bad = 1;
            continue;
        case 0x0d: /* DW_CFA_def_cfa_register */
            reg = rd_uleb(&r);
            if (reg > 15 || st->cfa_reg < 0)
                o->bad = 1;
            st->cfa_reg = (int)reg;
            continue;
        case 0x0e: /* DW_CFA_def_cfa_offset */
            st->cfa_off = (int64_t)rd_uleb(&r);
            if (st->cfa_reg < 0)
                o->bad = 1;
            continue;
        case 0x13: /* DW_CFA_def_cfa_offset_sf */
            st->cfa_off = rd_sleb(&r) * daf;
            if (st->cfa_reg < 0)
                o->bad = 1;
            continue;
        case 0x2e: /* DW_CFA_GNU_args_size: nothing to do for unwinding */
            rd_uleb(&r);
            continue;
        case 0x14: /* DW_CFA_val_offset */
        case 0x15: /* DW_CFA_val_offset_sf */
            reg = rd_uleb(&r);
            if (op == 0x14)
                rd_uleb(&r);
            else
                rd_sleb(&r);
            if (slot_of(reg) >= 0)
                o->bad = 1;
            continue;
        case 0x10: /* DW_CFA_expression */
        case 0x16: /* DW_CFA_val_expression */
            reg = rd_uleb(&r);
            delta = rd_uleb(&r);
            if (slot_of(reg) >= 0 || delta > (uint64_t)(r.end - r.p))
                o->bad = 1;
            else
                r.p += delta;
            continue;
        default: /* DW_CFA_set_loc, def_cfa_expression, register, unknown */
            o->bad = 1;
            continue;
        }
    advance:
        if (!initial || r.bad) { /* no advancing in a CIE */
            o->bad = 1;
            continue;
        }
        emit(o, *loc, st);
        *loc = *loc + delta > UINT32_MAX ? UINT32_MAX : (uint32_t)(*loc + delta);
        continue;
    offset:
        slot = slot_of(reg);
        if (slot >= 0) {
            st->saved |= 1u << slot;
            st->off[slot] = off;
        }
        /* A caller-saved register's save slot does not matter to callers. */
        continue;
    restore:
        slot = slot_of(reg);
        if (slot >= 0 && initial) {
            st->saved = (st->saved & ~(1u << slot)) | (initial->saved & (1u << slot));
            st->off[slot] = initial->off[slot];
        } else if (slot >= 0) {
            st->saved &= ~(1u << slot);
        }
        continue;
    }
    if (r.bad)
        o->bad = 1;
}

int gv_reader_cfi_rows(const gv_cfi *cfi, uint32_t size, gjr_row *rows, size_t max) {
    rows_out o = {rows, 0, max, size ? size : 1, 0};
    cfa_state st = {.cfa_reg = GJR_DWARF_RSP, .cfa_off = 8, .saved = 1u << GJR_SLOT_RIP};
    st.off[GJR_SLOT_RIP] = -8;
    if (max == 0)
        return -1;
    if (cfi) {
        st = (cfa_state){.cfa_reg = -1};
        uint32_t loc = 0;
        run_program(cfi->initial, cfi->initial_len, cfi, &st, NULL, &loc, &o);
        cfa_state initial = st;
        run_program(cfi->insns, cfi->insns_len, cfi, &st, &initial, &loc, &o);
        emit(&o, loc, &st);
    } else {
        emit(&o, 0, &st);
    }
    return o.bad ? -1 : (int)o.n;
}

/* --- the encoder -------------------------------------------------------------- */

/* Interning of strings and row sets: open addressing over offsets into a
 * bytebuf, keyed by content. */
typedef struct intern {
    uint32_t *slot; /* value + 1; 0 empty */
    uint32_t *len;
    uint32_t cap, n;
} intern;

static uint64_t hash_bytes(const void *p, size_t n) {
    const uint8_t *b = p;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return h;
}

/* Finds bytes [p, p+n) in buf (items interned earlier), or appends them;
 * returns their offset, or GJR_NONE when memory ran out. */
static uint32_t intern_bytes(intern *t, bytebuf *buf, const void *p, size_t n, size_t align) {
    if (t->n * 2 >= t->cap) {
        uint32_t cap = t->cap ? t->cap * 2 : 64;
        uint32_t *slot = calloc(cap, sizeof *slot), *len = calloc(cap, sizeof *len);
        if (!slot || !len) {
            free(slot);
            free(len);
            return GJR_NONE;
        }
        for (uint32_t i = 0; i < t->cap; i++) {
            if (!t->slot[i])
                continue;
            uint32_t off = t->slot[i] - 1;
            uint64_t h = hash_bytes(buf->p + off, t->len[i]);
            uint32_t k = (uint32_t)h & (cap - 1);
            while (slot[k])
                k = (k + 1) & (cap - 1);
            slot[k] = t->slot[i];
            len[k] = t->len[i];
        }
        free(t->slot);
        free(t->len);
        t->slot = slot;
        t->len = len;
        t->cap = cap;
    }
    uint32_t k = (uint32_t)hash_bytes(p, n) & (t->cap - 1);
    for (; t->slot[k]; k = (k + 1) & (t->cap - 1))
        if (t->len[k] == n && memcmp(buf->p + t->slot[k] - 1, p, n) == 0)
            return t->slot[k] - 1;
    bb_align(buf, align);
    size_t off = buf->len;
    bb_bytes(buf, p, n);
    if (buf->oom || off >= GJR_NONE - 1)
        return GJR_NONE;
    t->slot[k] = (uint32_t)off + 1;
    t->len[k] = (uint32_t)n;
    t->n++;
    return (uint32_t)off;
}

static void intern_free(intern *t) {
    free(t->slot);
    free(t->len);
}

int gv_reader_build(const gv_code_info *const *pieces, size_t n, const char *comp_dir, uint64_t serial,
                    gv_reader_entry *out) {
    *out = (gv_reader_entry){0};
    bytebuf pc = {0}, rc = {0}, lc = {0}, rows = {0}, strs = {0};
    intern istr = {0}, irows = {0};
    int rc_ok = -1;
    gjr_row tmp[MAX_ROWS];
    size_t nranges = 0, nlines = 0;
    uint32_t dir = comp_dir ? intern_bytes(&istr, &strs, comp_dir, strlen(comp_dir) + 1, 1) : GJR_NONE;
    for (size_t i = 0; i < n; i++) {
        const gv_code_info *p = pieces[i];
        gjr_piece gp = {.start = (uint64_t)(uintptr_t)p->start,
                        .size = p->size > UINT32_MAX ? UINT32_MAX : (uint32_t)p->size,
                        .name = p->name ? intern_bytes(&istr, &strs, p->name, strlen(p->name) + 1, 1) : GJR_NONE,
                        .file = p->source_file
                                    ? intern_bytes(&istr, &strs, p->source_file, strlen(p->source_file) + 1, 1)
                                    : GJR_NONE,
                        .first_range = (uint32_t)nranges,
                        .first_line = (uint32_t)nlines};
        for (size_t r = 0; r < p->nranges; r++) {
            const gv_range *g = &p->ranges[r];
            if (g->size == 0 || g->offset >= gp.size)
                continue;
            uint32_t size = g->size <= gp.size - g->offset ? g->size : gp.size - g->offset;
            const char *name = g->name ? g->name : p->name;
            gjr_range gr = {.offset = g->offset, .size = size,
                            .name = name ? intern_bytes(&istr, &strs, name, strlen(name) + 1, 1) : GJR_NONE};
            int k = gv_reader_cfi_rows(g->cfi, size, tmp, MAX_ROWS);
            if (k > 0) {
                uint32_t at = intern_bytes(&irows, &rows, tmp, (size_t)k * sizeof *tmp, 1);
                if (at == GJR_NONE)
                    goto done;
                gr.first_row = at / (uint32_t)sizeof *tmp;
                gr.nrows = (uint32_t)k;
            }
            bb_bytes(&rc, &gr, sizeof gr);
            nranges++;
        }
        gp.nranges = (uint32_t)(nranges - gp.first_range);
        if (p->source_file) {
            for (size_t l = 0; l < p->nlines; l++) {
                if (p->lines[l].offset >= gp.size)
                    break; /* sorted: the rest is outside too */
                gjr_line gl = {p->lines[l].offset, p->lines[l].line};
                bb_bytes(&lc, &gl, sizeof gl);
                nlines++;
            }
        }
        gp.nlines = (uint32_t)(nlines - gp.first_line);
        bb_bytes(&pc, &gp, sizeof gp);
    }
    if (pc.oom || rc.oom || lc.oom || rows.oom || strs.oom)
        goto done;
    size_t total = sizeof(gjr_header) + pc.len + rc.len + lc.len + rows.len + ((strs.len + 7) & ~(size_t)7);
    if (total > UINT32_MAX || n > UINT32_MAX)
        goto done;
    uint8_t *buf = calloc(1, total);
    if (!buf)
        goto done;
    gjr_header h = {.magic = GJR_MAGIC,
                    .version = GJR_VERSION,
                    .header_size = sizeof h,
                    .total_size = (uint32_t)total,
                    .self = (uint64_t)(uintptr_t)buf,
                    .serial = serial,
                    .npieces = (uint32_t)n,
                    .nranges = (uint32_t)nranges,
                    .nlines = (uint32_t)nlines,
                    .nrows = (uint32_t)(rows.len / sizeof(gjr_row)),
                    .nstrings = (uint32_t)strs.len,
                    .comp_dir = dir};
    uint8_t *at = buf;
    memcpy(at, &h, sizeof h);
    at += sizeof h;
    const bytebuf *parts[] = {&pc, &rc, &lc, &rows, &strs};
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++) {
        if (parts[k]->len)
            memcpy(at, parts[k]->p, parts[k]->len);
        at += parts[k]->len;
    }
    *out = (gv_reader_entry){buf, total};
    rc_ok = 0;
done:
    bb_free(&pc);
    bb_free(&rc);
    bb_free(&lc);
    bb_free(&rows);
    bb_free(&strs);
    intern_free(&istr);
    intern_free(&irows);
    return rc_ok;
}

void gv_reader_free(gv_reader_entry *e) {
    free(e->bytes);
    *e = (gv_reader_entry){0};
}

/* --- the sink ------------------------------------------------------------------ */

typedef struct rd_sink {
    char *comp_dir; /* cwd at open (NULL: unknown) */
    gv_jit_batcher entries;
} rd_sink;

/* Encodes b->codes (the batcher's encode). */
static int build(gv_sink *s, gv_jit_batch *b) {
    rd_sink *g = s->state;
    const gv_code_info **infos = malloc(b->n * sizeof *infos);
    if (!infos)
        return -1;
    for (size_t i = 0; i < b->n; i++)
        infos[i] = &b->codes[i]->info;
    gv_reader_entry enc;
    int rc = gv_reader_build(infos, b->n, g->comp_dir, gv_jit_serial(), &enc);
    free(infos);
    if (rc != 0)
        return -1;
    b->bytes = enc.bytes;
    b->size = enc.size;
    return 0;
}

/* After unregistering: the plugin may still hold rules read from these
 * bytes; a cleared serial tells it they are gone, whatever reuses the memory
 * next (reader_format.h). */
static void clear_serial(gv_jit_batch *b) {
    if (b->bytes)
        ((gjr_header *)b->bytes)->serial = 0;
}

static int reader_open(gv_sink *s, const gv_options *opts) {
    (void)opts;
    rd_sink *g = calloc(1, sizeof *g);
    if (!g) {
        gv_sink_fail(s, "out of memory");
        return -1;
    }
    g->comp_dir = getcwd(NULL, 0);
    g->entries = (gv_jit_batcher){.max_pieces = ENTRY_MAX_PIECES, .what = "jit-reader entry", .encode = build,
                                  .retire = clear_serial};
    s->state = g;
    return 0;
}

static int reader_flush(gv_sink *s, gv_code *const *codes, size_t n) {
    return gv_jit_batch_flush(s, &((rd_sink *)s->state)->entries, codes, n);
}

static void reader_remove(gv_sink *s, gv_code *code) {
    gv_jit_batch_remove(s, &((rd_sink *)s->state)->entries, code);
}

static void reader_close(gv_sink *s) {
    rd_sink *g = s->state;
    if (!g)
        return;
    gv_jit_batch_close(s, &g->entries);
    free(g->comp_dir);
    free(g);
    s->state = NULL;
}

const gv_sink_ops gv_gdbreader_sink_ops = {
    .name = "gdb-reader",
    .open = reader_open,
    .add = NULL,
    .flush = reader_flush,
    .remove = reader_remove,
    .close = reader_close,
};
