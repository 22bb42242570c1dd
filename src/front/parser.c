/* parser.c - recursive-descent parser for glassjit's Python subset.
 *
 * Pipeline (parse_source):
 *   1. lex_prepare: BOM, line endings, UTF-8 / NUL checks;
 *   2. lex_tokenize: the whole file into a token array (a lexer error becomes a
 *      trailing T_ERROR token, reported when the parser reaches it);
 *   3. the grammar below builds the tree (ast.h) in the result arena;
 *   4. post-parse checks, in CPython's order: AST depth limit, the symbol-table
 *      errors (duplicate arguments, global/nonlocal misuse), then the compiler
 *      errors ('return' outside function, 'break' outside loop, starred misuse,
 *      repeated keyword arguments);
 *   5. finally the first construct glassjit does not support, if any.
 *
 * Errors longjmp back to parse_source; only the first one is reported.
 * Constructs outside the subset do not stop the parse: they are parsed (into
 * a stand-in node), remembered, and reported after everything else checked
 * out, so a file that is not valid Python gets CPython's diagnosis.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* object.h for the BINOP_* / UNOP_* codes (value.h trips a clang warning) */
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wunknown-warning-option"
#pragma clang diagnostic ignored "-Wbitwise-instead-of-logical"
#endif
#include "../object.h"
#if defined(__clang__)
#pragma clang diagnostic pop
#endif
#include "ast.h"
#include "lexer.h"

#define MAX_EXPR_NEST 300   /* nested parse_expression calls (parser C stack) */
#define MAX_UNARY_NEST 3000 /* nested unary operators / '**' */
#define MAX_AST_DEPTH 3000  /* depth of the finished tree (recursive consumers) */
#define MAXLEVEL_FSTR 200   /* brackets inside one f-string replacement field */

#if defined(__GNUC__)
#define NORETURN __attribute__((noreturn))
#define PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define NORETURN
#define PRINTF(a, b)
#endif

typedef struct SB {
    char *d;
    size_t len, cap;
} SB;

typedef struct Parser {
    Arena *arena, *scratch;
    const char *filename;
    Token *toks;
    int ntoks, pos;
    Token *main_toks; /* the file's token array (malloc'd) */
    int main_ntoks;
    int end_line, end_col; /* end of the last consumed significant token */
    jmp_buf *jb;
    int edepth, udepth;
    int in_func;    /* inside a def or lambda body (not a class body) */
    int in_async;   /* directly inside an async def body */
    int fstr_level; /* > 0 while parsing an f-string replacement field */
    int ldisj_start, ldisj_end; /* token range of the last disjunction parsed */
    int probing, probe_hit;     /* see probe_hits_error() */
    int far;                    /* index of the farthest token looked at */
    /* the error being raised */
    int err_kind, err_line, err_col;
    char err_msg[400];
    /* first unsupported construct */
    int unsup_set, unsup_line, unsup_col;
    char unsup_msg[200];
    /* deferred compile-phase error found while parsing ('yield' outside function) */
    int cerr_set, cerr_line, cerr_col, cerr_await;
    char cerr_msg[200];
} Parser;

/* ======================================================================== */
/* errors                                                                   */

static NORETURN void raise_msg(Parser *p, int kind, int line, int col, int fprefix, const char *msg) {
    p->err_kind = kind;
    p->err_line = line;
    p->err_col = col;
    if (fprefix && p->fstr_level > 0 && strncmp(msg, "f-string", 8) != 0)
        snprintf(p->err_msg, sizeof p->err_msg, "f-string: %s", msg);
    else
        snprintf(p->err_msg, sizeof p->err_msg, "%s", msg);
    longjmp(*p->jb, 1);
}

static NORETURN void raise_v(Parser *p, int kind, int line, int col, int fprefix, const char *fmt, va_list ap) {
    char buf[360];
    vsnprintf(buf, sizeof buf, fmt, ap);
    raise_msg(p, kind, line, col, fprefix, buf);
}

/* A SyntaxError raised by the grammar.  As CPython does, a tokenizer error
 * further on (or an unclosed bracket opened on an earlier line) wins. */
static NORETURN PRINTF(5, 6) void raise_at(Parser *p, int kind, int line, int col, const char *fmt, ...);

/* Reports the lexer's error token (CPython adds no "f-string: " prefix to
 * tokenizer errors inside replacement fields). */
static NORETURN void raise_tok_error(Parser *p, Token *t) {
    if (t->type == T_ERROR && p->toks == p->main_toks && t == &p->toks[p->ntoks - 1]) p->probe_hit = 1;
    raise_msg(p, t->err.kind, t->line, t->col, 0, t->err.msg ? t->err.msg : "invalid syntax");
}

/* CPython tokenizes the rest of the file after a grammar error: a tokenizer
 * error proper replaces it, and so does an unclosed bracket opened on a line
 * before the farthest token the parser had looked at. */
static void maybe_override(Parser *p) {
    Token *last = &p->toks[p->ntoks - 1];
    if (last->type == T_ERROR &&
        (last->err.override == ERRO_ALWAYS || (last->err.override == ERRO_PAREN && last->line < p->toks[p->far].line)))
        raise_tok_error(p, last);
    /* inside an f-string field: the file's own tokenizer error still wins */
    if (p->toks != p->main_toks && p->main_toks) {
        last = &p->main_toks[p->main_ntoks - 1];
        if (last->type == T_ERROR && last->err.override == ERRO_ALWAYS) {
            p->fstr_level = 0;
            raise_tok_error(p, last);
        }
    }
}

static void raise_at(Parser *p, int kind, int line, int col, const char *fmt, ...) {
    maybe_override(p);
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, kind, line, col, 1, fmt, ap);
}

#define SYNERR(p, line, col, ...) raise_at(p, ERRK_SYNTAX, line, col, __VA_ARGS__)
#define NERR(p, n, ...) raise_at(p, ERRK_SYNTAX, (n)->line, (n)->col, __VA_ARGS__)
#define TERR(p, t, ...) raise_at(p, ERRK_SYNTAX, (t)->line, (t)->col, __VA_ARGS__)

/* Remembers the first construct outside glassjit's subset. */
static void unsupported(Parser *p, int line, int col, const char *feature) {
    if (p->unsup_set) return;
    p->unsup_set = 1;
    p->unsup_line = line;
    p->unsup_col = col;
    snprintf(p->unsup_msg, sizeof p->unsup_msg, "%s is not supported by glassjit", feature);
}

/* ======================================================================== */
/* tokens                                                                   */

static Token *peek(Parser *p) {
    Token *t = &p->toks[p->pos];
    if (p->pos > p->far) p->far = p->pos;
    if (t->type == T_ERROR) raise_tok_error(p, t);
    return t;
}

static Token *peekn(Parser *p, int k) {
    int i = p->pos + k;
    if (i >= p->ntoks) i = p->ntoks - 1;
    if (i > p->far) p->far = i;
    for (int j = p->pos; j <= i; j++)
        if (p->toks[j].type == T_ERROR) raise_tok_error(p, &p->toks[j]);
    return &p->toks[i];
}

static Token *next(Parser *p) {
    Token *t = peek(p);
    if (p->pos < p->ntoks - 1) p->pos++;
    if (t->type != T_NEWLINE && t->type != T_INDENT && t->type != T_DEDENT && t->type != T_ENDMARKER) {
        p->end_line = t->end_line;
        p->end_col = t->end_col;
    }
    return t;
}

static int check(Parser *p, int type) { return peek(p)->type == type; }

static int accept(Parser *p, int type) {
    if (peek(p)->type != type) return 0;
    next(p);
    return 1;
}

static int can_start_expr(const Token *t) {
    switch (t->type) {
    case T_NAME: case T_INT: case T_FLOAT: case T_STRING: case T_LPAR: case T_LSQB:
    case T_LBRACE: case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_LAMBDA:
    case T_AWAIT: case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS:
        return 1;
    }
    return 0;
}

static int can_start_star(const Token *t) { return t->type == T_STAR || can_start_expr(t); }

static int tok_is(const Token *t, const char *s) {
    size_t n = strlen(s);
    return t->type == T_NAME && t->len == n && memcmp(t->start, s, n) == 0;
}

/* CPython reports these without looking for tokenizer errors further on. */
static NORETURN void unexpected_indent(Parser *p, Token *t) {
    raise_msg(p, ERRK_INDENT, t->line, t->col, 0, t->type == T_INDENT ? "unexpected indent" : "unexpected unindent");
}

static Node *parse_expression(Parser *p);

/* CPython re-parses a failing statement with extra error rules; when that
 * second pass runs into a tokenizer error (typically an unclosed bracket at
 * EOF), the tokenizer error is reported instead.  Emulated by trying to parse
 * an expression at the failing token. */
static int probe_hits_error(Parser *p, int *parsed) {
    *parsed = 0;
    if (p->probing || !can_start_expr(&p->toks[p->pos])) return 0;
    Parser *saved = arena_alloc(p->scratch, sizeof *saved);
    jmp_buf *jb = arena_alloc(p->scratch, sizeof *jb);
    *saved = *p;
    p->jb = jb;
    p->probing = 1;
    p->probe_hit = 0;
    if (setjmp(*jb) == 0) {
        parse_expression(p);
        p->probe_hit = 2; /* success */
    }
    int hit = p->probe_hit == 1, far = p->far;
    /* PEG backtracking: an atom alone always parses */
    int ty = saved->toks[saved->pos].type;
    *parsed = p->probe_hit == 2 || ty == T_NAME || ty == T_INT || ty == T_FLOAT || ty == T_STRING ||
              ty == T_NONE || ty == T_TRUE || ty == T_FALSE || ty == T_ELLIPSIS;
    *p = *saved;
    if (far > p->far) p->far = far;
    return hit;
}

/* The generic "invalid syntax" at the current token, with CPython's more
 * helpful variants where they apply. */
static NORETURN void syntax_error(Parser *p) {
    Token *t = peek(p);
    if (p->probing) TERR(p, t, "invalid syntax");
    if (t->type == T_INDENT || t->type == T_DEDENT) unexpected_indent(p, t);
    if (p->pos > 0) {
        Token *pv = t - 1;
        if ((tok_is(pv, "print") || tok_is(pv, "exec")) && can_start_expr(t) && t->type != T_LPAR &&
            (p->pos < 2 || pv[-1].type != T_DOT)) {
            char nm[8];
            snprintf(nm, sizeof nm, "%.*s", (int)pv->len, pv->start);
            TERR(p, pv, "Missing parentheses in call to '%s'. Did you mean %s(...)?", nm, nm);
        }
    }
    int parsed;
    if (probe_hits_error(p, &parsed) && p->toks[p->ntoks - 1].type == T_ERROR)
        raise_tok_error(p, &p->toks[p->ntoks - 1]);
    int inside = p->fstr_level > 0 || t->level - (t->type == T_LPAR || t->type == T_LSQB || t->type == T_LBRACE) > 0;
    if (parsed && inside && p->ldisj_end == p->pos && p->ldisj_start < p->pos) {
        Token *a = &p->toks[p->ldisj_start];
        int excluded = a->type == T_NAME && (a[1].type == T_STRING || tok_is(a, "match") ||
                                             tok_is(a, "case") || tok_is(a, "_"));
        if (!excluded) TERR(p, a, "invalid syntax. Perhaps you forgot a comma?");
        if (t->type == T_STRING && t == a + 1) {
            /* NAME STRING is skipped, but the string may pair with what follows */
            int save = p->pos;
            while (p->toks[p->pos].type == T_STRING) p->pos++;
            Token *b = &p->toks[p->pos];
            int b_ok = can_start_expr(b) && b->type != T_ERROR;
            if (b_ok) probe_hits_error(p, &b_ok);
            p->pos = save;
            if (b_ok) TERR(p, t, "invalid syntax. Perhaps you forgot a comma?");
        }
    }
    TERR(p, t, "invalid syntax");
}

static Token *expect(Parser *p, int type) {
    if (!check(p, type)) syntax_error(p);
    return next(p);
}

/* ':' ending a compound statement header; "expected ':'" when forced or at
 * the end of the line, as CPython's grammar does. */
static void expect_colon(Parser *p, int forced) {
    if (accept(p, T_COLON)) return;
    Token *t = peek(p);
    if (forced || t->type == T_NEWLINE) TERR(p, t, "expected ':'");
    syntax_error(p);
}

static const char *tok_str(Parser *p, const Token *t) { return arena_strndup(p->arena, t->start, t->len); }

/* ======================================================================== */
/* nodes                                                                    */

static Node *mk(Parser *p, NodeKind k, int line, int col) {
    Node *n = arena_alloc(p->arena, sizeof *n);
    n->kind = k;
    n->line = line;
    n->col = col;
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    return n;
}

#define MKT(k, t) mk(p, k, (t)->line, (t)->col)
#define MKN(k, n) mk(p, k, (n)->line, (n)->col)

static void push(Parser *p, NodeList *l, Node *n) { nodelist_push(p->arena, l, n); }

static void fsb_put(Parser *p, SB *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = arena_alloc(p->scratch, cap);
        if (b->len) memcpy(d, b->d, b->len);
        b->d = d;
        b->cap = cap;
    }
    if (n) memcpy(b->d + b->len, s, n);
    b->len += n;
}

static void fsb_putc(Parser *p, SB *b, char c) { fsb_put(p, b, &c, 1); }

