/* flamegraph.c - folded stacks -> call tree -> interactive SVG (flamegraph.h). */
#include "flamegraph.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct FlameGraph {
    FlameNode root;
    size_t malformed;
};

/* ---- the tree ---------------------------------------------------------------- */

FlameGraph *flamegraph_new(void) {
    FlameGraph *fg = calloc(1, sizeof *fg);
    if (!fg) return NULL;
    fg->root.name = strdup("all");
    if (!fg->root.name) {
        free(fg);
        return NULL;
    }
    fg->root.kind = FRAME_OTHER;
    return fg;
}

/* Recursion depth is bounded by FLAMEGRAPH_MAX_DEPTH. */
static void free_children(FlameNode *n) {
    for (size_t i = 0; i < n->nchildren; i++) {
        free_children(n->children[i]);
        free(n->children[i]->name);
        free(n->children[i]);
    }
    free(n->children);
}

void flamegraph_free(FlameGraph *fg) {
    if (!fg) return;
    free_children(&fg->root);
    free(fg->root.name);
    free(fg);
}

const FlameNode *flamegraph_root(const FlameGraph *fg) { return &fg->root; }
uint64_t flamegraph_total(const FlameGraph *fg) { return fg->root.total; }
size_t flamegraph_malformed(const FlameGraph *fg) { return fg->malformed; }

/* strcmp order between a stored name and a (name, len) slice. */
static int cmp_slice(const char *stored, const char *name, size_t len) {
    size_t sl = strlen(stored);
    int c = memcmp(stored, name, sl < len ? sl : len);
    if (c) return c;
    return sl < len ? -1 : sl > len ? 1 : 0;
}

/* The child of `parent` called name[0..len), created (in sorted position)
 * when missing; NULL when out of memory. */
static FlameNode *child(FlameNode *parent, const char *name, size_t len) {
    size_t lo = 0, hi = parent->nchildren;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_slice(parent->children[mid]->name, name, len);
        if (c == 0) return parent->children[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    if (parent->nchildren == parent->cap) {
        size_t nc = parent->cap ? parent->cap * 2 : 4;
        FlameNode **t = realloc(parent->children, nc * sizeof *t);
        if (!t) return NULL;
        parent->children = t, parent->cap = nc;
    }
    FlameNode *n = calloc(1, sizeof *n);
    if (!n) return NULL;
    n->name = strndup(name, len);
    if (!n->name) {
        free(n);
        return NULL;
    }
    n->kind = frame_kind(n->name);
    memmove(parent->children + lo + 1, parent->children + lo, (parent->nchildren - lo) * sizeof *parent->children);
    parent->children[lo] = n;
    parent->nchildren++;
    return n;
}

int flamegraph_add_stack(FlameGraph *fg, const char *stack, size_t len, uint64_t count) {
    /* Validate the whole stack before touching the tree, so a malformed
     * line leaves no trace. */
    size_t depth = 1;
    bool bad = len == 0 || count > UINT64_MAX - fg->root.total;
    for (size_t i = 0; i < len && !bad; i++) {
        if (stack[i] == '\0') bad = true;
        else if (stack[i] == ';') {
            if (i == 0 || stack[i - 1] == ';' || i + 1 == len) bad = true;
            if (++depth > FLAMEGRAPH_MAX_DEPTH) bad = true;
        }
    }
    if (bad) {
        fg->malformed++;
        return -1;
    }
    if (count == 0) return 0;
    /* Create the path first and add the counts after, so running out of
     * memory half-way leaves only zero-sample nodes (never drawn), not a
     * tree whose totals disagree. */
    FlameNode **path = malloc(depth * sizeof *path);
    if (!path) return -1;
    FlameNode *node = &fg->root;
    size_t d = 0, start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && stack[i] != ';') continue;
        node = child(node, stack + start, i - start);
        if (!node) {
            free(path);
            return -1;
        }
        path[d++] = node;
        start = i + 1;
    }
    fg->root.total += count;
    for (size_t k = 0; k < d; k++) path[k]->total += count;
    path[d - 1]->self += count;
    free(path);
    return 0;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

