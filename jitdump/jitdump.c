/* jitdump.c - the GV_SINK_JITDUMP sink: DIR/jit-PID.dump for
 * `perf record -k 1` + `perf inject --jit` (format in jitdump_format.h).
 *
 * perf record notices the file through the PROT_EXEC mapping of its first
 * page, which therefore stays mapped until close.  perf inject turns every
 * CODE_LOAD into an ELF file jitted-PID-N.so, using the DEBUG_INFO and
 * UNWINDING_INFO records that precede it (each applies to the next load
 * only), so every load is preceded by its own.  Records are formatted at
 * gv_code_add (timestamped then, before the code can run) and written with
 * one write() per gv_flush. */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "gv_internal.h"
#include "jitdump_format.h"

typedef struct jitdump {
    pid_t pid; /* the process the file belongs to (fork check) */
    int fd;
    void *marker; /* the PROT_EXEC mapping perf record sees */
    size_t marker_size;
    char dir[4096];
    char path[4200];
    int per_piece;
    uint64_t code_index;
    unsigned char *buf; /* records not yet written */
    size_t len, cap;
} jitdump;

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

/* Room for n more bytes (zeroed) at the end of the buffer; NULL if out of
 * memory. */
static unsigned char *reserve(jitdump *j, size_t n) {
    if (j->cap - j->len < n) {
        size_t cap = j->cap ? j->cap : 4096;
        while (cap - j->len < n)
            cap *= 2;
        unsigned char *b = realloc(j->buf, cap);
        if (!b)
            return NULL;
        j->buf = b;
        j->cap = cap;
    }
    unsigned char *p = j->buf + j->len;
    memset(p, 0, n);
    j->len += n;
    return p;
}

/* mkdir -p for the default directory's parents; EEXIST is fine. */
static int make_dir(const char *path) { return mkdir(path, 0755) == 0 || errno == EEXIST ? 0 : -1; }

static int pick_dir(gv_sink *s, jitdump *j, const gv_options *opts) {
    const char *dir = opts->jitdump_dir ? opts->jitdump_dir : getenv("JITDUMPDIR");
    if (dir && *dir) {
        snprintf(j->dir, sizeof j->dir, "%s", dir);
        return 0;
    }
    /* Like perf's own agents: a fresh ~/.debug/jit/NAME-DATE.XXXXXX, where
     * perf inject's jitted-*.so files then land too. */
    const char *home = getenv("HOME");
    if (!home || !*home) {
        gv_sink_fail(s, "HOME is not set and no directory was given (opts.jitdump_dir or "
                        "$JITDUMPDIR) (sink disabled)");
        return -1;
    }
    char date[16];
    time_t t = time(NULL);
    struct tm tm;
    strftime(date, sizeof date, "%Y%m%d", localtime_r(&t, &tm));
    snprintf(j->dir, sizeof j->dir, "%s/.debug", home);
    if (make_dir(j->dir) != 0)
        goto fail;
    snprintf(j->dir, sizeof j->dir, "%s/.debug/jit", home);
    if (make_dir(j->dir) != 0)
        goto fail;
    snprintf(j->dir, sizeof j->dir, "%s/.debug/jit/glassview-%s.XXXXXX", home, date);
    if (!mkdtemp(j->dir))
        goto fail;
    return 0;
fail:
    gv_sink_fail(s, "cannot create %s: %s (sink disabled)", j->dir, strerror(errno));
    return -1;
}

/* Creates DIR/jit-PID.dump with its header and maps its first page. */
static int open_file(gv_sink *s, jitdump *j) {
    j->pid = getpid();
    j->fd = -1;
    j->marker = NULL;
    snprintf(j->path, sizeof j->path, "%s/jit-%d.dump", j->dir, (int)j->pid);
    j->fd = open(j->path, O_CREAT | O_TRUNC | O_RDWR | O_CLOEXEC, 0644);
    if (j->fd < 0) {
        gv_sink_fail(s, "cannot create %s: %s (sink disabled)", j->path, strerror(errno));
        return -1;
    }
    gv_jd_header h = {
        .magic = GV_JITDUMP_MAGIC,
        .version = GV_JITDUMP_VERSION,
        .total_size = sizeof h,
        .elf_mach = EM_X86_64,
        .pid = (uint32_t)j->pid,
        .timestamp = now_ns(),
    };
    if (gv_write_all(j->fd, &h, sizeof h) != 0) {
        gv_sink_fail(s, "cannot write %s: %s (sink disabled)", j->path, strerror(errno));
        return -1;
    }
    j->marker_size = (size_t)sysconf(_SC_PAGESIZE);
    void *m = mmap(NULL, j->marker_size, PROT_READ | PROT_EXEC, MAP_PRIVATE, j->fd, 0);
    if (m == MAP_FAILED) {
        gv_sink_fail(s, "cannot map %s for perf record: %s (sink disabled)", j->path, strerror(errno));
        return -1;
    }
    j->marker = m;
    return 0;
}

static void close_file(jitdump *j) {
    if (j->marker)
        munmap(j->marker, j->marker_size);
    if (j->fd >= 0)
        close(j->fd);
    j->marker = NULL;
    j->fd = -1;
}

