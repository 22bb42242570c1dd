# Program: a tiny stack-based calculator language
class CalcError(Exception):
    pass
class Machine:
    def __init__(self):
        self.stack = []
        self.vars = {}
        self.output = []
    def pop(self):
        if not self.stack:
            raise CalcError("stack underflow")
        return self.stack.pop()
    def run(self, program):
        for tok in program.split():
            if tok.lstrip("-").isdigit():
                self.stack.append(int(tok))
            elif tok in ("+", "-", "*", "/", "%"):
                b = self.pop()
                a = self.pop()
                if tok == "+":
                    self.stack.append(a + b)
                elif tok == "-":
                    self.stack.append(a - b)
                elif tok == "*":
                    self.stack.append(a * b)
                elif tok == "/":
                    if b == 0:
                        raise CalcError("division by zero")
                    self.stack.append(a // b)
                else:
                    self.stack.append(a % b)
            elif tok == "dup":
                v = self.pop()
                self.stack.extend([v, v])
            elif tok == "swap":
                b = self.pop()
                a = self.pop()
                self.stack.extend([b, a])
            elif tok == "drop":
                self.pop()
            elif tok == ".":
                self.output.append(str(self.pop()))
            elif tok.startswith("!"):
                self.vars[tok[1:]] = self.pop()
            elif tok.startswith("@"):
                name = tok[1:]
                if name not in self.vars:
                    raise CalcError("unknown variable " + name)
                self.stack.append(self.vars[name])
            else:
                raise CalcError("bad token " + repr(tok))
        return self.output
programs = [
    "2 3 + .",
    "10 4 - 3 * .",
    "7 dup * .",
    "1 2 swap - .",
    "100 !x @x @x * . @x 7 % .",
    "-5 3 / . -5 3 % .",
    "1 2 3 drop + .",
    "1 +",
    "4 0 /",
    "@nope",
    "3 4 frob",
]
for p in programs:
    m = Machine()
    try:
        out = m.run(p)
        print(f"{p!r:32} -> {' '.join(out)} (stack {m.stack})")
    except CalcError as e:
        print(f"{p!r:32} -> error: {e}")
