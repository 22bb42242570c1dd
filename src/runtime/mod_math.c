/* mod_math.c - the math module, following CPython 3.11's Modules/mathmodule.c:
 * the same libm calls, the same special-value and error rules ("math domain
 * error" ValueError, "math range error" OverflowError), CPython's exact
 * algorithms for hypot/dist (vector_norm) and fsum (Shewchuk partials).
 * Integer functions (factorial, comb, perm, gcd, lcm, isqrt) work on int64
 * and raise glassjit's 64-bit OverflowError when a result does not fit.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "strnum.h"
#include "vm.h"

#define PY_PI 3.141592653589793238462643383279502884197
#define PY_E 2.718281828459045235360287471352662497757

static bool is_intlike(Value v) { return val_is_smallint(v) || val_is_bool(v) || val_is_type(v, &IntType); }

static Value domain_error(VM *vm) { return vm_raise(vm, &ValueErrorType, "math domain error"); }
static Value range_error(VM *vm) { return vm_raise(vm, &OverflowErrorType, "math range error"); }

static bool has_dunder(Value v, Str *name) { return name && type_lookup(val_type(v), name) != VAL_UNDEF; }

/* ASSIGN_DOUBLE / PyFloat_AsDouble: 0 ok, -1 raised */
static int to_double(VM *vm, Value v, double *out) {
    if (num_to_double(v, out)) return 0;
    if (has_dunder(v, vm->names.__float__)) {
        Value r = value_call_method(vm, v, vm->names.__float__, NULL, 0);
        if (r == VAL_ERR) return -1;
        if (!val_is_float(r)) {
            vm_raise(vm, &TypeErrorType, "%s.__float__ returned non-float (type %s)", type_name_of(v), type_name_of(r));
            return -1;
        }
        *out = val_as_float(r);
        return 0;
    }
    if (has_dunder(v, vm->names.__index__)) {
        int64_t i;
        if (value_index(vm, v, &i) == VAL_ERR) return -1;
        *out = (double)i;
        return 0;
    }
    vm_raise(vm, &TypeErrorType, "must be real number, not %s", type_name_of(v));
    return -1;
}

/* _PyNumber_Index for integer-only functions */
static int to_index(VM *vm, Value v, int64_t *out) {
    if (is_intlike(v)) {
        *out = int_value(v);
        return 0;
    }
    if (!has_dunder(v, vm->names.__index__)) {
        vm_raise(vm, &TypeErrorType, "'%s' object cannot be interpreted as an integer", type_name_of(v));
        return -1;
    }
    return sn_index(vm, v, out);
}

static int check1(VM *vm, const char *name, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, name, kwnames) < 0) return -1;
    if (nargs != 1) {
        vm_raise(vm, &TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, nargs);
        return -1;
    }
    return 0;
}

static int check2(VM *vm, const char *name, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, name, kwnames) < 0) return -1;
    return sn_check_nargs(vm, name, ARGS_CLINIC, nargs, 2, 2);
}

/* math_1 */
static Value math_1(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *name, double (*fn)(double),
                    bool can_overflow) {
    if (check1(vm, name, nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0;
    if (to_double(vm, args[0], &x) < 0) return VAL_ERR;
    errno = 0;
    double r = fn(x);
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
    if (isfinite(r) && errno) {
        if (errno == EDOM) return domain_error(vm);
        if (errno == ERANGE && fabs(r) >= 1.5) return range_error(vm);
    }
    return val_from_float(r);
}

#define MATH_1(cname, fn, ovf) \
    static Value m_##cname(VM *vm, Value *a, int n, Tuple *k) { return math_1(vm, a, n, k, #cname, fn, ovf); }
MATH_1(acos, acos, false)
MATH_1(acosh, acosh, false)
MATH_1(asin, asin, false)
MATH_1(asinh, asinh, false)
MATH_1(atan, atan, false)
MATH_1(atanh, atanh, false)
MATH_1(cos, cos, false)
MATH_1(cosh, cosh, true)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(fabs, fabs, false)
MATH_1(log1p, log1p, false)
MATH_1(sin, sin, false)
MATH_1(sinh, sinh, true)
MATH_1(sqrt, sqrt, false)
MATH_1(tan, tan, false)
MATH_1(tanh, tanh, false)
MATH_1(cbrt, cbrt, false)
#undef MATH_1

/* loghelper: ints must be positive; floats go through m_log & co. */
static Value log_of(VM *vm, Value v, double (*fn)(double), double *out) {
    if (is_intlike(v) && int_value(v) <= 0) return domain_error(vm);
    double x = 0.0;
    if (to_double(vm, v, &x) < 0) return VAL_ERR;
    double r = 0.0;
    if (isfinite(x)) {
        if (x > 0.0)
            r = fn(x);
        else if (x == 0.0)
            return domain_error(vm); /* log(0) = -inf: singularity */
        else
            return domain_error(vm); /* log(-ve) = nan */
    } else if (isnan(x) || x > 0) {
        r = x;
    } else {
        return domain_error(vm); /* log(-inf) = nan */
    }
    *out = r;
    return VAL_NONE;
}

static Value m_log(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "log", kwnames) < 0 || sn_check_nargs(vm, "log", ARGS_CLINIC, nargs, 1, 2) < 0) return VAL_ERR;
    double num = 0.0, den = 0.0;
    if (log_of(vm, args[0], log, &num) == VAL_ERR) return VAL_ERR;
    if (nargs == 1) return val_from_float(num);
    if (log_of(vm, args[1], log, &den) == VAL_ERR) return VAL_ERR;
    if (den == 0) return vm_raise(vm, &ZeroDivisionErrorType, "float division by zero");
    return val_from_float(num / den);
}

