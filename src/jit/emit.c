/* emit.c - copy-and-patch: turns a trace of uops into machine code.
 *
 * Two passes.  The first lays the trace out: each uop's stencil goes after
 * the previous one, and a stencil's trailing `jmp` to the next uop is dropped
 * because the next uop's code follows it (fall-through); data blobs follow
 * the code.  The second copies code and data into one chunk of JIT memory
 * and patches every hole: operands, the next stencil, the trace start, C
 * helpers (a direct rel32 when in range, else the slab's shared trampoline
 * for that helper).  Every exit site jumps to a per-exit copy of the
 * _EXIT_STUB stencil, which goes on through its SideExit (tier2.h), so
 * stitching never patches code.  The chunk stays writable until the next
 * jit_seal (batched: see JitState), and no code runs before it is sealed.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../stencils/patch.h"
#include "opcodes.h"
#include "stencils.h"
#include "observe.h"
#include "tier2.h"

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static size_t align_up(size_t v, size_t a) { return (v + a - 1) & ~(a - 1); }

/* Bytes of stencil st kept when the next uop's code directly follows. */
static uint32_t kept_size(const Stencil *st, bool next_follows) {
    return next_follows && st->tail_jump >= 0 ? (uint32_t)st->tail_jump : st->code_size;
}

static uint64_t operand_of(const Executor *ex, const UOpInst *u) {
    if (u->op == UOP_CHECK_VALIDITY) return (uint64_t)(uintptr_t)ex;
    return (uint64_t)u->cache[0] | ((uint64_t)u->cache[1] << 32);
}

static int patch_one(JitMem *m, JitSlab *slab, uint8_t *mem, const Hole *h, const uint64_t *values) {
    uint8_t *loc = mem + h->offset;
    uint64_t base;
    if (h->value == HOLE_HELPER) {
        if (h->symbol >= (unsigned)stencil_helper_count) return -1;
        void *target = stencil_helper_addrs[h->symbol];
        base = (uint64_t)(uintptr_t)target;
        if (h->kind == HK_REL32) {
            uint64_t s = base + (uint64_t)h->addend;
            int64_t d = (int64_t)(s - (uint64_t)(uintptr_t)loc);
            if (d != (int32_t)d) {
                void *tramp = jitmem_trampoline(m, slab, h->symbol, target);
                if (!tramp) return -1;
                base = (uint64_t)(uintptr_t)tramp;
            }
        }
    } else {
        base = values[h->value];
    }
    return patch_hole(loc, h->kind, base + (uint64_t)h->addend, (uint64_t)(uintptr_t)loc) == PATCH_OK ? 0 : -1;
}

/* Copies stencil st - its first `keep` code bytes to `code`, its data blob
 * to `data` - and patches their holes with `values` (HOLE_CODE and
 * HOLE_DATA included).  Holes at or past `keep` lie in a dropped trailing
 * jump.  0, or -1 if a hole cannot be patched. */
static int copy_and_patch(JitMem *m, JitSlab *slab, const Stencil *st, uint32_t keep, uint8_t *code,
                          uint8_t *data, const uint64_t *values) {
    memcpy(code, st->code, keep);
    if (st->data_size) memcpy(data, st->data, st->data_size);
    for (unsigned h = 0; h < st->nholes; h++) {
        if (st->holes[h].offset >= keep) break; /* holes are sorted */
        if (patch_one(m, slab, code, &st->holes[h], values) < 0) return -1;
    }
    for (unsigned h = 0; h < st->ndata_holes; h++)
        if (patch_one(m, slab, data, &st->data_holes[h], values) < 0) return -1;
    return 0;
}

/* The shared _COLD_EXIT stub, emitted once per JitMem together with the
 * first trace (and sealed with it). */
static int emit_cold_exit(VM *vm) {
    JitState *js = vm->jit;
    if (js->cold_exit) return 0;
    const Stencil *st = &stencil_table[UOP_COLD_EXIT];
    if (jitmem_alloc(&js->mem, st->code_size + st->data_size + 16, 16, &js->cold_chunk) != JITMEM_OK) return -1;
    uint8_t *mem = js->cold_chunk.code;
    size_t data_off = align_up(st->code_size, st->data_align ? st->data_align : 1);
    uint64_t values[HOLE_VALUE_COUNT] = {0};
    values[HOLE_CODE] = (uint64_t)(uintptr_t)mem;
    values[HOLE_DATA] = (uint64_t)(uintptr_t)(mem + data_off);
    if (copy_and_patch(&js->mem, js->cold_chunk.slab, st, st->code_size, mem, mem + data_off, values) < 0) {
        jitmem_free(&js->mem, &js->cold_chunk);
        return -1;
    }
    js->cold_exit = mem;
    return 0;
}

