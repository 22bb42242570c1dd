/* mod_sys.c - the sys module: argv, exit, recursion limit, maxsize,
 * stdout/stderr/stdin file objects, version, platform, modules, path. */
#if !defined(_DEFAULT_SOURCE) && !defined(_GNU_SOURCE)
#define _DEFAULT_SOURCE /* realpath */
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/core.h"

/* ---- file objects (sys.stdout, sys.stderr, sys.stdin) ------------------------------- */

static Value file_repr(VM *vm, Value self) {
    FileObj *f = AS(FileObj, self);
    return str_fromf(vm, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", f->name, f->mode);
}

Type FileType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "TextIOWrapper",
    .base = &ObjectType,
    .repr = file_repr,
    .hash = object_hash_identity,
};

static FileObj *file_self(VM *vm, Value *args, int nargs, const char *meth) {
    if (nargs < 1 || !val_is_type(args[0], &FileType)) {
        vm_raise(vm, &TypeErrorType, "descriptor '%s' requires a '_io.TextIOWrapper' object", meth);
        return NULL;
    }
    return AS(FileObj, args[0]);
}

static Value f_write(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    FileObj *f = file_self(vm, args, nargs, "write");
    if (!f) return VAL_ERR;
    if (args_no_kw(vm, "TextIOWrapper.write", kwnames) < 0 ||
        args_check(vm, "TextIOWrapper.write", nargs - 1, 1, 1) < 0)
        return VAL_ERR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &TypeErrorType, "write() argument must be str, not %s", type_name_of(args[1]));
    if (f->mode[0] != 'w') return vm_raise(vm, &OSErrorType, "not writable");
    Str *s = AS(Str, args[1]);
    if (s->nbytes) fwrite(s->data, 1, (size_t)s->nbytes, f->fp);
    return int_from_i64(vm, s->len);
}

static Value f_flush(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    FileObj *f = file_self(vm, args, nargs, "flush");
    if (!f) return VAL_ERR;
    if (args_no_kw(vm, "TextIOWrapper.flush", kwnames) < 0 ||
        args_check(vm, "TextIOWrapper.flush", nargs - 1, 0, 0) < 0)
        return VAL_ERR;
    fflush(f->fp);
    return VAL_NONE;
}

static Value f_readline(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    FileObj *f = file_self(vm, args, nargs, "readline");
    if (!f) return VAL_ERR;
    if (args_no_kw(vm, "readline", kwnames) < 0 || args_check(vm, "readline", nargs - 1, 0, 1) < 0) return VAL_ERR;
    if (f->mode[0] != 'r') return vm_raise(vm, &OSErrorType, "not readable");
    StrBuf b;
    sb_init(&b);
    int c;
    while ((c = fgetc(f->fp)) != EOF) {
        sb_putc(&b, (char)c);
        if (c == '\n') break;
    }
    return sb_finish(vm, &b);
}

static Value f_read(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    FileObj *f = file_self(vm, args, nargs, "read");
    if (!f) return VAL_ERR;
    if (args_no_kw(vm, "read", kwnames) < 0 || args_check(vm, "read", nargs - 1, 0, 1) < 0) return VAL_ERR;
    if (f->mode[0] != 'r') return vm_raise(vm, &OSErrorType, "not readable");
    int64_t limit = -1;
    if (nargs == 2 && args[1] != VAL_NONE && value_index(vm, args[1], &limit) == VAL_ERR) return VAL_ERR;
    StrBuf b;
    sb_init(&b);
    int c;
    int64_t n = 0;
    while ((limit < 0 || n < limit) && (c = fgetc(f->fp)) != EOF) {
        sb_putc(&b, (char)c);
        if ((c & 0xC0) != 0x80) n++;
    }
    return sb_finish(vm, &b);
}

static Value f_isatty(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)kwnames;
    if (!file_self(vm, args, nargs, "isatty")) return VAL_ERR;
    return VAL_FALSE;
}

static Value f_getattr(VM *vm, Value self, Str *name) {
    FileObj *f = AS(FileObj, self);
    if (name->nbytes == 4 && memcmp(name->data, "name", 4) == 0) return OBJ_VAL(str_from_cstr(vm, f->name));
    if (name->nbytes == 4 && memcmp(name->data, "mode", 4) == 0) return OBJ_VAL(str_from_cstr(vm, f->mode));
    if (name->nbytes == 8 && memcmp(name->data, "encoding", 8) == 0) return OBJ_VAL(str_from_cstr(vm, "utf-8"));
    return VAL_UNDEF;
}

static const MethodDef file_methods[] = {
    {"write", f_write, 0},
    {"flush", f_flush, 0},
    {"readline", f_readline, 0},
    {"read", f_read, 0},
    {"isatty", f_isatty, 0},
    {NULL, NULL, 0},
};

static Value file_new(VM *vm, FILE *fp, const char *name, const char *mode) {
    FileObj *f = gc_new(vm, &FileType, sizeof(FileObj));
    f->fp = fp;
    f->name = name;
    f->mode = mode;
    return OBJ_VAL(f);
}

/* ---- functions --------------------------------------------------------------------- */

static Value sys_exit(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "exit", kwnames) < 0 || args_check(vm, "exit", nargs, 0, 1) < 0) return VAL_ERR;
    Value e = exc_new(vm, &SystemExitType, args, nargs);
    return vm_raise_value(vm, e);
}

