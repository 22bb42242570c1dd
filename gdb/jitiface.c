/* jitiface.c - __jit_debug_descriptor and __jit_debug_register_code, once
 * per process (jitiface.h). */
#include "jitiface.h"

#include <pthread.h>
#include <time.h>
#include <unistd.h>

/* The only global mutable state of the GDB sinks, and it has to be: gdb finds
 * the descriptor and the hook by these exact symbol names, one per process.
 * The mutex serializes contexts used from different threads, since they
 * share the one list. */
struct jit_descriptor __jit_debug_descriptor __attribute__((used)) = {1, JIT_NOACTION, NULL, NULL};
static pthread_mutex_t jit_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long long serial_next;

/* gdb breaks here.  It must exist as a real call: never inlined, never
 * analysed away as a no-op (noipa / optnone), kept by the linker (used), and
 * the asm tells the compiler the descriptor's stores must be done first. */
#if defined(__clang__)
__attribute__((noinline, used, optnone))
#else
__attribute__((noinline, noipa, used))
#endif
void __jit_debug_register_code(void) {
    __asm__ volatile("" ::: "memory");
}

static void jit_notify(struct jit_code_entry *e, jit_actions_t action) {
    __jit_debug_descriptor.relevant_entry = e;
    __jit_debug_descriptor.action_flag = action;
    __jit_debug_register_code();
    __jit_debug_descriptor.action_flag = JIT_NOACTION;
}

/* Newest first, as gdb's own examples do: nothing depends on the order. */
void gv_jit_register(struct jit_code_entry *e) {
    pthread_mutex_lock(&jit_lock);
    e->prev_entry = NULL;
    e->next_entry = __jit_debug_descriptor.first_entry;
    if (e->next_entry)
        e->next_entry->prev_entry = e;
    __jit_debug_descriptor.first_entry = e;
    jit_notify(e, JIT_REGISTER_FN);
    pthread_mutex_unlock(&jit_lock);
}

void gv_jit_unregister(struct jit_code_entry *e) {
    pthread_mutex_lock(&jit_lock);
    if (e->prev_entry)
        e->prev_entry->next_entry = e->next_entry;
    else
        __jit_debug_descriptor.first_entry = e->next_entry;
    if (e->next_entry)
        e->next_entry->prev_entry = e->prev_entry;
    jit_notify(e, JIT_UNREGISTER_FN);
    e->next_entry = e->prev_entry = NULL;
    pthread_mutex_unlock(&jit_lock);
}

/* Starts from the pid and the clock rather than 1: gdb keeps a loaded plugin
 * across runs, and without ASLR a rerun puts the same entries at the same
 * addresses. Never 0 (the plugin's "freed" mark). */
unsigned long long gv_jit_serial(void) {
    pthread_mutex_lock(&jit_lock);
    if (serial_next == 0) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        serial_next = ((unsigned long long)getpid() << 40) ^ ((unsigned long long)ts.tv_sec << 20) ^
                      (unsigned long long)ts.tv_nsec;
        serial_next |= 1;
    }
    unsigned long long s = serial_next++;
    if (serial_next == 0)
        serial_next = 1;
    pthread_mutex_unlock(&jit_lock);
    return s;
}
