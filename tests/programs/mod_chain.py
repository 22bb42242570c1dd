# Helper module that itself imports other helper modules.
import mod_banner
from mod_geometry import rect_area, UNIT

mod_banner.register("mod_chain")


def square_area(s):
    return rect_area(s, s)


def unit():
    return UNIT
