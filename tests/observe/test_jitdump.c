/* test_jitdump.c - writes jitdumps into a temporary directory and parses
 * them back: header, record order and sizes, code bytes, line entries, the
 * unwinding blob at the address perf inject places it, CODE_CLOSE; the
 * per-piece option; an unwritable directory, a write error and fork(). */
#define _GNU_SOURCE
#include <elf.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ehframe.h"
#include "glassview.h"
#include "jitdump_format.h"
#include "observe_test.h"

static char tmpdir[] = "/tmp/gv-test-jitdump.XXXXXX";

typedef struct warns {
    int n;
    char last[512];
} warns;

static void collect(void *ud, const char *msg) {
    warns *w = ud;
    w->n++;
    snprintf(w->last, sizeof w->last, "%s", msg);
}

/* Fake "code": the sinks only read it. */
static uint8_t code[96];
static const gv_line lines[] = {{0, 10}, {8, 11}, {40, 20}, {70, 0}};
static const uint8_t framed[] = {0x41, 0x0e, 16, 0x86, 2};
static const uint8_t initial[] = {0x0c, 7, 8, 0x90, 1};
static const gv_cfi cfi = {initial, sizeof initial, framed, sizeof framed, 1, -8, 16};

static gv_code_info piece(gv_range *ranges) {
    ranges[0] = (gv_range){0, 32, "uop_A", NULL};
    ranges[1] = (gv_range){40, 48, "uop_B", &cfi};
    return (gv_code_info){
        .name = "trace_1:f:demo.py:3", .start = code, .size = sizeof code,
        .source_file = "demo.py", .ranges = ranges, .nranges = 2,
        .lines = lines, .nlines = 4,
    };
}

