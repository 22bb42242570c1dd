/* vm.h - interpreter state, frames and the entry points of execution.
 *
 * Frames: each guest call is one C call of eval_frame() (ceval.c), so the
 * native stack mirrors the guest stack and native profilers see guest calls.
 * The Frame struct itself lives in eval_frame's C frame; its values (locals,
 * cells, free vars, then the operand stack) live in one contiguous VM value
 * stack, which is also the collector's root set.  A frame owns no heap memory,
 * so a later generator implementation can copy [locals, sp) out to the heap
 * and resume it by copying it back.
 */
#ifndef GJ_VM_H
#define GJ_VM_H

#include <stdio.h>

#include "object.h"

typedef struct Frame {
    struct Frame *prev;
    Function *func;        /* NULL for module and class bodies run by the VM */
    Code *code;
    Value *localsplus;     /* nlocals + ncells + nfree slots, then the operand stack */
    Value *sp;             /* saved operand stack top (exact at safe points and calls) */
    const CodeUnit *ip;    /* next instruction; ip - 1 is the current one */
    Dict *globals;
    Dict *ns;              /* class body namespace, or module dict for LOAD_NAME; else NULL */
    Value handled_exc;     /* exception being handled in this frame (bare raise), or VAL_NONE */
} Frame;

/* Interned names the runtime looks up often. */
#define VM_NAMES(X) \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__eq__) X(__ne__) X(__lt__) X(__le__) \
    X(__gt__) X(__ge__) X(__hash__) X(__len__) X(__getitem__) X(__setitem__) X(__delitem__) \
    X(__contains__) X(__iter__) X(__next__) X(__add__) X(__sub__) X(__mul__) X(__truediv__) \
    X(__floordiv__) X(__mod__) X(__pow__) X(__neg__) X(__pos__) X(__bool__) X(__call__) \
    X(__radd__) X(__rsub__) X(__rmul__) X(__rtruediv__) X(__iadd__) X(__isub__) X(__imul__) \
    X(__name__) X(__qualname__) X(__module__) X(__class__) X(__doc__) X(__file__) \
    X(__builtins__) X(__main__) X(__format__) X(__index__) X(__int__) X(__float__) \
    X(__abs__) X(__invert__) X(__and__) X(__or__) X(__xor__) X(__lshift__) X(__rshift__) \
    X(__rfloordiv__) X(__rmod__) X(__rpow__) X(__itruediv__) X(__ifloordiv__) X(__imod__) \
    X(args) X(append) X(keys) X(__path__) X(__package__)

typedef struct VMNames {
#define X(n) Str *n;
    VM_NAMES(X)
#undef X
} VMNames;

struct VM {
    /* value stack shared by all frames */
    Value *stack, *stack_end;
    Frame *frame;              /* innermost running frame */
    Value exc;                 /* pending exception or VAL_NULL */
    Dict *builtins;
    Dict *modules;             /* sys.modules: name -> Module */
    Module *main_module;
    VMNames names;
    Dict *interned;            /* Str -> same Str */

    /* collector (gc.c) */
    struct GCHeap *gcheap;     /* size-class pools and large objects (gc.c) */
    uint32_t gc_epoch;         /* an object is marked when gc_mark == gc_epoch */
    Obj **gray; int64_t ngray, capgray; /* mark stack */
    Obj **static_roots; int nstatic_roots, capstatic_roots; /* static types */
    int64_t gc_debt;           /* > 0 asks the next safe point to collect */
    size_t heap_bytes, heap_threshold;
    size_t heap_min_threshold; /* 64 MiB; 64 KiB with GLASSJIT_GC_STRESS=1 (tests) */
    int gc_stress;             /* GLASSJIT_GC_STRESS=1: collect every 64 KiB of allocation */
    int gc_inhibit;            /* > 0 while C runtime code is on the native stack above eval */
    uint64_t gc_collections;

    /* limits */
    int depth, recursion_limit;
    char *native_stack_limit;  /* RecursionError below this stack address */

    /* process */
    int argc;                  /* sys.argv */
    char **argv;
    const char *script_dir;    /* for imports of sibling modules */
    uint32_t next_type_version;
    uint32_t next_func_version;
    int exit_requested;        /* set by SystemExit handling */
    Value list_append;         /* list.append, for CALL_LIST_APPEND (0 until first use) */
    struct JitState *jit;      /* tier 2 (src/jit/tier2.h) */
    int guest_frames;          /* calls run through per-function trampolines (observe.h) */
    void *jit_exit;            /* machine code: the SideExit it last left through (set by
                                  every _EXIT_STUB, read by the driver after _COLD_EXIT) */

    /* options */
    int opt_dis;               /* --dis: list bytecode instead of running */
};

VM *vm_new(void);
void vm_free(VM *vm);

/* Compiles and runs a module's source in a fresh module object registered
 * under name.  Returns the Module value or VAL_ERR. */
Value vm_run_source(VM *vm, const char *name, const char *filename, const char *src, size_t len);
/* Same, for a package's __init__ when package_dir is set (becomes __path__). */
Value vm_run_module(VM *vm, const char *name, const char *filename, const char *src, size_t len,
                    const char *package_dir);
/* Reads a whole file into a malloc'd NUL-terminated buffer; NULL on failure. */
char *read_file(const char *path, size_t *len);
/* Runs a script as __main__; handles SystemExit and prints uncaught
 * exceptions.  Returns the process exit status. */
int vm_run_main(VM *vm, const char *filename, const char *src, size_t len);

/* Calls a guest callable from C (ceval.c).  Collection is inhibited while the
 * callee runs, so the caller's C locals stay valid. */
Value vm_call(VM *vm, Value callable, Value *args, int nargs, Tuple *kwnames);

/* Calls a guest function (ceval.c): binds arguments with CPython's rules and
 * error messages, then runs a new frame.  Used by value_call for Functions. */
Value func_call(VM *vm, Function *f, Value *args, int nargs, Tuple *kwnames);

/* Runs a module or class body as a new frame (ceval.c); ns is the class
 * namespace for LOAD_NAME/STORE_NAME, or NULL. */
Value eval_code(VM *vm, Function *func, Code *code, Dict *globals, Dict *ns);

/* import.c */
Value import_module(VM *vm, Str *dotted_name, int level, Dict *globals);
Value import_from(VM *vm, Value module, Str *name);

/* modules */
Value module_new(VM *vm, Str *name);
void mod_math_init(VM *vm);
void mod_time_init(VM *vm);
void mod_sys_init(VM *vm);

/* gc.c: static objects (builtin types) the collector must trace each cycle. */
void gc_add_static_root(VM *vm, Obj *o);

/* The line of the instruction a frame is executing. */
int frame_line(const Frame *f);

#endif
