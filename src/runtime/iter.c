/* iter.c - iterator types (list, tuple, range, dict, set, sequence),
 * dict views, and the iterator-producing builtin types enumerate, zip, map,
 * filter and reversed. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "core.h"
#include "vm.h"

static Value iter_self(VM *vm, Value self) {
    (void)vm;
    return self;
}

/* "<list_iterator object at 0x...>" */
static Value iter_repr(VM *vm, Value self) {
    return str_fromf(vm, "<%s object at %p>", val_as_obj(self)->type->name, (void *)val_as_obj(self));
}

/* ---- list iterators -------------------------------------------------------------- */


Value list_iter_new(VM *vm, List *l) {
    ListIter *it = gc_new(vm, &ListIterType, sizeof(ListIter));
    it->list = l;
    it->index = 0;
    return OBJ_VAL(it);
}

Value list_reviter_new(VM *vm, List *l) {
    ListIter *it = gc_new(vm, &ListRevIterType, sizeof(ListIter));
    it->list = l;
    it->index = l->len - 1;
    return OBJ_VAL(it);
}

static Value listiter_next(VM *vm, Value self) {
    (void)vm;
    ListIter *it = AS(ListIter, self);
    List *l = it->list;
    if (l && it->index < l->len) return l->items[it->index++];
    it->list = NULL;
    return VAL_NULL;
}

static Value listreviter_next(VM *vm, Value self) {
    (void)vm;
    ListIter *it = AS(ListIter, self);
    List *l = it->list;
    if (l && it->index >= 0 && it->index < l->len) return l->items[it->index--];
    it->index = -1;
    it->list = NULL;
    return VAL_NULL;
}

static void listiter_trace(VM *vm, Obj *o) { gc_mark_obj(vm, ((ListIter *)o)->list); }

Type ListIterType = {
    .hdr = STATIC_TYPE_HDR, .name = "list_iterator", .base = &ObjectType,
    .trace = listiter_trace, .repr = iter_repr, .hash = object_hash_identity, .iter = iter_self, .next = listiter_next,
};
Type ListRevIterType = {
    .hdr = STATIC_TYPE_HDR, .name = "list_reverseiterator", .base = &ObjectType,
    .trace = listiter_trace, .repr = iter_repr, .hash = object_hash_identity, .iter = iter_self, .next = listreviter_next,
};

/* ---- tuple iterator --------------------------------------------------------------- */

Value tuple_iter_new(VM *vm, Tuple *t) {
    TupleIter *it = gc_new(vm, &TupleIterType, sizeof(TupleIter));
    it->tuple = t;
    return OBJ_VAL(it);
}

static Value tupleiter_next(VM *vm, Value self) {
    (void)vm;
    TupleIter *it = AS(TupleIter, self);
    Tuple *t = it->tuple;
    if (t && it->index < t->len) return t->items[it->index++];
    it->tuple = NULL;
    return VAL_NULL;
}

static void tupleiter_trace(VM *vm, Obj *o) { gc_mark_obj(vm, ((TupleIter *)o)->tuple); }

Type TupleIterType = {
    .hdr = STATIC_TYPE_HDR, .name = "tuple_iterator", .base = &ObjectType,
    .trace = tupleiter_trace, .repr = iter_repr, .hash = object_hash_identity, .iter = iter_self, .next = tupleiter_next,
};

/* ---- range iterator ------------------------------------------------------------------ */

Value range_iter_new(VM *vm, int64_t cur, int64_t step, int64_t remaining) {
    RangeIter *it = gc_new(vm, &RangeIterType, sizeof(RangeIter));
    it->cur = cur;
    it->step = step;
    it->remaining = remaining;
    return OBJ_VAL(it);
}

static Value rangeiter_next(VM *vm, Value self) {
    RangeIter *it = AS(RangeIter, self);
    if (it->remaining <= 0) return VAL_NULL;
    int64_t v = it->cur;
    it->cur = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->remaining--;
    if (smallint_fits(v)) return val_from_smallint(v);
    return int_from_i64(vm, v);
}

