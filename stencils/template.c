/* template.c - the C template every stencil is compiled from.
 *
 * clang-19 compiles this file once per uop with -DUOP_ID=UOP_<name>.  The
 * switch below then keeps only that uop's body (from the generated
 * uop_cases.h - the same bodies the interpreters run), and the body macros
 * turn into holes: extern symbols whose addresses the emitter patches in
 * (operands, the next stencil, C helpers).
 *
 * Calling convention: every stencil is `preserve_none` and takes
 * (frame, sp, vm); it continues with a tail call (`musttail`, a plain jmp)
 * to the next stencil, so the whole trace runs in the stack frame of the
 * shim (shim.c) that entered it.  Leaving the trace is a plain `ret` to the
 * shim with the bytecode offset to resume at (negative: an exception is
 * pending), after storing the stack pointer in frame->sp.
 */
#include "../src/jit/tier2.h"
#include "../src/runtime/containers.h"
#include "../src/vm/rt.h"
#include "opcodes.h"

#define PRESERVE_NONE __attribute__((preserve_none))
typedef PRESERVE_NONE int64_t (*JitFn)(Frame *frame, Value *sp, VM *vm);

/* Holes: only their addresses matter. */
extern char _JIT_OPARG[], _JIT_OPERAND[], _JIT_OPERAND2[], _JIT_TARGET[];
extern PRESERVE_NONE int64_t _JIT_CONTINUE(Frame *frame, Value *sp, VM *vm);
extern PRESERVE_NONE int64_t _JIT_JUMP_TARGET(Frame *frame, Value *sp, VM *vm);
/* Exits: a failed guard continues at _JIT_EXIT (resume at this uop's
 * instruction), a taken branch at _JIT_JUMP_EXIT (resume at oparg).  Both are
 * patched to the trace's _EXIT_STUB copy for that exit, which jumps on
 * through the exit's SideExit (tier2.h). */
extern PRESERVE_NONE int64_t _JIT_EXIT(Frame *frame, Value *sp, VM *vm);
extern PRESERVE_NONE int64_t _JIT_JUMP_EXIT(Frame *frame, Value *sp, VM *vm);

Value call_from_frame(VM *vm, Value callable, Value *args, int nargs, Tuple *kwnames);

#define OPERAND ((uint64_t)(uintptr_t)_JIT_OPERAND)
#define TARGET ((int64_t)(uint32_t)(uintptr_t)_JIT_TARGET)

#define oparg ((int)(uint32_t)(uintptr_t)_JIT_OPARG)
#define CACHE \
    ((const CodeUnit[3]){(CodeUnit)OPERAND, (CodeUnit)(OPERAND >> 32), (CodeUnit)(uintptr_t)_JIT_OPERAND2})
#define LOCALS (frame->localsplus)
#define CONSTS (frame->code->consts->items)
#define NAMES(i) ((Str *)val_as_obj(frame->code->names->items[i]))
#define GLOBALS (frame->globals)
#define BUILTINS (vm->builtins)
#define LEAVE(off) \
    do { \
        frame->sp = sp; \
        return (off); \
    } while (0)
#define ERROR_IF(cond) \
    do { \
        if (__builtin_expect(!!(cond), 0)) { \
            sp = base_; \
            LEAVE(-TARGET - 1); \
        } \
    } while (0)
#define DEOPT_IF(cond) \
    do { \
        if (__builtin_expect(!!(cond), 0)) __attribute__((musttail)) return _JIT_EXIT(frame, sp, vm); \
    } while (0)
/* every traced JUMP_TO goes to oparg (the stub's target) */
#define JUMP_TO(t) \
    do { \
        (void)(t); \
        sp = base_; \
        __attribute__((musttail)) return _JIT_JUMP_EXIT(frame, sp, vm); \
    } while (0)
#define EXIT_JUMP(t) JUMP_TO(t)
#define SPECIALIZE(fn, ...) ((void)0)
#define SAFEPOINT() rt_safepoint(vm, frame, sp)
#define SYNC_FOR_CALL() (frame->sp = sp, frame->ip = frame->code->code + TARGET + 1)
#define CALL_FUNCTION(c, a, n, kw) (SYNC_FOR_CALL(), call_from_frame(vm, (c), (a), (n), (kw)))
#define CALL_PY_EXACT_ARGS(f, a, n) (SYNC_FOR_CALL(), call_py_exact_args(vm, (f), (a), (n)))
#define RETURN_VALUE(v) ((void)(v), __builtin_trap()) /* never traced */
#define RERAISE_EXC(v) ((void)(v), __builtin_trap())
#define RECORD_BRANCH(taken) ((void)(taken))
#define TIER2_HOTNESS() ((void)0)
#define TIER2_ENTER(idx) __builtin_trap()
#define EXIT_TRACE() __attribute__((musttail)) return _JIT_EXIT(frame, sp, vm)
#define EXIT_STUB() \
    do { \
        SideExit *exit_ = (SideExit *)(uintptr_t)OPERAND; \
        vm->jit_exit = exit_; \
        __attribute__((musttail)) return ((JitFn)exit_->jump)(frame, sp, vm); \
    } while (0)
#define COLD_EXIT() LEAVE((int64_t)((SideExit *)vm->jit_exit)->target)
#define JUMP_TO_LOOP() __attribute__((musttail)) return _JIT_JUMP_TARGET(frame, sp, vm)
#define TRACE_VALID() executor_valid((Executor *)(uintptr_t)OPERAND, GLOBALS, BUILTINS)
#define JUMP_TO_TOP() __attribute__((musttail)) return _JIT_JUMP_TARGET(frame, sp, vm)
#define UOP_CASE(name) case UOP##name:
#define UOP_NEXT() __attribute__((musttail)) return _JIT_CONTINUE(frame, sp, vm)

PRESERVE_NONE int64_t _JIT_ENTRY(Frame *frame, Value *sp, VM *vm) {
    switch (UOP_ID) {
#include "uop_cases.h"
    default:
        __builtin_unreachable();
    }
}
