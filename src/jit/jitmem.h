/* jitmem.h - executable memory for the tier-2 JIT: slabs, W^X, trampolines.
 *
 * The VM owns one JitMem (no global state; not thread-safe: one JitMem per
 * VM, used from the thread that runs it).  Code lives in 256 KiB slabs carved
 * from large PROT_NONE reservations; chunks that do not fit a slab get a
 * dedicated run of pages.  Protection is switched page by page.  The design
 * (why slabs, why page-granular sealing, how freed space is reused, what is
 * counted) is described at the top of jitmem.c.  The contract, in short:
 *
 *   - jitmem_alloc() hands out memory that is WRITABLE (RW, not executable)
 *     and stays writable until the next jitmem_seal().  Allocating more does
 *     not seal anything, so an emitter may allocate several chunks (several
 *     traces, a trace and its side exits) and write them in any order.
 *   - jitmem_seal() makes executable (RX, not writable) exactly the pages
 *     that hold code written since the last seal: in each slab, from its
 *     lowest RW page up to the page holding the end of its used space, plus
 *     its trampoline pages - one mprotect per contiguous range.  The rest of
 *     a slab stays RW and later allocations go there without any mprotect,
 *     so filling a slab costs one open plus one seal per seal cycle, never a
 *     reopen.  Call it before new code first runs (it is cheap when there is
 *     nothing to seal).  Memory is never writable and executable at once.
 *     Each seal leaves the rest of the page holding the end of the code as
 *     free space that only a reopen can reuse, so sealing after several
 *     traces wastes less than sealing after each.
 *   - Code handed out before the last seal stays executable: filling RW
 *     pages, freeing and sealing never change that; only a reopen of pages
 *     holding live code does (below), and jitmem_must_seal() reports it.
 *     While it is false an emitter may defer seals (and run only code
 *     sealed so far); once it is true it must seal before any JIT code runs
 *     again.
 *   - jitmem_free() may be called in any state; it never touches the memory
 *     itself.  The caller guarantees the freed code no longer runs and that
 *     nothing jumps to it any more.
 *   - Reusing freed space in sealed pages reopens the whole slab (RX -> RW,
 *     one mprotect) until the next seal, which makes *all* code in that slab
 *     non-executable for that time; a trampoline added to a sealed
 *     trampoline page reopens that page.  So the VM brackets every entry
 *     into JIT code with jitmem_exec_enter()/jitmem_exec_leave(); while the
 *     depth is non-zero (code is on the native stack, e.g. a helper
 *     re-entered the interpreter and it compiles a new trace) no page
 *     holding live code is ever reopened: allocations go to RW pages, empty
 *     or fresh slabs instead, and such a trampoline is refused.  A VM that
 *     never calls them promises that it only allocates while no JIT code is
 *     running.
 *   - Allocations beyond the cap fail (JITMEM_ECAP, chunk->code == NULL) and
 *     set the sticky `exhausted` flag in the stats; the VM stops compiling and
 *     keeps interpreting.  Freed memory makes later allocations succeed again.
 */
#ifndef GJ_JIT_JITMEM_H
#define GJ_JIT_JITMEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* --- tunables ------------------------------------------------------------- */
#define JITMEM_SLAB_SIZE     ((size_t)256 * 1024)      /* unit of carving; RW/RX is per page */
#define JITMEM_RESERVE_SIZE  ((size_t)64 * 1024 * 1024) /* one PROT_NONE reservation */
#define JITMEM_DEFAULT_CAP   ((size_t)1 << 30)         /* jitmem_init(m, 0) */
#define JITMEM_GRANULE       16   /* chunk sizes and offsets are multiples of this */
#define JITMEM_MAX_ALIGN     4096 /* largest alignment jitmem_alloc accepts */
#define JITMEM_TRAMP_SIZE    16   /* ff 25 00000000 <abs64> cc cc */
#define JITMEM_TRAMP_RESERVE 2048 /* room for 128 trampolines kept free after every alloc */
#define JITMEM_MAX_HELPERS   4096 /* helper_index range of jitmem_trampoline */
#define JITMEM_REOPEN_MIN    (JITMEM_SLAB_SIZE / 8) /* reusable bytes that justify a reopen */

/* --- return codes of jitmem_alloc / jitmem_seal --------------------------- */
enum {
    JITMEM_OK = 0,
    JITMEM_ECAP = -1,   /* the cap is reached (sets `exhausted`) */
    JITMEM_ENOMEM = -2, /* the OS refused mmap/mprotect (also sets `exhausted`) */
    JITMEM_EINVAL = -3, /* size 0, bad alignment, foreign slab ... */
};

typedef struct JitSlab JitSlab; /* opaque; metadata lives outside the slab */

/* A piece of JIT memory.  `size` is the requested size rounded up to
 * JITMEM_GRANULE; unused bytes are filled with int3 (0xcc). */
typedef struct JitChunk {
    uint8_t *code;
    size_t size;
    JitSlab *slab;
} JitChunk;

typedef struct JitMemStats {
    size_t cap;              /* limit on `committed` */
    size_t reserved;         /* address space mapped: reservations + large runs */
    size_t committed;        /* carved slabs + large runs (what the cap limits) */
    size_t used;             /* bytes in live chunks */
    size_t trampoline_bytes; /* bytes taken by trampolines */
    size_t free;             /* committed - used - trampoline_bytes */
    size_t slabs;            /* carved slabs (large runs not included) */
    size_t large_runs;       /* live dedicated runs for oversized chunks */
    size_t open_slabs;       /* slabs/runs with writable pages right now */
    uint64_t mprotect_calls; /* every mprotect = opens + reopens + seals */
    uint64_t opens;          /* fresh slab PROT_NONE -> RW */
    uint64_t reopens;        /* pages RX -> RW (reuse, late trampolines, patches) */
    uint64_t seals;          /* page ranges RW -> RX (one per call) */
    uint64_t allocs, frees;
    uint64_t reuses;         /* allocations placed below a slab's high-water mark */
    uint64_t trampolines;    /* trampolines created */
    uint64_t trampoline_hits;/* requests answered by an existing trampoline */
    uint64_t failed_allocs;  /* allocations refused by the cap or the OS */
    bool exhausted;          /* sticky: an allocation was refused (stop compiling) */
} JitMemStats;

