/* test_sampler.c - gv_lookup (jitdump/glassview.h), the address -> name
 * lookup the built-in sampler (src/profile/sampler.c) names JIT samples
 * with: the sub-range's name, the piece's name in gaps between ranges, the
 * line-table row, NULL outside every live piece and after gv_code_remove. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "glassview.h"

static int failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

static int same(const char *a, const char *b) { return a && b && !strcmp(a, b); }

static void quiet(void *ud, const char *msg) {
    (void)ud;
    fprintf(stderr, "(glassview: %s)\n", msg);
}

int main(void) {
    /* a perf map sink: any live sink makes gv_code_add keep descriptions,
     * and this one needs no executable code (libunwind would unwind it) */
    gv_ctx *ctx = gv_open(&(gv_options){.sinks = GV_SINK_PERF_MAP, .warn = quiet});
    CHECK(ctx != NULL);
    if (!ctx || !gv_sinks(ctx)) {
        fprintf(stderr, "test_sampler: no glassview sink could open\n");
        gv_close(ctx);
        return 1;
    }
    static unsigned char code_a[256], code_b[64];
    gv_range ra[] = {{0, 16, "_LOAD_FAST", NULL}, {16, 32, "_BINARY_OP_ADD_INT", NULL},
                     {64, 8, "_EXIT_STUB", NULL}}; /* [48, 64) and [72, 256) are gaps */
    gv_line la[] = {{0, 3}, {16, 4}, {64, 0}};
    gv_code_info ia = {.name = "trace1:f:x.py:3", .start = code_a, .size = sizeof code_a, .source_file = "x.py",
                       .function = "f", .ranges = ra, .nranges = 3, .lines = la, .nlines = 3};
    gv_code_info ib = {.name = "py::f:x.py", .start = code_b, .size = 11}; /* no ranges: one, named after it */
    gv_code *a = gv_code_add(ctx, &ia), *b = gv_code_add(ctx, &ib);
    CHECK(a && b);

    const char *file;
    unsigned line;
    CHECK(same(gv_lookup(ctx, code_a, &file, &line), "_LOAD_FAST"));
    CHECK(same(file, "x.py") && line == 3);
    CHECK(same(gv_lookup(ctx, code_a + 15, NULL, NULL), "_LOAD_FAST"));
    CHECK(same(gv_lookup(ctx, code_a + 16, &file, &line), "_BINARY_OP_ADD_INT") && line == 4);
    CHECK(same(gv_lookup(ctx, code_a + 47, NULL, &line), "_BINARY_OP_ADD_INT") && line == 4);
    CHECK(same(gv_lookup(ctx, code_a + 50, NULL, NULL), "trace1:f:x.py:3")); /* gap */
    CHECK(same(gv_lookup(ctx, code_a + 70, NULL, &line), "_EXIT_STUB") && line == 0);
    CHECK(same(gv_lookup(ctx, code_a + 255, NULL, NULL), "trace1:f:x.py:3"));
    CHECK(gv_lookup(ctx, code_a + 256, &file, &line) == NULL && file == NULL && line == 0);
    CHECK(same(gv_lookup(ctx, code_b + 10, &file, &line), "py::f:x.py") && file == NULL && line == 0);
    CHECK(gv_lookup(ctx, code_b + 11, NULL, NULL) == NULL);
    CHECK(gv_lookup(NULL, code_a, NULL, NULL) == NULL);

    gv_flush(ctx);
    gv_code_remove(ctx, a);
    CHECK(gv_lookup(ctx, code_a + 16, NULL, NULL) == NULL); /* freed code has no name */
    CHECK(same(gv_lookup(ctx, code_b, NULL, NULL), "py::f:x.py"));
    gv_close(ctx);
    char map[64]; /* the perf map sink's file: not wanted after the test */
    snprintf(map, sizeof map, "/tmp/perf-%d.map", (int)getpid());
    unlink(map);
    if (failures) {
        fprintf(stderr, "test_sampler: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_sampler: ok\n");
    return 0;
}