static void fsb_utf8(Parser *p, SB *b, uint32_t cp) {
    char u[4];
    int n;
    if (cp < 0x80) u[0] = (char)cp, n = 1;
    else if (cp < 0x800) u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    else if (cp < 0x10000)
        u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    else
        u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    fsb_put(p, b, u, (size_t)n);
}

static const char *expr_name(const Node *e) {
    switch (e->kind) {
    case E_ATTR: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_STARRED: return "starred";
    case E_NAME: return "name";
    case E_LIST: return "list";
    case E_TUPLE: return "tuple";
    case E_LAMBDA: return "lambda";
    case E_CALL: return "function call";
    case E_BOOLOP: case E_BINOP: case E_UNARY: return "expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_FSTRING: case E_FORMATTED: return "f-string expression";
    case E_CONST:
        switch (e->cval) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        default: return "ellipsis";
        }
    case E_INT: case E_FLOAT: case E_STR: return "literal";
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    default: return "expression";
    }
}

/* ======================================================================== */
/* strings and f-strings                                                    */

static Node *parse_star_expressions(Parser *p);
static Node *parse_expression(Parser *p);
static Node *parse_yield(Parser *p);

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Appends the value of literal text s[0..n) (escapes processed unless raw). */
static void decode_into(Parser *p, Token *t, const char *s, size_t n, int raw, SB *out) {
    if (raw) {
        fsb_put(p, out, s, n);
        return;
    }
    size_t i = 0;
    while (i < n) {
        if (s[i] != '\\') {
            size_t j = i;
            while (j < n && s[j] != '\\') j++;
            fsb_put(p, out, s + i, j - i);
            i = j;
            continue;
        }
        if (i + 1 >= n) {
            fsb_putc(p, out, '\\');
            i++;
            continue;
        }
        char e = s[i + 1];
        switch (e) {
        case '\n': i += 2; continue;
        case '\\': fsb_putc(p, out, '\\'); i += 2; continue;
        case '\'': fsb_putc(p, out, '\''); i += 2; continue;
        case '"': fsb_putc(p, out, '"'); i += 2; continue;
        case 'a': fsb_putc(p, out, '\a'); i += 2; continue;
        case 'b': fsb_putc(p, out, '\b'); i += 2; continue;
        case 'f': fsb_putc(p, out, '\f'); i += 2; continue;
        case 'n': fsb_putc(p, out, '\n'); i += 2; continue;
        case 'r': fsb_putc(p, out, '\r'); i += 2; continue;
        case 't': fsb_putc(p, out, '\t'); i += 2; continue;
        case 'v': fsb_putc(p, out, '\v'); i += 2; continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(e - '0');
            size_t j = i + 2;
            for (int k = 0; k < 2 && j < n && s[j] >= '0' && s[j] <= '7'; k++, j++) v = v * 8 + (uint32_t)(s[j] - '0');
            fsb_utf8(p, out, v);
            i = j;
            continue;
        }
        case 'x': case 'u': case 'U': {
            int nd = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            uint32_t v = 0;
            int k = 0;
            for (; k < nd && i + 2 + (size_t)k < n && hexval((unsigned char)s[i + 2 + k]) >= 0; k++)
                v = v * 16 + (uint32_t)hexval((unsigned char)s[i + 2 + k]);
            if (k < nd)
                SYNERR(p, t->end_line, t->end_col, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated \\%s escape",
                     (int)i, (int)i + 1 + k, e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX");
            if (v > 0x10FFFF)
                SYNERR(p, t->end_line, t->end_col, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character",
                     (int)i, (int)i + 1 + nd);
            if (v >= 0xD800 && v <= 0xDFFF) {
                unsupported(p, t->line, t->col, "surrogate code points in strings");
                v = 0xFFFD;
            }
            fsb_utf8(p, out, v);
            i += 2 + (size_t)nd;
            continue;
        }
        case 'N': {
            size_t j = i + 2;
            if (j < n && s[j] == '{') {
                while (j < n && s[j] != '}') j++;
            }
            if (j >= n || s[j] != '}' || j == i + 3)
                SYNERR(p, t->end_line, t->end_col,
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape",
                       (int)i, (int)(j == i + 3 ? i + 2 : j < n ? j : n - 1));
            unsupported(p, t->line, t->col, "named Unicode escapes (\\N{...})");
            i = j + 1;
            continue;
        }
        default:
            fsb_putc(p, out, '\\');
            i++;
            continue;
        }
    }
}

/* literal text of an f-string under construction */
typedef struct FCtx {
    Token *tok;
    const char *body, *end;
    int raw;
    const char *cp; /* position cache */
    int cl, cc;
} FCtx;

static void fpos(FCtx *fc, const char *ptr, int *line, int *col) {
    if (ptr < fc->cp || !fc->cp) {
        fc->cp = fc->body;
        fc->cl = fc->tok->str.body_line;
        fc->cc = fc->tok->str.body_col;
    }
    while (fc->cp < ptr) {
        unsigned char c = (unsigned char)*fc->cp;
        if (c == '\n') fc->cl++, fc->cc = 1;
        else if ((c & 0xC0) != 0x80) fc->cc++;
        fc->cp++;
    }
    *line = fc->cl;
    *col = fc->cc;
}

static NORETURN PRINTF(4, 5) void ferr(Parser *p, FCtx *fc, const char *at, const char *fmt, ...) {
    int line, col;
    fpos(fc, at, &line, &col);
    maybe_override(p);
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, ERRK_SYNTAX, line, col, 0, fmt, ap);
}

static void flush_lit(Parser *p, Token *t, SB *lit, NodeList *parts) {
    if (!lit->len) return;
    Node *s = MKT(E_STR, t);
    s->end_line = t->end_line;
    s->end_col = t->end_col;
    s->str = arena_strndup(p->arena, lit->d, lit->len);
    s->slen = lit->len;
    push(p, parts, s);
    lit->len = 0;
}

static void fstr_parse(Parser *p, FCtx *fc, const char **sp, int lvl, NodeList *parts, SB *lit);

/* Parses the expression text [es, ee) of a replacement field. */
static Node *fstr_expr(Parser *p, FCtx *fc, const char *es, const char *ee) {
    int line, col;
    fpos(fc, es, &line, &col);
    Token *mtoks;
    int n = lex_tokenize(p->scratch, es, (size_t)(ee - es), LEX_EXPR, line, col, &mtoks);
    Token *toks = arena_alloc(p->scratch, (size_t)n * sizeof *toks);
    memcpy(toks, mtoks, (size_t)n * sizeof *toks);
    free(mtoks);
    Token *stoks = p->toks;
    int sn = p->ntoks, spos = p->pos, sel = p->end_line, sec = p->end_col;
    int sds = p->ldisj_start, sde = p->ldisj_end, sfar = p->far;
    p->toks = toks;
    p->ntoks = n;
    p->pos = 0;
    p->far = 0;
    p->ldisj_start = p->ldisj_end = -1;
    p->fstr_level++;
    Node *e = check(p, T_YIELD) ? parse_yield(p) : parse_star_expressions(p);
    if (!check(p, T_ENDMARKER)) syntax_error(p);
    if (e->kind == E_STARRED) NERR(p, e, "cannot use starred expression here");
    p->fstr_level--;
    p->toks = stoks;
    p->ntoks = sn;
    p->pos = spos;
    p->end_line = sel;
    p->end_col = sec;
    p->ldisj_start = sds;
    p->ldisj_end = sde;
    p->far = sfar;
    return e;
}

static int fs_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* *sp points at '{': parses one replacement field (CPython 3.11's
 * fstring_find_expr) and appends it to parts. */
static void fstr_field(Parser *p, FCtx *fc, const char **sp, int lvl, NodeList *parts, SB *lit) {
    const char *s = *sp + 1, *end = fc->end;
    const char *es = s;
    char quote = 0, pstack[MAXLEVEL_FSTR];
    int stype = 0, nd = 0;
    while (s < end) {
        char ch = *s;
        if (ch == '\\') ferr(p, fc, s, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (stype == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 3;
                        quote = 0;
                        continue;
                    }
                } else {
                    s++;
                    quote = 0;
                    continue;
                }
            }
            s++;
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) stype = 3, s += 3;
            else stype = 1, s++;
            quote = ch;
            continue;
        }
        if (ch == '[' || ch == '(' || ch == '{') {
            if (nd >= MAXLEVEL_FSTR) ferr(p, fc, s, "f-string: too many nested parenthesis");
            pstack[nd++] = ch;
            s++;
            continue;
        }
        if (ch == '#') ferr(p, fc, s, "f-string expression part cannot include '#'");
        if (nd == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end) {
                char nx = s[1];
                if ((ch == '!' && nx == '=') || (ch == '=' && nx == '=') || (ch == '<' && nx == '=') ||
                    (ch == '>' && nx == '=')) {
                    s += 2;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') {
                s++;
                continue;
            }
            break;
        }
        if (ch == ']' || ch == ')' || ch == '}') {
            if (nd == 0) ferr(p, fc, s, "f-string: unmatched '%c'", ch);
            char o = pstack[--nd];
            if (!((o == '(' && ch == ')') || (o == '[' && ch == ']') || (o == '{' && ch == '}')))
                ferr(p, fc, s, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, o);
        }
        s++;
    }
    const char *ee = s;
    if (quote) ferr(p, fc, s, "f-string: unterminated string");
    if (nd) ferr(p, fc, s, "f-string: unmatched '%c'", pstack[nd - 1]);
    if (s >= end) ferr(p, fc, s, "f-string: expecting '}'");
    const char *q = es;
    while (q < ee && fs_space((unsigned char)*q)) q++;
    if (q == ee) ferr(p, fc, ee, "f-string: empty expression not allowed");

    Node *value = fstr_expr(p, fc, es, ee);

    const char *dbg_end = NULL;
    if (*s == '=') {
        s++;
        while (s < end && fs_space((unsigned char)*s)) s++;
        if (s >= end) ferr(p, fc, s, "f-string: expecting '}'");
        dbg_end = s;
    }
    int conv = 0;
    if (*s == '!') {
        s++;
        if (s >= end) ferr(p, fc, s, "f-string: expecting '}'");
        conv = (unsigned char)*s;
        s++;
        if (conv != 's' && conv != 'r' && conv != 'a')
            ferr(p, fc, s - 1, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        if (s >= end) ferr(p, fc, s, "f-string: expecting '}'");
    }
    Node *spec = NULL;
    if (*s == ':') {
        s++;
        if (s >= end) ferr(p, fc, s, "f-string: expecting '}'");
        NodeList sparts = {0};
        SB slit = {0};
        fstr_parse(p, fc, &s, lvl + 1, &sparts, &slit);
        flush_lit(p, fc->tok, &slit, &sparts);
        spec = MKT(E_FSTRING, fc->tok);
        spec->end_line = fc->tok->end_line;
        spec->end_col = fc->tok->end_col;
        spec->list = sparts;
    }
    if (s >= end || *s != '}') ferr(p, fc, s, "f-string: expecting '}'");
    s++;
    if (dbg_end) {
        fsb_put(p, lit, es, (size_t)(dbg_end - es));
        if (!conv && !spec) conv = 'r';
    }
    flush_lit(p, fc->tok, lit, parts);
    Node *f = MKT(E_FORMATTED, fc->tok);
    f->end_line = fc->tok->end_line;
    f->end_col = fc->tok->end_col;
    f->fmt.value = value;
    f->fmt.conversion = conv;
    f->fmt.spec = spec;
    push(p, parts, f);
    *sp = s;
}

/* Literal text and fields up to the end of the body, or (in a format spec,
 * lvl > 0) up to the closing '}'.  CPython 3.11's fstring_find_literal. */
static void fstr_parse(Parser *p, FCtx *fc, const char **sp, int lvl, NodeList *parts, SB *lit) {
    const char *s = *sp, *end = fc->end;
    SB rs = {0};
    while (s < end) {
        rs.len = 0;
        while (s < end) {
            char ch = *s;
            if (!fc->raw && ch == '\\' && s + 1 < end) {
                if (s[1] == 'N' && s + 2 < end && s[2] == '{') {
                    /* \N{NAME}: the braces belong to the escape */
                    const char *q = s + 3;
                    while (q < end && *q != '}') q++;
                    if (q < end) q++;
                    fsb_put(p, &rs, s, (size_t)(q - s));
                    s = q;
                    continue;
                }
                fsb_putc(p, &rs, ch);
                s++;
                if (*s != '{' && *s != '}') {
                    fsb_putc(p, &rs, *s);
                    s++;
                }
                continue;
            }
            if (ch == '{' || ch == '}') {
                if (lvl == 0) {
                    if (s + 1 < end && s[1] == ch) {
                        fsb_putc(p, &rs, ch);
                        s += 2;
                        continue;
                    }
                    if (ch == '}') ferr(p, fc, s, "f-string: single '}' is not allowed");
                }
                break;
            }
            fsb_putc(p, &rs, ch);
            s++;
        }
        decode_into(p, fc->tok, rs.d, rs.len, fc->raw, lit);
        if (s >= end || *s == '}') break;
        if (lvl >= 2) ferr(p, fc, s, "f-string: expressions nested too deeply");
        fstr_field(p, fc, &s, lvl, parts, lit);
    }
    *sp = s;
}

