/* Extern VM globals: movabs $sym(+addend) -> HK_ABS64 HOLE_HELPER. */
#include "fixture.h"

STENCIL {
    fixture_counter++;
    sp[0] = (Value)(uintptr_t)(fixture_global + 16);
    sp++;
    CONTINUE();
}
