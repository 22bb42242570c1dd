/* test_lexer.c - unit tests for src/front/lexer.c.
 *
 * Build: gcc -std=c11 -Wall -Wextra -Werror -Isrc src/front/(all .c files) tests/unit/test_lexer.c -lm
 * Prints "N passed, M failed" last; exit status 0 when nothing failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/ast.h"
#include "front/lexer.h"

static int npass, nfail;

#define CHECK(cond, ...)                                             \
    do {                                                             \
        if (cond) {                                                  \
            npass++;                                                 \
        } else {                                                     \
            nfail++;                                                 \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);              \
            printf(__VA_ARGS__);                                     \
            printf("\n");                                            \
        }                                                            \
    } while (0)

/* Tokenizes src (through lex_prepare) into a compact description:
 * NAME(x) INT(1) FLOAT(1.5) STR(body) F-STR(body) ops by their text,
 * NEWLINE INDENT DEDENT END, and "ERROR(line:col kind msg)". */
static char *describe(const char *src, size_t len, Token **toks_out, int *n_out, Arena **arena_out) {
    Arena *a = arena_new();
    char *text, msg[256];
    size_t tlen;
    int line, col;
    static char out[8192];
    out[0] = 0;
    if (lex_prepare(a, src, len, &text, &tlen, msg, sizeof msg, &line, &col) < 0) {
        snprintf(out, sizeof out, "PREPARE(%d:%d %s)", line, col, msg);
        if (arena_out) *arena_out = a;
        else arena_free(a);
        return out;
    }
    static Token *last_toks;
    free(last_toks);
    Token *t;
    int n = lex_tokenize(a, text, tlen, LEX_FILE, 1, 1, &t);
    last_toks = t;
    size_t o = 0;
    for (int i = 0; i < n && o < sizeof out - 200; i++) {
        const Token *k = &t[i];
        if (i) out[o++] = ' ';
        switch (k->type) {
        case T_NAME: o += (size_t)snprintf(out + o, sizeof out - o, "NAME(%.*s)", (int)k->len, k->start); break;
        case T_INT:
            o += (size_t)snprintf(out + o, sizeof out - o, "%s(%lld)", k->imag ? "IMAG" : k->int_overflow ? "BIGINT" : "INT",
                                  (long long)(k->int_overflow ? 0 : k->ival));
            break;
        case T_FLOAT: o += (size_t)snprintf(out + o, sizeof out - o, "%s(%g)", k->imag ? "IMAG" : "FLOAT", k->fval); break;
        case T_STRING:
            o += (size_t)snprintf(out + o, sizeof out - o, "%s%s%sSTR(%.*s)", k->str.bytes ? "B-" : "",
                                  k->str.fstr ? "F-" : "", k->str.raw ? "R-" : "", (int)k->str.body_len, k->str.body);
            break;
        case T_NEWLINE: o += (size_t)snprintf(out + o, sizeof out - o, "NEWLINE"); break;
        case T_INDENT: o += (size_t)snprintf(out + o, sizeof out - o, "INDENT"); break;
        case T_DEDENT: o += (size_t)snprintf(out + o, sizeof out - o, "DEDENT"); break;
        case T_ENDMARKER: o += (size_t)snprintf(out + o, sizeof out - o, "END"); break;
        case T_ERROR:
            o += (size_t)snprintf(out + o, sizeof out - o, "ERROR(%d:%d %s %s)", k->line, k->col,
                                  k->err.kind == ERRK_INDENT ? "IndentationError" : k->err.kind == ERRK_TAB ? "TabError" : "SyntaxError",
                                  k->err.msg);
            break;
        default: o += (size_t)snprintf(out + o, sizeof out - o, "%.*s", (int)k->len, k->start); break;
        }
    }
    out[o] = 0;
    if (toks_out) *toks_out = t;
    if (n_out) *n_out = n;
    if (arena_out) *arena_out = a;
    else arena_free(a);
    return out;
}

static void toks(int line, const char *src, const char *expected) {
    char *got = describe(src, strlen(src), NULL, NULL, NULL);
    CHECK(strcmp(got, expected) == 0, "(line %d) %s\n  expected: %s\n  got:      %s", line, src, expected, got);
}

