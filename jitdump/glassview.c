/* glassview.c - the context: copies code descriptions and fans them out to
 * the enabled sinks (gv_internal.h describes the sink interface). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gv_internal.h"

/* The GDB sink lives in gdb/gdbjit.c, written separately.  A static
 * library member is only linked when something references it strongly, so
 * reference it strongly when the file is there and weakly (NULL when
 * absent) otherwise, so the library links either way. */
#if defined(__has_include)
#if __has_include("gdbjit.c")
#define GV_HAVE_GDB_SINK 1
#endif
#endif
#ifndef GV_HAVE_GDB_SINK
#pragma weak gv_gdb_sink_ops
#endif

struct gv_ctx {
    gv_options opts; /* strings below are our copies */
    char *jitdump_dir, *elf_dump_dir;
    gv_sink sinks[GV_NSINKS];
    gv_code *first, *last; /* live codes */
    gv_code **pending;     /* added since the last flush, in order */
    size_t npending, cap;
};

static void default_warn(void *ud, const char *msg) {
    (void)ud;
    fprintf(stderr, "glassview: %s\n", msg);
}

static void vwarn(gv_ctx *ctx, const char *prefix, const char *fmt, va_list ap) {
    char msg[512];
    size_t n = prefix ? (size_t)snprintf(msg, sizeof msg, "%s: ", prefix) : 0;
    if (n >= sizeof msg)
        n = sizeof msg - 1;
    vsnprintf(msg + n, sizeof msg - n, fmt, ap);
    ctx->opts.warn(ctx->opts.warn_ud, msg);
}

void gv_warnf(gv_ctx *ctx, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vwarn(ctx, NULL, fmt, ap);
    va_end(ap);
}

void gv_sink_fail(gv_sink *s, const char *fmt, ...) {
    if (s->failed)
        return;
    s->failed = 1;
    va_list ap;
    va_start(ap, fmt);
    vwarn(s->ctx, s->ops ? s->ops->name : "sink", fmt, ap);
    va_end(ap);
}

int gv_write_all(int fd, const void *data, size_t n) {
    const unsigned char *p = data;
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (w == 0)
                errno = EIO;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

const gv_options *gv_ctx_options(const gv_ctx *ctx) { return &ctx->opts; }

gv_code *gv_ctx_codes(gv_ctx *ctx) { return ctx->first; }

static const gv_sink_ops *sink_ops(int index) {
    switch (index) {
    case 0: return &gv_perfmap_sink_ops;
    case 1: return &gv_jitdump_sink_ops;
    case 2: return &gv_gdb_sink_ops; /* NULL when the weak reference is unresolved */
    case 3: return &gv_libgcc_sink_ops;
    case 4: return &gv_libunwind_sink_ops;
    default: return &gv_gdbreader_sink_ops;
    }
}

static const char *const sink_names[GV_NSINKS] = {"perf-map", "jitdump", "gdb", "libgcc", "libunwind",
                                                  "gdb-reader"};

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

gv_ctx *gv_open(const gv_options *opts) {
    gv_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx)
        return NULL;
    if (opts)
        ctx->opts = *opts;
    ctx->jitdump_dir = dup_or_null(ctx->opts.jitdump_dir);
    ctx->elf_dump_dir = dup_or_null(ctx->opts.elf_dump_dir);
    if ((ctx->opts.jitdump_dir && !ctx->jitdump_dir) || (ctx->opts.elf_dump_dir && !ctx->elf_dump_dir)) {
        free(ctx->jitdump_dir);
        free(ctx->elf_dump_dir);
        free(ctx);
        return NULL;
    }
    ctx->opts.jitdump_dir = ctx->jitdump_dir;
    ctx->opts.elf_dump_dir = ctx->elf_dump_dir;
    if (!ctx->opts.warn)
        ctx->opts.warn = default_warn;
    for (int i = 0; i < GV_NSINKS; i++) {
        gv_sink *s = &ctx->sinks[i];
        s->ctx = ctx;
        s->index = i;
        s->bit = 1u << i;
        if (!(ctx->opts.sinks & s->bit))
            continue;
        s->ops = sink_ops(i);
        if (!s->ops) {
            s->failed = 1;
            gv_warnf(ctx, "%s: this build of glassview has no GDB sink (gdb/gdbjit.c missing)",
                     sink_names[i]);
            continue;
        }
        if (s->ops->open && s->ops->open(s, &ctx->opts) != 0) {
            gv_sink_fail(s, "could not start"); /* no-op if the sink said why */
            continue;
        }
        s->opened = 1;
    }
    return ctx;
}

static int sink_live(const gv_sink *s) { return s->opened && !s->failed; }

unsigned gv_sinks(const gv_ctx *ctx) {
    unsigned bits = 0;
    if (!ctx)
        return 0;
    for (int i = 0; i < GV_NSINKS; i++)
        if (sink_live(&ctx->sinks[i]))
            bits |= ctx->sinks[i].bit;
    return bits;
}

