/* test_containers.c - unit tests of tuple, list, set, range, slice, the
 * iterator types and builtins through the C API.  Expected values marked
 * "CPython" were generated with CPython 3.11 (set iteration orders, hashes,
 * slice.indices results).  Prints "N passed, M failed"; exits non-zero on
 * failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/containers.h"
#include "vm.h"

#include "container_test_support.h"

#define NONE INT64_MIN

static Value int_list(const int64_t *v, int n) {
    List *l = list_new(vm, n);
    for (int i = 0; i < n; i++) list_append(vm, l, I(v[i]));
    return OBJ_VAL(l);
}

/* list(s) == expected, element by element */
static bool order_is(Value s, const int64_t *expect, int n) {
    Value l = seq_from_iterable(vm, s);
    if (l == VAL_ERR) {
        vm_exc_clear(vm);
        return false;
    }
    List *L = AS(List, l);
    if (L->len != n) {
        fprintf(stderr, "  length %lld, expected %d\n", (long long)L->len, n);
        return false;
    }
    for (int i = 0; i < n; i++) {
        if (!val_is_int(L->items[i]) || ival(L->items[i]) != expect[i]) {
            fprintf(stderr, "  item %d differs\n", i);
            return false;
        }
    }
    return true;
}


/* ---- sets: iteration order identical to CPython ------------------------------------ */

static void test_set_order(void) {
    static const int64_t a_in[] = {5, 3, 100, -1, 8, 1024, 33, 64, 7, -100, INT64_C(1) << 40, 17, 9, 25};
    static const int64_t a_out[] = {1024, 33, 64, 3, 100, 5, INT64_C(1099511627776), 7, 8, 9, 17, 25, -100, -1}; /* CPython */
    Set *a = set_new(vm, false);
    for (size_t i = 0; i < sizeof a_in / sizeof a_in[0]; i++) CHECK(set_add(vm, a, I(a_in[i])) == 0);
    CHECK(order_is(OBJ_VAL(a), a_out, 14));

    static const int64_t b_out[] = {0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49,
                                    182, 56, 189, 63, 196, 70, 77, 84, 91, 98, 105, 112, 119, 126}; /* CPython */
    Set *b = set_new(vm, false);
    for (int i = 196; i >= 0; i -= 7) set_add(vm, b, I(i));
    CHECK(order_is(OBJ_VAL(b), b_out, 29));

    static const int64_t c_out[] = {1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26,
                                    28, 29, 31, 32, 34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49, 100, 101, 102,
                                    103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119};
    Set *c = set_new(vm, false);
    for (int i = 0; i < 50; i++) set_add(vm, c, I(i));
    for (int i = 0; i < 50; i += 3) CHECK(set_discard(vm, c, I(i)) == 1);
    CHECK(set_discard(vm, c, I(0)) == 0);
    for (int i = 100; i < 120; i++) set_add(vm, c, I(i));
    CHECK(order_is(OBJ_VAL(c), c_out, (int)(sizeof c_out / sizeof c_out[0])));

    /* tuples: CPython order of {(i, j) for i in range(4) for j in range(-2, 2)} */
    Set *t = set_new(vm, false);
    for (int i = 0; i < 4; i++)
        for (int j = -2; j < 2; j++) set_add(vm, t, tuple_pack(vm, 2, I(i), I(j)));
    CHECK(repr_is(OBJ_VAL(t), "{(0, 1), (2, -2), (2, -1), (3, -2), (2, 1), (3, -1), (0, 0), (3, 1), (1, 1), "
                              "(2, 0), (1, -2), (0, -1), (1, -1), (3, 0), (1, 0), (0, -2)}"));

    /* operators: CPython results for A = {1, 2, 3, 4, 5, 40, 77}; B = {4, 5, 6, 7, 77, 1000} */
    static const int64_t A[] = {1, 2, 3, 4, 5, 40, 77}, B[] = {4, 5, 6, 7, 77, 1000};
    Value sa = SetType.construct(vm, &SetType, (Value[]){int_list(A, 7)}, 1, NULL);
    Value sb = SetType.construct(vm, &SetType, (Value[]){int_list(B, 6)}, 1, NULL);
    static const int64_t o_or[] = {1, 2, 3, 4, 5, 6, 7, 40, 1000, 77}, o_and[] = {77, 4, 5}, o_sub[] = {40, 1, 2, 3},
                         o_xor[] = {1, 2, 3, 6, 7, 1000, 40};
    CHECK(order_is(value_binop(vm, sa, sb, BINOP_OR), o_or, 10));
    CHECK(order_is(value_binop(vm, sa, sb, BINOP_AND), o_and, 3));
    CHECK(order_is(value_binop(vm, sa, sb, BINOP_SUB), o_sub, 4));
    CHECK(order_is(value_binop(vm, sa, sb, BINOP_XOR), o_xor, 7));
    CHECK(repr_is(sa, "{1, 2, 3, 4, 5, 40, 77}"));
}

/* Generated with CPython 3.11 from the LCG sequence in test_set_lcg(). */
static const int64_t lcg_set_order[] = {
    0, 514, -504, 520, -503, -500, 15, 18, 531, 534, -489, 26, -997, 29, -482, 543,
    -479, -991, -988, -471, -469, -981, -979, -978, 44, 43, -463, 563, 565, -971, 58, -964,
    64, -959, 65, 67, -446, -956, -441, 585, 74, 77, 591, 592, -942, -429, 84, 83,
    -428, -424, -935, 91, 604, 603, -414, -924, 613, 614, 612, 620, 111, 112, 629, -390,
    -896, 132, 134, -377, -886, 138, 654, 143, -368, 660, -874, 151, -872, -356, 157, -864,
    -351, -862, 163, -350, -345, 168, 681, -342, 683, -341, 175, -845, 695, 696, 698, -836,
    189, 199, 716, -307, 206, -301, 726, -808, 218, 731, -804, -800, -285, -795, 741, -283,
    -791, 748, 751, -271, 242, 243, -780, 756, -265, -264, 250, 764, -258, 766, 771, 261,
    775, -248, -247, -757, -245, 268, -754, -241, 273, -239, -746, -233, -230, 282, -742, 285,
    288, -735, 805, -731, -215, -214, 810, -212, 814, -720, 305, -205, -716, -201, 824, -200,
    -708, 831, 832, -705, -696, 840, -694, -693, 843, 333, -178, -176, -175, -174, 336, 854,
    855, -681, -169, 860, 354, -157, -666, -149, -148, 366, 369, -140, -651, 884, -137, 888,
    378, -645, -134, -130, 894, 896, 385, 383, 391, 904, 905, -120, -629, -627, 403, -620,
    918, 927, -96, -609, 420, -598, -595, -82, -81, -77, -75, -74, 949, 952, 953, -585,
    -69, 955, 958, 448, -62, -573, 454, -570, -567, 457, -53, -52, 974, 975, -561, -555,
    981, 471, -552, 477, -34, -33, -30, -541, -25, -5, -23, 491, -533, 494, -14, -11,
    -520, 507, 509,
};
static const int64_t lcg_set_pops[] = {
    0, 514, -504, 520, -503, -500, 15, 18, 531, 534, -489, 26, -997, 29, -482, 543,
    -479, -991, -988, -471, -469, -981, -979, -978, 44, 43, -463, 563, 565, -971, 58, -964,
    64, -959, 65, 67, -446, -956, -441, 585,
};
static const char *lcg_set_after_pops_repr_prefix = "{74, 77, 591, 592, -942, -429, 84, 83, -428, -424, -935, 91,";

