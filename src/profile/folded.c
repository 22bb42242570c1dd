/* folded.c - folded stacks and the `perf script` collapser (folded.h).
 *
 * perf script prints a sample as a header line (comm, pid, time, period,
 * event) followed by its callchain, leaf first, one "\t<ip> <sym>+0x<off>
 * (<dso>)" line per frame, each optionally followed by a "  <file>:<line>"
 * srcline line (-F +srcline), and a blank line.  Flame graphs want the
 * reverse: root first, no offsets (so that samples at different
 * instructions of one function merge), one line per distinct stack. */
#include "folded.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void seterr(char *err, size_t errlen, const char *fmt, ...) {
    if (!err || !errlen) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* ---- the stack multiset ------------------------------------------------- */

typedef struct {
    char *stack; /* NULL: empty slot */
    unsigned long long count;
    uint64_t hash;
} Entry;

struct Folded {
    Entry *slots;
    size_t cap, used; /* cap: a power of two, kept at most half full */
    unsigned long long total;
};

static uint64_t hash_str(const char *s) {
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

Folded *folded_new(void) {
    Folded *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    f->cap = 64;
    f->slots = calloc(f->cap, sizeof *f->slots);
    if (!f->slots) {
        free(f);
        return NULL;
    }
    return f;
}

void folded_free(Folded *f) {
    if (!f) return;
    for (size_t i = 0; i < f->cap; i++) free(f->slots[i].stack);
    free(f->slots);
    free(f);
}

static int grow(Folded *f) {
    size_t ncap = f->cap * 2;
    Entry *ns = calloc(ncap, sizeof *ns);
    if (!ns) return -1;
    for (size_t i = 0; i < f->cap; i++) {
        if (!f->slots[i].stack) continue;
        size_t j = f->slots[i].hash & (ncap - 1);
        while (ns[j].stack) j = (j + 1) & (ncap - 1);
        ns[j] = f->slots[i];
    }
    free(f->slots);
    f->slots = ns;
    f->cap = ncap;
    return 0;
}

/* A folded stack must survive a round trip through the text format: no
 * empty frames (";;", leading or trailing ';') and no line breaks. */
static int stack_ok(const char *s) {
    if (!*s || *s == ';') return 0;
    for (const char *p = s; *p; p++) {
        if (*p == '\n' || *p == '\r') return 0;
        if (*p == ';' && (p[1] == ';' || p[1] == '\0')) return 0;
    }
    return 1;
}

int folded_add(Folded *f, const char *stack, unsigned long long count) {
    if (!stack_ok(stack)) return -1;
    if ((f->used + 1) * 2 > f->cap && grow(f) < 0) return -1;
    uint64_t h = hash_str(stack);
    size_t j = h & (f->cap - 1);
    while (f->slots[j].stack) {
        if (f->slots[j].hash == h && !strcmp(f->slots[j].stack, stack)) {
            f->slots[j].count += count;
            f->total += count;
            return 0;
        }
        j = (j + 1) & (f->cap - 1);
    }
    char *copy = strdup(stack);
    if (!copy) return -1;
    f->slots[j] = (Entry){copy, count, h};
    f->used++;
    f->total += count;
    return 0;
}

unsigned long long folded_total(const Folded *f) { return f->total; }
size_t folded_stacks(const Folded *f) { return f->used; }

static int cmp_entry(const void *a, const void *b) {
    return strcmp((*(const Entry *const *)a)->stack, (*(const Entry *const *)b)->stack);
}

void folded_foreach(const Folded *f, void (*fn)(void *ctx, const char *stack, unsigned long long count),
                    void *ctx) {
    const Entry **v = malloc((f->used ? f->used : 1) * sizeof *v);
    if (!v) {
        /* still visit everything, just unsorted */
        for (size_t i = 0; i < f->cap; i++)
            if (f->slots[i].stack) fn(ctx, f->slots[i].stack, f->slots[i].count);
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < f->cap; i++)
        if (f->slots[i].stack) v[n++] = &f->slots[i];
    qsort(v, n, sizeof *v, cmp_entry);
    for (size_t i = 0; i < n; i++) fn(ctx, v[i]->stack, v[i]->count);
    free(v);
}

typedef struct {
    FILE *out;
    int failed;
} WriteCtx;

static void write_one(void *ctx, const char *stack, unsigned long long count) {
    WriteCtx *w = ctx;
    if (fprintf(w->out, "%s %llu\n", stack, count) < 0) w->failed = 1;
}

int folded_write(const Folded *f, FILE *out) {
    WriteCtx w = {out, 0};
    folded_foreach(f, write_one, &w);
    if (fflush(out) != 0) w.failed = 1;
    return w.failed ? -1 : 0;
}

int folded_read(Folded *f, FILE *in, char *err, size_t errlen) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    unsigned long lineno = 0;
    int rc = 0;
    while ((len = getline(&line, &cap, in)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
        if (len == 0) continue;
        char *sp = strrchr(line, ' ');
        if (!sp || sp == line || !sp[1]) {
            seterr(err, errlen, "line %lu: expected 'frame;...;frame COUNT'", lineno);
            rc = -1;
            break;
        }
        char *end;
        errno = 0;
        unsigned long long c = strtoull(sp + 1, &end, 10);
        if (*end || errno || !isdigit((unsigned char)sp[1])) {
            seterr(err, errlen, "line %lu: '%s' is not a sample count", lineno, sp + 1);
            rc = -1;
            break;
        }
        *sp = '\0';
        if (folded_add(f, line, c) < 0) {
            seterr(err, errlen, "line %lu: malformed stack (empty frame) or out of memory", lineno);
            rc = -1;
            break;
        }
    }
    if (rc == 0 && ferror(in)) {
        seterr(err, errlen, "read error");
        rc = -1;
    }
    free(line);
    return rc;
}

/* ---- frames ------------------------------------------------------------- */

char *folded_frame_name(const PerfFrame *fr) {
    const char *sym = fr->sym && *fr->sym ? fr->sym : "[unknown]";
    char dsoname[256];
    if (!strcmp(sym, "[unknown]") && fr->dso && *fr->dso && fr->dso[0] != '[') {
        /* "[libgcc_s.so.1]" says more than "[unknown]" (stackcollapse-perf.pl
         * names such frames after their dso too) */
        const char *base = strrchr(fr->dso, '/');
        snprintf(dsoname, sizeof dsoname, "[%s]", base ? base + 1 : fr->dso);
        sym = dsoname;
    }
    size_t n = strlen(sym);
    char *s = malloc(n + 5);
    if (!s) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = sym[i];
        if (c == '\n' || c == '\r') continue;
        s[k++] = c == ';' ? ':' : c;
    }
    if (k == 0) {
        free(s);
        return strdup("[unknown]");
    }
    if (fr->kernel) memcpy(s + k, "_[k]", 4), k += 4;
    s[k] = '\0';
    return s;
}