/* --- deep copy ---------------------------------------------------------- */

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }
static size_t str_size(const char *s) { return s ? strlen(s) + 1 : 0; }

/* Index of the first range using the same gv_cfi pointer (shared CFI is
 * copied once). */
static size_t first_with_cfi(const gv_range *r, size_t i) {
    for (size_t j = 0; j < i; j++)
        if (r[j].cfi == r[i].cfi)
            return j;
    return i;
}

static char *put_str(char **p, const char *s) {
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *d = memcpy(*p, s, n);
    *p += n;
    return d;
}

static gv_code *copy_code(const gv_code_info *in) {
    gv_range whole = {0, (uint32_t)in->size, in->name, NULL};
    const gv_range *ranges = in->nranges ? in->ranges : &whole;
    size_t nranges = in->nranges ? in->nranges : 1;

    size_t ncfi = 0, bytes = str_size(in->name) + str_size(in->source_file) + str_size(in->function);
    for (size_t i = 0; i < nranges; i++) {
        bytes += str_size(ranges[i].name);
        if (ranges[i].cfi && first_with_cfi(ranges, i) == i) {
            ncfi++;
            bytes += ranges[i].cfi->initial_len + ranges[i].cfi->insns_len;
        }
    }
    size_t off_ranges = align8(sizeof(gv_code));
    size_t off_lines = off_ranges + align8(nranges * sizeof(gv_range));
    size_t off_cfi = off_lines + align8(in->nlines * sizeof(gv_line));
    size_t off_bytes = off_cfi + align8(ncfi * sizeof(gv_cfi));
    char *blob = calloc(1, off_bytes + bytes);
    if (!blob)
        return NULL;

    gv_code *code = (gv_code *)blob;
    gv_range *r = (gv_range *)(blob + off_ranges);
    gv_line *l = (gv_line *)(blob + off_lines);
    gv_cfi *c = (gv_cfi *)(blob + off_cfi);
    char *p = blob + off_bytes;

    code->info = *in;
    code->info.name = put_str(&p, in->name);
    code->info.source_file = put_str(&p, in->source_file);
    code->info.function = put_str(&p, in->function);
    code->info.ranges = r;
    code->info.nranges = nranges;
    code->info.lines = in->nlines ? l : NULL;
    if (in->nlines)
        memcpy(l, in->lines, in->nlines * sizeof *l);
    for (size_t i = 0; i < nranges; i++) {
        r[i] = ranges[i];
        r[i].name = put_str(&p, ranges[i].name);
        if (!ranges[i].cfi)
            continue;
        size_t j = first_with_cfi(ranges, i);
        if (j != i) {
            r[i].cfi = r[j].cfi;
            continue;
        }
        *c = *ranges[i].cfi;
        if (c->initial_len) {
            c->initial = memcpy(p, ranges[i].cfi->initial, c->initial_len);
            p += c->initial_len;
        }
        if (c->insns_len) {
            c->insns = memcpy(p, ranges[i].cfi->insns, c->insns_len);
            p += c->insns_len;
        }
        r[i].cfi = c++;
    }
    return code;
}

/* The contract of glassview.h, checked so a sink never reads outside the
 * code: returns a reason, or NULL when the description is usable. */
static const char *invalid(const gv_code_info *in) {
    if (!in->start || in->size == 0)
        return "no code (start NULL or size 0)";
    if (in->size > UINT32_MAX)
        return "piece larger than 4 GiB";
    if (in->nranges && !in->ranges)
        return "nranges > 0 but ranges NULL";
    if (in->nlines && !in->lines)
        return "nlines > 0 but lines NULL";
    uint64_t end = 0;
    for (size_t i = 0; i < in->nranges; i++) {
        const gv_range *r = &in->ranges[i];
        if (r->offset < end || (uint64_t)r->offset + r->size > in->size)
            return "ranges overlap, are unsorted or exceed the piece";
        end = (uint64_t)r->offset + r->size;
    }
    for (size_t i = 1; i < in->nlines; i++)
        if (in->lines[i].offset < in->lines[i - 1].offset)
            return "line table not sorted by offset";
    return NULL;
}

gv_code *gv_code_add(gv_ctx *ctx, const gv_code_info *info) {
    if (!ctx || !info || !gv_sinks(ctx))
        return NULL;
    const char *why = invalid(info);
    if (why) {
        gv_warnf(ctx, "ignoring code '%s': %s", info->name ? info->name : "?", why);
        return NULL;
    }
    if (ctx->npending == ctx->cap) {
        size_t cap = ctx->cap ? ctx->cap * 2 : 16;
        gv_code **p = realloc(ctx->pending, cap * sizeof *p);
        if (!p)
            return NULL;
        ctx->pending = p;
        ctx->cap = cap;
    }
    gv_code *code = copy_code(info);
    if (!code)
        return NULL;
    for (int i = 0; i < GV_NSINKS; i++) {
        gv_sink *s = &ctx->sinks[i];
        if (sink_live(s) && s->ops->add && s->ops->add(s, code) != 0)
            gv_sink_fail(s, "failed to register '%s'", code->info.name ? code->info.name : "?");
    }
    code->prev = ctx->last;
    if (ctx->last)
        ctx->last->next = code;
    else
        ctx->first = code;
    ctx->last = code;
    code->pending = 1;
    ctx->pending[ctx->npending++] = code;
    return code;
}

