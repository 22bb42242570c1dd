/* test_dict.c - unit tests of the dict implementation (src/runtime/dict.c)
 * through the C API: insertion, lookup, deletion, resizing, insertion order,
 * keys_version semantics, Str fast paths, numeric key equality, errors.
 * Prints "N passed, M failed"; exits non-zero on failure. */
#include <stdio.h>
#include <string.h>

#include "runtime/containers.h"
#include "vm.h"

#include "container_test_support.h"

static void test_basic(void) {
    Dict *d = dict_new(vm);
    CHECK(d->len == 0);
    CHECK(dict_get(vm, d, I(1)) == VAL_UNDEF);
    CHECK(dict_get_str(d, str_intern_cstr(vm, "x")) == VAL_UNDEF);
    CHECK(dict_lookup_str_index(d, str_intern_cstr(vm, "x")) == -1);
    CHECK(dict_del(vm, d, I(1)) == 0 && vm->exc == VAL_NULL);
    CHECK(dict_set(vm, d, I(1), S("one")) == 0);
    CHECK(dict_set(vm, d, S("two"), I(2)) == 0);
    CHECK(d->len == 2);
    CHECK(ival(dict_get(vm, d, S("two"))) == 2);
    CHECK(repr_is(dict_get(vm, d, I(1)), "'one'"));
    CHECK(repr_is(OBJ_VAL(d), "{1: 'one', 'two': 2}"));
    CHECK(dict_set(vm, d, I(1), I(11)) == 0);
    CHECK(d->len == 2 && ival(dict_get(vm, d, I(1))) == 11);
    CHECK(repr_is(OBJ_VAL(d), "{1: 11, 'two': 2}"));
    CHECK(repr_is(OBJ_VAL(dict_new(vm)), "{}"));
}

static void test_many(void) {
    Dict *d = dict_new(vm);
    const int N = 20000;
    int fails = 0;
    for (int i = 0; i < N; i++) fails += dict_set(vm, d, I(i * 7 - 5000), I(i)) != 0;
    CHECK(fails == 0);
    CHECK(d->len == N);
    int bad = 0;
    for (int i = 0; i < N; i++)
        if (dict_get(vm, d, I(i * 7 - 5000)) == VAL_UNDEF || ival(dict_get(vm, d, I(i * 7 - 5000))) != i) bad++;
    CHECK(bad == 0);
    CHECK(dict_get(vm, d, I(-5001)) == VAL_UNDEF);
    /* insertion order */
    int64_t pos = 0, k = 0;
    Value key, val;
    bad = 0;
    while (dict_next(d, &pos, &key, &val)) {
        if (ival(key) != k * 7 - 5000 || ival(val) != k) bad++;
        k++;
    }
    CHECK(bad == 0 && k == N);
    /* delete the even positions */
    fails = 0;
    for (int i = 0; i < N; i += 2) fails += dict_del(vm, d, I(i * 7 - 5000)) != 1;
    CHECK(fails == 0);
    CHECK(d->len == N / 2);
    bad = 0;
    for (int i = 0; i < N; i++) {
        Value v = dict_get(vm, d, I(i * 7 - 5000));
        if ((i % 2 == 0) != (v == VAL_UNDEF)) bad++;
    }
    CHECK(bad == 0);
    /* re-insert: goes to the end */
    CHECK(dict_set(vm, d, I(-5000), S("again")) == 0);
    pos = 0;
    k = 1;
    bad = 0;
    Value last = VAL_NONE;
    while (dict_next(d, &pos, &key, &val)) {
        last = key;
        if (k < N && ival(key) != k * 7 - 5000) bad++;
        k += 2;
    }
    CHECK(bad == 0 && ival(last) == -5000);
    /* churn: many insert/delete cycles keep the table bounded */
    Dict *c = dict_new(vm);
    fails = 0;
    for (int i = 0; i < 100000; i++) {
        dict_set(vm, c, I(i), I(i));
        if (i >= 10 && dict_del(vm, c, I(i - 10)) != 1) fails++;
    }
    CHECK(fails == 0 && c->len == 10);
    CHECK(c->cap <= 64 && c->used <= c->cap);
    pos = 0;
    k = 100000 - 10;
    bad = 0;
    while (dict_next(c, &pos, &key, &val))
        if (ival(key) != k++) bad++;
    CHECK(bad == 0 && k == 100000);
}

