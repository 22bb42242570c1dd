/* lexer.c - Python 3 tokenizer for glassjit.
 *
 * Follows CPython 3.11's tokenizer.c closely where it matters for error
 * messages (number literal validation, indentation, brackets, string
 * termination).  See lexer.h for the interface.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"

#define MAXLEVEL 200  /* bracket nesting, as CPython */
#define MAXINDENT 100 /* indentation levels, as CPython */
#define TABSIZE 8

typedef struct Lx {
    Arena *A;
    const char *src, *end, *cur;
    int mode;
    int line;               /* current line number */
    const char *line_start; /* first byte of the current line */
    int first_col;          /* column of src[0] (LEX_EXPR starts mid-line) */
    /* column cache: col of cc_ptr on the line starting at cc_line */
    const char *cc_line, *cc_ptr;
    int cc_col;
    /* brackets */
    int depth;
    char pstack[MAXLEVEL];
    int pline[MAXLEVEL], pcol[MAXLEVEL];
    /* indentation */
    int indent;
    int indstack[MAXINDENT + 1], altstack[MAXINDENT + 1];
    int atbol, blankline;
    /* output */
    Token *toks;
    int n, cap;
    int done;
} Lx;

/* ---- small helpers ------------------------------------------------------ */

int utf8_count(const char *s, size_t n) {
    int c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

/* Decodes one code point of valid UTF-8; returns its byte length. */
static int utf8_decode(const char *s, const char *end, uint32_t *cp) {
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) { *cp = c; return 1; }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (s + n > end) { *cp = 0xFFFD; return 1; }
    uint32_t v = c & (0x3F >> (n - 1));
    for (int i = 1; i < n; i++) v = (v << 6) | ((unsigned char)s[i] & 0x3F);
    *cp = v;
    return n;
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int is_alpha_(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_potential_ident(int c) { return is_alpha_(c) || is_digit(c) || c >= 128; }

/* Invisible / non-printable code points get CPython's "non-printable" message. */
static int uni_nonprintable(uint32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || (c >= 0x2000 && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) || c == 0x3000 ||
           c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFB) || (c >= 0xE0000 && c <= 0xE007F);
}

/* Approximation of XID_Continue for non-ASCII code points: letters of all
 * scripts are accepted, the common punctuation/symbol blocks are not. */
static int uni_is_ident(uint32_t c) {
    if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA || c == 0xB7;
    if (c == 0xD7 || c == 0xF7) return 0;
    if (c < 0x2000) return !(c == 0x37E || c == 0x387 || (c >= 0x55A && c <= 0x55F) || c == 0x589 ||
                             c == 0x5BE || c == 0x5C0 || c == 0x5C3 || c == 0x5C6 || c == 0x5F3 ||
                             c == 0x5F4 || (c >= 0x600 && c <= 0x60F && c != 0x610) || c == 0x61B ||
                             (c >= 0x61D && c <= 0x61F) || (c >= 0x66A && c <= 0x66D) || c == 0x6D4 ||
                             c == 0x964 || c == 0x965 || c == 0x970 || c == 0xE3F || c == 0xE4F ||
                             c == 0xE5A || c == 0xE5B || (c >= 0x1800 && c <= 0x180A));
    if (c <= 0x206F) return c == 0x203F || c == 0x2040 || c == 0x2054 || c == 0x2071 || c == 0x207F;
    if (c <= 0x209F) return c >= 0x2090;
    if (c <= 0x20CF) return 0; /* currency */
    if (c <= 0x20FF) return 1; /* combining marks */
    if (c <= 0x218F) return !(c == 0x2100 || c == 0x2101 || c == 0x2103 || c == 0x2104 || c == 0x2106 ||
                              c == 0x2108 || c == 0x2109 || c == 0x2114 || c == 0x2116 || c == 0x2117 ||
                              (c >= 0x211E && c <= 0x2123) || c == 0x2125 || c == 0x2127 ||
                              c == 0x2129 || c == 0x212E || c == 0x213A || c == 0x213B ||
                              (c >= 0x2140 && c <= 0x2144) || (c >= 0x214A && c <= 0x214D) ||
                              c == 0x214F || (c >= 0x2150 && c <= 0x215F) || c >= 0x218A);
    if (c <= 0x2BFF) return 0;                          /* arrows, math, boxes, dingbats */
    if (c >= 0x2E00 && c <= 0x2E7F) return 0;           /* supplemental punctuation */
    if (c >= 0x2FF0 && c <= 0x2FFF) return 0;
    if (c >= 0x3000 && c <= 0x3004) return 0;
    if (c >= 0x3008 && c <= 0x3020) return 0;
    if (c == 0x3030 || c == 0x303D || c == 0x303E || c == 0x303F || c == 0x30A0 || c == 0x30FB) return 0;
    if (c >= 0x3200 && c <= 0x33FF) return 0;           /* enclosed CJK, compatibility */
    if (c >= 0x4DC0 && c <= 0x4DFF) return 0;           /* hexagrams */
    if (c >= 0xA490 && c <= 0xA4CF) return 0;
    if (c >= 0xD800 && c <= 0xF8FF) return 0;           /* surrogates, private use */
    if (c == 0xFD3E || c == 0xFD3F || c == 0xFDFC || c == 0xFDFD) return 0;
    if (c >= 0xFE10 && c <= 0xFE1F) return 0;
    if (c >= 0xFE30 && c <= 0xFE6F) return c == 0xFE33 || c == 0xFE34 || (c >= 0xFE4D && c <= 0xFE4F);
    if (c == 0xFEFF) return 0;
    if (c >= 0xFF00 && c <= 0xFF0F) return 0;           /* fullwidth punctuation */
    if (c >= 0xFF1A && c <= 0xFF20) return 0;
    if (c >= 0xFF3B && c <= 0xFF40) return c == 0xFF3F;
    if (c >= 0xFF5B && c <= 0xFF65) return 0;
    if (c >= 0xFFE0 && c <= 0xFFFF) return 0;
    if (c >= 0x1D000 && c <= 0x1D3FF) return 0;         /* musical symbols etc. */
    if (c >= 0x1F000 && c <= 0x1FBFF) return 0;         /* emoji, symbols */
    if (c >= 0xE0000 && c <= 0xE0FFF) return c >= 0xE0100 && c <= 0xE01EF;
    if (c >= 0xF0000) return 0;
    return 1;
}

/* Column (1-based, code points) of pointer p on the current line. */
static int colof(Lx *lx, const char *p) {
    if (lx->cc_line != lx->line_start || p < lx->cc_ptr) {
        lx->cc_line = lx->line_start;
        lx->cc_ptr = lx->line_start;
        lx->cc_col = lx->line_start == lx->src ? lx->first_col : 1;
    }
    while (lx->cc_ptr < p) {
        if (((unsigned char)*lx->cc_ptr & 0xC0) != 0x80) lx->cc_col++;
        lx->cc_ptr++;
    }
    return lx->cc_col;
}

static void newline_at(Lx *lx, const char *after) {
    lx->line++;
    lx->line_start = after;
}

static Token *push_tok(Lx *lx, int type, const char *start, int line, int col) {
    if (lx->n == lx->cap) {
        int cap = lx->cap ? lx->cap * 2 : 64;
        Token *t = realloc(lx->toks, (size_t)cap * sizeof *t);
        if (!t) {
            fputs("glassjit: out of memory in lexer\n", stderr);
            abort();
        }
        lx->toks = t;
        lx->cap = cap;
    }
    Token *t = &lx->toks[lx->n++];
    memset(t, 0, sizeof *t);
    t->type = type;
    t->start = start;
    t->len = (uint32_t)(lx->cur - start);
    t->line = line;
    t->col = col;
    t->end_line = lx->line;
    t->end_col = colof(lx, lx->cur);
    t->level = lx->depth;
    return t;
}

static void lx_error(Lx *lx, int kind, int override, int line, int col, const char *fmt, ...) {
    char buf[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    Token *t = push_tok(lx, T_ERROR, lx->cur, line, col);
    t->len = 0;
    t->end_line = line;
    t->end_col = col;
    t->err.msg = arena_strndup(lx->A, buf, strlen(buf));
    t->err.kind = kind;
    t->err.override = override;
    lx->done = 1;
}

/* error at the character starting at p (on the current line) */
static void lx_error_at(Lx *lx, const char *p, const char *fmt, const char *arg) {
    lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, lx->line, colof(lx, p), fmt, arg);
}

/* ---- keywords ----------------------------------------------------------- */

static const struct { const char *s; int t; } keywords[] = {
    {"False", T_FALSE}, {"None", T_NONE}, {"True", T_TRUE}, {"and", T_AND}, {"as", T_AS},
    {"assert", T_ASSERT}, {"async", T_ASYNC}, {"await", T_AWAIT}, {"break", T_BREAK},
    {"class", T_CLASS}, {"continue", T_CONTINUE}, {"def", T_DEF}, {"del", T_DEL},
    {"elif", T_ELIF}, {"else", T_ELSE}, {"except", T_EXCEPT}, {"finally", T_FINALLY},
    {"for", T_FOR}, {"from", T_FROM}, {"global", T_GLOBAL}, {"if", T_IF}, {"import", T_IMPORT},
    {"in", T_IN}, {"is", T_IS}, {"lambda", T_LAMBDA}, {"nonlocal", T_NONLOCAL}, {"not", T_NOT},
    {"or", T_OR}, {"pass", T_PASS}, {"raise", T_RAISE}, {"return", T_RETURN}, {"try", T_TRY},
    {"while", T_WHILE}, {"with", T_WITH}, {"yield", T_YIELD},
};

static int keyword_type(const char *s, size_t n) {
    if (n < 2 || n > 8) return T_NAME;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i].s) == n && memcmp(keywords[i].s, s, n) == 0) return keywords[i].t;
    return T_NAME;
}

