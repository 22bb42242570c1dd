/*
 * gen_programs: random program generator for glassjit's differential test.
 *
 *   gen_programs SEED COUNT OUTDIR [FIRST]
 *
 * writes OUTDIR/prog_SEED_I.py for I = FIRST .. FIRST+COUNT-1 (FIRST defaults
 * to 0).  Program I depends only on (SEED, I), never on COUNT, so a failing
 * program from a big batch can be regenerated on its own with
 * `gen_programs SEED 1 DIR I`.
 *
 * Every program is in glassjit's subset (docs/language.md) and is also a
 * valid CPython 3.11 program with identical output: functions, a main()
 * function, module-level loops, nested for/while loops with break/continue
 * and else clauses, if/elif/else chains, int and float arithmetic (with
 * variables whose type changes between iterations), lists, dicts with int
 * keys, tuples and unpacking, short strings, calls in loops, globals read in
 * loops and written through `global`, a closure and lambdas, sometimes
 * classes with polymorphic call sites, caught ZeroDivisionErrors (also from
 * a callee), `del` + caught NameError, allocation bursts that make the
 * collector run, a builtin shadowed by a global mid-loop, prints.  See
 * tests/fuzz/README.md.
 *
 * Safety by construction:
 *  - every int/float variable holds a value with |v| <= VB (2**21); every
 *    expression tracks an upper bound on its magnitude and is reduced with
 *    `% M` before it could exceed MAXB (2**36), so no intermediate value
 *    comes near 2**40 (ints never overflow int64 and stay small ints);
 *  - divisors are built so they can never be zero, except inside a
 *    try/except ZeroDivisionError that catches it;
 *  - list indexes are taken modulo len(list) and lists never become empty;
 *    dict subscripts only use keys that are known to be present;
 *  - variables are only read where they are certainly bound;
 *  - a work budget (statement executions, counting loop trip counts and
 *    calls) keeps every program well under 0.2 s in CPython, while each loop
 *    still runs at least ten iterations.
 *
 * The generator is standalone: it does not link the VM.  It uses its own
 * PRNG (splitmix64), never rand(), so output is identical on every platform.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- output buffers ------------------------------------------------------ */

typedef struct {
    char *p;
    size_t n, cap;
} Buf;

static void bput(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bput(Buf *b, const char *fmt, ...) {
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        size_t room = b->cap - b->n;
        int k = vsnprintf(b->p ? b->p + b->n : NULL, room, fmt, ap);
        va_end(ap);
        if (k < 0) {
            fprintf(stderr, "gen_programs: vsnprintf failed\n");
            exit(1);
        }
        if ((size_t)k < room) {
            b->n += (size_t)k;
            return;
        }
        size_t ncap = b->cap ? b->cap * 2 : 256;
        while (ncap < b->n + (size_t)k + 1) ncap *= 2;
        char *np = realloc(b->p, ncap);
        if (!np) {
            fprintf(stderr, "gen_programs: out of memory\n");
            exit(1);
        }
        b->p = np;
        b->cap = ncap;
    }
}

static const char *bstr(Buf *b) { return b->p ? b->p : ""; }
static void bfree(Buf *b) {
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}
static void ind(Buf *b, int n) { bput(b, "%*s", 4 * n, ""); }

/* ---- PRNG: splitmix64 ---------------------------------------------------- */

static uint64_t rs;
static uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
static uint64_t next64(void) {
    rs += 0x9e3779b97f4a7c15ULL;
    return mix64(rs);
}
static int rnd(int n) { return n <= 1 ? 0 : (int)(next64() % (uint64_t)n); }
static int rr(int lo, int hi) { return lo + rnd(hi - lo + 1); } /* inclusive */
static int chance(int pct) { return rnd(100) < pct; }

/* ---- bounds -------------------------------------------------------------- */

#define VB 2097152.0      /* 2**21: bound on every variable's magnitude */
#define MAXB 68719476736.0 /* 2**36: expressions are reduced beyond this */

static const int MODS[] = {1000003, 65521, 9973, 1009, 997, 101, 17};

/* ---- program state ------------------------------------------------------- */

enum { K_INT, K_NUM, K_LIST, K_DICT, K_TUP, K_STR, K_OBJ, K_OLIST };

typedef struct {
    char name[24];
    int kind;
    int ro;        /* may not be assigned (loop variables, counters, read-only globals) */
    int locked;    /* list/dict being iterated: no size growth */
    int numelems;  /* list: elements may be floats */
    int tlen;      /* tuple length */
    int dk;        /* dict: keys 0..dk-1 are certainly present */
    int isglobal;  /* list/dict: a module global (never iterated directly) */
    double maxlen; /* list: upper bound on its length */
} Var;

#define MAXV 600
static Var V[MAXV];
static int NV;

enum { R_INT, R_NUM, R_TUP };
typedef struct {
    char name[16];
    int nparams;  /* 1..3 */
    int numparam; /* bit i: parameter i may be a float (else an int) */
    int defaults; /* last parameter has a default */
    int ret;
    double cost;  /* statement executions per call */
    int recursive;
} Fn;

#define MAXF 12
static Fn F[MAXF];
static int NF;        /* functions defined so far */
static int g_ncall;   /* functions callable from the code being generated */

static double g_work, g_budget; /* statement executions so far / allowed */
static double g_mult;           /* executions of the statement being generated */
static double g_lines;          /* printed lines so far (upper bound) */
static int g_loopdepth;         /* enclosing loops in the current function */
static int g_ctx;               /* 0 module level, 1 main(), 2 helper function */
static int g_fnret;             /* return kind of the helper being generated */
static int g_uid;
static const char *g_pfx;       /* name prefix: "" in functions, "m" at module level */
static int g_has_sys;

/* Per-program feature weights, so programs differ in character. */
static int w_float, w_list, w_dict, w_call, w_while, w_try, w_print, w_if, w_loop, w_tuple, w_bits, w_str, w_obj;
static int w_del, w_lambda, w_alloc, w_shadow;
static double g_slots; /* list slots allocated by st_alloc's [x] * k */
static int g_closure; /* main() defines bump() (a closure over a cell) and sq (a lambda) */

static double rem(void) { return g_budget - g_work; }
static void work(double units) { g_work += units; }

static int newvar(const char *stem, int kind) {
    if (NV >= MAXV) {
        fprintf(stderr, "gen_programs: too many variables\n");
        exit(1);
    }
    Var *v = &V[NV];
    memset(v, 0, sizeof *v);
    snprintf(v->name, sizeof v->name, "%s%s%d", g_pfx, stem, g_uid++);
    v->kind = kind;
    return NV++;
}

/* A random visible variable of the kind; -1 if none.  writable: not ro.
 * growable: a list/dict that is not locked. */
static int pickvar(int kind, int writable, int growable) {
    int cand[MAXV], n = 0;
    for (int i = 0; i < NV; i++) {
        if (V[i].kind != kind) continue;
        if (writable && V[i].ro) continue;
        if (growable && V[i].locked) continue;
        cand[n++] = i;
    }
    if (!n) return -1;
    /* Prefer recently declared variables: they are the loop-local ones. */
    if (n > 3 && chance(50)) return cand[n - 1 - rnd(3)];
    return cand[rnd(n)];
}

/* ---- expressions --------------------------------------------------------- */

typedef struct {
    double b;  /* upper bound on |value| */
    int isint; /* certainly an int (or bool) */
} E;

static E gen_int(Buf *o, int d);
static E gen_num(Buf *o, int d);
static void gen_cond(Buf *o, int d);

static int pick_mod(void) {
    int m = MODS[rnd((int)(sizeof MODS / sizeof MODS[0]))];
    return m;
}

/* o += "(t) % M" when e.b > limit (or always when force), else o += t. */
static E reduce_to(Buf *o, Buf *t, E e, double limit, int force) {
    if (e.b <= limit && !force) {
        bput(o, "%s", bstr(t));
        return e;
    }
    int cand[8], n = 0;
    for (int i = 0; i < (int)(sizeof MODS / sizeof MODS[0]); i++)
        if (MODS[i] - 1 <= limit) cand[n++] = MODS[i];
    int m = n ? cand[rnd(n)] : 2;
    if (chance(12)) {
        bput(o, "(%s %% -%d)", bstr(t), m);
    } else {
        bput(o, "(%s %% %d)", bstr(t), m);
    }
    e.b = m;
    return e;
}

static E gen_int_reduced(Buf *o, int d, double limit) {
    Buf t = {0};
    E e = gen_int(&t, d);
    e = reduce_to(o, &t, e, limit, 0);
    bfree(&t);
    return e;
}

static E gen_num_reduced(Buf *o, int d, double limit) {
    Buf t = {0};
    E e = gen_num(&t, d);
    e = reduce_to(o, &t, e, limit, 0);
    bfree(&t);
    return e;
}

static void int_const(Buf *o, E *e) {
    int c;
    switch (rnd(4)) {
    case 0: c = rr(0, 9); break;
    case 1: c = rr(-20, 100); break;
    case 2: c = rr(100, 5000); break;
    default: c = rr(-1000, 1000); break;
    }
    if (c < 0) bput(o, "(%d)", c);
    else bput(o, "%d", c);
    e->b = abs(c);
    e->isint = 1;
}

static const char *FCONST[] = {"0.5", "1.5", "0.25", "2.0", "3.75", "0.1", "1e-3", "-1.25", "10.0", "0.3", "2.5", "-0.75", "7.0", "0.125"};
static const double FCONSTV[] = {0.5, 1.5, 0.25, 2.0, 3.75, 0.1, 1e-3, 1.25, 10.0, 0.3, 2.5, 0.75, 7.0, 0.125};

static void float_const(Buf *o, E *e) {
    int i = rnd((int)(sizeof FCONST / sizeof FCONST[0]));
    if (FCONST[i][0] == '-') bput(o, "(%s)", FCONST[i]);
    else bput(o, "%s", FCONST[i]);
    e->b = FCONSTV[i];
    e->isint = 0;
}

static const char *PNAMES[] = {"a", "b", "c"};

/* A call to a helper with return kind R_INT or R_NUM; 0 if none fits the budget. */
static int gen_call(Buf *o, int want_int, E *e) {
    int cand[MAXF], n = 0;
    for (int i = 0; i < g_ncall; i++) {
        if (F[i].ret == R_TUP) continue;
        if (want_int && F[i].ret != R_INT) continue;
        if (g_mult * (F[i].cost + 2) > rem()) continue;
        cand[n++] = i;
    }
    if (!n) return 0;
    Fn *f = &F[cand[rnd(n)]];
    work(g_mult * f->cost);
    bput(o, "%s(", f->name);
    int nargs = f->nparams;
    if (f->defaults && chance(40)) nargs--;
    for (int a = 0; a < nargs; a++) {
        if (a) bput(o, ", ");
        if (f->recursive && a == 0) {
            /* the depth argument: small and non-negative */
            Buf t = {0};
            gen_int(&t, 0);
            bput(o, "(%s) %% %d", bstr(&t), rr(4, 12));
            bfree(&t);
            continue;
        }
        if (a == nargs - 1 && f->defaults && nargs == f->nparams && chance(50)) bput(o, "%s=", PNAMES[a]);
        if (f->numparam & (1 << a)) gen_num_reduced(o, 1, VB);
        else gen_int_reduced(o, 1, VB);
    }
    bput(o, ")");
    e->b = VB;
    e->isint = f->ret == R_INT;
    return 1;
}

