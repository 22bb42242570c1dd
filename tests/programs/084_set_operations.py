# Set algebra
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3)), a.difference([1], [2]))
print({1, 2}.issubset(a), a.issubset({1, 2}), a.issuperset({1, 2}), {1, 2} <= a, {1, 2} < a, a >= a, a > a)
print(set().issubset(a), len(a & b) == 0, set() == set())
c = set(a)
c |= {100}
c &= {1, 2, 100}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens | threes), sorted(evens - threes))
print(len(evens ^ threes))
