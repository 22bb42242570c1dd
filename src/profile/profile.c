/* profile.c - `glassjit profile`: one command from a guest program to a
 * flame graph down to the uop (docs/profiling.md, "glassjit profile").
 *
 * The run:
 *   1. perf record -k 1 -e cpu-clock -g|--call-graph dwarf -F HZ
 *          -o DIR/perf.data -- glassjit --perf=jitdump --jitdump-dir=DIR/jit
 *          --stats=json script.py args;
 *   2. perf inject --jit  -> DIR/perf.jit.data (uop names, guest lines);
 *   3. perf script -F +srcline, collapsed (folded.c) -> DIR/folded.txt;
 *   4. flamegraph.c -> DIR/flame.svg;
 *   5. perf report --stdio --no-children --sort sym,srcline -> DIR/report.txt;
 *   6. a summary on stdout.
 * When perf is missing or cannot record, it says why and how to fix it, and
 * runs the program under the built-in sampler (`glassjit --sample=`)
 * instead; the flame graph and the summary come from its folded stacks.
 * perf record sets up its events before it lets the program exec, so a perf
 * that cannot record fails before the program runs: the jitdump that
 * glassjit creates at startup is then missing, and the fallback does not
 * run the program a second time.  (A probe recording beforehand would cost
 * a second: perf record's sideband thread polls with a 1 s timeout.) 
 *
 * The program's stdout and stderr reach the user unchanged except for the
 * one --stats=json line, which is taken out of its stderr (the line starting
 * at `{"glassjit_stats"`, main.c's print_stats) and kept in DIR/stats.json.
 * The exit status is the program's when it failed, else 0; bad usage is 2;
 * a profile that could not be made is 1. */
#define _GNU_SOURCE /* pipe2 */
#include "profile.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "flamegraph.h"
#include "folded.h"
#include "frames.h"

#define DEFAULT_DIR "glassjit-profile"
#define DEFAULT_HZ 999
#define STATS_MARK "{\"glassjit_stats\""
#define TOP_N 10

static const char profile_usage[] =
    "usage: glassjit profile [--out DIR] [--call-graph fp|dwarf] [--freq HZ] script.py [args...]\n"
    "\n"
    "Runs script.py under `perf record` and writes into DIR (default ./" DEFAULT_DIR "):\n"
    "  flame.svg      interactive flame graph (guest functions, interpreter, uops)\n"
    "  folded.txt     the folded stacks behind it (flamegraph.pl / speedscope format)\n"
    "  report.txt     perf report --sort sym,srcline: uops with their guest file:line\n"
    "  perf.data, perf.jit.data  the recording, before and after `perf inject --jit`\n"
    "                 (perf.jit.data needs jit/, the JIT code perf inject wrote out)\n"
    "  stats.json     the run's --stats=json counters; perf.log: perf's messages\n"
    "and prints a summary.  Without a working perf it uses the built-in sampler.\n"
    "\n"
    "options:\n"
    "  --out DIR            output directory (created if missing)\n"
    "  --call-graph fp      frame-pointer call chains, one symbol per uop (default)\n"
    "  --call-graph dwarf   DWARF call chains; JIT code is then named per trace\n"
    "                       (--jitdump-per-trace: per-uop code loads break DWARF chains)\n"
    "  --freq HZ            samples per second (1-100000, default 999)\n"
    "  --no-perf            skip perf, use the built-in sampler\n"
    "environment:\n"
    "  GLASSJIT_PROFILE_PERF=PATH   the perf to run (default: perf on PATH)\n";

typedef struct {
    const char *out_dir; /* as the user gave it, for messages */
    char *dir;           /* absolute */
    int dwarf;
    int hz;
    int no_perf;
    const char *script;
    int nargs; /* script args after the script */
    char **args;
    char self[PATH_MAX];
    char *perf; /* resolved perf binary, malloc'd; NULL: none */
    char err_tail[2048]; /* the end of the program's (and perf's) stderr */
    char no_perf_reason[2048];
    char *stats_json; /* the --stats=json object, malloc'd */
    int program_status;
} Profile;

static void perr(const char *fmt, ...) {
    va_list ap;
    fputs("glassjit profile: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static char *path_join(const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* ---- options ------------------------------------------------------------ */

static int parse_hz(const char *v, int *hz) {
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (!*v || *end || errno || x < 1 || x > 100000) return -1;
    *hz = (int)x;
    return 0;
}

/* Options come before the script; everything after it is the script's. */
static int parse_args(Profile *p, int argc, char **argv) {
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        if (!strcmp(a, "--")) {
            i++;
            break;
        }
        if (a[0] != '-' || !a[1]) break;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(profile_usage, stdout);
            return 1;
        }
        if (!strcmp(a, "--no-perf")) {
            p->no_perf = 1;
            continue;
        }
        const char *names[] = {"--out", "--call-graph", "--freq"};
        int which = -1;
        for (int k = 0; k < 3; k++) {
            size_t n = strlen(names[k]);
            if (!strncmp(a, names[k], n) && (a[n] == '\0' || a[n] == '=')) {
                which = k;
                if (a[n] == '=') val = a + n + 1;
                else if (i + 1 < argc) val = argv[++i];
                else {
                    perr("option %s needs a value", names[k]);
                    fputs(profile_usage, stderr);
                    return -1;
                }
                break;
            }
        }
        if (which < 0) {
            perr("unknown option %s", a);
            fputs(profile_usage, stderr);
            return -1;
        }
        if (which == 0) {
            if (!*val) {
                perr("--out needs a directory");
                return -1;
            }
            p->out_dir = val;
        } else if (which == 1) {
            if (!strcmp(val, "fp")) p->dwarf = 0;
            else if (!strcmp(val, "dwarf")) p->dwarf = 1;
            else {
                perr("--call-graph must be fp or dwarf, not '%s'", val);
                return -1;
            }
        } else if (parse_hz(val, &p->hz) < 0) {
            perr("--freq must be a number from 1 to 100000, not '%s'", val);
            return -1;
        }
    }
    if (i >= argc) {
        perr("no script to profile");
        fputs(profile_usage, stderr);
        return -1;
    }
    p->script = argv[i];
    p->args = argv + i + 1;
    p->nargs = argc - i - 1;
    return 0;
}

