/* patch.h - writing stencil holes (shared by stencil_tool and the runtime).
 *
 * For every HoleKind, patch_hole() stores `value` into the field at `loc`:
 * absolute kinds store value itself, relative kinds store value - patch_address
 * (S + A - P with value = S + A, patch_address = P, the run-time address of the
 * field). Range checks: a value that does not fit the field is not written and
 * an error code is returned.
 */
#ifndef GLASSJIT_PATCH_H
#define GLASSJIT_PATCH_H

#include <stdint.h>

#include "stencil.h"

typedef enum PatchResult {
    PATCH_OK = 0,
    PATCH_OUT_OF_RANGE = 1, /* the value does not fit the field (nothing written) */
    PATCH_MISALIGNED = 2,   /* a branch offset that is not a multiple of 4 */
    PATCH_BAD_KIND = 3      /* unknown HoleKind */
} PatchResult;

/* Write `value` (S + A) into the field at `loc` as `kind` (a HoleKind); for
 * relative kinds `patch_address` is P. Unaligned `loc` is fine. */
int patch_hole(uint8_t *loc, uint8_t kind, uint64_t value, uint64_t patch_address);

/* Field width in bytes of a kind (0 for an unknown kind). */
unsigned patch_kind_width(uint8_t kind);

/* Name of a kind ("HK_REL32"), or "HK_?" */
const char *patch_kind_name(uint8_t kind);

/* Name of a hole value ("HOLE_CONTINUE"), or "HOLE_?" */
const char *hole_value_name(uint8_t value);

/* Message for a PatchResult. */
const char *patch_result_string(int result);

/* Fill in a stencil instance's holes: S = base(value) + addend for each hole,
 * where values[v] is the base address of HoleValue v (values[HOLE_HELPER] and
 * values[HOLE_ZERO] are ignored: helpers come from `helpers`, indexed by
 * hole.symbol, and HOLE_ZERO's base is 0) and P is `runtime_base +
 * hole.offset`. `mem` is where the blob's copy is written now (may differ
 * from runtime_base, e.g. a writable alias). Holes are sorted by offset, so
 * passing a prefix (nholes = count of holes below tail_jump) skips a dropped
 * trailing jump. Stops at the first failing hole: returns its PatchResult and
 * stores its index in *bad_hole (if not NULL). */
int patch_holes(uint8_t *mem, uint64_t runtime_base, const Hole *holes, unsigned nholes,
                const uint64_t values[HOLE_VALUE_COUNT], void *const *helpers, unsigned nhelpers,
                unsigned *bad_hole);

#endif /* GLASSJIT_PATCH_H */
