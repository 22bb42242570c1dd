/* value.h - the NaN-boxed guest value.
 *
 * Every guest value is one 64-bit word.  Why NaN-boxing: ints and floats, the
 * values of every hot loop, then live in registers and stack slots with no
 * allocation, the JIT's stencils can test a type with one compare and one
 * shift, and a Value fits a single general-purpose register at every call.
 *
 *   double      any bit pattern whose top 16 bits are below 0xFFF9.  NaNs are
 *               canonicalised to 0x7FF8000000000000 when produced, so no real
 *               double ever lands in the tagged space.
 *   0xFFF9      small int: a 48-bit two's-complement payload.  Ints outside
 *               [-2^47, 2^47) are boxed (IntObj); beyond int64 they raise
 *               OverflowError (a documented deviation from CPython).
 *   0xFFFA      pointer to a heap object (Obj *), 48-bit user-space address.
 *   0xFFFB      specials: False, True, None and the internal markers below.
 */
#ifndef GJ_VALUE_H
#define GJ_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Value;

#define TAG_SHIFT 48
#define TAG_INT 0xFFF9u
#define TAG_OBJ 0xFFFAu
#define TAG_SPECIAL 0xFFFBu
#define PAYLOAD_MASK 0x0000FFFFFFFFFFFFull
#define TAG_OF(v) ((uint32_t)((v) >> TAG_SHIFT))
#define MKTAG(t) ((uint64_t)(t) << TAG_SHIFT)

#define SMALLINT_MIN (-(INT64_C(1) << 47))
#define SMALLINT_MAX ((INT64_C(1) << 47) - 1)

#define VAL_FALSE (MKTAG(TAG_SPECIAL) | 0)
#define VAL_TRUE (MKTAG(TAG_SPECIAL) | 1)
#define VAL_NONE (MKTAG(TAG_SPECIAL) | 2)
/* Internal markers, never visible to guest code: */
#define VAL_UNDEF (MKTAG(TAG_SPECIAL) | 3) /* unbound local / empty slot */
#define VAL_ERR (MKTAG(TAG_SPECIAL) | 4)   /* "an exception is pending in vm->exc" */
#define VAL_NULL (MKTAG(TAG_SPECIAL) | 5)  /* empty call slot (no self), end of iteration */
#define VAL_CANON_NAN 0x7FF8000000000000ull

struct Obj;

static inline bool val_is_float(Value v) { return v < MKTAG(TAG_INT); }
static inline bool val_is_smallint(Value v) { return TAG_OF(v) == TAG_INT; }
static inline bool val_is_obj(Value v) { return TAG_OF(v) == TAG_OBJ; }
static inline bool val_is_bool(Value v) { return (v | 1) == VAL_TRUE; }
static inline bool val_is_none(Value v) { return v == VAL_NONE; }
static inline bool val_both_smallint(Value a, Value b) {
    return (int)(TAG_OF(a) == TAG_INT) & (int)(TAG_OF(b) == TAG_INT); /* one branch, not two */
}
static inline bool val_both_float(Value a, Value b) { return (int)val_is_float(a) & (int)val_is_float(b); }

static inline double val_as_float(Value v) {
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}
static inline Value val_from_float(double d) {
    Value v;
    memcpy(&v, &d, sizeof v);
    if (__builtin_expect(d != d, 0)) return VAL_CANON_NAN;
    return v;
}

static inline int64_t val_as_smallint(Value v) { return (int64_t)(v << 16) >> 16; }
static inline bool smallint_fits(int64_t i) { return i >= SMALLINT_MIN && i <= SMALLINT_MAX; }
/* Only for i that smallint_fits(); see int_from_i64() in object.h for any int64. */
static inline Value val_from_smallint(int64_t i) { return MKTAG(TAG_INT) | ((uint64_t)i & PAYLOAD_MASK); }

static inline struct Obj *val_as_obj(Value v) { return (struct Obj *)(uintptr_t)(v & PAYLOAD_MASK); }
static inline Value val_from_obj(const void *o) { return MKTAG(TAG_OBJ) | (uint64_t)(uintptr_t)o; }

static inline Value val_from_bool(bool b) { return b ? VAL_TRUE : VAL_FALSE; }

#endif
