/* cfa_decode.h - a small DWARF CFA interpreter for the stencil tests.
 *
 * Runs a stencil's CIE initial instructions and FDE instructions (raw
 * DW_CFA_* bytes as stencil_tool extracted them) and answers "what is the CFA
 * rule, and where is register R saved, at code offset X". Header-only (static
 * functions) so each test executable includes it once. */
#ifndef GLASSJIT_CFA_DECODE_H
#define GLASSJIT_CFA_DECODE_H

#include <stdint.h>
#include <string.h>

#include "dwarf_cfa.h"

#define CFA_MAX_REGS 64
#define CFA_MAX_ROWS 256
#define CFA_MAX_STACK 8

enum { RULE_SAME = 0, RULE_UNDEF, RULE_OFFSET, RULE_VAL_OFFSET, RULE_REGISTER, RULE_EXPR };

typedef struct CfaRule {
    uint8_t kind;
    int64_t arg; /* offset from the CFA, or register */
} CfaRule;

typedef struct CfaState {
    uint64_t cfa_reg;
    int64_t cfa_off;
    int cfa_expr; /* DW_CFA_def_cfa_expression seen */
    CfaRule regs[CFA_MAX_REGS];
} CfaState;

typedef struct CfaRow {
    uint64_t start; /* this state holds from here to the next row's start */
    CfaState st;
} CfaRow;

typedef struct CfaTable {
    CfaRow rows[CFA_MAX_ROWS];
    int nrows;
    CfaState initial; /* after the CIE's instructions */
    uint64_t end;     /* location after the last advance */
    int ops;          /* instructions executed (nops included) */
    int advances;
    int remembers, restores;
    const char *error; /* NULL when decoding succeeded */
} CfaTable;

typedef struct CfaReader {
    const uint8_t *p, *end;
    int bad;
} CfaReader;

static uint64_t cfa_uleb(CfaReader *r) {
    uint64_t v = 0;
    unsigned shift = 0;
    for (;;) {
        if (r->p >= r->end) {
            r->bad = 1;
            return 0;
        }
        uint8_t b = *r->p++;
        if (shift < 64) v |= (uint64_t)(b & 0x7f) << shift;
        shift += 7;
        if (!(b & 0x80)) return v;
    }
}

static int64_t cfa_sleb(CfaReader *r) {
    uint64_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        if (r->p >= r->end) {
            r->bad = 1;
            return 0;
        }
        b = *r->p++;
        if (shift < 64) v |= (uint64_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    if (shift < 64 && (b & 0x40)) v |= ~UINT64_C(0) << shift;
    return (int64_t)v;
}

static uint64_t cfa_fixed(CfaReader *r, unsigned n) {
    if ((size_t)(r->end - r->p) < n) {
        r->bad = 1;
        r->p = r->end;
        return 0;
    }
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) v |= (uint64_t)r->p[i] << (8 * i);
    r->p += n;
    return v;
}

static void cfa_push_row(CfaTable *t, uint64_t start, const CfaState *st) {
    if (t->nrows > 0 && t->rows[t->nrows - 1].start == start) {
        t->rows[t->nrows - 1].st = *st;
        return;
    }
    if (t->nrows == CFA_MAX_ROWS) {
        t->error = "too many rows";
        return;
    }
    t->rows[t->nrows].start = start;
    t->rows[t->nrows].st = *st;
    t->nrows++;
}

/* Run instructions on *st; in_fde: record rows at each advance. Returns 0 on
 * success. */
