/* trace.c - projecting hot loops into traces of uops, and the executors
 * that own them.  See tier2.h for the model. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <stdio.h>

#include "opcodes.h"
#include "observe.h"
#include "tier2.h"

#define MAX_TRACE_UOPS 400
#define PROJECT_BACKOFF 4096 /* backward jumps before retrying a failed projection */
#define MAX_EXECUTORS_PER_CODE 512 /* loops that keep invalidating stop being traced */

typedef struct CodeJit {
    Executor **execs;
    uint32_t n, cap, nside;
    JitState *js; /* to tell the observability layer when the code object dies */
} CodeJit;

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Instructions a trace cannot contain: they leave the frame, handle
 * exceptions, or define classes/modules.  The trace exits before them. */
static bool traceable(int op) {
    switch (op) {
    case RETURN_VALUE: case RAISE_VARARGS: case RERAISE: case PUSH_EXC_INFO: case POP_EXCEPT:
    case CHECK_EXC_MATCH: case POP_EXCEPT_AND_RERAISE: case BUILD_CLASS: case IMPORT_NAME:
    case IMPORT_FROM: case LOAD_NAME: case STORE_NAME: case DELETE_NAME: case LOAD_CLASSDEREF:
        return false;
    default:
        return true;
    }
}

static bool is_call(int op) {
    return op == CALL || op == CALL_PY_EXACT || op == CALL_NATIVE || op == CALL_LIST_APPEND || op == CALL_KW ||
           op == CALL_EX;
}

/* The conditional jump with the opposite condition, or -1. */
static int branch_flip(int op) {
    switch (op) {
    case POP_JUMP_IF_FALSE: return POP_JUMP_IF_TRUE;
    case POP_JUMP_IF_TRUE: return POP_JUMP_IF_FALSE;
    case POP_JUMP_IF_NONE: return POP_JUMP_IF_NOT_NONE;
    case POP_JUMP_IF_NOT_NONE: return POP_JUMP_IF_NONE;
    default: return -1;
    }
}

typedef struct Builder { UOpInst *uops; int n; } Builder;

static void add(Builder *b, int uop, uint32_t oparg, uint32_t target, const CodeUnit *cache, int ncache) {
    UOpInst *u = &b->uops[b->n++];
    memset(u, 0, sizeof *u);
    u->op = (uint16_t)uop;
    u->oparg = oparg;
    u->target = target;
    for (int i = 0; i < ncache && i < 3; i++) u->cache[i] = cache[i];
}

/* Follows tier-1 code from `start`.  A loop trace (start == loop_head) closes
 * with _JUMP_TO_TOP at the loop's back edge; a side trace (starting at a hot
 * exit of the loop's trace) ends there with _EXIT_TRACE to the loop head, and
 * the executor driver continues in the loop trace.  NULL if the back edge is
 * not reached within the length limit (the code then stays in tier 1). */
