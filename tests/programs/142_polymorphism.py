# Polymorphism via common interface
import math
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Tri(Shape):
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c
    def area(self):
        s = (self.a + self.b + self.c) / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
shapes = [Circle(1), Rect(3, 4), Tri(3, 4, 5), Circle(0.5), Rect(1, 1)]
for s in shapes:
    print(s)
print("total area: %.3f" % sum([s.area() for s in shapes]))
print([type(s).__name__ for s in sorted(shapes, key=lambda s: s.area())])
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
def render(x):
    return x.render() if hasattr(x, "render") else str(x)
class Fancy:
    def render(self):
        return "*fancy*"
print([render(x) for x in [1, "s", Fancy(), Rect(2, 2)]])
