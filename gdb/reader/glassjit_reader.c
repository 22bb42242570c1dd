/* glassjit_reader.c - glassjit's gdb jit-reader plugin (the GDB manual's
 * "Using JIT Debug Info Readers" and /usr/include/gdb/jit-reader.h).
 *
 *   (gdb) jit-reader-load /path/to/build/glassjit-jit-reader.so
 *   $ glassjit --gdb=reader prog.py        (any glassview user: GV_SINK_GDB_READER)
 *
 * With a reader loaded, gdb hands every entry registered through the JIT
 * interface to `read` first and loads it as an ELF object only when `read`
 * fails; so this plugin takes the compact entries of gdb/gdbreader.c
 * (reader_format.h) and declines everything else, and the ELF sink keeps
 * working next to it.
 *
 *   read          validates an entry (gdb passes a copy of the inferior's
 *                 bytes: nothing in them is trusted) and builds one gdb
 *                 object: a symtab per source file - more exactly per run of
 *                 address-adjacent pieces of one file, see below - with a
 *                 block per range (named after the uop, nested in a block for
 *                 the piece when the ranges leave gaps) and the line table;
 *                 then keeps the entry's ranges and unwind rows in the
 *                 plugin's own table.
 *   unwind        when this frame's pc is in a range of that table, computes
 *                 the caller's registers from the range's rows: CFA = reg +
 *                 offset, rip and saved callee-saved registers loaded from
 *                 CFA + k, rsp = CFA, every other register unchanged (what
 *                 gdb's DWARF unwinder assumes for registers the CFI does not
 *                 mention).  Frames elsewhere are declined at the cost of a
 *                 binary search: gdb asks this unwinder first for every frame.
 *   get_frame_id  (start of the range, CFA): stable for the frame's life.
 *   destroy       frees the table (gdb unloads the plugin).
 *
 * gdb says nothing to a reader when an entry is unregistered (it only frees
 * the objfile it made), so the table may hold rules of code that is gone.
 * Three things keep that harmless: ranges of newer entries replace the older
 * ones they overlap (the code at those addresses was replaced); before using
 * a range, the plugin reads its entry's serial back from the inferior and
 * drops the entry when it changed (the sink clears it on unregistering); and
 * every time the number of entries doubles, all of them are checked that way.
 *
 * Why symtabs per run of adjacent pieces and not simply per file: gdb picks
 * the symtab for a pc by the smallest [lowest block start, highest block end)
 * span containing it, and jit-reader symtabs have no finer address map; a
 * symtab spanning two pieces far apart would claim the code of other entries
 * in between, whose frames would then show as `??`.
 *
 * Limits of gdb's jit-reader interface (gdb 13), not of this plugin: the
 * blocks' names are not minimal symbols nor in any symbol dictionary, so
 * `info symbol ADDR` and `break NAME` do not find them (`bt`, `frame`,
 * `x/i`, `disassemble`, `info line *ADDR`, `break *ADDR` do); docs/profiling.md
 * says which sink to use when.
 */
#include <gdb/jit-reader.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "reader_format.h"

/* gdb refuses a reader that does not export plugin_is_GPL_compatible
 * (jit-reader-load looks the symbol up with dlsym before calling
 * gdb_init_reader): a reader runs inside gdb, a GPL program, so it must be
 * under a GPL-compatible license.  Declaring it is a statement that this
 * file is distributed under such terms. */
GDB_DECLARE_GPL_COMPATIBLE_READER

#define NOFILE_NAME "<jit>"
#define NONAME "<jit>"

/* --- the entry, validated ------------------------------------------------- */

typedef struct view {
    gjr_header h;
    const gjr_piece *pieces;
    const gjr_range *ranges;
    const gjr_line *lines;
    const gjr_row *rows;
    const char *strings;
} view;

static const char *str_at(const view *v, uint32_t off, const char *none) {
    return off == GJR_NONE ? none : v->strings + off;
}

