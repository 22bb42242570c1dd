# Basic classes: __init__, methods, attributes
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def as_tuple(self):
        return (self.x, self.y)
p = Point(1, 2)
q = Point(4, 6)
print(p.x, p.y, q.as_tuple(), p.dist2(q))
p.move(1, 1).move(2, 2)
print(p.as_tuple())
p.label = "P"
print(p.label, hasattr(q, "label"))
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(3, Point))
m = p.move
m(10, 0)
print(p.as_tuple())
print(Point.as_tuple(q))
class Empty:
    pass
e = Empty()
e.anything = [1, 2]
print(e.anything, type(e).__name__)
try:
    print(q.z)
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    p.nomethod()
except AttributeError as err:
    print("AttributeError:", err)
