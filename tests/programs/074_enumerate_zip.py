# enumerate and zip
names = ["ann", "bob", "cid"]
ages = [31, 25, 47]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n)
for i, n in enumerate(names, 10):
    print(i, n)
print(list(enumerate("ab")), list(enumerate([], 5)))
for n, a in zip(names, ages):
    print(n, a)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
print(list(zip(names, ages, [True, False, True])))
print(dict(zip(names, ages)))
pairs = list(zip(names, ages))
un_n, un_a = zip(*pairs)
print(un_n, un_a)
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)))
for i, (n, a) in enumerate(zip(names, ages)):
    print(f"{i}: {n:>5} is {a}")
e = enumerate("xyz")
print(next(e), next(e))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