static int str_ok(const view *v, uint32_t off) { return off == GJR_NONE || off < v->h.nstrings; }

/* Rows are shared between ranges, so they are checked once each, and a
 * range's span in O(1): asc[i] is the index one past the last row of the
 * ascending run that starts at i. */
static int rows_check(const view *v, uint32_t *asc) {
    for (uint32_t i = v->h.nrows; i-- > 0;) {
        const gjr_row *r = &v->rows[i];
        if (r->cfa_reg >= 16 || !(r->saved & (1u << GJR_SLOT_RIP)) || (r->saved >> GJR_NSLOTS))
            return 0;
        asc[i] = i + 1 < v->h.nrows && v->rows[i + 1].pc > r->pc ? asc[i + 1] : i + 1;
    }
    return 1;
}

static int range_rows_ok(const view *v, const uint32_t *asc, uint32_t first, uint32_t n) {
    if (n == 0)
        return 1;
    return (uint64_t)first + n <= v->h.nrows && v->rows[first].pc == 0 && asc[first] >= first + n;
}

/* 0 when mem[0, size) is a well-formed entry; *v then points into mem,
 * which must be 8-aligned. */
static int decode(const void *mem, long size, view *v) {
    if (size < (long)sizeof(gjr_header))
        return -1;
    memcpy(&v->h, mem, sizeof v->h);
    const gjr_header *h = &v->h;
    if (memcmp(h->magic, GJR_MAGIC, sizeof h->magic) != 0 || h->version != GJR_VERSION ||
        h->header_size != sizeof(gjr_header) || h->total_size != (uint64_t)size || h->total_size % 8)
        return -1;
    uint64_t at = h->header_size, end = h->total_size;
    uint64_t off_pieces = at;
    at += (uint64_t)h->npieces * sizeof(gjr_piece);
    uint64_t off_ranges = at;
    at += (uint64_t)h->nranges * sizeof(gjr_range);
    uint64_t off_lines = at;
    at += (uint64_t)h->nlines * sizeof(gjr_line);
    uint64_t off_rows = at;
    at += (uint64_t)h->nrows * sizeof(gjr_row);
    uint64_t off_strings = at;
    at += h->nstrings;
    if (at > end || end - at >= 8 || h->npieces == 0)
        return -1;
    const char *b = mem;
    v->pieces = (const gjr_piece *)(b + off_pieces);
    v->ranges = (const gjr_range *)(b + off_ranges);
    v->lines = (const gjr_line *)(b + off_lines);
    v->rows = (const gjr_row *)(b + off_rows);
    v->strings = b + off_strings;
    if (h->nstrings && v->strings[h->nstrings - 1] != '\0')
        return -1; /* every offset below nstrings now ends in a NUL */
    if (!str_ok(v, h->comp_dir))
        return -1;
    uint32_t *asc = malloc(((size_t)h->nrows + 1) * sizeof *asc);
    if (!asc || !rows_check(v, asc)) {
        free(asc);
        return -1;
    }
    /* Each piece's ranges and lines follow the previous piece's (as the sink
     * writes them): every range and line row belongs to exactly one piece,
     * which bounds what read and the unwind table take from the entry. */
    uint64_t next_range = 0, next_line = 0;
    int rc = 0;
    for (uint32_t i = 0; i < h->npieces && rc == 0; i++) {
        const gjr_piece *p = &v->pieces[i];
        if (p->size == 0 || p->start + p->size < p->start || !str_ok(v, p->name) || !str_ok(v, p->file) ||
            p->first_range != next_range || p->first_line != next_line ||
            (uint64_t)p->first_range + p->nranges > h->nranges || (uint64_t)p->first_line + p->nlines > h->nlines) {
            rc = -1;
            break;
        }
        next_range += p->nranges;
        next_line += p->nlines;
        uint64_t done = 0;
        for (uint32_t k = 0; k < p->nranges && rc == 0; k++) {
            const gjr_range *r = &v->ranges[p->first_range + k];
            if (r->size == 0 || r->offset < done || (uint64_t)r->offset + r->size > p->size || !str_ok(v, r->name) ||
                !range_rows_ok(v, asc, r->first_row, r->nrows))
                rc = -1;
            done = (uint64_t)r->offset + r->size;
        }
        for (uint32_t k = 0; k < p->nlines && rc == 0; k++) {
            const gjr_line *l = &v->lines[p->first_line + k];
            if (l->offset >= p->size || (k > 0 && l->offset < l[-1].offset))
                rc = -1;
        }
    }
    free(asc);
    if (rc == 0 && (next_range != h->nranges || next_line != h->nlines))
        rc = -1;
    return rc;
}

