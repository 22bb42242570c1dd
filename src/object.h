/* object.h - heap objects, types and the runtime's C API.
 *
 * Ownership and collection: every heap object starts with an Obj header and
 * is allocated with gc_new().  The collector is a precise mark-and-sweep that
 * runs only at interpreter safe points (function entry, backward jumps) and
 * never while C runtime code is active (vm_call from C inhibits it), so C code
 * may keep Values in plain locals without rooting them.  See gc.c.
 *
 * Error convention: functions returning Value return VAL_ERR when they raised
 * (the exception is in vm->exc); functions returning int return -1.
 */
#ifndef GJ_OBJECT_H
#define GJ_OBJECT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef struct VM VM;
typedef struct Type Type;
typedef struct Str Str;
typedef struct Tuple Tuple;
typedef struct Dict Dict;

typedef struct Obj {
    Type *type;
    struct Obj *gc_next; /* gc.c: large-object list / pool free list */
    uint32_t gc_mark;
    uint32_t obj_flags;  /* per-kind bits, see OBJF_* */
} Obj;

#define OBJF_STATIC 1u /* not on the heap (static builtin types) */
#define OBJF_FREE 2u   /* a free slot in a gc pool (gc.c) */

/* Native function: vectorcall convention.  args[0..nargs) are positional;
 * when kwnames != NULL, kwnames->len more values follow args[nargs-1]
 * (args[nargs + i] is the value for kwnames->items[i]).  Methods of builtin
 * types receive self as args[0] (counted in nargs). */
typedef Value (*NativeFn)(VM *vm, Value *args, int nargs, Tuple *kwnames);

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    int flags; /* METH_STATIC, METH_CLASS */
} MethodDef;
#define METH_STATIC 1
#define METH_CLASS 2

/* Rich comparison ops, also COMPARE_OP's oparg. */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Binary operators, also BINARY_OP's oparg (in-place forms add BINOP_INPLACE). */
enum {
    BINOP_ADD, BINOP_SUB, BINOP_MUL, BINOP_TRUEDIV, BINOP_FLOORDIV, BINOP_MOD, BINOP_POW,
    BINOP_LSHIFT, BINOP_RSHIFT, BINOP_AND, BINOP_OR, BINOP_XOR,
    BINOP__COUNT,
    BINOP_INPLACE = 16
};
/* Unary ops (UNARY_OP's oparg). */
enum { UNOP_NEG, UNOP_POS, UNOP_INVERT, UNOP_NOT };

#define VAL_NOTIMPL (MKTAG(TAG_SPECIAL) | 6) /* the guest's NotImplemented */

#define TYPE_USER 1u      /* created by a class statement */
#define TYPE_EXC 2u       /* BaseException or a subclass: instances are ExcObj */
#define TYPE_BASETYPE 4u  /* may be subclassed by a class statement */

struct Type {
    Obj hdr;
    const char *name;   /* for builtin types a static string */
    Str *name_str;      /* interned; set by vm_init / class creation */
    Type *base;         /* NULL only for object */
    Dict *dict;         /* class attributes and methods */
    uint32_t version;   /* inline-cache key; new value whenever this type's or a base's dict changes */
    uint32_t flags;
    Dict *inst_keys;    /* TYPE_USER: instance attribute name -> slot index (only grows) */
    Str *module;        /* defining module name, for repr */
    struct List *subclasses; /* weak in spirit: used to propagate version bumps */
    size_t inst_size;   /* bytes of an instance, for user classes */

