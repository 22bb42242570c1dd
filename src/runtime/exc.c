/* exc.c - the builtin exception hierarchy, raising, and CPython-style
 * traceback printing. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/core.h"

static bool name_is(Str *s, const char *lit) {
    size_t n = strlen(lit);
    return (size_t)s->nbytes == n && memcmp(s->data, lit, n) == 0;
}

/* ---- slots ----------------------------------------------------------------------- */

static void exc_trace(VM *vm, Obj *o) {
    ExcObj *e = (ExcObj *)o;
    instance_trace(vm, o);
    gc_mark_obj(vm, e->args);
    gc_mark_value(vm, e->cause);
    gc_mark_value(vm, e->context);
    for (int32_t i = 0; i < e->ntb; i++) gc_mark_obj(vm, e->tb[i].code);
}

static void exc_finalize(Obj *o) {
    ExcObj *e = (ExcObj *)o;
    instance_finalize(o);
    free(e->tb);
    e->tb = NULL;
    e->ntb = e->captb = 0;
}

static Tuple *exc_args(VM *vm, ExcObj *e) {
    if (!e->args) e->args = tuple_new(vm, 0);
    return e->args;
}

static Value exc_str(VM *vm, Value self) {
    Tuple *a = exc_args(vm, AS(ExcObj, self));
    if (a->len == 0) return OBJ_VAL(str_intern_cstr(vm, ""));
    if (a->len == 1) return value_str(vm, a->items[0]);
    return value_repr(vm, OBJ_VAL(a));
}

static Value keyerror_str(VM *vm, Value self) {
    Tuple *a = exc_args(vm, AS(ExcObj, self));
    if (a->len == 1) return value_repr(vm, a->items[0]);
    return exc_str(vm, self);
}

static Value exc_repr(VM *vm, Value self) {
    ExcObj *e = AS(ExcObj, self);
    Tuple *a = exc_args(vm, e);
    const char *name = val_type(self)->name;
    Value r;
    if (a->len == 1) {
        r = value_repr(vm, a->items[0]);
        if (r == VAL_ERR) return r;
        return str_fromf(vm, "%s(%s)", name, AS(Str, r)->data);
    }
    r = value_repr(vm, OBJ_VAL(a));
    if (r == VAL_ERR) return r;
    return str_fromf(vm, "%s%s", name, AS(Str, r)->data);
}

static Value exc_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len > 0) return vm_raise(vm, &TypeErrorType, "%s() takes no keyword arguments", t->name);
    return exc_new(vm, t, args, nargs);
}

static Value exc_getattr(VM *vm, Value self, Str *name) {
    ExcObj *e = AS(ExcObj, self);
    Type *t = val_type(self);
    if (name_is(name, "args")) return OBJ_VAL(exc_args(vm, e));
    if (name->data[0] == '_') {
        if (name_is(name, "__cause__")) return e->cause == 0 ? VAL_NONE : e->cause;
        if (name_is(name, "__context__")) return e->context == 0 ? VAL_NONE : e->context;
        if (name_is(name, "__traceback__")) return VAL_NONE;
        if (name_is(name, "__suppress_context__")) return val_from_bool(e->suppress_context);
        return VAL_UNDEF;
    }
    if (name_is(name, "code") && type_is_subtype(t, &SystemExitType)) {
        Tuple *a = exc_args(vm, e);
        if (a->len == 0) return VAL_NONE;
        if (a->len == 1) return a->items[0];
        return OBJ_VAL(a);
    }
    if (name_is(name, "value") && type_is_subtype(t, &StopIterationType)) {
        Tuple *a = exc_args(vm, e);
        return a->len ? a->items[0] : VAL_NONE;
    }
    if (name_is(name, "msg") && type_is_subtype(t, &SyntaxErrorType)) {
        Tuple *a = exc_args(vm, e);
        return a->len ? a->items[0] : VAL_NONE;
    }
    return VAL_UNDEF;
}

