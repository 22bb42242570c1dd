/* A call to an extern C helper: R_X86_64_PLT32 -> HK_REL32 HOLE_HELPER, -4. */
#include "fixture.h"

STENCIL {
    Value r = fixture_helper(vm, sp[-2], sp[-1]);
    sp[-2] = r;
    sp--;
    CONTINUE();
}