static Executor *project(Code *co, uint32_t start, uint32_t loop_head) {
    Builder b = {.uops = malloc(sizeof(UOpInst) * (MAX_TRACE_UOPS + 8))};
    add(&b, UOP_CHECK_VALIDITY, 0, start, NULL, 0);
    uint32_t off = start;
    int steps = 0;
    bool closed = false;
    while (b.n < MAX_TRACE_UOPS && steps++ < MAX_TRACE_UOPS) {
        if (off >= (uint32_t)co->ncode) break;
        CodeUnit w = co->code[off];
        int op = (int)(w & 0xFF);
        uint32_t oparg = w >> 8;
        int ncache = opcode_cache_size[op];
        if (op == JUMP_BACKWARD || op == ENTER_EXECUTOR) {
            if (oparg == loop_head) {
                add(&b, start == loop_head ? UOP_JUMP_TO_TOP : UOP_JUMP_TO_LOOP, 0, loop_head, NULL, 0);
                closed = true;
            } else {
                add(&b, UOP_EXIT_TRACE, 0, off, NULL, 0); /* an inner loop: tier 1 runs it */
            }
            break;
        }
        if (op == JUMP_FORWARD) {
            off = oparg;
            continue;
        }
        int flip = branch_flip(op);
        CodeUnit hist = flip >= 0 ? co->code[off + 1] : 0;
        if (flip >= 0 && (hist >> 16) * 2 > (hist & 0xFFFF)) {
            /* usually taken: follow the jump; leave the trace where tier 1
             * would have fallen through */
            uint32_t fall = off + 1 + (uint32_t)ncache;
            add(&b, opcode_uops[flip].uops[0], fall, off, NULL, 0);
            off = oparg;
            continue;
        }
        if (!traceable(op)) {
            add(&b, UOP_EXIT_TRACE, 0, off, NULL, 0);
            break;
        }
        const InstUops *iu = &opcode_uops[op];
        for (int k = 0; k < iu->n; k++) add(&b, iu->uops[k], oparg, off, co->code + off + 1, ncache);
        off += 1 + (uint32_t)ncache;
        if (is_call(op)) add(&b, UOP_CHECK_VALIDITY, 0, off, NULL, 0);
    }
    if (!closed) {
        /* a trace that never loops back would run once per entry: not worth it */
        free(b.uops);
        return NULL;
    }
    Executor *ex = calloc(1, sizeof(Executor));
    ex->code = co;
    ex->start = start;
    ex->valid = 1;
    ex->uops = b.uops;
    ex->nuops = b.n;
    ex->loop_head = loop_head;
    return ex;
}

/* GLASSJIT_DUMP_TRACES: trace-N.txt lists the uops (with their machine-code
 * offsets when jitted), trace-N.bin holds the machine code. */
static void dump_trace(JitState *js, const Executor *ex) {
    char path[4096];
    uint64_t id = ex->id;
    snprintf(path, sizeof path, "%s/trace-%llu.txt", js->dump_dir, (unsigned long long)id);
    FILE *f = fopen(path, "w");
    if (!f) return;
    fprintf(f, "trace %llu: %s (%s) from offset %u, %d uops", (unsigned long long)id, ex->code->qualname->data,
            ex->code->filename->data, ex->start, ex->nuops);
    if (ex->jit_code) fprintf(f, ", machine code at %p, %u bytes", ex->jit_code, ex->uop_offsets[ex->nuops]);
    fputc('\n', f);
    for (int i = 0; i < ex->nuops; i++) {
        const UOpInst *u = &ex->uops[i];
        if (ex->jit_code) fprintf(f, "  +%-5u", ex->uop_offsets[i]);
        fprintf(f, "  %-28s oparg=%-4u target=%-5u line %d\n", uop_names[u->op], u->oparg, u->target,
                ex->code->lines[u->target]);
    }
    fclose(f);
    if (!ex->jit_code) return;
    snprintf(path, sizeof path, "%s/trace-%llu.bin", js->dump_dir, (unsigned long long)id);
    f = fopen(path, "wb");
    if (!f) return;
    fwrite(ex->jit_code, 1, ex->uop_offsets[ex->nuops], f);
    fclose(f);
}

/* The list of live executors (JitState.live_first), kept only for debuggers
 * (gdb/glassjit-gdb.py's `glassjit traces`): linked when installed, unlinked
 * when their uops are freed. */
static void live_link(JitState *js, Executor *ex) {
    ex->live_prev = NULL;
    ex->live_next = js->live_first;
    if (js->live_first) js->live_first->live_prev = ex;
    js->live_first = ex;
}
static void live_unlink(JitState *js, Executor *ex) {
    if (ex->live_prev) ex->live_prev->live_next = ex->live_next;
    else if (js->live_first == ex) js->live_first = ex->live_next;
    else return; /* not linked */
    if (ex->live_next) ex->live_next->live_prev = ex->live_prev;
    ex->live_next = ex->live_prev = NULL;
}

/* Optimizes ex, gives it to its code object and, with --jit=on, emits it.
 * Returns its index in the code object's executor list. */
