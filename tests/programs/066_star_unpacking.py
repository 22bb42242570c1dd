# Starred assignment targets and starred expressions
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = (9,)
print(init, last)
(x, *ys), z = [1, 2, 3], 4
print(x, ys, z)
for head, *tail in [[1, 2, 3], [4], [5, 6]]:
    print(head, tail)
merged = [*range(3), *"ab", *[9]]
print(merged)
t = (*[1, 2], 3)
print(t)
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2}, {**d2, **d1, "z": 0})
print([*[], *[]], (*[],))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
