/* libgcc.c - the GV_SINK_LIBGCC sink: registers each piece's .eh_frame with
 * libgcc's unwinder (__register_frame), which glibc's backtrace(), C++
 * exceptions and _Unwind_Backtrace consult before the loaded objects.
 *
 * The .eh_frame is built in a heap buffer for its own address, with 8-byte
 * pc-relative pointers since the heap may be far from the code.  libgcc
 * keeps a pointer to it, so it lives until __deregister_frame. */
#include <stdint.h>
#include <stdlib.h>

#include "gv_internal.h"

/* libgcc_s exports these; no public header declares them. */
void __register_frame(void *begin);
void __deregister_frame(void *begin);

static int lg_add(gv_sink *s, gv_code *code) {
    gv_eh_fde *fdes = gv_code_fdes(code);
    if (!fdes) {
        gv_sink_fail(s, "out of memory (sink disabled)");
        return -1;
    }
    size_t n = code->info.nranges, size = gv_eh_frame_size(fdes, n, 8);
    uint8_t *eh = malloc(size);
    if (!eh || gv_eh_frame_write(eh, fdes, n, 8, (uint64_t)(uintptr_t)eh, NULL) != 0) {
        free(eh);
        free(fdes);
        gv_sink_fail(s, "cannot build .eh_frame for '%s' (sink disabled)",
                     code->info.name ? code->info.name : "?");
        return -1;
    }
    free(fdes);
    __register_frame(eh);
    code->sink_data[s->index] = eh;
    return 0;
}

static void lg_remove(gv_sink *s, gv_code *code) {
    void *eh = code->sink_data[s->index];
    if (!eh)
        return;
    __deregister_frame(eh);
    free(eh);
    code->sink_data[s->index] = NULL;
}

const gv_sink_ops gv_libgcc_sink_ops = {
    .name = "libgcc",
    .add = lg_add,
    .remove = lg_remove,
};
