/* test_stencil_patch.c - the hole patch functions (stencils/patch.c): every
 * kind is written and read back, range checks refuse what does not fit and
 * leave the bytes alone, patch_holes() resolves values, helpers and addends. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "patch.h"
#include "stencil.h"

static int passed, failed;
#define CHECK(cond)                                                                 \
    do {                                                                            \
        if (cond) passed++;                                                         \
        else {                                                                      \
            failed++;                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                           \
    } while (0)

static uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t rd64(const uint8_t *p) { return rd32(p) | (uint64_t)rd32(p + 4) << 32; }

static int untouched(const uint8_t *buf, size_t n, uint8_t fill) {
    for (size_t i = 0; i < n; i++)
        if (buf[i] != fill) return 0;
    return 1;
}

static void test_abs64(void) {
    uint8_t buf[16];
    memset(buf, 0xAA, sizeof buf);
    CHECK(patch_hole(buf + 3, HK_ABS64, 0x0123456789ABCDEFull, 0) == PATCH_OK);
    CHECK(rd64(buf + 3) == 0x0123456789ABCDEFull);
    CHECK(buf[2] == 0xAA && buf[11] == 0xAA); /* neighbours intact, unaligned ok */
    CHECK(patch_hole(buf, HK_ABS64, UINT64_MAX, 12345) == PATCH_OK);
    CHECK(rd64(buf) == UINT64_MAX);
}

static void test_abs32(void) {
    uint8_t buf[8];
    memset(buf, 0xAA, sizeof buf);
    CHECK(patch_hole(buf + 1, HK_ABS32, 0xFFFFFFFFu, 0) == PATCH_OK);
    CHECK(rd32(buf + 1) == 0xFFFFFFFFu && buf[0] == 0xAA && buf[5] == 0xAA);
    CHECK(patch_hole(buf + 1, HK_ABS32, 0x12345678u, 0) == PATCH_OK);
    CHECK(rd32(buf + 1) == 0x12345678u);
    memset(buf, 0xAA, sizeof buf);
    CHECK(patch_hole(buf, HK_ABS32, 0x100000000ull, 0) == PATCH_OUT_OF_RANGE);
    CHECK(patch_hole(buf, HK_ABS32, (uint64_t)-1, 0) == PATCH_OUT_OF_RANGE); /* no sign extension */
    CHECK(untouched(buf, sizeof buf, 0xAA));
}

static void test_abs32s(void) {
    uint8_t buf[8];
    CHECK(patch_hole(buf, HK_ABS32S, 0x7FFFFFFFu, 0) == PATCH_OK);
    CHECK(rd32(buf) == 0x7FFFFFFFu);
    CHECK(patch_hole(buf, HK_ABS32S, (uint64_t)INT64_C(-2147483648), 0) == PATCH_OK);
    CHECK(rd32(buf) == 0x80000000u);
    CHECK(patch_hole(buf, HK_ABS32S, (uint64_t)-1, 0) == PATCH_OK);
    CHECK(rd32(buf) == 0xFFFFFFFFu);
    memset(buf, 0xAA, sizeof buf);
    CHECK(patch_hole(buf, HK_ABS32S, 0x80000000u, 0) == PATCH_OUT_OF_RANGE);
    CHECK(patch_hole(buf, HK_ABS32S, (uint64_t)INT64_C(-2147483649), 0) == PATCH_OUT_OF_RANGE);
    CHECK(patch_hole(buf, HK_ABS32S, 0x7FFF00000000ull, 0) == PATCH_OUT_OF_RANGE);
    CHECK(untouched(buf, sizeof buf, 0xAA));
}

