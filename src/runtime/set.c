/* set.c - set and frozenset.
 *
 * The table algorithm is CPython 3.11's Objects/setobject.c (linear probes
 * then perturbation, the same resize rule, dummy handling, merge and
 * intersection strategies), so that the iteration order of a set of ints or
 * tuples -- whose hashes equal CPython's -- is identical to CPython's.
 * Empty slots have key VAL_UNDEF and hash 0; dummies key VAL_NULL, hash -1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "containers.h"
#include "vm.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define EMPTY_KEY VAL_UNDEF
#define DUMMY_KEY VAL_NULL

static SetEntry *alloc_table(VM *vm, int64_t size) {
    SetEntry *t = malloc((size_t)size * sizeof(SetEntry));
    if (!t) abort();
    for (int64_t i = 0; i < size; i++) {
        t[i].key = EMPTY_KEY;
        t[i].hash = 0;
    }
    gc_note_external(vm, size * (int64_t)sizeof(SetEntry));
    return t;
}

Set *set_new(VM *vm, bool frozen) {
    Set *s = gc_new(vm, frozen ? &FrozenSetType : &SetType, sizeof(Set));
    s->frozen = frozen;
    s->mask = SET_MINSIZE - 1;
    s->table = alloc_table(vm, SET_MINSIZE);
    return s;
}

static inline bool is_active(Value k) { return k != EMPTY_KEY && k != DUMMY_KEY; }

/* Quick equality for keys with equal hashes: 1 equal, 0 unequal, 2 "ask value_eq". */
static inline int quick_eq(Value a, Value b) {
    if (a == b) return 1;
    if (val_both_smallint(a, b)) return 0;
    if (val_is_str(a) && val_is_str(b)) return str_eq(AS(Str, a), AS(Str, b));
    return 2;
}

/* ---- probing ---------------------------------------------------------------------- */

static SetEntry *set_lookkey(VM *vm, Set *so, Value key, int64_t hash) {
restart:;
    size_t perturb = (size_t)hash;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == EMPTY_KEY) return entry;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                int q = quick_eq(startkey, key);
                if (q == 1) return entry;
                if (q == 2) {
                    SetEntry *table = so->table;
                    int cmp = value_eq(vm, startkey, key);
                    if (cmp < 0) return NULL;
                    if (table != so->table || entry->key != startkey) goto restart;
                    if (cmp > 0) return entry;
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int set_table_resize(VM *vm, Set *so, int64_t minused);

static int set_add_entry(VM *vm, Set *so, Value key, int64_t hash) {
    SetEntry *freeslot, *entry;
    size_t perturb, mask, i;
restart:
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    freeslot = NULL;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == EMPTY_KEY) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                int q = quick_eq(startkey, key);
                if (q == 1) return 0;
                if (q == 2) {
                    SetEntry *table = so->table;
                    int cmp = value_eq(vm, startkey, key);
                    if (cmp > 0) return 0;
                    if (cmp < 0) return -1;
                    if (table != so->table || entry->key != startkey) goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot == NULL) goto found_unused;
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
found_unused:
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    return set_table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static void set_insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash) {
    SetEntry *entry;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        entry = &table[i];
        if (entry->key == EMPTY_KEY) goto found_null;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == EMPTY_KEY) goto found_null;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

static int set_table_resize(VM *vm, Set *so, int64_t minused) {
    int64_t oldmask = so->mask;
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    if (newsize == SET_MINSIZE && oldmask + 1 == SET_MINSIZE && so->fill == so->used) return 0;
    SetEntry *oldtable = so->table;
    SetEntry *newtable = alloc_table(vm, (int64_t)newsize);
    so->mask = (int64_t)newsize - 1;
    so->table = newtable;
    size_t newmask = (size_t)so->mask;
    if (so->fill == so->used) {
        for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
            if (e->key != EMPTY_KEY) set_insert_clean(newtable, newmask, e->key, e->hash);
    } else {
        so->fill = so->used;
        for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
            if (is_active(e->key)) set_insert_clean(newtable, newmask, e->key, e->hash);
    }
    free(oldtable);
    return 0;
}

