/* test_elfobj.c - gdb's in-memory ELF object (gdb/elfobj.c), read back with
 * small decoders written here, independently of the writer: section
 * headers, symbols, the .debug_line program, .debug_info/.debug_rnglists and
 * the .eh_frame FDEs must describe exactly the synthetic pieces. */
#include <elf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "elfobj.h"

static int failures;
#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            failures++;                                                                            \
            fprintf(stderr, "%s:%d: CHECK(%s) failed: ", __FILE__, __LINE__, #cond);                \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
        }                                                                                          \
    } while (0)

/* --- reading helpers ------------------------------------------------------ */

typedef struct rd {
    const uint8_t *p, *end;
    int bad;
} rd;

static uint64_t rd_n(rd *r, int n) {
    uint64_t v = 0;
    if (r->end - r->p < n) {
        r->bad = 1;
        r->p = r->end;
        return 0;
    }
    for (int i = 0; i < n; i++)
        v |= (uint64_t)r->p[i] << (8 * i);
    r->p += n;
    return v;
}
static uint64_t rd_uleb(rd *r) {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
        uint8_t b = (uint8_t)rd_n(r, 1);
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80) || r->bad)
            return v;
    }
}
static int64_t rd_sleb(rd *r) {
    uint64_t v = 0;
    int shift = 0;
    uint8_t b;
    do {
        b = (uint8_t)rd_n(r, 1);
        v |= (uint64_t)(b & 0x7f) << shift;
        shift += 7;
    } while ((b & 0x80) && !r->bad);
    if (shift < 64 && (b & 0x40))
        v |= ~(uint64_t)0 << shift;
    return (int64_t)v;
}
static const char *rd_str(rd *r) {
    const char *s = (const char *)r->p;
    size_t n = strnlen(s, (size_t)(r->end - r->p));
    if (r->p + n >= r->end) {
        r->bad = 1;
        return "";
    }
    r->p += n + 1;
    return s;
}

/* --- the ELF container ---------------------------------------------------- */

typedef struct elf {
    const uint8_t *b;
    size_t size;
    const Elf64_Ehdr *eh;
    const Elf64_Shdr *sh;
} elf;

static const char *sect_name(const elf *e, const Elf64_Shdr *s) {
    return (const char *)e->b + e->sh[e->eh->e_shstrndx].sh_offset + s->sh_name;
}
static const Elf64_Shdr *sect(const elf *e, const char *name) {
    for (int i = 0; i < e->eh->e_shnum; i++)
        if (strcmp(sect_name(e, &e->sh[i]), name) == 0)
            return &e->sh[i];
    return NULL;
}
static rd sect_rd(const elf *e, const char *name) {
    const Elf64_Shdr *s = sect(e, name);
    if (!s)
        return (rd){NULL, NULL, 1};
    return (rd){e->b + s->sh_offset, e->b + s->sh_offset + s->sh_size, 0};
}

static int open_elf(elf *e, const gv_elfobj *o) {
    e->b = o->bytes;
    e->size = o->size;
    e->eh = (const Elf64_Ehdr *)o->bytes;
    CHECK(o->size > sizeof(Elf64_Ehdr), "object too small: %zu", o->size);
    CHECK(memcmp(e->eh->e_ident, ELFMAG, SELFMAG) == 0, "bad magic");
    CHECK(e->eh->e_ident[EI_CLASS] == ELFCLASS64 && e->eh->e_ident[EI_DATA] == ELFDATA2LSB, "not ELF64 LE");
    CHECK(e->eh->e_type == ET_REL && e->eh->e_machine == EM_X86_64, "type %d machine %d", e->eh->e_type,
          e->eh->e_machine);
    CHECK(e->eh->e_shentsize == sizeof(Elf64_Shdr), "shentsize %d", e->eh->e_shentsize);
    CHECK(e->eh->e_shoff + (uint64_t)e->eh->e_shnum * sizeof(Elf64_Shdr) <= o->size, "section headers outside");
    CHECK(e->eh->e_shstrndx < e->eh->e_shnum, "shstrndx");
    if (failures)
        return -1;
    e->sh = (const Elf64_Shdr *)(o->bytes + e->eh->e_shoff);
    for (int i = 1; i < e->eh->e_shnum; i++)
        CHECK(e->sh[i].sh_type == SHT_NOBITS || e->sh[i].sh_offset + e->sh[i].sh_size <= o->size,
              "section %d outside the object", i);
    return failures ? -1 : 0;
}