/* mkdir -p; then a write probe, because root passes access(2) checks on
 * read-only mounts and mkdir succeeding says nothing about later files. */
static int make_dir(const char *path) {
    char *buf = strdup(path);
    if (!buf) return -1;
    for (char *s = buf + 1; *s; s++) {
        if (*s != '/') continue;
        *s = '\0';
        if (mkdir(buf, 0777) < 0 && errno != EEXIST) {
            int e = errno;
            free(buf);
            errno = e;
            return -1;
        }
        *s = '/';
    }
    int rc = mkdir(buf, 0777) < 0 && errno != EEXIST ? -1 : 0;
    int e = errno;
    free(buf);
    errno = e;
    if (rc < 0) return -1;
    struct stat st;
    if (stat(path, &st) < 0) return -1;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return 0;
}

static int prepare_dir(Profile *p) {
    if (make_dir(p->out_dir) < 0) {
        perr("cannot create output directory '%s': %s", p->out_dir, strerror(errno));
        return -1;
    }
    p->dir = realpath(p->out_dir, NULL);
    if (!p->dir) {
        perr("output directory '%s': %s", p->out_dir, strerror(errno));
        return -1;
    }
    char *probe = path_join(p->dir, ".write-probe");
    int fd = probe ? open(probe, O_WRONLY | O_CREAT | O_TRUNC, 0644) : -1;
    if (fd < 0) {
        perr("cannot write into output directory '%s': %s", p->out_dir, strerror(errno));
        free(probe);
        return -1;
    }
    close(fd);
    unlink(probe);
    free(probe);
    char *jit = path_join(p->dir, "jit");
    if (!jit || make_dir(jit) < 0) {
        perr("cannot create '%s/jit': %s", p->out_dir, strerror(errno));
        free(jit);
        return -1;
    }
    /* dumps and the .so files perf inject made from them in earlier runs:
     * they would only pile up (each run has its own pid in the names) */
    DIR *d = opendir(jit);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d))) {
            if (strncmp(e->d_name, "jit-", 4) && strncmp(e->d_name, "jitted-", 7)) continue;
            char *f = path_join(jit, e->d_name);
            if (f) unlink(f);
            free(f);
        }
        closedir(d);
    }
    free(jit);
    /* results of an earlier run must not pass for this run's */
    static const char *const old[] = {"perf.data", "perf.jit.data", "folded.txt", "flame.svg",
                                      "report.txt", "stats.json", "perf.log", "perf.data.old"};
    for (size_t k = 0; k < sizeof old / sizeof old[0]; k++) {
        char *f = path_join(p->dir, old[k]);
        if (f) unlink(f);
        free(f);
    }
    return 0;
}

/* ---- processes ---------------------------------------------------------- */

/* Starts argv[0] (a path, or a name looked up on PATH) with the given
 * stdout/stderr (-1: inherit; the fds are O_CLOEXEC, dup2 makes the copies
 * inheritable, so no child holds another's pipe open) and stdin from /dev/null when null_in.  The
 * child gets the default SIGINT/SIGQUIT back (the parent ignores them while
 * recording).  Returns the pid or -1. */
/* fd as the child's `to`, inheritable (dup2 to itself would keep
 * O_CLOEXEC, when the parent was started with stdio closed). */
static void give_fd(int fd, int to) {
    if (fd == to) fcntl(fd, F_SETFD, 0);
    else dup2(fd, to);
}

static pid_t spawn(char *const *argv, int out_fd, int err_fd, int null_in, const char *unset_env) {
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        signal(SIGINT, SIG_DFL);
        signal(SIGQUIT, SIG_DFL);
        if (null_in) {
            int fd = open("/dev/null", O_RDONLY);
            if (fd >= 0) dup2(fd, 0), close(fd);
        }
        if (out_fd >= 0) give_fd(out_fd, 1);
        if (err_fd >= 0) give_fd(err_fd, 2);
        if (unset_env) unsetenv(unset_env);
        execvp(argv[0], argv);
        fprintf(stderr, "glassjit profile: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    return pid;
}

/* Exit status as a shell reports it: 128+N for a signal. */
static int wait_status(pid_t pid) {
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) return -1;
    if (WIFEXITED(st)) return WEXITSTATUS(st);
    if (WIFSIGNALED(st)) return 128 + WTERMSIG(st);
    return -1;
}

/* Runs argv with stdout to /dev/null (or out_path) and stderr appended to
 * DIR/perf.log.  Returns the exit status or -1. */
static int run_logged(Profile *p, char *const *argv, const char *out_path) {
    char *log = path_join(p->dir, "perf.log");
    int err = log ? open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644) : -1;
    free(log);
    int out = open(out_path ? out_path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int rc = -1;
    if (out >= 0) {
        pid_t pid = spawn(argv, out, err, 1, NULL);
        if (pid > 0) rc = wait_status(pid);
    }
    if (out >= 0) close(out);
    if (err >= 0) close(err);
    return rc;
}

/* The last sizeof err_tail - 1 bytes written to stderr, for messages. */
static void keep_tail(Profile *p, const char *s, size_t n) {
    size_t cap = sizeof p->err_tail - 1, have = strlen(p->err_tail);
    if (n >= cap) {
        memcpy(p->err_tail, s + n - cap, cap);
        p->err_tail[cap] = '\0';
        return;
    }
    if (have + n > cap) {
        memmove(p->err_tail, p->err_tail + (have + n - cap), cap - n);
        have = cap - n;
    }
    memcpy(p->err_tail + have, s, n);
    p->err_tail[have + n] = '\0';
}

