/* jitdump_format.h - the record layout of perf's jitdump files (tools/perf/
 * Documentation/jitdump-specification.txt), shared by the jitdump sink and
 * the tests that parse its output.  All fields in host byte order. */
#ifndef GLASSVIEW_JITDUMP_FORMAT_H
#define GLASSVIEW_JITDUMP_FORMAT_H

#include <stdint.h>

#define GV_JITDUMP_MAGIC 0x4A695444u /* "JiTD" */
#define GV_JITDUMP_VERSION 1u

enum {
    GV_JIT_CODE_LOAD = 0,
    GV_JIT_CODE_MOVE = 1,
    GV_JIT_CODE_DEBUG_INFO = 2,
    GV_JIT_CODE_CLOSE = 3,
    GV_JIT_CODE_UNWINDING_INFO = 4,
};

typedef struct gv_jd_header {
    uint32_t magic;
    uint32_t version;
    uint32_t total_size; /* of this header */
    uint32_t elf_mach;   /* EM_X86_64 */
    uint32_t pad1;
    uint32_t pid;
    uint64_t timestamp;  /* CLOCK_MONOTONIC, ns */
    uint64_t flags;
} gv_jd_header;

typedef struct gv_jd_prefix {
    uint32_t id;
    uint32_t total_size; /* of the whole record */
    uint64_t timestamp;
} gv_jd_prefix;

/* followed by the NUL-terminated name and code_size code bytes: perf finds
 * the code at record end - code_size, so this record is never padded */
typedef struct gv_jd_code_load {
    gv_jd_prefix p;
    uint32_t pid;
    uint32_t tid;
    uint64_t vma;
    uint64_t code_addr;
    uint64_t code_size;
    uint64_t code_index;
} gv_jd_code_load;

/* followed by nr_entry entries: uint64_t addr (absolute), uint32_t line,
 * uint32_t discrim, NUL-terminated file name; applies to the next load */
typedef struct gv_jd_debug_info {
    gv_jd_prefix p;
    uint64_t code_addr;
    uint64_t nr_entry;
} gv_jd_debug_info;

/* followed by .eh_frame then .eh_frame_hdr (unwinding_size bytes in all, the
 * header being the last eh_frame_hdr_size of them) and padding; perf places
 * them at code_addr + ALIGN_8(code_size) of the next load */
typedef struct gv_jd_unwinding_info {
    gv_jd_prefix p;
    uint64_t unwinding_size;
    uint64_t eh_frame_hdr_size;
    uint64_t mapped_size;
} gv_jd_unwinding_info;

#endif /* GLASSVIEW_JITDUMP_FORMAT_H */
