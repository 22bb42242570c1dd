# import pkg.mod
import pkg_shapes.circle
import pkg_shapes.square
print(pkg_shapes.VERSION, pkg_shapes.version_tuple())
c = pkg_shapes.circle.Circle(2)
s = pkg_shapes.square.Square(3)
print(c, round(c.area(), 3))
print(s, s.area(), pkg_shapes.square.Square.sides)
print(pkg_shapes.square.unit_square())
import pkg_shapes
print(pkg_shapes.DEFAULT_COLOR, pkg_shapes.circle.Circle(1, "blue"))
import pkg_shapes.util.fmt
print(pkg_shapes.util.fmt.fmt_area(c), pkg_shapes.util.fmt.banner("hi", 10))
