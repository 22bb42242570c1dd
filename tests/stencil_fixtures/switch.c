/* A dense switch. Compiled twice: with -fno-jump-tables (compare chain, no
 * data) and with -fjump-tables (a jump table in .rodata: data holes pointing
 * at the code, HOLE_CODE, and a HK_ABS32S reference from the code to it). */
#include "fixture.h"

STENCIL {
    Value r;
    switch (sp[-1]) {
    case 0: r = 100; break;
    case 1: r = 211; break;
    case 2: r = 322; break;
    case 3: r = fixture_helper(vm, 3, 4); break;
    case 4: r = 544; break;
    case 5: r = 655; break;
    case 6: r = 766; break;
    default: r = 9; break;
    }
    sp[-1] = r;
    CONTINUE();
}
