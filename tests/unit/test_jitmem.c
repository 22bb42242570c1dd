/* test_jitmem.c - the JIT memory allocator: slabs, W^X, reuse, cap, trampolines. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jit/jitmem.h"

static int passed, failed;
#define CHECK(cond)                                                                 \
    do {                                                                            \
        if (cond) passed++;                                                         \
        else {                                                                      \
            failed++;                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                           \
    } while (0)

/* Calling JIT code: clang's -fsanitize=function would look for a type
 * signature in front of the target, which JIT code does not have. */
#if defined(__clang__)
#define NO_SANITIZE_FUNCTION __attribute__((no_sanitize("function")))
#else
#define NO_SANITIZE_FUNCTION
#endif

typedef int (*IntFn)(void);
typedef int64_t (*Add3Fn)(int64_t, int64_t, int64_t);

NO_SANITIZE_FUNCTION static int call_int(const void *code) {
    IntFn f = (IntFn)(uintptr_t)code;
    return f();
}

NO_SANITIZE_FUNCTION static int64_t call_add3(const void *code, int64_t a, int64_t b, int64_t c) {
    Add3Fn f = (Add3Fn)(uintptr_t)code;
    return f(a, b, c);
}

static int64_t add3(int64_t a, int64_t b, int64_t c) { return a + b + c; }
static int64_t mul2(int64_t a, int64_t b, int64_t c) { return a * b + c; }

/* --- /proc/self/maps ------------------------------------------------------- */

/* The permissions ("rw-p", "r-xp", ...) of the mapping holding addr; "" if none. */
static void maps_perms(const void *addr, char perms[8]) {
    perms[0] = 0;
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) return;
    char line[512];
    uintptr_t a = (uintptr_t)addr;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char p[8];
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, p) == 3 && a >= lo && a < hi) {
            strcpy(perms, p);
            break;
        }
    }
    fclose(f);
}

static bool perms_are(const void *addr, const char *want) {
    char p[8];
    maps_perms(addr, p);
    if (strcmp(p, want) != 0) fprintf(stderr, "  %p is \"%s\", expected \"%s\"\n", addr, p, want);
    return strcmp(p, want) == 0;
}

/* No mapping overlapping [lo, hi) is both writable and executable. */
static bool no_wx_in(uintptr_t lo, uintptr_t hi) {
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) return false;
    char line[512];
    bool ok = true;
    while (fgets(line, sizeof line, f)) {
        unsigned long a, b;
        char p[8];
        if (sscanf(line, "%lx-%lx %7s", &a, &b, p) == 3 && a < hi && b > lo && p[1] == 'w' &&
            p[2] == 'x')
            ok = false;
    }
    fclose(f);
    return ok;
}

/* Every reservation and large run of m is W^X. */
static bool no_wx(const JitMem *m) {
    bool ok = true;
    for (size_t i = 0; i < m->nregions; i++)
        ok &= no_wx_in((uintptr_t)m->regions[i].base,
                       (uintptr_t)m->regions[i].base + m->regions[i].size);
    return ok;
}

static size_t page(void) { return (size_t)sysconf(_SC_PAGESIZE); }
#define ALIGN_UP_PAGE(n) (((n) + page() - 1) & ~(page() - 1))

/* How many chunks of `size` (a multiple of JITMEM_GRANULE) fill a slab: the
 * trampoline reserve stays free above the last one. */
static int per_slab(size_t size) { return (int)((JITMEM_SLAB_SIZE - JITMEM_TRAMP_RESERVE) / size); }

static bool stats_consistent(const JitMem *m) {
    JitMemStats st = jitmem_stats(m);
    return st.used + st.trampoline_bytes + st.free == st.committed && st.committed <= st.cap &&
           st.mprotect_calls == st.opens + st.reopens + st.seals;
}

/* Write `mov eax, imm32; ret` at p. */
static void emit_ret_imm(uint8_t *p, int32_t imm) {
    p[0] = 0xb8;
    memcpy(p + 1, &imm, 4);
    p[5] = 0xc3;
}

/* --- tests ----------------------------------------------------------------- */

static void test_init_destroy(void) {
    JitMem m;
    CHECK(jitmem_init(&m, 0) == 0);
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.cap == JITMEM_DEFAULT_CAP);
    CHECK(st.reserved == 0 && st.committed == 0 && st.slabs == 0 && st.mprotect_calls == 0);
    CHECK(!st.exhausted);
    CHECK(jitmem_seal(&m) == JITMEM_OK); /* nothing to seal: no call */
    CHECK(jitmem_stats(&m).mprotect_calls == 0);
    jitmem_destroy(&m);
    CHECK(jitmem_stats(&m).cap == 0);
    jitmem_destroy(&m); /* twice is harmless */

    CHECK(jitmem_init(&m, 12345678) == 0);
    CHECK(jitmem_stats(&m).cap == 12345678);
    jitmem_destroy(&m);
}

static void test_alloc_free_reuse(void) {
    JitMem m;
    jitmem_init(&m, 0);
    JitChunk a, b, c;
    CHECK(jitmem_alloc(&m, 100, 0, &a) == JITMEM_OK);
    CHECK(a.code && a.slab && a.size >= 100 && a.size % JITMEM_GRANULE == 0);
    CHECK((uintptr_t)a.code % JITMEM_GRANULE == 0);
    CHECK(jitmem_writable(&a));
    CHECK(a.code[0] == 0xcc && a.code[a.size - 1] == 0xcc); /* filled with int3 */
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.slabs == 1 && st.committed == JITMEM_SLAB_SIZE && st.reserved >= JITMEM_SLAB_SIZE);
    CHECK(st.used == a.size && st.allocs == 1 && st.reuses == 0);
    CHECK(st.opens == 1 && st.mprotect_calls == 1 && st.open_slabs == 1);

    /* freed space of the open slab comes back at once, without any mprotect */
    uint8_t *a_code = a.code;
    jitmem_alloc(&m, 200, 0, &b);
    jitmem_free(&m, &a);
    CHECK(a.code == NULL && a.slab == NULL && a.size == 0);
    jitmem_free(&m, &a); /* a cleared chunk is ignored */
    CHECK(jitmem_alloc(&m, 90, 0, &c) == JITMEM_OK);
    CHECK(c.code == a_code);
    st = jitmem_stats(&m);
    CHECK(st.reuses == 1 && st.frees == 1 && st.allocs == 3 && st.mprotect_calls == 1);

    /* c left a 16-byte hole before b; freeing b (the last chunk) coalesces
     * it with that hole and lowers the bump pointer to the end of c */
    CHECK(c.size == 96 && b.code == c.code + 112);
    jitmem_free(&m, &b);
    CHECK(jitmem_alloc(&m, 200, 0, &b) == JITMEM_OK && b.code == c.code + c.size);
    CHECK(jitmem_stats(&m).reuses == 2);

    /* coalescing: three neighbours freed in any order form one hole */
    JitChunk x[3];
    for (int i = 0; i < 3; i++) jitmem_alloc(&m, 64, 0, &x[i]);
    JitChunk guard;
    jitmem_alloc(&m, 64, 0, &guard); /* keeps the hole off the bump pointer */
    uint8_t *x0 = x[0].code;
    CHECK(x[1].code == x0 + 64 && x[2].code == x0 + 128);
    jitmem_free(&m, &x[0]);
    jitmem_free(&m, &x[2]);
    jitmem_free(&m, &x[1]);
    JitChunk big;
    CHECK(jitmem_alloc(&m, 192, 0, &big) == JITMEM_OK && big.code == x0);
    CHECK(stats_consistent(&m));
    jitmem_destroy(&m);
}