const char *tok_type_name(int type) {
    static const char *const names[T__COUNT] = {
        [T_ENDMARKER] = "ENDMARKER", [T_NAME] = "NAME", [T_INT] = "INT", [T_FLOAT] = "FLOAT",
        [T_STRING] = "STRING", [T_NEWLINE] = "NEWLINE", [T_INDENT] = "INDENT",
        [T_DEDENT] = "DEDENT", [T_ERROR] = "ERROR", [T_ERRCHAR] = "ERRCHAR",
        [T_LPAR] = "'('", [T_RPAR] = "')'", [T_LSQB] = "'['", [T_RSQB] = "']'",
        [T_LBRACE] = "'{'", [T_RBRACE] = "'}'", [T_COLON] = "':'", [T_COMMA] = "','",
        [T_SEMI] = "';'", [T_DOT] = "'.'", [T_ELLIPSIS] = "'...'", [T_RARROW] = "'->'",
        [T_COLONEQ] = "':='", [T_AT] = "'@'", [T_ATEQ] = "'@='", [T_PLUS] = "'+'",
        [T_MINUS] = "'-'", [T_STAR] = "'*'", [T_SLASH] = "'/'", [T_DSLASH] = "'//'",
        [T_PERCENT] = "'%'", [T_DSTAR] = "'**'", [T_LSHIFT] = "'<<'", [T_RSHIFT] = "'>>'",
        [T_AMPER] = "'&'", [T_VBAR] = "'|'", [T_CIRCUMFLEX] = "'^'", [T_TILDE] = "'~'",
        [T_LESS] = "'<'", [T_GREATER] = "'>'", [T_EQEQUAL] = "'=='", [T_NOTEQUAL] = "'!='",
        [T_LESSEQUAL] = "'<='", [T_GREATEREQUAL] = "'>='", [T_LTGT] = "'<>'", [T_EQUAL] = "'='",
        [T_PLUSEQ] = "'+='", [T_MINUSEQ] = "'-='", [T_STAREQ] = "'*='", [T_SLASHEQ] = "'/='",
        [T_DSLASHEQ] = "'//='", [T_PERCENTEQ] = "'%='", [T_DSTAREQ] = "'**='",
        [T_LSHIFTEQ] = "'<<='", [T_RSHIFTEQ] = "'>>='", [T_AMPEREQ] = "'&='",
        [T_VBAREQ] = "'|='", [T_CIRCUMFLEXEQ] = "'^='",
    };
    if (type < 0 || type >= T__COUNT) return "?";
    if (type >= T_FALSE) {
        for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
            if (keywords[i].t == type) return keywords[i].s;
    }
    return names[type] ? names[type] : "?";
}

