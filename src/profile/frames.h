/* frames.h - what kind of code a native frame name belongs to.
 *
 * Used by the flame graph (colours, legend) and by `glassjit profile`'s
 * summary (share of samples in JIT code, interpreter, runtime, kernel).  The
 * input is a frame name as it appears in folded stacks (perf script,
 * stackcollapse-perf.pl, the built-in sampler): a symbol name, possibly with
 * one of stackcollapse-perf.pl's annotation suffixes. */
#ifndef GJ_PROFILE_FRAMES_H
#define GJ_PROFILE_FRAMES_H

#include <stdbool.h>

typedef enum {
    /* A guest function's trampoline, `py::QUALNAME:FILE` (e.g.
     * `py::main:nbody.py`, `py::<module>:nbody.py`, `py::Body.move:x.py`). */
    FRAME_GUEST,
    /* Machine code made by the JIT: a uop instance, named `_` + an upper-case
     * letter + [A-Z0-9_]* (`_BINARY_OP_ADD_INT`, `_EXIT_STUB`, `_COLD_EXIT`),
     * optionally followed by a non-identifier character and more (so
     * `_LOAD_FAST nbody.py:12` counts), or a whole trace with
     * --jitdump-per-trace, `traceN:FUNC:FILE:LINE`.  `_IO_file_write` and
     * `_start` are not uops (lower-case letters inside the identifier). */
    FRAME_UOP,
    /* glassjit's bytecode interpreter and the path from main() into it: the
     * fixed list frame_interp_functions() (the C functions of src/vm/ceval.c,
     * src/jit/trace.c, src/jit/uop_interp.c, src/vm.c, src/main.c and
     * stencils/shim.c that run or enter guest code).  A name alone does not
     * say which source file it came from, so the list is explicit. */
    FRAME_INTERP,
    /* Any other named native code: the runtime (objects, allocator, GC,
     * builtins, the compiler and the JIT's own compiler), libc, libm, ... */
    FRAME_RUNTIME,
    /* The kernel.  stackcollapse-perf.pl --kernel (and `glassjit profile`)
     * mark kernel symbols with the suffix `_[k]` (`do_syscall_64_[k]`);
     * the prefix `[k] ` (perf report's marker) is accepted too, and so is
     * perf's name for an unresolved kernel address, `[kernel.kallsyms]`. */
    FRAME_KERNEL,
    /* Nothing to go on: empty names, `[unknown]`, a bare DSO (`[libc.so.6]`),
     * a raw address (`0x7f...`). */
    FRAME_OTHER,
    FRAME_KIND_COUNT
} FrameKind;

/* The kind of the frame called `name` (never NULL; "" is FRAME_OTHER).
 * stackcollapse-perf.pl's annotations `_[j]` (JIT), `_[i]` (inlined) and
 * `_[w]` (waker) are ignored when matching, so `eval_frame_[i]` is
 * FRAME_INTERP; `_[k]` makes any name FRAME_KERNEL. */
FrameKind frame_kind(const char *name);

/* A short stable identifier per kind, for machine-readable output and CSS
 * classes: "guest", "jit", "interp", "runtime", "kernel", "other".  Out of
 * range kinds give "other". */
const char *frame_kind_name(FrameKind kind);

/* A human description for legends and summaries, e.g. "JIT code (uops,
 * traces)". */
const char *frame_kind_label(FrameKind kind);

/* The interpreter's functions recognised as FRAME_INTERP, NULL-terminated,
 * sorted (strcmp). */
const char *const *frame_interp_functions(void);

#endif
