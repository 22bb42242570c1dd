/* handjit.c - a tiny hand-written x86-64 JIT, the second user of glassview.
 *
 * It writes a few functions into an mmap'd region (read-write while
 * writing, then read-execute), describes them to glassview and calls them:
 *
 *   piece "hj_piece"  (source demo.hj)
 *     hj_entry       framed (push rbp; mov rbp,rsp; push rbx; sub rsp,8),
 *                    calls hj_loop(n) once
 *     hj_loop        frameless (push rbx only, no frame pointer): n times
 *                    calls hj_call_probe, then hj_leaf
 *     hj_call_probe  framed: calls the C function handjit_probe
 *   piece "hj_piece2"
 *     hj_leaf        leaf without CFI of its own (cfi NULL): a busy loop
 *   piece "hj_dead"  added and removed again before anything runs
 *
 * Every range with a frame has CFI for every instruction, so unwinders that
 * follow the CFI walk hj_call_probe -> hj_loop -> hj_entry -> main, while a
 * frame-pointer walk skips hj_loop's caller (hj_loop does not set up rbp).
 *
 * Usage: handjit [--sinks LIST] [--check-unwind] [--spin SECONDS]
 *                [--jitdump-per-piece]
 * See README.md. */
#define _GNU_SOURCE
#include <dlfcn.h>
#define UNW_LOCAL_ONLY /* libunwind.so: this process only (_UL* symbols) */
#include <libunwind.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "glassview.h"

/* DWARF CFA opcodes and x86-64 register numbers used below. */
enum {
    CFA_advance_loc = 0x40,
    CFA_offset = 0x80,
    CFA_def_cfa = 0x0c,
    CFA_def_cfa_register = 0x0d,
    CFA_def_cfa_offset = 0x0e,
    DW_RBX = 3,
    DW_RBP = 6,
    DW_RSP = 7,
    DW_RIP = 16,
};

#define REGION_SIZE 4096
#define LEAF_SPINS 100000

/* --- a minimal assembler ------------------------------------------------- */

typedef struct asm_buf {
    uint8_t *base; /* the region */
    size_t pos;
} asm_buf;

static void emit(asm_buf *a, const void *bytes, size_t n) {
    memcpy(a->base + a->pos, bytes, n);
    a->pos += n;
}

#define EMIT(a, ...)                                                                               \
    do {                                                                                           \
        const uint8_t b_[] = {__VA_ARGS__};                                                        \
        emit(a, b_, sizeof b_);                                                                    \
    } while (0)

static void emit_u32(asm_buf *a, uint32_t v) { emit(a, &v, 4); }
static void emit_u64(asm_buf *a, uint64_t v) { emit(a, &v, 8); }

/* call rel32 to an offset in the region (known or patched later). */
static size_t emit_call(asm_buf *a, size_t target) {
    EMIT(a, 0xe8);
    size_t at = a->pos;
    emit_u32(a, (uint32_t)(int32_t)((int64_t)target - (int64_t)(at + 4)));
    return at;
}

static void patch_call(asm_buf *a, size_t at, size_t target) {
    int32_t rel = (int32_t)((int64_t)target - (int64_t)(at + 4));
    memcpy(a->base + at, &rel, 4);
}

static void align16(asm_buf *a) {
    while (a->pos % 16)
        EMIT(a, 0xcc); /* int3: padding belongs to no range */
}

/* --- CFI and line tables, built while emitting --------------------------- */

typedef struct cfi_buf {
    uint8_t bytes[64];
    uint32_t len;
    size_t start, last; /* range start and the last advanced-to offset */
} cfi_buf;

static void cfi_put(cfi_buf *c, const uint8_t *b, size_t n) {
    memcpy(c->bytes + c->len, b, n);
    c->len += (uint32_t)n;
}

#define CFI(c, ...)                                                                                \
    do {                                                                                           \
        const uint8_t b_[] = {__VA_ARGS__};                                                        \
        cfi_put(c, b_, sizeof b_);                                                                 \
    } while (0)

