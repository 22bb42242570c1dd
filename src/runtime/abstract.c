/* abstract.c - the generic object protocols: dispatch to builtin type slots
 * and to the dunder methods of user classes, with CPython's exact semantics
 * (reflected operands, subclass-first rule, NotImplemented, error messages).
 *
 * User classes have no C slots of their own: their dunders are found with
 * type_lookup_user() (the TYPE_USER part of the base chain); when a class
 * does not define one, the slots of its first builtin base apply
 * (type_slot_base(): object or an exception type).
 */
#include <stdlib.h>
#include <string.h>

#include "runtime/core.h"

/* number.c (strnum.h): unary -, +, ~ on int/float/bool. */
Value number_unop(VM *vm, Value a, int op);

static inline bool is_user(const Type *t) { return (t->flags & TYPE_USER) != 0; }

/* Conservative, monotonic process-wide hints (see core.h): once any class
 * has stored a property / __setattr__ / __getattr__, the corresponding
 * lookups are always done.  Being only ever set, they stay correct even if
 * several VMs live in one process. */
enum { HOOK_PROPERTY = 1, HOOK_SETATTR = 2, HOOK_GETATTR = 4 };
static unsigned attr_hooks;

void class_note_attr(Str *name, Value v) {
    if (val_is_type(v, &PropertyType)) attr_hooks |= HOOK_PROPERTY;
    if (name && name->nbytes == 11 && memcmp(name->data, "__getattr__", 11) == 0) attr_hooks |= HOOK_GETATTR;
    if (name && name->nbytes == 11 &&
        (memcmp(name->data, "__setattr__", 11) == 0 || memcmp(name->data, "__delattr__", 11) == 0))
        attr_hooks |= HOOK_SETATTR;
}

static bool name_is(Str *s, const char *lit) {
    size_t n = strlen(lit);
    return (size_t)s->nbytes == n && memcmp(s->data, lit, n) == 0;
}

static inline bool is_dunder(Str *s) {
    return s->nbytes > 4 && s->data[0] == '_' && s->data[1] == '_';
}

/* ---- argument buffers ---------------------------------------------------------- */

#define SMALL_ARGS 16
typedef struct ArgBuf { Value small[SMALL_ARGS]; Value *buf; } ArgBuf;

static Value *argbuf_prepend(ArgBuf *ab, Value self, Value *args, int nargs, Tuple *kwnames) {
    int64_t rest = (int64_t)nargs + (kwnames ? kwnames->len : 0);
    int64_t total = rest + 1;
    ab->buf = total <= SMALL_ARGS ? ab->small : malloc((size_t)total * sizeof(Value));
    if (!ab->buf) {
        fprintf(stderr, "glassjit: out of memory\n");
        abort();
    }
    ab->buf[0] = self;
    if (rest > 0) memcpy(ab->buf + 1, args, (size_t)rest * sizeof(Value));
    return ab->buf;
}

static void argbuf_free(ArgBuf *ab) {
    if (ab->buf != ab->small) free(ab->buf);
}

Value value_call_with_self(VM *vm, Value func, Value self, Value *args, int nargs, Tuple *kwnames) {
    ArgBuf ab;
    Value *a = argbuf_prepend(&ab, self, args, nargs, kwnames);
    Value r = value_call(vm, func, a, nargs + 1, kwnames);
    argbuf_free(&ab);
    return r;
}

Value vm_call_with_self(VM *vm, Value func, Value self, Value *args, int nargs, Tuple *kwnames) {
    ArgBuf ab;
    Value *a = argbuf_prepend(&ab, self, args, nargs, kwnames);
    Value r = vm_call(vm, func, a, nargs + 1, kwnames);
    argbuf_free(&ab);
    return r;
}

/* A builtin method descriptor: binds to instances. */
static inline bool is_method_native(Value v) {
    if (!val_is_type(v, &NativeFuncType)) return false;
    NativeFunc *nf = AS(NativeFunc, v);
    return nf->owner != NULL && nf->self == VAL_NULL;
}

Value value_call_dunder(VM *vm, Value meth, Value self, Value *args, int nargs, Tuple *kwnames) {
    if (val_is_obj(meth)) {
        Type *mt = val_as_obj(meth)->type;
        if (mt == &FunctionType || (mt == &NativeFuncType && is_method_native(meth)))
            return vm_call_with_self(vm, meth, self, args, nargs, kwnames);
        if (mt == &StaticMethodType) return vm_call(vm, AS(StaticMethod, meth)->func, args, nargs, kwnames);
        if (mt == &ClassMethodType)
            return vm_call_with_self(vm, AS(StaticMethod, meth)->func, OBJ_VAL(val_type(self)), args, nargs, kwnames);
    }
    return vm_call(vm, meth, args, nargs, kwnames);
}

static inline Value call_dunder0(VM *vm, Value meth, Value self) {
    return value_call_dunder(vm, meth, self, NULL, 0, NULL);
}
static inline Value call_dunder1(VM *vm, Value meth, Value self, Value arg) {
    return value_call_dunder(vm, meth, self, &arg, 1, NULL);
}

/* ---- names -------------------------------------------------------------------- */

const char *type_name_of(Value v) { return val_type(v)->name; }

static const char *const binop_names[BINOP__COUNT] = {
    "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
    "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__"};
static const char *const binop_rnames[BINOP__COUNT] = {
    "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
    "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__"};
static const char *const binop_inames[BINOP__COUNT] = {
    "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__",
    "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"};
static const char *const binop_syms[BINOP__COUNT] = {"+", "-", "*", "/", "//", "%", "** or pow()",
                                                     "<<", ">>", "&", "|", "^"};
static const char *const binop_isyms[BINOP__COUNT] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=",
                                                      "<<=", ">>=", "&=", "|=", "^="};