/* A divisor that is never zero: |d| >= min_out, |d| <= return value. */
static double gen_divisor(Buf *o, int allow_float, double *min_out) {
    static const int DC[] = {2, 3, 5, 7, 16, -2, -3, -7, 1, 11};
    Buf t = {0};
    double mx;
    *min_out = 1;
    switch (rnd(allow_float ? 7 : 6)) {
    case 0:
    case 1: {
        int c = DC[rnd(10)];
        bput(o, c < 0 ? "(%d)" : "%d", c);
        mx = abs(c);
        break;
    }
    case 2: {
        int k = rr(2, 13);
        gen_int(&t, 1);
        bput(o, "(%s %% %d + 1)", bstr(&t), k);
        mx = k;
        break;
    }
    case 3: {
        int k = rr(2, 9);
        gen_int(&t, 1);
        bput(o, "(%s %% %d - %d)", bstr(&t), k, k);
        mx = k;
        break;
    }
    case 4: {
        E e = gen_int_reduced(&t, 1, 100000);
        bput(o, "(abs(%s) + 1)", bstr(&t));
        mx = e.b + 1;
        break;
    }
    case 5: {
        E e = gen_int_reduced(&t, 1, 100000);
        bput(o, "max(%s, 1)", bstr(&t));
        mx = e.b + 1;
        break;
    }
    default: {
        /* a float divisor in [1, k + 1) */
        int k = rr(2, 9);
        gen_num(&t, 1);
        bput(o, "(%s %% %d.5 + 1)", bstr(&t), k);
        mx = k + 1.5;
        break;
    }
    }
    bfree(&t);
    return mx;
}

/* List element read: lst[i] with an index that is always valid. */
static E list_elem(Buf *o, int li) {
    Var *l = &V[li];
    Buf t = {0};
    switch (rnd(6)) {
    case 5:
        /* a bool index: l[-True] is l[-1] */
        gen_int(&t, -1);
        bput(o, "%s[-(%s %% 2 == 0)]", l->name, bstr(&t));
        break;
    case 0: bput(o, "%s[-1]", l->name); break;
    case 1: bput(o, "%s[0]", l->name); break;
    case 2: bput(o, "%s[len(%s) // 2]", l->name, l->name); break;
    default:
        gen_int(&t, -1);
        bput(o, "%s[%s %% len(%s)]", l->name, bstr(&t), l->name);
        break;
    }
    bfree(&t);
    E e = {VB, !l->numelems};
    return e;
}

static E dict_elem(Buf *o, int di) {
    Var *d = &V[di];
    Buf t = {0};
    gen_int(&t, -1);
    int k = rnd(100);
    if (d->dk > 0 && k < 10) {
        /* a float key equal to an int key: same entry */
        bput(o, "%s[float(%s %% %d)]", d->name, bstr(&t), d->dk);
    } else if (d->dk > 1 && k < 16) {
        /* a bool key: True == 1, False == 0 */
        bput(o, "%s[%s %% 3 == 1]", d->name, bstr(&t));
    } else if (d->dk > 0 && k < 60) {
        bput(o, "%s[%s %% %d]", d->name, bstr(&t), d->dk);
    } else {
        int dflt = rr(-5, 50);
        bput(o, "%s.get(%s %% %d, %d)", d->name, bstr(&t), d->dk + rr(1, 9), dflt);
    }
    bfree(&t);
    E e = {VB, 1};
    return e;
}

/* Objects: instances of P0 or P1 (a subclass overriding step()); x is an
 * int <= VB, y an int < 65521, step() returns an int of magnitude < 65521. */
static E obj_leaf(Buf *o, int d) {
    E e = {65521, 1};
    int vi = pickvar(K_OBJ, 0, 0);
    Buf t = {0};
    if (vi < 0) {
        int_const(o, &e);
        return e;
    }
    int k = rnd(3);
    if (k == 2 && d >= 0 && g_mult * 4 <= rem()) {
        gen_int(&t, 0);
        bput(o, "%s.step(%s)", V[vi].name, bstr(&t));
        work(g_mult * 3);
    } else if (k == 1) {
        bput(o, "%s.x", V[vi].name);
        e.b = VB;
    } else {
        bput(o, "%s.y", V[vi].name);
    }
    bfree(&t);
    return e;
}

static E int_leaf(Buf *o, int d) {
    E e = {0, 1};
    if (d >= 0 && chance(w_obj / 2) && pickvar(K_OBJ, 0, 0) >= 0) return obj_leaf(o, d);
    if (d >= 0 && g_closure && g_ctx == 1 && chance(4) && g_mult * 4 <= rem()) {
        Buf t = {0};
        gen_int(&t, -1);
        if (chance(50)) {
            bput(o, "bump(%s)", bstr(&t));
            e.b = 1009;
        } else {
            bput(o, "sq(%s)", bstr(&t));
            e.b = 1009.0 * 1009;
        }
        bfree(&t);
        work(g_mult * 3);
        return e;
    }
    for (int tries = 0; tries < 8; tries++) {
        int k = rnd(100);
        int vi;
        if (k < 45) {
            if ((vi = pickvar(K_INT, 0, 0)) >= 0) {
                bput(o, "%s", V[vi].name);
                e.b = VB;
                return e;
            }
        } else if (k < 60) {
            int_const(o, &e);
            return e;
        } else if (k < 60 + w_list / 2) {
            if (d >= 0 && (vi = pickvar(K_LIST, 0, 0)) >= 0 && !V[vi].numelems) return list_elem(o, vi);
        } else if (k < 78) {
            if (d >= 0 && (vi = pickvar(K_DICT, 0, 0)) >= 0) return dict_elem(o, vi);
        } else if (k < 85) {
            if ((vi = pickvar(K_TUP, 0, 0)) >= 0) {
                int idx = rnd(V[vi].tlen * 2) - V[vi].tlen;
                bput(o, idx < 0 ? "%s[%d]" : "%s[%d]", V[vi].name, idx);
                e.b = VB;
                return e;
            }
        } else if (k < 87) {
            if ((vi = pickvar(K_STR, 0, 0)) >= 0) {
                if (chance(50)) bput(o, "len(%s)", V[vi].name);
                else bput(o, "%s.count(\"%d\")", V[vi].name, rnd(10));
                e.b = 100;
                return e;
            }
        } else if (k < 90) {
            if ((vi = pickvar(K_LIST, 0, 0)) >= 0) {
                bput(o, "len(%s)", V[vi].name);
                e.b = 200000;
                return e;
            }
        } else {
            if (d >= 0 && (vi = pickvar(K_LIST, 0, 0)) >= 0 && !V[vi].numelems) {
                bput(o, "sum(%s[-%d:])", V[vi].name, rr(2, 12));
                e.b = 12 * VB;
                return e;
            }
        }
    }
    int_const(o, &e);
    return e;
}

static E finish(Buf *o, Buf *t, E e);

/* An int expression; its bound may reach 2 * MAXB + 1 (gen_int reduces it). */
static E gen_int_raw(Buf *o, int d) {
    if (d <= 0 || chance(25)) return int_leaf(o, d);
    Buf a = {0}, b = {0}, c = {0};
    E ea, eb, r = {0, 1};
    int k = rnd(100);
    if (k < 22) { /* + - */
        ea = gen_int(&a, d - 1);
        eb = gen_int(&b, d - 1);
        bput(o, "(%s %s %s)", bstr(&a), chance(50) ? "+" : "-", bstr(&b));
        r.b = ea.b + eb.b;
    } else if (k < 30) { /* * */
        ea = gen_int(&a, d - 1);
        eb = gen_int(&b, d - 1);
        Buf a2 = {0}, b2 = {0};
        if (ea.b * eb.b > MAXB) ea = reduce_to(&a2, &a, ea, 1009, 1);
        else bput(&a2, "%s", bstr(&a));
        if (ea.b * eb.b > MAXB) eb = reduce_to(&b2, &b, eb, MAXB / ea.b, 1);
        else bput(&b2, "%s", bstr(&b));
        bput(o, "(%s * %s)", bstr(&a2), bstr(&b2));
        r.b = ea.b * eb.b;
        bfree(&a2);
        bfree(&b2);
    } else if (k < 37) { /* // */
        double mn;
        ea = gen_int(&a, d - 1);
        gen_divisor(&b, 0, &mn);
        bput(o, "(%s // %s)", bstr(&a), bstr(&b));
        r.b = ea.b / mn + 1;
    } else if (k < 44) { /* % */
        double mn;
        gen_int(&a, d - 1);
        double mx = gen_divisor(&b, 0, &mn);
        bput(o, "(%s %% %s)", bstr(&a), bstr(&b));
        r.b = mx;
    } else if (k < 44 + w_bits) { /* & | ^ */
        static const char *ops[] = {"&", "|", "^"};
        ea = gen_int(&a, d - 1);
        eb = gen_int(&b, d - 1);
        bput(o, "(%s %s %s)", bstr(&a), ops[rnd(3)], bstr(&b));
        r.b = 2 * (ea.b > eb.b ? ea.b : eb.b) + 1;
    } else if (k < 50 + w_bits) { /* << >> */
        int shl = chance(50);
        Buf a2 = {0};
        ea = gen_int(&a, d - 1);
        if (shl) ea = reduce_to(&a2, &a, ea, MAXB / 32, 0);
        else bput(&a2, "%s", bstr(&a));
        switch (rnd(3)) {
        case 0: bput(&b, "%d", shl ? rr(0, 5) : rr(0, 12)); break;
        case 1: gen_int(&c, 0); bput(&b, "(%s %% %d)", bstr(&c), shl ? 6 : 13); break;
        default: gen_int(&c, 0); bput(&b, "(%s & %d)", bstr(&c), shl ? 3 : 15); break;
        }
        bput(o, "(%s %s %s)", bstr(&a2), shl ? "<<" : ">>", bstr(&b));
        r.b = shl ? ea.b * 32 : ea.b;
        bfree(&a2);
    } else if (k < 60) { /* unary */
        ea = gen_int(&a, d - 1);
        switch (rnd(3)) {
        case 0: bput(o, "(-%s)", bstr(&a)); break;
        case 1: bput(o, "(~%s)", bstr(&a)); break;
        default: bput(o, "abs(%s)", bstr(&a)); break;
        }
        r.b = ea.b + 1;
    } else if (k < 68) { /* min max */
        ea = gen_int(&a, d - 1);
        eb = gen_int(&b, d - 1);
        r.b = ea.b > eb.b ? ea.b : eb.b;
        if (chance(30)) {
            E ec = gen_int(&c, d - 1);
            if (ec.b > r.b) r.b = ec.b;
            bput(o, "%s(%s, %s, %s)", chance(50) ? "min" : "max", bstr(&a), bstr(&b), bstr(&c));
        } else {
            bput(o, "%s(%s, %s)", chance(50) ? "min" : "max", bstr(&a), bstr(&b));
        }
    } else if (k < 74) { /* conditional expression */
        gen_cond(&c, d - 1);
        ea = gen_int(&a, d - 1);
        eb = gen_int(&b, d - 1);
        bput(o, "(%s if %s else %s)", bstr(&a), bstr(&c), bstr(&b));
        r.b = ea.b > eb.b ? ea.b : eb.b;
    } else if (k < 74 + w_call / 2) { /* call */
        if (!gen_call(o, 1, &r)) r = int_leaf(o, d);
    } else if (k < 86) { /* from floats */
        ea = gen_num(&a, d - 1);
        if (chance(50)) bput(o, "int(%s)", bstr(&a));
        else bput(o, "round(%s)", bstr(&a));
        r.b = ea.b + 1;
    } else if (k < 89) { /* small powers */
        gen_int(&a, d - 1);
        if (chance(50)) {
            bput(o, "(%s %% 1009) ** 2", bstr(&a));
            r.b = 1009.0 * 1009;
        } else {
            bput(o, "(%s %% 101) ** 3", bstr(&a));
            r.b = 101.0 * 101 * 101;
        }
    } else if (k < 92) { /* divmod */
        double mn;
        ea = gen_int(&a, d - 1);
        double mx = gen_divisor(&b, 0, &mn);
        int which = rnd(2);
        bput(o, "divmod(%s, %s)[%d]", bstr(&a), bstr(&b), which);
        r.b = which ? mx : ea.b / mn + 1;
    } else if (k < 95) { /* a comparison used as an int */
        gen_cond(&c, 0);
        ea = gen_int(&a, d - 1);
        if (chance(50)) bput(o, "(%s + bool(%s))", bstr(&a), bstr(&c));
        else bput(o, "(%s - (1 if %s else 0))", bstr(&a), bstr(&c));
        r.b = ea.b + 1;
    } else { /* explicit reduction */
        ea = gen_int(&a, d - 1);
        r = reduce_to(o, &a, ea, 0, 1);
    }
    bfree(&a);
    bfree(&b);
    bfree(&c);
    if (r.b > 2 * MAXB + 2) {
        /* never happens by construction: every operator keeps this bound */
        fprintf(stderr, "gen_programs: internal bound error\n");
        exit(1);
    }
    r.isint = 1;
    return r;
}

