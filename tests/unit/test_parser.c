/* test_parser.c - unit tests for the glassjit front end (parser, f-strings,
 * error messages, checks, ast_dump) plus a crash/hang fuzz loop.
 *
 * Build: gcc -std=c11 -Wall -Wextra -Werror -Isrc src/front/(all .c files) tests/unit/test_parser.c -lm
 * Prints "N passed, M failed" last; exit status 0 when nothing failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/ast.h"

static int npass, nfail;

#define CHECK(cond, ...)                                \
    do {                                                \
        if (cond) {                                     \
            npass++;                                    \
        } else {                                        \
            nfail++;                                    \
            printf("FAIL %s:%d: ", __FILE__, __LINE__); \
            printf(__VA_ARGS__);                        \
            printf("\n");                               \
        }                                               \
    } while (0)

/* "(Module stmt...)" for a successful parse, else the error text */
static char *module_dump(const ParseResult *r) {
    char *buf = NULL;
    size_t len = 0;
    if (!r->ok) {
        buf = malloc(strlen(r->error) + 1);
        strcpy(buf, r->error);
        return buf;
    }
    buf = malloc(8);
    strcpy(buf, "(Module");
    len = 7;
    for (int i = 0; i < r->body.len; i++) {
        char *s = realloc(buf, len + 2);
        buf = s;
        buf[len++] = ' ';
        buf[len] = 0;
        ast_dump(r->body.items[i], &buf, &len);
    }
    buf = realloc(buf, len + 2);
    buf[len++] = ')';
    buf[len] = 0;
    return buf;
}

static char *parse_dump(const char *src, size_t len) {
    ParseResult r;
    parse_source(&r, "t.py", src, len);
    char *s = module_dump(&r);
    parse_result_free(&r);
    return s;
}

/* expected: the whole (Module ...) dump, or "t.py:L:C: Kind: message" */
static void check_parse(int line, const char *src, const char *expected) {
    char *got = parse_dump(src, strlen(src));
    CHECK(strcmp(got, expected) == 0, "(line %d)\n  source:   %s\n  expected: %s\n  got:      %s", line, src, expected, got);
    free(got);
}

#define P(src, exp) check_parse(__LINE__, src, exp)
/* error expected: location and message only, "L:C: Kind: message" */
#define E(src, exp) check_parse(__LINE__, src, "t.py:" exp)
#define UNSUP(src, loc, feature) check_parse(__LINE__, src, "t.py:" loc ": SyntaxError: " feature " is not supported by glassjit")

/* ---------------------------------------------------------------------- */

static void test_precedence(void) {
    P("1 + 2 * 3", "(Module (Expr (BinOp + (Int 1) (BinOp * (Int 2) (Int 3)))))");
    P("(1 + 2) * 3", "(Module (Expr (BinOp * (BinOp + (Int 1) (Int 2)) (Int 3))))");
    P("1 - 2 - 3", "(Module (Expr (BinOp - (BinOp - (Int 1) (Int 2)) (Int 3))))");
    P("2 ** 3 ** 2", "(Module (Expr (BinOp ** (Int 2) (BinOp ** (Int 3) (Int 2)))))");
    P("-2 ** 2", "(Module (Expr (Unary - (BinOp ** (Int 2) (Int 2)))))");
    P("2 ** -1", "(Module (Expr (BinOp ** (Int 2) (Unary - (Int 1)))))");
    P("-x.y[0]()", "(Module (Expr (Unary - (Call (Subscript (Attr (Name x) y) (Int 0))))))");
    P("~a + +b", "(Module (Expr (BinOp + (Unary ~ (Name a)) (Unary + (Name b)))))");
    P("a | b ^ c & d << e + f * g", "(Module (Expr (BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (BinOp << (Name d) (BinOp + (Name e) (BinOp * (Name f) (Name g)))))))))");
    P("a // b % c / d", "(Module (Expr (BinOp / (BinOp % (BinOp // (Name a) (Name b)) (Name c)) (Name d))))");
    P("a >> 1 << 2", "(Module (Expr (BinOp << (BinOp >> (Name a) (Int 1)) (Int 2))))");
    P("not a == b", "(Module (Expr (Unary not (Compare (Name a) == (Name b)))))");
    P("a and not b or c", "(Module (Expr (BoolOp or (BoolOp and (Name a) (Unary not (Name b))) (Name c))))");
    P("a or b or c and d", "(Module (Expr (BoolOp or (Name a) (Name b) (BoolOp and (Name c) (Name d)))))");
    P("a < b <= c != d", "(Module (Expr (Compare (Name a) < (Name b) <= (Name c) != (Name d))))");
    P("a is not b is c not in d in e", "(Module (Expr (Compare (Name a) is not (Name b) is (Name c) not in (Name d) in (Name e))))");
    P("a if b else c if d else e", "(Module (Expr (IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e)))))");
    P("lambda: a if b else c", "(Module (Expr (Lambda (Args) (IfExp (Name b) (Name a) (Name c)))))");
    P("x = a | b == c", "(Module (Assign (Name x) (Compare (BinOp | (Name a) (Name b)) == (Name c))))");
    P("x = 1, 2,", "(Module (Assign (Name x) (Tuple (Int 1) (Int 2))))");
    P("x = ()", "(Module (Assign (Name x) (Tuple)))");
    P("x = (1,)", "(Module (Assign (Name x) (Tuple (Int 1))))");
    P("x = (1)", "(Module (Assign (Name x) (Int 1)))");
}

