/* elfobj.c - the ELF container of gdb's in-memory object (see elfobj.h).
 *
 * Everything but .eh_frame is built into separate buffers first; then the
 * final buffer is allocated once, because .eh_frame's pc-relative pointers
 * depend on where its bytes end up.
 */
#include "elfobj.h"

#include <elf.h>
#include <stdlib.h>
#include <string.h>

#include "bytebuf.h"
#include "dwarfinfo.h"
#include "ehframe.h"

/* Sections after the per-piece .text ones, in file order. */
enum { S_EH_FRAME, S_ABBREV, S_INFO, S_LINE, S_RNGLISTS, S_SYMTAB, S_STRTAB, S_SHSTRTAB, S_COUNT };
static const char *const sect_name[S_COUNT] = {
    ".eh_frame", ".debug_abbrev", ".debug_info", ".debug_line", ".debug_rnglists", ".symtab", ".strtab", ".shstrtab",
};

static void add_sym(bytebuf *symtab, bytebuf *strtab, const char *name, uint16_t shndx, uint64_t value,
                    uint64_t size) {
    Elf64_Sym s = {
        .st_name = (Elf64_Word)strtab->len,
        .st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC),
        .st_other = STV_DEFAULT,
        .st_shndx = shndx,
        .st_value = value,
        .st_size = size,
    };
    bb_str(strtab, name);
    bb_bytes(symtab, &s, sizeof s);
}

/* A range's extent clipped to its piece; 0 when it is empty or outside. */
static uint32_t range_size(const gv_code_info *p, const gv_range *r) {
    if (r->offset >= p->size)
        return 0;
    return r->size <= p->size - r->offset ? r->size : (uint32_t)(p->size - r->offset);
}

static void symbols(bytebuf *symtab, bytebuf *strtab, const gv_code_info *const *pieces, size_t n) {
    bb_zeros(symtab, sizeof(Elf64_Sym)); /* index 0: the undefined symbol */
    bb_u8(strtab, 0);
    for (size_t i = 0; i < n; i++) {
        const gv_code_info *p = pieces[i];
        uint16_t shndx = (uint16_t)(1 + i);
        /* glassview's core gives a piece described without ranges one range
         * named after it: that range is then the piece's symbol. */
        int whole = p->nranges == 1 && p->ranges[0].offset == 0 && p->ranges[0].name && p->name &&
                    strcmp(p->ranges[0].name, p->name) == 0;
        if (!whole)
            add_sym(symtab, strtab, p->name, shndx, 0, p->nranges ? 0 : p->size);
        for (size_t r = 0; r < p->nranges; r++) {
            uint32_t size = range_size(p, &p->ranges[r]);
            if (size)
                add_sym(symtab, strtab, p->ranges[r].name ? p->ranges[r].name : p->name, shndx,
                        p->ranges[r].offset, size);
        }
    }
}

/* One FDE per range (per piece without ranges), in piece order. */
static gv_eh_fde *fde_list(const gv_code_info *const *pieces, size_t n, size_t *count) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += pieces[i]->nranges ? pieces[i]->nranges : 1;
    gv_eh_fde *f = malloc((total ? total : 1) * sizeof *f);
    if (!f)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const gv_code_info *p = pieces[i];
        uint64_t start = (uint64_t)(uintptr_t)p->start;
        if (p->nranges == 0 && p->size)
            f[k++] = (gv_eh_fde){start, (uint32_t)p->size, NULL};
        for (size_t r = 0; r < p->nranges; r++) {
            uint32_t size = range_size(p, &p->ranges[r]);
            if (size)
                f[k++] = (gv_eh_fde){start + p->ranges[r].offset, size, p->ranges[r].cfi};
        }
    }
    *count = k;
    return f;
}

