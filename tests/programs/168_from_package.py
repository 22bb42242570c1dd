# from pkg import submodule / from pkg.mod import name
from pkg_shapes import square
from pkg_shapes.circle import Circle
from pkg_shapes import VERSION
from pkg_shapes.util.fmt import banner, fmt_area
print(VERSION)
print(square.Square(5).area(), Circle(1))
shapes = [square.Square(2), Circle(0.5), square.unit_square()]
for s in shapes:
    print(fmt_area(s))
print(banner("done"))
import pkg_shapes
print(pkg_shapes.square is square)
