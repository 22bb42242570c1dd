/* ast_dump.c - S-expression dump of a syntax tree (debugging, unit tests).
 *
 * Format (stable; positions are not printed):
 *
 *   expressions
 *     (Name x)  (Int 42)  (Float 1.5) (floats as Python's repr)  (Str "a\n\"b\"")  (Const None|True|False|...)
 *     (FString part...)                 parts are Str and Formatted nodes
 *     (Formatted value [!r|!s|!a] [spec])   spec is an (FString ...)
 *     (BinOp + left right)              ops: + - * / // % ** << >> & | ^
 *     (Unary - x)                       ops: - + ~ not
 *     (BoolOp and a b ...) / (BoolOp or a b ...)
 *     (Compare a < b <= c)              ops: < <= == != > >= is "is not" in "not in"
 *     (IfExp test body orelse)
 *     (Lambda (Args ...) body)
 *     (Call func arg... kw...)          kw = (Keyword name value) or (Keyword ** value)
 *     (Attr value name)  (Subscript value index)  (Slice lower upper step)  (_ = absent)
 *     (Starred value)  (List ...)  (Tuple ...)  (Set ...)
 *     (Dict key:value ... **value ...)
 *     (ListComp elt gen...)  (SetComp elt gen...)  (DictComp key value gen...)
 *     gen = (for target iter [(if cond)...])
 *   statements
 *     (Expr value)  (Assign target... value)  (AugAssign target += value)
 *     (AnnAssign target [value])
 *     (If test (Body ...) [(Else ...)])   elif is an If alone in Else
 *     (While test (Body ...) [(Else ...)])  (For target iter (Body ...) [(Else ...)])
 *     (Break) (Continue) (Pass) (Return [value]) (Delete target...)
 *     (Global a b) (Nonlocal a b) (Assert test [msg]) (Raise [exc [from cause]])
 *     (Try (Body ...) (Handler type|_ name|_ (Body ...))... [(Else ...)] [(Finally ...)])
 *     (Def name [(Decorators ...)] (Args ...) (Body ...))
 *     (Class name [(Decorators ...)] [(Bases ...)] (Body ...))
 *     (Import (Alias a.b [asname])...)  (ImportFrom ..module (Alias name [asname])...)
 *   arguments
 *     (Args a b=default [*args | *] kwonly kwonly=default [**kwargs])
 *     ("/" is folded away: positional-only parameters appear as plain ones.)
 *
 * Items are separated by single spaces.  A NULL node prints as "_".
 */
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

typedef struct Out {
    char *d;
    size_t len, cap;
} Out;

static void put(Out *o, const char *s, size_t n) {
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 256;
        while (cap < o->len + n + 1) cap *= 2;
        char *d = realloc(o->d, cap);
        if (!d) {
            fputs("glassjit: out of memory in ast_dump\n", stderr);
            abort();
        }
        o->d = d;
        o->cap = cap;
    }
    memcpy(o->d + o->len, s, n);
    o->len += n;
    o->d[o->len] = 0;
}

static void puts_(Out *o, const char *s) { put(o, s, strlen(s)); }

static void putf(Out *o, const char *fmt, long long v) {
    char b[64];
    int n = snprintf(b, sizeof b, fmt, v);
    put(o, b, (size_t)n);
}

/* Python's repr(): shortest round-tripping digits, fixed notation for
 * exponents in [-4, 16), otherwise d.ddde+XX. */
