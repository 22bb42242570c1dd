/* sampler.c - the built-in sampler, for when perf cannot record (no perf,
 * perf_event_paranoid, containers): `glassjit --sample=FILE script.py`.
 *
 * Sampling.  A POSIX timer on the process's CPU clock
 * (CLOCK_PROCESS_CPUTIME_ID) sends SIGPROF every 1/hz s of CPU time.  The
 * kernel checks CPU-time timers only at its tick (CONFIG_HZ, often 250), so
 * at higher rates one signal stands for several periods: the signal's
 * si_overrun says how many were merged, and the sample is weighted 1 +
 * si_overrun.  Counts in FILE are therefore periods of 1/hz s of CPU time,
 * like perf's cpu-clock samples, even when fewer signals arrived.
 *
 * The handler unwinds the interrupted stack with libunwind, starting from the
 * signal's ucontext (unw_init_local2 with UNW_INIT_SIGNAL_FRAME: the first
 * frame is the interrupted instruction itself, not a return address), and
 * through JIT code and guest-frame trampolines, which the libunwind sink of
 * the observability layer registered with _U_dyn_register (main.c turns
 * that sink and guest frames on with --sample).  It appends the raw IPs to a
 * buffer mapped at start; it never allocates, locks or prints.  A sample
 * that does not fit is dropped and counted.
 *
 * libunwind is dlopen'ed, never linked, for the reason jitdump/libunwind.c
 * gives (libunwind.so exports backtrace() and _Unwind_*, which would replace
 * glibc's and libgcc's); the same soname gives the same instance the sink
 * registered the JIT code with.  Its caching policy is set to
 * UNW_CACHE_PER_THREAD: the default global cache takes a lock and makes two
 * sigprocmask calls per lookup, and no cache at all re-parses the CFI of
 * every frame (1.8 us a frame here: 40% overhead at 900-frame stacks).  The
 * cache keys unwind rules by IP alone, so before JIT code is freed (and its
 * address possibly reused by other code) the sampler flushes it
 * (unw_flush_cache, with SIGPROF blocked: it also unmaps libunwind's
 * .debug_frame lists, which the handler could be reading).  Everything
 * libunwind initializes once (tdep_init, its memory validation pipe, the
 * thread's cache) is done by one unwind at sampler_start, outside the
 * handler.
 *
 * Symbolizing happens outside the handler.  JIT addresses are named by the
 * observability layer (jit_observe_lookup: the uop, `py::FUNC:FILE`) while
 * the code is alive: at sampler_stop, which main() calls before the VM frees
 * its code, and - through jit_observe_set_forget_hook - right before any
 * trace or trampoline is freed during the run, so a sample is never named
 * after code that later took its address.  Other addresses are named from
 * the ELF symbol tables of the loaded objects: .symtab (static functions
 * such as eval_frame; dladdr and libunwind 1.6 offer no lookup by address
 * for those), else the .symtab of /usr/lib/debug/.build-id/XX/YY.debug
 * (libc's __libc_start_call_main, as perf finds it), else .dynsym.  Frames
 * above the first are return addresses and are looked up at ip - 1, so a
 * call that ends a function is not credited to the next one.  Names: the uop
 * (`_BINARY_OP_ADD_INT`), `py::main:nbody.py`, the C function; `[unknown]`
 * inside a loaded object without a symbol there (perf's name), `[jit]`
 * outside every loaded object (JIT code with no live description).
 *
 * Output: folded stacks, one line per distinct stack, root first,
 * `main;...;py::main:x.py;...;_BINARY_OP_ADD_INT COUNT`, sorted by stack
 * text (src/profile/folded.h's format).  A stack deeper than MAX_DEPTH
 * frames keeps its leaf-most frames under a `[truncated]` root.
 *
 * Errors: an unwritable FILE is found at sampler_start (the file is created
 * then), which prints `glassjit: --sample: cannot open 'FILE': REASON` and
 * fails, so the script does not run and glassjit exits with status 2.  A
 * write error at the end is reported the same way; the program's own exit
 * status is kept.
 */
#define _GNU_SOURCE
#define UNW_LOCAL_ONLY /* types and constants only; the functions come from dlsym */
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <libunwind.h>
#include <link.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "../jit/observe.h"
#include "profile.h"

#define MAX_DEPTH 1024                   /* frames kept per sample (leaf-most) */
#define BUF_WORDS_MAX ((size_t)1 << 25)  /* 256 MiB of address space, touched as used */
#define BUF_WORDS_MIN ((size_t)1 << 16)