static int set_contains_entry(VM *vm, Set *so, Value key, int64_t hash) {
    SetEntry *e = set_lookkey(vm, so, key, hash);
    if (!e) return -1;
    return e->key != EMPTY_KEY;
}

static int set_discard_entry(VM *vm, Set *so, Value key, int64_t hash) {
    SetEntry *e = set_lookkey(vm, so, key, hash);
    if (!e) return -1;
    if (e->key == EMPTY_KEY) return 0;
    e->key = DUMMY_KEY;
    e->hash = -1;
    so->used--;
    return 1;
}

static void set_clear_internal(VM *vm, Set *so) {
    free(so->table);
    so->table = alloc_table(vm, SET_MINSIZE);
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
}

bool set_next(Set *s, int64_t *pos, Value *key) {
    int64_t i = *pos;
    while (i <= s->mask && !is_active(s->table[i].key)) i++;
    *pos = i + 1;
    if (i > s->mask) return false;
    *key = s->table[i].key;
    return true;
}

static bool set_next_entry(Set *s, int64_t *pos, SetEntry **out) {
    int64_t i = *pos;
    while (i <= s->mask && !is_active(s->table[i].key)) i++;
    *pos = i + 1;
    if (i > s->mask) return false;
    *out = &s->table[i];
    return true;
}

/* ---- public API -------------------------------------------------------------------- */

int set_add(VM *vm, Set *s, Value key) {
    int64_t h;
    if (cont_hash(vm, key, &h) < 0) return -1;
    return set_add_entry(vm, s, key, h);
}

/* Hash for membership tests: an unhashable set key is looked up as a frozenset. */
static int hash_for_lookup(VM *vm, Value *key, int64_t *h) {
    if (cont_hash(vm, *key, h) == 0) return 0;
    if (!val_is_obj(*key) || !type_is_subtype(val_as_obj(*key)->type, &SetType) ||
        !vm_exc_matches(vm, &TypeErrorType))
        return -1;
    vm_exc_clear(vm);
    Set *tmp = set_copy_of(vm, AS(Set, *key), true);
    *key = OBJ_VAL(tmp);
    return value_hash(vm, *key, h);
}

int set_contains(VM *vm, Set *s, Value key) {
    int64_t h;
    if (hash_for_lookup(vm, &key, &h) < 0) return -1;
    return set_contains_entry(vm, s, key, h);
}

int set_discard(VM *vm, Set *s, Value key) {
    int64_t h;
    if (hash_for_lookup(vm, &key, &h) < 0) return -1;
    return set_discard_entry(vm, s, key, h);
}

/* ---- bulk operations ----------------------------------------------------------- */

static int set_merge(VM *vm, Set *so, Set *other) {
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(vm, so, (so->used + other->used) * 2) != 0) return -1;
    }
    SetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            if (other_entry->key != EMPTY_KEY) {
                so_entry->key = other_entry->key;
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        size_t newmask = (size_t)so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (int64_t i = other->mask + 1; i > 0; i--, other_entry++) {
            if (is_active(other_entry->key)) set_insert_clean(so->table, newmask, other_entry->key, other_entry->hash);
        }
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (is_active(e.key)) {
            if (set_add_entry(vm, so, e.key, e.hash)) return -1;
        }
    }
    return 0;
}

static int set_update_internal(VM *vm, Set *so, Value other) {
    if (val_is_anyset(other)) return set_merge(vm, so, AS(Set, other));
    if (val_is_type(other, &DictType)) {
        Dict *d = AS(Dict, other);
        int64_t dictsize = d->len;
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (set_table_resize(vm, so, (so->used + dictsize) * 2) != 0) return -1;
        }
        for (int64_t i = 0; i < d->used; i++) {
            DictEntry *e = &d->entries[i];
            if (e->key == VAL_UNDEF) continue;
            if (set_add_entry(vm, so, e->key, e->hash)) return -1;
        }
        return 0;
    }
    if (val_is_type(other, &ListType) || val_is_type(other, &TupleType)) {
        int64_t n;
        Value *items = seq_fast_items(other, &n);
        for (int64_t i = 0; i < n; i++) {
            if (set_add(vm, so, items[i])) return -1;
            if (val_is_type(other, &ListType)) items = seq_fast_items(other, &n);
        }
        return 0;
    }
    Value it = value_iter(vm, other);
    if (it == VAL_ERR) return -1;
    for (;;) {
        Value key = value_next(vm, it);
        if (key == VAL_NULL) return 0;
        if (key == VAL_ERR) return -1;
        if (set_add(vm, so, key)) return -1;
    }
}

