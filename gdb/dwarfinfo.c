/* dwarfinfo.c - DWARF 5 debug info for a batch of JIT pieces (see dwarfinfo.h).
 *
 * Only the handful of tags, attributes and forms gdb needs for names and
 * lines; the CFI lives in .eh_frame (ehframe.c).  Strings are inline
 * (DW_FORM_string): objects are small and short-lived, a .debug_str would
 * only add a section.
 */
#include "dwarfinfo.h"

#include <stdlib.h>
#include <string.h>

enum {
    DW_TAG_compile_unit = 0x11,
    DW_TAG_subprogram = 0x2e,
    DW_AT_name = 0x03,
    DW_AT_stmt_list = 0x10,
    DW_AT_low_pc = 0x11,
    DW_AT_high_pc = 0x12,
    DW_AT_language = 0x13,
    DW_AT_comp_dir = 0x1b,
    DW_AT_producer = 0x25,
    DW_AT_decl_file = 0x3a,
    DW_AT_decl_line = 0x3b,
    DW_AT_external = 0x3f,
    DW_AT_ranges = 0x55,
    DW_FORM_addr = 0x01,
    DW_FORM_data2 = 0x05,
    DW_FORM_data4 = 0x06,
    DW_FORM_data8 = 0x07,
    DW_FORM_string = 0x08,
    DW_FORM_udata = 0x0f,
    DW_FORM_sec_offset = 0x17,
    DW_FORM_flag_present = 0x19,
    DW_UT_compile = 0x01,
    DW_LNCT_path = 0x1,
    DW_LNCT_directory_index = 0x2,
    DW_LNS_copy = 0x01,
    DW_LNS_advance_pc = 0x02,
    DW_LNS_advance_line = 0x03,
    DW_LNS_set_file = 0x04,
    DW_LNE_end_sequence = 0x01,
    DW_LNE_set_address = 0x02,
    DW_RLE_end_of_list = 0x00,
    DW_RLE_start_length = 0x07,
};

/* The code is machine code without types or variables; "assembler" is the
 * language gdb knows that promises nothing more (DW_LANG_Python would make
 * gdb fall back to its "minimal" language anyway). */
#define LANG_ASSEMBLER 0x8001
#define PRODUCER "glassview JIT"
#define NOSOURCE_NAME "<jit>"

/* Line-program parameters: the usual ones (gcc's and clang's) for x86. */
enum { LINE_BASE = -5, LINE_RANGE = 14, OPCODE_BASE = 13 };
static const uint8_t std_opcode_lengths[OPCODE_BASE - 1] = {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1};

/* Abbreviation codes: four unit shapes (one piece or several; with or
 * without a line table), two subprogram shapes (with or without a line). */
enum { AB_CU = 1, AB_CU_RANGES = 1, AB_CU_NOLINES = 2, AB_SUB_DECL = 5, AB_SUB };

static void abbrev_table(bytebuf *b) {
    static const uint8_t cu_head[] = {DW_AT_producer, DW_FORM_string, DW_AT_language, DW_FORM_data2,
                                      DW_AT_name,     DW_FORM_string, DW_AT_comp_dir, DW_FORM_string};
    static const uint8_t sub_head[] = {DW_AT_name,   DW_FORM_string, DW_AT_external, DW_FORM_flag_present,
                                       DW_AT_low_pc, DW_FORM_addr,   DW_AT_high_pc,  DW_FORM_data4};
    for (int shape = 0; shape < 4; shape++) {
        bb_uleb(b, AB_CU + shape);
        bb_uleb(b, DW_TAG_compile_unit);
        bb_u8(b, 1); /* DW_CHILDREN_yes */
        bb_bytes(b, cu_head, sizeof cu_head);
        if (!(shape & AB_CU_NOLINES))
            bb_bytes(b, (uint8_t[]){DW_AT_stmt_list, DW_FORM_sec_offset}, 2);
        if (shape & AB_CU_RANGES)
            bb_bytes(b, (uint8_t[]){DW_AT_ranges, DW_FORM_sec_offset}, 2);
        else
            bb_bytes(b, (uint8_t[]){DW_AT_low_pc, DW_FORM_addr, DW_AT_high_pc, DW_FORM_data8}, 4);
        bb_bytes(b, (uint8_t[]){0, 0}, 2);
    }
    for (int decl = 1; decl >= 0; decl--) {
        bb_uleb(b, decl ? AB_SUB_DECL : AB_SUB);
        bb_uleb(b, DW_TAG_subprogram);
        bb_u8(b, 0);
        bb_bytes(b, sub_head, sizeof sub_head);
        if (decl)
            bb_bytes(b, (uint8_t[]){DW_AT_decl_file, DW_FORM_udata, DW_AT_decl_line, DW_FORM_udata}, 4);
        bb_bytes(b, (uint8_t[]){0, 0}, 2);
    }
    bb_u8(b, 0);
}