static void test_keys_version(void) {
    Dict *d = dict_new(vm);
    uint64_t v0 = d->keys_version;
    dict_set(vm, d, S("a"), I(1));
    uint64_t v1 = d->keys_version;
    CHECK(v1 != v0);
    dict_set(vm, d, S("a"), I(2)); /* value update: same version */
    CHECK(d->keys_version == v1);
    dict_set_str(vm, d, str_intern_cstr(vm, "a"), I(3));
    CHECK(d->keys_version == v1);
    dict_get(vm, d, S("zz"));
    CHECK(d->keys_version == v1);
    CHECK(dict_del(vm, d, S("zz")) == 0);
    CHECK(d->keys_version == v1);
    dict_set_str(vm, d, str_intern_cstr(vm, "b"), I(1));
    uint64_t v2 = d->keys_version;
    CHECK(v2 != v1);
    CHECK(dict_del(vm, d, S("a")) == 1);
    uint64_t v3 = d->keys_version;
    CHECK(v3 != v2 && v3 != v1);
    /* different dicts never share a version */
    Dict *e = dict_new(vm);
    CHECK(e->keys_version != d->keys_version);
    /* many insertions: every one changes the version, resizes included */
    uint64_t prev = e->keys_version;
    int same = 0;
    for (int i = 0; i < 1000; i++) {
        dict_set(vm, e, I(i), I(i));
        if (e->keys_version == prev) same++;
        prev = e->keys_version;
    }
    CHECK(same == 0);
}

static void test_str_keys(void) {
    Dict *d = dict_new(vm);
    Str *k1 = str_intern_cstr(vm, "hello");
    dict_set_str(vm, d, k1, I(1));
    /* an equal but distinct (not interned) Str finds it, both ways */
    Str *k2 = str_from_cstr(vm, "hello");
    CHECK(k2 != k1);
    CHECK(ival(dict_get(vm, d, OBJ_VAL(k2))) == 1);
    CHECK(ival(dict_get_str(d, k2)) == 1);
    dict_set(vm, d, OBJ_VAL(str_from_cstr(vm, "world")), I(2));
    CHECK(ival(dict_get_str(d, str_intern_cstr(vm, "world"))) == 2);
    int64_t ix = dict_lookup_str_index(d, str_intern_cstr(vm, "world"));
    CHECK(ix >= 0 && ix < d->used && ival(d->entries[ix].value) == 2);
    /* updating through the generic path keeps one entry */
    dict_set(vm, d, OBJ_VAL(k2), I(10));
    CHECK(d->len == 2 && ival(dict_get_str(d, k1)) == 10);
    CHECK(dict_lookup_str_index(d, str_intern_cstr(vm, "nope")) == -1);
    /* empty string and non-ASCII keys */
    dict_set(vm, d, S(""), I(0));
    dict_set(vm, d, S("h\xc3\xa9llo"), I(5));
    CHECK(ival(dict_get_str(d, str_from_cstr(vm, ""))) == 0);
    CHECK(ival(dict_get_str(d, str_from_cstr(vm, "h\xc3\xa9llo"))) == 5);
    /* a Str key is not equal to an int with the same hash bits */
    CHECK(dict_get(vm, d, I(str_hash(k1))) == VAL_UNDEF);
    CHECK(dict_del(vm, d, OBJ_VAL(k2)) == 1);
    CHECK(dict_get_str(d, k1) == VAL_UNDEF && d->len == 3);
}

