/* stencil_tool.c - the build-time stencil extractor of the copy-and-patch JIT.
 *
 *   stencil_tool --target x86_64 --out DIR [options] name1=file1.o name2=file2.o ...
 *
 * Reads ELF64 relocatable objects compiled by clang from the stencil template
 * (one object per uop, each defining _JIT_ENTRY), and writes
 *   DIR/stencils.h         static const code/data/hole/CFI arrays per stencil,
 *                          stencil_table[] (input order) and stencil_names[]
 *   DIR/stencil_helpers.c  the addresses of every C helper/global the stencils
 *                          reference (stencil_helper_addrs/_names/_count)
 *
 * Options:
 *   --objdump PATH        disassembler for the comments (default llvm-objdump-19
 *                         from PATH; omitted with a note when it cannot run)
 *   --no-objdump          no disassembly comments
 *   --helpers-prefix P    name the helper tables P_helper_addrs etc. (default
 *                         "stencil"; the test fixtures use another prefix)
 *   --header NAME         output header name (default stencils.h)
 *   --helpers NAME        output helpers file name (default stencil_helpers.c)
 *
 * Only <elf.h> is used for the ELF structures; everything is parsed here.
 * Any unsupported relocation, symbol or section layout is a build error.
 * See stencils/README.md for the format.
 */
#define _POSIX_C_SOURCE 200809L
#include <elf.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "dwarf_cfa.h"
#include "patch.h"
#include "stencil.h"
#include "targets.h"

#define TOOL "stencil_tool"

/* ---- errors and small containers ----------------------------------------- */

static const char *cur_stencil; /* for error messages */

static void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
static void die(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (cur_stencil) fprintf(stderr, TOOL ": stencil '%s': ", cur_stencil);
    else fprintf(stderr, TOOL ": ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) die("out of memory");
    return q;
}

static char *xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = xrealloc(NULL, n);
    memcpy(d, s, n);
    return d;
}

typedef struct Bytes {
    uint8_t *p;
    size_t len, cap;
} Bytes;

static void bytes_reserve(Bytes *b, size_t extra) {
    if (b->len + extra <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra) cap *= 2;
    b->p = xrealloc(b->p, cap);
    b->cap = cap;
}

static void bytes_put(Bytes *b, const void *src, size_t n) {
    bytes_reserve(b, n);
    if (n) memcpy(b->p + b->len, src, n);
    b->len += n;
}

static void bytes_byte(Bytes *b, uint8_t v) { bytes_put(b, &v, 1); }

static void bytes_fill(Bytes *b, uint8_t v, size_t n) {
    if (n == 0) return;
    bytes_reserve(b, n);
    memset(b->p + b->len, v, n);
    b->len += n;
}

static void bytes_uleb(Bytes *b, uint64_t v) {
    do {
        uint8_t byte = v & 0x7f;
        v >>= 7;
        if (v) byte |= 0x80;
        bytes_byte(b, byte);
    } while (v);
}

typedef struct Holes {
    Hole *v;
    size_t n, cap;
} Holes;

static void holes_push(Holes *h, Hole x) {
    if (h->n == h->cap) {
        h->cap = h->cap ? h->cap * 2 : 16;
        h->v = xrealloc(h->v, h->cap * sizeof *h->v);
    }
    h->v[h->n++] = x;
}

static int hole_cmp(const void *a, const void *b) {
    const Hole *x = a, *y = b;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* ---- the helper symbol table (shared by all stencils) -------------------- */

static char **helper_names;
static size_t nhelpers, helpers_cap;

static uint16_t helper_index(const char *name) {
    for (size_t i = 0; i < nhelpers; i++)
        if (strcmp(helper_names[i], name) == 0) return (uint16_t)i;
    if (nhelpers >= 0xffff) die("too many helper symbols");
    if (nhelpers == helpers_cap) {
        helpers_cap = helpers_cap ? helpers_cap * 2 : 32;
        helper_names = xrealloc(helper_names, helpers_cap * sizeof *helper_names);
    }
    helper_names[nhelpers] = xstrdup(name);
    return (uint16_t)nhelpers++;
}

/* The holes an extern _JIT_* symbol stands for. Any other _JIT_ name is an
 * error (a typo in the template would otherwise become a helper). */
static const struct {
    const char *name;
    HoleValue value;
} jit_symbols[] = {
    {"_JIT_CONTINUE", HOLE_CONTINUE}, {"_JIT_JUMP_TARGET", HOLE_JUMP_TARGET},
    {"_JIT_EXIT", HOLE_EXIT},         {"_JIT_ERROR", HOLE_ERROR},
    {"_JIT_JUMP_EXIT", HOLE_JUMP_EXIT},
    {"_JIT_OPARG", HOLE_OPARG},       {"_JIT_OPERAND", HOLE_OPERAND},
    {"_JIT_OPERAND2", HOLE_OPERAND2}, {"_JIT_TARGET", HOLE_TARGET},
};

/* ---- ELF reading ---------------------------------------------------------- */

enum { PLACE_NONE, PLACE_CODE, PLACE_DATA };

typedef struct Obj {
    const char *path;
    uint8_t *file;
    size_t size;
    Elf64_Ehdr eh;
    Elf64_Shdr *sh;
    unsigned shnum;
    const char *shstr;
    size_t shstr_size;
    Elf64_Sym *syms;
    size_t nsyms;
    const char *strtab;
    size_t strtab_size;
    unsigned symtab_index;
    uint8_t *place;    /* per section: PLACE_* */
    uint64_t *sec_off; /* per section: offset in its blob */
} Obj;

static void check_range(const Obj *o, uint64_t off, uint64_t len, const char *what) {
    if (off > o->size || len > o->size - off)
        die("%s: %s lies outside the file (offset 0x%" PRIx64 ", size 0x%" PRIx64 ")", o->path, what, off, len);
}

static const char *sec_name(const Obj *o, unsigned i) {
    if (i >= o->shnum) return "?";
    uint32_t n = o->sh[i].sh_name;
    if (!o->shstr || n >= o->shstr_size) return "?";
    return o->shstr + n;
}

static const char *sym_name(const Obj *o, const Elf64_Sym *s) {
    if (ELF64_ST_TYPE(s->st_info) == STT_SECTION && s->st_shndx < o->shnum) return sec_name(o, s->st_shndx);
    if (s->st_name >= o->strtab_size) return "?";
    return o->strtab + s->st_name;
}

static void read_file(Obj *o) {
    FILE *f = fopen(o->path, "rb");
    if (!f) die("cannot open %s: %s", o->path, strerror(errno));
    Bytes b = {0};
    uint8_t buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) bytes_put(&b, buf, n);
    if (ferror(f)) die("cannot read %s", o->path);
    fclose(f);
    o->file = b.p;
    o->size = b.len;
}