/* One or more adjacent string literals -> E_STR or E_FSTRING. */
static Node *parse_strings(Parser *p) {
    Token *first = peek(p);
    SB lit = {0};
    NodeList parts = {0};
    int is_f = 0, nbytes = 0, nstr = 0;
    Token *lit_tok = first;
    while (check(p, T_STRING)) {
        Token *t = next(p);
        if (t->str.bytes) unsupported(p, t->line, t->col, "bytes literals");
        nbytes += t->str.bytes;
        nstr += !t->str.bytes;
        if (nbytes && nstr) {
            while (check(p, T_STRING)) next(p);
            SYNERR(p, p->end_line, p->end_col, "cannot mix bytes and nonbytes literals");
        }
        if (!lit.len) lit_tok = t;
        if (t->str.fstr) {
            is_f = 1;
            FCtx fc = {t, t->str.body, t->str.body + t->str.body_len, t->str.raw, NULL, 0, 0};
            const char *s = fc.body;
            int before = parts.len;
            fstr_parse(p, &fc, &s, 0, &parts, &lit);
            if (parts.len > before && lit.len) lit_tok = t;
        } else {
            decode_into(p, t, t->str.body, t->str.body_len, t->str.raw, &lit);
        }
    }
    if (!is_f) {
        Node *n = MKT(E_STR, first);
        n->str = arena_strndup(p->arena, lit.d ? lit.d : "", lit.len);
        n->slen = lit.len;
        return n;
    }
    flush_lit(p, lit_tok, &lit, &parts);
    Node *n = MKT(E_FSTRING, first);
    n->list = parts;
    return n;
}

/* ======================================================================== */
/* expressions                                                              */

static Node *parse_named_expression(Parser *p);
static Node *parse_disjunction(Parser *p);
static Node *parse_bitor(Parser *p);
static Node *parse_factor(Parser *p);
static void parse_params(Parser *p, Arguments *a, int is_lambda);
static void parse_comp_for(Parser *p, NodeList *gens);

/* A compiler-phase error noticed while parsing (reported after the
 * symbol-table checks, in source order with the other compiler errors). */
static void defer_compile_error(Parser *p, Token *t, const char *msg) {
    if (p->cerr_set) return;
    p->cerr_set = 1;
    p->cerr_await = 0;
    p->cerr_line = t->line;
    p->cerr_col = t->col;
    snprintf(p->cerr_msg, sizeof p->cerr_msg, "%s", msg);
}

/* A comprehension starting at `start` has been parsed: 'await' inside it is
 * legal for CPython's compiler (asynchronous comprehensions), so it is
 * merely unsupported. */
static void comp_done(Parser *p, const Token *start) {
    if (p->cerr_set && p->cerr_await &&
        (p->cerr_line > start->line || (p->cerr_line == start->line && p->cerr_col >= start->col))) {
        p->cerr_set = 0;
        unsupported(p, p->cerr_line, p->cerr_col, "await");
    }
}

static Node *parse_yield(Parser *p) {
    Token *t = next(p);
    int from = accept(p, T_FROM);
    Node *v = NULL;
    if (from) v = parse_expression(p);
    else if (can_start_star(peek(p))) v = parse_star_expressions(p);
    (void)v;
    if (!p->in_func) {
        defer_compile_error(p, t, "'yield' outside function");
    } else {
        unsupported(p, t->line, t->col, from ? "yield from" : "generators (yield)");
    }
    Node *n = MKT(E_CONST, t);
    n->cval = CONST_NONE;
    return n;
}

/* '*' bitwise_or | named_expression */
static Node *parse_star_named(Parser *p) {
    Token *t = peek(p);
    if (t->type == T_STAR) {
        next(p);
        Node *v = parse_bitor(p);
        Node *n = MKT(E_STARRED, t);
        n->starred.value = v;
        return n;
    }
    return parse_named_expression(p);
}

/* A stand-in comprehension for an unsupported generator expression. */
static Node *genexp_stub(Parser *p, Node *elt, Token *at) {
    unsupported(p, at->line, at->col, "generator expressions");
    Node *n = MKT(E_LISTCOMP, at);
    n->comp.elt = elt;
    parse_comp_for(p, &n->comp.generators);
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    comp_done(p, at);
    return n;
}

static int at_comp_for(Parser *p) {
    Token *t = peek(p);
    return t->type == T_FOR || (t->type == T_ASYNC && peekn(p, 1)->type == T_FOR);
}

static Node *parse_paren(Parser *p) {
    Token *open = next(p);
    if (accept(p, T_RPAR)) return MKT(E_TUPLE, open);
    if (check(p, T_YIELD)) {
        Node *y = parse_yield(p);
        expect(p, T_RPAR);
        return y;
    }
    Node *first = parse_star_named(p);
    if (at_comp_for(p)) {
        if (first->kind == E_STARRED) NERR(p, first, "iterable unpacking cannot be used in comprehension");
        Node *g = genexp_stub(p, first, open);
        expect(p, T_RPAR);
        g->end_line = p->end_line;
        g->end_col = p->end_col;
        return g;
    }
    if (check(p, T_COMMA)) {
        NodeList elts = {0};
        push(p, &elts, first);
        while (accept(p, T_COMMA)) {
            if (check(p, T_RPAR)) break;
            push(p, &elts, parse_star_named(p));
        }
        expect(p, T_RPAR);
        Node *n = MKT(E_TUPLE, open);
        n->list = elts;
        return n;
    }
    expect(p, T_RPAR);
    if (first->kind == E_STARRED) NERR(p, first, "cannot use starred expression here");
    return first;
}

/* The rest of a list or set display after its first element: a
 * comprehension (comp_kind) or more elements up to `close` (kind). */
static Node *parse_display_rest(Parser *p, Token *open, Node *first, int close, NodeKind comp_kind,
                                NodeKind kind) {
    if (at_comp_for(p)) {
        if (first->kind == E_STARRED) NERR(p, first, "iterable unpacking cannot be used in comprehension");
        NodeList gens = {0};
        parse_comp_for(p, &gens);
        expect(p, close);
        comp_done(p, open);
        Node *n = MKT(comp_kind, open);
        n->comp.elt = first;
        n->comp.generators = gens;
        return n;
    }
    NodeList elts = {0};
    push(p, &elts, first);
    while (accept(p, T_COMMA)) {
        if (check(p, close)) break;
        push(p, &elts, parse_star_named(p));
    }
    expect(p, close);
    Node *n = MKT(kind, open);
    n->list = elts;
    return n;
}

static Node *parse_list(Parser *p) {
    Token *open = next(p);
    if (accept(p, T_RSQB)) return MKT(E_LIST, open);
    Node *first = parse_star_named(p);
    return parse_display_rest(p, open, first, T_RSQB, E_LISTCOMP, E_LIST);
}

static Node *parse_dict_or_set(Parser *p) {
    Token *open = next(p);
    if (accept(p, T_RBRACE)) return MKT(E_DICT, open);
    NodeList keys = {0}, values = {0};
    if (check(p, T_DSTAR)) {
        Token *dt = next(p);
        Node *v = parse_bitor(p);
        if (at_comp_for(p)) TERR(p, dt, "dict unpacking cannot be used in dict comprehension");
        push(p, &keys, NULL);
        push(p, &values, v);
    } else {
        Node *first = parse_star_named(p);
        if (first->kind != E_STARRED && accept(p, T_COLON)) {
            Node *v = parse_expression(p);
            if (at_comp_for(p)) {
                NodeList gens = {0};
                parse_comp_for(p, &gens);
                expect(p, T_RBRACE);
                comp_done(p, open);
                Node *n = MKT(E_DICTCOMP, open);
                n->comp.elt = first;
                n->comp.value = v;
                n->comp.generators = gens;
                return n;
            }
            push(p, &keys, first);
            push(p, &values, v);
        } else {
            return parse_display_rest(p, open, first, T_RBRACE, E_SETCOMP, E_SET); /* set */
        }
    }
    while (accept(p, T_COMMA)) {
        if (check(p, T_RBRACE)) break;
        if (accept(p, T_DSTAR)) {
            push(p, &keys, NULL);
            push(p, &values, parse_bitor(p));
            continue;
        }
        Node *k = parse_expression(p);
        if (!accept(p, T_COLON)) {
            if (check(p, T_COMMA) || check(p, T_RBRACE)) NERR(p, k, "':' expected after dictionary key");
            syntax_error(p);
        }
        push(p, &keys, k);
        push(p, &values, parse_expression(p));
    }
    expect(p, T_RBRACE);
    Node *n = MKT(E_DICT, open);
    n->dict.keys = keys;
    n->dict.values = values;
    return n;
}

static Node *parse_atom(Parser *p) {
    Token *t = peek(p);
    Node *n;
    switch (t->type) {
    case T_NAME:
        next(p);
        n = MKT(E_NAME, t);
        n->name = tok_str(p, t);
        return n;
    case T_TRUE: case T_FALSE: case T_NONE: case T_ELLIPSIS:
        next(p);
        n = MKT(E_CONST, t);
        n->cval = t->type == T_TRUE ? CONST_TRUE : t->type == T_FALSE ? CONST_FALSE
                : t->type == T_NONE ? CONST_NONE : CONST_ELLIPSIS;
        return n;
    case T_INT:
        next(p);
        if (t->imag) unsupported(p, t->line, t->col, "complex literals");
        else if (t->int_overflow)
            TERR(p, t, "integer literal too large for glassjit (ints are 64-bit)");
        n = MKT(E_INT, t);
        n->ival = t->ival;
        return n;
    case T_FLOAT:
        next(p);
        if (t->imag) unsupported(p, t->line, t->col, "complex literals");
        n = MKT(E_FLOAT, t);
        n->fval = t->fval;
        return n;
    case T_STRING:
        return parse_strings(p);
    case T_LPAR:
        return parse_paren(p);
    case T_LSQB:
        return parse_list(p);
    case T_LBRACE:
        return parse_dict_or_set(p);
    default:
        syntax_error(p);
    }
}

