# Keyword arguments and their errors
def f(a, b, c):
    return f"a={a} b={b} c={c}"
print(f(1, 2, 3))
print(f(1, c=3, b=2))
print(f(c="C", a="A", b="B"))
print(f(*[1, 2], c=3))
def g(x, y=0):
    return x - y
print(g(y=1, x=10), g(10), g(x=5))
errs = [
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, 3, d=4),
    lambda: f(1, 2, a=3),
    lambda: g(),
    lambda: f(),
    lambda: g(1, 2, 3),
]
for e in errs:
    try:
        e()
    except TypeError as ex:
        print("TypeError:", ex)
def build(name, **options):
    keys = sorted(options)
    return name + "(" + ", ".join([k + "=" + repr(options[k]) for k in keys]) + ")"
print(build("widget", color="red", size=3, visible=True))
print(build("empty"))
