/* test_gdbjit.c - the GDB sink (gdb/gdbjit.c) without gdb: what gdb would
 * find by walking __jit_debug_descriptor after each gv_* call, the ELF dumps,
 * and how long registration takes with thousands of pieces.
 *
 *   observe_test_gdbjit               the checks, then the timings
 *   observe_test_gdbjit --dump DIR    a small scenario (batches, a removal
 *                                     that rebuilds) with elf_dump_dir=DIR,
 *                                     for tests/observe/elf_verify.sh
 *   observe_test_gdbjit --bench N B   only the timing: N pieces in batches
 *                                     of B (run under gdb by
 *                                     tests/observe/gdb_bench.sh)
 *
 * The code addresses are fake (a malloc'd arena that is never executed):
 * the sink only describes code, it never touches it. */
#define _GNU_SOURCE
#include <dirent.h>
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "gdb_sink_test.h"

static size_t object_texts(const struct jit_code_entry *e, uint64_t *out, size_t max) {
    const uint8_t *b = (const uint8_t *)e->symfile_addr;
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)b;
    CHECK(e->symfile_size > sizeof *eh && memcmp(b, ELFMAG, SELFMAG) == 0, "entry is not an ELF object");
    if (failures)
        return 0;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(b + eh->e_shoff);
    const char *names = (const char *)b + sh[eh->e_shstrndx].sh_offset;
    size_t n = 0;
    for (int i = 0; i < eh->e_shnum; i++)
        if (strcmp(names + sh[i].sh_name, ".text") == 0 && n < max)
            out[n++] = sh[i].sh_addr;
    return n;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Walks the list as gdb does on attach; checks the links and that the
 * objects describe exactly the pieces in `live` (sorted addresses). */
static size_t check_registry(const uint64_t *live, size_t nlive, const char *when) {
    const struct jit_descriptor *d = &__jit_debug_descriptor;
    CHECK(d->version == 1, "%s: descriptor version %u", when, d->version);
    CHECK(d->action_flag == JIT_NOACTION, "%s: action_flag left at %u", when, d->action_flag);
    uint64_t *seen = malloc((nlive + 16) * sizeof *seen);
    size_t nseen = 0, nobj = 0;
    const struct jit_code_entry *prev = NULL;
    for (const struct jit_code_entry *e = d->first_entry; e; e = e->next_entry) {
        CHECK(e->prev_entry == prev, "%s: broken prev link", when);
        nseen += object_texts(e, seen + nseen, nlive + 16 - nseen);
        prev = e;
        nobj++;
        if (failures)
            break;
    }
    qsort(seen, nseen, sizeof *seen, cmp_u64);
    CHECK(nseen == nlive, "%s: gdb would see %zu pieces, want %zu", when, nseen, nlive);
    for (size_t i = 0; i < nseen && i < nlive; i++)
        CHECK(seen[i] == live[i], "%s: piece %zu at %#llx, want %#llx", when, i, (unsigned long long)seen[i],
              (unsigned long long)live[i]);
    free(seen);
    return nobj;
}

/* --- warnings ------------------------------------------------------------------ */

static char warnings[4][512];
static int nwarnings;
static void record_warn(void *ud, const char *msg) {
    (void)ud;
    if (nwarnings < 4)
        snprintf(warnings[nwarnings], sizeof warnings[0], "%s", msg);
    nwarnings++;
}

/* --- the checks ------------------------------------------------------------------- */