Type RangeIterType = {
    .hdr = STATIC_TYPE_HDR, .name = "range_iterator", .base = &ObjectType,
    .repr = iter_repr, .hash = object_hash_identity, .iter = iter_self, .next = rangeiter_next,
};

/* ---- set iterator --------------------------------------------------------------------- */

Value set_iter_new(VM *vm, Set *s) {
    SetIter *it = gc_new(vm, &SetIterType, sizeof(SetIter));
    it->set = s;
    it->used = s->used;
    it->remaining = s->used;
    return OBJ_VAL(it);
}

static Value setiter_next(VM *vm, Value self) {
    SetIter *it = AS(SetIter, self);
    Set *s = it->set;
    if (!s) return VAL_NULL;
    if (it->used != s->used) {
        it->used = -1;
        return vm_raise(vm, &RuntimeErrorType, "Set changed size during iteration");
    }
    int64_t i = it->pos, mask = s->mask;
    SetEntry *t = s->table;
    while (i <= mask && (t[i].key == VAL_UNDEF || t[i].key == VAL_NULL)) i++;
    it->pos = i + 1;
    if (i > mask) {
        it->set = NULL;
        return VAL_NULL;
    }
    it->remaining--;
    return t[i].key;
}

static void setiter_trace(VM *vm, Obj *o) { gc_mark_obj(vm, ((SetIter *)o)->set); }

Type SetIterType = {
    .hdr = STATIC_TYPE_HDR, .name = "set_iterator", .base = &ObjectType,
    .trace = setiter_trace, .repr = iter_repr, .hash = object_hash_identity, .iter = iter_self, .next = setiter_next,
};

/* ---- dict iterators ------------------------------------------------------------------- */

static Type *const dictiter_types[2][3] = {
    {&DictKeyIterType, &DictValueIterType, &DictItemIterType},
    {&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType},
};

Value dict_iter_new(VM *vm, Dict *d, int kind, bool reverse) {
    DictIter *it = gc_new(vm, dictiter_types[reverse][kind], sizeof(DictIter));
    it->dict = d;
    it->pos = reverse ? d->used - 1 : 0;
    it->used = d->len;
    it->remaining = d->len;
    it->kind = kind;
    return OBJ_VAL(it);
}

/* Index of the next entry, -1 when exhausted, -2 on error. */
static inline int64_t dictiter_advance(VM *vm, DictIter *it, Dict *d) {
    if (it->used != d->len) {
        it->used = -1;
        vm_raise(vm, &RuntimeErrorType, "dictionary changed size during iteration");
        return -2;
    }
    int64_t i = it->pos;
    while (i < d->used && d->entries[i].key == VAL_UNDEF) i++;
    if (i >= d->used) {
        it->dict = NULL;
        return -1;
    }
    it->pos = i + 1;
    if (it->remaining <= 0) {
        it->dict = NULL;
        vm_raise(vm, &RuntimeErrorType, "dictionary keys changed during iteration");
        return -2;
    }
    it->remaining--;
    return i;
}

static inline int64_t dictiter_advance_rev(VM *vm, DictIter *it, Dict *d) {
    if (it->used != d->len) {
        it->used = -1;
        vm_raise(vm, &RuntimeErrorType, "dictionary changed size during iteration");
        return -2;
    }
    int64_t i = it->pos;
    if (i >= d->used) i = d->used - 1;
    while (i >= 0 && d->entries[i].key == VAL_UNDEF) i--;
    if (i < 0 || it->remaining <= 0) {
        it->dict = NULL;
        return -1;
    }
    it->pos = i - 1;
    it->remaining--;
    return i;
}

static Value dictiter_result(VM *vm, DictIter *it, int64_t i) {
    DictEntry *e = &it->dict->entries[i];
    switch (it->kind) {
    case DICTITER_KEYS: return e->key;
    case DICTITER_VALUES: return e->value;
    default: return tuple_pack(vm, 2, e->key, e->value);
    }
}

