/* targets.h - per-target knowledge of stencil_tool: the ELF machine, how
 * each ELF relocation type becomes a HoleKind, and how to spot a trailing
 * jump to _JIT_CONTINUE. Adding a target = one relocation table and one
 * StencilTarget entry in targets.c. */
#ifndef GLASSJIT_STENCIL_TARGETS_H
#define GLASSJIT_STENCIL_TARGETS_H

#include <stddef.h>
#include <stdint.h>

#include "stencil.h"

/* What stencil_tool does with one ELF relocation type. */
typedef enum RelocAction {
    RA_HOLE,        /* becomes a hole of `kind` (or is resolved at build time) */
    RA_IGNORE,      /* R_*_NONE: nothing to do */
    RA_UNSUPPORTED  /* build error: the flags must avoid it (e.g. GOT, TLS) */
} RelocAction;

typedef struct RelocInfo {
    uint32_t type;    /* ELF r_type */
    const char *name; /* "R_X86_64_PLT32" */
    uint8_t action;   /* RelocAction */
    uint8_t kind;     /* HoleKind (RA_HOLE only) */
    uint8_t relative; /* 1: S + A - P */
} RelocInfo;

typedef struct StencilTarget {
    const char *name;   /* --target NAME */
    uint16_t e_machine; /* EM_X86_64, EM_AARCH64 */
    const RelocInfo *relocs;
    size_t nrelocs;
    /* Offset of the trailing jump to _JIT_CONTINUE (the last instruction of
     * the code), or -1. Holes are sorted by offset. */
    int32_t (*tail_jump)(const uint8_t *code, uint32_t size, const Hole *holes, unsigned nholes);
} StencilTarget;

/* The target called `name`, or NULL. */
const StencilTarget *stencil_target_find(const char *name);

/* All targets, NULL-terminated (for --help). */
extern const StencilTarget *const stencil_targets[];

/* The entry for relocation type `type`, or NULL when the type is unknown. */
const RelocInfo *stencil_target_reloc(const StencilTarget *t, uint32_t type);

#endif /* GLASSJIT_STENCIL_TARGETS_H */
