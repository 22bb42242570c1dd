/* test_gdbreader.c - the jit-reader sink (gdb/gdbreader.c) and glassjit's
 * gdb plugin (gdb/reader/glassjit_reader.c) without gdb:
 *
 *   - the CFI -> rows interpretation, on the programs clang writes for the
 *     stencils and on the guest-frame trampolines of src/jit/observe.c;
 *   - the entries the sink registers, walked as gdb does after each gv_*
 *     call and decoded with a decoder of this file's own (raw offsets, not
 *     reader_format.h's structs), so a layout slip on either side shows;
 *   - the plugin itself, dlopen'ed from the build directory and driven with
 *     mock gdb callbacks: symtabs, blocks and line tables it builds, that it
 *     declines ELF objects and corrupt entries (and a few thousand random
 *     mutations of a good one), its unwinder on a fake stack, and that it
 *     stops trusting rules of entries the sink unregistered.
 *
 *   observe_test_gdbreader               the checks, then the timings
 *   observe_test_gdbreader --bench N B   only the timing: N pieces in batches
 *                                        of B (run under gdb by
 *                                        tests/observe/gdb_reader_bench.sh)
 *
 * The code addresses are fake (a malloc'd arena that is never executed). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <gdb/jit-reader.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gdb_sink_test.h"
#include "gdbreader.h"

/* --- CFI programs ------------------------------------------------------------ */

/* src/jit/observe.c's guest-frame trampoline: push rbp; mov rbp,rsp; ...; pop rbp. */
static const uint8_t fde_tramp[] = {0x41, 0x0e, 0x10, 0x86, 0x02, 0x43, 0x0d, 0x06, 0x46, 0x0c, 0x07, 0x08, 0xc6};
static const gv_cfi cfi_tramp = {cie_init, sizeof cie_init, fde_tramp, sizeof fde_tramp, 1, -8, 16};

typedef struct want_row {
    uint32_t pc;
    int reg;
    int32_t off;
    int rbp; /* 0: not saved, else its CFA offset */
} want_row;

static void check_rows(const char *what, const gv_cfi *cfi, uint32_t size, const want_row *want, int nwant) {
    gjr_row rows[16];
    int n = gv_reader_cfi_rows(cfi, size, rows, 16);
    CHECK(n == nwant, "%s: %d rows, want %d", what, n, nwant);
    for (int i = 0; i < n && i < nwant; i++) {
        const gjr_row *r = &rows[i];
        CHECK(r->pc == want[i].pc && r->cfa_reg == want[i].reg && r->cfa_offset == want[i].off,
              "%s row %d: pc %u CFA r%u%+d, want pc %u r%d%+d", what, i, r->pc, r->cfa_reg, r->cfa_offset,
              want[i].pc, want[i].reg, want[i].off);
        CHECK((r->saved & (1u << GJR_SLOT_RIP)) && r->off[GJR_SLOT_RIP] == -8, "%s row %d: rip at CFA-8", what, i);
        int rbp = (r->saved & (1u << GJR_SLOT_RBP)) ? r->off[GJR_SLOT_RBP] : 0;
        CHECK(rbp == want[i].rbp, "%s row %d: rbp at CFA%+d, want %+d", what, i, rbp, want[i].rbp);
        CHECK(!(r->saved & ~((1u << GJR_SLOT_RIP) | (1u << GJR_SLOT_RBP))), "%s row %d: other registers saved",
              what, i);
    }
}

