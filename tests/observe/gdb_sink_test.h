/* gdb_sink_test.h - what the tests of the two GDB sinks share
 * (test_gdbjit.c: ELF objects, test_gdbreader.c: jit-reader entries): a
 * check macro with a message, synthetic pieces at fake addresses, and the
 * registration timing both report.
 *
 * The code addresses are fake (a malloc'd arena that is never executed):
 * the sinks only describe code, they never touch it. */
#ifndef GDB_SINK_TEST_H
#define GDB_SINK_TEST_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gdbjit.h"
#include "glassview.h"

static int failures;
#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            failures++;                                                                            \
            fprintf(stderr, "%s:%d: CHECK(%s) failed: ", __FILE__, __LINE__, #cond);                \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
        }                                                                                          \
    } while (0)

/* What clang writes for a stencil that pushes rbp (the common CIE, the FDE
 * padded with DW_CFA_nop as in .eh_frame). */
static const uint8_t cie_init[] = {0x0c, 7, 8, 0x90, 1};          /* CFA = rsp+8, rip at CFA-8 */
static const uint8_t fde_push[] = {0x41, 0x0e, 16, 0x86, 2, 0, 0}; /* +1: CFA = rsp+16, rbp at CFA-16 */
static const gv_cfi cfi_push = {cie_init, sizeof cie_init, fde_push, sizeof fde_push, 1, -8, 16};

/* --- synthetic pieces: PIECE_SIZE bytes each, NRANGES ranges, NLINES rows -- */

enum { PIECE_SIZE = 256, NRANGES = 8, NLINES = 16 };
static uint8_t *arena; /* the tests' main allocates it */

static inline uint64_t piece_addr(size_t i) { return (uint64_t)(uintptr_t)(arena + i * PIECE_SIZE); }

/* Piece i: ranges _UOP_r_i (every other one with cfi_push), lines of `file`. */
static inline gv_code *add_piece_file(gv_ctx *ctx, size_t i, const char *file) {
    char name[64], rnames[NRANGES][48];
    gv_range ranges[NRANGES];
    gv_line lines[NLINES];
    snprintf(name, sizeof name, "trace_%zu:f:bench.py:%zu", i, i % 1000 + 1);
    for (int r = 0; r < NRANGES; r++) {
        snprintf(rnames[r], sizeof rnames[r], "_UOP_%d_%zu", r, i);
        ranges[r] = (gv_range){(uint32_t)(r * (PIECE_SIZE / NRANGES)), PIECE_SIZE / NRANGES, rnames[r],
                               r % 2 ? &cfi_push : NULL};
    }
    for (int l = 0; l < NLINES; l++)
        lines[l] = (gv_line){(uint32_t)(l * (PIECE_SIZE / NLINES)), (uint32_t)(i % 1000 + 1 + l / 4)};
    gv_code_info info = {name, arena + i * PIECE_SIZE, PIECE_SIZE, file, "f", ranges, NRANGES, lines, NLINES};
    return gv_code_add(ctx, &info);
}

static inline gv_code *add_piece(gv_ctx *ctx, size_t i) { return add_piece_file(ctx, i, "bench.py"); }

/* --- timing ------------------------------------------------------------------ */

static inline double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Registration cost of one sink: n pieces added and flushed in batches,
 * every other one removed (each removal rebuilds its entry), then close.
 * tests/observe/gdb_bench.sh and gdb_reader_bench.sh run it under gdb and
 * pick the line starting with the sink's name. */
static inline void bench_sink(unsigned sink, const char *label, size_t n, size_t batch) {
    gv_options o = {.sinks = sink};
    gv_ctx *ctx = gv_open(&o);
    gv_code **c = malloc(n * sizeof *c);
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
        c[i] = add_piece(ctx, i);
        if ((i + 1) % batch == 0)
            gv_flush(ctx);
    }
    gv_flush(ctx);
    double t1 = now();
    size_t bytes = 0;
    for (const struct jit_code_entry *e = __jit_debug_descriptor.first_entry; e; e = e->next_entry)
        bytes += e->symfile_size;
    for (size_t i = 0; i < n; i += 2)
        gv_code_remove(ctx, c[i]);
    double t2 = now();
    gv_close(ctx);
    double t3 = now();
    printf("%s sink, %zu pieces (%d ranges, %d lines each) in batches of %zu: "
           "add+flush %.1f ms (%.0f pieces/s), remove half %.1f ms (%.1f us/removal), close %.1f ms, "
           "%zu bytes registered (%.0f per piece)\n",
           label, n, NRANGES, NLINES, batch, (t1 - t0) * 1e3, n / (t1 - t0), (t2 - t1) * 1e3,
           (t2 - t1) * 1e6 / (double)((n + 1) / 2), (t3 - t2) * 1e3, bytes, (double)bytes / (double)n);
    fflush(stdout);
    free(c);
}

#endif /* GDB_SINK_TEST_H */
