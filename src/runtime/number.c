/* number.c - int, float, bool, NoneType and NotImplementedType, the numeric
 * operators with Python's exact semantics, hashing compatible with CPython,
 * float repr, int()/float() parsing and the numeric builtins
 * (abs, round, divmod, pow, hex, oct, bin, ord, chr).
 *
 * Documented deviations from CPython:
 *   - ints are 64-bit: results outside int64 raise
 *     OverflowError("int too large: glassjit ints are 64-bit");
 *   - a negative float raised to a non-integer power would be a complex
 *     number in CPython; glassjit has no complex type and raises
 *     ValueError("negative number cannot be raised to a fractional power").
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "strnum.h"
#include "vm.h"

/* ---- basics --------------------------------------------------------------------- */

Value int_overflow(VM *vm) { return vm_raise(vm, &OverflowErrorType, "int too large: glassjit ints are 64-bit"); }

Value int_from_i64(VM *vm, int64_t i) {
    if (smallint_fits(i)) return val_from_smallint(i);
    IntObj *o = gc_new(vm, &IntType, sizeof(IntObj));
    o->v = i;
    return OBJ_VAL(o);
}

static inline bool is_intlike(Value v) { return val_is_smallint(v) || val_is_bool(v) || val_is_type(v, &IntType); }

bool num_to_double(Value v, double *out) {
    if (val_is_float(v)) {
        *out = val_as_float(v);
        return true;
    }
    if (is_intlike(v)) {
        *out = (double)int_value(v);
        return true;
    }
    return false;
}

static Value mkfloat(double d) { return val_from_float(d); }

Value float_to_int(VM *vm, double d) {
    if (isnan(d)) return vm_raise(vm, &ValueErrorType, "cannot convert float NaN to integer");
    if (isinf(d)) return vm_raise(vm, &OverflowErrorType, "cannot convert float infinity to integer");
    double t = trunc(d);
    if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) return int_overflow(vm);
    return int_from_i64(vm, (int64_t)t);
}

int64_t int_floordiv(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

int64_t int_mod(int64_t a, int64_t b) {
    if (b == -1) return 0;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

/* ---- hashing (CPython's numeric hash, modulus 2**61 - 1) ------------------------------ */

#define HASH_BITS 61
#define HASH_MODULUS ((UINT64_C(1) << HASH_BITS) - 1)
#define HASH_INF 314159

int64_t hash_int(int64_t i) {
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    int64_t h = (int64_t)(u % HASH_MODULUS);
    if (i < 0) h = -h;
    if (h == -1) h = -2;
    return h;
}

int64_t hash_float(double v) {
    if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v)) return 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    if (h == -1) h = -2;
    return h;
}

/* ---- float repr ------------------------------------------------------------------------ */

/* Is there a prec-digit decimal that reads back as d (d finite, > 0)?  If so,
 * stores the one closest to d (digits, count, decimal exponent).  The
 * candidates are the correctly rounded prec-digit decimal (glibc's printf is
 * exact) and, because the rounding interval of d is asymmetric at powers of
 * two, its neighbour on the other side of d. */
static bool digits_with_prec(double d, int prec, char *digits, int *ndig, int *exp10) {
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
    double back = strtod(tmp, NULL);
    char *e = strchr(tmp, 'e');
    int ex = atoi(e + 1);
    int n = 0;
    for (char *p = tmp; p < e; p++)
        if (*p >= '0' && *p <= '9') digits[n++] = *p;
    if (back != d) {
        char alt[24];
        memcpy(alt, digits, (size_t)n);
        int altex = ex, k = n - 1;
        if (back < d) { /* next decimal up */
            while (k >= 0 && alt[k] == '9') alt[k--] = '0';
            if (k < 0) {
                alt[0] = '1';
                altex++;
            } else {
                alt[k]++;
            }
        } else { /* next decimal down */
            while (k >= 0 && alt[k] == '0') alt[k--] = '9';
            if (k < 0) return false;
            alt[k]--;
            if (alt[0] == '0') { /* 1000 -> 999 with one less exponent */
                memset(alt, '9', (size_t)n);
                altex--;
            }
        }
        char buf[48];
        snprintf(buf, sizeof buf, "%c.%.*se%d", alt[0], n - 1, alt + 1, altex);
        if (strtod(buf, NULL) != d) return false;
        memcpy(digits, alt, (size_t)n);
        ex = altex;
    }
    while (n > 1 && digits[n - 1] == '0') n--;
    *ndig = n;
    *exp10 = ex;
    return true;
}

/* Shortest round-trip digits (what David Gay's dtoa mode 0 returns).
 * "Some prec-digit decimal round-trips" is monotonic in prec, so binary
 * search; 17 digits always round-trip. */
static bool shortest_digits(double d, char *digits, int *ndig, int *exp10) {
    int lo = 1, hi = 17;
    char tmp[24];
    int tn, te;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (digits_with_prec(d, mid, tmp, &tn, &te))
            hi = mid;
        else
            lo = mid + 1;
    }
    return digits_with_prec(d, lo, digits, ndig, exp10);
}

int float_shortest_digits(double d, char *digits, int *decpt) {
    int n = 0, ex = 0;
    if (d == 0 || !isfinite(d)) {
        digits[0] = '0';
        digits[1] = '\0';
        *decpt = 1;
        return 1;
    }
    if (!shortest_digits(fabs(d), digits, &n, &ex)) {
        n = 1;
        digits[0] = '0';
    }
    digits[n] = '\0';
    *decpt = ex + 1;
    return n;
}

/* Lays out digits (d0.d1d2... x 10^exp) as CPython's repr does. */
static int layout_repr(bool neg, const char *digits, int n, int ex, char *out) {
    char *o = out;
    if (neg) *o++ = '-';
    if (ex < -4 || ex >= 16) {
        *o++ = digits[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)(n - 1));
            o += n - 1;
        }
        o += sprintf(o, "e%c%02d", ex < 0 ? '-' : '+', ex < 0 ? -ex : ex);
    } else if (ex >= 0) {
        int intlen = ex + 1;
        for (int i = 0; i < intlen; i++) *o++ = i < n ? digits[i] : '0';
        *o++ = '.';
        if (n > intlen) {
            memcpy(o, digits + intlen, (size_t)(n - intlen));
            o += n - intlen;
        } else {
            *o++ = '0';
        }
    } else {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -ex - 1; i++) *o++ = '0';
        memcpy(o, digits, (size_t)n);
        o += n;
    }
    *o = '\0';
    return (int)(o - out);
}