    /* Behaviour of instances (builtin types; user classes inherit from their base
     * and abstract.c looks up dunder methods first).  NULL = not supported. */
    void (*trace)(VM *vm, Obj *o);      /* mark children with gc_mark_value/gc_mark_obj */
    void (*finalize)(Obj *o);           /* free malloc'd buffers (not the object) */
    Value (*repr)(VM *vm, Value self);  /* -> Str value */
    Value (*str)(VM *vm, Value self);   /* NULL: use repr */
    int (*hash)(VM *vm, Value self, int64_t *out); /* NULL: unhashable */
    Value (*richcmp)(VM *vm, Value a, Value b, int op); /* bool Value, VAL_NOTIMPL or VAL_ERR */
    Value (*iter)(VM *vm, Value self);
    Value (*next)(VM *vm, Value self);  /* VAL_NULL when exhausted, VAL_ERR on error */
    int64_t (*len)(VM *vm, Value self); /* -1 on error */
    Value (*getitem)(VM *vm, Value self, Value key);
    int (*setitem)(VM *vm, Value self, Value key, Value val); /* val == VAL_UNDEF: delete */
    int (*contains)(VM *vm, Value self, Value item);          /* 1, 0, -1 */
    int (*truthy)(VM *vm, Value self);                        /* NULL: true, or len != 0 */
    Value (*binop)(VM *vm, Value a, Value b, int op);         /* either side is this type; VAL_NOTIMPL if not handled */
    Value (*construct)(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames); /* calling the type */
    Value (*getattr)(VM *vm, Value self, Str *name);          /* special attributes; VAL_UNDEF if none */
    Value (*call)(VM *vm, Value self, Value *args, int nargs, Tuple *kwnames);
};

/* ---- core object layouts ------------------------------------------------ */

typedef struct IntObj { Obj hdr; int64_t v; } IntObj; /* ints outside the small range */

struct Str {
    Obj hdr;
    int64_t len;    /* code points */
    int64_t nbytes; /* UTF-8 bytes, excluding the terminating NUL */
    int64_t hash;   /* -1: not computed yet */
    uint8_t ascii;  /* all bytes < 0x80: byte index == code point index */
    uint8_t interned;
    char data[];    /* UTF-8, NUL-terminated */
};

struct Tuple { Obj hdr; int64_t len; Value items[]; };

typedef struct List { Obj hdr; int64_t len, cap; Value *items; } List;

typedef struct DictEntry { Value key; Value value; int64_t hash; } DictEntry; /* key VAL_UNDEF: deleted */
struct Dict {
    Obj hdr;
    int64_t len;       /* live entries */
    int64_t used;      /* entries[] slots used, including deleted ones */
    int64_t cap;       /* entries[] capacity */
    int64_t mask;      /* index table size - 1 (power of two) */
    int32_t *index;    /* hash slot -> entry number, -1 empty, -2 dummy */
    DictEntry *entries;/* insertion order */
    uint64_t keys_version; /* changes whenever a key is inserted or deleted (not on value update) */
};

typedef struct SetEntry { Value key; int64_t hash; } SetEntry; /* key VAL_UNDEF: empty, VAL_NULL: dummy */
typedef struct Set {
    Obj hdr;
    int64_t fill, used, mask; /* CPython's setobject.c algorithm, for identical iteration order */
    SetEntry *table;
    int64_t finger;
    uint8_t frozen;
} Set;

typedef struct Range { Obj hdr; int64_t start, stop, step, len; } Range;
typedef struct Slice { Obj hdr; Value start, stop, step; } Slice;
typedef struct Cell { Obj hdr; Value value; } Cell; /* value VAL_UNDEF: empty */

typedef struct Module { Obj hdr; Str *name; Dict *dict; Str *file; } Module;

/* Code object, produced by the compiler. */
typedef uint32_t CodeUnit; /* [opcode:8 | oparg:24]; inline cache words follow some ops */
#define CO_VARARGS 1
#define CO_VARKW 2
#define CO_MODULE 4
#define CO_CLASSBODY 8
#define CO_NEEDS_CLASS_CELL 16 /* class body that must fill __class__ */

typedef struct ExcTableEntry { uint32_t start, end, handler, depth; uint8_t push_lasti; } ExcTableEntry;