int flamegraph_add_line(FlameGraph *fg, const char *line, size_t len) {
    while (len && is_space(line[len - 1])) len--;
    size_t lead = 0;
    while (lead < len && is_space(line[lead])) lead++;
    if (lead == len) return 0;
    size_t sep = len;
    while (sep > 0 && !is_space(line[sep - 1])) sep--;
    /* no separator, or no digits, or junk in the count */
    bool bad = sep == 0 || sep == len;
    uint64_t count = 0;
    for (size_t i = sep; i < len && !bad; i++) {
        unsigned dgt = (unsigned char)line[i] - '0';
        if (dgt > 9 || count > (UINT64_MAX - dgt) / 10) bad = true;
        else count = count * 10 + dgt;
    }
    if (bad) {
        fg->malformed++;
        return -1;
    }
    size_t end = sep;
    while (end && is_space(line[end - 1])) end--;
    return flamegraph_add_stack(fg, line, end, count) == 0 ? 1 : -1;
}

int flamegraph_read(FlameGraph *fg, FILE *in) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    while ((n = getline(&line, &cap, in)) >= 0) {
        /* -1 from add_line is a malformed line (counted) or no memory; only
         * the latter stops reading */
        size_t before = fg->malformed;
        if (flamegraph_add_line(fg, line, (size_t)n) < 0 && fg->malformed == before) {
            rc = -1;
            break;
        }
    }
    /* getline fails without EOF on a read error or when out of memory */
    if (ferror(in) || !feof(in)) rc = -1;
    free(line);
    return rc;
}

int flamegraph_read_buffer(FlameGraph *fg, const char *buf, size_t len) {
    size_t start = 0;
    while (start < len) {
        const char *nl = memchr(buf + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - buf) : len;
        size_t before = fg->malformed;
        if (flamegraph_add_line(fg, buf + start, end - start) < 0 && fg->malformed == before) return -1;
        start = end + 1;
    }
    return 0;
}

static void kind_totals(const FlameNode *n, uint64_t self[FRAME_KIND_COUNT]) {
    self[n->kind] += n->self;
    for (size_t i = 0; i < n->nchildren; i++) kind_totals(n->children[i], self);
}

void flamegraph_kind_totals(const FlameGraph *fg, uint64_t self[FRAME_KIND_COUNT]) {
    for (int k = 0; k < FRAME_KIND_COUNT; k++) self[k] = 0;
    kind_totals(&fg->root, self);
}

/* ---- SVG --------------------------------------------------------------------- */

enum { W = 1200, PAD = 10, FH = 16, TOP = 88, BOTTOM = 34 };
#define CHARW (0.59 * 12) /* average Verdana 12px glyph width, as flamegraph.pl estimates */
#define MINW 0.1

/* Length of the valid UTF-8 sequence at s (1-4), 0 when invalid or a
 * character XML 1.0 does not allow (controls other than tab, U+FFFE/FFFF). */
static size_t xml_char_len(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    if (c < 0x80) return (c >= 0x20 || c == '\t') ? 1 : 0;
    size_t k;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) k = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        k = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        k = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else return 0;
    if (n < k || s[1] < lo || s[1] > hi) return 0;
    for (size_t i = 2; i < k; i++)
        if (s[i] < 0x80 || s[i] > 0xBF) return 0;
    if (k == 3 && c == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF)) return 0;
    return k;
}

static size_t char_count(const char *s) {
    size_t n = strlen(s), chars = 0;
    for (size_t i = 0; i < n; chars++) {
        size_t k = xml_char_len((const unsigned char *)s + i, n - i);
        i += k ? k : 1;
    }
    return chars;
}

