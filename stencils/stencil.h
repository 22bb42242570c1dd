/* stencil.h - the format of copy-and-patch stencils.
 *
 * A stencil is the machine code clang compiled for one uop (the function
 * _JIT_ENTRY of one translation unit), cut out of its ELF object by
 * stencils/stencil_tool.c at build time and stored in the generated header
 * stencils.h as static const arrays. At run time the emitter copies a stencil's
 * code (and data) into executable memory and patches its holes.
 *
 * This header is shared by the build-time tool, the generated stencils.h and
 * the runtime's emitter. It includes only <stdint.h>. See stencils/README.md.
 */
#ifndef GLASSJIT_STENCIL_H
#define GLASSJIT_STENCIL_H

#include <stdint.h>

/* What a hole's value is. The emitter computes
 *     S = base(value) + hole.addend
 * and writes it with patch_hole(loc, hole.kind, S, address of loc), which for
 * relative kinds stores S - P (see patch.h). */
typedef enum HoleValue {
    HOLE_CODE,        /* start of this stencil instance's code */
    HOLE_DATA,        /* start of this stencil instance's data blob */
    HOLE_CONTINUE,    /* code of the next uop (the fall-through successor) */
    HOLE_JUMP_TARGET, /* code of the uop this one jumps to */
    HOLE_EXIT,        /* the side-exit stub */
    HOLE_ERROR,       /* the error exit */
    HOLE_OPARG,       /* the uop's oparg (&_JIT_OPARG is the value) */
    HOLE_OPERAND,     /* the uop's 64-bit operand */
    HOLE_OPERAND2,    /* the uop's second operand */
    HOLE_TARGET,      /* the uop's target (bytecode offset of its exit) */
    HOLE_HELPER,      /* stencil_helper_addrs[hole.symbol]: a C helper or VM global */
    HOLE_ZERO,        /* 0: the value is hole.addend alone (absolute symbols) */
    HOLE_JUMP_EXIT,   /* the exit stub of a taken branch out of the trace (to oparg) */
    HOLE_VALUE_COUNT
} HoleValue;

/* How a hole is written: one kind per relocation *behaviour*; several ELF
 * relocation types map to the same kind (stencils/targets.c has the table).
 * Relative kinds store S - P where P is the address of the patched field. */
typedef enum HoleKind {
    HK_ABS64,  /* 8 bytes: S                                 (R_X86_64_64) */
    HK_ABS32,  /* 4 bytes: S, must fit zero-extended          (R_X86_64_32) */
    HK_ABS32S, /* 4 bytes: S, must fit sign-extended          (R_X86_64_32S) */
    HK_REL32,  /* 4 bytes: S - P, must fit int32    (R_X86_64_PC32, _PLT32) */
    HK_REL64,  /* 8 bytes: S - P                              (R_X86_64_PC64) */
    /* AArch64 (instruction fields; not produced yet, patch.c implements them) */
    HK_A64_BRANCH26, /* B/BL imm26: (S - P) >> 2, +-128 MiB, 4-aligned
                        (R_AARCH64_CALL26, _JUMP26) */
    HK_A64_MOVW0,    /* MOVZ/MOVK imm16 = S[15:0]   (R_AARCH64_MOVW_UABS_G0_NC) */
    HK_A64_MOVW1,    /* MOVZ/MOVK imm16 = S[31:16]  (R_AARCH64_MOVW_UABS_G1_NC) */
    HK_A64_MOVW2,    /* MOVZ/MOVK imm16 = S[47:32]  (R_AARCH64_MOVW_UABS_G2_NC) */
    HK_A64_MOVW3,    /* MOVZ/MOVK imm16 = S[63:48]  (R_AARCH64_MOVW_UABS_G3) */
    HK_KIND_COUNT
} HoleKind;

/* One patch site. */
typedef struct Hole {
    uint32_t offset; /* byte offset of the field in the code (or data) blob */
    uint8_t kind;    /* HoleKind */
    uint8_t value;   /* HoleValue */
    uint16_t symbol; /* HOLE_HELPER: index into stencil_helper_addrs; else 0 */
    int64_t addend;  /* added to the value's base address (already includes
                        the ELF addend, e.g. -4 for a call's rel32) */
} Hole;

/* The DWARF call-frame information clang wrote for _JIT_ENTRY (its .eh_frame
 * CIE and FDE). The runtime synthesizes one FDE per emitted stencil instance
 * from these raw DW_CFA_* instruction bytes. */
typedef struct StencilCFI {
    const uint8_t *cie_insns; /* the CIE's initial instructions (raw, may end
                                 in DW_CFA_nop padding) */
    uint16_t cie_len;
    const uint8_t *fde_insns; /* the FDE's instructions (raw, may end in
                                 DW_CFA_nop padding); when other code sections
                                 were folded in, their FDEs are appended (each
                                 after an advance to its start and a reset to
                                 the CIE's initial rules) */
    uint16_t fde_len;
    uint8_t code_align; /* CIE code alignment factor (1 on x86-64) */
    int8_t data_align;  /* CIE data alignment factor (-8 on x86-64) */
    uint8_t ra_reg;     /* return-address column (16 = rip on x86-64) */
    uint8_t fde_encoding; /* the CIE's 'R' pointer encoding (DW_EH_PE_*), for
                             reference; 0xff when absent */
    uint32_t code_range;  /* bytes of code the instructions cover, from 0 */
} StencilCFI;

/* One stencil. */
typedef struct Stencil {
    const char *name;
    const uint8_t *code; /* code bytes; _JIT_ENTRY is at offset 0. Fields
                            covered by holes hold what the assembler left
                            there (zero on x86-64; on AArch64 the instruction
                            with a zero immediate: patching keeps the other
                            bits) */
    uint32_t code_size;
    const Hole *holes; /* holes in the code, sorted by offset */
    uint16_t nholes;
    uint16_t code_align; /* alignment the code was compiled for (informational:
                            relative references inside the code are already
                            resolved, so any placement works) */
    const uint8_t *data; /* read-only data blob (rodata, string literals,
                            constants, jump tables, initialised data; .bss as
                            zeros); NULL when empty */
    uint32_t data_size;
    uint32_t data_align; /* the data blob's start must be aligned to this */
    const Hole *data_holes; /* holes in the data blob, sorted by offset */
    uint16_t ndata_holes;
    int32_t tail_jump; /* offset of the trailing jump to HOLE_CONTINUE (the
                          last instruction: jmp rel32 at code_size - 5 on
                          x86-64, b imm26 at code_size - 4 on AArch64), or -1.
                          When the next stencil directly follows, the emitter
                          copies only tail_jump bytes and skips the holes at
                          offsets >= tail_jump (holes are sorted, so patching
                          a prefix of them does it). */
    int32_t first_exit;      /* offset of the first HOLE_EXIT hole, or -1 */
    int32_t first_jump_exit; /* offset of the first HOLE_JUMP_EXIT hole, or -1 */
    StencilCFI cfi;
} Stencil;

#if defined(__GNUC__) || defined(__clang__)
#define STENCIL_UNUSED __attribute__((unused))
#else
#define STENCIL_UNUSED
#endif

/* The generated stencil_helpers.c defines these (order = HOLE_HELPER index). */
extern void *const stencil_helper_addrs[];
extern const char *const stencil_helper_names[];
extern const int stencil_helper_count;

#endif /* GLASSJIT_STENCIL_H */
