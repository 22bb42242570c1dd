/* test_stencil_tool.c - stencil_tool's output for the fixtures in
 * tests/stencil_fixtures (compiled by clang-19 and extracted at build time into
 * generated/stencil_fixtures/fixture_stencils.h), on x86-64:
 *   - every expected hole is present with the right value, kind and addend;
 *   - data blobs and data holes (strings, pointer tables, jump tables);
 *   - the trailing jump to _JIT_CONTINUE;
 *   - the CFI: CIE fields, and the FDE decoded with a small DWARF CFA
 *     interpreter and checked against the disassembly: CFA = rsp+8 at entry,
 *     every push/pop/sub/add of rsp moves it by the right amount, calls see an
 *     aligned stack and jumps out of the stencil see the entry state;
 *   - the helper table;
 *   - rejection of unsupported input (a -fpic fixture with a GOT relocation,
 *     hand-made ELF objects with bad relocations, broken files).
 */
#include <elf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cfa_decode.h"
#include "fixture_defs.h"
#include "fixture_stencils.h"
#include "patch.h"

static int passed, failed;
#define CHECK(cond)                                                                 \
    do {                                                                            \
        if (cond) passed++;                                                         \
        else {                                                                      \
            failed++;                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                           \
    } while (0)
#define CHECKM(cond, ...)                                                           \
    do {                                                                            \
        if (cond) passed++;                                                         \
        else {                                                                      \
            failed++;                                                               \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                           \
            fputc('\n', stderr);                                                    \
        }                                                                           \
    } while (0)

static const Stencil *get(const char *name) {
    for (int i = 0; i < STENCIL_COUNT; i++)
        if (strcmp(stencil_table[i].name, name) == 0) return &stencil_table[i];
    fprintf(stderr, "no stencil %s\n", name);
    exit(1);
}

static const char *helper_of(const Hole *h) {
    return h->value == HOLE_HELPER && h->symbol < fixture_helper_count ? fixture_helper_names[h->symbol] : "";
}

/* The hole with this value, kind and addend (any addend if any_addend), whose
 * helper is `helper` (HOLE_HELPER only); NULL if none. */
static const Hole *find(const Hole *holes, unsigned n, uint8_t value, uint8_t kind, int64_t addend, int any_addend,
                        const char *helper) {
    for (unsigned i = 0; i < n; i++) {
        const Hole *h = &holes[i];
        if (h->value != value || h->kind != kind) continue;
        if (!any_addend && h->addend != addend) continue;
        if (helper && strcmp(helper_of(h), helper) != 0) continue;
        return h;
    }
    return NULL;
}
#define CODE_HOLE(st, v, k, a, helper) find((st)->holes, (st)->nholes, v, k, a, 0, helper)
#define CODE_HOLE_ANY(st, v, k) find((st)->holes, (st)->nholes, v, k, 0, 1, NULL)

static unsigned count(const Stencil *st, uint8_t value) {
    unsigned n = 0;
    for (unsigned i = 0; i < st->nholes; i++) n += st->holes[i].value == value;
    return n;
}

static int is_jump_or_call_rel32(const Stencil *st, uint32_t off) {
    return (off >= 1 && (st->code[off - 1] == 0xe8 || st->code[off - 1] == 0xe9)) ||
           (off >= 2 && st->code[off - 2] == 0x0f && (st->code[off - 1] & 0xf0) == 0x80);
}

static int is_exit_value(uint8_t v) {
    return v == HOLE_CONTINUE || v == HOLE_EXIT || v == HOLE_ERROR || v == HOLE_JUMP_TARGET;
}

/* ---- invariants of every stencil ----------------------------------------- */

static void test_invariants(const Stencil *st) {
    CHECK(st->code != NULL && st->code_size > 0);
    CHECK(st->code_align >= 1);
    CHECK(st->data_align >= 1 && (st->data_align & (st->data_align - 1)) == 0);
    CHECK((st->data == NULL) == (st->data_size == 0));
    for (unsigned i = 0; i < st->nholes; i++) {
        const Hole *h = &st->holes[i];
        CHECKM(h->kind < HK_KIND_COUNT && h->value < HOLE_VALUE_COUNT, "%s hole %u", st->name, i);
        CHECKM(h->offset + patch_kind_width(h->kind) <= st->code_size, "%s hole %u", st->name, i);
        if (i) CHECKM(h->offset >= st->holes[i - 1].offset + patch_kind_width(st->holes[i - 1].kind), "%s sorted", st->name);
        if (h->value == HOLE_HELPER) CHECK(h->symbol < fixture_helper_count);
        else CHECK(h->symbol == 0);
        if (h->value == HOLE_DATA) CHECK(h->addend >= -4 && h->addend < (int64_t)st->data_size);
        /* x86-64 shapes: rel32 holes to other code are calls or jumps; abs64
         * holes in code are movabs immediates */
        if (h->kind == HK_REL32 && h->value != HOLE_DATA) {
            CHECKM(is_jump_or_call_rel32(st, h->offset), "%s: rel32 hole at 0x%x is not a call/jmp/jcc", st->name,
                   h->offset);
            CHECK(h->addend == -4);
        }
        if (h->kind == HK_ABS64)
            CHECKM(h->offset >= 2 && (st->code[h->offset - 2] & 0xf8) == 0x48 && (st->code[h->offset - 1] & 0xf8) == 0xb8,
                   "%s: abs64 hole at 0x%x is not a movabs", st->name, h->offset);
        /* the assembler left the field zero */
        for (unsigned b = 0; b < patch_kind_width(h->kind); b++) CHECK(st->code[h->offset + b] == 0);
    }
    for (unsigned i = 0; i < st->ndata_holes; i++) {
        const Hole *h = &st->data_holes[i];
        CHECK(h->offset + patch_kind_width(h->kind) <= st->data_size);
        if (h->value == HOLE_CODE) CHECK(h->addend >= 0 && h->addend < (int64_t)st->code_size);
        if (h->value == HOLE_DATA) CHECK(h->addend >= 0 && h->addend < (int64_t)st->data_size);
    }
    /* the trailing jump, exactly when the code ends with jmp _JIT_CONTINUE */
    int ends_with_continue = st->code_size >= 5 && st->code[st->code_size - 5] == 0xe9 && st->nholes > 0 &&
                             st->holes[st->nholes - 1].offset == st->code_size - 4 &&
                             st->holes[st->nholes - 1].value == HOLE_CONTINUE;
    CHECKM(st->tail_jump == (ends_with_continue ? (int32_t)st->code_size - 5 : -1), "%s tail_jump %d", st->name,
           st->tail_jump);
    /* CIE fields on x86-64 */
    CHECK(st->cfi.code_align == 1);
    CHECK(st->cfi.data_align == -8);
    CHECK(st->cfi.ra_reg == DWARF_X86_64_RIP);
    CHECK(st->cfi.fde_encoding == (DW_EH_PE_pcrel | DW_EH_PE_sdata4));
    CHECK(st->cfi.cie_insns != NULL && st->cfi.cie_len > 0);
    CHECK(st->cfi.fde_insns != NULL && st->cfi.fde_len > 0);
    CHECKM(st->cfi.code_range == st->code_size, "%s: CFI covers %u of %u", st->name, st->cfi.code_range, st->code_size);
}

/* ---- per fixture --------------------------------------------------------------- */

static void test_call_helper(void) {
    const Stencil *st = get("call_helper");
    const Hole *h = CODE_HOLE(st, HOLE_HELPER, HK_REL32, -4, "fixture_helper");
    CHECK(h != NULL);
    if (h) CHECK(st->code[h->offset - 1] == 0xe8); /* call rel32 */
    CHECK(st->tail_jump == (int32_t)st->code_size - 5);
    CHECK(count(st, HOLE_CONTINUE) == 1 && st->nholes == 2);
    CHECK(st->data_size == 0 && st->ndata_holes == 0);
}

static void test_oparg(void) {
    const Stencil *st = get("oparg");
    CHECK(CODE_HOLE(st, HOLE_OPARG, HK_ABS64, 0, NULL) != NULL);
    CHECK(CODE_HOLE(st, HOLE_OPERAND, HK_ABS64, 0, NULL) != NULL);
    CHECK(CODE_HOLE(st, HOLE_OPERAND2, HK_ABS64, 8, NULL) != NULL);
    CHECK(CODE_HOLE(st, HOLE_TARGET, HK_ABS64, 0, NULL) != NULL);
    CHECK(st->tail_jump == (int32_t)st->code_size - 5);
    CHECK(st->nholes == 5);
}

static void test_abs32(void) {
    const Stencil *st = get("abs32");
    const Hole *a = CODE_HOLE(st, HOLE_OPARG, HK_ABS32, 0, NULL);
    const Hole *s = CODE_HOLE(st, HOLE_OPERAND, HK_ABS32S, 0, NULL);
    CHECK(a != NULL && s != NULL);
    if (a) CHECK((st->code[a->offset - 1] & 0xf8) == 0xb8); /* mov $imm32, %r32 */
    CHECK(st->tail_jump == (int32_t)st->code_size - 5);
}

static void test_rodata(void) {
    const Stencil *st = get("rodata");
    CHECK(st->data != NULL && st->data_size > 0 && st->data_align >= 8);
    CHECK(CODE_HOLE(st, HOLE_HELPER, HK_REL32, -4, "fixture_log") != NULL);
    /* the pointer tables: data holes to the strings and to the VM global */
    int zero = 0, one = 0, g0 = 0, g8 = 0;
    for (unsigned i = 0; i < st->ndata_holes; i++) {
        const Hole *h = &st->data_holes[i];
        CHECK(h->kind == HK_ABS64);
        if (h->value == HOLE_DATA) {
            const char *s = (const char *)st->data + h->addend;
            zero += strcmp(s, "fixture message zero") == 0;
            one += strcmp(s, "fixture message one") == 0;
        } else if (h->value == HOLE_HELPER && strcmp(helper_of(h), "fixture_global") == 0) {
            g0 += h->addend == 0;
            g8 += h->addend == 8;
        }
    }
    CHECK(zero == 1 && one == 1 && g0 == 1 && g8 == 1);
    CHECK(st->ndata_holes == 4);
    /* the code reaches both tables with movabs (HOLE_DATA + table offset):
     * each such hole's addend is the offset of a table's first entry */
    int tables = 0;
    for (unsigned i = 0; i < st->nholes; i++) {
        const Hole *h = &st->holes[i];
        if (h->value != HOLE_DATA || h->kind != HK_ABS64) continue;
        for (unsigned j = 0; j < st->ndata_holes; j++) tables += st->data_holes[j].offset == (uint32_t)h->addend;
    }
    CHECK(tables == 2);
    /* the double 2.5 from the constant pool, rip-relative: S = data + addend + 4 */
    const Hole *c = CODE_HOLE_ANY(st, HOLE_DATA, HK_REL32);
    CHECK(c != NULL);
    if (c) {
        double d;
        CHECK(c->addend + 4 + 8 <= (int64_t)st->data_size);
        memcpy(&d, st->data + c->addend + 4, sizeof d);
        CHECK(d == 2.5);
    }
}

static void test_tail(void) {
    const Stencil *st = get("tail");
    CHECK(st->tail_jump == (int32_t)st->code_size - 5);
    CHECK(st->code[st->tail_jump] == 0xe9);
    CHECK(st->holes[st->nholes - 1].value == HOLE_CONTINUE && st->holes[st->nholes - 1].offset == st->code_size - 4);
    CHECK(CODE_HOLE(st, HOLE_OPARG, HK_ABS64, 1000, NULL) != NULL); /* OPARG + 1000 folded into the addend */
}

static void test_exits(void) {
    const Stencil *st = get("exits");
    CHECK(count(st, HOLE_CONTINUE) >= 1);
    CHECK(count(st, HOLE_EXIT) >= 1);
    CHECK(count(st, HOLE_ERROR) >= 1);
    CHECK(count(st, HOLE_JUMP_TARGET) >= 1);
    for (unsigned i = 0; i < st->nholes; i++) CHECK(is_exit_value(st->holes[i].value));
    CHECK(st->tail_jump == -1); /* it ends with a jump elsewhere */
}

static void test_switches(void) {
    const Stencil *nojt = get("switch_nojt"), *jt = get("switch_jt");
    /* -fno-jump-tables: compares, no data at all */
    CHECK(nojt->data_size == 0 && nojt->ndata_holes == 0);
    CHECK(count(nojt, HOLE_DATA) == 0 && count(nojt, HOLE_CODE) == 0);
    CHECK(count(nojt, HOLE_CONTINUE) >= 2);
    CHECK(CODE_HOLE(nojt, HOLE_HELPER, HK_REL32, -4, "fixture_helper") != NULL);
    /* -fjump-tables: a table of code addresses in the data blob */
    CHECK(jt->ndata_holes >= 7);
    CHECK(jt->data_size >= 7 * 8);
    for (unsigned i = 0; i < jt->ndata_holes; i++) {
        const Hole *h = &jt->data_holes[i];
        CHECK(h->kind == HK_ABS64 && h->value == HOLE_CODE);
        CHECK(h->addend > 0 && h->addend < (int64_t)jt->code_size);
    }
    const Hole *ref = CODE_HOLE_ANY(jt, HOLE_DATA, HK_ABS32S); /* jmp *table(,%rax,8) */
    CHECK(ref != NULL);
    if (ref) CHECK(ref->offset >= 3 && jt->code[ref->offset - 3] == 0xff && jt->code[ref->offset - 2] == 0x24);
}

static void test_folded(void) {
    const Stencil *st = get("folded");
    /* the static function was folded in: its call is resolved (no hole) and
     * lands on a 16-byte boundary inside the code; its own helper calls are
     * holes of the stencil */
    CHECK(count(st, HOLE_CODE) == 0);
    unsigned helper_calls = 0;
    for (unsigned i = 0; i < st->nholes; i++) helper_calls += strcmp(helper_of(&st->holes[i]), "fixture_helper") == 0;
    CHECK(helper_calls == 2);
    int resolved = 0;
    for (uint32_t off = 0; off + 5 <= st->code_size && !resolved; off++) {
        if (st->code[off] != 0xe8) continue;
        int in_hole = 0;
        for (unsigned i = 0; i < st->nholes; i++) in_hole |= st->holes[i].offset == off + 1;
        if (in_hole) continue;
        int32_t disp = (int32_t)((uint32_t)st->code[off + 1] | (uint32_t)st->code[off + 2] << 8 |
                                 (uint32_t)st->code[off + 3] << 16 | (uint32_t)st->code[off + 4] << 24);
        int64_t target = (int64_t)off + 5 + disp;
        if (target > off && target < (int64_t)st->code_size && target % st->code_align == 0) resolved = 1;
    }
    CHECK(resolved);
    CHECK(st->tail_jump == -1); /* the folded function follows the jump */
}

static void test_frame(const CfaTable *t) {
    int64_t deepest = 0;
    for (int i = 0; i < t->nrows; i++)
        if (t->rows[i].st.cfa_off > deepest) deepest = t->rows[i].st.cfa_off;
    CHECK(deepest >= 200 + 8);
}

static void test_global(void) {
    const Stencil *st = get("global");
    CHECK(CODE_HOLE(st, HOLE_HELPER, HK_ABS64, 0, "fixture_counter") != NULL);
    CHECK(CODE_HOLE(st, HOLE_HELPER, HK_ABS64, 16, "fixture_global") != NULL);
}

static void test_helper_table(void) {
    CHECK(fixture_helper_count == STENCIL_HELPER_COUNT);
    CHECK(fixture_helper_count == 5);
    const struct {
        const char *name;
        void *addr;
    } want[] = {
        {"fixture_helper", (void *)fixture_helper}, {"fixture_log", (void *)fixture_log},
        {"fixture_fill", (void *)fixture_fill},     {"fixture_global", (void *)fixture_global},
        {"fixture_counter", (void *)&fixture_counter},
    };
    for (size_t w = 0; w < sizeof want / sizeof want[0]; w++) {
        int found = 0;
        for (int i = 0; i < fixture_helper_count; i++)
            if (strcmp(fixture_helper_names[i], want[w].name) == 0) {
                found++;
                CHECK(fixture_helper_addrs[i] == want[w].addr);
            }
        CHECKM(found == 1, "%s", want[w].name);
    }
    CHECK(strcmp(STENCIL_TARGET, "x86_64") == 0);
    CHECK(STENCIL_COUNT == (int)(sizeof stencil_table / sizeof stencil_table[0]));
    for (int i = 0; i < STENCIL_COUNT; i++) CHECK(strcmp(stencil_names[i], stencil_table[i].name) == 0);
    CHECK(STENCIL_ID_call_helper == 0);
}

/* ---- CFI against the disassembly ---------------------------------------------- */

typedef struct Insn {
    uint64_t addr; /* in the code blob */
    unsigned len;
    char mnem[24];
    char ops[128];
    int section_start;
} Insn;

#define MAX_INSNS 512

/* Disassemble the fixture object with llvm-objdump-19 and place its sections
 * as stencil_tool does (_JIT_ENTRY's first, then the others in order, each
 * aligned to code_align). Returns the number of instructions, -1 if the
 * disassembler is not available. */
static int disassemble(const char *name, const Stencil *st, Insn *out, uint64_t *layout_end) {
    if (!LLVM_OBJDUMP_PATH[0]) return -1;
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "'%s' -d '%s/%s.o'", LLVM_OBJDUMP_PATH, STENCIL_FIXTURE_OBJ_DIR, name);
    FILE *f = popen(cmd, "r");
    if (!f) return -1;
    /* sections: [start, end) of instructions in out[], section-relative */
    struct {
        int first, last;
        int entry;
        uint64_t size;
    } secs[8];
    int nsecs = 0, n = 0;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "Disassembly of section ", 23) == 0) {
            if (nsecs == 8) break;
            secs[nsecs].first = secs[nsecs].last = n;
            secs[nsecs].entry = strstr(line, "._JIT_ENTRY:") != NULL;
            secs[nsecs].size = 0;
            nsecs++;
            continue;
        }
        unsigned long addr;
        int pos = 0;
        if (nsecs == 0 || sscanf(line, " %lx:%n", &addr, &pos) != 1 || pos == 0 || line[pos] != ' ') continue;
        /* hex bytes until a tab */
        const char *p = line + pos;
        unsigned len = 0;
        while (*p == ' ') {
            unsigned byte;
            int k = 0;
            if (sscanf(p, " %2x%n", &byte, &k) != 1) break;
            len++;
            p += k;
        }
        while (*p == ' ') p++;
        if (*p != '\t' || len == 0 || n == MAX_INSNS) continue;
        p++;
        Insn *in = &out[n];
        memset(in, 0, sizeof *in);
        in->addr = addr;
        in->len = len;
        size_t m = strcspn(p, "\t\n");
        if (m >= sizeof in->mnem) m = sizeof in->mnem - 1;
        memcpy(in->mnem, p, m);
        p += m;
        if (*p == '\t') {
            p++;
            size_t o = strcspn(p, "\n#");
            if (o >= sizeof in->ops) o = sizeof in->ops - 1;
            memcpy(in->ops, p, o);
        }
        n++;
        secs[nsecs - 1].last = n;
        if (addr + len > secs[nsecs - 1].size) secs[nsecs - 1].size = addr + len;
    }
    pclose(f);
    /* place: the entry section at 0, then the others */
    uint64_t at = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int s = 0; s < nsecs; s++) {
            if (secs[s].entry != (pass == 0) || secs[s].first == secs[s].last) continue;
            uint64_t a = st->code_align ? st->code_align : 1;
            at = (at + a - 1) / a * a;
            for (int i = secs[s].first; i < secs[s].last; i++) {
                out[i].addr += at;
                out[i].section_start = i == secs[s].first;
            }
            at += secs[s].size;
        }
    *layout_end = at;
    return n;
}

