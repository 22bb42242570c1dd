# Trigonometry from the math module
import math
for deg in [0, 30, 45, 60, 90, 180, 270]:
    r = deg * math.pi / 180
    print(deg, round(math.sin(r), 6), round(math.cos(r), 6))
print(math.sin(0), math.cos(0), math.tan(0))
print(math.tan(math.pi / 4))
print(math.atan(1), math.atan(1) * 4 == math.pi)
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0))
print(math.sin(math.pi / 6), math.cos(math.pi / 3))
for x in [0.5, 1.0, 2.0]:
    s = math.sin(x)
    c = math.cos(x)
    print(x, round(s * s + c * c, 12), math.isclose(math.tan(x), s / c))
def to_polar(x, y):
    return math.hypot(x, y), math.atan2(y, x)
for x, y in [(1, 0), (0, 2), (-3, 4), (1, -1)]:
    r, th = to_polar(x, y)
    print(x, y, round(r, 4), round(th, 4), round(r * math.cos(th), 9), round(r * math.sin(th), 9))
