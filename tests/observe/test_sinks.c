/* test_sinks.c - the core and the small sinks: gv_parse_sinks, the deep
 * copy, invalid descriptions, perf-map batching (nothing written before
 * gv_flush, everything at it) and libgcc registration as seen by libgcc's
 * own FDE lookup. */
#define _GNU_SOURCE
#include <sys/stat.h>
#include <unistd.h>

#include "glassview.h"
#include "observe_test.h"

typedef struct warns {
    int n;
    char last[512];
} warns;

static void collect(void *ud, const char *msg) {
    warns *w = ud;
    w->n++;
    snprintf(w->last, sizeof w->last, "%s", msg);
}

static void test_parse_sinks(void) {
    CHECK_EQ(gv_parse_sinks("none"), 0);
    CHECK_EQ(gv_parse_sinks("all"), GV_SINK_ALL);
    CHECK_EQ(gv_parse_sinks("perf-map"), GV_SINK_PERF_MAP);
    CHECK_EQ(gv_parse_sinks("perf-map,jitdump,gdb,libgcc,libunwind"), GV_SINK_ALL);
    CHECK_EQ(gv_parse_sinks("libgcc,libunwind"), GV_SINK_LIBGCC | GV_SINK_LIBUNWIND);
    CHECK_EQ(gv_parse_sinks("jitdump,none"), GV_SINK_JITDUMP);
    CHECK_EQ(gv_parse_sinks("gdb-reader"), GV_SINK_GDB_READER);
    CHECK_EQ(gv_parse_sinks("perfmap"), -1);
    CHECK_EQ(gv_parse_sinks("gdb,"), GV_SINK_GDB);
    CHECK_EQ(gv_parse_sinks("gdb,,libgcc"), -1);
    CHECK_EQ(gv_parse_sinks("jitdumpx"), -1);
    CHECK_EQ(gv_parse_sinks(NULL), -1);
}

static off_t file_size(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 ? st.st_size : -1;
}

static int count_lines(const char *path, const char *needle) {
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[256];
    int n = 0;
    while (fgets(line, sizeof line, f))
        if (!needle || strstr(line, needle))
            n++;
    fclose(f);
    return n;
}

static uint8_t code[256];

static void test_perf_map(void) {
    char path[64];
    snprintf(path, sizeof path, "/tmp/perf-%d.map", (int)getpid());
    unlink(path);
    warns w = {0};
    gv_options o = {.sinks = GV_SINK_PERF_MAP, .warn = collect, .warn_ud = &w};
    gv_ctx *ctx = gv_open(&o);
    CHECK_EQ(gv_sinks(ctx), GV_SINK_PERF_MAP);

    /* descriptions from memory that is changed and freed right after */
    char *name_a = strdup("range_A"), *name_b = strdup("range_B"), *piece = strdup("piece_1");
    gv_range *r = malloc(2 * sizeof *r);
    r[0] = (gv_range){0, 16, name_a, NULL};
    r[1] = (gv_range){16, 48, name_b, NULL};
    gv_code_info info = {.name = piece, .start = code, .size = 64, .ranges = r, .nranges = 2};
    gv_code *c1 = gv_code_add(ctx, &info);
    info.start = code + 64;
    info.nranges = 1;
    gv_code *c2 = gv_code_add(ctx, &info);
    strcpy(name_a, "XXXXXXX");
    free(name_a);
    free(name_b);
    free(piece);
    free(r);
    CHECK(c1 && c2);
    CHECK_EQ(file_size(path), 0); /* batched: nothing before the flush */
    gv_flush(ctx);
    CHECK_EQ(count_lines(path, NULL), 5); /* 3 ranges + 2 pieces */
    CHECK_EQ(count_lines(path, "range_A"), 2);
    CHECK_EQ(count_lines(path, "XXXX"), 0);
    char want[128];
    snprintf(want, sizeof want, "%lx 30 range_B\n", (unsigned long)(uintptr_t)(code + 16));
    CHECK_EQ(count_lines(path, want), 1);
    snprintf(want, sizeof want, "%lx 40 piece_1\n", (unsigned long)(uintptr_t)(code + 64));
    CHECK_EQ(count_lines(path, want), 1);

    /* a piece removed before the flush is never written */
    gv_code_info dead = {.name = "dead_piece", .start = code + 128, .size = 8};
    off_t before = file_size(path);
    gv_code_remove(ctx, gv_code_add(ctx, &dead));
    gv_code_info live = {.name = "live_piece", .start = code + 192, .size = 8};
    gv_code_add(ctx, &live);
    CHECK_EQ(file_size(path), before);
    gv_flush(ctx);
    CHECK_EQ(count_lines(path, "dead_piece"), 0);
    CHECK_EQ(count_lines(path, "live_piece"), 2); /* its implicit range and itself */
    gv_flush(ctx);                                /* nothing pending: no write */
    CHECK_EQ(count_lines(path, NULL), 7);
    gv_close(ctx);
    CHECK_EQ(w.n, 0);
    unlink(path);
}

