/* list.c - the list type, list sorting and sequence helpers. */
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "vm.h"

/* ---- storage ------------------------------------------------------------------- */

void list_resize_cap(VM *vm, List *l, int64_t mincap) {
    if (mincap <= l->cap) return;
    int64_t newcap = l->cap + (l->cap >> 1) + 4;
    if (newcap < mincap) newcap = mincap;
    Value *items = realloc(l->items, (size_t)newcap * sizeof(Value));
    if (!items) abort();
    gc_note_external(vm, (newcap - l->cap) * (int64_t)sizeof(Value));
    l->items = items;
    l->cap = newcap;
}

List *list_new(VM *vm, int64_t cap) {
    List *l = gc_new(vm, &ListType, sizeof(List));
    if (cap > 0) list_resize_cap(vm, l, cap);
    return l;
}

Value list_from_array(VM *vm, const Value *items, int64_t n) {
    List *l = list_new(vm, n);
    if (n) memcpy(l->items, items, (size_t)n * sizeof(Value));
    l->len = n;
    return OBJ_VAL(l);
}

void list_append(VM *vm, List *l, Value v) {
    if (__builtin_expect(l->len == l->cap, 0)) list_resize_cap(vm, l, l->len + 1);
    l->items[l->len++] = v;
}

Value list_getslice(VM *vm, List *l, int64_t lo, int64_t hi) {
    if (lo < 0) lo = 0;
    if (hi > l->len) hi = l->len;
    if (hi <= lo) return OBJ_VAL(list_new(vm, 0));
    return list_from_array(vm, l->items + lo, hi - lo);
}

Value list_as_tuple(VM *vm, List *l) { return tuple_from_array(vm, l->items, l->len); }

Value list_pop_index(VM *vm, List *l, int64_t i) {
    if (l->len == 0) return vm_raise(vm, &IndexErrorType, "pop from empty list");
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) return vm_raise(vm, &IndexErrorType, "pop index out of range");
    Value v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
    l->len--;
    return v;
}

int list_extend(VM *vm, List *l, Value iterable) {
    if (val_is_type(iterable, &ListType) || val_is_type(iterable, &TupleType)) {
        int64_t n;
        Value *src = seq_fast_items(iterable, &n);
        if (n == 0) return 0;
        list_resize_cap(vm, l, l->len + n);
        if (iterable == OBJ_VAL(l)) src = l->items; /* buffer may have moved */
        memcpy(l->items + l->len, src, (size_t)n * sizeof(Value));
        l->len += n;
        return 0;
    }
    Value it = value_iter(vm, iterable);
    if (it == VAL_ERR) return -1;
    for (;;) {
        Value v = value_next(vm, it);
        if (v == VAL_NULL) return 0;
        if (v == VAL_ERR) return -1;
        list_append(vm, l, v);
    }
}

Value seq_from_iterable(VM *vm, Value iterable) {
    if (val_is_type(iterable, &ListType) || val_is_type(iterable, &TupleType)) {
        int64_t n;
        Value *src = seq_fast_items(iterable, &n);
        return list_from_array(vm, src, n);
    }
    List *l;
    if (val_is_type(iterable, &RangeType)) {
        Range *r = AS(Range, iterable);
        if (r->len >= 0) {
            l = list_new(vm, r->len);
            for (int64_t i = 0; i < r->len; i++) l->items[i] = int_from_i64(vm, r->start + i * r->step);
            l->len = r->len;
            return OBJ_VAL(l);
        }
    }
    if (val_is_type(iterable, &DictType)) {
        Dict *d = AS(Dict, iterable);
        l = list_new(vm, d->len);
        for (int64_t i = 0; i < d->used; i++)
            if (d->entries[i].key != VAL_UNDEF) l->items[l->len++] = d->entries[i].key;
        return OBJ_VAL(l);
    }
    if (val_is_type(iterable, &SetType) || val_is_type(iterable, &FrozenSetType)) {
        Set *s = AS(Set, iterable);
        l = list_new(vm, s->used);
        Value k;
        int64_t pos = 0;
        while (set_next(s, &pos, &k)) l->items[l->len++] = k;
        return OBJ_VAL(l);
    }
    l = list_new(vm, 0);
    if (list_extend(vm, l, iterable) < 0) return VAL_ERR;
    return OBJ_VAL(l);
}