/* A record in the buffer: a header word, then `depth` words, leaf first:
 * raw IPs as the handler wrote them, frame-name ids once resolved. */
#define HDR_DEPTH(h) ((size_t)((h) & 0xffff))
#define HDR_TRUNCATED ((uint64_t)1 << 16)
#define HDR_WEIGHT(h) ((h) >> 32)

/* the names every run has, interned first */
enum { NAME_UNKNOWN, NAME_JIT, NAME_TRUNCATED };

typedef struct Unw {
    void *handle;
    int (*init_local2)(unw_cursor_t *, unw_context_t *, int);
    int (*init_local)(unw_cursor_t *, unw_context_t *);
    int (*step)(unw_cursor_t *);
    int (*get_reg)(unw_cursor_t *, unw_regnum_t, unw_word_t *);
    int (*getcontext)(unw_context_t *);
    int (*set_caching_policy)(unw_addr_space_t, unw_caching_policy_t);
    void (*flush_cache)(unw_addr_space_t, unw_word_t, unw_word_t);
    unw_addr_space_t *local_as;
} Unw;

typedef struct Sym {
    uint64_t addr, size; /* link-time address (add the object's load bias) */
    const char *name;    /* into the object's mapped symbol table */
    int rank;            /* which of several names at one address wins */
} Sym;

/* A loaded ELF object whose symbols were asked for. */
typedef struct ElfObj {
    uintptr_t bias;      /* dlpi_addr */
    char *name;          /* dlpi_name ("" for the main program) */
    Sym *syms;           /* sorted by addr, one per address */
    size_t nsyms;
    void *map[2];        /* the file and its debug file, mapped while names point in */
    size_t map_size[2];
} ElfObj;

typedef struct IpEntry {
    uint64_t ip;  /* 0: empty */
    uint32_t id;
    uint32_t gen; /* 0: valid forever (an ELF object); else valid in that JIT generation */
} IpEntry;

typedef struct Sampler {
    /* shared with the signal handler */
    atomic_int running;
    uint64_t *buf;
    size_t cap;            /* words */
    atomic_size_t len;     /* words published by the handler */
    volatile uint64_t signals, periods, dropped;
    Unw unw;
    /* normal context only */
    VM *vm;
    FILE *out;
    char *out_path;
    timer_t timer;
    struct sigaction old_action;
    size_t resolved;       /* words [0, resolved) hold name ids */
    uint32_t gen;          /* bumped whenever JIT code is freed */
    uint64_t forgets;      /* how many times (GLASSJIT_SAMPLE_STATS) */
    IpEntry *ips;          /* ip -> name id cache, open addressing */
    size_t ips_cap, ips_n;
    char **names;          /* id -> name */
    size_t nnames, names_cap;
    uint32_t *name_index;  /* name hash -> id + 1, open addressing */
    size_t name_index_cap;
    ElfObj *objs;
    size_t nobjs;
    int oom;
} Sampler;

/* One sampler per process: the signal handler finds it here. */
static Sampler g_sampler;

/* --- the signal handler --------------------------------------------------- */

static void on_sigprof(int sig, siginfo_t *si, void *ucv) {
    (void)sig;
    Sampler *s = &g_sampler;
    int saved_errno = errno; /* libunwind's memory validation may set it */
    if (!atomic_load_explicit(&s->running, memory_order_relaxed))
        goto out;
    uint64_t weight = 1;
    if (si && si->si_code == SI_TIMER && si->si_overrun > 0)
        weight += (uint64_t)si->si_overrun;
    s->signals++;
    s->periods += weight;
    size_t len = atomic_load_explicit(&s->len, memory_order_relaxed);
    size_t room = s->cap - len;
    if (room < 2) {
        s->dropped += weight;
        goto out;
    }
    uint64_t *rec = s->buf + len;
    size_t max = room - 1 < MAX_DEPTH ? room - 1 : MAX_DEPTH;
    size_t n = 0;
    int more = 0;
    unw_cursor_t cur;
    if (s->unw.init_local2(&cur, (unw_context_t *)ucv, UNW_INIT_SIGNAL_FRAME) == 0) {
        for (;;) {
            unw_word_t ip;
            if (s->unw.get_reg(&cur, UNW_REG_IP, &ip) < 0 || ip == 0)
                break;
            if (n == max) {
                more = 1;
                break;
            }
            rec[1 + n++] = ip;
            if (s->unw.step(&cur) <= 0)
                break;
        }
    }
    if (n == 0) { /* libunwind could not start: at least the interrupted pc */
        rec[1] = (uint64_t)((ucontext_t *)ucv)->uc_mcontext.gregs[REG_RIP];
        n = 1;
    }
    if (more && max < MAX_DEPTH) { /* cut short by the end of the buffer, not by MAX_DEPTH */
        s->dropped += weight;
        goto out;
    }
    rec[0] = (uint64_t)n | (more ? HDR_TRUNCATED : 0) | (weight << 32);
    /* the record is complete before the normal context can see it */
    atomic_store_explicit(&s->len, len + 1 + n, memory_order_release);
out:
    errno = saved_errno;
}

