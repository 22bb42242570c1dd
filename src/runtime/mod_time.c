/* mod_time.c - the time module: time, time_ns, perf_counter(_ns),
 * monotonic(_ns), process_time(_ns), sleep. */
#if !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <math.h>
#include <time.h>

#include "runtime/core.h"

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static double clock_sec(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#define CLOCK_FUNCS(pyname, clk) \
    static Value t_##pyname(VM *vm, Value *args, int nargs, Tuple *kwnames) { \
        (void)args; \
        if (args_no_kw(vm, #pyname, kwnames) < 0 || args_check(vm, #pyname, nargs, 0, 0) < 0) return VAL_ERR; \
        return val_from_float(clock_sec(clk)); \
    } \
    static Value t_##pyname##_ns(VM *vm, Value *args, int nargs, Tuple *kwnames) { \
        (void)args; \
        if (args_no_kw(vm, #pyname "_ns", kwnames) < 0 || args_check(vm, #pyname "_ns", nargs, 0, 0) < 0) \
            return VAL_ERR; \
        return int_from_i64(vm, clock_ns(clk)); \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)

static Value t_sleep(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "sleep", kwnames) < 0 || args_check(vm, "sleep", nargs, 1, 1) < 0) return VAL_ERR;
    double secs;
    Value v = args[0];
    if (val_is_float(v)) {
        secs = val_as_float(v);
        if (isnan(secs)) return vm_raise(vm, &ValueErrorType, "Invalid value NaN (not a number)");
    } else if (val_is_int(v) || val_is_bool(v)) {
        secs = (double)int_value(v);
    } else {
        int64_t i;
        if (value_index(vm, v, &i) == VAL_ERR) return VAL_ERR;
        secs = (double)i;
    }
    if (secs < 0) return vm_raise(vm, &ValueErrorType, "sleep length must be non-negative");
    if (secs > 1e9) return vm_raise(vm, &OverflowErrorType, "sleep length is too large");
    fflush(stdout);
    struct timespec req, rem;
    req.tv_sec = (time_t)secs;
    req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
    if (req.tv_nsec >= 1000000000L) req.tv_nsec = 999999999L;
    while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
    return VAL_NONE;
}

static void add_fn(VM *vm, Module *m, const char *name, NativeFn fn) {
    dict_set_str(vm, m->dict, str_intern_cstr(vm, name), native_func_new(vm, name, fn, NULL, 0));
}

void mod_time_init(VM *vm) {
    Str *name = str_intern_cstr(vm, "time");
    Value mv = module_new(vm, name);
    Module *m = AS(Module, mv);
    add_fn(vm, m, "time", t_time);
    add_fn(vm, m, "time_ns", t_time_ns);
    add_fn(vm, m, "perf_counter", t_perf_counter);
    add_fn(vm, m, "perf_counter_ns", t_perf_counter_ns);
    add_fn(vm, m, "monotonic", t_monotonic);
    add_fn(vm, m, "monotonic_ns", t_monotonic_ns);
    add_fn(vm, m, "process_time", t_process_time);
    add_fn(vm, m, "process_time_ns", t_process_time_ns);
    add_fn(vm, m, "sleep", t_sleep);
    dict_set_str(vm, vm->modules, name, mv);
}