int exc_setattr_special(VM *vm, Value exc, Str *name, Value val) {
    ExcObj *e = AS(ExcObj, exc);
    if (name_is(name, "args")) {
        if (val == VAL_UNDEF) {
            vm_raise(vm, &TypeErrorType, "args may not be deleted");
            return -1;
        }
        if (val_is_type(val, &TupleType)) {
            e->args = AS(Tuple, val);
            return 1;
        }
        Value l = seq_from_iterable(vm, val);
        if (l == VAL_ERR) return -1;
        e->args = AS(Tuple, tuple_from_array(vm, AS(List, l)->items, AS(List, l)->len));
        return 1;
    }
    if (name->data[0] != '_') return 0;
    if (name_is(name, "__cause__") || name_is(name, "__context__")) {
        bool cause = name_is(name, "__cause__");
        if (val == VAL_UNDEF) {
            vm_raise(vm, &TypeErrorType, "%s may not be deleted", cause ? "__cause__" : "__context__");
            return -1;
        }
        if (val != VAL_NONE && !val_is_exc(val)) {
            vm_raise(vm, &TypeErrorType, "exception %s must be None or derive from BaseException",
                     cause ? "cause" : "context");
            return -1;
        }
        if (cause) {
            e->cause = val;
            e->suppress_context = 1;
        } else {
            e->context = val;
        }
        return 1;
    }
    if (name_is(name, "__traceback__")) return 1;
    if (name_is(name, "__suppress_context__")) {
        int t = val == VAL_UNDEF ? 0 : value_truthy(vm, val);
        if (t < 0) return -1;
        e->suppress_context = (uint8_t)t;
        return 1;
    }
    return 0;
}

/* ---- the hierarchy ------------------------------------------------------------------- */

#define EXC_TYPE_EX(var, nm, basevar, strfn) \
    Type var = { \
        .hdr = STATIC_TYPE_HDR, \
        .name = nm, \
        .base = &basevar, \
        .flags = TYPE_EXC | TYPE_BASETYPE, \
        .trace = exc_trace, \
        .finalize = exc_finalize, \
        .repr = exc_repr, \
        .str = strfn, \
        .hash = object_hash_identity, \
        .construct = exc_construct, \
        .getattr = exc_getattr, \
    }
#define EXC_TYPE(var, nm, basevar) EXC_TYPE_EX(var, nm, basevar, exc_str)

