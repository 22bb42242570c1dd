/* format.c - the three string formatting facilities, ported from CPython 3.11:
 *
 *   format_value       format(v, spec) and f-strings: the format-spec
 *                      mini-language for str, int, bool and float
 *                      (Python/formatter_unicode.c), else __format__
 *   format_percent     printf-style  fmt % args   (PyUnicode_Format)
 *   format_str_method  str.format / str.format_map (Objects/stringlib/unicode_format.h)
 *
 * plus double_to_string(), a port of PyOS_double_to_string /
 * format_float_short that takes its digits from the C library's correctly
 * rounded printf (glibc) and from number.c's shortest round-trip search.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "strnum.h"
#include "vm.h"

#define MAXV(a, b) ((a) > (b) ? (a) : (b))
#define MINV(a, b) ((a) < (b) ? (a) : (b))

/* ---- double_to_string ----------------------------------------------------------- */

/* Digits of |d| as _Py_dg_dtoa would return them: mode 0 shortest, mode 2
 * ndigits significant digits, mode 3 ndigits after the point.  Trailing
 * zeros are removed; zero is "0" with decpt 1.  Returns malloc'd digits. */
static char *dtoa_digits(double d, int mode, int ndigits, int *decpt, int *ndig) {
    d = fabs(d);
    char *digits;
    if (mode == 0) {
        digits = malloc(32);
        *ndig = float_shortest_digits(d, digits, decpt);
        return digits;
    }
    if (mode == 2) {
        if (ndigits < 1) ndigits = 1;
        size_t cap = (size_t)ndigits + 32;
        char *buf = malloc(cap);
        snprintf(buf, cap, "%.*e", ndigits - 1, d);
        char *e = strchr(buf, 'e');
        int ex = atoi(e + 1);
        digits = malloc(cap);
        int n = 0;
        for (char *p = buf; p < e; p++)
            if (*p >= '0' && *p <= '9') digits[n++] = *p;
        free(buf);
        while (n > 1 && digits[n - 1] == '0') n--;
        digits[n] = '\0';
        if (n == 1 && digits[0] == '0') ex = 0;
        *decpt = ex + 1;
        *ndig = n;
        return digits;
    }
    /* mode 3 */
    if (ndigits < 0) ndigits = 0;
    size_t cap = (size_t)ndigits + 340;
    char *buf = malloc(cap);
    int len = snprintf(buf, cap, "%.*f", ndigits, d);
    digits = malloc(cap);
    int n = 0, intlen = 0;
    bool seen_point = false;
    for (int i = 0; i < len; i++) {
        if (buf[i] == '.') {
            seen_point = true;
            continue;
        }
        digits[n++] = buf[i];
        if (!seen_point) intlen++;
    }
    free(buf);
    int lead = 0;
    while (lead < n && digits[lead] == '0') lead++;
    if (lead == n) {
        digits[0] = '0';
        digits[1] = '\0';
        *decpt = 1;
        *ndig = 1;
        return digits;
    }
    memmove(digits, digits + lead, (size_t)(n - lead));
    n -= lead;
    intlen -= lead;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = '\0';
    *decpt = intlen;
    *ndig = n;
    return digits;
}

char *double_to_string(double d, char type, int prec, int flags) {
    bool upper = false;
    int mode = 0;
    switch (type) {
    case 'E': upper = true; type = 'e'; /* fall through */
    case 'e': mode = 2; prec++; break;
    case 'F': upper = true; type = 'f'; /* fall through */
    case 'f': mode = 3; break;
    case 'G': upper = true; type = 'g'; /* fall through */
    case 'g':
        mode = 2;
        if (prec == 0) prec = 1;
        break;
    default: type = 'r'; mode = 0; prec = 0; break;
    }
    bool always_sign = flags & FF_SIGN, add_dot_0 = flags & FF_ADD_DOT_0, alt = flags & FF_ALT,
         no_neg_0 = flags & FF_NO_NEG_0;
    if (!isfinite(d)) {
        char *out = malloc(8);
        char *p = out;
        if (isnan(d)) {
            if (always_sign) *p++ = '+';
            strcpy(p, upper ? "NAN" : "nan");
        } else {
            if (d < 0)
                *p++ = '-';
            else if (always_sign)
                *p++ = '+';
            strcpy(p, upper ? "INF" : "inf");
        }
        return out;
    }
    int decpt, digits_len;
    char *digits = dtoa_digits(d, mode, prec, &decpt, &digits_len);
    bool sign = signbit(d) != 0;
    if (no_neg_0 && sign && digits_len == 1 && digits[0] == '0') sign = false;

    int64_t vdigits_end = digits_len, vdigits_start;
    bool use_exp = false;
    int64_t exp = 0;
    switch (type) {
    case 'e':
        use_exp = true;
        vdigits_end = prec;
        break;
    case 'f': vdigits_end = (int64_t)decpt + prec; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec)) use_exp = true;
        if (alt) vdigits_end = prec;
        break;
    default:
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    int64_t dp = decpt;
    if (use_exp) {
        exp = dp - 1;
        dp = 1;
    }
    vdigits_start = dp <= 0 ? dp - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = vdigits_end > dp ? vdigits_end : dp + 1;
    else
        vdigits_end = vdigits_end > dp ? vdigits_end : dp;

    size_t cap = (size_t)(vdigits_end - vdigits_start) + (size_t)digits_len + 32;
    char *out = malloc(cap);
    char *p = out;
    if (sign)
        *p++ = '-';
    else if (always_sign)
        *p++ = '+';
    if (dp <= 0) {
        memset(p, '0', (size_t)(dp - vdigits_start));
        p += dp - vdigits_start;
        *p++ = '.';
        memset(p, '0', (size_t)(0 - dp));
        p += 0 - dp;
    } else {
        memset(p, '0', (size_t)(0 - vdigits_start));
        p += 0 - vdigits_start;
    }
    if (0 < dp && dp <= digits_len) {
        memcpy(p, digits, (size_t)dp);
        p += dp;
        *p++ = '.';
        memcpy(p, digits + dp, (size_t)(digits_len - dp));
        p += digits_len - dp;
    } else {
        memcpy(p, digits, (size_t)digits_len);
        p += digits_len;
    }
    if (digits_len < dp) {
        memset(p, '0', (size_t)(dp - digits_len));
        p += dp - digits_len;
        *p++ = '.';
        memset(p, '0', (size_t)(vdigits_end - dp));
        p += vdigits_end - dp;
    } else {
        memset(p, '0', (size_t)(vdigits_end - digits_len));
        p += vdigits_end - digits_len;
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) p += sprintf(p, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
    *p = '\0';
    free(digits);
    return out;
}