/* --- names ---------------------------------------------------------------- */

static uint64_t hash_bytes(const void *p, size_t n) {
    const unsigned char *b = p;
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return h;
}

static int grow_name_index(Sampler *s) {
    size_t cap = s->name_index_cap ? s->name_index_cap * 2 : 256;
    uint32_t *idx = calloc(cap, sizeof *idx);
    if (!idx)
        return -1;
    for (size_t id = 0; id < s->nnames; id++) {
        size_t j = hash_bytes(s->names[id], strlen(s->names[id])) & (cap - 1);
        while (idx[j])
            j = (j + 1) & (cap - 1);
        idx[j] = (uint32_t)id + 1;
    }
    free(s->name_index);
    s->name_index = idx;
    s->name_index_cap = cap;
    return 0;
}

/* The id of name, interned on first sight; NAME_UNKNOWN when out of memory
 * (the run still gets its file, with less precise names). */
static uint32_t intern(Sampler *s, const char *name) {
    if ((s->nnames + 1) * 2 > s->name_index_cap && grow_name_index(s) < 0)
        goto oom;
    size_t j = hash_bytes(name, strlen(name)) & (s->name_index_cap - 1);
    for (; s->name_index[j]; j = (j + 1) & (s->name_index_cap - 1))
        if (!strcmp(s->names[s->name_index[j] - 1], name))
            return s->name_index[j] - 1;
    if (s->nnames == s->names_cap) {
        size_t cap = s->names_cap ? s->names_cap * 2 : 64;
        char **n = realloc(s->names, cap * sizeof *n);
        if (!n)
            goto oom;
        s->names = n;
        s->names_cap = cap;
    }
    char *copy = strdup(name);
    if (!copy)
        goto oom;
    s->names[s->nnames] = copy;
    s->name_index[j] = (uint32_t)s->nnames + 1;
    return (uint32_t)s->nnames++;
oom:
    s->oom = 1;
    return NAME_UNKNOWN;
}

/* --- ELF symbol tables ---------------------------------------------------- */

/* Among names for one address, perf-like preferences: global over weak over
 * local, then fewer leading underscores (memcpy over __memcpy_avx_unaligned
 * aliases), then the shorter. */
static int sym_rank(const Elf64_Sym *e, const char *name) {
    int bind = ELF64_ST_BIND(e->st_info);
    int r = bind == STB_GLOBAL ? 0 : bind == STB_WEAK ? 1 : 2;
    int us = 0;
    while (name[us] == '_' && us < 3)
        us++;
    return r * 4 + us;
}

static int sym_cmp(const void *a, const void *b) {
    const Sym *x = a, *y = b;
    if (x->addr != y->addr)
        return x->addr < y->addr ? -1 : 1;
    if (x->rank != y->rank)
        return x->rank - y->rank;
    size_t lx = strlen(x->name), ly = strlen(y->name);
    if (lx != ly)
        return lx < ly ? -1 : 1;
    return strcmp(x->name, y->name);
}

/* The function symbols of the section of type `type` (SHT_SYMTAB or
 * SHT_DYNSYM) of the ELF image img[0, size), appended to o->syms.  Every
 * offset is checked: the image is a file on disk or the vdso.  Returns the
 * number added (0 when the image has no such table), -1 when out of memory. */