typedef struct JitMemRegion { /* one PROT_NONE reservation; private */
    uint8_t *base;
    size_t size;
    size_t carved; /* slabs are carved from the bottom */
} JitMemRegion;

/* Owned by the VM; treat every field as private, read it through
 * jitmem_stats().  All zero after jitmem_destroy(). */
typedef struct JitMem {
    size_t cap;
    size_t committed;
    JitMemRegion *regions;
    size_t nregions, regions_cap;
    JitSlab **slabs; /* every carved slab and large run */
    size_t nslabs, slabs_cap;
    JitSlab *open;   /* those with RW pages, most recently opened first */
    uintptr_t hint;  /* next address to ask mmap for (below the VM's code) */
    unsigned exec_depth;
    bool must_seal;  /* live code was made non-executable since the last seal */
    JitMemStats st;  /* the counters; sizes are computed by jitmem_stats */
} JitMem;

/* Set up an empty allocator (maps nothing yet).  cap_bytes == 0 means
 * JITMEM_DEFAULT_CAP.  Returns 0. */
int jitmem_init(JitMem *m, size_t cap_bytes);

/* Unmap everything and free the metadata.  Every chunk becomes invalid. */
void jitmem_destroy(JitMem *m);

/* Allocate `size` bytes aligned to `align` (0 = JITMEM_GRANULE; a power of two
 * <= JITMEM_MAX_ALIGN).  On success returns JITMEM_OK and fills *out with
 * writable memory (writable until the next jitmem_seal).  On failure returns
 * a negative JITMEM_E* code and sets out->code = NULL. */
int jitmem_alloc(JitMem *m, size_t size, size_t align, JitChunk *out);

/* Make every page written since the last seal executable: per slab the
 * pages from its lowest RW page to the end of its used space and its
 * trampoline pages (one mprotect per contiguous range; a large run: one).
 * Untouched pages stay RW for later allocations; a slab whose RW rest could
 * not hold anything is sealed whole.  Returns JITMEM_OK (and clears
 * jitmem_must_seal), or JITMEM_ENOMEM if an mprotect failed (those pages
 * stay RW, not executable, and are retried on the next seal). */
int jitmem_seal(JitMem *m);

/* True when pages holding live code that was executable have been made
 * writable (a reuse reopen, a trampoline added to a sealed trampoline page,
 * jitmem_make_writable) and not sealed since: some live code is not
 * executable, so jitmem_seal() must run before any JIT code runs again.
 * While it is false, every chunk handed out before the last seal is
 * executable, and seals may be deferred. */
bool jitmem_must_seal(const JitMem *m);

/* Give a chunk back.  Clears *c.  NULL or an already cleared chunk is ignored. */
void jitmem_free(JitMem *m, JitChunk *c);

/* Is the chunk's memory writable right now (all of its pages RW)? */
bool jitmem_writable(const JitChunk *c);

/* The per-slab, per-helper trampoline `jmp *[rip+0]; .quad target`, created
 * on the first request (in the slab's trampoline area, at its top) and reused
 * afterwards: the same (slab, helper_index) always yields the same address.
 * For code in `slab` whose rel32 call/jmp cannot reach `target` directly.
 * Returns NULL if helper_index is outside [0, JITMEM_MAX_HELPERS), if the
 * index already has a trampoline for a different target, if the slab has no
 * room left, if creating it would need to reopen a sealed page holding live
 * code while JIT code runs, or on other architectures than x86-64.  A new
 * trampoline lands in the slab's top pages; if that page was sealed it is
 * reopened alone until the next seal (counted in `reopens`; sets
 * jitmem_must_seal when it holds live code: the slab's other trampolines,
 * or for a large run the whole run). */
void *jitmem_trampoline(JitMem *m, JitSlab *slab, int helper_index, void *target);

/* Can a rel32 displacement, relative to the address of the next instruction,
 * reach `target`? */
bool jitmem_rel32_reachable(const void *from_next_insn, const void *target);

/* Makes the pages of c writable again (RX -> RW; a large run: all of it)
 * until the next jitmem_seal(), to patch code in place.  Nothing to do if
 * they are RW already; otherwise one mprotect, counted in `reopens`, and
 * jitmem_must_seal() becomes true (c is live code).  Other chunks sharing
 * those pages stop being executable too; the caller guarantees none of that
 * code runs until it seals (exec_depth is not consulted). */
int jitmem_make_writable(JitMem *m, JitChunk *c);

/* What a rel32 call/jmp in `slab` ending at `from_next_insn` should target to
 * reach helper `helper_index` at `target`: the target itself when reachable,
 * else the slab's trampoline for it (NULL as jitmem_trampoline). */
void *jitmem_branch_target(JitMem *m, JitSlab *slab, const void *from_next_insn,
                           int helper_index, void *target);

/* Bracket every execution of JIT code (see the contract above).  Nesting is
 * allowed; enter/leave must balance. */
static inline void jitmem_exec_enter(JitMem *m) { m->exec_depth++; }
static inline void jitmem_exec_leave(JitMem *m) { m->exec_depth--; }

/* A snapshot of the sizes and counters. */
JitMemStats jitmem_stats(const JitMem *m);

#endif /* GJ_JIT_JITMEM_H */