/* --- the unwind table ----------------------------------------------------- */

typedef struct rd_entry {
    uint64_t self, serial;
    gjr_row *rows;     /* the entry's rows, copied */
    uint32_t refs;     /* table ranges pointing here */
    size_t index;      /* in reader.entries */
    int dead;
} rd_entry;

typedef struct rd_range {
    uint64_t start, end;
    uint64_t seq;      /* registration order: the newer of two overlapping wins */
    rd_entry *e;
    uint32_t first_row, nrows;
} rd_range;

typedef struct reader {
    rd_range *r;       /* [0, nsorted): sorted, non-overlapping; then the */
    size_t n, nsorted, cap; /* ranges read since, unsorted */
    rd_entry **entries;
    size_t nentries, entries_cap, sweep_at;
    uint64_t seq;
    int warned_missing;
} reader;

static void unref(reader *R, rd_entry *e) {
    if (--e->refs)
        return;
    R->entries[e->index] = R->entries[--R->nentries];
    R->entries[e->index]->index = e->index;
    free(e->rows);
    free(e);
}

static int by_start(const void *a, const void *b) {
    const rd_range *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->seq > y->seq ? -1 : x->seq < y->seq; /* newest first */
}

/* Sorts the tail into the prefix; drops ranges of dead entries and ranges
 * overlapped by newer ones. */
static void merge(reader *R) {
    qsort(R->r, R->n, sizeof *R->r, by_start); /* the prefix is sorted: cheap */
    size_t out = 0;
    for (size_t i = 0; i < R->n; i++) {
        rd_range x = R->r[i];
        int keep = !x.e->dead;
        while (keep && out > 0 && R->r[out - 1].end > x.start) {
            if (R->r[out - 1].seq > x.seq) {
                keep = 0;
            } else {
                unref(R, R->r[out - 1].e);
                out--;
            }
        }
        if (keep)
            R->r[out++] = x;
        else
            unref(R, x.e);
    }
    R->n = R->nsorted = out;
}

/* Is the entry still registered?  Its serial, read back from the process. */
static int alive(rd_entry *e, gdb_target_read *target_read) {
    uint64_t serial = 0;
    if (!e->dead && (target_read(e->self + offsetof(gjr_header, serial), &serial, sizeof serial) != GDB_SUCCESS ||
                     serial != e->serial))
        e->dead = 1;
    return !e->dead;
}

/* The live range containing pc, or NULL. */
static const rd_range *find(reader *R, uint64_t pc, gdb_target_read *target_read) {
    if (R->n - R->nsorted > 64 + R->nsorted / 4)
        merge(R);
    const rd_range *best = NULL;
    size_t lo = 0, hi = R->nsorted; /* the first range starting after pc */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (R->r[mid].start <= pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && pc < R->r[lo - 1].end)
        best = &R->r[lo - 1];
    for (size_t i = R->nsorted; i < R->n; i++)
        if (R->r[i].start <= pc && pc < R->r[i].end && (!best || R->r[i].seq > best->seq))
            best = &R->r[i];
    if (best && !alive(best->e, target_read))
        return NULL;
    return best;
}

