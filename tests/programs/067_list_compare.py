# Lexicographic comparison of sequences
cases = [([1, 2, 3], [1, 2, 3]), ([1, 2], [1, 2, 3]), ([2], [1, 9, 9]), ([], []), ([], [0]),
         ([1, "a"], [1, "b"]), ([[1, 2]], [[1, 3]]), ([1.0], [1]), ([0, 0, 1], [0, 0, 0, 5])]
for x, y in cases:
    print(x, y, x < y, x <= y, x == y, x != y, x > y, x >= y)
print((1, 2) < (1, 2, 0), ("a", 1) < ("a", 2), ("b",) > ("a", 99))
print(max([[1, 2], [1, 10], [0, 100]]), min([(2, "b"), (2, "a"), (3, "")]))
print([1, 2] == (1, 2), [1, 2] != (1, 2))
try:
    print([1, 2] < (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
