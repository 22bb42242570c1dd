# from module import names (with aliases)
from mod_geometry import circle_area, rect_area, Point
from mod_geometry import UNIT as unit_name, describe as desc
print(round(circle_area(1.5), 5), rect_area(2, 8))
print(Point(1, 1).dist(Point(4, 5)), unit_name)
print(desc("sq", rect_area(1.5, 1.5)))
import mod_geometry
mod_geometry.UNIT = "km"
print(unit_name, desc("after change", 1))
from math import sqrt, pi as PI
print(sqrt(81), round(PI, 3))
def local_import():
    from mod_geometry import rect_area as ra
    return ra(5, 6)
print(local_import())
try:
    from mod_geometry import missing_name
except ImportError as e:
    print("ImportError caught:", type(e).__name__)