static Value m_log2(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "log2", nargs, kwnames) < 0) return VAL_ERR;
    double r = 0.0;
    if (log_of(vm, args[0], log2, &r) == VAL_ERR) return VAL_ERR;
    return val_from_float(r);
}

static Value m_log10(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "log10", nargs, kwnames) < 0) return VAL_ERR;
    double r = 0.0;
    if (log_of(vm, args[0], log10, &r) == VAL_ERR) return VAL_ERR;
    return val_from_float(r);
}

static Value m_pow(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check2(vm, "pow", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0, y = 0.0, r = 0.0;
    if (to_double(vm, args[0], &x) < 0 || to_double(vm, args[1], &y) < 0) return VAL_ERR;
    bool odd_y;
    int err = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (x > 0.)
                r = y > 0. ? x : 0.;
            else
                r = y > 0. ? (odd_y ? x : fabs(x)) : (odd_y ? copysign(0., x) : 0.);
        } else {
            if (fabs(x) == 1.0)
                r = 1.;
            else if (y > 0. && fabs(x) > 1.0)
                r = y;
            else if (y < 0. && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.;
        }
    } else {
        r = pow(x, y);
        if (!isfinite(r)) {
            if (isnan(r))
                err = EDOM;
            else if (x == 0.)
                err = EDOM;
            else
                err = ERANGE;
        }
    }
    if (err == EDOM) return domain_error(vm);
    if (err == ERANGE) return range_error(vm);
    return val_from_float(r);
}

static Value m_atan2(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check2(vm, "atan2", nargs, kwnames) < 0) return VAL_ERR;
    double y = 0.0, x = 0.0;
    if (to_double(vm, args[0], &y) < 0 || to_double(vm, args[1], &x) < 0) return VAL_ERR;
    return val_from_float(atan2(y, x));
}