static void test_set_lcg(void) {
    uint32_t x = 12345;
    Set *s = set_new(vm, false);
    for (int i = 0; i < 400; i++) {
        x = (x * 1103515245u + 12345u) & 0x7fffffffu;
        int64_t v = (int64_t)((x >> 8) % 2001) - 1000;
        if ((x & 0xff) < 180) set_add(vm, s, I(v));
        else set_discard(vm, s, I(v));
    }
    CHECK(order_is(OBJ_VAL(s), lcg_set_order, (int)(sizeof lcg_set_order / sizeof lcg_set_order[0])));
    int bad = 0;
    for (size_t i = 0; i < sizeof lcg_set_pops / sizeof lcg_set_pops[0]; i++) {
        Value v = call(OBJ_VAL(s), "pop", NULL, 0);
        if (v == VAL_ERR || ival(v) != lcg_set_pops[i]) bad++;
    }
    CHECK(bad == 0);
    Value r = value_repr(vm, OBJ_VAL(s));
    CHECK(r != VAL_ERR && strncmp(AS(Str, r)->data, lcg_set_after_pops_repr_prefix, strlen(lcg_set_after_pops_repr_prefix)) == 0);
}

static void test_set_misc(void) {
    /* frozenset hashes (CPython) */
    static const int64_t f1[] = {1, 2, 3};
    Value fs = FrozenSetType.construct(vm, &FrozenSetType, (Value[]){int_list(f1, 3)}, 1, NULL);
    int64_t h;
    CHECK(value_hash(vm, fs, &h) == 0 && h == INT64_C(-272375401224217160));
    Value empty = FrozenSetType.construct(vm, &FrozenSetType, NULL, 0, NULL);
    CHECK(value_hash(vm, empty, &h) == 0 && h == INT64_C(133146708735736));
    Set *f2 = set_new(vm, true);
    set_add(vm, f2, tuple_pack(vm, 2, I(1), I(2)));
    set_add(vm, f2, I(-5));
    CHECK(value_hash(vm, OBJ_VAL(f2), &h) == 0 && h == INT64_C(-350902418138040512));
    CHECK(repr_is(OBJ_VAL(f2), "frozenset({(1, 2), -5})"));
    CHECK(repr_is(OBJ_VAL(set_new(vm, false)), "set()"));
    CHECK(repr_is(empty, "frozenset()"));
    /* a set is unhashable but can be looked up as a frozenset */
    Set *s = set_new(vm, false);
    set_add(vm, s, fs);
    Set *probe = set_new(vm, false);
    for (int i = 1; i <= 3; i++) set_add(vm, probe, I(i));
    CHECK(set_contains(vm, s, OBJ_VAL(probe)) == 1);
    CHECK(set_add(vm, s, OBJ_VAL(probe)) == -1 && exc_is(&TypeErrorType, "unhashable type: 'set'"));
    /* numeric equality */
    Set *n = set_new(vm, false);
    set_add(vm, n, I(1));
    set_add(vm, n, val_from_float(1.0));
    set_add(vm, n, VAL_TRUE);
    CHECK(repr_is(OBJ_VAL(n), "{1}"));
    /* errors */
    CHECK(call(OBJ_VAL(set_new(vm, false)), "pop", NULL, 0) == VAL_ERR && exc_is(&KeyErrorType, "'pop from an empty set'"));
    Value k = I(42);
    CHECK(call(OBJ_VAL(n), "remove", &k, 1) == VAL_ERR && exc_is(&KeyErrorType, "42"));
    /* mutation during iteration */
    Value it = value_iter(vm, OBJ_VAL(n));
    set_add(vm, n, I(2));
    CHECK(value_next(vm, it) == VAL_ERR && exc_is(&RuntimeErrorType, "Set changed size during iteration"));
    /* subset relations */
    Set *x = set_new(vm, false), *y = set_new(vm, false);
    set_add(vm, x, I(1));
    set_add(vm, y, I(1));
    set_add(vm, y, I(2));
    CHECK(value_richcmp(vm, OBJ_VAL(x), OBJ_VAL(y), CMP_LT) == VAL_TRUE);
    CHECK(value_richcmp(vm, OBJ_VAL(y), OBJ_VAL(x), CMP_GE) == VAL_TRUE);
    CHECK(value_richcmp(vm, OBJ_VAL(x), OBJ_VAL(y), CMP_EQ) == VAL_FALSE);
    CHECK(value_richcmp(vm, OBJ_VAL(y), OBJ_VAL(y), CMP_GT) == VAL_FALSE);
    /* big set: every element found, none extra */
    Set *big = set_new(vm, false);
    for (int i = 0; i < 100000; i++) set_add(vm, big, I(i * 3));
    int bad = 0;
    for (int i = 0; i < 300000; i++)
        if (set_contains(vm, big, I(i)) != (i % 3 == 0)) bad++;
    CHECK(bad == 0 && value_len(vm, OBJ_VAL(big)) == 100000);
}

/* ---- tuples -------------------------------------------------------------------------- */

static void test_tuple(void) {
    int64_t h;
    CHECK(value_hash(vm, tuple_pack(vm, 3, I(1), I(2), I(3)), &h) == 0 && h == INT64_C(529344067295497451));
    CHECK(value_hash(vm, OBJ_VAL(tuple_new(vm, 0)), &h) == 0 && h == INT64_C(5740354900026072187));
    CHECK(value_hash(vm, tuple_pack(vm, 1, I(-1)), &h) == 0 && h == INT64_C(8078679518589016365));
    Value nested = tuple_pack(vm, 2, tuple_pack(vm, 2, I(1), I(2)), tuple_pack(vm, 1, I(3)));
    CHECK(value_hash(vm, nested, &h) == 0 && h == INT64_C(-8303551883679707139));
    CHECK(value_hash(vm, tuple_pack(vm, 2, val_from_float(1.5), I(-2)), &h) == 0 && h == INT64_C(-9002791676578425913));
    CHECK(value_hash(vm, tuple_pack(vm, 1, OBJ_VAL(list_new(vm, 0))), &h) == -1 &&
          exc_is(&TypeErrorType, "unhashable type: 'list'"));
    CHECK(repr_is(tuple_pack(vm, 1, I(1)), "(1,)"));
    CHECK(repr_is(OBJ_VAL(tuple_new(vm, 0)), "()"));
    CHECK(repr_is(tuple_pack(vm, 3, S("a"), VAL_NONE, val_from_float(2.5)), "('a', None, 2.5)"));
    Value t = tuple_pack(vm, 4, I(0), I(1), I(2), I(3));
    CHECK(repr_is(value_getitem(vm, t, slice_new(vm, VAL_NONE, VAL_NONE, I(-2))), "(3, 1)"));
    CHECK(value_getitem(vm, t, I(4)) == VAL_ERR && exc_is(&IndexErrorType, "tuple index out of range"));
    CHECK(value_binop(vm, t, OBJ_VAL(list_new(vm, 0)), BINOP_ADD) == VAL_ERR &&
          exc_is(&TypeErrorType, "can only concatenate tuple (not \"list\") to tuple"));
    CHECK(repr_is(value_binop(vm, I(2), tuple_pack(vm, 1, I(7)), BINOP_MUL), "(7, 7)"));
    CHECK(value_richcmp(vm, tuple_pack(vm, 2, I(1), I(2)), tuple_pack(vm, 2, I(1), I(3)), CMP_LT) == VAL_TRUE);
    CHECK(value_richcmp(vm, tuple_pack(vm, 1, I(1)), tuple_pack(vm, 2, I(1), I(0)), CMP_LT) == VAL_TRUE);
    Value x = I(9);
    CHECK(call(t, "index", &x, 1) == VAL_ERR && exc_is(&ValueErrorType, "tuple.index(x): x not in tuple"));
}

/* ---- lists ------------------------------------------------------------------------------ */

