/* jitiface.h - the one GDB JIT interface of the process (jitiface.c), shared
 * by the two sinks that talk to gdb through it: gdbjit.c (in-memory ELF
 * objects) and gdbreader.c (compact descriptions for glassjit's jit-reader
 * plugin).  gdb finds __jit_debug_descriptor and __jit_debug_register_code by
 * name, so there must be exactly one of each: both sinks link their entries
 * into the same list, and gdb (or, with the plugin loaded, the plugin first)
 * tells the two kinds of entry apart by their bytes.
 */
#ifndef GV_JITIFACE_H
#define GV_JITIFACE_H

#include <stddef.h>

#include "gdbjit.h"

/* Links e (symfile_addr/symfile_size set, the bytes in place) at the head of
 * the list and notifies gdb: one stop in gdb when a debugger is attached. */
void gv_jit_register(struct jit_code_entry *e);

/* Unlinks e and notifies gdb, which drops what it made of e.  The bytes may
 * be freed once this returns. */
void gv_jit_unregister(struct jit_code_entry *e);

/* A number no other registration of this process has had (nor, with
 * overwhelming probability, any other process gdb saw at the same
 * addresses): the jit-reader entries carry one so that the plugin can tell a
 * live entry from freed or reused bytes. */
unsigned long long gv_jit_serial(void);

#endif /* GV_JITIFACE_H */
