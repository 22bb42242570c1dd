/* core.h - extra declarations of the object-model core (abstract.c, class.c,
 * func.c, exc.c, mod_sys.c, mod_time.c) that the interpreter and the other
 * runtime files may use in addition to object.h / vm.h.
 *
 * Conventions recap (see object.h): Value-returning functions return VAL_ERR
 * after raising, int-returning ones -1.
 */
#ifndef GJ_RUNTIME_CORE_H
#define GJ_RUNTIME_CORE_H

#include "object.h"
#include "vm.h"

/* ---- extra object layouts and types --------------------------------------- */

/* property(fget, fset, fdel, doc): a data descriptor honoured by
 * value_getattr / value_setattr on instances (class.c, registered as the
 * builtin "property"). */
typedef struct Property { Obj hdr; Value fget, fset, fdel, doc; } Property;
extern Type PropertyType;

/* iter() of an object that only has __getitem__ (abstract.c): yields
 * seq[0], seq[1], ... until IndexError or StopIteration. */
typedef struct GetItemIter { Obj hdr; Value seq; int64_t index; } GetItemIter; /* seq VAL_NULL: exhausted */
extern Type GetItemIterType;
Value getitem_iter_new(VM *vm, Value seq);

/* The iter(callable, sentinel) iterator (abstract.c). */
typedef struct CallIter { Obj hdr; Value callable, sentinel; } CallIter; /* callable VAL_NULL: exhausted */
extern Type CallIterType;

/* sys.stdout / sys.stderr / sys.stdin (mod_sys.c). write() uses C stdio on
 * the FILE, so it interleaves correctly with anything else using stdout. */
typedef struct FileObj { Obj hdr; FILE *fp; const char *name; const char *mode; } FileObj;
extern Type FileType;

/* ---- classes (class.c) ------------------------------------------------------ */

/* Creates a user class (the class statement's result).  base_or_NULL: the
 * single base class (VAL_NULL or VAL_NONE -> object).  ns: the class body's
 * namespace; its entries are copied into the new type's dict, except
 * "__classcell__": if ns holds a Cell under that name, the cell is set to the
 * new class (that is how the compiler's __class__ cell gets filled - store
 * the cell in ns as "__classcell__" before calling, or fill it yourself from
 * the returned Type).  Adds __module__, __qualname__, __doc__ (None if
 * absent), and __hash__ = None when the body defines __eq__ but not __hash__
 * (CPython's rule); a Function __new__ is wrapped in staticmethod.
 * Only object and exception classes (TYPE_BASETYPE) and user classes may be
 * bases; otherwise TypeError. */
Value class_create(VM *vm, Str *name, Str *qualname, Value base_or_NULL, Dict *ns, Str *module);

/* Must be called whenever a value is stored into a class dict other than
 * through class_create / value_setattr / type_set_attr (which call it):
 * records, process-wide and monotonically, that properties / __setattr__ /
 * __getattr__ exist somewhere, so attribute access can skip those lookups
 * while none do. */
void class_note_attr(Str *name, Value v);

/* type_lookup / type_lookup_user results are cached by (t->version, interned
 * name), like CPython's type attribute cache.  So: never store into or
 * delete from a type's dict without calling type_modified(vm, t) afterwards
 * (type_set_attr, type_add_methods, value_setattr and class_create do). */

/* First non-user type in t's base chain: the one whose C slots apply. */
static inline Type *type_slot_base(Type *t) {
    while (t->flags & TYPE_USER) t = t->base;
    return t;
}
/* Lookup restricted to the user (TYPE_USER) part of t's base chain - this is
 * how dunder methods are found; builtin behaviour comes from the slots of
 * type_slot_base(t).  VAL_UNDEF if absent. */
Value type_lookup_user(Type *t, Str *name);

/* The qualified name used in reprs and tracebacks: user classes' __qualname__,
 * builtin types' name. */
const char *type_qualname(VM *vm, Type *t);

/* Makes sure an instance has room for n slots (new slots VAL_UNDEF).  Inline
 * caches that store to a slot index taken from inst_keys must call this (or
 * check nslots) first. */
void instance_ensure_slots(VM *vm, Instance *in, int32_t n);

/* The identity hash of object (CPython's _Py_HashPointer). */
int object_hash_identity(VM *vm, Value self, int64_t *out);
/* The default "<__main__.Foo object at 0x...>" repr. */
Value object_default_repr(VM *vm, Value self);

/* Calls type t with the given arguments (what value_call does for a type):
 * user classes: __new__ / instance_new + __init__; builtin types: construct. */
Value type_call(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames);

/* ---- attribute / call helpers (abstract.c) -------------------------------- */

/* Method lookup without allocating a bound method (for LOAD_METHOD):
 * if obj.name resolves to a plain function / builtin method found on the
 * type (and not shadowed by an instance attribute), sets *meth to the
 * unbound callable and *self to obj, returns 1 (call meth with self
 * prepended).  Otherwise sets *meth to the attribute value, *self to
 * VAL_NULL and returns 0.  Returns -1 with an exception on failure. */
