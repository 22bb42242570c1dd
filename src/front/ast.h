/* ast.h - the syntax tree shared by the parser and the compiler.
 *
 * Nodes live in an Arena owned by the parse result and die with it; the tree
 * holds no Values, so parsing never touches the garbage-collected heap.
 * Positions: line is 1-based, col is 1-based (in code points), end_* point just
 * past the node.
 */
#ifndef GJ_AST_H
#define GJ_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct Arena Arena;
Arena *arena_new(void);
void *arena_alloc(Arena *a, size_t n); /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_free(Arena *a);

typedef struct Node Node;
typedef struct NodeList { Node **items; int len, cap; } NodeList;
void nodelist_push(Arena *a, NodeList *l, Node *n);

typedef enum NodeKind {
    /* expressions */
    E_NAME,       /* name */
    E_INT,        /* ival */
    E_FLOAT,      /* fval */
    E_STR,        /* str (UTF-8, slen bytes, may contain NUL) */
    E_CONST,      /* cval: CONST_NONE / CONST_TRUE / CONST_FALSE / CONST_ELLIPSIS */
    E_FSTRING,    /* list: parts, each E_STR or E_FORMATTED */
    E_FORMATTED,  /* fmt.value, fmt.conversion ('r','s','a' or 0), fmt.spec (E_FSTRING or NULL) */
    E_BINOP,      /* bin.left, bin.op (BINOP_*), bin.right */
    E_UNARY,      /* unary.op (UNOP_*), unary.operand */
    E_BOOLOP,     /* boolop.is_or, boolop.values (>= 2) */
    E_COMPARE,    /* cmp.left, cmp.ops[] (CMPX_*), cmp.comparators (same count) */
    E_IFEXP,      /* ifexp.test, ifexp.body, ifexp.orelse */
    E_LAMBDA,     /* func (args + body is a single expression in func.body_expr) */
    E_CALL,       /* call.func, call.args (may hold E_STARRED), call.keywords (E_KEYWORD) */
    E_KEYWORD,    /* keyword.name (NULL for **expr), keyword.value */
    E_ATTR,       /* attr.value, attr.name */
    E_SUBSCRIPT,  /* subscript.value, subscript.index (may be E_SLICE or E_TUPLE) */
    E_SLICE,      /* slice.lower, slice.upper, slice.step (each may be NULL) */
    E_STARRED,    /* starred.value */
    E_LIST,       /* list */
    E_TUPLE,      /* list */
    E_SET,        /* list */
    E_DICT,       /* dict.keys (NULL entry means **value), dict.values */
    E_LISTCOMP,   /* comp.elt, comp.generators (E_COMPREHENSION) */
    E_SETCOMP,    /* comp.elt, comp.generators */
    E_DICTCOMP,   /* comp.elt (key), comp.value, comp.generators */
    E_COMPREHENSION, /* gen.target, gen.iter, gen.ifs */
    /* statements */
    S_EXPR,       /* expr.value */
    S_ASSIGN,     /* assign.targets (>= 1; a = b = c has 2), assign.value */
    S_AUGASSIGN,  /* aug.target, aug.op (BINOP_*), aug.value */
    S_ANNASSIGN,  /* ann.target, ann.value (may be NULL); the annotation is parsed and dropped */
    S_IF,         /* if_.test, if_.body, if_.orelse (elif is a nested S_IF alone in orelse) */
    S_WHILE,      /* loop.test, loop.body, loop.orelse */
    S_FOR,        /* loop.target, loop.iter, loop.body, loop.orelse */
    S_BREAK, S_CONTINUE, S_PASS,
    S_RETURN,     /* ret.value (may be NULL) */
    S_DELETE,     /* list: targets */
    S_GLOBAL,     /* names */
    S_NONLOCAL,   /* names */
    S_ASSERT,     /* assert_.test, assert_.msg (may be NULL) */
    S_RAISE,      /* raise.exc (NULL: bare raise), raise.cause (may be NULL) */
    S_TRY,        /* try_.body, try_.handlers (S_HANDLER), try_.orelse, try_.finalbody */
    S_HANDLER,    /* handler.type (NULL: bare except), handler.name (may be NULL), handler.body */
    S_FUNCDEF,    /* func */
    S_CLASSDEF,   /* cls */
    S_IMPORT,     /* import.names (S_ALIAS) */
    S_IMPORTFROM, /* import.module (dotted, may be NULL when level > 0), import.names, import.level */
    S_ALIAS,      /* alias.name (dotted for import), alias.asname (may be NULL) */
    NODE__COUNT
} NodeKind;