static void test_atoms(void) {
    P("None, True, False, ...", "(Module (Expr (Tuple (Const None) (Const True) (Const False) (Const ...))))");
    P("0x1F + 0o17 + 0b101 + 1_000", "(Module (Expr (BinOp + (BinOp + (BinOp + (Int 31) (Int 15)) (Int 5)) (Int 1000))))");
    P("1.5, 1., .5, 1e3, 2.5e-3", "(Module (Expr (Tuple (Float 1.5) (Float 1.0) (Float 0.5) (Float 1000.0) (Float 0.0025))))");
    P("1e16, 1e15, 1.5e-7, 1e-5, 0.0001, 1e400, 123456789012345680.0", "(Module (Expr (Tuple (Float 1e+16) (Float 1000000000000000.0) (Float 1.5e-07) (Float 1e-05) (Float 0.0001) (Float inf) (Float 1.2345678901234568e+17))))");
    P("9223372036854775807", "(Module (Expr (Int 9223372036854775807)))");
    P("'a' \"b\" '''c'''", "(Module (Expr (Str \"abc\")))");
    P("'\\n\\t\\\\\\'\\\"\\x41\\101\\u00e9\\U0001F600\\0'", "(Module (Expr (Str \"\\n\\t\\\\'\\\"AAé😀\\x00\")))");
    P("'\\q\\d'", "(Module (Expr (Str \"\\\\q\\\\d\")))");
    P("r'\\n' + R'\\q'", "(Module (Expr (BinOp + (Str \"\\\\n\") (Str \"\\\\q\"))))");
    P("u'x'", "(Module (Expr (Str \"x\")))");
    P("'a\\\nb'", "(Module (Expr (Str \"ab\")))");
    P("[1, *a, 2,]", "(Module (Expr (List (Int 1) (Starred (Name a)) (Int 2))))");
    P("{1, 2}", "(Module (Expr (Set (Int 1) (Int 2))))");
    P("{}", "(Module (Expr (Dict)))");
    P("{1: 2, **d, 'k': v}", "(Module (Expr (Dict (Int 1):(Int 2) **(Name d) (Str \"k\"):(Name v))))");
    P("[x*y for x in a if x for y in b if y if z]",
      "(Module (Expr (ListComp (BinOp * (Name x) (Name y)) (for (Name x) (Name a) (if (Name x))) (for (Name y) (Name b) (if (Name y)) (if (Name z))))))");
    P("{k: v for k, v in d}", "(Module (Expr (DictComp (Name k) (Name v) (for (Tuple (Name k) (Name v)) (Name d)))))");
    P("{x for x in s}", "(Module (Expr (SetComp (Name x) (for (Name x) (Name s)))))");
    P("[x for x in a if lambda: 1]", "t.py:1:18: SyntaxError: invalid syntax");
}

static void test_trailers(void) {
    P("f(a, *b, c=1, **d)", "(Module (Expr (Call (Name f) (Name a) (Starred (Name b)) (Keyword c (Int 1)) (Keyword ** (Name d)))))");
    P("f(a=1, *b)", "(Module (Expr (Call (Name f) (Starred (Name b)) (Keyword a (Int 1)))))");
    P("f()()", "(Module (Expr (Call (Call (Name f)))))");
    P("a[1:2]", "(Module (Expr (Subscript (Name a) (Slice (Int 1) (Int 2) _))))");
    P("a[::2]", "(Module (Expr (Subscript (Name a) (Slice _ _ (Int 2)))))");
    P("a[:]", "(Module (Expr (Subscript (Name a) (Slice _ _ _))))");
    P("a[1:2, 3]", "(Module (Expr (Subscript (Name a) (Tuple (Slice (Int 1) (Int 2) _) (Int 3)))))");
    P("a[1,]", "(Module (Expr (Subscript (Name a) (Tuple (Int 1)))))");
    P("a[*b]", "(Module (Expr (Subscript (Name a) (Tuple (Starred (Name b))))))");
    P("a.b.c", "(Module (Expr (Attr (Attr (Name a) b) c)))");
    P("1 .real", "(Module (Expr (Attr (Int 1) real)))");
    P("lambda a, b=1, *c, d, e=2, **f: 0",
      "(Module (Expr (Lambda (Args a b=(Int 1) *c d e=(Int 2) **f) (Int 0))))");
    P("lambda *, k: k", "(Module (Expr (Lambda (Args * k) (Name k))))");
}