/* Checks every entry when their number has doubled since the last check. */
static void sweep(reader *R, gdb_target_read *target_read) {
    if (R->nentries < R->sweep_at)
        return;
    size_t live = 0;
    for (size_t i = 0; i < R->nentries; i++)
        live += alive(R->entries[i], target_read);
    if (live < R->nentries)
        merge(R);
    R->sweep_at = 2 * (live > 32 ? live : 32);
}

/* Adds an entry's ranges: 0, or -1 when memory ran out (the table is then
 * as before). */
static int table_add(reader *R, const view *v) {
    size_t add = v->h.nranges;
    if (add == 0)
        return 0;
    if (R->n + add > R->cap) {
        size_t cap = R->cap ? R->cap : 1024;
        while (cap < R->n + add)
            cap *= 2;
        rd_range *r = realloc(R->r, cap * sizeof *r);
        if (!r)
            return -1;
        R->r = r;
        R->cap = cap;
    }
    if (R->nentries == R->entries_cap) {
        size_t cap = R->entries_cap ? 2 * R->entries_cap : 64;
        rd_entry **p = realloc(R->entries, cap * sizeof *p);
        if (!p)
            return -1;
        R->entries = p;
        R->entries_cap = cap;
    }
    rd_entry *e = calloc(1, sizeof *e);
    gjr_row *rows = v->h.nrows ? malloc(v->h.nrows * sizeof *rows) : NULL;
    if (!e || (v->h.nrows && !rows)) {
        free(e);
        free(rows);
        return -1;
    }
    if (v->h.nrows)
        memcpy(rows, v->rows, v->h.nrows * sizeof *rows);
    *e = (rd_entry){.self = v->h.self, .serial = v->h.serial, .rows = rows, .index = R->nentries};
    R->entries[R->nentries++] = e;
    uint64_t seq = ++R->seq;
    for (uint32_t i = 0; i < v->h.npieces; i++) {
        const gjr_piece *p = &v->pieces[i];
        for (uint32_t k = 0; k < p->nranges; k++) {
            const gjr_range *g = &v->ranges[p->first_range + k];
            R->r[R->n++] = (rd_range){p->start + g->offset, p->start + g->offset + g->size, seq, e, g->first_row,
                                      g->nrows};
            e->refs++;
        }
    }
    if (e->refs == 0) { /* pieces without ranges: nothing to unwind */
        e->refs = 1;
        unref(R, e);
    }
    return 0;
}

/* --- read ------------------------------------------------------------------ */

static const view *sort_view; /* qsort has no context argument */

static int by_file_then_start(const void *a, const void *b) {
    const gjr_piece *x = &sort_view->pieces[*(const uint32_t *)a], *y = &sort_view->pieces[*(const uint32_t *)b];
    if ((x->file == GJR_NONE) != (y->file == GJR_NONE))
        return x->file == GJR_NONE ? 1 : -1;
    if (x->file != GJR_NONE) {
        int c = strcmp(sort_view->strings + x->file, sort_view->strings + y->file);
        if (c)
            return c;
    }
    return x->start < y->start ? -1 : x->start > y->start;
}

static int same_file(const view *v, const gjr_piece *x, const gjr_piece *y) {
    if (x->file == GJR_NONE || y->file == GJR_NONE)
        return x->file == y->file;
    return strcmp(v->strings + x->file, v->strings + y->file) == 0;
}

/* The name to give gdb for a source file, or NULL to leave its lines out.
 *
 * gdb 13 crashes (SIGSEGV in open_source_file: build_id_bfd_get on the
 * objfile's bfd, which jit-reader objfiles do not have) as soon as it tries
 * to show a source line of a jit-reader symtab whose file it cannot open:
 * at a breakpoint in JIT code, `frame`, `up`, `list`.  So a file is only
 * named with its lines when it can be opened from here (gdb's process):
 * relative to gdb's working directory - the name is then kept as is, so
 * frames read `at prog.py:12` as with the ELF sink - or to the JIT's (the
 * name is then made absolute).  GLASSJIT_READER_ALL_LINES=1 keeps every
 * line table (with `set source open off`, gdb never opens the files). */
