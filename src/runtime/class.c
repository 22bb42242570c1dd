/* class.c - object, type, user classes and instances, super, staticmethod,
 * classmethod, property, NotImplemented, and the object-model builtins
 * (isinstance, getattr, id, hash, repr, iter, next, ...). */
#include <stdlib.h>
#include <string.h>

#include "runtime/core.h"

static bool name_is(Str *s, const char *lit) {
    size_t n = strlen(lit);
    return (size_t)s->nbytes == n && memcmp(s->data, lit, n) == 0;
}

static bool is_type_value(Value v) { return val_is_type(v, &TypeType); }

/* ---- instances -------------------------------------------------------------- */

void instance_trace(VM *vm, Obj *o) {
    Instance *in = (Instance *)o;
    for (int32_t i = 0; i < in->nslots; i++) gc_mark_value(vm, in->slots[i]);
}

void instance_finalize(Obj *o) {
    Instance *in = (Instance *)o;
    free(in->slots);
    in->slots = NULL;
    in->nslots = 0;
}

void instance_ensure_slots(VM *vm, Instance *in, int32_t n) {
    if (n <= in->nslots) return;
    int32_t newn = n;
    if (in->nslots > 0 && newn < in->nslots * 2) newn = in->nslots * 2;
    Value *s = realloc(in->slots, (size_t)newn * sizeof(Value));
    if (!s) {
        fprintf(stderr, "glassjit: out of memory\n");
        abort();
    }
    for (int32_t i = in->nslots; i < newn; i++) s[i] = VAL_UNDEF;
    gc_note_external(vm, (int64_t)(newn - in->nslots) * (int64_t)sizeof(Value));
    in->slots = s;
    in->nslots = newn;
}

Value instance_new(VM *vm, Type *t) {
    Instance *in;
    if (t->flags & TYPE_EXC) {
        size_t sz = t->inst_size > sizeof(ExcObj) ? t->inst_size : sizeof(ExcObj);
        ExcObj *e = gc_new(vm, t, sz);
        e->args = tuple_new(vm, 0);
        e->cause = VAL_NONE;
        e->context = VAL_NONE;
        in = &e->inst;
    } else {
        size_t sz = t->inst_size > sizeof(Instance) ? t->inst_size : sizeof(Instance);
        in = gc_new(vm, t, sz);
    }
    if (t->inst_keys && t->inst_keys->len > 0) instance_ensure_slots(vm, in, (int32_t)t->inst_keys->len);
    return OBJ_VAL(in);
}

/* ---- identity hash, default repr ------------------------------------------------ */

int object_hash_identity(VM *vm, Value self, int64_t *out) {
    (void)vm;
    uint64_t p = val_is_obj(self) ? (uint64_t)(uintptr_t)val_as_obj(self) : (uint64_t)self;
    uint64_t y = (p >> 4) | (p << 60);
    int64_t h = (int64_t)y;
    if (h == -1) h = -2;
    *out = h;
    return 0;
}

/* The qualname stored in a user class's dict (falls back to the name). */
static Str *type_qualname_str(VM *vm, Type *t) {
    if ((t->flags & TYPE_USER) && t->dict) {
        Value q = dict_get_str(t->dict, vm->names.__qualname__);
        if (val_is_str(q)) return AS(Str, q);
    }
    return t->name_str ? t->name_str : str_from_cstr(vm, t->name);
}

const char *type_qualname(VM *vm, Type *t) { return type_qualname_str(vm, t)->data; }

static bool module_is_builtins(Str *m) { return !m || name_is(m, "builtins"); }

Value object_default_repr(VM *vm, Value self) {
    Type *t = val_type(self);
    void *addr = val_is_obj(self) ? (void *)val_as_obj(self) : (void *)(uintptr_t)self;
    Str *q = type_qualname_str(vm, t);
    if ((t->flags & TYPE_USER) && !module_is_builtins(t->module))
        return str_fromf(vm, "<%s.%s object at %p>", t->module->data, q->data, addr);
    return str_fromf(vm, "<%s object at %p>", q->data, addr);
}

/* ---- object ------------------------------------------------------------------- */

static Value object_richcmp(VM *vm, Value a, Value b, int op) {
    (void)vm;
    if (op == CMP_EQ) return a == b ? VAL_TRUE : VAL_NOTIMPL;
    if (op == CMP_NE) return a == b ? VAL_FALSE : VAL_NOTIMPL;
    return VAL_NOTIMPL;
}

static Value object_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)args;
    if (nargs > 0 || (kwnames && kwnames->len > 0)) return vm_raise(vm, &TypeErrorType, "object() takes no arguments");
    return instance_new(vm, t);
}

Type ObjectType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "object",
    .base = NULL,
    .flags = TYPE_BASETYPE,
    .trace = instance_trace,
    .finalize = instance_finalize,
    .repr = object_default_repr,
    .hash = object_hash_identity,
    .richcmp = object_richcmp,
    .construct = object_construct,
};

/* object's methods double as "slot wrappers" for builtin types: on an
 * instance of a builtin type they dispatch to that type's slot. */
static Value om_init(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 1) return vm_raise(vm, &TypeErrorType, "descriptor '__init__' of 'object' object needs an argument");
    if (nargs > 1 || (kwnames && kwnames->len > 0)) {
        Type *t = val_type(args[0]);
        if (type_lookup_user(t, vm->names.__init__) != VAL_UNDEF)
            return vm_raise(vm, &TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)");
        return vm_raise(vm, &TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", t->name);
    }
    return VAL_NONE;
}