static void parse_elf(Obj *o, const StencilTarget *target) {
    if (o->size < sizeof(Elf64_Ehdr) || memcmp(o->file, ELFMAG, SELFMAG) != 0)
        die("%s: not an ELF file", o->path);
    memcpy(&o->eh, o->file, sizeof o->eh);
    if (o->eh.e_ident[EI_CLASS] != ELFCLASS64) die("%s: not an ELF64 object", o->path);
    if (o->eh.e_ident[EI_DATA] != ELFDATA2LSB) die("%s: not a little-endian object", o->path);
    if (o->eh.e_type != ET_REL) die("%s: not a relocatable object (ET_REL)", o->path);
    if (o->eh.e_machine != target->e_machine)
        die("%s: ELF machine %u does not match --target %s (%u)", o->path, o->eh.e_machine, target->name,
            target->e_machine);
    if (o->eh.e_shentsize != sizeof(Elf64_Shdr)) die("%s: unexpected section header size", o->path);
    o->shnum = o->eh.e_shnum;
    if (o->shnum == 0 || o->eh.e_shstrndx == SHN_XINDEX) die("%s: extended section numbering is not supported", o->path);
    check_range(o, o->eh.e_shoff, (uint64_t)o->shnum * sizeof(Elf64_Shdr), "the section header table");
    o->sh = xrealloc(NULL, o->shnum * sizeof *o->sh);
    memcpy(o->sh, o->file + o->eh.e_shoff, o->shnum * sizeof *o->sh);
    for (unsigned i = 0; i < o->shnum; i++)
        if (o->sh[i].sh_type != SHT_NOBITS && o->sh[i].sh_type != SHT_NULL)
            check_range(o, o->sh[i].sh_offset, o->sh[i].sh_size, "a section");
    if (o->eh.e_shstrndx >= o->shnum) die("%s: bad section name table index", o->path);
    o->shstr = (const char *)o->file + o->sh[o->eh.e_shstrndx].sh_offset;
    o->shstr_size = o->sh[o->eh.e_shstrndx].sh_size;
    if (o->shstr_size == 0 || o->shstr[o->shstr_size - 1] != '\0') die("%s: bad section name table", o->path);

    for (unsigned i = 0; i < o->shnum; i++) {
        if (o->sh[i].sh_type != SHT_SYMTAB) continue;
        if (o->syms) die("%s: more than one symbol table", o->path);
        if (o->sh[i].sh_entsize != sizeof(Elf64_Sym)) die("%s: unexpected symbol size", o->path);
        o->symtab_index = i;
        o->nsyms = o->sh[i].sh_size / sizeof(Elf64_Sym);
        o->syms = xrealloc(NULL, o->nsyms * sizeof *o->syms);
        memcpy(o->syms, o->file + o->sh[i].sh_offset, o->nsyms * sizeof *o->syms);
        unsigned link = o->sh[i].sh_link;
        if (link >= o->shnum || o->sh[link].sh_type != SHT_STRTAB) die("%s: bad symbol string table", o->path);
        o->strtab = (const char *)o->file + o->sh[link].sh_offset;
        o->strtab_size = o->sh[link].sh_size;
        if (o->strtab_size == 0 || o->strtab[o->strtab_size - 1] != '\0') die("%s: bad symbol string table", o->path);
    }
    if (!o->syms) die("%s: no symbol table", o->path);
    o->place = xrealloc(NULL, o->shnum);
    memset(o->place, PLACE_NONE, o->shnum);
    o->sec_off = xrealloc(NULL, o->shnum * sizeof *o->sec_off);
    memset(o->sec_off, 0, o->shnum * sizeof *o->sec_off);
}

static void free_obj(Obj *o) {
    free(o->file);
    free(o->sh);
    free(o->syms);
    free(o->place);
    free(o->sec_off);
}

static Elf64_Rela get_rela(const Obj *o, unsigned relsec, size_t i) {
    Elf64_Rela r;
    memcpy(&r, o->file + o->sh[relsec].sh_offset + i * sizeof r, sizeof r);
    return r;
}

/* The SHT_RELA section applying to section `target`, or 0. */
static unsigned rela_for(const Obj *o, unsigned target) {
    unsigned found = 0;
    for (unsigned i = 1; i < o->shnum; i++) {
        const Elf64_Shdr *s = &o->sh[i];
        if ((s->sh_type != SHT_RELA && s->sh_type != SHT_REL) || s->sh_info != target) continue;
        if (s->sh_type == SHT_REL) die("%s: SHT_REL relocations (%s) are not supported", o->path, sec_name(o, i));
        if (s->sh_entsize != sizeof(Elf64_Rela)) die("%s: unexpected relocation entry size", o->path);
        if (s->sh_link != o->symtab_index) die("%s: relocations against another symbol table", o->path);
        if (found) die("%s: two relocation sections for %s", o->path, sec_name(o, target));
        found = i;
    }
    return found;
}

static const Elf64_Sym *get_sym(const Obj *o, uint32_t idx, unsigned relsec) {
    if (idx == 0 || idx >= o->nsyms) die("%s: bad symbol index %u in %s", o->path, idx, sec_name(o, relsec));
    return &o->syms[idx];
}

/* ---- one stencil ------------------------------------------------------------ */

typedef struct CIEInfo {
    uint64_t off;
    uint64_t code_align;
    int64_t data_align;
    uint64_t ra_reg;
    int has_z;
    uint8_t fde_enc;
    const uint8_t *insns;
    size_t insns_len;
} CIEInfo;

typedef struct FDEInfo {
    uint64_t code_start; /* in the code blob */
    uint64_t range;
    uint64_t cie_off;
    const uint8_t *insns;
    size_t insns_len;
} FDEInfo;

typedef struct Out {
    char *name;  /* as given */
    char *ident; /* C identifier part */
    char *path;
    Bytes code, data;
    uint64_t code_align, data_align;
    Holes holes, dholes;
    int32_t tail_jump;
    Bytes cie, fde;
    uint64_t cfi_code_align;
    int64_t cfi_data_align;
    uint64_t ra_reg;
    uint8_t fde_enc;
    uint64_t cfi_range;
    char *layout; /* notes on folded sections */
    char *disasm;
    size_t *helpers_used; /* indexes, for the comment */
    size_t nhelpers_used;
} Out;

static uint64_t align_up(uint64_t v, uint64_t a) { return a > 1 ? (v + a - 1) / a * a : v; }

/* Choose the sections the stencil needs: _JIT_ENTRY's section and, following
 * relocations transitively, every allocated section they reference. */
