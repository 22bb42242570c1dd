/* dis.h - bytecode listing. */
#ifndef GJ_DIS_H
#define GJ_DIS_H

#include <stdio.h>

#include "../object.h"

/* Lists co and every code object among its constants. */
void dis_code(const Code *co, FILE *out);

#endif
