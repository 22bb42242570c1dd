/* gc.c - precise mark-and-sweep collector.
 *
 * Why tracing instead of reference counting: no count traffic on the hot
 * paths the JIT will emit, cycles (parent pointers, self-referencing lists)
 * are collected, and runtime C code cannot leak by forgetting a decref.
 *
 * Safety rule: collection runs only at interpreter safe points
 * (gc_safepoint_collect, from function entry and backward jumps) and only
 * when vm->gc_inhibit is 0, i.e. when no C runtime function is suspended
 * below the running frame.  At that moment every live Value is reachable
 * from the roots: the frames' value-stack slots [localsplus, sp), their
 * functions, globals and handled exceptions, the VM's dicts, the pending
 * exception and the static builtin types.
 *
 * Marking uses an epoch number instead of a mark bit, so static objects need
 * no reset pass; an explicit gray stack keeps deep structures off the C stack.
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

#include "vm.h"

#define GC_MIN_THRESHOLD (32u << 20)

void *gc_new(VM *vm, Type *type, size_t size) {
    Obj *o = calloc(1, size);
    if (!o) {
        fprintf(stderr, "glassjit: out of memory\n");
        abort();
    }
    o->type = type;
    o->gc_next = vm->heap;
    vm->heap = o;
    vm->heap_bytes += size;
    if (vm->heap_bytes > vm->heap_threshold) vm->gc_debt = 1;
    return o;
}

void gc_note_external(VM *vm, int64_t bytes) {
    if (bytes < 0 && (size_t)-bytes > vm->heap_bytes) vm->heap_bytes = 0;
    else vm->heap_bytes += (size_t)bytes;
    if (vm->heap_bytes > vm->heap_threshold) vm->gc_debt = 1;
}

void gc_add_static_root(VM *vm, Obj *o) {
    if (vm->nstatic_roots == vm->capstatic_roots) {
        vm->capstatic_roots = vm->capstatic_roots ? vm->capstatic_roots * 2 : 64;
        vm->static_roots = realloc(vm->static_roots, sizeof(Obj *) * (size_t)vm->capstatic_roots);
    }
    vm->static_roots[vm->nstatic_roots++] = o;
}

void gc_mark_obj(VM *vm, void *p) {
    Obj *o = p;
    if (!o || o->gc_mark == vm->gc_epoch) return;
    o->gc_mark = vm->gc_epoch;
    if (vm->ngray == vm->capgray) {
        vm->capgray = vm->capgray ? vm->capgray * 2 : 1024;
        vm->gray = realloc(vm->gray, sizeof(Obj *) * (size_t)vm->capgray);
    }
    vm->gray[vm->ngray++] = o;
}

void gc_mark_value(VM *vm, Value v) {
    if (val_is_obj(v)) gc_mark_obj(vm, val_as_obj(v));
}

static void drain(VM *vm) {
    while (vm->ngray > 0) {
        Obj *o = vm->gray[--vm->ngray];
        gc_mark_obj(vm, o->type);
        if (o->type->trace) o->type->trace(vm, o);
    }
}

static void mark_roots(VM *vm) {
    for (int i = 0; i < vm->nstatic_roots; i++) {
        Obj *o = vm->static_roots[i];
        o->gc_mark = vm->gc_epoch - 1; /* force a trace even though static */
        gc_mark_obj(vm, o);
    }
    for (Frame *f = vm->frame; f; f = f->prev) {
        gc_mark_obj(vm, f->func);
        gc_mark_obj(vm, f->code);
        gc_mark_obj(vm, f->globals);
        gc_mark_obj(vm, f->ns);
        gc_mark_value(vm, f->handled_exc);
        for (Value *v = f->localsplus; v < f->sp; v++) gc_mark_value(vm, *v);
    }
    gc_mark_value(vm, vm->exc);
    gc_mark_obj(vm, vm->builtins);
    gc_mark_obj(vm, vm->modules);
    gc_mark_obj(vm, vm->main_module);
    gc_mark_obj(vm, vm->interned);
    gc_mark_value(vm, vm->list_append);
#define X(n) gc_mark_obj(vm, vm->names.n);
    VM_NAMES(X)
#undef X
}

static void free_list(Obj *dead) {
    for (Obj *o = dead; o; o = o->gc_next)
        if (o->type->finalize) o->type->finalize(o);
    while (dead) {
        Obj *next = dead->gc_next;
        free(dead);
        dead = next;
    }
}

static void collect(VM *vm) {
    vm->gc_epoch++;
    if (vm->gc_epoch == 0) vm->gc_epoch = 1;
    mark_roots(vm);
    drain(vm);
    Obj **link = &vm->heap, *dead = NULL;
    size_t live = 0;
    while (*link) {
        Obj *o = *link;
        if (o->gc_mark == vm->gc_epoch) {
            live += malloc_usable_size(o);
            link = &o->gc_next;
        } else {
            *link = o->gc_next;
            o->gc_next = dead;
            dead = o;
        }
    }
    /* Finalize every dead object before freeing any: a finalizer may look
     * at its type, which can be dying in the same cycle. */
    free_list(dead);
    vm->heap_bytes = live;
    vm->heap_threshold = live * 2 > GC_MIN_THRESHOLD ? live * 2 : GC_MIN_THRESHOLD;
    vm->gc_debt = 0;
    vm->gc_collections++;
}

void gc_safepoint_collect(VM *vm) {
    if (vm->gc_inhibit) return;
    collect(vm);
}

void gc_free_all(VM *vm) {
    Obj *all = vm->heap;
    vm->heap = NULL;
    free_list(all);
    free(vm->gray);
    vm->gray = NULL;
    free(vm->static_roots);
    vm->static_roots = NULL;
}