int set_update(VM *vm, Set *s, Value iterable) { return set_update_internal(vm, s, iterable); }

/* make_new_set(type, iterable) */
static Set *make_new_set(VM *vm, bool frozen, Value iterable) {
    Set *s = set_new(vm, frozen);
    if (iterable != VAL_UNDEF && set_update_internal(vm, s, iterable) < 0) return NULL;
    return s;
}

static inline bool is_frozen_type(Set *s) { return s->hdr.type != &SetType && !type_is_subtype(s->hdr.type, &SetType); }

Set *set_copy_of(VM *vm, Set *s, bool frozen) { return make_new_set(vm, frozen, OBJ_VAL(s)); }

/* set_copy: a new set of the same basic type */
static Set *set_copy(VM *vm, Set *so) { return make_new_set(vm, is_frozen_type(so), OBJ_VAL(so)); }

static void set_swap_bodies(Set *a, Set *b) {
    int64_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    SetEntry *u = a->table; a->table = b->table; b->table = u;
}

static Set *set_intersection(VM *vm, Set *so, Value other) {
    if (OBJ_VAL(so) == other) return set_copy(vm, so);
    Set *result = set_new(vm, is_frozen_type(so));
    if (val_is_anyset(other)) {
        Set *o = AS(Set, other);
        if (o->used > so->used) {
            Set *tmp = so;
            so = o;
            o = tmp;
        }
        int64_t pos = 0;
        SetEntry *entry;
        while (set_next_entry(o, &pos, &entry)) {
            Value key = entry->key;
            int64_t hash = entry->hash;
            int rv = set_contains_entry(vm, so, key, hash);
            if (rv < 0) return NULL;
            if (rv && set_add_entry(vm, result, key, hash)) return NULL;
        }
        return result;
    }
    Value it = value_iter(vm, other);
    if (it == VAL_ERR) return NULL;
    for (;;) {
        Value key = value_next(vm, it);
        if (key == VAL_NULL) break;
        if (key == VAL_ERR) return NULL;
        int64_t hash;
        if (cont_hash(vm, key, &hash) < 0) return NULL;
        int rv = set_contains_entry(vm, so, key, hash);
        if (rv < 0) return NULL;
        if (rv) {
            if (set_add_entry(vm, result, key, hash)) return NULL;
            if (result->used >= so->used) break;
        }
    }
    return result;
}

