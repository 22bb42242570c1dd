/* builtins.c - builtins_init(): print, len, sum, min, max, sorted, any, all
 * and the builtin type names (int, float, str, bool, list, tuple, dict, set,
 * frozenset, range, slice, enumerate, zip, map, filter, reversed). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "vm.h"

/* ---- print ------------------------------------------------------------------------ */

static int write_str(VM *vm, Value file, Str *s) {
    if (file == VAL_NONE) {
        if (s->nbytes) fwrite(s->data, 1, (size_t)s->nbytes, stdout);
        return 0;
    }
    Str *write = str_intern_cstr(vm, "write");
    Value arg = OBJ_VAL(s);
    return value_call_method(vm, file, write, &arg, 1) == VAL_ERR ? -1 : 0;
}

static Value bi_print(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"sep", "end", "file", "flush"};
    Value kw[4];
    if (arg_kwonly(vm, "print", args, nargs, kwnames, names, 4, kw) < 0) return VAL_ERR;
    Value sep = kw[0], end = kw[1], file = kw[2], flush = kw[3];
    if (sep == VAL_UNDEF) sep = VAL_NONE;
    if (end == VAL_UNDEF) end = VAL_NONE;
    if (file == VAL_UNDEF) file = VAL_NONE;
    if (sep != VAL_NONE && !val_is_str(sep))
        return vm_raise(vm, &TypeErrorType, "sep must be None or a string, not %s", type_name_of(sep));
    if (end != VAL_NONE && !val_is_str(end))
        return vm_raise(vm, &TypeErrorType, "end must be None or a string, not %s", type_name_of(end));
    if (file == VAL_NONE && kwnames == NULL) {
        /* fast path: print(a, b, ...) to stdout */
        for (int i = 0; i < nargs; i++) {
            Value v = args[i];
            if (i) putc(' ', stdout);
            if (val_is_smallint(v)) {
                fprintf(stdout, "%lld", (long long)val_as_smallint(v));
                continue;
            }
            Value s = val_is_str(v) ? v : value_str(vm, v);
            if (s == VAL_ERR) return VAL_ERR;
            Str *str = AS(Str, s);
            if (str->nbytes) fwrite(str->data, 1, (size_t)str->nbytes, stdout);
        }
        putc('\n', stdout);
        return VAL_NONE;
    }
    for (int i = 0; i < nargs; i++) {
        if (i) {
            if (sep == VAL_NONE) {
                if (file == VAL_NONE) putc(' ', stdout);
                else if (write_str(vm, file, str_intern_cstr(vm, " ")) < 0) return VAL_ERR;
            } else if (write_str(vm, file, AS(Str, sep)) < 0) {
                return VAL_ERR;
            }
        }
        Value s = val_is_str(args[i]) ? args[i] : value_str(vm, args[i]);
        if (s == VAL_ERR) return VAL_ERR;
        if (write_str(vm, file, AS(Str, s)) < 0) return VAL_ERR;
    }
    if (end == VAL_NONE) {
        if (file == VAL_NONE) putc('\n', stdout);
        else if (write_str(vm, file, str_intern_cstr(vm, "\n")) < 0) return VAL_ERR;
    } else if (write_str(vm, file, AS(Str, end)) < 0) {
        return VAL_ERR;
    }
    if (flush != VAL_UNDEF) {
        int f = value_truthy(vm, flush);
        if (f < 0) return VAL_ERR;
        if (f) {
            if (file == VAL_NONE) fflush(stdout);
            else if (value_call_method(vm, file, str_intern_cstr(vm, "flush"), NULL, 0) == VAL_ERR) return VAL_ERR;
        }
    }
    return VAL_NONE;
}

/* ---- len, any, all ------------------------------------------------------------------- */

static Value bi_len(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && arg_nokw(vm, "len", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "len", nargs) < 0) return VAL_ERR;
    Value v = args[0];
    if (val_is_obj(v)) {
        Type *t = val_as_obj(v)->type;
        if (t == &ListType) return val_from_smallint(AS(List, v)->len);
        if (t == &StrType) return val_from_smallint(AS(Str, v)->len);
        if (t == &TupleType) return val_from_smallint(AS(Tuple, v)->len);
        if (t == &DictType) return val_from_smallint(AS(Dict, v)->len);
    }
    int64_t n = value_len(vm, v);
    if (n < 0) return VAL_ERR;
    return int_from_i64(vm, n);
}