/* --- synthetic pieces ------------------------------------------------------ */

static const uint8_t cie_init[] = {0x0c, 7, 8, 0x90, 1};    /* def_cfa rsp+8; rip at cfa-8 */
static const uint8_t fde_insns[] = {0x41, 0x0e, 16, 0x86, 2}; /* advance 1; cfa+16; rbp at cfa-16 */
static const gv_cfi cfi_push = {cie_init, sizeof cie_init, fde_insns, sizeof fde_insns, 1, -8, 16};

#define A_START 0x7f1234560000ull
#define B_START 0x7f1234570010ull
static const gv_range a_ranges[] = {
    {0x00, 0x20, "_LOAD_FAST", &cfi_push},
    {0x20, 0x30, "_BINARY_OP_ADD_INT", NULL},
    {0x50, 0x10, "_EXIT_TRACE", &cfi_push},
};
static const gv_line a_lines[] = {{0x00, 3}, {0x10, 4}, {0x20, 4}, {0x38, 20}, {0x40, 300}, {0x50, 0}, {0x58, 2}};
static const gv_range b_ranges[] = {
    {0x000, 0x800, "trace_b_body", &cfi_push},
    {0x900, 0x700, "trace_b_exit", NULL},
};
static const gv_line b_lines[] = {{0x0, 10}, {0xf00, 11}};

static gv_code_info piece_a(void) {
    return (gv_code_info){"trace_a:fib:fib.py:3", (const void *)(uintptr_t)A_START, 0x60, "fib.py", "fib",
                          a_ranges, 3, a_lines, 7};
}
static gv_code_info piece_b(void) {
    return (gv_code_info){"trace_b:fib:fib.py:10", (const void *)(uintptr_t)B_START, 0x1000, "fib.py", "fib",
                          b_ranges, 2, b_lines, 2};
}

/* --- .symtab ---------------------------------------------------------------- */

static const Elf64_Sym *find_sym(const elf *e, const char *name, const char **strtab_out) {
    const Elf64_Shdr *st = sect(e, ".symtab");
    if (!st)
        return NULL;
    const char *strtab = (const char *)e->b + e->sh[st->sh_link].sh_offset;
    const Elf64_Sym *syms = (const Elf64_Sym *)(e->b + st->sh_offset);
    for (size_t i = 0; i < st->sh_size / sizeof *syms; i++)
        if (strcmp(strtab + syms[i].st_name, name) == 0) {
            if (strtab_out)
                *strtab_out = strtab;
            return &syms[i];
        }
    return NULL;
}

/* The symbol's address as a consumer computes it for ET_REL: section + value. */
static void check_sym(const elf *e, const char *name, uint64_t addr, uint64_t size) {
    const Elf64_Sym *s = find_sym(e, name, NULL);
    CHECK(s, "no symbol %s", name);
    if (!s)
        return;
    CHECK(ELF64_ST_TYPE(s->st_info) == STT_FUNC && ELF64_ST_BIND(s->st_info) == STB_GLOBAL, "%s: info %#x", name,
          s->st_info);
    CHECK(s->st_shndx > 0 && s->st_shndx < e->eh->e_shnum, "%s: shndx %d", name, s->st_shndx);
    const Elf64_Shdr *sec = &e->sh[s->st_shndx];
    CHECK(strcmp(sect_name(e, sec), ".text") == 0, "%s in %s", name, sect_name(e, sec));
    CHECK(sec->sh_addr + s->st_value == addr, "%s at %#llx, want %#llx", name,
          (unsigned long long)(sec->sh_addr + s->st_value), (unsigned long long)addr);
    CHECK(s->st_size == size, "%s size %llu, want %llu", name, (unsigned long long)s->st_size,
          (unsigned long long)size);
    CHECK(s->st_value + s->st_size <= sec->sh_size, "%s outside its section", name);
}

/* --- .debug_line ------------------------------------------------------------ */

typedef struct row {
    uint64_t addr;
    uint32_t line;
    int end;
    uint64_t file;
} row;

typedef struct lines {
    const char *file0, *dir0;
    uint64_t nfiles;
    row rows[64];
    int n;
} lines;

/* Decodes the line table at `off` of .debug_line: header (v5 only, the
 * forms our writer may use) and the whole program. */
