/* Every exit hole; the code ends with a jump that is not to _JIT_CONTINUE. */
#include "fixture.h"

STENCIL {
    Value v = sp[-1];
    if (v == 1) GOTO(_JIT_JUMP_TARGET);
    if (v == 2) GOTO(_JIT_ERROR);
    if (v == 3) CONTINUE();
    GOTO(_JIT_EXIT);
}