static void toks_n(int line, const char *src, size_t len, const char *expected) {
    char *got = describe(src, len, NULL, NULL, NULL);
    CHECK(strcmp(got, expected) == 0, "(line %d)\n  expected: %s\n  got:      %s", line, expected, got);
}

/* position of token number idx */
static void pos(int line, const char *src, int idx, int l, int c, int el, int ec) {
    Token *t;
    int n;
    Arena *a;
    describe(src, strlen(src), &t, &n, &a);
    if (idx >= n) {
        CHECK(0, "(line %d) token %d missing", line, idx);
    } else {
        CHECK(t[idx].line == l && t[idx].col == c && t[idx].end_line == el && t[idx].end_col == ec,
              "(line %d) %s token %d: expected %d:%d-%d:%d got %d:%d-%d:%d", line, src, idx, l, c, el, ec,
              t[idx].line, t[idx].col, t[idx].end_line, t[idx].end_col);
    }
    arena_free(a);
}

#define T(src, exp) toks(__LINE__, src, exp)

static void test_basic(void) {
    T("", "END");
    T("\n\n  \n# c\n", "END");
    T("x = 1", "NAME(x) = INT(1) NEWLINE END");
    T("x = 1\n", "NAME(x) = INT(1) NEWLINE END");
    T("x=y+1 # comment\n", "NAME(x) = NAME(y) + INT(1) NEWLINE END");
    T("#!/usr/bin/env python3\nx\n", "NAME(x) NEWLINE END");
    T("\xEF\xBB\xBFx\n", "NAME(x) NEWLINE END");
    T("a\r\nb\r\n", "NAME(a) NEWLINE NAME(b) NEWLINE END");
    T("a\rb\r", "NAME(a) NEWLINE NAME(b) NEWLINE END");
    T("if x:\n    y\n", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT END");
    T("if x:\n  if y:\n    z\nw\n", "if NAME(x) : NEWLINE INDENT if NAME(y) : NEWLINE INDENT NAME(z) NEWLINE DEDENT DEDENT NAME(w) NEWLINE END");
    T("if x:\n    y\n\n    # c\n    z\n", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT END");
    T("f(a,\n  b)\n", "NAME(f) ( NAME(a) , NAME(b) ) NEWLINE END");
    T("x = [1,\n# c\n\n 2]\n", "NAME(x) = [ INT(1) , INT(2) ] NEWLINE END");
    T("x = 1 + \\\n  2\n", "NAME(x) = INT(1) + INT(2) NEWLINE END");
    T("if x:\n\ty\n", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT END");
    T("if x:\n\ty\n\tz\n", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT END");
    T("if x:\n  \ty\n\tz\n", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE ERROR(3:1 TabError inconsistent use of tabs and spaces in indentation)");
    T("if x:\n\ty\n        z\n", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE ERROR(3:1 TabError inconsistent use of tabs and spaces in indentation)");
    T("match = case = _ = 1", "NAME(match) = NAME(case) = NAME(_) = INT(1) NEWLINE END");
    T("€x", "ERROR(1:1 SyntaxError invalid character '€' (U+20AC))");
    T("é = 1", "NAME(é) = INT(1) NEWLINE END");
    T("日本 = 2", "NAME(日本) = INT(2) NEWLINE END");
}

static void test_operators(void) {
    T("+ - * / // % ** << >> & | ^ ~ < > <= >= == != = -> . ... : := , ; @",
      "+ - * / // % ** << >> & | ^ ~ < > <= >= == != = -> . ... : := , ; @ NEWLINE END");
    T("+= -= *= /= //= %= **= <<= >>= &= |= ^= @=", "+= -= *= /= //= %= **= <<= >>= &= |= ^= @= NEWLINE END");
    T("a<>b", "NAME(a) <> NAME(b) NEWLINE END");
    T("a$b", "NAME(a) $ NAME(b) NEWLINE END");
    T("a!b", "NAME(a) ! NAME(b) NEWLINE END");
    T("..", ". . NEWLINE END");
    T("(]", "( ERROR(1:2 SyntaxError closing parenthesis ']' does not match opening parenthesis '(')");
    T("(\n]", "( ERROR(2:1 SyntaxError closing parenthesis ']' does not match opening parenthesis '(' on line 1)");
    T("x)", "NAME(x) ERROR(1:2 SyntaxError unmatched ')')");
    T("foo(1,\n 2", "NAME(foo) ( INT(1) , INT(2) ERROR(1:4 SyntaxError '(' was never closed)");
    T("x = \\", "NAME(x) = ERROR(1:6 SyntaxError unexpected EOF while parsing)");
    T("x = 1 \\ 2", "NAME(x) = INT(1) ERROR(1:8 SyntaxError unexpected character after line continuation character)");
    T("False None True and as assert async await break class continue def del elif else except finally for from "
      "global if import in is lambda nonlocal not or pass raise return try while with yield",
      "False None True and as assert async await break class continue def del elif else except finally for from "
      "global if import in is lambda nonlocal not or pass raise return try while with yield NEWLINE END");
}

static void test_numbers(void) {
    T("0 7 123 1_000 0x1F 0XfF 0o17 0O7 0b101 0B1_0 00 0_0", "INT(0) INT(7) INT(123) INT(1000) INT(31) INT(255) INT(15) INT(7) INT(5) INT(2) INT(0) INT(0) NEWLINE END");
    T("9223372036854775807", "INT(9223372036854775807) NEWLINE END");
    T("9223372036854775808", "BIGINT(0) NEWLINE END");
    T("0xFFFFFFFFFFFFFFFF", "BIGINT(0) NEWLINE END");
    T("1.5 1. .5 1e3 1E-3 1.5e+2 1_0.2_5 0.0 00.5 0e0", "FLOAT(1.5) FLOAT(1) FLOAT(0.5) FLOAT(1000) FLOAT(0.001) FLOAT(150) FLOAT(10.25) FLOAT(0) FLOAT(0.5) FLOAT(0) NEWLINE END");
    T("1e400", "FLOAT(inf) NEWLINE END");
    T("1j 2.5J", "IMAG(1) IMAG(2.5) NEWLINE END");
    T("1if x else 2", "INT(1) if NAME(x) else INT(2) NEWLINE END");
    T("1 .real", "INT(1) . NAME(real) NEWLINE END");
    T("1..real", "FLOAT(1) . NAME(real) NEWLINE END");
    T("x = 0123", "NAME(x) = ERROR(1:5 SyntaxError leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers)");
    T("x = 1_", "NAME(x) = ERROR(1:6 SyntaxError invalid decimal literal)");
    T("x = 1__0", "NAME(x) = ERROR(1:6 SyntaxError invalid decimal literal)");
    T("x = 0x", "NAME(x) = ERROR(1:6 SyntaxError invalid hexadecimal literal)");
    T("x = 0b2", "NAME(x) = ERROR(1:7 SyntaxError invalid digit '2' in binary literal)");
    T("x = 0o8", "NAME(x) = ERROR(1:7 SyntaxError invalid digit '8' in octal literal)");
    T("x = 1e", "NAME(x) = ERROR(1:5 SyntaxError invalid decimal literal)");
    T("x = 1e+", "NAME(x) = ERROR(1:7 SyntaxError invalid decimal literal)");
    T("x = 1abc", "NAME(x) = ERROR(1:5 SyntaxError invalid decimal literal)");
    T("x = 0xfg", "NAME(x) = ERROR(1:7 SyntaxError invalid hexadecimal literal)");
    T("x = 1.__class__", "NAME(x) = ERROR(1:6 SyntaxError invalid decimal literal)");
    T("x = 0o17a", "NAME(x) = ERROR(1:8 SyntaxError invalid octal literal)");
    T("x = 1.5e3x", "NAME(x) = ERROR(1:9 SyntaxError invalid decimal literal)");
}

static void test_strings(void) {
    T("'a' \"b\" '''c''' \"\"\"d\"\"\"", "STR(a) STR(b) STR(c) STR(d) NEWLINE END");
    T("r'\\n' R\"x\" u'y' U'z'", "R-STR(\\n) R-STR(x) STR(y) STR(z) NEWLINE END");
    T("f'{x}' F'' rf'a' fR'b' Rf'c'", "F-STR({x}) F-STR() F-R-STR(a) F-R-STR(b) F-R-STR(c) NEWLINE END");
    T("b'x' rb'y' BR'z'", "B-STR(x) B-R-STR(y) B-R-STR(z) NEWLINE END");
    T("ur'x'", "NAME(ur) STR(x) NEWLINE END");
    T("'it\\'s' \"q\\\"\"", "STR(it\\'s) STR(q\\\") NEWLINE END");
    T("r'\\''", "R-STR(\\') NEWLINE END");
    T("'''a\nb'''", "STR(a\nb) NEWLINE END");
    T("'a\\\nb'", "STR(a\\\nb) NEWLINE END");
    T("x = 'abc", "NAME(x) = ERROR(1:5 SyntaxError unterminated string literal (detected at line 1))");
    T("x = 'abc\ny'", "NAME(x) = ERROR(1:5 SyntaxError unterminated string literal (detected at line 1))");
    T("x = '''abc\ndef", "NAME(x) = ERROR(1:5 SyntaxError unterminated triple-quoted string literal (detected at line 2))");
    T("x = f'abc", "NAME(x) = ERROR(1:5 SyntaxError unterminated string literal (detected at line 1))");
}

static void test_indentation(void) {
    T("if x:\n    a\n  b\n", "if NAME(x) : NEWLINE INDENT NAME(a) NEWLINE ERROR(3:4 IndentationError unindent does not match any outer indentation level)");
    T("if x:\n        a\n\tb\n", "if NAME(x) : NEWLINE INDENT NAME(a) NEWLINE ERROR(3:1 TabError inconsistent use of tabs and spaces in indentation)");
    T("    x", "INDENT NAME(x) NEWLINE DEDENT END");
    T("if a:\n b\n if c:\n  d\ne\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE if NAME(c) : NEWLINE INDENT NAME(d) NEWLINE DEDENT DEDENT NAME(e) NEWLINE END");
    T("if a:\n\f  b\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE DEDENT END");
    /* backslash continuations in the indentation: the first one's column counts */
    T("\\\n\n", "END");
    T("\\\nx = 1", "NAME(x) = INT(1) NEWLINE END");
    T("\\\n    x", "INDENT NAME(x) NEWLINE DEDENT END");
    T("if x:\n    \\\ny", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT END");
    T("x = 1\n\\\n", "NAME(x) = INT(1) NEWLINE ERROR(2:2 SyntaxError unexpected EOF while parsing)");
    /* 100 levels of indentation is too many */
    char buf[60000];
    size_t o = 0;
    for (int i = 0; i < 101; i++) {
        for (int k = 0; k < i; k++) buf[o++] = ' ';
        memcpy(buf + o, "if x:\n", 6);
        o += 6;
    }
    buf[o] = 0;
    char *got = describe(buf, o, NULL, NULL, NULL);
    CHECK(strstr(got, "IndentationError too many levels of indentation") != NULL, "indent limit: %s", got + strlen(got) - 80);
}

static void test_errors(void) {
    toks_n(__LINE__, "x\0y", 3, "PREPARE(1:2 source code cannot contain null bytes)");
    toks_n(__LINE__, "x = 1\n\xff", 7, "PREPARE(2:1 invalid UTF-8 byte 0xff in source)");
    toks_n(__LINE__, "a\xc0\x80", 3, "PREPARE(1:2 invalid UTF-8 byte 0xc0 in source)");
    toks_n(__LINE__, "\xed\xa0\x80", 3, "PREPARE(1:1 invalid UTF-8 byte 0xed in source)");
    T("x = \xc2\xa0", "NAME(x) = ERROR(1:5 SyntaxError invalid non-printable character U+00A0)");
    T("x = \x01", "NAME(x) = ERROR(1:5 SyntaxError invalid non-printable character U+0001)");
    T("x = 😀", "NAME(x) = ERROR(1:5 SyntaxError invalid character '😀' (U+1F600))");
    /* bracket nesting limit */
    char buf[512];
    memset(buf, '(', 201);
    buf[201] = 0;
    char *got = describe(buf, 201, NULL, NULL, NULL);
    CHECK(strstr(got, "ERROR(1:201 SyntaxError too many nested parentheses)") != NULL, "nesting: %s", got + strlen(got) - 60);
}

static void test_positions(void) {
    pos(__LINE__, "x = 1", 0, 1, 1, 1, 2);
    pos(__LINE__, "x = 1", 2, 1, 5, 1, 6);
    pos(__LINE__, "x = 1", 3, 1, 6, 1, 6); /* implicit NEWLINE */
    pos(__LINE__, "x = 1\n", 3, 1, 6, 1, 7);
    pos(__LINE__, "é = 'ü'", 1, 1, 3, 1, 4); /* columns count code points */
    pos(__LINE__, "é = 'ü'", 2, 1, 5, 1, 8);
    pos(__LINE__, "x = '''a\nbc''' + y", 2, 1, 5, 2, 6);
    pos(__LINE__, "x = '''a\nbc''' + y", 3, 2, 7, 2, 8);
    pos(__LINE__, "if x:\n    yy\n", 4, 2, 4, 2, 4);  /* INDENT */
    pos(__LINE__, "if x:\n    yy\n", 5, 2, 5, 2, 7);
    pos(__LINE__, "\tab", 1, 1, 2, 1, 4);             /* a tab is one column */
    pos(__LINE__, "x = \\\n    y", 2, 2, 5, 2, 6);
    pos(__LINE__, "a\r\nbb\r\n", 2, 2, 1, 2, 3);
    /* f-string body position */
    Token *t;
    int n;
    Arena *a;
    describe("x = f'{y}'", 10, &t, &n, &a);
    CHECK(n > 2 && t[2].str.body_line == 1 && t[2].str.body_col == 7, "fstring body position %d:%d", t[2].str.body_line,
          t[2].str.body_col);
    arena_free(a);
}

static void test_lex_expr_mode(void) {
    Arena *a = arena_new();
    Token *t;
    const char *src = "a +\n b";
    int n = lex_tokenize(a, src, strlen(src), LEX_EXPR, 3, 10, &t);
    CHECK(n == 4 && t[0].type == T_NAME && t[1].type == T_PLUS && t[2].type == T_NAME && t[3].type == T_ENDMARKER,
          "expr mode tokens (n=%d)", n);
    CHECK(n == 4 && t[0].line == 3 && t[0].col == 10 && t[2].line == 4 && t[2].col == 2, "expr mode positions %d:%d %d:%d",
          t[0].line, t[0].col, t[2].line, t[2].col);
    free(t);
    arena_free(a);
}

static uint32_t rng = 12345;
static uint32_t rnd(void) {
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

/* random bytes must always yield a token array ending in END or ERROR */
static void test_fuzz(void) {
    static const char *const pieces[] = {"x", " ", "\n", "\t", "'", "\"", "'''", "1", "0x", "_", ".", "e", "j", "(",
                                         ")", "[", "]", "{", "}", "\\", "#", "f'", "r'", "b'", "if", ":", "    ", "é",
                                         "\r", "\xff", "0", "9", "+", "-", "=", "!", "<", ">", "\f", "\x01"};
    int ok = 1;
    char buf[400];
    for (int it = 0; it < 3000 && ok; it++) {
        size_t len = 0;
        int n = (int)(rnd() % 40);
        for (int i = 0; i < n; i++) {
            if (it & 1) {
                buf[len++] = (char)(rnd() & 0xFF);
            } else {
                const char *s = pieces[rnd() % (sizeof pieces / sizeof pieces[0])];
                size_t l = strlen(s);
                memcpy(buf + len, s, l);
                len += l;
            }
        }
        Arena *a = arena_new();
        char *text, msg[256];
        size_t tlen;
        int line, col;
        if (lex_prepare(a, buf, len, &text, &tlen, msg, sizeof msg, &line, &col) == 0) {
            Token *t;
            int k = lex_tokenize(a, text, tlen, LEX_FILE, 1, 1, &t);
            if (k < 1 || (t[k - 1].type != T_ENDMARKER && t[k - 1].type != T_ERROR)) ok = 0;
            for (int i = 0; i < k - 1; i++)
                if (t[i].type == T_ERROR || t[i].type == T_ENDMARKER) ok = 0;
            free(t);
        }
        arena_free(a);
    }
    CHECK(ok, "fuzz: token arrays well formed");
    describe("", 0, NULL, NULL, NULL); /* releases the last token array */
}

int main(void) {
    test_basic();
    test_operators();
    test_numbers();
    test_strings();
    test_indentation();
    test_errors();
    test_positions();
    test_lex_expr_mode();
    test_fuzz();
    printf("%d passed, %d failed\n", npass, nfail);
    return nfail != 0;
}