static void decode_lines(const elf *e, uint64_t off, lines *out) {
    memset(out, 0, sizeof *out);
    rd r = sect_rd(e, ".debug_line");
    r.p += off;
    uint64_t len = rd_n(&r, 4);
    const uint8_t *end = r.p + len;
    CHECK(end <= r.end, "line unit past the section");
    r.end = end;
    CHECK(rd_n(&r, 2) == 5, "line table version");
    CHECK(rd_n(&r, 1) == 8 && rd_n(&r, 1) == 0, "address/segment size");
    uint64_t hlen = rd_n(&r, 4);
    const uint8_t *prog = r.p + hlen;
    unsigned min_inst = (unsigned)rd_n(&r, 1);
    CHECK(rd_n(&r, 1) == 1, "max ops per instruction");
    int default_stmt = (int)rd_n(&r, 1);
    (void)default_stmt;
    int line_base = (int8_t)rd_n(&r, 1);
    unsigned line_range = (unsigned)rd_n(&r, 1), opcode_base = (unsigned)rd_n(&r, 1);
    CHECK(line_range > 0 && opcode_base >= 1, "line params");
    uint8_t lengths[256] = {0};
    for (unsigned i = 1; i < opcode_base; i++)
        lengths[i] = (uint8_t)rd_n(&r, 1);
    const char *names[2][4] = {{0}};
    for (int table = 0; table < 2; table++) { /* directories, then files */
        unsigned nfmt = (unsigned)rd_n(&r, 1);
        uint64_t fmt[8][2];
        CHECK(nfmt <= 8, "too many formats");
        for (unsigned i = 0; i < nfmt && i < 8; i++) {
            fmt[i][0] = rd_uleb(&r);
            fmt[i][1] = rd_uleb(&r);
        }
        uint64_t count = rd_uleb(&r);
        if (table == 1)
            out->nfiles = count;
        for (uint64_t k = 0; k < count && !r.bad; k++) {
            for (unsigned i = 0; i < nfmt && i < 8; i++) {
                if (fmt[i][1] == 0x08) { /* DW_FORM_string */
                    const char *s = rd_str(&r);
                    if (fmt[i][0] == 1 && k < 4)
                        names[table][k] = s;
                } else if (fmt[i][1] == 0x0f) { /* DW_FORM_udata */
                    uint64_t dir = rd_uleb(&r);
                    CHECK(fmt[i][0] != 2 || dir == 0, "file in directory %llu", (unsigned long long)dir);
                } else {
                    CHECK(0, "unexpected form %#llx in the line header", (unsigned long long)fmt[i][1]);
                    return;
                }
            }
        }
    }
    out->dir0 = names[0][0];
    out->file0 = names[1][0];
    CHECK(r.p == prog, "header_length mismatch (%td)", prog - r.p);
    r.p = prog;

    uint64_t addr = 0, file = 1;
    int64_t line = 1;
#define EMIT(isend)                                                                                \
    do {                                                                                           \
        if (out->n < 64)                                                                           \
            out->rows[out->n++] = (row){addr, (uint32_t)line, isend, file};                              \
    } while (0)
    while (r.p < r.end && !r.bad) {
        unsigned op = (unsigned)rd_n(&r, 1);
        if (op >= opcode_base) {
            unsigned adj = op - opcode_base;
            addr += (adj / line_range) * min_inst;
            line += line_base + (int)(adj % line_range);
            EMIT(0);
        } else if (op == 0) {
            uint64_t n = rd_uleb(&r);
            const uint8_t *next = r.p + n;
            unsigned ext = (unsigned)rd_n(&r, 1);
            if (ext == 1) { /* end_sequence */
                EMIT(1);
                addr = 0;
                line = 1;
                file = 1;
            } else if (ext == 2) { /* set_address */
                addr = rd_n(&r, 8);
            } else {
                CHECK(0, "unexpected extended opcode %u", ext);
            }
            CHECK(r.p == next, "extended opcode %u length", ext);
            r.p = next;
        } else if (op == 1) {
            EMIT(0);
        } else if (op == 2) {
            addr += rd_uleb(&r) * min_inst;
        } else if (op == 3) {
            line += rd_sleb(&r);
        } else if (op == 4) {
            file = rd_uleb(&r);
        } else if (op == 8) {
            addr += ((255u - opcode_base) / line_range) * min_inst;
        } else if (op == 9) {
            addr += rd_n(&r, 2);
        } else { /* other standard opcodes: skip their uleb operands */
            for (unsigned i = 0; i < lengths[op]; i++)
                rd_uleb(&r);
        }
    }
#undef EMIT
    CHECK(!r.bad, "line program runs past its unit");
}

