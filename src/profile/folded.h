/* folded.h - folded stacks ("root;...;leaf COUNT" per line, the input of
 * flamegraph.pl, speedscope and src/profile/flamegraph.c) and the collapser
 * that makes them from `perf script` output (docs/profiling.md). */
#ifndef GJ_FOLDED_H
#define GJ_FOLDED_H

#include <stddef.h>
#include <stdio.h>

/* One frame of a perf script sample, as perf prints it:
 *     "\t<hex ip> <sym>+0x<off> (<dso>)" and, with -F +srcline, a next line
 *     "  <file>:<line>".
 * The strings point into the parser's buffers and live only for the call of
 * the sample callback. */
typedef struct {
    const char *sym;     /* +0x offset stripped; "[unknown]" when perf has no name */
    const char *dso;     /* without the parentheses; "" when perf printed none */
    const char *srcline; /* "FILE:LINE", or NULL when perf gave no usable line */
    int kernel;          /* kernel code: [kernel.kallsyms], a module, a kernel address */
} PerfFrame;

/* Called once per sample with its frames leaf first (perf's order).  A
 * sample without a callchain has n == 0.  Returning non-zero stops the
 * parse, which then returns that value. */
typedef int (*PerfSampleFn)(void *ctx, const PerfFrame *frames, size_t n);

/* Parses `perf script` output (the default fields plus the callchain, with
 * or without srcline lines).  Returns 0, the callback's non-zero value, or
 * -1 with a message in err (malformed frame line, out of memory). */
int perf_script_parse(FILE *in, PerfSampleFn fn, void *ctx, char *err, size_t errlen);

/* The name a frame has in folded stacks: the symbol, with ';' (the frame
 * separator) replaced by ':' and trailing/embedded newlines dropped, and
 * kernel frames suffixed "_[k]" as flamegraph.pl's stackcollapse-perf.pl
 * does, so its --color modes and frame_kind() can tell them apart.
 * Malloc'd; NULL when out of memory. */
char *folded_frame_name(const PerfFrame *f);

/* A multiset of stacks: stack text (root first, ';'-separated) -> samples. */
typedef struct Folded Folded;

Folded *folded_new(void);
void folded_free(Folded *f);
/* Adds count samples of the stack.  -1 when out of memory or when the stack
 * is not well formed (empty, empty frame, a frame with a newline). */
int folded_add(Folded *f, const char *stack, unsigned long long count);
/* Adds one sample of perf frames (leaf first): reversed to root first, one
 * folded_frame_name() per frame.  A sample with no frames is "[unknown]". */
int folded_add_frames(Folded *f, const PerfFrame *frames, size_t n);
unsigned long long folded_total(const Folded *f);
size_t folded_stacks(const Folded *f);
/* Every stack in byte order of the stack text (stable output, and the
 * order flamegraph.pl would sort them into anyway). */
void folded_foreach(const Folded *f, void (*fn)(void *ctx, const char *stack, unsigned long long count),
                    void *ctx);
/* Writes "stack COUNT\n" lines in folded_foreach order; -1 on a write error. */
int folded_write(const Folded *f, FILE *out);
/* Reads folded text ("stack COUNT" lines; blank lines ignored; the count is
 * after the last space) into f.  -1 with "line N: ..." in err when a line is
 * malformed. */
int folded_read(Folded *f, FILE *in, char *err, size_t errlen);

#endif
