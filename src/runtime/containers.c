/* containers.c - the containers_init() hook and helpers shared by the
 * container runtime files (argument checking with CPython's messages, the
 * repr recursion guard, KeyError construction). */
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "vm.h"

void containers_init(VM *vm) {
    tuple_type_init(vm);
    list_type_init(vm);
    dict_type_init(vm);
    set_type_init(vm);
    range_type_init(vm);
    iter_types_init(vm);
}

/* ---- repr recursion guard ---------------------------------------------------
 * One VM per process, so a process-wide stack of the objects being repr'd is
 * enough (CPython keeps it per thread). */
static Obj **repr_stack;
static int64_t repr_len, repr_cap;

int repr_enter(VM *vm, Obj *o) {
    for (int64_t i = repr_len - 1; i >= 0; i--)
        if (repr_stack[i] == o) return 1;
    if (cont_stack_check(vm, " while getting the repr of an object") < 0) return -1;
    if (repr_len == repr_cap) {
        repr_cap = repr_cap ? repr_cap * 2 : 16;
        repr_stack = realloc(repr_stack, (size_t)repr_cap * sizeof *repr_stack);
        if (!repr_stack) abort();
    }
    repr_stack[repr_len++] = o;
    return 0;
}

void repr_leave(VM *vm, Obj *o) {
    (void)vm;
    for (int64_t i = repr_len - 1; i >= 0; i--) {
        if (repr_stack[i] == o) {
            memmove(&repr_stack[i], &repr_stack[i + 1], (size_t)(repr_len - i - 1) * sizeof *repr_stack);
            repr_len--;
            return;
        }
    }
}

int cont_stack_check(VM *vm, const char *where) {
    char probe;
    if (vm->native_stack_limit && (char *)&probe < vm->native_stack_limit) {
        vm_raise(vm, &RecursionErrorType, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

/* ---- argument checking ------------------------------------------------------ */

int arg_positional(VM *vm, const char *name, int n, int min, int max) {
    if (n >= min && n <= max) return 0;
    if (min == max)
        vm_raise(vm, &TypeErrorType, "%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
    else if (n < min)
        vm_raise(vm, &TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
    else
        vm_raise(vm, &TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
    return -1;
}

int arg_noargs(VM *vm, const char *qualname, int n) {
    if (n == 0) return 0;
    vm_raise(vm, &TypeErrorType, "%s() takes no arguments (%d given)", qualname, n);
    return -1;
}

int arg_exactly_one(VM *vm, const char *qualname, int n) {
    if (n == 1) return 0;
    vm_raise(vm, &TypeErrorType, "%s() takes exactly one argument (%d given)", qualname, n);
    return -1;
}

int arg_nokw(VM *vm, const char *qualname, Tuple *kwnames) {
    if (!kwnames || kwnames->len == 0) return 0;
    vm_raise(vm, &TypeErrorType, "%s() takes no keyword arguments", qualname);
    return -1;
}

int arg_kwonly(VM *vm, const char *fname, Value *args, int nargs, Tuple *kwnames,
               const char *const *names, int nnames, Value *out) {
    for (int j = 0; j < nnames; j++) out[j] = VAL_UNDEF;
    if (!kwnames) return 0;
    for (int64_t i = 0; i < kwnames->len; i++) {
        Str *k = (Str *)val_as_obj(kwnames->items[i]);
        int j;
        for (j = 0; j < nnames; j++)
            if (strcmp(k->data, names[j]) == 0) break;
        if (j == nnames) {
            vm_raise(vm, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", k->data, fname);
            return -1;
        }
        out[j] = args[nargs + i];
    }
    return 0;
}

int arg_self(VM *vm, Value *args, int nargs, Type *t, const char *meth) {
    if (nargs >= 1) {
        Value s = args[0];
        if (val_is_obj(s) && (val_as_obj(s)->type == t || type_is_subtype(val_as_obj(s)->type, t))) return 0;
        vm_raise(vm, &TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", meth,
                 t->name, type_name_of(s));
        return -1;
    }
    vm_raise(vm, &TypeErrorType, "unbound method %s.%s() needs an argument", t->name, meth);
    return -1;
}

Value raise_key_error(VM *vm, Value key) {
    Value exc = exc_new(vm, &KeyErrorType, &key, 1);
    if (exc == VAL_ERR) return VAL_ERR;
    return vm_raise_value(vm, exc);
}
