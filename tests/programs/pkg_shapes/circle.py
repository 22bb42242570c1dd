import math
from pkg_shapes import DEFAULT_COLOR

print("pkg_shapes.circle: loaded")


class Circle:
    def __init__(self, r, color=DEFAULT_COLOR):
        self.r = r
        self.color = color

    def area(self):
        return math.pi * self.r ** 2

    def __repr__(self):
        return f"Circle(r={self.r}, color={self.color!r})"
