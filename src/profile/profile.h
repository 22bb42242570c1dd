/* profile.h - `glassjit profile`: a flame graph of a guest program down to
 * the uop, from one command (docs/profiling.md). */
#ifndef GJ_PROFILE_H
#define GJ_PROFILE_H

#include "../vm.h"

/* `glassjit profile [--out DIR] [--call-graph fp|dwarf] [--freq HZ] script.py
 * [args]`: argv[0] is "profile".  Returns the process exit status. */
int profile_main(int argc, char **argv);

/* The built-in sampler (sampler.c), the fallback when perf cannot record:
 * `glassjit --sample=FILE [--sample-hz=N] script.py` samples the process
 * with a SIGPROF timer, unwinds each sample with libunwind through the
 * registered JIT frames, and writes folded stacks to FILE at exit. */
int sampler_start(VM *vm, const char *out_path, int hz);
void sampler_stop(VM *vm);

#endif
