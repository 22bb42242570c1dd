/* test_jit_unwind.c - in-process unwinding through glassjit's JIT frames.
 *
 * A VM with the JIT on (threshold 1, every trace sealed at once) and the
 * libgcc + libunwind sinks and guest frames runs a guest loop that calls a
 * native builtin, probe(), through the _CALL_NATIVE stencil.  The first time
 * probe() is called from machine code (its return address lies in no loaded
 * object but in an anonymous executable mapping: JIT memory) it unwinds:
 *
 *   - with glibc's own backtrace() (libc.so.6's, found with dlvsym
 *     "GLIBC_2.2.5": libunwind.so.8 exports a `backtrace` too), which
 *     unwinds with libgcc_s and so sees the __register_frame data;
 *   - with libunwind (dlopen'ed, like glassview does, never linked: linked,
 *     it would replace backtrace() and _Unwind_* for the whole process),
 *     step by step (unw_step) and with unw_backtrace;
 *
 * and each walk must pass the uop frame that called probe() (its exact
 * return address), then at least one more JIT frame (the py::f and
 * py::<module> guest trampolines), then a return address inside run_guest()
 * - the function of this test that called vm_run_source - and then main().
 * Their address ranges are exact: each lives alone in its own section, whose
 * bounds the linker provides (__start_/__stop_SECTION).
 *
 * Without the sinks (a forked child runs the same program, same guest
 * frames, sinks 0) glibc's backtrace() must stop at the JIT frame: libgcc
 * has no unwind info for it.  libunwind's x86-64 unw_step gets through
 * anyway (measured: it reaches main) - without unwind info it falls back to
 * the rbp chain, and the trampolines and the stencils that call C keep frame
 * records - so for libunwind the test asserts what the sink changes: with it
 * unw_get_proc_info finds an entry for the uop (start_ip/end_ip around its
 * return address: unw_step uses the real CFI, right at every instruction),
 * without it none.  Whether unw_step reaches main without the sink is only
 * reported.
 */
#define _GNU_SOURCE
#define UNW_LOCAL_ONLY /* types only: the functions come from dlsym */
#include <dlfcn.h>
#include <libunwind.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "glassview.h"
#include "jit/observe.h"
#include "jit/tier2.h"
#include "vm.h"

static int passed, failed;
#define CHECK(cond)                                                                 \
    do {                                                                            \
        if (cond) passed++;                                                         \
        else {                                                                      \
            failed++;                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                           \
    } while (0)

/* run_guest and main each alone in a section: exact address ranges. */
#define IN_SECTION(s) __attribute__((noinline, section(s)))
extern const char __start_gj_unwind_run_guest[], __stop_gj_unwind_run_guest[];
extern const char __start_gj_unwind_main[], __stop_gj_unwind_main[];

static int in_run_guest(uintptr_t ip) {
    return ip > (uintptr_t)__start_gj_unwind_run_guest && ip <= (uintptr_t)__stop_gj_unwind_run_guest;
}
static int in_main(uintptr_t ip) {
    return ip > (uintptr_t)__start_gj_unwind_main && ip <= (uintptr_t)__stop_gj_unwind_main;
}

/* Is ip in JIT memory: in no loaded object, in an anonymous executable
 * mapping? */
static int is_jit(uintptr_t ip) {
    Dl_info info;
    if (dladdr((void *)ip, &info) != 0) return 0;
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) return 0;
    char line[512];
    int jit = 0;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi, off;
        char perms[8];
        int path_at = 0;
        if (sscanf(line, "%lx-%lx %7s %lx %*s %*s%n", &lo, &hi, perms, &off, &path_at) >= 4 && ip >= lo &&
            ip < hi) {
            const char *path = line + path_at;
            while (*path == ' ') path++;
            jit = perms[2] == 'x' && (*path == '\n' || *path == 0);
            break;
        }
    }
    fclose(f);
    return jit;
}

/* --- what a walk must see -------------------------------------------------- */

typedef struct Walk {
    int stage;      /* 0: before the uop frame, 1: after it, 2: in run_guest seen, 3: main seen */
    int more_jit;   /* JIT frames after the uop frame, before run_guest */
    int nframes;
} Walk;

static uintptr_t uop_ra; /* probe()'s return address: inside _CALL_NATIVE's code */

static void walk_frame(Walk *w, uintptr_t ip, const char *who) {
    const char *what = "";
    w->nframes++;
    if (w->stage == 0 && ip == uop_ra) {
        w->stage = 1;
        what = "  <- the uop that called probe()";
    } else if (w->stage == 1 && is_jit(ip)) {
        w->more_jit++;
        what = "  <- JIT (guest frame)";
    } else if (w->stage == 1 && in_run_guest(ip)) {
        w->stage = 2;
        what = "  <- run_guest";
    } else if (w->stage == 2 && in_main(ip)) {
        w->stage = 3;
        what = "  <- main";
    } else if (is_jit(ip)) {
        what = "  <- JIT";
    }
    printf("    %s #%d %#lx%s\n", who, w->nframes - 1, (unsigned long)ip, what);
}

