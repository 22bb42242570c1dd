# Mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(8)], is_odd(301))
def parse_expr(tokens, pos):
    val, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, pos
def parse_term(tokens, pos):
    val, pos = parse_factor(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = parse_factor(tokens, pos + 1)
        val = val * rhs if op == "*" else val // rhs
    return val, pos
def parse_factor(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        val, pos = parse_expr(tokens, pos + 1)
        return val, pos + 1
    if tok == "-":
        val, pos = parse_factor(tokens, pos + 1)
        return -val, pos
    return int(tok), pos + 1
def calc(s):
    toks = s.replace("(", " ( ").replace(")", " ) ").split()
    out = []
    for t in toks:
        if t.isdigit() or t in "+-*/()":
            out.append(t)
        else:
            for ch in t:
                out.append(ch)
    return parse_expr(out, 0)[0]
for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3", "2 * (3 + 4) * 5 - 1", "-(4 - 10) * 2", "((7))"]:
    print(e, "=", calc(e))
def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))
def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))
print([hofstadter_f(n) for n in range(15)])
print([hofstadter_m(n) for n in range(15)])
