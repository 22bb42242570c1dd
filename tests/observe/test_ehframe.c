/* test_ehframe.c - decodes what ehframe.c builds: CIE sharing, FDE pc
 * ranges, pointer encodings, the sorted .eh_frame_hdr table and the CFA
 * rules the instructions produce at chosen addresses. */
#include "ehframe.h"
#include "observe_test.h"

/* x86-64 DWARF registers and the CFA opcodes the interpreter knows. */
enum { RSP = 7, RBP = 6, RBX = 3, RIP = 16 };

typedef struct rules {
    int cfa_reg;
    int64_t cfa_off;
    int64_t saved[17]; /* CFA-relative offset, 0: not saved */
} rules;

static void run_cfa(const uint8_t *p, size_t n, int64_t data_align, uint64_t loc, uint64_t pc_off,
                    rules *r, uint64_t *cur) {
    const uint8_t *end = p + n;
    while (p < end) {
        uint8_t op = *p++;
        if ((op & 0xc0) == 0x40) { /* advance_loc */
            *cur += op & 0x3f;
            if (*cur > pc_off)
                return;
        } else if ((op & 0xc0) == 0x80) { /* offset */
            r->saved[op & 0x3f] = (int64_t)rd_uleb(&p) * data_align;
        } else if (op == 0x0c) { /* def_cfa */
            r->cfa_reg = (int)rd_uleb(&p);
            r->cfa_off = (int64_t)rd_uleb(&p);
        } else if (op == 0x0d) {
            r->cfa_reg = (int)rd_uleb(&p);
        } else if (op == 0x0e) {
            r->cfa_off = (int64_t)rd_uleb(&p);
        } else if (op == 0x00) { /* nop */
        } else {
            fprintf(stderr, "unexpected CFA op %#x\n", op);
            test_failures++;
            return;
        }
    }
    (void)loc;
}

/* The rules at pc for a decoded FDE and its CIE. */
static rules rules_at(const dec_rec *cie, const dec_rec *fde, uint64_t pc) {
    rules r = {0};
    uint64_t cur = 0;
    run_cfa(cie->insns, cie->insns_len, cie->data_align, 0, UINT64_MAX, &r, &cur);
    cur = 0;
    run_cfa(fde->insns, fde->insns_len, cie->data_align, 0, pc - fde->pc, &r, &cur);
    return r;
}

static const uint8_t initial[] = {0x0c, RSP, 8, 0x80 | RIP, 1};
/* push rbp at 0 (1 byte), mov rbp,rsp at 1 (3 bytes), ret at 10 */
static const uint8_t framed[] = {0x41, 0x0e, 16, 0x80 | RBP, 2, 0x43, 0x0d, RBP, 0x46, 0x0c, RSP, 8};
static const uint8_t other_initial[] = {0x0c, RSP, 8, 0x80 | RIP, 1, 0x00, 0x00};

static const dec_rec *find_cie(const dec_rec *recs, int n, uint32_t off) {
    for (int i = 0; i < n; i++)
        if (recs[i].is_cie && recs[i].off == off)
            return &recs[i];
    return NULL;
}

