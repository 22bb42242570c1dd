/* test_flamegraph.c - frame kinds, folded-stack parsing and the SVG writer.
 *
 * With no arguments it runs the unit tests.  Two extra modes serve the
 * scripts in tests/profile (the profile driver, which owns the glassjit
 * binary's command line, is not needed to test the renderer):
 *   test_flamegraph --render FOLDED OUT.svg [TITLE]   folded file -> SVG
 *   test_flamegraph --list-interp                     FRAME_INTERP names */
#define _GNU_SOURCE
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "profile/flamegraph.h"
#include "profile/frames.h"

static int passed, failed;
#define CHECK(cond)                                                                 \
    do {                                                                            \
        if (cond) passed++;                                                         \
        else {                                                                      \
            failed++;                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                           \
    } while (0)

static const FlameNode *find_child(const FlameNode *n, const char *name) {
    for (size_t i = 0; i < n->nchildren; i++)
        if (strcmp(n->children[i]->name, name) == 0) return n->children[i];
    return NULL;
}

static FlameGraph *parse(const char *text) {
    FlameGraph *fg = flamegraph_new();
    CHECK(fg != NULL);
    CHECK(flamegraph_read_buffer(fg, text, strlen(text)) == 0);
    return fg;
}

/* The SVG of fg as a malloc'd string. */
static char *svg_of(const FlameGraph *fg, const char *title) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK(f != NULL);
    CHECK(flamegraph_write_svg(fg, f, title) == 0);
    fclose(f);
    return buf;
}

static size_t count_of(const char *hay, const char *needle) {
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle)) n++;
    return n;
}

static void test_kinds(void) {
    CHECK(frame_kind("py::main:nbody.py") == FRAME_GUEST);
    CHECK(frame_kind("py::<module>:nbody.py") == FRAME_GUEST);
    CHECK(frame_kind("py::Body.move:x.py_[j]") == FRAME_GUEST);
    CHECK(frame_kind("py::") == FRAME_RUNTIME); /* no function: not a trampoline name */

    CHECK(frame_kind("_BINARY_OP_ADD_INT") == FRAME_UOP);
    CHECK(frame_kind("_EXIT_STUB") == FRAME_UOP);
    CHECK(frame_kind("_COLD_EXIT") == FRAME_UOP);
    CHECK(frame_kind("_LOAD_FAST_[j]") == FRAME_UOP);
    CHECK(frame_kind("_LOAD_FAST nbody.py:12") == FRAME_UOP);
    CHECK(frame_kind("trace12:advance:nbody.py:84") == FRAME_UOP);
    CHECK(frame_kind("trace:x") == FRAME_RUNTIME);
    CHECK(frame_kind("tracemalloc") == FRAME_RUNTIME);
    /* libc names that start with an underscore and a capital are not uops */
    CHECK(frame_kind("_IO_file_write") == FRAME_RUNTIME);
    CHECK(frame_kind("_Unwind_Backtrace") == FRAME_RUNTIME);
    CHECK(frame_kind("_start") == FRAME_RUNTIME);
    CHECK(frame_kind("__libc_start_call_main") == FRAME_RUNTIME);
    CHECK(frame_kind("_") == FRAME_RUNTIME);

    CHECK(frame_kind("eval_frame") == FRAME_INTERP);
    CHECK(frame_kind("eval_frame.cold") == FRAME_INTERP);
    CHECK(frame_kind("eval_frame_[i]") == FRAME_INTERP);
    CHECK(frame_kind("tier2_enter") == FRAME_INTERP);
    CHECK(frame_kind("jit_shim") == FRAME_INTERP);
    CHECK(frame_kind("main") == FRAME_INTERP);
    CHECK(frame_kind("vm_run_main") == FRAME_INTERP);
    CHECK(frame_kind("run_function") == FRAME_INTERP);
    CHECK(frame_kind("eval_frames") == FRAME_RUNTIME); /* whole names only */
    CHECK(frame_kind("mainly") == FRAME_RUNTIME);
    CHECK(frame_kind("tier2_on_hot_loop") == FRAME_RUNTIME); /* the trace compiler */

    CHECK(frame_kind("dict_lookup") == FRAME_RUNTIME);
    CHECK(frame_kind("malloc") == FRAME_RUNTIME);

    CHECK(frame_kind("do_syscall_64_[k]") == FRAME_KERNEL);
    CHECK(frame_kind("[k] asm_exc_page_fault") == FRAME_KERNEL);
    CHECK(frame_kind("[kernel.kallsyms]") == FRAME_KERNEL);
    CHECK(frame_kind("_BINARY_OP_ADD_INT_[k]") == FRAME_KERNEL);

    CHECK(frame_kind("") == FRAME_OTHER);
    CHECK(frame_kind("[unknown]") == FRAME_OTHER);
    CHECK(frame_kind("[libc.so.6]") == FRAME_OTHER);
    CHECK(frame_kind("0x7f12345678") == FRAME_OTHER);

    /* names are distinct and stable */
    for (int a = 0; a < FRAME_KIND_COUNT; a++)
        for (int b = a + 1; b < FRAME_KIND_COUNT; b++) {
            CHECK(strcmp(frame_kind_name((FrameKind)a), frame_kind_name((FrameKind)b)) != 0);
            CHECK(strcmp(frame_kind_label((FrameKind)a), frame_kind_label((FrameKind)b)) != 0);
        }
    CHECK(strcmp(frame_kind_name(FRAME_UOP), "jit") == 0);
    CHECK(strcmp(frame_kind_name(FRAME_INTERP), "interp") == 0);
    CHECK(strcmp(frame_kind_name(FRAME_KIND_COUNT), "other") == 0);

    /* the list is sorted (frames.c looks names up with bsearch) and each
     * entry classifies as interpreter */
    const char *const *l = frame_interp_functions();
    size_t n = 0;
    for (; l[n]; n++) {
        CHECK(frame_kind(l[n]) == FRAME_INTERP);
        if (n) CHECK(strcmp(l[n - 1], l[n]) < 0);
    }
    CHECK(n >= 10);
}

