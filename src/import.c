/* import.c - `import m`, `from m import x`, relative imports, packages.
 * Modules are looked up in sys.modules, then as files next to the script:
 * NAME.py or NAME/__init__.py (a package, whose directory is then searched
 * for its submodules). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n + 4096 + 1 > cap) buf = realloc(buf, cap *= 2);
        size_t r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0) break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

static Value not_found(VM *vm, const char *name) {
    return vm_raise(vm, &ModuleNotFoundErrorType, "No module named '%s'", name);
}

/* Loads module `full` whose last component is `leaf`, searching in dir. */
static Value load_from_dir(VM *vm, const char *full, const char *leaf, const char *dir) {
    char pkgdir[4096], path[4096 + 16];
    size_t len;
    int n = snprintf(pkgdir, sizeof pkgdir, "%s/%s", dir, leaf);
    if (n < 0 || (size_t)n >= sizeof pkgdir) return vm_raise(vm, &ImportErrorType, "module path too long: '%s'", full);
    snprintf(path, sizeof path, "%s/__init__.py", pkgdir);
    char *src = read_file(path, &len);
    const char *package_dir = pkgdir;
    if (!src) {
        snprintf(path, sizeof path, "%s.py", pkgdir);
        src = read_file(path, &len);
        package_dir = NULL;
    }
    if (!src) return not_found(vm, full);
    Value m = vm_run_module(vm, full, path, src, len, package_dir);
    free(src);
    return m;
}

static Value import_absolute(VM *vm, const char *full) {
    Str *key = str_intern_cstr(vm, full);
    Value m = dict_get_str(vm->modules, key);
    if (m != VAL_UNDEF) return m;
    const char *dot = strrchr(full, '.');
    if (!dot) return load_from_dir(vm, full, full, vm->script_dir ? vm->script_dir : ".");
    char parent[1024];
    snprintf(parent, sizeof parent, "%.*s", (int)(dot - full), full);
    Value p = import_absolute(vm, parent);
    if (p == VAL_ERR) return VAL_ERR;
    Value path = val_is_type(p, &ModuleType) ? dict_get_str(((Module *)val_as_obj(p))->dict, vm->names.__path__)
                                             : VAL_UNDEF;
    if (!val_is_str(path)) {
        return vm_raise(vm, &ModuleNotFoundErrorType, "No module named '%s'; '%s' is not a package", full, parent);
    }
    m = dict_get_str(vm->modules, key); /* the parent's __init__ may have imported it */
    if (m == VAL_UNDEF) m = load_from_dir(vm, full, dot + 1, ((Str *)val_as_obj(path))->data);
    if (m == VAL_ERR) return VAL_ERR;
    dict_set_str(vm, ((Module *)val_as_obj(p))->dict, str_intern_cstr(vm, dot + 1), m);
    return m;
}

Value import_module(VM *vm, Str *dotted, int level, Dict *globals) {
    if (level == 0) return import_absolute(vm, dotted->data);
    Value pkg = dict_get_str(globals, vm->names.__package__);
    if (!val_is_str(pkg) || ((Str *)val_as_obj(pkg))->nbytes == 0)
        return vm_raise(vm, &ImportErrorType, "attempted relative import with no known parent package");
    char base[1024];
    snprintf(base, sizeof base, "%s", ((Str *)val_as_obj(pkg))->data);
    for (int i = 1; i < level; i++) {
        char *d = strrchr(base, '.');
        if (!d) return vm_raise(vm, &ImportErrorType, "attempted relative import beyond top-level package");
        *d = 0;
    }
    char full[2048];
    if (dotted->nbytes) snprintf(full, sizeof full, "%s.%s", base, dotted->data);
    else snprintf(full, sizeof full, "%s", base);
    return import_absolute(vm, full);
}

Value import_from(VM *vm, Value module, Str *name) {
    Value v = value_getattr_opt(vm, module, name);
    if (v != VAL_UNDEF && v != VAL_ERR) return v;
    if (v == VAL_ERR) vm_exc_clear(vm);
    if (val_is_type(module, &ModuleType)) {
        Module *m = (Module *)val_as_obj(module);
        if (val_is_str(dict_get_str(m->dict, vm->names.__path__))) {
            char full[2048];
            snprintf(full, sizeof full, "%s.%s", m->name->data, name->data);
            Value sub = import_absolute(vm, full);
            if (sub != VAL_ERR) return sub;
            if (!vm_exc_matches(vm, &ModuleNotFoundErrorType)) return VAL_ERR;
            vm_exc_clear(vm);
        }
        if (m->file)
            return vm_raise(vm, &ImportErrorType, "cannot import name '%s' from '%s' (%s)", name->data, m->name->data,
                            m->file->data);
        return vm_raise(vm, &ImportErrorType, "cannot import name '%s' from '%s' (unknown location)", name->data,
                        m->name->data);
    }
    return vm_raise(vm, &ImportErrorType, "cannot import name '%s'", name->data);
}