/* The rules that follow hold from region offset `at` on. */
static void cfi_at(cfi_buf *c, size_t at) {
    size_t delta = at - c->last;
    if (delta) /* every delta here is < 64: the one-byte form */
        CFI(c, (uint8_t)(CFA_advance_loc | delta));
    c->last = at;
}

static const uint8_t cie_initial[] = {CFA_def_cfa, DW_RSP, 8, CFA_offset | DW_RIP, 1};

#define MAX_LINES 16
typedef struct piece_desc {
    gv_range ranges[4];
    size_t nranges;
    gv_line lines[MAX_LINES];
    size_t nlines;
    size_t start; /* region offset */
} piece_desc;

static void line_at(piece_desc *p, size_t at, uint32_t line) {
    p->lines[p->nlines++] = (gv_line){(uint32_t)(at - p->start), line};
}

static void range_begin(piece_desc *p, const char *name, size_t at, const gv_cfi *cfi) {
    p->ranges[p->nranges++] = (gv_range){(uint32_t)(at - p->start), 0, name, cfi};
}

static void range_end(piece_desc *p, size_t at) {
    gv_range *r = &p->ranges[p->nranges - 1];
    r->size = (uint32_t)(at - p->start - r->offset);
}

/* --- the JIT ------------------------------------------------------------- */

void handjit_probe(void) __attribute__((noinline));

typedef struct jit {
    uint8_t *region;
    piece_desc piece, piece2;
    cfi_buf cfi_entry, cfi_loop, cfi_probe;
    gv_cfi gcfi_entry, gcfi_loop, gcfi_probe;
    size_t entry, loop, call_probe, leaf, dead; /* region offsets */
} jit;

static gv_cfi as_cfi(const cfi_buf *c) {
    return (gv_cfi){cie_initial, sizeof cie_initial, c->bytes, c->len, 1, -8, DW_RIP};
}