static Value key_first(VM *v, Value *args, int nargs, Tuple *kw) {
    (void)v;
    (void)nargs;
    (void)kw;
    return AS(Tuple, args[0])->items[0];
}

static void test_list_sort(void) {
    /* stability with a key, forward and reverse */
    uint32_t x = 7;
    List *l = list_new(vm, 0);
    for (int i = 0; i < 3000; i++) {
        x = x * 1664525u + 1013904223u;
        list_append(vm, l, tuple_pack(vm, 2, I((x >> 16) % 50), I(i)));
    }
    Value key = native_func_new(vm, "key_first", key_first, NULL, 0);
    CHECK(list_sort(vm, l, key, false) == 0);
    int bad = 0;
    for (int64_t i = 1; i < l->len; i++) {
        Tuple *a = AS(Tuple, l->items[i - 1]), *b = AS(Tuple, l->items[i]);
        int64_t ka = ival(a->items[0]), kb = ival(b->items[0]);
        if (ka > kb || (ka == kb && ival(a->items[1]) > ival(b->items[1]))) bad++;
    }
    CHECK(bad == 0 && l->len == 3000);
    CHECK(list_sort(vm, l, key, true) == 0);
    bad = 0;
    for (int64_t i = 1; i < l->len; i++) {
        Tuple *a = AS(Tuple, l->items[i - 1]), *b = AS(Tuple, l->items[i]);
        int64_t ka = ival(a->items[0]), kb = ival(b->items[0]);
        if (ka < kb || (ka == kb && ival(a->items[1]) > ival(b->items[1]))) bad++;
    }
    CHECK(bad == 0);
    /* plain ints, floats, strings, mixed numbers */
    List *n = list_new(vm, 0);
    for (int i = 0; i < 10000; i++) {
        x = x * 1664525u + 1013904223u;
        list_append(vm, n, I((int64_t)(x % 2001) - 1000));
    }
    CHECK(list_sort(vm, n, VAL_NONE, false) == 0);
    bad = 0;
    for (int64_t i = 1; i < n->len; i++)
        if (ival(n->items[i - 1]) > ival(n->items[i])) bad++;
    CHECK(bad == 0);
    List *m = AS(List, list_from_array(vm, (Value[]){I(3), val_from_float(1.5), VAL_TRUE, I(-2), val_from_float(-7.25)}, 5));
    CHECK(list_sort(vm, m, VAL_NONE, false) == 0 && repr_is(OBJ_VAL(m), "[-7.25, -2, True, 1.5, 3]"));
    List *s = AS(List, list_from_array(vm, (Value[]){S("pear"), S("apple"), S("\xc3\xa9t\xc3\xa9"), S("Zoo"), S("app")}, 5));
    CHECK(list_sort(vm, s, VAL_NONE, false) == 0 && repr_is(OBJ_VAL(s), "['Zoo', 'app', 'apple', 'pear', '\xc3\xa9t\xc3\xa9']"));
    /* incomparable items: TypeError, list keeps all its items */
    List *e = AS(List, list_from_array(vm, (Value[]){I(3), S("a"), I(1), I(2)}, 4));
    CHECK(list_sort(vm, e, VAL_NONE, false) == -1 &&
          exc_is(&TypeErrorType, "'<' not supported between instances of 'str' and 'int'"));
    CHECK(e->len == 4);
    /* an error after some items were shifted still leaves a permutation */
    List *p = AS(List, list_from_array(vm, (Value[]){tuple_pack(vm, 2, I(1), S("a")), tuple_pack(vm, 2, I(2), I(5)),
                                                     tuple_pack(vm, 2, I(1), I(3)), I(7)}, 4));
    Value before = list_as_tuple(vm, p);
    CHECK(list_sort(vm, p, VAL_NONE, false) == -1 &&
          exc_is(&TypeErrorType, "'<' not supported between instances of 'int' and 'str'"));
    int found = 0;
    for (int64_t i = 0; i < 4; i++)
        for (int64_t j = 0; j < 4; j++)
            if (p->items[i] == AS(Tuple, before)->items[j]) {
                found++;
                break;
            }
    CHECK(p->len == 4 && found == 4);
    /* sorted() builtin with keywords */
    Value sorted = dict_get_str(vm->builtins, str_intern_cstr(vm, "sorted"));
    Value kwn = tuple_pack(vm, 1, S("reverse"));
    Value r = value_call(vm, sorted, (Value[]){int_list((int64_t[]){2, 3, 1}, 3), VAL_TRUE}, 1, AS(Tuple, kwn));
    CHECK(repr_is(r, "[3, 2, 1]"));
}

