/* gdbreader.c - the jit-reader sink (placeholder until it lands): compact
 * descriptions for glassjit's gdb jit-reader plugin. */
#include "gv_internal.h"

static int reader_open(gv_sink *s, const gv_options *opts) {
    (void)opts;
    gv_sink_fail(s, "the jit-reader sink is not part of this build");
    return -1;
}

const gv_sink_ops gv_gdbreader_sink_ops = {.name = "gdb-reader", .open = reader_open};
