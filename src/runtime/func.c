/* func.c - function, builtin function/method, bound method, cell, code and
 * module objects. */
#include "../jit/tier2.h"
#include <stdlib.h>
#include <string.h>

#include "runtime/core.h"

/* ---- helpers ---------------------------------------------------------------- */

static bool name_is(Str *s, const char *lit) {
    size_t n = strlen(lit);
    return (size_t)s->nbytes == n && memcmp(s->data, lit, n) == 0;
}

static Value str_val(VM *vm, const char *s) { return OBJ_VAL(str_from_cstr(vm, s)); }

/* ---- Function ------------------------------------------------------------------ */

static void function_trace(VM *vm, Obj *o) {
    Function *f = (Function *)o;
    gc_mark_obj(vm, f->code);
    gc_mark_obj(vm, f->globals);
    gc_mark_obj(vm, f->defaults);
    gc_mark_obj(vm, f->kwdefaults);
    gc_mark_obj(vm, f->closure);
    gc_mark_obj(vm, f->name);
    gc_mark_obj(vm, f->qualname);
    gc_mark_value(vm, f->module_name);
}

static Value function_repr(VM *vm, Value self) {
    Function *f = AS(Function, self);
    Str *q = f->qualname ? f->qualname : f->name;
    return str_fromf(vm, "<function %s at %p>", q ? q->data : "?", (void *)f);
}

static Value function_getattr(VM *vm, Value self, Str *name) {
    Function *f = AS(Function, self);
    if (name->nbytes < 4 || name->data[0] != '_' || name->data[1] != '_') return VAL_UNDEF;
    if (name_is(name, "__name__")) return f->name ? OBJ_VAL(f->name) : VAL_NONE;
    if (name_is(name, "__qualname__")) {
        Str *q = f->qualname ? f->qualname : f->name;
        return q ? OBJ_VAL(q) : VAL_NONE;
    }
    if (name_is(name, "__module__")) {
        if (f->module_name != 0 && f->module_name != VAL_UNDEF && f->module_name != VAL_NULL)
            return f->module_name;
        return VAL_NONE;
    }
    if (name_is(name, "__doc__")) return VAL_NONE;
    if (name_is(name, "__defaults__")) return f->defaults ? OBJ_VAL(f->defaults) : VAL_NONE;
    if (name_is(name, "__kwdefaults__")) return f->kwdefaults ? OBJ_VAL(f->kwdefaults) : VAL_NONE;
    if (name_is(name, "__code__")) return f->code ? OBJ_VAL(f->code) : VAL_NONE;
    if (name_is(name, "__globals__")) return f->globals ? OBJ_VAL(f->globals) : VAL_NONE;
    if (name_is(name, "__closure__")) return f->closure ? OBJ_VAL(f->closure) : VAL_NONE;
    if (name_is(name, "__dict__")) return OBJ_VAL(dict_new(vm));
    if (name_is(name, "__annotations__")) return OBJ_VAL(dict_new(vm));
    return VAL_UNDEF;
}

Type FunctionType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "function",
    .base = &ObjectType,
    .trace = function_trace,
    .repr = function_repr,
    .hash = object_hash_identity,
    .getattr = function_getattr,
};

/* ---- NativeFunc ------------------------------------------------------------------ */

static void native_trace(VM *vm, Obj *o) {
    NativeFunc *f = (NativeFunc *)o;
    gc_mark_value(vm, f->self);
    gc_mark_obj(vm, f->owner);
}

static Value native_repr(VM *vm, Value self) {
    NativeFunc *f = AS(NativeFunc, self);
    if (f->self != VAL_NULL && f->self != 0) {
        return str_fromf(vm, "<built-in method %s of %s object at %p>", f->name,
                         type_name_of(f->self),
                         val_is_obj(f->self) ? (void *)val_as_obj(f->self) : (void *)(uintptr_t)f->self);
    }
    if (f->owner) return str_fromf(vm, "<method '%s' of '%s' objects>", f->name, f->owner->name);
    return str_fromf(vm, "<built-in function %s>", f->name);
}

static Value native_getattr(VM *vm, Value self, Str *name) {
    NativeFunc *f = AS(NativeFunc, self);
    if (name->nbytes < 4 || name->data[0] != '_' || name->data[1] != '_') return VAL_UNDEF;
    if (name_is(name, "__name__")) return str_val(vm, f->name);
    if (name_is(name, "__qualname__")) {
        if (f->owner) return str_fromf(vm, "%s.%s", f->owner->name, f->name);
        return str_val(vm, f->name);
    }
    if (name_is(name, "__self__")) {
        if (f->self != VAL_NULL && f->self != 0) return f->self;
        return VAL_NONE;
    }
    if (name_is(name, "__doc__")) return VAL_NONE;
    if (name_is(name, "__module__")) return f->owner ? VAL_NONE : str_val(vm, "builtins");
    return VAL_UNDEF;
}