static void test_sealed_reuse_batched(void) {
    JitMem m;
    jitmem_init(&m, 0);
    /* fill one slab exactly: its RW tail is exhausted, so the seal makes it
     * RX as a whole and reusing its holes needs a reopen */
    enum { MAXC = 300 };
    static JitChunk c[MAXC];
    int n = per_slab(1008);
    bool all_ok = n < MAXC;
    for (int i = 0; i < n && all_ok; i++) all_ok &= jitmem_alloc(&m, 1000, 0, &c[i]) == JITMEM_OK;
    CHECK(all_ok);
    CHECK(c[n - 1].slab == c[0].slab && jitmem_stats(&m).slabs == 1);
    CHECK(jitmem_seal(&m) == JITMEM_OK);
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.mprotect_calls == 2 && st.opens == 1 && st.seals == 1 && st.open_slabs == 0);
    CHECK(!jitmem_writable(&c[0]) && !jitmem_writable(&c[n - 1]));
    CHECK(perms_are(c[0].code + JITMEM_SLAB_SIZE - 1, "r-xp")); /* the unused top too */

    /* free every other chunk of the first 80: metadata only, no mprotect */
    uint8_t *holes[40];
    for (int i = 0; i < 40; i++) {
        holes[i] = c[2 * i].code;
        jitmem_free(&m, &c[2 * i]);
    }
    CHECK(jitmem_stats(&m).mprotect_calls == 2 && !jitmem_must_seal(&m));

    /* eight allocations between two seals reuse the holes under one reopen
     * of the whole slab */
    JitChunk r[8];
    int in_holes = 0;
    for (int i = 0; i < 8; i++) {
        all_ok &= jitmem_alloc(&m, 1000, 0, &r[i]) == JITMEM_OK;
        for (int j = 0; j < 40; j++) in_holes += r[i].code == holes[j];
    }
    CHECK(all_ok && in_holes == 8);
    st = jitmem_stats(&m);
    CHECK(st.reopens == 1 && st.mprotect_calls == 3 && st.reuses == 8 && st.slabs == 1);
    CHECK(jitmem_writable(&r[0]) && jitmem_writable(&c[1])); /* the whole slab is RW */
    CHECK(perms_are(c[1].code, "rw-p") && perms_are(c[n - 1].code, "rw-p"));
    CHECK(no_wx(&m));
    CHECK(jitmem_must_seal(&m)); /* live code (c[1] ...) is not executable now */
    CHECK(jitmem_seal(&m) == JITMEM_OK);
    st = jitmem_stats(&m);
    CHECK(st.mprotect_calls == 4 && st.seals == 2 && !jitmem_must_seal(&m));
    CHECK(perms_are(r[0].code, "r-xp") && perms_are(c[1].code, "r-xp"));
    CHECK(stats_consistent(&m));
    for (int i = 0; i < 8; i++) jitmem_free(&m, &r[i]);
    jitmem_destroy(&m);
}

static void test_many_small(void) {
    JitMem m;
    jitmem_init(&m, 0);
    enum { N = 2000 };
    static JitChunk c[N];
    bool all_ok = true;
    for (int i = 0; i < N; i++) {
        all_ok &= jitmem_alloc(&m, 500 + (size_t)(i % 7) * 16, 0, &c[i]) == JITMEM_OK;
        if (c[i].code) memset(c[i].code, i & 0xff, c[i].size); /* writable: nothing sealed yet */
    }
    CHECK(all_ok);
    JitMemStats st = jitmem_stats(&m);
    size_t slabs = st.slabs;
    CHECK(slabs >= 4);
    CHECK(st.mprotect_calls == slabs && st.opens == slabs); /* one per slab, not per alloc */
    CHECK(st.open_slabs == slabs);                          /* full slabs wait for the seal */
    CHECK(jitmem_writable(&c[0]) && jitmem_writable(&c[N - 1]));
    CHECK(jitmem_seal(&m) == JITMEM_OK);
    st = jitmem_stats(&m);
    CHECK(st.seals == slabs && st.mprotect_calls == 2 * slabs); /* one pair per slab fill */
    /* full slabs are sealed whole; the last one keeps its untouched tail RW */
    CHECK(st.allocs == N && st.open_slabs == 1);
    bool intact = true, rx = true;
    for (int i = 0; i < N; i++) {
        for (size_t k = 0; k < c[i].size; k++) intact &= c[i].code[k] == (uint8_t)(i & 0xff);
        if (i % 97 == 0) rx &= perms_are(c[i].code, "r-xp");
    }
    CHECK(intact); /* no two chunks overlap */
    CHECK(rx);
    CHECK(no_wx(&m));
    /* a second seal with nothing written makes no call */
    jitmem_seal(&m);
    CHECK(jitmem_stats(&m).mprotect_calls == 2 * slabs);
    /* the next chunk goes to that tail: RW without any mprotect */
    JitChunk next;
    CHECK(jitmem_alloc(&m, 500, 0, &next) == JITMEM_OK && next.slab == c[N - 1].slab);
    CHECK(jitmem_stats(&m).mprotect_calls == 2 * slabs && perms_are(next.code, "rw-p"));
    CHECK(perms_are(c[N - 1].code, "r-xp"));
    CHECK(stats_consistent(&m));
    jitmem_destroy(&m);
}

static void test_exhaustion(void) {
    JitMem m;
    jitmem_init(&m, (size_t)1 << 20); /* 1 MiB: four slabs */
    enum { MAXC = 64 };
    JitChunk c[MAXC];
    int n = 0, rc = 0;
    while (n < MAXC && (rc = jitmem_alloc(&m, 64 * 1024, 0, &c[n])) == JITMEM_OK) n++;
    CHECK(n == 12); /* three per slab (the trampoline reserve keeps a fourth out) */
    CHECK(rc == JITMEM_ECAP && c[n].code == NULL && c[n].slab == NULL);
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.exhausted && st.failed_allocs == 1);
    CHECK(st.committed == ((size_t)1 << 20) && st.slabs == 4 && st.reserved <= ((size_t)1 << 20));
    /* small ones still fit the slabs' tails; a large run does not fit the cap */
    JitChunk small, large;
    CHECK(jitmem_alloc(&m, 1024, 0, &small) == JITMEM_OK);
    CHECK(jitmem_alloc(&m, 512 * 1024, 0, &large) == JITMEM_ECAP && large.code == NULL);
    CHECK(jitmem_stats(&m).failed_allocs == 2);
    jitmem_seal(&m);

    /* frees make room again: the freed chunk's space is handed out again */
    uint8_t *freed = c[4].code;
    jitmem_free(&m, &c[4]);
    CHECK(jitmem_alloc(&m, 64 * 1024, 0, &c[4]) == JITMEM_OK && c[4].code == freed);
    CHECK(jitmem_writable(&c[4]));
    st = jitmem_stats(&m);
    CHECK(st.exhausted); /* sticky: the VM can report that compiling stopped */
    CHECK(st.committed == ((size_t)1 << 20) && st.reuses == 1 && st.reopens == 1);
    jitmem_seal(&m);
    /* a whole slab emptied: it is recycled (slabs stay carved, so the cap is
     * still spent on them) */
    for (int i = 0; i < 3; i++) jitmem_free(&m, &c[i]);
    JitChunk again[3];
    for (int i = 0; i < 3; i++) CHECK(jitmem_alloc(&m, 64 * 1024, 0, &again[i]) == JITMEM_OK);
    CHECK(again[0].slab == again[2].slab && jitmem_stats(&m).slabs == 4);
    CHECK(stats_consistent(&m));
    CHECK(no_wx(&m));
    jitmem_destroy(&m);
}

