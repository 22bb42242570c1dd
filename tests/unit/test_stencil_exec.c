/* test_stencil_exec.c - copy, patch and run the fixture stencils (x86-64).
 *
 * The format end to end: each stencil is copied into executable memory with
 * patch_holes() filling its holes, entered through a small hand-assembled
 * trampoline (stencils use clang's preserve_none convention: vm, frame, sp
 * arrive in r12, r13, r14), and leaves through exit stubs that return a
 * marker. Also: two stencils back to back with the first one's trailing jump
 * dropped (fall-through), a jump table in the data blob, a folded function,
 * and a hole value that does not fit (refused, not written).
 * Exits 77 (skipped) where executable memory cannot be had. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture_defs.h"
#include "fixture_stencils.h"
#include "patch.h"

#if defined(__x86_64__) && defined(__linux__)
#include <sys/mman.h>

static int passed, failed;
#define CHECK(cond)                                                                 \
    do {                                                                            \
        if (cond) passed++;                                                         \
        else {                                                                      \
            failed++;                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                           \
    } while (0)

#define REGION (1u << 20)

/* uint64_t tramp(vm, frame, sp, entry, uint64_t **sp_out): saves the
 * callee-saved registers, moves the arguments to r12/r13/r14, calls entry,
 * stores r14 (the stencils' sp) through sp_out and returns rax. */
static const uint8_t trampoline[] = {
    0x53,             /* push %rbx */
    0x55,             /* push %rbp */
    0x41, 0x54,       /* push %r12 */
    0x41, 0x55,       /* push %r13 */
    0x41, 0x56,       /* push %r14 */
    0x41, 0x57,       /* push %r15 */
    0x41, 0x50,       /* push %r8  (7 pushes: the stack is 16-aligned at the call) */
    0x49, 0x89, 0xfc, /* mov %rdi, %r12 */
    0x49, 0x89, 0xf5, /* mov %rsi, %r13 */
    0x49, 0x89, 0xd6, /* mov %rdx, %r14 */
    0xff, 0xd1,       /* call *%rcx */
    0x41, 0x58,       /* pop %r8 */
    0x4d, 0x89, 0x30, /* mov %r14, (%r8) */
    0x41, 0x5f,       /* pop %r15 */
    0x41, 0x5e,       /* pop %r14 */
    0x41, 0x5d,       /* pop %r13 */
    0x41, 0x5c,       /* pop %r12 */
    0x5d,             /* pop %rbp */
    0x5b,             /* pop %rbx */
    0xc3,             /* ret */
};
typedef uint64_t (*TrampFn)(void *vm, void *frame, uint64_t *sp, void *entry, uint64_t **sp_out);

enum { MARK_CONTINUE = 0x11, MARK_EXIT = 0x22, MARK_ERROR = 0x33, MARK_JUMP = 0x44 };

static uint8_t *code;   /* RW while emitting, RX while running; near the helpers */
static uint8_t *low;    /* data below 2 GiB (MAP_32BIT), for 32-bit absolute holes */
static size_t code_used, low_used;
static uint8_t *stubs[4];

static void *map_near(uintptr_t target) {
    /* try hints around the test binary so rel32 calls to the helpers fit */
    for (uintptr_t d = 1u << 26; d < (uintptr_t)1 << 30; d += 1u << 26) {
        for (int sign = 0; sign < 2; sign++) {
            uintptr_t hint = sign ? target - d : target + d;
            hint &= ~(uintptr_t)0xffff;
            void *p = mmap((void *)hint, REGION, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED) continue;
            intptr_t dist = (intptr_t)((uintptr_t)p - target);
            if (dist > -((intptr_t)1 << 30) && dist < ((intptr_t)1 << 30)) return p;
            munmap(p, REGION);
        }
    }
    return NULL;
}

static int set_exec(int exec) {
    return mprotect(code, REGION, exec ? PROT_READ | PROT_EXEC : PROT_READ | PROT_WRITE) == 0;
}

static uint8_t *put_code(const void *src, size_t n) {
    code_used = (code_used + 15) & ~(size_t)15;
    uint8_t *p = code + code_used;
    memcpy(p, src, n);
    code_used += n;
    return p;
}

