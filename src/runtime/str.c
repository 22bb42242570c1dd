/* str.c - the str type: UTF-8 storage, interning, repr, the sequence
 * protocol, all str methods, the str iterator and Unicode property tables.
 *
 * Strings are immutable UTF-8 (NUL-terminated) with a cached code point
 * count.  ASCII strings index in O(1); other strings decode from the start
 * (O(n)), which is acceptable for the programs glassjit runs.  Lone
 * surrogates (chr(0xD800)) are stored as 3-byte generalised UTF-8.
 *
 * Unicode properties (isalpha, case mappings, isprintable for repr, ...)
 * come from tables generated from CPython 3.11's unicodedata (Unicode 14.0);
 * see the end of this file.
 */
#define _GNU_SOURCE /* memmem, memrchr */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "strnum.h"
#include "vm.h"

/* ---- Unicode property records (tables at the end of the file) ------------ */

enum {
    U_ALPHA = 1 << 0,
    U_DECIMAL = 1 << 1,
    U_DIGIT = 1 << 2,
    U_NUMERIC = 1 << 3,
    U_SPACE = 1 << 4,
    U_LOWER = 1 << 5,
    U_UPPER = 1 << 6,
    U_TITLE = 1 << 7,
    U_PRINT = 1 << 8,
    U_XIDS = 1 << 9,   /* may start an identifier (incl. '_') */
    U_XIDC = 1 << 10,  /* may continue an identifier */
    U_CASEIGN = 1 << 11,
    U_SPECIAL = 1 << 12, /* some case mapping has several code points: see uni_specials */
    U_FOLD = 1 << 13,    /* casefold differs from lower: see uni_folds */
};
typedef struct UniRec { uint16_t flags; int32_t lower, upper, title; } UniRec;
typedef struct UniSpecial { uint32_t cp; const char *lower, *upper, *title; } UniSpecial;
typedef struct UniFold { uint32_t cp; const char *fold; } UniFold;

static const UniRec *uni_rec(uint32_t cp);
static const UniSpecial *uni_special(uint32_t cp);
static const char *uni_fold(uint32_t cp);
static int uni_decimal_lookup(uint32_t cp);

static inline unsigned uflags(uint32_t cp) { return uni_rec(cp)->flags; }
static inline bool u_cased(unsigned f) { return (f & (U_LOWER | U_UPPER | U_TITLE)) != 0; }

bool uni_isspace(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
    return (uflags(cp) & U_SPACE) != 0;
}
bool uni_isalpha(uint32_t cp) { return (uflags(cp) & U_ALPHA) != 0; }
bool uni_isdecimal(uint32_t cp) { return (uflags(cp) & U_DECIMAL) != 0; }
bool uni_isdigit(uint32_t cp) { return (uflags(cp) & U_DIGIT) != 0; }
bool uni_isnumeric(uint32_t cp) { return (uflags(cp) & U_NUMERIC) != 0; }
bool uni_isprintable(uint32_t cp) { return (uflags(cp) & U_PRINT) != 0; }
int uni_decimal_value(uint32_t cp) {
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    if (cp < 128 || !uni_isdecimal(cp)) return -1;
    return uni_decimal_lookup(cp);
}

/* ---- UTF-8 ------------------------------------------------------------------ */

uint32_t utf8_decode(const char **pp) {
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) {
        *pp += 1;
        return c;
    }
    if (c < 0xE0) {
        *pp += 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *pp += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pp += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
}

int utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int64_t utf8_ncodepoints(const char *s, int64_t nbytes) {
    int64_t n = 0;
    for (int64_t i = 0; i < nbytes; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

static inline int utf8_seqlen(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

int64_t str_byte_offset(const Str *s, int64_t i) {
    if (s->ascii || i <= 0) return i <= 0 ? 0 : i;
    if (i >= s->len) return s->nbytes;
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t off = 0;
    while (i-- > 0) off += utf8_seqlen(p[off]);
    return off;
}

/* code point index of byte offset off */
static int64_t str_cp_index(const Str *s, int64_t off) {
    if (s->ascii) return off;
    return utf8_ncodepoints(s->data, off);
}

/* ---- construction ----------------------------------------------------------- */

static Str *str_alloc(VM *vm, int64_t nbytes) {
    Str *s = gc_new(vm, &StrType, sizeof(Str) + (size_t)nbytes + 1);
    s->nbytes = nbytes;
    s->hash = -1;
    s->data[nbytes] = '\0';
    return s;
}

static void str_set_meta(Str *s) {
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t n = s->nbytes, cont = 0;
    unsigned char any = 0;
    for (int64_t i = 0; i < n; i++) {
        any |= p[i];
        cont += (p[i] & 0xC0) == 0x80;
    }
    s->ascii = any < 0x80;
    s->len = n - cont;
}

static Str *ascii_cache[128];
static Str *empty_cache;
static VM *cache_vm;

/* The cache entries are interned (so marked through vm->interned); this
 * finaliser forgets them when the VM frees its heap. */
static void str_finalize(Obj *o) {
    Str *s = (Str *)o;
    if (!s->interned) return;
    if (s == empty_cache)
        empty_cache = NULL;
    else if (s->nbytes == 1 && ascii_cache[(unsigned char)s->data[0] & 127] == s)
        ascii_cache[(unsigned char)s->data[0] & 127] = NULL;
}

static void cache_check(VM *vm) {
    if (cache_vm != vm) {
        memset(ascii_cache, 0, sizeof ascii_cache);
        empty_cache = NULL;
        cache_vm = vm;
    }
}

Value str_ascii_char(VM *vm, int c) {
    cache_check(vm);
    Str *s = ascii_cache[c & 127];
    if (!s) {
        char ch = (char)c;
        s = str_alloc(vm, 1);
        s->data[0] = ch;
        s->len = 1;
        s->ascii = 1;
        s = str_intern(vm, s); /* kept alive by vm->interned */
        ascii_cache[c & 127] = s;
    }
    return OBJ_VAL(s);
}

Value str_empty(VM *vm) {
    cache_check(vm);
    if (!empty_cache) {
        Str *s = str_alloc(vm, 0);
        s->ascii = 1;
        empty_cache = str_intern(vm, s);
    }
    return OBJ_VAL(empty_cache);
}

Str *str_new(VM *vm, const char *utf8, int64_t nbytes) {
    if (nbytes <= 1) {
        if (nbytes == 0) return AS(Str, str_empty(vm));
        if ((unsigned char)utf8[0] < 128) return AS(Str, str_ascii_char(vm, utf8[0]));
    }
    Str *s = str_alloc(vm, nbytes);
    memcpy(s->data, utf8, (size_t)nbytes);
    str_set_meta(s);
    return s;
}

/* A new string known to be ASCII (no scan). */
static Value str_new_ascii(VM *vm, const char *p, int64_t n) {
    if (n <= 1) return n == 0 ? str_empty(vm) : str_ascii_char(vm, p[0]);
    Str *s = str_alloc(vm, n);
    memcpy(s->data, p, (size_t)n);
    s->len = n;
    s->ascii = 1;
    return OBJ_VAL(s);
}

/* A substring given byte offsets and its code point length (-1: compute). */
static Value str_sub(VM *vm, const Str *src, int64_t from, int64_t to, int64_t ncp) {
    int64_t n = to - from;
    if (n <= 0) return str_empty(vm);
    if (from == 0 && n == src->nbytes) return OBJ_VAL(src);
    if (src->ascii) return str_new_ascii(vm, src->data + from, n);
    if (n == 1) return str_ascii_char(vm, src->data[from]);
    Str *s = str_alloc(vm, n);
    memcpy(s->data, src->data + from, (size_t)n);
    if (ncp >= 0) {
        s->len = ncp;
        s->ascii = ncp == n;
    } else {
        str_set_meta(s);
    }
    return OBJ_VAL(s);
}

Str *str_from_cstr(VM *vm, const char *s) { return str_new(vm, s, (int64_t)strlen(s)); }

Str *str_intern(VM *vm, Str *s) {
    if (s->interned) return s;
    Value v = dict_get_str(vm->interned, s);
    if (v != VAL_UNDEF) return AS(Str, v);
    s->interned = 1;
    dict_set_str(vm, vm->interned, s, OBJ_VAL(s));
    return s;
}

Str *str_intern_cstr(VM *vm, const char *cs) {
    size_t n = strlen(cs);
    if (n == 1 && (unsigned char)cs[0] < 128) return AS(Str, str_ascii_char(vm, cs[0]));
    Str *s = str_alloc(vm, (int64_t)n);
    memcpy(s->data, cs, n);
    str_set_meta(s);
    return str_intern(vm, s);
}

Value str_fromf(VM *vm, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof small) return OBJ_VAL(str_new(vm, small, n));
    char *big = malloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    Str *s = str_new(vm, big, n);
    free(big);
    return OBJ_VAL(s);
}

int64_t str_hash(Str *s) {
    if (s->hash != -1) return s->hash;
    uint64_t h = 0xcbf29ce484222325ull;
    const unsigned char *p = (const unsigned char *)s->data;
    for (int64_t i = 0; i < s->nbytes; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    /* splitmix64 finaliser: good low bits for power-of-two tables */
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    int64_t r = (int64_t)h;
    if (r == -1) r = -2;
    s->hash = r;
    return r;
}

bool str_eq(const Str *a, const Str *b) {
    if (a == b) return true;
    if (a->nbytes != b->nbytes) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    if (a->interned && b->interned) return false;
    return memcmp(a->data, b->data, (size_t)a->nbytes) == 0;
}

Value str_concat(VM *vm, Str *a, Str *b) {
    if (a->nbytes == 0) return OBJ_VAL(b);
    if (b->nbytes == 0) return OBJ_VAL(a);
    Str *s = str_alloc(vm, a->nbytes + b->nbytes);
    memcpy(s->data, a->data, (size_t)a->nbytes);
    memcpy(s->data + a->nbytes, b->data, (size_t)b->nbytes);
    s->len = a->len + b->len;
    s->ascii = a->ascii && b->ascii;
    return OBJ_VAL(s);
}

Value str_getitem_index(VM *vm, Str *s, int64_t i) {
    if (s->ascii) return str_ascii_char(vm, s->data[i]);
    int64_t off = str_byte_offset(s, i);
    int n = utf8_seqlen((unsigned char)s->data[off]);
    return str_sub(vm, s, off, off + n, 1);
}

Value str_from_codepoint(VM *vm, uint32_t cp) {
    if (cp < 128) return str_ascii_char(vm, (int)cp);
    char buf[4];
    int n = utf8_encode(cp, buf);
    Str *s = str_alloc(vm, n);
    memcpy(s->data, buf, (size_t)n);
    s->len = 1;
    return OBJ_VAL(s);
}

Value str_repeat_char(VM *vm, uint32_t cp, int64_t n) {
    if (n <= 0) return str_empty(vm);
    char buf[4];
    int k = utf8_encode(cp, buf);
    Str *s = str_alloc(vm, n * k);
    if (k == 1) {
        memset(s->data, buf[0], (size_t)n);
    } else {
        for (int64_t i = 0; i < n; i++) memcpy(s->data + i * k, buf, (size_t)k);
    }
    s->len = n;
    s->ascii = k == 1;
    return OBJ_VAL(s);
}

/* ---- StrBuf ------------------------------------------------------------------- */

void sb_init(StrBuf *b) {
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

static void sb_reserve(StrBuf *b, int64_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    int64_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) cap *= 2;
    char *d = realloc(b->data, (size_t)cap);
    if (!d) {
        fprintf(stderr, "glassjit: out of memory\n");
        abort();
    }
    b->data = d;
    b->cap = cap;
}

void sb_putc(StrBuf *b, char c) {
    sb_reserve(b, 1);
    b->data[b->len++] = c;
}

void sb_putn(StrBuf *b, const char *s, int64_t n) {
    if (n <= 0) return;
    sb_reserve(b, n);
    memcpy(b->data + b->len, s, (size_t)n);
    b->len += n;
}

void sb_puts(StrBuf *b, const char *s) { sb_putn(b, s, (int64_t)strlen(s)); }

void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0) return;
    sb_reserve(b, n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += n;
}

void sb_put_str(StrBuf *b, Str *s) { sb_putn(b, s->data, s->nbytes); }

static void sb_put_cp(StrBuf *b, uint32_t cp) {
    sb_reserve(b, 4);
    b->len += utf8_encode(cp, b->data + b->len);
}

Value sb_finish(VM *vm, StrBuf *b) {
    Str *s = str_new(vm, b->data ? b->data : "", b->len);
    sb_free(b);
    return OBJ_VAL(s);
}

void sb_free(StrBuf *b) {
    free(b->data);
    sb_init(b);
}

/* ---- repr ------------------------------------------------------------------- */

static void repr_into(StrBuf *b, const Str *s) {
    const char *p = s->data, *end = s->data + s->nbytes;
    bool has_sq = memchr(p, '\'', (size_t)s->nbytes) != NULL;
    bool has_dq = memchr(p, '"', (size_t)s->nbytes) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    sb_reserve(b, s->nbytes + 2);
    sb_putc(b, q);
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            p++;
            if (c == (unsigned char)q || c == '\\') {
                sb_putc(b, '\\');
                sb_putc(b, (char)c);
            } else if (c == '\t') {
                sb_puts(b, "\\t");
            } else if (c == '\n') {
                sb_puts(b, "\\n");
            } else if (c == '\r') {
                sb_puts(b, "\\r");
            } else if (c < 0x20 || c == 0x7f) {
                char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
                sb_putn(b, e, 4);
            } else {
                sb_putc(b, (char)c);
            }
            continue;
        }
        const char *start = p;
        uint32_t cp = utf8_decode(&p);
        if (uni_isprintable(cp)) {
            sb_putn(b, start, p - start);
        } else if (cp < 0x100) {
            char e[4] = {'\\', 'x', hex[cp >> 4], hex[cp & 15]};
            sb_putn(b, e, 4);
        } else if (cp < 0x10000) {
            char e[6] = {'\\', 'u', hex[cp >> 12], hex[(cp >> 8) & 15], hex[(cp >> 4) & 15], hex[cp & 15]};
            sb_putn(b, e, 6);
        } else {
            char e[10] = {'\\', 'U'};
            for (int i = 0; i < 8; i++) e[2 + i] = hex[(cp >> (28 - 4 * i)) & 15];
            sb_putn(b, e, 10);
        }
    }
    sb_putc(b, q);
}

Value str_repr(VM *vm, Value v) {
    StrBuf b;
    sb_init(&b);
    repr_into(&b, AS(Str, v));
    return sb_finish(vm, &b);
}

/* ---- argument helpers (shared with number.c, format.c, mod_math.c) ------------ */

static const char *plural(int n) { return n == 1 ? "" : "s"; }

int sn_check_nargs(VM *vm, const char *name, int style, int n, int min, int max) {
    if (n >= min && n <= max) return 0;
    switch (style) {
    case ARGS_NOARGS:
        vm_raise(vm, &TypeErrorType, "%s() takes no arguments (%d given)", name, n);
        break;
    case ARGS_ONE:
        vm_raise(vm, &TypeErrorType, "%s() takes exactly one argument (%d given)", name, n);
        break;
    case ARGS_CLINIC:
        if (min == max)
            vm_raise(vm, &TypeErrorType, "%s expected %d argument%s, got %d", name, min, plural(min), n);
        else if (n < min)
            vm_raise(vm, &TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), n);
        else
            vm_raise(vm, &TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), n);
        break;
    default:
        if (min == max)
            vm_raise(vm, &TypeErrorType, "%s() takes exactly %d argument%s (%d given)", name, min, plural(min), n);
        else if (n < min)
            vm_raise(vm, &TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), n);
        else
            vm_raise(vm, &TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), n);
        break;
    }
    return -1;
}

int sn_no_kw(VM *vm, const char *name, Tuple *kwnames) {
    if (!kwnames || kwnames->len == 0) return 0;
    vm_raise(vm, &TypeErrorType, "%s() takes no keyword arguments", name);
    return -1;
}

int sn_parse_args(VM *vm, const char *fname, Value *args, int nargs, Tuple *kwnames,
                  const char *const *params, int nparams, Value *out) {
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (nargs > nparams) {
        vm_raise(vm, &TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, nparams,
                 plural(nparams), nargs + nkw);
        return -1;
    }
    for (int i = 0; i < nparams; i++) out[i] = i < nargs ? args[i] : VAL_UNDEF;
    for (int k = 0; k < nkw; k++) {
        Str *kn = AS(Str, kwnames->items[k]);
        int found = -1;
        for (int i = 0; i < nparams; i++)
            if ((int64_t)strlen(params[i]) == kn->nbytes && memcmp(params[i], kn->data, (size_t)kn->nbytes) == 0) {
                found = i;
                break;
            }
        if (found < 0) {
            vm_raise(vm, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", kn->data, fname);
            return -1;
        }
        if (found < nargs) {
            vm_raise(vm, &TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname,
                     params[found], found + 1);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    return 0;
}

int sn_index(VM *vm, Value v, int64_t *out) {
    if (val_is_smallint(v) || val_is_bool(v) || val_is_type(v, &IntType)) {
        *out = int_value(v);
        return 0;
    }
    if (value_index(vm, v, out) == VAL_ERR) return -1;
    return 0;
}

/* ---- type slots --------------------------------------------------------------- */

static Value str_repr_slot(VM *vm, Value self) { return str_repr(vm, self); }
static Value str_str_slot(VM *vm, Value self) {
    (void)vm;
    return self;
}

static int str_hash_slot(VM *vm, Value self, int64_t *out) {
    (void)vm;
    *out = str_hash(AS(Str, self));
    return 0;
}

static int str_cmp(const Str *a, const Str *b) {
    int64_t n = a->nbytes < b->nbytes ? a->nbytes : b->nbytes;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c) return c;
    return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes;
}

static Value str_richcmp(VM *vm, Value a, Value b, int op) {
    (void)vm;
    if (!val_is_str(a) || !val_is_str(b)) return VAL_NOTIMPL;
    Str *x = AS(Str, a), *y = AS(Str, b);
    if (op == CMP_EQ) return val_from_bool(str_eq(x, y));
    if (op == CMP_NE) return val_from_bool(!str_eq(x, y));
    int c = str_cmp(x, y);
    switch (op) {
    case CMP_LT: return val_from_bool(c < 0);
    case CMP_LE: return val_from_bool(c <= 0);
    case CMP_GT: return val_from_bool(c > 0);
    default: return val_from_bool(c >= 0);
    }
}

static int64_t str_len_slot(VM *vm, Value self) {
    (void)vm;
    return AS(Str, self)->len;
}

static int str_truthy(VM *vm, Value self) {
    (void)vm;
    return AS(Str, self)->nbytes != 0;
}

static Value str_slice(VM *vm, Str *s, Slice *sl) {
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, sl, s->len, &start, &stop, &step);
    if (n < 0) return VAL_ERR;
    if (n == 0) return str_empty(vm);
    if (step == 1) {
        if (s->ascii) return str_sub(vm, s, start, stop, n);
        int64_t from = str_byte_offset(s, start);
        const unsigned char *p = (const unsigned char *)s->data;
        int64_t to = from;
        for (int64_t i = 0; i < n; i++) to += utf8_seqlen(p[to]);
        return str_sub(vm, s, from, to, n);
    }
    if (s->ascii) {
        Str *r = str_alloc(vm, n);
        for (int64_t i = 0, j = start; i < n; i++, j += step) r->data[i] = s->data[j];
        r->len = n;
        r->ascii = 1;
        return n == 1 ? str_ascii_char(vm, r->data[0]) : OBJ_VAL(r);
    }
    /* general case: byte offset of every code point */
    int64_t *offs = malloc(sizeof(int64_t) * (size_t)(s->len + 1));
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t off = 0;
    for (int64_t i = 0; i < s->len; i++) {
        offs[i] = off;
        off += utf8_seqlen(p[off]);
    }
    offs[s->len] = off;
    StrBuf b;
    sb_init(&b);
    for (int64_t i = 0, j = start; i < n; i++, j += step) sb_putn(&b, s->data + offs[j], offs[j + 1] - offs[j]);
    free(offs);
    return sb_finish(vm, &b);
}

static Value str_getitem(VM *vm, Value self, Value key) {
    Str *s = AS(Str, self);
    if (val_is_smallint(key) || val_is_bool(key) || val_is_type(key, &IntType)) {
        int64_t i;
        if (index_normalize(vm, key, s->len, "string", &i) < 0) return VAL_ERR;
        return str_getitem_index(vm, s, i);
    }
    if (val_is_type(key, &SliceType)) return str_slice(vm, s, AS(Slice, key));
    Type *kt = val_type(key);
    if (vm->names.__index__ && type_lookup(kt, vm->names.__index__) != VAL_UNDEF) {
        int64_t i;
        if (value_index(vm, key, &i) == VAL_ERR) return VAL_ERR;
        if (i < 0) i += s->len;
        if (i < 0 || i >= s->len) return vm_raise(vm, &IndexErrorType, "string index out of range");
        return str_getitem_index(vm, s, i);
    }
    return vm_raise(vm, &TypeErrorType, "string indices must be integers, not '%s'", type_name_of(key));
}

static const char *bfind(const char *h, int64_t hn, const char *n, int64_t nn) {
    if (nn == 0) return h;
    if (nn > hn) return NULL;
    if (nn == 1) return memchr(h, n[0], (size_t)hn);
    return memmem(h, (size_t)hn, n, (size_t)nn);
}

static const char *brfind(const char *h, int64_t hn, const char *n, int64_t nn) {
    if (nn == 0) return h + hn;
    if (nn > hn) return NULL;
    if (nn == 1) return memrchr(h, n[0], (size_t)hn);
    for (const char *p = h + hn - nn; p >= h; p--)
        if (*p == n[0] && memcmp(p, n, (size_t)nn) == 0) return p;
    return NULL;
}

static int str_contains(VM *vm, Value self, Value item) {
    if (!val_is_str(item)) {
        vm_raise(vm, &TypeErrorType, "'in <string>' requires string as left operand, not %s", type_name_of(item));
        return -1;
    }
    Str *s = AS(Str, self), *sub = AS(Str, item);
    return bfind(s->data, s->nbytes, sub->data, sub->nbytes) != NULL;
}

static Value str_repeat(VM *vm, Str *s, int64_t n) {
    if (n <= 0 || s->nbytes == 0) return str_empty(vm);
    if (n == 1) return OBJ_VAL(s);
    if (s->nbytes > INT64_MAX / 4 / n) return vm_raise(vm, &OverflowErrorType, "repeated string is too long");
    if (s->len == 1) {
        const char *p = s->data;
        return str_repeat_char(vm, utf8_decode(&p), n);
    }
    Str *r = str_alloc(vm, s->nbytes * n);
    for (int64_t i = 0; i < n; i++) memcpy(r->data + i * s->nbytes, s->data, (size_t)s->nbytes);
    r->len = s->len * n;
    r->ascii = s->ascii;
    return OBJ_VAL(r);
}

static bool is_intlike(Value v) { return val_is_smallint(v) || val_is_bool(v) || val_is_type(v, &IntType); }

static bool user_reflected(Value other, Str *rname) {
    Type *t = val_type(other);
    return (t->flags & TYPE_USER) && rname && type_lookup(t, rname) != VAL_UNDEF;
}

static Value str_binop(VM *vm, Value a, Value b, int op) {
    op &= ~BINOP_INPLACE;
    switch (op) {
    case BINOP_ADD:
        if (val_is_str(a) && val_is_str(b)) return str_concat(vm, AS(Str, a), AS(Str, b));
        if (val_is_str(a) && !user_reflected(b, vm->names.__radd__))
            return vm_raise(vm, &TypeErrorType, "can only concatenate str (not \"%s\") to str", type_name_of(b));
        return VAL_NOTIMPL;
    case BINOP_MUL: {
        Value s = val_is_str(a) ? a : b, n = val_is_str(a) ? b : a;
        if (!val_is_str(s)) return VAL_NOTIMPL;
        if (is_intlike(n)) return str_repeat(vm, AS(Str, s), int_value(n));
        if (user_reflected(n, s == a ? vm->names.__rmul__ : vm->names.__mul__)) return VAL_NOTIMPL;
        if (vm->names.__index__ && type_lookup(val_type(n), vm->names.__index__) != VAL_UNDEF) {
            int64_t k;
            if (value_index(vm, n, &k) == VAL_ERR) return VAL_ERR;
            return str_repeat(vm, AS(Str, s), k);
        }
        return vm_raise(vm, &TypeErrorType, "can't multiply sequence by non-int of type '%s'", type_name_of(n));
    }
    case BINOP_MOD:
        if (val_is_str(a)) {
            if (!val_is_str(b) && user_reflected(b, vm->names.__rmod__)) return VAL_NOTIMPL;
            return format_percent(vm, AS(Str, a), b);
        }
        return VAL_NOTIMPL;
    default:
        return VAL_NOTIMPL;
    }
}

static Value str_construct(VM *vm, Type *t, Value *args, int nargs, Tuple *kwnames) {
    (void)t;
    static const char *const params[] = {"object", "encoding", "errors"};
    Value a[3];
    if (sn_parse_args(vm, "str", args, nargs, kwnames, params, 3, a) < 0) return VAL_ERR;
    if (a[1] != VAL_UNDEF || a[2] != VAL_UNDEF) {
        if (a[1] != VAL_UNDEF && !val_is_str(a[1]))
            return vm_raise(vm, &TypeErrorType, "str() argument 'encoding' must be str, not %s", type_name_of(a[1]));
        if (a[2] != VAL_UNDEF && !val_is_str(a[2]))
            return vm_raise(vm, &TypeErrorType, "str() argument 'errors' must be str, not %s", type_name_of(a[2]));
        if (a[0] == VAL_UNDEF) return str_empty(vm);
        return vm_raise(vm, &TypeErrorType, "decoding %s is not supported", val_is_str(a[0]) ? "str" : type_name_of(a[0]));
    }
    if (a[0] == VAL_UNDEF) return str_empty(vm);
    return value_str(vm, a[0]);
}

/* ---- iterator ----------------------------------------------------------------- */

typedef struct StrIter { Obj hdr; Str *s; int64_t off; } StrIter;

static void striter_trace(VM *vm, Obj *o) { gc_mark_obj(vm, ((StrIter *)o)->s); }
static Value striter_iter(VM *vm, Value self) {
    (void)vm;
    return self;
}
static Value striter_next(VM *vm, Value self) {
    StrIter *it = AS(StrIter, self);
    Str *s = it->s;
    if (it->off >= s->nbytes) return VAL_NULL;
    unsigned char c = (unsigned char)s->data[it->off];
    if (c < 0x80) {
        it->off++;
        return str_ascii_char(vm, c);
    }
    int n = utf8_seqlen(c);
    Value r = str_sub(vm, s, it->off, it->off + n, 1);
    it->off += n;
    return r;
}

Type StrIterType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "str_iterator",
    .base = &ObjectType,
    .trace = striter_trace,
    .iter = striter_iter,
    .next = striter_next,
};

