/* gen_bytecodes.c - turns the instruction definitions into C.
 *
 * Reads src/vm/bytecodes.def (format documented at its top and in
 * docs/bytecodes.md) and writes, into an output directory:
 *   opcodes.h       instructions and uops: enums, names, cache sizes, stack
 *                   effects, families, and each instruction's uop expansion
 *   interp_cases.h  one TARGET per instruction for the tier-1 interpreter
 *   uop_cases.h     one UOP_CASE per uop for the tier-2 uop interpreter
 * Every consumer (interpreter, uop interpreter, stencils) includes generated
 * bodies and supplies its own definitions of the body macros (ERROR_IF,
 * DEOPT_IF, JUMP_TO, ...), so semantics are written once.
 *
 * Three kinds of definitions:
 *   inst NAME (in -- out) attrs { body }   an instruction that is also the uop _NAME
 *   op _NAME (in -- out) { body }          a uop (a piece of macros, or tier-2 only)
 *   macro NAME attrs = _A + _B             an instruction made of uops, run in order
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ITEMS 8
#define MAX_DEFS 512
#define MAX_PARTS 6

typedef struct Item {
    char name[64];
    char count[96]; /* "" for a single Value, else the array size expression */
} Item;

typedef struct Uop {
    char name[64];    /* with the leading underscore */
    Item in[MAX_ITEMS], out[MAX_ITEMS];
    int nin, nout;
    int line;         /* of the body's first line in the .def */
    char *body;
} Uop;

typedef struct Inst {
    char name[64];
    int parts[MAX_PARTS]; /* uop indexes, run in order */
    int nparts;
    int cache;        /* inline cache code units following the instruction */
    char base[64];    /* family head for specialized forms, "" otherwise */
    int is_base;      /* some other instruction names this one as base */
    int jumps;        /* oparg is a jump target */
} Inst;

static Uop uops[MAX_DEFS];
static int nuops;
static Inst insts[MAX_DEFS];
static int ninsts;
static const char *def_path;

static void die(int line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: error: ", def_path, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static char *trim(char *s) {
    while (isspace((unsigned char)*s)) s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1])) *--e = 0;
    return s;
}

/* "a, b[oparg], c" -> items; commas inside [] or () do not split. */
static int parse_items(char *s, Item *items, int line) {
    int n = 0;
    s = trim(s);
    if (!*s) return 0;
    for (;;) {
        char *tok = s;
        int depth = 0;
        while (*s && (depth || *s != ',')) {
            if (*s == '[' || *s == '(') depth++;
            if (*s == ']' || *s == ')') depth--;
            s++;
        }
        int last = *s == 0;
        *s = 0;
        if (n == MAX_ITEMS) die(line, "too many stack items");
        tok = trim(tok);
        Item *it = &items[n++];
        char *br = strchr(tok, '[');
        if (br) {
            char *close = strrchr(tok, ']');
            if (!close) die(line, "missing ] in '%s'", tok);
            *close = 0;
            snprintf(it->count, sizeof it->count, "%s", br + 1);
            *br = 0;
        } else {
            it->count[0] = 0;
        }
        snprintf(it->name, sizeof it->name, "%s", trim(tok));
        if (last) break;
        s++;
    }
    return n;
}

static int read_name(char **pp, char *out, size_t size) {
    char *p = *pp;
    while (isspace((unsigned char)*p)) p++;
    size_t k = 0;
    while ((isalnum((unsigned char)*p) || *p == '_') && k + 1 < size) out[k++] = *p++;
    out[k] = 0;
    *pp = p;
    return (int)k;
}

/* attrs: cache=N base=NAME jump */
static void parse_attrs(char *rest, Inst *in, int lineno) {
    for (char *tok = strtok(rest, " \t\n"); tok; tok = strtok(NULL, " \t\n")) {
        if (!strncmp(tok, "cache=", 6)) in->cache = atoi(tok + 6);
        else if (!strncmp(tok, "base=", 5)) snprintf(in->base, sizeof in->base, "%s", tok + 5);
        else if (!strcmp(tok, "jump")) in->jumps = 1;
        else die(lineno, "unknown attribute '%s'", tok);
    }
}

