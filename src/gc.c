/* gc.c - the allocator and the precise mark-and-sweep collector.
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
 * Allocation: objects up to 512 bytes come from 256 KiB pools, one size class
 * (a multiple of 16 bytes) per pool, with a free list per class; larger ones
 * are calloc'd and kept on a list.  Sweeping walks the pools linearly, which
 * is far cheaper than freeing each object to malloc.  A freed slot keeps its
 * type pointer intact until it is reused, so finalizers that run later in
 * the same sweep may still read their (possibly dying) type.
 *
 * Marking uses an epoch number instead of a mark bit, so static objects need
 * no reset pass; an explicit gray stack keeps deep structures off the C stack.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

#define POOL_BYTES (256u << 10)
#define GRAIN 16u
#define NCLASSES 32u /* slots of 16 .. 512 bytes */

typedef struct Pool {
    struct Pool *next;
    uint32_t slot;       /* bytes per slot */
    char *bump, *end;    /* uncarved space */
    _Alignas(16) char data[];
} Pool;

typedef struct GCHeap {
    Pool *pools[NCLASSES];
    Obj *free[NCLASSES];
    Obj *large;          /* calloc'd objects, linked through gc_next */
} GCHeap;

static void out_of_memory(void) {
    fprintf(stderr, "glassjit: out of memory\n");
    abort();
}

void gc_init(VM *vm) {
    vm->gcheap = calloc(1, sizeof(GCHeap));
    if (!vm->gcheap) out_of_memory();
}

static Obj *pool_carve(GCHeap *h, unsigned cls) {
    Pool *p = h->pools[cls];
    uint32_t slot = (cls + 1) * GRAIN;
    if (!p || p->bump + slot > p->end) {
        p = malloc(POOL_BYTES);
        if (!p) out_of_memory();
        p->slot = slot;
        p->bump = p->data;
        p->end = (char *)p + POOL_BYTES;
        p->next = h->pools[cls];
        h->pools[cls] = p;
    }
    Obj *o = (Obj *)p->bump;
    p->bump += slot;
    return o;
}

void *gc_new(VM *vm, Type *type, size_t size) {
    GCHeap *h = vm->gcheap;
    Obj *o;
    if (size <= NCLASSES * GRAIN) {
        unsigned cls = (unsigned)((size + GRAIN - 1) / GRAIN) - 1;
        o = h->free[cls];
        if (o) h->free[cls] = o->gc_next;
        else o = pool_carve(h, cls);
        size = (cls + 1) * GRAIN;
        memset(o, 0, size);
    } else {
        o = calloc(1, size);
        if (!o) out_of_memory();
        o->gc_next = h->large;
        h->large = o;
    }
    o->type = type;
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

/* Sweeps one size class; returns the live bytes. */
static size_t sweep_class(VM *vm, GCHeap *h, unsigned cls, bool all) {
    size_t live = 0;
    Obj *free_list = NULL;
    for (Pool *p = h->pools[cls]; p; p = p->next) {
        for (char *at = p->data; at < p->bump; at += p->slot) {
            Obj *o = (Obj *)at;
            if (o->obj_flags & OBJF_FREE) {
                o->gc_next = free_list;
                free_list = o;
            } else if (!all && o->gc_mark == vm->gc_epoch) {
                live += p->slot;
            } else {
                if (o->type->finalize) o->type->finalize(o);
                o->obj_flags = OBJF_FREE;
                o->gc_next = free_list;
                free_list = o;
            }
        }
    }
    h->free[cls] = free_list;
    return live;
}

/* Large objects: finalize the dead ones first, free them after the pools
 * were swept (a pool object's finalizer never looks at a large object). */
static Obj *sweep_large(VM *vm, GCHeap *h, bool all, size_t *live) {
    Obj **link = &h->large, *dead = NULL;
    while (*link) {
        Obj *o = *link;
        if (!all && o->gc_mark == vm->gc_epoch) {
            *live += sizeof(Obj);
            link = &o->gc_next;
        } else {
            *link = o->gc_next;
            if (o->type->finalize) o->type->finalize(o);
            o->gc_next = dead;
            dead = o;
        }
    }
    return dead;
}

static void free_chain(Obj *dead) {
    while (dead) {
        Obj *next = dead->gc_next;
        free(dead);
        dead = next;
    }
}

static void collect(VM *vm) {
    GCHeap *h = vm->gcheap;
    vm->gc_epoch++;
    if (vm->gc_epoch == 0) vm->gc_epoch = 1;
    mark_roots(vm);
    drain(vm);
    size_t live = 0;
    Obj *dead_large = sweep_large(vm, h, false, &live);
    for (unsigned c = 0; c < NCLASSES; c++) live += sweep_class(vm, h, c, false);
    free_chain(dead_large);
    vm->heap_bytes = live;
    if (vm->gc_stress) vm->heap_threshold = live + vm->heap_min_threshold;
    else vm->heap_threshold = live * 2 > vm->heap_min_threshold ? live * 2 : vm->heap_min_threshold;
    vm->gc_debt = 0;
    vm->gc_collections++;
}

void gc_safepoint_collect(VM *vm) {
    if (vm->gc_inhibit) return;
    collect(vm);
}

void gc_free_all(VM *vm) {
    GCHeap *h = vm->gcheap;
    size_t live = 0;
    Obj *dead_large = sweep_large(vm, h, true, &live);
    for (unsigned c = 0; c < NCLASSES; c++) {
        sweep_class(vm, h, c, true);
        for (Pool *p = h->pools[c], *next; p; p = next) {
            next = p->next;
            free(p);
        }
    }
    free_chain(dead_large);
    free(h);
    vm->gcheap = NULL;
    free(vm->gray);
    vm->gray = NULL;
    free(vm->static_roots);
    vm->static_roots = NULL;
}