int folded_add_frames(Folded *f, const PerfFrame *frames, size_t n) {
    if (n == 0) return folded_add(f, "[unknown]", 1);
    char **names = calloc(n, sizeof *names);
    if (!names) return -1;
    size_t len = 0;
    int rc = -1;
    for (size_t i = 0; i < n; i++) {
        if (!(names[i] = folded_frame_name(&frames[i]))) goto out;
        len += strlen(names[i]) + 1;
    }
    char *stack = malloc(len);
    if (!stack) goto out;
    char *p = stack;
    for (size_t i = n; i-- > 0;) { /* perf prints leaf first; folded is root first */
        size_t l = strlen(names[i]);
        memcpy(p, names[i], l);
        p += l;
        *p++ = i ? ';' : '\0';
    }
    rc = folded_add(f, stack, 1);
    free(stack);
out:
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    return rc;
}

/* ---- the perf script parser --------------------------------------------- */

typedef struct {
    char *sym, *dso, *srcline;
    int kernel;
} OwnedFrame;

typedef struct {
    OwnedFrame *v;
    size_t n, cap;
} FrameVec;

static void vec_clear(FrameVec *fv) {
    for (size_t i = 0; i < fv->n; i++) {
        free(fv->v[i].sym);
        free(fv->v[i].dso);
        free(fv->v[i].srcline);
    }
    fv->n = 0;
}

