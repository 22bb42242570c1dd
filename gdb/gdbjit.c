/* gdbjit.c - the GDB sink: JIT code as in-memory ELF objects registered
 * through gdb's JIT interface (gdbjit.h).
 *
 * Batching and removal (one object per flush, rebuilt without a piece when
 * it goes away) are shared with the jit-reader sink: jitbatch.h.  With gdb
 * attached, every registration is a stop in gdb that loads an objfile and
 * re-sets breakpoints, so the number of calls, not the bytes, is what costs.
 *
 * GLASSJIT-style dumps: with gv_options.elf_dump_dir set, every object built
 * is also written to DIR/gv-PID-N.o for readelf, llvm-dwarfdump or
 * `gdb DIR/gv-PID-N.o`.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "elfobj.h"
#include "gdbjit.h"
#include "jitbatch.h"
#include "gv_internal.h"

/* Above this many pieces a batch is split: removing one piece rebuilds its
 * whole object, so a bound here bounds the cost of a removal. */
#define OBJ_MAX_PIECES 256u

/* The descriptor and the hook gdb breaks in are shared with the jit-reader
 * sink (jitiface.c: one of each per process).  This mutex only guards the
 * dump file counter (one numbering per process, as the file names say). */
static pthread_mutex_t dump_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long dump_counter;

/* --- the sink ----------------------------------------------------------- */

typedef struct gdb_sink {
    char *comp_dir;       /* cwd at open: DW_AT_comp_dir, so `list` finds relative sources */
    const char *dump_dir; /* the context's copy; NULL: no dumps (or they failed) */
    gv_jit_batcher objs;
} gdb_sink;

static void dump_object(gv_sink *s, const gv_elfobj *elf) {
    gdb_sink *g = s->state;
    pthread_mutex_lock(&dump_lock);
    unsigned long n = dump_counter++;
    pthread_mutex_unlock(&dump_lock);
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/gv-%ld-%lu.o", g->dump_dir, (long)getpid(), n);
    int err = 0, fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 || gv_write_all(fd, elf->bytes, elf->size) != 0)
        err = errno;
    if (fd >= 0 && close(fd) != 0 && !err)
        err = errno;
    if (err) {
        gv_warnf(s->ctx, "gdb: cannot write ELF object %s: %s; no more objects will be dumped", path,
                 strerror(err));
        g->dump_dir = NULL;
    }
}

/* (Re)builds the ELF object of b->codes (the batcher's encode). */
static int build(gv_sink *s, gv_jit_batch *b) {
    gdb_sink *g = s->state;
    const gv_code_info **infos = malloc(b->n * sizeof *infos);
    if (!infos)
        return -1;
    for (size_t i = 0; i < b->n; i++)
        infos[i] = &b->codes[i]->info;
    gv_elfobj elf;
    int rc = gv_elfobj_build(infos, b->n, g->comp_dir, &elf);
    free(infos);
    if (rc != 0)
        return -1;
    if (g->dump_dir)
        dump_object(s, &elf);
    b->bytes = elf.bytes;
    b->size = elf.size;
    return 0;
}

static int gdb_open(gv_sink *s, const gv_options *opts) {
    gdb_sink *g = calloc(1, sizeof *g);
    if (!g) {
        gv_sink_fail(s, "out of memory");
        return -1;
    }
    g->comp_dir = getcwd(NULL, 0); /* NULL (cwd gone): "." is used */
    g->objs = (gv_jit_batcher){.max_pieces = OBJ_MAX_PIECES, .what = "ELF object", .encode = build};
    s->state = g;
    if (opts->elf_dump_dir) {
        struct stat st;
        const char *why = NULL;
        if (stat(opts->elf_dump_dir, &st) != 0)
            why = strerror(errno);
        else if (!S_ISDIR(st.st_mode))
            why = "not a directory";
        else if (access(opts->elf_dump_dir, W_OK | X_OK) != 0)
            why = strerror(errno);
        if (why)
            gv_warnf(s->ctx, "gdb: cannot dump ELF objects to %s: %s; continuing without dumps",
                     opts->elf_dump_dir, why);
        else
            g->dump_dir = opts->elf_dump_dir;
    }
    return 0;
}

static int gdb_flush(gv_sink *s, gv_code *const *codes, size_t n) {
    return gv_jit_batch_flush(s, &((gdb_sink *)s->state)->objs, codes, n);
}

static void gdb_remove(gv_sink *s, gv_code *code) {
    gv_jit_batch_remove(s, &((gdb_sink *)s->state)->objs, code);
}

static void gdb_close(gv_sink *s) {
    gdb_sink *g = s->state;
    if (!g)
        return;
    gv_jit_batch_close(s, &g->objs);
    free(g->comp_dir);
    free(g);
    s->state = NULL;
}

const gv_sink_ops gv_gdb_sink_ops = {
    .name = "gdb",
    .open = gdb_open,
    .add = NULL,
    .flush = gdb_flush,
    .remove = gdb_remove,
    .close = gdb_close,
};
