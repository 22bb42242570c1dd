# Slice assignment and deletion on lists
a = list(range(10))
a[2:5] = ["a", "b", "c"]
print(a)
a[2:5] = ["x"]
print(a)
a[1:2] = [10, 11, 12, 13]
print(a)
a[:0] = ["start"]
print(a)
a[len(a):] = ["end"]
print(a)
a[:] = [1, 2, 3]
print(a)
a[1:1] = [7, 8]
print(a)
a[::2] = [0, 0, 0]
print(a)
a[::-1] = [5, 4, 3, 2, 1]
print(a)
a[1:4] = []
print(a)
a[0:1] = "xyz"
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
c[5:] = [4]
c[-10:1] = ["a", "b"]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
d = list(range(6))
d[1:5:2] = ["odd1", "odd3"]
print(d)
