/* jitbatch.h - how both GDB sinks (gdbjit.c: ELF objects, gdbreader.c:
 * compact entries for the jit-reader plugin) group pieces of code into
 * entries of gdb's JIT interface (jitiface.h).
 *
 * Batching: each flush turns the pieces added since the last flush into one
 * entry (several when there are more than max_pieces) and registers it with
 * one call of __jit_debug_register_code.  With gdb attached every call is a
 * stop in gdb that loads what the entry describes, so the number of calls,
 * not the bytes, is what costs.
 *
 * Removal: when a piece goes away its entry is unregistered at once (the
 * code is about to be freed, its address may soon hold other code) and, if
 * other pieces remain, encoded again without it and registered again.
 * max_pieces bounds what such a re-encoding costs.  While the context
 * closes (gv_sink.closing) entries are left registered until
 * gv_jit_batch_close drops each whole: one notification per entry, not two
 * per piece.
 */
#ifndef GV_JITBATCH_H
#define GV_JITBATCH_H

#include <stddef.h>
#include <stdint.h>

#include "gdbjit.h"
#include "gv_internal.h"

/* One registered entry and the live pieces it describes. */
typedef struct gv_jit_batch {
    struct jit_code_entry entry; /* points at bytes while registered */
    uint8_t *bytes;              /* the sink's encoding of codes[] (malloc'd) */
    size_t size;
    gv_code **codes;
    size_t n;
    struct gv_jit_batch *prev, *next; /* the sink's entries */
} gv_jit_batch;

/* Part of a sink's state: its entries and how it encodes them. */
typedef struct gv_jit_batcher {
    size_t max_pieces;
    const char *what; /* "ELF object", "jit-reader entry": for messages */
    /* Encodes b->codes[0..n) into b->bytes/b->size (malloc'd): 0, or -1
     * when memory ran out. */
    int (*encode)(gv_sink *s, gv_jit_batch *b);
    /* Called after b was unregistered, before its bytes are freed (may be
     * NULL): what gdb or a plugin read from them is gone. */
    void (*retire)(gv_jit_batch *b);
    gv_jit_batch *first;
} gv_jit_batcher;

/* The sink's flush: registers the n codes in entries of at most max_pieces.
 * Each code's sink_data[s->index] points at its entry.  Returns 0, or -1
 * after gv_sink_fail when memory ran out. */
int gv_jit_batch_flush(gv_sink *s, gv_jit_batcher *bt, gv_code *const *codes, size_t n);

/* The sink's remove: code leaves its entry (see above). */
void gv_jit_batch_remove(gv_sink *s, gv_jit_batcher *bt, gv_code *code);

/* The sink's close: unregisters and frees every entry. */
void gv_jit_batch_close(gv_sink *s, gv_jit_batcher *bt);

#endif /* GV_JITBATCH_H */
