/* strnum_test_support.h - helpers shared by test_number.c and test_str.c:
 * the CHECK macro and counters, reading the pending exception as
 * "Type: message", and decoding the generator's value encoding
 * (tests/unit/gen_strnum_tables.py) into Values and calls.  Each test
 * program includes it once; it needs object.h, vm.h and runtime/strnum.h. */
#ifndef GJ_STRNUM_TEST_SUPPORT_H
#define GJ_STRNUM_TEST_SUPPORT_H

static int passed, failed;
static VM *vm;

#define CHECK(cond, ...)                                           \
    do {                                                           \
        if (cond) {                                                \
            passed++;                                              \
        } else {                                                   \
            failed++;                                              \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);            \
            printf(__VA_ARGS__);                                   \
            printf("\n");                                          \
        }                                                          \
    } while (0)

/* ---- value helpers ----------------------------------------------------------------- */

static char exc_buf[1024];

/* "TypeName: message" of the pending exception, which is cleared. */
static const char *take_exc(void) {
    if (vm->exc == VAL_NULL) return "(no exception)";
    Value e = vm->exc;
    vm_exc_clear(vm);
    Value s = value_str(vm, e);
    snprintf(exc_buf, sizeof exc_buf, "%s: %s", type_name_of(e), s == VAL_ERR ? "?" : AS(Str, s)->data);
    vm_exc_clear(vm);
    return exc_buf;
}

static const char *repr_or_exc(Value v) {
    if (v == VAL_ERR) return take_exc();
    Value r = value_repr(vm, v);
    if (r == VAL_ERR) return take_exc();
    return AS(Str, r)->data;
}

/* Test values are encoded as strings by the generator:
 *   s<utf8>  i<decimal>  f<hex float|inf|-inf|nan>  b1 b0  N
 *   t<items>  l<items>  d<key item><value item>...   where an item is <length>:<encoding> */
static Value decode(const char *e, size_t n);

/* next length-prefixed item of p (advances *pp) */
static Value decode_item(const char **pp) {
    char *colon;
    size_t len = (size_t)strtoul(*pp, &colon, 10);
    Value v = decode(colon + 1, len);
    *pp = colon + 1 + len;
    return v;
}

static Value decode(const char *e, size_t n) {
    char buf[512];
    size_t m = n - 1 < sizeof buf - 1 ? n - 1 : sizeof buf - 1;
    const char *p = e + 1, *end = e + n;
    switch (e[0]) {
    case 's': return OBJ_VAL(str_new(vm, e + 1, (int64_t)(n - 1)));
    case 'i':
        memcpy(buf, e + 1, m);
        buf[m] = '\0';
        return int_from_i64(vm, strtoll(buf, NULL, 10));
    case 'f':
        memcpy(buf, e + 1, m);
        buf[m] = '\0';
        return val_from_float(strtod(buf, NULL));
    case 'b': return val_from_bool(e[1] == '1');
    case 'N': return VAL_NONE;
    case 't':
    case 'l': {
        Value items[16];
        int k = 0;
        while (p < end && k < 16) items[k++] = decode_item(&p);
        return e[0] == 't' ? tuple_from_array(vm, items, k) : list_from_array(vm, items, k);
    }
    case 'd': {
        Dict *d = dict_new(vm);
        while (p < end) {
            Value key = decode_item(&p);
            Value val = decode_item(&p);
            dict_set(vm, d, key, val);
        }
        return OBJ_VAL(d);
    }
    default: return VAL_NONE;
    }
}

static Value dec(const char *e) { return decode(e, strlen(e)); }

/* Calls fn with encoded arguments ("k<name>=<value>" is a keyword). */
static Value call_encoded(Value fn, Value self, const char *const *enc, int n) {
    Value argv[8];
    Value kwvals[8];
    Str *kwn[8];
    int np = 0, nk = 0;
    if (self != VAL_UNDEF) argv[np++] = self;
    for (int i = 0; i < n; i++) {
        if (enc[i][0] == 'k') {
            const char *eq = strchr(enc[i], '=');
            kwn[nk] = str_intern(vm, str_new(vm, enc[i] + 1, eq - enc[i] - 1));
            kwvals[nk++] = dec(eq + 1);
        } else {
            argv[np++] = dec(enc[i]);
        }
    }
    Tuple *kwnames = NULL;
    if (nk) {
        kwnames = tuple_new(vm, nk);
        for (int i = 0; i < nk; i++) {
            kwnames->items[i] = OBJ_VAL(kwn[i]);
            argv[np + i] = kwvals[i];
        }
    }
    if (val_is_type(fn, &NativeFuncType)) return AS(NativeFunc, fn)->fn(vm, argv, np, kwnames);
    return value_call(vm, fn, argv, np, kwnames);
}

#endif
