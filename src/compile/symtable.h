/* symtable.h - scope analysis: which names are local, cell, free or global.
 *
 * One Scope per module, function, lambda, comprehension and class body.  The
 * first pass records how each scope binds and uses names; resolution then
 * decides where each name lives, following CPython's rules (class scopes are
 * invisible to nested functions; a name bound in an enclosing function and
 * used in a nested one becomes a cell there and a free variable here). */
#ifndef GJ_SYMTABLE_H
#define GJ_SYMTABLE_H

#include "../front/ast.h"
#include "hindex.h"

enum ScopeKind { SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_CLASS };

/* symbol flags */
#define SYM_ASSIGNED 1
#define SYM_PARAM 2
#define SYM_USED 4
#define SYM_GLOBAL_DECL 8
#define SYM_NONLOCAL_DECL 16
#define SYM_DELETED 32

/* resolved placement */
enum SymWhere { WHERE_GLOBAL, WHERE_LOCAL, WHERE_CELL, WHERE_FREE, WHERE_NAME };

typedef struct Symbol {
    const char *name;
    int flags;
    enum SymWhere where;
    int line, col; /* first declaration, for errors */
} Symbol;

typedef struct Scope {
    enum ScopeKind kind;
    const char *name;
    const Node *node;        /* S_FUNCDEF, E_LAMBDA, comprehension, S_CLASSDEF or NULL */
    struct Scope *parent;
    struct Scope **children; int nchildren, capchildren;
    HIndex child_index;      /* children by node */
    Symbol *syms; int nsyms, capsyms;
    HIndex sym_index;        /* syms by name */
    int needs_class_cell;    /* class: some method uses super() / __class__ */
    const char **params; int nparams; /* functions: parameter names in slot order */
} Scope;

typedef struct SymTable {
    Scope *top;
    Arena *arena;
    char error[512];
} SymTable;

/* Builds and resolves the scopes of a module.  Returns 0, or -1 with an
 * error "FILE:LINE:COL: SyntaxError: ..." in st->error. */
int symtable_build(SymTable *st, const NodeList *module, const char *filename);
void symtable_free(SymTable *st);
Symbol *scope_lookup(Scope *s, const char *name);
/* The child scope made for node n (S_FUNCDEF, E_LAMBDA, comprehension or
 * S_CLASSDEF), or NULL. */
Scope *scope_child(Scope *s, const Node *n);

#endif