typedef struct Code {
    Obj hdr;
    CodeUnit *code; int32_t ncode;
    Tuple *consts;
    Tuple *names;       /* Str: globals, attributes, imports */
    Tuple *localsplus;  /* Str names: args, other locals, then cell vars, then free vars */
    int32_t nlocals, ncells, nfree;  /* localsplus = nlocals + ncells + nfree */
    int32_t argcount, kwonlyargcount, flags;
    int32_t stacksize;
    int32_t *cell2arg;  /* for each cell var, the arg index it is initialised from, or -1 */
    Str *name, *qualname, *filename;
    int32_t firstlineno;
    int32_t *lines;     /* per code unit: guest line */
    ExcTableEntry *exctable; int32_t nexc;
    void *jit_data;     /* reserved for tier 2 */
    void *guest;        /* its guest-frame trampoline (src/jit/observe.c), or NULL */
} Code;

typedef struct Function {
    Obj hdr;
    Code *code;
    Dict *globals;
    Tuple *defaults;    /* or NULL */
    Dict *kwdefaults;   /* or NULL */
    Tuple *closure;     /* Cells, or NULL */
    Str *name, *qualname;
    Value module_name;
    uint32_t func_version;
} Function;

typedef struct NativeFunc {
    Obj hdr;
    const char *name;
    NativeFn fn;
    Value self;    /* VAL_NULL: plain function; otherwise a bound builtin method */
    Type *owner;   /* for methods: the type defining it */
    int flags;
} NativeFunc;

typedef struct BoundMethod { Obj hdr; Value self; Value func; } BoundMethod;
typedef struct StaticMethod { Obj hdr; Value func; } StaticMethod; /* also ClassMethod */
typedef struct Super { Obj hdr; Type *start; Value obj; } Super;

typedef struct Instance {
    Obj hdr;
    int32_t nslots;
    Value *slots; /* indexed by type->inst_keys; VAL_UNDEF = not set */
} Instance;

/* The range iterator, which FOR_ITER_RANGE reads directly (iter.c defines the type). */
typedef struct RangeIter { Obj hdr; int64_t cur, step, remaining; } RangeIter;
extern Type RangeIterType;

typedef struct TbEntry { Code *code; int32_t line; } TbEntry;
typedef struct ExcObj {
    Instance inst;  /* exceptions are instances: user classes may derive from them */
    Tuple *args;
    TbEntry *tb; int32_t ntb, captb; /* innermost frame last */
    Value cause, context;            /* VAL_NONE when absent */
    uint8_t suppress_context;
} ExcObj;

/* ---- builtin types (static: one VM per process, never freed; their dicts
 *      are filled by vm_init and their version tags change at run time) --- */
extern Type ObjectType, TypeType, NoneType_, BoolType, IntType, FloatType, StrType,
    TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType, CellType,
    ModuleType, CodeType, FunctionType, NativeFuncType, BoundMethodType, StaticMethodType,
    ClassMethodType, SuperType, NotImplementedType;
/* Iterator and view types live with their containers (dict.c, list.c, ...). */

/* Exception hierarchy (exc.c). */
extern Type BaseExceptionType, ExceptionType, SystemExitType, KeyboardInterruptType,
    StopIterationType, ArithmeticErrorType, ZeroDivisionErrorType, OverflowErrorType,
    AssertionErrorType, AttributeErrorType, LookupErrorType, IndexErrorType, KeyErrorType,
    NameErrorType, UnboundLocalErrorType, RuntimeErrorType, RecursionErrorType,
    NotImplementedErrorType, TypeErrorType, ValueErrorType, ImportErrorType,
    ModuleNotFoundErrorType, UnicodeErrorType, SyntaxErrorType, OSErrorType;

/* Header initialiser for a static builtin Type definition:
 *   Type ListType = { .hdr = STATIC_TYPE_HDR, .name = "list", .base = &ObjectType, ... };
 * and in the file's init hook: type_init_static(vm, &ListType); type_add_methods(vm, &ListType, defs); */
#define STATIC_TYPE_HDR { .type = &TypeType, .obj_flags = OBJF_STATIC }
void type_init_static(VM *vm, Type *t); /* creates dict, interns name, assigns a version */
void gc_note_external(VM *vm, int64_t bytes); /* account malloc'd buffers owned by objects */

