/* jitmem.c - executable memory for the tier-2 JIT.
 *
 * Why slabs.  Page protections are per mapping range, and every change of
 * protection costs an mprotect system call, a TLB shootdown and, when
 * neighbours differ, a split of the kernel's VMA.  So code is not given its
 * own pages: the allocator reserves address space in large PROT_NONE,
 * MAP_NORESERVE mappings (JITMEM_RESERVE_SIZE = 64 MiB at a time, less when
 * the cap is smaller), which costs no memory, and carves them into
 * JITMEM_SLAB_SIZE = 256 KiB slabs.  Chunks (traces, stubs) are allocated
 * from slabs; a chunk that does not fit a slab (with its trampoline reserve)
 * gets a dedicated run of pages of its own, unmapped when it is freed.  The
 * reservations are placed just below the VM's own code when the kernel
 * allows it (mmap hint, never MAP_FIXED), so that JIT code usually reaches
 * the C helpers with a direct rel32 call; the trampolines below handle the
 * cases where it does not.  Slab metadata (free lists, trampoline tables,
 * page states, counters) lives in malloc'd JitSlab structs, never inside the
 * slab, so bookkeeping never needs the slab to be writable and freeing never
 * touches executable memory.
 *
 * W^X, page by page.  Every page is PROT_NONE (reserved, not carved yet), RW
 * or RX; never writable and executable at once.  Carving a slab opens it as
 * a whole (one mprotect NONE -> RW).  From then on protection is tracked per
 * page ("unit": the page size, or 1/64 slab if pages are smaller, so one
 * 64-bit mask describes a slab; a large run is a single unit).  Allocations
 * fill RW space; nothing is sealed by jitmem_alloc itself, so every chunk
 * handed out stays writable until the emitter is done.  jitmem_seal() then
 * makes RX exactly the RW pages that hold code: in each slab the pages from
 * its lowest unsealed page up to the page holding the end of the used space
 * (the bump pointer), plus the pages holding trampolines at the top - one
 * mprotect per contiguous range, so one call per slab per seal, two when
 * trampolines were added above an RW gap.  The untouched pages between stay
 * RW: the next allocations go there (starting at the first RW page; the
 * bytes between the old end of code and that page boundary become a free
 * range, reusable later like any sealed free space) without any mprotect.
 *
 * Why page-granular.  With a single mapping (no aliased RW/RX double
 * mapping, which would leave a writable view of live code around), code must
 * be RX to run and RW to be written.  When seals covered whole slabs, the
 * first allocation after every seal had to reopen the slab it was filling
 * (RX -> RW, stopping all its code), so a JIT that runs each trace right
 * after compiling it paid an mprotect pair per compile, and every compile
 * disabled code that might be suspended on the native stack.  Sealing only
 * the written pages makes filling a slab cost 1 open + 1 seal per seal
 * cycle, never a reopen, and never makes sealed code non-executable.  The
 * price is the partial page at each seal boundary, left as a free range
 * (on average half a page per seal cycle and slab): batching seals (several
 * traces per seal) keeps it small.  A slab whose RW tail could not hold
 * even a granule any more is sealed as a whole, so it leaves the open list.
 *
 * How freed space is reused.  jitmem_free only updates metadata: the range
 * goes to the slab's free list (sorted, coalesced; a range that reaches the
 * bump pointer lowers it instead).  A slab whose last chunk is freed becomes
 * empty: bump pointer, free list and trampolines are reset (its pages keep
 * their protection).  jitmem_alloc looks for space in this order:
 *   1. RW pages of the open slabs (those with any RW page): free list best
 *      fit, then the bump region, both restricted to RW pages - no mprotect;
 *   2. a slab with RX pages and at least JITMEM_REOPEN_MIN (1/8 slab)
 *      reusable bytes (free list + unused bump space), the one with the
 *      most - it is reopened (see below) and its RX pages stay RW until the
 *      next seal, so every allocation until then can reuse its space under
 *      the same reopen (batching: a slab is not reopened for a few crumbs);
 *   3. an empty slab with RX pages (reopened; as good as a fresh one, and it
 *      saves the cap);
 *   4. a fresh slab from the reservation (reserving more when needed);
 *   5. only when the cap (or the OS) refuses a fresh slab: any slab with a
 *      fitting hole, however small its reusable space.
 * A reuse reopen makes the whole slab RW in one mprotect (RX -> RW), not just
 * the pages of the hole: the point of step 2 is that one reopen serves every
 * allocation that lands in that slab until the next seal, and reopening
 * hole by hole would cost a call per hole and split the slab into more VMAs
 * for the seal to stitch back.  Making just the hole's pages RW would not
 * keep the rest of the slab runnable in any useful sense either: once live
 * code is made non-executable, jitmem_must_seal() is true and the VM must
 * seal before any JIT code runs.  Because a reopen of pages holding live
 * code stops that code, steps 2 and 5 (and a trampoline or a patch in RX
 * pages holding live code) are skipped while JIT code runs
 * (jitmem_exec_enter/leave depth > 0): a helper may have re-entered the
 * interpreter, which compiles a new trace, and the frames below would
 * return into a non-executable page.  Reopening pages that hold no live
 * code is always allowed (an empty slab - the caller guarantees freed
 * chunks no longer run - or a slab whose only live chunks are still RW).
 *
 * Trampolines.  Each slab keeps a trampoline area at its top, growing down
 * while code grows up from the bottom; every allocation leaves at least
 * JITMEM_TRAMP_RESERVE bytes (128 trampolines) between them, so an emitter
 * can always get the trampolines of the chunk it just allocated.  A
 * trampoline is `jmp *[rip+0]` followed by the absolute target (ff 25 00 00
 * 00 00 <addr64>, padded with int3 to 16 bytes), one per (slab, helper
 * index), created on the first request and found in the slab's table
 * afterwards.  The target is read back from the stub, so asking for the
 * same index with another target is detected (NULL).  A new trampoline in a
 * page that is still RW costs nothing; one in a sealed trampoline page
 * reopens that page alone (it holds only trampolines and maybe the end of
 * the code below), under the same exec_depth rule.
 *
 * jitmem_must_seal().  True from the moment pages holding live code that was
 * executable are made RW (a reuse reopen, a trampoline page reopened,
 * jitmem_make_writable) until the next fully successful seal.  Allocations
 * that only use RW pages never set it, so an emitter may defer seals (run
 * only the traces sealed so far) as long as it is false, and must seal
 * before running JIT code once it is true.
 *
 * What is counted (jitmem_stats).  mprotect_calls counts every mprotect this
 * file makes (successful or not) = opens (fresh slab NONE -> RW) + reopens
 * (RX -> RW, for reuse, a late trampoline or a patch) + seals (RW -> RX;
 * each call counts, so a seal covering code and trampoline pages of one
 * slab counts two).  allocs/frees count successful calls; reuses counts
 * allocations placed in bytes below the slab's high-water mark (freed
 * space, alignment and seal-boundary gaps); failed_allocs and the sticky
 * `exhausted` flag count allocations refused by the cap or the OS.  The
 * sizes are computed on demand: reserved (address space), committed (carved
 * slabs + large runs, what the cap limits), used (live chunks),
 * trampoline_bytes and free (the rest of committed).
 */
