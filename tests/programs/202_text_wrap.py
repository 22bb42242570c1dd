# Program: greedy word wrap and full justification
TEXT = ("Glassjit is a small implementation of a subset of Python. It compiles "
        "functions to machine code using copy-and-patch stencils, and falls back to "
        "an interpreter for everything else. Short words and extraordinarily long "
        "words both need handling.")
def wrap(text, width):
    lines = []
    cur = []
    length = 0
    for w in text.split():
        extra = len(w) + (1 if cur else 0)
        if cur and length + extra > width:
            lines.append(cur)
            cur = [w]
            length = len(w)
        else:
            cur.append(w)
            length += extra
    if cur:
        lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]
for width in [30, 45]:
    print("+" + "-" * width + "+")
    lines = wrap(TEXT, width)
    for i, ws in enumerate(lines):
        if i == len(lines) - 1:
            body = " ".join(ws).ljust(width)
        else:
            body = justify(ws, width)
        print("|" + body + "|")
    print("+" + "-" * width + "+")
for ws in wrap(TEXT, 20)[:4]:
    print(" ".join(ws).center(20, "."))