static int64_t parse_imm(const char *ops) {
    /* "$0xc8, %rsp" or "$-0x80, %rsp" */
    const char *p = strchr(ops, '$');
    if (!p) return 0;
    return strtoll(p + 1, NULL, 0);
}

static const Hole *hole_at(const Stencil *st, uint32_t off) {
    for (unsigned i = 0; i < st->nholes; i++)
        if (st->holes[i].offset == off) return &st->holes[i];
    return NULL;
}

static void test_cfi_against_code(const Stencil *st, const CfaTable *t) {
    static Insn insns[MAX_INSNS];
    uint64_t end = 0;
    int n = disassemble(st->name, st, insns, &end);
    if (n < 0) {
        printf("note: %s: llvm-objdump-19 unavailable, instruction-level CFI checks skipped\n", st->name);
        return;
    }
    CHECKM(n > 0, "%s: no instructions", st->name);
    CHECKM(end == st->code_size, "%s: layout end 0x%llx vs code size 0x%x", st->name, (unsigned long long)end,
           st->code_size);
    int checked = 0;
    for (int i = 0; i < n; i++) {
        const Insn *in = &insns[i];
        const CfaState *before = cfa_at(t, in->addr);
        const char *m = in->mnem;
        CHECKM(before->cfa_reg == DWARF_X86_64_RSP && !before->cfa_expr, "%s+0x%llx: CFA not rsp-based", st->name,
               (unsigned long long)in->addr);
        if (in->section_start) {
            /* function entry: CFA = rsp+8, return address at CFA-8 */
            CHECKM(before->cfa_off == 8, "%s+0x%llx: entry CFA offset %lld", st->name, (unsigned long long)in->addr,
                   (long long)before->cfa_off);
            CHECK(before->regs[DWARF_X86_64_RIP].kind == RULE_OFFSET && before->regs[DWARF_X86_64_RIP].arg == -8);
        }
        if (strncmp(m, "call", 4) == 0)
            CHECKM(before->cfa_off % 16 == 0, "%s+0x%llx: call with misaligned stack (CFA offset %lld)", st->name,
                   (unsigned long long)in->addr, (long long)before->cfa_off);
        /* a jump out of the stencil (to another stencil or an exit) leaves
         * with the entry stack */
        const Hole *h = NULL;
        if (m[0] == 'j' && in->len >= 5) h = hole_at(st, (uint32_t)(in->addr + in->len - 4));
        if (h && is_exit_value(h->value))
            CHECKM(before->cfa_off == 8, "%s+0x%llx: %s to %s with CFA offset %lld", st->name,
                   (unsigned long long)in->addr, m, hole_value_name(h->value), (long long)before->cfa_off);
        int unconditional = strncmp(m, "jmp", 3) == 0 || strncmp(m, "ret", 3) == 0 || strcmp(m, "ud2") == 0;
        if (unconditional || in->addr + in->len >= st->cfi.code_range) continue;
        int64_t delta = 0;
        if (strncmp(m, "push", 4) == 0) delta = 8;
        else if (strncmp(m, "pop", 3) == 0) delta = -8;
        else if (strstr(in->ops, ", %rsp") && strncmp(m, "sub", 3) == 0) delta = parse_imm(in->ops);
        else if (strstr(in->ops, ", %rsp") && strncmp(m, "add", 3) == 0) delta = -parse_imm(in->ops);
        const CfaState *after = cfa_at(t, in->addr + in->len);
        CHECKM(after->cfa_off - before->cfa_off == delta, "%s+0x%llx %s %s: CFA offset %lld -> %lld, expected %+lld",
               st->name, (unsigned long long)in->addr, m, in->ops, (long long)before->cfa_off,
               (long long)after->cfa_off, (long long)delta);
        checked++;
    }
    CHECK(checked > 0);
}