static E gen_int(Buf *o, int d) {
    Buf t = {0};
    E e = gen_int_raw(&t, d);
    e = finish(o, &t, e);
    bfree(&t);
    return e;
}

/* After composing, reduce an expression whose bound grew past MAXB. */
static E finish(Buf *o, Buf *t, E e) {
    if (e.b > MAXB) return reduce_to(o, t, e, MAXB, 1);
    bput(o, "%s", bstr(t));
    return e;
}

static E num_leaf(Buf *o, int d) {
    E e = {0, 1};
    int k = rnd(100);
    int vi;
    if (k < 35 && (vi = pickvar(K_NUM, 0, 0)) >= 0) {
        bput(o, "%s", V[vi].name);
        e.b = VB;
        e.isint = 0;
        return e;
    }
    if (k < 55) {
        float_const(o, &e);
        return e;
    }
    if (k < 62 && d >= 0 && (vi = pickvar(K_LIST, 0, 0)) >= 0 && V[vi].numelems) return list_elem(o, vi);
    if (k < 70) {
        Buf t = {0};
        E a = int_leaf(&t, d);
        bput(o, "float(%s)", bstr(&t));
        bfree(&t);
        a.isint = 0;
        return a;
    }
    return int_leaf(o, d);
}

static E gen_num(Buf *o, int d) {
    if (d <= 0 || chance(25)) return num_leaf(o, d);
    Buf a = {0}, b = {0}, c = {0}, t = {0};
    E ea, eb, r = {0, 0};
    int k = rnd(100);
    if (k < 30) { /* + - */
        ea = gen_num(&a, d - 1);
        eb = gen_num(&b, d - 1);
        bput(&t, "(%s %s %s)", bstr(&a), chance(50) ? "+" : "-", bstr(&b));
        r.b = ea.b + eb.b;
        r.isint = ea.isint && eb.isint;
    } else if (k < 45) { /* * */
        ea = gen_num(&a, d - 1);
        eb = gen_num(&b, d - 1);
        Buf a2 = {0}, b2 = {0};
        if (ea.b * eb.b > MAXB) ea = reduce_to(&a2, &a, ea, 1009, 1);
        else bput(&a2, "%s", bstr(&a));
        if (ea.b * eb.b > MAXB) eb = reduce_to(&b2, &b, eb, MAXB / (ea.b > 1 ? ea.b : 1), 1);
        else bput(&b2, "%s", bstr(&b));
        bput(&t, "(%s * %s)", bstr(&a2), bstr(&b2));
        r.b = ea.b * eb.b;
        r.isint = ea.isint && eb.isint;
        bfree(&a2);
        bfree(&b2);
    } else if (k < 60) { /* / */
        double mn;
        ea = gen_num(&a, d - 1);
        if (chance(25)) {
            float_const(&b, &eb);
            mn = eb.b;
        } else {
            gen_divisor(&b, 1, &mn);
        }
        if (ea.b / mn > MAXB) {
            Buf a2 = {0};
            ea = reduce_to(&a2, &a, ea, 1009, 1);
            bfree(&a);
            a = a2;
        }
        bput(&t, "(%s / %s)", bstr(&a), bstr(&b));
        r.b = ea.b / mn;
        r.isint = 0;
    } else if (k < 66) { /* // and % on floats */
        double mn;
        ea = gen_num(&a, d - 1);
        double mx = gen_divisor(&b, 1, &mn);
        if (chance(50)) {
            bput(&t, "(%s // %s)", bstr(&a), bstr(&b));
            r.b = ea.b / mn + 1;
        } else {
            bput(&t, "(%s %% %s)", bstr(&a), bstr(&b));
            r.b = mx;
        }
        r.isint = ea.isint && 0;
    } else if (k < 74) { /* round */
        ea = gen_num(&a, d - 1);
        if (chance(70)) {
            bput(&t, "round(%s, %d)", bstr(&a), rr(0, 4));
            r.isint = ea.isint;
        } else {
            bput(&t, "round(%s)", bstr(&a));
            r.isint = 1;
        }
        r.b = ea.b + 1;
    } else if (k < 80) { /* abs min max neg */
        ea = gen_num(&a, d - 1);
        eb = gen_num(&b, d - 1);
        switch (rnd(4)) {
        case 0: bput(&t, "abs(%s)", bstr(&a)); break;
        case 1: bput(&t, "(-%s)", bstr(&a)); break;
        case 2: bput(&t, "min(%s, %s)", bstr(&a), bstr(&b)); break;
        default: bput(&t, "max(%s, %s)", bstr(&a), bstr(&b)); break;
        }
        r.b = ea.b > eb.b ? ea.b : eb.b;
        r.isint = ea.isint && eb.isint;
    } else if (k < 86) { /* conditional */
        gen_cond(&c, d - 1);
        ea = gen_num(&a, d - 1);
        eb = gen_num(&b, d - 1);
        bput(&t, "(%s if %s else %s)", bstr(&a), bstr(&c), bstr(&b));
        r.b = ea.b > eb.b ? ea.b : eb.b;
        r.isint = ea.isint && eb.isint;
    } else if (k < 86 + w_call / 3) {
        if (!gen_call(&t, 0, &r)) r = num_leaf(&t, d);
    } else if (k < 94) { /* int(x) */
        ea = gen_num(&a, d - 1);
        bput(&t, "int(%s)", bstr(&a));
        r.b = ea.b + 1;
        r.isint = 1;
    } else {
        r = gen_int(&t, d - 1);
    }
    r = finish(o, &t, r);
    bfree(&a);
    bfree(&b);
    bfree(&c);
    bfree(&t);
    return r;
}

static const char *CMP[] = {"<", "<=", ">", ">=", "==", "!="};

static void gen_cond(Buf *o, int d) {
    Buf a = {0}, b = {0}, c = {0};
    int k = rnd(100);
    int vi;
    if (chance(15)) {
        /* a phase change: a loop variable or counter against a constant,
         * so a branch goes one way for a while and then the other way */
        int cand[MAXV], n = 0;
        for (int i = 0; i < NV; i++)
            if (V[i].kind == K_INT && V[i].ro && V[i].name[0] != 'G') cand[n++] = i;
        if (n) {
            static const char *ph[] = {"<", ">=", ">", "<=", "=="};
            int vi2 = cand[rnd(n)];
            int op = rnd(5);
            bput(o, "%s %s %d", V[vi2].name, ph[op], rr(0, 60));
            return;
        }
    }
    if (k < 30) {
        if (chance(w_float)) gen_num(&a, d > 1 ? 1 : d);
        else gen_int(&a, d > 1 ? 1 : d);
        if (chance(w_float)) gen_num(&b, d > 1 ? 1 : d);
        else gen_int(&b, d > 1 ? 1 : d);
        bput(o, "%s %s %s", bstr(&a), CMP[rnd(6)], bstr(&b));
    } else if (k < 42) { /* chained */
        gen_int(&a, 0);
        gen_int(&b, 1);
        gen_int(&c, 0);
        static const char *lo[] = {"<", "<=", "<", "!="};
        int op1 = rnd(4), op2 = rnd(4);
        bput(o, "%s %s %s %s %s", bstr(&a), lo[op1], bstr(&b), lo[op2], bstr(&c));
    } else if (k < 55) { /* modular test */
        int m = rr(2, 11);
        gen_int(&a, 1);
        int eq = chance(70);
        bput(o, "%s %% %d %s %d", bstr(&a), m, eq ? "==" : "!=", rnd(m));
    } else if (k < 72 && d > 0) { /* and / or */
        gen_cond(&a, d - 1);
        gen_cond(&b, d - 1);
        bput(o, "(%s) %s (%s)", bstr(&a), chance(50) ? "and" : "or", bstr(&b));
    } else if (k < 78 && d > 0) {
        gen_cond(&a, d - 1);
        bput(o, "not (%s)", bstr(&a));
    } else if (k < 84) { /* truthiness of an int */
        gen_int(&a, 1);
        bput(o, "%s", bstr(&a));
    } else if (k < 90 && (vi = pickvar(K_DICT, 0, 0)) >= 0) {
        gen_int(&a, 0);
        int m = V[vi].dk + rr(1, 5);
        bput(o, "%s %% %d %s %s", bstr(&a), m, chance(60) ? "in" : "not in", V[vi].name);
    } else if (k < 94) {
        gen_int(&a, 0);
        int in = chance(70);
        int c1 = rr(0, 9), c2 = rr(0, 30), c3 = rr(-5, 100);
        bput(o, "%s %s (%d, %d, %d)", bstr(&a), in ? "in" : "not in", c1, c2, c3);
    } else if (k < 97 && (vi = pickvar(K_STR, 0, 0)) >= 0) {
        static const char *lits[] = {"", "1", "5", "ab", "x3", "90", "m"};
        switch (rnd(3)) {
        case 0: {
            int op = rnd(6);
            bput(o, "%s %s \"%s\"", V[vi].name, CMP[op], lits[rnd(7)]);
            break;
        }
        case 1: bput(o, "\"%d\" in %s", rnd(10), V[vi].name); break;
        default: bput(o, "%s.endswith(\"%d\")", V[vi].name, rnd(10)); break;
        }
    } else if ((vi = pickvar(K_LIST, 0, 0)) >= 0) {
        int op = rnd(4);
        bput(o, "len(%s) %s %d", V[vi].name, CMP[op], rr(1, 40));
    } else {
        gen_int(&a, 0);
        bput(o, "%s > %d", bstr(&a), rr(-10, 500));
    }
    bfree(&a);
    bfree(&b);
    bfree(&c);
}

/* ---- statements ---------------------------------------------------------- */

static void gen_block(Buf *o, int in, int nmin, int nmax, int inloop);

/* Statements: each one adds g_mult units of work. */