#define _GNU_SOURCE
#include "jit/jitmem.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef struct JitRange {
    size_t off, len;
} JitRange;

struct JitSlab {
    JitMem *owner;
    uint8_t *base;
    size_t size;
    size_t unit;        /* protection granule: a page (slabs) or the whole run (large) */
    uint64_t rx;        /* bit i: unit i is RX; clear: RW (carved slabs are never NONE) */
    size_t bump;        /* [0, bump): live chunks and free[]; [bump, tramp_low): unused */
    size_t high_water;  /* highest bump so far: bytes below it were handed out before */
    size_t tramp_low;   /* trampolines occupy [tramp_low, size) */
    size_t live_bytes, live_chunks;
    size_t free_bytes;  /* sum of free[] */
    JitRange *free;     /* sorted by offset, coalesced, every range ends below bump */
    size_t nfree, free_cap;
    uint32_t *tramp;    /* helper index -> trampoline offset + 1 (0: none yet) */
    size_t ntramp;
    size_t index;       /* position in owner->slabs */
    JitSlab *next_open; /* link in owner->open while it has RW units */
    bool large;         /* a dedicated run for one oversized chunk */
    bool on_open;       /* on owner->open: some unit is RW (rx != all units) */
};

#define ALIGN_UP(x, a) (((x) + ((a) - 1)) & ~((size_t)(a) - 1))
#define RESERVE_FLAGS (MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE)
#define HINT_GUARD ((uintptr_t)32 << 20) /* room left below the program's image */
#define INT3 0xcc
#define PROT_RW (PROT_READ | PROT_WRITE)
#define PROT_RX (PROT_READ | PROT_EXEC)

/* Grow a malloc'd array so that it holds at least `need` elements. */
#define GROW(arr, cap, need)                                                     \
    ((need) <= (cap) ? true : grow_array((void *)&(arr), &(cap), (need), sizeof *(arr)))

