/* elfobj.h - the in-memory ELF object that describes a batch of JIT pieces
 * to gdb (registered through the JIT interface by gdbjit.c).
 *
 * An ELF64 x86-64 relocatable object (ET_REL, the shape gdb's JIT loader is
 * known to accept: every SHF_ALLOC section is taken at its sh_addr) with
 *
 *   .text            one SHT_NOBITS section per piece, at the piece's real
 *                    address and size (never a span over several pieces:
 *                    another object's code may sit in between, and gdb
 *                    drops one of two overlapping sections)
 *   .eh_frame        CFI from ehframe.c, one FDE per range (per piece
 *                    without ranges), pcrel|sdata8; its sh_addr is where the
 *                    bytes really are, inside the object's own buffer, so
 *                    the pc-relative values are right for gdb and the
 *                    section overlaps no code
 *   .debug_*         see dwarfinfo.h
 *   .symtab/.strtab  a global STT_FUNC per range; one per piece, sized 0
 *                    when the piece has ranges so that gdb's `info symbol`
 *                    prefers the range (sized symbols win over unsized ones
 *                    at the same address), else sized to the piece; none
 *                    when a range named like the piece starts it (what
 *                    glassview's core makes of a piece without ranges)
 *
 * As in any ET_REL, symbol values are offsets in their section (the piece).
 * The object's bytes must not move or change while gdb may read them: build
 * it, register it, and free it only after unregistering.
 */
#ifndef GV_ELFOBJ_H
#define GV_ELFOBJ_H

#include <stddef.h>
#include <stdint.h>

#include "glassview.h"

/* ELF section indices are 16-bit below SHN_LORESERVE; a larger batch must be
 * split into several objects (gdbjit.c does). */
#define GV_ELFOBJ_MAX_PIECES 8192u

typedef struct gv_elfobj {
    uint8_t *bytes; /* malloc'd */
    size_t size;
} gv_elfobj;

/* Builds the object for n (1..GV_ELFOBJ_MAX_PIECES) pieces.  comp_dir: the
 * DW_AT_comp_dir (NULL: ".").  Returns 0, or -1 when memory ran out or n is
 * out of range (*out is then zeroed). */
int gv_elfobj_build(const gv_code_info *const *pieces, size_t n, const char *comp_dir, gv_elfobj *out);

void gv_elfobj_free(gv_elfobj *obj);

#endif /* GV_ELFOBJ_H */