static void st_assign_int(Buf *o, int in) {
    int vi = chance(40) ? pickvar(K_INT, 1, 0) : -1;
    Buf t = {0};
    if (chance(5)) {
        /* a bool where ints are usual: int guards see a non-int */
        gen_cond(&t, 1);
        Buf u = {0};
        /* bool() or not: `and`/`or` conditions evaluate to an operand,
         * which may be any int */
        if (chance(50)) bput(&u, "bool(%s)", bstr(&t));
        else bput(&u, "(not (%s))", bstr(&t));
        bfree(&t);
        t = u;
    } else {
        gen_int_reduced(&t, rr(1, 3), VB);
    }
    if (vi < 0) vi = newvar("v", K_INT);
    ind(o, in);
    bput(o, "%s = %s\n", V[vi].name, bstr(&t));
    bfree(&t);
    work(g_mult);
}

static void st_assign_num(Buf *o, int in) {
    int vi = chance(40) ? pickvar(K_NUM, 1, 0) : -1;
    Buf t = {0};
    gen_num_reduced(&t, rr(1, 3), VB);
    if (vi < 0) vi = newvar("x", K_NUM);
    ind(o, in);
    bput(o, "%s = %s\n", V[vi].name, bstr(&t));
    bfree(&t);
    work(g_mult);
}

/* v OP= e, followed by a reduction when the result could exceed VB. */
static void st_aug(Buf *o, int in, int vi) {
    Var *v = &V[vi];
    int isint = v->kind == K_INT;
    Buf t = {0};
    double nb = VB;
    int k = rnd(isint ? 10 : 6);
    const char *op;
    if (k <= 1) { /* += -= */
        op = k ? "-=" : "+=";
        E e = isint ? gen_int_reduced(&t, rr(0, 2), VB) : gen_num_reduced(&t, rr(0, 2), VB);
        nb = VB + e.b;
    } else if (k == 2) {
        op = "*=";
        E e = isint ? gen_int_reduced(&t, 1, 1000) : gen_num_reduced(&t, 1, 1000);
        nb = VB * (e.b > 1 ? e.b : 1);
    } else if (k == 3) {
        double mn;
        op = "//=";
        gen_divisor(&t, !isint, &mn);
    } else if (k == 4) {
        double mn;
        op = "%=";
        nb = gen_divisor(&t, !isint, &mn);
    } else if (k == 5) {
        op = isint ? "-=" : "/=";
        if (isint) {
            E e = gen_int_reduced(&t, 1, VB);
            nb = VB + e.b;
        } else {
            double mn;
            gen_divisor(&t, 1, &mn);
            nb = VB / mn;
        }
    } else if (k <= 7) {
        static const char *ops[] = {"&=", "|=", "^="};
        op = ops[rnd(3)];
        gen_int_reduced(&t, 1, VB);
        nb = 2 * VB + 1;
    } else if (k == 8) {
        op = "<<=";
        bput(&t, "%d", rr(0, 4));
        nb = VB * 16;
    } else {
        op = ">>=";
        bput(&t, "%d", rr(0, 6));
    }
    ind(o, in);
    bput(o, "%s %s %s\n", v->name, op, bstr(&t));
    work(g_mult);
    if (nb > VB) {
        ind(o, in);
        int m = pick_mod();
        if (chance(15)) bput(o, "%s %%= -%d\n", v->name, m);
        else if (!isint && chance(30)) bput(o, "%s = round(%s %% %d, %d)\n", v->name, v->name, m, rr(1, 6));
        else bput(o, "%s %%= %d\n", v->name, m);
        work(g_mult);
    }
    bfree(&t);
}

static void st_newlist(Buf *o, int in) {
    int n = rr(3, 12);
    int numel = chance(w_float / 2);
    int kind = rnd(4);
    Buf t = {0};
    if (kind == 0) {
        n = rr(2, 6);
        for (int i = 0; i < n; i++) {
            if (i) bput(&t, ", ");
            if (numel) gen_num_reduced(&t, 1, VB);
            else gen_int_reduced(&t, 1, VB);
        }
    }
    int li = newvar("l", K_LIST);
    V[li].numelems = numel;
    V[li].maxlen = n;
    ind(o, in);
    switch (kind) {
    case 0:
        bput(o, "%s = [%s]\n", V[li].name, bstr(&t));
        break;
    case 1:
        if (numel) bput(o, "%s = [k * %s for k in range(%d)]\n", V[li].name, FCONST[rnd(6)], n);
        else {
            int c1 = rr(1, 97), c2 = rr(0, 50), c3 = rr(2, 1009);
            bput(o, "%s = [(k * %d + %d) %% %d for k in range(%d)]\n", V[li].name, c1, c2, c3, n);
        }
        break;
    case 2:
        if (numel) bput(o, "%s = [0.5] * %d\n", V[li].name, n);
        else {
            int a = rr(-5, 5);
            bput(o, "%s = list(range(%d, %d))\n", V[li].name, a, a + n);
        }
        break;
    default:
        if (numel) bput(o, "%s = [float(k) for k in range(%d) if k %% 3 != 1]\n", V[li].name, n);
        else bput(o, "%s = [k * k %% 31 for k in range(%d) if k %% 2 == 0 or k < 3]\n", V[li].name, n);
        break;
    }
    bfree(&t);
    /* `list(range(a, b))` with negative a: length is still b - a >= 3 */
    work(g_mult * 2);
}

static void st_newdict(Buf *o, int in) {
    int di = newvar("d", K_DICT);
    int k = rr(2, 16);
    ind(o, in);
    switch (rnd(3)) {
    case 0: {
        int c1 = rr(2, 50), c2 = rr(3, 101);
        bput(o, "%s = {k: (k * %d) %% %d for k in range(%d)}\n", V[di].name, c1, c2, k);
        V[di].dk = k;
        break;
    }
    case 1:
        k = rr(1, 4);
        bput(o, "%s = {", V[di].name);
        for (int i = 0; i < k; i++) bput(o, "%s%d: %d", i ? ", " : "", i, rr(-50, 500));
        bput(o, "}\n");
        V[di].dk = k;
        break;
    default:
        bput(o, "%s = {}\n", V[di].name);
        V[di].dk = 0;
        break;
    }
    work(g_mult * 2);
}

static void st_list_op(Buf *o, int in) {
    int li = pickvar(K_LIST, 0, 0);
    if (li < 0) {
        st_newlist(o, in);
        return;
    }
    Var *l = &V[li];
    Buf t = {0}, u = {0};
    int k = rnd(10);
    if (k < 4 && !l->locked) {
        if (l->numelems) gen_num_reduced(&t, rr(1, 2), VB);
        else gen_int_reduced(&t, rr(1, 2), VB);
        ind(o, in);
        bput(o, "%s.append(%s)\n", l->name, bstr(&t));
        l->maxlen += g_mult;
    } else if (k < 7) {
        if (l->numelems) gen_num_reduced(&t, rr(1, 2), VB);
        else gen_int_reduced(&t, rr(1, 2), VB);
        gen_int(&u, 0);
        ind(o, in);
        if (chance(20)) bput(o, "%s[-1] = %s\n", l->name, bstr(&t));
        else bput(o, "%s[%s %% len(%s)] = %s\n", l->name, bstr(&u), l->name, bstr(&t));
    } else if (k < 8) {
        /* read-modify-write through a temporary index */
        gen_int(&u, 0);
        int vi = newvar("j", K_INT);
        ind(o, in);
        bput(o, "%s = %s %% len(%s)\n", V[vi].name, bstr(&u), l->name);
        if (l->numelems) gen_num_reduced(&t, 1, VB);
        else gen_int_reduced(&t, 1, VB);
        ind(o, in);
        bput(o, "%s[%s] = (%s[%s] + %s) %% %d\n", l->name, V[vi].name, l->name, V[vi].name, bstr(&t), pick_mod());
        work(g_mult);
    } else if (k < 9) {
        ind(o, in);
        bput(o, "if len(%s) > %d:\n", l->name, rr(1, 6));
        ind(o, in + 1);
        if (chance(70)) bput(o, "%s.pop()\n", l->name);
        else bput(o, "%s.pop(0)\n", l->name);
        work(g_mult);
    } else {
        /* an expression statement with a slice */
        int vi = newvar("v", K_INT);
        ind(o, in);
        int lo = rr(0, 3), hi = rr(3, 9);
        if (l->numelems) bput(o, "%s = len(%s[%d:%d])\n", V[vi].name, l->name, lo, hi);
        else bput(o, "%s = (sum(%s[%d:%d]) + len(%s[-7::2])) %% %d\n", V[vi].name, l->name, lo, hi, l->name, pick_mod());
    }
    work(g_mult);
    bfree(&t);
    bfree(&u);
}

static void st_dict_op(Buf *o, int in) {
    int di = pickvar(K_DICT, 0, 0);
    if (di < 0) {
        st_newdict(o, in);
        return;
    }
    Var *d = &V[di];
    Buf t = {0}, u = {0};
    gen_int(&u, 0);
    int k = rnd(3);
    if (k == 0 || (d->locked && d->dk == 0)) {
        if (d->locked && d->dk == 0) {
            /* cannot add keys while iterating: a lookup instead */
            int vi = newvar("v", K_INT);
            ind(o, in);
            bput(o, "%s = %s.get(%s %% 7, -1)\n", V[vi].name, d->name, bstr(&u));
        } else {
            gen_int_reduced(&t, rr(1, 2), VB);
            int m = d->locked ? d->dk : d->dk + rr(1, 9);
            ind(o, in);
            bput(o, "%s[%s %% %d] = %s\n", d->name, bstr(&u), m, bstr(&t));
        }
    } else if (k == 1 && !d->locked) {
        int vi = newvar("k", K_INT);
        ind(o, in);
        bput(o, "%s = %s %% %d\n", V[vi].name, bstr(&u), d->dk + rr(1, 9));
        gen_int_reduced(&t, 1, VB);
        ind(o, in);
        bput(o, "%s[%s] = (%s.get(%s, 0) + %s) %% %d\n", d->name, V[vi].name, d->name, V[vi].name, bstr(&t), pick_mod());
        work(g_mult);
    } else {
        int vi = newvar("v", K_INT);
        ind(o, in);
        if (d->dk > 0) bput(o, "%s = (%s[%s %% %d] + len(%s)) %% %d\n", V[vi].name, d->name, bstr(&u), d->dk, d->name, pick_mod());
        else {
            int dflt = rr(0, 9);
            bput(o, "%s = (%s.get(%s %% 5, %d) + len(%s)) %% %d\n", V[vi].name, d->name, bstr(&u), dflt, d->name, pick_mod());
        }
    }
    work(g_mult);
    bfree(&t);
    bfree(&u);
}

