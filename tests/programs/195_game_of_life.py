# Program: Conway's Game of Life on a small torus
W, H = 12, 8
def parse(rows):
    cells = set()
    for r, line in enumerate(rows):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells
def step(cells):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % H, (c + dc) % W)
                    counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def render(cells):
    return "\n".join(["".join(["#" if (r, c) in cells else "." for c in range(W)]) for r in range(H)])
start = parse([
    "............",
    "..#.........",
    "...#........",
    ".###........",
    "............",
    "........###.",
    "............",
    "............",
])
cells = start
for gen in range(5):
    print("gen", gen, "alive", len(cells))
    print(render(cells))
    cells = step(cells)
for _ in range(43):
    cells = step(cells)
print("gen 48 alive", len(cells), sorted(cells)[:5])