Value seq_fast(VM *vm, Value v, const char *errmsg) {
    if (val_is_type(v, &ListType) || val_is_type(v, &TupleType)) return v;
    if (errmsg) {
        Value it = value_iter(vm, v);
        if (it == VAL_ERR) {
            if (vm_exc_matches(vm, &TypeErrorType)) {
                vm_exc_clear(vm);
                vm_raise(vm, &TypeErrorType, "%s", errmsg);
            }
            return VAL_ERR;
        }
        List *l = list_new(vm, 0);
        if (list_extend(vm, l, it) < 0) return VAL_ERR;
        return OBJ_VAL(l);
    }
    return seq_from_iterable(vm, v);
}

/* ---- sorting: stable merge sort (insertion-sorted runs, galloping-free merges) -- */

typedef struct SortPair { Value k, v; } SortPair;

static inline int str_lt(Value a, Value b) {
    Str *x = AS(Str, a), *y = AS(Str, b);
    int64_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c) return c < 0;
    return x->nbytes < y->nbytes;
}

/* a < b with inline fast paths for the common key types (ints, floats,
 * strs and tuples of them); same results as value_compare_bool(CMP_LT). */
static int fast_lt(VM *vm, Value a, Value b);

/* Tuples compared from item `start` on (items before it known equal). */
static int tuple_lt_from(VM *vm, Tuple *x, Tuple *y, int64_t start) {
    int64_t n = x->len < y->len ? x->len : y->len;
    for (int64_t i = start; i < n; i++) {
        int k = cont_eq(vm, x->items[i], y->items[i]);
        if (k < 0) return -1;
        if (!k) return fast_lt(vm, x->items[i], y->items[i]);
    }
    return x->len < y->len;
}

static int fast_lt(VM *vm, Value a, Value b) {
    if (val_both_smallint(a, b)) return val_as_smallint(a) < val_as_smallint(b);
    if (val_both_float(a, b)) return val_as_float(a) < val_as_float(b);
    if (val_is_str(a) && val_is_str(b)) return str_lt(a, b);
    if (val_is_type(a, &TupleType) && val_is_type(b, &TupleType)) return tuple_lt_from(vm, AS(Tuple, a), AS(Tuple, b), 0);
    return value_compare_bool(vm, a, b, CMP_LT);
}

static inline int str_cmp3(Value a, Value b) {
    Str *x = AS(Str, a), *y = AS(Str, b);
    int64_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c) return c;
    return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes;
}

/* Keys that are non-empty tuples whose first items are all small ints / all
 * strs (CPython's unsafe_tuple_compare idea): decide on the first item when
 * it differs. */
static inline int tuple_int_lt(VM *vm, Value a, Value b) {
    Tuple *x = AS(Tuple, a), *y = AS(Tuple, b);
    Value p = x->items[0], q = y->items[0];
    if (p != q) return val_as_smallint(p) < val_as_smallint(q);
    return tuple_lt_from(vm, x, y, 1);
}
static inline int tuple_str_lt(VM *vm, Value a, Value b) {
    Tuple *x = AS(Tuple, a), *y = AS(Tuple, b);
    Value p = x->items[0], q = y->items[0];
    if (p != q) {
        int c = str_cmp3(p, q);
        if (c) return c < 0;
    }
    return tuple_lt_from(vm, x, y, 1);
}

#define SORT_RUN 32

/* Defines NAME(vm, a, tmp, n): sorts a[0..n) by .k; LT(x, y) yields 1/0/-1.
 * On error the array is left a permutation of its input. */