static bool grow_array(void *arrp, size_t *cap, size_t need, size_t elem) {
    void *arr;
    memcpy(&arr, arrp, sizeof arr);
    size_t nc = *cap ? *cap * 2 : 8;
    while (nc < need) nc *= 2;
    void *p = realloc(arr, nc * elem);
    if (!p) return false;
    memcpy(arrp, &p, sizeof p);
    *cap = nc;
    return true;
}

static size_t page_size(void) {
    static size_t ps; /* a constant of the process, cached */
    if (!ps) {
        long v = sysconf(_SC_PAGESIZE);
        ps = v > 0 ? (size_t)v : 4096;
    }
    return ps;
}

/* The protection unit of a slab: a page, but at least 1/64 slab so that one
 * uint64_t mask covers a slab (any multiple of the page size is a valid
 * mprotect range). */
static size_t slab_unit(void) {
    size_t u = page_size();
    return u < JITMEM_SLAB_SIZE / 64 ? JITMEM_SLAB_SIZE / 64 : u;
}

/* --- unit masks -------------------------------------------------------------- */

static size_t nunits(const JitSlab *s) { return s->size / s->unit; }

static uint64_t all_units(const JitSlab *s) {
    size_t n = nunits(s);
    return n >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
}

/* Units a..b inclusive (b < 64). */
static uint64_t unit_bits(size_t a, size_t b) {
    uint64_t upto = b >= 63 ? ~(uint64_t)0 : ((uint64_t)1 << (b + 1)) - 1;
    return upto & ~(((uint64_t)1 << a) - 1);
}

/* The units overlapping [lo, hi), hi > lo. */
static uint64_t units_of(const JitSlab *s, size_t lo, size_t hi) {
    return unit_bits(lo / s->unit, (hi - 1) / s->unit);
}

/* The lowest aligned offset in [lo, hi) where `size` bytes lie in RW units
 * only, given the RX mask `rx`. */
static bool rw_fit_in(const JitSlab *s, uint64_t rx, size_t lo, size_t hi, size_t size,
                      size_t align, size_t *out) {
    size_t off = ALIGN_UP(lo, align);
    while (off <= hi && hi - off >= size) {
        uint64_t hit = units_of(s, off, off + size) & rx;
        if (!hit) {
            *out = off;
            return true;
        }
        /* every placement starting below the end of the highest RX unit hit
         * still overlaps it (the size is fixed) */
        size_t last = 63 - (size_t)__builtin_clzll(hit);
        off = ALIGN_UP((last + 1) * s->unit, align);
    }
    return false;
}

/* Is [a, b) inside one free range?  (Ranges are coalesced, so a free span
 * is always inside a single one.) */
static bool span_is_free(const JitSlab *s, size_t a, size_t b) {
    size_t lo = 0, hi = s->nfree;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->free[mid].off <= a) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 && s->free[lo - 1].off + s->free[lo - 1].len >= b;
}

/* Does any unit of `mask` hold live code: a byte of a live chunk, or a
 * trampoline of a slab that has live chunks?  (Trampolines are only jumped
 * to from their own slab's chunks, and freed chunks no longer run.)  Bytes
 * neither free nor live (lost to a failed malloc) count as live. */
static bool units_hold_code(const JitSlab *s, uint64_t mask) {
    if (s->live_chunks == 0) return false;
    while (mask) {
        size_t u = (size_t)__builtin_ctzll(mask);
        mask &= mask - 1;
        size_t a = u * s->unit, b = a + s->unit;
        if (b > s->tramp_low) return true;
        if (a >= s->bump) continue;
        if (!span_is_free(s, a, b < s->bump ? b : s->bump)) return true;
    }
    return false;
}

/* The units that must be RX after a seal: everything up to the end of the
 * used space, and the trampolines. */
static uint64_t code_units(const JitSlab *s) {
    uint64_t t = 0;
    if (s->bump) t |= units_of(s, 0, s->bump);
    if (s->tramp_low < s->size) t |= units_of(s, s->tramp_low, s->size);
    return t;
}

/* With RX mask `rx`, can the bump region still take a granule in RW units? */
static bool tail_usable(const JitSlab *s, uint64_t rx) {
    size_t off;
    return s->tramp_low >= s->bump + JITMEM_TRAMP_RESERVE &&
           rw_fit_in(s, rx, s->bump, s->tramp_low - JITMEM_TRAMP_RESERVE, JITMEM_GRANULE,
                     JITMEM_GRANULE, &off);
}

/* --- placement: just below the program's code ----------------------------- */

extern char __executable_start[] __attribute__((weak)); /* GNU ld, lld, gold */