/* arguments of a call (or class bases); '(' already consumed, stops before ')' */
static void parse_call_args(Parser *p, NodeList *args, NodeList *kws) {
    int seen_kw = 0, seen_dstar = 0;
    while (!check(p, T_RPAR)) {
        Token *t = peek(p);
        if (t->type == T_STAR) {
            next(p);
            Node *v = parse_expression(p);
            if (seen_dstar) TERR(p, t, "iterable argument unpacking follows keyword argument unpacking");
            Node *s = MKT(E_STARRED, t);
            s->starred.value = v;
            push(p, args, s);
        } else if (t->type == T_DSTAR) {
            next(p);
            Node *v = parse_expression(p);
            Node *k = MKT(E_KEYWORD, t);
            k->keyword.value = v;
            push(p, kws, k);
            seen_dstar = 1;
        } else if (t->type == T_NAME && peekn(p, 1)->type == T_EQUAL) {
            next(p);
            next(p);
            Node *v = parse_expression(p);
            if (at_comp_for(p)) TERR(p, t, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            Node *k = MKT(E_KEYWORD, t);
            k->keyword.name = tok_str(p, t);
            k->keyword.value = v;
            push(p, kws, k);
            seen_kw = 1;
        } else if ((t->type == T_TRUE || t->type == T_FALSE || t->type == T_NONE) && peekn(p, 1)->type == T_EQUAL) {
            TERR(p, t, "cannot assign to %s", tok_type_name(t->type));
        } else {
            Node *e;
            if (t->type == T_NAME && peekn(p, 1)->type == T_COLONEQ) {
                e = parse_named_expression(p);
            } else {
                e = parse_expression(p);
                if (check(p, T_EQUAL)) NERR(p, e, "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (at_comp_for(p)) {
                e = genexp_stub(p, e, t);
                if (args->len || kws->len || !check(p, T_RPAR)) NERR(p, e, "Generator expression must be parenthesized");
            }
            if (seen_dstar) NERR(p, e, "positional argument follows keyword argument unpacking");
            if (seen_kw) NERR(p, e, "positional argument follows keyword argument");
            push(p, args, e);
        }
        if (!accept(p, T_COMMA)) break;
    }
}

static Node *parse_slice(Parser *p) {
    Token *t = peek(p);
    if (t->type == T_STAR) {
        next(p);
        Node *n = MKT(E_STARRED, t);
        n->starred.value = parse_bitor(p);
        return n;
    }
    Node *lower = NULL, *upper = NULL, *step = NULL;
    if (t->type != T_COLON) {
        lower = parse_named_expression(p);
        if (!check(p, T_COLON)) return lower;
    }
    next(p);
    if (can_start_expr(peek(p))) upper = parse_expression(p);
    if (accept(p, T_COLON) && can_start_expr(peek(p))) step = parse_expression(p);
    Node *n = MKT(E_SLICE, t);
    n->slice.lower = lower;
    n->slice.upper = upper;
    n->slice.step = step;
    return n;
}

static Node *parse_slices(Parser *p) {
    Token *st = peek(p);
    Node *first = parse_slice(p);
    if (!check(p, T_COMMA) && first->kind != E_STARRED) return first;
    NodeList elts = {0};
    push(p, &elts, first);
    while (accept(p, T_COMMA)) {
        if (check(p, T_RSQB)) break;
        push(p, &elts, parse_slice(p));
    }
    Node *n = MKT(E_TUPLE, st);
    n->list = elts;
    return n;
}

static Node *parse_primary(Parser *p) {
    Token *st = peek(p);
    if (st->type == T_AWAIT) {
        next(p);
        if (p->in_async) unsupported(p, st->line, st->col, "await");
        else if (!p->cerr_set) {
            defer_compile_error(p, st, p->in_func ? "'await' outside async function" : "'await' outside function");
            p->cerr_await = 1;
        }
        return parse_primary(p);
    }
    Node *e = parse_atom(p);
    for (;;) {
        Token *t = peek(p);
        if (t->type == T_DOT) {
            next(p);
            Token *nm = expect(p, T_NAME);
            Node *n = MKT(E_ATTR, st);
            n->attr.value = e;
            n->attr.name = tok_str(p, nm);
            e = n;
        } else if (t->type == T_LPAR) {
            next(p);
            Node *n = MKT(E_CALL, st);
            n->call.func = e;
            parse_call_args(p, &n->call.args, &n->call.keywords);
            expect(p, T_RPAR);
            n->end_line = p->end_line;
            n->end_col = p->end_col;
            e = n;
        } else if (t->type == T_LSQB) {
            next(p);
            Node *idx = parse_slices(p);
            expect(p, T_RSQB);
            Node *n = MKT(E_SUBSCRIPT, st);
            n->subscript.value = e;
            n->subscript.index = idx;
            e = n;
        } else {
            return e;
        }
    }
}

static Node *parse_power(Parser *p) {
    Token *st = peek(p);
    Node *base = parse_primary(p);
    if (!accept(p, T_DSTAR)) return base;
    Node *exp = parse_factor(p);
    Node *n = MKT(E_BINOP, st);
    n->bin.left = base;
    n->bin.op = BINOP_POW;
    n->bin.right = exp;
    return n;
}

static Node *parse_factor(Parser *p) {
    Token *t = peek(p);
    if (++p->udepth > MAX_UNARY_NEST) TERR(p, t, "expression nested too deeply");
    Node *r;
    if (t->type == T_PLUS || t->type == T_MINUS || t->type == T_TILDE) {
        next(p);
        Node *operand = parse_factor(p);
        r = MKT(E_UNARY, t);
        r->unary.op = t->type == T_PLUS ? UNOP_POS : t->type == T_MINUS ? UNOP_NEG : UNOP_INVERT;
        r->unary.operand = operand;
    } else {
        r = parse_power(p);
    }
    p->udepth--;
    return r;
}

static Node *binop(Parser *p, Token *st, Node *l, int op, Node *r) {
    Node *n = MKT(E_BINOP, st);
    n->bin.left = l;
    n->bin.op = op;
    n->bin.right = r;
    return n;
}

static Node *parse_term(Parser *p) {
    Token *st = peek(p);
    Node *e = parse_factor(p);
    for (;;) {
        Token *t = peek(p);
        int op;
        switch (t->type) {
        case T_STAR: op = BINOP_MUL; break;
        case T_SLASH: op = BINOP_TRUEDIV; break;
        case T_DSLASH: op = BINOP_FLOORDIV; break;
        case T_PERCENT: op = BINOP_MOD; break;
        case T_AT: op = BINOP_MUL; unsupported(p, t->line, t->col, "the @ operator"); break;
        default: return e;
        }
        next(p);
        e = binop(p, st, e, op, parse_factor(p));
    }
}

static Node *parse_arith(Parser *p) {
    Token *st = peek(p);
    Node *e = parse_term(p);
    for (;;) {
        Token *t = peek(p);
        if (t->type != T_PLUS && t->type != T_MINUS) return e;
        next(p);
        e = binop(p, st, e, t->type == T_PLUS ? BINOP_ADD : BINOP_SUB, parse_term(p));
    }
}

static Node *parse_shift(Parser *p) {
    Token *st = peek(p);
    Node *e = parse_arith(p);
    for (;;) {
        Token *t = peek(p);
        if (t->type != T_LSHIFT && t->type != T_RSHIFT) return e;
        next(p);
        e = binop(p, st, e, t->type == T_LSHIFT ? BINOP_LSHIFT : BINOP_RSHIFT, parse_arith(p));
    }
}

static Node *parse_bitand(Parser *p) {
    Token *st = peek(p);
    Node *e = parse_shift(p);
    while (accept(p, T_AMPER)) e = binop(p, st, e, BINOP_AND, parse_shift(p));
    return e;
}

static Node *parse_bitxor(Parser *p) {
    Token *st = peek(p);
    Node *e = parse_bitand(p);
    while (accept(p, T_CIRCUMFLEX)) e = binop(p, st, e, BINOP_XOR, parse_bitand(p));
    return e;
}

static Node *parse_bitor(Parser *p) {
    Token *st = peek(p);
    Node *e = parse_bitxor(p);
    while (accept(p, T_VBAR)) e = binop(p, st, e, BINOP_OR, parse_bitxor(p));
    return e;
}

static Node *parse_comparison(Parser *p) {
    Token *st = peek(p);
    Node *left = parse_bitor(p);
    int nops = 0, cap = 0;
    int *ops = NULL;
    NodeList comps = {0};
    for (;;) {
        Token *t = peek(p);
        int op;
        switch (t->type) {
        case T_LESS: op = CMPX_LT; break;
        case T_LESSEQUAL: op = CMPX_LE; break;
        case T_EQEQUAL: op = CMPX_EQ; break;
        case T_NOTEQUAL: op = CMPX_NE; break;
        case T_GREATER: op = CMPX_GT; break;
        case T_GREATEREQUAL: op = CMPX_GE; break;
        case T_IN: op = CMPX_IN; break;
        case T_IS: op = CMPX_IS; break;
        case T_NOT:
            if (peekn(p, 1)->type != T_IN) goto done;
            next(p);
            op = CMPX_NOT_IN;
            break;
        default: goto done;
        }
        next(p);
        if (op == CMPX_IS && accept(p, T_NOT)) op = CMPX_IS_NOT;
        if (nops == cap) {
            cap = cap ? cap * 2 : 4;
            int *n = arena_alloc(p->arena, (size_t)cap * sizeof *n);
            if (nops) memcpy(n, ops, (size_t)nops * sizeof *n);
            ops = n;
        }
        ops[nops++] = op;
        push(p, &comps, parse_bitor(p));
    }
done:
    if (!nops) return left;
    Node *n = MKT(E_COMPARE, st);
    n->cmp.left = left;
    n->cmp.ops = ops;
    n->cmp.comparators = comps;
    return n;
}

static Node *parse_inversion(Parser *p) {
    Token *t = peek(p);
    if (t->type != T_NOT) return parse_comparison(p);
    if (++p->udepth > MAX_UNARY_NEST) TERR(p, t, "expression nested too deeply");
    next(p);
    Node *operand = parse_inversion(p);
    Node *n = MKT(E_UNARY, t);
    n->unary.op = UNOP_NOT;
    n->unary.operand = operand;
    p->udepth--;
    return n;
}

static Node *parse_conjunction(Parser *p) {
    Token *st = peek(p);
    Node *e = parse_inversion(p);
    if (!check(p, T_AND)) return e;
    Node *n = MKT(E_BOOLOP, st);
    push(p, &n->boolop.values, e);
    while (accept(p, T_AND)) push(p, &n->boolop.values, parse_inversion(p));
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    return n;
}

static Node *parse_disjunction(Parser *p) {
    Token *st = peek(p);
    Node *e = parse_conjunction(p);
    if (check(p, T_OR)) {
        Node *n = MKT(E_BOOLOP, st);
        n->boolop.is_or = 1;
        push(p, &n->boolop.values, e);
        while (accept(p, T_OR)) push(p, &n->boolop.values, parse_conjunction(p));
        n->end_line = p->end_line;
        n->end_col = p->end_col;
        e = n;
    }
    return e;
}

static Node *parse_lambda(Parser *p) {
    Token *t = next(p);
    Node *n = MKT(E_LAMBDA, t);
    n->func.name = "<lambda>";
    parse_params(p, &n->func.args, 1);
    if (!accept(p, T_COLON)) syntax_error(p);
    int saved = p->in_func, saved_async = p->in_async;
    p->in_func = 1;
    p->in_async = 0;
    n->func.body_expr = parse_expression(p);
    p->in_func = saved;
    p->in_async = saved_async;
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    return n;
}

static Node *parse_expression(Parser *p) {
    Token *st = peek(p);
    if (++p->edepth > MAX_EXPR_NEST) TERR(p, st, "expression nested too deeply");
    Node *r;
    if (st->type == T_LAMBDA) {
        r = parse_lambda(p);
    } else {
        int start = p->pos;
        r = parse_disjunction(p);
        /* for "Perhaps you forgot a comma?": an expression's leading disjunction */
        p->ldisj_start = start;
        p->ldisj_end = p->pos;
        if (check(p, T_IF)) {
            next(p);
            Node *test = parse_disjunction(p);
            if (!accept(p, T_ELSE)) TERR(p, st, "expected 'else' after 'if' expression");
            Node *orelse = parse_expression(p);
            Node *n = MKT(E_IFEXP, st);
            n->ifexp.test = test;
            n->ifexp.body = r;
            n->ifexp.orelse = orelse;
            r = n;
        }
    }
    p->edepth--;
    return r;
}

/* Is e an expression that CPython's grammar reaches as a bitwise_or? */
static int is_bitor_level(const Node *e) {
    switch (e->kind) {
    case E_COMPARE: case E_BOOLOP: case E_IFEXP: case E_LAMBDA: case E_STARRED:
        return 0;
    case E_UNARY:
        return e->unary.op != UNOP_NOT;
    default:
        return 1;
    }
}

static Node *parse_named_expression(Parser *p) {
    Token *t = peek(p);
    if (t->type == T_NAME && peekn(p, 1)->type == T_COLONEQ) {
        unsupported(p, t->line, t->col, "assignment expressions (:=)");
        next(p);
        next(p);
        return parse_expression(p);
    }
    Node *e = parse_expression(p);
    if (check(p, T_EQUAL)) {
        if (e->kind == E_NAME) NERR(p, e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        int excluded = e->kind == E_LIST || e->kind == E_TUPLE ||
                       (e->kind == E_CONST && e->cval != CONST_ELLIPSIS);
        if (!excluded && is_bitor_level(e))
            NERR(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(e));
    }
    return e;
}

static Node *parse_star_expression(Parser *p) {
    Token *t = peek(p);
    if (t->type == T_STAR) {
        next(p);
        Node *v = parse_bitor(p);
        Node *n = MKT(E_STARRED, t);
        n->starred.value = v;
        return n;
    }
    return parse_expression(p);
}

static Node *parse_star_expressions(Parser *p) {
    Token *st = peek(p);
    Node *first = parse_star_expression(p);
    if (!check(p, T_COMMA)) return first;
    NodeList elts = {0};
    push(p, &elts, first);
    while (accept(p, T_COMMA)) {
        if (!can_start_star(peek(p))) break;
        push(p, &elts, parse_star_expression(p));
    }
    Node *n = MKT(E_TUPLE, st);
    n->list = elts;
    return n;
}

static Node *parse_star_expressions_or_yield(Parser *p) {
    if (check(p, T_YIELD)) return parse_yield(p);
    return parse_star_expressions(p);
}

/* ---- targets ------------------------------------------------------------ */

enum { TG_STAR, TG_DEL, TG_FOR };

/* CPython's _PyPegen_get_invalid_target */
static Node *invalid_target(Node *e, int tt) {
    switch (e->kind) {
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < e->list.len; i++) {
            Node *r = invalid_target(e->list.items[i], tt);
            if (r) return r;
        }
        return NULL;
    case E_STARRED:
        if (tt == TG_DEL) return e;
        return invalid_target(e->starred.value, tt);
    case E_NAME: case E_SUBSCRIPT: case E_ATTR:
        return NULL;
    default:
        return e;
    }
}

static void check_store_target(Parser *p, Node *e, int tt) {
    Node *bad = invalid_target(e, tt);
    if (bad) NERR(p, bad, tt == TG_DEL ? "cannot delete %s" : "cannot assign to %s", expr_name(bad));
}

/* '*'? bitwise_or, comma-separated: for-loop and comprehension targets */
static Node *parse_target_item(Parser *p) {
    Token *t = peek(p);
    if (t->type == T_STAR) {
        next(p);
        Node *n = MKT(E_STARRED, t);
        n->starred.value = parse_target_item(p);
        n->end_line = p->end_line;
        n->end_col = p->end_col;
        return n;
    }
    int start = p->pos;
    Node *e = parse_bitor(p);
    p->ldisj_start = start;
    p->ldisj_end = p->pos;
    return e;
}

static Node *parse_target_list(Parser *p) {
    Token *st = peek(p);
    Node *first = parse_target_item(p);
    if (!check(p, T_COMMA)) return first;
    NodeList elts = {0};
    push(p, &elts, first);
    while (accept(p, T_COMMA)) {
        if (!can_start_star(peek(p))) break;
        push(p, &elts, parse_target_item(p));
    }
    Node *n = MKT(E_TUPLE, st);
    n->list = elts;
    return n;
}

static void parse_comp_for(Parser *p, NodeList *gens) {
    while (at_comp_for(p)) {
        Token *ft = peek(p);
        if (ft->type == T_ASYNC) {
            unsupported(p, ft->line, ft->col, "asynchronous comprehensions");
            next(p);
        }
        next(p);
        Node *target = parse_target_list(p);
        check_store_target(p, target, TG_FOR);
        if (!accept(p, T_IN)) syntax_error(p);
        Node *iter = parse_disjunction(p);
        Node *g = MKT(E_COMPREHENSION, ft);
        g->gen.target = target;
        g->gen.iter = iter;
        while (accept(p, T_IF)) push(p, &g->gen.ifs, parse_disjunction(p));
        g->end_line = p->end_line;
        g->end_col = p->end_col;
        push(p, gens, g);
    }
}

/* ---- parameters --------------------------------------------------------- */

typedef struct ArgVec {
    Arg *a;
    Node **d;
    int n, cap;
} ArgVec;

static void argvec_push(Parser *p, ArgVec *v, Arg arg, Node *dflt) {
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 8;
        Arg *a = arena_alloc(p->arena, (size_t)cap * sizeof *a);
        Node **d = arena_alloc(p->arena, (size_t)cap * sizeof *d);
        if (v->n) {
            memcpy(a, v->a, (size_t)v->n * sizeof *a);
            memcpy(d, v->d, (size_t)v->n * sizeof *d);
        }
        v->a = a;
        v->d = d;
        v->cap = cap;
    }
    v->a[v->n] = arg;
    v->d[v->n] = dflt;
    v->n++;
}

static void parse_params(Parser *p, Arguments *a, int is_lambda) {
    int closing = is_lambda ? T_COLON : T_RPAR;
    ArgVec pos = {0}, kw = {0};
    int seen_star = 0, seen_dstar = 0, seen_slash = 0, seen_default = 0, ndefaults = 0;
    Token *bare_star = NULL;
    Node **defaults = NULL;
    int defcap = 0;
    while (!check(p, closing)) {
        Token *t = peek(p);
        if (seen_dstar) TERR(p, t, "arguments cannot follow var-keyword argument");
        if (t->type == T_SLASH) {
            if (seen_star) TERR(p, t, "/ must be ahead of *");
            if (seen_slash) TERR(p, t, "/ may appear only once");
            if (pos.n == 0) syntax_error(p);
            seen_slash = 1;
            next(p);
        } else if (t->type == T_STAR) {
            if (seen_star) TERR(p, t, "* argument may appear only once");
            next(p);
            seen_star = 1;
            if (check(p, T_NAME)) {
                Token *nm = next(p);
                a->vararg = tok_str(p, nm);
                a->vararg_line = nm->line;
                a->vararg_col = nm->col;
                if (!is_lambda && accept(p, T_COLON)) {
                    if (check(p, T_STAR)) parse_star_expression(p);
                    else parse_expression(p);
                }
            } else {
                /* CPython reports a lambda's bare '*' at the token after it */
                Token *u = peek(p);
                if (u->type == T_COMMA) u = peekn(p, 1);
                bare_star = is_lambda ? u : t;
            }
            if (check(p, T_EQUAL)) TERR(p, peek(p), "var-positional argument cannot have default value");
        } else if (t->type == T_DSTAR) {
            next(p);
            Token *nm = expect(p, T_NAME);
            a->kwarg = tok_str(p, nm);
            a->kwarg_line = nm->line;
            a->kwarg_col = nm->col;
            if (!is_lambda && accept(p, T_COLON)) parse_expression(p);
            if (check(p, T_EQUAL)) TERR(p, peek(p), "var-keyword argument cannot have default value");
            seen_dstar = 1;
        } else if (t->type == T_NAME) {
            next(p);
            Arg arg = {tok_str(p, t), NULL, t->line, t->col};
            if (!is_lambda && accept(p, T_COLON)) arg.annotation_dropped = parse_expression(p);
            Node *dflt = NULL;
            if (accept(p, T_EQUAL)) dflt = parse_expression(p);
            if (seen_star) {
                argvec_push(p, &kw, arg, dflt);
            } else {
                if (dflt) {
                    seen_default = 1;
                    if (ndefaults == defcap) {
                        defcap = defcap ? defcap * 2 : 8;
                        Node **d = arena_alloc(p->arena, (size_t)defcap * sizeof *d);
                        if (ndefaults) memcpy(d, defaults, (size_t)ndefaults * sizeof *d);
                        defaults = d;
                    }
                    defaults[ndefaults++] = dflt;
                } else if (seen_default) {
                    TERR(p, t, "non-default argument follows default argument");
                }
                argvec_push(p, &pos, arg, NULL);
            }
        } else {
            syntax_error(p);
        }
        if (!accept(p, T_COMMA)) break;
    }
    if (bare_star && kw.n == 0) TERR(p, bare_star, "named arguments must follow bare *");
    a->posargs = pos.a;
    a->nposargs = pos.n;
    a->defaults = defaults;
    a->ndefaults = ndefaults;
    a->kwonly = kw.a;
    a->nkwonly = kw.n;
    a->kwdefaults = kw.d;
}

/* ======================================================================== */
/* statements                                                               */

static void parse_statement(Parser *p, NodeList *out);
static void parse_simple_stmts(Parser *p, NodeList *out);

/* ':' already consumed */
static void parse_block(Parser *p, NodeList *body, const char *what, int line) {
    if (accept(p, T_NEWLINE)) {
        Token *t = peek(p);
        if (t->type != T_INDENT)
            raise_at(p, ERRK_INDENT, t->line, t->col, "expected an indented block after %s on line %d", what, line);
        next(p);
        while (!check(p, T_DEDENT) && !check(p, T_ENDMARKER)) parse_statement(p, body);
        accept(p, T_DEDENT);
    } else {
        parse_simple_stmts(p, body);
    }
}

static const char *dotted_name(Parser *p) {
    Token *t = expect(p, T_NAME);
    const char *s = t->start;
    size_t n = t->len;
    if (!check(p, T_DOT)) return tok_str(p, t);
    SB b = {0};
    fsb_put(p, &b, s, n);
    while (accept(p, T_DOT)) {
        Token *u = expect(p, T_NAME);
        fsb_putc(p, &b, '.');
        fsb_put(p, &b, u->start, u->len);
    }
    return arena_strndup(p->arena, b.d, b.len);
}

static Node *parse_import(Parser *p) {
    Token *t = next(p);
    Node *n = MKT(S_IMPORT, t);
    do {
        Token *at = peek(p);
        const char *name = dotted_name(p);
        Node *al = MKT(S_ALIAS, at);
        al->alias.name = name;
        if (accept(p, T_AS)) al->alias.asname = tok_str(p, expect(p, T_NAME));
        al->end_line = p->end_line;
        al->end_col = p->end_col;
        push(p, &n->import.names, al);
    } while (accept(p, T_COMMA));
    return n;
}

static Node *import_alias(Parser *p) {
    Token *at = expect(p, T_NAME);
    Node *al = MKT(S_ALIAS, at);
    al->alias.name = tok_str(p, at);
    if (accept(p, T_AS)) al->alias.asname = tok_str(p, expect(p, T_NAME));
    al->end_line = p->end_line;
    al->end_col = p->end_col;
    return al;
}

static Node *parse_from_import(Parser *p) {
    Token *t = next(p);
    int level = 0;
    for (;;) {
        if (accept(p, T_DOT)) level++;
        else if (accept(p, T_ELLIPSIS)) level += 3;
        else break;
    }
    const char *module = NULL;
    if (check(p, T_NAME) || level == 0) module = dotted_name(p);
    if (!accept(p, T_IMPORT)) syntax_error(p);
    Node *n = MKT(S_IMPORTFROM, t);
    n->import.module = module;
    n->import.level = level;
    Token *st = peek(p);
    if (st->type == T_STAR) {
        next(p);
        unsupported(p, st->line, st->col, "star imports");
        Node *al = MKT(S_ALIAS, st);
        al->alias.name = "*";
        push(p, &n->import.names, al);
    } else if (accept(p, T_LPAR)) {
        do {
            if (check(p, T_RPAR) && n->import.names.len) break;
            push(p, &n->import.names, import_alias(p));
        } while (accept(p, T_COMMA));
        expect(p, T_RPAR);
    } else {
        for (;;) {
            push(p, &n->import.names, import_alias(p));
            if (!accept(p, T_COMMA)) break;
            if (check(p, T_NEWLINE)) TERR(p, peek(p), "trailing comma not allowed without surrounding parentheses");
        }
    }
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    return n;
}

static Node *parse_names_stmt(Parser *p, NodeKind k) {
    Token *t = next(p);
    const char **names = NULL;
    int n = 0, cap = 0;
    do {
        Token *nm = expect(p, T_NAME);
        if (n == cap) {
            cap = cap ? cap * 2 : 4;
            const char **nn = arena_alloc(p->arena, (size_t)cap * sizeof *nn);
            if (n) memcpy(nn, names, (size_t)n * sizeof *nn);
            names = nn;
        }
        names[n++] = tok_str(p, nm);
    } while (accept(p, T_COMMA));
    Node *s = MKT(k, t);
    s->names.names = names;
    s->names.nnames = n;
    return s;
}

static int aug_op(int type) {
    switch (type) {
    case T_PLUSEQ: return BINOP_ADD;
    case T_MINUSEQ: return BINOP_SUB;
    case T_STAREQ: return BINOP_MUL;
    case T_SLASHEQ: return BINOP_TRUEDIV;
    case T_DSLASHEQ: return BINOP_FLOORDIV;
    case T_PERCENTEQ: return BINOP_MOD;
    case T_DSTAREQ: return BINOP_POW;
    case T_LSHIFTEQ: return BINOP_LSHIFT;
    case T_RSHIFTEQ: return BINOP_RSHIFT;
    case T_AMPEREQ: return BINOP_AND;
    case T_VBAREQ: return BINOP_OR;
    case T_CIRCUMFLEXEQ: return BINOP_XOR;
    case T_ATEQ: return BINOP_MUL;
    }
    return -1;
}

static Node *parse_expr_stmt(Parser *p) {
    Token *st = peek(p);
    Node *e = parse_star_expressions_or_yield(p);
    Token *t = peek(p);
    if (t->type == T_COLON) {
        int simple = e->kind == E_NAME || e->kind == E_ATTR || e->kind == E_SUBSCRIPT;
        if (!simple && !can_start_expr(peekn(p, 1))) syntax_error(p);
        next(p);
        parse_expression(p); /* the annotation is dropped */
        if (e->kind == E_TUPLE) NERR(p, e, "only single target (not tuple) can be annotated");
        if (e->kind == E_LIST) NERR(p, e, "only single target (not list) can be annotated");
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCRIPT)
            NERR(p, e, "illegal target for annotation");
        Node *v = NULL;
        if (accept(p, T_EQUAL)) v = parse_star_expressions_or_yield(p);
        Node *n = MKT(S_ANNASSIGN, st);
        n->ann.target = e;
        n->ann.value = v;
        return n;
    }
    int op = aug_op(t->type);
    if (op >= 0) {
        if (t->type == T_ATEQ) unsupported(p, t->line, t->col, "the @ operator");
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCRIPT)
            NERR(p, e, "'%s' is an illegal expression for augmented assignment", expr_name(e));
        next(p);
        Node *v = parse_star_expressions_or_yield(p);
        Node *n = MKT(S_AUGASSIGN, st);
        n->aug.target = e;
        n->aug.op = op;
        n->aug.value = v;
        return n;
    }
    if (t->type == T_EQUAL) {
        NodeList parts = {0};
        push(p, &parts, e);
        int after_eq = p->pos + 1;
        while (accept(p, T_EQUAL)) push(p, &parts, parse_star_expressions_or_yield(p));
        int ntargets = parts.len - 1;
        for (int i = 0; i < ntargets; i++) {
            Node *tg = parts.items[i];
            Node *bad = invalid_target(tg, TG_STAR);
            if (!bad) continue;
            int rt = p->toks[after_eq].type;
            if (i == 0 && ntargets == 1 && bad == tg && is_bitor_level(tg) && tg->kind != E_LIST &&
                tg->kind != E_TUPLE && !(tg->kind == E_CONST && tg->cval != CONST_ELLIPSIS) &&
                rt != T_NOT && rt != T_LAMBDA && rt != T_STAR && rt != T_YIELD)
                NERR(p, bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(bad));
            NERR(p, bad, "cannot assign to %s", expr_name(bad));
        }
        Node *n = MKT(S_ASSIGN, st);
        n->assign.value = parts.items[ntargets];
        parts.len = ntargets;
        n->assign.targets = parts;
        return n;
    }
    Node *n = MKT(S_EXPR, st);
    n->expr.value = e;
    return n;
}

