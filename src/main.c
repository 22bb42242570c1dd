/* main.c - the glassjit command line: `glassjit [options] script.py [args...]`. */
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jit/observe.h"
#include "profile/profile.h"
#include "glassview.h"
#include "jit/tier2.h"
#include "vm.h"

#ifndef GLASSJIT_VERSION
#define GLASSJIT_VERSION "0.1.0"
#endif

static const char usage_text[] =
    "usage: glassjit [options] script.py [args...]\n"
    "       glassjit profile [--out DIR] [--call-graph fp|dwarf] [--freq HZ] script.py [args...]\n"
    "       glassjit [options] -c CODE [args...]\n"
    "\n"
    "Runs a program written in glassjit's subset of Python 3 (see docs/language.md).\n"
    "\n"
    "options:\n"
    "  -c CODE       run CODE as the main module (sys.argv[0] is '-c')\n"
    "  --stats       print interpreter and tier-2 statistics to stderr at exit\n"
    "  --stats=json  the same as one JSON object (every counter; docs/jit.md)\n"
    "  --jit=MODE    off: tier-1 interpreter only; uops: trace hot loops and run the\n"
    "                traces in the uop interpreter; on (default): trace hot loops and\n"
    "                compile the traces to machine code (copy-and-patch)\n"
    "  --jit-memory=SIZE  cap on JIT code memory (e.g. 64M, 1G; default 1G); when it is\n"
    "                used up glassjit stops compiling and keeps interpreting\n"
    "  --dis         list the script's bytecode instead of running it\n"
    "\n"
    "profiling and debugging (docs/profiling.md):\n"
    "  --perf=map|jitdump|map,jitdump  describe JIT code to perf: /tmp/perf-PID.map,\n"
    "                and/or a jit-PID.dump for `perf inject --jit`\n"
    "  --jitdump-dir=DIR   where jit-PID.dump goes (default $JITDUMPDIR or ~/.debug/jit)\n"
    "  --jitdump-per-trace one jitdump code load per trace instead of per uop\n"
    "  --gdb, --no-gdb     register JIT code with gdb (default: on when a debugger is attached)\n"
    "  --gdb=reader        register compact descriptions for gdb's jit-reader plugin\n"
    "                (gdb/README.md) instead of ELF objects\n"
    "  --sample=FILE       the built-in sampler: folded stacks of this run into FILE\n"
    "  --sample-hz=N       its frequency (default 997)\n"
    "  --unwind=libgcc|libunwind|all|none  register JIT unwind info with libgcc\n"
    "                (backtrace()) and/or libunwind\n"
    "  --guest-frames, --no-guest-frames  a native frame py::FUNCTION:FILE per guest\n"
    "                call (default: on with --perf or gdb)\n"
    "  -h, --help    show this help and exit\n"
    "  -V, --version print the version and exit\n"
    "\n"
    "environment:\n"
    "  GLASSJIT_JIT=MODE            same as --jit=MODE (the flag wins)\n"
    "  GLASSJIT_JIT_THRESHOLD=N     loop iterations before a loop is traced (default 16)\n"
    "  GLASSJIT_SEAL_DELAY=N        entries of new, unsealed traces that tier 1 runs instead\n"
    "                               before all new code is sealed at once (default 4096;\n"
    "                               0 seals each trace as soon as it first runs)\n"
    "  GLASSJIT_PERF, GLASSJIT_JITDUMP_DIR, GLASSJIT_JITDUMP_PER_TRACE=1, GLASSJIT_GDB=1|0,\n"
    "  GLASSJIT_UNWIND, GLASSJIT_GUEST_FRAMES=1|0   the same as the flags above\n"
    "  GLASSJIT_DUMP_ELF=DIR        write each in-memory ELF object given to gdb into DIR\n"
    "  GLASSJIT_DUMP_TRACES=DIR     write each trace's uops (trace-N.txt) and, with the\n"
    "                               JIT on, its machine code (trace-N.bin) into DIR\n";