static uintptr_t initial_hint(void) {
    uintptr_t anchor = (uintptr_t)&jitmem_init;
    uintptr_t start = (uintptr_t)__executable_start;
    if (start && start < anchor) anchor = start;
    anchor &= ~(((uintptr_t)2 << 20) - 1);
    /* A non-PIE program sits low in the address space: let the kernel choose. */
    if (anchor < ((uintptr_t)4 << 30)) return 0;
    return anchor - HINT_GUARD;
}

/* mmap `size` bytes, preferably right below the previous mapping. */
static void *map_near(JitMem *m, size_t size, int prot, int flags) {
    void *want = NULL;
    if (m->hint > size + ((uintptr_t)1 << 30)) want = (void *)(m->hint - size);
    void *p = mmap(want, size, prot, flags, -1, 0);
    if (p == MAP_FAILED) return NULL;
    if (want) m->hint = (uintptr_t)want; /* next time further down, taken or not */
    return p;
}

/* --- slab metadata --------------------------------------------------------- */

static void open_push(JitMem *m, JitSlab *s) {
    if (s->on_open) return;
    s->on_open = true;
    s->next_open = m->open;
    m->open = s;
}

static void open_remove(JitMem *m, JitSlab *s) {
    if (!s->on_open) return;
    for (JitSlab **pp = &m->open; *pp; pp = &(*pp)->next_open)
        if (*pp == s) {
            *pp = s->next_open;
            break;
        }
    s->next_open = NULL;
    s->on_open = false;
}

/* A new slab or run, all RW (rx == 0), not on the open list yet. */
static JitSlab *slab_new(JitMem *m, uint8_t *base, size_t size, bool large) {
    if (!GROW(m->slabs, m->slabs_cap, m->nslabs + 1)) return NULL;
    JitSlab *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->owner = m;
    s->base = base;
    s->size = size;
    s->unit = large ? size : slab_unit();
    s->tramp_low = size;
    s->large = large;
    s->index = m->nslabs;
    m->slabs[m->nslabs++] = s;
    return s;
}

static void slab_delete(JitMem *m, JitSlab *s) {
    JitSlab *last = m->slabs[--m->nslabs];
    m->slabs[s->index] = last;
    last->index = s->index;
    free(s->free);
    free(s->tramp);
    free(s);
}

/* Forget everything about a slab whose last chunk was freed.  Its pages keep
 * their protection: sealed ones are reopened when space there is needed. */
static void slab_reset(JitSlab *s) {
    s->nfree = 0;
    s->free_bytes = 0;
    s->bump = 0;
    s->tramp_low = s->size;
    if (s->tramp) memset(s->tramp, 0, s->ntramp * sizeof *s->tramp);
}

/* Bytes an allocation could get from this slab. */
static size_t slab_reusable(const JitSlab *s) {
    size_t gap = s->tramp_low - s->bump;
    return s->free_bytes + (gap > JITMEM_TRAMP_RESERVE ? gap - JITMEM_TRAMP_RESERVE : 0);
}

typedef struct Fit {
    size_t off;
    size_t range; /* index in free[], or SIZE_MAX for the bump pointer */
} Fit;

/* Where would `size` bytes aligned to `align` go?  Best fit in the free list,
 * else the bump pointer, keeping the trampoline reserve.  With rw_only, only
 * places whose units are all RW count (no mprotect needed); otherwise any. */
static bool slab_find(const JitSlab *s, size_t size, size_t align, bool rw_only, Fit *fit) {
    uint64_t rx = rw_only ? s->rx : 0;
    size_t best_waste = SIZE_MAX, off;
    fit->range = SIZE_MAX;
    for (size_t i = 0; i < s->nfree && best_waste; i++) {
        const JitRange *r = &s->free[i];
        if (r->len < size || r->len - size >= best_waste) continue;
        if (rw_fit_in(s, rx, r->off, r->off + r->len, size, align, &off)) {
            best_waste = r->len - size;
            fit->off = off;
            fit->range = i;
        }
    }
    if (fit->range != SIZE_MAX) return true;
    /* the bump region: after a seal its first RW unit starts above the code,
     * so the bytes skipped up to there become a free range (slab_take) */
    if (s->tramp_low >= s->bump + JITMEM_TRAMP_RESERVE &&
        rw_fit_in(s, rx, s->bump, s->tramp_low - JITMEM_TRAMP_RESERVE, size, align, &off)) {
        fit->off = off;
        return true;
    }
    return false;
}

