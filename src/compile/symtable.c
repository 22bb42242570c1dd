/* symtable.c - see symtable.h. */
#include "symtable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Builder {
    SymTable *st;
    const char *filename;
    int failed;
} Builder;

static void fail(Builder *b, int line, int col, const char *fmt, const char *name) {
    if (b->failed) return;
    b->failed = 1;
    char msg[256];
    snprintf(msg, sizeof msg, fmt, name);
    snprintf(b->st->error, sizeof b->st->error, "%s:%d:%d: SyntaxError: %s", b->filename, line, col, msg);
}

static bool sym_name_eq(const void *items, int32_t pos, const void *key) {
    return !strcmp(((const Symbol *)items)[pos].name, key);
}

static Symbol *find_sym(Scope *s, const char *name, uint32_t hash) {
    int32_t i = hindex_find(&s->sym_index, hash, sym_name_eq, s->syms, name);
    return i < 0 ? NULL : &s->syms[i];
}

Symbol *scope_lookup(Scope *s, const char *name) { return find_sym(s, name, hindex_hash_cstr(name)); }

static bool child_node_eq(const void *items, int32_t pos, const void *key) {
    return ((Scope *const *)items)[pos]->node == key;
}

Scope *scope_child(Scope *s, const Node *n) {
    int32_t i = hindex_find(&s->child_index, hindex_hash_u64((uint64_t)(uintptr_t)n), child_node_eq, s->children, n);
    return i < 0 ? NULL : s->children[i];
}

static Symbol *add_sym(Scope *s, const char *name, int flags, int line, int col) {
    uint32_t hash = hindex_hash_cstr(name);
    Symbol *sym = find_sym(s, name, hash);
    if (!sym) {
        if (s->nsyms == s->capsyms) {
            s->capsyms = s->capsyms ? s->capsyms * 2 : 16;
            s->syms = realloc(s->syms, sizeof(Symbol) * (size_t)s->capsyms);
        }
        hindex_add(&s->sym_index, hash, s->nsyms);
        sym = &s->syms[s->nsyms++];
        memset(sym, 0, sizeof *sym);
        sym->name = name;
        sym->line = line;
        sym->col = col;
    }
    sym->flags |= flags;
    return sym;
}

static Scope *new_scope(Builder *b, enum ScopeKind kind, const char *name, const Node *node, Scope *parent) {
    Scope *s = arena_alloc(b->st->arena, sizeof(Scope));
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = parent;
    if (parent) {
        if (parent->nchildren == parent->capchildren) {
            parent->capchildren = parent->capchildren ? parent->capchildren * 2 : 4;
            parent->children = realloc(parent->children, sizeof(Scope *) * (size_t)parent->capchildren);
        }
        /* the first child made for a node is the one scope_child() finds */
        if (!scope_child(parent, node))
            hindex_add(&parent->child_index, hindex_hash_u64((uint64_t)(uintptr_t)node), parent->nchildren);
        parent->children[parent->nchildren++] = s;
    }
    return s;
}

static void visit_expr(Builder *b, Scope *s, const Node *e);
static void visit_stmts(Builder *b, Scope *s, const NodeList *l);

static void visit_exprs(Builder *b, Scope *s, const NodeList *l) {
    for (int i = 0; i < l->len; i++) visit_expr(b, s, l->items[i]);
}

static void bind_target(Builder *b, Scope *s, const Node *t, int flag) {
    switch (t->kind) {
    case E_NAME: add_sym(s, t->name, flag, t->line, t->col); break;
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < t->list.len; i++) bind_target(b, s, t->list.items[i], flag);
        break;
    case E_STARRED: bind_target(b, s, t->starred.value, flag); break;
    default: visit_expr(b, s, t); break; /* attribute / subscript targets only use names */
    }
}

static void add_param(Scope *s, Arena *a, const char *name, int line, int col) {
    add_sym(s, name, SYM_PARAM | SYM_ASSIGNED, line, col);
    const char **np = arena_alloc(a, sizeof(char *) * (size_t)(s->nparams + 1));
    if (s->nparams) memcpy(np, s->params, sizeof(char *) * (size_t)s->nparams);
    np[s->nparams++] = name;
    s->params = np;
}

/* Functions and lambdas: defaults and decorators belong to the enclosing
 * scope, the body to a new one. */
