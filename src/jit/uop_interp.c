/* uop_interp.c - executes traces uop by uop (--jit=uops).
 *
 * It includes the same generated uop bodies the JIT's stencils are built from,
 * with its own definitions of the body macros: a failed guard (DEOPT_IF) or a
 * taken branch (JUMP_TO) leaves the trace at a bytecode offset, an error
 * (ERROR_IF) leaves it with the exception pending.  It is the reference the
 * machine-code JIT is tested against.
 */
#include <stdlib.h>

#include "../runtime/containers.h"
#include "../vm/rt.h"
#include "opcodes.h"
#include "tier2.h"

/* call helpers shared with ceval.c */
Value call_from_frame(VM *vm, Value callable, Value *args, int nargs, Tuple *kwnames);

#define UOP_CASE(name) case UOP##name:
#define UOP_NEXT() \
    do { \
        uop++; \
        goto dispatch; \
    } while (0)

#define oparg ((int)uop->oparg)
#define CACHE (uop->cache)
#define LOCALS localsplus
#define CONSTS consts
#define NAMES(i) ((Str *)val_as_obj(names[i]))
#define GLOBALS globals
#define BUILTINS builtins
#define ERROR_IF(cond) \
    do { \
        if (__builtin_expect(!!(cond), 0)) { \
            sp = base_; \
            goto error_exit; \
        } \
    } while (0)
#define DEOPT_IF(cond) \
    do { \
        if (__builtin_expect(!!(cond), 0)) goto deopt_exit; \
    } while (0)
#define JUMP_TO(t) \
    do { \
        sp = base_; \
        exit_target = (t); \
        goto side_exit; \
    } while (0)
#define EXIT_JUMP(t) JUMP_TO(t)
#define SPECIALIZE(fn, ...) ((void)0)
#define SAFEPOINT() rt_safepoint(vm, frame, sp)
#define SYNC_FOR_CALL() (frame->sp = sp, frame->ip = first_instr + uop->target + 1)
#define CALL_FUNCTION(c, a, n, kw) (SYNC_FOR_CALL(), call_from_frame(vm, (c), (a), (n), (kw)))
#define CALL_PY_EXACT_ARGS(f, a, n) (SYNC_FOR_CALL(), call_py_exact_args(vm, (f), (a), (n)))
#define RETURN_VALUE(v) ((void)(v), abort()) /* never traced */
#define RERAISE_EXC(v) ((void)(v), abort())  /* never traced */
#define TIER2_HOTNESS() ((void)0)
#define RECORD_BRANCH(taken) ((void)(taken))
#define TIER2_ENTER(idx) abort() /* JUMP_BACKWARD / ENTER_EXECUTOR end traces */
#define EXIT_TRACE() \
    do { \
        exit_target = uop->target; \
        goto side_exit; \
    } while (0)
#define EXIT_STUB() abort() /* machine code only */
#define COLD_EXIT() abort() /* machine code only */
#define JUMP_TO_LOOP() \
    do { \
        exit_target = uop->target; /* the loop head: the driver goes on in the loop trace */ \
        goto side_exit; \
    } while (0)
#define TRACE_VALID() executor_valid(ex, globals, builtins)
#define JUMP_TO_TOP() \
    do { \
        uop = ex->uops; \
        goto dispatch; \
    } while (0)

int64_t uop_execute(VM *vm, Frame *frame, Executor *ex, Value **spp) {
    Code *co = frame->code;
    CodeUnit *first_instr = co->code;
    Value *localsplus = frame->localsplus;
    const Value *consts = co->consts->items;
    const Value *names = co->names->items;
    Dict *globals = frame->globals;
    Dict *builtins = vm->builtins;
    Value *sp = *spp;
    const UOpInst *uop = ex->uops;
    int64_t exit_target;
    (void)first_instr;

dispatch:
    switch (uop->op) {
#include "uop_cases.h"
    default:
        abort();
    }

deopt_exit:
    exit_target = uop->target;
side_exit:
    *spp = sp;
    return exit_target;
error_exit:
    *spp = sp;
    return -(int64_t)uop->target - 1;
}
#undef oparg