static void print_stats(VM *vm, int json) {
    if (json) {
        fprintf(stderr, "{\"glassjit_stats\": 1, \"gc\": {\"collections\": %llu, \"heap_bytes\": %zu}, ",
                (unsigned long long)vm->gc_collections, vm->heap_bytes);
        tier2_print_stats_json(vm, stderr);
        fputs("}\n", stderr);
        return;
    }
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

/* --- observability options (src/jit/observe.h, docs/profiling.md) --------- */

/* GLASSJIT_X=1/0 style switches: 1, 0 or -1 when unset. */
static int env_flag(const char *name) {
    const char *v = getenv(name);
    if (!v || !*v) return -1;
    return strcmp(v, "0") != 0 && strcmp(v, "no") != 0 && strcmp(v, "off") != 0;
}

/* Is a debugger (or any ptrace tracer) attached to this process? */
static bool being_traced(void) {
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return false;
    char line[256];
    long pid = 0;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "TracerPid:", 10)) pid = strtol(line + 10, NULL, 10);
    fclose(f);
    return pid != 0;
}

typedef struct ObserveCli {
    ObserveOptions o;
    int gdb, guest;          /* -1: default */
    int gdb_reader;          /* --gdb=reader: compact descriptions for the jit-reader plugin */
    const char *sample_out;  /* --sample=FILE: the built-in sampler (src/profile/sampler.c) */
    int sample_hz;
} ObserveCli;

/* "map", "jitdump", "map,jitdump" (or "none") -> sink bits, or -1. */
static int parse_perf(const char *v) {
    int bits = 0;
    char buf[64];
    if (strlen(v) >= sizeof buf) return -1;
    strcpy(buf, v);
    for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        if (!strcmp(tok, "map") || !strcmp(tok, "perf-map")) bits |= GV_SINK_PERF_MAP;
        else if (!strcmp(tok, "jitdump")) bits |= GV_SINK_JITDUMP;
        else if (strcmp(tok, "none")) return -1;
    }
    return bits;
}

static int parse_unwind(const char *v) {
    if (!strcmp(v, "all")) return GV_SINK_LIBGCC | GV_SINK_LIBUNWIND;
    int bits = gv_parse_sinks(v);
    if (bits < 0 || (bits & ~(GV_SINK_LIBGCC | GV_SINK_LIBUNWIND))) return -1;
    return bits;
}

static int observe_env(ObserveCli *c) {
    const char *perf = getenv("GLASSJIT_PERF"), *unw = getenv("GLASSJIT_UNWIND");
    if (perf && *perf) {
        int b = parse_perf(perf);
        if (b < 0) {
            fprintf(stderr, "glassjit: GLASSJIT_PERF must be map, jitdump or map,jitdump, not '%s'\n", perf);
            return -1;
        }
        c->o.sinks |= (unsigned)b;
    }
    if (unw && *unw) {
        int b = parse_unwind(unw);
        if (b < 0) {
            fprintf(stderr, "glassjit: GLASSJIT_UNWIND must be libgcc, libunwind, all or none, not '%s'\n", unw);
            return -1;
        }
        c->o.sinks |= (unsigned)b;
    }
    c->gdb = env_flag("GLASSJIT_GDB");
    c->guest = env_flag("GLASSJIT_GUEST_FRAMES");
    if (env_flag("GLASSJIT_JITDUMP_PER_TRACE") == 1) c->o.jitdump_per_trace = 1;
    const char *dir = getenv("GLASSJIT_JITDUMP_DIR"), *elf = getenv("GLASSJIT_DUMP_ELF");
    if (dir && *dir) c->o.jitdump_dir = dir;
    if (elf && *elf) c->o.elf_dir = elf;
    return 0;
}