static void test_numeric_keys(void) {
    Dict *d = dict_new(vm);
    dict_set(vm, d, I(1), S("a"));
    dict_set(vm, d, val_from_float(1.0), S("b"));
    dict_set(vm, d, VAL_TRUE, S("c"));
    CHECK(d->len == 1);
    CHECK(repr_is(OBJ_VAL(d), "{1: 'c'}"));
    dict_set(vm, d, I(0), S("zero"));
    dict_set(vm, d, VAL_FALSE, S("false"));
    dict_set(vm, d, val_from_float(-0.0), S("negzero"));
    CHECK(d->len == 2);
    CHECK(repr_is(OBJ_VAL(d), "{1: 'c', 0: 'negzero'}"));
    CHECK(repr_is(dict_get(vm, d, val_from_float(1.0)), "'c'"));
    dict_set(vm, d, I(-1), S("m1"));
    dict_set(vm, d, I(-2), S("m2"));
    CHECK(d->len == 4 && repr_is(dict_get(vm, d, I(-1)), "'m1'") && repr_is(dict_get(vm, d, I(-2)), "'m2'"));
    /* tuple keys */
    Value t1 = tuple_pack(vm, 2, I(1), I(2)), t2 = tuple_pack(vm, 2, I(1), I(2));
    dict_set(vm, d, t1, S("tuple"));
    CHECK(repr_is(dict_get(vm, d, t2), "'tuple'"));
    Value t3 = tuple_pack(vm, 2, VAL_TRUE, val_from_float(2.0));
    dict_set(vm, d, t3, S("tuple2"));
    CHECK(repr_is(dict_get(vm, d, t1), "'tuple2'"));
    /* big ints */
    dict_set(vm, d, I(INT64_C(1) << 50), S("big"));
    CHECK(repr_is(dict_get(vm, d, I(INT64_C(1) << 50)), "'big'"));
}

static void test_errors(void) {
    Dict *d = dict_new(vm);
    Value l = OBJ_VAL(list_new(vm, 0));
    CHECK(dict_set(vm, d, l, I(1)) == -1);
    CHECK(exc_is(&TypeErrorType, "unhashable type: 'list'"));
    CHECK(dict_get(vm, d, l) == VAL_ERR);
    CHECK(exc_is(&TypeErrorType, "unhashable type: 'list'"));
    CHECK(value_getitem(vm, OBJ_VAL(d), S("missing")) == VAL_ERR);
    CHECK(exc_is(&KeyErrorType, "'missing'"));
    CHECK(value_setitem(vm, OBJ_VAL(d), I(5), VAL_UNDEF) == -1);
    CHECK(exc_is(&KeyErrorType, "5"));
    CHECK(call(OBJ_VAL(d), "popitem", NULL, 0) == VAL_ERR);
    CHECK(exc_is(&KeyErrorType, "'popitem(): dictionary is empty'"));
    Value k = I(3);
    CHECK(call(OBJ_VAL(d), "pop", &k, 1) == VAL_ERR);
    CHECK(exc_is(&KeyErrorType, "3"));
    Value bad = OBJ_VAL(list_new(vm, 0));
    list_append(vm, AS(List, bad), I(1));
    CHECK(call(OBJ_VAL(d), "update", &bad, 1) == VAL_ERR);
    CHECK(exc_is(&TypeErrorType, "cannot convert dictionary update sequence element #0 to a sequence"));
}

