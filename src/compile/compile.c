/* compile.c - syntax tree to bytecode.
 *
 * One Unit per code object.  Instructions are collected with symbolic jump
 * labels and, for each instruction, the innermost active exception handler;
 * assemble.c turns that into code units, inline caches, the exception table,
 * the line table and the maximum stack depth.
 *
 * Blocks that must be unwound by break/continue/return (loops holding an
 * iterator, except handlers, finally clauses) are kept on an fblock stack,
 * as CPython's compiler does.
 */
#include "compile.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opcodes.h"
#include "../vm/rt.h"
#include "assemble.h"
#include "symtable.h"

enum FBlockKind { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_HANDLER, FB_FINALLY_TRY, FB_FINALLY_END };

typedef struct FBlock {
    enum FBlockKind kind;
    int top, exit;            /* loop labels */
    const NodeList *finalbody;/* FB_FINALLY_TRY */
    int handler;              /* handler active outside this block (FB_FINALLY_TRY) */
    const char *name;         /* FB_HANDLER: bound exception name */
} FBlock;

#define MAX_FBLOCKS 64

typedef struct Compiler {
    VM *vm;
    const char *filename;
    Unit *u;
    Scope *scope;
    char *err;
    size_t errsize;
    int failed;
} Compiler;

static void compile_error(Compiler *c, const Node *n, const char *fmt, ...) {
    if (c->failed) return;
    c->failed = 1;
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(c->err, c->errsize, "%s:%d:%d: SyntaxError: %s", c->filename, n ? n->line : 1, n ? n->col : 1, msg);
}

/* ---- emitting ----------------------------------------------------------------- */

static void emit(Compiler *c, int op, int arg) { unit_emit(c->u, op, arg, -1); }
static void emit_jump(Compiler *c, int op, int label) { unit_emit(c->u, op, 0, label); }
static int new_label(Compiler *c) { return unit_new_label(c->u); }
static void bind(Compiler *c, int label) { unit_bind(c->u, label); }

static int add_const(Compiler *c, Value v) { return unit_add_const(c->u, v); }
static void load_const(Compiler *c, Value v) { emit(c, LOAD_CONST, add_const(c, v)); }
static Str *intern(Compiler *c, const char *s) { return str_intern_cstr(c->vm, s); }
static int add_name(Compiler *c, const char *s) { return unit_add_name(c->u, intern(c, s)); }

/* ---- names ------------------------------------------------------------------ */

typedef enum { OP_LOAD, OP_STORE, OP_DELETE } NameOp;

static void name_op(Compiler *c, const char *name, NameOp op, const Node *at) {
    Symbol *sym = scope_lookup(c->scope, name);
    enum SymWhere where = sym ? sym->where : (c->scope->kind == SCOPE_CLASS ? WHERE_NAME : WHERE_GLOBAL);
    if (c->scope->kind == SCOPE_MODULE && where != WHERE_GLOBAL) where = WHERE_GLOBAL;
    switch (where) {
    case WHERE_LOCAL: {
        int slot = unit_local_slot(c->u, name);
        if (op == OP_LOAD) {
            /* SYM_PARAM: name is one of c->scope->params */
            bool is_param = sym->flags & SYM_PARAM;
            emit(c, is_param && !(sym->flags & SYM_DELETED) ? LOAD_FAST : LOAD_FAST_CHECK, slot);
        } else {
            emit(c, op == OP_STORE ? STORE_FAST : DELETE_FAST, slot);
        }
        return;
    }
    case WHERE_CELL:
    case WHERE_FREE: {
        int slot = unit_deref_slot(c->u, name);
        if (op == OP_LOAD) emit(c, c->scope->kind == SCOPE_CLASS ? LOAD_CLASSDEREF : LOAD_DEREF, slot);
        else emit(c, op == OP_STORE ? STORE_DEREF : DELETE_DEREF, slot);
        return;
    }
    case WHERE_NAME:
        emit(c, op == OP_LOAD ? LOAD_NAME : op == OP_STORE ? STORE_NAME : DELETE_NAME, add_name(c, name));
        return;
    case WHERE_GLOBAL:
        if (op == OP_LOAD && c->scope->kind == SCOPE_CLASS) {
            emit(c, (sym && (sym->flags & SYM_GLOBAL_DECL)) ? LOAD_GLOBAL : LOAD_NAME, add_name(c, name));
            return;
        }
        emit(c, op == OP_LOAD ? LOAD_GLOBAL : op == OP_STORE ? STORE_GLOBAL : DELETE_GLOBAL, add_name(c, name));
        return;
    }
    (void)at;
}

/* ---- expressions -------------------------------------------------------------- */

static void compile_expr(Compiler *c, const Node *e);
static void compile_stmts(Compiler *c, const NodeList *l);
static void compile_function_body(Compiler *c, const Node *fn, Scope *scope, const char *qualname);
static void compile_store(Compiler *c, const Node *t);
static void compile_jump_if(Compiler *c, const Node *e, bool cond, int label);

static void compile_exprs(Compiler *c, const NodeList *l) {
    for (int i = 0; i < l->len; i++) compile_expr(c, l->items[i]);
}

static bool has_starred(const NodeList *l) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->kind == E_STARRED) return true;
    return false;
}

