/* test_str.c - unit tests of str.c and format.c (strings) against
 * expectations generated with CPython 3.11 (/usr/bin/python3): repr,
 * UTF-8 lengths, every str method (split family, strip, find/count/replace,
 * case mapping with Unicode special cases, predicates, padding, partition,
 * splitlines, expandtabs, ...), format() of strings, str.format, printf-style
 * % with strings, indexing and slicing, operators, comparisons and `in`.
 *
 * Prints one line per failure and ends with "N passed, M failed". */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "runtime/strnum.h"
#include "vm.h"

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

/* ---- generated tables ------------------------------------------------------------------ */

typedef struct { const char *s; int64_t nbytes; const char *expect; } ReprCase;
typedef struct { const char *s; int64_t nbytes, len; } LenCase;
typedef struct { const char *name; int nargs; const char *args[6]; const char *expect; } CallCase;
typedef struct { const char *v, *spec, *expect; } FormatCase;
typedef struct { const char *fmt; int nargs; const char *args[6]; const char *expect; } StrFormatCase;
typedef struct { const char *fmt, *args, *expect; } PercentCase;
typedef struct { const char *s; int is_slice; const char *a, *b, *c, *expect; } GetitemCase;
typedef struct { const char *a; int op; const char *b; const char *expect; } BinopCase;
typedef struct { const char *a, *b, *expect; } CmpCase;
typedef struct { const char *a, *b, *expect; } ContainsCase;

#define N_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---- generated by CPython 3.11 (see the script at the end of this file) ---- */
static const ReprCase repr_cases[] = {
    {"plain", 5, "'plain'"},
    {"it's", 4, "\042it's\042"},
    {"say \042hi\042", 8, "'say \042hi\042'"},
    {"both ' and \042", 12, "'both \134' and \042'"},
    {"tab\011", 4, "'tab\134t'"},
    {"nl\012", 3, "'nl\134n'"},
    {"cr\015", 3, "'cr\134r'"},
    {"back\134", 5, "'back\134\134'"},
    {"\000\001\037", 3, "'\134x00\134x01\134x1f'"},
    {"\177", 1, "'\134x7f'"},
    {"\303\251", 2, "'\303\251'"},
    {"\346\227\245\346\234\254", 6, "'\346\227\245\346\234\254'"},
    {"", 0, "''"},
    {" ", 1, "' '"},
    {"\342\200\213", 3, "'\134u200b'"},
    {"\302\200\302\237\302\240\302\255", 8, "'\134x80\134x9f\134xa0\134xad'"},
    {"\342\200\250\342\200\251", 6, "'\134u2028\134u2029'"},
    {"\360\237\230\200", 4, "'\360\237\230\200'"},
    {"\363\240\200\201", 4, "'\134U000e0001'"},
    {"\355\240\200", 3, "'\134ud800'"},
    {"\355\277\277", 3, "'\134udfff'"},
    {"\357\273\277", 3, "'\134ufeff'"},
    {"\364\217\277\277", 4, "'\134U0010ffff'"},
    {"a'b\042c", 5, "'a\134'b\042c'"},
    {"'", 1, "\042'\042"},
    {"\042", 1, "'\042'"},
    {"'\042", 2, "'\134'\042'"},
    {"\033[0m", 4, "'\134x1b[0m'"},
    {"\315\270", 2, "'\134u0378'"},
    {"\302\240x", 3, "'\134xa0x'"},
    {"caf\303\251 \316\261\316\262\316\263 \320\266", 15, "'caf\303\251 \316\261\316\262\316\263 \320\266'"},
    {"\343\200\200", 3, "'\134u3000'"},
    {"\314\200", 2, "'\314\200'"},
    {"e\314\201", 3, "'e\314\201'"},
    {"\360\235\204\236", 4, "'\360\235\204\236'"},
    {"\356\200\200", 3, "'\134ue000'"},
    {"\357\277\277", 3, "'\134uffff'"},
    {"\302\205", 2, "'\134x85'"},
};

static const LenCase len_cases[] = {
    {"plain", 5, 5},
    {"it's", 4, 4},
    {"say \042hi\042", 8, 8},
    {"both ' and \042", 12, 12},
    {"tab\011", 4, 4},
    {"nl\012", 3, 3},
    {"cr\015", 3, 3},
    {"back\134", 5, 5},
    {"\000\001\037", 3, 3},
    {"\177", 1, 1},
    {"\303\251", 2, 1},
    {"\346\227\245\346\234\254", 6, 2},
    {"", 0, 0},
    {" ", 1, 1},
    {"\342\200\213", 3, 1},
    {"\302\200\302\237\302\240\302\255", 8, 4},
    {"\342\200\250\342\200\251", 6, 2},
    {"\360\237\230\200", 4, 1},
    {"\363\240\200\201", 4, 1},
    {"\355\240\200", 3, 1},
    {"\355\277\277", 3, 1},
    {"\357\273\277", 3, 1},
    {"\364\217\277\277", 4, 1},
    {"a'b\042c", 5, 5},
    {"'", 1, 1},
    {"\042", 1, 1},
    {"'\042", 2, 2},
    {"\033[0m", 4, 4},
    {"\315\270", 2, 1},
    {"\302\240x", 3, 2},
    {"caf\303\251 \316\261\316\262\316\263 \320\266", 15, 10},
    {"\343\200\200", 3, 1},
    {"\314\200", 2, 1},
    {"e\314\201", 3, 2},
    {"\360\235\204\236", 4, 1},
    {"\356\200\200", 3, 1},
    {"\357\277\277", 3, 1},
    {"\302\205", 2, 1},
    {"h\303\251llo", 6, 5},
    {"\346\227\245\346\234\254\350\252\236", 9, 3},
    {"a\303\251\346\227\245\360\237\230\200", 10, 4},
};

