/* test_object.c - unit tests of the object-model core through the C API:
 * class creation, attributes and inst_keys growth, dunder dispatch, binary
 * operator errors, comparisons, hashing, exceptions, isinstance.
 * Prints one line per failure and ends with "N passed, M failed". */
#include <stdio.h>
#include <string.h>

#include "runtime/core.h"
#include "vm.h"

static int passed, failed;

#define CHECK(cond) \
    do { \
        if (cond) passed++; \
        else { \
            failed++; \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
        } \
    } while (0)

#define CHECK_STR(got, want) \
    do { \
        const char *g_ = (got), *w_ = (want); \
        if (g_ && strcmp(g_, w_) == 0) passed++; \
        else { \
            failed++; \
            printf("FAIL %s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, g_ ? g_ : "(null)", w_); \
        } \
    } while (0)

#define CHECK_PREFIX(got, want) \
    do { \
        const char *g_ = (got), *w_ = (want); \
        if (g_ && strncmp(g_, w_, strlen(w_)) == 0) passed++; \
        else { \
            failed++; \
            printf("FAIL %s:%d: got \"%s\", want prefix \"%s\"\n", __FILE__, __LINE__, g_ ? g_ : "(null)", w_); \
        } \
    } while (0)

static VM *vm;

static Str *S(const char *s) { return str_intern_cstr(vm, s); }
static Value SV(const char *s) { return OBJ_VAL(str_from_cstr(vm, s)); }
static const char *cstr(Value v) { return val_is_str(v) ? AS(Str, v)->data : NULL; }

/* "TypeName: message" of the pending exception, which is cleared. */
static char exc_buf[512];
static const char *take_exc(void) {
    if (vm->exc == VAL_NULL) return "(no exception)";
    Value e = vm->exc;
    vm_exc_clear(vm);
    Value s = value_str(vm, e);
    snprintf(exc_buf, sizeof exc_buf, "%s: %s", type_name_of(e), s == VAL_ERR ? "?" : AS(Str, s)->data);
    vm_exc_clear(vm);
    return exc_buf;
}

static const char *repr_of(Value v) {
    Value r = value_repr(vm, v);
    if (r == VAL_ERR) return take_exc();
    return AS(Str, r)->data;
}

static const char *str_of(Value v) {
    Value r = value_str(vm, v);
    if (r == VAL_ERR) return take_exc();
    return AS(Str, r)->data;
}

/* ---- native "methods" used as user-class dunders ------------------------------------ */

static int calls_init;

static Value m_init(VM *v, Value *args, int nargs, Tuple *kw) {
    (void)kw;
    calls_init++;
    if (nargs >= 2 && value_setattr(v, args[0], S("x"), args[1]) < 0) return VAL_ERR;
    return VAL_NONE;
}

static Value m_init_bad(VM *v, Value *args, int nargs, Tuple *kw) {
    (void)v; (void)args; (void)nargs; (void)kw;
    return val_from_smallint(1);
}

/* __add__: x + other (int) */
static Value m_add(VM *v, Value *args, int nargs, Tuple *kw) {
    (void)kw;
    if (nargs != 2) return vm_raise(v, &TypeErrorType, "bad call");
    if (!val_is_smallint(args[1])) return VAL_NOTIMPL;
    Value x = value_getattr(v, args[0], S("x"));
    if (x == VAL_ERR) return x;
    return value_binop(v, x, args[1], BINOP_ADD);
}

/* __radd__: other + x, tagged by adding 1000 */
static Value m_radd(VM *v, Value *args, int nargs, Tuple *kw) {
    (void)v; (void)kw;
    if (nargs != 2 || !val_is_smallint(args[1])) return VAL_NOTIMPL;
    return val_from_smallint(val_as_smallint(args[1]) + 1000);
}

/* __eq__: compares the x attributes */
static Value m_eq(VM *v, Value *args, int nargs, Tuple *kw) {
    (void)kw;
    if (nargs != 2) return vm_raise(v, &TypeErrorType, "bad call");
    Value a = value_getattr_opt(v, args[0], S("x"));
    Value b = value_getattr_opt(v, args[1], S("x"));
    if (a == VAL_UNDEF || b == VAL_UNDEF) return VAL_NOTIMPL;
    return value_richcmp(v, a, b, CMP_EQ);
}

/* __lt__ */
static Value m_lt(VM *v, Value *args, int nargs, Tuple *kw) {
    (void)kw;
    if (nargs != 2) return vm_raise(v, &TypeErrorType, "bad call");
    Value a = value_getattr_opt(v, args[0], S("x"));
    Value b = value_getattr_opt(v, args[1], S("x"));
    if (a == VAL_UNDEF || b == VAL_UNDEF) return VAL_NOTIMPL;
    return value_richcmp(v, a, b, CMP_LT);
}

static Value m_len(VM *v, Value *args, int nargs, Tuple *kw) {
    (void)v; (void)args; (void)nargs; (void)kw;
    return val_from_smallint(3);
}

static Value m_repr(VM *v, Value *args, int nargs, Tuple *kw) {
    (void)args; (void)nargs; (void)kw;
    return OBJ_VAL(str_from_cstr(v, "Vec!"));
}

static Value m_getitem(VM *v, Value *args, int nargs, Tuple *kw) {
    (void)kw;
    if (nargs != 2) return vm_raise(v, &TypeErrorType, "bad call");
    int64_t i;
    if (value_index(v, args[1], &i) == VAL_ERR) return VAL_ERR;
    if (i >= 3) return vm_raise(v, &IndexErrorType, "index out of range");
    return val_from_smallint(i * 10);
}

static Value m_getx(VM *v, Value *args, int nargs, Tuple *kw) {
    (void)args; (void)kw;
    if (nargs != 1) return vm_raise(v, &TypeErrorType, "bad call");
    return val_from_smallint(42);
}

static Value method(const char *name, NativeFn fn) {
    /* owner != NULL: a method descriptor that binds like a def */
    return native_func_new(vm, name, fn, &ObjectType, 0);
}

static Value make_class(const char *name, Value base, Dict *ns) {
    if (!ns) ns = dict_new(vm);
    Value c = class_create(vm, S(name), S(name), base, ns, S("__main__"));
    if (c == VAL_ERR) printf("class_create(%s) failed: %s\n", name, take_exc());
    return c;
}

static Value call0(Value c) { return value_call(vm, c, NULL, 0, NULL); }
static Value call1(Value c, Value a) { return value_call(vm, c, &a, 1, NULL); }

/* ---- tests ---------------------------------------------------------------------------- */

static void test_types_and_hierarchy(void) {
    CHECK(type_is_subtype(&ZeroDivisionErrorType, &ArithmeticErrorType));
    CHECK(type_is_subtype(&ZeroDivisionErrorType, &ExceptionType));
    CHECK(type_is_subtype(&ZeroDivisionErrorType, &BaseExceptionType));
    CHECK(type_is_subtype(&KeyErrorType, &LookupErrorType));
    CHECK(type_is_subtype(&IndexErrorType, &LookupErrorType));
    CHECK(type_is_subtype(&UnboundLocalErrorType, &NameErrorType));
    CHECK(type_is_subtype(&RecursionErrorType, &RuntimeErrorType));
    CHECK(type_is_subtype(&NotImplementedErrorType, &RuntimeErrorType));
    CHECK(type_is_subtype(&ModuleNotFoundErrorType, &ImportErrorType));
    CHECK(type_is_subtype(&UnicodeErrorType, &ValueErrorType));
    CHECK(type_is_subtype(&SystemExitType, &BaseExceptionType));
    CHECK(!type_is_subtype(&SystemExitType, &ExceptionType));
    CHECK(!type_is_subtype(&KeyboardInterruptType, &ExceptionType));
    CHECK(!type_is_subtype(&KeyErrorType, &ValueErrorType));
    CHECK(type_is_subtype(&StopIterationType, &ExceptionType));
    CHECK(type_is_subtype(&TypeType, &ObjectType));
    CHECK(val_isinstance(OBJ_VAL(&IntType), &TypeType));

    CHECK_STR(repr_of(OBJ_VAL(&IntType)), "<class 'int'>");
    CHECK_STR(repr_of(OBJ_VAL(&ValueErrorType)), "<class 'ValueError'>");
    CHECK_STR(repr_of(OBJ_VAL(&TypeType)), "<class 'type'>");

    /* builtins registered */
    CHECK(dict_get_str(vm->builtins, S("ValueError")) == OBJ_VAL(&ValueErrorType));
    CHECK(dict_get_str(vm->builtins, S("object")) == OBJ_VAL(&ObjectType));
    CHECK(val_is_type(dict_get_str(vm->builtins, S("isinstance")), &NativeFuncType));

    /* isinstance() builtin with a tuple */
    Value isinst = dict_get_str(vm->builtins, S("isinstance"));
    Value args[2] = {val_from_smallint(1), tuple_pack(vm, 2, OBJ_VAL(&StrType), OBJ_VAL(&IntType))};
    CHECK(value_call(vm, isinst, args, 2, NULL) == VAL_TRUE);
    args[1] = val_from_smallint(2);
    CHECK(value_call(vm, isinst, args, 2, NULL) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
}

static void test_exceptions(void) {
    Value msg = SV("x");
    Value e = exc_new(vm, &ValueErrorType, &msg, 1);
    CHECK_STR(str_of(e), "x");
    CHECK_STR(repr_of(e), "ValueError('x')");
    CHECK(val_isinstance(e, &ExceptionType));

    Value e0 = exc_new(vm, &ValueErrorType, NULL, 0);
    CHECK_STR(str_of(e0), "");
    CHECK_STR(repr_of(e0), "ValueError()");

    Value two[2] = {val_from_smallint(1), val_from_smallint(2)};
    Value e2 = exc_new(vm, &ValueErrorType, two, 2);
    CHECK_STR(str_of(e2), "(1, 2)");
    CHECK_STR(repr_of(e2), "ValueError(1, 2)");

    Value ka = SV("a");
    Value ke = exc_new(vm, &KeyErrorType, &ka, 1);
    CHECK_STR(str_of(ke), "'a'");
    CHECK_STR(repr_of(ke), "KeyError('a')");

    /* args attribute, SystemExit.code, StopIteration.value */
    Value args = value_getattr(vm, e2, vm->names.args);
    CHECK(val_is_type(args, &TupleType) && AS(Tuple, args)->len == 2);
    Value three = val_from_smallint(3);
    Value se = exc_new(vm, &SystemExitType, &three, 1);
    CHECK(value_getattr(vm, se, S("code")) == three);
    CHECK(value_getattr(vm, exc_new(vm, &SystemExitType, NULL, 0), S("code")) == VAL_NONE);
    Value si = exc_new(vm, &StopIterationType, &three, 1);
    CHECK(value_getattr(vm, si, S("value")) == three);
    CHECK(value_getattr(vm, e, S("__cause__")) == VAL_NONE);
    CHECK(value_getattr(vm, e, S("code")) == VAL_ERR);
    CHECK_STR(take_exc(), "AttributeError: 'ValueError' object has no attribute 'code'");

    /* arbitrary attributes on builtin exception instances */
    CHECK(value_setattr(vm, e, S("note"), three) == 0);
    CHECK(value_getattr(vm, e, S("note")) == three);

    /* vm_raise / vm_raise_value */
    CHECK(vm_raise(vm, &TypeErrorType, "bad %s %d", "thing", 7) == VAL_ERR);
    CHECK(vm_exc_matches(vm, &TypeErrorType));
    CHECK(vm_exc_matches(vm, &ExceptionType));
    CHECK(!vm_exc_matches(vm, &ValueErrorType));
    CHECK_STR(take_exc(), "TypeError: bad thing 7");
    CHECK(vm_raise_value(vm, OBJ_VAL(&IndexErrorType)) == VAL_ERR);
    CHECK(val_is_type(vm->exc, &IndexErrorType));
    CHECK_STR(take_exc(), "IndexError: ");
    CHECK(vm_raise_value(vm, val_from_smallint(5)) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: exceptions must derive from BaseException");
    CHECK(vm_raise_from(vm, OBJ_VAL(&RuntimeErrorType), e) == VAL_ERR);
    CHECK(val_is_exc(vm->exc) && AS(ExcObj, vm->exc)->cause == e && AS(ExcObj, vm->exc)->suppress_context);
    vm_exc_clear(vm);

    /* except-clause matching */
    Value spec = tuple_pack(vm, 2, OBJ_VAL(&KeyErrorType), OBJ_VAL(&ValueErrorType));
    CHECK(exc_matches_value(vm, e, spec) == 1);
    CHECK(exc_matches_value(vm, e, OBJ_VAL(&LookupErrorType)) == 0);
    CHECK(exc_matches_value(vm, e, val_from_smallint(1)) == -1);
    CHECK_STR(take_exc(), "TypeError: catching classes that do not inherit from BaseException is not allowed");

    /* the exception constructor as a type call */
    Value ve = call1(OBJ_VAL(&ValueErrorType), SV("boom"));
    CHECK(val_is_type(ve, &ValueErrorType));
    CHECK_STR(str_of(ve), "boom");

    /* traceback entries: prepended, so innermost last */
    ExcObj *x = AS(ExcObj, ve);
    exc_add_traceback(vm, x, NULL, 30); /* innermost, added first during unwinding */
    exc_add_traceback(vm, x, NULL, 20);
    exc_add_traceback(vm, x, NULL, 10);
    CHECK(x->ntb == 3 && x->tb[0].line == 10 && x->tb[2].line == 30);
}

static void test_user_classes(void) {
    Dict *ns = dict_new(vm);
    dict_set_str(vm, ns, S("__init__"), method("__init__", m_init));
    dict_set_str(vm, ns, S("__add__"), method("__add__", m_add));
    dict_set_str(vm, ns, S("__radd__"), method("__radd__", m_radd));
    dict_set_str(vm, ns, S("kind"), SV("vec"));
    Value Vec = make_class("Vec", VAL_NULL, ns);
    CHECK(val_is_type(Vec, &TypeType));
    Type *t = AS(Type, Vec);
    CHECK(t->flags & TYPE_USER);
    CHECK(t->base == &ObjectType);
    CHECK_STR(repr_of(Vec), "<class '__main__.Vec'>");
    CHECK_STR(type_name_of(instance_new(vm, t)), "Vec");

    /* construction runs __init__, which stores x */
    calls_init = 0;
    Value v = call1(Vec, val_from_smallint(5));
    CHECK(calls_init == 1);
    CHECK(val_isinstance(v, t) && val_isinstance(v, &ObjectType));
    CHECK(value_getattr(vm, v, S("x")) == val_from_smallint(5));
    CHECK_PREFIX(repr_of(v), "<__main__.Vec object at 0x");

    /* inst_keys growth and version bumps */
    CHECK(t->inst_keys->len == 1);
    uint32_t ver = t->version;
    CHECK(value_setattr(vm, v, S("x"), val_from_smallint(6)) == 0);
    CHECK(t->version == ver); /* existing name: no bump */
    CHECK(value_setattr(vm, v, S("y"), val_from_smallint(7)) == 0);
    CHECK(t->version != ver); /* new name: bump */
    CHECK(t->inst_keys->len == 2);
    CHECK(dict_get_str(t->inst_keys, S("y")) == val_from_smallint(1));
    Instance *in = AS(Instance, v);
    CHECK(in->nslots >= 2 && in->slots[1] == val_from_smallint(7));
    /* a new instance gets slots for the known names up front */
    Value w = instance_new(vm, t);
    CHECK(AS(Instance, w)->nslots >= 2);
    CHECK(value_getattr(vm, w, S("x")) == VAL_ERR);
    CHECK_STR(take_exc(), "AttributeError: 'Vec' object has no attribute 'x'");

    /* class attributes, bound methods, deletion */
    CHECK_STR(cstr(value_getattr(vm, v, S("kind"))), "vec");
    Value bm = value_getattr(vm, v, S("__add__"));
    CHECK(val_is_type(bm, &NativeFuncType) && AS(NativeFunc, bm)->self == v);
    CHECK(value_setattr(vm, v, S("y"), VAL_UNDEF) == 0);
    CHECK(value_getattr_opt(vm, v, S("y")) == VAL_UNDEF);
    CHECK(value_setattr(vm, v, S("y"), VAL_UNDEF) == -1);
    CHECK_STR(take_exc(), "AttributeError: 'Vec' object has no attribute 'y'");
    CHECK(value_getattr(vm, v, S("bar")) == VAL_ERR);
    CHECK_STR(take_exc(), "AttributeError: 'Vec' object has no attribute 'bar'");
    CHECK(value_getattr(vm, Vec, S("bar")) == VAL_ERR);
    CHECK_STR(take_exc(), "AttributeError: type object 'Vec' has no attribute 'bar'");
    CHECK(value_getattr(vm, v, vm->names.__class__) == Vec);
    CHECK_STR(cstr(value_getattr(vm, Vec, vm->names.__name__)), "Vec");
    CHECK_STR(cstr(value_getattr(vm, Vec, vm->names.__module__)), "__main__");
    CHECK(value_getattr(vm, Vec, vm->names.__doc__) == VAL_NONE);

    /* class attribute assignment bumps the version */
    ver = t->version;
    CHECK(value_setattr(vm, Vec, S("kind"), SV("vector")) == 0);
    CHECK(t->version != ver);
    CHECK_STR(cstr(value_getattr(vm, v, S("kind"))), "vector");

    /* binary operators: __add__, reflected __radd__, errors */
    Value r = value_binop(vm, v, val_from_smallint(10), BINOP_ADD);
    CHECK(r == val_from_smallint(16));
    r = value_binop(vm, val_from_smallint(10), v, BINOP_ADD);
    CHECK(r == val_from_smallint(1010));
    r = value_binop(vm, v, val_from_smallint(10), BINOP_ADD | BINOP_INPLACE); /* falls back to __add__ */
    CHECK(r == val_from_smallint(16));
    CHECK(value_binop(vm, v, SV("s"), BINOP_ADD) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: unsupported operand type(s) for +: 'Vec' and 'str'");
    CHECK(value_binop(vm, v, v, BINOP_SUB) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: unsupported operand type(s) for -: 'Vec' and 'Vec'");
    CHECK(value_unop(vm, v, UNOP_NEG) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: bad operand type for unary -: 'Vec'");

    /* default comparisons: identity for ==, TypeError for < */
    CHECK(value_richcmp(vm, v, v, CMP_EQ) == VAL_TRUE);
    CHECK(value_richcmp(vm, v, w, CMP_EQ) == VAL_FALSE);
    CHECK(value_richcmp(vm, v, w, CMP_NE) == VAL_TRUE);
    CHECK(value_richcmp(vm, v, w, CMP_LT) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: '<' not supported between instances of 'Vec' and 'Vec'");

    /* default hash: identity */
    int64_t h1, h2;
    CHECK(value_hash(vm, v, &h1) == 0 && value_hash(vm, v, &h2) == 0 && h1 == h2);
    CHECK(value_truthy(vm, v) == 1);

    /* calling errors */
    Value Empty = make_class("Empty", VAL_NULL, NULL);
    CHECK(call1(Empty, val_from_smallint(1)) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: Empty() takes no arguments");
    CHECK(value_call(vm, v, NULL, 0, NULL) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: 'Vec' object is not callable");
    CHECK(call0(val_from_smallint(1)) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: 'int' object is not callable");
    Dict *nsb = dict_new(vm);
    dict_set_str(vm, nsb, S("__init__"), method("__init__", m_init_bad));
    Value Bad = make_class("Bad", VAL_NULL, nsb);
    CHECK(call0(Bad) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: __init__() should return None, not 'int'");
    CHECK(value_len(vm, v) == -1);
    CHECK_STR(take_exc(), "TypeError: object of type 'Vec' has no len()");
    CHECK(value_iter(vm, v) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: 'Vec' object is not iterable");
    CHECK(value_getitem(vm, v, val_from_smallint(0)) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: 'Vec' object is not subscriptable");

    /* subclasses inherit; type_modified propagates */
    Value Sub = make_class("Sub", Vec, NULL);
    Type *st = AS(Type, Sub);
    CHECK(type_is_subtype(st, t));
    Value s = call1(Sub, val_from_smallint(2));
    CHECK(value_binop(vm, s, val_from_smallint(1), BINOP_ADD) == val_from_smallint(3));
    CHECK_STR(cstr(value_getattr(vm, s, S("kind"))), "vector");
    uint32_t sv = st->version;
    type_modified(vm, t);
    CHECK(st->version != sv);
    /* subclass-first rule: Sub.__radd__ overrides, so int + Sub and Vec + Sub try it first */
    Dict *ns2 = dict_new(vm);
    dict_set_str(vm, ns2, S("__radd__"), method("__radd__", m_radd));
    Value Sub2 = make_class("Sub2", Vec, ns2);
    Value s2 = call1(Sub2, val_from_smallint(1));
    CHECK(value_binop(vm, val_from_smallint(5), s2, BINOP_ADD) == val_from_smallint(1005));

    /* unsupported bases */
    CHECK(class_create(vm, S("L"), S("L"), OBJ_VAL(&ListType), dict_new(vm), S("__main__")) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: subclassing builtin type 'list' is not supported by glassjit");
    CHECK(class_create(vm, S("B"), S("B"), OBJ_VAL(&BoolType), dict_new(vm), S("__main__")) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: type 'bool' is not an acceptable base type");
}

static void test_dunders(void) {
    Dict *ns = dict_new(vm);
    dict_set_str(vm, ns, S("__init__"), method("__init__", m_init));
    dict_set_str(vm, ns, S("__eq__"), method("__eq__", m_eq));
    dict_set_str(vm, ns, S("__lt__"), method("__lt__", m_lt));
    dict_set_str(vm, ns, S("__len__"), method("__len__", m_len));
    dict_set_str(vm, ns, S("__repr__"), method("__repr__", m_repr));
    dict_set_str(vm, ns, S("__getitem__"), method("__getitem__", m_getitem));
    Value P = make_class("P", VAL_NULL, ns);
    Value a = call1(P, val_from_smallint(1)), b = call1(P, val_from_smallint(1)), c = call1(P, val_from_smallint(2));
    CHECK(value_richcmp(vm, a, b, CMP_EQ) == VAL_TRUE);
    CHECK(value_richcmp(vm, a, c, CMP_EQ) == VAL_FALSE);
    CHECK(value_richcmp(vm, a, c, CMP_NE) == VAL_TRUE); /* __ne__ inverts __eq__ */
    CHECK(value_richcmp(vm, a, b, CMP_NE) == VAL_FALSE);
    CHECK(value_richcmp(vm, a, c, CMP_LT) == VAL_TRUE);
    CHECK(value_richcmp(vm, c, a, CMP_GT) == VAL_TRUE); /* reflected __lt__ */
    CHECK(value_eq(vm, a, b) == 1);
    /* __eq__ without __hash__: unhashable */
    int64_t h;
    CHECK(value_hash(vm, a, &h) == -1);
    CHECK_STR(take_exc(), "TypeError: unhashable type: 'P'");
    CHECK(value_getattr(vm, P, vm->names.__hash__) == VAL_NONE);
    CHECK(value_len(vm, a) == 3);
    CHECK(value_truthy(vm, a) == 1);
    CHECK_STR(repr_of(a), "Vec!");
    CHECK_STR(str_of(a), "Vec!"); /* object.__str__ uses the user's __repr__ */
    /* iteration through __getitem__ */
    Value it = value_iter(vm, a);
    CHECK(it != VAL_ERR);
    int64_t sum = 0, n = 0;
    for (;;) {
        Value x = value_next(vm, it);
        if (x == VAL_NULL || x == VAL_ERR) break;
        sum += val_as_smallint(x);
        n++;
    }
    CHECK(n == 3 && sum == 30);
    CHECK(value_contains(vm, a, val_from_smallint(20)) == 1);
    CHECK(value_contains(vm, a, val_from_smallint(25)) == 0);

    /* property */
    Value prop_t = dict_get_str(vm->builtins, S("property"));
    Value getter = method("getx", m_getx);
    Value prop = call1(prop_t, getter);
    CHECK(val_is_type(prop, &PropertyType));
    Dict *ns2 = dict_new(vm);
    dict_set_str(vm, ns2, S("x"), prop);
    Value Q = make_class("Q", VAL_NULL, ns2);
    Value q = call0(Q);
    CHECK(value_getattr(vm, q, S("x")) == val_from_smallint(42));
    CHECK(value_setattr(vm, q, S("x"), val_from_smallint(1)) == -1);
    CHECK_STR(take_exc(), "AttributeError: property 'x' of 'Q' object has no setter");

    /* super(Sub, obj) finds the base's attribute */
    Dict *ns3 = dict_new(vm);
    dict_set_str(vm, ns3, S("kind"), SV("sub"));
    Dict *ns4 = dict_new(vm);
    dict_set_str(vm, ns4, S("kind"), SV("base"));
    Value Base = make_class("Base", VAL_NULL, ns4);
    Value Der = make_class("Der", Base, ns3);
    Value d = call0(Der);
    CHECK_STR(cstr(value_getattr(vm, d, S("kind"))), "sub");
    Value sargs[2] = {Der, d};
    Value sup = value_call(vm, OBJ_VAL(&SuperType), sargs, 2, NULL);
    CHECK(val_is_type(sup, &SuperType));
    CHECK_STR(cstr(value_getattr(vm, sup, S("kind"))), "base");
    sargs[1] = val_from_smallint(3);
    CHECK(value_call(vm, OBJ_VAL(&SuperType), sargs, 2, NULL) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: super(type, obj): obj must be an instance or subtype of type");
}

static void test_user_exceptions(void) {
    Value MyErr = make_class("MyError", OBJ_VAL(&ValueErrorType), NULL);
    Type *t = AS(Type, MyErr);
    CHECK((t->flags & TYPE_EXC) && (t->flags & TYPE_USER));
    Value e = call1(MyErr, SV("boom"));
    CHECK(val_is_exc(e));
    CHECK(val_isinstance(e, &ValueErrorType));
    CHECK_STR(str_of(e), "boom");
    CHECK_STR(repr_of(e), "MyError('boom')");
    CHECK(exc_matches_value(vm, e, OBJ_VAL(&ValueErrorType)) == 1);
    CHECK(exc_matches_value(vm, e, MyErr) == 1);
    CHECK(vm_raise_value(vm, MyErr) == VAL_ERR);
    CHECK(val_isinstance(vm->exc, t));
    CHECK_STR(take_exc(), "MyError: ");

    /* a custom __init__ that does not call the base keeps the constructor args */
    Dict *ns = dict_new(vm);
    dict_set_str(vm, ns, S("__init__"), method("__init__", m_init));
    Value E2 = make_class("E2", OBJ_VAL(&ExceptionType), ns);
    Value two[2] = {val_from_smallint(1), val_from_smallint(2)};
    Value e2 = value_call(vm, E2, two, 2, NULL);
    CHECK(val_is_exc(e2));
    CHECK_STR(str_of(e2), "(1, 2)");
    CHECK(value_getattr(vm, e2, S("x")) == val_from_smallint(1));

    /* KeyError subclass keeps KeyError's str */
    Value KE = make_class("Missing", OBJ_VAL(&KeyErrorType), NULL);
    CHECK_STR(str_of(call1(KE, SV("timeout"))), "'timeout'");
}

static void test_builtin_errors(void) {
    CHECK(value_binop(vm, val_from_smallint(1), SV("a"), BINOP_ADD) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(value_binop(vm, val_from_smallint(1), SV("a"), BINOP_POW) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    CHECK(value_binop(vm, val_from_smallint(1), SV("a"), BINOP_ADD | BINOP_INPLACE) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
    CHECK(value_binop(vm, VAL_NONE, val_from_smallint(1), BINOP_FLOORDIV) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: unsupported operand type(s) for //: 'NoneType' and 'int'");
    CHECK(value_binop(vm, val_from_smallint(2), val_from_smallint(3), BINOP_MUL) == val_from_smallint(6));
    CHECK(value_richcmp(vm, val_from_smallint(1), SV("a"), CMP_LT) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: '<' not supported between instances of 'int' and 'str'");
    CHECK(value_richcmp(vm, val_from_smallint(1), SV("a"), CMP_EQ) == VAL_FALSE);
    CHECK(value_richcmp(vm, val_from_smallint(1), val_from_float(1.0), CMP_EQ) == VAL_TRUE);
    CHECK(value_unop(vm, SV("a"), UNOP_NEG) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: bad operand type for unary -: 'str'");
    CHECK(value_unop(vm, val_from_float(1.5), UNOP_INVERT) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: bad operand type for unary ~: 'float'");
    CHECK(value_unop(vm, val_from_smallint(5), UNOP_NEG) == val_from_smallint(-5));
    CHECK(value_unop(vm, val_from_smallint(0), UNOP_NOT) == VAL_TRUE);
    CHECK(value_len(vm, val_from_smallint(1)) == -1);
    CHECK_STR(take_exc(), "TypeError: object of type 'int' has no len()");
    CHECK(value_iter(vm, val_from_smallint(1)) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: 'int' object is not iterable");
    CHECK(value_next(vm, val_from_smallint(1)) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: 'int' object is not an iterator");
    CHECK(value_getitem(vm, val_from_smallint(1), val_from_smallint(0)) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: 'int' object is not subscriptable");
    CHECK(value_getitem(vm, OBJ_VAL(&IntType), val_from_smallint(0)) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: type 'int' is not subscriptable");
    CHECK(value_contains(vm, val_from_smallint(1), val_from_smallint(0)) == -1);
    CHECK_STR(take_exc(), "TypeError: argument of type 'int' is not iterable");
    int64_t h;
    CHECK(value_hash(vm, OBJ_VAL(list_new(vm, 0)), &h) == -1);
    CHECK_STR(take_exc(), "TypeError: unhashable type: 'list'");
    CHECK(value_setattr(vm, val_from_smallint(1), S("x"), val_from_smallint(2)) == -1);
    CHECK_STR(take_exc(), "AttributeError: 'int' object has no attribute 'x'");
    CHECK(value_getattr(vm, val_from_smallint(1), S("x")) == VAL_ERR);
    CHECK_STR(take_exc(), "AttributeError: 'int' object has no attribute 'x'");
    CHECK(value_setattr(vm, OBJ_VAL(&IntType), S("x"), val_from_smallint(2)) == -1);
    CHECK_STR(take_exc(), "TypeError: cannot set 'x' attribute of immutable type 'int'");
    CHECK(value_getattr(vm, VAL_NONE, S("upper")) == VAL_ERR);
    CHECK_STR(take_exc(), "AttributeError: 'NoneType' object has no attribute 'upper'");
    Value obj = call0(OBJ_VAL(&ObjectType));
    CHECK(value_setattr(vm, obj, S("x"), val_from_smallint(1)) == -1);
    CHECK_STR(take_exc(), "AttributeError: 'object' object has no attribute 'x'");
    CHECK_PREFIX(repr_of(obj), "<object object at 0x");
    CHECK(call1(OBJ_VAL(&TypeType), val_from_smallint(1)) == OBJ_VAL(&IntType));

    /* modules */
    Value m = module_new(vm, S("m"));
    CHECK_STR(repr_of(m), "<module 'm' (built-in)>");
    CHECK(value_setattr(vm, m, S("a"), val_from_smallint(1)) == 0);
    CHECK(value_getattr(vm, m, S("a")) == val_from_smallint(1));
    CHECK(value_getattr(vm, m, S("x")) == VAL_ERR);
    CHECK_STR(take_exc(), "AttributeError: module 'm' has no attribute 'x'");

    /* argument helpers */
    CHECK(args_check(vm, "len", 2, 1, 1) == -1);
    CHECK_STR(take_exc(), "TypeError: len() takes exactly one argument (2 given)");
    CHECK(args_check(vm, "getattr", 1, 2, 3) == -1);
    CHECK_STR(take_exc(), "TypeError: getattr expected at least 2 arguments, got 1");
    CHECK(args_check(vm, "divmod", 1, 2, 2) == -1);
    CHECK_STR(take_exc(), "TypeError: divmod expected 2 arguments, got 1");
    CHECK(args_check(vm, "f", 3, 0, 5) == 0);
    Tuple *kw = tuple_new(vm, 1);
    kw->items[0] = SV("key");
    CHECK(args_no_kw(vm, "f", kw) == -1);
    CHECK_STR(take_exc(), "TypeError: f() takes no keyword arguments");
    Value kargs[2] = {val_from_smallint(1), val_from_smallint(9)};
    CHECK(kwarg_get(kargs, 1, kw, "key") == val_from_smallint(9));
    CHECK(kwarg_get(kargs, 1, kw, "other") == VAL_UNDEF);
    int64_t i;
    CHECK(value_index(vm, val_from_float(1.5), &i) == VAL_ERR);
    CHECK_STR(take_exc(), "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK(value_index(vm, VAL_TRUE, &i) != VAL_ERR && i == 1);

    /* builtin methods bind; builtin functions' reprs */
    Value len = dict_get_str(vm->builtins, S("repr"));
    CHECK_STR(repr_of(len), "<built-in function repr>");
    Value l = OBJ_VAL(list_new(vm, 0));
    Value app = value_getattr(vm, l, vm->names.append);
    CHECK(val_is_type(app, &NativeFuncType) && AS(NativeFunc, app)->self == l);
    CHECK_PREFIX(repr_of(app), "<built-in method append of list object at 0x");
    CHECK(call1(app, val_from_smallint(4)) == VAL_NONE);
    CHECK(AS(List, l)->len == 1);
    Value one = val_from_smallint(1);
    CHECK(value_call_method(vm, l, vm->names.append, &one, 1) == VAL_NONE);
    CHECK(AS(List, l)->len == 2);
}

static void test_sys(void) {
    if (dict_get_str(vm->modules, S("sys")) == VAL_UNDEF) mod_sys_init(vm);
    Value sys = dict_get_str(vm->modules, S("sys"));
    CHECK(val_is_type(sys, &ModuleType));
    Value maxsize = value_getattr(vm, sys, S("maxsize"));
    CHECK(val_is_int(maxsize) && int_value(maxsize) == INT64_MAX);
    Value setrl = value_getattr(vm, sys, S("setrecursionlimit"));
    Value z = val_from_smallint(0);
    CHECK(value_call(vm, setrl, &z, 1, NULL) == VAL_ERR);
    CHECK_STR(take_exc(), "ValueError: recursion limit must be greater or equal than 1");
    Value lim = val_from_smallint(5000);
    CHECK(value_call(vm, setrl, &lim, 1, NULL) == VAL_NONE && vm->recursion_limit == 5000);
    Value ex = value_getattr(vm, sys, S("exit"));
    CHECK(value_call(vm, ex, &lim, 1, NULL) == VAL_ERR);
    CHECK(val_is_type(vm->exc, &SystemExitType));
    CHECK(value_getattr(vm, vm->exc, S("code")) == lim);
    vm_exc_clear(vm);
    Value out = value_getattr(vm, sys, S("stdout"));
    CHECK_STR(repr_of(out), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");

    if (dict_get_str(vm->modules, S("time")) == VAL_UNDEF) mod_time_init(vm);
    Value time = dict_get_str(vm->modules, S("time"));
    Value pc = value_getattr(vm, time, S("perf_counter"));
    Value t1 = call0(pc);
    CHECK(val_is_float(t1));
    Value neg = val_from_smallint(-1);
    CHECK(value_call(vm, value_getattr(vm, time, S("sleep")), &neg, 1, NULL) == VAL_ERR);
    CHECK_STR(take_exc(), "ValueError: sleep length must be non-negative");
}

int main(void) {
    vm = vm_new();
    test_types_and_hierarchy();
    test_exceptions();
    test_user_classes();
    test_dunders();
    test_user_exceptions();
    test_builtin_errors();
    test_sys();
    vm_free(vm);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