enum { CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS };
/* Comparison operators in E_COMPARE: the first six equal CMP_* of object.h. */
enum { CMPX_LT, CMPX_LE, CMPX_EQ, CMPX_NE, CMPX_GT, CMPX_GE, CMPX_IS, CMPX_IS_NOT, CMPX_IN, CMPX_NOT_IN };

typedef struct Arg { const char *name; Node *annotation_dropped; int line, col; } Arg;
typedef struct Arguments {
    Arg *posargs; int nposargs;          /* positional-or-keyword (positional-only '/' folded in) */
    Node **defaults; int ndefaults;      /* for the last ndefaults posargs */
    const char *vararg;                  /* *args name or NULL */
    Arg *kwonly; int nkwonly;
    Node **kwdefaults;                   /* nkwonly entries, NULL where no default */
    const char *kwarg;                   /* **kwargs name or NULL */
    int vararg_line, vararg_col;         /* position of the *args name (0 if none) */
    int kwarg_line, kwarg_col;           /* position of the **kwargs name (0 if none) */
} Arguments;

struct Node {
    NodeKind kind;
    int line, col, end_line, end_col;
    union {
        const char *name;                                   /* E_NAME */
        int64_t ival;                                       /* E_INT */
        double fval;                                        /* E_FLOAT */
        struct { const char *str; size_t slen; };           /* E_STR */
        int cval;                                           /* E_CONST */
        NodeList list;                                      /* E_FSTRING, E_LIST, E_TUPLE, E_SET, S_DELETE */
        struct { Node *value; int conversion; Node *spec; } fmt;
        struct { Node *left; int op; Node *right; } bin;
        struct { int op; Node *operand; } unary;
        struct { int is_or; NodeList values; } boolop;
        struct { Node *left; int *ops; NodeList comparators; } cmp;
        struct { Node *test, *body, *orelse; } ifexp;
        struct { Node *func; NodeList args, keywords; } call;
        struct { const char *name; Node *value; } keyword;
        struct { Node *value; const char *name; } attr;
        struct { Node *value, *index; } subscript;
        struct { Node *lower, *upper, *step; } slice;
        struct { Node *value; } starred;
        struct { NodeList keys, values; } dict;
        struct { Node *elt, *value; NodeList generators; } comp;
        struct { Node *target, *iter; NodeList ifs; } gen;
        struct { Node *value; } expr;
        struct { NodeList targets; Node *value; } assign;
        struct { Node *target; int op; Node *value; } aug;
        struct { Node *target, *value; } ann;
        struct { Node *test; NodeList body, orelse; } if_;
        struct { Node *target, *iter, *test; NodeList body, orelse; } loop;
        struct { Node *value; } ret;
        struct { const char **names; int nnames; } names;   /* S_GLOBAL, S_NONLOCAL */
        struct { Node *test, *msg; } assert_;
        struct { Node *exc, *cause; } raise;
        struct { NodeList body, handlers, orelse, finalbody; } try_;
        struct { Node *type; const char *name; NodeList body; } handler;
        struct {
            const char *name;     /* "<lambda>" for lambdas */
            Arguments args;
            NodeList body;        /* statements (S_FUNCDEF) */
            Node *body_expr;      /* E_LAMBDA */
            NodeList decorators;
        } func;
        struct {
            const char *name;
            NodeList bases;       /* at most one supported; the parser rejects more */
            NodeList body;
            NodeList decorators;
        } cls;
        struct { NodeList names; const char *module; int level; } import;
        struct { const char *name, *asname; } alias;
    };
};

/* Parse result.  On error, module is NULL and error holds
 * "FILE:LINE:COL: SyntaxError: message" (or IndentationError), ready to print. */
typedef struct ParseResult {
    Arena *arena;
    NodeList body;  /* module statements */
    int ok;
    char error[512];
    int err_line, err_col;
} ParseResult;

/* Parses UTF-8 source; filename is used in error messages.  Always call
 * parse_result_free.  Constructs outside glassjit's subset produce
 * "FILE:LINE:COL: SyntaxError: <feature> is not supported by glassjit". */
void parse_source(ParseResult *out, const char *filename, const char *src, size_t len);
void parse_result_free(ParseResult *r);

/* Debug aid used by unit tests: S-expression dump of a tree. */
void ast_dump(const Node *n, char **buf, size_t *len); /* appends to a malloc'd buffer */

#endif