static void test_cfi_rows(void) {
    check_rows("no CFI", NULL, 32, (want_row[]){{0, 7, 8, 0}}, 1);
    check_rows("push rbp", &cfi_push, 32, (want_row[]){{0, 7, 8, 0}, {1, 7, 16, -16}}, 2);
    check_rows("trampoline", &cfi_tramp, 11,
               (want_row[]){{0, 7, 8, 0}, {1, 7, 16, -16}, {4, 6, 16, -16}, {10, 7, 8, 0}}, 4);
    /* Rows past the range's end are dropped. */
    check_rows("trampoline cut at 4", &cfi_tramp, 4, (want_row[]){{0, 7, 8, 0}, {1, 7, 16, -16}}, 2);
    /* remember/restore_state (the CFA rule included), advance_loc1/2/4, and
     * merging of rows that say the same. */
    static const uint8_t fde_state[] = {0x41, 0x0e, 16, 0x86, 2, 0x0a, 0x02, 5, 0x0e, 8, 0xc6,
                                        0x03, 2,    0,    0x0b, 0x04, 1, 0,    0, 0,    0x0e, 16};
    gv_cfi c = {cie_init, sizeof cie_init, fde_state, sizeof fde_state, 1, -8, 16};
    check_rows("remember/restore", &c, 64, (want_row[]){{0, 7, 8, 0}, {1, 7, 16, -16}, {6, 7, 8, 0}, {8, 7, 16, -16}},
               4);
    /* DW_CFA_offset_extended_sf / def_cfa_sf / same_value. */
    static const uint8_t fde_sf[] = {0x41, 0x12, 7, 0x7e, 0x11, 6, 0x02, 0x41, 0x08, 6};
    gv_cfi sf = {cie_init, sizeof cie_init, fde_sf, sizeof fde_sf, 1, -8, 16};
    check_rows("sf forms", &sf, 16, (want_row[]){{0, 7, 8, 0}, {1, 7, 16, -16}, {2, 7, 16, 0}}, 3);

    /* What rows cannot say. */
    static const uint8_t bad[][6] = {
        {0x0f, 1, 0x70},       /* def_cfa_expression */
        {0x09, 6, 3},          /* rbp saved in rbx */
        {0x07, 16},            /* undefined return address */
        {0x0c, 17, 8},         /* CFA based on rip */
        {0x0b},                /* restore_state without remember */
        {0x0e, 0x80},          /* truncated uleb */
        {0x3f},                /* unknown opcode */
    };
    static const uint8_t bad_len[] = {3, 3, 2, 3, 1, 2, 1};
    for (size_t i = 0; i < sizeof bad_len; i++) {
        gv_cfi b = {cie_init, sizeof cie_init, bad[i], bad_len[i], 1, -8, 16};
        gjr_row rows[16];
        CHECK(gv_reader_cfi_rows(&b, 32, rows, 16) == -1, "unsupported program %zu accepted", i);
    }
    gv_cfi nocfa = {NULL, 0, fde_push, sizeof fde_push, 1, -8, 16};
    gjr_row rows[16];
    CHECK(gv_reader_cfi_rows(&nocfa, 32, rows, 16) == -1, "a program without a CFA rule accepted");
}

/* --- an independent decoder: raw little-endian reads at the documented
 * offsets of reader_format.h -------------------------------------------------- */

static uint64_t rd(const uint8_t *b, size_t off, int n) {
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v |= (uint64_t)b[off + i] << (8 * i);
    return v;
}

typedef struct dec_range {
    uint32_t offset, size;
    const char *name;
    uint32_t nrows;
    uint32_t row_pc[8];
    int32_t row_cfa_off[8];
} dec_range;

typedef struct dec_piece {
    uint64_t start;
    uint32_t size;
    const char *name, *file;
    uint32_t nranges, nlines;
    dec_range ranges[NRANGES + 2];
    uint32_t line_off[NLINES + 2], line[NLINES + 2];
} dec_piece;

typedef struct dec_entry {
    uint64_t self, serial;
    uint32_t npieces, nrows_total, nstrings;
    const char *comp_dir;
    dec_piece *pieces;
} dec_entry;

static const char *dec_str(const uint8_t *strings, uint32_t nstrings, uint32_t off) {
    if (off == 0xffffffffu)
        return NULL;
    CHECK(off < nstrings, "string offset %u out of %u", off, nstrings);
    return off < nstrings ? (const char *)strings + off : "?";
}