static void test_flush_remove_close(void) {
    gv_options o = {.sinks = GV_SINK_GDB, .warn = record_warn};
    gv_ctx *ctx = gv_open(&o);
    CHECK(ctx && gv_sinks(ctx) == GV_SINK_GDB, "gdb sink enabled");
    gv_code *c[600];
    for (int i = 0; i < 3; i++)
        c[i] = add_piece(ctx, (size_t)i);
    check_registry(NULL, 0, "before the first flush");
    gv_flush(ctx);
    uint64_t live[600];
    for (int i = 0; i < 3; i++)
        live[i] = piece_addr((size_t)i);
    CHECK(check_registry(live, 3, "after flush") == 1, "one flush, one object");
    CHECK(__jit_debug_descriptor.relevant_entry == __jit_debug_descriptor.first_entry,
          "the relevant entry is the new one");
    const char *before = __jit_debug_descriptor.first_entry->symfile_addr;

    /* Removing the middle piece rebuilds the object without it. */
    gv_code_remove(ctx, c[1]);
    live[1] = live[2];
    CHECK(check_registry(live, 2, "after removing piece 1") == 1, "still one object");
    CHECK(__jit_debug_descriptor.first_entry->symfile_addr != before, "a new object was registered");

    /* A second batch is a second object; removing a batch's last piece
     * drops its object. */
    c[3] = add_piece(ctx, 3);
    gv_flush(ctx);
    live[2] = piece_addr(3);
    CHECK(check_registry(live, 3, "second batch") == 2, "two objects");
    gv_code_remove(ctx, c[3]);
    CHECK(check_registry(live, 2, "after removing the second batch") == 1, "one object left");

    /* A piece removed before any flush never reaches gdb. */
    gv_code *pending = add_piece(ctx, 4);
    gv_code_remove(ctx, pending);
    gv_flush(ctx);
    check_registry(live, 2, "after a removed pending piece");

    /* A large flush is split into several objects, all registered. */
    for (size_t i = 10; i < 600; i++)
        c[i] = add_piece(ctx, i);
    gv_flush(ctx);
    for (size_t i = 10; i < 600; i++)
        live[i - 8] = piece_addr(i);
    size_t nobj = check_registry(live, 592, "after a flush of 590");
    CHECK(nobj >= 3, "590 pieces in %zu object(s): too few to keep rebuilds cheap", nobj);

    gv_close(ctx);
    check_registry(NULL, 0, "after gv_close");
    CHECK(__jit_debug_descriptor.first_entry == NULL, "close unregisters everything");
    CHECK(nwarnings == 0, "unexpected warning: %s", warnings[0]);
}

/* Random removals: whatever the order, gdb sees exactly the live pieces. */
static void test_random_removal(void) {
    enum { N = 300 };
    gv_options o = {.sinks = GV_SINK_GDB, .warn = record_warn};
    gv_ctx *ctx = gv_open(&o);
    gv_code *c[N];
    int alive[N];
    for (int i = 0; i < N; i++) {
        c[i] = add_piece(ctx, (size_t)i);
        alive[i] = 1;
        if (i % 37 == 36)
            gv_flush(ctx);
    }
    gv_flush(ctx);
    srand(12345);
    for (int k = 0; k < N / 2; k++) {
        int i = rand() % N;
        if (!alive[i])
            continue;
        gv_code_remove(ctx, c[i]);
        alive[i] = 0;
        if (k % 25 == 0) {
            uint64_t live[N];
            size_t n = 0;
            for (int j = 0; j < N; j++)
                if (alive[j])
                    live[n++] = piece_addr((size_t)j);
            check_registry(live, n, "random removals");
        }
    }
    gv_close(ctx);
    check_registry(NULL, 0, "after gv_close");
}

static size_t count_dumps(const char *dir, const char **first_bad) {
    char prefix[64];
    snprintf(prefix, sizeof prefix, "gv-%ld-", (long)getpid());
    DIR *d = opendir(dir);
    size_t n = 0;
    struct dirent *de;
    while (d && (de = readdir(d))) {
        if (strncmp(de->d_name, prefix, strlen(prefix)) != 0)
            continue;
        size_t len = strlen(de->d_name);
        if (len < 2 || strcmp(de->d_name + len - 2, ".o") != 0) {
            *first_bad = "a dump not named .o";
            continue;
        }
        char path[4096], magic[4] = {0};
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        FILE *f = fopen(path, "rb");
        if (!f || fread(magic, 1, 4, f) != 4 || memcmp(magic, ELFMAG, SELFMAG) != 0)
            *first_bad = "a dump that is not ELF";
        if (f)
            fclose(f);
        n++;
    }
    if (d)
        closedir(d);
    return n;
}

