/* observe.h - glassjit as a user of the observability layer (jitdump/glassview.h).
 *
 * The JIT describes every piece of machine code it makes executable - each
 * trace (one named range per uop instance, with the uop's stencil CFI and
 * the guest line of the instruction it came from), the shared _COLD_EXIT
 * stub and, with guest frames on, one trampoline per guest function - and
 * glassview fans that out to perf, gdb, libgcc and libunwind.
 *
 * Cost when every sink is off: jit_observe_open is never called, js->obs
 * stays NULL, and the emitter and the seal test that pointer once per trace.
 */
#ifndef GJ_JIT_OBSERVE_H
#define GJ_JIT_OBSERVE_H

#include "tier2.h"

typedef struct ObserveOptions {
    unsigned sinks;          /* GV_SINK_* */
    const char *jitdump_dir; /* NULL: glassview's default */
    int jitdump_per_trace;   /* one jitdump CODE_LOAD per trace instead of per uop */
    const char *elf_dir;     /* GLASSJIT_DUMP_ELF */
    int guest_frames;        /* a trampoline frame per guest function call */
} ObserveOptions;

/* Opens the sinks (no-op when none is enabled and guest frames are off). */
void jit_observe_open(VM *vm, const ObserveOptions *o);
/* Unregisters everything and closes the sinks (at VM teardown). */
void jit_observe_close(VM *vm);

/* The emitter made ex's machine code executable (a seal): describe it. */
void jit_observe_trace(JitState *js, Executor *ex);
/* Publish what was described since the last call (after a seal). */
void jit_observe_flush(JitState *js);
/* ex's machine code is about to be freed. */
void jit_observe_forget(JitState *js, Executor *ex);

/* The built-in sampler (src/profile/sampler.c) names the JIT addresses it
 * sampled.  jit_observe_lookup: the uop or py:: trampoline name of the live
 * code at addr (NULL when none is described there).  The forget hook runs
 * right before any described code is unregistered and freed (a trace, a
 * trampoline), while its description is still there, so samples taken in it
 * can be named before the address is reused; NULL removes it. */
const char *jit_observe_lookup(JitState *js, const void *addr);
void jit_observe_set_forget_hook(JitState *js, void (*hook)(void *ud), void *ud);

/* Guest frames: the trampoline through which calls of co run (a frame named
 * py::QUALNAME:FILE on every native stack; it calls `eval`, the
 * interpreter's frame function), created on first use; NULL when it cannot
 * be made (the call then runs without one). */
typedef Value (*GuestEntry)(VM *vm, Frame *frame, Value (*eval)(VM *, Frame *));
GuestEntry jit_guest_entry(VM *vm, Code *co, void *eval);
/* Code.guest: a function's trampoline, its description and its owner. */
typedef struct GuestFrame {
    GuestEntry entry;
    struct gv_code *gv;
    JitState *js;
} GuestFrame;
/* co dies: its trampoline slot is unregistered (and never reused). */
void jit_guest_forget(Code *co);

#endif
