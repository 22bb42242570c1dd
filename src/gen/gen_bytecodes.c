/* gen_bytecodes.c - turns the instruction definitions into C.
 *
 * Reads src/vm/bytecodes.def (format documented at its top and in
 * docs/bytecodes.md) and writes, into an output directory:
 *   opcodes.h       enum of opcodes, names, cache sizes, stack effects, families
 *   interp_cases.h  one TARGET per instruction for the tier-1 interpreter
 * Every consumer (interpreter, uop interpreter, stencils) includes the same
 * generated bodies and supplies its own definitions of the body macros
 * (ERROR_IF, DEOPT_IF, JUMP_TO, ...), so semantics are written once.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ITEMS 8
#define MAX_INSTS 256

typedef struct Item {
    char name[64];
    char count[96]; /* "" for a single Value, else the array size expression */
} Item;

typedef struct Inst {
    char name[64];
    Item in[MAX_ITEMS], out[MAX_ITEMS];
    int nin, nout;
    int cache;        /* inline cache code units following the instruction */
    char base[64];    /* family head for specialized forms, "" otherwise */
    int is_base;      /* some other instruction names this one as base */
    int jumps;        /* oparg is a jump target */
    int line;         /* of the body's first line in the .def */
    char *body;
} Inst;

static Inst insts[MAX_INSTS];
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

/* "a, b[oparg], c" -> items; commas inside [] do not split. */
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

/* Header: inst NAME (in -- out) [cache=N] [base=NAME] [jump] {  */
static void parse_header(char *line, int lineno, Inst *in) {
    char *p = line + 4;
    while (isspace((unsigned char)*p)) p++;
    int k = 0;
    while (isalnum((unsigned char)*p) || *p == '_') in->name[k++] = *p++;
    in->name[k] = 0;
    char *lp = strchr(p, '('), *rp = NULL;
    if (lp) { /* the matching parenthesis */
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
    in->nin = parse_items(lp + 1, in->in, lineno);
    in->nout = parse_items(sep + 2, in->out, lineno);
    char *rest = rp + 1;
    char *brace = strchr(rest, '{');
    if (!brace) die(lineno, "expected { at end of header");
    *brace = 0;
    for (char *tok = strtok(rest, " \t"); tok; tok = strtok(NULL, " \t")) {
        if (!strncmp(tok, "cache=", 6)) in->cache = atoi(tok + 6);
        else if (!strncmp(tok, "base=", 5)) snprintf(in->base, sizeof in->base, "%s", tok + 5);
        else if (!strcmp(tok, "jump")) in->jumps = 1;
        else die(lineno, "unknown attribute '%s'", tok);
    }
}

static void read_defs(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); exit(1); }
    char line[1024];
    int lineno = 0;
    Inst *cur = NULL;
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
        if (!strncmp(line, "inst ", 5)) {
            if (ninsts == MAX_INSTS) die(lineno, "too many instructions");
            cur = &insts[ninsts++];
            memset(cur, 0, sizeof *cur);
            parse_header(line, lineno, cur);
            cur->line = lineno + 1;
            cur->body = calloc(1, 1);
            blen = 0;
            bcap = 1;
        }
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
                    die(insts[i].line, "%s must have the same cache size as its base %s", insts[i].name, insts[j].name);
            }
        if (!found) die(insts[i].line, "%s: unknown base %s", insts[i].name, insts[i].base);
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

/* off := (off + size of item) */
#define OFF_SZ 1200
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

static void write_opcodes(FILE *o) {
    fprintf(o, "/* Generated by gen_bytecodes from src/vm/bytecodes.def. Do not edit. */\n");
    fprintf(o, "#ifndef GJ_OPCODES_H\n#define GJ_OPCODES_H\n\n");
    fprintf(o, "enum Opcode {\n");
    for (int i = 0; i < ninsts; i++) fprintf(o, "    %s = %d,\n", insts[i].name, i);
    fprintf(o, "    OPCODE__COUNT = %d\n};\n\n#define OPCODE_LIST(X)", ninsts);
    for (int i = 0; i < ninsts; i++) fprintf(o, " \\\n    X(%s)", insts[i].name);
    fprintf(o, "\n\n");
    fprintf(o, "static const char *const opcode_names[] = {\n");
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
        char a[600], b[600];
        size_expr(insts[i].in, insts[i].nin, a, sizeof a);
        size_expr(insts[i].out, insts[i].nout, b, sizeof b);
        fprintf(o, "    case %s: return %s - %s;\n", insts[i].name, b, a);
    }
    fprintf(o, "    default: return 0;\n    }\n}\n\n");
    fprintf(o, "/* Stack items an instruction reads. */\nstatic inline int opcode_inputs(int op, int oparg) {\n    (void)oparg;\n    switch (op) {\n");
    for (int i = 0; i < ninsts; i++) {
        char a[600];
        size_expr(insts[i].in, insts[i].nin, a, sizeof a);
        fprintf(o, "    case %s: return %s;\n", insts[i].name, a);
    }
    fprintf(o, "    default: return 0;\n    }\n}\n\n#endif\n");
}