static void test_merge(void) {
    FlameGraph *fg = parse("main;b;c 3\n"
                           "main;a 1\n"
                           "\n"
                           "main;b;c 2\r\n"
                           "main;b 4\n"
                           "  \t \n"
                           "main;b;d\t5\n");
    CHECK(flamegraph_total(fg) == 15);
    CHECK(flamegraph_malformed(fg) == 0);
    const FlameNode *root = flamegraph_root(fg);
    CHECK(strcmp(root->name, "all") == 0);
    CHECK(root->total == 15 && root->self == 0 && root->nchildren == 1);
    const FlameNode *m = find_child(root, "main");
    CHECK(m && m->total == 15 && m->self == 0 && m->kind == FRAME_INTERP);
    CHECK(m && m->nchildren == 2);
    /* sorted children regardless of input order */
    CHECK(m && strcmp(m->children[0]->name, "a") == 0 && strcmp(m->children[1]->name, "b") == 0);
    const FlameNode *b = m ? find_child(m, "b") : NULL;
    CHECK(b && b->total == 14 && b->self == 4);
    const FlameNode *c = b ? find_child(b, "c") : NULL;
    CHECK(c && c->total == 5 && c->self == 5 && c->nchildren == 0);
    CHECK(b && find_child(b, "d") && find_child(b, "d")->total == 5);

    uint64_t k[FRAME_KIND_COUNT];
    flamegraph_kind_totals(fg, k);
    CHECK(k[FRAME_RUNTIME] == 15 && k[FRAME_INTERP] == 0 && k[FRAME_UOP] == 0);
    flamegraph_free(fg);

    /* frames with spaces; the count is the last token */
    fg = parse("[k] page_fault;foo bar 4\n");
    root = flamegraph_root(fg);
    CHECK(flamegraph_total(fg) == 4 && root->nchildren == 1);
    CHECK(find_child(root, "[k] page_fault") && find_child(find_child(root, "[k] page_fault"), "foo bar"));
    flamegraph_free(fg);

    /* a stack that is a prefix of another: self samples at the inner node */
    fg = parse("x;y 2\nx 3\nx;y;z 1\n");
    const FlameNode *x = find_child(flamegraph_root(fg), "x");
    CHECK(x && x->self == 3 && x->total == 6);
    CHECK(x && find_child(x, "y") && find_child(x, "y")->self == 2);
    flamegraph_free(fg);

    /* kind totals use the leaf's kind */
    fg = parse("main;eval_frame;tier2_enter;jit_shim;_BINARY_OP_ADD_INT 7\n"
               "main;eval_frame 2\n"
               "main;eval_frame;dict_get;do_syscall_64_[k] 1\n"
               "main;eval_frame;py::f:x.py 1\n"
               "main;[unknown] 3\n");
    flamegraph_kind_totals(fg, k);
    CHECK(k[FRAME_UOP] == 7 && k[FRAME_INTERP] == 2 && k[FRAME_KERNEL] == 1 && k[FRAME_GUEST] == 1 &&
          k[FRAME_OTHER] == 3 && k[FRAME_RUNTIME] == 0);
    flamegraph_free(fg);

    /* add_stack directly, and a zero count (accepted, adds nothing) */
    fg = flamegraph_new();
    CHECK(flamegraph_add_stack(fg, "p;q", 3, 5) == 0);
    CHECK(flamegraph_add_stack(fg, "p;q;r", 3, 5) == 0); /* len limits it to "p;q" */
    CHECK(flamegraph_add_stack(fg, "p;z", 3, 0) == 0);
    CHECK(flamegraph_total(fg) == 10);
    CHECK(find_child(find_child(flamegraph_root(fg), "p"), "q")->self == 10);
    CHECK(find_child(find_child(flamegraph_root(fg), "p"), "z") == NULL);
    flamegraph_free(fg);
}