/* ---- source preparation ------------------------------------------------- */

int lex_prepare(Arena *scratch, const char *src, size_t len, char **out, size_t *outlen,
                char *msg, size_t msgsize, int *eline, int *ecol) {
    const unsigned char *s = (const unsigned char *)src, *e = s + len;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) s += 3;
    char *d = arena_alloc(scratch, (size_t)(e - s) + 1), *o = d;
    int line = 1, col = 1;
    while (s < e) {
        unsigned char c = *s;
        if (c < 0x80) {
            if (c == 0) {
                snprintf(msg, msgsize, "source code cannot contain null bytes");
                goto fail;
            }
            if (c == '\r') {
                *o++ = '\n';
                s += (s + 1 < e && s[1] == '\n') ? 2 : 1;
                line++, col = 1;
                continue;
            }
            *o++ = (char)c;
            s++;
            if (c == '\n') line++, col = 1;
            else col++;
            continue;
        }
        int n;
        uint32_t min;
        if (c >= 0xC2 && c <= 0xDF) n = 2, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF) n = 3, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4) n = 4, min = 0x10000;
        else goto bad;
        if (e - s < n) goto bad;
        uint32_t v = c & (0x3F >> (n - 1));
        for (int i = 1; i < n; i++) {
            if ((s[i] & 0xC0) != 0x80) goto bad;
            v = (v << 6) | (s[i] & 0x3F);
        }
        if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) goto bad;
        memcpy(o, s, (size_t)n);
        o += n;
        s += n;
        col++;
        continue;
    bad:
        snprintf(msg, msgsize, "invalid UTF-8 byte 0x%02x in source", c);
        goto fail;
    }
    *o = 0;
    *out = d;
    *outlen = (size_t)(o - d);
    return 0;
