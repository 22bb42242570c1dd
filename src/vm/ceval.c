/* ceval.c - the tier-1 interpreter: frames, argument binding and the
 * dispatch loop.  Instruction bodies come from the generated
 * interp_cases.h (src/vm/bytecodes.def); this file only supplies the
 * machinery those bodies are written against.
 *
 * Each guest call is one C call of eval_frame(), so native stack walkers see
 * one interpreter frame per guest frame.
 */
#include <stdlib.h>

#include "../runtime/containers.h"
#include "../vm.h"
#include "opcodes.h"
#include "rt.h"
#include "../jit/observe.h"
#include "../jit/tier2.h"

/* ---- frame placement ----------------------------------------------------- */

/* First free VM stack slot above everything the running frame may use. */
static inline Value *stack_top_free(VM *vm) {
    Frame *f = vm->frame;
    if (!f) return vm->stack;
    Code *c = f->code;
    return f->localsplus + c->nlocals + c->ncells + c->nfree + c->stacksize;
}

static Value too_deep(VM *vm) {
    return vm_raise(vm, &RecursionErrorType, "maximum recursion depth exceeded");
}

/* ---- argument binding ------------------------------------------------------ */

static const char *plural(int64_t n) { return n == 1 ? "" : "s"; }

static Str *local_name(Code *co, int i) { return (Str *)val_as_obj(co->localsplus->items[i]); }

static Value missing_args(VM *vm, Function *f, Value *locals, int from, int to, bool kwonly) {
    Code *co = f->code;
    int missing[64], n = 0;
    for (int i = from; i < to && n < 64; i++)
        if (locals[i] == VAL_UNDEF) missing[n++] = i;
    StrBuf b;
    sb_init(&b);
    for (int k = 0; k < n; k++) {
        if (k > 0) sb_puts(&b, n == 2 ? " and " : (k == n - 1 ? ", and " : ", "));
        sb_printf(&b, "'%s'", local_name(co, missing[k])->data);
    }
    Value r = vm_raise(vm, &TypeErrorType, "%s() missing %d required %s argument%s: %s", f->qualname->data, n,
                       kwonly ? "keyword-only" : "positional", plural(n), b.data);
    sb_free(&b);
    return r;
}

/* Binds args (positional then kwnames values) into locals[0..] following
 * CPython's rules.  locals must not overlap args. */
static int bind_args(VM *vm, Function *f, Value *locals, Value *args, int nargs, Tuple *kwnames) {
    Code *co = f->code;
    int argc = co->argcount, kwc = co->kwonlyargcount;
    int total = argc + kwc;
    int varargs_slot = (co->flags & CO_VARARGS) ? total : -1;
    int varkw_slot = (co->flags & CO_VARKW) ? total + (varargs_slot >= 0) : -1;
    Dict *kwdict = NULL;
    int npos = nargs < argc ? nargs : argc;
    for (int i = 0; i < npos; i++) locals[i] = args[i];
    if (varargs_slot >= 0) {
        int extra = nargs > argc ? nargs - argc : 0;
        locals[varargs_slot] = tuple_from_array(vm, args + argc, extra);
    } else if (nargs > argc) {
        int ndef = f->defaults ? (int)f->defaults->len : 0;
        int given_kw = 0;
        if (kwnames)
            for (int64_t k = 0; k < kwnames->len; k++)
                for (int i = argc; i < total; i++)
                    if (str_eq((Str *)val_as_obj(kwnames->items[k]), local_name(co, i))) given_kw++;
        char kwpart[96] = "";
        if (given_kw)
            snprintf(kwpart, sizeof kwpart, " positional argument%s (and %d keyword-only argument%s)", plural(nargs),
                     given_kw, plural(given_kw));
        if (ndef)
            vm_raise(vm, &TypeErrorType, "%s() takes from %d to %d positional arguments but %d %s given",
                     f->qualname->data, argc - ndef, argc, nargs, nargs == 1 ? "was" : "were");
        else if (given_kw)
            vm_raise(vm, &TypeErrorType, "%s() takes %d positional argument%s but %d%s were given", f->qualname->data,
                     argc, plural(argc), nargs, kwpart);
        else
            vm_raise(vm, &TypeErrorType, "%s() takes %d positional argument%s but %d %s given", f->qualname->data,
                     argc, plural(argc), nargs, nargs == 1 ? "was" : "were");
        return -1;
    }
    if (varkw_slot >= 0) {
        kwdict = dict_new(vm);
        locals[varkw_slot] = val_from_obj(kwdict);
    }
    if (kwnames) {
        for (int64_t k = 0; k < kwnames->len; k++) {
            Str *name = (Str *)val_as_obj(kwnames->items[k]);
            Value v = args[nargs + k];
            int slot = -1;
            for (int i = 0; i < total; i++) {
                Str *ln = local_name(co, i);
                if (ln == name || str_eq(ln, name)) { slot = i; break; }
            }
            if (slot < 0) {
                if (!kwdict) {
                    vm_raise(vm, &TypeErrorType, "%s() got an unexpected keyword argument '%s'", f->qualname->data,
                             name->data);
                    return -1;
                }
                if (dict_set(vm, kwdict, val_from_obj(name), v) < 0) return -1;
                continue;
            }
            if (locals[slot] != VAL_UNDEF) {
                vm_raise(vm, &TypeErrorType, "%s() got multiple values for argument '%s'", f->qualname->data,
                         name->data);
                return -1;
            }
            locals[slot] = v;
        }
    }
    if (nargs < argc) {
        int ndef = f->defaults ? (int)f->defaults->len : 0;
        for (int i = nargs; i < argc; i++) {
            if (locals[i] != VAL_UNDEF) continue;
            int d = i - (argc - ndef);
            if (d >= 0) locals[i] = f->defaults->items[d];
        }
        for (int i = nargs; i < argc; i++)
            if (locals[i] == VAL_UNDEF) { missing_args(vm, f, locals, 0, argc, false); return -1; }
    }
    bool missing = false;
    for (int i = argc; i < total; i++) {
        if (locals[i] != VAL_UNDEF) continue;
        Value d = f->kwdefaults ? dict_get_str(f->kwdefaults, local_name(co, i)) : VAL_UNDEF;
        if (d == VAL_UNDEF) missing = true;
        else locals[i] = d;
    }
    if (missing) {
        missing_args(vm, f, locals, argc, total, true);
        return -1;
    }
    return 0;
}