static int walk_ok(const Walk *w) { return w->stage == 3 && w->more_jit >= 1; }
static int walk_passed_jit(const Walk *w) { return w->stage >= 1; }

/* --- glibc's backtrace() --------------------------------------------------- */

typedef int (*backtrace_fn)(void **, int);

static backtrace_fn glibc_backtrace(void) {
    void *libc = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD);
    if (!libc) return NULL;
    backtrace_fn f;
    *(void **)&f = dlvsym(libc, "backtrace", "GLIBC_2.2.5");
    dlclose(libc);
    return f;
}

static __attribute__((noinline)) void check_glibc(Walk *w) {
    void *frames[128];
    backtrace_fn bt = glibc_backtrace();
    if (!bt) {
        printf("  glibc backtrace(): cannot find libc.so.6's backtrace@GLIBC_2.2.5\n");
        return;
    }
    int n = bt(frames, 128);
    printf("  glibc backtrace(): %d frames\n", n);
    for (int i = 0; i < n; i++) walk_frame(w, (uintptr_t)frames[i], "bt");
}

/* --- libunwind ------------------------------------------------------------- */

typedef struct Unw {
    int (*getcontext)(unw_context_t *);
    int (*init_local)(unw_cursor_t *, unw_context_t *);
    int (*step)(unw_cursor_t *);
    int (*get_reg)(unw_cursor_t *, unw_regnum_t, unw_word_t *);
    int (*get_proc_info)(unw_cursor_t *, unw_proc_info_t *);
    int (*backtrace)(void **, int);
} Unw;

static int unw_load(Unw *u) {
    void *h = dlopen("libunwind.so.8", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        printf("  libunwind: cannot dlopen libunwind.so.8: %s\n", dlerror());
        return -1;
    }
    *(void **)&u->getcontext = dlsym(h, "_Ux86_64_getcontext");
    *(void **)&u->init_local = dlsym(h, "_ULx86_64_init_local");
    *(void **)&u->step = dlsym(h, "_ULx86_64_step");
    *(void **)&u->get_reg = dlsym(h, "_ULx86_64_get_reg");
    *(void **)&u->get_proc_info = dlsym(h, "_ULx86_64_get_proc_info");
    *(void **)&u->backtrace = dlsym(h, "unw_backtrace");
    /* no dlclose: glassview holds its own reference, and so do we */
    if (!u->getcontext || !u->init_local || !u->step || !u->get_reg || !u->get_proc_info || !u->backtrace) {
        printf("  libunwind: symbols missing in libunwind.so.8\n");
        return -1;
    }
    return 0;
}

/* unw_step from here; *uop_known: unw_get_proc_info found unwind info
 * (a registered entry) for the uop frame. */
static __attribute__((noinline)) void check_libunwind(Walk *w, Walk *wb, int *uop_known) {
    Unw u;
    *uop_known = 0;
    if (unw_load(&u) != 0) return;
    unw_context_t uc;
    unw_cursor_t cur;
    if (u.getcontext(&uc) != 0 || u.init_local(&cur, &uc) != 0) {
        printf("  libunwind: cannot start a walk\n");
        return;
    }
    printf("  libunwind unw_step:\n");
    for (int i = 0; i < 128; i++) {
        unw_word_t ip = 0;
        u.get_reg(&cur, UNW_REG_IP, &ip);
        walk_frame(w, (uintptr_t)ip, "unw");
        if ((uintptr_t)ip == uop_ra) {
            unw_proc_info_t pi;
            memset(&pi, 0, sizeof pi);
            if (u.get_proc_info(&cur, &pi) == 0 && pi.start_ip < ip && ip <= pi.end_ip) *uop_known = 1;
            printf("      unw_get_proc_info: %s [%#lx, %#lx)\n", *uop_known ? "found" : "none",
                   (unsigned long)pi.start_ip, (unsigned long)pi.end_ip);
        }
        if (u.step(&cur) <= 0) break;
    }
    void *frames[128];
    int n = u.backtrace(frames, 128);
    printf("  libunwind unw_backtrace: %d frames\n", n);
    for (int i = 0; i < n; i++) walk_frame(wb, (uintptr_t)frames[i], "unw_bt");
}

/* --- the probe ------------------------------------------------------------- */

typedef struct Result {
    int probes, from_jit;
    int glibc_ok, glibc_passed_jit;
    int unw_ok, unw_bt_ok, unw_passed_jit, unw_known;
} Result;
static Result res;

