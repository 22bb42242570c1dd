/* assemble.c - see assemble.h. */
#include "assemble.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opcodes.h"
#include "../vm/rt.h"
#include "../jit/tier2.h"

#define MAX_FBLOCKS_BYTES 8192

static bool cstr_item_eq(const void *items, int32_t pos, const void *key) {
    return !strcmp(((const char *const *)items)[pos], key);
}

static int find_local(const Unit *u, const char *name, uint32_t hash) {
    return hindex_find(&u->local_index, hash, cstr_item_eq, u->locals, name);
}

static void add_local_hashed(Unit *u, const char *name, uint32_t hash) {
    if (u->nlocals == u->caplocals) {
        u->caplocals = u->caplocals ? u->caplocals * 2 : 16;
        u->locals = realloc(u->locals, sizeof(char *) * (size_t)u->caplocals);
    }
    /* a repeated name keeps its first slot, as a front-to-back scan finds */
    if (find_local(u, name, hash) < 0) hindex_add(&u->local_index, hash, u->nlocals);
    u->locals[u->nlocals++] = name;
}

static void add_local(Unit *u, const char *name) { add_local_hashed(u, name, hindex_hash_cstr(name)); }

static bool deref_name_eq(const void *items, int32_t pos, const void *key) {
    const Unit *u = items;
    return !strcmp(pos < u->ncells ? u->cells[pos] : u->frees[pos - u->ncells], key);
}

static void add_deref_index(Unit *u, const char *name, int32_t pos) {
    uint32_t hash = hindex_hash_cstr(name);
    if (hindex_find(&u->deref_index, hash, deref_name_eq, u, name) < 0) hindex_add(&u->deref_index, hash, pos);
}

Unit *unit_new(VM *vm, const char *filename, const char *name, const char *qualname, Scope *scope, int firstline) {
    Unit *u = calloc(1, sizeof(Unit));
    u->vm = vm;
    u->filename = filename;
    u->name = strdup(name);
    u->qualname = strdup(qualname);
    u->scope = scope;
    u->firstline = firstline;
    u->line = firstline;
    u->handler = -1;
    u->consts = list_new(vm, 8);
    u->names = list_new(vm, 8);
    u->fblocks = calloc(1, MAX_FBLOCKS_BYTES);
    if (scope->kind == SCOPE_FUNCTION) {
        for (int i = 0; i < scope->nparams; i++) add_local(u, scope->params[i]);
        for (int i = 0; i < scope->nsyms; i++) {
            Symbol *s = &scope->syms[i];
            if (s->where == WHERE_LOCAL && !(s->flags & SYM_PARAM)) add_local(u, s->name);
        }
    }
    u->cells = calloc((size_t)scope->nsyms + 1, sizeof(char *));
    u->frees = calloc((size_t)scope->nsyms + 1, sizeof(char *));
    for (int i = 0; i < scope->nsyms; i++) {
        Symbol *s = &scope->syms[i];
        if (s->where == WHERE_CELL) u->cells[u->ncells++] = s->name;
        else if (s->where == WHERE_FREE) u->frees[u->nfrees++] = s->name;
    }
    for (int i = 0; i < u->ncells; i++) add_deref_index(u, u->cells[i], i);
    for (int i = 0; i < u->nfrees; i++) add_deref_index(u, u->frees[i], u->ncells + i);
    return u;
}

void unit_free(Unit *u) {
    if (!u) return;
    free(u->name);
    free(u->qualname);
    free(u->code);
    free(u->label_pos);
    free(u->label_depth);
    free(u->handlers);
    free(u->locals);
    free(u->cells);
    free(u->frees);
    free(u->fblocks);
    hindex_free(&u->const_index);
    hindex_free(&u->name_index);
    hindex_free(&u->local_index);
    hindex_free(&u->deref_index);
    free(u);
}

static bool ends_block(int op) {
    return op == JUMP_FORWARD || op == JUMP_BACKWARD || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE ||
           op == POP_EXCEPT_AND_RERAISE;
}

void unit_emit(Unit *u, int op, int arg, int label) {
    if (u->ncode == u->capcode) {
        u->capcode = u->capcode ? u->capcode * 2 : 64;
        u->code = realloc(u->code, sizeof(Instr) * (size_t)u->capcode);
    }
    u->code[u->ncode++] = (Instr){.op = op, .arg = arg, .label = label, .line = u->line, .handler = u->handler};
    if (label >= 0 && u->label_depth[label] < 0) {
        int d = op == FOR_ITER ? u->depth - 1 : u->depth + opcode_stack_effect(op, arg);
        u->label_depth[label] = d;
    }
    u->depth += opcode_stack_effect(op, arg);
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
    if (ends_block(op)) u->unreachable = 1;
}

