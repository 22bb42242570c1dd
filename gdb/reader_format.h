/* reader_format.h - the compact description of JIT code that the jit-reader
 * sink (gdb/gdbreader.c) publishes through gdb's JIT interface and glassjit's
 * gdb plugin (gdb/reader/glassjit_reader.c, `jit-reader-load`) reads, in
 * place of the in-memory ELF objects of the GDB sink.
 *
 * One entry (jit_code_entry.symfile_addr/size) describes a batch of pieces
 * flushed together.  Its bytes, all little-endian x86-64, 8-byte aligned:
 *
 *   gjr_header                    magic, version, sizes, counts
 *   gjr_piece   pieces[npieces]   address, size, name, source file, and
 *                                 which ranges and line rows are its own
 *   gjr_range   ranges[nranges]   per named sub-range: offset in its piece,
 *                                 size, name, and its unwind rows
 *   gjr_line    lines[nlines]     per piece: (offset in the piece, line)
 *   gjr_row     rows[nrows]       unwind rules: ranges with the same rules
 *                                 share their rows
 *   char        strings[nstrings] NUL-terminated names; a name is an offset
 *                                 here (GJR_NONE: no name)
 *   zero padding to total_size (a multiple of 8)
 *
 * The unwind rules are the ranges' DWARF CFI already interpreted by the sink:
 * a table of rows, each valid from its pc offset (from the range start) up to
 * the next row's, giving the CFA as register + offset and where the
 * callee-saved registers and the return address were saved (CFA + k).  So the
 * plugin needs no CFI interpreter, and what the sink cannot express in rows
 * (DWARF expressions, ...) arrives as a range without rows, which the plugin
 * declines to unwind.
 *
 * The plugin gets a copy of the bytes from gdb and never trusts them: every
 * count, offset and string is checked against total_size before use.
 *
 * gdb does not tell a jit-reader when an entry is unregistered, only that the
 * objfile it made of the entry is gone, so the plugin cannot drop its own
 * unwind table for that entry.  Instead each entry says where it lives in the
 * process (self) and carries a serial no other entry has had; the sink sets
 * serial to 0 right after unregistering and before freeing the bytes.  Before
 * trusting rules it read earlier, the plugin reads the serial back from the
 * process: a mismatch (or unreadable memory) means the entry is gone.
 */
#ifndef GV_READER_FORMAT_H
#define GV_READER_FORMAT_H

#include <stdint.h>

#define GJR_MAGIC "GLASSJR" /* 7 characters and the NUL: 8 bytes */
#define GJR_VERSION 1u
#define GJR_NONE 0xffffffffu /* no string */

/* Registers the rows can say were saved, as bits of gjr_row.saved (DWARF
 * numbers on x86-64: the callee-saved registers and the return address). */
enum {
    GJR_SLOT_RBX, /* DWARF 3 */
    GJR_SLOT_RBP, /* 6 */
    GJR_SLOT_R12, /* 12 */
    GJR_SLOT_R13,
    GJR_SLOT_R14,
    GJR_SLOT_R15,
    GJR_SLOT_RIP, /* 16: the return address; every row has it */
    GJR_NSLOTS
};
static inline int gjr_slot_dwarf_reg(int slot) {
    return slot == GJR_SLOT_RBX ? 3 : slot == GJR_SLOT_RBP ? 6 : slot == GJR_SLOT_RIP ? 16 : 12 + (slot - GJR_SLOT_R12);
}

enum { GJR_DWARF_RBP = 6, GJR_DWARF_RSP = 7, GJR_DWARF_RIP = 16, GJR_DWARF_NREGS = 17 };

typedef struct gjr_header {
    char magic[8];         /* GJR_MAGIC */
    uint16_t version;      /* GJR_VERSION */
    uint16_t header_size;  /* sizeof(gjr_header): the arrays start there */
    uint32_t total_size;   /* bytes of the entry, == jit_code_entry.symfile_size */
    uint64_t self;         /* address of this header in the process */
    uint64_t serial;       /* unique while registered; 0 once unregistered */
    uint32_t npieces;
    uint32_t nranges;
    uint32_t nlines;
    uint32_t nrows;
    uint32_t nstrings;     /* bytes of the string table */
    uint32_t comp_dir;     /* the JIT's working directory (relative source
                              files are relative to it), or GJR_NONE */
} gjr_header;

typedef struct gjr_piece {
    uint64_t start;        /* address of the code */
    uint32_t size;
    uint32_t name;         /* the piece as a whole, e.g. trace_7:fib:fib.py:3 */
    uint32_t file;         /* guest source file of the line rows, or GJR_NONE */
    uint32_t first_range;  /* ranges[first_range .. +nranges): sorted by offset, */
    uint32_t nranges;      /* non-overlapping, inside the piece */
    uint32_t first_line;   /* lines[first_line .. +nlines): sorted by offset, */
    uint32_t nlines;       /* inside the piece */
    uint32_t reserved;     /* 0 */
} gjr_piece;

typedef struct gjr_range {
    uint32_t offset;       /* from the piece's start */
    uint32_t size;         /* > 0 */
    uint32_t name;         /* the uop / stub / trampoline name */
    uint32_t first_row;    /* rows[first_row .. +nrows): pc offsets ascending, */
    uint32_t nrows;        /* the first at 0; nrows 0: no unwind rules */
    uint32_t reserved;     /* 0 */
} gjr_range;

typedef struct gjr_line {
    uint32_t offset;       /* from the piece's start: from here on, until the */
    uint32_t line;         /* next row, code belongs to `line` (0: none) */
} gjr_line;

typedef struct gjr_row {
    uint32_t pc;           /* from the range's start: the row holds from here */
    int32_t cfa_offset;    /* CFA = cfa_reg + cfa_offset */
    uint8_t cfa_reg;       /* DWARF register number (7 rsp, 6 rbp, ...) < 16 */
    uint8_t saved;         /* bit GJR_SLOT_x: register saved at CFA + off[x]; */
    int16_t off[GJR_NSLOTS]; /* not saved: the caller's value is the current */
} gjr_row;

_Static_assert(sizeof(gjr_header) == 56, "gjr_header layout");
_Static_assert(sizeof(gjr_piece) == 40, "gjr_piece layout");
_Static_assert(sizeof(gjr_range) == 24, "gjr_range layout");
_Static_assert(sizeof(gjr_line) == 8, "gjr_line layout");
_Static_assert(sizeof(gjr_row) == 24, "gjr_row layout");

#endif /* GV_READER_FORMAT_H */
