# Lambda expressions
sq = lambda x: x * x
add = lambda a, b=10: a + b
noargs = lambda: "nothing"
varargs = lambda *a, **k: (a, sorted(k))
print(sq(9), add(1), add(1, 2), noargs(), varargs(1, 2, z=3, y=4))
print((lambda x, y: x ** y)(2, 8))
print(sorted([(1, "b"), (2, "a"), (0, "c")], key=lambda p: p[1]))
print(list(map(lambda s: s.upper(), ["a", "bc"])), list(filter(lambda n: n % 3 == 0, range(13))))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in ["+", "-", "*", "/"]:
    print(7, sym, 2, "=", ops[sym](7, 2))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
cond = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([cond(n) for n in (-1, 0, 1)])
kwonly = lambda *, k=5: k * 2
print(kwonly(), kwonly(k=1))
print(type(sq).__name__)