static void test_methods(void) {
    Dict *d = dict_new(vm);
    for (int i = 0; i < 5; i++) dict_set(vm, d, I(i), I(i * i));
    Value dv = OBJ_VAL(d);
    Value r = call(dv, "popitem", NULL, 0);
    CHECK(repr_is(r, "(4, 16)"));
    r = call(dv, "popitem", NULL, 0);
    CHECK(repr_is(r, "(3, 9)"));
    dict_set(vm, d, I(10), I(100));
    CHECK(repr_is(dv, "{0: 0, 1: 1, 2: 4, 10: 100}"));
    Value args[2] = {I(1), S("x")};
    CHECK(ival(call(dv, "pop", args, 2)) == 1);
    CHECK(repr_is(call(dv, "pop", args, 2), "'x'"));
    CHECK(repr_is(call(dv, "get", args, 2), "'x'"));
    args[0] = I(7);
    args[1] = OBJ_VAL(list_new(vm, 0));
    Value got = call(dv, "setdefault", args, 2);
    CHECK(got == args[1]);
    CHECK(call(dv, "setdefault", args, 1) == args[1]);
    CHECK(repr_is(call(dv, "keys", NULL, 0), "dict_keys([0, 2, 10, 7])"));
    CHECK(repr_is(call(dv, "values", NULL, 0), "dict_values([0, 4, 100, []])"));
    CHECK(repr_is(call(dv, "items", NULL, 0), "dict_items([(0, 0), (2, 4), (10, 100), (7, [])])"));
    Value cp = call(dv, "copy", NULL, 0);
    CHECK(value_eq(vm, cp, dv) == 1);
    CHECK(repr_is(cp, "{0: 0, 2: 4, 10: 100, 7: []}"));
    dict_set(vm, AS(Dict, cp), I(0), I(-1));
    CHECK(value_eq(vm, cp, dv) == 0);
    CHECK(call(dv, "clear", NULL, 0) == VAL_NONE && d->len == 0 && repr_is(dv, "{}"));
    dict_set(vm, d, S("after"), I(1));
    CHECK(repr_is(dv, "{'after': 1}"));
    /* dict_copy of a dict with holes keeps order */
    Dict *h = dict_new(vm);
    for (int i = 0; i < 50; i++) dict_set(vm, h, I(i), I(i));
    for (int i = 0; i < 50; i += 3) dict_del(vm, h, I(i));
    Dict *hc = dict_copy(vm, h);
    CHECK(hc->len == h->len && value_eq(vm, OBJ_VAL(hc), OBJ_VAL(h)) == 1);
    int64_t p1 = 0, p2 = 0;
    Value k1, k2;
    int bad = 0;
    while (dict_next(h, &p1, &k1, NULL)) {
        if (!dict_next(hc, &p2, &k2, NULL) || k1 != k2) bad++;
    }
    CHECK(bad == 0);
    /* update from another dict and merge with override=2 */
    Dict *a = dict_new(vm), *b = dict_new(vm);
    dict_set(vm, a, S("x"), I(1));
    dict_set(vm, b, S("y"), I(2));
    dict_set(vm, b, S("x"), I(3));
    CHECK(dict_update(vm, a, OBJ_VAL(b)) == 0);
    CHECK(repr_is(OBJ_VAL(a), "{'x': 3, 'y': 2}"));
    CHECK(dict_merge(vm, a, OBJ_VAL(b), 2) == -1);
    CHECK(exc_is(&KeyErrorType, "'y'"));
}

static void test_iteration(void) {
    Dict *d = dict_new(vm);
    for (int i = 0; i < 3; i++) dict_set(vm, d, I(i), I(i));
    Value it = value_iter(vm, OBJ_VAL(d));
    CHECK(ival(value_next(vm, it)) == 0);
    dict_set(vm, d, I(99), I(99));
    CHECK(value_next(vm, it) == VAL_ERR);
    CHECK(exc_is(&RuntimeErrorType, "dictionary changed size during iteration"));
    /* value updates during iteration are fine */
    it = value_iter(vm, OBJ_VAL(d));
    int n = 0;
    for (;;) {
        Value k = value_next(vm, it);
        if (k == VAL_NULL || k == VAL_ERR) break;
        dict_set(vm, d, k, I(-1));
        n++;
    }
    CHECK(n == 4 && vm->exc == VAL_NULL);
    CHECK(repr_is(OBJ_VAL(d), "{0: -1, 1: -1, 2: -1, 99: -1}"));
    /* items iterator and reversed */
    Value items = dict_iter_new(vm, d, DICTITER_ITEMS, false);
    CHECK(repr_is(value_next(vm, items), "(0, -1)"));
    Value rev = dict_iter_new(vm, d, DICTITER_KEYS, true);
    CHECK(ival(value_next(vm, rev)) == 99 && ival(value_next(vm, rev)) == 2);
    /* recursive repr */
    Dict *r = dict_new(vm);
    dict_set(vm, r, S("self"), OBJ_VAL(r));
    CHECK(repr_is(OBJ_VAL(r), "{'self': {...}}"));
}

int main(void) {
    vm = vm_new();
    test_basic();
    test_many();
    test_keys_version();
    test_str_keys();
    test_numeric_keys();
    test_errors();
    test_methods();
    test_iteration();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
