# Program: BFS / DFS / topological sort on small graphs
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
    "g": ["a"],
}
def bfs(start):
    order = [start]
    dist = {start: 0}
    queue = [start]
    while queue:
        n = queue.pop(0)
        for m in graph[n]:
            if m not in dist:
                dist[m] = dist[n] + 1
                order.append(m)
                queue.append(m)
    return order, dist
def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for m in graph[start]:
        if m not in seen:
            dfs(m, seen)
    return seen
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted([n for n in graph if indeg[n] == 0])
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
def all_paths(src, dst, path=()):
    path = path + (src,)
    if src == dst:
        return [path]
    out = []
    for m in graph[src]:
        out.extend(all_paths(m, dst, path))
    return out
print(bfs("a"))
print(bfs("g")[1])
print(dfs("a"), dfs("g"))
print(topo())
for p in all_paths("a", "f"):
    print(" -> ".join(p))
grid = ["S.#.....", ".##.###.", "....#...", ".#.##.#.", "...#..#E"]
def maze(grid):
    rows, cols = len(grid), len(grid[0])
    start = end = None
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                end = (r, c)
    prev = {start: None}
    q = [start]
    while q:
        cur = q.pop(0)
        if cur == end:
            break
        r, c = cur
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = prev.get(node)
    return path[::-1]
p = maze(grid)
print(len(p) - 1, p)
rows = [list(r) for r in grid]
for r, c in p[1:-1]:
    rows[r][c] = "*"
print("\n".join(["".join(r) for r in rows]))