int format_float_repr(double d, char *buf, size_t size) {
    char tmp[64];
    int n;
    if (isnan(d)) {
        n = snprintf(tmp, sizeof tmp, "nan");
    } else if (isinf(d)) {
        n = snprintf(tmp, sizeof tmp, d > 0 ? "inf" : "-inf");
    } else if (d == 0) {
        n = snprintf(tmp, sizeof tmp, signbit(d) ? "-0.0" : "0.0");
    } else {
        char digits[24];
        int nd = 0, ex = 0;
        bool neg = d < 0;
        if (!shortest_digits(fabs(d), digits, &nd, &ex)) {
            snprintf(digits, sizeof digits, "%.16e", fabs(d)); /* unreachable: 17 digits always round-trip */
        }
        n = layout_repr(neg, digits, nd, ex, tmp);
    }
    if (size > 0) {
        size_t k = (size_t)n < size - 1 ? (size_t)n : size - 1;
        memcpy(buf, tmp, k);
        buf[k] = '\0';
    }
    return n;
}

static Value ascii_str(VM *vm, const char *s, int n) { return OBJ_VAL(str_new(vm, s, n)); }

Value float_repr_value(VM *vm, double d) {
    char buf[64];
    int n = format_float_repr(d, buf, sizeof buf);
    return ascii_str(vm, buf, n);
}