/* ---- helpers ---------------------------------------------------------------------- */

static void sb_fill(StrBuf *b, uint32_t cp, int64_t n) {
    if (n <= 0) return;
    char buf[4];
    int k = utf8_encode(cp, buf);
    for (int64_t i = 0; i < n; i++) sb_putn(b, buf, k);
}

/* repr() with non-ASCII escaped */
Value value_ascii(VM *vm, Value v) {
    Value r = value_repr(vm, v);
    if (r == VAL_ERR) return VAL_ERR;
    Str *s = AS(Str, r);
    if (s->ascii) return r;
    StrBuf b;
    sb_init(&b);
    const char *p = s->data, *end = p + s->nbytes;
    while (p < end) {
        uint32_t c = utf8_decode(&p);
        if (c < 0x80)
            sb_putc(&b, (char)c);
        else if (c < 0x100)
            sb_printf(&b, "\\x%02x", c);
        else if (c < 0x10000)
            sb_printf(&b, "\\u%04x", c);
        else
            sb_printf(&b, "\\U%08x", c);
    }
    return sb_finish(vm, &b);
}

static bool is_intlike(Value v) { return val_is_smallint(v) || val_is_bool(v) || val_is_type(v, &IntType); }

/* ---- format-spec mini-language ------------------------------------------------------- */