/* Assign a list of int expressions to new or writable int variables by unpacking. */
static void st_tuple(Buf *o, int in) {
    Buf t = {0}, u = {0};
    int k = rnd(6);
    int ti;
    if (k == 0 || (k == 1 && (ti = pickvar(K_TUP, 0, 0)) < 0)) {
        int n = rr(2, 4);
        for (int i = 0; i < n; i++) {
            if (i) bput(&t, ", ");
            gen_int_reduced(&t, 1, VB);
        }
        ti = newvar("t", K_TUP);
        V[ti].tlen = n;
        ind(o, in);
        bput(o, "%s = (%s)\n", V[ti].name, bstr(&t));
    } else if (k == 1) {
        int n = V[ti].tlen;
        int names[4];
        for (int i = 0; i < n; i++) {
            int vi = chance(30) ? pickvar(K_INT, 1, 0) : -1;
            for (int j = 0; j < i; j++)
                if (names[j] == vi) vi = -1;
            names[i] = vi < 0 ? newvar("u", K_INT) : vi;
        }
        ind(o, in);
        for (int i = 0; i < n; i++) bput(o, "%s%s", i ? ", " : "", V[names[i]].name);
        bput(o, " = %s\n", V[ti].name);
    } else if (k == 2) {
        int a = pickvar(K_INT, 1, 0), b = pickvar(K_INT, 1, 0);
        if (a < 0 || b < 0 || a == b) {
            a = newvar("p", K_INT);
            b = newvar("q", K_INT);
            ind(o, in);
            int c1 = rr(0, 9), c2 = rr(1, 20);
            bput(o, "%s, %s = %d, %d\n", V[a].name, V[b].name, c1, c2);
            work(g_mult);
        }
        ind(o, in);
        if (chance(50)) bput(o, "%s, %s = %s, %s\n", V[a].name, V[b].name, V[b].name, V[a].name);
        else bput(o, "%s, %s = %s, (%s + %s) %% %d\n", V[a].name, V[b].name, V[b].name, V[a].name, V[b].name, pick_mod());
    } else if (k == 3) {
        double mn;
        gen_int_reduced(&t, 1, VB);
        gen_divisor(&u, 0, &mn);
        int a = newvar("q", K_INT), b = newvar("r", K_INT);
        ind(o, in);
        bput(o, "%s, %s = divmod(%s, %s)\n", V[a].name, V[b].name, bstr(&t), bstr(&u));
    } else if (k == 4) {
        /* a helper returning a pair */
        int fi = -1;
        for (int i = 0; i < g_ncall; i++)
            if (F[i].ret == R_TUP && g_mult * (F[i].cost + 2) <= rem()) fi = i;
        if (fi >= 0) {
            Fn *f = &F[fi];
            work(g_mult * f->cost);
            bput(&t, "%s(", f->name);
            for (int i = 0; i < f->nparams; i++) {
                if (i) bput(&t, ", ");
                if (f->numparam & (1 << i)) gen_num_reduced(&t, 1, VB);
                else gen_int_reduced(&t, 1, VB);
            }
            bput(&t, ")");
        } else {
            gen_int_reduced(&t, 1, VB);
            bput(&t, ", ");
            gen_int_reduced(&t, 1, VB);
        }
        int a = newvar("p", K_INT), b = newvar("q", K_INT);
        ind(o, in);
        bput(o, "%s, %s = %s\n", V[a].name, V[b].name, bstr(&t));
    } else {
        /* starred unpacking of a list */
        int li = pickvar(K_LIST, 0, 0);
        if (li >= 0 && !V[li].numelems) {
            int a = newvar("h", K_INT);
            ind(o, in);
            bput(o, "%s, *_rest = %s[:%d]\n", V[a].name, V[li].name, rr(1, 6));
        } else {
            gen_int_reduced(&t, 1, VB);
            int a = newvar("h", K_INT), b = newvar("h", K_INT);
            ind(o, in);
            bput(o, "(%s, %s) = (%s, %d)\n", V[a].name, V[b].name, bstr(&t), rr(0, 9));
        }
    }
    work(g_mult);
    bfree(&t);
    bfree(&u);
}

/* Strings: short, built by concatenation, cut back to at most 24 characters. */
static void st_newstr(Buf *o, int in) {
    Buf t = {0};
    int k = rnd(3);
    if (k == 2) gen_int(&t, 0);
    int si = newvar("s", K_STR);
    ind(o, in);
    if (k == 0) bput(o, "%s = \"\"\n", V[si].name);
    else if (k == 1) bput(o, "%s = \"a%d\"\n", V[si].name, rnd(10));
    else bput(o, "%s = str(%s)\n", V[si].name, bstr(&t));
    bfree(&t);
    work(g_mult);
}

static void st_str(Buf *o, int in) {
    int si = pickvar(K_STR, 1, 0);
    if (si < 0) {
        st_newstr(o, in);
        return;
    }
    const char *n = V[si].name;
    Buf t = {0};
    gen_int(&t, 1);
    ind(o, in);
    switch (rnd(4)) {
    case 0: bput(o, "%s += str(%s %% 10)\n", n, bstr(&t)); break;
    case 1: bput(o, "%s = %s + \"xyz\"[%s %% 3]\n", n, n, bstr(&t)); break;
    case 2: bput(o, "%s = \"%d\" + %s\n", n, rnd(10), n); break;
    default: bput(o, "%s += f'{%s %% 100}'\n", n, bstr(&t)); break;
    }
    ind(o, in);
    bput(o, "if len(%s) > 24:\n", n);
    ind(o, in + 1);
    bput(o, "%s = %s[-%d:]\n", n, n, rr(4, 12));
    bfree(&t);
    work(g_mult * 3);
}

static void st_obj(Buf *o, int in) {
    Buf t = {0};
    int vi = pickvar(K_OBJ, 1, 0);
    int k = rnd(8);
    if (vi < 0 || k == 0) {
        /* a new object, or an existing variable rebound to another class */
        gen_int_reduced(&t, 1, VB);
        if (vi < 0 || chance(50)) vi = newvar("o", K_OBJ);
        ind(o, in);
        bput(o, "%s = P%d(%s)\n", V[vi].name, rnd(2), bstr(&t));
    } else if (k == 1) {
        int n = rr(2, 4);
        for (int i = 0; i < n; i++) {
            Buf u = {0};
            gen_int_reduced(&u, 0, VB);
            bput(&t, "%sP%d(%s)", i ? ", " : "", rnd(2), bstr(&u));
            bfree(&u);
        }
        int li = newvar("ol", K_OLIST);
        ind(o, in);
        bput(o, "%s = [%s]\n", V[li].name, bstr(&t));
    } else if (k == 2) {
        gen_int_reduced(&t, 1, VB);
        ind(o, in);
        if (chance(25)) {
            /* a class attribute, or an instance attribute shadowing it */
            Buf u = {0};
            gen_int(&u, 0);
            ind(o, 0);
            if (chance(50)) bput(o, "P%d.scale = %s %% 5 + 1\n", rnd(2), bstr(&u));
            else bput(o, "%s.scale = %s %% 3 + 1\n", V[vi].name, bstr(&u));
            bfree(&u);
        } else {
            bput(o, "%s.x = %s\n", V[vi].name, bstr(&t));
        }
    } else if (k == 3) {
        gen_int_reduced(&t, 1, VB);
        ind(o, in);
        bput(o, "%s.y = (%s.y + %s) %% 65521\n", V[vi].name, V[vi].name, bstr(&t));
    } else if (k == 4 && (vi = pickvar(K_OLIST, 0, 0)) >= 0) {
        Buf u = {0};
        gen_int(&t, 0);
        gen_int(&u, 0);
        ind(o, in);
        bput(o, "%s[%s %% len(%s)].step(%s)\n", V[vi].name, bstr(&t), V[vi].name, bstr(&u));
        bfree(&u);
        work(g_mult * 3);
    } else {
        vi = pickvar(K_OBJ, 0, 0);
        gen_int(&t, 1);
        ind(o, in);
        bput(o, "%s.step(%s)\n", V[vi].name, bstr(&t));
        work(g_mult * 3);
    }
    bfree(&t);
    work(g_mult);
}

/* In a loop: maybe delete a variable, read it under try/except NameError
 * (UnboundLocalError is a NameError), then bind it again. */
static void st_del(Buf *o, int in) {
    int cand[MAXV], n = 0;
    for (int i = 0; i < NV; i++)
        if ((V[i].kind == K_INT || V[i].kind == K_NUM) && !V[i].ro && V[i].name[0] != 'G') cand[n++] = i;
    if (!n) {
        st_assign_int(o, in);
        return;
    }
    int vi = cand[rnd(n)];
    const char *vn = V[vi].name;
    Buf c = {0}, t = {0};
    gen_cond(&c, 1);
    ind(o, in);
    bput(o, "if %s:\n", bstr(&c));
    ind(o, in + 1);
    bput(o, "del %s\n", vn);
    int tv = newvar("z", K_INT);
    ind(o, in);
    bput(o, "try:\n");
    ind(o, in + 1);
    int c1 = rr(1, 9);
    if (V[vi].kind == K_INT) bput(o, "%s = (%s + %d) %% %d\n", V[tv].name, vn, c1, pick_mod());
    else bput(o, "%s = int(%s) %% %d\n", V[tv].name, vn, pick_mod());
    ind(o, in);
    /* module level: a deleted global raises NameError, not UnboundLocalError */
    bput(o, "except %s:\n", g_ctx == 0 || chance(50) ? "NameError" : "UnboundLocalError");
    ind(o, in + 1);
    bput(o, "%s = -1\n", V[tv].name);
    /* bind it again, from an expression that cannot mention it */
    int save_kind = V[vi].kind;
    V[vi].kind = -1;
    if (save_kind == K_INT) gen_int_reduced(&t, 1, VB);
    else gen_num_reduced(&t, 1, VB);
    V[vi].kind = save_kind;
    ind(o, in);
    bput(o, "%s = %s\n", vn, bstr(&t));
    bfree(&c);
    bfree(&t);
    work(g_mult * 4);
}

/* Allocation pressure inside loops, so the collector runs while traces are
 * live (its threshold is tens of megabytes). */
static void st_alloc(Buf *o, int in) {
    Buf t = {0}, u = {0};
    gen_int_reduced(&t, 1, VB);
    gen_int(&u, -1);
    int form = rnd(3);
    /* cost in work units per element (a unit is a simple statement, ~0.1 us
     * in CPython): [x] * k fills fast, range and comprehensions do not */
    static const double per[] = {1.0 / 75, 1.0 / 8, 1.0 / 130};
    double k = rr(200, 3000);
    double cap = rem() / 2 / (g_mult * per[form]);
    if (form == 0 && g_ctx != 2 && g_slots < 15e6) {
        /* about 6M list slots (48 MB, past the collector's first threshold)
         * over all executions, outside the work budget but at most 15M slots
         * per program: ~20 ms in CPython.  (Not in helpers: their
         * multiplicity is unknown here.) */
        k = 6e6 / g_mult;
        cap = (15e6 - g_slots) / g_mult;
    }
    if (k > cap) k = cap;
    if (k > 400000) k = 400000;
    if (k < 50) k = 50;
    int ki = (int)k;
    if (form == 0) g_slots += ki * g_mult;
    int bi = newvar("big", K_LIST);
    V[bi].maxlen = ki;
    V[bi].ro = 1;
    const char *bn = V[bi].name;
    int vi = newvar("v", K_INT);
    ind(o, in);
    if (form == 0) bput(o, "%s = [%s] * %d\n", bn, bstr(&t), ki);
    else if (form == 1) bput(o, "%s = list(range(%s %% 7, %d))\n", bn, bstr(&t), ki);
    else bput(o, "%s = [(%s, %s) for _ in range(%d)]\n", bn, bstr(&t), bstr(&u), ki / 20 + 1);
    ind(o, in);
    if (form == 2) {
        /* a list of tuples: not an int list */
        int which = rnd(2);
        bput(o, "%s = (%s[%s %% len(%s)][%d] + len(%s)) %% %d\n", V[vi].name, bn, bstr(&u), bn, which, bn, pick_mod());
        V[bi].kind = K_TUP + 100; /* invisible to pickvar */
    } else {
        bput(o, "%s = (%s[%s %% len(%s)] + len(%s)) %% %d\n", V[vi].name, bn, bstr(&u), bn, bn, pick_mod());
    }
    bfree(&t);
    bfree(&u);
    work(g_mult * (3 + (form == 0 ? 0 : k * per[form])));
}

