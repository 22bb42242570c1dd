/* glassview.h - make JIT code visible to perf, gdb, libgcc and libunwind.
 *
 * The one public header of the observability layer (jitdump/ and gdb/).  A
 * JIT describes each piece of machine code it emits once - its address range,
 * named sub-ranges (one per uop or stencil instance), an address -> source
 * line table and the DWARF call-frame rules of each sub-range - and the layer
 * fans that description out to every enabled sink:
 *
 *   GV_SINK_PERF_MAP   /tmp/perf-PID.map, a line per sub-range and per piece
 *   GV_SINK_JITDUMP    DIR/jit-PID.dump for `perf inject --jit`
 *   GV_SINK_GDB        in-memory ELF/DWARF objects via __jit_debug_register_code
 *   GV_SINK_LIBGCC     __register_frame (glibc backtrace(), C++ unwinding)
 *   GV_SINK_LIBUNWIND  _U_dyn_register (unw_step, unw_backtrace)
 *   GV_SINK_GDB_READER compact descriptions read by glassjit's gdb jit-reader
 *                      plugin (gdb/reader/), through the same GDB interface
 *
 * and undoes it when the code is freed.  Nothing here knows about glassjit:
 * examples/handjit is a second, tiny user.  x86-64 Linux only for now.
 *
 * Lifetime and threading: a gv_ctx is owned by one JIT and used from one
 * thread at a time.  Code must be executable (sealed) before gv_code_add is
 * called for it, and must stay mapped until gv_code_remove returns.
 *
 * Batching: gv_code_add queues the description; sinks that are expensive
 * per call (gdb's registration hook, map-file writes) act on the queue at the
 * next gv_flush, so a JIT that adds many pieces and then flushes pays one
 * registration, not one per piece.  Call gv_flush before the new code can be
 * observed (e.g. right before first executing it); gv_close flushes too.
 *
 * Errors: a sink that fails (unwritable directory, disk full, ...) prints one
 * clear message through opts.warn and disables itself; the JIT keeps running.
 */
#ifndef GLASSVIEW_H
#define GLASSVIEW_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    GV_SINK_PERF_MAP = 1u << 0,
    GV_SINK_JITDUMP = 1u << 1,
    GV_SINK_GDB = 1u << 2,
    GV_SINK_LIBGCC = 1u << 3,
    GV_SINK_LIBUNWIND = 1u << 4,
    GV_SINK_GDB_READER = 1u << 5, /* compact descriptions for gdb's jit-reader plugin
                                     (gdb/reader/), instead of ELF objects */
    GV_SINK_ALL = 0x1f, /* every sink but GV_SINK_GDB_READER, which replaces GV_SINK_GDB */
};

typedef struct gv_options {
    unsigned sinks;              /* GV_SINK_* bits */
    const char *jitdump_dir;     /* NULL: $JITDUMPDIR, else ~/.debug/jit/<prog>-<time>.XXXXXX
                                    like perf's own agents */
    int jitdump_per_piece;       /* 1: one CODE_LOAD per piece (very large runs), 0: one per range */
    const char *elf_dump_dir;    /* non-NULL: also write each in-memory ELF object there */
    void (*warn)(void *ud, const char *msg); /* NULL: "glassview: <msg>" on stderr */
    void *warn_ud;
} gv_options;

/* DWARF call-frame rules of a sub-range, as raw DW_CFA_* programs (the shape
 * clang's .eh_frame gives each function): `initial` is the CIE's initial
 * instructions, `insns` the FDE's, applied from the start of the sub-range.
 * Sub-ranges whose CIE fields are byte-identical share one CIE. */
typedef struct gv_cfi {
    const uint8_t *initial;
    uint32_t initial_len;
    const uint8_t *insns;
    uint32_t insns_len;
    uint8_t code_align;          /* 1 on x86-64 */
    int8_t data_align;           /* -8 on x86-64 */
    uint8_t ra_reg;              /* 16 (rip) on x86-64 */
} gv_cfi;

/* A named sub-range: one stencil instance, a stub, a trampoline. */
typedef struct gv_range {
    uint32_t offset;             /* from gv_code_info.start */
    uint32_t size;
    const char *name;            /* symbol: no spaces, '(', ';', quotes or "->" */
    const gv_cfi *cfi;           /* NULL: no frame of its own (CFA = rsp + 8, return
                                    address at CFA - 8), as at a function's first insn */
} gv_range;

/* One row of the address -> line table: from `offset` on, until the next
 * row, code belongs to `line` of the piece's source file (0: no line). */
typedef struct gv_line {
    uint32_t offset;
    uint32_t line;
} gv_line;

typedef struct gv_code_info {
    const char *name;            /* the piece as a whole, e.g. "trace_7:fib:fib.py:3" */
    const void *start;
    size_t size;
    const char *source_file;     /* guest source for the line table, or NULL */
    const char *function;        /* guest function the piece belongs to, or NULL */
    const gv_range *ranges;      /* sorted by offset, non-overlapping; may be empty */
    size_t nranges;
    const gv_line *lines;        /* sorted by offset; may be empty */
    size_t nlines;
} gv_code_info;

typedef struct gv_ctx gv_ctx;
typedef struct gv_code gv_code;

/* Opens the enabled sinks.  Never fails: sinks that cannot start are reported
 * through warn and disabled (gv_sinks tells which remain).  Returns NULL only
 * when memory is exhausted. */
gv_ctx *gv_open(const gv_options *opts);

/* Which sinks are still enabled. */
unsigned gv_sinks(const gv_ctx *ctx);

/* Describes a piece of (already executable) code.  The description is copied:
 * info and everything it points to may be freed after the call.  Returns a
 * handle for gv_code_remove, or NULL if no sink is enabled. */
gv_code *gv_code_add(gv_ctx *ctx, const gv_code_info *info);

/* Publishes everything added since the last flush to the batching sinks. */
void gv_flush(gv_ctx *ctx);

/* The code is about to be freed: unregisters it everywhere (jitdump gets no
 * record: perf keeps code loads for the whole run).  NULL is ignored. */
void gv_code_remove(gv_ctx *ctx, gv_code *code);

/* Flushes, writes the jitdump's CODE_CLOSE, unregisters everything still
 * registered and frees the context. */
void gv_close(gv_ctx *ctx);

/* The name of the described code at addr: the sub-range's name (a uop, a
 * trampoline), else the piece's; NULL when no live description covers addr.
 * source_file and line (either may be NULL) get the piece's source file and
 * the line-table row for addr (NULL / 0 when there is none).  The strings
 * live until the code is removed.  A linear walk over the live pieces: for
 * symbolizing samples after the fact (the built-in sampler), not for hot
 * paths and not from signal handlers. */
const char *gv_lookup(gv_ctx *ctx, const void *addr, const char **source_file, unsigned *line);

/* Parses a sink list such as "perf-map,jitdump,gdb,libgcc,libunwind" or "all"
 * or "none" into GV_SINK_* bits; -1 on an unknown name. */
int gv_parse_sinks(const char *list);

#ifdef __cplusplus
}
#endif

#endif /* GLASSVIEW_H */
