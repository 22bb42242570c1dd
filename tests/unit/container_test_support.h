/* container_test_support.h - helpers shared by test_containers.c and
 * test_dict.c: the CHECK macro and counters, int/str constructors, and
 * checks of a repr or of the pending exception.  Needs object.h and vm.h. */
#ifndef GJ_CONTAINER_TEST_SUPPORT_H
#define GJ_CONTAINER_TEST_SUPPORT_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static int passed, failed;
static VM *vm;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (cond) passed++;                                                          \
        else {                                                                       \
            failed++;                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

static Value I(int64_t i) { return int_from_i64(vm, i); }
static Value S(const char *s) { return OBJ_VAL(str_from_cstr(vm, s)); }
static int64_t ival(Value v) { return int_value(v); }

static bool repr_is(Value v, const char *expect) {
    if (v == VAL_ERR) {
        Value s = value_str(vm, vm->exc);
        fprintf(stderr, "  unexpected exception: %s\n", s == VAL_ERR ? "?" : AS(Str, s)->data);
        vm_exc_clear(vm);
        return false;
    }
    Value r = value_repr(vm, v);
    if (r == VAL_ERR) {
        vm_exc_clear(vm);
        return false;
    }
    if (strcmp(AS(Str, r)->data, expect) != 0) {
        fprintf(stderr, "  repr: got %s, expected %s\n", AS(Str, r)->data, expect);
        return false;
    }
    return true;
}

static bool exc_is(Type *t, const char *msg) {
    if (vm->exc == VAL_NULL || !vm_exc_matches(vm, t)) {
        fprintf(stderr, "  expected %s exception\n", t->name);
        vm_exc_clear(vm);
        return false;
    }
    Value s = value_str(vm, vm->exc);
    bool ok = s != VAL_ERR && strcmp(AS(Str, s)->data, msg) == 0;
    if (!ok && s != VAL_ERR) fprintf(stderr, "  exception: got %s, expected %s\n", AS(Str, s)->data, msg);
    vm_exc_clear(vm);
    return ok;
}

static Value call(Value self, const char *meth, Value *args, int nargs) {
    return value_call_method(vm, self, str_intern_cstr(vm, meth), args, nargs);
}

#endif