static Str *binop_name(VM *vm, int op) {
    VMNames *n = &vm->names;
    switch (op) {
    case BINOP_ADD: return n->__add__;
    case BINOP_SUB: return n->__sub__;
    case BINOP_MUL: return n->__mul__;
    case BINOP_TRUEDIV: return n->__truediv__;
    case BINOP_FLOORDIV: return n->__floordiv__;
    case BINOP_MOD: return n->__mod__;
    case BINOP_POW: return n->__pow__;
    case BINOP_LSHIFT: return n->__lshift__;
    case BINOP_RSHIFT: return n->__rshift__;
    case BINOP_AND: return n->__and__;
    case BINOP_OR: return n->__or__;
    case BINOP_XOR: return n->__xor__;
    default: return str_intern_cstr(vm, (unsigned)op < BINOP__COUNT ? binop_names[op] : "__unknown__");
    }
}

static Str *binop_rname(VM *vm, int op) {
    VMNames *n = &vm->names;
    switch (op) {
    case BINOP_ADD: return n->__radd__;
    case BINOP_SUB: return n->__rsub__;
    case BINOP_MUL: return n->__rmul__;
    case BINOP_TRUEDIV: return n->__rtruediv__;
    case BINOP_FLOORDIV: return n->__rfloordiv__;
    case BINOP_MOD: return n->__rmod__;
    case BINOP_POW: return n->__rpow__;
    default: return str_intern_cstr(vm, (unsigned)op < BINOP__COUNT ? binop_rnames[op] : "__unknown__");
    }
}

static Str *binop_iname(VM *vm, int op) {
    VMNames *n = &vm->names;
    switch (op) {
    case BINOP_ADD: return n->__iadd__;
    case BINOP_SUB: return n->__isub__;
    case BINOP_MUL: return n->__imul__;
    case BINOP_TRUEDIV: return n->__itruediv__;
    case BINOP_FLOORDIV: return n->__ifloordiv__;
    case BINOP_MOD: return n->__imod__;
    default: return str_intern_cstr(vm, (unsigned)op < BINOP__COUNT ? binop_inames[op] : "__unknown__");
    }
}

static Str *cmp_name(VM *vm, int op) {
    VMNames *n = &vm->names;
    switch (op) {
    case CMP_LT: return n->__lt__;
    case CMP_LE: return n->__le__;
    case CMP_EQ: return n->__eq__;
    case CMP_NE: return n->__ne__;
    case CMP_GT: return n->__gt__;
    default: return n->__ge__;
    }
}

static const int cmp_swapped[6] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_syms[6] = {"<", "<=", "==", "!=", ">", ">="};

/* ---- repr / str / hash / truth ------------------------------------------------------ */

Value value_repr(VM *vm, Value v) {
    Type *t = val_type(v);
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__repr__);
        if (m != VAL_UNDEF) {
            Value r = call_dunder0(vm, m, v);
            if (r == VAL_ERR) return r;
            if (!val_is_str(r))
                return vm_raise(vm, &TypeErrorType, "__repr__ returned non-string (type %s)", type_name_of(r));
            return r;
        }
        t = type_slot_base(t);
    }
    if (t->repr) return t->repr(vm, v);
    return object_default_repr(vm, v);
}

Value value_str(VM *vm, Value v) {
    if (val_is_str(v)) return v;
    Type *t = val_type(v);
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__str__);
        if (m != VAL_UNDEF) {
            Value r = call_dunder0(vm, m, v);
            if (r == VAL_ERR) return r;
            if (!val_is_str(r))
                return vm_raise(vm, &TypeErrorType, "__str__ returned non-string (type %s)", type_name_of(r));
            return r;
        }
        t = type_slot_base(t);
    }
    if (t->str) return t->str(vm, v);
    return value_repr(vm, v);
}

static int unhashable(VM *vm, Value v) {
    vm_raise(vm, &TypeErrorType, "unhashable type: '%s'", type_name_of(v));
    return -1;
}

int value_hash(VM *vm, Value v, int64_t *out) {
    if (val_is_smallint(v)) {
        *out = hash_int(val_as_smallint(v));
        return 0;
    }
    if (val_is_float(v)) {
        *out = hash_float(val_as_float(v));
        return 0;
    }
    if (val_is_bool(v)) {
        *out = (int64_t)(v & 1);
        return 0;
    }
    if (val_is_str(v)) {
        *out = str_hash(AS(Str, v));
        return 0;
    }
    Type *t = val_type(v);
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__hash__);
        if (m == VAL_NONE) return unhashable(vm, v);
        if (m != VAL_UNDEF) {
            Value r = call_dunder0(vm, m, v);
            if (r == VAL_ERR) return -1;
            if (!val_is_int(r) && !val_is_bool(r)) {
                vm_raise(vm, &TypeErrorType, "__hash__ method should return an integer");
                return -1;
            }
            *out = hash_int(int_value(r));
            return 0;
        }
        t = type_slot_base(t);
    }
    if (t->hash) return t->hash(vm, v, out);
    return unhashable(vm, v);
}