static void visit_function(Builder *b, Scope *s, const Node *fn) {
    const Arguments *a = &fn->func.args;
    visit_exprs(b, s, &fn->func.decorators);
    Scope *f = new_scope(b, SCOPE_FUNCTION, fn->func.name, fn, s);
    for (int i = 0; i < a->nposargs; i++) add_param(f, b->st->arena, a->posargs[i].name, a->posargs[i].line, a->posargs[i].col);
    for (int i = 0; i < a->nkwonly; i++) add_param(f, b->st->arena, a->kwonly[i].name, a->kwonly[i].line, a->kwonly[i].col);
    if (a->vararg) add_param(f, b->st->arena, a->vararg, fn->line, fn->col);
    if (a->kwarg) add_param(f, b->st->arena, a->kwarg, fn->line, fn->col);
    if (fn->kind == E_LAMBDA) visit_expr(b, f, fn->func.body_expr);
    else visit_stmts(b, f, &fn->func.body);
    /* defaults are evaluated in the enclosing scope, after the body is compiled */
    for (int i = 0; i < a->ndefaults; i++) visit_expr(b, s, a->defaults[i]);
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kwdefaults && a->kwdefaults[i]) visit_expr(b, s, a->kwdefaults[i]);
}

/* Comprehensions are functions taking the first iterator as ".0". */
static void visit_comprehension(Builder *b, Scope *s, const Node *e) {
    const NodeList *gens = &e->comp.generators;
    const char *name = e->kind == E_LISTCOMP ? "<listcomp>" : e->kind == E_SETCOMP ? "<setcomp>" : "<dictcomp>";
    Scope *f = new_scope(b, SCOPE_FUNCTION, name, e, s);
    add_param(f, b->st->arena, ".0", e->line, e->col);
    for (int i = 0; i < gens->len; i++) {
        const Node *g = gens->items[i];
        if (i > 0) visit_expr(b, f, g->gen.iter);
        bind_target(b, f, g->gen.target, SYM_ASSIGNED);
        visit_exprs(b, f, &g->gen.ifs);
    }
    visit_expr(b, f, e->comp.elt);
    if (e->comp.value) visit_expr(b, f, e->comp.value);
    visit_expr(b, s, gens->items[0]->gen.iter); /* evaluated by the caller, after MAKE_FUNCTION */
}

static void visit_expr(Builder *b, Scope *s, const Node *e) {
    if (!e) return;
    switch (e->kind) {
    case E_NAME:
        add_sym(s, e->name, SYM_USED, e->line, e->col);
        /* super() in a method needs the class cell */
        if (!strcmp(e->name, "super") || !strcmp(e->name, "__class__")) {
            if (s->kind == SCOPE_FUNCTION && s->parent && s->parent->kind == SCOPE_CLASS)
                add_sym(s, "__class__", SYM_USED, e->line, e->col);
        }
        break;
    case E_INT: case E_FLOAT: case E_STR: case E_CONST: break;
    case E_FSTRING: visit_exprs(b, s, &e->list); break;
    case E_FORMATTED: visit_expr(b, s, e->fmt.value); visit_expr(b, s, e->fmt.spec); break;
    case E_BINOP: visit_expr(b, s, e->bin.left); visit_expr(b, s, e->bin.right); break;
    case E_UNARY: visit_expr(b, s, e->unary.operand); break;
    case E_BOOLOP: visit_exprs(b, s, &e->boolop.values); break;
    case E_COMPARE: visit_expr(b, s, e->cmp.left); visit_exprs(b, s, &e->cmp.comparators); break;
    case E_IFEXP: visit_expr(b, s, e->ifexp.test); visit_expr(b, s, e->ifexp.body); visit_expr(b, s, e->ifexp.orelse); break;
    case E_LAMBDA: visit_function(b, s, e); break;
    case E_CALL: visit_expr(b, s, e->call.func); visit_exprs(b, s, &e->call.args); visit_exprs(b, s, &e->call.keywords); break;
    case E_KEYWORD: visit_expr(b, s, e->keyword.value); break;
    case E_ATTR: visit_expr(b, s, e->attr.value); break;
    case E_SUBSCRIPT: visit_expr(b, s, e->subscript.value); visit_expr(b, s, e->subscript.index); break;
    case E_SLICE: visit_expr(b, s, e->slice.lower); visit_expr(b, s, e->slice.upper); visit_expr(b, s, e->slice.step); break;
    case E_STARRED: visit_expr(b, s, e->starred.value); break;
    case E_LIST: case E_TUPLE: case E_SET: visit_exprs(b, s, &e->list); break;
    case E_DICT:
        for (int i = 0; i < e->dict.keys.len; i++) visit_expr(b, s, e->dict.keys.items[i]);
        visit_exprs(b, s, &e->dict.values);
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: visit_comprehension(b, s, e); break;
    default: break;
    }
}