fail:
    *eline = line;
    *ecol = col;
    return -1;
}

/* ---- numbers ------------------------------------------------------------ */

#define CUR(p) ((p) < lx->end ? (unsigned char)*(p) : 0)

static int starts_with(Lx *lx, const char *p, const char *w) {
    size_t n = strlen(w);
    return (size_t)(lx->end - p) >= n && memcmp(p, w, n) == 0;
}

/* CPython's verify_end_of_number: p is the first char after the number. */
static int verify_end(Lx *lx, const char *p, const char *kind) {
    int c = CUR(p), r = 0;
    if (c == 'a') r = starts_with(lx, p + 1, "nd");
    else if (c == 'e') r = starts_with(lx, p + 1, "lse");
    else if (c == 'f') r = starts_with(lx, p + 1, "or");
    else if (c == 'i') { int c2 = CUR(p + 1); r = c2 == 'f' || c2 == 'n' || c2 == 's'; }
    else if (c == 'o') r = starts_with(lx, p + 1, "r");
    else if (c == 'n') r = starts_with(lx, p + 1, "ot");
    if (r) return 1;
    if (c && is_potential_ident(c)) {
        lx_error_at(lx, p - 1, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

/* digits after a first decimal digit at *pp (already known to be a digit) */
static int decimal_tail(Lx *lx, const char **pp) {
    const char *p = *pp;
    for (;;) {
        while (is_digit(CUR(p))) p++;
        if (CUR(p) != '_') break;
        p++;
        if (!is_digit(CUR(p))) {
            lx_error_at(lx, p - 1, "%s", "invalid decimal literal");
            return 0;
        }
    }
    *pp = p;
    return 1;
}

static void lex_number(Lx *lx, int line, int col) {
    const char *s = lx->cur, *p = s;
    int radix = 10, isfloat = 0, imag = 0;
    const char *num_end;

    if (*p == '0' && (CUR(p + 1) == 'x' || CUR(p + 1) == 'X' || CUR(p + 1) == 'o' ||
                      CUR(p + 1) == 'O' || CUR(p + 1) == 'b' || CUR(p + 1) == 'B')) {
        int l = CUR(p + 1) | 0x20;
        radix = l == 'x' ? 16 : l == 'o' ? 8 : 2;
        const char *kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
        p += 2;
        for (;;) {
            if (CUR(p) == '_') p++;
            int c = CUR(p);
            int ok = radix == 16 ? is_xdigit(c) : radix == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
            if (!ok) {
                if (radix != 16 && is_digit(c)) {
                    char d[2] = {(char)c, 0};
                    lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, lx->line, colof(lx, p),
                             "invalid digit '%s' in %s literal", d, kind);
                } else {
                    lx_error_at(lx, p - 1, "invalid %s literal", kind);
                }
                return;
            }
            for (;;) {
                c = CUR(p);
                ok = radix == 16 ? is_xdigit(c) : radix == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
                if (!ok) break;
                p++;
            }
            if (CUR(p) != '_') break;
        }
        if (radix != 16 && is_digit(CUR(p))) {
            char d[2] = {(char)CUR(p), 0};
            lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, lx->line, colof(lx, p), "invalid digit '%s' in %s literal", d, kind);
            return;
        }
        if (!verify_end(lx, p, kind)) return;
        num_end = p;
        goto done;
    }

    if (*p == '.') {
        p++;
        goto fraction;
    }
    if (*p == '0') {
        int nonzero = 0;
        p++;
        for (;;) {
            if (CUR(p) == '_') {
                p++;
                if (!is_digit(CUR(p))) {
                    lx_error_at(lx, p - 1, "%s", "invalid decimal literal");
                    return;
                }
            }
            if (CUR(p) != '0') break;
            p++;
        }
        if (is_digit(CUR(p))) {
            nonzero = 1;
            if (!decimal_tail(lx, &p)) return;
        }
        if (CUR(p) == '.') {
            p++;
            goto fraction;
        } else if (CUR(p) == 'e' || CUR(p) == 'E') {
            goto exponent;
        } else if (CUR(p) == 'j' || CUR(p) == 'J') {
            goto imaginary;
        } else if (nonzero) {
            lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, line, col,
                     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
            return;
        }
        if (!verify_end(lx, p, "decimal")) return;
        num_end = p;
        goto done;
    }
    if (!decimal_tail(lx, &p)) return;
    if (CUR(p) == '.') {
        p++;
    fraction:
        isfloat = 1;
        if (is_digit(CUR(p)) && !decimal_tail(lx, &p)) return;
    }
    if (CUR(p) == 'e' || CUR(p) == 'E') {
        const char *epos;
    exponent:
        epos = p;
        p++;
        if (CUR(p) == '+' || CUR(p) == '-') {
            p++;
            if (!is_digit(CUR(p))) {
                lx_error_at(lx, p - 1, "%s", "invalid decimal literal");
                return;
            }
        } else if (!is_digit(CUR(p))) {
            /* "1else": the number ends before the 'e' */
            if (!verify_end(lx, epos, "decimal")) return;
            num_end = epos;
            goto done;
        }
        isfloat = 1;
        if (!decimal_tail(lx, &p)) return;
    }
    if (CUR(p) == 'j' || CUR(p) == 'J') {
    imaginary:
        p++;
        imag = 1;
        if (!verify_end(lx, p, "imaginary")) return;
        num_end = p - 1;
    } else {
        if (!verify_end(lx, p, "decimal")) return;
        num_end = p;
    }

done:
    lx->cur = num_end + imag;
    {
        Token *t = push_tok(lx, isfloat ? T_FLOAT : T_INT, s, line, col);
        t->imag = (uint8_t)imag;
        if (isfloat) {
            size_t n = (size_t)(num_end - s);
            char small[64];
            char *buf = n < sizeof small ? small : arena_alloc(lx->A, n + 1);
            size_t k = 0;
            for (const char *q = s; q < num_end; q++)
                if (*q != '_') buf[k++] = *q;
            buf[k] = 0;
            t->fval = strtod(buf, NULL);
        } else {
            const char *q = s;
            if (radix != 10) q += 2;
            uint64_t v = 0;
            int ovf = 0;
            for (; q < num_end; q++) {
                int c = (unsigned char)*q, d;
                if (c == '_') continue;
                if (is_digit(c)) d = c - '0';
                else d = (c | 0x20) - 'a' + 10;
                if (v > (UINT64_C(0x7FFFFFFFFFFFFFFF) - (uint64_t)d) / (uint64_t)radix) ovf = 1;
                else v = v * (uint64_t)radix + (uint64_t)d;
            }
            t->ival = (int64_t)v;
            t->int_overflow = (uint8_t)ovf;
        }
    }
}

/* ---- strings ------------------------------------------------------------ */

static void lex_string(Lx *lx, const char *start, int line, int col, int raw, int fstr, int bytes) {
    const char *p = lx->cur;
    char q = *p;
    int triple = p + 2 < lx->end && p[1] == q && p[2] == q;
    p += triple ? 3 : 1;
    const char *body = p, *body_end;
    int body_line = lx->line, body_col = colof(lx, body);
    for (;;) {
        if (p >= lx->end) {
            /* line of the last character of the file */
            int l = lx->line;
            if (p > lx->src && p[-1] == '\n' && l > 1) l--;
            lx->cur = p;
            lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, line, col,
                     triple ? "unterminated triple-quoted string literal (detected at line %d)"
                            : "unterminated string literal (detected at line %d)", l);
            return;
        }
        char ch = *p;
        if (ch == q) {
            if (!triple) {
                body_end = p;
                p++;
                break;
            }
            if (p + 2 < lx->end && p[1] == q && p[2] == q) {
                body_end = p;
                p += 3;
                break;
            }
            p++;
        } else if (ch == '\\') {
            if (p + 1 < lx->end) {
                if (p[1] == '\n') newline_at(lx, p + 2);
                p += 2;
            } else {
                p++;
            }
        } else if (ch == '\n') {
            if (!triple) {
                lx->cur = p;
                lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, line, col,
                         "unterminated string literal (detected at line %d)", lx->line);
                return;
            }
            newline_at(lx, p + 1);
            p++;
        } else {
            p++;
        }
    }
    lx->cur = p;
    Token *t = push_tok(lx, T_STRING, start, line, col);
    t->str.body = body;
    t->str.body_len = (uint32_t)(body_end - body);
    t->str.body_line = body_line;
    t->str.body_col = body_col;
    t->str.raw = (uint8_t)raw;
    t->str.fstr = (uint8_t)fstr;
    t->str.bytes = (uint8_t)bytes;
    t->str.triple = (uint8_t)triple;
}