/* Copies the program's stderr (fd) to ours, minus the --stats=json line,
 * which goes to p->stats_json.  Partial lines wait for their newline (the
 * stats object may follow output that did not end in one); a very long
 * unterminated line is passed on as it is. */
static void filter_stderr(Profile *p, int fd) {
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (cap - len < 4096) {
            size_t ncap = cap ? cap * 2 : 8192;
            char *nb = realloc(buf, ncap);
            if (!nb) break;
            buf = nb;
            cap = ncap;
        }
        ssize_t r = read(fd, buf + len, cap - len);
        if (r < 0 && errno == EINTR) continue;
        int eof = r <= 0;
        if (r > 0) len += (size_t)r;
        size_t start = 0;
        for (;;) {
            char *nl = memchr(buf + start, '\n', len - start);
            if (!nl && !(eof && start < len) && !(len - start > (1u << 20))) break;
            size_t end = nl ? (size_t)(nl - buf) + 1 : len;
            char *line = buf + start;
            size_t n = end - start;
            char *mark = NULL;
            for (size_t k = 0; k + sizeof STATS_MARK - 1 <= n; k++)
                if (!memcmp(line + k, STATS_MARK, sizeof STATS_MARK - 1)) {
                    mark = line + k;
                    break;
                }
            if (mark) {
                fwrite(line, 1, (size_t)(mark - line), stderr);
                size_t sn = n - (size_t)(mark - line);
                while (sn > 0 && (mark[sn - 1] == '\n' || mark[sn - 1] == '\r')) sn--;
                free(p->stats_json);
                p->stats_json = strndup(mark, sn);
            } else {
                fwrite(line, 1, n, stderr);
                keep_tail(p, line, n);
            }
            fflush(stderr);
            start = end;
        }
        memmove(buf, buf + start, len - start);
        len -= start;
        if (eof) break;
    }
    if (len) fwrite(buf, 1, len, stderr), keep_tail(p, buf, len);
    free(buf);
}

/* Runs argv (perf record ... or glassjit --sample ...) with the program's
 * stdout inherited and its stderr filtered; SIGINT/SIGQUIT (Ctrl-C) stop
 * the program but not this driver, which still makes the profile. */
static int run_program(Profile *p, char *const *argv, const char *unset_env) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return -1;
    struct sigaction ign = {.sa_handler = SIG_IGN}, old_int, old_quit;
    sigemptyset(&ign.sa_mask);
    sigaction(SIGINT, &ign, &old_int);
    sigaction(SIGQUIT, &ign, &old_quit);
    pid_t pid = spawn(argv, -1, fds[1], 0, unset_env);
    close(fds[1]);
    int rc = -1;
    if (pid > 0) {
        filter_stderr(p, fds[0]);
        rc = wait_status(pid);
    }
    close(fds[0]);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    return rc;
}

/* ---- perf --------------------------------------------------------------- */

/* The perf binary: $GLASSJIT_PROFILE_PERF or `perf`, a path or looked up
 * on PATH.  NULL when there is none. */
static char *find_perf(void) {
    const char *want = getenv("GLASSJIT_PROFILE_PERF");
    if (!want || !*want) want = "perf";
    if (strchr(want, '/')) return access(want, X_OK) == 0 ? strdup(want) : NULL;
    const char *path = getenv("PATH");
    if (!path) path = "/usr/local/bin:/usr/bin:/bin";
    char *copy = strdup(path), *save = NULL;
    char *found = NULL;
    for (char *d = copy ? strtok_r(copy, ":", &save) : NULL; d && !found; d = strtok_r(NULL, ":", &save)) {
        char *c = path_join(*d ? d : ".", want);
        if (c && access(c, X_OK) == 0) found = c;
        else free(c);
    }
    free(copy);
    return found;
}

static int read_paranoid(void) {
    FILE *f = fopen("/proc/sys/kernel/perf_event_paranoid", "r");
    int v = INT_MIN;
    if (f) {
        if (fscanf(f, "%d", &v) != 1) v = INT_MIN;
        fclose(f);
    }
    return v;
}

/* argv for perf record of the program.  cpu-clock, a software event,
 * exists where hardware counters do not (VMs); with perf_event_paranoid=2 a
 * non-root perf falls back to user space only by itself. */
static void record_argv(Profile *p, const char *data, char **argv, char *hz, char *jitdir_opt) {
    int n = 0;
    argv[n++] = p->perf;
    argv[n++] = "record";
    argv[n++] = "-q";
    argv[n++] = "-k";
    argv[n++] = "1"; /* CLOCK_MONOTONIC: the clock of the jitdump's timestamps */
    argv[n++] = "-e";
    argv[n++] = "cpu-clock";
    if (p->dwarf) {
        argv[n++] = "--call-graph";
        argv[n++] = "dwarf";
    } else {
        argv[n++] = "-g";
    }
    argv[n++] = "-F";
    argv[n++] = hz;
    argv[n++] = "-o";
    argv[n++] = (char *)data;
    argv[n++] = "--";
    argv[n++] = p->self;
    argv[n++] = "--perf=jitdump";
    argv[n++] = jitdir_opt;
    argv[n++] = "--guest-frames";
    if (p->dwarf) argv[n++] = "--jitdump-per-trace";
    argv[n++] = "--stats=json";
    argv[n++] = "--";
    argv[n++] = (char *)p->script;
    for (int i = 0; i < p->nargs; i++) argv[n++] = p->args[i];
    argv[n] = NULL;
}