/* Builds a list from items that may contain *starred entries: [list] */
static void build_list_with_stars(Compiler *c, const NodeList *l) {
    emit(c, BUILD_LIST, 0);
    for (int i = 0; i < l->len; i++) {
        const Node *it = l->items[i];
        if (it->kind == E_STARRED) {
            compile_expr(c, it->starred.value);
            emit(c, LIST_EXTEND, 1);
        } else {
            compile_expr(c, it);
            emit(c, LIST_APPEND, 1);
        }
    }
}

/* Child scopes are found by their node: a finally body is compiled more than
 * once (normal path, exception path, each early exit), each time with the
 * same scopes. */
static Scope *child_scope(Compiler *c, const Node *n) {
    Scope *s = scope_child(c->scope, n);
    if (s) return s;
    fprintf(stderr, "glassjit: internal compiler error: no scope for node at line %d\n", n->line);
    abort();
}

static char *child_qualname(Compiler *c, const char *name) {
    static const char locals_sep[] = ".<locals>.";
    const char *parent = c->u->qualname;
    size_t n = strlen(name) + (parent ? strlen(parent) : 0) + sizeof locals_sep + 2;
    char *q = malloc(n);
    if (c->scope->kind == SCOPE_MODULE) snprintf(q, n, "%s", name);
    else if (c->scope->kind == SCOPE_CLASS) snprintf(q, n, "%s.%s", parent, name);
    else snprintf(q, n, "%s%s%s", parent, locals_sep, name);
    return q;
}

/* Pushes the closure tuple for a child scope's free variables; returns flag 4 or 0. */
static int emit_closure(Compiler *c, Code *child) {
    if (child->nfree == 0) return 0;
    for (int i = 0; i < child->nfree; i++) {
        Str *name = (Str *)val_as_obj(child->localsplus->items[child->nlocals + child->ncells + i]);
        emit(c, LOAD_CLOSURE, unit_deref_slot(c->u, name->data));
    }
    emit(c, BUILD_TUPLE, child->nfree);
    return 4;
}

/* Defaults, kwdefaults, closure, then MAKE_FUNCTION. */
static void make_function(Compiler *c, const Node *fn, Code *child) {
    const Arguments *a = &fn->func.args;
    int flags = 0;
    if (a->ndefaults) {
        for (int i = 0; i < a->ndefaults; i++) compile_expr(c, a->defaults[i]);
        emit(c, BUILD_TUPLE, a->ndefaults);
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kwdefaults && a->kwdefaults[i]) {
            load_const(c, val_from_obj(intern(c, a->kwonly[i].name)));
            compile_expr(c, a->kwdefaults[i]);
            nkw++;
        }
    if (nkw) {
        emit(c, BUILD_MAP, nkw);
        flags |= 2;
    }
    flags |= emit_closure(c, child);
    load_const(c, val_from_obj(child));
    emit(c, MAKE_FUNCTION, flags);
}

static Code *compile_child(Compiler *c, const Node *fn, Scope *scope, const char *name) {
    char *qual = child_qualname(c, name);
    Unit *saved_u = c->u;
    Scope *saved_s = c->scope;
    compile_function_body(c, fn, scope, qual);
    Code *code = c->failed ? NULL : unit_assemble(c->u, c->vm);
    unit_free(c->u);
    c->u = saved_u;
    c->scope = saved_s;
    free(qual);
    return code;
}

static void compile_comprehension(Compiler *c, const Node *e) {
    Scope *scope = child_scope(c, e);
    const char *name = scope->name;
    char *qual = child_qualname(c, name);
    Unit *saved_u = c->u;
    Scope *saved_s = c->scope;
    c->scope = scope;
    c->u = unit_new(c->vm, c->filename, name, qual, scope, e->line);
    c->u->argcount = 1; /* the iterator ".0" */
    const NodeList *gens = &e->comp.generators;
    int ngen = gens->len;
    emit(c, e->kind == E_LISTCOMP ? BUILD_LIST : e->kind == E_SETCOMP ? BUILD_SET : BUILD_MAP, 0);
    int *tops = malloc(sizeof(int) * (size_t)ngen), *exits = malloc(sizeof(int) * (size_t)ngen);
    for (int i = 0; i < ngen; i++) {
        const Node *g = gens->items[i];
        if (i == 0) {
            emit(c, LOAD_FAST, unit_local_slot(c->u, ".0"));
        } else {
            compile_expr(c, g->gen.iter);
            emit(c, GET_ITER, 0);
        }
        tops[i] = new_label(c);
        exits[i] = new_label(c);
        bind(c, tops[i]);
        emit_jump(c, FOR_ITER, exits[i]);
        compile_store(c, g->gen.target);
        for (int k = 0; k < g->gen.ifs.len; k++) {
            compile_jump_if(c, g->gen.ifs.items[k], false, tops[i]);
        }
    }
    compile_expr(c, e->comp.elt);
    if (e->kind == E_DICTCOMP) {
        compile_expr(c, e->comp.value);
        emit(c, MAP_ADD, ngen + 1);
    } else {
        emit(c, e->kind == E_LISTCOMP ? LIST_APPEND : SET_ADD, ngen + 1);
    }
    for (int i = ngen - 1; i >= 0; i--) {
        emit_jump(c, JUMP_BACKWARD, tops[i]);
        bind(c, exits[i]);
    }
    emit(c, RETURN_VALUE, 0);
    free(tops);
    free(exits);
    Code *code = c->failed ? NULL : unit_assemble(c->u, c->vm);
    unit_free(c->u);
    c->u = saved_u;
    c->scope = saved_s;
    free(qual);
    if (!code) return;
    int flags = emit_closure(c, code);
    load_const(c, val_from_obj(code));
    emit(c, MAKE_FUNCTION, flags);
    emit(c, PUSH_NULL, 0);
    compile_expr(c, gens->items[0]->gen.iter);
    emit(c, GET_ITER, 0);
    emit(c, CALL, 1);
}