/* Take the space found by slab_find.  free[] must have room for one more. */
static void slab_take(JitMem *m, JitSlab *s, const Fit *f, size_t size) {
    if (f->range != SIZE_MAX) {
        size_t i = f->range;
        JitRange r = s->free[i];
        size_t pre = f->off - r.off, post = r.off + r.len - (f->off + size);
        if (pre && post) {
            memmove(&s->free[i + 2], &s->free[i + 1], (s->nfree - i - 1) * sizeof *s->free);
            s->nfree++;
            s->free[i].len = pre;
            s->free[i + 1] = (JitRange){f->off + size, post};
        } else if (pre) {
            s->free[i].len = pre;
        } else if (post) {
            s->free[i] = (JitRange){f->off + size, post};
        } else {
            memmove(&s->free[i], &s->free[i + 1], (s->nfree - i - 1) * sizeof *s->free);
            s->nfree--;
        }
        s->free_bytes -= size;
    } else {
        if (f->off > s->bump) { /* the alignment or seal-boundary gap stays free */
            s->free[s->nfree++] = (JitRange){s->bump, f->off - s->bump};
            s->free_bytes += f->off - s->bump;
        }
        s->bump = f->off + size;
    }
    if (f->off < s->high_water) m->st.reuses++;
    if (s->bump > s->high_water) s->high_water = s->bump;
    s->live_bytes += size;
    s->live_chunks++;
}

/* Put [off, off+len) back on the free list (coalescing; folding into bump). */
static void slab_release(JitSlab *s, size_t off, size_t len) {
    size_t lo = 0, hi = s->nfree;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->free[mid].off < off) lo = mid + 1;
        else hi = mid;
    }
    size_t i = lo;
    assert(off + len <= s->bump && "jitmem_free: chunk outside its slab's used space");
    assert((i == 0 || s->free[i - 1].off + s->free[i - 1].len <= off) && "jitmem_free: double free");
    assert((i == s->nfree || off + len <= s->free[i].off) && "jitmem_free: double free");
    bool prev = i > 0 && s->free[i - 1].off + s->free[i - 1].len == off;
    bool next = i < s->nfree && off + len == s->free[i].off;
    if (prev && next) {
        s->free[i - 1].len += len + s->free[i].len;
        memmove(&s->free[i], &s->free[i + 1], (s->nfree - i - 1) * sizeof *s->free);
        s->nfree--;
    } else if (prev) {
        s->free[i - 1].len += len;
    } else if (next) {
        s->free[i].off = off;
        s->free[i].len += len;
    } else if (off + len == s->bump) {
        s->bump = off; /* the common LIFO case: no range needed */
        return;
    } else if (GROW(s->free, s->free_cap, s->nfree + 1)) {
        memmove(&s->free[i + 1], &s->free[i], (s->nfree - i) * sizeof *s->free);
        s->free[i] = (JitRange){off, len};
        s->nfree++;
    } else {
        return; /* out of malloc memory: these bytes are lost until the slab empties */
    }
    s->free_bytes += len;
    JitRange *last = &s->free[s->nfree - 1];
    if (last->off + last->len == s->bump) {
        s->bump = last->off;
        s->free_bytes -= last->len;
        s->nfree--;
    }
}

/* --- protection changes (all counted) ------------------------------------- */

/* Make units a..b of s RW (RX -> RW, or a mix of RX and RW units in one
 * call).  Counted as a reopen; sets must_seal when live code is stopped. */
static int units_reopen(JitMem *m, JitSlab *s, size_t a, size_t b) {
    uint64_t span = unit_bits(a, b);
    bool stops_code = units_hold_code(s, span & s->rx);
    m->st.mprotect_calls++;
    if (mprotect(s->base + a * s->unit, (b - a + 1) * s->unit, PROT_RW) != 0) return JITMEM_ENOMEM;
    m->st.reopens++;
    if (stops_code) m->must_seal = true;
    s->rx &= ~span;
    open_push(m, s);
    return JITMEM_OK;
}

/* A reuse reopen: the whole slab, one call (see the top of the file). */
static int slab_reopen(JitMem *m, JitSlab *s) {
    return units_reopen(m, s, 0, nunits(s) - 1);
}

/* Seal one slab: its RW units holding code become RX, one call per
 * contiguous range.  A slab whose RW tail could not take anything any more is
 * sealed as a whole, so that it leaves the open list. */