static Value str_iter(VM *vm, Value self) {
    StrIter *it = gc_new(vm, &StrIterType, sizeof(StrIter));
    it->s = AS(Str, self);
    it->off = 0;
    return OBJ_VAL(it);
}

/* ---- method helpers ------------------------------------------------------------- */

#define SELF (AS(Str, args[0]))

/* Decoded code points of s (caller frees). */
static uint32_t *str_decode(const Str *s) {
    uint32_t *cps = malloc(sizeof(uint32_t) * (size_t)(s->len + 1));
    const char *p = s->data;
    for (int64_t i = 0; i < s->len; i++) cps[i] = utf8_decode(&p);
    return cps;
}

/* Resolves optional start/end slice arguments (code points) to byte offsets.
 * Returns -1 on error, 1 if the range is empty-and-invalid (end < start). */
static int get_range(VM *vm, const Str *s, Value vstart, Value vend, int64_t *bstart, int64_t *bend,
                     int64_t *cstart) {
    int64_t len = s->len, start = 0, end = len;
    if (vstart != VAL_UNDEF && vstart != VAL_NONE) {
        if (!is_intlike(vstart) && (!vm->names.__index__ || type_lookup(val_type(vstart), vm->names.__index__) == VAL_UNDEF)) {
            vm_raise(vm, &TypeErrorType, "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        if (sn_index(vm, vstart, &start) < 0) return -1;
    }
    if (vend != VAL_UNDEF && vend != VAL_NONE) {
        if (!is_intlike(vend) && (!vm->names.__index__ || type_lookup(val_type(vend), vm->names.__index__) == VAL_UNDEF)) {
            vm_raise(vm, &TypeErrorType, "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        if (sn_index(vm, vend, &end) < 0) return -1;
    }
    if (end > len) end = len;
    else if (end < 0) {
        end += len;
        if (end < 0) end = 0;
    }
    if (start < 0) {
        start += len;
        if (start < 0) start = 0;
    }
    *cstart = start;
    if (start > end) {
        *bstart = *bend = 0;
        return 1;
    }
    *bstart = str_byte_offset(s, start);
    *bend = str_byte_offset(s, end);
    return 0;
}

static Value mk_int(VM *vm, int64_t i) { return int_from_i64(vm, i); }

/* ---- split family ----------------------------------------------------------------- */

static bool ws_at(const char *p, const char *end, int *adv) {
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
        *adv = 1;
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }
    const char *q = p;
    uint32_t cp = utf8_decode(&q);
    (void)end;
    *adv = (int)(q - p);
    return uni_isspace(cp);
}

/* whitespace before byte offset `off` (decoding backwards) */
static bool ws_before(const char *base, int64_t off, int *back) {
    int64_t i = off - 1;
    while (i > 0 && ((unsigned char)base[i] & 0xC0) == 0x80) i--;
    *back = (int)(off - i);
    int adv;
    return ws_at(base + i, base + off, &adv);
}

static Value split_ws(VM *vm, Str *s, int64_t maxsplit) {
    List *l = list_new(vm, 0);
    const char *base = s->data, *end = base + s->nbytes, *p = base;
    int adv;
    while (p < end) {
        while (p < end && ws_at(p, end, &adv)) p += adv;
        if (p >= end) break;
        if (maxsplit-- == 0) {
            list_append(vm, l, str_sub(vm, s, p - base, s->nbytes, -1));
            return OBJ_VAL(l);
        }
        const char *w = p;
        while (p < end && !ws_at(p, end, &adv)) p += adv;
        list_append(vm, l, str_sub(vm, s, w - base, p - base, -1));
    }
    return OBJ_VAL(l);
}

static Value rsplit_ws(VM *vm, Str *s, int64_t maxsplit) {
    List *l = list_new(vm, 0);
    const char *base = s->data;
    int64_t e = s->nbytes;
    int back;
    while (e > 0) {
        while (e > 0 && ws_before(base, e, &back)) e -= back;
        if (e <= 0) break;
        if (maxsplit-- == 0) {
            list_append(vm, l, str_sub(vm, s, 0, e, -1));
            break;
        }
        int64_t w = e;
        while (e > 0 && !ws_before(base, e, &back)) e -= back;
        list_append(vm, l, str_sub(vm, s, e, w, -1));
    }
    /* reverse */
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return OBJ_VAL(l);
}

static int split_args(VM *vm, const char *name, Value *args, int nargs, Tuple *kwnames, Str **sep, int64_t *maxsplit) {
    static const char *const params[] = {"sep", "maxsplit"};
    Value a[2];
    if (sn_parse_args(vm, name, args + 1, nargs - 1, kwnames, params, 2, a) < 0) return -1;
    *sep = NULL;
    *maxsplit = -1;
    if (a[0] != VAL_UNDEF && a[0] != VAL_NONE) {
        if (!val_is_str(a[0])) {
            vm_raise(vm, &TypeErrorType, "must be str or None, not %s", type_name_of(a[0]));
            return -1;
        }
        *sep = AS(Str, a[0]);
        if ((*sep)->nbytes == 0) {
            vm_raise(vm, &ValueErrorType, "empty separator");
            return -1;
        }
    }
    if (a[1] != VAL_UNDEF && sn_index(vm, a[1], maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return 0;
}

static Value m_split(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    Str *sep;
    int64_t maxsplit;
    if (split_args(vm, "split", args, nargs, kwnames, &sep, &maxsplit) < 0) return VAL_ERR;
    Str *s = SELF;
    if (!sep) return split_ws(vm, s, maxsplit);
    List *l = list_new(vm, 0);
    int64_t pos = 0;
    while (maxsplit-- > 0) {
        const char *f = bfind(s->data + pos, s->nbytes - pos, sep->data, sep->nbytes);
        if (!f) break;
        int64_t at = f - s->data;
        list_append(vm, l, str_sub(vm, s, pos, at, -1));
        pos = at + sep->nbytes;
    }
    list_append(vm, l, str_sub(vm, s, pos, s->nbytes, -1));
    return OBJ_VAL(l);
}

static Value m_rsplit(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    Str *sep;
    int64_t maxsplit;
    if (split_args(vm, "rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) return VAL_ERR;
    Str *s = SELF;
    if (!sep) return rsplit_ws(vm, s, maxsplit);
    List *l = list_new(vm, 0);
    int64_t end = s->nbytes;
    while (maxsplit-- > 0) {
        const char *f = brfind(s->data, end, sep->data, sep->nbytes);
        if (!f) break;
        int64_t at = f - s->data;
        list_append(vm, l, str_sub(vm, s, at + sep->nbytes, end, -1));
        end = at;
    }
    list_append(vm, l, str_sub(vm, s, 0, end, -1));
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return OBJ_VAL(l);
}

static bool is_linebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

static Value m_splitlines(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    static const char *const params[] = {"keepends"};
    Value a[1];
    if (sn_parse_args(vm, "splitlines", args + 1, nargs - 1, kwnames, params, 1, a) < 0) return VAL_ERR;
    int keep = 0;
    if (a[0] != VAL_UNDEF) {
        int64_t k;
        if (val_is_float(a[0])) return vm_raise(vm, &TypeErrorType, "'float' object cannot be interpreted as an integer");
        if (sn_index(vm, a[0], &k) < 0) return VAL_ERR;
        keep = k != 0;
    }
    Str *s = SELF;
    List *l = list_new(vm, 0);
    const char *base = s->data, *end = base + s->nbytes, *p = base, *line = base;
    while (p < end) {
        const char *q = p;
        uint32_t c = utf8_decode(&q);
        if (is_linebreak(c)) {
            const char *eol = p;
            if (c == '\r' && q < end && *q == '\n') q++;
            list_append(vm, l, str_sub(vm, s, line - base, (keep ? q : eol) - base, -1));
            line = q;
        }
        p = q;
    }
    if (line < end) list_append(vm, l, str_sub(vm, s, line - base, s->nbytes, -1));
    return OBJ_VAL(l);
}

static Value m_join(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "str.join", kwnames) < 0 || sn_check_nargs(vm, "str.join", ARGS_ONE, nargs - 1, 1, 1) < 0)
        return VAL_ERR;
    Str *sep = SELF;
    Value seq = args[1];
    Value *items;
    int64_t n;
    if (val_is_type(seq, &ListType)) {
        items = AS(List, seq)->items;
        n = AS(List, seq)->len;
    } else if (val_is_type(seq, &TupleType)) {
        items = AS(Tuple, seq)->items;
        n = AS(Tuple, seq)->len;
    } else {
        Value l = seq_from_iterable(vm, seq);
        if (l == VAL_ERR) {
            if (vm_exc_matches(vm, &TypeErrorType) && !val_is_str(seq) &&
                type_lookup(val_type(seq), vm->names.__iter__) == VAL_UNDEF &&
                val_type(seq)->iter == NULL) {
                vm_exc_clear(vm);
                return vm_raise(vm, &TypeErrorType, "can only join an iterable");
            }
            return VAL_ERR;
        }
        items = AS(List, l)->items;
        n = AS(List, l)->len;
    }
    if (n == 0) return str_empty(vm);
    int64_t total = 0, ncp = 0;
    bool ascii = sep->ascii;
    for (int64_t i = 0; i < n; i++) {
        if (!val_is_str(items[i]))
            return vm_raise(vm, &TypeErrorType, "sequence item %lld: expected str instance, %s found", (long long)i,
                            type_name_of(items[i]));
        Str *it = AS(Str, items[i]);
        total += it->nbytes;
        ncp += it->len;
        ascii = ascii && it->ascii;
    }
    if (n == 1) return items[0];
    total += sep->nbytes * (n - 1);
    ncp += sep->len * (n - 1);
    Str *r = str_alloc(vm, total);
    char *o = r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            memcpy(o, sep->data, (size_t)sep->nbytes);
            o += sep->nbytes;
        }
        Str *it = AS(Str, items[i]);
        memcpy(o, it->data, (size_t)it->nbytes);
        o += it->nbytes;
    }
    r->len = ncp;
    r->ascii = ascii;
    return OBJ_VAL(r);
}

/* ---- strip ------------------------------------------------------------------------ */

static Value do_strip(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *name, const char *qual, int which) {
    if (sn_no_kw(vm, qual, kwnames) < 0 || sn_check_nargs(vm, name, ARGS_CLINIC, nargs - 1, 0, 1) < 0)
        return VAL_ERR;
    Str *s = SELF;
    const char *base = s->data;
    int64_t lo = 0, hi = s->nbytes;
    if (nargs < 2 || args[1] == VAL_NONE) {
        int adv, back;
        if (which & 1)
            while (lo < hi && ws_at(base + lo, base + hi, &adv)) lo += adv;
        if (which & 2)
            while (hi > lo && ws_before(base, hi, &back)) hi -= back;
    } else {
        if (!val_is_str(args[1])) return vm_raise(vm, &TypeErrorType, "%s arg must be None or str", name);
        Str *chars = AS(Str, args[1]);
        if (chars->ascii) {
            if (which & 1)
                while (lo < hi && memchr(chars->data, base[lo], (size_t)chars->nbytes)) lo++;
            if (which & 2)
                while (hi > lo && memchr(chars->data, base[hi - 1], (size_t)chars->nbytes)) hi--;
            /* a non-ASCII char's bytes are never in an ASCII set, and continuation bytes never match */
        } else {
            uint32_t *set = str_decode(chars);
            int64_t ns = chars->len;
            if (which & 1)
                while (lo < hi) {
                    const char *q = base + lo;
                    uint32_t c = utf8_decode(&q);
                    bool in = false;
                    for (int64_t k = 0; k < ns && !in; k++) in = set[k] == c;
                    if (!in) break;
                    lo = q - base;
                }
            if (which & 2)
                while (hi > lo) {
                    int64_t i = hi - 1;
                    while (i > lo && ((unsigned char)base[i] & 0xC0) == 0x80) i--;
                    const char *q = base + i;
                    uint32_t c = utf8_decode(&q);
                    bool in = false;
                    for (int64_t k = 0; k < ns && !in; k++) in = set[k] == c;
                    if (!in) break;
                    hi = i;
                }
            free(set);
        }
    }
    return str_sub(vm, s, lo, hi, -1);
}

static Value m_strip(VM *vm, Value *args, int nargs, Tuple *kw) { return do_strip(vm, args, nargs, kw, "strip", "str.strip", 3); }
static Value m_lstrip(VM *vm, Value *args, int nargs, Tuple *kw) { return do_strip(vm, args, nargs, kw, "lstrip", "str.lstrip", 1); }
static Value m_rstrip(VM *vm, Value *args, int nargs, Tuple *kw) { return do_strip(vm, args, nargs, kw, "rstrip", "str.rstrip", 2); }

/* ---- searching ------------------------------------------------------------------- */

/* find/rfind/index/rindex/count share argument handling */
static int find_args(VM *vm, const char *name, Value *args, int nargs, Tuple *kwnames, Str **sub, int64_t *bs,
                     int64_t *be, int64_t *cs) {
    if (sn_no_kw(vm, name, kwnames) < 0 || sn_check_nargs(vm, name, ARGS_VARARGS, nargs - 1, 1, 3) < 0) return -1;
    if (!val_is_str(args[1])) {
        vm_raise(vm, &TypeErrorType, "must be str, not %s", type_name_of(args[1]));
        return -1;
    }
    *sub = AS(Str, args[1]);
    return get_range(vm, SELF, nargs > 2 ? args[2] : VAL_UNDEF, nargs > 3 ? args[3] : VAL_UNDEF, bs, be, cs);
}

static int64_t find_impl(Str *s, Str *sub, int64_t bs, int64_t be, bool rev) {
    const char *f = rev ? brfind(s->data + bs, be - bs, sub->data, sub->nbytes)
                        : bfind(s->data + bs, be - bs, sub->data, sub->nbytes);
    if (!f) return -1;
    return str_cp_index(s, f - s->data);
}

static Value do_find(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *name, bool rev, bool raise) {
    Str *sub;
    int64_t bs, be, cs;
    int r = find_args(vm, name, args, nargs, kwnames, &sub, &bs, &be, &cs);
    if (r < 0) return VAL_ERR;
    int64_t pos = r == 1 ? -1 : find_impl(SELF, sub, bs, be, rev);
    if (pos < 0 && raise) return vm_raise(vm, &ValueErrorType, "substring not found");
    return mk_int(vm, pos);
}

static Value m_find(VM *vm, Value *a, int n, Tuple *k) { return do_find(vm, a, n, k, "find", false, false); }
static Value m_rfind(VM *vm, Value *a, int n, Tuple *k) { return do_find(vm, a, n, k, "rfind", true, false); }
static Value m_index(VM *vm, Value *a, int n, Tuple *k) { return do_find(vm, a, n, k, "index", false, true); }
static Value m_rindex(VM *vm, Value *a, int n, Tuple *k) { return do_find(vm, a, n, k, "rindex", true, true); }

static int64_t count_impl(const char *h, int64_t hn, Str *sub, int64_t hcp, int64_t maxcount) {
    if (sub->nbytes == 0) return hcp + 1 < maxcount ? hcp + 1 : maxcount;
    int64_t n = 0;
    const char *p = h, *end = h + hn;
    while (n < maxcount) {
        const char *f = bfind(p, end - p, sub->data, sub->nbytes);
        if (!f) break;
        n++;
        p = f + sub->nbytes;
    }
    return n;
}

static Value m_count(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    Str *sub;
    int64_t bs, be, cs;
    int r = find_args(vm, "count", args, nargs, kwnames, &sub, &bs, &be, &cs);
    if (r < 0) return VAL_ERR;
    if (r == 1) return mk_int(vm, 0);
    Str *s = SELF;
    int64_t hcp = s->ascii ? be - bs : utf8_ncodepoints(s->data + bs, be - bs);
    return mk_int(vm, count_impl(s->data + bs, be - bs, sub, hcp, INT64_MAX));
}

static Value m_replace(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "str.replace", kwnames) < 0 || sn_check_nargs(vm, "replace", ARGS_CLINIC, nargs - 1, 2, 3) < 0)
        return VAL_ERR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &TypeErrorType, "replace() argument 1 must be str, not %s", type_name_of(args[1]));
    if (!val_is_str(args[2]))
        return vm_raise(vm, &TypeErrorType, "replace() argument 2 must be str, not %s", type_name_of(args[2]));
    int64_t maxc = -1;
    if (nargs > 3 && sn_index(vm, args[3], &maxc) < 0) return VAL_ERR;
    if (maxc < 0) maxc = INT64_MAX;
    Str *s = SELF, *old = AS(Str, args[1]), *rep = AS(Str, args[2]);
    if (maxc == 0) return args[0];
    StrBuf b;
    sb_init(&b);
    if (old->nbytes == 0) {
        const char *p = s->data, *end = p + s->nbytes;
        int64_t done = 0;
        while (done < maxc) {
            sb_put_str(&b, rep);
            done++;
            if (p >= end) break;
            int k = utf8_seqlen((unsigned char)*p);
            sb_putn(&b, p, k);
            p += k;
        }
        sb_putn(&b, p, end - p);
        return sb_finish(vm, &b);
    }
    const char *p = s->data, *end = p + s->nbytes;
    int64_t done = 0;
    while (done < maxc) {
        const char *f = bfind(p, end - p, old->data, old->nbytes);
        if (!f) break;
        sb_putn(&b, p, f - p);
        sb_put_str(&b, rep);
        p = f + old->nbytes;
        done++;
    }
    if (done == 0) {
        sb_free(&b);
        return args[0];
    }
    sb_putn(&b, p, end - p);
    return sb_finish(vm, &b);
}

