/* gdbreader.h - the encoder of the jit-reader sink (gdbreader.c), exposed
 * for tests/observe/test_gdbreader.c.  The format is reader_format.h. */
#ifndef GV_GDBREADER_H
#define GV_GDBREADER_H

#include <stddef.h>
#include <stdint.h>

#include "glassview.h"
#include "reader_format.h"

/* Interprets a range's CFI (CIE initial instructions, then the FDE's from
 * the range start) into at most `max` rows for a range of `size` bytes;
 * cfi NULL gives the one row of a frameless range (CFA = rsp + 8, return
 * address at CFA - 8).  Returns the number of rows, or -1 when the program
 * uses what rows cannot say (DWARF expressions, a register saved in another
 * register, an undefined return address, ...) or is malformed. */
int gv_reader_cfi_rows(const gv_cfi *cfi, uint32_t size, gjr_row *rows, size_t max);

typedef struct gv_reader_entry {
    uint8_t *bytes; /* malloc'd, 8-aligned; gjr_header first */
    size_t size;
} gv_reader_entry;

/* Encodes n (>= 1) pieces into one entry whose header says it lives at
 * out->bytes and carries `serial`; comp_dir: where relative source file
 * names are (NULL: unknown).  Returns 0, or -1 when memory ran out or
 * the entry would exceed 4 GiB (*out is then zeroed). */
int gv_reader_build(const gv_code_info *const *pieces, size_t n, const char *comp_dir, uint64_t serial,
                    gv_reader_entry *out);

void gv_reader_free(gv_reader_entry *e);

#endif /* GV_GDBREADER_H */