#define DEFINE_MERGESORT(NAME, LT)                                                        \
    static int NAME(VM *vm, SortPair *a, SortPair *tmp, int64_t n) {                    \
        (void)vm;                                                                        \
        for (int64_t lo = 0; lo < n; lo += SORT_RUN) {                                   \
            int64_t hi = lo + SORT_RUN < n ? lo + SORT_RUN : n;                          \
            for (int64_t i = lo + 1; i < hi; i++) {                                      \
                SortPair x = a[i];                                                       \
                int64_t j = i;                                                           \
                while (j > lo) {                                                         \
                    int c = LT(x.k, a[j - 1].k);                                         \
                    if (c < 0) {                                                         \
                        a[j] = x; /* a[j+1..i] hold the shifted items */                 \
                        return -1;                                                       \
                    }                                                                    \
                    if (!c) break;                                                       \
                    a[j] = a[j - 1];                                                     \
                    j--;                                                                 \
                }                                                                        \
                a[j] = x;                                                                \
            }                                                                            \
        }                                                                                \
        for (int64_t width = SORT_RUN; width < n; width *= 2) {                          \
            for (int64_t lo = 0; lo + width < n; lo += 2 * width) {                      \
                int64_t mid = lo + width, hi = lo + 2 * width < n ? lo + 2 * width : n;  \
                int c = LT(a[mid].k, a[mid - 1].k);                                      \
                if (c < 0) return -1;                                                    \
                if (!c) continue; /* already in order */                                 \
                int64_t nl = mid - lo;                                                   \
                memcpy(tmp, a + lo, (size_t)nl * sizeof(SortPair));                      \
                int64_t i = 0, j = mid, o = lo;                                          \
                while (i < nl && j < hi) {                                               \
                    c = LT(a[j].k, tmp[i].k);                                            \
                    if (c < 0) {                                                         \
                        memcpy(a + o, tmp + i, (size_t)(nl - i) * sizeof(SortPair));     \
                        return -1;                                                       \
                    }                                                                    \
                    if (c) a[o++] = a[j++];                                              \
                    else a[o++] = tmp[i++];                                              \
                }                                                                        \
                if (i < nl) memcpy(a + o, tmp + i, (size_t)(nl - i) * sizeof(SortPair)); \
            }                                                                            \
        }                                                                                \
        return 0;                                                                        \
    }

#define LT_INT(x, y) (val_as_smallint(x) < val_as_smallint(y))
#define LT_FLOAT(x, y) (val_as_float(x) < val_as_float(y))
#define LT_STR(x, y) str_lt((x), (y))
#define LT_GENERIC(x, y) fast_lt(vm, (x), (y))
#define LT_TUPLE_INT(x, y) tuple_int_lt(vm, (x), (y))
#define LT_TUPLE_STR(x, y) tuple_str_lt(vm, (x), (y))
DEFINE_MERGESORT(sort_tuple_int, LT_TUPLE_INT)
DEFINE_MERGESORT(sort_tuple_str, LT_TUPLE_STR)
DEFINE_MERGESORT(sort_int, LT_INT)
DEFINE_MERGESORT(sort_float, LT_FLOAT)
DEFINE_MERGESORT(sort_str, LT_STR)
DEFINE_MERGESORT(sort_generic, LT_GENERIC)

