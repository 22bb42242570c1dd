/* A static function that is not inlined lives in its own .text.* section:
 * the tool folds it into the code blob, resolves the call at build time and
 * appends its FDE to the stencil's CFI. */
#include "fixture.h"

__attribute__((noinline)) static Value slow_path(VM *vm, Value a, Value b) {
    return fixture_helper(vm, a, b) * 3 + fixture_helper(vm, b, a);
}

STENCIL {
    if (sp[-1] > 100) sp[-1] = slow_path(vm, sp[-1], OPARG);
    CONTINUE();
}