/* "(in -- out) rest {" : fills the uop's stack effect, returns the rest. */
static char *parse_effect(char *p, Uop *u, int lineno) {
    char *lp = strchr(p, '('), *rp = NULL;
    if (lp) {
        int depth = 0;
        for (char *q = lp; *q; q++) {
            if (*q == '(') depth++;
            if (*q == ')' && --depth == 0) { rp = q; break; }
        }
    }
    if (!lp || !rp) die(lineno, "expected (inputs -- outputs)");
    *rp = 0;
    char *sep = strstr(lp + 1, "--");
    if (!sep) die(lineno, "missing -- in stack effect");
    *sep = 0;
    u->nin = parse_items(lp + 1, u->in, lineno);
    u->nout = parse_items(sep + 2, u->out, lineno);
    char *rest = rp + 1;
    char *brace = strchr(rest, '{');
    if (!brace) die(lineno, "expected { at end of header");
    *brace = 0;
    return rest;
}

static int find_uop(const char *name) {
    for (int i = 0; i < nuops; i++)
        if (!strcmp(uops[i].name, name)) return i;
    return -1;
}

static Uop *new_uop(int lineno) {
    if (nuops == MAX_DEFS) die(lineno, "too many uops");
    Uop *u = &uops[nuops++];
    memset(u, 0, sizeof *u);
    return u;
}

static Inst *new_inst(int lineno) {
    if (ninsts == MAX_DEFS) die(lineno, "too many instructions");
    Inst *in = &insts[ninsts++];
    memset(in, 0, sizeof *in);
    return in;
}

static void read_defs(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); exit(1); }
    char line[1024];
    int lineno = 0;
    Uop *cur = NULL;
    size_t blen = 0, bcap = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (cur) {
            if (!strcmp(line, "}\n") || !strcmp(line, "}")) {
                cur = NULL;
                continue;
            }
            size_t n = strlen(line);
            if (blen + n + 1 > bcap) {
                bcap = (blen + n + 1) * 2;
                cur->body = realloc(cur->body, bcap);
            }
            memcpy(cur->body + blen, line, n + 1);
            blen += n;
            continue;
        }
        char *p = line;
        if (!strncmp(line, "inst ", 5)) {
            p += 5;
            Inst *in = new_inst(lineno);
            read_name(&p, in->name, sizeof in->name);
            Uop *u = new_uop(lineno);
            u->name[0] = '_';
            memcpy(u->name + 1, in->name, sizeof u->name - 1); /* in->name is shorter by construction */
            u->name[sizeof u->name - 1] = 0;
            char *rest = parse_effect(p, u, lineno);
            parse_attrs(rest, in, lineno);
            in->parts[in->nparts++] = nuops - 1;
            cur = u;
        } else if (!strncmp(line, "op ", 3)) {
            p += 3;
            Uop *u = new_uop(lineno);
            read_name(&p, u->name, sizeof u->name);
            if (u->name[0] != '_') die(lineno, "uop names start with _ (%s)", u->name);
            parse_effect(p, u, lineno);
            cur = u;
        } else if (!strncmp(line, "macro ", 6)) {
            p += 6;
            Inst *in = new_inst(lineno);
            read_name(&p, in->name, sizeof in->name);
            char *eq = strstr(p, " = ");
            if (!eq) die(lineno, "macro needs ' = _UOP + _UOP'");
            *eq = 0;
            char parts[sizeof line];
            memcpy(parts, eq + 3, strlen(eq + 3) + 1); /* both fit in line */
            parse_attrs(p, in, lineno);
            for (char *tok = strtok(parts, "+ \t\n;"); tok; tok = strtok(NULL, "+ \t\n;")) {
                int k = find_uop(tok);
                if (k < 0) die(lineno, "unknown uop %s (define ops before the macro)", tok);
                if (in->nparts == MAX_PARTS) die(lineno, "too many parts");
                in->parts[in->nparts++] = k;
            }
            continue;
        } else {
            continue;
        }
        cur->line = lineno + 1;
        cur->body = calloc(1, 1);
        blen = 0;
        bcap = 1;
    }
    if (cur) die(lineno, "unterminated body of %s", cur->name);
    fclose(f);
    for (int i = 0; i < ninsts; i++) {
        if (!insts[i].base[0]) continue;
        int found = 0;
        for (int j = 0; j < ninsts; j++)
            if (!strcmp(insts[j].name, insts[i].base)) {
                insts[j].is_base = 1;
                found = 1;
                if (insts[j].cache != insts[i].cache)
                    die(0, "%s must have the same cache size as its base %s", insts[i].name, insts[j].name);
            }
        if (!found) die(0, "%s: unknown base %s", insts[i].name, insts[i].base);
    }
}

