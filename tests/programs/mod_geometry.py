# Helper module (not a test by itself): imported by the 16x_* programs.
import math

PI_APPROX = 3.14
UNIT = "cm"
_private_counter = 0


def circle_area(r):
    return math.pi * r * r


def rect_area(w, h):
    return w * h


def describe(shape, value):
    return f"{shape}: {value:.2f} {UNIT}^2"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def bump():
    global _private_counter
    _private_counter += 1
    return _private_counter


if __name__ == "__main__":
    print("mod_geometry run as a script (must not happen on import)")
