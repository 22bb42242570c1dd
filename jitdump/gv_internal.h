/* gv_internal.h - what glassview's core (glassview.c) shares with its sinks
 * (jitdump/perfmap.c, jitdump.c, libgcc.c, libunwind.c and gdb/gdbjit.c).
 * Not installed, not for JIT users: they see glassview.h only.
 *
 * A sink is a gv_sink_ops table.  The core calls, for each enabled sink:
 *   open    once, from gv_open; fills s->state.  On failure the sink calls
 *           gv_sink_fail and returns -1; it then gets no other call.
 *   add     from gv_code_add, after the description was deep-copied; for
 *           cheap, immediate registration (libgcc, libunwind) or for
 *           formatting records into a buffer (jitdump, perf map).
 *   flush   from gv_flush (and gv_close) with the codes added since the last
 *           flush that are still alive, in add order: batching sinks (gdb,
 *           map files) publish here.
 *   remove  from gv_code_remove and gv_close, before the code is freed -
 *           also after the sink failed, so it can undo what it registered.
 *   close   once, from gv_close (also after a failure).
 * Any op may be NULL.  A sink that hits an error calls gv_sink_fail once:
 * that prints one message through opts.warn and stops add/flush calls.
 * Per-code state lives in code->sink_data[s->index] (NULL until set). */
#ifndef GLASSVIEW_INTERNAL_H
#define GLASSVIEW_INTERNAL_H

#include <stddef.h>

#include "ehframe.h"
#include "glassview.h"

#define GV_NSINKS 6 /* sink index = bit position of its GV_SINK_* flag */

#if defined(__GNUC__) || defined(__clang__)
#define GV_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define GV_PRINTF(f, a)
#endif

/* A described piece of code: the deep copy of what gv_code_add got, in one
 * allocation.  info.ranges is never empty: a piece described without ranges
 * gets one range covering it, named after the piece, with cfi NULL. */
struct gv_code {
    gv_code_info info;
    void *sink_data[GV_NSINKS];
    gv_code *prev, *next; /* the context's live codes, in add order */
    int pending;          /* added but not yet flushed */
};

typedef struct gv_sink gv_sink;

typedef struct gv_sink_ops {
    const char *name; /* as in gv_parse_sinks, used in messages */
    int (*open)(gv_sink *s, const gv_options *opts);
    int (*add)(gv_sink *s, gv_code *code);
    int (*flush)(gv_sink *s, gv_code *const *codes, size_t n);
    void (*remove)(gv_sink *s, gv_code *code);
    void (*close)(gv_sink *s);
} gv_sink_ops;

struct gv_sink {
    const gv_sink_ops *ops;
    gv_ctx *ctx;
    unsigned bit; /* GV_SINK_* */
    int index;    /* slot in gv_code.sink_data */
    int opened;   /* open succeeded: remove/close are due */
    int failed;   /* gv_sink_fail was called: no more add/flush */
    int closing;  /* gv_close is removing everything: no need to keep what is
                     left consistent piece by piece (gdb: no rebuilds) */
    void *state;  /* the sink's own */
};

extern const gv_sink_ops gv_perfmap_sink_ops;
extern const gv_sink_ops gv_jitdump_sink_ops;
extern const gv_sink_ops gv_gdb_sink_ops; /* gdb/gdbjit.c; weak until that file exists */
extern const gv_sink_ops gv_libgcc_sink_ops;
extern const gv_sink_ops gv_libunwind_sink_ops;
extern const gv_sink_ops gv_gdbreader_sink_ops; /* gdb/gdbreader.c */

/* Reports "<sink name>: <message>" once through the context's warn hook and
 * disables the sink (later calls are ignored). */
void gv_sink_fail(gv_sink *s, const char *fmt, ...) GV_PRINTF(2, 3);

/* Writes all n bytes to fd (retrying short writes and EINTR): 0, or -1
 * with errno set (EIO when write made no progress). */
int gv_write_all(int fd, const void *data, size_t n);

/* A warning from the core itself. */
void gv_warnf(gv_ctx *ctx, const char *fmt, ...) GV_PRINTF(2, 3);

/* The options the context was opened with (strings copied, never NULL
 * warn).  */
const gv_options *gv_ctx_options(const gv_ctx *ctx);

/* The oldest live code (follow ->next); sinks re-announce them after fork(). */
gv_code *gv_ctx_codes(gv_ctx *ctx);

/* One FDE per range of the code at its real address (malloc'd, code->
 * info.nranges entries; NULL when out of memory). */
gv_eh_fde *gv_code_fdes(const gv_code *code);

#endif /* GLASSVIEW_INTERNAL_H */