static Value om_new(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 1) return vm_raise(vm, &TypeErrorType, "object.__new__(): not enough arguments");
    if (!is_type_value(args[0]))
        return vm_raise(vm, &TypeErrorType, "object.__new__(X): X is not a type object (%s)", type_name_of(args[0]));
    Type *t = AS(Type, args[0]);
    if (t->flags & TYPE_EXC) return vm_raise(vm, &TypeErrorType, "object.__new__(%s) is not safe, use BaseException.__new__()", t->name);
    if (!(t->flags & TYPE_USER) && t != &ObjectType)
        return vm_raise(vm, &TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", t->name, t->name);
    if (nargs > 1 || (kwnames && kwnames->len > 0)) {
        if (type_lookup_user(t, vm->names.__new__) != VAL_UNDEF)
            return vm_raise(vm, &TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type_lookup_user(t, vm->names.__init__) == VAL_UNDEF)
            return vm_raise(vm, &TypeErrorType, "%s() takes no arguments", t->name);
    }
    return instance_new(vm, t);
}

static Value om_repr(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (args_check(vm, "object.__repr__", nargs, 1, 1) < 0) return VAL_ERR;
    if (val_type(args[0])->flags & TYPE_USER) return object_default_repr(vm, args[0]);
    return value_repr(vm, args[0]);
}

static Value om_str(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (args_check(vm, "object.__str__", nargs, 1, 1) < 0) return VAL_ERR;
    if (val_type(args[0])->flags & TYPE_USER) return value_repr(vm, args[0]);
    return value_str(vm, args[0]);
}

static Value om_cmp(VM *vm, Value *args, int nargs, int op) {
    if (nargs != 2) return vm_raise(vm, &TypeErrorType, "expected 1 argument, got %d", nargs - 1);
    Type *t = type_slot_base(val_type(args[0]));
    if (val_type(args[0])->flags & TYPE_USER) t = &ObjectType;
    if (!t->richcmp) return object_richcmp(vm, args[0], args[1], op);
    return t->richcmp(vm, args[0], args[1], op);
}
static Value om_eq(VM *vm, Value *a, int n, Tuple *k) { (void)k; return om_cmp(vm, a, n, CMP_EQ); }
static Value om_ne(VM *vm, Value *a, int n, Tuple *k) {
    (void)k;
    if (n == 2 && (val_type(a[0])->flags & TYPE_USER)) {
        /* object.__ne__ inverts the type's __eq__ */
        Value r = value_richcmp(vm, a[0], a[1], CMP_EQ);
        if (r == VAL_ERR) return r;
        int tr = value_truthy(vm, r);
        if (tr < 0) return VAL_ERR;
        return val_from_bool(!tr);
    }
    return om_cmp(vm, a, n, CMP_NE);
}
static Value om_lt(VM *vm, Value *a, int n, Tuple *k) { (void)k; return om_cmp(vm, a, n, CMP_LT); }
static Value om_le(VM *vm, Value *a, int n, Tuple *k) { (void)k; return om_cmp(vm, a, n, CMP_LE); }
static Value om_gt(VM *vm, Value *a, int n, Tuple *k) { (void)k; return om_cmp(vm, a, n, CMP_GT); }
static Value om_ge(VM *vm, Value *a, int n, Tuple *k) { (void)k; return om_cmp(vm, a, n, CMP_GE); }

static Value om_hash(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (args_check(vm, "object.__hash__", nargs, 1, 1) < 0) return VAL_ERR;
    int64_t h;
    if (val_type(args[0])->flags & TYPE_USER) object_hash_identity(vm, args[0], &h);
    else if (value_hash(vm, args[0], &h) < 0) return VAL_ERR;
    return int_from_i64(vm, h);
}

static Value om_setattr(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs != 3) return vm_raise(vm, &TypeErrorType, "expected 2 arguments, got %d", nargs - 1);
    if (!val_is_str(args[1]))
        return vm_raise(vm, &TypeErrorType, "attribute name must be string, not '%s'", type_name_of(args[1]));
    if (object_generic_setattr(vm, args[0], str_intern(vm, AS(Str, args[1])), args[2]) < 0) return VAL_ERR;
    return VAL_NONE;
}

static Value om_delattr(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs != 2) return vm_raise(vm, &TypeErrorType, "expected 1 argument, got %d", nargs - 1);
    if (!val_is_str(args[1]))
        return vm_raise(vm, &TypeErrorType, "attribute name must be string, not '%s'", type_name_of(args[1]));
    if (object_generic_setattr(vm, args[0], str_intern(vm, AS(Str, args[1])), VAL_UNDEF) < 0) return VAL_ERR;
    return VAL_NONE;
}

static Value om_getattribute(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs != 2) return vm_raise(vm, &TypeErrorType, "expected 1 argument, got %d", nargs - 1);
    if (!val_is_str(args[1]))
        return vm_raise(vm, &TypeErrorType, "attribute name must be string, not '%s'", type_name_of(args[1]));
    return object_generic_getattr(vm, args[0], str_intern(vm, AS(Str, args[1])));
}

static Value om_format(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs != 2) return vm_raise(vm, &TypeErrorType, "__format__() takes exactly one argument (%d given)", nargs - 1);
    if (!val_is_str(args[1]))
        return vm_raise(vm, &TypeErrorType, "__format__() argument must be str, not %s", type_name_of(args[1]));
    if (AS(Str, args[1])->len > 0) {
        Type *t = val_type(args[0]);
        return vm_raise(vm, &TypeErrorType, "unsupported format string passed to %s.__format__", t->name);
    }
    return value_str(vm, args[0]);
}

static Value om_init_subclass(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)vm; (void)args; (void)nargs; (void)kwnames;
    return VAL_NONE;
}

static const MethodDef object_methods[] = {
    {"__init__", om_init, 0},
    {"__new__", om_new, METH_STATIC},
    {"__repr__", om_repr, 0},
    {"__str__", om_str, 0},
    {"__eq__", om_eq, 0},
    {"__ne__", om_ne, 0},
    {"__lt__", om_lt, 0},
    {"__le__", om_le, 0},
    {"__gt__", om_gt, 0},
    {"__ge__", om_ge, 0},
    {"__hash__", om_hash, 0},
    {"__setattr__", om_setattr, 0},
    {"__delattr__", om_delattr, 0},
    {"__getattribute__", om_getattribute, 0},
    {"__format__", om_format, 0},
    {"__init_subclass__", om_init_subclass, METH_CLASS},
    {NULL, NULL, 0},
};