static Value dictiter_next_keys(VM *vm, Value self) {
    DictIter *it = AS(DictIter, self);
    Dict *d = it->dict;
    if (!d) return VAL_NULL;
    int64_t i = dictiter_advance(vm, it, d);
    if (i < 0) return i == -1 ? VAL_NULL : VAL_ERR;
    return d->entries[i].key;
}

static Value dictiter_next(VM *vm, Value self) {
    DictIter *it = AS(DictIter, self);
    Dict *d = it->dict;
    if (!d) return VAL_NULL;
    int64_t i = dictiter_advance(vm, it, d);
    if (i < 0) return i == -1 ? VAL_NULL : VAL_ERR;
    return dictiter_result(vm, it, i);
}

static Value dictiter_next_rev(VM *vm, Value self) {
    DictIter *it = AS(DictIter, self);
    Dict *d = it->dict;
    if (!d) return VAL_NULL;
    int64_t i = dictiter_advance_rev(vm, it, d);
    if (i < 0) return i == -1 ? VAL_NULL : VAL_ERR;
    return dictiter_result(vm, it, i);
}

static void dictiter_trace(VM *vm, Obj *o) { gc_mark_obj(vm, ((DictIter *)o)->dict); }

#define DICTITER_TYPE(var, tname, nextfn)                                                  \
    Type var = {                                                                           \
        .hdr = STATIC_TYPE_HDR, .name = tname, .base = &ObjectType,                        \
        .trace = dictiter_trace, .repr = iter_repr, .hash = object_hash_identity, .iter = iter_self, .next = nextfn,     \
    };
DICTITER_TYPE(DictKeyIterType, "dict_keyiterator", dictiter_next_keys)
DICTITER_TYPE(DictValueIterType, "dict_valueiterator", dictiter_next)
DICTITER_TYPE(DictItemIterType, "dict_itemiterator", dictiter_next)
DICTITER_TYPE(DictRevKeyIterType, "dict_reversekeyiterator", dictiter_next_rev)
DICTITER_TYPE(DictRevValueIterType, "dict_reversevalueiterator", dictiter_next_rev)
DICTITER_TYPE(DictRevItemIterType, "dict_reverseitemiterator", dictiter_next_rev)

/* ---- dict views ------------------------------------------------------------------------ */

static Type *const dictview_types[3] = {&DictKeysType, &DictValuesType, &DictItemsType};

static int view_kind(Value v) {
    Type *t = val_as_obj(v)->type;
    return t == &DictKeysType ? DICTITER_KEYS : t == &DictValuesType ? DICTITER_VALUES : DICTITER_ITEMS;
}

static bool is_setlike_view(Value v) {
    return val_is_type(v, &DictKeysType) || val_is_type(v, &DictItemsType);
}

Value dict_view_new(VM *vm, Dict *d, int kind) {
    DictView *v = gc_new(vm, dictview_types[kind], sizeof(DictView));
    v->dict = d;
    return OBJ_VAL(v);
}

static void dictview_trace(VM *vm, Obj *o) { gc_mark_obj(vm, ((DictView *)o)->dict); }

static int64_t dictview_len(VM *vm, Value self) {
    (void)vm;
    return AS(DictView, self)->dict->len;
}

static Value dictview_iter(VM *vm, Value self) {
    return dict_iter_new(vm, AS(DictView, self)->dict, view_kind(self), false);
}

static int dictview_contains(VM *vm, Value self, Value item) {
    Dict *d = AS(DictView, self)->dict;
    switch (view_kind(self)) {
    case DICTITER_KEYS: {
        Value v = dict_get(vm, d, item);
        if (v == VAL_ERR) return -1;
        return v != VAL_UNDEF;
    }
    case DICTITER_ITEMS: {
        if (!val_is_type(item, &TupleType) || AS(Tuple, item)->len != 2) return 0;
        Tuple *t = AS(Tuple, item);
        Value v = dict_get(vm, d, t->items[0]);
        if (v == VAL_ERR) return -1;
        if (v == VAL_UNDEF) return 0;
        return cont_eq(vm, v, t->items[1]);
    }
    default:
        for (int64_t i = 0; i < d->used; i++) {
            if (d->entries[i].key == VAL_UNDEF) continue;
            int c = cont_eq(vm, d->entries[i].value, item);
            if (c) return c;
        }
        return 0;
    }
}