static char *source_name(const view *v, uint32_t file, int *missing) {
    const char *f = v->strings + file;
    static int keep_all = -1;
    if (keep_all < 0) {
        const char *e = getenv("GLASSJIT_READER_ALL_LINES");
        keep_all = e && *e && strcmp(e, "0") != 0;
    }
    if (keep_all || access(f, R_OK) == 0)
        return strdup(f);
    if (f[0] != '/' && v->h.comp_dir != GJR_NONE) {
        const char *dir = v->strings + v->h.comp_dir;
        size_t n = strlen(dir) + strlen(f) + 2;
        char *path = malloc(n);
        if (path) {
            snprintf(path, n, "%s/%s", dir, f);
            if (access(path, R_OK) == 0)
                return path;
            free(path);
        }
    }
    *missing = 1;
    return NULL;
}

static int covered(const view *v, const gjr_piece *p) {
    uint64_t sum = 0;
    for (uint32_t k = 0; k < p->nranges; k++)
        sum += v->ranges[p->first_range + k].size;
    return p->nranges > 0 && sum == p->size;
}

static void add_blocks(struct gdb_symbol_callbacks *cb, struct gdb_symtab *st, const view *v, const gjr_piece *p) {
    struct gdb_block *parent = NULL;
    if (!covered(v, p))
        parent = cb->block_open(cb, st, NULL, p->start, p->start + p->size, str_at(v, p->name, NONAME));
    for (uint32_t k = 0; k < p->nranges; k++) {
        const gjr_range *g = &v->ranges[p->first_range + k];
        const char *name = str_at(v, g->name, str_at(v, p->name, NONAME));
        cb->block_open(cb, st, parent, p->start + g->offset, p->start + g->offset + g->size, name);
    }
}

/* The line table of pieces[order[i .. j)], one file, adjacent, ascending:
 * each piece's rows, and a line-0 row (gdb: end of sequence) at its end
 * unless the next piece starts with a row of its own. */
static int add_lines(struct gdb_symbol_callbacks *cb, struct gdb_symtab *st, const view *v, const uint32_t *order,
                     size_t i, size_t j, struct gdb_line_mapping *map) {
    int n = 0;
    for (size_t k = i; k < j; k++) {
        const gjr_piece *p = &v->pieces[order[k]];
        for (uint32_t l = 0; l < p->nlines; l++) {
            const gjr_line *row = &v->lines[p->first_line + l];
            map[n++] = (struct gdb_line_mapping){row->line <= INT_MAX ? (int)row->line : 0, p->start + row->offset};
        }
        const gjr_piece *next = k + 1 < j ? &v->pieces[order[k + 1]] : NULL;
        if (p->nlines && !(next && next->nlines && v->lines[next->first_line].offset == 0))
            map[n++] = (struct gdb_line_mapping){0, p->start + p->size};
    }
    if (n)
        cb->line_mapping_add(cb, st, n, map);
    return n;
}