static void emit_code(jit *j) {
    asm_buf a = {j->region, 0};
    piece_desc *p = &j->piece;
    p->start = 0;

    /* hj_entry(n): framed; demo.hj lines 10-12 */
    cfi_buf *c = &j->cfi_entry;
    j->entry = c->start = c->last = a.pos;
    range_begin(p, "hj_entry", a.pos, &j->gcfi_entry);
    line_at(p, a.pos, 10);
    EMIT(&a, 0x55); /* push rbp */
    cfi_at(c, a.pos);
    CFI(c, CFA_def_cfa_offset, 16, CFA_offset | DW_RBP, 2);
    EMIT(&a, 0x48, 0x89, 0xe5); /* mov rbp, rsp */
    cfi_at(c, a.pos);
    CFI(c, CFA_def_cfa_register, DW_RBP);
    EMIT(&a, 0x53); /* push rbx */
    cfi_at(c, a.pos);
    CFI(c, CFA_offset | DW_RBX, 3);
    EMIT(&a, 0x48, 0x83, 0xec, 0x08); /* sub rsp, 8: align the call */
    line_at(p, a.pos, 11);
    EMIT(&a, 0x48, 0x89, 0xfb); /* mov rbx, rdi */
    size_t call_loop = emit_call(&a, 0);
    line_at(p, a.pos, 12);
    EMIT(&a, 0x48, 0x83, 0xc4, 0x08); /* add rsp, 8 */
    EMIT(&a, 0x5b);                   /* pop rbx */
    EMIT(&a, 0x5d);                   /* pop rbp */
    cfi_at(c, a.pos);
    CFI(c, CFA_def_cfa, DW_RSP, 8);
    EMIT(&a, 0xc3); /* ret */
    range_end(p, a.pos);
    align16(&a);

    /* hj_loop(n): frameless, rbx = counter; lines 20-24 */
    c = &j->cfi_loop;
    j->loop = c->start = c->last = a.pos;
    patch_call(&a, call_loop, j->loop);
    range_begin(p, "hj_loop", a.pos, &j->gcfi_loop);
    line_at(p, a.pos, 20);
    EMIT(&a, 0x53); /* push rbx */
    cfi_at(c, a.pos);
    CFI(c, CFA_def_cfa_offset, 16, CFA_offset | DW_RBX, 2);
    EMIT(&a, 0x48, 0x89, 0xfb); /* mov rbx, rdi */
    size_t top = a.pos;
    line_at(p, a.pos, 21);
    size_t call_probe = emit_call(&a, 0);
    line_at(p, a.pos, 22);
    size_t call_leaf = emit_call(&a, 0);
    line_at(p, a.pos, 23);
    EMIT(&a, 0x48, 0xff, 0xcb); /* dec rbx */
    EMIT(&a, 0x75, (uint8_t)(int8_t)((int64_t)top - (int64_t)(a.pos + 2))); /* jnz top */
    line_at(p, a.pos, 24);
    EMIT(&a, 0x5b); /* pop rbx */
    cfi_at(c, a.pos);
    CFI(c, CFA_def_cfa_offset, 8);
    EMIT(&a, 0xc3); /* ret */
    range_end(p, a.pos);
    align16(&a);

    /* hj_call_probe(): framed, calls handjit_probe; lines 30-32 */
    c = &j->cfi_probe;
    j->call_probe = c->start = c->last = a.pos;
    patch_call(&a, call_probe, j->call_probe);
    range_begin(p, "hj_call_probe", a.pos, &j->gcfi_probe);
    line_at(p, a.pos, 30);
    EMIT(&a, 0x55); /* push rbp */
    cfi_at(c, a.pos);
    CFI(c, CFA_def_cfa_offset, 16, CFA_offset | DW_RBP, 2);
    EMIT(&a, 0x48, 0x89, 0xe5); /* mov rbp, rsp */
    cfi_at(c, a.pos);
    CFI(c, CFA_def_cfa_register, DW_RBP);
    line_at(p, a.pos, 31);
    EMIT(&a, 0x48, 0xb8); /* movabs rax, handjit_probe */
    emit_u64(&a, (uint64_t)(uintptr_t)&handjit_probe);
    EMIT(&a, 0xff, 0xd0); /* call rax */
    line_at(p, a.pos, 32);
    EMIT(&a, 0x5d); /* pop rbp */
    cfi_at(c, a.pos);
    CFI(c, CFA_def_cfa, DW_RSP, 8);
    EMIT(&a, 0xc3); /* ret */
    range_end(p, a.pos);
    align16(&a);

    /* piece 2: hj_leaf(), a busy leaf with the default rules; lines 40-42 */
    a.pos = 256;
    piece_desc *q = &j->piece2;
    q->start = j->leaf = a.pos;
    patch_call(&a, call_leaf, j->leaf);
    range_begin(q, "hj_leaf", a.pos, NULL);
    line_at(q, a.pos, 40);
    EMIT(&a, 0xb9); /* mov ecx, LEAF_SPINS */
    emit_u32(&a, LEAF_SPINS);
    line_at(q, a.pos, 41);
    EMIT(&a, 0xff, 0xc9); /* dec ecx */
    EMIT(&a, 0x75, 0xfc); /* jnz back to dec */
    line_at(q, a.pos, 42);
    EMIT(&a, 0xc3); /* ret */
    range_end(q, a.pos);

    /* piece 3: a lone ret, described and then removed */
    a.pos = 512;
    j->dead = a.pos;
    EMIT(&a, 0xc3);

    j->gcfi_entry = as_cfi(&j->cfi_entry);
    j->gcfi_loop = as_cfi(&j->cfi_loop);
    j->gcfi_probe = as_cfi(&j->cfi_probe);
}

/* --- unwind checks (--check-unwind) -------------------------------------- */

/* handjit_probe is called from JIT code without arguments, so what it needs
 * (where the JIT code is, what to check, what it found) is file state. */
static struct {
    jit *j;
    int check;            /* --check-unwind */
    int probes;           /* calls so far */
    int failures;         /* failed checks */
    uintptr_t main_ret;   /* return address into main of the run_jit call */
} probe_state;

/* Which JIT range holds a return address (NULL: none).  Return addresses
 * point after the call, so look up address - 1. */