static Value dictview_repr(VM *vm, Value self) {
    int st = repr_enter(vm, val_as_obj(self));
    if (st < 0) return VAL_ERR;
    if (st > 0) return OBJ_VAL(str_intern_cstr(vm, "..."));
    Value l = seq_from_iterable(vm, self);
    Value r = l == VAL_ERR ? VAL_ERR : value_repr(vm, l);
    repr_leave(vm, val_as_obj(self));
    if (r == VAL_ERR) return VAL_ERR;
    return str_fromf(vm, "%s(%s)", val_as_obj(self)->type->name, AS(Str, r)->data);
}

/* all(x in b for x in a) */
static int all_contained_in(VM *vm, Value a, Value b) {
    Value it = value_iter(vm, a);
    if (it == VAL_ERR) return -1;
    for (;;) {
        Value x = value_next(vm, it);
        if (x == VAL_NULL) return 1;
        if (x == VAL_ERR) return -1;
        int c = value_contains(vm, b, x);
        if (c <= 0) return c;
    }
}

static Value dictview_richcmp(VM *vm, Value a, Value b, int op) {
    if (!is_setlike_view(a) || !(val_is_anyset(b) || is_setlike_view(b))) return VAL_NOTIMPL;
    int64_t la = value_len(vm, a), lb = value_len(vm, b);
    if (la < 0 || lb < 0) return VAL_ERR;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE: ok = la == lb ? all_contained_in(vm, a, b) : 0; break;
    case CMP_LT: ok = la < lb ? all_contained_in(vm, a, b) : 0; break;
    case CMP_LE: ok = la <= lb ? all_contained_in(vm, a, b) : 0; break;
    case CMP_GT: ok = la > lb ? all_contained_in(vm, b, a) : 0; break;
    case CMP_GE: ok = la >= lb ? all_contained_in(vm, b, a) : 0; break;
    }
    if (ok < 0) return VAL_ERR;
    if (op == CMP_NE) ok = !ok;
    return val_from_bool(ok);
}

/* dictviews_to_set */
static Value view_to_set(VM *vm, Value v) {
    Value src = v;
    if (val_is_type(v, &DictKeysType)) src = OBJ_VAL(AS(DictView, v)->dict);
    Set *s = set_new(vm, false);
    if (set_update(vm, s, src) < 0) return VAL_ERR;
    return OBJ_VAL(s);
}

static Value dictview_intersect(VM *vm, Value self, Value other) {
    if (!is_setlike_view(self)) {
        Value t = self;
        self = other;
        other = t;
    }
    int64_t len_self = AS(DictView, self)->dict->len;
    if (val_is_type(other, &SetType)) {
        int64_t lo = AS(Set, other)->used;
        if (len_self <= lo) return set_method_op(vm, AS(Set, other), self, BINOP_AND);
    }
    if (is_setlike_view(other)) {
        int64_t len_other = AS(DictView, other)->dict->len;
        if (len_other > len_self) {
            Value t = self;
            self = other;
            other = t;
        }
    }
    Set *result = set_new(vm, false);
    Value it = value_iter(vm, other);
    if (it == VAL_ERR) return VAL_ERR;
    for (;;) {
        Value key = value_next(vm, it);
        if (key == VAL_NULL) break;
        if (key == VAL_ERR) return VAL_ERR;
        int rv = dictview_contains(vm, self, key);
        if (rv < 0) return VAL_ERR;
        if (rv && set_add(vm, result, key) < 0) return VAL_ERR;
    }
    return OBJ_VAL(result);
}