static int set_difference_update_internal(VM *vm, Set *so, Value other) {
    if (OBJ_VAL(so) == other) {
        set_clear_internal(vm, so);
        return 0;
    }
    if (val_is_anyset(other)) {
        Set *o = AS(Set, other);
        if ((o->used >> 3) > so->used) {
            o = set_intersection(vm, so, other);
            if (!o) return -1;
        }
        int64_t pos = 0;
        SetEntry *entry;
        while (set_next_entry(o, &pos, &entry)) {
            if (set_discard_entry(vm, so, entry->key, entry->hash) < 0) return -1;
        }
    } else {
        Value it = value_iter(vm, other);
        if (it == VAL_ERR) return -1;
        for (;;) {
            Value key = value_next(vm, it);
            if (key == VAL_NULL) break;
            if (key == VAL_ERR) return -1;
            if (set_discard(vm, so, key) < 0) return -1;
        }
    }
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
    return set_table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Set *set_copy_and_difference(VM *vm, Set *so, Value other) {
    Set *result = set_copy(vm, so);
    if (!result) return NULL;
    if (set_difference_update_internal(vm, result, other) == 0) return result;
    return NULL;
}

static Set *set_difference(VM *vm, Set *so, Value other) {
    int64_t other_size;
    if (val_is_anyset(other)) other_size = AS(Set, other)->used;
    else if (val_is_type(other, &DictType)) other_size = AS(Dict, other)->len;
    else return set_copy_and_difference(vm, so, other);
    if ((so->used >> 2) > other_size) return set_copy_and_difference(vm, so, other);
    Set *result = set_new(vm, is_frozen_type(so));
    int64_t pos = 0;
    SetEntry *entry;
    if (val_is_type(other, &DictType)) {
        while (set_next_entry(so, &pos, &entry)) {
            Value key = entry->key;
            int64_t hash = entry->hash;
            Value v = dict_get_known_hash(vm, AS(Dict, other), key, hash);
            if (v == VAL_ERR) return NULL;
            if (v == VAL_UNDEF && set_add_entry(vm, result, key, hash)) return NULL;
        }
        return result;
    }
    while (set_next_entry(so, &pos, &entry)) {
        Value key = entry->key;
        int64_t hash = entry->hash;
        int rv = set_contains_entry(vm, AS(Set, other), key, hash);
        if (rv < 0) return NULL;
        if (!rv && set_add_entry(vm, result, key, hash)) return NULL;
    }
    return result;
}

static int set_symmetric_difference_update(VM *vm, Set *so, Value other) {
    if (OBJ_VAL(so) == other) {
        set_clear_internal(vm, so);
        return 0;
    }
    if (val_is_type(other, &DictType)) {
        Dict *d = AS(Dict, other);
        for (int64_t i = 0; i < d->used; i++) {
            DictEntry e = d->entries[i];
            if (e.key == VAL_UNDEF) continue;
            int rv = set_discard_entry(vm, so, e.key, e.hash);
            if (rv < 0) return -1;
            if (rv == 0 && set_add_entry(vm, so, e.key, e.hash)) return -1;
        }
        return 0;
    }
    Set *otherset;
    if (val_is_anyset(other)) {
        otherset = AS(Set, other);
    } else {
        otherset = make_new_set(vm, is_frozen_type(so), other);
        if (!otherset) return -1;
    }
    int64_t pos = 0;
    SetEntry *entry;
    while (set_next_entry(otherset, &pos, &entry)) {
        Value key = entry->key;
        int64_t hash = entry->hash;
        int rv = set_discard_entry(vm, so, key, hash);
        if (rv < 0) return -1;
        if (rv == 0 && set_add_entry(vm, so, key, hash)) return -1;
    }
    return 0;
}

static Set *set_symmetric_difference(VM *vm, Set *so, Value other) {
    Set *otherset = make_new_set(vm, is_frozen_type(so), other);
    if (!otherset) return NULL;
    if (set_symmetric_difference_update(vm, otherset, OBJ_VAL(so)) < 0) return NULL;
    return otherset;
}

/* 1 / 0 / -1 */
static int set_issubset(VM *vm, Set *so, Value other) {
    if (!val_is_anyset(other)) {
        Set *tmp = set_intersection(vm, so, other);
        if (!tmp) return -1;
        return tmp->used == so->used;
    }
    Set *o = AS(Set, other);
    if (so->used > o->used) return 0;
    int64_t pos = 0;
    SetEntry *entry;
    while (set_next_entry(so, &pos, &entry)) {
        int rv = set_contains_entry(vm, o, entry->key, entry->hash);
        if (rv <= 0) return rv;
    }
    return 1;
}

static int set_issuperset(VM *vm, Set *so, Value other) {
    if (val_is_anyset(other)) return set_issubset(vm, AS(Set, other), OBJ_VAL(so));
    Value it = value_iter(vm, other);
    if (it == VAL_ERR) return -1;
    for (;;) {
        Value key = value_next(vm, it);
        if (key == VAL_NULL) return 1;
        if (key == VAL_ERR) return -1;
        int rv = set_contains(vm, so, key);
        if (rv <= 0) return rv;
    }
}

static int set_isdisjoint(VM *vm, Set *so, Value other) {
    if (OBJ_VAL(so) == other) return so->used == 0;
    if (val_is_anyset(other)) {
        Set *o = AS(Set, other);
        if (o->used > so->used) {
            Set *tmp = so;
            so = o;
            o = tmp;
        }
        int64_t pos = 0;
        SetEntry *entry;
        while (set_next_entry(o, &pos, &entry)) {
            int rv = set_contains_entry(vm, so, entry->key, entry->hash);
            if (rv < 0) return -1;
            if (rv) return 0;
        }
        return 1;
    }
    Value it = value_iter(vm, other);
    if (it == VAL_ERR) return -1;
    for (;;) {
        Value key = value_next(vm, it);
        if (key == VAL_NULL) return 1;
        if (key == VAL_ERR) return -1;
        int rv = set_contains(vm, so, key);
        if (rv < 0) return -1;
        if (rv) return 0;
    }
}

/* ---- slots ---------------------------------------------------------------------------- */

static void set_trace(VM *vm, Obj *o) {
    Set *s = (Set *)o;
    if (!s->table) return;
    for (int64_t i = 0; i <= s->mask; i++)
        if (is_active(s->table[i].key)) gc_mark_value(vm, s->table[i].key);
}

static void set_finalize(Obj *o) {
    Set *s = (Set *)o;
    free(s->table);
    s->table = NULL;
}

static Value set_repr(VM *vm, Value self) {
    Set *s = AS(Set, self);
    const char *tname = s->hdr.type->name;
    bool exact_set = s->hdr.type == &SetType;
    if (s->used == 0) return str_fromf(vm, "%s()", tname);
    int st = repr_enter(vm, &s->hdr);
    if (st < 0) return VAL_ERR;
    if (st > 0) return str_fromf(vm, "%s(...)", tname);
    StrBuf b;
    sb_init(&b);
    if (!exact_set) {
        sb_puts(&b, tname);
        sb_putc(&b, '(');
    }
    sb_putc(&b, '{');
    int64_t pos = 0;
    Value k;
    bool first = true;
    while (set_next(s, &pos, &k)) {
        if (!first) sb_puts(&b, ", ");
        first = false;
        if (val_is_smallint(k)) {
            sb_printf(&b, "%lld", (long long)val_as_smallint(k));
            continue;
        }
        Value r = value_repr(vm, k);
        if (r == VAL_ERR) {
            sb_free(&b);
            repr_leave(vm, &s->hdr);
            return VAL_ERR;
        }
        sb_put_str(&b, AS(Str, r));
    }
    sb_putc(&b, '}');
    if (!exact_set) sb_putc(&b, ')');
    repr_leave(vm, &s->hdr);
    return sb_finish(vm, &b);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static int frozenset_hash(VM *vm, Value self, int64_t *out) {
    (void)vm;
    Set *so = AS(Set, self);
    uint64_t hash = 0;
    for (int64_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    *out = (int64_t)hash;
    return 0;
}

static Value bool_or_err(int r) { return r < 0 ? VAL_ERR : val_from_bool(r); }

static Value set_richcmp(VM *vm, Value a, Value b, int op) {
    if (!val_is_anyset(a) || !val_is_anyset(b)) return VAL_NOTIMPL;
    Set *v = AS(Set, a), *w = AS(Set, b);
    switch (op) {
    case CMP_EQ:
        if (v->used != w->used) return VAL_FALSE;
        return bool_or_err(set_issubset(vm, v, b));
    case CMP_NE: {
        if (v->used != w->used) return VAL_TRUE;
        int r = set_issubset(vm, v, b);
        return r < 0 ? VAL_ERR : val_from_bool(!r);
    }
    case CMP_LE: return bool_or_err(set_issubset(vm, v, b));
    case CMP_GE: return bool_or_err(set_issuperset(vm, v, b));
    case CMP_LT:
        if (v->used >= w->used) return VAL_FALSE;
        return bool_or_err(set_issubset(vm, v, b));
    case CMP_GT:
        if (v->used <= w->used) return VAL_FALSE;
        return bool_or_err(set_issuperset(vm, v, b));
    }
    return VAL_NOTIMPL;
}

static Value set_iter(VM *vm, Value self) { return set_iter_new(vm, AS(Set, self)); }

static int64_t set_len(VM *vm, Value self) {
    (void)vm;
    return AS(Set, self)->used;
}

static int set_truthy(VM *vm, Value self) {
    (void)vm;
    return AS(Set, self)->used != 0;
}

static int set_contains_slot(VM *vm, Value self, Value key) { return set_contains(vm, AS(Set, self), key); }

static inline Value set_or_err(Set *s) { return s ? OBJ_VAL(s) : VAL_ERR; }

static Value set_binop(VM *vm, Value a, Value b, int op) {
    int base = op & ~BINOP_INPLACE;
    if (base != BINOP_OR && base != BINOP_AND && base != BINOP_SUB && base != BINOP_XOR) return VAL_NOTIMPL;
    if (!val_is_anyset(a) || !val_is_anyset(b)) return VAL_NOTIMPL;
    Set *so = AS(Set, a);
    if (is_frozen_type(so)) op = base; /* frozenset has no in-place forms */
    return set_method_op(vm, so, b, op);
}

Value set_method_op(VM *vm, Set *so, Value other, int op) {
    bool inplace = (op & BINOP_INPLACE) != 0;
    op &= ~BINOP_INPLACE;
    if (inplace) {
        int r;
        switch (op) {
        case BINOP_OR: r = set_update_internal(vm, so, other); break;
        case BINOP_AND: {
            Set *tmp = set_intersection(vm, so, other);
            if (!tmp) return VAL_ERR;
            set_swap_bodies(so, tmp);
            r = 0;
            break;
        }
        case BINOP_SUB: r = set_difference_update_internal(vm, so, other); break;
        default: r = set_symmetric_difference_update(vm, so, other); break;
        }
        return r < 0 ? VAL_ERR : OBJ_VAL(so);
    }
    switch (op) {
    case BINOP_OR: {
        Set *result = set_copy(vm, so);
        if (OBJ_VAL(so) != other && set_update_internal(vm, result, other) < 0) return VAL_ERR;
        return OBJ_VAL(result);
    }
    case BINOP_AND: return set_or_err(set_intersection(vm, so, other));
    case BINOP_SUB: return set_or_err(set_difference(vm, so, other));
    default: return set_or_err(set_symmetric_difference(vm, so, other));
    }
}

static Value set_construct(VM *vm, Type *type, Value *args, int nargs, Tuple *kwnames) {
    bool frozen = type == &FrozenSetType || type_is_subtype(type, &FrozenSetType);
    const char *name = frozen ? "frozenset" : "set";
    if (kwnames && arg_nokw(vm, name, kwnames) < 0) return VAL_ERR;
    if (arg_positional(vm, name, nargs, 0, 1) < 0) return VAL_ERR;
    if (frozen && nargs == 1 && val_is_type(args[0], &FrozenSetType)) return args[0];
    return set_or_err(make_new_set(vm, frozen, nargs ? args[0] : VAL_UNDEF));
}

/* ---- methods ---------------------------------------------------------------------------- */

#define ANYSET_SELF(meth)                                                                    \
    if (nargs < 1 || !val_is_anyset(args[0])) {                                              \
        if ((nargs < 1 || !val_is_type(args[0], &SetType)) && arg_self(vm, args, nargs, &SetType, meth) < 0) return VAL_ERR;                   \
    }                                                                                        \
    Set *so = AS(Set, args[0]);                                                              \
    (void)so
#define SET_SELF(meth)                                                                       \
    if ((nargs < 1 || !val_is_type(args[0], &SetType)) && arg_self(vm, args, nargs, &SetType, meth) < 0) return VAL_ERR;                       \
    Set *so = AS(Set, args[0]);                                                              \
    (void)so

static Value set_m_add(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    SET_SELF("add");
    if (kwnames && arg_nokw(vm, "set.add", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "set.add", nargs - 1) < 0) return VAL_ERR;
    if (set_add(vm, so, args[1]) < 0) return VAL_ERR;
    return VAL_NONE;
}

static Value set_m_remove(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    SET_SELF("remove");
    if (kwnames && arg_nokw(vm, "set.remove", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "set.remove", nargs - 1) < 0) return VAL_ERR;
    int r = set_discard(vm, so, args[1]);
    if (r < 0) return VAL_ERR;
    if (r == 0) return raise_key_error(vm, args[1]);
    return VAL_NONE;
}

static Value set_m_discard(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    SET_SELF("discard");
    if (kwnames && arg_nokw(vm, "set.discard", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "set.discard", nargs - 1) < 0) return VAL_ERR;
    if (set_discard(vm, so, args[1]) < 0) return VAL_ERR;
    return VAL_NONE;
}

static Value set_m_pop(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    SET_SELF("pop");
    if (kwnames && arg_nokw(vm, "set.pop", kwnames) < 0) return VAL_ERR;
    if (arg_noargs(vm, "set.pop", nargs - 1) < 0) return VAL_ERR;
    if (so->used == 0) return vm_raise(vm, &KeyErrorType, "pop from an empty set");
    SetEntry *entry = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (!is_active(entry->key)) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Value key = entry->key;
    entry->key = DUMMY_KEY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static Value set_m_clear(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    SET_SELF("clear");
    if (kwnames && arg_nokw(vm, "set.clear", kwnames) < 0) return VAL_ERR;
    if (arg_noargs(vm, "set.clear", nargs - 1) < 0) return VAL_ERR;
    set_clear_internal(vm, so);
    return VAL_NONE;
}

static Value set_m_copy(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    ANYSET_SELF("copy");
    const char *q = is_frozen_type(so) ? "frozenset.copy" : "set.copy";
    if (kwnames && arg_nokw(vm, q, kwnames) < 0) return VAL_ERR;
    if (arg_noargs(vm, q, nargs - 1) < 0) return VAL_ERR;
    if (so->hdr.type == &FrozenSetType) return args[0];
    return OBJ_VAL(set_copy(vm, so));
}

static Value set_m_update(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    SET_SELF("update");
    if (kwnames && arg_nokw(vm, "set.update", kwnames) < 0) return VAL_ERR;
    for (int i = 1; i < nargs; i++)
        if (set_update_internal(vm, so, args[i]) < 0) return VAL_ERR;
    return VAL_NONE;
}

static const char *qual(Set *so, const char *meth, char *buf, size_t n) {
    snprintf(buf, n, "%s.%s", is_frozen_type(so) ? "frozenset" : "set", meth);
    return buf;
}

static Value set_m_union(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    ANYSET_SELF("union");
    char b[64];
    if (kwnames && arg_nokw(vm, qual(so, "union", b, sizeof b), kwnames) < 0) return VAL_ERR;
    Set *result = set_copy(vm, so);
    for (int i = 1; i < nargs; i++) {
        if (args[i] == args[0]) continue;
        if (set_update_internal(vm, result, args[i]) < 0) return VAL_ERR;
    }
    return OBJ_VAL(result);
}

static Value set_m_intersection(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    ANYSET_SELF("intersection");
    char b[64];
    if (kwnames && arg_nokw(vm, qual(so, "intersection", b, sizeof b), kwnames) < 0) return VAL_ERR;
    if (nargs == 1) return OBJ_VAL(set_copy(vm, so));
    Set *result = so;
    for (int i = 1; i < nargs; i++) {
        result = set_intersection(vm, result, args[i]);
        if (!result) return VAL_ERR;
    }
    return OBJ_VAL(result);
}

static Value set_m_intersection_update(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    SET_SELF("intersection_update");
    if (kwnames && arg_nokw(vm, "set.intersection_update", kwnames) < 0) return VAL_ERR;
    Set *tmp;
    if (nargs == 1) {
        tmp = set_copy(vm, so);
    } else {
        tmp = so;
        for (int i = 1; i < nargs; i++) {
            tmp = set_intersection(vm, tmp, args[i]);
            if (!tmp) return VAL_ERR;
        }
    }
    set_swap_bodies(so, tmp);
    return VAL_NONE;
}

static Value set_m_difference(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    ANYSET_SELF("difference");
    char b[64];
    if (kwnames && arg_nokw(vm, qual(so, "difference", b, sizeof b), kwnames) < 0) return VAL_ERR;
    if (nargs == 1) return OBJ_VAL(set_copy(vm, so));
    Set *result = set_difference(vm, so, args[1]);
    if (!result) return VAL_ERR;
    for (int i = 2; i < nargs; i++)
        if (set_difference_update_internal(vm, result, args[i]) < 0) return VAL_ERR;
    return OBJ_VAL(result);
}

static Value set_m_difference_update(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    SET_SELF("difference_update");
    if (kwnames && arg_nokw(vm, "set.difference_update", kwnames) < 0) return VAL_ERR;
    for (int i = 1; i < nargs; i++)
        if (set_difference_update_internal(vm, so, args[i]) < 0) return VAL_ERR;
    return VAL_NONE;
}

static Value set_m_symmetric_difference(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    ANYSET_SELF("symmetric_difference");
    char b[64];
    qual(so, "symmetric_difference", b, sizeof b);
    if (kwnames && arg_nokw(vm, b, kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, b, nargs - 1) < 0) return VAL_ERR;
    return set_or_err(set_symmetric_difference(vm, so, args[1]));
}

static Value set_m_symmetric_difference_update(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    SET_SELF("symmetric_difference_update");
    if (kwnames && arg_nokw(vm, "set.symmetric_difference_update", kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, "set.symmetric_difference_update", nargs - 1) < 0) return VAL_ERR;
    if (set_symmetric_difference_update(vm, so, args[1]) < 0) return VAL_ERR;
    return VAL_NONE;
}

static Value set_pred(VM *vm, Value *args, int nargs, Tuple *kwnames, const char *meth,
                      int (*fn)(VM *, Set *, Value)) {
    ANYSET_SELF(meth);
    char b[64];
    qual(so, meth, b, sizeof b);
    if (kwnames && arg_nokw(vm, b, kwnames) < 0) return VAL_ERR;
    if (arg_exactly_one(vm, b, nargs - 1) < 0) return VAL_ERR;
    return bool_or_err(fn(vm, so, args[1]));
}

static Value set_m_issubset(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return set_pred(vm, args, nargs, kwnames, "issubset", set_issubset);
}
static Value set_m_issuperset(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return set_pred(vm, args, nargs, kwnames, "issuperset", set_issuperset);
}
static Value set_m_isdisjoint(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return set_pred(vm, args, nargs, kwnames, "isdisjoint", set_isdisjoint);
}

static int set_contains_pred(VM *vm, Set *so, Value key) { return set_contains(vm, so, key); }
static Value set_m_contains(VM *vm, Value *args, int nargs, Tuple *kwnames) {
    return set_pred(vm, args, nargs, kwnames, "__contains__", set_contains_pred);
}

static const MethodDef set_methods[] = {
    {"add", set_m_add, 0},
    {"remove", set_m_remove, 0},
    {"discard", set_m_discard, 0},
    {"pop", set_m_pop, 0},
    {"clear", set_m_clear, 0},
    {"copy", set_m_copy, 0},
    {"update", set_m_update, 0},
    {"union", set_m_union, 0},
    {"intersection", set_m_intersection, 0},
    {"intersection_update", set_m_intersection_update, 0},
    {"difference", set_m_difference, 0},
    {"difference_update", set_m_difference_update, 0},
    {"symmetric_difference", set_m_symmetric_difference, 0},
    {"symmetric_difference_update", set_m_symmetric_difference_update, 0},
    {"issubset", set_m_issubset, 0},
    {"issuperset", set_m_issuperset, 0},
    {"isdisjoint", set_m_isdisjoint, 0},
    {"__contains__", set_m_contains, 0},
    {NULL, NULL, 0},
};

static const MethodDef frozenset_methods[] = {
    {"copy", set_m_copy, 0},
    {"union", set_m_union, 0},
    {"intersection", set_m_intersection, 0},
    {"difference", set_m_difference, 0},
    {"symmetric_difference", set_m_symmetric_difference, 0},
    {"issubset", set_m_issubset, 0},
    {"issuperset", set_m_issuperset, 0},
    {"isdisjoint", set_m_isdisjoint, 0},
    {"__contains__", set_m_contains, 0},
    {NULL, NULL, 0},
};

Type SetType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "set",
    .base = &ObjectType,
    .trace = set_trace,
    .finalize = set_finalize,
    .repr = set_repr,
    .richcmp = set_richcmp,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .truthy = set_truthy,
    .binop = set_binop,
    .construct = set_construct,
};

Type FrozenSetType = {
    .hdr = STATIC_TYPE_HDR,
    .name = "frozenset",
    .base = &ObjectType,
    .trace = set_trace,
    .finalize = set_finalize,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcmp = set_richcmp,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .truthy = set_truthy,
    .binop = set_binop,
    .construct = set_construct,
};

void set_type_init(VM *vm) {
    type_init_static(vm, &SetType);
    type_add_methods(vm, &SetType, set_methods);
    type_init_static(vm, &FrozenSetType);
    type_add_methods(vm, &FrozenSetType, frozenset_methods);
}
