/* gdb_autoload.c - tells gdb to load gdb/glassjit-gdb.py with the binary.
 *
 * gdb reads the .debug_gdb_scripts section of every objfile it loads: each
 * entry is a kind byte (1 = SECTION_SCRIPT_ID_PYTHON_FILE) followed by a
 * NUL-terminated file name.  An absolute name is opened as is; a relative
 * one is searched for in gdb's `auto-load scripts-directory`.  Either way gdb
 * loads it only from its `auto-load safe-path` (see gdb/README.md: one line,
 * `add-auto-load-safe-path DIR`, in ~/.gdbinit or as `gdb -iex ...`).
 *
 * The build passes GLASSJIT_GDB_SCRIPT, the absolute path of the script in
 * the source tree, and links this file into the glassjit executable itself
 * (an object of a static library that no one references would be dropped).
 * Without GLASSJIT_GDB_SCRIPT the file emits nothing, so gdb never warns
 * about a missing script.
 *
 * The section is not allocated: it costs nothing at run time, and
 * `strip --strip-debug` removes it.
 */
#ifdef GLASSJIT_GDB_SCRIPT
__asm__(".pushsection \".debug_gdb_scripts\", \"MS\", @progbits, 1\n"
        ".byte 1\n" /* SECTION_SCRIPT_ID_PYTHON_FILE */
        ".asciz \"" GLASSJIT_GDB_SCRIPT "\"\n"
        ".popsection\n");
#endif

/* ISO C wants a translation unit to declare something. */
typedef int glassjit_gdb_autoload_unused;
