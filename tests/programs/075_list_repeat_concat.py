# Repetition and concatenation
print([0] * 4, [1, 2] * 2, ["a"] * 0, [None] * 3)
row = [0] * 3
grid = [row] * 2
grid[0][1] = 7
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][1] = 7
print(grid2)
a = [1]
b = a * 3
a[0] = 2
print(a, b)
print([1] + [2] + [3], [[1]] + [[2]], (1,) + (2,) * 2)
s = []
for i in range(4):
    s = s + [i]
print(s)
s2 = []
for i in range(4):
    s2 += [i, -i]
print(s2)
print(len([0] * 1000), sum([1] * 1000))
print("-" * 20)
print((1, 2) * 3, "ab" * 3, 3 * [9])
try:
    print([1] * "3")
except TypeError as e:
    print("TypeError:", e)