static int slab_seal(JitMem *m, JitSlab *s) {
    uint64_t want = s->rx | code_units(s);
    if (want != s->rx && !tail_usable(s, want)) want = all_units(s);
    uint64_t todo = want & ~s->rx;
    int rc = JITMEM_OK;
    while (todo) {
        size_t a = (size_t)__builtin_ctzll(todo), b = a;
        while (b + 1 < 64 && (todo >> (b + 1) & 1)) b++;
        uint64_t span = unit_bits(a, b);
        todo &= ~span;
        m->st.mprotect_calls++;
        if (mprotect(s->base + a * s->unit, (b - a + 1) * s->unit, PROT_RX) != 0) {
            rc = JITMEM_ENOMEM; /* stays RW (not executable); retried next time */
            continue;
        }
        m->st.seals++;
        s->rx |= span;
    }
    if (s->rx == all_units(s)) open_remove(m, s);
    return rc;
}

/* Carve a fresh slab from the reservation and open it (PROT_NONE -> RW). */
static int slab_carve(JitMem *m, JitSlab **out) {
    if (m->cap - m->committed < JITMEM_SLAB_SIZE) return JITMEM_ECAP;
    JitMemRegion *r = m->nregions ? &m->regions[m->nregions - 1] : NULL;
    if (!r || r->size - r->carved < JITMEM_SLAB_SIZE) {
        size_t want = (m->cap - m->committed) / JITMEM_SLAB_SIZE * JITMEM_SLAB_SIZE;
        if (want > JITMEM_RESERVE_SIZE) want = JITMEM_RESERVE_SIZE;
        if (!GROW(m->regions, m->regions_cap, m->nregions + 1)) return JITMEM_ENOMEM;
        void *p = map_near(m, want, PROT_NONE, RESERVE_FLAGS);
        if (!p) return JITMEM_ENOMEM;
        r = &m->regions[m->nregions++];
        *r = (JitMemRegion){p, want, 0};
    }
    JitSlab *s = slab_new(m, r->base + r->carved, JITMEM_SLAB_SIZE, false);
    if (!s) return JITMEM_ENOMEM;
    m->st.mprotect_calls++;
    if (mprotect(s->base, s->size, PROT_RW) != 0) {
        slab_delete(m, s);
        return JITMEM_ENOMEM;
    }
    m->st.opens++;
    r->carved += JITMEM_SLAB_SIZE;
    m->committed += JITMEM_SLAB_SIZE;
    open_push(m, s);
    *out = s;
    return JITMEM_OK;
}

/* --- the API ---------------------------------------------------------------- */

int jitmem_init(JitMem *m, size_t cap_bytes) {
    memset(m, 0, sizeof *m);
    m->cap = cap_bytes ? cap_bytes : JITMEM_DEFAULT_CAP;
    m->hint = initial_hint();
    return JITMEM_OK;
}

void jitmem_destroy(JitMem *m) {
    for (size_t i = 0; i < m->nslabs; i++) {
        JitSlab *s = m->slabs[i];
        if (s->large) munmap(s->base, s->size);
        free(s->free);
        free(s->tramp);
        free(s);
    }
    for (size_t i = 0; i < m->nregions; i++) munmap(m->regions[i].base, m->regions[i].size);
    free(m->slabs);
    free(m->regions);
    memset(m, 0, sizeof *m);
}

static int alloc_failed(JitMem *m, int rc) {
    if (rc != JITMEM_EINVAL) {
        m->st.failed_allocs++;
        m->st.exhausted = true;
    }
    return rc;
}

static int hand_out(JitMem *m, JitSlab *s, const Fit *f, size_t size, JitChunk *out) {
    if (!GROW(s->free, s->free_cap, s->nfree + 1)) return alloc_failed(m, JITMEM_ENOMEM);
    assert(!(units_of(s, f->off, f->off + size) & s->rx) && "jitmem: handing out RX memory");
    slab_take(m, s, f, size);
    out->code = s->base + f->off;
    out->size = size;
    out->slab = s;
    memset(out->code, INT3, size);
    m->st.allocs++;
    return JITMEM_OK;
}

/* Reopen s for the allocation found there by slab_find, and hand it out. */
static int reopen_and_hand_out(JitMem *m, JitSlab *s, const Fit *f, size_t size, JitChunk *out) {
    if (slab_reopen(m, s) != JITMEM_OK) return alloc_failed(m, JITMEM_ENOMEM);
    return hand_out(m, s, f, size, out);
}

/* A chunk too big for a slab: its own run of pages, mapped RW, one unit. */
static int alloc_large(JitMem *m, size_t size, JitChunk *out) {
    size_t run = ALIGN_UP(size + JITMEM_TRAMP_RESERVE, page_size());
    if (run < size || m->cap - m->committed < run) return alloc_failed(m, JITMEM_ECAP);
    uint8_t *p = map_near(m, run, PROT_RW, MAP_PRIVATE | MAP_ANONYMOUS);
    if (!p) return alloc_failed(m, JITMEM_ENOMEM);
    JitSlab *s = slab_new(m, p, run, true);
    if (!s) {
        munmap(p, run);
        return alloc_failed(m, JITMEM_ENOMEM);
    }
    s->bump = s->high_water = size;
    s->live_bytes = size;
    s->live_chunks = 1;
    m->committed += run;
    open_push(m, s);
    out->code = p;
    out->size = size;
    out->slab = s;
    memset(p, INT3, size);
    m->st.allocs++;
    return JITMEM_OK;
}

