/* gdbjit.c - the GDB sink: JIT code as in-memory ELF objects registered
 * through gdb's JIT interface (gdbjit.h).
 *
 * Batching: each gv_flush turns the pieces added since the last flush into
 * one object (several when there are more than OBJ_MAX_PIECES) and registers
 * it with one call of __jit_debug_register_code.  With gdb attached, every
 * call is a stop in gdb that loads an objfile and re-sets breakpoints, so the
 * number of calls, not the bytes, is what costs.
 *
 * Removal: when a piece goes away, its object is unregistered at once (the
 * code is about to be freed, its address may soon hold other code) and, if
 * other pieces remain, rebuilt without it and registered again.  Objects are
 * capped at OBJ_MAX_PIECES pieces so that a rebuild stays cheap.
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
#include "jitiface.h"
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

/* One registered object and the live pieces it describes. */
typedef struct gdb_obj {
    struct jit_code_entry entry;
    gv_elfobj elf;
    gv_code **codes;
    size_t n;
    struct gdb_obj *prev, *next; /* the sink's objects */
} gdb_obj;

typedef struct gdb_sink {
    char *comp_dir;       /* cwd at open: DW_AT_comp_dir, so `list` finds relative sources */
    const char *dump_dir; /* the context's copy; NULL: no dumps (or they failed) */
    gdb_obj *objs;
} gdb_sink;

static void dump_object(gv_sink *s, const gv_elfobj *elf) {
    gdb_sink *g = s->state;
    pthread_mutex_lock(&dump_lock);
    unsigned long n = dump_counter++;
    pthread_mutex_unlock(&dump_lock);
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/gv-%ld-%lu.o", g->dump_dir, (long)getpid(), n);
    int err = 0, fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        err = errno;
    for (size_t done = 0; !err && done < elf->size;) {
        ssize_t w = write(fd, elf->bytes + done, elf->size - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            err = w < 0 ? errno : EIO;
        else
            done += (size_t)w;
    }
    if (fd >= 0 && close(fd) != 0 && !err)
        err = errno;
    if (err) {
        gv_warnf(s->ctx, "gdb: cannot write ELF object %s: %s; no more objects will be dumped", path,
                 strerror(err));
        g->dump_dir = NULL;
    }
}

/* (Re)builds o->elf from o->codes and points the entry at it. */
static int build(gv_sink *s, gdb_obj *o) {
    gdb_sink *g = s->state;
    const gv_code_info **infos = malloc(o->n * sizeof *infos);
    if (!infos)
        return -1;
    for (size_t i = 0; i < o->n; i++)
        infos[i] = &o->codes[i]->info;
    int rc = gv_elfobj_build(infos, o->n, g->comp_dir, &o->elf);
    free(infos);
    if (rc != 0)
        return -1;
    if (g->dump_dir)
        dump_object(s, &o->elf);
    o->entry.symfile_addr = (const char *)o->elf.bytes;
    o->entry.symfile_size = o->elf.size;
    return 0;
}

static void obj_free(gv_sink *s, gdb_obj *o) {
    gdb_sink *g = s->state;
    if (o->prev)
        o->prev->next = o->next;
    else
        g->objs = o->next;
    if (o->next)
        o->next->prev = o->prev;
    for (size_t i = 0; i < o->n; i++)
        o->codes[i]->sink_data[s->index] = NULL;
    gv_elfobj_free(&o->elf);
    free(o->codes);
    free(o);
}

static int gdb_open(gv_sink *s, const gv_options *opts) {
    gdb_sink *g = calloc(1, sizeof *g);
    if (!g) {
        gv_sink_fail(s, "out of memory");
        return -1;
    }
    g->comp_dir = getcwd(NULL, 0); /* NULL (cwd gone): "." is used */
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
    gdb_sink *g = s->state;
    for (size_t i = 0; i < n; i += OBJ_MAX_PIECES) {
        size_t chunk = n - i < OBJ_MAX_PIECES ? n - i : OBJ_MAX_PIECES;
        gdb_obj *o = calloc(1, sizeof *o);
        gv_code **c = malloc(chunk * sizeof *c);
        if (o && c) {
            memcpy(c, codes + i, chunk * sizeof *c);
            o->codes = c;
            o->n = chunk;
        }
        if (!o || !c || build(s, o) != 0) {
            free(c);
            free(o);
            gv_sink_fail(s, "out of memory building the ELF object for %zu piece(s)", chunk);
            return -1;
        }
        for (size_t k = 0; k < chunk; k++)
            c[k]->sink_data[s->index] = o;
        o->next = g->objs;
        if (g->objs)
            g->objs->prev = o;
        g->objs = o;
        gv_jit_register(&o->entry);
    }
    return 0;
}

static void gdb_remove(gv_sink *s, gv_code *code) {
    gdb_obj *o = code->sink_data[s->index];
    if (!o)
        return; /* never flushed to gdb */
    code->sink_data[s->index] = NULL;
    for (size_t i = 0; i < o->n; i++) {
        if (o->codes[i] == code) {
            memmove(&o->codes[i], &o->codes[i + 1], (o->n - i - 1) * sizeof *o->codes);
            o->n--;
            break;
        }
    }
    /* Closing: everything goes; the object stays registered until gdb_close
     * drops it whole (one notification per object, not two per piece). */
    if (s->closing && o->n > 0)
        return;
    /* Unregister first: whatever happens next, gdb must stop describing
     * code that is about to be freed. */
    gv_jit_unregister(&o->entry);
    gv_elfobj_free(&o->elf);
    if (o->n == 0) {
        obj_free(s, o);
        return;
    }
    if (s->failed || build(s, o) != 0) {
        if (!s->failed)
            gv_sink_fail(s, "out of memory rebuilding an ELF object; %zu piece(s) no longer visible", o->n);
        obj_free(s, o);
        return;
    }
    gv_jit_register(&o->entry);
}

static void gdb_close(gv_sink *s) {
    gdb_sink *g = s->state;
    if (!g)
        return;
    while (g->objs) {
        gv_jit_unregister(&g->objs->entry);
        obj_free(s, g->objs);
    }
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
