/* dict.c - the dict type: a compact, insertion-ordered hash table.
 *
 * Layout (struct Dict in object.h): entries[] holds (key, value, hash) in
 * insertion order, deleted entries have key == VAL_UNDEF; index[] is an open-
 * addressed table (CPython's perturbation probing) of entry numbers, -1 for
 * an empty slot and -2 for a deleted one.  An empty dict shares a static
 * one-slot index, so creating a dict allocates nothing beyond the object.
 *
 * keys_version gets a new process-wide unique value whenever a key is added
 * or removed (never on a value update), so (dict pointer, keys_version,
 * entry index) is a valid inline-cache key; unique values also protect
 * against a dict being freed and another allocated at the same address.
 */
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "vm.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define PERTURB_SHIFT 5
#define DICT_MINSIZE 8
#define USABLE_FRACTION(n) (((n) << 1) / 3)

static const int32_t empty_index[1] = {DKIX_EMPTY};
static uint64_t dict_version_counter;

static inline void bump_version(Dict *d) { d->keys_version = ++dict_version_counter; }
static inline bool index_is_static(const Dict *d) { return d->index == (int32_t *)empty_index; }

Dict *dict_new(VM *vm) {
    Dict *d = gc_new(vm, &DictType, sizeof(Dict));
    d->index = (int32_t *)empty_index;
    d->mask = 0;
    d->cap = 0;
    bump_version(d);
    return d;
}

/* Rebuilds the table with room for at least minsize/USABLE entries, compacting
 * out deleted entries (insertion order is kept). */
