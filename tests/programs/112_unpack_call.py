# Unpacking in calls: f(*xs, **d)
def f(a, b, c=0, d=0):
    return a * 1000 + b * 100 + c * 10 + d
args = [1, 2]
kw = {"c": 3, "d": 4}
print(f(*args), f(*args, **kw), f(*[1, 2, 3, 4]), f(**{"a": 9, "b": 8}))
print(f(1, *[2], **{"d": 5}), f(*(1,), *(2,), c=7))
print(f(*range(2)), f(*(5, 6), *[]))
def echo(*a, **k):
    return a, sorted(k.items())
print(echo(*[1, 2], *[3], x=1, **{"y": 2}, **{"z": 3}))
pts = [(1, 2), (3, 4)]
print([f(*p) for p in pts])
print(max(*[3, 7, 5]), min(*"hello"), print(*["a", "b"], sep="+"))
point = {"x": 1, "y": 2}
def fmt(x, y):
    return f"({x}, {y})"
print(fmt(**point))
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print("TypeError:", e)