static void rtrim(char *s) {
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
}

/* "sym+0x1f" -> "sym": samples at different offsets of one function are
 * one frame in a flame graph. */
static void strip_offset(char *sym) {
    char *plus = strrchr(sym, '+');
    if (!plus || plus == sym || strncmp(plus, "+0x", 3) || !plus[3]) return;
    for (char *p = plus + 3; *p; p++)
        if (!isxdigit((unsigned char)*p)) return;
    *plus = '\0';
}

static int is_kernel(unsigned long long ip, const char *dso) {
    if (!strncmp(dso, "[kernel", 7) || !strncmp(dso, "[guest.kernel", 13)) return 1;
    size_t n = strlen(dso);
    if ((n > 3 && !strcmp(dso + n - 3, ".ko")) || strstr(dso, ".ko.")) return 1;
    /* x86-64 and arm64 kernels live in the top half of the address space;
     * perf prints ffffffffffffffff for the end of a truncated DWARF chain,
     * which is no kernel frame */
    if (*dso && strcmp(dso, "[unknown]")) return 0;
    return ip >= 0xffff800000000000ull && ip != ~0ull;
}

/* Parses "<hex ip> <sym>[+0x<off>] [(<dso>)]" (leading blanks allowed).
 * Returns 0 and fills *fr with malloc'd strings, or -1 if s is not a frame. */
static int parse_frame(const char *s, OwnedFrame *fr) {
    while (*s == ' ' || *s == '\t') s++;
    const char *p = s;
    while (isxdigit((unsigned char)*p)) p++;
    if (p == s || (*p != ' ' && *p != '\t')) return -1;
    unsigned long long ip = strtoull(s, NULL, 16);
    while (*p == ' ' || *p == '\t') p++;
    char *rest = strdup(p);
    if (!rest) return -1;
    rtrim(rest);
    char *dso = NULL;
    size_t n = strlen(rest);
    if (n > 0 && rest[n - 1] == ')') {
        /* the dso is the last balanced (...) group: "(/x.so (deleted))" */
        int depth = 0;
        size_t i = n;
        while (i-- > 0) {
            if (rest[i] == ')') depth++;
            else if (rest[i] == '(' && --depth == 0) break;
        }
        if (depth == 0 && i < n && (i == 0 || rest[i - 1] == ' ')) {
            rest[n - 1] = '\0';
            dso = strdup(rest + i + 1);
            rest[i] = '\0';
            rtrim(rest);
            if (!dso) {
                free(rest);
                return -1;
            }
        }
    }
    if (!dso && !(dso = strdup(""))) {
        free(rest);
        return -1;
    }
    strip_offset(rest);
    if (!*rest) {
        free(rest);
        if (!(rest = strdup("[unknown]"))) {
            free(dso);
            return -1;
        }
    }
    fr->sym = rest;
    fr->dso = dso;
    fr->srcline = NULL;
    fr->kernel = is_kernel(ip, dso);
    return 0;
}

/* A usable srcline is FILE:LINE with a real file and a line above 0 (perf
 * prints "??:0" when it knows nothing, "[kernel.kallsyms][ip]" for the
 * kernel). */
static char *parse_srcline(const char *s) {
    while (*s == ' ' || *s == '\t') s++;
    char *copy = strdup(s);
    if (!copy) return NULL;
    rtrim(copy);
    char *colon = strrchr(copy, ':');
    int ok = colon && colon != copy && colon[1] && strncmp(copy, "??", 2) != 0;
    if (ok) {
        for (char *p = colon + 1; *p; p++)
            if (!isdigit((unsigned char)*p)) ok = 0;
        if (ok && strtoul(colon + 1, NULL, 10) == 0) ok = 0;
    }
    if (!ok) {
        free(copy);
        return NULL;
    }
    return copy;
}