static void check_rows(const lines *got, const row *want, int n, const char *what) {
    CHECK(got->n == n, "%s: %d rows, want %d", what, got->n, n);
    for (int i = 0; i < n && i < got->n; i++)
        CHECK(got->rows[i].file == want[i].file && got->rows[i].file < got->nfiles, "%s row %d: file %llu of %llu",
              what, i, (unsigned long long)got->rows[i].file, (unsigned long long)got->nfiles);
    for (int i = 0; i < n && i < got->n; i++)
        CHECK(got->rows[i].addr == want[i].addr && got->rows[i].line == want[i].line && got->rows[i].end == want[i].end,
              "%s row %d: %#llx line %u end %d, want %#llx line %u end %d", what, i,
              (unsigned long long)got->rows[i].addr, got->rows[i].line, got->rows[i].end,
              (unsigned long long)want[i].addr, want[i].line, want[i].end);
}

/* --- .debug_info ------------------------------------------------------------ */

typedef struct abbrev {
    uint64_t code, tag;
    int children, nattr;
    uint64_t attr[16][2];
} abbrev;

typedef struct sub {
    const char *name;
    uint64_t lo, size, line;
    int external;
} sub;

typedef struct cu {
    const char *name, *comp_dir, *producer;
    uint64_t stmt_list, lo, size, ranges, lang;
    int has_ranges, has_pc, has_lines;
    sub subs[16];
    int nsubs;
} cu;

static int read_abbrevs(const elf *e, abbrev *ab, int max) {
    rd r = sect_rd(e, ".debug_abbrev");
    int n = 0;
    while (!r.bad && r.p < r.end) {
        uint64_t code = rd_uleb(&r);
        if (code == 0)
            break;
        CHECK(n < max, "too many abbrevs");
        if (n >= max)
            break;
        abbrev *a = &ab[n++];
        a->code = code;
        a->tag = rd_uleb(&r);
        a->children = (int)rd_n(&r, 1);
        for (a->nattr = 0;;) {
            uint64_t at = rd_uleb(&r), form = rd_uleb(&r);
            if ((at == 0 && form == 0) || r.bad)
                break;
            CHECK(a->nattr < 16, "too many attributes");
            if (a->nattr < 16) {
                a->attr[a->nattr][0] = at;
                a->attr[a->nattr][1] = form;
                a->nattr++;
            }
        }
    }
    CHECK(!r.bad, "abbrev table truncated");
    return n;
}

