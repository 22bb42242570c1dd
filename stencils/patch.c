/* patch.c - writing stencil holes; see patch.h. Used by stencil_tool at build
 * time (to resolve references inside a stencil) and by the runtime emitter. */
#include "patch.h"

#include <stddef.h>

static uint32_t load32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void store32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static void store64(uint8_t *p, uint64_t v) {
    store32(p, (uint32_t)v);
    store32(p + 4, (uint32_t)(v >> 32));
}

/* value as a signed 64-bit number, without implementation-defined conversion */
static int64_t as_signed(uint64_t v) {
    return v <= (uint64_t)INT64_MAX ? (int64_t)v : -(int64_t)(~v) - 1;
}

static int patch_movw(uint8_t *loc, uint64_t value, unsigned group) {
    uint32_t imm16 = (uint32_t)(value >> (16 * group)) & 0xffffu;
    uint32_t insn = load32(loc);
    insn = (insn & ~(0xffffu << 5)) | imm16 << 5;
    store32(loc, insn);
    return PATCH_OK;
}

int patch_hole(uint8_t *loc, uint8_t kind, uint64_t value, uint64_t patch_address) {
    switch ((HoleKind)kind) {
    case HK_ABS64:
        store64(loc, value);
        return PATCH_OK;
    case HK_ABS32:
        if (value > UINT32_MAX) return PATCH_OUT_OF_RANGE;
        store32(loc, (uint32_t)value);
        return PATCH_OK;
    case HK_ABS32S: {
        int64_t s = as_signed(value);
        if (s < INT32_MIN || s > INT32_MAX) return PATCH_OUT_OF_RANGE;
        store32(loc, (uint32_t)value);
        return PATCH_OK;
    }
    case HK_REL32: {
        int64_t d = as_signed(value - patch_address);
        if (d < INT32_MIN || d > INT32_MAX) return PATCH_OUT_OF_RANGE;
        store32(loc, (uint32_t)(value - patch_address));
        return PATCH_OK;
    }
    case HK_REL64:
        store64(loc, value - patch_address);
        return PATCH_OK;
    case HK_A64_BRANCH26: {
        int64_t d = as_signed(value - patch_address);
        if (d & 3) return PATCH_MISALIGNED;
        if (d < -(INT64_C(1) << 27) || d >= (INT64_C(1) << 27)) return PATCH_OUT_OF_RANGE;
        uint32_t insn = load32(loc);
        insn = (insn & ~0x03ffffffu) | ((uint32_t)((value - patch_address) >> 2) & 0x03ffffffu);
        store32(loc, insn);
        return PATCH_OK;
    }
    case HK_A64_MOVW0: return patch_movw(loc, value, 0);
    case HK_A64_MOVW1: return patch_movw(loc, value, 1);
    case HK_A64_MOVW2: return patch_movw(loc, value, 2);
    case HK_A64_MOVW3: return patch_movw(loc, value, 3);
    case HK_KIND_COUNT: break;
    }
    return PATCH_BAD_KIND;
}

unsigned patch_kind_width(uint8_t kind) {
    switch ((HoleKind)kind) {
    case HK_ABS64:
    case HK_REL64: return 8;
    case HK_ABS32:
    case HK_ABS32S:
    case HK_REL32:
    case HK_A64_BRANCH26:
    case HK_A64_MOVW0:
    case HK_A64_MOVW1:
    case HK_A64_MOVW2:
    case HK_A64_MOVW3: return 4;
    case HK_KIND_COUNT: break;
    }
    return 0;
}

const char *patch_kind_name(uint8_t kind) {
    static const char *const names[HK_KIND_COUNT] = {
        [HK_ABS64] = "HK_ABS64",           [HK_ABS32] = "HK_ABS32",
        [HK_ABS32S] = "HK_ABS32S",         [HK_REL32] = "HK_REL32",
        [HK_REL64] = "HK_REL64",           [HK_A64_BRANCH26] = "HK_A64_BRANCH26",
        [HK_A64_MOVW0] = "HK_A64_MOVW0",   [HK_A64_MOVW1] = "HK_A64_MOVW1",
        [HK_A64_MOVW2] = "HK_A64_MOVW2",   [HK_A64_MOVW3] = "HK_A64_MOVW3",
    };
    return kind < HK_KIND_COUNT ? names[kind] : "HK_?";
}

const char *hole_value_name(uint8_t value) {
    static const char *const names[HOLE_VALUE_COUNT] = {
        [HOLE_CODE] = "HOLE_CODE",         [HOLE_DATA] = "HOLE_DATA",
        [HOLE_CONTINUE] = "HOLE_CONTINUE", [HOLE_JUMP_TARGET] = "HOLE_JUMP_TARGET",
        [HOLE_EXIT] = "HOLE_EXIT",         [HOLE_ERROR] = "HOLE_ERROR",
        [HOLE_OPARG] = "HOLE_OPARG",       [HOLE_OPERAND] = "HOLE_OPERAND",
        [HOLE_OPERAND2] = "HOLE_OPERAND2", [HOLE_TARGET] = "HOLE_TARGET",
        [HOLE_HELPER] = "HOLE_HELPER",     [HOLE_ZERO] = "HOLE_ZERO",
        [HOLE_JUMP_EXIT] = "HOLE_JUMP_EXIT",
    };
    return value < HOLE_VALUE_COUNT ? names[value] : "HOLE_?";
}

const char *patch_result_string(int result) {
    switch (result) {
    case PATCH_OK: return "ok";
    case PATCH_OUT_OF_RANGE: return "value out of range for the hole";
    case PATCH_MISALIGNED: return "misaligned branch target";
    case PATCH_BAD_KIND: return "unknown hole kind";
    default: return "unknown patch result";
    }
}

int patch_holes(uint8_t *mem, uint64_t runtime_base, const Hole *holes, unsigned nholes,
                const uint64_t values[HOLE_VALUE_COUNT], void *const *helpers, unsigned nhelpers,
                unsigned *bad_hole) {
    for (unsigned i = 0; i < nholes; i++) {
        const Hole *h = &holes[i];
        uint64_t base;
        int rc = PATCH_OK;
        if (h->value == HOLE_HELPER) {
            if (h->symbol >= nhelpers) rc = PATCH_BAD_KIND;
            base = rc == PATCH_OK ? (uint64_t)(uintptr_t)helpers[h->symbol] : 0;
        } else if (h->value == HOLE_ZERO) {
            base = 0;
        } else if (h->value < HOLE_VALUE_COUNT) {
            base = values[h->value];
        } else {
            rc = PATCH_BAD_KIND;
            base = 0;
        }
        if (rc == PATCH_OK)
            rc = patch_hole(mem + h->offset, h->kind, base + (uint64_t)h->addend, runtime_base + h->offset);
        if (rc != PATCH_OK) {
            if (bad_hole) *bad_hole = i;
            return rc;
        }
    }
    return PATCH_OK;
}