static Value do_startswith(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *name, bool ends) {
    if (sn_no_kw(vm, name, kwnames) < 0 || sn_check_nargs(vm, name, ARGS_VARARGS, nargs - 1, 1, 3) < 0) return VAL_ERR;
    Str *s = SELF;
    Value pat = args[1];
    Value *pats = &pat;
    int64_t npats = 1;
    if (val_is_type(pat, &TupleType)) {
        pats = AS(Tuple, pat)->items;
        npats = AS(Tuple, pat)->len;
    } else if (!val_is_str(pat)) {
        return vm_raise(vm, &TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name,
                        type_name_of(pat));
    }
    int64_t bs, be, cs;
    int r = get_range(vm, s, nargs > 2 ? args[2] : VAL_UNDEF, nargs > 3 ? args[3] : VAL_UNDEF, &bs, &be, &cs);
    if (r < 0) return VAL_ERR;
    for (int64_t i = 0; i < npats; i++) {
        if (!val_is_str(pats[i]))
            return vm_raise(vm, &TypeErrorType, "tuple for %s must only contain str, not %s", name,
                            type_name_of(pats[i]));
        if (r == 1) continue;
        Str *p = AS(Str, pats[i]);
        if (p->nbytes > be - bs) continue;
        const char *at = ends ? s->data + be - p->nbytes : s->data + bs;
        if (memcmp(at, p->data, (size_t)p->nbytes) == 0) return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value m_startswith(VM *vm, Value *a, int n, Tuple *k) { return do_startswith(vm, a, n, k, "startswith", false); }
static Value m_endswith(VM *vm, Value *a, int n, Tuple *k) { return do_startswith(vm, a, n, k, "endswith", true); }

static Value do_partition(VM *vm, Value *args, int nargs, Tuple *kwnames, bool rev) {
    const char *qual = rev ? "str.rpartition" : "str.partition";
    if (sn_no_kw(vm, qual, kwnames) < 0 || sn_check_nargs(vm, qual, ARGS_ONE, nargs - 1, 1, 1) < 0) return VAL_ERR;
    Str *s = SELF;
    if (!val_is_str(args[1])) return vm_raise(vm, &TypeErrorType, "must be str, not %s", type_name_of(args[1]));
    Str *sep = AS(Str, args[1]);
    if (sep->nbytes == 0) return vm_raise(vm, &ValueErrorType, "empty separator");
    const char *f = rev ? brfind(s->data, s->nbytes, sep->data, sep->nbytes) : bfind(s->data, s->nbytes, sep->data, sep->nbytes);
    if (!f) {
        if (rev) return tuple_pack(vm, 3, str_empty(vm), str_empty(vm), args[0]);
        return tuple_pack(vm, 3, args[0], str_empty(vm), str_empty(vm));
    }
    int64_t at = f - s->data;
    return tuple_pack(vm, 3, str_sub(vm, s, 0, at, -1), args[1], str_sub(vm, s, at + sep->nbytes, s->nbytes, -1));
}

static Value m_partition(VM *vm, Value *a, int n, Tuple *k) { return do_partition(vm, a, n, k, false); }
static Value m_rpartition(VM *vm, Value *a, int n, Tuple *k) { return do_partition(vm, a, n, k, true); }

static Value do_removeaffix(VM *vm, Value *args, int nargs, Tuple *kwnames, bool suffix) {
    const char *qual = suffix ? "str.removesuffix" : "str.removeprefix";
    if (sn_no_kw(vm, qual, kwnames) < 0 || sn_check_nargs(vm, qual, ARGS_ONE, nargs - 1, 1, 1) < 0) return VAL_ERR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &TypeErrorType, "%s() argument must be str, not %s", suffix ? "removesuffix" : "removeprefix",
                        type_name_of(args[1]));
    Str *s = SELF, *a = AS(Str, args[1]);
    if (a->nbytes == 0 || a->nbytes > s->nbytes) return args[0];
    if (suffix) {
        if (memcmp(s->data + s->nbytes - a->nbytes, a->data, (size_t)a->nbytes) == 0)
            return str_sub(vm, s, 0, s->nbytes - a->nbytes, s->len - a->len);
    } else if (memcmp(s->data, a->data, (size_t)a->nbytes) == 0) {
        return str_sub(vm, s, a->nbytes, s->nbytes, s->len - a->len);
    }
    return args[0];
}

static Value m_removeprefix(VM *vm, Value *a, int n, Tuple *k) { return do_removeaffix(vm, a, n, k, false); }
static Value m_removesuffix(VM *vm, Value *a, int n, Tuple *k) { return do_removeaffix(vm, a, n, k, true); }

/* ---- case mapping ------------------------------------------------------------------ */

enum { MAP_LOWER, MAP_UPPER, MAP_TITLE, MAP_FOLD };

static void put_mapped(StrBuf *b, uint32_t cp, int which) {
    const UniRec *r = uni_rec(cp);
    if (which == MAP_FOLD) {
        if (r->flags & U_FOLD) {
            sb_puts(b, uni_fold(cp));
            return;
        }
        which = MAP_LOWER;
    }
    if (r->flags & U_SPECIAL) {
        const UniSpecial *sp = uni_special(cp);
        sb_puts(b, which == MAP_LOWER ? sp->lower : which == MAP_UPPER ? sp->upper : sp->title);
        return;
    }
    int32_t d = which == MAP_LOWER ? r->lower : which == MAP_UPPER ? r->upper : r->title;
    sb_put_cp(b, (uint32_t)((int32_t)cp + d));
}

/* CPython's handle_capital_sigma */
static uint32_t final_sigma(const uint32_t *cps, int64_t n, int64_t i) {
    int64_t j;
    uint32_t c = 0;
    for (j = i - 1; j >= 0; j--) {
        c = cps[j];
        if (!(uflags(c) & U_CASEIGN)) break;
    }
    bool fin = j >= 0 && u_cased(uflags(c));
    if (fin) {
        for (j = i + 1; j < n; j++) {
            c = cps[j];
            if (!(uflags(c) & U_CASEIGN)) break;
        }
        fin = j == n || !u_cased(uflags(c));
    }
    return fin ? 0x3C2 : 0x3C3;
}

static void put_lower_ctx(StrBuf *b, const uint32_t *cps, int64_t n, int64_t i) {
    if (cps[i] == 0x3A3)
        sb_put_cp(b, final_sigma(cps, n, i));
    else
        put_mapped(b, cps[i], MAP_LOWER);
}

enum { CASE_LOWER, CASE_UPPER, CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP, CASE_FOLD };

static Value do_case(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *qual, int mode) {
    if (sn_no_kw(vm, qual, kwnames) < 0 || sn_check_nargs(vm, qual, ARGS_NOARGS, nargs - 1, 0, 0) < 0) return VAL_ERR;
    Str *s = SELF;
    if (s->nbytes == 0) return args[0];
    if (s->ascii) {
        Str *r = str_alloc(vm, s->nbytes);
        r->len = s->len;
        r->ascii = 1;
        const char *p = s->data;
        char *o = r->data;
        int64_t n = s->nbytes;
        bool prev_cased = false;
        for (int64_t i = 0; i < n; i++) {
            char c = p[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (mode) {
            case CASE_LOWER:
            case CASE_FOLD: o[i] = up ? (char)(c + 32) : c; break;
            case CASE_UPPER: o[i] = lo ? (char)(c - 32) : c; break;
            case CASE_SWAP: o[i] = up ? (char)(c + 32) : lo ? (char)(c - 32) : c; break;
            case CASE_CAPITALIZE:
                if (i == 0)
                    o[i] = lo ? (char)(c - 32) : c;
                else
                    o[i] = up ? (char)(c + 32) : c;
                break;
            default: /* title */
                if (prev_cased)
                    o[i] = up ? (char)(c + 32) : c;
                else
                    o[i] = lo ? (char)(c - 32) : c;
                prev_cased = up || lo;
                break;
            }
        }
        if (r->nbytes == 1) return str_ascii_char(vm, r->data[0]);
        return OBJ_VAL(r);
    }
    uint32_t *cps = str_decode(s);
    int64_t n = s->len;
    StrBuf b;
    sb_init(&b);
    sb_reserve(&b, s->nbytes + 8);
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        unsigned f = uflags(c);
        switch (mode) {
        case CASE_LOWER: put_lower_ctx(&b, cps, n, i); break;
        case CASE_FOLD: put_mapped(&b, c, MAP_FOLD); break;
        case CASE_UPPER: put_mapped(&b, c, MAP_UPPER); break;
        case CASE_SWAP:
            if (f & U_UPPER)
                put_lower_ctx(&b, cps, n, i);
            else if (f & U_LOWER)
                put_mapped(&b, c, MAP_UPPER);
            else
                sb_put_cp(&b, c);
            break;
        case CASE_CAPITALIZE:
            if (i == 0)
                put_mapped(&b, c, MAP_TITLE);
            else
                put_lower_ctx(&b, cps, n, i);
            break;
        default:
            if (prev_cased)
                put_lower_ctx(&b, cps, n, i);
            else
                put_mapped(&b, c, MAP_TITLE);
            prev_cased = u_cased(f);
            break;
        }
    }
    free(cps);
    return sb_finish(vm, &b);
}

static Value m_lower(VM *vm, Value *a, int n, Tuple *k) { return do_case(vm, a, n, k, "str.lower", CASE_LOWER); }
static Value m_upper(VM *vm, Value *a, int n, Tuple *k) { return do_case(vm, a, n, k, "str.upper", CASE_UPPER); }
static Value m_title(VM *vm, Value *a, int n, Tuple *k) { return do_case(vm, a, n, k, "str.title", CASE_TITLE); }
static Value m_capitalize(VM *vm, Value *a, int n, Tuple *k) { return do_case(vm, a, n, k, "str.capitalize", CASE_CAPITALIZE); }
static Value m_swapcase(VM *vm, Value *a, int n, Tuple *k) { return do_case(vm, a, n, k, "str.swapcase", CASE_SWAP); }
static Value m_casefold(VM *vm, Value *a, int n, Tuple *k) { return do_case(vm, a, n, k, "str.casefold", CASE_FOLD); }

/* ---- predicates ---------------------------------------------------------------------- */

enum { P_ALPHA, P_DIGIT, P_DECIMAL, P_NUMERIC, P_SPACE, P_ALNUM, P_UPPER, P_LOWER, P_TITLE, P_IDENT, P_PRINT, P_ASCII };

static bool pred_char(uint32_t c, int which) {
    unsigned f = uflags(c);
    switch (which) {
    case P_ALPHA: return f & U_ALPHA;
    case P_DIGIT: return f & U_DIGIT;
    case P_DECIMAL: return f & U_DECIMAL;
    case P_NUMERIC: return f & U_NUMERIC;
    case P_SPACE: return uni_isspace(c);
    case P_ALNUM: return f & (U_ALPHA | U_DECIMAL | U_DIGIT | U_NUMERIC);
    case P_PRINT: return f & U_PRINT;
    default: return false;
    }
}

static Value do_pred(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *qual, int which) {
    if (sn_no_kw(vm, qual, kwnames) < 0 || sn_check_nargs(vm, qual, ARGS_NOARGS, nargs - 1, 0, 0) < 0) return VAL_ERR;
    Str *s = SELF;
    const char *p = s->data, *end = p + s->nbytes;
    switch (which) {
    case P_ASCII: return val_from_bool(s->ascii);
    case P_PRINT:
        while (p < end)
            if (!pred_char(utf8_decode(&p), P_PRINT)) return VAL_FALSE;
        return VAL_TRUE;
    case P_UPPER:
    case P_LOWER: {
        bool cased = false;
        unsigned want = which == P_UPPER ? U_UPPER : U_LOWER;
        unsigned bad = which == P_UPPER ? (U_LOWER | U_TITLE) : (U_UPPER | U_TITLE);
        while (p < end) {
            unsigned f = uflags(utf8_decode(&p));
            if (f & bad) return VAL_FALSE;
            if (f & want) cased = true;
        }
        return val_from_bool(cased);
    }
    case P_TITLE: {
        bool cased = false, prev = false;
        while (p < end) {
            unsigned f = uflags(utf8_decode(&p));
            if (f & (U_UPPER | U_TITLE)) {
                if (prev) return VAL_FALSE;
                prev = cased = true;
            } else if (f & U_LOWER) {
                if (!prev) return VAL_FALSE;
                prev = cased = true;
            } else {
                prev = false;
            }
        }
        return val_from_bool(cased);
    }
    case P_IDENT: {
        if (p == end) return VAL_FALSE;
        if (!(uflags(utf8_decode(&p)) & U_XIDS)) return VAL_FALSE;
        while (p < end)
            if (!(uflags(utf8_decode(&p)) & U_XIDC)) return VAL_FALSE;
        return VAL_TRUE;
    }
    default:
        if (p == end) return VAL_FALSE;
        while (p < end)
            if (!pred_char(utf8_decode(&p), which)) return VAL_FALSE;
        return VAL_TRUE;
    }
}

#define PRED(fn, nm, w) \
    static Value fn(VM *vm, Value *a, int n, Tuple *k) { return do_pred(vm, a, n, k, "str." nm, w); }
PRED(m_isalpha, "isalpha", P_ALPHA)
PRED(m_isdigit, "isdigit", P_DIGIT)
PRED(m_isdecimal, "isdecimal", P_DECIMAL)
PRED(m_isnumeric, "isnumeric", P_NUMERIC)
PRED(m_isspace, "isspace", P_SPACE)
PRED(m_isalnum, "isalnum", P_ALNUM)
PRED(m_isupper, "isupper", P_UPPER)
PRED(m_islower, "islower", P_LOWER)
PRED(m_istitle, "istitle", P_TITLE)
PRED(m_isidentifier, "isidentifier", P_IDENT)
PRED(m_isprintable, "isprintable", P_PRINT)
PRED(m_isascii, "isascii", P_ASCII)
#undef PRED

/* ---- padding --------------------------------------------------------------------------- */

static Value pad(VM *vm, Str *s, int64_t left, int64_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return OBJ_VAL(s);
    char fb[4];
    int fk = utf8_encode(fill, fb);
    Str *r = str_alloc(vm, s->nbytes + (left + right) * fk);
    char *o = r->data;
    for (int64_t i = 0; i < left; i++, o += fk) memcpy(o, fb, (size_t)fk);
    memcpy(o, s->data, (size_t)s->nbytes);
    o += s->nbytes;
    for (int64_t i = 0; i < right; i++, o += fk) memcpy(o, fb, (size_t)fk);
    r->len = s->len + left + right;
    r->ascii = s->ascii && fk == 1;
    return OBJ_VAL(r);
}

static Value do_just(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *name, const char *qual, int mode) {
    if (sn_no_kw(vm, qual, kwnames) < 0 || sn_check_nargs(vm, name, ARGS_CLINIC, nargs - 1, 1, 2) < 0) return VAL_ERR;
    int64_t width;
    if (val_is_float(args[1]))
        return vm_raise(vm, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    if (sn_index(vm, args[1], &width) < 0) return VAL_ERR;
    uint32_t fill = ' ';
    if (nargs > 2) {
        if (!val_is_str(args[2]))
            return vm_raise(vm, &TypeErrorType, "The fill character must be a unicode character, not %s",
                            type_name_of(args[2]));
        Str *f = AS(Str, args[2]);
        if (f->len != 1) return vm_raise(vm, &TypeErrorType, "The fill character must be exactly one character long");
        const char *p = f->data;
        fill = utf8_decode(&p);
    }
    Str *s = SELF;
    if (s->len >= width) return args[0];
    int64_t marg = width - s->len;
    if (mode == 0) return pad(vm, s, 0, marg, fill);
    if (mode == 1) return pad(vm, s, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(vm, s, left, marg - left, fill);
}

static Value m_ljust(VM *vm, Value *a, int n, Tuple *k) { return do_just(vm, a, n, k, "ljust", "str.ljust", 0); }
static Value m_rjust(VM *vm, Value *a, int n, Tuple *k) { return do_just(vm, a, n, k, "rjust", "str.rjust", 1); }
static Value m_center(VM *vm, Value *a, int n, Tuple *k) { return do_just(vm, a, n, k, "center", "str.center", 2); }

static Value m_zfill(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "str.zfill", kwnames) < 0 || sn_check_nargs(vm, "str.zfill", ARGS_ONE, nargs - 1, 1, 1) < 0)
        return VAL_ERR;
    int64_t width;
    if (val_is_float(args[1]))
        return vm_raise(vm, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    if (sn_index(vm, args[1], &width) < 0) return VAL_ERR;
    Str *s = SELF;
    if (s->len >= width) return args[0];
    int64_t fill = width - s->len;
    Value r = pad(vm, s, fill, 0, '0');
    Str *rs = AS(Str, r);
    if (s->nbytes > 0 && (s->data[0] == '+' || s->data[0] == '-')) {
        rs->data[0] = s->data[0];
        rs->data[fill] = '0';
    }
    return r;
}

static Value m_expandtabs(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    static const char *const params[] = {"tabsize"};
    Value a[1];
    if (sn_parse_args(vm, "expandtabs", args + 1, nargs - 1, kwnames, params, 1, a) < 0) return VAL_ERR;
    int64_t tab = 8;
    if (a[0] != VAL_UNDEF) {
        if (val_is_float(a[0])) return vm_raise(vm, &TypeErrorType, "'float' object cannot be interpreted as an integer");
        if (sn_index(vm, a[0], &tab) < 0) return VAL_ERR;
    }
    Str *s = SELF;
    if (!memchr(s->data, '\t', (size_t)s->nbytes)) return args[0];
    StrBuf b;
    sb_init(&b);
    int64_t col = 0;
    const char *p = s->data, *end = p + s->nbytes;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                for (int64_t i = 0; i < k; i++) sb_putc(&b, ' ');
                col += k;
            }
            p++;
        } else {
            int k = utf8_seqlen(c);
            sb_putn(&b, p, k);
            p += k;
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return sb_finish(vm, &b);
}

static Value m_format(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return format_str_method(vm, SELF, args + 1, nargs - 1, kwnames);
}

static Value m_format_map(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "str.format_map", kwnames) < 0 ||
        sn_check_nargs(vm, "str.format_map", ARGS_ONE, nargs - 1, 1, 1) < 0)
        return VAL_ERR;
    return format_str_map(vm, SELF, args[1]);
}

static Value m_format_dunder(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "str.__format__", kwnames) < 0 || sn_check_nargs(vm, "__format__", ARGS_CLINIC, nargs - 1, 1, 1) < 0)
        return VAL_ERR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &TypeErrorType, "__format__() argument must be str, not %s", type_name_of(args[1]));
    return format_value(vm, args[0], AS(Str, args[1]));
}

/* str.translate(table): table[ord(c)] -> str, int or None; LookupError keeps c. */
static Value m_translate(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "str.translate", kwnames) < 0 || sn_check_nargs(vm, "str.translate", ARGS_ONE, nargs - 1, 1, 1) < 0)
        return VAL_ERR;
    Str *s = SELF;
    Value table = args[1];
    StrBuf b;
    sb_init(&b);
    const char *p = s->data, *end = p + s->nbytes;
    while (p < end) {
        const char *st = p;
        uint32_t c = utf8_decode(&p);
        Value r = value_getitem(vm, table, int_from_i64(vm, c));
        if (r == VAL_ERR) {
            if (vm_exc_matches(vm, &LookupErrorType)) {
                vm_exc_clear(vm);
                sb_putn(&b, st, p - st);
                continue;
            }
            sb_free(&b);
            return VAL_ERR;
        }
        if (r == VAL_NONE) continue;
        if (val_is_str(r)) {
            sb_put_str(&b, AS(Str, r));
        } else if (is_intlike(r)) {
            int64_t v = int_value(r);
            if (v < 0 || v > 0x10FFFF) {
                sb_free(&b);
                return vm_raise(vm, &ValueErrorType, "character mapping must be in range(0x110000)");
            }
            sb_put_cp(&b, (uint32_t)v);
        } else {
            sb_free(&b);
            return vm_raise(vm, &TypeErrorType, "character mapping must return integer, None or str");
        }
    }
    return sb_finish(vm, &b);
}

/* str.maketrans(x[, y[, z]]) (static) */
static Value m_maketrans(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "maketrans", kwnames) < 0 || sn_check_nargs(vm, "maketrans", ARGS_CLINIC, nargs, 1, 3) < 0)
        return VAL_ERR;
    Dict *d = dict_new(vm);
    if (nargs == 1) {
        if (!val_is_type(args[0], &DictType))
            return vm_raise(vm, &TypeErrorType, "if you give only one argument to maketrans it must be a dict");
        int64_t pos = 0;
        Value k, v;
        while (dict_next(AS(Dict, args[0]), &pos, &k, &v)) {
            if (val_is_str(k)) {
                if (AS(Str, k)->len != 1)
                    return vm_raise(vm, &ValueErrorType, "string keys in translate table must be of length 1");
                const char *p = AS(Str, k)->data;
                k = int_from_i64(vm, utf8_decode(&p));
            } else if (!is_intlike(k)) {
                return vm_raise(vm, &TypeErrorType, "keys in translate table must be strings or integers");
            }
            if (dict_set(vm, d, k, v) < 0) return VAL_ERR;
        }
        return OBJ_VAL(d);
    }
    if (!val_is_str(args[0]))
        return vm_raise(vm, &TypeErrorType, "maketrans() argument 1 must be str, not %s", type_name_of(args[0]));
    if (!val_is_str(args[1]))
        return vm_raise(vm, &TypeErrorType, "maketrans() argument 2 must be str, not %s", type_name_of(args[1]));
    Str *x = AS(Str, args[0]), *y = AS(Str, args[1]);
    if (x->len != y->len)
        return vm_raise(vm, &ValueErrorType, "the first two maketrans arguments must have equal length");
    const char *p = x->data, *q = y->data;
    for (int64_t i = 0; i < x->len; i++) {
        uint32_t a = utf8_decode(&p), c = utf8_decode(&q);
        if (dict_set(vm, d, int_from_i64(vm, a), int_from_i64(vm, c)) < 0) return VAL_ERR;
    }
    if (nargs == 3) {
        if (!val_is_str(args[2]))
            return vm_raise(vm, &TypeErrorType, "maketrans() argument 3 must be str, not %s", type_name_of(args[2]));
        Str *z = AS(Str, args[2]);
        p = z->data;
        for (int64_t i = 0; i < z->len; i++)
            if (dict_set(vm, d, int_from_i64(vm, utf8_decode(&p)), VAL_NONE) < 0) return VAL_ERR;
    }
    return OBJ_VAL(d);
}

static const MethodDef str_methods[] = {
    {"split", m_split, 0},
    {"rsplit", m_rsplit, 0},
    {"splitlines", m_splitlines, 0},
    {"join", m_join, 0},
    {"strip", m_strip, 0},
    {"lstrip", m_lstrip, 0},
    {"rstrip", m_rstrip, 0},
    {"replace", m_replace, 0},
    {"find", m_find, 0},
    {"rfind", m_rfind, 0},
    {"index", m_index, 0},
    {"rindex", m_rindex, 0},
    {"count", m_count, 0},
    {"startswith", m_startswith, 0},
    {"endswith", m_endswith, 0},
    {"partition", m_partition, 0},
    {"rpartition", m_rpartition, 0},
    {"removeprefix", m_removeprefix, 0},
    {"removesuffix", m_removesuffix, 0},
    {"upper", m_upper, 0},
    {"lower", m_lower, 0},
    {"capitalize", m_capitalize, 0},
    {"title", m_title, 0},
    {"swapcase", m_swapcase, 0},
    {"casefold", m_casefold, 0},
    {"isalpha", m_isalpha, 0},
    {"isdigit", m_isdigit, 0},
    {"isdecimal", m_isdecimal, 0},
    {"isnumeric", m_isnumeric, 0},
    {"isspace", m_isspace, 0},
    {"isalnum", m_isalnum, 0},
    {"isupper", m_isupper, 0},
    {"islower", m_islower, 0},
    {"istitle", m_istitle, 0},
    {"isidentifier", m_isidentifier, 0},
    {"isprintable", m_isprintable, 0},
    {"isascii", m_isascii, 0},
    {"zfill", m_zfill, 0},
    {"center", m_center, 0},
    {"ljust", m_ljust, 0},
    {"rjust", m_rjust, 0},
    {"expandtabs", m_expandtabs, 0},
    {"format", m_format, 0},
    {"format_map", m_format_map, 0},
    {"__format__", m_format_dunder, 0},
    {"translate", m_translate, 0},
    {"maketrans", m_maketrans, METH_STATIC},
    {NULL, NULL, 0},
};

Type StrType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "str",
    .base = &ObjectType,
    .finalize = str_finalize,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcmp = str_richcmp,
    .iter = str_iter,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .truthy = str_truthy,
    .binop = str_binop,
    .construct = str_construct,
};

/* ---- builtins format() and ascii() ---------------------------------------------------- */