static void test_rel32(void) {
    uint8_t buf[8];
    /* a call at 0x1000 (field at 0x1001) to 0x2000 with addend -4 */
    uint64_t p = 0x1001, s = 0x2000;
    CHECK(patch_hole(buf, HK_REL32, s - 4, p) == PATCH_OK);
    CHECK((int32_t)rd32(buf) == (int32_t)(0x2000 - 4 - 0x1001));
    /* P + 4 + disp == S: what the CPU computes */
    CHECK(p + 4 + (uint64_t)(int64_t)(int32_t)rd32(buf) == s);
    /* backwards */
    CHECK(patch_hole(buf, HK_REL32, 0x100, 0x7FFF0000ull) == PATCH_OK);
    CHECK((int32_t)rd32(buf) == (int32_t)(0x100 - 0x7FFF0000));
    /* exact limits */
    uint64_t base = 0x7f0000000000ull;
    CHECK(patch_hole(buf, HK_REL32, base + INT32_MAX, base) == PATCH_OK);
    CHECK(rd32(buf) == 0x7FFFFFFFu);
    CHECK(patch_hole(buf, HK_REL32, base - 0x80000000ull, base) == PATCH_OK);
    CHECK(rd32(buf) == 0x80000000u);
    /* one past either limit, and far away */
    memset(buf, 0xAA, sizeof buf);
    CHECK(patch_hole(buf, HK_REL32, base + 0x80000000ull, base) == PATCH_OUT_OF_RANGE);
    CHECK(patch_hole(buf, HK_REL32, base - 0x80000001ull, base) == PATCH_OUT_OF_RANGE);
    CHECK(patch_hole(buf, HK_REL32, 0x401000, 0x7f1234567000ull) == PATCH_OUT_OF_RANGE);
    CHECK(patch_hole(buf, HK_REL32, 0x7f1234567000ull, 0x401000) == PATCH_OUT_OF_RANGE);
    CHECK(untouched(buf, sizeof buf, 0xAA));
}

static void test_rel64(void) {
    uint8_t buf[8];
    CHECK(patch_hole(buf, HK_REL64, 0x401000, 0x7f1234567000ull) == PATCH_OK);
    CHECK(rd64(buf) == 0x401000 - 0x7f1234567000ull);
    CHECK(0x7f1234567000ull + rd64(buf) == 0x401000);
}

static void test_aarch64(void) {
    uint8_t buf[4];
    /* bl with imm26 = 0 */
    uint32_t bl = 0x94000000u;
    memcpy(buf, &bl, 4);
    CHECK(patch_hole(buf, HK_A64_BRANCH26, 0x10000 + 0x400, 0x10000) == PATCH_OK);
    CHECK(rd32(buf) == (0x94000000u | 0x100));
    CHECK(patch_hole(buf, HK_A64_BRANCH26, 0x10000 - 8, 0x10000) == PATCH_OK);
    CHECK(rd32(buf) == (0x94000000u | 0x03FFFFFEu)); /* -2 words, opcode kept */
    CHECK(patch_hole(buf, HK_A64_BRANCH26, 0x10000 + (1u << 27) - 4, 0x10000) == PATCH_OK);
    CHECK(patch_hole(buf, HK_A64_BRANCH26, 0x10000 + (1u << 27), 0x10000) == PATCH_OUT_OF_RANGE);
    CHECK(patch_hole(buf, HK_A64_BRANCH26, 0x10000 + 2, 0x10000) == PATCH_MISALIGNED);
    /* movz x3, #0 / movk x3, #0, lsl #16/32/48: imm16 in bits 5..20 */
    const uint32_t movz = 0xD2800003u, movk1 = 0xF2A00003u, movk2 = 0xF2C00003u, movk3 = 0xF2E00003u;
    const uint64_t v = 0x1122334455667788ull;
    const uint32_t insns[4] = {movz, movk1, movk2, movk3};
    const uint8_t kinds[4] = {HK_A64_MOVW0, HK_A64_MOVW1, HK_A64_MOVW2, HK_A64_MOVW3};
    uint64_t rebuilt = 0;
    for (int i = 0; i < 4; i++) {
        memcpy(buf, &insns[i], 4);
        CHECK(patch_hole(buf, kinds[i], v, 0) == PATCH_OK);
        uint32_t got = rd32(buf);
        CHECK((got & ~(0xFFFFu << 5)) == insns[i]); /* other bits kept */
        rebuilt |= (uint64_t)((got >> 5) & 0xFFFF) << (16 * i);
    }
    CHECK(rebuilt == v);
}