int gv_elfobj_build(const gv_code_info *const *pieces, size_t n, const char *comp_dir, gv_elfobj *out) {
    *out = (gv_elfobj){0};
    if (n == 0 || n > GV_ELFOBJ_MAX_PIECES)
        return -1;
    int rc = -1;
    gv_dwarf dw = {0};
    bytebuf symtab = {0}, strtab = {0}, shstrtab = {0};
    size_t nfde = 0;
    gv_eh_fde *fdes = fde_list(pieces, n, &nfde);
    if (!fdes || gv_dwarf_build(&dw, pieces, n, comp_dir) != 0)
        goto done;
    symbols(&symtab, &strtab, pieces, n);

    /* Section names: all pieces share one ".text" string. */
    uint32_t name_off[S_COUNT], text_name;
    bb_u8(&shstrtab, 0);
    text_name = (uint32_t)shstrtab.len;
    bb_str(&shstrtab, ".text");
    for (int s = 0; s < S_COUNT; s++) {
        name_off[s] = (uint32_t)shstrtab.len;
        bb_str(&shstrtab, sect_name[s]);
    }
    if (symtab.oom || strtab.oom || shstrtab.oom)
        goto done;

    /* File layout: header, section contents, section header table. */
    const bytebuf *content[S_COUNT] = {
        NULL, &dw.abbrev, &dw.info, &dw.line, &dw.rnglists, &symtab, &strtab, &shstrtab,
    };
    size_t size[S_COUNT], off[S_COUNT], at = sizeof(Elf64_Ehdr);
    size[S_EH_FRAME] = gv_eh_frame_size(fdes, nfde, 8);
    for (int s = 0; s < S_COUNT; s++) {
        if (content[s])
            size[s] = content[s]->len;
        at = (at + 7) & ~(size_t)7;
        off[s] = at;
        at += size[s];
    }
    at = (at + 7) & ~(size_t)7;
    size_t shoff = at, shnum = 1 + n + S_COUNT - (dw.rnglists.len ? 0 : 1);
    size_t total = shoff + shnum * sizeof(Elf64_Shdr);
    uint8_t *buf = calloc(1, total);
    if (!buf)
        goto done;
    for (int s = 0; s < S_COUNT; s++)
        if (content[s] && size[s])
            memcpy(buf + off[s], content[s]->p, size[s]);
    uint64_t eh_addr = (uint64_t)(uintptr_t)(buf + off[S_EH_FRAME]);
    if (gv_eh_frame_write(buf + off[S_EH_FRAME], fdes, nfde, 8, eh_addr, NULL) != 0) {
        free(buf);
        goto done;
    }

    Elf64_Shdr *sh = (Elf64_Shdr *)(buf + shoff);
    for (size_t i = 0; i < n; i++)
        sh[1 + i] = (Elf64_Shdr){
            .sh_name = text_name,
            .sh_type = SHT_NOBITS,
            .sh_flags = SHF_ALLOC | SHF_EXECINSTR,
            .sh_addr = (uint64_t)(uintptr_t)pieces[i]->start,
            .sh_offset = sizeof(Elf64_Ehdr),
            .sh_size = pieces[i]->size,
            .sh_addralign = 1,
        };
    size_t idx[S_COUNT], k = 1 + n;
    for (int s = 0; s < S_COUNT; s++) {
        if (s == S_RNGLISTS && !dw.rnglists.len) {
            idx[s] = 0;
            continue;
        }
        idx[s] = k++;
        sh[idx[s]] = (Elf64_Shdr){
            .sh_name = name_off[s],
            .sh_type = s == S_SYMTAB ? SHT_SYMTAB : s >= S_STRTAB ? SHT_STRTAB : SHT_PROGBITS,
            .sh_offset = off[s],
            .sh_size = size[s],
            .sh_addralign = s == S_EH_FRAME || s == S_SYMTAB ? 8 : 1,
        };
    }
    sh[idx[S_EH_FRAME]].sh_flags = SHF_ALLOC;
    sh[idx[S_EH_FRAME]].sh_addr = eh_addr;
    sh[idx[S_SYMTAB]].sh_link = (Elf64_Word)idx[S_STRTAB];
    sh[idx[S_SYMTAB]].sh_info = 1; /* first non-local symbol: all but the null one are global */
    sh[idx[S_SYMTAB]].sh_entsize = sizeof(Elf64_Sym);

    Elf64_Ehdr *eh = (Elf64_Ehdr *)buf;
    memcpy(eh->e_ident, ELFMAG, SELFMAG);
    eh->e_ident[EI_CLASS] = ELFCLASS64;
    eh->e_ident[EI_DATA] = ELFDATA2LSB;
    eh->e_ident[EI_VERSION] = EV_CURRENT;
    eh->e_ident[EI_OSABI] = ELFOSABI_SYSV;
    eh->e_type = ET_REL;
    eh->e_machine = EM_X86_64;
    eh->e_version = EV_CURRENT;
    eh->e_shoff = shoff;
    eh->e_ehsize = sizeof(Elf64_Ehdr);
    eh->e_shentsize = sizeof(Elf64_Shdr);
    eh->e_shnum = (Elf64_Half)shnum;
    eh->e_shstrndx = (Elf64_Half)idx[S_SHSTRTAB];
    *out = (gv_elfobj){buf, total};
    rc = 0;
done:
    free(fdes);
    gv_dwarf_free(&dw);
    bb_free(&symtab);
    bb_free(&strtab);
    bb_free(&shstrtab);
    return rc;
}

void gv_elfobj_free(gv_elfobj *obj) {
    free(obj->bytes);
    *obj = (gv_elfobj){0};
}