int jitmem_alloc(JitMem *m, size_t size, size_t align, JitChunk *out) {
    *out = (JitChunk){NULL, 0, NULL};
    if (align == 0) align = JITMEM_GRANULE;
    if (size == 0 || size > SIZE_MAX / 4 || (align & (align - 1)) || align > JITMEM_MAX_ALIGN)
        return JITMEM_EINVAL;
    if (align < JITMEM_GRANULE) align = JITMEM_GRANULE;
    size = ALIGN_UP(size, JITMEM_GRANULE);
    if (size + JITMEM_TRAMP_RESERVE > JITMEM_SLAB_SIZE) return alloc_large(m, size, out);

    Fit fit;
    /* 1. RW pages of open slabs: no protection change */
    for (JitSlab *s = m->open; s; s = s->next_open)
        if (!s->large && slab_find(s, size, align, true, &fit)) return hand_out(m, s, &fit, size, out);

    /* candidates needing a reopen: the partly used slab with the most
     * reusable space (while JIT code runs, only if the reopen stops no live
     * code), and an empty one.  A slab with no RX unit left had its whole
     * space searched in step 1. */
    JitSlab *partial = NULL, *empty = NULL;
    size_t partial_bytes = 0;
    Fit partial_fit = {0, SIZE_MAX}, empty_fit = {0, SIZE_MAX};
    for (size_t i = 0; i < m->nslabs; i++) {
        JitSlab *s = m->slabs[i];
        if (s->large || s->rx == 0) continue;
        if (s->live_chunks == 0) {
            if (!empty && slab_find(s, size, align, false, &empty_fit)) empty = s;
            continue;
        }
        if (slab_reusable(s) <= partial_bytes) continue;
        if (m->exec_depth > 0 && units_hold_code(s, s->rx)) continue;
        if (slab_find(s, size, align, false, &fit)) {
            partial = s;
            partial_bytes = slab_reusable(s);
            partial_fit = fit;
        }
    }
    /* 2. worth a reopen */
    if (partial && partial_bytes >= JITMEM_REOPEN_MIN)
        return reopen_and_hand_out(m, partial, &partial_fit, size, out);
    /* 3. an empty slab */
    if (empty) return reopen_and_hand_out(m, empty, &empty_fit, size, out);
    /* 4. a fresh slab */
    JitSlab *s;
    int rc = slab_carve(m, &s);
    if (rc == JITMEM_OK) {
        slab_find(s, size, align, true, &fit); /* a fresh slab fits anything slab-sized */
        return hand_out(m, s, &fit, size, out);
    }
    /* 5. the cap or the OS said no: any hole will do */
    if (partial) return reopen_and_hand_out(m, partial, &partial_fit, size, out);
    return alloc_failed(m, rc);
}

int jitmem_seal(JitMem *m) {
    int rc = JITMEM_OK;
    JitSlab *s = m->open;
    while (s) {
        JitSlab *next = s->next_open; /* slab_seal may unlink s */
        if (slab_seal(m, s) != JITMEM_OK) rc = JITMEM_ENOMEM;
        s = next;
    }
    /* every unit holding code is RX again (a failed call leaves it RW, so
     * the must-seal state stays until a seal succeeds) */
    if (rc == JITMEM_OK) m->must_seal = false;
    return rc;
}

bool jitmem_must_seal(const JitMem *m) { return m->must_seal; }

void jitmem_free(JitMem *m, JitChunk *c) {
    if (!c || !c->code) return;
    JitSlab *s = c->slab;
    assert(s && s->owner == m && "jitmem_free: chunk of another JitMem");
    assert(c->code >= s->base && (size_t)(c->code - s->base) + c->size <= s->size);
    m->st.frees++;
    if (s->large) {
        assert(c->code == s->base);
        open_remove(m, s);
        if ((uintptr_t)s->base == m->hint) m->hint += s->size; /* the lowest run: hint back up */
        munmap(s->base, s->size);
        m->committed -= s->size;
        slab_delete(m, s);
    } else {
        s->live_bytes -= c->size;
        s->live_chunks--;
        if (s->live_chunks == 0) slab_reset(s);
        else slab_release(s, (size_t)(c->code - s->base), c->size);
    }
    *c = (JitChunk){NULL, 0, NULL};
}

