/* main.c - the glassjit command line: `glassjit [options] script.py [args...]`. */
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jit/tier2.h"
#include "vm.h"

#ifndef GLASSJIT_VERSION
#define GLASSJIT_VERSION "0.1.0"
#endif

static const char usage_text[] =
    "usage: glassjit [options] script.py [args...]\n"
    "       glassjit [options] -c CODE [args...]\n"
    "\n"
    "Runs a program written in glassjit's subset of Python 3 (see docs/language.md).\n"
    "\n"
    "options:\n"
    "  -c CODE       run CODE as the main module (sys.argv[0] is '-c')\n"
    "  --stats       print interpreter and tier-2 statistics to stderr at exit\n"
    "  --jit=MODE    off: tier-1 interpreter only; uops: trace hot loops and run the\n"
    "                traces in the uop interpreter; on (default): trace hot loops and\n"
    "                compile the traces to machine code (copy-and-patch)\n"
    "  --jit-memory=SIZE  cap on JIT code memory (e.g. 64M, 1G; default 1G); when it is\n"
    "                used up glassjit stops compiling and keeps interpreting\n"
    "  --dis         list the script's bytecode instead of running it\n"
    "  -h, --help    show this help and exit\n"
    "  -V, --version print the version and exit\n"
    "\n"
    "environment:\n"
    "  GLASSJIT_JIT=MODE            same as --jit=MODE (the flag wins)\n"
    "  GLASSJIT_JIT_THRESHOLD=N     loop iterations before a loop is traced (default 16)\n"
    "  GLASSJIT_SEAL_DELAY=N        entries of new, unsealed traces that tier 1 runs instead\n"
    "                               before all new code is sealed at once (default 1024;\n"
    "                               0 seals each trace as soon as it first runs)\n"
    "  GLASSJIT_DUMP_TRACES=DIR     write each trace's uops (trace-N.txt) and, with the\n"
    "                               JIT on, its machine code (trace-N.bin) into DIR\n";

static void print_stats(VM *vm) {
    fprintf(stderr, "glassjit stats:\n  gc collections:       %llu\n  heap bytes:           %zu\n",
            (unsigned long long)vm->gc_collections, vm->heap_bytes);
    tier2_print_stats(vm, stderr);
}

static int parse_jit_mode(const char *s, int *mode) {
    if (!strcmp(s, "off")) *mode = JIT_OFF;
    else if (!strcmp(s, "uops")) *mode = JIT_UOPS;
    else if (!strcmp(s, "on")) *mode = JIT_ON;
    else return -1;
    return 0;
}

int main(int argc, char **argv) {
    const char *code = NULL, *script = NULL;
    int stats = 0, i = 1, jit_mode = JIT_ON;
    size_t jit_memory = 0;
    int dis = 0;
    const char *env_jit = getenv("GLASSJIT_JIT");
    if (env_jit && *env_jit && parse_jit_mode(env_jit, &jit_mode) < 0) {
        fprintf(stderr, "glassjit: GLASSJIT_JIT must be off, uops or on, not '%s'\n", env_jit);
        return 2;
    }
    long threshold = 16;
    const char *env_thr = getenv("GLASSJIT_JIT_THRESHOLD");
    if (env_thr && *env_thr) {
        char *end;
        threshold = strtol(env_thr, &end, 10);
        if (*end || threshold < 1 || threshold > 1000000) {
            fprintf(stderr, "glassjit: GLASSJIT_JIT_THRESHOLD must be a number from 1 to 1000000\n");
            return 2;
        }
    }
    long seal_delay = JIT_SEAL_DELAY;
    const char *env_delay = getenv("GLASSJIT_SEAL_DELAY");
    if (env_delay && *env_delay) {
        char *end;
        seal_delay = strtol(env_delay, &end, 10);
        if (*end || seal_delay < 0 || seal_delay > 100000000) {
            fprintf(stderr, "glassjit: GLASSJIT_SEAL_DELAY must be a number from 0 to 100000000\n");
            return 2;
        }
    }
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-c")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "glassjit: option -c requires an argument\n%s", usage_text);
                return 2;
            }
            code = argv[++i];
            i++;
            break;
        } else if (!strcmp(a, "--stats")) {
            stats = 1;
        } else if (!strcmp(a, "--dis")) {
            dis = 1;
        } else if (!strncmp(a, "--jit-memory=", 13)) {
            char *end;
            unsigned long long v = strtoull(a + 13, &end, 10);
            unsigned long long mult = 1;
            if (*end == 'K' || *end == 'k') mult = 1ull << 10, end++;
            else if (*end == 'M' || *end == 'm') mult = 1ull << 20, end++;
            else if (*end == 'G' || *end == 'g') mult = 1ull << 30, end++;
            if (*end || end == a + 13 || v == 0) {
                fprintf(stderr, "glassjit: --jit-memory needs a size like 4096, 512K, 64M or 1G\n");
                return 2;
            }
            jit_memory = (size_t)(v * mult);
        } else if (!strncmp(a, "--jit=", 6)) {
            if (parse_jit_mode(a + 6, &jit_mode) < 0) {
                fprintf(stderr, "glassjit: --jit must be off, uops or on, not '%s'\n", a + 6);
                return 2;
            }
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage_text, stdout);
            return 0;
        } else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
            printf("glassjit %s (Python 3.11 subset)\n", GLASSJIT_VERSION);
            return 0;
        } else if (!strcmp(a, "--")) {
            i++;
            break;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "glassjit: unknown option %s\n%s", a, usage_text);
            return 2;
        } else {
            break;
        }
    }
    char *src = NULL;
    size_t len = 0;
    char *dir_copy = NULL;
    const char *filename;
    if (code) {
        src = strdup(code);
        len = strlen(src);
        filename = "<string>";
        /* sys.argv = ['-c', args...] */
        argv[i - 1] = "-c";
        argv += i - 1;
        argc -= i - 1;
    } else {
        if (i >= argc) {
            fputs(usage_text, stderr);
            return 2;
        }
        script = argv[i];
        src = read_file(script, &len);
        if (!src) {
            char *abs = realpath(script, NULL);
            fprintf(stderr, "glassjit: can't open file '%s': [Errno 2] No such file or directory\n",
                    abs ? abs : script);
            free(abs);
            return 2;
        }
        filename = script;
        argv += i;
        argc -= i;
        dir_copy = strdup(script);
    }
    VM *vm = vm_new();
    vm->opt_dis = dis;
    vm->jit->mode = jit_mode;
    vm->jit->threshold = (uint32_t)threshold;
    vm->jit->mem_cap = jit_memory;
    vm->jit->seal_delay = (uint32_t)seal_delay;
    const char *dump = getenv("GLASSJIT_DUMP_TRACES");
    if (dump && *dump) vm->jit->dump_dir = dump;
    vm->argc = argc;
    vm->argv = argv;
    vm->script_dir = dir_copy ? dirname(dir_copy) : ".";
    mod_sys_init(vm); /* sys.argv reflects the script's arguments */
    int status = vm_run_main(vm, filename, src, len);
    if (stats) print_stats(vm);
    free(src);
    vm_free(vm);
    free(dir_copy);
    fflush(stdout);
    return status;
}