/* A lambda capturing a variable (which becomes a cell), called at once. */
static void st_lambda(Buf *o, int in) {
    int vi = pickvar(chance(60) ? K_INT : K_NUM, 0, 0);
    if (vi < 0) {
        st_assign_int(o, in);
        return;
    }
    Buf t = {0};
    gen_int_reduced(&t, 1, VB);
    int isint = V[vi].kind == K_INT;
    int m = pick_mod();
    int lv = g_uid++;
    ind(o, in);
    bput(o, "%slam%d = lambda z: (z + %s) %% %d\n", g_pfx, lv, V[vi].name, m);
    int rv = newvar(isint ? "v" : "x", isint ? K_INT : K_NUM);
    ind(o, in);
    bput(o, "%s = %slam%d(%s)\n", V[rv].name, g_pfx, lv, bstr(&t));
    bfree(&t);
    work(g_mult * 3);
}

/* Shadow the builtin abs with a module global (or remove the shadow): code
 * that cached the builtin must notice.  _abs2 counts its calls. */
static void st_shadow(Buf *o, int in) {
    Buf c = {0};
    gen_cond(&c, 0);
    ind(o, in);
    bput(o, "shadow_abs(%s)\n", bstr(&c));
    bfree(&c);
    work(g_mult * 3);
}

static int can_print(void) { return g_ctx != 2 && g_mult <= 40 && g_lines + g_mult <= 400; }

static void print_value(Buf *o, int vi) {
    Var *v = &V[vi];
    switch (v->kind) {
    case K_INT:
        if (chance(20)) bput(o, "f\"{%s:>8}\"", v->name);
        else bput(o, "%s", v->name);
        break;
    case K_NUM:
        switch (rnd(4)) {
        case 0: bput(o, "repr(%s)", v->name); break;
        case 1: bput(o, "f\"{%s:.6f}\"", v->name); break;
        case 2: bput(o, "round(%s, 3)", v->name); break;
        default: bput(o, "%s", v->name); break;
        }
        break;
    case K_LIST:
        if (chance(50)) bput(o, "%s[-4:]", v->name);
        else bput(o, "len(%s)", v->name);
        break;
    case K_DICT:
        if (chance(50)) bput(o, "len(%s)", v->name);
        else bput(o, "sorted(%s.items())[:5]", v->name);
        break;
    case K_OBJ: bput(o, "%s.x, %s.y", v->name, v->name); break;
    case K_OLIST: bput(o, "[q.y for q in %s]", v->name); break;
    case K_STR:
        if (chance(50)) bput(o, "%s", v->name);
        else bput(o, "repr(%s)", v->name);
        break;
    default: bput(o, "%s", v->name); break;
    }
}

static void st_print(Buf *o, int in) {
    if (!can_print()) {
        st_assign_int(o, in);
        return;
    }
    int n = rr(1, 3);
    ind(o, in);
    bput(o, "print(\"p%d\"", g_uid++);
    for (int i = 0; i < n; i++) {
        int kinds[] = {K_INT, K_NUM, K_INT, K_LIST, K_DICT, K_TUP, K_STR, K_OBJ};
        int vi = pickvar(kinds[rnd(8)], 0, 0);
        if (vi < 0) continue;
        bput(o, ", ");
        print_value(o, vi);
    }
    bput(o, ")\n");
    g_lines += g_mult;
    work(g_mult);
}

/* Print every visible int/float variable (and summaries of the containers):
 * used after top-level loops and at the end of functions' callers. */
static void st_checkpoint(Buf *o, int in, int from) {
    if (!can_print()) return;
    ind(o, in);
    bput(o, "print(\"cp%d\"", g_uid++);
    int any = 0;
    for (int i = from; i < NV; i++) {
        if (V[i].kind == K_INT || V[i].kind == K_NUM || chance(30)) {
            bput(o, ", ");
            print_value(o, i);
            any = 1;
        }
    }
    (void)any;
    bput(o, ")\n");
    g_lines += g_mult;
    work(g_mult);
}

static void st_call(Buf *o, int in) {
    E e;
    Buf t = {0};
    if (!gen_call(&t, chance(70), &e)) {
        st_assign_int(o, in);
        return;
    }
    ind(o, in);
    if (chance(50)) {
        bput(o, "%s\n", bstr(&t));
    } else {
        int vi = newvar(e.isint ? "v" : "x", e.isint ? K_INT : K_NUM);
        bput(o, "%s = %s\n", V[vi].name, bstr(&t));
    }
    bfree(&t);
    work(g_mult);
}

static void st_if(Buf *o, int in, int inloop) {
    Buf c = {0};
    gen_cond(&c, rr(0, 2));
    ind(o, in);
    bput(o, "if %s:\n", bstr(&c));
    bfree(&c);
    work(g_mult);
    int save = NV;
    gen_block(o, in + 1, 1, 3, inloop);
    NV = save;
    int nelif = chance(50) ? rr(1, 3) : 0;
    for (int i = 0; i < nelif; i++) {
        gen_cond(&c, rr(0, 2));
        ind(o, in);
        bput(o, "elif %s:\n", bstr(&c));
        bfree(&c);
        work(g_mult);
        gen_block(o, in + 1, 1, 2, inloop);
        NV = save;
    }
    if (chance(50)) {
        ind(o, in);
        bput(o, "else:\n");
        gen_block(o, in + 1, 1, 2, inloop);
        NV = save;
    }
}

/* if COND: break / continue / return */
static void st_jump(Buf *o, int in) {
    Buf c = {0};
    gen_cond(&c, 1);
    ind(o, in);
    bput(o, "if %s:\n", bstr(&c));
    bfree(&c);
    ind(o, in + 1);
    int k = rnd(10);
    if (g_ctx == 2 && k == 0) {
        Buf t = {0};
        if (g_fnret == R_INT) gen_int_reduced(&t, 1, VB);
        else if (g_fnret == R_NUM) gen_num_reduced(&t, 1, VB);
        else {
            int c1 = rr(0, 9), c2 = rr(0, 9);
            bput(&t, "%d, %d", c1, c2);
        }
        bput(o, "return %s\n", bstr(&t));
        bfree(&t);
    } else if (k < 5) {
        bput(o, "break\n");
    } else {
        bput(o, "continue\n");
    }
    work(g_mult);
}

/* try: risky division; except ZeroDivisionError: ... */
static void st_try(Buf *o, int in) {
    Buf a = {0}, b = {0};
    int isint = !chance(w_float);
    int target = pickvar(isint ? K_INT : K_NUM, 1, 0);
    int fresh = target < 0;
    char tn[24];
    int save = NV;
    if (fresh) {
        /* declared after the statement: invisible to the try body */
        target = newvar(isint ? "z" : "y", isint ? K_INT : K_NUM);
        NV--;
        save = NV;
    }
    snprintf(tn, sizeof tn, "%s", V[target].name);
    gen_int_reduced(&a, 1, VB);
    gen_int(&b, 1);
    ind(o, in);
    bput(o, "try:\n");
    ind(o, in + 1);
    int m = rr(2, 5);
    switch (rnd(4)) {
    case 3:
        /* the exception is raised in a callee */
        if (isint) bput(o, "%s = risky(%s, %s)\n", tn, bstr(&a), bstr(&b));
        else bput(o, "%s = risky(float(%s), %s)\n", tn, bstr(&a), bstr(&b));
        break;
    case 0:
        if (isint) bput(o, "%s = %s // (%s %% %d)\n", tn, bstr(&a), bstr(&b), m);
        else bput(o, "%s = %s / (%s %% %d)\n", tn, bstr(&a), bstr(&b), m);
        break;
    case 1:
        if (isint) bput(o, "%s = %s %% (%s %% %d - %d)\n", tn, bstr(&a), bstr(&b), m, rnd(m));
        else bput(o, "%s = %s / (%s %% %d - %d)\n", tn, bstr(&a), bstr(&b), m, rnd(m));
        break;
    default:
        if (isint) {
            bput(o, "%s = divmod(%s, %s %% %d)[0]\n", tn, bstr(&a), bstr(&b), m);
        } else {
            /* float / float and float % float by a float zero */
            static const char *fops[] = {"/", "/", "%", "//"};
            bput(o, "%s = float(%s) %s (float(%s) %% %d.0)\n", tn, bstr(&a), fops[rnd(4)], bstr(&b), m);
        }
        break;
    }
    work(g_mult * 2);
    /* the rest of the try body: simple statements only */
    if (chance(40)) {
        if (chance(50)) st_assign_int(o, in + 1);
        else st_assign_num(o, in + 1);
    }
    /* variables assigned in the try body may be unbound after it */
    NV = save;
    int ev = -1;
    ind(o, in);
    int as = can_print() && chance(30);
    if (chance(15)) bput(o, "except (ValueError, ZeroDivisionError)%s:\n", as ? " as exc" : "");
    else bput(o, "except ZeroDivisionError%s:\n", as ? " as exc" : "");
    ind(o, in + 1);
    bput(o, "%s = %s\n", tn, isint ? "-1" : "-0.5");
    if (as) {
        ind(o, in + 1);
        bput(o, "print(\"caught\", exc)\n");
        g_lines += g_mult;
    }
    if (chance(30)) {
        ev = pickvar(K_INT, 1, 0);
        if (ev >= 0 && ev != target) {
            ind(o, in + 1);
            bput(o, "%s = (%s + 1) %% %d\n", V[ev].name, V[ev].name, pick_mod());
        }
    }
    if (chance(20)) {
        ind(o, in);
        bput(o, "else:\n");
        ind(o, in + 1);
        bput(o, "%s = %s // 2\n", tn, tn);
    }
    if (chance(10)) {
        int ci = pickvar(K_INT, 1, 0);
        if (ci >= 0 && ci != target) {
            ind(o, in);
            bput(o, "finally:\n");
            ind(o, in + 1);
            bput(o, "%s = (%s * 3 + 1) %% %d\n", V[ci].name, V[ci].name, pick_mod());
        }
    }
    work(g_mult);
    bfree(&a);
    bfree(&b);
    if (fresh) {
        int vi = NV++;
        memset(&V[vi], 0, sizeof V[vi]);
        snprintf(V[vi].name, sizeof V[vi].name, "%s", tn);
        V[vi].kind = isint ? K_INT : K_NUM;
    }
}

/* Trip count for a loop whose body costs at least ~3 units per iteration;
 * 0 if even a short loop would exceed the budget. */
static int choose_trips(int lo, int hi) {
    int t = rr(lo, hi);
    while (t > lo && g_work + g_mult * t * 4 > g_budget) t = t * 2 / 3;
    if (t < lo) t = lo;
    if (g_work + g_mult * t * 3 > g_budget) return 0;
    return t;
}

static int max_loopdepth(void) { return g_ctx == 2 ? 2 : 3; }

static void loop_body(Buf *o, int in, int trips, int nmin, int nmax) {
    double save_mult = g_mult;
    g_mult *= trips;
    g_loopdepth++;
    gen_block(o, in, nmin, nmax, 1);
    g_loopdepth--;
    g_mult = save_mult;
}

static void loop_else(Buf *o, int in) {
    if (!chance(12)) return;
    ind(o, in);
    bput(o, "else:\n");
    int vi = pickvar(K_INT, 1, 0);
    ind(o, in + 1);
    if (vi >= 0) {
        int c1 = rr(1, 9);
        bput(o, "%s = (%s + %d) %% %d\n", V[vi].name, V[vi].name, c1, pick_mod());
    }
    else if (can_print()) {
        bput(o, "print(\"else%d\")\n", g_uid++);
        g_lines += g_mult;
    } else bput(o, "pass\n");
    work(g_mult);
}