static void test_cfi(const Stencil *st, CfaTable *t) {
    int rc = cfa_decode(t, st->cfi.cie_insns, st->cfi.cie_len, st->cfi.fde_insns, st->cfi.fde_len, st->cfi.code_align,
                        st->cfi.data_align);
    CHECKM(rc == 0, "%s: %s", st->name, t->error ? t->error : "?");
    if (rc != 0) return;
    /* CIE: CFA = rsp+8, rip at CFA-8 */
    CHECK(t->initial.cfa_reg == DWARF_X86_64_RSP && t->initial.cfa_off == 8);
    CHECK(t->initial.regs[DWARF_X86_64_RIP].kind == RULE_OFFSET && t->initial.regs[DWARF_X86_64_RIP].arg == -8);
    CHECK(cfa_at(t, 0)->cfa_off == 8);
    CHECKM(t->end <= st->cfi.code_range, "%s: rows past the covered range", st->name);
    test_cfi_against_code(st, t);
}

/* ---- rejection ---------------------------------------------------------------- */

static char tmpdir[256];
static char errtext[4096];

/* Run stencil_tool with `args`; returns its exit status, stderr in errtext. */
static int run_tool(const char *args) {
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "'%s' %s >'%s/out.txt' 2>'%s/err.txt'", STENCIL_TOOL_PATH, args, tmpdir, tmpdir);
    int st = system(cmd);
    char path[512];
    snprintf(path, sizeof path, "%s/err.txt", tmpdir);
    errtext[0] = '\0';
    FILE *f = fopen(path, "r");
    if (f) {
        size_t n = fread(errtext, 1, sizeof errtext - 1, f);
        errtext[n] = '\0';
        fclose(f);
    }
    return st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static int file_exists(const char *name) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    return access(path, F_OK) == 0;
}

