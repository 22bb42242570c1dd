/* range.c - range and slice objects, slice resolution and index helpers. */
#include <stdlib.h>

#include "containers.h"
#include "vm.h"

/* ---- index conversion ------------------------------------------------------ */

static bool has_index_method(VM *vm, Value v) {
    Type *t = val_type(v);
    if (!(t->flags & TYPE_USER)) return false;
    return type_lookup(t, vm->names.__index__) != VAL_UNDEF;
}

int index_value(VM *vm, Value idx, const char *what, int64_t *out) {
    if (val_is_smallint(idx)) {
        *out = val_as_smallint(idx);
        return 0;
    }
    if (val_is_bool(idx) || val_is_type(idx, &IntType)) {
        *out = int_value(idx);
        return 0;
    }
    if (has_index_method(vm, idx)) return value_index(vm, idx, out) == VAL_ERR ? -1 : 0;
    vm_raise(vm, &TypeErrorType, "%s indices must be integers or slices, not %s", what, type_name_of(idx));
    return -1;
}

int index_normalize(VM *vm, Value idx, int64_t len, const char *what, int64_t *out) {
    int64_t i;
    if (index_value(vm, idx, what, &i) < 0) return -1;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        vm_raise(vm, &IndexErrorType, "%s index out of range", what);
        return -1;
    }
    *out = i;
    return 0;
}

/* int/bool/__index__ -> int64, else "'X' object cannot be interpreted as an integer". */
int value_as_index(VM *vm, Value v, int64_t *out) {
    if (val_is_smallint(v)) {
        *out = val_as_smallint(v);
        return 0;
    }
    if (val_is_bool(v) || val_is_type(v, &IntType)) {
        *out = int_value(v);
        return 0;
    }
    if (has_index_method(vm, v)) return value_index(vm, v, out) == VAL_ERR ? -1 : 0;
    vm_raise(vm, &TypeErrorType, "'%s' object cannot be interpreted as an integer", type_name_of(v));
    return -1;
}

/* ---- slices -------------------------------------------------------------------- */

Value slice_new(VM *vm, Value start, Value stop, Value step) {
    Slice *s = gc_new(vm, &SliceType, sizeof(Slice));
    s->start = start;
    s->stop = stop;
    s->step = step;
    return OBJ_VAL(s);
}

static int slice_component(VM *vm, Value v, int64_t *out) {
    if (val_is_smallint(v)) {
        *out = val_as_smallint(v);
        return 0;
    }
    if (val_is_bool(v) || val_is_type(v, &IntType)) {
        *out = int_value(v);
        return 0;
    }
    if (has_index_method(vm, v)) return value_index(vm, v, out) == VAL_ERR ? -1 : 0;
    vm_raise(vm, &TypeErrorType, "slice indices must be integers or None or have an __index__ method");
    return -1;
}

/* PySlice_Unpack */
static int slice_unpack(VM *vm, Slice *s, int64_t *start, int64_t *stop, int64_t *step) {
    if (s->step == VAL_NONE) {
        *step = 1;
    } else {
        if (slice_component(vm, s->step, step) < 0) return -1;
        if (*step == 0) {
            vm_raise(vm, &ValueErrorType, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (s->start == VAL_NONE) {
        *start = *step < 0 ? INT64_MAX : 0;
    } else if (slice_component(vm, s->start, start) < 0) {
        return -1;
    }
    if (s->stop == VAL_NONE) {
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    } else if (slice_component(vm, s->stop, stop) < 0) {
        return -1;
    }
    return 0;
}

/* PySlice_AdjustIndices */
static int64_t slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = (step < 0) ? -1 : 0;
    } else if (*start >= length) {
        *start = (step < 0) ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = (step < 0) ? -1 : 0;
    } else if (*stop >= length) {
        *stop = (step < 0) ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (int64_t)(((uint64_t)*start - (uint64_t)*stop - 1) / (uint64_t)(-step) + 1);
    } else {
        if (*start < *stop) return (int64_t)(((uint64_t)*stop - (uint64_t)*start - 1) / (uint64_t)step + 1);
    }
    return 0;
}

int64_t slice_indices(VM *vm, Slice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step) {
    if (slice_unpack(vm, s, start, stop, step) < 0) return -1;
    return slice_adjust(len, start, stop, *step);
}

static Value slice_repr(VM *vm, Value self) {
    Slice *s = AS(Slice, self);
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, "slice(");
    Value parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        Value r = value_repr(vm, parts[i]);
        if (r == VAL_ERR) {
            sb_free(&b);
            return VAL_ERR;
        }
        if (i) sb_puts(&b, ", ");
        sb_put_str(&b, AS(Str, r));
    }
    sb_putc(&b, ')');
    return sb_finish(vm, &b);
}