static void compile_call(Compiler *c, const Node *e) {
    const NodeList *args = &e->call.args, *kws = &e->call.keywords;
    bool star = has_starred(args);
    for (int i = 0; i < kws->len; i++)
        if (!kws->items[i]->keyword.name) star = true;
    if (!star && e->call.func->kind == E_ATTR) {
        compile_expr(c, e->call.func->attr.value);
        unit_set_line(c->u, e->call.func->end_line);
        emit(c, LOAD_METHOD, add_name(c, e->call.func->attr.name));
    } else {
        compile_expr(c, e->call.func);
        emit(c, PUSH_NULL, 0);
    }
    if (star) {
        build_list_with_stars(c, args);
        emit(c, LIST_TO_TUPLE, 0);
        if (kws->len) {
            emit(c, BUILD_MAP, 0);
            for (int i = 0; i < kws->len; i++) {
                const Node *k = kws->items[i];
                if (k->keyword.name) {
                    load_const(c, val_from_obj(intern(c, k->keyword.name)));
                    compile_expr(c, k->keyword.value);
                    emit(c, BUILD_MAP, 1);
                } else {
                    compile_expr(c, k->keyword.value);
                }
                emit(c, DICT_MERGE, 1);
            }
        }
        unit_set_line(c->u, e->line);
        emit(c, CALL_EX, kws->len ? 1 : 0);
        return;
    }
    compile_exprs(c, args);
    unit_set_line(c->u, e->line);
    if (kws->len) {
        Tuple *names = tuple_new(c->vm, kws->len);
        for (int i = 0; i < kws->len; i++) {
            compile_expr(c, kws->items[i]->keyword.value);
            names->items[i] = val_from_obj(intern(c, kws->items[i]->keyword.name));
        }
        unit_set_line(c->u, e->line);
        load_const(c, val_from_obj(names));
        emit(c, CALL_KW, args->len + kws->len);
    } else {
        emit(c, CALL, args->len);
    }
}

static void compile_compare(Compiler *c, const Node *e) {
    compile_expr(c, e->cmp.left);
    int n = e->cmp.comparators.len;
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n; i++) {
        compile_expr(c, e->cmp.comparators.items[i]);
        unit_set_line(c->u, e->line);
        bool last = i == n - 1;
        if (!last) {
            emit(c, SWAP, 2);
            emit(c, COPY, 2);
        }
        int op = e->cmp.ops[i];
        if (op <= CMPX_GE) emit(c, COMPARE_OP, op);
        else if (op == CMPX_IS || op == CMPX_IS_NOT) emit(c, IS_OP, op == CMPX_IS_NOT);
        else emit(c, CONTAINS_OP, op == CMPX_NOT_IN);
        if (!last) {
            emit(c, COPY, 1);
            emit_jump(c, POP_JUMP_IF_FALSE, cleanup);
            emit(c, POP_TOP, 0);
        }
    }
    if (n > 1) {
        emit_jump(c, JUMP_FORWARD, end);
        bind(c, cleanup);
        emit(c, SWAP, 2);
        emit(c, POP_TOP, 0);
        bind(c, end);
    }
}