/* Decodes one registered entry; 0 when it is one of ours. */
static int decode_entry(const struct jit_code_entry *e, dec_entry *out) {
    const uint8_t *b = (const uint8_t *)e->symfile_addr;
    size_t size = e->symfile_size;
    if (size < 56 || memcmp(b, "GLASSJR", 8) != 0)
        return -1;
    CHECK(rd(b, 8, 2) == 1, "version %llu", (unsigned long long)rd(b, 8, 2));
    uint32_t hsize = (uint32_t)rd(b, 10, 2), total = (uint32_t)rd(b, 12, 4);
    CHECK(hsize == 56 && total == size && size % 8 == 0, "header size %u, total %u, entry %zu", hsize, total, size);
    out->self = rd(b, 16, 8);
    out->serial = rd(b, 24, 8);
    CHECK(out->self == (uint64_t)(uintptr_t)b, "self %#llx is not where the entry is", (unsigned long long)out->self);
    CHECK(out->serial != 0, "serial 0 in a registered entry");
    uint32_t np = (uint32_t)rd(b, 32, 4), nr = (uint32_t)rd(b, 36, 4), nl = (uint32_t)rd(b, 40, 4),
             nrows = (uint32_t)rd(b, 44, 4), ns = (uint32_t)rd(b, 48, 4), cdir = (uint32_t)rd(b, 52, 4);
    size_t op = 56, orng = op + 40 * (size_t)np, ol = orng + 24 * (size_t)nr, orow = ol + 8 * (size_t)nl,
           os = orow + 24 * (size_t)nrows;
    CHECK(os + ns <= size && size - (os + ns) < 8, "arrays (%zu bytes) do not fill the entry (%zu)", os + ns, size);
    if (failures)
        return -1;
    const uint8_t *strings = b + os;
    out->npieces = np;
    out->nrows_total = nrows;
    out->nstrings = ns;
    out->comp_dir = dec_str(strings, ns, cdir);
    out->pieces = calloc(np, sizeof *out->pieces);
    for (uint32_t i = 0; i < np; i++) {
        const uint8_t *p = b + op + 40 * (size_t)i;
        dec_piece *d = &out->pieces[i];
        d->start = rd(p, 0, 8);
        d->size = (uint32_t)rd(p, 8, 4);
        d->name = dec_str(strings, ns, (uint32_t)rd(p, 12, 4));
        d->file = dec_str(strings, ns, (uint32_t)rd(p, 16, 4));
        uint32_t fr = (uint32_t)rd(p, 20, 4), nrg = (uint32_t)rd(p, 24, 4), fl = (uint32_t)rd(p, 28, 4),
                 nln = (uint32_t)rd(p, 32, 4);
        CHECK(fr + nrg <= nr && nrg <= NRANGES + 2 && fl + nln <= nl && nln <= NLINES + 2, "piece %u indices", i);
        if (failures)
            return -1;
        d->nranges = nrg;
        d->nlines = nln;
        for (uint32_t k = 0; k < nrg; k++) {
            const uint8_t *r = b + orng + 24 * (size_t)(fr + k);
            dec_range *dr = &d->ranges[k];
            dr->offset = (uint32_t)rd(r, 0, 4);
            dr->size = (uint32_t)rd(r, 4, 4);
            dr->name = dec_str(strings, ns, (uint32_t)rd(r, 8, 4));
            uint32_t first = (uint32_t)rd(r, 12, 4);
            dr->nrows = (uint32_t)rd(r, 16, 4);
            CHECK(first + dr->nrows <= nrows && dr->nrows <= 8, "range rows out of the table");
            for (uint32_t w = 0; w < dr->nrows && w < 8 && first + w < nrows; w++) {
                const uint8_t *row = b + orow + 24 * (size_t)(first + w);
                dr->row_pc[w] = (uint32_t)rd(row, 0, 4);
                dr->row_cfa_off[w] = (int32_t)rd(row, 4, 4);
                CHECK(rd(row, 8, 1) == 7, "row CFA register %llu, want rsp", (unsigned long long)rd(row, 8, 1));
            }
        }
        for (uint32_t k = 0; k < nln; k++) {
            d->line_off[k] = (uint32_t)rd(b, ol + 8 * (size_t)(fl + k), 4);
            d->line[k] = (uint32_t)rd(b, ol + 8 * (size_t)(fl + k) + 4, 4);
        }
    }
    return 0;
}

/* The pieces gdb would see (start addresses, sorted) over all our entries. */
static size_t registered_pieces(uint64_t *out, size_t max, size_t *nentries) {
    size_t n = 0;
    *nentries = 0;
    for (const struct jit_code_entry *e = __jit_debug_descriptor.first_entry; e; e = e->next_entry) {
        dec_entry d;
        if (decode_entry(e, &d) != 0)
            continue;
        (*nentries)++;
        for (uint32_t i = 0; i < d.npieces && n < max; i++)
            out[n++] = d.pieces[i].start;
        free(d.pieces);
    }
    for (size_t i = 1; i < n; i++) /* insertion sort: small */
        for (size_t j = i; j > 0 && out[j - 1] > out[j]; j--) {
            uint64_t t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
        }
    return n;
}

