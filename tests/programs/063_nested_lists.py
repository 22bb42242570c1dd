# Nested lists (grids)
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
grid[0][0] = 1
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 9
print(bad)
for row in grid:
    print(" ".join([str(v) for v in row]))
def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]
print(transpose([[1, 2, 3], [4, 5, 6]]))
deep = [1, [2, [3, [4, [5]]]]]
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(deep), flatten([[], [[]], [1, [2]], 3]))
def depth(x):
    if not isinstance(x, list):
        return 0
    if not x:
        return 1
    return 1 + max([depth(i) for i in x])
print(depth(deep), depth([]), depth(5))
tri = [[1]]
for i in range(7):
    prev = tri[-1]
    tri.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
for row in tri:
    print(row)
print(deep[1][1][1][1][0])