/* Jumps to label when the truth of e equals cond; falls through otherwise. */
static void compile_jump_if(Compiler *c, const Node *e, bool cond, int label) {
    if (e->kind == E_UNARY && e->unary.op == UNOP_NOT) {
        compile_jump_if(c, e->unary.operand, !cond, label);
        return;
    }
    if (e->kind == E_BOOLOP) {
        bool is_or = e->boolop.is_or;
        int n = e->boolop.values.len;
        if (is_or == cond) { /* any operand deciding -> jump */
            for (int i = 0; i < n; i++) compile_jump_if(c, e->boolop.values.items[i], cond, label);
        } else {
            int skip = new_label(c);
            for (int i = 0; i < n - 1; i++) compile_jump_if(c, e->boolop.values.items[i], !cond, skip);
            compile_jump_if(c, e->boolop.values.items[n - 1], cond, label);
            bind(c, skip);
        }
        return;
    }
    if (e->kind == E_CONST && (e->cval == CONST_TRUE || e->cval == CONST_FALSE)) {
        if ((e->cval == CONST_TRUE) == cond) emit_jump(c, JUMP_FORWARD, label);
        return;
    }
    if (e->kind == E_COMPARE && e->cmp.comparators.len == 1 &&
        (e->cmp.ops[0] == CMPX_IS || e->cmp.ops[0] == CMPX_IS_NOT) &&
        e->cmp.comparators.items[0]->kind == E_CONST && e->cmp.comparators.items[0]->cval == CONST_NONE) {
        compile_expr(c, e->cmp.left);
        bool is_none_test = (e->cmp.ops[0] == CMPX_IS) == cond;
        emit_jump(c, is_none_test ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, label);
        return;
    }
    compile_expr(c, e);
    emit_jump(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
}

static void compile_boolop(Compiler *c, const Node *e) {
    int end = new_label(c);
    int n = e->boolop.values.len;
    for (int i = 0; i < n - 1; i++) {
        compile_expr(c, e->boolop.values.items[i]);
        emit(c, COPY, 1);
        emit_jump(c, e->boolop.is_or ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, end);
        emit(c, POP_TOP, 0);
    }
    compile_expr(c, e->boolop.values.items[n - 1]);
    bind(c, end);
}

static void compile_fstring(Compiler *c, const Node *e) {
    int n = 0;
    for (int i = 0; i < e->list.len; i++) {
        const Node *p = e->list.items[i];
        if (p->kind == E_STR) {
            if (p->slen == 0) continue;
            compile_expr(c, p);
        } else {
            compile_expr(c, p->fmt.value);
            if (p->fmt.conversion) emit(c, CONVERT_VALUE, p->fmt.conversion == 's' ? 1 : 2);
            if (p->fmt.spec) {
                compile_expr(c, p->fmt.spec);
                emit(c, FORMAT_WITH_SPEC, 0);
            } else {
                emit(c, FORMAT_SIMPLE, 0);
            }
        }
        n++;
    }
    if (n == 0) load_const(c, val_from_obj(intern(c, "")));
    else if (n > 1 || e->list.items[0]->kind != E_STR) emit(c, BUILD_STRING, n);
}

static Value const_value(Compiler *c, const Node *e) {
    switch (e->kind) {
    case E_INT: return int_from_i64(c->vm, e->ival);
    case E_FLOAT: return val_from_float(e->fval);
    case E_STR: return val_from_obj(str_intern(c->vm, str_new(c->vm, e->str, (int64_t)e->slen)));
    case E_CONST:
        return e->cval == CONST_NONE ? VAL_NONE : e->cval == CONST_TRUE ? VAL_TRUE : e->cval == CONST_FALSE ? VAL_FALSE
                                                                                                         : VAL_NONE;
    default: return VAL_UNDEF;
    }
}

static void compile_expr(Compiler *c, const Node *e) {
    if (c->failed) return;
    int saved_line = unit_set_line(c->u, e->line);
    switch (e->kind) {
    case E_NAME: name_op(c, e->name, OP_LOAD, e); break;
    case E_INT: case E_FLOAT: case E_STR: case E_CONST:
        if (e->kind == E_CONST && e->cval == CONST_ELLIPSIS) {
            compile_error(c, e, "the Ellipsis literal (...) is not supported by glassjit");
            break;
        }
        load_const(c, const_value(c, e));
        break;
    case E_FSTRING: compile_fstring(c, e); break;
    case E_BINOP:
        compile_expr(c, e->bin.left);
        compile_expr(c, e->bin.right);
        unit_set_line(c->u, e->line);
        emit(c, BINARY_OP, e->bin.op);
        break;
    case E_UNARY:
        if (e->unary.op == UNOP_NEG && (e->unary.operand->kind == E_INT || e->unary.operand->kind == E_FLOAT)) {
            const Node *o = e->unary.operand;
            if (o->kind == E_FLOAT) load_const(c, val_from_float(-o->fval));
            else if (o->ival != INT64_MIN) load_const(c, int_from_i64(c->vm, -o->ival));
            else { compile_expr(c, o); emit(c, UNARY_OP, UNOP_NEG); }
            break;
        }
        compile_expr(c, e->unary.operand);
        unit_set_line(c->u, e->line);
        if (e->unary.op == UNOP_NOT) emit(c, UNARY_NOT, 0);
        else emit(c, UNARY_OP, e->unary.op);
        break;
    case E_BOOLOP: compile_boolop(c, e); break;
    case E_COMPARE: compile_compare(c, e); break;
    case E_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        compile_jump_if(c, e->ifexp.test, false, orelse);
        compile_expr(c, e->ifexp.body);
        emit_jump(c, JUMP_FORWARD, end);
        bind(c, orelse);
        compile_expr(c, e->ifexp.orelse);
        bind(c, end);
        break;
    }
    case E_LAMBDA: {
        Scope *scope = child_scope(c, e);
        Code *code = compile_child(c, e, scope, "<lambda>");
        if (code) make_function(c, e, code);
        break;
    }
    case E_CALL: compile_call(c, e); break;
    case E_ATTR:
        compile_expr(c, e->attr.value);
        unit_set_line(c->u, e->line);
        emit(c, LOAD_ATTR, add_name(c, e->attr.name));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, e->subscript.value);
        compile_expr(c, e->subscript.index);
        unit_set_line(c->u, e->line);
        emit(c, BINARY_SUBSCR, 0);
        break;
    case E_SLICE: {
        const Node *parts[3] = {e->slice.lower, e->slice.upper, e->slice.step};
        int n = e->slice.step ? 3 : 2;
        for (int i = 0; i < n; i++) {
            if (parts[i]) compile_expr(c, parts[i]);
            else load_const(c, VAL_NONE);
        }
        emit(c, BUILD_SLICE, n);
        break;
    }
    case E_STARRED: compile_error(c, e, "can't use starred expression here"); break;
    case E_LIST:
    case E_TUPLE:
    case E_SET:
        if (has_starred(&e->list)) {
            build_list_with_stars(c, &e->list);
            if (e->kind == E_TUPLE) emit(c, LIST_TO_TUPLE, 0);
            if (e->kind == E_SET) {
                /* set(list): BUILD_SET 0 then extend would need SET_UPDATE; go through the builtin */
                compile_error(c, e, "starred expressions in set displays are not supported by glassjit");
            }
            break;
        }
        compile_exprs(c, &e->list);
        emit(c, e->kind == E_LIST ? BUILD_LIST : e->kind == E_TUPLE ? BUILD_TUPLE : BUILD_SET, e->list.len);
        break;
    case E_DICT: {
        int n = e->dict.keys.len, pending = 0;
        bool merged = false;
        for (int i = 0; i < n; i++) {
            const Node *k = e->dict.keys.items[i];
            if (!k) {
                if (!merged) {
                    emit(c, BUILD_MAP, pending);
                    merged = true;
                } else if (pending) {
                    emit(c, BUILD_MAP, pending);
                    emit(c, DICT_UPDATE, 1);
                }
                pending = 0;
                compile_expr(c, e->dict.values.items[i]);
                emit(c, DICT_UPDATE, 1);
                continue;
            }
            compile_expr(c, k);
            compile_expr(c, e->dict.values.items[i]);
            pending++;
        }
        if (!merged) emit(c, BUILD_MAP, pending);
        else if (pending) {
            emit(c, BUILD_MAP, pending);
            emit(c, DICT_UPDATE, 1);
        }
        break;
    }
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: compile_comprehension(c, e); break;
    default: compile_error(c, e, "unexpected expression"); break;
    }
    unit_set_line(c->u, saved_line);
}