int format_int_base(int64_t v, int base, bool upper, const char *prefix, char *buf) {
    char tmp[72];
    int n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        tmp[n++] = dig[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    char *o = buf;
    if (v < 0) *o++ = '-';
    if (prefix)
        while (*prefix) *o++ = *prefix++;
    while (n) *o++ = tmp[--n];
    *o = '\0';
    return (int)(o - buf);
}

/* ---- arithmetic --------------------------------------------------------------------------- */

static int bitlen64(uint64_t u) { return u ? 64 - __builtin_clzll(u) : 0; }

/* Correctly rounded a / b for int64 operands (CPython's true division is exact). */
static double int_truediv(int64_t a, int64_t b) {
    const int64_t lim = INT64_C(1) << 53;
    if (a >= -lim && a <= lim && b >= -lim && b <= lim) return (double)a / (double)b;
    bool neg = (a < 0) != (b < 0);
    uint64_t na = a < 0 ? (uint64_t)0 - (uint64_t)a : (uint64_t)a;
    uint64_t nb = b < 0 ? (uint64_t)0 - (uint64_t)b : (uint64_t)b;
    if (na == 0) return neg ? -0.0 : 0.0;
    int s = 55 + bitlen64(nb) - bitlen64(na);
    unsigned __int128 q, r;
    if (s >= 0) {
        unsigned __int128 num = (unsigned __int128)na << s;
        q = num / nb;
        r = num % nb;
    } else {
        unsigned __int128 den = (unsigned __int128)nb << -s;
        q = na / den;
        r = na % den;
    }
    int k = 0;
    for (unsigned __int128 t = q; t; t >>= 1) k++;
    int drop = k - 53;
    uint64_t mant;
    if (drop > 0) {
        uint64_t low = (uint64_t)(q & (((unsigned __int128)1 << drop) - 1));
        uint64_t half = (uint64_t)1 << (drop - 1);
        mant = (uint64_t)(q >> drop);
        if (low > half || (low == half && (r != 0 || (mant & 1)))) mant++;
    } else {
        mant = (uint64_t)q;
        drop = 0;
    }
    double res = ldexp((double)mant, drop - s);
    return neg ? -res : res;
}

static bool dbl_is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

static Value float_pow(VM *vm, double iv, double iw) {
    if (iw == 0) return mkfloat(1.0);
    if (isnan(iv)) return mkfloat(iv);
    if (isnan(iw)) return mkfloat(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return mkfloat(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return mkfloat(fabs(iw));
        return mkfloat(0.0);
    }
    if (isinf(iv)) {
        bool odd = dbl_is_odd_integer(iw);
        if (iw > 0.0) return mkfloat(odd ? iv : fabs(iv));
        return mkfloat(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = dbl_is_odd_integer(iw);
        if (iw < 0.0) return vm_raise(vm, &ZeroDivisionErrorType, "0.0 cannot be raised to a negative power");
        return mkfloat(odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))
            return vm_raise(vm, &ValueErrorType, "negative number cannot be raised to a fractional power");
        iv = -iv;
        negate = dbl_is_odd_integer(iw);
    }
    if (iv == 1.0) return mkfloat(negate ? -1.0 : 1.0);
    double ix = pow(iv, iw);
    if (negate) ix = -ix;
    if (isinf(ix)) return vm_raise(vm, &OverflowErrorType, "(34, 'Numerical result out of range')");
    return mkfloat(ix);
}

/* CPython's _float_div_mod */
static void float_divmod(double vx, double wx, double *floordiv, double *modp) {
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modp = mod;
}

static Value float_binop(VM *vm, double x, double y, int op) {
    switch (op) {
    case BINOP_ADD: return mkfloat(x + y);
    case BINOP_SUB: return mkfloat(x - y);
    case BINOP_MUL: return mkfloat(x * y);
    case BINOP_TRUEDIV:
        if (y == 0) return vm_raise(vm, &ZeroDivisionErrorType, "float division by zero");
        return mkfloat(x / y);
    case BINOP_FLOORDIV: {
        if (y == 0) return vm_raise(vm, &ZeroDivisionErrorType, "float floor division by zero");
        double q, r;
        float_divmod(x, y, &q, &r);
        return mkfloat(q);
    }
    case BINOP_MOD: {
        if (y == 0) return vm_raise(vm, &ZeroDivisionErrorType, "float modulo");
        double mod = fmod(x, y);
        if (mod) {
            if ((y < 0) != (mod < 0)) mod += y;
        } else {
            mod = copysign(0.0, y);
        }
        return mkfloat(mod);
    }
    case BINOP_POW: return float_pow(vm, x, y);
    default: return VAL_NOTIMPL; /* shifts and bit operations are not defined on floats */
    }
}

static Value int_pow(VM *vm, int64_t a, int64_t b) {
    if (b < 0) {
        if (a == 0) return vm_raise(vm, &ZeroDivisionErrorType, "0.0 cannot be raised to a negative power");
        return float_pow(vm, (double)a, (double)b);
    }
    if (a == 1 || b == 0) return int_from_i64(vm, 1);
    if (a == 0) return int_from_i64(vm, 0);
    if (a == -1) return int_from_i64(vm, (b & 1) ? -1 : 1);
    int64_t result = 1, base = a;
    for (;;) {
        if (b & 1) {
            if (__builtin_mul_overflow(result, base, &result)) return int_overflow(vm);
        }
        b >>= 1;
        if (!b) break;
        if (__builtin_mul_overflow(base, base, &base)) return int_overflow(vm);
    }
    return int_from_i64(vm, result);
}

static Value int_binop(VM *vm, int64_t a, int64_t b, int op) {
    int64_t r;
    switch (op) {
    case BINOP_ADD:
        if (__builtin_add_overflow(a, b, &r)) return int_overflow(vm);
        return int_from_i64(vm, r);
    case BINOP_SUB:
        if (__builtin_sub_overflow(a, b, &r)) return int_overflow(vm);
        return int_from_i64(vm, r);
    case BINOP_MUL:
        if (__builtin_mul_overflow(a, b, &r)) return int_overflow(vm);
        return int_from_i64(vm, r);
    case BINOP_TRUEDIV:
        if (b == 0) return vm_raise(vm, &ZeroDivisionErrorType, "division by zero");
        return mkfloat(int_truediv(a, b));
    case BINOP_FLOORDIV:
        if (b == 0) return vm_raise(vm, &ZeroDivisionErrorType, "integer division or modulo by zero");
        if (b == -1) {
            if (a == INT64_MIN) return int_overflow(vm);
            return int_from_i64(vm, -a);
        }
        return int_from_i64(vm, int_floordiv(a, b));
    case BINOP_MOD:
        if (b == 0) return vm_raise(vm, &ZeroDivisionErrorType, "integer modulo by zero");
        return int_from_i64(vm, int_mod(a, b));
    case BINOP_POW: return int_pow(vm, a, b);
    case BINOP_LSHIFT:
        if (b < 0) return vm_raise(vm, &ValueErrorType, "negative shift count");
        if (a == 0) return int_from_i64(vm, 0);
        if (b >= 63) return int_overflow(vm);
        r = (int64_t)((uint64_t)a << b);
        if ((r >> b) != a) return int_overflow(vm);
        return int_from_i64(vm, r);
    case BINOP_RSHIFT:
        if (b < 0) return vm_raise(vm, &ValueErrorType, "negative shift count");
        if (b >= 63) return int_from_i64(vm, a < 0 ? -1 : 0);
        return int_from_i64(vm, a >> b);
    case BINOP_AND: return int_from_i64(vm, a & b);
    case BINOP_OR: return int_from_i64(vm, a | b);
    case BINOP_XOR: return int_from_i64(vm, a ^ b);
    default: return VAL_NOTIMPL;
    }
}

Value number_binop(VM *vm, Value a, Value b, int op) {
    op &= ~BINOP_INPLACE;
    if (is_intlike(a) && is_intlike(b)) {
        if (val_is_bool(a) && val_is_bool(b)) {
            if (op == BINOP_AND) return val_from_bool((a & b & 1) != 0);
            if (op == BINOP_OR) return val_from_bool(((a | b) & 1) != 0);
            if (op == BINOP_XOR) return val_from_bool(((a ^ b) & 1) != 0);
        }
        return int_binop(vm, int_value(a), int_value(b), op);
    }
    double x, y;
    if (!num_to_double(a, &x) || !num_to_double(b, &y)) return VAL_NOTIMPL;
    return float_binop(vm, x, y, op);
}

Value number_unop(VM *vm, Value a, int op) {
    if (val_is_float(a)) {
        double d = val_as_float(a);
        if (op == UNOP_NEG) return mkfloat(-d);
        if (op == UNOP_POS) return a;
        return VAL_NOTIMPL;
    }
    if (!is_intlike(a)) return VAL_NOTIMPL;
    int64_t i = int_value(a);
    switch (op) {
    case UNOP_NEG:
        if (i == INT64_MIN) return int_overflow(vm);
        return int_from_i64(vm, -i);
    case UNOP_POS: return int_from_i64(vm, i);
    case UNOP_INVERT: return int_from_i64(vm, ~i);
    default: return VAL_NOTIMPL;
    }
}

/* ---- comparison --------------------------------------------------------------------------- */

/* -1, 0, 1, or 2 when unordered (nan) */
static int cmp_int_double(int64_t i, double d) {
    if (isnan(d)) return 2;
    if (d >= 9223372036854775808.0) return -1;
    if (d < -9223372036854775808.0) return 1;
    double t = trunc(d);
    int64_t ti = (int64_t)t;
    if (i < ti) return -1;
    if (i > ti) return 1;
    double frac = d - t;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

static Value cmp_result(int c, int op) {
    if (c == 2) return val_from_bool(op == CMP_NE);
    switch (op) {
    case CMP_LT: return val_from_bool(c < 0);
    case CMP_LE: return val_from_bool(c <= 0);
    case CMP_EQ: return val_from_bool(c == 0);
    case CMP_NE: return val_from_bool(c != 0);
    case CMP_GT: return val_from_bool(c > 0);
    default: return val_from_bool(c >= 0);
    }
}

Value number_richcmp(VM *vm, Value a, Value b, int op) {
    (void)vm;
    if (is_intlike(a)) {
        int64_t x = int_value(a);
        if (is_intlike(b)) {
            int64_t y = int_value(b);
            return cmp_result(x < y ? -1 : x > y, op);
        }
        if (val_is_float(b)) return cmp_result(cmp_int_double(x, val_as_float(b)), op);
        return VAL_NOTIMPL;
    }
    if (val_is_float(a)) {
        double x = val_as_float(a);
        if (val_is_float(b)) {
            double y = val_as_float(b);
            if (isnan(x) || isnan(y)) return cmp_result(2, op);
            return cmp_result(x < y ? -1 : x > y, op);
        }
        if (is_intlike(b)) {
            int c = cmp_int_double(int_value(b), x);
            return cmp_result(c == 2 ? 2 : -c, op);
        }
    }
    return VAL_NOTIMPL;
}

/* ---- parsing ------------------------------------------------------------------------------- */

/* ASCII working copy: non-ASCII whitespace -> ' ', Unicode decimal digits -> '0'..'9',
 * other non-ASCII -> '?' (like CPython's _PyUnicode_TransformDecimalAndSpaceToASCII). */
static char *to_ascii_work(const char *s, int64_t n, int64_t *outn) {
    char *w = malloc((size_t)n + 1);
    int64_t k = 0;
    const char *p = s, *end = s + n;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            w[k++] = (char)c;
            p++;
            continue;
        }
        uint32_t cp = utf8_decode(&p);
        int dv = uni_decimal_value(cp);
        if (dv >= 0)
            w[k++] = (char)('0' + dv);
        else if (uni_isspace(cp))
            w[k++] = ' ';
        else
            w[k++] = '?';
    }
    w[k] = '\0';
    *outn = k;
    return w;
}

static bool ascii_space(char c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31); }

/* repr of the original text, truncated to maxlen code points (CPython's %.200R) */
static Value repr_trunc(VM *vm, const char *s, int64_t n, int64_t maxlen) {
    Value r = str_repr(vm, OBJ_VAL(str_new(vm, s, n)));
    Str *rs = AS(Str, r);
    if (maxlen < 0 || rs->len <= maxlen) return r;
    int64_t off = str_byte_offset(rs, maxlen);
    return OBJ_VAL(str_new(vm, rs->data, off));
}

static Value int_parse_error(VM *vm, const char *s, int64_t n, int base) {
    Value r = repr_trunc(vm, s, n, 200);
    return vm_raise(vm, &ValueErrorType, "invalid literal for int() with base %d: %s", base, AS(Str, r)->data);
}