static uint32_t install(VM *vm, Code *co, Executor *ex, Dict *globals) {
    JitState *js = vm->jit;
    CodeJit *cj = co->jit_data;
    if (!cj) cj = co->jit_data = calloc(1, sizeof(CodeJit));
    if (cj->n == cj->cap) {
        cj->cap = cj->cap ? cj->cap * 2 : 4;
        cj->execs = realloc(cj->execs, sizeof(Executor *) * cj->cap);
    }
    trace_optimize(ex, &js->stats, globals, vm->builtins);
    uint32_t idx = cj->n++;
    cj->execs[idx] = ex;
    cj->js = js;
    ex->id = js->next_trace_id++;
    live_link(js, ex);
    if (js->mode == JIT_ON) {
        if (!js->mem_ready) {
            jitmem_init(&js->mem, js->mem_cap);
            js->mem_ready = 1;
        }
        ex->mem = &js->mem;
        if (jit_emit(vm, ex) < 0 && jitmem_stats(&js->mem).exhausted) js->stopped = 1;
    }
    if (js->dump_dir) dump_trace(js, ex);
    js->stats.traces_compiled++;
    js->stats.uops_emitted += (uint64_t)ex->nuops;
    return idx;
}

int tier2_on_hot_loop(VM *vm, Frame *frame, CodeUnit *instr) {
    JitState *js = vm->jit;
    Code *co = frame->code;
    CodeJit *have = co->jit_data;
    if (js->stopped || (have && have->n >= MAX_EXECUTORS_PER_CODE)) {
        instr[1] = PROJECT_BACKOFF;
        return 0;
    }
    uint64_t t0 = now_ns();
    Executor *ex = project(co, instr[0] >> 8, instr[0] >> 8);
    js->stats.projection_ns += now_ns() - t0;
    if (!ex) {
        js->stats.traces_failed++;
        instr[1] = PROJECT_BACKOFF;
        return 0;
    }
    ex->instr_off = (uint32_t)(instr - co->code);
    uint32_t idx = install(vm, co, ex, frame->globals);
    instr[0] = (instr[0] & ~(CodeUnit)0xFF) | ENTER_EXECUTOR;
    instr[1] = idx;
    return 1;
}

/* Frees the machine code and uops of a dead loop trace and its side traces
 * once none of them runs (machine code jumps between them directly, so they
 * share the loop trace's active count).  The structs stay in their code
 * object's list until the code object dies. */
static void release_family(VM *vm, Code *co, Executor *loop) {
    if (!loop->dead || loop->active) return;
    CodeJit *cj = co->jit_data;
    for (uint32_t i = 0; i < cj->n; i++) {
        Executor *ex = cj->execs[i];
        if ((ex != loop && ex->loop_ex != loop) || !ex->uops) continue;
        live_unlink(vm->jit, ex);
        if (ex->jit_code) jit_free_executor_code(vm, ex);
        free(ex->uops);
        ex->uops = NULL;
        ex->nuops = 0;
        vm->jit->stats.freed++;
    }
}

static int64_t run_executor(VM *vm, Frame *frame, Executor *ex, Value **sp) {
    Executor *loop = ex->loop_ex ? ex->loop_ex : ex;
    ex->runs++;
    vm->jit->stats.trace_entries++;
    loop->active++;
    int64_t r;
    if (ex->jit_code) {
        JitMem *m = &vm->jit->mem;
        jitmem_exec_enter(m);
        r = jit_shim(ex->jit_code, frame, *sp, vm);
        jitmem_exec_leave(m);
        *sp = frame->sp;
    } else {
        r = uop_execute(vm, frame, ex, sp);
    }
    loop->active--;
    release_family(vm, frame->code, loop);
    return r;
}

/* An invalid loop trace: put JUMP_BACKWARD back (so the loop can be traced
 * again under the new assumptions) and free the trace and its side traces
 * when nothing runs in them. */
static void unlink_loop(VM *vm, Code *co, Executor *loop) {
    if (loop->dead) return;
    CodeUnit *instr = co->code + loop->instr_off;
    instr[0] = (instr[0] & ~(CodeUnit)0xFF) | JUMP_BACKWARD;
    instr[1] = vm->jit->threshold;
    vm->jit->stats.invalidated++;
    CodeJit *cj = co->jit_data;
    for (uint32_t i = 0; i < cj->n; i++) {
        Executor *ex = cj->execs[i];
        if (ex == loop || ex->loop_ex == loop) {
            ex->valid = 0;
            ex->dead = 1;
        }
    }
    release_family(vm, co, loop);
}