static int64_t len_result(VM *vm, Value r) {
    if (r == VAL_ERR) return -1;
    if (!val_is_int(r) && !val_is_bool(r)) {
        vm_raise(vm, &TypeErrorType, "'%s' object cannot be interpreted as an integer", type_name_of(r));
        return -1;
    }
    int64_t n = int_value(r);
    if (n < 0) {
        vm_raise(vm, &ValueErrorType, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

int value_truthy(VM *vm, Value v) {
    if (v == VAL_TRUE) return 1;
    if (v == VAL_FALSE || v == VAL_NONE) return 0;
    if (val_is_smallint(v)) return val_as_smallint(v) != 0;
    if (val_is_float(v)) return val_as_float(v) != 0.0;
    Type *t = val_type(v);
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__bool__);
        if (m != VAL_UNDEF) {
            Value r = call_dunder0(vm, m, v);
            if (r == VAL_ERR) return -1;
            if (!val_is_bool(r)) {
                vm_raise(vm, &TypeErrorType, "__bool__ should return bool, returned %s", type_name_of(r));
                return -1;
            }
            return r == VAL_TRUE;
        }
        m = type_lookup_user(t, vm->names.__len__);
        if (m != VAL_UNDEF) {
            int64_t n = len_result(vm, call_dunder0(vm, m, v));
            if (n < 0) return -1;
            return n != 0;
        }
        t = type_slot_base(t);
    }
    if (t->truthy) return t->truthy(vm, v);
    if (t->len) {
        int64_t n = t->len(vm, v);
        if (n < 0) return -1;
        return n != 0;
    }
    return 1;
}

/* ---- comparisons ------------------------------------------------------------------- */

static inline bool is_number(Value v) {
    return val_is_float(v) || val_is_smallint(v) || val_is_bool(v) || val_is_type(v, &IntType);
}

/* The richcmp "slot" of a user type: its dunder, else its builtin base's slot. */
static Value user_richcmp(VM *vm, Type *t, Value a, Value b, int op) {
    Value m = type_lookup_user(t, cmp_name(vm, op));
    if (m != VAL_UNDEF) {
        if (m == VAL_NONE) return VAL_NOTIMPL;
        return call_dunder1(vm, m, a, b);
    }
    if (op == CMP_NE) {
        /* object.__ne__: the inverse of __eq__ unless NotImplemented */
        Value r = user_richcmp(vm, t, a, b, CMP_EQ);
        if (r == VAL_ERR || r == VAL_NOTIMPL) return r;
        int tr = value_truthy(vm, r);
        if (tr < 0) return VAL_ERR;
        return val_from_bool(!tr);
    }
    Type *bt = type_slot_base(t);
    if (bt->richcmp) return bt->richcmp(vm, a, b, op);
    return VAL_NOTIMPL;
}

static inline bool has_richcmp(Type *t) { return is_user(t) || t->richcmp != NULL; }

static inline Value slot_richcmp(VM *vm, Type *t, Value a, Value b, int op) {
    if (is_user(t)) return user_richcmp(vm, t, a, b, op);
    return t->richcmp(vm, a, b, op);
}

Value value_richcmp(VM *vm, Value a, Value b, int op) {
    if (val_both_smallint(a, b)) {
        int64_t x = val_as_smallint(a), y = val_as_smallint(b);
        bool r;
        switch (op) {
        case CMP_LT: r = x < y; break;
        case CMP_LE: r = x <= y; break;
        case CMP_EQ: r = x == y; break;
        case CMP_NE: r = x != y; break;
        case CMP_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return val_from_bool(r);
    }
    if (is_number(a) && is_number(b)) {
        Value r = number_richcmp(vm, a, b, op);
        if (r != VAL_NOTIMPL) return r;
    }
    Type *ta = val_type(a), *tb = val_type(b);
    bool checked_reverse = false;
    Value r;
    if (ta != tb && has_richcmp(tb) && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = slot_richcmp(vm, tb, b, a, cmp_swapped[op]);
        if (r != VAL_NOTIMPL) return r;
    }
    if (has_richcmp(ta)) {
        r = slot_richcmp(vm, ta, a, b, op);
        if (r != VAL_NOTIMPL) return r;
    }
    if (!checked_reverse && has_richcmp(tb)) {
        r = slot_richcmp(vm, tb, b, a, cmp_swapped[op]);
        if (r != VAL_NOTIMPL) return r;
    }
    if (op == CMP_EQ) return val_from_bool(a == b);
    if (op == CMP_NE) return val_from_bool(a != b);
    return vm_raise(vm, &TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmp_syms[op],
                    type_name_of(a), type_name_of(b));
}

int value_compare_bool(VM *vm, Value a, Value b, int op) {
    Value r = value_richcmp(vm, a, b, op);
    if (r == VAL_TRUE) return 1;
    if (r == VAL_FALSE) return 0;
    if (r == VAL_ERR) return -1;
    return value_truthy(vm, r);
}

int value_eq(VM *vm, Value a, Value b) {
    if (a == b) return 1;
    if (val_both_smallint(a, b)) return 0;
    if (val_is_str(a) && val_is_str(b)) return str_eq(AS(Str, a), AS(Str, b));
    return value_compare_bool(vm, a, b, CMP_EQ);
}

/* ---- binary and unary operators -------------------------------------------------------- */

static inline bool has_binop(Type *t) { return is_user(t) || t->binop != NULL; }

/* Left-operand slot of a user type: a.__op__(b). */
static Value user_binop_left(VM *vm, Type *t, Value a, Value b, int op) {
    Value m = type_lookup_user(t, binop_name(vm, op));
    if (m != VAL_UNDEF) {
        if (m == VAL_NONE) return VAL_NOTIMPL;
        return call_dunder1(vm, m, a, b);
    }
    Type *bt = type_slot_base(t);
    return bt->binop ? bt->binop(vm, a, b, op) : VAL_NOTIMPL;
}

/* Right-operand slot of a user type: b.__rop__(a). */
static Value user_binop_right(VM *vm, Type *t, Value a, Value b, int op) {
    Value m = type_lookup_user(t, binop_rname(vm, op));
    if (m != VAL_UNDEF) {
        if (m == VAL_NONE) return VAL_NOTIMPL;
        return call_dunder1(vm, m, b, a);
    }
    Type *bt = type_slot_base(t);
    return bt->binop ? bt->binop(vm, a, b, op) : VAL_NOTIMPL;
}

/* CPython's binary_op1: returns VAL_NOTIMPL when neither side handles it. */
static Value binary_op1(VM *vm, Value a, Value b, int op) {
    Type *ta = val_type(a), *tb = val_type(b);
    bool ua = is_user(ta), ub = is_user(tb);
    bool has_a = has_binop(ta);
    bool has_b = tb != ta && has_binop(tb);
    if (has_b && !ua && !ub && ta->binop == tb->binop) has_b = false;
    Value r;
    if (has_a) {
        if (has_b && type_is_subtype(tb, ta)) {
            bool try_b = true;
            if (ub) {
                /* only if the subclass overrides the reflected method */
                Str *rn = binop_rname(vm, op);
                Value mb = type_lookup_user(tb, rn);
                Value ma = ua ? type_lookup_user(ta, rn) : VAL_UNDEF;
                try_b = mb != VAL_UNDEF && mb != ma;
            }
            if (try_b) {
                r = ub ? user_binop_right(vm, tb, a, b, op) : tb->binop(vm, a, b, op);
                if (r != VAL_NOTIMPL) return r;
                has_b = false;
            }
        }
        r = ua ? user_binop_left(vm, ta, a, b, op) : ta->binop(vm, a, b, op);
        if (r != VAL_NOTIMPL) return r;
    }
    if (has_b) return ub ? user_binop_right(vm, tb, a, b, op) : tb->binop(vm, a, b, op);
    return VAL_NOTIMPL;
}

Value value_binop(VM *vm, Value a, Value b, int op) {
    int base = op & ~BINOP_INPLACE;
    if ((unsigned)base >= BINOP__COUNT) return vm_raise(vm, &SystemErrorType, "bad binary operator %d", op);
    if (is_number(a) && is_number(b)) {
        Value r = number_binop(vm, a, b, base);
        if (r != VAL_NOTIMPL) return r;
    }
    Value r;
    if (op & BINOP_INPLACE) {
        Type *ta = val_type(a);
        if (is_user(ta)) {
            Value m = type_lookup_user(ta, binop_iname(vm, base));
            if (m != VAL_UNDEF && m != VAL_NONE) {
                r = call_dunder1(vm, m, a, b);
                if (r != VAL_NOTIMPL) return r;
            }
        } else if (ta->binop) {
            /* builtin slots see the in-place bit only as the left operand */
            r = ta->binop(vm, a, b, op);
            if (r != VAL_NOTIMPL) return r;
        }
        r = binary_op1(vm, a, b, base);
        if (r != VAL_NOTIMPL) return r;
        return vm_raise(vm, &TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", binop_isyms[base],
                        type_name_of(a), type_name_of(b));
    }
    r = binary_op1(vm, a, b, base);
    if (r != VAL_NOTIMPL) return r;
    return vm_raise(vm, &TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", binop_syms[base],
                    type_name_of(a), type_name_of(b));
}

Value value_unop(VM *vm, Value a, int op) {
    if (op == UNOP_NOT) {
        int t = value_truthy(vm, a);
        if (t < 0) return VAL_ERR;
        return val_from_bool(!t);
    }
    if (is_number(a)) {
        Value r = number_unop(vm, a, op);
        if (r != VAL_NOTIMPL) return r;
    }
    static const char *const syms[] = {"-", "+", "~"};
    if ((unsigned)op > UNOP_INVERT) return vm_raise(vm, &SystemErrorType, "bad unary operator %d", op);
    Type *t = val_type(a);
    if (is_user(t)) {
        Str *name = op == UNOP_NEG ? vm->names.__neg__ : op == UNOP_POS ? vm->names.__pos__ : vm->names.__invert__;
        Value m = type_lookup_user(t, name);
        if (m != VAL_UNDEF && m != VAL_NONE) return call_dunder0(vm, m, a);
    }
    return vm_raise(vm, &TypeErrorType, "bad operand type for unary %s: '%s'", syms[op], type_name_of(a));
}

/* ---- attributes -------------------------------------------------------------------- */

Value value_bind_attr(VM *vm, Value attr, Value obj, Type *t) {
    if (!val_is_obj(attr)) return attr;
    Type *at = val_as_obj(attr)->type;
    if (at == &FunctionType) return bound_method_new(vm, obj, attr);
    if (at == &NativeFuncType) return is_method_native(attr) ? bound_method_new(vm, obj, attr) : attr;
    if (at == &StaticMethodType) return AS(StaticMethod, attr)->func;
    if (at == &ClassMethodType) return bound_method_new(vm, OBJ_VAL(t), AS(StaticMethod, attr)->func);
    return attr;
}

static Value attr_error(VM *vm, Value obj, Str *name) {
    return vm_raise(vm, &AttributeErrorType, "'%s' object has no attribute '%s'", type_name_of(obj), name->data);
}

static Value instance_dict_snapshot(VM *vm, Value obj, Type *t) {
    Dict *d = dict_new(vm);
    Instance *in = AS(Instance, obj);
    int64_t pos = 0;
    Value k, v;
    while (dict_next(t->inst_keys, &pos, &k, &v)) {
        int64_t i = val_as_smallint(v);
        if (i < in->nslots && in->slots[i] != VAL_UNDEF) dict_set(vm, d, k, in->slots[i]);
    }
    return OBJ_VAL(d);
}

static Value property_get(VM *vm, Value prop, Value obj, Str *name) {
    Property *p = AS(Property, prop);
    if (p->fget == VAL_NONE)
        return vm_raise(vm, &AttributeErrorType, "property '%s' of '%s' object has no getter", name->data,
                        type_name_of(obj));
    return vm_call(vm, p->fget, &obj, 1, NULL);
}

/* Instances and builtin objects.  raise=false: VAL_UNDEF when missing. */
static Value generic_getattr(VM *vm, Value obj, Type *t, Str *name, bool raise) {
    Value ca = VAL_UNDEF;
    bool have_ca = false;
    if (attr_hooks & HOOK_PROPERTY) {
        ca = type_lookup(t, name);
        have_ca = true;
        if (ca != VAL_UNDEF && val_is_type(ca, &PropertyType)) return property_get(vm, ca, obj, name);
    }
    if (t->inst_keys) {
        Value idx = dict_get_str(t->inst_keys, name);
        if (idx != VAL_UNDEF) {
            Instance *in = AS(Instance, obj);
            int64_t i = val_as_smallint(idx);
            if (i < in->nslots && in->slots[i] != VAL_UNDEF) return in->slots[i];
        }
    }
    Type *bt = type_slot_base(t);
    if (bt->getattr) {
        Value v = bt->getattr(vm, obj, name);
        if (v != VAL_UNDEF) return v;
    }
    if (!have_ca) ca = type_lookup(t, name);
    if (ca != VAL_UNDEF) return value_bind_attr(vm, ca, obj, t);
    if (is_dunder(name)) {
        if (str_eq(name, vm->names.__class__)) return OBJ_VAL(t);
        if (t->inst_keys && name_is(name, "__dict__")) return instance_dict_snapshot(vm, obj, t);
    }
    if (!raise) return VAL_UNDEF;
    return attr_error(vm, obj, name);
}

static Value type_getattr(VM *vm, Type *t, Str *name, bool raise) {
    Value v = type_lookup(t, name);
    if (v != VAL_UNDEF) {
        if (val_is_type(v, &StaticMethodType)) return AS(StaticMethod, v)->func;
        if (val_is_type(v, &ClassMethodType)) return bound_method_new(vm, OBJ_VAL(t), AS(StaticMethod, v)->func);
        return v;
    }
    if (is_dunder(name)) {
        if (str_eq(name, vm->names.__name__)) return OBJ_VAL(t->name_str ? t->name_str : str_from_cstr(vm, t->name));
        if (str_eq(name, vm->names.__qualname__)) return OBJ_VAL(str_from_cstr(vm, type_qualname(vm, t)));
        if (str_eq(name, vm->names.__module__))
            return OBJ_VAL(t->module ? t->module : str_intern_cstr(vm, "builtins"));
        if (str_eq(name, vm->names.__doc__)) return VAL_NONE;
        if (str_eq(name, vm->names.__class__)) return OBJ_VAL(&TypeType);
        if (name_is(name, "__bases__")) return t->base ? tuple_pack(vm, 1, OBJ_VAL(t->base)) : tuple_pack(vm, 0);
        if (name_is(name, "__base__")) return t->base ? OBJ_VAL(t->base) : VAL_NONE;
        if (name_is(name, "__mro__")) {
            int n = 0;
            for (Type *b = t; b; b = b->base) n++;
            Tuple *tu = tuple_new(vm, n);
            n = 0;
            for (Type *b = t; b; b = b->base) tu->items[n++] = OBJ_VAL(b);
            return OBJ_VAL(tu);
        }
        if (name_is(name, "__dict__")) {
            Dict *d = dict_new(vm);
            int64_t pos = 0;
            Value k, val;
            if (t->dict)
                while (dict_next(t->dict, &pos, &k, &val)) dict_set(vm, d, k, val);
            return OBJ_VAL(d);
        }
    }
    /* methods of the metatype (type.mro, ...) */
    if (TypeType.dict) {
        v = dict_get_str(TypeType.dict, name);
        if (v != VAL_UNDEF) return value_bind_attr(vm, v, OBJ_VAL(t), &TypeType);
    }
    if (!raise) return VAL_UNDEF;
    return vm_raise(vm, &AttributeErrorType, "type object '%s' has no attribute '%s'", t->name, name->data);
}

static Value module_getattr(VM *vm, Module *m, Str *name, bool raise) {
    Value v = m->dict ? dict_get_str(m->dict, name) : VAL_UNDEF;
    if (v != VAL_UNDEF) return v;
    if (is_dunder(name)) {
        if (name_is(name, "__dict__")) return OBJ_VAL(m->dict);
        if (str_eq(name, vm->names.__class__)) return OBJ_VAL(&ModuleType);
    }
    Value ga = m->dict ? dict_get_str(m->dict, str_intern_cstr(vm, "__getattr__")) : VAL_UNDEF;
    if (ga != VAL_UNDEF) {
        Value arg = OBJ_VAL(name);
        Value r = vm_call(vm, ga, &arg, 1, NULL);
        if (r == VAL_ERR && !raise && vm_exc_matches(vm, &AttributeErrorType)) {
            vm_exc_clear(vm);
            return VAL_UNDEF;
        }
        return r;
    }
    if (!raise) return VAL_UNDEF;
    return vm_raise(vm, &AttributeErrorType, "module '%s' has no attribute '%s'", m->name ? m->name->data : "?",
                    name->data);
}

static Value getattr_impl(VM *vm, Value obj, Str *name, bool raise) {
    Type *t = val_type(obj);
    if (t == &TypeType) return type_getattr(vm, AS(Type, obj), name, raise);
    if (t == &ModuleType) return module_getattr(vm, AS(Module, obj), name, raise);
    Value v = generic_getattr(vm, obj, t, name, false);
    if (v != VAL_UNDEF) return v;
    if (is_user(t) && (attr_hooks & HOOK_GETATTR)) {
        Value ga = type_lookup_user(t, str_intern_cstr(vm, "__getattr__"));
        if (ga != VAL_UNDEF) {
            Value r = call_dunder1(vm, ga, obj, OBJ_VAL(name));
            if (r == VAL_ERR && !raise && vm_exc_matches(vm, &AttributeErrorType)) {
                vm_exc_clear(vm);
                return VAL_UNDEF;
            }
            return r;
        }
    }
    if (!raise) return VAL_UNDEF;
    return attr_error(vm, obj, name);
}

Value value_getattr(VM *vm, Value obj, Str *name) { return getattr_impl(vm, obj, name, true); }

Value value_getattr_opt(VM *vm, Value obj, Str *name) {
    Value r = getattr_impl(vm, obj, name, false);
    if (r == VAL_ERR && vm_exc_matches(vm, &AttributeErrorType)) {
        vm_exc_clear(vm);
        return VAL_UNDEF;
    }
    return r;
}

Value object_generic_getattr(VM *vm, Value obj, Str *name) {
    Type *t = val_type(obj);
    if (t == &TypeType) return type_getattr(vm, AS(Type, obj), name, true);
    if (t == &ModuleType) return module_getattr(vm, AS(Module, obj), name, true);
    return generic_getattr(vm, obj, t, name, true);
}

int value_load_method(VM *vm, Value obj, Str *name, Value *meth, Value *self) {
    Type *t = val_type(obj);
    *self = VAL_NULL;
    if (t != &TypeType && t != &ModuleType) {
        Value ca = type_lookup(t, name);
        if (val_is_type(ca, &FunctionType) || is_method_native(ca)) {
            bool shadowed = false;
            if (t->inst_keys) {
                Value idx = dict_get_str(t->inst_keys, name);
                if (idx != VAL_UNDEF) {
                    Instance *in = AS(Instance, obj);
                    int64_t i = val_as_smallint(idx);
                    shadowed = i < in->nslots && in->slots[i] != VAL_UNDEF;
                }
            }
            Type *bt = type_slot_base(t);
            if (!shadowed && !bt->getattr) {
                *meth = ca;
                *self = obj;
                return 1;
            }
        }
    }
    Value v = value_getattr(vm, obj, name);
    if (v == VAL_ERR) return -1;
    *meth = v;
    return 0;
}

Value value_call_method(VM *vm, Value self, Str *name, Value *args, int nargs) {
    Value meth, s;
    int r = value_load_method(vm, self, name, &meth, &s);
    if (r < 0) return VAL_ERR;
    if (r == 1) return vm_call_with_self(vm, meth, self, args, nargs, NULL);
    return vm_call(vm, meth, args, nargs, NULL);
}

static int type_setattr(VM *vm, Type *t, Str *name, Value val) {
    if (!is_user(t)) {
        vm_raise(vm, &TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name->data, t->name);
        return -1;
    }
    if (val == VAL_UNDEF) {
        int r = dict_del(vm, t->dict, OBJ_VAL(name));
        if (r < 0) return -1;
        if (r == 0) {
            vm_raise(vm, &AttributeErrorType, "type object '%s' has no attribute '%s'", t->name, name->data);
            return -1;
        }
    } else {
        class_note_attr(name, val);
        dict_set_str(vm, t->dict, str_intern(vm, name), val);
    }
    type_modified(vm, t);
    return 0;
}

static int module_setattr(VM *vm, Module *m, Str *name, Value val) {
    if (val == VAL_UNDEF) {
        int r = dict_del(vm, m->dict, OBJ_VAL(name));
        if (r < 0) return -1;
        if (r == 0) {
            vm_raise(vm, &AttributeErrorType, "module '%s' has no attribute '%s'", m->name ? m->name->data : "?",
                     name->data);
            return -1;
        }
        return 0;
    }
    dict_set_str(vm, m->dict, str_intern(vm, name), val);
    return 0;
}

int object_generic_setattr(VM *vm, Value obj, Str *name, Value val) {
    Type *t = val_type(obj);
    if (t == &TypeType) return type_setattr(vm, AS(Type, obj), name, val);
    if (t == &ModuleType) return module_setattr(vm, AS(Module, obj), name, val);
    Value ca = (attr_hooks & HOOK_PROPERTY) ? type_lookup(t, name) : VAL_UNDEF;
    if (ca != VAL_UNDEF && val_is_type(ca, &PropertyType)) {
        Property *p = AS(Property, ca);
        Value f = val == VAL_UNDEF ? p->fdel : p->fset;
        if (f == VAL_NONE) {
            vm_raise(vm, &AttributeErrorType, "property '%s' of '%s' object has no %s", name->data, type_name_of(obj),
                     val == VAL_UNDEF ? "deleter" : "setter");
            return -1;
        }
        Value args[2] = {obj, val};
        Value r = vm_call(vm, f, args, val == VAL_UNDEF ? 1 : 2, NULL);
        return r == VAL_ERR ? -1 : 0;
    }
    if (t->flags & TYPE_EXC) {
        int r = exc_setattr_special(vm, obj, name, val);
        if (r != 0) return r < 0 ? -1 : 0;
    }
    if (t->inst_keys) {
        Instance *in = AS(Instance, obj);
        Value idx = dict_get_str(t->inst_keys, name);
        if (val == VAL_UNDEF) {
            int64_t i = idx == VAL_UNDEF ? -1 : val_as_smallint(idx);
            if (i < 0 || i >= in->nslots || in->slots[i] == VAL_UNDEF) {
                attr_error(vm, obj, name);
                return -1;
            }
            in->slots[i] = VAL_UNDEF;
            return 0;
        }
        int64_t i;
        if (idx == VAL_UNDEF) {
            i = t->inst_keys->len;
            dict_set_str(vm, t->inst_keys, str_intern(vm, name), val_from_smallint(i));
            type_modified(vm, t);
        } else {
            i = val_as_smallint(idx);
        }
        if (i >= in->nslots) {
            int32_t want = (int32_t)t->inst_keys->len;
            if (want <= i) want = (int32_t)i + 1;
            instance_ensure_slots(vm, in, want);
        }
        in->slots[i] = val;
        return 0;
    }
    if (!(attr_hooks & HOOK_PROPERTY)) ca = type_lookup(t, name);
    if (ca != VAL_UNDEF) {
        vm_raise(vm, &AttributeErrorType, "'%s' object attribute '%s' is read-only", type_name_of(obj), name->data);
        return -1;
    }
    attr_error(vm, obj, name);
    return -1;
}

int value_setattr(VM *vm, Value obj, Str *name, Value val) {
    Type *t = val_type(obj);
    if (is_user(t) && (attr_hooks & HOOK_SETATTR)) {
        Value m;
        if (val == VAL_UNDEF) {
            m = type_lookup_user(t, str_intern_cstr(vm, "__delattr__"));
            if (m != VAL_UNDEF) return call_dunder1(vm, m, obj, OBJ_VAL(name)) == VAL_ERR ? -1 : 0;
        } else {
            m = type_lookup_user(t, str_intern_cstr(vm, "__setattr__"));
            if (m != VAL_UNDEF) {
                Value args[2] = {OBJ_VAL(name), val};
                return value_call_dunder(vm, m, obj, args, 2, NULL) == VAL_ERR ? -1 : 0;
            }
        }
    }
    return object_generic_setattr(vm, obj, name, val);
}

/* ---- items, length, iteration ---------------------------------------------------------- */

Value value_getitem(VM *vm, Value obj, Value key) {
    Type *t = val_type(obj);
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__getitem__);
        if (m != VAL_UNDEF) return call_dunder1(vm, m, obj, key);
        t = type_slot_base(t);
    }
    if (t->getitem) return t->getitem(vm, obj, key);
    if (t == &TypeType) {
        Type *ty = AS(Type, obj);
        Value cg = type_lookup_user(ty, str_intern_cstr(vm, "__class_getitem__"));
        if (cg != VAL_UNDEF) {
            if (val_is_type(cg, &ClassMethodType)) cg = AS(StaticMethod, cg)->func;
            return vm_call_with_self(vm, cg, obj, &key, 1, NULL);
        }
        return vm_raise(vm, &TypeErrorType, "type '%s' is not subscriptable", ty->name);
    }
    return vm_raise(vm, &TypeErrorType, "'%s' object is not subscriptable", type_name_of(obj));
}

