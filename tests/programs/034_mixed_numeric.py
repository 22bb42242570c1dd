# Mixing ints, floats and bools
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 // 2.0, 2 ** 0.5)
print(1 == 1.0, 2 > 1.9999, 3 <= 3.0, -1 < -0.999)
print(hash(1) == hash(1.0), hash(0) == hash(0.0), hash(True) == hash(1))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)))
d = {1: "int one"}
d[1.0] = "float one"
d[True] = "bool one"
print(d, len(d))
print(max(1, 2.5, 2), min(3, 2.0, 2), type(max(2, 2.0)))
print(sum([1, 2.5, True]), sum([0.1, 0.2, 0.3]))
print(abs(-2) * 1.0, -abs(3.5))
print(10 ** 2 * 0.01, 100 * 1.1)
print(True + 0.5, False * 2.5)
print(sorted([3, 1.5, 2, 0.5, True]))
print(1 in [1.0, 2.0], 2.0 in [1, 2, 3], [1, 2] == [1.0, 2.0])
print((1, 2.0) < (1, 2.5))
print(int(5.0) is not None, 5 / 1 == 5)