uint32_t gv_dwarf_line_at(const gv_code_info *p, uint32_t offset) {
    size_t lo = 0, hi = p->nlines; /* first row with offset > `offset` */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->lines[mid].offset <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? p->lines[lo - 1].line : 0;
}

/* One row: a special opcode when the deltas fit, else the long form. */
static void line_row(bytebuf *b, uint64_t addr_delta, int64_t line_delta) {
    if (line_delta >= LINE_BASE && line_delta < LINE_BASE + LINE_RANGE && addr_delta < 256) {
        uint64_t op = (uint64_t)(line_delta - LINE_BASE) + LINE_RANGE * addr_delta + OPCODE_BASE;
        if (op <= 255) {
            bb_u8(b, (uint8_t)op);
            return;
        }
    }
    if (line_delta) {
        bb_u8(b, DW_LNS_advance_line);
        bb_sleb(b, line_delta);
    }
    if (addr_delta) {
        bb_u8(b, DW_LNS_advance_pc);
        bb_uleb(b, addr_delta);
    }
    bb_u8(b, DW_LNS_copy);
}

static void line_extended(bytebuf *b, uint8_t op, const void *arg, size_t len) {
    bb_u8(b, 0);
    bb_uleb(b, len + 1);
    bb_u8(b, op);
    bb_bytes(b, arg, len);
}

/* One sequence per piece: rows at the piece's offsets, ended at its end so
 * that nothing after the piece inherits its last line. */
static void line_sequence(bytebuf *b, const gv_code_info *p) {
    size_t first = 0;
    while (first < p->nlines && p->lines[first].offset >= p->size)
        first++;
    if (first == p->nlines)
        return;
    uint64_t start = (uint64_t)(uintptr_t)p->start;
    line_extended(b, DW_LNE_set_address, &start, 8);
    bb_u8(b, DW_LNS_set_file); /* the register starts at 1; our one file is 0 */
    bb_uleb(b, 0);
    uint64_t at = 0;
    int64_t line = 1;
    for (size_t i = first; i < p->nlines; i++) {
        const gv_line *r = &p->lines[i];
        if (r->offset >= p->size || r->offset < at) /* outside the piece, or unsorted */
            continue;
        line_row(b, r->offset - at, (int64_t)r->line - line);
        at = r->offset;
        line = r->line;
    }
    bb_u8(b, DW_LNS_advance_pc);
    bb_uleb(b, p->size - at);
    line_extended(b, DW_LNE_end_sequence, NULL, 0);
}

/* A v5 line table for one unit, with one file: entry 0, the unit's primary
 * file (DWARF 5 numbers from 0; gcc's habit of repeating it as entry 1 makes
 * llvm-dwarfdump --verify warn). */
static void line_table(bytebuf *b, const gv_code_info *const *g, size_t n, const char *file,
                       const char *comp_dir) {
    size_t unit = b->len;
    bb_u32(b, 0); /* unit_length, patched below */
    bb_u16(b, 5);
    bb_u8(b, 8);  /* address_size */
    bb_u8(b, 0);  /* segment_selector_size */
    size_t hlen = b->len;
    bb_u32(b, 0); /* header_length, patched below */
    bb_u8(b, 1);  /* minimum_instruction_length */
    bb_u8(b, 1);  /* maximum_operations_per_instruction */
    bb_u8(b, 1);  /* default_is_stmt */
    bb_u8(b, (uint8_t)(int8_t)LINE_BASE);
    bb_u8(b, LINE_RANGE);
    bb_u8(b, OPCODE_BASE);
    bb_bytes(b, std_opcode_lengths, sizeof std_opcode_lengths);
    bb_u8(b, 1); /* directory entry format: path as an inline string */
    bb_uleb(b, DW_LNCT_path);
    bb_uleb(b, DW_FORM_string);
    bb_uleb(b, 1);
    bb_str(b, comp_dir);
    bb_u8(b, 2); /* file entry format: path, directory index */
    bb_uleb(b, DW_LNCT_path);
    bb_uleb(b, DW_FORM_string);
    bb_uleb(b, DW_LNCT_directory_index);
    bb_uleb(b, DW_FORM_udata);
    bb_uleb(b, 1);
    bb_str(b, file);
    bb_uleb(b, 0);
    bb_patch_u32(b, hlen, (uint32_t)(b->len - hlen - 4));
    for (size_t i = 0; i < n; i++)
        line_sequence(b, g[i]);
    bb_patch_u32(b, unit, (uint32_t)(b->len - unit - 4));
}

static void subprogram(bytebuf *b, const gv_code_info *p, const char *name, uint32_t off, uint32_t size) {
    uint32_t line = p->source_file ? gv_dwarf_line_at(p, off) : 0;
    bb_uleb(b, line ? AB_SUB_DECL : AB_SUB);
    bb_str(b, name);
    bb_u64(b, (uint64_t)(uintptr_t)p->start + off);
    bb_u32(b, size);
    if (line) {
        bb_uleb(b, 0); /* decl_file: file 0 of the unit's line table */
        bb_uleb(b, line);
    }
}