static void reverse_values(Value *a, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Value t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

int list_sort(VM *vm, List *l, Value key, bool reverse) {
    int64_t n = l->len, cap = l->cap;
    Value *items = l->items;
    /* The list appears empty while sorting (CPython semantics). */
    l->len = 0;
    l->cap = 0;
    l->items = NULL;
    int rc = 0;
    if (n > 1) {
        if (reverse) reverse_values(items, n);
        SortPair *pairs = malloc((size_t)n * sizeof(SortPair));
        if (!pairs) abort();
        bool have_key = key != VAL_NONE && key != VAL_UNDEF;
        for (int64_t i = 0; i < n; i++) {
            pairs[i].v = items[i];
            if (have_key) {
                Value k = vm_call(vm, key, &items[i], 1, NULL);
                if (k == VAL_ERR) {
                    rc = -1;
                    break;
                }
                pairs[i].k = k;
            } else {
                pairs[i].k = items[i];
            }
        }
        if (rc == 0) {
            bool all_int = true, all_float = true, all_str = true, tup_int = true, tup_str = true;
            for (int64_t i = 0; i < n && (all_int || all_float || all_str || tup_int || tup_str); i++) {
                Value k = pairs[i].k;
                all_int &= val_is_smallint(k);
                all_float &= val_is_float(k);
                all_str &= val_is_str(k);
                if (val_is_type(k, &TupleType) && AS(Tuple, k)->len > 0) {
                    Value k0 = AS(Tuple, k)->items[0];
                    tup_int &= val_is_smallint(k0);
                    tup_str &= val_is_str(k0);
                } else {
                    tup_int = tup_str = false;
                }
            }
            SortPair *tmp = malloc((size_t)n * sizeof(SortPair));
            if (!tmp) abort();
            if (all_int) rc = sort_int(vm, pairs, tmp, n);
            else if (all_float) rc = sort_float(vm, pairs, tmp, n);
            else if (all_str) rc = sort_str(vm, pairs, tmp, n);
            else if (tup_int) rc = sort_tuple_int(vm, pairs, tmp, n);
            else if (tup_str) rc = sort_tuple_str(vm, pairs, tmp, n);
            else rc = sort_generic(vm, pairs, tmp, n);
            free(tmp);
            for (int64_t i = 0; i < n; i++) items[i] = pairs[i].v;
        }
        free(pairs);
        if (reverse) reverse_values(items, n);
    }
    bool modified = l->items != NULL || l->len != 0;
    free(l->items);
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (modified && rc == 0) {
        vm_raise(vm, &ValueErrorType, "list modified during sort");
        return -1;
    }
    return rc;
}

/* ---- slots ---------------------------------------------------------------------- */

static void list_trace(VM *vm, Obj *o) {
    List *l = (List *)o;
    for (int64_t i = 0; i < l->len; i++) gc_mark_value(vm, l->items[i]);
}

static void list_finalize(Obj *o) {
    List *l = (List *)o;
    free(l->items);
    l->items = NULL;
}

static Value list_repr(VM *vm, Value self) {
    List *l = AS(List, self);
    if (l->len == 0) return OBJ_VAL(str_intern_cstr(vm, "[]"));
    int st = repr_enter(vm, &l->hdr);
    if (st < 0) return VAL_ERR;
    if (st > 0) return OBJ_VAL(str_intern_cstr(vm, "[...]"));
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, '[');
    for (int64_t i = 0; i < l->len; i++) {
        if (i) sb_puts(&b, ", ");
        Value v = l->items[i];
        if (val_is_smallint(v)) {
            sb_printf(&b, "%lld", (long long)val_as_smallint(v));
            continue;
        }
        Value r = value_repr(vm, v);
        if (r == VAL_ERR) {
            sb_free(&b);
            repr_leave(vm, &l->hdr);
            return VAL_ERR;
        }
        sb_put_str(&b, AS(Str, r));
    }
    sb_putc(&b, ']');
    repr_leave(vm, &l->hdr);
    return sb_finish(vm, &b);
}