static const CallCase method_cases[] = {
    {"split", 1, {"sthe quick  brown fox"}, "['the', 'quick', 'brown', 'fox']"},
    {"rsplit", 1, {"sthe quick  brown fox"}, "['the', 'quick', 'brown', 'fox']"},
    {"split", 2, {"sthe quick  brown fox", "s "}, "['the', 'quick', '', 'brown', 'fox']"},
    {"rsplit", 2, {"sthe quick  brown fox", "s "}, "['the', 'quick', '', 'brown', 'fox']"},
    {"split", 3, {"sthe quick  brown fox", "s ", "i1"}, "['the', 'quick  brown fox']"},
    {"rsplit", 3, {"sthe quick  brown fox", "s ", "i1"}, "['the quick  brown', 'fox']"},
    {"split", 3, {"sthe quick  brown fox", "N", "i2"}, "['the', 'quick', 'brown fox']"},
    {"rsplit", 3, {"sthe quick  brown fox", "N", "i2"}, "['the quick', 'brown', 'fox']"},
    {"split", 3, {"sthe quick  brown fox", "ksep=s ", "kmaxsplit=i1"}, "['the', 'quick  brown fox']"},
    {"rsplit", 3, {"sthe quick  brown fox", "ksep=s ", "kmaxsplit=i1"}, "['the quick  brown', 'fox']"},
    {"split", 2, {"sthe quick  brown fox", "kmaxsplit=i0"}, "['the quick  brown fox']"},
    {"rsplit", 2, {"sthe quick  brown fox", "kmaxsplit=i0"}, "['the quick  brown fox']"},
    {"split", 2, {"sthe quick  brown fox", "s"}, "ValueError: empty separator"},
    {"rsplit", 2, {"sthe quick  brown fox", "s"}, "ValueError: empty separator"},
    {"split", 2, {"sthe quick  brown fox", "i1"}, "TypeError: must be str or None, not int"},
    {"rsplit", 2, {"sthe quick  brown fox", "i1"}, "TypeError: must be str or None, not int"},
    {"split", 3, {"sthe quick  brown fox", "s ", "sx"}, "TypeError: 'str' object cannot be interpreted as an integer"},
    {"rsplit", 3, {"sthe quick  brown fox", "s ", "sx"}, "TypeError: 'str' object cannot be interpreted as an integer"},
    {"split", 4, {"sthe quick  brown fox", "s ", "i1", "i2"}, "TypeError: split() takes at most 2 arguments (3 given)"},
    {"rsplit", 4, {"sthe quick  brown fox", "s ", "i1", "i2"}, "TypeError: rsplit() takes at most 2 arguments (3 given)"},
    {"split", 2, {"sthe quick  brown fox", "kx=i1"}, "TypeError: 'x' is an invalid keyword argument for split()"},
    {"rsplit", 2, {"sthe quick  brown fox", "kx=i1"}, "TypeError: 'x' is an invalid keyword argument for rsplit()"},
    {"split", 3, {"sthe quick  brown fox", "s ", "ksep=s "}, "TypeError: argument for split() given by name ('sep') and position (1)"},
    {"rsplit", 3, {"sthe quick  brown fox", "s ", "ksep=s "}, "TypeError: argument for rsplit() given by name ('sep') and position (1)"},
    {"split", 2, {"sthe quick  brown fox", "squick"}, "['the ', '  brown fox']"},
    {"rsplit", 2, {"sthe quick  brown fox", "squick"}, "['the ', '  brown fox']"},
    {"split", 1, {"sa,b,,c,"}, "['a,b,,c,']"},
    {"rsplit", 1, {"sa,b,,c,"}, "['a,b,,c,']"},
    {"split", 2, {"sa,b,,c,", "s,"}, "['a', 'b', '', 'c', '']"},
    {"split", 3, {"sa,b,,c,", "N", "i1"}, "['a,b,,c,']"},
    {"rsplit", 3, {"sa,b,,c,", "N", "i1"}, "['a,b,,c,']"},
    {"rsplit", 3, {"sa,b,,c,", "s,", "i2"}, "['a,b,', 'c', '']"},
    {"split", 3, {"sa,b,,c,", "s,", "i2"}, "['a', 'b', ',c,']"},
    {"split", 1, {"s"}, "[]"},
    {"rsplit", 1, {"s"}, "[]"},
    {"split", 2, {"s", "s,"}, "['']"},
    {"split", 3, {"s", "N", "i1"}, "[]"},
    {"rsplit", 3, {"s", "N", "i1"}, "[]"},
    {"rsplit", 3, {"s", "s,", "i2"}, "['']"},
    {"split", 3, {"s", "s,", "i2"}, "['']"},
    {"split", 1, {"s   "}, "[]"},
    {"rsplit", 1, {"s   "}, "[]"},
    {"split", 2, {"s   ", "s,"}, "['   ']"},
    {"split", 3, {"s   ", "N", "i1"}, "[]"},
    {"rsplit", 3, {"s   ", "N", "i1"}, "[]"},
    {"rsplit", 3, {"s   ", "s,", "i2"}, "['   ']"},
    {"split", 3, {"s   ", "s,", "i2"}, "['   ']"},
    {"split", 1, {"s  x  "}, "['x']"},
    {"rsplit", 1, {"s  x  "}, "['x']"},
    {"split", 2, {"s  x  ", "s,"}, "['  x  ']"},
    {"split", 3, {"s  x  ", "N", "i1"}, "['x']"},
    {"rsplit", 3, {"s  x  ", "N", "i1"}, "['x']"},
    {"rsplit", 3, {"s  x  ", "s,", "i2"}, "['  x  ']"},
    {"split", 3, {"s  x  ", "s,", "i2"}, "['  x  ']"},
    {"split", 1, {"s\011one\012two  three\015\012"}, "['one', 'two', 'three']"},
    {"rsplit", 1, {"s\011one\012two  three\015\012"}, "['one', 'two', 'three']"},
    {"split", 2, {"s\011one\012two  three\015\012", "s,"}, "['\134tone\134ntwo  three\134r\134n']"},
    {"split", 3, {"s\011one\012two  three\015\012", "N", "i1"}, "['one', 'two  three\134r\134n']"},
    {"rsplit", 3, {"s\011one\012two  three\015\012", "N", "i1"}, "['\134tone\134ntwo', 'three']"},
    {"rsplit", 3, {"s\011one\012two  three\015\012", "s,", "i2"}, "['\134tone\134ntwo  three\134r\134n']"},
    {"split", 3, {"s\011one\012two  three\015\012", "s,", "i2"}, "['\134tone\134ntwo  three\134r\134n']"},
    {"split", 1, {"sx"}, "['x']"},
    {"rsplit", 1, {"sx"}, "['x']"},
    {"split", 2, {"sx", "s,"}, "['x']"},
    {"split", 3, {"sx", "N", "i1"}, "['x']"},
    {"rsplit", 3, {"sx", "N", "i1"}, "['x']"},
    {"rsplit", 3, {"sx", "s,", "i2"}, "['x']"},
    {"split", 3, {"sx", "s,", "i2"}, "['x']"},
    {"split", 1, {"sxx"}, "['xx']"},
    {"rsplit", 1, {"sxx"}, "['xx']"},
    {"split", 2, {"sxx", "s,"}, "['xx']"},
    {"split", 3, {"sxx", "N", "i1"}, "['xx']"},
    {"rsplit", 3, {"sxx", "N", "i1"}, "['xx']"},
    {"rsplit", 3, {"sxx", "s,", "i2"}, "['xx']"},
    {"split", 3, {"sxx", "s,", "i2"}, "['xx']"},
    {"split", 1, {"s\346\227\245\346\234\254 \350\252\236 \343\203\206\343\202\271\343\203\210"}, "['\346\227\245\346\234\254', '\350\252\236', '\343\203\206\343\202\271\343\203\210']"},
    {"rsplit", 1, {"s\346\227\245\346\234\254 \350\252\236 \343\203\206\343\202\271\343\203\210"}, "['\346\227\245\346\234\254', '\350\252\236', '\343\203\206\343\202\271\343\203\210']"},
    {"split", 2, {"s\346\227\245\346\234\254 \350\252\236 \343\203\206\343\202\271\343\203\210", "s,"}, "['\346\227\245\346\234\254 \350\252\236 \343\203\206\343\202\271\343\203\210']"},
    {"split", 3, {"s\346\227\245\346\234\254 \350\252\236 \343\203\206\343\202\271\343\203\210", "N", "i1"}, "['\346\227\245\346\234\254', '\350\252\236 \343\203\206\343\202\271\343\203\210']"},
    {"rsplit", 3, {"s\346\227\245\346\234\254 \350\252\236 \343\203\206\343\202\271\343\203\210", "N", "i1"}, "['\346\227\245\346\234\254 \350\252\236', '\343\203\206\343\202\271\343\203\210']"},
    {"rsplit", 3, {"s\346\227\245\346\234\254 \350\252\236 \343\203\206\343\202\271\343\203\210", "s,", "i2"}, "['\346\227\245\346\234\254 \350\252\236 \343\203\206\343\202\271\343\203\210']"},
    {"split", 3, {"s\346\227\245\346\234\254 \350\252\236 \343\203\206\343\202\271\343\203\210", "s,", "i2"}, "['\346\227\245\346\234\254 \350\252\236 \343\203\206\343\202\271\343\203\210']"},
    {"split", 1, {"s a\343\200\200b\302\205c\342\200\203 "}, "['a', 'b', 'c']"},
    {"rsplit", 1, {"s a\343\200\200b\302\205c\342\200\203 "}, "['a', 'b', 'c']"},
    {"split", 2, {"s a\343\200\200b\302\205c\342\200\203 ", "s,"}, "[' a\134u3000b\134x85c\134u2003 ']"},
    {"split", 3, {"s a\343\200\200b\302\205c\342\200\203 ", "N", "i1"}, "['a', 'b\134x85c\134u2003 ']"},
    {"rsplit", 3, {"s a\343\200\200b\302\205c\342\200\203 ", "N", "i1"}, "[' a\134u3000b', 'c']"},
    {"rsplit", 3, {"s a\343\200\200b\302\205c\342\200\203 ", "s,", "i2"}, "[' a\134u3000b\134x85c\134u2003 ']"},
    {"split", 3, {"s a\343\200\200b\302\205c\342\200\203 ", "s,", "i2"}, "[' a\134u3000b\134x85c\134u2003 ']"},
    {"split", 1, {"s  a b  c  "}, "['a', 'b', 'c']"},
    {"rsplit", 1, {"s  a b  c  "}, "['a', 'b', 'c']"},
    {"split", 2, {"s  a b  c  ", "s,"}, "['  a b  c  ']"},
    {"split", 3, {"s  a b  c  ", "N", "i1"}, "['a', 'b  c  ']"},
    {"rsplit", 3, {"s  a b  c  ", "N", "i1"}, "['  a b', 'c']"},
    {"rsplit", 3, {"s  a b  c  ", "s,", "i2"}, "['  a b  c  ']"},
    {"split", 3, {"s  a b  c  ", "s,", "i2"}, "['  a b  c  ']"},
    {"split", 2, {"sa::b::c", "s::"}, "['a', 'b', 'c']"},
    {"split", 2, {"sabc", "sabc"}, "['', '']"},
    {"split", 2, {"s\303\251a\303\251b\303\251", "s\303\251"}, "['', 'a', 'b', '']"},
    {"splitlines", 1, {"sline one\012line two\015\012line three\015line four\012\012last"}, "['line one', 'line two', 'line three', 'line four', '', 'last']"},
    {"splitlines", 2, {"sline one\012line two\015\012line three\015line four\012\012last", "b1"}, "['line one\134n', 'line two\134r\134n', 'line three\134r', 'line four\134n', '\134n', 'last']"},
    {"splitlines", 2, {"sline one\012line two\015\012line three\015line four\012\012last", "kkeepends=b1"}, "['line one\134n', 'line two\134r\134n', 'line three\134r', 'line four\134n', '\134n', 'last']"},
    {"splitlines", 1, {"s"}, "[]"},
    {"splitlines", 2, {"s", "b1"}, "[]"},
    {"splitlines", 2, {"s", "kkeepends=b1"}, "[]"},
    {"splitlines", 1, {"s\012"}, "['']"},
    {"splitlines", 2, {"s\012", "b1"}, "['\134n']"},
    {"splitlines", 2, {"s\012", "kkeepends=b1"}, "['\134n']"},
    {"splitlines", 1, {"sa\012"}, "['a']"},
    {"splitlines", 2, {"sa\012", "b1"}, "['a\134n']"},
    {"splitlines", 2, {"sa\012", "kkeepends=b1"}, "['a\134n']"},
    {"splitlines", 1, {"sa\012\012b"}, "['a', '', 'b']"},
    {"splitlines", 2, {"sa\012\012b", "b1"}, "['a\134n', '\134n', 'b']"},
    {"splitlines", 2, {"sa\012\012b", "kkeepends=b1"}, "['a\134n', '\134n', 'b']"},
    {"splitlines", 1, {"sno newline"}, "['no newline']"},
    {"splitlines", 2, {"sno newline", "b1"}, "['no newline']"},
    {"splitlines", 2, {"sno newline", "kkeepends=b1"}, "['no newline']"},
    {"splitlines", 1, {"s\034\302\205a\342\200\250b\013c\014d"}, "['', '', 'a', 'b', 'c', 'd']"},
    {"splitlines", 2, {"s\034\302\205a\342\200\250b\013c\014d", "b1"}, "['\134x1c', '\134x85', 'a\134u2028', 'b\134x0b', 'c\134x0c', 'd']"},
    {"splitlines", 2, {"s\034\302\205a\342\200\250b\013c\014d", "kkeepends=b1"}, "['\134x1c', '\134x85', 'a\134u2028', 'b\134x0b', 'c\134x0c', 'd']"},
    {"splitlines", 1, {"sa\015\012b\015"}, "['a', 'b']"},
    {"splitlines", 2, {"sa\015\012b\015", "b1"}, "['a\134r\134n', 'b\134r']"},
    {"splitlines", 2, {"sa\015\012b\015", "kkeepends=b1"}, "['a\134r\134n', 'b\134r']"},
    {"splitlines", 3, {"sa", "i1", "i2"}, "TypeError: splitlines() takes at most 1 argument (2 given)"},
    {"join", 2, {"s,", "l2:sa2:sb2:sc"}, "'a,b,c'"},
    {"join", 2, {"s - \303\251 ", "l2:sa2:sb2:sc"}, "'a - \303\251 b - \303\251 c'"},
    {"join", 2, {"s,", "l"}, "''"},
    {"join", 2, {"s - \303\251 ", "l"}, "''"},
    {"join", 2, {"s,", "l2:sx"}, "'x'"},
    {"join", 2, {"s - \303\251 ", "l2:sx"}, "'x'"},
    {"join", 2, {"s,", "sabc"}, "'a,b,c'"},
    {"join", 2, {"s - \303\251 ", "sabc"}, "'a - \303\251 b - \303\251 c'"},
    {"join", 2, {"s,", "t3:s\303\2514:s\346\227\245"}, "'\303\251,\346\227\245'"},
    {"join", 2, {"s - \303\251 ", "t3:s\303\2514:s\346\227\245"}, "'\303\251 - \303\251 \346\227\245'"},
    {"join", 2, {"s,", "l2:sa2:i1"}, "TypeError: sequence item 1: expected str instance, int found"},
    {"join", 2, {"s - \303\251 ", "l2:sa2:i1"}, "TypeError: sequence item 1: expected str instance, int found"},
    {"join", 2, {"s,", "l2:i1"}, "TypeError: sequence item 0: expected str instance, int found"},
    {"join", 2, {"s - \303\251 ", "l2:i1"}, "TypeError: sequence item 0: expected str instance, int found"},
    {"join", 2, {"s,", "i5"}, "TypeError: can only join an iterable"},
    {"join", 2, {"s - \303\251 ", "i5"}, "TypeError: can only join an iterable"},
    {"join", 1, {"s,"}, "TypeError: str.join() takes exactly one argument (0 given)"},
    {"join", 1, {"s - \303\251 "}, "TypeError: str.join() takes exactly one argument (0 given)"},
    {"join", 3, {"s,", "l2:sa", "l2:sb"}, "TypeError: str.join() takes exactly one argument (2 given)"},
    {"join", 3, {"s - \303\251 ", "l2:sa", "l2:sb"}, "TypeError: str.join() takes exactly one argument (2 given)"},
    {"strip", 1, {"s  hello  "}, "'hello'"},
    {"strip", 2, {"s  hello  ", "sx"}, "'  hello  '"},
    {"strip", 2, {"s  hello  ", "N"}, "'hello'"},
    {"lstrip", 1, {"s  hello  "}, "'hello  '"},
    {"lstrip", 2, {"s  hello  ", "sx"}, "'  hello  '"},
    {"lstrip", 2, {"s  hello  ", "N"}, "'hello  '"},
    {"rstrip", 1, {"s  hello  "}, "'  hello'"},
    {"rstrip", 2, {"s  hello  ", "sx"}, "'  hello  '"},
    {"rstrip", 2, {"s  hello  ", "N"}, "'  hello'"},
    {"strip", 1, {"s\011\012 x \015\012"}, "'x'"},
    {"strip", 2, {"s\011\012 x \015\012", "sx"}, "'\134t\134n x \134r\134n'"},
    {"strip", 2, {"s\011\012 x \015\012", "N"}, "'x'"},
    {"lstrip", 1, {"s\011\012 x \015\012"}, "'x \134r\134n'"},
    {"lstrip", 2, {"s\011\012 x \015\012", "sx"}, "'\134t\134n x \134r\134n'"},
    {"lstrip", 2, {"s\011\012 x \015\012", "N"}, "'x \134r\134n'"},
    {"rstrip", 1, {"s\011\012 x \015\012"}, "'\134t\134n x'"},
    {"rstrip", 2, {"s\011\012 x \015\012", "sx"}, "'\134t\134n x \134r\134n'"},
    {"rstrip", 2, {"s\011\012 x \015\012", "N"}, "'\134t\134n x'"},
    {"strip", 1, {"s"}, "''"},
    {"strip", 2, {"s", "sx"}, "''"},
    {"strip", 2, {"s", "N"}, "''"},
    {"lstrip", 1, {"s"}, "''"},
    {"lstrip", 2, {"s", "sx"}, "''"},
    {"lstrip", 2, {"s", "N"}, "''"},
    {"rstrip", 1, {"s"}, "''"},
    {"rstrip", 2, {"s", "sx"}, "''"},
    {"rstrip", 2, {"s", "N"}, "''"},
    {"strip", 1, {"s   "}, "''"},
    {"strip", 2, {"s   ", "sx"}, "'   '"},
    {"strip", 2, {"s   ", "N"}, "''"},
    {"lstrip", 1, {"s   "}, "''"},
    {"lstrip", 2, {"s   ", "sx"}, "'   '"},
    {"lstrip", 2, {"s   ", "N"}, "''"},
    {"rstrip", 1, {"s   "}, "''"},
    {"rstrip", 2, {"s   ", "sx"}, "'   '"},
    {"rstrip", 2, {"s   ", "N"}, "''"},
    {"strip", 1, {"snospace"}, "'nospace'"},
    {"strip", 2, {"snospace", "sx"}, "'nospace'"},
    {"strip", 2, {"snospace", "N"}, "'nospace'"},
    {"lstrip", 1, {"snospace"}, "'nospace'"},
    {"lstrip", 2, {"snospace", "sx"}, "'nospace'"},
    {"lstrip", 2, {"snospace", "N"}, "'nospace'"},
    {"rstrip", 1, {"snospace"}, "'nospace'"},
    {"rstrip", 2, {"snospace", "sx"}, "'nospace'"},
    {"rstrip", 2, {"snospace", "N"}, "'nospace'"},
    {"strip", 1, {"sxxhixx"}, "'xxhixx'"},
    {"strip", 2, {"sxxhixx", "sx"}, "'hi'"},
    {"strip", 2, {"sxxhixx", "N"}, "'xxhixx'"},
    {"lstrip", 1, {"sxxhixx"}, "'xxhixx'"},
    {"lstrip", 2, {"sxxhixx", "sx"}, "'hixx'"},
    {"lstrip", 2, {"sxxhixx", "N"}, "'xxhixx'"},
    {"rstrip", 1, {"sxxhixx"}, "'xxhixx'"},
    {"rstrip", 2, {"sxxhixx", "sx"}, "'xxhi'"},
    {"rstrip", 2, {"sxxhixx", "N"}, "'xxhixx'"},
    {"strip", 1, {"s  h\303\251llo  "}, "'h\303\251llo'"},
    {"strip", 2, {"s  h\303\251llo  ", "sx"}, "'  h\303\251llo  '"},
    {"strip", 2, {"s  h\303\251llo  ", "N"}, "'h\303\251llo'"},
    {"lstrip", 1, {"s  h\303\251llo  "}, "'h\303\251llo  '"},
    {"lstrip", 2, {"s  h\303\251llo  ", "sx"}, "'  h\303\251llo  '"},
    {"lstrip", 2, {"s  h\303\251llo  ", "N"}, "'h\303\251llo  '"},
    {"rstrip", 1, {"s  h\303\251llo  "}, "'  h\303\251llo'"},
    {"rstrip", 2, {"s  h\303\251llo  ", "sx"}, "'  h\303\251llo  '"},
    {"rstrip", 2, {"s  h\303\251llo  ", "N"}, "'  h\303\251llo'"},
    {"strip", 1, {"s\346\227\245\346\234\254  "}, "'\346\227\245\346\234\254'"},
    {"strip", 2, {"s\346\227\245\346\234\254  ", "sx"}, "'\346\227\245\346\234\254  '"},
    {"strip", 2, {"s\346\227\245\346\234\254  ", "N"}, "'\346\227\245\346\234\254'"},
    {"lstrip", 1, {"s\346\227\245\346\234\254  "}, "'\346\227\245\346\234\254  '"},
    {"lstrip", 2, {"s\346\227\245\346\234\254  ", "sx"}, "'\346\227\245\346\234\254  '"},
    {"lstrip", 2, {"s\346\227\245\346\234\254  ", "N"}, "'\346\227\245\346\234\254  '"},
    {"rstrip", 1, {"s\346\227\245\346\234\254  "}, "'\346\227\245\346\234\254'"},
    {"rstrip", 2, {"s\346\227\245\346\234\254  ", "sx"}, "'\346\227\245\346\234\254  '"},
    {"rstrip", 2, {"s\346\227\245\346\234\254  ", "N"}, "'\346\227\245\346\234\254'"},
    {"strip", 1, {"s\343\200\200 x\342\200\203"}, "'x'"},
    {"strip", 2, {"s\343\200\200 x\342\200\203", "sx"}, "'\134u3000 x\134u2003'"},
    {"strip", 2, {"s\343\200\200 x\342\200\203", "N"}, "'x'"},
    {"lstrip", 1, {"s\343\200\200 x\342\200\203"}, "'x\134u2003'"},
    {"lstrip", 2, {"s\343\200\200 x\342\200\203", "sx"}, "'\134u3000 x\134u2003'"},
    {"lstrip", 2, {"s\343\200\200 x\342\200\203", "N"}, "'x\134u2003'"},
    {"rstrip", 1, {"s\343\200\200 x\342\200\203"}, "'\134u3000 x'"},
    {"rstrip", 2, {"s\343\200\200 x\342\200\203", "sx"}, "'\134u3000 x\134u2003'"},
    {"rstrip", 2, {"s\343\200\200 x\342\200\203", "N"}, "'\134u3000 x'"},
    {"strip", 2, {"sabcHELLOcba", "sabc"}, "'HELLO'"},
    {"strip", 2, {"swww.example.com", "scmowz."}, "'example'"},
    {"strip", 2, {"s\303\251a\303\251bc\303\251\303\251", "s\303\251a"}, "'bc'"},
    {"strip", 2, {"sabc", "i1"}, "TypeError: strip arg must be None or str"},
    {"strip", 3, {"sabc", "sa", "sb"}, "TypeError: strip expected at most 1 argument, got 2"},
    {"rstrip", 2, {"sab\303\251\303\251", "s\303\251"}, "'ab'"},
    {"find", 2, {"shello world, hello python", "shello"}, "0"},
    {"find", 2, {"shello world, hello python", "sxyz"}, "-1"},
    {"find", 2, {"shello world, hello python", "so"}, "4"},
    {"find", 3, {"shello world, hello python", "so", "i5"}, "7"},
    {"find", 4, {"shello world, hello python", "so", "i5", "i7"}, "-1"},
    {"find", 2, {"shello world, hello python", "s"}, "0"},
    {"find", 3, {"shello world, hello python", "sh", "i-5"}, "22"},
    {"find", 3, {"shello world, hello python", "s", "i30"}, "-1"},
    {"find", 3, {"shello world, hello python", "s", "i25"}, "25"},
    {"find", 4, {"shello world, hello python", "sl", "N", "i10"}, "2"},
    {"find", 4, {"shello world, hello python", "sl", "i-10", "i-2"}, "15"},
    {"find", 3, {"shello world, hello python", "sl", "f0x1.0000000000000p+0"}, "TypeError: slice indices must be integers or None or have an __index__ method"},
    {"find", 2, {"shello world, hello python", "i1"}, "TypeError: must be str, not int"},
    {"find", 1, {"shello world, hello python"}, "TypeError: find() takes at least 1 argument (0 given)"},
    {"find", 5, {"shello world, hello python", "sa", "i1", "i2", "i3"}, "TypeError: find() takes at most 3 arguments (4 given)"},
    {"find", 3, {"shello world, hello python", "so", "i100"}, "-1"},
    {"find", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\346\234\254"}, "1"},
    {"find", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\346\227\245\346\234\254"}, "0"},
    {"find", 3, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s", "i2"}, "2"},
    {"find", 4, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\350\252\236", "i1", "i3"}, "2"},
    {"find", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "sx"}, "-1"},
    {"rfind", 2, {"shello world, hello python", "shello"}, "13"},
    {"rfind", 2, {"shello world, hello python", "sxyz"}, "-1"},
    {"rfind", 2, {"shello world, hello python", "so"}, "23"},
    {"rfind", 3, {"shello world, hello python", "so", "i5"}, "23"},
    {"rfind", 4, {"shello world, hello python", "so", "i5", "i7"}, "-1"},
    {"rfind", 2, {"shello world, hello python", "s"}, "25"},
    {"rfind", 3, {"shello world, hello python", "sh", "i-5"}, "22"},
    {"rfind", 3, {"shello world, hello python", "s", "i30"}, "-1"},
    {"rfind", 3, {"shello world, hello python", "s", "i25"}, "25"},
    {"rfind", 4, {"shello world, hello python", "sl", "N", "i10"}, "9"},
    {"rfind", 4, {"shello world, hello python", "sl", "i-10", "i-2"}, "16"},
    {"rfind", 3, {"shello world, hello python", "sl", "f0x1.0000000000000p+0"}, "TypeError: slice indices must be integers or None or have an __index__ method"},
    {"rfind", 2, {"shello world, hello python", "i1"}, "TypeError: must be str, not int"},
    {"rfind", 1, {"shello world, hello python"}, "TypeError: rfind() takes at least 1 argument (0 given)"},
    {"rfind", 5, {"shello world, hello python", "sa", "i1", "i2", "i3"}, "TypeError: rfind() takes at most 3 arguments (4 given)"},
    {"rfind", 3, {"shello world, hello python", "so", "i100"}, "-1"},
    {"rfind", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\346\234\254"}, "4"},
    {"rfind", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\346\227\245\346\234\254"}, "3"},
    {"rfind", 3, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s", "i2"}, "5"},
    {"rfind", 4, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\350\252\236", "i1", "i3"}, "2"},
    {"rfind", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "sx"}, "-1"},
    {"index", 2, {"shello world, hello python", "shello"}, "0"},
    {"index", 2, {"shello world, hello python", "sxyz"}, "ValueError: substring not found"},
    {"index", 2, {"shello world, hello python", "so"}, "4"},
    {"index", 3, {"shello world, hello python", "so", "i5"}, "7"},
    {"index", 4, {"shello world, hello python", "so", "i5", "i7"}, "ValueError: substring not found"},
    {"index", 2, {"shello world, hello python", "s"}, "0"},
    {"index", 3, {"shello world, hello python", "sh", "i-5"}, "22"},
    {"index", 3, {"shello world, hello python", "s", "i30"}, "ValueError: substring not found"},
    {"index", 3, {"shello world, hello python", "s", "i25"}, "25"},
    {"index", 4, {"shello world, hello python", "sl", "N", "i10"}, "2"},
    {"index", 4, {"shello world, hello python", "sl", "i-10", "i-2"}, "15"},
    {"index", 3, {"shello world, hello python", "sl", "f0x1.0000000000000p+0"}, "TypeError: slice indices must be integers or None or have an __index__ method"},
    {"index", 2, {"shello world, hello python", "i1"}, "TypeError: must be str, not int"},
    {"index", 1, {"shello world, hello python"}, "TypeError: index() takes at least 1 argument (0 given)"},
    {"index", 5, {"shello world, hello python", "sa", "i1", "i2", "i3"}, "TypeError: index() takes at most 3 arguments (4 given)"},
    {"index", 3, {"shello world, hello python", "so", "i100"}, "ValueError: substring not found"},
    {"index", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\346\234\254"}, "1"},
    {"index", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\346\227\245\346\234\254"}, "0"},
    {"index", 3, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s", "i2"}, "2"},
    {"index", 4, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\350\252\236", "i1", "i3"}, "2"},
    {"index", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "sx"}, "ValueError: substring not found"},
    {"rindex", 2, {"shello world, hello python", "shello"}, "13"},
    {"rindex", 2, {"shello world, hello python", "sxyz"}, "ValueError: substring not found"},
    {"rindex", 2, {"shello world, hello python", "so"}, "23"},
    {"rindex", 3, {"shello world, hello python", "so", "i5"}, "23"},
    {"rindex", 4, {"shello world, hello python", "so", "i5", "i7"}, "ValueError: substring not found"},
    {"rindex", 2, {"shello world, hello python", "s"}, "25"},
    {"rindex", 3, {"shello world, hello python", "sh", "i-5"}, "22"},
    {"rindex", 3, {"shello world, hello python", "s", "i30"}, "ValueError: substring not found"},
    {"rindex", 3, {"shello world, hello python", "s", "i25"}, "25"},
    {"rindex", 4, {"shello world, hello python", "sl", "N", "i10"}, "9"},
    {"rindex", 4, {"shello world, hello python", "sl", "i-10", "i-2"}, "16"},
    {"rindex", 3, {"shello world, hello python", "sl", "f0x1.0000000000000p+0"}, "TypeError: slice indices must be integers or None or have an __index__ method"},
    {"rindex", 2, {"shello world, hello python", "i1"}, "TypeError: must be str, not int"},
    {"rindex", 1, {"shello world, hello python"}, "TypeError: rindex() takes at least 1 argument (0 given)"},
    {"rindex", 5, {"shello world, hello python", "sa", "i1", "i2", "i3"}, "TypeError: rindex() takes at most 3 arguments (4 given)"},
    {"rindex", 3, {"shello world, hello python", "so", "i100"}, "ValueError: substring not found"},
    {"rindex", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\346\234\254"}, "4"},
    {"rindex", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\346\227\245\346\234\254"}, "3"},
    {"rindex", 3, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s", "i2"}, "5"},
    {"rindex", 4, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\350\252\236", "i1", "i3"}, "2"},
    {"rindex", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "sx"}, "ValueError: substring not found"},
    {"count", 2, {"shello world, hello python", "shello"}, "2"},
    {"count", 2, {"shello world, hello python", "sxyz"}, "0"},
    {"count", 2, {"shello world, hello python", "so"}, "4"},
    {"count", 3, {"shello world, hello python", "so", "i5"}, "3"},
    {"count", 4, {"shello world, hello python", "so", "i5", "i7"}, "0"},
    {"count", 2, {"shello world, hello python", "s"}, "26"},
    {"count", 3, {"shello world, hello python", "sh", "i-5"}, "1"},
    {"count", 3, {"shello world, hello python", "s", "i30"}, "0"},
    {"count", 3, {"shello world, hello python", "s", "i25"}, "1"},
    {"count", 4, {"shello world, hello python", "sl", "N", "i10"}, "3"},
    {"count", 4, {"shello world, hello python", "sl", "i-10", "i-2"}, "2"},
    {"count", 3, {"shello world, hello python", "sl", "f0x1.0000000000000p+0"}, "TypeError: slice indices must be integers or None or have an __index__ method"},
    {"count", 2, {"shello world, hello python", "i1"}, "TypeError: must be str, not int"},
    {"count", 1, {"shello world, hello python"}, "TypeError: count() takes at least 1 argument (0 given)"},
    {"count", 5, {"shello world, hello python", "sa", "i1", "i2", "i3"}, "TypeError: count() takes at most 3 arguments (4 given)"},
    {"count", 3, {"shello world, hello python", "so", "i100"}, "0"},
    {"count", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\346\234\254"}, "2"},
    {"count", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\346\227\245\346\234\254"}, "2"},
    {"count", 3, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s", "i2"}, "4"},
    {"count", 4, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "s\350\252\236", "i1", "i3"}, "1"},
    {"count", 2, {"s\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254", "sx"}, "0"},
    {"count", 2, {"saaaa", "saa"}, "2"},
    {"count", 3, {"sabc", "s", "i1"}, "3"},
    {"count", 3, {"sabc", "s", "i5"}, "0"},
    {"replace", 3, {"shello world, hello python", "shello", "sbye"}, "'bye world, bye python'"},
    {"replace", 4, {"shello world, hello python", "shello", "sbye", "i1"}, "'bye world, hello python'"},
    {"replace", 3, {"shello world, hello python", "sl", "s"}, "'heo word, heo python'"},
    {"replace", 3, {"shello world, hello python", "s", "s-"}, "'-h-e-l-l-o- -w-o-r-l-d-,- -h-e-l-l-o- -p-y-t-h-o-n-'"},
    {"replace", 4, {"shello world, hello python", "s", "s-", "i2"}, "'-h-ello world, hello python'"},
    {"replace", 3, {"shello world, hello python", "sx", "sy"}, "'hello world, hello python'"},
    {"replace", 3, {"shello world, hello python", "so", "s\303\266"}, "'hell\303\266 w\303\266rld, hell\303\266 pyth\303\266n'"},
    {"replace", 3, {"shello world, hello python", "i1", "i2"}, "TypeError: replace() argument 1 must be str, not int"},
    {"replace", 2, {"shello world, hello python", "sa"}, "TypeError: replace expected at least 2 arguments, got 1"},
    {"replace", 4, {"shello world, hello python", "sl", "sL", "i0"}, "'hello world, hello python'"},
    {"replace", 4, {"shello world, hello python", "sl", "sL", "i-1"}, "'heLLo worLd, heLLo python'"},
    {"replace", 3, {"s", "s", "sx"}, "'x'"},
    {"replace", 3, {"saaa", "sa", "saa"}, "'aaaaaa'"},
    {"replace", 3, {"s\346\227\245\346\234\254\350\252\236", "s", "s|"}, "'|\346\227\245|\346\234\254|\350\252\236|'"},
    {"startswith", 2, {"shello", "she"}, "True"},
    {"startswith", 2, {"shello", "slo"}, "False"},
    {"startswith", 2, {"shello", "t2:sx2:sh"}, "True"},
    {"startswith", 3, {"sabcabcabc", "sabc", "i3"}, "True"},
    {"startswith", 3, {"sabcabcabc", "sbc", "i1"}, "True"},
    {"startswith", 4, {"sabcabcabc", "sab", "i0", "i8"}, "True"},
    {"startswith", 2, {"shello", "s"}, "True"},
    {"startswith", 3, {"sabcabcabc", "s", "i30"}, "False"},
    {"startswith", 2, {"shello", "i1"}, "TypeError: startswith first arg must be str or a tuple of str, not int"},
    {"startswith", 2, {"shello", "t2:sa2:i1"}, "TypeError: tuple for startswith must only contain str, not int"},
    {"startswith", 4, {"sabcabcabc", "sh", "N", "N"}, "False"},
    {"startswith", 1, {"shello"}, "TypeError: startswith() takes at least 1 argument (0 given)"},
    {"endswith", 2, {"shello", "she"}, "False"},
    {"endswith", 2, {"shello", "slo"}, "True"},
    {"endswith", 2, {"shello", "t2:sx2:sh"}, "False"},
    {"endswith", 3, {"sabcabcabc", "sabc", "i3"}, "True"},
    {"endswith", 3, {"sabcabcabc", "sbc", "i1"}, "True"},
    {"endswith", 4, {"sabcabcabc", "sab", "i0", "i8"}, "True"},
    {"endswith", 2, {"shello", "s"}, "True"},
    {"endswith", 3, {"sabcabcabc", "s", "i30"}, "False"},
    {"endswith", 2, {"shello", "i1"}, "TypeError: endswith first arg must be str or a tuple of str, not int"},
    {"endswith", 2, {"shello", "t2:sa2:i1"}, "TypeError: tuple for endswith must only contain str, not int"},
    {"endswith", 4, {"sabcabcabc", "sh", "N", "N"}, "False"},
    {"endswith", 1, {"shello"}, "TypeError: endswith() takes at least 1 argument (0 given)"},
    {"upper", 1, {"shello"}, "'HELLO'"},
    {"lower", 1, {"shello"}, "'hello'"},
    {"capitalize", 1, {"shello"}, "'Hello'"},
    {"title", 1, {"shello"}, "'Hello'"},
    {"swapcase", 1, {"shello"}, "'HELLO'"},
    {"casefold", 1, {"shello"}, "'hello'"},
    {"upper", 1, {"sWORLD"}, "'WORLD'"},
    {"lower", 1, {"sWORLD"}, "'world'"},
    {"capitalize", 1, {"sWORLD"}, "'World'"},
    {"title", 1, {"sWORLD"}, "'World'"},
    {"swapcase", 1, {"sWORLD"}, "'world'"},
    {"casefold", 1, {"sWORLD"}, "'world'"},
    {"upper", 1, {"smIxEd CaSe"}, "'MIXED CASE'"},
    {"lower", 1, {"smIxEd CaSe"}, "'mixed case'"},
    {"capitalize", 1, {"smIxEd CaSe"}, "'Mixed case'"},
    {"title", 1, {"smIxEd CaSe"}, "'Mixed Case'"},
    {"swapcase", 1, {"smIxEd CaSe"}, "'MiXeD cAsE'"},
    {"casefold", 1, {"smIxEd CaSe"}, "'mixed case'"},
    {"upper", 1, {"s123abc"}, "'123ABC'"},
    {"lower", 1, {"s123abc"}, "'123abc'"},
    {"capitalize", 1, {"s123abc"}, "'123abc'"},
    {"title", 1, {"s123abc"}, "'123Abc'"},
    {"swapcase", 1, {"s123abc"}, "'123ABC'"},
    {"casefold", 1, {"s123abc"}, "'123abc'"},
    {"upper", 1, {"sh\303\251llo w\303\266rld"}, "'H\303\211LLO W\303\226RLD'"},
    {"lower", 1, {"sh\303\251llo w\303\266rld"}, "'h\303\251llo w\303\266rld'"},
    {"capitalize", 1, {"sh\303\251llo w\303\266rld"}, "'H\303\251llo w\303\266rld'"},
    {"title", 1, {"sh\303\251llo w\303\266rld"}, "'H\303\251llo W\303\266rld'"},
    {"swapcase", 1, {"sh\303\251llo w\303\266rld"}, "'H\303\211LLO W\303\226RLD'"},
    {"casefold", 1, {"sh\303\251llo w\303\266rld"}, "'h\303\251llo w\303\266rld'"},
    {"upper", 1, {"s\303\237"}, "'SS'"},
    {"lower", 1, {"s\303\237"}, "'\303\237'"},
    {"capitalize", 1, {"s\303\237"}, "'Ss'"},
    {"title", 1, {"s\303\237"}, "'Ss'"},
    {"swapcase", 1, {"s\303\237"}, "'SS'"},
    {"casefold", 1, {"s\303\237"}, "'ss'"},
    {"upper", 1, {"sthe o'neil case"}, "\042THE O'NEIL CASE\042"},
    {"lower", 1, {"sthe o'neil case"}, "\042the o'neil case\042"},
    {"capitalize", 1, {"sthe o'neil case"}, "\042The o'neil case\042"},
    {"title", 1, {"sthe o'neil case"}, "\042The O'Neil Case\042"},
    {"swapcase", 1, {"sthe o'neil case"}, "\042THE O'NEIL CASE\042"},
    {"casefold", 1, {"sthe o'neil case"}, "\042the o'neil case\042"},
    {"upper", 1, {"s"}, "''"},
    {"lower", 1, {"s"}, "''"},
    {"capitalize", 1, {"s"}, "''"},
    {"title", 1, {"s"}, "''"},
    {"swapcase", 1, {"s"}, "''"},
    {"casefold", 1, {"s"}, "''"},
    {"upper", 1, {"sa1b2 c3d4"}, "'A1B2 C3D4'"},
    {"lower", 1, {"sa1b2 c3d4"}, "'a1b2 c3d4'"},
    {"capitalize", 1, {"sa1b2 c3d4"}, "'A1b2 c3d4'"},
    {"title", 1, {"sa1b2 c3d4"}, "'A1B2 C3D4'"},
    {"swapcase", 1, {"sa1b2 c3d4"}, "'A1B2 C3D4'"},
    {"casefold", 1, {"sa1b2 c3d4"}, "'a1b2 c3d4'"},
    {"upper", 1, {"s\307\205"}, "'\307\204'"},
    {"lower", 1, {"s\307\205"}, "'\307\206'"},
    {"capitalize", 1, {"s\307\205"}, "'\307\205'"},
    {"title", 1, {"s\307\205"}, "'\307\205'"},
    {"swapcase", 1, {"s\307\205"}, "'\307\205'"},
    {"casefold", 1, {"s\307\205"}, "'\307\206'"},
    {"upper", 1, {"s\307\206a"}, "'\307\204A'"},
    {"lower", 1, {"s\307\206a"}, "'\307\206a'"},
    {"capitalize", 1, {"s\307\206a"}, "'\307\205a'"},
    {"title", 1, {"s\307\206a"}, "'\307\205a'"},
    {"swapcase", 1, {"s\307\206a"}, "'\307\204A'"},
    {"casefold", 1, {"s\307\206a"}, "'\307\206a'"},
    {"upper", 1, {"s\304\260"}, "'\304\260'"},
    {"lower", 1, {"s\304\260"}, "'i\314\207'"},
    {"capitalize", 1, {"s\304\260"}, "'\304\260'"},
    {"title", 1, {"s\304\260"}, "'\304\260'"},
    {"swapcase", 1, {"s\304\260"}, "'i\314\207'"},
    {"casefold", 1, {"s\304\260"}, "'i\314\207'"},
    {"upper", 1, {"s\357\254\200"}, "'FF'"},
    {"lower", 1, {"s\357\254\200"}, "'\357\254\200'"},
    {"capitalize", 1, {"s\357\254\200"}, "'Ff'"},
    {"title", 1, {"s\357\254\200"}, "'Ff'"},
    {"swapcase", 1, {"s\357\254\200"}, "'FF'"},
    {"casefold", 1, {"s\357\254\200"}, "'ff'"},
    {"upper", 1, {"s\305\211"}, "'\312\274N'"},
    {"lower", 1, {"s\305\211"}, "'\305\211'"},
    {"capitalize", 1, {"s\305\211"}, "'\312\274N'"},
    {"title", 1, {"s\305\211"}, "'\312\274N'"},
    {"swapcase", 1, {"s\305\211"}, "'\312\274N'"},
    {"casefold", 1, {"s\305\211"}, "'\312\274n'"},
    {"upper", 1, {"s\316\243\316\221\316\243"}, "'\316\243\316\221\316\243'"},
    {"lower", 1, {"s\316\243\316\221\316\243"}, "'\317\203\316\261\317\202'"},
    {"capitalize", 1, {"s\316\243\316\221\316\243"}, "'\316\243\316\261\317\202'"},
    {"title", 1, {"s\316\243\316\221\316\243"}, "'\316\243\316\261\317\202'"},
    {"swapcase", 1, {"s\316\243\316\221\316\243"}, "'\317\203\316\261\317\202'"},
    {"casefold", 1, {"s\316\243\316\221\316\243"}, "'\317\203\316\261\317\203'"},
    {"upper", 1, {"s\316\221\316\243 \316\243"}, "'\316\221\316\243 \316\243'"},
    {"lower", 1, {"s\316\221\316\243 \316\243"}, "'\316\261\317\202 \317\203'"},
    {"capitalize", 1, {"s\316\221\316\243 \316\243"}, "'\316\221\317\202 \317\203'"},
    {"title", 1, {"s\316\221\316\243 \316\243"}, "'\316\221\317\202 \316\243'"},
    {"swapcase", 1, {"s\316\221\316\243 \316\243"}, "'\316\261\317\202 \317\203'"},
    {"casefold", 1, {"s\316\221\316\243 \316\243"}, "'\316\261\317\203 \317\203'"},
    {"upper", 1, {"sstra\303\237e"}, "'STRASSE'"},
    {"lower", 1, {"sstra\303\237e"}, "'stra\303\237e'"},
    {"capitalize", 1, {"sstra\303\237e"}, "'Stra\303\237e'"},
    {"title", 1, {"sstra\303\237e"}, "'Stra\303\237e'"},
    {"swapcase", 1, {"sstra\303\237e"}, "'STRASSE'"},
    {"casefold", 1, {"sstra\303\237e"}, "'strasse'"},
    {"upper", 1, {"s\303\211COLE"}, "'\303\211COLE'"},
    {"lower", 1, {"s\303\211COLE"}, "'\303\251cole'"},
    {"capitalize", 1, {"s\303\211COLE"}, "'\303\211cole'"},
    {"title", 1, {"s\303\211COLE"}, "'\303\211cole'"},
    {"swapcase", 1, {"s\303\211COLE"}, "'\303\251cole'"},
    {"casefold", 1, {"s\303\211COLE"}, "'\303\251cole'"},
    {"upper", 1, {"s\320\266\320\226"}, "'\320\226\320\226'"},
    {"lower", 1, {"s\320\266\320\226"}, "'\320\266\320\266'"},
    {"capitalize", 1, {"s\320\266\320\226"}, "'\320\226\320\266'"},
    {"title", 1, {"s\320\266\320\226"}, "'\320\226\320\266'"},
    {"swapcase", 1, {"s\320\266\320\226"}, "'\320\226\320\266'"},
    {"casefold", 1, {"s\320\266\320\226"}, "'\320\266\320\266'"},
    {"upper", 1, {"shello world"}, "'HELLO WORLD'"},
    {"lower", 1, {"shello world"}, "'hello world'"},
    {"capitalize", 1, {"shello world"}, "'Hello world'"},
    {"title", 1, {"shello world"}, "'Hello World'"},
    {"swapcase", 1, {"shello world"}, "'HELLO WORLD'"},
    {"casefold", 1, {"shello world"}, "'hello world'"},
    {"upper", 1, {"s\307\204\307\205\307\206"}, "'\307\204\307\204\307\204'"},
    {"lower", 1, {"s\307\204\307\205\307\206"}, "'\307\206\307\206\307\206'"},
    {"capitalize", 1, {"s\307\204\307\205\307\206"}, "'\307\205\307\206\307\206'"},
    {"title", 1, {"s\307\204\307\205\307\206"}, "'\307\205\307\206\307\206'"},
    {"swapcase", 1, {"s\307\204\307\205\307\206"}, "'\307\206\307\205\307\204'"},
    {"casefold", 1, {"s\307\204\307\205\307\206"}, "'\307\206\307\206\307\206'"},
    {"upper", 1, {"sa\315\205b"}, "'A\316\231B'"},
    {"lower", 1, {"sa\315\205b"}, "'a\315\205b'"},
    {"capitalize", 1, {"sa\315\205b"}, "'A\315\205b'"},
    {"title", 1, {"sa\315\205b"}, "'A\315\205b'"},
    {"swapcase", 1, {"sa\315\205b"}, "'A\316\231B'"},
    {"casefold", 1, {"sa\315\205b"}, "'a\316\271b'"},
    {"upper", 1, {"sx\316\243"}, "'X\316\243'"},
    {"lower", 1, {"sx\316\243"}, "'x\317\202'"},
    {"capitalize", 1, {"sx\316\243"}, "'X\317\202'"},
    {"title", 1, {"sx\316\243"}, "'X\317\202'"},
    {"swapcase", 1, {"sx\316\243"}, "'X\317\202'"},
    {"casefold", 1, {"sx\316\243"}, "'x\317\203'"},
    {"upper", 1, {"s\316\243"}, "'\316\243'"},
    {"lower", 1, {"s\316\243"}, "'\317\203'"},
    {"capitalize", 1, {"s\316\243"}, "'\316\243'"},
    {"title", 1, {"s\316\243"}, "'\316\243'"},
    {"swapcase", 1, {"s\316\243"}, "'\317\203'"},
    {"casefold", 1, {"s\316\243"}, "'\317\203'"},
    {"upper", 1, {"sA\316\243."}, "'A\316\243.'"},
    {"lower", 1, {"sA\316\243."}, "'a\317\202.'"},
    {"capitalize", 1, {"sA\316\243."}, "'A\317\202.'"},
    {"title", 1, {"sA\316\243."}, "'A\317\202.'"},
    {"swapcase", 1, {"sA\316\243."}, "'a\317\202.'"},
    {"casefold", 1, {"sA\316\243."}, "'a\317\203.'"},
    {"upper", 1, {"s\341\272\236"}, "'\341\272\236'"},
    {"lower", 1, {"s\341\272\236"}, "'\303\237'"},
    {"capitalize", 1, {"s\341\272\236"}, "'\341\272\236'"},
    {"title", 1, {"s\341\272\236"}, "'\341\272\236'"},
    {"swapcase", 1, {"s\341\272\236"}, "'\303\237'"},
    {"casefold", 1, {"s\341\272\236"}, "'ss'"},
    {"upper", 1, {"shi\342\205\240\342\205\260"}, "'HI\342\205\240\342\205\240'"},
    {"lower", 1, {"shi\342\205\240\342\205\260"}, "'hi\342\205\260\342\205\260'"},
    {"capitalize", 1, {"shi\342\205\240\342\205\260"}, "'Hi\342\205\260\342\205\260'"},
    {"title", 1, {"shi\342\205\240\342\205\260"}, "'Hi\342\205\260\342\205\260'"},
    {"swapcase", 1, {"shi\342\205\240\342\205\260"}, "'HI\342\205\260\342\205\240'"},
    {"casefold", 1, {"shi\342\205\240\342\205\260"}, "'hi\342\205\260\342\205\260'"},
    {"upper", 2, {"sa", "i1"}, "TypeError: str.upper() takes no arguments (1 given)"},
    {"isdigit", 1, {"sabc"}, "False"},
    {"isalpha", 1, {"sabc"}, "True"},
    {"isspace", 1, {"sabc"}, "False"},
    {"isalnum", 1, {"sabc"}, "True"},
    {"isupper", 1, {"sabc"}, "False"},
    {"islower", 1, {"sabc"}, "True"},
    {"isdecimal", 1, {"sabc"}, "False"},
    {"isnumeric", 1, {"sabc"}, "False"},
    {"isidentifier", 1, {"sabc"}, "True"},
    {"istitle", 1, {"sabc"}, "False"},
    {"isprintable", 1, {"sabc"}, "True"},
    {"isascii", 1, {"sabc"}, "True"},
    {"isdigit", 1, {"sABC"}, "False"},
    {"isalpha", 1, {"sABC"}, "True"},
    {"isspace", 1, {"sABC"}, "False"},
    {"isalnum", 1, {"sABC"}, "True"},
    {"isupper", 1, {"sABC"}, "True"},
    {"islower", 1, {"sABC"}, "False"},
    {"isdecimal", 1, {"sABC"}, "False"},
    {"isnumeric", 1, {"sABC"}, "False"},
    {"isidentifier", 1, {"sABC"}, "True"},
    {"istitle", 1, {"sABC"}, "False"},
    {"isprintable", 1, {"sABC"}, "True"},
    {"isascii", 1, {"sABC"}, "True"},
    {"isdigit", 1, {"sAbc"}, "False"},
    {"isalpha", 1, {"sAbc"}, "True"},
    {"isspace", 1, {"sAbc"}, "False"},
    {"isalnum", 1, {"sAbc"}, "True"},
    {"isupper", 1, {"sAbc"}, "False"},
    {"islower", 1, {"sAbc"}, "False"},
    {"isdecimal", 1, {"sAbc"}, "False"},
    {"isnumeric", 1, {"sAbc"}, "False"},
    {"isidentifier", 1, {"sAbc"}, "True"},
    {"istitle", 1, {"sAbc"}, "True"},
    {"isprintable", 1, {"sAbc"}, "True"},
    {"isascii", 1, {"sAbc"}, "True"},
    {"isdigit", 1, {"s123"}, "True"},
    {"isalpha", 1, {"s123"}, "False"},
    {"isspace", 1, {"s123"}, "False"},
    {"isalnum", 1, {"s123"}, "True"},
    {"isupper", 1, {"s123"}, "False"},
    {"islower", 1, {"s123"}, "False"},
    {"isdecimal", 1, {"s123"}, "True"},
    {"isnumeric", 1, {"s123"}, "True"},
    {"isidentifier", 1, {"s123"}, "False"},
    {"istitle", 1, {"s123"}, "False"},
    {"isprintable", 1, {"s123"}, "True"},
    {"isascii", 1, {"s123"}, "True"},
    {"isdigit", 1, {"s12.5"}, "False"},
    {"isalpha", 1, {"s12.5"}, "False"},
    {"isspace", 1, {"s12.5"}, "False"},
    {"isalnum", 1, {"s12.5"}, "False"},
    {"isupper", 1, {"s12.5"}, "False"},
    {"islower", 1, {"s12.5"}, "False"},
    {"isdecimal", 1, {"s12.5"}, "False"},
    {"isnumeric", 1, {"s12.5"}, "False"},
    {"isidentifier", 1, {"s12.5"}, "False"},
    {"istitle", 1, {"s12.5"}, "False"},
    {"isprintable", 1, {"s12.5"}, "True"},
    {"isascii", 1, {"s12.5"}, "True"},
    {"isdigit", 1, {"sabc123"}, "False"},
    {"isalpha", 1, {"sabc123"}, "False"},
    {"isspace", 1, {"sabc123"}, "False"},
    {"isalnum", 1, {"sabc123"}, "True"},
    {"isupper", 1, {"sabc123"}, "False"},
    {"islower", 1, {"sabc123"}, "True"},
    {"isdecimal", 1, {"sabc123"}, "False"},
    {"isnumeric", 1, {"sabc123"}, "False"},
    {"isidentifier", 1, {"sabc123"}, "True"},
    {"istitle", 1, {"sabc123"}, "False"},
    {"isprintable", 1, {"sabc123"}, "True"},
    {"isascii", 1, {"sabc123"}, "True"},
    {"isdigit", 1, {"s  "}, "False"},
    {"isalpha", 1, {"s  "}, "False"},
    {"isspace", 1, {"s  "}, "True"},
    {"isalnum", 1, {"s  "}, "False"},
    {"isupper", 1, {"s  "}, "False"},
    {"islower", 1, {"s  "}, "False"},
    {"isdecimal", 1, {"s  "}, "False"},
    {"isnumeric", 1, {"s  "}, "False"},
    {"isidentifier", 1, {"s  "}, "False"},
    {"istitle", 1, {"s  "}, "False"},
    {"isprintable", 1, {"s  "}, "True"},
    {"isascii", 1, {"s  "}, "True"},
    {"isdigit", 1, {"s"}, "False"},
    {"isalpha", 1, {"s"}, "False"},
    {"isspace", 1, {"s"}, "False"},
    {"isalnum", 1, {"s"}, "False"},
    {"isupper", 1, {"s"}, "False"},
    {"islower", 1, {"s"}, "False"},
    {"isdecimal", 1, {"s"}, "False"},
    {"isnumeric", 1, {"s"}, "False"},
    {"isidentifier", 1, {"s"}, "False"},
    {"istitle", 1, {"s"}, "False"},
    {"isprintable", 1, {"s"}, "True"},
    {"isascii", 1, {"s"}, "True"},
    {"isdigit", 1, {"s\011\012"}, "False"},
    {"isalpha", 1, {"s\011\012"}, "False"},
    {"isspace", 1, {"s\011\012"}, "True"},
    {"isalnum", 1, {"s\011\012"}, "False"},
    {"isupper", 1, {"s\011\012"}, "False"},
    {"islower", 1, {"s\011\012"}, "False"},
    {"isdecimal", 1, {"s\011\012"}, "False"},
    {"isnumeric", 1, {"s\011\012"}, "False"},
    {"isidentifier", 1, {"s\011\012"}, "False"},
    {"istitle", 1, {"s\011\012"}, "False"},
    {"isprintable", 1, {"s\011\012"}, "False"},
    {"isascii", 1, {"s\011\012"}, "True"},
    {"isdigit", 1, {"sh\303\251llo"}, "False"},
    {"isalpha", 1, {"sh\303\251llo"}, "True"},
    {"isspace", 1, {"sh\303\251llo"}, "False"},
    {"isalnum", 1, {"sh\303\251llo"}, "True"},
    {"isupper", 1, {"sh\303\251llo"}, "False"},
    {"islower", 1, {"sh\303\251llo"}, "True"},
    {"isdecimal", 1, {"sh\303\251llo"}, "False"},
    {"isnumeric", 1, {"sh\303\251llo"}, "False"},
    {"isidentifier", 1, {"sh\303\251llo"}, "True"},
    {"istitle", 1, {"sh\303\251llo"}, "False"},
    {"isprintable", 1, {"sh\303\251llo"}, "True"},
    {"isascii", 1, {"sh\303\251llo"}, "False"},
    {"isdigit", 1, {"s\346\227\245\346\234\254"}, "False"},
    {"isalpha", 1, {"s\346\227\245\346\234\254"}, "True"},
    {"isspace", 1, {"s\346\227\245\346\234\254"}, "False"},
    {"isalnum", 1, {"s\346\227\245\346\234\254"}, "True"},
    {"isupper", 1, {"s\346\227\245\346\234\254"}, "False"},
    {"islower", 1, {"s\346\227\245\346\234\254"}, "False"},
    {"isdecimal", 1, {"s\346\227\245\346\234\254"}, "False"},
    {"isnumeric", 1, {"s\346\227\245\346\234\254"}, "False"},
    {"isidentifier", 1, {"s\346\227\245\346\234\254"}, "True"},
    {"istitle", 1, {"s\346\227\245\346\234\254"}, "False"},
    {"isprintable", 1, {"s\346\227\245\346\234\254"}, "True"},
    {"isascii", 1, {"s\346\227\245\346\234\254"}, "False"},
    {"isdigit", 1, {"sa b"}, "False"},
    {"isalpha", 1, {"sa b"}, "False"},
    {"isspace", 1, {"sa b"}, "False"},
    {"isalnum", 1, {"sa b"}, "False"},
    {"isupper", 1, {"sa b"}, "False"},
    {"islower", 1, {"sa b"}, "True"},
    {"isdecimal", 1, {"sa b"}, "False"},
    {"isnumeric", 1, {"sa b"}, "False"},
    {"isidentifier", 1, {"sa b"}, "False"},
    {"istitle", 1, {"sa b"}, "False"},
    {"isprintable", 1, {"sa b"}, "True"},
    {"isascii", 1, {"sa b"}, "True"},
    {"isdigit", 1, {"s_"}, "False"},
    {"isalpha", 1, {"s_"}, "False"},
    {"isspace", 1, {"s_"}, "False"},
    {"isalnum", 1, {"s_"}, "False"},
    {"isupper", 1, {"s_"}, "False"},
    {"islower", 1, {"s_"}, "False"},
    {"isdecimal", 1, {"s_"}, "False"},
    {"isnumeric", 1, {"s_"}, "False"},
    {"isidentifier", 1, {"s_"}, "True"},
    {"istitle", 1, {"s_"}, "False"},
    {"isprintable", 1, {"s_"}, "True"},
    {"isascii", 1, {"s_"}, "True"},
    {"isdigit", 1, {"s\342\205\253"}, "False"},
    {"isalpha", 1, {"s\342\205\253"}, "False"},
    {"isspace", 1, {"s\342\205\253"}, "False"},
    {"isalnum", 1, {"s\342\205\253"}, "True"},
    {"isupper", 1, {"s\342\205\253"}, "True"},
    {"islower", 1, {"s\342\205\253"}, "False"},
    {"isdecimal", 1, {"s\342\205\253"}, "False"},
    {"isnumeric", 1, {"s\342\205\253"}, "True"},
    {"isidentifier", 1, {"s\342\205\253"}, "True"},
    {"istitle", 1, {"s\342\205\253"}, "True"},
    {"isprintable", 1, {"s\342\205\253"}, "True"},
    {"isascii", 1, {"s\342\205\253"}, "False"},
    {"isdigit", 1, {"s\331\243"}, "True"},
    {"isalpha", 1, {"s\331\243"}, "False"},
    {"isspace", 1, {"s\331\243"}, "False"},
    {"isalnum", 1, {"s\331\243"}, "True"},
    {"isupper", 1, {"s\331\243"}, "False"},
    {"islower", 1, {"s\331\243"}, "False"},
    {"isdecimal", 1, {"s\331\243"}, "True"},
    {"isnumeric", 1, {"s\331\243"}, "True"},
    {"isidentifier", 1, {"s\331\243"}, "False"},
    {"istitle", 1, {"s\331\243"}, "False"},
    {"isprintable", 1, {"s\331\243"}, "True"},
    {"isascii", 1, {"s\331\243"}, "False"},
    {"isdigit", 1, {"sAb Cd"}, "False"},
    {"isalpha", 1, {"sAb Cd"}, "False"},
    {"isspace", 1, {"sAb Cd"}, "False"},
    {"isalnum", 1, {"sAb Cd"}, "False"},
    {"isupper", 1, {"sAb Cd"}, "False"},
    {"islower", 1, {"sAb Cd"}, "False"},
    {"isdecimal", 1, {"sAb Cd"}, "False"},
    {"isnumeric", 1, {"sAb Cd"}, "False"},
    {"isidentifier", 1, {"sAb Cd"}, "False"},
    {"istitle", 1, {"sAb Cd"}, "True"},
    {"isprintable", 1, {"sAb Cd"}, "True"},
    {"isascii", 1, {"sAb Cd"}, "True"},
    {"isdigit", 1, {"sAB"}, "False"},
    {"isalpha", 1, {"sAB"}, "True"},
    {"isspace", 1, {"sAB"}, "False"},
    {"isalnum", 1, {"sAB"}, "True"},
    {"isupper", 1, {"sAB"}, "True"},
    {"islower", 1, {"sAB"}, "False"},
    {"isdecimal", 1, {"sAB"}, "False"},
    {"isnumeric", 1, {"sAB"}, "False"},
    {"isidentifier", 1, {"sAB"}, "True"},
    {"istitle", 1, {"sAB"}, "False"},
    {"isprintable", 1, {"sAB"}, "True"},
    {"isascii", 1, {"sAB"}, "True"},
    {"isdigit", 1, {"s\302\262"}, "True"},
    {"isalpha", 1, {"s\302\262"}, "False"},
    {"isspace", 1, {"s\302\262"}, "False"},
    {"isalnum", 1, {"s\302\262"}, "True"},
    {"isupper", 1, {"s\302\262"}, "False"},
    {"islower", 1, {"s\302\262"}, "False"},
    {"isdecimal", 1, {"s\302\262"}, "False"},
    {"isnumeric", 1, {"s\302\262"}, "True"},
    {"isidentifier", 1, {"s\302\262"}, "False"},
    {"istitle", 1, {"s\302\262"}, "False"},
    {"isprintable", 1, {"s\302\262"}, "True"},
    {"isascii", 1, {"s\302\262"}, "False"},
    {"isdigit", 1, {"s\302\275"}, "False"},
    {"isalpha", 1, {"s\302\275"}, "False"},
    {"isspace", 1, {"s\302\275"}, "False"},
    {"isalnum", 1, {"s\302\275"}, "True"},
    {"isupper", 1, {"s\302\275"}, "False"},
    {"islower", 1, {"s\302\275"}, "False"},
    {"isdecimal", 1, {"s\302\275"}, "False"},
    {"isnumeric", 1, {"s\302\275"}, "True"},
    {"isidentifier", 1, {"s\302\275"}, "False"},
    {"istitle", 1, {"s\302\275"}, "False"},
    {"isprintable", 1, {"s\302\275"}, "True"},
    {"isascii", 1, {"s\302\275"}, "False"},
    {"isdigit", 1, {"sa\314\201"}, "False"},
    {"isalpha", 1, {"sa\314\201"}, "False"},
    {"isspace", 1, {"sa\314\201"}, "False"},
    {"isalnum", 1, {"sa\314\201"}, "False"},
    {"isupper", 1, {"sa\314\201"}, "False"},
    {"islower", 1, {"sa\314\201"}, "True"},
    {"isdecimal", 1, {"sa\314\201"}, "False"},
    {"isnumeric", 1, {"sa\314\201"}, "False"},
    {"isidentifier", 1, {"sa\314\201"}, "True"},
    {"istitle", 1, {"sa\314\201"}, "False"},
    {"isprintable", 1, {"sa\314\201"}, "True"},
    {"isascii", 1, {"sa\314\201"}, "False"},
    {"isdigit", 1, {"s\307\205"}, "False"},
    {"isalpha", 1, {"s\307\205"}, "True"},
    {"isspace", 1, {"s\307\205"}, "False"},
    {"isalnum", 1, {"s\307\205"}, "True"},
    {"isupper", 1, {"s\307\205"}, "False"},
    {"islower", 1, {"s\307\205"}, "False"},
    {"isdecimal", 1, {"s\307\205"}, "False"},
    {"isnumeric", 1, {"s\307\205"}, "False"},
    {"isidentifier", 1, {"s\307\205"}, "True"},
    {"istitle", 1, {"s\307\205"}, "True"},
    {"isprintable", 1, {"s\307\205"}, "True"},
    {"isascii", 1, {"s\307\205"}, "False"},
    {"isdigit", 1, {"sHELLO WORLD"}, "False"},
    {"isalpha", 1, {"sHELLO WORLD"}, "False"},
    {"isspace", 1, {"sHELLO WORLD"}, "False"},
    {"isalnum", 1, {"sHELLO WORLD"}, "False"},
    {"isupper", 1, {"sHELLO WORLD"}, "True"},
    {"islower", 1, {"sHELLO WORLD"}, "False"},
    {"isdecimal", 1, {"sHELLO WORLD"}, "False"},
    {"isnumeric", 1, {"sHELLO WORLD"}, "False"},
    {"isidentifier", 1, {"sHELLO WORLD"}, "False"},
    {"istitle", 1, {"sHELLO WORLD"}, "False"},
    {"isprintable", 1, {"sHELLO WORLD"}, "True"},
    {"isascii", 1, {"sHELLO WORLD"}, "True"},
    {"isdigit", 1, {"shello world!"}, "False"},
    {"isalpha", 1, {"shello world!"}, "False"},
    {"isspace", 1, {"shello world!"}, "False"},
    {"isalnum", 1, {"shello world!"}, "False"},
    {"isupper", 1, {"shello world!"}, "False"},
    {"islower", 1, {"shello world!"}, "True"},
    {"isdecimal", 1, {"shello world!"}, "False"},
    {"isnumeric", 1, {"shello world!"}, "False"},
    {"isidentifier", 1, {"shello world!"}, "False"},
    {"istitle", 1, {"shello world!"}, "False"},
    {"isprintable", 1, {"shello world!"}, "True"},
    {"isascii", 1, {"shello world!"}, "True"},
    {"isdigit", 1, {"s123A"}, "False"},
    {"isalpha", 1, {"s123A"}, "False"},
    {"isspace", 1, {"s123A"}, "False"},
    {"isalnum", 1, {"s123A"}, "True"},
    {"isupper", 1, {"s123A"}, "True"},
    {"islower", 1, {"s123A"}, "False"},
    {"isdecimal", 1, {"s123A"}, "False"},
    {"isnumeric", 1, {"s123A"}, "False"},
    {"isidentifier", 1, {"s123A"}, "False"},
    {"istitle", 1, {"s123A"}, "True"},
    {"isprintable", 1, {"s123A"}, "True"},
    {"isascii", 1, {"s123A"}, "True"},
    {"isdigit", 1, {"sx1_"}, "False"},
    {"isalpha", 1, {"sx1_"}, "False"},
    {"isspace", 1, {"sx1_"}, "False"},
    {"isalnum", 1, {"sx1_"}, "False"},
    {"isupper", 1, {"sx1_"}, "False"},
    {"islower", 1, {"sx1_"}, "True"},
    {"isdecimal", 1, {"sx1_"}, "False"},
    {"isnumeric", 1, {"sx1_"}, "False"},
    {"isidentifier", 1, {"sx1_"}, "True"},
    {"istitle", 1, {"sx1_"}, "False"},
    {"isprintable", 1, {"sx1_"}, "True"},
    {"isascii", 1, {"sx1_"}, "True"},
    {"isdigit", 1, {"s1x"}, "False"},
    {"isalpha", 1, {"s1x"}, "False"},
    {"isspace", 1, {"s1x"}, "False"},
    {"isalnum", 1, {"s1x"}, "True"},
    {"isupper", 1, {"s1x"}, "False"},
    {"islower", 1, {"s1x"}, "True"},
    {"isdecimal", 1, {"s1x"}, "False"},
    {"isnumeric", 1, {"s1x"}, "False"},
    {"isidentifier", 1, {"s1x"}, "False"},
    {"istitle", 1, {"s1x"}, "False"},
    {"isprintable", 1, {"s1x"}, "True"},
    {"isascii", 1, {"s1x"}, "True"},
    {"isdigit", 1, {"sdef"}, "False"},
    {"isalpha", 1, {"sdef"}, "True"},
    {"isspace", 1, {"sdef"}, "False"},
    {"isalnum", 1, {"sdef"}, "True"},
    {"isupper", 1, {"sdef"}, "False"},
    {"islower", 1, {"sdef"}, "True"},
    {"isdecimal", 1, {"sdef"}, "False"},
    {"isnumeric", 1, {"sdef"}, "False"},
    {"isidentifier", 1, {"sdef"}, "True"},
    {"istitle", 1, {"sdef"}, "False"},
    {"isprintable", 1, {"sdef"}, "True"},
    {"isascii", 1, {"sdef"}, "True"},
    {"isdigit", 1, {"s\303\251t\303\251"}, "False"},
    {"isalpha", 1, {"s\303\251t\303\251"}, "True"},
    {"isspace", 1, {"s\303\251t\303\251"}, "False"},
    {"isalnum", 1, {"s\303\251t\303\251"}, "True"},
    {"isupper", 1, {"s\303\251t\303\251"}, "False"},
    {"islower", 1, {"s\303\251t\303\251"}, "True"},
    {"isdecimal", 1, {"s\303\251t\303\251"}, "False"},
    {"isnumeric", 1, {"s\303\251t\303\251"}, "False"},
    {"isidentifier", 1, {"s\303\251t\303\251"}, "True"},
    {"istitle", 1, {"s\303\251t\303\251"}, "False"},
    {"isprintable", 1, {"s\303\251t\303\251"}, "True"},
    {"isascii", 1, {"s\303\251t\303\251"}, "False"},
    {"isdigit", 1, {"s\302\205"}, "False"},
    {"isalpha", 1, {"s\302\205"}, "False"},
    {"isspace", 1, {"s\302\205"}, "True"},
    {"isalnum", 1, {"s\302\205"}, "False"},
    {"isupper", 1, {"s\302\205"}, "False"},
    {"islower", 1, {"s\302\205"}, "False"},
    {"isdecimal", 1, {"s\302\205"}, "False"},
    {"isnumeric", 1, {"s\302\205"}, "False"},
    {"isidentifier", 1, {"s\302\205"}, "False"},
    {"istitle", 1, {"s\302\205"}, "False"},
    {"isprintable", 1, {"s\302\205"}, "False"},
    {"isascii", 1, {"s\302\205"}, "False"},
    {"isdigit", 1, {"s\342\200\213"}, "False"},
    {"isalpha", 1, {"s\342\200\213"}, "False"},
    {"isspace", 1, {"s\342\200\213"}, "False"},
    {"isalnum", 1, {"s\342\200\213"}, "False"},
    {"isupper", 1, {"s\342\200\213"}, "False"},
    {"islower", 1, {"s\342\200\213"}, "False"},
    {"isdecimal", 1, {"s\342\200\213"}, "False"},
    {"isnumeric", 1, {"s\342\200\213"}, "False"},
    {"isidentifier", 1, {"s\342\200\213"}, "False"},
    {"istitle", 1, {"s\342\200\213"}, "False"},
    {"isprintable", 1, {"s\342\200\213"}, "False"},
    {"isascii", 1, {"s\342\200\213"}, "False"},
    {"isdigit", 1, {"s\360\237\230\200"}, "False"},
    {"isalpha", 1, {"s\360\237\230\200"}, "False"},
    {"isspace", 1, {"s\360\237\230\200"}, "False"},
    {"isalnum", 1, {"s\360\237\230\200"}, "False"},
    {"isupper", 1, {"s\360\237\230\200"}, "False"},
    {"islower", 1, {"s\360\237\230\200"}, "False"},
    {"isdecimal", 1, {"s\360\237\230\200"}, "False"},
    {"isnumeric", 1, {"s\360\237\230\200"}, "False"},
    {"isidentifier", 1, {"s\360\237\230\200"}, "False"},
    {"istitle", 1, {"s\360\237\230\200"}, "False"},
    {"isprintable", 1, {"s\360\237\230\200"}, "True"},
    {"isascii", 1, {"s\360\237\230\200"}, "False"},
    {"zfill", 2, {"s7", "i5"}, "'00007'"},
    {"center", 2, {"s7", "i7"}, "'   7   '"},
    {"ljust", 2, {"s7", "i6"}, "'7     '"},
    {"rjust", 2, {"s7", "i6"}, "'     7'"},
    {"center", 3, {"s7", "i8", "s*"}, "'***7****'"},
    {"ljust", 3, {"s7", "i8", "s\303\251"}, "'7\303\251\303\251\303\251\303\251\303\251\303\251\303\251'"},
    {"zfill", 2, {"s-7", "i5"}, "'-0007'"},
    {"center", 2, {"s-7", "i7"}, "'   -7  '"},
    {"ljust", 2, {"s-7", "i6"}, "'-7    '"},
    {"rjust", 2, {"s-7", "i6"}, "'    -7'"},
    {"center", 3, {"s-7", "i8", "s*"}, "'***-7***'"},
    {"ljust", 3, {"s-7", "i8", "s\303\251"}, "'-7\303\251\303\251\303\251\303\251\303\251\303\251'"},
    {"zfill", 2, {"s+7", "i5"}, "'+0007'"},
    {"center", 2, {"s+7", "i7"}, "'   +7  '"},
    {"ljust", 2, {"s+7", "i6"}, "'+7    '"},
    {"rjust", 2, {"s+7", "i6"}, "'    +7'"},
    {"center", 3, {"s+7", "i8", "s*"}, "'***+7***'"},
    {"ljust", 3, {"s+7", "i8", "s\303\251"}, "'+7\303\251\303\251\303\251\303\251\303\251\303\251'"},
    {"zfill", 2, {"sabc", "i5"}, "'00abc'"},
    {"center", 2, {"sabc", "i7"}, "'  abc  '"},
    {"ljust", 2, {"sabc", "i6"}, "'abc   '"},
    {"rjust", 2, {"sabc", "i6"}, "'   abc'"},
    {"center", 3, {"sabc", "i8", "s*"}, "'**abc***'"},
    {"ljust", 3, {"sabc", "i8", "s\303\251"}, "'abc\303\251\303\251\303\251\303\251\303\251'"},
    {"zfill", 2, {"s", "i5"}, "'00000'"},
    {"center", 2, {"s", "i7"}, "'       '"},
    {"ljust", 2, {"s", "i6"}, "'      '"},
    {"rjust", 2, {"s", "i6"}, "'      '"},
    {"center", 3, {"s", "i8", "s*"}, "'********'"},
    {"ljust", 3, {"s", "i8", "s\303\251"}, "'\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251'"},
    {"zfill", 2, {"s12345", "i5"}, "'12345'"},
    {"center", 2, {"s12345", "i7"}, "' 12345 '"},
    {"ljust", 2, {"s12345", "i6"}, "'12345 '"},
    {"rjust", 2, {"s12345", "i6"}, "' 12345'"},
    {"center", 3, {"s12345", "i8", "s*"}, "'*12345**'"},
    {"ljust", 3, {"s12345", "i8", "s\303\251"}, "'12345\303\251\303\251\303\251'"},
    {"zfill", 2, {"s\346\227\245\346\234\254", "i5"}, "'000\346\227\245\346\234\254'"},
    {"center", 2, {"s\346\227\245\346\234\254", "i7"}, "'   \346\227\245\346\234\254  '"},
    {"ljust", 2, {"s\346\227\245\346\234\254", "i6"}, "'\346\227\245\346\234\254    '"},
    {"rjust", 2, {"s\346\227\245\346\234\254", "i6"}, "'    \346\227\245\346\234\254'"},
    {"center", 3, {"s\346\227\245\346\234\254", "i8", "s*"}, "'***\346\227\245\346\234\254***'"},
    {"ljust", 3, {"s\346\227\245\346\234\254", "i8", "s\303\251"}, "'\346\227\245\346\234\254\303\251\303\251\303\251\303\251\303\251\303\251'"},
    {"zfill", 2, {"sh\303\251llo", "i5"}, "'h\303\251llo'"},
    {"center", 2, {"sh\303\251llo", "i7"}, "' h\303\251llo '"},
    {"ljust", 2, {"sh\303\251llo", "i6"}, "'h\303\251llo '"},
    {"rjust", 2, {"sh\303\251llo", "i6"}, "' h\303\251llo'"},
    {"center", 3, {"sh\303\251llo", "i8", "s*"}, "'*h\303\251llo**'"},
    {"ljust", 3, {"sh\303\251llo", "i8", "s\303\251"}, "'h\303\251llo\303\251\303\251\303\251'"},
    {"center", 3, {"sab", "i5", "s."}, "'..ab.'"},
    {"center", 3, {"sab", "i6", "s."}, "'..ab..'"},
    {"center", 3, {"sabc", "i6", "s*"}, "'*abc**'"},
    {"center", 2, {"sabc", "i2"}, "'abc'"},
    {"center", 3, {"sx", "i5", "sab"}, "TypeError: The fill character must be exactly one character long"},
    {"center", 3, {"sx", "i5", "i1"}, "TypeError: The fill character must be a unicode character, not int"},
    {"center", 1, {"sx"}, "TypeError: center expected at least 1 argument, got 0"},
    {"center", 2, {"sx", "sa"}, "TypeError: 'str' object cannot be interpreted as an integer"},
    {"ljust", 2, {"sx", "f0x1.0000000000000p+1"}, "TypeError: 'float' object cannot be interpreted as an integer"},
    {"zfill", 2, {"s-", "i3"}, "'-00'"},
    {"zfill", 2, {"s+a", "i4"}, "'+00a'"},
    {"zfill", 2, {"sx", "i-3"}, "'x'"},
    {"zfill", 2, {"s3.14", "i8"}, "'00003.14'"},
    {"zfill", 2, {"sx", "s3"}, "TypeError: 'str' object cannot be interpreted as an integer"},
    {"partition", 2, {"skey=value", "s="}, "('key', '=', 'value')"},
    {"rpartition", 2, {"skey=value", "s="}, "('key', '=', 'value')"},
    {"partition", 2, {"skey=value=more", "s="}, "('key', '=', 'value=more')"},
    {"rpartition", 2, {"skey=value=more", "s="}, "('key=value', '=', 'more')"},
    {"partition", 2, {"snovalue", "s="}, "('novalue', '', '')"},
    {"rpartition", 2, {"snovalue", "s="}, "('', '', 'novalue')"},
    {"partition", 2, {"s=start", "s="}, "('', '=', 'start')"},
    {"rpartition", 2, {"s=start", "s="}, "('', '=', 'start')"},
    {"partition", 2, {"send=", "s="}, "('end', '=', '')"},
    {"rpartition", 2, {"send=", "s="}, "('end', '=', '')"},
    {"partition", 2, {"sa -> b -> c", "s="}, "('a -> b -> c', '', '')"},
    {"rpartition", 2, {"sa -> b -> c", "s="}, "('', '', 'a -> b -> c')"},
    {"partition", 2, {"s\346\227\245=\346\234\254=\350\252\236", "s="}, "('\346\227\245', '=', '\346\234\254=\350\252\236')"},
    {"rpartition", 2, {"s\346\227\245=\346\234\254=\350\252\236", "s="}, "('\346\227\245=\346\234\254', '=', '\350\252\236')"},
    {"partition", 2, {"sa -> b -> c", "s -> "}, "('a', ' -> ', 'b -> c')"},
    {"partition", 2, {"sabc", "s"}, "ValueError: empty separator"},
    {"partition", 2, {"sabc", "i1"}, "TypeError: must be str, not int"},
    {"partition", 1, {"sabc"}, "TypeError: str.partition() takes exactly one argument (0 given)"},
    {"expandtabs", 1, {"sa\011bc\011d"}, "'a       bc      d'"},
    {"expandtabs", 2, {"sa\011bc\011d", "i4"}, "'a   bc  d'"},
    {"expandtabs", 2, {"sa\011bc\011d", "i0"}, "'abcd'"},
    {"expandtabs", 2, {"sa\011bc\011d", "ktabsize=i3"}, "'a  bc d'"},
    {"expandtabs", 1, {"sa\011b"}, "'a       b'"},
    {"expandtabs", 2, {"sa\011b", "i4"}, "'a   b'"},
    {"expandtabs", 2, {"sa\011b", "i0"}, "'ab'"},
    {"expandtabs", 2, {"sa\011b", "ktabsize=i3"}, "'a  b'"},
    {"expandtabs", 1, {"sa\015\011b\012\011c"}, "'a\134r        b\134n        c'"},
    {"expandtabs", 2, {"sa\015\011b\012\011c", "i4"}, "'a\134r    b\134n    c'"},
    {"expandtabs", 2, {"sa\015\011b\012\011c", "i0"}, "'a\134rb\134nc'"},
    {"expandtabs", 2, {"sa\015\011b\012\011c", "ktabsize=i3"}, "'a\134r   b\134n   c'"},
    {"expandtabs", 1, {"s\346\227\245\011\346\234\254"}, "'\346\227\245       \346\234\254'"},
    {"expandtabs", 2, {"s\346\227\245\011\346\234\254", "i4"}, "'\346\227\245   \346\234\254'"},
    {"expandtabs", 2, {"s\346\227\245\011\346\234\254", "i0"}, "'\346\227\245\346\234\254'"},
    {"expandtabs", 2, {"s\346\227\245\011\346\234\254", "ktabsize=i3"}, "'\346\227\245  \346\234\254'"},
    {"expandtabs", 1, {"sno tabs"}, "'no tabs'"},
    {"expandtabs", 2, {"sno tabs", "i4"}, "'no tabs'"},
    {"expandtabs", 2, {"sno tabs", "i0"}, "'no tabs'"},
    {"expandtabs", 2, {"sno tabs", "ktabsize=i3"}, "'no tabs'"},
    {"expandtabs", 1, {"s\011"}, "'        '"},
    {"expandtabs", 2, {"s\011", "i4"}, "'    '"},
    {"expandtabs", 2, {"s\011", "i0"}, "''"},
    {"expandtabs", 2, {"s\011", "ktabsize=i3"}, "'   '"},
    {"removeprefix", 2, {"sprefix_main", "sprefix_"}, "'main'"},
    {"removeprefix", 2, {"sprefix_main", "sx"}, "'prefix_main'"},
    {"removesuffix", 2, {"smain.py", "s.py"}, "'main'"},
    {"removesuffix", 2, {"smain.py", "s"}, "'main.py'"},
    {"removesuffix", 2, {"smain.py", "i5"}, "TypeError: removesuffix() argument must be str, not int"},
    {"translate", 2, {"sabc", "d3:i972:sx3:i981:N"}, "'xc'"},
    {"translate", 2, {"sh\303\251llo", "d4:i2332:se4:i1083:i76"}, "'heLLo'"},
    {"format", 3, {"s{} {}", "sa", "sb"}, "'a b'"},
    {"format_map", 2, {"s{a}-{b}", "d2:sa2:i12:sb2:i2"}, "'1-2'"},
    {"format_map", 2, {"s{a[0]}-{b!r:>4}", "d2:sa3:sxy2:sb2:sq"}, "\042x- 'q'\042"},
    {"format_map", 2, {"s{}", "d2:sa2:i1"}, "ValueError: Format string contains positional fields"},
    {"format_map", 2, {"s{c}", "d2:sa2:i1"}, "KeyError: 'c'"},
    {"format_map", 1, {"s{a}"}, "TypeError: str.format_map() takes exactly one argument (0 given)"},
};

static const FormatCase format_str_cases[] = {
    {"scat", "", "'cat'"},
    {"scat", "10", "'cat       '"},
    {"scat", "<10", "'cat       '"},
    {"scat", ">10", "'       cat'"},
    {"scat", "^10", "'   cat    '"},
    {"scat", "*^10", "'***cat****'"},
    {"scat", "-<9", "'cat------'"},
    {"scat", ".>9", "'......cat'"},
    {"scat", "2", "'cat'"},
    {"scat", ".4", "'cat'"},
    {"scat", ">6.3", "'   cat'"},
    {"scat", "^7", "'  cat  '"},
    {"scat", "05", "'cat00'"},
    {"scat", "\303\251>5", "'\303\251\303\251cat'"},
    {"scat", "=5", "ValueError: '=' alignment not allowed in string format specifier"},
    {"scat", "+", "ValueError: Sign not allowed in string format specifier"},
    {"scat", " ", "ValueError: Space not allowed in string format specifier"},
    {"scat", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {"scat", "#", "ValueError: Alternate form (#) not allowed in string format specifier"},
    {"scat", ",", "ValueError: Cannot specify ',' with 's'."},
    {"scat", "_", "ValueError: Cannot specify '_' with 's'."},
    {"scat", "d", "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"scat", "s", "'cat'"},
    {"scat", "10s", "'cat       '"},
    {"scat", ".0", "''"},
    {"scat", "x<3.2", "'cax'"},
    {"s", "", "''"},
    {"s", "10", "'          '"},
    {"s", "<10", "'          '"},
    {"s", ">10", "'          '"},
    {"s", "^10", "'          '"},
    {"s", "*^10", "'**********'"},
    {"s", "-<9", "'---------'"},
    {"s", ".>9", "'.........'"},
    {"s", "2", "'  '"},
    {"s", ".4", "''"},
    {"s", ">6.3", "'      '"},
    {"s", "^7", "'       '"},
    {"s", "05", "'00000'"},
    {"s", "\303\251>5", "'\303\251\303\251\303\251\303\251\303\251'"},
    {"s", "=5", "ValueError: '=' alignment not allowed in string format specifier"},
    {"s", "+", "ValueError: Sign not allowed in string format specifier"},
    {"s", " ", "ValueError: Space not allowed in string format specifier"},
    {"s", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {"s", "#", "ValueError: Alternate form (#) not allowed in string format specifier"},
    {"s", ",", "ValueError: Cannot specify ',' with 's'."},
    {"s", "_", "ValueError: Cannot specify '_' with 's'."},
    {"s", "d", "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"s", "s", "''"},
    {"s", "10s", "'          '"},
    {"s", ".0", "''"},
    {"s", "x<3.2", "'xxx'"},
    {"s\346\227\245\346\234\254", "", "'\346\227\245\346\234\254'"},
    {"s\346\227\245\346\234\254", "10", "'\346\227\245\346\234\254        '"},
    {"s\346\227\245\346\234\254", "<10", "'\346\227\245\346\234\254        '"},
    {"s\346\227\245\346\234\254", ">10", "'        \346\227\245\346\234\254'"},
    {"s\346\227\245\346\234\254", "^10", "'    \346\227\245\346\234\254    '"},
    {"s\346\227\245\346\234\254", "*^10", "'****\346\227\245\346\234\254****'"},
    {"s\346\227\245\346\234\254", "-<9", "'\346\227\245\346\234\254-------'"},
    {"s\346\227\245\346\234\254", ".>9", "'.......\346\227\245\346\234\254'"},
    {"s\346\227\245\346\234\254", "2", "'\346\227\245\346\234\254'"},
    {"s\346\227\245\346\234\254", ".4", "'\346\227\245\346\234\254'"},
    {"s\346\227\245\346\234\254", ">6.3", "'    \346\227\245\346\234\254'"},
    {"s\346\227\245\346\234\254", "^7", "'  \346\227\245\346\234\254   '"},
    {"s\346\227\245\346\234\254", "05", "'\346\227\245\346\234\254000'"},
    {"s\346\227\245\346\234\254", "\303\251>5", "'\303\251\303\251\303\251\346\227\245\346\234\254'"},
    {"s\346\227\245\346\234\254", "=5", "ValueError: '=' alignment not allowed in string format specifier"},
    {"s\346\227\245\346\234\254", "+", "ValueError: Sign not allowed in string format specifier"},
    {"s\346\227\245\346\234\254", " ", "ValueError: Space not allowed in string format specifier"},
    {"s\346\227\245\346\234\254", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {"s\346\227\245\346\234\254", "#", "ValueError: Alternate form (#) not allowed in string format specifier"},
    {"s\346\227\245\346\234\254", ",", "ValueError: Cannot specify ',' with 's'."},
    {"s\346\227\245\346\234\254", "_", "ValueError: Cannot specify '_' with 's'."},
    {"s\346\227\245\346\234\254", "d", "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"s\346\227\245\346\234\254", "s", "'\346\227\245\346\234\254'"},
    {"s\346\227\245\346\234\254", "10s", "'\346\227\245\346\234\254        '"},
    {"s\346\227\245\346\234\254", ".0", "''"},
    {"s\346\227\245\346\234\254", "x<3.2", "'\346\227\245\346\234\254x'"},
    {"sh\303\251llo", "", "'h\303\251llo'"},
    {"sh\303\251llo", "10", "'h\303\251llo     '"},
    {"sh\303\251llo", "<10", "'h\303\251llo     '"},
    {"sh\303\251llo", ">10", "'     h\303\251llo'"},
    {"sh\303\251llo", "^10", "'  h\303\251llo   '"},
    {"sh\303\251llo", "*^10", "'**h\303\251llo***'"},
    {"sh\303\251llo", "-<9", "'h\303\251llo----'"},
    {"sh\303\251llo", ".>9", "'....h\303\251llo'"},
    {"sh\303\251llo", "2", "'h\303\251llo'"},
    {"sh\303\251llo", ".4", "'h\303\251ll'"},
    {"sh\303\251llo", ">6.3", "'   h\303\251l'"},
    {"sh\303\251llo", "^7", "' h\303\251llo '"},
    {"sh\303\251llo", "05", "'h\303\251llo'"},
    {"sh\303\251llo", "\303\251>5", "'h\303\251llo'"},
    {"sh\303\251llo", "=5", "ValueError: '=' alignment not allowed in string format specifier"},
    {"sh\303\251llo", "+", "ValueError: Sign not allowed in string format specifier"},
    {"sh\303\251llo", " ", "ValueError: Space not allowed in string format specifier"},
    {"sh\303\251llo", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {"sh\303\251llo", "#", "ValueError: Alternate form (#) not allowed in string format specifier"},
    {"sh\303\251llo", ",", "ValueError: Cannot specify ',' with 's'."},
    {"sh\303\251llo", "_", "ValueError: Cannot specify '_' with 's'."},
    {"sh\303\251llo", "d", "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"sh\303\251llo", "s", "'h\303\251llo'"},
    {"sh\303\251llo", "10s", "'h\303\251llo     '"},
    {"sh\303\251llo", ".0", "''"},
    {"sh\303\251llo", "x<3.2", "'h\303\251x'"},
    {"slongword", "", "'longword'"},
    {"slongword", "10", "'longword  '"},
    {"slongword", "<10", "'longword  '"},
    {"slongword", ">10", "'  longword'"},
    {"slongword", "^10", "' longword '"},
    {"slongword", "*^10", "'*longword*'"},
    {"slongword", "-<9", "'longword-'"},
    {"slongword", ".>9", "'.longword'"},
    {"slongword", "2", "'longword'"},
    {"slongword", ".4", "'long'"},
    {"slongword", ">6.3", "'   lon'"},
    {"slongword", "^7", "'longword'"},
    {"slongword", "05", "'longword'"},
    {"slongword", "\303\251>5", "'longword'"},
    {"slongword", "=5", "ValueError: '=' alignment not allowed in string format specifier"},
    {"slongword", "+", "ValueError: Sign not allowed in string format specifier"},
    {"slongword", " ", "ValueError: Space not allowed in string format specifier"},
    {"slongword", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {"slongword", "#", "ValueError: Alternate form (#) not allowed in string format specifier"},
    {"slongword", ",", "ValueError: Cannot specify ',' with 's'."},
    {"slongword", "_", "ValueError: Cannot specify '_' with 's'."},
    {"slongword", "d", "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"slongword", "s", "'longword'"},
    {"slongword", "10s", "'longword  '"},
    {"slongword", ".0", "''"},
    {"slongword", "x<3.2", "'lox'"},
    {"N", "", "'None'"},
    {"N", ">5", "TypeError: unsupported format string passed to NoneType.__format__"},
    {"l2:i1", "", "'[1]'"},
    {"l2:i1", "x", "TypeError: unsupported format string passed to list.__format__"},
    {"t2:i12:sa", "", "\042(1, 'a')\042"},
    {"d2:sk2:i1", "", "\042{'k': 1}\042"},
};

static const StrFormatCase str_format_cases[] = {
    {"{} {}", 2, {"sa", "sb"}, "'a b'"},
    {"{1} {0} {1}", 2, {"sx", "sy"}, "'y x y'"},
    {"{name} is {age}", 2, {"kname=sAnn", "kage=i30"}, "'Ann is 30'"},
    {"{0[0]} {0[2]}", 1, {"l3:i103:i203:i30"}, "'10 30'"},
    {"{d[k]}", 1, {"kd=d2:sk2:sv"}, "'v'"},
    {"{:>8}|{:<8}|{:^8}|", 3, {"sr", "sl", "sc"}, "'       r|l       |   c    |'"},
    {"{:.2f} {:,} {:05d} {:x}", 4, {"f0x1.921f9f01b866ep+1", "i1234567", "i42", "i255"}, "'3.14 1,234,567 00042 ff'"},
    {"{0:*^9} {1:+d}", 2, {"smid", "i7"}, "'***mid*** +7'"},
    {"{!r} {!s} {!a}", 3, {"sq", "ss", "s\303\251"}, "\042'q' s '\134\134xe9'\042"},
    {"{{}} {}", 1, {"i1"}, "'{} 1'"},
    {"{:e}", 1, {"f0x1.34a0000000000p+10"}, "'1.234500e+03'"},
    {"{:%}", 1, {"f0x1.0000000000000p-1"}, "'50.000000%'"},
    {"{:b} {:o} {:X}", 3, {"i5", "i64", "i3054"}, "'101 100 BEE'"},
    {"{0}{0}{0}", 1, {"sab"}, "'ababab'"},
    {"{a}-{b}-{a}", 2, {"ka=i1", "kb=i2"}, "'1-2-1'"},
    {"{} {} {}", 3, {"i1", "f0x1.4000000000000p+1", "N"}, "'1 2.5 None'"},
    {"{:10.3f}|{:<10.3f}|", 2, {"f0x1.5555555555555p-1", "f0x1.5555555555555p-1"}, "'     0.667|0.667     |'"},
    {"{} {} {z}", 3, {"sp", "sq", "kz=i26"}, "'p q 26'"},
    {"{0:>{1}}|", 2, {"sw", "i6"}, "'     w|'"},
    {"{:>{}}|", 2, {"sw", "i6"}, "'     w|'"},
    {"{:{}{}}|", 3, {"sw", "s>", "i6"}, "'     w|'"},
    {"{:{w}.{p}f}", 3, {"f0x1.921f9f01b866ep+1", "kw=i10", "kp=i2"}, "'      3.14'"},
    {"{} {}", 1, {"i1"}, "IndexError: Replacement index 1 out of range for positional args tuple"},
    {"{missing}", 1, {"kx=i1"}, "KeyError: 'missing'"},
    {"{0} {}", 2, {"i1", "i2"}, "ValueError: cannot switch from manual field specification to automatic field numbering"},
    {"{} {0}", 2, {"i1", "i2"}, "ValueError: cannot switch from automatic field numbering to manual field specification"},
    {"{", 1, {"i1"}, "ValueError: Single '{' encountered in format string"},
    {"}", 1, {"i1"}, "ValueError: Single '}' encountered in format string"},
    {"a{{b}}c", 0, {}, "'a{b}c'"},
    {"{:{}}", 1, {"i1"}, "IndexError: Replacement index 1 out of range for positional args tuple"},
    {"{0[}", 1, {"i1"}, "ValueError: expected '}' before end of string"},
    {"{!x}", 1, {"i1"}, "ValueError: Unknown conversion specifier x"},
    {"{0:d}", 1, {"sa"}, "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"{0!r:>10}", 1, {"sa"}, "\042       'a'\042"},
    {"{0!}", 1, {"i1"}, "ValueError: unmatched '{' in format spec"},
    {"{0!rr}", 1, {"i1"}, "ValueError: expected ':' after conversion specifier"},
    {"{0:{1:{2}}}", 3, {"i1", "i2", "i3"}, "ValueError: Max string recursion exceeded"},
    {"{0.real} {0.imag}", 1, {"i5"}, "'5 0'"},
    {"{0.nope}", 1, {"i5"}, "AttributeError: 'int' object has no attribute 'nope'"},
    {"{0[1]}", 1, {"sabc"}, "'b'"},
    {"{0[x]}", 1, {"d2:sx2:sX"}, "'X'"},
    {"{0[9]}", 1, {"l2:i1"}, "IndexError: list index out of range"},
    {"{0[0]x}", 1, {"l2:i1"}, "ValueError: Only '.' or '[' may follow ']' in format field specifier"},
    {"{0.}", 1, {"i1"}, "ValueError: Empty attribute in format string"},
    {"{0[]}", 1, {"l2:i1"}, "ValueError: Empty attribute in format string"},
    {"\346\227\245{}\346\234\254{:\303\251^5}", 2, {"s\303\251", "sx"}, "'\346\227\245\303\251\346\234\254\303\251\303\251x\303\251\303\251'"},
    {"{:=^40}", 1, {"s END "}, "'================= END =================='"},
    {"{:<5}{:>5}", 2, {"i10", "i20"}, "'10      20'"},
    {"{x", 1, {"i1"}, "ValueError: expected '}' before end of string"},
    {"{0:", 1, {"i1"}, "ValueError: unmatched '{' in format spec"},
    {"{0{", 1, {"i1"}, "ValueError: unexpected '{' in field name"},
    {"x}y", 0, {}, "ValueError: Single '}' encountered in format string"},
    {"{}}", 1, {"i1"}, "ValueError: Single '}' encountered in format string"},
    {"{{}", 1, {"i1"}, "ValueError: Single '}' encountered in format string"},
    {"{:s}", 1, {"i5"}, "ValueError: Unknown format code 's' for object of type 'int'"},
    {"{99999999999999999999}", 1, {"i1"}, "ValueError: Too many decimal digits in format string"},
};

static const PercentCase percent_str_cases[] = {
    {"%s and %s", "t2:sx9:l2:i12:i2", "'x and [1, 2]'"},
    {"%r %r", "t7:squoted2:i5", "\042'quoted' 5\042"},
    {"%-5s|%5s|", "t3:sab3:scd", "'ab   |   cd|'"},
    {"%s", "t2:i1", "'1'"},
    {"%s", "ssingle", "'single'"},
    {"%.3s|", "sabcdef", "'abc|'"},
    {"%-10s|%10s|", "t7:sh\303\251llo7:s\346\227\245\346\234\254", "'h\303\251llo     |        \346\227\245\346\234\254|'"},
    {"%(a)s %(b)d", "d2:sa2:i12:sb2:i2", "'1 2'"},
    {"%(a)s", "t2:i1", "TypeError: format requires a mapping"},
    {"%s %s", "l2:i12:i2", "TypeError: not enough arguments for format string"},
    {"%s", "l2:i12:i2", "'[1, 2]'"},
    {"%05s", "sab", "'   ab'"},
    {"%c", "s\303\251", "'\303\251'"},
    {"%5.1s|", "sabc", "'    a|'"},
    {"%s", "N", "'None'"},
    {"%*s|", "t3:i-52:sa", "'a    |'"},
    {"%.*s|", "t3:i-14:sabc", "'|'"},
    {"%(a)d %(a)s", "d2:sa2:i3", "'3 3'"},
    {"%(a", "d2:sa2:i3", "ValueError: incomplete format key"},
    {"%(a)", "d2:sa2:i3", "ValueError: incomplete format"},
    {"%s", "d2:sa2:i1", "\042{'a': 1}\042"},
    {"%d %(a)s", "d2:sa2:i1", "TypeError: %d format: a real number is required, not dict"},
    {"%r", "s\303\251", "\042'\303\251'\042"},
    {"%a", "s\303\251\341\210\264", "\042'\134\134xe9\134\134u1234'\042"},
    {"%10r|", "sab", "\042      'ab'|\042"},
    {"%c", "sab", "TypeError: %c requires int or char"},
    {"%5c|", "sa", "'    a|'"},
    {"%-5c|", "i65", "'A    |'"},
    {"abc", "i5", "TypeError: not all arguments converted during string formatting"},
    {"abc", "t", "'abc'"},
    {"abc", "d", "'abc'"},
    {"abc", "l2:i1", "'abc'"},
    {"%(x)s", "d2:sy2:i1", "KeyError: 'x'"},
    {"%s %%", "sa", "'a %'"},
    {"\346\227\245%s\346\234\254%d", "t3:s\303\2512:i3", "'\346\227\245\303\251\346\234\2543'"},
    {"%\303\251", "i1", "ValueError: unsupported format character '\077' (0xe9) at index 1"},
    {"%(a)s%(b)s", "d2:sa3:s\303\2512:sb4:s\346\227\245", "'\303\251\346\227\245'"},
    {"%s", "s", "''"},
    {"%r", "sit's", "'\042it\134's\042'"},
    {"%r", "ssay \042hi\042", "'\134'say \042hi\042\134''"},
};

static const GetitemCase getitem_cases[] = {
    {"abcdefghij", 0, "i0", NULL, NULL, "'a'"},
    {"abcdefghij", 0, "i1", NULL, NULL, "'b'"},
    {"abcdefghij", 0, "i-1", NULL, NULL, "'j'"},
    {"abcdefghij", 0, "i5", NULL, NULL, "'f'"},
    {"abcdefghij", 0, "i-5", NULL, NULL, "'f'"},
    {"abcdefghij", 0, "i9", NULL, NULL, "'j'"},
    {"abcdefghij", 0, "i10", NULL, NULL, "IndexError: string index out of range"},
    {"abcdefghij", 0, "i-11", NULL, NULL, "IndexError: string index out of range"},
    {"abcdefghij", 0, "i100", NULL, NULL, "IndexError: string index out of range"},
    {"abcdefghij", 1, "i2", "i5", "N", "'cde'"},
    {"abcdefghij", 1, "N", "i3", "N", "'abc'"},
    {"abcdefghij", 1, "i7", "N", "N", "'hij'"},
    {"abcdefghij", 1, "N", "N", "N", "'abcdefghij'"},
    {"abcdefghij", 1, "i-3", "N", "N", "'hij'"},
    {"abcdefghij", 1, "N", "i-3", "N", "'abcdefg'"},
    {"abcdefghij", 1, "i-5", "i-2", "N", "'fgh'"},
    {"abcdefghij", 1, "N", "N", "i2", "'acegi'"},
    {"abcdefghij", 1, "i1", "N", "i2", "'bdfhj'"},
    {"abcdefghij", 1, "N", "N", "i3", "'adgj'"},
    {"abcdefghij", 1, "N", "N", "i-1", "'jihgfedcba'"},
    {"abcdefghij", 1, "N", "N", "i-2", "'jhfdb'"},
    {"abcdefghij", 1, "i-1", "N", "i-3", "'jgda'"},
    {"abcdefghij", 1, "i8", "i2", "i-1", "'ihgfed'"},
    {"abcdefghij", 1, "i8", "i2", "i-2", "'ige'"},
    {"abcdefghij", 1, "i2", "i8", "i-1", "''"},
    {"abcdefghij", 1, "i5", "i5", "N", "''"},
    {"abcdefghij", 1, "i20", "N", "N", "''"},
    {"abcdefghij", 1, "i-20", "i3", "N", "'abc'"},
    {"abcdefghij", 1, "i3", "i100", "N", "'defghij'"},
    {"abcdefghij", 1, "i100", "i-100", "i-1", "'jihgfedcba'"},
    {"abcdefghij", 1, "N", "i0", "N", "''"},
    {"abcdefghij", 1, "i0", "i1", "N", "'a'"},
    {"abcdefghij", 1, "N", "N", "i0", "ValueError: slice step cannot be zero"},
    {"abcdefghij", 1, "i1", "i4", "N", "'bcd'"},
    {"abcdefghij", 1, "i6", "i11", "N", "'ghij'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 0, "i0", NULL, NULL, "'h'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 0, "i1", NULL, NULL, "'\303\251'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 0, "i-1", NULL, NULL, "'\346\234\254'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 0, "i5", NULL, NULL, "' '"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 0, "i-5", NULL, NULL, "'l'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 0, "i9", NULL, NULL, "'l'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 0, "i10", NULL, NULL, "'d'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 0, "i-11", NULL, NULL, "'l'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 0, "i100", NULL, NULL, "IndexError: string index out of range"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i2", "i5", "N", "'llo'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "N", "i3", "N", "'h\303\251l'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i7", "N", "N", "'\303\266rld \346\227\245\346\234\254'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "N", "N", "N", "'h\303\251llo w\303\266rld \346\227\245\346\234\254'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i-3", "N", "N", "' \346\227\245\346\234\254'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "N", "i-3", "N", "'h\303\251llo w\303\266rld'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i-5", "i-2", "N", "'ld '"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "N", "N", "i2", "'hlowrd\346\227\245'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i1", "N", "i2", "'\303\251l \303\266l \346\234\254'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "N", "N", "i3", "'hlwl\346\227\245'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "N", "N", "i-1", "'\346\234\254\346\227\245 dlr\303\266w oll\303\251h'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "N", "N", "i-2", "'\346\234\254 l\303\266 l\303\251'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i-1", "N", "i-3", "'\346\234\254d\303\266o\303\251'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i8", "i2", "i-1", "'r\303\266w ol'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i8", "i2", "i-2", "'rwo'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i2", "i8", "i-1", "''"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i5", "i5", "N", "''"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i20", "N", "N", "''"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i-20", "i3", "N", "'h\303\251l'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i3", "i100", "N", "'lo w\303\266rld \346\227\245\346\234\254'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i100", "i-100", "i-1", "'\346\234\254\346\227\245 dlr\303\266w oll\303\251h'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "N", "i0", "N", "''"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i0", "i1", "N", "'h'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "N", "N", "i0", "ValueError: slice step cannot be zero"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i1", "i4", "N", "'\303\251ll'"},
    {"h\303\251llo w\303\266rld \346\227\245\346\234\254", 1, "i6", "i11", "N", "'w\303\266rld'"},
    {"", 0, "i0", NULL, NULL, "IndexError: string index out of range"},
    {"", 0, "i1", NULL, NULL, "IndexError: string index out of range"},
    {"", 0, "i-1", NULL, NULL, "IndexError: string index out of range"},
    {"", 0, "i5", NULL, NULL, "IndexError: string index out of range"},
    {"", 0, "i-5", NULL, NULL, "IndexError: string index out of range"},
    {"", 0, "i9", NULL, NULL, "IndexError: string index out of range"},
    {"", 0, "i10", NULL, NULL, "IndexError: string index out of range"},
    {"", 0, "i-11", NULL, NULL, "IndexError: string index out of range"},
    {"", 0, "i100", NULL, NULL, "IndexError: string index out of range"},
    {"", 1, "i2", "i5", "N", "''"},
    {"", 1, "N", "i3", "N", "''"},
    {"", 1, "i7", "N", "N", "''"},
    {"", 1, "N", "N", "N", "''"},
    {"", 1, "i-3", "N", "N", "''"},
    {"", 1, "N", "i-3", "N", "''"},
    {"", 1, "i-5", "i-2", "N", "''"},
    {"", 1, "N", "N", "i2", "''"},
    {"", 1, "i1", "N", "i2", "''"},
    {"", 1, "N", "N", "i3", "''"},
    {"", 1, "N", "N", "i-1", "''"},
    {"", 1, "N", "N", "i-2", "''"},
    {"", 1, "i-1", "N", "i-3", "''"},
    {"", 1, "i8", "i2", "i-1", "''"},
    {"", 1, "i8", "i2", "i-2", "''"},
    {"", 1, "i2", "i8", "i-1", "''"},
    {"", 1, "i5", "i5", "N", "''"},
    {"", 1, "i20", "N", "N", "''"},
    {"", 1, "i-20", "i3", "N", "''"},
    {"", 1, "i3", "i100", "N", "''"},
    {"", 1, "i100", "i-100", "i-1", "''"},
    {"", 1, "N", "i0", "N", "''"},
    {"", 1, "i0", "i1", "N", "''"},
    {"", 1, "N", "N", "i0", "ValueError: slice step cannot be zero"},
    {"", 1, "i1", "i4", "N", "''"},
    {"", 1, "i6", "i11", "N", "''"},
};

static const BinopCase str_binop_cases[] = {
    {"sab", BINOP_ADD, "scd", "'abcd'"},
    {"sab", BINOP_MUL, "i3", "'ababab'"},
    {"i3", BINOP_MUL, "sab", "'ababab'"},
    {"s", BINOP_MUL, "i5", "''"},
    {"sab", BINOP_MUL, "i0", "''"},
    {"sab", BINOP_MUL, "i-1", "''"},
    {"s\303\251", BINOP_MUL, "i3", "'\303\251\303\251\303\251'"},
    {"sa", BINOP_ADD, "i1", "TypeError: can only concatenate str (not \042int\042) to str"},
    {"sabc", BINOP_MUL, "sabc", "TypeError: can't multiply sequence by non-int of type 'str'"},
    {"sabc", BINOP_SUB, "sa", "TypeError: unsupported operand type(s) for -: 'str' and 'str'"},
    {"sab", BINOP_MUL, "b1", "'ab'"},
    {"sa\303\251", BINOP_ADD, "s\346\227\245", "'a\303\251\346\227\245'"},
    {"s%d", BINOP_MOD, "i5", "'5'"},
    {"sx", BINOP_MUL, "f0x1.0000000000000p+1", "TypeError: can't multiply sequence by non-int of type 'float'"},
    {"sab", BINOP_ADD | BINOP_INPLACE, "sc", "'abc'"},
};

static const CmpCase str_cmp_cases[] = {
    {"sapple", "sapple", "FTTFFT"},
    {"sapple", "sbanana", "TTFTFF"},
    {"sapple", "sApple", "FFFTTT"},
    {"sapple", "sab", "FFFTTT"},
    {"sapple", "sabc", "FFFTTT"},
    {"sapple", "s", "FFFTTT"},
    {"sapple", "sa", "FFFTTT"},
    {"sapple", "sZ", "FFFTTT"},
    {"sapple", "s10", "FFFTTT"},
    {"sapple", "s9", "FFFTTT"},
    {"sapple", "sh\303\251llo", "TTFTFF"},
    {"sapple", "shello", "TTFTFF"},
    {"sapple", "s\346\227\245\346\234\254", "TTFTFF"},
    {"sapple", "s\344\270\255\345\233\275", "TTFTFF"},
    {"sapple", "s\360\237\230\200", "TTFTFF"},
    {"sapple", "s\357\277\277", "TTFTFF"},
    {"sbanana", "sapple", "FFFTTT"},
    {"sbanana", "sbanana", "FTTFFT"},
    {"sbanana", "sApple", "FFFTTT"},
    {"sbanana", "sab", "FFFTTT"},
    {"sbanana", "sabc", "FFFTTT"},
    {"sbanana", "s", "FFFTTT"},
    {"sbanana", "sa", "FFFTTT"},
    {"sbanana", "sZ", "FFFTTT"},
    {"sbanana", "s10", "FFFTTT"},
    {"sbanana", "s9", "FFFTTT"},
    {"sbanana", "sh\303\251llo", "TTFTFF"},
    {"sbanana", "shello", "TTFTFF"},
    {"sbanana", "s\346\227\245\346\234\254", "TTFTFF"},
    {"sbanana", "s\344\270\255\345\233\275", "TTFTFF"},
    {"sbanana", "s\360\237\230\200", "TTFTFF"},
    {"sbanana", "s\357\277\277", "TTFTFF"},
    {"sApple", "sapple", "TTFTFF"},
    {"sApple", "sbanana", "TTFTFF"},
    {"sApple", "sApple", "FTTFFT"},
    {"sApple", "sab", "TTFTFF"},
    {"sApple", "sabc", "TTFTFF"},
    {"sApple", "s", "FFFTTT"},
    {"sApple", "sa", "TTFTFF"},
    {"sApple", "sZ", "TTFTFF"},
    {"sApple", "s10", "FFFTTT"},
    {"sApple", "s9", "FFFTTT"},
    {"sApple", "sh\303\251llo", "TTFTFF"},
    {"sApple", "shello", "TTFTFF"},
    {"sApple", "s\346\227\245\346\234\254", "TTFTFF"},
    {"sApple", "s\344\270\255\345\233\275", "TTFTFF"},
    {"sApple", "s\360\237\230\200", "TTFTFF"},
    {"sApple", "s\357\277\277", "TTFTFF"},
    {"sab", "sapple", "TTFTFF"},
    {"sab", "sbanana", "TTFTFF"},
    {"sab", "sApple", "FFFTTT"},
    {"sab", "sab", "FTTFFT"},
    {"sab", "sabc", "TTFTFF"},
    {"sab", "s", "FFFTTT"},
    {"sab", "sa", "FFFTTT"},
    {"sab", "sZ", "FFFTTT"},
    {"sab", "s10", "FFFTTT"},
    {"sab", "s9", "FFFTTT"},
    {"sab", "sh\303\251llo", "TTFTFF"},
    {"sab", "shello", "TTFTFF"},
    {"sab", "s\346\227\245\346\234\254", "TTFTFF"},
    {"sab", "s\344\270\255\345\233\275", "TTFTFF"},
    {"sab", "s\360\237\230\200", "TTFTFF"},
    {"sab", "s\357\277\277", "TTFTFF"},
    {"sabc", "sapple", "TTFTFF"},
    {"sabc", "sbanana", "TTFTFF"},
    {"sabc", "sApple", "FFFTTT"},
    {"sabc", "sab", "FFFTTT"},
    {"sabc", "sabc", "FTTFFT"},
    {"sabc", "s", "FFFTTT"},
    {"sabc", "sa", "FFFTTT"},
    {"sabc", "sZ", "FFFTTT"},
    {"sabc", "s10", "FFFTTT"},
    {"sabc", "s9", "FFFTTT"},
    {"sabc", "sh\303\251llo", "TTFTFF"},
    {"sabc", "shello", "TTFTFF"},
    {"sabc", "s\346\227\245\346\234\254", "TTFTFF"},
    {"sabc", "s\344\270\255\345\233\275", "TTFTFF"},
    {"sabc", "s\360\237\230\200", "TTFTFF"},
    {"sabc", "s\357\277\277", "TTFTFF"},
    {"s", "sapple", "TTFTFF"},
    {"s", "sbanana", "TTFTFF"},
    {"s", "sApple", "TTFTFF"},
    {"s", "sab", "TTFTFF"},
    {"s", "sabc", "TTFTFF"},
    {"s", "s", "FTTFFT"},
    {"s", "sa", "TTFTFF"},
    {"s", "sZ", "TTFTFF"},
    {"s", "s10", "TTFTFF"},
    {"s", "s9", "TTFTFF"},
    {"s", "sh\303\251llo", "TTFTFF"},
    {"s", "shello", "TTFTFF"},
    {"s", "s\346\227\245\346\234\254", "TTFTFF"},
    {"s", "s\344\270\255\345\233\275", "TTFTFF"},
    {"s", "s\360\237\230\200", "TTFTFF"},
    {"s", "s\357\277\277", "TTFTFF"},
    {"sa", "sapple", "TTFTFF"},
    {"sa", "sbanana", "TTFTFF"},
    {"sa", "sApple", "FFFTTT"},
    {"sa", "sab", "TTFTFF"},
    {"sa", "sabc", "TTFTFF"},
    {"sa", "s", "FFFTTT"},
    {"sa", "sa", "FTTFFT"},
    {"sa", "sZ", "FFFTTT"},
    {"sa", "s10", "FFFTTT"},
    {"sa", "s9", "FFFTTT"},
    {"sa", "sh\303\251llo", "TTFTFF"},
    {"sa", "shello", "TTFTFF"},
    {"sa", "s\346\227\245\346\234\254", "TTFTFF"},
    {"sa", "s\344\270\255\345\233\275", "TTFTFF"},
    {"sa", "s\360\237\230\200", "TTFTFF"},
    {"sa", "s\357\277\277", "TTFTFF"},
    {"sZ", "sapple", "TTFTFF"},
    {"sZ", "sbanana", "TTFTFF"},
    {"sZ", "sApple", "FFFTTT"},
    {"sZ", "sab", "TTFTFF"},
    {"sZ", "sabc", "TTFTFF"},
    {"sZ", "s", "FFFTTT"},
    {"sZ", "sa", "TTFTFF"},
    {"sZ", "sZ", "FTTFFT"},
    {"sZ", "s10", "FFFTTT"},
    {"sZ", "s9", "FFFTTT"},
    {"sZ", "sh\303\251llo", "TTFTFF"},
    {"sZ", "shello", "TTFTFF"},
    {"sZ", "s\346\227\245\346\234\254", "TTFTFF"},
    {"sZ", "s\344\270\255\345\233\275", "TTFTFF"},
    {"sZ", "s\360\237\230\200", "TTFTFF"},
    {"sZ", "s\357\277\277", "TTFTFF"},
    {"s10", "sapple", "TTFTFF"},
    {"s10", "sbanana", "TTFTFF"},
    {"s10", "sApple", "TTFTFF"},
    {"s10", "sab", "TTFTFF"},
    {"s10", "sabc", "TTFTFF"},
    {"s10", "s", "FFFTTT"},
    {"s10", "sa", "TTFTFF"},
    {"s10", "sZ", "TTFTFF"},
    {"s10", "s10", "FTTFFT"},
    {"s10", "s9", "TTFTFF"},
    {"s10", "sh\303\251llo", "TTFTFF"},
    {"s10", "shello", "TTFTFF"},
    {"s10", "s\346\227\245\346\234\254", "TTFTFF"},
    {"s10", "s\344\270\255\345\233\275", "TTFTFF"},
    {"s10", "s\360\237\230\200", "TTFTFF"},
    {"s10", "s\357\277\277", "TTFTFF"},
    {"s9", "sapple", "TTFTFF"},
    {"s9", "sbanana", "TTFTFF"},
    {"s9", "sApple", "TTFTFF"},
    {"s9", "sab", "TTFTFF"},
    {"s9", "sabc", "TTFTFF"},
    {"s9", "s", "FFFTTT"},
    {"s9", "sa", "TTFTFF"},
    {"s9", "sZ", "TTFTFF"},
    {"s9", "s10", "FFFTTT"},
    {"s9", "s9", "FTTFFT"},
    {"s9", "sh\303\251llo", "TTFTFF"},
    {"s9", "shello", "TTFTFF"},
    {"s9", "s\346\227\245\346\234\254", "TTFTFF"},
    {"s9", "s\344\270\255\345\233\275", "TTFTFF"},
    {"s9", "s\360\237\230\200", "TTFTFF"},
    {"s9", "s\357\277\277", "TTFTFF"},
    {"sh\303\251llo", "sapple", "FFFTTT"},
    {"sh\303\251llo", "sbanana", "FFFTTT"},
    {"sh\303\251llo", "sApple", "FFFTTT"},
    {"sh\303\251llo", "sab", "FFFTTT"},
    {"sh\303\251llo", "sabc", "FFFTTT"},
    {"sh\303\251llo", "s", "FFFTTT"},
    {"sh\303\251llo", "sa", "FFFTTT"},
    {"sh\303\251llo", "sZ", "FFFTTT"},
    {"sh\303\251llo", "s10", "FFFTTT"},
    {"sh\303\251llo", "s9", "FFFTTT"},
    {"sh\303\251llo", "sh\303\251llo", "FTTFFT"},
    {"sh\303\251llo", "shello", "FFFTTT"},
    {"sh\303\251llo", "s\346\227\245\346\234\254", "TTFTFF"},
    {"sh\303\251llo", "s\344\270\255\345\233\275", "TTFTFF"},
    {"sh\303\251llo", "s\360\237\230\200", "TTFTFF"},
    {"sh\303\251llo", "s\357\277\277", "TTFTFF"},
    {"shello", "sapple", "FFFTTT"},
    {"shello", "sbanana", "FFFTTT"},
    {"shello", "sApple", "FFFTTT"},
    {"shello", "sab", "FFFTTT"},
    {"shello", "sabc", "FFFTTT"},
    {"shello", "s", "FFFTTT"},
    {"shello", "sa", "FFFTTT"},
    {"shello", "sZ", "FFFTTT"},
    {"shello", "s10", "FFFTTT"},
    {"shello", "s9", "FFFTTT"},
    {"shello", "sh\303\251llo", "TTFTFF"},
    {"shello", "shello", "FTTFFT"},
    {"shello", "s\346\227\245\346\234\254", "TTFTFF"},
    {"shello", "s\344\270\255\345\233\275", "TTFTFF"},
    {"shello", "s\360\237\230\200", "TTFTFF"},
    {"shello", "s\357\277\277", "TTFTFF"},
    {"s\346\227\245\346\234\254", "sapple", "FFFTTT"},
    {"s\346\227\245\346\234\254", "sbanana", "FFFTTT"},
    {"s\346\227\245\346\234\254", "sApple", "FFFTTT"},
    {"s\346\227\245\346\234\254", "sab", "FFFTTT"},
    {"s\346\227\245\346\234\254", "sabc", "FFFTTT"},
    {"s\346\227\245\346\234\254", "s", "FFFTTT"},
    {"s\346\227\245\346\234\254", "sa", "FFFTTT"},
    {"s\346\227\245\346\234\254", "sZ", "FFFTTT"},
    {"s\346\227\245\346\234\254", "s10", "FFFTTT"},
    {"s\346\227\245\346\234\254", "s9", "FFFTTT"},
    {"s\346\227\245\346\234\254", "sh\303\251llo", "FFFTTT"},
    {"s\346\227\245\346\234\254", "shello", "FFFTTT"},
    {"s\346\227\245\346\234\254", "s\346\227\245\346\234\254", "FTTFFT"},
    {"s\346\227\245\346\234\254", "s\344\270\255\345\233\275", "FFFTTT"},
    {"s\346\227\245\346\234\254", "s\360\237\230\200", "TTFTFF"},
    {"s\346\227\245\346\234\254", "s\357\277\277", "TTFTFF"},
    {"s\344\270\255\345\233\275", "sapple", "FFFTTT"},
    {"s\344\270\255\345\233\275", "sbanana", "FFFTTT"},
    {"s\344\270\255\345\233\275", "sApple", "FFFTTT"},
    {"s\344\270\255\345\233\275", "sab", "FFFTTT"},
    {"s\344\270\255\345\233\275", "sabc", "FFFTTT"},
    {"s\344\270\255\345\233\275", "s", "FFFTTT"},
    {"s\344\270\255\345\233\275", "sa", "FFFTTT"},
    {"s\344\270\255\345\233\275", "sZ", "FFFTTT"},
    {"s\344\270\255\345\233\275", "s10", "FFFTTT"},
    {"s\344\270\255\345\233\275", "s9", "FFFTTT"},
    {"s\344\270\255\345\233\275", "sh\303\251llo", "FFFTTT"},
    {"s\344\270\255\345\233\275", "shello", "FFFTTT"},
    {"s\344\270\255\345\233\275", "s\346\227\245\346\234\254", "TTFTFF"},
    {"s\344\270\255\345\233\275", "s\344\270\255\345\233\275", "FTTFFT"},
    {"s\344\270\255\345\233\275", "s\360\237\230\200", "TTFTFF"},
    {"s\344\270\255\345\233\275", "s\357\277\277", "TTFTFF"},
    {"s\360\237\230\200", "sapple", "FFFTTT"},
    {"s\360\237\230\200", "sbanana", "FFFTTT"},
    {"s\360\237\230\200", "sApple", "FFFTTT"},
    {"s\360\237\230\200", "sab", "FFFTTT"},
    {"s\360\237\230\200", "sabc", "FFFTTT"},
    {"s\360\237\230\200", "s", "FFFTTT"},
    {"s\360\237\230\200", "sa", "FFFTTT"},
    {"s\360\237\230\200", "sZ", "FFFTTT"},
    {"s\360\237\230\200", "s10", "FFFTTT"},
    {"s\360\237\230\200", "s9", "FFFTTT"},
    {"s\360\237\230\200", "sh\303\251llo", "FFFTTT"},
    {"s\360\237\230\200", "shello", "FFFTTT"},
    {"s\360\237\230\200", "s\346\227\245\346\234\254", "FFFTTT"},
    {"s\360\237\230\200", "s\344\270\255\345\233\275", "FFFTTT"},
    {"s\360\237\230\200", "s\360\237\230\200", "FTTFFT"},
    {"s\360\237\230\200", "s\357\277\277", "FFFTTT"},
    {"s\357\277\277", "sapple", "FFFTTT"},
    {"s\357\277\277", "sbanana", "FFFTTT"},
    {"s\357\277\277", "sApple", "FFFTTT"},
    {"s\357\277\277", "sab", "FFFTTT"},
    {"s\357\277\277", "sabc", "FFFTTT"},
    {"s\357\277\277", "s", "FFFTTT"},
    {"s\357\277\277", "sa", "FFFTTT"},
    {"s\357\277\277", "sZ", "FFFTTT"},
    {"s\357\277\277", "s10", "FFFTTT"},
    {"s\357\277\277", "s9", "FFFTTT"},
    {"s\357\277\277", "sh\303\251llo", "FFFTTT"},
    {"s\357\277\277", "shello", "FFFTTT"},
    {"s\357\277\277", "s\346\227\245\346\234\254", "FFFTTT"},
    {"s\357\277\277", "s\344\270\255\345\233\275", "FFFTTT"},
    {"s\357\277\277", "s\360\237\230\200", "TTFTFF"},
    {"s\357\277\277", "s\357\277\277", "FTTFFT"},
};

static const ContainsCase contains_cases[] = {
    {"sell", "shello", "True"},
    {"s", "sabc", "True"},
    {"sabc", "sab", "False"},
    {"sH", "shello", "False"},
    {"s\303\251", "scaf\303\251", "True"},
    {"s\346\234\254\350\252\236", "s\346\227\245\346\234\254\350\252\236", "True"},
    {"i1", "sabc", "TypeError: 'in <string>' requires string as left operand, not int"},
};
/* ---- end of generated tables ---- */

/* ---- tests --------------------------------------------------------------------------- */

static void test_repr_len(void) {
    for (int i = 0; i < N_OF(repr_cases); i++) {
        const ReprCase *c = &repr_cases[i];
        Value r = str_repr(vm, OBJ_VAL(str_new(vm, c->s, c->nbytes)));
        CHECK(val_is_str(r) && strcmp(AS(Str, r)->data, c->expect) == 0, "repr(%s): got %s, want %s", c->s,
              val_is_str(r) ? AS(Str, r)->data : "?", c->expect);
    }
    for (int i = 0; i < N_OF(len_cases); i++) {
        const LenCase *c = &len_cases[i];
        Str *s = str_new(vm, c->s, c->nbytes);
        CHECK(s->len == c->len && value_len(vm, OBJ_VAL(s)) == c->len, "len(%s) = %lld, want %lld", c->s,
              (long long)s->len, (long long)c->len);
        CHECK(utf8_ncodepoints(c->s, c->nbytes) == c->len, "utf8_ncodepoints(%s)", c->s);
        bool ascii = true;
        for (int64_t k = 0; k < c->nbytes; k++) ascii = ascii && (unsigned char)c->s[k] < 0x80;
        CHECK(s->ascii == ascii, "ascii flag of %s", c->s);
    }
}

static void test_methods(void) {
    for (int i = 0; i < N_OF(method_cases); i++) {
        const CallCase *c = &method_cases[i];
        Value fn = dict_get_str(StrType.dict, str_intern_cstr(vm, c->name));
        if (fn == VAL_UNDEF) {
            CHECK(0, "str.%s missing", c->name);
            continue;
        }
        Value r = call_encoded(fn, VAL_UNDEF, c->args, c->nargs);
        const char *got = repr_or_exc(r);
        char argdesc[300] = "";
        for (int k = 0; k < c->nargs; k++) {
            strncat(argdesc, c->args[k], sizeof argdesc - strlen(argdesc) - 3);
            strcat(argdesc, k + 1 < c->nargs ? ", " : "");
        }
        CHECK(strcmp(got, c->expect) == 0, "str.%s(%s): got %s, want %s", c->name, argdesc, got, c->expect);
    }
}

static void test_format(void) {
    for (int i = 0; i < N_OF(format_str_cases); i++) {
        const FormatCase *c = &format_str_cases[i];
        Value r = format_value(vm, dec(c->v), str_from_cstr(vm, c->spec));
        const char *got = repr_or_exc(r);
        CHECK(strcmp(got, c->expect) == 0, "format(%s, '%s'): got %s, want %s", c->v, c->spec, got, c->expect);
    }
    for (int i = 0; i < N_OF(str_format_cases); i++) {
        const StrFormatCase *c = &str_format_cases[i];
        Value fn = dict_get_str(StrType.dict, str_intern_cstr(vm, "format"));
        Value r = call_encoded(fn, OBJ_VAL(str_from_cstr(vm, c->fmt)), c->args, c->nargs);
        const char *got = repr_or_exc(r);
        CHECK(strcmp(got, c->expect) == 0, "'%s'.format(...): got %s, want %s", c->fmt, got, c->expect);
    }
    for (int i = 0; i < N_OF(percent_str_cases); i++) {
        const PercentCase *c = &percent_str_cases[i];
        Value r = format_percent(vm, str_from_cstr(vm, c->fmt), dec(c->args));
        const char *got = repr_or_exc(r);
        CHECK(strcmp(got, c->expect) == 0, "'%s' %% %s: got %s, want %s", c->fmt, c->args, got, c->expect);
    }
}

static void test_sequence(void) {
    for (int i = 0; i < N_OF(getitem_cases); i++) {
        const GetitemCase *c = &getitem_cases[i];
        Value s = OBJ_VAL(str_from_cstr(vm, c->s));
        Value key = c->is_slice ? slice_new(vm, dec(c->a), dec(c->b), dec(c->c)) : dec(c->a);
        Value r = value_getitem(vm, s, key);
        const char *got = repr_or_exc(r);
        CHECK(strcmp(got, c->expect) == 0, "'%s'[%s%s%s%s%s]: got %s, want %s", c->s, c->a, c->is_slice ? ":" : "",
              c->is_slice ? c->b : "", c->is_slice ? ":" : "", c->is_slice ? c->c : "", got, c->expect);
    }
    for (int i = 0; i < N_OF(str_binop_cases); i++) {
        const BinopCase *c = &str_binop_cases[i];
        Value r = value_binop(vm, dec(c->a), dec(c->b), c->op);
        const char *got = repr_or_exc(r);
        CHECK(strcmp(got, c->expect) == 0, "%s op%d %s: got %s, want %s", c->a, c->op, c->b, got, c->expect);
    }
    static const int ops[6] = {CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE};
    for (int i = 0; i < N_OF(str_cmp_cases); i++) {
        const CmpCase *c = &str_cmp_cases[i];
        Value a = dec(c->a), b = dec(c->b);
        char got[7] = {0};
        for (int k = 0; k < 6; k++) {
            Value r = StrType.richcmp(vm, a, b, ops[k]);
            got[k] = r == VAL_TRUE ? 'T' : r == VAL_FALSE ? 'F' : '?';
        }
        CHECK(strcmp(got, c->expect) == 0, "compare %s %s: got %s, want %s", c->a, c->b, got, c->expect);
    }
    for (int i = 0; i < N_OF(contains_cases); i++) {
        const ContainsCase *c = &contains_cases[i];
        int r = value_contains(vm, dec(c->b), dec(c->a));
        const char *got = r < 0 ? take_exc() : r ? "True" : "False";
        CHECK(strcmp(got, c->expect) == 0, "%s in %s: got %s, want %s", c->a, c->b, got, c->expect);
    }
}

static void test_core_api(void) {
    /* interning */
    Str *a = str_intern_cstr(vm, "glassjit_intern_test");
    Str *b = str_intern(vm, str_from_cstr(vm, "glassjit_intern_test"));
    CHECK(a == b && a->interned, "interning returns the canonical string");
    /* one-character ASCII strings are shared */
    Value c1 = str_getitem_index(vm, str_from_cstr(vm, "xyz"), 1);
    Value c2 = str_from_codepoint(vm, 'y');
    CHECK(c1 == c2, "cached 1-char strings");
    CHECK(OBJ_VAL(str_new(vm, "", 0)) == str_empty(vm), "cached empty string");
    /* non-ASCII indexing */
    Str *u = str_from_cstr(vm, "a\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80");
    CHECK(u->len == 4 && !u->ascii && u->nbytes == 10, "utf-8 metadata");
    Value ch = str_getitem_index(vm, u, 3);
    CHECK(val_is_str(ch) && strcmp(AS(Str, ch)->data, "\xf0\x9f\x98\x80") == 0 && AS(Str, ch)->len == 1,
          "index a 4-byte code point");
    CHECK(str_byte_offset(u, 2) == 3 && str_byte_offset(u, 4) == 10, "str_byte_offset");
    Value cp = str_from_codepoint(vm, 0x65E5);
    CHECK(strcmp(AS(Str, cp)->data, "\xe6\x97\xa5") == 0, "str_from_codepoint");
    /* hashing and equality */
    Str *h1 = str_from_cstr(vm, "hash me"), *h2 = str_from_cstr(vm, "hash me");
    CHECK(h1 != h2 && str_eq(h1, h2) && str_hash(h1) == str_hash(h2) && str_hash(h1) != -1, "hash/eq");
    CHECK(!str_eq(h1, str_from_cstr(vm, "hash mf")), "not equal");
    /* concatenation */
    Value cc = str_concat(vm, str_from_cstr(vm, "ab"), u);
    CHECK(AS(Str, cc)->len == 6 && !AS(Str, cc)->ascii && AS(Str, cc)->nbytes == 12, "str_concat metadata");
    /* str_fromf */
    Value f = str_fromf(vm, "%s-%d-%s", "x", 42, "\xc3\xa9");
    CHECK(strcmp(AS(Str, f)->data, "x-42-\xc3\xa9") == 0 && AS(Str, f)->len == 6, "str_fromf");
    char big[600];
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    f = str_fromf(vm, "<%s>", big);
    CHECK(AS(Str, f)->len == (int64_t)sizeof big + 1, "str_fromf long");
    /* StrBuf */
    StrBuf sb;
    sb_init(&sb);
    for (int i = 0; i < 1000; i++) sb_putc(&sb, 'a');
    sb_puts(&sb, "\xc3\xa9");
    sb_printf(&sb, "%d", 7);
    sb_put_str(&sb, str_from_cstr(vm, "!"));
    Value sv = sb_finish(vm, &sb);
    CHECK(AS(Str, sv)->len == 1003 && AS(Str, sv)->nbytes == 1004 && sb.data == NULL, "StrBuf");
    /* iteration yields code points */
    Value it = value_iter(vm, OBJ_VAL(u));
    StrBuf out;
    sb_init(&out);
    int n = 0;
    for (Value x; (x = value_next(vm, it)) != VAL_NULL && x != VAL_ERR; n++) {
        sb_put_str(&out, AS(Str, x));
        sb_putc(&out, '|');
    }
    Value joined = sb_finish(vm, &out);
    CHECK(n == 4 && strcmp(AS(Str, joined)->data, "a|\xc3\xa9|\xe6\x97\xa5|\xf0\x9f\x98\x80|") == 0, "iteration");
    /* str() of a str is itself; str() with no argument is '' */
    Value s = OBJ_VAL(str_from_cstr(vm, "same"));
    CHECK(value_str(vm, s) == s, "str(s) is s");
    CHECK(value_call(vm, OBJ_VAL(&StrType), NULL, 0, NULL) == str_empty(vm), "str()");
    Value five = int_from_i64(vm, 5);
    Value r = value_call(vm, OBJ_VAL(&StrType), &five, 1, NULL);
    CHECK(val_is_str(r) && strcmp(AS(Str, r)->data, "5") == 0, "str(5)");
    /* truthiness and hashing through the generic protocols */
    CHECK(value_truthy(vm, str_empty(vm)) == 0 && value_truthy(vm, s) == 1, "truthiness");
    int64_t hv;
    CHECK(value_hash(vm, s, &hv) == 0 && hv == str_hash(AS(Str, s)), "value_hash");
    /* Unicode property helpers */
    CHECK(uni_isspace(0x3000) && uni_isspace(0x85) && !uni_isspace(0x200b), "uni_isspace");
    CHECK(uni_decimal_value(0x663) == 3 && uni_decimal_value(0xFF19) == 9 && uni_decimal_value('x') == -1,
          "uni_decimal_value");
    CHECK(uni_isalpha(0x65E5) && !uni_isalpha('1') && uni_isnumeric(0x216B) && !uni_isdigit(0x216B), "uni props");
    CHECK(uni_isprintable(0xE9) && !uni_isprintable(0xAD) && !uni_isprintable(0x378), "uni_isprintable");
}

int main(void) {
    vm = vm_new();
    test_repr_len();
    test_methods();
    test_format();
    test_sequence();
    test_core_api();
    printf("%d passed, %d failed\n", passed, failed);
    vm_free(vm);
    return failed ? 1 : 0;
}

/* The generator of the tables above (run with /usr/bin/python3 3.11):

# Generates the expectation tables of tests/unit/test_number.c and
# tests/unit/test_str.c by running every case under CPython 3.11.
import math, random, struct, sys

CS, CE = '/' + '*', '*' + '/'
INT_OVF = 'OverflowError: int too large: glassjit ints are 64-bit'
NEG_FRAC = 'ValueError: negative number cannot be raised to a fractional power'


def cstr(s):
    if isinstance(s, str):
        s = s.encode('utf-8', 'surrogatepass')
    out = []
    for b in s:
        c = chr(b)
        if 0x20 <= b < 0x7f and c not in '"\\?':
            out.append(c)
        else:
            out.append('\\%03o' % b)
    return '"' + ''.join(out) + '"'


def item(v):
    e = enc(v)
    return '%d:%s' % (len(e.encode('utf-8', 'surrogatepass')), e)


def enc(v):
    if isinstance(v, bool):
        return 'b1' if v else 'b0'
    if isinstance(v, int):
        return 'i%d' % v
    if isinstance(v, float):
        if math.isnan(v):
            return 'fnan'
        if math.isinf(v):
            return 'finf' if v > 0 else 'f-inf'
        return 'f' + v.hex()
    if isinstance(v, str):
        return 's' + v
    if v is None:
        return 'N'
    if isinstance(v, tuple):
        return 't' + ''.join(item(x) for x in v)
    if isinstance(v, list):
        return 'l' + ''.join(item(x) for x in v)
    if isinstance(v, dict):
        return 'd' + ''.join(item(k) + item(x) for k, x in v.items())
    raise TypeError(v)


class KW:
    def __init__(self, name, value):
        self.name, self.value = name, value


def enc_arg(a):
    if isinstance(a, KW):
        return 'k' + a.name + '=' + enc(a.value)
    return enc(a)


def fits(v):
    return -2**63 <= v < 2**63


def contains_big(v):
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return not fits(v)
    if isinstance(v, (tuple, list)):
        return any(contains_big(x) for x in v)
    return False


def outcome(fn):
    try:
        r = fn()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    if isinstance(r, complex):
        return NEG_FRAC
    if contains_big(r):
        return INT_OVF
    return repr(r)


def call_args(args):
    pos = [a for a in args if not isinstance(a, KW)]
    kw = {a.name: a.value for a in args if isinstance(a, KW)}
    return pos, kw


def table(name, ctype, rows):
    lines = ['static const %s %s[] = {' % (ctype, name)]
    lines += ['    ' + r + ',' for r in rows]
    lines.append('};')
    return '\n'.join(lines)


def calls(rows):
    out = []
    for name, args, expect in rows:
        if len(args) > 6:
            raise ValueError('too many args')
        a = ', '.join(cstr(enc_arg(x)) for x in args)
        out.append('{%s, %d, {%s}, %s}' % (cstr(name), len(args), a, cstr(expect)))
    return out


# ============================== number =====================================

def float_values():
    vals = [0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1e15, 123456789.123, 1e-4,
            1e-5, 0.00001234, 1e22, 1e23, 1.5e300, 5e-324, 1e-320, math.pi, math.e, 2.5e-10, 12345678901234567890.0,
            1e100, 9.999999999999999e22, 0.5, 5.0, 1000.5, 1 / 7, 2 / 7, 1e-7, 1.1e-6, 0.001, 123e-20, 1e21,
            1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308, 4.35, 0.3, 1.23456789e-5,
            100000000000000000.0, 999999999999999.9, 9999999999999998.0, 1234567890123456.7, 0.1 * 3, 1.1 * 1.1,
            3.3 / 1.1, 2.0 ** 60, 2.0 ** -20, 1e16 + 2, -123.456e5, 9007199254740992.0, 9007199254740994.0,
            4.9406564584124654e-324, 1e-323, 0.30000000000000004, 1.0000000000000002, 0.9999999999999999,
            123456.0, 1234567.0, 12345678.9, 1e-06, 9.5, 0.05, 2.675, 1.005, 3.14159, 299792458.0, 6.02214076e23,
            6.62607015e-34, 1.602176634e-19, 8.98846567431158e307, 2 ** 0.5, 10 / 3]
    acc = 1.0
    for i in range(12):
        acc *= 7.3
        vals.append(acc)
    for i in range(1, 8):
        vals += [10.0 ** -i, 10.0 ** i, 2.5 * 10.0 ** (i * 3)]
    for k in range(-1074, 1024, 41):
        vals.append(2.0 ** k)
    rnd = random.Random(20231121)
    while len(vals) < 230:
        bits = rnd.getrandbits(64)
        d = struct.unpack('<d', struct.pack('<Q', bits))[0]
        if math.isfinite(d):
            vals.append(d)
    for i in range(30):
        vals.append(round(rnd.uniform(-1000, 1000), rnd.randint(0, 8)))
    out, seen = [], set()
    for v in vals:
        key = struct.pack('<d', v)
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


def c_double(v):
    if math.isnan(v):
        return 'NAN'
    if math.isinf(v):
        return 'INFINITY' if v > 0 else '-INFINITY'
    if v == 0:
        return '-0.0' if math.copysign(1, v) < 0 else '0.0'
    return v.hex()


def gen_number():
    parts = []
    fv = float_values() + [float('inf'), float('-inf'), float('nan')]
    parts.append(table('float_repr_cases', 'FloatReprCase', ['{%s, %s}' % (c_double(v), cstr(repr(v))) for v in fv]))

    ints = [0, 1, -1, -2, 2, 12345, -12345, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 5, -(2**61), -(2**61) - 1, 2**62,
            2**63 - 1, -2**63, -2**63 + 1, 10**18, -10**18, -12345678901234567, 2**47, -2**47 - 1]
    parts.append(table('hash_int_cases', 'HashIntCase',
                       ['{INT64_C(%d) %s, INT64_C(%d)}' % (v if v != -2**63 else -2**63 + 1,
                                                           '- 1' if v == -2**63 else '', hash(v)) for v in ints]))
    floats = [0.0, -0.0, 1.0, 3.0, 1.5, -1.5, 0.1, -0.1, 1e100, 1e-100, 2.5e-310, 1e308, 123456.789, 2.0**63,
              -2.0**70, 0.5, 1e16, 3.141592653589793, 2.0**61, 2.0**61 - 1024, float('inf'), float('-inf'),
              -1.0, 1e-05, 7.3**12]
    parts.append(table('hash_float_cases', 'HashFloatCase', ['{%s, INT64_C(%d)}' % (c_double(v), hash(v))
                                                             for v in floats]))

    int_parse = [('42', 10), ('-42', 10), ('  17  ', 10), ('+8', 10), ('ff', 16), ('FF', 16), ('0xff', 16),
                 ('777', 8), ('0o777', 8), ('1010', 2), ('0b1010', 2), ('z', 36), ('Zz', 36), ('1_000', 10),
                 ('10', 0), ('0x10', 0), ('0o10', 0), ('0b10', 0), ('0', 10), ('-0', 10), ('00', 0), ('0_0', 0),
                 ('9223372036854775807', 10), ('-9223372036854775808', 10), ('9223372036854775808', 10),
                 ('-9223372036854775809', 10), ('abc', 10), ('', 10), ('1.5', 10), ('12a', 10), (' ', 10),
                 ('0x', 16), ('12', 2), ('010', 0), ('0_', 0), ('_1', 0), ('1__0', 0), ('0b2', 0), ('1 2', 10),
                 ('--1', 10), ('+-1', 10), ('0x_', 0), ('0o_7', 0), (' +0x_1f ', 0), ('\u0663', 10),
                 ('\u00a012\u2003', 10), ('x' * 300, 10), ('123456789012345', 10), ('-0x8000000000000000', 16),
                 ('7fffffffffffffff', 16), ('1' * 64, 2), ('zzzzzzzzzzzz', 36), ('10', 37), ('10', 1),
                 ('\u0661\u0662', 0), ('1e5', 10), ('0X1F', 0), ('0B11', 2), ('0O7', 8), ('0x1g', 16),
                 ('\t\n42\r\x0b\x0c', 10), ('4_2', 16), ('_', 10), ('-', 10), ('0 1', 0), ('caf\u00e9', 16)]

    def int_parse_outcome(s, b):
        if b != 0 and not (2 <= b <= 36):
            return 'ValueError: int() base must be >= 2 and <= 36, or 0'
        return outcome(lambda: int(s, b))
    parts.append(table('int_parse_cases', 'ParseCase', ['{%s, %d, %s}' % (cstr(s), b, cstr(int_parse_outcome(s, b)))
                                                        for s, b in int_parse]))

    float_parse = ['2.5', '  -1e3 ', '1e2', 'inf', '-inf', '+inf', 'Infinity', '-INF', 'NaN', '-nan', 'iNfInItY',
                   '1e500', '-1e500', '1e-400', '3', '-0', '1e-3', '.5', '5.', '1_000.5', ' 1_0.5e1_0 ', '.5e-3',
                   '-.5', 'abc', '', ' ', '0x10', '1__0', '1._5', '1_.5', '1e', 'e5', '.', '1.5e+', 'in f',
                   'nan(1)', 'infi', '0x1p3', '1e_5', '_1.0', '1.0_', '1_e5', '\u0663.5', '\u00a02.5\u3000',
                   '1.7976931348623157e308', '1.7976931348623159e308', '4.9e-324', '2.4703282292062328e-324',
                   '0.1', '123456789012345678901234567890', '00001.0000', '+.1', '1E+5', '1e+05', '--1', '1..2',
                   '12e3.4', 'x' * 300, '\u00e9']
    parts.append(table('float_parse_cases', 'FParseCase', ['{%s, %s}' % (cstr(s), cstr(outcome(lambda: float(s))))
                                                           for s in float_parse]))

    ops = [('BINOP_ADD', lambda a, b: a + b), ('BINOP_SUB', lambda a, b: a - b), ('BINOP_MUL', lambda a, b: a * b),
           ('BINOP_TRUEDIV', lambda a, b: a / b), ('BINOP_FLOORDIV', lambda a, b: a // b),
           ('BINOP_MOD', lambda a, b: a % b), ('BINOP_POW', lambda a, b: a ** b),
           ('BINOP_LSHIFT', lambda a, b: a << b), ('BINOP_RSHIFT', lambda a, b: a >> b),
           ('BINOP_AND', lambda a, b: a & b), ('BINOP_OR', lambda a, b: a | b), ('BINOP_XOR', lambda a, b: a ^ b)]
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (5, 0), (7.5, 2), (-7.5, 2), (7.5, -2), (7, 2.5),
             (-7, 2.5), (1.0, 0.0), (0.0, -5.0), (-0.0, 5), (True, True), (True, False), (False, 3), (3, True),
             (2**62, 2), (2**63 - 1, 1), (-2**63, -1), (3037000499, 3037000499), (3037000500, 3037000500),
             (9007199254740993, 1), (9007199254740993, 3), (2**63 - 1, 3), (-(2**63 - 1), 7), (1, 63), (1, 62),
             (-1, 100), (5, -1), (1e308, 10.0), (0, -1), (0.0, -1), (2, -2), (-2, -3), (-8.0, 1 / 3), (-8, 3),
             (10.0, 400), (2, 0.5), (-1.5, 0.5), (float('inf'), 0), (float('nan'), 0), (1, float('nan')),
             (float('-inf'), 3), (float('-inf'), -3), (-0.0, 3), (-1e-300, 1e300), (1e300, 1e-300), (6, 4),
             (-6, 4), (0xF0F0, 0x0FF0), (-1, 2**62), (123456789, 1000), (-123456789, 1000), (0.3, 0.1),
             (1e10, 3), (-5.5, 1), (5.5, 1), (2, 62), (-2, 63), (-2, 64), (7, 0.0), (True, 2.5)]
    rows = []
    for a, b in pairs:
        for opname, fn in ops:
            if isinstance(a, float) or isinstance(b, float):
                if opname in ('BINOP_LSHIFT', 'BINOP_RSHIFT', 'BINOP_AND', 'BINOP_OR', 'BINOP_XOR'):
                    continue
            if opname == 'BINOP_POW' and isinstance(a, int) and isinstance(b, int) and b > 200:
                continue
            if opname == 'BINOP_LSHIFT' and isinstance(b, int) and b > 200:
                continue
            r = outcome(lambda: fn(a, b))
            rows.append('{%s, %s, %s, %s}' % (cstr(enc(a)), opname, cstr(enc(b)), cstr(r)))
    parts.append(table('binop_cases', 'BinopCase', rows))

    cmp_vals = [0, 1, -1, 2**53, 2**53 + 1, 2**63 - 1, -2**63, 0.5, -0.0, 0.0, float(2**53), 9007199254740993.0,
                float(2**63), -float(2**63), 1e300, float('inf'), float('-inf'), float('nan'), True, 1.0]
    rows = []
    for a in cmp_vals:
        for b in cmp_vals:
            r = ''.join('T' if f(a, b) else 'F' for f in (lambda x, y: x < y, lambda x, y: x <= y,
                                                          lambda x, y: x == y, lambda x, y: x != y,
                                                          lambda x, y: x > y, lambda x, y: x >= y))
            rows.append('{%s, %s, "%s"}' % (cstr(enc(a)), cstr(enc(b)), r))
    parts.append(table('cmp_cases', 'CmpCase', rows))

    fmt = [(1234.5678, s) for s in ['.3f', '.0f', '.1f', '10.2f', ',', ',.2f', '08.2f', '010.2f', 'e', '.2e',
                                    '+.2f', ' .2f', '>12,.2f', '<12.1f', '^12.3f', '', '.3', '.10', 'g', 'G',
                                    '_', '_.1f', '012,.1f', '%', '.1%', 'n', 'z.1f', '#.0f', '#g', 'E', '-^20,.3f']]
    fmt += [(v, s) for v in [0.0, -0.0, 1.0, 1e16, 1e-5, 0.0001, 123.0, 12.0, 1e20, 1.5, 2.5, 3.5, 0.125, 0.375,
                             1 / 3, 2 / 3, float('inf'), float('-inf'), float('nan'), 1e300, 5e-324, -1.5, 100.0,
                             123456.0, 1234567.0, 0.1]
            for s in ['', '.3', '.0f', '.2f', 'g', '.3g', 'e', '%', '010', '+', 'z.2f', '.17g', '#.3g', ',']]
    fmt += [(v, s) for v in [0, 1, -1, 42, -42, 255, 1234567, -9876543, 2**63 - 1, -2**63, 65, True, False]
            for s in ['', 'd', '5', '<5d', '^5d', '05d', '+d', ' d', ',', '_', 'x', 'X', '#x', '#X', 'o', '#o',
                      'b', '#b', '08b', '#010x', '#_b', '_x', ',x', 'c', '>5c', '.2f', 'e', '%', 'n', '=+10',
                      '^+10', '*^11', '0>10', '010,', '020_d', '.2', 's', 'z', '#c', '+c', 'abc', ',_', '_,',
                      ',,', '.', '99999999999999999999', 'g', 'G', '\u00e9^6']]
    fmt += [(-0.0001, 'z.2f'), (-0.0001, '.2f'), (0.5, '.0%'), (2, '%'), (1e16, '.17'), (1e16, ','),
            (1.5e-7, ','), (float('-inf'), '010,'), (float('nan'), '+'), (1.5, '10.2fx'), (1.5, 'x'), (1.5, 'd'),
            (1.5, '_n'), (0.1, '.30f'), (1e300, 'f'), (1e-10, 'G'), (float('inf'), 'F'), (float('nan'), 'E'),
            (3, '.2e'), (3, 'e'), (1.0, '.0e'), (1.0, '#.0e'), (-5, '#010x'), (-5, '#010_b'), (12345678, '020,d'),
            (-1234, '=+10'), (1234, '^+10'), (1, ',c'), (1, '_c'), (1, '_n'), (1114112, 'c'), (-1, 'c'),
            (123.456, '+012.4e'), (-123.456, '=12.1f'), (9.995, '.2f'), (0.005, '.2f'), (2.5, '.0f'),
            (1e22, ''), (1e21, '.0f'), (123456789.0, ',.0f'), (1234.5, '012_.1f')]
    rows = ['{%s, %s, %s}' % (cstr(enc(v)), cstr(s), cstr(outcome(lambda: format(v, s)))) for v, s in fmt]
    parts.append(table('format_num_cases', 'FormatCase', rows))

    pct = [('%d', 42), ('%d %d', (1, -2)), ('%5.2f|%-8.3f|%08.2f', (3.14159, 2.5, -1.5)), ('%x %X %o', (255, 255, 8)),
           ('%05d|%5d|%-5d|', (42, 42, 42)), ('%+d %+d', (5, -5)), ('%e %.2e', (12345.678, 0.00123)),
           ('100%% sure, %d%%', 50), ('%d', 3.99), ('%s', 3.0), ('%d', -7), ('%i', 2.7), ('%#x %#o %#X', (255, 8, 255)),
           ('% d', 5), ('%+.3e', 12345), ('%g %G', (1e-5, 1e20)), ('%#g', 1.0), ('%05f', float('inf')),
           ('%-05d', 3), ('%.3d', 5), ('%+.3d', -5), ('%#.3x', 5), ('%#08x', 255), ('%-#8x|', 255), ('%#o', 0),
           ('% 05d', 42), ('%x', -255), ('%#x', -255), ('%08.3f', -1.5), ('%.0f', 2.5), ('%.0f', 3.5),
           ('%e', 0), ('%g', 100000), ('%g', 1000000), ('%#.3g', 1), ('%G', float('nan')), ('%F', float('inf')),
           ('%d', True), ('%x', True), ('%*d', (5, 3)), ('%.*f', (2, 3.14159)), ('%*d', ('x', 3)),
           ('%d', 'a'), ('%x', 1.5), ('%i', '5'), ('%o', 8.0), ('%c', 65), ('%c', 1114112), ('%c', -1),
           ('%c', 1.5), ('%-+8.2e|', 1234.5), ('%d', 2**63 - 1), ('%.2f%%', 12.345), ('%f', 1e300), ('%.2f', 1),
           ('%r', 1.5), ('%s', (1,)), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%', ()), ('%5', 1),
           ('%5%', (1,)), ('%ld', 5), ('%s %s', (None, True)), ('%.1f', float('nan')), ('%f', float('inf')),
           ('%-6s %3d %6.2f', ('alice', 30, 55.5)), ('%d:%02d:%02d', (1, 2, 3)), ('%3d%%', 7), ('%.15g', 0.1),
           ('%.17g', 0.1), ('%10.4f|', 3.14159265), ('%-10.1e|', 1e100), ('%+5d', 0), ('%X', 2**63 - 1)]
    rows = []
    for f, a in pct:
        rows.append('{%s, %s, %s}' % (cstr(f), cstr(enc(a)), cstr(outcome(lambda: f % a))))
    parts.append(table('percent_num_cases', 'PercentCase', rows))

    b = []

    def add(name, *args):
        pos, kw = call_args(args)
        import builtins
        fn = getattr(builtins, name)
        b.append((name, args, outcome(lambda: fn(*pos, **kw))))
    for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4, 0.6, -0.6, 2.675, 1.005, 1e300, 1.7e308, 5e-324, 1234.5678,
              -0.0001, 12345.6789, 0.125, 0.375, 2.5e-5, 7, -35, 25, 123456, 2**62, float('nan'), float('inf')]:
        add('round', v)
        for nd in [0, 1, 2, 3, -1, -2, 400, -400, -308]:
            if isinstance(v, int) and nd >= 0 and nd != 1:
                continue
            add('round', v, nd)
    add('round', 2.5, None)
    add('round', 1.5, 1.5)
    add('round', 'a')
    add('round', KW('number', 2.567), KW('ndigits', 2))
    add('round', 7, -30)
    add('round', 9223372036854775807, -1)
    add('round', 9223372036854775807, -18)
    add('round', 9223372036854775807, -19)
    add('round', -9223372036854775807, -19)
    for a, c in [(17, 5), (-17, 5), (17, -5), (-17, -5), (7.5, 2), (-7.5, 2), (10.5, 3), (-10.5, 3), (5, 0),
                 (7.5, 0), (7, 0.0), ('a', 1), (-2**63, -1), (0.0, -1.0)]:
        add('divmod', a, c)
    for args in [(2, 10), (2, -1), (2.5, 2), (3, 200, 1000007), (7, 0, 13), (5, 3, 13), (-3, 3, 7),
                 (123456789, 987654321, 1000000007), (2, -1, 5), (3, -1, 7), (2, -1, 4), (2, 3, 0), (2.0, 3, 5),
                 (2, 3, -5), (-2, 3, 5), (3, -1, -7), (5, 0, 1), (5, 0, -1), (0, -1), (2, 63), (-2, 63),
                 (10, 18), (0.0, -1), (-8, 1 / 3), (2**62, 3, 2**62 + 1), (KW('base', 2), KW('exp', 5)),
                 (2, 3, None), (0, 0, 7), ('a', 2)]:
        add('pow', *args)
    for v in [-12, 12, 0, -3.25, -0.0, True, -2**63 + 1, -2**63, 'a', float('-inf')]:
        add('abs', v)
    for name in ['hex', 'oct', 'bin']:
        for v in [0, 1, -1, 255, -255, 2**40, 2**63 - 1, -2**63, True, 1.5, 'x']:
            add(name, v)
    for v in [65, 233, 26085, 0x1F600, 0, 1114111, 1114112, -1, 1.5, True, 2**31, -2**31 - 1]:
        add('chr', v)
    for v in ['a', '\u00e9', '\u65e5', '\U0001F600', 'ab', '', 1]:
        add('ord', v)
    for args in [(), ('42',), ('-42',), ('  17  ',), ('ff', 16), ('0xff', 16), ('z', 36), ('10', 0), (3.9,),
                 (-3.9,), (1e15,), (True,), ('0',), (float('inf'),), (float('nan'),), ('abc',), ('12', 2),
                 (1.5, 10), ('10', 1), ([],), ('12', KW('base', 8)), (KW('x', 1),), ('1', 2, 3), (1e19,),
                 (-9.3e18,), (2**63 - 1,), ('9223372036854775808',), ('\u0663',)]:
        add('int', *args)
    for args in [(), (7,), (-3,), ('2.5',), ('  -1e3 ',), ('inf',), ('x',), ([],), (True,), (2**63 - 1,),
                 (9007199254740993,), (KW('x', 1),), (1, 2), ('1_0.5',)]:
        add('float', *args)
    for args in [(), (0,), (1,), (-1,), (0.0,), ('',), ('0',), ([],), ([0],), (None,), (1, 2), (KW('x', 1),)]:
        add('bool', *args)
    parts.append(table('builtin_cases', 'CallCase', calls(b)))

    m = []

    def addm(name, *args):
        pos, kw = call_args(args)
        fn = getattr(math, name)
        m.append((name, args, outcome(lambda: fn(*pos, **kw))))
    for x in [16, 2, 0.25, -1, 0, float('inf'), float('nan'), True, 1e308, 'a']:
        addm('sqrt', x)
    for name in ['floor', 'ceil', 'trunc']:
        for x in [3.7, -3.2, 5, -3.9, 2.5, float('inf'), float('nan'), 1e19, -0.5, True, 'a']:
            addm(name, x)
    for x in [0, 1, 2, -1, 1000, 709, 710, -745, float('inf'), float('-inf')]:
        addm('exp', x)
    for x in [1, math.e, 100, 0, -1, 0.5, float('inf'), float('-inf'), 2**62, -5, True]:
        addm('log', x)
        addm('log2', x)
        addm('log10', x)
    for x, base in [(100, 10), (8, 2), (5, 1), (1, 5), (0, 2), (2, 0), (2, -1), (1024, 2.0)]:
        addm('log', x, base)
    for x, y in [(2, 10), (2, 0.5), (9, -0.5), (0, -1), (-8, 1 / 3), (10, 400), (float('inf'), -3),
                 (float('-inf'), 3), (float('nan'), 0), (1, float('nan')), (-1, float('inf')), (0.5, float('-inf')),
                 (-2, 3), (0.0, 0), (-0.0, 3), (2, -1075), (1e308, 2)]:
        addm('pow', x, y)
    for name in ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
                 'fabs', 'expm1', 'log1p', 'exp2', 'cbrt']:
        for x in [0, 0.5, 1, -1, 2, 1e-10, 30, 800, math.pi / 6, -0.0, float('inf'), float('nan')]:
            addm(name, x)
    for y, x in [(1, 1), (-1, -1), (0, -1), (1, 0), (0.0, -0.0), (-0.0, -1), (float('inf'), float('inf'))]:
        addm('atan2', y, x)
    for args in [(3, 4), (5, 12), (1, 1), (), (7,), (1, 2, 3), (1e-320, 1e-320), (1e308, 1e308),
                 (float('inf'), float('nan')), (float('nan'), 1), (0.1, 0.2, 0.3, 0.4), (-3, 4), (2**62, 2**62),
                 (1.5, 2.5), (123.456, 789.012), (3e-310, 4e-310)]:
        addm('hypot', *args)
    rnd = random.Random(7)
    for i in range(30):
        args = tuple(rnd.choice([rnd.uniform(-10, 10), rnd.uniform(0, 1e-3), rnd.uniform(1e5, 1e9)])
                     for _ in range(rnd.randint(2, 4)))
        addm('hypot', *args)
    for p, q in [((1, 0), (0, 1)), ((0, 0, 0), (1, 2, 3)), ((1,), (1, 2)), ([1.5, 2.5], (0.5, 0.5))]:
        addm('dist', p, q)
    for x in [30, 90, math.pi, -45]:
        addm('degrees', x)
        addm('radians', x)
    for x in [1.0, float('nan'), float('inf'), float('-inf'), 0, 'a']:
        addm('isnan', x)
        addm('isinf', x)
        addm('isfinite', x)
    for args in [(0.1 + 0.2, 0.3), (1.0, 1.1), (1.0, 1.05, KW('rel_tol', 0.1)), (0.0, 1e-12),
                 (0.0, 1e-12, KW('abs_tol', 1e-9)), (float('inf'), float('inf')), (float('inf'), 1e308),
                 (1, 1, KW('rel_tol', -1)), (1, 2, 3), (KW('a', 1), KW('b', 1.0))]:
        addm('isclose', *args)
    for args in [(48, 180), (0, 5), (-12, 8), (7, 13), (), (12,), (12, 18, 27), (0, 0), (2**62, 2**61), (1.5, 2),
                 (-2**63, 2)]:
        addm('gcd', *args)
    for args in [(4, 6), (0, 5), (-4, 6), (), (2, 3, 4), (2**40, 3**20), (2**62, 3), (1.5, 2)]:
        addm('lcm', *args)
    for x in list(range(0, 22)) + [-1, 2.0, True, 'a', 25]:
        addm('factorial', x)
    for args in [(5, 2), (10, 0), (10, 10), (3, 5), (60, 30), (68, 34), (67, 33), (-1, 2), (5, -1), (100, 3),
                 (1000, 500), (2**40, 2)]:
        addm('comb', *args)
    for args in [(5, 2), (5,), (5, None), (10, 10), (3, 5), (20, 20), (21, 21), (-1, 2), (100, 3), (2**31, 2)]:
        addm('perm', *args)
    for x, y in [(1, -2), (-3, 0.0), (2, -0.0), (float('inf'), -1), (float('nan'), -1)]:
        addm('copysign', x, y)
    for x, y in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (1, 0), (float('inf'), 2), (3, float('inf')),
                 (-0.0, 1), (1e300, 1e-300)]:
        addm('fmod', x, y)
    for x in [3.7, -3.7, 5, float('inf'), float('-inf'), float('nan'), -0.0]:
        addm('modf', x)
    for x in [8, 0.1, -3.5, 0, float('inf'), 1e-320, 2**62]:
        addm('frexp', x)
    for x, i in [(0.5, 4), (1, 1024), (1, -1075), (1, -1074), (3, 2**40), (0, 10**18), (1.5, 1.5),
                 (float('inf'), 3), (1, -2**62)]:
        addm('ldexp', x, i)
    for data in [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e-16, 1, 1e16], [],
                 [float('inf'), 1], [float('inf'), float('-inf')], [1e308, 1e308], [float('nan'), 1],
                 [1, 2, 3], [0.1, 0.2, 0.3], (2.0**53, -0.5, -2.0**-54), [1.5, 'a']]:
        addm('fsum', data)
    for x in [0, 1, 15, 16, 17, 2**62, 2**63 - 1, -1, 1.5, 10**18]:
        addm('isqrt', x)
    for x, y in [(1, 2), (1, 0), (0, 1), (0, -1), (1e308, float('inf'))]:
        addm('nextafter', x, y)
    for x in [1, 0, 1e308, 1.7976931348623157e308, 5e-324, float('inf'), float('nan'), -2]:
        addm('ulp', x)
    for x, y in [(5, 3), (5.5, 2), (-5.5, 2), (3, 0), (float('inf'), 1), (1, float('inf'))]:
        addm('remainder', x, y)
    for args in [([1, 2, 3, 4],), ([1.5, 2],), ([],), ([2, 3], KW('start', 10)), ([2**40, 2**40],)]:
        addm('prod', *args)
    parts.append(table('math_cases', 'CallCase', calls(m)))
    consts = ['{"pi", %s}' % cstr(repr(math.pi)), '{"e", %s}' % cstr(repr(math.e)),
              '{"tau", %s}' % cstr(repr(math.tau)), '{"inf", "inf"}', '{"nan", "nan"}']
    parts.append(table('math_consts', 'ConstCase', consts))
    return '\n\n'.join(parts)


# ============================== str ========================================

def gen_str():
    parts = []
    reprs = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\t', 'nl\n', 'cr\r', 'back\\', '\x00\x01\x1f', '\x7f',
             '\u00e9', '\u65e5\u672c', '', ' ', '\u200b', '\x80\x9f\xa0\xad', '\u2028\u2029', '\U0001F600',
             '\U000e0001', '\ud800', '\udfff', '\ufeff', '\U0010ffff', 'a\'b"c', "'", '"', '\'"', '\x1b[0m',
             '\u0378', '\u00a0x', 'caf\u00e9 \u03b1\u03b2\u03b3 \u0436', '\u3000', '\u0300', 'e\u0301',
             '\U0001d11e', '\ue000', '\uffff', '\x85']
    def nb(s):
        return len(s.encode('utf-8', 'surrogatepass'))
    parts.append(table('repr_cases', 'ReprCase', ['{%s, %d, %s}' % (cstr(s), nb(s), cstr(repr(s))) for s in reprs]))
    parts.append(table('len_cases', 'LenCase', ['{%s, %d, %d}' % (cstr(s), nb(s), len(s)) for s in reprs + [
        'h\u00e9llo', '\u65e5\u672c\u8a9e', 'a\u00e9\u65e5\U0001F600']]))

    calls_ = []

    def add(meth, s, *args):
        pos, kw = call_args(args)
        calls_.append((meth, (s,) + args, outcome(lambda: getattr(s, meth)(*pos, **kw))))

    s = 'the quick  brown fox'
    for args in [(), (' ',), (' ', 1), (None, 2), (KW('sep', ' '), KW('maxsplit', 1)), (KW('maxsplit', 0),),
                 ('',), (1,), (' ', 'x'), (' ', 1, 2), (KW('x', 1),), (' ', KW('sep', ' ')), ('quick',)]:
        add('split', s, *args)
        add('rsplit', s, *args)
    for t in ['a,b,,c,', '', '   ', '  x  ', '\tone\ntwo  three\r\n', 'x', 'xx', '\u65e5\u672c \u8a9e \u30c6\u30b9\u30c8',
              ' a\u3000b\x85c\u2003 ', '  a b  c  ']:
        add('split', t)
        add('rsplit', t)
        add('split', t, ',')
        add('split', t, None, 1)
        add('rsplit', t, None, 1)
        add('rsplit', t, ',', 2)
        add('split', t, ',', 2)
    add('split', 'a::b::c', '::')
    add('split', 'abc', 'abc')
    add('split', '\u00e9a\u00e9b\u00e9', '\u00e9')
    for t in ['line one\nline two\r\nline three\rline four\n\nlast', '', '\n', 'a\n', 'a\n\nb', 'no newline',
              '\x1c\x85a\u2028b\x0bc\x0cd', 'a\r\nb\r']:
        add('splitlines', t)
        add('splitlines', t, True)
        add('splitlines', t, KW('keepends', True))
    add('splitlines', 'a', 1, 2)
    for args in [(['a', 'b', 'c'],), ([],), (['x'],), ('abc',), (('\u00e9', '\u65e5'),), (['a', 1],), ([1],),
                 (5,), (), (['a'], ['b'])]:
        add('join', ',', *args)
        add('join', ' - \u00e9 ', *args)
    for t in ['  hello  ', '\t\n x \r\n', '', '   ', 'nospace', 'xxhixx', '  h\u00e9llo  ', '\u65e5\u672c  ',
              '\u3000 x\u2003']:
        for m in ['strip', 'lstrip', 'rstrip']:
            add(m, t)
            add(m, t, 'x')
            add(m, t, None)
    add('strip', 'abcHELLOcba', 'abc')
    add('strip', 'www.example.com', 'cmowz.')
    add('strip', '\u00e9a\u00e9bc\u00e9\u00e9', '\u00e9a')
    add('strip', 'abc', 1)
    add('strip', 'abc', 'a', 'b')
    add('rstrip', 'ab\u00e9\u00e9', '\u00e9')
    h = 'hello world, hello python'
    for m in ['find', 'rfind', 'index', 'rindex', 'count']:
        for args in [('hello',), ('xyz',), ('o',), ('o', 5), ('o', 5, 7), ('',), ('h', -5), ('', 30), ('', 25),
                     ('l', None, 10), ('l', -10, -2), ('l', 1.0), (1,), (), ('a', 1, 2, 3), ('o', 100)]:
            add(m, h, *args)
        for args in [('\u672c',), ('\u65e5\u672c',), ('', 2), ('\u8a9e', 1, 3), ('x',)]:
            add(m, '\u65e5\u672c\u8a9e\u65e5\u672c', *args)
    add('count', 'aaaa', 'aa')
    add('count', 'abc', '', 1)
    add('count', 'abc', '', 5)
    for args in [('hello', 'bye'), ('hello', 'bye', 1), ('l', ''), ('', '-'), ('', '-', 2), ('x', 'y'),
                 ('o', '\u00f6'), (1, 2), ('a',), ('l', 'L', 0), ('l', 'L', -1)]:
        add('replace', h, *args)
    add('replace', '', '', 'x')
    add('replace', 'aaa', 'a', 'aa')
    add('replace', '\u65e5\u672c\u8a9e', '', '|')
    for m in ['startswith', 'endswith']:
        for args in [('he',), ('lo',), (('x', 'h'),), ('abc', 3), ('bc', 1), ('ab', 0, 8), ('',), ('', 30),
                     (1,), (('a', 1),), ('h', None, None), ()]:
            add(m, 'hello' if len(args) < 2 else 'abcabcabc', *args)
    for t in ['hello', 'WORLD', 'mIxEd CaSe', '123abc', 'h\u00e9llo w\u00f6rld', '\u00df', "the o'neil case", '',
              'a1b2 c3d4', '\u01c5', '\u01c6a', '\u0130', '\ufb00', '\u0149', '\u03a3\u0391\u03a3',
              '\u0391\u03a3 \u03a3', 'stra\u00dfe', '\u00c9COLE', '\u0436\u0416', 'hello world',
              '\u01c4\u01c5\u01c6', 'a\u0345b', 'x\u03a3', '\u03a3', 'A\u03a3.', '\u1e9e', 'hi\u2160\u2170']:
        for m in ['upper', 'lower', 'capitalize', 'title', 'swapcase', 'casefold']:
            add(m, t)
    add('upper', 'a', 1)
    for t in ['abc', 'ABC', 'Abc', '123', '12.5', 'abc123', '  ', '', '\t\n', 'h\u00e9llo', '\u65e5\u672c', 'a b',
              '_', '\u216b', '\u0663', 'Ab Cd', 'AB', '\u00b2', '\u00bd', 'a\u0301', '\u01c5', 'HELLO WORLD',
              'hello world!', '123A', 'x1_', '1x', 'def', '\u00e9t\u00e9', '\x85', '\u200b', '\U0001F600']:
        for m in ['isdigit', 'isalpha', 'isspace', 'isalnum', 'isupper', 'islower', 'isdecimal', 'isnumeric',
                  'isidentifier', 'istitle', 'isprintable', 'isascii']:
            add(m, t)
    for t in ['7', '-7', '+7', 'abc', '', '12345', '\u65e5\u672c', 'h\u00e9llo']:
        add('zfill', t, 5)
        add('center', t, 7)
        add('ljust', t, 6)
        add('rjust', t, 6)
        add('center', t, 8, '*')
        add('ljust', t, 8, '\u00e9')
    add('center', 'ab', 5, '.')
    add('center', 'ab', 6, '.')
    add('center', 'abc', 6, '*')
    add('center', 'abc', 2)
    add('center', 'x', 5, 'ab')
    add('center', 'x', 5, 1)
    add('center', 'x')
    add('center', 'x', 'a')
    add('ljust', 'x', 2.0)
    add('zfill', '-', 3)
    add('zfill', '+a', 4)
    add('zfill', 'x', -3)
    add('zfill', '3.14', 8)
    add('zfill', 'x', '3')
    for t in ['key=value', 'key=value=more', 'novalue', '=start', 'end=', 'a -> b -> c', '\u65e5=\u672c=\u8a9e']:
        add('partition', t, '=')
        add('rpartition', t, '=')
    add('partition', 'a -> b -> c', ' -> ')
    add('partition', 'abc', '')
    add('partition', 'abc', 1)
    add('partition', 'abc')
    for t in ['a\tbc\td', 'a\tb', 'a\r\tb\n\tc', '\u65e5\t\u672c', 'no tabs', '\t']:
        add('expandtabs', t)
        add('expandtabs', t, 4)
        add('expandtabs', t, 0)
        add('expandtabs', t, KW('tabsize', 3))
    add('removeprefix', 'prefix_main', 'prefix_')
    add('removeprefix', 'prefix_main', 'x')
    add('removesuffix', 'main.py', '.py')
    add('removesuffix', 'main.py', '')
    add('removesuffix', 'main.py', 5)
    add('translate', 'abc', {97: 'x', 98: None})
    add('translate', 'h\u00e9llo', {ord('\u00e9'): 'e', ord('l'): ord('L')})
    add('format', '{} {}', 'a', 'b')
    add('format_map', '{a}-{b}', {'a': 1, 'b': 2})
    add('format_map', '{a[0]}-{b!r:>4}', {'a': 'xy', 'b': 'q'})
    add('format_map', '{}', {'a': 1})
    add('format_map', '{c}', {'a': 1})
    add('format_map', '{a}')
    parts.append(table('method_cases', 'CallCase', calls([c for c in calls_])))

    fs = [(s, spec) for s in ['cat', '', '\u65e5\u672c', 'h\u00e9llo', 'longword']
          for spec in ['', '10', '<10', '>10', '^10', '*^10', '-<9', '.>9', '2', '.4', '>6.3', '^7', '05',
                       '\u00e9>5', '=5', '+', ' ', 'z', '#', ',', '_', 'd', 's', '10s', '.0', 'x<3.2']]
    fs += [(None, ''), (None, '>5'), ([1], ''), ([1], 'x'), ((1, 'a'), ''), ({'k': 1}, '')]
    rows = ['{%s, %s, %s}' % (cstr(enc(v)), cstr(spec), cstr(outcome(lambda: format(v, spec)))) for v, spec in fs]
    parts.append(table('format_str_cases', 'FormatCase', rows))

    sf = []

    def addf(fmt, *args):
        pos, kw = call_args(args)
        sf.append((fmt, args, outcome(lambda: fmt.format(*pos, **kw))))
    addf('{} {}', 'a', 'b')
    addf('{1} {0} {1}', 'x', 'y')
    addf('{name} is {age}', KW('name', 'Ann'), KW('age', 30))
    addf('{0[0]} {0[2]}', [10, 20, 30])
    addf('{d[k]}', KW('d', {'k': 'v'}))
    addf('{:>8}|{:<8}|{:^8}|', 'r', 'l', 'c')
    addf('{:.2f} {:,} {:05d} {:x}', 3.14159, 1234567, 42, 255)
    addf('{0:*^9} {1:+d}', 'mid', 7)
    addf('{!r} {!s} {!a}', 'q', 's', '\u00e9')
    addf('{{}} {}', 1)
    addf('{:e}', 1234.5)
    addf('{:%}', 0.5)
    addf('{:b} {:o} {:X}', 5, 64, 3054)
    addf('{0}{0}{0}', 'ab')
    addf('{a}-{b}-{a}', KW('a', 1), KW('b', 2))
    addf('{} {} {}', 1, 2.5, None)
    addf('{:10.3f}|{:<10.3f}|', 2.0 / 3, 2.0 / 3)
    addf('{} {} {z}', 'p', 'q', KW('z', 26))
    addf('{0:>{1}}|', 'w', 6)
    addf('{:>{}}|', 'w', 6)
    addf('{:{}{}}|', 'w', '>', 6)
    addf('{:{w}.{p}f}', 3.14159, KW('w', 10), KW('p', 2))
    addf('{} {}', 1)
    addf('{missing}', KW('x', 1))
    addf('{0} {}', 1, 2)
    addf('{} {0}', 1, 2)
    addf('{', 1)
    addf('}', 1)
    addf('a{{b}}c')
    addf('{:{}}', 1)
    addf('{0[}', 1)
    addf('{!x}', 1)
    addf('{0:d}', 'a')
    addf('{0!r:>10}', 'a')
    addf('{0!}', 1)
    addf('{0!rr}', 1)
    addf('{0:{1:{2}}}', 1, 2, 3)
    addf('{0.real} {0.imag}', 5)
    addf('{0.nope}', 5)
    addf('{0[1]}', 'abc')
    addf('{0[x]}', {'x': 'X'})
    addf('{0[9]}', [1])
    addf('{0[0]x}', [1])
    addf('{0.}', 1)
    addf('{0[]}', [1])
    addf('\u65e5{}\u672c{:\u00e9^5}', '\u00e9', 'x')
    addf('{:=^40}', ' END ')
    addf('{:<5}{:>5}', 10, 20)
    addf('{x', 1)
    addf('{0:', 1)
    addf('{0{', 1)
    addf('x}y')
    addf('{}}', 1)
    addf('{{}', 1)
    addf('{:s}', 5)
    addf('{99999999999999999999}', 1)
    rows = []
    for fmt, args, exp in sf:
        a = ', '.join(cstr(enc_arg(x)) for x in args)
        rows.append('{%s, %d, {%s}, %s}' % (cstr(fmt), len(args), a, cstr(exp)))
    parts.append(table('str_format_cases', 'StrFormatCase', rows))

    pct = [('%s and %s', ('x', [1, 2])), ('%r %r', ('quoted', 5)), ('%-5s|%5s|', ('ab', 'cd')), ('%s', (1,)),
           ('%s', 'single'), ('%.3s|', 'abcdef'), ('%-10s|%10s|', ('h\u00e9llo', '\u65e5\u672c')),
           ('%(a)s %(b)d', {'a': 1, 'b': 2}), ('%(a)s', (1,)), ('%s %s', [1, 2]), ('%s', [1, 2]),
           ('%05s', 'ab'), ('%c', '\u00e9'), ('%5.1s|', 'abc'), ('%s', None), ('%*s|', (-5, 'a')),
           ('%.*s|', (-1, 'abc')), ('%(a)d %(a)s', {'a': 3}), ('%(a', {'a': 3}), ('%(a)', {'a': 3}),
           ('%s', {'a': 1}), ('%d %(a)s', {'a': 1}), ('%r', '\u00e9'), ('%a', '\u00e9\u1234'), ('%10r|', 'ab'),
           ('%c', 'ab'), ('%5c|', 'a'), ('%-5c|', 65), ('abc', 5), ('abc', ()), ('abc', {}), ('abc', [1]),
           ('%(x)s', {'y': 1}), ('%s %%', 'a'), ('\u65e5%s\u672c%d', ('\u00e9', 3)), ('%\u00e9', 1),
           ('%(a)s%(b)s', {'a': '\u00e9', 'b': '\u65e5'}), ('%s', ''), ('%r', "it's"), ('%r', 'say "hi"')]
    rows = ['{%s, %s, %s}' % (cstr(f), cstr(enc(a)), cstr(outcome(lambda: f % a))) for f, a in pct]
    parts.append(table('percent_str_cases', 'PercentCase', rows))

    gi = []
    for t in ['abcdefghij', 'h\u00e9llo w\u00f6rld \u65e5\u672c', '']:
        for idx in [0, 1, -1, 5, -5, 9, 10, -11, 100]:
            gi.append((t, (idx,), outcome(lambda: t[idx])))
        for sl in [(2, 5, None), (None, 3, None), (7, None, None), (None, None, None), (-3, None, None),
                   (None, -3, None), (-5, -2, None), (None, None, 2), (1, None, 2), (None, None, 3),
                   (None, None, -1), (None, None, -2), (-1, None, -3), (8, 2, -1), (8, 2, -2), (2, 8, -1),
                   (5, 5, None), (20, None, None), (-20, 3, None), (3, 100, None), (100, -100, -1),
                   (None, 0, None), (0, 1, None), (None, None, 0), (1, 4, None), (6, 11, None)]:
            gi.append((t, sl, outcome(lambda: t[slice(*sl)])))
    rows = []
    for t, key, exp in gi:
        if len(key) == 1:
            rows.append('{%s, 0, %s, NULL, NULL, %s}' % (cstr(t), cstr(enc(key[0])), cstr(exp)))
        else:
            rows.append('{%s, 1, %s, %s, %s, %s}' % (cstr(t), cstr(enc(key[0])), cstr(enc(key[1])),
                                                     cstr(enc(key[2])), cstr(exp)))
    parts.append(table('getitem_cases', 'GetitemCase', rows))

    ops = []
    for a, op, b in [('ab', 'BINOP_ADD', 'cd'), ('ab', 'BINOP_MUL', 3), (3, 'BINOP_MUL', 'ab'), ('', 'BINOP_MUL', 5),
                     ('ab', 'BINOP_MUL', 0), ('ab', 'BINOP_MUL', -1), ('\u00e9', 'BINOP_MUL', 3), ('a', 'BINOP_ADD', 1),
                     ('abc', 'BINOP_MUL', 'abc'), ('abc', 'BINOP_SUB', 'a'), ('ab', 'BINOP_MUL', True),
                     ('a\u00e9', 'BINOP_ADD', '\u65e5'), ('%d', 'BINOP_MOD', 5), ('x', 'BINOP_MUL', 2.0),
                     ('ab', 'BINOP_ADD | BINOP_INPLACE', 'c')]:
        import operator
        fn = {'BINOP_ADD': operator.add, 'BINOP_MUL': operator.mul, 'BINOP_SUB': operator.sub,
              'BINOP_MOD': operator.mod, 'BINOP_ADD | BINOP_INPLACE': operator.iadd}[op]
        ops.append('{%s, %s, %s, %s}' % (cstr(enc(a)), op, cstr(enc(b)), cstr(outcome(lambda: fn(a, b)))))
    parts.append(table('str_binop_cases', 'BinopCase', ops))

    cmps = []
    words = ['apple', 'banana', 'Apple', 'ab', 'abc', '', 'a', 'Z', '10', '9', 'h\u00e9llo', 'hello', '\u65e5\u672c',
             '\u4e2d\u56fd', '\U0001F600', '\uffff']
    for a in words:
        for b in words:
            r = ''.join('T' if f(a, b) else 'F' for f in (lambda x, y: x < y, lambda x, y: x <= y,
                                                          lambda x, y: x == y, lambda x, y: x != y,
                                                          lambda x, y: x > y, lambda x, y: x >= y))
            cmps.append('{%s, %s, "%s"}' % (cstr(enc(a)), cstr(enc(b)), r))
    parts.append(table('str_cmp_cases', 'CmpCase', cmps))

    cont = []
    for a, b in [('ell', 'hello'), ('', 'abc'), ('abc', 'ab'), ('H', 'hello'), ('\u00e9', 'caf\u00e9'),
                 ('\u672c\u8a9e', '\u65e5\u672c\u8a9e'), (1, 'abc')]:
        cont.append('{%s, %s, %s}' % (cstr(enc(a)), cstr(enc(b)), cstr(outcome(lambda: a in b))))
    parts.append(table('contains_cases', 'ContainsCase', cont))
    return '\n\n'.join(parts)


def splice(path, body, gen_src):
    src = open(path).read()
    begin = CS + ' ---- generated by CPython 3.11 (see the script at the end of this file) ---- ' + CE
    end = CS + ' ---- end of generated tables ---- ' + CE
    a = src.index(begin) + len(begin)
    b = src.index(end)
    src = src[:a] + '\n' + body + '\n' + src[b:]
    c = src.index(CS + ' The generator of the tables above')
    src = src[:c] + CS + ' The generator of the tables above (run with /usr/bin/python3 3.11):\n\n' + gen_src + '\n' + CE + '\n'
    open(path, 'w').write(src)


if __name__ == '__main__':
    gen_src = open(__file__).read().rstrip('\n')
    assert CS not in gen_src and CE not in gen_src
    root = sys.argv[1] if len(sys.argv) > 1 else '/work/main'
    splice(root + '/tests/unit/test_number.c', gen_number(), gen_src)
    splice(root + '/tests/unit/test_str.c', gen_str(), gen_src)
*/