/* Per-file init hooks, called once by vm_new() in this order. */
void object_init(VM *vm);     /* class.c: object, type, function & method types, core builtins */
void exc_init(VM *vm);        /* exc.c */
void number_init(VM *vm);     /* number.c: int, float, bool, NoneType + numeric builtins */
void str_init(VM *vm);        /* str.c */
void containers_init(VM *vm); /* tuple/list/dict/set/range/slice/iterator types */
void builtins_init(VM *vm);   /* builtins.c: the rest of the builtins module */

/* ---- type queries --------------------------------------------------------- */
static inline Type *val_type(Value v) {
    if (val_is_float(v)) return &FloatType;
    switch (TAG_OF(v)) {
    case TAG_INT: return &IntType;
    case TAG_OBJ: return val_as_obj(v)->type;
    default: return val_is_bool(v) ? &BoolType : (v == VAL_NOTIMPL ? &NotImplementedType : &NoneType_);
    }
}
static inline bool val_is_type(Value v, const Type *t) { return val_is_obj(v) && val_as_obj(v)->type == t; }
#define AS(T, v) ((T *)val_as_obj(v))
#define OBJ_VAL(p) val_from_obj(p)
bool type_is_subtype(const Type *t, const Type *base);
static inline bool val_isinstance(Value v, const Type *t) { return type_is_subtype(val_type(v), t); }
static inline bool val_is_str(Value v) { return val_is_type(v, &StrType); }
/* int in any form (small or boxed, not bool) */
static inline bool val_is_int(Value v) { return val_is_smallint(v) || val_is_type(v, &IntType); }
static inline int64_t int_value(Value v) { /* v must satisfy val_is_int or val_is_bool */
    if (val_is_smallint(v)) return val_as_smallint(v);
    if (val_is_bool(v)) return (int64_t)(v & 1);
    return ((IntObj *)val_as_obj(v))->v;
}

/* ---- gc.c ------------------------------------------------------------------ */
void *gc_new(VM *vm, Type *type, size_t size); /* zeroed object, header initialised */
void gc_mark_value(VM *vm, Value v);
void gc_mark_obj(VM *vm, void *o);     /* NULL allowed */
void gc_safepoint_collect(VM *vm);     /* called by the interpreter when vm->gc_debt > 0 */
void gc_init(VM *vm);                  /* before the first gc_new */
void gc_free_all(VM *vm);              /* at exit */

/* ---- ints and floats (number.c) -------------------------------------------- */
Value int_from_i64(VM *vm, int64_t i);      /* small or boxed; never fails */
Value float_repr_value(VM *vm, double d);   /* Str of repr(d) */
/* Writes CPython's repr(d) (shortest round-trip, 'inf', 'nan', '1e+16', '0.1') into buf, returns length. */
int format_float_repr(double d, char *buf, size_t size);
Value number_binop(VM *vm, Value a, Value b, int op);  /* int/float/bool operands; VAL_NOTIMPL otherwise */
Value number_richcmp(VM *vm, Value a, Value b, int op);/* int/float/bool mixes; VAL_NOTIMPL otherwise */
Value int_parse(VM *vm, const char *s, int64_t n, int base); /* int("..", base) semantics; raises ValueError */
Value float_parse(VM *vm, const char *s, int64_t n);         /* float("..") semantics */
int64_t hash_int(int64_t i);   /* CPython's hash of an int */
int64_t hash_float(double d);  /* CPython's hash of a float (nan: 0 for our purposes) */