static Value dictview_binop(VM *vm, Value a, Value b, int op) {
    op &= ~BINOP_INPLACE;
    if (op != BINOP_OR && op != BINOP_AND && op != BINOP_SUB && op != BINOP_XOR) return VAL_NOTIMPL;
    if (!is_setlike_view(a) && !is_setlike_view(b)) return VAL_NOTIMPL;
    if (op == BINOP_AND) return dictview_intersect(vm, a, b);
    Value r = view_to_set(vm, a);
    if (r == VAL_ERR) return VAL_ERR;
    Set *s = AS(Set, r);
    return set_method_op(vm, s, b, op | BINOP_INPLACE);
}

static Value dictview_m_isdisjoint(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 1 || !val_is_obj(args[0]) || !is_setlike_view(args[0]))
        return vm_raise(vm, &TypeErrorType, "isdisjoint() requires a dict view");
    if (kwnames && arg_nokw(vm, "isdisjoint", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "isdisjoint", nargs - 1) < 0) return VAL_ERR;
    Value it = value_iter(vm, args[1]);
    if (it == VAL_ERR) return VAL_ERR;
    for (;;) {
        Value x = value_next(vm, it);
        if (x == VAL_NULL) return VAL_TRUE;
        if (x == VAL_ERR) return VAL_ERR;
        int c = dictview_contains(vm, args[0], x);
        if (c < 0) return VAL_ERR;
        if (c) return VAL_FALSE;
    }
}

static const MethodDef dictview_methods[] = {
    {"isdisjoint", dictview_m_isdisjoint, 0},
    {NULL, NULL, 0},
};

Type DictKeysType = {
    .hdr = STATIC_TYPE_HDR, .name = "dict_keys", .base = &ObjectType,
    .trace = dictview_trace, .repr = dictview_repr, .richcmp = dictview_richcmp, .iter = dictview_iter,
    .len = dictview_len, .contains = dictview_contains, .binop = dictview_binop,
};
Type DictValuesType = {
    .hdr = STATIC_TYPE_HDR, .name = "dict_values", .base = &ObjectType,
    .trace = dictview_trace, .repr = dictview_repr, .hash = object_hash_identity, .iter = dictview_iter,
    .len = dictview_len, .contains = dictview_contains,
};
Type DictItemsType = {
    .hdr = STATIC_TYPE_HDR, .name = "dict_items", .base = &ObjectType,
    .trace = dictview_trace, .repr = dictview_repr, .richcmp = dictview_richcmp, .iter = dictview_iter,
    .len = dictview_len, .contains = dictview_contains, .binop = dictview_binop,
};

/* ---- reversed ------------------------------------------------------------------------------ */

static Value reversed_next(VM *vm, Value self) {
    RevIter *it = AS(RevIter, self);
    if (it->seq == VAL_NULL || it->index < 0) {
        it->seq = VAL_NULL;
        return VAL_NULL;
    }
    Value seq = it->seq;
    Value item;
    if (val_is_type(seq, &TupleType)) {
        Tuple *t = AS(Tuple, seq);
        item = it->index < t->len ? t->items[it->index] : VAL_NULL;
    } else if (val_is_str(seq)) {
        Str *s = AS(Str, seq);
        item = it->index < s->len ? str_getitem_index(vm, s, it->index) : VAL_NULL;
    } else {
        item = value_getitem(vm, seq, int_from_i64(vm, it->index));
        if (item == VAL_ERR) {
            if (!vm_exc_matches(vm, &IndexErrorType) && !vm_exc_matches(vm, &StopIterationType)) return VAL_ERR;
            vm_exc_clear(vm);
            item = VAL_NULL;
        }
    }
    if (item == VAL_NULL) {
        it->index = -1;
        it->seq = VAL_NULL;
        return VAL_NULL;
    }
    it->index--;
    return item;
}

static void reviter_trace(VM *vm, Obj *o) { gc_mark_value(vm, ((RevIter *)o)->seq); }

static Value not_reversible(VM *vm, Value seq) {
    return vm_raise(vm, &TypeErrorType, "'%s' object is not reversible", type_name_of(seq));
}