static void test_dumps(void) {
    char dir[] = "/tmp/gv-elfdump-XXXXXX";
    CHECK(mkdtemp(dir) != NULL, "mkdtemp");
    nwarnings = 0;
    gv_options o = {.sinks = GV_SINK_GDB, .elf_dump_dir = dir, .warn = record_warn};
    gv_ctx *ctx = gv_open(&o);
    gv_code *a = add_piece(ctx, 0);
    add_piece(ctx, 1);
    gv_flush(ctx);
    add_piece(ctx, 2);
    gv_flush(ctx);
    gv_code_remove(ctx, a); /* rebuilds the first object */
    const char *bad = NULL;
    size_t n = count_dumps(dir, &bad);
    CHECK(n == 3, "%zu dumps in %s, want 3", n, dir);
    CHECK(!bad, "%s", bad);
    gv_close(ctx);
    CHECK(nwarnings == 0, "unexpected warning: %s", warnings[0]);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0, "cleanup");

    /* An unusable directory: one clear warning, and gdb still gets the code. */
    const char *bad_dirs[] = {"/nonexistent/gv-dumps", "/proc/self/status"};
    for (int k = 0; k < 2; k++) {
        nwarnings = 0;
        gv_options ob = {.sinks = GV_SINK_GDB, .elf_dump_dir = bad_dirs[k], .warn = record_warn};
        ctx = gv_open(&ob);
        add_piece(ctx, 0);
        gv_flush(ctx);
        add_piece(ctx, 1);
        gv_flush(ctx);
        CHECK(nwarnings == 1, "%s: %d warnings, want exactly 1", bad_dirs[k], nwarnings);
        CHECK(strstr(warnings[0], bad_dirs[k]) != NULL, "the warning names the directory: %s", warnings[0]);
        CHECK(gv_sinks(ctx) == GV_SINK_GDB, "the gdb sink keeps running");
        uint64_t live[2] = {piece_addr(0), piece_addr(1)};
        check_registry(live, 2, "with an unusable dump directory");
        gv_close(ctx);
    }
    nwarnings = 0;
}

/* --dump: a batch of 5 pieces, a removal that rebuilds it, and a batch of a
 * piece of another file plus one without a source file = 3 objects. */
static int dump_scenario(const char *dir) {
    gv_options o = {.sinks = GV_SINK_GDB, .elf_dump_dir = dir};
    gv_ctx *ctx = gv_open(&o);
    if (!ctx)
        return 1;
    gv_code *c[5];
    for (size_t i = 0; i < 5; i++)
        c[i] = add_piece(ctx, i);
    gv_flush(ctx);
    gv_code_remove(ctx, c[2]);
    static const gv_line lines[] = {{0, 7}, {4, 8}};
    gv_code_info lone = {"lone_piece", arena + 10 * PIECE_SIZE, 16, "other.py", NULL, NULL, 0, lines, 2};
    gv_code_info nosrc = {"stub_nosrc", arena + 11 * PIECE_SIZE, 16, NULL, NULL, NULL, 0, NULL, 0};
    gv_code_add(ctx, &lone);
    gv_code_add(ctx, &nosrc);
    gv_flush(ctx);
    gv_close(ctx);
    return 0;
}

int main(int argc, char **argv) {
    size_t max = 5000;
    if (argc == 4 && strcmp(argv[1], "--bench") == 0)
        max = (size_t)atol(argv[2]);
    arena = malloc((max + 16) * PIECE_SIZE);
    if (!arena)
        return 1;
    int rc = 0;
    if (argc == 3 && strcmp(argv[1], "--dump") == 0) {
        rc = dump_scenario(argv[2]);
    } else if (argc == 4 && strcmp(argv[1], "--bench") == 0) {
        bench_sink(GV_SINK_GDB, "gdb", max, (size_t)atol(argv[3]));
    } else if (argc == 1) {
        test_flush_remove_close();
        test_random_removal();
        test_dumps();
        if (!failures) {
            bench_sink(GV_SINK_GDB, "gdb", 5000, 1);
            bench_sink(GV_SINK_GDB, "gdb", 5000, 100);
        }
        rc = failures != 0;
        printf("test_gdbjit: %s\n", failures ? "FAILED" : "ok");
    } else {
        fprintf(stderr, "usage: %s [--dump DIR | --bench N BATCH]\n", argv[0]);
        rc = 2;
    }
    free(arena);
    return rc;
}
