# iter and next
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
s = iter("hi")
print(next(s), next(s), next(s, "<end>"))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
r = iter(range(100, 103))
print(list(r), list(r))
t = iter((9,))
print(next(t))
try:
    next(t)
except StopIteration as e:
    print("StopIteration", repr(str(e)))
a = iter([1, 2, 3, 4, 5, 6])
pairs = list(zip(a, a))
print(pairs)
lines = iter(["header", "row1", "row2"])
header = next(lines)
print(header, [r for r in lines])
it2 = iter([10, 20])
print(iter(it2) is it2)
e = enumerate(["x", "y"])
print(next(e), list(e))
def first(seq, default=None):
    return next(iter(seq), default)
print(first([7, 8]), first([]), first("", "empty"))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
