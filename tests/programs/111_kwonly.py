# Keyword-only arguments
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=0))
def g(*args, sep=" ", end="."):
    return sep.join([str(x) for x in args]) + end
print(g(1, 2, 3), g(1, 2, sep="-"), g(end="!"), g("a", "b", end="?", sep=""))
def h(x, *, flag=False):
    return x if not flag else -x
print(h(5), h(5, flag=True))
for call in [lambda: f(1, 2), lambda: f(1), lambda: h(1, True)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def config(name, *, verbose=False, level=1, **extra):
    return (name, verbose, level, sorted(extra.items()))
print(config("x"), config("y", level=5, tag="t", verbose=True))