static unsigned select_sections(Obj *o) {
    unsigned entry_sec = 0;
    for (size_t i = 1; i < o->nsyms; i++) {
        const Elf64_Sym *s = &o->syms[i];
        if (strcmp(sym_name(o, s), "_JIT_ENTRY") != 0 || ELF64_ST_TYPE(s->st_info) == STT_SECTION) continue;
        if (s->st_shndx == SHN_UNDEF) continue;
        if (s->st_shndx >= o->shnum) die("_JIT_ENTRY is not in a regular section");
        if (entry_sec) die("_JIT_ENTRY is defined twice");
        entry_sec = s->st_shndx;
        if (!(o->sh[entry_sec].sh_flags & SHF_EXECINSTR)) die("_JIT_ENTRY is not in an executable section");
        if (s->st_value != 0)
            die("_JIT_ENTRY is at offset 0x%" PRIx64 " of %s, not at its start (compile with -ffunction-sections)",
                s->st_value, sec_name(o, entry_sec));
    }
    if (!entry_sec) die("%s does not define _JIT_ENTRY", o->path);

    unsigned *work = xrealloc(NULL, o->shnum * sizeof *work);
    size_t nwork = 0;
    o->place[entry_sec] = PLACE_CODE;
    work[nwork++] = entry_sec;
    while (nwork) {
        unsigned sec = work[--nwork];
        unsigned rs = rela_for(o, sec);
        if (!rs) continue;
        size_t n = o->sh[rs].sh_size / sizeof(Elf64_Rela);
        for (size_t i = 0; i < n; i++) {
            Elf64_Rela r = get_rela(o, rs, i);
            const Elf64_Sym *s = get_sym(o, (uint32_t)ELF64_R_SYM(r.r_info), rs);
            unsigned t = s->st_shndx;
            if (t == SHN_UNDEF || t == SHN_ABS) continue;
            if (t == SHN_COMMON) die("common symbol %s: compile with -fno-common", sym_name(o, s));
            if (t >= o->shnum) die("symbol %s in special section 0x%x is not supported", sym_name(o, s), t);
            if (!(o->sh[t].sh_flags & SHF_ALLOC))
                die("%s+0x%" PRIx64 " refers to non-allocated section %s", sec_name(o, sec), (uint64_t)r.r_offset,
                    sec_name(o, t));
            if (o->place[t] != PLACE_NONE) continue;
            o->place[t] = (o->sh[t].sh_flags & SHF_EXECINSTR) ? PLACE_CODE : PLACE_DATA;
            work[nwork++] = t;
        }
    }
    free(work);
    return entry_sec;
}

static void append_section(Obj *o, unsigned sec, Bytes *blob, uint64_t *max_align, Out *out, int code) {
    const Elf64_Shdr *s = &o->sh[sec];
    uint64_t a = s->sh_addralign ? s->sh_addralign : 1;
    if (a > 4096) die("section %s wants alignment %" PRIu64, sec_name(o, sec), a);
    if (a > *max_align) *max_align = a;
    uint64_t start = align_up(blob->len, a);
    bytes_fill(blob, 0, start - blob->len);
    o->sec_off[sec] = start;
    if (s->sh_type == SHT_NOBITS) bytes_fill(blob, 0, s->sh_size);
    else bytes_put(blob, o->file + s->sh_offset, s->sh_size);
    if (blob->len > 0x7fffffff) die("stencil too large");
    char note[256];
    snprintf(note, sizeof note, " *   %s blob +0x%" PRIx64 ": %s (0x%" PRIx64 " bytes)\n", code ? "code" : "data", start,
             sec_name(o, sec), (uint64_t)s->sh_size);
    size_t old = out->layout ? strlen(out->layout) : 0;
    out->layout = xrealloc(out->layout, old + strlen(note) + 1);
    memcpy(out->layout + old, note, strlen(note) + 1);
}

/* Turn every relocation of every selected section into a hole, or resolve it
 * now when it is relative and stays inside one blob. */
static void process_relocations(Obj *o, const StencilTarget *target, Out *out) {
    for (unsigned sec = 1; sec < o->shnum; sec++) {
        if (o->place[sec] == PLACE_NONE) continue;
        unsigned rs = rela_for(o, sec);
        if (!rs) continue;
        int in_code = o->place[sec] == PLACE_CODE;
        Bytes *blob = in_code ? &out->code : &out->data;
        Holes *holes = in_code ? &out->holes : &out->dholes;
        size_t n = o->sh[rs].sh_size / sizeof(Elf64_Rela);
        for (size_t i = 0; i < n; i++) {
            Elf64_Rela r = get_rela(o, rs, i);
            uint32_t type = (uint32_t)ELF64_R_TYPE(r.r_info);
            const RelocInfo *ri = stencil_target_reloc(target, type);
            if (!ri)
                die("unsupported relocation type %u (unknown to the %s table) at %s+0x%" PRIx64, type, target->name,
                    sec_name(o, sec), (uint64_t)r.r_offset);
            if (ri->action == RA_IGNORE) continue;
            const Elf64_Sym *s = get_sym(o, (uint32_t)ELF64_R_SYM(r.r_info), rs);
            if (ri->action == RA_UNSUPPORTED)
                die("unsupported relocation %s at %s+0x%" PRIx64 " (against %s)", ri->name, sec_name(o, sec),
                    (uint64_t)r.r_offset, sym_name(o, s));
            unsigned width = patch_kind_width(ri->kind);
            if (o->sh[sec].sh_type == SHT_NOBITS || r.r_offset > o->sh[sec].sh_size ||
                width > o->sh[sec].sh_size - r.r_offset)
                die("relocation %s at %s+0x%" PRIx64 " lies outside its section", ri->name, sec_name(o, sec),
                    (uint64_t)r.r_offset);
            uint64_t p = o->sec_off[sec] + r.r_offset;
            Hole h = {.offset = (uint32_t)p, .kind = ri->kind, .symbol = 0, .addend = r.r_addend};
            unsigned t = s->st_shndx;
            if (t == SHN_UNDEF) {
                const char *name = sym_name(o, s);
                int found = 0;
                for (size_t j = 0; j < sizeof jit_symbols / sizeof jit_symbols[0]; j++)
                    if (strcmp(name, jit_symbols[j].name) == 0) {
                        h.value = (uint8_t)jit_symbols[j].value;
                        found = 1;
                    }
                if (!found) {
                    if (strncmp(name, "_JIT_", 5) == 0) die("unknown JIT symbol %s", name);
                    if (!*name) die("relocation against an unnamed undefined symbol");
                    h.value = HOLE_HELPER;
                    h.symbol = helper_index(name);
                    int seen = 0;
                    for (size_t j = 0; j < out->nhelpers_used; j++) seen |= out->helpers_used[j] == h.symbol;
                    if (!seen) {
                        out->helpers_used =
                            xrealloc(out->helpers_used, (out->nhelpers_used + 1) * sizeof *out->helpers_used);
                        out->helpers_used[out->nhelpers_used++] = h.symbol;
                    }
                }
            } else if (t == SHN_ABS) {
                h.value = HOLE_ZERO;
                h.addend = (int64_t)(s->st_value + (uint64_t)r.r_addend);
            } else {
                /* inside the stencil (select_sections placed every target) */
                int t_code = o->place[t] == PLACE_CODE;
                uint64_t target_off = o->sec_off[t] + s->st_value + (uint64_t)r.r_addend;
                if (ri->relative && t_code == in_code) {
                    int rc = patch_hole(blob->p + p, ri->kind, target_off, p);
                    if (rc != PATCH_OK)
                        die("cannot resolve %s at %s+0x%" PRIx64 " against %s: %s", ri->name, sec_name(o, sec),
                            (uint64_t)r.r_offset, sym_name(o, s), patch_result_string(rc));
                    continue;
                }
                h.value = t_code ? HOLE_CODE : HOLE_DATA;
                h.addend = (int64_t)target_off;
            }
            holes_push(holes, h);
        }
    }
    if (out->holes.n > 1) qsort(out->holes.v, out->holes.n, sizeof(Hole), hole_cmp);
    if (out->dholes.n > 1) qsort(out->dholes.v, out->dholes.n, sizeof(Hole), hole_cmp);
    for (size_t i = 1; i < out->holes.n; i++)
        if (out->holes.v[i].offset < out->holes.v[i - 1].offset + patch_kind_width(out->holes.v[i - 1].kind))
            die("overlapping holes at code+0x%x", out->holes.v[i].offset);
    if (out->holes.n > 0xffff || out->dholes.n > 0xffff) die("too many holes");
}