static enum gdb_status rd_read(struct gdb_reader_funcs *self, struct gdb_symbol_callbacks *cb, void *memory,
                               long memory_sz) {
    reader *R = self->priv_data;
    view v;
    void *copy = NULL;
    if (((uintptr_t)memory & 7) != 0 && memory_sz > 0) { /* gdb's buffer is malloc'd: never, in practice */
        copy = malloc((size_t)memory_sz);
        if (!copy)
            return GDB_FAIL;
        memcpy(copy, memory, (size_t)memory_sz);
        memory = copy;
    }
    if (decode(memory, memory_sz, &v) != 0) {
        free(copy);
        return GDB_FAIL; /* not ours (an ELF object of the GDB sink?) or corrupt: gdb tries ELF */
    }
    uint32_t *order = malloc(v.h.npieces * sizeof *order);
    struct gdb_line_mapping *map = malloc(((size_t)v.h.nlines + v.h.npieces + 1) * sizeof *map);
    if (!order || !map) {
        free(order);
        free(map);
        free(copy);
        return GDB_FAIL;
    }
    for (uint32_t i = 0; i < v.h.npieces; i++)
        order[i] = i;
    sort_view = &v;
    qsort(order, v.h.npieces, sizeof *order, by_file_then_start);
    sort_view = NULL;

    struct gdb_object *obj = cb->object_open(cb);
    for (size_t i = 0, j; i < v.h.npieces; i = j) {
        const gjr_piece *first = &v.pieces[order[i]];
        for (j = i + 1; j < v.h.npieces; j++) {
            const gjr_piece *prev = &v.pieces[order[j - 1]], *p = &v.pieces[order[j]];
            if (!same_file(&v, first, p) || prev->start + prev->size != p->start)
                break;
        }
        int missing = 0;
        char *file = first->file != GJR_NONE ? source_name(&v, first->file, &missing) : NULL;
        struct gdb_symtab *st = cb->symtab_open(cb, obj, file ? file : str_at(&v, first->file, NOFILE_NAME));
        for (size_t k = i; k < j; k++)
            add_blocks(cb, st, &v, &v.pieces[order[k]]);
        if (file)
            add_lines(cb, st, &v, order, i, j, map);
        cb->symtab_close(cb, st);
        free(file);
        if (missing && !R->warned_missing) {
            R->warned_missing = 1;
            fprintf(stderr,
                    "glassjit-jit-reader: cannot open %s (nor under the JIT's directory): its JIT code gets no "
                    "line numbers, since gdb 13 crashes on a jit-reader symtab whose source is missing (run gdb "
                    "where the sources are, or set GLASSJIT_READER_ALL_LINES=1 and `set source open off`)\n",
                    v.strings + first->file);
        }
    }
    cb->object_close(cb, obj);
    free(order);
    free(map);

    /* The unwind rules: only when the entry really is where it says it is
     * (its header, read back from the process, is the one gdb gave us);
     * otherwise the liveness checks would be meaningless. */
    gjr_header back;
    if (cb->target_read(v.h.self, &back, sizeof back) == GDB_SUCCESS && memcmp(&back, &v.h, sizeof back) == 0) {
        sweep(R, cb->target_read);
        table_add(R, &v); /* out of memory: names and lines without unwinding */
    }
    free(copy);
    return GDB_SUCCESS;
}

/* --- unwind -------------------------------------------------------------------- */

static void reg_free(struct gdb_reg_value *v) { free(v); }

static int reg_get(struct gdb_unwind_callbacks *cb, int regnum, uint64_t *out) {
    struct gdb_reg_value *v = cb->reg_get(cb, regnum);
    if (!v)
        return 0;
    int ok = v->defined && v->size == (int)sizeof *out;
    if (ok)
        memcpy(out, v->value, sizeof *out);
    if (v->free)
        v->free(v);
    return ok;
}

static void reg_set(struct gdb_unwind_callbacks *cb, int regnum, uint64_t value) {
    /* gdb frees every value it is given through ->free, at once. */
    struct gdb_reg_value *v = malloc(offsetof(struct gdb_reg_value, value) + sizeof value);
    if (!v)
        return;
    v->size = sizeof value;
    v->defined = 1;
    v->free = reg_free;
    memcpy(v->value, &value, sizeof value);
    cb->reg_set(cb, regnum, v);
}

/* The range of this frame and its row; the CFA.  0 when this frame is not
 * ours or its registers are unknown. */