Value reversed_new(VM *vm, Value seq) {
    Type *t = val_type(seq);
    if (t == &ListType) return list_reviter_new(vm, AS(List, seq));
    if (t == &RangeType) {
        Range *r = AS(Range, seq);
        int64_t n = r->len < 0 ? INT64_MAX : r->len;
        int64_t last = (int64_t)((uint64_t)r->start + (uint64_t)(n - 1) * (uint64_t)r->step);
        return range_iter_new(vm, n ? last : r->start, -r->step, n);
    }
    if (t == &DictType) return dict_iter_new(vm, AS(Dict, seq), DICTITER_KEYS, true);
    if (t == &DictKeysType || t == &DictValuesType || t == &DictItemsType)
        return dict_iter_new(vm, AS(DictView, seq)->dict, view_kind(seq), true);
    if (t == &SetType || t == &FrozenSetType) return not_reversible(vm, seq);
    int64_t n;
    if (t == &TupleType || t == &StrType) {
        n = t == &TupleType ? AS(Tuple, seq)->len : AS(Str, seq)->len;
    } else {
        if (t->flags & TYPE_USER) {
            Str *rev = str_intern_cstr(vm, "__reversed__");
            Value m = type_lookup(t, rev);
            if (m != VAL_UNDEF) {
                if (m == VAL_NONE) return not_reversible(vm, seq);
                return value_call_method(vm, seq, rev, NULL, 0);
            }
            if (type_lookup(t, vm->names.__getitem__) == VAL_UNDEF) return not_reversible(vm, seq);
        } else if (!t->getitem || type_is_subtype(t, &DictType)) {
            return not_reversible(vm, seq);
        }
        n = value_len(vm, seq);
        if (n < 0) return VAL_ERR;
    }
    RevIter *it = gc_new(vm, &ReversedType, sizeof(RevIter));
    it->seq = seq;
    it->index = n - 1;
    return OBJ_VAL(it);
}

static Value reversed_construct(VM *vm, Type *type, Value *args, int nargs, Tuple *kwnames) {
    (void)type;
    if (kwnames && arg_nokw(vm, "reversed", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "reversed", nargs, 1, 1) < 0) return VAL_ERR;
    return reversed_new(vm, args[0]);
}

Type ReversedType = {
    .hdr = STATIC_TYPE_HDR, .name = "reversed", .base = &ObjectType,
    .trace = reviter_trace, .repr = iter_repr, .hash = object_hash_identity, .iter = iter_self, .next = reversed_next,
    .construct = reversed_construct,
};

/* ---- enumerate ---------------------------------------------------------------------------- */

static Value enumerate_construct(VM *vm, Type *type, Value *args, int nargs, Tuple *kwnames) {
    (void)type;
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs + nkw > 2)
        return vm_raise(vm, &TypeErrorType, "enumerate() takes at most 2 arguments (%d given)", nargs + nkw);
    static const char *const names[] = {"iterable", "start"};
    Value kw[2];
    if (arg_kwonly(vm, "enumerate", args, nargs, kwnames, names, 2, kw) < 0) return VAL_ERR;
    Value iterable = nargs >= 1 ? args[0] : kw[0];
    Value start = nargs >= 2 ? args[1] : kw[1];
    if ((nargs >= 1 && kw[0] != VAL_UNDEF) || (nargs >= 2 && kw[1] != VAL_UNDEF))
        return vm_raise(vm, &TypeErrorType, "argument for enumerate() given by name ('%s') and position (%d)",
                        nargs >= 2 && kw[1] != VAL_UNDEF ? "start" : "iterable",
                        nargs >= 2 && kw[1] != VAL_UNDEF ? 2 : 1);
    if (iterable == VAL_UNDEF) return vm_raise(vm, &TypeErrorType, "enumerate() missing required argument 'iterable'");
    int64_t count = 0;
    if (start != VAL_UNDEF && value_as_index(vm, start, &count) < 0) return VAL_ERR;
    Value it = value_iter(vm, iterable);
    if (it == VAL_ERR) return VAL_ERR;
    Enumerate *e = gc_new(vm, &EnumerateType, sizeof(Enumerate));
    e->it = it;
    e->count = count;
    return OBJ_VAL(e);
}