/* ---- str.c ----------------------------------------------------------------- */
Str *str_new(VM *vm, const char *utf8, int64_t nbytes);   /* copies; computes len/ascii */
Str *str_from_cstr(VM *vm, const char *s);
Str *str_intern(VM *vm, Str *s);                           /* canonical Str for equal contents */
Str *str_intern_cstr(VM *vm, const char *s);
Value str_fromf(VM *vm, const char *fmt, ...);             /* printf into a new Str value */
int64_t str_hash(Str *s);
bool str_eq(const Str *a, const Str *b);
Value str_concat(VM *vm, Str *a, Str *b);
Value str_repr(VM *vm, Value s);                           /* 'quoted' CPython style */
Value str_getitem_index(VM *vm, Str *s, int64_t i);        /* i already normalised & in range */
Value str_from_codepoint(VM *vm, uint32_t cp);
/* A growable UTF-8 buffer for building strings. */
typedef struct StrBuf { char *data; int64_t len, cap; } StrBuf;
void sb_init(StrBuf *b);
void sb_putc(StrBuf *b, char c);
void sb_puts(StrBuf *b, const char *s);
void sb_putn(StrBuf *b, const char *s, int64_t n);
void sb_printf(StrBuf *b, const char *fmt, ...);
void sb_put_str(StrBuf *b, Str *s);
Value sb_finish(VM *vm, StrBuf *b);   /* -> Str value; frees the buffer */
void sb_free(StrBuf *b);

/* ---- format.c: format() mini-language, % formatting, str.format ------------- */
Value format_value(VM *vm, Value v, Str *spec);            /* format(v, spec); handles int/float/str/bool, else __format__/str */
Value format_percent(VM *vm, Str *fmt, Value args);        /* fmt % args */
Value format_str_method(VM *vm, Str *fmt, Value *args, int nargs, Tuple *kwnames); /* fmt.format(...) */

/* ---- tuple.c / list.c --------------------------------------------------------- */
Tuple *tuple_new(VM *vm, int64_t len);   /* items VAL_NONE */
Value tuple_pack(VM *vm, int n, ...);    /* tuple of n Values */
Value tuple_from_array(VM *vm, const Value *items, int64_t n);
List *list_new(VM *vm, int64_t cap);     /* empty list with capacity */
Value list_from_array(VM *vm, const Value *items, int64_t n);
void list_append(VM *vm, List *l, Value v);
Value list_pop_index(VM *vm, List *l, int64_t i);
int list_sort(VM *vm, List *l, Value key, bool reverse); /* stable; key VAL_NONE for none */
Value seq_from_iterable(VM *vm, Value iterable);         /* new List of the items */

/* ---- dict.c ----------------------------------------------------------------- */
Dict *dict_new(VM *vm);
Value dict_get(VM *vm, Dict *d, Value key);          /* VAL_UNDEF if absent, VAL_ERR on error */
int dict_set(VM *vm, Dict *d, Value key, Value val); /* 0 / -1 */
int dict_del(VM *vm, Dict *d, Value key);            /* 1 deleted, 0 absent (no exception), -1 error */
/* Fast forms for Str keys (never raise): */
Value dict_get_str(Dict *d, Str *key);               /* VAL_UNDEF if absent */
void dict_set_str(VM *vm, Dict *d, Str *key, Value val);
int64_t dict_lookup_str_index(Dict *d, Str *key);    /* entry index or -1 (for inline caches) */
bool dict_next(Dict *d, int64_t *pos, Value *key, Value *val); /* iterate live entries */

/* ---- set.c -------------------------------------------------------------------- */
Set *set_new(VM *vm, bool frozen);
int set_add(VM *vm, Set *s, Value key);
int set_contains(VM *vm, Set *s, Value key);
int set_discard(VM *vm, Set *s, Value key);          /* 1 removed, 0 absent */
bool set_next(Set *s, int64_t *pos, Value *key);

/* ---- range.c / slices ------------------------------------------------------ */
Value range_new(VM *vm, int64_t start, int64_t stop, int64_t step);
Value slice_new(VM *vm, Value start, Value stop, Value step);
/* Resolve a slice against a sequence length (CPython's PySlice_GetIndicesEx). Returns slice length, -1 on error. */
int64_t slice_indices(VM *vm, Slice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step);
/* Normalise an index (negative from end); raises IndexError("<what> index out of range") when out of range. */
int index_normalize(VM *vm, Value idx, int64_t len, const char *what, int64_t *out);