static void test_encode(void) {
    gv_options o = {.sinks = GV_SINK_GDB_READER};
    gv_ctx *ctx = gv_open(&o);
    CHECK(ctx && gv_sinks(ctx) == GV_SINK_GDB_READER, "gdb-reader sink enabled");
    gv_code *c[8];
    for (int i = 0; i < 4; i++)
        c[i] = add_piece(ctx, (size_t)i);
    /* One of another file, one without a file, one without ranges. */
    static const gv_line l2[] = {{0, 7}, {4, 8}};
    gv_code_info other = {"other_piece", arena + 10 * PIECE_SIZE, 16, "other.py", NULL, NULL, 0, l2, 2};
    gv_code_info nosrc = {"stub_nosrc", arena + 11 * PIECE_SIZE, 16, NULL, NULL, NULL, 0, l2, 2};
    c[4] = gv_code_add(ctx, &other);
    c[5] = gv_code_add(ctx, &nosrc);
    CHECK(__jit_debug_descriptor.first_entry == NULL, "registered before the flush");
    gv_flush(ctx);
    const struct jit_code_entry *e = __jit_debug_descriptor.first_entry;
    CHECK(e && !e->next_entry, "one flush, one entry");
    dec_entry d = {0};
    CHECK(e && decode_entry(e, &d) == 0, "the entry decodes");
    if (failures)
        return;
    char cwd[PATH_MAX];
    CHECK(getcwd(cwd, sizeof cwd) && d.comp_dir && strcmp(d.comp_dir, cwd) == 0, "comp_dir %s", d.comp_dir);
    CHECK(d.npieces == 6, "%u pieces", d.npieces);
    CHECK(d.nrows_total == 3, "%u rows: ranges with the same CFI must share theirs (want 1 + 2)", d.nrows_total);
    for (uint32_t i = 0; i < 4 && i < d.npieces; i++) {
        dec_piece *p = &d.pieces[i];
        char want[64];
        snprintf(want, sizeof want, "trace_%u:f:bench.py:%u", i, i + 1);
        CHECK(p->start == piece_addr(i) && p->size == PIECE_SIZE, "piece %u at %#llx+%u", i,
              (unsigned long long)p->start, p->size);
        CHECK(p->name && strcmp(p->name, want) == 0, "piece %u named %s", i, p->name);
        CHECK(p->file && strcmp(p->file, "bench.py") == 0, "piece %u file %s", i, p->file);
        CHECK(p->nranges == NRANGES && p->nlines == NLINES, "piece %u: %u ranges, %u lines", i, p->nranges,
              p->nlines);
        for (uint32_t r = 0; r < p->nranges; r++) {
            dec_range *g = &p->ranges[r];
            snprintf(want, sizeof want, "_UOP_%u_%u", r, i);
            CHECK(g->offset == r * 32 && g->size == 32 && g->name && strcmp(g->name, want) == 0,
                  "range %u of %u: +%u/%u %s", r, i, g->offset, g->size, g->name);
            if (r % 2) /* push rbp: CFA rsp+8, then rsp+16 from +1 */
                CHECK(g->nrows == 2 && g->row_pc[1] == 1 && g->row_cfa_off[1] == 16, "range %u rows", r);
            else
                CHECK(g->nrows == 1 && g->row_pc[0] == 0 && g->row_cfa_off[0] == 8, "range %u rows", r);
        }
        for (uint32_t l = 0; l < p->nlines; l++)
            CHECK(p->line_off[l] == l * 16 && p->line[l] == i + 1 + l / 4, "piece %u line row %u", i, l);
    }
    /* Same strings are stored once: the file name is at one offset. */
    CHECK(d.pieces[0].file == d.pieces[3].file, "bench.py stored twice");
    dec_piece *po = &d.pieces[4], *pn = &d.pieces[5];
    CHECK(po->file && strcmp(po->file, "other.py") == 0 && po->nlines == 2 && po->nranges == 1 &&
              strcmp(po->ranges[0].name, "other_piece") == 0,
          "a piece without ranges gets one named after it, with its lines");
    CHECK(pn->file == NULL && pn->nlines == 0, "a piece without a source file has no lines");
    uint64_t serial = d.serial;
    free(d.pieces);

    /* Removal re-registers the rest, under a new serial. */
    gv_code_remove(ctx, c[1]);
    uint64_t live[16];
    size_t nentries, n = registered_pieces(live, 16, &nentries);
    CHECK(n == 5 && nentries == 1, "%zu pieces in %zu entries after a removal", n, nentries);
    CHECK(n == 5 && live[0] == piece_addr(0) && live[1] == piece_addr(2), "piece 1 still registered");
    CHECK(decode_entry(__jit_debug_descriptor.first_entry, &d) == 0 && d.serial != serial,
          "the rebuilt entry has a new serial");
    free(d.pieces);

    /* Batches above 256 pieces are split (removals stay cheap). */
    for (size_t i = 20; i < 600; i++)
        add_piece(ctx, i);
    gv_flush(ctx);
    n = registered_pieces(live, 16, &nentries);
    CHECK(nentries >= 4, "580 pieces in %zu entries", nentries);
    gv_close(ctx);
    CHECK(__jit_debug_descriptor.first_entry == NULL, "close unregisters everything");

    /* Both GDB sinks at once share the one descriptor. */
    gv_options both = {.sinks = GV_SINK_GDB | GV_SINK_GDB_READER};
    ctx = gv_open(&both);
    add_piece(ctx, 0);
    gv_flush(ctx);
    int elf = 0, ours = 0;
    for (e = __jit_debug_descriptor.first_entry; e; e = e->next_entry) {
        elf += memcmp(e->symfile_addr, ELFMAG, SELFMAG) == 0;
        ours += memcmp(e->symfile_addr, "GLASSJR", 8) == 0;
    }
    CHECK(elf == 1 && ours == 1, "both sinks: %d ELF, %d compact entries", elf, ours);
    gv_close(ctx);
    CHECK(__jit_debug_descriptor.first_entry == NULL, "close unregisters both");
}

/* --- the plugin, with mock gdb callbacks ------------------------------------- */

static struct gdb_reader_funcs *plugin;