/* "(1 + (oparg) + 2)" style size of a list of items. */
static void size_expr(const Item *items, int n, char *out, size_t sz) {
    int fixed = 0;
    char buf[512] = "";
    for (int i = 0; i < n; i++) {
        if (!items[i].count[0]) fixed++;
        else {
            strncat(buf, " + (", sizeof buf - strlen(buf) - 1);
            strncat(buf, items[i].count, sizeof buf - strlen(buf) - 1);
            strncat(buf, ")", sizeof buf - strlen(buf) - 1);
        }
    }
    snprintf(out, sz, "(%d%s)", fixed, buf);
}

#define OFF_SZ 1200
/* off := (off + size of item) */
static void offset_add(char *off, const Item *it) {
    char tmp[OFF_SZ];
    int n = snprintf(tmp, sizeof tmp, "(%s + (%s))", off, it->count[0] ? it->count : "1");
    if (n < 0 || n >= OFF_SZ) { fprintf(stderr, "gen_bytecodes: stack offset expression too long\n"); exit(1); }
    memcpy(off, tmp, (size_t)n + 1);
}

static const Item *find_item(const Item *items, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (!strcmp(items[i].name, name)) return &items[i];
    return NULL;
}

/* A uop's stack effect as "(out) - (in)". */
static void effect_expr(const Uop *u, char *out, size_t size) {
    char a[600], b[600];
    size_expr(u->in, u->nin, a, sizeof a);
    size_expr(u->out, u->nout, b, sizeof b);
    snprintf(out, size, "%s - %s", b, a);
}