/* Cells and free variables, once the arguments are in place. */
static void init_cells(VM *vm, Function *f, Code *co, Value *locals) {
    for (int i = 0; i < co->ncells; i++) {
        Cell *c = gc_new(vm, &CellType, sizeof(Cell));
        c->value = co->cell2arg && co->cell2arg[i] >= 0 ? locals[co->cell2arg[i]] : VAL_UNDEF;
        locals[co->nlocals + i] = val_from_obj(c);
    }
    for (int i = 0; i < co->nfree; i++) locals[co->nlocals + co->ncells + i] = f->closure->items[i];
}

static Value eval_frame(VM *vm, Frame *frame);

/* Runs a frame; with guest frames on (observe.h), through its function's
 * trampoline, so native stacks show py::FUNCTION:FILE for it. */
static inline Value enter_frame(VM *vm, Frame *frame) {
    if (__builtin_expect(vm->guest_frames, 0)) {
        GuestFrame *g = frame->code->guest;
        GuestEntry e = g ? g->entry : jit_guest_entry(vm, frame->code, (void *)eval_frame);
        if (e) return e(vm, frame, eval_frame);
    }
    return eval_frame(vm, frame);
}

/* Runs a frame whose localsplus starts at base and whose first `ready` slots
 * already hold the arguments. */
static Value run_function(VM *vm, Function *f, Value *base, int ready) {
    Code *co = f->code;
    int nlp = co->nlocals + co->ncells + co->nfree;
    if (base + nlp + co->stacksize > vm->stack_end) return too_deep(vm);
    for (int i = ready; i < co->nlocals; i++) base[i] = VAL_UNDEF;
    if (co->ncells | co->nfree) init_cells(vm, f, co, base);
    Frame fr = {.prev = vm->frame, .func = f, .code = co, .localsplus = base, .sp = base + nlp,
                .ip = co->code, .globals = f->globals, .ns = NULL, .handled_exc = VAL_NONE};
    return enter_frame(vm, &fr);
}

Value func_call(VM *vm, Function *f, Value *args, int nargs, Tuple *kwnames) {
    Value *base = stack_top_free(vm);
    Code *co = f->code;
    int nlp = co->nlocals + co->ncells + co->nfree;
    if (base + nlp + co->stacksize > vm->stack_end) return too_deep(vm);
    for (int i = 0; i < co->nlocals; i++) base[i] = VAL_UNDEF;
    if (bind_args(vm, f, base, args, nargs, kwnames) < 0) return VAL_ERR;
    return run_function(vm, f, base, co->nlocals);
}

/* Arguments already sit where the callee's locals begin (the caller's stack). */
static inline bool simple_call(Function *f, int nargs) {
    Code *co = f->code;
    return nargs == co->argcount && !(co->flags & (CO_VARARGS | CO_VARKW)) && co->kwonlyargcount == 0;
}