int value_setitem(VM *vm, Value obj, Value key, Value val) {
    Type *t = val_type(obj);
    if (is_user(t)) {
        if (val == VAL_UNDEF) {
            Value m = type_lookup_user(t, vm->names.__delitem__);
            if (m != VAL_UNDEF) return call_dunder1(vm, m, obj, key) == VAL_ERR ? -1 : 0;
        } else {
            Value m = type_lookup_user(t, vm->names.__setitem__);
            if (m != VAL_UNDEF) {
                Value args[2] = {key, val};
                return value_call_dunder(vm, m, obj, args, 2, NULL) == VAL_ERR ? -1 : 0;
            }
        }
        t = type_slot_base(t);
    }
    if (t->setitem) return t->setitem(vm, obj, key, val);
    if (val == VAL_UNDEF)
        vm_raise(vm, &TypeErrorType, "'%s' object doesn't support item deletion", type_name_of(obj));
    else
        vm_raise(vm, &TypeErrorType, "'%s' object does not support item assignment", type_name_of(obj));
    return -1;
}

int64_t value_len(VM *vm, Value v) {
    Type *t = val_type(v);
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__len__);
        if (m != VAL_UNDEF) return len_result(vm, call_dunder0(vm, m, v));
        t = type_slot_base(t);
    }
    if (t->len) return t->len(vm, v);
    vm_raise(vm, &TypeErrorType, "object of type '%s' has no len()", type_name_of(v));
    return -1;
}

