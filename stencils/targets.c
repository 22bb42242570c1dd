/* targets.c - relocation tables and trailing-jump detection per target.
 *
 * To add a target: write a RelocInfo table listing every relocation type the
 * stencil flags can produce (RA_HOLE with its HoleKind) and the ones they must
 * not produce (RA_UNSUPPORTED, so the error names them), a tail_jump function,
 * and a StencilTarget entry in stencil_targets[]. New HoleKinds go to
 * stencil.h and patch.c. */
#include "targets.h"

#include <elf.h>
#include <string.h>

#define HOLE(t, k, rel) {t, #t, RA_HOLE, k, rel}
#define NOPE(t) {t, #t, RA_UNSUPPORTED, 0, 0}

/* ---- x86-64 ------------------------------------------------------------- */

static const RelocInfo x86_64_relocs[] = {
    {R_X86_64_NONE, "R_X86_64_NONE", RA_IGNORE, 0, 0},
    HOLE(R_X86_64_64, HK_ABS64, 0),     /* movabs $sym, %reg; pointers in data */
    HOLE(R_X86_64_PC32, HK_REL32, 1),   /* rip-relative, jcc/jmp to a section */
    HOLE(R_X86_64_PLT32, HK_REL32, 1),  /* call/jmp to a symbol (no PLT: direct) */
    HOLE(R_X86_64_32, HK_ABS32, 0),     /* mov $sym, %r32 (small code model) */
    HOLE(R_X86_64_32S, HK_ABS32S, 0),   /* disp32 / imm32 sign-extended */
    HOLE(R_X86_64_PC64, HK_REL64, 1),   /* large-model eh_frame / data */
    /* The stencil flags (-fno-pic) must avoid everything below. */
    NOPE(R_X86_64_GOT32),
    NOPE(R_X86_64_COPY),
    NOPE(R_X86_64_GLOB_DAT),
    NOPE(R_X86_64_JUMP_SLOT),
    NOPE(R_X86_64_RELATIVE),
    NOPE(R_X86_64_GOTPCREL),
    NOPE(R_X86_64_16),
    NOPE(R_X86_64_PC16),
    NOPE(R_X86_64_8),
    NOPE(R_X86_64_PC8),
    NOPE(R_X86_64_DTPMOD64),
    NOPE(R_X86_64_DTPOFF64),
    NOPE(R_X86_64_TPOFF64),
    NOPE(R_X86_64_TLSGD),
    NOPE(R_X86_64_TLSLD),
    NOPE(R_X86_64_DTPOFF32),
    NOPE(R_X86_64_GOTTPOFF),
    NOPE(R_X86_64_TPOFF32),
    NOPE(R_X86_64_GOTOFF64),
    NOPE(R_X86_64_GOTPC32),
    NOPE(R_X86_64_GOT64),
    NOPE(R_X86_64_GOTPCREL64),
    NOPE(R_X86_64_GOTPC64),
    NOPE(R_X86_64_GOTPLT64),
    NOPE(R_X86_64_PLTOFF64),
    NOPE(R_X86_64_SIZE32),
    NOPE(R_X86_64_SIZE64),
    NOPE(R_X86_64_GOTPC32_TLSDESC),
    NOPE(R_X86_64_TLSDESC_CALL),
    NOPE(R_X86_64_TLSDESC),
    NOPE(R_X86_64_IRELATIVE),
    NOPE(R_X86_64_RELATIVE64),
    NOPE(R_X86_64_GOTPCRELX),
    NOPE(R_X86_64_REX_GOTPCRELX),
};

/* jmp rel32 (e9) to _JIT_CONTINUE as the very last instruction. */
static int32_t x86_64_tail_jump(const uint8_t *code, uint32_t size, const Hole *holes, unsigned nholes) {
    if (size < 5 || nholes == 0 || code[size - 5] != 0xe9) return -1;
    const Hole *h = &holes[nholes - 1];
    if (h->offset != size - 4 || h->kind != HK_REL32 || h->value != HOLE_CONTINUE || h->addend != -4)
        return -1;
    return (int32_t)(size - 5);
}