#define EXIT_BLOCK 8

SideExit *tier2_exit_for(VM *vm, Executor *ex, uint32_t target) {
    SideExit *e;
    if (target == ex->start) {
        e = &ex->own_exit;
        e->target = target;
    } else {
        Executor *loop = ex->loop_ex ? ex->loop_ex : ex;
        e = NULL;
        for (int i = 0; i < loop->nexits && !e; i++)
            if (loop->exits[i]->target == target) e = loop->exits[i];
        if (!e) {
            if (loop->nexits == loop->capexits) {
                loop->capexits = loop->capexits ? loop->capexits * 2 : 4;
                loop->exits = realloc(loop->exits, sizeof(SideExit *) * (size_t)loop->capexits);
            }
            /* exits come in blocks of EXIT_BLOCK: one calloc per block, not
             * per exit (emission creates them); exits[k] with k % EXIT_BLOCK
             * == 0 starts a block */
            if (loop->nexits % EXIT_BLOCK == 0) e = calloc(EXIT_BLOCK, sizeof(SideExit));
            else e = loop->exits[loop->nexits - 1] + 1;
            loop->exits[loop->nexits++] = e;
            e->target = target;
        }
    }
    if (!e->jump) e->jump = vm->jit->cold_exit; /* NULL until the JIT emits its first trace */
    return e;
}

#define MAX_SIDE_TRACES 64 /* per code object */

/* An unsealed trace is about to run.  Batching seals: tier 1 runs in its
 * place (the caller resumes there) until seal_delay such entries have been
 * skipped; then everything emitted since the last seal is sealed at once. */
static bool ready_to_run(VM *vm, Executor *ex) {
    JitState *js = vm->jit;
    if (!executor_unsealed(ex, js)) return true;
    if (js->seal_countdown > 0) {
        js->seal_countdown--;
        js->stats.pending_skips++;
        return false;
    }
    if (jit_seal(vm) == 0) return true;
    js->stopped = 1; /* mprotect refused: no more compiling; unsealed code never runs */
    js->seal_countdown = js->seal_delay;
    return false;
}

/* Points exit e at side trace `to` in machine code when both can: from then
 * on the traces of the loop continue there without returning here. */
static void stitch(VM *vm, SideExit *e, Executor *to) {
    if (to->jit_code && !executor_unsealed(to, vm->jit) && e->jump != to->jit_code) {
        e->jump = to->jit_code;
        vm->jit->stats.exits_patched++;
    }
}

/* The executor driver: runs the loop's trace and follows exits into side
 * traces.  Machine code follows stitched exits by itself and comes back
 * here only through _COLD_EXIT (vm->jit_exit says which exit); the uop
 * interpreter comes back at every exit, with its target. */