static uint8_t *slurp(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *b = malloc(n > 0 ? (size_t)n : 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    *size = (size_t)n;
    return b;
}

/* A parsed dump: record ids in order and pointers to them. */
typedef struct dump {
    uint8_t *bytes;
    size_t size;
    int n;
    uint32_t ids[64];
    const uint8_t *recs[64];
} dump;

static int parse_dump(const char *path, dump *d) {
    memset(d, 0, sizeof *d);
    d->bytes = slurp(path, &d->size);
    if (!d->bytes || d->size < sizeof(gv_jd_header))
        return -1;
    gv_jd_header h;
    memcpy(&h, d->bytes, sizeof h);
    CHECK_EQ(h.magic, GV_JITDUMP_MAGIC);
    CHECK_EQ(h.version, 1);
    CHECK_EQ(h.total_size, sizeof h);
    CHECK_EQ(h.elf_mach, EM_X86_64);
    CHECK_EQ(h.pid, getpid());
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    uint64_t now = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    CHECK(h.timestamp > 0 && h.timestamp <= now);
    uint64_t last_ts = h.timestamp;
    size_t off = sizeof h;
    while (off < d->size) {
        gv_jd_prefix p;
        if (off + sizeof p > d->size || d->n == 64)
            return -1;
        memcpy(&p, d->bytes + off, sizeof p);
        if (p.total_size < sizeof p || off + p.total_size > d->size)
            return -1;
        CHECK(p.timestamp >= last_ts); /* CLOCK_MONOTONIC, in order */
        last_ts = p.timestamp;
        d->ids[d->n] = p.id;
        d->recs[d->n++] = d->bytes + off;
        off += p.total_size;
    }
    return off == d->size ? 0 : -1;
}

static void dump_path(char *buf, size_t n, pid_t pid) {
    snprintf(buf, n, "%s/jit-%d.dump", tmpdir, (int)pid);
}

/* CODE_LOAD: address, size, name and the code bytes themselves. */
static void check_load(const uint8_t *rec, uint64_t addr, uint64_t size, const char *name) {
    gv_jd_code_load l;
    memcpy(&l, rec, sizeof l);
    CHECK_EQ(l.code_addr, addr);
    CHECK_EQ(l.vma, addr);
    CHECK_EQ(l.code_size, size);
    CHECK_EQ(l.pid, getpid());
    CHECK(strcmp((const char *)rec + sizeof l, name) == 0);
    CHECK_EQ(l.p.total_size, sizeof l + strlen(name) + 1 + size);
    CHECK(memcmp(rec + l.p.total_size - size, (const void *)(uintptr_t)addr, size) == 0);
}

/* UNWINDING_INFO: .eh_frame then .eh_frame_hdr, valid at addr + ALIGN_8(size)
 * (where perf inject puts them), FDEs covering the expected pcs. */
static void check_unwind(const uint8_t *rec, uint64_t addr, uint64_t size, const uint64_t *pcs,
                         int npcs) {
    gv_jd_unwinding_info u;
    memcpy(&u, rec, sizeof u);
    CHECK(u.p.total_size % 8 == 0);
    CHECK(u.p.total_size >= sizeof u + u.unwinding_size);
    CHECK_EQ(u.eh_frame_hdr_size, gv_eh_hdr_size((size_t)npcs));
    CHECK(u.mapped_size >= u.unwinding_size);
    const uint8_t *eh = rec + sizeof u;
    size_t eh_size = u.unwinding_size - u.eh_frame_hdr_size;
    uint64_t eh_addr = addr + ((size + 7) & ~7ull);
    dec_rec recs[16];
    int n = decode_eh_frame(eh, eh_size, eh_addr, recs, 16);
    CHECK(n > npcs);
    int k = 0;
    for (int i = 0; i < n; i++)
        if (!recs[i].is_cie && k < npcs)
            CHECK_EQ(recs[i].pc, pcs[k++]);
    CHECK_EQ(k, npcs);
    const uint8_t *h = eh + eh_size;
    int32_t ptr;
    memcpy(&ptr, h + 4, 4);
    CHECK_EQ(eh_addr + eh_size + 4 + (uint64_t)(int64_t)ptr, eh_addr);
    CHECK_EQ(rd_u32(h + 8), npcs);
}

static void test_per_range(void) {
    warns w = {0};
    gv_options o = {.sinks = GV_SINK_JITDUMP, .jitdump_dir = tmpdir, .warn = collect, .warn_ud = &w};
    gv_ctx *ctx = gv_open(&o);
    CHECK_EQ(gv_sinks(ctx), GV_SINK_JITDUMP);
    gv_range r[2];
    gv_code_info info = piece(r);
    gv_code *c = gv_code_add(ctx, &info);
    CHECK(c != NULL);
    gv_flush(ctx);
    gv_code_remove(ctx, c); /* no record: perf keeps loads */
    gv_close(ctx);
    CHECK_EQ(w.n, 0);

    char path[256];
    dump_path(path, sizeof path, getpid());
    dump d;
    CHECK_EQ(parse_dump(path, &d), 0);
    static const uint32_t want[] = {GV_JIT_CODE_DEBUG_INFO, GV_JIT_CODE_UNWINDING_INFO, GV_JIT_CODE_LOAD,
                                    GV_JIT_CODE_DEBUG_INFO, GV_JIT_CODE_UNWINDING_INFO, GV_JIT_CODE_LOAD,
                                    GV_JIT_CODE_CLOSE};
    CHECK_EQ(d.n, 7);
    for (int i = 0; i < d.n && i < 7; i++)
        CHECK_EQ(d.ids[i], want[i]);
    if (d.n == 7) {
        uint64_t base = (uint64_t)(uintptr_t)code;
        check_load(d.recs[2], base, 32, "uop_A");
        check_load(d.recs[5], base + 40, 48, "uop_B");
        gv_jd_code_load l0, l1;
        memcpy(&l0, d.recs[2], sizeof l0);
        memcpy(&l1, d.recs[5], sizeof l1);
        CHECK(l1.code_index > l0.code_index);
        uint64_t pa = base, pb = base + 40;
        check_unwind(d.recs[1], base, 32, &pa, 1);
        check_unwind(d.recs[4], base + 40, 48, &pb, 1);
        /* uop_A: lines 10 (at 0) and 11 (at 8); uop_B: 20 at 40, 0 at 70 */
        gv_jd_debug_info di;
        memcpy(&di, d.recs[0], sizeof di);
        CHECK_EQ(di.code_addr, base);
        CHECK_EQ(di.nr_entry, 3); /* two rows, then the last one again at the last byte */
        CHECK(di.p.total_size % 8 == 0);
        const uint8_t *e = d.recs[0] + sizeof di;
        uint64_t addr;
        memcpy(&addr, e, 8);
        CHECK_EQ(addr, base);
        CHECK_EQ(rd_u32(e + 8), 10);
        CHECK(strcmp((const char *)e + 16, "demo.py") == 0);
        e += 16 + strlen("demo.py") + 1;
        memcpy(&addr, e, 8);
        CHECK_EQ(addr, base + 8);
        CHECK_EQ(rd_u32(e + 8), 11);
        e += 16 + strlen("demo.py") + 1;
        memcpy(&addr, e, 8);
        CHECK_EQ(addr, base + 31); /* closes the sequence: perf inject ends it at the last entry */
        CHECK_EQ(rd_u32(e + 8), 11);
        memcpy(&di, d.recs[3], sizeof di);
        CHECK_EQ(di.code_addr, base + 40);
        CHECK_EQ(di.nr_entry, 3);
    }
    free(d.bytes);
    unlink(path);
}

static void test_per_piece(void) {
    gv_options o = {.sinks = GV_SINK_JITDUMP, .jitdump_dir = tmpdir, .jitdump_per_piece = 1};
    gv_ctx *ctx = gv_open(&o);
    gv_range r[2];
    gv_code_info info = piece(r);
    gv_code_add(ctx, &info);
    gv_close(ctx); /* flushes */
    char path[256];
    dump_path(path, sizeof path, getpid());
    dump d;
    CHECK_EQ(parse_dump(path, &d), 0);
    CHECK_EQ(d.n, 4);
    if (d.n == 4) {
        CHECK_EQ(d.ids[0], GV_JIT_CODE_DEBUG_INFO);
        CHECK_EQ(d.ids[1], GV_JIT_CODE_UNWINDING_INFO);
        CHECK_EQ(d.ids[2], GV_JIT_CODE_LOAD);
        CHECK_EQ(d.ids[3], GV_JIT_CODE_CLOSE);
        uint64_t base = (uint64_t)(uintptr_t)code;
        check_load(d.recs[2], base, sizeof code, "trace_1:f:demo.py:3");
        uint64_t pcs[] = {base, base + 40};
        check_unwind(d.recs[1], base, sizeof code, pcs, 2);
        gv_jd_debug_info di;
        memcpy(&di, d.recs[0], sizeof di);
        CHECK_EQ(di.nr_entry, 5);
    }
    free(d.bytes);
    unlink(path);
}

static void test_unwritable_dir(void) {
    warns w = {0};
    gv_options o = {.sinks = GV_SINK_JITDUMP, .jitdump_dir = "/etc/passwd/not-a-dir",
                    .warn = collect, .warn_ud = &w};
    gv_ctx *ctx = gv_open(&o);
    CHECK(ctx != NULL);
    CHECK_EQ(gv_sinks(ctx), 0);
    CHECK_EQ(w.n, 1);
    CHECK(strstr(w.last, "jitdump") && strstr(w.last, "/etc/passwd/not-a-dir"));
    gv_range r[2];
    gv_code_info info = piece(r);
    CHECK(gv_code_add(ctx, &info) == NULL); /* no sink left */
    gv_flush(ctx);
    gv_close(ctx);
    CHECK_EQ(w.n, 1);
}

/* A write error (the file size limit stands in for a full disk) gives one
 * message and turns the sink off; the program goes on. */
static void test_write_error(void) {
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = {200, 200};
        setrlimit(RLIMIT_FSIZE, &rl);
        warns w = {0};
        gv_options o = {.sinks = GV_SINK_JITDUMP, .jitdump_dir = tmpdir, .warn = collect, .warn_ud = &w};
        gv_ctx *ctx = gv_open(&o);
        gv_range r[2];
        gv_code_info info = piece(r);
        gv_code_add(ctx, &info);
        gv_flush(ctx); /* > 200 bytes: fails */
        int off = gv_sinks(ctx) == 0;
        gv_code_add(ctx, &info);
        gv_flush(ctx);
        gv_close(ctx);
        int ok = off && w.n == 1 && strstr(w.last, "cannot write") != NULL;
        if (!ok)
            fprintf(stderr, "write error: sink off %d, %d warning(s), last '%s'\n", off, w.n, w.last);
        char path[256];
        dump_path(path, sizeof path, getpid());
        unlink(path);
        _exit(ok ? 0 : 1);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

/* After fork() the child writes its own jit-CHILD.dump, announcing the
 * inherited code again; the parent's file gets nothing from the child. */
static void test_fork(void) {
    gv_options o = {.sinks = GV_SINK_JITDUMP, .jitdump_dir = tmpdir};
    gv_ctx *ctx = gv_open(&o);
    gv_range r[2];
    gv_code_info info = piece(r);
    gv_code_add(ctx, &info);
    gv_flush(ctx);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        gv_code_info one = info;
        one.nranges = 1;
        one.name = "child_piece";
        gv_code_add(ctx, &one);
        gv_close(ctx);
        char path[256];
        dump_path(path, sizeof path, getpid());
        dump d;
        int ok = parse_dump(path, &d) == 0;
        /* the inherited 2 ranges (3 records each), the child's 1, CLOSE */
        ok = ok && d.n == 10 && d.ids[9] == GV_JIT_CODE_CLOSE && test_failures == 0;
        if (!ok)
            fprintf(stderr, "fork: child dump has %d records\n", d.n);
        free(d.bytes);
        unlink(path);
        _exit(ok ? 0 : 1);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    gv_close(ctx);
    char path[256];
    dump_path(path, sizeof path, getpid());
    dump d;
    CHECK_EQ(parse_dump(path, &d), 0);
    CHECK_EQ(d.n, 7); /* the parent's own piece and CLOSE only */
    free(d.bytes);
    unlink(path);
}

/* A code announced after a live code right above it would hide that code's
 * first bytes (perf maps each load with its unwind tables after the code):
 * the code above is announced again after it, and so is the one after that
 * when the re-announced code reaches it in turn. */
static void test_reannounce_above(void) {
    gv_options o = {.sinks = GV_SINK_JITDUMP, .jitdump_dir = tmpdir, .jitdump_per_piece = 1};
    gv_ctx *ctx = gv_open(&o);
    gv_range ra = {0, 32, "high", NULL}, rb = {0, 32, "low", NULL}, rc = {0, 16, "far", NULL};
    gv_code_info high = {.name = "high", .start = code + 32, .size = 32, .ranges = &ra, .nranges = 1};
    gv_code_info low = {.name = "low", .start = code, .size = 32, .ranges = &rb, .nranges = 1};
    gv_code_info far = {.name = "far", .start = code + 80, .size = 16, .ranges = &rc, .nranges = 1};
    gv_code_add(ctx, &far);  /* loads: far */
    gv_code_add(ctx, &high); /* high (reaches far: far again) */
    gv_code_add(ctx, &low);  /* low, then high again, then far again */
    gv_close(ctx);
    char path[256];
    dump_path(path, sizeof path, getpid());
    dump d;
    CHECK_EQ(parse_dump(path, &d), 0);
    const char *want[] = {"far", "high", "far", "low", "high", "far"};
    int nload = 0;
    for (int i = 0; i < d.n; i++) {
        if (d.ids[i] != GV_JIT_CODE_LOAD)
            continue;
        gv_jd_code_load l;
        memcpy(&l, d.recs[i], sizeof l);
        const char *name = (const char *)d.recs[i] + sizeof l;
        CHECK(nload < 6 && strcmp(name, want[nload]) == 0);
        nload++;
    }
    CHECK_EQ(nload, 6);
    free(d.bytes);
    unlink(path);
}

int main(void) {
    for (size_t i = 0; i < sizeof code; i++)
        code[i] = (uint8_t)(0x90 + i);
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_per_range();
    test_per_piece();
    test_reannounce_above();
    test_unwritable_dir();
    test_write_error();
    test_fork();
    rmdir(tmpdir);
    if (test_failures) {
        fprintf(stderr, "test_jitdump: %d failure(s)\n", test_failures);
        return 1;
    }
    printf("test_jitdump: ok\n");
    return 0;
}