/* Walks every unit: the CU attributes and its subprogram children. */
static int read_units(const elf *e, cu *cus, int max) {
    abbrev ab[16];
    int nab = read_abbrevs(e, ab, 16);
    rd r = sect_rd(e, ".debug_info");
    int n = 0;
    while (!r.bad && r.p < r.end) {
        uint64_t len = rd_n(&r, 4);
        const uint8_t *unit_end = r.p + len;
        CHECK(unit_end <= r.end, "unit past the section");
        CHECK(rd_n(&r, 2) == 5, "unit version");
        CHECK(rd_n(&r, 1) == 1, "unit type");
        CHECK(rd_n(&r, 1) == 8, "address size");
        CHECK(rd_n(&r, 4) == 0, "abbrev offset");
        CHECK(n < max, "too many units");
        if (n >= max || failures)
            return n;
        cu *c = &cus[n++];
        memset(c, 0, sizeof *c);
        int depth = 0;
        rd u = {r.p, unit_end, 0};
        while (u.p < u.end && !u.bad) {
            uint64_t code = rd_uleb(&u);
            if (code == 0) {
                depth--;
                continue;
            }
            const abbrev *a = NULL;
            for (int i = 0; i < nab; i++)
                if (ab[i].code == code)
                    a = &ab[i];
            CHECK(a, "unknown abbrev %llu", (unsigned long long)code);
            if (!a)
                return n;
            sub *s = NULL;
            if (a->tag == 0x2e) {
                CHECK(depth == 1 && c->nsubs < 16, "subprogram at depth %d", depth);
                if (c->nsubs < 16)
                    s = &c->subs[c->nsubs++];
            } else {
                CHECK(a->tag == 0x11 && depth == 0, "tag %#llx at depth %d", (unsigned long long)a->tag, depth);
            }
            for (int i = 0; i < a->nattr; i++) {
                uint64_t at = a->attr[i][0], form = a->attr[i][1], v = 0;
                const char *str = NULL;
                switch (form) {
                case 0x08: str = rd_str(&u); break;
                case 0x01: case 0x07: v = rd_n(&u, 8); break;
                case 0x05: v = rd_n(&u, 2); break;
                case 0x06: case 0x17: v = rd_n(&u, 4); break;
                case 0x0f: v = rd_uleb(&u); break;
                case 0x19: v = 1; break;
                default: CHECK(0, "unexpected form %#llx", (unsigned long long)form); return n;
                }
                if (s) {
                    if (at == 0x03) s->name = str;
                    else if (at == 0x11) s->lo = v;
                    else if (at == 0x12) s->size = v;
                    else if (at == 0x3b) s->line = v;
                    else if (at == 0x3f) s->external = 1;
                    else if (at == 0x3a) CHECK(v == 0, "decl_file %llu", (unsigned long long)v);
                } else {
                    if (at == 0x03) c->name = str;
                    else if (at == 0x1b) c->comp_dir = str;
                    else if (at == 0x25) c->producer = str;
                    else if (at == 0x10) { c->stmt_list = v; c->has_lines = 1; }
                    else if (at == 0x13) c->lang = v;
                    else if (at == 0x11) { c->lo = v; c->has_pc = 1; }
                    else if (at == 0x12) c->size = v;
                    else if (at == 0x55) { c->ranges = v; c->has_ranges = 1; }
                }
            }
            if (a->children)
                depth++;
        }
        CHECK(depth == 0 && !u.bad, "unit %d: unbalanced children (%d)", n - 1, depth);
        r.p = unit_end;
    }
    return n;
}

static const sub *find_sub(const cu *c, const char *name) {
    for (int i = 0; i < c->nsubs; i++)
        if (c->subs[i].name && strcmp(c->subs[i].name, name) == 0)
            return &c->subs[i];
    return NULL;
}

static void check_sub(const cu *c, const char *name, uint64_t lo, uint64_t size, uint64_t line) {
    const sub *s = find_sub(c, name);
    CHECK(s, "no subprogram %s in %s", name, c->name);
    if (s)
        CHECK(s->lo == lo && s->size == size && s->line == line && s->external,
              "%s: [%#llx +%#llx) line %llu ext %d, want [%#llx +%#llx) line %llu", name,
              (unsigned long long)s->lo, (unsigned long long)s->size, (unsigned long long)s->line, s->external,
              (unsigned long long)lo, (unsigned long long)size, (unsigned long long)line);
}

/* --- .eh_frame ----------------------------------------------------------------- */

typedef struct fde {
    uint64_t pc, len;
    uint64_t cie_off;
} fde;

/* FDEs in section order; pc_begin decoded as gdb does it: pcrel to where
 * the field is, with the section at its sh_addr. */
