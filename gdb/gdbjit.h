/* gdbjit.h - gdb's JIT compilation interface (GDB manual, "JIT Compilation
 * Interface"): its types; jitiface.c holds the one descriptor and hook of
 * the process, used by gdbjit.c (ELF objects) and gdbreader.c (jit-reader).
 *
 * gdb puts a breakpoint in __jit_debug_register_code; each time it is called
 * gdb reads __jit_debug_descriptor, and for JIT_REGISTER_FN loads the ELF
 * object the relevant entry points to (reading it from the inferior's memory,
 * possibly lazily, so the bytes must stay put while registered), for
 * JIT_UNREGISTER_FN drops the objfile made from that entry.  When gdb
 * attaches to a running process it walks the whole list from first_entry.
 * The names and layouts are fixed by gdb: do not change them.
 */
#ifndef GV_GDBJIT_H
#define GV_GDBJIT_H

#include <stdint.h>

typedef enum { JIT_NOACTION = 0, JIT_REGISTER_FN, JIT_UNREGISTER_FN } jit_actions_t;

struct jit_code_entry {
    struct jit_code_entry *next_entry;
    struct jit_code_entry *prev_entry;
    const char *symfile_addr;
    uint64_t symfile_size;
};

struct jit_descriptor {
    uint32_t version; /* 1 */
    uint32_t action_flag; /* a jit_actions_t */
    struct jit_code_entry *relevant_entry;
    struct jit_code_entry *first_entry;
};

extern struct jit_descriptor __jit_debug_descriptor;
void __jit_debug_register_code(void);

#endif /* GV_GDBJIT_H */