EXC_TYPE(BaseExceptionType, "BaseException", ObjectType);
EXC_TYPE(SystemExitType, "SystemExit", BaseExceptionType);
EXC_TYPE(KeyboardInterruptType, "KeyboardInterrupt", BaseExceptionType);
EXC_TYPE(GeneratorExitType, "GeneratorExit", BaseExceptionType);
EXC_TYPE(ExceptionType, "Exception", BaseExceptionType);
EXC_TYPE(StopIterationType, "StopIteration", ExceptionType);
EXC_TYPE(StopAsyncIterationType, "StopAsyncIteration", ExceptionType);
EXC_TYPE(ArithmeticErrorType, "ArithmeticError", ExceptionType);
EXC_TYPE(FloatingPointErrorType, "FloatingPointError", ArithmeticErrorType);
EXC_TYPE(OverflowErrorType, "OverflowError", ArithmeticErrorType);
EXC_TYPE(ZeroDivisionErrorType, "ZeroDivisionError", ArithmeticErrorType);
EXC_TYPE(AssertionErrorType, "AssertionError", ExceptionType);
EXC_TYPE(AttributeErrorType, "AttributeError", ExceptionType);
EXC_TYPE(BufferErrorType, "BufferError", ExceptionType);
EXC_TYPE(EOFErrorType, "EOFError", ExceptionType);
EXC_TYPE(ImportErrorType, "ImportError", ExceptionType);
EXC_TYPE(ModuleNotFoundErrorType, "ModuleNotFoundError", ImportErrorType);
EXC_TYPE(LookupErrorType, "LookupError", ExceptionType);
EXC_TYPE(IndexErrorType, "IndexError", LookupErrorType);
EXC_TYPE_EX(KeyErrorType, "KeyError", LookupErrorType, keyerror_str);
EXC_TYPE(MemoryErrorType, "MemoryError", ExceptionType);
EXC_TYPE(NameErrorType, "NameError", ExceptionType);
EXC_TYPE(UnboundLocalErrorType, "UnboundLocalError", NameErrorType);
EXC_TYPE(OSErrorType, "OSError", ExceptionType);
EXC_TYPE(ConnectionErrorType, "ConnectionError", OSErrorType);
EXC_TYPE(FileExistsErrorType, "FileExistsError", OSErrorType);
EXC_TYPE(FileNotFoundErrorType, "FileNotFoundError", OSErrorType);
EXC_TYPE(InterruptedErrorType, "InterruptedError", OSErrorType);
EXC_TYPE(IsADirectoryErrorType, "IsADirectoryError", OSErrorType);
EXC_TYPE(NotADirectoryErrorType, "NotADirectoryError", OSErrorType);
EXC_TYPE(PermissionErrorType, "PermissionError", OSErrorType);
EXC_TYPE(TimeoutErrorType, "TimeoutError", OSErrorType);
EXC_TYPE(ReferenceErrorType, "ReferenceError", ExceptionType);
EXC_TYPE(RuntimeErrorType, "RuntimeError", ExceptionType);
EXC_TYPE(NotImplementedErrorType, "NotImplementedError", RuntimeErrorType);
EXC_TYPE(RecursionErrorType, "RecursionError", RuntimeErrorType);
EXC_TYPE(SyntaxErrorType, "SyntaxError", ExceptionType);
EXC_TYPE(IndentationErrorType, "IndentationError", SyntaxErrorType);
EXC_TYPE(TabErrorType, "TabError", IndentationErrorType);
EXC_TYPE(SystemErrorType, "SystemError", ExceptionType);
EXC_TYPE(TypeErrorType, "TypeError", ExceptionType);
EXC_TYPE(ValueErrorType, "ValueError", ExceptionType);
EXC_TYPE(UnicodeErrorType, "UnicodeError", ValueErrorType);
EXC_TYPE(UnicodeDecodeErrorType, "UnicodeDecodeError", UnicodeErrorType);
EXC_TYPE(UnicodeEncodeErrorType, "UnicodeEncodeError", UnicodeErrorType);
EXC_TYPE(UnicodeTranslateErrorType, "UnicodeTranslateError", UnicodeErrorType);
EXC_TYPE(WarningType, "Warning", ExceptionType);
EXC_TYPE(DeprecationWarningType, "DeprecationWarning", WarningType);
EXC_TYPE(PendingDeprecationWarningType, "PendingDeprecationWarning", WarningType);
EXC_TYPE(RuntimeWarningType, "RuntimeWarning", WarningType);
EXC_TYPE(SyntaxWarningType, "SyntaxWarning", WarningType);
EXC_TYPE(UserWarningType, "UserWarning", WarningType);
EXC_TYPE(FutureWarningType, "FutureWarning", WarningType);
EXC_TYPE(ImportWarningType, "ImportWarning", WarningType);
EXC_TYPE(UnicodeWarningType, "UnicodeWarning", WarningType);
EXC_TYPE(BytesWarningType, "BytesWarning", WarningType);
EXC_TYPE(ResourceWarningType, "ResourceWarning", WarningType);

/* In hierarchy order (every base before its subclasses). */
static Type *const all_exc_types[] = {
    &BaseExceptionType, &SystemExitType, &KeyboardInterruptType, &GeneratorExitType, &ExceptionType,
    &StopIterationType, &StopAsyncIterationType, &ArithmeticErrorType, &FloatingPointErrorType,
    &OverflowErrorType, &ZeroDivisionErrorType, &AssertionErrorType, &AttributeErrorType, &BufferErrorType,
    &EOFErrorType, &ImportErrorType, &ModuleNotFoundErrorType, &LookupErrorType, &IndexErrorType,
    &KeyErrorType, &MemoryErrorType, &NameErrorType, &UnboundLocalErrorType, &OSErrorType,
    &ConnectionErrorType, &FileExistsErrorType, &FileNotFoundErrorType, &InterruptedErrorType,
    &IsADirectoryErrorType, &NotADirectoryErrorType, &PermissionErrorType, &TimeoutErrorType,
    &ReferenceErrorType, &RuntimeErrorType, &NotImplementedErrorType, &RecursionErrorType, &SyntaxErrorType,
    &IndentationErrorType, &TabErrorType, &SystemErrorType, &TypeErrorType, &ValueErrorType, &UnicodeErrorType,
    &UnicodeDecodeErrorType, &UnicodeEncodeErrorType, &UnicodeTranslateErrorType, &WarningType,
    &DeprecationWarningType, &PendingDeprecationWarningType, &RuntimeWarningType, &SyntaxWarningType,
    &UserWarningType, &FutureWarningType, &ImportWarningType, &UnicodeWarningType, &BytesWarningType,
    &ResourceWarningType, NULL,
};

/* ---- BaseException methods ------------------------------------------------------------- */

