/* ehframe.h - .eh_frame and .eh_frame_hdr bytes for JIT code (internal to
 * glassview: jitdump/jitdump.c, jitdump/libgcc.c, jitdump/libunwind.c and
 * gdb/gdbjit.c use it).
 *
 * Input: a list of FDE descriptions (an address range plus the gv_cfi rules
 * of glassview.h, or NULL for the default "no frame of its own" rules
 * CFA = rsp + 8, return address at CFA - 8).  Output:
 *
 *   .eh_frame      one CIE per distinct CIE content (code/data alignment,
 *                  return-address column, initial instructions, pointer
 *                  encoding), then one FDE per input in input order, each
 *                  record padded with DW_CFA_nop to a multiple of 8 bytes,
 *                  then a 4-byte zero terminator.  CIE augmentation "zR".
 *   .eh_frame_hdr  version 1, eh_frame_ptr pcrel|sdata4, fde_count udata4,
 *                  table datarel|sdata4 sorted by start address (the layout
 *                  perf inject, gdb and libunwind read).
 *
 * Pointers in both are relative (FDE pc_begin is pc-relative, the table is
 * relative to the .eh_frame_hdr start), so the bytes are only right at the
 * address they were built for: every function takes the final address of the
 * section as the consumer will see it (in perf's jitted-PID-N.so that is
 * code + ALIGN_8(code size); in a gdb ELF object, the section's sh_addr; for
 * __register_frame, the buffer itself).
 *
 * Typical uses:
 *   - one contiguous blob "eh_frame then eh_frame_hdr", as perf's
 *     JIT_CODE_UNWINDING_INFO wants:    gv_eh_build(fdes, n, addr, 4, &blob)
 *   - two separately placed sections (ELF object): gv_eh_frame_size +
 *     gv_eh_frame_write, then gv_eh_hdr_size + gv_eh_hdr_write.
 *   - libunwind's UNW_INFO_FORMAT_IP_OFFSET / REMOTE_TABLE range table:
 *     gv_eh_table_write.
 */
#ifndef GLASSVIEW_EHFRAME_H
#define GLASSVIEW_EHFRAME_H

#include <stddef.h>
#include <stdint.h>

#include "glassview.h"

/* One FDE to emit. */
typedef struct gv_eh_fde {
    uint64_t pc;          /* first instruction, as the consumer sees it */
    uint32_t len;         /* bytes of code covered */
    const gv_cfi *cfi;    /* NULL: default frameless rules */
} gv_eh_fde;

/* One row of the binary-search table (.eh_frame_hdr's table and libunwind's
 * struct table_entry have this layout). */
typedef struct gv_eh_table_entry {
    int32_t start;        /* FDE start address - ip_base */
    int32_t fde;          /* FDE record address - segbase */
} gv_eh_table_entry;

/* The .eh_frame_hdr's table starts this many bytes into it. */
#define GV_EH_HDR_TABLE_OFFSET 12u

/* The default rules used for cfi == NULL (CFA = rsp + 8, rip at CFA - 8). */
extern const gv_cfi gv_eh_default_cfi;

/* Size of .eh_frame for the FDEs; ptr_size is 4 (pcrel|sdata4: code within
 * +-2 GiB of the section) or 8 (pcrel|sdata8: anywhere). */
size_t gv_eh_frame_size(const gv_eh_fde *fdes, size_t n, int ptr_size);

/* Writes exactly gv_eh_frame_size bytes to dst for a section at eh_addr.
 * fde_off (may be NULL) receives each FDE's offset in the section.  Returns
 * 0, or -1 when a pc-relative value does not fit ptr_size. */
int gv_eh_frame_write(uint8_t *dst, const gv_eh_fde *fdes, size_t n, int ptr_size,
                      uint64_t eh_addr, uint32_t *fde_off);

/* Size of .eh_frame_hdr for n FDEs. */
size_t gv_eh_hdr_size(size_t n);

/* Writes .eh_frame_hdr at hdr_addr for the .eh_frame at eh_addr whose FDE
 * offsets gv_eh_frame_write returned.  Returns 0, or -1 when an address is
 * more than 2 GiB from hdr_addr or n is too large. */
int gv_eh_hdr_write(uint8_t *dst, uint64_t hdr_addr, uint64_t eh_addr, const gv_eh_fde *fdes,
                    const uint32_t *fde_off, size_t n);

/* Writes n rows sorted by pc: start = pc - ip_base, fde = eh_addr +
 * fde_off[i] - segbase (libunwind: IP_OFFSET uses ip_base = di->start_ip,
 * REMOTE_TABLE ip_base = segbase).  Returns 0, or -1 on int32 overflow. */
int gv_eh_table_write(gv_eh_table_entry *dst, const gv_eh_fde *fdes, const uint32_t *fde_off,
                      size_t n, uint64_t ip_base, uint64_t eh_addr, uint64_t segbase);

/* A contiguous .eh_frame + .eh_frame_hdr (hdr right after the terminator). */
typedef struct gv_eh_blob {
    uint8_t *bytes;       /* malloc'd, eh_size + hdr_size bytes */
    size_t eh_size;       /* .eh_frame, including its zero terminator */
    size_t hdr_size;      /* .eh_frame_hdr */
} gv_eh_blob;

/* Builds the blob for .eh_frame at eh_addr.  Returns 0, or -1 (out of memory
 * or an offset that does not fit; *out is then zeroed). */
int gv_eh_build(const gv_eh_fde *fdes, size_t n, uint64_t eh_addr, int ptr_size, gv_eh_blob *out);

void gv_eh_blob_free(gv_eh_blob *blob);

#endif /* GLASSVIEW_EHFRAME_H */