static void dict_resize(VM *vm, Dict *d, int64_t minsize) {
    int64_t size = DICT_MINSIZE;
    while (size < minsize) size <<= 1;
    while (USABLE_FRACTION(size) <= d->len) size <<= 1;
    int64_t n = 0;
    if (d->len != d->used) {
        for (int64_t i = 0; i < d->used; i++)
            if (d->entries[i].key != VAL_UNDEF) d->entries[n++] = d->entries[i];
    } else {
        n = d->used;
    }
    int64_t newcap = USABLE_FRACTION(size);
    DictEntry *entries = realloc(d->entries, (size_t)newcap * sizeof(DictEntry));
    int32_t *index = malloc((size_t)size * sizeof(int32_t));
    if (!entries || !index) abort();
    memset(index, 0xff, (size_t)size * sizeof(int32_t));
    int64_t old_bytes = d->cap * (int64_t)sizeof(DictEntry) + (index_is_static(d) ? 0 : (d->mask + 1) * 4);
    int64_t new_bytes = newcap * (int64_t)sizeof(DictEntry) + size * 4;
    if (new_bytes > old_bytes) gc_note_external(vm, new_bytes - old_bytes);
    if (!index_is_static(d)) free(d->index);
    size_t mask = (size_t)size - 1;
    for (int64_t k = 0; k < n; k++) {
        size_t h = (size_t)entries[k].hash, perturb = h, i = h & mask;
        while (index[i] != DKIX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        index[i] = (int32_t)k;
    }
    d->entries = entries;
    d->index = index;
    d->mask = (int64_t)mask;
    d->cap = newcap;
    d->used = n;
}

/* Appends a key known to be absent. */
static void insert_new(VM *vm, Dict *d, Value key, int64_t hash, Value val) {
    if (d->used >= d->cap) dict_resize(vm, d, d->len * 3);
    size_t mask = (size_t)d->mask, h = (size_t)hash, perturb = h, i = h & mask;
    while (d->index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = (int32_t)d->used;
    DictEntry *e = &d->entries[d->used++];
    e->key = key;
    e->value = val;
    e->hash = hash;
    d->len++;
    bump_version(d);
}

/* ---- lookup ------------------------------------------------------------------------ */

static inline int64_t str_hash_fast(Str *s) {
    int64_t h = s->hash;
    return h != -1 ? h : str_hash(s);
}

/* Entry index of Str key, or -1; *slotp gets the index slot when found. */
static inline int64_t lookup_str(const Dict *d, Str *key, int64_t hash, size_t *slotp) {
    Value kv = OBJ_VAL(key);
    size_t mask = (size_t)d->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == DKIX_EMPTY) return -1;
        if (ix >= 0) {
            const DictEntry *e = &d->entries[ix];
            if (e->key == kv) {
                if (slotp) *slotp = i;
                return ix;
            }
            if (e->hash == hash && val_is_str(e->key)) {
                Str *o = AS(Str, e->key);
                if (!(o->interned && key->interned) && str_eq(o, key)) {
                    if (slotp) *slotp = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Generic lookup: entry index, -1 absent, -2 error. */
static int64_t lookup(VM *vm, Dict *d, Value key, int64_t hash, size_t *slotp) {
    if (val_is_str(key)) return lookup_str(d, AS(Str, key), hash, slotp);
restart:;
    size_t mask = (size_t)d->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == DKIX_EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            Value startkey = e->key;
            if (startkey == key) {
                if (slotp) *slotp = i;
                return ix;
            }
            if (e->hash == hash && !val_both_smallint(startkey, key) && !val_is_str(startkey)) {
                uint64_t ver = d->keys_version;
                int c = value_eq(vm, startkey, key);
                if (c < 0) return -2;
                if (d->keys_version != ver) goto restart;
                if (c) {
                    if (slotp) *slotp = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_str(Dict *d, Str *key) {
    int64_t ix = lookup_str(d, key, str_hash_fast(key), NULL);
    return ix >= 0 ? d->entries[ix].value : VAL_UNDEF;
}

int64_t dict_lookup_str_index(Dict *d, Str *key) { return lookup_str(d, key, str_hash_fast(key), NULL); }

void dict_set_str(VM *vm, Dict *d, Str *key, Value val) {
    int64_t hash = str_hash_fast(key);
    int64_t ix = lookup_str(d, key, hash, NULL);
    if (ix >= 0) {
        d->entries[ix].value = val;
        return;
    }
    insert_new(vm, d, OBJ_VAL(key), hash, val);
}

Value dict_get_known_hash(VM *vm, Dict *d, Value key, int64_t hash) {
    int64_t ix = lookup(vm, d, key, hash, NULL);
    if (ix >= 0) return d->entries[ix].value;
    return ix == -1 ? VAL_UNDEF : VAL_ERR;
}

Value dict_get(VM *vm, Dict *d, Value key) {
    if (val_is_str(key)) return dict_get_str(d, AS(Str, key));
    int64_t hash;
    if (cont_hash(vm, key, &hash) < 0) return VAL_ERR;
    return dict_get_known_hash(vm, d, key, hash);
}

int dict_set_known_hash(VM *vm, Dict *d, Value key, int64_t hash, Value val) {
    int64_t ix = lookup(vm, d, key, hash, NULL);
    if (ix >= 0) {
        d->entries[ix].value = val;
        return 0;
    }
    if (ix == -2) return -1;
    insert_new(vm, d, key, hash, val);
    return 0;
}

int dict_set(VM *vm, Dict *d, Value key, Value val) {
    if (val_is_str(key)) {
        dict_set_str(vm, d, AS(Str, key), val);
        return 0;
    }
    int64_t hash;
    if (cont_hash(vm, key, &hash) < 0) return -1;
    return dict_set_known_hash(vm, d, key, hash, val);
}

static void delete_at(Dict *d, int64_t ix, size_t slot) {
    d->index[slot] = DKIX_DUMMY;
    d->entries[ix].key = VAL_UNDEF;
    d->entries[ix].value = VAL_UNDEF;
    d->len--;
    bump_version(d);
}

int dict_del(VM *vm, Dict *d, Value key) {
    int64_t hash;
    if (cont_hash(vm, key, &hash) < 0) return -1;
    size_t slot = 0;
    int64_t ix = lookup(vm, d, key, hash, &slot);
    if (ix == -2) return -1;
    if (ix == -1) return 0;
    delete_at(d, ix, slot);
    return 1;
}

bool dict_next(Dict *d, int64_t *pos, Value *key, Value *val) {
    int64_t i = *pos;
    while (i < d->used && d->entries[i].key == VAL_UNDEF) i++;
    if (i >= d->used) {
        *pos = i;
        return false;
    }
    if (key) *key = d->entries[i].key;
    if (val) *val = d->entries[i].value;
    *pos = i + 1;
    return true;
}

void dict_clear(VM *vm, Dict *d) {
    (void)vm;
    if (!index_is_static(d)) free(d->index);
    free(d->entries);
    d->index = (int32_t *)empty_index;
    d->entries = NULL;
    d->mask = 0;
    d->cap = d->used = d->len = 0;
    bump_version(d);
}

Dict *dict_copy(VM *vm, Dict *src) {
    Dict *d = dict_new(vm);
    if (src->len == 0) return d;
    int64_t size = DICT_MINSIZE;
    while (USABLE_FRACTION(size) < src->len) size <<= 1;
    if (src->len == src->used && size < src->mask + 1) size = src->mask + 1;
    int64_t cap = USABLE_FRACTION(size);
    d->entries = malloc((size_t)cap * sizeof(DictEntry));
    d->index = malloc((size_t)size * sizeof(int32_t));
    if (!d->entries || !d->index) abort();
    gc_note_external(vm, cap * (int64_t)sizeof(DictEntry) + size * 4);
    memset(d->index, 0xff, (size_t)size * sizeof(int32_t));
    d->mask = size - 1;
    d->cap = cap;
    size_t mask = (size_t)d->mask;
    int64_t n = 0;
    for (int64_t k = 0; k < src->used; k++) {
        if (src->entries[k].key == VAL_UNDEF) continue;
        d->entries[n] = src->entries[k];
        size_t h = (size_t)d->entries[n].hash, perturb = h, i = h & mask;
        while (d->index[i] != DKIX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        d->index[i] = (int32_t)n;
        n++;
    }
    d->used = d->len = n;
    return d;
}

/* ---- update / merge ------------------------------------------------------------------- */

int dict_merge(VM *vm, Dict *d, Value mapping, int override) {
    if (val_is_kind(mapping, &DictType)) {
        Dict *o = AS(Dict, mapping);
        if (o == d) return 0;
        if (d->len == 0 && override != 2 && o->len > d->cap - d->used) dict_resize(vm, d, o->len * 3 / 2 + 1);
        for (int64_t i = 0; i < o->used; i++) {
            DictEntry e = o->entries[i];
            if (e.key == VAL_UNDEF) continue;
            if (override == 1) {
                if (dict_set_known_hash(vm, d, e.key, e.hash, e.value) < 0) return -1;
            } else {
                Value cur = dict_get_known_hash(vm, d, e.key, e.hash);
                if (cur == VAL_ERR) return -1;
                if (cur != VAL_UNDEF) {
                    if (override == 2) {
                        raise_key_error(vm, e.key);
                        return -1;
                    }
                    continue;
                }
                if (dict_set_known_hash(vm, d, e.key, e.hash, e.value) < 0) return -1;
            }
        }
        return 0;
    }
    /* generic mapping: keys() and __getitem__ */
    Value keys = value_call_method(vm, mapping, vm->names.keys, NULL, 0);
    if (keys == VAL_ERR) return -1;
    Value it = value_iter(vm, keys);
    if (it == VAL_ERR) return -1;
    for (;;) {
        Value k = value_next(vm, it);
        if (k == VAL_NULL) return 0;
        if (k == VAL_ERR) return -1;
        if (override != 1) {
            Value cur = dict_get(vm, d, k);
            if (cur == VAL_ERR) return -1;
            if (cur != VAL_UNDEF) {
                if (override == 2) {
                    raise_key_error(vm, k);
                    return -1;
                }
                continue;
            }
        }
        Value v = value_getitem(vm, mapping, k);
        if (v == VAL_ERR) return -1;
        if (dict_set(vm, d, k, v) < 0) return -1;
    }
}

static int dict_update_pairs(VM *vm, Dict *d, Value iterable) {
    Value it = value_iter(vm, iterable);
    if (it == VAL_ERR) return -1;
    for (int64_t n = 0;; n++) {
        Value item = value_next(vm, it);
        if (item == VAL_NULL) return 0;
        if (item == VAL_ERR) return -1;
        Value seq = seq_fast(vm, item, "");
        if (seq == VAL_ERR) {
            if (vm_exc_matches(vm, &TypeErrorType)) {
                vm_exc_clear(vm);
                vm_raise(vm, &TypeErrorType, "cannot convert dictionary update sequence element #%lld to a sequence",
                         (long long)n);
            }
            return -1;
        }
        int64_t len;
        Value *kv = seq_fast_items(seq, &len);
        if (len != 2) {
            vm_raise(vm, &ValueErrorType, "dictionary update sequence element #%lld has length %lld; 2 is required",
                     (long long)n, (long long)len);
            return -1;
        }
        if (dict_set(vm, d, kv[0], kv[1]) < 0) return -1;
    }
}

int dict_update(VM *vm, Dict *d, Value other) {
    if (val_is_kind(other, &DictType)) return dict_merge(vm, d, other, 1);
    Value keys = value_getattr_opt(vm, other, vm->names.keys);
    if (keys == VAL_ERR) return -1;
    if (keys != VAL_UNDEF) return dict_merge(vm, d, other, 1);
    return dict_update_pairs(vm, d, other);
}

static int update_kwargs(VM *vm, Dict *d, Value *args, int nargs, Tuple *kwnames) {
    if (!kwnames) return 0;
    for (int64_t i = 0; i < kwnames->len; i++) dict_set_str(vm, d, AS(Str, kwnames->items[i]), args[nargs + i]);
    return 0;
}

/* ---- slots ------------------------------------------------------------------------ */

static void dict_trace(VM *vm, Obj *o) {
    Dict *d = (Dict *)o;
    for (int64_t i = 0; i < d->used; i++) {
        if (d->entries[i].key == VAL_UNDEF) continue;
        gc_mark_value(vm, d->entries[i].key);
        gc_mark_value(vm, d->entries[i].value);
    }
}

static void dict_finalize(Obj *o) {
    Dict *d = (Dict *)o;
    if (!index_is_static(d)) free(d->index);
    free(d->entries);
    d->index = (int32_t *)empty_index;
    d->entries = NULL;
}

static Value dict_repr(VM *vm, Value self) {
    Dict *d = AS(Dict, self);
    if (d->len == 0) return OBJ_VAL(str_intern_cstr(vm, "{}"));
    int st = repr_enter(vm, &d->hdr);
    if (st < 0) return VAL_ERR;
    if (st > 0) return OBJ_VAL(str_intern_cstr(vm, "{...}"));
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, '{');
    bool first = true;
    for (int64_t i = 0; i < d->used; i++) {
        DictEntry e = d->entries[i];
        if (e.key == VAL_UNDEF) continue;
        if (!first) sb_puts(&b, ", ");
        first = false;
        Value r = value_repr(vm, e.key);
        if (r == VAL_ERR) goto fail;
        sb_put_str(&b, AS(Str, r));
        sb_puts(&b, ": ");
        if (val_is_smallint(e.value)) {
            sb_printf(&b, "%lld", (long long)val_as_smallint(e.value));
            continue;
        }
        r = value_repr(vm, e.value);
        if (r == VAL_ERR) goto fail;
        sb_put_str(&b, AS(Str, r));
    }
    sb_putc(&b, '}');
    repr_leave(vm, &d->hdr);
    return sb_finish(vm, &b);
fail:
    sb_free(&b);
    repr_leave(vm, &d->hdr);
    return VAL_ERR;
}

static Value dict_richcmp(VM *vm, Value a, Value b, int op) {
    if (!val_is_kind(a, &DictType) || !val_is_kind(b, &DictType)) return VAL_NOTIMPL;
    if (op != CMP_EQ && op != CMP_NE) return VAL_NOTIMPL;
    Dict *x = AS(Dict, a), *y = AS(Dict, b);
    bool eq = true;
    if (x == y) eq = true;
    else if (x->len != y->len) eq = false;
    else {
        if (cont_stack_check(vm, " in comparison") < 0) return VAL_ERR;
        for (int64_t i = 0; i < x->used; i++) {
            DictEntry e = x->entries[i];
            if (e.key == VAL_UNDEF) continue;
            Value bv = dict_get_known_hash(vm, y, e.key, e.hash);
            if (bv == VAL_ERR) return VAL_ERR;
            if (bv == VAL_UNDEF) {
                eq = false;
                break;
            }
            int c = cont_eq(vm, e.value, bv);
            if (c < 0) return VAL_ERR;
            if (!c) {
                eq = false;
                break;
            }
        }
    }
    return val_from_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t dict_len(VM *vm, Value self) {
    (void)vm;
    return AS(Dict, self)->len;
}

static int dict_truthy(VM *vm, Value self) {
    (void)vm;
    return AS(Dict, self)->len != 0;
}

static Value dict_getitem(VM *vm, Value self, Value key) {
    Dict *d = AS(Dict, self);
    Value v = dict_get(vm, d, key);
    if (v != VAL_UNDEF) return v;
    if (val_as_obj(self)->type != &DictType) {
        Str *missing = str_intern_cstr(vm, "__missing__");
        Value m = type_lookup(val_as_obj(self)->type, missing);
        if (m != VAL_UNDEF) return value_call_method(vm, self, missing, &key, 1);
    }
    return raise_key_error(vm, key);
}

static int dict_setitem(VM *vm, Value self, Value key, Value val) {
    Dict *d = AS(Dict, self);
    if (val != VAL_UNDEF) return dict_set(vm, d, key, val);
    int r = dict_del(vm, d, key);
    if (r < 0) return -1;
    if (r == 0) {
        raise_key_error(vm, key);
        return -1;
    }
    return 0;
}

static int dict_contains(VM *vm, Value self, Value key) {
    Value v = dict_get(vm, AS(Dict, self), key);
    if (v == VAL_ERR) return -1;
    return v != VAL_UNDEF;
}

static Value dict_iter(VM *vm, Value self) { return dict_iter_new(vm, AS(Dict, self), DICTITER_KEYS, false); }

static Value dict_binop(VM *vm, Value a, Value b, int op) {
    if ((op & ~BINOP_INPLACE) != BINOP_OR) return VAL_NOTIMPL;
    if (!val_is_kind(a, &DictType)) return VAL_NOTIMPL;
    if (op & BINOP_INPLACE) {
        if (dict_update(vm, AS(Dict, a), b) < 0) return VAL_ERR;
        return a;
    }
    if (!val_is_kind(b, &DictType)) return VAL_NOTIMPL;
    Dict *r = dict_copy(vm, AS(Dict, a));
    if (dict_merge(vm, r, b, 1) < 0) return VAL_ERR;
    return OBJ_VAL(r);
}

static Value dict_construct(VM *vm, Type *type, Value *args, int nargs, Tuple *kwnames) {
    (void)type;
    if (arg_positional(vm, "dict", nargs, 0, 1) < 0) return VAL_ERR;
    Dict *d = dict_new(vm);
    if (nargs == 1 && dict_update(vm, d, args[0]) < 0) return VAL_ERR;
    update_kwargs(vm, d, args, nargs, kwnames);
    return OBJ_VAL(d);
}

/* ---- methods -------------------------------------------------------------------- */

#define DICT_SELF(meth)                                                   \
    if ((nargs < 1 || !val_is_type(args[0], &DictType)) && arg_self(vm, args, nargs, &DictType, meth) < 0) return VAL_ERR;   \
    Dict *d = AS(Dict, args[0]);                                          \
    (void)d

static Value dict_m_get(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    DICT_SELF("get");
    if (kwnames && arg_nokw(vm, "dict.get", kwnames) < 0) return VAL_ERR;
    if ((nargs < 2 || nargs > 3) && arg_positional(vm, "get", nargs - 1, 1, 2) < 0) return VAL_ERR;
    Value v = dict_get(vm, d, args[1]);
    if (v == VAL_UNDEF) return nargs == 3 ? args[2] : VAL_NONE;
    return v;
}

static Value dict_m_view(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *meth, const char *qual,
                         int kind) {
    if ((nargs < 1 || !val_is_type(args[0], &DictType)) && arg_self(vm, args, nargs, &DictType, meth) < 0) return VAL_ERR;
    if (kwnames && arg_nokw(vm, qual, kwnames) < 0) return VAL_ERR;
    if (arg_noargs(vm, qual, nargs - 1) < 0) return VAL_ERR;
    return dict_view_new(vm, AS(Dict, args[0]), kind);
}

static Value dict_m_keys(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return dict_m_view(vm, args, nargs, kwnames, "keys", "dict.keys", DICTITER_KEYS);
}
static Value dict_m_values(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return dict_m_view(vm, args, nargs, kwnames, "values", "dict.values", DICTITER_VALUES);
}
static Value dict_m_items(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return dict_m_view(vm, args, nargs, kwnames, "items", "dict.items", DICTITER_ITEMS);
}

static Value dict_m_pop(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    DICT_SELF("pop");
    if (kwnames && arg_nokw(vm, "dict.pop", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "pop", nargs - 1, 1, 2) < 0) return VAL_ERR;
    Value key = args[1];
    int64_t hash;
    if (cont_hash(vm, key, &hash) < 0) return VAL_ERR;
    size_t slot = 0;
    int64_t ix = lookup(vm, d, key, hash, &slot);
    if (ix == -2) return VAL_ERR;
    if (ix == -1) {
        if (nargs == 3) return args[2];
        return raise_key_error(vm, key);
    }
    Value v = d->entries[ix].value;
    delete_at(d, ix, slot);
    return v;
}

static Value dict_m_popitem(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    DICT_SELF("popitem");
    if (kwnames && arg_nokw(vm, "dict.popitem", kwnames) < 0) return VAL_ERR;
    if (arg_noargs(vm, "dict.popitem", nargs - 1) < 0) return VAL_ERR;
    if (d->len == 0) return vm_raise(vm, &KeyErrorType, "popitem(): dictionary is empty");
    int64_t ix = d->used - 1;
    while (d->entries[ix].key == VAL_UNDEF) ix--;
    DictEntry e = d->entries[ix];
    size_t mask = (size_t)d->mask, perturb = (size_t)e.hash, i = (size_t)e.hash & mask;
    while (d->index[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    delete_at(d, ix, i);
    d->used = ix;
    return tuple_pack(vm, 2, e.key, e.value);
}

static Value dict_m_setdefault(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    DICT_SELF("setdefault");
    if (kwnames && arg_nokw(vm, "dict.setdefault", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "setdefault", nargs - 1, 1, 2) < 0) return VAL_ERR;
    Value key = args[1], dflt = nargs == 3 ? args[2] : VAL_NONE;
    int64_t hash;
    if (cont_hash(vm, key, &hash) < 0) return VAL_ERR;
    int64_t ix = lookup(vm, d, key, hash, NULL);
    if (ix == -2) return VAL_ERR;
    if (ix >= 0) return d->entries[ix].value;
    insert_new(vm, d, key, hash, dflt);
    return dflt;
}

static Value dict_m_update(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    DICT_SELF("update");
    if (arg_positional(vm, "update", nargs - 1, 0, 1) < 0) return VAL_ERR;
    if (nargs == 2 && dict_update(vm, d, args[1]) < 0) return VAL_ERR;
    update_kwargs(vm, d, args, nargs, kwnames);
    return VAL_NONE;
}

static Value dict_m_copy(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    DICT_SELF("copy");
    if (kwnames && arg_nokw(vm, "dict.copy", kwnames) < 0) return VAL_ERR;
    if (arg_noargs(vm, "dict.copy", nargs - 1) < 0) return VAL_ERR;
    return OBJ_VAL(dict_copy(vm, d));
}

static Value dict_m_clear(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    DICT_SELF("clear");
    if (kwnames && arg_nokw(vm, "dict.clear", kwnames) < 0) return VAL_ERR;
    if (arg_noargs(vm, "dict.clear", nargs - 1) < 0) return VAL_ERR;
    dict_clear(vm, d);
    return VAL_NONE;
}

static Value dict_m_fromkeys(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && arg_nokw(vm, "dict.fromkeys", kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, "fromkeys", nargs - 1, 1, 2) < 0) return VAL_ERR;
    Value val = nargs == 3 ? args[2] : VAL_NONE;
    Dict *d = dict_new(vm);
    Value src = args[1];
    if (val_is_type(src, &DictType)) {
        Dict *o = AS(Dict, src);
        for (int64_t i = 0; i < o->used; i++)
            if (o->entries[i].key != VAL_UNDEF &&
                dict_set_known_hash(vm, d, o->entries[i].key, o->entries[i].hash, val) < 0)
                return VAL_ERR;
        return OBJ_VAL(d);
    }
    Value it = value_iter(vm, src);
    if (it == VAL_ERR) return VAL_ERR;
    for (;;) {
        Value k = value_next(vm, it);
        if (k == VAL_NULL) break;
        if (k == VAL_ERR) return VAL_ERR;
        if (dict_set(vm, d, k, val) < 0) return VAL_ERR;
    }
    return OBJ_VAL(d);
}

static Value dict_m_contains(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    DICT_SELF("__contains__");
    if (kwnames && arg_nokw(vm, "dict.__contains__", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "dict.__contains__", nargs - 1) < 0) return VAL_ERR;
    int r = dict_contains(vm, args[0], args[1]);
    if (r < 0) return VAL_ERR;
    return val_from_bool(r);
}

static Value dict_m_getitem(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    DICT_SELF("__getitem__");
    if (kwnames && arg_nokw(vm, "dict.__getitem__", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "dict.__getitem__", nargs - 1) < 0) return VAL_ERR;
    Value v = dict_get(vm, d, args[1]);
    if (v == VAL_UNDEF) return raise_key_error(vm, args[1]);
    return v;
}

static const MethodDef dict_methods[] = {
    {"get", dict_m_get, 0},
    {"keys", dict_m_keys, 0},
    {"values", dict_m_values, 0},
    {"items", dict_m_items, 0},
    {"pop", dict_m_pop, 0},
    {"popitem", dict_m_popitem, 0},
    {"setdefault", dict_m_setdefault, 0},
    {"update", dict_m_update, 0},
    {"copy", dict_m_copy, 0},
    {"clear", dict_m_clear, 0},
    {"fromkeys", dict_m_fromkeys, METH_CLASS},
    {"__contains__", dict_m_contains, 0},
    {"__getitem__", dict_m_getitem, 0},
    {NULL, NULL, 0},
};

Type DictType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "dict",
    .base = &ObjectType,
    .trace = dict_trace,
    .finalize = dict_finalize,
    .repr = dict_repr,
    .richcmp = dict_richcmp,
    .iter = dict_iter,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .truthy = dict_truthy,
    .binop = dict_binop,
    .construct = dict_construct,
};

void dict_type_init(VM *vm) {
    type_init_static(vm, &DictType);
    type_add_methods(vm, &DictType, dict_methods);
}