static Value cmp_lengths(int64_t p, int64_t q, int op) {
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

static Value list_richcmp(VM *vm, Value a, Value b, int op) {
    if (!val_is_kind(a, &ListType) || !val_is_kind(b, &ListType)) return VAL_NOTIMPL;
    List *x = AS(List, a), *y = AS(List, b);
    if (x->len != y->len && (op == CMP_EQ || op == CMP_NE)) return val_from_bool(op == CMP_NE);
    if (cont_stack_check(vm, " in comparison") < 0) return VAL_ERR;
    int64_t i;
    for (i = 0; i < x->len && i < y->len; i++) {
        Value p = x->items[i], q = y->items[i];
        if (p == q) continue;
        int k = cont_eq(vm, p, q);
        if (k < 0) return VAL_ERR;
        if (!k) break;
    }
    if (i >= x->len || i >= y->len) return cmp_lengths(x->len, y->len, op);
    if (op == CMP_EQ) return VAL_FALSE;
    if (op == CMP_NE) return VAL_TRUE;
    return value_richcmp(vm, x->items[i], y->items[i], op);
}

static int64_t list_len(VM *vm, Value self) {
    (void)vm;
    return AS(List, self)->len;
}

static int list_truthy(VM *vm, Value self) {
    (void)vm;
    return AS(List, self)->len != 0;
}

static Value list_getitem(VM *vm, Value self, Value key) {
    List *l = AS(List, self);
    if (val_is_smallint(key)) {
        int64_t i = val_as_smallint(key);
        if (i < 0) i += l->len;
        if ((uint64_t)i >= (uint64_t)l->len) return vm_raise(vm, &IndexErrorType, "list index out of range");
        return l->items[i];
    }
    if (val_is_type(key, &SliceType)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(vm, AS(Slice, key), l->len, &start, &stop, &step);
        if (n < 0) return VAL_ERR;
        if (n == 0) return OBJ_VAL(list_new(vm, 0));
        if (step == 1) return list_from_array(vm, l->items + start, n);
        List *r = list_new(vm, n);
        for (int64_t k = 0, j = start; k < n; k++, j += step) r->items[k] = l->items[j];
        r->len = n;
        return OBJ_VAL(r);
    }
    int64_t i;
    if (index_value(vm, key, "list", &i) < 0) return VAL_ERR;
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) return vm_raise(vm, &IndexErrorType, "list index out of range");
    return l->items[i];
}

/* a[ilow:ihigh] = v (v VAL_UNDEF: delete), CPython's list_ass_slice. */
static int list_ass_slice(VM *vm, List *a, int64_t ilow, int64_t ihigh, Value v) {
    Value *src = NULL;
    int64_t n = 0;
    if (v != VAL_UNDEF) {
        Value seq;
        if (v == OBJ_VAL(a)) seq = list_from_array(vm, a->items, a->len);
        else seq = seq_fast(vm, v, "can only assign an iterable");
        if (seq == VAL_ERR) return -1;
        src = seq_fast_items(seq, &n);
    }
    if (ilow < 0) ilow = 0;
    else if (ilow > a->len) ilow = a->len;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > a->len) ihigh = a->len;
    int64_t d = n - (ihigh - ilow);
    if (d > 0) {
        list_resize_cap(vm, a, a->len + d);
        memmove(a->items + ihigh + d, a->items + ihigh, (size_t)(a->len - ihigh) * sizeof(Value));
    } else if (d < 0) {
        memmove(a->items + ihigh + d, a->items + ihigh, (size_t)(a->len - ihigh) * sizeof(Value));
    }
    if (n) memcpy(a->items + ilow, src, (size_t)n * sizeof(Value));
    a->len += d;
    return 0;
}