static Value be_init(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 1 || !val_is_exc(args[0]))
        return vm_raise(vm, &TypeErrorType, "descriptor '__init__' requires a 'BaseException' object");
    if (kwnames && kwnames->len > 0)
        return vm_raise(vm, &TypeErrorType, "%s() takes no keyword arguments", type_name_of(args[0]));
    AS(ExcObj, args[0])->args = AS(Tuple, tuple_from_array(vm, args + 1, nargs - 1));
    return VAL_NONE;
}

static Value be_new(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs < 1 || !val_is_type(args[0], &TypeType))
        return vm_raise(vm, &TypeErrorType, "BaseException.__new__(X): X is not a type object");
    Type *t = AS(Type, args[0]);
    if (!(t->flags & TYPE_EXC))
        return vm_raise(vm, &TypeErrorType, "BaseException.__new__(%s): %s is not a subtype of BaseException",
                        t->name, t->name);
    Value e = instance_new(vm, t);
    AS(ExcObj, e)->args = AS(Tuple, tuple_from_array(vm, args + 1, nargs - 1));
    return e;
}

static Value be_str(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs != 1 || !val_is_exc(args[0])) return vm_raise(vm, &TypeErrorType, "__str__() takes no arguments");
    return exc_str(vm, args[0]);
}

static Value ke_str(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs != 1 || !val_is_exc(args[0])) return vm_raise(vm, &TypeErrorType, "__str__() takes no arguments");
    return keyerror_str(vm, args[0]);
}

static Value be_repr(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs != 1 || !val_is_exc(args[0])) return vm_raise(vm, &TypeErrorType, "__repr__() takes no arguments");
    return exc_repr(vm, args[0]);
}

static Value be_with_traceback(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs != 2) return vm_raise(vm, &TypeErrorType, "BaseException.with_traceback() takes exactly one argument (%d given)", nargs - 1);
    return args[0];
}

static const MethodDef base_exception_methods[] = {
    {"__init__", be_init, 0},
    {"__new__", be_new, METH_STATIC},
    {"__str__", be_str, 0},
    {"__repr__", be_repr, 0},
    {"with_traceback", be_with_traceback, 0},
    {NULL, NULL, 0},
};

static const MethodDef key_error_methods[] = {
    {"__str__", ke_str, 0},
    {NULL, NULL, 0},
};

void exc_init(VM *vm) {
    for (int i = 0; all_exc_types[i]; i++) {
        Type *t = all_exc_types[i];
        type_init_static(vm, t);
        if (!t->inst_keys) t->inst_keys = dict_new(vm);
        dict_set_str(vm, vm->builtins, str_intern_cstr(vm, t->name), OBJ_VAL(t));
    }
    type_add_methods(vm, &BaseExceptionType, base_exception_methods);
    type_add_methods(vm, &KeyErrorType, key_error_methods);
    dict_set_str(vm, vm->builtins, str_intern_cstr(vm, "EnvironmentError"), OBJ_VAL(&OSErrorType));
    dict_set_str(vm, vm->builtins, str_intern_cstr(vm, "IOError"), OBJ_VAL(&OSErrorType));
}

/* ---- creating and raising ------------------------------------------------------------------ */

Value exc_new(VM *vm, Type *type, Value *args, int nargs) {
    Value e = instance_new(vm, type);
    if (nargs > 0) AS(ExcObj, e)->args = AS(Tuple, tuple_from_array(vm, args, nargs));
    return e;
}

void exc_set_context(VM *vm, Value exc) {
    if (!val_is_exc(exc)) return;
    Value handled = VAL_NONE;
    for (Frame *f = vm->frame; f; f = f->prev)
        if (f->handled_exc != VAL_NONE && f->handled_exc != 0 && f->handled_exc != VAL_NULL) {
            handled = f->handled_exc;
            break;
        }
    if (!val_is_exc(handled) || handled == exc) return;
    /* break a cycle exc -> ... -> handled -> ... -> exc */
    Value o = handled;
    int guard = 0;
    while (guard++ < 10000) {
        Value c = AS(ExcObj, o)->context;
        if (!val_is_exc(c)) break;
        if (c == exc) {
            AS(ExcObj, o)->context = VAL_NONE;
            break;
        }
        o = c;
    }
    AS(ExcObj, exc)->context = handled;
}

static Value raise_exc(VM *vm, Value e) {
    exc_set_context(vm, e);
    vm->exc = e;
    return VAL_ERR;
}