/* ---- type ----------------------------------------------------------------------- */

static void type_trace(VM *vm, Obj *o) {
    Type *t = (Type *)o;
    gc_mark_obj(vm, t->name_str);
    gc_mark_obj(vm, t->base);
    gc_mark_obj(vm, t->dict);
    gc_mark_obj(vm, t->inst_keys);
    gc_mark_obj(vm, t->module);
    gc_mark_obj(vm, t->subclasses);
}

static Value type_repr(VM *vm, Value self) {
    Type *t = AS(Type, self);
    if ((t->flags & TYPE_USER) && !module_is_builtins(t->module))
        return str_fromf(vm, "<class '%s.%s'>", t->module->data, type_qualname_str(vm, t)->data);
    return str_fromf(vm, "<class '%s'>", type_qualname_str(vm, t)->data);
}

static Value type_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)t;
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs == 1 && nkw == 0) return OBJ_VAL(val_type(args[0]));
    if (nargs == 3 && nkw == 0) {
        /* type(name, bases, dict) */
        if (!val_is_str(args[0]))
            return vm_raise(vm, &TypeErrorType, "type.__new__() argument 1 must be str, not %s", type_name_of(args[0]));
        if (!val_is_type(args[1], &TupleType))
            return vm_raise(vm, &TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", type_name_of(args[1]));
        if (!val_is_type(args[2], &DictType))
            return vm_raise(vm, &TypeErrorType, "type.__new__() argument 3 must be dict, not %s", type_name_of(args[2]));
        Tuple *bases = AS(Tuple, args[1]);
        if (bases->len > 1) return vm_raise(vm, &TypeErrorType, "multiple inheritance is not supported by glassjit");
        Str *module = NULL;
        if (vm->frame && vm->frame->globals) {
            Value m = dict_get_str(vm->frame->globals, vm->names.__name__);
            if (val_is_str(m)) module = AS(Str, m);
        }
        if (!module) module = str_intern_cstr(vm, "__main__");
        Str *name = str_intern(vm, AS(Str, args[0]));
        return class_create(vm, name, name, bases->len ? bases->items[0] : VAL_NULL, AS(Dict, args[2]), module);
    }
    return vm_raise(vm, &TypeErrorType, "type() takes 1 or 3 arguments");
}

Type TypeType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "type",
    .base = &ObjectType,
    .trace = type_trace,
    .repr = type_repr,
    .hash = object_hash_identity,
    .construct = type_construct,
};

static Value tm_mro(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs != 1 || !is_type_value(args[0])) return vm_raise(vm, &TypeErrorType, "mro() takes no arguments");
    List *l = list_new(vm, 4);
    for (Type *t = AS(Type, args[0]); t; t = t->base) list_append(vm, l, OBJ_VAL(t));
    return OBJ_VAL(l);
}

static Value tm_subclasses(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (nargs != 1 || !is_type_value(args[0])) return vm_raise(vm, &TypeErrorType, "__subclasses__() takes no arguments");
    Type *t = AS(Type, args[0]);
    List *l = list_new(vm, 4);
    if (t->subclasses)
        for (int64_t i = 0; i < t->subclasses->len; i++) {
            Type *s = AS(Type, t->subclasses->items[i]);
            if (s->flags & TYPE_USER) list_append(vm, l, OBJ_VAL(s));
        }
    return OBJ_VAL(l);
}

static const MethodDef type_methods[] = {
    {"mro", tm_mro, 0},
    {"__subclasses__", tm_subclasses, 0},
    {NULL, NULL, 0},
};

bool type_is_subtype(const Type *t, const Type *base) {
    for (; t; t = t->base)
        if (t == base) return true;
    return false;
}

/* A global attribute cache like CPython's: (type version, interned name) ->
 * the lookup result over the whole chain and over its user part.  Versions
 * are unique (one counter) and change on every modification of a type's or
 * a base's dict, so an entry can never be stale; interned names live as
 * long as the VM.  Cleared by object_init. */
#define TLC_BITS 12
#define TLC_SIZE (1u << TLC_BITS)
typedef struct TLCEntry { uint32_t version; Str *name; Value value, user_value; } TLCEntry;
static TLCEntry type_lookup_cache[TLC_SIZE];

static inline TLCEntry *tlc_lookup(Type *t, Str *name) {
    uint32_t ver = t->version;
    uint32_t h = (uint32_t)(((uintptr_t)name >> 4) ^ (ver * 2654435761u));
    TLCEntry *e = &type_lookup_cache[(h ^ (h >> TLC_BITS)) & (TLC_SIZE - 1)];
    if (e->version == ver && e->name == name) return e;
    Value value = VAL_UNDEF, user_value = VAL_UNDEF;
    for (Type *b = t; b; b = b->base) {
        if (!b->dict) continue;
        Value v = dict_get_str(b->dict, name);
        if (v != VAL_UNDEF) {
            value = v;
            if (b->flags & TYPE_USER) user_value = v;
            break;
        }
    }
    e->version = ver;
    e->name = name;
    e->value = value;
    e->user_value = user_value;
    return e;
}

Value type_lookup(Type *t, Str *name) {
    if (t->version && name->interned) return tlc_lookup(t, name)->value;
    for (; t; t = t->base) {
        if (!t->dict) continue;
        Value v = dict_get_str(t->dict, name);
        if (v != VAL_UNDEF) return v;
    }
    return VAL_UNDEF;
}

