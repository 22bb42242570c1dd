/* containers.h - internals shared by the container runtime files
 * (tuple.c, list.c, dict.c, set.c, range.c, iter.c, builtins.c, containers.c)
 * and the parts of the VM that want fast paths over them (FOR_ITER on list and
 * range iterators, LIST_EXTEND, DICT_MERGE, ...).
 *
 * Everything declared here is an addition to the C API of object.h; object.h
 * itself is not modified.
 */
#ifndef GJ_CONTAINERS_H
#define GJ_CONTAINERS_H

#include "object.h"

/* ---- iterator and view objects (iter.c) ------------------------------------ */

/* list_iterator / list_reverseiterator / tuple_iterator: list/tuple NULL
 * once exhausted; index counts up (forward) or down (reverse). */
typedef struct ListIter { Obj hdr; List *list; int64_t index; } ListIter;
typedef struct TupleIter { Obj hdr; Tuple *tuple; int64_t index; } TupleIter;
/* range_iterator: object.h's RangeIter. */

enum { DICTITER_KEYS, DICTITER_VALUES, DICTITER_ITEMS };
/* dict key/value/item iterators (forward and reverse).  used: d->len when
 * created (size-change check); remaining: items still expected. */
typedef struct DictIter {
    Obj hdr;
    Dict *dict;          /* NULL once exhausted */
    int64_t pos;         /* next entry index to look at (reverse: counts down) */
    int64_t used;
    int64_t remaining;
    int kind;            /* DICTITER_* */
} DictIter;
/* dict_keys / dict_values / dict_items */
typedef struct DictView { Obj hdr; Dict *dict; } DictView;

typedef struct SetIter { Obj hdr; Set *set; int64_t pos, used, remaining; } SetIter;
/* reversed(seq) over a sequence with __len__/__getitem__: index counts down. */
typedef struct RevIter { Obj hdr; Value seq; int64_t index; } RevIter; /* seq VAL_NULL: exhausted */
typedef struct Enumerate { Obj hdr; Value it; int64_t count; } Enumerate;
typedef struct Zip { Obj hdr; Tuple *iters; uint8_t strict; } Zip;     /* iters NULL: exhausted */
typedef struct Map { Obj hdr; Value func; Tuple *iters; } Map;
typedef struct Filter { Obj hdr; Value func; Value it; } Filter;         /* func VAL_NONE: truthiness */

extern Type ListIterType, ListRevIterType, TupleIterType, RangeIterType, SetIterType,
    DictKeyIterType, DictValueIterType, DictItemIterType,
    DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType,
    DictKeysType, DictValuesType, DictItemsType,
    ReversedType, EnumerateType, ZipType, MapType, FilterType;

/* Constructors (never fail). */
Value list_iter_new(VM *vm, List *l);
Value list_reviter_new(VM *vm, List *l);
Value tuple_iter_new(VM *vm, Tuple *t);
Value range_iter_new(VM *vm, int64_t cur, int64_t step, int64_t remaining);
Value set_iter_new(VM *vm, Set *s);
Value dict_iter_new(VM *vm, Dict *d, int kind, bool reverse);
Value dict_view_new(VM *vm, Dict *d, int kind);  /* DICTITER_* -> dict_keys/values/items */
/* reversed(seq); raises TypeError "'X' object is not reversible". */
Value reversed_new(VM *vm, Value seq);

/* ---- extra container operations --------------------------------------------- */
int list_extend(VM *vm, List *l, Value iterable);          /* l.extend(iterable); 0 / -1 */
void list_resize_cap(VM *vm, List *l, int64_t mincap);     /* ensure capacity */
Value list_getslice(VM *vm, List *l, int64_t lo, int64_t hi); /* clamped, step 1 */
Value tuple_getslice(VM *vm, Tuple *t, int64_t lo, int64_t hi);
Value list_as_tuple(VM *vm, List *l);                       /* tuple(l) */
/* A tuple of the items of any iterable (returns the tuple itself for a tuple). */
Value tuple_from_iterable(VM *vm, Value iterable);

Dict *dict_copy(VM *vm, Dict *d);
/* d.update(other) semantics: a dict, a mapping (keys() + []), or an iterable of pairs. */
int dict_update(VM *vm, Dict *d, Value other);
/* Merge a mapping into d.  override: 1 overwrite, 0 keep existing values,
 * 2 raise KeyError(key) on the first duplicate key (for f(**a, **b)). */
int dict_merge(VM *vm, Dict *d, Value mapping, int override);
int dict_set_known_hash(VM *vm, Dict *d, Value key, int64_t hash, Value val);
Value dict_get_known_hash(VM *vm, Dict *d, Value key, int64_t hash); /* VAL_UNDEF / VAL_ERR */
void dict_clear(VM *vm, Dict *d);

Set *set_copy_of(VM *vm, Set *s, bool frozen);
int set_update(VM *vm, Set *s, Value iterable);            /* s.update(iterable); 0 / -1 */
/* Method-style set operation with any iterable `other` (like s.union(o),
 * s.intersection(o), s.difference(o), s.symmetric_difference(o)); with
 * BINOP_INPLACE the *_update form mutating so (returns so).  op: BINOP_OR,
 * BINOP_AND, BINOP_SUB, BINOP_XOR. */
