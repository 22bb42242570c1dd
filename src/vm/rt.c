/* rt.c - runtime helpers for instruction bodies: name resolution, builders,
 * unpacking, calls with star arguments, functions, classes, exceptions. */
#include <stdlib.h>

#include "../runtime/containers.h"
#include "../runtime/core.h"
#include "../vm.h"
#include "rt.h"

static Str *localsplus_name(Frame *f, int idx) { return (Str *)val_as_obj(f->code->localsplus->items[idx]); }

int rt_unbound_local(VM *vm, Frame *f, int idx) {
    vm_raise(vm, &UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value",
             localsplus_name(f, idx)->data);
    return 1;
}

int rt_unbound_deref(VM *vm, Frame *f, int idx) {
    Code *co = f->code;
    if (idx >= co->nlocals + co->ncells)
        vm_raise(vm, &NameErrorType,
                 "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                 localsplus_name(f, idx)->data);
    else
        rt_unbound_local(vm, f, idx);
    return 1;
}

Value rt_load_classderef(VM *vm, Frame *f, int idx) {
    Str *name = localsplus_name(f, idx);
    if (f->ns) {
        Value v = dict_get_str(f->ns, name);
        if (v != VAL_UNDEF) return v;
    }
    Value v = ((Cell *)val_as_obj(f->localsplus[idx]))->value;
    if (v == VAL_UNDEF) {
        rt_unbound_deref(vm, f, idx);
        return VAL_ERR;
    }
    return v;
}

static Value name_error(VM *vm, Str *name) {
    return vm_raise(vm, &NameErrorType, "name '%s' is not defined", name->data);
}

Value rt_load_global(VM *vm, Dict *globals, Dict *builtins, Str *name) {
    Value v = dict_get_str(globals, name);
    if (v != VAL_UNDEF) return v;
    v = dict_get_str(builtins, name);
    if (v != VAL_UNDEF) return v;
    return name_error(vm, name);
}

Value rt_load_name(VM *vm, Dict *ns, Dict *globals, Dict *builtins, Str *name) {
    if (ns) {
        Value v = dict_get_str(ns, name);
        if (v != VAL_UNDEF) return v;
    }
    return rt_load_global(vm, globals, builtins, name);
}

int rt_delete_name(VM *vm, Dict *d, Str *name) {
    int r = dict_del(vm, d, val_from_obj(name));
    if (r < 0) return -1;
    if (r == 0) {
        name_error(vm, name);
        return -1;
    }
    return 0;
}

Value rt_load_method(VM *vm, Value owner, Str *name, Value *self_or_null) {
    Value meth;
    if (value_load_method(vm, owner, name, &meth, self_or_null) < 0) return VAL_ERR;
    return meth;
}

Value rt_build_set(VM *vm, Value *items, int n) {
    Set *s = set_new(vm, false);
    for (int i = 0; i < n; i++)
        if (set_add(vm, s, items[i]) < 0) return VAL_ERR;
    return val_from_obj(s);
}

Value rt_build_map(VM *vm, Value *items, int npairs) {
    Dict *d = dict_new(vm);
    for (int i = 0; i < npairs; i++)
        if (dict_set(vm, d, items[2 * i], items[2 * i + 1]) < 0) return VAL_ERR;
    return val_from_obj(d);
}

Value rt_build_string(VM *vm, Value *pieces, int n) {
    StrBuf b;
    sb_init(&b);
    for (int i = 0; i < n; i++) sb_put_str(&b, (Str *)val_as_obj(pieces[i]));
    return sb_finish(vm, &b);
}

/* {**other} (merge false) and f(**other) (merge true: string keys, no key
 * twice).  Mappings that are not dicts are read through dict_merge (keys()
 * and __getitem__) into a dict first. */
int rt_dict_update(VM *vm, Dict *d, Value other, bool merge) {
    if (!val_is_type(other, &DictType)) {
        Value keys = value_getattr_opt(vm, other, vm->names.keys);
        if (keys == VAL_ERR) return -1;
        if (keys == VAL_UNDEF) {
            vm_raise(vm, &TypeErrorType, "'%s' object is not a mapping", type_name_of(other));
            return -1;
        }
        if (!merge) return dict_merge(vm, d, other, 1);
        Dict *tmp = dict_new(vm);
        if (dict_merge(vm, tmp, other, 1) < 0) return -1;
        other = val_from_obj(tmp);
    }
    if (!merge) return dict_merge(vm, d, other, 1);
    int64_t pos = 0;
    Value k, v;
    while (dict_next((Dict *)val_as_obj(other), &pos, &k, &v)) {
        if (!val_is_str(k)) {
            vm_raise(vm, &TypeErrorType, "keywords must be strings");
            return -1;
        }
        if (dict_get(vm, d, k) != VAL_UNDEF) {
            vm_raise(vm, &TypeErrorType, "got multiple values for keyword argument '%s'", ((Str *)val_as_obj(k))->data);
            return -1;
        }
        if (dict_set(vm, d, k, v) < 0) return -1;
    }
    return 0;
}

Value rt_key_error(VM *vm, Value key) {
    Value e = exc_new(vm, &KeyErrorType, &key, 1);
    return vm_raise_value(vm, e);
}

int rt_unpack(VM *vm, Value seq, int before, int after, Value *items) {
    Value *src;
    int64_t n;
    List *tmp = NULL;
    if (val_is_type(seq, &TupleType)) {
        src = ((Tuple *)val_as_obj(seq))->items;
        n = ((Tuple *)val_as_obj(seq))->len;
    } else if (val_is_type(seq, &ListType)) {
        src = ((List *)val_as_obj(seq))->items;
        n = ((List *)val_as_obj(seq))->len;
    } else {
        Value it = value_iter(vm, seq);
        if (it == VAL_ERR) {
            if (vm_exc_matches(vm, &TypeErrorType)) {
                vm_exc_clear(vm);
                vm_raise(vm, &TypeErrorType, "cannot unpack non-iterable %s object", type_name_of(seq));
            }
            return -1;
        }
        tmp = list_new(vm, 8);
        for (;;) {
            Value v = value_next(vm, it);
            if (v == VAL_ERR) return -1;
            if (v == VAL_NULL) break;
            list_append(vm, tmp, v);
            if (after < 0 && tmp->len > before) break; /* enough to report "too many" */
        }
        src = tmp->items;
        n = tmp->len;
    }
    if (after < 0) {
        if (n != before) {
            if (n < before)
                vm_raise(vm, &ValueErrorType, "not enough values to unpack (expected %d, got %lld)", before,
                         (long long)n);
            else
                vm_raise(vm, &ValueErrorType, "too many values to unpack (expected %d)", before);
            return -1;
        }
        for (int i = 0; i < before; i++) items[i] = src[before - 1 - i];
        return 0;
    }
    if (n < before + after) {
        vm_raise(vm, &ValueErrorType, "not enough values to unpack (expected at least %d, got %lld)", before + after,
                 (long long)n);
        return -1;
    }
    int total = before + after + 1;
    /* items[total-1] is the first element (top of stack after the stores start) */
    for (int i = 0; i < before; i++) items[total - 1 - i] = src[i];
    items[after] = list_from_array(vm, src + before, n - before - after);
    for (int i = 0; i < after; i++) items[after - 1 - i] = src[n - after + i];
    return 0;
}

Value rt_list_append_method(VM *vm) {
    if (vm->list_append == 0) vm->list_append = dict_get_str(ListType.dict, vm->names.append);
    return vm->list_append;
}

Value rt_call_ex(VM *vm, Value callable, Value self_or_null, Value posargs, Value kwargs) {
    Value seq = posargs;
    if (!val_is_type(seq, &TupleType) && !val_is_type(seq, &ListType)) {
        seq = seq_from_iterable(vm, posargs);
        if (seq == VAL_ERR) return VAL_ERR;
    }
    Value *pitems;
    int64_t npos;
    if (val_is_type(seq, &TupleType)) {
        pitems = ((Tuple *)val_as_obj(seq))->items;
        npos = ((Tuple *)val_as_obj(seq))->len;
    } else {
        pitems = ((List *)val_as_obj(seq))->items;
        npos = ((List *)val_as_obj(seq))->len;
    }
    Dict *kw = NULL;
    if (kwargs != VAL_NULL) {
        if (!val_is_type(kwargs, &DictType)) {
            kw = dict_new(vm);
            if (rt_dict_update(vm, kw, kwargs, true) < 0) return VAL_ERR;
        } else {
            kw = (Dict *)val_as_obj(kwargs);
        }
    }
    int64_t nkw = kw ? kw->len : 0;
    int self = self_or_null != VAL_NULL;
    int64_t total = self + npos + nkw;
    /* one spare slot in front: call paths may borrow args[-1] */
    Value *buf = malloc(sizeof(Value) * (size_t)(total + 1));
    Value *args = buf + 1;
    int64_t k = 0;
    if (self) args[k++] = self_or_null;
    for (int64_t i = 0; i < npos; i++) args[k++] = pitems[i];
    Tuple *kwnames = NULL;
    if (nkw) {
        kwnames = tuple_new(vm, nkw);
        int64_t pos = 0, j = 0;
        Value key, val;
        while (dict_next(kw, &pos, &key, &val)) {
            if (!val_is_str(key)) {
                free(buf);
                return vm_raise(vm, &TypeErrorType, "keywords must be strings");
            }
            kwnames->items[j++] = key;
            args[k++] = val;
        }
    }
    buf[0] = VAL_NULL;
    Value r = vm_call(vm, callable, args, (int)(self + npos), kwnames);
    free(buf);
    return r;
}

Value rt_make_function(VM *vm, Frame *f, Value codeobj, Value *extra, int flags) {
    Code *co = (Code *)val_as_obj(codeobj);
    Function *fn = gc_new(vm, &FunctionType, sizeof(Function));
    fn->code = co;
    fn->globals = f->globals;
    int k = 0;
    if (flags & 1) fn->defaults = (Tuple *)val_as_obj(extra[k++]);
    if (flags & 2) fn->kwdefaults = (Dict *)val_as_obj(extra[k++]);
    if (flags & 4) fn->closure = (Tuple *)val_as_obj(extra[k++]);
    fn->name = co->name;
    fn->qualname = co->qualname;
    Value modname = dict_get_str(f->globals, vm->names.__name__);
    fn->module_name = modname == VAL_UNDEF ? VAL_NONE : modname;
    fn->func_version = vm->next_func_version++;
    return val_from_obj(fn);
}

Value rt_current_handled(VM *vm, Frame *f) {
    (void)vm;
    for (; f; f = f->prev)
        if (f->handled_exc != VAL_NONE) return f->handled_exc;
    return VAL_NONE;
}

void rt_raise(VM *vm, Value exc, Value cause) {
    if (cause == VAL_NULL) vm_raise_value(vm, exc);
    else vm_raise_from(vm, exc, cause);
}

int rt_exc_match(VM *vm, Value exc, Value type) { return exc_matches_value(vm, exc, type); }

Value rt_build_class(VM *vm, Frame *f, Value body, Value name, Value base) {
    Function *bf = (Function *)val_as_obj(body);
    Dict *ns = dict_new(vm);
    Value modname = dict_get_str(f->globals, vm->names.__name__);
    if (modname != VAL_UNDEF) dict_set_str(vm, ns, vm->names.__module__, modname);
    dict_set_str(vm, ns, vm->names.__qualname__, val_from_obj(bf->code->qualname));
    Value r = eval_code(vm, bf, bf->code, bf->globals, ns);
    if (r == VAL_ERR) return VAL_ERR;
    Value qn = dict_get_str(ns, vm->names.__qualname__);
    Str *qualname = val_is_str(qn) ? (Str *)val_as_obj(qn) : (Str *)val_as_obj(name);
    Value cls = class_create(vm, (Str *)val_as_obj(name), qualname, base, ns,
                             val_is_str(modname) ? (Str *)val_as_obj(modname) : NULL);
    if (cls == VAL_ERR) return VAL_ERR;
    if (val_is_type(r, &CellType)) ((Cell *)val_as_obj(r))->value = cls;
    return cls;
}

Value rt_import_name(VM *vm, Frame *f, Str *name, Value level, Value fromlist) {
    int lvl = val_is_smallint(level) ? (int)val_as_smallint(level) : 0;
    Value m = import_module(vm, name, lvl, f->globals);
    if (m == VAL_ERR) return VAL_ERR;
    if (fromlist != VAL_NONE || lvl > 0) return m;
    /* `import a.b.c` binds the top-level package a */
    const char *dot = memchr(name->data, '.', (size_t)name->nbytes);
    if (!dot) return m;
    Str *top = str_intern(vm, str_new(vm, name->data, dot - name->data));
    Value t = dict_get_str(vm->modules, top);
    return t == VAL_UNDEF ? m : t;
}