Value type_lookup_user(Type *t, Str *name) {
    if (!(t->flags & TYPE_USER)) return VAL_UNDEF;
    if (t->version && name->interned) return tlc_lookup(t, name)->user_value;
    for (; t && (t->flags & TYPE_USER); t = t->base) {
        Value v = dict_get_str(t->dict, name);
        if (v != VAL_UNDEF) return v;
    }
    return VAL_UNDEF;
}

static uint32_t next_version(VM *vm) {
    if (vm->next_type_version == 0) vm->next_type_version = 1;
    uint32_t v = vm->next_type_version++;
    if (vm->next_type_version == 0) {
        /* wrapped around: versions may repeat from now on; forget cached lookups */
        vm->next_type_version = 1;
        memset(type_lookup_cache, 0, sizeof type_lookup_cache);
    }
    return v;
}

void type_modified(VM *vm, Type *t) {
    t->version = next_version(vm);
    if (t->subclasses)
        for (int64_t i = 0; i < t->subclasses->len; i++) type_modified(vm, AS(Type, t->subclasses->items[i]));
}

static void add_subclass(VM *vm, Type *base, Type *t) {
    if (!base->subclasses) base->subclasses = list_new(vm, 4);
    list_append(vm, base->subclasses, OBJ_VAL(t));
}

void type_init_static(VM *vm, Type *t) {
    if (t->dict) return;
    if (t->base && !t->base->dict) type_init_static(vm, t->base);
    t->hdr.type = &TypeType;
    t->hdr.obj_flags |= OBJF_STATIC;
    t->dict = dict_new(vm);
    t->name_str = str_intern_cstr(vm, t->name);
    t->module = str_intern_cstr(vm, "builtins");
    t->version = next_version(vm);
    if (t->base) add_subclass(vm, t->base, t);
    gc_add_static_root(vm, &t->hdr);
}

void type_add_methods(VM *vm, Type *t, const MethodDef *defs) {
    if (!t->dict) type_init_static(vm, t);
    for (; defs->name; defs++) {
        Value f = native_func_new(vm, defs->name, defs->fn, t, defs->flags);
        if (defs->flags & METH_STATIC) {
            StaticMethod *sm = gc_new(vm, &StaticMethodType, sizeof(StaticMethod));
            sm->func = f;
            f = OBJ_VAL(sm);
        } else if (defs->flags & METH_CLASS) {
            StaticMethod *cm = gc_new(vm, &ClassMethodType, sizeof(StaticMethod));
            cm->func = f;
            f = OBJ_VAL(cm);
        }
        dict_set_str(vm, t->dict, str_intern_cstr(vm, defs->name), f);
    }
    type_modified(vm, t);
}

void type_set_attr(VM *vm, Type *t, const char *name, Value v) {
    if (!t->dict) type_init_static(vm, t);
    Str *key = str_intern_cstr(vm, name);
    class_note_attr(key, v);
    dict_set_str(vm, t->dict, key, v);
    type_modified(vm, t);
}

/* ---- class creation ---------------------------------------------------------------- */

Value class_create(VM *vm, Str *name, Str *qualname, Value base_v, Dict *ns, Str *module) {
    Type *base = &ObjectType;
    if (base_v != VAL_NULL && base_v != VAL_NONE && base_v != VAL_UNDEF && base_v != 0) {
        if (!is_type_value(base_v)) return vm_raise(vm, &TypeErrorType, "bases must be types");
        base = AS(Type, base_v);
        if (!(base->flags & (TYPE_USER | TYPE_BASETYPE))) {
            if (base == &IntType || base == &FloatType || base == &StrType || base == &TupleType ||
                base == &ListType || base == &DictType || base == &SetType || base == &FrozenSetType ||
                base == &TypeType || base == &PropertyType || base == &StaticMethodType ||
                base == &ClassMethodType || base == &SuperType || base == &ModuleType)
                return vm_raise(vm, &TypeErrorType, "subclassing builtin type '%s' is not supported by glassjit",
                                base->name);
            return vm_raise(vm, &TypeErrorType, "type '%s' is not an acceptable base type", base->name);
        }
    }
    if (!module) module = str_intern_cstr(vm, "__main__");
    if (!qualname) qualname = name;

    Type *t = gc_new(vm, &TypeType, sizeof(Type));
    t->name_str = name;
    t->name = name->data;
    t->base = base;
    t->flags = TYPE_USER | (base->flags & TYPE_EXC);
    t->dict = dict_new(vm);
    t->inst_keys = dict_new(vm);
    t->module = module;
    t->inst_size = (t->flags & TYPE_EXC) ? sizeof(ExcObj) : sizeof(Instance);
    if (base->inst_size > t->inst_size) t->inst_size = base->inst_size;
    t->trace = base->trace;
    t->finalize = base->finalize;

    Str *classcell = str_intern_cstr(vm, "__classcell__");
    Str *init_subclass = str_intern_cstr(vm, "__init_subclass__");
    Value cell = VAL_UNDEF;
    bool has_eq = false, has_hash = false;
    if (ns) {
        int64_t pos = 0;
        Value k, v;
        while (dict_next(ns, &pos, &k, &v)) {
            if (val_is_str(k)) {
                Str *ks = AS(Str, k);
                if (str_eq(ks, classcell)) {
                    cell = v;
                    continue;
                }
                if (str_eq(ks, vm->names.__eq__)) has_eq = true;
                if (str_eq(ks, vm->names.__hash__)) has_hash = true;
                if (str_eq(ks, vm->names.__qualname__) && val_is_str(v)) qualname = AS(Str, v);
                if (str_eq(ks, vm->names.__new__) && val_is_type(v, &FunctionType)) {
                    StaticMethod *sm = gc_new(vm, &StaticMethodType, sizeof(StaticMethod));
                    sm->func = v;
                    v = OBJ_VAL(sm);
                }
                if (str_eq(ks, init_subclass) && val_is_type(v, &FunctionType)) {
                    StaticMethod *cm = gc_new(vm, &ClassMethodType, sizeof(StaticMethod));
                    cm->func = v;
                    v = OBJ_VAL(cm);
                }
                class_note_attr(ks, v);
                dict_set_str(vm, t->dict, str_intern(vm, ks), v);
            } else if (dict_set(vm, t->dict, k, v) < 0) {
                return VAL_ERR;
            }
        }
    }
    if (dict_get_str(t->dict, vm->names.__module__) == VAL_UNDEF)
        dict_set_str(vm, t->dict, vm->names.__module__, OBJ_VAL(module));
    dict_set_str(vm, t->dict, vm->names.__qualname__, OBJ_VAL(qualname));
    if (dict_get_str(t->dict, vm->names.__doc__) == VAL_UNDEF) dict_set_str(vm, t->dict, vm->names.__doc__, VAL_NONE);
    if (has_eq && !has_hash) dict_set_str(vm, t->dict, vm->names.__hash__, VAL_NONE);

    t->version = next_version(vm);
    add_subclass(vm, base, t);
    if (val_is_type(cell, &CellType)) AS(Cell, cell)->value = OBJ_VAL(t);

    /* __init_subclass__ of a user base */
    Value isc = type_lookup_user(base, init_subclass);
    if (isc != VAL_UNDEF) {
        Value f = val_is_type(isc, &ClassMethodType) ? AS(StaticMethod, isc)->func : isc;
        Value self = OBJ_VAL(t);
        Value r = vm_call(vm, f, &self, 1, NULL);
        if (r == VAL_ERR) return VAL_ERR;
    }
    return OBJ_VAL(t);
}