/* ---- assignment targets --------------------------------------------------------- */

static void compile_store(Compiler *c, const Node *t) {
    switch (t->kind) {
    case E_NAME: name_op(c, t->name, OP_STORE, t); break;
    case E_ATTR:
        compile_expr(c, t->attr.value);
        unit_set_line(c->u, t->line);
        emit(c, STORE_ATTR, add_name(c, t->attr.name));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, t->subscript.value);
        compile_expr(c, t->subscript.index);
        unit_set_line(c->u, t->line);
        emit(c, STORE_SUBSCR, 0);
        break;
    case E_TUPLE:
    case E_LIST: {
        int n = t->list.len, star = -1;
        for (int i = 0; i < n; i++)
            if (t->list.items[i]->kind == E_STARRED) {
                if (star >= 0) {
                    compile_error(c, t, "multiple starred expressions in assignment");
                    return;
                }
                star = i;
            }
        if (star >= 0) {
            if (star > 255 || n - star - 1 > 255) {
                compile_error(c, t, "too many expressions in star-unpacking assignment");
                return;
            }
            emit(c, UNPACK_EX, star | ((n - star - 1) << 8));
        } else {
            emit(c, UNPACK_SEQUENCE, n);
        }
        for (int i = 0; i < n; i++) {
            const Node *item = t->list.items[i];
            compile_store(c, item->kind == E_STARRED ? item->starred.value : item);
        }
        break;
    }
    case E_STARRED: compile_error(c, t, "starred assignment target must be in a list or tuple"); break;
    default: compile_error(c, t, "cannot assign to expression"); break;
    }
}

static void compile_delete(Compiler *c, const Node *t) {
    switch (t->kind) {
    case E_NAME: name_op(c, t->name, OP_DELETE, t); break;
    case E_ATTR:
        compile_expr(c, t->attr.value);
        emit(c, DELETE_ATTR, add_name(c, t->attr.name));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, t->subscript.value);
        compile_expr(c, t->subscript.index);
        emit(c, DELETE_SUBSCR, 0);
        break;
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < t->list.len; i++) compile_delete(c, t->list.items[i]);
        break;
    default: compile_error(c, t, "cannot delete expression"); break;
    }
}

static void compile_augassign(Compiler *c, const Node *s) {
    const Node *t = s->aug.target;
    int op = s->aug.op | BINOP_INPLACE;
    switch (t->kind) {
    case E_NAME:
        name_op(c, t->name, OP_LOAD, t);
        compile_expr(c, s->aug.value);
        unit_set_line(c->u, s->line);
        emit(c, BINARY_OP, op);
        name_op(c, t->name, OP_STORE, t);
        break;
    case E_ATTR:
        compile_expr(c, t->attr.value);
        emit(c, COPY, 1);
        emit(c, LOAD_ATTR, add_name(c, t->attr.name));
        compile_expr(c, s->aug.value);
        unit_set_line(c->u, s->line);
        emit(c, BINARY_OP, op);
        emit(c, SWAP, 2);
        emit(c, STORE_ATTR, add_name(c, t->attr.name));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, t->subscript.value);
        compile_expr(c, t->subscript.index);
        emit(c, COPY, 2);
        emit(c, COPY, 2);
        emit(c, BINARY_SUBSCR, 0);
        compile_expr(c, s->aug.value);
        unit_set_line(c->u, s->line);
        emit(c, BINARY_OP, op);
        emit(c, SWAP, 3);
        emit(c, SWAP, 2);
        emit(c, STORE_SUBSCR, 0);
        break;
    default: compile_error(c, t, "'%s' is an illegal expression for augmented assignment", "expression"); break;
    }
}

/* ---- blocks and unwinding -------------------------------------------------------- */

