# Tuple unpacking in assignment
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)
(a, (b, (c, d))) = (1, (2, (3, 4)))
print(a, b, c, d)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
pts = [(1, 2), (3, 4), (5, 6)]
xs = [px for px, py in pts]
print(xs)
k, v = list({"key": "val"}.items())[0]
print(k, v)
i = 0
lst = [0, 0]
i, lst[i] = 1, 5
print(i, lst)
s1 = s2 = s3 = "same"
print(s1, s2, s3)
fib = [0, 1]
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
