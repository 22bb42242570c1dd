# List comprehensions
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(8)])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c != "l"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([x for x in [y * 2 for y in range(5)] if x > 3])
print([len(w) for w in "the quick brown fox".split()])
print([i for i in range(30) if i % 2 if i % 3])
x = "outer"
r = [x for x in range(3)]
print(x, r)
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([(i, c) for i, c in enumerate("abc")])
print([k + "=" + str(v) for k, v in {"a": 1, "b": 2}.items()])
print([[]  for _ in range(3)], [None] * 2)
print(sum([i for i in range(1, 101) if i % 7 == 0]))
n = 3
adders = [lambda v, k=k: v + k for k in range(n)]
print([f(10) for f in adders])