static void test_malformed(void) {
    FlameGraph *fg = parse("good;one 2\n"
                           "nocount\n"
                           "a;b x\n"
                           "a;;b 1\n"
                           ";a 1\n"
                           "a; 1\n"
                           "17\n"
                           "a;b 12x\n"
                           "a;b -3\n"
                           "a;b 99999999999999999999999\n"
                           "good;two 3"); /* last line without newline still counts */
    CHECK(flamegraph_malformed(fg) == 9);
    CHECK(flamegraph_total(fg) == 5);
    const FlameNode *root = flamegraph_root(fg);
    CHECK(root->nchildren == 1 && strcmp(root->children[0]->name, "good") == 0);
    /* a malformed line leaves no node behind */
    CHECK(find_child(root, "a") == NULL);
    char *s = svg_of(fg, "t");
    CHECK(strstr(s, "9 malformed lines skipped") != NULL);
    CHECK(strstr(s, "data-malformed=\"9\"") != NULL);
    free(s);

    /* one line per add_line, return codes */
    CHECK(flamegraph_add_line(fg, "x;y 1\n", 6) == 1);
    CHECK(flamegraph_add_line(fg, "   \n", 4) == 0);
    CHECK(flamegraph_add_line(fg, "x;y", 3) == -1);
    CHECK(flamegraph_malformed(fg) == 10);
    /* a NUL inside a line is malformed, not a truncated name */
    CHECK(flamegraph_add_line(fg, "x\0y 1", 5) == -1);
    CHECK(flamegraph_malformed(fg) == 11 && flamegraph_total(fg) == 6);

    /* a total that would overflow */
    CHECK(flamegraph_add_line(fg, "x 18446744073709551615", 22) == -1);
    CHECK(flamegraph_total(fg) == 6 && flamegraph_malformed(fg) == 12);
    flamegraph_free(fg);

    /* too deep: FLAMEGRAPH_MAX_DEPTH frames are fine, one more is not */
    size_t n = FLAMEGRAPH_MAX_DEPTH + 1;
    char *deep = malloc(2 * n + 8);
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        deep[len++] = 'f';
        deep[len++] = ';';
    }
    fg = flamegraph_new();
    CHECK(flamegraph_add_stack(fg, deep, len - 3, 1) == 0); /* n-1 frames */
    CHECK(flamegraph_add_stack(fg, deep, len - 1, 1) == -1);
    CHECK(flamegraph_total(fg) == 1 && flamegraph_malformed(fg) == 1);
    char *s2 = svg_of(fg, NULL);
    CHECK(strstr(s2, "data-d=\"4096\"") != NULL);
    free(s2);
    flamegraph_free(fg);
    free(deep);
}