static int jd_open(gv_sink *s, const gv_options *opts) {
    jitdump *j = calloc(1, sizeof *j);
    if (!j) {
        gv_sink_fail(s, "out of memory");
        return -1;
    }
    j->fd = -1;
    j->per_piece = opts->jitdump_per_piece;
    if (pick_dir(s, j, opts) != 0 || open_file(s, j) != 0) {
        close_file(j);
        free(j);
        return -1;
    }
    s->state = j;
    return 0;
}

static void put_prefix(unsigned char *p, uint32_t id, size_t total, uint64_t ts) {
    gv_jd_prefix pre = {id, (uint32_t)total, ts};
    memcpy(p, &pre, sizeof pre);
}

/* DEBUG_INFO for [off, off + size) of the code: the line row in effect at
 * off, then every row starting inside, then the last row again at the last
 * byte.  perf inject ends the line sequence at the last entry's address, so
 * without that closing entry the last row (often the only one: a uop has one
 * line) would cover no bytes and addr2line would say ??:0. */
static int emit_debug(jitdump *j, const gv_code *c, uint32_t off, uint64_t size, uint64_t ts) {
    const gv_code_info *in = &c->info;
    if (!in->source_file || !in->nlines)
        return 0;
    size_t first = 0, nr = 0;
    while (first + 1 < in->nlines && in->lines[first + 1].offset <= off)
        first++;
    size_t fname = strlen(in->source_file) + 1;
    for (size_t i = first; i < in->nlines && in->lines[i].offset < off + size; i++)
        nr++;
    if (!nr)
        return 0;
    size_t ent = 8 + 4 + 4 + fname;
    int closing = size > 1;
    size_t total = align8(sizeof(gv_jd_debug_info) + (nr + (size_t)closing) * ent);
    unsigned char *p = reserve(j, total);
    if (!p)
        return -1;
    uint64_t base = (uint64_t)(uintptr_t)in->start;
    gv_jd_debug_info d = {.code_addr = base + off, .nr_entry = nr + (size_t)closing};
    put_prefix((unsigned char *)&d, GV_JIT_CODE_DEBUG_INFO, total, ts);
    memcpy(p, &d, sizeof d);
    p += sizeof d;
    for (size_t k = 0; k < nr + (size_t)closing; k++) {
        size_t i = k < nr ? first + k : first + nr - 1;
        uint32_t at = in->lines[i].offset > off ? in->lines[i].offset : off;
        uint64_t addr = k < nr ? base + at : base + off + size - 1;
        uint32_t line = in->lines[i].line, discrim = 0;
        memcpy(p, &addr, 8);
        memcpy(p + 8, &line, 4);
        memcpy(p + 12, &discrim, 4);
        memcpy(p + 16, in->source_file, fname);
        p += ent;
    }
    return 0;
}

/* UNWINDING_INFO for a load of [addr, addr + size) with these FDEs: perf
 * places .eh_frame at addr + ALIGN_8(size), .eh_frame_hdr right after, and
 * maps the load up to *map_end (set here). */
static int emit_unwind(jitdump *j, const gv_eh_fde *fdes, size_t n, uint64_t addr, uint64_t size,
                       uint64_t ts, uint64_t *map_end) {
    gv_eh_blob blob;
    if (gv_eh_build(fdes, n, addr + align8(size), 4, &blob) != 0)
        return -1;
    size_t data = blob.eh_size + blob.hdr_size;
    size_t total = align8(sizeof(gv_jd_unwinding_info) + data);
    unsigned char *p = reserve(j, total);
    if (!p) {
        gv_eh_blob_free(&blob);
        return -1;
    }
    gv_jd_unwinding_info u = {
        .unwinding_size = data,
        .eh_frame_hdr_size = blob.hdr_size,
        .mapped_size = align8(data),
    };
    put_prefix((unsigned char *)&u, GV_JIT_CODE_UNWINDING_INFO, total, ts);
    *map_end = addr + align8(size) + u.mapped_size;
    memcpy(p, &u, sizeof u);
    memcpy(p + sizeof u, blob.bytes, data);
    gv_eh_blob_free(&blob);
    return 0;
}

static int emit_load(jitdump *j, const char *name, uint64_t addr, uint64_t size, uint64_t ts) {
    size_t nlen = strlen(name) + 1;
    size_t total = sizeof(gv_jd_code_load) + nlen + size;
    if (total > UINT32_MAX)
        return -1;
    unsigned char *p = reserve(j, total);
    if (!p)
        return -1;
    gv_jd_code_load l = {
        .pid = (uint32_t)getpid(),
        .tid = (uint32_t)gettid(),
        .vma = addr,
        .code_addr = addr,
        .code_size = size,
        .code_index = j->code_index++,
    };
    put_prefix((unsigned char *)&l, GV_JIT_CODE_LOAD, total, ts);
    memcpy(p, &l, sizeof l);
    memcpy(p + sizeof l, name, nlen);
    memcpy(p + sizeof l + nlen, (const void *)(uintptr_t)addr, size);
    return 0;
}