static int list_setitem(VM *vm, Value self, Value key, Value val) {
    List *l = AS(List, self);
    if (val_is_type(key, &SliceType)) {
        int64_t start, stop, step;
        int64_t slicelen = slice_indices(vm, AS(Slice, key), l->len, &start, &stop, &step);
        if (slicelen < 0) return -1;
        if (step == 1) return list_ass_slice(vm, l, start, stop, val);
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
        if (val == VAL_UNDEF) {
            if (slicelen <= 0) return 0;
            if (step < 0) {
                stop = start + 1;
                start = stop + step * (slicelen - 1) - 1;
                step = -step;
            }
            int64_t removed = 0, next = start, j = start;
            for (int64_t i = start; i < l->len; i++) {
                if (removed < slicelen && i == next) {
                    removed++;
                    next += step;
                    continue;
                }
                l->items[j++] = l->items[i];
            }
            l->len = j;
            return 0;
        }
        Value seq;
        if (val == self) seq = list_from_array(vm, l->items, l->len);
        else seq = seq_fast(vm, val, "must assign iterable to extended slice");
        if (seq == VAL_ERR) return -1;
        int64_t n;
        Value *src = seq_fast_items(seq, &n);
        if (n != slicelen) {
            vm_raise(vm, &ValueErrorType, "attempt to assign sequence of size %lld to extended slice of size %lld",
                     (long long)n, (long long)slicelen);
            return -1;
        }
        for (int64_t k = 0, j = start; k < n; k++, j += step) l->items[j] = src[k];
        return 0;
    }
    int64_t i;
    if (val_is_smallint(key)) {
        i = val_as_smallint(key);
    } else if (index_value(vm, key, "list", &i) < 0) {
        return -1;
    }
    if (i < 0) i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) {
        vm_raise(vm, &IndexErrorType, "list assignment index out of range");
        return -1;
    }
    if (val == VAL_UNDEF) {
        memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
        l->len--;
    } else {
        l->items[i] = val;
    }
    return 0;
}

static int list_contains(VM *vm, Value self, Value item) {
    List *l = AS(List, self);
    for (int64_t i = 0; i < l->len; i++) {
        int k = cont_eq(vm, l->items[i], item);
        if (k) return k;
    }
    return 0;
}

static Value list_iter(VM *vm, Value self) { return list_iter_new(vm, AS(List, self)); }

static bool other_has_reflected(VM *vm, Value other, Str *name) {
    (void)vm;
    Type *t = val_type(other);
    return (t->flags & TYPE_USER) && type_lookup(t, name) != VAL_UNDEF;
}