static void write_opcodes(FILE *o) {
    fprintf(o, "/* Generated by gen_bytecodes from src/vm/bytecodes.def. Do not edit. */\n");
    fprintf(o, "#ifndef GJ_OPCODES_H\n#define GJ_OPCODES_H\n\n#include <stdint.h>\n\n");
    fprintf(o, "enum Opcode {\n");
    for (int i = 0; i < ninsts; i++) fprintf(o, "    %s = %d,\n", insts[i].name, i);
    fprintf(o, "    OPCODE__COUNT = %d\n};\n\n#define OPCODE_LIST(X)", ninsts);
    for (int i = 0; i < ninsts; i++) fprintf(o, " \\\n    X(%s)", insts[i].name);
    fprintf(o, "\n\nstatic const char *const opcode_names[] = {\n");
    for (int i = 0; i < ninsts; i++) fprintf(o, "    \"%s\",\n", insts[i].name);
    fprintf(o, "};\n\n/* Inline cache code units following each instruction. */\n");
    fprintf(o, "static const unsigned char opcode_cache_size[] = {\n");
    for (int i = 0; i < ninsts; i++) fprintf(o, "    %d, /* %s */\n", insts[i].cache, insts[i].name);
    fprintf(o, "};\n\n/* The generic instruction a specialized one falls back to (itself if none). */\n");
    fprintf(o, "static const unsigned char opcode_base[] = {\n");
    for (int i = 0; i < ninsts; i++) fprintf(o, "    %s, /* %s */\n", insts[i].base[0] ? insts[i].base : insts[i].name, insts[i].name);
    fprintf(o, "};\n\nstatic const unsigned char opcode_jumps[] = {\n");
    for (int i = 0; i < ninsts; i++) fprintf(o, "    %d, /* %s */\n", insts[i].jumps, insts[i].name);
    fprintf(o, "};\n\n/* Net stack effect when execution falls through to the next instruction. */\n");
    fprintf(o, "static inline int opcode_stack_effect(int op, int oparg) {\n    (void)oparg;\n    switch (op) {\n");
    for (int i = 0; i < ninsts; i++) {
        fprintf(o, "    case %s: return 0", insts[i].name);
        for (int k = 0; k < insts[i].nparts; k++) {
            char e[1300];
            effect_expr(&uops[insts[i].parts[k]], e, sizeof e);
            fprintf(o, " + (%s)", e);
        }
        fprintf(o, ";\n");
    }
    fprintf(o, "    default: return 0;\n    }\n}\n\n");

    fprintf(o, "/* ---- uops (tier 2) ---- */\n\nenum Uop {\n");
    for (int i = 0; i < nuops; i++) fprintf(o, "    UOP%s = %d,\n", uops[i].name, i);
    fprintf(o, "    UOP__COUNT = %d\n};\n\n#define UOP_LIST(X)", nuops);
    for (int i = 0; i < nuops; i++) fprintf(o, " \\\n    X(%s)", uops[i].name);
    fprintf(o, "\n\nstatic const char *const uop_names[] = {\n");
    for (int i = 0; i < nuops; i++) fprintf(o, "    \"%s\",\n", uops[i].name);
    fprintf(o, "};\n\n/* Each instruction as the uops that implement it, run in order. */\n");
    fprintf(o, "typedef struct InstUops { uint8_t n; uint16_t uops[%d]; } InstUops;\n", MAX_PARTS);
    fprintf(o, "static const InstUops opcode_uops[] = {\n");
    for (int i = 0; i < ninsts; i++) {
        fprintf(o, "    {%d, {", insts[i].nparts);
        for (int k = 0; k < insts[i].nparts; k++) fprintf(o, "%sUOP%s", k ? ", " : "", uops[insts[i].parts[k]].name);
        fprintf(o, "}}, /* %s */\n", insts[i].name);
    }
    fprintf(o, "};\n\n/* Stack items a uop reads and writes (for the trace optimizer). */\n");
    fprintf(o, "static inline int uop_inputs(int uop, int oparg) {\n    (void)oparg;\n    switch (uop) {\n");
    for (int i = 0; i < nuops; i++) {
        char a[600];
        size_expr(uops[i].in, uops[i].nin, a, sizeof a);
        fprintf(o, "    case UOP%s: return %s;\n", uops[i].name, a);
    }
    fprintf(o, "    default: return 0;\n    }\n}\n\nstatic inline int uop_outputs(int uop, int oparg) {\n    (void)oparg;\n    switch (uop) {\n");
    for (int i = 0; i < nuops; i++) {
        char b[600];
        size_expr(uops[i].out, uops[i].nout, b, sizeof b);
        fprintf(o, "    case UOP%s: return %s;\n", uops[i].name, b);
    }
    fprintf(o, "    default: return 0;\n    }\n}\n\n#endif\n");
}

/* Emits one uop's stack binding and body.  In tier 1 several of these run in
 * sequence for a macro; each binds its own inputs from the current sp. */