static Value m_copysign(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check2(vm, "copysign", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0, y = 0.0;
    if (to_double(vm, args[0], &x) < 0 || to_double(vm, args[1], &y) < 0) return VAL_ERR;
    return val_from_float(copysign(x, y));
}

static Value m_fmod(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check2(vm, "fmod", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0, y = 0.0;
    if (to_double(vm, args[0], &x) < 0 || to_double(vm, args[1], &y) < 0) return VAL_ERR;
    if (isinf(y) && isfinite(x)) return val_from_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(vm);
    return val_from_float(r);
}

static Value m_remainder(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check2(vm, "remainder", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0, y = 0.0;
    if (to_double(vm, args[0], &x) < 0 || to_double(vm, args[1], &y) < 0) return VAL_ERR;
    if (isnan(x)) return val_from_float(x);
    if (isnan(y)) return val_from_float(y);
    if (isinf(x) || y == 0.0) return domain_error(vm);
    return val_from_float(remainder(x, y));
}

static Value m_degrees(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "degrees", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0;
    if (to_double(vm, args[0], &x) < 0) return VAL_ERR;
    return val_from_float(x * (180.0 / PY_PI));
}

static Value m_radians(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "radians", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0;
    if (to_double(vm, args[0], &x) < 0) return VAL_ERR;
    return val_from_float(x * (PY_PI / 180.0));
}

static Value m_isnan(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "isnan", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0;
    if (to_double(vm, args[0], &x) < 0) return VAL_ERR;
    return val_from_bool(isnan(x));
}

static Value m_isinf(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "isinf", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0;
    if (to_double(vm, args[0], &x) < 0) return VAL_ERR;
    return val_from_bool(isinf(x));
}

static Value m_isfinite(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "isfinite", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0;
    if (to_double(vm, args[0], &x) < 0) return VAL_ERR;
    return val_from_bool(isfinite(x));
}

static Value m_isclose(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    static const char *const params[] = {"a", "b", "rel_tol", "abs_tol"};
    Value a[4];
    if (nargs > 2)
        return vm_raise(vm, &TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", nargs);
    if (sn_parse_args(vm, "isclose", args, nargs, kwnames, params, 4, a) < 0) return VAL_ERR;
    if (a[0] == VAL_UNDEF) return vm_raise(vm, &TypeErrorType, "isclose() missing required argument 'a' (pos 1)");
    if (a[1] == VAL_UNDEF) return vm_raise(vm, &TypeErrorType, "isclose() missing required argument 'b' (pos 2)");
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (to_double(vm, a[0], &x) < 0 || to_double(vm, a[1], &y) < 0) return VAL_ERR;
    if (a[2] != VAL_UNDEF && to_double(vm, a[2], &rel_tol) < 0) return VAL_ERR;
    if (a[3] != VAL_UNDEF && to_double(vm, a[3], &abs_tol) < 0) return VAL_ERR;
    if (rel_tol < 0.0 || abs_tol < 0.0) return vm_raise(vm, &ValueErrorType, "tolerances must be non-negative");
    if (x == y) return VAL_TRUE;
    if (isinf(x) || isinf(y)) return VAL_FALSE;
    double diff = fabs(y - x);
    return val_from_bool((diff <= fabs(rel_tol * y)) || (diff <= fabs(rel_tol * x)) || (diff <= abs_tol));
}

/* floor / ceil / trunc */
static Value round_op(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *name, const char *dunder,
                      double (*fn)(double)) {
    if (check1(vm, name, nargs, kwnames) < 0) return VAL_ERR;
    Value v = args[0];
    if (val_is_float(v)) return float_to_int(vm, fn(val_as_float(v)));
    if (is_intlike(v)) return int_from_i64(vm, int_value(v));
    Str *dn = str_intern_cstr(vm, dunder);
    if (has_dunder(v, dn)) return value_call_method(vm, v, dn, NULL, 0);
    if (fn == trunc) return vm_raise(vm, &TypeErrorType, "type %s doesn't define __trunc__ method", type_name_of(v));
    double x = 0.0;
    if (to_double(vm, v, &x) < 0) return VAL_ERR;
    return float_to_int(vm, fn(x));
}

static Value m_floor(VM *vm, Value *a, int n, Tuple *k) { return round_op(vm, a, n, k, "floor", "__floor__", floor); }
static Value m_ceil(VM *vm, Value *a, int n, Tuple *k) { return round_op(vm, a, n, k, "ceil", "__ceil__", ceil); }
static Value m_trunc(VM *vm, Value *a, int n, Tuple *k) { return round_op(vm, a, n, k, "trunc", "__trunc__", trunc); }

static Value m_modf(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "modf", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0, ip = 0.0;
    if (to_double(vm, args[0], &x) < 0) return VAL_ERR;
    if (isinf(x)) return tuple_pack(vm, 2, val_from_float(copysign(0., x)), val_from_float(x));
    double fp = modf(x, &ip);
    return tuple_pack(vm, 2, val_from_float(fp), val_from_float(ip));
}

static Value m_frexp(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "frexp", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0;
    if (to_double(vm, args[0], &x) < 0) return VAL_ERR;
    int e = 0;
    double m = x;
    if (!(isnan(x) || isinf(x) || !x)) m = frexp(x, &e);
    return tuple_pack(vm, 2, val_from_float(m), int_from_i64(vm, e));
}

static Value m_ldexp(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check2(vm, "ldexp", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0;
    if (to_double(vm, args[0], &x) < 0) return VAL_ERR;
    if (!is_intlike(args[1])) return vm_raise(vm, &TypeErrorType, "Expected an int as second argument to ldexp.");
    int64_t e = int_value(args[1]);
    if (x == 0. || !isfinite(x)) return val_from_float(x);
    double r = 0.0;
    if (e > INT32_MAX) return range_error(vm);
    if (e < INT32_MIN)
        r = copysign(0., x);
    else
        r = ldexp(x, (int)e);
    if (isinf(r)) return range_error(vm);
    return val_from_float(r);
}

/* ---- hypot / dist: CPython's vector_norm --------------------------------------------- */

typedef struct { double hi, lo; } DoubleLength;

static DoubleLength dl_fast_sum(double a, double b) {
    double x = a + b;
    double y = (a - x) + b;
    return (DoubleLength){x, y};
}

static DoubleLength dl_mul(double x, double y) {
    double z = x * y;
    double zz = fma(x, y, -z);
    return (DoubleLength){z, zz};
}

static double vector_norm(int64_t n, double *vec, double max, bool found_nan) {
    double x, h, scale, csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    DoubleLength pr, sm;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (int64_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    scale = ldexp(1.0, -max_e);
    for (int64_t i = 0; i < n; i++) {
        x = vec[i];
        x *= scale;
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static Value m_hypot(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "hypot", kwnames) < 0) return VAL_ERR;
    double stackbuf[16];
    double *coords = nargs <= 16 ? stackbuf : malloc(sizeof(double) * (size_t)nargs);
    double max = 0.0;
    bool found_nan = false;
    for (int i = 0; i < nargs; i++) {
        double x = 0.0;
        if (to_double(vm, args[i], &x) < 0) {
            if (coords != stackbuf) free(coords);
            return VAL_ERR;
        }
        x = fabs(x);
        coords[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(nargs, coords, max, found_nan);
    if (coords != stackbuf) free(coords);
    return val_from_float(r);
}

static Value m_dist(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check2(vm, "dist", nargs, kwnames) < 0) return VAL_ERR;
    Value p = seq_from_iterable(vm, args[0]);
    if (p == VAL_ERR) return VAL_ERR;
    Value q = seq_from_iterable(vm, args[1]);
    if (q == VAL_ERR) return VAL_ERR;
    List *pl = AS(List, p), *ql = AS(List, q);
    if (pl->len != ql->len)
        return vm_raise(vm, &ValueErrorType, "both points must have the same number of dimensions");
    int64_t n = pl->len;
    double *diffs = malloc(sizeof(double) * (size_t)(n ? n : 1));
    double max = 0.0;
    bool found_nan = false;
    for (int64_t i = 0; i < n; i++) {
        double px = 0.0, qx = 0.0;
        if (to_double(vm, pl->items[i], &px) < 0 || to_double(vm, ql->items[i], &qx) < 0) {
            free(diffs);
            return VAL_ERR;
        }
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(n, diffs, max, found_nan);
    free(diffs);
    return val_from_float(r);
}

/* ---- fsum ---------------------------------------------------------------------------------- */

static Value m_fsum(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "fsum", nargs, kwnames) < 0) return VAL_ERR;
    Value it = value_iter(vm, args[0]);
    if (it == VAL_ERR) return VAL_ERR;
    int64_t n = 0, m = 32;
    double *p = malloc(sizeof(double) * (size_t)m);
    double x, y, t, xsave, special_sum = 0.0, inf_sum = 0.0, hi, yr, lo = 0.0;
    for (;;) {
        Value item = value_next(vm, it);
        if (item == VAL_NULL) break;
        if (item == VAL_ERR || to_double(vm, item, &x) < 0) {
            free(p);
            return VAL_ERR;
        }
        xsave = x;
        int64_t i = 0;
        for (int64_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    free(p);
                    return vm_raise(vm, &OverflowErrorType, "intermediate overflow in fsum");
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= m) {
                    m *= 2;
                    p = realloc(p, sizeof(double) * (size_t)m);
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        free(p);
        if (isnan(inf_sum)) return vm_raise(vm, &ValueErrorType, "-inf + inf in fsum");
        return val_from_float(special_sum);
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    free(p);
    return val_from_float(hi);
}

static Value m_prod(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    static const char *const params[] = {"iterable", "start"};
    Value a[2];
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs > 1) return vm_raise(vm, &TypeErrorType, "prod() takes exactly 1 positional argument (%d given)", nargs);
    if (sn_parse_args(vm, "prod", args, nargs, kwnames, params, 2, a) < 0) return VAL_ERR;
    (void)nkw;
    if (a[0] == VAL_UNDEF || nargs < 1)
        return vm_raise(vm, &TypeErrorType, "prod() missing required argument 'iterable' (pos 1)");
    Value acc = a[1] == VAL_UNDEF ? int_from_i64(vm, 1) : a[1];
    Value it = value_iter(vm, a[0]);
    if (it == VAL_ERR) return VAL_ERR;
    for (;;) {
        Value item = value_next(vm, it);
        if (item == VAL_NULL) break;
        if (item == VAL_ERR) return VAL_ERR;
        acc = value_binop(vm, acc, item, BINOP_MUL);
        if (acc == VAL_ERR) return VAL_ERR;
    }
    return acc;
}

/* ---- integer functions ------------------------------------------------------------------------- */

static uint64_t ugcd(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static uint64_t uabs64(int64_t v) { return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v; }

static Value from_u64(VM *vm, uint64_t u) {
    if (u > (uint64_t)INT64_MAX) return int_overflow(vm);
    return int_from_i64(vm, (int64_t)u);
}

static Value m_gcd(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "gcd", kwnames) < 0) return VAL_ERR;
    uint64_t g = 0;
    for (int i = 0; i < nargs; i++) {
        int64_t v;
        if (to_index(vm, args[i], &v) < 0) return VAL_ERR;
        g = ugcd(g, uabs64(v));
    }
    return from_u64(vm, g);
}

static Value m_lcm(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "lcm", kwnames) < 0) return VAL_ERR;
    uint64_t l = 1;
    int64_t *vals = malloc(sizeof(int64_t) * (size_t)(nargs ? nargs : 1));
    for (int i = 0; i < nargs; i++)
        if (to_index(vm, args[i], &vals[i]) < 0) {
            free(vals);
            return VAL_ERR;
        }
    for (int i = 0; i < nargs; i++) {
        uint64_t a = uabs64(vals[i]);
        if (a == 0 || l == 0) {
            l = 0;
            continue;
        }
        uint64_t g = ugcd(l, a);
        unsigned __int128 r = (unsigned __int128)(l / g) * a;
        if (r > (unsigned __int128)INT64_MAX) {
            free(vals);
            return int_overflow(vm);
        }
        l = (uint64_t)r;
    }
    free(vals);
    return from_u64(vm, l);
}

static Value m_factorial(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "factorial", nargs, kwnames) < 0) return VAL_ERR;
    int64_t n;
    if (to_index(vm, args[0], &n) < 0) return VAL_ERR;
    if (n < 0) return vm_raise(vm, &ValueErrorType, "factorial() not defined for negative values");
    if (n > 20) return int_overflow(vm);
    int64_t r = 1;
    for (int64_t i = 2; i <= n; i++) r *= i;
    return int_from_i64(vm, r);
}

static int comb_perm_args(VM *vm, const char *name, Value *args, int nargs, Tuple *kwnames, int64_t *n, int64_t *k,
                          bool k_optional) {
    if (sn_no_kw(vm, name, kwnames) < 0) return -1;
    if (sn_check_nargs(vm, name, ARGS_CLINIC, nargs, k_optional ? 1 : 2, 2) < 0) return -1;
    if (to_index(vm, args[0], n) < 0) return -1;
    if (nargs > 1 && args[1] != VAL_NONE) {
        if (to_index(vm, args[1], k) < 0) return -1;
    } else {
        *k = *n;
    }
    if (*n < 0) {
        vm_raise(vm, &ValueErrorType, "n must be a non-negative integer");
        return -1;
    }
    if (*k < 0) {
        vm_raise(vm, &ValueErrorType, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

static Value m_comb(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    int64_t n, k;
    if (comb_perm_args(vm, "comb", args, nargs, kwnames, &n, &k, false) < 0) return VAL_ERR;
    if (k > n) return int_from_i64(vm, 0);
    if (k > n - k) k = n - k;
    unsigned __int128 r = 1;
    for (int64_t i = 0; i < k; i++) {
        r = r * (unsigned __int128)(n - i) / (unsigned __int128)(i + 1);
        if (r > (unsigned __int128)INT64_MAX) return int_overflow(vm);
    }
    return int_from_i64(vm, (int64_t)r);
}

static Value m_perm(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    int64_t n, k;
    if (comb_perm_args(vm, "perm", args, nargs, kwnames, &n, &k, true) < 0) return VAL_ERR;
    if (k > n) return int_from_i64(vm, 0);
    unsigned __int128 r = 1;
    for (int64_t i = 0; i < k; i++) {
        r *= (unsigned __int128)(n - i);
        if (r > (unsigned __int128)INT64_MAX) return int_overflow(vm);
    }
    return int_from_i64(vm, (int64_t)r);
}

static Value m_isqrt(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "isqrt", nargs, kwnames) < 0) return VAL_ERR;
    int64_t n;
    if (to_index(vm, args[0], &n) < 0) return VAL_ERR;
    if (n < 0) return vm_raise(vm, &ValueErrorType, "isqrt() argument must be nonnegative");
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r * r > (uint64_t)n) r--;
    while ((r + 1) * (r + 1) <= (uint64_t)n) r++;
    return int_from_i64(vm, (int64_t)r);
}

static Value m_nextafter(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check2(vm, "nextafter", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0, y = 0.0;
    if (to_double(vm, args[0], &x) < 0 || to_double(vm, args[1], &y) < 0) return VAL_ERR;
    return val_from_float(nextafter(x, y));
}

static Value m_ulp(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (check1(vm, "ulp", nargs, kwnames) < 0) return VAL_ERR;
    double x = 0.0;
    if (to_double(vm, args[0], &x) < 0) return VAL_ERR;
    if (isnan(x)) return val_from_float(x);
    x = fabs(x);
    if (isinf(x)) return val_from_float(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return val_from_float(x - x2);
    }
    return val_from_float(x2 - x);
}

static const struct {
    const char *name;
    NativeFn fn;
} math_funcs[] = {
    {"acos", m_acos},         {"acosh", m_acosh},       {"asin", m_asin},       {"asinh", m_asinh},
    {"atan", m_atan},         {"atanh", m_atanh},       {"atan2", m_atan2},     {"cos", m_cos},
    {"cosh", m_cosh},         {"exp", m_exp},           {"exp2", m_exp2},       {"expm1", m_expm1},
    {"fabs", m_fabs},         {"log1p", m_log1p},       {"sin", m_sin},         {"sinh", m_sinh},
    {"sqrt", m_sqrt},         {"tan", m_tan},           {"tanh", m_tanh},       {"cbrt", m_cbrt},
    {"log", m_log},           {"log2", m_log2},         {"log10", m_log10},     {"pow", m_pow},
    {"copysign", m_copysign}, {"fmod", m_fmod},         {"remainder", m_remainder},
    {"degrees", m_degrees},   {"radians", m_radians},   {"isnan", m_isnan},     {"isinf", m_isinf},
    {"isfinite", m_isfinite}, {"isclose", m_isclose},   {"floor", m_floor},     {"ceil", m_ceil},
    {"trunc", m_trunc},       {"modf", m_modf},         {"frexp", m_frexp},     {"ldexp", m_ldexp},
    {"hypot", m_hypot},       {"dist", m_dist},         {"fsum", m_fsum},       {"prod", m_prod},
    {"gcd", m_gcd},           {"lcm", m_lcm},           {"factorial", m_factorial},
    {"comb", m_comb},         {"perm", m_perm},         {"isqrt", m_isqrt},     {"nextafter", m_nextafter},
    {"ulp", m_ulp},
};

void mod_math_init(VM *vm) {
    Str *name = str_intern_cstr(vm, "math");
    Value mod = module_new(vm, name);
    Dict *d = AS(Module, mod)->dict;
    for (size_t i = 0; i < sizeof math_funcs / sizeof math_funcs[0]; i++)
        dict_set_str(vm, d, str_intern_cstr(vm, math_funcs[i].name),
                     native_func_new(vm, math_funcs[i].name, math_funcs[i].fn, NULL, 0));
    dict_set_str(vm, d, str_intern_cstr(vm, "pi"), val_from_float(PY_PI));
    dict_set_str(vm, d, str_intern_cstr(vm, "e"), val_from_float(PY_E));
    dict_set_str(vm, d, str_intern_cstr(vm, "tau"), val_from_float(2.0 * PY_PI));
    dict_set_str(vm, d, str_intern_cstr(vm, "inf"), val_from_float(INFINITY));
    dict_set_str(vm, d, str_intern_cstr(vm, "nan"), val_from_float(NAN));
    dict_set_str(vm, vm->modules, name, mod);
}