int64_t tier2_enter(VM *vm, Frame *frame, uint32_t idx, Value **sp) {
    JitState *js = vm->jit;
    Code *co = frame->code;
    CodeJit *cj = co->jit_data;
    Executor *loop = cj->execs[idx];
    if (!loop->valid || !executor_valid(loop, frame->globals, vm->builtins)) {
        unlink_loop(vm, co, loop);
        return loop->start;
    }
    Executor *cur = loop;
    for (;;) {
        if (!ready_to_run(vm, cur)) return cur->start;
        vm->jit_exit = NULL;
        int64_t r = run_executor(vm, frame, cur, sp);
        if (r < 0) return r;
        if (!loop->valid) {
            unlink_loop(vm, co, loop);
            return r;
        }
        if (cur != loop && (uint32_t)r == loop->start && !cur->jit_code) {
            /* a side trace in the uop interpreter finished the iteration: the
             * collector's safe point that _JUMP_TO_LOOP would have been, then
             * the loop trace again */
            if (vm->gc_debt > 0 && !vm->gc_inhibit) gc_safepoint_collect(vm);
            cur = loop;
            continue;
        }
        js->stats.exits_taken++;
        if ((uint32_t)r == loop->start) return r;
        SideExit *e = cur->jit_code ? (SideExit *)vm->jit_exit : tier2_exit_for(vm, cur, (uint32_t)r);
        if (e == &cur->own_exit) {
            /* a side trace failed at its own start: tier 1 makes progress.  If
             * it failed its validity check, its exit is free for a new one. */
            SideExit *in = cur != loop && !cur->valid ? tier2_exit_for(vm, loop, cur->start) : NULL;
            if (in && in->next == cur) {
                in->next = NULL;
                in->jump = js->cold_exit;
                in->hotness = 0;
            }
            return r;
        }
        if (e->next && e->next->valid) {
            js->stats.exits_stitched++;
            stitch(vm, e, e->next);
            cur = e->next;
            continue;
        }
        if (e->failed || ++e->hotness < js->threshold || js->stopped || js->mode == JIT_OFF) return r;
        if (cj->nside >= MAX_SIDE_TRACES) {
            e->failed = 1;
            return r;
        }
        Executor *side = project(co, (uint32_t)r, loop->start);
        if (!side) {
            e->failed = 1;
            js->stats.traces_failed++;
            return r;
        }
        cj->nside++;
        js->stats.side_traces++;
        side->loop_ex = loop;
        install(vm, co, side, frame->globals);
        e->next = side;
        stitch(vm, e, side);
        cur = side;
    }
}

void tier2_code_free(Code *co) {
    jit_guest_forget(co);
    CodeJit *cj = co->jit_data;
    if (!cj) return;
    for (uint32_t i = 0; i < cj->n; i++) {
        Executor *ex = cj->execs[i];
        live_unlink(cj->js, ex);
        jit_forget_unsealed(cj->js, ex);
        jit_observe_forget(cj->js, ex);
        if (ex->jit_code) jitmem_free(ex->mem, &ex->jit_chunk);
        free(ex->uop_offsets);
        free(cj->execs[i]->uops);
        for (int k = 0; k < ex->nexits; k += EXIT_BLOCK) free(ex->exits[k]);
        free(ex->exits);
        free(cj->execs[i]);
    }
    free(cj->execs);
    free(cj);
    co->jit_data = NULL;
}

void tier2_print_stats(VM *vm, FILE *out) {
    JitState *js = vm->jit;
    JitStats *s = &js->stats;
    static const char *const modes[] = {"off", "uops", "on"};
    fprintf(out, "  jit mode:             %s (threshold %u)\n", modes[js->mode], js->threshold);
    fprintf(out, "  traces compiled:      %llu\n", (unsigned long long)s->traces_compiled);
    fprintf(out, "  traces not closed:    %llu\n", (unsigned long long)s->traces_failed);
    fprintf(out, "  uops emitted:         %llu\n", (unsigned long long)s->uops_emitted);
    fprintf(out, "  guards removed:       %llu\n", (unsigned long long)s->guards_removed);
    fprintf(out, "  trace entries:        %llu\n", (unsigned long long)s->trace_entries);
    fprintf(out, "  exits taken:          %llu (stitched %llu)\n", (unsigned long long)s->exits_taken,
            (unsigned long long)s->exits_stitched);
    fprintf(out, "  side traces:          %llu (exits patched to jump into them: %llu)\n",
            (unsigned long long)s->side_traces, (unsigned long long)s->exits_patched);
    fprintf(out, "  traces invalidated:   %llu (freed %llu)\n", (unsigned long long)s->invalidated,
            (unsigned long long)s->freed);
    fprintf(out, "  projection time:      %llu ns (%.1f ns/uop)\n", (unsigned long long)s->projection_ns,
            s->uops_emitted ? (double)s->projection_ns / (double)s->uops_emitted : 0.0);
    if (js->mode != JIT_ON) return;
    JitMemStats ms = js->mem_ready ? jitmem_stats(&js->mem) : (JitMemStats){0};
    fprintf(out, "  traces jitted:        %llu (failed %llu)\n", (unsigned long long)s->traces_emitted,
            (unsigned long long)s->emit_failed);
    fprintf(out, "  uops jitted:          %llu\n", (unsigned long long)s->uops_jitted);
    fprintf(out, "  code bytes:           %llu\n", (unsigned long long)s->code_bytes);
    fprintf(out, "  data bytes:           %llu\n", (unsigned long long)s->data_bytes);
    fprintf(out, "  emit time:            %.1f ns/uop copy and patch (%llu ns), + %llu ns allocating, + %llu ns sealing\n",
            s->uops_jitted ? (double)s->emit_ns / (double)s->uops_jitted : 0.0, (unsigned long long)s->emit_ns,
            (unsigned long long)s->alloc_ns, (unsigned long long)s->seal_ns);
    fprintf(out, "  jit memory:           %zu used, %zu committed, %zu slabs, cap %zu%s\n", ms.used, ms.committed,
            ms.slabs, ms.cap, ms.exhausted ? " (EXHAUSTED: compiling stopped)" : "");
    fprintf(out, "  mprotect calls:       %llu (%llu seals, %llu opens, %llu reopens)\n",
            (unsigned long long)ms.mprotect_calls, (unsigned long long)ms.seals, (unsigned long long)ms.opens,
            (unsigned long long)ms.reopens);
    fprintf(out, "  seal batches:         %llu (delay %u; unsealed-trace entries run by tier 1: %llu)\n",
            (unsigned long long)s->seal_batches, js->seal_delay, (unsigned long long)s->pending_skips);
}