static void visit_stmt(Builder *b, Scope *s, const Node *st) {
    switch (st->kind) {
    case S_EXPR: visit_expr(b, s, st->expr.value); break;
    case S_ASSIGN:
        visit_expr(b, s, st->assign.value);
        for (int i = 0; i < st->assign.targets.len; i++) bind_target(b, s, st->assign.targets.items[i], SYM_ASSIGNED);
        break;
    case S_AUGASSIGN:
        visit_expr(b, s, st->aug.value);
        if (st->aug.target->kind == E_NAME) add_sym(s, st->aug.target->name, SYM_ASSIGNED | SYM_USED, st->line, st->col);
        else visit_expr(b, s, st->aug.target);
        break;
    case S_ANNASSIGN:
        if (st->ann.value) {
            visit_expr(b, s, st->ann.value);
            bind_target(b, s, st->ann.target, SYM_ASSIGNED);
        } else if (st->ann.target->kind != E_NAME) {
            visit_expr(b, s, st->ann.target);
        }
        break;
    case S_IF: visit_expr(b, s, st->if_.test); visit_stmts(b, s, &st->if_.body); visit_stmts(b, s, &st->if_.orelse); break;
    case S_WHILE: visit_expr(b, s, st->loop.test); visit_stmts(b, s, &st->loop.body); visit_stmts(b, s, &st->loop.orelse); break;
    case S_FOR:
        visit_expr(b, s, st->loop.iter);
        bind_target(b, s, st->loop.target, SYM_ASSIGNED);
        visit_stmts(b, s, &st->loop.body);
        visit_stmts(b, s, &st->loop.orelse);
        break;
    case S_RETURN: visit_expr(b, s, st->ret.value); break;
    case S_DELETE:
        for (int i = 0; i < st->list.len; i++) {
            const Node *t = st->list.items[i];
            if (t->kind == E_NAME) add_sym(s, t->name, SYM_ASSIGNED | SYM_DELETED, t->line, t->col);
            else bind_target(b, s, t, SYM_ASSIGNED | SYM_DELETED);
        }
        break;
    case S_GLOBAL:
    case S_NONLOCAL: {
        int flag = st->kind == S_GLOBAL ? SYM_GLOBAL_DECL : SYM_NONLOCAL_DECL;
        for (int i = 0; i < st->names.nnames; i++) {
            const char *n = st->names.names[i];
            Symbol *old = scope_lookup(s, n);
            if (old && (old->flags & (SYM_USED | SYM_ASSIGNED | SYM_PARAM)) && !(old->flags & flag)) {
                if (old->flags & SYM_PARAM)
                    fail(b, st->line, st->col, flag == SYM_GLOBAL_DECL ? "name '%s' is parameter and global"
                                                                       : "name '%s' is parameter and nonlocal", n);
                else
                    fail(b, st->line, st->col,
                         flag == SYM_GLOBAL_DECL ? "name '%s' is used prior to global declaration"
                                                 : "name '%s' is used prior to nonlocal declaration", n);
            }
            add_sym(s, n, flag, st->line, st->col);
        }
        break;
    }
    case S_ASSERT: visit_expr(b, s, st->assert_.test); visit_expr(b, s, st->assert_.msg); break;
    case S_RAISE: visit_expr(b, s, st->raise.exc); visit_expr(b, s, st->raise.cause); break;
    case S_TRY:
        visit_stmts(b, s, &st->try_.body);
        for (int i = 0; i < st->try_.handlers.len; i++) {
            const Node *h = st->try_.handlers.items[i];
            visit_expr(b, s, h->handler.type);
            if (h->handler.name) add_sym(s, h->handler.name, SYM_ASSIGNED | SYM_DELETED, h->line, h->col);
            visit_stmts(b, s, &h->handler.body);
        }
        visit_stmts(b, s, &st->try_.orelse);
        visit_stmts(b, s, &st->try_.finalbody);
        break;
    case S_FUNCDEF:
        visit_function(b, s, st);
        add_sym(s, st->func.name, SYM_ASSIGNED, st->line, st->col);
        break;
    case S_CLASSDEF: {
        visit_exprs(b, s, &st->cls.decorators);
        Scope *c = new_scope(b, SCOPE_CLASS, st->cls.name, st, s);
        visit_stmts(b, c, &st->cls.body);
        visit_exprs(b, s, &st->cls.bases);
        add_sym(s, st->cls.name, SYM_ASSIGNED, st->line, st->col);
        break;
    }
    case S_IMPORT:
        for (int i = 0; i < st->import.names.len; i++) {
            const Node *a = st->import.names.items[i];
            const char *bound = a->alias.asname;
            if (!bound) {
                const char *dot = strchr(a->alias.name, '.');
                bound = dot ? arena_strndup(b->st->arena, a->alias.name, (size_t)(dot - a->alias.name)) : a->alias.name;
            }
            add_sym(s, bound, SYM_ASSIGNED, a->line, a->col);
        }
        break;
    case S_IMPORTFROM:
        for (int i = 0; i < st->import.names.len; i++) {
            const Node *a = st->import.names.items[i];
            add_sym(s, a->alias.asname ? a->alias.asname : a->alias.name, SYM_ASSIGNED, a->line, a->col);
        }
        break;
    default: break;
    }
}