static int digit_val(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

Value int_parse(VM *vm, const char *s, int64_t n, int base) {
    if (base != 0 && (base < 2 || base > 36))
        return vm_raise(vm, &ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
    int64_t wn;
    char *w = to_ascii_work(s, n, &wn);
    const char *p = w, *end = w + wn;
    int b = base;
    bool neg = false, ok = false, overflow = false;
    uint64_t acc = 0;
    while (p < end && ascii_space(*p)) p++;
    while (end > p && ascii_space(end[-1])) end--;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    bool had_prefix = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        if ((c == 'x' && (b == 16 || b == 0)) || (c == 'o' && (b == 8 || b == 0)) || (c == 'b' && (b == 2 || b == 0))) {
            b = c == 'x' ? 16 : c == 'o' ? 8 : 2;
            p += 2;
            had_prefix = true;
        }
    }
    bool base0_dec = false;
    if (b == 0) {
        b = 10;
        base0_dec = true;
    }
    if (had_prefix && p < end && *p == '_') p++;
    if (p < end && *p != '_') {
        ok = true;
        bool prev_us = false, nonzero = false;
        uint64_t limit = neg ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1;
        for (; p < end; p++) {
            if (*p == '_') {
                if (prev_us) {
                    ok = false;
                    break;
                }
                prev_us = true;
                continue;
            }
            prev_us = false;
            int d = digit_val(*p);
            if (d >= b) {
                ok = false;
                break;
            }
            if (d) nonzero = true;
            if (!overflow) {
                if (acc > (limit - (uint64_t)d) / (uint64_t)b)
                    overflow = true;
                else
                    acc = acc * (uint64_t)b + (uint64_t)d;
            }
        }
        if (prev_us) ok = false;
        /* base 0 decimal: no leading zeros unless the value is zero */
        if (ok && base0_dec && !nonzero) {
            /* all zeros: fine */
        } else if (ok && base0_dec) {
            const char *q = w;
            while (ascii_space(*q)) q++;
            if (*q == '+' || *q == '-') q++;
            if (*q == '0') ok = false;
        }
    }
    free(w);
    if (!ok) return int_parse_error(vm, s, n, base);
    if (overflow) return int_overflow(vm);
    int64_t v = neg ? (int64_t)((uint64_t)0 - acc) : (int64_t)acc;
    return int_from_i64(vm, v);
}

static Value float_parse_error(VM *vm, const char *s, int64_t n) {
    Value r = repr_trunc(vm, s, n, -1);
    return vm_raise(vm, &ValueErrorType, "could not convert string to float: %s", AS(Str, r)->data);
}

static bool ieq(const char *p, int64_t n, const char *word) {
    if ((int64_t)strlen(word) != n) return false;
    for (int64_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i]) return false;
    return true;
}

/* Validates Python's float literal syntax (digits with single underscores
 * between them) and copies it without underscores into out. */
static bool float_syntax(const char *p, const char *end, char *out) {
    char *o = out;
    bool mant_digits = false;
    /* digit run: d(_?d)* */
#define DIGITS(flag)                                                     \
    do {                                                                 \
        if (p < end && *p >= '0' && *p <= '9') {                          \
            flag = true;                                                 \
            *o++ = *p++;                                                 \
            for (;;) {                                                   \
                if (p < end && *p >= '0' && *p <= '9') {                  \
                    *o++ = *p++;                                         \
                } else if (p + 1 < end && *p == '_' && p[1] >= '0' && p[1] <= '9') { \
                    p++;                                                 \
                } else {                                                 \
                    break;                                               \
                }                                                        \
            }                                                            \
        }                                                                \
    } while (0)
    DIGITS(mant_digits);
    if (p < end && *p == '.') {
        *o++ = *p++;
        bool frac = false;
        DIGITS(frac);
        mant_digits = mant_digits || frac;
    }
    if (!mant_digits) return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
        bool ed = false;
        DIGITS(ed);
        if (!ed) return false;
    }
#undef DIGITS
    *o = '\0';
    return p == end;
}

Value float_parse(VM *vm, const char *s, int64_t n) {
    int64_t wn;
    char *w = to_ascii_work(s, n, &wn);
    const char *p = w, *end = w + wn;
    while (p < end && ascii_space(*p)) p++;
    while (end > p && ascii_space(end[-1])) end--;
    bool neg = false;
    const char *body = p;
    if (body < end && (*body == '+' || *body == '-')) neg = *body++ == '-';
    double d;
    if (ieq(body, end - body, "inf") || ieq(body, end - body, "infinity")) {
        d = neg ? -INFINITY : INFINITY;
    } else if (ieq(body, end - body, "nan")) {
        d = NAN;
    } else {
        char *buf = malloc((size_t)(end - p) + 2);
        char *o = buf;
        if (neg) *o++ = '-';
        bool ok = float_syntax(body, end, o);
        if (!ok) {
            free(buf);
            free(w);
            return float_parse_error(vm, s, n);
        }
        d = strtod(buf, NULL);
        free(buf);
    }
    free(w);
    return mkfloat(d);
}

/* ---- type slots: int ---------------------------------------------------------------------------- */

static Value int_repr(VM *vm, Value self) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)int_value(self));
    return ascii_str(vm, buf, n);
}

static int int_hash(VM *vm, Value self, int64_t *out) {
    (void)vm;
    *out = hash_int(int_value(self));
    return 0;
}

static int int_truthy(VM *vm, Value self) {
    (void)vm;
    return int_value(self) != 0;
}

static Value num_binop_slot(VM *vm, Value a, Value b, int op) { return number_binop(vm, a, b, op); }

static Value call_dunder_int(VM *vm, Value x, Str *name, const char *what) {
    Value r = value_call_method(vm, x, name, NULL, 0);
    if (r == VAL_ERR) return VAL_ERR;
    if (!is_intlike(r))
        return vm_raise(vm, &TypeErrorType, "%s returned non-int (type %s)", what, type_name_of(r));
    return int_from_i64(vm, int_value(r));
}

static bool has_method(VM *vm, Value v, Str *name) {
    (void)vm;
    return name && type_lookup(val_type(v), name) != VAL_UNDEF;
}

