/* tuple.c - the tuple type. */
#include <stdlib.h>

#include "containers.h"
#include "vm.h"

Tuple *tuple_new(VM *vm, int64_t len) {
    Tuple *t = gc_new(vm, &TupleType, sizeof(Tuple) + (size_t)len * sizeof(Value));
    t->len = len;
    for (int64_t i = 0; i < len; i++) t->items[i] = VAL_NONE;
    return t;
}

Value tuple_pack(VM *vm, int n, ...) {
    Tuple *t = gc_new(vm, &TupleType, sizeof(Tuple) + (size_t)n * sizeof(Value));
    t->len = n;
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) t->items[i] = va_arg(ap, Value);
    va_end(ap);
    return OBJ_VAL(t);
}

Value tuple_from_array(VM *vm, const Value *items, int64_t n) {
    Tuple *t = gc_new(vm, &TupleType, sizeof(Tuple) + (size_t)n * sizeof(Value));
    t->len = n;
    if (n) memcpy(t->items, items, (size_t)n * sizeof(Value));
    return OBJ_VAL(t);
}

Value tuple_getslice(VM *vm, Tuple *t, int64_t lo, int64_t hi) {
    if (lo < 0) lo = 0;
    if (hi > t->len) hi = t->len;
    if (hi < lo) hi = lo;
    if (lo == 0 && hi == t->len) return OBJ_VAL(t);
    return tuple_from_array(vm, t->items + lo, hi - lo);
}

Value tuple_from_iterable(VM *vm, Value iterable) {
    if (val_is_type(iterable, &TupleType)) return iterable;
    if (val_is_type(iterable, &ListType)) return list_as_tuple(vm, AS(List, iterable));
    Value l = seq_from_iterable(vm, iterable);
    if (l == VAL_ERR) return VAL_ERR;
    return list_as_tuple(vm, AS(List, l));
}

static void tuple_trace(VM *vm, Obj *o) {
    Tuple *t = (Tuple *)o;
    for (int64_t i = 0; i < t->len; i++) gc_mark_value(vm, t->items[i]);
}

static Value tuple_repr(VM *vm, Value self) {
    Tuple *t = AS(Tuple, self);
    if (t->len == 0) return OBJ_VAL(str_intern_cstr(vm, "()"));
    int st = repr_enter(vm, &t->hdr);
    if (st < 0) return VAL_ERR;
    if (st > 0) return OBJ_VAL(str_intern_cstr(vm, "(...)"));
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, '(');
    for (int64_t i = 0; i < t->len; i++) {
        if (i) sb_puts(&b, ", ");
        Value r = value_repr(vm, t->items[i]);
        if (r == VAL_ERR) {
            sb_free(&b);
            repr_leave(vm, &t->hdr);
            return VAL_ERR;
        }
        sb_put_str(&b, AS(Str, r));
    }
    if (t->len == 1) sb_putc(&b, ',');
    sb_putc(&b, ')');
    repr_leave(vm, &t->hdr);
    return sb_finish(vm, &b);
}

/* CPython 3.11 tuplehash (xxHash based). */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int tuple_hash(VM *vm, Value self, int64_t *out) {
    Tuple *t = AS(Tuple, self);
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < t->len; i++) {
        int64_t h;
        if (cont_hash(vm, t->items[i], &h) < 0) return -1;
        uint64_t lane = (uint64_t)h;
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) acc = 1546275796;
    *out = (int64_t)acc;
    return 0;
}

static Value tuple_richcmp(VM *vm, Value a, Value b, int op) {
    if (!val_is_kind(a, &TupleType) || !val_is_kind(b, &TupleType)) return VAL_NOTIMPL;
    Tuple *x = AS(Tuple, a), *y = AS(Tuple, b);
    int64_t i;
    if (cont_stack_check(vm, " in comparison") < 0) return VAL_ERR;
    for (i = 0; i < x->len && i < y->len; i++) {
        int k = cont_eq(vm, x->items[i], y->items[i]);
        if (k < 0) return VAL_ERR;
        if (!k) break;
    }
    if (i >= x->len || i >= y->len) {
        int64_t p = x->len, q = y->len;
        bool r;
        switch (op) {
        case CMP_LT: r = p < q; break;
        case CMP_LE: r = p <= q; break;
        case CMP_EQ: r = p == q; break;
        case CMP_NE: r = p != q; break;
        case CMP_GT: r = p > q; break;
        default: r = p >= q; break;
        }
        return val_from_bool(r);
    }
    if (op == CMP_EQ) return VAL_FALSE;
    if (op == CMP_NE) return VAL_TRUE;
    return value_richcmp(vm, x->items[i], y->items[i], op);
}