static int read_fdes(const elf *e, fde *out, int max, int *ncie) {
    const Elf64_Shdr *sh = sect(e, ".eh_frame");
    CHECK(sh, "no .eh_frame");
    if (!sh)
        return 0;
    CHECK(sh->sh_flags & SHF_ALLOC, ".eh_frame not SHF_ALLOC");
    CHECK(sh->sh_addr == (uint64_t)(uintptr_t)(e->b + sh->sh_offset),
          ".eh_frame sh_addr %#llx is not where its bytes are", (unsigned long long)sh->sh_addr);
    const uint8_t *base = e->b + sh->sh_offset;
    rd r = sect_rd(e, ".eh_frame");
    int n = 0, terminated = 0;
    uint8_t enc[64] = {0}; /* encoding of the CIE at offset/8 (our CIEs are 8-aligned) */
    *ncie = 0;
    while (r.p < r.end && !r.bad) {
        const uint8_t *rec = r.p;
        uint64_t len = rd_n(&r, 4);
        if (len == 0) {
            terminated = 1;
            CHECK(r.p == r.end, "data after the terminator");
            break;
        }
        const uint8_t *next = r.p + len;
        const uint8_t *idp = r.p;
        uint64_t id = rd_n(&r, 4);
        if (id == 0) {
            (*ncie)++;
            CHECK(rd_n(&r, 1) == 1, "CIE version");
            CHECK(strcmp(rd_str(&r), "zR") == 0, "augmentation");
            CHECK(rd_uleb(&r) == 1, "code align");
            CHECK(rd_sleb(&r) == -8, "data align");
            CHECK(rd_n(&r, 1) == 16, "ra column");
            CHECK(rd_uleb(&r) == 1, "augmentation length");
            size_t off = (size_t)(rec - base);
            CHECK(off % 8 == 0 && off / 8 < 64, "CIE offset %zu", off);
            if (off / 8 < 64)
                enc[off / 8] = (uint8_t)rd_n(&r, 1);
        } else {
            size_t cie = (size_t)(idp - base) - id;
            CHECK(cie % 8 == 0 && cie / 8 < 64 && enc[cie / 8], "FDE points at no CIE (%zu)", cie);
            uint8_t e8 = cie / 8 < 64 ? enc[cie / 8] : 0;
            CHECK(e8 == 0x1c, "pointer encoding %#x, want pcrel|sdata8", e8);
            uint64_t field = sh->sh_addr + (uint64_t)(r.p - base);
            uint64_t pc = field + rd_n(&r, 8);
            uint64_t plen = rd_n(&r, 8);
            if (n < max)
                out[n++] = (fde){pc, plen, cie};
        }
        r.p = next;
    }
    CHECK(terminated && !r.bad, "eh_frame not terminated");
    return n;
}

/* --- the tests ---------------------------------------------------------------- */