static void test_list_ops(void) {
    List *l = list_new(vm, 0);
    for (int i = 0; i < 100000; i++) list_append(vm, l, I(i));
    CHECK(l->len == 100000 && ival(l->items[99999]) == 99999);
    CHECK(ival(list_pop_index(vm, l, -1)) == 99999 && ival(list_pop_index(vm, l, 0)) == 0);
    CHECK(list_pop_index(vm, l, 200000) == VAL_ERR && exc_is(&IndexErrorType, "pop index out of range"));
    CHECK(list_pop_index(vm, list_new(vm, 0), -1) == VAL_ERR && exc_is(&IndexErrorType, "pop from empty list"));
    Value v = int_list((int64_t[]){0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 10);
    CHECK(value_setitem(vm, v, slice_new(vm, I(2), I(5), VAL_NONE), int_list((int64_t[]){-1}, 1)) == 0);
    CHECK(repr_is(v, "[0, 1, -1, 5, 6, 7, 8, 9]"));
    CHECK(value_setitem(vm, v, slice_new(vm, VAL_NONE, VAL_NONE, I(2)), int_list((int64_t[]){1}, 1)) == -1 &&
          exc_is(&ValueErrorType, "attempt to assign sequence of size 1 to extended slice of size 4"));
    CHECK(value_setitem(vm, v, slice_new(vm, VAL_NONE, VAL_NONE, I(-3)), VAL_UNDEF) == 0);
    CHECK(repr_is(v, "[0, -1, 5, 7, 8]"));
    CHECK(value_setitem(vm, v, slice_new(vm, I(1), I(1), VAL_NONE), S("ab")) == 0);
    CHECK(repr_is(v, "[0, 'a', 'b', -1, 5, 7, 8]"));
    CHECK(value_setitem(vm, v, slice_new(vm, I(0), I(2), VAL_NONE), I(5)) == -1 &&
          exc_is(&TypeErrorType, "can only assign an iterable"));
    CHECK(value_setitem(vm, v, slice_new(vm, VAL_NONE, VAL_NONE, I(-1)), v) == 0);
    CHECK(repr_is(v, "[8, 7, 5, -1, 'b', 'a', 0]"));
    CHECK(value_setitem(vm, v, I(7), I(0)) == -1 && exc_is(&IndexErrorType, "list assignment index out of range"));
    CHECK(value_getitem(vm, v, I(-8)) == VAL_ERR && exc_is(&IndexErrorType, "list index out of range"));
    CHECK(value_getitem(vm, v, S("x")) == VAL_ERR && exc_is(&TypeErrorType, "list indices must be integers or slices, not str"));
    Value x = I(5);
    CHECK(call(v, "remove", &x, 1) == VAL_NONE && repr_is(v, "[8, 7, -1, 'b', 'a', 0]"));
    CHECK(call(v, "remove", &x, 1) == VAL_ERR && exc_is(&ValueErrorType, "list.remove(x): x not in list"));
    CHECK(call(v, "index", &x, 1) == VAL_ERR && exc_is(&ValueErrorType, "5 is not in list"));
    CHECK(value_binop(vm, v, I(1), BINOP_ADD) == VAL_ERR &&
          exc_is(&TypeErrorType, "can only concatenate list (not \"int\") to list"));
    CHECK(value_binop(vm, v, val_from_float(1.5), BINOP_MUL) == VAL_ERR &&
          exc_is(&TypeErrorType, "can't multiply sequence by non-int of type 'float'"));
    Value inc = value_binop(vm, v, S("xy"), BINOP_ADD | BINOP_INPLACE);
    CHECK(inc == v && repr_is(v, "[8, 7, -1, 'b', 'a', 0, 'x', 'y']"));
    /* recursive repr, comparison */
    List *r = list_new(vm, 0);
    list_append(vm, r, OBJ_VAL(r));
    CHECK(repr_is(OBJ_VAL(r), "[[...]]"));
    CHECK(value_richcmp(vm, int_list((int64_t[]){1, 2}, 2), int_list((int64_t[]){1, 2, 0}, 3), CMP_LT) == VAL_TRUE);
    CHECK(value_eq(vm, int_list((int64_t[]){1, 2}, 2), int_list((int64_t[]){1, 2}, 2)) == 1);
    CHECK(repr_is(seq_from_iterable(vm, range_new(vm, 0, 10, 3)), "[0, 3, 6, 9]"));
}

/* ---- slices and ranges -------------------------------------------------------------------- */

/* Generated with CPython 3.11: slice(start, stop, step).indices(len) and len(range(*that)). */
static const int64_t slice_cases[][8] = {
    {5, 1, NONE, 5, 5, 1, 1, 0}, {NONE, 2, 2, 1, 0, 1, 2, 1}, {-1, 9, 2, 10, 9, 9, 2, 0}, {5, 5, -2, 1, 0, 0, -2, 0},
    {-10, 5, 1, 1, 0, 1, 1, 1}, {-1, 100, -5, 5, 4, 4, -5, 0}, {1, 1, 1, 1, 1, 1, 1, 0}, {-10, -10, -5, 10, 0, 0, -5, 0},
    {0, -1, 3, 1, 0, 0, 3, 0}, {5, -3, 1, 10, 5, 7, 1, 2}, {100, -10, -1, 5, 4, -1, -1, 5}, {NONE, 5, 1, 5, 0, 5, 1, 5},
    {0, -1, 2, 5, 0, 4, 2, 2}, {NONE, 9, 3, 10, 0, 9, 3, 3}, {2, NONE, 1, 10, 2, 10, 1, 8}, {-3, 5, -1, 1, -1, 0, -1, 0},
    {9, -10, NONE, 1, 1, 0, 1, 0}, {-10, 9, 1, 10, 0, 9, 1, 9}, {100, -1, 1, 1, 1, 0, 1, 0}, {NONE, -1, -5, 10, 9, 9, -5, 0},
    {0, -1, -1, 0, -1, -1, -1, 0}, {-3, NONE, -2, 1, -1, -1, -2, 0}, {5, 0, 1, 5, 5, 0, 1, 0}, {9, -10, -2, 10, 9, 0, -2, 5},
    {9, 2, -2, 0, -1, -1, -2, 0}, {-10, -10, NONE, 10, 0, 0, 1, 0}, {-3, 0, 2, 1, 0, 0, 2, 0}, {0, -10, NONE, 5, 0, 0, 1, 0},
    {-1, 0, 1, 0, 0, 0, 1, 0}, {NONE, 0, 3, 5, 0, 0, 3, 0}, {2, 5, -5, 10, 2, 5, -5, 0}, {0, -1, -2, 5, 0, 4, -2, 0},
    {5, -3, -1, 5, 4, 2, -1, 2}, {5, -3, -1, 0, -1, -1, -1, 0}, {9, -10, 2, 0, 0, 0, 2, 0}, {100, -10, 2, 1, 1, 0, 2, 0},
    {-3, 9, 2, 5, 2, 5, 2, 2}, {100, -1, -1, 1, 0, 0, -1, 0}, {NONE, -3, NONE, 5, 0, 2, 1, 2}, {-10, 5, -1, 1, -1, 0, -1, 0},
    {100, NONE, 3, 1, 1, 1, 3, 0}, {0, 100, -2, 5, 0, 4, -2, 0}, {0, -3, 3, 5, 0, 2, 3, 1}, {9, 1, 1, 1, 1, 1, 1, 0},
    {-1, -3, 1, 10, 9, 7, 1, 0}, {-3, 1, 1, 1, 0, 1, 1, 1}, {-1, 9, NONE, 5, 4, 5, 1, 1}, {-1, 0, NONE, 1, 0, 0, 1, 0},
    {-10, 100, -1, 1, -1, 0, -1, 0}, {-3, -1, -1, 0, -1, -1, -1, 0}, {-1, -10, -2, 1, 0, -1, -2, 1}, {-10, -10, 2, 0, 0, 0, 2, 0},
    {1, -10, 3, 1, 1, 0, 3, 0}, {100, 1, -5, 5, 4, 1, -5, 1}, {9, 2, -2, 1, 0, 0, -2, 0}, {-1, -1, -1, 10, 9, 9, -1, 0},
    {0, 2, 2, 5, 0, 2, 2, 1}, {1, 100, NONE, 10, 1, 10, 1, 9}, {2, 1, 3, 0, 0, 0, 3, 0}, {100, -1, -2, 1, 0, 0, -2, 0},
    {9, -10, -5, 10, 9, 0, -5, 2}, {1, 1, NONE, 10, 1, 1, 1, 0}, {-1, 0, -5, 1, 0, 0, -5, 0}, {-1, 9, NONE, 1, 0, 1, 1, 1},
    {5, -10, -1, 5, 4, -1, -1, 5}, {-10, -1, -5, 5, -1, 4, -5, 0}, {5, 100, -1, 0, -1, -1, -1, 0}, {-10, 9, -2, 1, -1, 0, -2, 0},
    {-10, 1, -2, 5, -1, 1, -2, 0}, {9, 9, -1, 5, 4, 4, -1, 0}, {0, 9, 3, 10, 0, 9, 3, 3}, {2, 5, 3, 10, 2, 5, 3, 1},
    {9, -3, -2, 0, -1, -1, -2, 0}, {1, -1, 1, 1, 1, 0, 1, 0}, {-3, 2, -1, 5, 2, 2, -1, 0}, {2, 0, -5, 10, 2, 0, -5, 1},
    {100, 5, 2, 1, 1, 1, 2, 0}, {100, 2, 2, 1, 1, 1, 2, 0}, {5, -3, NONE, 5, 5, 2, 1, 0}, {100, 100, 2, 0, 0, 0, 2, 0},
    {5, 5, 1, 0, 0, 0, 1, 0}, {100, 0, 1, 1, 1, 0, 1, 0}, {-3, -10, NONE, 1, 0, 0, 1, 0}, {-1, 100, -5, 10, 9, 9, -5, 0},
    {-1, 9, 2, 0, 0, 0, 2, 0}, {1, 5, 2, 0, 0, 0, 2, 0}, {NONE, -10, -1, 1, 0, -1, -1, 1}, {NONE, -3, 3, 0, 0, 0, 3, 0},
    {9, 9, 1, 0, 0, 0, 1, 0}, {1, 2, 2, 5, 1, 2, 2, 1}, {-1, 5, -5, 1, 0, 0, -5, 0}, {NONE, 0, -5, 5, 4, 0, -5, 1},
    {-1, -1, -2, 1, 0, 0, -2, 0}, {0, 5, -1, 0, -1, -1, -1, 0}, {-10, 0, 3, 1, 0, 0, 3, 0}, {2, 2, 2, 1, 1, 1, 2, 0},
    {0, NONE, NONE, 1, 0, 1, 1, 1}, {2, 100, -2, 5, 2, 4, -2, 0}, {1, -3, NONE, 10, 1, 7, 1, 6}, {1, 0, 1, 1, 1, 0, 1, 0},
    {9, -3, NONE, 5, 5, 2, 1, 0}, {NONE, 2, 3, 10, 0, 2, 3, 1}, {1, 1, NONE, 5, 1, 1, 1, 0}, {0, -3, -2, 5, 0, 2, -2, 0},
    {100, 0, 2, 10, 10, 0, 2, 0}, {0, -10, 3, 0, 0, 0, 3, 0}, {5, 2, 2, 1, 1, 1, 2, 0}, {5, 5, NONE, 1, 1, 1, 1, 0},
    {2, -3, -5, 1, 0, -1, -5, 1}, {5, 100, 3, 0, 0, 0, 3, 0}, {-1, NONE, 2, 10, 9, 10, 2, 1}, {0, 2, 2, 1, 0, 1, 2, 1},
    {100, 9, NONE, 10, 10, 9, 1, 0}, {1, 9, -5, 0, -1, -1, -5, 0}, {9, 100, -2, 5, 4, 4, -2, 0}, {-3, 5, -5, 1, -1, 0, -5, 0},
    {-10, 0, 2, 1, 0, 0, 2, 0}, {-3, 5, 2, 5, 2, 5, 2, 2}, {NONE, -1, NONE, 1, 0, 0, 1, 0}, {NONE, -10, 3, 10, 0, 0, 3, 0},
    {-1, NONE, -1, 1, 0, -1, -1, 1}, {9, 5, 1, 1, 1, 1, 1, 0}, {NONE, 5, 3, 5, 0, 5, 3, 2}, {-3, 2, -1, 0, -1, -1, -1, 0},
    {-1, 9, -2, 10, 9, 9, -2, 0}, {-10, 9, 2, 10, 0, 9, 2, 5}, {-3, NONE, -1, 5, 2, -1, -1, 3}, {5, NONE, -1, 10, 5, -1, -1, 6},
    {0, -3, -5, 0, -1, -1, -5, 0}, {2, 100, 2, 0, 0, 0, 2, 0}, {-1, 0, 2, 1, 0, 0, 2, 0}, {-1, -3, -1, 0, -1, -1, -1, 0},
    {NONE, -3, -5, 10, 9, 7, -5, 1}, {5, -1, 2, 0, 0, 0, 2, 0}, {-3, -1, NONE, 1, 0, 0, 1, 0}, {5, -10, 3, 10, 5, 0, 3, 0},
    {1, 100, -2, 10, 1, 9, -2, 0}, {1, -10, 2, 0, 0, 0, 2, 0}, {100, 0, -5, 5, 4, 0, -5, 1}, {9, 5, -1, 10, 9, 5, -1, 4},
    {-1, 9, 1, 1, 0, 1, 1, 1}, {9, 1, -1, 5, 4, 1, -1, 3}, {0, -10, -1, 10, 0, 0, -1, 0}, {100, 2, -1, 0, -1, -1, -1, 0},
    {100, 0, -2, 0, -1, -1, -2, 0}, {1, NONE, -2, 0, -1, -1, -2, 0}, {9, NONE, -5, 10, 9, -1, -5, 2}, {2, -10, 3, 10, 2, 0, 3, 0},
    {2, -10, NONE, 0, 0, 0, 1, 0}, {0, 5, -1, 10, 0, 5, -1, 0}, {-3, 9, -1, 10, 7, 9, -1, 0}, {1, -1, -1, 10, 1, 9, -1, 0},
    {2, 100, 3, 10, 2, 10, 3, 3}, {-10, 5, -1, 0, -1, -1, -1, 0}, {0, 9, 2, 10, 0, 9, 2, 5}, {2, -1, 1, 0, 0, 0, 1, 0},
    {-3, 5, -1, 10, 7, 5, -1, 2}, {NONE, 1, 1, 1, 0, 1, 1, 1}, {-10, 9, 3, 10, 0, 9, 3, 3}, {9, 0, 1, 1, 1, 0, 1, 0},
    {NONE, NONE, 1, 0, 0, 0, 1, 0}, {5, -10, -5, 0, -1, -1, -5, 0}, {2, 0, 2, 1, 1, 0, 2, 0}, {-10, 2, -5, 0, -1, -1, -5, 0},
    {NONE, 2, -1, 1, 0, 0, -1, 0}, {-1, 1, -5, 0, -1, -1, -5, 0}, {2, NONE, -2, 0, -1, -1, -2, 0}, {5, -10, -2, 10, 5, 0, -2, 3},
    {2, 1, -1, 10, 2, 1, -1, 1}, {2, -3, -1, 10, 2, 7, -1, 0}, {-3, -3, -5, 1, -1, -1, -5, 0}, {-1, 9, -5, 10, 9, 9, -5, 0},
    {-3, -10, -1, 1, -1, -1, -1, 0}, {-10, -10, 1, 1, 0, 0, 1, 0}, {9, 2, NONE, 10, 9, 2, 1, 0}, {NONE, 9, -5, 1, 0, 0, -5, 0},
    {5, 2, -2, 5, 4, 2, -2, 1}, {9, -1, 3, 1, 1, 0, 3, 0}, {1, 100, -1, 1, 0, 0, -1, 0}, {2, 1, -1, 5, 2, 1, -1, 1},
    {5, -10, 1, 10, 5, 0, 1, 0}, {1, 2, -5, 5, 1, 2, -5, 0}, {-3, 5, NONE, 1, 0, 1, 1, 1}, {-1, 0, 1, 5, 4, 0, 1, 0},
    {0, -1, NONE, 10, 0, 9, 1, 9}, {2, -3, -1, 5, 2, 2, -1, 0}, {0, 0, -2, 5, 0, 0, -2, 0}, {0, 5, -2, 10, 0, 5, -2, 0},
    {5, 9, 1, 0, 0, 0, 1, 0}, {-3, -3, -1, 1, -1, -1, -1, 0}, {100, -1, -2, 0, -1, -1, -2, 0}, {9, -3, 2, 1, 1, 0, 2, 0},
    {-1, -3, -2, 5, 4, 2, -2, 1}, {-10, 1, 1, 1, 0, 1, 1, 1}, {NONE, 0, -5, 1, 0, 0, -5, 0}, {NONE, 9, -1, 5, 4, 4, -1, 0},
    {2, 2, 3, 5, 2, 2, 3, 0}, {NONE, 9, -1, 0, -1, -1, -1, 0}, {2, 100, -2, 0, -1, -1, -2, 0}, {100, 2, 1, 1, 1, 1, 1, 0},
    {NONE, -10, -1, 0, -1, -1, -1, 0}, {-1, NONE, 3, 1, 0, 1, 3, 1}, {100, 2, -1, 5, 4, 2, -1, 2}, {0, 1, 2, 5, 0, 1, 2, 1},
    {-3, -10, -5, 0, -1, -1, -5, 0}, {-3, 1, 2, 1, 0, 1, 2, 1}, {1, 2, NONE, 10, 1, 2, 1, 1}, {5, -10, -5, 5, 4, -1, -5, 1},
    {-3, 0, 3, 10, 7, 0, 3, 0}, {100, NONE, 3, 5, 5, 5, 3, 0}, {-3, NONE, 1, 10, 7, 10, 1, 3}, {-3, 100, 1, 0, 0, 0, 1, 0},
    {1, -3, 3, 5, 1, 2, 3, 1}, {100, 0, 2, 1, 1, 0, 2, 0}, {NONE, 2, 1, 0, 0, 0, 1, 0}, {100, 9, 2, 5, 5, 5, 2, 0},
    {100, 9, -5, 1, 0, 0, -5, 0}, {-3, -1, -1, 10, 7, 9, -1, 0}, {0, 100, -1, 1, 0, 0, -1, 0}, {100, -3, 1, 0, 0, 0, 1, 0},
    {100, -3, -2, 10, 9, 7, -2, 1}, {5, 9, 2, 10, 5, 9, 2, 2}, {2, -3, -5, 0, -1, -1, -5, 0}, {1, -3, 1, 5, 1, 2, 1, 1},
    {-1, 100, 3, 0, 0, 0, 3, 0}, {5, 5, -5, 0, -1, -1, -5, 0}, {NONE, -3, 2, 1, 0, 0, 2, 0}, {-10, 0, -2, 0, -1, -1, -2, 0},
    {100, 5, -2, 1, 0, 0, -2, 0}, {5, 100, -5, 1, 0, 0, -5, 0}, {0, 5, -1, 1, 0, 0, -1, 0}, {9, 100, -1, 5, 4, 4, -1, 0},
    {100, 0, 3, 0, 0, 0, 3, 0}, {-10, -3, 2, 5, 0, 2, 2, 1}, {5, -3, -2, 5, 4, 2, -2, 1}, {1, -1, -5, 5, 1, 4, -5, 0},
    {9, 5, -2, 5, 4, 4, -2, 0}, {1, 9, -5, 10, 1, 9, -5, 0}, {100, NONE, -5, 1, 0, -1, -5, 1}, {100, -1, -1, 0, -1, -1, -1, 0},
    {-3, -10, -2, 0, -1, -1, -2, 0}, {5, -10, 1, 0, 0, 0, 1, 0}, {5, -10, -1, 10, 5, 0, -1, 5}, {-10, -3, -1, 5, -1, 2, -1, 0},
    {0, 100, NONE, 5, 0, 5, 1, 5}, {NONE, 1, -1, 1, 0, 0, -1, 0}, {100, 1, -1, 5, 4, 1, -1, 3}, {1, 1, -2, 0, -1, -1, -2, 0},
    {-1, -10, -2, 0, -1, -1, -2, 0}, {1, 0, -5, 5, 1, 0, -5, 1}, {-10, 1, 2, 0, 0, 0, 2, 0}, {1, 100, -5, 1, 0, 0, -5, 0},
    {-1, 1, NONE, 1, 0, 1, 1, 1}, {2, 9, -2, 0, -1, -1, -2, 0}, {9, 1, -2, 1, 0, 0, -2, 0}, {-10, 5, -5, 10, 0, 5, -5, 0},
    {-1, -10, -5, 10, 9, 0, -5, 2}, {9, NONE, 3, 0, 0, 0, 3, 0}, {-3, 0, 1, 1, 0, 0, 1, 0}, {-1, -1, 2, 10, 9, 9, 2, 0},
    {5, 100, -1, 10, 5, 9, -1, 0}, {5, 5, -2, 10, 5, 5, -2, 0}, {1, -3, 2, 5, 1, 2, 2, 1}, {2, NONE, NONE, 0, 0, 0, 1, 0},
    {1, NONE, NONE, 10, 1, 10, 1, 9}, {1, 1, -1, 1, 0, 0, -1, 0}, {2, 2, 2, 10, 2, 2, 2, 0}, {-3, 5, NONE, 10, 7, 5, 1, 0},
    {100, -1, 1, 0, 0, 0, 1, 0}, {2, -1, -5, 10, 2, 9, -5, 0}, {NONE, NONE, NONE, 0, 0, 0, 1, 0}, {NONE, NONE, -5, 10, 9, -1, -5, 2},
    {5, -3, -2, 0, -1, -1, -2, 0}, {-10, 2, 2, 1, 0, 1, 2, 1}, {-3, -10, NONE, 5, 2, 0, 1, 0}, {-10, -1, 1, 10, 0, 9, 1, 9},
    {-1, 1, 2, 10, 9, 1, 2, 0}, {100, -1, 2, 10, 10, 9, 2, 0}, {2, NONE, -2, 5, 2, -1, -2, 2}, {-1, 1, 1, 10, 9, 1, 1, 0},
    {NONE, -10, NONE, 1, 0, 0, 1, 0}, {0, 0, -1, 1, 0, 0, -1, 0}, {-3, -1, NONE, 10, 7, 9, 1, 2}, {5, NONE, -2, 1, 0, -1, -2, 1},
    {2, -10, -2, 1, 0, -1, -2, 1}, {0, 2, NONE, 10, 0, 2, 1, 2}, {NONE, 9, -2, 5, 4, 4, -2, 0}, {2, -1, 1, 5, 2, 4, 1, 2},
    {2, 1, 1, 0, 0, 0, 1, 0}, {-1, 2, -1, 5, 4, 2, -1, 2}, {-1, -3, -5, 5, 4, 2, -5, 1}, {2, 0, -2, 1, 0, 0, -2, 0},
    {9, 2, 1, 1, 1, 1, 1, 0}, {100, -1, 2, 5, 5, 4, 2, 0}, {NONE, 1, 3, 10, 0, 1, 3, 1}, {-1, -1, 3, 1, 0, 0, 3, 0},
    {-1, 100, 2, 1, 0, 1, 2, 1}, {NONE, 100, 3, 5, 0, 5, 3, 2}, {-1, -3, -2, 1, 0, -1, -2, 1}, {0, 2, 3, 5, 0, 2, 3, 1},
    {5, -1, 3, 5, 5, 4, 3, 0}, {2, NONE, 3, 10, 2, 10, 3, 3}, {9, NONE, -1, 1, 0, -1, -1, 1}, {2, 5, 3, 1, 1, 1, 3, 0},
    {-10, -1, 3, 1, 0, 0, 3, 0}, {5, 0, NONE, 5, 5, 0, 1, 0}, {-10, 2, 3, 10, 0, 2, 3, 1}, {-1, -10, 3, 0, 0, 0, 3, 0},
    {2, 5, NONE, 10, 2, 5, 1, 3}, {-3, -3, -1, 5, 2, 2, -1, 0}, {5, -3, -5, 10, 5, 7, -5, 0}, {1, -1, -2, 1, 0, 0, -2, 0},
    {0, -10, -5, 5, 0, -1, -5, 1}, {NONE, -1, NONE, 10, 0, 9, 1, 9}, {5, 9, -2, 0, -1, -1, -2, 0}, {9, 1, NONE, 1, 1, 1, 1, 0},
    {2, 2, -1, 1, 0, 0, -1, 0}, {-10, 0, -2, 10, 0, 0, -2, 0}, {5, 9, 3, 0, 0, 0, 3, 0}, {1, 0, 3, 0, 0, 0, 3, 0},
    {2, 0, -2, 10, 2, 0, -2, 1}, {-3, 9, -5, 1, -1, 0, -5, 0}, {5, -10, 1, 5, 5, 0, 1, 0}, {2, 0, 3, 1, 1, 0, 3, 0},
    {5, -1, -1, 1, 0, 0, -1, 0}, {0, 0, -2, 1, 0, 0, -2, 0}, {NONE, -1, 2, 10, 0, 9, 2, 5}, {-3, 5, -5, 5, 2, 4, -5, 0},
    {2, 0, -5, 1, 0, 0, -5, 0}, {NONE, 5, 3, 1, 0, 1, 3, 1}, {9, NONE, -2, 5, 4, -1, -2, 3}, {-10, -1, 3, 5, 0, 4, 3, 2},
    {-10, 9, 1, 0, 0, 0, 1, 0}, {0, 100, -1, 10, 0, 9, -1, 0}, {-10, 100, 3, 5, 0, 5, 3, 2}, {-1, 5, 3, 0, 0, 0, 3, 0},
    {5, -1, NONE, 10, 5, 9, 1, 4}, {1, 100, 2, 0, 0, 0, 2, 0}, {0, 5, -2, 5, 0, 4, -2, 0}, {9, 100, 3, 1, 1, 1, 3, 0},
    {-10, -10, -1, 1, -1, -1, -1, 0}, {0, 0, 3, 0, 0, 0, 3, 0}, {-1, 9, -1, 10, 9, 9, -1, 0}, {0, 9, -2, 1, 0, 0, -2, 0},
    {-10, 100, 1, 0, 0, 0, 1, 0}, {1, -3, -5, 1, 0, -1, -5, 1}, {NONE, 0, -1, 10, 9, 0, -1, 9}, {-10, NONE, -2, 1, -1, -1, -2, 0},
    {1, 0, NONE, 5, 1, 0, 1, 0}, {100, 9, 1, 0, 0, 0, 1, 0}, {-10, -3, -1, 1, -1, -1, -1, 0}, {5, 2, 2, 5, 5, 2, 2, 0},
    {1, 1, -2, 1, 0, 0, -2, 0}, {0, NONE, 3, 0, 0, 0, 3, 0}, {5, NONE, 2, 5, 5, 5, 2, 0}, {100, 1, 1, 10, 10, 1, 1, 0},
    {1, 9, -1, 0, -1, -1, -1, 0}, {0, 5, NONE, 10, 0, 5, 1, 5}, {1, 2, -2, 1, 0, 0, -2, 0}, {5, 2, 1, 0, 0, 0, 1, 0},
    {-3, 1, 3, 5, 2, 1, 3, 0}, {0, 0, -2, 10, 0, 0, -2, 0}, {1, 5, 1, 0, 0, 0, 1, 0}, {-1, NONE, 2, 1, 0, 1, 2, 1},
    {0, -10, -2, 10, 0, 0, -2, 0}, {-1, 5, 1, 1, 0, 1, 1, 1}, {100, 2, 1, 0, 0, 0, 1, 0}, {5, -3, -5, 1, 0, -1, -5, 1},
    {9, NONE, -1, 0, -1, -1, -1, 0}, {9, 100, -5, 10, 9, 9, -5, 0}, {2, -1, NONE, 0, 0, 0, 1, 0}, {5, 2, 3, 0, 0, 0, 3, 0},
    {100, 9, NONE, 1, 1, 1, 1, 0}, {0, -10, 2, 5, 0, 0, 2, 0}, {100, -3, 1, 1, 1, 0, 1, 0}, {100, 1, 1, 1, 1, 1, 1, 0},
    {-3, NONE, NONE, 10, 7, 10, 1, 3}, {9, 5, NONE, 10, 9, 5, 1, 0}, {-10, -10, -2, 0, -1, -1, -2, 0}, {2, -1, NONE, 1, 1, 0, 1, 0},
    {-3, -1, 3, 5, 2, 4, 3, 1}, {9, -10, 3, 0, 0, 0, 3, 0}, {-1, -1, 1, 10, 9, 9, 1, 0}, {1, 2, 3, 1, 1, 1, 3, 0},
    {NONE, NONE, NONE, 1, 0, 1, 1, 1}, {100, 2, NONE, 5, 5, 2, 1, 0}, {1, NONE, -1, 1, 0, -1, -1, 1}, {-3, 5, 3, 1, 0, 1, 3, 1},
    {-3, -10, NONE, 10, 7, 0, 1, 0}, {9, 9, 3, 10, 9, 9, 3, 0}, {1, NONE, -2, 5, 1, -1, -2, 1}, {-10, 5, 1, 10, 0, 5, 1, 5},
    {-10, -10, -2, 1, -1, -1, -2, 0}, {5, -1, 3, 0, 0, 0, 3, 0}, {5, 2, 2, 0, 0, 0, 2, 0}, {-1, 1, -5, 1, 0, 0, -5, 0},
    {0, 5, -5, 1, 0, 0, -5, 0}, {-10, 0, -1, 0, -1, -1, -1, 0}, {2, 0, NONE, 0, 0, 0, 1, 0}, {0, 5, -5, 5, 0, 4, -5, 0},
    {-10, NONE, -2, 10, 0, -1, -2, 1}, {0, 1, -5, 5, 0, 1, -5, 0}, {-10, 100, -1, 0, -1, -1, -1, 0}, {5, 9, NONE, 5, 5, 5, 1, 0},
    {100, -10, 1, 0, 0, 0, 1, 0}, {2, -3, NONE, 1, 1, 0, 1, 0}, {-10, NONE, 2, 5, 0, 5, 2, 3}, {5, 1, NONE, 10, 5, 1, 1, 0},
    {NONE, -1, 2, 5, 0, 4, 2, 2}, {5, NONE, 2, 1, 1, 1, 2, 0}, {9, -3, 1, 5, 5, 2, 1, 0}, {0, NONE, 2, 10, 0, 10, 2, 5},
    {2, -3, NONE, 5, 2, 2, 1, 0}, {-3, -1, 1, 10, 7, 9, 1, 2}, {-10, 9, 2, 0, 0, 0, 2, 0}, {2, 1, -5, 1, 0, 0, -5, 0},
    {NONE, 100, 3, 1, 0, 1, 3, 1}, {-3, 0, NONE, 5, 2, 0, 1, 0}, {9, 100, -5, 5, 4, 4, -5, 0}, {-10, -10, 2, 5, 0, 0, 2, 0},
};

static Value opt(int64_t v) { return v == NONE ? VAL_NONE : I(v); }

static void test_slices(void) {
    int bad = 0;
    for (size_t i = 0; i < sizeof slice_cases / sizeof slice_cases[0]; i++) {
        const int64_t *c = slice_cases[i];
        Slice *s = AS(Slice, slice_new(vm, opt(c[0]), opt(c[1]), opt(c[2])));
        int64_t start, stop, step;
        int64_t n = slice_indices(vm, s, c[3], &start, &stop, &step);
        if (n != c[7] || start != c[4] || stop != c[5] || step != c[6]) {
            bad++;
            fprintf(stderr, "  slice case %zu: got (%lld, %lld, %lld) len %lld\n", i, (long long)start,
                    (long long)stop, (long long)step, (long long)n);
        }
    }
    CHECK(bad == 0);
    int64_t a, b, c;
    CHECK(slice_indices(vm, AS(Slice, slice_new(vm, VAL_NONE, VAL_NONE, I(0))), 5, &a, &b, &c) == -1 &&
          exc_is(&ValueErrorType, "slice step cannot be zero"));
    CHECK(slice_indices(vm, AS(Slice, slice_new(vm, S("a"), VAL_NONE, VAL_NONE)), 5, &a, &b, &c) == -1 &&
          exc_is(&TypeErrorType, "slice indices must be integers or None or have an __index__ method"));
    CHECK(slice_indices(vm, AS(Slice, slice_new(vm, VAL_TRUE, VAL_NONE, VAL_NONE)), 5, &a, &b, &c) == 4 && a == 1);
    CHECK(repr_is(slice_new(vm, I(1), I(2), VAL_NONE), "slice(1, 2, None)"));
    int64_t i;
    CHECK(index_normalize(vm, I(-1), 3, "list", &i) == 0 && i == 2);
    CHECK(index_normalize(vm, I(3), 3, "list", &i) == -1 && exc_is(&IndexErrorType, "list index out of range"));
}

static void test_range(void) {
    Value r = range_new(vm, 0, 10, 3);
    CHECK(repr_is(r, "range(0, 10, 3)") && value_len(vm, r) == 4);
    CHECK(repr_is(range_new(vm, 0, 5, 1), "range(0, 5)"));
    CHECK(repr_is(value_getitem(vm, r, slice_new(vm, VAL_NONE, VAL_NONE, I(-1))), "range(9, -3, -3)"));
    CHECK(repr_is(value_getitem(vm, range_new(vm, 0, 10, 1), slice_new(vm, VAL_NONE, VAL_NONE, I(-2))), "range(9, -1, -2)"));
    CHECK(ival(value_getitem(vm, r, I(-1))) == 9);
    CHECK(value_getitem(vm, r, I(4)) == VAL_ERR && exc_is(&IndexErrorType, "range object index out of range"));
    CHECK(value_contains(vm, r, I(6)) == 1 && value_contains(vm, r, I(7)) == 0 && value_contains(vm, r, I(12)) == 0);
    CHECK(value_contains(vm, r, val_from_float(3.0)) == 1);
    CHECK(repr_is(seq_from_iterable(vm, reversed_new(vm, r)), "[9, 6, 3, 0]"));
    CHECK(repr_is(seq_from_iterable(vm, range_new(vm, 5, -5, -3)), "[5, 2, -1, -4]"));
    CHECK(value_len(vm, range_new(vm, 10, 0, 1)) == 0);
    CHECK(RangeType.construct(vm, &RangeType, (Value[]){I(1), I(2), I(0)}, 3, NULL) == VAL_ERR &&
          exc_is(&ValueErrorType, "range() arg 3 must not be zero"));
    CHECK(value_richcmp(vm, range_new(vm, 0, 3, 2), range_new(vm, 0, 4, 2), CMP_EQ) == VAL_TRUE);
    /* a range iterator yields exactly len items */
    Value it = value_iter(vm, range_new(vm, -3, 1000, 7));
    int64_t n = 0, last = 0;
    for (;;) {
        Value v = value_next(vm, it);
        if (v == VAL_NULL) break;
        last = ival(v);
        n++;
    }
    CHECK(n == value_len(vm, range_new(vm, -3, 1000, 7)) && last == 998);
}

/* ---- iterators and builtins ------------------------------------------------------------------ */

static Value builtin(const char *name) { return dict_get_str(vm->builtins, str_intern_cstr(vm, name)); }

static void test_iterators(void) {
    Value abc = S("abc");
    CHECK(repr_is(seq_from_iterable(vm, value_call(vm, builtin("enumerate"), (Value[]){abc, I(1)}, 2, NULL)),
                  "[(1, 'a'), (2, 'b'), (3, 'c')]"));
    CHECK(repr_is(seq_from_iterable(vm, value_call(vm, builtin("zip"), (Value[]){abc, range_new(vm, 0, 2, 1)}, 2, NULL)),
                  "[('a', 0), ('b', 1)]"));
    Value kw = tuple_pack(vm, 1, S("strict"));
    Value z = value_call(vm, builtin("zip"), (Value[]){abc, range_new(vm, 0, 2, 1), VAL_TRUE}, 2, AS(Tuple, kw));
    CHECK(seq_from_iterable(vm, z) == VAL_ERR && exc_is(&ValueErrorType, "zip() argument 2 is shorter than argument 1"));
    CHECK(repr_is(seq_from_iterable(vm, value_call(vm, builtin("map"), (Value[]){builtin("len"), tuple_pack(vm, 2, S("ab"), S(""))}, 2, NULL)),
                  "[2, 0]"));
    CHECK(repr_is(seq_from_iterable(vm, value_call(vm, builtin("filter"), (Value[]){VAL_NONE, int_list((int64_t[]){0, 1, 0, 2}, 4)}, 2, NULL)),
                  "[1, 2]"));
    CHECK(repr_is(seq_from_iterable(vm, value_call(vm, builtin("reversed"), (Value[]){int_list((int64_t[]){1, 2, 3}, 3)}, 1, NULL)),
                  "[3, 2, 1]"));
    CHECK(repr_is(seq_from_iterable(vm, value_call(vm, builtin("reversed"), (Value[]){tuple_pack(vm, 2, I(1), I(2))}, 1, NULL)),
                  "[2, 1]"));
    CHECK(value_call(vm, builtin("reversed"), (Value[]){OBJ_VAL(set_new(vm, false))}, 1, NULL) == VAL_ERR &&
          exc_is(&TypeErrorType, "'set' object is not reversible"));
    /* a list iterator sees appends, and stays exhausted */
    List *l = AS(List, int_list((int64_t[]){1}, 1));
    Value it = value_iter(vm, OBJ_VAL(l));
    CHECK(ival(value_next(vm, it)) == 1);
    list_append(vm, l, I(2));
    CHECK(ival(value_next(vm, it)) == 2 && value_next(vm, it) == VAL_NULL);
    list_append(vm, l, I(3));
    CHECK(value_next(vm, it) == VAL_NULL);
}

static void test_builtins(void) {
    Value lst = int_list((int64_t[]){3, 1, 2}, 3);
    CHECK(ival(value_call(vm, builtin("len"), &lst, 1, NULL)) == 3);
    CHECK(ival(value_call(vm, builtin("sum"), &lst, 1, NULL)) == 6);
    CHECK(ival(value_call(vm, builtin("min"), &lst, 1, NULL)) == 1);
    CHECK(ival(value_call(vm, builtin("max"), (Value[]){I(4), I(9), I(2)}, 3, NULL)) == 9);
    Value empty = OBJ_VAL(list_new(vm, 0));
    CHECK(value_call(vm, builtin("max"), &empty, 1, NULL) == VAL_ERR && exc_is(&ValueErrorType, "max() arg is an empty sequence"));
    CHECK(value_call(vm, builtin("min"), &empty, 1, NULL) == VAL_ERR && exc_is(&ValueErrorType, "min() arg is an empty sequence"));
    Value kw = tuple_pack(vm, 1, S("default"));
    CHECK(ival(value_call(vm, builtin("max"), (Value[]){empty, I(7)}, 1, AS(Tuple, kw))) == 7);
    Value floats = OBJ_VAL(list_new(vm, 0));
    for (int i = 0; i < 10; i++) list_append(vm, AS(List, floats), val_from_float(0.1));
    Value fs = value_call(vm, builtin("sum"), &floats, 1, NULL);
    CHECK(val_is_float(fs) && val_as_float(fs) == 0.9999999999999999); /* CPython 3.11: plain left-to-right sum */
    CHECK(value_call(vm, builtin("sum"), (Value[]){empty, S("")}, 2, NULL) == VAL_ERR &&
          exc_is(&TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]"));
    CHECK(value_call(vm, builtin("any"), &empty, 1, NULL) == VAL_FALSE);
    CHECK(value_call(vm, builtin("all"), &empty, 1, NULL) == VAL_TRUE);
    CHECK(value_call(vm, builtin("any"), &lst, 1, NULL) == VAL_TRUE);
    CHECK(value_call(vm, builtin("len"), (Value[]){I(1)}, 1, NULL) == VAL_ERR &&
          exc_is(&TypeErrorType, "object of type 'int' has no len()"));
    const char *types[] = {"list", "tuple", "dict", "set", "frozenset", "range", "slice", "enumerate", "zip", "map",
                           "filter", "reversed", "int", "float", "str", "bool", "print", "sorted", "any", "all"};
    int missing = 0;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (builtin(types[i]) == VAL_UNDEF) missing++;
    CHECK(missing == 0);
}

int main(void) {
    vm = vm_new();
    test_set_order();
    test_set_lcg();
    test_set_misc();
    test_tuple();
    test_list_sort();
    test_list_ops();
    test_slices();
    test_range();
    test_iterators();
    test_builtins();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