static long elf_syms(ElfObj *o, const uint8_t *img, size_t size, uint32_t type) {
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)img;
    if (size < sizeof *eh || memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
        eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shoff > size ||
        (size - eh->e_shoff) / sizeof(Elf64_Shdr) < eh->e_shnum)
        return 0;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(img + eh->e_shoff);
    for (unsigned i = 0; i < eh->e_shnum; i++) {
        if (sh[i].sh_type != type || sh[i].sh_link >= eh->e_shnum)
            continue;
        const Elf64_Shdr *st = &sh[i], *str = &sh[st->sh_link];
        if (str->sh_type != SHT_STRTAB || st->sh_offset > size || st->sh_size > size - st->sh_offset ||
            str->sh_offset > size || str->sh_size > size - str->sh_offset || !str->sh_size)
            return 0;
        const Elf64_Sym *e = (const Elf64_Sym *)(img + st->sh_offset);
        const char *strs = (const char *)(img + str->sh_offset);
        size_t n = st->sh_size / sizeof *e;
        Sym *syms = realloc(o->syms, (o->nsyms + n + 1) * sizeof *syms);
        if (!syms)
            return -1;
        o->syms = syms;
        long added = 0;
        for (size_t k = 0; k < n; k++) {
            int t = ELF64_ST_TYPE(e[k].st_info);
            if ((t != STT_FUNC && t != STT_GNU_IFUNC) || e[k].st_shndx == SHN_UNDEF || !e[k].st_value ||
                e[k].st_name >= str->sh_size || !memchr(strs + e[k].st_name, 0, str->sh_size - e[k].st_name) ||
                !strs[e[k].st_name])
                continue;
            const char *name = strs + e[k].st_name;
            syms[o->nsyms++] = (Sym){e[k].st_value, e[k].st_size, name, sym_rank(&e[k], name)};
            added++;
        }
        return added;
    }
    return 0;
}

static void *map_file(const char *path, size_t *size) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    void *p = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED)
            p = NULL;
        else
            *size = (size_t)st.st_size;
    }
    close(fd);
    return p;
}

/* The GNU build-id of a loaded object, from its PT_NOTE segments in memory,
 * as /usr/lib/debug/.build-id/XX/YYYY.debug (0 when it has none). */
static int debug_path(const struct dl_phdr_info *info, char *path, size_t cap) {
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE)
            continue;
        const uint8_t *p = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;
        while ((size_t)(end - p) >= sizeof(ElfW(Nhdr))) {
            const ElfW(Nhdr) *nh = (const ElfW(Nhdr) *)p;
            size_t namesz = (nh->n_namesz + 3) & ~(size_t)3, descsz = (nh->n_descsz + 3) & ~(size_t)3;
            if ((size_t)(end - p) - sizeof *nh < namesz + descsz)
                break;
            const uint8_t *desc = p + sizeof *nh + namesz;
            if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && !memcmp(p + sizeof *nh, "GNU", 4) &&
                nh->n_descsz >= 2 && nh->n_descsz <= 64) {
                size_t k = (size_t)snprintf(path, cap, "/usr/lib/debug/.build-id/%02x/", desc[0]);
                for (size_t j = 1; j < nh->n_descsz && k + 3 < cap; j++)
                    k += (size_t)snprintf(path + k, cap - k, "%02x", desc[j]);
                snprintf(path + k, cap - k, ".debug");
                return 1;
            }
            p += sizeof *nh + namesz + descsz;
        }
    }
    return 0;
}

/* Loads the symbols of a loaded object: .symtab of its file, else of its
 * build-id debug file, else .dynsym; the vdso from memory. */
static void load_syms(Sampler *s, ElfObj *o, const struct dl_phdr_info *info) {
    uintptr_t vdso = (uintptr_t)getauxval(AT_SYSINFO_EHDR);
    int is_vdso = 0;
    for (int i = 0; vdso && i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
        if (ph->p_type == PT_LOAD && vdso >= lo && vdso - lo < ph->p_memsz)
            is_vdso = 1;
    }
    long got = 0;
    if (is_vdso) {
        const Elf64_Ehdr *eh = (const Elf64_Ehdr *)vdso;
        got = elf_syms(o, (const uint8_t *)vdso, eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr),
                       SHT_DYNSYM);
    } else {
        const char *path = o->name[0] ? o->name : "/proc/self/exe";
        o->map[0] = map_file(path, &o->map_size[0]);
        if (o->map[0])
            got = elf_syms(o, o->map[0], o->map_size[0], SHT_SYMTAB);
        char dbg[160];
        if (got == 0 && debug_path(info, dbg, sizeof dbg) && (o->map[1] = map_file(dbg, &o->map_size[1])))
            got = elf_syms(o, o->map[1], o->map_size[1], SHT_SYMTAB);
        if (got == 0 && o->map[0])
            got = elf_syms(o, o->map[0], o->map_size[0], SHT_DYNSYM);
    }
    if (got < 0)
        s->oom = 1;
    if (o->nsyms) {
        qsort(o->syms, o->nsyms, sizeof *o->syms, sym_cmp);
        size_t w = 0; /* one name per address: the best ranked, first after sorting */
        for (size_t r = 0; r < o->nsyms; r++)
            if (!w || o->syms[w - 1].addr != o->syms[r].addr)
                o->syms[w++] = o->syms[r];
        o->nsyms = w;
    }
}