static const char *jit_name(uintptr_t ra) {
    jit *j = probe_state.j;
    uintptr_t at = ra - 1;
    const piece_desc *ps[] = {&j->piece, &j->piece2};
    for (size_t k = 0; k < 2; k++) {
        for (size_t i = 0; i < ps[k]->nranges; i++) {
            uintptr_t s = (uintptr_t)j->region + ps[k]->start + ps[k]->ranges[i].offset;
            if (at >= s && at < s + ps[k]->ranges[i].size)
                return ps[k]->ranges[i].name;
        }
    }
    return NULL;
}

/* The walk must pass hj_call_probe, hj_loop, hj_entry in that order and
 * then reach main (at the very return address of its run_jit call). */
typedef struct walk {
    int stage; /* 0..3: JIT frames seen in order, 4: main reached */
} walk;

static void walk_frame(walk *w, uintptr_t ip) {
    static const char *const want[] = {"hj_call_probe", "hj_loop", "hj_entry"};
    const char *name = jit_name(ip);
    if (w->stage < 3 && name && strcmp(name, want[w->stage]) == 0)
        w->stage++;
    else if (w->stage == 3 && ip == probe_state.main_ret)
        w->stage = 4;
}

/* glibc's own backtrace(), which unwinds with libgcc_s.  A plain call to
 * backtrace() is not necessarily it: libunwind.so.8 exports a `backtrace`
 * too, and wins when it is loaded before libc (as when this program links
 * it), which would make this check test libunwind twice. */
typedef int (*backtrace_fn)(void **, int);
static backtrace_fn glibc_backtrace(void) {
    void *libc = dlopen("libc.so.6", RTLD_NOW); /* already loaded: only a handle */
    if (!libc)
        return NULL;
    backtrace_fn f;
    *(void **)&f = dlvsym(libc, "backtrace", "GLIBC_2.2.5");
    dlclose(libc);
    return f;
}

static int check_glibc(void) {
    void *frames[64];
    backtrace_fn bt = glibc_backtrace();
    if (!bt) {
        printf("glibc backtrace(): cannot find libc.so.6's backtrace\n  -> FAILED\n");
        return 0;
    }
    int n = bt(frames, 64);
    walk w = {0};
    printf("glibc backtrace() (libc.so.6's, unwinding with libgcc_s):\n");
    for (int i = 0; i < n; i++) {
        uintptr_t ip = (uintptr_t)frames[i];
        const char *name = jit_name(ip);
        printf("  #%d %#lx %s\n", i, (unsigned long)ip,
               name ? name : ip == probe_state.main_ret ? "main" : "");
        walk_frame(&w, ip);
    }
    printf("  -> %s\n", w.stage == 4 ? "ok: reached main through the JIT frames" : "FAILED");
    return w.stage == 4;
}

static int check_libunwind(void) {
    unw_context_t uc;
    unw_cursor_t cur;
    walk w = {0};
    printf("libunwind unw_step:\n");
    if (unw_getcontext(&uc) != 0 || unw_init_local(&cur, &uc) != 0) {
        printf("  cannot start a libunwind walk\n  -> FAILED\n");
        return 0;
    }
    for (int i = 0; i < 64; i++) {
        unw_word_t ip = 0, off = 0;
        char name[128];
        unw_get_reg(&cur, UNW_REG_IP, &ip);
        const char *jname = jit_name((uintptr_t)ip);
        if (unw_get_proc_name(&cur, name, sizeof name, &off) != 0)
            snprintf(name, sizeof name, "?");
        printf("  #%d %#lx %s+%#lx%s%s\n", i, (unsigned long)ip, name, (unsigned long)off,
               jname ? "  jit: " : "", jname ? jname : "");
        walk_frame(&w, (uintptr_t)ip);
        if (unw_step(&cur) <= 0)
            break;
    }
    int ok = w.stage == 4;
    /* unw_backtrace takes libunwind's fast path (a cache of frame shapes). */
    void *frames[64];
    int n = unw_backtrace(frames, 64);
    walk w2 = {0};
    for (int i = 0; i < n; i++)
        walk_frame(&w2, (uintptr_t)frames[i]);
    printf("  -> unw_step: %s, unw_backtrace (%d frames): %s\n", ok ? "ok" : "FAILED", n,
           w2.stage == 4 ? "ok" : "FAILED");
    return ok && w2.stage == 4;
}