/* Is there a perf to run?  On failure fills no_perf_reason. */
static int check_perf(Profile *p) {
    p->perf = find_perf();
    if (p->perf) return 0;
    const char *want = getenv("GLASSJIT_PROFILE_PERF");
    if (want && *want)
        snprintf(p->no_perf_reason, sizeof p->no_perf_reason,
                 "perf not found: GLASSJIT_PROFILE_PERF=%s is not an executable\n"
                 "  fix: unset GLASSJIT_PROFILE_PERF or point it at a perf binary",
                 want);
    else
        snprintf(p->no_perf_reason, sizeof p->no_perf_reason,
                 "perf is not installed (no `perf` on PATH)\n"
                 "  fix: sudo apt-get install linux-perf   (Debian; Ubuntu: linux-tools-$(uname -r))");
    return -1;
}

/* perf record failed before the program ran: why, and the fix. */
static void record_failed(Profile *p, int status) {
    int paranoid = read_paranoid();
    /* perf's own message is on stderr already; its first line names the
     * problem (e.g. "Error:" then the syscall's errno) */
    char first[512] = "";
    const char *t = p->err_tail;
    while (*t == '\n' || *t == ' ') t++;
    if (!strncmp(t, "Error:\n", 7)) t += 7;
    size_t k = 0;
    while (t[k] && t[k] != '\n' && k < sizeof first - 1) first[k] = t[k], k++;
    first[k] = '\0';
    int n = snprintf(p->no_perf_reason, sizeof p->no_perf_reason,
                     "perf record could not record (exit status %d%s%s)", status, *first ? ": " : "", first);
    if (n < 0 || (size_t)n >= sizeof p->no_perf_reason) return;
    size_t left = sizeof p->no_perf_reason - (size_t)n;
    if (geteuid() != 0 && paranoid > 2)
        snprintf(p->no_perf_reason + n, left,
                 "\n  kernel.perf_event_paranoid is %d, which keeps perf from non-root users\n"
                 "  fix: sudo sysctl kernel.perf_event_paranoid=2   (1 or lower: kernel frames too)",
                 paranoid);
    else if (geteuid() != 0 && paranoid != INT_MIN)
        snprintf(p->no_perf_reason + n, left,
                 "\n  kernel.perf_event_paranoid is %d\n"
                 "  fix: sudo sysctl kernel.perf_event_paranoid=1, or run as root",
                 paranoid);
    else
        snprintf(p->no_perf_reason + n, left,
                 "\n  fix: make `perf record -e cpu-clock -- true` work (a perf for this kernel:\n"
                 "  sudo apt-get install linux-perf; containers need perf_event_open allowed)");
}

/* Did the program start?  glassjit opens its jitdump at startup. */
static int dump_exists(const char *jitdir) {
    DIR *d = opendir(jitdir);
    int found = 0;
    if (!d) return 0;
    struct dirent *e;
    while (!found && (e = readdir(d))) found = !strncmp(e->d_name, "jit-", 4);
    closedir(d);
    return found;
}

/* ---- the summary -------------------------------------------------------- */

/* A string -> count table (a Folded used as a multiset of keys). */
typedef struct {
    char *key;
    unsigned long long n;
} Row;

typedef struct {
    Row *v;
    size_t n, cap;
} Rows;

static void rows_add(void *ctx, const char *key, unsigned long long n) {
    Rows *r = ctx;
    if (r->n == r->cap) {
        size_t nc = r->cap ? r->cap * 2 : 64;
        Row *nv = realloc(r->v, nc * sizeof *nv);
        if (!nv) return;
        r->v = nv;
        r->cap = nc;
    }
    char *k = strdup(key);
    if (!k) return;
    r->v[r->n++] = (Row){k, n};
}

static int cmp_row(const void *a, const void *b) {
    const Row *x = a, *y = b;
    if (x->n != y->n) return x->n > y->n ? -1 : 1;
    return strcmp(x->key, y->key);
}

static void rows_free(Rows *r) {
    for (size_t i = 0; i < r->n; i++) free(r->v[i].key);
    free(r->v);
}

static Rows rows_sorted(const Folded *f) {
    Rows r = {0};
    folded_foreach(f, rows_add, &r);
    if (r.n) qsort(r.v, r.n, sizeof *r.v, cmp_row);
    return r;
}

typedef struct {
    Folded *stacks;     /* the profile */
    Folded *uop_lines;  /* "LEAF;FILE:LINE" -> samples with that JIT leaf at that guest line */
    Folded *guest_defs; /* "py::F:FILE;FILE:LINE" -> frames of that trampoline with that srcline */
    int failed;
} Collect;

static int on_sample(void *ctx, const PerfFrame *frames, size_t n) {
    Collect *c = ctx;
    if (folded_add_frames(c->stacks, frames, n) < 0) return c->failed = 1;
    for (size_t i = 0; i < n; i++) {
        if (!frames[i].srcline || frames[i].kernel) continue;
        FrameKind k = frame_kind(frames[i].sym);
        if (!(k == FRAME_GUEST || (i == 0 && k == FRAME_UOP))) continue;
        char *name = folded_frame_name(&frames[i]);
        size_t len = name ? strlen(name) + strlen(frames[i].srcline) + 2 : 0;
        char *key = name ? malloc(len) : NULL;
        if (key) {
            snprintf(key, len, "%s;%s", name, frames[i].srcline);
            folded_add(k == FRAME_GUEST ? c->guest_defs : c->uop_lines, key, 1);
        }
        free(key);
        free(name);
    }
    return 0;
}

typedef struct {
    unsigned long long total;
    unsigned long long kind[FRAME_KIND_COUNT]; /* by leaf frame */
    Folded *guest_self;                        /* innermost py:: frame -> samples */
    Folded *guest_incl;                        /* py:: frame anywhere -> samples (once each) */
    Folded *jit_leaf;                          /* uop/trace leaf -> samples */
    unsigned long long no_guest;               /* samples without any py:: frame */
} Summary;