static Value any_all(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *name, bool want) {
    if (kwnames && arg_nokw(vm, name, kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, name, nargs) < 0) return VAL_ERR;
    Value v = args[0];
    if (val_is_type(v, &ListType)) {
        List *l = AS(List, v);
        for (int64_t i = 0; i < l->len; i++) {
            int t = value_truthy(vm, l->items[i]);
            if (t < 0) return VAL_ERR;
            if ((bool)t == want) return val_from_bool(want);
        }
        return val_from_bool(!want);
    }
    Value it = value_iter(vm, v);
    if (it == VAL_ERR) return VAL_ERR;
    for (;;) {
        Value x = value_next(vm, it);
        if (x == VAL_NULL) return val_from_bool(!want);
        if (x == VAL_ERR) return VAL_ERR;
        int t = value_truthy(vm, x);
        if (t < 0) return VAL_ERR;
        if ((bool)t == want) return val_from_bool(want);
    }
}

static Value bi_any(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return any_all(vm, args, nargs, kwnames, "any", true);
}
static Value bi_all(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return any_all(vm, args, nargs, kwnames, "all", false);
}

/* ---- sum ----------------------------------------------------------------------------------- */

static Value bi_sum(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    static const char *const names[] = {"start"};
    Value kw[1];
    if (arg_kwonly(vm, "sum", args, nargs, kwnames, names, 1, kw) < 0) return VAL_ERR;
    int total = nargs + (kw[0] != VAL_UNDEF);
    if (nargs < 1) return vm_raise(vm, &TypeErrorType, "sum() takes at least 1 positional argument (0 given)");
    if (total > 2) return vm_raise(vm, &TypeErrorType, "sum() takes at most 2 arguments (%d given)", total);
    if (nargs == 2 && kw[0] != VAL_UNDEF)
        return vm_raise(vm, &TypeErrorType, "argument for sum() given by name ('start') and position (2)");
    Value result = nargs == 2 ? args[1] : kw[0] != VAL_UNDEF ? kw[0] : val_from_smallint(0);
    if (val_is_str(result))
        return vm_raise(vm, &TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]");
    Value it = value_iter(vm, args[0]);
    if (it == VAL_ERR) return VAL_ERR;
    Value item = VAL_NULL;
    /* int fast path */
    if (val_is_int(result) || val_is_bool(result)) {
        int64_t acc = int_value(result);
        for (;;) {
            item = value_next(vm, it);
            if (item == VAL_ERR) return VAL_ERR;
            if (item == VAL_NULL) return int_from_i64(vm, acc);
            if (val_is_int(item) || val_is_bool(item)) {
                int64_t b = int_value(item), r;
                if (!__builtin_add_overflow(acc, b, &r)) {
                    acc = r;
                    continue;
                }
            }
            result = value_binop(vm, int_from_i64(vm, acc), item, BINOP_ADD);
            if (result == VAL_ERR) return VAL_ERR;
            break;
        }
    }
    /* float fast path */
    if (val_is_float(result)) {
        double acc = val_as_float(result);
        for (;;) {
            item = value_next(vm, it);
            if (item == VAL_ERR) return VAL_ERR;
            if (item == VAL_NULL) return val_from_float(acc);
            if (val_is_float(item)) {
                acc += val_as_float(item);
                continue;
            }
            if (val_is_int(item) || val_is_bool(item)) {
                acc += (double)int_value(item);
                continue;
            }
            result = value_binop(vm, val_from_float(acc), item, BINOP_ADD);
            if (result == VAL_ERR) return VAL_ERR;
            break;
        }
    }
    for (;;) {
        item = value_next(vm, it);
        if (item == VAL_ERR) return VAL_ERR;
        if (item == VAL_NULL) return result;
        result = value_binop(vm, result, item, BINOP_ADD);
        if (result == VAL_ERR) return VAL_ERR;
    }
}

/* ---- min / max -------------------------------------------------------------------------------- */