static const char *obj_lookup(const ElfObj *o, uint64_t ip) {
    uint64_t a = ip - o->bias;
    size_t lo = 0, hi = o->nsyms;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (o->syms[mid].addr <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* a few steps back: a sized symbol may enclose smaller ones after it */
    for (size_t k = lo, tries = 0; k > 0 && tries < 8; k--, tries++) {
        const Sym *y = &o->syms[k - 1];
        uint64_t end = y->size ? y->addr + y->size : k < o->nsyms ? o->syms[k].addr : y->addr + 1;
        if (a < end)
            return y->name;
    }
    return NULL;
}

typedef struct FindObj {
    uint64_t ip;
    Sampler *s;
    ElfObj *obj;
} FindObj;

static int find_obj_cb(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    FindObj *f = data;
    int inside = 0;
    for (int i = 0; i < info->dlpi_phnum && !inside; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
        inside = ph->p_type == PT_LOAD && f->ip >= lo && f->ip - lo < ph->p_memsz;
    }
    if (!inside)
        return 0;
    Sampler *s = f->s;
    const char *name = info->dlpi_name ? info->dlpi_name : "";
    for (size_t i = 0; i < s->nobjs; i++) {
        if (s->objs[i].bias == info->dlpi_addr && !strcmp(s->objs[i].name, name)) {
            f->obj = &s->objs[i];
            return 1;
        }
    }
    ElfObj *objs = realloc(s->objs, (s->nobjs + 1) * sizeof *objs);
    char *copy = strdup(name);
    if (!objs || !copy) {
        if (objs)
            s->objs = objs;
        free(copy);
        s->oom = 1;
        return 1;
    }
    s->objs = objs;
    ElfObj *o = &objs[s->nobjs++];
    *o = (ElfObj){.bias = info->dlpi_addr, .name = copy};
    load_syms(s, o, info);
    f->obj = o;
    return 1;
}

/* The name of a native address outside JIT code; *in_object tells whether
 * it lies in a loaded object at all. */
static const char *native_name(Sampler *s, uint64_t ip, int *in_object) {
    FindObj f = {ip, s, NULL};
    dl_iterate_phdr(find_obj_cb, &f);
    *in_object = f.obj != NULL;
    return f.obj ? obj_lookup(f.obj, ip) : NULL;
}

/* --- resolving samples ---------------------------------------------------- */

static int grow_ips(Sampler *s) {
    size_t cap = s->ips_cap ? s->ips_cap * 2 : 4096;
    IpEntry *t = calloc(cap, sizeof *t);
    if (!t)
        return -1;
    for (size_t i = 0; i < s->ips_cap; i++) {
        if (!s->ips[i].ip)
            continue;
        size_t j = (s->ips[i].ip * 0x9e3779b97f4a7c15ull) >> 20 & (cap - 1);
        while (t[j].ip)
            j = (j + 1) & (cap - 1);
        t[j] = s->ips[i];
    }
    free(s->ips);
    s->ips = t;
    s->ips_cap = cap;
    return 0;
}

static uint32_t name_of_ip(Sampler *s, uint64_t ip) {
    if (!ip)
        return NAME_UNKNOWN;
    if ((s->ips_n + 1) * 2 > s->ips_cap && grow_ips(s) < 0) {
        s->oom = 1;
        return NAME_UNKNOWN;
    }
    size_t j = (ip * 0x9e3779b97f4a7c15ull) >> 20 & (s->ips_cap - 1);
    for (; s->ips[j].ip; j = (j + 1) & (s->ips_cap - 1)) {
        IpEntry *e = &s->ips[j];
        if (e->ip == ip && (e->gen == 0 || e->gen == s->gen))
            return e->id;
        if (e->ip == ip) /* JIT code of an earlier generation: name it again */
            break;
    }
    uint32_t id, gen;
    const char *jit = jit_observe_lookup(s->vm->jit, (const void *)(uintptr_t)ip);
    if (jit) {
        id = intern(s, jit);
        gen = s->gen;
    } else {
        int in_object;
        const char *n = native_name(s, ip, &in_object);
        char plain[256];
        const char *at = n ? strchr(n, '@') : NULL;
        if (at && at > n && (size_t)(at - n) < sizeof plain) { /* memcpy@@GLIBC_2.14: perf says memcpy */
            memcpy(plain, n, (size_t)(at - n));
            plain[at - n] = '\0';
            n = plain;
        }
        id = n ? intern(s, n) : in_object ? NAME_UNKNOWN : NAME_JIT;
        gen = in_object ? 0 : s->gen; /* outside objects: JIT memory, reused later */
    }
    if (!s->ips[j].ip)
        s->ips_n++;
    s->ips[j] = (IpEntry){ip, id, gen};
    return id;
}

/* Names every sample published so far, in place (IPs -> name ids).  Called
 * before JIT code goes away and at the end; the handler may run meanwhile,
 * appending past the snapshot of len. */
static void resolve_pending(Sampler *s) {
    size_t end = atomic_load_explicit(&s->len, memory_order_acquire);
    size_t i = s->resolved;
    while (i < end) {
        uint64_t hdr = s->buf[i];
        size_t n = HDR_DEPTH(hdr);
        for (size_t k = 0; k < n; k++) {
            uint64_t ip = s->buf[i + 1 + k];
            /* frames above the first are return addresses */
            s->buf[i + 1 + k] = name_of_ip(s, k ? ip - 1 : ip);
        }
        i += 1 + n;
    }
    s->resolved = end;
}

static void on_jit_forget(void *ud) {
    Sampler *s = ud;
    resolve_pending(s);
    sigset_t prof, old;
    sigemptyset(&prof);
    sigaddset(&prof, SIGPROF);
    pthread_sigmask(SIG_BLOCK, &prof, &old);
    s->unw.flush_cache(*s->unw.local_as, 0, 0); /* unwind rules cached by IP */
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    s->forgets++;
    s->gen++; /* cached names of JIT addresses are stale from now on */
    if (!s->gen)
        s->gen = 1;
}

/* --- output --------------------------------------------------------------- */

typedef struct Stack {
    size_t rec;   /* word offset of a record with this stack */
    uint64_t hash, count;
    char *text;
} Stack;

static uint64_t stack_hash(const uint64_t *rec) {
    return hash_bytes(rec + 1, HDR_DEPTH(rec[0]) * sizeof *rec) ^ (rec[0] & HDR_TRUNCATED);
}

static int same_stack(const uint64_t *a, const uint64_t *b) {
    return (a[0] & 0xffffffffu) == (b[0] & 0xffffffffu) && !memcmp(a + 1, b + 1, HDR_DEPTH(a[0]) * sizeof *a);
}

static char *stack_text(Sampler *s, const uint64_t *rec) {
    size_t n = HDR_DEPTH(rec[0]), len = 0;
    int trunc = (rec[0] & HDR_TRUNCATED) != 0;
    if (trunc)
        len += strlen(s->names[NAME_TRUNCATED]) + 1;
    for (size_t k = 0; k < n; k++)
        len += strlen(s->names[rec[1 + k]]) + 1;
    char *t = malloc(len + 1), *p = t;
    if (!t)
        return NULL;
    if (trunc)
        p += sprintf(p, "%s;", s->names[NAME_TRUNCATED]);
    for (size_t k = n; k-- > 0;) /* root first */
        p += sprintf(p, "%s;", s->names[rec[1 + k]]);
    p[-1] = '\0';
    return t;
}

static int stack_cmp(const void *a, const void *b) {
    return strcmp(((const Stack *)a)->text, ((const Stack *)b)->text);
}

/* Aggregates the (resolved) samples and writes FILE; -1 on an error, said. */
static int write_folded(Sampler *s) {
    size_t end = s->resolved, cap = 1024, nstacks = 0;
    Stack *tab = calloc(cap, sizeof *tab);
    int rc = -1;
    if (!tab)
        goto out;
    for (size_t i = 0; i < end; i += 1 + HDR_DEPTH(s->buf[i])) {
        const uint64_t *rec = s->buf + i;
        if (!HDR_DEPTH(rec[0]))
            continue;
        if ((nstacks + 1) * 2 > cap) {
            Stack *t = calloc(cap * 2, sizeof *t);
            if (!t)
                goto out;
            for (size_t k = 0; k < cap; k++) {
                if (!tab[k].count)
                    continue;
                size_t j = tab[k].hash & (cap * 2 - 1);
                while (t[j].count)
                    j = (j + 1) & (cap * 2 - 1);
                t[j] = tab[k];
            }
            free(tab);
            tab = t;
            cap *= 2;
        }
        uint64_t h = stack_hash(rec);
        size_t j = h & (cap - 1);
        while (tab[j].count && !(tab[j].hash == h && same_stack(s->buf + tab[j].rec, rec)))
            j = (j + 1) & (cap - 1);
        if (!tab[j].count) {
            tab[j] = (Stack){.rec = i, .hash = h};
            nstacks++;
        }
        tab[j].count += HDR_WEIGHT(rec[0]);
    }
    size_t w = 0; /* compact, name, sort */
    for (size_t k = 0; k < cap; k++)
        if (tab[k].count)
            tab[w++] = tab[k];
    for (size_t k = 0; k < w; k++)
        if (!(tab[k].text = stack_text(s, s->buf + tab[k].rec)))
            goto out_free;
    qsort(tab, w, sizeof *tab, stack_cmp);
    for (size_t k = 0; k < w; k++)
        fprintf(s->out, "%s %llu\n", tab[k].text, (unsigned long long)tab[k].count);
    rc = 0;
out_free:
    for (size_t k = 0; k < w; k++)
        free(tab[k].text);
out:
    free(tab);
    if (rc < 0)
        fprintf(stderr, "glassjit: --sample: out of memory writing '%s'\n", s->out_path);
    return rc;
}

/* --- start and stop ------------------------------------------------------- */

static int load_unwind(Unw *u) {
    u->handle = dlopen("libunwind.so.8", RTLD_NOW | RTLD_LOCAL);
    if (!u->handle)
        return -1;
    *(void **)&u->init_local2 = dlsym(u->handle, "_ULx86_64_init_local2");
    *(void **)&u->init_local = dlsym(u->handle, "_ULx86_64_init_local");
    *(void **)&u->step = dlsym(u->handle, "_ULx86_64_step");
    *(void **)&u->get_reg = dlsym(u->handle, "_ULx86_64_get_reg");
    *(void **)&u->getcontext = dlsym(u->handle, "_Ux86_64_getcontext");
    *(void **)&u->set_caching_policy = dlsym(u->handle, "_ULx86_64_set_caching_policy");
    *(void **)&u->flush_cache = dlsym(u->handle, "_Ux86_64_flush_cache");
    u->local_as = dlsym(u->handle, "_ULx86_64_local_addr_space");
    if (u->init_local2 && u->init_local && u->step && u->get_reg && u->getcontext && u->set_caching_policy &&
        u->flush_cache && u->local_as)
        return 0;
    dlclose(u->handle);
    u->handle = NULL;
    return -1;
}

/* One unwind of this very stack, so libunwind's one-time initialization
 * (locks, pipes, its first dl_iterate_phdr) does not happen in the handler. */
static void warm_up(Unw *u) {
    unw_context_t uc;
    unw_cursor_t cur;
    if (u->getcontext(&uc) != 0 || u->init_local(&cur, &uc) != 0)
        return;
    for (int i = 0; i < MAX_DEPTH && u->step(&cur) > 0; i++) {
    }
}

static void free_tables(Sampler *s) {
    for (size_t i = 0; i < s->nnames; i++)
        free(s->names[i]);
    free(s->names);
    free(s->name_index);
    free(s->ips);
    for (size_t i = 0; i < s->nobjs; i++) {
        free(s->objs[i].name);
        free(s->objs[i].syms);
        for (int k = 0; k < 2; k++)
            if (s->objs[i].map[k])
                munmap(s->objs[i].map[k], s->objs[i].map_size[k]);
    }
    free(s->objs);
    if (s->buf)
        munmap(s->buf, s->cap * sizeof *s->buf);
    if (s->unw.handle)
        dlclose(s->unw.handle);
    free(s->out_path);
}

int sampler_start(VM *vm, const char *out_path, int hz) {
    Sampler *s = &g_sampler;
    if (s->vm) {
        fprintf(stderr, "glassjit: --sample: the sampler is already running\n");
        return -1;
    }
    if (hz < 1 || hz > 1000000) {
        fprintf(stderr, "glassjit: --sample: bad frequency %d\n", hz);
        return -1;
    }
    *s = (Sampler){.vm = vm, .gen = 1};
    /* created now, so a bad path fails before the program runs, not after */
    s->out = fopen(out_path, "w");
    if (!s->out) {
        fprintf(stderr, "glassjit: --sample: cannot open '%s': %s\n", out_path, strerror(errno));
        goto fail;
    }
    s->out_path = strdup(out_path);
    if (!s->out_path || intern(s, "[unknown]") != NAME_UNKNOWN || intern(s, "[jit]") != NAME_JIT ||
        intern(s, "[truncated]") != NAME_TRUNCATED) {
        fprintf(stderr, "glassjit: --sample: out of memory\n");
        goto fail;
    }
    if (load_unwind(&s->unw) < 0) {
        const char *why = dlerror();
        fprintf(stderr, "glassjit: --sample: cannot load libunwind.so.8 (install libunwind8): %s\n",
                why ? why : "symbols missing");
        goto fail;
    }
    s->unw.set_caching_policy(*s->unw.local_as, UNW_CACHE_PER_THREAD);
    warm_up(&s->unw);
    for (s->cap = BUF_WORDS_MAX; s->cap >= BUF_WORDS_MIN; s->cap /= 2) {
        void *p = mmap(NULL, s->cap * sizeof *s->buf, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p != MAP_FAILED) {
            s->buf = p;
            break;
        }
    }
    if (!s->buf) {
        s->cap = 0;
        fprintf(stderr, "glassjit: --sample: cannot map a sample buffer: %s\n", strerror(errno));
        goto fail;
    }
    struct sigaction sa = {0};
    sa.sa_sigaction = on_sigprof;
    sa.sa_flags = SA_SIGINFO | SA_RESTART; /* the program's system calls go on as if unsampled */
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGPROF, &sa, &s->old_action) != 0) {
        fprintf(stderr, "glassjit: --sample: cannot handle SIGPROF: %s\n", strerror(errno));
        goto fail;
    }
    struct sigevent sev = {0};
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGPROF;
    if (timer_create(CLOCK_PROCESS_CPUTIME_ID, &sev, &s->timer) != 0) {
        fprintf(stderr, "glassjit: --sample: cannot create a CPU-time timer: %s\n", strerror(errno));
        sigaction(SIGPROF, &s->old_action, NULL);
        goto fail;
    }
    jit_observe_set_forget_hook(vm->jit, on_jit_forget, s);
    atomic_store(&s->running, 1);
    long ns = 1000000000L / hz;
    struct itimerspec its = {{ns / 1000000000L, ns % 1000000000L}, {ns / 1000000000L, ns % 1000000000L}};
    if (timer_settime(s->timer, 0, &its, NULL) != 0) {
        fprintf(stderr, "glassjit: --sample: cannot start the timer: %s\n", strerror(errno));
        sampler_stop(vm); /* also closes and frees; the empty file stays */
        return -1;
    }
    return 0;
