/* jitbatch.c - pieces of code grouped into GDB JIT entries; see jitbatch.h. */
#include "jitbatch.h"

#include <stdlib.h>
#include <string.h>

#include "jitiface.h"

/* Drops b's bytes (b must not be registered). */
static void retire(gv_jit_batcher *bt, gv_jit_batch *b) {
    if (bt->retire)
        bt->retire(b);
    free(b->bytes);
    b->bytes = NULL;
    b->size = 0;
    b->entry.symfile_addr = NULL;
    b->entry.symfile_size = 0;
}

static int encode(gv_sink *s, gv_jit_batcher *bt, gv_jit_batch *b) {
    if (bt->encode(s, b) != 0)
        return -1;
    b->entry.symfile_addr = (const char *)b->bytes;
    b->entry.symfile_size = b->size;
    return 0;
}

static void batch_free(gv_sink *s, gv_jit_batcher *bt, gv_jit_batch *b) {
    if (b->prev)
        b->prev->next = b->next;
    else
        bt->first = b->next;
    if (b->next)
        b->next->prev = b->prev;
    for (size_t i = 0; i < b->n; i++)
        b->codes[i]->sink_data[s->index] = NULL;
    retire(bt, b);
    free(b->codes);
    free(b);
}

int gv_jit_batch_flush(gv_sink *s, gv_jit_batcher *bt, gv_code *const *codes, size_t n) {
    for (size_t i = 0; i < n; i += bt->max_pieces) {
        size_t chunk = n - i < bt->max_pieces ? n - i : bt->max_pieces;
        gv_jit_batch *b = calloc(1, sizeof *b);
        gv_code **c = malloc(chunk * sizeof *c);
        if (b && c) {
            memcpy(c, codes + i, chunk * sizeof *c);
            b->codes = c;
            b->n = chunk;
        }
        if (!b || !c || encode(s, bt, b) != 0) {
            free(c);
            free(b);
            gv_sink_fail(s, "out of memory building the %s for %zu piece(s)", bt->what, chunk);
            return -1;
        }
        for (size_t k = 0; k < chunk; k++)
            c[k]->sink_data[s->index] = b;
        b->next = bt->first;
        if (bt->first)
            bt->first->prev = b;
        bt->first = b;
        gv_jit_register(&b->entry);
    }
    return 0;
}

void gv_jit_batch_remove(gv_sink *s, gv_jit_batcher *bt, gv_code *code) {
    gv_jit_batch *b = code->sink_data[s->index];
    if (!b)
        return; /* never flushed to gdb */
    code->sink_data[s->index] = NULL;
    for (size_t i = 0; i < b->n; i++) {
        if (b->codes[i] == code) {
            memmove(&b->codes[i], &b->codes[i + 1], (b->n - i - 1) * sizeof *b->codes);
            b->n--;
            break;
        }
    }
    if (s->closing && b->n > 0)
        return; /* gv_jit_batch_close drops it whole */
    /* Unregister first: whatever happens next, gdb must stop describing
     * code that is about to be freed. */
    gv_jit_unregister(&b->entry);
    retire(bt, b);
    if (b->n == 0) {
        batch_free(s, bt, b);
        return;
    }
    if (s->failed || encode(s, bt, b) != 0) {
        if (!s->failed)
            gv_sink_fail(s, "out of memory rebuilding a %s; %zu piece(s) no longer visible", bt->what, b->n);
        batch_free(s, bt, b);
        return;
    }
    gv_jit_register(&b->entry);
}

void gv_jit_batch_close(gv_sink *s, gv_jit_batcher *bt) {
    while (bt->first) {
        gv_jit_unregister(&bt->first->entry);
        batch_free(s, bt, bt->first);
    }
}