static Value min_max(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *name, int op) {
    static const char *const names[] = {"key", "default"};
    Value kw[2];
    if (arg_kwonly(vm, name, args, nargs, kwnames, names, 2, kw) < 0) return VAL_ERR;
    if (nargs == 0) return vm_raise(vm, &TypeErrorType, "%s expected at least 1 argument, got 0", name);
    Value key = kw[0] == VAL_UNDEF ? VAL_NONE : kw[0];
    Value dflt = kw[1];
    if (nargs > 1 && dflt != VAL_UNDEF)
        return vm_raise(vm, &TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments",
                        name);
    Value best = VAL_NULL, bestkey = VAL_NULL;
    Value it = VAL_NULL;
    Value *arr = NULL;
    int64_t n = 0, i = 0;
    if (nargs > 1) {
        arr = args;
        n = nargs;
    } else if (val_is_type(args[0], &ListType) || val_is_type(args[0], &TupleType)) {
        /* items re-read each step: a key function may mutate the list */
    } else {
        it = value_iter(vm, args[0]);
        if (it == VAL_ERR) return VAL_ERR;
    }
    for (;;) {
        Value item;
        if (arr) {
            if (i >= n) break;
            item = arr[i++];
        } else if (it == VAL_NULL) {
            int64_t len;
            Value *items = seq_fast_items(args[0], &len);
            if (i >= len) break;
            item = items[i++];
        } else {
            item = value_next(vm, it);
            if (item == VAL_NULL) break;
            if (item == VAL_ERR) return VAL_ERR;
        }
        Value k = item;
        if (key != VAL_NONE) {
            k = vm_call(vm, key, &item, 1, NULL);
            if (k == VAL_ERR) return VAL_ERR;
        }
        if (best == VAL_NULL) {
            best = item;
            bestkey = k;
            continue;
        }
        int c;
        if (val_both_smallint(k, bestkey)) {
            int64_t x = val_as_smallint(k), y = val_as_smallint(bestkey);
            c = op == CMP_GT ? x > y : x < y;
        } else {
            c = value_compare_bool(vm, k, bestkey, op);
            if (c < 0) return VAL_ERR;
        }
        if (c) {
            best = item;
            bestkey = k;
        }
    }
    if (best == VAL_NULL) {
        if (dflt != VAL_UNDEF) return dflt;
        return vm_raise(vm, &ValueErrorType, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Value bi_min(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return min_max(vm, args, nargs, kwnames, "min", CMP_LT);
}
static Value bi_max(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return min_max(vm, args, nargs, kwnames, "max", CMP_GT);
}

/* ---- sorted ---------------------------------------------------------------------------------------- */

static Value bi_sorted(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (nargs != 1) return vm_raise(vm, &TypeErrorType, "sorted expected 1 argument, got %d", nargs);
    static const char *const names[] = {"key", "reverse"};
    Value kw[2];
    if (arg_kwonly(vm, "sort", args, nargs, kwnames, names, 2, kw) < 0) return VAL_ERR;
    int64_t rev = 0;
    Value l = seq_from_iterable(vm, args[0]);
    if (l == VAL_ERR) return VAL_ERR;
    if (kw[1] != VAL_UNDEF && value_as_index(vm, kw[1], &rev) < 0) return VAL_ERR;
    if (list_sort(vm, AS(List, l), kw[0] == VAL_UNDEF ? VAL_NONE : kw[0], rev != 0) < 0) return VAL_ERR;
    return l;
}

/* ---- registration ------------------------------------------------------------------------------------ */

void builtins_init(VM *vm) {
    static const struct { const char *name; NativeFn fn; } fns[] = {
        {"print", bi_print}, {"len", bi_len}, {"sum", bi_sum}, {"min", bi_min}, {"max", bi_max},
        {"sorted", bi_sorted}, {"any", bi_any}, {"all", bi_all},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        dict_set_str(vm, vm->builtins, str_intern_cstr(vm, fns[i].name),
                     native_func_new(vm, fns[i].name, fns[i].fn, NULL, 0));
    static Type *const types[] = {
        &IntType, &FloatType, &StrType, &BoolType, &ListType, &TupleType, &DictType, &SetType,
        &FrozenSetType, &RangeType, &SliceType, &EnumerateType, &ZipType, &MapType, &FilterType,
        &ReversedType,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        dict_set_str(vm, vm->builtins, str_intern_cstr(vm, types[i]->name), OBJ_VAL(types[i]));
}
