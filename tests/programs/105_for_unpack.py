# for-loop target unpacking forms
for a, b in [(1, 2), (3, 4)]:
    print(a + b, end=" ")
print()
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for i, (x, y) in enumerate([(0, 1), (2, 3)]):
    print(i, x, y)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for a, b, c in zip(range(3), "abc", [True, False, None]):
    print(a, b, c)
data = [[1, [2, 3]], [4, [5, 6]]]
for p, [q, r] in data:
    print(p * q * r)
d = {}
for d["key"] in range(3):
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)