static void test_alignment(void) {
    JitMem m;
    jitmem_init(&m, 0);
    bool all_ok = true;
    size_t aligns[] = {1, 2, 8, 16, 32, 64, 128, 256, 1024, 4096};
    for (int round = 0; round < 3; round++)
        for (size_t i = 0; i < sizeof aligns / sizeof aligns[0]; i++) {
            JitChunk c;
            size_t want = aligns[i] < JITMEM_GRANULE ? JITMEM_GRANULE : aligns[i];
            all_ok &= jitmem_alloc(&m, 3 + i * 37 + (size_t)round, aligns[i], &c) == JITMEM_OK &&
                      (uintptr_t)c.code % want == 0;
            if (round == 1) jitmem_free(&m, &c); /* holes with unaligned starts */
        }
    CHECK(all_ok);
    JitChunk bad;
    CHECK(jitmem_alloc(&m, 64, 3, &bad) == JITMEM_EINVAL && bad.code == NULL);
    CHECK(jitmem_alloc(&m, 64, 8192, &bad) == JITMEM_EINVAL);
    CHECK(jitmem_alloc(&m, 0, 16, &bad) == JITMEM_EINVAL);
    CHECK(jitmem_alloc(&m, SIZE_MAX, 16, &bad) == JITMEM_EINVAL);
    CHECK(!jitmem_stats(&m).exhausted); /* invalid requests are not exhaustion */
    CHECK(stats_consistent(&m));
    jitmem_destroy(&m);
}

static void test_large(void) {
    JitMem m;
    jitmem_init(&m, 0);
    JitChunk small, big;
    jitmem_alloc(&m, 64, 0, &small);
    size_t size = 3 * JITMEM_SLAB_SIZE + 100;
    CHECK(jitmem_alloc(&m, size, 4096, &big) == JITMEM_OK);
    CHECK(big.code && big.size >= size && (uintptr_t)big.code % 4096 == 0);
    CHECK(big.slab != small.slab && jitmem_writable(&big));
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.large_runs == 1 && st.slabs == 1 && st.used == small.size + big.size);
    CHECK(st.committed >= JITMEM_SLAB_SIZE + size);
    CHECK(perms_are(big.code, "rw-p") && perms_are(big.code + size - 1, "rw-p"));
    memset(big.code, 0x90, big.size); /* nops ... */
    emit_ret_imm(big.code + big.size - 8, 7); /* ... sliding into mov eax, 7; ret */
    CHECK(jitmem_seal(&m) == JITMEM_OK);
    st = jitmem_stats(&m);
    CHECK(st.seals == 2 && st.mprotect_calls == 3); /* open slab, seal slab, seal run */
    CHECK(perms_are(big.code, "r-xp") && perms_are(big.code + size - 1, "r-xp"));
    CHECK(no_wx_in((uintptr_t)big.code, (uintptr_t)big.code + big.size));
    CHECK(call_int(big.code) == 7);
    /* the run has its own trampolines */
    void *t = jitmem_trampoline(&m, big.slab, 0, (void *)(uintptr_t)add3);
    CHECK(t && (uint8_t *)t >= big.code + big.size);
    jitmem_seal(&m);
    CHECK(call_add3(t, 1, 2, 3) == 6);
    size_t committed = jitmem_stats(&m).committed;
    jitmem_free(&m, &big);
    st = jitmem_stats(&m);
    CHECK(st.large_runs == 0 && st.committed < committed && st.frees == 1);
    /* alloc/free cycles of large runs do not drift away from the program */
    uintptr_t hint = m.hint;
    bool same = true;
    for (int i = 0; i < 50; i++) {
        same &= jitmem_alloc(&m, 2 * JITMEM_SLAB_SIZE, 0, &big) == JITMEM_OK;
        jitmem_free(&m, &big);
        same &= m.hint == hint;
    }
    CHECK(same);
    CHECK(stats_consistent(&m));
    jitmem_destroy(&m);
}