static void write_cases(FILE *o, const char *def_abs) {
    fprintf(o, "/* Generated by gen_bytecodes from src/vm/bytecodes.def. Do not edit.\n"
               " * Included by the interpreter loop, which defines TARGET, DISPATCH and the body macros. */\n\n");
    for (int i = 0; i < ninsts; i++) {
        Inst *in = &insts[i];
        char insz[600], outsz[600];
        size_expr(in->in, in->nin, insz, sizeof insz);
        size_expr(in->out, in->nout, outsz, sizeof outsz);
        if (in->is_base) fprintf(o, "DEOPT_TARGET(%s)\n", in->name);
        fprintf(o, "TARGET(%s) {\n", in->name);
        fprintf(o, "    Value *base_ = sp - %s;\n    (void)base_;\n", insz);
        fprintf(o, "    next_instr += %d;\n", in->cache);
        if (in->base[0]) fprintf(o, "#undef DEOPT_LABEL\n#define DEOPT_LABEL deopt_%s\n", in->base);
        /* inputs, bottom to top */
        char off[OFF_SZ] = "0";
        for (int k = 0; k < in->nin; k++) {
            const Item *it = &in->in[k];
            if (strcmp(it->name, "unused")) {
                if (it->count[0]) fprintf(o, "    Value *%s = base_ + %s;\n", it->name, off);
                else fprintf(o, "    Value %s = base_[%s];\n", it->name, off);
            }
            offset_add(off, it);
        }
        /* outputs that are not inputs */
        for (int k = 0; k < in->nout; k++) {
            const Item *it = &in->out[k];
            if (!strcmp(it->name, "unused") || find_item(in->in, in->nin, it->name)) continue;
            if (it->count[0]) {
                /* output arrays are addressed in place */
                char o2[OFF_SZ] = "0";
                for (int j = 0; j < k; j++) {
                    offset_add(o2, &in->out[j]);
                }
                fprintf(o, "    Value *%s = base_ + %s;\n", it->name, o2);
            } else {
                fprintf(o, "    Value %s;\n", it->name);
            }
        }
        fprintf(o, "    {\n#line %d \"%s\"\n%s", in->line, def_abs, in->body);
        fprintf(o, "    }\n");
        /* store scalar outputs */
        char o2[OFF_SZ] = "0";
        for (int k = 0; k < in->nout; k++) {
            const Item *it = &in->out[k];
            if (!it->count[0] && strcmp(it->name, "unused")) {
                const Item *src = find_item(in->in, in->nin, it->name);
                int same_pos = 0;
                if (src) { /* same slot? compare positions */
                    char ioff[OFF_SZ] = "0";
                    for (int j = 0; j < in->nin && &in->in[j] != src; j++) {
                        offset_add(ioff, &in->in[j]);
                    }
                    same_pos = !strcmp(ioff, o2);
                }
                if (!same_pos) fprintf(o, "    base_[%s] = %s;\n", o2, it->name);
            }
            offset_add(o2, it);
        }
        fprintf(o, "    sp = base_ + %s;\n    DISPATCH();\n}\n", outsz);
        if (in->base[0]) fprintf(o, "#undef DEOPT_LABEL\n#define DEOPT_LABEL deopt_none\n");
        fprintf(o, "\n");
    }
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: gen_bytecodes bytecodes.def OUTDIR\n");
        return 2;
    }
    def_path = argv[1];
    read_defs(def_path);
    char path[4096];
    snprintf(path, sizeof path, "%s/opcodes.h", argv[2]);
    FILE *o = fopen(path, "w");
    if (!o) { perror(path); return 1; }
    write_opcodes(o);
    fclose(o);
    snprintf(path, sizeof path, "%s/interp_cases.h", argv[2]);
    o = fopen(path, "w");
    if (!o) { perror(path); return 1; }
    write_cases(o, def_path);
    fclose(o);
    return 0;
}
