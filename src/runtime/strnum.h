/* strnum.h - helpers shared by str.c, number.c, format.c and mod_math.c that
 * object.h does not declare.  Other runtime files may use them too:
 *
 *   number_unop()      unary -, +, ~ on int/float/bool (abstract.c's value_unop
 *                      should call it before looking for __neg__ & co.)
 *   StrIterType        the iterator type returned by iter(str)
 *   UTF-8 and Unicode property helpers
 *   argument-checking helpers that produce CPython's exact messages
 *
 * str_init also registers the builtins format() and ascii() (format.c does
 * the work), number_init abs, round, divmod, pow, hex, oct, bin, ord, chr.
 */
#ifndef GJ_STRNUM_H
#define GJ_STRNUM_H

#include "object.h"

/* ---- number.c ---------------------------------------------------------- */
/* UNOP_NEG / UNOP_POS / UNOP_INVERT on int, float and bool (UNOP_NOT is not
 * handled); VAL_NOTIMPL for other operands, VAL_ERR on overflow (-INT64_MIN). */
Value number_unop(VM *vm, Value a, int op);
/* Raises OverflowError("int too large: glassjit ints are 64-bit"), returns VAL_ERR. */
Value int_overflow(VM *vm);
/* int(d) semantics: truncates; OverflowError for inf / beyond int64, ValueError for nan. */
Value float_to_int(VM *vm, double d);
/* int, bool or float -> double (ints rounded to nearest).  false for other values. */
bool num_to_double(Value v, double *out);
/* Euclidean helpers with Python's rounding toward -inf. */
int64_t int_floordiv(int64_t a, int64_t b); /* b != 0, no INT64_MIN / -1 */
int64_t int_mod(int64_t a, int64_t b);      /* b != 0 */
/* Shortest round-trip decimal digits of |d| (no point, no trailing zeros;
 * "0" for zero) into digits (>= 20 bytes); value = 0.DIGITS x 10^decpt.
 * Returns the digit count. */
int float_shortest_digits(double d, char *digits, int *decpt);
/* Writes repr(int) in base 2, 8, 10 or 16 with the given prefix ("0x"...), returns length. */
int format_int_base(int64_t v, int base, bool upper, const char *prefix, char *buf);

/* ---- format.c ------------------------------------------------------------ */
/* CPython's PyOS_double_to_string: type one of e E f F g G r, flags FF_*.
 * Returns a malloc'd NUL-terminated ASCII string (caller frees). */
enum { FF_SIGN = 1, FF_ADD_DOT_0 = 2, FF_ALT = 4, FF_NO_NEG_0 = 8 };
char *double_to_string(double d, char type, int prec, int flags);
/* str.format_map(mapping) */
Value format_str_map(VM *vm, Str *fmt, Value mapping);
/* ascii(obj): repr with non-ASCII characters escaped */
Value value_ascii(VM *vm, Value v);

/* ---- str.c: UTF-8 --------------------------------------------------------- */
extern Type StrIterType;                             /* iter(str); yields 1-char strings */
uint32_t utf8_decode(const char **p);                /* one code point, advances *p */
int utf8_encode(uint32_t cp, char *out);             /* 1..4 bytes written */
int64_t utf8_ncodepoints(const char *s, int64_t nbytes); /* code points */
int64_t str_byte_offset(const Str *s, int64_t i);    /* byte offset of code point i (0 <= i <= len) */
Value str_ascii_char(VM *vm, int c);                 /* cached 1-char string for c < 128 */
Value str_empty(VM *vm);                             /* the cached '' */
Value str_repeat_char(VM *vm, uint32_t cp, int64_t n);

/* ---- str.c: Unicode properties (CPython 3.11 / Unicode 14.0 semantics) -------- */
bool uni_isspace(uint32_t cp);
bool uni_isalpha(uint32_t cp);
bool uni_isdecimal(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_isprintable(uint32_t cp);
int uni_decimal_value(uint32_t cp); /* 0..9, or -1 if not a decimal digit */

/* ---- str.c: argument checking with CPython's messages ----------------------- */
enum {
    ARGS_VARARGS, /* "find() takes at least 1 argument (0 given)"          name = "find" */
    ARGS_CLINIC,  /* "center expected at least 1 argument, got 0"          name = "center" */
    ARGS_NOARGS,  /* "str.upper() takes no arguments (1 given)"            name = "str.upper" */
    ARGS_ONE      /* "str.join() takes exactly one argument (0 given)"     name = "str.join" */
};
/* n: positional args not counting self.  0 ok, -1 raised TypeError. */
int sn_check_nargs(VM *vm, const char *name, int style, int n, int min, int max);
/* "NAME() takes no keyword arguments" when kwnames is non-empty. */
int sn_no_kw(VM *vm, const char *name, Tuple *kwnames);
/* Maps positional args[0..nargs) and keywords onto params[0..nparams) into
 * out[] (VAL_UNDEF when absent).  Messages like PyArg_ParseTupleAndKeywords:
 * "split() takes at most 2 arguments (3 given)", "'x' is an invalid keyword
 * argument for split()".  fname without "()".  0 ok, -1 raised. */
int sn_parse_args(VM *vm, const char *fname, Value *args, int nargs, Tuple *kwnames,
                  const char *const *params, int nparams, Value *out);
/* int/bool fast path, else __index__ (value_index).  0 ok, -1 raised. */
int sn_index(VM *vm, Value v, int64_t *out);

#endif