/* The records of one code (its loads in address order).  *reach: the end
 * of the highest map perf will give them, code plus unwind tables. */
static int format_code(jitdump *j, const gv_code *c, uint64_t *reach) {
    const gv_code_info *in = &c->info;
    uint64_t base = (uint64_t)(uintptr_t)in->start, ts = now_ns(), end = 0;
    const char *piece = in->name ? in->name : "jit";
    gv_eh_fde *fdes = gv_code_fdes(c);
    int rc = fdes ? 0 : -1;
    *reach = base + in->size;
    if (rc == 0 && j->per_piece) {
        rc = emit_debug(j, c, 0, in->size, ts);
        if (rc == 0)
            rc = emit_unwind(j, fdes, in->nranges, base, in->size, ts, &end);
        if (rc == 0)
            rc = emit_load(j, piece, base, in->size, ts);
        if (end > *reach)
            *reach = end;
    }
    for (size_t i = 0; rc == 0 && !j->per_piece && i < in->nranges; i++) {
        const gv_range *r = &in->ranges[i];
        if (r->size == 0)
            continue;
        rc = emit_debug(j, c, r->offset, r->size, ts);
        if (rc == 0)
            rc = emit_unwind(j, &fdes[i], 1, base + r->offset, r->size, ts, &end);
        if (rc == 0)
            rc = emit_load(j, r->name ? r->name : piece, base + r->offset, r->size, ts);
        if (end > *reach)
            *reach = end;
    }
    free(fdes);
    return rc;
}

/* perf maps a load together with its unwind tables, so a load reaches past
 * its code, and the load announced last wins where maps overlap.  Within a
 * code the loads go in address order, each covering the start of the next;
 * but a code announced after a live code just above it (reused memory, a
 * stub allocated below earlier traces) would hide that code's start: its
 * samples would become [unknown].  So the codes it reaches are announced
 * again, in address order, each possibly reaching the next. */
static int reannounce_above(jitdump *j, gv_ctx *ctx, const gv_code *code, uint64_t reach) {
    uint64_t end = (uint64_t)(uintptr_t)code->info.start + code->info.size;
    for (;;) {
        const gv_code *next = NULL;
        for (const gv_code *c = gv_ctx_codes(ctx); c; c = c->next) {
            uint64_t start = (uint64_t)(uintptr_t)c->info.start;
            if (c != code && start >= end && start < reach &&
                (!next || start < (uint64_t)(uintptr_t)next->info.start))
                next = c;
        }
        if (!next)
            return 0;
        if (format_code(j, next, &reach) != 0)
            return -1;
        end = (uint64_t)(uintptr_t)next->info.start + next->info.size;
        code = next;
    }
}

/* After fork() the child writes its own jit-CHILD.dump (perf matches the
 * file name with the pid of the samples), announcing every live code again;
 * the parent's unwritten records are the parent's to write. */
static int check_fork(gv_sink *s, jitdump *j) {
    if (j->pid == getpid())
        return 0;
    close_file(j);
    j->len = 0;
    if (open_file(s, j) != 0)
        return -1;
    uint64_t reach;
    for (gv_code *c = gv_ctx_codes(s->ctx); c; c = c->next)
        if (format_code(j, c, &reach) != 0)
            return -1;
    return 0;
}

static int jd_add(gv_sink *s, gv_code *code) {
    jitdump *j = s->state;
    if (check_fork(s, j) != 0)
        return -1;
    uint64_t reach;
    if (format_code(j, code, &reach) != 0 || reannounce_above(j, s->ctx, code, reach) != 0) {
        gv_sink_fail(s, "out of memory formatting records for '%s' (sink disabled)",
                     code->info.name ? code->info.name : "?");
        return -1;
    }
    return 0;
}

static int write_buffer(gv_sink *s, jitdump *j) {
    if (gv_write_all(j->fd, j->buf, j->len) != 0) {
        gv_sink_fail(s, "cannot write %s: %s (sink disabled)", j->path, strerror(errno));
        return -1;
    }
    j->len = 0;
    return 0;
}

static int jd_flush(gv_sink *s, gv_code *const *codes, size_t n) {
    (void)codes;
    (void)n;
    jitdump *j = s->state;
    if (check_fork(s, j) != 0)
        return -1;
    return write_buffer(s, j);
}

static void jd_close(gv_sink *s) {
    jitdump *j = s->state;
    if (!j)
        return;
    /* A forked child that never added code has no file of its own. */
    if (!s->failed && j->pid == getpid()) {
        unsigned char *p = reserve(j, sizeof(gv_jd_prefix));
        if (p) {
            put_prefix(p, GV_JIT_CODE_CLOSE, sizeof(gv_jd_prefix), now_ns());
            write_buffer(s, j);
        }
    }
    close_file(j);
    free(j->buf);
    free(j);
    s->state = NULL;
}

const gv_sink_ops gv_jitdump_sink_ops = {
    .name = "jitdump",
    .open = jd_open,
    .add = jd_add,
    .flush = jd_flush,
    .remove = NULL, /* perf keeps code loads for the whole run */
    .close = jd_close,
};