static void put_float(Out *o, double d) {
    char e[64], b[400];
    if (d != d) {
        puts_(o, "nan");
        return;
    }
    if (d == 1.0 / 0.0 || d == -1.0 / 0.0) {
        puts_(o, d < 0 ? "-inf" : "inf");
        return;
    }
    int prec = 0;
    for (; prec < 17; prec++) {
        snprintf(e, sizeof e, "%.*e", prec, d);
        if (strtod(e, NULL) == d) break;
    }
    /* e is [-]D[.DDD]e(+|-)XX */
    const char *q = e;
    size_t k = 0;
    if (*q == '-') b[k++] = *q++;
    char digits[32];
    int nd = 0;
    for (; *q && *q != 'e'; q++)
        if (*q != '.') digits[nd++] = *q;
    int exp = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    if (exp >= -4 && exp < 16) {
        if (exp >= 0) {
            for (int i = 0; i <= exp; i++) b[k++] = i < nd ? digits[i] : '0';
            b[k++] = '.';
            if (nd > exp + 1)
                for (int i = exp + 1; i < nd; i++) b[k++] = digits[i];
            else
                b[k++] = '0';
        } else {
            b[k++] = '0';
            b[k++] = '.';
            for (int i = 0; i < -exp - 1; i++) b[k++] = '0';
            for (int i = 0; i < nd; i++) b[k++] = digits[i];
        }
        b[k] = 0;
    } else {
        b[k++] = digits[0];
        if (nd > 1) {
            b[k++] = '.';
            for (int i = 1; i < nd; i++) b[k++] = digits[i];
        }
        snprintf(b + k, sizeof b - k, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    puts_(o, b);
}

static void put_str(Out *o, const char *s, size_t n) {
    puts_(o, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char b[8];
        switch (c) {
        case '\n': puts_(o, "\\n"); break;
        case '\t': puts_(o, "\\t"); break;
        case '\r': puts_(o, "\\r"); break;
        case '\\': puts_(o, "\\\\"); break;
        case '"': puts_(o, "\\\""); break;
        default:
            if (c < 0x20 || c == 0x7F) {
                snprintf(b, sizeof b, "\\x%02x", c);
                puts_(o, b);
            } else {
                put(o, (const char *)&c, 1);
            }
        }
    }
    puts_(o, "\"");
}

static const char *binop_name(int op) {
    switch (op) {
    case BINOP_ADD: return "+";
    case BINOP_SUB: return "-";
    case BINOP_MUL: return "*";
    case BINOP_TRUEDIV: return "/";
    case BINOP_FLOORDIV: return "//";
    case BINOP_MOD: return "%";
    case BINOP_POW: return "**";
    case BINOP_LSHIFT: return "<<";
    case BINOP_RSHIFT: return ">>";
    case BINOP_AND: return "&";
    case BINOP_OR: return "|";
    case BINOP_XOR: return "^";
    }
    return "?";
}

static const char *cmp_name(int op) {
    static const char *const names[] = {"<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"};
    return op >= 0 && op < 10 ? names[op] : "?";
}

static void dump(Out *o, const Node *n);

static void dump_list(Out *o, const NodeList *l) {
    for (int i = 0; i < l->len; i++) {
        puts_(o, " ");
        dump(o, l->items[i]);
    }
}

static void dump_block(Out *o, const char *tag, const NodeList *l, int always) {
    if (!l->len && !always) return;
    puts_(o, " (");
    puts_(o, tag);
    dump_list(o, l);
    puts_(o, ")");
}

static void dump_args(Out *o, const Arguments *a) {
    puts_(o, "(Args");
    for (int i = 0; i < a->nposargs; i++) {
        puts_(o, " ");
        puts_(o, a->posargs[i].name);
        int d = i - (a->nposargs - a->ndefaults);
        if (d >= 0 && a->defaults) {
            puts_(o, "=");
            dump(o, a->defaults[d]);
        }
    }
    if (a->vararg) {
        puts_(o, " *");
        puts_(o, a->vararg);
    } else if (a->nkwonly) {
        puts_(o, " *");
    }
    for (int i = 0; i < a->nkwonly; i++) {
        puts_(o, " ");
        puts_(o, a->kwonly[i].name);
        if (a->kwdefaults && a->kwdefaults[i]) {
            puts_(o, "=");
            dump(o, a->kwdefaults[i]);
        }
    }
    if (a->kwarg) {
        puts_(o, " **");
        puts_(o, a->kwarg);
    }
    puts_(o, ")");
}

static void dump(Out *o, const Node *n) {
    if (!n) {
        puts_(o, "_");
        return;
    }
    switch (n->kind) {
    case E_NAME: puts_(o, "(Name "); puts_(o, n->name); puts_(o, ")"); return;
    case E_INT: putf(o, "(Int %lld)", (long long)n->ival); return;
    case E_FLOAT: puts_(o, "(Float "); put_float(o, n->fval); puts_(o, ")"); return;
    case E_STR: puts_(o, "(Str "); put_str(o, n->str, n->slen); puts_(o, ")"); return;
    case E_CONST: {
        static const char *const c[] = {"None", "True", "False", "..."};
        puts_(o, "(Const ");
        puts_(o, n->cval >= 0 && n->cval < 4 ? c[n->cval] : "?");
        puts_(o, ")");
        return;
    }
    case E_FSTRING: puts_(o, "(FString"); dump_list(o, &n->list); puts_(o, ")"); return;
    case E_FORMATTED:
        puts_(o, "(Formatted ");
        dump(o, n->fmt.value);
        if (n->fmt.conversion) {
            char b[4] = {' ', '!', (char)n->fmt.conversion, 0};
            puts_(o, b);
        }
        if (n->fmt.spec) {
            puts_(o, " ");
            dump(o, n->fmt.spec);
        }
        puts_(o, ")");
        return;
    case E_BINOP:
        puts_(o, "(BinOp ");
        puts_(o, binop_name(n->bin.op));
        puts_(o, " ");
        dump(o, n->bin.left);
        puts_(o, " ");
        dump(o, n->bin.right);
        puts_(o, ")");
        return;
    case E_UNARY: {
        static const char *const u[] = {"-", "+", "~", "not"};
        puts_(o, "(Unary ");
        puts_(o, n->unary.op >= 0 && n->unary.op < 4 ? u[n->unary.op] : "?");
        puts_(o, " ");
        dump(o, n->unary.operand);
        puts_(o, ")");
        return;
    }
    case E_BOOLOP:
        puts_(o, n->boolop.is_or ? "(BoolOp or" : "(BoolOp and");
        dump_list(o, &n->boolop.values);
        puts_(o, ")");
        return;
    case E_COMPARE:
        puts_(o, "(Compare ");
        dump(o, n->cmp.left);
        for (int i = 0; i < n->cmp.comparators.len; i++) {
            puts_(o, " ");
            puts_(o, cmp_name(n->cmp.ops[i]));
            puts_(o, " ");
            dump(o, n->cmp.comparators.items[i]);
        }
        puts_(o, ")");
        return;
    case E_IFEXP:
        puts_(o, "(IfExp ");
        dump(o, n->ifexp.test);
        puts_(o, " ");
        dump(o, n->ifexp.body);
        puts_(o, " ");
        dump(o, n->ifexp.orelse);
        puts_(o, ")");
        return;
    case E_LAMBDA:
        puts_(o, "(Lambda ");
        dump_args(o, &n->func.args);
        puts_(o, " ");
        dump(o, n->func.body_expr);
        puts_(o, ")");
        return;
    case E_CALL:
        puts_(o, "(Call ");
        dump(o, n->call.func);
        dump_list(o, &n->call.args);
        dump_list(o, &n->call.keywords);
        puts_(o, ")");
        return;
    case E_KEYWORD:
        puts_(o, "(Keyword ");
        puts_(o, n->keyword.name ? n->keyword.name : "**");
        puts_(o, " ");
        dump(o, n->keyword.value);
        puts_(o, ")");
        return;
    case E_ATTR:
        puts_(o, "(Attr ");
        dump(o, n->attr.value);
        puts_(o, " ");
        puts_(o, n->attr.name);
        puts_(o, ")");
        return;
    case E_SUBSCRIPT:
        puts_(o, "(Subscript ");
        dump(o, n->subscript.value);
        puts_(o, " ");
        dump(o, n->subscript.index);
        puts_(o, ")");
        return;
    case E_SLICE:
        puts_(o, "(Slice ");
        dump(o, n->slice.lower);
        puts_(o, " ");
        dump(o, n->slice.upper);
        puts_(o, " ");
        dump(o, n->slice.step);
        puts_(o, ")");
        return;
    case E_STARRED: puts_(o, "(Starred "); dump(o, n->starred.value); puts_(o, ")"); return;
    case E_LIST: puts_(o, "(List"); dump_list(o, &n->list); puts_(o, ")"); return;
    case E_TUPLE: puts_(o, "(Tuple"); dump_list(o, &n->list); puts_(o, ")"); return;
    case E_SET: puts_(o, "(Set"); dump_list(o, &n->list); puts_(o, ")"); return;
    case E_DICT:
        puts_(o, "(Dict");
        for (int i = 0; i < n->dict.values.len; i++) {
            puts_(o, " ");
            if (n->dict.keys.items[i]) {
                dump(o, n->dict.keys.items[i]);
                puts_(o, ":");
            } else {
                puts_(o, "**");
            }
            dump(o, n->dict.values.items[i]);
        }
        puts_(o, ")");
        return;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP:
        puts_(o, n->kind == E_LISTCOMP ? "(ListComp " : n->kind == E_SETCOMP ? "(SetComp " : "(DictComp ");
        dump(o, n->comp.elt);
        if (n->kind == E_DICTCOMP) {
            puts_(o, " ");
            dump(o, n->comp.value);
        }
        dump_list(o, &n->comp.generators);
        puts_(o, ")");
        return;
    case E_COMPREHENSION:
        puts_(o, "(for ");
        dump(o, n->gen.target);
        puts_(o, " ");
        dump(o, n->gen.iter);
        for (int i = 0; i < n->gen.ifs.len; i++) {
            puts_(o, " (if ");
            dump(o, n->gen.ifs.items[i]);
            puts_(o, ")");
        }
        puts_(o, ")");
        return;
    case S_EXPR: puts_(o, "(Expr "); dump(o, n->expr.value); puts_(o, ")"); return;
    case S_ASSIGN:
        puts_(o, "(Assign");
        dump_list(o, &n->assign.targets);
        puts_(o, " ");
        dump(o, n->assign.value);
        puts_(o, ")");
        return;
    case S_AUGASSIGN:
        puts_(o, "(AugAssign ");
        dump(o, n->aug.target);
        puts_(o, " ");
        puts_(o, binop_name(n->aug.op));
        puts_(o, "= ");
        dump(o, n->aug.value);
        puts_(o, ")");
        return;
    case S_ANNASSIGN:
        puts_(o, "(AnnAssign ");
        dump(o, n->ann.target);
        if (n->ann.value) {
            puts_(o, " ");
            dump(o, n->ann.value);
        }
        puts_(o, ")");
        return;
    case S_IF:
        puts_(o, "(If ");
        dump(o, n->if_.test);
        dump_block(o, "Body", &n->if_.body, 1);
        dump_block(o, "Else", &n->if_.orelse, 0);
        puts_(o, ")");
        return;
    case S_WHILE:
        puts_(o, "(While ");
        dump(o, n->loop.test);
        dump_block(o, "Body", &n->loop.body, 1);
        dump_block(o, "Else", &n->loop.orelse, 0);
        puts_(o, ")");
        return;
    case S_FOR:
        puts_(o, "(For ");
        dump(o, n->loop.target);
        puts_(o, " ");
        dump(o, n->loop.iter);
        dump_block(o, "Body", &n->loop.body, 1);
        dump_block(o, "Else", &n->loop.orelse, 0);
        puts_(o, ")");
        return;
    case S_BREAK: puts_(o, "(Break)"); return;
    case S_CONTINUE: puts_(o, "(Continue)"); return;
    case S_PASS: puts_(o, "(Pass)"); return;
    case S_RETURN:
        puts_(o, "(Return");
        if (n->ret.value) {
            puts_(o, " ");
            dump(o, n->ret.value);
        }
        puts_(o, ")");
        return;
    case S_DELETE: puts_(o, "(Delete"); dump_list(o, &n->list); puts_(o, ")"); return;
    case S_GLOBAL: case S_NONLOCAL:
        puts_(o, n->kind == S_GLOBAL ? "(Global" : "(Nonlocal");
        for (int i = 0; i < n->names.nnames; i++) {
            puts_(o, " ");
            puts_(o, n->names.names[i]);
        }
        puts_(o, ")");
        return;
    case S_ASSERT:
        puts_(o, "(Assert ");
        dump(o, n->assert_.test);
        if (n->assert_.msg) {
            puts_(o, " ");
            dump(o, n->assert_.msg);
        }
        puts_(o, ")");
        return;
    case S_RAISE:
        puts_(o, "(Raise");
        if (n->raise.exc) {
            puts_(o, " ");
            dump(o, n->raise.exc);
            if (n->raise.cause) {
                puts_(o, " from ");
                dump(o, n->raise.cause);
            }
        }
        puts_(o, ")");
        return;
    case S_TRY:
        puts_(o, "(Try");
        dump_block(o, "Body", &n->try_.body, 1);
        dump_list(o, &n->try_.handlers);
        dump_block(o, "Else", &n->try_.orelse, 0);
        dump_block(o, "Finally", &n->try_.finalbody, 0);
        puts_(o, ")");
        return;
    case S_HANDLER:
        puts_(o, "(Handler ");
        dump(o, n->handler.type);
        puts_(o, " ");
        puts_(o, n->handler.name ? n->handler.name : "_");
        dump_block(o, "Body", &n->handler.body, 1);
        puts_(o, ")");
        return;
    case S_FUNCDEF:
        puts_(o, "(Def ");
        puts_(o, n->func.name);
        dump_block(o, "Decorators", &n->func.decorators, 0);
        puts_(o, " ");
        dump_args(o, &n->func.args);
        dump_block(o, "Body", &n->func.body, 1);
        puts_(o, ")");
        return;
    case S_CLASSDEF:
        puts_(o, "(Class ");
        puts_(o, n->cls.name);
        dump_block(o, "Decorators", &n->cls.decorators, 0);
        dump_block(o, "Bases", &n->cls.bases, 0);
        dump_block(o, "Body", &n->cls.body, 1);
        puts_(o, ")");
        return;
    case S_IMPORT:
        puts_(o, "(Import");
        dump_list(o, &n->import.names);
        puts_(o, ")");
        return;
    case S_IMPORTFROM:
        puts_(o, "(ImportFrom ");
        for (int i = 0; i < n->import.level; i++) puts_(o, ".");
        if (n->import.module) puts_(o, n->import.module);
        dump_list(o, &n->import.names);
        puts_(o, ")");
        return;
    case S_ALIAS:
        puts_(o, "(Alias ");
        puts_(o, n->alias.name);
        if (n->alias.asname) {
            puts_(o, " ");
            puts_(o, n->alias.asname);
        }
        puts_(o, ")");
        return;
    case NODE__COUNT:
        break;
    }
    puts_(o, "(?)");
}

void ast_dump(const Node *n, char **buf, size_t *len) {
    Out o = {0};
    dump(&o, n);
    size_t old = *buf ? *len : 0;
    char *d = realloc(*buf, old + o.len + 1);
    if (!d) {
        fputs("glassjit: out of memory in ast_dump\n", stderr);
        abort();
    }
    memcpy(d + old, o.d ? o.d : "", o.len + 1);
    free(o.d);
    *buf = d;
    *len = old + o.len;
}