static int emit(FrameVec *fv, PerfSampleFn fn, void *ctx, char *err, size_t errlen) {
    PerfFrame *v = malloc((fv->n ? fv->n : 1) * sizeof *v);
    if (!v) {
        seterr(err, errlen, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < fv->n; i++)
        v[i] = (PerfFrame){fv->v[i].sym, fv->v[i].dso, fv->v[i].srcline, fv->v[i].kernel};
    int rc = fn(ctx, v, fv->n);
    free(v);
    vec_clear(fv);
    return rc;
}

static int push(FrameVec *fv, OwnedFrame fr) {
    if (fv->n == fv->cap) {
        size_t ncap = fv->cap ? fv->cap * 2 : 32;
        OwnedFrame *nv = realloc(fv->v, ncap * sizeof *nv);
        if (!nv) return -1;
        fv->v = nv;
        fv->cap = ncap;
    }
    fv->v[fv->n++] = fr;
    return 0;
}

/* Without a callchain perf prints the sample's own frame at the end of the
 * header: "comm pid time: period event:  <ip> <sym>+0x<off> (<dso>)".  The
 * frame starts after the last ": " whose tail parses as one. */
static int header_frame(const char *line, OwnedFrame *fr) {
    const char *best = NULL;
    for (const char *p = strstr(line, ": "); p; p = strstr(p + 1, ": ")) best = p;
    if (!best) return -1;
    return parse_frame(best + 2, fr);
}

/* Hands the sample to the callback; a sample without callchain lines gets
 * the frame its header names, if any. */
static int finish(FrameVec *fv, const char *header, PerfSampleFn fn, void *ctx, char *err, size_t errlen) {
    OwnedFrame fr;
    if (fv->n == 0 && header && header_frame(header, &fr) == 0 && push(fv, fr) < 0) {
        free(fr.sym), free(fr.dso);
        seterr(err, errlen, "out of memory");
        return -1;
    }
    return emit(fv, fn, ctx, err, errlen);
}

int perf_script_parse(FILE *in, PerfSampleFn fn, void *ctx, char *err, size_t errlen) {
    FrameVec fv = {0};
    char *line = NULL, *header = NULL;
    size_t cap = 0;
    ssize_t len;
    unsigned long lineno = 0;
    int in_sample = 0, rc = 0;
    while ((len = getline(&line, &cap, in)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
        const char *t = line;
        while (*t == ' ' || *t == '\t') t++;
        int blank = *t == '\0';
        if (!blank && line[0] != '\t' && line[0] != ' ') {
            /* a header: the previous sample ended (no blank line between
             * samples without callchains) */
            if (in_sample && (rc = finish(&fv, header, fn, ctx, err, errlen)) != 0) break;
            free(header);
            if (!(header = strdup(line))) {
                seterr(err, errlen, "out of memory");
                rc = -1;
                break;
            }
            in_sample = 1;
            continue;
        }
        if (blank) {
            if (in_sample && (rc = finish(&fv, header, fn, ctx, err, errlen)) != 0) break;
            in_sample = 0;
            continue;
        }
        if (!in_sample) {
            seterr(err, errlen, "line %lu: a frame line outside of any sample", lineno);
            rc = -1;
            break;
        }
        if (line[0] == '\t') {
            OwnedFrame fr;
            if (parse_frame(line, &fr) < 0) {
                seterr(err, errlen, "line %lu: expected '<address> <symbol> (<dso>)'", lineno);
                rc = -1;
                break;
            }
            if (push(&fv, fr) < 0) {
                free(fr.sym), free(fr.dso);
                seterr(err, errlen, "out of memory");
                rc = -1;
                break;
            }
        } else if (fv.n > 0 && !fv.v[fv.n - 1].srcline) {
            /* "  file:line" after a frame (-F +srcline) */
            fv.v[fv.n - 1].srcline = parse_srcline(line);
        }
        /* other space-indented lines (a second srcline line of inlined
         * code, extra fields) carry nothing the collapser uses */
    }
    if (rc == 0 && in_sample) rc = finish(&fv, header, fn, ctx, err, errlen);
    if (rc == 0 && ferror(in)) {
        seterr(err, errlen, "read error");
        rc = -1;
    }
    vec_clear(&fv);
    free(fv.v);
    free(line);
    free(header);
    return rc;
}