static void st_for_range(Buf *o, int in, int trips) {
    int save = NV;
    int bv = pickvar(K_INT, 0, 0);
    int iv = newvar("i", K_INT);
    V[iv].ro = 1;
    const char *n = V[iv].name;
    ind(o, in);
    switch (rnd(6)) {
    case 0:
    case 1: bput(o, "for %s in range(%d):\n", n, trips); break;
    case 2: {
        int a = rr(-20, 20);
        bput(o, "for %s in range(%d, %d):\n", n, a, a + trips);
        break;
    }
    case 3: bput(o, "for %s in range(%d, -1, -1):\n", n, trips - 1); break;
    case 4: {
        int s = rr(2, 5);
        bput(o, "for %s in range(%d, %d, %d):\n", n, 0, trips * s, s);
        break;
    }
    default: {
        if (bv >= 0) {
            int m = rr(5, 40);
            bput(o, "for %s in range(%s %% %d, %s %% %d + %d):\n", n, V[bv].name, m, V[bv].name, m, trips);
        } else {
            bput(o, "for %s in range(%d):\n", n, trips);
        }
        break;
    }
    }
    work(g_mult);
    loop_body(o, in + 1, trips, 2, 6);
    NV = save;
    loop_else(o, in);
}

static void st_for_list(Buf *o, int in, int trips) {
    int li = pickvar(K_LIST, 0, 0);
    int di = pickvar(K_DICT, 0, 0);
    int save = NV;
    if (di >= 0 && !V[di].isglobal && chance(25)) {
        /* dicts are never bigger than dk + 9 keys */
        double t = V[di].dk + 9;
        if (g_work + g_mult * t * 3 > g_budget) return;
        int kv = newvar("k", K_INT), vv = newvar("w", K_INT);
        V[kv].ro = V[vv].ro = 1;
        V[di].locked++;
        ind(o, in);
        if (chance(50)) {
            bput(o, "for %s, %s in %s.items():\n", V[kv].name, V[vv].name, V[di].name);
        } else {
            bput(o, "for %s in %s:\n", V[kv].name, V[di].name);
            NV--; /* no value variable */
        }
        work(g_mult);
        loop_body(o, in + 1, (int)t, 2, 5);
        V[di].locked--;
        NV = save;
        return;
    }
    int oli = pickvar(K_OLIST, 0, 0);
    if (oli >= 0 && chance(30)) {
        int ev = newvar("ob", K_OBJ);
        V[ev].ro = 1;
        ind(o, in);
        bput(o, "for %s in %s:\n", V[ev].name, V[oli].name);
        work(g_mult);
        loop_body(o, in + 1, 4, 2, 5);
        NV = save;
        return;
    }
    if (li < 0) {
        st_for_range(o, in, trips);
        return;
    }
    Var *l = &V[li];
    int ev = newvar("e", l->numelems ? K_NUM : K_INT);
    V[ev].ro = 1;
    double t;
    int locked = 0;
    ind(o, in);
    if (g_loopdepth == 0 && g_ctx != 2 && !l->isglobal && g_work + g_mult * l->maxlen * 4 <= g_budget && chance(60)) {
        /* direct iteration: the list may not grow meanwhile */
        t = l->maxlen;
        locked = 1;
        bput(o, "for %s in %s:\n", V[ev].name, l->name);
    } else {
        int k = rr(4, trips > 4 ? trips : 4);
        t = k;
        switch (rnd(4)) {
        case 0: bput(o, "for %s in %s[:%d]:\n", V[ev].name, l->name, k); break;
        case 1: bput(o, "for %s in %s[-%d:]:\n", V[ev].name, l->name, k); break;
        case 2: {
            int iv = newvar("i", K_INT);
            V[iv].ro = 1;
            bput(o, "for %s, %s in enumerate(%s[:%d]):\n", V[iv].name, V[ev].name, l->name, k);
            break;
        }
        default: {
            int l2 = pickvar(K_LIST, 0, 0);
            int ev2 = newvar("e", V[l2].numelems ? K_NUM : K_INT);
            V[ev2].ro = 1;
            bput(o, "for %s, %s in zip(%s[:%d], %s[%d:]):\n", V[ev].name, V[ev2].name, l->name, k, V[l2].name, rnd(3));
            break;
        }
        }
    }
    work(g_mult);
    if (locked) l->locked++;
    loop_body(o, in + 1, (int)t + 1, 2, 5);
    if (locked) l->locked--;
    NV = save;
    loop_else(o, in);
}

static void st_while(Buf *o, int in, int trips) {
    int cv = newvar("c", K_INT);
    V[cv].ro = 1;
    const char *c = V[cv].name;
    int save = NV;
    int k = rnd(4);
    Buf cond = {0};
    ind(o, in);
    if (k == 0 || k == 1) {
        bput(o, "%s = 0\n", c);
        ind(o, in);
        bput(o, "while %s < %d:\n", c, trips);
        ind(o, in + 1);
        bput(o, "%s += 1\n", c);
    } else if (k == 2) {
        bput(o, "%s = %d\n", c, trips);
        ind(o, in);
        bput(o, "while True:\n");
        ind(o, in + 1);
        bput(o, "%s -= 1\n", c);
        ind(o, in + 1);
        gen_cond(&cond, 0);
        if (chance(50)) bput(o, "if %s < 0:\n", c);
        else bput(o, "if %s < 0 or (%s):\n", c, bstr(&cond));
        ind(o, in + 2);
        bput(o, "break\n");
    } else {
        gen_cond(&cond, 0);
        bput(o, "%s = 0\n", c);
        ind(o, in);
        bput(o, "while %s < %d and (%s):\n", c, trips, bstr(&cond));
        ind(o, in + 1);
        bput(o, "%s += 1\n", c);
    }
    bfree(&cond);
    work(g_mult * 2);
    g_mult *= trips;
    work(g_mult * 2);
    g_mult /= trips;
    loop_body(o, in + 1, trips, 2, 6);
    NV = save;
    if (k != 2) loop_else(o, in);
}

static void st_loop(Buf *o, int in) {
    if (g_loopdepth >= max_loopdepth()) {
        st_assign_int(o, in);
        return;
    }
    int lo = 10, hi = g_loopdepth == 0 ? 150 : 40;
    if (g_loopdepth == 0 && chance(20)) hi = 400;
    int trips = choose_trips(lo, hi);
    if (!trips) {
        st_assign_int(o, in);
        return;
    }
    int k = rnd(100);
    if (k < w_while) st_while(o, in, trips);
    else if (k < w_while + w_list) st_for_list(o, in, trips);
    else st_for_range(o, in, trips);
}

enum { S_INT, S_NUM, S_AUG, S_LIST, S_DICT, S_TUPLE, S_IF, S_LOOP, S_CALL, S_PRINT, S_TRY, S_JUMP, S_STR, S_OBJ, S_DEL, S_LAMBDA, S_ALLOC, S_SHADOW, S_NSTMT };

static void gen_stmt(Buf *o, int in, int inloop) {
    int w[S_NSTMT];
    w[S_INT] = 14;
    w[S_NUM] = w_float / 4;
    w[S_AUG] = 16;
    w[S_LIST] = w_list / 2;
    w[S_DICT] = w_dict / 2;
    w[S_TUPLE] = w_tuple;
    w[S_IF] = w_if;
    w[S_LOOP] = w_loop;
    w[S_CALL] = g_ncall ? w_call / 2 : 0;
    w[S_PRINT] = w_print;
    w[S_TRY] = w_try;
    w[S_JUMP] = inloop ? 5 : 0;
    w[S_STR] = w_str;
    w[S_OBJ] = g_ctx == 2 ? 0 : w_obj;
    w[S_DEL] = inloop ? w_del : 0;
    w[S_LAMBDA] = w_lambda;
    w[S_ALLOC] = inloop ? w_alloc : 0;
    w[S_SHADOW] = inloop ? w_shadow : 0;
    if (rem() < g_mult * 3) { /* out of budget: something cheap */
        int vi = pickvar(K_INT, 1, 0);
        if (vi >= 0) st_aug(o, in, vi);
        else st_assign_int(o, in);
        return;
    }
    int total = 0;
    for (int i = 0; i < S_NSTMT; i++) total += w[i];
    int r = rnd(total), s = 0;
    while (r >= w[s]) r -= w[s++];
    int vi;
    switch (s) {
    case S_INT: st_assign_int(o, in); break;
    case S_NUM: st_assign_num(o, in); break;
    case S_AUG: {
        int kind = chance(w_float) ? K_NUM : K_INT;
        vi = pickvar(kind, 1, 0);
        if (vi < 0) {
            if (kind == K_NUM) st_assign_num(o, in);
            else st_assign_int(o, in);
        } else {
            st_aug(o, in, vi);
        }
        break;
    }
    case S_LIST:
        if (chance(15)) st_newlist(o, in);
        else st_list_op(o, in);
        break;
    case S_DICT:
        if (chance(15)) st_newdict(o, in);
        else st_dict_op(o, in);
        break;
    case S_TUPLE: st_tuple(o, in); break;
    case S_STR: st_str(o, in); break;
    case S_OBJ: st_obj(o, in); break;
    case S_DEL: st_del(o, in); break;
    case S_LAMBDA: st_lambda(o, in); break;
    case S_ALLOC: st_alloc(o, in); break;
    case S_SHADOW: st_shadow(o, in); break;
    case S_IF: st_if(o, in, inloop); break;
    case S_LOOP: st_loop(o, in); break;
    case S_CALL: st_call(o, in); break;
    case S_PRINT: st_print(o, in); break;
    case S_TRY: st_try(o, in); break;
    case S_JUMP: st_jump(o, in); break;
    default: st_assign_int(o, in); break;
    }
}

static void gen_block(Buf *o, int in, int nmin, int nmax, int inloop) {
    int n = rr(nmin, nmax);
    for (int i = 0; i < n; i++) {
        if (i >= 1 && rem() < g_mult * 3) break;
        gen_stmt(o, in, inloop);
    }
}

/* ---- program ------------------------------------------------------------- */

#define NG 3 /* int globals G0..G2, plus the list GL and the dict GD */

static void add_globals(int writable_mask) {
    for (int i = 0; i < NG; i++) {
        int vi = NV++;
        memset(&V[vi], 0, sizeof V[vi]);
        snprintf(V[vi].name, sizeof V[vi].name, "G%d", i);
        V[vi].kind = K_INT;
        V[vi].ro = !(writable_mask & (1 << i));
    }
    int li = NV++;
    memset(&V[li], 0, sizeof V[li]);
    snprintf(V[li].name, sizeof V[li].name, "GL");
    V[li].kind = K_LIST;
    V[li].isglobal = 1;
    V[li].maxlen = 1e9;
    int di = NV++;
    memset(&V[di], 0, sizeof V[di]);
    snprintf(V[di].name, sizeof V[di].name, "GD");
    V[di].kind = K_DICT;
    V[di].dk = 8;
    V[di].isglobal = 1;
}