Value call_py_exact_args(VM *vm, Function *f, Value *args, int nargs) {
    if (simple_call(f, nargs)) return run_function(vm, f, args, nargs);
    return func_call(vm, f, args, nargs, NULL);
}

Value vm_call(VM *vm, Value callable, Value *args, int nargs, Tuple *kwnames) {
    vm->gc_inhibit++;
    Value r = value_call(vm, callable, args, nargs, kwnames);
    vm->gc_inhibit--;
    return r;
}

/* A call made by the CALL instructions: guest functions, methods and class
 * instantiation stay on the interpreter path (collection stays possible);
 * everything else goes through vm_call. */
Value call_from_frame(VM *vm, Value callable, Value *args, int nargs, Tuple *kwnames) {
    if (val_is_obj(callable)) {
        Obj *o = val_as_obj(callable);
        if (o->type == &FunctionType) {
            Function *f = (Function *)o;
            if (!kwnames && simple_call(f, nargs)) return run_function(vm, f, args, nargs);
            return func_call(vm, f, args, nargs, kwnames);
        }
        if (o->type == &BoundMethodType) {
            BoundMethod *bm = (BoundMethod *)o;
            if (val_is_type(bm->func, &FunctionType)) {
                /* every caller leaves a slot below args (the CALL's self/NULL
                 * slot, or rt_call_ex's spare): put self there */
                Value saved = args[-1];
                args[-1] = bm->self;
                Value r = call_from_frame(vm, bm->func, args - 1, nargs + 1, kwnames);
                args[-1] = saved;
                return r;
            }
        }
    }
    return vm_call(vm, callable, args, nargs, kwnames);
}

/* ---- module and class bodies ----------------------------------------------- */

Value eval_code(VM *vm, Function *func, Code *co, Dict *globals, Dict *ns) {
    Value *base = stack_top_free(vm);
    int nlp = co->nlocals + co->ncells + co->nfree;
    if (base + nlp + co->stacksize > vm->stack_end) return too_deep(vm);
    for (int i = 0; i < co->nlocals; i++) base[i] = VAL_UNDEF;
    if (co->ncells | co->nfree) init_cells(vm, func, co, base);
    Frame fr = {.prev = vm->frame, .func = func, .code = co, .localsplus = base, .sp = base + nlp,
                .ip = co->code, .globals = globals, .ns = ns, .handled_exc = VAL_NONE};
    return enter_frame(vm, &fr);
}

/* ---- exceptions ------------------------------------------------------------- */

int frame_line(const Frame *f) {
    const CodeUnit *ip = f->ip;
    ptrdiff_t off = ip - f->code->code - 1;
    if (off < 0) off = 0;
    if (off >= f->code->ncode) off = f->code->ncode - 1;
    return f->code->lines[off];
}

static const ExcTableEntry *find_handler(Code *co, uint32_t off) {
    for (int i = 0; i < co->nexc; i++) {
        const ExcTableEntry *e = &co->exctable[i];
        if (off >= e->start && off < e->end) return e;
    }
    return NULL;
}

/* ---- the loop --------------------------------------------------------------- */

#define TARGET(op) TARGET_##op:
#define DEOPT_TARGET(op) \
    deopt_##op: \
    this_instr[0] = (CodeUnit)op | ((CodeUnit)oparg << 8); \
    this_instr[1] = RT_BACKOFF; \
    next_instr = this_instr + 1;
#define DISPATCH() \
    do { \
        this_instr = next_instr; \
        CodeUnit w_ = *next_instr++; \
        oparg = (int)(w_ >> 8); \
        goto *targets[w_ & 0xFF]; \
    } while (0)

#define CACHE (this_instr + 1)
#define LOCALS localsplus
#define CONSTS consts
#define NAMES(i) ((Str *)val_as_obj(names[i]))
#define GLOBALS globals
#define BUILTINS builtins
#define ERROR_IF(cond) \
    do { \
        if (__builtin_expect(!!(cond), 0)) { sp = base_; goto error; } \
    } while (0)
#define DEOPT_LABEL deopt_none
#define DEOPT_IF(cond) \
    do { \
        if (__builtin_expect(!!(cond), 0)) goto DEOPT_LABEL; \
    } while (0)
#define JUMP_TO(target) (next_instr = first_instr + (target))
#define EXIT_JUMP(target) \
    do { \
        sp = base_; \
        JUMP_TO(target); \
        DISPATCH(); \
    } while (0)