int jit_seal(VM *vm) {
    JitState *js = vm->jit;
    uint64_t t = now_ns();
    unsigned depth = js->mem.exec_depth; /* sealing only adds execute permission */
    js->mem.exec_depth = 0;
    int rc = jitmem_seal(&js->mem);
    js->mem.exec_depth = depth;
    js->stats.seal_ns += now_ns() - t;
    if (rc != JITMEM_OK) return -1; /* the new code stays unsealed: it never runs */
    js->stats.seal_batches++;
    js->seal_epoch++;
    js->unsealed = 0;
    /* executable now: describe it to perf, gdb and the unwinders */
    if (js->obs) {
        for (int i = 0; i < js->ndescribed_later; i++) jit_observe_trace(js, js->described_later[i]);
        js->ndescribed_later = 0;
        jit_observe_flush(js);
    }
    return 0;
}

void jit_forget_unsealed(JitState *js, Executor *ex) {
    for (int i = 0; i < js->ndescribed_later; i++)
        if (js->described_later[i] == ex) {
            js->described_later[i] = js->described_later[--js->ndescribed_later];
            return;
        }
}

static void remember_unsealed(JitState *js, Executor *ex) {
    if (js->ndescribed_later == js->capdescribed_later) {
        int cap = js->capdescribed_later ? js->capdescribed_later * 2 : 16;
        Executor **p = realloc(js->described_later, sizeof(Executor *) * (size_t)cap);
        if (!p) return; /* it stays undescribed: profiles show it as anonymous code */
        js->described_later = p;
        js->capdescribed_later = cap;
    }
    js->described_later[js->ndescribed_later++] = ex;
}

/* The exits of a trace: one _EXIT_STUB copy per distinct SideExit its exit
 * sites leave through (several guards of one instruction share one). */
typedef struct StubMap { SideExit **exits; size_t *offs; int n; } StubMap;

static size_t stub_for(StubMap *sm, SideExit *e, size_t *code_size, size_t stub_size) {
    for (int i = 0; i < sm->n; i++)
        if (sm->exits[i] == e) return sm->offs[i];
    sm->exits[sm->n] = e;
    sm->offs[sm->n] = *code_size;
    *code_size += stub_size;
    return sm->offs[sm->n++];
}

