# A 2D vector class with many dunders
import math
class Vec:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def norm(self):
        return math.hypot(self.x, self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        return iter((self.x, self.y))
    def __bool__(self):
        return self.x != 0 or self.y != 0
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def dot(self, o):
        return self.x * o.x + self.y * o.y
a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b, a * 2, a / 2, -a)
print(a.norm(), a.dot(b), len(a), a[0], a[-1], list(a))
x, y = a
print(x, y, bool(Vec()), bool(a), a == Vec(3, 4), a != b)
print(len({a, Vec(3, 4), b}))
pos = Vec(0, 0)
vel = Vec(1.5, 0.5)
for step in range(4):
    pos = pos + vel
    vel = vel * 0.5
print(pos)
print(sum([Vec(i, i) for i in range(5)], Vec()))