static Value b_format(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "format", kwnames) < 0 || sn_check_nargs(vm, "format", ARGS_CLINIC, nargs, 1, 2) < 0)
        return VAL_ERR;
    if (nargs > 1 && !val_is_str(args[1]))
        return vm_raise(vm, &TypeErrorType, "format() argument 2 must be str, not %s", type_name_of(args[1]));
    return format_value(vm, args[0], nargs > 1 ? AS(Str, args[1]) : NULL);
}

static Value b_ascii(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (sn_no_kw(vm, "ascii", kwnames) < 0 || sn_check_nargs(vm, "ascii", ARGS_VARARGS, nargs, 1, 1) < 0)
        return VAL_ERR;
    return value_ascii(vm, args[0]);
}

void str_init(VM *vm) {
    type_init_static(vm, &StrType);
    type_init_static(vm, &StrIterType);
    type_add_methods(vm, &StrType, str_methods);
    dict_set_str(vm, vm->builtins, str_intern_cstr(vm, "format"), native_func_new(vm, "format", b_format, NULL, 0));
    dict_set_str(vm, vm->builtins, str_intern_cstr(vm, "ascii"), native_func_new(vm, "ascii", b_ascii, NULL, 0));
    /* pre-create the cached one-character strings */
    str_empty(vm);
    for (int c = 0; c < 128; c++) str_ascii_char(vm, c);
}

/* ---- Unicode tables --------------------------------------------------------------------- */

