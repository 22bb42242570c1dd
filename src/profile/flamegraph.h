/* flamegraph.h - folded stacks in, a self-contained interactive SVG out.
 *
 * Input is the "folded" format flamegraph.pl and speedscope read: one line
 * per distinct stack, frames root first separated by ';', then whitespace and
 * a sample count:
 *
 *     main;vm_run_main;...;py::main:nbody.py;eval_frame;_BINARY_OP_ADD_INT 12
 *
 * The count is the last whitespace-separated token (frame names may contain
 * spaces); it must be an unsigned decimal integer.  Blank lines are ignored.
 * A line with no count, an empty stack, an empty frame (`a;;b`), more than
 * FLAMEGRAPH_MAX_DEPTH frames or a count that would overflow the total is
 * malformed: it is skipped and counted, the rest is still read.  Lines with
 * the same stack are merged.
 *
 * Output (flamegraph_write_svg) is one SVG file with an inline script and no
 * external resources: a rectangle per call-tree node, width proportional to
 * its samples, root ("all") at the bottom; colours by frame kind (frames.h)
 * with a legend; hover shows the full name, samples and share in a status
 * line (and a <title> tooltip); click zooms into a frame, "Reset zoom" or a
 * click on "all" zooms out; the search box takes a regular expression (a
 * plain substring when it is not a valid one), highlights matching frames and
 * shows their share of all samples.  Names are XML-escaped and invalid UTF-8
 * or control characters become '?'; labels are cut to fit ("..") but the
 * tooltip and status line have the full name.  Children are sorted by name
 * (strcmp), so the same input gives byte-identical output.  Frames narrower
 * than 0.1 px in the unzoomed graph are not drawn (their samples still count
 * in their parents), which bounds the file size of huge profiles.
 *
 * For tests and scripts the SVG exposes: data-ready="1" on the root <svg>
 * once the script has initialised, data-error="MESSAGE" if a script error
 * happened, and data-samples="TOTAL"; each frame is a <g class="f k-KIND">
 * with data-s (first sample), data-n (samples) and data-d (depth). */
#ifndef GJ_PROFILE_FLAMEGRAPH_H
#define GJ_PROFILE_FLAMEGRAPH_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "frames.h"

#define FLAMEGRAPH_MAX_DEPTH 4096

/* A node of the merged call tree.  Read-only for users: the tree belongs to
 * its FlameGraph.  children are sorted by name (strcmp) at all times. */
typedef struct FlameNode {
    char *name;
    FrameKind kind;  /* frame_kind(name); FRAME_OTHER for the root */
    uint64_t total;  /* samples in this frame and its callees */
    uint64_t self;   /* samples whose stack ends here */
    struct FlameNode **children;
    size_t nchildren, cap;
} FlameNode;

typedef struct FlameGraph FlameGraph;

/* An empty graph (root "all", no samples); NULL when out of memory. */
FlameGraph *flamegraph_new(void);
void flamegraph_free(FlameGraph *fg);

/* Adds one stack, "f1;f2;...;leaf" (len bytes, no count), `count` times.
 * Returns 0, or -1 (nothing added) when the stack is malformed as described
 * above or memory runs out; a malformed stack is counted in
 * flamegraph_malformed(). */
int flamegraph_add_stack(FlameGraph *fg, const char *stack, size_t len, uint64_t count);

/* Parses one folded line (without or with its trailing newline).  Returns 1
 * when it added a stack, 0 for a blank line, -1 when the line is malformed
 * (counted) or memory runs out. */
int flamegraph_add_line(FlameGraph *fg, const char *line, size_t len);

/* Reads folded lines until EOF.  Malformed lines do not stop it.  Returns 0,
 * or -1 on a read error or when memory runs out. */
int flamegraph_read(FlameGraph *fg, FILE *in);
/* The same from a buffer (need not be NUL-terminated). */
int flamegraph_read_buffer(FlameGraph *fg, const char *buf, size_t len);

const FlameNode *flamegraph_root(const FlameGraph *fg);
uint64_t flamegraph_total(const FlameGraph *fg);       /* all samples */
size_t flamegraph_malformed(const FlameGraph *fg);     /* lines/stacks skipped */

/* Samples per kind of the frame they were taken in (the leaf's kind; the
 * share the profile summary reports), into self[FRAME_KIND_COUNT]. */
void flamegraph_kind_totals(const FlameGraph *fg, uint64_t self[FRAME_KIND_COUNT]);

/* Writes the SVG; `title` (may be NULL: "Flame Graph") heads it.  With no
 * samples the SVG says "No samples".  Returns 0, or -1 on a write error. */
int flamegraph_write_svg(const FlameGraph *fg, FILE *out, const char *title);

/* Convenience for the profile driver: reads folded stacks from `folded_in`
 * and writes the SVG to `out`.  *malformed (when not NULL) gets the number of
 * skipped lines.  Returns 0, or -1 on a read/write error or out of memory. */
int flamegraph_render(FILE *out, const char *title, FILE *folded_in, size_t *malformed);

#endif
