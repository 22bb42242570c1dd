/* sampler.c - the built-in SIGPROF sampler (placeholder until it lands). */
#include <stdio.h>

#include "profile.h"

int sampler_start(VM *vm, const char *out_path, int hz) {
    (void)vm, (void)out_path, (void)hz;
    fprintf(stderr, "glassjit: --sample: not available in this build\n");
    return -1;
}

void sampler_stop(VM *vm) { (void)vm; }