/* ---- generated by the script at the end of this file from Python 3.11.2 unicodedata 14.0.0 ---- */
static const UniRec uni_recs[208] = {
    {0x0,0,0,0}, {0x10,0,0,0}, {0x100,0,0,0}, {0x101,0,0,0}, {0x108,0,0,0}, {0x10c,0,0,0}, {0x110,0,0,0},
    {0x120,0,-26,-26}, {0x140,0,0,0}, {0x140,26,0,0}, {0x500,0,0,0}, {0x501,0,0,0}, {0x50c,0,0,0}, {0x50e,0,0,0},
    {0x700,0,0,0}, {0x701,0,0,0}, {0x708,0,0,0}, {0x709,0,0,0}, {0x721,0,-10795,-10795}, {0x721,0,-10792,-10792},
    {0x721,0,-7264,-7264}, {0x721,0,-928,-928}, {0x721,0,-232,-232}, {0x721,0,-219,-219}, {0x721,0,-218,-218},
    {0x721,0,-217,-217}, {0x721,0,-214,-214}, {0x721,0,-213,-213}, {0x721,0,-211,-211}, {0x721,0,-210,-210},
    {0x721,0,-209,-209}, {0x721,0,-207,-207}, {0x721,0,-206,-206}, {0x721,0,-205,-205}, {0x721,0,-203,-203},
    {0x721,0,-202,-202}, {0x721,0,-116,-116}, {0x721,0,-80,-80}, {0x721,0,-79,-79}, {0x721,0,-71,-71},
    {0x721,0,-69,-69}, {0x721,0,-64,-64}, {0x721,0,-63,-63}, {0x721,0,-48,-48}, {0x721,0,-40,-40},
    {0x721,0,-39,-39}, {0x721,0,-38,-38}, {0x721,0,-37,-37}, {0x721,0,-34,-34}, {0x721,0,-32,-32},
    {0x721,0,-28,-28}, {0x721,0,-15,-15}, {0x721,0,-8,-8}, {0x721,0,-2,-1}, {0x721,0,-1,-1}, {0x721,0,0,0},
    {0x721,0,7,7}, {0x721,0,8,8}, {0x721,0,48,48}, {0x721,0,56,56}, {0x721,0,74,74}, {0x721,0,86,86},
    {0x721,0,97,97}, {0x721,0,100,100}, {0x721,0,112,112}, {0x721,0,121,121}, {0x721,0,126,126},
    {0x721,0,128,128}, {0x721,0,130,130}, {0x721,0,163,163}, {0x721,0,195,195}, {0x721,0,3008,0},
    {0x721,0,3814,3814}, {0x721,0,10727,10727}, {0x721,0,10743,10743}, {0x721,0,10749,10749},
    {0x721,0,10780,10780}, {0x721,0,10782,10782}, {0x721,0,10783,10783}, {0x721,0,10815,10815},
    {0x721,0,35332,35332}, {0x721,0,35384,35384}, {0x721,0,42258,42258}, {0x721,0,42261,42261},
    {0x721,0,42280,42280}, {0x721,0,42282,42282}, {0x721,0,42305,42305}, {0x721,0,42307,42307},
    {0x721,0,42308,42308}, {0x721,0,42315,42315}, {0x721,0,42319,42319}, {0x728,0,-16,-16}, {0x741,-42319,0,0},
    {0x741,-42315,0,0}, {0x741,-42308,0,0}, {0x741,-42307,0,0}, {0x741,-42305,0,0}, {0x741,-42282,0,0},
    {0x741,-42280,0,0}, {0x741,-42261,0,0}, {0x741,-42258,0,0}, {0x741,-35384,0,0}, {0x741,-35332,0,0},
    {0x741,-10815,0,0}, {0x741,-10783,0,0}, {0x741,-10782,0,0}, {0x741,-10780,0,0}, {0x741,-10749,0,0},
    {0x741,-10743,0,0}, {0x741,-10727,0,0}, {0x741,-8383,0,0}, {0x741,-8262,0,0}, {0x741,-7517,0,0},
    {0x741,-3814,0,0}, {0x741,-3008,0,0}, {0x741,-195,0,0}, {0x741,-163,0,0}, {0x741,-130,0,0}, {0x741,-128,0,0},
    {0x741,-126,0,0}, {0x741,-121,0,0}, {0x741,-112,0,0}, {0x741,-100,0,0}, {0x741,-97,0,0}, {0x741,-86,0,0},
    {0x741,-74,0,0}, {0x741,-60,0,0}, {0x741,-56,0,0}, {0x741,-48,0,0}, {0x741,-8,0,0}, {0x741,-7,0,0},
    {0x741,0,0,0}, {0x741,1,0,0}, {0x741,2,0,1}, {0x741,8,0,0}, {0x741,15,0,0}, {0x741,28,0,0}, {0x741,32,0,0},
    {0x741,34,0,0}, {0x741,37,0,0}, {0x741,38,0,0}, {0x741,39,0,0}, {0x741,40,0,0}, {0x741,48,0,0},
    {0x741,63,0,0}, {0x741,64,0,0}, {0x741,69,0,0}, {0x741,71,0,0}, {0x741,79,0,0}, {0x741,80,0,0},
    {0x741,116,0,0}, {0x741,202,0,0}, {0x741,203,0,0}, {0x741,205,0,0}, {0x741,206,0,0}, {0x741,207,0,0},
    {0x741,209,0,0}, {0x741,210,0,0}, {0x741,211,0,0}, {0x741,213,0,0}, {0x741,214,0,0}, {0x741,217,0,0},
    {0x741,218,0,0}, {0x741,219,0,0}, {0x741,928,0,0}, {0x741,7264,0,0}, {0x741,10792,0,0}, {0x741,10795,0,0},
    {0x748,16,0,0}, {0x781,1,-1,0}, {0x800,0,0,0}, {0x900,0,0,0}, {0x901,0,0,0}, {0x921,0,0,0}, {0xd00,0,0,0},
    {0xd01,0,0,0}, {0xf00,0,0,0}, {0xf01,0,0,0}, {0xf21,0,0,0}, {0x1741,0,0,0}, {0x2721,0,-38864,-38864},
    {0x2721,0,-7205,-7205}, {0x2721,0,-6254,-6254}, {0x2721,0,-6253,-6253}, {0x2721,0,-6244,-6244},
    {0x2721,0,-6243,-6243}, {0x2721,0,-6242,-6242}, {0x2721,0,-6236,-6236}, {0x2721,0,-6181,-6181},
    {0x2721,0,-300,-300}, {0x2721,0,-96,-96}, {0x2721,0,-86,-86}, {0x2721,0,-80,-80}, {0x2721,0,-62,-62},
    {0x2721,0,-59,-59}, {0x2721,0,-57,-57}, {0x2721,0,-54,-54}, {0x2721,0,-47,-47}, {0x2721,0,-31,-31},
    {0x2721,0,-8,-8}, {0x2721,0,743,743}, {0x2721,0,35266,35266}, {0x2741,-7615,0,0}, {0x2741,8,0,0},
    {0x2741,38864,0,0}, {0x2d20,0,84,84}, {0x3721,0,0,0}, {0x3781,0,0,0},
};
static const uint8_t uni_latin1[256] = {
    0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,
    6,2,2,2,2,2,2,171,2,2,2,2,2,2,171,2,13,13,13,13,13,13,13,13,13,13,171,2,2,2,2,2,
    2,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,2,2,2,171,14,
    171,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,2,2,2,2,0,
    0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    1,2,2,2,2,2,2,2,171,2,55,2,2,170,2,171,2,2,5,5,171,200,2,174,171,5,55,2,4,4,4,2,
    137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,137,2,137,137,137,137,137,137,137,206,
    49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,49,2,49,49,49,49,49,49,49,65,
};
static const uint32_t uni_runs[4043] = { /* start << 8 | record */
    0x0,0x901,0xe00,0x1c01,0x2006,0x2102,0x27ab,0x2802,0x2eab,0x2f02,0x300d,0x3aab,0x3b02,0x4189,0x5b02,0x5eab,
    0x5f0e,0x60ab,0x6131,0x7b02,0x7f00,0x8501,0x8600,0xa001,0xa102,0xa8ab,0xa902,0xaa37,0xab02,0xadaa,0xae02,
    0xafab,0xb002,0xb205,0xb4ab,0xb5c8,0xb602,0xb7ae,0xb8ab,0xb905,0xba37,0xbb02,0xbc04,0xbf02,0xc089,0xd702,
    0xd889,0xdfce,0xe031,0xf702,0xf831,0xff41,0x10084,0x10136,0x10284,0x10336,0x10484,0x10536,0x10684,0x10736,
    0x10884,0x10936,0x10a84,0x10b36,0x10c84,0x10d36,0x10e84,0x10f36,0x11084,0x11136,0x11284,0x11336,0x11484,
    0x11536,0x11684,0x11736,0x11884,0x11936,0x11a84,0x11b36,0x11c84,0x11d36,0x11e84,0x11f36,0x12084,0x12136,
    0x12284,0x12336,0x12484,0x12536,0x12684,0x12736,0x12884,0x12936,0x12a84,0x12b36,0x12c84,0x12d36,0x12e84,
    0x12f36,0x130b3,0x13116,0x13284,0x13336,0x13484,0x13536,0x13684,0x13736,0x13837,0x13984,0x13a36,0x13b84,
    0x13c36,0x13d84,0x13e36,0x13f84,0x14036,0x14184,0x14236,0x14384,0x14436,0x14584,0x14636,0x14784,0x14836,
    0x149ce,0x14a84,0x14b36,0x14c84,0x14d36,0x14e84,0x14f36,0x15084,0x15136,0x15284,0x15336,0x15484,0x15536,
    0x15684,0x15736,0x15884,0x15936,0x15a84,0x15b36,0x15c84,0x15d36,0x15e84,0x15f36,0x16084,0x16136,0x16284,
    0x16336,0x16484,0x16536,0x16684,0x16736,0x16884,0x16936,0x16a84,0x16b36,0x16c84,0x16d36,0x16e84,0x16f36,
    0x17084,0x17136,0x17284,0x17336,0x17484,0x17536,0x17684,0x17736,0x17878,0x17984,0x17a36,0x17b84,0x17c36,
    0x17d84,0x17e36,0x17fbd,0x18046,0x1819d,0x18284,0x18336,0x18484,0x18536,0x1869a,0x18784,0x18836,0x18999,
    0x18b84,0x18c36,0x18d37,0x18e94,0x18f97,0x19098,0x19184,0x19236,0x19399,0x1949b,0x1953e,0x1969e,0x1979c,
    0x19884,0x19936,0x19a45,0x19b37,0x19c9e,0x19d9f,0x19e44,0x19fa0,0x1a084,0x1a136,0x1a284,0x1a336,0x1a484,
    0x1a536,0x1a6a2,0x1a784,0x1a836,0x1a9a2,0x1aa37,0x1ac84,0x1ad36,0x1aea2,0x1af84,0x1b036,0x1b1a1,0x1b384,
    0x1b436,0x1b584,0x1b636,0x1b7a3,0x1b884,0x1b936,0x1ba37,0x1bb0f,0x1bc84,0x1bd36,0x1be37,0x1bf3b,0x1c00f,
    0x1c485,0x1c5a9,0x1c635,0x1c785,0x1c8a9,0x1c935,0x1ca85,0x1cba9,0x1cc35,0x1cd84,0x1ce36,0x1cf84,0x1d036,
    0x1d184,0x1d236,0x1d384,0x1d436,0x1d584,0x1d636,0x1d784,0x1d836,0x1d984,0x1da36,0x1db84,0x1dc36,0x1dd26,
    0x1de84,0x1df36,0x1e084,0x1e136,0x1e284,0x1e336,0x1e484,0x1e536,0x1e684,0x1e736,0x1e884,0x1e936,0x1ea84,
    0x1eb36,0x1ec84,0x1ed36,0x1ee84,0x1ef36,0x1f0ce,0x1f185,0x1f2a9,0x1f335,0x1f484,0x1f536,0x1f67b,0x1f77f,
    0x1f884,0x1f936,0x1fa84,0x1fb36,0x1fc84,0x1fd36,0x1fe84,0x1ff36,0x20084,0x20136,0x20284,0x20336,0x20484,
    0x20536,0x20684,0x20736,0x20884,0x20936,0x20a84,0x20b36,0x20c84,0x20d36,0x20e84,0x20f36,0x21084,0x21136,
    0x21284,0x21336,0x21484,0x21536,0x21684,0x21736,0x21884,0x21936,0x21a84,0x21b36,0x21c84,0x21d36,0x21e84,
    0x21f36,0x22075,0x22137,0x22284,0x22336,0x22484,0x22536,0x22684,0x22736,0x22884,0x22936,0x22a84,0x22b36,
    0x22c84,0x22d36,0x22e84,0x22f36,0x23084,0x23136,0x23284,0x23336,0x23437,0x23aa7,0x23b84,0x23c36,0x23d74,
    0x23ea6,0x23f4f,0x24184,0x24236,0x24373,0x24492,0x24593,0x24684,0x24736,0x24884,0x24936,0x24a84,0x24b36,
    0x24c84,0x24d36,0x24e84,0x24f36,0x2504e,0x2514c,0x2524d,0x2531d,0x25420,0x25537,0x25621,0x25837,0x25923,
    0x25a37,0x25b22,0x25c5a,0x25d37,0x26021,0x26159,0x26237,0x2631f,0x26437,0x26554,0x26658,0x26737,0x2681e,
    0x2691c,0x26a58,0x26b4a,0x26c56,0x26d37,0x26f1c,0x27037,0x2714b,0x2721b,0x27337,0x2751a,0x27637,0x27d49,
    0x27e37,0x28018,0x28137,0x28257,0x28318,0x28437,0x28755,0x28818,0x28928,0x28a19,0x28c27,0x28d37,0x29217,
    0x29337,0x2940f,0x29537,0x29d53,0x29e52,0x29f37,0x2b0b2,0x2b9b1,0x2c0b2,0x2c2ab,0x2c6b1,0x2d2ab,0x2e0b2,
    0x2e5ab,0x2ecb1,0x2edab,0x2eeb1,0x2efab,0x300ae,0x345cd,0x346ae,0x37084,0x37136,0x37284,0x37336,0x374b1,
    0x375ab,0x37684,0x37736,0x37800,0x37aad,0x37b44,0x37e02,0x37f96,0x38000,0x384ab,0x3868c,0x387ae,0x3888b,
    0x38b00,0x38c91,0x38d00,0x38e90,0x390ce,0x39189,0x3a200,0x3a389,0x3ac2e,0x3ad2f,0x3b0ce,0x3b131,0x3c2c6,
    0x3c331,0x3cc29,0x3cd2a,0x3cf86,0x3d0c1,0x3d1c3,0x3d283,0x3d5c5,0x3d6c4,0x3d734,0x3d884,0x3d936,0x3da84,
    0x3db36,0x3dc84,0x3dd36,0x3de84,0x3df36,0x3e084,0x3e136,0x3e284,0x3e336,0x3e484,0x3e536,0x3e684,0x3e736,
    0x3e884,0x3e936,0x3ea84,0x3eb36,0x3ec84,0x3ed36,0x3ee84,0x3ef36,0x3f0bf,0x3f1c0,0x3f238,0x3f324,0x3f47e,
    0x3f5be,0x3f602,0x3f784,0x3f836,0x3f982,0x3fa84,0x3fb36,0x3fc37,0x3fd75,0x40095,0x41089,0x43031,0x45025,
    0x46084,0x46136,0x46284,0x46336,0x46484,0x46536,0x46684,0x46736,0x46884,0x46936,0x46a84,0x46b36,0x46c84,
    0x46d36,0x46e84,0x46f36,0x47084,0x47136,0x47284,0x47336,0x47484,0x47536,0x47684,0x47736,0x47884,0x47936,
    0x47a84,0x47b36,0x47c84,0x47d36,0x47e84,0x47f36,0x48084,0x48136,0x48202,0x483ae,0x488ab,0x48a84,0x48b36,
    0x48c84,0x48d36,0x48e84,0x48f36,0x49084,0x49136,0x49284,0x49336,0x49484,0x49536,0x49684,0x49736,0x49884,
    0x49936,0x49a84,0x49b36,0x49c84,0x49d36,0x49e84,0x49f36,0x4a084,0x4a136,0x4a284,0x4a336,0x4a484,0x4a536,
    0x4a684,0x4a736,0x4a884,0x4a936,0x4aa84,0x4ab36,0x4ac84,0x4ad36,0x4ae84,0x4af36,0x4b084,0x4b136,0x4b284,
    0x4b336,0x4b484,0x4b536,0x4b684,0x4b736,0x4b884,0x4b936,0x4ba84,0x4bb36,0x4bc84,0x4bd36,0x4be84,0x4bf36,
    0x4c087,0x4c184,0x4c236,0x4c384,0x4c436,0x4c584,0x4c636,0x4c784,0x4c836,0x4c984,0x4ca36,0x4cb84,0x4cc36,
    0x4cd84,0x4ce36,0x4cf33,0x4d084,0x4d136,0x4d284,0x4d336,0x4d484,0x4d536,0x4d684,0x4d736,0x4d884,0x4d936,
    0x4da84,0x4db36,0x4dc84,0x4dd36,0x4de84,0x4df36,0x4e084,0x4e136,0x4e284,0x4e336,0x4e484,0x4e536,0x4e684,
    0x4e736,0x4e884,0x4e936,0x4ea84,0x4eb36,0x4ec84,0x4ed36,0x4ee84,0x4ef36,0x4f084,0x4f136,0x4f284,0x4f336,
    0x4f484,0x4f536,0x4f684,0x4f736,0x4f884,0x4f936,0x4fa84,0x4fb36,0x4fc84,0x4fd36,0x4fe84,0x4ff36,0x50084,
    0x50136,0x50284,0x50336,0x50484,0x50536,0x50684,0x50736,0x50884,0x50936,0x50a84,0x50b36,0x50c84,0x50d36,
    0x50e84,0x50f36,0x51084,0x51136,0x51284,0x51336,0x51484,0x51536,0x51684,0x51736,0x51884,0x51936,0x51a84,
    0x51b36,0x51c84,0x51d36,0x51e84,0x51f36,0x52084,0x52136,0x52284,0x52336,0x52484,0x52536,0x52684,0x52736,
    0x52884,0x52936,0x52a84,0x52b36,0x52c84,0x52d36,0x52e84,0x52f36,0x53000,0x5318f,0x55700,0x559b1,0x55a02,
    0x55fab,0x56037,0x5612b,0x587ce,0x58837,0x58902,0x58b00,0x58d02,0x59000,0x591ae,0x5be02,0x5bfae,0x5c002,
    0x5c1ae,0x5c302,0x5c4ae,0x5c602,0x5c7ae,0x5c800,0x5d00f,0x5eb00,0x5ef0f,0x5f302,0x5f4ab,0x5f500,0x600aa,
    0x60602,0x610ae,0x61b02,0x61caa,0x61d02,0x6200f,0x640b1,0x6410f,0x64bae,0x6600d,0x66a02,0x66e0f,0x670ae,
    0x6710f,0x6d402,0x6d50f,0x6d6ae,0x6ddaa,0x6de02,0x6dfae,0x6e5b1,0x6e7ae,0x6e902,0x6eaae,0x6ee0f,0x6f00d,
    0x6fa0f,0x6fd02,0x6ff0f,0x70002,0x70e00,0x70faa,0x7100f,0x711ae,0x7120f,0x730ae,0x74b00,0x74d0f,0x7a6ae,
    0x7b10f,0x7b200,0x7c00d,0x7ca0f,0x7ebae,0x7f4b1,0x7f602,0x7fab1,0x7fb00,0x7fdae,0x7fe02,0x8000f,0x816ae,
    0x81ab1,0x81bae,0x824b1,0x825ae,0x828b1,0x829ae,0x82e00,0x83002,0x83f00,0x8400f,0x859ae,0x85c00,0x85e02,
    0x85f00,0x8600f,0x86b00,0x8700f,0x888ab,0x8890f,0x88f00,0x890aa,0x89200,0x898ae,0x8a00f,0x8c9b1,0x8caae,
    0x8e2aa,0x8e3ae,0x9030a,0x9040f,0x93aae,0x93b0a,0x93cae,0x93d0f,0x93e0a,0x941ae,0x9490a,0x94dae,0x94e0a,
    0x9500f,0x951ae,0x9580f,0x962ae,0x96402,0x9660d,0x97002,0x971b1,0x9720f,0x981ae,0x9820a,0x98400,0x9850f,
    0x98d00,0x98f0f,0x99100,0x9930f,0x9a900,0x9aa0f,0x9b100,0x9b20f,0x9b300,0x9b60f,0x9ba00,0x9bcae,0x9bd0f,
    0x9be0a,0x9c1ae,0x9c500,0x9c70a,0x9c900,0x9cb0a,0x9cdae,0x9ce0f,0x9cf00,0x9d70a,0x9d800,0x9dc0f,0x9de00,
    0x9df0f,0x9e2ae,0x9e400,0x9e60d,0x9f00f,0x9f202,0x9f404,0x9fa02,0x9fc0f,0x9fd02,0x9feae,0x9ff00,0xa01ae,
    0xa030a,0xa0400,0xa050f,0xa0b00,0xa0f0f,0xa1100,0xa130f,0xa2900,0xa2a0f,0xa3100,0xa320f,0xa3400,0xa350f,
    0xa3700,0xa380f,0xa3a00,0xa3cae,0xa3d00,0xa3e0a,0xa41ae,0xa4300,0xa47ae,0xa4900,0xa4bae,0xa4e00,0xa51ae,
    0xa5200,0xa590f,0xa5d00,0xa5e0f,0xa5f00,0xa660d,0xa70ae,0xa720f,0xa75ae,0xa7602,0xa7700,0xa81ae,0xa830a,
    0xa8400,0xa850f,0xa8e00,0xa8f0f,0xa9200,0xa930f,0xaa900,0xaaa0f,0xab100,0xab20f,0xab400,0xab50f,0xaba00,
    0xabcae,0xabd0f,0xabe0a,0xac1ae,0xac600,0xac7ae,0xac90a,0xaca00,0xacb0a,0xacdae,0xace00,0xad00f,0xad100,
    0xae00f,0xae2ae,0xae400,0xae60d,0xaf002,0xaf200,0xaf90f,0xafaae,0xb0000,0xb01ae,0xb020a,0xb0400,0xb050f,
    0xb0d00,0xb0f0f,0xb1100,0xb130f,0xb2900,0xb2a0f,0xb3100,0xb320f,0xb3400,0xb350f,0xb3a00,0xb3cae,0xb3d0f,
    0xb3e0a,0xb3fae,0xb400a,0xb41ae,0xb4500,0xb470a,0xb4900,0xb4b0a,0xb4dae,0xb4e00,0xb55ae,0xb570a,0xb5800,
    0xb5c0f,0xb5e00,0xb5f0f,0xb62ae,0xb6400,0xb660d,0xb7002,0xb710f,0xb7204,0xb7800,0xb82ae,0xb830f,0xb8400,
    0xb850f,0xb8b00,0xb8e0f,0xb9100,0xb920f,0xb9600,0xb990f,0xb9b00,0xb9c0f,0xb9d00,0xb9e0f,0xba000,0xba30f,
    0xba500,0xba80f,0xbab00,0xbae0f,0xbba00,0xbbe0a,0xbc0ae,0xbc10a,0xbc300,0xbc60a,0xbc900,0xbca0a,0xbcdae,
    0xbce00,0xbd00f,0xbd100,0xbd70a,0xbd800,0xbe60d,0xbf004,0xbf302,0xbfb00,0xc00ae,0xc010a,0xc04ae,0xc050f,
    0xc0d00,0xc0e0f,0xc1100,0xc120f,0xc2900,0xc2a0f,0xc3a00,0xc3cae,0xc3d0f,0xc3eae,0xc410a,0xc4500,0xc46ae,
    0xc4900,0xc4aae,0xc4e00,0xc55ae,0xc5700,0xc580f,0xc5b00,0xc5d0f,0xc5e00,0xc600f,0xc62ae,0xc6400,0xc660d,
    0xc7000,0xc7702,0xc7804,0xc7f02,0xc800f,0xc81ae,0xc820a,0xc8402,0xc850f,0xc8d00,0xc8e0f,0xc9100,0xc920f,
    0xca900,0xcaa0f,0xcb400,0xcb50f,0xcba00,0xcbcae,0xcbd0f,0xcbe0a,0xcbfae,0xcc00a,0xcc500,0xcc6ae,0xcc70a,
    0xcc900,0xcca0a,0xcccae,0xcce00,0xcd50a,0xcd700,0xcdd0f,0xcdf00,0xce00f,0xce2ae,0xce400,0xce60d,0xcf000,
    0xcf10f,0xcf300,0xd00ae,0xd020a,0xd040f,0xd0d00,0xd0e0f,0xd1100,0xd120f,0xd3bae,0xd3d0f,0xd3e0a,0xd41ae,
    0xd4500,0xd460a,0xd4900,0xd4a0a,0xd4dae,0xd4e0f,0xd4f02,0xd5000,0xd540f,0xd570a,0xd5804,0xd5f0f,0xd62ae,
    0xd6400,0xd660d,0xd7004,0xd7902,0xd7a0f,0xd8000,0xd81ae,0xd820a,0xd8400,0xd850f,0xd9700,0xd9a0f,0xdb200,
    0xdb30f,0xdbc00,0xdbd0f,0xdbe00,0xdc00f,0xdc700,0xdcaae,0xdcb00,0xdcf0a,0xdd2ae,0xdd500,0xdd6ae,0xdd700,
    0xdd80a,0xde000,0xde60d,0xdf000,0xdf20a,0xdf402,0xdf500,0xe010f,0xe31ae,0xe320f,0xe330b,0xe34ae,0xe3b00,
    0xe3f02,0xe400f,0xe46b1,0xe47ae,0xe4f02,0xe500d,0xe5a02,0xe5c00,0xe810f,0xe8300,0xe840f,0xe8500,0xe860f,
    0xe8b00,0xe8c0f,0xea400,0xea50f,0xea600,0xea70f,0xeb1ae,0xeb20f,0xeb30b,0xeb4ae,0xebd0f,0xebe00,0xec00f,
    0xec500,0xec6b1,0xec700,0xec8ae,0xece00,0xed00d,0xeda00,0xedc0f,0xee000,0xf000f,0xf0102,0xf18ae,0xf1a02,
    0xf200d,0xf2a04,0xf3402,0xf35ae,0xf3602,0xf37ae,0xf3802,0xf39ae,0xf3a02,0xf3e0a,0xf400f,0xf4800,0xf490f,
    0xf6d00,0xf71ae,0xf7f0a,0xf80ae,0xf8502,0xf86ae,0xf880f,0xf8dae,0xf9800,0xf99ae,0xfbd00,0xfbe02,0xfc6ae,
    0xfc702,0xfcd00,0xfce02,0xfdb00,0x10000f,0x102b0a,0x102dae,0x10310a,0x1032ae,0x10380a,0x1039ae,0x103b0a,
    0x103dae,0x103f0f,0x10400d,0x104a02,0x10500f,0x10560a,0x1058ae,0x105a0f,0x105eae,0x10610f,0x10620a,0x10650f,
    0x10670a,0x106e0f,0x1071ae,0x10750f,0x1082ae,0x10830a,0x1085ae,0x10870a,0x108dae,0x108e0f,0x108f0a,0x10900d,
    0x109a0a,0x109dae,0x109e02,0x10a0a5,0x10c600,0x10c7a5,0x10c800,0x10cda5,0x10ce00,0x10d047,0x10fb02,0x10fcb1,
    0x10fd47,0x11000f,0x124900,0x124a0f,0x124e00,0x12500f,0x125700,0x12580f,0x125900,0x125a0f,0x125e00,0x12600f,
    0x128900,0x128a0f,0x128e00,0x12900f,0x12b100,0x12b20f,0x12b600,0x12b80f,0x12bf00,0x12c00f,0x12c100,0x12c20f,
    0x12c600,0x12c80f,0x12d700,0x12d80f,0x131100,0x13120f,0x131600,0x13180f,0x135b00,0x135dae,0x136002,0x13690c,
    0x137204,0x137d00,0x13800f,0x139002,0x139a00,0x13a0cc,0x13f0cb,0x13f600,0x13f8c7,0x13fe00,0x140002,0x14010f,
    0x166d02,0x166f0f,0x168001,0x16810f,0x169b02,0x169d00,0x16a00f,0x16eb02,0x16ee10,0x16f10f,0x16f900,0x17000f,
    0x1712ae,0x17150a,0x171600,0x171f0f,0x1732ae,0x17340a,0x173502,0x173700,0x17400f,0x1752ae,0x175400,0x17600f,
    0x176d00,0x176e0f,0x177100,0x1772ae,0x177400,0x17800f,0x17b4ae,0x17b60a,0x17b7ae,0x17be0a,0x17c6ae,0x17c70a,
    0x17c9ae,0x17d402,0x17d7b1,0x17d802,0x17dc0f,0x17ddae,0x17de00,0x17e00d,0x17ea00,0x17f004,0x17fa00,0x180002,
    0x180bae,0x180eaa,0x180fae,0x18100d,0x181a00,0x18200f,0x1843b1,0x18440f,0x187900,0x18800f,0x1885b0,0x18870f,
    0x18a9ae,0x18aa0f,0x18ab00,0x18b00f,0x18f600,0x19000f,0x191f00,0x1920ae,0x19230a,0x1927ae,0x19290a,0x192c00,
    0x19300a,0x1932ae,0x19330a,0x1939ae,0x193c00,0x194002,0x194100,0x194402,0x19460d,0x19500f,0x196e00,0x19700f,
    0x197500,0x19800f,0x19ac00,0x19b00f,0x19ca00,0x19d00d,0x19da0c,0x19db00,0x19de02,0x1a000f,0x1a17ae,0x1a190a,
    0x1a1bae,0x1a1c00,0x1a1e02,0x1a200f,0x1a550a,0x1a56ae,0x1a570a,0x1a58ae,0x1a5f00,0x1a60ae,0x1a610a,0x1a62ae,
    0x1a630a,0x1a65ae,0x1a6d0a,0x1a73ae,0x1a7d00,0x1a7fae,0x1a800d,0x1a8a00,0x1a900d,0x1a9a00,0x1aa002,0x1aa7b1,
    0x1aa802,0x1aae00,0x1ab0ae,0x1abeab,0x1abfae,0x1acf00,0x1b00ae,0x1b040a,0x1b050f,0x1b34ae,0x1b350a,0x1b36ae,
    0x1b3b0a,0x1b3cae,0x1b3d0a,0x1b42ae,0x1b430a,0x1b450f,0x1b4d00,0x1b500d,0x1b5a02,0x1b6bae,0x1b7402,0x1b7f00,
    0x1b80ae,0x1b820a,0x1b830f,0x1ba10a,0x1ba2ae,0x1ba60a,0x1ba8ae,0x1baa0a,0x1babae,0x1bae0f,0x1bb00d,0x1bba0f,
    0x1be6ae,0x1be70a,0x1be8ae,0x1bea0a,0x1bedae,0x1bee0a,0x1befae,0x1bf20a,0x1bf400,0x1bfc02,0x1c000f,0x1c240a,
    0x1c2cae,0x1c340a,0x1c36ae,0x1c3800,0x1c3b02,0x1c400d,0x1c4a00,0x1c4d0f,0x1c500d,0x1c5a0f,0x1c78b1,0x1c7e02,
    0x1c80b6,0x1c81b7,0x1c82b8,0x1c83ba,0x1c85b9,0x1c86bb,0x1c87bc,0x1c88c9,0x1c8900,0x1c9072,0x1cbb00,0x1cbd72,
    0x1cc002,0x1cc800,0x1cd0ae,0x1cd302,0x1cd4ae,0x1ce10a,0x1ce2ae,0x1ce90f,0x1cedae,0x1cee0f,0x1cf4ae,0x1cf50f,
    0x1cf70a,0x1cf8ae,0x1cfa0f,0x1cfb00,0x1d0037,0x1d2cb2,0x1d6b37,0x1d78b2,0x1d7950,0x1d7a37,0x1d7d48,0x1d7e37,
    0x1d8e51,0x1d8f37,0x1d9bb2,0x1dc0ae,0x1e0084,0x1e0136,0x1e0284,0x1e0336,0x1e0484,0x1e0536,0x1e0684,0x1e0736,
    0x1e0884,0x1e0936,0x1e0a84,0x1e0b36,0x1e0c84,0x1e0d36,0x1e0e84,0x1e0f36,0x1e1084,0x1e1136,0x1e1284,0x1e1336,
    0x1e1484,0x1e1536,0x1e1684,0x1e1736,0x1e1884,0x1e1936,0x1e1a84,0x1e1b36,0x1e1c84,0x1e1d36,0x1e1e84,0x1e1f36,
    0x1e2084,0x1e2136,0x1e2284,0x1e2336,0x1e2484,0x1e2536,0x1e2684,0x1e2736,0x1e2884,0x1e2936,0x1e2a84,0x1e2b36,
    0x1e2c84,0x1e2d36,0x1e2e84,0x1e2f36,0x1e3084,0x1e3136,0x1e3284,0x1e3336,0x1e3484,0x1e3536,0x1e3684,0x1e3736,
    0x1e3884,0x1e3936,0x1e3a84,0x1e3b36,0x1e3c84,0x1e3d36,0x1e3e84,0x1e3f36,0x1e4084,0x1e4136,0x1e4284,0x1e4336,
    0x1e4484,0x1e4536,0x1e4684,0x1e4736,0x1e4884,0x1e4936,0x1e4a84,0x1e4b36,0x1e4c84,0x1e4d36,0x1e4e84,0x1e4f36,
    0x1e5084,0x1e5136,0x1e5284,0x1e5336,0x1e5484,0x1e5536,0x1e5684,0x1e5736,0x1e5884,0x1e5936,0x1e5a84,0x1e5b36,
    0x1e5c84,0x1e5d36,0x1e5e84,0x1e5f36,0x1e6084,0x1e6136,0x1e6284,0x1e6336,0x1e6484,0x1e6536,0x1e6684,0x1e6736,
    0x1e6884,0x1e6936,0x1e6a84,0x1e6b36,0x1e6c84,0x1e6d36,0x1e6e84,0x1e6f36,0x1e7084,0x1e7136,0x1e7284,0x1e7336,
    0x1e7484,0x1e7536,0x1e7684,0x1e7736,0x1e7884,0x1e7936,0x1e7a84,0x1e7b36,0x1e7c84,0x1e7d36,0x1e7e84,0x1e7f36,
    0x1e8084,0x1e8136,0x1e8284,0x1e8336,0x1e8484,0x1e8536,0x1e8684,0x1e8736,0x1e8884,0x1e8936,0x1e8a84,0x1e8b36,
    0x1e8c84,0x1e8d36,0x1e8e84,0x1e8f36,0x1e9084,0x1e9136,0x1e9284,0x1e9336,0x1e9484,0x1e9536,0x1e96ce,0x1e9bc2,
    0x1e9c37,0x1e9eca,0x1e9f37,0x1ea084,0x1ea136,0x1ea284,0x1ea336,0x1ea484,0x1ea536,0x1ea684,0x1ea736,0x1ea884,
    0x1ea936,0x1eaa84,0x1eab36,0x1eac84,0x1ead36,0x1eae84,0x1eaf36,0x1eb084,0x1eb136,0x1eb284,0x1eb336,0x1eb484,
    0x1eb536,0x1eb684,0x1eb736,0x1eb884,0x1eb936,0x1eba84,0x1ebb36,0x1ebc84,0x1ebd36,0x1ebe84,0x1ebf36,0x1ec084,
    0x1ec136,0x1ec284,0x1ec336,0x1ec484,0x1ec536,0x1ec684,0x1ec736,0x1ec884,0x1ec936,0x1eca84,0x1ecb36,0x1ecc84,
    0x1ecd36,0x1ece84,0x1ecf36,0x1ed084,0x1ed136,0x1ed284,0x1ed336,0x1ed484,0x1ed536,0x1ed684,0x1ed736,0x1ed884,
    0x1ed936,0x1eda84,0x1edb36,0x1edc84,0x1edd36,0x1ede84,0x1edf36,0x1ee084,0x1ee136,0x1ee284,0x1ee336,0x1ee484,
    0x1ee536,0x1ee684,0x1ee736,0x1ee884,0x1ee936,0x1eea84,0x1eeb36,0x1eec84,0x1eed36,0x1eee84,0x1eef36,0x1ef084,
    0x1ef136,0x1ef284,0x1ef336,0x1ef484,0x1ef536,0x1ef684,0x1ef736,0x1ef884,0x1ef936,0x1efa84,0x1efb36,0x1efc84,
    0x1efd36,0x1efe84,0x1eff36,0x1f0039,0x1f0881,0x1f1039,0x1f1600,0x1f1881,0x1f1e00,0x1f2039,0x1f2881,0x1f3039,
    0x1f3881,0x1f4039,0x1f4600,0x1f4881,0x1f4e00,0x1f50ce,0x1f5139,0x1f52ce,0x1f5339,0x1f54ce,0x1f5539,0x1f56ce,
    0x1f5739,0x1f5800,0x1f5981,0x1f5a00,0x1f5b81,0x1f5c00,0x1f5d81,0x1f5e00,0x1f5f81,0x1f6039,0x1f6881,0x1f703c,
    0x1f723d,0x1f763f,0x1f7843,0x1f7a40,0x1f7c42,0x1f7e00,0x1f80ce,0x1f88cf,0x1f90ce,0x1f98cf,0x1fa0ce,0x1fa8cf,
    0x1fb039,0x1fb2ce,0x1fb500,0x1fb6ce,0x1fb881,0x1fba7d,0x1fbccf,0x1fbdab,0x1fbeb5,0x1fbfab,0x1fc2ce,0x1fc500,
    0x1fc6ce,0x1fc87c,0x1fcccf,0x1fcdab,0x1fd039,0x1fd2ce,0x1fd400,0x1fd6ce,0x1fd881,0x1fda7a,0x1fdc00,0x1fddab,
    0x1fe039,0x1fe2ce,0x1fe538,0x1fe6ce,0x1fe881,0x1fea79,0x1fec82,0x1fedab,0x1ff000,0x1ff2ce,0x1ff500,0x1ff6ce,
    0x1ff876,0x1ffa77,0x1ffccf,0x1ffdab,0x1fff00,0x200001,0x200baa,0x201002,0x2018ab,0x201a02,0x2024ab,0x202502,
    0x2027ab,0x202801,0x202aaa,0x202f01,0x203002,0x203f0a,0x204102,0x20540a,0x205502,0x205f01,0x2060aa,0x206500,
    0x2066aa,0x207005,0x2071b2,0x207200,0x207405,0x207a02,0x207fb2,0x208005,0x208a02,0x208f00,0x2090b2,0x209d00,
    0x20a002,0x20c100,0x20d0ae,0x20ddab,0x20e1ae,0x20e2ab,0x20e5ae,0x20f100,0x210002,0x210283,0x210302,0x210783,
    0x210802,0x210a37,0x210b83,0x210e37,0x211083,0x211337,0x211402,0x211583,0x211602,0x21180e,0x211983,0x211e02,
    0x212483,0x212502,0x212670,0x212702,0x212883,0x212902,0x212a6e,0x212b6f,0x212c83,0x212e0e,0x212f37,0x213083,
    0x213288,0x213383,0x213437,0x21350f,0x213937,0x213a02,0x213c37,0x213e83,0x214002,0x214583,0x214637,0x214a02,
    0x214e32,0x214f02,0x215004,0x2160a8,0x21705b,0x218010,0x218384,0x218436,0x218510,0x218904,0x218a02,0x218c00,
    0x219002,0x242700,0x244002,0x244b00,0x246005,0x246904,0x247405,0x247d04,0x248805,0x249104,0x249c02,0x24b609,
    0x24d007,0x24ea05,0x24eb04,0x24f505,0x24fe04,0x24ff05,0x250002,0x277605,0x277f04,0x278005,0x278904,0x278a05,
    0x279304,0x279402,0x2b7400,0x2b7602,0x2b9600,0x2b9702,0x2c008f,0x2c302b,0x2c6084,0x2c6136,0x2c626c,0x2c6371,
    0x2c646d,0x2c6512,0x2c6613,0x2c6784,0x2c6836,0x2c6984,0x2c6a36,0x2c6b84,0x2c6c36,0x2c6d6a,0x2c6e6b,0x2c6f68,
    0x2c7069,0x2c7137,0x2c7284,0x2c7336,0x2c7437,0x2c7584,0x2c7636,0x2c7737,0x2c7cb2,0x2c7e67,0x2c8084,0x2c8136,
    0x2c8284,0x2c8336,0x2c8484,0x2c8536,0x2c8684,0x2c8736,0x2c8884,0x2c8936,0x2c8a84,0x2c8b36,0x2c8c84,0x2c8d36,
    0x2c8e84,0x2c8f36,0x2c9084,0x2c9136,0x2c9284,0x2c9336,0x2c9484,0x2c9536,0x2c9684,0x2c9736,0x2c9884,0x2c9936,
    0x2c9a84,0x2c9b36,0x2c9c84,0x2c9d36,0x2c9e84,0x2c9f36,0x2ca084,0x2ca136,0x2ca284,0x2ca336,0x2ca484,0x2ca536,
    0x2ca684,0x2ca736,0x2ca884,0x2ca936,0x2caa84,0x2cab36,0x2cac84,0x2cad36,0x2cae84,0x2caf36,0x2cb084,0x2cb136,
    0x2cb284,0x2cb336,0x2cb484,0x2cb536,0x2cb684,0x2cb736,0x2cb884,0x2cb936,0x2cba84,0x2cbb36,0x2cbc84,0x2cbd36,
    0x2cbe84,0x2cbf36,0x2cc084,0x2cc136,0x2cc284,0x2cc336,0x2cc484,0x2cc536,0x2cc684,0x2cc736,0x2cc884,0x2cc936,
    0x2cca84,0x2ccb36,0x2ccc84,0x2ccd36,0x2cce84,0x2ccf36,0x2cd084,0x2cd136,0x2cd284,0x2cd336,0x2cd484,0x2cd536,
    0x2cd684,0x2cd736,0x2cd884,0x2cd936,0x2cda84,0x2cdb36,0x2cdc84,0x2cdd36,0x2cde84,0x2cdf36,0x2ce084,0x2ce136,
    0x2ce284,0x2ce336,0x2ce437,0x2ce502,0x2ceb84,0x2cec36,0x2ced84,0x2cee36,0x2cefae,0x2cf284,0x2cf336,0x2cf400,
    0x2cf902,0x2cfd04,0x2cfe02,0x2d0014,0x2d2600,0x2d2714,0x2d2800,0x2d2d14,0x2d2e00,0x2d300f,0x2d6800,0x2d6fb1,
    0x2d7002,0x2d7100,0x2d7fae,0x2d800f,0x2d9700,0x2da00f,0x2da700,0x2da80f,0x2daf00,0x2db00f,0x2db700,0x2db80f,
    0x2dbf00,0x2dc00f,0x2dc700,0x2dc80f,0x2dcf00,0x2dd00f,0x2dd700,0x2dd80f,0x2ddf00,0x2de0ae,0x2e0002,0x2e2fac,
    0x2e3002,0x2e5e00,0x2e8002,0x2e9a00,0x2e9b02,0x2ef400,0x2f0002,0x2fd600,0x2ff002,0x2ffc00,0x300001,0x300102,
    0x3005b1,0x30060f,0x300710,0x300802,0x302110,0x302aae,0x302e0a,0x303002,0x3031b1,0x303602,0x303810,0x303bb1,
    0x303c0f,0x303d02,0x304000,0x30410f,0x309700,0x3099ae,0x309bab,0x309db1,0x309f0f,0x30a002,0x30a10f,0x30fb02,
    0x30fcb1,0x30ff0f,0x310000,0x31050f,0x313000,0x31310f,0x318f00,0x319002,0x319204,0x319602,0x31a00f,0x31c002,
    0x31e400,0x31f00f,0x320002,0x321f00,0x322004,0x322a02,0x324804,0x325002,0x325104,0x326002,0x328004,0x328a02,
    0x32b104,0x32c002,0x34000f,0x340511,0x34060f,0x348311,0x34840f,0x382a11,0x382b0f,0x3b4d11,0x3b4e0f,0x4dc002,
    0x4e0011,0x4e010f,0x4e0311,0x4e040f,0x4e0711,0x4e080f,0x4e0911,0x4e0a0f,0x4e5d11,0x4e5e0f,0x4e8c11,0x4e8d0f,
    0x4e9411,0x4e950f,0x4e9611,0x4e970f,0x4ebf11,0x4ec10f,0x4edf11,0x4ee00f,0x4ee811,0x4ee90f,0x4f0d11,0x4f0e0f,
    0x4f7011,0x4f710f,0x510411,0x51050f,0x514611,0x51470f,0x516911,0x516a0f,0x516b11,0x516c0f,0x516d11,0x516e0f,
    0x534111,0x53420f,0x534311,0x53460f,0x534c11,0x534d0f,0x53c111,0x53c50f,0x56db11,0x56dc0f,0x58f111,0x58f20f,
    0x58f911,0x58fa0f,0x5e7a11,0x5e7b0f,0x5efe11,0x5f000f,0x5f0c11,0x5f0f0f,0x5f1011,0x5f110f,0x62fe11,0x62ff0f,
    0x634c11,0x634d0f,0x67d211,0x67d30f,0x6f0611,0x6f070f,0x739611,0x73970f,0x767e11,0x767f0f,0x808611,0x80870f,
    0x842c11,0x842d0f,0x8cae11,0x8caf0f,0x8cb311,0x8cb40f,0x8d3011,0x8d310f,0x962111,0x96220f,0x964611,0x96470f,
    0x964c11,0x964d0f,0x967811,0x96790f,0x96f611,0x96f70f,0xa015b1,0xa0160f,0xa48d00,0xa49002,0xa4c700,0xa4d00f,
    0xa4f8b1,0xa4fe02,0xa5000f,0xa60cb1,0xa60d02,0xa6100f,0xa6200d,0xa62a0f,0xa62c00,0xa64084,0xa64136,0xa64284,
    0xa64336,0xa64484,0xa64536,0xa64684,0xa64736,0xa64884,0xa64936,0xa64a84,0xa64b36,0xa64c84,0xa64d36,0xa64e84,
    0xa64f36,0xa65084,0xa65136,0xa65284,0xa65336,0xa65484,0xa65536,0xa65684,0xa65736,0xa65884,0xa65936,0xa65a84,
    0xa65b36,0xa65c84,0xa65d36,0xa65e84,0xa65f36,0xa66084,0xa66136,0xa66284,0xa66336,0xa66484,0xa66536,0xa66684,
    0xa66736,0xa66884,0xa66936,0xa66a84,0xa66b36,0xa66c84,0xa66d36,0xa66e0f,0xa66fae,0xa670ab,0xa67302,0xa674ae,
    0xa67e02,0xa67fb1,0xa68084,0xa68136,0xa68284,0xa68336,0xa68484,0xa68536,0xa68684,0xa68736,0xa68884,0xa68936,
    0xa68a84,0xa68b36,0xa68c84,0xa68d36,0xa68e84,0xa68f36,0xa69084,0xa69136,0xa69284,0xa69336,0xa69484,0xa69536,
    0xa69684,0xa69736,0xa69884,0xa69936,0xa69a84,0xa69b36,0xa69cb2,0xa69eae,0xa6a00f,0xa6e610,0xa6f0ae,0xa6f202,
    0xa6f800,0xa700ab,0xa717b1,0xa720ab,0xa72284,0xa72336,0xa72484,0xa72536,0xa72684,0xa72736,0xa72884,0xa72936,
    0xa72a84,0xa72b36,0xa72c84,0xa72d36,0xa72e84,0xa72f36,0xa73037,0xa73284,0xa73336,0xa73484,0xa73536,0xa73684,
    0xa73736,0xa73884,0xa73936,0xa73a84,0xa73b36,0xa73c84,0xa73d36,0xa73e84,0xa73f36,0xa74084,0xa74136,0xa74284,
    0xa74336,0xa74484,0xa74536,0xa74684,0xa74736,0xa74884,0xa74936,0xa74a84,0xa74b36,0xa74c84,0xa74d36,0xa74e84,
    0xa74f36,0xa75084,0xa75136,0xa75284,0xa75336,0xa75484,0xa75536,0xa75684,0xa75736,0xa75884,0xa75936,0xa75a84,
    0xa75b36,0xa75c84,0xa75d36,0xa75e84,0xa75f36,0xa76084,0xa76136,0xa76284,0xa76336,0xa76484,0xa76536,0xa76684,
    0xa76736,0xa76884,0xa76936,0xa76a84,0xa76b36,0xa76c84,0xa76d36,0xa76e84,0xa76f36,0xa770b2,0xa77137,0xa77984,
    0xa77a36,0xa77b84,0xa77c36,0xa77d66,0xa77e84,0xa77f36,0xa78084,0xa78136,0xa78284,0xa78336,0xa78484,0xa78536,
    0xa78684,0xa78736,0xa788b1,0xa789ab,0xa78b84,0xa78c36,0xa78d62,0xa78e37,0xa78f0f,0xa79084,0xa79136,0xa79284,
    0xa79336,0xa7943a,0xa79537,0xa79684,0xa79736,0xa79884,0xa79936,0xa79a84,0xa79b36,0xa79c84,0xa79d36,0xa79e84,
    0xa79f36,0xa7a084,0xa7a136,0xa7a284,0xa7a336,0xa7a484,0xa7a536,0xa7a684,0xa7a736,0xa7a884,0xa7a936,0xa7aa5e,
    0xa7ab5c,0xa7ac5d,0xa7ad60,0xa7ae5e,0xa7af37,0xa7b064,0xa7b161,0xa7b263,0xa7b3a4,0xa7b484,0xa7b536,0xa7b684,
    0xa7b736,0xa7b884,0xa7b936,0xa7ba84,0xa7bb36,0xa7bc84,0xa7bd36,0xa7be84,0xa7bf36,0xa7c084,0xa7c136,0xa7c284,
    0xa7c336,0xa7c480,0xa7c55f,0xa7c665,0xa7c784,0xa7c836,0xa7c984,0xa7ca36,0xa7cb00,0xa7d084,0xa7d136,0xa7d200,
    0xa7d337,0xa7d400,0xa7d537,0xa7d684,0xa7d736,0xa7d884,0xa7d936,0xa7da00,0xa7f2b1,0xa7f584,0xa7f636,0xa7f70f,
    0xa7f8b2,0xa7fa37,0xa7fb0f,0xa802ae,0xa8030f,0xa806ae,0xa8070f,0xa80bae,0xa80c0f,0xa8230a,0xa825ae,0xa8270a,
    0xa82802,0xa82cae,0xa82d00,0xa83004,0xa83602,0xa83a00,0xa8400f,0xa87402,0xa87800,0xa8800a,0xa8820f,0xa8b40a,
    0xa8c4ae,0xa8c600,0xa8ce02,0xa8d00d,0xa8da00,0xa8e0ae,0xa8f20f,0xa8f802,0xa8fb0f,0xa8fc02,0xa8fd0f,0xa8ffae,
    0xa9000d,0xa90a0f,0xa926ae,0xa92e02,0xa9300f,0xa947ae,0xa9520a,0xa95400,0xa95f02,0xa9600f,0xa97d00,0xa980ae,
    0xa9830a,0xa9840f,0xa9b3ae,0xa9b40a,0xa9b6ae,0xa9ba0a,0xa9bcae,0xa9be0a,0xa9c102,0xa9ce00,0xa9cfb1,0xa9d00d,
    0xa9da00,0xa9de02,0xa9e00f,0xa9e5ae,0xa9e6b1,0xa9e70f,0xa9f00d,0xa9fa0f,0xa9ff00,0xaa000f,0xaa29ae,0xaa2f0a,
    0xaa31ae,0xaa330a,0xaa35ae,0xaa3700,0xaa400f,0xaa43ae,0xaa440f,0xaa4cae,0xaa4d0a,0xaa4e00,0xaa500d,0xaa5a00,
    0xaa5c02,0xaa600f,0xaa70b1,0xaa710f,0xaa7702,0xaa7a0f,0xaa7b0a,0xaa7cae,0xaa7d0a,0xaa7e0f,0xaab0ae,0xaab10f,
    0xaab2ae,0xaab50f,0xaab7ae,0xaab90f,0xaabeae,0xaac00f,0xaac1ae,0xaac20f,0xaac300,0xaadb0f,0xaaddb1,0xaade02,
    0xaae00f,0xaaeb0a,0xaaecae,0xaaee0a,0xaaf002,0xaaf20f,0xaaf3b1,0xaaf50a,0xaaf6ae,0xaaf700,0xab010f,0xab0700,
    0xab090f,0xab0f00,0xab110f,0xab1700,0xab200f,0xab2700,0xab280f,0xab2f00,0xab3037,0xab5315,0xab5437,0xab5bab,
    0xab5cb2,0xab6037,0xab69b1,0xab6aab,0xab6c00,0xab70b4,0xabc00f,0xabe30a,0xabe5ae,0xabe60a,0xabe8ae,0xabe90a,
    0xabeb02,0xabec0a,0xabedae,0xabee00,0xabf00d,0xabfa00,0xac000f,0xd7a400,0xd7b00f,0xd7c700,0xd7cb0f,0xd7fc00,
    0xf9000f,0xf96b11,0xf96c0f,0xf97311,0xf9740f,0xf97811,0xf9790f,0xf9b211,0xf9b30f,0xf9d111,0xf9d20f,0xf9d311,
    0xf9d40f,0xf9fd11,0xf9fe0f,0xfa6e00,0xfa700f,0xfada00,0xfb00ce,0xfb0700,0xfb13ce,0xfb1800,0xfb1d0f,0xfb1eae,
    0xfb1f0f,0xfb2902,0xfb2a0f,0xfb3700,0xfb380f,0xfb3d00,0xfb3e0f,0xfb3f00,0xfb400f,0xfb4200,0xfb430f,0xfb4500,
    0xfb460f,0xfbb2ab,0xfbc300,0xfbd30f,0xfc5e03,0xfc640f,0xfd3e02,0xfd500f,0xfd9000,0xfd920f,0xfdc800,0xfdcf02,
    0xfdd000,0xfdf00f,0xfdfa03,0xfdfc02,0xfe00ae,0xfe1002,0xfe13ab,0xfe1402,0xfe1a00,0xfe20ae,0xfe3002,0xfe330a,
    0xfe3502,0xfe4d0a,0xfe5002,0xfe52ab,0xfe5300,0xfe5402,0xfe55ab,0xfe5602,0xfe6700,0xfe6802,0xfe6c00,0xfe7003,
    0xfe710f,0xfe7203,0xfe730f,0xfe7403,0xfe7500,0xfe7603,0xfe770f,0xfe7803,0xfe790f,0xfe7a03,0xfe7b0f,0xfe7c03,
    0xfe7d0f,0xfe7e03,0xfe7f0f,0xfefd00,0xfeffaa,0xff0000,0xff0102,0xff07ab,0xff0802,0xff0eab,0xff0f02,0xff100d,
    0xff1aab,0xff1b02,0xff2189,0xff3b02,0xff3eab,0xff3f0a,0xff40ab,0xff4131,0xff5b02,0xff660f,0xff70b1,0xff710f,
    0xff9eaf,0xffa00f,0xffbf00,0xffc20f,0xffc800,0xffca0f,0xffd000,0xffd20f,0xffd800,0xffda0f,0xffdd00,0xffe002,
    0xffe3ab,0xffe402,0xffe700,0xffe802,0xffef00,0xfff9aa,0xfffc02,0xfffe00,0x100000f,0x1000c00,0x1000d0f,
    0x1002700,0x100280f,0x1003b00,0x1003c0f,0x1003e00,0x1003f0f,0x1004e00,0x100500f,0x1005e00,0x100800f,0x100fb00,
    0x1010002,0x1010300,0x1010704,0x1013400,0x1013702,0x1014010,0x1017504,0x1017902,0x1018a04,0x1018c02,0x1018f00,
    0x1019002,0x1019d00,0x101a002,0x101a100,0x101d002,0x101fdae,0x101fe00,0x102800f,0x1029d00,0x102a00f,0x102d100,
    0x102e0ae,0x102e104,0x102fc00,0x103000f,0x1032004,0x1032400,0x1032d0f,0x1034110,0x103420f,0x1034a10,0x1034b00,
    0x103500f,0x10376ae,0x1037b00,0x103800f,0x1039e00,0x1039f02,0x103a00f,0x103c400,0x103c80f,0x103d002,0x103d110,
    0x103d600,0x104008e,0x104282c,0x104500f,0x1049e00,0x104a00d,0x104aa00,0x104b08e,0x104d400,0x104d82c,0x104fc00,
    0x105000f,0x1052800,0x105300f,0x1056400,0x1056f02,0x105708d,0x1057b00,0x1057c8d,0x1058b00,0x1058c8d,0x1059300,
    0x105948d,0x1059600,0x105972d,0x105a200,0x105a32d,0x105b200,0x105b32d,0x105ba00,0x105bb2d,0x105bd00,0x106000f,
    0x1073700,0x107400f,0x1075600,0x107600f,0x1076800,0x10780b2,0x10781b1,0x10783b2,0x1078600,0x10787b2,0x107b100,
    0x107b2b2,0x107bb00,0x108000f,0x1080600,0x108080f,0x1080900,0x1080a0f,0x1083600,0x108370f,0x1083900,0x1083c0f,
    0x1083d00,0x1083f0f,0x1085600,0x1085702,0x1085804,0x108600f,0x1087702,0x1087904,0x108800f,0x1089f00,0x108a704,
    0x108b000,0x108e00f,0x108f300,0x108f40f,0x108f600,0x108fb04,0x109000f,0x1091604,0x1091c00,0x1091f02,0x109200f,
    0x1093a00,0x1093f02,0x1094000,0x109800f,0x109b800,0x109bc04,0x109be0f,0x109c004,0x109d000,0x109d204,0x10a000f,
    0x10a01ae,0x10a0400,0x10a05ae,0x10a0700,0x10a0cae,0x10a100f,0x10a1400,0x10a150f,0x10a1800,0x10a190f,0x10a3600,
    0x10a38ae,0x10a3b00,0x10a3fae,0x10a4005,0x10a4404,0x10a4900,0x10a5002,0x10a5900,0x10a600f,0x10a7d04,0x10a7f02,
    0x10a800f,0x10a9d04,0x10aa000,0x10ac00f,0x10ac802,0x10ac90f,0x10ae5ae,0x10ae700,0x10aeb04,0x10af002,0x10af700,
    0x10b000f,0x10b3600,0x10b3902,0x10b400f,0x10b5600,0x10b5804,0x10b600f,0x10b7300,0x10b7804,0x10b800f,0x10b9200,
    0x10b9902,0x10b9d00,0x10ba904,0x10bb000,0x10c000f,0x10c4900,0x10c8091,0x10cb300,0x10cc029,0x10cf300,0x10cfa04,
    0x10d000f,0x10d24ae,0x10d2800,0x10d300d,0x10d3a00,0x10e6005,0x10e6904,0x10e7f00,0x10e800f,0x10eaa00,0x10eabae,
    0x10ead02,0x10eae00,0x10eb00f,0x10eb200,0x10f000f,0x10f1d04,0x10f270f,0x10f2800,0x10f300f,0x10f46ae,0x10f5104,
    0x10f5502,0x10f5a00,0x10f700f,0x10f82ae,0x10f8602,0x10f8a00,0x10fb00f,0x10fc504,0x10fcc00,0x10fe00f,0x10ff700,
    0x110000a,0x11001ae,0x110020a,0x110030f,0x11038ae,0x1104702,0x1104e00,0x1105205,0x1105b04,0x110660d,0x11070ae,
    0x110710f,0x11073ae,0x110750f,0x1107600,0x1107fae,0x110820a,0x110830f,0x110b00a,0x110b3ae,0x110b70a,0x110b9ae,
    0x110bb02,0x110bdaa,0x110be02,0x110c2ae,0x110c300,0x110cdaa,0x110ce00,0x110d00f,0x110e900,0x110f00d,0x110fa00,
    0x11100ae,0x111030f,0x11127ae,0x1112c0a,0x1112dae,0x1113500,0x111360d,0x1114002,0x111440f,0x111450a,0x111470f,
    0x1114800,0x111500f,0x11173ae,0x1117402,0x111760f,0x1117700,0x11180ae,0x111820a,0x111830f,0x111b30a,0x111b6ae,
    0x111bf0a,0x111c10f,0x111c502,0x111c9ae,0x111cd02,0x111ce0a,0x111cfae,0x111d00d,0x111da0f,0x111db02,0x111dc0f,
    0x111dd02,0x111e000,0x111e104,0x111f500,0x112000f,0x1121200,0x112130f,0x1122c0a,0x1122fae,0x112320a,0x11234ae,
    0x112350a,0x11236ae,0x1123802,0x1123eae,0x1123f00,0x112800f,0x1128700,0x112880f,0x1128900,0x1128a0f,0x1128e00,
    0x1128f0f,0x1129e00,0x1129f0f,0x112a902,0x112aa00,0x112b00f,0x112dfae,0x112e00a,0x112e3ae,0x112eb00,0x112f00d,
    0x112fa00,0x11300ae,0x113020a,0x1130400,0x113050f,0x1130d00,0x1130f0f,0x1131100,0x113130f,0x1132900,0x1132a0f,
    0x1133100,0x113320f,0x1133400,0x113350f,0x1133a00,0x1133bae,0x1133d0f,0x1133e0a,0x11340ae,0x113410a,0x1134500,
    0x113470a,0x1134900,0x1134b0a,0x1134e00,0x113500f,0x1135100,0x113570a,0x1135800,0x1135d0f,0x113620a,0x1136400,
    0x11366ae,0x1136d00,0x11370ae,0x1137500,0x114000f,0x114350a,0x11438ae,0x114400a,0x11442ae,0x114450a,0x11446ae,
    0x114470f,0x1144b02,0x114500d,0x1145a02,0x1145c00,0x1145d02,0x1145eae,0x1145f0f,0x1146200,0x114800f,0x114b00a,
    0x114b3ae,0x114b90a,0x114baae,0x114bb0a,0x114bfae,0x114c10a,0x114c2ae,0x114c40f,0x114c602,0x114c70f,0x114c800,
    0x114d00d,0x114da00,0x115800f,0x115af0a,0x115b2ae,0x115b600,0x115b80a,0x115bcae,0x115be0a,0x115bfae,0x115c102,
    0x115d80f,0x115dcae,0x115de00,0x116000f,0x116300a,0x11633ae,0x1163b0a,0x1163dae,0x1163e0a,0x1163fae,0x1164102,
    0x116440f,0x1164500,0x116500d,0x1165a00,0x1166002,0x1166d00,0x116800f,0x116abae,0x116ac0a,0x116adae,0x116ae0a,
    0x116b0ae,0x116b60a,0x116b7ae,0x116b80f,0x116b902,0x116ba00,0x116c00d,0x116ca00,0x117000f,0x1171b00,0x1171dae,
    0x117200a,0x11722ae,0x117260a,0x11727ae,0x1172c00,0x117300d,0x1173a04,0x1173c02,0x117400f,0x1174700,0x118000f,
    0x1182c0a,0x1182fae,0x118380a,0x11839ae,0x1183b02,0x1183c00,0x118a089,0x118c031,0x118e00d,0x118ea04,0x118f300,
    0x118ff0f,0x1190700,0x119090f,0x1190a00,0x1190c0f,0x1191400,0x119150f,0x1191700,0x119180f,0x119300a,0x1193600,
    0x119370a,0x1193900,0x1193bae,0x1193d0a,0x1193eae,0x1193f0f,0x119400a,0x119410f,0x119420a,0x11943ae,0x1194402,
    0x1194700,0x119500d,0x1195a00,0x119a00f,0x119a800,0x119aa0f,0x119d10a,0x119d4ae,0x119d800,0x119daae,0x119dc0a,
    0x119e0ae,0x119e10f,0x119e202,0x119e30f,0x119e40a,0x119e500,0x11a000f,0x11a01ae,0x11a0b0f,0x11a33ae,0x11a390a,
    0x11a3a0f,0x11a3bae,0x11a3f02,0x11a47ae,0x11a4800,0x11a500f,0x11a51ae,0x11a570a,0x11a59ae,0x11a5c0f,0x11a8aae,
    0x11a970a,0x11a98ae,0x11a9a02,0x11a9d0f,0x11a9e02,0x11aa300,0x11ab00f,0x11af900,0x11c000f,0x11c0900,0x11c0a0f,
    0x11c2f0a,0x11c30ae,0x11c3700,0x11c38ae,0x11c3e0a,0x11c3fae,0x11c400f,0x11c4102,0x11c4600,0x11c500d,0x11c5a04,
    0x11c6d00,0x11c7002,0x11c720f,0x11c9000,0x11c92ae,0x11ca800,0x11ca90a,0x11caaae,0x11cb10a,0x11cb2ae,0x11cb40a,
    0x11cb5ae,0x11cb700,0x11d000f,0x11d0700,0x11d080f,0x11d0a00,0x11d0b0f,0x11d31ae,0x11d3700,0x11d3aae,0x11d3b00,
    0x11d3cae,0x11d3e00,0x11d3fae,0x11d460f,0x11d47ae,0x11d4800,0x11d500d,0x11d5a00,0x11d600f,0x11d6600,0x11d670f,
    0x11d6900,0x11d6a0f,0x11d8a0a,0x11d8f00,0x11d90ae,0x11d9200,0x11d930a,0x11d95ae,0x11d960a,0x11d97ae,0x11d980f,
    0x11d9900,0x11da00d,0x11daa00,0x11ee00f,0x11ef3ae,0x11ef50a,0x11ef702,0x11ef900,0x11fb00f,0x11fb100,0x11fc004,
    0x11fd502,0x11ff200,0x11fff02,0x120000f,0x1239a00,0x1240010,0x1246f00,0x1247002,0x1247500,0x124800f,0x1254400,
    0x12f900f,0x12ff102,0x12ff300,0x130000f,0x1342f00,0x13430aa,0x1343900,0x144000f,0x1464700,0x168000f,0x16a3900,
    0x16a400f,0x16a5f00,0x16a600d,0x16a6a00,0x16a6e02,0x16a700f,0x16abf00,0x16ac00d,0x16aca00,0x16ad00f,0x16aee00,
    0x16af0ae,0x16af502,0x16af600,0x16b000f,0x16b30ae,0x16b3702,0x16b40b1,0x16b4402,0x16b4600,0x16b500d,0x16b5a00,
    0x16b5b04,0x16b6200,0x16b630f,0x16b7800,0x16b7d0f,0x16b9000,0x16e4089,0x16e6031,0x16e8004,0x16e9702,0x16e9b00,
    0x16f000f,0x16f4b00,0x16f4fae,0x16f500f,0x16f510a,0x16f8800,0x16f8fae,0x16f93b1,0x16fa000,0x16fe0b1,0x16fe202,
    0x16fe3b1,0x16fe4ae,0x16fe500,0x16ff00a,0x16ff200,0x170000f,0x187f800,0x188000f,0x18cd600,0x18d000f,0x18d0900,
    0x1aff0b1,0x1aff400,0x1aff5b1,0x1affc00,0x1affdb1,0x1afff00,0x1b0000f,0x1b12300,0x1b1500f,0x1b15300,0x1b1640f,
    0x1b16800,0x1b1700f,0x1b2fc00,0x1bc000f,0x1bc6b00,0x1bc700f,0x1bc7d00,0x1bc800f,0x1bc8900,0x1bc900f,0x1bc9a00,
    0x1bc9c02,0x1bc9dae,0x1bc9f02,0x1bca0aa,0x1bca400,0x1cf00ae,0x1cf2e00,0x1cf30ae,0x1cf4700,0x1cf5002,0x1cfc400,
    0x1d00002,0x1d0f600,0x1d10002,0x1d12700,0x1d12902,0x1d1650a,0x1d167ae,0x1d16a02,0x1d16d0a,0x1d173aa,0x1d17bae,
    0x1d18302,0x1d185ae,0x1d18c02,0x1d1aaae,0x1d1ae02,0x1d1eb00,0x1d20002,0x1d242ae,0x1d24502,0x1d24600,0x1d2e004,
    0x1d2f400,0x1d30002,0x1d35700,0x1d36004,0x1d37900,0x1d40083,0x1d41a37,0x1d43483,0x1d44e37,0x1d45500,0x1d45637,
    0x1d46883,0x1d48237,0x1d49c83,0x1d49d00,0x1d49e83,0x1d4a000,0x1d4a283,0x1d4a300,0x1d4a583,0x1d4a700,0x1d4a983,
    0x1d4ad00,0x1d4ae83,0x1d4b637,0x1d4ba00,0x1d4bb37,0x1d4bc00,0x1d4bd37,0x1d4c400,0x1d4c537,0x1d4d083,0x1d4ea37,
    0x1d50483,0x1d50600,0x1d50783,0x1d50b00,0x1d50d83,0x1d51500,0x1d51683,0x1d51d00,0x1d51e37,0x1d53883,0x1d53a00,
    0x1d53b83,0x1d53f00,0x1d54083,0x1d54500,0x1d54683,0x1d54700,0x1d54a83,0x1d55100,0x1d55237,0x1d56c83,0x1d58637,
    0x1d5a083,0x1d5ba37,0x1d5d483,0x1d5ee37,0x1d60883,0x1d62237,0x1d63c83,0x1d65637,0x1d67083,0x1d68a37,0x1d6a600,
    0x1d6a883,0x1d6c102,0x1d6c237,0x1d6db02,0x1d6dc37,0x1d6e283,0x1d6fb02,0x1d6fc37,0x1d71502,0x1d71637,0x1d71c83,
    0x1d73502,0x1d73637,0x1d74f02,0x1d75037,0x1d75683,0x1d76f02,0x1d77037,0x1d78902,0x1d78a37,0x1d79083,0x1d7a902,
    0x1d7aa37,0x1d7c302,0x1d7c437,0x1d7ca83,0x1d7cb37,0x1d7cc00,0x1d7ce0d,0x1d80002,0x1da00ae,0x1da3702,0x1da3bae,
    0x1da6d02,0x1da75ae,0x1da7602,0x1da84ae,0x1da8502,0x1da8c00,0x1da9bae,0x1daa000,0x1daa1ae,0x1dab000,0x1df0037,
    0x1df0a0f,0x1df0b37,0x1df1f00,0x1e000ae,0x1e00700,0x1e008ae,0x1e01900,0x1e01bae,0x1e02200,0x1e023ae,0x1e02500,
    0x1e026ae,0x1e02b00,0x1e1000f,0x1e12d00,0x1e130ae,0x1e137b1,0x1e13e00,0x1e1400d,0x1e14a00,0x1e14e0f,0x1e14f02,
    0x1e15000,0x1e2900f,0x1e2aeae,0x1e2af00,0x1e2c00f,0x1e2ecae,0x1e2f00d,0x1e2fa00,0x1e2ff02,0x1e30000,0x1e7e00f,
    0x1e7e700,0x1e7e80f,0x1e7ec00,0x1e7ed0f,0x1e7ef00,0x1e7f00f,0x1e7ff00,0x1e8000f,0x1e8c500,0x1e8c704,0x1e8d0ae,
    0x1e8d700,0x1e9008a,0x1e92230,0x1e944ae,0x1e94bb1,0x1e94c00,0x1e9500d,0x1e95a00,0x1e95e02,0x1e96000,0x1ec7104,
    0x1ecac02,0x1ecad04,0x1ecb002,0x1ecb104,0x1ecb500,0x1ed0104,0x1ed2e02,0x1ed2f04,0x1ed3e00,0x1ee000f,0x1ee0400,
    0x1ee050f,0x1ee2000,0x1ee210f,0x1ee2300,0x1ee240f,0x1ee2500,0x1ee270f,0x1ee2800,0x1ee290f,0x1ee3300,0x1ee340f,
    0x1ee3800,0x1ee390f,0x1ee3a00,0x1ee3b0f,0x1ee3c00,0x1ee420f,0x1ee4300,0x1ee470f,0x1ee4800,0x1ee490f,0x1ee4a00,
    0x1ee4b0f,0x1ee4c00,0x1ee4d0f,0x1ee5000,0x1ee510f,0x1ee5300,0x1ee540f,0x1ee5500,0x1ee570f,0x1ee5800,0x1ee590f,
    0x1ee5a00,0x1ee5b0f,0x1ee5c00,0x1ee5d0f,0x1ee5e00,0x1ee5f0f,0x1ee6000,0x1ee610f,0x1ee6300,0x1ee640f,0x1ee6500,
    0x1ee670f,0x1ee6b00,0x1ee6c0f,0x1ee7300,0x1ee740f,0x1ee7800,0x1ee790f,0x1ee7d00,0x1ee7e0f,0x1ee7f00,0x1ee800f,
    0x1ee8a00,0x1ee8b0f,0x1ee9c00,0x1eea10f,0x1eea400,0x1eea50f,0x1eeaa00,0x1eeab0f,0x1eebc00,0x1eef002,0x1eef200,
    0x1f00002,0x1f02c00,0x1f03002,0x1f09400,0x1f0a002,0x1f0af00,0x1f0b102,0x1f0c000,0x1f0c102,0x1f0d000,0x1f0d102,
    0x1f0f600,0x1f10005,0x1f10b04,0x1f10d02,0x1f13008,0x1f14a02,0x1f15008,0x1f16a02,0x1f17008,0x1f18a02,0x1f1ae00,
    0x1f1e602,0x1f20300,0x1f21002,0x1f23c00,0x1f24002,0x1f24900,0x1f25002,0x1f25200,0x1f26002,0x1f26600,0x1f30002,
    0x1f3fbab,0x1f40002,0x1f6d800,0x1f6dd02,0x1f6ed00,0x1f6f002,0x1f6fd00,0x1f70002,0x1f77400,0x1f78002,0x1f7d900,
    0x1f7e002,0x1f7ec00,0x1f7f002,0x1f7f100,0x1f80002,0x1f80c00,0x1f81002,0x1f84800,0x1f85002,0x1f85a00,0x1f86002,
    0x1f88800,0x1f89002,0x1f8ae00,0x1f8b002,0x1f8b200,0x1f90002,0x1fa5400,0x1fa6002,0x1fa6e00,0x1fa7002,0x1fa7500,
    0x1fa7802,0x1fa7d00,0x1fa8002,0x1fa8700,0x1fa9002,0x1faad00,0x1fab002,0x1fabb00,0x1fac002,0x1fac600,0x1fad002,
    0x1fada00,0x1fae002,0x1fae800,0x1faf002,0x1faf700,0x1fb0002,0x1fb9300,0x1fb9402,0x1fbcb00,0x1fbf00d,0x1fbfa00,
    0x200000f,0x2000111,0x200020f,0x2006411,0x200650f,0x200e211,0x200e30f,0x2012111,0x201220f,0x2092a11,0x2092b0f,
    0x2098311,0x209840f,0x2098c11,0x2098d0f,0x2099c11,0x2099d0f,0x20aea11,0x20aeb0f,0x20afd11,0x20afe0f,0x20b1911,
    0x20b1a0f,0x2239011,0x223910f,0x2299811,0x229990f,0x23b1b11,0x23b1c0f,0x2626d11,0x2626e0f,0x2a6e000,0x2a7000f,
    0x2b73900,0x2b7400f,0x2b81e00,0x2b8200f,0x2cea200,0x2ceb00f,0x2ebe100,0x2f8000f,0x2f89011,0x2f8910f,0x2fa1e00,
    0x300000f,0x3134b00,0xe0001aa,0xe000200,0xe0020aa,0xe008000,0xe0100ae,0xe01f000,
};
static const uint32_t uni_decimal_zeros[66] = {
    0x30,0x660,0x6f0,0x7c0,0x966,0x9e6,0xa66,0xae6,0xb66,0xbe6,0xc66,0xce6,0xd66,0xde6,0xe50,0xed0,0xf20,0x1040,0x1090,0x17e0,0x1810,0x1946,0x19d0,0x1a80,0x1a90,0x1b50,0x1bb0,0x1c40,0x1c50,0xa620,0xa8d0,0xa900,0xa9d0,0xa9f0,0xaa50,0xabf0,0xff10,0x104a0,0x10d30,0x11066,0x110f0,0x11136,0x111d0,0x112f0,0x11450,0x114d0,0x11650,0x116c0,0x11730,0x118e0,0x11950,0x11c50,0x11d50,0x11da0,0x16a60,0x16ac0,0x16b50,0x1d7ce,0x1d7d8,0x1d7e2,0x1d7ec,0x1d7f6,0x1e140,0x1e2f0,0x1e950,0x1fbf0,
};
static const UniSpecial uni_specials[103] = {
    {0xdf, "\xc3\x9f", "\x53\x53", "\x53\x73"},
    {0x130, "\x69\xcc\x87", "\xc4\xb0", "\xc4\xb0"},
    {0x149, "\xc5\x89", "\xca\xbc\x4e", "\xca\xbc\x4e"},
    {0x1f0, "\xc7\xb0", "\x4a\xcc\x8c", "\x4a\xcc\x8c"},
    {0x390, "\xce\x90", "\xce\x99\xcc\x88\xcc\x81", "\xce\x99\xcc\x88\xcc\x81"},
    {0x3b0, "\xce\xb0", "\xce\xa5\xcc\x88\xcc\x81", "\xce\xa5\xcc\x88\xcc\x81"},
    {0x587, "\xd6\x87", "\xd4\xb5\xd5\x92", "\xd4\xb5\xd6\x82"},
    {0x1e96, "\xe1\xba\x96", "\x48\xcc\xb1", "\x48\xcc\xb1"},
    {0x1e97, "\xe1\xba\x97", "\x54\xcc\x88", "\x54\xcc\x88"},
    {0x1e98, "\xe1\xba\x98", "\x57\xcc\x8a", "\x57\xcc\x8a"},
    {0x1e99, "\xe1\xba\x99", "\x59\xcc\x8a", "\x59\xcc\x8a"},
    {0x1e9a, "\xe1\xba\x9a", "\x41\xca\xbe", "\x41\xca\xbe"},
    {0x1f50, "\xe1\xbd\x90", "\xce\xa5\xcc\x93", "\xce\xa5\xcc\x93"},
    {0x1f52, "\xe1\xbd\x92", "\xce\xa5\xcc\x93\xcc\x80", "\xce\xa5\xcc\x93\xcc\x80"},
    {0x1f54, "\xe1\xbd\x94", "\xce\xa5\xcc\x93\xcc\x81", "\xce\xa5\xcc\x93\xcc\x81"},
    {0x1f56, "\xe1\xbd\x96", "\xce\xa5\xcc\x93\xcd\x82", "\xce\xa5\xcc\x93\xcd\x82"},
    {0x1f80, "\xe1\xbe\x80", "\xe1\xbc\x88\xce\x99", "\xe1\xbe\x88"},
    {0x1f81, "\xe1\xbe\x81", "\xe1\xbc\x89\xce\x99", "\xe1\xbe\x89"},
    {0x1f82, "\xe1\xbe\x82", "\xe1\xbc\x8a\xce\x99", "\xe1\xbe\x8a"},
    {0x1f83, "\xe1\xbe\x83", "\xe1\xbc\x8b\xce\x99", "\xe1\xbe\x8b"},
    {0x1f84, "\xe1\xbe\x84", "\xe1\xbc\x8c\xce\x99", "\xe1\xbe\x8c"},
    {0x1f85, "\xe1\xbe\x85", "\xe1\xbc\x8d\xce\x99", "\xe1\xbe\x8d"},
    {0x1f86, "\xe1\xbe\x86", "\xe1\xbc\x8e\xce\x99", "\xe1\xbe\x8e"},
    {0x1f87, "\xe1\xbe\x87", "\xe1\xbc\x8f\xce\x99", "\xe1\xbe\x8f"},
    {0x1f88, "\xe1\xbe\x80", "\xe1\xbc\x88\xce\x99", "\xe1\xbe\x88"},
    {0x1f89, "\xe1\xbe\x81", "\xe1\xbc\x89\xce\x99", "\xe1\xbe\x89"},
    {0x1f8a, "\xe1\xbe\x82", "\xe1\xbc\x8a\xce\x99", "\xe1\xbe\x8a"},
    {0x1f8b, "\xe1\xbe\x83", "\xe1\xbc\x8b\xce\x99", "\xe1\xbe\x8b"},
    {0x1f8c, "\xe1\xbe\x84", "\xe1\xbc\x8c\xce\x99", "\xe1\xbe\x8c"},
    {0x1f8d, "\xe1\xbe\x85", "\xe1\xbc\x8d\xce\x99", "\xe1\xbe\x8d"},
    {0x1f8e, "\xe1\xbe\x86", "\xe1\xbc\x8e\xce\x99", "\xe1\xbe\x8e"},
    {0x1f8f, "\xe1\xbe\x87", "\xe1\xbc\x8f\xce\x99", "\xe1\xbe\x8f"},
    {0x1f90, "\xe1\xbe\x90", "\xe1\xbc\xa8\xce\x99", "\xe1\xbe\x98"},
    {0x1f91, "\xe1\xbe\x91", "\xe1\xbc\xa9\xce\x99", "\xe1\xbe\x99"},
    {0x1f92, "\xe1\xbe\x92", "\xe1\xbc\xaa\xce\x99", "\xe1\xbe\x9a"},
    {0x1f93, "\xe1\xbe\x93", "\xe1\xbc\xab\xce\x99", "\xe1\xbe\x9b"},
    {0x1f94, "\xe1\xbe\x94", "\xe1\xbc\xac\xce\x99", "\xe1\xbe\x9c"},
    {0x1f95, "\xe1\xbe\x95", "\xe1\xbc\xad\xce\x99", "\xe1\xbe\x9d"},
    {0x1f96, "\xe1\xbe\x96", "\xe1\xbc\xae\xce\x99", "\xe1\xbe\x9e"},
    {0x1f97, "\xe1\xbe\x97", "\xe1\xbc\xaf\xce\x99", "\xe1\xbe\x9f"},
    {0x1f98, "\xe1\xbe\x90", "\xe1\xbc\xa8\xce\x99", "\xe1\xbe\x98"},
    {0x1f99, "\xe1\xbe\x91", "\xe1\xbc\xa9\xce\x99", "\xe1\xbe\x99"},
    {0x1f9a, "\xe1\xbe\x92", "\xe1\xbc\xaa\xce\x99", "\xe1\xbe\x9a"},
    {0x1f9b, "\xe1\xbe\x93", "\xe1\xbc\xab\xce\x99", "\xe1\xbe\x9b"},
    {0x1f9c, "\xe1\xbe\x94", "\xe1\xbc\xac\xce\x99", "\xe1\xbe\x9c"},
    {0x1f9d, "\xe1\xbe\x95", "\xe1\xbc\xad\xce\x99", "\xe1\xbe\x9d"},
    {0x1f9e, "\xe1\xbe\x96", "\xe1\xbc\xae\xce\x99", "\xe1\xbe\x9e"},
    {0x1f9f, "\xe1\xbe\x97", "\xe1\xbc\xaf\xce\x99", "\xe1\xbe\x9f"},
    {0x1fa0, "\xe1\xbe\xa0", "\xe1\xbd\xa8\xce\x99", "\xe1\xbe\xa8"},
    {0x1fa1, "\xe1\xbe\xa1", "\xe1\xbd\xa9\xce\x99", "\xe1\xbe\xa9"},
    {0x1fa2, "\xe1\xbe\xa2", "\xe1\xbd\xaa\xce\x99", "\xe1\xbe\xaa"},
    {0x1fa3, "\xe1\xbe\xa3", "\xe1\xbd\xab\xce\x99", "\xe1\xbe\xab"},
    {0x1fa4, "\xe1\xbe\xa4", "\xe1\xbd\xac\xce\x99", "\xe1\xbe\xac"},
    {0x1fa5, "\xe1\xbe\xa5", "\xe1\xbd\xad\xce\x99", "\xe1\xbe\xad"},
    {0x1fa6, "\xe1\xbe\xa6", "\xe1\xbd\xae\xce\x99", "\xe1\xbe\xae"},
    {0x1fa7, "\xe1\xbe\xa7", "\xe1\xbd\xaf\xce\x99", "\xe1\xbe\xaf"},
    {0x1fa8, "\xe1\xbe\xa0", "\xe1\xbd\xa8\xce\x99", "\xe1\xbe\xa8"},
    {0x1fa9, "\xe1\xbe\xa1", "\xe1\xbd\xa9\xce\x99", "\xe1\xbe\xa9"},
    {0x1faa, "\xe1\xbe\xa2", "\xe1\xbd\xaa\xce\x99", "\xe1\xbe\xaa"},
    {0x1fab, "\xe1\xbe\xa3", "\xe1\xbd\xab\xce\x99", "\xe1\xbe\xab"},
    {0x1fac, "\xe1\xbe\xa4", "\xe1\xbd\xac\xce\x99", "\xe1\xbe\xac"},
    {0x1fad, "\xe1\xbe\xa5", "\xe1\xbd\xad\xce\x99", "\xe1\xbe\xad"},
    {0x1fae, "\xe1\xbe\xa6", "\xe1\xbd\xae\xce\x99", "\xe1\xbe\xae"},
    {0x1faf, "\xe1\xbe\xa7", "\xe1\xbd\xaf\xce\x99", "\xe1\xbe\xaf"},
    {0x1fb2, "\xe1\xbe\xb2", "\xe1\xbe\xba\xce\x99", "\xe1\xbe\xba\xcd\x85"},
    {0x1fb3, "\xe1\xbe\xb3", "\xce\x91\xce\x99", "\xe1\xbe\xbc"},
    {0x1fb4, "\xe1\xbe\xb4", "\xce\x86\xce\x99", "\xce\x86\xcd\x85"},
    {0x1fb6, "\xe1\xbe\xb6", "\xce\x91\xcd\x82", "\xce\x91\xcd\x82"},
    {0x1fb7, "\xe1\xbe\xb7", "\xce\x91\xcd\x82\xce\x99", "\xce\x91\xcd\x82\xcd\x85"},
    {0x1fbc, "\xe1\xbe\xb3", "\xce\x91\xce\x99", "\xe1\xbe\xbc"},
    {0x1fc2, "\xe1\xbf\x82", "\xe1\xbf\x8a\xce\x99", "\xe1\xbf\x8a\xcd\x85"},
    {0x1fc3, "\xe1\xbf\x83", "\xce\x97\xce\x99", "\xe1\xbf\x8c"},
    {0x1fc4, "\xe1\xbf\x84", "\xce\x89\xce\x99", "\xce\x89\xcd\x85"},
    {0x1fc6, "\xe1\xbf\x86", "\xce\x97\xcd\x82", "\xce\x97\xcd\x82"},
    {0x1fc7, "\xe1\xbf\x87", "\xce\x97\xcd\x82\xce\x99", "\xce\x97\xcd\x82\xcd\x85"},
    {0x1fcc, "\xe1\xbf\x83", "\xce\x97\xce\x99", "\xe1\xbf\x8c"},
    {0x1fd2, "\xe1\xbf\x92", "\xce\x99\xcc\x88\xcc\x80", "\xce\x99\xcc\x88\xcc\x80"},
    {0x1fd3, "\xe1\xbf\x93", "\xce\x99\xcc\x88\xcc\x81", "\xce\x99\xcc\x88\xcc\x81"},
    {0x1fd6, "\xe1\xbf\x96", "\xce\x99\xcd\x82", "\xce\x99\xcd\x82"},
    {0x1fd7, "\xe1\xbf\x97", "\xce\x99\xcc\x88\xcd\x82", "\xce\x99\xcc\x88\xcd\x82"},
    {0x1fe2, "\xe1\xbf\xa2", "\xce\xa5\xcc\x88\xcc\x80", "\xce\xa5\xcc\x88\xcc\x80"},
    {0x1fe3, "\xe1\xbf\xa3", "\xce\xa5\xcc\x88\xcc\x81", "\xce\xa5\xcc\x88\xcc\x81"},
    {0x1fe4, "\xe1\xbf\xa4", "\xce\xa1\xcc\x93", "\xce\xa1\xcc\x93"},
    {0x1fe6, "\xe1\xbf\xa6", "\xce\xa5\xcd\x82", "\xce\xa5\xcd\x82"},
    {0x1fe7, "\xe1\xbf\xa7", "\xce\xa5\xcc\x88\xcd\x82", "\xce\xa5\xcc\x88\xcd\x82"},
    {0x1ff2, "\xe1\xbf\xb2", "\xe1\xbf\xba\xce\x99", "\xe1\xbf\xba\xcd\x85"},
    {0x1ff3, "\xe1\xbf\xb3", "\xce\xa9\xce\x99", "\xe1\xbf\xbc"},
    {0x1ff4, "\xe1\xbf\xb4", "\xce\x8f\xce\x99", "\xce\x8f\xcd\x85"},
    {0x1ff6, "\xe1\xbf\xb6", "\xce\xa9\xcd\x82", "\xce\xa9\xcd\x82"},
    {0x1ff7, "\xe1\xbf\xb7", "\xce\xa9\xcd\x82\xce\x99", "\xce\xa9\xcd\x82\xcd\x85"},
    {0x1ffc, "\xe1\xbf\xb3", "\xce\xa9\xce\x99", "\xe1\xbf\xbc"},
    {0xfb00, "\xef\xac\x80", "\x46\x46", "\x46\x66"},
    {0xfb01, "\xef\xac\x81", "\x46\x49", "\x46\x69"},
    {0xfb02, "\xef\xac\x82", "\x46\x4c", "\x46\x6c"},
    {0xfb03, "\xef\xac\x83", "\x46\x46\x49", "\x46\x66\x69"},
    {0xfb04, "\xef\xac\x84", "\x46\x46\x4c", "\x46\x66\x6c"},
    {0xfb05, "\xef\xac\x85", "\x53\x54", "\x53\x74"},
    {0xfb06, "\xef\xac\x86", "\x53\x54", "\x53\x74"},
    {0xfb13, "\xef\xac\x93", "\xd5\x84\xd5\x86", "\xd5\x84\xd5\xb6"},
    {0xfb14, "\xef\xac\x94", "\xd5\x84\xd4\xb5", "\xd5\x84\xd5\xa5"},
    {0xfb15, "\xef\xac\x95", "\xd5\x84\xd4\xbb", "\xd5\x84\xd5\xab"},
    {0xfb16, "\xef\xac\x96", "\xd5\x8e\xd5\x86", "\xd5\x8e\xd5\xb6"},
    {0xfb17, "\xef\xac\x97", "\xd5\x84\xd4\xbd", "\xd5\x84\xd5\xad"},
};
static const UniFold uni_folds[297] = {
    {0xb5,"\xce\xbc"}, {0xdf,"\x73\x73"}, {0x149,"\xca\xbc\x6e"}, {0x17f,"\x73"}, {0x1f0,"\x6a\xcc\x8c"},
    {0x345,"\xce\xb9"}, {0x390,"\xce\xb9\xcc\x88\xcc\x81"}, {0x3b0,"\xcf\x85\xcc\x88\xcc\x81"},
    {0x3c2,"\xcf\x83"}, {0x3d0,"\xce\xb2"}, {0x3d1,"\xce\xb8"}, {0x3d5,"\xcf\x86"}, {0x3d6,"\xcf\x80"},
    {0x3f0,"\xce\xba"}, {0x3f1,"\xcf\x81"}, {0x3f5,"\xce\xb5"}, {0x587,"\xd5\xa5\xd6\x82"},
    {0x13a0,"\xe1\x8e\xa0"}, {0x13a1,"\xe1\x8e\xa1"}, {0x13a2,"\xe1\x8e\xa2"}, {0x13a3,"\xe1\x8e\xa3"},
    {0x13a4,"\xe1\x8e\xa4"}, {0x13a5,"\xe1\x8e\xa5"}, {0x13a6,"\xe1\x8e\xa6"}, {0x13a7,"\xe1\x8e\xa7"},
    {0x13a8,"\xe1\x8e\xa8"}, {0x13a9,"\xe1\x8e\xa9"}, {0x13aa,"\xe1\x8e\xaa"}, {0x13ab,"\xe1\x8e\xab"},
    {0x13ac,"\xe1\x8e\xac"}, {0x13ad,"\xe1\x8e\xad"}, {0x13ae,"\xe1\x8e\xae"}, {0x13af,"\xe1\x8e\xaf"},
    {0x13b0,"\xe1\x8e\xb0"}, {0x13b1,"\xe1\x8e\xb1"}, {0x13b2,"\xe1\x8e\xb2"}, {0x13b3,"\xe1\x8e\xb3"},
    {0x13b4,"\xe1\x8e\xb4"}, {0x13b5,"\xe1\x8e\xb5"}, {0x13b6,"\xe1\x8e\xb6"}, {0x13b7,"\xe1\x8e\xb7"},
    {0x13b8,"\xe1\x8e\xb8"}, {0x13b9,"\xe1\x8e\xb9"}, {0x13ba,"\xe1\x8e\xba"}, {0x13bb,"\xe1\x8e\xbb"},
    {0x13bc,"\xe1\x8e\xbc"}, {0x13bd,"\xe1\x8e\xbd"}, {0x13be,"\xe1\x8e\xbe"}, {0x13bf,"\xe1\x8e\xbf"},
    {0x13c0,"\xe1\x8f\x80"}, {0x13c1,"\xe1\x8f\x81"}, {0x13c2,"\xe1\x8f\x82"}, {0x13c3,"\xe1\x8f\x83"},
    {0x13c4,"\xe1\x8f\x84"}, {0x13c5,"\xe1\x8f\x85"}, {0x13c6,"\xe1\x8f\x86"}, {0x13c7,"\xe1\x8f\x87"},
    {0x13c8,"\xe1\x8f\x88"}, {0x13c9,"\xe1\x8f\x89"}, {0x13ca,"\xe1\x8f\x8a"}, {0x13cb,"\xe1\x8f\x8b"},
    {0x13cc,"\xe1\x8f\x8c"}, {0x13cd,"\xe1\x8f\x8d"}, {0x13ce,"\xe1\x8f\x8e"}, {0x13cf,"\xe1\x8f\x8f"},
    {0x13d0,"\xe1\x8f\x90"}, {0x13d1,"\xe1\x8f\x91"}, {0x13d2,"\xe1\x8f\x92"}, {0x13d3,"\xe1\x8f\x93"},
    {0x13d4,"\xe1\x8f\x94"}, {0x13d5,"\xe1\x8f\x95"}, {0x13d6,"\xe1\x8f\x96"}, {0x13d7,"\xe1\x8f\x97"},
    {0x13d8,"\xe1\x8f\x98"}, {0x13d9,"\xe1\x8f\x99"}, {0x13da,"\xe1\x8f\x9a"}, {0x13db,"\xe1\x8f\x9b"},
    {0x13dc,"\xe1\x8f\x9c"}, {0x13dd,"\xe1\x8f\x9d"}, {0x13de,"\xe1\x8f\x9e"}, {0x13df,"\xe1\x8f\x9f"},
    {0x13e0,"\xe1\x8f\xa0"}, {0x13e1,"\xe1\x8f\xa1"}, {0x13e2,"\xe1\x8f\xa2"}, {0x13e3,"\xe1\x8f\xa3"},
    {0x13e4,"\xe1\x8f\xa4"}, {0x13e5,"\xe1\x8f\xa5"}, {0x13e6,"\xe1\x8f\xa6"}, {0x13e7,"\xe1\x8f\xa7"},
    {0x13e8,"\xe1\x8f\xa8"}, {0x13e9,"\xe1\x8f\xa9"}, {0x13ea,"\xe1\x8f\xaa"}, {0x13eb,"\xe1\x8f\xab"},
    {0x13ec,"\xe1\x8f\xac"}, {0x13ed,"\xe1\x8f\xad"}, {0x13ee,"\xe1\x8f\xae"}, {0x13ef,"\xe1\x8f\xaf"},
    {0x13f0,"\xe1\x8f\xb0"}, {0x13f1,"\xe1\x8f\xb1"}, {0x13f2,"\xe1\x8f\xb2"}, {0x13f3,"\xe1\x8f\xb3"},
    {0x13f4,"\xe1\x8f\xb4"}, {0x13f5,"\xe1\x8f\xb5"}, {0x13f8,"\xe1\x8f\xb0"}, {0x13f9,"\xe1\x8f\xb1"},
    {0x13fa,"\xe1\x8f\xb2"}, {0x13fb,"\xe1\x8f\xb3"}, {0x13fc,"\xe1\x8f\xb4"}, {0x13fd,"\xe1\x8f\xb5"},
    {0x1c80,"\xd0\xb2"}, {0x1c81,"\xd0\xb4"}, {0x1c82,"\xd0\xbe"}, {0x1c83,"\xd1\x81"}, {0x1c84,"\xd1\x82"},
    {0x1c85,"\xd1\x82"}, {0x1c86,"\xd1\x8a"}, {0x1c87,"\xd1\xa3"}, {0x1c88,"\xea\x99\x8b"},
    {0x1e96,"\x68\xcc\xb1"}, {0x1e97,"\x74\xcc\x88"}, {0x1e98,"\x77\xcc\x8a"}, {0x1e99,"\x79\xcc\x8a"},
    {0x1e9a,"\x61\xca\xbe"}, {0x1e9b,"\xe1\xb9\xa1"}, {0x1e9e,"\x73\x73"}, {0x1f50,"\xcf\x85\xcc\x93"},
    {0x1f52,"\xcf\x85\xcc\x93\xcc\x80"}, {0x1f54,"\xcf\x85\xcc\x93\xcc\x81"}, {0x1f56,"\xcf\x85\xcc\x93\xcd\x82"},
    {0x1f80,"\xe1\xbc\x80\xce\xb9"}, {0x1f81,"\xe1\xbc\x81\xce\xb9"}, {0x1f82,"\xe1\xbc\x82\xce\xb9"},
    {0x1f83,"\xe1\xbc\x83\xce\xb9"}, {0x1f84,"\xe1\xbc\x84\xce\xb9"}, {0x1f85,"\xe1\xbc\x85\xce\xb9"},
    {0x1f86,"\xe1\xbc\x86\xce\xb9"}, {0x1f87,"\xe1\xbc\x87\xce\xb9"}, {0x1f88,"\xe1\xbc\x80\xce\xb9"},
    {0x1f89,"\xe1\xbc\x81\xce\xb9"}, {0x1f8a,"\xe1\xbc\x82\xce\xb9"}, {0x1f8b,"\xe1\xbc\x83\xce\xb9"},
    {0x1f8c,"\xe1\xbc\x84\xce\xb9"}, {0x1f8d,"\xe1\xbc\x85\xce\xb9"}, {0x1f8e,"\xe1\xbc\x86\xce\xb9"},
    {0x1f8f,"\xe1\xbc\x87\xce\xb9"}, {0x1f90,"\xe1\xbc\xa0\xce\xb9"}, {0x1f91,"\xe1\xbc\xa1\xce\xb9"},
    {0x1f92,"\xe1\xbc\xa2\xce\xb9"}, {0x1f93,"\xe1\xbc\xa3\xce\xb9"}, {0x1f94,"\xe1\xbc\xa4\xce\xb9"},
    {0x1f95,"\xe1\xbc\xa5\xce\xb9"}, {0x1f96,"\xe1\xbc\xa6\xce\xb9"}, {0x1f97,"\xe1\xbc\xa7\xce\xb9"},
    {0x1f98,"\xe1\xbc\xa0\xce\xb9"}, {0x1f99,"\xe1\xbc\xa1\xce\xb9"}, {0x1f9a,"\xe1\xbc\xa2\xce\xb9"},
    {0x1f9b,"\xe1\xbc\xa3\xce\xb9"}, {0x1f9c,"\xe1\xbc\xa4\xce\xb9"}, {0x1f9d,"\xe1\xbc\xa5\xce\xb9"},
    {0x1f9e,"\xe1\xbc\xa6\xce\xb9"}, {0x1f9f,"\xe1\xbc\xa7\xce\xb9"}, {0x1fa0,"\xe1\xbd\xa0\xce\xb9"},
    {0x1fa1,"\xe1\xbd\xa1\xce\xb9"}, {0x1fa2,"\xe1\xbd\xa2\xce\xb9"}, {0x1fa3,"\xe1\xbd\xa3\xce\xb9"},
    {0x1fa4,"\xe1\xbd\xa4\xce\xb9"}, {0x1fa5,"\xe1\xbd\xa5\xce\xb9"}, {0x1fa6,"\xe1\xbd\xa6\xce\xb9"},
    {0x1fa7,"\xe1\xbd\xa7\xce\xb9"}, {0x1fa8,"\xe1\xbd\xa0\xce\xb9"}, {0x1fa9,"\xe1\xbd\xa1\xce\xb9"},
    {0x1faa,"\xe1\xbd\xa2\xce\xb9"}, {0x1fab,"\xe1\xbd\xa3\xce\xb9"}, {0x1fac,"\xe1\xbd\xa4\xce\xb9"},
    {0x1fad,"\xe1\xbd\xa5\xce\xb9"}, {0x1fae,"\xe1\xbd\xa6\xce\xb9"}, {0x1faf,"\xe1\xbd\xa7\xce\xb9"},
    {0x1fb2,"\xe1\xbd\xb0\xce\xb9"}, {0x1fb3,"\xce\xb1\xce\xb9"}, {0x1fb4,"\xce\xac\xce\xb9"},
    {0x1fb6,"\xce\xb1\xcd\x82"}, {0x1fb7,"\xce\xb1\xcd\x82\xce\xb9"}, {0x1fbc,"\xce\xb1\xce\xb9"},
    {0x1fbe,"\xce\xb9"}, {0x1fc2,"\xe1\xbd\xb4\xce\xb9"}, {0x1fc3,"\xce\xb7\xce\xb9"},
    {0x1fc4,"\xce\xae\xce\xb9"}, {0x1fc6,"\xce\xb7\xcd\x82"}, {0x1fc7,"\xce\xb7\xcd\x82\xce\xb9"},
    {0x1fcc,"\xce\xb7\xce\xb9"}, {0x1fd2,"\xce\xb9\xcc\x88\xcc\x80"}, {0x1fd3,"\xce\xb9\xcc\x88\xcc\x81"},
    {0x1fd6,"\xce\xb9\xcd\x82"}, {0x1fd7,"\xce\xb9\xcc\x88\xcd\x82"}, {0x1fe2,"\xcf\x85\xcc\x88\xcc\x80"},
    {0x1fe3,"\xcf\x85\xcc\x88\xcc\x81"}, {0x1fe4,"\xcf\x81\xcc\x93"}, {0x1fe6,"\xcf\x85\xcd\x82"},
    {0x1fe7,"\xcf\x85\xcc\x88\xcd\x82"}, {0x1ff2,"\xe1\xbd\xbc\xce\xb9"}, {0x1ff3,"\xcf\x89\xce\xb9"},
    {0x1ff4,"\xcf\x8e\xce\xb9"}, {0x1ff6,"\xcf\x89\xcd\x82"}, {0x1ff7,"\xcf\x89\xcd\x82\xce\xb9"},
    {0x1ffc,"\xcf\x89\xce\xb9"}, {0xab70,"\xe1\x8e\xa0"}, {0xab71,"\xe1\x8e\xa1"}, {0xab72,"\xe1\x8e\xa2"},
    {0xab73,"\xe1\x8e\xa3"}, {0xab74,"\xe1\x8e\xa4"}, {0xab75,"\xe1\x8e\xa5"}, {0xab76,"\xe1\x8e\xa6"},
    {0xab77,"\xe1\x8e\xa7"}, {0xab78,"\xe1\x8e\xa8"}, {0xab79,"\xe1\x8e\xa9"}, {0xab7a,"\xe1\x8e\xaa"},
    {0xab7b,"\xe1\x8e\xab"}, {0xab7c,"\xe1\x8e\xac"}, {0xab7d,"\xe1\x8e\xad"}, {0xab7e,"\xe1\x8e\xae"},
    {0xab7f,"\xe1\x8e\xaf"}, {0xab80,"\xe1\x8e\xb0"}, {0xab81,"\xe1\x8e\xb1"}, {0xab82,"\xe1\x8e\xb2"},
    {0xab83,"\xe1\x8e\xb3"}, {0xab84,"\xe1\x8e\xb4"}, {0xab85,"\xe1\x8e\xb5"}, {0xab86,"\xe1\x8e\xb6"},
    {0xab87,"\xe1\x8e\xb7"}, {0xab88,"\xe1\x8e\xb8"}, {0xab89,"\xe1\x8e\xb9"}, {0xab8a,"\xe1\x8e\xba"},
    {0xab8b,"\xe1\x8e\xbb"}, {0xab8c,"\xe1\x8e\xbc"}, {0xab8d,"\xe1\x8e\xbd"}, {0xab8e,"\xe1\x8e\xbe"},
    {0xab8f,"\xe1\x8e\xbf"}, {0xab90,"\xe1\x8f\x80"}, {0xab91,"\xe1\x8f\x81"}, {0xab92,"\xe1\x8f\x82"},
    {0xab93,"\xe1\x8f\x83"}, {0xab94,"\xe1\x8f\x84"}, {0xab95,"\xe1\x8f\x85"}, {0xab96,"\xe1\x8f\x86"},
    {0xab97,"\xe1\x8f\x87"}, {0xab98,"\xe1\x8f\x88"}, {0xab99,"\xe1\x8f\x89"}, {0xab9a,"\xe1\x8f\x8a"},
    {0xab9b,"\xe1\x8f\x8b"}, {0xab9c,"\xe1\x8f\x8c"}, {0xab9d,"\xe1\x8f\x8d"}, {0xab9e,"\xe1\x8f\x8e"},
    {0xab9f,"\xe1\x8f\x8f"}, {0xaba0,"\xe1\x8f\x90"}, {0xaba1,"\xe1\x8f\x91"}, {0xaba2,"\xe1\x8f\x92"},
    {0xaba3,"\xe1\x8f\x93"}, {0xaba4,"\xe1\x8f\x94"}, {0xaba5,"\xe1\x8f\x95"}, {0xaba6,"\xe1\x8f\x96"},
    {0xaba7,"\xe1\x8f\x97"}, {0xaba8,"\xe1\x8f\x98"}, {0xaba9,"\xe1\x8f\x99"}, {0xabaa,"\xe1\x8f\x9a"},
    {0xabab,"\xe1\x8f\x9b"}, {0xabac,"\xe1\x8f\x9c"}, {0xabad,"\xe1\x8f\x9d"}, {0xabae,"\xe1\x8f\x9e"},
    {0xabaf,"\xe1\x8f\x9f"}, {0xabb0,"\xe1\x8f\xa0"}, {0xabb1,"\xe1\x8f\xa1"}, {0xabb2,"\xe1\x8f\xa2"},
    {0xabb3,"\xe1\x8f\xa3"}, {0xabb4,"\xe1\x8f\xa4"}, {0xabb5,"\xe1\x8f\xa5"}, {0xabb6,"\xe1\x8f\xa6"},
    {0xabb7,"\xe1\x8f\xa7"}, {0xabb8,"\xe1\x8f\xa8"}, {0xabb9,"\xe1\x8f\xa9"}, {0xabba,"\xe1\x8f\xaa"},
    {0xabbb,"\xe1\x8f\xab"}, {0xabbc,"\xe1\x8f\xac"}, {0xabbd,"\xe1\x8f\xad"}, {0xabbe,"\xe1\x8f\xae"},
    {0xabbf,"\xe1\x8f\xaf"}, {0xfb00,"\x66\x66"}, {0xfb01,"\x66\x69"}, {0xfb02,"\x66\x6c"},
    {0xfb03,"\x66\x66\x69"}, {0xfb04,"\x66\x66\x6c"}, {0xfb05,"\x73\x74"}, {0xfb06,"\x73\x74"},
    {0xfb13,"\xd5\xb4\xd5\xb6"}, {0xfb14,"\xd5\xb4\xd5\xa5"}, {0xfb15,"\xd5\xb4\xd5\xab"},
    {0xfb16,"\xd5\xbe\xd5\xb6"}, {0xfb17,"\xd5\xb4\xd5\xad"},
};
/* ---- end of generated tables ---- */