static Value native_richcmp(VM *vm, Value a, Value b, int op) {
    (void)vm;
    if ((op != CMP_EQ && op != CMP_NE) || !val_is_type(a, &NativeFuncType) || !val_is_type(b, &NativeFuncType))
        return VAL_NOTIMPL;
    NativeFunc *x = AS(NativeFunc, a), *y = AS(NativeFunc, b);
    bool eq = x->fn == y->fn && x->self == y->self && x->owner == y->owner;
    return val_from_bool(op == CMP_EQ ? eq : !eq);
}

static int native_hash(VM *vm, Value self, int64_t *out) {
    NativeFunc *f = AS(NativeFunc, self);
    int64_t h1 = 0, h2 = (int64_t)((uintptr_t)f->fn >> 4);
    if (f->self != VAL_NULL && f->self != 0) object_hash_identity(vm, f->self, &h1);
    int64_t h = h1 ^ h2;
    if (h == -1) h = -2;
    *out = h;
    return 0;
}

Type NativeFuncType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "builtin_function_or_method",
    .base = &ObjectType,
    .trace = native_trace,
    .repr = native_repr,
    .hash = native_hash,
    .richcmp = native_richcmp,
    .getattr = native_getattr,
};

Value native_func_new(VM *vm, const char *name, NativeFn fn, Type *owner, int flags) {
    NativeFunc *f = gc_new(vm, &NativeFuncType, sizeof(NativeFunc));
    f->name = name;
    f->fn = fn;
    f->self = VAL_NULL;
    f->owner = owner;
    f->flags = flags;
    return OBJ_VAL(f);
}

/* ---- BoundMethod ------------------------------------------------------------------ */

static void bound_trace(VM *vm, Obj *o) {
    BoundMethod *m = (BoundMethod *)o;
    gc_mark_value(vm, m->self);
    gc_mark_value(vm, m->func);
}

static Value bound_repr(VM *vm, Value self) {
    BoundMethod *m = AS(BoundMethod, self);
    Value qn = value_getattr_opt(vm, m->func, vm->names.__qualname__);
    if (qn == VAL_ERR) return VAL_ERR;
    if (qn == VAL_UNDEF || !val_is_str(qn)) {
        qn = value_getattr_opt(vm, m->func, vm->names.__name__);
        if (qn == VAL_ERR) return VAL_ERR;
    }
    Value r = value_repr(vm, m->self);
    if (r == VAL_ERR) return VAL_ERR;
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, "<bound method ");
    if (qn != VAL_UNDEF && val_is_str(qn)) sb_put_str(&b, AS(Str, qn));
    else sb_puts(&b, "?");
    sb_puts(&b, " of ");
    sb_put_str(&b, AS(Str, r));
    sb_puts(&b, ">");
    return sb_finish(vm, &b);
}

static Value bound_getattr(VM *vm, Value self, Str *name) {
    BoundMethod *m = AS(BoundMethod, self);
    if (name_is(name, "__self__")) return m->self;
    if (name_is(name, "__func__")) return m->func;
    /* everything else is forwarded to the function (__name__, __doc__, ...) */
    Value v = value_getattr_opt(vm, m->func, name);
    return v;
}

static Value bound_richcmp(VM *vm, Value a, Value b, int op) {
    (void)vm;
    if ((op != CMP_EQ && op != CMP_NE) || !val_is_type(a, &BoundMethodType) || !val_is_type(b, &BoundMethodType))
        return VAL_NOTIMPL;
    BoundMethod *x = AS(BoundMethod, a), *y = AS(BoundMethod, b);
    bool eq = x->self == y->self && x->func == y->func;
    return val_from_bool(op == CMP_EQ ? eq : !eq);
}

static int bound_hash(VM *vm, Value self, int64_t *out) {
    BoundMethod *m = AS(BoundMethod, self);
    int64_t h1, h2;
    object_hash_identity(vm, m->self, &h1);
    object_hash_identity(vm, m->func, &h2);
    int64_t h = h1 ^ h2;
    if (h == -1) h = -2;
    *out = h;
    return 0;
}

Type BoundMethodType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "method",
    .base = &ObjectType,
    .trace = bound_trace,
    .repr = bound_repr,
    .hash = bound_hash,
    .richcmp = bound_richcmp,
    .getattr = bound_getattr,
};

Value bound_method_new(VM *vm, Value self, Value func) {
    if (val_is_type(func, &NativeFuncType)) {
        NativeFunc *src = AS(NativeFunc, func);
        NativeFunc *f = gc_new(vm, &NativeFuncType, sizeof(NativeFunc));
        f->name = src->name;
        f->fn = src->fn;
        f->self = self;
        f->owner = src->owner;
        f->flags = src->flags;
        return OBJ_VAL(f);
    }
    BoundMethod *m = gc_new(vm, &BoundMethodType, sizeof(BoundMethod));
    m->self = self;
    m->func = func;
    return OBJ_VAL(m);
}

/* ---- Cell ------------------------------------------------------------------------- */

static void cell_trace(VM *vm, Obj *o) { gc_mark_value(vm, ((Cell *)o)->value); }