static void summarize_stack(void *ctx, const char *stack, unsigned long long n) {
    Summary *s = ctx;
    char *copy = strdup(stack);
    if (!copy) return;
    s->total += n;
    char *frames[FLAMEGRAPH_MAX_DEPTH];
    size_t nf = 0;
    for (char *save = NULL, *t = strtok_r(copy, ";", &save); t && nf < FLAMEGRAPH_MAX_DEPTH;
         t = strtok_r(NULL, ";", &save))
        frames[nf++] = t;
    if (!nf) {
        free(copy);
        return;
    }
    FrameKind leaf = frame_kind(frames[nf - 1]);
    s->kind[leaf] += n;
    if (leaf == FRAME_UOP) folded_add(s->jit_leaf, frames[nf - 1], n);
    int seen_inner = 0;
    for (size_t i = nf; i-- > 0;) {
        if (frame_kind(frames[i]) != FRAME_GUEST) continue;
        if (!seen_inner) {
            folded_add(s->guest_self, frames[i], n);
            seen_inner = 1;
        }
        /* inclusive: once per sample, however deep the recursion */
        int dup = 0;
        for (size_t j = i + 1; j < nf && !dup; j++) dup = !strcmp(frames[j], frames[i]);
        if (!dup) folded_add(s->guest_incl, frames[i], n);
    }
    if (!seen_inner) s->no_guest += n;
    free(copy);
}

static unsigned long long folded_get(const Folded *f, const char *key);

typedef struct {
    const char *key;
    unsigned long long n;
} Lookup;

static void lookup_one(void *ctx, const char *stack, unsigned long long n) {
    Lookup *l = ctx;
    if (!strcmp(stack, l->key)) l->n = n;
}

static unsigned long long folded_get(const Folded *f, const char *key) {
    Lookup l = {key, 0};
    folded_foreach(f, lookup_one, &l);
    return l.n;
}

/* The most frequent "FILE:LINE" recorded for `name` in a "NAME;FILE:LINE"
 * table, into out; *share gets its part of name's entries in percent. */
static int best_line(const Rows *lines, const char *name, char *out, size_t outlen, double *share) {
    size_t nl = strlen(name);
    unsigned long long best = 0, all = 0;
    const char *bl = NULL;
    for (size_t i = 0; i < lines->n; i++) {
        const char *k = lines->v[i].key;
        if (strncmp(k, name, nl) || k[nl] != ';') continue;
        all += lines->v[i].n;
        if (lines->v[i].n > best) best = lines->v[i].n, bl = k + nl + 1;
    }
    if (!bl) return -1;
    snprintf(out, outlen, "%s", bl);
    if (share) *share = 100.0 * (double)best / (double)all;
    return 0;
}

/* The sampler path has no srclines: a guest function's line is that of the
 * first `def NAME` in its file (FILE is a base name; looked up next to the
 * script).  Methods of the same name in different classes may pick the
 * wrong one - good enough for a summary that says where to look. */
static int def_line_from_source(const Profile *p, const char *qual, const char *file, char *out, size_t outlen) {
    const char *fn = strrchr(qual, '.');
    fn = fn ? fn + 1 : qual;
    if (fn[0] == '<') return -1; /* <module>, <lambda>, <listcomp> */
    char *sdir = strdup(p->script);
    if (!sdir) return -1;
    char *slash = strrchr(sdir, '/');
    const char *base = slash ? slash + 1 : sdir;
    char *path;
    if (!strcmp(base, file)) path = strdup(p->script);
    else if (slash) *slash = '\0', path = path_join(sdir, file);
    else path = strdup(file);
    free(sdir);
    FILE *f = path ? fopen(path, "r") : NULL;
    free(path);
    if (!f) return -1;
    char line[4096];
    int lineno = 0, found = 0;
    size_t fl = strlen(fn);
    while (!found && fgets(line, sizeof line, f)) {
        lineno++;
        const char *s = line;
        while (*s == ' ' || *s == '\t') s++;
        if (strncmp(s, "def", 3) || (s[3] != ' ' && s[3] != '\t')) continue;
        s += 3;
        while (*s == ' ' || *s == '\t') s++;
        if (!strncmp(s, fn, fl) && (s[fl] == '(' || s[fl] == ' ')) found = 1;
    }
    fclose(f);
    if (!found) return -1;
    snprintf(out, outlen, "%s:%d", file, lineno);
    return 0;
}

/* "py::QUAL:FILE" -> QUAL and FILE (pointers into buf). */
static void split_guest(const char *name, char *buf, size_t buflen, const char **qual, const char **file) {
    snprintf(buf, buflen, "%s", name + 4);
    char *c = strrchr(buf, ':');
    if (c) {
        *c = '\0';
        *file = c + 1;
    } else {
        *file = "?";
    }
    *qual = buf;
}

/* "key": NUMBER from the stats object; -1 when absent. */
static long long stat_num(const char *json, const char *key) {
    if (!json) return -1;
    char pat[96];
    snprintf(pat, sizeof pat, "\"%s\": ", key);
    const char *s = strstr(json, pat);
    if (!s) return -1;
    return strtoll(s + strlen(pat), NULL, 10);
}

