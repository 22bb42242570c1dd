# import a sibling module and use its attributes
import mod_geometry
print(mod_geometry.PI_APPROX, mod_geometry.UNIT)
print(round(mod_geometry.circle_area(2), 4), mod_geometry.rect_area(3, 4))
print(mod_geometry.describe("circle", mod_geometry.circle_area(1)))
p = mod_geometry.Point(0, 0)
q = mod_geometry.Point(3, 4)
print(p, q, p.dist(q))
print(type(p).__name__, isinstance(q, mod_geometry.Point))
print(mod_geometry.bump(), mod_geometry.bump(), mod_geometry._private_counter)
mod_geometry.UNIT = "m"
print(mod_geometry.describe("rect", 2))
print(type(mod_geometry).__name__, mod_geometry.__name__)
import mod_geometry as geo
print(geo is mod_geometry, geo.UNIT)
try:
    mod_geometry.no_such_thing
except AttributeError as e:
    print("AttributeError:", e)
