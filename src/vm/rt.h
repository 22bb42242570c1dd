/* rt.h - runtime helpers called from instruction bodies (bytecodes.def).
 *
 * These are the slow or bulky halves of instructions.  The interpreter calls
 * them directly; the JIT's stencils will call the same functions as holes. */
#ifndef GJ_RT_H
#define GJ_RT_H

#include "../vm.h"

/* Adaptive counters: generic instructions specialize when CACHE[0] reaches 0. */
#define RT_WARMUP 1   /* initial counter written by the compiler */
#define RT_BACKOFF 53 /* after a failed specialization or a deopt */

/* Backward edges and function entry: let the collector run if it asked to.
 * The frame's stack pointer must be exact for the collector's root scan. */
static inline void rt_safepoint(VM *vm, Frame *frame, Value *sp) {
    if (__builtin_expect(vm->gc_debt > 0, 0) && !vm->gc_inhibit) {
        frame->sp = sp;
        gc_safepoint_collect(vm);
    }
}

/* Truth of a condition that is not a bool: small ints inline, else the protocol. */
static inline int rt_truthy(VM *vm, Value v) {
    if (val_is_smallint(v)) return val_as_smallint(v) != 0;
    return value_truthy(vm, v);
}

int rt_unbound_local(VM *vm, Frame *f, int idx);  /* raises; returns 1 */
int rt_unbound_deref(VM *vm, Frame *f, int idx);  /* raises; returns 1 */
Value rt_load_classderef(VM *vm, Frame *f, int idx);
Value rt_load_global(VM *vm, Dict *globals, Dict *builtins, Str *name);
Value rt_load_name(VM *vm, Dict *ns, Dict *globals, Dict *builtins, Str *name);
int rt_delete_name(VM *vm, Dict *d, Str *name);
Value rt_load_method(VM *vm, Value owner, Str *name, Value *self_or_null);
static inline Value rt_cache_value(uint32_t lo, uint32_t hi) { return (Value)lo | ((Value)hi << 32); }
static inline bool rt_cmp_i64(int64_t a, int64_t b, int op) {
    switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
    }
}
static inline bool rt_cmp_f64(double a, double b, int op) {
    switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
    }
}
Value rt_build_set(VM *vm, Value *items, int n);
Value rt_build_map(VM *vm, Value *items, int npairs);
Value rt_build_string(VM *vm, Value *pieces, int n);
int rt_dict_update(VM *vm, Dict *d, Value other, bool merge);
Value rt_key_error(VM *vm, Value key);
int rt_unpack(VM *vm, Value seq, int before, int after, Value *items); /* after < 0: exactly `before` */
Value rt_list_append_method(VM *vm);
Value rt_call_ex(VM *vm, Value callable, Value self_or_null, Value posargs, Value kwargs);
Value rt_make_function(VM *vm, Frame *f, Value codeobj, Value *extra, int flags);
Value rt_current_handled(VM *vm, Frame *f);
void rt_raise(VM *vm, Value exc, Value cause);
int rt_exc_match(VM *vm, Value exc, Value type);
Value rt_build_class(VM *vm, Frame *f, Value body, Value name, Value base);
Value rt_import_name(VM *vm, Frame *f, Str *name, Value level, Value fromlist);

/* ceval.c */
Value call_py_exact_args(VM *vm, Function *f, Value *args, int nargs);

/* specialize.c: each rewrites the instruction at instr in place (or backs off). */
void specialize_load_global(VM *vm, CodeUnit *instr, Dict *globals, Dict *builtins);
void specialize_load_attr(VM *vm, CodeUnit *instr, Value owner, Str *name);
void specialize_store_attr(VM *vm, CodeUnit *instr, Value owner, Str *name);
void specialize_load_method(VM *vm, CodeUnit *instr, Value owner, Str *name);
void specialize_binary_op(VM *vm, CodeUnit *instr, Value lhs, Value rhs);
void specialize_compare_op(VM *vm, CodeUnit *instr, Value lhs, Value rhs);
void specialize_binary_subscr(VM *vm, CodeUnit *instr, Value container, Value sub);
void specialize_store_subscr(VM *vm, CodeUnit *instr, Value container, Value sub);
void specialize_for_iter(VM *vm, CodeUnit *instr, Value iter);
void specialize_call(VM *vm, CodeUnit *instr, Value callable, Value self_or_null, int nargs);

#endif