/* ---- abstract.c: the generic protocols (dispatch to slots and dunder methods) -- */
Value value_repr(VM *vm, Value v);     /* Str value */
Value value_str(VM *vm, Value v);      /* Str value */
int value_hash(VM *vm, Value v, int64_t *out);
int value_truthy(VM *vm, Value v);     /* 1 / 0 / -1 */
int value_eq(VM *vm, Value a, Value b);/* 1 / 0 / -1; identity implies equal (like CPython containers) */
Value value_richcmp(VM *vm, Value a, Value b, int op); /* guest-visible result (any Value) */
int value_compare_bool(VM *vm, Value a, Value b, int op); /* truthiness of the comparison */
Value value_binop(VM *vm, Value a, Value b, int op);  /* incl. in-place forms, reflected ops, errors */
Value value_unop(VM *vm, Value a, int op);
Value value_getattr(VM *vm, Value obj, Str *name);
Value value_getattr_opt(VM *vm, Value obj, Str *name);   /* VAL_UNDEF if missing, no exception */
int value_setattr(VM *vm, Value obj, Str *name, Value val); /* val VAL_UNDEF: delete */
Value value_getitem(VM *vm, Value obj, Value key);
int value_setitem(VM *vm, Value obj, Value key, Value val); /* val VAL_UNDEF: delete */
Value value_iter(VM *vm, Value obj);
Value value_next(VM *vm, Value it);    /* VAL_NULL when exhausted */
int64_t value_len(VM *vm, Value v);    /* -1 on error */
int value_contains(VM *vm, Value container, Value item);
Value value_call(VM *vm, Value callable, Value *args, int nargs, Tuple *kwnames);
Value value_call_method(VM *vm, Value self, Str *name, Value *args, int nargs); /* self.name(*args) */
Value type_lookup(Type *t, Str *name); /* attribute through the base chain; VAL_UNDEF */
const char *type_name_of(Value v);     /* "int", "Foo", ... */
Value value_index(VM *vm, Value v, int64_t *out); /* __index__: int/bool -> int64, else TypeError */

/* ---- functions and classes (func.c, class.c) ----------------------------- */
Value native_func_new(VM *vm, const char *name, NativeFn fn, Type *owner, int flags);
Value bound_method_new(VM *vm, Value self, Value func);
void type_add_methods(VM *vm, Type *t, const MethodDef *defs);
void type_set_attr(VM *vm, Type *t, const char *name, Value v);
void type_modified(VM *vm, Type *t);   /* new version for t and its subclasses */
Value instance_new(VM *vm, Type *t);   /* user-class instance (ExcObj layout for exceptions) */
/* Parse native-function arguments: "name" spec like "O|O:split" style kept simple:
 * args_check(vm, "split", nargs, min, max) raises TypeError with CPython's message. */
int args_check(VM *vm, const char *fname, int nargs, int min, int max);
int args_no_kw(VM *vm, const char *fname, Tuple *kwnames);
/* Find keyword `name` in a vectorcall kwnames; returns VAL_UNDEF if absent. */
Value kwarg_get(Value *args, int nargs, Tuple *kwnames, const char *name);

/* ---- exceptions (exc.c) ---------------------------------------------------- */
Value vm_raise(VM *vm, Type *type, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
Value vm_raise_str(VM *vm, Type *type, Value msg); /* args = (msg,) */
Value vm_raise_value(VM *vm, Value exc);           /* exc is an instance or a class to instantiate */
bool vm_exc_matches(VM *vm, Type *type);           /* pending exception is an instance of type */
void vm_exc_clear(VM *vm);
Value exc_new(VM *vm, Type *type, Value *args, int nargs);
void exc_add_traceback(VM *vm, ExcObj *e, Code *code, int line);
void exc_print(VM *vm, Value exc); /* CPython-style traceback to stderr */

#endif