fail:
    if (s->out)
        fclose(s->out);
    free_tables(s);
    *s = (Sampler){0};
    return -1;
}

void sampler_stop(VM *vm) {
    Sampler *s = &g_sampler;
    if (!s->vm || s->vm != vm)
        return;
    atomic_store(&s->running, 0);
    timer_delete(s->timer);
    /* A signal of the deleted timer may still be pending: ignoring SIGPROF
     * discards it, so restoring the old action (normally SIG_DFL, which
     * terminates) cannot be hit by it. */
    struct sigaction ign = {0};
    ign.sa_handler = SIG_IGN;
    sigemptyset(&ign.sa_mask);
    sigaction(SIGPROF, &ign, NULL);
    sigaction(SIGPROF, &s->old_action, NULL);
    jit_observe_set_forget_hook(vm->jit, NULL, NULL);
    /* back to libunwind's default (which flushes the cache): nothing flushes
     * it when the VM frees its code from now on */
    s->unw.set_caching_policy(*s->unw.local_as, UNW_CACHE_GLOBAL);
    resolve_pending(s);
    int rc = write_folded(s);
    int bad = ferror(s->out);
    if ((fclose(s->out) != 0 || bad) && rc == 0)
        fprintf(stderr, "glassjit: --sample: error writing '%s': %s\n", s->out_path, strerror(errno));
    if (s->dropped)
        fprintf(stderr, "glassjit: --sample: sample buffer full: %llu of %llu samples dropped\n",
                (unsigned long long)s->dropped, (unsigned long long)s->periods);
    if (s->oom)
        fprintf(stderr, "glassjit: --sample: out of memory while naming frames; some are [unknown]\n");
    if (getenv("GLASSJIT_SAMPLE_STATS"))
        fprintf(stderr,
                "glassjit: --sample: %llu signals, %llu samples (periods), %llu dropped, %zu words, "
                "%llu JIT code frees\n",
                (unsigned long long)s->signals, (unsigned long long)s->periods,
                (unsigned long long)s->dropped, s->resolved, (unsigned long long)s->forgets);
    free_tables(s);
    *s = (Sampler){0};
}