static Value cell_repr(VM *vm, Value self) {
    Cell *c = AS(Cell, self);
    if (c->value == VAL_UNDEF) return str_fromf(vm, "<cell at %p: empty>", (void *)c);
    return str_fromf(vm, "<cell at %p: %s object at %p>", (void *)c, type_name_of(c->value),
                     val_is_obj(c->value) ? (void *)val_as_obj(c->value) : (void *)(uintptr_t)(c->value >> 1));
}

static Value cell_getattr(VM *vm, Value self, Str *name) {
    Cell *c = AS(Cell, self);
    if (name_is(name, "cell_contents")) {
        if (c->value == VAL_UNDEF) return vm_raise(vm, &ValueErrorType, "Cell is empty");
        return c->value;
    }
    return VAL_UNDEF;
}

Type CellType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "cell",
    .base = &ObjectType,
    .trace = cell_trace,
    .repr = cell_repr,
    .hash = object_hash_identity,
    .getattr = cell_getattr,
};

/* ---- Code ------------------------------------------------------------------------- */

static void code_trace(VM *vm, Obj *o) {
    Code *c = (Code *)o;
    gc_mark_obj(vm, c->consts);
    gc_mark_obj(vm, c->names);
    gc_mark_obj(vm, c->localsplus);
    gc_mark_obj(vm, c->name);
    gc_mark_obj(vm, c->qualname);
    gc_mark_obj(vm, c->filename);
}

static void code_finalize(Obj *o) {
    tier2_code_free((Code *)o);
    Code *c = (Code *)o;
    free(c->code);
    free(c->lines);
    free(c->exctable);
    free(c->cell2arg);
    c->code = NULL;
    c->lines = NULL;
    c->exctable = NULL;
    c->cell2arg = NULL;
}

static Value code_repr(VM *vm, Value self) {
    Code *c = AS(Code, self);
    return str_fromf(vm, "<code object %s at %p, file \"%s\", line %d>", c->name ? c->name->data : "?",
                     (void *)c, c->filename ? c->filename->data : "?", (int)c->firstlineno);
}

static Value code_getattr(VM *vm, Value self, Str *name) {
    (void)vm;
    Code *c = AS(Code, self);
    if (name_is(name, "co_name")) return c->name ? OBJ_VAL(c->name) : VAL_NONE;
    if (name_is(name, "co_qualname")) return c->qualname ? OBJ_VAL(c->qualname) : VAL_NONE;
    if (name_is(name, "co_filename")) return c->filename ? OBJ_VAL(c->filename) : VAL_NONE;
    if (name_is(name, "co_firstlineno")) return val_from_smallint(c->firstlineno);
    if (name_is(name, "co_argcount")) return val_from_smallint(c->argcount);
    if (name_is(name, "co_kwonlyargcount")) return val_from_smallint(c->kwonlyargcount);
    if (name_is(name, "co_nlocals")) return val_from_smallint(c->nlocals);
    if (name_is(name, "co_consts")) return c->consts ? OBJ_VAL(c->consts) : VAL_NONE;
    if (name_is(name, "co_names")) return c->names ? OBJ_VAL(c->names) : VAL_NONE;
    return VAL_UNDEF;
}

Type CodeType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "code",
    .base = &ObjectType,
    .trace = code_trace,
    .finalize = code_finalize,
    .repr = code_repr,
    .hash = object_hash_identity,
    .getattr = code_getattr,
};

/* ---- Module ------------------------------------------------------------------------- */

static void module_trace(VM *vm, Obj *o) {
    Module *m = (Module *)o;
    gc_mark_obj(vm, m->name);
    gc_mark_obj(vm, m->dict);
    gc_mark_obj(vm, m->file);
}

static Value module_repr(VM *vm, Value self) {
    Module *m = AS(Module, self);
    const char *n = m->name ? m->name->data : "?";
    if (m->file) return str_fromf(vm, "<module '%s' from '%s'>", n, m->file->data);
    return str_fromf(vm, "<module '%s' (built-in)>", n);
}

Type ModuleType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "module",
    .base = &ObjectType,
    .trace = module_trace,
    .repr = module_repr,
    .hash = object_hash_identity,
};

Value module_new(VM *vm, Str *name) {
    Module *m = gc_new(vm, &ModuleType, sizeof(Module));
    m->name = name;
    m->dict = dict_new(vm);
    dict_set_str(vm, m->dict, vm->names.__name__, OBJ_VAL(name));
    dict_set_str(vm, m->dict, vm->names.__doc__, VAL_NONE);
    return OBJ_VAL(m);
}

/* ---- init --------------------------------------------------------------------------- */

void func_types_init(VM *vm) {
    type_init_static(vm, &FunctionType);
    type_init_static(vm, &NativeFuncType);
    type_init_static(vm, &BoundMethodType);
    type_init_static(vm, &CellType);
    type_init_static(vm, &CodeType);
    type_init_static(vm, &ModuleType);
}