static void test_trampolines(void) {
    JitMem m;
    jitmem_init(&m, 0);
    JitChunk c;
    CHECK(jitmem_alloc(&m, 64, 0, &c) == JITMEM_OK);
    void *h = (void *)(uintptr_t)add3;
    uint8_t *t1 = jitmem_trampoline(&m, c.slab, 5, h);
    uint8_t *t2 = jitmem_trampoline(&m, c.slab, 5, h);
    CHECK(t1 != NULL && t1 == t2); /* created once, reused */
    static const uint8_t jmp[6] = {0xff, 0x25, 0, 0, 0, 0};
    CHECK(t1 && memcmp(t1, jmp, 6) == 0);
    void *stored = NULL;
    if (t1) memcpy(&stored, t1 + 6, 8);
    CHECK(stored == h);
    CHECK((uintptr_t)t1 % JITMEM_TRAMP_SIZE == 0);
    CHECK(t1 >= c.code + c.size); /* in the slab's trampoline area, not in a chunk */
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.trampolines == 1 && st.trampoline_hits == 1 && st.trampoline_bytes == JITMEM_TRAMP_SIZE);

    void *t3 = jitmem_trampoline(&m, c.slab, 6, (void *)(uintptr_t)mul2);
    CHECK(t3 && t3 != t1);
    CHECK(jitmem_trampoline(&m, c.slab, 5, (void *)(uintptr_t)mul2) == NULL); /* index taken */
    CHECK(jitmem_trampoline(&m, c.slab, -1, h) == NULL);
    CHECK(jitmem_trampoline(&m, c.slab, JITMEM_MAX_HELPERS, h) == NULL);
    CHECK(jitmem_trampoline(&m, c.slab, 7, NULL) == NULL);
    CHECK(jitmem_trampoline(&m, c.slab, JITMEM_MAX_HELPERS - 1, h) != NULL);

    /* a second slab gets its own trampoline for the same helper */
    JitChunk big;
    CHECK(jitmem_alloc(&m, JITMEM_SLAB_SIZE - JITMEM_TRAMP_RESERVE, 0, &big) == JITMEM_OK);
    CHECK(big.slab != c.slab);
    void *t4 = jitmem_trampoline(&m, big.slab, 5, h);
    CHECK(t4 && t4 != t1);
    CHECK(jitmem_trampoline(&m, big.slab, 5, h) == t4);

    /* JIT code: `mov eax, 42; ret`, placed after some padding (nothing in
     * front of a function but int3) */
    uint8_t *fn = c.code + 16;
    emit_ret_imm(fn, 42);
    /* JIT code calling a C helper through the slab's trampoline:
     *   sub rsp, 8 ; mov edi, 20 ; mov esi, 22 ; mov edx, 100 ; call rel32 ; add rsp, 8 ; ret */
    uint8_t *caller = c.code + 32;
    uint8_t *p = caller;
    static const uint8_t pro[] = {0x48, 0x83, 0xec, 0x08, 0xbf, 20, 0, 0, 0, 0xbe, 22, 0, 0, 0,
                                  0xba, 100, 0, 0, 0};
    memcpy(p, pro, sizeof pro);
    p += sizeof pro;
    *p++ = 0xe8;
    uint8_t *next = p + 4;
    CHECK(jitmem_rel32_reachable(next, t1)); /* in-slab: always */
    int32_t rel = (int32_t)((intptr_t)t1 - (intptr_t)next);
    memcpy(p, &rel, 4);
    p = next;
    static const uint8_t epi[] = {0x48, 0x83, 0xc4, 0x08, 0xc3};
    memcpy(p, epi, sizeof epi);
    CHECK(p + sizeof epi <= c.code + c.size);

    CHECK(jitmem_seal(&m) == JITMEM_OK);
    CHECK(perms_are(t1, "r-xp") && perms_are(fn, "r-xp"));
    /* c's slab: two ranges (code page, trampoline page); big's: one */
    CHECK(jitmem_stats(&m).seals == 3);
    CHECK(perms_are(c.code + JITMEM_SLAB_SIZE / 2, "rw-p")); /* untouched middle */
    CHECK(call_int(fn) == 42);
    CHECK(call_add3(t1, 1, 2, 3) == 6);  /* C -> trampoline -> C */
    CHECK(call_add3(t3, 6, 7, 8) == 50); /* mul2 */
    CHECK(call_int(caller) == 142);      /* JIT -> trampoline -> C */

    /* an existing trampoline of a sealed slab is found without reopening */
    uint64_t mp = jitmem_stats(&m).mprotect_calls;
    CHECK(jitmem_trampoline(&m, c.slab, 5, h) == t1);
    CHECK(jitmem_stats(&m).mprotect_calls == mp);
    /* a new one while JIT code runs would make that code non-executable */
    jitmem_exec_enter(&m);
    CHECK(jitmem_trampoline(&m, c.slab, 9, h) == NULL);
    jitmem_exec_leave(&m);
    CHECK(jitmem_stats(&m).mprotect_calls == mp);
    /* otherwise its page (the top one) is reopened until the next seal; the
     * code page stays executable */
    CHECK(!jitmem_must_seal(&m));
    void *t9 = jitmem_trampoline(&m, c.slab, 9, h);
    CHECK(t9 != NULL && !jitmem_writable(&c));
    CHECK(perms_are(t9, "rw-p") && perms_are(t1, "rw-p") && perms_are(fn, "r-xp"));
    CHECK(call_int(fn) == 42);
    st = jitmem_stats(&m);
    CHECK(st.mprotect_calls == mp + 1 && st.reopens == 1);
    CHECK(jitmem_must_seal(&m)); /* t1, t3 ... are live and not executable */
    jitmem_seal(&m);
    CHECK(!jitmem_must_seal(&m) && jitmem_stats(&m).mprotect_calls == mp + 2);
    CHECK(call_add3(t9, 4, 5, 6) == 15);

    /* jitmem_branch_target: direct when reachable, else the trampoline */
    void *far = (void *)((uintptr_t)c.code + ((uintptr_t)3 << 30));
    CHECK(jitmem_branch_target(&m, c.slab, c.code + 64, 5, h) ==
          (jitmem_rel32_reachable(c.code + 64, h) ? h : (void *)t1));
    CHECK(jitmem_branch_target(&m, c.slab, c.code + 64, 5, c.code) == c.code);
    CHECK(jitmem_branch_target(&m, c.slab, c.code + 64, 5, far) == NULL); /* 5 is add3's */
    if (!jitmem_rel32_reachable(c.code, h))
        fprintf(stderr, "  note: JIT memory %p is not within rel32 of the helpers %p\n",
                (void *)c.code, h);
    /* freeing every chunk of a slab drops its trampolines */
    jitmem_free(&m, &c);
    st = jitmem_stats(&m);
    CHECK(st.trampoline_bytes == JITMEM_TRAMP_SIZE); /* only t4, in the other slab */
    CHECK(stats_consistent(&m));
    CHECK(no_wx(&m));
    jitmem_destroy(&m);
}

static void test_rel32(void) {
    uint8_t *base = (uint8_t *)(uintptr_t)0x100000000ull;
    CHECK(jitmem_rel32_reachable(base, base));
    CHECK(jitmem_rel32_reachable(base, base + INT32_MAX));
    CHECK(!jitmem_rel32_reachable(base, base + (uint64_t)INT32_MAX + 1));
    CHECK(jitmem_rel32_reachable(base, base - ((uint64_t)1 << 31)));
    CHECK(!jitmem_rel32_reachable(base, base - ((uint64_t)1 << 31) - 1));
    CHECK(!jitmem_rel32_reachable(base, base + ((uint64_t)1 << 40)));
    CHECK(!jitmem_rel32_reachable((void *)(uintptr_t)0x7fff00000000ull, (void *)(uintptr_t)0x1000));
    CHECK(!jitmem_rel32_reachable((void *)(uintptr_t)0x1000, (void *)(uintptr_t)0x7fff00000000ull));
    CHECK(jitmem_rel32_reachable((void *)(uintptr_t)0x1000, (void *)(uintptr_t)0x7fff1000));
}

static void test_wx_maps(void) {
    JitMem m;
    jitmem_init(&m, 0);
    JitChunk a, b;
    jitmem_alloc(&m, 4096, 0, &a);
    jitmem_alloc(&m, 4096, 0, &b);
    CHECK(perms_are(a.code, "rw-p") && perms_are(b.code, "rw-p")); /* RW while filling */
    CHECK(no_wx(&m));
    /* the rest of the reservation is PROT_NONE */
    CHECK(m.nregions == 1 && perms_are(m.regions[0].base + JITMEM_SLAB_SIZE, "---p"));
    jitmem_seal(&m);
    CHECK(perms_are(a.code, "r-xp") && perms_are(b.code, "r-xp")); /* RX after the seal */
    CHECK(a.slab == b.slab && perms_are(a.code + JITMEM_SLAB_SIZE - 1, "rw-p")); /* untouched */
    CHECK(no_wx(&m));
    /* the freed space is in RX pages: the next chunk goes to the RW tail */
    uint8_t *a_code = a.code;
    jitmem_free(&m, &a);
    JitChunk c;
    jitmem_alloc(&m, 4096, 0, &c);
    CHECK(c.code == b.code + 4096 && c.code != a_code);
    CHECK(perms_are(c.code, "rw-p") && perms_are(b.code, "r-xp"));
    CHECK(jitmem_stats(&m).mprotect_calls == 2);
    CHECK(no_wx(&m));
    /* patching a sealed chunk reopens its pages only (never RWX) */
    CHECK(jitmem_make_writable(&m, &b) == JITMEM_OK && jitmem_writable(&b));
    CHECK(perms_are(b.code, "rw-p") && perms_are(b.code + 4095, "rw-p"));
    CHECK(perms_are(a_code, "r-xp") && jitmem_must_seal(&m));
    CHECK(no_wx(&m));
    jitmem_seal(&m);
    CHECK(perms_are(c.code, "r-xp") && perms_are(b.code, "r-xp") && !jitmem_must_seal(&m));
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.reopens == 1 && st.seals == 2 && st.mprotect_calls == 4); /* b, c: one range */
    /* an open slab whose chunks were all freed holds no code and stays RW */
    JitMem n;
    jitmem_init(&n, 0);
    JitChunk d;
    jitmem_alloc(&n, 64, 0, &d);
    uint8_t *d_code = d.code;
    jitmem_free(&n, &d);
    jitmem_seal(&n);
    CHECK(jitmem_stats(&n).mprotect_calls == 1 && perms_are(d_code, "rw-p"));
    CHECK(jitmem_alloc(&n, 64, 0, &d) == JITMEM_OK && d.code == d_code);
    CHECK(jitmem_stats(&n).mprotect_calls == 1);
    /* ... unless it holds a trampoline, which is code */
    jitmem_free(&n, &d);
    void *t = jitmem_trampoline(&n, c.slab, 0, (void *)(uintptr_t)add3); /* foreign slab */
    CHECK(t == NULL);
    JitChunk e;
    jitmem_alloc(&n, 64, 0, &e);
    JitSlab *es = e.slab;
    jitmem_free(&n, &e);
    t = jitmem_trampoline(&n, es, 0, (void *)(uintptr_t)add3);
    CHECK(t != NULL);
    jitmem_seal(&n);
    CHECK(perms_are(t, "r-xp") && call_add3(t, 1, 1, 1) == 3);
    /* and that slab, empty but for a trampoline, is still recycled */
    CHECK(jitmem_alloc(&n, 1000, 0, &e) == JITMEM_OK && e.slab == es);
    CHECK(jitmem_stats(&n).slabs == 1 && stats_consistent(&n));
    jitmem_destroy(&n);
    jitmem_destroy(&m);
}

