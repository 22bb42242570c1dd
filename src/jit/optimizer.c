/* optimizer.c - the trace optimizer: type propagation over a loop trace.
 *
 * A trace is straight-line code (every branch leaves it), so one forward
 * pass can track what is known about each operand-stack slot and local:
 * small int, float, bool or unknown.  A guard whose operands are already
 * known to pass is removed (replaced by _NOP, which the emitter skips), and
 * a _LOAD_FAST_CHECK of a local stored earlier in the same iteration becomes
 * _LOAD_FAST.  Facts come only from uops that run before the use in the same
 * iteration, since _JUMP_TO_TOP re-enters with nothing known.
 *
 * Constant folding applies to constants' types (a LOAD_CONST of a float is a
 * known float); folding arithmetic values needs results that cannot
 * overflow into boxed ints and is left for later.
 */
#include <stdlib.h>
#include <string.h>

#include "opcodes.h"
#include "tier2.h"

enum { T_UNKNOWN, T_SMALLINT, T_FLOAT, T_BOOL };

#define MAX_STACK 512

typedef struct State {
    uint8_t *locals;    /* type per local slot */
    uint8_t *stored;    /* local written earlier in this iteration */
    int nlocals;
    uint8_t stack[MAX_STACK];
    int sp;
    int overflow;       /* stack tracking gave up: keep every remaining uop */
} State;

static uint8_t const_type(Value v) {
    if (val_is_smallint(v)) return T_SMALLINT;
    if (val_is_float(v)) return T_FLOAT;
    if (val_is_bool(v)) return T_BOOL;
    return T_UNKNOWN;
}

static void push(State *s, uint8_t t) {
    if (s->sp >= MAX_STACK) { s->overflow = 1; return; }
    s->stack[s->sp++] = t;
}

static uint8_t top(const State *s, int k) { return s->sp > k ? s->stack[s->sp - 1 - k] : T_UNKNOWN; }

/* The generic stack effect: pop the inputs, push unknown outputs. */
static void generic(State *s, const UOpInst *u) {
    int in = uop_inputs(u->op, (int)u->oparg), out = uop_outputs(u->op, (int)u->oparg);
    if (in > s->sp) { s->overflow = 1; return; }
    s->sp -= in;
    for (int i = 0; i < out; i++) push(s, T_UNKNOWN);
}

static uint8_t result_type(int op) {
    switch (op) {
    case UOP_BINARY_OP_ADD_FLOAT: case UOP_BINARY_OP_SUB_FLOAT: case UOP_BINARY_OP_MUL_FLOAT:
    case UOP_BINARY_OP_TRUEDIV_FLOAT:
        return T_FLOAT;
    case UOP_COMPARE_OP_INT: case UOP_COMPARE_OP_FLOAT: case UOP_COMPARE_OP_STR: case UOP_IS_OP:
    case UOP_CONTAINS_OP: case UOP_UNARY_NOT:
        return T_BOOL;
    case UOP_BINARY_OP_MOD_INT: case UOP_BINARY_OP_BITWISE_INT:
        return T_SMALLINT; /* results stay within the operands' 48-bit range */
    default:
        return T_UNKNOWN;
    }
}

int trace_optimize(Executor *ex, JitStats *stats) {
    Code *co = ex->code;
    /* the loop head may already hold values (an iterator): start the
     * tracked stack on a base of unknown slots */
    State s = {.nlocals = co->nlocals, .sp = co->stacksize};
    s.locals = calloc((size_t)co->nlocals + 1, 1);
    s.stored = calloc((size_t)co->nlocals + 1, 1);
    int removed = 0;
    if (co->stacksize * 2 > MAX_STACK) s.overflow = 1;
    for (int i = 0; i < ex->nuops && !s.overflow; i++) {
        UOpInst *u = &ex->uops[i];
        int a = (int)u->oparg;
        switch (u->op) {
        case UOP_LOAD_CONST:
            push(&s, const_type(co->consts->items[a]));
            break;
        case UOP_LOAD_FAST_CHECK:
            if (a < s.nlocals && s.stored[a]) u->op = UOP_LOAD_FAST;
            /* fall through */
        case UOP_LOAD_FAST:
            push(&s, a < s.nlocals ? s.locals[a] : T_UNKNOWN);
            break;
        case UOP_STORE_FAST:
            if (a < s.nlocals) {
                s.locals[a] = top(&s, 0);
                s.stored[a] = 1;
            }
            s.sp--;
            break;
        case UOP_DELETE_FAST:
            if (a < s.nlocals) s.locals[a] = T_UNKNOWN, s.stored[a] = 0;
            break;
        case UOP_GUARD_BOTH_INT:
            if (top(&s, 0) == T_SMALLINT && top(&s, 1) == T_SMALLINT) {
                u->op = UOP_NOP;
                removed++;
            } else {
                s.stack[s.sp - 1] = s.stack[s.sp - 2] = T_SMALLINT;
            }
            break;
        case UOP_GUARD_BOTH_FLOAT:
            if (top(&s, 0) == T_FLOAT && top(&s, 1) == T_FLOAT) {
                u->op = UOP_NOP;
                removed++;
            } else {
                s.stack[s.sp - 1] = s.stack[s.sp - 2] = T_FLOAT;
            }
            break;
        case UOP_FOR_ITER_RANGE:
            generic(&s, u);
            if (!s.overflow) s.stack[s.sp - 1] = T_UNKNOWN;
            break;
        case UOP_JUMP_TO_TOP:
        case UOP_EXIT_TRACE:
            break;
        default: {
            uint8_t t = result_type(u->op);
            generic(&s, u);
            if (!s.overflow && t != T_UNKNOWN && uop_outputs(u->op, a) == 1) s.stack[s.sp - 1] = t;
            break;
        }
        }
    }
    free(s.locals);
    free(s.stored);
    /* drop the _NOPs */
    int k = 0;
    for (int i = 0; i < ex->nuops; i++)
        if (ex->uops[i].op != UOP_NOP) ex->uops[k++] = ex->uops[i];
    ex->nuops = k;
    stats->guards_removed += (uint64_t)removed;
    return removed;
}