/* prefix letters -> flags; 0 if not a valid string prefix */
static int string_prefix(const char *s, size_t n, int *raw, int *fstr, int *bytes) {
    *raw = *fstr = *bytes = 0;
    if (n > 2) return 0;
    int u = 0;
    for (size_t i = 0; i < n; i++) {
        int c = s[i] | 0x20;
        if (c == 'r' && !*raw) *raw = 1;
        else if (c == 'f' && !*fstr) *fstr = 1;
        else if (c == 'b' && !*bytes) *bytes = 1;
        else if (c == 'u' && !u) u = 1;
        else return 0;
    }
    if (u && n > 1) return 0;
    if (*fstr && *bytes) return 0;
    return 1;
}

/* ---- operators ---------------------------------------------------------- */

static int op3(const char *p) {
    if (p[0] == '*' && p[1] == '*' && p[2] == '=') return T_DSTAREQ;
    if (p[0] == '/' && p[1] == '/' && p[2] == '=') return T_DSLASHEQ;
    if (p[0] == '>' && p[1] == '>' && p[2] == '=') return T_RSHIFTEQ;
    if (p[0] == '<' && p[1] == '<' && p[2] == '=') return T_LSHIFTEQ;
    if (p[0] == '.' && p[1] == '.' && p[2] == '.') return T_ELLIPSIS;
    return -1;
}