static Node *parse_simple_stmt(Parser *p) {
    Token *t = peek(p);
    Node *n;
    switch (t->type) {
    case T_PASS: next(p); return MKT(S_PASS, t);
    case T_BREAK: next(p); return MKT(S_BREAK, t);
    case T_CONTINUE: next(p); return MKT(S_CONTINUE, t);
    case T_RETURN: {
        next(p);
        Node *v = can_start_star(peek(p)) ? parse_star_expressions(p) : NULL;
        n = MKT(S_RETURN, t);
        n->ret.value = v;
        return n;
    }
    case T_RAISE: {
        next(p);
        Node *exc = NULL, *cause = NULL;
        if (can_start_expr(peek(p))) {
            exc = parse_expression(p);
            if (accept(p, T_FROM)) cause = parse_expression(p);
        }
        n = MKT(S_RAISE, t);
        n->raise.exc = exc;
        n->raise.cause = cause;
        return n;
    }
    case T_GLOBAL: return parse_names_stmt(p, S_GLOBAL);
    case T_NONLOCAL: return parse_names_stmt(p, S_NONLOCAL);
    case T_DEL: {
        next(p);
        NodeList targets = {0};
        for (;;) {
            Node *e = parse_star_expression(p);
            check_store_target(p, e, TG_DEL);
            push(p, &targets, e);
            if (!accept(p, T_COMMA)) break;
            if (!can_start_star(peek(p))) break;
        }
        n = MKT(S_DELETE, t);
        n->list = targets;
        return n;
    }
    case T_ASSERT: {
        next(p);
        Node *test = parse_expression(p), *msg = NULL;
        if (accept(p, T_COMMA)) msg = parse_expression(p);
        n = MKT(S_ASSERT, t);
        n->assert_.test = test;
        n->assert_.msg = msg;
        return n;
    }
    case T_IMPORT: return parse_import(p);
    case T_FROM: return parse_from_import(p);
    default: return parse_expr_stmt(p);
    }
}