/* ---- calling a type ------------------------------------------------------------------ */

static bool is_default_new(Value f) {
    if (val_is_type(f, &StaticMethodType)) f = AS(StaticMethod, f)->func;
    return f == VAL_UNDEF || (val_is_type(f, &NativeFuncType) && AS(NativeFunc, f)->owner &&
                              !(AS(NativeFunc, f)->owner->flags & TYPE_USER));
}

Value type_call(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (!(t->flags & TYPE_USER)) {
        if (t == &TypeType && nargs == 1 && nkw == 0) return OBJ_VAL(val_type(args[0]));
        if (t->construct) return t->construct(vm, t, args, nargs, kwnames);
        return vm_raise(vm, &TypeErrorType, "cannot create '%s' instances", t->name);
    }
    Value newm = type_lookup(t, vm->names.__new__);
    Value initm = type_lookup_user(t, vm->names.__init__);
    Value obj;
    if (!is_default_new(newm)) {
        Value f = val_is_type(newm, &StaticMethodType) ? AS(StaticMethod, newm)->func : newm;
        obj = vm_call_with_self(vm, f, OBJ_VAL(t), args, nargs, kwnames);
        if (obj == VAL_ERR) return VAL_ERR;
        if (!val_isinstance(obj, t)) return obj;
    } else {
        if ((nargs > 0 || nkw > 0) && initm == VAL_UNDEF) {
            if (!(t->flags & TYPE_EXC)) return vm_raise(vm, &TypeErrorType, "%s() takes no arguments", t->name);
            if (nkw > 0) return vm_raise(vm, &TypeErrorType, "%s() takes no keyword arguments", t->name);
        }
        obj = instance_new(vm, t);
        if (t->flags & TYPE_EXC) AS(ExcObj, obj)->args = AS(Tuple, tuple_from_array(vm, args, nargs));
    }
    if (initm != VAL_UNDEF) {
        Value r = value_call_dunder(vm, initm, obj, args, nargs, kwnames);
        if (r == VAL_ERR) return VAL_ERR;
        if (r != VAL_NONE)
            return vm_raise(vm, &TypeErrorType, "__init__() should return None, not '%s'", type_name_of(r));
    }
    return obj;
}

/* ---- super ------------------------------------------------------------------------- */

static void super_trace(VM *vm, Obj *o) {
    Super *s = (Super *)o;
    gc_mark_obj(vm, s->start);
    gc_mark_value(vm, s->obj);
}

static Value super_repr(VM *vm, Value self) {
    Super *s = AS(Super, self);
    const char *q = s->start->name;
    if (s->obj == VAL_NULL) return str_fromf(vm, "<super: <class '%s'>, NULL>", q);
    Type *ot = is_type_value(s->obj) ? AS(Type, s->obj) : val_type(s->obj);
    return str_fromf(vm, "<super: <class '%s'>, <%s object>>", q, ot->name);
}

static int super_check(VM *vm, Type *start, Value obj) {
    if (val_isinstance(obj, start)) return 0;
    if (is_type_value(obj) && type_is_subtype(AS(Type, obj), start)) return 0;
    vm_raise(vm, &TypeErrorType, "super(type, obj): obj must be an instance or subtype of type");
    return -1;
}