static int op2(const char *p) {
    switch (p[0]) {
    case '!': return p[1] == '=' ? T_NOTEQUAL : -1;
    case '%': return p[1] == '=' ? T_PERCENTEQ : -1;
    case '&': return p[1] == '=' ? T_AMPEREQ : -1;
    case '*': return p[1] == '*' ? T_DSTAR : p[1] == '=' ? T_STAREQ : -1;
    case '+': return p[1] == '=' ? T_PLUSEQ : -1;
    case '-': return p[1] == '=' ? T_MINUSEQ : p[1] == '>' ? T_RARROW : -1;
    case '/': return p[1] == '/' ? T_DSLASH : p[1] == '=' ? T_SLASHEQ : -1;
    case ':': return p[1] == '=' ? T_COLONEQ : -1;
    case '<': return p[1] == '<' ? T_LSHIFT : p[1] == '=' ? T_LESSEQUAL : p[1] == '>' ? T_LTGT : -1;
    case '=': return p[1] == '=' ? T_EQEQUAL : -1;
    case '>': return p[1] == '=' ? T_GREATEREQUAL : p[1] == '>' ? T_RSHIFT : -1;
    case '@': return p[1] == '=' ? T_ATEQ : -1;
    case '^': return p[1] == '=' ? T_CIRCUMFLEXEQ : -1;
    case '|': return p[1] == '=' ? T_VBAREQ : -1;
    }
    return -1;
}

static int op1(int c) {
    switch (c) {
    case '(': return T_LPAR;
    case ')': return T_RPAR;
    case '[': return T_LSQB;
    case ']': return T_RSQB;
    case '{': return T_LBRACE;
    case '}': return T_RBRACE;
    case ':': return T_COLON;
    case ',': return T_COMMA;
    case ';': return T_SEMI;
    case '.': return T_DOT;
    case '+': return T_PLUS;
    case '-': return T_MINUS;
    case '*': return T_STAR;
    case '/': return T_SLASH;
    case '%': return T_PERCENT;
    case '&': return T_AMPER;
    case '|': return T_VBAR;
    case '^': return T_CIRCUMFLEX;
    case '~': return T_TILDE;
    case '<': return T_LESS;
    case '>': return T_GREATER;
    case '=': return T_EQUAL;
    case '@': return T_AT;
    }
    return -1;
}

/* ---- main loop ---------------------------------------------------------- */

/* position of the end of the last non-empty line (where EOF is reported) */
static void eof_position(Lx *lx, int *line, int *col) {
    const char *q = lx->end;
    int l = lx->line;
    while (q > lx->src && q[-1] == '\n') q--, l--;
    if (l < 1) l = 1;
    const char *ls = q;
    while (ls > lx->src && ls[-1] != '\n') ls--;
    *line = l;
    *col = (ls == lx->src ? lx->first_col : 1) + utf8_count(ls, (size_t)(q - ls));
}