static int list_repeat_inplace(VM *vm, List *l, int64_t n) {
    if (n <= 0 || l->len == 0) {
        l->len = 0;
        return 0;
    }
    if (n == 1) return 0;
    if (l->len > INT64_MAX / 16 / n) {
        vm_raise(vm, &OverflowErrorType, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    int64_t len = l->len;
    list_resize_cap(vm, l, len * n);
    for (int64_t k = 1; k < n; k++) memcpy(l->items + k * len, l->items, (size_t)len * sizeof(Value));
    l->len = len * n;
    return 0;
}

static Value list_binop(VM *vm, Value a, Value b, int op) {
    bool inplace = (op & BINOP_INPLACE) != 0;
    op &= ~BINOP_INPLACE;
    if (op == BINOP_ADD) {
        if (!val_is_kind(a, &ListType)) return VAL_NOTIMPL;
        if (inplace) {
            if (list_extend(vm, AS(List, a), b) < 0) return VAL_ERR;
            return a;
        }
        if (!val_is_kind(b, &ListType)) {
            if (other_has_reflected(vm, b, vm->names.__radd__)) return VAL_NOTIMPL;
            return vm_raise(vm, &TypeErrorType, "can only concatenate list (not \"%s\") to list", type_name_of(b));
        }
        List *x = AS(List, a), *y = AS(List, b);
        List *r = list_new(vm, x->len + y->len);
        if (x->len) memcpy(r->items, x->items, (size_t)x->len * sizeof(Value));
        if (y->len) memcpy(r->items + x->len, y->items, (size_t)y->len * sizeof(Value));
        r->len = x->len + y->len;
        return OBJ_VAL(r);
    }
    if (op == BINOP_MUL) {
        Value seq = a, nv = b;
        if (!val_is_kind(a, &ListType)) {
            seq = b;
            nv = a;
            inplace = false;
        } else if (!val_is_int(b) && !val_is_bool(b) && other_has_reflected(vm, b, vm->names.__rmul__)) {
            return VAL_NOTIMPL;
        }
        int64_t n;
        if (seq_repeat_count(vm, nv, &n) < 0) return VAL_ERR;
        List *l = AS(List, seq);
        if (inplace) {
            if (list_repeat_inplace(vm, l, n) < 0) return VAL_ERR;
            return seq;
        }
        if (n < 0) n = 0;
        if (l->len && n > INT64_MAX / 16 / l->len)
            return vm_raise(vm, &OverflowErrorType, "cannot fit 'int' into an index-sized integer");
        int64_t total = l->len * n;
        List *r = list_new(vm, total);
        if (l->len == 1) {
            Value v = l->items[0];
            for (int64_t k = 0; k < total; k++) r->items[k] = v;
        } else if (l->len > 0) {
            for (int64_t k = 0; k < n; k++) memcpy(r->items + k * l->len, l->items, (size_t)l->len * sizeof(Value));
        }
        r->len = total;
        return OBJ_VAL(r);
    }
    return VAL_NOTIMPL;
}

static Value list_construct(VM *vm, Type *type, Value *args, int nargs, Tuple *kwnames) {
    (void)type;
    if (kwnames && arg_nokw(vm, "list", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "list", nargs, 0, 1) < 0) return VAL_ERR;
    if (nargs == 0) return OBJ_VAL(list_new(vm, 0));
    return seq_from_iterable(vm, args[0]);
}

/* ---- methods ----------------------------------------------------------------- */

#define LIST_SELF(meth)                                                      \
    if ((nargs < 1 || !val_is_type(args[0], &ListType)) && arg_self(vm, args, nargs, &ListType, meth) < 0) return VAL_ERR;      \
    List *l = AS(List, args[0]);                                             \
    (void)l

static Value list_m_append(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    LIST_SELF("append");
    if (kwnames && arg_nokw(vm, "list.append", kwnames) < 0) return VAL_ERR;
    if (nargs != 2 && arg_exactly_one(vm, "list.append", nargs - 1) < 0) return VAL_ERR;
    list_append(vm, l, args[1]);
    return VAL_NONE;
}

static Value list_m_extend(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    LIST_SELF("extend");
    if (kwnames && arg_nokw(vm, "list.extend", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "list.extend", nargs - 1) < 0) return VAL_ERR;
    if (list_extend(vm, l, args[1]) < 0) return VAL_ERR;
    return VAL_NONE;
}

static Value list_m_insert(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    LIST_SELF("insert");
    if (kwnames && arg_nokw(vm, "insert", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "insert", nargs - 1, 2, 2) < 0) return VAL_ERR;
    int64_t i;
    if (value_as_index(vm, args[1], &i) < 0) return VAL_ERR;
    if (i < 0) {
        i += l->len;
        if (i < 0) i = 0;
    }
    if (i > l->len) i = l->len;
    list_resize_cap(vm, l, l->len + 1);
    memmove(l->items + i + 1, l->items + i, (size_t)(l->len - i) * sizeof(Value));
    l->items[i] = args[2];
    l->len++;
    return VAL_NONE;
}

static Value list_m_pop(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    LIST_SELF("pop");
    if (kwnames && arg_nokw(vm, "pop", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "pop", nargs - 1, 0, 1) < 0) return VAL_ERR;
    int64_t i = -1;
    if (nargs == 2 && value_as_index(vm, args[1], &i) < 0) return VAL_ERR;
    if (i == -1 && l->len > 0) return l->items[--l->len];
    return list_pop_index(vm, l, i);
}

static Value list_m_remove(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    LIST_SELF("remove");
    if (kwnames && arg_nokw(vm, "list.remove", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "list.remove", nargs - 1) < 0) return VAL_ERR;
    for (int64_t i = 0; i < l->len; i++) {
        int k = cont_eq(vm, l->items[i], args[1]);
        if (k < 0) return VAL_ERR;
        if (k) {
            if (i < l->len) {
                memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(Value));
                l->len--;
            }
            return VAL_NONE;
        }
    }
    return vm_raise(vm, &ValueErrorType, "list.remove(x): x not in list");
}

static Value list_m_index(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    LIST_SELF("index");
    if (kwnames && arg_nokw(vm, "index", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "index", nargs - 1, 1, 3) < 0) return VAL_ERR;
    int64_t lo, hi;
    if (seq_index_bounds(vm, args, nargs, 2, l->len, &lo, &hi) < 0) return VAL_ERR;
    for (int64_t i = lo; i < hi && i < l->len; i++) {
        int k = cont_eq(vm, l->items[i], args[1]);
        if (k < 0) return VAL_ERR;
        if (k) return int_from_i64(vm, i);
    }
    Value r = value_repr(vm, args[1]);
    if (r == VAL_ERR) return VAL_ERR;
    return vm_raise(vm, &ValueErrorType, "%s is not in list", AS(Str, r)->data);
}

static Value list_m_count(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    LIST_SELF("count");
    if (kwnames && arg_nokw(vm, "list.count", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "list.count", nargs - 1) < 0) return VAL_ERR;
    int64_t c = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int k = cont_eq(vm, l->items[i], args[1]);
        if (k < 0) return VAL_ERR;
        c += k;
    }
    return int_from_i64(vm, c);
}

