# __eq__, __ne__, __hash__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
a = Point(1, 2)
b = Point(1, 2)
c = Point(2, 1)
print(a == b, a != b, a == c, a != c, a is b)
print(a == (1, 2), a != "x")
print(hash(a) == hash(b), len({a: 1, b: 2}), len([p for p in [a, b, c] if p == a]))
d = {a: "first"}
d[b] = "second"
print(d, d[Point(1, 2)])
print(a in [c, b], Point(9, 9) in [a, b, c])
class Version:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]
    def __eq__(self, other):
        return self.parts == other.parts
    def __ne__(self, other):
        return "custom ne"
    def __hash__(self):
        return hash(tuple(self.parts))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
class Plain:
    pass
x = Plain()
y = Plain()
print(x == x, x == y, x != y, hash(x) == hash(x))
class EqNoHash:
    def __eq__(self, other):
        return True
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError:", e)