bool jitmem_writable(const JitChunk *c) {
    if (!c || !c->slab || !c->code) return false;
    const JitSlab *s = c->slab;
    size_t off = (size_t)(c->code - s->base);
    return !(units_of(s, off, off + c->size) & s->rx);
}

int jitmem_make_writable(JitMem *m, JitChunk *c) {
    if (!c || !c->slab || !c->code || c->slab->owner != m) return JITMEM_EINVAL;
    JitSlab *s = c->slab;
    size_t off = (size_t)(c->code - s->base);
    if (!(units_of(s, off, off + c->size) & s->rx)) return JITMEM_OK;
    /* just the chunk's pages: a patch touches only them */
    return units_reopen(m, s, off / s->unit, (off + c->size - 1) / s->unit);
}

bool jitmem_rel32_reachable(const void *from_next_insn, const void *target) {
    /* the displacement, computed modulo 2^64, must lie in [-2^31, 2^31) */
    uint64_t d = (uint64_t)(uintptr_t)target - (uint64_t)(uintptr_t)from_next_insn;
    return d + ((uint64_t)1 << 31) < ((uint64_t)1 << 32);
}

void *jitmem_trampoline(JitMem *m, JitSlab *s, int helper_index, void *target) {
#if defined(__x86_64__)
    if (!s || s->owner != m || !target || helper_index < 0 || helper_index >= JITMEM_MAX_HELPERS)
        return NULL;
    size_t idx = (size_t)helper_index;
    if (idx < s->ntramp && s->tramp[idx]) {
        uint8_t *t = s->base + (s->tramp[idx] - 1);
        void *old;
        memcpy(&old, t + 6, sizeof old); /* readable whether RW or RX */
        if (old != target) return NULL;
        m->st.trampoline_hits++;
        return t;
    }
    if (s->tramp_low - s->bump < JITMEM_TRAMP_SIZE) return NULL;
    if (idx >= s->ntramp) {
        size_t n = s->ntramp;
        if (!GROW(s->tramp, s->ntramp, idx + 1)) return NULL;
        memset(s->tramp + n, 0, (s->ntramp - n) * sizeof *s->tramp);
    }
    size_t off = s->tramp_low - JITMEM_TRAMP_SIZE;
    uint64_t page = units_of(s, off, off + JITMEM_TRAMP_SIZE) & s->rx;
    if (page) { /* a sealed trampoline page: reopen that page alone */
        if (m->exec_depth > 0 && units_hold_code(s, page)) return NULL; /* would stop running code */
        size_t u = off / s->unit;
        if (units_reopen(m, s, u, u) != JITMEM_OK) return NULL;
    }
    uint8_t *t = s->base + off;
    static const uint8_t jmp_rip[6] = {0xff, 0x25, 0x00, 0x00, 0x00, 0x00}; /* jmp *[rip+0] */
    memcpy(t, jmp_rip, sizeof jmp_rip);
    memcpy(t + 6, &target, 8);
    t[14] = t[15] = INT3;
    s->tramp_low = off;
    s->tramp[idx] = (uint32_t)off + 1; /* its unit is RW, so s is on the open list for the seal */
    m->st.trampolines++;
    return t;
#else
    (void)m, (void)s, (void)helper_index, (void)target;
    return NULL;
#endif
}

void *jitmem_branch_target(JitMem *m, JitSlab *slab, const void *from_next_insn,
                           int helper_index, void *target) {
    if (jitmem_rel32_reachable(from_next_insn, target)) return target;
    void *t = jitmem_trampoline(m, slab, helper_index, target);
    return t && jitmem_rel32_reachable(from_next_insn, t) ? t : NULL;
}

JitMemStats jitmem_stats(const JitMem *m) {
    JitMemStats st = m->st;
    st.cap = m->cap;
    st.committed = m->committed;
    st.reserved = st.used = st.trampoline_bytes = 0;
    st.slabs = st.large_runs = st.open_slabs = 0;
    for (size_t i = 0; i < m->nregions; i++) st.reserved += m->regions[i].size;
    for (size_t i = 0; i < m->nslabs; i++) {
        const JitSlab *s = m->slabs[i];
        if (s->large) {
            st.large_runs++;
            st.reserved += s->size;
        } else {
            st.slabs++;
        }
        st.used += s->live_bytes;
        st.trampoline_bytes += s->size - s->tramp_low;
        st.open_slabs += s->on_open;
    }
    st.free = st.committed - st.used - st.trampoline_bytes;
    return st;
}