static void lex_indentation(Lx *lx) {
    int col = 0, altcol = 0, cont_col = 0;
    const char *p = lx->cur;
    for (;; p++) {
        if (p >= lx->end) break;
        if (*p == ' ') col++, altcol++;
        else if (*p == '\t') col = (col / TABSIZE + 1) * TABSIZE, altcol++;
        else if (*p == '\f') col = altcol = 0;
        else if (*p == '\\' && p + 1 < lx->end && p[1] == '\n') {
            /* Indentation cannot be split over lines with backslashes: the
             * column of the first one decides (CPython's cont_line_col). */
            if (!cont_col) cont_col = col;
            p++;
            newline_at(lx, p + 1);
            if (p + 1 >= lx->end) {
                lx->cur = p + 1;
                lx_error(lx, ERRK_SYNTAX, ERRO_NONE, lx->line - 1, 2, "unexpected EOF while parsing");
                return;
            }
        } else break;
    }
    lx->cur = p;
    lx->blankline = p >= lx->end || *p == '#' || *p == '\n';
    if (lx->blankline || lx->depth > 0) return;
    if (cont_col) col = altcol = cont_col;
    int line = lx->line;
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altstack[lx->indent]) goto tab_error;
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= MAXINDENT) {
            lx_error(lx, ERRK_INDENT, ERRO_NONE, line, 1, "too many levels of indentation");
            return;
        }
        if (altcol <= lx->altstack[lx->indent]) goto tab_error;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altstack[lx->indent] = altcol;
        int c = colof(lx, p) - 1;
        Token *t = push_tok(lx, T_INDENT, p, line, c < 1 ? 1 : c);
        t->len = 0;
        t->end_col = t->col;
    } else {
        int k = lx->indent;
        while (k > 0 && col < lx->indstack[k]) k--;
        if (col != lx->indstack[k]) {
            const char *e = p;
            while (e < lx->end && *e != '\n') e++;
            lx_error(lx, ERRK_INDENT, ERRO_NONE, line, colof(lx, e),
                     "unindent does not match any outer indentation level");
            return;
        }
        if (altcol != lx->altstack[k]) goto tab_error;
        int c = colof(lx, p);
        while (lx->indent > k) {
            lx->indent--;
            Token *t = push_tok(lx, T_DEDENT, p, line, c);
            t->len = 0;
            t->end_col = c;
        }
    }
    return;
tab_error:
    lx_error(lx, ERRK_TAB, ERRO_NONE, line, 1, "inconsistent use of tabs and spaces in indentation");
}

static void lex_eof(Lx *lx) {
    if (lx->depth > 0) {
        int d = lx->depth - 1;
        lx_error(lx, ERRK_SYNTAX, ERRO_PAREN, lx->pline[d], lx->pcol[d], "'%c' was never closed",
                 lx->pstack[d]);
        return;
    }
    int line, col;
    if (lx->mode == LEX_EXPR) {
        line = lx->line;
        col = colof(lx, lx->cur);
    } else {
        eof_position(lx, &line, &col);
    }
    if (lx->mode == LEX_FILE) {
        if (lx->n > 0 && lx->toks[lx->n - 1].type != T_NEWLINE) {
            Token *t = push_tok(lx, T_NEWLINE, lx->cur, line, col);
            t->end_line = line, t->end_col = col;
        }
        while (lx->indent > 0) {
            lx->indent--;
            Token *t = push_tok(lx, T_DEDENT, lx->cur, line, col);
            t->end_line = line, t->end_col = col;
        }
    }
    Token *t = push_tok(lx, T_ENDMARKER, lx->cur, line, col);
    t->end_line = line, t->end_col = col;
    lx->done = 1;
}