static Value sys_setrecursionlimit(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "setrecursionlimit", kwnames) < 0 || args_check(vm, "setrecursionlimit", nargs, 1, 1) < 0)
        return VAL_ERR;
    if (val_is_float(args[0]))
        return vm_raise(vm, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (value_index(vm, args[0], &n) == VAL_ERR) return VAL_ERR;
    if (n < 1) return vm_raise(vm, &ValueErrorType, "recursion limit must be greater or equal than 1");
    if (n > 0x7fffffff) return vm_raise(vm, &OverflowErrorType, "Python int too large to convert to C int");
    if (n <= vm->depth)
        return vm_raise(vm, &RecursionErrorType,
                        "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                        (long long)n, vm->depth);
    vm->recursion_limit = (int)n;
    return VAL_NONE;
}

static Value sys_getrecursionlimit(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    (void)args;
    if (args_no_kw(vm, "getrecursionlimit", kwnames) < 0 || args_check(vm, "getrecursionlimit", nargs, 0, 0) < 0)
        return VAL_ERR;
    return int_from_i64(vm, vm->recursion_limit);
}

static Value sys_intern(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (args_no_kw(vm, "intern", kwnames) < 0 || args_check(vm, "intern", nargs, 1, 1) < 0) return VAL_ERR;
    if (!val_is_str(args[0]))
        return vm_raise(vm, &TypeErrorType, "intern() argument must be str, not %s", type_name_of(args[0]));
    return OBJ_VAL(str_intern(vm, AS(Str, args[0])));
}

static void add_fn(VM *vm, Module *m, const char *name, NativeFn fn) {
    dict_set_str(vm, m->dict, str_intern_cstr(vm, name), native_func_new(vm, name, fn, NULL, 0));
}

static void add_val(VM *vm, Module *m, const char *name, Value v) {
    dict_set_str(vm, m->dict, str_intern_cstr(vm, name), v);
}

void mod_sys_init(VM *vm) {
    type_init_static(vm, &FileType);
    type_add_methods(vm, &FileType, file_methods);
    FileType.getattr = f_getattr;

    Str *name = str_intern_cstr(vm, "sys");
    Value mv = module_new(vm, name);
    Module *m = AS(Module, mv);

    List *argv = list_new(vm, vm->argc > 0 ? vm->argc : 1);
    for (int i = 0; i < vm->argc; i++) list_append(vm, argv, OBJ_VAL(str_from_cstr(vm, vm->argv[i] ? vm->argv[i] : "")));
    add_val(vm, m, "argv", OBJ_VAL(argv));

    List *path = list_new(vm, 1);
    char *abs = vm->script_dir ? realpath(vm->script_dir, NULL) : NULL;
    list_append(vm, path, OBJ_VAL(str_from_cstr(vm, abs ? abs : vm->script_dir ? vm->script_dir : "")));
    free(abs);
    add_val(vm, m, "path", OBJ_VAL(path));

    add_fn(vm, m, "exit", sys_exit);
    add_fn(vm, m, "setrecursionlimit", sys_setrecursionlimit);
    add_fn(vm, m, "getrecursionlimit", sys_getrecursionlimit);
    add_fn(vm, m, "intern", sys_intern);
    add_val(vm, m, "maxsize", int_from_i64(vm, INT64_MAX));
    add_val(vm, m, "stdout", file_new(vm, stdout, "<stdout>", "w"));
    add_val(vm, m, "stderr", file_new(vm, stderr, "<stderr>", "w"));
    add_val(vm, m, "stdin", file_new(vm, stdin, "<stdin>", "r"));
    add_val(vm, m, "__stdout__", dict_get_str(m->dict, str_intern_cstr(vm, "stdout")));
    add_val(vm, m, "__stderr__", dict_get_str(m->dict, str_intern_cstr(vm, "stderr")));
    add_val(vm, m, "__stdin__", dict_get_str(m->dict, str_intern_cstr(vm, "stdin")));
    add_val(vm, m, "version", OBJ_VAL(str_from_cstr(vm, "3.11.0 (glassjit)")));
    add_val(vm, m, "version_info",
            tuple_pack(vm, 5, val_from_smallint(3), val_from_smallint(11), val_from_smallint(0),
                       OBJ_VAL(str_from_cstr(vm, "final")), val_from_smallint(0)));
    add_val(vm, m, "hexversion", int_from_i64(vm, 0x030B00F0));
    add_val(vm, m, "platform", OBJ_VAL(str_from_cstr(vm, "linux")));
    add_val(vm, m, "byteorder", OBJ_VAL(str_from_cstr(vm, "little")));
    add_val(vm, m, "implementation_name", OBJ_VAL(str_from_cstr(vm, "glassjit")));
    add_val(vm, m, "executable", OBJ_VAL(str_from_cstr(vm, "")));
    add_val(vm, m, "modules", OBJ_VAL(vm->modules));
    add_val(vm, m, "builtin_module_names",
            tuple_pack(vm, 4, OBJ_VAL(str_from_cstr(vm, "builtins")), OBJ_VAL(str_from_cstr(vm, "math")),
                       OBJ_VAL(str_from_cstr(vm, "sys")), OBJ_VAL(str_from_cstr(vm, "time"))));
    dict_set_str(vm, vm->modules, name, mv);

    /* exit() / quit() (site.py's Quitter in CPython) unless builtins has them */
    Str *ex = str_intern_cstr(vm, "exit"), *qu = str_intern_cstr(vm, "quit");
    if (dict_get_str(vm->builtins, ex) == VAL_UNDEF)
        dict_set_str(vm, vm->builtins, ex, native_func_new(vm, "exit", sys_exit, NULL, 0));
    if (dict_get_str(vm->builtins, qu) == VAL_UNDEF)
        dict_set_str(vm, vm->builtins, qu, native_func_new(vm, "quit", sys_exit, NULL, 0));
}