enum { MAX_BLOCKS = 4096, MAX_SYMTABS = 64, MAX_MAP = 8192 };
static struct {
    int objects_open, objects_closed;
    int nsymtabs;
    char symtab_file[MAX_SYMTABS][256];
    int symtab_nlines[MAX_SYMTABS];
    int nblocks;
    struct {
        uint64_t begin, end;
        char name[64];
        int symtab, has_parent;
    } block[MAX_BLOCKS];
    int nmap;
    struct gdb_line_mapping map[MAX_MAP];
} got;

/* Symtab and object handles are small integers in disguise. */
static struct gdb_object *m_object_open(struct gdb_symbol_callbacks *cb) {
    (void)cb;
    got.objects_open++;
    return (struct gdb_object *)(uintptr_t)0x100;
}
static struct gdb_symtab *m_symtab_open(struct gdb_symbol_callbacks *cb, struct gdb_object *o, const char *f) {
    (void)cb;
    (void)o;
    CHECK(f != NULL, "symtab without a file name");
    if (got.nsymtabs < MAX_SYMTABS)
        snprintf(got.symtab_file[got.nsymtabs], sizeof got.symtab_file[0], "%s", f ? f : "");
    return (struct gdb_symtab *)(uintptr_t)(0x1000 + got.nsymtabs++);
}
static struct gdb_block *m_block_open(struct gdb_symbol_callbacks *cb, struct gdb_symtab *st, struct gdb_block *parent,
                                      GDB_CORE_ADDR begin, GDB_CORE_ADDR end, const char *name) {
    (void)cb;
    CHECK(name != NULL, "block without a name");
    CHECK(begin < end, "empty block %#lx", begin);
    if (got.nblocks < MAX_BLOCKS) {
        got.block[got.nblocks].begin = begin;
        got.block[got.nblocks].end = end;
        snprintf(got.block[got.nblocks].name, sizeof got.block[0].name, "%s", name ? name : "");
        got.block[got.nblocks].symtab = (int)((uintptr_t)st - 0x1000);
        got.block[got.nblocks].has_parent = parent != NULL;
    }
    return (struct gdb_block *)(uintptr_t)(0x100000 + got.nblocks++);
}
static void m_symtab_close(struct gdb_symbol_callbacks *cb, struct gdb_symtab *st) {
    (void)cb;
    (void)st;
}
static void m_object_close(struct gdb_symbol_callbacks *cb, struct gdb_object *o) {
    (void)cb;
    (void)o;
    got.objects_closed++;
}
static void m_lines(struct gdb_symbol_callbacks *cb, struct gdb_symtab *st, int n, struct gdb_line_mapping *l) {
    (void)cb;
    int s = (int)((uintptr_t)st - 0x1000);
    CHECK(s >= 0 && s < MAX_SYMTABS && got.symtab_nlines[s] == 0, "line table of symtab %d given twice", s);
    if (s >= 0 && s < MAX_SYMTABS)
        got.symtab_nlines[s] = n;
    for (int i = 0; i < n && got.nmap < MAX_MAP; i++)
        got.map[got.nmap++] = l[i];
}

/* The process memory the mock gdb can read: the entries registered now (as
 * gdb reads the inferior, freed entries are not there) and a fake stack. */
static uint64_t fake_stack[16];
static int reads_of_dead;

static enum gdb_status m_target_read(GDB_CORE_ADDR addr, void *buf, int len) {
    uint64_t a = addr, end = addr + (uint64_t)len;
    uint64_t s0 = (uint64_t)(uintptr_t)fake_stack, s1 = s0 + sizeof fake_stack;
    if (a >= s0 && end <= s1) {
        memcpy(buf, (const void *)(uintptr_t)a, (size_t)len);
        return GDB_SUCCESS;
    }
    for (const struct jit_code_entry *e = __jit_debug_descriptor.first_entry; e; e = e->next_entry) {
        uint64_t e0 = (uint64_t)(uintptr_t)e->symfile_addr, e1 = e0 + e->symfile_size;
        if (a >= e0 && end <= e1) {
            memcpy(buf, (const void *)(uintptr_t)a, (size_t)len);
            return GDB_SUCCESS;
        }
    }
    reads_of_dead++;
    return GDB_FAIL;
}

static struct gdb_symbol_callbacks sym_cb = {m_object_open, m_symtab_open, m_block_open, m_symtab_close,
                                             m_object_close, m_lines,       m_target_read, NULL};

static int plugin_read(const struct jit_code_entry *e) {
    memset(&got, 0, sizeof got);
    /* gdb gives the reader a malloc'd copy of the inferior's bytes. */
    void *copy = malloc(e->symfile_size ? e->symfile_size : 1);
    memcpy(copy, e->symfile_addr, e->symfile_size);
    int rc = plugin->read(plugin, &sym_cb, copy, (long)e->symfile_size);
    free(copy);
    return rc;
}

/* Registers as the current frame's. */
static uint64_t regs[17];
static uint64_t set_val[17];
static int set_mask;