static int frame_rules(reader *R, struct gdb_unwind_callbacks *cb, const rd_range **range, const gjr_row **row,
                       uint64_t *cfa) {
    uint64_t pc;
    if (!reg_get(cb, GJR_DWARF_RIP, &pc))
        return 0;
    const rd_range *r = find(R, pc, cb->target_read);
    /* A caller's pc is a return address: after a call that ends a range it
     * is the range's end. */
    if (!r && pc > 0) {
        r = find(R, pc - 1, cb->target_read);
        if (r && r->end != pc)
            r = NULL;
    }
    if (!r || r->nrows == 0)
        return 0;
    uint64_t off = pc - r->start;
    const gjr_row *rows = r->e->rows + r->first_row, *w = rows;
    for (uint32_t i = 1; i < r->nrows && rows[i].pc <= off; i++)
        w = &rows[i];
    uint64_t base;
    if (!reg_get(cb, w->cfa_reg, &base))
        return 0;
    *range = r;
    *row = w;
    *cfa = base + (uint64_t)(int64_t)w->cfa_offset;
    return 1;
}

static enum gdb_status rd_unwind(struct gdb_reader_funcs *self, struct gdb_unwind_callbacks *cb) {
    const rd_range *r;
    const gjr_row *w;
    uint64_t cfa, caller[GJR_DWARF_NREGS];
    int known[GJR_DWARF_NREGS] = {0};
    if (!frame_rules(self->priv_data, cb, &r, &w, &cfa))
        return GDB_FAIL;
    for (int s = 0; s < GJR_NSLOTS; s++) {
        if (!(w->saved & (1u << s)))
            continue;
        int reg = gjr_slot_dwarf_reg(s);
        if (cb->target_read(cfa + (uint64_t)(int64_t)w->off[s], &caller[reg], sizeof caller[reg]) != GDB_SUCCESS)
            return GDB_FAIL;
        known[reg] = 1;
    }
    caller[GJR_DWARF_RSP] = cfa;
    known[GJR_DWARF_RSP] = 1;
    /* Registers the rules do not mention keep their value. */
    for (int reg = 0; reg < GJR_DWARF_RIP; reg++)
        if (!known[reg])
            known[reg] = reg_get(cb, reg, &caller[reg]);
    for (int reg = 0; reg < GJR_DWARF_NREGS; reg++)
        if (known[reg])
            reg_set(cb, reg, caller[reg]);
    return GDB_SUCCESS;
}

static struct gdb_frame_id rd_frame_id(struct gdb_reader_funcs *self, struct gdb_unwind_callbacks *cb) {
    const rd_range *r;
    const gjr_row *w;
    uint64_t cfa, pc = 0, sp = 0;
    if (frame_rules(self->priv_data, cb, &r, &w, &cfa))
        return (struct gdb_frame_id){r->start, cfa};
    /* Not reached for frames this reader unwound, but never garbage. */
    reg_get(cb, GJR_DWARF_RIP, &pc);
    reg_get(cb, GJR_DWARF_RSP, &sp);
    return (struct gdb_frame_id){pc, sp};
}

static void rd_destroy(struct gdb_reader_funcs *self) {
    reader *R = self->priv_data;
    for (size_t i = 0; i < R->nentries; i++) {
        free(R->entries[i]->rows);
        free(R->entries[i]);
    }
    free(R->entries);
    free(R->r);
    free(R);
    free(self);
}

struct gdb_reader_funcs *gdb_init_reader(void) {
    struct gdb_reader_funcs *f = calloc(1, sizeof *f);
    reader *R = calloc(1, sizeof *R);
    if (!f || !R) {
        free(f);
        free(R);
        return NULL;
    }
    R->sweep_at = 64;
    f->reader_version = GDB_READER_INTERFACE_VERSION;
    f->priv_data = R;
    f->read = rd_read;
    f->unwind = rd_unwind;
    f->get_frame_id = rd_frame_id;
    f->destroy = rd_destroy;
    return f;
}