static void test_exec_depth(void) {
    JitMem m;
    jitmem_init(&m, 0);
    enum { MAXC = 300 };
    static JitChunk c[MAXC];
    int n = per_slab(1008);
    for (int i = 0; i < n; i++) jitmem_alloc(&m, 1000, 0, &c[i]); /* exactly one slab */
    jitmem_seal(&m);
    JitSlab *first = c[0].slab;
    CHECK(c[n - 1].slab == first && jitmem_stats(&m).open_slabs == 0);
    uint8_t *hole = c[1].code;
    for (int i = 1; i < 80; i += 2) jitmem_free(&m, &c[i]); /* worth a reopen */
    /* while JIT code runs, a sealed slab with live code is not reopened */
    jitmem_exec_enter(&m);
    jitmem_exec_enter(&m); /* nesting */
    JitChunk x;
    CHECK(jitmem_alloc(&m, 1024, 0, &x) == JITMEM_OK);
    JitMemStats st = jitmem_stats(&m);
    CHECK(x.slab != first && st.reopens == 0 && st.slabs == 2);
    CHECK(!jitmem_writable(&c[0]) && perms_are(c[0].code, "r-xp") && !jitmem_must_seal(&m));
    /* nor its trampoline page (it holds the end of c[n - 1]) */
    CHECK(jitmem_trampoline(&m, first, 1, (void *)(uintptr_t)add3) == NULL);
    CHECK(jitmem_stats(&m).mprotect_calls == st.mprotect_calls);
    jitmem_exec_leave(&m);
    jitmem_exec_leave(&m);
    CHECK(m.exec_depth == 0);
    jitmem_seal(&m);
    /* an empty slab holds nothing that runs: recycled even while code runs */
    JitSlab *second = x.slab;
    jitmem_free(&m, &x);
    jitmem_exec_enter(&m);
    JitChunk big;
    CHECK(jitmem_alloc(&m, JITMEM_SLAB_SIZE - JITMEM_TRAMP_RESERVE, 0, &big) == JITMEM_OK);
    st = jitmem_stats(&m);
    CHECK(big.slab == second && st.slabs == 2 && st.reopens == 1); /* not a third slab */
    CHECK(!jitmem_must_seal(&m)); /* no live code was stopped */
    CHECK(perms_are(c[0].code, "r-xp"));
    jitmem_exec_leave(&m);
    jitmem_seal(&m);
    /* once no JIT code runs, the holes in the first slab are reused */
    JitChunk y;
    CHECK(jitmem_alloc(&m, 1000, 0, &y) == JITMEM_OK && y.slab == first && y.code == hole);
    CHECK(jitmem_stats(&m).reopens == 2 && jitmem_must_seal(&m));
    jitmem_seal(&m);
    CHECK(!jitmem_must_seal(&m) && perms_are(y.code, "r-xp"));
    CHECK(stats_consistent(&m));
    jitmem_destroy(&m);
}

/* A slab whose only live code is still RW may have its RX pages (which hold
 * no live code) reopened while JIT code runs: nothing running is stopped. */
static void test_exec_depth_unsealed_only(void) {
    JitMem m;
    jitmem_init(&m, (size_t)1 << 18); /* one slab: step 5 is the only way to reuse */
    JitChunk a, b, rest;
    jitmem_alloc(&m, 8192, 0, &a);
    jitmem_seal(&m); /* a's two pages RX */
    jitmem_alloc(&m, 64, 0, &b); /* RW, in the tail */
    CHECK(b.code == a.code + 8192);
    size_t used_to = (size_t)(b.code - a.code) + b.size; /* a.code is the slab base */
    jitmem_free(&m, &a); /* the RX pages hold no live code now */
    /* fill the RW tail so that the next chunk only fits a's old place */
    CHECK(jitmem_alloc(&m, JITMEM_SLAB_SIZE - JITMEM_TRAMP_RESERVE - used_to, 0, &rest) == JITMEM_OK);
    jitmem_exec_enter(&m);
    JitChunk x;
    CHECK(jitmem_alloc(&m, 4096, 0, &x) == JITMEM_OK && x.slab == b.slab);
    CHECK(jitmem_stats(&m).reopens == 1 && !jitmem_must_seal(&m));
    jitmem_exec_leave(&m);
    jitmem_seal(&m);
    CHECK(perms_are(x.code, "r-xp") && perms_are(b.code, "r-xp"));
    CHECK(stats_consistent(&m) && no_wx(&m));
    jitmem_destroy(&m);
}

static void test_empty_slab_recycled(void) {
    JitMem m;
    jitmem_init(&m, 0);
    enum { N = 200 };
    JitChunk c[N];
    for (int i = 0; i < N; i++) jitmem_alloc(&m, 2000, 0, &c[i]); /* two slabs */
    jitmem_seal(&m);
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.slabs == 2);
    JitSlab *s0 = c[0].slab;
    for (int i = 0; i < N; i++)
        if (c[i].slab == s0) jitmem_free(&m, &c[i]);
    for (int i = 0; i < N; i++)
        if (c[i].code) jitmem_free(&m, &c[i]);
    st = jitmem_stats(&m);
    CHECK(st.used == 0 && st.free == st.committed && st.slabs == 2);
    /* a full slab's worth again: the emptied slabs are reused, no new carving */
    bool all_ok = true;
    for (int i = 0; i < N; i++) all_ok &= jitmem_alloc(&m, 2000, 0, &c[i]) == JITMEM_OK;
    CHECK(all_ok);
    st = jitmem_stats(&m);
    /* (the RW tail of the second slab is used first, without a reopen; only
     * then are the RX parts reopened, and those count as reuses) */
    CHECK(st.slabs == 2 && st.opens == 2 && st.reuses > 0 && st.committed == 2 * JITMEM_SLAB_SIZE);
    CHECK(!jitmem_must_seal(&m)); /* the reopened pages held no live code */
    CHECK(stats_consistent(&m));
    jitmem_destroy(&m);
}