static Value int_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)t;
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs + nkw > 2) return vm_raise(vm, &TypeErrorType, "int() takes at most 2 arguments (%d given)", nargs + nkw);
    Value x = nargs > 0 ? args[0] : VAL_UNDEF;
    Value vbase = nargs > 1 ? args[1] : VAL_UNDEF;
    for (int k = 0; k < nkw; k++) {
        Str *kn = AS(Str, kwnames->items[k]);
        if (strcmp(kn->data, "base") != 0)
            return vm_raise(vm, &TypeErrorType, "'%s' is an invalid keyword argument for int()", kn->data);
        if (vbase != VAL_UNDEF)
            return vm_raise(vm, &TypeErrorType, "argument for int() given by name ('base') and position (2)");
        vbase = args[nargs + k];
    }
    if (x == VAL_UNDEF) {
        if (vbase != VAL_UNDEF) return vm_raise(vm, &TypeErrorType, "int() missing string argument");
        return int_from_i64(vm, 0);
    }
    if (vbase != VAL_UNDEF) {
        int64_t base;
        if (sn_index(vm, vbase, &base) < 0) return VAL_ERR;
        if (!val_is_str(x)) return vm_raise(vm, &TypeErrorType, "int() can't convert non-string with explicit base");
        if (base != 0 && (base < 2 || base > 36))
            return vm_raise(vm, &ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
        return int_parse(vm, AS(Str, x)->data, AS(Str, x)->nbytes, (int)base);
    }
    if (val_is_smallint(x) || val_is_type(x, &IntType)) return x;
    if (val_is_bool(x)) return int_from_i64(vm, int_value(x));
    if (val_is_float(x)) return float_to_int(vm, val_as_float(x));
    if (val_is_str(x)) return int_parse(vm, AS(Str, x)->data, AS(Str, x)->nbytes, 10);
    if (has_method(vm, x, vm->names.__int__)) return call_dunder_int(vm, x, vm->names.__int__, "__int__");
    if (has_method(vm, x, vm->names.__index__)) return call_dunder_int(vm, x, vm->names.__index__, "__index__");
    return vm_raise(vm, &TypeErrorType,
                    "int() argument must be a string, a bytes-like object or a real number, not '%s'", type_name_of(x));
}

static Value int_getattr(VM *vm, Value self, Str *name) {
    const char *n = name->data;
    if (!strcmp(n, "real") || !strcmp(n, "numerator")) return int_from_i64(vm, int_value(self));
    if (!strcmp(n, "imag")) return int_from_i64(vm, 0);
    if (!strcmp(n, "denominator")) return int_from_i64(vm, 1);
    return VAL_UNDEF;
}

/* ---- int / float / bool methods --------------------------------------------------------------------- */

static Value m_bit_length(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "int.bit_length", kwnames) < 0 ||
        sn_check_nargs(vm, "int.bit_length", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    int64_t i = int_value(args[0]);
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    return int_from_i64(vm, bitlen64(u));
}

static Value m_bit_count(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "int.bit_count", kwnames) < 0 ||
        sn_check_nargs(vm, "int.bit_count", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    int64_t i = int_value(args[0]);
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    return int_from_i64(vm, __builtin_popcountll(u));
}

static Value m_int_self(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "int.__int__", kwnames) < 0 || sn_check_nargs(vm, "int.__int__", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    return int_from_i64(vm, int_value(args[0]));
}

static Value m_num_float(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "__float__", kwnames) < 0 || sn_check_nargs(vm, "__float__", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    double d = 0.0;
    num_to_double(args[0], &d);
    return mkfloat(d);
}

static Value m_float_int(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "float.__int__", kwnames) < 0 ||
        sn_check_nargs(vm, "float.__int__", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    return float_to_int(vm, val_as_float(args[0]));
}

static Value unop_method(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *name, int op) {
    if (sn_no_kw(vm, name, kwnames) < 0 || sn_check_nargs(vm, name, ARGS_NOARGS, nargs - 1, 0, 0) < 0) return VAL_ERR;
    return number_unop(vm, args[0], op);
}
static Value m_neg(VM *vm, Value *a, int n, Tuple *k) { return unop_method(vm, a, n, k, "__neg__", UNOP_NEG); }
static Value m_pos(VM *vm, Value *a, int n, Tuple *k) { return unop_method(vm, a, n, k, "__pos__", UNOP_POS); }
static Value m_invert(VM *vm, Value *a, int n, Tuple *k) { return unop_method(vm, a, n, k, "__invert__", UNOP_INVERT); }

static Value num_abs(VM *vm, Value x) {
    if (val_is_float(x)) return mkfloat(fabs(val_as_float(x)));
    int64_t i = int_value(x);
    if (i == INT64_MIN) return int_overflow(vm);
    return int_from_i64(vm, i < 0 ? -i : i);
}

static Value m_abs(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "__abs__", kwnames) < 0 || sn_check_nargs(vm, "__abs__", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    return num_abs(vm, args[0]);
}

static Value m_num_format(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "__format__", kwnames) < 0 || sn_check_nargs(vm, "__format__", ARGS_CLINIC, nargs - 1, 1, 1) < 0)
        return VAL_ERR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &TypeErrorType, "__format__() argument must be str, not %s", type_name_of(args[1]));
    return format_value(vm, args[0], AS(Str, args[1]));
}

static Value m_is_integer(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "float.is_integer", kwnames) < 0 ||
        sn_check_nargs(vm, "float.is_integer", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    double d = val_as_float(args[0]);
    return val_from_bool(isfinite(d) && d == floor(d));
}

static Value m_conjugate(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "conjugate", kwnames) < 0 || sn_check_nargs(vm, "conjugate", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    if (val_is_float(args[0])) return args[0];
    return int_from_i64(vm, int_value(args[0]));
}

static Value round_impl(VM *vm, Value x, Value nd);

static Value m_round(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "__round__", kwnames) < 0 || sn_check_nargs(vm, "__round__", ARGS_CLINIC, nargs - 1, 0, 1) < 0)
        return VAL_ERR;
    return round_impl(vm, args[0], nargs > 1 ? args[1] : VAL_NONE);
}

static Value m_float_trunc(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "float.__trunc__", kwnames) < 0 ||
        sn_check_nargs(vm, "float.__trunc__", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    return float_to_int(vm, val_as_float(args[0]));
}

static Value m_float_floor(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "float.__floor__", kwnames) < 0 ||
        sn_check_nargs(vm, "float.__floor__", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    return float_to_int(vm, floor(val_as_float(args[0])));
}

static Value m_float_ceil(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "float.__ceil__", kwnames) < 0 ||
        sn_check_nargs(vm, "float.__ceil__", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    return float_to_int(vm, ceil(val_as_float(args[0])));
}

