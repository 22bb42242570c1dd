/* test_stencil_aarch64.c - stencil_tool --target aarch64 on the fixtures
 * cross-compiled by clang-19 (--target=aarch64-linux-gnu -mcmodel=large):
 * movz/movk groups for operands and data, bl/b imm26 for helpers and exits,
 * the trailing `b _JIT_CONTINUE`, and the CFI (decoded: CFA = sp at entry and
 * at every branch out of the stencil). Runs on any host: nothing executes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfa_decode.h"
#include "fixture_defs.h"
#include "fixture_stencils_aarch64.h"
#include "patch.h"

static int passed, failed;
#define CHECK(cond)                                                                 \
    do {                                                                            \
        if (cond) passed++;                                                         \
        else {                                                                      \
            failed++;                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                           \
    } while (0)

static const Stencil *get(const char *name) {
    for (int i = 0; i < STENCIL_COUNT; i++)
        if (strcmp(stencil_table[i].name, name) == 0) return &stencil_table[i];
    fprintf(stderr, "no stencil %s\n", name);
    exit(1);
}

static uint32_t insn_at(const Stencil *st, uint32_t off) {
    const uint8_t *p = st->code + off;
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int is_movz_movk(uint32_t insn) {
    uint32_t op = (insn >> 23) & 0xff; /* sf opc 100101 */
    return op == 0xa5 || op == 0xe5 || op == 0x25 || op == 0x65;
}
static int is_b(uint32_t insn) { return (insn & 0xfc000000u) == 0x14000000u; }
static int is_bl(uint32_t insn) { return (insn & 0xfc000000u) == 0x94000000u; }

static const char *helper_of(const Hole *h) {
    return h->value == HOLE_HELPER && h->symbol < fixture_a64_helper_count ? fixture_a64_helper_names[h->symbol] : "";
}

/* every MOVW group of `value` (with this addend) is complete: G0..G3 once */
static int movw_group(const Stencil *st, uint8_t value, int64_t addend) {
    int seen[4] = {0};
    for (unsigned i = 0; i < st->nholes; i++) {
        const Hole *h = &st->holes[i];
        if (h->value != value || h->addend != addend) continue;
        if (h->kind >= HK_A64_MOVW0 && h->kind <= HK_A64_MOVW3) seen[h->kind - HK_A64_MOVW0]++;
    }
    return seen[0] >= 1 && seen[0] == seen[1] && seen[1] == seen[2] && seen[2] == seen[3];
}

static int is_exit_value(uint8_t v) {
    return v == HOLE_CONTINUE || v == HOLE_EXIT || v == HOLE_ERROR || v == HOLE_JUMP_TARGET;
}

static void test_invariants(const Stencil *st) {
    CHECK(st->code_size > 0 && st->code_size % 4 == 0);
    for (unsigned i = 0; i < st->nholes; i++) {
        const Hole *h = &st->holes[i];
        CHECK(h->offset % 4 == 0 && h->offset + 4 <= st->code_size);
        uint32_t insn = insn_at(st, h->offset);
        switch (h->kind) {
        case HK_A64_BRANCH26:
            CHECK(is_b(insn) || is_bl(insn));
            CHECK((insn & 0x03ffffffu) == 0); /* imm26 left zero */
            CHECK(h->addend == 0);
            if (is_exit_value(h->value)) CHECK(is_b(insn));
            break;
        case HK_A64_MOVW0:
        case HK_A64_MOVW1:
        case HK_A64_MOVW2:
        case HK_A64_MOVW3:
            CHECK(is_movz_movk(insn));
            CHECK(((insn >> 5) & 0xffff) == 0);                       /* imm16 left zero */
            CHECK(((insn >> 21) & 3) == (uint32_t)(h->kind - HK_A64_MOVW0)); /* hw matches the group */
            break;
        default: CHECK(!"unexpected hole kind in AArch64 code"); break;
        }
    }
    for (unsigned i = 0; i < st->ndata_holes; i++) CHECK(st->data_holes[i].kind == HK_ABS64);
    int ends_with_continue = st->nholes > 0 && st->holes[st->nholes - 1].offset == st->code_size - 4 &&
                             st->holes[st->nholes - 1].value == HOLE_CONTINUE &&
                             is_b(insn_at(st, st->code_size - 4));
    CHECK(st->tail_jump == (ends_with_continue ? (int32_t)st->code_size - 4 : -1));

    CHECK(st->cfi.code_align == 1 && st->cfi.data_align == -4 && st->cfi.ra_reg == DWARF_AARCH64_X30);
    CHECK(st->cfi.fde_encoding == (DW_EH_PE_pcrel | DW_EH_PE_sdata8));
    CHECK(st->cfi.code_range == st->code_size);
    static CfaTable t;
    int rc = cfa_decode(&t, st->cfi.cie_insns, st->cfi.cie_len, st->cfi.fde_insns, st->cfi.fde_len,
                        st->cfi.code_align, st->cfi.data_align);
    CHECK(rc == 0);
    if (rc) return;
    CHECK(t.initial.cfa_reg == DWARF_AARCH64_SP && t.initial.cfa_off == 0);
    CHECK(cfa_at(&t, 0)->cfa_off == 0);
    /* every branch out of the stencil leaves with the entry frame: CFA = sp
     * and the link register not saved anywhere */
    for (unsigned i = 0; i < st->nholes; i++) {
        const Hole *h = &st->holes[i];
        if (h->kind != HK_A64_BRANCH26 || !is_exit_value(h->value)) continue;
        const CfaState *s = cfa_at(&t, h->offset);
        CHECK(s->cfa_reg == DWARF_AARCH64_SP && s->cfa_off == 0);
        CHECK(s->regs[DWARF_AARCH64_X30].kind == t.initial.regs[DWARF_AARCH64_X30].kind);
    }
    /* around a call: x30 is saved below the CFA */
    for (unsigned i = 0; i < st->nholes; i++) {
        const Hole *h = &st->holes[i];
        if (h->kind != HK_A64_BRANCH26 || !is_bl(insn_at(st, h->offset))) continue;
        const CfaState *s = cfa_at(&t, h->offset);
        CHECK(s->cfa_off >= 16 && s->cfa_off % 16 == 0);
        CHECK(s->regs[DWARF_AARCH64_X30].kind == RULE_OFFSET && s->regs[DWARF_AARCH64_X30].arg < 0);
    }
}