/* Two pieces of one file: a unit with a range list, per-range symbols and FDEs. */
static void test_same_file_batch(void) {
    gv_code_info a = piece_a(), b = piece_b();
    const gv_code_info *pieces[] = {&a, &b};
    gv_elfobj o;
    CHECK(gv_elfobj_build(pieces, 2, "/work/dir", &o) == 0, "build failed");
    elf e;
    if (failures || open_elf(&e, &o) != 0)
        return;

    /* One NOBITS .text per piece at the real address. */
    int ntext = 0;
    for (int i = 0; i < e.eh->e_shnum; i++) {
        if (strcmp(sect_name(&e, &e.sh[i]), ".text") != 0)
            continue;
        const Elf64_Shdr *s = &e.sh[i];
        CHECK(s->sh_type == SHT_NOBITS && s->sh_flags == (SHF_ALLOC | SHF_EXECINSTR), ".text %d kind", i);
        CHECK((ntext == 0 && s->sh_addr == A_START && s->sh_size == 0x60) ||
                  (ntext == 1 && s->sh_addr == B_START && s->sh_size == 0x1000),
              ".text #%d at %#llx size %#llx", ntext, (unsigned long long)s->sh_addr,
              (unsigned long long)s->sh_size);
        ntext++;
    }
    CHECK(ntext == 2, "%d .text sections", ntext);
    static const char *const debug[] = {".debug_info", ".debug_abbrev", ".debug_line", ".debug_rnglists"};
    for (int i = 0; i < 4; i++) {
        const Elf64_Shdr *s = sect(&e, debug[i]);
        CHECK(s && s->sh_type == SHT_PROGBITS && !(s->sh_flags & SHF_ALLOC), "%s", debug[i]);
    }
    const Elf64_Shdr *symtab = sect(&e, ".symtab");
    CHECK(symtab && symtab->sh_entsize == sizeof(Elf64_Sym) && symtab->sh_info == 1 &&
              strcmp(sect_name(&e, &e.sh[symtab->sh_link]), ".strtab") == 0,
          ".symtab header");

    /* Symbols: ranges sized, pieces unsized (ranges win in `info symbol`). */
    check_sym(&e, "_LOAD_FAST", A_START, 0x20);
    check_sym(&e, "_BINARY_OP_ADD_INT", A_START + 0x20, 0x30);
    check_sym(&e, "_EXIT_TRACE", A_START + 0x50, 0x10);
    check_sym(&e, "trace_b_body", B_START, 0x800);
    check_sym(&e, "trace_b_exit", B_START + 0x900, 0x700);
    check_sym(&e, "trace_a:fib:fib.py:3", A_START, 0);
    check_sym(&e, "trace_b:fib:fib.py:10", B_START, 0);
    CHECK(symtab && symtab->sh_size / sizeof(Elf64_Sym) == 8, "%llu symbols, want 8",
          symtab ? (unsigned long long)(symtab->sh_size / sizeof(Elf64_Sym)) : 0ull);

    /* One unit for fib.py covering both pieces exactly. */
    cu cus[4];
    int ncu = read_units(&e, cus, 4);
    CHECK(ncu == 1, "%d units, want 1", ncu);
    if (ncu >= 1) {
        cu *c = &cus[0];
        CHECK(c->name && strcmp(c->name, "fib.py") == 0, "unit name %s", c->name ? c->name : "(none)");
        CHECK(c->comp_dir && strcmp(c->comp_dir, "/work/dir") == 0, "comp_dir");
        CHECK(c->producer && c->lang, "producer/language");
        CHECK(c->has_ranges && !c->has_pc && c->has_lines, "a two-piece unit needs DW_AT_ranges");
        rd r = sect_rd(&e, ".debug_rnglists");
        const uint8_t *start = r.p;
        CHECK(rd_n(&r, 4) == (uint64_t)(r.end - r.p), "rnglists length");
        CHECK(rd_n(&r, 2) == 5 && rd_n(&r, 1) == 8 && rd_n(&r, 1) == 0 && rd_n(&r, 4) == 0, "rnglists header");
        r.p = start + c->ranges;
        uint64_t want[2][2] = {{A_START, 0x60}, {B_START, 0x1000}};
        for (int i = 0; i < 2; i++) {
            CHECK(rd_n(&r, 1) == 7, "DW_RLE_start_length");
            uint64_t lo = rd_n(&r, 8), len = rd_uleb(&r);
            CHECK(lo == want[i][0] && len == want[i][1], "range %d: %#llx+%#llx", i, (unsigned long long)lo,
                  (unsigned long long)len);
        }
        CHECK(rd_n(&r, 1) == 0, "DW_RLE_end_of_list");
        CHECK(c->nsubs == 5, "%d subprograms, want 5", c->nsubs);
        check_sub(c, "_LOAD_FAST", A_START, 0x20, 3);
        check_sub(c, "_BINARY_OP_ADD_INT", A_START + 0x20, 0x30, 4);
        check_sub(c, "_EXIT_TRACE", A_START + 0x50, 0x10, 0); /* starts on line 0: no decl_line */
        check_sub(c, "trace_b_body", B_START, 0x800, 10);
        check_sub(c, "trace_b_exit", B_START + 0x900, 0x700, 10);

        lines l;
        decode_lines(&e, c->stmt_list, &l);
        CHECK(l.nfiles == 1 && l.file0 && strcmp(l.file0, "fib.py") == 0, "line table files");
        CHECK(l.dir0 && strcmp(l.dir0, "/work/dir") == 0, "line table directory");
        const row want_rows[] = {
            {A_START + 0x00, 3, 0, 0},   {A_START + 0x10, 4, 0, 0},  {A_START + 0x20, 4, 0, 0}, {A_START + 0x38, 20, 0, 0},
            {A_START + 0x40, 300, 0, 0}, {A_START + 0x50, 0, 0, 0},  {A_START + 0x58, 2, 0, 0}, {A_START + 0x60, 2, 1, 0},
            {B_START + 0x0, 10, 0, 0},   {B_START + 0xf00, 11, 0, 0}, {B_START + 0x1000, 11, 1, 0},
        };
        check_rows(&l, want_rows, (int)(sizeof want_rows / sizeof *want_rows), "fib.py");
    }

    /* FDEs: one per range, in order, at the real addresses. */
    fde f[16];
    int ncie = 0, nf = read_fdes(&e, f, 16, &ncie);
    const fde want_f[] = {{A_START, 0x20, 0},        {A_START + 0x20, 0x30, 0}, {A_START + 0x50, 0x10, 0},
                          {B_START, 0x800, 0},       {B_START + 0x900, 0x700, 0}};
    CHECK(nf == 5, "%d FDEs, want 5", nf);
    for (int i = 0; i < nf && i < 5; i++)
        CHECK(f[i].pc == want_f[i].pc && f[i].len == want_f[i].len, "FDE %d: %#llx+%#llx", i,
              (unsigned long long)f[i].pc, (unsigned long long)f[i].len);
    CHECK(ncie >= 1 && ncie <= 2, "%d CIEs (one per distinct CIE content)", ncie);
    CHECK(f[0].cie_off == f[2].cie_off && f[0].cie_off == f[3].cie_off, "ranges with the same CFI share a CIE");
    gv_elfobj_free(&o);
    CHECK(o.bytes == NULL && o.size == 0, "free resets");
}