static Value m_as_integer_ratio(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "as_integer_ratio", kwnames) < 0 ||
        sn_check_nargs(vm, "as_integer_ratio", ARGS_NOARGS, nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    if (!val_is_float(args[0])) return tuple_pack(vm, 2, int_from_i64(vm, int_value(args[0])), int_from_i64(vm, 1));
    double d = val_as_float(args[0]);
    if (isinf(d)) return vm_raise(vm, &OverflowErrorType, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return vm_raise(vm, &ValueErrorType, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    /* d == m * 2**e with m integral */
    if (fabs(m) >= 9223372036854775808.0) return int_overflow(vm);
    int64_t num = (int64_t)m, den = 1;
    if (e > 0) {
        for (int i = 0; i < e; i++)
            if (__builtin_mul_overflow(num, 2, &num)) return int_overflow(vm);
    } else {
        while (e < 0 && (num % 2) == 0 && num != 0) {
            num /= 2;
            e++;
        }
        if (num == 0) e = 0;
        if (-e >= 63) return int_overflow(vm);
        den = INT64_C(1) << -e;
    }
    return tuple_pack(vm, 2, int_from_i64(vm, num), int_from_i64(vm, den));
}

static const MethodDef int_methods[] = {
    {"bit_length", m_bit_length, 0},
    {"bit_count", m_bit_count, 0},
    {"conjugate", m_conjugate, 0},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"__int__", m_int_self, 0},
    {"__index__", m_int_self, 0},
    {"__trunc__", m_int_self, 0},
    {"__floor__", m_int_self, 0},
    {"__ceil__", m_int_self, 0},
    {"__float__", m_num_float, 0},
    {"__neg__", m_neg, 0},
    {"__pos__", m_pos, 0},
    {"__invert__", m_invert, 0},
    {"__abs__", m_abs, 0},
    {"__round__", m_round, 0},
    {"__format__", m_num_format, 0},
    {NULL, NULL, 0},
};

static const MethodDef float_methods[] = {
    {"is_integer", m_is_integer, 0},
    {"conjugate", m_conjugate, 0},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"__int__", m_float_int, 0},
    {"__trunc__", m_float_trunc, 0},
    {"__floor__", m_float_floor, 0},
    {"__ceil__", m_float_ceil, 0},
    {"__float__", m_num_float, 0},
    {"__neg__", m_neg, 0},
    {"__pos__", m_pos, 0},
    {"__abs__", m_abs, 0},
    {"__round__", m_round, 0},
    {"__format__", m_num_format, 0},
    {NULL, NULL, 0},
};

/* ---- float slots ---------------------------------------------------------------------------- */

static Value float_repr_slot(VM *vm, Value self) { return float_repr_value(vm, val_as_float(self)); }

static int float_hash(VM *vm, Value self, int64_t *out) {
    (void)vm;
    *out = hash_float(val_as_float(self));
    return 0;
}

static int float_truthy(VM *vm, Value self) {
    (void)vm;
    return val_as_float(self) != 0.0;
}

static Value float_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)t;
    if (sn_no_kw(vm, "float", kwnames) < 0 || sn_check_nargs(vm, "float", ARGS_CLINIC, nargs, 0, 1) < 0) return VAL_ERR;
    if (nargs == 0) return mkfloat(0.0);
    Value x = args[0];
    if (val_is_float(x)) return x;
    if (is_intlike(x)) return mkfloat((double)int_value(x));
    if (val_is_str(x)) return float_parse(vm, AS(Str, x)->data, AS(Str, x)->nbytes);
    if (has_method(vm, x, vm->names.__float__)) {
        Value r = value_call_method(vm, x, vm->names.__float__, NULL, 0);
        if (r == VAL_ERR) return VAL_ERR;
        if (!val_is_float(r))
            return vm_raise(vm, &TypeErrorType, "%s.__float__ returned non-float (type %s)", type_name_of(x),
                            type_name_of(r));
        return r;
    }
    if (has_method(vm, x, vm->names.__index__)) {
        int64_t i;
        if (value_index(vm, x, &i) == VAL_ERR) return VAL_ERR;
        return mkfloat((double)i);
    }
    return vm_raise(vm, &TypeErrorType, "float() argument must be a string or a real number, not '%s'", type_name_of(x));
}

static Value float_getattr(VM *vm, Value self, Str *name) {
    (void)vm;
    if (!strcmp(name->data, "real")) return self;
    if (!strcmp(name->data, "imag")) return mkfloat(0.0);
    return VAL_UNDEF;
}

/* ---- bool, None, NotImplemented ------------------------------------------------------------------ */

static Value bool_repr(VM *vm, Value self) {
    return OBJ_VAL(str_intern_cstr(vm, self == VAL_TRUE ? "True" : "False"));
}

static Value bool_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)t;
    if (sn_no_kw(vm, "bool", kwnames) < 0 || sn_check_nargs(vm, "bool", ARGS_CLINIC, nargs, 0, 1) < 0) return VAL_ERR;
    if (nargs == 0) return VAL_FALSE;
    int r = value_truthy(vm, args[0]);
    if (r < 0) return VAL_ERR;
    return val_from_bool(r);
}

static Value none_repr(VM *vm, Value self) {
    (void)self;
    return OBJ_VAL(str_intern_cstr(vm, "None"));
}

static int none_hash(VM *vm, Value self, int64_t *out) {
    (void)vm;
    (void)self;
    *out = 0xFCA86420 >> 4; /* any constant: CPython 3.11 hashes None by address */
    return 0;
}

static int none_truthy(VM *vm, Value self) {
    (void)vm;
    (void)self;
    return 0;
}

static Value none_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)t;
    (void)args;
    if (nargs || (kwnames && kwnames->len)) return vm_raise(vm, &TypeErrorType, "NoneType takes no arguments");
    return VAL_NONE;
}

static Value notimpl_repr(VM *vm, Value self) {
    (void)self;
    return OBJ_VAL(str_intern_cstr(vm, "NotImplemented"));
}

static int ident_hash(VM *vm, Value self, int64_t *out) {
    (void)vm;
    *out = hash_int((int64_t)(self >> 3));
    return 0;
}

static Value notimpl_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)t;
    (void)args;
    if (nargs || (kwnames && kwnames->len)) return vm_raise(vm, &TypeErrorType, "NotImplementedType takes no arguments");
    return VAL_NOTIMPL;
}

Type IntType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "int",
    .base = &ObjectType,
    .repr = int_repr,
    .hash = int_hash,
    .richcmp = number_richcmp,
    .truthy = int_truthy,
    .binop = num_binop_slot,
    .construct = int_construct,
    .getattr = int_getattr,
};

Type BoolType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "bool",
    .base = &IntType,
    .repr = bool_repr,
    .hash = int_hash,
    .richcmp = number_richcmp,
    .truthy = int_truthy,
    .binop = num_binop_slot,
    .construct = bool_construct,
    .getattr = int_getattr,
};

Type FloatType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "float",
    .base = &ObjectType,
    .repr = float_repr_slot,
    .hash = float_hash,
    .richcmp = number_richcmp,
    .truthy = float_truthy,
    .binop = num_binop_slot,
    .construct = float_construct,
    .getattr = float_getattr,
};

Type NoneType_ = {
    .hdr = STATIC_TYPE_HDR,
    .name = "NoneType",
    .base = &ObjectType,
    .repr = none_repr,
    .hash = none_hash,
    .truthy = none_truthy,
    .construct = none_construct,
};

Type NotImplementedType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "NotImplementedType",
    .base = &ObjectType,
    .repr = notimpl_repr,
    .hash = ident_hash,
    .construct = notimpl_construct,
};