static double pct(unsigned long long a, unsigned long long b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

static void print_summary(Profile *p, const Folded *stacks, Folded *uop_lines, Folded *guest_defs, int used_perf,
                          FILE *out) {
    Summary s = {.guest_self = folded_new(), .guest_incl = folded_new(), .jit_leaf = folded_new()};
    if (!s.guest_self || !s.guest_incl || !s.jit_leaf) goto done;
    folded_foreach(stacks, summarize_stack, &s);
    Rows ul = {0}, gd = {0};
    if (uop_lines) ul = rows_sorted(uop_lines);
    if (guest_defs) gd = rows_sorted(guest_defs);

    fprintf(out, "\nglassjit profile: %llu samples at %d Hz (%s)\n", s.total, p->hz,
            used_perf ? (p->dwarf ? "perf, --call-graph dwarf" : "perf, frame pointers") : "built-in sampler");
    if (s.total == 0) {
        fprintf(out, "  no samples: the program ran too briefly for %d Hz; try a higher --freq\n", p->hz);
    } else {
        fprintf(out, "  where the samples were taken (leaf frame):\n");
        unsigned long long jit = s.kind[FRAME_UOP] + s.kind[FRAME_GUEST];
        fprintf(out, "    %-22s %6.1f%%  %llu\n", "JIT code", pct(jit, s.total), jit);
        fprintf(out, "    %-22s %6.1f%%  %llu\n", "interpreter", pct(s.kind[FRAME_INTERP], s.total),
                s.kind[FRAME_INTERP]);
        fprintf(out, "    %-22s %6.1f%%  %llu\n", "runtime and libraries", pct(s.kind[FRAME_RUNTIME], s.total),
                s.kind[FRAME_RUNTIME]);
        fprintf(out, "    %-22s %6.1f%%  %llu%s\n", "kernel", pct(s.kind[FRAME_KERNEL], s.total),
                s.kind[FRAME_KERNEL],
                used_perf && !s.kind[FRAME_KERNEL] && geteuid() != 0 && read_paranoid() > 1
                    ? "  (perf_event_paranoid > 1: user space only)"
                    : "");
        if (s.kind[FRAME_OTHER])
            fprintf(out, "    %-22s %6.1f%%  %llu\n", "unknown", pct(s.kind[FRAME_OTHER], s.total),
                    s.kind[FRAME_OTHER]);

        Rows gs = rows_sorted(s.guest_self);
        fprintf(out, "  hottest guest functions (self: innermost guest function of the sample; total: anywhere on the stack):\n");
        fprintf(out, "      self   total  function                        defined at\n");
        for (size_t i = 0; i < gs.n && i < TOP_N; i++) {
            char buf[512], where[512];
            const char *qual, *file;
            split_guest(gs.v[i].key, buf, sizeof buf, &qual, &file);
            if (best_line(&gd, gs.v[i].key, where, sizeof where, NULL) < 0 &&
                def_line_from_source(p, qual, file, where, sizeof where) < 0)
                snprintf(where, sizeof where, "%s", file);
            fprintf(out, "    %5.1f%%  %5.1f%%  %-30s  %s\n", pct(gs.v[i].n, s.total),
                    pct(folded_get(s.guest_incl, gs.v[i].key), s.total), qual, where);
        }
        if (s.no_guest)
            fprintf(out, "    %5.1f%%          (outside any guest function: startup, compiling, exit)\n",
                    pct(s.no_guest, s.total));
        rows_free(&gs);

        Rows jl = rows_sorted(s.jit_leaf);
        int traces = jl.n && !strncmp(jl.v[0].key, "trace", 5);
        if (traces)
            fprintf(out, "  hottest JIT traces (self samples; hottest guest line; uop names need --call-graph fp):\n");
        else
            fprintf(out, "  hottest uops (self samples; hottest guest line):\n");
        if (!jl.n) fprintf(out, "    (no samples in JIT code)\n");
        for (size_t i = 0; i < jl.n && i < TOP_N; i++) {
            char where[512];
            double share = 0;
            if (best_line(&ul, jl.v[i].key, where, sizeof where, &share) == 0)
                fprintf(out, "    %5.1f%%  %-30s  %s (%.0f%% of its samples)\n", pct(jl.v[i].n, s.total),
                        jl.v[i].key, where, share);
            else
                fprintf(out, "    %5.1f%%  %s\n", pct(jl.v[i].n, s.total), jl.v[i].key);
        }
        rows_free(&jl);
    }
    rows_free(&ul);
    rows_free(&gd);

    if (p->stats_json)
        fprintf(out, "  JIT: %lld traces compiled, %lld uops jitted, %lld exits taken, %lld seal batches\n",
                stat_num(p->stats_json, "traces_compiled"), stat_num(p->stats_json, "uops_jitted"),
                stat_num(p->stats_json, "exits_taken"), stat_num(p->stats_json, "seal_batches"));
    else
        fprintf(out, "  JIT: no counters (the program did not reach its normal exit)\n");
    fprintf(out, "  files in %s: folded.txt report.txt%s stats.json\n", p->out_dir,
            used_perf ? " perf.data perf.jit.data perf.log" : "");
    fprintf(out, "flame graph: %s/flame.svg\n", p->out_dir);
done:
    folded_free(s.guest_self);
    folded_free(s.guest_incl);
    folded_free(s.jit_leaf);
}

/* ---- outputs ------------------------------------------------------------ */

static int write_folded(Profile *p, const Folded *f) {
    char *path = path_join(p->dir, "folded.txt");
    FILE *out = path ? fopen(path, "w") : NULL;
    int rc = out ? folded_write(f, out) : -1;
    if (out && fclose(out) != 0) rc = -1;
    if (rc < 0) perr("cannot write %s/folded.txt: %s", p->out_dir, strerror(errno));
    free(path);
    return rc;
}

static int write_flame(Profile *p, int used_perf) {
    char *in_path = path_join(p->dir, "folded.txt"), *out_path = path_join(p->dir, "flame.svg");
    FILE *in = in_path ? fopen(in_path, "r") : NULL;
    FILE *out = out_path ? fopen(out_path, "w") : NULL;
    int rc = -1;
    if (in && out) {
        const char *base = strrchr(p->script, '/');
        base = base ? base + 1 : p->script;
        char title[512];
        snprintf(title, sizeof title, "glassjit profile: %s (%s)", base,
                 used_perf ? (p->dwarf ? "perf, dwarf" : "perf") : "built-in sampler");
        size_t malformed = 0;
        rc = flamegraph_render(out, title, in, &malformed);
        if (malformed) perr("warning: %zu malformed lines in folded.txt skipped", malformed);
    }
    if (in) fclose(in);
    if (out && fclose(out) != 0) rc = -1;
    if (rc < 0) perr("cannot write %s/flame.svg", p->out_dir);
    free(in_path);
    free(out_path);
    return rc;
}

static void write_stats(Profile *p) {
    if (!p->stats_json) return;
    char *path = path_join(p->dir, "stats.json");
    FILE *f = path ? fopen(path, "w") : NULL;
    if (f) {
        fprintf(f, "%s\n", p->stats_json);
        fclose(f);
    }
    free(path);
}

/* The fallback's report.txt: why perf was not used, and the self samples
 * per leaf frame (what perf report --no-children would have listed, minus
 * the lines). */
static int write_sampler_report(Profile *p, const Folded *stacks) {
    char *path = path_join(p->dir, "report.txt");
    FILE *f = path ? fopen(path, "w") : NULL;
    free(path);
    if (!f) {
        perr("cannot write %s/report.txt: %s", p->out_dir, strerror(errno));
        return -1;
    }
    fputs("# perf was not used: ", f);
    for (const char *r = p->no_perf_reason; *r; r++) {
        fputc(*r, f);
        if (*r == '\n') fputs("# ", f);
    }
    fprintf(f, "\n#\n# This profile comes from glassjit's built-in sampler (--sample, %d Hz).\n", p->hz);
    Folded *leaf = folded_new();
    unsigned long long total = folded_total(stacks);
    fprintf(f, "# Samples: %llu\n#\n# Overhead  Kind      Symbol\n", total);
    if (leaf) {
        Rows all = rows_sorted(stacks);
        for (size_t i = 0; i < all.n; i++) {
            const char *semi = strrchr(all.v[i].key, ';');
            folded_add(leaf, semi ? semi + 1 : all.v[i].key, all.v[i].n);
        }
        rows_free(&all);
        Rows r = rows_sorted(leaf);
        for (size_t i = 0; i < r.n; i++)
            fprintf(f, "  %7.2f%%  %-8s  %s\n", pct(r.v[i].n, total), frame_kind_name(frame_kind(r.v[i].key)),
                    r.v[i].key);
        rows_free(&r);
        folded_free(leaf);
    }
    return fclose(f) == 0 ? 0 : -1;
}

/* ---- the two paths ------------------------------------------------------ */

static int profile_with_perf(Profile *p) {
    char hz[16], *argv[16];
    snprintf(hz, sizeof hz, "%d", p->hz);
    char *data = path_join(p->dir, "perf.data"), *jdata = path_join(p->dir, "perf.jit.data");
    char *jitdir = path_join(p->dir, "jit");
    size_t jl = jitdir ? strlen(jitdir) + 16 : 0;
    char *jitdir_opt = jitdir ? malloc(jl) : NULL;
    int rc = 1;
    Collect c = {folded_new(), folded_new(), folded_new(), 0};
    if (!data || !jdata || !jitdir_opt || !c.stacks || !c.uop_lines || !c.guest_defs) {
        perr("out of memory");
        goto out;
    }
    snprintf(jitdir_opt, jl, "--jitdump-dir=%s", jitdir);
    /* perf's and glassjit's own options take < 32 slots */
    char **rargv = malloc((size_t)(32 + p->nargs) * sizeof *rargv);
    if (!rargv) {
        perr("out of memory");
        goto out;
    }
    record_argv(p, data, rargv, hz, jitdir_opt);
    /* fp mode names JIT code per uop: a GLASSJIT_JITDUMP_PER_TRACE=1 in the
     * environment would undo that */
    p->program_status = run_program(p, rargv, p->dwarf ? NULL : "GLASSJIT_JITDUMP_PER_TRACE");
    free(rargv);
    struct stat st;
    int have_data = stat(data, &st) == 0 && st.st_size > 0;
    if (p->program_status != 0 && !dump_exists(jitdir)) {
        record_failed(p, p->program_status);
        p->program_status = 0;
        rc = 3;
        goto out;
    }
    if (!have_data) {
        perr("perf record wrote no %s/perf.data (exit status %d)", p->out_dir, p->program_status);
        goto out;
    }

    /* perf inject --jit: without it JIT samples are nameless addresses */
    int n = 0;
    argv[n++] = p->perf, argv[n++] = "inject", argv[n++] = "--jit", argv[n++] = "-i", argv[n++] = data;
    argv[n++] = "-o", argv[n++] = jdata, argv[n] = NULL;
    const char *scriptin = jdata;
    if (run_logged(p, argv, NULL) != 0) {
        perr("warning: perf inject --jit failed (see %s/perf.log); JIT code stays unnamed", p->out_dir);
        scriptin = data;
    }

    /* perf script -> the collapser, straight from the pipe */
    n = 0;
    argv[n++] = p->perf, argv[n++] = "script", argv[n++] = "-i", argv[n++] = (char *)scriptin;
    argv[n++] = "-F", argv[n++] = "+srcline", argv[n] = NULL;
    char *log = path_join(p->dir, "perf.log");
    int errfd = log ? open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644) : -1;
    free(log);
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) {
        if (errfd >= 0) close(errfd);
        perr("pipe: %s", strerror(errno));
        goto out;
    }
    pid_t pid = spawn(argv, fds[1], errfd, 1, NULL);
    close(fds[1]);
    if (errfd >= 0) close(errfd);
    FILE *in = fdopen(fds[0], "r");
    char err[256] = "";
    int prc = -1;
    if (in) {
        prc = perf_script_parse(in, on_sample, &c, err, sizeof err);
        /* drain what the parser left (after an error) so perf can exit */
        char sink[4096];
        while (fread(sink, 1, sizeof sink, in) > 0) {
        }
        fclose(in);
    } else {
        close(fds[0]);
    }
    int src = pid > 0 ? wait_status(pid) : -1;
    if (prc != 0 || c.failed) {
        perr("cannot read perf script output: %s", c.failed ? "out of memory" : err);
        goto out;
    }
    if (src != 0) {
        perr("perf script failed (exit status %d, see %s/perf.log)", src, p->out_dir);
        goto out;
    }
    if (write_folded(p, c.stacks) < 0 || write_flame(p, 1) < 0) goto out;

    n = 0;
    argv[n++] = p->perf, argv[n++] = "report", argv[n++] = "-i", argv[n++] = (char *)scriptin;
    argv[n++] = "--stdio", argv[n++] = "--no-children", argv[n++] = "--sort", argv[n++] = "sym,srcline";
    argv[n++] = "-g", argv[n++] = "none", argv[n] = NULL;
    char *report = path_join(p->dir, "report.txt");
    if (!report || run_logged(p, argv, report) != 0)
        perr("warning: perf report failed (see %s/perf.log)", p->out_dir);
    free(report);
    write_stats(p);
    print_summary(p, c.stacks, c.uop_lines, c.guest_defs, 1, stdout);
    rc = 0;