static Value probe(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)vm, (void)kwnames;
    res.probes++;
    uintptr_t ra = (uintptr_t)__builtin_return_address(0);
    if (!res.from_jit && is_jit(ra)) {
        res.from_jit = 1;
        uop_ra = ra;
        printf("  probe() called from JIT code at %#lx\n", (unsigned long)ra);
        Walk g = {0}, uw = {0}, ub = {0};
        check_glibc(&g);
        res.glibc_ok = walk_ok(&g);
        res.glibc_passed_jit = walk_passed_jit(&g);
        check_libunwind(&uw, &ub, &res.unw_known);
        res.unw_ok = walk_ok(&uw);
        res.unw_bt_ok = walk_ok(&ub);
        res.unw_passed_jit = walk_passed_jit(&uw);
        printf("  -> glibc backtrace(): %s; unw_step: %s; unw_backtrace: %s\n",
               res.glibc_ok ? "reached main through the JIT frames" : "FAILED",
               res.unw_ok ? "reached main through the JIT frames" : "FAILED",
               res.unw_bt_ok ? "reached main through the JIT frames" : "FAILED");
        fflush(stdout);
    }
    return nargs == 1 ? args[0] : VAL_NONE;
}

static const char guest_src[] =
    "def f(n):\n"
    "    t = 0\n"
    "    for i in range(n):\n"
    "        t = t + probe(i)\n"
    "    return t\n"
    "\n"
    "result = f(40)\n";

/* Runs the guest program in a fresh VM; returns its `result` or -1. */
IN_SECTION("gj_unwind_run_guest") static int64_t run_guest(unsigned sinks, int guest_frames) {
    VM *vm = vm_new();
    vm->jit->mode = JIT_ON;
    vm->jit->threshold = 1;
    vm->jit->seal_delay = 0;
    ObserveOptions o = {.sinks = sinks, .guest_frames = guest_frames};
    jit_observe_open(vm, &o);
    dict_set_str(vm, vm->builtins, str_intern_cstr(vm, "probe"), native_func_new(vm, "probe", probe, NULL, 0));
    Value mod = vm_run_source(vm, "__main__", "unwind_guest.py", guest_src, strlen(guest_src));
    int64_t r = -1;
    if (mod != VAL_ERR) {
        Value v = dict_get_str(((Module *)val_as_obj(mod))->dict, str_intern_cstr(vm, "result"));
        if (val_is_int(v)) r = int_value(v);
    } else {
        fprintf(stderr, "the guest program raised an exception\n");
    }
    vm_free(vm);
    return r;
}

IN_SECTION("gj_unwind_main") int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    /* Without the sinks, in a child (one VM per process): exit status bit 0
     * = glibc reached main, bit 1 = unw_step reached main, bit 2 = unw_step
     * passed the JIT frame, bit 3 = libunwind knew the JIT code, bit 4 = the
     * probe never ran from JIT code, 64 = the program failed. */
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        printf("without sinks:\n");
        int64_t r = run_guest(0, 1);
        int code = (res.glibc_ok ? 1 : 0) | (res.unw_ok ? 2 : 0) | (res.unw_passed_jit ? 4 : 0) |
                   (res.unw_known ? 8 : 0) | (res.from_jit ? 0 : 16) | (r == 780 ? 0 : 64);
        fflush(stdout);
        _exit(code);
    }
    int status = 0;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status));
    int nos = WIFEXITED(status) ? WEXITSTATUS(status) : 64;

    printf("with the libgcc and libunwind sinks and guest frames:\n");
    int64_t r = run_guest(GV_SINK_LIBGCC | GV_SINK_LIBUNWIND, 1);
    CHECK(r == 780); /* sum(range(40)) */
    CHECK(res.probes == 40);
    CHECK(res.from_jit);                 /* probe() was called from machine code */
    CHECK(res.glibc_ok);                 /* backtrace(): uop frame, guest frames, run_guest, main */
    CHECK(res.unw_ok);                   /* unw_step: the same */
    CHECK(res.unw_bt_ok);                /* unw_backtrace (libunwind's fast path): the same */
    CHECK(res.unw_known);                /* libunwind has unwind info for the uop */

    printf("without sinks (child): status %d: glibc %s, unw_step %s, passed the JIT frame: %s, "
           "libunwind knew the uop: %s\n",
           nos, nos & 1 ? "reached main" : "stopped", nos & 2 ? "reached main" : "stopped",
           nos & 4 ? "yes" : "no", nos & 8 ? "yes" : "no");
    CHECK(!(nos & 64));  /* the program ran correctly */
    CHECK(!(nos & 16));  /* and called probe() from JIT code */
    CHECK(!(nos & 1));   /* glibc's backtrace() cannot pass the JIT frame without __register_frame */
    CHECK(!(nos & 8));   /* nor does libunwind know the JIT code without _U_dyn_register */
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