static void test_svg(void) {
    FlameGraph *fg = parse("py::<module>:x.py;eval_frame;_BINARY_OP_ADD_INT 3\n"
                           "py::<module>:x.py;a&b\"c'd 1\n"
                           "py::<module>:x.py;bad\xff\x01utf8 1\n"
                           "py::<module>:x.py;caf\xc3\xa9 1\n");
    char *s = svg_of(fg, "T <&> itle");
    /* well-formed text: no raw '<module>', escaped title */
    CHECK(strstr(s, "<module>") == NULL);
    CHECK(strstr(s, "py::&lt;module&gt;:x.py") != NULL);
    CHECK(strstr(s, "a&amp;b&quot;c&apos;d") != NULL);
    CHECK(strstr(s, "T &lt;&amp;&gt; itle") != NULL);
    CHECK(strstr(s, "bad??utf8") != NULL);
    CHECK(strstr(s, "caf\xc3\xa9") != NULL);
    CHECK(strstr(s, "\xff") == NULL);
    /* totals and shares */
    CHECK(strstr(s, "data-samples=\"6\"") != NULL);
    CHECK(strstr(s, "6 samples</text>") != NULL);
    CHECK(strstr(s, "all\n6 samples, 100.00%") != NULL);
    CHECK(strstr(s, "_BINARY_OP_ADD_INT\n3 samples, 50.00% (self 3, 50.00%)") != NULL);
    CHECK(strstr(s, "eval_frame\n3 samples, 50.00%</title>") != NULL);
    /* one frame per node: all, module, eval_frame, uop, and 3 leaves */
    CHECK(count_of(s, "class=\"f k-") == 7);
    CHECK(count_of(s, "class=\"f k-jit\"") == 1);
    CHECK(count_of(s, "class=\"f k-guest\"") == 1);
    CHECK(count_of(s, "class=\"f k-interp\"") == 1);
    /* the root fills the width between the margins */
    CHECK(strstr(s, "id=\"f0\" class=\"f k-other\" data-s=\"0\" data-n=\"6\" data-d=\"0\"") != NULL);
    CHECK(strstr(s, "x=\"10.00\" y=\"") != NULL && strstr(s, "width=\"1180.00\"") != NULL);
    /* the script, the legend, the search box */
    CHECK(strstr(s, "<script type=\"text/javascript\"><![CDATA[") != NULL);
    CHECK(count_of(s, "]]>") == 1);
    CHECK(strstr(s, "JIT code (uops, traces)") != NULL && strstr(s, "guest functions (py::)") != NULL);
    CHECK(strstr(s, "id=\"search\"") != NULL);
    CHECK(strstr(s, "http://") == NULL || strstr(s, "src=") == NULL); /* no external resources */
    CHECK(strstr(s, "href") == NULL);

    /* deterministic: a different input order gives the same bytes */
    FlameGraph *fg2 = parse("py::<module>:x.py;caf\xc3\xa9 1\n"
                            "py::<module>:x.py;a&b\"c'd 1\n"
                            "py::<module>:x.py;eval_frame;_BINARY_OP_ADD_INT 2\n"
                            "py::<module>:x.py;bad\xff\x01utf8 1\n"
                            "py::<module>:x.py;eval_frame;_BINARY_OP_ADD_INT 1\n");
    char *s2 = svg_of(fg2, "T <&> itle");
    CHECK(strcmp(s, s2) == 0);
    free(s);
    free(s2);
    flamegraph_free(fg);
    flamegraph_free(fg2);

    /* labels: cut with ".." to fit, UTF-8 never split, full name in the title */
    char name[400] = "wide;";
    for (int i = 0; i < 100; i++) strcat(name, "\xc3\xa9"); /* 100 x e-acute, 200 bytes */
    strcat(name, " 1\nwide;n 99\n");
    fg = parse(name);
    s = svg_of(fg, NULL);
    CHECK(strstr(s, "<title>Flame Graph</title>") != NULL);
    /* 1/100 of 1180 px = 11.8 px: not even 3 characters fit, empty label */
    const char *t = strstr(s, "\xc3\xa9\xc3\xa9\n1 samples, 1.00%");
    CHECK(t != NULL);
    CHECK(t && strstr(t, "\"></text></g>") != NULL && strstr(t, "\"></text></g>") < strstr(t, "</g>"));
    free(s);
    flamegraph_free(fg);

    fg = parse("short;\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3"
               "\xa9\xc3\xa9\xc3\xa9 1\nshort;n 19\n");
    s = svg_of(fg, NULL);
    /* 1/20 of 1180 = 59 px: (59-6)/7.08 = 7 characters: 5 + ".." */
    CHECK(strstr(s, ">\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9..</text>") != NULL);
    free(s);
    flamegraph_free(fg);

    /* frames under 0.1 px are left out, their samples still in the parent */
    fg = parse("p;big 100000\np;tiny 1\n");
    s = svg_of(fg, NULL);
    CHECK(strstr(s, "tiny") == NULL);
    CHECK(strstr(s, "p\n100001 samples") != NULL);
    free(s);
    flamegraph_free(fg);
}

static void test_empty(void) {
    FlameGraph *fg = parse("");
    char *s = svg_of(fg, "empty");
    CHECK(strstr(s, "No samples") != NULL);
    CHECK(strstr(s, "data-samples=\"0\"") != NULL);
    CHECK(strstr(s, "class=\"f k-") == NULL && strstr(s, "<g id=\"frames\">\n</g>") != NULL);
    CHECK(strstr(s, "</svg>\n") != NULL);
    free(s);
    flamegraph_free(fg);

    /* only malformed lines: still an SVG, saying so */
    fg = parse("junk\nmore junk\n");
    s = svg_of(fg, NULL);
    CHECK(strstr(s, "No samples") != NULL && strstr(s, "2 malformed lines skipped") != NULL);
    free(s);
    flamegraph_free(fg);
}

