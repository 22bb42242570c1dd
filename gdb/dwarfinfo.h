/* dwarfinfo.h - DWARF 5 .debug_info/.debug_abbrev/.debug_line/.debug_rnglists
 * for a batch of JIT pieces, the part of gdb's in-memory object that gives
 * names, source files and lines to JIT code.
 *
 * Shape: one compile unit per distinct guest source file in the batch (named
 * after it, DW_AT_comp_dir = the process's working directory so that `list`
 * finds relative files), covering exactly its pieces (low/high pc for one
 * piece, a .debug_rnglists list for several); one DW_TAG_subprogram per named
 * range (or per piece without ranges), with decl_file/decl_line when the range
 * starts on a known line; one line-program sequence per piece.  Pieces
 * without a source file share a unit named "<jit>" without a line table.
 *
 * All addresses are absolute (the code's real addresses): the object is
 * loaded by gdb with every section at the address it names.
 */
#ifndef GV_DWARFINFO_H
#define GV_DWARFINFO_H

#include "bytebuf.h"
#include "glassview.h"

typedef struct gv_dwarf {
    bytebuf abbrev, info, line, rnglists; /* rnglists.len == 0: not needed */
} gv_dwarf;

/* Fills `out` (zero it first) for the n pieces; comp_dir NULL means ".".
 * Returns 0, or -1 when memory ran out (out is freed then). */
int gv_dwarf_build(gv_dwarf *out, const gv_code_info *const *pieces, size_t n, const char *comp_dir);

void gv_dwarf_free(gv_dwarf *d);

/* The line in effect at `offset` of the piece (0: none), from its table. */
uint32_t gv_dwarf_line_at(const gv_code_info *piece, uint32_t offset);

#endif /* GV_DWARFINFO_H */