static bool is_iterator_type(VM *vm, Type *t) {
    if (is_user(t) && type_lookup_user(t, vm->names.__next__) != VAL_UNDEF) return true;
    return type_slot_base(t)->next != NULL;
}

Value value_iter(VM *vm, Value obj) {
    Type *t = val_type(obj);
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__iter__);
        if (m == VAL_NONE) return vm_raise(vm, &TypeErrorType, "'%s' object is not iterable", type_name_of(obj));
        if (m != VAL_UNDEF) {
            Value r = call_dunder0(vm, m, obj);
            if (r == VAL_ERR) return r;
            if (!is_iterator_type(vm, val_type(r)))
                return vm_raise(vm, &TypeErrorType, "iter() returned non-iterator of type '%s'", type_name_of(r));
            return r;
        }
        if (type_lookup_user(t, vm->names.__getitem__) != VAL_UNDEF) return getitem_iter_new(vm, obj);
        t = type_slot_base(t);
    }
    if (t->iter) return t->iter(vm, obj);
    if (t->getitem && t != &TypeType) return getitem_iter_new(vm, obj);
    return vm_raise(vm, &TypeErrorType, "'%s' object is not iterable", type_name_of(obj));
}

Value value_next(VM *vm, Value it) {
    Type *t = val_type(it);
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__next__);
        if (m != VAL_UNDEF) {
            Value r = call_dunder0(vm, m, it);
            if (r == VAL_ERR && vm_exc_matches(vm, &StopIterationType)) {
                vm_exc_clear(vm);
                return VAL_NULL;
            }
            return r;
        }
        t = type_slot_base(t);
    }
    if (t->next) return t->next(vm, it);
    return vm_raise(vm, &TypeErrorType, "'%s' object is not an iterator", type_name_of(it));
}

