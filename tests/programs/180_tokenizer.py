# Program: a tokenizer for a tiny expression language
KEYWORDS = ["let", "if", "then", "else", "print"]
def tokenize(src):
    tokens = []
    i = 0
    line = 1
    while i < len(src):
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("FLOAT" if "." in text else "INT", text, line))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "IDENT", word, line))
            i = j
        elif c == '"':
            j = i + 1
            while j < len(src) and src[j] != '"':
                j += 1
            tokens.append(("STR", src[i + 1:j], line))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            tokens.append(("OP", src[i:i + 2], line))
            i += 2
        elif c in "+-*/=<>(),":
            tokens.append(("OP", c, line))
            i += 1
        else:
            tokens.append(("ERROR", c, line))
            i += 1
    return tokens
program = '''let x = 42
let y_2 = x * 3.5 + (7 - 1)  # comment
if x >= 10 then print "big" else print "small"
z = foo(x, y_2) != 0 @ $
'''
toks = tokenize(program)
for kind, text, line in toks:
    print(f"{line:>2} {kind:<6} {text!r}")
counts = {}
for kind, _, _ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
print(len(toks), [t[1] for t in toks if t[0] == "IDENT"])
