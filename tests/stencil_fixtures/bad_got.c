/* Compiled with -fpic: the global is reached through the GOT
 * (R_X86_64_REX_GOTPCRELX), which stencil_tool must reject. */
#include "fixture.h"

STENCIL {
    sp[0] = (Value)fixture_counter;
    sp++;
    CONTINUE();
}