static void gen_function(Buf *o, int idx) {
    Fn *f = &F[idx];
    snprintf(f->name, sizeof f->name, "f%d", idx);
    f->nparams = rr(1, 3);
    f->defaults = f->nparams >= 2 && chance(40);
    int k = rnd(10);
    f->ret = k < 6 ? R_INT : k < 8 ? R_NUM : R_TUP;
    f->recursive = idx > 0 && chance(12) && f->ret == R_INT;
    if (f->recursive) f->nparams = 2, f->defaults = 0;
    f->numparam = 0;
    for (int i = f->recursive ? 2 : 0; i < f->nparams; i++)
        if (chance(w_float / 2)) f->numparam |= 1 << i;

    NV = 0;
    g_uid = 0;
    g_pfx = "";
    g_ctx = 2;
    g_fnret = f->ret;
    g_loopdepth = 0;
    g_ncall = idx;
    g_work = 0;
    g_budget = f->recursive ? rr(5, 30) : rr(20, 250);
    g_mult = 1;
    int gw = chance(35) ? (1 << rnd(NG)) : 0;
    add_globals(gw);

    const char **pn = PNAMES;
    bput(o, "def %s(", f->name);
    for (int i = 0; i < f->nparams; i++) {
        bput(o, "%s%s", i ? ", " : "", pn[i]);
        if (i == f->nparams - 1 && f->defaults) bput(o, "=%d", rr(0, 9));
        int vi = NV++;
        memset(&V[vi], 0, sizeof V[vi]);
        snprintf(V[vi].name, sizeof V[vi].name, "%s", pn[i]);
        V[vi].kind = (f->numparam & (1 << i)) ? K_NUM : K_INT;
    }
    bput(o, "):\n");
    if (gw) {
        for (int i = 0; i < NG; i++)
            if (gw & (1 << i)) bput(o, "    global G%d\n", i);
    }
    Buf t = {0};
    if (f->recursive) {
        /* def fK(a, b): depth a in [0, 12], accumulator b */
        bput(o, "    if a <= 0:\n");
        gen_int_reduced(&t, 1, VB);
        bput(o, "        return %s\n", bstr(&t));
        bfree(&t);
        V[0 + NG + 2].ro = 1; /* a: the depth must only decrease */
        gen_block(o, 1, 1, 3, 0);
        gen_int_reduced(&t, 1, VB);
        bput(o, "    return (%s(a - 1, %s) + b) %% %d\n", f->name, bstr(&t), pick_mod());
        bfree(&t);
        f->cost = (g_work + 3) * 13;
    } else {
        gen_block(o, 1, 2, 6, 0);
        if (chance(20) && g_work + 2 < g_budget) {
            int li = pickvar(K_LIST, 0, 0);
            if (li >= 0) {
                if (V[li].numelems) gen_num_reduced(&t, 1, VB);
                else gen_int_reduced(&t, 1, VB);
                bput(o, "    %s.append(%s)\n", V[li].name, bstr(&t));
                bfree(&t);
            }
        }
        if (f->ret == R_INT) {
            gen_int_reduced(&t, 2, VB);
            bput(o, "    return %s\n", bstr(&t));
        } else if (f->ret == R_NUM) {
            gen_num_reduced(&t, 2, VB);
            bput(o, "    return %s\n", bstr(&t));
        } else {
            Buf u = {0};
            gen_int_reduced(&t, 1, VB);
            gen_int_reduced(&u, 1, VB);
            bput(o, "    return %s, %s\n", bstr(&t), bstr(&u));
            bfree(&u);
        }
        bfree(&t);
        f->cost = g_work + 2;
    }
    bput(o, "\n\n");
}

static void gen_program(Buf *o, uint64_t seed, int index) {
    rs = mix64(seed * 0x9e3779b97f4a7c15ULL + (uint64_t)index * 0xd1b54a32d192ed03ULL + 1);
    NF = 0;
    g_lines = 0;
    g_has_sys = chance(12);

    w_float = rr(10, 60);
    w_list = rr(5, 40);
    w_dict = rr(3, 25);
    w_call = rr(5, 30);
    w_while = rr(10, 40);
    w_try = rr(0, 6);
    w_print = rr(2, 8);
    w_if = rr(6, 16);
    w_loop = rr(6, 14);
    w_tuple = rr(1, 8);
    w_bits = rr(0, 10);
    w_str = rr(0, 6);
    w_obj = chance(50) ? rr(3, 12) : 0;
    w_del = chance(25) ? rr(1, 4) : 0;
    w_lambda = chance(25) ? rr(1, 3) : 0;
    w_alloc = chance(35) ? rr(2, 8) : 0;
    w_shadow = chance(15) ? rr(1, 3) : 0;
    g_closure = 0;
    g_slots = 0;

    bput(o, "# glassjit differential test program: seed %llu, index %d\n", (unsigned long long)seed, index);
    if (g_has_sys) bput(o, "import sys\n");
    bput(o, "\n");
    for (int i = 0; i < NG; i++) bput(o, "G%d = %d\n", i, rr(-50, 1000));
    if (w_obj) {
        bput(o, "\n\n"
                "class P0:\n"
                "    scale = 1\n"
                "\n"
                "    def __init__(self, a):\n"
                "        self.x = a\n"
                "        self.y = 0\n"
                "\n"
                "    def step(self, v):\n"
                "        self.y = (self.y + (v %% 1009) * (self.x %% 1009) * self.scale) %% 65521\n"
                "        return self.y\n"
                "\n"
                "\n"
                "class P1(P0):\n"
                "    def __init__(self, a):\n"
                "        super().__init__(a)\n"
                "        self.z = a %% 7\n"
                "\n"
                "    def step(self, v):\n"
                "        self.y = (self.y * 3 + v %% 1009 + self.z) * self.scale %% 9973\n"
                "        return self.y - %d\n", rr(0, 9));
    }
    bput(o, "\n\n"
            "def risky(a, b):\n"
            "    return a // (b %% 3)\n");
    if (w_shadow) {
        bput(o, "\n\n"
                "ABS_CALLS = 0\n"
                "ABS_ON = False\n"
                "\n"
                "\n"
                "def _abs2(z):\n"
                "    global ABS_CALLS\n"
                "    ABS_CALLS += 1\n"
                "    return z if z >= 0 else -z\n"
                "\n"
                "\n"
                "def shadow_abs(on):\n"
                "    global abs, ABS_ON\n"
                "    if on and not ABS_ON:\n"
                "        abs = _abs2\n"
                "        ABS_ON = True\n"
                "    elif not on and ABS_ON:\n"
                "        del abs\n"
                "        ABS_ON = False\n");
    }
    bput(o, "\n\n");
    bput(o, "GL = [");
    int gl = rr(3, 8);
    for (int i = 0; i < gl; i++) bput(o, "%s%d", i ? ", " : "", rr(-9, 99));
    bput(o, "]\nGD = {k: k * %d %% 17 for k in range(8)}\n\n\n", rr(1, 16));

    int nf = rr(1, 6);
    for (int i = 0; i < nf; i++) {
        gen_function(o, i);
        NF++;
    }

    /* main(): the bulk of the work, with fast locals */
    NV = 0;
    g_uid = 0;
    g_pfx = "";
    g_ctx = 1;
    g_loopdepth = 0;
    g_ncall = NF;
    g_work = 0;
    g_budget = rr(20000, 150000);
    g_mult = 1;
    add_globals(0);
    int first_local = NV;
    bput(o, "def main():\n");
    /* a few accumulators and containers to start from */
    for (int i = rr(1, 3); i > 0; i--) {
        int vi = newvar("v", K_INT);
        bput(o, "    %s = %d\n", V[vi].name, rr(-3, 30));
    }
    for (int i = rr(0, 2); i > 0; i--) {
        int vi = newvar("x", K_NUM);
        bput(o, "    %s = %s\n", V[vi].name, chance(50) ? "0.0" : "0");
    }
    if (chance(35)) {
        int vi = newvar("cl", K_INT);
        bput(o, "    %s = %d\n"
                "\n"
                "    def bump(k):\n"
                "        nonlocal %s\n"
                "        %s = (%s + k) %% 1009\n"
                "        return %s\n"
                "\n"
                "    sq = lambda z: (z %% 1009) * (z %% 1009)\n",
             V[vi].name, rr(0, 9), V[vi].name, V[vi].name, V[vi].name, V[vi].name);
        g_closure = 1;
    }
    if (chance(70)) st_newlist(o, 1);
    if (chance(50)) st_newdict(o, 1);
    if (w_obj && chance(70)) st_obj(o, 1);
    if (chance(w_str * 10)) st_newstr(o, 1);
    int nstmt = rr(6, 18);
    for (int i = 0; i < nstmt; i++) {
        if (chance(45)) st_loop(o, 1);
        else gen_stmt(o, 1, 0);
        if (chance(30)) st_checkpoint(o, 1, first_local);
    }
    st_checkpoint(o, 1, first_local);
    bput(o, "\n\n");

    /* module level: globals are the variables (LOAD_NAME / STORE_NAME) */
    NV = 0;
    g_uid = 0;
    g_pfx = "m";
    g_ctx = 0;
    g_loopdepth = 0;
    g_ncall = NF;
    g_work = 0;
    g_budget = rr(500, 5000);
    g_mult = 1;
    add_globals((1 << NG) - 1);
    if (chance(30)) {
        /* some module-level code runs before main() */
        gen_block(o, 0, 1, 3, 0);
        bput(o, "main()\n");
    } else {
        bput(o, "main()\n");
    }
    for (int i = rr(2, 6); i > 0; i--) {
        if (chance(40)) st_loop(o, 0);
        else gen_stmt(o, 0, 0);
    }
    bput(o, "print(\"end\", G0, G1, G2, GL[-5:], len(GL), sorted(GD.items()))\n");
    if (w_shadow) bput(o, "print(\"abs\", ABS_CALLS, ABS_ON)\n");
    for (int i = NG + 2; i < NV; i++) {
        if (V[i].kind == K_INT || V[i].kind == K_NUM) {
            bput(o, "print(");
            print_value(o, i);
            bput(o, ")\n");
        }
    }
    if (g_has_sys) bput(o, "sys.exit(G%d %% 3)\n", rnd(NG));
    else if (chance(3)) bput(o, "raise ValueError(G%d)\n", rnd(NG));
}

int main(int argc, char **argv) {
    if (argc != 4 && argc != 5) {
        fprintf(stderr, "usage: %s SEED COUNT OUTDIR [FIRST]\n", argv[0]);
        return 2;
    }
    char *end;
    errno = 0;
    unsigned long long seed = strtoull(argv[1], &end, 10);
    if (errno || *end || !*argv[1]) {
        fprintf(stderr, "gen_programs: bad SEED: %s\n", argv[1]);
        return 2;
    }
    long count = strtol(argv[2], &end, 10);
    if (*end || count < 0) {
        fprintf(stderr, "gen_programs: bad COUNT: %s\n", argv[2]);
        return 2;
    }
    long first = 0;
    if (argc == 5) {
        first = strtol(argv[4], &end, 10);
        if (*end || first < 0) {
            fprintf(stderr, "gen_programs: bad FIRST: %s\n", argv[4]);
            return 2;
        }
    }
    const char *dir = argv[3];
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "gen_programs: cannot create %s: %s\n", dir, strerror(errno));
        return 1;
    }
    for (long i = first; i < first + count; i++) {
        Buf o = {0};
        gen_program(&o, seed, (int)i);
        char path[4096];
        snprintf(path, sizeof path, "%s/prog_%llu_%ld.py", dir, seed, i);
        FILE *fp = fopen(path, "w");
        if (!fp) {
            fprintf(stderr, "gen_programs: cannot write %s: %s\n", path, strerror(errno));
            return 1;
        }
        fwrite(o.p, 1, o.n, fp);
        if (fclose(fp) != 0) {
            fprintf(stderr, "gen_programs: error writing %s\n", path);
            return 1;
        }
        bfree(&o);
    }
    return 0;
}
