/* frames.c - classify native frame names (frames.h). */
#include "frames.h"

#include <stdlib.h>
#include <string.h>

/* The functions that run guest code or lead from main() into it.  Kept by
 * hand: when one of these is renamed or a new one joins the call path, this
 * list (and test_flamegraph.c) must follow, or its samples count as runtime.
 *   src/main.c           main
 *   src/vm.c             vm_run_main, vm_run_module, vm_run_source
 *   src/vm/ceval.c       eval_code, eval_frame, enter_frame, run_function,
 *                        func_call, call_py_exact_args, call_from_frame,
 *                        vm_call, bind_args, init_cells, find_handler
 *   src/jit/trace.c      tier2_enter, run_executor (entering traces; the
 *                        trace recorder/compiler is runtime, not here)
 *   src/jit/uop_interp.c uop_execute (--jit=uops)
 *   stencils/shim.c      jit_shim
 * Sorted for bsearch. */
static const char *const interp_functions[] = {
    "bind_args",   "call_from_frame", "call_py_exact_args", "enter_frame", "eval_code",     "eval_frame",
    "find_handler", "func_call",      "init_cells",         "jit_shim",    "main",          "run_executor",
    "run_function", "tier2_enter",    "uop_execute",        "vm_call",     "vm_run_main",   "vm_run_module",
    "vm_run_source", NULL,
};
#define N_INTERP (sizeof interp_functions / sizeof interp_functions[0] - 1)

const char *const *frame_interp_functions(void) { return interp_functions; }

static bool ends_with(const char *s, size_t n, const char *suffix) {
    size_t k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

static bool is_upper_ident(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }
static bool is_ident(char c) { return is_upper_ident(c) || (c >= 'a' && c <= 'z'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* `_` + [A-Z] + [A-Z0-9_]*, ending at n or at a non-identifier character. */
static bool is_uop(const char *s, size_t n) {
    if (n < 2 || s[0] != '_' || !(s[1] >= 'A' && s[1] <= 'Z')) return false;
    size_t i = 2;
    while (i < n && is_upper_ident(s[i])) i++;
    return i == n || !is_ident(s[i]);
}

/* traceN:... as observe.c names a whole trace. */
static bool is_trace(const char *s, size_t n) {
    if (n < 7 || memcmp(s, "trace", 5) != 0 || !is_digit(s[5])) return false;
    size_t i = 5;
    while (i < n && is_digit(s[i])) i++;
    return i < n && s[i] == ':';
}

static int cmp_name(const void *key, const void *elem) {
    return strcmp((const char *)key, *(const char *const *)elem);
}

/* The symbol without the compiler's clone suffixes (`eval_frame.cold`,
 * `.part.0`, `.isra.0`) or anything after a space (a srcline). */
static bool is_interp(const char *s, size_t n) {
    char buf[64];
    size_t k = 0;
    while (k < n && s[k] != '.' && s[k] != ' ') k++;
    if (k == 0 || k >= sizeof buf) return false;
    memcpy(buf, s, k);
    buf[k] = '\0';
    return bsearch(buf, interp_functions, N_INTERP, sizeof interp_functions[0], cmp_name) != NULL;
}

FrameKind frame_kind(const char *name) {
    size_t n = strlen(name);
    if (n == 0) return FRAME_OTHER;
    if (ends_with(name, n, "_[k]") || strncmp(name, "[k] ", 4) == 0 || strcmp(name, "[kernel.kallsyms]") == 0)
        return FRAME_KERNEL;
    /* stackcollapse-perf.pl's other annotations say nothing about the kind
     * here (perf marks all of glassjit's JIT code `_[j]`, but so would it
     * any other JIT's); the name decides. */
    if (ends_with(name, n, "_[j]") || ends_with(name, n, "_[i]") || ends_with(name, n, "_[w]")) n -= 4;
    if (n == 0) return FRAME_OTHER;
    if (n > 4 && memcmp(name, "py::", 4) == 0) return FRAME_GUEST;
    if (is_uop(name, n) || is_trace(name, n)) return FRAME_UOP;
    if (is_interp(name, n)) return FRAME_INTERP;
    if (name[0] == '[' || (n > 2 && name[0] == '0' && name[1] == 'x')) return FRAME_OTHER;
    return FRAME_RUNTIME;
}

const char *frame_kind_name(FrameKind kind) {
    switch (kind) {
    case FRAME_GUEST: return "guest";
    case FRAME_UOP: return "jit";
    case FRAME_INTERP: return "interp";
    case FRAME_RUNTIME: return "runtime";
    case FRAME_KERNEL: return "kernel";
    default: return "other";
    }
}

const char *frame_kind_label(FrameKind kind) {
    switch (kind) {
    case FRAME_GUEST: return "guest functions (py::)";
    case FRAME_UOP: return "JIT code (uops, traces)";
    case FRAME_INTERP: return "interpreter";
    case FRAME_RUNTIME: return "runtime and libraries";
    case FRAME_KERNEL: return "kernel";
    default: return "unknown";
    }
}