static int64_t tuple_len(VM *vm, Value self) {
    (void)vm;
    return AS(Tuple, self)->len;
}

static int tuple_truthy(VM *vm, Value self) {
    (void)vm;
    return AS(Tuple, self)->len != 0;
}

static Value tuple_getitem(VM *vm, Value self, Value key) {
    Tuple *t = AS(Tuple, self);
    if (val_is_smallint(key)) {
        int64_t i = val_as_smallint(key);
        if (i < 0) i += t->len;
        if ((uint64_t)i >= (uint64_t)t->len) return vm_raise(vm, &IndexErrorType, "tuple index out of range");
        return t->items[i];
    }
    if (val_is_type(key, &SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(vm, AS(Slice, key), t->len, &start, &stop, &step);
        if (n < 0) return VAL_ERR;
        if (step == 1) return tuple_getslice(vm, t, start, stop);
        Tuple *r = tuple_new(vm, n);
        for (int64_t k = 0, j = start; k < n; k++, j += step) r->items[k] = t->items[j];
        return OBJ_VAL(r);
    }
    int64_t i;
    if (index_value(vm, key, "tuple", &i) < 0) return VAL_ERR;
    if (i < 0) i += t->len;
    if (i < 0 || i >= t->len) return vm_raise(vm, &IndexErrorType, "tuple index out of range");
    return t->items[i];
}

static int tuple_contains(VM *vm, Value self, Value item) {
    Tuple *t = AS(Tuple, self);
    for (int64_t i = 0; i < t->len; i++) {
        int k = cont_eq(vm, t->items[i], item);
        if (k) return k;
    }
    return 0;
}

static Value tuple_iter(VM *vm, Value self) { return tuple_iter_new(vm, AS(Tuple, self)); }

/* Does the other operand's (user) class define the reflected method? Then
 * let the generic machinery try it instead of raising our own TypeError. */
static bool other_has_reflected(VM *vm, Value other, Str *name) {
    (void)vm;
    Type *t = val_type(other);
    return (t->flags & TYPE_USER) && type_lookup(t, name) != VAL_UNDEF;
}

/* Repeat count for seq * n: int, bool or __index__; else TypeError. */
int seq_repeat_count(VM *vm, Value n, int64_t *out) {
    if (val_is_smallint(n)) {
        *out = val_as_smallint(n);
        return 0;
    }
    if (val_is_bool(n) || val_is_type(n, &IntType)) {
        *out = int_value(n);
        return 0;
    }
    Type *t = val_type(n);
    if ((t->flags & TYPE_USER) && type_lookup(t, vm->names.__index__) != VAL_UNDEF)
        return value_index(vm, n, out) == VAL_ERR ? -1 : 0;
    vm_raise(vm, &TypeErrorType, "can't multiply sequence by non-int of type '%s'", type_name_of(n));
    return -1;
}

static Value tuple_binop(VM *vm, Value a, Value b, int op) {
    op &= ~BINOP_INPLACE;
    if (op == BINOP_ADD) {
        if (!val_is_kind(a, &TupleType)) return VAL_NOTIMPL;
        if (!val_is_kind(b, &TupleType)) {
            if (other_has_reflected(vm, b, vm->names.__radd__)) return VAL_NOTIMPL;
            return vm_raise(vm, &TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", type_name_of(b));
        }
        Tuple *x = AS(Tuple, a), *y = AS(Tuple, b);
        if (y->len == 0 && val_is_type(a, &TupleType)) return a;
        if (x->len == 0 && val_is_type(b, &TupleType)) return b;
        Tuple *r = gc_new(vm, &TupleType, sizeof(Tuple) + (size_t)(x->len + y->len) * sizeof(Value));
        r->len = x->len + y->len;
        memcpy(r->items, x->items, (size_t)x->len * sizeof(Value));
        memcpy(r->items + x->len, y->items, (size_t)y->len * sizeof(Value));
        return OBJ_VAL(r);
    }
    if (op == BINOP_MUL) {
        Value seq = a, nv = b;
        if (!val_is_kind(a, &TupleType)) {
            seq = b;
            nv = a;
        } else if (!val_is_int(b) && !val_is_bool(b)) {
            if (other_has_reflected(vm, b, vm->names.__rmul__)) return VAL_NOTIMPL;
        }
        int64_t n;
        if (seq_repeat_count(vm, nv, &n) < 0) return VAL_ERR;
        Tuple *t = AS(Tuple, seq);
        if (n < 0) n = 0;
        if (n == 1 && val_is_type(seq, &TupleType)) return seq;
        if (t->len && n > INT64_MAX / 16 / t->len)
            return vm_raise(vm, &OverflowErrorType, "cannot fit 'int' into an index-sized integer");
        int64_t total = t->len * n;
        Tuple *r = gc_new(vm, &TupleType, sizeof(Tuple) + (size_t)total * sizeof(Value));
        r->len = total;
        for (int64_t k = 0; k < n; k++) memcpy(r->items + k * t->len, t->items, (size_t)t->len * sizeof(Value));
        return OBJ_VAL(r);
    }
    return VAL_NOTIMPL;
}

static Value tuple_construct(VM *vm, Type *type, Value *args, int nargs, Tuple *kwnames) {
    (void)type;
    if (kwnames && arg_nokw(vm, "tuple", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "tuple", nargs, 0, 1) < 0) return VAL_ERR;
    if (nargs == 0) return OBJ_VAL(tuple_new(vm, 0));
    return tuple_from_iterable(vm, args[0]);
}

/* start/stop arguments of index(): clamp like slice indices. */
int seq_index_bounds(VM *vm, Value *args, int nargs, int first, int64_t len, int64_t *lo, int64_t *hi) {
    *lo = 0;
    *hi = len;
    for (int k = 0; k < 2 && first + k < nargs; k++) {
        Value v = args[first + k];
        int64_t x;
        if (val_is_smallint(v)) x = val_as_smallint(v);
        else if (val_is_bool(v) || val_is_type(v, &IntType)) x = int_value(v);
        else if ((val_type(v)->flags & TYPE_USER) && type_lookup(val_type(v), vm->names.__index__) != VAL_UNDEF) {
            if (value_index(vm, v, &x) == VAL_ERR) return -1;
        } else {
            vm_raise(vm, &TypeErrorType, "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (x < 0) {
            x += len;
            if (x < 0) x = 0;
        }
        if (k == 0) *lo = x;
        else *hi = x;
    }
    return 0;
}

static Value tuple_m_index(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (arg_self(vm, args, nargs, &TupleType, "index") < 0) return VAL_ERR;
    if (kwnames && arg_nokw(vm, "index", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "index", nargs - 1, 1, 3) < 0) return VAL_ERR;
    Tuple *t = AS(Tuple, args[0]);
    int64_t lo, hi;
    if (seq_index_bounds(vm, args, nargs, 2, t->len, &lo, &hi) < 0) return VAL_ERR;
    for (int64_t i = lo; i < hi && i < t->len; i++) {
        int k = cont_eq(vm, t->items[i], args[1]);
        if (k < 0) return VAL_ERR;
        if (k) return int_from_i64(vm, i);
    }
    return vm_raise(vm, &ValueErrorType, "tuple.index(x): x not in tuple");
}

static Value tuple_m_count(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (arg_self(vm, args, nargs, &TupleType, "count") < 0) return VAL_ERR;
    if (kwnames && arg_nokw(vm, "tuple.count", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "tuple.count", nargs - 1) < 0) return VAL_ERR;
    Tuple *t = AS(Tuple, args[0]);
    int64_t c = 0;
    for (int64_t i = 0; i < t->len; i++) {
        int k = cont_eq(vm, t->items[i], args[1]);
        if (k < 0) return VAL_ERR;
        c += k;
    }
    return int_from_i64(vm, c);
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_m_index, 0},
    {"count", tuple_m_count, 0},
    {NULL, NULL, 0},
};

Type TupleType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "tuple",
    .base = &ObjectType,
    .trace = tuple_trace,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcmp = tuple_richcmp,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .truthy = tuple_truthy,
    .binop = tuple_binop,
    .construct = tuple_construct,
};

void tuple_type_init(VM *vm) {
    type_init_static(vm, &TupleType);
    type_add_methods(vm, &TupleType, tuple_methods);
}