static void m_reg_free(struct gdb_reg_value *v) { free(v); }
static struct gdb_reg_value *m_reg_get(struct gdb_unwind_callbacks *cb, int regnum) {
    (void)cb;
    struct gdb_reg_value *v = malloc(sizeof *v + 8);
    v->size = 8;
    v->defined = regnum >= 0 && regnum < 17;
    v->free = m_reg_free;
    if (v->defined)
        memcpy(v->value, &regs[regnum], 8);
    return v;
}
static void m_reg_set(struct gdb_unwind_callbacks *cb, int regnum, struct gdb_reg_value *v) {
    (void)cb;
    CHECK(regnum >= 0 && regnum < 17 && v->size == 8 && v->defined && v->free, "reg_set(%d)", regnum);
    if (regnum >= 0 && regnum < 17) {
        memcpy(&set_val[regnum], v->value, 8);
        set_mask |= 1 << regnum;
    }
    v->free(v); /* as gdb does, at once */
}
static struct gdb_unwind_callbacks unw_cb = {m_reg_get, m_reg_set, m_target_read, NULL};

static int plugin_unwind(uint64_t pc) {
    for (int r = 0; r < 17; r++)
        regs[r] = 0x1000 + (uint64_t)r;
    regs[16] = pc;
    regs[7] = (uint64_t)(uintptr_t)&fake_stack[4];
    set_mask = 0;
    return plugin->unwind(plugin, &unw_cb);
}

static void *load_plugin(void) {
    char exe[PATH_MAX], path[PATH_MAX + 64];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = 0;
    snprintf(path, sizeof path, "%s/glassjit-jit-reader.so", dirname(exe));
    void *so = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    CHECK(so != NULL, "cannot load the plugin %s: %s", path, dlerror());
    if (!so)
        return NULL;
    /* gdb's jit-reader-load refuses a reader without this symbol. */
    CHECK(dlsym(so, "plugin_is_GPL_compatible") != NULL, "the plugin lacks plugin_is_GPL_compatible");
    struct gdb_reader_funcs *(*init)(void) = (struct gdb_reader_funcs * (*)(void)) dlsym(so, "gdb_init_reader");
    CHECK(init != NULL, "the plugin lacks gdb_init_reader");
    plugin = init ? init() : NULL;
    CHECK(plugin && plugin->reader_version == GDB_READER_INTERFACE_VERSION && plugin->read && plugin->unwind &&
              plugin->get_frame_id && plugin->destroy,
          "gdb_init_reader's table");
    return so;
}

