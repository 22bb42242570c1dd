/* Compiled with -mcmodel=small: 32-bit absolute holes.
 * mov $sym, %r32 -> R_X86_64_32 (HK_ABS32); sym(%reg) -> R_X86_64_32S (HK_ABS32S). */
#include "fixture.h"

STENCIL {
    sp[0] = (uint32_t)OPARG;
    sp[1] = *(const Value *)((const char *)sp + (intptr_t)OPERAND);
    sp += 2;
    CONTINUE();
}