typedef struct Spec {
    uint32_t fill;
    char align;
    char sign;
    bool no_neg_0, alternate;
    char thousands; /* 0, ',', '_' */
    int group;      /* digits per group: 3, or 4 for '_' with b/o/x/X */
    int64_t width, precision;
    uint32_t type;
} Spec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static int get_integer(VM *vm, const uint32_t *s, int64_t *pos, int64_t end, int64_t *out) {
    int64_t acc = 0, n = 0;
    while (*pos < end && s[*pos] >= '0' && s[*pos] <= '9') {
        int d = (int)(s[*pos] - '0');
        if (acc > (INT64_MAX / 2 - d) / 10) {
            vm_raise(vm, &ValueErrorType, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        (*pos)++;
        n++;
    }
    *out = acc;
    return (int)MINV(n, 1000);
}

static void raise_thousands(VM *vm, char sep, uint32_t type) {
    if (type > 32 && type < 128)
        vm_raise(vm, &ValueErrorType, "Cannot specify '%c' with '%c'.", sep, (char)type);
    else
        vm_raise(vm, &ValueErrorType, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
}

static int parse_spec(VM *vm, Str *spec_str, Value obj, uint32_t default_type, char default_align, Spec *f) {
    int64_t end = spec_str->len;
    uint32_t stackbuf[64];
    uint32_t *s = end <= 64 ? stackbuf : malloc(sizeof(uint32_t) * (size_t)end);
    const char *pp = spec_str->data;
    for (int64_t i = 0; i < end; i++) s[i] = utf8_decode(&pp);
    int rc = -1;
    int64_t pos = 0;
    bool fill_specified = false, align_specified = false;
    f->fill = ' ';
    f->align = default_align;
    f->alternate = false;
    f->no_neg_0 = false;
    f->sign = 0;
    f->width = -1;
    f->thousands = 0;
    f->group = 3;
    f->precision = -1;
    f->type = default_type;
    if (end - pos >= 2 && is_align(s[pos + 1])) {
        f->align = (char)s[pos + 1];
        f->fill = s[pos];
        fill_specified = align_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(s[pos])) {
        f->align = (char)s[pos];
        align_specified = true;
        pos++;
    }
    if (end - pos >= 1 && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
        f->sign = (char)s[pos];
        pos++;
    }
    if (end - pos >= 1 && s[pos] == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (end - pos >= 1 && s[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    if (!fill_specified && end - pos >= 1 && s[pos] == '0') {
        f->fill = '0';
        if (!align_specified && default_align == '>') f->align = '=';
        pos++;
    }
    int consumed = get_integer(vm, s, &pos, end, &f->width);
    if (consumed < 0) goto done;
    if (consumed == 0) f->width = -1;
    if (end - pos && s[pos] == ',') {
        f->thousands = ',';
        pos++;
    }
    if (end - pos && s[pos] == '_') {
        if (f->thousands) {
            vm_raise(vm, &ValueErrorType, "Cannot specify both ',' and '_'.");
            goto done;
        }
        f->thousands = '_';
        pos++;
    }
    if (end - pos && s[pos] == ',' && f->thousands == '_') {
        vm_raise(vm, &ValueErrorType, "Cannot specify both ',' and '_'.");
        goto done;
    }
    if (end - pos && s[pos] == '.') {
        pos++;
        consumed = get_integer(vm, s, &pos, end, &f->precision);
        if (consumed < 0) goto done;
        if (consumed == 0) {
            vm_raise(vm, &ValueErrorType, "Format specifier missing precision");
            goto done;
        }
    }
    if (end - pos > 1) {
        vm_raise(vm, &ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec_str->data,
                 type_name_of(obj));
        goto done;
    }
    if (end - pos == 1) f->type = s[pos++];
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') {
                f->group = 4;
                break;
            }
            /* fall through */
        default:
            raise_thousands(vm, f->thousands, f->type);
            goto done;
        }
    }
    rc = 0;
done:
    if (s != stackbuf) free(s);
    return rc;
}

static Value unknown_type(VM *vm, uint32_t type, Value obj) {
    if (type > 32 && type < 128)
        return vm_raise(vm, &ValueErrorType, "Unknown format code '%c' for object of type '%s'", (char)type,
                        type_name_of(obj));
    return vm_raise(vm, &ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)type,
                    type_name_of(obj));
}

/* CPython's _PyUnicode_InsertThousandsGrouping, writing into out (which must
 * have room); returns the length.  group 0 = no grouping (zero padding only). */
static int64_t group_digits(const char *digits, int64_t n, int64_t min_width, int group, char sep, char *out) {
    /* build right to left into a reversed temporary */
    int64_t cap = MAXV(n, min_width) * 2 + 8;
    char *tmp = malloc((size_t)cap);
    int64_t k = 0, remaining = n;
    const char *dp = digits + n;
    bool use_sep = false, broken = false;
    if (group > 0) {
        for (;;) {
            int64_t len = group;
            int64_t l = MINV(len, MAXV(MAXV(remaining, min_width), 1));
            int64_t n_zeros = MAXV(0, l - remaining);
            int64_t n_chars = MAXV(0, MINV(remaining, l));
            if (use_sep) tmp[k++] = sep;
            for (int64_t i = 0; i < n_chars; i++) tmp[k++] = *--dp;
            for (int64_t i = 0; i < n_zeros; i++) tmp[k++] = '0';
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if (!broken) {
        int64_t len = MAXV(MAXV(remaining, min_width), 1);
        int64_t n_zeros = MAXV(0, len - remaining);
        int64_t n_chars = MAXV(0, MINV(remaining, len));
        if (use_sep) tmp[k++] = sep;
        for (int64_t i = 0; i < n_chars; i++) tmp[k++] = *--dp;
        for (int64_t i = 0; i < n_zeros; i++) tmp[k++] = '0';
    }
    for (int64_t i = 0; i < k; i++) out[i] = tmp[k - 1 - i];
    free(tmp);
    return k;
}

/* calc_number_widths + fill_number.  num = [digits][.][remainder] (ASCII);
 * nd < 0: the digits are the leading decimal digits of num (parse_number),
 * else the first nd characters (hex digits of an int). */
static void emit_number(StrBuf *b, const Spec *f, char sign_char, const char *prefix, int64_t nprefix,
                        const char *num, int64_t nnum, int64_t nd, bool use_grouping, bool upper) {
    if (nd < 0) {
        nd = 0;
        while (nd < nnum && num[nd] >= '0' && num[nd] <= '9') nd++;
    }
    bool has_decimal = nd < nnum && num[nd] == '.';
    const char *rem = num + nd + (has_decimal ? 1 : 0);
    int64_t nrem = nnum - nd - (has_decimal ? 1 : 0);
    int group = use_grouping && f->thousands ? f->group : 0;
    char sign = 0;
    if (f->sign == '+')
        sign = sign_char == '-' ? '-' : '+';
    else if (f->sign == ' ')
        sign = sign_char == '-' ? '-' : ' ';
    else if (sign_char == '-')
        sign = '-';
    int64_t n_sign = sign ? 1 : 0;
    int64_t non_digit = n_sign + nprefix + (has_decimal ? 1 : 0) + nrem;
    int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - non_digit : 0;
    char *grouped = NULL;
    int64_t ngrouped = 0;
    if (nd > 0) {
        grouped = malloc((size_t)(MAXV(nd, min_width) * 2 + 8));
        ngrouped = group_digits(num, nd, min_width, group, f->thousands, grouped);
    }
    int64_t padding = f->width - (non_digit + ngrouped);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (f->align) {
        case '<': rpad = padding; break;
        case '^':
            lpad = padding / 2;
            rpad = padding - lpad;
            break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    sb_fill(b, f->fill, lpad);
    if (sign) sb_putc(b, sign);
    for (int64_t i = 0; i < nprefix; i++) sb_putc(b, upper ? (char)(prefix[i] >= 'a' && prefix[i] <= 'z' ? prefix[i] - 32 : prefix[i]) : prefix[i]);
    sb_fill(b, f->fill, spad);
    for (int64_t i = 0; i < ngrouped; i++) {
        char c = grouped[i];
        if (upper && c >= 'a' && c <= 'z') c = (char)(c - 32);
        sb_putc(b, c);
    }
    free(grouped);
    if (has_decimal) sb_putc(b, '.');
    sb_putn(b, rem, nrem);
    sb_fill(b, f->fill, rpad);
}

static Value format_str_spec(VM *vm, Value v, Str *spec) {
    Spec f;
    if (parse_spec(vm, spec, v, 's', '<', &f) < 0) return VAL_ERR;
    if (f.type != 's') return unknown_type(vm, f.type, v);
    if (f.sign) {
        if (f.sign == ' ') return vm_raise(vm, &ValueErrorType, "Space not allowed in string format specifier");
        return vm_raise(vm, &ValueErrorType, "Sign not allowed in string format specifier");
    }
    if (f.no_neg_0)
        return vm_raise(vm, &ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate) return vm_raise(vm, &ValueErrorType, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') return vm_raise(vm, &ValueErrorType, "'=' alignment not allowed in string format specifier");
    Str *s = AS(Str, v);
    int64_t len = s->len;
    if ((f.width < 0 || f.width <= len) && (f.precision < 0 || f.precision >= len)) return v;
    if (f.precision >= 0 && len >= f.precision) len = f.precision;
    int64_t total = f.width >= 0 && f.width > len ? f.width : len;
    int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
    int64_t rpad = total - len - lpad;
    StrBuf b;
    sb_init(&b);
    sb_fill(&b, f.fill, lpad);
    sb_putn(&b, s->data, str_byte_offset(s, len));
    sb_fill(&b, f.fill, rpad);
    return sb_finish(vm, &b);
}

static Value format_float_spec(VM *vm, Value obj, double val, Spec *f) {
    if (f->precision > INT32_MAX) return vm_raise(vm, &ValueErrorType, "precision too big");
    int flags = 0;
    uint32_t type = f->type;
    int default_precision = 6;
    if (f->alternate) flags |= FF_ALT;
    if (f->no_neg_0) flags |= FF_NO_NEG_0;
    if (type == 0) {
        flags |= FF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    bool add_pct = false;
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    int64_t precision = f->precision;
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    (void)obj;
    char *buf = double_to_string(val, (char)type, (int)precision, flags);
    size_t n = strlen(buf);
    if (add_pct) {
        buf = realloc(buf, n + 2);
        buf[n++] = '%';
        buf[n] = '\0';
    }
    StrBuf b;
    sb_init(&b);
    if (f->sign != '+' && f->sign != ' ' && f->width == -1 && f->type != 'n' && !f->thousands) {
        sb_putn(&b, buf, (int64_t)n);
    } else {
        const char *p = buf;
        char sign_char = 0;
        if (*p == '-') {
            sign_char = '-';
            p++;
        }
        emit_number(&b, f, sign_char, NULL, 0, p, (int64_t)(buf + n - p), -1, f->type != 'n', false);
    }
    free(buf);
    return sb_finish(vm, &b);
}

static Value format_int_spec(VM *vm, Value v, Str *spec) {
    Spec f;
    if (parse_spec(vm, spec, v, 'd', '>', &f) < 0) return VAL_ERR;
    int64_t x = int_value(v);
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return format_float_spec(vm, v, (double)x, &f);
    default: return unknown_type(vm, f.type, v);
    }
    if (f.precision != -1) return vm_raise(vm, &ValueErrorType, "Precision not allowed in integer format specifier");
    if (f.no_neg_0)
        return vm_raise(vm, &ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier");
    StrBuf b;
    sb_init(&b);
    if (f.type == 'c') {
        if (f.sign) return vm_raise(vm, &ValueErrorType, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return vm_raise(vm, &ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'");
        if (x < 0 || x > 0x10FFFF) return vm_raise(vm, &OverflowErrorType, "%%c arg not in range(0x110000)");
        /* the character is "remainder": never grouped or zero-padded */
        char cb[4];
        int k = utf8_encode((uint32_t)x, cb);
        if (f.width <= 1) {
            sb_putn(&b, cb, k);
        } else {
            int64_t padding = f.width - 1, lpad = 0, rpad = 0, spad = 0;
            switch (f.align) {
            case '<': rpad = padding; break;
            case '^':
                lpad = padding / 2;
                rpad = padding - lpad;
                break;
            case '=': spad = padding; break;
            default: lpad = padding; break;
            }
            sb_fill(&b, f.fill, lpad + spad);
            sb_putn(&b, cb, k);
            sb_fill(&b, f.fill, rpad);
        }
        return sb_finish(vm, &b);
    }
    int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    char digits[80];
    int nd = format_int_base(x < 0 ? (x == INT64_MIN ? x : -x) : x, base, false, NULL, digits);
    const char *dstart = digits;
    if (digits[0] == '-') { /* INT64_MIN */
        dstart++;
        nd--;
    }
    if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'X' && f.type != 'n' && !f.thousands) {
        if (x < 0) sb_putc(&b, '-');
        if (f.alternate) sb_puts(&b, prefix);
        sb_putn(&b, dstart, nd);
        return sb_finish(vm, &b);
    }
    emit_number(&b, &f, x < 0 ? '-' : 0, prefix, f.alternate ? (int64_t)strlen(prefix) : 0, dstart, nd, nd,
                f.type != 'n', f.type == 'X');
    return sb_finish(vm, &b);
}

static Value format_float_value(VM *vm, Value v, Str *spec) {
    Spec f;
    if (parse_spec(vm, spec, v, 0, '>', &f) < 0) return VAL_ERR;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_spec(vm, v, val_as_float(v), &f);
    default: return unknown_type(vm, f.type, v);
    }
}

Value format_value(VM *vm, Value v, Str *spec) {
    bool empty = spec == NULL || spec->nbytes == 0;
    if (val_is_str(v)) return empty ? v : format_str_spec(vm, v, spec);
    if (val_is_float(v)) return empty ? value_repr(vm, v) : format_float_value(vm, v, spec);
    if (is_intlike(v)) return empty ? value_str(vm, v) : format_int_spec(vm, v, spec);
    Type *t = val_type(v);
    Str *fname = vm->names.__format__;
    if (fname && (t->flags & TYPE_USER)) {
        Value m = type_lookup(t, fname);
        if (m != VAL_UNDEF && !(val_is_type(m, &NativeFuncType) && AS(NativeFunc, m)->owner == &ObjectType)) {
            Value arg = spec ? OBJ_VAL(spec) : str_empty(vm);
            Value r = value_call_method(vm, v, fname, &arg, 1);
            if (r == VAL_ERR) return VAL_ERR;
            if (!val_is_str(r))
                return vm_raise(vm, &TypeErrorType, "__format__ must return a str, not %s", type_name_of(r));
            return r;
        }
    }
    if (empty) return value_str(vm, v);
    return vm_raise(vm, &TypeErrorType, "unsupported format string passed to %s.__format__", type_name_of(v));
}

/* ---- printf-style formatting -------------------------------------------------------------- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct PctCtx {
    Value args;
    int64_t arglen, argidx;
    Value dict; /* VAL_UNDEF if none */
} PctCtx;

static Value pct_nextarg(VM *vm, PctCtx *c) {
    if (c->argidx < c->arglen) {
        c->argidx++;
        if (c->arglen < 0) return c->args;
        return AS(Tuple, c->args)->items[c->argidx - 1];
    }
    return vm_raise(vm, &TypeErrorType, "not enough arguments for format string");
}

/* unicode_format_arg_output */
static void pct_output(StrBuf *b, int flags, int64_t width, int64_t prec, char ch, bool numeric, Str *s) {
    uint32_t fill = (numeric && (flags & F_ZERO)) ? '0' : ' ';
    int64_t len = s->len;
    if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) {
        sb_put_str(b, s);
        return;
    }
    if (ch == 's' || ch == 'r' || ch == 'a') {
        if (prec >= 0 && len > prec) len = prec;
    }
    const char *data = s->data;
    int64_t pindex = 0; /* byte index; numbers are ASCII */
    char signchar = 0;
    bool sign = numeric;
    if (sign) {
        char c0 = data[0];
        if (c0 == '-' || c0 == '+') {
            signchar = c0;
            len--;
            pindex++;
        } else if (flags & F_SIGN) {
            signchar = '+';
        } else if (flags & F_BLANK) {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if (width < len) width = len;
    if (sign) {
        if (fill != ' ') sb_putc(b, signchar);
        if (width > len) width--;
    }
    bool altpfx = (flags & F_ALT) && (ch == 'x' || ch == 'X' || ch == 'o');
    if (altpfx) {
        if (fill != ' ') {
            sb_putc(b, '0');
            sb_putc(b, ch);
            pindex += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
        sb_fill(b, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (sign) sb_putc(b, signchar);
        if (altpfx) {
            sb_putc(b, '0');
            sb_putc(b, ch);
            pindex += 2;
        }
    }
    if (len > 0) {
        int64_t start = numeric ? pindex : 0;
        int64_t nbytes = numeric ? len : str_byte_offset(s, len);
        sb_putn(b, data + start, nbytes);
    }
    if (width > len) sb_fill(b, ' ', width - len);
}

static bool has_dunder(VM *vm, Value v, Str *name) {
    (void)vm;
    return name && type_lookup(val_type(v), name) != VAL_UNDEF;
}

/* _PyUnicode_FormatLong */
static Str *pct_format_long(VM *vm, int64_t x, int flags, int64_t prec, char type) {
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    char digits[80];
    uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    int nd = 0;
    const char *dig = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[72];
    do {
        tmp[nd++] = dig[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    int k = 0;
    for (int i = nd - 1; i >= 0; i--) digits[k++] = tmp[i];
    StrBuf b;
    sb_init(&b);
    if (x < 0) sb_putc(&b, '-');
    if ((flags & F_ALT) && base != 10) {
        sb_putc(&b, '0');
        sb_putc(&b, type);
    }
    for (int64_t i = nd; i < prec; i++) sb_putc(&b, '0');
    sb_putn(&b, digits, nd);
    Value r = sb_finish(vm, &b);
    return AS(Str, r);
}

Value format_percent(VM *vm, Str *fmt, Value args) {
    PctCtx c;
    c.args = args;
    c.dict = VAL_UNDEF;
    if (val_is_type(args, &TupleType)) {
        c.arglen = AS(Tuple, args)->len;
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    if (!val_is_type(args, &TupleType) && !val_is_str(args)) {
        Type *t = val_type(args);
        if (t->getitem || has_dunder(vm, args, vm->names.__getitem__)) c.dict = args;
    }
    StrBuf b;
    sb_init(&b);
    const char *base = fmt->data, *p = base, *end = base + fmt->nbytes;
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (!q) {
            sb_putn(&b, p, end - p);
            break;
        }
        sb_putn(&b, p, q - p);
        p = q + 1;
        if (p >= end) {
            sb_free(&b);
            return vm_raise(vm, &ValueErrorType, "incomplete format");
        }
        if (*p == '%') {
            sb_putc(&b, '%');
            p++;
            continue;
        }
        if (*p == '(') {
            if (c.dict == VAL_UNDEF) {
                sb_free(&b);
                return vm_raise(vm, &TypeErrorType, "format requires a mapping");
            }
            int depth = 1;
            const char *ks = ++p;
            while (p < end && depth > 0) {
                if (*p == ')')
                    depth--;
                else if (*p == '(')
                    depth++;
                p++;
            }
            if (depth > 0) {
                sb_free(&b);
                return vm_raise(vm, &ValueErrorType, "incomplete format key");
            }
            Value key = OBJ_VAL(str_new(vm, ks, p - 1 - ks));
            Value v = value_getitem(vm, c.dict, key);
            if (v == VAL_ERR) {
                sb_free(&b);
                return VAL_ERR;
            }
            c.args = v;
            c.arglen = -1;
            c.argidx = -2;
        }
        int flags = 0;
        for (; p < end; p++) {
            if (*p == '-') flags |= F_LJUST;
            else if (*p == '+') flags |= F_SIGN;
            else if (*p == ' ') flags |= F_BLANK;
            else if (*p == '#') flags |= F_ALT;
            else if (*p == '0') flags |= F_ZERO;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (p < end && *p == '*') {
            Value w = pct_nextarg(vm, &c);
            if (w == VAL_ERR) goto fail;
            if (!is_intlike(w)) {
                vm_raise(vm, &TypeErrorType, "* wants int");
                goto fail;
            }
            width = int_value(w);
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            p++;
        } else if (p < end && *p >= '0' && *p <= '9') {
            width = 0;
            while (p < end && *p >= '0' && *p <= '9') {
                if (width > (INT64_MAX - 9) / 10) {
                    vm_raise(vm, &ValueErrorType, "width too big");
                    goto fail;
                }
                width = width * 10 + (*p++ - '0');
            }
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                Value w = pct_nextarg(vm, &c);
                if (w == VAL_ERR) goto fail;
                if (!is_intlike(w)) {
                    vm_raise(vm, &TypeErrorType, "* wants int");
                    goto fail;
                }
                prec = int_value(w);
                if (prec < 0) prec = 0;
                p++;
            } else {
                while (p < end && *p >= '0' && *p <= '9') {
                    if (prec > (INT64_MAX - 9) / 10) {
                        vm_raise(vm, &ValueErrorType, "precision too big");
                        goto fail;
                    }
                    prec = prec * 10 + (*p++ - '0');
                }
            }
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= end) {
            vm_raise(vm, &ValueErrorType, "incomplete format");
            goto fail;
        }
        const char *conv_at = p;
        uint32_t ch = (unsigned char)*p < 0x80 ? (uint32_t)*p++ : utf8_decode(&p);
        Value v = pct_nextarg(vm, &c);
        if (v == VAL_ERR) goto fail;
        Str *out = NULL;
        bool numeric = false;
        switch (ch) {
        case 's':
        case 'r':
        case 'a': {
            Value r = ch == 's' ? value_str(vm, v) : ch == 'r' ? value_repr(vm, v) : value_ascii(vm, v);
            if (r == VAL_ERR) goto fail;
            out = AS(Str, r);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            Value iv = VAL_UNDEF;
            bool intconv = ch == 'o' || ch == 'x' || ch == 'X';
            if (is_intlike(v)) {
                iv = v;
            } else if (intconv) {
                if (has_dunder(vm, v, vm->names.__index__)) {
                    int64_t i;
                    if (value_index(vm, v, &i) == VAL_ERR) goto fail;
                    iv = int_from_i64(vm, i);
                } else {
                    vm_raise(vm, &TypeErrorType, "%%%c format: an integer is required, not %s", (char)ch,
                             type_name_of(v));
                    goto fail;
                }
            } else if (val_is_float(v)) {
                iv = float_to_int(vm, val_as_float(v));
                if (iv == VAL_ERR) goto fail;
            } else if (has_dunder(vm, v, vm->names.__int__) || has_dunder(vm, v, vm->names.__index__) ||
                       has_dunder(vm, v, vm->names.__float__)) {
                iv = value_call(vm, OBJ_VAL(&IntType), &v, 1, NULL);
                if (iv == VAL_ERR) goto fail;
            } else {
                vm_raise(vm, &TypeErrorType, "%%%c format: a real number is required, not %s", (char)ch,
                         type_name_of(v));
                goto fail;
            }
            out = pct_format_long(vm, int_value(iv), flags, prec, (char)ch);
            numeric = true;
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double d;
            if (!num_to_double(v, &d)) {
                if (has_dunder(vm, v, vm->names.__float__) || has_dunder(vm, v, vm->names.__index__)) {
                    Value fv = value_call(vm, OBJ_VAL(&FloatType), &v, 1, NULL);
                    if (fv == VAL_ERR) goto fail;
                    d = val_as_float(fv);
                } else {
                    vm_raise(vm, &TypeErrorType, "must be real number, not %s", type_name_of(v));
                    goto fail;
                }
            }
            char *s = double_to_string(d, (char)ch, prec < 0 ? 6 : (int)MINV(prec, INT32_MAX), (flags & F_ALT) ? FF_ALT : 0);
            out = str_new(vm, s, (int64_t)strlen(s));
            free(s);
            numeric = true;
            break;
        }
        case 'c': {
            if (val_is_str(v)) {
                if (AS(Str, v)->len != 1) {
                    vm_raise(vm, &TypeErrorType, "%%c requires int or char");
                    goto fail;
                }
                out = AS(Str, v);
            } else if (is_intlike(v) || (!val_is_float(v) && has_dunder(vm, v, vm->names.__index__))) {
                int64_t i;
                if (sn_index(vm, v, &i) < 0) goto fail;
                if (i < 0 || i > 0x10FFFF) {
                    vm_raise(vm, &OverflowErrorType, "%%c arg not in range(0x110000)");
                    goto fail;
                }
                out = AS(Str, str_from_codepoint(vm, (uint32_t)i));
            } else {
                vm_raise(vm, &TypeErrorType, "%%c requires int or char");
                goto fail;
            }
            break;
        }
        default: {
            int64_t idx = utf8_ncodepoints(base, conv_at - base);
            vm_raise(vm, &ValueErrorType, "unsupported format character '%c' (0x%x) at index %lld",
                     (ch >= 32 && ch <= 126) ? (char)ch : '?', (unsigned)ch, (long long)idx);
            goto fail;
        }
        }
        pct_output(&b, flags, width, (ch == 's' || ch == 'r' || ch == 'a') ? prec : -1, (char)ch, numeric, out);
    }
    if (c.argidx < c.arglen && c.dict == VAL_UNDEF) {
        sb_free(&b);
        return vm_raise(vm, &TypeErrorType, "not all arguments converted during string formatting");
    }
    return sb_finish(vm, &b);
fail:
    sb_free(&b);
    return VAL_ERR;
}

/* ---- str.format ------------------------------------------------------------------------------ */

typedef struct FmtCtx {
    Value *args;
    int nargs;
    Tuple *kwnames;  /* keywords follow args[nargs - 1] */
    Value mapping;   /* format_map: VAL_UNDEF otherwise */
    int an_state;    /* 0 init, 1 auto, 2 manual */
    int64_t an_field;
} FmtCtx;

/* A code point cursor over a Str */
typedef struct Sub { const char *s, *e; } Sub;

static Value sub_str(VM *vm, Sub a) { return OBJ_VAL(str_new(vm, a.s, a.e - a.s)); }

/* get_integer: -1 if not all decimal digits (or empty); -2 on overflow (raised) */
static int64_t sub_integer(VM *vm, Sub a) {
    if (a.s >= a.e) return -1;
    int64_t acc = 0;
    for (const char *p = a.s; p < a.e; p++) {
        if (*p < '0' || *p > '9') return -1;
        if (acc > (INT64_MAX - 9) / 10) {
            vm_raise(vm, &ValueErrorType, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + (*p - '0');
    }
    return acc;
}

static Value build_string(VM *vm, Sub str, FmtCtx *ctx, int depth);

static Value get_field_object(VM *vm, Sub field, FmtCtx *ctx) {
    const char *i = field.s;
    while (i < field.e && *i != '[' && *i != '.') i++;
    Sub first = {field.s, i}, rest = {i, field.e};
    int64_t idx = sub_integer(vm, first);
    if (idx == -2) return VAL_ERR;
    bool empty = first.s >= first.e;
    bool numeric = empty || idx != -1;
    if (ctx->an_state == 0 && numeric) ctx->an_state = empty ? 1 : 2;
    if (numeric) {
        if (ctx->an_state == 2 && empty)
            return vm_raise(vm, &ValueErrorType,
                            "cannot switch from manual field specification to automatic field numbering");
        if (ctx->an_state == 1 && !empty)
            return vm_raise(vm, &ValueErrorType,
                            "cannot switch from automatic field numbering to manual field specification");
        if (empty) idx = ctx->an_field++;
    }
    Value obj;
    if (idx == -1) {
        Value key = sub_str(vm, first);
        obj = VAL_UNDEF;
        if (ctx->mapping != VAL_UNDEF) {
            obj = value_getitem(vm, ctx->mapping, key);
            if (obj == VAL_ERR) return VAL_ERR;
        } else if (ctx->kwnames) {
            for (int64_t k = 0; k < ctx->kwnames->len; k++)
                if (str_eq(AS(Str, ctx->kwnames->items[k]), AS(Str, key))) {
                    obj = ctx->args[ctx->nargs + k];
                    break;
                }
        }
        if (obj == VAL_UNDEF) {
            Value e = exc_new(vm, &KeyErrorType, &key, 1);
            if (e == VAL_ERR) return VAL_ERR;
            return vm_raise_value(vm, e);
        }
    } else {
        if (ctx->mapping != VAL_UNDEF)
            return vm_raise(vm, &ValueErrorType, "Format string contains positional fields");
        if (idx >= ctx->nargs)
            return vm_raise(vm, &IndexErrorType, "Replacement index %lld out of range for positional args tuple",
                            (long long)idx);
        obj = ctx->args[idx];
    }
    const char *p = rest.s;
    while (p < rest.e) {
        char c = *p++;
        Sub name;
        bool is_attr;
        if (c == '.') {
            is_attr = true;
            name.s = p;
            while (p < rest.e && *p != '.' && *p != '[') p++;
            name.e = p;
        } else if (c == '[') {
            is_attr = false;
            name.s = p;
            while (p < rest.e && *p != ']') p++;
            if (p >= rest.e) return vm_raise(vm, &ValueErrorType, "Missing ']' in format string");
            name.e = p++;
        } else {
            return vm_raise(vm, &ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (name.s == name.e) return vm_raise(vm, &ValueErrorType, "Empty attribute in format string");
        if (is_attr) {
            obj = value_getattr(vm, obj, str_intern(vm, AS(Str, sub_str(vm, name))));
        } else {
            int64_t k = sub_integer(vm, name);
            if (k == -2) return VAL_ERR;
            Value key = k >= 0 ? int_from_i64(vm, k) : sub_str(vm, name);
            obj = value_getitem(vm, obj, key);
        }
        if (obj == VAL_ERR) return VAL_ERR;
    }
    return obj;
}

static Value render_field(VM *vm, Sub field_name, Sub spec, bool spec_expand, uint32_t conversion, FmtCtx *ctx,
                          int depth) {
    Value obj = get_field_object(vm, field_name, ctx);
    if (obj == VAL_ERR) return VAL_ERR;
    if (conversion) {
        switch (conversion) {
        case 'r': obj = value_repr(vm, obj); break;
        case 's': obj = value_str(vm, obj); break;
        case 'a': obj = value_ascii(vm, obj); break;
        default:
            if (conversion > 32 && conversion < 127)
                return vm_raise(vm, &ValueErrorType, "Unknown conversion specifier %c", (char)conversion);
            return vm_raise(vm, &ValueErrorType, "Unknown conversion specifier \\x%x", (unsigned)conversion);
        }
        if (obj == VAL_ERR) return VAL_ERR;
    }
    Value specv;
    if (spec_expand) {
        specv = build_string(vm, spec, ctx, depth - 1);
        if (specv == VAL_ERR) return VAL_ERR;
    } else {
        specv = sub_str(vm, spec);
    }
    return format_value(vm, obj, AS(Str, specv));
}

static Value build_string(VM *vm, Sub str, FmtCtx *ctx, int depth) {
    if (depth <= 0) return vm_raise(vm, &ValueErrorType, "Max string recursion exceeded");
    StrBuf b;
    sb_init(&b);
    const char *p = str.s, *end = str.e;
    while (p < end) {
        /* literal text up to '{' or '}' */
        const char *start = p;
        char c = 0;
        bool markup = false;
        while (p < end) {
            c = *p++;
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = p >= end;
        int64_t len = p - start;
        if (markup && c == '}' && (at_end || *p != '}')) {
            sb_free(&b);
            return vm_raise(vm, &ValueErrorType, "Single '}' encountered in format string");
        }
        if (markup && at_end && c == '{') {
            sb_free(&b);
            return vm_raise(vm, &ValueErrorType, "Single '{' encountered in format string");
        }
        if (markup) {
            if (*p == c) { /* escaped brace */
                p++;
                sb_putn(&b, start, len);
                continue;
            }
            len--;
        }
        sb_putn(&b, start, len);
        if (!markup) break;
        /* parse_field */
        Sub field_name = {p, p}, spec = {p, p};
        uint32_t conversion = 0;
        bool spec_expand = false;
        char fc = 0;
        while (p < end) {
            fc = *p++;
            if (fc == '{') {
                sb_free(&b);
                return vm_raise(vm, &ValueErrorType, "unexpected '{' in field name");
            }
            if (fc == '[') {
                while (p < end && *p != ']') p++;
                fc = 0;
                continue;
            }
            if (fc == '}' || fc == ':' || fc == '!') break;
            fc = 0;
        }
        field_name.e = (fc == '}' || fc == ':' || fc == '!') ? p - 1 : p;
        if (fc == '!' || fc == ':') {
            if (fc == '!') {
                if (p >= end) {
                    sb_free(&b);
                    return vm_raise(vm, &ValueErrorType, "end of string while looking for conversion specifier");
                }
                conversion = (unsigned char)*p < 0x80 ? (uint32_t)*p++ : utf8_decode(&p);
                if (p < end) {
                    char c2 = *p++;
                    if (c2 == '}') goto have_field;
                    if (c2 != ':') {
                        sb_free(&b);
                        return vm_raise(vm, &ValueErrorType, "expected ':' after conversion specifier");
                    }
                }
            }
            spec.s = p;
            int count = 1;
            bool closed = false;
            while (p < end) {
                char c3 = *p++;
                if (c3 == '{') {
                    spec_expand = true;
                    count++;
                } else if (c3 == '}') {
                    if (--count == 0) {
                        spec.e = p - 1;
                        closed = true;
                        break;
                    }
                }
            }
            if (!closed) {
                sb_free(&b);
                return vm_raise(vm, &ValueErrorType, "unmatched '{' in format spec");
            }
        } else if (fc != '}') {
            sb_free(&b);
            return vm_raise(vm, &ValueErrorType, "expected '}' before end of string");
        }
    have_field:;
        Value r = render_field(vm, field_name, spec, spec_expand, conversion, ctx, depth);
        if (r == VAL_ERR) {
            sb_free(&b);
            return VAL_ERR;
        }
        sb_put_str(&b, AS(Str, r));
    }
    return sb_finish(vm, &b);
}

Value format_str_method(VM *vm, Str *fmt, Value *args, int nargs, Tuple *kwnames) {
    FmtCtx ctx = {args, nargs, kwnames, VAL_UNDEF, 0, 0};
    Sub s = {fmt->data, fmt->data + fmt->nbytes};
    return build_string(vm, s, &ctx, 2);
}

Value format_str_map(VM *vm, Str *fmt, Value mapping) {
    FmtCtx ctx = {NULL, 0, NULL, mapping, 0, 0};
    Sub s = {fmt->data, fmt->data + fmt->nbytes};
    return build_string(vm, s, &ctx, 2);
}