/* Pieces of different files, one without ranges, one without a source: one
 * unit each, low/high pc, piece symbols sized. */
static void test_separate_units(void) {
    static const gv_line c_lines[] = {{0, 7}, {8, 8}};
    gv_code_info c = {"hj_loop", (const void *)(uintptr_t)0x500000, 0x10, "demo.hj", NULL, NULL, 0, c_lines, 2};
    gv_code_info d = {"stub_exit", (const void *)(uintptr_t)0x400000, 0x8, NULL, NULL, NULL, 0, c_lines, 2};
    const gv_code_info *pieces[] = {&c, &d};
    gv_elfobj o;
    CHECK(gv_elfobj_build(pieces, 2, NULL, &o) == 0, "build failed");
    elf e;
    if (failures || open_elf(&e, &o) != 0)
        return;
    check_sym(&e, "hj_loop", 0x500000, 0x10);
    check_sym(&e, "stub_exit", 0x400000, 0x8);
    CHECK(sect(&e, ".debug_rnglists") == NULL, "no range lists needed");
    cu cus[4];
    int ncu = read_units(&e, cus, 4);
    CHECK(ncu == 2, "%d units, want 2", ncu);
    if (ncu == 2) {
        CHECK(strcmp(cus[0].name, "demo.hj") == 0 && cus[0].has_pc && cus[0].lo == 0x500000 && cus[0].size == 0x10,
              "demo.hj unit");
        CHECK(strcmp(cus[0].comp_dir, ".") == 0, "default comp_dir");
        check_sub(&cus[0], "hj_loop", 0x500000, 0x10, 7);
        CHECK(strcmp(cus[1].name, "<jit>") == 0 && cus[1].lo == 0x400000 && cus[1].size == 8, "no-source unit");
        check_sub(&cus[1], "stub_exit", 0x400000, 8, 0);
        lines l;
        decode_lines(&e, cus[0].stmt_list, &l);
        const row want[] = {{0x500000, 7, 0, 0}, {0x500008, 8, 0, 0}, {0x500010, 8, 1, 0}};
        check_rows(&l, want, 3, "demo.hj");
        CHECK(cus[0].has_lines && !cus[1].has_lines, "a piece without a source file has no line table");
    }
    fde f[4];
    int ncie = 0, nf = read_fdes(&e, f, 4, &ncie);
    CHECK(nf == 2 && f[0].pc == 0x500000 && f[0].len == 0x10 && f[1].pc == 0x400000 && f[1].len == 8,
          "FDEs of pieces without ranges");
    gv_elfobj_free(&o);
}

/* A range named like its piece covering it (what glassview's core makes of
 * a piece without ranges) gives one symbol, not two. */
static void test_whole_piece_range(void) {
    static const gv_range whole[] = {{0, 0x20, "hj_leaf", NULL}};
    gv_code_info p = {"hj_leaf", (const void *)(uintptr_t)0x600000, 0x20, "demo.hj", NULL, whole, 1, NULL, 0};
    const gv_code_info *pieces[] = {&p};
    gv_elfobj o;
    CHECK(gv_elfobj_build(pieces, 1, NULL, &o) == 0, "build failed");
    elf e;
    if (failures || open_elf(&e, &o) != 0)
        return;
    const Elf64_Shdr *symtab = sect(&e, ".symtab");
    CHECK(symtab && symtab->sh_size / sizeof(Elf64_Sym) == 2, "null + one symbol");
    check_sym(&e, "hj_leaf", 0x600000, 0x20);
    gv_elfobj_free(&o);
}

static void test_limits(void) {
    gv_elfobj o = {(uint8_t *)1, 1};
    CHECK(gv_elfobj_build(NULL, 0, NULL, &o) == -1 && o.bytes == NULL, "empty batch refused");
}

int main(void) {
    test_same_file_batch();
    test_separate_units();
    test_whole_piece_range();
    test_limits();
    if (failures) {
        fprintf(stderr, "test_elfobj: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_elfobj: ok\n");
    return 0;
}