static void remove_file(const char *name) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    unlink(path);
}

typedef struct MiniSpec {
    uint16_t machine;
    const char *entry_name; /* the function's name ("_JIT_ENTRY") */
    const char *sym;        /* the undefined symbol the relocation refers to */
    uint32_t rtype;
    uint64_t r_offset;
    int64_t shoff_bias; /* added to e_shoff (to break the file) */
} MiniSpec;

/* A minimal relocatable ELF64: .text (16 bytes, jmp rel32 + padding), one
 * relocation, a symbol table with the function and one undefined symbol. No
 * .eh_frame. */
static size_t build_elf(uint8_t *buf, size_t cap, const MiniSpec *m) {
    memset(buf, 0, cap);
    const char shstr[] = "\0.text\0.rela.text\0.symtab\0.strtab\0.shstrtab";
    char strtab[128];
    size_t entry_len = strlen(m->entry_name), sym_len = strlen(m->sym);
    strtab[0] = '\0';
    memcpy(strtab + 1, m->entry_name, entry_len + 1);
    memcpy(strtab + 2 + entry_len, m->sym, sym_len + 1);
    size_t strtab_size = 3 + entry_len + sym_len;

    size_t off_text = sizeof(Elf64_Ehdr), off_rela = off_text + 16, off_sym = off_rela + sizeof(Elf64_Rela);
    size_t off_str = off_sym + 3 * sizeof(Elf64_Sym), off_shstr = off_str + strtab_size;
    size_t off_sh = (off_shstr + sizeof shstr + 7) & ~(size_t)7;
    size_t total = off_sh + 6 * sizeof(Elf64_Shdr);
    if (total > cap) return 0;

    uint8_t text[16] = {0xe9, 0, 0, 0, 0, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc};
    memcpy(buf + off_text, text, 16);
    Elf64_Rela r = {m->r_offset, ELF64_R_INFO(2, m->rtype), -4};
    memcpy(buf + off_rela, &r, sizeof r);
    Elf64_Sym syms[3];
    memset(syms, 0, sizeof syms);
    syms[1].st_name = 1;
    syms[1].st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC);
    syms[1].st_shndx = 1;
    syms[1].st_size = 16;
    syms[2].st_name = (Elf64_Word)(2 + entry_len);
    syms[2].st_info = ELF64_ST_INFO(STB_GLOBAL, STT_NOTYPE);
    syms[2].st_shndx = SHN_UNDEF;
    memcpy(buf + off_sym, syms, sizeof syms);
    memcpy(buf + off_str, strtab, strtab_size);
    memcpy(buf + off_shstr, shstr, sizeof shstr);

    Elf64_Shdr sh[6];
    memset(sh, 0, sizeof sh);
    sh[1] = (Elf64_Shdr){1, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0, off_text, 16, 0, 0, 16, 0};
    sh[2] = (Elf64_Shdr){7, SHT_RELA, SHF_INFO_LINK, 0, off_rela, sizeof(Elf64_Rela), 3, 1, 8, sizeof(Elf64_Rela)};
    sh[3] = (Elf64_Shdr){18, SHT_SYMTAB, 0, 0, off_sym, 3 * sizeof(Elf64_Sym), 4, 1, 8, sizeof(Elf64_Sym)};
    sh[4] = (Elf64_Shdr){26, SHT_STRTAB, 0, 0, off_str, strtab_size, 0, 0, 1, 0};
    sh[5] = (Elf64_Shdr){34, SHT_STRTAB, 0, 0, off_shstr, sizeof shstr, 0, 0, 1, 0};
    memcpy(buf + off_sh, sh, sizeof sh);

    Elf64_Ehdr eh;
    memset(&eh, 0, sizeof eh);
    memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_type = ET_REL;
    eh.e_machine = m->machine;
    eh.e_version = EV_CURRENT;
    eh.e_shoff = (Elf64_Off)((int64_t)off_sh + m->shoff_bias);
    eh.e_ehsize = sizeof(Elf64_Ehdr);
    eh.e_shentsize = sizeof(Elf64_Shdr);
    eh.e_shnum = 6;
    eh.e_shstrndx = 5;
    memcpy(buf, &eh, sizeof eh);
    return total;
}