void handjit_probe(void) {
    probe_state.probes++;
    if (!probe_state.check || probe_state.probes > 1)
        return;
    int g = check_glibc();
    int u = check_libunwind();
    if (!g || !u)
        probe_state.failures++;
    fflush(stdout);
}

/* --- main ---------------------------------------------------------------- */

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef void (*entry_fn)(long n);

/* Calls the JIT code: once, or for `spin` seconds.  Not inlined, so the
 * return address into main is known. */
__attribute__((noinline)) static void run_jit(jit *j, double spin) {
    probe_state.main_ret = (uintptr_t)__builtin_return_address(0);
    entry_fn entry = (entry_fn)(void *)(j->region + j->entry);
    if (spin <= 0) {
        entry(1);
        return;
    }
    double end = now_s() + spin;
    while (now_s() < end)
        entry(100);
}

static void usage(FILE *f) {
    fprintf(f, "usage: handjit [--sinks LIST] [--check-unwind] [--spin SECONDS] "
               "[--jitdump-per-piece]\n"
               "  LIST: comma-separated perf-map,jitdump,gdb,libgcc,libunwind, or all, none "
               "(default none)\n");
}

int main(int argc, char **argv) {
    gv_options opts = {0};
    double spin = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--sinks") == 0 && i + 1 < argc) {
            int s = gv_parse_sinks(argv[++i]);
            if (s < 0) {
                fprintf(stderr, "handjit: unknown sink in '%s'\n", argv[i]);
                usage(stderr);
                return 2;
            }
            opts.sinks = (unsigned)s;
        } else if (strcmp(argv[i], "--check-unwind") == 0) {
            probe_state.check = 1;
        } else if (strcmp(argv[i], "--spin") == 0 && i + 1 < argc) {
            spin = atof(argv[++i]);
        } else if (strcmp(argv[i], "--jitdump-per-piece") == 0) {
            opts.jitdump_per_piece = 1;
        } else {
            usage(strcmp(argv[i], "--help") == 0 ? stdout : stderr);
            return strcmp(argv[i], "--help") == 0 ? 0 : 2;
        }
    }

    jit *j = calloc(1, sizeof *j);
    if (!j)
        return 1;
    /* W^X: writable while emitting, executable (and no longer writable) after. */
    j->region = mmap(NULL, REGION_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (j->region == MAP_FAILED) {
        perror("handjit: mmap");
        return 1;
    }
    memset(j->region, 0xcc, REGION_SIZE);
    emit_code(j);
    if (mprotect(j->region, REGION_SIZE, PROT_READ | PROT_EXEC) != 0) {
        perror("handjit: mprotect");
        return 1;
    }
    probe_state.j = j;

    gv_ctx *gv = gv_open(&opts);
    if (!gv) {
        fprintf(stderr, "handjit: out of memory\n");
        return 1;
    }
    const piece_desc *ps[] = {&j->piece, &j->piece2};
    const char *names[] = {"hj_piece", "hj_piece2"};
    for (size_t k = 0; k < 2; k++) {
        const piece_desc *p = ps[k];
        const gv_range *last = &p->ranges[p->nranges - 1];
        gv_code_info info = {
            .name = names[k],
            .start = j->region + p->start,
            .size = last->offset + last->size,
            .source_file = "demo.hj",
            .function = "demo",
            .ranges = p->ranges,
            .nranges = p->nranges,
            .lines = p->lines,
            .nlines = p->nlines,
        };
        gv_code_add(gv, &info);
    }
    gv_code_info dead = {.name = "hj_dead", .start = j->region + j->dead, .size = 1};
    gv_code_remove(gv, gv_code_add(gv, &dead));
    gv_flush(gv);

    run_jit(j, spin);

    gv_close(gv);
    munmap(j->region, REGION_SIZE);
    free(j);
    if (probe_state.check) {
        if (probe_state.probes == 0) {
            fprintf(stderr, "handjit: the JIT code never called handjit_probe\n");
            return 1;
        }
        if (probe_state.failures) {
            fprintf(stderr, "handjit: unwinding through the JIT frames FAILED\n");
            return 1;
        }
        printf("handjit: unwinding through the JIT frames ok\n");
    }
    return 0;
}