static Value enumerate_next(VM *vm, Value self) {
    Enumerate *e = AS(Enumerate, self);
    Value item = value_next(vm, e->it);
    if (item == VAL_NULL || item == VAL_ERR) return item;
    Value idx = int_from_i64(vm, e->count++);
    return tuple_pack(vm, 2, idx, item);
}

static void enumerate_trace(VM *vm, Obj *o) { gc_mark_value(vm, ((Enumerate *)o)->it); }

Type EnumerateType = {
    .hdr = STATIC_TYPE_HDR, .name = "enumerate", .base = &ObjectType,
    .trace = enumerate_trace, .repr = iter_repr, .hash = object_hash_identity, .iter = iter_self, .next = enumerate_next,
    .construct = enumerate_construct,
};

/* ---- zip ------------------------------------------------------------------------------------ */

static Value zip_construct(VM *vm, Type *type, Value *args, int nargs, Tuple *kwnames) {
    (void)type;
    static const char *const names[] = {"strict"};
    Value kw[1];
    if (arg_kwonly(vm, "zip", args, nargs, kwnames, names, 1, kw) < 0) return VAL_ERR;
    int strict = 0;
    if (kw[0] != VAL_UNDEF) {
        strict = value_truthy(vm, kw[0]);
        if (strict < 0) return VAL_ERR;
    }
    Tuple *iters = tuple_new(vm, nargs);
    for (int i = 0; i < nargs; i++) {
        Value it = value_iter(vm, args[i]);
        if (it == VAL_ERR) return VAL_ERR;
        iters->items[i] = it;
    }
    Zip *z = gc_new(vm, &ZipType, sizeof(Zip));
    z->iters = iters;
    z->strict = (uint8_t)strict;
    return OBJ_VAL(z);
}

static Value zip_next(VM *vm, Value self) {
    Zip *z = AS(Zip, self);
    Tuple *iters = z->iters;
    if (!iters || iters->len == 0) return VAL_NULL;
    int64_t n = iters->len;
    Tuple *result = tuple_new(vm, n);
    for (int64_t i = 0; i < n; i++) {
        Value item = value_next(vm, iters->items[i]);
        if (item == VAL_ERR) return VAL_ERR;
        if (item == VAL_NULL) {
            z->iters = NULL;
            if (!z->strict) return VAL_NULL;
            if (i) {
                const char *plural = i == 1 ? " " : "s 1-";
                return vm_raise(vm, &ValueErrorType, "zip() argument %lld is shorter than argument%s%lld",
                                (long long)(i + 1), plural, (long long)i);
            }
            for (i = 1; i < n; i++) {
                Value x = value_next(vm, iters->items[i]);
                if (x == VAL_ERR) return VAL_ERR;
                if (x != VAL_NULL) {
                    const char *plural = i == 1 ? " " : "s 1-";
                    return vm_raise(vm, &ValueErrorType, "zip() argument %lld is longer than argument%s%lld",
                                    (long long)(i + 1), plural, (long long)i);
                }
            }
            return VAL_NULL;
        }
        result->items[i] = item;
    }
    return OBJ_VAL(result);
}

static void zip_trace(VM *vm, Obj *o) { gc_mark_obj(vm, ((Zip *)o)->iters); }

Type ZipType = {
    .hdr = STATIC_TYPE_HDR, .name = "zip", .base = &ObjectType,
    .trace = zip_trace, .repr = iter_repr, .hash = object_hash_identity, .iter = iter_self, .next = zip_next,
    .construct = zip_construct,
};

/* ---- map -------------------------------------------------------------------------------------- */

