/* tier2.h - traces of uops: projection from hot loops and their execution.
 *
 * A loop's JUMP_BACKWARD counts down from the JIT threshold; when it reaches
 * zero, trace.c projects a superblock starting at the loop head: it follows
 * the (specialized) tier-1 instructions, expands each into its uops (from the
 * same bytecodes.def definitions), turns branches into exits and closes the
 * loop with _JUMP_TO_TOP.  The instruction then becomes ENTER_EXECUTOR, which
 * runs the trace.  Any failed guard or branch leaves the trace at a bytecode
 * offset where tier 1 resumes.
 *
 * Today traces run in the uop interpreter (--jit=uops); the copy-and-patch
 * JIT will compile the same uop arrays to machine code.
 */
#ifndef GJ_TIER2_H
#define GJ_TIER2_H

#include "../vm.h"
#include "jitmem.h"

enum { JIT_OFF, JIT_UOPS, JIT_ON };

/* One uop of a trace.  cache[] is a copy of the tier-1 instruction's inline
 * cache at projection time, so tier-1 re-specialization cannot change what a
 * running trace reads. */
typedef struct UOpInst {
    uint16_t op;
    uint32_t oparg;
    uint32_t target;      /* bytecode offset where tier 1 resumes if this uop leaves the trace */
    CodeUnit cache[3];
} UOpInst;

/* A place where traces leave for tier 1, by bytecode offset.  The traces of
 * one loop share one SideExit per target (the loop trace owns them), so
 * stitching the exit once sends every trace of the loop that leaves there
 * into the side trace.  In machine code each exit site jumps to a small stub
 * (_EXIT_STUB) that records the SideExit in vm->jit_exit and jumps to
 * `jump`: at first the shared _COLD_EXIT stub, which returns to the executor
 * driver; once a side trace from `target` runs, that trace's code.  Stitching
 * is a store to `jump` - data, never code - so it needs no mprotect. */
typedef struct SideExit {
    void *jump;           /* read by _EXIT_STUB: keep it first */
    uint32_t target;
    uint32_t hotness;     /* times taken cold */
    int failed;           /* projection from here did not reach the back edge */
    struct Executor *next;
} SideExit;

typedef struct Executor {
    Code *code;           /* owner (its jit_data holds this executor) */
    uint32_t start;       /* bytecode offset of the loop head */
    int valid;
    UOpInst *uops;
    int nuops;
    uint64_t runs;        /* times entered */
    uint32_t loop_head;   /* the loop this trace belongs to (== start for the loop trace) */
    uint32_t instr_off;   /* loop trace: offset of its ENTER_EXECUTOR instruction */
    int assumes_globals;  /* its validity includes the dict versions below */
    uint32_t globals_ver, builtins_ver;
    int active;           /* runs on the native stack right now (loop trace: itself or any of its
                             side traces, which machine code reaches by direct jumps) */
    struct Executor *loop_ex; /* side traces: the loop trace they belong to */
    int dead;             /* invalidated and unlinked: free when no longer active */
    SideExit **exits;     /* loop trace: the family's exits, by target (stable addresses) */
    int nexits, capexits;
    SideExit own_exit;    /* exits to this trace's own start: never stitched (it would
                             loop on itself); tier 1 makes progress instead */
    uint64_t seal_epoch;  /* machine code: the JitState seal epoch it was emitted in */
    void *jit_code;       /* machine code (--jit=on), or NULL: run by the uop interpreter */
    JitChunk jit_chunk;
    JitMem *mem;          /* where jit_chunk lives, to free it with the code object */
    uint32_t *uop_offsets;/* nuops + 1 code offsets of each uop's stencil (machine code only);
                             the observability layer names these ranges */
    uint32_t code_size;   /* machine code bytes: the uops, then the exit stubs */
    uint64_t id;          /* trace number (names in --stats, dumps and profiles) */
    struct gv_code *gv;   /* its description in the observability layer (observe.c) */
    /* JitState.live_first list: installed executors whose uops are not freed
     * yet.  Nothing in the VM reads it; gdb/glassjit-gdb.py walks it
     * (`glassjit traces`). */
    struct Executor *live_next, *live_prev;
} Executor;

typedef struct JitStats {
    uint64_t traces_compiled, traces_failed, uops_emitted, trace_entries, exits_taken;
    uint64_t invalidated, freed;
    uint64_t projection_ns;
    uint64_t guards_removed, exits_stitched, side_traces, exits_patched, seal_batches, pending_skips;
    uint64_t traces_emitted, emit_failed, uops_jitted, code_bytes, data_bytes, emit_ns, seal_ns, alloc_ns;
} JitStats;