out:
    folded_free(c.stacks);
    folded_free(c.uop_lines);
    folded_free(c.guest_defs);
    free(data);
    free(jdata);
    free(jitdir);
    free(jitdir_opt);
    return rc;
}

static int profile_with_sampler(Profile *p) {
    char *folded = path_join(p->dir, "folded.txt");
    size_t optl = folded ? strlen(folded) + 16 : 0;
    char *sample_opt = folded ? malloc(optl) : NULL;
    char hz_opt[32];
    char **argv = malloc((size_t)(8 + p->nargs) * sizeof *argv);
    Folded *stacks = folded_new();
    int rc = 1;
    if (!folded || !sample_opt || !argv || !stacks) {
        perr("out of memory");
        goto out;
    }
    snprintf(sample_opt, optl, "--sample=%s", folded);
    snprintf(hz_opt, sizeof hz_opt, "--sample-hz=%d", p->hz);
    int n = 0;
    argv[n++] = p->self, argv[n++] = sample_opt, argv[n++] = hz_opt, argv[n++] = "--stats=json";
    argv[n++] = "--", argv[n++] = (char *)p->script;
    for (int i = 0; i < p->nargs; i++) argv[n++] = p->args[i];
    argv[n] = NULL;
    p->program_status = run_program(p, argv, NULL);
    FILE *in = fopen(folded, "r");
    if (!in) {
        perr("the built-in sampler wrote no %s/folded.txt (exit status %d)", p->out_dir, p->program_status);
        goto out;
    }
    char err[256] = "";
    int r = folded_read(stacks, in, err, sizeof err);
    fclose(in);
    if (r < 0) {
        perr("%s/folded.txt from the built-in sampler: %s", p->out_dir, err);
        goto out;
    }
    if (write_flame(p, 0) < 0 || write_sampler_report(p, stacks) < 0) goto out;
    write_stats(p);
    print_summary(p, stacks, NULL, NULL, 0, stdout);
    rc = 0;
out:
    folded_free(stacks);
    free(folded);
    free(sample_opt);
    free(argv);
    return rc;
}