/* ---- round ---------------------------------------------------------------------------------------- */

/* CPython's double_round: correctly rounded (half-even on the exact binary value) to ndigits. */
static Value double_round(VM *vm, double x, int64_t nd) {
    const int64_t NDIGITS_MAX = (int64_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int64_t NDIGITS_MIN = -(int64_t)((DBL_MAX_EXP + 1) * 0.30103);
    if (!isfinite(x)) return mkfloat(x);
    if (nd > NDIGITS_MAX) return mkfloat(x);
    if (nd < NDIGITS_MIN) return mkfloat(0.0 * x);
    if (x == 0.0) return mkfloat(x);
    /* exact decimal expansion of |x| */
    static char buf[1500];
    int n = snprintf(buf, sizeof buf, "%.1100f", fabs(x));
    char *dot = strchr(buf, '.');
    int intlen = (int)(dot - buf);
    /* digits without the point */
    static char dig[1500];
    memcpy(dig, buf, (size_t)intlen);
    memcpy(dig + intlen, dot + 1, (size_t)(n - intlen - 1));
    int ndig = n - 1;
    /* keep = number of digits kept (from the left) */
    int64_t keep = intlen + nd;
    int64_t res_exp; /* value = kept digits * 10^(-nd) */
    char out[1500];
    int olen = 0;
    if (keep < 0) {
        return mkfloat(copysign(0.0, x));
    }
    /* rounding decision */
    bool up = false;
    if (keep < ndig) {
        char first = dig[keep];
        if (first > '5') {
            up = true;
        } else if (first == '5') {
            bool rest = false;
            for (int i = (int)keep + 1; i < ndig; i++)
                if (dig[i] != '0') {
                    rest = true;
                    break;
                }
            if (rest)
                up = true;
            else
                up = keep > 0 && ((dig[keep - 1] - '0') & 1);
        }
    }
    out[olen++] = '0'; /* room for a carry */
    for (int64_t i = 0; i < keep && i < ndig; i++) out[olen++] = dig[i];
    if (up) {
        int k = olen - 1;
        while (out[k] == '9') out[k--] = '0';
        out[k]++;
    }
    res_exp = -nd;
    out[olen] = '\0';
    char num[1600];
    snprintf(num, sizeof num, "%s%se%lld", x < 0 ? "-" : "", out, (long long)res_exp);
    double r = strtod(num, NULL);
    if (isinf(r)) return vm_raise(vm, &OverflowErrorType, "rounded value too large to represent");
    if (r == 0) r = copysign(0.0, x);
    return mkfloat(r);
}

static Value round_half_even_int(VM *vm, double x) {
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return float_to_int(vm, r);
}

static Value int_round(VM *vm, int64_t v, int64_t nd) {
    if (nd >= 0) return int_from_i64(vm, v);
    __int128 pow10 = 1;
    int64_t k = -nd;
    if (k > 30) return int_from_i64(vm, 0);
    for (int64_t i = 0; i < k; i++) pow10 *= 10;
    __int128 a = v;
    /* Python floor divmod */
    __int128 q = a / pow10, r = a % pow10;
    if (r != 0 && ((r < 0) != (pow10 < 0))) {
        r += pow10;
        q -= 1;
    }
    __int128 twice = 2 * r;
    if (twice > pow10 || (twice == pow10 && (q & 1))) q += 1;
    __int128 res = q * pow10;
    if (res > INT64_MAX || res < INT64_MIN) return int_overflow(vm);
    return int_from_i64(vm, (int64_t)res);
}

static Value round_impl(VM *vm, Value x, Value nd) {
    if (nd != VAL_NONE && nd != VAL_UNDEF) {
        int64_t n;
        if (val_is_float(nd) || !(is_intlike(nd) || has_method(vm, nd, vm->names.__index__)))
            return vm_raise(vm, &TypeErrorType, "'%s' object cannot be interpreted as an integer", type_name_of(nd));
        if (sn_index(vm, nd, &n) < 0) return VAL_ERR;
        if (val_is_float(x)) return double_round(vm, val_as_float(x), n);
        if (is_intlike(x)) return int_round(vm, int_value(x), n);
    } else {
        if (val_is_float(x)) return round_half_even_int(vm, val_as_float(x));
        if (is_intlike(x)) return int_from_i64(vm, int_value(x));
    }
    Str *rn = str_intern_cstr(vm, "__round__");
    if (has_method(vm, x, rn)) {
        Value a[1] = {nd};
        return value_call_method(vm, x, rn, a, (nd == VAL_NONE || nd == VAL_UNDEF) ? 0 : 1);
    }
    return vm_raise(vm, &TypeErrorType, "type %s doesn't define __round__ method", type_name_of(x));
}

/* ---- builtins ------------------------------------------------------------------------------------- */

static Value b_abs(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "abs", kwnames) < 0 || sn_check_nargs(vm, "abs", ARGS_VARARGS, nargs, 1, 1) < 0) return VAL_ERR;
    Value x = args[0];
    if (val_is_float(x) || is_intlike(x)) return num_abs(vm, x);
    if (has_method(vm, x, vm->names.__abs__)) return value_call_method(vm, x, vm->names.__abs__, NULL, 0);
    return vm_raise(vm, &TypeErrorType, "bad operand type for abs(): '%s'", type_name_of(x));
}

static Value b_round(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    static const char *const params[] = {"number", "ndigits"};
    Value a[2];
    if (sn_parse_args(vm, "round", args, nargs, kwnames, params, 2, a) < 0) return VAL_ERR;
    if (a[0] == VAL_UNDEF) return vm_raise(vm, &TypeErrorType, "round() missing required argument 'number' (pos 1)");
    return round_impl(vm, a[0], a[1] == VAL_UNDEF ? VAL_NONE : a[1]);
}

static Value b_divmod(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "divmod", kwnames) < 0 || sn_check_nargs(vm, "divmod", ARGS_CLINIC, nargs, 2, 2) < 0)
        return VAL_ERR;
    Value a = args[0], b = args[1];
    if (is_intlike(a) && is_intlike(b)) {
        int64_t x = int_value(a), y = int_value(b);
        if (y == 0) return vm_raise(vm, &ZeroDivisionErrorType, "integer division or modulo by zero");
        if (y == -1 && x == INT64_MIN) return int_overflow(vm);
        return tuple_pack(vm, 2, int_from_i64(vm, int_floordiv(x, y)), int_from_i64(vm, int_mod(x, y)));
    }
    double x, y;
    if (num_to_double(a, &x) && num_to_double(b, &y)) {
        if (y == 0) return vm_raise(vm, &ZeroDivisionErrorType, "float divmod()");
        double q, r;
        float_divmod(x, y, &q, &r);
        return tuple_pack(vm, 2, mkfloat(q), mkfloat(r));
    }
    Str *dn = str_intern_cstr(vm, "__divmod__"), *rdn = str_intern_cstr(vm, "__rdivmod__");
    if ((val_type(a)->flags & TYPE_USER) && has_method(vm, a, dn)) {
        Value r = value_call_method(vm, a, dn, &b, 1);
        if (r != VAL_NOTIMPL) return r;
    }
    if ((val_type(b)->flags & TYPE_USER) && has_method(vm, b, rdn)) {
        Value r = value_call_method(vm, b, rdn, &a, 1);
        if (r != VAL_NOTIMPL) return r;
    }
    return vm_raise(vm, &TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name_of(a),
                    type_name_of(b));
}

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return (uint64_t)(((unsigned __int128)a * b) % m); }