static Value map_construct(VM *vm, Type *type, Value *args, int nargs, Tuple *kwnames) {
    (void)type;
    if (kwnames && arg_nokw(vm, "map", kwnames) < 0) return VAL_ERR;
    if (nargs < 2) return vm_raise(vm, &TypeErrorType, "map() must have at least two arguments.");
    Tuple *iters = tuple_new(vm, nargs - 1);
    for (int i = 1; i < nargs; i++) {
        Value it = value_iter(vm, args[i]);
        if (it == VAL_ERR) return VAL_ERR;
        iters->items[i - 1] = it;
    }
    Map *m = gc_new(vm, &MapType, sizeof(Map));
    m->func = args[0];
    m->iters = iters;
    return OBJ_VAL(m);
}

static Value map_next(VM *vm, Value self) {
    Map *m = AS(Map, self);
    int64_t n = m->iters->len;
    Value small[8];
    Value *argv = n <= 8 ? small : malloc((size_t)n * sizeof(Value));
    if (!argv) abort();
    Value result;
    for (int64_t i = 0; i < n; i++) {
        Value item = value_next(vm, m->iters->items[i]);
        if (item == VAL_NULL || item == VAL_ERR) {
            result = item;
            goto done;
        }
        argv[i] = item;
    }
    result = vm_call(vm, m->func, argv, (int)n, NULL);
done:
    if (argv != small) free(argv);
    return result;
}

static void map_trace(VM *vm, Obj *o) {
    Map *m = (Map *)o;
    gc_mark_value(vm, m->func);
    gc_mark_obj(vm, m->iters);
}

Type MapType = {
    .hdr = STATIC_TYPE_HDR, .name = "map", .base = &ObjectType,
    .trace = map_trace, .repr = iter_repr, .hash = object_hash_identity, .iter = iter_self, .next = map_next,
    .construct = map_construct,
};

/* ---- filter ------------------------------------------------------------------------------------ */

static Value filter_construct(VM *vm, Type *type, Value *args, int nargs, Tuple *kwnames) {
    (void)type;
    if (kwnames && arg_nokw(vm, "filter", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "filter", nargs, 2, 2) < 0) return VAL_ERR;
    Value it = value_iter(vm, args[1]);
    if (it == VAL_ERR) return VAL_ERR;
    Filter *f = gc_new(vm, &FilterType, sizeof(Filter));
    f->func = args[0];
    f->it = it;
    return OBJ_VAL(f);
}

static Value filter_next(VM *vm, Value self) {
    Filter *f = AS(Filter, self);
    for (;;) {
        Value item = value_next(vm, f->it);
        if (item == VAL_NULL || item == VAL_ERR) return item;
        int ok;
        if (f->func == VAL_NONE || f->func == OBJ_VAL(&BoolType)) {
            ok = value_truthy(vm, item);
        } else {
            Value r = vm_call(vm, f->func, &item, 1, NULL);
            if (r == VAL_ERR) return VAL_ERR;
            ok = value_truthy(vm, r);
        }
        if (ok < 0) return VAL_ERR;
        if (ok) return item;
    }
}

static void filter_trace(VM *vm, Obj *o) {
    Filter *f = (Filter *)o;
    gc_mark_value(vm, f->func);
    gc_mark_value(vm, f->it);
}

Type FilterType = {
    .hdr = STATIC_TYPE_HDR, .name = "filter", .base = &ObjectType,
    .trace = filter_trace, .repr = iter_repr, .hash = object_hash_identity, .iter = iter_self, .next = filter_next,
    .construct = filter_construct,
};

/* ---- init ----------------------------------------------------------------------------------------- */

void iter_types_init(VM *vm) {
    Type *types[] = {
        &ListIterType, &ListRevIterType, &TupleIterType, &RangeIterType, &SetIterType,
        &DictKeyIterType, &DictValueIterType, &DictItemIterType,
        &DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType,
        &DictKeysType, &DictValuesType, &DictItemsType,
        &ReversedType, &EnumerateType, &ZipType, &MapType, &FilterType,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) type_init_static(vm, types[i]);
    type_add_methods(vm, &DictKeysType, dictview_methods);
    type_add_methods(vm, &DictItemsType, dictview_methods);
}