static void test_fstrings(void) {
    P("f'x{a}y'", "(Module (Expr (FString (Str \"x\") (Formatted (Name a)) (Str \"y\"))))");
    P("f'{a!r:>10}'", "(Module (Expr (FString (Formatted (Name a) !r (FString (Str \">10\"))))))");
    P("f'{x:{width}}'", "(Module (Expr (FString (Formatted (Name x) (FString (Formatted (Name width)))))))");
    P("f'{x:>{w}.{p}f}'", "(Module (Expr (FString (Formatted (Name x) (FString (Str \">\") (Formatted (Name w)) (Str \".\") (Formatted (Name p)) (Str \"f\"))))))");
    P("f'{{a}}'", "(Module (Expr (FString (Str \"{a}\"))))");
    P("f'{x=}'", "(Module (Expr (FString (Str \"x=\") (Formatted (Name x) !r))))");
    P("f'{x = :5}'", "(Module (Expr (FString (Str \"x = \") (Formatted (Name x) (FString (Str \"5\"))))))");
    P("f'{x=!s}'", "(Module (Expr (FString (Str \"x=\") (Formatted (Name x) !s))))");
    P("'a' f'{b}' 'c'", "(Module (Expr (FString (Str \"a\") (Formatted (Name b)) (Str \"c\"))))");
    P("f'{a[\"k\"]}' f\"{'q'}\"", "(Module (Expr (FString (Formatted (Subscript (Name a) (Str \"k\"))) (Formatted (Str \"q\")))))");
    P("f'{a, b}'", "(Module (Expr (FString (Formatted (Tuple (Name a) (Name b))))))");
    P("f'{x!=y}{x<y}'", "(Module (Expr (FString (Formatted (Compare (Name x) != (Name y))) (Formatted (Compare (Name x) < (Name y))))))");
    P("rf'\\n{x}'", "(Module (Expr (FString (Str \"\\\\n\") (Formatted (Name x)))))");
    P("f'\\t{x}\\x41'", "(Module (Expr (FString (Str \"\\t\") (Formatted (Name x)) (Str \"A\"))))");
    P("f''", "(Module (Expr (FString)))");
    P("f'{f\"{x}\"}'", "(Module (Expr (FString (Formatted (FString (Formatted (Name x)))))))");
    P("f'''{\nx\n+ 1}'''", "(Module (Expr (FString (Formatted (BinOp + (Name x) (Int 1))))))");
    E("f'{}'", "1:4: SyntaxError: f-string: empty expression not allowed");
    E("f'{a!x}'", "1:6: SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'");
    E("f'}'", "1:3: SyntaxError: f-string: single '}' is not allowed");
    E("f'{a'", "1:5: SyntaxError: f-string: expecting '}'");
    E("f'{a b}'", "1:4: SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?");
    E("f'{#}'", "1:4: SyntaxError: f-string expression part cannot include '#'");
    E("f'{\\n}'", "1:4: SyntaxError: f-string expression part cannot include a backslash");
    E("f'{x:{y:{z}}}'", "1:9: SyntaxError: f-string: expressions nested too deeply");
    E("f'{a)}'", "1:5: SyntaxError: f-string: unmatched ')'");
    E("f'{*a}'", "1:4: SyntaxError: f-string: cannot use starred expression here");
    E("x = 1\nf'''\n{ 1 +\n }'''", "4:2: SyntaxError: f-string: invalid syntax");
    E("f'{1_}'", "1:5: SyntaxError: invalid decimal literal");
    E("print(f\"{42:5d}|{-42:s = \"05d}|{42:+d}\")", "1:27: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
}

static void test_statements(void) {
    P("x = y = 1", "(Module (Assign (Name x) (Name y) (Int 1)))");
    P("a, *b = c", "(Module (Assign (Tuple (Name a) (Starred (Name b))) (Name c)))");
    P("[a, (b, c)] = d", "(Module (Assign (List (Name a) (Tuple (Name b) (Name c))) (Name d)))");
    P("x.y[0] += 1", "(Module (AugAssign (Subscript (Attr (Name x) y) (Int 0)) += (Int 1)))");
    P("x **= 2; y //= 3; z >>= 1", "(Module (AugAssign (Name x) **= (Int 2)) (AugAssign (Name y) //= (Int 3)) (AugAssign (Name z) >>= (Int 1)))");
    P("x: int = 5\ny: list[int]\nself.a: str = 's'", "(Module (AnnAssign (Name x) (Int 5)) (AnnAssign (Name y)) (AnnAssign (Attr (Name self) a) (Str \"s\")))");
    P("if a: b\nelif c: d\nelse: e", "(Module (If (Name a) (Body (Expr (Name b))) (Else (If (Name c) (Body (Expr (Name d))) (Else (Expr (Name e)))))))");
    P("while x:\n    x -= 1\n    if x: break\n    continue\nelse:\n    pass",
      "(Module (While (Name x) (Body (AugAssign (Name x) -= (Int 1)) (If (Name x) (Body (Break))) (Continue)) (Else (Pass))))");
    P("for i, (j, *k) in x:\n    pass\nelse:\n    pass", "(Module (For (Tuple (Name i) (Tuple (Name j) (Starred (Name k)))) (Name x) (Body (Pass)) (Else (Pass))))");
    P("for x in 1, 2: pass", "(Module (For (Name x) (Tuple (Int 1) (Int 2)) (Body (Pass))))");
    P("try:\n    a\nexcept E as e:\n    b\nexcept (A, B):\n    c\nexcept:\n    d\nelse:\n    f\nfinally:\n    g",
      "(Module (Try (Body (Expr (Name a))) (Handler (Name E) e (Body (Expr (Name b)))) (Handler (Tuple (Name A) (Name B)) _ (Body (Expr (Name c)))) (Handler _ _ (Body (Expr (Name d)))) (Else (Expr (Name f))) (Finally (Expr (Name g)))))");
    P("try: a\nfinally: b", "(Module (Try (Body (Expr (Name a))) (Finally (Expr (Name b)))))");
    P("import a.b as c, d", "(Module (Import (Alias a.b c) (Alias d)))");
    P("from .m import x as y, z\nfrom .. import w\nfrom m import (a, b,)",
      "(Module (ImportFrom .m (Alias x y) (Alias z)) (ImportFrom .. (Alias w)) (ImportFrom m (Alias a) (Alias b)))");
    P("global a, b\ndef f():\n    nonlocal_ = 1", "(Module (Global a b) (Def f (Args) (Body (Assign (Name nonlocal_) (Int 1)))))");
    P("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2",
      "(Module (Def f (Args) (Body (Assign (Name x) (Int 1)) (Def g (Args) (Body (Nonlocal x) (Assign (Name x) (Int 2)))))))");
    P("del a, b[0], c.d\ndel (e, f),", "(Module (Delete (Name a) (Subscript (Name b) (Int 0)) (Attr (Name c) d)) (Delete (Tuple (Name e) (Name f))))");
    P("assert x, 'msg'\nassert y", "(Module (Assert (Name x) (Str \"msg\")) (Assert (Name y)))");
    P("raise\nraise X\nraise X from Y", "(Module (Raise) (Raise (Name X)) (Raise (Name X) from (Name Y)))");
    P("def f(): return\ndef g(): return a, *b", "(Module (Def f (Args) (Body (Return))) (Def g (Args) (Body (Return (Tuple (Name a) (Starred (Name b)))))))");
    P("@dec\n@mod.dec(1)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    pass",
      "(Module (Def f (Decorators (Name dec) (Call (Attr (Name mod) dec) (Int 1))) (Args a b=(Int 1) c=(Int 2) *args d e=(Int 3) **kw) (Body (Pass))))");
    P("def f(a: int, *, b: str = 'x') -> None: pass", "(Module (Def f (Args a * b=(Str \"x\")) (Body (Pass))))");
    P("class C: pass\nclass D(): pass\nclass E(Base):\n    x = 1\n    def m(self): pass",
      "(Module (Class C (Body (Pass))) (Class D (Body (Pass))) (Class E (Bases (Name Base)) (Body (Assign (Name x) (Int 1)) (Def m (Args self) (Body (Pass))))))");
    P("@d\nclass C: pass", "(Module (Class C (Decorators (Name d)) (Body (Pass))))");
    P("x = 1; y = 2;", "(Module (Assign (Name x) (Int 1)) (Assign (Name y) (Int 2)))");
    P("if x: a; b", "(Module (If (Name x) (Body (Expr (Name a)) (Expr (Name b)))))");
    P("match = 5\nmatch.x = 1\nmatch(a)\ncase = match", "(Module (Assign (Name match) (Int 5)) (Assign (Attr (Name match) x) (Int 1)) (Expr (Call (Name match) (Name a))) (Assign (Name case) (Name match)))");
    P("print(1)", "(Module (Expr (Call (Name print) (Int 1))))");
    P("", "(Module)");
    P("# only a comment\n\n", "(Module)");
}

static void test_source_forms(void) {
    P("\xEF\xBB\xBFx = 1\r\ny = 2\r\n", "(Module (Assign (Name x) (Int 1)) (Assign (Name y) (Int 2)))");
    P("#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\nx = 1", "(Module (Assign (Name x) (Int 1)))");
    P("x = (1 +\n     2)\ny = [\n  3,\n]", "(Module (Assign (Name x) (BinOp + (Int 1) (Int 2))) (Assign (Name y) (List (Int 3))))");
    P("x = 1 + \\\n    2", "(Module (Assign (Name x) (BinOp + (Int 1) (Int 2))))");
    P("if x:\n\ty = 1\n\tz = 2", "(Module (If (Name x) (Body (Assign (Name y) (Int 1)) (Assign (Name z) (Int 2)))))");
    P("s = '''a\r\nb'''", "(Module (Assign (Name s) (Str \"a\\nb\")))");
    P("é = 'ü'", "(Module (Assign (Name é) (Str \"ü\")))");
    /* NUL inside a string literal written as an escape is fine, a raw NUL byte is not */
    P("x = '\\0'", "(Module (Assign (Name x) (Str \"\\x00\")))");
    char *got = parse_dump("x = '\0'", 7);
    CHECK(strcmp(got, "t.py:1:6: SyntaxError: source code cannot contain null bytes") == 0, "NUL byte: %s", got);
    free(got);
}

static void test_errors(void) {
    E("1 = x", "1:1: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?");
    E("x = 1 = 3", "1:5: SyntaxError: cannot assign to literal");
    E("(a, 1) = x", "1:5: SyntaxError: cannot assign to literal");
    E("f() = 1", "1:1: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?");
    E("None = 1", "1:1: SyntaxError: cannot assign to None");
    E("for 1 in x: pass", "1:5: SyntaxError: cannot assign to literal");
    E("del f()", "1:5: SyntaxError: cannot delete function call");
    E("a, b += 1", "1:1: SyntaxError: 'tuple' is an illegal expression for augmented assignment");
    E("(a, b): int = 1", "1:1: SyntaxError: only single target (not tuple) can be annotated");
    E("return 1", "1:1: SyntaxError: 'return' outside function");
    E("class C: return 1", "1:10: SyntaxError: 'return' outside function");
    E("yield 1", "1:1: SyntaxError: 'yield' outside function");
    E("break", "1:1: SyntaxError: 'break' outside loop");
    E("continue", "1:1: SyntaxError: 'continue' not properly in loop");
    E("for x in y:\n    def g():\n        break", "3:9: SyntaxError: 'break' outside loop");
    E("while x:\n    pass\nelse:\n    break", "4:5: SyntaxError: 'break' outside loop");
    E("nonlocal x", "1:1: SyntaxError: nonlocal declaration not allowed at module level");
    E("def f():\n  def g(): nonlocal x", "2:12: SyntaxError: no binding for nonlocal 'x' found");
    E("def f():\n  x = 1\n  global x", "3:3: SyntaxError: name 'x' is assigned to before global declaration");
    E("def f(x):\n  global x", "2:3: SyntaxError: name 'x' is parameter and global");
    E("def f(a, b, a): pass", "1:13: SyntaxError: duplicate argument 'a' in function definition");
    E("def f(a, **a): pass", "1:12: SyntaxError: duplicate argument 'a' in function definition");
    E("f(x=1, x=2)", "1:8: SyntaxError: keyword argument repeated: x");
    E("f(a=1, b)", "1:8: SyntaxError: positional argument follows keyword argument");
    E("f(**k, a)", "1:8: SyntaxError: positional argument follows keyword argument unpacking");
    E("f(**k, *a)", "1:8: SyntaxError: iterable argument unpacking follows keyword argument unpacking");
    E("f(a.b=1)", "1:3: SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?");
    E("def f(a=1, b): pass", "1:12: SyntaxError: non-default argument follows default argument");
    E("def f(*): pass", "1:7: SyntaxError: named arguments must follow bare *");
    E("def f(**k, a): pass", "1:12: SyntaxError: arguments cannot follow var-keyword argument");
    E("*a = 1", "1:1: SyntaxError: starred assignment target must be in a list or tuple");
    E("a, *b, *c = x", "1:1: SyntaxError: multiple starred expressions in assignment");
    E("x = *a", "1:5: SyntaxError: can't use starred expression here");
    E("print((*a))", "1:8: SyntaxError: cannot use starred expression here");
    E("x = [*a for a in b]", "1:6: SyntaxError: iterable unpacking cannot be used in comprehension");
    E("if x = 1: pass", "1:4: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    E("f(a b)", "1:3: SyntaxError: invalid syntax. Perhaps you forgot a comma?");
    E("print 'hello'", "1:1: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?");
    E("x = 1 +", "1:8: SyntaxError: invalid syntax");
    E("a b", "1:3: SyntaxError: invalid syntax");
    E("if x\n    pass", "1:5: SyntaxError: expected ':'");
    E("def f()\n    pass", "1:8: SyntaxError: expected ':'");
    E("x = 1 if 2", "1:5: SyntaxError: expected 'else' after 'if' expression");
    E("x = {1: 2, 3}", "1:12: SyntaxError: ':' expected after dictionary key");
    E("try:\n    pass\nx = 1", "3:1: SyntaxError: expected 'except' or 'finally' block");
    E("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass", "3:1: SyntaxError: default 'except:' must be last");
    E("from x import a,", "1:17: SyntaxError: trailing comma not allowed without surrounding parentheses");
    E("x = 'abc", "1:5: SyntaxError: unterminated string literal (detected at line 1)");
    E("x = '''abc\ndef", "1:5: SyntaxError: unterminated triple-quoted string literal (detected at line 2)");
    E("x = (1,", "1:5: SyntaxError: '(' was never closed");
    E("x = (1,\ny = 2", "1:5: SyntaxError: '(' was never closed");
    E("x = 1 2\ny = 'abc", "2:5: SyntaxError: unterminated string literal (detected at line 2)");
    E("x = )", "1:5: SyntaxError: unmatched ')'");
    E("x = \\", "1:6: SyntaxError: unexpected EOF while parsing");
    E("x = 0123", "1:5: SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    E("x = 1abc", "1:5: SyntaxError: invalid decimal literal");
    E("x = 9223372036854775808", "1:5: SyntaxError: integer literal too large for glassjit (ints are 64-bit)");
    E("x = $", "1:5: SyntaxError: invalid syntax");
    E("x = '\\x1'", "1:10: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
    E("if x:\npass", "2:1: IndentationError: expected an indented block after 'if' statement on line 1");
    E("def f():", "1:9: IndentationError: expected an indented block after function definition on line 1");
    E("if x:\n    a\n  b", "3:4: IndentationError: unindent does not match any outer indentation level");
    E("  x = 1", "1:2: IndentationError: unexpected indent");
    E("x = 1\n    y = 2", "2:4: IndentationError: unexpected indent");
    E("if x:\n        a\n\tb", "3:1: TabError: inconsistent use of tabs and spaces in indentation");
    E("else: pass", "1:1: SyntaxError: invalid syntax");
    E("x = '\\N'", "1:9: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape");
    E("f(a, b\nc = 1", "1:2: SyntaxError: '(' was never closed");
    E("print(1 < 2)print(2\n", "1:18: SyntaxError: '(' was never closed");
    E("print(round(0.2 15), round(1)\nx = 1", "1:13: SyntaxError: invalid syntax. Perhaps you forgot a comma?");
    E("x = [c for c in s iff]", "1:19: SyntaxError: invalid syntax");
    E("print(a'x'b)", "1:8: SyntaxError: invalid syntax. Perhaps you forgot a comma?");
    E("def f(*, **k): pass", "1:7: SyntaxError: named arguments must follow bare *");
    E("lambda *: 1", "1:9: SyntaxError: named arguments must follow bare *");
    E("def f(a, /, b, /): pass", "1:16: SyntaxError: / may appear only once");
    E("def f(**k=1): pass", "1:10: SyntaxError: var-keyword argument cannot have default value");
    E("class C\n    pass", "1:8: SyntaxError: expected ':'");
    E("for x in y pass", "1:12: SyntaxError: invalid syntax");
    E("classX(A):\n", "1:10: SyntaxError: invalid syntax");
    E("1: int", "1:1: SyntaxError: illegal target for annotation");
    E("x = 1\nglobal x", "2:1: SyntaxError: name 'x' is assigned to before global declaration");
    E("def f():\n    global x\n    nonlocal x", "2:5: SyntaxError: name 'x' is nonlocal and global");
    E("class C:\n    nonlocal x", "2:5: SyntaxError: no binding for nonlocal 'x' found");
    P("class C:\n    def f(self):\n        nonlocal __class__", "(Module (Class C (Body (Def f (Args self) (Body (Nonlocal __class__))))))");
    E("try:\n    pass\nexcept E, F:\n    pass", "3:8: SyntaxError: multiple exception types must be parenthesized");
    E("\\\n    x = 1", "2:4: IndentationError: unexpected indent");
    P("\\\n\n", "(Module)");
    P("if x:\n    \\\ny", "(Module (If (Name x) (Body (Expr (Name y)))))");
    /* a grammar error beats a later tokenizer error only if CPython would see it first */
    E("x = (\n1 2", "1:5: SyntaxError: '(' was never closed");
    E("def f(a, a):\n    return 1\nx = (", "3:5: SyntaxError: '(' was never closed");
}

static void test_unsupported(void) {
    UNSUP("def g():\n    yield 1", "2:5", "generators (yield)");
    UNSUP("def g():\n    x = yield from y", "2:9", "yield from");
    UNSUP("x = (i for i in y)", "1:5", "generator expressions");
    UNSUP("sum(i for i in y)", "1:5", "generator expressions");
    E("f(i for i in y, 1)", "1:3: SyntaxError: Generator expression must be parenthesized");
    UNSUP("async def f(): pass", "1:1", "async functions");
    UNSUP("async def f():\n    await x", "1:1", "async functions");
    E("def f():\n    await x", "2:5: SyntaxError: 'await' outside async function");
    E("await x", "1:1: SyntaxError: 'await' outside function");
    UNSUP("def f(n):\n    return (i for i in range(n) if await g(i))", "2:12", "generator expressions");
    UNSUP("def f(n):\n    return [i for i in range(n) if await g(i)]", "2:36", "await");
    UNSUP("with open(f) as g:\n    pass", "1:1", "the with statement");
    UNSUP("match x:\n    case 1:\n        pass", "1:1", "the match statement");
    UNSUP("if (n := 10) > 5: pass", "1:5", "assignment expressions (:=)");
    UNSUP("class C(A, B): pass", "1:12", "multiple inheritance");
    UNSUP("class C(metaclass=M): pass", "1:9", "class keyword arguments (metaclass=...)");
    UNSUP("from m import *", "1:15", "star imports");
    UNSUP("try:\n    pass\nexcept* E:\n    pass", "3:1", "except* (exception groups)");
    UNSUP("x = 1j", "1:5", "complex literals");
    UNSUP("x = b'abc'", "1:5", "bytes literals");
    E("x = ('a'\n b'c')", "2:6: SyntaxError: cannot mix bytes and nonbytes literals");
    UNSUP("x = a @ b", "1:7", "the @ operator");
    UNSUP("a @= b", "1:3", "the @ operator");
    UNSUP("x = '\\N{BULLET}'", "1:5", "named Unicode escapes (\\N{...})");
    /* a real syntax error anywhere wins over an unsupported construct */
    E("with a: pass\nx = = 1", "2:5: SyntaxError: invalid syntax");
    E("def g():\n    yield\nreturn 1", "3:1: SyntaxError: 'return' outside function");
}

/* node positions: 1-based columns in code points, end just past the node */
static void test_positions(void) {
    ParseResult r;
    const char *src = "x = aé + f(b)\nif y:\n    z.w = 1\n";
    parse_source(&r, "t.py", src, strlen(src));
    CHECK(r.ok, "positions parse: %s", r.error);
    if (r.ok) {
        Node *a = r.body.items[0];
        CHECK(a->kind == S_ASSIGN && a->line == 1 && a->col == 1 && a->end_line == 1 && a->end_col == 14,
              "assign pos %d:%d-%d:%d", a->line, a->col, a->end_line, a->end_col);
        Node *v = a->assign.value;
        CHECK(v->kind == E_BINOP && v->col == 5 && v->end_col == 14, "binop pos %d-%d", v->col, v->end_col);
        Node *call = v->bin.right;
        CHECK(call->kind == E_CALL && call->col == 10 && call->end_col == 14, "call pos %d-%d", call->col, call->end_col);
        CHECK(call->call.args.items[0]->col == 12, "arg col %d", call->call.args.items[0]->col);
        Node *i = r.body.items[1];
        CHECK(i->kind == S_IF && i->line == 2 && i->end_line == 3 && i->end_col == 12, "if pos %d-%d:%d", i->line,
              i->end_line, i->end_col);
        Node *z = i->if_.body.items[0]->assign.targets.items[0];
        CHECK(z->kind == E_ATTR && z->line == 3 && z->col == 5 && z->end_col == 8, "attr pos %d:%d-%d", z->line, z->col,
              z->end_col);
    }
    parse_result_free(&r);

    /* f-string expressions keep their real positions, also across lines */
    src = "s = f'''ab\n{ x }'''";
    parse_source(&r, "t.py", src, strlen(src));
    CHECK(r.ok, "fstring positions parse");
    if (r.ok) {
        Node *fs = r.body.items[0]->assign.value;
        Node *fv = fs->list.items[1];
        CHECK(fv->kind == E_FORMATTED && fv->fmt.value->line == 2 && fv->fmt.value->col == 3, "fstring expr pos %d:%d",
              fv->fmt.value->line, fv->fmt.value->col);
    }
    parse_result_free(&r);

    /* parameters */
    src = "def f(a, *b, c, **d): pass";
    parse_source(&r, "t.py", src, strlen(src));
    if (r.ok) {
        Arguments *ar = &r.body.items[0]->func.args;
        CHECK(ar->nposargs == 1 && ar->posargs[0].col == 7 && ar->vararg_col == 11 && ar->nkwonly == 1 &&
                  ar->kwonly[0].col == 14 && ar->kwdefaults[0] == NULL && ar->kwarg_col == 19,
              "argument positions");
    } else {
        CHECK(0, "args parse: %s", r.error);
    }
    parse_result_free(&r);

    /* error fields */
    parse_source(&r, NULL, "x = = 1", 7);
    CHECK(!r.ok && r.err_line == 1 && r.err_col == 5 && strcmp(r.error, "<string>:1:5: SyntaxError: invalid syntax") == 0,
          "error fields: %s", r.error);
    parse_result_free(&r);
}

static void test_limits(void) {
    /* deep nesting is an error, not a crash */
    static char buf[200000];
    size_t n = 0;
    memcpy(buf, "x = ", 4);
    n = 4;
    for (int i = 0; i < 100000; i++) buf[n++] = '-';
    buf[n++] = '1';
    char *got = parse_dump(buf, n);
    CHECK(strstr(got, "nested too deeply") != NULL, "deep unary: %.80s", got);
    free(got);

    n = 4;
    for (int i = 0; i < 20000; i++) {
        memcpy(buf + n, "1+", 2);
        n += 2;
    }
    buf[n++] = '1';
    got = parse_dump(buf, n);
    CHECK(strstr(got, "nested too deeply") != NULL, "long chain: %.80s", got);
    free(got);

    n = 0;
    for (int i = 0; i < 250; i++) buf[n++] = '[';
    got = parse_dump(buf, n);
    CHECK(strstr(got, "too many nested parentheses") != NULL, "brackets: %.80s", got);
    free(got);

    n = 4;
    for (int i = 0; i < 1000; i++) {
        memcpy(buf + n, "lambda: ", 8);
        n += 8;
    }
    buf[n++] = '1';
    got = parse_dump(buf, n);
    CHECK(strstr(got, "nested too deeply") != NULL, "lambda chain: %.80s", got);
    free(got);

    /* a long flat list is fine */
    n = 0;
    buf[n++] = '[';
    for (int i = 0; i < 20000; i++) {
        memcpy(buf + n, "1,", 2);
        n += 2;
    }
    buf[n++] = ']';
    got = parse_dump(buf, n);
    CHECK(strncmp(got, "(Module (Expr (List (Int 1)", 27) == 0, "flat list: %.60s", got);
    free(got);
}

/* ---------------------------------------------------------------------- */
/* fuzzing: any input must give a result (never crash or hang)            */

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 11);
}

static const char *const soup[] = {
    "x", "y", "f", "1", "2.5", "0x1f", "'s'", "f'{", "}", "'", "\"", "'''", "(", ")", "[", "]", "{", "}", ",", ":",
    ";", ".", "=", "==", "+", "-", "*", "**", "/", "//", "%", "@", "<", ">", "!=", "->", ":=", "\n", "\n    ", "\n  ",
    "\t", " ", "\\\n", "#c", "if ", "elif ", "else", "while ", "for ", " in ", "def ", "class ", "return ", "yield ",
    "lambda ", "not ", " and ", " or ", " is ", "try", "except ", "finally", "with ", "import ", "from ", " as ",
    "global ", "nonlocal ", "del ", "pass", "break", "continue", "raise ", "assert ", "async ", "await ", "match ",
    "case ", "None", "True", "...", "é", "\xff", "\r\n", "f'{x!r:>{w}}'", "*a", "**k", "b'", "1j", "0o8",
};

static int result_ok(const ParseResult *r) {
    if (r->ok) {
        char *buf = NULL;
        size_t len = 0;
        for (int i = 0; i < r->body.len; i++) ast_dump(r->body.items[i], &buf, &len);
        free(buf);
        return r->error[0] == 0;
    }
    return strncmp(r->error, "t.py:", 5) == 0 && strstr(r->error, "Error: ") != NULL && r->err_line >= 1 &&
           r->err_col >= 1;
}

static void test_fuzz(void) {
    static const char *const seed =
        "import sys\nclass A(B):\n    def m(self, a, *b, c=1, **d):\n        global g\n        for i in range(10):\n"
        "            if i % 2 == 0 and not a:\n                continue\n            x = [j * 2 for j in b if j]\n"
        "            print(f\"{x!r:>{c}} {i=}\")\n        try:\n            return {k: v for k, v in d.items()}\n"
        "        except (KeyError, ValueError) as e:\n            raise RuntimeError('bad') from e\n"
        "        finally:\n            del x\n    x: int = 5\nwhile True:\n    break\nelse:\n    pass\n";
    char buf[2048];
    int bad = 0;
    for (int it = 0; it < 2000; it++) {
        size_t len = 0;
        int mode = it % 3;
        if (mode == 0) { /* token soup */
            int n = 1 + (int)(rnd() % 60);
            for (int i = 0; i < n; i++) {
                const char *s = soup[rnd() % (sizeof soup / sizeof soup[0])];
                size_t l = strlen(s);
                if (len + l >= sizeof buf) break;
                memcpy(buf + len, s, l);
                len += l;
            }
        } else if (mode == 1) { /* random bytes */
            len = rnd() % 200;
            for (size_t i = 0; i < len; i++) buf[i] = (char)(rnd() & 0xFF);
            if (rnd() & 1)
                for (size_t i = 0; i < len; i++) buf[i] = (char)(buf[i] & 0x7F);
        } else { /* mutations of a valid program */
            len = strlen(seed);
            memcpy(buf, seed, len);
            int k = 1 + (int)(rnd() % 4);
            for (int m = 0; m < k; m++) {
                size_t at = rnd() % len;
                switch (rnd() % 3) {
                case 0: memmove(buf + at, buf + at + 1, len - at - 1); len--; break; /* delete */
                case 1:                                                              /* insert */
                    if (len + 1 < sizeof buf) {
                        memmove(buf + at + 1, buf + at, len - at);
                        buf[at] = " \n:()[]{},'\"=.*\\#f1x"[rnd() % 21];
                        len++;
                    }
                    break;
                default: buf[at] = (char)(rnd() & 0x7F); break; /* replace */
                }
            }
        }
        ParseResult r;
        parse_source(&r, "t.py", buf, len);
        if (!result_ok(&r)) {
            if (bad++ < 5) printf("fuzz: bad result for input of %zu bytes: %s\n", len, r.error);
        }
        parse_result_free(&r);
    }
    CHECK(bad == 0, "fuzz: %d bad results", bad);
}

int main(void) {
    test_precedence();
    test_atoms();
    test_trailers();
    test_fstrings();
    test_statements();
    test_source_forms();
    test_errors();
    test_unsupported();
    test_positions();
    test_limits();
    test_fuzz();
    printf("%d passed, %d failed\n", npass, nfail);
    return nfail != 0;
}
