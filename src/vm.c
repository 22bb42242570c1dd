/* vm.c - creating the VM and running modules. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include "compile/compile.h"
#include "compile/dis.h"
#include "front/ast.h"
#include "jit/observe.h"
#include "jit/tier2.h"
#include "vm.h"

/* Value stack: reserved once, committed lazily by the kernel. */
#define VM_STACK_VALUES (16u << 20)
/* Native stack we allow guest recursion to use. */
#define NATIVE_STACK_BUDGET (200u << 20)
#define NATIVE_STACK_MARGIN (1u << 20)

static void setup_native_stack(VM *vm) {
    struct rlimit rl;
    size_t budget = NATIVE_STACK_BUDGET;
    if (getrlimit(RLIMIT_STACK, &rl) == 0) {
        if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < budget) {
            rlim_t want = budget;
            if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < want) want = rl.rlim_max;
            rl.rlim_cur = want;
            if (setrlimit(RLIMIT_STACK, &rl) != 0 || want < budget) budget = (size_t)want;
        }
    }
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    vm->native_stack_limit = (char *)(here - (budget - NATIVE_STACK_MARGIN));
}

VM *vm_new(void) {
    VM *vm = calloc(1, sizeof(VM));
    void *stk = mmap(NULL, sizeof(Value) * VM_STACK_VALUES, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (stk == MAP_FAILED) {
        fprintf(stderr, "glassjit: cannot reserve the value stack\n");
        exit(1);
    }
    vm->stack = stk;
    vm->stack_end = vm->stack + VM_STACK_VALUES;
    vm->exc = VAL_NULL;
    vm->gc_epoch = 1;
    gc_init(vm);
    /* GLASSJIT_GC_STRESS=1 makes the collector run at almost every safe point:
     * the test suite uses it to catch values the root scan would miss. */
    const char *stress = getenv("GLASSJIT_GC_STRESS");
    vm->gc_stress = stress && *stress == '1';
    vm->heap_min_threshold = vm->gc_stress ? (64u << 10) : (64u << 20);
    vm->heap_threshold = vm->heap_min_threshold;
    vm->gc_inhibit = 1; /* no collection while the runtime is being built */
    vm->recursion_limit = 1000;
    vm->next_type_version = 1;
    vm->next_func_version = 1;
    vm->jit = calloc(1, sizeof(JitState));
    vm->jit->mode = JIT_OFF;
    vm->jit->threshold = 16;
    vm->jit->seal_delay = JIT_SEAL_DELAY;
    setup_native_stack(vm);

    vm->interned = dict_new(vm);
    vm->builtins = dict_new(vm);
    vm->modules = dict_new(vm);
#define X(n) vm->names.n = str_intern_cstr(vm, #n);
    VM_NAMES(X)
#undef X
    object_init(vm);
    exc_init(vm);
    number_init(vm);
    str_init(vm);
    containers_init(vm);
    builtins_init(vm);
    dict_set_str(vm, vm->builtins, vm->names.__name__, val_from_obj(str_intern_cstr(vm, "builtins")));
    mod_math_init(vm);
    mod_time_init(vm);
    vm->gc_inhibit = 0;
    return vm;
}

void vm_free(VM *vm) {
    jit_observe_close(vm); /* first: one batch unregistration, not one per dying code object */
    gc_free_all(vm);
    munmap(vm->stack, sizeof(Value) * VM_STACK_VALUES);
    if (vm->jit->mem_ready) jitmem_destroy(&vm->jit->mem);
    free(vm->jit->described_later);
    free(vm->jit);
    free(vm);
}

Value vm_run_source(VM *vm, const char *name, const char *filename, const char *src, size_t len) {
    return vm_run_module(vm, name, filename, src, len, NULL);
}

Value vm_run_module(VM *vm, const char *name, const char *filename, const char *src, size_t len,
                    const char *package_dir) {
    ParseResult pr;
    parse_source(&pr, filename, src, len);
    if (!pr.ok) {
        Value r = vm_raise(vm, &SyntaxErrorType, "%s", pr.error);
        parse_result_free(&pr);
        return r;
    }
    char err[600];
    Code *code = compile_module(vm, &pr, filename, err, sizeof err);
    parse_result_free(&pr);
    if (!code) return vm_raise(vm, &SyntaxErrorType, "%s", err);
    if (vm->opt_dis) {
        dis_code(code, stdout);
        return VAL_NONE;
    }
    Str *mname = str_intern_cstr(vm, name);
    Value mod = module_new(vm, mname);
    Module *m = (Module *)val_as_obj(mod);
    m->file = str_from_cstr(vm, filename);
    dict_set_str(vm, m->dict, vm->names.__file__, val_from_obj(m->file));
    dict_set_str(vm, m->dict, vm->names.__builtins__, val_from_obj(vm->builtins));
    Value pkg = VAL_NONE;
    if (package_dir) {
        dict_set_str(vm, m->dict, vm->names.__path__, val_from_obj(str_from_cstr(vm, package_dir)));
        pkg = val_from_obj(mname);
    } else if (strchr(name, '.')) {
        pkg = val_from_obj(str_new(vm, name, strrchr(name, '.') - name));
    }
    dict_set_str(vm, m->dict, vm->names.__package__, pkg);
    dict_set_str(vm, vm->modules, mname, mod);
    if (!strcmp(name, "__main__")) vm->main_module = m;
    Value r = eval_code(vm, NULL, code, m->dict, NULL);
    if (r == VAL_ERR) {
        dict_del(vm, vm->modules, val_from_obj(mname));
        return VAL_ERR;
    }
    return mod;
}

/* Exit status for an uncaught SystemExit, printing its message if any. */
static int system_exit_status(VM *vm, Value exc) {
    ExcObj *e = (ExcObj *)val_as_obj(exc);
    Value code = e->args && e->args->len > 0 ? e->args->items[0] : VAL_NONE;
    if (e->args && e->args->len > 1) code = val_from_obj(e->args);
    if (code == VAL_NONE) return 0;
    if (val_is_int(code) || val_is_bool(code)) return (int)(int_value(code) & 0xFF);
    Value s = value_str(vm, code);
    if (s != VAL_ERR) {
        fflush(stdout);
        fprintf(stderr, "%s\n", ((Str *)val_as_obj(s))->data);
    }
    return 1;
}

int vm_run_main(VM *vm, const char *filename, const char *src, size_t len) {
    Value r = vm_run_source(vm, "__main__", filename, src, len);
    int status = 0;
    if (vm->opt_dis && r != VAL_ERR) return 0;
    if (r == VAL_ERR) {
        Value exc = vm->exc;
        vm->exc = VAL_NULL;
        fflush(stdout);
        if (val_isinstance(exc, &SystemExitType)) {
            status = system_exit_status(vm, exc);
        } else if (val_is_type(exc, &SyntaxErrorType) && ((ExcObj *)val_as_obj(exc))->ntb == 0) {
            /* compile-time error: the message is already "file:line:col: SyntaxError: ..." */
            Value s = value_str(vm, exc);
            fprintf(stderr, "%s\n", s == VAL_ERR ? "SyntaxError" : ((Str *)val_as_obj(s))->data);
            status = 1;
        } else {
            exc_print(vm, exc);
            status = 1;
        }
    }
    fflush(stdout);
    return status;
}