/* ---- DWARF CFI (.eh_frame) ------------------------------------------------- */

typedef struct Reader {
    const uint8_t *p, *end;
    const char *what;
} Reader;

static uint64_t rd_uleb(Reader *r) {
    uint64_t v = 0;
    unsigned shift = 0;
    for (;;) {
        if (r->p >= r->end) die("truncated %s", r->what);
        uint8_t b = *r->p++;
        if (shift < 64) v |= (uint64_t)(b & 0x7f) << shift;
        shift += 7;
        if (!(b & 0x80)) return v;
    }
}

static int64_t rd_sleb(Reader *r) {
    uint64_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        if (r->p >= r->end) die("truncated %s", r->what);
        b = *r->p++;
        if (shift < 64) v |= (uint64_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    if (shift < 64 && (b & 0x40)) v |= ~UINT64_C(0) << shift;
    return (int64_t)v;
}

static uint64_t rd_fixed(Reader *r, unsigned n) {
    if ((size_t)(r->end - r->p) < n) die("truncated %s", r->what);
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) v |= (uint64_t)r->p[i] << (8 * i);
    r->p += n;
    return v;
}

/* Size of a DW_EH_PE-encoded value, 0 for (s|u)leb128. */
static unsigned enc_size(uint8_t enc) {
    switch (enc & 0x0f) {
    case DW_EH_PE_absptr: return 8;
    case DW_EH_PE_udata2:
    case DW_EH_PE_sdata2: return 2;
    case DW_EH_PE_udata4:
    case DW_EH_PE_sdata4: return 4;
    case DW_EH_PE_udata8:
    case DW_EH_PE_sdata8: return 8;
    case DW_EH_PE_uleb128:
    case DW_EH_PE_sleb128: return 0;
    default: die("unsupported pointer encoding 0x%x in .eh_frame", enc);
    }
}

static uint64_t rd_encoded(Reader *r, uint8_t enc) {
    unsigned n = enc_size(enc);
    if (n) {
        uint64_t v = rd_fixed(r, n);
        if ((enc & 0x08) && n < 8 && (v >> (8 * n - 1)) & 1) v |= ~UINT64_C(0) << (8 * n); /* sdata */
        return v;
    }
    return (enc & 0x0f) == DW_EH_PE_sleb128 ? (uint64_t)rd_sleb(r) : rd_uleb(r);
}

static void parse_cie(const Obj *o, const uint8_t *base, size_t size, uint64_t off, CIEInfo *c) {
    Reader r = {base + off, base + size, ".eh_frame CIE"};
    uint64_t len = rd_fixed(&r, 4);
    if (len == 0xffffffffu) die("64-bit DWARF .eh_frame is not supported");
    if (len > (uint64_t)(r.end - r.p)) die("truncated .eh_frame CIE");
    r.end = r.p + len;
    if (rd_fixed(&r, 4) != 0) die(".eh_frame: CIE pointer does not point at a CIE");
    uint8_t version = (uint8_t)rd_fixed(&r, 1);
    if (version != 1 && version != 3) die(".eh_frame: unsupported CIE version %u", version);
    const char *aug = (const char *)r.p;
    while (r.p < r.end && *r.p) r.p++;
    if (r.p >= r.end) die("truncated .eh_frame CIE");
    r.p++;
    if (strstr(aug, "eh")) die(".eh_frame: the 'eh' augmentation is not supported");
    memset(c, 0, sizeof *c);
    c->off = off;
    c->fde_enc = 0xff;
    c->code_align = rd_uleb(&r);
    c->data_align = rd_sleb(&r);
    c->ra_reg = version == 1 ? rd_fixed(&r, 1) : rd_uleb(&r);
    if (aug[0] == 'z') {
        c->has_z = 1;
        uint64_t alen = rd_uleb(&r);
        if (alen > (uint64_t)(r.end - r.p)) die("truncated .eh_frame CIE augmentation");
        Reader a = {r.p, r.p + alen, ".eh_frame CIE augmentation"};
        for (const char *q = aug + 1; *q; q++) {
            switch (*q) {
            case 'R': c->fde_enc = (uint8_t)rd_fixed(&a, 1); break;
            case 'L': rd_fixed(&a, 1); break;
            case 'P': {
                uint8_t penc = (uint8_t)rd_fixed(&a, 1);
                rd_encoded(&a, penc);
                break;
            }
            case 'S':
            case 'B':
            case 'G': break;
            default: die(".eh_frame: unknown CIE augmentation '%c' in \"%s\"", *q, aug);
            }
        }
        r.p += alen;
    } else if (aug[0]) {
        die(".eh_frame: unsupported CIE augmentation \"%s\"", aug);
    }
    c->insns = r.p;
    c->insns_len = (size_t)(r.end - r.p);
    (void)o;
}

/* Walk DW_CFA instructions: checks they are well formed, adds up the
 * advances (in code units, times code_align) and collects the registers given
 * rules (regs[] as a bitmap of 0..127; others die). */