typedef struct Emitted {
    uint8_t *code, *data;
    int rc;
} Emitted;

/* Copy stencil st to code (at `at`, or the next free spot) and its data (near
 * the code, or in low memory), patch it. drop_tail: omit the trailing jump,
 * the next stencil follows directly. */
static Emitted emit_at(const Stencil *st, uint8_t *at, int drop_tail, int data_low, uint64_t oparg, uint64_t operand,
                       uint64_t operand2, uint64_t target, uint8_t *next) {
    Emitted e = {0};
    uint32_t keep = drop_tail && st->tail_jump >= 0 ? (uint32_t)st->tail_jump : st->code_size;
    if (!at) {
        code_used = (code_used + 15) & ~(size_t)15;
        at = code + code_used;
    }
    memcpy(at, st->code, keep);
    if ((size_t)(at + keep - code) > code_used) code_used = (size_t)(at + keep - code);
    e.code = at;
    if (data_low) {
        low_used = (low_used + st->data_align - 1) & ~(size_t)(st->data_align - 1);
        e.data = low + low_used;
        low_used += st->data_size;
    } else {
        code_used = (code_used + st->data_align - 1) & ~(size_t)(st->data_align - 1);
        e.data = code + code_used;
        code_used += st->data_size;
    }
    if (st->data_size) memcpy(e.data, st->data, st->data_size);
    uint64_t values[HOLE_VALUE_COUNT] = {0};
    values[HOLE_CODE] = (uint64_t)(uintptr_t)e.code;
    values[HOLE_DATA] = (uint64_t)(uintptr_t)e.data;
    values[HOLE_CONTINUE] = (uint64_t)(uintptr_t)(next ? next : stubs[0]);
    values[HOLE_EXIT] = (uint64_t)(uintptr_t)stubs[1];
    values[HOLE_ERROR] = (uint64_t)(uintptr_t)stubs[2];
    values[HOLE_JUMP_TARGET] = (uint64_t)(uintptr_t)stubs[3];
    values[HOLE_OPARG] = oparg;
    values[HOLE_OPERAND] = operand;
    values[HOLE_OPERAND2] = operand2;
    values[HOLE_TARGET] = target;
    unsigned n = 0;
    while (n < st->nholes && st->holes[n].offset < keep) n++;
    unsigned bad = 0;
    e.rc = patch_holes(e.code, (uint64_t)(uintptr_t)e.code, st->holes, n, values, fixture_helper_addrs,
                       (unsigned)fixture_helper_count, &bad);
    if (e.rc == PATCH_OK)
        e.rc = patch_holes(e.data, (uint64_t)(uintptr_t)e.data, st->data_holes, st->ndata_holes, values,
                           fixture_helper_addrs, (unsigned)fixture_helper_count, &bad);
    return e;
}

static Emitted emit(const Stencil *st, uint64_t oparg) { return emit_at(st, NULL, 0, 0, oparg, 0, 0, 0, NULL); }

static const Stencil *get(const char *name) {
    for (int i = 0; i < STENCIL_COUNT; i++)
        if (strcmp(stencil_table[i].name, name) == 0) return &stencil_table[i];
    fprintf(stderr, "no stencil %s\n", name);
    exit(1);
}

static TrampFn tramp;

/* Run emitted code with sp; returns the exit marker, *sp_out the final sp. */
static uint64_t run(uint8_t *entry, uint64_t *sp, uint64_t **sp_out) {
    if (!set_exec(1)) {
        fprintf(stderr, "mprotect(PROT_EXEC) failed\n");
        exit(77);
    }
    uint64_t r = tramp((void *)0x1234, (void *)0x5678, sp, entry, sp_out);
    set_exec(0);
    return r;
}