int unit_new_label(Unit *u) {
    if (u->nlabels == u->caplabels) {
        u->caplabels = u->caplabels ? u->caplabels * 2 : 16;
        u->label_pos = realloc(u->label_pos, sizeof(int) * (size_t)u->caplabels);
        u->label_depth = realloc(u->label_depth, sizeof(int) * (size_t)u->caplabels);
    }
    u->label_pos[u->nlabels] = -1;
    u->label_depth[u->nlabels] = -1;
    return u->nlabels++;
}

void unit_bind(Unit *u, int label) {
    u->label_pos[label] = u->ncode;
    if (u->label_depth[label] >= 0) {
        if (u->unreachable) u->depth = u->label_depth[label];
    } else {
        u->label_depth[label] = u->depth;
    }
    u->unreachable = 0;
}

void unit_bind_handler(Unit *u, int label, int depth) {
    u->label_depth[label] = depth;
    u->unreachable = 1;
    unit_bind(u, label);
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
}

void unit_bind_at_depth(Unit *u, int label, int depth) {
    if (u->label_depth[label] < 0) u->label_depth[label] = depth;
    u->unreachable = 1;
    unit_bind(u, label);
}

int unit_push_handler(Unit *u, int label, int depth) {
    if (u->nhandlers == u->caphandlers) {
        u->caphandlers = u->caphandlers ? u->caphandlers * 2 : 8;
        u->handlers = realloc(u->handlers, sizeof(Handler) * (size_t)u->caphandlers);
    }
    u->handlers[u->nhandlers] = (Handler){label, depth};
    int outer = u->handler;
    u->handler = u->nhandlers++;
    return outer;
}

int unit_set_line(Unit *u, int line) {
    int old = u->line;
    if (line > 0) u->line = line;
    return old;
}

/* Constants are shared when they are the same value word (so 1, 1.0 and
 * True stay apart, as do 0.0 and -0.0; NaNs are canonical, so all NaNs are one
 * constant; other objects by identity) or strings with the same text.  Equal
 * values must hash alike: a string by its text, anything else by its word. */
static bool const_eq(const void *items, int32_t pos, const void *key) {
    Value c = ((const Value *)items)[pos], v = *(const Value *)key;
    if (c == v) return true;
    return val_is_str(c) && val_is_str(v) && str_eq((Str *)val_as_obj(c), (Str *)val_as_obj(v));
}

static uint32_t const_hash(Value v) {
    if (val_is_str(v)) {
        const Str *s = (const Str *)val_as_obj(v);
        return hindex_hash_bytes(s->data, (size_t)s->nbytes);
    }
    return hindex_hash_u64(v);
}

int unit_add_const(Unit *u, Value v) {
    uint32_t hash = const_hash(v);
    int32_t i = hindex_find(&u->const_index, hash, const_eq, u->consts->items, &v);
    if (i >= 0) return i;
    list_append(u->vm, u->consts, v);
    hindex_add(&u->const_index, hash, (int32_t)u->consts->len - 1);
    return (int)u->consts->len - 1;
}

/* Names are interned strings: the same name is the same object. */
static bool name_eq(const void *items, int32_t pos, const void *key) {
    return val_as_obj(((const Value *)items)[pos]) == (const Obj *)key;
}

int unit_add_name(Unit *u, Str *name) {
    uint32_t hash = hindex_hash_u64((uint64_t)(uintptr_t)name);
    int32_t i = hindex_find(&u->name_index, hash, name_eq, u->names->items, name);
    if (i >= 0) return i;
    list_append(u->vm, u->names, val_from_obj(name));
    hindex_add(&u->name_index, hash, (int32_t)u->names->len - 1);
    return (int)u->names->len - 1;
}

int unit_local_slot(Unit *u, const char *name) {
    uint32_t hash = hindex_hash_cstr(name);
    int i = find_local(u, name, hash);
    if (i >= 0) return i;
    add_local_hashed(u, name, hash); /* only before any deref slot was handed out */
    return u->nlocals - 1;
}

int unit_deref_slot(Unit *u, const char *name) {
    int32_t i = hindex_find(&u->deref_index, hindex_hash_cstr(name), deref_name_eq, u, name);
    if (i >= 0) return u->nlocals + i; /* cells follow the locals, frees the cells */
    fprintf(stderr, "glassjit: internal compiler error: no cell for '%s' in %s\n", name, u->qualname);
    abort();
}