static uint64_t cfa_walk(const uint8_t *p, size_t n, uint64_t code_align, uint8_t regs[16]) {
    Reader r = {p, p + n, "DW_CFA instructions"};
    uint64_t loc = 0;
#define REG(x)                                                                        \
    do {                                                                              \
        uint64_t reg_ = (x);                                                          \
        if (reg_ >= 128) die("DWARF register %" PRIu64 " out of range", reg_);          \
        if (regs) regs[reg_ / 8] |= (uint8_t)(1u << (reg_ % 8));                      \
    } while (0)
    while (r.p < r.end) {
        uint8_t op = *r.p++;
        switch (op >> 6) {
        case 1: loc += (uint64_t)(op & 0x3f) * code_align; continue;
        case 2: REG(op & 0x3f); rd_uleb(&r); continue;
        case 3: REG(op & 0x3f); continue;
        default: break;
        }
        switch (op) {
        case DW_CFA_nop:
        case DW_CFA_remember_state:
        case DW_CFA_restore_state:
        case DW_CFA_GNU_window_save: break;
        case DW_CFA_set_loc: die("DW_CFA_set_loc is not supported");
        case DW_CFA_advance_loc1: loc += rd_fixed(&r, 1) * code_align; break;
        case DW_CFA_advance_loc2: loc += rd_fixed(&r, 2) * code_align; break;
        case DW_CFA_advance_loc4: loc += rd_fixed(&r, 4) * code_align; break;
        case DW_CFA_offset_extended:
        case DW_CFA_val_offset:
        case DW_CFA_GNU_negative_offset_extended:
            REG(rd_uleb(&r));
            rd_uleb(&r);
            break;
        case DW_CFA_restore_extended:
        case DW_CFA_undefined:
        case DW_CFA_same_value: REG(rd_uleb(&r)); break;
        case DW_CFA_register:
            REG(rd_uleb(&r));
            rd_uleb(&r);
            break;
        case DW_CFA_def_cfa:
            rd_uleb(&r);
            rd_uleb(&r);
            break;
        case DW_CFA_def_cfa_register:
        case DW_CFA_def_cfa_offset:
        case DW_CFA_GNU_args_size: rd_uleb(&r); break;
        case DW_CFA_def_cfa_expression: {
            uint64_t len = rd_uleb(&r);
            if (len > (uint64_t)(r.end - r.p)) die("truncated DW_CFA_def_cfa_expression");
            r.p += len;
            break;
        }
        case DW_CFA_expression:
        case DW_CFA_val_expression: {
            REG(rd_uleb(&r));
            uint64_t len = rd_uleb(&r);
            if (len > (uint64_t)(r.end - r.p)) die("truncated DW_CFA expression");
            r.p += len;
            break;
        }
        case DW_CFA_offset_extended_sf:
        case DW_CFA_val_offset_sf:
            REG(rd_uleb(&r));
            rd_sleb(&r);
            break;
        case DW_CFA_def_cfa_sf:
            rd_uleb(&r);
            rd_sleb(&r);
            break;
        case DW_CFA_def_cfa_offset_sf: rd_sleb(&r); break;
        default: die("unknown DW_CFA opcode 0x%02x", op);
        }
    }
#undef REG
    return loc;
}

/* Find the CIE and the FDEs of the code blob's sections; build the stencil's
 * CFI: the entry FDE, then each folded section's FDE after an advance to its
 * start and a reset to the CIE's initial rules. */
static void process_cfi(Obj *o, Out *out) {
    unsigned eh = 0;
    for (unsigned i = 1; i < o->shnum; i++)
        if (strcmp(sec_name(o, i), ".eh_frame") == 0) eh = i;
    if (!eh) die("no .eh_frame section: compile with -funwind-tables -fasynchronous-unwind-tables");
    const Elf64_Shdr *es = &o->sh[eh];
    if (es->sh_type == SHT_NOBITS) die(".eh_frame has no contents");
    const uint8_t *base = o->file + es->sh_offset;
    size_t size = es->sh_size;
    unsigned rs = rela_for(o, eh);

    FDEInfo *fdes = NULL;
    size_t nfdes = 0;
    CIEInfo cie = {0};
    int have_cie = 0;
    uint64_t off = 0;
    while (off + 4 <= size) {
        Reader r = {base + off, base + size, ".eh_frame"};
        uint64_t len = rd_fixed(&r, 4);
        if (len == 0) break;
        if (len == 0xffffffffu) die("64-bit DWARF .eh_frame is not supported");
        if (len < 4 || len > (uint64_t)(r.end - r.p)) die("truncated .eh_frame entry at 0x%" PRIx64, off);
        r.end = r.p + len;
        uint64_t id_off = off + 4;
        uint64_t id = rd_fixed(&r, 4);
        uint64_t next = off + 4 + len;
        if (id == 0) {
            off = next;
            continue;
        }
        if (id > id_off) die(".eh_frame FDE at 0x%" PRIx64 " points before the section", off);
        uint64_t cie_off = id_off - id;
        CIEInfo c;
        parse_cie(o, base, size, cie_off, &c);
        /* pc_begin: find its relocation */
        uint64_t pc_field = (uint64_t)(r.p - base);
        uint8_t enc = c.fde_enc == 0xff ? DW_EH_PE_absptr : c.fde_enc;
        unsigned psize = enc_size(enc);
        if (!psize) die(".eh_frame: leb128 FDE addresses are not supported");
        rd_fixed(&r, psize);
        uint64_t range = rd_encoded(&r, (uint8_t)(enc & 0x0f));
        if (c.has_z) {
            uint64_t alen = rd_uleb(&r);
            if (alen > (uint64_t)(r.end - r.p)) die("truncated .eh_frame FDE");
            r.p += alen;
        }
        int mapped = 0;
        uint64_t start = 0;
        if (rs) {
            size_t n = o->sh[rs].sh_size / sizeof(Elf64_Rela);
            for (size_t i = 0; i < n; i++) {
                Elf64_Rela rel = get_rela(o, rs, i);
                if (rel.r_offset != pc_field) continue;
                const Elf64_Sym *s = get_sym(o, (uint32_t)ELF64_R_SYM(rel.r_info), rs);
                unsigned t = s->st_shndx;
                if (t == SHN_UNDEF || t >= o->shnum || o->place[t] != PLACE_CODE) break;
                start = o->sec_off[t] + s->st_value + (uint64_t)rel.r_addend;
                mapped = 1;
                break;
            }
        }
        if (mapped) {
            if (have_cie && cie_off != cie.off) die(".eh_frame: the stencil's FDEs use different CIEs");
            if (!have_cie) cie = c, have_cie = 1;
            fdes = xrealloc(fdes, (nfdes + 1) * sizeof *fdes);
            fdes[nfdes++] = (FDEInfo){start, range, cie_off, r.p, (size_t)(r.end - r.p)};
        }
        off = next;
    }
    /* entry FDE first, then by address */
    for (size_t i = 1; i < nfdes; i++)
        for (size_t j = i; j > 0 && fdes[j].code_start < fdes[j - 1].code_start; j--) {
            FDEInfo t = fdes[j];
            fdes[j] = fdes[j - 1];
            fdes[j - 1] = t;
        }
    if (nfdes == 0 || fdes[0].code_start != 0)
        die("no .eh_frame FDE covers _JIT_ENTRY: compile with -funwind-tables -fasynchronous-unwind-tables");
    if (cie.code_align == 0 || cie.code_align > 255) die(".eh_frame: code alignment factor %" PRIu64, cie.code_align);
    if (cie.data_align < -128 || cie.data_align > 127) die(".eh_frame: data alignment factor %" PRId64, cie.data_align);
    if (cie.ra_reg > 255) die(".eh_frame: return address register %" PRIu64, cie.ra_reg);
    out->cfi_code_align = cie.code_align;
    out->cfi_data_align = cie.data_align;
    out->ra_reg = cie.ra_reg;
    out->fde_enc = cie.fde_enc;
    cfa_walk(cie.insns, cie.insns_len, cie.code_align, NULL);
    bytes_put(&out->cie, cie.insns, cie.insns_len);

    uint8_t regs[16] = {0};
    uint64_t loc = cfa_walk(fdes[0].insns, fdes[0].insns_len, cie.code_align, regs);
    bytes_put(&out->fde, fdes[0].insns, fdes[0].insns_len);
    uint64_t end = fdes[0].range;
    for (size_t i = 1; i < nfdes; i++) {
        const FDEInfo *f = &fdes[i];
        if (f->code_start < end || f->code_start < loc) die(".eh_frame: overlapping FDEs");
        uint64_t delta = f->code_start - loc;
        if (delta % cie.code_align) die(".eh_frame: folded section not at a code-alignment boundary");
        delta /= cie.code_align;
        if (delta > 0xffffffffu) die(".eh_frame: advance too large");
        bytes_byte(&out->fde, DW_CFA_advance_loc4);
        for (int k = 0; k < 4; k++) bytes_byte(&out->fde, (uint8_t)(delta >> (8 * k)));
        for (unsigned reg = 0; reg < 128; reg++) {
            if (!(regs[reg / 8] & (1u << (reg % 8)))) continue;
            if (reg < 64) {
                bytes_byte(&out->fde, (uint8_t)(0xc0 | reg));
            } else {
                bytes_byte(&out->fde, DW_CFA_restore_extended);
                bytes_uleb(&out->fde, reg);
            }
        }
        bytes_put(&out->fde, cie.insns, cie.insns_len);
        memset(regs, 0, sizeof regs);
        loc = f->code_start + cfa_walk(f->insns, f->insns_len, cie.code_align, regs);
        bytes_put(&out->fde, f->insns, f->insns_len);
        end = f->code_start + f->range;
    }
    if (end > out->code.len) die(".eh_frame: FDE range 0x%" PRIx64 " exceeds the code (0x%zx)", end, out->code.len);
    out->cfi_range = end;
    if (out->cie.len > 0xffff || out->fde.len > 0xffff) die("CFI too large");
    free(fdes);
}