static void write_uop_body(FILE *o, const Uop *u, const char *def_abs) {
    char insz[600], outsz[600];
    size_expr(u->in, u->nin, insz, sizeof insz);
    size_expr(u->out, u->nout, outsz, sizeof outsz);
    fprintf(o, "    {\n    Value *base_ = sp - %s;\n    (void)base_;\n", insz);
    char off[OFF_SZ] = "0";
    for (int k = 0; k < u->nin; k++) {
        const Item *it = &u->in[k];
        if (strcmp(it->name, "unused")) {
            if (it->count[0]) fprintf(o, "    Value *%s = base_ + %s;\n", it->name, off);
            else fprintf(o, "    Value %s = base_[%s];\n", it->name, off);
        }
        offset_add(off, it);
    }
    for (int k = 0; k < u->nout; k++) {
        const Item *it = &u->out[k];
        if (!strcmp(it->name, "unused") || find_item(u->in, u->nin, it->name)) continue;
        if (it->count[0]) {
            char o2[OFF_SZ] = "0"; /* output arrays are addressed in place */
            for (int j = 0; j < k; j++) offset_add(o2, &u->out[j]);
            fprintf(o, "    Value *%s = base_ + %s;\n", it->name, o2);
        } else {
            fprintf(o, "    Value %s;\n", it->name);
        }
    }
    fprintf(o, "    {\n#line %d \"%s\"\n%s", u->line, def_abs, u->body);
    fprintf(o, "    }\n");
    char o2[OFF_SZ] = "0";
    for (int k = 0; k < u->nout; k++) {
        const Item *it = &u->out[k];
        if (!it->count[0] && strcmp(it->name, "unused")) {
            const Item *src = find_item(u->in, u->nin, it->name);
            int same_pos = 0;
            if (src) {
                char ioff[OFF_SZ] = "0";
                for (int j = 0; j < u->nin && &u->in[j] != src; j++) offset_add(ioff, &u->in[j]);
                same_pos = !strcmp(ioff, o2);
            }
            if (!same_pos) fprintf(o, "    base_[%s] = %s;\n", o2, it->name);
        }
        offset_add(o2, it);
    }
    fprintf(o, "    sp = base_ + %s;\n    }\n", outsz);
}

static void write_cases(FILE *o, const char *def_abs) {
    fprintf(o, "/* Generated by gen_bytecodes from src/vm/bytecodes.def. Do not edit.\n"
               " * Included by the tier-1 interpreter, which defines TARGET, DISPATCH and the body macros. */\n\n");
    for (int i = 0; i < ninsts; i++) {
        Inst *in = &insts[i];
        if (in->is_base) fprintf(o, "DEOPT_TARGET(%s)\n", in->name);
        fprintf(o, "TARGET(%s) {\n    next_instr += %d;\n", in->name, in->cache);
        if (in->base[0]) fprintf(o, "#undef DEOPT_LABEL\n#define DEOPT_LABEL deopt_%s\n", in->base);
        for (int k = 0; k < in->nparts; k++) write_uop_body(o, &uops[in->parts[k]], def_abs);
        fprintf(o, "    DISPATCH();\n}\n");
        if (in->base[0]) fprintf(o, "#undef DEOPT_LABEL\n#define DEOPT_LABEL deopt_none\n");
        fprintf(o, "\n");
    }
}

static void write_uop_cases(FILE *o, const char *def_abs) {
    fprintf(o, "/* Generated by gen_bytecodes from src/vm/bytecodes.def. Do not edit.\n"
               " * Included by the tier-2 uop interpreter, which defines UOP_CASE, UOP_NEXT and the body macros. */\n\n");
    for (int i = 0; i < nuops; i++) {
        fprintf(o, "UOP_CASE(%s) {\n", uops[i].name);
        write_uop_body(o, &uops[i], def_abs);
        fprintf(o, "    UOP_NEXT();\n}\n\n");
    }
}

static FILE *open_out(const char *dir, const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *o = fopen(path, "w");
    if (!o) { perror(path); exit(1); }
    return o;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: gen_bytecodes bytecodes.def OUTDIR\n");
        return 2;
    }
    def_path = argv[1];
    read_defs(def_path);
    FILE *o = open_out(argv[2], "opcodes.h");
    write_opcodes(o);
    fclose(o);
    o = open_out(argv[2], "interp_cases.h");
    write_cases(o, def_path);
    fclose(o);
    o = open_out(argv[2], "uop_cases.h");
    write_uop_cases(o, def_path);
    fclose(o);
    return 0;
}