/* Random allocations, frees and seals; live chunks never overlap and the
 * accounting adds up. */
static void test_random(void) {
    JitMem m;
    jitmem_init(&m, (size_t)4 << 20);
    enum { N = 512 };
    static JitChunk c[N];
    static uint8_t tag[N];
    memset(c, 0, sizeof c);
    uint32_t rng = 12345;
    size_t live = 0;
    bool ok = true;
    int fails = 0;
    for (int step = 0; step < 20000; step++) {
        rng = rng * 1103515245u + 12345u;
        unsigned r = rng >> 8;
        int i = (int)(r % N);
        if (c[i].code) {
            for (size_t k = 0; k < c[i].size; k++) ok &= c[i].code[k] == tag[i];
            live -= c[i].size;
            jitmem_free(&m, &c[i]);
        } else {
            size_t size = r % 5 == 0 ? 1 + (r >> 4) % 60000 : 1 + (r >> 4) % 3000;
            if (r % 97 == 0) size = JITMEM_SLAB_SIZE + (r >> 3) % 100000; /* large */
            size_t align = (size_t)1 << ((r >> 2) % 9);
            if (jitmem_alloc(&m, size, align, &c[i]) == JITMEM_OK) {
                ok &= (uintptr_t)c[i].code % align == 0 && c[i].size >= size;
                tag[i] = (uint8_t)step;
                memset(c[i].code, tag[i], c[i].size);
                live += c[i].size;
            } else {
                fails++;
            }
        }
        if (r % 7 == 0) {
            jitmem_seal(&m);
            if (r % 5 == 0) jitmem_exec_enter(&m);
        }
        if (m.exec_depth && r % 3 == 0) jitmem_exec_leave(&m);
        if (step % 1000 == 0) ok &= stats_consistent(&m) && jitmem_stats(&m).used == live;
    }
    while (m.exec_depth) jitmem_exec_leave(&m);
    for (int i = 0; i < N; i++)
        if (c[i].code) {
            for (size_t k = 0; k < c[i].size; k++) ok &= c[i].code[k] == tag[i];
            jitmem_free(&m, &c[i]);
        }
    CHECK(ok);
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.used == 0 && st.large_runs == 0 && st.committed <= ((size_t)4 << 20));
    CHECK(st.reuses > 0 && st.failed_allocs == (uint64_t)fails);
    CHECK(stats_consistent(&m));
    CHECK(no_wx(&m));
    jitmem_destroy(&m);
}

/* --- page-granular sealing ------------------------------------------------- */

/* The emitter's loop: compile a trace, seal, run it (and everything before),
 * compile the next one into the same slab.  Costs 1 open + 1 seal per cycle,
 * never a reopen; sealed code stays executable while the next is written. */
static void test_seal_cycles(void) {
    JitMem m;
    jitmem_init(&m, 0);
    enum { CYCLES = 40 };
    JitChunk c[CYCLES];
    bool in_tail = true, rw = true, rx = true, runs = true, no_reopen = true, stays_open = true;
    for (int i = 0; i < CYCLES; i++) {
        uint64_t calls = jitmem_stats(&m).mprotect_calls;
        jitmem_exec_enter(&m); /* allocating while sealed code is on the stack */
        CHECK(jitmem_alloc(&m, 1000, 0, &c[i]) == JITMEM_OK);
        jitmem_exec_leave(&m);
        /* after the first seal: no mprotect at all, and the chunk starts on
         * the first page above the previous chunk's page */
        if (i > 0) {
            no_reopen &= jitmem_stats(&m).mprotect_calls == calls;
            in_tail &= c[i].slab == c[0].slab &&
                       c[i].code == c[i - 1].code + ALIGN_UP_PAGE(c[i - 1].size);
        }
        rw &= jitmem_writable(&c[i]) && perms_are(c[i].code, "rw-p");
        emit_ret_imm(c[i].code, 1000 + i);
        CHECK(jitmem_seal(&m) == JITMEM_OK);
        stays_open &= jitmem_stats(&m).open_slabs == 1; /* the tail stays RW */
        for (int k = 0; k <= i; k++) {
            rx &= perms_are(c[k].code, "r-xp") && !jitmem_writable(&c[k]);
            runs &= call_int(c[k].code) == 1000 + k;
        }
        CHECK(!jitmem_must_seal(&m));
    }
    CHECK(in_tail && rw && rx && runs && no_reopen && stays_open);
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.opens == 1 && st.reopens == 0 && st.seals == CYCLES);
    CHECK(st.mprotect_calls == 1 + CYCLES && st.slabs == 1);
    /* the untouched rest of the slab is still RW, never executable */
    CHECK(perms_are(c[0].code + JITMEM_SLAB_SIZE - 1, "rw-p"));
    CHECK(no_wx(&m));

    /* batched: three chunks per seal share pages and cost one seal call */
    JitChunk b[3];
    for (int i = 0; i < 3; i++) jitmem_alloc(&m, 200, 0, &b[i]);
    CHECK(b[1].code == b[0].code + 208 && b[2].code == b[1].code + 208);
    jitmem_seal(&m);
    st = jitmem_stats(&m);
    CHECK(st.seals == CYCLES + 1 && st.mprotect_calls == 2 + CYCLES && st.reopens == 0);
    CHECK(perms_are(b[2].code, "r-xp"));
    CHECK(stats_consistent(&m));
    jitmem_destroy(&m);
}

/* The rest of the page holding the end of sealed code becomes free space:
 * counted as free, and reused (under a reopen) when it is needed. */
static void test_seal_boundary_reuse(void) {
    JitMem m;
    jitmem_init(&m, JITMEM_SLAB_SIZE); /* one slab: no fresh one to escape to */
    JitChunk a, b, rest, d;
    jitmem_alloc(&m, 100, 0, &a);
    jitmem_seal(&m);
    CHECK(jitmem_alloc(&m, 100, 0, &b) == JITMEM_OK);
    CHECK(b.code == a.code + page()); /* the first RW page, no mprotect */
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.mprotect_calls == 2 && st.reopens == 0);
    CHECK(st.used == a.size + b.size && st.free == st.committed - st.used);
    /* fill the RW tail up to the trampoline reserve */
    size_t end = (size_t)(b.code - a.code) + b.size;
    CHECK(jitmem_alloc(&m, JITMEM_SLAB_SIZE - JITMEM_TRAMP_RESERVE - end, 0, &rest) == JITMEM_OK);
    CHECK(rest.code == b.code + b.size);
    /* now only the boundary bytes [a.code + 112, a.code + page) are left */
    CHECK(jitmem_alloc(&m, 1000, 0, &d) == JITMEM_OK);
    CHECK(d.code == a.code + a.size);
    st = jitmem_stats(&m);
    CHECK(st.reopens == 1 && st.reuses == 1 && !st.exhausted);
    CHECK(jitmem_must_seal(&m)); /* a, in that page, is live */
    CHECK(perms_are(d.code, "rw-p") && perms_are(a.code, "rw-p") && no_wx(&m));
    /* the rest of the boundary: the next small chunk needs no second reopen */
    JitChunk e;
    CHECK(jitmem_alloc(&m, 1000, 0, &e) == JITMEM_OK && e.code == d.code + d.size);
    CHECK(jitmem_stats(&m).reopens == 1);
    jitmem_seal(&m);
    CHECK(!jitmem_must_seal(&m) && perms_are(d.code, "r-xp") && perms_are(rest.code, "r-xp"));
    CHECK(jitmem_stats(&m).open_slabs == 0); /* nothing RW left that could be used */
    CHECK(stats_consistent(&m) && no_wx(&m));
    jitmem_destroy(&m);
}