static void test_call_helper(void) {
    Emitted e = emit(get("call_helper"), 0);
    CHECK(e.rc == PATCH_OK);
    uint64_t stack[8] = {5, 7}, *sp_out = NULL;
    fixture_helper_calls = 0;
    CHECK(run(e.code, stack + 2, &sp_out) == MARK_CONTINUE);
    CHECK(sp_out == stack + 1);
    CHECK(stack[0] == 57);
    CHECK(fixture_helper_calls == 1 && fixture_last_vm == (struct VM *)0x1234);
}

static void test_oparg(void) {
    Emitted e = emit_at(get("oparg"), NULL, 0, 0, 3, 0x1122334455667788ull, 0xAABB, 99, NULL);
    CHECK(e.rc == PATCH_OK);
    uint64_t stack[8] = {0}, *sp_out = NULL;
    CHECK(run(e.code, stack, &sp_out) == MARK_CONTINUE);
    CHECK(sp_out == stack + 4);
    CHECK(stack[0] == 3 && stack[1] == 0x1122334455667788ull && stack[2] == 0xAABB + 8 && stack[3] == 99);
}

static void test_fall_through(void) {
    /* tail (its jmp dropped) then oparg directly after it */
    const Stencil *tail = get("tail"), *op = get("oparg");
    CHECK(tail->tail_jump > 0);
    code_used = (code_used + 15) & ~(size_t)15;
    uint8_t *first = code + code_used;
    uint8_t *second = first + tail->tail_jump;
    Emitted a = emit_at(tail, first, 1, 0, 7, 0, 0, 0, second);
    /* its data (none) went after it; the second stencil must follow directly */
    CHECK(tail->data_size == 0);
    Emitted b = emit_at(op, second, 0, 0, 1, 2, 3, 4, NULL);
    CHECK(a.rc == PATCH_OK && b.rc == PATCH_OK);
    uint64_t stack[8] = {0}, *sp_out = NULL;
    CHECK(run(first, stack, &sp_out) == MARK_CONTINUE);
    CHECK(stack[0] == 1007);
    CHECK(stack[1] == 1 && stack[2] == 2 && stack[3] == 3 + 8 && stack[4] == 4);
    CHECK(sp_out == stack + 5);
}

static void test_rodata(void) {
    Emitted e = emit(get("rodata"), 1);
    CHECK(e.rc == PATCH_OK);
    uint64_t stack[4] = {4}, *sp_out = NULL;
    fixture_log_calls = 0;
    CHECK(run(e.code, stack + 1, &sp_out) == MARK_CONTINUE);
    CHECK(fixture_log_calls == 1);
    CHECK(strcmp(fixture_last_msg, "fixture message one") == 0);
    CHECK(fixture_last_d == 10.0);
    CHECK(stack[0] == (uint64_t)(uintptr_t)(fixture_global + 8));
    e = emit(get("rodata"), 2);
    stack[0] = 6;
    CHECK(run(e.code, stack + 1, &sp_out) == MARK_CONTINUE);
    CHECK(strcmp(fixture_last_msg, "fixture message zero") == 0 && fixture_last_d == 15.0);
    CHECK(stack[0] == (uint64_t)(uintptr_t)fixture_global);
}

static void test_exits(void) {
    Emitted e = emit(get("exits"), 0);
    CHECK(e.rc == PATCH_OK);
    const uint64_t want[5] = {MARK_EXIT, MARK_JUMP, MARK_ERROR, MARK_CONTINUE, MARK_EXIT};
    for (int v = 0; v < 5; v++) {
        uint64_t stack[2] = {(uint64_t)v}, *sp_out = NULL;
        CHECK(run(e.code, stack + 1, &sp_out) == want[v]);
        CHECK(sp_out == stack + 1);
    }
}

static void test_switch(const char *name, int data_low) {
    Emitted e = emit_at(get(name), NULL, 0, data_low, 0, 0, 0, 0, NULL);
    CHECK(e.rc == PATCH_OK);
    const uint64_t want[9] = {100, 211, 322, 34, 544, 655, 766, 9, 9};
    for (int v = 0; v < 9; v++) {
        uint64_t stack[2] = {(uint64_t)v}, *sp_out = NULL;
        CHECK(run(e.code, stack + 1, &sp_out) == MARK_CONTINUE);
        CHECK(stack[0] == want[v]);
    }
}

