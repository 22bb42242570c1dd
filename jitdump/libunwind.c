/* libunwind.c - the GV_SINK_LIBUNWIND sink: registers each piece with
 * libunwind (nongnu, libunwind-dev) through _U_dyn_register, so unw_step and
 * unw_backtrace walk through JIT frames.
 *
 * Format: UNW_INFO_FORMAT_IP_OFFSET, a binary-search table over the piece's
 * real DWARF CFI (.eh_frame in a heap buffer): unw_step is then right at
 * every instruction, not only where a frame pointer happens to be set up.
 * IP_OFFSET (table starts relative to the piece, FDE offsets relative to the
 * buffer) rather than REMOTE_TABLE because the heap may be more than 2 GiB
 * from the code, out of reach of REMOTE_TABLE's int32 offsets from a single
 * base.
 *
 * Known limit (libunwind 1.6-1.8): unw_get_proc_name has no name for
 * table-format entries (src/mi/Gget_proc_name.c: "XXX should we create a fake
 * name"), and UNW_INFO_FORMAT_DYNAMIC, which carries a name, cannot be
 * unwound on x86-64 (src/dwarf/Gparser.c parse_dynamic: "Not yet
 * implemented").  Correct unwinding wins: names come from perf, gdb and
 * glibc's backtrace instead.  di.u.rti.name_ptr still points at the
 * piece's name for debuggers of libunwind itself.
 *
 * libunwind is dlopen'ed RTLD_LOCAL, not linked: libunwind.so.8 exports a
 * weak `backtrace` and the _Unwind_* functions, and when it is a NEEDED
 * library ahead of libc and libgcc_s it silently replaces glibc's
 * backtrace() and libgcc's unwinder for the whole process (measured:
 * backtrace() then ignores __register_frame data).  A program that links
 * libunwind itself gets the same instance (same soname), so its unw_step
 * sees these registrations. */
#define _GNU_SOURCE
#define UNW_LOCAL_ONLY /* types only; the functions come from dlsym */
#include <dlfcn.h>
#include <libunwind.h>
#include <stdint.h>
#include <stdlib.h>

#include "gv_internal.h"

_Static_assert(sizeof(gv_eh_table_entry) == 8, "libunwind's struct table_entry is two int32");

typedef struct lu_lib {
    void *handle;
    void (*reg)(unw_dyn_info_t *);
    void (*cancel)(unw_dyn_info_t *);
} lu_lib;

static int lu_open(gv_sink *s, const gv_options *opts) {
    (void)opts;
    lu_lib *l = calloc(1, sizeof *l);
    if (!l) {
        gv_sink_fail(s, "out of memory");
        return -1;
    }
    l->handle = dlopen("libunwind.so.8", RTLD_NOW | RTLD_LOCAL);
    if (l->handle) {
        *(void **)&l->reg = dlsym(l->handle, "_U_dyn_register");
        *(void **)&l->cancel = dlsym(l->handle, "_U_dyn_cancel");
    }
    if (!l->reg || !l->cancel) {
        gv_sink_fail(s, "cannot load libunwind.so.8 (_U_dyn_register): %s (sink disabled; "
                        "install libunwind8)", l->handle ? "symbols missing" : dlerror());
        if (l->handle)
            dlclose(l->handle);
        free(l);
        return -1;
    }
    s->state = l;
    return 0;
}

static void lu_close(gv_sink *s) {
    lu_lib *l = s->state;
    if (!l)
        return;
    dlclose(l->handle);
    free(l);
    s->state = NULL;
}

typedef struct lu_piece {
    unw_dyn_info_t di; /* first: libunwind links it into its list */
    uint8_t *eh;
    gv_eh_table_entry *table;
} lu_piece;

static void free_piece(lu_piece *p) {
    free(p->eh);
    free(p->table);
    free(p);
}

static int lu_add(gv_sink *s, gv_code *code) {
    size_t n = code->info.nranges;
    uint64_t start = (uint64_t)(uintptr_t)code->info.start;
    gv_eh_fde *fdes = gv_code_fdes(code);
    lu_piece *p = calloc(1, sizeof *p);
    uint32_t *fde_off = malloc(n * sizeof *fde_off);
    size_t size = fdes ? gv_eh_frame_size(fdes, n, 8) : 0;
    if (p) {
        p->eh = malloc(size ? size : 1);
        /* One spare row: libunwind 1.6's local lookup peeks at the row after
         * the match (its bound is in bytes, not rows). */
        p->table = calloc(n + 1, sizeof *p->table);
    }
    int ok = fdes && p && fde_off && p->eh && p->table &&
             gv_eh_frame_write(p->eh, fdes, n, 8, (uint64_t)(uintptr_t)p->eh, fde_off) == 0 &&
             gv_eh_table_write(p->table, fdes, fde_off, n, start, (uint64_t)(uintptr_t)p->eh,
                               (uint64_t)(uintptr_t)p->eh) == 0;
    free(fdes);
    free(fde_off);
    if (!ok) {
        if (p)
            free_piece(p);
        gv_sink_fail(s, "cannot build unwind tables for '%s' (sink disabled)",
                     code->info.name ? code->info.name : "?");
        return -1;
    }
    p->table[n].start = (int32_t)code->info.size;
    p->di.start_ip = (unw_word_t)start;
    p->di.end_ip = (unw_word_t)(start + code->info.size);
    p->di.format = UNW_INFO_FORMAT_IP_OFFSET;
    p->di.u.rti.name_ptr = (unw_word_t)(uintptr_t)code->info.name;
    p->di.u.rti.segbase = (unw_word_t)(uintptr_t)p->eh;
    p->di.u.rti.table_len = n * sizeof(gv_eh_table_entry) / sizeof(unw_word_t);
    p->di.u.rti.table_data = (unw_word_t)(uintptr_t)p->table;
    ((lu_lib *)s->state)->reg(&p->di);
    code->sink_data[s->index] = p;
    return 0;
}

static void lu_remove(gv_sink *s, gv_code *code) {
    lu_piece *p = code->sink_data[s->index];
    if (!p)
        return;
    ((lu_lib *)s->state)->cancel(&p->di);
    free_piece(p);
    code->sink_data[s->index] = NULL;
}

const gv_sink_ops gv_libunwind_sink_ops = {
    .name = "libunwind",
    .open = lu_open,
    .add = lu_add,
    .remove = lu_remove,
    .close = lu_close,
};