static Value b_pow(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    static const char *const params[] = {"base", "exp", "mod"};
    Value a[3];
    if (sn_parse_args(vm, "pow", args, nargs, kwnames, params, 3, a) < 0) return VAL_ERR;
    if (a[0] == VAL_UNDEF) return vm_raise(vm, &TypeErrorType, "pow() missing required argument 'base' (pos 1)");
    if (a[1] == VAL_UNDEF) return vm_raise(vm, &TypeErrorType, "pow() missing required argument 'exp' (pos 2)");
    if (a[2] == VAL_UNDEF || a[2] == VAL_NONE) return value_binop(vm, a[0], a[1], BINOP_POW);
    if (!is_intlike(a[0]) || !is_intlike(a[1]) || !is_intlike(a[2])) {
        if ((val_is_float(a[0]) || is_intlike(a[0])) && (val_is_float(a[1]) || is_intlike(a[1])) &&
            (val_is_float(a[2]) || is_intlike(a[2])))
            return vm_raise(vm, &TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers");
        return vm_raise(vm, &TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                        type_name_of(a[0]), type_name_of(a[1]), type_name_of(a[2]));
    }
    int64_t base = int_value(a[0]), e = int_value(a[1]), m = int_value(a[2]);
    uint64_t ue = e < 0 ? (uint64_t)0 - (uint64_t)e : (uint64_t)e;
    if (m == 0) return vm_raise(vm, &ValueErrorType, "pow() 3rd argument cannot be 0");
    bool negmod = m < 0;
    uint64_t um = negmod ? (uint64_t)0 - (uint64_t)m : (uint64_t)m;
    /* base mod |m| in [0, um) */
    int64_t br = (int64_t)((__int128)base % (__int128)um);
    if (br < 0) br += (int64_t)um;
    uint64_t ub = (uint64_t)br;
    if (e < 0) {
        /* modular inverse by extended Euclid */
        __int128 t = 0, newt = 1, r = um, newr = ub;
        while (newr != 0) {
            __int128 q = r / newr, tmp;
            tmp = t - q * newt;
            t = newt;
            newt = tmp;
            tmp = r - q * newr;
            r = newr;
            newr = tmp;
        }
        if (r != 1) {
            if (um == 1) return int_from_i64(vm, 0);
            return vm_raise(vm, &ValueErrorType, "base is not invertible for the given modulus");
        }
        if (t < 0) t += um;
        ub = (uint64_t)t;
    }
    uint64_t result = um == 1 ? 0 : 1;
    while (ue) {
        if (ue & 1) result = mulmod(result, ub, um);
        ue >>= 1;
        if (ue) ub = mulmod(ub, ub, um);
    }
    int64_t res = (int64_t)result;
    if (negmod && res != 0) res -= (int64_t)um;
    return int_from_i64(vm, res);
}

static Value base_repr(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *name, int base, const char *prefix) {
    if (sn_no_kw(vm, name, kwnames) < 0 || sn_check_nargs(vm, name, ARGS_VARARGS, nargs, 1, 1) < 0) return VAL_ERR;
    int64_t v;
    if (val_is_float(args[0]))
        return vm_raise(vm, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    if (sn_index(vm, args[0], &v) < 0) return VAL_ERR;
    char buf[80];
    int n = format_int_base(v, base, false, prefix, buf);
    return ascii_str(vm, buf, n);
}

static Value b_hex(VM *vm, Value *a, int n, Tuple *k) { return base_repr(vm, a, n, k, "hex", 16, "0x"); }
static Value b_oct(VM *vm, Value *a, int n, Tuple *k) { return base_repr(vm, a, n, k, "oct", 8, "0o"); }
static Value b_bin(VM *vm, Value *a, int n, Tuple *k) { return base_repr(vm, a, n, k, "bin", 2, "0b"); }

static Value b_ord(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "ord", kwnames) < 0 || sn_check_nargs(vm, "ord", ARGS_VARARGS, nargs, 1, 1) < 0) return VAL_ERR;
    if (!val_is_str(args[0]))
        return vm_raise(vm, &TypeErrorType, "ord() expected string of length 1, but %s found", type_name_of(args[0]));
    Str *s = AS(Str, args[0]);
    if (s->len != 1)
        return vm_raise(vm, &TypeErrorType, "ord() expected a character, but string of length %lld found",
                        (long long)s->len);
    const char *p = s->data;
    return int_from_i64(vm, utf8_decode(&p));
}

static Value b_chr(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "chr", kwnames) < 0 || sn_check_nargs(vm, "chr", ARGS_VARARGS, nargs, 1, 1) < 0) return VAL_ERR;
    if (val_is_float(args[0]))
        return vm_raise(vm, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    int64_t i;
    if (sn_index(vm, args[0], &i) < 0) return VAL_ERR;
    if (i > INT32_MAX || i < INT32_MIN)
        return vm_raise(vm, &OverflowErrorType, "Python int too large to convert to C int");
    if (i < 0 || i > 0x10FFFF) return vm_raise(vm, &ValueErrorType, "chr() arg not in range(0x110000)");
    return str_from_codepoint(vm, (uint32_t)i);
}

static void add_builtin(VM *vm, const char *name, NativeFn fn) {
    dict_set_str(vm, vm->builtins, str_intern_cstr(vm, name), native_func_new(vm, name, fn, NULL, 0));
}

void number_init(VM *vm) {
    type_init_static(vm, &IntType);
    type_init_static(vm, &BoolType);
    type_init_static(vm, &FloatType);
    type_init_static(vm, &NoneType_);
    type_init_static(vm, &NotImplementedType);
    type_add_methods(vm, &IntType, int_methods);
    type_add_methods(vm, &FloatType, float_methods);
    add_builtin(vm, "abs", b_abs);
    add_builtin(vm, "round", b_round);
    add_builtin(vm, "divmod", b_divmod);
    add_builtin(vm, "pow", b_pow);
    add_builtin(vm, "hex", b_hex);
    add_builtin(vm, "oct", b_oct);
    add_builtin(vm, "bin", b_bin);
    add_builtin(vm, "ord", b_ord);
    add_builtin(vm, "chr", b_chr);
}