static const UniRec *uni_rec(uint32_t cp) {
    if (cp < 256) return &uni_recs[uni_latin1[cp]];
    if (cp > 0x10FFFF) return &uni_recs[0];
    size_t lo = 0, hi = sizeof uni_runs / sizeof uni_runs[0];
    while (hi - lo > 1) { /* last run with start <= cp */
        size_t mid = (lo + hi) / 2;
        if ((uni_runs[mid] >> 8) <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return &uni_recs[uni_runs[lo] & 0xFF];
}

static const UniSpecial *uni_special(uint32_t cp) {
    size_t lo = 0, hi = sizeof uni_specials / sizeof uni_specials[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uni_specials[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return &uni_specials[lo]; /* present: the flag said so */
}

static const char *uni_fold(uint32_t cp) {
    size_t lo = 0, hi = sizeof uni_folds / sizeof uni_folds[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uni_folds[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return uni_folds[lo].fold;
}

static int uni_decimal_lookup(uint32_t cp) {
    size_t lo = 0, hi = sizeof uni_decimal_zeros / sizeof uni_decimal_zeros[0];
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (uni_decimal_zeros[mid] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return (int)(cp - uni_decimal_zeros[lo]);
}

/* The generator of the tables above (run with CPython 3.11, output pasted in place):

# Generates the Unicode property tables embedded in src/runtime/str.c
# from CPython 3.11's unicodedata (Unicode 14.0.0).
import unicodedata, sys
N = 0x110000
CE = '*' + '/'  # comment delimiters, spelled so this script can live inside a C comment
CS = '/' + '*'
CASEIGN_EXTRA = {0x27, 0x2E, 0x3A, 0x5E, 0x60, 0xA8, 0xAD, 0xAF, 0xB4, 0xB7, 0xB8, 0x2018, 0x2019, 0x2024,
                 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A, 0x387, 0x55F, 0x5F4, 0x2027, 0xFE13}
specials = []
folds = []
def rec(c):
    ch = chr(c)
    cat = unicodedata.category(ch)
    fl = 0
    bits = [ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isspace(), ch.islower(),
            ch.isupper(), cat == 'Lt', ch.isprintable(), ch.isidentifier(), ('a' + ch).isidentifier(),
            cat in ('Mn', 'Me', 'Cf', 'Lm', 'Sk') or c in CASEIGN_EXTRA]
    for i, b in enumerate(bits):
        if b: fl |= 1 << i
    lo, up, ti = ch.lower(), ch.upper(), ch.title()
    if len(lo) > 1 or len(up) > 1 or len(ti) > 1:
        fl |= 1 << 12
        specials.append((c, lo, up, ti))
        dl = du = dt = 0
    else:
        dl, du, dt = ord(lo) - c, ord(up) - c, ord(ti) - c
    if ch.casefold() != lo:
        fl |= 1 << 13
        folds.append((c, ch.casefold()))
    return (fl, dl, du, dt)
recs = [rec(c) for c in range(N)]
uniq = sorted(set(recs), key=lambda r: (r != recs[0], r))
idx = {r: i for i, r in enumerate(uniq)}
assert len(uniq) <= 256, len(uniq)
runs = []
prev = None
for c in range(N):
    if recs[c] != prev:
        runs.append((c, idx[recs[c]]))
        prev = recs[c]
zeros = sorted({c - unicodedata.decimal(chr(c)) for c in range(N) if chr(c).isdecimal()})
for z in zeros:
    assert all(unicodedata.decimal(chr(z + i)) == i for i in range(10)), hex(z)
def cstr(s):
    return '"' + ''.join('\\x%02x' % b for b in s.encode()) + '"'
out = []
out.append('%s ---- generated by the script at the end of this file from Python %s unicodedata %s ---- %s' % (CS, sys.version.split()[0], unicodedata.unidata_version, CE))
out.append('static const UniRec uni_recs[%d] = {' % len(uniq))
line = ''
for r in uniq:
    item = '{0x%x,%d,%d,%d},' % r
    if len(line) + len(item) > 110:
        out.append('    ' + line.rstrip()); line = ''
    line += item + ' '
out.append('    ' + line.rstrip()); out.append('};')
out.append('static const uint8_t uni_latin1[256] = {')
lat = [idx[recs[c]] for c in range(256)]
for i in range(0, 256, 32):
    out.append('    ' + ','.join(str(x) for x in lat[i:i+32]) + ',')
out.append('};')
out.append('static const uint32_t uni_runs[%d] = { %s start << 8 | record %s' % (len(runs), CS, CE))
line = ''
for c, r in runs:
    item = '0x%x,' % (c << 8 | r)
    if len(line) + len(item) > 110:
        out.append('    ' + line.rstrip()); line = ''
    line += item
out.append('    ' + line); out.append('};')
out.append('static const uint32_t uni_decimal_zeros[%d] = {' % len(zeros))
out.append('    ' + ','.join('0x%x' % z for z in zeros) + ',')
out.append('};')
out.append('static const UniSpecial uni_specials[%d] = {' % len(specials))
for c, lo, up, ti in specials:
    out.append('    {0x%x, %s, %s, %s},' % (c, cstr(lo), cstr(up), cstr(ti)))
out.append('};')
out.append('static const UniFold uni_folds[%d] = {' % len(folds))
line = ''
for c, f in folds:
    item = '{0x%x,%s},' % (c, cstr(f))
    if len(line) + len(item) > 110:
        out.append('    ' + line.rstrip()); line = ''
    line += item + ' '
out.append('    ' + line.rstrip()); out.append('};')
out.append(CS + ' ---- end of generated tables ---- ' + CE)
print('\n'.join(out))
print(len(uniq), len(runs), len(specials), len(folds), file=sys.stderr)
*/