static const StencilTarget x86_64_target = {
    "x86_64", EM_X86_64, x86_64_relocs, sizeof x86_64_relocs / sizeof x86_64_relocs[0], x86_64_tail_jump,
};

/* ---- AArch64 (compile with -mcmodel=large -fno-pic) -------------------- */

static const RelocInfo aarch64_relocs[] = {
    {R_AARCH64_NONE, "R_AARCH64_NONE", RA_IGNORE, 0, 0},
    HOLE(R_AARCH64_ABS64, HK_ABS64, 0),
    HOLE(R_AARCH64_ABS32, HK_ABS32, 0),
    HOLE(R_AARCH64_PREL64, HK_REL64, 1),
    HOLE(R_AARCH64_PREL32, HK_REL32, 1),
    HOLE(R_AARCH64_CALL26, HK_A64_BRANCH26, 1),
    HOLE(R_AARCH64_JUMP26, HK_A64_BRANCH26, 1),
    HOLE(R_AARCH64_MOVW_UABS_G0_NC, HK_A64_MOVW0, 0),
    HOLE(R_AARCH64_MOVW_UABS_G1_NC, HK_A64_MOVW1, 0),
    HOLE(R_AARCH64_MOVW_UABS_G2_NC, HK_A64_MOVW2, 0),
    HOLE(R_AARCH64_MOVW_UABS_G3, HK_A64_MOVW3, 0),
    /* small code model and PIC relocations: not supported (use -mcmodel=large) */
    NOPE(R_AARCH64_MOVW_UABS_G0),
    NOPE(R_AARCH64_MOVW_UABS_G1),
    NOPE(R_AARCH64_MOVW_UABS_G2),
    NOPE(R_AARCH64_ADR_PREL_LO21),
    NOPE(R_AARCH64_ADR_PREL_PG_HI21),
    NOPE(R_AARCH64_ADR_PREL_PG_HI21_NC),
    NOPE(R_AARCH64_ADD_ABS_LO12_NC),
    NOPE(R_AARCH64_LDST8_ABS_LO12_NC),
    NOPE(R_AARCH64_LDST16_ABS_LO12_NC),
    NOPE(R_AARCH64_LDST32_ABS_LO12_NC),
    NOPE(R_AARCH64_LDST64_ABS_LO12_NC),
    NOPE(R_AARCH64_LDST128_ABS_LO12_NC),
    NOPE(R_AARCH64_CONDBR19),
    NOPE(R_AARCH64_TSTBR14),
    NOPE(R_AARCH64_LD_PREL_LO19),
    NOPE(R_AARCH64_ADR_GOT_PAGE),
    NOPE(R_AARCH64_LD64_GOT_LO12_NC),
    NOPE(R_AARCH64_GOT_LD_PREL19),
};

/* b imm26 (000101 imm26) to _JIT_CONTINUE as the very last instruction. */
static int32_t aarch64_tail_jump(const uint8_t *code, uint32_t size, const Hole *holes, unsigned nholes) {
    if (size < 4 || nholes == 0 || (code[size - 1] & 0xfc) != 0x14) return -1;
    const Hole *h = &holes[nholes - 1];
    if (h->offset != size - 4 || h->kind != HK_A64_BRANCH26 || h->value != HOLE_CONTINUE || h->addend != 0)
        return -1;
    return (int32_t)(size - 4);
}

static const StencilTarget aarch64_target = {
    "aarch64", EM_AARCH64, aarch64_relocs, sizeof aarch64_relocs / sizeof aarch64_relocs[0], aarch64_tail_jump,
};

/* ---- lookup ------------------------------------------------------------- */

const StencilTarget *const stencil_targets[] = {&x86_64_target, &aarch64_target, NULL};

const StencilTarget *stencil_target_find(const char *name) {
    for (size_t i = 0; stencil_targets[i]; i++)
        if (strcmp(stencil_targets[i]->name, name) == 0) return stencil_targets[i];
    return NULL;
}

const RelocInfo *stencil_target_reloc(const StencilTarget *t, uint32_t type) {
    for (size_t i = 0; i < t->nrelocs; i++)
        if (t->relocs[i].type == type) return &t->relocs[i];
    return NULL;
}
