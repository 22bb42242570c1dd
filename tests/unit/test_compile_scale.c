/* test_compile_scale.c - the compiler's hashed lookups (src/compile/hindex.h):
 * the index itself, constant sharing (which values are one constant), and a
 * module with thousands of functions, names and constants.
 * Prints one line per failure and ends with "N passed, M failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/compile.h"
#include "compile/hindex.h"
#include "opcodes.h"
#include "vm.h"

static int passed, failed;

#define CHECK(cond) \
    do { \
        if (cond) passed++; \
        else { \
            failed++; \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
        } \
    } while (0)

/* ---- the index alone ---------------------------------------------------- */

static bool str_eq_at(const void *items, int32_t pos, const void *key) {
    return !strcmp(((char *const *)items)[pos], key);
}

/* Adds key to the array and index unless present; returns its position. */
static int32_t intern_pos(HIndex *ix, char **items, int32_t *n, const char *key, uint32_t hash) {
    int32_t i = hindex_find(ix, hash, str_eq_at, items, key);
    if (i >= 0) return i;
    items[*n] = strdup(key);
    hindex_add(ix, hash, *n);
    return (*n)++;
}

static void test_index(void) {
    enum { N = 20000 };
    char **items = calloc(N, sizeof(char *));
    int32_t n = 0;
    HIndex ix = {0};
    char buf[32];
    CHECK(hindex_find(&ix, 123, str_eq_at, items, "x") == -1); /* empty, nothing allocated */
    for (int i = 0; i < N / 2; i++) {
        snprintf(buf, sizeof buf, "name%d", i);
        CHECK(intern_pos(&ix, items, &n, buf, hindex_hash_cstr(buf)) == i);
    }
    int ok = 1;
    for (int i = 0; i < N / 2; i++) { /* again: the same positions, nothing added */
        snprintf(buf, sizeof buf, "name%d", i);
        ok &= intern_pos(&ix, items, &n, buf, hindex_hash_cstr(buf)) == i;
        snprintf(buf, sizeof buf, "other%d", i);
        ok &= hindex_find(&ix, hindex_hash_cstr(buf), str_eq_at, items, buf) == -1;
    }
    CHECK(ok);
    CHECK(n == N / 2 && ix.count == N / 2);
    CHECK(hindex_hash_cstr("abc") == hindex_hash_bytes("abc", 3));
    hindex_free(&ix);
    CHECK(ix.slots == NULL && ix.count == 0);
    /* every key in one probe chain: equality still decides */
    for (int i = 0; i < 100; i++) {
        snprintf(buf, sizeof buf, "c%d", i);
        CHECK(intern_pos(&ix, items, &n, buf, 7) == N / 2 + i);
    }
    ok = 1;
    for (int i = 0; i < 100; i++) {
        snprintf(buf, sizeof buf, "c%d", i);
        ok &= hindex_find(&ix, 7, str_eq_at, items, buf) == N / 2 + i;
    }
    CHECK(ok);
    CHECK(hindex_find(&ix, 7, str_eq_at, items, "c100") == -1);
    hindex_free(&ix);
    for (int i = 0; i < n; i++) free(items[i]);
    free(items);
}

/* ---- through the compiler ----------------------------------------------- */

static Code *compile_src(VM *vm, const char *src) {
    ParseResult pr;
    parse_source(&pr, "t.py", src, strlen(src));
    if (!pr.ok) {
        printf("parse error: %s\n", pr.error);
        parse_result_free(&pr);
        return NULL;
    }
    char err[600];
    Code *co = compile_module(vm, &pr, "t.py", err, sizeof err);
    parse_result_free(&pr);
    if (!co) printf("compile error: %s\n", err);
    return co;
}

static bool same_bits(Value v, double d) {
    Value w;
    memcpy(&w, &d, sizeof w);
    return v == w;
}

static bool is_str(Value v, const char *s) { return val_is_str(v) && !strcmp(((Str *)val_as_obj(v))->data, s); }

/* Which constants are shared follows the value word, not Python ==: 1, 1.0
 * and True are three constants, 0.0 and -0.0 two; equal strings are one. */
static void test_const_sharing(VM *vm) {
    Code *co = compile_src(vm, "a = 1\nb = 1.0\nc = True\nd = 0.0\ne = -0.0\nf = 'x'\n"
                               "g = 1\nh = 1.0\ni = True\nj = 0.0\nk = -0.0\nl = 'x'\nm = -1\nn = -1\n");
    CHECK(co != NULL);
    if (!co) return;
    Tuple *k = co->consts;
    CHECK(k->len == 8);
    if (k->len != 8) return;
    CHECK(val_is_smallint(k->items[0]) && val_as_smallint(k->items[0]) == 1);
    CHECK(same_bits(k->items[1], 1.0));
    CHECK(k->items[2] == VAL_TRUE);
    CHECK(same_bits(k->items[3], 0.0));
    CHECK(same_bits(k->items[4], -0.0));
    CHECK(is_str(k->items[5], "x"));
    CHECK(val_is_smallint(k->items[6]) && val_as_smallint(k->items[6]) == -1);
    CHECK(k->items[7] == VAL_NONE);
    CHECK(co->names->len == 14);
}

/* A module of n functions: each its own name and constants, all sharing
 * 'k', 't' and the constant 40. */
static void test_many_functions(VM *vm, int n) {
    size_t cap = (size_t)n * 160 + 64, len = 0;
    char *src = malloc(cap);
    len += (size_t)snprintf(src + len, cap - len, "total = 0\n");
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(src + len, cap - len,
                                "def f%d(k):\n    t = %d\n    for j in range(k):\n        t += j * %d\n    return t\n"
                                "total += f%d(40)\n",
                                i, i + 100000, i + 100000, i);
    Code *co = compile_src(vm, src);
    free(src);
    CHECK(co != NULL);
    if (!co) return;
    /* names: total, then each f<i> */
    CHECK(co->names->len == n + 1);
    if (co->names->len != n + 1) return;
    CHECK(is_str(co->names->items[0], "total"));
    int ok = 1;
    for (int i = 0; i < n; i++) {
        char want[32];
        snprintf(want, sizeof want, "f%d", i);
        ok &= is_str(co->names->items[i + 1], want);
    }
    CHECK(ok);
    /* consts: 0, then a code object per function, 40 once, None */
    ok = 1;
    int ncode = 0, nforty = 0;
    for (int64_t i = 0; i < co->consts->len; i++) {
        Value v = co->consts->items[i];
        if (val_is_type(v, &CodeType)) {
            Code *f = (Code *)val_as_obj(v);
            ncode++;
            /* t = N; t += j * N: the body's constant N is shared */
            int nbig = 0;
            for (int64_t c = 0; c < f->consts->len; c++)
                if (val_is_smallint(f->consts->items[c]) && val_as_smallint(f->consts->items[c]) >= 100000) nbig++;
            ok &= nbig == 1;
        }
        if (val_is_smallint(v) && val_as_smallint(v) == 40) nforty++;
    }
    CHECK(ok);
    CHECK(ncode == n);
    CHECK(nforty == 1);
    CHECK(co->consts->len == n + 3);
}

int main(void) {
    test_index();
    VM *vm = vm_new();
    test_const_sharing(vm);
    test_many_functions(vm, 3000);
    vm_free(vm);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
