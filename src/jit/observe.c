/* observe.c - glassjit as a user of the observability layer.  See observe.h.
 *
 * A trace is described when it becomes executable (jit_seal), never before:
 * perf's jitdump wants code loads of executable code, and gdb may disassemble
 * it.  One range per uop instance, named after the uop (so `break
 * _BINARY_OP_ADD_INT` in gdb stops in every instance), with the CFI clang
 * wrote for that uop's stencil and the guest line of its instruction; the
 * trace's exit stubs form one more range.
 *
 * Guest frames.  With them on, every guest call runs through a trampoline
 * of its function, `push rbp; mov rbp, rsp; call *rdx; pop rbp; ret`, whose
 * address range is registered as py::QUALNAME:FILE.  Native stacks then show
 * the guest call chain between interpreter and JIT frames, in perf, gdb and
 * every unwinder.  Trampolines are identical code at different addresses:
 * pages of them are written and sealed at once, and a function takes the
 * next free one on its first call.
 */
#include "observe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glassview.h"
#include "opcodes.h"
#include "stencils.h"

#define TRAMP_SIZE 16
#define TRAMPS_PER_PAGE 256

struct JitObserve {
    gv_ctx *gv;
    gv_cfi cfi[UOP__COUNT]; /* each stencil's CFI, as glassview wants it */
    gv_cfi tramp_cfi;
    JitChunk *pages;       /* trampoline pages */
    size_t npages;
    size_t next_tramp;     /* in the last page */
    int guest_frames;
    void (*forget_hook)(void *ud); /* jit_observe_set_forget_hook */
    void *forget_ud;
};

/* The trampoline: a frame record around a direct call of the interpreter
 * (rel32 patched per page; every slot is the same code), and its DWARF CFI
 * instruction by instruction.  If the interpreter is out of rel32 range the
 * page gets `call *rdx` instead (GuestEntry passes the target in rdx). */
static const uint8_t tramp_code[TRAMP_SIZE] = {
    0x55,                         /* 0: push rbp */
    0x48, 0x89, 0xe5,             /* 1: mov rbp, rsp */
    0xe8, 0x00, 0x00, 0x00, 0x00, /* 4: call eval_frame (rel32 patched) */
    0x5d,                         /* 9: pop rbp */
    0xc3,                         /* 10: ret */
    0xcc, 0xcc, 0xcc, 0xcc, 0xcc,
};
static const uint8_t tramp_indirect[6] = {0xff, 0xd2, 0x5d, 0xc3, 0xcc, 0xcc}; /* at 4: call *rdx */
static const uint8_t tramp_cie[] = {0x0c, 0x07, 0x08, 0x90, 0x01}; /* CFA = rsp+8, rip at CFA-8 */
static const uint8_t tramp_fde[] = {
    0x41, 0x0e, 0x10, 0x86, 0x02, /* +1: CFA = rsp+16, rbp at CFA-16 */
    0x43, 0x0d, 0x06,             /* +4: CFA = rbp+16 */
    0x46, 0x0c, 0x07, 0x08, 0xc6, /* +10: CFA = rsp+8, rbp restored */
};
static const uint8_t tramp_fde_indirect[] = {
    0x41, 0x0e, 0x10, 0x86, 0x02,
    0x43, 0x0d, 0x06,
    0x43, 0x0c, 0x07, 0x08, 0xc6, /* +7 (after pop at 6) */
};

/* The layer's messages, as glassjit's own (the program keeps running). */
static void warn_glassjit(void *ud, const char *msg) {
    (void)ud;
    fprintf(stderr, "glassjit: %s\n", msg);
}

void jit_observe_open(VM *vm, const ObserveOptions *o) {
    JitState *js = vm->jit;
    if (!o->sinks && !o->guest_frames) return;
    struct JitObserve *ob = calloc(1, sizeof *ob);
    if (!ob) return;
    gv_options go = {.sinks = o->sinks, .jitdump_dir = o->jitdump_dir,
                     .jitdump_per_piece = o->jitdump_per_trace, .elf_dump_dir = o->elf_dir,
                     .warn = warn_glassjit};
    ob->gv = gv_open(&go);
    for (int i = 0; i < UOP__COUNT; i++) {
        const StencilCFI *c = &stencil_table[i].cfi;
        ob->cfi[i] = (gv_cfi){c->cie_insns, c->cie_len, c->fde_insns, c->fde_len,
                              c->code_align, c->data_align, c->ra_reg};
    }
    ob->tramp_cfi = (gv_cfi){tramp_cie, sizeof tramp_cie, tramp_fde, sizeof tramp_fde, 1, -8, 16};
    /* guest frames need somewhere to register them, but run without sinks too
     * (gdb may attach later and find them through the frame pointers) */
    ob->guest_frames = o->guest_frames;
    vm->guest_frames = o->guest_frames;
    js->obs = ob;
}