static void test_misc(void) {
    uint8_t buf[8] = {0};
    CHECK(patch_hole(buf, HK_KIND_COUNT, 1, 0) == PATCH_BAD_KIND);
    CHECK(patch_hole(buf, 200, 1, 0) == PATCH_BAD_KIND);
    CHECK(patch_kind_width(HK_ABS64) == 8 && patch_kind_width(HK_REL64) == 8);
    CHECK(patch_kind_width(HK_ABS32) == 4 && patch_kind_width(HK_ABS32S) == 4 && patch_kind_width(HK_REL32) == 4);
    CHECK(patch_kind_width(HK_A64_BRANCH26) == 4 && patch_kind_width(HK_A64_MOVW3) == 4);
    CHECK(patch_kind_width(HK_KIND_COUNT) == 0);
    for (int k = 0; k < HK_KIND_COUNT; k++) CHECK(strncmp(patch_kind_name((uint8_t)k), "HK_", 3) == 0);
    CHECK(strcmp(patch_kind_name(HK_REL32), "HK_REL32") == 0);
    CHECK(strcmp(patch_kind_name(HK_KIND_COUNT), "HK_?") == 0);
    for (int v = 0; v < HOLE_VALUE_COUNT; v++) CHECK(strncmp(hole_value_name((uint8_t)v), "HOLE_", 5) == 0);
    CHECK(strcmp(hole_value_name(HOLE_CONTINUE), "HOLE_CONTINUE") == 0);
    CHECK(strcmp(hole_value_name(HOLE_VALUE_COUNT), "HOLE_?") == 0);
    CHECK(strcmp(patch_result_string(PATCH_OK), "ok") == 0);
    CHECK(strstr(patch_result_string(PATCH_OUT_OF_RANGE), "range") != NULL);
}

static int helper_a, helper_b;

static void test_patch_holes(void) {
    uint8_t mem[64];
    memset(mem, 0, sizeof mem);
    const uint64_t rt = 0x500000; /* where the copy will run */
    uint64_t values[HOLE_VALUE_COUNT] = {0};
    values[HOLE_CODE] = rt;
    values[HOLE_DATA] = 0x600000;
    values[HOLE_CONTINUE] = 0x500100;
    values[HOLE_OPARG] = 7;
    values[HOLE_ZERO] = 0xDEAD; /* ignored: HOLE_ZERO's base is 0 */
    void *helpers[2] = {&helper_a, &helper_b};
    const Hole holes[] = {
        {0, HK_ABS64, HOLE_OPARG, 0, 0},
        {8, HK_ABS64, HOLE_HELPER, 1, 16},
        {16, HK_REL32, HOLE_CONTINUE, 0, -4},
        {20, HK_ABS64, HOLE_DATA, 0, 0x40},
        {28, HK_ABS32, HOLE_ZERO, 0, 0x1234},
        {32, HK_REL32, HOLE_CODE, 0, 0x30}, /* a rip-relative reference into the copy */
    };
    unsigned bad = 99;
    CHECK(patch_holes(mem, rt, holes, 6, values, helpers, 2, &bad) == PATCH_OK);
    CHECK(bad == 99);
    CHECK(rd64(mem) == 7);
    CHECK(rd64(mem + 8) == (uint64_t)(uintptr_t)&helper_b + 16);
    CHECK(rt + 16 + 4 + (uint64_t)(int64_t)(int32_t)rd32(mem + 16) == 0x500100);
    CHECK(rd64(mem + 20) == 0x600040);
    CHECK(rd32(mem + 28) == 0x1234);
    CHECK((int32_t)rd32(mem + 32) == 0x30 - 32);

    /* a prefix skips a dropped tail jump */
    memset(mem, 0, sizeof mem);
    CHECK(patch_holes(mem, rt, holes, 2, values, helpers, 2, NULL) == PATCH_OK);
    CHECK(rd32(mem + 16) == 0);

    /* failures report the hole */
    const Hole far[] = {
        {0, HK_ABS64, HOLE_OPARG, 0, 0},
        {8, HK_REL32, HOLE_HELPER, 0, -4}, /* a call to a helper 127 TiB away */
    };
    values[HOLE_OPARG] = 1;
    void *far_helpers[1] = {(void *)(uintptr_t)0x7f0000000000ull};
    CHECK(patch_holes(mem, rt, far, 2, values, far_helpers, 1, &bad) == PATCH_OUT_OF_RANGE);
    CHECK(bad == 1);
    const Hole bad_sym[] = {{0, HK_ABS64, HOLE_HELPER, 5, 0}};
    CHECK(patch_holes(mem, rt, bad_sym, 1, values, helpers, 2, &bad) == PATCH_BAD_KIND && bad == 0);
    const Hole bad_val[] = {{0, HK_ABS64, HOLE_VALUE_COUNT, 0, 0}};
    CHECK(patch_holes(mem, rt, bad_val, 1, values, helpers, 2, &bad) == PATCH_BAD_KIND && bad == 0);
    (void)helper_a;
}

int main(void) {
    test_abs64();
    test_abs32();
    test_abs32s();
    test_rel32();
    test_rel64();
    test_aarch64();
    test_misc();
    test_patch_holes();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