static const Hole *find(const Stencil *st, uint8_t value, uint8_t kind, const char *helper) {
    for (unsigned i = 0; i < st->nholes; i++) {
        const Hole *h = &st->holes[i];
        if (h->value == value && h->kind == kind && (!helper || strcmp(helper_of(h), helper) == 0)) return h;
    }
    return NULL;
}

int main(void) {
    CHECK(strcmp(STENCIL_TARGET, "aarch64") == 0);
    CHECK(STENCIL_COUNT == 5);
    for (int i = 0; i < STENCIL_COUNT; i++) test_invariants(&stencil_table[i]);

    const Stencil *st = get("call_helper");
    const Hole *h = find(st, HOLE_HELPER, HK_A64_BRANCH26, "fixture_helper");
    CHECK(h != NULL && is_bl(insn_at(st, h->offset)));
    CHECK(st->tail_jump == (int32_t)st->code_size - 4);

    st = get("oparg");
    CHECK(movw_group(st, HOLE_OPARG, 0));
    CHECK(movw_group(st, HOLE_OPERAND, 0));
    CHECK(movw_group(st, HOLE_OPERAND2, 0));
    CHECK(movw_group(st, HOLE_TARGET, 0));
    CHECK(st->tail_jump == (int32_t)st->code_size - 4);

    st = get("tail");
    CHECK(movw_group(st, HOLE_OPARG, 0) || movw_group(st, HOLE_OPARG, 1000));
    CHECK(st->tail_jump == (int32_t)st->code_size - 4);

    st = get("rodata");
    CHECK(find(st, HOLE_HELPER, HK_A64_BRANCH26, "fixture_log") != NULL);
    int data_groups = 0;
    for (unsigned i = 0; i < st->nholes; i++)
        data_groups += st->holes[i].value == HOLE_DATA && st->holes[i].kind == HK_A64_MOVW0;
    CHECK(data_groups == 2); /* the two tables */
    CHECK(st->ndata_holes == 4);
    int strings = 0, globals = 0;
    for (unsigned i = 0; i < st->ndata_holes; i++) {
        const Hole *d = &st->data_holes[i];
        if (d->value == HOLE_DATA) strings += strncmp((const char *)st->data + d->addend, "fixture message ", 16) == 0;
        if (d->value == HOLE_HELPER) globals += strcmp(helper_of(d), "fixture_global") == 0;
    }
    CHECK(strings == 2 && globals == 2);

    st = get("exits");
    CHECK(find(st, HOLE_CONTINUE, HK_A64_BRANCH26, NULL) && find(st, HOLE_EXIT, HK_A64_BRANCH26, NULL) &&
          find(st, HOLE_ERROR, HK_A64_BRANCH26, NULL) && find(st, HOLE_JUMP_TARGET, HK_A64_BRANCH26, NULL));
    CHECK(st->tail_jump == -1);

    /* patching a stencil's holes into a copy works with the A64 kinds */
    st = get("oparg");
    uint8_t copy[256];
    CHECK(st->code_size <= sizeof copy);
    memcpy(copy, st->code, st->code_size);
    uint64_t values[HOLE_VALUE_COUNT] = {0};
    values[HOLE_OPARG] = 0x1122334455667788ull;
    values[HOLE_CONTINUE] = 0x400000 + 0x1000;
    CHECK(patch_holes(copy, 0x400000, st->holes, st->nholes, values, fixture_a64_helper_addrs,
                      (unsigned)fixture_a64_helper_count, NULL) == PATCH_OK);
    uint64_t rebuilt = 0;
    for (unsigned i = 0; i < st->nholes; i++) {
        const Hole *x = &st->holes[i];
        uint32_t insn = (uint32_t)copy[x->offset] | (uint32_t)copy[x->offset + 1] << 8 |
                        (uint32_t)copy[x->offset + 2] << 16 | (uint32_t)copy[x->offset + 3] << 24;
        if (x->value == HOLE_OPARG) rebuilt |= (uint64_t)((insn >> 5) & 0xffff) << (16 * (x->kind - HK_A64_MOVW0));
        if (x->value == HOLE_CONTINUE)
            CHECK((insn & 0x03ffffffu) == ((0x1000u - x->offset) >> 2)); /* b to the next stencil */
    }
    CHECK(rebuilt == 0x1122334455667788ull);

    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