static Value super_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)t;
    if (kwnames && kwnames->len > 0) return vm_raise(vm, &TypeErrorType, "super() takes no keyword arguments");
    Type *start;
    Value obj;
    if (nargs == 0) {
        Frame *f = vm->frame;
        if (!f || !f->code) return vm_raise(vm, &RuntimeErrorType, "super(): no current frame");
        Code *co = f->code;
        if (co->argcount == 0 && !(co->flags & CO_VARARGS))
            return vm_raise(vm, &RuntimeErrorType, "super(): no arguments");
        obj = f->localsplus[0];
        if (val_is_type(obj, &CellType)) obj = AS(Cell, obj)->value;
        if (obj == VAL_UNDEF || obj == VAL_NULL || obj == 0) {
            obj = VAL_UNDEF;
            if (co->cell2arg)
                for (int32_t i = 0; i < co->ncells; i++)
                    if (co->cell2arg[i] == 0) {
                        Value c = f->localsplus[co->nlocals + i];
                        if (val_is_type(c, &CellType)) obj = AS(Cell, c)->value;
                    }
            if (obj == VAL_UNDEF) return vm_raise(vm, &RuntimeErrorType, "super(): arg[0] deleted");
        }
        start = NULL;
        int32_t first = co->nlocals + co->ncells;
        for (int32_t i = first; i < first + co->nfree; i++) {
            Value nm = co->localsplus->items[i];
            if (val_is_str(nm) && str_eq(AS(Str, nm), vm->names.__class__)) {
                Value c = f->localsplus[i];
                if (!val_is_type(c, &CellType)) return vm_raise(vm, &RuntimeErrorType, "super(): bad __class__ cell");
                Value cls = AS(Cell, c)->value;
                if (cls == VAL_UNDEF) return vm_raise(vm, &RuntimeErrorType, "super(): empty __class__ cell");
                if (!is_type_value(cls))
                    return vm_raise(vm, &RuntimeErrorType, "super(): __class__ is not a type (%s)", type_name_of(cls));
                start = AS(Type, cls);
                break;
            }
        }
        if (!start) return vm_raise(vm, &RuntimeErrorType, "super(): __class__ cell not found");
    } else if (nargs == 1 || nargs == 2) {
        if (!is_type_value(args[0]))
            return vm_raise(vm, &TypeErrorType, "super() argument 1 must be a type, not %s", type_name_of(args[0]));
        start = AS(Type, args[0]);
        obj = nargs == 2 ? args[1] : VAL_NULL;
    } else {
        return vm_raise(vm, &TypeErrorType, "super() takes at most 2 arguments (%d given)", nargs);
    }
    if (obj != VAL_NULL && super_check(vm, start, obj) < 0) return VAL_ERR;
    Super *s = gc_new(vm, &SuperType, sizeof(Super));
    s->start = start;
    s->obj = obj;
    return OBJ_VAL(s);
}

static Value super_getattr(VM *vm, Value self, Str *name) {
    Super *s = AS(Super, self);
    if (name_is(name, "__thisclass__")) return OBJ_VAL(s->start);
    if (name_is(name, "__self__")) return s->obj == VAL_NULL ? VAL_NONE : s->obj;
    if (s->obj == VAL_NULL) return VAL_UNDEF;
    if (name_is(name, "__self_class__"))
        return OBJ_VAL(is_type_value(s->obj) && type_is_subtype(AS(Type, s->obj), s->start) ? AS(Type, s->obj)
                                                                                         : val_type(s->obj));
    if (name_is(name, "__class__")) return VAL_UNDEF;
    bool obj_is_type = is_type_value(s->obj) && type_is_subtype(AS(Type, s->obj), s->start);
    Type *objtype = obj_is_type ? AS(Type, s->obj) : val_type(s->obj);
    for (Type *t = s->start->base; t; t = t->base) {
        if (!t->dict) continue;
        Value v = dict_get_str(t->dict, name);
        if (v == VAL_UNDEF) continue;
        if (!val_is_obj(v)) return v;
        Type *vt = val_as_obj(v)->type;
        if (vt == &StaticMethodType) return AS(StaticMethod, v)->func;
        if (vt == &ClassMethodType) return bound_method_new(vm, OBJ_VAL(objtype), AS(StaticMethod, v)->func);
        if (obj_is_type) return v;
        if (vt == &FunctionType) return bound_method_new(vm, s->obj, v);
        if (vt == &NativeFuncType) {
            NativeFunc *nf = AS(NativeFunc, v);
            if (nf->owner && nf->self == VAL_NULL) return bound_method_new(vm, s->obj, v);
            return v;
        }
        if (vt == &PropertyType) {
            Property *p = AS(Property, v);
            if (p->fget == VAL_NONE)
                return vm_raise(vm, &AttributeErrorType, "property '%s' of '%s' object has no getter", name->data,
                                objtype->name);
            return vm_call(vm, p->fget, &s->obj, 1, NULL);
        }
        return v;
    }
    return VAL_UNDEF;
}

Type SuperType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "super",
    .base = &ObjectType,
    .trace = super_trace,
    .repr = super_repr,
    .hash = object_hash_identity,
    .construct = super_construct,
    .getattr = super_getattr,
};

/* ---- staticmethod / classmethod ---------------------------------------------------- */

static void sm_trace(VM *vm, Obj *o) { gc_mark_value(vm, ((StaticMethod *)o)->func); }

static Value sm_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->len > 0) return vm_raise(vm, &TypeErrorType, "%s() takes no keyword arguments", t->name);
    if (nargs != 1) return vm_raise(vm, &TypeErrorType, "%s expected 1 argument, got %d", t->name, nargs);
    StaticMethod *sm = gc_new(vm, t, sizeof(StaticMethod));
    sm->func = args[0];
    return OBJ_VAL(sm);
}

static Value sm_repr(VM *vm, Value self) {
    Value r = value_repr(vm, AS(StaticMethod, self)->func);
    if (r == VAL_ERR) return r;
    return str_fromf(vm, "<%s(%s)>", val_type(self)->name, AS(Str, r)->data);
}

static Value sm_getattr(VM *vm, Value self, Str *name) {
    StaticMethod *sm = AS(StaticMethod, self);
    if (name_is(name, "__func__") || name_is(name, "__wrapped__")) return sm->func;
    if (name_is(name, "__name__") || name_is(name, "__qualname__") || name_is(name, "__doc__"))
        return value_getattr_opt(vm, sm->func, name);
    return VAL_UNDEF;
}

static Value sm_call(VM *vm, Value self, Value *args, int nargs, Tuple *kwnames) {
    return value_call(vm, AS(StaticMethod, self)->func, args, nargs, kwnames);
}

Type StaticMethodType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "staticmethod",
    .base = &ObjectType,
    .trace = sm_trace,
    .repr = sm_repr,
    .hash = object_hash_identity,
    .construct = sm_construct,
    .getattr = sm_getattr,
    .call = sm_call,
};

