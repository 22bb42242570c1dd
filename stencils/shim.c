/* shim.c - the one C function that enters JIT code.
 *
 * Compiled by clang-19 (stencils use the preserve_none convention, which gcc
 * does not know) with frame pointers on, so frame-pointer walks from inside
 * any stencil, or from a C helper a stencil calls, reach this frame, then the
 * interpreter frame that entered the trace, then main.  The trace's stencils
 * jump to each other and finally `ret` here. */
#include <stdint.h>

typedef struct Frame Frame;
typedef struct VM VM;
typedef uint64_t Value;
typedef __attribute__((preserve_none)) int64_t (*JitFn)(Frame *frame, Value *sp, VM *vm);

int64_t jit_shim(void *entry, Frame *frame, Value *sp, VM *vm);

__attribute__((noinline)) int64_t jit_shim(void *entry, Frame *frame, Value *sp, VM *vm) {
    return ((JitFn)entry)(frame, sp, vm);
}