static void parse_simple_stmts(Parser *p, NodeList *out) {
    for (;;) {
        push(p, out, parse_simple_stmt(p));
        if (!accept(p, T_SEMI)) break;
        if (check(p, T_NEWLINE)) break;
    }
    if (!check(p, T_NEWLINE)) syntax_error(p);
    next(p);
}

static Node *parse_if(Parser *p) {
    Token *t = next(p); /* 'if' or 'elif' */
    Node *n = MKT(S_IF, t);
    n->if_.test = parse_named_expression(p);
    expect_colon(p, 0);
    parse_block(p, &n->if_.body, t->type == T_IF ? "'if' statement" : "'elif' statement", t->line);
    if (check(p, T_ELIF)) {
        push(p, &n->if_.orelse, parse_if(p));
    } else if (check(p, T_ELSE)) {
        Token *e = next(p);
        expect_colon(p, 1);
        parse_block(p, &n->if_.orelse, "'else' statement", e->line);
    }
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    return n;
}

static void parse_loop_else(Parser *p, Node *n) {
    if (check(p, T_ELSE)) {
        Token *e = next(p);
        expect_colon(p, 1);
        parse_block(p, &n->loop.orelse, "'else' statement", e->line);
    }
    n->end_line = p->end_line;
    n->end_col = p->end_col;
}

static Node *parse_while(Parser *p) {
    Token *t = next(p);
    Node *n = MKT(S_WHILE, t);
    n->loop.test = parse_named_expression(p);
    expect_colon(p, 0);
    parse_block(p, &n->loop.body, "'while' statement", t->line);
    parse_loop_else(p, n);
    return n;
}

static Node *parse_for(Parser *p, Token *t) {
    next(p);
    Node *n = MKT(S_FOR, t);
    n->loop.target = parse_target_list(p);
    check_store_target(p, n->loop.target, TG_FOR);
    if (!accept(p, T_IN)) syntax_error(p);
    n->loop.iter = parse_star_expressions(p);
    expect_colon(p, 0);
    parse_block(p, &n->loop.body, "'for' statement", t->line);
    parse_loop_else(p, n);
    return n;
}

static Node *parse_try(Parser *p) {
    Token *t = next(p);
    Node *n = MKT(S_TRY, t);
    expect_colon(p, 1);
    parse_block(p, &n->try_.body, "'try' statement", t->line);
    Token *bare = NULL;
    while (check(p, T_EXCEPT)) {
        Token *et = next(p);
        if (bare) TERR(p, bare, "default 'except:' must be last");
        if (check(p, T_STAR)) {
            unsupported(p, et->line, et->col, "except* (exception groups)");
            next(p);
        }
        Node *h = MKT(S_HANDLER, et);
        if (!check(p, T_COLON)) {
            h->handler.type = parse_expression(p);
            if (check(p, T_COMMA)) NERR(p, h->handler.type, "multiple exception types must be parenthesized");
            if (accept(p, T_AS)) h->handler.name = tok_str(p, expect(p, T_NAME));
        } else {
            bare = et;
        }
        expect_colon(p, 0);
        parse_block(p, &h->handler.body, "'except' statement", et->line);
        h->end_line = p->end_line;
        h->end_col = p->end_col;
        push(p, &n->try_.handlers, h);
    }
    if (n->try_.handlers.len && check(p, T_ELSE)) {
        Token *e = next(p);
        expect_colon(p, 1);
        parse_block(p, &n->try_.orelse, "'else' statement", e->line);
    }
    if (check(p, T_FINALLY)) {
        Token *f = next(p);
        expect_colon(p, 1);
        parse_block(p, &n->try_.finalbody, "'finally' statement", f->line);
    }
    if (!n->try_.handlers.len && !n->try_.finalbody.len) TERR(p, peek(p), "expected 'except' or 'finally' block");
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    return n;
}

/* with items are parsed and validated; the statement becomes an S_IF on
 * the first context expression (only so that later checks see its body). */
static Node *parse_with(Parser *p, Token *t) {
    next(p);
    Node *n = MKT(S_IF, t);
    int paren = 0;
    /* "with (a as b, c):" */
    if (check(p, T_LPAR)) {
        int depth = 0, i = p->pos;
        for (; i < p->ntoks; i++) {
            int ty = p->toks[i].type;
            if (ty == T_ERROR || ty == T_ENDMARKER) break;
            if (ty == T_LPAR || ty == T_LSQB || ty == T_LBRACE) depth++;
            else if (ty == T_RPAR || ty == T_RSQB || ty == T_RBRACE) {
                if (--depth == 0) break;
            }
        }
        if (i + 1 < p->ntoks && p->toks[i].type == T_RPAR && p->toks[i + 1].type == T_COLON) {
            /* the parenthesized form if it contains 'as' or a trailing comma at depth 1 */
            int d = 0, has = 0;
            for (int j = p->pos; j <= i; j++) {
                int ty = p->toks[j].type;
                if (ty == T_LPAR || ty == T_LSQB || ty == T_LBRACE) d++;
                else if (ty == T_RPAR || ty == T_RSQB || ty == T_RBRACE) d--;
                else if (d == 1 && (ty == T_AS || ty == T_COMMA)) has = 1;
            }
            paren = has;
        }
    }
    if (paren) next(p);
    for (;;) {
        if (paren && check(p, T_RPAR)) break;
        Node *ctx = parse_expression(p);
        if (!n->if_.test) n->if_.test = ctx;
        if (accept(p, T_AS)) {
            Node *tg = parse_target_item(p);
            check_store_target(p, tg, TG_STAR);
        }
        if (!accept(p, T_COMMA)) break;
    }
    if (paren) expect(p, T_RPAR);
    expect_colon(p, 0);
    parse_block(p, &n->if_.body, "'with' statement", t->line);
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    return n;
}

static Node *parse_funcdef(Parser *p, Token *def, NodeList *decorators, int is_async) {
    next(p);
    Token *nm = expect(p, T_NAME);
    Node *n = MKT(S_FUNCDEF, def);
    n->func.name = tok_str(p, nm);
    if (decorators) n->func.decorators = *decorators;
    if (!check(p, T_LPAR)) TERR(p, peek(p), "expected '('");
    next(p);
    parse_params(p, &n->func.args, 0);
    expect(p, T_RPAR);
    if (accept(p, T_RARROW)) parse_expression(p);
    expect_colon(p, 1);
    int saved = p->in_func, saved_async = p->in_async;
    p->in_func = 1;
    p->in_async = is_async;
    parse_block(p, &n->func.body, "function definition", def->line);
    p->in_func = saved;
    p->in_async = saved_async;
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    return n;
}

static Node *parse_classdef(Parser *p, NodeList *decorators) {
    Token *t = next(p);
    Token *nm = expect(p, T_NAME);
    Node *n = MKT(S_CLASSDEF, t);
    n->cls.name = tok_str(p, nm);
    if (decorators) n->cls.decorators = *decorators;
    if (accept(p, T_LPAR)) {
        NodeList kws = {0};
        parse_call_args(p, &n->cls.bases, &kws);
        expect(p, T_RPAR);
        if (kws.len) unsupported(p, kws.items[0]->line, kws.items[0]->col, "class keyword arguments (metaclass=...)");
        for (int i = 0; i < n->cls.bases.len; i++) {
            Node *b = n->cls.bases.items[i];
            if (b->kind == E_STARRED) unsupported(p, b->line, b->col, "starred base classes");
        }
        if (n->cls.bases.len > 1) {
            Node *b = n->cls.bases.items[1];
            unsupported(p, b->line, b->col, "multiple inheritance");
        }
    }
    expect_colon(p, 1);
    int saved = p->in_func, saved_async = p->in_async;
    p->in_func = 0;
    p->in_async = 0;
    parse_block(p, &n->cls.body, "class definition", t->line);
    p->in_func = saved;
    p->in_async = saved_async;
    n->end_line = p->end_line;
    n->end_col = p->end_col;
    return n;
}

static Node *parse_decorated(Parser *p) {
    NodeList decos = {0};
    while (check(p, T_AT)) {
        next(p);
        push(p, &decos, parse_named_expression(p));
        if (!check(p, T_NEWLINE)) syntax_error(p);
        next(p);
    }
    Token *t = peek(p);
    if (t->type == T_DEF) return parse_funcdef(p, t, &decos, 0);
    if (t->type == T_CLASS) return parse_classdef(p, &decos);
    if (t->type == T_ASYNC && peekn(p, 1)->type == T_DEF) {
        unsupported(p, t->line, t->col, "async functions");
        next(p);
        return parse_funcdef(p, peek(p), &decos, 1);
    }
    syntax_error(p);
}

/* "match <subject>:" followed by a block, the soft-keyword statement */
static int is_match_stmt(Parser *p) {
    if (p->pos + 1 >= p->ntoks) return 0;
    Token *n1 = &p->toks[p->pos + 1];
    if (!can_start_star(n1)) return 0;
    int depth = 0, i = p->pos + 1;
    Token *last = NULL;
    for (; i < p->ntoks; i++) {
        Token *t = &p->toks[i];
        if (t->type == T_ERROR || t->type == T_ENDMARKER) return 0;
        if (depth == 0 && t->type == T_NEWLINE) break;
        if (t->type == T_LPAR || t->type == T_LSQB || t->type == T_LBRACE) depth++;
        else if (t->type == T_RPAR || t->type == T_RSQB || t->type == T_RBRACE) depth--;
        last = t;
    }
    return last && last->type == T_COLON && i > p->pos + 2;
}

/* Skips a match statement: its header line and the indented block. */
static Node *skip_match(Parser *p) {
    Token *t = peek(p);
    unsupported(p, t->line, t->col, "the match statement");
    while (!check(p, T_NEWLINE)) next(p);
    next(p);
    if (!check(p, T_INDENT)) {
        Token *u = peek(p);
        raise_at(p, ERRK_INDENT, u->line, u->col, "expected an indented block after 'match' statement on line %d", t->line);
    }
    int depth = 0;
    do {
        Token *u = next(p);
        if (u->type == T_INDENT) depth++;
        else if (u->type == T_DEDENT) depth--;
        else if (u->type == T_ENDMARKER) break;
    } while (depth > 0);
    return MKT(S_PASS, t);
}

static void parse_statement(Parser *p, NodeList *out) {
    Token *t = peek(p);
    switch (t->type) {
    case T_DEF: push(p, out, parse_funcdef(p, t, NULL, 0)); return;
    case T_CLASS: push(p, out, parse_classdef(p, NULL)); return;
    case T_AT: push(p, out, parse_decorated(p)); return;
    case T_IF: push(p, out, parse_if(p)); return;
    case T_WHILE: push(p, out, parse_while(p)); return;
    case T_FOR: push(p, out, parse_for(p, t)); return;
    case T_TRY: push(p, out, parse_try(p)); return;
    case T_WITH:
        unsupported(p, t->line, t->col, "the with statement");
        push(p, out, parse_with(p, t));
        return;
    case T_ASYNC: {
        Token *n1 = peekn(p, 1);
        if (n1->type == T_DEF) {
            unsupported(p, t->line, t->col, "async functions");
            next(p);
            push(p, out, parse_funcdef(p, n1, NULL, 1));
            return;
        }
        if (n1->type == T_FOR) {
            unsupported(p, t->line, t->col, "async for loops");
            next(p);
            push(p, out, parse_for(p, n1));
            return;
        }
        if (n1->type == T_WITH) {
            unsupported(p, t->line, t->col, "async with statements");
            next(p);
            push(p, out, parse_with(p, n1));
            return;
        }
        next(p);
        syntax_error(p);
    }
    case T_INDENT:
        unexpected_indent(p, t);
    case T_NAME:
        if (tok_is(t, "match") && is_match_stmt(p)) {
            push(p, out, skip_match(p));
            return;
        }
        /* fall through */
    default:
        parse_simple_stmts(p, out);
    }
}

/* ======================================================================== */
/* post-parse checks                                                        */

typedef void (*ChildFn)(void *ctx, Node *child);

static void each_list(const NodeList *l, ChildFn fn, void *ctx) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i]) fn(ctx, l->items[i]);
}

static void each_args(const Arguments *a, ChildFn fn, void *ctx) {
    for (int i = 0; i < a->ndefaults; i++)
        if (a->defaults[i]) fn(ctx, a->defaults[i]);
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kwdefaults[i]) fn(ctx, a->kwdefaults[i]);
}