Value vm_raise(VM *vm, Type *type, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    Str *msg;
    if ((size_t)n < sizeof small) {
        msg = str_new(vm, small, n);
    } else {
        char *big = malloc((size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        msg = str_new(vm, big, n);
        free(big);
    }
    Value arg = OBJ_VAL(msg);
    return raise_exc(vm, exc_new(vm, type, &arg, 1));
}

Value vm_raise_str(VM *vm, Type *type, Value msg) { return raise_exc(vm, exc_new(vm, type, &msg, 1)); }

/* An exception instance from a class or instance; VAL_ERR (raised) otherwise. */
static Value exc_instantiate(VM *vm, Value exc, const char *what) {
    if (val_is_type(exc, &TypeType) && (AS(Type, exc)->flags & TYPE_EXC)) {
        Value e = vm_call(vm, exc, NULL, 0, NULL);
        if (e == VAL_ERR) return e;
        if (!val_is_exc(e))
            return vm_raise(vm, &TypeErrorType,
                            "calling %s should have returned an instance of BaseException, not %s",
                            AS(Type, exc)->name, type_name_of(e));
        return e;
    }
    if (val_is_exc(exc)) return exc;
    return vm_raise(vm, &TypeErrorType, "%s must derive from BaseException", what);
}

Value vm_raise_value(VM *vm, Value exc) {
    Value e = exc_instantiate(vm, exc, "exceptions");
    if (e == VAL_ERR) return e;
    return raise_exc(vm, e);
}

Value vm_raise_from(VM *vm, Value exc, Value cause) {
    Value e = exc_instantiate(vm, exc, "exceptions");
    if (e == VAL_ERR) return e;
    Value c = VAL_NONE;
    if (cause != VAL_NONE) {
        c = exc_instantiate(vm, cause, "exception causes");
        if (c == VAL_ERR) return c;
    }
    AS(ExcObj, e)->cause = c;
    AS(ExcObj, e)->suppress_context = 1;
    return raise_exc(vm, e);
}

bool vm_exc_matches(VM *vm, Type *type) {
    return vm->exc != VAL_NULL && vm->exc != 0 && val_isinstance(vm->exc, type);
}

void vm_exc_clear(VM *vm) { vm->exc = VAL_NULL; }

static bool spec_is_exc_class(Value v) { return val_is_type(v, &TypeType) && (AS(Type, v)->flags & TYPE_EXC); }

int exc_matches_value(VM *vm, Value exc, Value spec) {
    if (val_is_type(spec, &TupleType)) {
        Tuple *t = AS(Tuple, spec);
        for (int64_t i = 0; i < t->len; i++)
            if (!spec_is_exc_class(t->items[i]) && !val_is_type(t->items[i], &TupleType)) goto bad;
        for (int64_t i = 0; i < t->len; i++) {
            int r = exc_matches_value(vm, exc, t->items[i]);
            if (r != 0) return r;
        }
        return 0;
    }
    if (!spec_is_exc_class(spec)) goto bad;
    return val_isinstance(exc, AS(Type, spec));
bad:
    vm_raise(vm, &TypeErrorType, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

void exc_add_traceback(VM *vm, ExcObj *e, Code *code, int line) {
    if (e->ntb == e->captb) {
        int32_t cap = e->captb ? e->captb * 2 : 8;
        TbEntry *tb = realloc(e->tb, (size_t)cap * sizeof(TbEntry));
        if (!tb) return;
        gc_note_external(vm, (int64_t)(cap - e->captb) * (int64_t)sizeof(TbEntry));
        e->tb = tb;
        e->captb = cap;
    }
    /* prepend: entries are kept outermost first, innermost last */
    memmove(e->tb + 1, e->tb, (size_t)e->ntb * sizeof(TbEntry));
    e->tb[0].code = code;
    e->tb[0].line = line;
    e->ntb++;
}

/* ---- printing ---------------------------------------------------------------------------- */

typedef struct SrcCache { const char *path; char *buf; size_t len; bool failed; } SrcCache;

/* Writes line `lineno` of the file, stripped, as "    <text>\n" (nothing if unavailable). */
static void print_source_line(SrcCache *c, const char *path, int lineno) {
    if (!path || lineno < 1) return;
    if (!c->path || strcmp(c->path, path) != 0) {
        free(c->buf);
        c->buf = read_file(path, &c->len);
        c->path = path;
        c->failed = c->buf == NULL;
    }
    if (c->failed) return;
    const char *p = c->buf, *end = c->buf + c->len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            p = end;
            break;
        }
        p = nl + 1;
    }
    if (p >= end) return;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) e = end;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\r' || *p == '\v')) p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\f' || e[-1] == '\v')) e--;
    if (e > p) fprintf(stderr, "    %.*s\n", (int)(e - p), p);
}