/* ---- disassembly ------------------------------------------------------------ */

static char *shell_quote(const char *s) {
    Bytes b = {0};
    bytes_byte(&b, '\'');
    for (; *s; s++) {
        if (*s == '\'') bytes_put(&b, "'\\''", 4);
        else bytes_byte(&b, (uint8_t)*s);
    }
    bytes_put(&b, "'", 2);
    return (char *)b.p;
}

/* llvm-objdump output from "Disassembly of section" on, or NULL. */
static char *disassemble(const char *objdump, const char *path) {
    char *qo = shell_quote(objdump), *qp = shell_quote(path);
    size_t n = strlen(qo) + strlen(qp) + 64;
    char *cmd = xrealloc(NULL, n);
    snprintf(cmd, n, "%s -d -r --no-show-raw-insn %s 2>/dev/null", qo, qp);
    free(qo);
    free(qp);
    fflush(NULL);
    FILE *f = popen(cmd, "r");
    free(cmd);
    if (!f) return NULL;
    Bytes b = {0};
    char buf[4096];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, f)) > 0) bytes_put(&b, buf, got);
    int status = pclose(f);
    bytes_byte(&b, 0);
    char *text = (char *)b.p;
    char *start = strstr(text, "Disassembly of section");
    if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || !start) {
        free(text);
        return NULL;
    }
    char *res = xstrdup(start);
    free(text);
    return res;
}

/* ---- output ------------------------------------------------------------------ */

static void put_comment_text(FILE *f, const char *text) {
    /* one " * " line per input line, tabs expanded, no comment terminators */
    const char *p = text;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r')) n--;
        fputs(" *", f);
        if (n) fputs("   ", f);
        unsigned col = 0;
        for (size_t i = 0; i < n; i++) {
            char c = p[i];
            if (c == '\t') {
                do fputc(' ', f);
                while (++col % 8);
                continue;
            }
            if (c == '/' && i > 0 && p[i - 1] == '*') c = '|';
            if (c == '?' && i + 1 < n && p[i + 1] == '?') c = '.';
            if ((unsigned char)c < 0x20 || (unsigned char)c >= 0x7f) c = '.';
            fputc(c, f);
            col++;
        }
        fputc('\n', f);
        if (!e) break;
        p = e + 1;
    }
}

static void put_bytes(FILE *f, const char *type, const char *ident, const char *suffix, const uint8_t *p, size_t n) {
    fprintf(f, "static const %s stencil_%s_%s[%zu] STENCIL_UNUSED = {", type, ident, suffix, n);
    for (size_t i = 0; i < n; i++) fprintf(f, "%s0x%02x%s", i % 16 ? " " : "\n    ", p[i], i + 1 < n ? "," : "");
    fputs("\n};\n", f);
}

static void put_holes(FILE *f, const char *ident, const char *suffix, const Holes *h) {
    fprintf(f, "static const Hole stencil_%s_%s[%zu] STENCIL_UNUSED = {\n", ident, suffix, h->n);
    for (size_t i = 0; i < h->n; i++) {
        const Hole *x = &h->v[i];
        fprintf(f, "    {0x%" PRIx32 ", %s, %s, %u, %" PRId64 "},", x->offset, patch_kind_name(x->kind),
                hole_value_name(x->value), x->symbol, x->addend);
        if (x->value == HOLE_HELPER) fprintf(f, " /* %s */", helper_names[x->symbol]);
        else if (x->value == HOLE_CODE || x->value == HOLE_DATA)
            fprintf(f, " /* %s+0x%" PRIx64 " */", x->value == HOLE_CODE ? "code" : "data", (uint64_t)x->addend);
        fputc('\n', f);
    }
    fputs("};\n", f);
}