int value_contains(VM *vm, Value container, Value item) {
    Type *t = val_type(container);
    bool iterable = false;
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__contains__);
        if (m != VAL_UNDEF) {
            Value r = call_dunder1(vm, m, container, item);
            if (r == VAL_ERR) return -1;
            return value_truthy(vm, r);
        }
        Value it = type_lookup_user(t, vm->names.__iter__);
        iterable = (it != VAL_UNDEF && it != VAL_NONE) || type_lookup_user(t, vm->names.__getitem__) != VAL_UNDEF;
        t = type_slot_base(t);
    }
    if (t->contains) return t->contains(vm, container, item);
    if (!iterable && !t->iter && !(t->getitem && t != &TypeType)) {
        vm_raise(vm, &TypeErrorType, "argument of type '%s' is not iterable", type_name_of(container));
        return -1;
    }
    Value iter = value_iter(vm, container);
    if (iter == VAL_ERR) return -1;
    for (;;) {
        Value v = value_next(vm, iter);
        if (v == VAL_ERR) return -1;
        if (v == VAL_NULL) return 0;
        int eq = value_eq(vm, v, item);
        if (eq != 0) return eq;
    }
}

/* ---- calls -------------------------------------------------------------------------- */

Value value_call(VM *vm, Value callable, Value *args, int nargs, Tuple *kwnames) {
    if (!val_is_obj(callable)) goto not_callable;
    Obj *o = val_as_obj(callable);
    Type *t = o->type;
    if (t == &FunctionType) return func_call(vm, (Function *)o, args, nargs, kwnames);
    if (t == &NativeFuncType) {
        NativeFunc *nf = (NativeFunc *)o;
        if (nf->self == VAL_NULL) return nf->fn(vm, args, nargs, kwnames);
        ArgBuf ab;
        Value *a = argbuf_prepend(&ab, nf->self, args, nargs, kwnames);
        Value r = nf->fn(vm, a, nargs + 1, kwnames);
        argbuf_free(&ab);
        return r;
    }
    if (t == &BoundMethodType) {
        BoundMethod *bm = (BoundMethod *)o;
        return value_call_with_self(vm, bm->func, bm->self, args, nargs, kwnames);
    }
    if (t == &TypeType) return type_call(vm, (Type *)o, args, nargs, kwnames);
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__call__);
        if (m != VAL_UNDEF) return value_call_dunder(vm, m, callable, args, nargs, kwnames);
        t = type_slot_base(t);
    }
    if (t->call) return t->call(vm, callable, args, nargs, kwnames);