#define TB_LIMIT 1000
#define TB_RECURSIVE_CUTOFF 3

static void print_repeated(long cnt) {
    if (cnt > TB_RECURSIVE_CUTOFF) {
        cnt -= TB_RECURSIVE_CUTOFF;
        fprintf(stderr, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
    }
}

static void print_tb(ExcObj *e, SrcCache *cache) {
    if (e->ntb <= 0) return;
    fprintf(stderr, "Traceback (most recent call last):\n");
    int32_t start = e->ntb > TB_LIMIT ? e->ntb - TB_LIMIT : 0;
    const Code *last_code = NULL;
    int last_line = -1;
    long cnt = 0;
    for (int32_t i = start; i < e->ntb; i++) {
        Code *co = e->tb[i].code;
        int line = e->tb[i].line;
        if (!last_code || co != last_code || line != last_line) {
            print_repeated(cnt);
            last_code = co;
            last_line = line;
            cnt = 0;
        }
        cnt++;
        if (cnt > TB_RECURSIVE_CUTOFF) continue;
        const char *file = co && co->filename ? co->filename->data : "<unknown>";
        const char *name = co && co->name ? co->name->data : "<module>";
        fprintf(stderr, "  File \"%s\", line %d, in %s\n", file, line, name);
        print_source_line(cache, co && co->filename ? co->filename->data : NULL, line);
    }
    print_repeated(cnt);
}

static void print_exc_line(VM *vm, Value exc) {
    Type *t = val_type(exc);
    const char *qn = type_qualname(vm, t);
    Str *mod = t->module;
    bool plain = !mod || name_is(mod, "builtins") || name_is(mod, "__main__") || !(t->flags & TYPE_USER);
    Value saved = vm->exc;
    Value s = value_str(vm, exc);
    if (s == VAL_ERR) {
        vm->exc = saved;
        if (plain) fprintf(stderr, "%s: <exception str() failed>\n", qn);
        else fprintf(stderr, "%s.%s: <exception str() failed>\n", mod->data, qn);
        return;
    }
    Str *ss = AS(Str, s);
    if (plain) fputs(qn, stderr);
    else fprintf(stderr, "%s.%s", mod->data, qn);
    if (ss->nbytes > 0) {
        fputs(": ", stderr);
        fwrite(ss->data, 1, (size_t)ss->nbytes, stderr);
    }
    fputc('\n', stderr);
}

#define MAX_CHAIN 64

static void print_chain(VM *vm, Value exc, Value *seen, int *nseen, SrcCache *cache) {
    if (*nseen >= MAX_CHAIN) return;
    seen[(*nseen)++] = exc;
    ExcObj *e = AS(ExcObj, exc);
    Value cause = e->cause == 0 ? VAL_NONE : e->cause;
    Value ctx = e->context == 0 ? VAL_NONE : e->context;
    bool done = false;
    if (val_is_exc(cause)) {
        bool dup = false;
        for (int i = 0; i < *nseen; i++) dup |= seen[i] == cause;
        if (!dup) {
            print_chain(vm, cause, seen, nseen, cache);
            fprintf(stderr, "\nThe above exception was the direct cause of the following exception:\n\n");
        }
        done = true;
    }
    if (!done && !e->suppress_context && val_is_exc(ctx)) {
        bool dup = false;
        for (int i = 0; i < *nseen; i++) dup |= seen[i] == ctx;
        if (!dup) {
            print_chain(vm, ctx, seen, nseen, cache);
            fprintf(stderr, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_tb(e, cache);
    print_exc_line(vm, exc);
}

void exc_print(VM *vm, Value exc) {
    fflush(stdout);
    if (!val_is_exc(exc)) {
        Value r = value_repr(vm, exc);
        if (r == VAL_ERR) vm_exc_clear(vm);
        else fprintf(stderr, "%s\n", AS(Str, r)->data);
        return;
    }
    Value seen[MAX_CHAIN];
    int nseen = 0;
    SrcCache cache = {0};
    print_chain(vm, exc, seen, &nseen, &cache);
    free(cache.buf);
    fflush(stderr);
}