typedef struct JitState {
    int mode;             /* JIT_OFF / JIT_UOPS */
    uint32_t threshold;   /* backward jumps before a loop is traced */
    JitStats stats;
    JitMem mem;           /* executable memory (--jit=on) */
    size_t mem_cap;       /* --jit-memory, 0 = default */
    int mem_ready;        /* jitmem_init done */
    int stopped;          /* JIT memory exhausted: no more compiling */
    const char *dump_dir; /* GLASSJIT_DUMP_TRACES */
    uint64_t next_trace_id;
    /* Sealing is batched: new machine code stays writable (not executable)
     * until the next seal, and meanwhile tier 1 runs what it would have run.
     * A seal happens once seal_delay entries of unsealed traces have been
     * skipped (or at once when the allocator reopened live code). */
    uint64_t seal_epoch;  /* seals so far: code emitted in the current epoch is unsealed */
    int unsealed;         /* code was emitted since the last seal */
    uint32_t seal_delay;  /* GLASSJIT_SEAL_DELAY (default JIT_SEAL_DELAY) */
    uint32_t seal_countdown;
    JitChunk cold_chunk;  /* the shared _COLD_EXIT stub (--jit=on) */
    void *cold_exit;
    struct JitObserve *obs;   /* observability (observe.c); NULL when every sink is off */
    struct gv_code *cold_gv;  /* the _COLD_EXIT stub's description */
    Executor **described_later; /* with obs: traces emitted since the last seal, to describe */
    int ndescribed_later, capdescribed_later;
    Executor *live_first; /* live executors, newest first (for debuggers: gdb/glassjit-gdb.py) */
} JitState;

#define JIT_SEAL_DELAY 4096

/* Called by JUMP_BACKWARD when its counter reaches zero.  Projects a trace
 * for the loop ending at instr (whose oparg is the loop head); on success
 * rewrites instr into ENTER_EXECUTOR and returns 1, else backs off and
 * returns 0. */
int tier2_on_hot_loop(VM *vm, Frame *frame, CodeUnit *instr);

/* Runs executor number idx of the frame's code from its loop head.  Returns
 * the bytecode offset where tier 1 continues, or -(offset + 1) when an
 * exception was raised by the instruction at offset (*sp is then the stack
 * with that instruction's inputs popped). */
int64_t tier2_enter(VM *vm, Frame *frame, uint32_t idx, Value **sp);

/* _CHECK_VALIDITY: the executor is valid and the dicts it assumes kept their
 * layout; otherwise it becomes invalid for good. */
static inline bool executor_valid(Executor *ex, const Dict *globals, const Dict *builtins) {
    if (ex->valid && (!ex->assumes_globals || ((uint32_t)globals->keys_version == ex->globals_ver &&
                                               (uint32_t)builtins->keys_version == ex->builtins_ver)))
        return true;
    ex->valid = 0;
    return false;
}

/* optimizer.c: removes proven guards and unbound-local checks; returns the
 * number of guards removed. */
int trace_optimize(Executor *ex, JitStats *stats, const Dict *globals, const Dict *builtins);

/* The uop interpreter (uop_interp.c). */
int64_t uop_execute(VM *vm, Frame *frame, Executor *ex, Value **sp);

/* emit.c: compiles an executor's uops to machine code (0), or -1 when JIT
 * memory is exhausted or a hole cannot be patched (the executor then runs in
 * the uop interpreter). */
int jit_emit(VM *vm, Executor *ex);
void jit_free_executor_code(VM *vm, Executor *ex);
/* Makes all machine code emitted since the last seal executable (and starts
 * a new seal epoch).  Returns 0, or -1 if an mprotect failed. */
int jit_seal(VM *vm);
/* ex is going away: drop it from the list of traces to describe at the next
 * seal (emit.c). */
void jit_forget_unsealed(JitState *js, Executor *ex);
/* Is ex's machine code emitted but not sealed yet? */
static inline bool executor_unsealed(const Executor *ex, const JitState *js) {
    return ex->jit_code && ex->seal_epoch == js->seal_epoch;
}
/* trace.c: the loop family's exit to `target` (created cold on first use),
 * or ex's own exit when target is ex's own start. */
SideExit *tier2_exit_for(VM *vm, Executor *ex, uint32_t target);
/* stencils/shim.c (compiled by clang): calls JIT code. */
int64_t jit_shim(void *entry, Frame *frame, Value *sp, VM *vm);

/* Frees a code object's executors (called by the code object's finalizer). */
void tier2_code_free(Code *co);

void tier2_print_stats(VM *vm, FILE *out);
/* The same counters (and the JIT memory's) as the members of a JSON object,
 * "jit": {...}, without the enclosing braces. */
void tier2_print_stats_json(VM *vm, FILE *out);

#endif