static void test_folded(void) {
    Emitted e = emit(get("folded"), 5);
    CHECK(e.rc == PATCH_OK);
    uint64_t stack[2] = {200}, *sp_out = NULL;
    CHECK(run(e.code, stack + 1, &sp_out) == MARK_CONTINUE);
    CHECK(stack[0] == 2005 * 3 + 250); /* slow_path: helper(200,5)*3 + helper(5,200) */
    stack[0] = 50;
    CHECK(run(e.code, stack + 1, &sp_out) == MARK_CONTINUE);
    CHECK(stack[0] == 50);
}

static void test_frame(void) {
    Emitted e = emit(get("frame"), 10);
    CHECK(e.rc == PATCH_OK);
    uint64_t stack[2] = {0}, *sp_out = NULL;
    CHECK(run(e.code, stack, &sp_out) == MARK_CONTINUE);
    CHECK(stack[0] == 30 + (unsigned char)(199 * 3));
    CHECK(sp_out == stack + 1);
}

static void test_global(void) {
    Emitted e = emit(get("global"), 0);
    CHECK(e.rc == PATCH_OK);
    uint64_t stack[2] = {0}, *sp_out = NULL;
    fixture_counter = 41;
    CHECK(run(e.code, stack, &sp_out) == MARK_CONTINUE);
    CHECK(fixture_counter == 42);
    CHECK(stack[0] == (uint64_t)(uintptr_t)(fixture_global + 16));
}

static void test_abs32(void) {
    /* OPARG as a 32-bit immediate, OPERAND as a disp32 off sp */
    Emitted e = emit_at(get("abs32"), NULL, 0, 0, 0xFEDCBA98u, 16, 0, 0, NULL);
    CHECK(e.rc == PATCH_OK);
    uint64_t stack[4] = {0, 0, 0xC0FFEE, 0}, *sp_out = NULL;
    CHECK(run(e.code, stack, &sp_out) == MARK_CONTINUE);
    CHECK(stack[0] == 0xFEDCBA98u && stack[1] == 0xC0FFEE);
    CHECK(sp_out == stack + 2);
    /* values that do not fit are refused */
    e = emit_at(get("abs32"), NULL, 0, 0, 0x100000000ull, 16, 0, 0, NULL);
    CHECK(e.rc == PATCH_OUT_OF_RANGE);
    e = emit_at(get("abs32"), NULL, 0, 0, 1, 0x80000000u, 0, 0, NULL);
    CHECK(e.rc == PATCH_OUT_OF_RANGE);
}

int main(void) {
    code = map_near((uintptr_t)&fixture_helper);
    void *lowp = mmap(NULL, REGION, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
    if (!code || lowp == MAP_FAILED) {
        printf("skipped: no memory near the helpers or below 2 GiB\n");
        return 77;
    }
    low = lowp;
    tramp = (TrampFn)(uintptr_t)put_code(trampoline, sizeof trampoline);
    static const uint8_t stub_code[4][6] = {
        {0xb8, MARK_CONTINUE, 0, 0, 0, 0xc3}, /* mov $mark, %eax; ret */
        {0xb8, MARK_EXIT, 0, 0, 0, 0xc3},
        {0xb8, MARK_ERROR, 0, 0, 0, 0xc3},
        {0xb8, MARK_JUMP, 0, 0, 0, 0xc3},
    };
    for (int i = 0; i < 4; i++) stubs[i] = put_code(stub_code[i], sizeof stub_code[i]);
    if (!set_exec(1)) {
        printf("skipped: executable memory is not available\n");
        return 77;
    }
    set_exec(0);

    test_call_helper();
    test_oparg();
    test_fall_through();
    test_rodata();
    test_exits();
    test_switch("switch_nojt", 0);
    test_switch("switch_jt", 1); /* its code reaches the table with a 32-bit absolute address */
    test_folded();
    test_frame();
    test_global();
    test_abs32();
    munmap(code, REGION);
    munmap(low, REGION);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

#else
int main(void) {
    printf("skipped: the fixtures are x86-64 code\n");
    return 77;
}
#endif