static Tuple *str_tuple(VM *vm, const char **names, int n) {
    Tuple *t = tuple_new(vm, n);
    for (int i = 0; i < n; i++) t->items[i] = val_from_obj(str_intern_cstr(vm, names[i]));
    return t;
}

Code *unit_assemble(Unit *u, VM *vm) {
    int *offset = malloc(sizeof(int) * (size_t)(u->ncode + 1));
    int total = 0;
    for (int i = 0; i < u->ncode; i++) {
        offset[i] = total;
        total += 1 + opcode_cache_size[u->code[i].op];
    }
    offset[u->ncode] = total;
    Code *co = gc_new(vm, &CodeType, sizeof(Code));
    co->ncode = total;
    co->code = calloc((size_t)total + 1, sizeof(CodeUnit));
    co->lines = calloc((size_t)total + 1, sizeof(int32_t));
    for (int i = 0; i < u->ncode; i++) {
        Instr *in = &u->code[i];
        int arg = in->arg;
        if (in->label >= 0) {
            int pos = u->label_pos[in->label];
            arg = offset[pos < 0 ? u->ncode : pos];
        }
        if (arg < 0 || arg >= (1 << 24)) {
            fprintf(stderr, "glassjit: internal compiler error: oparg %d out of range in %s\n", arg, u->qualname);
            abort();
        }
        int at = offset[i];
        co->code[at] = (CodeUnit)in->op | ((CodeUnit)arg << 8);
        int nc = opcode_cache_size[in->op];
        for (int k = 0; k <= nc; k++) co->lines[at + k] = in->line;
        if (nc) co->code[at + 1] = in->op == JUMP_BACKWARD ? vm->jit->threshold : opcode_jumps[in->op] ? 0 : RT_WARMUP;
    }
    /* exception table: runs of instructions sharing a handler */
    co->exctable = malloc(sizeof(ExcTableEntry) * (size_t)(u->ncode + 1));
    for (int i = 0; i < u->ncode;) {
        int h = u->code[i].handler, j = i;
        while (j < u->ncode && u->code[j].handler == h) j++;
        if (h >= 0) {
            Handler *hd = &u->handlers[h];
            int pos = u->label_pos[hd->label];
            co->exctable[co->nexc++] = (ExcTableEntry){(uint32_t)offset[i], (uint32_t)offset[j],
                                                       (uint32_t)offset[pos < 0 ? u->ncode : pos], (uint32_t)hd->depth, 0};
        }
        i = j;
    }
    free(offset);
    co->consts = (Tuple *)val_as_obj(tuple_from_array(vm, u->consts->items, u->consts->len));
    co->names = (Tuple *)val_as_obj(tuple_from_array(vm, u->names->items, u->names->len));
    co->nlocals = u->nlocals;
    co->ncells = u->ncells;
    co->nfree = u->nfrees;
    Tuple *lp = tuple_new(vm, u->nlocals + u->ncells + u->nfrees);
    Tuple *a = str_tuple(vm, u->locals, u->nlocals), *b = str_tuple(vm, u->cells, u->ncells),
          *c = str_tuple(vm, u->frees, u->nfrees);
    memcpy(lp->items, a->items, sizeof(Value) * (size_t)u->nlocals);
    memcpy(lp->items + u->nlocals, b->items, sizeof(Value) * (size_t)u->ncells);
    memcpy(lp->items + u->nlocals + u->ncells, c->items, sizeof(Value) * (size_t)u->nfrees);
    co->localsplus = lp;
    if (u->ncells) {
        co->cell2arg = malloc(sizeof(int32_t) * (size_t)u->ncells);
        int nparams = u->scope->kind == SCOPE_FUNCTION ? u->scope->nparams : 0;
        for (int i = 0; i < u->ncells; i++) {
            co->cell2arg[i] = -1;
            for (int k = 0; k < nparams; k++)
                if (!strcmp(u->cells[i], u->locals[k])) co->cell2arg[i] = k;
        }
    }
    co->argcount = u->argcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->flags = u->flags;
    co->stacksize = u->maxdepth + 2;
    co->name = str_intern_cstr(vm, u->name);
    co->qualname = str_intern_cstr(vm, u->qualname);
    co->filename = str_intern_cstr(vm, u->filename);
    co->firstlineno = u->firstline;
    return co;
}