/* --stats=json: every counter, one JSON object (docs/jit.md lists them). */
void tier2_print_stats_json(VM *vm, FILE *out) {
    JitState *js = vm->jit;
    JitStats *s = &js->stats;
    static const char *const modes[] = {"off", "uops", "on"};
    JitMemStats ms = js->mem_ready ? jitmem_stats(&js->mem) : (JitMemStats){0};
#define U(name, v) fprintf(out, "\"%s\": %llu, ", name, (unsigned long long)(v))
    fprintf(out, "\"jit\": {\"mode\": \"%s\", ", modes[js->mode]);
    U("threshold", js->threshold);
    U("seal_delay", js->seal_delay);
    U("traces_compiled", s->traces_compiled);
    U("traces_not_closed", s->traces_failed);
    U("uops_emitted", s->uops_emitted);
    U("guards_removed", s->guards_removed);
    U("trace_entries", s->trace_entries);
    U("exits_taken", s->exits_taken);
    U("exits_stitched", s->exits_stitched);
    U("side_traces", s->side_traces);
    U("exits_patched", s->exits_patched);
    U("traces_invalidated", s->invalidated);
    U("traces_freed", s->freed);
    U("projection_ns", s->projection_ns);
    U("traces_jitted", s->traces_emitted);
    U("emit_failed", s->emit_failed);
    U("uops_jitted", s->uops_jitted);
    U("code_bytes", s->code_bytes);
    U("data_bytes", s->data_bytes);
    U("emit_ns", s->emit_ns);
    U("alloc_ns", s->alloc_ns);
    U("seal_ns", s->seal_ns);
    U("seal_batches", s->seal_batches);
    U("unsealed_entries_run_by_tier1", s->pending_skips);
    fprintf(out, "\"compiling_stopped\": %s, \"memory\": {", js->stopped ? "true" : "false");
    U("cap", ms.cap);
    U("reserved", ms.reserved);
    U("committed", ms.committed);
    U("used", ms.used);
    U("free", ms.free);
    U("trampoline_bytes", ms.trampoline_bytes);
    U("slabs", ms.slabs);
    U("large_runs", ms.large_runs);
    U("open_slabs", ms.open_slabs);
    U("mprotect_calls", ms.mprotect_calls);
    U("opens", ms.opens);
    U("reopens", ms.reopens);
    U("seals", ms.seals);
    U("allocs", ms.allocs);
    U("frees", ms.frees);
    U("reuses", ms.reuses);
    U("trampolines", ms.trampolines);
    U("trampoline_hits", ms.trampoline_hits);
    U("failed_allocs", ms.failed_allocs);
    fprintf(out, "\"exhausted\": %s}}", ms.exhausted ? "true" : "false");
#undef U
}