/* Writes at most `max` characters of s, XML-escaped, bad bytes as '?'. */
static void put_xml(FILE *out, const char *s, size_t max) {
    size_t n = strlen(s);
    for (size_t i = 0, chars = 0; i < n && chars < max; chars++) {
        size_t k = xml_char_len((const unsigned char *)s + i, n - i);
        if (k == 0) {
            fputc('?', out);
            i++;
            continue;
        }
        switch (s[i]) {
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '&': fputs("&amp;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&apos;", out); break;
        default: fwrite(s + i, 1, k, out);
        }
        i += k;
    }
}

/* The label drawn in a frame w pixels wide: the whole name, or its start and
 * "..", or nothing when not even three characters fit. */
static void put_label(FILE *out, const char *name, double w) {
    double fitd = (w - 6) / CHARW;
    if (fitd < 3) return;
    size_t fit = (size_t)fitd;
    if (char_count(name) <= fit) {
        put_xml(out, name, fit);
    } else {
        put_xml(out, name, fit - 2);
        fputs("..", out);
    }
}

static uint32_t fnv1a(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* One hue per kind, shade varied by a hash of the name so neighbours with
 * the same kind stay distinguishable.  base + v * step per channel. */
static const struct {
    int r, g, b, dr, dg, db;
} palette[FRAME_KIND_COUNT] = {
    [FRAME_GUEST] = {60, 170, 80, 40, 50, 40},    /* green */
    [FRAME_UOP] = {225, 80, 30, 30, 90, 30},      /* red-orange */
    [FRAME_INTERP] = {215, 190, 40, 30, 50, 30},  /* yellow */
    [FRAME_RUNTIME] = {90, 150, 215, 40, 40, 30}, /* blue */
    [FRAME_KERNEL] = {160, 110, 200, 40, 40, 40}, /* purple */
    [FRAME_OTHER] = {170, 170, 170, 40, 40, 40},  /* grey */
};

static void put_fill(FILE *out, FrameKind k, const char *name) {
    double v = (fnv1a(name) % 1000) / 1000.0;
    fprintf(out, "rgb(%d,%d,%d)", palette[k].r + (int)(v * palette[k].dr), palette[k].g + (int)(v * palette[k].dg),
            palette[k].b + (int)(v * palette[k].db));
}

typedef struct {
    FILE *out;
    uint64_t total;
    int maxdepth;
    unsigned long next_id;
} Svg;

static double px(const Svg *svg, uint64_t samples) { return (double)samples / (double)svg->total * (W - 2 * PAD); }

static int max_drawn_depth(const Svg *svg, const FlameNode *n, int depth) {
    int m = depth;
    for (size_t i = 0; i < n->nchildren; i++) {
        const FlameNode *c = n->children[i];
        if (c->total && px(svg, c->total) >= MINW) {
            int d = max_drawn_depth(svg, c, depth + 1);
            if (d > m) m = d;
        }
    }
    return m;
}

static void put_frame(Svg *svg, const FlameNode *n, int depth, uint64_t start) {
    FILE *out = svg->out;
    double x = PAD + px(svg, start), w = px(svg, n->total);
    double y = TOP + (double)(svg->maxdepth - depth) * FH;
    fprintf(out, "<g id=\"f%lu\" class=\"f k-%s\" data-s=\"%llu\" data-n=\"%llu\" data-d=\"%d\"><title>", svg->next_id++,
            frame_kind_name(n->kind), (unsigned long long)start, (unsigned long long)n->total, depth);
    put_xml(out, n->name, SIZE_MAX);
    /* the script takes the name as everything before the first newline */
    fprintf(out, "\n%llu samples, %.2f%%", (unsigned long long)n->total, 100.0 * (double)n->total / (double)svg->total);
    if (n->self) fprintf(out, " (self %llu, %.2f%%)", (unsigned long long)n->self, 100.0 * (double)n->self / (double)svg->total);
    fprintf(out, "</title><rect x=\"%.2f\" y=\"%.0f\" width=\"%.2f\" height=\"%d\" fill=\"", x, y, w, FH - 1);
    put_fill(out, n->kind, n->name);
    fprintf(out, "\"/><text x=\"%.2f\" y=\"%.0f\">", x + 3, y + FH - 5);
    put_label(out, n->name, w);
    fputs("</text></g>\n", out);
    uint64_t at = start;
    for (size_t i = 0; i < n->nchildren; i++) {
        const FlameNode *c = n->children[i];
        if (c->total && px(svg, c->total) >= MINW) put_frame(svg, c, depth + 1, at);
        at += c->total;
    }
}

/* The script: fixed text, parameters come from data-* attributes of <svg>.
 * It must not contain "]]>" (it sits in a CDATA section). */
static const char script[] =
    "(function () {\n"
    "  'use strict';\n"
    "  var svg = document.documentElement;\n"
    "  /* tests look for data-error / data-ready to tell a broken script */\n"
    "  window.addEventListener('error', function (e) { svg.setAttribute('data-error', String(e.message || e)); });\n"
    "  var W = +svg.getAttribute('data-width'), PAD = +svg.getAttribute('data-pad');\n"
    "  var CW = +svg.getAttribute('data-charw'), TOTAL = +svg.getAttribute('data-samples');\n"
    "  var status = document.getElementById('status'), reset = document.getElementById('reset');\n"
    "  var input = document.getElementById('search'), matched = document.getElementById('matched');\n"
    "  var box = document.getElementById('frames'), idle = status.textContent;\n"
    "  var frames = [], byG = new Map(), gs = box.getElementsByTagName('g');\n"
    "  for (var i = 0; i < gs.length; i++) {\n"
    "    var g = gs[i], t = g.getElementsByTagName('title')[0].textContent, nl = t.indexOf('\\n');\n"
    "    var f = { g: g, rect: g.getElementsByTagName('rect')[0], text: g.getElementsByTagName('text')[0],\n"
    "              s: +g.getAttribute('data-s'), n: +g.getAttribute('data-n'), d: +g.getAttribute('data-d'),\n"
    "              name: t.slice(0, nl), info: t.slice(nl + 1) };\n"
    "    frames.push(f);\n"
    "    byG.set(g, f);\n"
    "  }\n"
    "  function label(name, w) {\n"
    "    var fit = Math.floor((w - 6) / CW);\n"
    "    if (fit < 3) return '';\n"
    "    return name.length <= fit ? name : name.slice(0, fit - 2) + '..';\n"
    "  }\n"
    "  function place(f, x, w) {\n"
    "    f.rect.setAttribute('x', x.toFixed(2));\n"
    "    f.rect.setAttribute('width', w.toFixed(2));\n"
    "    f.text.setAttribute('x', (x + 3).toFixed(2));\n"
    "    f.text.textContent = label(f.name, w);\n"
    "  }\n"
    "  /* Zoom: z and its callees fill the width, its callers stay full width\n"
    "   * and faded, everything else hides.  Intervals of samples nest like the\n"
    "   * tree, so 'inside z's interval and at least as deep' means callee. */\n"
    "  function zoom(z) {\n"
    "    var span = W - 2 * PAD;\n"
    "    for (var i = 0; i < frames.length; i++) {\n"
    "      var f = frames[i], c = f.g.classList;\n"
    "      if (f.d >= z.d && f.s >= z.s && f.s + f.n <= z.s + z.n) {\n"
    "        c.remove('hide', 'parent');\n"
    "        place(f, PAD + (f.s - z.s) / z.n * span, f.n / z.n * span);\n"
    "      } else if (f.d < z.d && f.s <= z.s && f.s + f.n >= z.s + z.n) {\n"
    "        c.remove('hide');\n"
    "        c.add('parent');\n"
    "        place(f, PAD, span);\n"
    "      } else {\n"
    "        c.add('hide');\n"
    "      }\n"
    "    }\n"
    "    var on = z.d > 0;\n"
    "    reset.classList.toggle('off', !on);\n"
    "    svg.setAttribute('data-zoom', on ? z.g.id : '');\n"
    "  }\n"
    "  function frameOf(el) {\n"
    "    for (; el && el !== box; el = el.parentNode) { var f = byG.get(el); if (f) return f; }\n"
    "    return null;\n"
    "  }\n"
    "  box.addEventListener('mouseover', function (e) {\n"
    "    var f = frameOf(e.target);\n"
    "    if (f) status.textContent = f.name + ' \\u2014 ' + f.info;\n"
    "  });\n"
    "  box.addEventListener('mouseout', function () { status.textContent = idle; });\n"
    "  box.addEventListener('click', function (e) { var f = frameOf(e.target); if (f) zoom(f); });\n"
    "  reset.addEventListener('click', function () { if (frames.length) zoom(frames[0]); });\n"
    "  function search(term) {\n"
    "    var re = null;\n"
    "    if (term) {\n"
    "      try { re = new RegExp(term); }\n"
    "      catch (err) { re = new RegExp(term.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&')); }\n"
    "    }\n"
    "    var hits = [];\n"
    "    for (var i = 0; i < frames.length; i++) {\n"
    "      var f = frames[i], m = re !== null && re.test(f.name);\n"
    "      f.g.classList.toggle('match', m);\n"
    "      if (m) hits.push(f);\n"
    "    }\n"
    "    /* share of samples under any match, a match inside a match counted once */\n"
    "    hits.sort(function (a, b) { return a.s - b.s || b.n - a.n; });\n"
    "    var sum = 0, end = -1;\n"
    "    for (var j = 0; j < hits.length; j++) {\n"
    "      if (hits[j].s >= end) { sum += hits[j].n; end = hits[j].s + hits[j].n; }\n"
    "    }\n"
    "    matched.textContent = re ? 'Matched: ' + (TOTAL ? (100 * sum / TOTAL).toFixed(2) : '0.00') + '% (' +\n"
    "      hits.length + ' frames)' : '';\n"
    "    svg.setAttribute('data-matched', re ? String(sum) : '');\n"
    "  }\n"
    "  input.addEventListener('input', function () { search(input.value); });\n"
    "  document.addEventListener('keydown', function (e) {\n"
    "    if ((e.ctrlKey || e.metaKey) && e.key === 'f') { e.preventDefault(); input.focus(); }\n"
    "    else if (e.key === 'Escape') { input.value = ''; search(''); if (frames.length) zoom(frames[0]); }\n"
    "  });\n"
    "  /* flame.svg?s=REGEX opens with a search, like flamegraph.pl's */\n"
    "  var q = /[?&]s=([^&#]*)/.exec(location.search);\n"
    "  if (q) { input.value = decodeURIComponent(q[1]); search(input.value); }\n"
    "  svg.setAttribute('data-ready', '1');\n"
    "})();\n";

static const char style[] =
    "text { font-family: Verdana, sans-serif; font-size: 12px; fill: #000; }\n"
    "#title { font-size: 17px; }\n"
    "#frames text { pointer-events: none; }\n"
    "#frames { cursor: pointer; }\n"
    ".f:hover rect { stroke: #000; stroke-width: 0.6; }\n"
    ".f.match rect { fill: rgb(230,0,230); }\n"
    ".f.parent rect { opacity: 0.5; }\n"
    ".f.hide { display: none; }\n"
    ".btn { cursor: pointer; text-decoration: underline; }\n"
    ".btn.off { opacity: 0.2; cursor: default; }\n";

int flamegraph_write_svg(const FlameGraph *fg, FILE *out, const char *title) {
    if (!title) title = "Flame Graph";
    Svg svg = {.out = out, .total = fg->root.total, .maxdepth = 0, .next_id = 0};
    if (svg.total) svg.maxdepth = max_drawn_depth(&svg, &fg->root, 0);
    int height = TOP + (svg.maxdepth + 1) * FH + BOTTOM;

    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n", out);
    fprintf(out,
            "<svg version=\"1.1\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
            "viewBox=\"0 0 %d %d\" data-width=\"%d\" data-pad=\"%d\" data-charw=\"%.2f\" data-samples=\"%llu\" "
            "data-malformed=\"%zu\">\n",
            W, height, W, height, W, PAD, CHARW, (unsigned long long)svg.total, fg->malformed);
    fputs("<title>", out);
    put_xml(out, title, SIZE_MAX);
    fprintf(out, "</title>\n<style>\n%s</style>\n", style);
    fprintf(out, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#f8f8f4\"/>\n", W, height);
    fprintf(out, "<text id=\"title\" x=\"%d\" y=\"24\" text-anchor=\"middle\">", W / 2);
    put_xml(out, title, SIZE_MAX);
    fputs("</text>\n", out);

    /* legend: one swatch per kind, in the colour of a name hashing to the
     * middle of the kind's range */
    fputs("<g id=\"legend\">", out);
    for (int k = 0; k < FRAME_KIND_COUNT; k++) {
        int x = PAD + k * 190;
        fprintf(out,
                "<rect class=\"k-%s\" x=\"%d\" y=\"36\" width=\"12\" height=\"12\" fill=\"rgb(%d,%d,%d)\"/>"
                "<text x=\"%d\" y=\"46\">",
                frame_kind_name((FrameKind)k), x, palette[k].r + palette[k].dr / 2, palette[k].g + palette[k].dg / 2,
                palette[k].b + palette[k].db / 2, x + 17);
        put_xml(out, frame_kind_label((FrameKind)k), SIZE_MAX);
        fputs("</text>", out);
    }
    fputs("</g>\n", out);

    fprintf(out, "<text id=\"reset\" class=\"btn off\" x=\"%d\" y=\"72\">Reset zoom</text>\n", PAD);
    fprintf(out, "<text id=\"info\" x=\"%d\" y=\"72\" text-anchor=\"middle\">%llu samples", W / 2 - 120,
            (unsigned long long)svg.total);
    if (fg->malformed) fprintf(out, ", %zu malformed line%s skipped", fg->malformed, fg->malformed == 1 ? "" : "s");
    fputs("</text>\n", out);
    fprintf(out,
            "<foreignObject x=\"%d\" y=\"56\" width=\"240\" height=\"24\"><input xmlns=\"http://www.w3.org/1999/xhtml\" "
            "id=\"search\" type=\"search\" placeholder=\"Search (regex)\" "
            "style=\"width:230px;font:12px Verdana,sans-serif\"/></foreignObject>\n",
            W - PAD - 460);
    fprintf(out, "<text id=\"matched\" x=\"%d\" y=\"72\" text-anchor=\"end\"></text>\n", W - PAD);

    fputs("<g id=\"frames\">\n", out);
    if (svg.total) put_frame(&svg, &fg->root, 0, 0);
    fputs("</g>\n", out);
    if (!svg.total)
        fprintf(out, "<text id=\"empty\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">No samples</text>\n", W / 2,
                TOP + FH / 2);
    fprintf(out, "<text id=\"status\" x=\"%d\" y=\"%d\">%s</text>\n", PAD, height - 12,
            svg.total ? "Hover over a frame for details; click to zoom, Esc to reset." : "No samples to show.");
    fprintf(out, "<script type=\"text/javascript\"><![CDATA[\n%s]]></script>\n</svg>\n", script);
    fflush(out);
    return ferror(out) ? -1 : 0;
}

int flamegraph_render(FILE *out, const char *title, FILE *folded_in, size_t *malformed) {
    FlameGraph *fg = flamegraph_new();
    if (!fg) return -1;
    int rc = flamegraph_read(fg, folded_in);
    if (malformed) *malformed = flamegraph_malformed(fg);
    if (rc == 0) rc = flamegraph_write_svg(fg, out, title);
    flamegraph_free(fg);
    return rc;
}