static void test_plugin(void) {
    /* The line tables of files the plugin cannot open are left out (gdb 13
     * crashes on them); bench.py does not exist here. */
    setenv("GLASSJIT_READER_ALL_LINES", "1", 1);
    void *so = load_plugin();
    if (!plugin) {
        if (so)
            dlclose(so);
        return;
    }
    gv_options o = {.sinks = GV_SINK_GDB_READER};
    gv_ctx *ctx = gv_open(&o);
    gv_code *c[8];
    for (int i = 0; i < 3; i++)
        c[i] = add_piece(ctx, (size_t)i);
    c[3] = add_piece_file(ctx, 3, "other.py");
    c[4] = add_piece(ctx, 5); /* bench.py again, but not adjacent to piece 2 */
    gv_flush(ctx);
    const struct jit_code_entry *e = __jit_debug_descriptor.first_entry;
    CHECK(plugin_read(e) == GDB_SUCCESS, "the plugin reads the sink's entry");
    CHECK(got.objects_open == 1 && got.objects_closed == 1, "one gdb object per entry");
    /* Symtabs: pieces 0-2 (bench.py, adjacent), 5 (bench.py, apart), 3 (other.py). */
    CHECK(got.nsymtabs == 3, "%d symtabs, want 3 (adjacent pieces of a file share one)", got.nsymtabs);
    CHECK(got.nblocks == 5 * NRANGES, "%d blocks, want one per range (%d)", got.nblocks, 5 * NRANGES);
    int found = 0;
    for (int b = 0; b < got.nblocks && b < MAX_BLOCKS; b++) {
        if (strcmp(got.block[b].name, "_UOP_3_1") == 0) {
            found = 1;
            CHECK(got.block[b].begin == piece_addr(1) + 96 && got.block[b].end == piece_addr(1) + 128,
                  "_UOP_3_1 block bounds");
            CHECK(!got.block[b].has_parent, "ranges covering the piece need no parent block");
            CHECK(strcmp(got.symtab_file[got.block[b].symtab], "bench.py") == 0, "_UOP_3_1 in symtab %s",
                  got.symtab_file[got.block[b].symtab]);
        }
    }
    CHECK(found, "no block for _UOP_3_1");
    /* Line table: sorted per symtab, each piece's rows, a 0 row at the end
     * of each run of pieces. */
    CHECK(got.nmap == 5 * NLINES + 3, "%d line rows, want %d", got.nmap, 5 * NLINES + 3);
    int at = 0;
    for (int s = 0; s < got.nsymtabs; s++) {
        for (int i = 1; i < got.symtab_nlines[s]; i++)
            CHECK(got.map[at + i].pc >= got.map[at + i - 1].pc, "symtab %d line rows unsorted", s);
        if (got.symtab_nlines[s])
            CHECK(got.map[at + got.symtab_nlines[s] - 1].line == 0, "symtab %d: no end row", s);
        at += got.symtab_nlines[s];
    }
    for (int i = 0; i < got.nmap; i++)
        if (got.map[i].pc == piece_addr(1) + 4 * 16)
            CHECK(got.map[i].line == 2 + 1, "line at piece 1 + 64 is %d", got.map[i].line);

    /* Not ours: an ELF object, garbage, a truncated entry. */
    gv_options oe = {.sinks = GV_SINK_GDB};
    gv_ctx *ectx = gv_open(&oe);
    add_piece(ectx, 40);
    gv_flush(ectx);
    CHECK(plugin_read(__jit_debug_descriptor.first_entry) == GDB_FAIL, "the plugin accepted an ELF object");
    gv_close(ectx);
    struct jit_code_entry junk = {NULL, NULL, "GLASSJR\0garbage!", 16};
    CHECK(plugin_read(&junk) == GDB_FAIL, "the plugin accepted 16 bytes");
    struct jit_code_entry cut = *e;
    cut.symfile_size -= 8;
    CHECK(plugin_read(&cut) == GDB_FAIL, "the plugin accepted a truncated entry");
    /* Pieces sharing line rows or ranges (each must own its own: what read
     * and the unwind table take is bounded by the counts), a range whose rows
     * run past an ascending run. */
    uint8_t *bad = malloc(e->symfile_size);
    struct jit_code_entry me = {NULL, NULL, (const char *)bad, e->symfile_size};
    static const struct {
        size_t off;
        uint32_t val;
        const char *what;
    } tamper[] = {
        {56 + 40 * 1 + 28, 0, "piece 1 reusing piece 0's line rows"},
        {56 + 40 * 1 + 20, 0, "piece 1 reusing piece 0's ranges"},
        {56 + 40 * 5 + 16, 2, "a range whose 2 rows do not ascend"},
        {56 + 40 * 5 + 24 * 1 + 12, 0xfffffff0u, "a range's rows out of the table"},
    };
    for (size_t k = 0; k < sizeof tamper / sizeof *tamper; k++) {
        memcpy(bad, e->symfile_addr, e->symfile_size);
        memcpy(bad + tamper[k].off, &tamper[k].val, 4);
        CHECK(plugin_read(&me) == GDB_FAIL, "the plugin accepted %s", tamper[k].what);
    }
    memcpy(bad, e->symfile_addr, e->symfile_size);
    CHECK(plugin_read(&me) == GDB_SUCCESS, "the untampered copy reads");
    free(bad);

    /* Random corruption: never a crash (run under ASan), and no callbacks
     * after a failure. */
    uint8_t *buf = malloc(e->symfile_size);
    srand(4242);
    int accepted = 0;
    for (int k = 0; k < 3000; k++) {
        memcpy(buf, e->symfile_addr, e->symfile_size);
        int flips = 1 + rand() % 4;
        for (int f = 0; f < flips; f++) {
            /* Mostly the header and the tables, where the counts and indices are. */
            size_t pos = (size_t)rand() % (k % 2 ? e->symfile_size : 56 + 40 * 5 + 24 * 40);
            buf[pos] = (uint8_t)(rand() % 3 == 0 ? 0xff : rand());
        }
        struct jit_code_entry m = {NULL, NULL, (const char *)buf, e->symfile_size};
        if (k % 7 == 0)
            m.symfile_size = (uint64_t)(rand() % (int)e->symfile_size);
        int rc = plugin_read(&m);
        accepted += rc == GDB_SUCCESS;
        if (rc != GDB_SUCCESS)
            CHECK(got.objects_open == 0 && got.nblocks == 0, "callbacks made before failing");
    }
    free(buf);
    printf("plugin: %d of 3000 corrupted entries still well-formed (names or lines changed)\n", accepted);

    /* The unwinder, on a fresh instance: corrupted entries the plugin
     * accepted above may cover any address (the arena moves with ASLR), and
     * a plugin never hears that an entry is gone.  In _UOP_1_2 (push rbp) at
     * +5: CFA = rsp + 16, rbp at CFA - 16, the return address at CFA - 8. */
    plugin->destroy(plugin);
    {
        struct gdb_reader_funcs *(*init)(void) = (struct gdb_reader_funcs * (*)(void)) dlsym(so, "gdb_init_reader");
        plugin = init();
    }
    CHECK(plugin_read(e) == GDB_SUCCESS, "re-read");
    uint64_t r1 = piece_addr(2) + 32;
    fake_stack[4] = 0xaaaa;     /* the caller's rbp */
    fake_stack[5] = 0xbbbbcccc; /* the return address */
    CHECK(plugin_unwind(r1 + 5) == GDB_SUCCESS, "unwind in _UOP_1_2");
    CHECK(set_mask & (1 << 16) && set_val[16] == 0xbbbbcccc, "caller rip %#llx", (unsigned long long)set_val[16]);
    CHECK(set_mask & (1 << 7) && set_val[7] == (uint64_t)(uintptr_t)&fake_stack[6], "caller rsp");
    CHECK(set_mask & (1 << 6) && set_val[6] == 0xaaaa, "caller rbp %#llx", (unsigned long long)set_val[6]);
    CHECK(set_mask & (1 << 3) && set_val[3] == 0x1003, "rbx kept");
    struct gdb_frame_id id = plugin->get_frame_id(plugin, &unw_cb);
    CHECK(id.code_address == r1 && id.stack_address == (uint64_t)(uintptr_t)&fake_stack[6], "frame id");
    /* At the range's first byte rbp is not pushed yet: CFA = rsp + 8. */
    CHECK(plugin_unwind(r1) == GDB_SUCCESS && set_val[16] == 0xaaaa && set_val[6] == 0x1006,
          "unwind at _UOP_1_2+0: rip %#llx rbp %#llx", (unsigned long long)set_val[16],
          (unsigned long long)set_val[6]);
    /* Outside every range: declined, without touching the inferior. */
    int before = reads_of_dead;
    CHECK(plugin_unwind(0x1234) == GDB_FAIL && reads_of_dead == before, "unwind outside JIT code");
    CHECK(plugin_unwind(piece_addr(4) + 8) == GDB_FAIL, "unwind in never-registered code");

    /* The sink unregisters the entry (removing piece 0 re-registers the
     * rest): the plugin, not told, must stop trusting the old rules... */
    gv_code_remove(ctx, c[0]);
    CHECK(plugin_unwind(r1 + 5) == GDB_FAIL, "rules of an unregistered entry still used");
    CHECK(plugin_unwind(piece_addr(0) + 40) == GDB_FAIL, "rules of a removed piece still used");
    /* ...and take the new entry's once gdb hands it over. */
    CHECK(plugin_read(__jit_debug_descriptor.first_entry) == GDB_SUCCESS, "read the rebuilt entry");
    CHECK(plugin_unwind(r1 + 5) == GDB_SUCCESS && set_val[16] == 0xbbbbcccc, "unwind after the rebuild");
    CHECK(plugin_unwind(piece_addr(0) + 40) == GDB_FAIL, "the removed piece unwinds again");

    /* Many entries (the table's merge and sweep paths). */
    gv_close(ctx);
    ctx = gv_open(&o);
    gv_code *many[400];
    for (size_t i = 0; i < 400; i++) {
        many[i] = add_piece(ctx, 100 + i);
        gv_flush(ctx);
        CHECK(plugin_read(__jit_debug_descriptor.first_entry) == GDB_SUCCESS, "read entry %zu", i);
        if (i % 3 == 0)
            gv_code_remove(ctx, many[i]);
    }
    int ok = 0, declined = 0;
    for (size_t i = 0; i < 400; i++) {
        int rc = plugin_unwind(piece_addr(100 + i) + 32 + 3);
        if (i % 3 == 0)
            declined += rc == GDB_FAIL;
        else
            ok += rc == GDB_SUCCESS && set_val[16] == 0xbbbbcccc;
    }
    CHECK(ok == 266 && declined == 134, "400 entries: %d unwound (want 266), %d declined (want 134)", ok, declined);
    gv_close(ctx);
    plugin->destroy(plugin);
    plugin = NULL;
    dlclose(so);
}

int main(int argc, char **argv) {
    size_t max = 5000;
    if (argc == 4 && strcmp(argv[1], "--bench") == 0)
        max = (size_t)atol(argv[2]);
    arena = malloc((max + 600) * PIECE_SIZE);
    if (!arena)
        return 1;
    int rc = 0;
    if (argc == 4 && strcmp(argv[1], "--bench") == 0) {
        bench_sink(GV_SINK_GDB_READER, "gdb-reader", max, (size_t)atol(argv[3]));
    } else if (argc == 1) {
        test_cfi_rows();
        test_encode();
        test_plugin();
        if (!failures) {
            bench_sink(GV_SINK_GDB_READER, "gdb-reader", 5000, 1);
            bench_sink(GV_SINK_GDB_READER, "gdb-reader", 5000, 100);
        }
        rc = failures != 0;
        printf("test_gdbreader: %s\n", failures ? "FAILED" : "ok");
    } else {
        fprintf(stderr, "usage: %s [--bench N BATCH]\n", argv[0]);
        rc = 2;
    }
    free(arena);
    return rc;
}