static void write_bytes(const char *name, const uint8_t *p, size_t n) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        exit(1);
    }
    fwrite(p, 1, n, f);
    fclose(f);
}

/* Build `spec` into mini.o, run the tool on it, expect failure with `msg`. */
static void expect_rejected(const MiniSpec *spec, const char *msg) {
    static uint8_t buf[2048];
    size_t n = build_elf(buf, sizeof buf, spec);
    CHECK(n > 0);
    write_bytes("mini.o", buf, n);
    char args[1024];
    snprintf(args, sizeof args, "--target x86_64 --out '%s' --no-objdump mini='%s/mini.o'", tmpdir, tmpdir);
    int rc = run_tool(args);
    CHECKM(rc == 1, "exit status %d for '%s'", rc, msg);
    CHECKM(strstr(errtext, msg) != NULL, "expected '%s' in: %s", msg, errtext);
    CHECK(!file_exists("stencils.h") && !file_exists("stencil_helpers.c"));
}

static void test_rejections(void) {
    char args[1024];
    /* the -fpic fixture: GOT-relative access to a global */
    snprintf(args, sizeof args, "--target x86_64 --out '%s' --no-objdump bad_got='%s/bad_got.o'", tmpdir,
             STENCIL_FIXTURE_OBJ_DIR);
    int rc = run_tool(args);
    CHECK(rc == 1);
    CHECKM(strstr(errtext, "stencil_tool: stencil 'bad_got': unsupported relocation R_X86_64_REX_GOTPCRELX at "
                           ".text._JIT_ENTRY+0x") != NULL,
           "got: %s", errtext);
    CHECK(!file_exists("stencils.h"));

    /* hand-made objects */
    MiniSpec ok = {EM_X86_64, "_JIT_ENTRY", "_JIT_CONTINUE", R_X86_64_PLT32, 1, 0};
    MiniSpec m = ok;
    m.rtype = R_X86_64_TPOFF32;
    m.sym = "tls_var";
    expect_rejected(&m, "stencil 'mini': unsupported relocation R_X86_64_TPOFF32 at .text+0x1 (against tls_var)");
    m = ok;
    m.rtype = R_X86_64_GOTPCRELX;
    expect_rejected(&m, "unsupported relocation R_X86_64_GOTPCRELX at .text+0x1");
    m = ok;
    m.rtype = 200;
    expect_rejected(&m, "unsupported relocation type 200");
    m = ok;
    m.r_offset = 14;
    expect_rejected(&m, "lies outside its section");
    m = ok;
    m.sym = "_JIT_BOGUS";
    expect_rejected(&m, "unknown JIT symbol _JIT_BOGUS");
    m = ok;
    m.entry_name = "not_the_entry";
    expect_rejected(&m, "does not define _JIT_ENTRY");
    m = ok;
    m.machine = EM_AARCH64;
    expect_rejected(&m, "does not match --target x86_64");
    m = ok;
    m.shoff_bias = 4096;
    expect_rejected(&m, "outside the file");
    expect_rejected(&ok, "no .eh_frame section"); /* well-formed, but no CFI */

    /* not ELF at all, and an empty file */
    write_bytes("mini.o", (const uint8_t *)"#!/bin/sh\necho hi\n", 18);
    snprintf(args, sizeof args, "--target x86_64 --out '%s' mini='%s/mini.o'", tmpdir, tmpdir);
    CHECK(run_tool(args) == 1 && strstr(errtext, "not an ELF file") != NULL);
    write_bytes("mini.o", (const uint8_t *)"", 0);
    CHECK(run_tool(args) == 1 && strstr(errtext, "not an ELF file") != NULL);
    snprintf(args, sizeof args, "--target x86_64 --out '%s' mini='%s/missing.o'", tmpdir, tmpdir);
    CHECK(run_tool(args) == 1 && strstr(errtext, "cannot open") != NULL);
    /* usage errors */
    CHECK(run_tool("--target x86_64") == 2);
    snprintf(args, sizeof args, "--target sparc --out '%s' a='%s/tail.o'", tmpdir, STENCIL_FIXTURE_OBJ_DIR);
    CHECK(run_tool(args) == 1 && strstr(errtext, "unknown target") != NULL);
    snprintf(args, sizeof args, "--target x86_64 --out '%s' a='%s/tail.o' a='%s/oparg.o'", tmpdir,
             STENCIL_FIXTURE_OBJ_DIR, STENCIL_FIXTURE_OBJ_DIR);
    CHECK(run_tool(args) == 1 && strstr(errtext, "two stencils named 'a'") != NULL);
    snprintf(args, sizeof args, "--target aarch64 --out '%s' a='%s/tail.o'", tmpdir, STENCIL_FIXTURE_OBJ_DIR);
    CHECK(run_tool(args) == 1 && strstr(errtext, "does not match --target aarch64") != NULL);

    /* and a good run, without a disassembler */
    snprintf(args, sizeof args, "--target x86_64 --out '%s' --objdump /nonexistent/objdump tail='%s/tail.o'", tmpdir,
             STENCIL_FIXTURE_OBJ_DIR);
    CHECK(run_tool(args) == 0);
    CHECK(file_exists("stencils.h") && file_exists("stencil_helpers.c"));
    char path[512], text[8192];
    snprintf(path, sizeof path, "%s/stencils.h", tmpdir);
    FILE *f = fopen(path, "r");
    size_t n = f ? fread(text, 1, sizeof text - 1, f) : 0;
    text[n] = '\0';
    if (f) fclose(f);
    CHECK(strstr(text, "disassembly omitted") != NULL);
    CHECK(strstr(text, "stencil_tail_code") != NULL);
    CHECK(strstr(text, "Disassembly of section") == NULL);
    remove_file("stencils.h");
    remove_file("stencil_helpers.c");
    remove_file("mini.o");
    remove_file("out.txt");
    remove_file("err.txt");
}

int main(void) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/stencil_tool_test_XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    CHECK(STENCIL_COUNT == 11);
    for (int i = 0; i < STENCIL_COUNT; i++) test_invariants(&stencil_table[i]);
    test_call_helper();
    test_oparg();
    test_abs32();
    test_rodata();
    test_tail();
    test_exits();
    test_switches();
    test_folded();
    test_global();
    test_helper_table();
    static CfaTable t;
    for (int i = 0; i < STENCIL_COUNT; i++) {
        test_cfi(&stencil_table[i], &t);
        if (strcmp(stencil_table[i].name, "frame") == 0) test_frame(&t);
        if (strcmp(stencil_table[i].name, "folded") == 0) CHECK(t.advances >= 2);
    }
    test_rejections();
    rmdir(tmpdir);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
