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

/* Uops that never run guest code or change a dict's keys: a trace made only
 * of these (plus calls, which are followed by _CHECK_VALIDITY, and truth
 * tests of values known to be bools) may load globals without per-load
 * version checks. */
static bool keeps_dicts(int op) {
    switch (op) {
    case UOP_NOP: case UOP_POP_TOP: case UOP_PUSH_NULL: case UOP_COPY: case UOP_SWAP: case UOP_LOAD_CONST:
    case UOP_LOAD_FAST: case UOP_LOAD_FAST_CHECK: case UOP_STORE_FAST: case UOP_LOAD_DEREF: case UOP_STORE_DEREF:
    case UOP_LOAD_CLOSURE: case UOP_LOAD_GLOBAL_MODULE: case UOP_LOAD_GLOBAL_BUILTIN:
    case UOP_GUARD_BOTH_INT: case UOP_GUARD_BOTH_FLOAT: case UOP_BINARY_OP_ADD_INT: case UOP_BINARY_OP_SUB_INT:
    case UOP_BINARY_OP_MUL_INT: case UOP_BINARY_OP_MOD_INT: case UOP_BINARY_OP_FLOORDIV_INT:
    case UOP_BINARY_OP_BITWISE_INT: case UOP_BINARY_OP_SHIFT_INT: case UOP_BINARY_OP_ADD_FLOAT: case UOP_BINARY_OP_SUB_FLOAT:
    case UOP_BINARY_OP_MUL_FLOAT: case UOP_BINARY_OP_TRUEDIV_FLOAT: case UOP_BINARY_OP_ADD_STR:
    case UOP_COMPARE_OP_INT: case UOP_COMPARE_OP_FLOAT: case UOP_COMPARE_OP_STR: case UOP_IS_OP:
    case UOP_POP_JUMP_IF_NONE: case UOP_POP_JUMP_IF_NOT_NONE: case UOP_POP_JUMP_IF_FALSE: case UOP_POP_JUMP_IF_TRUE: case UOP_FOR_ITER_RANGE: case UOP_FOR_ITER_LIST:
    case UOP_BINARY_SUBSCR_LIST_INT: case UOP_BINARY_SUBSCR_TUPLE_INT: case UOP_STORE_SUBSCR_LIST_INT:
    case UOP_LOAD_ATTR_INSTANCE: case UOP_LOAD_ATTR_MODULE: case UOP_STORE_ATTR_INSTANCE: case UOP_LOAD_METHOD_CACHED:
    case UOP_BUILD_TUPLE: case UOP_BUILD_LIST: case UOP_LIST_APPEND: case UOP_CALL_LIST_APPEND:
    case UOP_CALL: case UOP_CALL_PY_EXACT: case UOP_CALL_NATIVE:
    case UOP_CHECK_VALIDITY: case UOP_JUMP_TO_TOP: case UOP_EXIT_TRACE:
        return true;
    default:
        return false;
    }
}

static bool is_call_uop(int op) { return op == UOP_CALL || op == UOP_CALL_PY_EXACT || op == UOP_CALL_NATIVE; }

/* Global loads rely on _CHECK_VALIDITY (at the top and after every call)
 * instead of checking the dicts' versions themselves. */
static void assume_globals(Executor *ex, const Dict *globals, const Dict *builtins) {
    bool any = false;
    for (int i = 0; i < ex->nuops; i++) {
        int op = ex->uops[i].op;
        if (!keeps_dicts(op)) return;
        if (is_call_uop(op) && (i + 1 >= ex->nuops || ex->uops[i + 1].op != UOP_CHECK_VALIDITY)) return;
        any |= op == UOP_LOAD_GLOBAL_MODULE || op == UOP_LOAD_GLOBAL_BUILTIN;
    }
    if (!any || ex->uops[0].op != UOP_CHECK_VALIDITY) return;
    uint32_t gv = (uint32_t)globals->keys_version, bv = (uint32_t)builtins->keys_version;
    for (int i = 0; i < ex->nuops; i++) {
        UOpInst *u = &ex->uops[i];
        if (u->op == UOP_LOAD_GLOBAL_MODULE && u->cache[1] == gv) u->op = UOP_LOAD_GLOBAL_MODULE_ASSUMED;
        else if (u->op == UOP_LOAD_GLOBAL_BUILTIN && u->cache[1] == gv && u->cache[0] == bv)
            u->op = UOP_LOAD_GLOBAL_BUILTIN_ASSUMED;
    }
    ex->assumes_globals = 1;
    ex->globals_ver = gv;
    ex->builtins_ver = bv;
}

int trace_optimize(Executor *ex, JitStats *stats, const Dict *globals, const Dict *builtins) {
    Code *co = ex->code;
    /* the loop head may already hold values (an iterator): start the
     * tracked stack on a base of unknown slots */
    State s = {.nlocals = co->nlocals, .sp = co->stacksize};
    s.locals = calloc((size_t)co->nlocals + 1, 1);
    s.stored = calloc((size_t)co->nlocals + 1, 1);
    int removed = 0;
    bool bool_branches = true; /* every truth test in the trace sees a bool */
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
        case UOP_POP_JUMP_IF_FALSE:
        case UOP_POP_JUMP_IF_TRUE:
            if (top(&s, 0) != T_BOOL) bool_branches = false;
            generic(&s, u);
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
    if (!s.overflow && bool_branches) assume_globals(ex, globals, builtins);
    stats->guards_removed += (uint64_t)removed;
    return removed;
}
