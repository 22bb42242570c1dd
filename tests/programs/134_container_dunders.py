# __len__, __getitem__, __setitem__, __contains__
class Grid:
    def __init__(self, w, h, fill=0):
        self.w = w
        self.h = h
        self.cells = [fill] * (w * h)
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        r, c = pos
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError("grid index out of range")
        return self.cells[r * self.w + c]
    def __setitem__(self, pos, v):
        r, c = pos
        self.cells[r * self.w + c] = v
    def __contains__(self, v):
        return v in self.cells
g = Grid(3, 2)
g[0, 1] = 5
g[1, 2] = 7
print(len(g), g[0, 1], g[1, 2], g[0, 0], 5 in g, 9 in g, 9 not in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i
sq = Squares()
print(sq[3], list(sq), [x for x in sq], 16 in sq, 17 in sq)
class DefaultDict:
    def __init__(self, default):
        self.data = {}
        self.default = default
    def __getitem__(self, k):
        if k not in self.data:
            self.data[k] = self.default()
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __len__(self):
        return len(self.data)
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"] = "set"
print(dd.data, len(dd))
class Sliceable:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, idx):
        return self.items[idx]
s = Sliceable("abcdef")
print(s[1], s[-1], s[1:4], s[::-2])