static void visit_stmts(Builder *b, Scope *s, const NodeList *l) {
    for (int i = 0; i < l->len; i++) visit_stmt(b, s, l->items[i]);
}

/* Is name bound as a local of an enclosing function scope (skipping classes)? */
static int bound_in_enclosing(Scope *s, const char *name) {
    for (Scope *p = s->parent; p; p = p->parent) {
        if (p->kind == SCOPE_CLASS) {
            if (!strcmp(name, "__class__") && p == s->parent) return 1;
            continue;
        }
        if (p->kind == SCOPE_MODULE) return 0;
        Symbol *sym = scope_lookup(p, name);
        if (sym && (sym->flags & SYM_GLOBAL_DECL)) return 0;
        if (sym && (sym->flags & (SYM_ASSIGNED | SYM_PARAM | SYM_NONLOCAL_DECL))) return 1;
    }
    return 0;
}

/* Marks name as captured along the path from s up to the scope binding it. */
static void capture(Scope *s, const char *name) {
    for (Scope *p = s->parent; p; p = p->parent) {
        if (p->kind == SCOPE_CLASS) {
            if (!strcmp(name, "__class__") && p == s->parent) {
                p->needs_class_cell = 1;
                Symbol *c = add_sym(p, "__class__", 0, 0, 0);
                c->where = WHERE_CELL;
                return;
            }
            /* the class body passes the variable through to its methods */
            Symbol *t = add_sym(p, name, 0, 0, 0);
            if (t->where != WHERE_CELL) t->where = WHERE_FREE;
            s = p;
            continue;
        }
        Symbol *sym = scope_lookup(p, name);
        if (sym && (sym->flags & (SYM_ASSIGNED | SYM_PARAM)) && !(sym->flags & SYM_NONLOCAL_DECL)) {
            sym->where = WHERE_CELL;
            return;
        }
        Symbol *t = add_sym(p, name, 0, 0, 0);
        t->where = WHERE_FREE;
        s = p;
    }
}

static void resolve(Builder *b, Scope *s) {
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->where == WHERE_CELL || sym->where == WHERE_FREE) continue; /* set by capture */
        if (sym->flags & SYM_GLOBAL_DECL) {
            sym->where = WHERE_GLOBAL;
        } else if (sym->flags & SYM_NONLOCAL_DECL) {
            if (s->kind == SCOPE_MODULE) {
                fail(b, sym->line, sym->col, "nonlocal declaration not allowed at module level", "");
                return;
            }
            if (!bound_in_enclosing(s, sym->name)) {
                fail(b, sym->line, sym->col, "no binding for nonlocal '%s' found", sym->name);
                return;
            }
            sym->where = WHERE_FREE;
            capture(s, sym->name);
        } else if (s->kind == SCOPE_MODULE) {
            sym->where = WHERE_GLOBAL;
        } else if (sym->flags & (SYM_ASSIGNED | SYM_PARAM)) {
            sym->where = s->kind == SCOPE_CLASS ? WHERE_NAME : WHERE_LOCAL;
        } else if (s->kind != SCOPE_MODULE && bound_in_enclosing(s, sym->name)) {
            sym->where = WHERE_FREE;
            capture(s, sym->name);
        } else {
            sym->where = s->kind == SCOPE_CLASS ? WHERE_NAME : WHERE_GLOBAL;
        }
    }
    for (int i = 0; i < s->nchildren; i++) resolve(b, s->children[i]);
}

/* Children are resolved after their parents, but capture() may turn a
 * parent's local into a cell afterwards; that is fine because WHERE_CELL is
 * only ever an upgrade of WHERE_LOCAL. */
int symtable_build(SymTable *st, const NodeList *module, const char *filename) {
    memset(st, 0, sizeof *st);
    st->arena = arena_new();
    Builder b = {.st = st, .filename = filename};
    st->top = new_scope(&b, SCOPE_MODULE, "<module>", NULL, NULL);
    visit_stmts(&b, st->top, module);
    if (!b.failed) resolve(&b, st->top);
    return b.failed ? -1 : 0;
}

static void free_scope(Scope *s) {
    for (int i = 0; i < s->nchildren; i++) free_scope(s->children[i]);
    free(s->children);
    free(s->syms);
    hindex_free(&s->child_index);
    hindex_free(&s->sym_index);
}

void symtable_free(SymTable *st) {
    if (st->top) free_scope(st->top);
    arena_free(st->arena);
    st->top = NULL;
}