static int cfa_run(CfaTable *t, const uint8_t *p, size_t n, uint64_t code_align, int64_t data_align, CfaState *st,
                   int in_fde, uint64_t *loc) {
    CfaReader r = {p, p + n, 0};
    CfaState stack[CFA_MAX_STACK];
    int depth = 0;
#define SET_REG(reg_, kind_, arg_)                                      \
    do {                                                                \
        uint64_t rr_ = (reg_);                                          \
        if (rr_ >= CFA_MAX_REGS) {                                      \
            t->error = "register number out of range";                  \
            return -1;                                                  \
        }                                                               \
        st->regs[rr_].kind = (kind_);                                   \
        st->regs[rr_].arg = (arg_);                                     \
    } while (0)
#define ADVANCE(delta_)                                                 \
    do {                                                                \
        if (!in_fde) {                                                  \
            t->error = "advance in CIE";                                \
            return -1;                                                  \
        }                                                               \
        *loc += (uint64_t)(delta_) * code_align;                        \
        cfa_push_row(t, *loc, st);                                      \
        t->advances++;                                                  \
    } while (0)
    while (r.p < r.end && !r.bad) {
        uint8_t op = *r.p++;
        t->ops++;
        if ((op & 0xc0) == DW_CFA_advance_loc) {
            ADVANCE(op & 0x3f);
            continue;
        }
        if ((op & 0xc0) == DW_CFA_offset) {
            int64_t off = (int64_t)cfa_uleb(&r) * data_align;
            SET_REG(op & 0x3f, RULE_OFFSET, off);
            if (in_fde) cfa_push_row(t, *loc, st);
            continue;
        }
        if ((op & 0xc0) == DW_CFA_restore) {
            uint64_t reg = op & 0x3f;
            if (reg >= CFA_MAX_REGS) return -1;
            st->regs[reg] = t->initial.regs[reg];
            if (in_fde) cfa_push_row(t, *loc, st);
            continue;
        }
        switch (op) {
        case DW_CFA_nop: break;
        case DW_CFA_advance_loc1: ADVANCE(cfa_fixed(&r, 1)); break;
        case DW_CFA_advance_loc2: ADVANCE(cfa_fixed(&r, 2)); break;
        case DW_CFA_advance_loc4: ADVANCE(cfa_fixed(&r, 4)); break;
        case DW_CFA_def_cfa:
            st->cfa_reg = cfa_uleb(&r);
            st->cfa_off = (int64_t)cfa_uleb(&r);
            st->cfa_expr = 0;
            break;
        case DW_CFA_def_cfa_sf:
            st->cfa_reg = cfa_uleb(&r);
            st->cfa_off = cfa_sleb(&r) * data_align;
            st->cfa_expr = 0;
            break;
        case DW_CFA_def_cfa_register: st->cfa_reg = cfa_uleb(&r); break;
        case DW_CFA_def_cfa_offset: st->cfa_off = (int64_t)cfa_uleb(&r); break;
        case DW_CFA_def_cfa_offset_sf: st->cfa_off = cfa_sleb(&r) * data_align; break;
        case DW_CFA_def_cfa_expression: {
            uint64_t len = cfa_uleb(&r);
            if (len > (uint64_t)(r.end - r.p)) r.bad = 1;
            else r.p += len;
            st->cfa_expr = 1;
            break;
        }
        case DW_CFA_offset_extended: {
            uint64_t reg = cfa_uleb(&r);
            SET_REG(reg, RULE_OFFSET, (int64_t)cfa_uleb(&r) * data_align);
            break;
        }
        case DW_CFA_offset_extended_sf: {
            uint64_t reg = cfa_uleb(&r);
            SET_REG(reg, RULE_OFFSET, cfa_sleb(&r) * data_align);
            break;
        }
        case DW_CFA_val_offset: {
            uint64_t reg = cfa_uleb(&r);
            SET_REG(reg, RULE_VAL_OFFSET, (int64_t)cfa_uleb(&r) * data_align);
            break;
        }
        case DW_CFA_val_offset_sf: {
            uint64_t reg = cfa_uleb(&r);
            SET_REG(reg, RULE_VAL_OFFSET, cfa_sleb(&r) * data_align);
            break;
        }
        case DW_CFA_restore_extended: {
            uint64_t reg = cfa_uleb(&r);
            if (reg >= CFA_MAX_REGS) return -1;
            st->regs[reg] = t->initial.regs[reg];
            break;
        }
        case DW_CFA_undefined: SET_REG(cfa_uleb(&r), RULE_UNDEF, 0); break;
        case DW_CFA_same_value: SET_REG(cfa_uleb(&r), RULE_SAME, 0); break;
        case DW_CFA_register: {
            uint64_t reg = cfa_uleb(&r);
            SET_REG(reg, RULE_REGISTER, (int64_t)cfa_uleb(&r));
            break;
        }
        case DW_CFA_expression:
        case DW_CFA_val_expression: {
            uint64_t reg = cfa_uleb(&r);
            uint64_t len = cfa_uleb(&r);
            if (len > (uint64_t)(r.end - r.p)) r.bad = 1;
            else r.p += len;
            SET_REG(reg, RULE_EXPR, 0);
            break;
        }
        case DW_CFA_remember_state:
            if (depth == CFA_MAX_STACK) {
                t->error = "remember_state stack overflow";
                return -1;
            }
            stack[depth++] = *st;
            t->remembers++;
            break;
        case DW_CFA_restore_state:
            if (depth == 0) {
                t->error = "restore_state without remember_state";
                return -1;
            }
            /* the CFA and registers come back; the location does not */
            *st = stack[--depth];
            t->restores++;
            break;
        case DW_CFA_GNU_args_size: cfa_uleb(&r); break;
        case DW_CFA_GNU_window_save: break;
        default: t->error = "unknown DW_CFA opcode"; return -1;
        }
        if (in_fde) cfa_push_row(t, *loc, st);
    }
#undef SET_REG
#undef ADVANCE
    if (r.bad) {
        t->error = "truncated instruction";
        return -1;
    }
    return 0;
}

/* Decode a CIE + FDE pair. Returns 0 on success (t->error NULL). */
static int cfa_decode(CfaTable *t, const uint8_t *cie, size_t cie_len, const uint8_t *fde, size_t fde_len,
                      uint64_t code_align, int64_t data_align) {
    memset(t, 0, sizeof *t);
    CfaState st;
    memset(&st, 0, sizeof st);
    uint64_t loc = 0;
    if (cfa_run(t, cie, cie_len, code_align, data_align, &st, 0, &loc) != 0) return -1;
    t->initial = st;
    cfa_push_row(t, 0, &st);
    if (cfa_run(t, fde, fde_len, code_align, data_align, &st, 1, &loc) != 0) return -1;
    t->end = loc;
    return t->error ? -1 : 0;
}

/* The state in force at code offset `at`. */
static const CfaState *cfa_at(const CfaTable *t, uint64_t at) {
    const CfaState *s = &t->rows[0].st;
    for (int i = 0; i < t->nrows; i++)
        if (t->rows[i].start <= at) s = &t->rows[i].st;
    return s;
}

#endif