static void test_render_stream(void) {
    const char text[] = "m;py::main:x.py;_LOAD_FAST 4\nm;py::main:x.py;_LOAD_FAST 6\nbroken\n";
    FILE *in = fmemopen((void *)text, sizeof text - 1, "r");
    char *buf = NULL;
    size_t len = 0, bad = 99;
    FILE *out = open_memstream(&buf, &len);
    CHECK(in && out);
    CHECK(flamegraph_render(out, "r", in, &bad) == 0);
    fclose(in);
    fclose(out);
    CHECK(bad == 1);
    CHECK(strstr(buf, "_LOAD_FAST\n10 samples, 100.00%") != NULL);
    free(buf);

    /* a write error is reported */
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        FlameGraph *fg = parse("a 1\n");
        CHECK(flamegraph_write_svg(fg, full, "x") == -1);
        fclose(full);
        flamegraph_free(fg);
    }
}

/* total == self + the children's totals everywhere; children sorted */
static bool consistent(const FlameNode *n) {
    uint64_t sum = n->self;
    for (size_t i = 0; i < n->nchildren; i++) {
        if (i && strcmp(n->children[i - 1]->name, n->children[i]->name) >= 0) return false;
        if (!consistent(n->children[i])) return false;
        sum += n->children[i]->total;
    }
    return sum == n->total;
}

/* Random junk (fixed seed): never crashes (run under ASan), the tree stays
 * consistent, and the total is exactly the sum of the accepted lines. */
static void test_junk(void) {
    static const char alphabet[] = "ab;; ;\t0123456789\xff<&\r_";
    uint64_t state = 0x9E3779B97F4A7C15ull, accepted = 0;
    FlameGraph *fg = flamegraph_new();
    size_t bad = 0;
    for (int line = 0; line < 5000; line++) {
        char buf[64];
        size_t len = 0, want = 0;
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        want = (state >> 33) % 40;
        for (size_t i = 0; i < want; i++) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            buf[len++] = alphabet[(state >> 33) % (sizeof alphabet - 1)];
        }
        /* half the lines get a valid count, so some are accepted */
        if (line % 2) len += (size_t)snprintf(buf + len, sizeof buf - len, " %d", line % 7);
        uint64_t before = flamegraph_total(fg);
        int r = flamegraph_add_line(fg, buf, len);
        if (r == 1) {
            /* junk may end in its own " DIGITS"; an appended count wins */
            if (line % 2) CHECK(flamegraph_total(fg) - before == (uint64_t)(line % 7));
            accepted += flamegraph_total(fg) - before;
        } else if (r < 0) {
            bad++;
        } else {
            CHECK(flamegraph_total(fg) == before);
        }
    }
    CHECK(accepted == flamegraph_total(fg));
    CHECK(bad == flamegraph_malformed(fg));
    CHECK(accepted > 0 && bad > 0);
    CHECK(consistent(flamegraph_root(fg)));
    char *s = svg_of(fg, "junk");
    CHECK(strstr(s, "\xff") == NULL && strstr(s, "\r") == NULL);
    free(s);
    flamegraph_free(fg);
}

static int render(const char *in_path, const char *out_path, const char *title) {
    FILE *in = fopen(in_path, "r");
    if (!in) {
        perror(in_path);
        return 2;
    }
    FILE *out = fopen(out_path, "w");
    if (!out) {
        perror(out_path);
        fclose(in);
        return 2;
    }
    size_t bad = 0;
    int rc = flamegraph_render(out, title, in, &bad);
    fclose(in);
    if (fclose(out) != 0) rc = -1;
    if (bad) fprintf(stderr, "test_flamegraph: %zu malformed lines skipped\n", bad);
    return rc == 0 ? 0 : 1;
}

int main(int argc, char **argv) {
    if (argc >= 4 && strcmp(argv[1], "--render") == 0) return render(argv[2], argv[3], argc > 4 ? argv[4] : NULL);
    if (argc == 2 && strcmp(argv[1], "--list-interp") == 0) {
        for (const char *const *l = frame_interp_functions(); *l; l++) puts(*l);
        return 0;
    }
    if (argc != 1) {
        fprintf(stderr, "usage: %s [--render FOLDED OUT.svg [TITLE] | --list-interp]\n", argv[0]);
        return 2;
    }
    test_kinds();
    test_merge();
    test_malformed();
    test_svg();
    test_empty();
    test_render_stream();
    test_junk();
    printf("test_flamegraph: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