static Value slice_richcmp(VM *vm, Value a, Value b, int op) {
    if (!val_is_type(a, &SliceType) || !val_is_type(b, &SliceType)) return VAL_NOTIMPL;
    Slice *x = AS(Slice, a), *y = AS(Slice, b);
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return val_from_bool(op == CMP_EQ);
    Value ta = tuple_pack(vm, 3, x->start, x->stop, x->step);
    Value tb = tuple_pack(vm, 3, y->start, y->stop, y->step);
    return value_richcmp(vm, ta, tb, op);
}

static Value slice_getattr(VM *vm, Value self, Str *name) {
    (void)vm;
    Slice *s = AS(Slice, self);
    if (strcmp(name->data, "start") == 0) return s->start;
    if (strcmp(name->data, "stop") == 0) return s->stop;
    if (strcmp(name->data, "step") == 0) return s->step;
    return VAL_UNDEF;
}

static Value slice_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)t;
    if (kwnames && arg_nokw(vm, "slice", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "slice", nargs, 1, 3) < 0) return VAL_ERR;
    if (nargs == 1) return slice_new(vm, VAL_NONE, args[0], VAL_NONE);
    return slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : VAL_NONE);
}

static void slice_trace(VM *vm, Obj *o) {
    Slice *s = (Slice *)o;
    gc_mark_value(vm, s->start);
    gc_mark_value(vm, s->stop);
    gc_mark_value(vm, s->step);
}

static Value slice_m_indices(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (arg_self(vm, args, nargs, &SliceType, "indices") < 0) return VAL_ERR;
    if (kwnames && arg_nokw(vm, "slice.indices", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "slice.indices", nargs - 1) < 0) return VAL_ERR;
    int64_t len, start, stop, step;
    if (value_as_index(vm, args[1], &len) < 0) return VAL_ERR;
    if (len < 0) return vm_raise(vm, &ValueErrorType, "length should not be negative");
    if (slice_indices(vm, AS(Slice, args[0]), len, &start, &stop, &step) < 0) return VAL_ERR;
    return tuple_pack(vm, 3, int_from_i64(vm, start), int_from_i64(vm, stop), int_from_i64(vm, step));
}

static const MethodDef slice_methods[] = {
    {"indices", slice_m_indices, 0},
    {NULL, NULL, 0},
};

Type SliceType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "slice",
    .base = &ObjectType,
    .trace = slice_trace,
    .repr = slice_repr,
    .richcmp = slice_richcmp,
    .construct = slice_construct,
    .getattr = slice_getattr,
};

/* ---- range ------------------------------------------------------------------------ */

/* Length of range(start, stop, step); -1 if it does not fit an int64. */
static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    uint64_t n;
    if (step > 0) {
        if (start >= stop) return 0;
        n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    } else {
        if (start <= stop) return 0;
        n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    }
    return n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
}

Value range_new(VM *vm, int64_t start, int64_t stop, int64_t step) {
    Range *r = gc_new(vm, &RangeType, sizeof(Range));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return OBJ_VAL(r);
}

