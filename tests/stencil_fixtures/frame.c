/* A stack frame (sub $N, %rsp) for the CFI checks. */
#include "fixture.h"

STENCIL {
    char buf[200];
    fixture_fill(buf, sizeof buf);
    sp[0] = (unsigned char)buf[OPARG % sizeof buf] + (unsigned char)buf[199];
    sp++;
    CONTINUE();
}