/* One compile unit for the n pieces of one source file (g, sorted by
 * address).  Pieces without a source file get a unit without a line table:
 * an empty line program is legal but readelf calls it corrupt. */
static void compile_unit(gv_dwarf *d, const gv_code_info *const *g, size_t n, const char *comp_dir) {
    const char *file = g[0]->source_file ? g[0]->source_file : NOSOURCE_NAME;
    int has_lines = g[0]->source_file != NULL;
    size_t stmt_list = d->line.len;
    if (has_lines)
        line_table(&d->line, g, n, file, comp_dir);

    size_t ranges = 0;
    if (n > 1) {
        if (d->rnglists.len == 0) { /* the section's header, once */
            bb_u32(&d->rnglists, 0);
            bb_u16(&d->rnglists, 5);
            bb_u8(&d->rnglists, 8);
            bb_u8(&d->rnglists, 0);
            bb_u32(&d->rnglists, 0); /* offset_entry_count: lists are found by offset */
        }
        ranges = d->rnglists.len;
        for (size_t i = 0; i < n; i++) {
            bb_u8(&d->rnglists, DW_RLE_start_length);
            bb_u64(&d->rnglists, (uint64_t)(uintptr_t)g[i]->start);
            bb_uleb(&d->rnglists, g[i]->size);
        }
        bb_u8(&d->rnglists, DW_RLE_end_of_list);
        bb_patch_u32(&d->rnglists, 0, (uint32_t)(d->rnglists.len - 4));
    }

    bytebuf *b = &d->info;
    size_t unit = b->len;
    bb_u32(b, 0); /* unit_length, patched below */
    bb_u16(b, 5);
    bb_u8(b, DW_UT_compile);
    bb_u8(b, 8);
    bb_u32(b, 0); /* debug_abbrev_offset: one table for all units */
    bb_uleb(b, AB_CU + (n > 1 ? AB_CU_RANGES : 0) + (has_lines ? 0 : AB_CU_NOLINES));
    bb_str(b, PRODUCER);
    bb_u16(b, LANG_ASSEMBLER);
    bb_str(b, file);
    bb_str(b, comp_dir);
    if (has_lines)
        bb_u32(b, (uint32_t)stmt_list);
    if (n > 1) {
        bb_u32(b, (uint32_t)ranges);
    } else {
        bb_u64(b, (uint64_t)(uintptr_t)g[0]->start);
        bb_u64(b, g[0]->size);
    }
    for (size_t i = 0; i < n; i++) {
        const gv_code_info *p = g[i];
        if (p->nranges == 0)
            subprogram(b, p, p->name, 0, (uint32_t)p->size);
        for (size_t r = 0; r < p->nranges; r++) {
            const gv_range *rg = &p->ranges[r];
            if (rg->size == 0 || rg->offset >= p->size)
                continue;
            uint32_t size = rg->size <= p->size - rg->offset ? rg->size : (uint32_t)(p->size - rg->offset);
            subprogram(b, p, rg->name, rg->offset, size);
        }
    }
    bb_u8(b, 0); /* end of the unit's children */
    bb_patch_u32(b, unit, (uint32_t)(b->len - unit - 4));
}

/* Pieces of one file next to each other (pieces without a file last), each
 * file's pieces by address. */
static int by_file_then_address(const void *a, const void *b) {
    const gv_code_info *x = *(const gv_code_info *const *)a, *y = *(const gv_code_info *const *)b;
    if (!x->source_file != !y->source_file)
        return x->source_file ? -1 : 1;
    int c = x->source_file ? strcmp(x->source_file, y->source_file) : 0;
    if (c)
        return c;
    return (uintptr_t)x->start < (uintptr_t)y->start ? -1 : (uintptr_t)x->start > (uintptr_t)y->start;
}

static int same_file(const gv_code_info *x, const gv_code_info *y) {
    if (!x->source_file || !y->source_file)
        return !x->source_file && !y->source_file;
    return strcmp(x->source_file, y->source_file) == 0;
}

int gv_dwarf_build(gv_dwarf *out, const gv_code_info *const *pieces, size_t n, const char *comp_dir) {
    if (!comp_dir)
        comp_dir = ".";
    const gv_code_info **sorted = malloc((n ? n : 1) * sizeof *sorted);
    if (!sorted)
        return -1;
    memcpy(sorted, pieces, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, by_file_then_address);
    abbrev_table(&out->abbrev);
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && same_file(sorted[i], sorted[j]); j++)
            ;
        compile_unit(out, sorted + i, j - i, comp_dir);
    }
    free(sorted);
    if (out->abbrev.oom || out->info.oom || out->line.oom || out->rnglists.oom) {
        gv_dwarf_free(out);
        return -1;
    }
    return 0;
}

void gv_dwarf_free(gv_dwarf *d) {
    bb_free(&d->abbrev);
    bb_free(&d->info);
    bb_free(&d->line);
    bb_free(&d->rnglists);
}