/* Calls fn on every direct child of n. */
static void each_child(Node *n, ChildFn fn, void *ctx) {
#define C1(x) do { if (x) fn(ctx, (x)); } while (0)
    switch (n->kind) {
    case E_NAME: case E_INT: case E_FLOAT: case E_STR: case E_CONST:
    case S_BREAK: case S_CONTINUE: case S_PASS: case S_GLOBAL: case S_NONLOCAL:
    case S_IMPORT: case S_IMPORTFROM: case S_ALIAS: case NODE__COUNT:
        break;
    case E_FSTRING: case E_LIST: case E_TUPLE: case E_SET: case S_DELETE: each_list(&n->list, fn, ctx); break;
    case E_FORMATTED: C1(n->fmt.value); C1(n->fmt.spec); break;
    case E_BINOP: C1(n->bin.left); C1(n->bin.right); break;
    case E_UNARY: C1(n->unary.operand); break;
    case E_BOOLOP: each_list(&n->boolop.values, fn, ctx); break;
    case E_COMPARE: C1(n->cmp.left); each_list(&n->cmp.comparators, fn, ctx); break;
    case E_IFEXP: C1(n->ifexp.test); C1(n->ifexp.body); C1(n->ifexp.orelse); break;
    case E_LAMBDA: each_args(&n->func.args, fn, ctx); C1(n->func.body_expr); break;
    case E_CALL: C1(n->call.func); each_list(&n->call.args, fn, ctx); each_list(&n->call.keywords, fn, ctx); break;
    case E_KEYWORD: C1(n->keyword.value); break;
    case E_ATTR: C1(n->attr.value); break;
    case E_SUBSCRIPT: C1(n->subscript.value); C1(n->subscript.index); break;
    case E_SLICE: C1(n->slice.lower); C1(n->slice.upper); C1(n->slice.step); break;
    case E_STARRED: C1(n->starred.value); break;
    case E_DICT: each_list(&n->dict.keys, fn, ctx); each_list(&n->dict.values, fn, ctx); break;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP:
        C1(n->comp.elt); C1(n->comp.value); each_list(&n->comp.generators, fn, ctx); break;
    case E_COMPREHENSION: C1(n->gen.target); C1(n->gen.iter); each_list(&n->gen.ifs, fn, ctx); break;
    case S_EXPR: C1(n->expr.value); break;
    case S_ASSIGN: each_list(&n->assign.targets, fn, ctx); C1(n->assign.value); break;
    case S_AUGASSIGN: C1(n->aug.target); C1(n->aug.value); break;
    case S_ANNASSIGN: C1(n->ann.target); C1(n->ann.value); break;
    case S_IF: C1(n->if_.test); each_list(&n->if_.body, fn, ctx); each_list(&n->if_.orelse, fn, ctx); break;
    case S_WHILE: case S_FOR:
        C1(n->loop.target); C1(n->loop.iter); C1(n->loop.test);
        each_list(&n->loop.body, fn, ctx); each_list(&n->loop.orelse, fn, ctx); break;
    case S_RETURN: C1(n->ret.value); break;
    case S_ASSERT: C1(n->assert_.test); C1(n->assert_.msg); break;
    case S_RAISE: C1(n->raise.exc); C1(n->raise.cause); break;
    case S_TRY:
        each_list(&n->try_.body, fn, ctx); each_list(&n->try_.handlers, fn, ctx);
        each_list(&n->try_.orelse, fn, ctx); each_list(&n->try_.finalbody, fn, ctx); break;
    case S_HANDLER: C1(n->handler.type); each_list(&n->handler.body, fn, ctx); break;
    case S_FUNCDEF:
        each_list(&n->func.decorators, fn, ctx); each_args(&n->func.args, fn, ctx);
        each_list(&n->func.body, fn, ctx); break;
    case S_CLASSDEF:
        each_list(&n->cls.decorators, fn, ctx); each_list(&n->cls.bases, fn, ctx);
        each_list(&n->cls.body, fn, ctx); break;
    }
#undef C1
}

/* ---- depth limit (iterative, so it is safe on any tree) ----------------- */

typedef struct DStack {
    Parser *p;
    Node **nodes;
    int *depths;
    int n, cap, cur;
} DStack;

static void dpush(void *ctx, Node *c) {
    DStack *s = ctx;
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 256;
        Node **nn = arena_alloc(s->p->scratch, (size_t)cap * sizeof *nn);
        int *dd = arena_alloc(s->p->scratch, (size_t)cap * sizeof *dd);
        if (s->n) {
            memcpy(nn, s->nodes, (size_t)s->n * sizeof *nn);
            memcpy(dd, s->depths, (size_t)s->n * sizeof *dd);
        }
        s->nodes = nn;
        s->depths = dd;
        s->cap = cap;
    }
    s->nodes[s->n] = c;
    s->depths[s->n] = s->cur + 1;
    s->n++;
}

static void check_depth(Parser *p, NodeList *body) {
    DStack s = {p, NULL, NULL, 0, 0, 0};
    for (int i = 0; i < body->len; i++) dpush(&s, body->items[i]);
    while (s.n) {
        s.n--;
        Node *n = s.nodes[s.n];
        s.cur = s.depths[s.n];
        if (s.cur > MAX_AST_DEPTH) NERR(p, n, "expression nested too deeply");
        each_child(n, dpush, &s);
    }
}

/* ---- symbol tables (CPython's symtable.c errors) ------------------------ */

enum { SC_MODULE, SC_FUNC, SC_CLASS, SC_COMP };
#define DEF_GLOBAL 1
#define DEF_LOCAL 2
#define DEF_PARAM 4
#define DEF_NONLOCAL 8
#define DEF_USE 16
#define DEF_IMPORT 32
#define DEF_ANNOT 64

typedef struct Sym {
    const char *name;
    int flags;
    int dline, dcol; /* first global/nonlocal statement naming it */
} Sym;

typedef struct Scope {
    int kind;
    struct Scope *parent;
    Sym *syms;
    int nsyms, cap;
    int *hash; /* index+1, open addressing, size hcap */
    int hcap;
    struct Scope **kids;
    int nkids, kcap;
} Scope;

typedef struct Sym_ctx {
    Parser *p;
    Scope *cur;
    int ctx; /* 0 load, 1 store, 2 del */
} SymCtx;

static uint32_t pstr_hash(const char *s) {
    uint32_t h = 2166136261u;
    while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

static Sym *sym_lookup(Scope *s, const char *name) {
    if (!s->hcap) return NULL;
    uint32_t h = pstr_hash(name) & (uint32_t)(s->hcap - 1);
    while (s->hash[h]) {
        Sym *y = &s->syms[s->hash[h] - 1];
        if (strcmp(y->name, name) == 0) return y;
        h = (h + 1) & (uint32_t)(s->hcap - 1);
    }
    return NULL;
}

static Sym *sym_get(Parser *p, Scope *s, const char *name) {
    Sym *y = sym_lookup(s, name);
    if (y) return y;
    if (s->nsyms == s->cap) {
        int cap = s->cap ? s->cap * 2 : 16;
        Sym *ns = arena_alloc(p->scratch, (size_t)cap * sizeof *ns);
        if (s->nsyms) memcpy(ns, s->syms, (size_t)s->nsyms * sizeof *ns);
        s->syms = ns;
        s->cap = cap;
    }
    if ((s->nsyms + 1) * 2 > s->hcap) {
        int hcap = s->hcap ? s->hcap * 2 : 32;
        while ((s->nsyms + 1) * 2 > hcap) hcap *= 2;
        int *nh = arena_alloc(p->scratch, (size_t)hcap * sizeof *nh);
        for (int i = 0; i < s->nsyms; i++) {
            uint32_t h = pstr_hash(s->syms[i].name) & (uint32_t)(hcap - 1);
            while (nh[h]) h = (h + 1) & (uint32_t)(hcap - 1);
            nh[h] = i + 1;
        }
        s->hash = nh;
        s->hcap = hcap;
    }
    y = &s->syms[s->nsyms++];
    memset(y, 0, sizeof *y);
    y->name = name;
    uint32_t h = pstr_hash(name) & (uint32_t)(s->hcap - 1);
    while (s->hash[h]) h = (h + 1) & (uint32_t)(s->hcap - 1);
    s->hash[h] = s->nsyms;
    return y;
}

static void add_def(Parser *p, Scope *s, const char *name, int flag, int line, int col) {
    Sym *y = sym_get(p, s, name);
    if ((flag & DEF_PARAM) && (y->flags & DEF_PARAM))
        SYNERR(p, line, col, "duplicate argument '%s' in function definition", name);
    y->flags |= flag;
}

static Scope *new_scope(Parser *p, Scope *parent, int kind) {
    Scope *s = arena_alloc(p->scratch, sizeof *s);
    s->kind = kind;
    s->parent = parent;
    if (parent) {
        if (parent->nkids == parent->kcap) {
            int cap = parent->kcap ? parent->kcap * 2 : 4;
            Scope **k = arena_alloc(p->scratch, (size_t)cap * sizeof *k);
            if (parent->nkids) memcpy(k, parent->kids, (size_t)parent->nkids * sizeof *k);
            parent->kids = k;
            parent->kcap = cap;
        }
        parent->kids[parent->nkids++] = s;
    }
    return s;
}

static void st_expr(SymCtx *c, Node *e);
static void st_stmt(SymCtx *c, Node *s);

static void st_expr_cb(void *ctx, Node *e) { st_expr(ctx, e); }
static void st_expr_ctx(SymCtx *c, Node *e, int ctx);
static int is_stmt(const Node *n) { return n->kind >= S_EXPR; }
static void st_any_cb(void *ctx, Node *n) {
    if (is_stmt(n)) st_stmt(ctx, n);
    else st_expr_ctx(ctx, n, 0);
}
static void st_stmt_cb(void *ctx, Node *s) { st_stmt(ctx, s); }

static void st_expr_ctx(SymCtx *c, Node *e, int ctx) {
    int saved = c->ctx;
    c->ctx = ctx;
    st_expr(c, e);
    c->ctx = saved;
}

static void st_params(SymCtx *c, Scope *fs, const Arguments *a) {
    for (int i = 0; i < a->nposargs; i++)
        add_def(c->p, fs, a->posargs[i].name, DEF_PARAM, a->posargs[i].line, a->posargs[i].col);
    for (int i = 0; i < a->nkwonly; i++)
        add_def(c->p, fs, a->kwonly[i].name, DEF_PARAM, a->kwonly[i].line, a->kwonly[i].col);
    if (a->vararg) add_def(c->p, fs, a->vararg, DEF_PARAM, a->vararg_line, a->vararg_col);
    if (a->kwarg) add_def(c->p, fs, a->kwarg, DEF_PARAM, a->kwarg_line, a->kwarg_col);
}

static void st_comprehension(SymCtx *c, Node *e) {
    NodeList *gens = &e->comp.generators;
    if (!gens->len) return;
    st_expr_ctx(c, gens->items[0]->gen.iter, 0);
    Scope *saved = c->cur;
    c->cur = new_scope(c->p, saved, SC_COMP);
    for (int i = 0; i < gens->len; i++) {
        Node *g = gens->items[i];
        st_expr_ctx(c, g->gen.target, 1);
        if (i) st_expr_ctx(c, g->gen.iter, 0);
        for (int j = 0; j < g->gen.ifs.len; j++) st_expr_ctx(c, g->gen.ifs.items[j], 0);
    }
    if (e->comp.value) st_expr_ctx(c, e->comp.value, 0);
    st_expr_ctx(c, e->comp.elt, 0);
    c->cur = saved;
}

static void st_expr(SymCtx *c, Node *e) {
    switch (e->kind) {
    case E_NAME:
        add_def(c->p, c->cur, e->name, c->ctx == 0 ? DEF_USE : DEF_LOCAL, e->line, e->col);
        return;
    case E_TUPLE: case E_LIST: case E_STARRED:
        each_child(e, st_expr_cb, c);
        return;
    case E_ATTR: case E_SUBSCRIPT: {
        int saved = c->ctx;
        c->ctx = 0;
        each_child(e, st_expr_cb, c);
        c->ctx = saved;
        return;
    }
    case E_LAMBDA: {
        each_args(&e->func.args, st_expr_cb, c);
        Scope *saved = c->cur;
        c->cur = new_scope(c->p, saved, SC_FUNC);
        st_params(c, c->cur, &e->func.args);
        st_expr_ctx(c, e->func.body_expr, 0);
        c->cur = saved;
        return;
    }
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP:
        st_comprehension(c, e);
        return;
    default: {
        int saved = c->ctx;
        c->ctx = 0;
        each_child(e, st_expr_cb, c);
        c->ctx = saved;
        return;
    }
    }
}

static void st_body(SymCtx *c, NodeList *l) { each_list(l, st_stmt_cb, c); }

static void st_stmt(SymCtx *c, Node *s) {
    Parser *p = c->p;
    switch (s->kind) {
    case S_FUNCDEF: {
        add_def(p, c->cur, s->func.name, DEF_LOCAL, s->line, s->col);
        each_args(&s->func.args, st_expr_cb, c);
        each_list(&s->func.decorators, st_expr_cb, c);
        Scope *saved = c->cur;
        c->cur = new_scope(p, saved, SC_FUNC);
        st_params(c, c->cur, &s->func.args);
        st_body(c, &s->func.body);
        c->cur = saved;
        return;
    }
    case S_CLASSDEF: {
        add_def(p, c->cur, s->cls.name, DEF_LOCAL, s->line, s->col);
        each_list(&s->cls.bases, st_expr_cb, c);
        each_list(&s->cls.decorators, st_expr_cb, c);
        Scope *saved = c->cur;
        c->cur = new_scope(p, saved, SC_CLASS);
        st_body(c, &s->cls.body);
        c->cur = saved;
        return;
    }
    case S_DELETE:
        for (int i = 0; i < s->list.len; i++) st_expr_ctx(c, s->list.items[i], 2);
        return;
    case S_ASSIGN:
        for (int i = 0; i < s->assign.targets.len; i++) st_expr_ctx(c, s->assign.targets.items[i], 1);
        st_expr(c, s->assign.value);
        return;
    case S_AUGASSIGN:
        st_expr_ctx(c, s->aug.target, 1);
        st_expr(c, s->aug.value);
        return;
    case S_ANNASSIGN:
        if (s->ann.target->kind == E_NAME) {
            const char *name = s->ann.target->name;
            Sym *y = sym_lookup(c->cur, name);
            int cur = y ? y->flags : 0;
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && c->cur->kind != SC_MODULE)
                NERR(p, s, (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                               : "annotated name '%s' can't be nonlocal", name);
            add_def(p, c->cur, name, DEF_ANNOT | DEF_LOCAL, s->line, s->col);
        } else {
            st_expr_ctx(c, s->ann.target, 1);
        }
        if (s->ann.value) st_expr(c, s->ann.value);
        return;
    case S_FOR:
        st_expr_ctx(c, s->loop.target, 1);
        st_expr(c, s->loop.iter);
        st_body(c, &s->loop.body);
        st_body(c, &s->loop.orelse);
        return;
    case S_TRY:
        st_body(c, &s->try_.body);
        st_body(c, &s->try_.orelse);
        st_body(c, &s->try_.handlers);
        st_body(c, &s->try_.finalbody);
        return;
    case S_HANDLER:
        if (s->handler.type) st_expr(c, s->handler.type);
        if (s->handler.name) add_def(p, c->cur, s->handler.name, DEF_LOCAL, s->line, s->col);
        st_body(c, &s->handler.body);
        return;
    case S_IMPORT: case S_IMPORTFROM:
        for (int i = 0; i < s->import.names.len; i++) {
            Node *al = s->import.names.items[i];
            const char *nm = al->alias.asname;
            if (!nm) {
                const char *dot = strchr(al->alias.name, '.');
                nm = dot ? arena_strndup(p->scratch, al->alias.name, (size_t)(dot - al->alias.name)) : al->alias.name;
            }
            if (strcmp(nm, "*") != 0) add_def(p, c->cur, nm, DEF_IMPORT, al->line, al->col);
        }
        return;
    case S_GLOBAL: case S_NONLOCAL: {
        int g = s->kind == S_GLOBAL;
        for (int i = 0; i < s->names.nnames; i++) {
            const char *name = s->names.names[i];
            Sym *y = sym_lookup(c->cur, name);
            int cur = y ? y->flags : 0;
            if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
                const char *fmt;
                if (cur & DEF_PARAM) fmt = g ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
                else if (cur & DEF_USE) fmt = g ? "name '%s' is used prior to global declaration"
                                                : "name '%s' is used prior to nonlocal declaration";
                else if (cur & DEF_ANNOT) fmt = g ? "annotated name '%s' can't be global"
                                                  : "annotated name '%s' can't be nonlocal";
                else fmt = g ? "name '%s' is assigned to before global declaration"
                             : "name '%s' is assigned to before nonlocal declaration";
                NERR(p, s, fmt, name);
            }
            y = sym_get(p, c->cur, name);
            y->flags |= g ? DEF_GLOBAL : DEF_NONLOCAL;
            if (!y->dline) {
                y->dline = s->line;
                y->dcol = s->col;
            }
        }
        return;
    }
    default:
        each_child(s, st_any_cb, c);
        return;
    }
}