static FBlock *push_fblock(Compiler *c, enum FBlockKind kind) {
    Unit *u = c->u;
    if (u->nfblocks == MAX_FBLOCKS) {
        compile_error(c, NULL, "too many statically nested blocks");
        return &((FBlock *)u->fblocks)[0];
    }
    FBlock *fb = &((FBlock *)u->fblocks)[u->nfblocks++];
    memset(fb, 0, sizeof *fb);
    fb->kind = kind;
    return fb;
}
static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* Emits what leaving fb requires; preserve_tos keeps a return value on top. */
static void unwind_fblock(Compiler *c, FBlock *fb, bool preserve_tos) {
    switch (fb->kind) {
    case FB_WHILE:
    case FB_TRY_EXCEPT: break;
    case FB_FOR:
        if (preserve_tos) emit(c, SWAP, 2);
        emit(c, POP_TOP, 0);
        break;
    case FB_HANDLER:
        if (preserve_tos) emit(c, SWAP, 2);
        emit(c, POP_EXCEPT, 0);
        if (fb->name) {
            load_const(c, VAL_NONE);
            name_op(c, fb->name, OP_STORE, NULL);
            name_op(c, fb->name, OP_DELETE, NULL);
        }
        break;
    case FB_FINALLY_END:
        if (preserve_tos) emit(c, SWAP, 2);
        emit(c, POP_TOP, 0); /* the exception */
        if (preserve_tos) emit(c, SWAP, 2);
        emit(c, POP_EXCEPT, 0);
        break;
    case FB_FINALLY_TRY: {
        /* run the finally body with the handler and blocks outside this try */
        Unit *u = c->u;
        int saved_n = u->nfblocks;
        int saved_h = u->handler;
        FBlock copy = *fb;
        u->nfblocks = (int)(fb - (FBlock *)u->fblocks);
        u->handler = copy.handler;
        compile_stmts(c, copy.finalbody);
        u->nfblocks = saved_n;
        u->handler = saved_h;
        break;
    }
    }
}

