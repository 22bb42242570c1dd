/* assemble.h - a code object under construction, and its assembly.
 *
 * The compiler appends instructions with symbolic labels; each instruction
 * remembers the source line and the innermost exception handler active when
 * it was emitted.  The Unit tracks the operand stack depth as instructions
 * are appended (code generation is structured, so the depth at every label
 * is known), which gives both the handlers' depths and the frame's stack size.
 */
#ifndef GJ_ASSEMBLE_H
#define GJ_ASSEMBLE_H

#include "../vm.h"
#include "hindex.h"
#include "symtable.h"

typedef struct Instr { int op, arg, label, line, handler; } Instr;
typedef struct Handler { int label, depth; } Handler;

typedef struct Unit {
    VM *vm;
    const char *filename;
    char *name, *qualname;
    Scope *scope;
    int firstline;
    Instr *code; int ncode, capcode;
    int *label_pos, *label_depth; int nlabels, caplabels;
    Handler *handlers; int nhandlers, caphandlers;
    int handler;                 /* current handler id, -1 for none */
    List *consts, *names;        /* no collection runs while compiling */
    HIndex const_index, name_index;
    const char **locals; int nlocals, caplocals;
    HIndex local_index;          /* locals by name, the first of equal ones */
    const char **cells; int ncells;
    const char **frees; int nfrees;
    HIndex deref_index;          /* cells then frees by name: i < ncells is cells[i], else frees[i - ncells] */
    int depth, maxdepth, unreachable;
    int line;
    int argcount, kwonlyargcount, flags;
    void *fblocks; int nfblocks; /* compile.c's FBlock stack */
} Unit;

Unit *unit_new(VM *vm, const char *filename, const char *name, const char *qualname, Scope *scope, int firstline);
void unit_free(Unit *u);
void unit_emit(Unit *u, int op, int arg, int label);
int unit_new_label(Unit *u);
void unit_bind(Unit *u, int label);
/* Binds a label reached only by a jump or an exception, at a known depth. */
void unit_bind_handler(Unit *u, int label, int depth);
void unit_bind_at_depth(Unit *u, int label, int depth);
/* Makes (label, depth) the active handler; returns the previous handler id. */
int unit_push_handler(Unit *u, int label, int depth);
int unit_set_line(Unit *u, int line); /* returns the previous line */
int unit_add_const(Unit *u, Value v);
int unit_add_name(Unit *u, Str *name);
int unit_local_slot(Unit *u, const char *name);
int unit_deref_slot(Unit *u, const char *name);
Code *unit_assemble(Unit *u, VM *vm);

#endif