not_callable:
    return vm_raise(vm, &TypeErrorType, "'%s' object is not callable", type_name_of(callable));
}

bool value_callable(VM *vm, Value v) {
    if (!val_is_obj(v)) return false;
    Type *t = val_as_obj(v)->type;
    if (t == &FunctionType || t == &NativeFuncType || t == &BoundMethodType || t == &TypeType) return true;
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__call__);
        if (m != VAL_UNDEF && m != VAL_NONE) return true;
        t = type_slot_base(t);
    }
    return t->call != NULL;
}

/* ---- argument helpers ------------------------------------------------------------------ */

Value value_index(VM *vm, Value v, int64_t *out) {
    if (val_is_int(v) || val_is_bool(v)) {
        *out = int_value(v);
        return v;
    }
    Type *t = val_type(v);
    if (is_user(t)) {
        Value m = type_lookup_user(t, vm->names.__index__);
        if (m != VAL_UNDEF) {
            Value r = call_dunder0(vm, m, v);
            if (r == VAL_ERR) return r;
            if (!val_is_int(r) && !val_is_bool(r))
                return vm_raise(vm, &TypeErrorType, "__index__ returned non-int (type %s)", type_name_of(r));
            *out = int_value(r);
            return r;
        }
    }
    return vm_raise(vm, &TypeErrorType, "'%s' object cannot be interpreted as an integer", type_name_of(v));
}

