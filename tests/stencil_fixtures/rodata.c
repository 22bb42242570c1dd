/* Read-only data: string literals, a double constant and tables of pointers
 * (relocations inside the data blob). With -mlarge-data-threshold=0 the code
 * reaches the tables through movabs (HK_ABS64 HOLE_DATA) and the constant
 * pool rip-relatively (HK_REL32 HOLE_DATA); the tables' entries are data
 * holes: HOLE_DATA for the strings, HOLE_HELPER for the VM global. */
#include "fixture.h"

static const char *const messages[] = {"fixture message zero", "fixture message one"};
static char *const globals[] = {fixture_global, fixture_global + 8};

STENCIL {
    fixture_log(messages[OPARG & 1], (double)(int64_t)sp[-1] * 2.5);
    sp[-1] = (Value)(uintptr_t)globals[OPARG & 1];
    CONTINUE();
}