void gv_flush(gv_ctx *ctx) {
    if (!ctx || !ctx->npending)
        return;
    for (int i = 0; i < GV_NSINKS; i++) {
        gv_sink *s = &ctx->sinks[i];
        if (sink_live(s) && s->ops->flush && s->ops->flush(s, ctx->pending, ctx->npending) != 0)
            gv_sink_fail(s, "failed to publish %zu piece(s) of code", ctx->npending);
    }
    for (size_t i = 0; i < ctx->npending; i++)
        ctx->pending[i]->pending = 0;
    ctx->npending = 0;
}

void gv_code_remove(gv_ctx *ctx, gv_code *code) {
    if (!ctx || !code)
        return;
    if (code->pending) {
        for (size_t i = 0; i < ctx->npending; i++) {
            if (ctx->pending[i] == code) {
                memmove(&ctx->pending[i], &ctx->pending[i + 1],
                        (ctx->npending - i - 1) * sizeof *ctx->pending);
                ctx->npending--;
                break;
            }
        }
    }
    for (int i = GV_NSINKS - 1; i >= 0; i--) {
        gv_sink *s = &ctx->sinks[i];
        if (s->opened && s->ops->remove)
            s->ops->remove(s, code);
    }
    if (code->prev)
        code->prev->next = code->next;
    else
        ctx->first = code->next;
    if (code->next)
        code->next->prev = code->prev;
    else
        ctx->last = code->prev;
    free(code);
}

void gv_close(gv_ctx *ctx) {
    if (!ctx)
        return;
    gv_flush(ctx);
    for (int i = 0; i < GV_NSINKS; i++)
        ctx->sinks[i].closing = 1;
    while (ctx->last)
        gv_code_remove(ctx, ctx->last);
    for (int i = GV_NSINKS - 1; i >= 0; i--) {
        gv_sink *s = &ctx->sinks[i];
        if (s->opened && s->ops->close)
            s->ops->close(s);
    }
    free(ctx->pending);
    free(ctx->jitdump_dir);
    free(ctx->elf_dump_dir);
    free(ctx);
}

gv_eh_fde *gv_code_fdes(const gv_code *code) {
    size_t n = code->info.nranges;
    gv_eh_fde *f = malloc(n * sizeof *f);
    if (!f)
        return NULL;
    uint64_t base = (uint64_t)(uintptr_t)code->info.start;
    for (size_t i = 0; i < n; i++) {
        f[i].pc = base + code->info.ranges[i].offset;
        f[i].len = code->info.ranges[i].size;
        f[i].cfi = code->info.ranges[i].cfi;
    }
    return f;
}

const char *gv_lookup(gv_ctx *ctx, const void *addr, const char **source_file, unsigned *line) {
    if (source_file)
        *source_file = NULL;
    if (line)
        *line = 0;
    if (!ctx)
        return NULL;
    uintptr_t a = (uintptr_t)addr;
    for (const gv_code *c = ctx->first; c; c = c->next) {
        uintptr_t start = (uintptr_t)c->info.start;
        if (a < start || a - start >= c->info.size)
            continue;
        uint32_t off = (uint32_t)(a - start);
        /* the last range and the last line row starting at or before off */
        const char *name = c->info.name;
        size_t lo = 0, hi = c->info.nranges;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (c->info.ranges[mid].offset <= off)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo && off - c->info.ranges[lo - 1].offset < c->info.ranges[lo - 1].size &&
            c->info.ranges[lo - 1].name)
            name = c->info.ranges[lo - 1].name;
        if (source_file)
            *source_file = c->info.source_file;
        if (line) {
            lo = 0, hi = c->info.nlines;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (c->info.lines[mid].offset <= off)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            *line = lo ? c->info.lines[lo - 1].line : 0;
        }
        return name;
    }
    return NULL;
}

int gv_parse_sinks(const char *list) {
    if (!list)
        return -1;
    int bits = 0;
    const char *p = list;
    while (*p) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        int bit = -1;
        if (len == 3 && strncmp(p, "all", 3) == 0)
            bit = GV_SINK_ALL;
        else if (len == 4 && strncmp(p, "none", 4) == 0)
            bit = 0;
        for (int i = 0; i < GV_NSINKS && bit < 0; i++)
            if (strlen(sink_names[i]) == len && strncmp(p, sink_names[i], len) == 0)
                bit = 1 << i;
        if (bit < 0)
            return -1;
        bits |= bit;
        if (!end)
            break;
        p = end + 1;
    }
    return bits;
}
