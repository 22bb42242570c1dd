/* test_value.c - the NaN-boxed Value representation and int boxing. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "object.h"
#include "vm.h"

static int passed, failed;
#define CHECK(cond)                                                                 \
    do {                                                                            \
        if (cond) passed++;                                                         \
        else {                                                                      \
            failed++;                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                           \
    } while (0)

static void test_floats(void) {
    double samples[] = {0.0, -0.0, 1.0, -1.5, 1e308, -1e-308, 5e-324, INFINITY, -INFINITY, 3.141592653589793};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        Value v = val_from_float(samples[i]);
        CHECK(val_is_float(v));
        CHECK(!val_is_smallint(v) && !val_is_obj(v) && !val_is_bool(v) && !val_is_none(v));
        double back = val_as_float(v);
        CHECK(memcmp(&back, &samples[i], sizeof back) == 0); /* bit-exact, keeps -0.0 */
    }
    /* every NaN, including negative ones with payloads, is canonicalised and
     * stays a float instead of landing in the tagged space */
    uint64_t nan_bits[] = {0x7FF8000000000000ull, 0xFFF8000000000000ull, 0xFFFFFFFFFFFFFFFFull,
                           0xFFF9000000000001ull, 0x7FF0000000000001ull};
    for (size_t i = 0; i < sizeof nan_bits / sizeof nan_bits[0]; i++) {
        double d;
        memcpy(&d, &nan_bits[i], sizeof d);
        Value v = val_from_float(d);
        CHECK(v == VAL_CANON_NAN);
        CHECK(val_is_float(v) && isnan(val_as_float(v)));
    }
}

static void test_smallints(void) {
    int64_t samples[] = {0, 1, -1, 42, -42, SMALLINT_MAX, SMALLINT_MIN, 1 << 30, -(INT64_C(1) << 40)};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        CHECK(smallint_fits(samples[i]));
        Value v = val_from_smallint(samples[i]);
        CHECK(val_is_smallint(v) && !val_is_float(v) && !val_is_obj(v));
        CHECK(val_as_smallint(v) == samples[i]);
    }
    CHECK(!smallint_fits(SMALLINT_MAX + 1));
    CHECK(!smallint_fits(SMALLINT_MIN - 1));
    CHECK(val_both_smallint(val_from_smallint(3), val_from_smallint(-3)));
    CHECK(!val_both_smallint(val_from_smallint(3), val_from_float(3.0)));
    CHECK(val_both_float(val_from_float(1), val_from_float(2)));
}

static void test_specials(void) {
    CHECK(val_is_bool(VAL_TRUE) && val_is_bool(VAL_FALSE));
    CHECK(!val_is_bool(VAL_NONE) && val_is_none(VAL_NONE));
    CHECK(val_from_bool(true) == VAL_TRUE && val_from_bool(false) == VAL_FALSE);
    Value sp[] = {VAL_TRUE, VAL_FALSE, VAL_NONE, VAL_UNDEF, VAL_ERR, VAL_NULL, VAL_NOTIMPL};
    for (size_t i = 0; i < sizeof sp / sizeof sp[0]; i++) {
        CHECK(!val_is_float(sp[i]) && !val_is_smallint(sp[i]) && !val_is_obj(sp[i]));
        for (size_t j = i + 1; j < sizeof sp / sizeof sp[0]; j++) CHECK(sp[i] != sp[j]);
    }
    CHECK(val_type(VAL_TRUE) == &BoolType);
    CHECK(val_type(VAL_NONE) == &NoneType_);
    CHECK(val_type(val_from_float(1.5)) == &FloatType);
    CHECK(val_type(val_from_smallint(7)) == &IntType);
}

static void test_boxed_ints(VM *vm) {
    int64_t big[] = {SMALLINT_MAX + 1, SMALLINT_MIN - 1, INT64_MAX, INT64_MIN, INT64_C(1) << 62};
    for (size_t i = 0; i < sizeof big / sizeof big[0]; i++) {
        Value v = int_from_i64(vm, big[i]);
        CHECK(val_is_obj(v) && val_is_int(v));
        CHECK(val_type(v) == &IntType);
        CHECK(int_value(v) == big[i]);
    }
    Value s = int_from_i64(vm, 12345);
    CHECK(val_is_smallint(s) && int_value(s) == 12345);
    CHECK(int_value(VAL_TRUE) == 1 && int_value(VAL_FALSE) == 0);
    /* pointers round-trip through the object tag */
    Str *str = str_from_cstr(vm, "héllo");
    Value sv = val_from_obj(str);
    CHECK(val_is_obj(sv) && (Str *)val_as_obj(sv) == str && val_is_str(sv));
    CHECK(str->len == 5 && str->nbytes == 6 && !str->ascii);
}

int main(void) {
    VM *vm = vm_new();
    test_floats();
    test_smallints();
    test_specials();
    test_boxed_ints(vm);
    vm_free(vm);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