/* Is `name` bound in a function scope enclosing s (CPython's "bound" set)? */
static int find_binding(Scope *s, const char *name) {
    for (Scope *t = s->parent; t; t = t->parent) {
        if (t->kind == SC_MODULE) return 0;
        if (t->kind == SC_CLASS) {
            if (strcmp(name, "__class__") == 0) return 1; /* the implicit cell of methods */
            continue;
        }
        Sym *y = sym_lookup(t, name);
        if (!y) continue;
        if (y->flags & DEF_GLOBAL) return 0;
        if (y->flags & (DEF_NONLOCAL | DEF_LOCAL | DEF_PARAM | DEF_IMPORT | DEF_ANNOT)) return 1;
    }
    return 0;
}

static void analyze(Parser *p, Scope *s) {
    for (int i = 0; i < s->nsyms; i++) {
        Sym *y = &s->syms[i];
        if (y->flags & DEF_GLOBAL) {
            if (y->flags & DEF_NONLOCAL) SYNERR(p, y->dline, y->dcol, "name '%s' is nonlocal and global", y->name);
            continue;
        }
        if (y->flags & DEF_NONLOCAL) {
            if (s->kind == SC_MODULE) SYNERR(p, y->dline, y->dcol, "nonlocal declaration not allowed at module level");
            if (!find_binding(s, y->name)) SYNERR(p, y->dline, y->dcol, "no binding for nonlocal '%s' found", y->name);
        }
    }
    for (int i = 0; i < s->nkids; i++) analyze(p, s->kids[i]);
}

/* ---- compiler-phase checks ---------------------------------------------- */

typedef struct CCtx {
    Parser *p;
    int in_func, in_loop;
    int star_ok; /* the expression being visited may be a starred item */
} CCtx;

static void c_expr(CCtx *c, Node *e, int star_ok);
static void c_stmt(CCtx *c, Node *s);
static void c_body(CCtx *c, NodeList *l) {
    for (int i = 0; i < l->len; i++) c_stmt(c, l->items[i]);
}
static void c_expr_cb(void *ctx, Node *e) { c_expr(ctx, e, 0); }
static void c_star_cb(void *ctx, Node *e) { c_expr(ctx, e, 1); }

static void c_target(CCtx *c, Node *e, int top) {
    switch (e->kind) {
    case E_STARRED:
        if (top) NERR(c->p, e, "starred assignment target must be in a list or tuple");
        c_target(c, e->starred.value, 0);
        return;
    case E_TUPLE: case E_LIST: {
        int nstar = 0;
        for (int i = 0; i < e->list.len; i++) nstar += e->list.items[i]->kind == E_STARRED;
        if (nstar > 1) NERR(c->p, e, "multiple starred expressions in assignment");
        for (int i = 0; i < e->list.len; i++) c_target(c, e->list.items[i], 0);
        return;
    }
    case E_NAME:
        return;
    default:
        each_child(e, c_expr_cb, c);
        return;
    }
}

static void c_expr(CCtx *c, Node *e, int star_ok) {
    if (!e) return;
    switch (e->kind) {
    case E_STARRED:
        if (!star_ok) NERR(c->p, e, "can't use starred expression here");
        c_expr(c, e->starred.value, 0);
        return;
    case E_LIST: case E_TUPLE: case E_SET:
        each_list(&e->list, c_star_cb, c);
        return;
    case E_CALL: {
        c_expr(c, e->call.func, 0);
        each_list(&e->call.args, c_star_cb, c);
        NodeList *kw = &e->call.keywords;
        for (int i = 0; i < kw->len; i++) {
            const char *nm = kw->items[i]->keyword.name;
            if (nm)
                for (int j = 0; j < i; j++)
                    if (kw->items[j]->keyword.name && strcmp(kw->items[j]->keyword.name, nm) == 0)
                        NERR(c->p, kw->items[i], "keyword argument repeated: %s", nm);
            c_expr(c, kw->items[i]->keyword.value, 0);
        }
        return;
    }
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP:
        for (int i = 0; i < e->comp.generators.len; i++) {
            Node *g = e->comp.generators.items[i];
            c_expr(c, g->gen.iter, 0);
            c_target(c, g->gen.target, 1);
            each_list(&g->gen.ifs, c_expr_cb, c);
        }
        c_expr(c, e->comp.elt, 0);
        c_expr(c, e->comp.value, 0);
        return;
    default:
        each_child(e, c_expr_cb, c);
        return;
    }
}

static void c_stmt(CCtx *c, Node *s) {
    Parser *p = c->p;
    switch (s->kind) {
    case S_FUNCDEF: {
        each_list(&s->func.decorators, c_expr_cb, c);
        each_args(&s->func.args, c_expr_cb, c);
        CCtx in = {p, 1, 0, 0};
        c_body(&in, &s->func.body);
        return;
    }
    case S_CLASSDEF: {
        each_list(&s->cls.decorators, c_expr_cb, c);
        each_list(&s->cls.bases, c_star_cb, c);
        CCtx in = {p, 0, 0, 0};
        c_body(&in, &s->cls.body);
        return;
    }
    case S_RETURN:
        if (!c->in_func) NERR(p, s, "'return' outside function");
        c_expr(c, s->ret.value, 0);
        return;
    case S_BREAK:
        if (!c->in_loop) NERR(p, s, "'break' outside loop");
        return;
    case S_CONTINUE:
        if (!c->in_loop) NERR(p, s, "'continue' not properly in loop");
        return;
    case S_ASSIGN:
        c_expr(c, s->assign.value, 0);
        for (int i = 0; i < s->assign.targets.len; i++) c_target(c, s->assign.targets.items[i], 1);
        return;
    case S_FOR: {
        c_expr(c, s->loop.iter, 0);
        c_target(c, s->loop.target, 1);
        int saved = c->in_loop;
        c->in_loop = 1;
        c_body(c, &s->loop.body);
        c->in_loop = saved;
        c_body(c, &s->loop.orelse);
        return;
    }
    case S_WHILE: {
        c_expr(c, s->loop.test, 0);
        int saved = c->in_loop;
        c->in_loop = 1;
        c_body(c, &s->loop.body);
        c->in_loop = saved;
        c_body(c, &s->loop.orelse);
        return;
    }
    case S_IF:
        c_expr(c, s->if_.test, 0);
        c_body(c, &s->if_.body);
        c_body(c, &s->if_.orelse);
        return;
    case S_TRY:
        c_body(c, &s->try_.body);
        c_body(c, &s->try_.handlers);
        c_body(c, &s->try_.orelse);
        c_body(c, &s->try_.finalbody);
        return;
    case S_HANDLER:
        c_expr(c, s->handler.type, 0);
        c_body(c, &s->handler.body);
        return;
    default:
        each_child(s, c_expr_cb, c);
        return;
    }
}

/* ======================================================================== */
/* entry points                                                             */

static void parse_file(Parser *p, NodeList *body) {
    while (!check(p, T_ENDMARKER)) parse_statement(p, body);
}

static const char *const err_kind_names[] = {"SyntaxError", "IndentationError", "TabError"};

void parse_source(ParseResult *out, const char *filename, const char *src, size_t len) {
    memset(out, 0, sizeof *out);
    out->arena = arena_new();
    Arena *scratch = arena_new();
    Parser *p = arena_alloc(scratch, sizeof *p);
    jmp_buf *jb = arena_alloc(scratch, sizeof *jb);
    NodeList *body = arena_alloc(scratch, sizeof *body);
    p->arena = out->arena;
    p->scratch = scratch;
    p->jb = jb;
    p->filename = filename ? filename : "<string>";
    p->ldisj_start = p->ldisj_end = -1;
    if (setjmp(*jb) == 0) {
        char *text;
        size_t tlen;
        int line, col;
        if (lex_prepare(scratch, src ? src : "", src ? len : 0, &text, &tlen, p->err_msg, sizeof p->err_msg, &line,
                        &col) < 0) {
            p->err_kind = ERRK_SYNTAX;
            p->err_line = line;
            p->err_col = col;
            longjmp(*jb, 1);
        }
        if (tlen > 0xFFFFFFF0u) {
            p->err_kind = ERRK_SYNTAX;
            p->err_line = p->err_col = 1;
            snprintf(p->err_msg, sizeof p->err_msg, "source file too large");
            longjmp(*jb, 1);
        }
        p->ntoks = lex_tokenize(scratch, text, tlen, LEX_FILE, 1, 1, &p->toks);
        p->main_toks = p->toks;
        p->main_ntoks = p->ntoks;
        parse_file(p, body);
        check_depth(p, body);
        /* symbol-table errors */
        SymCtx sc = {p, new_scope(p, NULL, SC_MODULE), 0};
        Scope *module = sc.cur;
        for (int i = 0; i < body->len; i++) st_stmt(&sc, body->items[i]);
        analyze(p, module);
        /* compiler errors; 'yield' outside function was found while parsing */
        if (p->cerr_set) {
            /* report whichever compiler error comes first in the source */
            jmp_buf *inner = arena_alloc(scratch, sizeof *inner);
            p->jb = inner;
            if (setjmp(*inner) == 0) {
                CCtx cc = {p, 0, 0, 0};
                c_body(&cc, body);
            } else if (p->err_line < p->cerr_line || (p->err_line == p->cerr_line && p->err_col < p->cerr_col)) {
                p->jb = jb;
                longjmp(*jb, 1);
            }
            p->jb = jb;
            SYNERR(p, p->cerr_line, p->cerr_col, "%s", p->cerr_msg);
        }
        CCtx cc = {p, 0, 0, 0};
        c_body(&cc, body);
        if (p->unsup_set) {
            p->err_kind = ERRK_SYNTAX;
            p->err_line = p->unsup_line;
            p->err_col = p->unsup_col;
            snprintf(p->err_msg, sizeof p->err_msg, "%s", p->unsup_msg);
            longjmp(*jb, 1);
        }
        out->ok = 1;
        out->body = *body;
    } else {
        out->ok = 0;
        out->err_line = p->err_line;
        out->err_col = p->err_col;
        snprintf(out->error, sizeof out->error, "%s:%d:%d: %s: %s", p->filename, p->err_line, p->err_col,
                 err_kind_names[p->err_kind], p->err_msg);
    }
    free(p->main_toks);
    arena_free(scratch);
}

void parse_result_free(ParseResult *r) {
    if (!r) return;
    arena_free(r->arena);
    r->arena = NULL;
    memset(&r->body, 0, sizeof r->body);
}