/* 1: arg was an observability option, 0: not one, -1: a bad one. */
static int observe_arg(ObserveCli *c, const char *a) {
    int b;
    if (!strncmp(a, "--perf=", 7)) {
        if ((b = parse_perf(a + 7)) < 0) {
            fprintf(stderr, "glassjit: --perf must be map, jitdump or map,jitdump, not '%s'\n", a + 7);
            return -1;
        }
        c->o.sinks = (c->o.sinks & ~(unsigned)(GV_SINK_PERF_MAP | GV_SINK_JITDUMP)) | (unsigned)b;
    } else if (!strncmp(a, "--unwind=", 9)) {
        if ((b = parse_unwind(a + 9)) < 0) {
            fprintf(stderr, "glassjit: --unwind must be libgcc, libunwind, all or none, not '%s'\n", a + 9);
            return -1;
        }
        c->o.sinks = (c->o.sinks & ~(unsigned)(GV_SINK_LIBGCC | GV_SINK_LIBUNWIND)) | (unsigned)b;
    } else if (!strcmp(a, "--gdb") || !strcmp(a, "--no-gdb") || !strcmp(a, "--gdb=elf")) {
        c->gdb = a[2] == 'g';
    } else if (!strcmp(a, "--gdb=reader")) {
        c->gdb = 1;
        c->gdb_reader = 1;
    } else if (!strncmp(a, "--sample=", 9)) {
        c->sample_out = a + 9;
    } else if (!strncmp(a, "--sample-hz=", 12)) {
        char *end;
        long hz = strtol(a + 12, &end, 10);
        if (*end || hz < 1 || hz > 100000) {
            fprintf(stderr, "glassjit: --sample-hz must be a number from 1 to 100000\n");
            return -1;
        }
        c->sample_hz = (int)hz;
    } else if (!strcmp(a, "--guest-frames") || !strcmp(a, "--no-guest-frames")) {
        c->guest = a[2] == 'g';
    } else if (!strncmp(a, "--jitdump-dir=", 14)) {
        c->o.jitdump_dir = a + 14;
    } else if (!strcmp(a, "--jitdump-per-trace")) {
        c->o.jitdump_per_trace = 1;
    } else {
        return 0;
    }
    return 1;
}

/* Defaults: gdb registration when a debugger is attached; guest frames when
 * perf or gdb will look at the stacks. */
static void observe_finish(ObserveCli *c) {
    if (c->gdb < 0) c->gdb = being_traced();
    if (c->gdb) c->o.sinks |= c->gdb_reader ? GV_SINK_GDB_READER : GV_SINK_GDB;
    /* the sampler unwinds with libunwind through JIT code and guest frames */
    if (c->sample_out) {
        c->o.sinks |= GV_SINK_LIBUNWIND;
        if (c->guest < 0) c->guest = 1;
    }
    if (c->guest < 0)
        c->guest = (c->o.sinks & (GV_SINK_PERF_MAP | GV_SINK_JITDUMP | GV_SINK_GDB | GV_SINK_GDB_READER)) != 0;
    c->o.guest_frames = c->guest;
}

int main(int argc, char **argv) {
    /* `glassjit profile ...`: a flame graph of a run (src/profile/profile.c) */
    if (argc > 1 && !strcmp(argv[1], "profile")) return profile_main(argc - 1, argv + 1);
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
    ObserveCli obs = {.gdb = -1, .guest = -1};
    if (observe_env(&obs) < 0) return 2;
    for (; i < argc; i++) {
        const char *a = argv[i];
        int oa = observe_arg(&obs, a);
        if (oa < 0) return 2;
        if (oa) continue;
        if (!strcmp(a, "-c")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "glassjit: option -c requires an argument\n%s", usage_text);
                return 2;
            }
            code = argv[++i];
            i++;
            break;
        } else if (!strcmp(a, "--stats") || !strcmp(a, "--stats=text")) {
            stats = 1;
        } else if (!strcmp(a, "--stats=json")) {
            stats = 2;
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
    observe_finish(&obs);
    jit_observe_open(vm, &obs.o);
    if (obs.sample_out && sampler_start(vm, obs.sample_out, obs.sample_hz ? obs.sample_hz : 997) < 0) {
        vm_free(vm);
        free(src);
        free(dir_copy);
        return 2;
    }
    const char *dump = getenv("GLASSJIT_DUMP_TRACES");
    if (dump && *dump) vm->jit->dump_dir = dump;
    vm->argc = argc;
    vm->argv = argv;
    vm->script_dir = dir_copy ? dirname(dir_copy) : ".";
    mod_sys_init(vm); /* sys.argv reflects the script's arguments */
    int status = vm_run_main(vm, filename, src, len);
    if (obs.sample_out) sampler_stop(vm);
    if (stats) print_stats(vm, stats == 2);
    free(src);
    vm_free(vm);
    free(dir_copy);
    fflush(stdout);
    return status;
}