Value set_method_op(VM *vm, Set *so, Value other, int op);
/* isinstance(v, t) for a builtin container type t: the exact type, or a user
 * class deriving from it (should subclassing builtins ever be allowed). */
static inline bool val_is_kind(Value v, const Type *t) {
    if (!val_is_obj(v)) return false;
    Type *vt = val_as_obj(v)->type;
    return vt == t || ((vt->flags & TYPE_USER) && type_is_subtype(vt, t));
}
/* a set or a frozenset */
static inline bool val_is_anyset(Value v) {
    if (!val_is_obj(v)) return false;
    Type *vt = val_as_obj(v)->type;
    if (vt == &SetType || vt == &FrozenSetType) return true;
    return (vt->flags & TYPE_USER) && (type_is_subtype(vt, &SetType) || type_is_subtype(vt, &FrozenSetType));
}

/* Repeat count for seq * n (int, bool, __index__), else TypeError
 * "can't multiply sequence by non-int of type 'X'". */
int seq_repeat_count(VM *vm, Value n, int64_t *out);
/* Optional start/stop arguments of index() at args[first], args[first+1]:
 * clamped like slice indices into *lo / *hi (defaults 0 / len). */
int seq_index_bounds(VM *vm, Value *args, int nargs, int first, int64_t len, int64_t *lo, int64_t *hi);

/* int/bool/__index__ -> int64, else "'X' object cannot be interpreted as an integer". */
int value_as_index(VM *vm, Value v, int64_t *out);
/* PySequence_Fast: v itself if a list or tuple, else a new list of its items;
 * if v is not iterable the TypeError is replaced by errmsg (when non-NULL). */
Value seq_fast(VM *vm, Value v, const char *errmsg);
static inline Value *seq_fast_items(Value seq, int64_t *n) {
    if (val_as_obj(seq)->type == &TupleType) {
        *n = ((Tuple *)val_as_obj(seq))->len;
        return ((Tuple *)val_as_obj(seq))->items;
    }
    *n = ((List *)val_as_obj(seq))->len;
    return ((List *)val_as_obj(seq))->items;
}

/* Convert an index-like value (int, bool, __index__) to int64; TypeError
 * "<what> indices must be integers or slices, not X" otherwise. */
int index_value(VM *vm, Value idx, const char *what, int64_t *out);

/* ---- helpers shared by the container files (containers.c) ------------------ */

/* repr recursion guard (Py_ReprEnter/Py_ReprLeave): repr_enter returns 1 if o
 * is already being repr'd (caller prints "[...]" etc.), 0 otherwise, -1 on
 * RecursionError. */
int repr_enter(VM *vm, Obj *o);
void repr_leave(VM *vm, Obj *o);
/* Raises RecursionError when the native stack is nearly exhausted. */
int cont_stack_check(VM *vm, const char *where);

/* Argument checking with CPython's exact messages. */
int arg_positional(VM *vm, const char *name, int n, int min, int max); /* "name expected at most 1 argument, got 2" */
int arg_noargs(VM *vm, const char *qualname, int n);                   /* "list.copy() takes no arguments (1 given)" */
int arg_exactly_one(VM *vm, const char *qualname, int n);              /* "list.append() takes exactly one argument (0 given)" */
int arg_nokw(VM *vm, const char *qualname, Tuple *kwnames);            /* "list() takes no keyword arguments" */
/* Keyword arguments: fills out[i] with the value for names[i] (VAL_UNDEF if
 * absent); unknown names raise "'x' is an invalid keyword argument for fname()". */
int arg_kwonly(VM *vm, const char *fname, Value *args, int nargs, Tuple *kwnames,
               const char *const *names, int nnames, Value *out);
/* Methods: checks args[0] is an instance of t ("descriptor 'append' for 'list'
 * objects doesn't apply to a 'int' object"). */
int arg_self(VM *vm, Value *args, int nargs, Type *t, const char *meth);
Value raise_key_error(VM *vm, Value key);

/* Fast equality / hashing used by all containers (same results as value_eq /
 * value_hash, with the common cases inline). */
static inline int cont_eq(VM *vm, Value a, Value b) {
    if (a == b) return 1;
    if (val_both_smallint(a, b)) return 0;
    if (val_is_str(a) && val_is_str(b)) return str_eq((Str *)val_as_obj(a), (Str *)val_as_obj(b));
    return value_eq(vm, a, b);
}
static inline int cont_hash(VM *vm, Value v, int64_t *out) {
    if (val_is_smallint(v)) {
        int64_t i = val_as_smallint(v);
        *out = i == -1 ? -2 : i;
        return 0;
    }
    if (val_is_str(v)) {
        *out = str_hash((Str *)val_as_obj(v));
        return 0;
    }
    return value_hash(vm, v, out);
}

/* Per-file init hooks called by containers_init(). */
void tuple_type_init(VM *vm);
void list_type_init(VM *vm);
void dict_type_init(VM *vm);
void set_type_init(VM *vm);
void range_type_init(VM *vm);
void iter_types_init(VM *vm);

#endif
