/* jitmem.h - executable memory for the tier-2 JIT: slabs, W^X, trampolines.
 *
 * The VM owns one JitMem (no global state; not thread-safe: one JitMem per
 * VM, used from the thread that runs it).  Code lives in 256 KiB slabs carved
 * from large PROT_NONE reservations; chunks that do not fit a slab get a
 * dedicated run of pages.  The design (why slabs, how sealing is batched, how
 * freed space is reused, what is counted) is described at the top of
 * jitmem.c.  The contract, in short:
 *
 *   - jitmem_alloc() hands out memory that is WRITABLE (RW, not executable)
 *     and stays writable until the next jitmem_seal().  Allocating more does
 *     not seal anything, so an emitter may allocate several chunks (several
 *     traces, a trace and its side exits) and write them in any order.
 *   - jitmem_seal() makes every slab that was written since the last seal
 *     executable (RX, not writable), one mprotect per slab.  Call it after
 *     emitting and before the new code first runs (it is cheap when there is
 *     nothing to seal).  Memory is never writable and executable at once.
 *   - jitmem_free() may be called in any state; it never touches the memory
 *     itself.  The caller guarantees the freed code no longer runs and that
 *     nothing jumps to it any more.
 *   - Reusing freed space of a sealed slab reopens that slab (RX -> RW) until
 *     the next seal, which makes *all* code in that slab non-executable for
 *     that time.  So the VM brackets every entry into JIT code with
 *     jitmem_exec_enter()/jitmem_exec_leave(); while the depth is non-zero
 *     (code is on the native stack, e.g. a helper re-entered the interpreter
 *     and it compiles a new trace) no slab holding live code is ever
 *     reopened: allocations go to open, empty or fresh slabs instead.  A VM
 *     that never calls them promises that it only allocates while no JIT
 *     code is running.
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
#define JITMEM_SLAB_SIZE     ((size_t)256 * 1024)      /* unit of RW/RX switching */
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
    size_t open_slabs;       /* slabs/runs writable right now */
    uint64_t mprotect_calls; /* every mprotect = opens + reopens + seals */
    uint64_t opens;          /* fresh slab PROT_NONE -> RW */
    uint64_t reopens;        /* sealed slab RX -> RW (reuse, late trampolines) */
    uint64_t seals;          /* slab or large run RW -> RX */
    uint64_t allocs, frees;
    uint64_t reuses;         /* allocations placed in previously handed-out bytes */
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
    JitSlab *open;   /* the writable ones, most recently opened first */
    uintptr_t hint;  /* next address to ask mmap for (below the VM's code) */
    unsigned exec_depth;
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

/* Make every written slab and large run executable (one mprotect each).
 * Returns JITMEM_OK, or JITMEM_ENOMEM if an mprotect failed (that slab stays
 * RW, not executable, and is retried on the next seal). */
int jitmem_seal(JitMem *m);

/* Give a chunk back.  Clears *c.  NULL or an already cleared chunk is ignored. */
void jitmem_free(JitMem *m, JitChunk *c);

/* Is the chunk's memory writable right now (its slab open)? */
bool jitmem_writable(const JitChunk *c);

/* The per-slab, per-helper trampoline `jmp *[rip+0]; .quad target`, created
 * on the first request (in the slab's trampoline area, at its top) and reused
 * afterwards: the same (slab, helper_index) always yields the same address.
 * For code in `slab` whose rel32 call/jmp cannot reach `target` directly.
 * Returns NULL if helper_index is outside [0, JITMEM_MAX_HELPERS), if the
 * index already has a trampoline for a different target, if the slab has no
 * room left, if creating it would need to reopen a sealed slab while JIT code
 * runs, or on other architectures than x86-64.  Creating a trampoline in a
 * sealed slab reopens it until the next seal (counted in `reopens`). */
void *jitmem_trampoline(JitMem *m, JitSlab *slab, int helper_index, void *target);

/* Can a rel32 displacement, relative to the address of the next instruction,
 * reach `target`? */
bool jitmem_rel32_reachable(const void *from_next_insn, const void *target);

/* Makes the slab holding c writable again (RX -> RW) until the next
 * jitmem_seal(), to patch code in place (stitching exits).  The caller
 * guarantees no code of that slab runs until it seals. */
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