Type ClassMethodType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "classmethod",
    .base = &ObjectType,
    .trace = sm_trace,
    .repr = sm_repr,
    .hash = object_hash_identity,
    .construct = sm_construct,
    .getattr = sm_getattr,
};

/* ---- property ------------------------------------------------------------------------ */

static void prop_trace(VM *vm, Obj *o) {
    Property *p = (Property *)o;
    gc_mark_value(vm, p->fget);
    gc_mark_value(vm, p->fset);
    gc_mark_value(vm, p->fdel);
    gc_mark_value(vm, p->doc);
}

static Value prop_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)t;
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value v[4] = {VAL_NONE, VAL_NONE, VAL_NONE, VAL_NONE};
    if (nargs > 4) return vm_raise(vm, &TypeErrorType, "property() takes at most 4 arguments (%d given)", nargs);
    for (int i = 0; i < nargs; i++) v[i] = args[i];
    if (kwnames) {
        for (int64_t k = 0; k < kwnames->len; k++) {
            Str *kn = AS(Str, kwnames->items[k]);
            int idx = -1;
            for (int i = 0; i < 4; i++)
                if (name_is(kn, names[i])) idx = i;
            if (idx < 0)
                return vm_raise(vm, &TypeErrorType, "property() got an unexpected keyword argument '%s'", kn->data);
            if (idx < nargs)
                return vm_raise(vm, &TypeErrorType, "argument for property() given by name ('%s') and position (%d)",
                                kn->data, idx + 1);
            v[idx] = args[nargs + k];
        }
    }
    Property *p = gc_new(vm, &PropertyType, sizeof(Property));
    p->fget = v[0];
    p->fset = v[1];
    p->fdel = v[2];
    p->doc = v[3];
    return OBJ_VAL(p);
}

static Value prop_getattr(VM *vm, Value self, Str *name) {
    Property *p = AS(Property, self);
    if (name_is(name, "fget")) return p->fget;
    if (name_is(name, "fset")) return p->fset;
    if (name_is(name, "fdel")) return p->fdel;
    if (name_is(name, "__doc__")) {
        if (p->doc != VAL_NONE || p->fget == VAL_NONE) return p->doc;
        Value d = value_getattr_opt(vm, p->fget, name);
        return d == VAL_UNDEF ? VAL_NONE : d;
    }
    return VAL_UNDEF;
}

static Value prop_copy(VM *vm, Value *args, int nargs, int which) {
    static const char *const mn[] = {"getter", "setter", "deleter"};
    if (nargs != 2) return vm_raise(vm, &TypeErrorType, "%s() takes exactly one argument (%d given)", mn[which], nargs - 1);
    if (!val_is_type(args[0], &PropertyType)) return vm_raise(vm, &TypeErrorType, "descriptor requires a 'property' object");
    Property *src = AS(Property, args[0]);
    Property *p = gc_new(vm, &PropertyType, sizeof(Property));
    p->fget = src->fget;
    p->fset = src->fset;
    p->fdel = src->fdel;
    p->doc = src->doc;
    if (which == 0) p->fget = args[1];
    else if (which == 1) p->fset = args[1];
    else p->fdel = args[1];
    return OBJ_VAL(p);
}
static Value pm_getter(VM *vm, Value *a, int n, Tuple *k) { (void)k; return prop_copy(vm, a, n, 0); }
static Value pm_setter(VM *vm, Value *a, int n, Tuple *k) { (void)k; return prop_copy(vm, a, n, 1); }
static Value pm_deleter(VM *vm, Value *a, int n, Tuple *k) { (void)k; return prop_copy(vm, a, n, 2); }

static const MethodDef property_methods[] = {
    {"getter", pm_getter, 0},
    {"setter", pm_setter, 0},
    {"deleter", pm_deleter, 0},
    {NULL, NULL, 0},
};

Type PropertyType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "property",
    .base = &ObjectType,
    .trace = prop_trace,
    .hash = object_hash_identity,
    .construct = prop_construct,
    .getattr = prop_getattr,
};

/* ---- builtins ---------------------------------------------------------------------------- */

static int check_class_spec(Value spec) {
    if (is_type_value(spec)) return 1;
    if (val_is_type(spec, &TupleType)) {
        Tuple *t = AS(Tuple, spec);
        for (int64_t i = 0; i < t->len; i++)
            if (!check_class_spec(t->items[i])) return 0;
        return 1;
    }
    return 0;
}

static bool subtype_of_spec(Type *t, Value spec) {
    if (is_type_value(spec)) return type_is_subtype(t, AS(Type, spec));
    Tuple *tu = AS(Tuple, spec);
    for (int64_t i = 0; i < tu->len; i++)
        if (subtype_of_spec(t, tu->items[i])) return true;
    return false;
}

static Value bi_isinstance(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "isinstance", kwnames) < 0 || args_check(vm, "isinstance", nargs, 2, 2) < 0) return VAL_ERR;
    if (is_type_value(args[1])) return val_from_bool(val_isinstance(args[0], AS(Type, args[1])));
    if (!check_class_spec(args[1]))
        return vm_raise(vm, &TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return val_from_bool(subtype_of_spec(val_type(args[0]), args[1]));
}

static Value bi_issubclass(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "issubclass", kwnames) < 0 || args_check(vm, "issubclass", nargs, 2, 2) < 0) return VAL_ERR;
    if (!is_type_value(args[0])) return vm_raise(vm, &TypeErrorType, "issubclass() arg 1 must be a class");
    if (!check_class_spec(args[1]))
        return vm_raise(vm, &TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return val_from_bool(subtype_of_spec(AS(Type, args[0]), args[1]));
}

static Str *attr_name_arg(VM *vm, Value v) {
    if (!val_is_str(v)) {
        vm_raise(vm, &TypeErrorType, "attribute name must be string, not '%s'", type_name_of(v));
        return NULL;
    }
    return str_intern(vm, AS(Str, v));
}

