/* Operand holes under -mcmodel=medium: movabs with R_X86_64_64 -> HK_ABS64. */
#include "fixture.h"

STENCIL {
    sp[0] = OPARG;
    sp[1] = OPERAND;
    sp[2] = OPERAND2 + 8; /* the +8 lands in the addend */
    sp[3] = TARGET;
    sp += 4;
    CONTINUE();
}