static int range_len_checked(VM *vm, Range *r, int64_t *out) {
    if (r->len < 0) {
        vm_raise(vm, &OverflowErrorType, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = r->len;
    return 0;
}

static Value range_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)t;
    if (kwnames && arg_nokw(vm, "range", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "range", nargs, 1, 3) < 0) return VAL_ERR;
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (value_as_index(vm, args[0], &stop) < 0) return VAL_ERR;
    } else {
        if (value_as_index(vm, args[0], &start) < 0) return VAL_ERR;
        if (value_as_index(vm, args[1], &stop) < 0) return VAL_ERR;
        if (nargs == 3) {
            if (value_as_index(vm, args[2], &step) < 0) return VAL_ERR;
            if (step == 0) return vm_raise(vm, &ValueErrorType, "range() arg 3 must not be zero");
        }
    }
    return range_new(vm, start, stop, step);
}

static Value range_repr(VM *vm, Value self) {
    Range *r = AS(Range, self);
    if (r->step == 1) return str_fromf(vm, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_fromf(vm, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
}

static int64_t range_len(VM *vm, Value self) {
    int64_t n;
    if (range_len_checked(vm, AS(Range, self), &n) < 0) return -1;
    return n;
}

static int range_truthy(VM *vm, Value self) {
    (void)vm;
    return AS(Range, self)->len != 0;
}

static Value range_getitem(VM *vm, Value self, Value key) {
    Range *r = AS(Range, self);
    if (val_is_type(key, &SliceType)) {
        int64_t len, start, stop, step;
        if (range_len_checked(vm, r, &len) < 0) return VAL_ERR;
        if (slice_indices(vm, AS(Slice, key), len, &start, &stop, &step) < 0) return VAL_ERR;
        return range_new(vm, r->start + start * r->step, r->start + stop * r->step, r->step * step);
    }
    int64_t i;
    if (index_value(vm, key, "range", &i) < 0) return VAL_ERR;
    int64_t len;
    if (range_len_checked(vm, r, &len) < 0) return VAL_ERR;
    if (i < 0) i += len;
    if (i < 0 || i >= len) return vm_raise(vm, &IndexErrorType, "range object index out of range");
    return int_from_i64(vm, r->start + i * r->step);
}

/* Position of integer v in r, or -1. */
static int64_t range_find_int(Range *r, int64_t v) {
    uint64_t d, st;
    if (r->step > 0) {
        if (v < r->start || v >= r->stop) return -1;
        d = (uint64_t)v - (uint64_t)r->start;
        st = (uint64_t)r->step;
    } else {
        if (v > r->start || v <= r->stop) return -1;
        d = (uint64_t)r->start - (uint64_t)v;
        st = 0 - (uint64_t)r->step;
    }
    if (d % st != 0) return -1;
    return (int64_t)(d / st);
}

/* Linear search for non-int items (CPython's iter search). 1 found (pos in *pos), 0 not, -1 error. */
static int range_search(VM *vm, Range *r, Value item, int64_t *pos, int64_t *count) {
    int64_t n = r->len < 0 ? INT64_MAX : r->len;
    int64_t c = 0;
    if (val_is_float(item)) {
        double d = val_as_float(item);
        if (d != d || d < -9.2e18 || d > 9.2e18 || (double)(int64_t)d != d) return 0;
        int64_t k = range_find_int(r, (int64_t)d);
        if (k < 0) return 0;
        if (pos) *pos = k;
        if (count) *count = 1;
        return 1;
    }
    for (int64_t i = 0; i < n; i++) {
        Value v = int_from_i64(vm, r->start + i * r->step);
        int eq = value_eq(vm, v, item);
        if (eq < 0) return -1;
        if (eq) {
            if (pos) {
                *pos = i;
                return 1;
            }
            c++;
        }
    }
    if (count) *count = c;
    return c > 0;
}

static int range_contains(VM *vm, Value self, Value item) {
    Range *r = AS(Range, self);
    if (val_is_int(item) || val_is_bool(item)) return range_find_int(r, int_value(item)) >= 0;
    return range_search(vm, r, item, NULL, NULL);
}

static Value range_iter(VM *vm, Value self) {
    Range *r = AS(Range, self);
    return range_iter_new(vm, r->start, r->step, r->len < 0 ? INT64_MAX : r->len);
}

static Value range_richcmp(VM *vm, Value a, Value b, int op) {
    (void)vm;
    if (!val_is_type(a, &RangeType) || !val_is_type(b, &RangeType)) return VAL_NOTIMPL;
    if (op != CMP_EQ && op != CMP_NE) return VAL_NOTIMPL;
    Range *x = AS(Range, a), *y = AS(Range, b);
    bool eq;
    if (x == y) eq = true;
    else if (x->len != y->len) eq = false;
    else if (x->len == 0) eq = true;
    else if (x->start != y->start) eq = false;
    else if (x->len == 1) eq = true;
    else eq = x->step == y->step;
    return val_from_bool(op == CMP_EQ ? eq : !eq);
}

static int range_hash(VM *vm, Value self, int64_t *out) {
    Range *r = AS(Range, self);
    Value t;
    Value lenv = r->len < 0 ? int_from_i64(vm, INT64_MAX) : int_from_i64(vm, r->len);
    if (r->len == 0) t = tuple_pack(vm, 3, lenv, VAL_NONE, VAL_NONE);
    else if (r->len == 1) t = tuple_pack(vm, 3, lenv, int_from_i64(vm, r->start), VAL_NONE);
    else t = tuple_pack(vm, 3, lenv, int_from_i64(vm, r->start), int_from_i64(vm, r->step));
    return value_hash(vm, t, out);
}

static Value range_getattr(VM *vm, Value self, Str *name) {
    Range *r = AS(Range, self);
    if (strcmp(name->data, "start") == 0) return int_from_i64(vm, r->start);
    if (strcmp(name->data, "stop") == 0) return int_from_i64(vm, r->stop);
    if (strcmp(name->data, "step") == 0) return int_from_i64(vm, r->step);
    return VAL_UNDEF;
}

static Value range_m_index(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (arg_self(vm, args, nargs, &RangeType, "index") < 0) return VAL_ERR;
    if (kwnames && arg_nokw(vm, "range.index", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "range.index", nargs - 1) < 0) return VAL_ERR;
    Range *r = AS(Range, args[0]);
    Value item = args[1];
    if (val_is_int(item) || val_is_bool(item)) {
        int64_t k = range_find_int(r, int_value(item));
        if (k >= 0) return int_from_i64(vm, k);
        Value rep = value_repr(vm, item);
        if (rep == VAL_ERR) return VAL_ERR;
        return vm_raise(vm, &ValueErrorType, "%s is not in range", AS(Str, rep)->data);
    }
    int64_t pos;
    int f = range_search(vm, r, item, &pos, NULL);
    if (f < 0) return VAL_ERR;
    if (!f) return vm_raise(vm, &ValueErrorType, "sequence.index(x): x not in sequence");
    return int_from_i64(vm, pos);
}

static Value range_m_count(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (arg_self(vm, args, nargs, &RangeType, "count") < 0) return VAL_ERR;
    if (kwnames && arg_nokw(vm, "range.count", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "range.count", nargs - 1) < 0) return VAL_ERR;
    Range *r = AS(Range, args[0]);
    Value item = args[1];
    if (val_is_int(item) || val_is_bool(item)) return val_from_smallint(range_find_int(r, int_value(item)) >= 0);
    int64_t count = 0;
    if (range_search(vm, r, item, NULL, &count) < 0) return VAL_ERR;
    return int_from_i64(vm, count);
}

static const MethodDef range_methods[] = {
    {"index", range_m_index, 0},
    {"count", range_m_count, 0},
    {NULL, NULL, 0},
};

Type RangeType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "range",
    .base = &ObjectType,
    .repr = range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .truthy = range_truthy,
    .construct = range_construct,
    .getattr = range_getattr,
};

void range_type_init(VM *vm) {
    type_init_static(vm, &RangeType);
    type_add_methods(vm, &RangeType, range_methods);
    type_init_static(vm, &SliceType);
    type_add_methods(vm, &SliceType, slice_methods);
}
