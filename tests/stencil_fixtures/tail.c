/* The code ends with jmp _JIT_CONTINUE: tail_jump = code_size - 5. */
#include "fixture.h"

STENCIL {
    sp[0] = OPARG + 1000;
    sp++;
    CONTINUE();
}
