/* compile.h - syntax tree to code objects. */
#ifndef GJ_COMPILE_H
#define GJ_COMPILE_H

#include "../front/ast.h"
#include "../vm.h"

/* Compiles a parsed module.  On error returns NULL and writes a ready-to-print
 * "FILE:LINE:COL: SyntaxError: ..." message into err. */
Code *compile_module(VM *vm, const ParseResult *pr, const char *filename, char *err, size_t errsize);

#endif
