/* fixture.h - a miniature stencil template for the stencil_tool tests.
 *
 * Each .c file in tests/stencil_fixtures is compiled by clang-19 with the stencil
 * flags (cmake/stencils.cmake) into one object defining _JIT_ENTRY, like the
 * real template: holes are the addresses of the extern _JIT_* symbols, exits
 * are musttail calls, helpers are plain extern C functions and globals that
 * the tests (tests/unit/test_stencil_*.c) define. */
#ifndef GLASSJIT_STENCIL_FIXTURE_H
#define GLASSJIT_STENCIL_FIXTURE_H

#include <stdint.h>

typedef uint64_t Value;
typedef struct VM VM;
typedef struct Frame Frame;

#define JIT_CC __attribute__((preserve_none))

/* value holes: only their addresses are used */
extern char _JIT_OPARG[], _JIT_OPERAND[], _JIT_OPERAND2[], _JIT_TARGET[];
#define OPARG ((uintptr_t)&_JIT_OPARG)
#define OPERAND ((uintptr_t)&_JIT_OPERAND)
#define OPERAND2 ((uintptr_t)&_JIT_OPERAND2)
#define TARGET ((uintptr_t)&_JIT_TARGET)

/* code holes */
JIT_CC Value _JIT_ENTRY(VM *vm, Frame *frame, Value *sp);
JIT_CC Value _JIT_CONTINUE(VM *vm, Frame *frame, Value *sp);
JIT_CC Value _JIT_JUMP_TARGET(VM *vm, Frame *frame, Value *sp);
JIT_CC Value _JIT_EXIT(VM *vm, Frame *frame, Value *sp);
JIT_CC Value _JIT_ERROR(VM *vm, Frame *frame, Value *sp);

#define STENCIL JIT_CC Value _JIT_ENTRY(VM *vm, Frame *frame, Value *sp)
#define GOTO(where) __attribute__((musttail)) return where(vm, frame, sp)
#define CONTINUE() GOTO(_JIT_CONTINUE)

/* helpers (defined by the tests) */
Value fixture_helper(VM *vm, Value a, Value b);
void fixture_log(const char *msg, double d);
void fixture_fill(char *buf, unsigned n);
extern char fixture_global[];
extern int fixture_counter;

#endif
