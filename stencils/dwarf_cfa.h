/* dwarf_cfa.h - DWARF call-frame constants (DWARF 5 section 6.4.2 and the
 * LSB .eh_frame pointer encodings), for stencil_tool, its tests and the
 * runtime code that synthesizes FDEs for emitted stencils. <elf.h> has none
 * of these. */
#ifndef GLASSJIT_DWARF_CFA_H
#define GLASSJIT_DWARF_CFA_H

/* DW_CFA_advance_loc, _offset and _restore keep their operand in the low 6
 * bits of the opcode byte (high 2 bits = 1, 2, 3). */
enum {
    DW_CFA_advance_loc = 0x40,
    DW_CFA_offset = 0x80,
    DW_CFA_restore = 0xc0,
    DW_CFA_nop = 0x00,
    DW_CFA_set_loc = 0x01,
    DW_CFA_advance_loc1 = 0x02,
    DW_CFA_advance_loc2 = 0x03,
    DW_CFA_advance_loc4 = 0x04,
    DW_CFA_offset_extended = 0x05,
    DW_CFA_restore_extended = 0x06,
    DW_CFA_undefined = 0x07,
    DW_CFA_same_value = 0x08,
    DW_CFA_register = 0x09,
    DW_CFA_remember_state = 0x0a,
    DW_CFA_restore_state = 0x0b,
    DW_CFA_def_cfa = 0x0c,
    DW_CFA_def_cfa_register = 0x0d,
    DW_CFA_def_cfa_offset = 0x0e,
    DW_CFA_def_cfa_expression = 0x0f,
    DW_CFA_expression = 0x10,
    DW_CFA_offset_extended_sf = 0x11,
    DW_CFA_def_cfa_sf = 0x12,
    DW_CFA_def_cfa_offset_sf = 0x13,
    DW_CFA_val_offset = 0x14,
    DW_CFA_val_offset_sf = 0x15,
    DW_CFA_val_expression = 0x16,
    DW_CFA_GNU_window_save = 0x2d, /* AArch64: DW_CFA_AARCH64_negate_ra_state */
    DW_CFA_GNU_args_size = 0x2e,
    DW_CFA_GNU_negative_offset_extended = 0x2f,
};

/* .eh_frame pointer encodings (DW_EH_PE_*): low nibble = format, high = how. */
enum {
    DW_EH_PE_absptr = 0x00,
    DW_EH_PE_uleb128 = 0x01,
    DW_EH_PE_udata2 = 0x02,
    DW_EH_PE_udata4 = 0x03,
    DW_EH_PE_udata8 = 0x04,
    DW_EH_PE_sleb128 = 0x09,
    DW_EH_PE_sdata2 = 0x0a,
    DW_EH_PE_sdata4 = 0x0b,
    DW_EH_PE_sdata8 = 0x0c,
    DW_EH_PE_pcrel = 0x10,
    DW_EH_PE_datarel = 0x30,
    DW_EH_PE_omit = 0xff,
};

/* DWARF register numbers used by the tests and the unwinder glue. */
enum {
    DWARF_X86_64_RBP = 6,
    DWARF_X86_64_RSP = 7,
    DWARF_X86_64_RIP = 16, /* return-address column */
    DWARF_AARCH64_X29 = 29,
    DWARF_AARCH64_X30 = 30, /* return-address column */
    DWARF_AARCH64_SP = 31,
};

#endif /* GLASSJIT_DWARF_CFA_H */