static void put_c_string(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20 || c >= 0x7f) fprintf(f, "\\%03o", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

static FILE *open_out(const char *dir, const char *name, char **tmp, char **final) {
    size_t n = strlen(dir) + strlen(name) + 32;
    *final = xrealloc(NULL, n);
    snprintf(*final, n, "%s/%s", dir, name);
    *tmp = xrealloc(NULL, n);
    snprintf(*tmp, n, "%s/%s.tmp", dir, name);
    FILE *f = fopen(*tmp, "w");
    if (!f) die("cannot write %s: %s", *tmp, strerror(errno));
    return f;
}

static void close_out(FILE *f, char *tmp, char *final) {
    if (ferror(f) | fclose(f)) die("error writing %s", tmp);
    if (rename(tmp, final) != 0) die("cannot rename %s to %s: %s", tmp, final, strerror(errno));
    free(tmp);
    free(final);
}

static void write_header(const char *dir, const char *name, const char *target, const char *prefix, Out *outs,
                         size_t nouts, const char *objdump_note) {
    char *tmp, *final;
    FILE *f = open_out(dir, name, &tmp, &final);
    char guard[256];
    snprintf(guard, sizeof guard, "GLASSJIT_GENERATED_%s", name);
    for (char *c = guard; *c; c++) {
        if (*c >= 'a' && *c <= 'z') *c = (char)(*c - 'a' + 'A');
        else if (!((*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9'))) *c = '_';
    }
    fprintf(f,
            "/* %s - generated by stencil_tool (--target %s) from %zu stencil object%s. Do not edit.\n"
            " * Format: stencils/stencil.h and stencils/README.md. */\n"
            "#ifndef %s\n#define %s\n\n"
            "#include <stddef.h>\n#include <stdint.h>\n\n#include \"stencil.h\"\n\n",
            name, target, nouts, nouts == 1 ? "" : "s", guard, guard);
    fprintf(f, "#define STENCIL_TARGET \"%s\"\n#define STENCIL_COUNT %zu\n#define STENCIL_HELPER_COUNT %zu\n\n", target,
            nouts, nhelpers);
    if (strcmp(prefix, "stencil") != 0)
        fprintf(f,
                "/* helper tables (defined by the generated helpers file) */\n"
                "extern void *const %s_helper_addrs[];\nextern const char *const %s_helper_names[];\n"
                "extern const int %s_helper_count;\n\n",
                prefix, prefix, prefix);
    if (objdump_note) fprintf(f, "/* %s */\n\n", objdump_note);
    for (size_t i = 0; i < nouts; i++) {
        Out *o = &outs[i];
        fprintf(f, "/* ---- stencil %zu: %s ----\n", i, o->name);
        fprintf(f,
                " * code %zu bytes, %zu holes; data %zu bytes, %zu holes; tail_jump %" PRId32
                "; CFI covers %" PRIu64 " bytes\n",
                o->code.len, o->holes.n, o->data.len, o->dholes.n, o->tail_jump, o->cfi_range);
        fputs(" * layout:\n", f);
        fputs(o->layout, f);
        if (o->nhelpers_used) {
            fputs(" * helpers:", f);
            for (size_t j = 0; j < o->nhelpers_used; j++)
                fprintf(f, " %s (#%zu)", helper_names[o->helpers_used[j]], o->helpers_used[j]);
            fputc('\n', f);
        }
        if (o->disasm) {
            fputs(" *\n", f);
            put_comment_text(f, o->disasm);
        }
        fputs(" */\n", f);
        put_bytes(f, "uint8_t", o->ident, "code", o->code.p, o->code.len);
        if (o->holes.n) put_holes(f, o->ident, "holes", &o->holes);
        if (o->data.len) put_bytes(f, "uint8_t", o->ident, "data", o->data.p, o->data.len);
        if (o->dholes.n) put_holes(f, o->ident, "data_holes", &o->dholes);
        if (o->cie.len) put_bytes(f, "uint8_t", o->ident, "cie", o->cie.p, o->cie.len);
        if (o->fde.len) put_bytes(f, "uint8_t", o->ident, "fde", o->fde.p, o->fde.len);
        fputc('\n', f);
    }
    fputs("static const Stencil stencil_table[] STENCIL_UNUSED = {\n", f);
    for (size_t i = 0; i < nouts; i++) {
        Out *o = &outs[i];
        const char *id = o->ident;
        fputs("    {\n        .name = ", f);
        put_c_string(f, o->name);
        fprintf(f, ",\n        .code = stencil_%s_code, .code_size = %zu, .code_align = %" PRIu64 ",\n", id,
                o->code.len, o->code_align);
        if (o->holes.n) fprintf(f, "        .holes = stencil_%s_holes, .nholes = %zu,\n", id, o->holes.n);
        else fputs("        .holes = NULL, .nholes = 0,\n", f);
        if (o->data.len)
            fprintf(f, "        .data = stencil_%s_data, .data_size = %zu, .data_align = %" PRIu64 ",\n", id,
                    o->data.len, o->data_align);
        else fputs("        .data = NULL, .data_size = 0, .data_align = 1,\n", f);
        if (o->dholes.n) fprintf(f, "        .data_holes = stencil_%s_data_holes, .ndata_holes = %zu,\n", id, o->dholes.n);
        else fputs("        .data_holes = NULL, .ndata_holes = 0,\n", f);
        fprintf(f, "        .tail_jump = %" PRId32 ",\n", o->tail_jump);
        {
            /* the first exit and taken-branch-exit holes, so the emitter can
             * lay out a trace's exit stubs without scanning the holes */
            int64_t first_exit = -1, first_jump_exit = -1;
            for (size_t h = 0; h < o->holes.n; h++) {
                const Hole *hole = &o->holes.v[h];
                if (hole->value == HOLE_EXIT && first_exit < 0) first_exit = hole->offset;
                if (hole->value == HOLE_JUMP_EXIT && first_jump_exit < 0) first_jump_exit = hole->offset;
            }
            fprintf(f, "        .first_exit = %" PRId64 ", .first_jump_exit = %" PRId64 ",\n", first_exit,
                    first_jump_exit);
        }
        fprintf(f, "        .cfi = {.cie_insns = %s%s%s, .cie_len = %zu, ", o->cie.len ? "stencil_" : "NULL",
                o->cie.len ? id : "", o->cie.len ? "_cie" : "", o->cie.len);
        fprintf(f, ".fde_insns = %s%s%s, .fde_len = %zu,\n", o->fde.len ? "stencil_" : "NULL", o->fde.len ? id : "",
                o->fde.len ? "_fde" : "", o->fde.len);
        fprintf(f,
                "                .code_align = %" PRIu64 ", .data_align = %" PRId64 ", .ra_reg = %" PRIu64
                ", .fde_encoding = 0x%02x, .code_range = %" PRIu64 "},\n    },\n",
                o->cfi_code_align, o->cfi_data_align, o->ra_reg, o->fde_enc, o->cfi_range);
    }
    fputs("};\n\nstatic const char *const stencil_names[] STENCIL_UNUSED = {\n", f);
    for (size_t i = 0; i < nouts; i++) {
        fputs("    ", f);
        put_c_string(f, outs[i].name);
        fputs(",\n", f);
    }
    fputs("};\n\nenum StencilId {\n", f);
    for (size_t i = 0; i < nouts; i++) fprintf(f, "    STENCIL_ID_%s = %zu,\n", outs[i].ident, i);
    fputs("};\n\n#endif\n", f);
    close_out(f, tmp, final);
}

static void write_helpers(const char *dir, const char *name, const char *prefix) {
    char *tmp, *final;
    FILE *f = open_out(dir, name, &tmp, &final);
    fprintf(f,
            "/* %s - generated by stencil_tool. Do not edit.\n"
            " * The addresses of the C helpers and VM globals the stencils reference\n"
            " * (HOLE_HELPER holes index these tables). Every symbol is declared as an\n"
            " * array of char under its assembler name, so no prototype is needed and\n"
            " * none can clash: this file includes nothing. */\n\n",
            name);
    for (size_t i = 0; i < nhelpers; i++) {
        fprintf(f, "extern char %s_helper_sym_%zu[] __asm__(", prefix, i);
        put_c_string(f, helper_names[i]);
        fputs(");\n", f);
    }
    fprintf(f, "\nvoid *const %s_helper_addrs[%zu] = {\n", prefix, nhelpers ? nhelpers : 1);
    for (size_t i = 0; i < nhelpers; i++) fprintf(f, "    %s_helper_sym_%zu,\n", prefix, i);
    if (!nhelpers) fputs("    0,\n", f);
    fprintf(f, "};\n\nconst char *const %s_helper_names[%zu] = {\n", prefix, nhelpers ? nhelpers : 1);
    for (size_t i = 0; i < nhelpers; i++) {
        fputs("    ", f);
        put_c_string(f, helper_names[i]);
        fputs(",\n", f);
    }
    if (!nhelpers) fputs("    0,\n", f);
    fprintf(f, "};\n\nconst int %s_helper_count = %zu;\n", prefix, nhelpers);
    close_out(f, tmp, final);
}

/* ---- main ---------------------------------------------------------------------- */

static void usage(void) {
    fprintf(stderr, "usage: " TOOL " --target TARGET --out DIR [--objdump PATH | --no-objdump]\n"
                    "                    [--helpers-prefix P] [--header NAME] [--helpers NAME] name=file.o ...\n"
                    "targets:");
    for (size_t i = 0; stencil_targets[i]; i++) fprintf(stderr, " %s", stencil_targets[i]->name);
    fputc('\n', stderr);
    exit(2);
}

static int is_ident(const char *s) {
    if (!*s || (*s >= '0' && *s <= '9')) return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_')) return 0;
    return 1;
}

static void extract(Out *out, const StencilTarget *target, const char *objdump) {
    Obj o = {.path = out->path};
    read_file(&o);
    parse_elf(&o, target);
    unsigned entry_sec = select_sections(&o);
    out->code_align = out->data_align = 1;
    append_section(&o, entry_sec, &out->code, &out->code_align, out, 1);
    for (unsigned i = 1; i < o.shnum; i++)
        if (i != entry_sec && o.place[i] == PLACE_CODE) append_section(&o, i, &out->code, &out->code_align, out, 1);
    for (unsigned i = 1; i < o.shnum; i++) {
        if (o.place[i] != PLACE_DATA) continue;
        append_section(&o, i, &out->data, &out->data_align, out, 0);
        if ((o.sh[i].sh_flags & SHF_WRITE) && !strstr(sec_name(&o, i), ".rel.ro"))
            fprintf(stderr, TOOL ": warning: stencil '%s': writable section %s is copied into every instance\n",
                    out->name, sec_name(&o, i));
    }
    if (out->code.len == 0) die("_JIT_ENTRY has no code");
    process_relocations(&o, target, out);
    out->tail_jump = target->tail_jump(out->code.p, (uint32_t)out->code.len, out->holes.v, (unsigned)out->holes.n);
    process_cfi(&o, out);
    if (objdump) out->disasm = disassemble(objdump, out->path);
    free_obj(&o);
}

int main(int argc, char **argv) {
    const char *target_name = NULL, *outdir = NULL, *objdump = "llvm-objdump-19", *prefix = "stencil";
    const char *header = "stencils.h", *helpers = "stencil_helpers.c";
    Out *outs = NULL;
    size_t nouts = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--target") == 0 && i + 1 < argc) target_name = argv[++i];
        else if (strcmp(a, "--out") == 0 && i + 1 < argc) outdir = argv[++i];
        else if (strcmp(a, "--objdump") == 0 && i + 1 < argc) objdump = argv[++i];
        else if (strcmp(a, "--no-objdump") == 0) objdump = NULL;
        else if (strcmp(a, "--helpers-prefix") == 0 && i + 1 < argc) prefix = argv[++i];
        else if (strcmp(a, "--header") == 0 && i + 1 < argc) header = argv[++i];
        else if (strcmp(a, "--helpers") == 0 && i + 1 < argc) helpers = argv[++i];
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) usage();
        else if (a[0] == '-') {
            fprintf(stderr, TOOL ": unknown option %s\n", a);
            usage();
        } else {
            const char *eq = strchr(a, '=');
            if (!eq || eq == a || !eq[1]) {
                fprintf(stderr, TOOL ": expected name=file.o, got '%s'\n", a);
                usage();
            }
            outs = xrealloc(outs, (nouts + 1) * sizeof *outs);
            Out *o = &outs[nouts++];
            memset(o, 0, sizeof *o);
            o->name = xrealloc(NULL, (size_t)(eq - a) + 1);
            memcpy(o->name, a, (size_t)(eq - a));
            o->name[eq - a] = '\0';
            o->path = xstrdup(eq + 1);
        }
    }
    if (!target_name || !outdir || nouts == 0) usage();
    const StencilTarget *target = stencil_target_find(target_name);
    if (!target) die("unknown target '%s'", target_name);
    if (!is_ident(prefix)) die("--helpers-prefix must be a C identifier");

    for (size_t i = 0; i < nouts; i++) {
        Out *o = &outs[i];
        o->ident = xstrdup(o->name);
        for (char *c = o->ident; *c; c++)
            if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '_'))
                *c = '_';
        for (size_t j = 0; j < i; j++)
            if (strcmp(outs[j].ident, o->ident) == 0) die("two stencils named '%s' (as C identifiers)", o->ident);
    }

    /* Disassembly only when the disassembler runs at all. */
    const char *objdump_note = NULL;
    for (size_t i = 0; i < nouts; i++) {
        cur_stencil = outs[i].name;
        extract(&outs[i], target, objdump);
        if (objdump && !outs[i].disasm) {
            objdump_note = "disassembly omitted: the disassembler (llvm-objdump-19) could not be run";
            objdump = NULL;
        }
    }
    cur_stencil = NULL;
    if (!objdump && !objdump_note) objdump_note = "disassembly omitted (--no-objdump)";
    if (objdump_note)
        for (size_t i = 0; i < nouts; i++) {
            free(outs[i].disasm);
            outs[i].disasm = NULL;
        }

    write_header(outdir, header, target->name, prefix, outs, nouts, objdump_note);
    write_helpers(outdir, helpers, prefix);

    for (size_t i = 0; i < nouts; i++) {
        Out *o = &outs[i];
        free(o->name), free(o->ident), free(o->path), free(o->code.p), free(o->data.p);
        free(o->holes.v), free(o->dholes.v), free(o->cie.p), free(o->fde.p), free(o->layout), free(o->disasm);
        free(o->helpers_used);
    }
    free(outs);
    for (size_t i = 0; i < nhelpers; i++) free(helper_names[i]);
    free(helper_names);
    return 0;
}