static Value list_m_sort(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    LIST_SELF("sort");
    if (nargs > 1) return vm_raise(vm, &TypeErrorType, "sort() takes no positional arguments");
    static const char *const names[] = {"key", "reverse"};
    Value kw[2];
    if (arg_kwonly(vm, "sort", args, nargs, kwnames, names, 2, kw) < 0) return VAL_ERR;
    int64_t rev = 0;
    if (kw[1] != VAL_UNDEF && value_as_index(vm, kw[1], &rev) < 0) return VAL_ERR;
    if (list_sort(vm, l, kw[0] == VAL_UNDEF ? VAL_NONE : kw[0], rev != 0) < 0) return VAL_ERR;
    return VAL_NONE;
}

static Value list_m_reverse(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    LIST_SELF("reverse");
    if (kwnames && arg_nokw(vm, "list.reverse", kwnames) < 0) return VAL_ERR;
    if (arg_noargs(vm, "list.reverse", nargs - 1) < 0) return VAL_ERR;
    reverse_values(l->items, l->len);
    return VAL_NONE;
}

static Value list_m_copy(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    LIST_SELF("copy");
    if (kwnames && arg_nokw(vm, "list.copy", kwnames) < 0) return VAL_ERR;
    if (arg_noargs(vm, "list.copy", nargs - 1) < 0) return VAL_ERR;
    return list_from_array(vm, l->items, l->len);
}

static Value list_m_clear(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    LIST_SELF("clear");
    if (kwnames && arg_nokw(vm, "list.clear", kwnames) < 0) return VAL_ERR;
    if (arg_noargs(vm, "list.clear", nargs - 1) < 0) return VAL_ERR;
    free(l->items);
    l->items = NULL;
    l->len = l->cap = 0;
    return VAL_NONE;
}

static const MethodDef list_methods[] = {
    {"append", list_m_append, 0},
    {"extend", list_m_extend, 0},
    {"insert", list_m_insert, 0},
    {"pop", list_m_pop, 0},
    {"remove", list_m_remove, 0},
    {"index", list_m_index, 0},
    {"count", list_m_count, 0},
    {"sort", list_m_sort, 0},
    {"reverse", list_m_reverse, 0},
    {"copy", list_m_copy, 0},
    {"clear", list_m_clear, 0},
    {NULL, NULL, 0},
};

Type ListType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "list",
    .base = &ObjectType,
    .trace = list_trace,
    .finalize = list_finalize,
    .repr = list_repr,
    .richcmp = list_richcmp,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .truthy = list_truthy,
    .binop = list_binop,
    .construct = list_construct,
};

void list_type_init(VM *vm) {
    type_init_static(vm, &ListType);
    type_add_methods(vm, &ListType, list_methods);
}
