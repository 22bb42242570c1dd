/* perfmap.c - the GV_SINK_PERF_MAP sink: /tmp/perf-PID.map, the symbol file
 * perf report reads for anonymous executable memory without perf inject.
 * One line "START SIZE name" (hex, no 0x) per range and one per piece.
 * Lines are formatted and written at gv_flush, with one write() for all
 * pieces added since the last flush (a piece removed before the flush never
 * appears, so a reused address gets no stale name). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gv_internal.h"

typedef struct perfmap {
    pid_t pid; /* the process the file belongs to (fork check) */
    int fd;
    char path[64];
    char *buf; /* the lines of one flush, reused */
    size_t len, cap;
} perfmap;

static int open_map(gv_sink *s, perfmap *m) {
    m->pid = getpid();
    snprintf(m->path, sizeof m->path, "/tmp/perf-%d.map", (int)m->pid);
    /* Append, don't truncate: two contexts in one process share the file. */
    m->fd = open(m->path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (m->fd < 0) {
        gv_sink_fail(s, "cannot open %s: %s (sink disabled)", m->path, strerror(errno));
        return -1;
    }
    return 0;
}

static int pm_open(gv_sink *s, const gv_options *opts) {
    (void)opts;
    perfmap *m = calloc(1, sizeof *m);
    if (!m) {
        gv_sink_fail(s, "out of memory");
        return -1;
    }
    if (open_map(s, m) != 0) {
        free(m);
        return -1;
    }
    s->state = m;
    return 0;
}

static int append(perfmap *m, const char *fmt, ...) GV_PRINTF(2, 3);
static int append(perfmap *m, const char *fmt, ...) {
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(m->buf + m->len, m->cap - m->len, fmt, ap);
        va_end(ap);
        if (n < 0)
            return -1;
        if ((size_t)n < m->cap - m->len) {
            m->len += (size_t)n;
            return 0;
        }
        size_t cap = m->cap ? m->cap * 2 : 4096;
        while (cap - m->len <= (size_t)n)
            cap *= 2;
        char *b = realloc(m->buf, cap);
        if (!b)
            return -1;
        m->buf = b;
        m->cap = cap;
    }
}

static int format_code(perfmap *m, const gv_code *c) {
    uintptr_t start = (uintptr_t)c->info.start;
    const char *piece = c->info.name ? c->info.name : "jit";
    for (size_t i = 0; i < c->info.nranges; i++) {
        const gv_range *r = &c->info.ranges[i];
        if (append(m, "%lx %x %s\n", (unsigned long)(start + r->offset), r->size,
                   r->name ? r->name : piece) != 0)
            return -1;
    }
    /* The piece line comes last, after the precise names (perf_map.sh
     * checks that samples still resolve to the range names). */
    return append(m, "%lx %zx %s\n", (unsigned long)start, c->info.size, piece);
}

/* After fork() the child writes its own /tmp/perf-CHILD.map, announcing
 * again every live code the parent had already published. */
static int check_fork(gv_sink *s, perfmap *m) {
    if (m->pid == getpid())
        return 0;
    close(m->fd);
    if (open_map(s, m) != 0)
        return -1;
    for (gv_code *c = gv_ctx_codes(s->ctx); c; c = c->next)
        if (!c->pending && format_code(m, c) != 0)
            return -1;
    return 0;
}

static int pm_flush(gv_sink *s, gv_code *const *codes, size_t n) {
    perfmap *m = s->state;
    m->len = 0;
    if (check_fork(s, m) != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (format_code(m, codes[i]) != 0) {
            gv_sink_fail(s, "out of memory (sink disabled)");
            return -1;
        }
    }
    if (gv_write_all(m->fd, m->buf, m->len) != 0) {
        gv_sink_fail(s, "cannot write %s: %s (sink disabled)", m->path, strerror(errno));
        return -1;
    }
    m->len = 0;
    return 0;
}

static void pm_close(gv_sink *s) {
    perfmap *m = s->state;
    if (!m)
        return;
    if (m->fd >= 0)
        close(m->fd);
    free(m->buf);
    free(m);
    s->state = NULL;
}

const gv_sink_ops gv_perfmap_sink_ops = {
    .name = "perf-map",
    .open = pm_open,
    .flush = pm_flush,
    .remove = NULL, /* perf reads the map at report time: lines stay */
    .close = pm_close,
};
