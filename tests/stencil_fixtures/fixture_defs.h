/* fixture_defs.h - the helpers and globals the stencil fixtures reference
 * (declared in fixture.h for clang-19), defined for one test executable.
 * Include from exactly one translation unit. The generated
 * fixture_helpers.c takes their addresses. */
#ifndef GLASSJIT_FIXTURE_DEFS_H
#define GLASSJIT_FIXTURE_DEFS_H

#include <stdint.h>
#include <string.h>

struct VM;

/* set by the helpers so the tests can see the stencils called them */
int fixture_helper_calls, fixture_log_calls;
struct VM *fixture_last_vm;
char fixture_last_msg[64];
double fixture_last_d;

uint64_t fixture_helper(struct VM *vm, uint64_t a, uint64_t b);
void fixture_log(const char *msg, double d);
void fixture_fill(char *buf, unsigned n);
extern char fixture_global[64];
extern int fixture_counter;

uint64_t fixture_helper(struct VM *vm, uint64_t a, uint64_t b) {
    fixture_helper_calls++;
    fixture_last_vm = vm;
    return a * 10 + b;
}

void fixture_log(const char *msg, double d) {
    fixture_log_calls++;
    strncpy(fixture_last_msg, msg, sizeof fixture_last_msg - 1);
    fixture_last_msg[sizeof fixture_last_msg - 1] = '\0';
    fixture_last_d = d;
}

void fixture_fill(char *buf, unsigned n) {
    for (unsigned i = 0; i < n; i++) buf[i] = (char)(i * 3);
}

char fixture_global[64];
int fixture_counter;

#endif