void jit_observe_close(VM *vm) {
    JitState *js = vm->jit;
    struct JitObserve *ob = js->obs;
    if (!ob) return;
    if (ob->gv) gv_close(ob->gv);
    free(ob->pages);
    free(ob);
    js->obs = NULL;
    vm->guest_frames = 0;
}

static const char *base_name(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

void jit_observe_trace(JitState *js, Executor *ex) {
    struct JitObserve *ob = js->obs;
    if (!ob || !ob->gv || !ex->jit_code || ex->gv) return;
    Code *co = ex->code;
    int n = ex->nuops;
    gv_range *ranges = malloc(sizeof(gv_range) * (size_t)(n + 1));
    gv_line *lines = malloc(sizeof(gv_line) * (size_t)(n + 1));
    size_t nr = 0, nl = 0;
    for (int i = 0; i < n; i++) {
        uint32_t off = ex->uop_offsets[i], size = ex->uop_offsets[i + 1] - off;
        const UOpInst *u = &ex->uops[i];
        int line = co->lines[u->target];
        if (!nl || lines[nl - 1].line != (uint32_t)line) lines[nl++] = (gv_line){off, (uint32_t)line};
        if (size) ranges[nr++] = (gv_range){off, size, uop_names[u->op], &ob->cfi[u->op]};
    }
    uint32_t stubs = ex->uop_offsets[n];
    if (ex->code_size > stubs)
        ranges[nr++] = (gv_range){stubs, ex->code_size - stubs, "_EXIT_STUB", &ob->cfi[UOP_EXIT_STUB]};
    char name[256];
    snprintf(name, sizeof name, "trace%llu:%s:%s:%d", (unsigned long long)ex->id, co->qualname->data,
             base_name(co->filename->data), co->lines[ex->start]);
    gv_code_info info = {.name = name, .start = ex->jit_code, .size = ex->code_size,
                         .source_file = co->filename->data, .function = co->qualname->data,
                         .ranges = ranges, .nranges = nr, .lines = lines, .nlines = nl};
    ex->gv = gv_code_add(ob->gv, &info);
    free(ranges);
    free(lines);
}

/* The shared cold-exit stub, once it is executable (it lies just below the
 * first trace; the jitdump sink announces a code again when one described
 * after it would hide its start: jitdump.c, reannounce_above). */
static void describe_cold(JitState *js, struct JitObserve *ob) {
    if (!js->cold_exit || js->cold_gv) return;
    gv_range r = {0, stencil_table[UOP_COLD_EXIT].code_size, "_COLD_EXIT", &ob->cfi[UOP_COLD_EXIT]};
    gv_code_info info = {.name = "_COLD_EXIT", .start = js->cold_exit, .size = r.size, .ranges = &r, .nranges = 1};
    js->cold_gv = gv_code_add(ob->gv, &info);
}

void jit_observe_flush(JitState *js) {
    struct JitObserve *ob = js->obs;
    if (!ob || !ob->gv) return;
    describe_cold(js, ob);
    gv_flush(ob->gv);
}

void jit_observe_forget(JitState *js, Executor *ex) {
    struct JitObserve *ob = js->obs;
    if (!ob || !ex->gv) return;
    if (ob->forget_hook) ob->forget_hook(ob->forget_ud);
    gv_code_remove(ob->gv, ex->gv);
    ex->gv = NULL;
}

/* A fresh page of trampolines calling `eval`, sealed (with whatever else is
 * unsealed). */
static int new_tramp_page(VM *vm, struct JitObserve *ob, void *eval) {
    JitState *js = vm->jit;
    if (!js->mem_ready) {
        jitmem_init(&js->mem, js->mem_cap);
        js->mem_ready = 1;
    }
    JitChunk *pages = realloc(ob->pages, sizeof(JitChunk) * (ob->npages + 1));
    if (!pages) return -1;
    ob->pages = pages;
    JitChunk *c = &pages[ob->npages];
    unsigned depth = js->mem.exec_depth; /* sealed below, before anything runs */
    js->mem.exec_depth = 0;
    int rc = jitmem_alloc(&js->mem, TRAMP_SIZE * TRAMPS_PER_PAGE, 16, c);
    if (rc != JITMEM_OK) {
        js->mem.exec_depth = depth;
        return -1;
    }
    bool direct = jitmem_rel32_reachable(c->code + 9, eval) &&
                  jitmem_rel32_reachable(c->code + TRAMP_SIZE * TRAMPS_PER_PAGE, eval);
    for (int i = 0; i < TRAMPS_PER_PAGE; i++) {
        uint8_t *t = c->code + i * TRAMP_SIZE;
        memcpy(t, tramp_code, TRAMP_SIZE);
        if (direct) {
            int32_t rel = (int32_t)((intptr_t)eval - (intptr_t)(t + 9));
            memcpy(t + 5, &rel, 4);
        } else {
            memcpy(t + 4, tramp_indirect, sizeof tramp_indirect);
        }
    }
    if (!direct) /* all pages share one CFI: the indirect form from now on */
        ob->tramp_cfi.insns = tramp_fde_indirect, ob->tramp_cfi.insns_len = sizeof tramp_fde_indirect;
    rc = jit_seal(vm);
    js->mem.exec_depth = depth;
    if (rc < 0) return -1;
    ob->npages++;
    ob->next_tramp = 0;
    return 0;
}

GuestEntry jit_guest_entry(VM *vm, Code *co, void *eval) {
    JitState *js = vm->jit;
    struct JitObserve *ob = js->obs;
    if (!ob || !ob->guest_frames) return NULL;
    if (co->guest) return ((GuestFrame *)co->guest)->entry;
    if ((!ob->npages || ob->next_tramp == TRAMPS_PER_PAGE) && new_tramp_page(vm, ob, eval) < 0) {
        ob->guest_frames = vm->guest_frames = 0; /* JIT memory exhausted: no more guest frames */
        return NULL;
    }
    GuestFrame *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    uint8_t *code = ob->pages[ob->npages - 1].code + ob->next_tramp++ * TRAMP_SIZE;
    g->entry = (GuestEntry)(void *)code;
    g->js = js;
    if (ob->gv) {
        char name[256];
        snprintf(name, sizeof name, "py::%s:%s", co->qualname->data, base_name(co->filename->data));
        for (char *p = name; *p; p++)
            if (*p == ' ' || *p == '(' || *p == ')' || *p == ';' || *p == '"' || *p == '\'') *p = '_';
        gv_range r = {0, 11, name, &ob->tramp_cfi};
        gv_line l = {0, (uint32_t)co->firstlineno};
        gv_code_info info = {.name = name, .start = code, .size = 11, .source_file = co->filename->data,
                             .function = co->qualname->data, .ranges = &r, .nranges = 1, .lines = &l, .nlines = 1};
        g->gv = gv_code_add(ob->gv, &info);
        gv_flush(ob->gv);
    }
    co->guest = g;
    return g->entry;
}

void jit_guest_forget(Code *co) {
    GuestFrame *g = co->guest;
    if (!g) return;
    JitState *js = g->js;
    if (g->gv && js->obs && js->obs->gv) {
        if (js->obs->forget_hook) js->obs->forget_hook(js->obs->forget_ud);
        gv_code_remove(js->obs->gv, g->gv);
    }
    free(g);
    co->guest = NULL;
}

const char *jit_observe_lookup(JitState *js, const void *addr) {
    struct JitObserve *ob = js->obs;
    return ob && ob->gv ? gv_lookup(ob->gv, addr, NULL, NULL) : NULL;
}

void jit_observe_set_forget_hook(JitState *js, void (*hook)(void *ud), void *ud) {
    struct JitObserve *ob = js->obs;
    if (!ob) return;
    ob->forget_hook = hook;
    ob->forget_ud = ud;
}