/* Trampoline pages are sealed with the code; a new trampoline in an RW page
 * is free, one in a sealed trampoline page reopens that page alone. */
static void test_trampoline_pages(void) {
#if defined(__x86_64__)
    JitMem m;
    jitmem_init(&m, 0);
    void *h = (void *)(uintptr_t)add3;
    JitChunk c;
    jitmem_alloc(&m, 64, 0, &c);
    emit_ret_imm(c.code, 5);
    uint8_t *t0 = jitmem_trampoline(&m, c.slab, 0, h);
    CHECK(t0 && perms_are(t0, "rw-p") && jitmem_stats(&m).mprotect_calls == 1);
    CHECK(jitmem_seal(&m) == JITMEM_OK);
    JitMemStats st = jitmem_stats(&m);
    CHECK(st.seals == 2 && st.mprotect_calls == 3); /* code page + trampoline page */
    CHECK(perms_are(t0, "r-xp") && perms_are(c.code, "r-xp"));
    CHECK(perms_are(t0 - page(), "rw-p")); /* the page below the trampolines */
    CHECK(call_add3(t0, 1, 2, 3) == 6);

    /* the next chunk: RW tail, no mprotect; its trampoline needs the sealed
     * top page: that page alone is reopened */
    JitChunk d;
    jitmem_alloc(&m, 64, 0, &d);
    CHECK(d.code == c.code + page() && jitmem_stats(&m).mprotect_calls == 3);
    uint8_t *t1 = jitmem_trampoline(&m, d.slab, 1, (void *)(uintptr_t)mul2);
    CHECK(t1 == t0 - JITMEM_TRAMP_SIZE);
    st = jitmem_stats(&m);
    CHECK(st.reopens == 1 && st.mprotect_calls == 4 && jitmem_must_seal(&m));
    CHECK(perms_are(t0, "rw-p") && perms_are(c.code, "r-xp") && call_int(c.code) == 5);
    jitmem_seal(&m);
    st = jitmem_stats(&m);
    CHECK(st.mprotect_calls == 6 && !jitmem_must_seal(&m)); /* d's page, the top page */
    CHECK(call_add3(t1, 2, 3, 4) == 10);

    /* fill the top page with trampolines: the next one starts a page that
     * is still RW, so it costs nothing and stops nothing */
    int per_page = (int)(page() / JITMEM_TRAMP_SIZE);
    for (int i = 2; i < per_page; i++) jitmem_trampoline(&m, c.slab, i, h);
    jitmem_seal(&m);
    uint64_t calls = jitmem_stats(&m).mprotect_calls;
    uint8_t *tn = jitmem_trampoline(&m, c.slab, per_page, h);
    CHECK(tn && ((uintptr_t)tn + JITMEM_TRAMP_SIZE) % page() == 0);
    CHECK(jitmem_stats(&m).mprotect_calls == calls && !jitmem_must_seal(&m));
    CHECK(perms_are(tn, "rw-p") && perms_are(t0, "r-xp"));
    jitmem_exec_enter(&m); /* allowed while code runs: it stops nothing */
    CHECK(jitmem_trampoline(&m, c.slab, per_page + 1, h) == tn - JITMEM_TRAMP_SIZE);
    jitmem_exec_leave(&m);
    jitmem_seal(&m);
    CHECK(perms_are(tn, "r-xp") && call_add3(tn, 1, 1, 1) == 3);
    CHECK(stats_consistent(&m) && no_wx(&m));
    jitmem_destroy(&m);
#endif
}

/* jitmem_must_seal: only pages holding live, executable code count. */
static void test_must_seal(void) {
    JitMem m;
    jitmem_init(&m, 0);
    JitChunk a, b;
    jitmem_alloc(&m, 64, 0, &a);
    CHECK(!jitmem_must_seal(&m));
    CHECK(jitmem_make_writable(&m, &a) == JITMEM_OK); /* RW already: nothing */
    CHECK(jitmem_stats(&m).reopens == 0 && !jitmem_must_seal(&m));
    emit_ret_imm(a.code, 9);
    jitmem_seal(&m);
    jitmem_alloc(&m, 64, 0, &b); /* next page */
    emit_ret_imm(b.code, 10);
    CHECK(!jitmem_must_seal(&m) && call_int(a.code) == 9);
    /* patching a: its page only */
    CHECK(jitmem_make_writable(&m, &a) == JITMEM_OK);
    CHECK(jitmem_must_seal(&m) && jitmem_writable(&a) && jitmem_stats(&m).reopens == 1);
    a.code[1] = 11; /* mov eax, 11 */
    jitmem_seal(&m);
    CHECK(!jitmem_must_seal(&m) && call_int(a.code) == 11 && call_int(b.code) == 10);
    /* a large run is one unit */
    JitChunk big;
    jitmem_alloc(&m, 2 * JITMEM_SLAB_SIZE, 0, &big);
    emit_ret_imm(big.code, 12);
    jitmem_seal(&m);
    CHECK(!jitmem_must_seal(&m) && !jitmem_writable(&big));
    CHECK(jitmem_make_writable(&m, &big) == JITMEM_OK && jitmem_must_seal(&m));
    CHECK(perms_are(big.code + big.size - 1, "rw-p"));
    jitmem_seal(&m);
    CHECK(!jitmem_must_seal(&m) && call_int(big.code) == 12);
    jitmem_free(&m, &big);
    CHECK(jitmem_make_writable(&m, &big) == JITMEM_EINVAL); /* cleared chunk */
    CHECK(stats_consistent(&m));
    jitmem_destroy(&m);
}

/* --- randomized W^X ---------------------------------------------------------- */

typedef struct MapEnt {
    uintptr_t lo, hi;
    char p[8];
} MapEnt;

static MapEnt snap[16384];
static int nsnap;

static void snap_load(void) {
    nsnap = 0;
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) return;
    char line[512];
    while (nsnap < (int)(sizeof snap / sizeof snap[0]) && fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        MapEnt *e = &snap[nsnap];
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, e->p) == 3) {
            e->lo = lo, e->hi = hi;
            nsnap++;
        }
    }
    fclose(f);
}

static const char *snap_perms(uintptr_t a) { /* maps are sorted by address */
    int lo = 0, hi = nsnap;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (snap[mid].hi <= a) lo = mid + 1;
        else hi = mid;
    }
    return lo < nsnap && snap[lo].lo <= a ? snap[lo].p : "";
}

/* Every page of [p, p+len) has permissions `want`. */
static bool snap_all(const uint8_t *p, size_t len, const char *want) {
    uintptr_t a = (uintptr_t)p, end = a + len;
    for (a &= ~(uintptr_t)(page() - 1); a < end; a += page())
        if (strcmp(snap_perms(a), want) != 0) return false;
    return true;
}