int profile_main(int argc, char **argv) {
    Profile p = {.out_dir = DEFAULT_DIR, .hz = DEFAULT_HZ};
    int a = parse_args(&p, argc, argv);
    if (a != 0) return a > 0 ? 0 : 2;
    int rc = 2;
    FILE *sf = fopen(p.script, "r");
    struct stat sst;
    if (sf && fstat(fileno(sf), &sst) == 0 && S_ISDIR(sst.st_mode)) fclose(sf), sf = NULL, errno = EISDIR;
    if (!sf) {
        perr("cannot open script '%s': %s", p.script, strerror(errno));
        return 2;
    }
    fclose(sf);
    ssize_t sl = readlink("/proc/self/exe", p.self, sizeof p.self - 1);
    if (sl <= 0) {
        /* perf execs its workload itself: /proc/self/exe would be perf */
        perr("cannot find the glassjit binary (/proc/self/exe): %s", strerror(errno));
        return 1;
    }
    p.self[sl] = '\0';
    if (prepare_dir(&p) < 0) goto out;
    rc = 3;
    if (p.no_perf)
        snprintf(p.no_perf_reason, sizeof p.no_perf_reason, "--no-perf was given");
    else if (check_perf(&p) == 0)
        rc = profile_with_perf(&p);
    if (rc == 3) {
        if (!p.no_perf)
            fprintf(stderr, "glassjit profile: %s\nglassjit profile: using the built-in sampler instead\n",
                    p.no_perf_reason);
        /* what a failed perf record left must not pass for a recording */
        static const char *const stale[] = {"perf.data", "perf.jit.data"};
        for (size_t k = 0; k < 2; k++) {
            char *f = path_join(p.dir, stale[k]);
            if (f) unlink(f);
            free(f);
        }
        rc = profile_with_sampler(&p);
    }
    if (rc == 0 && p.program_status != 0) {
        if (p.program_status > 0)
            fprintf(stderr, "glassjit profile: the program exited with status %d\n", p.program_status);
        rc = p.program_status > 0 ? p.program_status : 1;
    }
out:
    free(p.dir);
    free(p.perf);
    free(p.stats_json);
    return rc;
}