static Value bi_getattr(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "getattr", kwnames) < 0 || args_check(vm, "getattr", nargs, 2, 3) < 0) return VAL_ERR;
    Str *name = attr_name_arg(vm, args[1]);
    if (!name) return VAL_ERR;
    if (nargs == 2) return value_getattr(vm, args[0], name);
    Value r = value_getattr_opt(vm, args[0], name);
    if (r == VAL_ERR) return r;
    return r == VAL_UNDEF ? args[2] : r;
}

static Value bi_setattr(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "setattr", kwnames) < 0 || args_check(vm, "setattr", nargs, 3, 3) < 0) return VAL_ERR;
    Str *name = attr_name_arg(vm, args[1]);
    if (!name) return VAL_ERR;
    if (value_setattr(vm, args[0], name, args[2]) < 0) return VAL_ERR;
    return VAL_NONE;
}

static Value bi_delattr(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "delattr", kwnames) < 0 || args_check(vm, "delattr", nargs, 2, 2) < 0) return VAL_ERR;
    Str *name = attr_name_arg(vm, args[1]);
    if (!name) return VAL_ERR;
    if (value_setattr(vm, args[0], name, VAL_UNDEF) < 0) return VAL_ERR;
    return VAL_NONE;
}

static Value bi_hasattr(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "hasattr", kwnames) < 0 || args_check(vm, "hasattr", nargs, 2, 2) < 0) return VAL_ERR;
    Str *name = attr_name_arg(vm, args[1]);
    if (!name) return VAL_ERR;
    Value r = value_getattr_opt(vm, args[0], name);
    if (r == VAL_ERR) return r;
    return val_from_bool(r != VAL_UNDEF);
}

static Value bi_id(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "id", kwnames) < 0 || args_check(vm, "id", nargs, 1, 1) < 0) return VAL_ERR;
    Value v = args[0];
    int64_t id = val_is_obj(v) ? (int64_t)(uintptr_t)val_as_obj(v) : (int64_t)(v >> 1);
    return int_from_i64(vm, id);
}

static Value bi_hash(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "hash", kwnames) < 0 || args_check(vm, "hash", nargs, 1, 1) < 0) return VAL_ERR;
    int64_t h;
    if (value_hash(vm, args[0], &h) < 0) return VAL_ERR;
    return int_from_i64(vm, h);
}

static Value bi_repr(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "repr", kwnames) < 0 || args_check(vm, "repr", nargs, 1, 1) < 0) return VAL_ERR;
    return value_repr(vm, args[0]);
}

static Value bi_iter(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "iter", kwnames) < 0 || args_check(vm, "iter", nargs, 1, 2) < 0) return VAL_ERR;
    if (nargs == 1) return value_iter(vm, args[0]);
    if (!value_callable(vm, args[0])) return vm_raise(vm, &TypeErrorType, "iter(v, w): v must be callable");
    CallIter *it = gc_new(vm, &CallIterType, sizeof(CallIter));
    it->callable = args[0];
    it->sentinel = args[1];
    return OBJ_VAL(it);
}

static Value bi_next(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "next", kwnames) < 0 || args_check(vm, "next", nargs, 1, 2) < 0) return VAL_ERR;
    Value r = value_next(vm, args[0]);
    if (r == VAL_ERR) return r;
    if (r == VAL_NULL) {
        if (nargs == 2) return args[1];
        return vm_raise_value(vm, OBJ_VAL(&StopIterationType));
    }
    return r;
}

static Value bi_callable(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "callable", kwnames) < 0 || args_check(vm, "callable", nargs, 1, 1) < 0) return VAL_ERR;
    return val_from_bool(value_callable(vm, args[0]));
}

static void reg_builtin(VM *vm, const char *name, NativeFn fn) {
    dict_set_str(vm, vm->builtins, str_intern_cstr(vm, name), native_func_new(vm, name, fn, NULL, 0));
}

static void reg_type(VM *vm, Type *t) { dict_set_str(vm, vm->builtins, str_intern_cstr(vm, t->name), OBJ_VAL(t)); }

void object_init(VM *vm) {
    if (vm->next_type_version == 0) vm->next_type_version = 1;
    memset(type_lookup_cache, 0, sizeof type_lookup_cache);
    type_init_static(vm, &ObjectType);
    type_init_static(vm, &TypeType);
    func_types_init(vm);
    type_init_static(vm, &StaticMethodType);
    type_init_static(vm, &ClassMethodType);
    type_init_static(vm, &SuperType);
    type_init_static(vm, &PropertyType);
    abstract_types_init(vm);

    type_add_methods(vm, &ObjectType, object_methods);
    type_add_methods(vm, &TypeType, type_methods);
    type_add_methods(vm, &PropertyType, property_methods);

    reg_type(vm, &ObjectType);
    reg_type(vm, &TypeType);
    reg_type(vm, &SuperType);
    reg_type(vm, &StaticMethodType);
    reg_type(vm, &ClassMethodType);
    reg_type(vm, &PropertyType);
    dict_set_str(vm, vm->builtins, str_intern_cstr(vm, "NotImplemented"), VAL_NOTIMPL);

    reg_builtin(vm, "isinstance", bi_isinstance);
    reg_builtin(vm, "issubclass", bi_issubclass);
    reg_builtin(vm, "getattr", bi_getattr);
    reg_builtin(vm, "setattr", bi_setattr);
    reg_builtin(vm, "hasattr", bi_hasattr);
    reg_builtin(vm, "delattr", bi_delattr);
    reg_builtin(vm, "id", bi_id);
    reg_builtin(vm, "hash", bi_hash);
    reg_builtin(vm, "repr", bi_repr);
    reg_builtin(vm, "iter", bi_iter);
    reg_builtin(vm, "next", bi_next);
    reg_builtin(vm, "callable", bi_callable);
}