int jit_emit(VM *vm, Executor *ex) {
    JitState *js = vm->jit;
    JitMem *m = &js->mem;
    /* a side trace jumps into its loop trace's machine code: none, no jit */
    if (ex->loop_ex && !ex->loop_ex->jit_code) return -1;
    /* The emitter may reopen a sealed slab (reusing freed space) even when
     * JIT code is suspended further up the native stack (a traced call
     * reached a loop that just became hot): if it does, it seals before
     * returning (jitmem_must_seal), so that code is executable again before
     * it resumes.  Without this every such trace would take a fresh slab. */
    unsigned depth = m->exec_depth;
    m->exec_depth = 0;
    if (emit_cold_exit(vm) < 0) { /* once per process, not timed as emission */
        m->exec_depth = depth;
        return -1;
    }
    uint64_t t0 = now_ns();
    int n = ex->nuops;
    /* one scratch block: per uop its code and data offsets and its stubs,
     * then the distinct exits (at most two per uop) */
    size_t *scratch = malloc(sizeof(size_t) * (size_t)(4 * (n + 1) + 2 * n) + sizeof(SideExit *) * (size_t)(2 * n));
    size_t *code_off = scratch, *data_off = scratch + (n + 1), *exit_stub = scratch + 2 * (n + 1),
           *jump_stub = scratch + 3 * (n + 1);
    StubMap sm = {(SideExit **)(scratch + 4 * (n + 1) + 2 * n), scratch + 4 * (n + 1), 0};
    size_t code_size = 0, data_size = 0;
    for (int i = 0; i < n; i++) {
        const Stencil *st = &stencil_table[ex->uops[i].op];
        code_off[i] = code_size;
        code_size += kept_size(st, i + 1 < n);
    }
    code_off[n] = code_size;
    /* exit stubs, after all uops */
    const Stencil *stub = &stencil_table[UOP_EXIT_STUB];
    for (int i = 0; i < n; i++) {
        const UOpInst *u = &ex->uops[i];
        const Stencil *st = &stencil_table[u->op];
        uint32_t keep = kept_size(st, i + 1 < n);
        /* an exit hole inside the kept bytes (not in a dropped tail jump) */
        exit_stub[i] = jump_stub[i] = 0;
        if (st->first_exit >= 0 && (uint32_t)st->first_exit < keep)
            exit_stub[i] = stub_for(&sm, tier2_exit_for(vm, ex, u->target), &code_size, stub->code_size);
        if (st->first_jump_exit >= 0 && (uint32_t)st->first_jump_exit < keep)
            jump_stub[i] = stub_for(&sm, tier2_exit_for(vm, ex, u->oparg), &code_size, stub->code_size);
    }
    size_t data_start = align_up(code_size, 16);
    for (int i = 0; i < n; i++) {
        const Stencil *st = &stencil_table[ex->uops[i].op];
        size_t a = st->data_align ? st->data_align : 1;
        data_size = align_up(data_size, a);
        data_off[i] = data_start + data_size;
        data_size += st->data_size;
    }
    JitChunk chunk;
    uint64_t t_alloc = now_ns();
    int rc = jitmem_alloc(m, data_start + data_size, 16, &chunk);
    uint64_t alloc_ns = now_ns() - t_alloc;
    js->stats.alloc_ns += alloc_ns;
    int failed = rc != JITMEM_OK;
    uint8_t *mem = chunk.code;
    uint64_t base = (uint64_t)(uintptr_t)mem;
    for (int i = 0; i < n && !failed; i++) {
        const UOpInst *u = &ex->uops[i];
        const Stencil *st = &stencil_table[u->op];
        uint64_t values[HOLE_VALUE_COUNT] = {0};
        values[HOLE_CODE] = base + code_off[i];
        values[HOLE_DATA] = base + data_off[i];
        values[HOLE_CONTINUE] = base + code_off[i + 1];
        /* a loop trace jumps back to its own start, a side trace to its loop trace */
        values[HOLE_JUMP_TARGET] = ex->loop_ex ? (uint64_t)(uintptr_t)ex->loop_ex->jit_code : base;
        values[HOLE_EXIT] = base + exit_stub[i];
        values[HOLE_JUMP_EXIT] = base + jump_stub[i];
        values[HOLE_OPARG] = u->oparg;
        values[HOLE_OPERAND] = operand_of(ex, u);
        values[HOLE_OPERAND2] = u->cache[2];
        values[HOLE_TARGET] = u->target;
        failed = copy_and_patch(m, chunk.slab, st, kept_size(st, i + 1 < n), mem + code_off[i], mem + data_off[i],
                                values) < 0;
    }
    /* the stubs: copies of _EXIT_STUB, each with its SideExit as operand */
    for (int k = 0; k < sm.n && !failed; k++) {
        uint8_t *at = mem + sm.offs[k];
        uint64_t sv[HOLE_VALUE_COUNT] = {0};
        sv[HOLE_CODE] = (uint64_t)(uintptr_t)at;
        sv[HOLE_OPERAND] = (uint64_t)(uintptr_t)sm.exits[k];
        failed = copy_and_patch(m, chunk.slab, stub, stub->code_size, at, NULL, sv) < 0; /* no data */
    }
    uint64_t t_end = now_ns();
    if (!failed) {
        ex->seal_epoch = js->seal_epoch; /* unsealed until the next jit_seal */
        if (!js->unsealed) {
            js->unsealed = 1;
            js->seal_countdown = js->seal_delay;
        }
    }
    /* live code was made writable: it must be executable before anything runs */
    if (jitmem_must_seal(m) && jit_seal(vm) < 0) failed = 1;
    m->exec_depth = depth;
    if (failed) {
        free(scratch);
        if (chunk.code) jitmem_free(m, &chunk);
        js->stats.emit_failed++;
        return -1;
    }
    ex->uop_offsets = malloc(sizeof(uint32_t) * (size_t)(n + 1));
    for (int i = 0; i <= n; i++) ex->uop_offsets[i] = (uint32_t)code_off[i];
    free(scratch);
    ex->jit_chunk = chunk;
    ex->jit_code = mem;
    ex->code_size = (uint32_t)code_size;
    if (js->obs) {
        if (executor_unsealed(ex, js)) remember_unsealed(js, ex);
        else { jit_observe_trace(js, ex); jit_observe_flush(js); } /* sealed at once */
    }
    js->stats.code_bytes += code_size;
    js->stats.data_bytes += data_size;
    js->stats.traces_emitted++;
    js->stats.uops_jitted += (uint64_t)n;
    js->stats.emit_ns += t_end - t0 - alloc_ns; /* layout, copy and patch: no allocation, no mprotect */
    return 0;
}

void jit_free_executor_code(VM *vm, Executor *ex) {
    if (!ex->jit_code) return;
    jit_forget_unsealed(vm->jit, ex);
    jit_observe_forget(vm->jit, ex);
    jitmem_free(&vm->jit->mem, &ex->jit_chunk);
    ex->jit_code = NULL;
    free(ex->uop_offsets);
    ex->uop_offsets = NULL;
}