static void test_invalid(void) {
    warns w = {0};
    gv_options o = {.sinks = GV_SINK_PERF_MAP, .warn = collect, .warn_ud = &w};
    gv_ctx *ctx = gv_open(&o);
    gv_range r[2] = {{0, 32, "a", NULL}, {16, 8, "b", NULL}}; /* overlap */
    gv_code_info bad = {.name = "bad", .start = code, .size = 64, .ranges = r, .nranges = 2};
    CHECK(gv_code_add(ctx, &bad) == NULL);
    CHECK_EQ(w.n, 1);
    CHECK(strstr(w.last, "bad") != NULL);
    r[1].offset = 60; /* past the end */
    CHECK(gv_code_add(ctx, &bad) == NULL);
    gv_code_info empty = {.name = "empty", .start = code, .size = 0};
    CHECK(gv_code_add(ctx, &empty) == NULL);
    CHECK_EQ(w.n, 3);
    CHECK_EQ(gv_sinks(ctx), GV_SINK_PERF_MAP); /* bad input does not disable sinks */
    gv_close(ctx);
    char path[64];
    snprintf(path, sizeof path, "/tmp/perf-%d.map", (int)getpid());
    unlink(path);

    /* no sinks: nothing to do, NULL handles, no warnings */
    gv_ctx *none = gv_open(NULL);
    gv_code_info ok = {.name = "ok", .start = code, .size = 8};
    CHECK(gv_code_add(none, &ok) == NULL);
    gv_code_remove(none, NULL);
    gv_close(none);
}

/* libgcc's lookup, the one _Unwind_Backtrace and glibc's backtrace() use. */
struct dwarf_eh_bases {
    void *tbase, *dbase, *func;
};
const void *_Unwind_Find_FDE(void *pc, struct dwarf_eh_bases *bases);

static void test_libgcc(void) {
    gv_options o = {.sinks = GV_SINK_LIBGCC};
    gv_ctx *ctx = gv_open(&o);
    CHECK_EQ(gv_sinks(ctx), GV_SINK_LIBGCC);
    gv_range r[2] = {{0, 32, "a", NULL}, {48, 16, "b", NULL}};
    gv_code_info info = {.name = "p", .start = code, .size = 64, .ranges = r, .nranges = 2};
    struct dwarf_eh_bases b;
    CHECK(_Unwind_Find_FDE(code + 4, &b) == NULL);
    gv_code *c = gv_code_add(ctx, &info);
    CHECK(_Unwind_Find_FDE(code + 4, &b) != NULL);
    CHECK(b.func == (void *)code);
    CHECK(_Unwind_Find_FDE(code + 50, &b) != NULL);
    CHECK(b.func == (void *)(code + 48));
    CHECK(_Unwind_Find_FDE(code + 40, &b) == NULL); /* the gap between ranges */
    gv_code_remove(ctx, c);
    CHECK(_Unwind_Find_FDE(code + 4, &b) == NULL);
    gv_close(ctx);
}

int main(void) {
    test_parse_sinks();
    test_perf_map();
    test_invalid();
    test_libgcc();
    if (test_failures) {
        fprintf(stderr, "test_sinks: %d failure(s)\n", test_failures);
        return 1;
    }
    printf("test_sinks: ok\n");
    return 0;
}