#define SPECIALIZE(fn, ...) \
    do { \
        if (CACHE[0] == 0) { \
            fn(vm, this_instr, __VA_ARGS__); \
            next_instr = this_instr; \
            DISPATCH(); \
        } \
        CACHE[0]--; \
    } while (0)
#define SAFEPOINT() rt_safepoint(vm, frame, sp)
/* Branch statistics for trace projection: taken count in the high 16 bits,
 * executions in the low 16, halved when the count saturates. */
#define RECORD_BRANCH(taken) \
    do { \
        CodeUnit c_ = CACHE[0]; \
        if ((c_ & 0xFFFF) == 0xFFFF) c_ = (c_ >> 1) & 0x7FFF7FFFu; \
        CACHE[0] = c_ + 1 + ((CodeUnit)(taken) << 16); \
    } while (0)
#define TIER2_HOTNESS() \
    do { \
        if (vm->jit->mode != JIT_OFF) { \
            if (CACHE[0] == 0) { \
                frame->sp = sp; \
                if (tier2_on_hot_loop(vm, frame, this_instr)) { \
                    next_instr = this_instr; \
                    DISPATCH(); \
                } \
            } else { \
                CACHE[0]--; \
            } \
        } \
    } while (0)
#define TIER2_ENTER(idx) \
    do { \
        frame->sp = sp; \
        frame->ip = next_instr; \
        Value *tsp_ = sp; /* never take &sp: it would pin sp to memory in the whole loop */ \
        int64_t r_ = tier2_enter(vm, frame, (idx), &tsp_); \
        sp = tsp_; \
        if (r_ < 0) { \
            this_instr = first_instr + (-r_ - 1); \
            goto error; \
        } \
        next_instr = first_instr + r_; \
        DISPATCH(); \
    } while (0)
#define SYNC_FOR_CALL() (frame->sp = sp, frame->ip = next_instr)
#define CALL_FUNCTION(c, a, n, kw) (SYNC_FOR_CALL(), call_from_frame(vm, (c), (a), (n), (kw)))
#define CALL_PY_EXACT_ARGS(f, a, n) (SYNC_FOR_CALL(), call_py_exact_args(vm, (f), (a), (n)))
#define RETURN_VALUE(v) \
    do { \
        result = (v); \
        goto exit_frame; \
    } while (0)
#define RERAISE_EXC(v) \
    do { \
        vm->exc = (v); \
        sp = base_; \
        goto reraise; \
    } while (0)

static Value eval_frame(VM *vm, Frame *frame) {
#define LABEL_ADDR(op) &&TARGET_##op,
    static void *const targets[256] = {OPCODE_LIST(LABEL_ADDR)};
#undef LABEL_ADDR
    Code *co = frame->code;
    CodeUnit *first_instr = co->code;
    CodeUnit *next_instr = (CodeUnit *)frame->ip;
    CodeUnit *this_instr = next_instr;
    Value *localsplus = frame->localsplus;
    Value *sp = frame->sp;
    const Value *consts = co->consts->items;
    const Value *names = co->names->items;
    Dict *globals = frame->globals;
    Dict *builtins = vm->builtins;
    Value result = VAL_NONE;
    int oparg = 0;
    bool add_tb;

    if (__builtin_expect(++vm->depth > vm->recursion_limit, 0) ||
        __builtin_expect((char *)__builtin_frame_address(0) < vm->native_stack_limit, 0)) {
        vm->depth--;
        return too_deep(vm);
    }
    frame->prev = vm->frame;
    vm->frame = frame;
    SAFEPOINT();
    DISPATCH();

#define DEOPT_TARGET_UNUSED
#include "interp_cases.h"

deopt_none: __attribute__((unused));
    abort(); /* DEOPT_IF in an instruction with no base: a bytecodes.def error */

error:
    add_tb = true;
    goto unwind;
reraise:
    add_tb = false;
unwind: {
    Value exc = vm->exc;
    frame->ip = this_instr + 1;
    if (add_tb && val_is_obj(exc))
        exc_add_traceback(vm, (ExcObj *)val_as_obj(exc), co, co->lines[this_instr - first_instr]);
    const ExcTableEntry *h = find_handler(co, (uint32_t)(this_instr - first_instr));
    if (h) {
        sp = localsplus + co->nlocals + co->ncells + co->nfree + h->depth;
        *sp++ = exc;
        vm->exc = VAL_NULL;
        next_instr = first_instr + h->handler;
        DISPATCH();
    }
    result = VAL_ERR;
}
exit_frame:
    vm->frame = frame->prev;
    vm->depth--;
    return result;
}