static void test_build_and_decode(void) {
    gv_cfi a = {initial, sizeof initial, framed, sizeof framed, 1, -8, RIP};
    uint8_t initial_copy[sizeof initial];
    memcpy(initial_copy, initial, sizeof initial);
    gv_cfi a2 = {initial_copy, sizeof initial, NULL, 0, 1, -8, RIP}; /* same CIE bytes, other pointer */
    gv_cfi b = {other_initial, sizeof other_initial, NULL, 0, 1, -8, RIP}; /* a different CIE */
    const uint64_t code = 0x7f0000100000ull;
    /* deliberately not sorted by pc */
    gv_eh_fde fdes[] = {
        {code + 0x40, 0x20, &a},
        {code + 0x00, 0x10, NULL},
        {code + 0x10, 0x30, &a2},
        {code + 0x80, 0x08, &b},
    };
    const size_t n = 4;
    uint64_t eh_addr = code + 0x100;
    gv_eh_blob blob;
    CHECK_EQ(gv_eh_build(fdes, n, eh_addr, 4, &blob), 0);
    CHECK_EQ(blob.eh_size, gv_eh_frame_size(fdes, n, 4));
    CHECK_EQ(blob.hdr_size, gv_eh_hdr_size(n));

    dec_rec recs[16];
    int nrec = decode_eh_frame(blob.bytes, blob.eh_size, eh_addr, recs, 16);
    CHECK_EQ(nrec, 6); /* 2 CIEs (default == a == a2, b) + 4 FDEs */
    int ncie = 0, nfde = 0;
    for (int i = 0; i < nrec; i++) {
        if (recs[i].is_cie) {
            ncie++;
            CHECK_EQ(recs[i].enc, 0x1b); /* pcrel | sdata4 */
            CHECK_EQ(recs[i].code_align, 1);
            CHECK_EQ(recs[i].data_align, -8);
            CHECK_EQ(recs[i].ra, RIP);
            continue;
        }
        const gv_eh_fde *f = &fdes[nfde++]; /* FDEs keep input order */
        CHECK_EQ(recs[i].pc, f->pc);
        CHECK_EQ(recs[i].len, f->len);
    }
    CHECK_EQ(ncie, 2);
    CHECK_EQ(nfde, 4);
    /* FDEs 0-2 share the first CIE, FDE 3 uses the second */
    const dec_rec *fde = &recs[nrec - 4];
    CHECK_EQ(fde[0].cie_off, fde[1].cie_off);
    CHECK_EQ(fde[0].cie_off, fde[2].cie_off);
    CHECK(fde[3].cie_off != fde[0].cie_off);

    /* rules: the default FDE at any pc, the framed one before and after its
     * prologue and at its ret */
    const dec_rec *cie0 = find_cie(recs, nrec, fde[0].cie_off);
    CHECK(cie0 != NULL);
    if (cie0) {
        rules r = rules_at(cie0, &fde[1], code + 0x5);
        CHECK_EQ(r.cfa_reg, RSP);
        CHECK_EQ(r.cfa_off, 8);
        CHECK_EQ(r.saved[RIP], -8);
        r = rules_at(cie0, &fde[0], code + 0x40);
        CHECK_EQ(r.cfa_reg, RSP);
        CHECK_EQ(r.cfa_off, 8);
        r = rules_at(cie0, &fde[0], code + 0x41);
        CHECK_EQ(r.cfa_reg, RSP);
        CHECK_EQ(r.cfa_off, 16);
        CHECK_EQ(r.saved[RBP], -16);
        r = rules_at(cie0, &fde[0], code + 0x44);
        CHECK_EQ(r.cfa_reg, RBP);
        CHECK_EQ(r.cfa_off, 16);
        r = rules_at(cie0, &fde[0], code + 0x4a);
        CHECK_EQ(r.cfa_reg, RSP);
        CHECK_EQ(r.cfa_off, 8);
    }

    /* .eh_frame_hdr: right after the terminator, table sorted by pc */
    const uint8_t *h = blob.bytes + blob.eh_size;
    uint64_t hdr_addr = eh_addr + blob.eh_size;
    CHECK_EQ(h[0], 1);
    CHECK_EQ(h[1], 0x1b); /* eh_frame_ptr pcrel|sdata4 */
    CHECK_EQ(h[2], 0x03); /* fde_count udata4 */
    CHECK_EQ(h[3], 0x3b); /* table datarel|sdata4 */
    int32_t ptr;
    memcpy(&ptr, h + 4, 4);
    CHECK_EQ(hdr_addr + 4 + (uint64_t)(int64_t)ptr, eh_addr);
    CHECK_EQ(rd_u32(h + 8), n);
    int64_t prev = INT64_MIN;
    for (size_t i = 0; i < n; i++) {
        int32_t start, fde_rel;
        memcpy(&start, h + 12 + 8 * i, 4);
        memcpy(&fde_rel, h + 16 + 8 * i, 4);
        CHECK(start > prev);
        prev = start;
        uint64_t pc = hdr_addr + (uint64_t)(int64_t)start;
        uint64_t fde_addr = hdr_addr + (uint64_t)(int64_t)fde_rel;
        /* the row's FDE is the record for that pc */
        int found = 0;
        for (int k = 0; k < nrec; k++)
            if (!recs[k].is_cie && eh_addr + recs[k].off == fde_addr && recs[k].pc == pc)
                found = 1;
        CHECK(found);
    }
    gv_eh_blob_free(&blob);
}

static void test_far_addresses(void) {
    /* code more than 2 GiB away: sdata4 must refuse, sdata8 must work */
    gv_eh_fde f = {0x7f0000000000ull, 0x40, NULL};
    uint64_t eh_addr = 0x560000000000ull;
    uint8_t buf[256];
    CHECK(gv_eh_frame_size(&f, 1, 4) <= sizeof buf);
    CHECK_EQ(gv_eh_frame_write(buf, &f, 1, 4, eh_addr, NULL), -1);
    size_t size = gv_eh_frame_size(&f, 1, 8);
    CHECK(size <= sizeof buf);
    uint32_t off;
    CHECK_EQ(gv_eh_frame_write(buf, &f, 1, 8, eh_addr, &off), 0);
    dec_rec recs[4];
    CHECK_EQ(decode_eh_frame(buf, size, eh_addr, recs, 4), 2);
    CHECK_EQ(recs[1].pc, f.pc);
    CHECK_EQ(recs[1].len, f.len);
    CHECK_EQ(recs[1].off, off);
    CHECK_EQ(recs[0].enc, 0x1c);

    /* libunwind's IP_OFFSET table: starts relative to the code, FDEs to the buffer */
    gv_eh_table_entry row;
    CHECK_EQ(gv_eh_table_write(&row, &f, &off, 1, f.pc, eh_addr, eh_addr), 0);
    CHECK_EQ(row.start, 0);
    CHECK_EQ(row.fde, off);
    CHECK_EQ(gv_eh_table_write(&row, &f, &off, 1, eh_addr, eh_addr, eh_addr), -1);
}

int main(void) {
    test_build_and_decode();
    test_far_addresses();
    if (test_failures) {
        fprintf(stderr, "test_ehframe: %d failure(s)\n", test_failures);
        return 1;
    }
    printf("test_ehframe: ok\n");
    return 0;
}