static bool snap_no_wx(uintptr_t lo, uintptr_t hi) {
    for (int i = 0; i < nsnap; i++)
        if (snap[i].lo < hi && snap[i].hi > lo && snap[i].p[1] == 'w' && snap[i].p[2] == 'x')
            return false;
    return true;
}

/* A seeded sequence of allocations (some large), frees, seals, trampolines,
 * patches and JIT entries.  After every step: no mapping of the reservations
 * or of a live chunk is writable and executable; every live chunk handed out
 * before the last seal is executable (and runs) unless jitmem_must_seal();
 * every chunk handed out since is writable; jitmem_writable agrees with the
 * kernel; while JIT code runs nothing makes live code non-executable. */
static void test_random_wx(void) {
    JitMem m;
    jitmem_init(&m, (size_t)3 << 20); /* small enough to hit the cap: step 5 */
    enum { N = 192, STEPS = 4000 };
    static JitChunk c[N];
    static bool sealed[N];
    static uint8_t tag[N];
    memset(c, 0, sizeof c);
    enum { NT = 64 };
    static struct { uint8_t *at; JitSlab *slab; bool sealed; } tr[NT];
    int ntr = 0;
    uint64_t x = 0x9e3779b97f4a7c15ull;
    bool ok_wx = true, ok_rx = true, ok_rw = true, ok_agree = true, ok_depth = true, ok_data = true,
         ok_run = true, ok_stats = true;
    int runs = 0, reopen_steps = 0;
    for (int step = 0; step < STEPS; step++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17; /* xorshift64 */
        unsigned r = (unsigned)(x >> 32);
        int i = (int)(r % N);
        bool must_before = jitmem_must_seal(&m);
        unsigned op = (r >> 8) % 100;
        if (op < 45) { /* alloc or free slot i */
            if (c[i].code) {
                for (size_t k = 6; k < c[i].size; k++) ok_data &= c[i].code[k] == tag[i];
                jitmem_free(&m, &c[i]);
            } else {
                unsigned v = r >> 12;
                size_t size = v % 6 == 0 ? 1 + v % 40000 : 16 + v % 2500;
                if (v % 151 == 0) size = JITMEM_SLAB_SIZE + v % 50000; /* large run */
                size_t align = (size_t)1 << (v % 7);
                if (jitmem_alloc(&m, size, align, &c[i]) == JITMEM_OK) {
                    ok_rw &= jitmem_writable(&c[i]);
                    tag[i] = (uint8_t)(step | 1);
                    memset(c[i].code, tag[i], c[i].size);
                    emit_ret_imm(c[i].code, i);
                    sealed[i] = false;
                }
            }
        } else if (op < 60) { /* seal */
            if (jitmem_seal(&m) == JITMEM_OK) {
                for (int k = 0; k < N; k++) sealed[k] = c[k].code != NULL;
                for (int k = 0; k < ntr; k++) tr[k].sealed = true;
            }
        } else if (op < 70) { /* a trampoline for a live chunk's slab */
#if defined(__x86_64__)
            if (c[i].code && ntr < NT) {
                int idx = (int)(r >> 16) % 512;
                void *target = (void *)(uintptr_t)(idx & 1 ? mul2 : add3);
                uint8_t *t = jitmem_trampoline(&m, c[i].slab, idx, target);
                bool known = false;
                for (int k = 0; k < ntr; k++) known |= tr[k].at == t;
                if (t && !known) tr[ntr++] = (__typeof__(tr[0])){t, c[i].slab, false};
            }
#endif
        } else if (op < 75) { /* patch a sealed chunk (only while no code runs) */
            if (c[i].code && m.exec_depth == 0) {
                CHECK(jitmem_make_writable(&m, &c[i]) == JITMEM_OK);
                ok_rw &= jitmem_writable(&c[i]);
                c[i].code[1] = (uint8_t)i; /* rewrite the immediate: same value */
                if (sealed[i]) ok_depth &= jitmem_must_seal(&m);
                sealed[i] = false;
            }
        } else if (op < 85) { /* enter JIT code (the VM seals first if it must) */
            if (!jitmem_must_seal(&m) && m.exec_depth < 3) jitmem_exec_enter(&m);
        } else if (op < 95) {
            if (m.exec_depth) jitmem_exec_leave(&m);
        } else if (c[i].code && sealed[i] && !jitmem_must_seal(&m)) { /* run one */
            ok_run &= call_int(c[i].code) == i;
            runs++;
        }
        /* while JIT code runs, nothing may stop live code */
        if (m.exec_depth && !must_before) ok_depth &= !jitmem_must_seal(&m);
        reopen_steps += jitmem_must_seal(&m);

        snap_load();
        for (size_t k = 0; k < m.nregions; k++)
            ok_wx &= snap_no_wx((uintptr_t)m.regions[k].base,
                                (uintptr_t)m.regions[k].base + m.regions[k].size);
        bool must = jitmem_must_seal(&m);
        for (int k = 0; k < N; k++) {
            if (!c[k].code) continue;
            ok_wx &= snap_no_wx((uintptr_t)c[k].code, (uintptr_t)c[k].code + c[k].size);
            bool rw = snap_all(c[k].code, c[k].size, "rw-p");
            ok_agree &= jitmem_writable(&c[k]) == rw;
            if (sealed[k] && !must) ok_rx &= snap_all(c[k].code, c[k].size, "r-xp");
            if (!sealed[k]) ok_rw &= rw;
        }
        for (int k = 0; k < ntr; k++) {
            bool live = false; /* a trampoline lives while its slab has a live chunk */
            for (int j = 0; j < N && !live; j++) live = c[j].code && c[j].slab == tr[k].slab;
            if (!live) {
                tr[k--] = tr[--ntr];
                continue;
            }
            if (tr[k].sealed && !must) ok_rx &= snap_all(tr[k].at, JITMEM_TRAMP_SIZE, "r-xp");
        }
        ok_stats &= stats_consistent(&m);
    }
    while (m.exec_depth) jitmem_exec_leave(&m);
    CHECK(ok_wx);
    CHECK(ok_rx);
    CHECK(ok_rw);
    CHECK(ok_agree);
    CHECK(ok_depth);
    CHECK(ok_data);
    CHECK(ok_run);
    CHECK(ok_stats);
    JitMemStats st = jitmem_stats(&m);
    /* the sequence exercised what it is meant to */
    CHECK(runs > 50 && st.reopens > 0 && st.reuses > 0 && st.large_runs + st.slabs > 1);
    CHECK(reopen_steps > 0 && reopen_steps < STEPS);
    for (int k = 0; k < N; k++) jitmem_free(&m, &c[k]);
    st = jitmem_stats(&m);
    CHECK(st.used == 0 && st.large_runs == 0 && stats_consistent(&m));
    jitmem_destroy(&m);
}

int main(void) {
    test_init_destroy();
    test_alloc_free_reuse();
    test_sealed_reuse_batched();
    test_many_small();
    test_exhaustion();
    test_alignment();
    test_large();
    test_trampolines();
    test_rel32();
    test_wx_maps();
    test_exec_depth();
    test_exec_depth_unsealed_only();
    test_empty_slab_recycled();
    test_random();
    test_seal_cycles();
    test_seal_boundary_reuse();
    test_trampoline_pages();
    test_must_seal();
    test_random_wx();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