/* break / continue: unwind to the innermost loop. */
static void compile_loop_exit(Compiler *c, const Node *s, bool is_break) {
    Unit *u = c->u;
    FBlock *blocks = (FBlock *)u->fblocks;
    int i = u->nfblocks - 1;
    for (; i >= 0; i--)
        if (blocks[i].kind == FB_WHILE || blocks[i].kind == FB_FOR) break;
    if (i < 0) {
        compile_error(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    for (int k = u->nfblocks - 1; k > i; k--) unwind_fblock(c, &blocks[k], false);
    FBlock loop = blocks[i];
    if (is_break) {
        if (loop.kind == FB_FOR) emit(c, POP_TOP, 0);
        emit_jump(c, JUMP_FORWARD, loop.exit);
    } else {
        emit_jump(c, JUMP_BACKWARD, loop.top);
    }
}

static void compile_return(Compiler *c, const Node *s) {
    if (s->ret.value) compile_expr(c, s->ret.value);
    else load_const(c, VAL_NONE);
    Unit *u = c->u;
    FBlock *blocks = (FBlock *)u->fblocks;
    for (int k = u->nfblocks - 1; k >= 0; k--) unwind_fblock(c, &blocks[k], true);
    unit_set_line(u, s->line);
    emit(c, RETURN_VALUE, 0);
}

static void compile_try_except(Compiler *c, const Node *s) {
    Unit *u = c->u;
    int handler = new_label(c), orelse = new_label(c), end = new_label(c), cleanup = new_label(c);
    int depth = u->depth;
    int outer = unit_push_handler(u, handler, depth);
    push_fblock(c, FB_TRY_EXCEPT);
    compile_stmts(c, &s->try_.body);
    pop_fblock(c);
    u->handler = outer;
    emit_jump(c, JUMP_FORWARD, orelse);

    unit_bind_handler(u, handler, depth + 1);
    emit(c, PUSH_EXC_INFO, 0);
    unit_push_handler(u, cleanup, depth + 1);
    int cleanup_h = u->handler;
    const NodeList *hs = &s->try_.handlers;
    for (int i = 0; i < hs->len; i++) {
        const Node *h = hs->items[i];
        u->handler = cleanup_h;
        unit_set_line(u, h->line);
        int next = new_label(c);
        if (h->handler.type) {
            compile_expr(c, h->handler.type);
            emit(c, CHECK_EXC_MATCH, 0);
            emit_jump(c, POP_JUMP_IF_FALSE, next);
        } else if (i != hs->len - 1) {
            compile_error(c, h, "default 'except:' must be last");
        }
        if (h->handler.name) name_op(c, h->handler.name, OP_STORE, h);
        else emit(c, POP_TOP, 0);
        FBlock *fb = push_fblock(c, FB_HANDLER);
        fb->name = h->handler.name;
        compile_stmts(c, &h->handler.body);
        pop_fblock(c);
        u->handler = outer;
        emit(c, POP_EXCEPT, 0);
        if (h->handler.name) {
            load_const(c, VAL_NONE);
            name_op(c, h->handler.name, OP_STORE, h);
            name_op(c, h->handler.name, OP_DELETE, h);
        }
        emit_jump(c, JUMP_FORWARD, end);
        bind(c, next);
    }
    u->handler = cleanup_h;
    emit(c, RERAISE, 0);
    u->handler = outer;
    unit_bind_handler(u, cleanup, depth + 2);
    emit(c, POP_EXCEPT_AND_RERAISE, 0);

    unit_bind_at_depth(u, orelse, depth);
    compile_stmts(c, &s->try_.orelse);
    bind(c, end);
}

static void compile_try(Compiler *c, const Node *s) {
    if (s->try_.finalbody.len == 0) {
        compile_try_except(c, s);
        return;
    }
    Unit *u = c->u;
    int exc = new_label(c), end = new_label(c), cleanup = new_label(c);
    int depth = u->depth;
    int outer = unit_push_handler(u, exc, depth);
    FBlock *fb = push_fblock(c, FB_FINALLY_TRY);
    fb->finalbody = &s->try_.finalbody;
    fb->handler = outer;
    if (s->try_.handlers.len) compile_try_except(c, s);
    else compile_stmts(c, &s->try_.body);
    pop_fblock(c);
    u->handler = outer;
    compile_stmts(c, &s->try_.finalbody);
    emit_jump(c, JUMP_FORWARD, end);

    unit_bind_handler(u, exc, depth + 1);
    emit(c, PUSH_EXC_INFO, 0);
    unit_push_handler(u, cleanup, depth + 1);
    push_fblock(c, FB_FINALLY_END);
    compile_stmts(c, &s->try_.finalbody);
    pop_fblock(c);
    emit(c, RERAISE, 0);
    u->handler = outer;
    unit_bind_handler(u, cleanup, depth + 2);
    emit(c, POP_EXCEPT_AND_RERAISE, 0);
    unit_bind_at_depth(u, end, depth);
}

/* ---- statements ------------------------------------------------------------------ */

static void compile_funcdef(Compiler *c, const Node *s) {
    for (int i = 0; i < s->func.decorators.len; i++) {
        compile_expr(c, s->func.decorators.items[i]);
        emit(c, PUSH_NULL, 0);
    }
    Scope *scope = child_scope(c, s);
    Code *code = compile_child(c, s, scope, s->func.name);
    if (!code) return;
    unit_set_line(c->u, s->line);
    make_function(c, s, code);
    for (int i = 0; i < s->func.decorators.len; i++) emit(c, CALL, 1);
    name_op(c, s->func.name, OP_STORE, s);
}

static void compile_classdef(Compiler *c, const Node *s) {
    if (s->cls.bases.len > 1) {
        compile_error(c, s, "multiple inheritance is not supported by glassjit");
        return;
    }
    for (int i = 0; i < s->cls.decorators.len; i++) {
        compile_expr(c, s->cls.decorators.items[i]);
        emit(c, PUSH_NULL, 0);
    }
    Scope *scope = child_scope(c, s);
    Code *code = compile_child(c, s, scope, s->cls.name);
    if (!code) return;
    unit_set_line(c->u, s->line);
    int flags = emit_closure(c, code);
    load_const(c, val_from_obj(code));
    emit(c, MAKE_FUNCTION, flags);
    load_const(c, val_from_obj(intern(c, s->cls.name)));
    if (s->cls.bases.len) compile_expr(c, s->cls.bases.items[0]);
    emit(c, BUILD_CLASS, s->cls.bases.len);
    for (int i = 0; i < s->cls.decorators.len; i++) emit(c, CALL, 1);
    name_op(c, s->cls.name, OP_STORE, s);
}

static void compile_import(Compiler *c, const Node *s) {
    for (int i = 0; i < s->import.names.len; i++) {
        const Node *a = s->import.names.items[i];
        load_const(c, int_from_i64(c->vm, 0));
        load_const(c, a->alias.asname ? VAL_TRUE : VAL_NONE);
        emit(c, IMPORT_NAME, add_name(c, a->alias.name));
        if (a->alias.asname) {
            name_op(c, a->alias.asname, OP_STORE, a);
        } else {
            const char *dot = strchr(a->alias.name, '.');
            char top[256];
            snprintf(top, sizeof top, "%.*s", dot ? (int)(dot - a->alias.name) : (int)strlen(a->alias.name),
                     a->alias.name);
            name_op(c, top, OP_STORE, a);
        }
    }
}

static void compile_importfrom(Compiler *c, const Node *s) {
    int n = s->import.names.len;
    Tuple *names = tuple_new(c->vm, n);
    for (int i = 0; i < n; i++) names->items[i] = val_from_obj(intern(c, s->import.names.items[i]->alias.name));
    load_const(c, int_from_i64(c->vm, s->import.level));
    load_const(c, val_from_obj(names));
    emit(c, IMPORT_NAME, add_name(c, s->import.module ? s->import.module : ""));
    for (int i = 0; i < n; i++) {
        const Node *a = s->import.names.items[i];
        emit(c, IMPORT_FROM, add_name(c, a->alias.name));
        name_op(c, a->alias.asname ? a->alias.asname : a->alias.name, OP_STORE, a);
    }
    emit(c, POP_TOP, 0);
}

static void compile_stmt(Compiler *c, const Node *s) {
    if (c->failed) return;
    Unit *u = c->u;
    unit_set_line(u, s->line);
    switch (s->kind) {
    case S_EXPR:
        compile_expr(c, s->expr.value);
        emit(c, POP_TOP, 0);
        break;
    case S_ASSIGN: {
        compile_expr(c, s->assign.value);
        int n = s->assign.targets.len;
        for (int i = 0; i < n; i++) {
            if (i < n - 1) emit(c, COPY, 1);
            compile_store(c, s->assign.targets.items[i]);
        }
        break;
    }
    case S_AUGASSIGN: compile_augassign(c, s); break;
    case S_ANNASSIGN:
        if (s->ann.value) {
            compile_expr(c, s->ann.value);
            compile_store(c, s->ann.target);
        }
        break;
    case S_IF: {
        int orelse = new_label(c), end = new_label(c);
        compile_jump_if(c, s->if_.test, false, orelse);
        compile_stmts(c, &s->if_.body);
        if (s->if_.orelse.len) emit_jump(c, JUMP_FORWARD, end);
        bind(c, orelse);
        compile_stmts(c, &s->if_.orelse);
        bind(c, end);
        break;
    }
    case S_WHILE: {
        int top = new_label(c), exit = new_label(c), end = new_label(c);
        bind(c, top);
        compile_jump_if(c, s->loop.test, false, exit);
        FBlock *fb = push_fblock(c, FB_WHILE);
        fb->top = top;
        fb->exit = end;
        compile_stmts(c, &s->loop.body);
        pop_fblock(c);
        unit_set_line(u, s->line);
        emit_jump(c, JUMP_BACKWARD, top);
        bind(c, exit);
        compile_stmts(c, &s->loop.orelse);
        bind(c, end);
        break;
    }
    case S_FOR: {
        int top = new_label(c), exit = new_label(c), end = new_label(c);
        compile_expr(c, s->loop.iter);
        emit(c, GET_ITER, 0);
        bind(c, top);
        unit_set_line(u, s->line);
        emit_jump(c, FOR_ITER, exit);
        compile_store(c, s->loop.target);
        FBlock *fb = push_fblock(c, FB_FOR);
        fb->top = top;
        fb->exit = end;
        compile_stmts(c, &s->loop.body);
        pop_fblock(c);
        unit_set_line(u, s->line);
        emit_jump(c, JUMP_BACKWARD, top);
        bind(c, exit);
        compile_stmts(c, &s->loop.orelse);
        bind(c, end);
        break;
    }
    case S_BREAK: compile_loop_exit(c, s, true); break;
    case S_CONTINUE: compile_loop_exit(c, s, false); break;
    case S_PASS: break;
    case S_RETURN:
        if (c->scope->kind != SCOPE_FUNCTION) compile_error(c, s, "'return' outside function");
        else compile_return(c, s);
        break;
    case S_DELETE:
        for (int i = 0; i < s->list.len; i++) compile_delete(c, s->list.items[i]);
        break;
    case S_GLOBAL: case S_NONLOCAL: break;
    case S_ASSERT: {
        int end = new_label(c);
        compile_jump_if(c, s->assert_.test, true, end);
        emit(c, LOAD_ASSERTION_ERROR, 0);
        if (s->assert_.msg) {
            emit(c, PUSH_NULL, 0);
            compile_expr(c, s->assert_.msg);
            emit(c, CALL, 1);
        }
        emit(c, RAISE_VARARGS, 1);
        bind(c, end);
        break;
    }
    case S_RAISE: {
        int n = 0;
        if (s->raise.exc) {
            compile_expr(c, s->raise.exc);
            n = 1;
            if (s->raise.cause) {
                compile_expr(c, s->raise.cause);
                n = 2;
            }
        }
        unit_set_line(u, s->line);
        emit(c, RAISE_VARARGS, n);
        break;
    }
    case S_TRY: compile_try(c, s); break;
    case S_FUNCDEF: compile_funcdef(c, s); break;
    case S_CLASSDEF: compile_classdef(c, s); break;
    case S_IMPORT: compile_import(c, s); break;
    case S_IMPORTFROM: compile_importfrom(c, s); break;
    default: compile_error(c, s, "unexpected statement"); break;
    }
}

static void compile_stmts(Compiler *c, const NodeList *l) {
    for (int i = 0; i < l->len && !c->failed; i++) compile_stmt(c, l->items[i]);
}

/* A function, lambda or class body becomes a new Unit. */
static void compile_function_body(Compiler *c, const Node *fn, Scope *scope, const char *qualname) {
    c->scope = scope;
    const char *name = scope->name;
    c->u = unit_new(c->vm, c->filename, name, qualname, scope, fn->line);
    Unit *u = c->u;
    if (scope->kind == SCOPE_CLASS) {
        u->flags |= CO_CLASSBODY;
        compile_stmts(c, &fn->cls.body);
        if (scope->needs_class_cell) {
            emit(c, LOAD_CLOSURE, unit_deref_slot(u, "__class__"));
            u->flags |= CO_NEEDS_CLASS_CELL;
        } else {
            load_const(c, VAL_NONE);
        }
        emit(c, RETURN_VALUE, 0);
        return;
    }
    const Arguments *a = &fn->func.args;
    u->argcount = a->nposargs;
    u->kwonlyargcount = a->nkwonly;
    if (a->vararg) u->flags |= CO_VARARGS;
    if (a->kwarg) u->flags |= CO_VARKW;
    if (fn->kind == E_LAMBDA) {
        compile_expr(c, fn->func.body_expr);
        emit(c, RETURN_VALUE, 0);
        return;
    }
    compile_stmts(c, &fn->func.body);
    load_const(c, VAL_NONE);
    emit(c, RETURN_VALUE, 0);
}

Code *compile_module(VM *vm, const ParseResult *pr, const char *filename, char *err, size_t errsize) {
    SymTable st;
    if (symtable_build(&st, &pr->body, filename) < 0) {
        snprintf(err, errsize, "%s", st.error);
        symtable_free(&st);
        return NULL;
    }
    Compiler c = {.vm = vm, .filename = filename, .scope = st.top, .err = err, .errsize = errsize};
    c.u = unit_new(vm, filename, "<module>", "<module>", st.top, 1);
    c.u->flags |= CO_MODULE;
    compile_stmts(&c, &pr->body);
    load_const(&c, VAL_NONE);
    emit(&c, RETURN_VALUE, 0);
    Code *code = c.failed ? NULL : unit_assemble(c.u, vm);
    unit_free(c.u);
    symtable_free(&st);
    return code;
}