int value_load_method(VM *vm, Value obj, Str *name, Value *meth, Value *self);

/* Calls func with self prepended to the arguments (kw values stay after the
 * positional ones, as in vectorcall).  value_call_with_self dispatches with
 * value_call (for the interpreter's CALL of a LOAD_METHOD pair);
 * vm_call_with_self goes through vm_call (for C runtime code). */
Value value_call_with_self(VM *vm, Value func, Value self, Value *args, int nargs, Tuple *kwnames);
Value vm_call_with_self(VM *vm, Value func, Value self, Value *args, int nargs, Tuple *kwnames);

/* Calls meth - a raw value found in a class dict (e.g. by type_lookup_user) -
 * as a method of self: functions and builtin methods get self prepended,
 * staticmethods don't, classmethods get type(self); other callables are
 * called as they are.  Via vm_call. */
Value value_call_dunder(VM *vm, Value meth, Value self, Value *args, int nargs, Tuple *kwnames);

/* The generic attribute protocol (object.__getattribute__ / __setattr__),
 * bypassing user __getattr__ / __setattr__ overrides at the top level.
 * object_generic_setattr: val VAL_UNDEF deletes. */
Value object_generic_getattr(VM *vm, Value obj, Str *name);
int object_generic_setattr(VM *vm, Value obj, Str *name, Value val);

/* True if v can be called (the builtin callable()). */
bool value_callable(VM *vm, Value v);

/* Binds a class attribute found on type t to obj (Function -> bound method,
 * builtin method -> bound builtin, staticmethod -> function, classmethod ->
 * bound to t, anything else unchanged). */
Value value_bind_attr(VM *vm, Value attr, Value obj, Type *t);

/* In-place operators: for `a op= b` with a builtin left operand,
 * value_binop first calls type(a)->binop(a, b, op | BINOP_INPLACE) (list,
 * dict and set mutate a and return it; other slots strip the bit), and on
 * VAL_NOTIMPL falls back to the plain binary operator.  User classes:
 * __iop__, then __op__ / __rop__. */

/* ---- exceptions (exc.c) --------------------------------------------------- */

/* `raise exc from cause`: exc/cause may be classes (instantiated), cause may
 * be None.  Sets __cause__ and __suppress_context__, then raises like
 * vm_raise_value.  Always returns VAL_ERR. */
Value vm_raise_from(VM *vm, Value exc, Value cause);

/* Sets exc.__context__ to the exception currently being handled, i.e. the
 * handled_exc of the innermost frame that has one (CPython's rule, including
 * its cycle breaking).  vm_raise, vm_raise_str, vm_raise_value and
 * vm_raise_from all do this already; a bare `raise` (re-raise) must NOT go
 * through them - store the exception in vm->exc directly. */
void exc_set_context(VM *vm, Value exc);

/* `except spec:` test: spec is an exception class or a (nested) tuple of
 * them.  1 match, 0 no match, -1 TypeError ("catching classes that do not
 * inherit from BaseException is not allowed"). */
int exc_matches_value(VM *vm, Value exc, Value spec);

/* Attribute stores on exceptions that go to ExcObj fields (args, __cause__,
 * __context__, __traceback__, __suppress_context__): 1 handled, 0 not a
 * special name, -1 error.  Used by value_setattr. */
int exc_setattr_special(VM *vm, Value exc, Str *name, Value val);

/* Trace/finalize of Instance-layout objects (user instances, object()). */
void instance_trace(VM *vm, Obj *o);
void instance_finalize(Obj *o);

/* Extra builtin exception types beyond object.h's list (exc.c). */
extern Type GeneratorExitType, EOFErrorType, MemoryErrorType, FloatingPointErrorType, BufferErrorType,
    SystemErrorType, ReferenceErrorType, StopAsyncIterationType, IndentationErrorType, TabErrorType,
    FileNotFoundErrorType, FileExistsErrorType, PermissionErrorType, IsADirectoryErrorType,
    NotADirectoryErrorType, TimeoutErrorType, InterruptedErrorType, ConnectionErrorType,
    UnicodeDecodeErrorType, UnicodeEncodeErrorType, UnicodeTranslateErrorType, WarningType,
    UserWarningType, DeprecationWarningType, PendingDeprecationWarningType, SyntaxWarningType,
    RuntimeWarningType, FutureWarningType, ImportWarningType, UnicodeWarningType, BytesWarningType,
    ResourceWarningType;

/* True if v is an exception instance (ExcObj layout). */
static inline bool val_is_exc(Value v) {
    return val_is_obj(v) && (val_as_obj(v)->type->flags & TYPE_EXC);
}

/* exc_add_traceback(vm, e, code, line) PREPENDS an entry (call it for each
 * frame the exception passes through while unwinding, innermost first, like
 * CPython's PyTraceBack_Here); e->tb therefore ends up outermost first,
 * innermost last - print order. */

/* ---- init hooks called from object_init (class.c) ------------------------- */
void func_types_init(VM *vm); /* func.c: function, builtin, method, cell, code, module types */
void abstract_types_init(VM *vm); /* abstract.c: iterator helper types */

#endif