Value kwarg_get(Value *args, int nargs, Tuple *kwnames, const char *name) {
    if (!kwnames) return VAL_UNDEF;
    for (int64_t i = 0; i < kwnames->len; i++) {
        Value k = kwnames->items[i];
        if (val_is_str(k) && name_is(AS(Str, k), name)) return args[nargs + i];
    }
    return VAL_UNDEF;
}

int args_check(VM *vm, const char *fname, int nargs, int min, int max) {
    if (nargs >= min && (max < 0 || nargs <= max)) return 0;
    if (min == max) {
        if (min == 0) vm_raise(vm, &TypeErrorType, "%s() takes no arguments (%d given)", fname, nargs);
        else if (min == 1) vm_raise(vm, &TypeErrorType, "%s() takes exactly one argument (%d given)", fname, nargs);
        else vm_raise(vm, &TypeErrorType, "%s expected %d arguments, got %d", fname, min, nargs);
    } else if (nargs < min) {
        vm_raise(vm, &TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min, min == 1 ? "" : "s",
                 nargs);
    } else {
        vm_raise(vm, &TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max, max == 1 ? "" : "s",
                 nargs);
    }
    return -1;
}

int args_no_kw(VM *vm, const char *fname, Tuple *kwnames) {
    if (kwnames && kwnames->len > 0) {
        vm_raise(vm, &TypeErrorType, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

/* ---- iterator over __getitem__ ---------------------------------------------------------- */

static void gi_trace(VM *vm, Obj *o) { gc_mark_value(vm, ((GetItemIter *)o)->seq); }

static Value iter_self(VM *vm, Value self) {
    (void)vm;
    return self;
}

static Value gi_next(VM *vm, Value self) {
    GetItemIter *it = AS(GetItemIter, self);
    if (it->seq == VAL_NULL) return VAL_NULL;
    Value r = value_getitem(vm, it->seq, int_from_i64(vm, it->index));
    if (r == VAL_ERR) {
        if (vm_exc_matches(vm, &IndexErrorType) || vm_exc_matches(vm, &StopIterationType)) {
            vm_exc_clear(vm);
            it->seq = VAL_NULL;
            return VAL_NULL;
        }
        return r;
    }
    it->index++;
    return r;
}

static Value gi_repr(VM *vm, Value self) {
    return str_fromf(vm, "<iterator object at %p>", (void *)val_as_obj(self));
}

Type GetItemIterType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "iterator",
    .base = &ObjectType,
    .trace = gi_trace,
    .repr = gi_repr,
    .hash = object_hash_identity,
    .iter = iter_self,
    .next = gi_next,
};

Value getitem_iter_new(VM *vm, Value seq) {
    GetItemIter *it = gc_new(vm, &GetItemIterType, sizeof(GetItemIter));
    it->seq = seq;
    it->index = 0;
    return OBJ_VAL(it);
}

/* ---- iter(callable, sentinel) -------------------------------------------------------------- */

static void calliter_trace(VM *vm, Obj *o) {
    CallIter *it = (CallIter *)o;
    gc_mark_value(vm, it->callable);
    gc_mark_value(vm, it->sentinel);
}

static Value calliter_next(VM *vm, Value self) {
    CallIter *it = AS(CallIter, self);
    if (it->callable == VAL_NULL) return VAL_NULL;
    Value r = vm_call(vm, it->callable, NULL, 0, NULL);
    if (r == VAL_ERR) {
        if (vm_exc_matches(vm, &StopIterationType)) {
            vm_exc_clear(vm);
            it->callable = VAL_NULL;
            return VAL_NULL;
        }
        return r;
    }
    int eq = value_eq(vm, r, it->sentinel);
    if (eq < 0) return VAL_ERR;
    if (eq) {
        it->callable = VAL_NULL;
        return VAL_NULL;
    }
    return r;
}

static Value calliter_repr(VM *vm, Value self) {
    return str_fromf(vm, "<callable_iterator object at %p>", (void *)val_as_obj(self));
}

Type CallIterType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "callable_iterator",
    .base = &ObjectType,
    .trace = calliter_trace,
    .repr = calliter_repr,
    .hash = object_hash_identity,
    .iter = iter_self,
    .next = calliter_next,
};

void abstract_types_init(VM *vm) {
    type_init_static(vm, &GetItemIterType);
    type_init_static(vm, &CallIterType);
}