static void lex_one(Lx *lx) {
    if (lx->atbol) {
        lx->atbol = 0;
        lex_indentation(lx);
        if (lx->done) return;
    }
again:
    while (lx->cur < lx->end && (*lx->cur == ' ' || *lx->cur == '\t' || *lx->cur == '\f')) lx->cur++;
    if (lx->cur >= lx->end) {
        lex_eof(lx);
        return;
    }
    const char *s = lx->cur;
    int line = lx->line, col = colof(lx, s);
    unsigned char c = (unsigned char)*s;

    if (c == '#') {
        while (lx->cur < lx->end && *lx->cur != '\n') lx->cur++;
        goto again;
    }
    if (c == '\n') {
        lx->cur++;
        if (lx->mode == LEX_FILE && !lx->blankline && lx->depth == 0) {
            Token *t = push_tok(lx, T_NEWLINE, s, line, col);
            t->end_line = line;
            t->end_col = col + 1;
        }
        newline_at(lx, lx->cur);
        if (lx->mode == LEX_FILE) lx->atbol = 1;
        return;
    }
    if (c == '\\') {
        if (s + 1 >= lx->end) {
            lx->cur = s + 1;
            lx_error(lx, ERRK_SYNTAX, ERRO_NONE, line, col + 1, "unexpected EOF while parsing");
            return;
        }
        if (s[1] != '\n') {
            lx_error(lx, ERRK_SYNTAX, ERRO_NONE, line, col + 1,
                     "unexpected character after line continuation character");
            return;
        }
        lx->cur = s + 2;
        newline_at(lx, lx->cur);
        if (lx->cur >= lx->end) {
            lx_error(lx, ERRK_SYNTAX, ERRO_NONE, lx->line, 1, "unexpected EOF while parsing");
            return;
        }
        goto again;
    }

    /* identifiers, keywords, string prefixes */
    if (is_alpha_(c) || c >= 0x80) {
        const char *p = s;
        while (p < lx->end) {
            unsigned char b = (unsigned char)*p;
            if (b < 0x80) {
                if (is_alpha_(b) || is_digit(b)) { p++; continue; }
                break;
            }
            uint32_t cp;
            int n = utf8_decode(p, lx->end, &cp);
            if (!uni_is_ident(cp) || (p == s && cp >= 0x300 && cp <= 0x36F)) break;
            p += n;
        }
        if (p == s) {
            uint32_t cp;
            int n = utf8_decode(s, lx->end, &cp);
            if (uni_nonprintable(cp))
                lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, line, col, "invalid non-printable character U+%04X", (unsigned)cp);
            else {
                char buf[8];
                memcpy(buf, s, (size_t)n);
                buf[n] = 0;
                lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, line, col, "invalid character '%s' (U+%04X)", buf, (unsigned)cp);
            }
            return;
        }
        int raw, fstr, bytes;
        if (p < lx->end && (*p == '\'' || *p == '"') && string_prefix(s, (size_t)(p - s), &raw, &fstr, &bytes)) {
            lx->cur = p;
            lex_string(lx, s, line, col, raw, fstr, bytes);
            return;
        }
        lx->cur = p;
        push_tok(lx, keyword_type(s, (size_t)(p - s)), s, line, col);
        return;
    }
    if (is_digit(c) || (c == '.' && s + 1 < lx->end && is_digit((unsigned char)s[1]))) {
        lex_number(lx, line, col);
        return;
    }
    if (c == '\'' || c == '"') {
        lex_string(lx, s, line, col, 0, 0, 0);
        return;
    }

    /* operators */
    int type = -1, n = 0;
    if (s + 2 < lx->end && (type = op3(s)) >= 0) n = 3;
    else if (s + 1 < lx->end && (type = op2(s)) >= 0) n = 2;
    else if ((type = op1(c)) >= 0) n = 1;
    if (type < 0) {
        if (c < 0x20 || c == 0x7F) {
            lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, line, col, "invalid non-printable character U+%04X", (unsigned)c);
            return;
        }
        lx->cur = s + 1;
        push_tok(lx, T_ERRCHAR, s, line, col);
        return;
    }
    if (type == T_LPAR || type == T_LSQB || type == T_LBRACE) {
        if (lx->depth >= MAXLEVEL) {
            lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, line, col, "too many nested parentheses");
            return;
        }
        lx->pstack[lx->depth] = (char)c;
        lx->pline[lx->depth] = line;
        lx->pcol[lx->depth] = col;
        lx->depth++;
    } else if (type == T_RPAR || type == T_RSQB || type == T_RBRACE) {
        if (lx->depth == 0) {
            lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, line, col, "unmatched '%c'", c);
            return;
        }
        char o = lx->pstack[lx->depth - 1];
        if (!((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}'))) {
            if (lx->pline[lx->depth - 1] != line)
                lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, line, col,
                         "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, o,
                         lx->pline[lx->depth - 1]);
            else
                lx_error(lx, ERRK_SYNTAX, ERRO_ALWAYS, line, col,
                         "closing parenthesis '%c' does not match opening parenthesis '%c'", c, o);
            return;
        }
        lx->depth--;
    }
    lx->cur = s + n;
    push_tok(lx, type, s, line, col);
}

int lex_tokenize(Arena *scratch, const char *src, size_t len, int mode, int line, int col, Token **out) {
    Lx *lx = arena_alloc(scratch, sizeof *lx);
    lx->A = scratch;
    lx->src = lx->cur = lx->line_start = src;
    lx->end = src + len;
    lx->mode = mode;
    lx->line = line;
    lx->first_col = col;
    lx->atbol = mode == LEX_FILE;
    while (!lx->done) lex_one(lx);
    *out = lx->toks;
    return lx->n;
}
